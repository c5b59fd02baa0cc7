/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingListSection: a posting editor group that edits one list of strings (locations, responsibilities, …). */
#pragma once

#include <adwaita.h>

#include "sl-posting-editor-section.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_LIST_SECTION (sl_posting_list_section_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingListSection, sl_posting_list_section, SL, POSTING_LIST_SECTION, AdwPreferencesGroup)

/* Properties (construct-only): "field", the list it edits: "locations",
 * "responsibilities", "qualifications" or "nice-to-have"; "list-title" and
 * "add-label", its SlStringListEditor's "title" and "add-label". */

GtkWidget *sl_posting_list_section_new (const char *field);

G_END_DECLS
