/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a job posting pasted or saved as plain text into an SlPosting. */
#pragma once

#include "sl-posting.h"

G_BEGIN_DECLS

SlPosting *sl_posting_text_parse (const char  *text,
                                  gssize       length,
                                  GDateTime   *now,
                                  GError     **error);

G_END_DECLS
