/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlRecord: the id, timestamps, sync revision and tombstone every stored record has. */
#define G_LOG_DOMAIN "sl-record"

#include "config.h"

#include "sl-record.h"

typedef struct
{
  char     *id;
  gint64    created_at;
  gint64    updated_at;
  char     *rev;
  gboolean  deleted;
} SlRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SlRecord, sl_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_REV,
  PROP_DELETED,
  PROP_RECORD_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * sl_set_str:
 * @dest: a string field
 * @src: (nullable): the new value
 *
 * g_set_str() of GLib 2.76, for the setters of records.
 *
 * Returns: %TRUE when the value changed (so notify)
 */
gboolean
sl_set_str (char       **dest,
            const char  *src)
{
  char *copy;

  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;
  copy = g_strdup (src);
  g_free (*dest);
  *dest = copy;
  return TRUE;
}

/**
 * sl_set_strv:
 * @dest: a string vector field
 * @src: (nullable): the new value
 *
 * Like sl_set_str() for %NULL-terminated string vectors. A %NULL and an empty
 * vector both count as "no items" and are stored as %NULL.
 *
 * Returns: %TRUE when the value changed (so notify)
 */
gboolean
sl_set_strv (char               ***dest,
             const char * const   *src)
{
  char **copy;
  gboolean src_empty = src == NULL || src[0] == NULL;
  gboolean dest_empty = *dest == NULL || (*dest)[0] == NULL;

  if (src_empty && dest_empty)
    return FALSE;
  if (!src_empty && !dest_empty &&
      g_strv_equal ((const char * const *) *dest, src))
    return FALSE;
  copy = src_empty ? NULL : g_strdupv ((char **) src);
  g_strfreev (*dest);
  *dest = copy;
  return TRUE;
}

static void
sl_record_finalize (GObject *object)
{
  SlRecord *self = SL_RECORD (object);
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->rev, g_free);

  G_OBJECT_CLASS (sl_record_parent_class)->finalize (object);
}

static void
sl_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SlRecord *self = SL_RECORD (object);
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, priv->updated_at);
      break;
    case PROP_REV:
      g_value_set_string (value, priv->rev);
      break;
    case PROP_DELETED:
      g_value_set_boolean (value, priv->deleted);
      break;
    case PROP_RECORD_TYPE:
      g_value_set_string (value, sl_record_get_record_type (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SlRecord *self = SL_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      sl_record_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      sl_record_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      sl_record_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_REV:
      sl_record_set_rev (self, g_value_get_string (value));
      break;
    case PROP_DELETED:
      sl_record_set_deleted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_record_class_init (SlRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sl_record_finalize;
  object_class->get_property = sl_record_get_property;
  object_class->set_property = sl_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REV] =
    g_param_spec_string ("rev", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DELETED] =
    g_param_spec_boolean ("deleted", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD_TYPE] =
    g_param_spec_string ("record-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_record_init (SlRecord *self)
{
}

const char *
sl_record_get_id (SlRecord *self)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_val_if_fail (SL_IS_RECORD (self), NULL);

  return priv->id;
}

void
sl_record_set_id (SlRecord   *self,
                  const char *id)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_if_fail (SL_IS_RECORD (self));

  if (sl_set_str (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
sl_record_get_created_at (SlRecord *self)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_val_if_fail (SL_IS_RECORD (self), 0);

  return priv->created_at;
}

void
sl_record_set_created_at (SlRecord *self,
                          gint64    created_at)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_if_fail (SL_IS_RECORD (self));

  if (priv->created_at == created_at)
    return;
  priv->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
sl_record_get_updated_at (SlRecord *self)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_val_if_fail (SL_IS_RECORD (self), 0);

  return priv->updated_at;
}

void
sl_record_set_updated_at (SlRecord *self,
                          gint64    updated_at)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_if_fail (SL_IS_RECORD (self));

  if (priv->updated_at == updated_at)
    return;
  priv->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
sl_record_get_rev (SlRecord *self)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_val_if_fail (SL_IS_RECORD (self), NULL);

  return priv->rev;
}

void
sl_record_set_rev (SlRecord   *self,
                   const char *rev)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_if_fail (SL_IS_RECORD (self));

  if (sl_set_str (&priv->rev, rev))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REV]);
}

gboolean
sl_record_get_deleted (SlRecord *self)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_val_if_fail (SL_IS_RECORD (self), FALSE);

  return priv->deleted;
}

void
sl_record_set_deleted (SlRecord *self,
                       gboolean  deleted)
{
  SlRecordPrivate *priv = sl_record_get_instance_private (self);

  g_return_if_fail (SL_IS_RECORD (self));

  deleted = !!deleted;
  if (priv->deleted == deleted)
    return;
  priv->deleted = deleted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED]);
}

const char *
sl_record_get_record_type (SlRecord *self)
{
  g_return_val_if_fail (SL_IS_RECORD (self), NULL);

  return SL_RECORD_GET_CLASS (self)->record_type;
}
