/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The hub that hears a store's "changed" signals once for all its
 * SlApplicationLists and tells each list only the changes it concerns. */
#define G_LOG_DOMAIN "sl-application-list-hub"

#include "config.h"

#include "sl-application-list-private.h"

/* The lists of one store share one set of "changed" handlers (a ListHub,
 * kept on the store): a change to an application is looked up once, not
 * once per column, and only the lists it concerns re-read the card; the
 * others run no SQL. On the 100 000-candidate demo board
 * (bench-change-batch) a card move's notification went from 7 statements
 * (one stage lookup per column) to 4 (the list of postings' reload among
 * them). */
typedef struct
{
  SlStore    *store;    /* the hub is its data */
  GPtrArray  *lists;    /* of SlApplicationList, not owned: each removes itself */
  guint       reload_id;
  /* Of a batch: the applications whose stage the lists cannot tell (see
   * hub_application_batch_changed()), or NULL. */
  GHashTable *unsure;
} ListHub;

/* What looking one application's stage up costs, in cards of a column's
 * order re-read. On the 100 000-candidate demo board (bench-change-batch,
 * 2 busy cores) looking 8 735 ids up took 140-210 ms (json_each joined to
 * the application table: two b-tree searches each), re-reading a column
 * of 14 390 cards 50-110 ms and one of 8 040 cards 30-60 ms: some 20 µs
 * an id against 3.5-7 µs a card. Past that ratio the lists that did not
 * reload re-read their order rather than wait for a lookup that costs
 * more than they do. */
#define BATCH_LOOKUP_CARDS_PER_ID 4

#define LIST_HUB_KEY "sl-application-list-hub"

/* The lists, each with a reference: a handler may make one go away. */
static GPtrArray *
hub_ref_lists (ListHub *hub)
{
  GPtrArray *lists = g_ptr_array_new_full (hub->lists->len, g_object_unref);

  for (guint i = 0; i < hub->lists->len; i++)
    g_ptr_array_add (lists, g_object_ref (hub->lists->pdata[i]));
  return lists;
}

/* A list that has not read all its cards yet reads them now, the change
 * with them: it cannot tell whether the record is among those unread. */
static gboolean
load_rest (SlApplicationList *self)
{
  if (self->n_unloaded == 0)
    return FALSE;
  sl_application_list_ensure_loaded (self);
  return TRUE;
}

/* The lists that asked for a reload, all in one idle (queued before
 * theirs, which it clears): one idle each would let GTK lay the board out
 * again between two columns, a fifth more CPU for a batch of 500 moves. */
static void
hub_reload_list (SlApplicationList *self,
                 GHashTable        *lost)
{
  g_autoptr (GError) error = NULL;

  if (!sl_application_list_reload_order (self, lost, &error))
    g_warning ("Could not reload the stage %s: %s", self->stage_id, error->message);
}

/* After the reloads of a batch: the lists that did not reload but show
 * the stage a card of @unsure is in now gained it. */
static void
hub_reload_gained (ListHub    *hub,
                   GPtrArray  *lists,
                   GHashTable *reloaded,
                   GHashTable *unsure)
{
  g_autoptr (GHashTable) stages = NULL;
  g_autoptr (GHashTable) stage_ids = NULL;
  g_autoptr (GError) error = NULL;
  GHashTableIter iter;
  gpointer stage_id;

  guint64 n_cards = 0;

  if (g_hash_table_size (reloaded) == lists->len || g_hash_table_size (unsure) == 0)
    return;
  for (guint i = 0; i < lists->len; i++)
    if (!g_hash_table_contains (reloaded, lists->pdata[i]))
      n_cards += ((SlApplicationList *) lists->pdata[i])->rows->len;
  g_debug ("A batch: %u applications to look up, %" G_GUINT64_FORMAT " cards in the lists not reloaded",
           g_hash_table_size (unsure), n_cards);
  if ((guint64) g_hash_table_size (unsure) * BATCH_LOOKUP_CARDS_PER_ID <= n_cards)
    {
      stages = sl_store_lookup_application_stages (hub->store, unsure, &error);
      if (stages == NULL)
        g_warning ("Could not look the changed applications up: %s", error->message);
    }

  stage_ids = g_hash_table_new (g_str_hash, g_str_equal);
  if (stages != NULL)
    {
      g_hash_table_iter_init (&iter, stages);
      while (g_hash_table_iter_next (&iter, NULL, &stage_id))
        if (stage_id != NULL)
          g_hash_table_add (stage_ids, stage_id);
    }
  for (guint i = 0; i < lists->len; i++)
    {
      SlApplicationList *self = lists->pdata[i];

      if (!g_hash_table_contains (reloaded, self) &&
          (stages == NULL || g_hash_table_contains (stage_ids, self->stage_id)))
        hub_reload_list (self, NULL);
    }
}

static gboolean
hub_reload_cb (gpointer user_data)
{
  ListHub *hub = user_data;
  g_autoptr (GPtrArray) lists = hub_ref_lists (hub);
  g_autoptr (GHashTable) unsure = g_steal_pointer (&hub->unsure);
  g_autoptr (GHashTable) reloaded = g_hash_table_new (NULL, NULL);

  hub->reload_id = 0;
  for (guint i = 0; i < lists->len; i++)
    {
      SlApplicationList *self = lists->pdata[i];

      /* Reloading removes the list's own idle. */
      if (self->reload_id != 0)
        {
          hub_reload_list (self, unsure);
          g_hash_table_add (reloaded, self);
        }
    }
  if (unsure != NULL)
    hub_reload_gained (hub, lists, reloaded, unsure);
  return G_SOURCE_REMOVE;
}

/* Anything wider than one record: every list re-reads its order from an
 * idle. */
static void
hub_queue_idle (ListHub *hub)
{
  if (hub->reload_id == 0)
    hub->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, hub_reload_cb, hub, NULL);
}

static void
hub_everything_changed_cb (SlStore    *store,
                           const char *record_type,
                           const char *record_id,
                           ListHub    *hub)
{
  g_autoptr (GPtrArray) lists = hub_ref_lists (hub);

  hub_queue_idle (hub);
  for (guint i = 0; i < lists->len; i++)
    if (!load_rest (lists->pdata[i]))
      sl_application_list_queue_reload (lists->pdata[i]);
}

/* A batch of applications (more than the store tells one by one), with
 * their ids: the lists that hold one of them reload; the ids that none
 * holds, and those a list lost when it reloaded, are the cards that may
 * have entered another list: their stages are looked up at once, after
 * the reloads, and only the lists of those stages reload too. The others
 * run no SQL. Without the ids (past the store's MAX_BATCH_IDS, or a write
 * to all of them) every list reloads. On the 100 000-candidate demo board
 * (bench-change-batch: 500 moves, which renumber the column they go to,
 * 8 700-16 300 applications a batch) 1 195-1 900 ids are looked up and
 * three of the five columns (8 125 cards) keep still: 10 statements a
 * batch instead of 14-15, 121 ms of CPU instead of 128-140 (2 busy
 * cores); looking all the batch's ids up instead cost 222-235 ms. */
static void
hub_application_batch_changed (SlStore    *store,
                               const char *record_type,
                               ListHub    *hub)
{
  GHashTable *ids = sl_store_get_batch_ids (store, record_type);
  g_autoptr (GPtrArray) lists = NULL;
  GHashTableIter iter;
  gpointer id;

  if (ids == NULL)
    {
      hub_everything_changed_cb (store, record_type, NULL, hub);
      return;
    }

  /* Ahead of the lists' own idles, which it clears. */
  hub_queue_idle (hub);
  lists = hub_ref_lists (hub);
  /* A partial list cannot tell which cards it holds: it reads them all
   * now, as it is after the batch. */
  for (guint i = 0; i < lists->len; i++)
    load_rest (lists->pdata[i]);

  if (hub->unsure == NULL)
    hub->unsure = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      gboolean held = FALSE;

      for (guint i = 0; i < lists->len; i++)
        {
          SlApplicationList *self = lists->pdata[i];

          if (g_hash_table_contains (self->by_id, id))
            {
              held = TRUE;
              sl_application_list_queue_reload (self);
            }
        }
      if (!held)
        g_hash_table_add (hub->unsure, g_strdup (id));
    }
}

/* The card updates now, in the list that holds it and in the one of the
 * stage it is in now (the two columns of a move). */
static void
hub_application_changed_cb (SlStore    *store,
                            const char *record_type,
                            const char *record_id,
                            ListHub    *hub)
{
  g_autoptr (GPtrArray) lists = NULL;
  g_autofree char *stage_id = NULL;
  gboolean looked_up = FALSE;

  if (record_id == NULL)
    {
      hub_application_batch_changed (store, record_type, hub);
      return;
    }

  lists = hub_ref_lists (hub);
  for (guint i = 0; i < lists->len; i++)
    {
      SlApplicationList *self = lists->pdata[i];

      if (load_rest (self))
        continue;
      if (!g_hash_table_contains (self->by_id, record_id))
        {
          if (!looked_up)
            {
              stage_id = sl_store_lookup_application_stage (store, record_id);
              looked_up = TRUE;
            }
          if (g_strcmp0 (stage_id, self->stage_id) != 0)
            continue;
        }
      sl_application_list_refresh_application (self, record_id);
    }
}

/* A card shows its candidate's name, headline and tags. */
static void
hub_candidate_changed_cb (SlStore    *store,
                          const char *record_type,
                          const char *record_id,
                          ListHub    *hub)
{
  g_autoptr (GPtrArray) lists = NULL;

  if (record_id == NULL)
    {
      hub_everything_changed_cb (store, record_type, record_id, hub);
      return;
    }

  lists = hub_ref_lists (hub);
  for (guint i = 0; i < lists->len; i++)
    if (!load_rest (lists->pdata[i]))
      sl_application_list_refresh_candidate (lists->pdata[i], record_id);
}

/* A card shows its next interview. */
static void
hub_interview_changed_cb (SlStore    *store,
                          const char *record_type,
                          const char *record_id,
                          ListHub    *hub)
{
  g_autoptr (GPtrArray) lists = NULL;
  g_autofree char *application_id = NULL;

  if (record_id == NULL)
    {
      hub_everything_changed_cb (store, record_type, record_id, hub);
      return;
    }

  application_id = sl_store_lookup_interview_application (store, record_id);
  lists = hub_ref_lists (hub);
  for (guint i = 0; i < lists->len; i++)
    {
      SlApplicationList *self = lists->pdata[i];

      if (!load_rest (self) && application_id != NULL &&
          g_hash_table_contains (self->by_id, application_id))
        sl_application_list_refresh_application (self, application_id);
    }
}

static void
list_hub_free (gpointer data)
{
  ListHub *hub = data;

  /* The store is being finalized: its handlers are gone already. */
  g_clear_handle_id (&hub->reload_id, g_source_remove);
  g_clear_pointer (&hub->unsure, g_hash_table_unref);
  g_ptr_array_unref (hub->lists);
  g_free (hub);
}

void
sl_application_list_hub_add (SlStore           *store,
                             SlApplicationList *self)
{
  ListHub *hub = g_object_get_data (G_OBJECT (store), LIST_HUB_KEY);

  if (hub == NULL)
    {
      /* The details a card shows, and those that change the order:
       * a posting's own fields and the activity log change no card. */
      static const struct {
        const char *signal;
        GCallback   callback;
      } handlers[] = {
        { "changed::application", G_CALLBACK (hub_application_changed_cb) },
        { "changed::candidate", G_CALLBACK (hub_candidate_changed_cb) },
        { "changed::interview", G_CALLBACK (hub_interview_changed_cb) },
        { "changed::stage", G_CALLBACK (hub_everything_changed_cb) },
        { "changed::" SL_STORE_CHANGED_EVERYTHING, G_CALLBACK (hub_everything_changed_cb) },
      };

      hub = g_new0 (ListHub, 1);
      hub->store = store;
      hub->lists = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (store), LIST_HUB_KEY, hub, list_hub_free);
      for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
        g_signal_connect (store, handlers[i].signal, handlers[i].callback, hub);
    }
  g_ptr_array_add (hub->lists, self);
}

void
sl_application_list_hub_remove (SlStore           *store,
                                SlApplicationList *self)
{
  ListHub *hub = g_object_get_data (G_OBJECT (store), LIST_HUB_KEY);

  if (hub != NULL)
    g_ptr_array_remove_fast (hub->lists, self);
}

