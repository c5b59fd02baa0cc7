/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests duplicate detection by normalised email and phone, kept up to date as candidates change, and by name. */
#include "config.h"

#include "sl-store-private.h"
#include "sl-store-search-private.h"
#include "unit-test-utils.h"

static SlCandidate *
add (SlStore            *store,
     const char         *name,
     const char * const *emails,
     const char * const *phones)
{
  g_autoptr (GError) error = NULL;
  SlCandidate *candidate = sl_candidate_new ();

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_emails (candidate, emails);
  sl_candidate_set_phones (candidate, phones);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  return candidate;
}

static char *
dupes (SlStore    *store,
       const char *email,
       const char *phone)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = sl_store_find_duplicates (store, email, phone, &error);
  g_autoptr (GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  for (guint i = 0; i < results->len; i++)
    {
      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, sl_candidate_get_name (g_ptr_array_index (results, i)));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define assert_dupes(store, email, phone, expected) \
  G_STMT_START { \
    g_autofree char *_names = dupes (store, email, phone); \
    g_assert_cmpstr (_names, ==, expected); \
  } G_STMT_END

static void
test_email (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("dupes.db", FALSE, NULL);
  const char *ana_emails[] = { "Ana.Silva@Example.com", "ana@home.example", NULL };
  const char *bo_emails[] = { " bo@example.com ", NULL };
  g_autoptr (SlCandidate) ana = add (store, "Ana", ana_emails, NULL);
  g_autoptr (SlCandidate) bo = add (store, "Bo", bo_emails, NULL);

  assert_dupes (store, "ana.silva@example.com", NULL, "Ana");
  assert_dupes (store, "  ANA@HOME.EXAMPLE\t", NULL, "Ana");
  assert_dupes (store, "bo@example.com", NULL, "Bo");
  assert_dupes (store, "silva@example.com", NULL, "");
  assert_dupes (store, "", NULL, "");
  assert_dupes (store, NULL, NULL, "");
  /* Either matches: oldest first. */
  assert_dupes (store, "bo@example.com", "", "Bo");
}

static void
test_phone (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("dupes.db", FALSE, NULL);
  const char *uk[] = { "+44 (0)20 7946-0958", NULL };
  const char *fr[] = { "06 12 34 56 78", NULL };
  const char *ext[] = { "555-0100 ext. 12", NULL };
  g_autoptr (SlCandidate) a = add (store, "UK", NULL, uk);
  g_autoptr (SlCandidate) b = add (store, "FR", NULL, fr);
  g_autoptr (SlCandidate) c = add (store, "Ext", NULL, ext);

  assert_dupes (store, NULL, "+442079460958", "UK");
  assert_dupes (store, NULL, "+44 20 7946 0958", "UK");
  assert_dupes (store, NULL, "+44.20.7946.0958", "UK");
  assert_dupes (store, NULL, "0612345678", "FR");
  assert_dupes (store, NULL, "06-12-34-56-78", "FR");
  /* A national number is not guessed to be an international one. */
  assert_dupes (store, NULL, "+33 6 12 34 56 78", "");
  assert_dupes (store, NULL, "020 7946 0958", "");
  /* Numbers with letters are not compared, nor are very short ones. */
  assert_dupes (store, NULL, "5550100 ext 12", "");
  assert_dupes (store, NULL, "12", "");
  assert_dupes (store, NULL, "call me", "");
  assert_dupes (store, "nobody@example.com", "0612345678", "FR");
}

static void
test_follows_edits (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("dupes.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  const char *emails[] = { "kim@example.com", NULL };
  const char *new_emails[] = { "kim.park@example.com", NULL };
  const char *phones[] = { "+1 555 0100 200", NULL };
  g_autoptr (SlCandidate) kim = add (store, "Kim", emails, phones);
  g_autoptr (SlCandidate) twin = add (store, "Kim again", emails, NULL);

  assert_dupes (store, "kim@example.com", NULL, "Kim|Kim again");
  assert_dupes (store, "kim@example.com", "+15550100200", "Kim|Kim again");

  sl_candidate_set_emails (kim, new_emails);
  g_assert_true (sl_store_save_candidate (store, kim, &error));
  g_assert_no_error (error);
  assert_dupes (store, "kim@example.com", NULL, "Kim again");
  assert_dupes (store, "KIM.PARK@example.com", NULL, "Kim");
  assert_dupes (store, NULL, "+1 (555) 0100-200", "Kim");

  g_assert_true (sl_store_delete_candidate (store, sl_record_get_id (SL_RECORD (twin)), &error));
  g_assert_no_error (error);
  assert_dupes (store, "kim@example.com", NULL, "");
}

/* The C keys of a bulk import are the keys the triggers store. */
static void
test_keys_match_sql (void)
{
  static const char * const phones[] = {
    "+44 (0)20 7946-0958", "020 7946 0958", " +1 555 0100 ", "+49 (30) 1234567",
    "+33\u00a01\u00a023\u00a045\u00a067\u00a089", "+7\u2011495\u2011123\u201145\u201167",
    "555\u20130100\u2013123", "+1/555/0100.123", "(0)20 7946 0958", "+44 ((0)0)20 7946",
    "12345", "call 555 0100 123", "+1 555 0100 ext 12", "++15550100", "\t+1\t555 0100 123",
    "0049\u202f30\u202f1234567", "", "   ", "+", "1234567890123456789",
  };
  static const char * const emails[] = {
    "Ana@Example.ORG", "  bob@example.org ", "ÉLODIE@example.org", "", "   ",
  };
  g_autoptr (SlStore) store = unit_test_open_store ("dupes.db", FALSE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (phones) + G_N_ELEMENTS (emails); i++)
    {
      g_autoptr (SlCandidate) candidate = sl_candidate_new ();
      g_autoptr (GError) error = NULL;
      gboolean is_phone = i < G_N_ELEMENTS (phones);
      const char *value = is_phone ? phones[i] : emails[i - G_N_ELEMENTS (phones)];
      const char *values[] = { value, NULL };
      g_autofree char *c_key = is_phone ? sl_store_phone_key (value) : sl_store_email_key (value);
      g_autofree char *sql_key = NULL;
      sqlite3_stmt *stmt = NULL;

      sl_candidate_set_name (candidate, "Key");
      if (is_phone)
        sl_candidate_set_phones (candidate, values);
      else
        sl_candidate_set_emails (candidate, values);
      g_assert_true (sl_store_save_candidate (store, candidate, &error));
      g_assert_no_error (error);

      g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                           "SELECT value FROM candidate_contact WHERE candidate_id = ?1",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, sl_record_get_id (SL_RECORD (candidate)), -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        sql_key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      g_test_message ("“%s”: SQL %s, C %s", value, sql_key, c_key);
      g_assert_cmpstr (c_key, ==, sql_key);
    }
}

/* A bulk import finds stored candidates and those it added itself. */
static void
test_bulk_import (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("dupes.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) stored = add (store, "Ana", (const char *[]) { "ana@example.org", NULL }, NULL);
  g_autoptr (SlStoreBulkImport) bulk = NULL;
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 n = 0;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (sl_store_begin (store, &error));
  bulk = sl_store_bulk_import_new (store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bulk);

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr (SlCandidate) row = sl_candidate_new ();
      g_autoptr (SlCandidate) found = NULL;
      g_autofree char *email = g_strdup_printf ("Person%u@Example.org", i % 2000);
      g_autofree char *phone = g_strdup_printf ("+1 555 %07u", i % 2000);

      sl_candidate_set_name (row, "Row");
      sl_candidate_set_emails (row, (const char *[]) { email, NULL });
      sl_candidate_set_phones (row, (const char *[]) { phone, NULL });
      found = sl_store_bulk_import_find_duplicate (bulk, row, &error);
      g_assert_no_error (error);
      if (i < 2000)
        {
          g_assert_null (found);
          g_assert_true (sl_store_bulk_import_add (bulk, row, NULL, &error));
          g_assert_no_error (error);
          g_ptr_array_add (added, g_object_ref (row));
        }
      else
        {
          /* The same person, added earlier by this import (maybe not yet written). */
          g_assert_nonnull (found);
          g_assert_cmpstr (sl_record_get_id (SL_RECORD (found)), ==,
                           sl_record_get_id (g_ptr_array_index (added, i % 2000)));
        }
    }

  {
    g_autoptr (SlCandidate) row = sl_candidate_new ();
    g_autoptr (SlCandidate) found = NULL;

    sl_candidate_set_emails (row, (const char *[]) { " ANA@example.org", NULL });
    found = sl_store_bulk_import_find_duplicate (bulk, row, &error);
    g_assert_no_error (error);
    g_assert_nonnull (found);
    g_assert_cmpstr (sl_record_get_id (SL_RECORD (found)), ==, sl_record_get_id (SL_RECORD (stored)));
  }

  g_assert_true (sl_store_bulk_import_finish (bulk, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_commit (store, &error));
  g_assert_no_error (error);

  /* Written with their activity, change rows, contacts and search index. */
  for (guint i = 0; i < added->len; i++)
    g_assert_nonnull (sl_record_get_id (g_ptr_array_index (added, i)));
  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                       "SELECT (SELECT count(*) FROM activity WHERE action = 'imported') * 1000000 + "
                                       "(SELECT count(*) FROM change WHERE record_type = 'candidate') * 1000 + "
                                       "(SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH 'row') ",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (n, ==, 2000 * 1000000 + 2001 * 1000 + 2000);

  {
    g_autoptr (GPtrArray) found = sl_store_find_duplicates (store, "person1999@example.org", "+15550001999", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (found, 0)), ==,
                     sl_record_get_id (g_ptr_array_index (added, 1999)));
  }
}

static void
test_same_name (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("dupes.db", FALSE, NULL);
  g_autoptr (SlCandidate) first = add (store, "José da Silva", NULL, NULL);
  g_autoptr (SlCandidate) second = add (store, "JOSÉ DA  SILVA", NULL, NULL);
  g_autoptr (SlCandidate) longer = add (store, "José da Silva Santos", NULL, NULL);
  g_autoptr (SlCandidate) quoted = add (store, "Ana \"Nana\" Lee", NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;

  found = sl_store_find_same_name (store, "  josé da silva ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (found, 0)), ==, sl_record_get_id (SL_RECORD (first)));
  g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (found, 1)), ==, sl_record_get_id (SL_RECORD (second)));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Whole words only, and syntax characters are text. */
  found = sl_store_find_same_name (store, "José da Silv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_find_same_name (store, "Ana \"Nana\" Lee", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sl_store_find_same_name (store, "   ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* An erased person is no duplicate. */
  g_assert_true (sl_store_erase_candidate (store, sl_record_get_id (SL_RECORD (second)), &error));
  g_assert_no_error (error);
  found = sl_store_find_same_name (store, "José da Silva", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/duplicates/email", test_email);
  g_test_add_func ("/duplicates/phone", test_phone);
  g_test_add_func ("/duplicates/follows-edits", test_follows_edits);
  g_test_add_func ("/duplicates/keys-match-sql", test_keys_match_sql);
  g_test_add_func ("/duplicates/bulk-import", test_bulk_import);
  g_test_add_func ("/duplicates/same-name", test_same_name);

  return g_test_run ();
}
