/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What unit tests share: a temporary store, reading a number straight from
 * a store's SQLite file, checking the search index against the candidates, attaching a file
 * to a candidate, and running the real shortlist-cli. */
#include "config.h"

#include <gio/gio.h>
#include <grp.h>
#include <sqlite3.h>
#include <unistd.h>

#include "sl-demo.h"
#include "sl-store-private.h"
#include "unit-test-utils.h"

SlStore *
unit_test_open_store (const char  *basename,
                      gboolean     with_demo,
                      char       **out_path)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), basename, NULL);
  g_autoptr (GError) error = NULL;
  SlStore *store;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (with_demo)
    {
      SlDemoOptions options = { 0 };

      g_assert_true (sl_demo_fill (store, &options, &error));
      g_assert_no_error (error);
    }
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);

  return store;
}

gint64
unit_test_query_int (SlStore    *store,
                     const char *sql,
                     const char *param)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The index is an external-content FTS5 table, which FTS5's own
 * integrity-check does not compare with its content (before SQLite 3.44):
 * a second index, built here from the same view, must hold exactly the same
 * terms at the same places of the same rows. */
void
unit_test_assert_search_index (SlStore *store)
{
  sqlite3 *db = sl_store_get_db (store);
  char *message = NULL;

  if (sqlite3_exec (db,
                    "CREATE VIRTUAL TABLE temp.reference_fts USING fts5 ("
                    "  name, emails, headline, tags, notes, files, detail = column,"
                    "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\");"
                    "INSERT INTO temp.reference_fts (rowid, name, emails, headline, tags, notes, files) "
                    "SELECT cid, name, emails, headline, tags, notes, files FROM main.candidate_search;"
                    "CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab (main, candidate_fts, instance);"
                    "CREATE VIRTUAL TABLE temp.reference_terms USING fts5vocab (temp, reference_fts, instance);",
                    NULL, NULL, &message) != SQLITE_OK)
    g_error ("Could not build the reference index: %s", message);

  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT (SELECT count(*) FROM (SELECT * FROM temp.index_terms "
                                        "                              EXCEPT SELECT * FROM temp.reference_terms)) + "
                                        "       (SELECT count(*) FROM (SELECT * FROM temp.reference_terms "
                                        "                              EXCEPT SELECT * FROM temp.index_terms))",
                                        NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_fts_docsize", NULL), ==,
                   unit_test_query_int (store, "SELECT count(*) FROM candidate_search", NULL));
  g_assert_cmpint (sqlite3_exec (db,
                                 "DROP TABLE temp.index_terms;"
                                 "DROP TABLE temp.reference_terms;"
                                 "DROP TABLE temp.reference_fts;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
become_reader_cb (gpointer user_data)
{
  /* In the child, between fork and exec: nothing but system calls. */
  if (setgroups (0, NULL) != 0 || setgid (UNIT_TEST_READER_GID) != 0 || setuid (UNIT_TEST_READER_UID) != 0)
    _exit (125);
}

int
unit_test_run_cli (const char * const *argv,
                   gboolean            as_reader,
                   char              **out,
                   char              **err)
{
  const char *cli = g_getenv ("SHORTLIST_CLI");
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  int status;

  if (cli == NULL)
    g_error ("SHORTLIST_CLI is not set: run this test through meson");

  g_ptr_array_add (args, (gpointer) cli);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (as_reader && geteuid () == 0)
    g_subprocess_launcher_set_child_setup (launcher, become_reader_cb, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  status = g_subprocess_get_exit_status (process);
  g_test_message ("shortlist-cli %s… → %d\nstdout: %s\nstderr: %s",
                  argv[0] != NULL ? argv[0] : "", status, stdout_text, stderr_text);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return status;
}

SlAttachment *
unit_test_attach (SlStore    *store,
                  const char *candidate_id,
                  const char *file_name,
                  const char *content)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), file_name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SlAttachment *attachment;

  g_assert_true (g_mkdir_with_parents (g_get_user_cache_dir (), 0700) == 0);
  g_assert_true (g_file_set_contents (path, content, -1, &error));
  attachment = sl_store_add_attachment (store, candidate_id, file, NULL, &error);
  g_assert_no_error (error);
  return attachment;
}
