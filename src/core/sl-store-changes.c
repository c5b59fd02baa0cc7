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

/* Past this many queued records, one "changed::TYPE" (TYPE, NULL) per type
 * is cheaper for everyone than thousands of emissions (bulk imports, the
 * demo data). Per type, not "everything": the Candidates and Interviews
 * areas hear nothing of a batch of 500 moves. Its ids are kept
 * (sl_store_get_batch_ids()), so that the board's columns look the
 * applications' stages up at once and only those that gained or lost a
 * card reload: see MAX_BATCH_IDS. */
#define MAX_PENDING_CHANGES 256

/* Past this many records of one type in a batch, their ids are not kept
 * (a few megabytes at most): a listener re-reads all it shows. A batch of
 * 500 moves to the top of a big column renumbers it (sl-store-candidates.c's
 * renumber_stage()) and comes to 8 700-16 300 applications on the demo
 * board; the lists weigh the lookup against their reloads themselves
 * (BATCH_LOOKUP_CARDS_PER_ID in sl-application-list.c). */
#define MAX_BATCH_IDS 32768

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

static void
batch_ids_unref (gpointer data)
{
  if (data != NULL)
    g_hash_table_unref (data);
}

static GHashTable *
batch_ids_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, batch_ids_unref);
}

/* Keeps @record_id among the ids of its type's batch; a %NULL id ("any of
 * them") or one too many makes them unknown for the rest of the batch. */
static void
add_batch_id (SlStore    *self,
              const char *record_type,
              const char *record_id)
{
  GHashTable *ids = NULL;

  if (!g_hash_table_lookup_extended (self->batch_ids, record_type, NULL, (gpointer *) &ids))
    {
      ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->batch_ids, g_strdup (record_type), ids);
    }
  if (ids == NULL)
    return;
  if (record_id == NULL || g_hash_table_size (ids) >= MAX_BATCH_IDS)
    {
      g_hash_table_insert (self->batch_ids, g_strdup (record_type), NULL);
      return;
    }
  g_hash_table_add (ids, g_strdup (record_id));
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
   * (duplicates coalesced), with the record's type as the detail:
   * "changed::application", "::candidate",
   * "::posting", "::stage", "::interview", "::attachment",
   * "::rejection_reason", "::activity"…; the arguments repeat the type and
   * give the id. (TYPE, %NULL) says "any record of that type", for a batch
   * past a few hundred records of one type or a write to many at once;
   * during a batch's emission sl_store_get_batch_ids() gives its ids when
   * they are known.
   *
   * "Everything changed" (another connection or process committed, or a
   * write that cannot say what it touched) is emitted once with the detail
   * "everything" (#SL_STORE_CHANGED_EVERYTHING) and (%NULL, %NULL). A
   * handler connected to a type's detail must connect to
   * "changed::everything" too; one connected to plain "changed" sees every
   * emission.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
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
  self->batch_ids = batch_ids_new ();
}

void
sl_store_changes_finalize (SlStore *self)
{
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->pending_keys, g_hash_table_unref);
  g_clear_pointer (&self->batch_ids, g_hash_table_unref);
}

/* One emission, detailed with the record's type ("everything" for none). */
static void
emit_changed (SlStore    *self,
              const char *record_type,
              const char *record_id)
{
  GQuark detail = g_quark_from_string (record_type != NULL ? record_type
                                                           : SL_STORE_CHANGED_EVERYTHING);

  g_signal_emit (self, signals[CHANGED], detail, record_type, record_id);
}

void
sl_store_connect_changed (SlStore            *self,
                          const char * const *record_types,
                          GCallback           callback,
                          gpointer            gobject,
                          GConnectFlags       flags)
{
  g_return_if_fail (SL_IS_STORE (self));
  g_return_if_fail (record_types != NULL);

  for (guint i = 0; record_types[i] != NULL; i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", record_types[i], NULL);

      g_signal_connect_object (self, signal, callback, gobject, flags);
    }
  g_signal_connect_object (self, "changed::" SL_STORE_CHANGED_EVERYTHING, callback, gobject, flags);
}

static char *
pending_key (const char *record_type,
             const char *record_id)
{
  return g_strconcat (record_type, "\x1f", record_id ? record_id : "", NULL);
}

void
sl_store_clear_pending (SlStore *self)
{
  g_array_set_size (self->pending, 0);
  g_hash_table_remove_all (self->pending_keys);
  g_hash_table_remove_all (self->batch_ids);
  self->pending_by_type = FALSE;
  self->pending_everything = FALSE;
}

void
sl_store_emit_pending (SlStore *self)
{
  g_autoptr (GArray) pending = NULL;
  g_autoptr (GHashTable) keys = NULL;
  g_autoptr (GHashTable) batch_ids = NULL;
  gboolean everything = self->pending_everything;

  if (self->pending->len == 0 && !everything)
    return;

  /* Handlers may write again: start from a clean queue first. */
  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
  keys = g_steal_pointer (&self->pending_keys);
  self->pending_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  batch_ids = g_steal_pointer (&self->batch_ids);
  self->batch_ids = batch_ids_new ();
  self->pending_by_type = FALSE;
  self->pending_everything = FALSE;

  g_object_ref (self);

  if (everything)
    {
      emit_changed (self, NULL, NULL);
    }
  else
    {
      for (guint i = 0; i < pending->len; i++)
        {
          PendingChange *change = &g_array_index (pending, PendingChange, i);
          g_autofree char *type_key = NULL;
          GHashTable *outer_ids = self->emitting_batch_ids;
          const char *outer_type = self->emitting_batch_type;

          /* Those of a type that went past the limit are told as one. */
          if (change->record_id != NULL)
            {
              type_key = pending_key (change->record_type, NULL);
              if (g_hash_table_contains (keys, type_key))
                continue;
            }
          /* A handler's own writes may be told meanwhile. */
          self->emitting_batch_ids = change->record_id == NULL
                                       ? g_hash_table_lookup (batch_ids, change->record_type)
                                       : NULL;
          self->emitting_batch_type = change->record_type;
          emit_changed (self, change->record_type, change->record_id);
          self->emitting_batch_ids = outer_ids;
          self->emitting_batch_type = outer_type;
        }
    }

  g_object_unref (self);
}

/* Past MAX_PENDING_CHANGES: what is queued becomes one (type, NULL) per
 * type, in the order the types came, and so does what comes next. */
static void
collapse_by_type (SlStore *self)
{
  g_autoptr (GArray) old = g_steal_pointer (&self->pending);

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
  g_hash_table_remove_all (self->pending_keys);
  self->pending_by_type = TRUE;

  for (guint i = 0; i < old->len; i++)
    {
      PendingChange *change = &g_array_index (old, PendingChange, i);
      PendingChange type_change;

      add_batch_id (self, change->record_type, change->record_id);
      if (!g_hash_table_add (self->pending_keys, pending_key (change->record_type, NULL)))
        continue;
      type_change.record_type = g_steal_pointer (&change->record_type);
      type_change.record_id = NULL;
      g_array_append_val (self->pending, type_change);
    }
}

/**
 * sl_store_queue_changed:
 * @self: a store
 * @record_type: (nullable): the record type, or %NULL for anything
 * @record_id: (nullable): the record, or %NULL for any of @record_type
 *
 * Queues a #SlStore::changed emission for after the outermost commit (now,
 * when no transaction is open), detailed with @record_type ("everything"
 * for %NULL). Duplicates are emitted once; past MAX_PENDING_CHANGES records,
 * each type is emitted once with a %NULL id instead.
 */
void
sl_store_queue_changed (SlStore    *self,
                        const char *record_type,
                        const char *record_id)
{
  g_autofree char *type_key = NULL;
  PendingChange change;

  g_return_if_fail (SL_IS_STORE (self));

  if (self->depth == 0)
    {
      emit_changed (self, record_type, record_id);
      return;
    }

  if (self->pending_everything)
    return;

  if (record_type == NULL)
    {
      g_array_set_size (self->pending, 0);
      g_hash_table_remove_all (self->pending_keys);
      g_hash_table_remove_all (self->batch_ids);
      self->pending_by_type = FALSE;
      self->pending_everything = TRUE;
      return;
    }

  if (record_id != NULL && !self->pending_by_type && self->pending->len >= MAX_PENDING_CHANGES)
    collapse_by_type (self);
  if (self->pending_by_type)
    {
      add_batch_id (self, record_type, record_id);
      record_id = NULL;
    }

  type_key = pending_key (record_type, NULL);
  if (g_hash_table_contains (self->pending_keys, type_key))
    return;
  if (!g_hash_table_add (self->pending_keys,
                         record_id == NULL ? g_steal_pointer (&type_key) : pending_key (record_type, record_id)))
    return;

  change.record_type = g_strdup (record_type);
  change.record_id = g_strdup (record_id);
  g_array_append_val (self->pending, change);
}

/**
 * sl_store_get_batch_ids:
 * @self: a store
 * @record_type: a record type
 *
 * While #SlStore::changed is emitted with (@record_type, %NULL) for a
 * batch, the records of that type it changed, as far as they are known
 * (at most MAX_BATCH_IDS of them).
 *
 * Returns: (transfer none) (nullable) (element-type utf8 utf8): the set of
 *   their ids, or %NULL when they are not known (every record of the type
 *   may have changed) or no batch of @record_type is being told
 */
GHashTable *
sl_store_get_batch_ids (SlStore    *self,
                        const char *record_type)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (record_type != NULL, NULL);

  if (g_strcmp0 (self->emitting_batch_type, record_type) != 0)
    return NULL;
  return self->emitting_batch_ids;
}

/**
 * sl_store_lookup_application_stages:
 * @self: a store
 * @application_ids: (element-type utf8 utf8): a set of application ids
 * @error: return location for a #GError
 *
 * What the lists of a board need of a batch's applications (those of
 * sl_store_get_batch_ids()): one statement, the ids bound as one JSON array.
 *
 * Returns: (transfer full) (element-type utf8 utf8): application id → its
 *   stage id, for those that exist, or %NULL with @error set
 */
GHashTable *
sl_store_lookup_application_stages (SlStore     *self,
                                    GHashTable  *application_ids,
                                    GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  g_autoptr (GHashTable) stages = NULL;
  g_autofree const char **ids = NULL;
  g_autofree char *json = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (application_ids != NULL, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT a.id, a.stage_id FROM json_each (?1) AS j "
                           "JOIN application AS a ON a.id = j.value",
                           error);
  if (stmt == NULL)
    return NULL;
  ids = (const char **) g_hash_table_get_keys_as_array (application_ids, NULL);
  json = sl_strv_to_json (ids);
  sl_stmt_bind_text (stmt, 1, json);

  stages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (stages, g_strdup (sl_stmt_column_text (stmt, 0)),
                         g_strdup (sl_stmt_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&stages);
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
