/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the people side of the store (sl-store-candidates.c,
 * sl-store-applications.c, sl-store-interviews.c) offers the rest of core:
 * its record types' tables and the board's queries. */
#pragma once

#include "sl-store-records-private.h"

G_BEGIN_DECLS

/* sl_store_insert_records() for candidates, which also keeps the search
 * index: when the caller has not deferred it (sl_store_defer_search_index()),
 * the candidates are indexed in one statement at the end. */
gboolean  sl_store_insert_candidates (SlStore            *self,
                                      SlCandidate       **candidates,
                                      guint               n_candidates,
                                      const char         *action,
                                      GError            **error);

/* The tables of the people side, for bulk writers such as sl-demo.c. */
const SlRecordOps *sl_store_candidate_ops   (void);
const SlRecordOps *sl_store_application_ops (void);
const SlRecordOps *sl_store_interview_ops   (void);
const SlRecordOps *sl_store_feedback_ops    (void);

/* How many fields sl_store_candidate_ops() compares (name … erased). */
#define SL_STORE_CANDIDATE_N_FIELDS 12
/* The candidate table's columns, in the order its statements bind them. */
#define SL_STORE_CANDIDATE_COLUMNS \
  "id, created_at, updated_at, rev, deleted, name, emails, phones, location, " \
  "headline, links, source, tags, notes, consent_at, retain_until, erased"

/* The applications of one stage in board order, with the candidate's name,
 * headline and tags and the next interview filled in. */
GPtrArray *sl_store_load_stage_applications (SlStore     *self,
                                             const char  *stage_id,
                                             GError     **error);

/* The board order of one stage without the display fields, for a live list
 * that fills a card only when it is shown: appends each card's id and
 * candidate id (owned strings) and position (a double), of the first
 * @limit cards (0: all of them); with @active_only, of the cards whose
 * status is active. */
gboolean   sl_store_load_stage_order (SlStore     *self,
                                      const char  *stage_id,
                                      gboolean     active_only,
                                      guint        limit,
                                      GPtrArray   *ids,
                                      GPtrArray   *candidate_ids,
                                      GArray      *positions,
                                      GError     **error);
/* How many cards sl_store_load_stage_order() would read, from the index alone. */
gboolean   sl_store_count_stage_order (SlStore     *self,
                                       const char  *stage_id,
                                       gboolean     active_only,
                                       guint       *count,
                                       GError     **error);

/* How many cards sl_store_load_cards() reads at once. */
#define SL_STORE_CARD_BATCH 32

/* The cards @ids (at most SL_STORE_CARD_BATCH) with their display fields,
 * in no particular order; a card that is deleted, or whose candidate is, is
 * left out. */
GPtrArray *sl_store_load_cards       (SlStore            *self,
                                      const char * const *ids,
                                      guint               n_ids,
                                      GError            **error);

/* What a live stage list needs to tell whether a change concerns it: the
 * stage of an application and the application of an interview (NULL when
 * unknown). */
char      *sl_store_lookup_application_stage     (SlStore     *self,
                                                  const char  *application_id);
char      *sl_store_lookup_interview_application (SlStore     *self,
                                                  const char  *interview_id);

/* sl-store-attachments.c: deletes the files of @hashes (hex SHA-256s) from
 * the attachments folder that no attachment still in use has; @erasing
 * says which message a failure gets. */
gboolean   sl_store_delete_unreferenced_files    (SlStore     *self,
                                                  GPtrArray   *hashes,
                                                  gboolean     erasing,
                                                  GError     **error);

G_END_DECLS
