/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl_store_list_interview_summaries(): the joined rows of the Interviews area, their order, range and filters. */
#include "config.h"

#include <glib/gstdio.h>

#include "sl-store.h"
#include "unit-test-utils.h"

typedef struct
{
  char    *path;
  SlStore *store;
  char    *candidate_id;
  char    *application_id;
} Fixture;

static char *
add_interview (SlStore    *store,
               const char *application_id,
               const char *kind,
               gint64      starts_at,
               const char *time_zone)
{
  g_autoptr (SlInterview) interview = sl_interview_new ();
  g_autoptr (GError) error = NULL;
  const char * const people[] = { "Ada Lovelace", "Grace Hopper", NULL };

  sl_interview_set_application_id (interview, application_id);
  sl_interview_set_kind (interview, kind);
  sl_interview_set_starts_at (interview, starts_at);
  sl_interview_set_ends_at (interview, starts_at + G_TIME_SPAN_HOUR);
  sl_interview_set_time_zone (interview, time_zone);
  sl_interview_set_interviewers (interview, people);
  sl_interview_set_video_link (interview, "https://meet.example.com/abc");
  sl_store_save_interview (store, interview, &error);
  g_assert_no_error (error);

  return g_strdup (sl_record_get_id (SL_RECORD (interview)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (SlApplication) application = sl_application_new ();
  g_autoptr (GPtrArray) stages = NULL;
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  f->path = g_build_filename (dir, "interviews.db", NULL);
  f->store = sl_store_open (f->path, &error);
  g_assert_no_error (error);

  sl_posting_set_title (posting, "Backend Engineer");
  sl_store_save_posting (f->store, posting, &error);
  g_assert_no_error (error);
  stages = sl_store_list_stages (f->store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, >, 0);

  sl_candidate_set_name (candidate, "Zoë Adams");
  sl_store_save_candidate (f->store, candidate, &error);
  g_assert_no_error (error);
  f->candidate_id = g_strdup (sl_record_get_id (SL_RECORD (candidate)));

  sl_application_set_candidate_id (application, f->candidate_id);
  sl_application_set_posting_id (application, sl_record_get_id (SL_RECORD (posting)));
  sl_application_set_stage_id (application, sl_record_get_id (stages->pdata[0]));
  sl_store_save_application (f->store, application, &error);
  g_assert_no_error (error);
  f->application_id = g_strdup (sl_record_get_id (SL_RECORD (application)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_free (f->candidate_id);
  g_free (f->application_id);
  g_free (f->path);
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GPtrArray) later = NULL;
  g_autoptr (SlInterviewSummary) copy = NULL;
  g_autofree char *late = NULL;
  g_autofree char *early = NULL;
  g_autofree char *middle = NULL;
  const SlInterviewSummary *row;
  gint64 base = G_GINT64_CONSTANT (1764756000) * G_USEC_PER_SEC; /* 2025-12-03 10:00 UTC */

  /* Saved out of order: the list is by start time. */
  late = add_interview (f->store, f->application_id, "panel", base + 2 * G_TIME_SPAN_DAY, "UTC");
  early = add_interview (f->store, f->application_id, "phone_screen", base, "America/New_York");
  middle = add_interview (f->store, f->application_id, "technical", base + G_TIME_SPAN_DAY, "Asia/Kolkata");

  all = sl_store_list_interview_summaries (f->store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);

  row = all->pdata[0];
  g_assert_cmpstr (row->id, ==, early);
  g_assert_cmpstr (row->application_id, ==, f->application_id);
  g_assert_cmpstr (row->candidate_id, ==, f->candidate_id);
  g_assert_cmpstr (row->candidate_name, ==, "Zoë Adams");
  g_assert_cmpstr (row->posting_title, ==, "Backend Engineer");
  g_assert_cmpstr (row->kind, ==, "phone_screen");
  g_assert_cmpint (row->starts_at, ==, base);
  g_assert_cmpint (row->ends_at, ==, base + G_TIME_SPAN_HOUR);
  g_assert_cmpstr (row->time_zone, ==, "America/New_York");
  g_assert_cmpuint (g_strv_length (row->interviewers), ==, 2);
  g_assert_cmpstr (row->interviewers[1], ==, "Grace Hopper");
  g_assert_cmpint (row->status, ==, SL_INTERVIEW_STATUS_SCHEDULED);
  g_assert_null (row->location);
  g_assert_cmpstr (row->video_link, ==, "https://meet.example.com/abc");
  g_assert_cmpstr (((SlInterviewSummary *) all->pdata[1])->id, ==, middle);
  g_assert_cmpstr (((SlInterviewSummary *) all->pdata[2])->id, ==, late);

  /* The boxed copy is deep. */
  copy = g_boxed_copy (SL_TYPE_INTERVIEW_SUMMARY, row);
  g_assert_true (copy != row);
  g_assert_true (copy->interviewers != row->interviewers);
  g_assert_cmpstr (copy->interviewers[0], ==, "Ada Lovelace");
  g_assert_cmpstr (copy->time_zone, ==, row->time_zone);

  /* from_us is inclusive. */
  later = sl_store_list_interview_summaries (f->store, base + G_TIME_SPAN_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->len, ==, 2);
  g_assert_cmpstr (((SlInterviewSummary *) later->pdata[0])->id, ==, middle);

  /* The first rows only, from a time on or from the start; 0 is no limit. */
  g_clear_pointer (&later, g_ptr_array_unref);
  later = sl_store_list_interview_summaries_limited (f->store, base + G_TIME_SPAN_DAY, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->len, ==, 1);
  g_assert_cmpstr (((SlInterviewSummary *) later->pdata[0])->id, ==, middle);
  g_clear_pointer (&later, g_ptr_array_unref);
  later = sl_store_list_interview_summaries_limited (f->store, G_MININT64, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->len, ==, 2);
  g_assert_cmpstr (((SlInterviewSummary *) later->pdata[1])->id, ==, middle);
  g_clear_pointer (&later, g_ptr_array_unref);
  later = sl_store_list_interview_summaries_limited (f->store, G_MININT64, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->len, ==, 3);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (SlInterview) interview = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gint64 base = G_GINT64_CONSTANT (1764756000) * G_USEC_PER_SEC;

  first = add_interview (f->store, f->application_id, "technical", base, "UTC");
  second = add_interview (f->store, f->application_id, "onsite", base + G_TIME_SPAN_HOUR, "UTC");

  /* A reschedule and a status change show in the next query. */
  interview = sl_store_get_interview (f->store, first, &error);
  g_assert_no_error (error);
  sl_interview_set_starts_at (interview, base + 3 * G_TIME_SPAN_HOUR);
  sl_interview_set_ends_at (interview, base + 4 * G_TIME_SPAN_HOUR);
  sl_interview_set_status (interview, SL_INTERVIEW_STATUS_CANCELLED);
  sl_store_save_interview (f->store, interview, &error);
  g_assert_no_error (error);

  rows = sl_store_list_interview_summaries (f->store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((SlInterviewSummary *) rows->pdata[0])->id, ==, second);
  g_assert_cmpstr (((SlInterviewSummary *) rows->pdata[1])->id, ==, first);
  g_assert_cmpint (((SlInterviewSummary *) rows->pdata[1])->status, ==, SL_INTERVIEW_STATUS_CANCELLED);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Deleted interviews are gone. */
  sl_store_delete_interview (f->store, second, &error);
  g_assert_no_error (error);
  rows = sl_store_list_interview_summaries (f->store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* So are the interviews of a deleted candidate. */
  sl_store_delete_candidate (f->store, f->candidate_id, &error);
  g_assert_no_error (error);
  rows = sl_store_list_interview_summaries (f->store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_demo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = unit_test_open_store ("demo.db", TRUE, NULL);
  g_autoptr (GPtrArray) rows = NULL;
  SlStoreCounts counts = { 0 };

  sl_store_get_counts (store, &counts, &error);
  g_assert_no_error (error);

  rows = sl_store_list_interview_summaries (store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.interviews, >, 0);
  g_assert_cmpuint (rows->len, ==, counts.interviews);

  for (guint i = 0; i < rows->len; i++)
    {
      const SlInterviewSummary *row = rows->pdata[i];

      g_assert_nonnull (row->candidate_name);
      g_assert_nonnull (row->posting_title);
      g_assert_nonnull (row->time_zone);
      g_assert_cmpint (row->ends_at, >, row->starts_at);
      if (i > 0)
        g_assert_cmpint (((SlInterviewSummary *) rows->pdata[i - 1])->starts_at, <=, row->starts_at);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/interview-summaries/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/interview-summaries/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add_func ("/interview-summaries/demo", test_demo);

  return g_test_run ();
}
