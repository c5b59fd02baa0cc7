/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingPreview: a posting as a candidate reads it, in a read-only text view. */
#pragma once

#include <adwaita.h>

#include "sl-posting.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_PREVIEW (sl_posting_preview_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingPreview, sl_posting_preview, SL, POSTING_PREVIEW, AdwBin)

/* Property "posting": the posting shown (NULL shows nothing). Setting it,
 * even to the same posting, renders it again: the owner decides how often. */
GtkWidget   *sl_posting_preview_new           (void);
SlPosting   *sl_posting_preview_get_posting   (SlPostingPreview *self);
void         sl_posting_preview_set_posting   (SlPostingPreview *self,
                                               SlPosting        *posting);
/* What the preview shows, as plain text (for tests and assistive technologies). */
char        *sl_posting_preview_dup_text      (SlPostingPreview *self);
GtkTextView *sl_posting_preview_get_text_view (SlPostingPreview *self);

/* A posting's title as every postings widget shows it: "Untitled Posting" when it has none. */
const char  *sl_posting_preview_display_title (SlPosting        *posting);

G_END_DECLS
