/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the dates job postings and the posting editor give ("3 March 2025", "2 days ago") as YYYY-MM-DD. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sl_date_parse           (const char *text,
                               GDateTime  *now);
char *sl_date_read_iso_prefix (const char *text);

G_END_DECLS
