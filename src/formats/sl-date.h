/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the dates job postings give ("3 March 2025", "2 days ago") as YYYY-MM-DD. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sl_date_parse (const char *folded,
                     GDateTime  *now);

G_END_DECLS
