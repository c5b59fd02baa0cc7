/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingList: the live list of postings that the GUI binds to. */
#define G_LOG_DOMAIN "sl-posting-list"

#include "config.h"

#include "sl-posting-list.h"
#include "sl-store-private.h"

struct _SlPostingList
{
  GObject    parent_instance;

  GWeakRef   store;
  GPtrArray *items;  /* of SlPosting */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingList, sl_posting_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sl_posting_list_get_item_type (GListModel *model)
{
  return SL_TYPE_POSTING;
}

static guint
sl_posting_list_get_n_items (GListModel *model)
{
  SlPostingList *self = SL_POSTING_LIST (model);

  return self->items->len;
}

static gpointer
sl_posting_list_get_item (GListModel *model,
                          guint       position)
{
  SlPostingList *self = SL_POSTING_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sl_posting_list_get_item_type;
  iface->get_n_items = sl_posting_list_get_n_items;
  iface->get_item = sl_posting_list_get_item;
}

static void
sl_posting_list_finalize (GObject *object)
{
  SlPostingList *self = SL_POSTING_LIST (object);

  g_weak_ref_clear (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_posting_list_parent_class)->finalize (object);
}

static void
sl_posting_list_class_init (SlPostingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sl_posting_list_finalize;
}

static void
sl_posting_list_init (SlPostingList *self)
{
  g_weak_ref_init (&self->store, NULL);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The same row, unchanged: keep the old object so views need not rebind. */
static gboolean
same_posting (SlPosting *a,
              SlPosting *b)
{
  return g_strcmp0 (sl_record_get_id (SL_RECORD (a)), sl_record_get_id (SL_RECORD (b))) == 0 &&
         g_strcmp0 (sl_record_get_rev (SL_RECORD (a)), sl_record_get_rev (SL_RECORD (b))) == 0 &&
         sl_posting_get_active_count (a) == sl_posting_get_active_count (b) &&
         sl_posting_get_hired_count (a) == sl_posting_get_hired_count (b);
}

void
sl_posting_list_reload (SlPostingList *self)
{
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GPtrArray) old = NULL;
  g_autoptr (GError) error = NULL;
  guint old_len, new_len, prefix = 0, suffix = 0;

  g_return_if_fail (SL_IS_POSTING_LIST (self));

  store = g_weak_ref_get (&self->store);
  if (store == NULL)
    return;

  fresh = sl_store_query_postings (store, &error);
  if (fresh == NULL)
    {
      g_warning ("Could not reload the postings: %s", error->message);
      return;
    }

  old_len = self->items->len;
  new_len = fresh->len;

  while (prefix < old_len && prefix < new_len &&
         same_posting (self->items->pdata[prefix], fresh->pdata[prefix]))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         same_posting (self->items->pdata[old_len - 1 - suffix],
                       fresh->pdata[new_len - 1 - suffix]))
    suffix++;

  if (prefix == old_len && prefix == new_len)
    return;

  /* Keep the unchanged objects at both ends. */
  for (guint i = 0; i < prefix; i++)
    {
      g_object_unref (fresh->pdata[i]);
      fresh->pdata[i] = g_object_ref (self->items->pdata[i]);
    }
  for (guint i = 0; i < suffix; i++)
    {
      g_object_unref (fresh->pdata[new_len - 1 - i]);
      fresh->pdata[new_len - 1 - i] = g_object_ref (self->items->pdata[old_len - 1 - i]);
    }

  old = g_steal_pointer (&self->items);
  self->items = g_steal_pointer (&fresh);

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix,
                              new_len - prefix - suffix);
}

static void
store_changed_cb (SlPostingList *self,
                  const char    *record_type,
                  const char    *record_id,
                  SlStore       *store)
{
  sl_posting_list_reload (self);
}

SlPostingList *
sl_posting_list_new (SlStore *store)
{
  SlPostingList *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_POSTING_LIST, NULL);
  g_weak_ref_set (&self->store, store);
  /* Disconnected when the list goes away; the store does not keep it
   * alive. Applications change a posting's active count. */
  g_signal_connect_object (store, "changed::posting", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::application", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::" SL_STORE_CHANGED_EVERYTHING,
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  sl_posting_list_reload (self);

  return self;
}
