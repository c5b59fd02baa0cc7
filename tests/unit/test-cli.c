/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs the real shortlist-cli binary: demo, stats, backup, version and its errors. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static const char *
cli_path (void)
{
  const char *path = g_getenv ("SHORTLIST_CLI");

  if (path == NULL)
    g_error ("SHORTLIST_CLI is not set: run this test through meson");
  return path;
}

/* Runs shortlist-cli with the NULL-terminated arguments. */
static void
run_cli (Result     *result,
         const char *first,
         ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) cli_path ());
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
  g_test_message ("shortlist-cli %s… → %d\nstdout: %s\nstderr: %s",
                  first, result->status, result->out, result->err);
}

static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

static JsonObject *
parse_stats (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

static void
test_demo_stats_backup (void)
{
  g_autofree char *db = temp_path ("cli.db");
  g_autofree char *copy = temp_path ("copy.db");
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_autofree char *copy_arg = g_strconcat ("--database=", copy, NULL);
  g_autoptr (JsonObject) stats = NULL;
  g_auto (Result) demo = { 0 };
  g_auto (Result) json = { 0 };
  g_auto (Result) table = { 0 };
  g_auto (Result) backup = { 0 };
  g_auto (Result) copy_json = { 0 };
  g_autoptr (GList) members = NULL;

  run_cli (&demo, database_arg, "demo", "--postings", "3", "--candidates", "40", "--seed", "5", NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_cli (&json, database_arg, "stats", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  stats = parse_stats (json.out);
  members = json_object_get_members (stats);
  g_assert_cmpuint (g_list_length (members), ==, 4);
  g_assert_cmpint (json_object_get_int_member (stats, "postings"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (stats, "candidates"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (stats, "applications"), >=, 40);
  g_assert_true (json_object_has_member (stats, "interviews"));
  /* Exactly one line of JSON. */
  g_assert_true (g_str_has_prefix (json.out, "{\"postings\":3,\"candidates\":40,\"applications\":"));

  run_cli (&table, database_arg, "stats", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "Candidates"));
  g_assert_nonnull (strstr (table.out, "40"));

  run_cli (&backup, database_arg, "backup", copy, NULL);
  g_assert_cmpint (backup.status, ==, 0);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

  run_cli (&copy_json, copy_arg, "stats", "--json", NULL);
  g_assert_cmpint (copy_json.status, ==, 0);
  g_assert_cmpstr (copy_json.out, ==, json.out);
}

static void
test_version (void)
{
  g_auto (Result) result = { 0 };

  run_cli (&result, "--version", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, PACKAGE_VERSION));
}

static void
test_help (void)
{
  g_auto (Result) result = { 0 };

  run_cli (&result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "demo"));
  g_assert_nonnull (strstr (result.out, "backup"));
}

static void
test_not_a_database (void)
{
  static const char content[] = "name,email\nAnil,anil@example.com\n";
  g_autofree char *path = temp_path ("contacts.csv");
  g_autofree char *database_arg = g_strconcat ("--database=", path, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (Result) stats = { 0 };
  g_auto (Result) demo = { 0 };
  gsize length;

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);

  run_cli (&stats, database_arg, "stats", "--json", NULL);
  g_assert_cmpint (stats.status, ==, 1);
  g_assert_true (g_str_has_prefix (stats.err, "shortlist-cli: "));
  g_assert_cmpstr (stats.out, ==, "");

  run_cli (&demo, database_arg, "demo", NULL);
  g_assert_cmpint (demo.status, ==, 1);
  g_assert_true (g_str_has_prefix (demo.err, "shortlist-cli: "));

  g_file_get_contents (path, &after, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, content);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* A database from a newer Shortlist is refused and left as it is. */
static void
test_too_new (void)
{
  g_autofree char *path = temp_path ("future.db");
  g_autofree char *database_arg = g_strconcat ("--database=", path, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (Result) stats = { 0 };
  gsize before_length, after_length;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 1000;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_file_get_contents (path, &before, &before_length, &error);
  g_assert_no_error (error);

  run_cli (&stats, database_arg, "stats", "--json", NULL);
  g_assert_cmpint (stats.status, ==, 1);
  g_assert_true (g_str_has_prefix (stats.err, "shortlist-cli: "));
  g_assert_cmpstr (stats.out, ==, "");

  g_file_get_contents (path, &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_usage_errors (void)
{
  g_autofree char *db = temp_path ("usage.db");
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_auto (Result) unknown = { 0 };
  g_auto (Result) none = { 0 };
  g_auto (Result) option = { 0 };
  g_auto (Result) command_option = { 0 };
  g_auto (Result) backup = { 0 };

  run_cli (&unknown, database_arg, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_true (g_str_has_prefix (unknown.err, "shortlist-cli: "));
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  /* An unknown command does not create the database. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  run_cli (&none, database_arg, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_true (g_str_has_prefix (none.err, "shortlist-cli: "));

  run_cli (&option, "--no-such-option", "stats", NULL);
  g_assert_cmpint (option.status, ==, 2);
  g_assert_true (g_str_has_prefix (option.err, "shortlist-cli: "));

  run_cli (&command_option, database_arg, "stats", "--yaml", NULL);
  g_assert_cmpint (command_option.status, ==, 2);
  g_assert_true (g_str_has_prefix (command_option.err, "shortlist-cli: "));

  run_cli (&backup, database_arg, "backup", NULL);
  g_assert_cmpint (backup.status, ==, 2);
  g_assert_true (g_str_has_prefix (backup.err, "shortlist-cli: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/demo-stats-backup", test_demo_stats_backup);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/not-a-database", test_not_a_database);
  g_test_add_func ("/cli/too-new", test_too_new);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);

  return g_test_run ();
}
