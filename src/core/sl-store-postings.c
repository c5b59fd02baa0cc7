/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's postings. */
#define G_LOG_DOMAIN "sl-store-postings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-posting-list.h"
#include "sl-store-postings-private.h"
#include "sl-store-records-private.h"

/* The posting's own columns, in the order of posting_values() and of every
 * SELECT below (after the five record columns). */
enum {
  F_TITLE,
  F_DEPARTMENT,
  F_HIRING_MANAGER,
  F_ORGANIZATION,
  F_OPENINGS,
  F_LOCATIONS,
  F_WORKPLACE_TYPE,
  F_EMPLOYMENT_TYPE,
  F_DATE_POSTED,
  F_VALID_THROUGH,
  F_SALARY_MIN,
  F_SALARY_MAX,
  F_SALARY_CURRENCY,
  F_SALARY_UNIT,
  F_SUMMARY,
  F_DESCRIPTION,
  F_ABOUT,
  F_RESPONSIBILITIES,
  F_QUALIFICATIONS,
  F_NICE_TO_HAVE,
  F_STATUS,
  N_POSTING_FIELDS
};

static const char * const posting_fields[N_POSTING_FIELDS] = {
  "title", "department", "hiring_manager", "organization", "openings",
  "locations", "workplace_type", "employment_type", "date_posted",
  "valid_through", "salary_min", "salary_max", "salary_currency",
  "salary_unit", "summary", "description", "about", "responsibilities",
  "qualifications", "nice_to_have", "status",
};

#define POSTING_COLUMNS \
  "id, created_at, updated_at, rev, deleted, " \
  "title, department, hiring_manager, organization, openings, " \
  "locations, workplace_type, employment_type, date_posted, " \
  "valid_through, salary_min, salary_max, salary_currency, " \
  "salary_unit, summary, description, about, responsibilities, " \
  "qualifications, nice_to_have, status"

/* Kept by the triggers of migration 6. */
#define ACTIVE_COUNT_COLUMN \
  "coalesce ((SELECT count FROM posting_active WHERE posting_id = posting.id), 0)"
/* A closed posting is told by whom it hired: a few entries of the index
 * application_by_posting (posting_id, status, deleted), not a count of
 * every application. */
#define COUNT_COLUMNS \
  ACTIVE_COUNT_COLUMN ", " \
  "(SELECT count(*) FROM application " \
  "WHERE posting_id = posting.id AND status = 'hired' AND deleted = 0)"

typedef struct
{
  char *v[N_POSTING_FIELDS];
} PostingValues;

static void
posting_values_clear (PostingValues *values)
{
  for (guint i = 0; i < N_POSTING_FIELDS; i++)
    g_clear_pointer (&values->v[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PostingValues, posting_values_clear)

gboolean
sl_store_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Every field as the text activity entries and revisions use. */
static void
posting_values (SlPosting     *posting,
                PostingValues *values)
{
  values->v[F_TITLE] = g_strdup (sl_posting_get_title (posting));
  values->v[F_DEPARTMENT] = g_strdup (sl_posting_get_department (posting));
  values->v[F_HIRING_MANAGER] = g_strdup (sl_posting_get_hiring_manager (posting));
  values->v[F_ORGANIZATION] = g_strdup (sl_posting_get_organization (posting));
  values->v[F_OPENINGS] = g_strdup_printf ("%u", sl_posting_get_openings (posting));
  values->v[F_LOCATIONS] = sl_strv_to_json (sl_posting_get_locations (posting));
  values->v[F_WORKPLACE_TYPE] = g_strdup (sl_workplace_type_to_string (sl_posting_get_workplace_type (posting)));
  values->v[F_EMPLOYMENT_TYPE] = g_strdup (sl_posting_get_employment_type (posting));
  values->v[F_DATE_POSTED] = g_strdup (sl_posting_get_date_posted (posting));
  values->v[F_VALID_THROUGH] = g_strdup (sl_posting_get_valid_through (posting));
  values->v[F_SALARY_MIN] = sl_store_value_double (sl_posting_get_salary_min (posting));
  values->v[F_SALARY_MAX] = sl_store_value_double (sl_posting_get_salary_max (posting));
  values->v[F_SALARY_CURRENCY] = g_strdup (sl_posting_get_salary_currency (posting));
  values->v[F_SALARY_UNIT] = g_strdup (sl_salary_unit_to_string (sl_posting_get_salary_unit (posting)));
  values->v[F_SUMMARY] = g_strdup (sl_posting_get_summary (posting));
  values->v[F_DESCRIPTION] = g_strdup (sl_posting_get_description (posting));
  values->v[F_ABOUT] = g_strdup (sl_posting_get_about (posting));
  values->v[F_RESPONSIBILITIES] = sl_strv_to_json (sl_posting_get_responsibilities (posting));
  values->v[F_QUALIFICATIONS] = sl_strv_to_json (sl_posting_get_qualifications (posting));
  values->v[F_NICE_TO_HAVE] = sl_strv_to_json (sl_posting_get_nice_to_have (posting));
  values->v[F_STATUS] = g_strdup (sl_posting_status_to_string (sl_posting_get_status (posting)));
}

static char *
values_content (const char * const *values,
                guint               n_values)
{
  GString *content = g_string_sized_new (256);

  for (guint i = 0; i < n_values; i++)
    {
      if (values[i] != NULL)
        g_string_append (content, values[i]);
      else
        g_string_append_c (content, '\x1e');
      g_string_append_c (content, '\x1f');
    }

  return g_string_free (content, FALSE);
}

static void
set_strv_from_json (SlPosting   *posting,
                    void       (*setter) (SlPosting *, const char * const *),
                    const char  *json)
{
  g_auto (GStrv) strv = sl_strv_from_json (json);

  setter (posting, (const char * const *) strv);
}

/* A posting from a row of POSTING_COLUMNS (then COUNT_COLUMNS, if
 * @with_count). */
static SlPosting *
posting_from_stmt (SlStmt   *stmt,
                   gboolean  with_count)
{
  SlPosting *posting = sl_posting_new ();
  const int o = 5;
  SlWorkplaceType workplace_type = SL_WORKPLACE_TYPE_UNKNOWN;
  SlSalaryUnit salary_unit = SL_SALARY_UNIT_YEAR;
  SlPostingStatus status = SL_POSTING_STATUS_DRAFT;

  sl_store_read_record_columns (SL_RECORD (posting), stmt);

  sl_posting_set_title (posting, sl_stmt_column_text (stmt, o + F_TITLE));
  sl_posting_set_department (posting, sl_stmt_column_text (stmt, o + F_DEPARTMENT));
  sl_posting_set_hiring_manager (posting, sl_stmt_column_text (stmt, o + F_HIRING_MANAGER));
  sl_posting_set_organization (posting, sl_stmt_column_text (stmt, o + F_ORGANIZATION));
  sl_posting_set_openings (posting, (guint) MAX (0, sqlite3_column_int (stmt, o + F_OPENINGS)));
  set_strv_from_json (posting, sl_posting_set_locations, sl_stmt_column_text (stmt, o + F_LOCATIONS));
  sl_workplace_type_from_string (sl_stmt_column_text (stmt, o + F_WORKPLACE_TYPE), &workplace_type);
  sl_posting_set_workplace_type (posting, workplace_type);
  sl_posting_set_employment_type (posting, sl_stmt_column_text (stmt, o + F_EMPLOYMENT_TYPE));
  sl_posting_set_date_posted (posting, sl_stmt_column_text (stmt, o + F_DATE_POSTED));
  sl_posting_set_valid_through (posting, sl_stmt_column_text (stmt, o + F_VALID_THROUGH));
  sl_posting_set_salary_min (posting, sqlite3_column_double (stmt, o + F_SALARY_MIN));
  sl_posting_set_salary_max (posting, sqlite3_column_double (stmt, o + F_SALARY_MAX));
  sl_posting_set_salary_currency (posting, sl_stmt_column_text (stmt, o + F_SALARY_CURRENCY));
  sl_salary_unit_from_string (sl_stmt_column_text (stmt, o + F_SALARY_UNIT), &salary_unit);
  sl_posting_set_salary_unit (posting, salary_unit);
  sl_posting_set_summary (posting, sl_stmt_column_text (stmt, o + F_SUMMARY));
  sl_posting_set_description (posting, sl_stmt_column_text (stmt, o + F_DESCRIPTION));
  sl_posting_set_about (posting, sl_stmt_column_text (stmt, o + F_ABOUT));
  set_strv_from_json (posting, sl_posting_set_responsibilities, sl_stmt_column_text (stmt, o + F_RESPONSIBILITIES));
  set_strv_from_json (posting, sl_posting_set_qualifications, sl_stmt_column_text (stmt, o + F_QUALIFICATIONS));
  set_strv_from_json (posting, sl_posting_set_nice_to_have, sl_stmt_column_text (stmt, o + F_NICE_TO_HAVE));
  sl_posting_status_from_string (sl_stmt_column_text (stmt, o + F_STATUS), &status);
  sl_posting_set_status (posting, status);

  if (with_count)
    {
      sl_posting_set_active_count (posting, (guint) sqlite3_column_int64 (stmt, o + N_POSTING_FIELDS));
      sl_posting_set_hired_count (posting, (guint) sqlite3_column_int64 (stmt, o + N_POSTING_FIELDS + 1));
    }

  return posting;
}

static gboolean
set_not_found (const char  *record_type,
               const char  *id,
               GError     **error)
{
  g_debug ("No %s %s", record_type, id);
  return sl_store_set_not_found (record_type, error);
}

/* What a get function returns for the @record its lookup found: @record
 * (taken), or NULL with the lookup's @lookup_error (taken), or with
 * SL_ERROR_NOT_FOUND when there was none or it is deleted. */
gpointer
sl_store_live_or_error (gpointer     record,
                        GError      *lookup_error,
                        const char  *what,
                        const char  *id,
                        GError     **error)
{
  if (lookup_error != NULL)
    {
      g_clear_object (&record);
      g_propagate_error (error, lookup_error);
      return NULL;
    }
  if (record == NULL || sl_record_get_deleted (SL_RECORD (record)))
    {
      g_clear_object (&record);
      set_not_found (what, id, error);
      return NULL;
    }

  return record;
}

static gpointer
posting_row_cb (SlStmt *stmt)
{
  return posting_from_stmt (stmt, TRUE);
}

gpointer
sl_store_lookup_row (SlStore       *self,
                     const char    *sql,
                     const char    *id,
                     SlStoreReadRow read_row,
                     GError       **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_row (stmt);
  if (rc != SQLITE_DONE)
    sl_store_set_db_error (self, rc, error);
  return NULL;
}

/* The row of @id, deleted or not; NULL with no error when there is none. */
static SlPosting *
lookup_posting (SlStore     *self,
                const char  *id,
                GError     **error)
{
  return sl_store_lookup_row (self,
                              "SELECT " POSTING_COLUMNS ", " COUNT_COLUMNS
                              " FROM posting WHERE id = ?",
                              id, posting_row_cb, error);
}

static gboolean
write_posting (SlStore             *self,
               const char          *id,
               gint64               created_at,
               gint64               updated_at,
               const char          *rev,
               SlPosting           *posting,
               GError             **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  g_auto (PostingValues) values = { { NULL } };

  stmt = sl_store_prepare (self,
                           "INSERT INTO posting (" POSTING_COLUMNS ") VALUES ("
                           "?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                           "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25) "
                           "ON CONFLICT (id) DO UPDATE SET "
                           "updated_at = ?3, rev = ?4, title = ?5, department = ?6, "
                           "hiring_manager = ?7, organization = ?8, openings = ?9, "
                           "locations = ?10, workplace_type = ?11, employment_type = ?12, "
                           "date_posted = ?13, valid_through = ?14, salary_min = ?15, "
                           "salary_max = ?16, salary_currency = ?17, salary_unit = ?18, "
                           "summary = ?19, description = ?20, about = ?21, "
                           "responsibilities = ?22, qualifications = ?23, "
                           "nice_to_have = ?24, status = ?25",
                           error);
  if (stmt == NULL)
    return FALSE;

  posting_values (posting, &values);

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, created_at);
  sqlite3_bind_int64 (stmt, 3, updated_at);
  sqlite3_bind_text (stmt, 4, rev, -1, SQLITE_STATIC);
  for (guint i = 0; i < N_POSTING_FIELDS; i++)
    {
      int index = 5 + (int) i;

      switch (i)
        {
        case F_OPENINGS:
          sqlite3_bind_int64 (stmt, index, sl_posting_get_openings (posting));
          break;
        case F_SALARY_MIN:
          sqlite3_bind_double (stmt, index, sl_posting_get_salary_min (posting));
          break;
        case F_SALARY_MAX:
          sqlite3_bind_double (stmt, index, sl_posting_get_salary_max (posting));
          break;
        default:
          sl_stmt_bind_text (stmt, index, values.v[i]);
          break;
        }
    }

  return sl_store_step_done (self, stmt, error);
}

/**
 * sl_store_save_posting:
 * @self: a store
 * @posting: the posting to write
 * @error: return location for a #GError
 *
 * Validates and writes @posting in one transaction with its activity entries
 * ("created", or one "updated" per changed field with the old and new value)
 * and its change-feed row. A new posting (no id yet) gets an id and the
 * default pipeline: Applied, Screening, Interview, Offer, Hired. Saving an
 * unchanged posting writes nothing. On success the id, timestamps and rev of
 * @posting are updated.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_save_posting (SlStore    *self,
                       SlPosting  *posting,
                       GError    **error)
{
  g_autoptr (SlPosting) old = NULL;
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;
  g_autofree char *content = NULL;
  g_auto (PostingValues) values = { { NULL } };
  gint64 now;
  gint64 created_at;
  gboolean changed = FALSE;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_POSTING (posting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sl_posting_validate (posting, error))
    return FALSE;

  if (!sl_store_begin (self, error))
    return FALSE;

  now = sl_store_now ();
  id = g_strdup (sl_record_get_id (SL_RECORD (posting)));
  if (id != NULL)
    {
      g_autoptr (GError) local_error = NULL;

      old = lookup_posting (self, id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
      /* Editing a tombstone would silently lose the edit. */
      if (old != NULL && sl_record_get_deleted (SL_RECORD (old)))
        {
          set_not_found ("posting", id, error);
          goto fail;
        }
    }
  else
    {
      id = sl_store_new_id ();
    }

  posting_values (posting, &values);
  content = values_content ((const char * const *) values.v, N_POSTING_FIELDS);

  if (old != NULL)
    {
      g_auto (PostingValues) old_values = { { NULL } };

      posting_values (old, &old_values);
      for (guint i = 0; i < N_POSTING_FIELDS; i++)
        {
          if (g_strcmp0 (old_values.v[i], values.v[i]) == 0)
            continue;
          changed = TRUE;
          if (!sl_store_record_activity (self, "posting", id, "updated", posting_fields[i],
                                         old_values.v[i], values.v[i], error))
            goto fail;
        }

      if (!changed)
        {
          /* Nothing to write: keep the revision, so sync has nothing to send. */
          sl_store_rollback (self);
          sl_record_set_created_at (SL_RECORD (posting), sl_record_get_created_at (SL_RECORD (old)));
          sl_record_set_updated_at (SL_RECORD (posting), sl_record_get_updated_at (SL_RECORD (old)));
          sl_record_set_rev (SL_RECORD (posting), sl_record_get_rev (SL_RECORD (old)));
          return TRUE;
        }

      created_at = sl_record_get_created_at (SL_RECORD (old));
      rev = sl_store_next_rev (sl_record_get_rev (SL_RECORD (old)), content);
    }
  else
    {
      created_at = now;
      rev = sl_store_next_rev (NULL, content);
      if (!sl_store_record_activity (self, "posting", id, "created", NULL, NULL,
                                     values.v[F_TITLE], error))
        goto fail;
    }

  if (!write_posting (self, id, created_at, now, rev, posting, error))
    goto fail;
  if (!sl_store_record_change (self, "posting", id, rev, FALSE, error))
    goto fail;

  if (old == NULL)
    {
      static const struct {
        const char *name;
        SlStageKind kind;
      } pipeline[] = {
        { N_("Applied"), SL_STAGE_KIND_ACTIVE },
        { N_("Screening"), SL_STAGE_KIND_ACTIVE },
        { N_("Interview"), SL_STAGE_KIND_ACTIVE },
        { N_("Offer"), SL_STAGE_KIND_ACTIVE },
        { N_("Hired"), SL_STAGE_KIND_HIRED },
      };

      for (guint i = 0; i < G_N_ELEMENTS (pipeline); i++)
        if (!sl_store_insert_stage (self, id, _(pipeline[i].name), (int) i, pipeline[i].kind, now, error))
          goto fail;
    }

  sl_store_queue_changed (self, "posting", id);

  if (!sl_store_commit (self, error))
    return FALSE;

  sl_store_set_record_saved (SL_RECORD (posting), id, created_at, now, rev);
  return TRUE;

fail:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_get_posting:
 * @self: a store
 * @id: the posting's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the posting with its active count, or
 *   %NULL with %SL_ERROR_NOT_FOUND when there is none or it was deleted
 */
SlPosting *
sl_store_get_posting (SlStore     *self,
                      const char  *id,
                      GError     **error)
{
  GError *local_error = NULL;
  SlPosting *posting;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  posting = lookup_posting (self, id, &local_error);
  return sl_store_live_or_error (posting, local_error, "posting", id, error);
}

/* Sets deleted on every row that @select_sql (bound to @key and, unless 0,
 * @key_time; returning id and rev) selects, through @update_sql, with a new
 * rev, the change-feed row and updated_at = @now. */
static gboolean
set_deleted_rows (SlStore     *self,
                  const char  *record_type,
                  const char  *select_sql,
                  const char  *update_sql,
                  const char  *key,
                  gint64       key_time,
                  gboolean     deleted,
                  gint64       now,
                  GError     **error)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) revs = g_ptr_array_new_with_free_func (g_free);
  int rc;

  {
    g_autoptr (SlStmt) select_stmt = sl_store_prepare (self, select_sql, error);

    if (select_stmt == NULL)
      return FALSE;
    sqlite3_bind_text (select_stmt, 1, key, -1, SQLITE_STATIC);
    if (key_time != 0)
      sqlite3_bind_int64 (select_stmt, 2, key_time);
    while ((rc = sqlite3_step (select_stmt)) == SQLITE_ROW)
      {
        g_ptr_array_add (ids, g_strdup (sl_stmt_column_text (select_stmt, 0)));
        g_ptr_array_add (revs, g_strdup (sl_stmt_column_text (select_stmt, 1)));
      }
    if (rc != SQLITE_DONE)
      return sl_store_set_db_error (self, rc, error);
  }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr (SlStmt) update_stmt = sl_store_prepare (self, update_sql, error);
      g_autofree char *rev = NULL;

      if (update_stmt == NULL)
        return FALSE;

      rev = sl_store_next_rev (revs->pdata[i], deleted ? "deleted" : "restored");
      sqlite3_bind_int (update_stmt, 1, deleted ? 1 : 0);
      sqlite3_bind_int64 (update_stmt, 2, now);
      sqlite3_bind_text (update_stmt, 3, rev, -1, SQLITE_STATIC);
      sqlite3_bind_text (update_stmt, 4, ids->pdata[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (update_stmt);
      if (rc != SQLITE_DONE)
        return sl_store_set_db_error (self, rc, error);

      if (!sl_store_record_change (self, record_type, ids->pdata[i], rev, deleted, error))
        return FALSE;
    }

  if (ids->len > 0)
    sl_store_queue_changed (self, record_type, NULL);

  return TRUE;
}

static gboolean
set_posting_deleted (SlStore     *self,
                     const char  *id,
                     gboolean     deleted,
                     GError     **error)
{
  g_autoptr (SlPosting) old = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *rev = NULL;
  gint64 deleted_at;
  gint64 now;
  int rc;

  if (!sl_store_begin (self, error))
    return FALSE;

  old = lookup_posting (self, id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }
  if (old == NULL || sl_record_get_deleted (SL_RECORD (old)) == deleted)
    {
      if (deleted || old == NULL)
        set_not_found ("posting", id, error);
      else
        g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                     _("The posting “%s” is not deleted, so there is nothing to restore."),
                     sl_posting_get_title (old));
      goto fail;
    }

  now = sl_store_now ();
  deleted_at = sl_record_get_updated_at (SL_RECORD (old));
  rev = sl_store_next_rev (sl_record_get_rev (SL_RECORD (old)), deleted ? "deleted" : "restored");

  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                "UPDATE posting SET deleted = ?, updated_at = ?, rev = ? "
                                                "WHERE id = ?",
                                                error);
    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int (stmt, 1, deleted ? 1 : 0);
    sqlite3_bind_int64 (stmt, 2, now);
    sqlite3_bind_text (stmt, 3, rev, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, id, -1, SQLITE_STATIC);
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_DONE)
      {
        sl_store_set_db_error (self, rc, error);
        goto fail;
      }
  }

  /* A delete stamps the stages and applications it tombstones with the same
   * time as the posting, so a restore brings back exactly those. */
  if (deleted)
    {
      if (!set_deleted_rows (self, "stage",
                             "SELECT id, rev FROM stage WHERE posting_id = ? AND deleted = 0",
                             "UPDATE stage SET deleted = ?, updated_at = ?, rev = ? WHERE id = ?",
                             id, 0, TRUE, now, error) ||
          !set_deleted_rows (self, "application",
                             "SELECT id, rev FROM application WHERE posting_id = ? AND deleted = 0",
                             "UPDATE application SET deleted = ?, updated_at = ?, rev = ? WHERE id = ?",
                             id, 0, TRUE, now, error))
        goto fail;
    }
  else
    {
      if (!set_deleted_rows (self, "stage",
                             "SELECT id, rev FROM stage WHERE posting_id = ? AND deleted = 1 "
                             "AND updated_at = ?",
                             "UPDATE stage SET deleted = ?, updated_at = ?, rev = ? WHERE id = ?",
                             id, deleted_at, FALSE, now, error) ||
          !set_deleted_rows (self, "application",
                             "SELECT id, rev FROM application WHERE posting_id = ? AND deleted = 1 "
                             "AND updated_at = ?",
                             "UPDATE application SET deleted = ?, updated_at = ?, rev = ? WHERE id = ?",
                             id, deleted_at, FALSE, now, error))
        goto fail;
    }

  if (!sl_store_finish_record_write (self, NULL, "posting", id, rev, deleted,
                                     deleted ? "deleted" : "restored", NULL, NULL, NULL, error))
    goto fail;
  return sl_store_commit (self, error);

fail:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_delete_posting:
 * @self: a store
 * @id: the posting's id
 * @error: return location for a #GError
 *
 * Tombstones the posting, its stages and its applications in one
 * transaction; sl_store_restore_posting() undoes it.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_delete_posting (SlStore     *self,
                         const char  *id,
                         GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return set_posting_deleted (self, id, TRUE, error);
}

/**
 * sl_store_restore_posting:
 * @self: a store
 * @id: the posting's id
 * @error: return location for a #GError
 *
 * Brings back a deleted posting with the stages and applications its
 * deletion tombstoned.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_restore_posting (SlStore     *self,
                          const char  *id,
                          GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return set_posting_deleted (self, id, FALSE, error);
}

GPtrArray *
sl_store_query_postings (SlStore  *self,
                         GError  **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  g_autoptr (GPtrArray) postings = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* The active counts are a look-up each (posting_active). */
  stmt = sl_store_prepare (self,
                           "SELECT " POSTING_COLUMNS ", " COUNT_COLUMNS
                           " FROM posting WHERE deleted = 0 "
                           "ORDER BY updated_at DESC, id",
                           error);
  if (stmt == NULL)
    return NULL;

  postings = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (postings, posting_from_stmt (stmt, TRUE));

  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&postings);
}

static void
shared_posting_list_free (gpointer data)
{
  GWeakRef *shared = data;

  g_weak_ref_clear (shared);
  g_free (shared);
}

/**
 * sl_store_list_postings:
 * @self: a store
 *
 * Returns: (transfer full): a live #GListModel of #SlPosting (not deleted),
 *   most recently updated first, that follows the store's changes
 */
GListModel *
sl_store_list_postings (SlStore *self)
{
  GWeakRef *shared;
  SlPostingList *list;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* Every caller (the window, the postings page, the board's pickers) gets
   * the same live list while one is alive: it follows the store's changes,
   * so a second query of every posting and its counts would read the same. */
  shared = g_object_get_data (G_OBJECT (self), "sl-shared-posting-list");
  if (shared == NULL)
    {
      shared = g_new0 (GWeakRef, 1);
      g_weak_ref_init (shared, NULL);
      g_object_set_data_full (G_OBJECT (self), "sl-shared-posting-list", shared,
                              shared_posting_list_free);
    }

  list = g_weak_ref_get (shared);
  if (list == NULL)
    {
      list = sl_posting_list_new (self);
      g_weak_ref_set (shared, list);
    }

  return G_LIST_MODEL (list);
}

/**
 * sl_store_count_active_applications:
 * @self: a store
 * @posting_id: a posting's id
 * @count: (out): the number of active, not deleted applications
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_count_active_applications (SlStore     *self,
                                    const char  *posting_id,
                                    guint       *count,
                                    GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (posting_id != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  stmt = sl_store_prepare (self,
                           "SELECT coalesce ((SELECT count FROM posting_active WHERE posting_id = ?), 0)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, posting_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);

  *count = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}
