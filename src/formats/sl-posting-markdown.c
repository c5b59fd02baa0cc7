/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Markdown and plain-text renderings of an SlPosting, as a candidate reads it. */

#define G_LOG_DOMAIN "sl-posting-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sl-posting-markdown.h"
#include "sl-posting-sections.h"

static const char *
currency_symbol (const char *currency)
{
  if (currency == NULL)
    return NULL;
  if (strcmp (currency, "EUR") == 0)
    return "€";
  if (strcmp (currency, "USD") == 0)
    return "$";
  if (strcmp (currency, "GBP") == 0)
    return "£";
  if (strcmp (currency, "JPY") == 0)
    return "¥";
  if (strcmp (currency, "INR") == 0)
    return "₹";
  return NULL;
}

/* 60000 → "60,000"; 45.5 → "45.50" */
static char *
format_amount (double value)
{
  g_autofree char *whole = NULL;
  GString *out = g_string_new (NULL);
  double integral = floor (value);
  gsize len;

  whole = g_strdup_printf ("%.0f", integral);
  len = strlen (whole);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, whole[i]);
    }
  if (value - integral >= 0.005)
    g_string_append_printf (out, ".%02d", (int) lround ((value - integral) * 100) % 100);
  return g_string_free (out, FALSE);
}

static char *
format_money (double      value,
              const char *currency)
{
  g_autofree char *amount = format_amount (value);
  const char *symbol = currency_symbol (currency);

  if (symbol != NULL)
    return g_strconcat (symbol, amount, NULL);
  if (currency != NULL && *currency != '\0')
    return g_strconcat (currency, " ", amount, NULL);
  return g_steal_pointer (&amount);
}

static const char *
unit_phrase (SlSalaryUnit unit)
{
  switch (unit)
    {
    case SL_SALARY_UNIT_HOUR:
      return _("per hour");
    case SL_SALARY_UNIT_DAY:
      return _("per day");
    case SL_SALARY_UNIT_WEEK:
      return _("per week");
    case SL_SALARY_UNIT_MONTH:
      return _("per month");
    case SL_SALARY_UNIT_YEAR:
      return _("per year");
    default:
      return "";
    }
}

/**
 * sl_posting_format_salary:
 * @posting: a posting
 *
 * Returns: (transfer full) (nullable): the salary as a candidate reads it,
 *   e.g. "€60,000 – €80,000 per year", or %NULL when none is given
 */
char *
sl_posting_format_salary (SlPosting *posting)
{
  const char *currency;
  double min, max;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  const char *unit;

  g_return_val_if_fail (SL_IS_POSTING (posting), NULL);

  min = sl_posting_get_salary_min (posting);
  max = sl_posting_get_salary_max (posting);
  if (min <= 0 && max <= 0)
    return NULL;

  currency = sl_posting_get_salary_currency (posting);
  unit = unit_phrase (sl_posting_get_salary_unit (posting));
  if (min > 0)
    low = format_money (min, currency);
  if (max > 0)
    high = format_money (max, currency);

  if (low != NULL && high != NULL && min != max)
    /* Translators: a salary range, e.g. "€60,000 – €80,000 per year" */
    return g_strdup_printf (_("%s – %s %s"), low, high, unit);
  if (low != NULL && high == NULL)
    /* Translators: a minimum salary, e.g. "from €60,000 per year" */
    return g_strdup_printf (_("from %s %s"), low, unit);
  if (low == NULL)
    /* Translators: a maximum salary, e.g. "up to €80,000 per year" */
    return g_strdup_printf (_("up to %s %s"), high, unit);
  /* Translators: a single salary figure, e.g. "$45 per hour" */
  return g_strdup_printf (_("%s %s"), low, unit);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "Berlin, Germany; Munich · Hybrid · Full-time" */
static char *
facts_line (SlPosting *posting)
{
  g_autoptr (GPtrArray) facts = g_ptr_array_new ();
  g_autofree char *locations = NULL;
  const char * const *locs = sl_posting_get_locations (posting);
  const char *employment = sl_posting_get_employment_type (posting);

  if (locs != NULL && locs[0] != NULL)
    {
      locations = g_strjoinv ("; ", (char **) locs);
      g_ptr_array_add (facts, locations);
    }
  if (sl_posting_get_workplace_type (posting) != SL_WORKPLACE_TYPE_UNKNOWN)
    g_ptr_array_add (facts, (char *) sl_workplace_type_to_label (sl_posting_get_workplace_type (posting)));
  if (has_text (employment))
    g_ptr_array_add (facts, (char *) sl_employment_type_to_label (employment));
  g_ptr_array_add (facts, NULL);
  return g_strjoinv (" · ", (char **) facts->pdata);
}

/* Escapes what Markdown would read as markup. */
static void
append_md (GString    *out,
           const char *text)
{
  const char *line_start = out->str + out->len;
  gsize start = out->len;

  (void) line_start;
  for (const char *p = text; *p; p++)
    {
      gboolean at_line_start = out->len == start || out->str[out->len - 1] == '\n';

      if (strchr ("\\`*_[]<>", *p) != NULL)
        g_string_append_c (out, '\\');
      else if (at_line_start && (*p == '#' || *p == '+' || *p == '-' || *p == '|'))
        g_string_append_c (out, '\\');
      else if (at_line_start && g_ascii_isdigit (*p))
        {
          const char *q = p;

          while (g_ascii_isdigit (*q))
            q++;
          if ((*q == '.' || *q == ')') && q[1] == ' ')
            {
              g_string_append_len (out, p, q - p);
              g_string_append_c (out, '\\');
              p = q;
            }
        }
      g_string_append_c (out, *p);
    }
}

/* Appends @text as it is (plain text) or escaped (Markdown). */
static void
append_inline (GString    *out,
               const char *text,
               gboolean    markdown)
{
  if (markdown)
    append_md (out, text);
  else
    g_string_append (out, text);
}

/* Paragraphs stay paragraphs; "- item" lines stay a list, written "- " in
 * Markdown and "  • " in text. */
static void
append_paragraphs (GString    *out,
                   const char *text,
                   gboolean    markdown)
{
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto (GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);

      if (paragraphs[i][0] == '\0')
        continue;
      for (guint j = 0; lines[j] != NULL; j++)
        {
          gboolean item = g_str_has_prefix (lines[j], "- ");

          if (item)
            g_string_append (out, markdown ? "- " : "  • ");
          append_inline (out, item ? lines[j] + 2 : lines[j], markdown);
          /* a Markdown hard line break */
          g_string_append (out, markdown && !item && lines[j + 1] != NULL ? "  \n" : "\n");
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_list (GString            *out,
             const char         *heading,
             const char * const *items,
             gboolean            markdown)
{
  if (items == NULL || items[0] == NULL)
    return;
  g_string_append_printf (out, markdown ? "## %s\n\n" : "%s\n\n", heading);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append (out, markdown ? "- " : "  • ");
      append_inline (out, items[i], markdown);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static char *
about_heading (SlPosting *posting)
{
  const char *organization = sl_posting_get_organization (posting);

  if (has_text (organization))
    /* Translators: a heading, %s is the employer's name */
    return g_strdup_printf (_("About %s"), organization);
  return g_strdup (sl_posting_section_heading (SL_TEXT_SECTION_ABOUT));
}

static char *
dates_line (SlPosting *posting)
{
  const char *posted = sl_posting_get_date_posted (posting);
  const char *valid = sl_posting_get_valid_through (posting);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (has_text (posted))
    /* Translators: %s is a date, 2025-03-03 */
    a = g_strdup_printf (_("Posted %s"), posted);
  if (has_text (valid))
    /* Translators: %s is a date, 2025-03-31 */
    b = g_strdup_printf (_("Apply by %s"), valid);
  if (a != NULL && b != NULL)
    return g_strconcat (a, " · ", b, NULL);
  return a != NULL ? g_steal_pointer (&a) : g_steal_pointer (&b);
}

/* The summary, the description, the sections and About: the same in
 * Markdown and in text but for the markup. Ends @out's text and frees it. */
static char *
finish_body (GString   *out,
             SlPosting *posting,
             gboolean   markdown)
{
  const char *summary = sl_posting_get_summary (posting);
  const char *description = sl_posting_get_description (posting);
  const char *about = sl_posting_get_about (posting);
  guint n_sections;
  const SlPostingSectionInfo *sections = sl_posting_sections (&n_sections);

  if (has_text (summary))
    {
      if (markdown)
        g_string_append_c (out, '*');
      append_inline (out, summary, markdown);
      g_string_append (out, markdown ? "*\n\n" : "\n\n");
    }
  if (has_text (description))
    append_paragraphs (out, description, markdown);

  for (guint i = 0; i < n_sections; i++)
    if (sections[i].get_items != NULL)
      append_list (out, sl_posting_section_heading (sections[i].section), sections[i].get_items (posting), markdown);

  if (has_text (about))
    {
      g_autofree char *heading = about_heading (posting);

      if (markdown)
        g_string_append (out, "## ");
      append_inline (out, heading, markdown);
      g_string_append (out, "\n\n");
      append_paragraphs (out, about, markdown);
    }

  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/**
 * sl_posting_to_markdown:
 * @posting: a posting
 *
 * Renders @posting as Markdown: the title, the employer, where and how,
 * the salary, the description and each section as a list.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
sl_posting_to_markdown (SlPosting *posting)
{
  GString *out;
  g_autofree char *facts = NULL;
  g_autofree char *salary = NULL;
  g_autofree char *dates = NULL;
  const char *organization;
  const char *department;

  g_return_val_if_fail (SL_IS_POSTING (posting), NULL);

  out = g_string_new ("# ");
  append_md (out, has_text (sl_posting_get_title (posting)) ? sl_posting_get_title (posting) : _("Untitled posting"));
  g_string_append (out, "\n\n");

  organization = sl_posting_get_organization (posting);
  department = sl_posting_get_department (posting);
  if (has_text (organization) || has_text (department))
    {
      g_string_append (out, "**");
      append_md (out, has_text (organization) ? organization : department);
      g_string_append (out, "**");
      if (has_text (organization) && has_text (department))
        {
          g_string_append (out, " · ");
          append_md (out, department);
        }
      g_string_append (out, "  \n");
    }

  facts = facts_line (posting);
  append_md (out, facts);
  salary = sl_posting_format_salary (posting);
  if (salary != NULL)
    {
      if (facts[0] != '\0')
        g_string_append (out, "  \n");
      append_md (out, salary);
    }
  dates = dates_line (posting);
  if (dates != NULL)
    {
      g_string_append (out, "  \n");
      append_md (out, dates);
    }
  g_string_append (out, "\n\n");

  return finish_body (out, posting, TRUE);
}

/**
 * sl_posting_to_text:
 * @posting: a posting
 *
 * Renders @posting as plain text with "•" lists, for e-mail or a job board
 * that takes no markup. sl_posting_text_parse() reads it back.
 *
 * Returns: (transfer full): the text
 */
char *
sl_posting_to_text (SlPosting *posting)
{
  GString *out;
  g_autofree char *facts = NULL;
  g_autofree char *salary = NULL;
  g_autofree char *dates = NULL;
  const char *organization;
  const char *department;

  g_return_val_if_fail (SL_IS_POSTING (posting), NULL);

  out = g_string_new (has_text (sl_posting_get_title (posting)) ? sl_posting_get_title (posting) : _("Untitled posting"));
  g_string_append_c (out, '\n');

  organization = sl_posting_get_organization (posting);
  department = sl_posting_get_department (posting);
  if (has_text (organization))
    g_string_append_printf (out, "%s\n", organization);
  if (has_text (department))
    /* Translators: a line of a posting exported as text */
    g_string_append_printf (out, _("Department: %s\n"), department);

  facts = facts_line (posting);
  if (facts[0] != '\0')
    g_string_append_printf (out, "%s\n", facts);
  salary = sl_posting_format_salary (posting);
  if (salary != NULL)
    g_string_append_printf (out, "%s\n", salary);
  dates = dates_line (posting);
  if (dates != NULL)
    g_string_append_printf (out, "%s\n", dates);
  g_string_append_c (out, '\n');

  return finish_body (out, posting, FALSE);
}
