/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlSearchQuery: what a person typed in a search field, turned into a safe FTS5 MATCH expression. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The most words a query keeps; the rest are ignored. */
#define SL_SEARCH_QUERY_MAX_TERMS 16

typedef struct
{
  /* The FTS5 expression to bind to MATCH, or NULL when there is nothing to
   * search for (empty, only punctuation, or only exclusions). */
  char  *match;
  /* How many words must match, and how many exclude. */
  guint  n_included;
  guint  n_excluded;
  /* How many quoted strings of the match the words that must match make:
   * they come first. */
  guint  n_included_tokens;
  /* The words of several tokens ("jean-luc", "a phrase"), whose tokens must
   * also follow each other (or, for an exclusion, must not): the second
   * argument of the search function that sl_store_search_register() adds,
   * or NULL when there is none. */
  GBytes *phrases;
} SlSearchQuery;

/* Parses @text: words separated by white space, each a prefix ("jo" finds
 * "José"); "-word" excludes; "a phrase in quotes" matches those words in
 * that order. Every word is split into the search index's tokens by @db's
 * FTS5 tokenizer and each token is passed to FTS5 as a quoted string, so
 * operators and syntax characters in @text are only ever text. Never fails. */
SlSearchQuery *sl_search_query_parse (sqlite3       *db,
                                      const char    *text);
void           sl_search_query_free  (SlSearchQuery *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlSearchQuery, sl_search_query_free)

G_END_DECLS
