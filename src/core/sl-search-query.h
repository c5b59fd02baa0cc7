/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlSearchQuery: what a person typed in a search field, turned into a safe FTS5 MATCH expression. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most words a query keeps; the rest are ignored. */
#define SL_SEARCH_QUERY_MAX_TERMS 16

typedef struct
{
  /* The FTS5 expression to bind to MATCH, or NULL when there is nothing to
   * search for (empty, only punctuation, or only exclusions). */
  char  *match;
  /* The same expression restricted to the name column. */
  char  *name_match;
  /* How many words must match, and how many exclude. */
  guint  n_included;
  guint  n_excluded;
  /* The length in characters of the shortest word that must match. */
  guint  shortest;
} SlSearchQuery;

/* Parses @text: words separated by white space, each a prefix ("jo" finds
 * "José"); "-word" excludes; "a phrase in quotes" matches those words in
 * that order. Every word is passed to FTS5 as a quoted string, so operators
 * and syntax characters in @text are only ever text. Never fails. */
SlSearchQuery *sl_search_query_parse (const char    *text);
void           sl_search_query_free  (SlSearchQuery *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlSearchQuery, sl_search_query_free)

G_END_DECLS
