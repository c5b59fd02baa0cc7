/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStore's change feed and its "changed" signal: what a transaction changed, queued until it commits. */
#define G_LOG_DOMAIN "sl-store-changes"

#include "config.h"

#include "sl-store-object-private.h"

typedef struct
{
  char *record_type;
  char *record_id;
} PendingChange;

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Past this many queued records, one "changed" (NULL, NULL) is cheaper for
 * everyone than thousands of emissions (bulk imports, the demo data). */
#define MAX_PENDING_CHANGES 256

void
sl_change_free (SlChange *change)
{
  if (change == NULL)
    return;
  g_free (change->record_type);
  g_free (change->record_id);
  g_free (change->rev);
  g_free (change);
}

static void
pending_change_clear (gpointer data)
{
  PendingChange *change = data;

  g_clear_pointer (&change->record_type, g_free);
  g_clear_pointer (&change->record_id, g_free);
}

void
sl_store_changes_class_init (SlStoreClass *klass)
{
  /**
   * SlStore::changed:
   * @self: the store
   * @record_type: (nullable): "posting", "stage", … or %NULL for "anything"
   * @record_id: (nullable): the record, or %NULL for "any of that type"
   *
   * Emitted after a transaction that wrote records commits, once per record
   * (duplicates coalesced), and with (%NULL, %NULL) when another connection
   * or process changed the file.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

void
sl_store_changes_init (SlStore *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
  self->pending_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
sl_store_changes_finalize (SlStore *self)
{
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->pending_keys, g_hash_table_unref);
}

void
sl_store_clear_pending (SlStore *self)
{
  g_array_set_size (self->pending, 0);
  g_hash_table_remove_all (self->pending_keys);
  self->pending_everything = FALSE;
}

void
sl_store_emit_pending (SlStore *self)
{
  g_autoptr (GArray) pending = NULL;
  gboolean everything = self->pending_everything;

  if (self->pending->len == 0 && !everything)
    return;

  /* Handlers may write again: start from a clean queue first. */
  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
  g_hash_table_remove_all (self->pending_keys);
  self->pending_everything = FALSE;

  g_object_ref (self);

  if (everything)
    {
      g_signal_emit (self, signals[CHANGED], 0, NULL, NULL);
    }
  else
    {
      for (guint i = 0; i < pending->len; i++)
        {
          PendingChange *change = &g_array_index (pending, PendingChange, i);

          g_signal_emit (self, signals[CHANGED], 0, change->record_type, change->record_id);
        }
    }

  g_object_unref (self);
}

/**
 * sl_store_queue_changed:
 * @self: a store
 * @record_type: (nullable): the record type, or %NULL for anything
 * @record_id: (nullable): the record, or %NULL for any of @record_type
 *
 * Queues a #SlStore::changed emission for after the outermost commit (now,
 * when no transaction is open). Duplicates are emitted once.
 */
void
sl_store_queue_changed (SlStore    *self,
                        const char *record_type,
                        const char *record_id)
{
  PendingChange change;
  char *key;

  g_return_if_fail (SL_IS_STORE (self));

  if (self->depth == 0)
    {
      g_signal_emit (self, signals[CHANGED], 0, record_type, record_id);
      return;
    }

  if (self->pending_everything)
    return;

  if (record_type == NULL || self->pending->len >= MAX_PENDING_CHANGES)
    {
      g_array_set_size (self->pending, 0);
      g_hash_table_remove_all (self->pending_keys);
      self->pending_everything = TRUE;
      return;
    }

  key = g_strconcat (record_type, "\x1f", record_id ? record_id : "", NULL);
  if (!g_hash_table_add (self->pending_keys, key))
    return;

  change.record_type = g_strdup (record_type);
  change.record_id = g_strdup (record_id);
  g_array_append_val (self->pending, change);
}

gboolean
sl_store_record_change (SlStore     *self,
                        const char  *record_type,
                        const char  *record_id,
                        const char  *rev,
                        gboolean     deleted,
                        GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (record_type != NULL, FALSE);
  g_return_val_if_fail (record_id != NULL, FALSE);

  /* REPLACE deletes the record's old row, so the new one takes a new seq. */
  stmt = sl_store_prepare (self,
                           "INSERT OR REPLACE INTO change (record_type, record_id, rev, deleted) "
                           "VALUES (?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, record_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, rev != NULL ? rev : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, deleted ? 1 : 0);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);

  return TRUE;
}

/**
 * sl_store_list_changes:
 * @self: a store
 * @since: the last seq already seen (0 for all)
 * @limit: the most rows to return, 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlChange): the change feed after
 *   @since, in order, or %NULL with @error set
 */
GPtrArray *
sl_store_list_changes (SlStore  *self,
                       gint64    since,
                       guint     limit,
                       GError  **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self,
                           "SELECT seq, record_type, record_id, rev, deleted FROM change "
                           "WHERE seq > ? ORDER BY seq LIMIT ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, since);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_change_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlChange *change = g_new0 (SlChange, 1);

      change->seq = sqlite3_column_int64 (stmt, 0);
      change->record_type = g_strdup (sl_stmt_column_text (stmt, 1));
      change->record_id = g_strdup (sl_stmt_column_text (stmt, 2));
      change->rev = g_strdup (sl_stmt_column_text (stmt, 3));
      change->deleted = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (changes, change);
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&changes);
}
