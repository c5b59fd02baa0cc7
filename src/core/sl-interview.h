/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterview: one interview of an application, with its calendar identity. */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_INTERVIEW (sl_interview_get_type ())
G_DECLARE_FINAL_TYPE (SlInterview, sl_interview, SL, INTERVIEW, SlRecord)

/* kind is a storage word: "phone_screen", "technical", "onsite", "panel", …
 * starts-at and ends-at are unix µs UTC; time-zone is the IANA zone the
 * interview was planned in ("Europe/Berlin"). ical-uid and ical-sequence are
 * set by the store: the UID on insert, the SEQUENCE incremented when the
 * start or end changes. Each setter notifies only when the value really changed. */

SlInterview         *sl_interview_new                (void);
/* A deep copy (including id, timestamps and rev), for editing. */
SlInterview         *sl_interview_copy               (SlInterview        *self);

const char          *sl_interview_get_application_id (SlInterview        *self);
void                 sl_interview_set_application_id (SlInterview        *self,
                                                      const char         *application_id);
const char          *sl_interview_get_kind           (SlInterview        *self);
void                 sl_interview_set_kind           (SlInterview        *self,
                                                      const char         *kind);
gint64               sl_interview_get_starts_at      (SlInterview        *self);
void                 sl_interview_set_starts_at      (SlInterview        *self,
                                                      gint64              starts_at);
gint64               sl_interview_get_ends_at        (SlInterview        *self);
void                 sl_interview_set_ends_at        (SlInterview        *self,
                                                      gint64              ends_at);
const char          *sl_interview_get_time_zone      (SlInterview        *self);
void                 sl_interview_set_time_zone      (SlInterview        *self,
                                                      const char         *time_zone);
const char          *sl_interview_get_location       (SlInterview        *self);
void                 sl_interview_set_location       (SlInterview        *self,
                                                      const char         *location);
const char          *sl_interview_get_video_link     (SlInterview        *self);
void                 sl_interview_set_video_link     (SlInterview        *self,
                                                      const char         *video_link);
const char * const  *sl_interview_get_interviewers   (SlInterview        *self);
void                 sl_interview_set_interviewers   (SlInterview        *self,
                                                      const char * const *interviewers);
SlInterviewStatus    sl_interview_get_status         (SlInterview        *self);
void                 sl_interview_set_status         (SlInterview        *self,
                                                      SlInterviewStatus   status);
const char          *sl_interview_get_ical_uid       (SlInterview        *self);
void                 sl_interview_set_ical_uid       (SlInterview        *self,
                                                      const char         *ical_uid);
int                  sl_interview_get_ical_sequence  (SlInterview        *self);
void                 sl_interview_set_ical_sequence  (SlInterview        *self,
                                                      int                 ical_sequence);

G_END_DECLS
