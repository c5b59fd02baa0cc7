/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Markdown and plain-text renderings of an SlPosting, as a candidate reads it. */
#pragma once

#include "sl-posting.h"

G_BEGIN_DECLS

char *sl_posting_to_markdown (SlPosting *posting);
char *sl_posting_to_text     (SlPosting *posting);

/* "€60,000 – €80,000 per year", or NULL when the posting gives no salary. */
char *sl_posting_format_salary (SlPosting *posting);

G_END_DECLS
