/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a JobPosting's description, HTML or plain, into paragraphs, items and headings, and those into a posting's sections. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SL_TEXT_BLOCK_PARA,
  SL_TEXT_BLOCK_ITEM,
  SL_TEXT_BLOCK_HEADING,
} SlTextBlockKind;

typedef struct
{
  SlTextBlockKind  kind;
  char            *text;
} SlTextBlock;

typedef struct
{
  GString   *description;
  GString   *about;
  GPtrArray *lists[3];
} SlBlockSections;

void       sl_text_block_free       (gpointer         data);
GPtrArray *sl_html_to_blocks        (const char      *html);
GPtrArray *sl_plain_to_blocks       (const char      *text);
GPtrArray *sl_description_to_blocks (const char      *text);
void       sl_block_sections_read   (SlBlockSections *sections,
                                     GPtrArray       *blocks);

G_END_DECLS
