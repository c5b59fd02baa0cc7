/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterviewItem: one row of the Interviews area's flat list: a section or day header, an interview, or a note. */
#define G_LOG_DOMAIN "sl-interview-item"

#include "config.h"

#include "sl-interview-item.h"

struct _SlInterviewItem
{
  GObject              parent_instance;

  SlInterviewItemType  type;
  char                *title;
  SlInterviewSummary  *summary;
  gboolean             first;
  gboolean             last;
};

G_DEFINE_FINAL_TYPE (SlInterviewItem, sl_interview_item, G_TYPE_OBJECT)

static void
sl_interview_item_finalize (GObject *object)
{
  SlInterviewItem *self = SL_INTERVIEW_ITEM (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, sl_interview_summary_free);

  G_OBJECT_CLASS (sl_interview_item_parent_class)->finalize (object);
}

static void
sl_interview_item_class_init (SlInterviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sl_interview_item_finalize;
}

static void
sl_interview_item_init (SlInterviewItem *self)
{
}

SlInterviewItem *
sl_interview_item_new_header (SlInterviewItemType  type,
                              const char          *title)
{
  SlInterviewItem *self;

  g_return_val_if_fail (type != SL_INTERVIEW_ITEM_INTERVIEW, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (SL_TYPE_INTERVIEW_ITEM, NULL);
  self->type = type;
  self->title = g_strdup (title);

  return self;
}

SlInterviewItem *
sl_interview_item_new_interview (const SlInterviewSummary *summary,
                                 gboolean                  first,
                                 gboolean                  last)
{
  SlInterviewItem *self;

  g_return_val_if_fail (summary != NULL, NULL);

  self = g_object_new (SL_TYPE_INTERVIEW_ITEM, NULL);
  self->type = SL_INTERVIEW_ITEM_INTERVIEW;
  self->summary = sl_interview_summary_copy (summary);
  self->title = g_strdup (summary->candidate_name);
  self->first = !!first;
  self->last = !!last;

  return self;
}

SlInterviewItemType
sl_interview_item_get_item_type (SlInterviewItem *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (self), SL_INTERVIEW_ITEM_NOTE);

  return self->type;
}

const char *
sl_interview_item_get_title (SlInterviewItem *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (self), NULL);

  return self->title != NULL ? self->title : "";
}

const SlInterviewSummary *
sl_interview_item_get_summary (SlInterviewItem *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (self), NULL);

  return self->summary;
}

gboolean
sl_interview_item_get_first (SlInterviewItem *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (self), FALSE);

  return self->first;
}

gboolean
sl_interview_item_get_last (SlInterviewItem *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (self), FALSE);

  return self->last;
}

static gboolean
summaries_equal (const SlInterviewSummary *a,
                 const SlInterviewSummary *b)
{
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->candidate_id, b->candidate_id) == 0 &&
         g_strcmp0 (a->candidate_name, b->candidate_name) == 0 &&
         g_strcmp0 (a->posting_title, b->posting_title) == 0 &&
         g_strcmp0 (a->kind, b->kind) == 0 &&
         a->starts_at == b->starts_at &&
         a->ends_at == b->ends_at &&
         g_strcmp0 (a->time_zone, b->time_zone) == 0 &&
         g_strv_equal ((const char * const *) a->interviewers, (const char * const *) b->interviewers) &&
         a->status == b->status &&
         g_strcmp0 (a->location, b->location) == 0 &&
         g_strcmp0 (a->video_link, b->video_link) == 0;
}

gboolean
sl_interview_item_equal (SlInterviewItem *a,
                         SlInterviewItem *b)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (a), FALSE);
  g_return_val_if_fail (SL_IS_INTERVIEW_ITEM (b), FALSE);

  if (a->type != b->type || a->first != b->first || a->last != b->last ||
      g_strcmp0 (a->title, b->title) != 0)
    return FALSE;
  if (a->summary == NULL || b->summary == NULL)
    return a->summary == b->summary;

  return summaries_equal (a->summary, b->summary);
}
