/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store side of bulk candidate imports and exports: fast inserts inside one transaction, and streaming reads. */
#define G_LOG_DOMAIN "sl-store"

#include "config.h"

#include <glib/gi18n-lib.h>

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
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
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
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  /* Rows edited since (a merge) were indexed by the update trigger. */
  stmt = sl_store_prepare (self,
                           "INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) "
                           "SELECT c.rowid, c.name, c.emails, c.headline, c.tags, c.notes, "
                           "(SELECT group_concat (file_name, ' ') FROM attachment "
                           " WHERE candidate_id = c.id AND deleted = 0) "
                           "FROM candidate c WHERE c.rowid > ?1 AND c.deleted = 0 AND c.erased = 0 "
                           "AND NOT EXISTS (SELECT 1 FROM candidate_fts f WHERE f.rowid = c.rowid)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mark);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  g_clear_pointer (&stmt, sl_stmt_release);

  /* The contacts, sorted, so they append to their index. */
  stmt = sl_store_prepare (self, sl_store_index_contacts_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mark);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self, "UPDATE search_state SET deferred = 0", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
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

/* Bulk import sessions */

/* Candidates inserted per batch. */
#define BULK_BATCH 1024

/* The oldest candidate known to have one contact key. A candidate of this
 * import has created_at G_MAXINT64 and its position in the import as
 * serial, until its id is known. */
typedef struct
{
  gint64  created_at;
  guint   serial;
  char   *id;
} BulkContact;

struct _SlStoreBulkImport
{
  SlStore     *store;
  gint64       mark;
  gboolean     find_duplicates;
  GHashTable  *contacts;     /* key → BulkContact */
  GPtrArray   *pending;      /* SlCandidate not inserted yet */
  GPtrArray   *pending_postings;
  GPtrArray   *new_ids;      /* serial → id, NULL until inserted */
};

static void
bulk_contact_free (gpointer data)
{
  BulkContact *contact = data;

  g_free (contact->id);
  g_free (contact);
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

/* Takes @key; keeps the older of the known and the new contact. */
static void
bulk_note_key (SlStoreBulkImport *self,
               char              *key,
               gint64             created_at,
               guint              serial,
               const char        *id)
{
  BulkContact candidate = { created_at, serial, (char *) id };
  BulkContact *known;

  if (key == NULL)
    return;
  known = g_hash_table_lookup (self->contacts, key);
  if (known != NULL && !bulk_contact_older (&candidate, known))
    {
      g_free (key);
      return;
    }
  known = g_new (BulkContact, 1);
  known->created_at = created_at;
  known->serial = serial;
  known->id = g_strdup (id);
  g_hash_table_replace (self->contacts, key, known);
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
    bulk_note_key (self, sl_store_email_key (emails[i]), created_at, serial, id);
  for (guint i = 0; phones != NULL && phones[i] != NULL; i++)
    bulk_note_key (self, sl_store_phone_key (phones[i]), created_at, serial, id);
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
 * sl_store_bulk_import_finish() before committing.
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
  bulk->contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, bulk_contact_free);
  bulk->pending = g_ptr_array_new_with_free_func (g_object_unref);
  bulk->pending_postings = g_ptr_array_new_with_free_func (g_free);
  bulk->new_ids = g_ptr_array_new_with_free_func (g_free);

  if (!sl_store_defer_search_index (self, &bulk->mark, error))
    return NULL;

  if (find_duplicates)
    {
      g_autoptr (SlStmt) stmt = NULL;
      int rc;

      stmt = sl_store_prepare (self,
                               "SELECT k.value, c.created_at, c.id FROM candidate_contact k "
                               "JOIN candidate c ON c.id = k.candidate_id WHERE c.deleted = 0",
                               error);
      if (stmt == NULL)
        return NULL;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        bulk_note_key (bulk, g_strdup (sl_stmt_column_text (stmt, 0)),
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

  if (self->pending->len == 0)
    return TRUE;

  if (!sl_store_insert_candidates (self->store, (SlCandidate **) self->pending->pdata,
                                   self->pending->len, "imported", error))
    return FALSE;

  for (guint i = 0; i < self->pending->len; i++)
    {
      SlRecord *record = g_ptr_array_index (self->pending, i);
      const char *posting_id = g_ptr_array_index (self->pending_postings, i);
      const char *id = sl_record_get_id (record);

      g_free (g_ptr_array_index (self->new_ids, first_serial + i));
      g_ptr_array_index (self->new_ids, first_serial + i) = g_strdup (id);

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
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), FALSE);
  g_return_val_if_fail (sl_record_get_id (SL_RECORD (candidate)) == NULL, FALSE);

  if (self->find_duplicates)
    bulk_note_candidate (self, candidate, G_MAXINT64, self->new_ids->len, NULL);

  g_ptr_array_add (self->pending, g_object_ref (candidate));
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
      BulkContact *by_email = email_key != NULL ? g_hash_table_lookup (self->contacts, email_key) : NULL;
      BulkContact *by_phone = phone_key != NULL ? g_hash_table_lookup (self->contacts, phone_key) : NULL;
      BulkContact *found = by_email;
      const char *id;

      if (by_phone != NULL && (found == NULL || bulk_contact_older (by_phone, found)))
        found = by_phone;
      if (found == NULL)
        continue;

      id = bulk_contact_id (self, found, error);
      if (id == NULL)
        return NULL;
      return sl_store_get_candidate (self->store, id, error);
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

/**
 * sl_store_bulk_import_finish:
 * @self: a #SlStoreBulkImport
 * @error: return location for a #GError
 *
 * Writes the queued candidates and indexes the import for search; the
 * caller then commits (or, on failure, rolls back).
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_bulk_import_finish (SlStoreBulkImport  *self,
                             GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bulk_flush (self, error) &&
         sl_store_index_deferred (self->store, self->mark, error);
}

void
sl_store_bulk_import_free (SlStoreBulkImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->contacts, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->pending_postings, g_ptr_array_unref);
  g_clear_pointer (&self->new_ids, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_free (self);
}
