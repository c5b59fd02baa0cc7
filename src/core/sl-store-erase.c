/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Erasing a candidate's personal data (right to erasure) and finding candidates past their retention. */
#define G_LOG_DOMAIN "sl-store-erase"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sl-store-people-private.h"

/* What an erased candidate is called in the database; the app shows its own,
 * translated, label for erased candidates. Not personal data. */
#define ERASED_NAME "Erased candidate"

/**
 * sl_store_get_attachments_dir:
 *
 * Returns: (transfer full): the folder résumés are copied to, named by the
 *   SHA-256 of their content
 */
char *
sl_store_get_attachments_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "attachments", NULL);
}

static gboolean
exec_bound (SlStore     *self,
            const char  *sql,
            const char  *text1,
            const char  *text2,
            GError     **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, text1);
  if (text2 != NULL)
    sl_stmt_bind_text (stmt, 2, text2);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

/* Gives each record of @record_type whose id @select_ids returns (for ?1 =
 * @owner_id) a new revision and a change-feed row, so the edit syncs. Run
 * after the records were changed. */
static gboolean
bump_revisions (SlStore     *self,
                const char  *record_type,
                const char  *select_sql,
                const char  *update_sql,
                const char  *owner_id,
                gboolean     deleted,
                GError     **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  /* Each row: id, then rev. */
  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self, select_sql, error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    sl_stmt_bind_text (stmt, 1, owner_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        g_ptr_array_add (rows, g_strdup (sl_stmt_column_text (stmt, 0)));
        g_ptr_array_add (rows, g_strdup (sl_stmt_column_text (stmt, 1)));
      }
    if (rc != SQLITE_DONE)
      return sl_store_set_db_error (self, rc, error);
  }

  for (guint i = 0; i + 1 < rows->len; i += 2)
    {
      const char *id = g_ptr_array_index (rows, i);
      g_autofree char *rev = sl_store_next_rev (g_ptr_array_index (rows, i + 1), "erased");

      if (update_sql != NULL)
        {
          g_autoptr (SlStmt) stmt = sl_store_prepare (self, update_sql, error);
          int rc;

          if (stmt == NULL)
            return FALSE;
          sl_stmt_bind_text (stmt, 1, id);
          sl_stmt_bind_text (stmt, 2, rev);
          sqlite3_bind_int64 (stmt, 3, sl_store_now ());
          rc = sqlite3_step (stmt);
          if (rc != SQLITE_DONE)
            return sl_store_set_db_error (self, rc, error);
        }
      if (!sl_store_record_change (self, record_type, id, rev, deleted, error))
        return FALSE;
      sl_store_queue_changed (self, record_type, id);
    }

  return TRUE;
}

/* Blanks activity values that contain @text anywhere, whatever record they
 * belong to (a name pasted in another record's notes, say). */
static gboolean
scrub_activity_text (SlStore     *self,
                     const char  *text,
                     GError     **error)
{
  if (text == NULL || g_utf8_strlen (text, -1) < 3)
    return TRUE;
  return exec_bound (self,
                     "UPDATE activity SET "
                     "old_value = CASE WHEN instr (old_value, ?1) > 0 THEN NULL ELSE old_value END, "
                     "new_value = CASE WHEN instr (new_value, ?1) > 0 THEN NULL ELSE new_value END "
                     "WHERE instr (old_value, ?1) > 0 OR instr (new_value, ?1) > 0",
                     text, NULL, error);
}

static gboolean
erase_one_in_transaction (SlStore     *self,
                          const char  *id,
                          GPtrArray   *hashes,
                          GError     **error)
{
  g_autoptr (SlCandidate) candidate = NULL;
  g_autoptr (SlStmt) stmt = NULL;
  g_autofree char *rev = NULL;
  const char * const *emails;
  const char * const *phones;

  candidate = SL_CANDIDATE (sl_store_get_record (self, sl_store_candidate_ops (), id, error));
  if (candidate == NULL)
    return FALSE;
  if (sl_candidate_get_erased (candidate))
    return TRUE;

  /* Activity first, while the personal values are still known. */
  if (!scrub_activity_text (self, sl_candidate_get_name (candidate), error))
    return FALSE;
  emails = sl_candidate_get_emails (candidate);
  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    if (!scrub_activity_text (self, emails[i], error))
      return FALSE;
  phones = sl_candidate_get_phones (candidate);
  for (guint i = 0; phones != NULL && phones[i] != NULL; i++)
    if (!scrub_activity_text (self, phones[i], error))
      return FALSE;

  /* Every value logged for the person, their résumés, interviews and
   * feedback; for applications the rejection reason (stage moves are ids). */
  if (!exec_bound (self,
                   "UPDATE activity SET old_value = NULL, new_value = NULL "
                   "WHERE record_id = ?1 "
                   "OR record_id IN (SELECT id FROM attachment WHERE candidate_id = ?1) "
                   "OR record_id IN (SELECT i.id FROM interview i JOIN application a "
                   "  ON a.id = i.application_id WHERE a.candidate_id = ?1) "
                   "OR record_id IN (SELECT f.id FROM feedback f JOIN interview i ON i.id = f.interview_id "
                   "  JOIN application a ON a.id = i.application_id WHERE a.candidate_id = ?1) "
                   "OR (field = 'rejection_reason' AND record_id IN "
                   "  (SELECT id FROM application WHERE candidate_id = ?1))",
                   id, NULL, error))
    return FALSE;

  /* The person. The triggers of migration 4 drop them from the search index
   * and the duplicate lookup. */
  rev = sl_store_next_rev (sl_record_get_rev (SL_RECORD (candidate)), "erased");
  stmt = sl_store_prepare (self,
                           "UPDATE candidate SET name = '" ERASED_NAME "', emails = '[]', phones = '[]', "
                           "location = NULL, headline = NULL, links = '[]', source = NULL, "
                           "tags = '[]', notes = NULL, consent_at = NULL, retain_until = NULL, "
                           "erased = 1, rev = ?2, updated_at = ?3 WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, id);
  sl_stmt_bind_text (stmt, 2, rev);
  sqlite3_bind_int64 (stmt, 3, sl_store_now ());
  if (!sl_store_finish_record_write (self, stmt, "candidate", id, rev,
                                     sl_record_get_deleted (SL_RECORD (candidate)),
                                     NULL, NULL, NULL, NULL, error))
    return FALSE;

  /* Résumés: the rows go (their deletion syncs through the change feed),
   * the files after the commit when nothing else refers to them. */
  if (!sl_store_query_strings (self, "SELECT DISTINCT sha256 FROM attachment WHERE candidate_id = ?1",
                               id, hashes, error) ||
      !bump_revisions (self, "attachment",
                       "SELECT id, rev FROM attachment WHERE candidate_id = ?1",
                       NULL, id, TRUE, error) ||
      !exec_bound (self, "DELETE FROM attachment WHERE candidate_id = ?1", id, NULL, error))
    return FALSE;

  /* Feedback notes on their interviews, and rejection reasons; stages and
   * statuses stay so that the pipeline's counts do not change. */
  if (!bump_revisions (self, "feedback",
                       "SELECT f.id, f.rev FROM feedback f JOIN interview i ON i.id = f.interview_id "
                       "JOIN application a ON a.id = i.application_id "
                       "WHERE a.candidate_id = ?1 AND f.notes IS NOT NULL",
                       "UPDATE feedback SET notes = NULL, rev = ?2, updated_at = ?3 WHERE id = ?1",
                       id, FALSE, error) ||
      !bump_revisions (self, "application",
                       "SELECT id, rev FROM application WHERE candidate_id = ?1 "
                       "AND rejection_reason IS NOT NULL",
                       "UPDATE application SET rejection_reason = NULL, rev = ?2, updated_at = ?3 "
                       "WHERE id = ?1",
                       id, FALSE, error))
    return FALSE;

  return sl_store_record_activity (self, "candidate", id, "erased", NULL, NULL, NULL, error);
}

/* How long an erasure waits for other connections to finish reading. */
#define WAL_WAIT_MS 3000

/* The WAL keeps each page as every commit wrote it, so the erased values
 * stay readable in it (whatever secure_delete does to the new pages) until a
 * checkpoint has copied the last pages into the database and the WAL is cut
 * to nothing. Another connection that is in the middle of reading an older
 * snapshot (a backup, a list loading) keeps those frames alive: the
 * checkpoint waits for it through the busy handler, a bounded time. */
static gboolean
truncate_wal (SlStore  *self,
              GError  **error)
{
  sqlite3 *db = sl_store_get_db (self);
  g_autofree char *wal = g_strconcat (sl_store_get_path (self), "-wal", NULL);
  g_autofree char *name = g_filename_display_name (wal);
  int rc;

  sqlite3_busy_timeout (db, WAL_WAIT_MS);
  rc = sqlite3_wal_checkpoint_v2 (db, "main", SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  sqlite3_busy_timeout (db, SL_STORE_BUSY_TIMEOUT_MS);

  switch (rc & 0xff)
    {
    case SQLITE_OK:
      return TRUE;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SL_ERROR, SL_ERROR_INCOMPLETE,
                   _("The personal data was erased from the database, but an old copy of it is still in the file “%s”, because another program is reading the database. Close the other program (another Shortlist window, a backup) and erase again to finish; the copy also goes when the last program using the database closes it."),
                   name);
      return FALSE;
    default:
      g_set_error (error, SL_ERROR, SL_ERROR_INCOMPLETE,
                   _("The personal data was erased from the database, but an old copy of it is still in the file “%s” (%s). Erase again to finish; if this keeps happening, check that the disk is not full."),
                   name, sqlite3_errmsg (db));
      return FALSE;
    }
}

/**
 * sl_store_erase_candidates:
 * @self: a #SlStore
 * @ids: (element-type utf8): the candidates to erase
 * @error: return location for a #GError
 *
 * Erases the personal data of every candidate in @ids in one transaction:
 * see sl_store_erase_candidate(). Nothing is erased if one of them fails
 * (an unknown id fails with %SL_ERROR_NOT_FOUND).
 *
 * After the commit it deletes the résumé files no one else has and
 * checkpoints and truncates the WAL, which still holds the old pages. When
 * that cannot be done (another connection is reading an older snapshot for
 * longer than a few seconds, a file cannot be deleted) the database is
 * erased but copies remain: it fails with %SL_ERROR_INCOMPLETE, and erasing
 * the same candidates again finishes the job.
 *
 * Returns: %TRUE when no copy of their data remains
 */
gboolean
sl_store_erase_candidates (SlStore     *self,
                           GPtrArray   *ids,
                           GError     **error)
{
  g_autoptr (GPtrArray) hashes = NULL;
  gboolean files_removed;
  sqlite3 *db;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ids->len == 0)
    return TRUE;

  hashes = g_ptr_array_new_with_free_func (g_free);
  db = sl_store_get_db (self);
  /* Freed pages are overwritten, so erased text does not linger in the file. */
  sqlite3_exec (db, "PRAGMA secure_delete = ON", NULL, NULL, NULL);

  if (!sl_store_begin (self, error))
    goto fail;
  for (guint i = 0; i < ids->len; i++)
    {
      if (!erase_one_in_transaction (self, g_ptr_array_index (ids, i), hashes, error))
        {
          sl_store_rollback (self);
          goto fail;
        }
    }
  /* FTS5 only marks deleted entries; merging the index drops their tokens. */
  if (!exec_bound (self, "INSERT INTO candidate_fts (candidate_fts) VALUES ('optimize')",
                   NULL, NULL, error))
    {
      sl_store_rollback (self);
      goto fail;
    }
  if (!sl_store_commit (self, error))
    goto fail;

  sqlite3_exec (db, "PRAGMA secure_delete = OFF", NULL, NULL, NULL);
  /* Both, whatever the first says: each removes copies of the person. */
  files_removed = sl_store_delete_unreferenced_files (self, hashes, TRUE, error);
  return truncate_wal (self, files_removed ? error : NULL) && files_removed;

fail:
  sqlite3_exec (db, "PRAGMA secure_delete = OFF", NULL, NULL, NULL);
  return FALSE;
}

/**
 * sl_store_erase_candidate:
 * @self: a #SlStore
 * @id: the candidate's id
 * @error: return location for a #GError
 *
 * Erases a candidate's personal data in one transaction: their name (it
 * becomes "Erased candidate"), emails, phones, links, location, headline,
 * source, tags, notes and consent; their résumés (rows, and the files when
 * no other candidate has the same file); their search-index and duplicate
 * entries; the values of the activity entries about them and any activity
 * value that contains their name, emails or phones; the feedback notes and
 * rejection reasons of their applications. Their applications keep their
 * stage and status so the pipeline's counts stay. Records one "erased"
 * activity entry without personal data, marks the candidate erased and gives
 * every changed record a new revision so the erasure syncs. Erasing an
 * erased candidate changes nothing but finishes what an erasure that failed
 * with %SL_ERROR_INCOMPLETE left: see sl_store_erase_candidates().
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_erase_candidate (SlStore     *self,
                          const char  *id,
                          GError     **error)
{
  g_autoptr (GPtrArray) ids = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  ids = g_ptr_array_new ();
  g_ptr_array_add (ids, (gpointer) id);
  return sl_store_erase_candidates (self, ids, error);
}

/**
 * sl_store_list_expired:
 * @self: a #SlStore
 * @months: how long without activity makes a candidate expire (0: only
 *   retention dates count)
 * @error: return location for a #GError
 *
 * Lists the candidates, neither deleted nor erased, whose retention date has
 * passed, or with no change to them, their applications or their activity
 * log for more than @months months: those a retention policy erases.
 *
 * Returns: (transfer container) (element-type utf8): their ids, oldest
 *   first, or %NULL on a database error
 */
GPtrArray *
sl_store_list_expired (SlStore     *self,
                       guint        months,
                       GError     **error)
{
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (SlStmt) stmt = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GDateTime) cutoff = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  now = g_date_time_new_now_utc ();
  cutoff = g_date_time_add_months (now, -(int) MIN (months, 12000));
  today = g_date_time_format (now, "%Y-%m-%d");

  stmt = sl_store_prepare (self,
                           "SELECT id FROM (SELECT c.id AS id, c.retain_until AS retain_until, "
                           "  max (c.updated_at, "
                           "       coalesce ((SELECT max (a.updated_at) FROM application a "
                           "                  WHERE a.candidate_id = c.id), 0), "
                           "       coalesce ((SELECT max (v.created_at) FROM activity v "
                           "                  WHERE v.record_id = c.id), 0)) AS last_active "
                           "  FROM candidate c WHERE c.deleted = 0 AND c.erased = 0) "
                           "WHERE (retain_until IS NOT NULL AND retain_until < ?2) "
                           "   OR (?3 AND last_active < ?1) "
                           "ORDER BY last_active, id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, g_date_time_to_unix (cutoff) * G_USEC_PER_SEC);
  sl_stmt_bind_text (stmt, 2, today);
  sqlite3_bind_int (stmt, 3, months > 0);

  ids = g_ptr_array_new_with_free_func (g_free);
  if (!sl_store_collect_strings (self, stmt, ids, error))
    return NULL;

  return g_steal_pointer (&ids);
}
