/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What sl-store-bulk-rows.c and sl-store-import.c give a bulk import
 * session (sl-store-bulk-import.c): a candidate import's rows, worked out
 * beforehand, their many-per-statement insert, and the deferred search
 * index's steps. */
#pragma once

#include "sl-store-private.h"

G_BEGIN_DECLS

/* The text columns of a candidate: name, emails, phones, location,
 * headline, links, source, tags, notes, retain_until. */
#define SL_BULK_ROW_TEXT_COLUMNS 10

/* A candidate of a bulk import with what its insert needs worked out
 * beforehand by sl_store_bulk_row_new() or sl_store_bulk_row_new_from_fields(),
 * in whichever thread made it: its
 * columns as bound (JSON for the lists), id and revision, its "imported"
 * activity entry's id and revision, and the normalised keys of its emails
 * and phones (an entry is NULL when that email or phone has none). The
 * strings and the key arrays live in the row's own block, so that the
 * writer frees a row with one call; the keys are allocated one by one (the
 * import takes them). */
struct _SlStoreBulkRow
{
  const char  *id;
  const char  *rev;
  const char  *activity_id;
  const char  *activity_rev;
  const char  *columns[SL_BULK_ROW_TEXT_COLUMNS];  /* ?6 to ?14 and ?16: see bind */
  int          lengths[SL_BULK_ROW_TEXT_COLUMNS];  /* their strlen () */
  gint64       consent_at;
  gboolean     erased;
  char       **email_keys;   /* n_emails entries */
  char       **phone_keys;   /* n_phones entries */
  guint        n_emails;
  guint        n_phones;
  SlCandidate *candidate;    /* the one it was made from, or one made back from it */
  gboolean     fill_candidate;  /* give the candidate its id once written */
};

/* sl_store_bulk_row_new(), keeping a reference to @candidate if asked. */
SlStoreBulkRow *sl_store_bulk_row_new_full (SlCandidate *candidate,
                                            gboolean     keep_candidate);

/* Inserts the candidates of @rows, with the search index deferred
 * (sl_store_defer_search_index()), one "imported" activity entry and one
 * change row each, many rows per statement. Does not touch the candidate
 * objects. On failure the caller rolls back. */
gboolean  sl_store_insert_candidate_rows (SlStore            *self,
                                          SlStoreBulkRow    **rows,
                                          guint               n_rows,
                                          gint64              now,
                                          GError            **error);

/* sl-store-import.c: the steps of sl_store_index_deferred (), for a bulk
 * import that indexes its own rows, inside its transaction: the full-text
 * index and the normalised contacts of the candidates inserted after @mark,
 * then the end of the deferral. */
gboolean  sl_store_index_fts             (SlStore            *self,
                                          gint64              mark,
                                          GError            **error);
gboolean  sl_store_index_contacts        (SlStore            *self,
                                          gint64              mark,
                                          GError            **error);
gboolean  sl_store_end_search_deferral   (SlStore            *self,
                                          GError            **error);

G_END_DECLS
