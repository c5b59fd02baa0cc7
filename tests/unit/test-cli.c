/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs the real shortlist-cli binary: demo, stats, backup, version, its errors, and beside another process's stores. */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <unistd.h>

#include "sl-store-private.h"

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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
run_cli_va (Result     *result,
            gboolean    as_reader,
            const char *first,
            va_list     args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);
  result->status = unit_test_run_cli ((const char * const *) argv->pdata, as_reader, &result->out, &result->err);
}

/* Runs shortlist-cli with the NULL-terminated arguments. */
static void
run_cli (Result     *result,
         const char *first,
         ...)
{
  va_list args;

  va_start (args, first);
  run_cli_va (result, FALSE, first, args);
  va_end (args);
}

/* The same, as a user whom file permissions apply to (nobody, when the
 * tests run as root). */
static void
run_cli_as_reader (Result     *result,
                   const char *first,
                   ...)
{
  va_list args;

  va_start (args, first);
  run_cli_va (result, TRUE, first, args);
  va_end (args);
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

static gint64
cli_count_candidates (const char *database_arg)
{
  g_auto (Result) result = { 0 };
  g_autoptr (JsonObject) stats = NULL;

  run_cli (&result, database_arg, "stats", "--json", NULL);
  g_assert_cmpint (result.status, ==, 0);
  stats = parse_stats (result.out);
  return json_object_get_int_member (stats, "candidates");
}

static void
save_person (SlStore    *store,
             const char *name)
{
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
}

/* What a GTask job of the app does: its own store on the same file, for a
 * moment, in another thread. */
static gpointer
worker_store_thread (gpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (data, &error);
  SlStoreCounts counts;

  g_assert_no_error (error);
  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  return NULL;
}

/* The app keeps its store open while its jobs open and close theirs, and
 * shortlist-cli runs beside it. Opening a store must not drop the locks
 * that the process's other connections hold on the file (POSIX locks
 * belong to the process, and any close() of the file drops them all):
 * shortlist-cli would then take itself for the file's last user when it
 * ends, checkpoint and delete the WAL under the app, whose later writes
 * go to the deleted file, and whose next connection reads a new WAL
 * against the old WAL index ("is not a Shortlist database"). */
static void
test_beside_open_stores (void)
{
  g_autofree char *db = temp_path ("beside.db");
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlStore) later = NULL;
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts;

  store = sl_store_open (db, &error);
  g_assert_no_error (error);
  save_person (store, "Before The Job");
  g_thread_join (g_thread_new ("worker-store", worker_store_thread, db));

  g_assert_cmpint (cli_count_candidates (database_arg), ==, 1);
  /* The app's connection still uses the WAL: nobody may delete it. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* What the app writes now is what everyone else reads. */
  save_person (store, "After The Job");
  g_assert_cmpint (cli_count_candidates (database_arg), ==, 2);

  /* A new job's connection in the app reads the same. */
  later = sl_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_get_counts (later, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.candidates, ==, 2);
  g_clear_object (&later);
  save_person (store, "After Another Job");
  g_assert_cmpint (cli_count_candidates (database_arg), ==, 3);
}

/* What GIO does to guess a file's type (a file chooser listing the folder):
 * open the file, read its first bytes and close it. */
static void
sniff (const char *path)
{
  char buffer[64];
  int fd = g_open (path, O_RDONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (read (fd, buffer, sizeof buffer), >, 0);
  g_close (fd, NULL);
}

/* Something else in the process opened and closed the file: the store's
 * locks are gone until sl_store_reopen() takes them again. */
static void
test_reopen_after_sniff (void)
{
  g_autofree char *db = temp_path ("sniffed.db");
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  store = sl_store_open (db, &error);
  g_assert_no_error (error);
  save_person (store, "Before The Sniff");

  /* Without a reopen, shortlist-cli takes itself for the last user. */
  sniff (db);
  g_assert_cmpint (cli_count_candidates (database_arg), ==, 1);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (sl_store_reopen (store, &error));
  g_assert_no_error (error);
  save_person (store, "After A Reopen");
  g_assert_cmpint (cli_count_candidates (database_arg), ==, 2);

  /* With one, the WAL stays and what the store writes is read by all. */
  sniff (db);
  g_assert_true (sl_store_reopen (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cli_count_candidates (database_arg), ==, 2);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  save_person (store, "After The Sniff");
  g_assert_cmpint (cli_count_candidates (database_arg), ==, 3);
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

/* Every command with subcommands follows one rule (sl_cli_run_subcommand):
 * asking for help succeeds ("posting --help" used to exit 2 where
 * "candidate --help" exited 0), a missing or unknown subcommand is a usage
 * error that lists the subcommands. */
static void
test_subcommand_help (void)
{
  g_autofree char *db = temp_path ("subcommands.db");
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  const char *groups[][2] = { { "posting", "show" }, { "candidate", "erase" } };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_auto (Result) help = { 0 };
      g_auto (Result) none = { 0 };
      g_auto (Result) unknown = { 0 };

      run_cli (&help, database_arg, groups[i][0], "--help", NULL);
      g_assert_cmpint (help.status, ==, 0);
      g_assert_nonnull (strstr (help.err, groups[i][1]));

      run_cli (&none, database_arg, groups[i][0], NULL);
      g_assert_cmpint (none.status, ==, 2);
      g_assert_nonnull (strstr (none.err, groups[i][1]));

      run_cli (&unknown, database_arg, groups[i][0], "frobnicate", NULL);
      g_assert_cmpint (unknown.status, ==, 2);
      g_assert_nonnull (strstr (unknown.err, "frobnicate"));
      g_assert_nonnull (strstr (unknown.err, groups[i][1]));
    }
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

static char *
read_bytes (const char *path,
            gsize      *length)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* Reads @db the ways a person does with a file they cannot write: every
 * reading command works; a writing one fails, saying why; the file stays
 * byte for byte as it was. */
static void
assert_reads_only (const char *db,
                   gboolean    as_reader,
                   const char *option)
{
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (JsonObject) stats = NULL;
  g_auto (Result) json = { 0 };
  g_auto (Result) search = { 0 };
  g_auto (Result) export = { 0 };
  g_auto (Result) posting_list = { 0 };
  g_auto (Result) board = { 0 };
  g_auto (Result) demo = { 0 };
  g_autofree char *posting_id = NULL;
  gsize before_length, after_length;
  void (*run) (Result *, const char *, ...) = as_reader ? run_cli_as_reader : run_cli;

  before = read_bytes (db, &before_length);

  /* No option: --database again holds its place in the argument list. */
  if (option == NULL)
    option = database_arg;
  run (&json, database_arg, option, "stats", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  stats = parse_stats (json.out);
  g_assert_cmpint (json_object_get_int_member (stats, "candidates"), ==, 12);

  run (&search, database_arg, option, "search", "a", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpstr (search.out, !=, "");

  run (&export, database_arg, option, "candidate", "export", NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_cmpuint (strlen (export.out), >, 100);

  run (&posting_list, database_arg, option, "posting", "list", NULL);
  g_assert_cmpint (posting_list.status, ==, 0);
  /* Each line: the posting's id, a tab, its title… */
  posting_id = g_strndup (posting_list.out, strcspn (posting_list.out, "\t"));
  run (&board, database_arg, option, "board", posting_id, NULL);
  g_assert_cmpint (board.status, ==, 0);
  g_assert_cmpstr (board.out, !=, "");

  run (&demo, database_arg, option, "demo", "--candidates", "1", NULL);
  g_assert_cmpint (demo.status, ==, 1);
  g_assert_nonnull (strstr (demo.err, "read-only"));

  after = read_bytes (db, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
make_demo (const char *db)
{
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_auto (Result) demo = { 0 };

  run_cli (&demo, database_arg, "demo", "--postings", "2", "--candidates", "12", "--seed", "3", NULL);
  g_assert_cmpint (demo.status, ==, 0);
}

/* --read-only reads without writing, even where the file could be written
 * (by root, say: the only way root sees a read-only database). */
static void
test_read_only_option (void)
{
  g_autofree char *db = temp_path ("ro-option.db");
  g_autofree char *old = temp_path ("ro-old.db");
  g_autofree char *old_arg = g_strconcat ("--database=", old, NULL);
  g_autofree char *missing_arg = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = NULL;
  g_auto (Result) old_stats = { 0 };
  g_auto (Result) missing = { 0 };

  make_demo (db);
  assert_reads_only (db, FALSE, "--read-only");

  /* A file that needs a migration cannot be read without writing it. */
  store = sl_store_open_at_version (old, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  run_cli (&old_stats, old_arg, "--read-only", "stats", NULL);
  g_assert_cmpint (old_stats.status, ==, 1);
  g_assert_nonnull (strstr (old_stats.err, "older version"));
  g_assert_cmpint (sl_store_open_at_version (old, 1, &error) != NULL, ==, TRUE);

  /* Nor is a missing file created. */
  missing_arg = g_strconcat ("--database=", old, ".missing", NULL);
  run_cli (&missing, missing_arg, "--read-only", "stats", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_false (g_file_test (missing_arg + strlen ("--database="), G_FILE_TEST_EXISTS));
}

/* A folder the reader owns; under /tmp when root runs the tests, since the
 * test's own folders are root's alone. */
static char *
reader_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir;

  if (geteuid () != 0)
    {
      dir = temp_path ("reader");
      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      return dir;
    }
  dir = g_dir_make_tmp ("shortlist-reader-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (chown (dir, UNIT_TEST_READER_UID, UNIT_TEST_READER_GID), ==, 0);
  return dir;
}

static void
remove_reader_dir (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
give_to_reader (const char *path,
                int         mode)
{
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, UNIT_TEST_READER_UID, UNIT_TEST_READER_GID), ==, 0);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* chmod 400: the file can be read, not written. */
static void
test_read_only_file (void)
{
  g_autofree char *dir = reader_dir ();
  g_autofree char *db = g_build_filename (dir, "ro-file.db", NULL);

  make_demo (db);
  give_to_reader (db, 0400);
  assert_reads_only (db, TRUE, NULL);
  remove_reader_dir (dir);
}

/* A writable file in a folder that cannot be written: WAL mode cannot make
 * its -shm file there. With a WAL left by a writer (and its -shm), the
 * changes in it are read too. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = reader_dir ();
  g_autofree char *db = g_build_filename (dir, "ro-folder.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", db, NULL);
  g_autoptr (JsonObject) stats = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (Result) json = { 0 };
  g_auto (Result) no_shm = { 0 };
  sqlite3 *writer = NULL;

  make_demo (db);
  give_to_reader (db, 0600);
  give_to_reader (dir, 0500);
  assert_reads_only (db, TRUE, NULL);

  /* A writer that stopped without a checkpoint leaves its WAL and -shm:
   * one more posting that is only in the WAL. */
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (db, &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_config (writer, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer, "PRAGMA wal_autocheckpoint = 0;"
                                 "UPDATE posting SET title = 'Only in the WAL' WHERE rowid = (SELECT min (rowid) FROM posting)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (writer);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  give_to_reader (wal, 0600);
  give_to_reader (shm, 0600);
  give_to_reader (dir, 0500);
  run_cli_as_reader (&json, database_arg, "posting", "list", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "Only in the WAL"));

  /* Without the -shm the WAL cannot be read there: it says so, instead of
   * showing the file without its latest changes. */
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_cmpint (g_unlink (shm), ==, 0);
  give_to_reader (dir, 0500);
  run_cli_as_reader (&no_shm, database_arg, "posting", "list", NULL);
  g_assert_cmpint (no_shm.status, ==, 1);
  g_assert_nonnull (strstr (no_shm.err, "-wal"));

  remove_reader_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/demo-stats-backup", test_demo_stats_backup);
  g_test_add_func ("/cli/beside-open-stores", test_beside_open_stores);
  g_test_add_func ("/cli/reopen-after-sniff", test_reopen_after_sniff);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/subcommand-help", test_subcommand_help);
  g_test_add_func ("/cli/not-a-database", test_not_a_database);
  g_test_add_func ("/cli/too-new", test_too_new);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/read-only/option", test_read_only_option);
  g_test_add_func ("/cli/read-only/file", test_read_only_file);
  g_test_add_func ("/cli/read-only/folder", test_read_only_folder);

  return g_test_run ();
}
