/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people side of SlStore: candidates, their applications and board moves. */
#define G_LOG_DOMAIN "sl-store-candidates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sl-application-list.h"
#include "sl-store-people-private.h"
#include "sl-store-search-private.h"

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

static void
bind_strv (SlStmt             *stmt,
           int                 index,
           const char * const *strv)
{
  char *json = sl_strv_to_json (strv);

  sl_stmt_bind_owned_text (stmt, index, json != NULL ? json : g_strdup ("[]"));
}

static char **
column_strv (SlStmt *stmt,
             int     column)
{
  const char *json = sl_stmt_column_text (stmt, column);

  return json != NULL ? sl_strv_from_json (json) : NULL;
}

static char *
strv_value (const char * const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return NULL;
  return sl_strv_to_json (strv);
}

static char *
int64_value (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
double_value (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}

static void
free_values (char  **values,
             guint   n_values)
{
  if (values == NULL)
    return;
  for (guint i = 0; i < n_values; i++)
    g_free (values[i]);
  g_free (values);
}

static char **
record_values (const SlRecordOps *ops,
               SlRecord          *record)
{
  char **values = g_new0 (char *, ops->n_fields);

  ops->get_values (record, values);
  return values;
}

static char *
values_to_content (const SlRecordOps *ops,
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

static void
bind_record_columns (SlStmt     *stmt,
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

static gboolean
step_done (SlStore  *self,
           SlStmt   *stmt,
           GError  **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
finish_write (SlStore   *self,
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

SlRecord *
sl_store_read_record (const SlRecordOps *ops,
                      SlStmt            *stmt)
{
  SlRecord *record = g_object_new (ops->get_type (), NULL);

  sl_record_set_id (record, sl_stmt_column_text (stmt, 0));
  sl_record_set_created_at (record, sqlite3_column_int64 (stmt, 1));
  sl_record_set_updated_at (record, sqlite3_column_int64 (stmt, 2));
  sl_record_set_rev (record, sl_stmt_column_text (stmt, 3));
  sl_record_set_deleted (record, sqlite3_column_int (stmt, 4) != 0);
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

  new_values = record_values (ops, record);
  content = values_to_content (ops, new_values);

  if (old == NULL)
    {
      id = sl_store_new_id ();
      rev = sl_store_next_rev (NULL, content);

      stmt = sl_store_prepare (self, ops->insert_sql, error);
      if (stmt == NULL)
        goto out;
      bind_record_columns (stmt, id, now, now, rev, FALSE);
      ops->bind (stmt, record);
      if (!step_done (self, stmt, error))
        goto out;

      if (!sl_store_record_activity (self, ops->record_type, id, insert_action,
                                     NULL, NULL, NULL, error) ||
          !sl_store_record_change (self, ops->record_type, id, rev, FALSE, error))
        goto out;

      *out_created_at = now;
    }
  else
    {
      guint n_changed = 0;

      id = g_strdup (sl_record_get_id (old));
      old_values = record_values (ops, old);
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
      bind_record_columns (stmt, id, sl_record_get_created_at (old), now, rev,
                           sl_record_get_deleted (old));
      ops->bind (stmt, record);
      if (!step_done (self, stmt, error))
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

      *out_created_at = sl_record_get_created_at (old);
    }

  sl_store_queue_changed (self, ops->record_type, id);
  ok = TRUE;

out:
  free_values (new_values, ops->n_fields);
  free_values (old_values, ops->n_fields);
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
  if (!finish_write (self, ok, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (record));
  sl_record_set_id (record, id);
  sl_record_set_created_at (record, created_at);
  sl_record_set_updated_at (record, now);
  sl_record_set_rev (record, rev);
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

  sl_record_set_id (record, id);
  sl_record_set_created_at (record, created_at);
  sl_record_set_updated_at (record, now);
  sl_record_set_rev (record, rev);

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
  if (!step_done (self, stmt, error))
    return FALSE;

  if (!sl_store_record_activity (self, ops->record_type, id, "deleted",
                                 NULL, NULL, NULL, error) ||
      !sl_store_record_change (self, ops->record_type, id, rev, TRUE, error))
    return FALSE;

  sl_store_queue_changed (self, ops->record_type, id);
  return TRUE;
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

/* Candidates */

#define CANDIDATE_COLUMNS \
  "id, created_at, updated_at, rev, deleted, name, emails, phones, location, " \
  "headline, links, source, tags, notes, consent_at, retain_until, erased"

static const char * const candidate_fields[] = {
  "name", "emails", "phones", "location", "headline", "links", "source",
  "tags", "notes", "consent_at", "retain_until", "erased",
};

static void
candidate_get_values (SlRecord  *record,
                      char     **values)
{
  SlCandidate *candidate = SL_CANDIDATE (record);
  gint64 consent_at = sl_candidate_get_consent_at (candidate);

  values[0] = g_strdup (sl_candidate_get_name (candidate));
  values[1] = strv_value (sl_candidate_get_emails (candidate));
  values[2] = strv_value (sl_candidate_get_phones (candidate));
  values[3] = g_strdup (sl_candidate_get_location (candidate));
  values[4] = g_strdup (sl_candidate_get_headline (candidate));
  values[5] = strv_value (sl_candidate_get_links (candidate));
  values[6] = g_strdup (sl_candidate_get_source (candidate));
  values[7] = strv_value (sl_candidate_get_tags (candidate));
  values[8] = g_strdup (sl_candidate_get_notes (candidate));
  values[9] = consent_at != 0 ? int64_value (consent_at) : NULL;
  values[10] = g_strdup (sl_candidate_get_retain_until (candidate));
  values[11] = g_strdup (sl_candidate_get_erased (candidate) ? "true" : "false");
}

static void
candidate_bind (SlStmt   *stmt,
                SlRecord *record)
{
  SlCandidate *candidate = SL_CANDIDATE (record);
  gint64 consent_at = sl_candidate_get_consent_at (candidate);

  bind_static_text (stmt, 6, sl_candidate_get_name (candidate));
  bind_strv (stmt, 7, sl_candidate_get_emails (candidate));
  bind_strv (stmt, 8, sl_candidate_get_phones (candidate));
  bind_static_text (stmt, 9, sl_candidate_get_location (candidate));
  bind_static_text (stmt, 10, sl_candidate_get_headline (candidate));
  bind_strv (stmt, 11, sl_candidate_get_links (candidate));
  bind_static_text (stmt, 12, sl_candidate_get_source (candidate));
  bind_strv (stmt, 13, sl_candidate_get_tags (candidate));
  bind_static_text (stmt, 14, sl_candidate_get_notes (candidate));
  if (consent_at != 0)
    sqlite3_bind_int64 (stmt, 15, consent_at);
  else
    sqlite3_bind_null (stmt, 15);
  bind_static_text (stmt, 16, sl_candidate_get_retain_until (candidate));
  sqlite3_bind_int (stmt, 17, sl_candidate_get_erased (candidate) ? 1 : 0);
}

static void
candidate_read (SlStmt   *stmt,
                SlRecord *record)
{
  SlCandidate *candidate = SL_CANDIDATE (record);
  g_auto (GStrv) emails = column_strv (stmt, 6);
  g_auto (GStrv) phones = column_strv (stmt, 7);
  g_auto (GStrv) links = column_strv (stmt, 10);
  g_auto (GStrv) tags = column_strv (stmt, 12);

  sl_candidate_set_name (candidate, sl_stmt_column_text (stmt, 5));
  sl_candidate_set_emails (candidate, (const char * const *) emails);
  sl_candidate_set_phones (candidate, (const char * const *) phones);
  sl_candidate_set_location (candidate, sl_stmt_column_text (stmt, 8));
  sl_candidate_set_headline (candidate, sl_stmt_column_text (stmt, 9));
  sl_candidate_set_links (candidate, (const char * const *) links);
  sl_candidate_set_source (candidate, sl_stmt_column_text (stmt, 11));
  sl_candidate_set_tags (candidate, (const char * const *) tags);
  sl_candidate_set_notes (candidate, sl_stmt_column_text (stmt, 13));
  sl_candidate_set_consent_at (candidate, sqlite3_column_int64 (stmt, 14));
  sl_candidate_set_retain_until (candidate, sl_stmt_column_text (stmt, 15));
  sl_candidate_set_erased (candidate, sqlite3_column_int (stmt, 16) != 0);
}

static gboolean
candidate_prepare (SlStore   *store,
                   SlRecord  *record,
                   SlRecord  *old,
                   gboolean   check_references,
                   GError   **error)
{
  const char *name = sl_candidate_get_name (SL_CANDIDATE (record));
  const char *retain_until = sl_candidate_get_retain_until (SL_CANDIDATE (record));
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The candidate has no name. Enter the candidate’s name and save again."));
      return FALSE;
    }

  if (retain_until != NULL)
    {
      g_autoptr (GDateTime) date = NULL;
      g_autofree char *iso = g_strconcat (retain_until, "T00:00:00Z", NULL);

      if (strlen (retain_until) == 10)
        date = g_date_time_new_from_iso8601 (iso, NULL);
      if (date == NULL)
        {
          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       _("The retention date “%s” is not a date. Use the form YYYY-MM-DD."),
                       retain_until);
          return FALSE;
        }
    }

  return TRUE;
}

static const SlRecordOps candidate_ops = {
  .record_type = "candidate",
  .get_type = sl_candidate_get_type,
  .select_sql = "SELECT " CANDIDATE_COLUMNS " FROM candidate WHERE id = ?1",
  .insert_sql = "INSERT INTO candidate (" CANDIDATE_COLUMNS ") VALUES "
                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
  .update_sql = "UPDATE candidate SET updated_at = ?3, rev = ?4, deleted = ?5, name = ?6, "
                "emails = ?7, phones = ?8, location = ?9, headline = ?10, links = ?11, "
                "source = ?12, tags = ?13, notes = ?14, consent_at = ?15, "
                "retain_until = ?16, erased = ?17, created_at = ?2 WHERE id = ?1",
  .tombstone_sql = "UPDATE candidate SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1",
  .field_names = candidate_fields,
  .n_fields = G_N_ELEMENTS (candidate_fields),
  .get_values = candidate_get_values,
  .bind = candidate_bind,
  .read = candidate_read,
  .prepare = candidate_prepare,
};

const SlRecordOps *
sl_store_candidate_ops (void)
{
  return &candidate_ops;
}

/**
 * sl_store_save_candidate:
 * @self: a #SlStore
 * @candidate: the candidate to insert (no id yet) or update
 * @error: return location for a #GError
 *
 * Inserts or updates @candidate in one transaction with its activity entries
 * (one "created", or one "updated" per changed field) and its change-feed row,
 * then fills its id, timestamps and revision.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_save_candidate (SlStore      *self,
                         SlCandidate  *candidate,
                         GError      **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sl_store_save_record (self, sl_store_candidate_ops (), SL_RECORD (candidate), error);
}

/**
 * sl_store_get_candidate:
 * @self: a #SlStore
 * @id: the candidate's id
 * @error: return location for a #GError
 *
 * A tombstoned candidate is returned too, with #SlRecord:deleted set.
 *
 * Returns: (transfer full): the candidate, or %NULL with %SL_ERROR_NOT_FOUND
 */
SlCandidate *
sl_store_get_candidate (SlStore     *self,
                        const char  *id,
                        GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return SL_CANDIDATE (sl_store_get_record (self, sl_store_candidate_ops (), id, error));
}

/* Whether the search index is deferred (sl_store_defer_search_index()). */
static gboolean
search_deferred (SlStore  *self,
                 gboolean *out_deferred,
                 GError  **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, "SELECT deferred FROM search_state", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);
  *out_deferred = sqlite3_column_int (stmt, 0) != 0;
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

      values = record_values (ops, record);
      content = values_to_content (ops, values);
      free_values (values, ops->n_fields);
      id = sl_store_new_id ();
      rev = sl_store_next_rev (NULL, content);
      g_ptr_array_add (ids, id);
      g_ptr_array_add (revs, rev);

      stmt = sl_store_prepare (self, ops->insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      bind_record_columns (stmt, id, now, now, rev, FALSE);
      ops->bind (stmt, record);
      if (!step_done (self, stmt, error))
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
      sl_record_set_id (record, g_ptr_array_index (ids, i));
      sl_record_set_created_at (record, now);
      sl_record_set_updated_at (record, now);
      sl_record_set_rev (record, g_ptr_array_index (revs, i));
    }

  return TRUE;
}

gboolean
sl_store_insert_candidates (SlStore      *self,
                            SlCandidate **candidates,
                            guint         n_candidates,
                            const char   *action,
                            GError      **error)
{
  gboolean deferred = FALSE;
  gint64 mark = 0;

  /* Row by row, the full-text index would flush its pending terms after
   * every statement: index the rows in one statement at the end instead,
   * unless the caller already deferred the index for a larger import. */
  if (!search_deferred (self, &deferred, error))
    return FALSE;
  if (!deferred && !sl_store_defer_search_index (self, &mark, error))
    return FALSE;

  if (!sl_store_insert_records (self, sl_store_candidate_ops (), (SlRecord **) candidates,
                                n_candidates, action, error))
    return FALSE;

  return deferred || sl_store_index_deferred (self, mark, error);
}

/* Bulk rows */

/* Copies @text (nullable) to @p, returning where it went. */
static const char *
pack_text (char       **p,
           const char  *text)
{
  char *start = *p;
  gsize len;

  if (text == NULL)
    return NULL;
  len = strlen (text) + 1;
  memcpy (start, text, len);
  *p += len;
  return start;
}

/* The row of a candidate with these fields (consent_at 0 for none). What
 * the record_values() and values_to_content() of the same candidate give. */
static SlStoreBulkRow *
bulk_row_build (const SlBulkCandidateFields *fields,
                gint64                       consent_at,
                const char                  *retain_until,
                gboolean                     erased)
{
  const SlRecordOps *ops = &candidate_ops;
  SlStoreBulkRow *row;
  const char * const *emails = fields->emails;
  const char * const *phones = fields->phones;
  guint n_emails = emails != NULL ? g_strv_length ((char **) emails) : 0;
  guint n_phones = phones != NULL ? g_strv_length ((char **) phones) : 0;
  g_autofree char *emails_json = strv_value (emails);
  g_autofree char *phones_json = strv_value (phones);
  g_autofree char *links_json = strv_value (fields->links);
  g_autofree char *tags_json = strv_value (fields->tags);
  g_autofree char *consent = consent_at != 0 ? int64_value (consent_at) : NULL;
  /* candidate_get_values()'s order */
  const char *values[] = {
    fields->name, emails_json, phones_json, fields->location, fields->headline,
    links_json, fields->source, tags_json, fields->notes, consent, retain_until,
    erased ? "true" : "false",
  };
  g_autofree char *content = NULL;
  g_autofree char *id = sl_store_new_id ();
  g_autofree char *rev = NULL;
  g_autofree char *activity_id = sl_store_new_id ();
  g_autofree char *activity_rev = sl_store_activity_rev (ops->record_type, id, "imported");
  /* The bound columns: values 0 to 8 and 10, lists as "[]" for none. */
  static const guint from_values[SL_BULK_ROW_TEXT_COLUMNS] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 10 };
  const char *columns[SL_BULK_ROW_TEXT_COLUMNS];
  gsize size;
  char *p;

  G_STATIC_ASSERT (G_N_ELEMENTS (values) == G_N_ELEMENTS (candidate_fields));

  content = values_to_content (ops, (char **) values);
  rev = sl_store_next_rev (NULL, content);

  size = sizeof (SlStoreBulkRow) + (n_emails + n_phones) * sizeof (char *) +
         strlen (id) + strlen (rev) + strlen (activity_id) + strlen (activity_rev) + 4;
  for (guint c = 0; c < SL_BULK_ROW_TEXT_COLUMNS; c++)
    {
      guint v = from_values[c];

      columns[c] = values[v];
      if (columns[c] == NULL && (v == 1 || v == 2 || v == 5 || v == 7))
        columns[c] = "[]";
      if (columns[c] != NULL)
        size += strlen (columns[c]) + 1;
    }

  row = g_malloc0 (size);
  row->email_keys = (char **) (row + 1);
  row->phone_keys = row->email_keys + n_emails;
  p = (char *) (row->phone_keys + n_phones);
  row->id = pack_text (&p, id);
  row->rev = pack_text (&p, rev);
  row->activity_id = pack_text (&p, activity_id);
  row->activity_rev = pack_text (&p, activity_rev);
  for (guint c = 0; c < SL_BULK_ROW_TEXT_COLUMNS; c++)
    {
      char *start = p;

      row->columns[c] = pack_text (&p, columns[c]);
      row->lengths[c] = p > start ? (int) (p - start - 1) : 0;
    }
  g_assert (p <= (char *) row + size);

  row->consent_at = consent_at;
  row->erased = erased;
  row->n_emails = n_emails;
  row->n_phones = n_phones;
  for (guint i = 0; i < n_emails; i++)
    row->email_keys[i] = sl_store_email_key (emails[i]);
  for (guint i = 0; i < n_phones; i++)
    row->phone_keys[i] = sl_store_phone_key (phones[i]);

  return row;
}

SlStoreBulkRow *
sl_store_bulk_row_new_full (SlCandidate *candidate,
                            gboolean     keep_candidate)
{
  SlBulkCandidateFields fields = {
    .name = sl_candidate_get_name (candidate),
    .emails = sl_candidate_get_emails (candidate),
    .phones = sl_candidate_get_phones (candidate),
    .location = sl_candidate_get_location (candidate),
    .headline = sl_candidate_get_headline (candidate),
    .links = sl_candidate_get_links (candidate),
    .source = sl_candidate_get_source (candidate),
    .tags = sl_candidate_get_tags (candidate),
    .notes = sl_candidate_get_notes (candidate),
  };
  SlStoreBulkRow *row = bulk_row_build (&fields,
                                        sl_candidate_get_consent_at (candidate),
                                        sl_candidate_get_retain_until (candidate),
                                        sl_candidate_get_erased (candidate));

  if (keep_candidate)
    row->candidate = g_object_ref (candidate);
  return row;
}

/**
 * sl_store_bulk_row_new_from_fields:
 * @fields: the new candidate's fields
 *
 * sl_store_bulk_row_new() for the candidate these fields make, without
 * making it: for readers of large files.
 *
 * Returns: (transfer full): the row
 */
SlStoreBulkRow *
sl_store_bulk_row_new_from_fields (const SlBulkCandidateFields *fields)
{
  g_return_val_if_fail (fields != NULL, NULL);

  return bulk_row_build (fields, 0, NULL, FALSE);
}

/**
 * sl_store_bulk_row_new:
 * @candidate: a new candidate (no id yet)
 *
 * Works out what inserting @candidate in a bulk import needs: its id (a new
 * time-ordered UUID), revision and columns, the id and revision of its
 * "imported" activity entry, and the keys of its emails and phones for
 * duplicate detection. Touches no store, so a bulk import can prepare its
 * rows in one thread while another writes them. The row keeps no reference
 * to @candidate.
 *
 * Returns: (transfer full): the row
 */
SlStoreBulkRow *
sl_store_bulk_row_new (SlCandidate *candidate)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), NULL);
  g_return_val_if_fail (sl_record_get_id (SL_RECORD (candidate)) == NULL, NULL);

  return sl_store_bulk_row_new_full (candidate, FALSE);
}

/**
 * sl_store_bulk_row_get_candidate:
 * @row: a #SlStoreBulkRow
 *
 * The candidate of the row (without id), made back from the row the first
 * time: in the thread that writes, for a merge.
 *
 * Returns: (transfer none): the row's candidate
 */
SlCandidate *
sl_store_bulk_row_get_candidate (SlStoreBulkRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->candidate == NULL)
    {
      SlCandidate *candidate = sl_candidate_new ();
      g_auto (GStrv) emails = sl_strv_from_json (row->columns[1]);
      g_auto (GStrv) phones = sl_strv_from_json (row->columns[2]);
      g_auto (GStrv) links = sl_strv_from_json (row->columns[5]);
      g_auto (GStrv) tags = sl_strv_from_json (row->columns[7]);

      sl_candidate_set_name (candidate, row->columns[0]);
      sl_candidate_set_emails (candidate, (const char * const *) emails);
      sl_candidate_set_phones (candidate, (const char * const *) phones);
      sl_candidate_set_location (candidate, row->columns[3]);
      sl_candidate_set_headline (candidate, row->columns[4]);
      sl_candidate_set_links (candidate, (const char * const *) links);
      sl_candidate_set_source (candidate, row->columns[6]);
      sl_candidate_set_tags (candidate, (const char * const *) tags);
      sl_candidate_set_notes (candidate, row->columns[8]);
      sl_candidate_set_consent_at (candidate, row->consent_at);
      sl_candidate_set_retain_until (candidate, row->columns[9]);
      sl_candidate_set_erased (candidate, row->erased);
      row->candidate = candidate;
    }
  return row->candidate;
}

void
sl_store_bulk_row_free (SlStoreBulkRow *row)
{
  if (row == NULL)
    return;
  g_clear_object (&row->candidate);
  for (guint i = 0; i < row->n_emails; i++)
    g_free (row->email_keys[i]);
  for (guint i = 0; i < row->n_phones; i++)
    g_free (row->phone_keys[i]);
  g_free (row);
}

/* Candidates per multi-row INSERT of sl_store_insert_candidate_rows(). */
#define CANDIDATE_ROWS 16
#define CANDIDATE_PARAMS 17

/* Binds @row as the candidate row whose parameters start at @first. */
static void
bind_candidate_row (SlStmt         *stmt,
                    int             first,
                    SlStoreBulkRow *row,
                    gint64          now)
{
  int p = first - 1;

  bind_static_text (stmt, p + 1, row->id);
  sqlite3_bind_int64 (stmt, p + 2, now);
  sqlite3_bind_int64 (stmt, p + 3, now);
  bind_static_text (stmt, p + 4, row->rev);
  sqlite3_bind_int (stmt, p + 5, 0);
  for (int c = 0; c < SL_BULK_ROW_TEXT_COLUMNS - 1; c++)
    {
      if (row->columns[c] != NULL)
        sqlite3_bind_text (stmt, p + 6 + c, row->columns[c], row->lengths[c], SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, p + 6 + c);
    }
  if (row->consent_at != 0)
    sqlite3_bind_int64 (stmt, p + 15, row->consent_at);
  else
    sqlite3_bind_null (stmt, p + 15);
  bind_static_text (stmt, p + 16, row->columns[SL_BULK_ROW_TEXT_COLUMNS - 1]);
  sqlite3_bind_int (stmt, p + 17, row->erased ? 1 : 0);
}

/* "INSERT OR FAIL INTO candidate … VALUES (?1, …, ?17), (?18, …)" for
 * CANDIDATE_ROWS rows: only our own constants and numbers go into it. OR
 * FAIL spares SQLite the statement journal with which a multi-row OR ABORT
 * statement undoes its own rows (a copy of every page it changes): on
 * failure the caller rolls the whole transaction back. */
static const char *
candidate_rows_sql (void)
{
  static gsize sql = 0;

  if (g_once_init_enter (&sql))
    {
      GString *text = g_string_new ("INSERT OR FAIL INTO candidate (" CANDIDATE_COLUMNS ") VALUES ");

      for (int r = 0; r < CANDIDATE_ROWS; r++)
        {
          g_string_append (text, r > 0 ? ", (" : "(");
          for (int c = 1; c <= CANDIDATE_PARAMS; c++)
            g_string_append_printf (text, c > 1 ? ", ?%d" : "?%d", r * CANDIDATE_PARAMS + c);
          g_string_append_c (text, ')');
        }
      g_once_init_leave (&sql, (gsize) g_string_free (text, FALSE));
    }
  return (const char *) sql;
}

/* candidate_prepare() for a row. */
static gboolean
check_bulk_row (SlStoreBulkRow  *row,
                GError         **error)
{
  const char *name = row->columns[0];
  const char *retain_until = row->columns[SL_BULK_ROW_TEXT_COLUMNS - 1];

  /* Most names start with a letter: no copy to strip. */
  if (name == NULL || name[0] == '\0' || g_ascii_isspace (name[0]) ||
      g_ascii_isspace (name[strlen (name) - 1]) || retain_until != NULL)
    {
      g_autoptr (SlCandidate) candidate = sl_candidate_new ();

      sl_candidate_set_name (candidate, name);
      sl_candidate_set_retain_until (candidate, retain_until);
      return candidate_prepare (NULL, SL_RECORD (candidate), NULL, FALSE, error);
    }
  return TRUE;
}

gboolean
sl_store_insert_candidate_rows (SlStore         *self,
                                SlStoreBulkRow **rows,
                                guint            n_rows,
                                gint64           now,
                                GError         **error)
{
  const SlRecordOps *ops = &candidate_ops;
  g_autofree const char **ids = g_new (const char *, n_rows);
  g_autofree const char **revs = g_new (const char *, n_rows);
  g_autofree const char **activity_ids = g_new (const char *, n_rows);
  g_autofree const char **activity_revs = g_new (const char *, n_rows);
  guint done = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      if (!check_bulk_row (rows[i], error))
        return FALSE;
      ids[i] = rows[i]->id;
      revs[i] = rows[i]->rev;
      activity_ids[i] = rows[i]->activity_id;
      activity_revs[i] = rows[i]->activity_rev;
    }

  if (done + CANDIDATE_ROWS <= n_rows)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self, candidate_rows_sql (), error);

      if (stmt == NULL)
        return FALSE;
      /* Every parameter is bound again for each statement. */
      for (; done + CANDIDATE_ROWS <= n_rows; done += CANDIDATE_ROWS)
        {
          for (guint r = 0; r < CANDIDATE_ROWS; r++)
            bind_candidate_row (stmt, 1 + r * CANDIDATE_PARAMS, rows[done + r], now);
          if (!step_done (self, stmt, error))
            return FALSE;
          sqlite3_reset (stmt);
        }
    }
  for (; done < n_rows; done++)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self, ops->insert_sql, error);

      if (stmt == NULL)
        return FALSE;
      bind_candidate_row (stmt, 1, rows[done], now);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  if (!sl_store_record_inserts_full (self, ops->record_type, "imported", ids, revs,
                                     activity_ids, activity_revs, n_rows, error))
    return FALSE;

  for (guint i = 0; i < n_rows; i++)
    sl_store_queue_changed (self, ops->record_type, ids[i]);
  return TRUE;
}

/* Applications */

#define APPLICATION_COLUMNS \
  "id, created_at, updated_at, rev, deleted, candidate_id, posting_id, stage_id, " \
  "position, status, rejection_reason, rating, applied_at, stage_entered_at"

#define APPLICATION_COLUMNS_A \
  "a.id, a.created_at, a.updated_at, a.rev, a.deleted, a.candidate_id, a.posting_id, " \
  "a.stage_id, a.position, a.status, a.rejection_reason, a.rating, a.applied_at, " \
  "a.stage_entered_at"

/* The display columns of a board card, after APPLICATION_COLUMNS_A; ?2 is now. */
#define APPLICATION_CARD_COLUMNS \
  APPLICATION_COLUMNS_A ", c.name, c.headline, c.tags, " \
  "(SELECT MIN (i.starts_at) FROM interview i WHERE i.application_id = a.id " \
  "AND i.deleted = 0 AND i.status = 'scheduled' AND i.starts_at >= ?2)"

static const char * const application_fields[] = {
  "candidate_id", "posting_id", "stage_id", "position", "status",
  "rejection_reason", "rating", "applied_at", "stage_entered_at",
};

static void
application_get_values (SlRecord  *record,
                        char     **values)
{
  SlApplication *application = SL_APPLICATION (record);

  values[0] = g_strdup (sl_application_get_candidate_id (application));
  values[1] = g_strdup (sl_application_get_posting_id (application));
  values[2] = g_strdup (sl_application_get_stage_id (application));
  values[3] = double_value (sl_application_get_position (application));
  values[4] = g_strdup (sl_application_status_to_string (sl_application_get_status (application)));
  values[5] = g_strdup (sl_application_get_rejection_reason (application));
  values[6] = g_strdup_printf ("%d", sl_application_get_rating (application));
  values[7] = int64_value (sl_application_get_applied_at (application));
  values[8] = int64_value (sl_application_get_stage_entered_at (application));
}

static void
application_bind (SlStmt   *stmt,
                  SlRecord *record)
{
  SlApplication *application = SL_APPLICATION (record);

  bind_static_text (stmt, 6, sl_application_get_candidate_id (application));
  bind_static_text (stmt, 7, sl_application_get_posting_id (application));
  bind_static_text (stmt, 8, sl_application_get_stage_id (application));
  sqlite3_bind_double (stmt, 9, sl_application_get_position (application));
  sqlite3_bind_text (stmt, 10,
                     sl_application_status_to_string (sl_application_get_status (application)),
                     -1, SQLITE_STATIC);
  bind_static_text (stmt, 11, sl_application_get_rejection_reason (application));
  sqlite3_bind_int (stmt, 12, sl_application_get_rating (application));
  sqlite3_bind_int64 (stmt, 13, sl_application_get_applied_at (application));
  sqlite3_bind_int64 (stmt, 14, sl_application_get_stage_entered_at (application));
}

static void
application_read (SlStmt   *stmt,
                  SlRecord *record)
{
  SlApplication *application = SL_APPLICATION (record);
  SlApplicationStatus status = SL_APPLICATION_STATUS_ACTIVE;
  int rating = sqlite3_column_int (stmt, 11);

  sl_application_status_from_string (sl_stmt_column_text (stmt, 9), &status);

  sl_application_set_candidate_id (application, sl_stmt_column_text (stmt, 5));
  sl_application_set_posting_id (application, sl_stmt_column_text (stmt, 6));
  sl_application_set_stage_id (application, sl_stmt_column_text (stmt, 7));
  sl_application_set_position (application, sqlite3_column_double (stmt, 8));
  sl_application_set_status (application, status);
  sl_application_set_rejection_reason (application, sl_stmt_column_text (stmt, 10));
  sl_application_set_rating (application, CLAMP (rating, 0, 5));
  sl_application_set_applied_at (application, sqlite3_column_int64 (stmt, 12));
  sl_application_set_stage_entered_at (application, sqlite3_column_int64 (stmt, 13));
}

/* Fills the display fields from APPLICATION_CARD_COLUMNS. */
static void
application_read_card (SlStmt        *stmt,
                       SlApplication *application)
{
  g_auto (GStrv) tags = column_strv (stmt, 16);

  sl_application_set_candidate_name (application, sl_stmt_column_text (stmt, 14));
  sl_application_set_candidate_headline (application, sl_stmt_column_text (stmt, 15));
  sl_application_set_candidate_tags (application, (const char * const *) tags);
  sl_application_set_next_interview_at (application, sqlite3_column_int64 (stmt, 17));
}

static gboolean
query_double (SlStore     *self,
              const char  *sql,
              const char  *text1,
              const char  *text2,
              double      *out,
              gboolean    *out_null,
              GError     **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, text1);
  if (text2 != NULL)
    sl_stmt_bind_text (stmt, 2, text2);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_null = sqlite3_column_type (stmt, 0) == SQLITE_NULL;
      *out = sqlite3_column_double (stmt, 0);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    {
      *out_null = TRUE;
      *out = 0;
      return TRUE;
    }
  return sl_store_set_db_error (self, rc, error);
}

/* The position after the last card of @stage_id, leaving out @except_id. */
static gboolean
bottom_position (SlStore     *self,
                 const char  *stage_id,
                 const char  *except_id,
                 double      *out,
                 GError     **error)
{
  double max = 0;
  gboolean is_null = TRUE;

  if (!query_double (self,
                     "SELECT MAX (position) FROM application "
                     "WHERE stage_id = ?1 AND deleted = 0 AND id IS NOT ?2",
                     stage_id, except_id, &max, &is_null, error))
    return FALSE;
  *out = is_null ? 1.0 : floor (max) + 1.0;
  return TRUE;
}

static gboolean
application_prepare (SlStore   *store,
                     SlRecord  *record,
                     SlRecord  *old,
                     gboolean   check_references,
                     GError   **error)
{
  SlApplication *application = SL_APPLICATION (record);
  SlApplication *old_application = old != NULL ? SL_APPLICATION (old) : NULL;
  const char *candidate_id = sl_application_get_candidate_id (application);
  const char *posting_id = sl_application_get_posting_id (application);
  const char *stage_id = sl_application_get_stage_id (application);
  int rating = sl_application_get_rating (application);

  if (candidate_id == NULL || posting_id == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("An application needs a candidate and a posting. Choose both and save again."));
      return FALSE;
    }
  if (rating < 0 || rating > 5)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The rating %d is out of range. Use a rating from 1 to 5, or 0 for none."),
                   rating);
      return FALSE;
    }

  if (check_references &&
      (old_application == NULL ||
       g_strcmp0 (candidate_id, sl_application_get_candidate_id (old_application)) != 0))
    {
      if (!sl_store_check_reference (store, "SELECT deleted FROM candidate WHERE id = ?1", candidate_id,
                                     _("The application’s candidate does not exist or was deleted. Choose another candidate."),
                                     error))
        return FALSE;
    }

  if (check_references &&
      (old_application == NULL ||
       g_strcmp0 (posting_id, sl_application_get_posting_id (old_application)) != 0))
    {
      if (!sl_store_check_reference (store, "SELECT deleted FROM posting WHERE id = ?1", posting_id,
                                     _("The application’s posting does not exist or was deleted. Choose another posting."),
                                     error))
        return FALSE;
    }

  if (stage_id == NULL)
    {
      g_autoptr (SlStmt) stmt = NULL;
      int rc;

      stmt = sl_store_prepare (store,
                               "SELECT id FROM stage WHERE posting_id = ?1 AND deleted = 0 "
                               "ORDER BY position LIMIT 1",
                               error);
      if (stmt == NULL)
        return FALSE;
      sl_stmt_bind_text (stmt, 1, posting_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        sl_application_set_stage_id (application, sl_stmt_column_text (stmt, 0));
      else if (rc != SQLITE_DONE)
        return sl_store_set_db_error (store, rc, error);
      stage_id = sl_application_get_stage_id (application);
    }
  else if (check_references &&
           (old_application == NULL ||
            g_strcmp0 (stage_id, sl_application_get_stage_id (old_application)) != 0 ||
            g_strcmp0 (posting_id, sl_application_get_posting_id (old_application)) != 0))
    {
      g_autoptr (SlStmt) stmt = NULL;
      gboolean ok = FALSE;
      int rc;

      stmt = sl_store_prepare (store,
                               "SELECT posting_id, deleted FROM stage WHERE id = ?1",
                               error);
      if (stmt == NULL)
        return FALSE;
      sl_stmt_bind_text (stmt, 1, stage_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        ok = g_strcmp0 (sl_stmt_column_text (stmt, 0), posting_id) == 0 &&
             sqlite3_column_int (stmt, 1) == 0;
      else if (rc != SQLITE_DONE)
        return sl_store_set_db_error (store, rc, error);
      if (!ok)
        {
          g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                               _("The stage is not part of the application’s posting. Choose a stage of that posting."));
          return FALSE;
        }
    }

  if (old_application == NULL)
    {
      gint64 now = sl_store_now ();

      if (sl_application_get_applied_at (application) == 0)
        sl_application_set_applied_at (application, now);
      if (sl_application_get_stage_entered_at (application) == 0)
        sl_application_set_stage_entered_at (application,
                                             sl_application_get_applied_at (application));
      if (sl_application_get_position (application) == 0 && stage_id != NULL)
        {
          double position;

          if (!bottom_position (store, stage_id, NULL, &position, error))
            return FALSE;
          sl_application_set_position (application, position);
        }
    }
  else if (g_strcmp0 (stage_id, sl_application_get_stage_id (old_application)) != 0 &&
           sl_application_get_stage_entered_at (application) ==
           sl_application_get_stage_entered_at (old_application))
    {
      sl_application_set_stage_entered_at (application, sl_store_now ());
    }

  return TRUE;
}

static const SlRecordOps application_ops = {
  .record_type = "application",
  .get_type = sl_application_get_type,
  .select_sql = "SELECT " APPLICATION_COLUMNS " FROM application WHERE id = ?1",
  .insert_sql = "INSERT INTO application (" APPLICATION_COLUMNS ") VALUES "
                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
  .update_sql = "UPDATE application SET created_at = ?2, updated_at = ?3, rev = ?4, "
                "deleted = ?5, candidate_id = ?6, posting_id = ?7, stage_id = ?8, "
                "position = ?9, status = ?10, rejection_reason = ?11, rating = ?12, "
                "applied_at = ?13, stage_entered_at = ?14 WHERE id = ?1",
  .tombstone_sql = "UPDATE application SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1",
  .field_names = application_fields,
  .n_fields = G_N_ELEMENTS (application_fields),
  .get_values = application_get_values,
  .bind = application_bind,
  .read = application_read,
  .prepare = application_prepare,
};

const SlRecordOps *
sl_store_application_ops (void)
{
  return &application_ops;
}

/**
 * sl_store_delete_candidate:
 * @self: a #SlStore
 * @id: the candidate's id
 * @error: return location for a #GError
 *
 * Tombstones the candidate and their applications, so the deletion syncs.
 *
 * Returns: %TRUE on success (also when it was deleted already)
 */
gboolean
sl_store_delete_candidate (SlStore     *self,
                           const char  *id,
                           GError     **error)
{
  g_autoptr (GPtrArray) application_ids = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = FALSE;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  if (!sl_store_tombstone_record (self, sl_store_candidate_ops (), id, error))
    goto out;

  {
    g_autoptr (SlStmt) stmt = NULL;
    int rc;

    stmt = sl_store_prepare (self,
                             "SELECT id FROM application WHERE candidate_id = ?1 AND deleted = 0",
                             error);
    if (stmt == NULL)
      goto out;
    sl_stmt_bind_text (stmt, 1, id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (application_ids, g_strdup (sl_stmt_column_text (stmt, 0)));
    if (rc != SQLITE_DONE)
      {
        sl_store_set_db_error (self, rc, error);
        goto out;
      }
  }

  for (guint i = 0; i < application_ids->len; i++)
    if (!sl_store_tombstone_record (self, sl_store_application_ops (),
                                    g_ptr_array_index (application_ids, i), error))
      goto out;

  ok = TRUE;

out:
  return finish_write (self, ok, error);
}

/**
 * sl_store_save_application:
 * @self: a #SlStore
 * @application: the application to insert (no id yet) or update
 * @error: return location for a #GError
 *
 * A new application without a stage goes to the first stage of its posting;
 * one without a position goes to the bottom of its stage; applied-at and
 * stage-entered-at default to now.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_save_application (SlStore        *self,
                           SlApplication  *application,
                           GError        **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sl_store_save_record (self, sl_store_application_ops (), SL_RECORD (application), error);
}

/**
 * sl_store_get_application:
 * @self: a #SlStore
 * @id: the application's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the application (tombstoned ones too), or %NULL
 */
SlApplication *
sl_store_get_application (SlStore     *self,
                          const char  *id,
                          GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return SL_APPLICATION (sl_store_get_record (self, sl_store_application_ops (), id, error));
}

/**
 * sl_store_delete_application:
 * @self: a #SlStore
 * @id: the application's id
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success (also when it was deleted already)
 */
gboolean
sl_store_delete_application (SlStore     *self,
                             const char  *id,
                             GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;
  ok = sl_store_tombstone_record (self, sl_store_application_ops (), id, error);
  return finish_write (self, ok, error);
}

/* Rewrites the positions of a stage as 1, 2, 3… when bisection ran out of
 * precision; rare, so one change row per card is affordable. */
static gboolean
renumber_stage (SlStore     *self,
                const char  *stage_id,
                GError     **error)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) revs = g_ptr_array_new_with_free_func (g_free);

  {
    g_autoptr (SlStmt) stmt = NULL;
    int rc;

    stmt = sl_store_prepare (self,
                             "SELECT id, rev FROM application WHERE stage_id = ?1 AND deleted = 0 "
                             "ORDER BY position, id",
                             error);
    if (stmt == NULL)
      return FALSE;
    sl_stmt_bind_text (stmt, 1, stage_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        g_ptr_array_add (ids, g_strdup (sl_stmt_column_text (stmt, 0)));
        g_ptr_array_add (revs, g_strdup (sl_stmt_column_text (stmt, 1)));
      }
    if (rc != SQLITE_DONE)
      return sl_store_set_db_error (self, rc, error);
  }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr (SlStmt) stmt = NULL;
      g_autofree char *content = g_strdup_printf ("position=%u", i + 1);
      g_autofree char *rev = sl_store_next_rev (g_ptr_array_index (revs, i), content);
      const char *id = g_ptr_array_index (ids, i);

      stmt = sl_store_prepare (self,
                               "UPDATE application SET position = ?2, rev = ?3 WHERE id = ?1",
                               error);
      if (stmt == NULL)
        return FALSE;
      sl_stmt_bind_text (stmt, 1, id);
      sqlite3_bind_double (stmt, 2, i + 1);
      sl_stmt_bind_text (stmt, 3, rev);
      if (!step_done (self, stmt, error) ||
          !sl_store_record_change (self, "application", id, rev, FALSE, error))
        return FALSE;
      sl_store_queue_changed (self, "application", id);
    }

  return TRUE;
}

/* The positions around index @index of @stage_id (without @except_id). */
static gboolean
neighbour_positions (SlStore     *self,
                     const char  *stage_id,
                     const char  *except_id,
                     int          index,
                     gboolean    *has_before,
                     double      *before,
                     gboolean    *has_after,
                     double      *after,
                     GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  *has_before = *has_after = FALSE;
  stmt = sl_store_prepare (self,
                           "SELECT position FROM application "
                           "WHERE stage_id = ?1 AND deleted = 0 AND id != ?2 "
                           "ORDER BY position, id LIMIT 2 OFFSET ?3",
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, stage_id);
  sl_stmt_bind_text (stmt, 2, except_id);
  sqlite3_bind_int (stmt, 3, MAX (index - 1, 0));

  if (index == 0)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *has_after = TRUE;
          *after = sqlite3_column_double (stmt, 0);
        }
    }
  else
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *has_before = TRUE;
          *before = sqlite3_column_double (stmt, 0);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            {
              *has_after = TRUE;
              *after = sqlite3_column_double (stmt, 0);
            }
        }
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
compute_position (SlStore     *self,
                  const char  *stage_id,
                  const char  *except_id,
                  int          index,
                  double      *out,
                  GError     **error)
{
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      gboolean has_before, has_after;
      double before = 0, after = 0, middle;

      if (index < 0)
        return bottom_position (self, stage_id, except_id, out, error);

      if (!neighbour_positions (self, stage_id, except_id, index,
                                &has_before, &before, &has_after, &after, error))
        return FALSE;

      if (!has_after && (has_before || index == 0))
        {
          *out = has_before ? floor (before) + 1.0 : 1.0;
          return TRUE;
        }
      if (!has_after)
        /* past the end: the bottom */
        return bottom_position (self, stage_id, except_id, out, error);
      if (!has_before)
        {
          *out = after - 1.0;
          return TRUE;
        }

      middle = before + (after - before) / 2.0;
      if (middle > before && middle < after)
        {
          *out = middle;
          return TRUE;
        }

      if (!renumber_stage (self, stage_id, error))
        return FALSE;
    }

  g_set_error_literal (error, SL_ERROR, SL_ERROR_FAILED,
                       _("The card could not be placed in its column. Try moving it again."));
  return FALSE;
}

typedef struct
{
  char        *posting_id;
  char        *name;
  SlStageKind  kind;
  gboolean     deleted;
} StageInfo;

static void
stage_info_clear (StageInfo *info)
{
  g_clear_pointer (&info->posting_id, g_free);
  g_clear_pointer (&info->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StageInfo, stage_info_clear)

static gboolean
get_stage_info (SlStore     *self,
                const char  *stage_id,
                StageInfo   *info,
                gboolean    *found,
                GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  *found = FALSE;
  if (stage_id == NULL)
    return TRUE;
  stmt = sl_store_prepare (self,
                           "SELECT posting_id, name, kind, deleted FROM stage WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, stage_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *found = TRUE;
      info->posting_id = g_strdup (sl_stmt_column_text (stmt, 0));
      info->name = g_strdup (sl_stmt_column_text (stmt, 1));
      info->kind = SL_STAGE_KIND_ACTIVE;
      sl_stage_kind_from_string (sl_stmt_column_text (stmt, 2), &info->kind);
      info->deleted = sqlite3_column_int (stmt, 3) != 0;
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  return sl_store_set_db_error (self, rc, error);
}

static gboolean
move_application_in_transaction (SlStore     *self,
                         const char  *application_id,
                         const char  *stage_id,
                         int          index,
                         GError     **error)
{
  const SlRecordOps *ops = sl_store_application_ops ();
  g_autoptr (SlRecord) record = NULL;
  g_autoptr (SlStmt) stmt = NULL;
  g_auto (StageInfo) old_stage = { 0 };
  g_auto (StageInfo) new_stage = { 0 };
  g_autofree char *old_stage_id = NULL;
  g_autofree char *old_position = NULL;
  g_autofree char *new_position = NULL;
  g_autofree char *content = NULL;
  g_autofree char *rev = NULL;
  SlApplication *application;
  SlApplicationStatus old_status, new_status;
  gboolean found_old, found_new, stage_changed;
  char **values;
  double position;
  gint64 now = sl_store_now ();

  record = sl_store_get_record (self, ops, application_id, error);
  if (record == NULL)
    return FALSE;
  application = SL_APPLICATION (record);
  if (sl_record_get_deleted (record))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                           _("The application was deleted, so it cannot be moved. Reload the board."));
      return FALSE;
    }

  if (!get_stage_info (self, stage_id, &new_stage, &found_new, error))
    return FALSE;
  if (!found_new || new_stage.deleted ||
      g_strcmp0 (new_stage.posting_id, sl_application_get_posting_id (application)) != 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The stage is not part of the application’s posting. Choose a stage of that posting."));
      return FALSE;
    }

  old_stage_id = g_strdup (sl_application_get_stage_id (application));
  if (!get_stage_info (self, old_stage_id, &old_stage, &found_old, error))
    return FALSE;
  stage_changed = g_strcmp0 (old_stage_id, stage_id) != 0;

  if (!compute_position (self, stage_id, application_id, index, &position, error))
    return FALSE;

  old_position = double_value (sl_application_get_position (application));
  old_status = sl_application_get_status (application);
  new_status = old_status;
  switch (new_stage.kind)
    {
    case SL_STAGE_KIND_HIRED:
      new_status = SL_APPLICATION_STATUS_HIRED;
      break;
    case SL_STAGE_KIND_REJECTED:
      if (old_status != SL_APPLICATION_STATUS_WITHDRAWN)
        new_status = SL_APPLICATION_STATUS_REJECTED;
      break;
    case SL_STAGE_KIND_ACTIVE:
      if (old_status != SL_APPLICATION_STATUS_WITHDRAWN)
        new_status = SL_APPLICATION_STATUS_ACTIVE;
      break;
    default:
      g_assert_not_reached ();
    }

  sl_application_set_stage_id (application, stage_id);
  sl_application_set_position (application, position);
  sl_application_set_status (application, new_status);
  if (stage_changed)
    sl_application_set_stage_entered_at (application, now);
  new_position = double_value (position);

  values = record_values (ops, record);
  content = values_to_content (ops, values);
  free_values (values, ops->n_fields);
  rev = sl_store_next_rev (sl_record_get_rev (record), content);

  stmt = sl_store_prepare (self, ops->update_sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_record_columns (stmt, application_id, sl_record_get_created_at (record), now, rev, FALSE);
  ops->bind (stmt, record);
  if (!step_done (self, stmt, error))
    return FALSE;

  if (stage_changed)
    {
      if (!sl_store_record_activity (self, "application", application_id, "moved", "stage",
                                     found_old ? old_stage.name : NULL, new_stage.name, error))
        return FALSE;
    }
  else
    {
      if (!sl_store_record_activity (self, "application", application_id, "moved", "position",
                                     old_position, new_position, error))
        return FALSE;
    }
  if (new_status != old_status &&
      !sl_store_record_activity (self, "application", application_id, "updated", "status",
                                 sl_application_status_to_string (old_status),
                                 sl_application_status_to_string (new_status), error))
    return FALSE;

  if (!sl_store_record_change (self, "application", application_id, rev, FALSE, error))
    return FALSE;
  sl_store_queue_changed (self, "application", application_id);

  return TRUE;
}

/**
 * sl_store_move_application:
 * @self: a #SlStore
 * @application_id: the application (board card) to move
 * @stage_id: the stage it goes to, of the same posting (may be its own)
 * @position: its index in that stage once moved: 0 is the top, -1 the bottom
 * @error: return location for a #GError
 *
 * Moves the card between its new neighbours; usually one row is rewritten.
 * Records a "moved" activity (old and new stage names, or old and new
 * positions within a stage), updates stage-entered-at on a stage change and
 * the status when the stage is a hired or rejected one.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_move_application (SlStore     *self,
                           const char  *application_id,
                           const char  *stage_id,
                           int          position,
                           GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (application_id != NULL, FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;
  ok = move_application_in_transaction (self, application_id, stage_id, position, error);
  return finish_write (self, ok, error);
}

static GPtrArray *
load_cards (SlStore     *self,
            const char  *sql,
            const char  *id,
            GError     **error)
{
  const SlRecordOps *ops = sl_store_application_ops ();
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sl_stmt_bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlRecord *record = sl_store_read_record (ops, stmt);

      application_read_card (stmt, SL_APPLICATION (record));
      g_ptr_array_add (result, record);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

GPtrArray *
sl_store_load_stage_applications (SlStore     *self,
                                  const char  *stage_id,
                                  GError     **error)
{
  return load_cards (self,
                     "SELECT " APPLICATION_CARD_COLUMNS " FROM application a "
                     "JOIN candidate c ON c.id = a.candidate_id "
                     "WHERE a.stage_id = ?1 AND a.deleted = 0 AND c.deleted = 0 "
                     "ORDER BY a.position, a.id",
                     stage_id, error);
}

/* The cards of a stage: what sl_store_load_stage_order() reads and
 * sl_store_count_stage_order() counts; the active ones alone are read from
 * a partial index (migration 10), which holds the query's condition: SQLite
 * would otherwise pick application_board and look up every card's row for
 * its status. */
#define STAGE_ORDER_WHERE \
  "WHERE a.stage_id = ?1 AND a.deleted = 0 " \
  "AND a.candidate_id NOT IN (SELECT id FROM candidate WHERE deleted = 1) "
#define STAGE_ORDER_ACTIVE_WHERE \
  STAGE_ORDER_WHERE "AND a.status = 'active' "

gboolean
sl_store_count_stage_order (SlStore     *self,
                            const char  *stage_id,
                            gboolean     active_only,
                            guint       *count,
                            GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  /* The kept count (migration 7, or 10 for the active cards) less the
   * cards of tombstoned candidates, found from the small
   * candidate_tombstones index and each one's applications: CROSS JOIN and
   * INDEXED BY keep SQLite from scanning the stage's cards and looking up
   * every candidate instead. */
  if (active_only)
    stmt = sl_store_prepare (self,
                             "SELECT coalesce ((SELECT count FROM stage_active WHERE stage_id = ?1), 0) - "
                             "(SELECT count(*) FROM candidate c "
                             "CROSS JOIN application a INDEXED BY application_by_candidate ON a.candidate_id = c.id "
                             "WHERE c.deleted = 1 AND a.stage_id = ?1 AND a.deleted = 0 AND a.status = 'active')",
                             error);
  else
    stmt = sl_store_prepare (self,
                             "SELECT coalesce ((SELECT count FROM stage_count WHERE stage_id = ?1), 0) - "
                             "(SELECT count(*) FROM candidate c "
                             "CROSS JOIN application a INDEXED BY application_by_candidate ON a.candidate_id = c.id "
                             "WHERE c.deleted = 1 AND a.stage_id = ?1 AND a.deleted = 0)",
                             error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, stage_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);
  *count = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
sl_store_load_stage_order (SlStore     *self,
                           const char  *stage_id,
                           gboolean     active_only,
                           guint        limit,
                           GPtrArray   *ids,
                           GPtrArray   *candidate_ids,
                           GArray      *positions,
                           GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  /* Reads the index application_board alone, in order; the deleted
   * candidates are one scan of the small partial index candidate_tombstones
   * rather than a look-up of each card's candidate row (see migration 5).
   * candidate_id and id are NOT NULL, so NOT IN is the anti-join. */
  if (active_only)
    stmt = sl_store_prepare (self,
                             "SELECT a.id, a.candidate_id, a.position FROM application a "
                             "INDEXED BY application_board_active "
                             STAGE_ORDER_ACTIVE_WHERE
                             "ORDER BY a.position, a.id LIMIT ?2",
                             error);
  else
    stmt = sl_store_prepare (self,
                             "SELECT a.id, a.candidate_id, a.position FROM application a "
                             STAGE_ORDER_WHERE
                             "ORDER BY a.position, a.id LIMIT ?2",
                             error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, stage_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (sqlite3_int64) limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double position = sqlite3_column_double (stmt, 2);

      g_ptr_array_add (ids, g_strdup (sl_stmt_column_text (stmt, 0)));
      g_ptr_array_add (candidate_ids, g_strdup (sl_stmt_column_text (stmt, 1)));
      g_array_append_val (positions, position);
    }
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

/* ?2 is now; the ids are ?3 to ?(SL_STORE_CARD_BATCH + 2). */
#define CARD_ID_PARAMS \
  "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, " \
  "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34"
G_STATIC_ASSERT (SL_STORE_CARD_BATCH == 32);

GPtrArray *
sl_store_load_cards (SlStore            *self,
                     const char * const *ids,
                     guint               n_ids,
                     GError            **error)
{
  const SlRecordOps *ops = sl_store_application_ops ();
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (n_ids <= SL_STORE_CARD_BATCH, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT " APPLICATION_CARD_COLUMNS " FROM application a "
                           "JOIN candidate c ON c.id = a.candidate_id "
                           "WHERE a.id IN (" CARD_ID_PARAMS ") AND a.deleted = 0 AND c.deleted = 0",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  for (guint i = 0; i < n_ids; i++)
    bind_static_text (stmt, 3 + (int) i, ids[i]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlRecord *record = sl_store_read_record (ops, stmt);

      application_read_card (stmt, SL_APPLICATION (record));
      g_ptr_array_add (result, record);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

/**
 * sl_store_list_applications:
 * @self: a #SlStore
 * @stage_id: a stage
 *
 * Returns: (transfer full): a live #GListModel of #SlApplication in the
 *   stage, in board order, with the candidate's name, headline and tags and
 *   the next interview filled in. It reloads after the store's "changed".
 */
GListModel *
sl_store_list_applications (SlStore    *self,
                            const char *stage_id)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (stage_id != NULL, NULL);

  return G_LIST_MODEL (sl_application_list_new (self, stage_id));
}

/**
 * sl_store_list_applications_for_candidate:
 * @self: a #SlStore
 * @candidate_id: a candidate
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlApplication): the candidate's
 *   applications that are not deleted, newest first, display fields filled
 */
GPtrArray *
sl_store_list_applications_for_candidate (SlStore     *self,
                                          const char  *candidate_id,
                                          GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (candidate_id != NULL, NULL);

  return load_cards (self,
                     "SELECT " APPLICATION_CARD_COLUMNS " FROM application a "
                     "JOIN candidate c ON c.id = a.candidate_id "
                     "WHERE a.candidate_id = ?1 AND a.deleted = 0 "
                     "ORDER BY a.applied_at DESC, a.id",
                     candidate_id, error);
}

static char *
lookup_text (SlStore    *self,
             const char *sql,
             const char *id)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sql, NULL);

  if (stmt == NULL || id == NULL)
    return NULL;
  sl_stmt_bind_text (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup (sl_stmt_column_text (stmt, 0));
}

char *
sl_store_lookup_application_stage (SlStore    *self,
                                   const char *application_id)
{
  return lookup_text (self, "SELECT stage_id FROM application WHERE id = ?1", application_id);
}

char *
sl_store_lookup_interview_application (SlStore    *self,
                                       const char *interview_id)
{
  return lookup_text (self, "SELECT application_id FROM interview WHERE id = ?1", interview_id);
}
