/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingBasicsSection: the posting editor's first group: title, status, department, hiring manager, organization and openings. */
#pragma once

#include <adwaita.h>

#include "sl-posting-editor-section.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_BASICS_SECTION (sl_posting_basics_section_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingBasicsSection, sl_posting_basics_section, SL, POSTING_BASICS_SECTION, AdwPreferencesGroup)

G_END_DECLS
