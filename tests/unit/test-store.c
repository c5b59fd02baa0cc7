/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests SlStore on real SQLite files: opening, postings, stages, tombstones, transactions and backups. */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sl-store-people-private.h"
#include "sl-store-private.h"
#include "unit-test-utils.h"

static char *
test_db_path (const char *name)
{
  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data folder. */
  return g_build_filename (g_get_user_data_dir (), "sub folder", name, NULL);
}

static SlStore *
open_test_store (char **out_path)
{
  g_autofree char *path = test_db_path ("test.db");
  g_autoptr (GError) error = NULL;
  SlStore *store = sl_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return store;
}

static char *
query_text (SlStore    *store,
            const char *sql,
            const char *param)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static SlPosting *
make_posting (const char *title)
{
  SlPosting *posting = sl_posting_new ();
  const char * const locations[] = { "Lisboa", "München", NULL };

  sl_posting_set_title (posting, title);
  sl_posting_set_locations (posting, locations);
  sl_posting_set_salary_min (posting, 50000);
  sl_posting_set_salary_max (posting, 70000);
  sl_posting_set_salary_currency (posting, "EUR");
  sl_posting_set_employment_type (posting, "FULL_TIME");
  sl_posting_set_status (posting, SL_POSTING_STATUS_OPEN);
  return posting;
}

static void
test_open_create (void)
{
  g_autofree char *path = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *suffix = NULL;
  g_autoptr (SlStore) store = open_test_store (&path);
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpstr (sl_store_get_path (store), ==, path);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, (int) sl_store_n_migrations);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA user_version", NULL), ==, sl_store_n_migrations);

  journal = query_text (store, "PRAGMA journal_mode", NULL);
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA foreign_keys", NULL), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA synchronous", NULL), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA application_id", NULL), ==, 0x53687274);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA page_size", NULL), ==, 16384);

  default_path = sl_store_get_default_path ();
  suffix = g_build_filename (APP_ID, "shortlist.db", NULL);
  g_assert_true (g_str_has_prefix (default_path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (default_path, suffix));
}

static void
test_posting_crud (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Backend Engineer");
  g_autoptr (SlPosting) loaded = NULL;
  g_autoptr (SlPosting) again = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *rev1 = NULL;
  SlStoreCounts counts = { 0 };
  const char *names[] = { "Applied", "Screening", "Interview", "Offer", "Hired" };

  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  id = g_strdup (sl_record_get_id (SL_RECORD (posting)));
  g_assert_nonnull (id);
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (posting)), "1-"));
  g_assert_cmpint (sl_record_get_created_at (SL_RECORD (posting)), >, 0);
  g_assert_cmpint (sl_record_get_updated_at (SL_RECORD (posting)), ==,
                   sl_record_get_created_at (SL_RECORD (posting)));
  rev1 = g_strdup (sl_record_get_rev (SL_RECORD (posting)));

  loaded = sl_store_get_posting (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (loaded), ==, "Backend Engineer");
  g_assert_cmpstr (sl_posting_get_locations (loaded)[1], ==, "München");
  g_assert_cmpfloat (sl_posting_get_salary_max (loaded), ==, 70000);
  g_assert_cmpstr (sl_posting_get_salary_currency (loaded), ==, "EUR");
  g_assert_cmpint (sl_posting_get_status (loaded), ==, SL_POSTING_STATUS_OPEN);
  g_assert_cmpstr (sl_record_get_rev (SL_RECORD (loaded)), ==, rev1);
  g_assert_cmpuint (sl_posting_get_active_count (loaded), ==, 0);

  /* The default pipeline. */
  stages = sl_store_list_stages (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < stages->len; i++)
    {
      SlStage *stage = stages->pdata[i];

      g_assert_cmpstr (sl_stage_get_name (stage), ==, names[i]);
      g_assert_cmpint (sl_stage_get_position (stage), ==, (int) i);
      g_assert_cmpstr (sl_stage_get_posting_id (stage), ==, id);
      g_assert_cmpint (sl_stage_get_kind (stage), ==,
                       i == 4 ? SL_STAGE_KIND_HIRED : SL_STAGE_KIND_ACTIVE);
    }

  /* "created" activity and one change row for the posting. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ? AND action = 'created'", id), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change WHERE record_id = ?", id), ==, 1);

  /* An update records the old and the new value of each changed field. */
  sl_posting_set_title (loaded, "Senior Backend Engineer");
  sl_posting_set_openings (loaded, 2);
  g_assert_true (sl_store_save_posting (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (loaded)), "2-"));
  {
    g_autofree char *old_value = query_text (store, "SELECT old_value FROM activity WHERE record_id = ? AND field = 'title'", id);
    g_autofree char *new_value = query_text (store, "SELECT new_value FROM activity WHERE record_id = ? AND field = 'title'", id);

    g_assert_cmpstr (old_value, ==, "Backend Engineer");
    g_assert_cmpstr (new_value, ==, "Senior Backend Engineer");
  }
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ? AND action = 'updated'", id), ==, 2);

  /* Saving it unchanged writes nothing. */
  {
    g_autofree char *rev2 = g_strdup (sl_record_get_rev (SL_RECORD (loaded)));

    g_assert_true (sl_store_save_posting (store, loaded, &error));
    g_assert_cmpstr (sl_record_get_rev (SL_RECORD (loaded)), ==, rev2);
    g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ? AND action = 'updated'", id), ==, 2);
  }

  again = sl_store_get_posting (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (again), ==, "Senior Backend Engineer");
  g_assert_cmpuint (sl_posting_get_openings (again), ==, 2);

  /* An invalid posting is refused before anything is written. */
  {
    g_autoptr (SlPosting) bad = make_posting ("");

    g_assert_false (sl_store_save_posting (store, bad, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_null (sl_record_get_id (SL_RECORD (bad)));
  }

  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.postings, ==, 1);

  g_assert_null (sl_store_get_posting (store, "no-such-id", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

/* Adds a candidate and an application in @stage_id with plain SQL: the
 * candidate and application API belongs to another part of the store. */
static char *
add_application (SlStore    *store,
                 const char *posting_id,
                 const char *stage_id,
                 const char *status)
{
  g_autofree char *candidate_id = sl_store_new_id ();
  char *application_id = sl_store_new_id ();
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = sl_store_get_db (store);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO candidate (id, created_at, updated_at, name) "
                                       "VALUES (?, 1, 1, 'Test Person')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, candidate_id, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO application (id, created_at, updated_at, rev, "
                                       "candidate_id, posting_id, stage_id, status, applied_at, stage_entered_at) "
                                       "VALUES (?, 1, 1, '1-x', ?, ?, ?, ?, 1, 1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, application_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, candidate_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, posting_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stage_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, status, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return application_id;
}

/* The list of rejection reasons: the defaults, then the team's own, kept
 * in the file with their activity and changes. */
static void
test_rejection_reasons (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = open_test_store (&path);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) reasons = NULL;
  guint n_defaults;

  reasons = sl_store_list_rejection_reasons (store, &error);
  g_assert_no_error (error);
  n_defaults = g_strv_length (reasons);
  g_assert_cmpuint (n_defaults, >=, 5);
  g_assert_true (g_strv_contains ((const char * const *) reasons, "Not enough experience"));
  g_assert_true (g_strv_contains ((const char * const *) reasons, "Salary expectations"));
  g_assert_true (g_strv_contains ((const char * const *) reasons, "Position filled"));
  g_clear_pointer (&reasons, g_strfreev);

  /* Added at the end, stripped; not twice, not blank. */
  g_assert_true (sl_store_add_rejection_reason (store, "  Relocation not possible ", &error));
  g_assert_no_error (error);
  g_assert_false (sl_store_add_rejection_reason (store, "relocation NOT possible", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (sl_store_add_rejection_reason (store, "   ", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  reasons = sl_store_list_rejection_reasons (store, &error);
  g_assert_cmpuint (g_strv_length (reasons), ==, n_defaults + 1);
  g_assert_cmpstr (reasons[n_defaults], ==, "Relocation not possible");
  g_clear_pointer (&reasons, g_strfreev);

  /* Removed, a default one too; a name not in the list is an error. */
  g_assert_true (sl_store_remove_rejection_reason (store, "No response", &error));
  g_assert_no_error (error);
  g_assert_false (sl_store_remove_rejection_reason (store, "No response", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change WHERE record_type = 'rejection_reason'",
                                        NULL), ==, 2);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_type = 'rejection_reason'",
                                        NULL), ==, 2);

  /* In the file, as another connection reads it. */
  g_clear_object (&store);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  reasons = sl_store_list_rejection_reasons (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (reasons), ==, n_defaults);
  g_assert_false (g_strv_contains ((const char * const *) reasons, "No response"));
  g_assert_cmpstr (reasons[n_defaults - 1], ==, "Relocation not possible");
}

/* A stage added to a pipeline goes before the stages that end it. */
static void
test_stage_added_before_end (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Designer");
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *second = NULL;
  g_autoptr (SlStage) rejected = sl_stage_new ();
  const char *posting_id;

  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  posting_id = sl_record_get_id (SL_RECORD (posting));

  /* Applied, Screening, Interview, Offer, Hired: the new one before Hired. */
  id = sl_store_add_stage (store, posting_id, "Reference Check", &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  stages = sl_store_list_stages (store, posting_id, &error);
  g_assert_cmpuint (stages->len, ==, 6);
  g_assert_cmpstr (sl_record_get_id (stages->pdata[4]), ==, id);
  g_assert_cmpint (sl_stage_get_kind (stages->pdata[4]), ==, SL_STAGE_KIND_ACTIVE);
  g_assert_cmpstr (sl_stage_get_name (stages->pdata[5]), ==, "Hired");
  for (guint i = 0; i < stages->len; i++)
    g_assert_cmpint (sl_stage_get_position (stages->pdata[i]), ==, (int) i);
  g_clear_pointer (&stages, g_ptr_array_unref);

  /* With a Rejected stage after Hired, both stay at the end. */
  sl_stage_set_posting_id (rejected, posting_id);
  sl_stage_set_name (rejected, "Rejected");
  sl_stage_set_position (rejected, 6);
  sl_stage_set_kind (rejected, SL_STAGE_KIND_REJECTED);
  g_assert_true (sl_store_save_stage (store, rejected, &error));
  g_assert_no_error (error);
  second = sl_store_add_stage (store, posting_id, "Background Check", &error);
  g_assert_no_error (error);
  stages = sl_store_list_stages (store, posting_id, &error);
  g_assert_cmpuint (stages->len, ==, 8);
  g_assert_cmpstr (sl_record_get_id (stages->pdata[5]), ==, second);
  g_assert_cmpstr (sl_stage_get_name (stages->pdata[6]), ==, "Hired");
  g_assert_cmpstr (sl_stage_get_name (stages->pdata[7]), ==, "Rejected");
  g_clear_pointer (&stages, g_ptr_array_unref);

  /* A stage needs a name; nothing is added without one. */
  g_assert_null (sl_store_add_stage (store, posting_id, "  ", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  stages = sl_store_list_stages (store, posting_id, &error);
  g_assert_cmpuint (stages->len, ==, 8);
}

static void
test_stages (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Designer");
  g_autoptr (SlPosting) other = make_posting ("Writer");
  g_autoptr (SlStage) stage = sl_stage_new ();
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) other_stages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *app1 = NULL;
  g_autofree char *app2 = NULL;
  const char *posting_id;
  const char *applied_id;
  guint active = 0;

  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_true (sl_store_save_posting (store, other, &error));
  g_assert_no_error (error);
  posting_id = sl_record_get_id (SL_RECORD (posting));

  /* A new stage, then a rename. */
  sl_stage_set_posting_id (stage, posting_id);
  sl_stage_set_name (stage, "Take-home");
  sl_stage_set_position (stage, 5);
  g_assert_true (sl_store_save_stage (store, stage, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sl_record_get_id (SL_RECORD (stage)));
  sl_stage_set_name (stage, "Take-home task");
  g_assert_true (sl_store_save_stage (store, stage, &error));
  g_assert_no_error (error);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ? AND field = 'name'",
                                        sl_record_get_id (SL_RECORD (stage))), ==, 1);

  stages = sl_store_list_stages (store, posting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 6);
  g_assert_cmpstr (sl_stage_get_name (stages->pdata[5]), ==, "Take-home task");

  /* A stage needs a name and a posting. */
  {
    g_autoptr (SlStage) bad = sl_stage_new ();

    sl_stage_set_posting_id (bad, posting_id);
    g_assert_false (sl_store_save_stage (store, bad, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* An empty stage goes without a target. */
  g_assert_true (sl_store_delete_stage (store, sl_record_get_id (SL_RECORD (stage)), NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stages, g_ptr_array_unref);
  stages = sl_store_list_stages (store, posting_id, &error);
  g_assert_cmpuint (stages->len, ==, 5);

  /* A stage with applications needs somewhere to move them. */
  applied_id = sl_record_get_id (SL_RECORD (stages->pdata[0]));
  app1 = add_application (store, posting_id, applied_id, "active");
  app2 = add_application (store, posting_id, applied_id, "rejected");
  g_assert_true (sl_store_count_active_applications (store, posting_id, &active, &error));
  g_assert_cmpuint (active, ==, 1);

  g_assert_false (sl_store_delete_stage (store, applied_id, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* … and only within the same posting. */
  other_stages = sl_store_list_stages (store, sl_record_get_id (SL_RECORD (other)), &error);
  g_assert_false (sl_store_delete_stage (store, applied_id,
                                         sl_record_get_id (SL_RECORD (other_stages->pdata[1])),
                                         &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sl_store_delete_stage (store, applied_id,
                                        sl_record_get_id (SL_RECORD (stages->pdata[1])),
                                        &error));
  g_assert_no_error (error);
  {
    g_autofree char *stage_of_app = query_text (store, "SELECT stage_id FROM application WHERE id = ?", app1);

    g_assert_cmpstr (stage_of_app, ==, sl_record_get_id (SL_RECORD (stages->pdata[1])));
  }
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ? AND action = 'moved'", app2), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT deleted FROM stage WHERE id = ?", applied_id), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT deleted FROM change WHERE record_id = ?", applied_id), ==, 1);

  g_assert_null (sl_store_get_stage (store, applied_id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Reordering: Offer (now third of four) to the front. */
  {
    g_autoptr (GPtrArray) now = sl_store_list_stages (store, posting_id, &error);
    g_autoptr (GPtrArray) reordered = NULL;
    const char *expected[] = { "Offer", "Screening", "Interview", "Hired" };

    g_assert_cmpuint (now->len, ==, 4);
    g_assert_cmpstr (sl_stage_get_name (now->pdata[2]), ==, "Offer");
    g_assert_true (sl_store_move_stage (store, sl_record_get_id (SL_RECORD (now->pdata[2])), 0, &error));
    g_assert_no_error (error);
    reordered = sl_store_list_stages (store, posting_id, &error);
    for (guint i = 0; i < reordered->len; i++)
      {
        g_assert_cmpstr (sl_stage_get_name (reordered->pdata[i]), ==, expected[i]);
        g_assert_cmpint (sl_stage_get_position (reordered->pdata[i]), ==, (int) i);
      }
  }
}

/* Every posting's kept active count (migration 6) and every stage's count
 * (migration 7) and active count (migration 10) against counting. */
static void
assert_active_counts_kept (SlStore *store)
{
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT count(*) FROM posting p WHERE "
                                        "coalesce ((SELECT count FROM posting_active WHERE posting_id = p.id), 0) != "
                                        "(SELECT count(*) FROM application a WHERE a.posting_id = p.id "
                                        "AND a.deleted = 0 AND a.status = 'active')",
                                        NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT count(*) FROM stage s WHERE "
                                        "coalesce ((SELECT count FROM stage_count WHERE stage_id = s.id), 0) != "
                                        "(SELECT count(*) FROM application a WHERE a.stage_id = s.id AND a.deleted = 0)",
                                        NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT count(*) FROM stage s WHERE "
                                        "coalesce ((SELECT count FROM stage_active WHERE stage_id = s.id), 0) != "
                                        "(SELECT count(*) FROM application a WHERE a.stage_id = s.id "
                                        "AND a.deleted = 0 AND a.status = 'active')",
                                        NULL), ==, 0);
}

static void
exec_sql (SlStore    *store,
          const char *sql,
          const char *param)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
test_active_counts (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) first = make_posting ("First");
  g_autoptr (SlPosting) second = make_posting ("Second");
  g_autoptr (GPtrArray) first_stages = NULL;
  g_autoptr (GPtrArray) second_stages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  const char *first_id, *second_id;
  guint count = 0;

  g_assert_true (sl_store_save_posting (store, first, &error));
  g_assert_true (sl_store_save_posting (store, second, &error));
  first_id = sl_record_get_id (SL_RECORD (first));
  second_id = sl_record_get_id (SL_RECORD (second));
  first_stages = sl_store_list_stages (store, first_id, &error);
  second_stages = sl_store_list_stages (store, second_id, &error);
  g_assert_no_error (error);

  a = add_application (store, first_id, sl_record_get_id (first_stages->pdata[0]), "active");
  b = add_application (store, first_id, sl_record_get_id (first_stages->pdata[0]), "active");
  c = add_application (store, first_id, sl_record_get_id (first_stages->pdata[0]), "rejected");
  assert_active_counts_kept (store);
  g_assert_true (sl_store_count_active_applications (store, first_id, &count, &error));
  g_assert_cmpuint (count, ==, 2);

  /* Moves between stages leave it; status, posting and tombstones change it. */
  g_assert_true (sl_store_move_application (store, a, sl_record_get_id (first_stages->pdata[1]), 0, &error));
  g_assert_no_error (error);
  assert_active_counts_kept (store);
  g_assert_true (sl_store_count_stage_order (store, sl_record_get_id (first_stages->pdata[0]), FALSE, &count, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (sl_store_count_stage_order (store, sl_record_get_id (first_stages->pdata[1]), FALSE, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  /* A tombstoned candidate's card leaves its column's count. */
  exec_sql (store, "UPDATE candidate SET deleted = 1 WHERE id = (SELECT candidate_id FROM application WHERE id = ?)", a);
  g_assert_true (sl_store_count_stage_order (store, sl_record_get_id (first_stages->pdata[1]), FALSE, &count, &error));
  g_assert_cmpuint (count, ==, 0);
  exec_sql (store, "UPDATE candidate SET deleted = 0 WHERE id = (SELECT candidate_id FROM application WHERE id = ?)", a);
  g_assert_true (sl_store_count_stage_order (store, sl_record_get_id (first_stages->pdata[1]), FALSE, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  exec_sql (store, "UPDATE application SET stage_id = NULL WHERE id = ?", c);
  assert_active_counts_kept (store);
  exec_sql (store, "UPDATE application SET stage_id = (SELECT stage_id FROM application WHERE id = ?) WHERE stage_id IS NULL", a);
  assert_active_counts_kept (store);
  exec_sql (store, "UPDATE application SET status = 'hired' WHERE id = ?", a);
  exec_sql (store, "UPDATE application SET status = 'active' WHERE id = ?", c);
  assert_active_counts_kept (store);
  exec_sql (store, "UPDATE application SET posting_id = (SELECT id FROM posting WHERE title = 'Second') WHERE id = ?", b);
  assert_active_counts_kept (store);
  g_assert_true (sl_store_count_active_applications (store, second_id, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (sl_store_delete_application (store, c, &error));
  g_assert_no_error (error);
  assert_active_counts_kept (store);
  g_assert_true (sl_store_count_active_applications (store, first_id, &count, &error));
  g_assert_cmpuint (count, ==, 0);
  exec_sql (store, "UPDATE application SET deleted = 0 WHERE id = ?", c);
  assert_active_counts_kept (store);
  exec_sql (store, "DELETE FROM application WHERE id = ?", b);
  assert_active_counts_kept (store);

  /* A posting deleted for good takes its counts with it. */
  exec_sql (store, "DELETE FROM posting WHERE id = ?", first_id);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM posting_active WHERE posting_id = ?", first_id), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM stage_count WHERE stage_id NOT IN (SELECT id FROM stage)", NULL), ==, 0);
  assert_active_counts_kept (store);
}

static void
test_tombstones (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Analyst");
  g_autoptr (SlPosting) keep = make_posting ("Keeper");
  g_autoptr (GListModel) list = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *app = NULL;
  g_autofree char *id = NULL;
  SlStoreCounts counts = { 0 };

  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_true (sl_store_save_posting (store, keep, &error));
  g_assert_no_error (error);
  id = g_strdup (sl_record_get_id (SL_RECORD (posting)));
  stages = sl_store_list_stages (store, id, &error);
  app = add_application (store, id, sl_record_get_id (SL_RECORD (stages->pdata[0])), "active");

  list = sl_store_list_postings (store);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  g_assert_true (sl_store_delete_posting (store, id, &error));
  g_assert_no_error (error);

  /* Hidden from gets, lists and counts, but kept as tombstones. */
  g_assert_null (sl_store_get_posting (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_cmpuint (counts.postings, ==, 1);
  g_assert_cmpuint (counts.applications, ==, 0);
  /* What an empty state asks: tombstones are not "any". */
  g_assert_true (sl_store_get_any (store, &counts, &error));
  g_assert_cmpuint (counts.postings, ==, 1);
  g_assert_cmpuint (counts.candidates, ==, 1);
  g_assert_cmpuint (counts.applications, ==, 0);
  g_assert_cmpuint (counts.interviews, ==, 0);
  g_clear_pointer (&stages, g_ptr_array_unref);
  stages = sl_store_list_stages (store, id, &error);
  g_assert_cmpuint (stages->len, ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM posting WHERE id = ? AND deleted = 1", id), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT deleted FROM change WHERE record_id = ?", id), ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT deleted FROM change WHERE record_id = ?", app), ==, 1);

  /* A deleted posting cannot be edited. */
  sl_posting_set_title (posting, "Edited after delete");
  g_assert_false (sl_store_save_posting (store, posting, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting twice is "not found". */
  g_assert_false (sl_store_delete_posting (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sl_store_restore_posting (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_pointer (&stages, g_ptr_array_unref);
  stages = sl_store_list_stages (store, id, &error);
  g_assert_cmpuint (stages->len, ==, 5);
  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_cmpuint (counts.postings, ==, 2);
  g_assert_cmpuint (counts.applications, ==, 1);
  g_assert_true (sl_store_get_any (store, &counts, &error));
  g_assert_cmpuint (counts.postings, ==, 1);
  g_assert_cmpuint (counts.applications, ==, 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ? AND action = 'restored'", id), ==, 1);

  g_assert_false (sl_store_restore_posting (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
}

static void
test_transactions (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Rolled back");
  g_autoptr (SlPosting) kept = make_posting ("Kept");
  g_autoptr (GError) error = NULL;
  gint64 activities;
  gint64 changes;

  activities = unit_test_query_int (store, "SELECT count(*) FROM activity", NULL);
  changes = unit_test_query_int (store, "SELECT count(*) FROM change", NULL);

  /* The write, its activity and its change row go together… */
  g_assert_true (sl_store_begin (store, &error));
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity", NULL), >, activities);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change", NULL), >, changes);
  sl_store_rollback (store);

  /* … and go away together. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM posting", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM stage", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity", NULL), ==, activities);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change", NULL), ==, changes);

  /* Nested: an inner rollback keeps the outer work. */
  g_assert_true (sl_store_begin (store, &error));
  g_assert_true (sl_store_save_posting (store, kept, &error));
  g_assert_true (sl_store_begin (store, &error));
  sl_posting_set_title (kept, "Changed inside");
  g_assert_true (sl_store_save_posting (store, kept, &error));
  sl_store_rollback (store);
  g_assert_true (sl_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM posting", NULL), ==, 1);
  {
    g_autofree char *title = query_text (store, "SELECT title FROM posting", NULL);

    g_assert_cmpstr (title, ==, "Kept");
  }
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change WHERE record_type = 'posting'", NULL), ==, 1);
}

static void
count_changed_cb (SlStore    *store,
                  const char *record_type,
                  const char *record_id,
                  GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup_printf ("%s:%s", record_type ? record_type : "*",
                                          record_id ? record_id : "*"));
}

static void
test_changed_signal (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Signals");
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = NULL;
  guint n_posting = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), seen);

  g_assert_true (sl_store_begin (store, &error));
  g_assert_true (sl_store_save_posting (store, posting, &error));
  sl_posting_set_title (posting, "Signals 2");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_cmpuint (seen->len, ==, 0);  /* nothing before the commit */
  g_assert_true (sl_store_commit (store, &error));
  g_assert_no_error (error);

  expected = g_strdup_printf ("posting:%s", sl_record_get_id (SL_RECORD (posting)));
  for (guint i = 0; i < seen->len; i++)
    if (g_str_equal (seen->pdata[i], expected))
      n_posting++;
  g_assert_cmpuint (n_posting, ==, 1);  /* coalesced */

  /* A rolled-back transaction emits nothing. */
  g_ptr_array_set_size (seen, 0);
  g_assert_true (sl_store_begin (store, &error));
  sl_posting_set_title (posting, "Signals 3");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  sl_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 0);

  /* Our own commits are not "external". */
  g_assert_false (sl_store_check_external_changes (store));
}

static void
test_change_feed (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (SlPosting) posting = make_posting ("Feed");
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GPtrArray) later = NULL;
  g_autoptr (GError) error = NULL;
  gint64 first_seq = 0;
  gint64 last_seq = 0;
  const char *id;

  g_assert_true (sl_store_save_posting (store, posting, &error));
  id = sl_record_get_id (SL_RECORD (posting));

  changes = sl_store_list_changes (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 6);  /* the posting and its five stages */
  for (guint i = 0; i < changes->len; i++)
    {
      SlChange *change = changes->pdata[i];

      g_assert_cmpint (change->seq, >, last_seq);
      last_seq = change->seq;
      if (g_str_equal (change->record_id, id))
        {
          first_seq = change->seq;
          g_assert_cmpstr (change->record_type, ==, "posting");
          g_assert_cmpstr (change->rev, ==, sl_record_get_rev (SL_RECORD (posting)));
          g_assert_false (change->deleted);
        }
    }
  g_assert_cmpint (first_seq, >, 0);

  /* A new write replaces the record's row with a later seq. */
  sl_posting_set_title (posting, "Feed 2");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  later = sl_store_list_changes (store, last_seq, 10, &error);
  g_assert_cmpuint (later->len, ==, 1);
  g_assert_cmpstr (((SlChange *) later->pdata[0])->record_id, ==, id);
  g_assert_true (g_str_has_prefix (((SlChange *) later->pdata[0])->rev, "2-"));
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change WHERE record_id = ?", id), ==, 1);

  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = sl_store_list_changes (store, 0, 2, &error);
  g_assert_cmpuint (changes->len, ==, 2);
}

static void
test_posting_list (void)
{
  g_autoptr (SlStore) store = open_test_store (NULL);
  g_autoptr (GListModel) list = sl_store_list_postings (store);
  g_autoptr (SlPosting) a = make_posting ("A");
  g_autoptr (SlPosting) b = make_posting ("B");
  g_autoptr (SlPosting) first = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_list_model_get_item_type (list) == SL_TYPE_POSTING);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  g_assert_true (sl_store_save_posting (store, a, &error));
  g_usleep (2);
  g_assert_true (sl_store_save_posting (store, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* Newest first. */
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sl_posting_get_title (first), ==, "B");
  g_clear_object (&first);

  g_usleep (2);
  sl_posting_set_title (a, "A2");
  g_assert_true (sl_store_save_posting (store, a, &error));
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sl_posting_get_title (first), ==, "A2");
  g_assert_null (g_list_model_get_item (list, 2));

  /* The list does not keep the store alive. */
  g_clear_object (&first);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

static void
test_backup (void)
{
  g_autofree char *path = NULL;
  g_autofree char *copy_path = g_build_filename (g_get_user_data_dir (), "backup.db", NULL);
  g_autoptr (SlStore) store = open_test_store (&path);
  g_autoptr (SlStore) copy = NULL;
  g_autoptr (SlPosting) posting = make_posting ("Backed up");
  g_autoptr (SlPosting) loaded = NULL;
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts = { 0 };
  GStatBuf st;

  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_true (sl_store_backup (store, copy_path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  copy = sl_store_open (copy_path, &error);
  g_assert_no_error (error);
  loaded = sl_store_get_posting (copy, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (loaded), ==, "Backed up");
  g_assert_cmpstr (sl_record_get_rev (SL_RECORD (loaded)), ==, sl_record_get_rev (SL_RECORD (posting)));
  g_assert_true (sl_store_get_counts (copy, &counts, &error));
  g_assert_cmpuint (counts.postings, ==, 1);
  g_assert_cmpint (unit_test_query_int (copy, "SELECT count(*) FROM activity", NULL), ==,
                   unit_test_query_int (store, "SELECT count(*) FROM activity", NULL));
  g_assert_cmpint (unit_test_query_int (copy, "SELECT count(*) FROM stage", NULL), ==, 5);
  g_assert_cmpint (unit_test_query_int (copy, "PRAGMA page_size", NULL), ==, 16384);

  /* A backup over an existing file replaces it. */
  g_clear_object (&copy);
  g_assert_true (sl_store_backup (store, copy_path, &error));
  g_assert_no_error (error);
}

static void
test_reopen (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = open_test_store (&path);
  g_autoptr (SlPosting) posting = make_posting ("Persistent");
  g_autoptr (SlPosting) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;

  g_assert_true (sl_store_save_posting (store, posting, &error));
  id = g_strdup (sl_record_get_id (SL_RECORD (posting)));
  g_assert_finalize_object (g_steal_pointer (&store));

  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  loaded = sl_store_get_posting (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (loaded), ==, "Persistent");
}

/* A file made with another page size (by an older Shortlist, or by hand)
 * keeps it: SQLite can change it only by rewriting the whole file. */
static void
test_open_keeps_page_size (void)
{
  g_autofree char *path = test_db_path ("small-pages.db");
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA page_size = 4096; PRAGMA application_id = 1399353972",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit_test_query_int (store, "PRAGMA page_size", NULL), ==, 4096);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, (int) sl_store_n_migrations);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
assert_file_equals (const char *path,
                    GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr (GBytes) actual = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  actual = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (g_bytes_equal (actual, expected));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* A record that is not there: the message names its kind, not its id. */
static void
test_not_found_message (void)
{
  g_autofree char *path = test_db_path ("missing.db");
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;
  const char *id = "0192f3a4-5b6c-7d8e-9f01-23456789abcd";

  store = sl_store_open (path, &error);
  g_assert_no_error (error);

  g_assert_null (sl_store_get_candidate (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_null (strstr (error->message, id));
  g_assert_nonnull (strstr (error->message, "candidate"));
  g_clear_error (&error);

  g_assert_false (sl_store_erase_candidate (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_null (strstr (error->message, id));
  g_clear_error (&error);

  g_assert_null (sl_store_get_posting (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_null (strstr (error->message, id));
  g_assert_nonnull (strstr (error->message, "posting"));
}

static void
test_open_not_a_database (void)
{
  g_autofree char *path = test_db_path ("notes.txt");
  const char *text = "Shopping list\nmilk\neggs\n" "0123456789abcdefghijklmnopqrstuvwxyz\n";
  g_autoptr (GBytes) before = g_bytes_new_static (text, strlen (text));
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  write_file (path, text, -1);

  store = sl_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_A_DATABASE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "notes.txt"));
  /* The file's name, not the folder it is in. */
  g_assert_null (strstr (error->message, g_get_user_data_dir ()));
  assert_file_equals (path, before);

  /* A file shorter than a header, read without touching it. */
  {
    g_autofree char *short_path = test_db_path ("short.db");

    write_file (short_path, "SQLite format 3", -1);
    g_clear_error (&error);
    g_assert_null (sl_store_open (short_path, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_NOT_A_DATABASE);
  }

  /* A file that starts like one but is garbage after the header. */
  {
    g_autofree char *fake_path = test_db_path ("fake.db");
    char fake[4096];
    g_autoptr (GBytes) fake_bytes = NULL;

    memset (fake, 'x', sizeof fake);
    memcpy (fake, "SQLite format 3", 16);
    write_file (fake_path, fake, sizeof fake);
    fake_bytes = g_bytes_new (fake, sizeof fake);

    g_clear_error (&error);
    store = sl_store_open (fake_path, &error);
    g_assert_null (store);
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_true (error->code == SL_ERROR_NOT_A_DATABASE);
    assert_file_equals (fake_path, fake_bytes);
  }

  /* Another program's SQLite database is not ours to add tables to. */
  {
    g_autofree char *other_path = test_db_path ("other-app.sqlite");
    g_autofree char *contents = NULL;
    g_autoptr (GBytes) other_bytes = NULL;
    sqlite3 *db = NULL;
    gsize length;

    g_assert_cmpint (sqlite3_open (other_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE bookmarks (url TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_assert_true (g_file_get_contents (other_path, &contents, &length, NULL));
    other_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

    g_clear_error (&error);
    store = sl_store_open (other_path, &error);
    g_assert_null (store);
    g_assert_error (error, SL_ERROR, SL_ERROR_NOT_A_DATABASE);
    assert_file_equals (other_path, other_bytes);
  }

  /* A folder is not a database either. */
  g_clear_error (&error);
  store = sl_store_open (g_get_user_data_dir (), &error);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_A_DATABASE);
}

static void
test_open_too_new (void)
{
  g_autofree char *path = test_db_path ("future.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;
  gsize length;

  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 999;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  before = g_bytes_new_take (g_steal_pointer (&contents), length);

  store = sl_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_TOO_NEW);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "newer version of Shortlist"));
  assert_file_equals (path, before);
}

static void
test_open_read_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autofree char *file = test_db_path ("plain-file");
  g_autofree char *under_file = g_build_filename (file, "folder", "shortlist.db", NULL);

  /* A "folder" that is a file: fails for root too. */
  write_file (file, "not a folder", -1);
  store = sl_store_open (under_file, &error);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_READ_ONLY);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* /proc takes no new files, whoever we are. */
  store = sl_store_open ("/proc/shortlist-test.db", &error);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_READ_ONLY);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (g_file_test ("/proc/shortlist-test.db", G_FILE_TEST_EXISTS));
}

static void
test_open_read_only_file (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can write a file whatever its mode");
      return;
    }

  store = open_test_store (&path);
  g_assert_finalize_object (g_steal_pointer (&store));
  dir = g_path_get_dirname (path);

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  store = sl_store_open (path, &error);
  g_chmod (dir, 0700);
  g_chmod (path, 0600);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_READ_ONLY);
}

/* SL_STORE_OPEN_READ_ONLY: reads, sees other connections' commits, and
 * refuses every write, whoever runs it (root included). */
static void
test_open_read_only_flag (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) writer = open_test_store (&path);
  g_autoptr (SlStore) reader = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlPosting) refused = sl_posting_new ();
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts = { 0 };

  reader = sl_store_open_full (path, SL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_is_read_only (reader));
  g_assert_false (sl_store_is_read_only (writer));

  sl_posting_set_title (posting, "Seen by the reader");
  g_assert_true (sl_store_save_posting (writer, posting, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_check_external_changes (reader));
  g_assert_true (sl_store_get_counts (reader, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.postings, ==, 1);

  sl_posting_set_title (refused, "Refused");
  g_assert_false (sl_store_save_posting (reader, refused, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpuint (counts.postings, ==, 1);

  /* A writable file opens for writing when reading only is a fallback. */
  g_clear_object (&reader);
  reader = sl_store_open_full (path, SL_STORE_OPEN_FALL_BACK_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (sl_store_is_read_only (reader));
}

static void
test_strv_json (void)
{
  const char * const samples[][6] = {
    { NULL },
    { "", NULL },
    { "plain", "two words", NULL },
    { "quote \" and \\ backslash", "tab\tnewline\n", "\x01 control", NULL },
    { "नई दिल्ली", "東京", "emoji 🎉", "Zürich", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *json = sl_strv_to_json (samples[i]);
      g_auto (GStrv) back = sl_strv_from_json (json);
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;
      JsonArray *array;

      g_assert_true (g_strv_equal ((const char * const *) back, samples[i]));

      /* What we write is JSON that json-glib reads the same way. */
      g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
      g_assert_no_error (error);
      array = json_node_get_array (json_parser_get_root (parser));
      g_assert_cmpuint (json_array_get_length (array), ==, g_strv_length ((char **) samples[i]));
      for (guint j = 0; j < json_array_get_length (array); j++)
        g_assert_cmpstr (json_array_get_string_element (array, j), ==, samples[i][j]);
    }

  /* The text stored is compact, as it always was (revisions hash it). */
  {
    const char * const two[] = { "a", "b c", NULL };
    const char * const escapes[] = { "\b\f\\/\"", NULL };
    g_autofree char *json = sl_strv_to_json (two);
    g_autofree char *escaped = sl_strv_to_json (escapes);
    g_auto (GStrv) back = sl_strv_from_json (escaped);

    g_assert_cmpstr (json, ==, "[\"a\",\"b c\"]");
    g_assert_true (g_strv_equal ((const char * const *) back, escapes));
  }

  /* What json-glib (or another replica) writes reads back too. */
  {
    g_auto (GStrv) strv = sl_strv_from_json (" [ \"a\\u00e9\\ud83c\\udf89\" , \"\\/x\" ] ");

    g_assert_cmpuint (g_strv_length (strv), ==, 2);
    g_assert_cmpstr (strv[0], ==, "aé🎉");
    g_assert_cmpstr (strv[1], ==, "/x");
  }

  /* Anything else gives an empty vector, never NULL. */
  {
    const char *bad[] = { NULL, "", "{}", "[1]", "[\"a\"", "[\"a\",]", "[\"\\q\"]", "[\"\\ud800\"]", "[] x",
                          "null", "[\"a\" \"b\"]", "[\"a\", null]", "[[\"a\"]]", "[\"\\u0000\"]", "[\"a\\\"]" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_auto (GStrv) strv = sl_strv_from_json (bad[i]);

        g_assert_nonnull (strv);
        g_assert_null (strv[0]);
      }
  }
}

static void
test_helpers (void)
{
  g_autofree char *rev1 = sl_store_next_rev (NULL, "content");
  g_autofree char *rev2 = sl_store_next_rev (rev1, "content 2");
  g_autofree char *rev12 = sl_store_next_rev ("11-abc", NULL);
  g_autofree char *id1 = sl_store_new_id ();
  g_autofree char *id2 = sl_store_new_id ();

  g_assert_true (g_str_has_prefix (rev1, "1-"));
  g_assert_cmpuint (strlen (rev1), ==, 2 + 32);
  g_assert_true (g_str_has_prefix (rev2, "2-"));
  g_assert_true (g_str_has_prefix (rev12, "12-"));
  g_assert_true (g_uuid_string_is_valid (id1));
  g_assert_cmpstr (id1, !=, id2);
  /* Time-ordered, so bulk inserts append to the index. */
  g_assert_cmpint (strcmp (id1, id2), <, 0);
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *next = sl_store_new_id ();

      g_assert_cmpint (strcmp (id2, next), <, 0);
      g_free (id2);
      id2 = g_steal_pointer (&next);
    }
  g_assert_cmpint (sl_store_now (), >, 1600000000000000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/open/create", test_open_create);
  g_test_add_func ("/store/open/not-a-database", test_open_not_a_database);
  g_test_add_func ("/store/open/too-new", test_open_too_new);
  g_test_add_func ("/store/open/keeps-page-size", test_open_keeps_page_size);
  g_test_add_func ("/store/open/read-only", test_open_read_only);
  g_test_add_func ("/store/open/read-only-file", test_open_read_only_file);
  g_test_add_func ("/store/open/read-only-flag", test_open_read_only_flag);
  g_test_add_func ("/store/reopen", test_reopen);
  g_test_add_func ("/store/posting/crud", test_posting_crud);
  g_test_add_func ("/store/posting/tombstones", test_tombstones);
  g_test_add_func ("/store/posting/active-counts", test_active_counts);
  g_test_add_func ("/store/posting/list", test_posting_list);
  g_test_add_func ("/store/stages", test_stages);
  g_test_add_func ("/store/stages/added-before-end", test_stage_added_before_end);
  g_test_add_func ("/store/rejection-reasons", test_rejection_reasons);
  g_test_add_func ("/store/transactions", test_transactions);
  g_test_add_func ("/store/changed-signal", test_changed_signal);
  g_test_add_func ("/store/change-feed", test_change_feed);
  g_test_add_func ("/store/backup", test_backup);
  g_test_add_func ("/store/strv-json", test_strv_json);
  g_test_add_func ("/store/helpers", test_helpers);
  g_test_add_func ("/store/not-found-message", test_not_found_message);

  return g_test_run ();
}
