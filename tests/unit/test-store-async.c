/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the store's worker jobs and _async reads: the same rows as the blocking calls, on the caller's main loop, and cancellation. */
#include "config.h"

#include "sl-demo.h"
#include "sl-error.h"
#include "sl-store-async.h"
#include "sl-store-private.h"
#include "sl-store-worker.h"

#define BUILD_DATA "build data"

typedef struct
{
  SlStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "async.db", NULL);
  g_autoptr (GError) error = NULL;
  SlDemoOptions options = { 0 };

  f->store = sl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sl_demo_fill (f->store, &options, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

/* Runs the main loop until the callback stored its result. */
static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  /* The callback runs on the thread that started the job. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  *out = g_object_ref (result);
}

static void
assert_same_ids (GPtrArray *a,
                 GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

/* What a caller builds of the rows, on the worker thread. */
typedef struct
{
  GPtrArray *rows;
  GThread   *thread;
} Built;

static void
built_free (Built *built)
{
  g_ptr_array_unref (built->rows);
  g_free (built);
}

static gpointer
build_cb (GPtrArray *rows,
          gpointer   user_data)
{
  Built *built = g_new0 (Built, 1);

  g_assert_cmpstr (user_data, ==, BUILD_DATA);
  built->rows = rows;
  built->thread = g_thread_self ();
  return built;
}

static void
test_candidate_summaries (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  Built *built;

  expected = sl_store_list_candidate_summaries (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, SL_DEMO_DEFAULT_CANDIDATES);

  sl_store_list_candidate_summaries_async (f->store, NULL, NULL, NULL, NULL, store_result_cb, &result);
  rows = sl_store_list_candidate_summaries_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, expected->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (((SlCandidateSummary *) rows->pdata[i])->id, ==,
                     ((SlCandidateSummary *) expected->pdata[i])->id);

  g_clear_object (&result);
  sl_store_list_candidate_summaries_async (f->store, build_cb, (gpointer) BUILD_DATA, (GDestroyNotify) built_free,
                                           NULL, store_result_cb, &result);
  built = sl_store_list_candidate_summaries_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (built->rows->len, ==, expected->len);
  g_assert_true (built->thread != g_thread_self ());
  built_free (built);
}

static void
test_matching_ids (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GError) error = NULL;

  expected = sl_store_list_matching_candidate_ids (f->store, "a", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 0);

  sl_store_list_matching_candidate_ids_async (f->store, "a", NULL, store_result_cb, &result);
  ids = sl_store_list_matching_candidate_ids_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  assert_same_ids (ids, expected);
}

static void
test_interview_summaries (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  Built *built;

  expected = sl_store_list_interview_summaries (f->store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 2);

  sl_store_list_interview_summaries_async (f->store, G_MININT64, 0, NULL, NULL, NULL, NULL,
                                           store_result_cb, &result);
  rows = sl_store_list_interview_summaries_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, expected->len);

  /* A limit, and the rows built on the worker thread. */
  g_clear_object (&result);
  sl_store_list_interview_summaries_async (f->store, G_MININT64, 2, build_cb, (gpointer) BUILD_DATA,
                                           (GDestroyNotify) built_free, NULL, store_result_cb, &result);
  built = sl_store_list_interview_summaries_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (built->rows->len, ==, 2);
  g_assert_true (built->thread != g_thread_self ());
  built_free (built);

  /* Rows already read, built again without a connection. */
  g_clear_object (&result);
  sl_store_build_async (f->store, expected, build_cb, (gpointer) BUILD_DATA, (GDestroyNotify) built_free,
                        NULL, store_result_cb, &result);
  built = sl_store_build_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_true (built->rows == expected);
  g_assert_true (built->thread != g_thread_self ());
  built_free (built);
}

static void
test_expired (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr (GPtrArray) all = sl_store_list_candidate_summaries (f->store, NULL, &error);
  const char *old_id = ((SlCandidateSummary *) all->pdata[0])->id;

  /* One candidate untouched for two years. */
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (f->store),
                                       "UPDATE candidate SET updated_at = ?2, created_at = ?2 WHERE id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, old_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time () - 2 * 366 * G_TIME_SPAN_DAY);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  expected = sl_store_list_expired (f->store, 12, &error);
  g_assert_no_error (error);

  sl_store_list_expired_async (f->store, 12, NULL, store_result_cb, &result);
  ids = sl_store_list_expired_finish (f->store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  assert_same_ids (ids, expected);
}

/* A cancelled job reports the cancellation, on the main loop, and frees
 * what it built. */
static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  gpointer built;

  sl_store_list_candidate_summaries_async (f->store, build_cb, (gpointer) BUILD_DATA, (GDestroyNotify) built_free,
                                           cancellable, store_result_cb, &result);
  g_cancellable_cancel (cancellable);
  g_assert_null (result);
  built = sl_store_list_candidate_summaries_finish (f->store, wait_for_result (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (built);

  g_clear_object (&result);
  g_clear_error (&error);
  sl_store_list_expired_async (f->store, 12, cancellable, store_result_cb, &result);
  g_assert_null (sl_store_list_expired_finish (f->store, wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* A writing job on its own connection: the caller's store sees its commit,
 * and its locks survive the job's connection closing. */
static gpointer
add_candidate_cb (SlStore       *store,
                  gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();

  g_assert_false (sl_store_is_read_only (store));
  sl_candidate_set_name (candidate, data);
  if (!sl_store_save_candidate (store, candidate, error))
    return NULL;
  return g_strdup (sl_record_get_id (SL_RECORD (candidate)));
}

static gpointer
fail_cb (SlStore       *store,
         gpointer       data,
         GCancellable  *cancellable,
         GError       **error)
{
  g_assert_null (store);
  g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, "refused");
  return NULL;
}

static void
test_worker (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) found = NULL;
  g_autofree char *id = NULL;

  sl_store_worker_run_async (f->store, SL_STORE_WORKER_WRITE, add_candidate_cb, g_strdup ("Wanda Worker"), g_free,
                             g_free, test_worker, NULL, store_result_cb, &result);
  id = sl_store_worker_run_finish (f->store, wait_for_result (&result), test_worker, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_store_worker_get_data (result), ==, "Wanda Worker");

  found = sl_store_get_candidate (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_name (found), ==, "Wanda Worker");
  /* The caller's connection still writes. */
  sl_candidate_set_name (found, "Wanda Main");
  g_assert_true (sl_store_save_candidate (f->store, found, &error));
  g_assert_no_error (error);

  g_clear_object (&result);
  sl_store_worker_run_async (f->store, SL_STORE_WORKER_NO_STORE, fail_cb, NULL, NULL, NULL, test_worker,
                             NULL, store_result_cb, &result);
  g_assert_null (sl_store_worker_run_finish (f->store, wait_for_result (&result), test_worker, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/store-async/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("candidate-summaries", test_candidate_summaries);
  ADD ("matching-ids", test_matching_ids);
  ADD ("interview-summaries", test_interview_summaries);
  ADD ("expired", test_expired);
  ADD ("cancelled", test_cancelled);
  ADD ("worker", test_worker);
#undef ADD

  return g_test_run ();
}
