/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlFeedback: an interviewer's recommendation and notes on one interview. */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_FEEDBACK (sl_feedback_get_type ())
G_DECLARE_FINAL_TYPE (SlFeedback, sl_feedback, SL, FEEDBACK, SlRecord)

/* Each setter notifies only when the value really changed. */

SlFeedback          *sl_feedback_new                (void);
/* A deep copy (including id, timestamps and rev), for editing. */
SlFeedback          *sl_feedback_copy               (SlFeedback         *self);

const char          *sl_feedback_get_interview_id   (SlFeedback         *self);
void                 sl_feedback_set_interview_id   (SlFeedback         *self,
                                                     const char         *interview_id);
const char          *sl_feedback_get_interviewer    (SlFeedback         *self);
void                 sl_feedback_set_interviewer    (SlFeedback         *self,
                                                     const char         *interviewer);
SlRecommendation     sl_feedback_get_recommendation (SlFeedback         *self);
void                 sl_feedback_set_recommendation (SlFeedback         *self,
                                                     SlRecommendation    recommendation);
const char          *sl_feedback_get_notes          (SlFeedback         *self);
void                 sl_feedback_set_notes          (SlFeedback         *self,
                                                     const char         *notes);

G_END_DECLS
