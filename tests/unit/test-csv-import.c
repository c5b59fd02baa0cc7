/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the bulk CSV import of candidates (sl_candidate_csv_import()): what it writes, duplicates, failed rows, cancelling, and the index it leaves behind. */
#include "config.h"

#include <gio/gio.h>

#include "sl-candidate-csv.h"
#include "sl-csv.h"
#include "sl-store-private.h"
#include "sl-store-search-private.h"
#include "unit-test-utils.h"

static void
exec (SlStore    *store,
      const char *sql)
{
  if (sqlite3_exec (sl_store_get_db (store), sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (sl_store_get_db (store)));
}

static SlImportResult *
import_text (SlStore            *store,
             const char         *text,
             SlDuplicatesPolicy  policy,
             GError            **error)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (g_strdup (text), -1, g_free);

  return sl_candidate_csv_import (store, stream, NULL, policy, NULL, NULL, NULL, error);
}

/* What every import must leave behind: the indexing triggers, no deferral,
 * and the contacts table exactly as the SQL of the schema computes it. */
static void
assert_index_consistent (SlStore *store)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                                               "name IN ('candidate_fts_insert', 'candidate_contact_insert')", NULL), ==, 2);
  g_assert_cmpint (unit_test_query_int (store, "SELECT deferred FROM search_state", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_fts_docsize", NULL), ==,
                   unit_test_query_int (store, "SELECT count(*) FROM candidate WHERE deleted = 0 AND erased = 0", NULL));
  unit_test_assert_search_index (store);
  g_assert_cmpint (unit_test_query_int (store, "SELECT coalesce (max (v), 0) FROM candidate_fts_config "
                                               "WHERE k = 'hashsize'", NULL), <=, 1024 * 1024);

  exec (store, "BEGIN;"
               "CREATE TEMP TABLE kept AS SELECT value, candidate_id FROM candidate_contact;"
               "DELETE FROM candidate_contact;");
  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store), sl_store_index_contacts_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, 0);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM (SELECT value, candidate_id FROM kept EXCEPT "
                                               "SELECT value, candidate_id FROM candidate_contact)", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM (SELECT value, candidate_id FROM candidate_contact "
                                               "EXCEPT SELECT value, candidate_id FROM kept)", NULL), ==, 0);
  exec (store, "ROLLBACK");
}

/* Thousands of rows (several batches, several read buffers): counts,
 * failed lines, what each candidate got, search and duplicates after. */
static void
test_many_rows (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) csv = g_string_new ("Name,Email,Phone,City,Title,Tags,Notes\n");
  g_autoptr (SlCandidate) saved = sl_candidate_new ();
  g_autoptr (GPtrArray) found = NULL;
  guint line = 2;
  guint bad_utf8_line = 0;
  guint ragged_line = 0;
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      if (i == 1234)
        {
          bad_utf8_line = line++;
          g_string_append (csv, "Jos\xe9 Latin,latin@example.org,,,,,\n");
        }
      if (i == 3001)
        {
          ragged_line = line++;
          g_string_append (csv, "Too,Few\n");
        }
      /* Rows 4000 on repeat an earlier email: skipped. */
      g_string_append_printf (csv, "Person %u,P%u@Example.org; second%u@example.org,+1 (555) %07u,Lyon,"
                              "Engineer,\"go;rust\",\"Line one\nline two of %u\"\n",
                              i, i < 4000 ? i : i - 4000, i, i, i);
      line += 2;
    }

  result = import_text (store, csv->str, SL_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->imported, ==, 4000);
  g_assert_cmpuint (result->skipped, ==, 1000);
  g_assert_cmpuint (result->merged, ==, 0);
  g_assert_cmpuint (result->failed, ==, 2);
  g_assert_cmpuint (((SlImportFailure *) g_ptr_array_index (result->failures, 0))->line, ==, bad_utf8_line);
  g_assert_cmpuint (((SlImportFailure *) g_ptr_array_index (result->failures, 1))->line, ==, ragged_line);

  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate", NULL), ==, 4000);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE action = 'imported' "
                                               "AND record_type = 'candidate' AND record_id IN (SELECT id FROM candidate)", NULL), ==, 4000);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change WHERE record_type = 'candidate' "
                                               "AND rev = (SELECT rev FROM candidate WHERE id = record_id)", NULL), ==, 4000);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(DISTINCT id) FROM activity", NULL), ==, 4000);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_contact", NULL), ==, 3 * 4000);
  assert_index_consistent (store);

  /* The same columns, revision and activity as a candidate saved by hand. */
  sl_candidate_set_name (saved, "Person 77");
  sl_candidate_set_emails (saved, (const char *[]) { "P77@Example.org", "second77@example.org", NULL });
  sl_candidate_set_phones (saved, (const char *[]) { "+1 (555) 0000077", NULL });
  sl_candidate_set_location (saved, "Lyon");
  sl_candidate_set_headline (saved, "Engineer");
  sl_candidate_set_tags (saved, (const char *[]) { "go", "rust", NULL });
  sl_candidate_set_notes (saved, "Line one\nline two of 77");
  g_assert_true (sl_store_save_candidate (store, saved, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                       "SELECT a.rev = b.rev AND a.emails = b.emails AND a.phones = b.phones "
                                       "AND a.tags = b.tags AND a.links = b.links AND a.notes = b.notes "
                                       "AND a.location = b.location AND a.source IS b.source "
                                       "AND (SELECT rev FROM activity WHERE record_id = a.id) IS NOT NULL "
                                       "FROM candidate a, candidate b WHERE a.name = 'Person 77' AND a.id != ?1 AND b.id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, sl_record_get_id (SL_RECORD (saved)), -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  found = sl_store_search_candidates (store, "person 3999", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >=, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_find_duplicates (store, "second42@EXAMPLE.org", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (sl_candidate_get_name (g_ptr_array_index (found, 0)), ==, "Person 42");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_find_duplicates (store, NULL, "+15550003999", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);

  /* A second import finds the first one's candidates. */
  g_clear_pointer (&result, sl_import_result_free);
  result = import_text (store, "Name,Email\nAgain,p10@example.org\nNew,new@example.org\n", SL_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 1);
  g_assert_cmpuint (result->skipped, ==, 1);
  assert_index_consistent (store);
}

/* Merges into candidates of the same import, and "import anyway". */
static void
test_merge_and_import (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GString) csv = g_string_new ("Name,Email,Phone,Notes\n");

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (csv, "Person %u,p%u@example.org,,first\n", i, i);
  /* The same people again with a phone and a note: merged into the rows
   * above, written or still queued. */
  for (guint i = 0; i < 3000; i += 7)
    g_string_append_printf (csv, "Person %u again,p%u@example.org,+44 (0)20 7946 %04u,merged note %u\n", i, i, i, i);

  result = import_text (store, csv->str, SL_DUPLICATES_MERGE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 3000);
  g_assert_cmpuint (result->merged, ==, 429);
  g_assert_cmpuint (result->failed, ==, 0);
  assert_index_consistent (store);

  found = sl_store_find_duplicates (store, NULL, "+442079462996", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (sl_candidate_get_name (g_ptr_array_index (found, 0)), ==, "Person 2996");
  g_assert_cmpstr (sl_candidate_get_notes (g_ptr_array_index (found, 0)), ==, "first\n\nmerged note 2996");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_search_candidates (store, "\"merged note 2996\"", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  g_clear_pointer (&result, sl_import_result_free);
  result = import_text (store, "Name,Email\nPerson 1 twin,p1@example.org\nPerson 1 twin,P1@example.org\n",
                        SL_DUPLICATES_IMPORT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 2);
  assert_index_consistent (store);
  found = sl_store_find_duplicates (store, "p1@example.org", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 3);
}

static void
cancel_cb (guint64  bytes_read,
           guint    rows,
           gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

/* Cancelling or a file that cannot be read imports nothing; a broken end
 * of file imports what came before. */
static void
test_cancel_and_errors (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GString) csv = g_string_new ("Name,Email\n");
  g_autoptr (GInputStream) stream = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "Person %u,p%u@example.org\n", i, i);
  stream = g_memory_input_stream_new_from_data (g_strdup (csv->str), csv->len, g_free);
  result = sl_candidate_csv_import (store, stream, NULL, SL_DUPLICATES_SKIP, cancel_cb, cancellable,
                                    cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result);
  g_clear_error (&error);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity", NULL), ==, 0);
  assert_index_consistent (store);

  /* An unterminated quote: the rows before and after it go in, its row fails. */
  g_string_append (csv, "Broken,\"never closed\nMore,more@example.org\n");
  result = import_text (store, csv->str, SL_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 20001);
  g_assert_cmpuint (result->failed, ==, 1);
  g_assert_cmpuint (((SlImportFailure *) g_ptr_array_index (result->failures, 0))->line, ==, 20002);
  assert_index_consistent (store);
  g_clear_pointer (&result, sl_import_result_free);

  result = import_text (store, "", SL_DUPLICATES_SKIP, &error);
  g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  g_assert_null (result);
  g_clear_error (&error);
  assert_index_consistent (store);
}

/* A quote that is never closed fails its own row only: the 1 000 rows
 * after it are imported, and imported + merged + skipped + failed is the
 * number of records in the file, read from a real file. */
static void
test_unclosed_quote (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) csv = g_string_new ("Name,Email,Notes\r\n");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "unclosed.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) stream = NULL;
  SlImportFailure *failure;

  g_string_append (csv, "Ana,ana@example.org,\"fine\r\nover two lines\"\r\n");
  g_string_append (csv, "Ana again,ana@example.org,a duplicate\r\n");
  g_string_append (csv, "Broken,broken@example.org,\"never closed\r\n");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (csv, "Person %u,p%u@example.org,\"note, %u\"\r\n", i, i, i);
  g_string_append (csv, "Ragged,ragged@example.org\r\n");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  result = sl_candidate_csv_import (store, G_INPUT_STREAM (stream), NULL, SL_DUPLICATES_SKIP, NULL, NULL,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 1001);
  g_assert_cmpuint (result->skipped, ==, 1);
  g_assert_cmpuint (result->failed, ==, 2);
  g_assert_cmpuint (result->imported + result->merged + result->skipped + result->failed, ==, 1004);
  failure = g_ptr_array_index (result->failures, 0);
  g_assert_cmpuint (failure->line, ==, 5);
  g_assert_nonnull (strstr (failure->reason, "never closed"));
  failure = g_ptr_array_index (result->failures, 1);
  g_assert_cmpuint (failure->line, ==, 1006);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate", NULL), ==, 1001);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate WHERE notes = 'note, 999'", NULL), ==, 1);
  assert_index_consistent (store);
}

/* A line over the record limit stops the reading (it is no CSV line): the
 * rows before it go in, and its failure says that nothing after it did. */
static void
test_line_too_long (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) csv = g_string_new ("Name,Email\nAna,ana@example.org\nBig,");
  SlImportFailure *failure;

  for (guint i = 0; i < SL_CSV_DEFAULT_MAX_RECORD_BYTES / 64 + 1; i++)
    g_string_append (csv, "0123456789012345678901234567890123456789012345678901234567890123");
  g_string_append (csv, "\nBo,bo@example.org\n");
  result = import_text (store, csv->str, SL_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->imported, ==, 1);
  g_assert_cmpuint (result->failed, ==, 1);
  failure = g_ptr_array_index (result->failures, 0);
  g_assert_cmpuint (failure->line, ==, 3);
  g_assert_nonnull (strstr (failure->reason, "Nothing from line 3 to the end of the file was imported."));
}

/* A ragged row says how many fields it has and how many columns the header
 * has, in the singular or the plural as the numbers want. */
static void
test_ragged_plurals (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GError) error = NULL;
  SlImportFailure *failure;

  result = import_text (store, "Name,Email\nOne field\nA,a@example.org,extra\n", SL_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->failed, ==, 2);
  failure = g_ptr_array_index (result->failures, 0);
  g_assert_cmpuint (failure->line, ==, 2);
  g_assert_true (g_str_has_prefix (failure->reason, "The row has 1 field. The header has 2 columns: "));
  failure = g_ptr_array_index (result->failures, 1);
  g_assert_true (g_str_has_prefix (failure->reason, "The row has 3 fields. The header has 2 columns: "));
  g_clear_pointer (&result, sl_import_result_free);

  result = import_text (store, "Name\nA,b\n", SL_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  failure = g_ptr_array_index (result->failures, 0);
  g_assert_true (g_str_has_prefix (failure->reason, "The row has 2 fields. The header has 1 column: "));
}

/* Candidates another writer inserts during a bulk import are indexed too. */
static void
test_bulk_with_other_inserts (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStoreBulkImport) bulk = NULL;
  g_autoptr (GPtrArray) found = NULL;

  g_assert_true (sl_store_begin (store, &error));
  bulk = sl_store_bulk_import_new (store, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr (SlCandidate) candidate = sl_candidate_new ();
      g_autofree char *email = g_strdup_printf ("bulk%u@example.org", i);
      g_autofree char *name = g_strdup_printf ("Bulk %u", i);

      sl_candidate_set_name (candidate, name);
      sl_candidate_set_emails (candidate, (const char *[]) { email, NULL });
      if (i % 10 == 0)
        g_assert_true (sl_store_import_candidate (store, candidate, NULL, &error));
      else
        g_assert_true (sl_store_bulk_import_add_row (bulk, sl_store_bulk_row_new (candidate), NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sl_store_bulk_import_finish (bulk, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_commit (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&bulk, sl_store_bulk_import_free);

  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_contact", NULL), ==, 100);
  assert_index_consistent (store);
  found = sl_store_find_duplicates (store, "bulk30@example.org", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_search_candidates (store, "bulk", NULL, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 100);

  /* A bulk import given up on (rolled back) leaves the triggers. */
  g_assert_true (sl_store_begin (store, &error));
  bulk = sl_store_bulk_import_new (store, FALSE, &error);
  g_assert_no_error (error);
  sl_store_rollback (store);
  g_clear_pointer (&bulk, sl_store_bulk_import_free);
  assert_index_consistent (store);
}

/* A candidate of a bulk import that gets an attachment before the import
 * ends is found by the attachment's file name: the attachment triggers
 * index it then, and the index built at the end keeps that entry. */
static void
test_bulk_with_attachment (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("import.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStoreBulkImport) bulk = NULL;
  g_autoptr (SlCandidate) attached = sl_candidate_new ();
  g_autoptr (SlAttachment) attachment = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "zanzibar-resume.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  g_assert_true (g_mkdir_with_parents (g_get_user_cache_dir (), 0700) == 0);
  g_assert_true (g_file_set_contents (path, "%PDF-1.4", -1, &error));

  g_assert_true (sl_store_begin (store, &error));
  bulk = sl_store_bulk_import_new (store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr (SlCandidate) candidate = sl_candidate_new ();
      g_autofree char *name = g_strdup_printf ("Plain %u", i);

      sl_candidate_set_name (candidate, name);
      g_assert_true (sl_store_bulk_import_add_row (bulk, sl_store_bulk_row_new (candidate), NULL, &error));
      g_assert_no_error (error);
    }
  sl_candidate_set_name (attached, "Attached Person");
  g_assert_true (sl_store_import_candidate (store, attached, NULL, &error));
  g_assert_no_error (error);
  attachment = sl_store_add_attachment (store, sl_record_get_id (SL_RECORD (attached)), file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_bulk_import_finish (bulk, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_commit (store, &error));
  g_assert_no_error (error);

  assert_index_consistent (store);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_search WHERE files IS NOT NULL", NULL), ==, 1);
  found = sl_store_search_candidates (store, "zanzibar", NULL, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (found, 0)), ==,
                   sl_record_get_id (SL_RECORD (attached)));
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_search_candidates (store, "plain", NULL, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 50);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv-import/many-rows", test_many_rows);
  g_test_add_func ("/csv-import/merge-and-import", test_merge_and_import);
  g_test_add_func ("/csv-import/cancel-and-errors", test_cancel_and_errors);
  g_test_add_func ("/csv-import/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv-import/ragged-plurals", test_ragged_plurals);
  g_test_add_func ("/csv-import/line-too-long", test_line_too_long);
  g_test_add_func ("/csv-import/bulk-with-other-inserts", test_bulk_with_other_inserts);
  g_test_add_func ("/csv-import/bulk-with-attachment", test_bulk_with_attachment);

  return g_test_run ();
}
