/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store side of bulk candidate imports and exports: fast inserts inside one transaction, and streaming reads. */
#define G_LOG_DOMAIN "sl-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-store-bulk-rows-private.h"
#include "sl-store-people-private.h"
#include "sl-store-search-private.h"

#define CANDIDATE_COLUMNS_C \
  "c.id, c.created_at, c.updated_at, c.rev, c.deleted, c.name, c.emails, c.phones, " \
  "c.location, c.headline, c.links, c.source, c.tags, c.notes, c.consent_at, " \
  "c.retain_until, c.erased"

/**
 * sl_store_find_posting:
 * @self: a #SlStore
 * @id_or_title: a posting's id, or its exact title
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the id of the posting (not deleted) with that id,
 *   or else the newest one with that title; %NULL with %SL_ERROR_NOT_FOUND
 */
char *
sl_store_find_posting (SlStore     *self,
                       const char  *id_or_title,
                       GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_title != NULL, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT id FROM posting WHERE deleted = 0 AND (id = ?1 OR title = ?1) "
                           "ORDER BY id = ?1 DESC, created_at DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;
  sl_stmt_bind_text (stmt, 1, id_or_title);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (sl_stmt_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }
  g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
               _("There is no posting “%s”. Give an existing posting’s id or exact title."),
               id_or_title);
  return NULL;
}

/**
 * sl_store_defer_search_index:
 * @self: a #SlStore
 * @out_mark: (out): where the rows inserted from now on start
 * @error: return location for a #GError
 *
 * Inside a transaction, before inserting many candidates: they are added to
 * the search index and to the contacts that sl_store_find_duplicates()
 * looks up by sl_store_index_deferred(), which must be called in the
 * same transaction. Indexing them in one statement is several times faster
 * than row by row. Other connections never see the deferral: it lives and
 * dies with the transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_defer_search_index (SlStore  *self,
                             gint64   *out_mark,
                             GError  **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (!sqlite3_get_autocommit (sl_store_get_db (self)), FALSE);

  stmt = sl_store_prepare (self, "SELECT coalesce (max (rowid), 0) FROM candidate", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);
  *out_mark = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self, "UPDATE search_state SET deferred = 1", error);
  if (stmt == NULL)
    return FALSE;
  return sl_store_step_done (self, stmt, error);
}

/* FTS5's default 'hashsize': the pending terms it keeps in memory. */
#define FTS_DEFAULT_HASHSIZE (1024 * 1024)
/* The same while indexing a bulk import: a few segments for 100 000
 * candidates with a few sentences of notes each. Measured with the 35 MB file
 * of tests/bench/bench-csv-import.sh (medians of four runs): 1.80 s with
 * 12 MiB, 1.78 s with 16, 1.82 s with 24, 1.86 s with 32 (and 20 MB more
 * memory): a larger table costs more to grow and to sort than the segments
 * it saves. */
#define BULK_FTS_HASHSIZE (16 * 1024 * 1024)

/* The search index's 'hashsize' setting (FTS5 keeps it in its config table). */
static gboolean
fts_hashsize (SlStore  *self,
              gint64   *out_hashsize,
              GError  **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                              "SELECT v FROM candidate_fts_config WHERE k = 'hashsize'",
                                              error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_INTEGER &&
      sqlite3_column_int64 (stmt, 0) > 0)
    *out_hashsize = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    *out_hashsize = FTS_DEFAULT_HASHSIZE;
  else
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
set_fts_hashsize (SlStore  *self,
                  gint64    hashsize,
                  GError  **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                              "INSERT INTO candidate_fts (candidate_fts, rank) "
                                              "VALUES ('hashsize', ?1)",
                                              error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hashsize);
  return sl_store_step_done (self, stmt, error);
}

/* Adds the candidates inserted after @mark to the full-text index. */
gboolean
sl_store_index_fts (SlStore  *self,
                    gint64    mark,
                    GError  **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  gboolean any_indexed;
  gint64 hashsize = 0;
  int rc;

  /* Rows edited since (a merge) were indexed by the update trigger: skip
   * them, but look each row up only when there is any. A row is in the
   * index when it has a size there: the index's own rows are the
   * candidates' (it is an external-content table). */
  stmt = sl_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM candidate_fts_docsize WHERE id > ?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mark);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);
  any_indexed = sqlite3_column_int (stmt, 0) != 0;
  g_clear_pointer (&stmt, sl_stmt_release);

  /* FTS5 writes its pending terms out as a new segment whenever they pass
   * 'hashsize' (1 MiB), and merges the segments as they pile up: one larger
   * flush costs less. The setting is stored in the index, so it goes back
   * to what it was in the same transaction. */
  if (!fts_hashsize (self, &hashsize, error) ||
      (hashsize < BULK_FTS_HASHSIZE && !set_fts_hashsize (self, BULK_FTS_HASHSIZE, error)))
    return FALSE;

  /* The files column stays empty: a candidate added after @mark that got
   * an attachment since was indexed then, with its files, by the attachment
   * triggers (which are never deferred), and is skipped here; the others
   * have no attachment (the foreign key keeps older ones on older
   * candidates). That spares a look-up of the attachments per row. */
  stmt = sl_store_prepare (self,
                           any_indexed
                           ? "INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes) "
                             "SELECT c.rowid, c.name, c.emails, c.headline, c.tags, c.notes "
                             "FROM candidate c WHERE c.rowid > ?1 AND c.deleted = 0 AND c.erased = 0 "
                             "AND NOT EXISTS (SELECT 1 FROM candidate_fts_docsize f WHERE f.id = c.rowid)"
                           : "INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes) "
                             "SELECT c.rowid, c.name, c.emails, c.headline, c.tags, c.notes "
                             "FROM candidate c WHERE c.rowid > ?1 AND c.deleted = 0 AND c.erased = 0",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mark);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  g_clear_pointer (&stmt, sl_stmt_release);

  if (hashsize < BULK_FTS_HASHSIZE && !set_fts_hashsize (self, hashsize, error))
    return FALSE;
  return TRUE;
}

/* Adds the normalised contacts of the candidates inserted after @mark, in
 * SQL: sorted, so they append to their index. */
gboolean
sl_store_index_contacts (SlStore  *self,
                         gint64    mark,
                         GError  **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sl_store_index_contacts_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mark);
  return sl_store_step_done (self, stmt, error);
}

gboolean
sl_store_end_search_deferral (SlStore  *self,
                              GError  **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, "UPDATE search_state SET deferred = 0", error);

  if (stmt == NULL)
    return FALSE;
  return sl_store_step_done (self, stmt, error);
}

/**
 * sl_store_index_deferred:
 * @self: a #SlStore
 * @mark: what sl_store_defer_search_index() gave
 * @error: return location for a #GError
 *
 * Indexes the candidates inserted since sl_store_defer_search_index() (the
 * full-text index and the normalised contacts of duplicate detection) and
 * ends the deferral.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_index_deferred (SlStore  *self,
                         gint64    mark,
                         GError  **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return sl_store_index_fts (self, mark, error) &&
         sl_store_index_contacts (self, mark, error) &&
         sl_store_end_search_deferral (self, error);
}

/**
 * sl_store_import_candidate:
 * @self: a #SlStore
 * @candidate: a new candidate (no id yet)
 * @posting_id: (nullable): a posting to add an application to
 * @error: return location for a #GError
 *
 * The bulk path of imports: must run between sl_store_begin() and
 * sl_store_commit(). Inserts @candidate with an "imported" activity entry and
 * its change-feed row (and the search index through its triggers), and an
 * application to @posting_id in its first stage, with cached statements and
 * no savepoint. On failure the caller rolls back.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_import_candidate (SlStore      *self,
                           SlCandidate  *candidate,
                           const char   *posting_id,
                           GError      **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), FALSE);

  if (!sl_store_insert_record (self, sl_store_candidate_ops (), SL_RECORD (candidate),
                               "imported", error))
    return FALSE;

  if (posting_id != NULL)
    return sl_store_import_application (self, sl_record_get_id (SL_RECORD (candidate)),
                                        posting_id, NULL, error);
  return TRUE;
}

/**
 * sl_store_import_application:
 * @self: a #SlStore
 * @candidate_id: the candidate
 * @posting_id: the posting
 * @out_added: (out) (optional): whether an application was added
 * @error: return location for a #GError
 *
 * Inside a transaction: adds an application of the candidate to the posting,
 * in its first stage, unless there is one already.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_import_application (SlStore     *self,
                             const char  *candidate_id,
                             const char  *posting_id,
                             gboolean    *out_added,
                             GError     **error)
{
  g_autoptr (SlApplication) application = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (out_added != NULL)
    *out_added = FALSE;

  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                "SELECT 1 FROM application WHERE candidate_id = ?1 "
                                                "AND posting_id = ?2 AND deleted = 0 LIMIT 1",
                                                error);
    if (stmt == NULL)
      return FALSE;
    sl_stmt_bind_text (stmt, 1, candidate_id);
    sl_stmt_bind_text (stmt, 2, posting_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      return TRUE;
    if (rc != SQLITE_DONE)
      return sl_store_set_db_error (self, rc, error);
  }

  application = sl_application_new ();
  sl_application_set_candidate_id (application, candidate_id);
  sl_application_set_posting_id (application, posting_id);
  if (!sl_store_insert_record (self, sl_store_application_ops (), SL_RECORD (application),
                               "imported", error))
    return FALSE;
  if (out_added != NULL)
    *out_added = TRUE;
  return TRUE;
}

/**
 * sl_store_foreach_candidate:
 * @self: a #SlStore
 * @posting_id: (nullable): only those who applied to this posting
 * @func: called with each candidate (neither deleted nor erased), oldest
 *   first; return %FALSE to stop
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Streams the candidates without loading them all, for exports.
 *
 * Returns: %TRUE unless a database error happened
 */
gboolean
sl_store_foreach_candidate (SlStore               *self,
                            const char            *posting_id,
                            SlStoreCandidateFunc   func,
                            gpointer               user_data,
                            GError               **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  const SlRecordOps *ops = sl_store_candidate_ops ();
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = sl_store_prepare (self,
                           "SELECT " CANDIDATE_COLUMNS_C " FROM candidate c "
                           "WHERE c.deleted = 0 AND c.erased = 0 AND (?1 IS NULL OR EXISTS "
                           "(SELECT 1 FROM application a WHERE a.candidate_id = c.id "
                           "AND a.posting_id = ?1 AND a.deleted = 0)) "
                           "ORDER BY c.rowid",
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, posting_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (SlCandidate) candidate = SL_CANDIDATE (sl_store_read_record (ops, stmt));

      if (!func (candidate, user_data))
        return TRUE;
    }
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}
