/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The candidates of SlStore: their table, saving, bulk inserts and deletion. */
#define G_LOG_DOMAIN "sl-store-candidates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-store-people-private.h"

/* Candidates */

static const char * const candidate_fields[] = {
  "name", "emails", "phones", "location", "headline", "links", "source",
  "tags", "notes", "consent_at", "retain_until", "erased",
};
G_STATIC_ASSERT (G_N_ELEMENTS (candidate_fields) == SL_STORE_CANDIDATE_N_FIELDS);

static void
candidate_get_values (SlRecord  *record,
                      char     **values)
{
  SlCandidate *candidate = SL_CANDIDATE (record);
  gint64 consent_at = sl_candidate_get_consent_at (candidate);

  values[0] = g_strdup (sl_candidate_get_name (candidate));
  values[1] = sl_store_value_strv (sl_candidate_get_emails (candidate));
  values[2] = sl_store_value_strv (sl_candidate_get_phones (candidate));
  values[3] = g_strdup (sl_candidate_get_location (candidate));
  values[4] = g_strdup (sl_candidate_get_headline (candidate));
  values[5] = sl_store_value_strv (sl_candidate_get_links (candidate));
  values[6] = g_strdup (sl_candidate_get_source (candidate));
  values[7] = sl_store_value_strv (sl_candidate_get_tags (candidate));
  values[8] = g_strdup (sl_candidate_get_notes (candidate));
  values[9] = consent_at != 0 ? sl_store_value_int64 (consent_at) : NULL;
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
  sl_stmt_bind_strv (stmt, 7, sl_candidate_get_emails (candidate));
  sl_stmt_bind_strv (stmt, 8, sl_candidate_get_phones (candidate));
  bind_static_text (stmt, 9, sl_candidate_get_location (candidate));
  bind_static_text (stmt, 10, sl_candidate_get_headline (candidate));
  sl_stmt_bind_strv (stmt, 11, sl_candidate_get_links (candidate));
  bind_static_text (stmt, 12, sl_candidate_get_source (candidate));
  sl_stmt_bind_strv (stmt, 13, sl_candidate_get_tags (candidate));
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
  g_auto (GStrv) emails = sl_stmt_column_strv (stmt, 6);
  g_auto (GStrv) phones = sl_stmt_column_strv (stmt, 7);
  g_auto (GStrv) links = sl_stmt_column_strv (stmt, 10);
  g_auto (GStrv) tags = sl_stmt_column_strv (stmt, 12);

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
  .select_sql = "SELECT " SL_STORE_CANDIDATE_COLUMNS " FROM candidate WHERE id = ?1",
  .insert_sql = "INSERT INTO candidate (" SL_STORE_CANDIDATE_COLUMNS ") VALUES "
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

  if (!sl_store_query_strings (self,
                               "SELECT id FROM application WHERE candidate_id = ?1 AND deleted = 0",
                               id, application_ids, error))
    goto out;

  for (guint i = 0; i < application_ids->len; i++)
    if (!sl_store_tombstone_record (self, sl_store_application_ops (),
                                    g_ptr_array_index (application_ids, i), error))
      goto out;

  ok = TRUE;

out:
  return sl_store_finish_write (self, ok, error);
}
