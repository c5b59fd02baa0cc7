/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStage: one column of a posting's pipeline. */
#define G_LOG_DOMAIN "sl-stage"

#include "config.h"

#include "sl-enums.h"
#include "sl-stage.h"

struct _SlStage
{
  SlRecord     parent_instance;

  char        *posting_id;
  char        *name;
  int          position;
  SlStageKind  kind;
};

G_DEFINE_FINAL_TYPE (SlStage, sl_stage, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_POSTING_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_stage_finalize (GObject *object)
{
  SlStage *self = SL_STAGE (object);

  g_clear_pointer (&self->posting_id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (sl_stage_parent_class)->finalize (object);
}

static void
sl_stage_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SlStage *self = SL_STAGE (object);

  switch (prop_id)
    {
    case PROP_POSTING_ID:
      g_value_set_string (value, self->posting_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_stage_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SlStage *self = SL_STAGE (object);

  switch (prop_id)
    {
    case PROP_POSTING_ID:
      sl_stage_set_posting_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      sl_stage_set_name (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      sl_stage_set_position (self, g_value_get_int (value));
      break;
    case PROP_KIND:
      sl_stage_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_stage_class_init (SlStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_stage_finalize;
  object_class->get_property = sl_stage_get_property;
  object_class->set_property = sl_stage_set_property;

  record_class->record_type = "stage";

  properties[PROP_POSTING_ID] =
    g_param_spec_string ("posting-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SL_TYPE_STAGE_KIND, SL_STAGE_KIND_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_stage_init (SlStage *self)
{
  self->kind = SL_STAGE_KIND_ACTIVE;
}

/**
 * sl_stage_new:
 *
 * Returns: (transfer full): a new, unsaved stage
 */
SlStage *
sl_stage_new (void)
{
  return g_object_new (SL_TYPE_STAGE, NULL);
}

const char *
sl_stage_get_posting_id (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), NULL);

  return self->posting_id;
}

void
sl_stage_set_posting_id (SlStage    *self,
                         const char *posting_id)
{
  g_return_if_fail (SL_IS_STAGE (self));

  if (sl_set_str (&self->posting_id, posting_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING_ID]);
}

const char *
sl_stage_get_name (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), NULL);

  return self->name;
}

void
sl_stage_set_name (SlStage    *self,
                   const char *name)
{
  g_return_if_fail (SL_IS_STAGE (self));

  if (sl_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
sl_stage_get_position (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), 0);

  return self->position;
}

void
sl_stage_set_position (SlStage *self,
                       int      position)
{
  g_return_if_fail (SL_IS_STAGE (self));
  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

SlStageKind
sl_stage_get_kind (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), SL_STAGE_KIND_ACTIVE);

  return self->kind;
}

void
sl_stage_set_kind (SlStage     *self,
                   SlStageKind  kind)
{
  g_return_if_fail (SL_IS_STAGE (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
