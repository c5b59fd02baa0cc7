/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The interviews side of SlStore: interviews, feedback and the activity log. */
#define G_LOG_DOMAIN "sl-store-interviews"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-store-people-private.h"

static GPtrArray *
list_records (SlStore            *self,
              const SlRecordOps  *ops,
              const char         *sql,
              const char         *id,
              GError            **error)
{
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (id != NULL)
    sl_stmt_bind_text (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, sl_store_read_record (ops, stmt));
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

/* Whether @name is an IANA time zone this system knows. Parsing a zone file
 * costs tens of microseconds, so known names are remembered. */
static gboolean
time_zone_is_valid (const char *name)
{
  static GMutex lock;
  static GHashTable *known = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  gboolean valid;

  if (name == NULL || name[0] == '\0')
    return FALSE;
  if (g_str_equal (name, "UTC"))
    return TRUE;

  g_mutex_lock (&lock);
  valid = known != NULL && g_hash_table_contains (known, name);
  g_mutex_unlock (&lock);
  if (valid)
    return TRUE;

  /* Only names that look like "Area/City" or "UTC": no offsets or paths. */
  if (name[0] == '/' || strstr (name, "..") != NULL || g_ascii_isdigit (name[0]) ||
      name[0] == '+' || name[0] == '-')
    return FALSE;

  tz = g_time_zone_new_identifier (name);
  if (tz == NULL)
    return FALSE;

  g_mutex_lock (&lock);
  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (known, g_strdup (name));
  g_mutex_unlock (&lock);

  return TRUE;
}

/* Interviews */

#define INTERVIEW_COLUMNS \
  "id, created_at, updated_at, rev, deleted, application_id, kind, starts_at, " \
  "ends_at, time_zone, location, video_link, interviewers, status, ical_uid, " \
  "ical_sequence"

static const char * const interview_fields[] = {
  "application_id", "kind", "starts_at", "ends_at", "time_zone", "location",
  "video_link", "interviewers", "status", "ical_uid", "ical_sequence",
};

static void
interview_get_values (SlRecord  *record,
                      char     **values)
{
  SlInterview *interview = SL_INTERVIEW (record);

  values[0] = g_strdup (sl_interview_get_application_id (interview));
  values[1] = g_strdup (sl_interview_get_kind (interview));
  values[2] = sl_store_value_int64 (sl_interview_get_starts_at (interview));
  values[3] = sl_store_value_int64 (sl_interview_get_ends_at (interview));
  values[4] = g_strdup (sl_interview_get_time_zone (interview));
  values[5] = g_strdup (sl_interview_get_location (interview));
  values[6] = g_strdup (sl_interview_get_video_link (interview));
  values[7] = sl_store_value_strv (sl_interview_get_interviewers (interview));
  values[8] = g_strdup (sl_interview_status_to_string (sl_interview_get_status (interview)));
  values[9] = g_strdup (sl_interview_get_ical_uid (interview));
  values[10] = g_strdup_printf ("%d", sl_interview_get_ical_sequence (interview));
}

static void
interview_bind (SlStmt   *stmt,
                SlRecord *record)
{
  SlInterview *interview = SL_INTERVIEW (record);
  char *interviewers = sl_strv_to_json (sl_interview_get_interviewers (interview));

  bind_static_text (stmt, 6, sl_interview_get_application_id (interview));
  bind_static_text (stmt, 7, sl_interview_get_kind (interview));
  sqlite3_bind_int64 (stmt, 8, sl_interview_get_starts_at (interview));
  sqlite3_bind_int64 (stmt, 9, sl_interview_get_ends_at (interview));
  bind_static_text (stmt, 10, sl_interview_get_time_zone (interview));
  bind_static_text (stmt, 11, sl_interview_get_location (interview));
  bind_static_text (stmt, 12, sl_interview_get_video_link (interview));
  sl_stmt_bind_owned_text (stmt, 13, interviewers != NULL ? interviewers : g_strdup ("[]"));
  sqlite3_bind_text (stmt, 14,
                     sl_interview_status_to_string (sl_interview_get_status (interview)),
                     -1, SQLITE_STATIC);
  bind_static_text (stmt, 15, sl_interview_get_ical_uid (interview));
  sqlite3_bind_int (stmt, 16, sl_interview_get_ical_sequence (interview));
}

static void
interview_read (SlStmt   *stmt,
                SlRecord *record)
{
  SlInterview *interview = SL_INTERVIEW (record);
  SlInterviewStatus status = SL_INTERVIEW_STATUS_SCHEDULED;
  const char *interviewers_json = sl_stmt_column_text (stmt, 12);
  g_auto (GStrv) interviewers = NULL;

  if (interviewers_json != NULL)
    interviewers = sl_strv_from_json (interviewers_json);
  sl_interview_status_from_string (sl_stmt_column_text (stmt, 13), &status);

  sl_interview_set_application_id (interview, sl_stmt_column_text (stmt, 5));
  sl_interview_set_kind (interview, sl_stmt_column_text (stmt, 6));
  sl_interview_set_starts_at (interview, sqlite3_column_int64 (stmt, 7));
  sl_interview_set_ends_at (interview, sqlite3_column_int64 (stmt, 8));
  sl_interview_set_time_zone (interview, sl_stmt_column_text (stmt, 9));
  sl_interview_set_location (interview, sl_stmt_column_text (stmt, 10));
  sl_interview_set_video_link (interview, sl_stmt_column_text (stmt, 11));
  sl_interview_set_interviewers (interview, (const char * const *) interviewers);
  sl_interview_set_status (interview, status);
  sl_interview_set_ical_uid (interview, sl_stmt_column_text (stmt, 14));
  sl_interview_set_ical_sequence (interview, MAX (sqlite3_column_int (stmt, 15), 0));
}

static gboolean
interview_prepare (SlStore   *store,
                   SlRecord  *record,
                   SlRecord  *old,
                   gboolean   check_references,
                   GError   **error)
{
  SlInterview *interview = SL_INTERVIEW (record);
  SlInterview *old_interview = old != NULL ? SL_INTERVIEW (old) : NULL;
  const char *application_id = sl_interview_get_application_id (interview);
  const char *time_zone = sl_interview_get_time_zone (interview);
  gint64 starts_at = sl_interview_get_starts_at (interview);
  gint64 ends_at = sl_interview_get_ends_at (interview);

  if (application_id == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("An interview belongs to an application. Choose the candidate’s application and save again."));
      return FALSE;
    }
  if (starts_at <= 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The interview has no start time. Choose when it starts and save again."));
      return FALSE;
    }
  if (ends_at < starts_at)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The interview ends before it starts. Check the start and end times."));
      return FALSE;
    }
  if (time_zone == NULL)
    sl_interview_set_time_zone (interview, "UTC");
  else if (!time_zone_is_valid (time_zone))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("“%s” is not a known time zone. Use a name like “Europe/Berlin” or “America/New_York”."),
                   time_zone);
      return FALSE;
    }
  if (sl_interview_get_kind (interview) == NULL)
    sl_interview_set_kind (interview, "phone_screen");

  if (check_references &&
      (old_interview == NULL ||
       g_strcmp0 (application_id, sl_interview_get_application_id (old_interview)) != 0))
    {
      if (!sl_store_check_reference (store, "SELECT deleted FROM application WHERE id = ?1", application_id,
                                     _("The interview’s application does not exist or was deleted. Reload and try again."),
                                     error))
        return FALSE;
    }

  if (old_interview == NULL)
    {
      if (sl_interview_get_ical_uid (interview) == NULL)
        {
          g_autofree char *uuid = g_uuid_string_random ();
          g_autofree char *uid = g_strconcat (uuid, "@shortlist", NULL);

          sl_interview_set_ical_uid (interview, uid);
        }
    }
  else
    {
      /* A reschedule keeps the calendar UID and bumps SEQUENCE (RFC 5545). */
      if (sl_interview_get_ical_uid (interview) == NULL)
        sl_interview_set_ical_uid (interview, sl_interview_get_ical_uid (old_interview));
      if (starts_at != sl_interview_get_starts_at (old_interview) ||
          ends_at != sl_interview_get_ends_at (old_interview))
        sl_interview_set_ical_sequence (interview,
                                        sl_interview_get_ical_sequence (old_interview) + 1);
    }

  return TRUE;
}

static const SlRecordOps interview_ops = {
  .record_type = "interview",
  .get_type = sl_interview_get_type,
  .select_sql = "SELECT " INTERVIEW_COLUMNS " FROM interview WHERE id = ?1",
  .insert_sql = "INSERT INTO interview (" INTERVIEW_COLUMNS ") VALUES "
                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
  .update_sql = "UPDATE interview SET created_at = ?2, updated_at = ?3, rev = ?4, "
                "deleted = ?5, application_id = ?6, kind = ?7, starts_at = ?8, "
                "ends_at = ?9, time_zone = ?10, location = ?11, video_link = ?12, "
                "interviewers = ?13, status = ?14, ical_uid = ?15, ical_sequence = ?16 "
                "WHERE id = ?1",
  .tombstone_sql = "UPDATE interview SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1",
  .field_names = interview_fields,
  .n_fields = G_N_ELEMENTS (interview_fields),
  .get_values = interview_get_values,
  .bind = interview_bind,
  .read = interview_read,
  .prepare = interview_prepare,
};

const SlRecordOps *
sl_store_interview_ops (void)
{
  return &interview_ops;
}

/**
 * sl_store_save_interview:
 * @self: a #SlStore
 * @interview: the interview to insert (no id yet) or update
 * @error: return location for a #GError
 *
 * A new interview gets an iCalendar UID "<uuid>@shortlist"; a change of its
 * start or end increments its iCalendar SEQUENCE. The time zone must be an
 * IANA name (NULL means "UTC").
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_save_interview (SlStore      *self,
                         SlInterview  *interview,
                         GError      **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_INTERVIEW (interview), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sl_store_save_record (self, sl_store_interview_ops (), SL_RECORD (interview), error);
}

/**
 * sl_store_get_interview:
 * @self: a #SlStore
 * @id: the interview's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the interview (tombstoned ones too), or %NULL
 */
SlInterview *
sl_store_get_interview (SlStore     *self,
                        const char  *id,
                        GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return SL_INTERVIEW (sl_store_get_record (self, sl_store_interview_ops (), id, error));
}

/**
 * sl_store_delete_interview:
 * @self: a #SlStore
 * @id: the interview's id
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success (also when it was deleted already)
 */
gboolean
sl_store_delete_interview (SlStore     *self,
                           const char  *id,
                           GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return sl_store_delete_record (self, sl_store_interview_ops (), id, error);
}

/**
 * sl_store_list_interviews:
 * @self: a #SlStore
 * @application_id: (nullable): an application, or %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlInterview): the interviews that
 *   are not deleted, by start time
 */
GPtrArray *
sl_store_list_interviews (SlStore     *self,
                          const char  *application_id,
                          GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (application_id == NULL)
    return list_records (self, sl_store_interview_ops (),
                         "SELECT " INTERVIEW_COLUMNS " FROM interview WHERE deleted = 0 "
                         "ORDER BY starts_at, id",
                         NULL, error);

  return list_records (self, sl_store_interview_ops (),
                       "SELECT " INTERVIEW_COLUMNS " FROM interview "
                       "WHERE application_id = ?1 AND deleted = 0 ORDER BY starts_at, id",
                       application_id, error);
}

/* Feedback */

#define FEEDBACK_COLUMNS \
  "id, created_at, updated_at, rev, deleted, interview_id, interviewer, " \
  "recommendation, notes"

static const char * const feedback_fields[] = {
  "interview_id", "interviewer", "recommendation", "notes",
};

static void
feedback_get_values (SlRecord  *record,
                     char     **values)
{
  SlFeedback *feedback = SL_FEEDBACK (record);

  values[0] = g_strdup (sl_feedback_get_interview_id (feedback));
  values[1] = g_strdup (sl_feedback_get_interviewer (feedback));
  values[2] = g_strdup (sl_recommendation_to_string (sl_feedback_get_recommendation (feedback)));
  values[3] = g_strdup (sl_feedback_get_notes (feedback));
}

static void
feedback_bind (SlStmt   *stmt,
               SlRecord *record)
{
  SlFeedback *feedback = SL_FEEDBACK (record);
  const char *interviewer = sl_feedback_get_interviewer (feedback);

  bind_static_text (stmt, 6, sl_feedback_get_interview_id (feedback));
  bind_static_text (stmt, 7, interviewer != NULL ? interviewer : "");
  sqlite3_bind_text (stmt, 8,
                     sl_recommendation_to_string (sl_feedback_get_recommendation (feedback)),
                     -1, SQLITE_STATIC);
  bind_static_text (stmt, 9, sl_feedback_get_notes (feedback));
}

static void
feedback_read (SlStmt   *stmt,
               SlRecord *record)
{
  SlFeedback *feedback = SL_FEEDBACK (record);
  SlRecommendation recommendation = SL_RECOMMENDATION_NONE;

  sl_recommendation_from_string (sl_stmt_column_text (stmt, 7), &recommendation);

  sl_feedback_set_interview_id (feedback, sl_stmt_column_text (stmt, 5));
  sl_feedback_set_interviewer (feedback, sl_stmt_column_text (stmt, 6));
  sl_feedback_set_recommendation (feedback, recommendation);
  sl_feedback_set_notes (feedback, sl_stmt_column_text (stmt, 8));
}

static gboolean
feedback_prepare (SlStore   *store,
                  SlRecord  *record,
                  SlRecord  *old,
                  gboolean   check_references,
                  GError   **error)
{
  SlFeedback *feedback = SL_FEEDBACK (record);
  const char *interview_id = sl_feedback_get_interview_id (feedback);

  if (interview_id == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("Feedback belongs to an interview. Choose the interview and save again."));
      return FALSE;
    }
  if (!check_references ||
      (old != NULL && g_strcmp0 (interview_id, sl_feedback_get_interview_id (SL_FEEDBACK (old))) == 0))
    return TRUE;

  return sl_store_check_reference (store, "SELECT deleted FROM interview WHERE id = ?1", interview_id,
                                   _("The feedback’s interview does not exist or was deleted. Reload and try again."),
                                   error);
}

static const SlRecordOps feedback_ops = {
  .record_type = "feedback",
  .get_type = sl_feedback_get_type,
  .select_sql = "SELECT " FEEDBACK_COLUMNS " FROM feedback WHERE id = ?1",
  .insert_sql = "INSERT INTO feedback (" FEEDBACK_COLUMNS ") VALUES "
                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  .update_sql = "UPDATE feedback SET created_at = ?2, updated_at = ?3, rev = ?4, "
                "deleted = ?5, interview_id = ?6, interviewer = ?7, "
                "recommendation = ?8, notes = ?9 WHERE id = ?1",
  .tombstone_sql = "UPDATE feedback SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1",
  .field_names = feedback_fields,
  .n_fields = G_N_ELEMENTS (feedback_fields),
  .get_values = feedback_get_values,
  .bind = feedback_bind,
  .read = feedback_read,
  .prepare = feedback_prepare,
};

const SlRecordOps *
sl_store_feedback_ops (void)
{
  return &feedback_ops;
}

/**
 * sl_store_save_feedback:
 * @self: a #SlStore
 * @feedback: the feedback to insert (no id yet) or update
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_save_feedback (SlStore     *self,
                        SlFeedback  *feedback,
                        GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_FEEDBACK (feedback), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sl_store_save_record (self, sl_store_feedback_ops (), SL_RECORD (feedback), error);
}

/**
 * sl_store_list_feedback:
 * @self: a #SlStore
 * @interview_id: an interview
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlFeedback): the interview's
 *   feedback that is not deleted, oldest first
 */
GPtrArray *
sl_store_list_feedback (SlStore     *self,
                        const char  *interview_id,
                        GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (interview_id != NULL, NULL);

  return list_records (self, sl_store_feedback_ops (),
                       "SELECT " FEEDBACK_COLUMNS " FROM feedback "
                       "WHERE interview_id = ?1 AND deleted = 0 ORDER BY created_at, id",
                       interview_id, error);
}

/* Activity */

#define ACTIVITY_COLUMNS \
  "id, created_at, updated_at, rev, deleted, record_type, record_id, action, " \
  "field, old_value, new_value"

static void
activity_read (SlStmt   *stmt,
               SlRecord *record)
{
  SlActivity *activity = SL_ACTIVITY (record);

  sl_activity_set_record_type (activity, sl_stmt_column_text (stmt, 5));
  sl_activity_set_record_id (activity, sl_stmt_column_text (stmt, 6));
  sl_activity_set_action (activity, sl_stmt_column_text (stmt, 7));
  sl_activity_set_field (activity, sl_stmt_column_text (stmt, 8));
  sl_activity_set_old_value (activity, sl_stmt_column_text (stmt, 9));
  sl_activity_set_new_value (activity, sl_stmt_column_text (stmt, 10));
}

/**
 * sl_store_list_activity:
 * @self: a #SlStore
 * @record_id: (nullable): a record, or %NULL for everything
 * @limit: the most entries to return, 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlActivity): the activity log,
 *   newest first
 */
GPtrArray *
sl_store_list_activity (SlStore     *self,
                        const char  *record_id,
                        guint        limit,
                        GError     **error)
{
  static const SlRecordOps activity_ops = {
    .record_type = "activity",
    .get_type = sl_activity_get_type,
    .read = activity_read,
  };
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (record_id != NULL)
    stmt = sl_store_prepare (self,
                             "SELECT " ACTIVITY_COLUMNS " FROM activity WHERE record_id = ?1 "
                             "ORDER BY created_at DESC, rowid DESC LIMIT ?2",
                             error);
  else
    stmt = sl_store_prepare (self,
                             "SELECT " ACTIVITY_COLUMNS " FROM activity "
                             "ORDER BY created_at DESC, rowid DESC LIMIT ?2",
                             error);
  if (stmt == NULL)
    return NULL;
  if (record_id != NULL)
    sl_stmt_bind_text (stmt, 1, record_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, sl_store_read_record (&activity_ops, stmt));
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}
