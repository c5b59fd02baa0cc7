/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidatesPage: everyone in the database, searchable and sortable, with bulk actions and the details pane. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"
#include "sl-candidate-details.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATES_PAGE (sl_candidates_page_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidatesPage, sl_candidates_page, SL, CANDIDATES_PAGE, AdwBin)

/* Nothing is read until the page is first mapped (or
 * sl_candidates_page_load() is called): then every candidate's summary is
 * read in a worker thread with its own connection, and the list fills in
 * one step. Later changes update single rows.
 *
 * Actions: "candidates.add" (Ctrl+Shift+N), "candidates.import" (Ctrl+I),
 * "candidates.search" (Ctrl+F), "candidates.add-tag", "candidates.add-to-posting"
 * (s: posting id), "candidates.export", "candidates.erase" (Shift+Delete),
 * "candidates.show" (s: candidate id). The bulk ones act on the selection. */

GtkWidget          *sl_candidates_page_new            (SlStore          *store);
SlStore            *sl_candidates_page_get_store      (SlCandidatesPage *self);
/* Starts loading if it has not started. */
void                sl_candidates_page_load           (SlCandidatesPage *self);
/* FALSE until the first load has filled the list. */
gboolean            sl_candidates_page_get_loaded     (SlCandidatesPage *self);
/* The rows as shown (filtered and sorted): SlCandidateItem. */
GListModel         *sl_candidates_page_get_model      (SlCandidatesPage *self);
GtkSelectionModel  *sl_candidates_page_get_selection  (SlCandidatesPage *self);
GtkColumnView      *sl_candidates_page_get_column_view (SlCandidatesPage *self);
SlCandidateDetails *sl_candidates_page_get_details    (SlCandidatesPage *self);
/* What the count above the list says ("12 of 100000 candidates"). */
const char         *sl_candidates_page_get_count_text (SlCandidatesPage *self);
/* Searches as the search entry does (NULL or "" shows everyone). */
void                sl_candidates_page_set_search     (SlCandidatesPage *self,
                                                       const char       *query);
/* Selects @id and shows it in the details pane. */
void                sl_candidates_page_show_candidate (SlCandidatesPage *self,
                                                       const char       *id);
/* The bulk actions on the selected candidates, without asking. */
gboolean            sl_candidates_page_add_tag        (SlCandidatesPage *self,
                                                       const char       *tag,
                                                       GError          **error);
gboolean            sl_candidates_page_erase_selected (SlCandidatesPage *self,
                                                       GError          **error);
/* Writes the selection to @file as CSV on a worker thread; a failed export
 * leaves no half file. The store is the result's source object. */
void                sl_candidates_page_export_selected_async  (SlCandidatesPage    *self,
                                                               GFile               *file,
                                                               GAsyncReadyCallback  callback,
                                                               gpointer             user_data);
gboolean            sl_candidates_page_export_selected_finish (SlCandidatesPage    *self,
                                                               GAsyncResult        *result,
                                                               GError             **error);

G_END_DECLS
