/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What sl-store-candidates.c, sl-store-interviews.c and sl-application-list.c
 * share: a table-driven save/get/delete for the people side of the store. */
#pragma once

#include "sl-store-private.h"

G_BEGIN_DECLS

/* How one record type maps to its table. Every statement binds or reads the
 * SlRecord columns first, in the order id, created_at, updated_at, rev,
 * deleted (?1 to ?5, columns 0 to 4), then the type's own columns. */
typedef struct _SlRecordOps SlRecordOps;
struct _SlRecordOps
{
  const char *record_type;
  /* The record's GType (sl_candidate_get_type and so on). */
  GType     (*get_type) (void);
  /* SELECT <all columns> … WHERE id = ?1 */
  const char *select_sql;
  const char *insert_sql;
  /* UPDATE … WHERE id = ?1, with the same parameter numbers as insert_sql */
  const char *update_sql;
  /* UPDATE … SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1 */
  const char *tombstone_sql;

  /* The storage names of the fields compared for the activity log. */
  const char * const *field_names;
  guint               n_fields;

  /* Fills @values (n_fields entries, each owned, NULL for unset). */
  void       (*get_values) (SlRecord *record,
                            char    **values);
  /* Binds the type's own columns, from ?6 on. */
  void       (*bind)       (SlStmt   *stmt,
                            SlRecord *record);
  /* Fills a new record of the type from the type's own columns (from 5 on). */
  void       (*read)       (SlStmt   *stmt,
                            SlRecord *record);
  /* Checks and completes @record before it is written; @old is NULL for an
   * insert. Runs inside the transaction. @check_references is FALSE for bulk
   * writers that vouch for the ids they reference (the foreign keys still
   * hold): it skips the lookups that only give friendlier errors. */
  gboolean   (*prepare)    (SlStore  *store,
                            SlRecord *record,
                            SlRecord *old,
                            gboolean  check_references,
                            GError  **error);
};

gboolean  sl_store_save_record      (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     SlRecord           *record,
                                     GError            **error);
/* Returns a tombstoned record too (with deleted set); NOT_FOUND when absent. */
SlRecord *sl_store_get_record       (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     const char         *id,
                                     GError            **error);
/* Reads a record from a row whose first columns are the record's columns. */
SlRecord *sl_store_read_record      (const SlRecordOps  *ops,
                                     SlStmt             *stmt);
/* Tombstones inside the caller's transaction; TRUE if it already was. */
gboolean  sl_store_tombstone_record (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     const char         *id,
                                     GError            **error);

/* Whether the row that @sql ("SELECT deleted FROM <table> WHERE id = ?1")
 * finds for @id exists and is not deleted; when it is not, fails with
 * SL_ERROR_INVALID and @message (translated). For the prepare functions'
 * reference checks. */
gboolean  sl_store_check_reference  (SlStore            *self,
                                     const char         *sql,
                                     const char         *id,
                                     const char         *message,
                                     GError            **error);

/* Inserts @record (it must have no id yet) inside the caller's transaction,
 * without a savepoint of its own, recording one @action ("created" or
 * "imported") activity entry and its change row: the fast path for bulk
 * writes, which trusts the ids @record refers to (see prepare). On failure
 * the caller rolls back. */
gboolean  sl_store_insert_record    (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     SlRecord           *record,
                                     const char         *action,
                                     GError            **error);

/* Inserts @n_records new records (no ids yet) of one type inside the
 * caller's transaction, without savepoints, each with one @action activity
 * entry and its change row (written many per statement); trusts the ids
 * they refer to (see prepare); fills their ids, timestamps and revisions.
 * On failure the caller rolls back. */
gboolean  sl_store_insert_records   (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     SlRecord          **records,
                                     guint               n_records,
                                     const char         *action,
                                     GError            **error);

/* sl_store_insert_records() for candidates, which also keeps the search
 * index: when the caller has not deferred it (sl_store_defer_search_index()),
 * the candidates are indexed in one statement at the end. */
gboolean  sl_store_insert_candidates (SlStore            *self,
                                      SlCandidate       **candidates,
                                      guint               n_candidates,
                                      const char         *action,
                                      GError            **error);

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

/* The tables of the people side, for bulk writers such as sl-demo.c. */
const SlRecordOps *sl_store_candidate_ops   (void);
const SlRecordOps *sl_store_application_ops (void);
const SlRecordOps *sl_store_interview_ops   (void);
const SlRecordOps *sl_store_feedback_ops    (void);

/* Binds text that outlives the statement's use: the record being written
 * stays alive until the statement is reset and its bindings cleared
 * (g_autoptr (SlStmt)), so SQLite need not copy it. */
static inline void
bind_static_text (SlStmt     *stmt,
                  int         index,
                  const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

/* Binds a string the statement takes over (g_free()d by SQLite). */
void      sl_stmt_bind_owned_text   (SlStmt             *stmt,
                                     int                 index,
                                     char               *text);

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
