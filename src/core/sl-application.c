/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApplication: a candidate's application to one posting and its place on the board. */
#define G_LOG_DOMAIN "sl-application"

#include "config.h"

#include "sl-enums.h"
#include "sl-application.h"

struct _SlApplication
{
  SlRecord parent_instance;

  char                 *candidate_id;
  char                 *posting_id;
  char                 *stage_id;
  double                position;
  SlApplicationStatus   status;
  char                 *rejection_reason;
  int                   rating;
  gint64                applied_at;
  gint64                stage_entered_at;
  char                 *candidate_name;
  char                 *candidate_headline;
  char                **candidate_tags;
  gint64                next_interview_at;
};

G_DEFINE_FINAL_TYPE (SlApplication, sl_application, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CANDIDATE_ID,
  PROP_POSTING_ID,
  PROP_STAGE_ID,
  PROP_POSITION,
  PROP_STATUS,
  PROP_REJECTION_REASON,
  PROP_RATING,
  PROP_APPLIED_AT,
  PROP_STAGE_ENTERED_AT,
  PROP_CANDIDATE_NAME,
  PROP_CANDIDATE_HEADLINE,
  PROP_CANDIDATE_TAGS,
  PROP_NEXT_INTERVIEW_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_application_finalize (GObject *object)
{
  SlApplication *self = SL_APPLICATION (object);

  g_clear_pointer (&self->candidate_id, g_free);
  g_clear_pointer (&self->posting_id, g_free);
  g_clear_pointer (&self->stage_id, g_free);
  g_clear_pointer (&self->rejection_reason, g_free);
  g_clear_pointer (&self->candidate_name, g_free);
  g_clear_pointer (&self->candidate_headline, g_free);
  g_clear_pointer (&self->candidate_tags, g_strfreev);

  G_OBJECT_CLASS (sl_application_parent_class)->finalize (object);
}

static void
sl_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SlApplication *self = SL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CANDIDATE_ID:
      g_value_set_string (value, self->candidate_id);
      break;
    case PROP_POSTING_ID:
      g_value_set_string (value, self->posting_id);
      break;
    case PROP_STAGE_ID:
      g_value_set_string (value, self->stage_id);
      break;
    case PROP_POSITION:
      g_value_set_double (value, self->position);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_REJECTION_REASON:
      g_value_set_string (value, self->rejection_reason);
      break;
    case PROP_RATING:
      g_value_set_int (value, self->rating);
      break;
    case PROP_APPLIED_AT:
      g_value_set_int64 (value, self->applied_at);
      break;
    case PROP_STAGE_ENTERED_AT:
      g_value_set_int64 (value, self->stage_entered_at);
      break;
    case PROP_CANDIDATE_NAME:
      g_value_set_string (value, self->candidate_name);
      break;
    case PROP_CANDIDATE_HEADLINE:
      g_value_set_string (value, self->candidate_headline);
      break;
    case PROP_CANDIDATE_TAGS:
      g_value_set_boxed (value, self->candidate_tags);
      break;
    case PROP_NEXT_INTERVIEW_AT:
      g_value_set_int64 (value, self->next_interview_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SlApplication *self = SL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CANDIDATE_ID:
      sl_application_set_candidate_id (self, g_value_get_string (value));
      break;
    case PROP_POSTING_ID:
      sl_application_set_posting_id (self, g_value_get_string (value));
      break;
    case PROP_STAGE_ID:
      sl_application_set_stage_id (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      sl_application_set_position (self, g_value_get_double (value));
      break;
    case PROP_STATUS:
      sl_application_set_status (self, g_value_get_enum (value));
      break;
    case PROP_REJECTION_REASON:
      sl_application_set_rejection_reason (self, g_value_get_string (value));
      break;
    case PROP_RATING:
      sl_application_set_rating (self, g_value_get_int (value));
      break;
    case PROP_APPLIED_AT:
      sl_application_set_applied_at (self, g_value_get_int64 (value));
      break;
    case PROP_STAGE_ENTERED_AT:
      sl_application_set_stage_entered_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_class_init (SlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_application_finalize;
  object_class->get_property = sl_application_get_property;
  object_class->set_property = sl_application_set_property;

  record_class->record_type = "application";

  properties[PROP_CANDIDATE_ID] =
    g_param_spec_string ("candidate-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSTING_ID] =
    g_param_spec_string ("posting-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STAGE_ID] =
    g_param_spec_string ("stage-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSITION] =
    g_param_spec_double ("position", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       SL_TYPE_APPLICATION_STATUS, SL_APPLICATION_STATUS_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REJECTION_REASON] =
    g_param_spec_string ("rejection-reason", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL,
                      0, 5, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_APPLIED_AT] =
    g_param_spec_int64 ("applied-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STAGE_ENTERED_AT] =
    g_param_spec_int64 ("stage-entered-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CANDIDATE_NAME] =
    g_param_spec_string ("candidate-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CANDIDATE_HEADLINE] =
    g_param_spec_string ("candidate-headline", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CANDIDATE_TAGS] =
    g_param_spec_boxed ("candidate-tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NEXT_INTERVIEW_AT] =
    g_param_spec_int64 ("next-interview-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_application_init (SlApplication *self)
{
  self->status = SL_APPLICATION_STATUS_ACTIVE;
}

/**
 * sl_application_new:
 *
 * Returns: (transfer full): a new, unsaved application
 */
SlApplication *
sl_application_new (void)
{
  return g_object_new (SL_TYPE_APPLICATION, NULL);
}

/**
 * sl_application_copy:
 * @self: a #SlApplication
 *
 * Returns: (transfer full): a deep copy of @self, id and revision included
 */
SlApplication *
sl_application_copy (SlApplication *self)
{
  SlRecord *record = (SlRecord *) self;
  SlApplication *copy;

  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  copy = sl_application_new ();
  sl_record_set_id (SL_RECORD (copy), sl_record_get_id (record));
  sl_record_set_created_at (SL_RECORD (copy), sl_record_get_created_at (record));
  sl_record_set_updated_at (SL_RECORD (copy), sl_record_get_updated_at (record));
  sl_record_set_rev (SL_RECORD (copy), sl_record_get_rev (record));
  sl_record_set_deleted (SL_RECORD (copy), sl_record_get_deleted (record));
  copy->candidate_id = g_strdup (self->candidate_id);
  copy->posting_id = g_strdup (self->posting_id);
  copy->stage_id = g_strdup (self->stage_id);
  copy->position = self->position;
  copy->status = self->status;
  copy->rejection_reason = g_strdup (self->rejection_reason);
  copy->rating = self->rating;
  copy->applied_at = self->applied_at;
  copy->stage_entered_at = self->stage_entered_at;
  copy->candidate_name = g_strdup (self->candidate_name);
  copy->candidate_headline = g_strdup (self->candidate_headline);
  copy->candidate_tags = g_strdupv (self->candidate_tags);
  copy->next_interview_at = self->next_interview_at;

  return copy;
}

const char *
sl_application_get_candidate_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->candidate_id;
}

void
sl_application_set_candidate_id (SlApplication *self,
                                 const char    *candidate_id)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_str (&self->candidate_id, candidate_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE_ID]);
}

const char *
sl_application_get_posting_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->posting_id;
}

void
sl_application_set_posting_id (SlApplication *self,
                               const char    *posting_id)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_str (&self->posting_id, posting_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING_ID]);
}

const char *
sl_application_get_stage_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->stage_id;
}

void
sl_application_set_stage_id (SlApplication *self,
                             const char    *stage_id)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_str (&self->stage_id, stage_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_ID]);
}

double
sl_application_get_position (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0.0);

  return self->position;
}

void
sl_application_set_position (SlApplication *self,
                             double         position)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

SlApplicationStatus
sl_application_get_status (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), SL_APPLICATION_STATUS_ACTIVE);

  return self->status;
}

void
sl_application_set_status (SlApplication       *self,
                           SlApplicationStatus  status)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
sl_application_get_rejection_reason (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->rejection_reason;
}

void
sl_application_set_rejection_reason (SlApplication *self,
                                     const char    *rejection_reason)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_str (&self->rejection_reason, rejection_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REJECTION_REASON]);
}

int
sl_application_get_rating (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);

  return self->rating;
}

void
sl_application_set_rating (SlApplication *self,
                           int            rating)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  g_return_if_fail (rating >= 0 && rating <= 5);

  if (self->rating == rating)
    return;
  self->rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

gint64
sl_application_get_applied_at (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);

  return self->applied_at;
}

void
sl_application_set_applied_at (SlApplication *self,
                               gint64         applied_at)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (self->applied_at == applied_at)
    return;
  self->applied_at = applied_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIED_AT]);
}

gint64
sl_application_get_stage_entered_at (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);

  return self->stage_entered_at;
}

void
sl_application_set_stage_entered_at (SlApplication *self,
                                     gint64         stage_entered_at)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (self->stage_entered_at == stage_entered_at)
    return;
  self->stage_entered_at = stage_entered_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_ENTERED_AT]);
}

const char *
sl_application_get_candidate_name (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->candidate_name;
}

void
sl_application_set_candidate_name (SlApplication *self,
                                   const char    *candidate_name)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_str (&self->candidate_name, candidate_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE_NAME]);
}

const char *
sl_application_get_candidate_headline (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->candidate_headline;
}

void
sl_application_set_candidate_headline (SlApplication *self,
                                       const char    *candidate_headline)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_str (&self->candidate_headline, candidate_headline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE_HEADLINE]);
}

const char * const *
sl_application_get_candidate_tags (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return (const char * const *) self->candidate_tags;
}

void
sl_application_set_candidate_tags (SlApplication      *self,
                                   const char * const *candidate_tags)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (sl_set_strv (&self->candidate_tags, candidate_tags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE_TAGS]);
}

gint64
sl_application_get_next_interview_at (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);

  return self->next_interview_at;
}

void
sl_application_set_next_interview_at (SlApplication *self,
                                      gint64         next_interview_at)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  if (self->next_interview_at == next_interview_at)
    return;
  self->next_interview_at = next_interview_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_INTERVIEW_AT]);
}
