/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApplicationList: the live GListModel of one stage's applications in board order. */
#define G_LOG_DOMAIN "sl-application-list"

#include "config.h"

#include "sl-application-list.h"
#include "sl-store-people-private.h"

struct _SlApplicationList
{
  GObject    parent_instance;

  SlStore   *store;      /* weak */
  char      *stage_id;
  GPtrArray *items;      /* of SlApplication */
  /* What the list shows, to skip changes elsewhere: application ids (keys
   * owned by the items) and candidate ids (owned). */
  GHashTable *application_ids;
  GHashTable *candidate_ids;
  gulong     changed_id;
  guint      reload_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlApplicationList, sl_application_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STAGE_ID,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
sl_application_list_get_item_type (GListModel *model)
{
  return SL_TYPE_APPLICATION;
}

static guint
sl_application_list_get_n_items (GListModel *model)
{
  return SL_APPLICATION_LIST (model)->items->len;
}

static gpointer
sl_application_list_get_item (GListModel *model,
                              guint       position)
{
  SlApplicationList *self = SL_APPLICATION_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sl_application_list_get_item_type;
  iface->get_n_items = sl_application_list_get_n_items;
  iface->get_item = sl_application_list_get_item;
}

/* Copies what the store read into the object a row already shows, so its
 * widgets update through notify instead of being rebuilt. */
static void
update_application (SlApplication *dest,
                    SlApplication *src)
{
  SlRecord *dest_record = SL_RECORD (dest);
  SlRecord *src_record = SL_RECORD (src);

  g_object_freeze_notify (G_OBJECT (dest));
  sl_record_set_created_at (dest_record, sl_record_get_created_at (src_record));
  sl_record_set_updated_at (dest_record, sl_record_get_updated_at (src_record));
  sl_record_set_rev (dest_record, sl_record_get_rev (src_record));
  sl_record_set_deleted (dest_record, sl_record_get_deleted (src_record));
  sl_application_set_candidate_id (dest, sl_application_get_candidate_id (src));
  sl_application_set_posting_id (dest, sl_application_get_posting_id (src));
  sl_application_set_stage_id (dest, sl_application_get_stage_id (src));
  sl_application_set_position (dest, sl_application_get_position (src));
  sl_application_set_status (dest, sl_application_get_status (src));
  sl_application_set_rejection_reason (dest, sl_application_get_rejection_reason (src));
  sl_application_set_rating (dest, sl_application_get_rating (src));
  sl_application_set_applied_at (dest, sl_application_get_applied_at (src));
  sl_application_set_stage_entered_at (dest, sl_application_get_stage_entered_at (src));
  sl_application_set_candidate_name (dest, sl_application_get_candidate_name (src));
  sl_application_set_candidate_headline (dest, sl_application_get_candidate_headline (src));
  sl_application_set_candidate_tags (dest, sl_application_get_candidate_tags (src));
  sl_application_set_next_interview_at (dest, sl_application_get_next_interview_at (src));
  g_object_thaw_notify (G_OBJECT (dest));
}

/**
 * sl_application_list_reload:
 * @self: a #SlApplicationList
 * @error: return location for a #GError
 *
 * Re-reads the stage now and emits #GListModel::items-changed for the range
 * that differs. Does nothing once the store is gone.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_application_list_reload (SlApplicationList  *self,
                            GError            **error)
{
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GPtrArray) old_items = NULL;
  g_autoptr (GHashTable) by_id = NULL;
  guint old_n, new_n, prefix = 0, suffix = 0;

  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), FALSE);

  g_clear_handle_id (&self->reload_id, g_source_remove);

  if (self->store == NULL)
    return TRUE;

  fresh = sl_store_load_stage_applications (self->store, self->stage_id, error);
  if (fresh == NULL)
    return FALSE;

  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->items->len; i++)
    {
      SlRecord *record = g_ptr_array_index (self->items, i);

      g_hash_table_insert (by_id, (gpointer) sl_record_get_id (record), record);
    }

  for (guint i = 0; i < fresh->len; i++)
    {
      SlApplication *application = g_ptr_array_index (fresh, i);
      SlApplication *existing;

      existing = g_hash_table_lookup (by_id, sl_record_get_id (SL_RECORD (application)));
      if (existing != NULL)
        {
          update_application (existing, application);
          g_object_unref (application);
          fresh->pdata[i] = g_object_ref (existing);
        }
    }

  old_items = g_steal_pointer (&self->items);
  old_n = old_items->len;
  new_n = fresh->len;
  while (prefix < old_n && prefix < new_n &&
         old_items->pdata[prefix] == fresh->pdata[prefix])
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         old_items->pdata[old_n - 1 - suffix] == fresh->pdata[new_n - 1 - suffix])
    suffix++;

  self->items = g_steal_pointer (&fresh);

  g_hash_table_remove_all (self->application_ids);
  g_hash_table_remove_all (self->candidate_ids);
  for (guint i = 0; i < self->items->len; i++)
    {
      SlApplication *application = g_ptr_array_index (self->items, i);
      const char *candidate_id = sl_application_get_candidate_id (application);

      g_hash_table_add (self->application_ids, (gpointer) sl_record_get_id (SL_RECORD (application)));
      if (candidate_id != NULL)
        g_hash_table_add (self->candidate_ids, g_strdup (candidate_id));
    }

  if (prefix + suffix < old_n || prefix + suffix < new_n)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  return TRUE;
}

static gboolean
reload_cb (gpointer user_data)
{
  SlApplicationList *self = SL_APPLICATION_LIST (user_data);
  g_autoptr (GError) error = NULL;

  self->reload_id = 0;
  if (!sl_application_list_reload (self, &error))
    g_warning ("Could not reload the stage %s: %s", self->stage_id, error->message);

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (SlApplicationList *self,
                  const char        *record_type,
                  const char        *record_id,
                  SlStore           *store)
{
  if (self->reload_id != 0)
    return;

  /* A card shows the application, its candidate and the next interview: a
   * column of 10 000 cards reloads only for changes that touch it. */
  if (record_type != NULL && record_id != NULL)
    {
      if (g_str_equal (record_type, "application"))
        {
          g_autofree char *stage_id = NULL;

          if (!g_hash_table_contains (self->application_ids, record_id))
            {
              stage_id = sl_store_lookup_application_stage (store, record_id);
              if (g_strcmp0 (stage_id, self->stage_id) != 0)
                return;
            }
        }
      else if (g_str_equal (record_type, "candidate"))
        {
          if (!g_hash_table_contains (self->candidate_ids, record_id))
            return;
        }
      else if (g_str_equal (record_type, "interview"))
        {
          g_autofree char *application_id = sl_store_lookup_interview_application (store, record_id);

          if (application_id == NULL || !g_hash_table_contains (self->application_ids, application_id))
            return;
        }
      else if (!g_str_equal (record_type, "stage") && !g_str_equal (record_type, "posting"))
        {
          return;
        }
    }
  else if (record_type != NULL &&
           !g_str_equal (record_type, "application") &&
           !g_str_equal (record_type, "candidate") &&
           !g_str_equal (record_type, "interview") &&
           !g_str_equal (record_type, "stage") &&
           !g_str_equal (record_type, "posting"))
    {
      return;
    }

  self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_cb, self, NULL);
}

static void
store_finalized_cb (gpointer  user_data,
                    GObject  *where_the_object_was)
{
  SlApplicationList *self = SL_APPLICATION_LIST (user_data);

  self->store = NULL;
  self->changed_id = 0;
}

static void
sl_application_list_dispose (GObject *object)
{
  SlApplicationList *self = SL_APPLICATION_LIST (object);

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_object_weak_unref (G_OBJECT (self->store), store_finalized_cb, self);
      self->store = NULL;
    }
  g_clear_handle_id (&self->reload_id, g_source_remove);

  G_OBJECT_CLASS (sl_application_list_parent_class)->dispose (object);
}

static void
sl_application_list_finalize (GObject *object)
{
  SlApplicationList *self = SL_APPLICATION_LIST (object);

  g_clear_pointer (&self->application_ids, g_hash_table_unref);
  g_clear_pointer (&self->candidate_ids, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->stage_id, g_free);

  G_OBJECT_CLASS (sl_application_list_parent_class)->finalize (object);
}

static void
sl_application_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SlApplicationList *self = SL_APPLICATION_LIST (object);

  switch (prop_id)
    {
    case PROP_STAGE_ID:
      g_value_set_string (value, self->stage_id);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_list_class_init (SlApplicationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sl_application_list_dispose;
  object_class->finalize = sl_application_list_finalize;
  object_class->get_property = sl_application_list_get_property;

  properties[PROP_STAGE_ID] =
    g_param_spec_string ("stage-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_application_list_init (SlApplicationList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->application_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->candidate_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * sl_application_list_new:
 * @store: the store to read from (weakly referenced)
 * @stage_id: the stage whose cards to list
 *
 * Returns: (transfer full): the list, loaded
 */
SlApplicationList *
sl_application_list_new (SlStore    *store,
                         const char *stage_id)
{
  g_autoptr (GError) error = NULL;
  SlApplicationList *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (stage_id != NULL, NULL);

  self = g_object_new (SL_TYPE_APPLICATION_LIST, NULL);
  self->stage_id = g_strdup (stage_id);
  self->store = store;
  g_object_weak_ref (G_OBJECT (store), store_finalized_cb, self);
  self->changed_id = g_signal_connect_object (store, "changed",
                                              G_CALLBACK (store_changed_cb), self,
                                              G_CONNECT_SWAPPED);

  if (!sl_application_list_reload (self, &error))
    g_warning ("Could not load the stage %s: %s", stage_id, error->message);

  return self;
}

const char *
sl_application_list_get_stage_id (SlApplicationList *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), NULL);

  return self->stage_id;
}
