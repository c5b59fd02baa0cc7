/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bulk import sessions (SlStoreBulkImport): a CSV import's candidates
 * written in batches in one transaction, with the in-memory duplicate check
 * and the search index built once at the end. */
#define G_LOG_DOMAIN "sl-store-bulk-import"

#include "config.h"

#include "sl-store-bulk-rows-private.h"
#include "sl-store-people-private.h"
#include "sl-store-search-private.h"

/* Bulk import sessions */

/* Candidates inserted per batch. */
#define BULK_BATCH 1024

/* The triggers that index a new candidate, which do nothing while the
 * index is deferred: SQLite still runs a trigger program for each row, which
 * costs as much as inserting the row. A bulk import drops them in its
 * transaction and creates them again, from their own SQL, before it ends. */
static const char * const bulk_insert_triggers[] = {
  "candidate_fts_insert",
  "candidate_contact_insert",
};

/* The oldest candidate known to have one contact key. A candidate of this
 * import has created_at G_MAXINT64 and its position in the import as
 * serial, until its id is known. */
typedef struct
{
  gint64      created_at;
  guint       serial;
  const char *id;          /* in the import's strings */
} BulkContact;

/* A contact key of a candidate of this import, for candidate_contact. */
typedef struct
{
  const char *key;         /* in the import's strings */
  guint       serial;
} BulkKey;

/* BulkContacts per block of the import's own allocator. */
#define BULK_CONTACT_BLOCK 4096

struct _SlStoreBulkImport
{
  SlStore     *store;
  gint64       mark;
  gboolean     find_duplicates;
  char        *trigger_sql[G_N_ELEMENTS (bulk_insert_triggers)];  /* NULL: not dropped */
  /* The keys and ids below, and the BulkContacts, live as long as the
   * import: some hundred thousand small strings each, which one by one
   * cost as much to allocate and free as to work with. */
  GStringChunk *strings;
  GPtrArray   *contact_blocks;  /* of BULK_CONTACT_BLOCK BulkContacts */
  guint        contacts_left;   /* free in the last block */
  GHashTable  *contacts;     /* key → BulkContact */
  GPtrArray   *pending;      /* SlStoreBulkRow not inserted yet */
  GAsyncQueue *written;      /* where written rows go, or NULL to free them */
  GPtrArray   *pending_postings;
  GPtrArray   *new_ids;      /* serial → id, NULL until inserted */
  GArray      *new_keys;     /* BulkKey of the rows added */
  guint        n_inserted;
};

static BulkContact *
bulk_contact_new (SlStoreBulkImport *self)
{
  BulkContact *block;

  if (self->contacts_left == 0)
    {
      g_ptr_array_add (self->contact_blocks, g_new (BulkContact, BULK_CONTACT_BLOCK));
      self->contacts_left = BULK_CONTACT_BLOCK;
    }
  block = g_ptr_array_index (self->contact_blocks, self->contact_blocks->len - 1);
  return &block[BULK_CONTACT_BLOCK - self->contacts_left--];
}

/* Whether @a is older than @b, in sl_store_find_duplicates()'s order. */
static gboolean
bulk_contact_older (const BulkContact *a,
                    const BulkContact *b)
{
  if (a->created_at != b->created_at)
    return a->created_at < b->created_at;
  if (a->id == NULL || b->id == NULL)
    return a->id != NULL || (b->id == NULL && a->serial < b->serial);
  return strcmp (a->id, b->id) < 0;
}

/* Keeps the older of the known and the new contact. @key (nullable) is
 * copied unless @key_kept says it is one of the import's strings already. */
static void
bulk_note_key (SlStoreBulkImport *self,
               const char        *key,
               gboolean           key_kept,
               gint64             created_at,
               guint              serial,
               const char        *id)
{
  BulkContact candidate = { created_at, serial, id };
  BulkContact *known;

  if (key == NULL)
    return;
  known = g_hash_table_lookup (self->contacts, key);
  if (known != NULL && !bulk_contact_older (&candidate, known))
    return;
  if (known == NULL)
    {
      known = bulk_contact_new (self);
      g_hash_table_insert (self->contacts,
                           key_kept ? (char *) key : g_string_chunk_insert (self->strings, key),
                           known);
    }
  known->created_at = created_at;
  known->serial = serial;
  known->id = id != NULL ? g_string_chunk_insert (self->strings, id) : NULL;
}

static void
bulk_note_candidate (SlStoreBulkImport *self,
                     SlCandidate       *candidate,
                     gint64             created_at,
                     guint              serial,
                     const char        *id)
{
  const char * const *emails = sl_candidate_get_emails (candidate);
  const char * const *phones = sl_candidate_get_phones (candidate);

  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    {
      g_autofree char *key = sl_store_email_key (emails[i]);

      bulk_note_key (self, key, FALSE, created_at, serial, id);
    }
  for (guint i = 0; phones != NULL && phones[i] != NULL; i++)
    {
      g_autofree char *key = sl_store_phone_key (phones[i]);

      bulk_note_key (self, key, FALSE, created_at, serial, id);
    }
}

static gboolean
bulk_drop_triggers (SlStoreBulkImport  *self,
                    GError            **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (bulk_insert_triggers); i++)
    {
      g_autofree char *drop = NULL;
      int rc;

      {
        g_autoptr (SlStmt) stmt = sl_store_prepare (self->store,
                                                    "SELECT sql FROM sqlite_schema "
                                                    "WHERE type = 'trigger' AND name = ?1",
                                                    error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_text (stmt, 1, bulk_insert_triggers[i], -1, SQLITE_STATIC);
        rc = sqlite3_step (stmt);
        if (rc == SQLITE_DONE)
          continue;  /* not there: nothing to do */
        if (rc != SQLITE_ROW)
          return sl_store_set_db_error (self->store, rc, error);
        self->trigger_sql[i] = g_strdup (sl_stmt_column_text (stmt, 0));
      }

      /* Our own constant name. */
      drop = g_strconcat ("DROP TRIGGER ", bulk_insert_triggers[i], NULL);
      rc = sqlite3_exec (sl_store_get_db (self->store), drop, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          g_clear_pointer (&self->trigger_sql[i], g_free);
          return sl_store_set_db_error (self->store, rc, error);
        }
    }
  return TRUE;
}

/* Creates the dropped triggers again, from the SQL SQLite kept for them. */
static gboolean
bulk_restore_triggers (SlStoreBulkImport  *self,
                       GError            **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (bulk_insert_triggers); i++)
    {
      int rc;

      if (self->trigger_sql[i] == NULL)
        continue;
      rc = sqlite3_exec (sl_store_get_db (self->store), self->trigger_sql[i], NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        return sl_store_set_db_error (self->store, rc, error);
      g_clear_pointer (&self->trigger_sql[i], g_free);
    }
  return TRUE;
}

/**
 * sl_store_bulk_import_new:
 * @self: a #SlStore
 * @find_duplicates: whether sl_store_bulk_import_find_duplicate() will be
 *   used
 * @error: return location for a #GError
 *
 * Starts a bulk import of candidates inside the caller's transaction (after
 * sl_store_begin()): defers the search index, and, for @find_duplicates,
 * loads the normalised contacts of every candidate once, so duplicates are
 * found in memory, those of the same import included. End it with
 * sl_store_bulk_import_finish() before committing. Meanwhile the triggers
 * that index each new candidate are dropped (in the transaction: other
 * connections never see it); finishing, or freeing the import inside the
 * transaction, creates them again.
 *
 * Returns: (transfer full): the import, or %NULL on a database error
 */
SlStoreBulkImport *
sl_store_bulk_import_new (SlStore   *self,
                          gboolean   find_duplicates,
                          GError   **error)
{
  g_autoptr (SlStoreBulkImport) bulk = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (!sqlite3_get_autocommit (sl_store_get_db (self)), NULL);

  bulk = g_new0 (SlStoreBulkImport, 1);
  bulk->store = g_object_ref (self);
  bulk->find_duplicates = find_duplicates;
  bulk->strings = g_string_chunk_new (256 * 1024);
  bulk->contact_blocks = g_ptr_array_new_with_free_func (g_free);
  bulk->contacts = g_hash_table_new (g_str_hash, g_str_equal);
  bulk->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_store_bulk_row_free);
  bulk->pending_postings = g_ptr_array_new_with_free_func (g_free);
  bulk->new_ids = g_ptr_array_new ();
  bulk->new_keys = g_array_new (FALSE, FALSE, sizeof (BulkKey));

  if (!sl_store_defer_search_index (self, &bulk->mark, error) ||
      !bulk_drop_triggers (bulk, error))
    return NULL;

  if (find_duplicates)
    {
      g_autoptr (SlStmt) stmt = NULL;
      int rc;

      /* The contacts come sorted by key, so looking each one's candidate
       * up by id would read the candidate table in random order (a page
       * from the file per contact on a large database). Reading the
       * candidates' ids in one pass into a temporary table, which SQLite
       * indexes in memory for the join, reads each page once. */
      stmt = sl_store_prepare (self,
                               "WITH c AS MATERIALIZED (SELECT id, created_at FROM candidate "
                               "WHERE deleted = 0) "
                               "SELECT k.value, c.created_at, c.id FROM candidate_contact k "
                               "JOIN c ON c.id = k.candidate_id",
                               error);
      if (stmt == NULL)
        return NULL;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        bulk_note_key (bulk, sl_stmt_column_text (stmt, 0), FALSE,
                       sqlite3_column_int64 (stmt, 1), 0, sl_stmt_column_text (stmt, 2));
      if (rc != SQLITE_DONE)
        {
          sl_store_set_db_error (self, rc, error);
          return NULL;
        }
    }

  return g_steal_pointer (&bulk);
}

static gboolean
bulk_flush (SlStoreBulkImport  *self,
            GError            **error)
{
  guint first_serial = self->new_ids->len - self->pending->len;
  gint64 now = sl_store_now ();

  if (self->pending->len == 0)
    return TRUE;

  if (!sl_store_insert_candidate_rows (self->store, (SlStoreBulkRow **) self->pending->pdata,
                                       self->pending->len, now, error))
    return FALSE;

  for (guint i = 0; i < self->pending->len; i++)
    {
      SlStoreBulkRow *row = g_ptr_array_index (self->pending, i);
      const char *posting_id = g_ptr_array_index (self->pending_postings, i);
      const char *id = row->id;

      if (row->fill_candidate)
        {
          SlRecord *record = SL_RECORD (row->candidate);

          g_object_freeze_notify (G_OBJECT (record));
          sl_store_set_record_saved (record, id, now, now, row->rev);
          g_object_thaw_notify (G_OBJECT (record));
        }

      g_ptr_array_index (self->new_ids, first_serial + i) = g_string_chunk_insert (self->strings, id);

      if (posting_id != NULL)
        {
          g_autoptr (SlApplication) application = sl_application_new ();

          sl_application_set_candidate_id (application, id);
          sl_application_set_posting_id (application, posting_id);
          if (!sl_store_insert_record (self->store, sl_store_application_ops (),
                                       SL_RECORD (application), "imported", error))
            return FALSE;
        }
    }

  self->n_inserted += self->pending->len;
  if (self->written != NULL)
    {
      g_async_queue_push (self->written, self->pending);
      self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_store_bulk_row_free);
    }
  else
    g_ptr_array_set_size (self->pending, 0);
  g_ptr_array_set_size (self->pending_postings, 0);
  return TRUE;
}

/**
 * sl_store_bulk_import_add:
 * @self: a #SlStoreBulkImport
 * @candidate: a new candidate (no id yet); its id, timestamps and revision
 *   are filled when it is written (at the latest by
 *   sl_store_bulk_import_finish())
 * @posting_id: (nullable): a posting to add an application to, in its
 *   first stage
 * @error: return location for a #GError
 *
 * Queues @candidate, written in batches with an "imported" activity entry
 * and its change-feed row each. On failure the caller rolls back.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_bulk_import_add (SlStoreBulkImport  *self,
                          SlCandidate        *candidate,
                          const char         *posting_id,
                          GError            **error)
{
  SlStoreBulkRow *row;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), FALSE);
  g_return_val_if_fail (sl_record_get_id (SL_RECORD (candidate)) == NULL, FALSE);

  row = sl_store_bulk_row_new_full (candidate, TRUE);
  row->fill_candidate = TRUE;
  return sl_store_bulk_import_add_row (self, row, posting_id, error);
}

/**
 * sl_store_bulk_import_add_row:
 * @self: a #SlStoreBulkImport
 * @row: (transfer full): a row from sl_store_bulk_row_new()
 * @posting_id: (nullable): a posting to add an application to, in its
 *   first stage
 * @error: return location for a #GError
 *
 * sl_store_bulk_import_add() for a row worked out beforehand, maybe in
 * another thread. Its candidate object is not changed: the stored
 * candidate has the row's id.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_bulk_import_add_row (SlStoreBulkImport  *self,
                              SlStoreBulkRow     *row,
                              const char         *posting_id,
                              GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  /* The row's keys go to the list for candidate_contact and to the
   * duplicates' table, which share the copy. */
  for (guint i = 0; i < row->n_emails + row->n_phones; i++)
    {
      const char *key = i < row->n_emails ? row->email_keys[i] : row->phone_keys[i - row->n_emails];
      BulkKey entry = { NULL, self->new_ids->len };

      if (key == NULL)
        continue;
      entry.key = g_string_chunk_insert (self->strings, key);
      g_array_append_val (self->new_keys, entry);
      if (self->find_duplicates)
        bulk_note_key (self, entry.key, TRUE, G_MAXINT64, entry.serial, NULL);
    }

  g_ptr_array_add (self->pending, row);
  g_ptr_array_add (self->pending_postings, g_strdup (posting_id));
  g_ptr_array_add (self->new_ids, NULL);

  if (self->pending->len >= BULK_BATCH)
    return bulk_flush (self, error);
  return TRUE;
}

/* The id of @contact, writing the queued candidates if it is one of them. */
static const char *
bulk_contact_id (SlStoreBulkImport  *self,
                 BulkContact        *contact,
                 GError            **error)
{
  if (contact->id != NULL)
    return contact->id;
  if (g_ptr_array_index (self->new_ids, contact->serial) == NULL && !bulk_flush (self, error))
    return NULL;
  return g_ptr_array_index (self->new_ids, contact->serial);
}

/* The oldest candidate with the email key @email_key or the phone key
 * @phone_key (either may be NULL), or NULL. */
static BulkContact *
bulk_find_pair (SlStoreBulkImport *self,
                const char        *email_key,
                const char        *phone_key)
{
  BulkContact *by_email = email_key != NULL ? g_hash_table_lookup (self->contacts, email_key) : NULL;
  BulkContact *by_phone = phone_key != NULL ? g_hash_table_lookup (self->contacts, phone_key) : NULL;

  if (by_phone != NULL && (by_email == NULL || bulk_contact_older (by_phone, by_email)))
    return by_phone;
  return by_email;
}

static SlCandidate *
bulk_get_found (SlStoreBulkImport  *self,
                BulkContact        *found,
                GError            **error)
{
  const char *id = bulk_contact_id (self, found, error);

  if (id == NULL)
    return NULL;
  return sl_store_get_candidate (self->store, id, error);
}

/**
 * sl_store_bulk_import_find_duplicate:
 * @self: a #SlStoreBulkImport made with find_duplicates
 * @candidate: a candidate from the file
 * @error: return location for a #GError
 *
 * Like sl_store_find_duplicates() for each of @candidate's emails and
 * phones in turn (the first email with the first phone, and so on), but in
 * memory: the oldest candidate (not deleted) with one of them, one added
 * earlier by this import included.
 *
 * Returns: (transfer full) (nullable): that candidate, or %NULL when there
 *   is none or on a database error (with @error set)
 */
SlCandidate *
sl_store_bulk_import_find_duplicate (SlStoreBulkImport  *self,
                                     SlCandidate        *candidate,
                                     GError            **error)
{
  const char * const *emails = sl_candidate_get_emails (candidate);
  const char * const *phones = sl_candidate_get_phones (candidate);
  guint n_emails = emails != NULL ? g_strv_length ((char **) emails) : 0;
  guint n_phones = phones != NULL ? g_strv_length ((char **) phones) : 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->find_duplicates, NULL);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), NULL);

  for (guint i = 0; i < MAX (n_emails, n_phones); i++)
    {
      g_autofree char *email_key = i < n_emails ? sl_store_email_key (emails[i]) : NULL;
      g_autofree char *phone_key = i < n_phones ? sl_store_phone_key (phones[i]) : NULL;
      BulkContact *found = bulk_find_pair (self, email_key, phone_key);

      if (found != NULL)
        return bulk_get_found (self, found, error);
    }
  return NULL;
}

/**
 * sl_store_bulk_import_find_duplicate_row:
 * @self: a #SlStoreBulkImport made with find_duplicates
 * @row: a row from sl_store_bulk_row_new(), not added yet
 * @error: return location for a #GError
 *
 * sl_store_bulk_import_find_duplicate() with the keys the row worked out.
 *
 * Returns: (transfer full) (nullable): the duplicate, or %NULL when there
 *   is none or on a database error (with @error set)
 */
SlCandidate *
sl_store_bulk_import_find_duplicate_row (SlStoreBulkImport  *self,
                                         SlStoreBulkRow     *row,
                                         GError            **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->find_duplicates, NULL);
  g_return_val_if_fail (row != NULL, NULL);

  for (guint i = 0; i < MAX (row->n_emails, row->n_phones); i++)
    {
      BulkContact *found = bulk_find_pair (self,
                                           i < row->n_emails ? row->email_keys[i] : NULL,
                                           i < row->n_phones ? row->phone_keys[i] : NULL);

      if (found != NULL)
        return bulk_get_found (self, found, error);
    }
  return NULL;
}

/**
 * sl_store_bulk_import_note_saved:
 * @self: a #SlStoreBulkImport
 * @candidate: a stored candidate the import changed (a merge)
 *
 * Makes the emails and phones @candidate has now known to
 * sl_store_bulk_import_find_duplicate().
 */
void
sl_store_bulk_import_note_saved (SlStoreBulkImport *self,
                                 SlCandidate       *candidate)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (SL_IS_CANDIDATE (candidate));

  if (self->find_duplicates && sl_record_get_id (SL_RECORD (candidate)) != NULL)
    bulk_note_candidate (self, candidate, sl_record_get_created_at (SL_RECORD (candidate)), 0,
                         sl_record_get_id (SL_RECORD (candidate)));
}

static int
bulk_key_compare (gconstpointer a,
                  gconstpointer b)
{
  const BulkKey *ka = a;
  const BulkKey *kb = b;
  int c = strcmp (ka->key, kb->key);

  if (c != 0)
    return c;
  return ka->serial < kb->serial ? -1 : ka->serial > kb->serial;
}

static gpointer
sort_keys_thread (gpointer data)
{
  GArray *keys = data;

  g_array_sort (keys, bulk_key_compare);
  return NULL;
}

/* Key-id pairs per multi-row INSERT of bulk_insert_contacts(). */
#define CONTACT_ROWS 64

static const char *
contact_rows_sql (void)
{
  static gsize sql = 0;

  if (g_once_init_enter (&sql))
    {
      GString *text = g_string_new ("INSERT OR IGNORE INTO candidate_contact (value, candidate_id) VALUES ");

      for (int r = 0; r < CONTACT_ROWS; r++)
        g_string_append_printf (text, r > 0 ? ", (?%d, ?%d)" : "(?%d, ?%d)", 2 * r + 1, 2 * r + 2);
      g_once_init_leave (&sql, (gsize) g_string_free (text, FALSE));
    }
  return (const char *) sql;
}

/* Adds the sorted keys of the import's candidates to candidate_contact:
 * what SEARCH_CONTACTS_OF would add for them, since their keys were worked
 * out by the same rules in C (sl_store_email_key(), sl_store_phone_key()). */
static gboolean
bulk_insert_contacts (SlStoreBulkImport  *self,
                      GError            **error)
{
  guint done = 0;
  guint n = self->new_keys->len;

  for (; done + CONTACT_ROWS <= n; done += CONTACT_ROWS)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self->store, contact_rows_sql (), error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      for (guint r = 0; r < CONTACT_ROWS; r++)
        {
          BulkKey *key = &g_array_index (self->new_keys, BulkKey, done + r);

          sqlite3_bind_text (stmt, 2 * r + 1, key->key, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2 * r + 2, g_ptr_array_index (self->new_ids, key->serial), -1, SQLITE_STATIC);
        }
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        return sl_store_set_db_error (self->store, rc, error);
    }
  for (; done < n; done++)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self->store,
                                                  "INSERT OR IGNORE INTO candidate_contact (value, candidate_id) "
                                                  "VALUES (?1, ?2)",
                                                  error);
      BulkKey *key = &g_array_index (self->new_keys, BulkKey, done);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key->key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, g_ptr_array_index (self->new_ids, key->serial), -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        return sl_store_set_db_error (self->store, rc, error);
    }
  return TRUE;
}

/* Whether the candidates after the mark are this import's own, not
 * deleted: then their contacts are the keys it kept. */
static gboolean
bulk_owns_new_rows (SlStoreBulkImport  *self,
                    gboolean           *out_owns,
                    GError            **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self->store,
                                              "SELECT count (*) FROM candidate WHERE rowid > ?1 AND deleted = 0",
                                              error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->mark);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self->store, rc, error);
  *out_owns = sqlite3_column_int64 (stmt, 0) == (gint64) self->n_inserted;
  return TRUE;
}

/**
 * sl_store_bulk_import_finish:
 * @self: a #SlStoreBulkImport
 * @error: return location for a #GError
 *
 * Writes the queued candidates and indexes the import for search; the
 * caller then commits (or, on failure, rolls back). Until then, the
 * candidates it added may only change by merges (whose emails and phones
 * are a superset of theirs).
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_bulk_import_finish (SlStoreBulkImport  *self,
                             GError            **error)
{
  GThread *sorting = NULL;
  gboolean own_keys = FALSE;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!bulk_flush (self, error) || !bulk_owns_new_rows (self, &own_keys, error))
    return FALSE;

  /* The keys are sorted in another thread while SQLite builds the
   * full-text index. */
  if (own_keys)
    sorting = g_thread_try_new ("sl-bulk-sort", sort_keys_thread, self->new_keys, NULL);
  ok = sl_store_index_fts (self->store, self->mark, error);
  if (sorting != NULL)
    g_thread_join (sorting);
  else if (own_keys)
    sort_keys_thread (self->new_keys);
  if (!ok)
    return FALSE;

  if (own_keys ? !bulk_insert_contacts (self, error) : !sl_store_index_contacts (self->store, self->mark, error))
    return FALSE;
  return bulk_restore_triggers (self, error) && sl_store_end_search_deferral (self->store, error);
}

/**
 * sl_store_bulk_import_set_written_queue:
 * @self: a #SlStoreBulkImport
 * @queue: (nullable): where to push the rows once written
 *
 * The rows added with sl_store_bulk_import_add_row() are freed once written,
 * by the thread that writes them. With a @queue they are pushed there
 * instead, in arrays that free them when unreferenced, for the thread that
 * made them to free: memory goes back to the allocator of the thread that
 * took it, and the two threads do not wait on each other's allocator lock.
 * %NULL frees them here again (before @queue goes away).
 */
void
sl_store_bulk_import_set_written_queue (SlStoreBulkImport *self,
                                        GAsyncQueue       *queue)
{
  g_return_if_fail (self != NULL);

  self->written = queue;
}

void
sl_store_bulk_import_free (SlStoreBulkImport *self)
{
  if (self == NULL)
    return;
  /* Not finished: the caller rolls back, which brings the triggers back,
   * unless it commits anyway; then they must be there. */
  if (!sqlite3_get_autocommit (sl_store_get_db (self->store)))
    bulk_restore_triggers (self, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bulk_insert_triggers); i++)
    g_free (self->trigger_sql[i]);
  g_clear_pointer (&self->contacts, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->pending_postings, g_ptr_array_unref);
  g_clear_pointer (&self->new_ids, g_ptr_array_unref);
  g_clear_pointer (&self->new_keys, g_array_unref);
  g_clear_pointer (&self->contact_blocks, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_object (&self->store);
  g_free (self);
}
