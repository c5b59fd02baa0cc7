/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests erasure: nothing personal left in any table, the search index or on disk; pipelines keep their counts. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sl-store-private.h"
#include "unit-test-utils.h"

#define NAME "Zyxwvut Qorpelski"
#define EMAIL "zyxwvut.q@example.com"
#define PHONE "+48 601 555 123"

/* Counts the text cells, in every column of every table (the FTS shadow
 * tables included), that contain @needle, logging where. */
static guint
count_everywhere (SlStore    *store,
                  const char *needle)
{
  sqlite3 *db = sl_store_get_db (store);
  sqlite3_stmt *tables = NULL;
  guint found = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;

      /* Table names come from the schema itself, not from a user. */
      sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;  /* virtual tables that cannot be listed */
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count (stmt); i++)
          {
            const void *data = sqlite3_column_blob (stmt, i);
            int len = sqlite3_column_bytes (stmt, i);

            if (data != NULL && len > 0 &&
                g_strstr_len (data, len, needle) != NULL)
              {
                g_test_message ("“%s” found in %s.%s", needle, table, sqlite3_column_name (stmt, i));
                found++;
              }
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_finalize (tables);
  return found;
}

typedef struct
{
  char *candidate_id;
  char *other_id;
  char *posting_id;
  char *application_id;
  char *resume_path;
  char *shared_path;
} Fixture;

static void
setup (SlStore *store,
       Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) person = sl_candidate_new ();
  g_autoptr (SlCandidate) other = sl_candidate_new ();
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlApplication) application = sl_application_new ();
  g_autoptr (SlInterview) interview = sl_interview_new ();
  g_autoptr (SlFeedback) feedback = sl_feedback_new ();
  g_autoptr (SlAttachment) resume = NULL;
  g_autoptr (SlAttachment) shared = NULL;
  g_autoptr (SlAttachment) shared_other = NULL;
  const char *emails[] = { EMAIL, NULL };
  const char *phones[] = { PHONE, NULL };
  const char *links[] = { "https://example.com/in/zyxwvut", NULL };
  const char *tags[] = { "zyxwvut-fan", NULL };
  gint64 now = g_get_real_time ();

  sl_candidate_set_name (person, NAME);
  sl_candidate_set_emails (person, emails);
  sl_candidate_set_phones (person, phones);
  sl_candidate_set_links (person, links);
  sl_candidate_set_tags (person, tags);
  sl_candidate_set_location (person, "Kraków");
  sl_candidate_set_headline (person, "Rust engineer");
  sl_candidate_set_source (person, "Referral by a friend");
  sl_candidate_set_notes (person, "Zyxwvut said to call after 5; code word xqjzvbw");
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  /* An edit, so the activity log holds old and new values. */
  sl_candidate_set_name (person, NAME);
  sl_candidate_set_headline (person, "Senior Rust engineer, ex-Zyxwvut Corp");
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  f->candidate_id = g_strdup (sl_record_get_id (SL_RECORD (person)));

  sl_candidate_set_name (other, "Other Person");
  sl_candidate_set_notes (other, "Knows " NAME " well");
  g_assert_true (sl_store_save_candidate (store, other, &error));
  g_assert_no_error (error);
  f->other_id = g_strdup (sl_record_get_id (SL_RECORD (other)));

  sl_posting_set_title (posting, "Engineer");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  f->posting_id = g_strdup (sl_record_get_id (SL_RECORD (posting)));

  sl_application_set_candidate_id (application, f->candidate_id);
  sl_application_set_posting_id (application, f->posting_id);
  g_assert_true (sl_store_save_application (store, application, &error));
  g_assert_no_error (error);
  sl_application_set_status (application, SL_APPLICATION_STATUS_REJECTED);
  sl_application_set_rejection_reason (application, "Zyxwvut asked for too much");
  g_assert_true (sl_store_save_application (store, application, &error));
  g_assert_no_error (error);
  f->application_id = g_strdup (sl_record_get_id (SL_RECORD (application)));

  sl_interview_set_application_id (interview, f->application_id);
  sl_interview_set_starts_at (interview, now);
  sl_interview_set_ends_at (interview, now + (gint64) G_USEC_PER_SEC * 3600);
  g_assert_true (sl_store_save_interview (store, interview, &error));
  g_assert_no_error (error);
  sl_feedback_set_interview_id (feedback, sl_record_get_id (SL_RECORD (interview)));
  sl_feedback_set_interviewer (feedback, "Interviewer");
  sl_feedback_set_notes (feedback, "Zyxwvut was great at Rust");
  g_assert_true (sl_store_save_feedback (store, feedback, &error));
  g_assert_no_error (error);
  sl_feedback_set_notes (feedback, "Zyxwvut was great at Rust, and at Go");
  g_assert_true (sl_store_save_feedback (store, feedback, &error));
  g_assert_no_error (error);

  resume = unit_test_attach (store, f->candidate_id, "zyxwvut-cv.pdf", "résumé of " NAME);
  shared = unit_test_attach (store, f->candidate_id, "zyxwvut-shared.pdf", "a file both have");
  shared_other = unit_test_attach (store, f->other_id, "other.pdf", "a file both have");
  f->resume_path = sl_attachment_get_path (resume);
  f->shared_path = sl_attachment_get_path (shared);
  g_assert_true (g_file_test (f->resume_path, G_FILE_TEST_EXISTS));
}

static void
fixture_clear (Fixture *f)
{
  g_free (f->candidate_id);
  g_free (f->other_id);
  g_free (f->posting_id);
  g_free (f->application_id);
  g_free (f->resume_path);
  g_free (f->shared_path);
}

static void
test_erase (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("erase.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) erased = NULL;
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  Fixture f = { 0 };
  gint64 activity_before;
  guint active_before = 0;
  guint active_after = 0;

  setup (store, &f);
  g_assert_cmpuint (count_everywhere (store, "Zyxwvut"), >, 0);
  g_assert_cmpuint (count_everywhere (store, "xqjzvbw"), >, 0);
  found = sl_store_search_candidates (store, "zyxwvut", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_assert_true (sl_store_count_active_applications (store, f.posting_id, &active_before, &error));
  activity_before = unit_test_query_int (store, "SELECT count(*) FROM activity", NULL);

  g_assert_true (sl_store_erase_candidate (store, f.candidate_id, &error));
  g_assert_no_error (error);

  /* Nothing personal in any text column of any table (the other candidate's
   * notes name the person: that is the other person's data and stays). */
  g_assert_cmpuint (count_everywhere (store, EMAIL), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "601 555 123"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "zyxwvut-cv"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "Kraków"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "Zyxwvut asked"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "great at Rust"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "Zyxwvut Corp"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "zyxwvut-fan"), ==, 0);
  /* The other candidate's notes, which the search index reads from
   * candidate (listing candidate_fts shows them): it keeps no copy. */
  g_assert_cmpuint (count_everywhere (store, NAME), ==, 2);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'candidate_fts_content'",
                                        NULL), ==, 0);
  unit_test_assert_search_index (store);
  /* The index's tokens (folded, in its binary segments) are merged away. */
  g_assert_cmpuint (count_everywhere (store, "xqjzvbw"), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate WHERE id = ?1 AND notes LIKE '%Zyxwvut%'",
                                        f.other_id), ==, 1);

  /* Not in the search index, nor in the duplicate lookup. */
  found = sl_store_search_candidates (store, "zyxwvut", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (found, 0)), ==, f.other_id);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_find_duplicates (store, EMAIL, PHONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH '\"kraków\" OR \"rust\"'", NULL), ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM candidate_contact WHERE candidate_id = ?1", f.candidate_id), ==, 0);

  /* Not on disk; a file another candidate also has stays. */
  g_assert_false (g_file_test (f.resume_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (f.shared_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM attachment WHERE candidate_id = ?1", f.candidate_id), ==, 0);

  /* The record stays, marked, with a new revision in the change feed. */
  erased = sl_store_get_candidate (store, f.candidate_id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_candidate_get_erased (erased));
  g_assert_cmpstr (sl_candidate_get_name (erased), ==, "Erased candidate");
  g_assert_null (sl_candidate_get_emails (erased));
  g_assert_null (sl_candidate_get_notes (erased));
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (erased)), "3-"));
  changes = sl_store_list_changes (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((SlChange *) g_ptr_array_index (changes, changes->len - 1))->record_type, !=, NULL);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM change WHERE record_id = ?1 AND rev LIKE '3-%'",
                                        f.candidate_id), ==, 1);

  /* The pipeline keeps its counts; the application keeps stage and status. */
  application = sl_store_get_application (store, f.application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_status (application), ==, SL_APPLICATION_STATUS_REJECTED);
  g_assert_nonnull (sl_application_get_stage_id (application));
  g_assert_null (sl_application_get_rejection_reason (application));
  g_assert_true (sl_store_count_active_applications (store, f.posting_id, &active_after, &error));
  g_assert_cmpuint (active_after, ==, active_before);

  /* One "erased" entry, without values. */
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity", NULL), ==, activity_before + 1);
  g_assert_cmpint (unit_test_query_int (store, "SELECT count(*) FROM activity WHERE record_id = ?1 AND action = 'erased' "
                                        "AND old_value IS NULL AND new_value IS NULL", f.candidate_id), ==, 1);

  /* Erasing again does nothing; an unknown id fails. */
  g_assert_true (sl_store_erase_candidate (store, f.candidate_id, &error));
  g_assert_no_error (error);
  g_assert_false (sl_store_erase_candidate (store, "no-such-id", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);

  fixture_clear (&f);
}

/* Bytes of the person in a file, found by a plain scan of its raw content. */
static guint
count_in_file (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint found = 0;
  gsize needle_length = strlen (needle);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  /* The files hold NUL bytes: no str* function sees past the first. */
  for (gsize i = 0; i + needle_length <= length; i++)
    if (contents[i] == needle[0] && memcmp (contents + i, needle, needle_length) == 0)
      found++;
  if (found > 0)
    g_test_message ("“%s” found %u times in the bytes of %s", needle, found, path);
  return found;
}

/* Scans every file under @dir (the data folder: the database, its -wal and
 * -shm, the résumés) for @needle. */
static guint
count_in_folder (const char *dir,
                 const char *needle)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint found = 0;

  if (listing == NULL)
    return 0;
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        found += count_in_folder (path, needle);
      else if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        found += count_in_file (path, needle);
    }
  return found;
}

#define RAW_NAME "Quxbrill Vantorsky"
#define RAW_EMAIL "quxbrill.v@example.org"
#define RAW_NOTES "Prefers calls; passphrase plimvortex"
#define RAW_HEADLINE "Staff engineer at Brolvin Works"
#define RAW_OLD_EMAIL "q.vantorsky@oldmail.example"

static const char * const raw_needles[] = { RAW_NAME, RAW_EMAIL, RAW_OLD_EMAIL, RAW_NOTES, "plimvortex", RAW_HEADLINE, NULL };

static guint
count_raw (void)
{
  guint found = 0;

  for (guint i = 0; raw_needles[i] != NULL; i++)
    found += count_in_folder (g_get_user_data_dir (), raw_needles[i]);
  return found;
}

/* A person with an edit history (old values in the activity log and in freed
 * space of the pages) and a résumé that names them. */
static char *
add_raw_person (SlStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) person = sl_candidate_new ();
  g_autoptr (SlAttachment) resume = NULL;
  const char *emails[] = { RAW_EMAIL, NULL };
  const char *old_emails[] = { RAW_OLD_EMAIL, NULL };

  sl_candidate_set_name (person, RAW_NAME);
  sl_candidate_set_emails (person, old_emails);
  sl_candidate_set_headline (person, "Engineer");
  sl_candidate_set_notes (person, RAW_NOTES);
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  /* Days later: the first version is in the database file itself. */
  g_assert_cmpint (sqlite3_wal_checkpoint_v2 (sl_store_get_db (store), NULL, SQLITE_CHECKPOINT_TRUNCATE,
                                              NULL, NULL), ==, SQLITE_OK);
  sl_candidate_set_headline (person, RAW_HEADLINE);
  sl_candidate_set_emails (person, emails);
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_wal_checkpoint_v2 (sl_store_get_db (store), NULL, SQLITE_CHECKPOINT_TRUNCATE,
                                              NULL, NULL), ==, SQLITE_OK);
  sl_candidate_set_notes (person, RAW_NOTES ", and more");
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  resume = unit_test_attach (store, sl_record_get_id (SL_RECORD (person)), "quxbrill.pdf",
                   "CV of " RAW_NAME ", " RAW_EMAIL);
  return g_strdup (sl_record_get_id (SL_RECORD (person)));
}

/* Another connection is open on the file (the app, a backup): the erased
 * person must still be gone from every byte of the database, its WAL and
 * the data folder, not only from what SQL can read. */
static void
test_erase_raw_bytes (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("erase.db", FALSE, NULL);
  g_autoptr (SlStore) other = unit_test_open_store ("erase.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *id = NULL;
  g_autofree char *wal = g_strconcat (sl_store_get_path (store), "-wal", NULL);
  Fixture f = { 0 };

  /* Some other data around the person, in the same pages. */
  setup (store, &f);
  id = add_raw_person (store);
  /* The other connection reads, so it keeps the WAL open. */
  found = sl_store_search_candidates (other, "quxbrill", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpuint (count_raw (), >, 0);

  g_assert_true (sl_store_erase_candidate (store, id, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_raw (), ==, 0);
  /* The WAL was truncated, though the other connection is open. */
  {
    GStatBuf st;

    g_assert_true (g_stat (wal, &st) != 0 || st.st_size == 0);
  }

  /* Both connections still work, and see the erasure. */
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_search_candidates (other, "quxbrill", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  fixture_clear (&f);
}

/* The other connection is in the middle of reading (a backup, a long query):
 * the WAL cannot be truncated, and the erasure must not claim to be done. */
static void
test_erase_reader_holds_wal (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("erase.db", FALSE, NULL);
  g_autoptr (SlStore) other = unit_test_open_store ("erase.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) erased = NULL;
  g_autofree char *id = NULL;
  sqlite3 *other_db = sl_store_get_db (other);
  sqlite3_stmt *reading = NULL;

  id = add_raw_person (store);
  /* A statement stepped but not finished keeps a read transaction open. */
  g_assert_cmpint (sqlite3_prepare_v2 (other_db, "SELECT id FROM candidate", -1, &reading, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (reading), ==, SQLITE_ROW);

  g_assert_false (sl_store_erase_candidate (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INCOMPLETE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "-wal"));
  g_clear_error (&error);
  /* The database itself no longer has the person. */
  erased = sl_store_get_candidate (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_candidate_get_erased (erased));

  /* Once the reader is done, erasing again finishes the job. */
  sqlite3_finalize (reading);
  g_assert_true (sl_store_erase_candidate (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_raw (), ==, 0);
}

static void
test_expired (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("erase.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) old = sl_candidate_new ();
  g_autoptr (SlCandidate) fresh = sl_candidate_new ();
  g_autoptr (SlCandidate) due = sl_candidate_new ();
  g_autoptr (GPtrArray) expired = NULL;
  g_autofree char *old_id = NULL;
  gint64 long_ago = g_get_real_time () - (gint64) 400 * 24 * 3600 * G_USEC_PER_SEC;

  sl_candidate_set_name (old, "Old");
  sl_candidate_set_name (fresh, "Fresh");
  sl_candidate_set_name (due, "Due");
  sl_candidate_set_retain_until (due, "2001-01-01");
  g_assert_true (sl_store_save_candidate (store, old, &error));
  g_assert_true (sl_store_save_candidate (store, fresh, &error));
  g_assert_true (sl_store_save_candidate (store, due, &error));
  g_assert_no_error (error);
  old_id = g_strdup (sl_record_get_id (SL_RECORD (old)));

  /* Make "Old" look untouched for 400 days. */
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                         "UPDATE candidate SET updated_at = ?2, created_at = ?2 WHERE id = ?1; ",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, old_id, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, long_ago);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                         "UPDATE activity SET created_at = ?2 WHERE record_id = ?1",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, old_id, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, long_ago);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
  }

  expired = sl_store_list_expired (store, 12, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (expired, 0), ==, old_id);
  g_assert_cmpstr (g_ptr_array_index (expired, 1), ==, sl_record_get_id (SL_RECORD (due)));
  g_clear_pointer (&expired, g_ptr_array_unref);

  /* 0 months: only retention dates count. */
  expired = sl_store_list_expired (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 1);

  g_assert_true (sl_store_erase_candidates (store, expired, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expired, g_ptr_array_unref);
  expired = sl_store_list_expired (store, 12, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (expired, 0), ==, old_id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/erase/everything", test_erase);
  g_test_add_func ("/erase/expired", test_expired);
  g_test_add_func ("/erase/raw-bytes", test_erase_raw_bytes);
  g_test_add_func ("/erase/reader-holds-wal", test_erase_reader_holds_wal);

  return g_test_run ();
}
