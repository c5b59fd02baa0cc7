/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The table-driven record machinery of SlStore: how any SlRecordOps type is
 * read, saved, inserted in bulk and tombstoned with its activity and change. */
#define G_LOG_DOMAIN "sl-store-records"

#include "config.h"

#include "sl-store-records-private.h"

/* Shared record machinery */

void
sl_stmt_bind_owned_text (SlStmt *stmt,
                         int     index,
                         char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text64 (stmt, index, text, strlen (text), g_free, SQLITE_UTF8);
}

void
sl_stmt_bind_strv (SlStmt             *stmt,
                   int                 index,
                   const char * const *strv)
{
  char *json = sl_strv_to_json (strv);

  sl_stmt_bind_owned_text (stmt, index, json != NULL ? json : g_strdup ("[]"));
}

char **
sl_stmt_column_strv (SlStmt *stmt,
                     int     column)
{
  const char *json = sl_stmt_column_text (stmt, column);

  return json != NULL ? sl_strv_from_json (json) : NULL;
}

char *
sl_store_value_strv (const char * const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return NULL;
  return sl_strv_to_json (strv);
}

char *
sl_store_value_int64 (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

char *
sl_store_value_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}

void
sl_store_values_free (char  **values,
                      guint   n_values)
{
  if (values == NULL)
    return;
  for (guint i = 0; i < n_values; i++)
    g_free (values[i]);
  g_free (values);
}

char **
sl_store_record_values (const SlRecordOps *ops,
                        SlRecord          *record)
{
  char **values = g_new0 (char *, ops->n_fields);

  ops->get_values (record, values);
  return values;
}

char *
sl_store_record_content (const SlRecordOps *ops,
                         char             **values)
{
  GString *content = g_string_new (ops->record_type);

  for (guint i = 0; i < ops->n_fields; i++)
    {
      g_string_append_c (content, '\n');
      g_string_append (content, ops->field_names[i]);
      if (values[i] != NULL)
        {
          g_string_append_c (content, '=');
          g_string_append (content, values[i]);
        }
    }

  return g_string_free (content, FALSE);
}

void
sl_stmt_bind_record_columns (SlStmt     *stmt,
                             const char *id,
                             gint64      created_at,
                             gint64      updated_at,
                             const char *rev,
                             gboolean    deleted)
{
  bind_static_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, created_at);
  sqlite3_bind_int64 (stmt, 3, updated_at);
  bind_static_text (stmt, 4, rev);
  sqlite3_bind_int (stmt, 5, deleted ? 1 : 0);
}

gboolean
sl_store_step_done (SlStore  *self,
                    SlStmt   *stmt,
                    GError  **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

gboolean
sl_store_collect_strings (SlStore    *self,
                          SlStmt     *stmt,
                          GPtrArray  *out,
                          GError    **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup (sl_stmt_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

gboolean
sl_store_query_strings (SlStore     *self,
                        const char  *sql,
                        const char  *text,
                        GPtrArray   *out,
                        GError     **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, text);
  return sl_store_collect_strings (self, stmt, out, error);
}

gboolean
sl_store_finish_record_write (SlStore     *self,
                              SlStmt      *stmt,
                              const char  *record_type,
                              const char  *record_id,
                              const char  *rev,
                              gboolean     deleted,
                              const char  *action,
                              const char  *field,
                              const char  *old_value,
                              const char  *new_value,
                              GError     **error)
{
  if (stmt != NULL && !sl_store_step_done (self, stmt, error))
    return FALSE;
  if (!sl_store_record_change (self, record_type, record_id, rev, deleted, error))
    return FALSE;
  if (action != NULL &&
      !sl_store_record_activity (self, record_type, record_id, action,
                                 field, old_value, new_value, error))
    return FALSE;

  sl_store_queue_changed (self, record_type, record_id);
  return TRUE;
}

gboolean
sl_store_finish_write (SlStore   *self,
                       gboolean   ok,
                       GError   **error)
{
  if (!ok)
    {
      sl_store_rollback (self);
      return FALSE;
    }
  return sl_store_commit (self, error);
}

/* Reads the record columns 0–4 of @stmt. */
void
sl_store_read_record_columns (SlRecord *record,
                              SlStmt   *stmt)
{
  sl_record_set_id (record, sl_stmt_column_text (stmt, 0));
  sl_record_set_created_at (record, sqlite3_column_int64 (stmt, 1));
  sl_record_set_updated_at (record, sqlite3_column_int64 (stmt, 2));
  sl_record_set_rev (record, sl_stmt_column_text (stmt, 3));
  sl_record_set_deleted (record, sqlite3_column_int (stmt, 4) != 0);
}

void
sl_store_set_record_saved (SlRecord   *record,
                           const char *id,
                           gint64      created_at,
                           gint64      updated_at,
                           const char *rev)
{
  sl_record_set_id (record, id);
  sl_record_set_created_at (record, created_at);
  sl_record_set_updated_at (record, updated_at);
  sl_record_set_rev (record, rev);
}

SlRecord *
sl_store_read_record (const SlRecordOps *ops,
                      SlStmt            *stmt)
{
  SlRecord *record = g_object_new (ops->get_type (), NULL);

  sl_store_read_record_columns (record, stmt);
  ops->read (stmt, record);

  return record;
}

SlRecord *
sl_store_get_record (SlStore            *self,
                     const SlRecordOps  *ops,
                     const char         *id,
                     GError            **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, ops->select_sql, error);
  if (stmt == NULL)
    return NULL;

  sl_stmt_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sl_store_read_record (ops, stmt);
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  sl_store_set_not_found (ops->record_type, error);
  return NULL;
}

static gboolean
save_record_in_transaction (SlStore            *self,
                            const SlRecordOps  *ops,
                            SlRecord           *record,
                            const char         *insert_action,
                            gboolean            check_references,
                            gint64             *out_now,
                            char              **out_id,
                            char              **out_rev,
                            gint64             *out_created_at,
                            GError            **error)
{
  g_autoptr (SlRecord) old = NULL;
  g_autoptr (SlStmt) stmt = NULL;
  g_autofree char *content = NULL;
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;
  char **new_values = NULL;
  char **old_values = NULL;
  gboolean ok = FALSE;
  gint64 now = sl_store_now ();

  if (sl_record_get_id (record) != NULL)
    {
      old = sl_store_get_record (self, ops, sl_record_get_id (record), error);
      if (old == NULL)
        return FALSE;
    }

  if (ops->prepare != NULL && !ops->prepare (self, record, old, check_references, error))
    return FALSE;

  new_values = sl_store_record_values (ops, record);
  content = sl_store_record_content (ops, new_values);

  if (old == NULL)
    {
      id = sl_store_new_id ();
      rev = sl_store_next_rev (NULL, content);

      stmt = sl_store_prepare (self, ops->insert_sql, error);
      if (stmt == NULL)
        goto out;
      sl_stmt_bind_record_columns (stmt, id, now, now, rev, FALSE);
      ops->bind (stmt, record);
      if (!sl_store_finish_record_write (self, stmt, ops->record_type, id, rev, FALSE,
                                         insert_action, NULL, NULL, NULL, error))
        goto out;

      *out_created_at = now;
    }
  else
    {
      guint n_changed = 0;

      id = g_strdup (sl_record_get_id (old));
      old_values = sl_store_record_values (ops, old);
      for (guint i = 0; i < ops->n_fields; i++)
        if (g_strcmp0 (old_values[i], new_values[i]) != 0)
          n_changed++;

      if (n_changed == 0)
        {
          /* Nothing to write: keep the stored revision. */
          rev = g_strdup (sl_record_get_rev (old));
          now = sl_record_get_updated_at (old);
          *out_created_at = sl_record_get_created_at (old);
          ok = TRUE;
          goto out;
        }

      rev = sl_store_next_rev (sl_record_get_rev (old), content);

      stmt = sl_store_prepare (self, ops->update_sql, error);
      if (stmt == NULL)
        goto out;
      sl_stmt_bind_record_columns (stmt, id, sl_record_get_created_at (old), now, rev,
                                   sl_record_get_deleted (old));
      ops->bind (stmt, record);
      if (!sl_store_step_done (self, stmt, error))
        goto out;

      for (guint i = 0; i < ops->n_fields; i++)
        {
          if (g_strcmp0 (old_values[i], new_values[i]) == 0)
            continue;
          if (!sl_store_record_activity (self, ops->record_type, id, "updated",
                                         ops->field_names[i], old_values[i],
                                         new_values[i], error))
            goto out;
        }

      if (!sl_store_record_change (self, ops->record_type, id, rev,
                                   sl_record_get_deleted (old), error))
        goto out;

      sl_store_queue_changed (self, ops->record_type, id);
      *out_created_at = sl_record_get_created_at (old);
    }

  ok = TRUE;

out:
  sl_store_values_free (new_values, ops->n_fields);
  sl_store_values_free (old_values, ops->n_fields);
  if (ok)
    {
      *out_now = now;
      *out_id = g_steal_pointer (&id);
      *out_rev = g_steal_pointer (&rev);
    }
  return ok;
}

gboolean
sl_store_save_record (SlStore            *self,
                      const SlRecordOps  *ops,
                      SlRecord           *record,
                      GError            **error)
{
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;
  gint64 now = 0;
  gint64 created_at = 0;
  gboolean ok;

  if (!sl_store_begin (self, error))
    return FALSE;

  ok = save_record_in_transaction (self, ops, record, "created", TRUE, &now, &id, &rev, &created_at, error);
  if (!sl_store_finish_write (self, ok, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (record));
  sl_store_set_record_saved (record, id, created_at, now, rev);
  g_object_thaw_notify (G_OBJECT (record));

  return TRUE;
}

gboolean
sl_store_insert_record (SlStore            *self,
                        const SlRecordOps  *ops,
                        SlRecord           *record,
                        const char         *action,
                        GError            **error)
{
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;
  gint64 now = 0;
  gint64 created_at = 0;

  g_return_val_if_fail (sl_record_get_id (record) == NULL, FALSE);

  if (!save_record_in_transaction (self, ops, record, action, FALSE, &now, &id, &rev, &created_at, error))
    return FALSE;

  sl_store_set_record_saved (record, id, created_at, now, rev);

  return TRUE;
}

gboolean
sl_store_tombstone_record (SlStore            *self,
                           const SlRecordOps  *ops,
                           const char         *id,
                           GError            **error)
{
  g_autoptr (SlRecord) old = NULL;
  g_autoptr (SlStmt) stmt = NULL;
  g_autofree char *rev = NULL;

  old = sl_store_get_record (self, ops, id, error);
  if (old == NULL)
    return FALSE;
  if (sl_record_get_deleted (old))
    return TRUE;

  rev = sl_store_next_rev (sl_record_get_rev (old), "deleted");
  stmt = sl_store_prepare (self, ops->tombstone_sql, error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  sl_stmt_bind_text (stmt, 3, rev);
  return sl_store_finish_record_write (self, stmt, ops->record_type, id, rev, TRUE,
                                       "deleted", NULL, NULL, NULL, error);
}

gboolean
sl_store_delete_record (SlStore            *self,
                        const SlRecordOps  *ops,
                        const char         *id,
                        GError            **error)
{
  gboolean ok;

  if (!sl_store_begin (self, error))
    return FALSE;
  ok = sl_store_tombstone_record (self, ops, id, error);
  return sl_store_finish_write (self, ok, error);
}

gboolean
sl_store_check_reference (SlStore     *self,
                          const char  *sql,
                          const char  *id,
                          const char  *message,
                          GError     **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  if (rc == SQLITE_DONE || sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sl_store_insert_records (SlStore            *self,
                         const SlRecordOps  *ops,
                         SlRecord          **records,
                         guint               n_records,
                         const char         *action,
                         GError            **error)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_full (n_records, g_free);
  g_autoptr (GPtrArray) revs = g_ptr_array_new_full (n_records, g_free);
  gint64 now = sl_store_now ();

  for (guint i = 0; i < n_records; i++)
    {
      SlRecord *record = records[i];
      g_autoptr (SlStmt) stmt = NULL;
      g_autofree char *content = NULL;
      char *id;
      char *rev;
      char **values;

      g_return_val_if_fail (sl_record_get_id (record) == NULL, FALSE);

      if (ops->prepare != NULL && !ops->prepare (self, record, NULL, FALSE, error))
        return FALSE;

      values = sl_store_record_values (ops, record);
      content = sl_store_record_content (ops, values);
      sl_store_values_free (values, ops->n_fields);
      id = sl_store_new_id ();
      rev = sl_store_next_rev (NULL, content);
      g_ptr_array_add (ids, id);
      g_ptr_array_add (revs, rev);

      stmt = sl_store_prepare (self, ops->insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      sl_stmt_bind_record_columns (stmt, id, now, now, rev, FALSE);
      ops->bind (stmt, record);
      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
    }

  /* The activity entries and change rows, many per statement. */
  if (!sl_store_record_inserts (self, ops->record_type, action,
                                (const char * const *) ids->pdata,
                                (const char * const *) revs->pdata,
                                n_records, error))
    return FALSE;

  for (guint i = 0; i < n_records; i++)
    {
      SlRecord *record = records[i];

      sl_store_queue_changed (self, ops->record_type, g_ptr_array_index (ids, i));
      sl_store_set_record_saved (record, g_ptr_array_index (ids, i), now, now,
                                 g_ptr_array_index (revs, i));
    }

  return TRUE;
}
