/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlAddCandidateDialog: adds a person, warning while typing when the name, email or phone is already known. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_ADD_CANDIDATE_DIALOG (sl_add_candidate_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SlAddCandidateDialog, sl_add_candidate_dialog, SL, ADD_CANDIDATE_DIALOG, AdwWindow)

/* With a posting, the new candidate also gets an application to it, in
 * @stage_id or (NULL) the posting's first stage.
 *
 * Signals: "candidate-added" (const char *candidate_id) after saving;
 * "open-candidate" (const char *candidate_id) when the person chose to open
 * the existing duplicate instead. Both also activate the action
 * "win.show-candidate" (s: candidate id) on the transient parent, when it
 * has one, so a window can show the person without knowing the dialog. */

SlAddCandidateDialog *sl_add_candidate_dialog_new          (SlStore              *store,
                                                            const char           *posting_id,
                                                            const char           *stage_id);
/* The entry rows: "name", "email", "phone", "location", "headline", "source". */
GtkWidget            *sl_add_candidate_dialog_get_row      (SlAddCandidateDialog *self,
                                                            const char           *field);
/* Whether the duplicate warning is shown, and for whom (NULL if not). */
gboolean              sl_add_candidate_dialog_get_duplicate_shown (SlAddCandidateDialog *self);
const char           *sl_add_candidate_dialog_get_duplicate_id    (SlAddCandidateDialog *self);
/* What the "Add" button does; FALSE with the reason shown inline, or when
 * someone has the email already: then it asks (an AdwMessageDialog with
 * "cancel", "open" and "add") and adds only once told to. */
gboolean              sl_add_candidate_dialog_add          (SlAddCandidateDialog *self);

G_END_DECLS
