/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests duplicate detection by normalised email and phone, kept up to date as candidates change. */
#include "config.h"

#include "sl-store-private.h"

static SlStore *
open_store (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "dupes.db", NULL);
  g_autoptr (GError) error = NULL;
  SlStore *store = sl_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

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
  g_autoptr (SlStore) store = open_store ();
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
  g_autoptr (SlStore) store = open_store ();
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
  g_autoptr (SlStore) store = open_store ();
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/duplicates/email", test_email);
  g_test_add_func ("/duplicates/phone", test_phone);
  g_test_add_func ("/duplicates/follows-edits", test_follows_edits);

  return g_test_run ();
}
