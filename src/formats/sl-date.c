/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the dates job postings and the posting editor give ("3 March 2025", "2 days ago") as YYYY-MM-DD. */

#define G_LOG_DOMAIN "sl-date"

#include "config.h"

#include <string.h>

#include "sl-date.h"
#include "sl-posting-text-private.h"

static gboolean
parse_month (const char *word,
             int        *month)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };
  static const SlTextEntry other_months[] = {
    { "januar", 1 }, { "februar", 2 }, { "märz", 3 }, { "mai", 5 }, { "juni", 6 },
    { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 }, { "janvier", 1 },
    { "février", 2 }, { "mars", 3 }, { "avril", 4 }, { "juin", 6 }, { "juillet", 7 },
    { "août", 8 }, { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 },
    { "décembre", 12 }, { "sept", 9 },
  };
  static const char * const full[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
  };
  int m;

  for (int i = 0; i < 12; i++)
    if (strcmp (word, months[i]) == 0 || strcmp (word, full[i]) == 0)
      {
        *month = i + 1;
        return TRUE;
      }
  m = sl_posting_text_lookup (other_months, G_N_ELEMENTS (other_months), word);
  if (m > 0)
    {
      *month = m;
      return TRUE;
    }
  return FALSE;
}

static char *
format_date (int year,
             int month,
             int day)
{
  if (year < 1900 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * sl_date_read_iso_prefix:
 * @text: text that may start with a date
 *
 * Reads the "YYYY-MM-DD" that @text starts with; what follows it is the
 * caller's to check (the text importer allows a time, JSON-LD a time or a
 * space).
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL when
 *   @text does not start with one of a year 1900 to 9999 and a real day
 */
char *
sl_date_read_iso_prefix (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_ascii_isdigit (text[0]) || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  return format_date ((int) g_ascii_strtoll (text, NULL, 10),
                      (int) g_ascii_strtoll (text + 5, NULL, 10),
                      (int) g_ascii_strtoll (text + 8, NULL, 10));
}

/**
 * sl_date_parse:
 * @text: a date as a posting or a person writes it, in any case
 * @now: (nullable): the time relative dates count back from; %NULL for now
 *
 * The one reading of dates, for the importers and the posting editor:
 * "2025-03-03" (a time may follow), "3 March 2025", "March 3, 2025",
 * "3. März 2025", "5 hours ago", "yesterday", "30+ days ago".
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 */
char *
sl_date_parse (const char *text,
               GDateTime  *now)
{
  g_autoptr (GDateTime) local_now = NULL;
  g_autofree char *down = NULL;
  g_auto (GStrv) words = NULL;
  const char *folded;
  int year = 0, month = 0, day = 0;
  guint n_words;

  g_return_val_if_fail (text != NULL, NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  folded = down = g_utf8_strdown (text, -1);
  while (*folded == ' ')
    folded++;

  if (g_ascii_isdigit (folded[0]) && strlen (folded) >= 10 && folded[4] == '-' && folded[7] == '-')
    {
      if (folded[10] == '\0' || (folded[10] == 't' && g_ascii_isdigit (folded[11])))
        return sl_date_read_iso_prefix (folded);
      return NULL;
    }

  if (strcmp (folded, "today") == 0 || strcmp (folded, "just now") == 0 ||
      strcmp (folded, "just posted") == 0 || strcmp (folded, "heute") == 0 ||
      strcmp (folded, "aujourd'hui") == 0)
    return g_date_time_format (now, "%Y-%m-%d");
  if (strcmp (folded, "yesterday") == 0 || strcmp (folded, "gestern") == 0 || strcmp (folded, "hier") == 0)
    {
      g_autoptr (GDateTime) then = g_date_time_add_days (now, -1);

      return g_date_time_format (then, "%Y-%m-%d");
    }

  words = g_strsplit_set (folded, " ,.", -1);
  n_words = 0;
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      words[n_words++] = words[i];
    else
      g_free (words[i]);
  words[n_words] = NULL;

  /* Relative: [over|more than] N[+]|a|an UNIT[s] ago */
  if (n_words >= 3 && strcmp (words[n_words - 1], "ago") == 0)
    {
      const char *count = words[n_words - 3];
      const char *unit = words[n_words - 2];
      g_autoptr (GDateTime) then = NULL;
      gint64 amount;
      char *end = NULL;

      if (n_words > 5)
        return NULL;
      if (strcmp (count, "a") == 0 || strcmp (count, "an") == 0 || strcmp (count, "one") == 0)
        amount = 1;
      else
        {
          amount = g_ascii_strtoll (count, &end, 10);
          if (end == count || (*end != '\0' && strcmp (end, "+") != 0) || amount < 0 || amount > 10000)
            return NULL;
        }

      if (g_str_has_prefix (unit, "minute") || g_str_has_prefix (unit, "min") ||
          g_str_has_prefix (unit, "second") || g_str_has_prefix (unit, "sec"))
        then = g_date_time_ref (now);
      else if (g_str_has_prefix (unit, "hour") || strcmp (unit, "hr") == 0 || strcmp (unit, "hrs") == 0 || strcmp (unit, "h") == 0)
        then = g_date_time_add_hours (now, (int) -amount);
      else if (g_str_has_prefix (unit, "day") || strcmp (unit, "d") == 0)
        then = g_date_time_add_days (now, (int) -amount);
      else if (g_str_has_prefix (unit, "week") || strcmp (unit, "w") == 0)
        then = g_date_time_add_weeks (now, (int) -amount);
      else if (g_str_has_prefix (unit, "month") || strcmp (unit, "mo") == 0)
        then = g_date_time_add_months (now, (int) -amount);
      else if (g_str_has_prefix (unit, "year") || strcmp (unit, "yr") == 0)
        then = g_date_time_add_years (now, (int) -amount);
      else
        return NULL;

      if (then == NULL)
        return NULL;
      return g_date_time_format (then, "%Y-%m-%d");
    }

  /* Absolute: a day, a month name, a year, in any order. */
  if (n_words < 3 || n_words > 4)
    return NULL;
  for (guint i = 0; i < n_words; i++)
    {
      const char *w = words[i];
      int m;

      if (g_ascii_isdigit (w[0]))
        {
          char *end = NULL;
          gint64 v = g_ascii_strtoll (w, &end, 10);

          if (*end != '\0' && strcmp (end, "st") != 0 && strcmp (end, "nd") != 0 &&
              strcmp (end, "rd") != 0 && strcmp (end, "th") != 0 && strcmp (end, "er") != 0)
            return NULL;
          if (v >= 1000 && year == 0)
            year = (int) v;
          else if (v >= 1 && v <= 31 && day == 0)
            day = (int) v;
          else
            return NULL;
        }
      else if (parse_month (w, &m) && month == 0)
        month = m;
      else if (strcmp (w, "of") != 0 && strcmp (w, "on") != 0)
        return NULL;
    }
  if (year == 0 || month == 0 || day == 0)
    return NULL;
  return format_date (year, month, day);
}
