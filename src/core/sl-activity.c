/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlActivity: one entry of the audit trail. */
#define G_LOG_DOMAIN "sl-activity"

#include "config.h"

#include "sl-activity.h"

struct _SlActivity
{
  SlRecord parent_instance;

  char                 *record_type;
  char                 *record_id;
  char                 *action;
  char                 *field;
  char                 *old_value;
  char                 *new_value;
};

G_DEFINE_FINAL_TYPE (SlActivity, sl_activity, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_RECORD_ID,
  PROP_ACTION,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_activity_finalize (GObject *object)
{
  SlActivity *self = SL_ACTIVITY (object);

  g_clear_pointer (&self->record_type, g_free);
  g_clear_pointer (&self->record_id, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);

  G_OBJECT_CLASS (sl_activity_parent_class)->finalize (object);
}

static void
sl_activity_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlActivity *self = SL_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      g_value_set_string (value, self->record_type);
      break;
    case PROP_RECORD_ID:
      g_value_set_string (value, self->record_id);
      break;
    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_OLD_VALUE:
      g_value_set_string (value, self->old_value);
      break;
    case PROP_NEW_VALUE:
      g_value_set_string (value, self->new_value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_activity_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SlActivity *self = SL_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      sl_activity_set_record_type (self, g_value_get_string (value));
      break;
    case PROP_RECORD_ID:
      sl_activity_set_record_id (self, g_value_get_string (value));
      break;
    case PROP_ACTION:
      sl_activity_set_action (self, g_value_get_string (value));
      break;
    case PROP_FIELD:
      sl_activity_set_field (self, g_value_get_string (value));
      break;
    case PROP_OLD_VALUE:
      sl_activity_set_old_value (self, g_value_get_string (value));
      break;
    case PROP_NEW_VALUE:
      sl_activity_set_new_value (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_activity_class_init (SlActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_activity_finalize;
  object_class->get_property = sl_activity_get_property;
  object_class->set_property = sl_activity_set_property;

  record_class->record_type = "activity";

  properties[PROP_RECORD_TYPE] =
    g_param_spec_string ("subject-type", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD_ID] =
    g_param_spec_string ("subject-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_activity_init (SlActivity *self)
{
}

/**
 * sl_activity_new:
 *
 * Returns: (transfer full): a new, unsaved activity
 */
SlActivity *
sl_activity_new (void)
{
  return g_object_new (SL_TYPE_ACTIVITY, NULL);
}

/**
 * sl_activity_copy:
 * @self: a #SlActivity
 *
 * Returns: (transfer full): a deep copy of @self, id and revision included
 */
SlActivity *
sl_activity_copy (SlActivity *self)
{
  SlRecord *record = (SlRecord *) self;
  SlActivity *copy;

  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  copy = sl_activity_new ();
  sl_record_set_id (SL_RECORD (copy), sl_record_get_id (record));
  sl_record_set_created_at (SL_RECORD (copy), sl_record_get_created_at (record));
  sl_record_set_updated_at (SL_RECORD (copy), sl_record_get_updated_at (record));
  sl_record_set_rev (SL_RECORD (copy), sl_record_get_rev (record));
  sl_record_set_deleted (SL_RECORD (copy), sl_record_get_deleted (record));
  copy->record_type = g_strdup (self->record_type);
  copy->record_id = g_strdup (self->record_id);
  copy->action = g_strdup (self->action);
  copy->field = g_strdup (self->field);
  copy->old_value = g_strdup (self->old_value);
  copy->new_value = g_strdup (self->new_value);

  return copy;
}

const char *
sl_activity_get_record_type (SlActivity *self)
{
  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  return self->record_type;
}

void
sl_activity_set_record_type (SlActivity *self,
                             const char *record_type)
{
  g_return_if_fail (SL_IS_ACTIVITY (self));

  if (sl_set_str (&self->record_type, record_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_TYPE]);
}

const char *
sl_activity_get_record_id (SlActivity *self)
{
  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  return self->record_id;
}

void
sl_activity_set_record_id (SlActivity *self,
                           const char *record_id)
{
  g_return_if_fail (SL_IS_ACTIVITY (self));

  if (sl_set_str (&self->record_id, record_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
}

const char *
sl_activity_get_action (SlActivity *self)
{
  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  return self->action;
}

void
sl_activity_set_action (SlActivity *self,
                        const char *action)
{
  g_return_if_fail (SL_IS_ACTIVITY (self));

  if (sl_set_str (&self->action, action))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

const char *
sl_activity_get_field (SlActivity *self)
{
  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  return self->field;
}

void
sl_activity_set_field (SlActivity *self,
                       const char *field)
{
  g_return_if_fail (SL_IS_ACTIVITY (self));

  if (sl_set_str (&self->field, field))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

const char *
sl_activity_get_old_value (SlActivity *self)
{
  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  return self->old_value;
}

void
sl_activity_set_old_value (SlActivity *self,
                           const char *old_value)
{
  g_return_if_fail (SL_IS_ACTIVITY (self));

  if (sl_set_str (&self->old_value, old_value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OLD_VALUE]);
}

const char *
sl_activity_get_new_value (SlActivity *self)
{
  g_return_val_if_fail (SL_IS_ACTIVITY (self), NULL);

  return self->new_value;
}

void
sl_activity_set_new_value (SlActivity *self,
                           const char *new_value)
{
  g_return_if_fail (SL_IS_ACTIVITY (self));

  if (sl_set_str (&self->new_value, new_value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_VALUE]);
}
