/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The applications of SlStore: their table, board moves and the board's
 * card queries. */
#define G_LOG_DOMAIN "sl-store-applications"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sl-application-list.h"
#include "sl-store-people-private.h"

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
  values[3] = sl_store_value_double (sl_application_get_position (application));
  values[4] = g_strdup (sl_application_status_to_string (sl_application_get_status (application)));
  values[5] = g_strdup (sl_application_get_rejection_reason (application));
  values[6] = g_strdup_printf ("%d", sl_application_get_rating (application));
  values[7] = sl_store_value_int64 (sl_application_get_applied_at (application));
  values[8] = sl_store_value_int64 (sl_application_get_stage_entered_at (application));
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
  g_auto (GStrv) tags = sl_stmt_column_strv (stmt, 16);

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
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return sl_store_delete_record (self, sl_store_application_ops (), id, error);
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
      if (!sl_store_step_done (self, stmt, error) ||
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

  old_position = sl_store_value_double (sl_application_get_position (application));
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
  new_position = sl_store_value_double (position);

  values = sl_store_record_values (ops, record);
  content = sl_store_record_content (ops, values);
  sl_store_values_free (values, ops->n_fields);
  rev = sl_store_next_rev (sl_record_get_rev (record), content);

  stmt = sl_store_prepare (self, ops->update_sql, error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_record_columns (stmt, application_id, sl_record_get_created_at (record), now, rev, FALSE);
  ops->bind (stmt, record);
  if (!sl_store_step_done (self, stmt, error))
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
  return sl_store_finish_write (self, ok, error);
}

/* The cards of the bound card query @stmt, in its order. */
static GPtrArray *
read_cards (SlStore  *self,
            SlStmt   *stmt,
            GError  **error)
{
  const SlRecordOps *ops = sl_store_application_ops ();
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

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

static GPtrArray *
load_cards (SlStore     *self,
            const char  *sql,
            const char  *id,
            GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sl_stmt_bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());

  return read_cards (self, stmt, error);
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
  g_autoptr (SlStmt) stmt = NULL;

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

  return read_cards (self, stmt, error);
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
