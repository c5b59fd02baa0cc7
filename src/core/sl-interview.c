/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterview: one interview of an application, planned in an IANA time zone. */
#define G_LOG_DOMAIN "sl-interview"

#include "config.h"

#include "sl-enums.h"
#include "sl-interview.h"

struct _SlInterview
{
  SlRecord parent_instance;

  char                 *application_id;
  char                 *kind;
  gint64                starts_at;
  gint64                ends_at;
  char                 *time_zone;
  char                 *location;
  char                 *video_link;
  char                **interviewers;
  SlInterviewStatus     status;
  char                 *ical_uid;
  int                   ical_sequence;
};

G_DEFINE_FINAL_TYPE (SlInterview, sl_interview, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_APPLICATION_ID,
  PROP_KIND,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_TIME_ZONE,
  PROP_LOCATION,
  PROP_VIDEO_LINK,
  PROP_INTERVIEWERS,
  PROP_STATUS,
  PROP_ICAL_UID,
  PROP_ICAL_SEQUENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_interview_finalize (GObject *object)
{
  SlInterview *self = SL_INTERVIEW (object);

  g_clear_pointer (&self->application_id, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->video_link, g_free);
  g_clear_pointer (&self->interviewers, g_strfreev);
  g_clear_pointer (&self->ical_uid, g_free);

  G_OBJECT_CLASS (sl_interview_parent_class)->finalize (object);
}

static void
sl_interview_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SlInterview *self = SL_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION_ID:
      g_value_set_string (value, self->application_id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_int64 (value, self->ends_at);
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_VIDEO_LINK:
      g_value_set_string (value, self->video_link);
      break;
    case PROP_INTERVIEWERS:
      g_value_set_boxed (value, self->interviewers);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ICAL_UID:
      g_value_set_string (value, self->ical_uid);
      break;
    case PROP_ICAL_SEQUENCE:
      g_value_set_int (value, self->ical_sequence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_interview_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SlInterview *self = SL_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION_ID:
      sl_interview_set_application_id (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      sl_interview_set_kind (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      sl_interview_set_starts_at (self, g_value_get_int64 (value));
      break;
    case PROP_ENDS_AT:
      sl_interview_set_ends_at (self, g_value_get_int64 (value));
      break;
    case PROP_TIME_ZONE:
      sl_interview_set_time_zone (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      sl_interview_set_location (self, g_value_get_string (value));
      break;
    case PROP_VIDEO_LINK:
      sl_interview_set_video_link (self, g_value_get_string (value));
      break;
    case PROP_INTERVIEWERS:
      sl_interview_set_interviewers (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      sl_interview_set_status (self, g_value_get_enum (value));
      break;
    case PROP_ICAL_UID:
      sl_interview_set_ical_uid (self, g_value_get_string (value));
      break;
    case PROP_ICAL_SEQUENCE:
      sl_interview_set_ical_sequence (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_interview_class_init (SlInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_interview_finalize;
  object_class->get_property = sl_interview_get_property;
  object_class->set_property = sl_interview_set_property;

  record_class->record_type = "interview";

  properties[PROP_APPLICATION_ID] =
    g_param_spec_string ("application-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VIDEO_LINK] =
    g_param_spec_string ("video-link", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_INTERVIEWERS] =
    g_param_spec_boxed ("interviewers", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       SL_TYPE_INTERVIEW_STATUS, SL_INTERVIEW_STATUS_SCHEDULED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ICAL_UID] =
    g_param_spec_string ("ical-uid", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ICAL_SEQUENCE] =
    g_param_spec_int ("ical-sequence", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_interview_init (SlInterview *self)
{
  self->status = SL_INTERVIEW_STATUS_SCHEDULED;
}

/**
 * sl_interview_new:
 *
 * Returns: (transfer full): a new, unsaved interview
 */
SlInterview *
sl_interview_new (void)
{
  return g_object_new (SL_TYPE_INTERVIEW, NULL);
}

/**
 * sl_interview_copy:
 * @self: a #SlInterview
 *
 * Returns: (transfer full): a deep copy of @self, id and revision included
 */
SlInterview *
sl_interview_copy (SlInterview *self)
{
  SlRecord *record = (SlRecord *) self;
  SlInterview *copy;

  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  copy = sl_interview_new ();
  sl_record_set_id (SL_RECORD (copy), sl_record_get_id (record));
  sl_record_set_created_at (SL_RECORD (copy), sl_record_get_created_at (record));
  sl_record_set_updated_at (SL_RECORD (copy), sl_record_get_updated_at (record));
  sl_record_set_rev (SL_RECORD (copy), sl_record_get_rev (record));
  sl_record_set_deleted (SL_RECORD (copy), sl_record_get_deleted (record));
  copy->application_id = g_strdup (self->application_id);
  copy->kind = g_strdup (self->kind);
  copy->starts_at = self->starts_at;
  copy->ends_at = self->ends_at;
  copy->time_zone = g_strdup (self->time_zone);
  copy->location = g_strdup (self->location);
  copy->video_link = g_strdup (self->video_link);
  copy->interviewers = g_strdupv (self->interviewers);
  copy->status = self->status;
  copy->ical_uid = g_strdup (self->ical_uid);
  copy->ical_sequence = self->ical_sequence;

  return copy;
}

const char *
sl_interview_get_application_id (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return self->application_id;
}

void
sl_interview_set_application_id (SlInterview *self,
                                 const char  *application_id)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_str (&self->application_id, application_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION_ID]);
}

const char *
sl_interview_get_kind (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return self->kind;
}

void
sl_interview_set_kind (SlInterview *self,
                       const char  *kind)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_str (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
sl_interview_get_starts_at (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), 0);

  return self->starts_at;
}

void
sl_interview_set_starts_at (SlInterview *self,
                            gint64       starts_at)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (self->starts_at == starts_at)
    return;
  self->starts_at = starts_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

gint64
sl_interview_get_ends_at (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), 0);

  return self->ends_at;
}

void
sl_interview_set_ends_at (SlInterview *self,
                          gint64       ends_at)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (self->ends_at == ends_at)
    return;
  self->ends_at = ends_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_AT]);
}

const char *
sl_interview_get_time_zone (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return self->time_zone;
}

void
sl_interview_set_time_zone (SlInterview *self,
                            const char  *time_zone)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_str (&self->time_zone, time_zone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

const char *
sl_interview_get_location (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return self->location;
}

void
sl_interview_set_location (SlInterview *self,
                           const char  *location)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
sl_interview_get_video_link (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return self->video_link;
}

void
sl_interview_set_video_link (SlInterview *self,
                             const char  *video_link)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_str (&self->video_link, video_link))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIDEO_LINK]);
}

const char * const *
sl_interview_get_interviewers (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return (const char * const *) self->interviewers;
}

void
sl_interview_set_interviewers (SlInterview        *self,
                               const char * const *interviewers)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_strv (&self->interviewers, interviewers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWERS]);
}

SlInterviewStatus
sl_interview_get_status (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), SL_INTERVIEW_STATUS_SCHEDULED);

  return self->status;
}

void
sl_interview_set_status (SlInterview       *self,
                         SlInterviewStatus  status)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
sl_interview_get_ical_uid (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), NULL);

  return self->ical_uid;
}

void
sl_interview_set_ical_uid (SlInterview *self,
                           const char  *ical_uid)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  if (sl_set_str (&self->ical_uid, ical_uid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICAL_UID]);
}

int
sl_interview_get_ical_sequence (SlInterview *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW (self), 0);

  return self->ical_sequence;
}

void
sl_interview_set_ical_sequence (SlInterview *self,
                                int          ical_sequence)
{
  g_return_if_fail (SL_IS_INTERVIEW (self));

  g_return_if_fail (ical_sequence >= 0);

  if (self->ical_sequence == ical_sequence)
    return;
  self->ical_sequence = ical_sequence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICAL_SEQUENCE]);
}
