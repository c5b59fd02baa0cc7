/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sections of a posting and their headings, in the order every renderer shows them. */

#define G_LOG_DOMAIN "sl-posting-sections"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-posting-sections.h"

/* The Markdown, text and HTML exports, the preview and the text importer
 * (which reads our own exports back by these headings) all follow this
 * table, so a heading is written once. */
static const SlPostingSectionInfo sections[] = {
  { SL_TEXT_SECTION_RESPONSIBILITIES, N_("Responsibilities"), sl_posting_get_responsibilities },
  { SL_TEXT_SECTION_QUALIFICATIONS, N_("Qualifications"), sl_posting_get_qualifications },
  { SL_TEXT_SECTION_NICE_TO_HAVE, N_("Nice to have"), sl_posting_get_nice_to_have },
  { SL_TEXT_SECTION_ABOUT, N_("About us"), NULL },
};

const SlPostingSectionInfo *
sl_posting_sections (guint *n_sections)
{
  g_return_val_if_fail (n_sections != NULL, NULL);

  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

const char *
sl_posting_section_heading (SlTextSection section)
{
  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    if (sections[i].section == section)
      return _(sections[i].heading);
  return NULL;
}
