/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidate: a person (name, contact details, tags, notes, consent). */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE (sl_candidate_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidate, sl_candidate, SL, CANDIDATE, SlRecord)

/* Every string may be NULL (unset). Lists are NULL-terminated string vectors
 * (NULL when empty). consent-at is unix µs UTC (0 = no consent recorded);
 * retain-until is an ISO 8601 date "YYYY-MM-DD" (NULL = no limit). Each
 * setter notifies only when the value really changed. */

SlCandidate         *sl_candidate_new              (void);
/* A deep copy (including id, timestamps and rev), for editing. */
SlCandidate         *sl_candidate_copy             (SlCandidate        *self);

/* The full name, in any script. */
const char          *sl_candidate_get_name         (SlCandidate        *self);
void                 sl_candidate_set_name         (SlCandidate        *self,
                                                    const char         *name);
const char * const  *sl_candidate_get_emails       (SlCandidate        *self);
void                 sl_candidate_set_emails       (SlCandidate        *self,
                                                    const char * const *emails);
const char * const  *sl_candidate_get_phones       (SlCandidate        *self);
void                 sl_candidate_set_phones       (SlCandidate        *self,
                                                    const char * const *phones);
const char          *sl_candidate_get_location     (SlCandidate        *self);
void                 sl_candidate_set_location     (SlCandidate        *self,
                                                    const char         *location);
/* A one-line summary, e.g. "Senior Rust engineer at Acme". */
const char          *sl_candidate_get_headline     (SlCandidate        *self);
void                 sl_candidate_set_headline     (SlCandidate        *self,
                                                    const char         *headline);
const char * const  *sl_candidate_get_links        (SlCandidate        *self);
void                 sl_candidate_set_links        (SlCandidate        *self,
                                                    const char * const *links);
/* Where the candidate came from: "Referral", "LinkedIn", … */
const char          *sl_candidate_get_source       (SlCandidate        *self);
void                 sl_candidate_set_source       (SlCandidate        *self,
                                                    const char         *source);
const char * const  *sl_candidate_get_tags         (SlCandidate        *self);
void                 sl_candidate_set_tags         (SlCandidate        *self,
                                                    const char * const *tags);
const char          *sl_candidate_get_notes        (SlCandidate        *self);
void                 sl_candidate_set_notes        (SlCandidate        *self,
                                                    const char         *notes);
gint64               sl_candidate_get_consent_at   (SlCandidate        *self);
void                 sl_candidate_set_consent_at   (SlCandidate        *self,
                                                    gint64              consent_at);
const char          *sl_candidate_get_retain_until (SlCandidate        *self);
void                 sl_candidate_set_retain_until (SlCandidate        *self,
                                                    const char         *retain_until);
/* TRUE once the personal data was erased (GDPR). */
gboolean             sl_candidate_get_erased       (SlCandidate        *self);
void                 sl_candidate_set_erased       (SlCandidate        *self,
                                                    gboolean            erased);

G_END_DECLS
