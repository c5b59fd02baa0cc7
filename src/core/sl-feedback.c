/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlFeedback: an interviewer's recommendation after an interview. */
#define G_LOG_DOMAIN "sl-feedback"

#include "config.h"

#include "sl-enums.h"
#include "sl-feedback.h"

struct _SlFeedback
{
  SlRecord parent_instance;

  char                 *interview_id;
  char                 *interviewer;
  SlRecommendation      recommendation;
  char                 *notes;
};

G_DEFINE_FINAL_TYPE (SlFeedback, sl_feedback, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INTERVIEW_ID,
  PROP_INTERVIEWER,
  PROP_RECOMMENDATION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_feedback_finalize (GObject *object)
{
  SlFeedback *self = SL_FEEDBACK (object);

  g_clear_pointer (&self->interview_id, g_free);
  g_clear_pointer (&self->interviewer, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (sl_feedback_parent_class)->finalize (object);
}

static void
sl_feedback_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlFeedback *self = SL_FEEDBACK (object);

  switch (prop_id)
    {
    case PROP_INTERVIEW_ID:
      g_value_set_string (value, self->interview_id);
      break;
    case PROP_INTERVIEWER:
      g_value_set_string (value, self->interviewer);
      break;
    case PROP_RECOMMENDATION:
      g_value_set_enum (value, self->recommendation);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_feedback_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SlFeedback *self = SL_FEEDBACK (object);

  switch (prop_id)
    {
    case PROP_INTERVIEW_ID:
      sl_feedback_set_interview_id (self, g_value_get_string (value));
      break;
    case PROP_INTERVIEWER:
      sl_feedback_set_interviewer (self, g_value_get_string (value));
      break;
    case PROP_RECOMMENDATION:
      sl_feedback_set_recommendation (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      sl_feedback_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_feedback_class_init (SlFeedbackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_feedback_finalize;
  object_class->get_property = sl_feedback_get_property;
  object_class->set_property = sl_feedback_set_property;

  record_class->record_type = "feedback";

  properties[PROP_INTERVIEW_ID] =
    g_param_spec_string ("interview-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_INTERVIEWER] =
    g_param_spec_string ("interviewer", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECOMMENDATION] =
    g_param_spec_enum ("recommendation", NULL, NULL,
                       SL_TYPE_RECOMMENDATION, SL_RECOMMENDATION_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_feedback_init (SlFeedback *self)
{
  self->recommendation = SL_RECOMMENDATION_NONE;
}

/**
 * sl_feedback_new:
 *
 * Returns: (transfer full): a new, unsaved feedback
 */
SlFeedback *
sl_feedback_new (void)
{
  return g_object_new (SL_TYPE_FEEDBACK, NULL);
}

/**
 * sl_feedback_copy:
 * @self: a #SlFeedback
 *
 * Returns: (transfer full): a deep copy of @self, id and revision included
 */
SlFeedback *
sl_feedback_copy (SlFeedback *self)
{
  SlRecord *record = (SlRecord *) self;
  SlFeedback *copy;

  g_return_val_if_fail (SL_IS_FEEDBACK (self), NULL);

  copy = sl_feedback_new ();
  sl_record_set_id (SL_RECORD (copy), sl_record_get_id (record));
  sl_record_set_created_at (SL_RECORD (copy), sl_record_get_created_at (record));
  sl_record_set_updated_at (SL_RECORD (copy), sl_record_get_updated_at (record));
  sl_record_set_rev (SL_RECORD (copy), sl_record_get_rev (record));
  sl_record_set_deleted (SL_RECORD (copy), sl_record_get_deleted (record));
  copy->interview_id = g_strdup (self->interview_id);
  copy->interviewer = g_strdup (self->interviewer);
  copy->recommendation = self->recommendation;
  copy->notes = g_strdup (self->notes);

  return copy;
}

const char *
sl_feedback_get_interview_id (SlFeedback *self)
{
  g_return_val_if_fail (SL_IS_FEEDBACK (self), NULL);

  return self->interview_id;
}

void
sl_feedback_set_interview_id (SlFeedback *self,
                              const char *interview_id)
{
  g_return_if_fail (SL_IS_FEEDBACK (self));

  if (sl_set_str (&self->interview_id, interview_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEW_ID]);
}

const char *
sl_feedback_get_interviewer (SlFeedback *self)
{
  g_return_val_if_fail (SL_IS_FEEDBACK (self), NULL);

  return self->interviewer;
}

void
sl_feedback_set_interviewer (SlFeedback *self,
                             const char *interviewer)
{
  g_return_if_fail (SL_IS_FEEDBACK (self));

  if (sl_set_str (&self->interviewer, interviewer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER]);
}

SlRecommendation
sl_feedback_get_recommendation (SlFeedback *self)
{
  g_return_val_if_fail (SL_IS_FEEDBACK (self), SL_RECOMMENDATION_NONE);

  return self->recommendation;
}

void
sl_feedback_set_recommendation (SlFeedback       *self,
                                SlRecommendation  recommendation)
{
  g_return_if_fail (SL_IS_FEEDBACK (self));

  if (self->recommendation == recommendation)
    return;
  self->recommendation = recommendation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATION]);
}

const char *
sl_feedback_get_notes (SlFeedback *self)
{
  g_return_val_if_fail (SL_IS_FEEDBACK (self), NULL);

  return self->notes;
}

void
sl_feedback_set_notes (SlFeedback *self,
                       const char *notes)
{
  g_return_if_fail (SL_IS_FEEDBACK (self));

  if (sl_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
