/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApplication: a candidate's application to one posting, and its card on the board. */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_APPLICATION (sl_application_get_type ())
G_DECLARE_FINAL_TYPE (SlApplication, sl_application, SL, APPLICATION, SlRecord)

/* position is the board order inside the stage (REAL: a move puts the card
 * between its neighbours). Times are unix µs UTC. rating is 0 (unrated) to 5.
 * Each setter notifies only when the value really changed. */

SlApplication       *sl_application_new                    (void);
/* A deep copy (including id, timestamps and rev), for editing. */
SlApplication       *sl_application_copy                   (SlApplication      *self);

const char          *sl_application_get_candidate_id       (SlApplication      *self);
void                 sl_application_set_candidate_id       (SlApplication      *self,
                                                            const char         *candidate_id);
const char          *sl_application_get_posting_id         (SlApplication      *self);
void                 sl_application_set_posting_id         (SlApplication      *self,
                                                            const char         *posting_id);
const char          *sl_application_get_stage_id           (SlApplication      *self);
void                 sl_application_set_stage_id           (SlApplication      *self,
                                                            const char         *stage_id);
double               sl_application_get_position           (SlApplication      *self);
void                 sl_application_set_position           (SlApplication      *self,
                                                            double              position);
SlApplicationStatus  sl_application_get_status             (SlApplication      *self);
void                 sl_application_set_status             (SlApplication      *self,
                                                            SlApplicationStatus status);
const char          *sl_application_get_rejection_reason   (SlApplication      *self);
void                 sl_application_set_rejection_reason   (SlApplication      *self,
                                                            const char         *rejection_reason);
int                  sl_application_get_rating             (SlApplication      *self);
void                 sl_application_set_rating             (SlApplication      *self,
                                                            int                 rating);
gint64               sl_application_get_applied_at         (SlApplication      *self);
void                 sl_application_set_applied_at         (SlApplication      *self,
                                                            gint64              applied_at);
gint64               sl_application_get_stage_entered_at   (SlApplication      *self);
void                 sl_application_set_stage_entered_at   (SlApplication      *self,
                                                            gint64              stage_entered_at);

/* Read-only display fields, filled by the store when it lists a stage so a
 * board card needs no second query; not saved. */
const char          *sl_application_get_candidate_name     (SlApplication      *self);
void                 sl_application_set_candidate_name     (SlApplication      *self,
                                                            const char         *candidate_name);
const char          *sl_application_get_candidate_headline (SlApplication      *self);
void                 sl_application_set_candidate_headline (SlApplication      *self,
                                                            const char         *candidate_headline);
const char * const  *sl_application_get_candidate_tags     (SlApplication      *self);
void                 sl_application_set_candidate_tags     (SlApplication      *self,
                                                            const char * const *candidate_tags);
/* The start of the next scheduled interview, unix µs UTC, 0 = none. */
gint64               sl_application_get_next_interview_at  (SlApplication      *self);
void                 sl_application_set_next_interview_at  (SlApplication      *self,
                                                            gint64              next_interview_at);

G_END_DECLS
