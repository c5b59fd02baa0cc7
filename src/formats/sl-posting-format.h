/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A posting's file formats: telling text from JSON-LD, and exporting in a format chosen by name or file name. */
#pragma once

#include "sl-posting.h"

G_BEGIN_DECLS

typedef enum
{
  SL_POSTING_FORMAT_JSONLD,    /* schema.org JobPosting */
  SL_POSTING_FORMAT_MARKDOWN,
  SL_POSTING_FORMAT_TEXT,      /* plain text; Markdown imports as text too */
} SlPostingFormat;

SlPostingFormat sl_posting_format_detect        (const char       *data,
                                                 gsize             length);
gboolean        sl_posting_format_from_name     (const char       *name,
                                                 SlPostingFormat  *format);
gboolean        sl_posting_format_from_filename (const char       *filename,
                                                 SlPostingFormat  *format);
char           *sl_posting_export               (SlPosting        *posting,
                                                 SlPostingFormat   format,
                                                 const char       *default_organization,
                                                 GError          **error);

G_END_DECLS
