/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What sl-candidate-details.c and sl-candidate-details-actions.c share. */
#pragma once

#include "sl-candidate-details.h"

G_BEGIN_DECLS

struct _SlCandidateDetails
{
  AdwBin           parent_instance;

  SlStore         *store;
  SlCandidate     *candidate;
  GPtrArray       *applications;   /* SlApplication */
  GPtrArray       *attachments;    /* SlAttachment */
  GMenu           *postings_menu;
  GListModel      *postings;       /* SlPosting, live; made on first use */
  GtkFileChooserNative *chooser;

  guint            save_id;
  guint            refresh_id;
  guint            loading : 1;
  guint            saving : 1;
  /* The fields hold an edit that could not be saved. */
  guint            unsaved : 1;

  AdwToastOverlay *toast_overlay;
  GPtrArray       *removals;   /* AdwToast, owned: résumés removed, still undoable */
  GtkStack        *stack;
  GtkLabel        *title_label;
  GtkWidget       *unsaved_box;
  AdwPreferencesGroup *contact_group;
  AdwPreferencesGroup *profile_group;
  AdwPreferencesGroup *notes_group;
  AdwEntryRow     *name_row;
  AdwEntryRow     *emails_row;
  AdwEntryRow     *phones_row;
  AdwEntryRow     *location_row;
  AdwEntryRow     *headline_row;
  AdwEntryRow     *links_row;
  AdwEntryRow     *source_row;
  AdwEntryRow     *tags_row;
  GtkTextView     *notes_view;
  GtkMenuButton   *add_to_posting_button;
  GtkListBox      *applications_list;
  GtkListBox      *attachments_list;
  GtkListBox      *activity_list;
  GtkButton       *erase_button;
};

enum {
  SL_CANDIDATE_DETAILS_SAVED,
  SL_CANDIDATE_DETAILS_SAVE_FAILED,
  SL_CANDIDATE_DETAILS_ERASED,
  SL_CANDIDATE_DETAILS_N_SIGNALS
};

extern guint sl_candidate_details_signals[SL_CANDIDATE_DETAILS_N_SIGNALS];

/* sl-candidate-details.c */
void  sl_candidate_details_reload        (SlCandidateDetails *self);
void  sl_candidate_details_refresh_lists (SlCandidateDetails *self);
void  sl_candidate_details_toast         (SlCandidateDetails *self,
                                          const char         *message);

/* sl-candidate-details-lists.c */
void  sl_candidate_details_attachment_activated_cb (SlCandidateDetails *self,
                                                    GtkListBoxRow      *row);
void  sl_candidate_details_postings_popup_cb       (GtkMenuButton      *button,
                                                    gpointer            user_data);

/* sl-candidate-details-actions.c */
void  sl_candidate_details_install_actions (GtkWidgetClass     *widget_class);
void  sl_candidate_details_init_drop       (SlCandidateDetails *self);
void  sl_candidate_details_open_attachment (SlCandidateDetails *self,
                                            const char         *attachment_id);
void  sl_candidate_details_finish_removals (SlCandidateDetails *self);

G_END_DECLS
