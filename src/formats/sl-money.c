/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading money as job postings and the posting editor write it: amounts, currencies, salary ranges. */

#define G_LOG_DOMAIN "sl-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sl-error.h"
#include "sl-money.h"
#include "sl-posting-text-private.h"

void
sl_salary_text_clear (SlSalaryText *salary)
{
  g_clear_pointer (&salary->currency, g_free);
}

static const char *
currency_code (const char *word)
{
  static const char * const codes[] = {
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "INR", "CAD", "AUD", "NZD", "SEK",
    "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "ZAR", "BRL", "MXN", "SGD",
    "HKD", "KRW", "TRY", "ILS", "AED", "SAR", "UAH", "ARS", "CLP", "COP", "PHP",
    "IDR", "MYR", "THB", "VND", "NGN", "KES", "EGP", "ISK",
  };
  g_autofree char *up = g_ascii_strup (word, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strcmp (codes[i], up) == 0)
      return codes[i];
  return NULL;
}

/* Reads "60,000", "60.000", "45.50", "60 000", "1,234.56", "60k" from @p;
 * returns the end, or @p when there is no number. The last separator is a
 * decimal point unless three digits follow it, so "60.000" and "60,000"
 * are both sixty thousand and "60,5" is sixty and a half. */
const char *
sl_money_parse_amount (const char *p,
                       double     *value)
{
  GString *digits = g_string_new (NULL);
  const char *q = p;
  const char *last_sep = NULL;
  guint after_last = 0;
  guint n_seps = 0;
  gboolean decimal;

  while (*q)
    {
      if (g_ascii_isdigit (*q))
        {
          g_string_append_c (digits, *q);
          after_last++;
          q++;
        }
      else if ((*q == ',' || *q == '.' || *q == '\'' || *q == ' ') && digits->len > 0 &&
               g_ascii_isdigit (q[1]))
        {
          /* a space only groups thousands: "60 000" */
          if (*q == ' ' && !(g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
                             g_ascii_isdigit (q[3]) && !g_ascii_isdigit (q[4])))
            break;
          g_string_append_c (digits, '|');
          last_sep = q;
          after_last = 0;
          n_seps++;
          q++;
        }
      else
        break;
    }

  if (digits->len == 0)
    {
      g_string_free (digits, TRUE);
      return p;
    }

  /* The last separator is a decimal point unless three digits follow it. */
  decimal = last_sep != NULL && after_last != 3 && *last_sep != ' ' && *last_sep != '\'';
  {
    GString *clean = g_string_new (NULL);
    const char *last_bar = strrchr (digits->str, '|');

    for (const char *d = digits->str; *d; d++)
      {
        if (*d != '|')
          g_string_append_c (clean, *d);
        else if (decimal && d == last_bar)
          g_string_append_c (clean, '.');
      }
    *value = g_ascii_strtod (clean->str, NULL);
    g_string_free (clean, TRUE);
  }
  g_string_free (digits, TRUE);
  (void) n_seps;

  if ((*q == 'k' || *q == 'K') && !g_ascii_isalpha (q[1]))
    {
      *value *= 1000;
      q++;
    }
  return q;
}

static gboolean
unit_from_word (const char   *w,
                SlSalaryUnit *unit)
{
  static const SlTextEntry units[] = {
    { "hour", SL_SALARY_UNIT_HOUR }, { "hours", SL_SALARY_UNIT_HOUR }, { "hourly", SL_SALARY_UNIT_HOUR },
    { "hr", SL_SALARY_UNIT_HOUR }, { "h", SL_SALARY_UNIT_HOUR }, { "stunde", SL_SALARY_UNIT_HOUR },
    { "heure", SL_SALARY_UNIT_HOUR },
    { "day", SL_SALARY_UNIT_DAY }, { "daily", SL_SALARY_UNIT_DAY }, { "tag", SL_SALARY_UNIT_DAY },
    { "jour", SL_SALARY_UNIT_DAY },
    { "week", SL_SALARY_UNIT_WEEK }, { "weekly", SL_SALARY_UNIT_WEEK }, { "wk", SL_SALARY_UNIT_WEEK },
    { "month", SL_SALARY_UNIT_MONTH }, { "monthly", SL_SALARY_UNIT_MONTH }, { "mo", SL_SALARY_UNIT_MONTH },
    { "monat", SL_SALARY_UNIT_MONTH }, { "mois", SL_SALARY_UNIT_MONTH },
    { "year", SL_SALARY_UNIT_YEAR }, { "yearly", SL_SALARY_UNIT_YEAR }, { "annually", SL_SALARY_UNIT_YEAR },
    { "annual", SL_SALARY_UNIT_YEAR }, { "annum", SL_SALARY_UNIT_YEAR }, { "yr", SL_SALARY_UNIT_YEAR },
    { "p.a", SL_SALARY_UNIT_YEAR }, { "pa", SL_SALARY_UNIT_YEAR }, { "jahr", SL_SALARY_UNIT_YEAR },
    { "an", SL_SALARY_UNIT_YEAR },
  };
  int kind = sl_posting_text_lookup (units, G_N_ELEMENTS (units), w);

  if (kind < 0)
    return FALSE;
  *unit = kind;
  return TRUE;
}

/* "€60,000 – €80,000 a year", "$45/hour", "60k-80k EUR",
 * "USD 100,000 - 120,000 per year". @keyed: the line said "Salary:". */
gboolean
sl_salary_text_parse (const char   *text,
                      gboolean      keyed,
                      SlSalaryText *salary)
{
  static const char * const fillers[] = {
    "a", "per", "gross", "base", "salary", "pay", "range", "from", "up", "to",
    "between", "and", "plus", "bonus", "equity", "depending", "on", "experience",
    "doe", "brutto", "estimated", "approx", "approximately", "or", "the", "bis", "ab",
    "de", "à", "par", "pro", "im", "starting", "at", "+", "benefits", "total",
  };
  const char *p = text;
  double amounts[2] = { 0, 0 };
  guint n_amounts = 0;
  guint unknown = 0;
  gboolean up_to = FALSE;
  gboolean from = FALSE;
  gboolean starts_right;

  memset (salary, 0, sizeof *salary);

  while (*p == ' ')
    p++;
  starts_right = !g_ascii_isalpha (*p) || (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]) &&
                                          g_ascii_isalpha (p[2]) && !g_ascii_isalpha (p[3]));

  while (*p)
    {
      const char *q;
      double v;

      if (*p == ' ' || *p == '-' || *p == '/' || *p == ',' || *p == '(' || *p == ')' || *p == '~' || *p == ':')
        {
          p++;
          continue;
        }
      if (g_str_has_prefix (p, "\xe2\x80\x93") || g_str_has_prefix (p, "\xe2\x80\x94"))
        {
          p += 3;
          continue;
        }
      if (g_str_has_prefix (p, "\xe2\x82\xac")) /* € */
        {
          g_free (salary->currency);
          salary->currency = g_strdup ("EUR");
          p += 3;
          continue;
        }
      if (g_str_has_prefix (p, "\xc2\xa3")) /* £ */
        {
          g_free (salary->currency);
          salary->currency = g_strdup ("GBP");
          p += 2;
          continue;
        }
      if (g_str_has_prefix (p, "\xc2\xa5")) /* ¥ */
        {
          g_free (salary->currency);
          salary->currency = g_strdup ("JPY");
          p += 2;
          continue;
        }
      if (g_str_has_prefix (p, "\xe2\x82\xb9")) /* ₹ */
        {
          g_free (salary->currency);
          salary->currency = g_strdup ("INR");
          p += 3;
          continue;
        }
      if (*p == '$')
        {
          if (salary->currency == NULL)
            salary->currency = g_strdup ("USD");
          p++;
          continue;
        }

      q = sl_money_parse_amount (p, &v);
      if (q != p)
        {
          if (n_amounts < 2)
            amounts[n_amounts] = v;
          n_amounts++;
          p = q;
          continue;
        }

      /* a word */
      q = p;
      while (*q && *q != ' ' && *q != '/' && *q != ',' && *q != '(' && *q != ')' &&
             !g_ascii_isdigit (*q) && *q != '$')
        q++;
      if (q == p)
        {
          /* some other symbol */
          p = g_utf8_next_char (p);
          unknown++;
          continue;
        }
      {
        g_autofree char *word = g_strndup (p, q - p);
        g_autofree char *lower = g_utf8_strdown (word, -1);
        const char *code;
        gsize wl = strlen (lower);

        if (wl > 0 && lower[wl - 1] == '.')
          lower[wl - 1] = '\0';

        if ((code = currency_code (word)) != NULL && strlen (word) == 3)
          {
            g_free (salary->currency);
            salary->currency = g_strdup (code);
          }
        else if (strcmp (word, "US") == 0 || strcmp (word, "C") == 0 || strcmp (word, "A") == 0 ||
                 strcmp (word, "CA") == 0 || strcmp (word, "AU") == 0)
          {
            /* "US$", "C$", "A$": the $ follows */
            const char *c = strcmp (word, "US") == 0 ? "USD" : (word[0] == 'C' ? "CAD" : "AUD");

            if (*q == '$')
              {
                g_free (salary->currency);
                salary->currency = g_strdup (c);
                q++;
              }
            else
              unknown++;
          }
        else if (unit_from_word (lower, &salary->unit))
          salary->has_unit = TRUE;
        else
          {
            gboolean known = FALSE;

            if (strcmp (lower, "up") == 0)
              up_to = TRUE;
            if (strcmp (lower, "from") == 0 || strcmp (lower, "starting") == 0 || strcmp (lower, "ab") == 0)
              from = TRUE;
            for (gsize i = 0; i < G_N_ELEMENTS (fillers); i++)
              if (strcmp (fillers[i], lower) == 0)
                known = TRUE;
            if (!known)
              unknown++;
          }
        p = q;
      }
    }

  if (n_amounts == 0 || n_amounts > 2 ||
      (!keyed && (salary->currency == NULL || unknown > 0 || !starts_right)) ||
      (keyed && unknown > 3))
    {
      sl_salary_text_clear (salary);
      return FALSE;
    }

  if (n_amounts == 2)
    {
      salary->min = MIN (amounts[0], amounts[1]);
      salary->max = MAX (amounts[0], amounts[1]);
    }
  else if (up_to)
    salary->max = amounts[0];
  else if (from)
    salary->min = amounts[0];
  else
    salary->min = salary->max = amounts[0];

  if (!salary->has_unit)
    {
      double top = MAX (salary->min, salary->max);

      salary->unit = top < 300 ? SL_SALARY_UNIT_HOUR : top < 20000 ? SL_SALARY_UNIT_MONTH : SL_SALARY_UNIT_YEAR;
    }
  return TRUE;
}

/**
 * sl_money_parse:
 * @text: an amount as a person types it: "85000", "85,000", "85.000",
 *   "85 000", "42.50", "60k"
 * @value: (out): the amount; 0 when @text is empty
 * @error: return location for an %SL_ERROR_INVALID
 *
 * Reads a whole amount the way the importers read one in a posting
 * (sl_money_parse_amount()), for the posting editor. Whether the amount
 * is in range is sl_salary_check()'s to say.
 *
 * Returns: %FALSE when @text holds anything but one amount
 */
gboolean
sl_money_parse (const char  *text,
                double      *value,
                GError     **error)
{
  g_autofree char *stripped = NULL;
  const char *end;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  *value = 0;
  if (stripped[0] == '\0')
    return TRUE;

  end = sl_money_parse_amount (stripped, value);
  if (end == stripped || *end != '\0' || !isfinite (*value))
    {
      *value = 0;
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("“%s” is not an amount: enter digits only, such as 85000"), stripped);
      return FALSE;
    }
  return TRUE;
}
