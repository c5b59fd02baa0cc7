/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingSalarySection: the posting editor's "Salary" group: the range, its currency and what it is paid per. */
#pragma once

#include <adwaita.h>

#include "sl-posting-editor-section.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_SALARY_SECTION (sl_posting_salary_section_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingSalarySection, sl_posting_salary_section, SL, POSTING_SALARY_SECTION, AdwPreferencesGroup)

G_END_DECLS
