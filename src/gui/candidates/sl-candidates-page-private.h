/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What sl-candidates-page.c and sl-candidates-page-actions.c share. */
#pragma once

#include "sl-candidates-page.h"
#include "sl-candidate-item.h"

G_BEGIN_DECLS

/* The most search matches found at once, the best first; the others follow
 * (start_more() in sl-candidates-page.c). Fewer than this are all there is. */
#define SL_CANDIDATES_SEARCH_LIMIT 1000

struct _SlCandidatesPage
{
  AdwBin              parent_instance;

  SlStore            *store;
  GListStore         *items;          /* SlCandidateItem, as loaded */
  GHashTable         *items_by_id;    /* id (owned) → SlCandidateItem (borrowed) */
  GListStore         *search_store;   /* the matches, by relevance; shown while searching */
  GtkSortListModel   *sort_model;
  GtkMultiSelection  *selection;
  char               *search_text;
  GHashTable         *pending_ids;    /* candidates to refresh */
  GCancellable       *cancellable;
  GCancellable       *more_cancellable; /* the search's other matches (start_more()) */
  GPtrArray          *more_ids;       /* those not in the list yet, from more_next on */
  guint               more_next;
  guint               n_matches;      /* every match of the search, once counted (else 0) */
  GMenu              *postings_menu;
  GListModel         *postings;       /* SlPosting, live; made on first use */
  GtkFileChooserNative *chooser;
  SlCandidateDetails *details;

  guint               refresh_id;
  guint               reload_id;
  guint               click_id;
  guint               save_sort_id;
  GSettings          *settings;       /* NULL without the schema */
  /* Someone was opened while the pane was hidden on a window too narrow
   * for both: the leaflet folds next, to the details. */
  gboolean            details_on_fold;
  /* The sort order changed: show the top once sorted (scroll_after_sort()). */
  gboolean            scroll_after_sort;
  char               *pending_show_id;  /* shown once loaded */
  guint               load_started : 1;
  guint               loaded : 1;
  guint               loading : 1;
  guint               reload_again : 1;
  guint               counting : 1;

  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  GtkBox             *details_box;
  AdwBin             *details_bin;
  GtkToggleButton    *search_button;
  GtkLabel           *count_label;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *content_stack;
  GtkSpinner         *spinner;
  GtkColumnView      *column_view;
  GtkRevealer        *selection_revealer;
  GtkLabel           *selection_label;
  GtkMenuButton      *add_to_posting_button;
};

/* sl-candidates-page.c */
void       sl_candidates_page_toast          (SlCandidatesPage *self,
                                              const char       *message);
/* The ids of the selected rows (owned strings), in list order. */
GPtrArray *sl_candidates_page_selected_ids   (SlCandidatesPage *self);
void       sl_candidates_page_queue_refresh  (SlCandidatesPage *self,
                                              const char       *candidate_id);

/* sl-candidates-page-actions.c */
void       sl_candidates_page_install_actions (GtkWidgetClass  *widget_class);
void       sl_candidates_page_update_postings_menu (SlCandidatesPage *self);

G_END_DECLS
