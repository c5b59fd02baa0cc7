/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the demo data: deterministic, in many scripts, and consistent. */
#include "config.h"

#include "sl-demo.h"
#include "sl-store-private.h"
#include "unit-test-utils.h"

static void
fill (SlStore *store,
      guint    postings,
      guint    candidates,
      guint32  seed)
{
  g_autoptr (GError) error = NULL;
  SlDemoOptions options = { postings, candidates, seed };

  g_assert_true (sl_demo_fill (store, &options, &error));
  g_assert_no_error (error);
}

static GPtrArray *
query_strings (SlStore    *store,
               const char *sql)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (result, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return result;
}

static gboolean
has_devanagari (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0900 && c <= 0x097F)
        return TRUE;
    }
  return FALSE;
}

static void
assert_same_strings (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

static void
test_deterministic (void)
{
  g_autoptr (SlStore) first = unit_test_open_store ("first.db", FALSE, NULL);
  g_autoptr (SlStore) second = unit_test_open_store ("second.db", FALSE, NULL);
  g_autoptr (SlStore) other = unit_test_open_store ("other.db", FALSE, NULL);
  g_autoptr (GPtrArray) names_first = NULL;
  g_autoptr (GPtrArray) names_second = NULL;
  g_autoptr (GPtrArray) names_other = NULL;
  g_autoptr (GPtrArray) titles_first = NULL;
  g_autoptr (GPtrArray) titles_second = NULL;
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts_first, counts_second;
  gint64 interviews, feedback;

  fill (first, 4, 300, 7);
  fill (second, 4, 300, 7);
  fill (other, 4, 300, 8);

  g_assert_true (sl_store_get_counts (first, &counts_first, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_get_counts (second, &counts_second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts_first.postings, ==, 4);
  g_assert_cmpuint (counts_first.candidates, ==, 300);
  g_assert_cmpuint (counts_first.applications, >=, 300);
  g_assert_cmpuint (counts_first.interviews, >, 0);
  g_assert_cmpuint (counts_first.postings, ==, counts_second.postings);
  g_assert_cmpuint (counts_first.candidates, ==, counts_second.candidates);
  g_assert_cmpuint (counts_first.applications, ==, counts_second.applications);
  g_assert_cmpuint (counts_first.interviews, ==, counts_second.interviews);

  interviews = unit_test_query_int (first, "SELECT COUNT(*) FROM interview", NULL);
  feedback = unit_test_query_int (first, "SELECT COUNT(*) FROM feedback", NULL);
  g_assert_cmpint (interviews, ==, unit_test_query_int (second, "SELECT COUNT(*) FROM interview", NULL));
  g_assert_cmpint (feedback, ==, unit_test_query_int (second, "SELECT COUNT(*) FROM feedback", NULL));
  g_assert_cmpint (feedback, >, 0);

  /* Insertion order, so the same seed gives the same people in the same order. */
  names_first = query_strings (first, "SELECT name FROM candidate ORDER BY rowid");
  names_second = query_strings (second, "SELECT name FROM candidate ORDER BY rowid");
  assert_same_strings (names_first, names_second);
  titles_first = query_strings (first, "SELECT title || '|' || status FROM posting ORDER BY rowid");
  titles_second = query_strings (second, "SELECT title || '|' || status FROM posting ORDER BY rowid");
  assert_same_strings (titles_first, titles_second);

  /* Another seed, other people. */
  names_other = query_strings (other, "SELECT name FROM candidate ORDER BY rowid");
  g_assert_cmpuint (names_other->len, ==, names_first->len);
  {
    guint differences = 0;

    for (guint i = 0; i < names_first->len; i++)
      if (g_strcmp0 (g_ptr_array_index (names_first, i), g_ptr_array_index (names_other, i)) != 0)
        differences++;
    g_assert_cmpuint (differences, >, names_first->len / 2);
  }
}

static void
test_content (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("content.db", FALSE, NULL);
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GPtrArray) zones = NULL;
  g_autoptr (GPtrArray) currencies = NULL;
  gboolean devanagari = FALSE;
  gboolean accented = FALSE;
  gboolean japanese = FALSE;

  fill (store, 0, 500, 42);

  names = query_strings (store, "SELECT name FROM candidate");
  g_assert_cmpuint (names->len, ==, 500);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_cmpstr (name, !=, "");
      devanagari |= has_devanagari (name);
      accented |= strstr (name, "é") != NULL || strstr (name, "ü") != NULL ||
                  strstr (name, "Á") != NULL || strstr (name, "ë") != NULL ||
                  strstr (name, "ô") != NULL || strstr (name, "ø") != NULL;
      japanese |= strstr (name, "佐藤") != NULL || strstr (name, "田中") != NULL ||
                  strstr (name, "鈴木") != NULL || strstr (name, "高橋") != NULL;
    }
  g_assert_true (devanagari);
  g_assert_true (accented);
  g_assert_true (japanese);

  /* Every application sits in a live stage of its own posting. */
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT COUNT(*) FROM application a LEFT JOIN stage s ON s.id = a.stage_id "
                                        "WHERE s.id IS NULL OR s.posting_id != a.posting_id OR s.deleted != 0", NULL),
                   ==, 0);
  /* Board positions are unique within a stage. */
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT COUNT(*) FROM (SELECT stage_id, position FROM application "
                                        "GROUP BY 1, 2 HAVING COUNT(*) > 1)", NULL),
                   ==, 0);
  /* No application to a draft posting. */
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT COUNT(*) FROM application a JOIN posting p ON p.id = a.posting_id "
                                        "WHERE p.status = 'draft'", NULL),
                   ==, 0);

  /* Interviews: real zones, several of them, end after start, a UID. */
  zones = query_strings (store, "SELECT DISTINCT time_zone FROM interview");
  g_assert_cmpuint (zones->len, >=, 3);
  for (guint i = 0; i < zones->len; i++)
    {
      g_autoptr (GTimeZone) tz = g_time_zone_new_identifier (g_ptr_array_index (zones, i));

      g_assert_nonnull (tz);
    }
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT COUNT(*) FROM interview WHERE ends_at <= starts_at "
                                        "OR ical_uid NOT LIKE '%@shortlist'", NULL),
                   ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT COUNT(*) FROM interview WHERE status = 'scheduled'", NULL), >, 0);

  /* Salaries in several currencies. */
  currencies = query_strings (store, "SELECT DISTINCT salary_currency FROM posting");
  g_assert_cmpuint (currencies->len, >=, 3);

  /* Every record has its activity entry and its change row. */
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT COUNT(*) FROM application a WHERE NOT EXISTS "
                                        "(SELECT 1 FROM activity WHERE record_id = a.id)", NULL),
                   ==, 0);
  g_assert_cmpint (unit_test_query_int (store, "SELECT COUNT(*) FROM change WHERE record_type = 'candidate'", NULL),
                   ==, 500);

  /* A candidate written by the bulk path reads back whole. */
  {
    g_autoptr (GPtrArray) ids = query_strings (store, "SELECT id FROM candidate ORDER BY rowid LIMIT 1");
    g_autoptr (GError) error = NULL;
    g_autoptr (SlCandidate) candidate = sl_store_get_candidate (store, g_ptr_array_index (ids, 0), &error);

    g_assert_no_error (error);
    g_assert_nonnull (sl_candidate_get_emails (candidate));
    g_assert_true (g_str_has_suffix (sl_candidate_get_emails (candidate)[0], ".com") ||
                   g_str_has_suffix (sl_candidate_get_emails (candidate)[0], ".org") ||
                   g_str_has_suffix (sl_candidate_get_emails (candidate)[0], ".net"));
    g_assert_nonnull (sl_candidate_get_phones (candidate));
    g_assert_nonnull (sl_candidate_get_headline (candidate));
    g_assert_cmpint (sl_candidate_get_consent_at (candidate), >, 0);
    g_assert_cmpint (sl_record_get_created_at (SL_RECORD (candidate)), >, 0);
    g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (candidate)), "1-"));
  }
}

/* What a posting's applicants are: words their headlines and tags never
 * have. A backend engineer's applicant is no marketing specialist. */
static const struct
{
  const char *title;
  const char *foreign[8];
} applicant_fit[] = {
  { "Senior Backend Engineer", { "Marketing", "Designer", "Sales", "Account", "Recruit", "Support", "Writer", "Student" } },
  { "Site Reliability Engineer", { "Marketing", "Designer", "Sales", "Account", "Recruit", "Support", "Writer", "Student" } },
  { "Product Designer", { "Engineer", "Developer", "Marketing", "Sales", "Recruit", "Support", "Analyst", "Account" } },
  { "Marketing Intern", { "Engineer", "Developer", "Designer", "Analyst", "kubernetes", "rust", "gtk", "figma" } },
  { "Recruiting Coordinator", { "Engineer", "Developer", "Designer", "Analyst", "kubernetes", "rust", "gtk", "figma" } },
};

static void
test_applicants_fit (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("fit.db", FALSE, NULL);
  g_autoptr (GPtrArray) rows = NULL;
  guint checked = 0;

  fill (store, 10, 3000, 5);

  /* Every application: the posting's title, the person's headline and tags. */
  rows = query_strings (store,
                        "SELECT p.title || '|' || c.headline || '|' || c.tags FROM application a "
                        "JOIN posting p ON p.id = a.posting_id JOIN candidate c ON c.id = a.candidate_id");
  g_assert_cmpuint (rows->len, >, 3000);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *row = g_ptr_array_index (rows, i);

      for (guint j = 0; j < G_N_ELEMENTS (applicant_fit); j++)
        {
          g_autofree char *prefix = g_strconcat (applicant_fit[j].title, "|", NULL);

          if (!g_str_has_prefix (row, prefix))
            continue;
          checked++;
          for (guint k = 0; k < G_N_ELEMENTS (applicant_fit[j].foreign); k++)
            if (strstr (row + strlen (prefix), applicant_fit[j].foreign[k]) != NULL)
              g_error ("An applicant who does not fit: %s", row);
        }
    }
  g_assert_cmpuint (checked, >, 500);

  /* The headlines of one posting's applicants are a handful of roles. */
  g_assert_cmpint (unit_test_query_int (store,
                                        "SELECT COUNT(DISTINCT substr (c.headline, 1, instr (c.headline, ' at ') - 1)) "
                                        "FROM application a JOIN posting p ON p.id = a.posting_id "
                                        "JOIN candidate c ON c.id = a.candidate_id WHERE p.title = 'Product Designer'",
                                        NULL),
                   <=, 4);
}

static void
test_defaults (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("defaults.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts;

  fill (store, 0, 0, 1);
  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.postings, ==, SL_DEMO_DEFAULT_POSTINGS);
  g_assert_cmpuint (counts.candidates, ==, SL_DEMO_DEFAULT_CANDIDATES);
}

static void
changed_cb (SlStore    *store,
            const char *record_type,
            const char *record_id,
            guint      *count)
{
  (*count)++;
}

/* One transaction: a handful of "changed" emissions, not one per row. */
static void
test_one_transaction (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("signals.db", FALSE, NULL);
  guint count = 0;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &count);
  fill (store, 2, 400, 3);
  g_assert_cmpuint (count, >=, 1);
  g_assert_cmpuint (count, <=, 300);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/content", test_content);
  g_test_add_func ("/demo/applicants-fit", test_applicants_fit);
  g_test_add_func ("/demo/defaults", test_defaults);
  g_test_add_func ("/demo/one-transaction", test_one_transaction);

  return g_test_run ();
}
