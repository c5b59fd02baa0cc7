/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers of the plain-text posting importer that the other formats share. */
#pragma once

#include <glib.h>

#include "sl-posting-sections.h"

G_BEGIN_DECLS

/* Lines longer than this are never headings. */
#define SL_POSTING_TEXT_HEADING_MAX 80

/* Classifies one trimmed line as a known section heading (any case, with or
 * without a trailing colon, Markdown "#"/"**" allowed). */
SlTextSection sl_posting_text_classify_heading (const char *line);

/* Normalizes @text in place: NBSP, tabs and runs of spaces become one space,
 * zero-width characters go, and the result is trimmed. */
void          sl_posting_text_clean_inline     (GString    *text);

/* A word or phrase of a table, and what it means. */
typedef struct
{
  const char *name;
  int         kind;
} SlTextEntry;

/* The kind of @folded in @table, or -1. */
int           sl_posting_text_lookup           (const SlTextEntry *table,
                                                gsize              n,
                                                const char        *folded);

/* The section a heading of the table names (@folded by
 * sl_posting_text_fold()), or -1: no guessing, no "About Acme". */
int           sl_posting_text_lookup_heading   (const char        *folded);

/* sl-posting-text-clean.c: appends @len bytes of @p to @out with spaces
 * collapsed and trimmed; returns the number of leading spaces. */
guint         sl_posting_text_append_clean     (GString           *out,
                                                const char        *p,
                                                gsize              len);
/* Lower-cases @line for comparisons: curly apostrophes and dashes become
 * ASCII, Markdown emphasis and heading marks and a trailing colon go. */
char         *sl_posting_text_fold             (const char        *line);

/* sl-posting-text-lines.c */
const char   *sl_posting_text_strip_bullet     (const char        *line);
gboolean      sl_posting_text_looks_like_heading (const char      *line);
char         *sl_posting_text_strip_strong     (const char        *text);
gboolean      sl_posting_text_is_rule          (const char        *line);
char         *sl_posting_text_company_from_sentence (const char   *line);

G_END_DECLS
