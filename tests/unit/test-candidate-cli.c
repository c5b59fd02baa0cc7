/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the candidate, search, application and board commands through the real shortlist-cli binary. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sl-store.h"
#include "unit-test-utils.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

static char *
db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cli.db", NULL);
}

static void
run_cli (Result     *result,
         const char *first,
         ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *database = db_path ();
  va_list args;

  g_ptr_array_add (argv, g_strconcat ("--database=", database, NULL));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);
  result->status = unit_test_run_cli ((const char * const *) argv->pdata, FALSE, &result->out, &result->err);
}

static char *
write_file (const char *name,
            const char *content,
            gssize      len)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_true (g_mkdir_with_parents (g_get_user_data_dir (), 0700) == 0);
  g_assert_true (g_file_set_contents (path, content, len, &error));
  g_assert_no_error (error);
  return path;
}

static char *
make_posting (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();

  g_assert_true (g_mkdir_with_parents (g_get_user_data_dir (), 0700) == 0);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  sl_posting_set_title (posting, "Rust Engineer");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  return g_strdup (sl_record_get_id (SL_RECORD (posting)));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_import_export (void)
{
  g_autofree char *posting_id = make_posting ();
  g_autofree char *csv = write_file ("people.csv",
                                     "\xef\xbb\xbf" "First name;Last name;E-mail;Phone;City;Title;Tags;Notes\n"
                                     "José;García;jose@example.com;+34 600 000 001;Madrid;Rust engineer;rust, backend;\"Line one\nline two\"\n"
                                     "राजेश;कुमार;rajesh@example.in;;Pune;Analyst;;\n"
                                     ";;nobody@example.com;;;;;\n"
                                     "Jos\xe9;Latin;latin@example.com;;;;;\n"
                                     "Too;Few\n"
                                     "Dup;Licate;JOSE@example.com ;;;;;second row, same email\n",
                                     -1);
  g_autofree char *again = write_file ("again.csv",
                                       "name,email,linkedin,posting\n"
                                       "José García,jose@example.com,https://linkedin.com/in/jose,Rust Engineer\n"
                                       "Ana Silva,ana@example.com,,No Such Posting\n",
                                       -1);
  g_autofree char *binary = write_file ("image.csv", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  g_autoptr (JsonNode) root = NULL;
  Result r = { 0 };
  JsonArray *array;

  /* Done, with failed rows: 3. */
  run_cli (&r, "candidate", "import", csv, "--posting", posting_id, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_cmpstr (r.out, ==, "imported 2, merged 0, skipped 1, failed 3\n");
  /* Line numbers count the line break inside the quoted notes. */
  g_assert_nonnull (strstr (r.err, "line 5: "));
  g_assert_nonnull (strstr (r.err, "line 6: "));
  g_assert_nonnull (strstr (r.err, "UTF-8"));
  g_assert_nonnull (strstr (r.err, "line 7: "));
  result_clear (&r);

  run_cli (&r, "candidate", "import", again, "--duplicates=merge", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_cmpstr (r.out, ==, "imported 0, merged 1, skipped 0, failed 1\n");
  g_assert_nonnull (strstr (r.err, "No Such Posting"));
  result_clear (&r);

  run_cli (&r, "candidate", "import", binary, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "Line 1, column 1"));
  result_clear (&r);

  run_cli (&r, "candidate", "import", "/nonexistent/file.csv", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);

  run_cli (&r, "candidate", "import", csv, "--duplicates=maybe", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  /* Search, with accents folded and the merged link found. */
  run_cli (&r, "search", "jose", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  root = parse_json (r.out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "name"), ==, "José García");
  g_clear_pointer (&root, json_node_unref);
  result_clear (&r);

  run_cli (&r, "search", "--json", "-x", "कुमार", NULL);
  root = parse_json (r.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  g_clear_pointer (&root, json_node_unref);
  result_clear (&r);

  run_cli (&r, "search", "\"unbalanced", "OR", "*", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  result_clear (&r);

  /* Export: all, of the posting, of a search; it reads back. */
  run_cli (&r, "candidate", "export", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Name,Emails,Phones,Location,Headline,Source,Tags,Links,Notes,Id\r\n"));
  g_assert_nonnull (strstr (r.out, "José García,jose@example.com,+34 600 000 001,Madrid,Rust engineer,,\"rust; backend\",https://linkedin.com/in/jose,\"Line one\nline two\","));
  g_assert_nonnull (strstr (r.out, "राजेश कुमार"));
  result_clear (&r);

  run_cli (&r, "candidate", "export", "--posting", posting_id, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "José García"));
  g_assert_nonnull (strstr (r.out, "राजेश"));
  result_clear (&r);

  run_cli (&r, "candidate", "export", "--query=pune", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strstr (r.out, "José"));
  result_clear (&r);
}

/* A stray quote costs one row: the 1 000 rows after it are imported and
 * counted, the exit status says some rows failed, and --help says what
 * each status means. */
static void
test_import_unclosed_quote (void)
{
  g_autoptr (GString) text = g_string_new ("Name,Email,Notes\n"
                                           "Broken,broken@example.org,\"never closed\n");
  g_autofree char *csv = NULL;
  g_autofree char *clean = NULL;
  Result r = { 0 };

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "Person %u,p%u@example.org,\"note, %u\"\n", i, i, i);
  csv = write_file ("unclosed.csv", text->str, text->len);
  clean = write_file ("clean.csv", "Name,Email\nZoe,zoe@example.org\n", -1);

  run_cli (&r, "candidate", "import", csv, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_cmpstr (r.out, ==, "imported 1000, merged 0, skipped 0, failed 1\n");
  g_assert_nonnull (strstr (r.err, "line 2: The quoted field starting on line 2 is never closed"));
  result_clear (&r);

  /* Again: every row is now a known candidate, and nothing failed but the broken one. */
  run_cli (&r, "candidate", "import", csv, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_cmpstr (r.out, ==, "imported 0, merged 0, skipped 1000, failed 1\n");
  result_clear (&r);

  run_cli (&r, "candidate", "import", clean, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "imported 1, merged 0, skipped 0, failed 0\n");
  result_clear (&r);

  run_cli (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Exit status:"));
  g_assert_nonnull (strstr (r.out, "  3  done, but some rows could not be imported"));
  result_clear (&r);

  run_cli (&r, "candidate", "import", "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "the exit status is then 3"));
  result_clear (&r);
}

static void
test_board_move_erase (void)
{
  g_autofree char *posting_id = make_posting ();
  g_autofree char *csv = write_file ("two.csv", "Name,Email\nAna Silva,ana@example.com\nBo Berg,bo@example.com\n", -1);
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *application_id = NULL;
  g_autofree char *candidate_id = NULL;
  JsonArray *stages;
  JsonObject *first;
  Result r = { 0 };

  run_cli (&r, "candidate", "import", csv, "--posting=Rust Engineer", NULL);
  g_assert_cmpstr (r.out, ==, "imported 2, merged 0, skipped 0, failed 0\n");
  result_clear (&r);

  run_cli (&r, "board", posting_id, "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  root = parse_json (r.out);
  stages = json_object_get_array_member (json_node_get_object (root), "stages");
  g_assert_cmpuint (json_array_get_length (stages), >=, 2);
  first = json_array_get_object_element (stages, 0);
  g_assert_cmpint (json_object_get_int_member (first, "count"), ==, 2);
  application_id = g_strdup (json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (first, "cards"), 0), "application_id"));
  candidate_id = g_strdup (json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (first, "cards"), 0), "candidate_id"));
  g_clear_pointer (&root, json_node_unref);
  result_clear (&r);

  run_cli (&r, "application", "move", application_id, "screening", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  run_cli (&r, "application", "move", application_id, "No such stage", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "Screening"));
  result_clear (&r);

  run_cli (&r, "board", posting_id, "--json", NULL);
  root = parse_json (r.out);
  stages = json_object_get_array_member (json_node_get_object (root), "stages");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (stages, 0), "count"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (stages, 1), "count"), ==, 1);
  g_clear_pointer (&root, json_node_unref);
  result_clear (&r);

  run_cli (&r, "candidate", "erase", candidate_id, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  run_cli (&r, "candidate", "erase", "no-such-id", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);

  /* The erased person's card stays in the count, without their name. */
  run_cli (&r, "board", posting_id, "--json", NULL);
  g_assert_null (strstr (r.out, "ana@example.com"));
  root = parse_json (r.out);
  stages = json_object_get_array_member (json_node_get_object (root), "stages");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (stages, 0), "count") +
                   json_object_get_int_member (json_array_get_object_element (stages, 1), "count"), ==, 2);
  result_clear (&r);
}

/* Another program is in the middle of reading the database: "candidate
 * erase" does not say "Erased", says what is left and what to do, and fails;
 * once the reader is done, erasing again finishes. */
static void
test_erase_while_read (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *candidate_id = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlCandidate) person = sl_candidate_new ();
  g_autoptr (GError) error = NULL;
  sqlite3 *reader = NULL;
  sqlite3_stmt *reading = NULL;
  GStatBuf st;
  Result r = { 0 };

  g_assert_true (g_mkdir_with_parents (g_get_user_data_dir (), 0700) == 0);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  sl_candidate_set_name (person, "Ottoline Farquharson");
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  candidate_id = g_strdup (sl_record_get_id (SL_RECORD (person)));

  g_assert_cmpint (sqlite3_open_v2 (path, &reader, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (reader, "SELECT id FROM candidate", -1, &reading, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (reading), ==, SQLITE_ROW);

  run_cli (&r, "candidate", "erase", candidate_id, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "not completely erased"));
  g_assert_nonnull (strstr (r.err, "-wal"));
  g_assert_nonnull (strstr (r.err, "Close the other program"));
  result_clear (&r);

  sqlite3_finalize (reading);
  sqlite3_close (reader);
  run_cli (&r, "candidate", "erase", candidate_id, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Erased"));
  result_clear (&r);
  /* This test's own store is still open, so the WAL stays, empty. */
  g_assert_true (g_stat (wal, &st) != 0 || st.st_size == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/candidate-cli/import-export", test_import_export);
  g_test_add_func ("/candidate-cli/import-unclosed-quote", test_import_unclosed_quote);
  g_test_add_func ("/candidate-cli/board-move-erase", test_board_move_erase);
  g_test_add_func ("/candidate-cli/erase-while-read", test_erase_while_read);

  return g_test_run ();
}
