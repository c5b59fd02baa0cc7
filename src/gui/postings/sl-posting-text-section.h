/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingTextSection: a posting editor group that edits one text of several lines (summary, description). */
#pragma once

#include <adwaita.h>

#include "sl-posting-editor-section.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_TEXT_SECTION (sl_posting_text_section_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingTextSection, sl_posting_text_section, SL, POSTING_TEXT_SECTION, AdwPreferencesGroup)

/* Properties (construct-only): "field", the text it edits: "summary" or
 * "description"; "text-height", the text view's height request. The text
 * view is named for screen readers after the group's title. Its buffer has
 * no undo of its own: the editor's covers it. */

GtkWidget *sl_posting_text_section_new (const char *field);

G_END_DECLS
