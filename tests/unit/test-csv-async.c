/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the CSV import and export of files on a worker thread: what they write, the replaced header, progress, cancellation, and no half-written export. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sl-candidate-csv-async.h"

static SlStore *
open_store (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "csv-async.db", NULL);
  g_autoptr (GError) error = NULL;
  SlStore *store;

  g_assert_true (g_mkdir_with_parents (g_get_user_data_dir (), 0700) == 0);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static GFile *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static guint
count_candidates (SlStore *store)
{
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts = { 0 };

  /* What another connection committed. */
  sl_store_check_external_changes (store);
  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  return counts.candidates;
}

static void
test_import (void)
{
  g_autoptr (SlStore) store = open_store ();
  g_autoptr (GFile) file = write_file ("people.csv",
                                       "Wer,Post,Egal\n"
                                       "Ada Lovelace,ada@example.com,x\n"
                                       "Grace Hopper,grace@example.com,y\n"
                                       "\"Broken\n");
  const char * const headers[] = { "Name", "Email", "Ignored 3", NULL };
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (SlImportResult) imported = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  gsize progress = 0;

  /* The file's own header names nothing Shortlist knows: the given one does. */
  sl_candidate_csv_import_file_async (store, file, headers, NULL, SL_DUPLICATES_SKIP, &progress, NULL,
                                      store_result_cb, &result);
  imported = sl_candidate_csv_import_file_finish (store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported->imported, ==, 2);
  g_assert_cmpuint (imported->failed, ==, 1);
  /* The broken row keeps its line in the file. */
  g_assert_cmpuint (((SlImportFailure *) imported->failures->pdata[0])->line, ==, 4);
  g_assert_cmpuint (progress, >, 0);
  g_assert_cmpuint (count_candidates (store), ==, 2);

  found = sl_store_find_duplicates (store, "grace@example.com", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
}

static void
test_import_cancelled (void)
{
  g_autoptr (SlStore) store = open_store ();
  g_autoptr (GFile) file = write_file ("people.csv", "Name,Email\nAda Lovelace,ada@example.com\n");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  /* Cancelled before it starts: a job cancelled later could have committed. */
  g_cancellable_cancel (cancellable);
  sl_candidate_csv_import_file_async (store, file, NULL, NULL, SL_DUPLICATES_SKIP, NULL, cancellable,
                                      store_result_cb, &result);
  g_assert_null (sl_candidate_csv_import_file_finish (store, wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_candidates (store), ==, 0);
}

static char *
export_to (SlStore    *store,
           GPtrArray  *ids,
           const char *query)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "export.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  sl_candidate_csv_export_file_async (store, file, ids, NULL, query, NULL, store_result_cb, &result);
  g_assert_true (sl_candidate_csv_export_file_finish (store, wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_export (void)
{
  g_autoptr (SlStore) store = open_store ();
  g_autoptr (GFile) file = write_file ("people.csv",
                                       "Name,Email\nAda Lovelace,ada@example.com\nGrace Hopper,grace@example.com\n");
  g_autofree char *missing = g_build_filename (g_get_user_data_dir (), "no such folder", "export.csv", NULL);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autofree char *old_path = g_build_filename (g_get_user_data_dir (), "kept.csv", NULL);
  g_autoptr (GFile) old_file = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (SlImportResult) imported = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;
  g_autofree char *searched = NULL;
  g_autofree char *kept = NULL;

  sl_candidate_csv_import_file_async (store, file, NULL, NULL, SL_DUPLICATES_SKIP, NULL, NULL,
                                      store_result_cb, &result);
  imported = sl_candidate_csv_import_file_finish (store, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported->imported, ==, 2);
  g_clear_object (&result);

  all = export_to (store, NULL, NULL);
  g_assert_true (g_str_has_prefix (all, "Name,Emails,"));
  g_assert_nonnull (strstr (all, "Ada Lovelace"));
  g_assert_nonnull (strstr (all, "Grace Hopper"));

  /* Some, by id: one that is gone is left out. */
  found = sl_store_find_duplicates (store, "grace@example.com", NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_add (ids, g_strdup (sl_record_get_id (found->pdata[0])));
  g_ptr_array_add (ids, g_strdup ("no-such-id"));
  some = export_to (store, ids, NULL);
  g_assert_true (g_str_has_prefix (some, "Name,Emails,"));
  g_assert_null (strstr (some, "Ada Lovelace"));
  g_assert_nonnull (strstr (some, "Grace Hopper"));

  searched = export_to (store, NULL, "ada");
  g_assert_nonnull (strstr (searched, "Ada Lovelace"));
  g_assert_null (strstr (searched, "Grace Hopper"));

  /* A folder that is not there: an error, and no file. */
  sl_candidate_csv_export_file_async (store, missing_file, NULL, NULL, NULL, NULL, store_result_cb, &result);
  g_assert_false (sl_candidate_csv_export_file_finish (store, wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_clear_object (&result);

  /* Cancelled: the file that was there stays as it was. */
  g_assert_true (g_file_set_contents (old_path, "old", -1, NULL));
  old_file = g_file_new_for_path (old_path);
  g_cancellable_cancel (cancellable);
  sl_candidate_csv_export_file_async (store, old_file, NULL, NULL, NULL, cancellable, store_result_cb, &result);
  g_assert_false (sl_candidate_csv_export_file_finish (store, wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (old_path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "old");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv-async/import", test_import);
  g_test_add_func ("/csv-async/import-cancelled", test_import_cancelled);
  g_test_add_func ("/csv-async/export", test_export);

  return g_test_run ();
}
