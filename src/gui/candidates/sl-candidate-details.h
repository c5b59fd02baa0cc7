/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidateDetails: one candidate's contact details, notes, résumés, applications and activity, saved as they are edited. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_DETAILS (sl_candidate_details_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateDetails, sl_candidate_details, SL, CANDIDATE_DETAILS, AdwBin)

/* Every edit schedules a save (sl_store_save_candidate) 500 ms after the last
 * keystroke; the pending save is flushed by sl_candidate_details_flush(), when
 * another candidate is set, and when the pane is unmapped or destroyed.
 * Files dropped on the pane are attached as résumés.
 *
 * Actions: "details.add-attachment", "details.add-to-posting" (s: posting id),
 * "details.erase" (asks first), "details.open-attachment" (s: attachment id),
 * "details.remove-attachment" (s: attachment id).
 *
 * Signals: "saved" after each store write, "save-failed" (const char *message),
 * "erased" after the candidate's personal data was erased. */

GtkWidget  *sl_candidate_details_new              (SlStore            *store);
SlStore    *sl_candidate_details_get_store        (SlCandidateDetails *self);
/* Flushes the pending save, then shows @id (NULL: nothing). */
void        sl_candidate_details_set_candidate_id (SlCandidateDetails *self,
                                                   const char         *id);
const char *sl_candidate_details_get_candidate_id (SlCandidateDetails *self);
/* The working copy, with every accepted edit; NULL when nothing is shown. */
SlCandidate *sl_candidate_details_get_candidate   (SlCandidateDetails *self);
/* Saves now if a save is pending; FALSE (and "save-failed") on error. */
gboolean    sl_candidate_details_flush            (SlCandidateDetails *self);
gboolean    sl_candidate_details_get_save_pending (SlCandidateDetails *self);
/* Whether the fields hold an edit whose save failed (shown, with a way to
 * save it again). */
gboolean    sl_candidate_details_get_unsaved      (SlCandidateDetails *self);
/* Copies @file in as a résumé of the shown candidate (what a drop does). */
gboolean    sl_candidate_details_attach_file      (SlCandidateDetails *self,
                                                   GFile              *file,
                                                   GError            **error);
/* Removes a résumé of the shown candidate (what its Remove button does):
 * a toast offers Undo ("details.undo-remove-attachment", s: the id), and
 * the file is deleted once that toast is dismissed (or the pane goes)
 * without it. Returns the toast (owned by the pane), NULL on error. */
AdwToast   *sl_candidate_details_remove_attachment (SlCandidateDetails *self,
                                                    const char         *attachment_id,
                                                    GError            **error);
/* The editing widget of @field: "name", "emails", "phones", "location",
 * "headline", "links", "source", "tags", "notes"; or the lists "applications",
 * "attachments", "activity" (GtkListBox). For tests and focus. */
GtkWidget  *sl_candidate_details_get_field_widget (SlCandidateDetails *self,
                                                   const char         *field);

G_END_DECLS
