/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterviewRow: how one item of the Interviews area looks: a header, a note or an interview card. */
#pragma once

#include <adwaita.h>

#include "sl-interview-item.h"

G_BEGIN_DECLS

#define SL_TYPE_INTERVIEW_ROW (sl_interview_row_get_type ())
G_DECLARE_FINAL_TYPE (SlInterviewRow, sl_interview_row, SL, INTERVIEW_ROW, AdwBin)

GtkWidget       *sl_interview_row_new           (void);
/* Shows @item (nullable: shows nothing). */
void             sl_interview_row_set_item      (SlInterviewRow *self,
                                                 SlInterviewItem *item);
SlInterviewItem *sl_interview_row_get_item      (SlInterviewRow *self);
/* What the row shows as its time line, and what it tells a screen reader. */
const char      *sl_interview_row_get_time_text (SlInterviewRow *self);
const char      *sl_interview_row_get_accessible_text (SlInterviewRow *self);

/* "15:00–16:00" in @local (the user's zone when NULL), and when the
 * interview was planned in a zone that is not @local and whose clock
 * differs at that time, " · 09:00 New York" after it. */
char            *sl_interview_format_times      (const SlInterviewSummary *summary,
                                                 GTimeZone                *local);
/* The translated name of a kind's storage word ("phone_screen" → "Phone
 * screen"); an unknown word is shown as it is written, tidied. */
char            *sl_interview_kind_to_label     (const char               *kind);

G_END_DECLS
