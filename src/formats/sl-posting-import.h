/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a posting file of either kind, text or JSON-LD, within a size limit. */
#pragma once

#include <gio/gio.h>

#include "sl-posting.h"

G_BEGIN_DECLS

/* The largest posting Shortlist imports, text or JSON-LD: a real posting
 * is under 100 KiB, and a 50 MB file once became one 52 MB description
 * (318 MB at the peak). Documented in README.md and "posting import --help".
 * The parsers themselves take any length (the benchmark and the fuzz
 * targets call them): the limit is where a file or a paste comes in. */
#define SL_POSTING_IMPORT_MAX_BYTES (1024 * 1024)

gboolean   sl_posting_import_check_size  (gsize          length,
                                          GError       **error);
char      *sl_posting_import_read        (GInputStream  *stream,
                                          gsize         *length,
                                          GCancellable  *cancellable,
                                          GError       **error);
SlPosting *sl_posting_import_parse       (const char    *data,
                                          gsize          length,
                                          GDateTime     *now,
                                          GError       **error);
void       sl_posting_import_file_async  (GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
SlPosting *sl_posting_import_file_finish (GFile         *file,
                                          GAsyncResult  *result,
                                          GError       **error);

G_END_DECLS
