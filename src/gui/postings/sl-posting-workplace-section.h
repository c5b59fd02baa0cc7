/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingWorkplaceSection: the posting editor's "Where and How" group (workplace and employment type). */
#pragma once

#include <adwaita.h>

#include "sl-posting-editor-section.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_WORKPLACE_SECTION (sl_posting_workplace_section_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingWorkplaceSection, sl_posting_workplace_section, SL, POSTING_WORKPLACE_SECTION, AdwPreferencesGroup)

G_END_DECLS
