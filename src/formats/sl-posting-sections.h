/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sections of a posting: their headings, in the order every renderer shows them, and the headings postings use for them. */
#pragma once

#include "sl-posting.h"

G_BEGIN_DECLS

typedef enum {
  SL_TEXT_SECTION_NONE,             /* not a heading */
  SL_TEXT_SECTION_DESCRIPTION,      /* "Job description": a label, dropped */
  SL_TEXT_SECTION_OTHER,            /* "Benefits": kept in the description */
  SL_TEXT_SECTION_RESPONSIBILITIES,
  SL_TEXT_SECTION_QUALIFICATIONS,
  SL_TEXT_SECTION_NICE_TO_HAVE,
  SL_TEXT_SECTION_ABOUT,
} SlTextSection;

typedef struct
{
  SlTextSection        section;
  const char          *heading;  /* untranslated: sl_posting_section_heading() */
  /* the section's list items, or NULL for a text section (About us) */
  const char * const *(*get_items) (SlPosting *posting);
} SlPostingSectionInfo;

/* The headed sections (the lists, then About us), in order. */
const SlPostingSectionInfo *sl_posting_sections        (guint         *n_sections);
/* The translated heading of @section, or NULL when it has none. */
const char                 *sl_posting_section_heading (SlTextSection  section);

G_END_DECLS
