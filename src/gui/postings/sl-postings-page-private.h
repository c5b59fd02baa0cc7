/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What sl-postings-page.c and sl-postings-page-actions.c share. */
#pragma once

#include "sl-posting-preview.h"
#include "sl-postings-page.h"

G_BEGIN_DECLS

struct _SlPostingsPage
{
  AdwBin              parent_instance;

  SlStore            *store;
  GListModel         *postings;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  SlPostingEditor    *editor;        /* built on first use: ensure_editor() */
  SlPosting          *posting;       /* the selection until then */
  char               *search_folded;
  char               *selected_id;
  char               *default_organization;
  int                 status_filter;
  guint               preview_id;
  guint               board_idle_id;
  guint               board_tick_id;
  guint               preview_dirty : 1;
  guint               board_shown : 1;

  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkStack           *list_stack;
  AdwStatusPage      *list_status;
  GtkListView        *list_view;
  GtkStack           *content_stack;
  AdwViewStack       *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar *switcher_bar;
  AdwHeaderBar       *sidebar_header;
  AdwHeaderBar       *content_header;
  AdwBin             *editor_bin;
  AdwBin             *board_bin;
  SlBoard            *board;
  SlPostingPreview   *preview;
  GMenuModel         *context_menu_model;
  GtkWidget          *context_menu;
};

/* sl-postings-page.c */
void        sl_postings_page_toast           (SlPostingsPage *self,
                                              const char     *message);
/* A toast whose Undo button activates @action with @id. */
void        sl_postings_page_toast_with_undo (SlPostingsPage *self,
                                              const char     *message,
                                              const char     *action,
                                              const char     *id);
/* Saves what the editor has not saved yet; FALSE if that failed. */
gboolean    sl_postings_page_flush_editor    (SlPostingsPage *self);
/* On a folded leaflet, goes from the list to the posting. */
void        sl_postings_page_show_content    (SlPostingsPage *self);

/* sl-postings-page-actions.c: the actions on postings, import and export. */
void        sl_postings_page_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
