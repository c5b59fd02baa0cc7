/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStore's activity log: one entry per thing that happened to a record, and the bulk rows of new records. */
#define G_LOG_DOMAIN "sl-store-activity"

#include "config.h"

#include "sl-store-private.h"

static void
checksum_add (GChecksum  *checksum,
              const char *text)
{
  static const guchar separator = 0x1f;

  if (text != NULL)
    g_checksum_update (checksum, (const guchar *) text, -1);
  g_checksum_update (checksum, &separator, 1);
}

static char *activity_rev (const char *record_type,
                           const char *record_id,
                           const char *action,
                           const char *field,
                           const char *old_value,
                           const char *new_value);

/* One activity entry, with its id and revision worked out already. */
static gboolean
insert_activity (SlStore     *self,
                 const char  *record_type,
                 const char  *record_id,
                 const char  *action,
                 const char  *field,
                 const char  *old_value,
                 const char  *new_value,
                 const char  *id,
                 const char  *rev,
                 GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  gint64 now = sl_store_now ();
  int rc;

  stmt = sl_store_prepare (self,
                           "INSERT INTO activity (id, created_at, updated_at, rev, deleted, "
                           "record_type, record_id, action, field, old_value, new_value) "
                           "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_text (stmt, 4, rev, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, record_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, action, -1, SQLITE_STATIC);
  sl_stmt_bind_text (stmt, 8, field);
  sl_stmt_bind_text (stmt, 9, old_value);
  sl_stmt_bind_text (stmt, 10, new_value);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

gboolean
sl_store_record_activity (SlStore     *self,
                          const char  *record_type,
                          const char  *record_id,
                          const char  *action,
                          const char  *field,
                          const char  *old_value,
                          const char  *new_value,
                          GError     **error)
{
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (record_type != NULL, FALSE);
  g_return_val_if_fail (record_id != NULL, FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  id = sl_store_new_id ();
  rev = activity_rev (record_type, record_id, action, field, old_value, new_value);
  if (!insert_activity (self, record_type, record_id, action, field, old_value, new_value,
                        id, rev, error))
    return FALSE;

  sl_store_queue_changed (self, "activity", NULL);
  return TRUE;
}

/* Rows per multi-row statement of sl_store_record_inserts(). */
#define INSERT_ROWS 32

static char *
activity_rev (const char *record_type,
              const char *record_id,
              const char *action,
              const char *field,
              const char *old_value,
              const char *new_value)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_MD5);

  checksum_add (checksum, record_type);
  checksum_add (checksum, record_id);
  checksum_add (checksum, action);
  checksum_add (checksum, field);
  checksum_add (checksum, old_value);
  checksum_add (checksum, new_value);
  return g_strconcat ("1-", g_checksum_get_string (checksum), NULL);
}

/* "INSERT … VALUES (…), (…)" for INSERT_ROWS rows: @head, then the row of
 * the change table (@per_row 2) or of the activity table (3) with the row's
 * parameter numbers from @first + r * @per_row. Only our own constants and
 * numbers go into it. */
static const char *
multi_row_sql (char       **cache,
               const char  *head,
               int          first,
               int          per_row)
{
  if (*cache == NULL)
    {
      GString *sql = g_string_new (head);

      for (int r = 0; r < INSERT_ROWS; r++)
        {
          int n = first + r * per_row;

          if (r > 0)
            g_string_append (sql, ", ");
          if (per_row == 2)
            g_string_append_printf (sql, "(?1, ?%d, ?%d, 0)", n, n + 1);
          else
            g_string_append_printf (sql, "(?%d, ?1, ?1, ?%d, 0, ?2, ?%d, ?3)", n, n + 1, n + 2);
        }
      *cache = g_string_free (sql, FALSE);
    }
  return *cache;
}

/**
 * sl_store_activity_rev:
 * @record_type: the record's type
 * @record_id: its id
 * @action: what happened ("imported")
 *
 * The revision sl_store_record_inserts() gives the @action activity entry of
 * a new record (no field, no values). Touches no store: any thread may call
 * it, to work out a bulk import's rows ahead of the writer.
 *
 * Returns: (transfer full): the revision
 */
char *
sl_store_activity_rev (const char *record_type,
                       const char *record_id,
                       const char *action)
{
  return activity_rev (record_type, record_id, action, NULL, NULL, NULL);
}

/**
 * sl_store_record_inserts:
 * @self: a store
 * @record_type: the type of the new records
 * @action: their activity ("created", "imported")
 * @ids: the @n records' ids, new ones (sl_store_new_id()): the change feed
 *   has no row for them yet
 * @revs: their revisions
 * @n: how many
 * @error: return location for a #GError
 *
 * Inside a transaction, with the inserts they describe: one @action activity
 * entry and one change-feed row per record, as sl_store_record_activity() and
 * sl_store_record_change() would write them, with multi-row statements.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_record_inserts (SlStore            *self,
                         const char         *record_type,
                         const char         *action,
                         const char * const *ids,
                         const char * const *revs,
                         guint               n,
                         GError            **error)
{
  return sl_store_record_inserts_full (self, record_type, action, ids, revs, NULL, NULL, n, error);
}

/**
 * sl_store_record_inserts_full:
 * @self: a store
 * @record_type: the type of the new records
 * @action: their activity ("created", "imported")
 * @ids: the @n records' ids
 * @revs: their revisions
 * @activity_ids: (nullable): the ids of their activity entries, or %NULL
 *   for new ones
 * @activity_revs: (nullable): the revisions of those entries
 *   (sl_store_activity_rev()), with @activity_ids
 * @n: how many
 * @error: return location for a #GError
 *
 * sl_store_record_inserts() with the activity entries' ids and revisions
 * worked out beforehand (a bulk import does that in another thread).
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_record_inserts_full (SlStore            *self,
                              const char         *record_type,
                              const char         *action,
                              const char * const *ids,
                              const char * const *revs,
                              const char * const *activity_ids,
                              const char * const *activity_revs,
                              guint               n,
                              GError            **error)
{
  static char *activity_sql;
  static char *change_sql;
  static GMutex lock;
  const char *a_sql, *c_sql;
  guint done = 0;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail ((activity_ids == NULL) == (activity_revs == NULL), FALSE);

  /* OR FAIL, not the default OR ABORT: a multi-row statement that may
   * abort keeps a copy of every page it changes in a statement journal,
   * to undo its own rows; after a failure here the caller rolls back
   * anyway (the transaction, or its savepoint). The records are new
   * (sl_store_new_id()), so the change feed has no row for them yet and
   * a plain insert does what OR REPLACE would. */
  g_mutex_lock (&lock);
  a_sql = multi_row_sql (&activity_sql,
                         "INSERT OR FAIL INTO activity (id, created_at, updated_at, rev, deleted, "
                         "record_type, record_id, action) VALUES ", 4, 3);
  c_sql = multi_row_sql (&change_sql,
                         "INSERT OR FAIL INTO change (record_type, record_id, rev, deleted) VALUES ",
                         2, 2);
  g_mutex_unlock (&lock);

  if (done + INSERT_ROWS <= n)
    {
      g_autoptr (SlStmt) activity = sl_store_prepare (self, a_sql, error);
      g_autoptr (SlStmt) change = activity != NULL ? sl_store_prepare (self, c_sql, error) : NULL;

      if (change == NULL)
        return FALSE;
      sqlite3_bind_text (activity, 2, record_type, -1, SQLITE_STATIC);
      sqlite3_bind_text (activity, 3, action, -1, SQLITE_STATIC);
      sqlite3_bind_text (change, 1, record_type, -1, SQLITE_STATIC);

      /* The other parameters are bound again for each statement. */
      for (; done + INSERT_ROWS <= n; done += INSERT_ROWS)
        {
          char *new_ids[INSERT_ROWS] = { NULL };
          char *new_revs[INSERT_ROWS] = { NULL };
          int rc;

          sqlite3_bind_int64 (activity, 1, sl_store_now ());
          for (guint r = 0; r < INSERT_ROWS; r++)
            {
              const char *record_id = ids[done + r];
              const char *activity_id;
              const char *activity_revision;

              if (activity_ids != NULL)
                {
                  activity_id = activity_ids[done + r];
                  activity_revision = activity_revs[done + r];
                }
              else
                {
                  activity_id = new_ids[r] = sl_store_new_id ();
                  activity_revision = new_revs[r] = activity_rev (record_type, record_id, action,
                                                                 NULL, NULL, NULL);
                }
              sqlite3_bind_text (activity, 4 + 3 * r, activity_id, -1, SQLITE_STATIC);
              sqlite3_bind_text (activity, 5 + 3 * r, activity_revision, -1, SQLITE_STATIC);
              sqlite3_bind_text (activity, 6 + 3 * r, record_id, -1, SQLITE_STATIC);
            }
          rc = sqlite3_step (activity);
          sqlite3_reset (activity);
          for (guint r = 0; r < INSERT_ROWS; r++)
            {
              g_free (new_ids[r]);
              g_free (new_revs[r]);
            }
          if (rc != SQLITE_DONE)
            return sl_store_set_db_error (self, rc, error);

          for (guint r = 0; r < INSERT_ROWS; r++)
            {
              sqlite3_bind_text (change, 2 + 2 * r, ids[done + r], -1, SQLITE_STATIC);
              sqlite3_bind_text (change, 3 + 2 * r, revs[done + r] != NULL ? revs[done + r] : "", -1, SQLITE_STATIC);
            }
          rc = sqlite3_step (change);
          sqlite3_reset (change);
          if (rc != SQLITE_DONE)
            return sl_store_set_db_error (self, rc, error);
        }
    }

  for (; done < n; done++)
    {
      gboolean ok;

      if (activity_ids != NULL)
        ok = insert_activity (self, record_type, ids[done], action, NULL, NULL, NULL,
                              activity_ids[done], activity_revs[done], error);
      else
        ok = sl_store_record_activity (self, record_type, ids[done], action, NULL, NULL, NULL, error);
      if (!ok || !sl_store_record_change (self, record_type, ids[done], revs[done], FALSE, error))
        return FALSE;
    }

  sl_store_queue_changed (self, "activity", NULL);
  return TRUE;
}
