/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterviewItem: one row of the Interviews area's flat list: a section or day header, an interview, or a note. */
#pragma once

#include <glib-object.h>

#include "sl-store.h"

G_BEGIN_DECLS

typedef enum
{
  SL_INTERVIEW_ITEM_SECTION,    /* "Upcoming", "Past" */
  SL_INTERVIEW_ITEM_DAY,        /* "Today", "Thursday, 3 December" */
  SL_INTERVIEW_ITEM_INTERVIEW,
  SL_INTERVIEW_ITEM_NOTE,       /* "No upcoming interviews" */
} SlInterviewItemType;

#define SL_TYPE_INTERVIEW_ITEM (sl_interview_item_get_type ())
G_DECLARE_FINAL_TYPE (SlInterviewItem, sl_interview_item, SL, INTERVIEW_ITEM, GObject)

/* Items are immutable: a change makes a new item, and the page splices
 * only the items that differ. */
SlInterviewItem          *sl_interview_item_new_header    (SlInterviewItemType       type,
                                                           const char               *title);
/* @first and @last: where the interview sits in its day's group. */
SlInterviewItem          *sl_interview_item_new_interview (const SlInterviewSummary *summary,
                                                           gboolean                  first,
                                                           gboolean                  last);
SlInterviewItemType       sl_interview_item_get_item_type (SlInterviewItem          *self);
const char               *sl_interview_item_get_title     (SlInterviewItem          *self);
/* NULL unless an interview. */
const SlInterviewSummary *sl_interview_item_get_summary   (SlInterviewItem          *self);
gboolean                  sl_interview_item_get_first     (SlInterviewItem          *self);
gboolean                  sl_interview_item_get_last      (SlInterviewItem          *self);
gboolean                  sl_interview_item_equal         (SlInterviewItem          *a,
                                                           SlInterviewItem          *b);

G_END_DECLS
