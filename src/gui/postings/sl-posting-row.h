/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingRow: one posting in the postings sidebar (title, location, status, active candidates). */
#pragma once

#include <adwaita.h>

#include "sl-posting.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_ROW (sl_posting_row_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingRow, sl_posting_row, SL, POSTING_ROW, AdwBin)

GtkWidget *sl_posting_row_new         (void);
SlPosting *sl_posting_row_get_posting (SlPostingRow *self);
void       sl_posting_row_set_posting (SlPostingRow *self,
                                       SlPosting    *posting);

G_END_DECLS
