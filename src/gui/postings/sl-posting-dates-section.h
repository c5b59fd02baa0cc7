/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingDatesSection: the posting editor's "Dates" group: when a posting was published and its last day, typed or picked. */
#pragma once

#include <adwaita.h>

#include "sl-posting-editor-section.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_DATES_SECTION (sl_posting_dates_section_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingDatesSection, sl_posting_dates_section, SL, POSTING_DATES_SECTION, AdwPreferencesGroup)

G_END_DECLS
