/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parses a search field's text into an FTS5 MATCH expression in which every user word is quoted. */
#define G_LOG_DOMAIN "sl-search"

#include "config.h"

#include "sl-search-query.h"

/* Bytes of one word that are kept: a longer word is cut (at a character). */
#define MAX_WORD_BYTES 256

/* The characters the index treats as part of a word: the tokenizer's
 * categories 'L* N* Co M*' (see migration 4 in sl-store-schema.c). */
static gboolean
is_word_char (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
      return TRUE;

    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CURRENCY_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_OTHER_SYMBOL:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_SPACE_SEPARATOR:
    default:
      return FALSE;
    }
}

/* The number of word characters in @word, 0 when it has none (a word of
 * punctuation only would be an empty FTS5 phrase). */
static guint
count_word_chars (const char *word)
{
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (is_word_char (g_utf8_get_char (p)))
      n++;
  return n;
}

/* Appends @word as an FTS5 string: in double quotes, with its own double
 * quotes doubled, so it can never be read as an operator, a column filter or
 * any other syntax. */
static void
append_quoted (GString    *out,
               const char *word,
               gboolean    prefix)
{
  g_string_append_c (out, '"');
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  if (prefix)
    g_string_append_c (out, '*');
}

static char *
cut_word (const char *start,
          const char *end)
{
  gsize len = end - start;

  if (len > MAX_WORD_BYTES)
    {
      const char *cut = g_utf8_find_prev_char (start, start + MAX_WORD_BYTES + 1);

      len = cut != NULL ? (gsize) (cut - start) : 0;
    }
  return g_strndup (start, len);
}

/**
 * sl_search_query_parse:
 * @text: (nullable): what the person typed
 *
 * Returns: (transfer full): the parsed query; its match is %NULL when there
 *   is nothing to search for
 */
SlSearchQuery *
sl_search_query_parse (const char *text)
{
  SlSearchQuery *query = g_new0 (SlSearchQuery, 1);
  g_autoptr (GString) included = g_string_new (NULL);
  g_autoptr (GString) excluded = g_string_new (NULL);
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;
  const char *p;

  if (text == NULL)
    return query;

  valid = g_utf8_make_valid (text, -1);
  normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  if (normalized == NULL)
    return query;

  p = normalized;
  while (*p != '\0' && query->n_included + query->n_excluded < SL_SEARCH_QUERY_MAX_TERMS)
    {
      g_autofree char *word = NULL;
      gboolean exclude = FALSE;
      gboolean phrase = FALSE;
      const char *start;
      guint n_chars;
      GString *out;

      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (*p == '-' && p[1] != '\0' && !g_unichar_isspace (g_utf8_get_char (p + 1)))
        {
          exclude = TRUE;
          p++;
        }

      if (*p == '"')
        {
          phrase = TRUE;
          start = ++p;
          while (*p != '\0' && *p != '"')
            p++;
          word = cut_word (start, p);
          if (*p == '"')
            p++;
        }
      else
        {
          start = p;
          while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          word = cut_word (start, p);
        }

      n_chars = count_word_chars (word);
      if (n_chars == 0)
        continue;

      out = exclude ? excluded : included;
      if (out->len > 0)
        g_string_append (out, exclude ? " OR " : " AND ");
      /* A phrase in quotes is taken as typed; a word is a prefix. */
      append_quoted (out, word, !phrase);

      if (exclude)
        {
          query->n_excluded++;
        }
      else
        {
          query->shortest = query->n_included == 0 ? n_chars : MIN (query->shortest, n_chars);
          query->n_included++;
        }
    }

  /* FTS5 cannot list everything but some words: exclusions alone find nothing. */
  if (query->n_included == 0)
    return query;

  /* Exclusions apply to every column, also when the words must be in the name. */
  if (query->n_excluded > 0)
    {
      query->match = g_strdup_printf ("(%s) NOT (%s)", included->str, excluded->str);
      query->name_match = g_strdup_printf ("({name} : (%s)) NOT (%s)", included->str, excluded->str);
    }
  else
    {
      query->match = g_strdup_printf ("(%s)", included->str);
      query->name_match = g_strdup_printf ("{name} : (%s)", included->str);
    }

  return query;
}

void
sl_search_query_free (SlSearchQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->match);
  g_free (query->name_match);
  g_free (query);
}
