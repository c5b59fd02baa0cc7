/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingsPage: the Postings area: the list of postings beside the editor and preview of the selected one. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"
#include "sl-posting-editor.h"
#include "board/sl-board.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTINGS_PAGE (sl_postings_page_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingsPage, sl_postings_page, SL, POSTINGS_PAGE, AdwBin)

/* Properties: "store" (construct-only) and "default-organization", the
 * employer a JSON-LD export names when a posting has no organisation.
 *
 * A self-contained page: an AdwLeaflet with the postings list (filter by
 * status, type-to-search) and the selected posting's editor and preview, each
 * pane with its own AdwHeaderBar.
 *
 * Toasts: the page's child is its own AdwToastOverlay, and everything in the
 * page shows its toasts there (sl_postings_page_add_toast()); the window has
 * nothing to connect.
 *
 * Actions (gtk_widget_class_install_action, prefix "postings."):
 *   new (Ctrl+N), duplicate (Ctrl+D), archive, delete (Delete on the list;
 *   asks first, then a toast with Undo), restore (s: id), import (Ctrl+O,
 *   .txt/.md/.json), paste (Ctrl+V on the list), undo-import (s: id),
 *   copy-jsonld, copy-markdown, copy-text, save-as (Ctrl+Shift+S),
 *   search (Ctrl+F), show-menu (Menu, Shift+F10 on the list).
 * The editor adds "editor.undo" (Ctrl+Z) and "editor.redo" (Ctrl+Shift+Z). */

SlPostingsPage  *sl_postings_page_new               (SlStore        *store);
SlStore         *sl_postings_page_get_store         (SlPostingsPage *self);
SlPostingEditor *sl_postings_page_get_editor        (SlPostingsPage *self);
/* The selected posting's board (the "board" view, shown first). */
SlBoard         *sl_postings_page_get_board         (SlPostingsPage *self);
/* The postings the list shows, after the status filter and the search. */
GListModel      *sl_postings_page_get_visible_model (SlPostingsPage *self);
/* Selects (and opens) the posting with @id; FALSE when the list does not show it. */
gboolean         sl_postings_page_select_posting    (SlPostingsPage *self,
                                                     const char     *id);
/* The posting the editor shows (its working copy), or NULL. */
SlPosting       *sl_postings_page_get_selected      (SlPostingsPage *self);
/* -1 shows every status, otherwise one SlPostingStatus. */
void             sl_postings_page_set_status_filter (SlPostingsPage *self,
                                                     int             status);
void             sl_postings_page_set_search_text   (SlPostingsPage *self,
                                                     const char     *text);
/* Parses @text (JSON-LD when it is JSON, else plain text or Markdown; at
 * most SL_POSTING_IMPORT_MAX_BYTES), saves the new posting, selects it and shows a toast with Undo.
 * Returns the new posting's id, or NULL with @error set. */
char            *sl_postings_page_import_text       (SlPostingsPage *self,
                                                     const char     *text,
                                                     gssize          length,
                                                     GError        **error);
/* The same for a file, read and parsed in a thread; a file larger than
 * SL_POSTING_IMPORT_MAX_BYTES is refused before it is read. */
void             sl_postings_page_import_file_async  (SlPostingsPage      *self,
                                                      GFile               *file,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
char            *sl_postings_page_import_file_finish (SlPostingsPage      *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void             sl_postings_page_add_toast         (SlPostingsPage *self,
                                                     AdwToast       *toast);
/* TRUE when the window shows its own header bar above the page: the page's
 * header bars become flat toolbars without window buttons. */
void             sl_postings_page_set_embedded      (SlPostingsPage *self,
                                                     gboolean        embedded);

G_END_DECLS
