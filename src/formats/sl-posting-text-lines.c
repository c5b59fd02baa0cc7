/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What one line of a pasted posting looks like: a bullet, a heading, a rule, bold text, a sentence naming the employer. */

#define G_LOG_DOMAIN "sl-posting-text-lines"

#include "config.h"

#include <string.h>

#include "sl-posting-text-private.h"

/* Returns the text after a bullet or list number, or NULL. */
const char *
sl_posting_text_strip_bullet (const char *line)
{
  static const char * const bullets[] = {
    "\xe2\x80\xa2", /* • */
    "\xe2\x80\x93", /* – */
    "\xe2\x80\x94", /* — */
    "\xc2\xb7",     /* · */
    "\xe2\x97\x8f", /* ● */
    "\xe2\x97\xa6", /* ◦ */
    "\xe2\x96\xaa", /* ▪ */
    "\xe2\x80\xa3", /* ‣ */
    "\xe2\x81\x83", /* ⁃ */
    "\xe2\x9c\x93", /* ✓ */
    "\xe2\x9c\x94", /* ✔ */
    "\xe2\x9e\xa2", /* ➢ */
    "-", "*", "+", ">", "o ",
  };
  const char *p = line;

  for (gsize i = 0; i < G_N_ELEMENTS (bullets); i++)
    {
      gsize n = strlen (bullets[i]);

      if (strncmp (p, bullets[i], n) == 0)
        {
          const char *rest = p + n;

          /* "-5%" or "**bold**" are not bullets. */
          if (*rest != ' ' && n == 1)
            return NULL;
          while (*rest == ' ')
            rest++;
          return *rest ? rest : NULL;
        }
    }

  /* "1." "1)" "a)" "(1)" */
  if (*p == '(')
    p++;
  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q) && q - p < 3)
        q++;
      if ((*q == '.' || *q == ')') && q[1] == ' ')
        {
          q += 2;
          while (*q == ' ')
            q++;
          return *q ? q : NULL;
        }
    }
  else if (g_ascii_islower (*p) && p[1] == ')' && p[2] == ' ')
    {
      const char *q = p + 3;

      while (*q == ' ')
        q++;
      return *q ? q : NULL;
    }

  return NULL;
}

/* An unknown heading: short, no sentence end, followed by text; all capitals,
 * a trailing colon or Markdown marks. */
gboolean
sl_posting_text_looks_like_heading (const char *line)
{
  gsize len = strlen (line);
  gboolean has_lower = FALSE;
  gboolean has_alpha = FALSE;

  if (len > 60 || len < 3)
    return FALSE;
  if (line[0] == '#' || (g_str_has_prefix (line, "**") && g_str_has_suffix (line, "**")))
    return TRUE;
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        has_alpha = TRUE;
      if (g_unichar_islower (c))
        has_lower = TRUE;
    }
  if (has_alpha && !has_lower && len > 3)
    return TRUE;
  return line[len - 1] == ':' && strchr (line, ' ') != NULL && strchr (line, ',') == NULL &&
         strlen (line) < 40;
}

/* Markdown strong emphasis is no part of the text: "5+ years of **Go**"
 * is kept as "5+ years of Go". Only pairs go, so "2 * 3" stays. NULL when
 * there is nothing to take out (most lines: no copy). */
char *
sl_posting_text_strip_strong (const char *text)
{
  g_autoptr (GString) out = NULL;
  guint pairs = 0;

  for (const char *p = strstr (text, "**"); p != NULL; p = strstr (p + 2, "**"))
    pairs++;
  if (pairs < 2 || pairs % 2 != 0)
    return NULL;
  out = g_string_new (text);
  g_string_replace (out, "**", "", 0);
  g_strstrip (out->str);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A Markdown horizontal rule ("---", "***", "* * *", "___"): a break
 * between paragraphs, not text. */
gboolean
sl_posting_text_is_rule (const char *line)
{
  guint marks = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == line[0] && strchr ("-*_", *p) != NULL)
        marks++;
      else if (*p != ' ')
        return FALSE;
    }
  return marks >= 3;
}

/* "Acme Analytics is a data company." or "Born in 2001, Code and Theory is
 * an agency": the capitalized words before the first sentence's "is a". */
char *
sl_posting_text_company_from_sentence (const char *line)
{
  static const char * const not_names[] = {
    "This", "That", "It", "There", "Which", "What", "Who", "He", "She", "We", "You",
    "They", "Our", "Your", "The", "A", "An", "Each", "Every", "English", "German",
    "French", "Spanish", "Experience", "Travel",
  };
  static const char * const joiners[] = { "and", "&", "of", "de", "von", "for" };
  static const char * const abbreviations[] = { "Inc", "Ltd", "Co", "Corp", "Bros", "St" };
  const char *is = strstr (line, " is a");
  const char *start;
  g_autofree char *head = NULL;
  g_auto (GStrv) words = NULL;
  guint n;

  if (is == NULL || (is[5] != ' ' && strncmp (is + 5, "n ", 2) != 0))
    return NULL;
  /* in the first sentence: "Acme Inc. is a" is one */
  for (const char *p = line; p < is; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ')
      {
        const char *word = p;
        gboolean abbreviation = FALSE;

        while (word > line && word[-1] != ' ')
          word--;

        for (gsize i = 0; *p == '.' && i < G_N_ELEMENTS (abbreviations); i++)
          if ((gsize) (p - word) == strlen (abbreviations[i]) && strncmp (word, abbreviations[i], p - word) == 0)
            abbreviation = TRUE;
        if (!abbreviation)
          return NULL;
      }
  start = g_strrstr_len (line, is - line, ", ");
  start = start != NULL ? start + 2 : line;
  head = g_strndup (start, is - start);
  words = g_strsplit (head, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 5 || g_strv_contains (not_names, words[0]))
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && i < n - 1 && g_strv_contains (joiners, words[i]))
        continue;
      if (!g_unichar_isupper (g_utf8_get_char (words[i])))
        return NULL;
    }
  return g_steal_pointer (&head);
}
