/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parses a search field's text into an FTS5 MATCH expression in which every token is quoted. */
#define G_LOG_DOMAIN "sl-search-query"

#include "config.h"

#include <string.h>

#include "sl-search-query.h"
#include "sl-store-search-private.h"

/* Bytes of one word that are kept: a longer word is cut (at a character). */
#define MAX_WORD_BYTES 256

/* The options of the search index's tokenizer (migration 9 in
 * sl-store-schema.c), with which a word is split into the index's words. */
static const char *tokenizer_args[] = {
  "remove_diacritics", "2", "categories", "L* N* Co M*",
};

typedef struct
{
  fts5_tokenizer  api;
  Fts5Tokenizer  *tokenizer;
} Tokenizer;

/* SQLite's own tokenizer with the index's options, from @db. */
static gboolean
tokenizer_init (Tokenizer *tokenizer,
                sqlite3   *db)
{
  fts5_api *fts5 = sl_store_search_fts5 (db);
  void *user_data = NULL;

  return fts5 != NULL &&
         fts5->xFindTokenizer (fts5, "unicode61", &user_data, &tokenizer->api) == SQLITE_OK &&
         tokenizer->api.xCreate (user_data, tokenizer_args, G_N_ELEMENTS (tokenizer_args),
                                 &tokenizer->tokenizer) == SQLITE_OK;
}

/* Where a token starts and ends in the text it came from. */
typedef struct
{
  int start;
  int end;
} Span;

static int
add_span_cb (void       *data,
             int         flags,
             const char *token,
             int         n_token,
             int         start,
             int         end)
{
  GArray *spans = data;
  Span span = { start, end };

  if ((flags & FTS5_TOKEN_COLOCATED) == 0)
    g_array_append_val (spans, span);
  return SQLITE_OK;
}

/* Appends the text from @start to @end as an FTS5 string: in double quotes,
 * with its own double quotes doubled, so it can never be read as an
 * operator, a column filter or any other syntax. */
static void
append_quoted (GString    *out,
               const char *start,
               const char *end,
               gboolean    prefix)
{
  g_string_append_c (out, '"');
  for (const char *p = start; p < end; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  if (prefix)
    g_string_append_c (out, '*');
}

/* Appends @word's tokens (@spans) to @out: one token as an FTS5 string,
 * several as all of them (the index knows which column a token is in, not
 * where: sl_search_phrases() in sl-store-search.c checks that they follow
 * each other). */
static void
append_tokens (GString    *out,
               const char *word,
               GArray     *spans,
               gboolean    prefix)
{
  if (spans->len > 1)
    g_string_append_c (out, '(');
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);

      if (i > 0)
        g_string_append (out, " AND ");
      append_quoted (out, word + span->start, word + span->end, prefix && i == spans->len - 1);
    }
  if (spans->len > 1)
    g_string_append_c (out, ')');
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
 * @db: a connection, whose FTS5 tokenizer splits the words
 * @text: (nullable): what the person typed
 *
 * Returns: (transfer full): the parsed query; its match is %NULL when there
 *   is nothing to search for
 */
SlSearchQuery *
sl_search_query_parse (sqlite3    *db,
                       const char *text)
{
  SlSearchQuery *query = g_new0 (SlSearchQuery, 1);
  g_autoptr (GString) included = g_string_new (NULL);
  g_autoptr (GString) excluded = g_string_new (NULL);
  g_autoptr (GByteArray) phrases = g_byte_array_new ();
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;
  Tokenizer tokenizer = { 0 };
  const char *p;

  g_return_val_if_fail (db != NULL, query);

  if (text == NULL)
    return query;

  valid = g_utf8_make_valid (text, -1);
  normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  if (normalized == NULL)
    return query;

  if (!tokenizer_init (&tokenizer, db))
    {
      g_warning ("SQLite’s FTS5 tokenizer is missing: %s", sqlite3_errmsg (db));
      return query;
    }

  p = normalized;
  while (*p != '\0' && query->n_included + query->n_excluded < SL_SEARCH_QUERY_MAX_TERMS)
    {
      g_autofree char *word = NULL;
      gboolean exclude = FALSE;
      gboolean phrase = FALSE;
      gboolean prefix;
      const char *start;

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

      g_array_set_size (spans, 0);
      tokenizer.api.xTokenize (tokenizer.tokenizer, spans, FTS5_TOKENIZE_QUERY,
                               word, strlen (word), add_span_cb);
      /* Only punctuation: nothing the index has. */
      if (spans->len == 0)
        continue;

      /* A phrase in quotes is taken as typed; a word is a prefix. */
      prefix = !phrase;
      if (spans->len > 1)
        {
          /* Sign, kind, the word, a nul: for sl_search_phrases(), which
           * checks that its tokens follow each other. */
          g_byte_array_append (phrases, (const guint8 *) (exclude ? "-" : "+"), 1);
          g_byte_array_append (phrases, (const guint8 *) (prefix ? "*" : "="), 1);
          g_byte_array_append (phrases, (const guint8 *) word, strlen (word) + 1);
        }

      if (exclude)
        {
          /* A word of several tokens is left out by that function alone:
           * its tokens apart are no reason to leave anybody out. */
          if (spans->len == 1)
            {
              if (excluded->len > 0)
                g_string_append (excluded, " OR ");
              append_tokens (excluded, word, spans, prefix);
            }
          query->n_excluded++;
        }
      else
        {
          if (included->len > 0)
            g_string_append (included, " AND ");
          append_tokens (included, word, spans, prefix);
          query->n_included_tokens += spans->len;
          query->n_included++;
        }
    }
  tokenizer.api.xDelete (tokenizer.tokenizer);

  /* FTS5 cannot list everything but some words: exclusions alone find nothing. */
  if (query->n_included == 0)
    return query;

  if (excluded->len > 0)
    query->match = g_strdup_printf ("(%s) NOT (%s)", included->str, excluded->str);
  else
    query->match = g_strdup_printf ("(%s)", included->str);
  if (phrases->len > 0)
    query->phrases = g_byte_array_free_to_bytes (g_steal_pointer (&phrases));

  return query;
}

void
sl_search_query_free (SlSearchQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->match);
  g_clear_pointer (&query->phrases, g_bytes_unref);
  g_free (query);
}
