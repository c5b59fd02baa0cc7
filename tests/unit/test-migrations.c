/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the schema migrations: from nothing, and from every earlier version with data kept. */
#include "config.h"

#include <glib/gstdio.h>

#include "sl-application-list.h"
#include "sl-store-private.h"
#include "unit-test-utils.h"

static char *
db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "migrate.db", NULL);
}

static gboolean
has_table (SlStore    *store,
           const char *table)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                       "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

static void
assert_current_schema (SlStore *store)
{
  const char *tables[] = {
    "posting", "stage", "candidate", "attachment", "application",
    "interview", "feedback", "activity", "change",
  };

  g_assert_cmpint (sl_store_get_schema_version (store), ==, (int) sl_store_n_migrations);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA user_version", NULL), ==, sl_store_n_migrations);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_true (has_table (store, tables[i]));
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM pragma_foreign_key_check", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'", NULL), ==, 0);
}

static void
test_from_nothing (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  assert_current_schema (store);
}

static void
test_from_empty_file (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  assert_current_schema (store);
}

static void
test_from_version (gconstpointer data)
{
  guint version = GPOINTER_TO_UINT (data);
  g_autofree char *path = db_path ();
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (SlApplicationList) list = NULL;
  g_autoptr (SlApplicationList) first = NULL;
  g_autoptr (SlApplication) card = NULL;
  g_autoptr (GError) error = NULL;

  store = sl_store_open_at_version (path, version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, (int) version);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA user_version", NULL), ==, version);
  /* The change feed came with version 3. */
  g_assert_true (has_table (store, "change") == (version >= 3));

  /* Data as that version held it, written the way that version could. */
  g_assert_cmpint (sqlite3_exec (sl_store_get_db (store),
                                 "INSERT INTO posting (id, created_at, updated_at, rev, title, locations, status) "
                                 "VALUES ('p1', 10, 20, '1-abc', 'Old posting', '[\"Paris\"]', 'open');"
                                 "INSERT INTO stage (id, created_at, updated_at, rev, posting_id, name, position) "
                                 "VALUES ('s1', 10, 20, '1-def', 'p1', 'Applied', 0);"
                                 "INSERT INTO candidate (id, created_at, updated_at, rev, name, emails, phones) "
                                 "VALUES ('c1', 10, 20, '1-ghi', 'Old Candidate', '[\" Old@Example.COM\"]', "
                                 "'[\"+44 (0)20 7946-0958\"]');"
                                 "INSERT INTO application (id, created_at, updated_at, rev, candidate_id, "
                                 "posting_id, stage_id, applied_at, stage_entered_at) "
                                 "VALUES ('a1', 10, 20, '1-jkl', 'c1', 'p1', 's1', 10, 10);"
                                 /* A deleted candidate's card is on no board. */
                                 "INSERT INTO candidate (id, created_at, updated_at, rev, deleted, name) "
                                 "VALUES ('c2', 10, 20, '1-mno', 1, 'Gone Person');"
                                 "INSERT INTO application (id, created_at, updated_at, rev, candidate_id, "
                                 "posting_id, stage_id, position, status, applied_at, stage_entered_at) "
                                 "VALUES ('a2', 10, 20, '1-pqr', 'c2', 'p1', 's1', -1, 'rejected', 10, 10);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_finalize_object (g_steal_pointer (&store));

  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  assert_current_schema (store);

  posting = sl_store_get_posting (store, "p1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Old posting");
  g_assert_cmpstr (sl_posting_get_locations (posting)[0], ==, "Paris");
  g_assert_cmpstr (sl_record_get_rev (SL_RECORD (posting)), ==, "1-abc");
  g_assert_cmpuint (sl_posting_get_active_count (posting), ==, 1);
  stages = sl_store_list_stages (store, "p1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate WHERE name = 'Old Candidate'", NULL), ==, 1);
  /* Version 4 indexed the existing candidates for search and duplicates. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH '\"old\"*'", NULL), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_contact WHERE candidate_id = 'c1' "
                                        "AND value IN ('e:old@example.com', 'p:+442079460958')", NULL), ==, 2);
  /* Version 8 made the index read its text from the candidates: it was
   * built again, without the deleted one, and keeps no copy. */
  unit_test_assert_search_index (store);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_fts_docsize", NULL), ==, 1);
  g_assert_false (has_table (store, "candidate_fts_content"));
  /* Version 9 keeps the columns of a word, not its place in them: a phrase
   * is checked apart. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'candidate_fts' "
                                        "AND sql LIKE '%detail = column%'", NULL), ==, 1);
  {
    g_autoptr (GPtrArray) found = sl_store_search_candidates (store, "\"old candidate\"", NULL, 10, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 1);
    g_clear_pointer (&found, g_ptr_array_unref);
    found = sl_store_search_candidates (store, "\"candidate old\"", NULL, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 0);
  }

  /* Version 5 reads a stage's order from the index application_board
   * alone, which replaced application_by_stage. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                        "AND name IN ('application_board', 'candidate_tombstones')", NULL), ==, 2);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'application_by_stage'", NULL), ==, 0);
  list = sl_application_list_new (store, "s1");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  card = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (sl_record_get_id (SL_RECORD (card)), ==, "a1");
  g_assert_cmpstr (sl_application_get_candidate_name (card), ==, "Old Candidate");
  first = sl_application_list_new_partial (store, "s1", 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first)), ==, 1);
  /* Version 10 counts a stage's active cards apart, for a board that
   * shows the active pipeline. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count FROM stage_active WHERE stage_id = 's1'", NULL), ==, 1);
  {
    g_autoptr (SlApplicationList) active = sl_application_list_new_filtered (store, "s1", 1, TRUE);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (active)), ==, 1);
  }
  /* Version 11 brings the default list of rejection reasons. */
  {
    g_auto (GStrv) reasons = sl_store_list_rejection_reasons (store, &error);

    g_assert_no_error (error);
    g_assert_true (g_strv_contains ((const char * const *) reasons, "Salary expectations"));
  }

  /* The migrated file takes writes. */
  sl_posting_set_title (posting, "Old posting, edited");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (posting)), "2-"));
}

/* A file whose search index was lost (a trigger dropped, the index gone)
 * still opens: version 8, then version 9, build the index again from the
 * candidates. */
static void
test_lost_search_index (void)
{
  for (guint version = 7; version <= 8; version++)
    {
      g_autofree char *path = db_path ();
      g_autoptr (SlStore) store = NULL;
      g_autoptr (GError) error = NULL;

      g_unlink (path);
      store = sl_store_open_at_version (path, version, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (sl_store_get_db (store),
                                     "INSERT INTO candidate (id, created_at, updated_at, rev, name) "
                                     "VALUES ('c1', 10, 20, '1-abc', 'Lost Index');"
                                     "DROP TABLE candidate_fts;",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      if (version == 7)
        g_assert_cmpint (sqlite3_exec (sl_store_get_db (store), "DROP TRIGGER attachment_fts_update;",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_finalize_object (g_steal_pointer (&store));

      store = sl_store_open (path, &error);
      g_assert_no_error (error);
      assert_current_schema (store);
      unit_test_assert_search_index (store);
      g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH 'lost'",
                                            NULL), ==, 1);
    }
}

static void
test_no_downgrade (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* Asking for an older version of a newer file changes nothing. */
  store = sl_store_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  assert_current_schema (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/migrations/from-nothing", test_from_nothing);
  g_test_add_func ("/migrations/from-empty-file", test_from_empty_file);
  g_test_add_func ("/migrations/no-downgrade", test_no_downgrade);
  g_test_add_func ("/migrations/lost-search-index", test_lost_search_index);
  for (guint v = 1; v < sl_store_n_migrations; v++)
    {
      g_autofree char *name = g_strdup_printf ("/migrations/from-version-%u", v);

      g_test_add_data_func (name, GUINT_TO_POINTER (v), test_from_version);
    }

  return g_test_run ();
}
