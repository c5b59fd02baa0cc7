/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one reading of amounts and dates that the importers and the posting editor share. */
#include "config.h"

#include "sl-date.h"
#include "sl-error.h"
#include "sl-money.h"
#include "sl-posting-text.h"

/* The last separator is a decimal point unless three digits follow it. */
static void
test_money_rule (void)
{
  static const struct { const char *text; double amount; } ok[] = {
    { "", 0 }, { "  ", 0 }, { "85000", 85000 }, { "60.000", 60000 }, { "60,000", 60000 },
    { "60 000", 60000 }, { "60'000", 60000 }, { "1.234.567", 1234567 }, { "1,234.56", 1234.56 },
    { "1.234,56", 1234.56 }, { "42.50", 42.5 }, { "60,5", 60.5 }, { "60k", 60000 },
    { " 85000 ", 85000 },
  };
  static const char * const bad[] = { "abc", "60 EUR", "-5", "85000x", "€60" };

  for (gsize i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr (GError) error = NULL;
      double value = -1;

      g_test_message ("“%s”", ok[i].text);
      g_assert_true (sl_money_parse (ok[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, ok[i].amount, 0.001);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      double value = -1;

      g_test_message ("“%s”", bad[i]);
      g_assert_false (sl_money_parse (bad[i], &value, &error));
      g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
      g_assert_cmpfloat (value, ==, 0);
    }
}

/* What the editor reads in a field, the importer reads in a posting. */
static void
test_money_same_in_importer (void)
{
  static const char * const amounts[] = { "60.000", "60,000", "60 000", "42.50", "60,5", "1.234,56", "85k" };

  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *text = g_strdup_printf ("Cook\nSalary: %s EUR per year\n\nWe cook.\n", amounts[i]);
      g_autoptr (SlPosting) posting = sl_posting_text_parse (text, -1, NULL, NULL);
      double value = 0;

      g_test_message ("“%s”", amounts[i]);
      g_assert_true (sl_money_parse (amounts[i], &value, NULL));
      g_assert_nonnull (posting);
      g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, value);
    }
}

static void
test_date_rule (void)
{
  static const struct { const char *text; const char *date; } cases[] = {
    { "2025-03-03", "2025-03-03" }, { "2025-03-03T10:00:00Z", "2025-03-03" },
    { "3 March 2025", "2025-03-03" }, { "March 3, 2025", "2025-03-03" },
    { "3rd of March 2025", "2025-03-03" }, { "3. März 2025", "2025-03-03" },
    { "3 mars 2025", "2025-03-03" }, { "TODAY", "2025-03-10" }, { "yesterday", "2025-03-09" },
    { "2 days ago", "2025-03-08" }, { "30+ days ago", "2025-02-08" },
    { "2025-02-30", NULL }, { "2025-13-01", NULL }, { "1800-01-01", NULL }, { "soon", NULL },
    { "2025-03-03 at noon", NULL }, { "", NULL },
  };
  g_autoptr (GDateTime) now = g_date_time_new_local (2025, 3, 10, 12, 0, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = sl_date_parse (cases[i].text, now);
      g_autofree char *text = g_strdup_printf ("Cook\nPosted: %s\n\nWe cook.\n", cases[i].text);
      g_autoptr (SlPosting) posting = sl_posting_text_parse (text, -1, now, NULL);

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpstr (date, ==, cases[i].date);
      /* the importer reads the same line the same way */
      g_assert_nonnull (posting);
      g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, cases[i].date);
    }
}

static void
test_date_iso_prefix (void)
{
  g_autofree char *a = sl_date_read_iso_prefix ("2025-03-31T08:00");
  g_autofree char *b = sl_date_read_iso_prefix ("2025-02-29");
  g_autofree char *c = sl_date_read_iso_prefix ("31.03.2025");

  g_assert_cmpstr (a, ==, "2025-03-31");
  g_assert_null (b);
  g_assert_null (c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/money/rule", test_money_rule);
  g_test_add_func ("/formats/money/same-in-importer", test_money_same_in_importer);
  g_test_add_func ("/formats/date/rule", test_date_rule);
  g_test_add_func ("/formats/date/iso-prefix", test_date_iso_prefix);

  return g_test_run ();
}
