/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The interview summaries of the Interviews area: one query joining each interview to its candidate and posting. */
#define G_LOG_DOMAIN "sl-store-interview-summaries"

#include "config.h"

#include "sl-store-private.h"

G_DEFINE_BOXED_TYPE (SlInterviewSummary, sl_interview_summary,
                     sl_interview_summary_copy, sl_interview_summary_free)

/**
 * sl_interview_summary_copy:
 * @summary: a #SlInterviewSummary
 *
 * Returns: (transfer full): a deep copy of @summary
 */
SlInterviewSummary *
sl_interview_summary_copy (const SlInterviewSummary *summary)
{
  SlInterviewSummary *copy;

  g_return_val_if_fail (summary != NULL, NULL);

  copy = g_new0 (SlInterviewSummary, 1);
  copy->id = g_strdup (summary->id);
  copy->application_id = g_strdup (summary->application_id);
  copy->candidate_id = g_strdup (summary->candidate_id);
  copy->candidate_name = g_strdup (summary->candidate_name);
  copy->posting_title = g_strdup (summary->posting_title);
  copy->kind = g_strdup (summary->kind);
  copy->starts_at = summary->starts_at;
  copy->ends_at = summary->ends_at;
  copy->time_zone = g_strdup (summary->time_zone);
  copy->interviewers = g_strdupv (summary->interviewers);
  copy->status = summary->status;
  copy->location = g_strdup (summary->location);
  copy->video_link = g_strdup (summary->video_link);

  return copy;
}

/**
 * sl_interview_summary_free:
 * @summary: (nullable): a #SlInterviewSummary
 *
 * Frees @summary and everything it holds.
 */
void
sl_interview_summary_free (SlInterviewSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->id);
  g_free (summary->application_id);
  g_free (summary->candidate_id);
  g_free (summary->candidate_name);
  g_free (summary->posting_title);
  g_free (summary->kind);
  g_free (summary->time_zone);
  g_strfreev (summary->interviewers);
  g_free (summary->location);
  g_free (summary->video_link);
  g_free (summary);
}

/* Uses interview_by_start for the range; the joins are primary-key lookups. */
#define SUMMARY_SELECT \
  "SELECT i.id, i.application_id, c.id, c.name, p.title, i.kind, " \
  "  i.starts_at, i.ends_at, i.time_zone, i.interviewers, i.status, " \
  "  i.location, i.video_link " \
  "FROM interview i " \
  "  JOIN application a ON a.id = i.application_id " \
  "  JOIN candidate c ON c.id = a.candidate_id " \
  "  JOIN posting p ON p.id = a.posting_id " \
  "WHERE i.deleted = 0 AND a.deleted = 0 AND c.deleted = 0 AND c.erased = 0 " \
  "  AND p.deleted = 0 "

/**
 * sl_store_list_interview_summaries:
 * @self: a #SlStore
 * @from_us: only interviews starting at or after this time (unix µs UTC),
 *   or %G_MININT64 for all of them
 * @error: return location for a #GError
 *
 * One row per interview that is not deleted and whose application,
 * candidate and posting are neither deleted nor erased, with what the
 * Interviews area shows. One query over the interview_by_start index.
 *
 * Returns: (transfer full) (element-type SlInterviewSummary): the rows, by
 *   start time (then id, so equal starts keep a stable order)
 */
GPtrArray *
sl_store_list_interview_summaries (SlStore  *self,
                                   gint64    from_us,
                                   GError  **error)
{
  return sl_store_list_interview_summaries_limited (self, from_us, 0, error);
}

/**
 * sl_store_list_interview_summaries_limited:
 * @self: a #SlStore
 * @from_us: only interviews starting at or after this time (unix µs UTC),
 *   or %G_MININT64 for all of them
 * @limit: at most this many rows, the first by start time; 0 for all
 * @error: return location for a #GError
 *
 * sl_store_list_interview_summaries() for the first rows only: what fills
 * the Interviews area's first screen, read in milliseconds where all of
 * them take a second (70 000 interviews).
 *
 * Returns: (transfer full) (element-type SlInterviewSummary): the rows, by
 *   start time, then id
 */
GPtrArray *
sl_store_list_interview_summaries_limited (SlStore  *self,
                                           gint64    from_us,
                                           guint     limit,
                                           GError  **error)
{
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_interview_summary_free);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = sl_store_prepare (self,
                           SUMMARY_SELECT "AND i.starts_at >= ?1 ORDER BY i.starts_at, i.id LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from_us);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlInterviewSummary *summary = g_new0 (SlInterviewSummary, 1);
      SlInterviewStatus status = SL_INTERVIEW_STATUS_SCHEDULED;

      summary->id = g_strdup (sl_stmt_column_text (stmt, 0));
      summary->application_id = g_strdup (sl_stmt_column_text (stmt, 1));
      summary->candidate_id = g_strdup (sl_stmt_column_text (stmt, 2));
      summary->candidate_name = g_strdup (sl_stmt_column_text (stmt, 3));
      summary->posting_title = g_strdup (sl_stmt_column_text (stmt, 4));
      summary->kind = g_strdup (sl_stmt_column_text (stmt, 5));
      summary->starts_at = sqlite3_column_int64 (stmt, 6);
      summary->ends_at = sqlite3_column_int64 (stmt, 7);
      summary->time_zone = g_strdup (sl_stmt_column_text (stmt, 8));
      summary->interviewers = sl_strv_from_json (sl_stmt_column_text (stmt, 9));
      sl_interview_status_from_string (sl_stmt_column_text (stmt, 10), &status);
      summary->status = status;
      summary->location = g_strdup (sl_stmt_column_text (stmt, 11));
      summary->video_link = g_strdup (sl_stmt_column_text (stmt, 12));
      g_ptr_array_add (result, summary);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}
