/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the Markdown and plain-text exports of a posting against snapshots. */

#include "config.h"

#include <string.h>

#include "sl-posting-markdown.h"
#include "sl-posting-text.h"

static SlPosting *
sample_posting (void)
{
  SlPosting *posting = sl_posting_new ();
  const char * const locations[] = { "Berlin, Germany", NULL };
  const char * const resp[] = { "Build the *booking* flow", "Run user tests", NULL };
  const char * const qual[] = { "3+ years of product design", "A portfolio", NULL };
  const char * const nice[] = { "Motion design", NULL };

  sl_posting_set_title (posting, "Product Designer");
  sl_posting_set_organization (posting, "Nordlicht Mobility");
  sl_posting_set_department (posting, "Design");
  sl_posting_set_locations (posting, locations);
  sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_HYBRID);
  sl_posting_set_employment_type (posting, "FULL_TIME");
  sl_posting_set_salary_min (posting, 60000);
  sl_posting_set_salary_max (posting, 75000);
  sl_posting_set_salary_currency (posting, "EUR");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_YEAR);
  sl_posting_set_date_posted (posting, "2025-03-03");
  sl_posting_set_valid_through (posting, "2025-03-31");
  sl_posting_set_description (posting, "We make car sharing work in small towns.\n\n"
                                       "Benefits\n\n- 30 days of holiday\n- A train ticket");
  sl_posting_set_responsibilities (posting, resp);
  sl_posting_set_qualifications (posting, qual);
  sl_posting_set_nice_to_have (posting, nice);
  sl_posting_set_about (posting, "We are 40 people in Berlin.");
  return posting;
}

static void
test_markdown_snapshot (void)
{
  g_autoptr (SlPosting) posting = sample_posting ();
  g_autofree char *markdown = sl_posting_to_markdown (posting);

  g_assert_cmpstr (markdown, ==,
                   "# Product Designer\n"
                   "\n"
                   "**Nordlicht Mobility** · Design  \n"
                   "Berlin, Germany · Hybrid · Full-time  \n"
                   "€60,000 – €75,000 per year  \n"
                   "Posted 2025-03-03 · Apply by 2025-03-31\n"
                   "\n"
                   "We make car sharing work in small towns.\n"
                   "\n"
                   "Benefits\n"
                   "\n"
                   "- 30 days of holiday\n"
                   "- A train ticket\n"
                   "\n"
                   "## Responsibilities\n"
                   "\n"
                   "- Build the \\*booking\\* flow\n"
                   "- Run user tests\n"
                   "\n"
                   "## Qualifications\n"
                   "\n"
                   "- 3+ years of product design\n"
                   "- A portfolio\n"
                   "\n"
                   "## Nice to have\n"
                   "\n"
                   "- Motion design\n"
                   "\n"
                   "## About Nordlicht Mobility\n"
                   "\n"
                   "We are 40 people in Berlin.\n");
}

static void
test_text_snapshot (void)
{
  g_autoptr (SlPosting) posting = sample_posting ();
  g_autofree char *text = sl_posting_to_text (posting);

  g_assert_cmpstr (text, ==,
                   "Product Designer\n"
                   "Nordlicht Mobility\n"
                   "Department: Design\n"
                   "Berlin, Germany · Hybrid · Full-time\n"
                   "€60,000 – €75,000 per year\n"
                   "Posted 2025-03-03 · Apply by 2025-03-31\n"
                   "\n"
                   "We make car sharing work in small towns.\n"
                   "\n"
                   "Benefits\n"
                   "\n"
                   "  • 30 days of holiday\n"
                   "  • A train ticket\n"
                   "\n"
                   "Responsibilities\n"
                   "\n"
                   "  • Build the *booking* flow\n"
                   "  • Run user tests\n"
                   "\n"
                   "Qualifications\n"
                   "\n"
                   "  • 3+ years of product design\n"
                   "  • A portfolio\n"
                   "\n"
                   "Nice to have\n"
                   "\n"
                   "  • Motion design\n"
                   "\n"
                   "About Nordlicht Mobility\n"
                   "\n"
                   "We are 40 people in Berlin.\n");
}

/* What we write as text, we read back. */
static void
test_text_reimport (void)
{
  g_autoptr (SlPosting) posting = sample_posting ();
  g_autofree char *text = sl_posting_to_text (posting);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_utc (2025, 3, 10, 12, 0, 0);
  g_autoptr (SlPosting) back = sl_posting_text_parse (text, -1, now, &error);
  const char * const *a, * const *b;

  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (back), ==, "Product Designer");
  g_assert_cmpstr (sl_posting_get_organization (back), ==, "Nordlicht Mobility");
  g_assert_cmpstr (sl_posting_get_department (back), ==, "Design");
  g_assert_cmpstr (sl_posting_get_locations (back)[0], ==, "Berlin, Germany");
  g_assert_cmpint (sl_posting_get_workplace_type (back), ==, SL_WORKPLACE_TYPE_HYBRID);
  g_assert_cmpstr (sl_posting_get_employment_type (back), ==, "FULL_TIME");
  g_assert_cmpfloat (sl_posting_get_salary_min (back), ==, 60000);
  g_assert_cmpfloat (sl_posting_get_salary_max (back), ==, 75000);
  g_assert_cmpstr (sl_posting_get_date_posted (back), ==, "2025-03-03");
  g_assert_cmpstr (sl_posting_get_valid_through (back), ==, "2025-03-31");
  g_assert_cmpstr (sl_posting_get_description (back), ==, sl_posting_get_description (posting));
  g_assert_cmpstr (sl_posting_get_about (back), ==, sl_posting_get_about (posting));
  a = sl_posting_get_responsibilities (back);
  b = sl_posting_get_responsibilities (posting);
  g_assert_cmpuint (g_strv_length ((char **) a), ==, g_strv_length ((char **) b));
  g_assert_cmpstr (a[0], ==, b[0]);
  g_assert_cmpuint (g_strv_length ((char **) sl_posting_get_qualifications (back)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) sl_posting_get_nice_to_have (back)), ==, 1);
}

static void
test_salary_formats (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autofree char *none = NULL;
  g_autofree char *single = NULL;
  g_autofree char *up_to = NULL;
  g_autofree char *from = NULL;
  g_autofree char *code = NULL;

  none = sl_posting_format_salary (posting);
  g_assert_null (none);

  sl_posting_set_salary_min (posting, 45.5);
  sl_posting_set_salary_max (posting, 45.5);
  sl_posting_set_salary_currency (posting, "USD");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_HOUR);
  single = sl_posting_format_salary (posting);
  g_assert_cmpstr (single, ==, "$45.50 per hour");

  sl_posting_set_salary_min (posting, 0);
  sl_posting_set_salary_max (posting, 1250000);
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_YEAR);
  up_to = sl_posting_format_salary (posting);
  g_assert_cmpstr (up_to, ==, "up to $1,250,000 per year");

  sl_posting_set_salary_min (posting, 900);
  sl_posting_set_salary_max (posting, 0);
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_WEEK);
  from = sl_posting_format_salary (posting);
  g_assert_cmpstr (from, ==, "from $900 per week");

  sl_posting_set_salary_max (posting, 1100);
  sl_posting_set_salary_currency (posting, "CHF");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_DAY);
  code = sl_posting_format_salary (posting);
  g_assert_cmpstr (code, ==, "CHF 900 – CHF 1,100 per day");
}

static void
test_markdown_escapes (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autofree char *markdown = NULL;

  sl_posting_set_title (posting, "C# _Developer_ [remote]");
  sl_posting_set_description (posting, "# not a heading\n1. not a list\n<b>no html</b>");
  markdown = sl_posting_to_markdown (posting);
  g_assert_true (g_str_has_prefix (markdown, "# C# \\_Developer\\_ \\[remote\\]\n"));
  g_assert_nonnull (strstr (markdown, "\\# not a heading  \n1\\. not a list  \n\\<b\\>no html\\</b\\>\n"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/posting-markdown/markdown-snapshot", test_markdown_snapshot);
  g_test_add_func ("/posting-markdown/text-snapshot", test_text_snapshot);
  g_test_add_func ("/posting-markdown/text-reimport", test_text_reimport);
  g_test_add_func ("/posting-markdown/salary-formats", test_salary_formats);
  g_test_add_func ("/posting-markdown/markdown-escapes", test_markdown_escapes);

  return g_test_run ();
}
