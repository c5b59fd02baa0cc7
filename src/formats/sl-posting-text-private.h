/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers of the plain-text posting importer that the other formats share. */
#pragma once

#include <glib.h>

#include "sl-posting-sections.h"

G_BEGIN_DECLS

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

G_END_DECLS
