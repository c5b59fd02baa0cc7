/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApplicationList: the live GListModel of one stage's applications in board order. */
#define G_LOG_DOMAIN "sl-application-list"

#include "config.h"

#include <string.h>

#include "sl-application-list-private.h"
#include "sl-store-people-private.h"

/* A column of 17 000 cards keeps only each card's id, candidate and
 * position; a card's SlApplication (with its candidate's name, headline,
 * tags and next interview) is read when the list is asked for it, a batch
 * of neighbours at a time, and kept while someone holds it. Past CACHE_MAX
 * kept objects, those that only the list holds are let go. */
#define CACHE_MAX 512


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

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->id);
  g_free (row->candidate_id);
  g_clear_object (&row->application);
  g_free (row);
}

static Row *
row_new (const char *id,
         const char *candidate_id,
         double      position)
{
  Row *row = g_new0 (Row, 1);

  row->id = g_strdup (id);
  row->candidate_id = g_strdup (candidate_id);
  row->position = position;
  return row;
}

static int
compare_place (double      position_a,
               const char *id_a,
               double      position_b,
               const char *id_b)
{
  if (position_a < position_b)
    return -1;
  if (position_a > position_b)
    return 1;
  return strcmp (id_a, id_b);
}

/* The index where a card at (@position, @id) belongs in board order. */
static guint
insertion_index (SlApplicationList *self,
                 double             position,
                 const char        *id)
{
  guint lo = 0, hi = self->rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      Row *row = g_ptr_array_index (self->rows, mid);

      if (compare_place (row->position, row->id, position, id) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
row_index (SlApplicationList *self,
           Row               *row)
{
  guint index = insertion_index (self, row->position, row->id);
  guint found;

  if (index < self->rows->len && g_ptr_array_index (self->rows, index) == row)
    return (int) index;
  /* Not in order while a batch of changes is applied one by one. */
  if (g_ptr_array_find (self->rows, row, &found))
    return (int) found;
  return -1;
}

/* Copies what the store read into the object a card already shows, so its
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

static void
set_row_application (SlApplicationList *self,
                     Row               *row,
                     SlApplication     *application)
{
  if (row->application == NULL && application != NULL)
    self->n_cached++;
  else if (row->application != NULL && application == NULL)
    self->n_cached--;
  g_set_object (&row->application, application);
}

/* Lets go of the cards only the list holds, once there are many. */
static void
trim_cache (SlApplicationList *self,
            gboolean           force)
{
  if (!force && self->n_cached <= CACHE_MAX)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row->application != NULL &&
          g_atomic_int_get (&G_OBJECT (row->application)->ref_count) == 1)
        set_row_application (self, row, NULL);
    }
}

/* Reads the cards @rows (at most SL_STORE_CARD_BATCH); with @update, copies
 * into the objects already shown. Rows the store no longer has are skipped. */
static gboolean
fill_rows (SlApplicationList  *self,
           Row               **rows,
           guint               n_rows,
           gboolean            update,
           GError            **error)
{
  const char *ids[SL_STORE_CARD_BATCH];
  g_autoptr (GPtrArray) cards = NULL;

  g_assert (n_rows <= SL_STORE_CARD_BATCH);

  if (self->store == NULL || n_rows == 0)
    return TRUE;
  for (guint i = 0; i < n_rows; i++)
    ids[i] = rows[i]->id;
  cards = sl_store_load_cards (self->store, ids, n_rows, error);
  if (cards == NULL)
    return FALSE;

  for (guint i = 0; i < cards->len; i++)
    {
      SlApplication *card = g_ptr_array_index (cards, i);
      Row *row = g_hash_table_lookup (self->by_id, sl_record_get_id (SL_RECORD (card)));

      if (row == NULL)
        continue;
      if (row->application == NULL)
        set_row_application (self, row, card);
      else if (update)
        update_application (row->application, card);
    }
  return TRUE;
}

/* The object of a row the store could not give (it is gone, or so is the
 * store): what the list knows. */
static SlApplication *
bare_application (SlApplicationList *self,
                  Row               *row)
{
  SlApplication *application = sl_application_new ();

  sl_record_set_id (SL_RECORD (application), row->id);
  sl_application_set_candidate_id (application, row->candidate_id);
  sl_application_set_stage_id (application, self->stage_id);
  sl_application_set_position (application, row->position);
  return application;
}

static GType
sl_application_list_get_item_type (GListModel *model)
{
  return SL_TYPE_APPLICATION;
}

static guint
sl_application_list_get_n_items (GListModel *model)
{
  SlApplicationList *self = SL_APPLICATION_LIST (model);

  return self->rows->len + self->n_unloaded;
}

/* Reads the cards a partial list has not read yet. */
gboolean
sl_application_list_ensure_loaded (SlApplicationList *self)
{
  g_autoptr (GError) error = NULL;

  if (self->n_unloaded == 0)
    return TRUE;
  if (!sl_application_list_reload (self, &error))
    {
      g_warning ("Could not read the stage %s: %s", self->stage_id, error->message);
      return FALSE;
    }
  return TRUE;
}

static gpointer
sl_application_list_get_item (GListModel *model,
                              guint       position)
{
  SlApplicationList *self = SL_APPLICATION_LIST (model);
  Row *row;

  if (position >= self->rows->len + self->n_unloaded)
    return NULL;
  if (position >= self->rows->len)
    {
      sl_application_list_ensure_loaded (self);
      if (position >= self->rows->len + self->n_unloaded)
        return NULL;
      /* The store failed: an empty card rather than none. */
      if (position >= self->rows->len)
        return sl_application_new ();
    }

  row = g_ptr_array_index (self->rows, position);
  if (row->application == NULL)
    {
      g_autoptr (GError) error = NULL;
      Row *batch[SL_STORE_CARD_BATCH];
      guint n = 0, start;

      trim_cache (self, FALSE);

      /* The neighbours too, mostly below: a list is scrolled down. */
      start = position - MIN (position, SL_STORE_CARD_BATCH / 4);
      for (guint i = start; i < self->rows->len && i < start + 4 * SL_STORE_CARD_BATCH &&
                            n < SL_STORE_CARD_BATCH; i++)
        {
          Row *other = g_ptr_array_index (self->rows, i);

          if (other->application == NULL)
            batch[n++] = other;
        }
      if (!fill_rows (self, batch, n, FALSE, &error))
        g_warning ("Could not read the cards of the stage %s: %s", self->stage_id, error->message);

      if (row->application == NULL)
        {
          g_autoptr (SlApplication) bare = bare_application (self, row);

          set_row_application (self, row, bare);
        }
    }

  return g_object_ref (row->application);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sl_application_list_get_item_type;
  iface->get_n_items = sl_application_list_get_n_items;
  iface->get_item = sl_application_list_get_item;
}

static void
notify_n_items (SlApplicationList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Re-reads one card after a change: takes it out if it left the stage (or
 * was deleted), puts it in at its place if it entered it, moves it if its
 * position changed, and otherwise updates the object in place. Called for
 * a card the list holds, or one the caller found in the list's stage. */
void
sl_application_list_refresh_application (SlApplicationList *self,
                                         const char        *application_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) cards = NULL;
  const char *ids[1] = { application_id };
  SlApplication *card = NULL;
  Row *row;
  gboolean here;

  row = g_hash_table_lookup (self->by_id, application_id);
  cards = sl_store_load_cards (self->store, ids, 1, &error);
  if (cards == NULL)
    {
      g_warning ("Could not read the card %s: %s", application_id, error->message);
      return;
    }
  if (cards->len > 0)
    card = g_ptr_array_index (cards, 0);
  here = card != NULL && g_strcmp0 (sl_application_get_stage_id (card), self->stage_id) == 0 &&
         (!self->active_only || sl_application_get_status (card) == SL_APPLICATION_STATUS_ACTIVE);

  if (row != NULL && !here)
    {
      int index = row_index (self, row);

      if (index < 0)
        return;
      if (row->application != NULL)
        self->n_cached--;
      g_hash_table_remove (self->by_id, row->id);
      g_ptr_array_remove_index (self->rows, (guint) index);
      g_list_model_items_changed (G_LIST_MODEL (self), (guint) index, 1, 0);
      notify_n_items (self);
    }
  else if (row != NULL)
    {
      double position = sl_application_get_position (card);
      int index = row_index (self, row);
      guint new_index;

      if (row->application != NULL)
        update_application (row->application, card);
      else
        set_row_application (self, row, card);
      g_free (row->candidate_id);
      row->candidate_id = g_strdup (sl_application_get_candidate_id (card));

      if (index < 0 || position == row->position)
        return;

      /* Out, then in at its new place: two small changes rather than one
       * spanning every card in between. */
      g_ptr_array_steal_index (self->rows, (guint) index);
      row->position = position;
      new_index = insertion_index (self, row->position, row->id);
      if (new_index == (guint) index)
        {
          g_ptr_array_insert (self->rows, (int) new_index, row);
          return;
        }
      g_list_model_items_changed (G_LIST_MODEL (self), (guint) index, 1, 0);
      g_ptr_array_insert (self->rows, (int) new_index, row);
      g_list_model_items_changed (G_LIST_MODEL (self), new_index, 0, 1);
    }
  else if (here)
    {
      guint new_index;

      row = row_new (application_id, sl_application_get_candidate_id (card),
                     sl_application_get_position (card));
      set_row_application (self, row, card);
      new_index = insertion_index (self, row->position, row->id);
      g_ptr_array_insert (self->rows, (int) new_index, row);
      g_hash_table_insert (self->by_id, row->id, row);
      g_list_model_items_changed (G_LIST_MODEL (self), new_index, 0, 1);
      notify_n_items (self);
    }
}

/* Refreshes every card of @candidate_id (usually one). */
void
sl_application_list_refresh_candidate (SlApplicationList *self,
                                       const char        *candidate_id)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (row->candidate_id, candidate_id) == 0)
        g_ptr_array_add (ids, g_strdup (row->id));
    }
  for (guint i = 0; i < ids->len; i++)
    sl_application_list_refresh_application (self, g_ptr_array_index (ids, i));
}

/* sl_application_list_reload(), adding to @lost (if not %NULL) the ids of
 * the cards that left the list. */
gboolean
sl_application_list_reload_order (SlApplicationList  *self,
                                  GHashTable         *lost,
                                  GError            **error)
{
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GPtrArray) candidate_ids = NULL;
  g_autoptr (GArray) positions = NULL;
  g_autoptr (GPtrArray) old_rows = NULL;
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GHashTable) old_by_id = NULL;
  Row *stale[SL_STORE_CARD_BATCH];
  guint n_stale = 0;
  guint old_known, old_n, new_n, prefix = 0, suffix = 0;

  g_clear_handle_id (&self->reload_id, g_source_remove);

  if (self->store == NULL)
    {
      /* The cards never read are gone with it. */
      if (self->n_unloaded > 0)
        {
          guint n_unloaded = self->n_unloaded;

          self->n_unloaded = 0;
          g_list_model_items_changed (G_LIST_MODEL (self), self->rows->len, n_unloaded, 0);
          notify_n_items (self);
        }
      return TRUE;
    }

  ids = g_ptr_array_new_with_free_func (g_free);
  candidate_ids = g_ptr_array_new_with_free_func (g_free);
  positions = g_array_new (FALSE, FALSE, sizeof (double));
  if (!sl_store_load_stage_order (self->store, self->stage_id, self->active_only, 0,
                                  ids, candidate_ids, positions, error))
    return FALSE;

  /* The rows that stay keep their objects; the others go. */
  old_by_id = g_steal_pointer (&self->by_id);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  fresh = g_ptr_array_new_full (ids->len, row_free);
  for (guint i = 0; i < ids->len; i++)
    {
      char *id = g_ptr_array_index (ids, i);
      Row *row = g_hash_table_lookup (old_by_id, id);

      if (row != NULL)
        {
          g_hash_table_remove (old_by_id, id);
          g_free (row->candidate_id);
          row->candidate_id = g_steal_pointer (&candidate_ids->pdata[i]);
          row->position = g_array_index (positions, double, i);
        }
      else
        {
          row = g_new0 (Row, 1);
          row->id = g_steal_pointer (&ids->pdata[i]);
          row->candidate_id = g_steal_pointer (&candidate_ids->pdata[i]);
          row->position = g_array_index (positions, double, i);
        }
      g_ptr_array_add (fresh, row);
      g_hash_table_insert (self->by_id, row->id, row);
    }

  /* What is left in old_by_id is gone: steal the kept rows out of the old
   * array so that freeing it frees only those. */
  old_rows = g_steal_pointer (&self->rows);
  old_known = old_rows->len;
  old_n = old_known + self->n_unloaded;
  new_n = fresh->len;
  while (prefix < old_known && prefix < new_n &&
         old_rows->pdata[prefix] == fresh->pdata[prefix])
    prefix++;
  if (self->n_unloaded == 0)
    {
      while (suffix < old_n - prefix && suffix < new_n - prefix &&
             old_rows->pdata[old_n - 1 - suffix] == fresh->pdata[new_n - 1 - suffix])
        suffix++;
    }
  else if (prefix == old_known)
    {
      /* The cards after those read were never seen: the ones read now
       * are them, as far as there are as many. */
      suffix = MIN (self->n_unloaded, new_n - prefix);
    }

  self->n_cached = 0;
  for (guint i = 0; i < old_known; i++)
    {
      Row *row = old_rows->pdata[i];

      if (!g_hash_table_contains (old_by_id, row->id))
        old_rows->pdata[i] = NULL;
    }
  if (lost != NULL)
    {
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, old_by_id);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_hash_table_add (lost, g_strdup (id));
    }
  g_hash_table_remove_all (old_by_id);
  g_ptr_array_set_free_func (old_rows, NULL);
  for (guint i = 0; i < old_known; i++)
    if (old_rows->pdata[i] != NULL)
      row_free (old_rows->pdata[i]);

  self->rows = g_steal_pointer (&fresh);
  self->n_unloaded = 0;

  /* Kept cards: those only the list holds are dropped (read again when
   * asked for), those on screen are re-read in place. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row->application == NULL)
        continue;
      if (g_atomic_int_get (&G_OBJECT (row->application)->ref_count) == 1)
        {
          g_clear_object (&row->application);
          continue;
        }
      self->n_cached++;
      stale[n_stale++] = row;
      if (n_stale == SL_STORE_CARD_BATCH)
        {
          if (!fill_rows (self, stale, n_stale, TRUE, error))
            return FALSE;
          n_stale = 0;
        }
    }
  if (!fill_rows (self, stale, n_stale, TRUE, error))
    return FALSE;

  if (prefix + suffix < old_n || prefix + suffix < new_n)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
  if (old_n != new_n)
    notify_n_items (self);

  return TRUE;
}

/**
 * sl_application_list_reload:
 * @self: a #SlApplicationList
 * @error: return location for a #GError
 *
 * Re-reads the stage's order now and emits #GListModel::items-changed for
 * the range that differs; the cards someone holds are re-read too. Does
 * nothing once the store is gone.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_application_list_reload (SlApplicationList  *self,
                            GError            **error)
{
  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), FALSE);

  return sl_application_list_reload_order (self, NULL, error);
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

void
sl_application_list_queue_reload (SlApplicationList *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_cb, self, NULL);
}

static void
store_finalized_cb (gpointer  user_data,
                    GObject  *where_the_object_was)
{
  SlApplicationList *self = SL_APPLICATION_LIST (user_data);

  self->store = NULL;
}

static void
sl_application_list_dispose (GObject *object)
{
  SlApplicationList *self = SL_APPLICATION_LIST (object);

  if (self->store != NULL)
    {
      sl_application_list_hub_remove (self->store, self);
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

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
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
      g_value_set_uint (value, self->rows->len + self->n_unloaded);
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
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Reads the first @n_first rows (0: all of them) into an empty list, and
 * how many there are after them. */
static gboolean
load_first (SlApplicationList  *self,
            guint               n_first,
            GError            **error)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) candidate_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (double));
  guint count = 0;

  g_assert (self->rows->len == 0);

  if (!sl_store_load_stage_order (self->store, self->stage_id, self->active_only, n_first,
                                  ids, candidate_ids, positions, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      Row *row = g_new0 (Row, 1);

      row->id = g_steal_pointer (&ids->pdata[i]);
      row->candidate_id = g_steal_pointer (&candidate_ids->pdata[i]);
      row->position = g_array_index (positions, double, i);
      g_ptr_array_add (self->rows, row);
      g_hash_table_insert (self->by_id, row->id, row);
    }
  if (n_first == 0 || ids->len < n_first)
    return TRUE;

  /* The rest only when something needs it (a card further down, a
   * search, a change to the stage): a board opens without reading the
   * order of its big columns, in time and memory. */
  if (!sl_store_count_stage_order (self->store, self->stage_id, self->active_only, &count, error))
    return FALSE;
  self->n_unloaded = count > ids->len ? count - ids->len : 0;
  return TRUE;
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
  return sl_application_list_new_partial (store, stage_id, 0);
}

/**
 * sl_application_list_new_partial:
 * @store: the store to read from (weakly referenced)
 * @stage_id: the stage whose cards to list
 * @n_first: how many cards to read the places of now (0: all)
 *
 * Like sl_application_list_new(), but reads only the places of the first
 * @n_first cards and how many there are: the others are read as soon as
 * they are asked for, found or changed (a column of 17 000 cards takes
 * milliseconds to read), not before, so that opening a board reads and
 * keeps only what it shows. Reading them emits
 * #GListModel::items-changed only if their number changed meanwhile.
 *
 * Returns: (transfer full): the list
 */
SlApplicationList *
sl_application_list_new_partial (SlStore    *store,
                                 const char *stage_id,
                                 guint       n_first)
{
  return sl_application_list_new_filtered (store, stage_id, n_first, FALSE);
}

/**
 * sl_application_list_new_filtered:
 * @store: the store to read from (weakly referenced)
 * @stage_id: the stage whose cards to list
 * @n_first: how many cards to read the places of now (0: all)
 * @active_only: whether to list only the applications whose status is
 *   active (not the rejected, hired or withdrawn ones)
 *
 * Like sl_application_list_new_partial(), of the active applications alone
 * when @active_only: a card that is rejected leaves the list, and comes back
 * when its status is active again.
 *
 * Returns: (transfer full): the list
 */
SlApplicationList *
sl_application_list_new_filtered (SlStore    *store,
                                  const char *stage_id,
                                  guint       n_first,
                                  gboolean    active_only)
{
  g_autoptr (GError) error = NULL;
  SlApplicationList *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (stage_id != NULL, NULL);

  self = g_object_new (SL_TYPE_APPLICATION_LIST, NULL);
  self->stage_id = g_strdup (stage_id);
  self->n_first = n_first;
  self->active_only = active_only;
  self->store = store;
  g_object_weak_ref (G_OBJECT (store), store_finalized_cb, self);
  sl_application_list_hub_add (store, self);

  if (!load_first (self, n_first, &error))
    g_warning ("Could not load the stage %s: %s", stage_id, error->message);

  return self;
}

gboolean
sl_application_list_get_active_only (SlApplicationList *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), FALSE);

  return self->active_only;
}

/**
 * sl_application_list_set_active_only:
 * @self: a #SlApplicationList
 * @active_only: whether to list only the active applications
 *
 * Lists the active applications alone, or all of them, as a list made
 * anew would: a partial list reads its first cards again, not the rest.
 */
void
sl_application_list_set_active_only (SlApplicationList *self,
                                     gboolean           active_only)
{
  g_autoptr (GError) error = NULL;
  guint old_n, new_n;

  g_return_if_fail (SL_IS_APPLICATION_LIST (self));

  active_only = !!active_only;
  if (self->active_only == active_only)
    return;
  self->active_only = active_only;

  old_n = self->rows->len + self->n_unloaded;
  g_hash_table_remove_all (self->by_id);
  g_ptr_array_set_size (self->rows, 0);
  self->n_unloaded = 0;
  self->n_cached = 0;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL && !load_first (self, self->n_first, &error))
    g_warning ("Could not load the stage %s: %s", self->stage_id, error->message);
  new_n = self->rows->len + self->n_unloaded;

  if (old_n > 0 || new_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
  if (old_n != new_n)
    notify_n_items (self);
}

const char *
sl_application_list_get_stage_id (SlApplicationList *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), NULL);

  return self->stage_id;
}

/**
 * sl_application_list_find:
 * @self: a #SlApplicationList
 * @application_id: an application
 *
 * Finds a card without reading the cards before it.
 *
 * Returns: the index of @application_id in the list, or -1
 */
int
sl_application_list_find (SlApplicationList *self,
                          const char        *application_id)
{
  Row *row;

  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), -1);
  g_return_val_if_fail (application_id != NULL, -1);

  if (!sl_application_list_ensure_loaded (self))
    return -1;
  row = g_hash_table_lookup (self->by_id, application_id);
  if (row == NULL)
    return -1;
  return row_index (self, row);
}

/**
 * sl_application_list_find_candidates:
 * @self: a #SlApplicationList
 * @candidate_ids: (element-type utf8 utf8): a set of candidate ids
 *
 * Finds the cards of some candidates (a search's) without reading any card:
 * the list keeps each card's candidate with its place.
 *
 * Returns: (transfer full) (element-type guint): their indexes, in order
 */
GArray *
sl_application_list_find_candidates (SlApplicationList *self,
                                     GHashTable        *candidate_ids)
{
  GArray *found;

  g_return_val_if_fail (SL_IS_APPLICATION_LIST (self), NULL);
  g_return_val_if_fail (candidate_ids != NULL, NULL);

  found = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!sl_application_list_ensure_loaded (self))
    return found;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row->candidate_id != NULL && g_hash_table_contains (candidate_ids, row->candidate_id))
        g_array_append_val (found, i);
    }
  return found;
}
