/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidatesPage: everyone in the database, searchable and sortable, with bulk actions and the details pane. */
#define G_LOG_DOMAIN "sl-candidates-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-candidates-page-private.h"
#include "sl-read-only.h"
#include "sl-store-async.h"
#include "sl-tooltips.h"

#define RELOAD_DELAY_MS   300

G_DEFINE_FINAL_TYPE (SlCandidatesPage, sl_candidates_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_load (SlCandidatesPage *self);

void
sl_candidates_page_toast (SlCandidatesPage *self,
                          const char       *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The stack and the counts */

static void
update_state (SlCandidatesPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  /* Matches not appended yet count too. */
  guint matches = MAX (shown, self->n_matches);
  g_autofree char *count = NULL;
  const char *page;

  if (!self->loaded)
    page = "loading";
  else if (total == 0)
    page = "empty";
  else if (shown == 0)
    page = "no-results";
  else
    page = "list";
  gtk_stack_set_visible_child_name (self->content_stack, page);
  gtk_spinner_set_spinning (self->spinner, !self->loaded);

  if (!self->loaded)
    count = g_strdup ("");
  else if (self->search_text != NULL && self->counting)
    count = g_strdup (_("Counting the matches…"));
  else if (self->search_text != NULL)
    /* Translators: shown while searching, e.g. "12 of 100000 candidates" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u candidate", "%u of %u candidates", total),
                             matches, total);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate", "%u candidates", total), total);
  gtk_label_set_text (self->count_label, count);
}

static void
rows_changed_cb (SlCandidatesPage *self)
{
  update_state (self);
}

/* Selection */

GPtrArray *
sl_candidates_page_selected_ids (SlCandidatesPage *self)
{
  g_autoptr (GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    {
      do
        {
          g_autoptr (SlCandidateItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

          if (item != NULL)
            g_ptr_array_add (ids, g_strdup (sl_candidate_item_get_id (item)));
        }
      while (gtk_bitset_iter_next (&iter, &position));
    }

  return ids;
}

/* Reading, searching and exporting stay on a read-only database. */
static void
disable_writes (SlCandidatesPage *self)
{
  sl_read_only_disable_actions (GTK_WIDGET (self), self->store,
                                (const char * const[]) { "candidates.add", "candidates.import",
                                                         "candidates.add-tag", "candidates.add-to-posting",
                                                         "candidates.erase", NULL });
}

static void
selection_changed_cb (SlCandidatesPage *self)
{
  g_autoptr (GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n = gtk_bitset_get_size (selected);

  if (n > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", (gulong) n),
                                                (guint) n);
      gtk_label_set_text (self->selection_label, label);
    }
  gtk_revealer_set_reveal_child (self->selection_revealer, n > 0);

  for (const char * const *a = (const char * const[]) { "candidates.add-tag", "candidates.export",
                                                        "candidates.erase", NULL }; *a != NULL; a++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *a, n > 0);
  disable_writes (self);

  if (n == 1)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                                gtk_bitset_get_minimum (selected));
      if (item != NULL)
        sl_candidate_details_set_candidate_id (self->details, sl_candidate_item_get_id (item));
    }
}

/* Folding: the list, then the details (with a back button) on a narrow window. */

/* Whether the list and the details pane do not fit side by side, as on a
 * phone: the leaflet folds when they do not get their minimum widths. A
 * hidden pane measures nothing; its size request is what it would take. */
static gboolean
too_narrow_for_both (SlCandidatesPage *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->leaflet));
  int needed = 0;

  if (adw_leaflet_get_folded (self->leaflet))
    return TRUE;
  if (width <= 0)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->leaflet));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum = 0;

      if (gtk_widget_get_visible (child))
        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      else
        gtk_widget_get_size_request (child, &minimum, NULL);
      needed += MAX (minimum, 0);
    }
  return width < needed;
}

static void
show_details (SlCandidatesPage *self)
{
  /* The pane appears with its first candidate (details_candidate_cb()):
   * the leaflet folds only at its next allocation. */
  if (!adw_leaflet_get_folded (self->leaflet) && too_narrow_for_both (self))
    self->details_on_fold = TRUE;
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "details");
}

static void
back_clicked_cb (SlCandidatesPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
folded_cb (SlCandidatesPage *self)
{
  /* Folding shows the list first, as the Postings page does, unless it
   * folds because someone was just opened. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, self->details_on_fold ? "details" : "list");
  self->details_on_fold = FALSE;
}

static void
row_activated_cb (SlCandidatesPage *self,
                  guint             position)
{
  g_autoptr (SlCandidateItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    {
      sl_candidate_details_set_candidate_id (self->details, sl_candidate_item_get_id (item));
      show_details (self);
    }
}

/* On a narrow window a single click on a row opens that person, as in
 * GNOME's sidebars; the click has selected the row once the idle runs.
 * Keyboard users activate the row with Enter. */
static gboolean
click_idle_cb (gpointer user_data)
{
  SlCandidatesPage *self = user_data;
  g_autoptr (GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  self->click_id = 0;
  if (too_narrow_for_both (self) && gtk_bitset_get_size (selected) == 1)
    row_activated_cb (self, gtk_bitset_get_minimum (selected));

  return G_SOURCE_REMOVE;
}

static void
click_released_cb (GtkGestureClick  *gesture,
                   int               n_press,
                   double            x,
                   double            y,
                   SlCandidatesPage *self)
{
  GtkWidget *picked;
  guint state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (!too_narrow_for_both (self) ||
      (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) != 0)
    return;

  /* Only a click on a row, not on a column header. */
  picked = gtk_widget_pick (GTK_WIDGET (self->column_view), x, y, GTK_PICK_DEFAULT);
  for (; picked != NULL && picked != GTK_WIDGET (self->column_view); picked = gtk_widget_get_parent (picked))
    {
      if (g_strcmp0 (gtk_widget_get_css_name (picked), "row") == 0)
        {
          if (self->click_id == 0)
            self->click_id = g_idle_add (click_idle_cb, self);
          return;
        }
    }
}

static void scroll_to (SlCandidatesPage *self,
                       guint             position);

/* Search */

/* The rest of the matches: a search finds the best
 * SL_CANDIDATES_SEARCH_LIMIT at once; when there may be more, a worker thread with its own connection lists
 * the ids of all the others, newest first, from the index alone (20 to
 * 300 ms for a one-letter prefix over 100 000 people, on its own thread),
 * which gives the true count. The main loop appends them MORE_CHUNK at a
 * time as the list is scrolled near its end (append_more()): appending
 * 99 000 rows at once held it for a quarter of a second. */

#define MORE_CHUNK 2000

/* Appends up to @n more matches (G_MAXUINT: all) to the list. */
static void
append_more (SlCandidatesPage *self,
             guint             n)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  if (self->more_ids == NULL)
    return;
  while (self->more_next < self->more_ids->len && items->len < n)
    {
      SlCandidateItem *item = g_hash_table_lookup (self->items_by_id,
                                                   g_ptr_array_index (self->more_ids, self->more_next++));

      if (item != NULL)
        g_ptr_array_add (items, item);
    }
  if (self->more_next >= self->more_ids->len)
    g_clear_pointer (&self->more_ids, g_ptr_array_unref);
  g_list_store_splice (self->search_store, g_list_model_get_n_items (G_LIST_MODEL (self->search_store)), 0,
                       items->pdata, items->len);
}

static void
more_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (SlCandidatesPage) self = user_data;
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->search_store));
  g_autoptr (GHashTable) shown = NULL;
  gboolean sorted;

  ids = sl_store_list_matching_candidate_ids_finish (SL_STORE (object), result, &error);
  /* A search started since cancelled this one: its own count is coming. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->more_cancellable);
  self->counting = FALSE;
  if (ids == NULL)
    {
      sl_candidates_page_toast (self, error->message);
      update_state (self);
      return;
    }

  /* The others: the first matches are shown already. */
  shown = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (G_LIST_MODEL (self->search_store), i);

      g_hash_table_add (shown, (gpointer) sl_candidate_item_get_id (item));
    }
  g_clear_pointer (&self->more_ids, g_ptr_array_unref);
  self->more_ids = g_ptr_array_new_full (ids->len, g_free);
  for (guint i = 0; i < ids->len; i++)
    if (!g_hash_table_contains (shown, g_ptr_array_index (ids, i)))
      g_ptr_array_add (self->more_ids, g_steal_pointer (&g_ptr_array_index (ids, i)));
  self->n_matches = n + self->more_ids->len;
  self->more_next = 0;
  /* A sorted list sorts all of them; otherwise the next ones, as scrolled to. */
  sorted = gtk_sorter_get_order (gtk_column_view_get_sorter (self->column_view)) != GTK_SORTER_ORDER_NONE;
  append_more (self, sorted ? G_MAXUINT : MORE_CHUNK);
  update_state (self);
}

static void
cancel_more (SlCandidatesPage *self)
{
  if (self->more_cancellable != NULL)
    g_cancellable_cancel (self->more_cancellable);
  g_clear_object (&self->more_cancellable);
  g_clear_pointer (&self->more_ids, g_ptr_array_unref);
  self->counting = FALSE;
  self->n_matches = 0;
}

static void
start_more (SlCandidatesPage *self)
{
  cancel_more (self);
  self->counting = TRUE;
  self->more_cancellable = g_cancellable_new ();
  sl_store_list_matching_candidate_ids_async (self->store, self->search_text, self->more_cancellable,
                                              more_done_cb, g_object_ref (self));
}

/* Near the end of the list: the next matches. */
static void
vscroll_cb (SlCandidatesPage *self,
            GtkAdjustment    *adjustment)
{
  double page = gtk_adjustment_get_page_size (adjustment);

  if (self->more_ids != NULL &&
      gtk_adjustment_get_value (adjustment) + 3 * page >= gtk_adjustment_get_upper (adjustment))
    {
      append_more (self, MORE_CHUNK);
      update_state (self);
    }
}

/* While searching, the sort model shows the list of the matches (the best
 * in relevance order first, until a column is sorted) instead of filtering
 * everyone: a search costs the matches, not the 100 000 rows. */
static void
run_search (SlCandidatesPage *self)
{
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GError) error = NULL;

  cancel_more (self);
  if (self->search_text == NULL)
    {
      if (gtk_sort_list_model_get_model (self->sort_model) != G_LIST_MODEL (self->items))
        gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->items));
      g_list_store_remove_all (self->search_store);
      update_state (self);
      return;
    }

  results = sl_store_search_candidates (self->store, self->search_text, NULL, SL_CANDIDATES_SEARCH_LIMIT, &error);
  if (results == NULL)
    {
      sl_candidates_page_toast (self, error->message);
      results = g_ptr_array_new ();
    }

  matches = g_ptr_array_new ();
  for (guint i = 0; i < results->len; i++)
    {
      SlCandidateItem *item = g_hash_table_lookup (self->items_by_id,
                                                   sl_record_get_id (g_ptr_array_index (results, i)));
      if (item != NULL)
        g_ptr_array_add (matches, item);
    }
  g_list_store_splice (self->search_store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->search_store)),
                       matches->pdata, matches->len);
  if (gtk_sort_list_model_get_model (self->sort_model) != G_LIST_MODEL (self->search_store))
    gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->search_store));
  /* A full page of matches: there may be more. */
  if (results->len >= SL_CANDIDATES_SEARCH_LIMIT)
    start_more (self);
  update_state (self);
}

void
sl_candidates_page_set_search (SlCandidatesPage *self,
                               const char       *query)
{
  g_autofree char *text = g_strstrip (g_strdup (query != NULL ? query : ""));

  g_autofree char *previous = NULL;

  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));

  previous = g_steal_pointer (&self->search_text);
  if (text[0] != '\0')
    self->search_text = g_steal_pointer (&text);
  run_search (self);

  /* Another query shows its best matches. The list view would keep the
   * rows it had in view instead: the middle of the last query's matches. */
  if (g_strcmp0 (previous, self->search_text) != 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    scroll_to (self, 0);
}

static void
search_changed_cb (SlCandidatesPage *self)
{
  sl_candidates_page_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (SlCandidatesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Loading: everyone's summary in a worker thread with its own connection. */

typedef struct
{
  GPtrArray  *items;   /* SlCandidateItem */
  GHashTable *by_id;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->items, g_ptr_array_unref);
  g_clear_pointer (&loaded->by_id, g_hash_table_unref);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

/* The items are built on the worker thread too: the main loop only
 * splices them in. */
static gpointer
build_items_cb (GPtrArray *summaries,
                gpointer   user_data)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->items = g_ptr_array_new_full (summaries->len, g_object_unref);
  loaded->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < summaries->len; i++)
    {
      SlCandidateItem *item = sl_candidate_item_new (summaries->pdata[i]);

      summaries->pdata[i] = NULL;
      g_hash_table_insert (loaded->by_id, g_strdup (sl_candidate_item_get_id (item)), item);
      g_ptr_array_add (loaded->items, item);
    }
  g_ptr_array_unref (summaries);

  return loaded;
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (SlCandidatesPage) self = user_data;
  g_autoptr (Loaded) loaded = NULL;
  g_autoptr (GError) error = NULL;

  loaded = sl_store_list_candidate_summaries_finish (SL_STORE (object), result, &error);
  self->loading = FALSE;
  if (loaded == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sl_candidates_page_toast (self, error->message);
      return;
    }

  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  self->items_by_id = g_steal_pointer (&loaded->by_id);
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       loaded->items->pdata, loaded->items->len);
  g_hash_table_remove_all (self->pending_ids);

  if (!self->loaded)
    {
      self->loaded = TRUE;
      /* A sort order kept from last time shows the top once sorted. */
      self->scroll_after_sort = gtk_sort_list_model_get_pending (self->sort_model) > 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
  if (self->search_text != NULL)
    run_search (self);
  update_state (self);

  if (self->pending_show_id != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->pending_show_id);

      sl_candidates_page_show_candidate (self, id);
    }

  if (self->reload_again)
    {
      self->reload_again = FALSE;
      start_load (self);
    }
}

static void
start_load (SlCandidatesPage *self)
{
  if (self->loading)
    {
      self->reload_again = TRUE;
      return;
    }

  self->load_started = TRUE;
  self->loading = TRUE;
  /* Everyone's summary, read on a connection of its own. */
  sl_store_list_candidate_summaries_async (self->store, build_items_cb, NULL, (GDestroyNotify) loaded_free,
                                           self->cancellable, load_done_cb, g_object_ref (self));
  update_state (self);
}

void
sl_candidates_page_load (SlCandidatesPage *self)
{
  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));

  if (!self->load_started)
    start_load (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  SlCandidatesPage *self = user_data;

  self->reload_id = 0;
  start_load (self);

  return G_SOURCE_REMOVE;
}

/* Single rows: update, add or drop the candidates that changed. */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  SlCandidatesPage *self = user_data;
  g_autoptr (GHashTable) ids = g_steal_pointer (&self->pending_ids);
  GHashTableIter iter;
  const char *id;

  self->refresh_id = 0;
  self->pending_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr (GPtrArray) summaries = sl_store_list_candidate_summaries (self->store, id, NULL);
      SlCandidateItem *item = g_hash_table_lookup (self->items_by_id, id);

      if (summaries != NULL && summaries->len == 1)
        {
          SlCandidateSummary *summary = g_ptr_array_steal_index (summaries, 0);

          if (item != NULL)
            {
              sl_candidate_item_update (item, summary);
            }
          else
            {
              g_autoptr (SlCandidateItem) added = sl_candidate_item_new (summary);

              g_hash_table_insert (self->items_by_id, g_strdup (id), added);
              g_list_store_append (self->items, added);
            }
        }
      else if (item != NULL)
        {
          guint position;

          if (g_list_store_find (self->items, item, &position))
            {
              g_hash_table_remove (self->items_by_id, id);
              g_list_store_remove (self->items, position);
            }
        }
    }

  /* Searches see the new values too. */
  if (self->search_text != NULL && g_hash_table_size (ids) > 0)
    run_search (self);
  update_state (self);

  return G_SOURCE_REMOVE;
}

void
sl_candidates_page_queue_refresh (SlCandidatesPage *self,
                                  const char       *candidate_id)
{
  if (!self->loaded || candidate_id == NULL)
    return;

  g_hash_table_add (self->pending_ids, g_strdup (candidate_id));
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
store_changed_cb (SlStore          *store,
                  const char       *record_type,
                  const char       *record_id,
                  SlCandidatesPage *self)
{
  if (!self->load_started)
    return;

  /* Everything, or any candidate or application (see constructed()). */
  if (record_type == NULL || record_id == NULL)
    {
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
      return;
    }

  if (g_str_equal (record_type, "candidate"))
    {
      sl_candidates_page_queue_refresh (self, record_id);
    }
  else if (g_str_equal (record_type, "application"))
    {
      g_autoptr (SlApplication) application = sl_store_get_application (store, record_id, NULL);

      if (application != NULL)
        sl_candidates_page_queue_refresh (self, sl_application_get_candidate_id (application));
    }
}

/* Showing one candidate */

static void
scroll_to (SlCandidatesPage *self,
           guint             position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          return;
        }
    }
}

/* A new sort order shows the start of the list, or the first selected
 * candidate. The list view would keep the row that had the focus in its
 * place instead, wherever the sort took it: a click on Location after
 * opening the page showed the middle of the Ms. */
static void
scroll_after_sort (SlCandidatesPage *self)
{
  g_autoptr (GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  self->scroll_after_sort = FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    scroll_to (self, gtk_bitset_is_empty (selected) ? 0 : gtk_bitset_get_minimum (selected));
}

static gboolean save_sort_cb (gpointer user_data);

static void
sorter_changed_cb (SlCandidatesPage *self)
{
  /* A sorted search sorts every match. */
  if (self->more_ids != NULL &&
      gtk_sorter_get_order (gtk_column_view_get_sorter (self->column_view)) != GTK_SORTER_ORDER_NONE)
    append_more (self, G_MAXUINT);
  /* Once the headers show the new order. */
  if (self->save_sort_id == 0 && self->settings != NULL)
    self->save_sort_id = g_idle_add (save_sort_cb, self);
  self->scroll_after_sort = TRUE;
  if (gtk_sort_list_model_get_pending (self->sort_model) == 0)
    scroll_after_sort (self);
}

static void
sort_pending_cb (SlCandidatesPage *self)
{
  if (self->scroll_after_sort && gtk_sort_list_model_get_pending (self->sort_model) == 0)
    scroll_after_sort (self);
}

void
sl_candidates_page_show_candidate (SlCandidatesPage *self,
                                   const char       *id)
{
  GListModel *model;
  guint n;

  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (id != NULL);

  sl_candidate_details_set_candidate_id (self->details, id);
  show_details (self);

  /* Selected in the list once it is loaded. */
  if (!self->loaded)
    {
      g_free (self->pending_show_id);
      self->pending_show_id = g_strdup (id);
      sl_candidates_page_load (self);
      return;
    }

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (sl_candidate_item_get_id (item), id) == 0)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          scroll_to (self, i);
          return;
        }
    }
}

/* Columns */

/* The cell's own list item is not selectable: in GTK 4.8 a column view's
 * cells are list items too, and a click on a cell reached both the cell's
 * click gesture and its row's, so Ctrl+click toggled the row twice and
 * added nothing to the selection. The row alone selects now. */
#define CELL_UI \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<interface><template class=\"GtkListItem\">" \
  "<property name=\"selectable\">false</property><property name=\"child\">" \
  "<object class=\"GtkInscription\">" \
  "<property name=\"xalign\">0</property>" \
  "<property name=\"min-chars\">%u</property>" \
  "<property name=\"nat-chars\">%u</property>" \
  "<property name=\"text-overflow\">ellipsize-end</property>" \
  "<binding name=\"text\"><lookup name=\"%s\" type=\"SlCandidateItem\">" \
  "<lookup name=\"item\">GtkListItem</lookup></lookup></binding>" \
  "</object></property></template></interface>"

static void
add_column (SlCandidatesPage *self,
            const char       *title,
            const char       *property,
            const char       *sort_property,
            guint             min_chars,
            guint             nat_chars,
            gboolean          expand)
{
  char *ui = g_strdup_printf (CELL_UI, min_chars, nat_chars, property);
  g_autoptr (GBytes) bytes = g_bytes_new_take (ui, strlen (ui));
  g_autoptr (GtkListItemFactory) factory = NULL;
  g_autoptr (GtkColumnViewColumn) column = NULL;
  g_autoptr (GtkSorter) sorter = NULL;
  GtkExpression *expression;

  factory = gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  expression = gtk_property_expression_new (SL_TYPE_CANDIDATE_ITEM, NULL, sort_property);
  if (g_str_equal (sort_property, "last-activity"))
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    {
      sorter = GTK_SORTER (gtk_string_sorter_new (expression));
      gtk_string_sorter_set_ignore_case (GTK_STRING_SORTER (sorter), TRUE);
    }
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  g_object_set_data_full (G_OBJECT (column), "sl-property", g_strdup (sort_property), g_free);
  gtk_column_view_append_column (self->column_view, column);
}

static void
setup_columns (SlCandidatesPage *self)
{
  /* No column is cut to a few letters: below the sum of these minimums the
   * list scrolls sideways; above, the columns of long texts share the
   * width, and every column can be resized by its header's edge. The last
   * activity's minimum fits a day and a time. */
  add_column (self, _("Name"), "name", "name", 14, 20, TRUE);
  add_column (self, _("Email"), "email", "email", 12, 24, TRUE);
  add_column (self, _("Location"), "location", "location", 8, 16, FALSE);
  add_column (self, _("Source"), "source", "source", 6, 10, FALSE);
  add_column (self, _("Tags"), "tags", "tags", 6, 14, TRUE);
  add_column (self, _("Postings"), "postings", "postings", 10, 20, TRUE);
  add_column (self, _("Stage"), "stages", "stages", 8, 12, FALSE);
  add_column (self, _("Status"), "status", "status", 6, 10, FALSE);
  add_column (self, _("Last Activity"), "last-activity-text", "last-activity", 16, 16, FALSE);
}

/* The sort order, kept in GSettings ("candidates-sort-column",
 * "candidates-sort-descending"). GTK 4.8 has no API to ask a column view
 * which column it is sorted by (4.10 adds
 * gtk_column_view_sorter_get_primary_sort_column()): the sort indicator of
 * each column's header says it, as it does to the person. */
static GtkColumnViewColumn *
sorted_column (SlCandidatesPage *self,
               GtkSortType      *out_order)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  guint index = 0;

  if (header == NULL || GTK_IS_LIST_VIEW (header))
    return NULL;
  for (GtkWidget *title = gtk_widget_get_first_child (header);
       title != NULL;
       title = gtk_widget_get_next_sibling (title), index++)
    {
      GtkWidget *child = title;

      /* The title's indicator: its last descendant. */
      while (gtk_widget_get_last_child (child) != NULL)
        child = gtk_widget_get_last_child (child);
      if (g_strcmp0 (gtk_widget_get_css_name (child), "sort-indicator") != 0)
        continue;
      if (gtk_widget_has_css_class (child, "ascending") || gtk_widget_has_css_class (child, "descending"))
        {
          *out_order = gtk_widget_has_css_class (child, "descending") ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;
          return g_list_model_get_item (columns, index);
        }
    }
  return NULL;
}

static gboolean
save_sort_cb (gpointer user_data)
{
  SlCandidatesPage *self = user_data;
  g_autoptr (GtkColumnViewColumn) column = NULL;
  GtkSortType order = GTK_SORT_ASCENDING;

  self->save_sort_id = 0;
  if (self->settings == NULL)
    return G_SOURCE_REMOVE;
  column = sorted_column (self, &order);
  g_settings_set_string (self->settings, "candidates-sort-column",
                         column != NULL ? g_object_get_data (G_OBJECT (column), "sl-property") : "");
  g_settings_set_boolean (self->settings, "candidates-sort-descending", order == GTK_SORT_DESCENDING);

  return G_SOURCE_REMOVE;
}

static void
restore_sort (SlCandidatesPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autofree char *property = NULL;

  if (self->settings == NULL)
    return;
  property = g_settings_get_string (self->settings, "candidates-sort-column");
  for (guint i = 0; property[0] != '\0' && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "sl-property"), property) == 0)
        {
          gtk_column_view_sort_by_column (self->column_view, column,
                                          g_settings_get_boolean (self->settings, "candidates-sort-descending")
                                            ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          return;
        }
    }
}

/* GObject */

static void
sl_candidates_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sl_candidates_page_parent_class)->map (widget);

  sl_candidates_page_load (SL_CANDIDATES_PAGE (widget));
}

/* The details pane takes a third of the window: it is there only while it
 * shows someone, so that the list has the whole width until then. */
static void
details_candidate_cb (SlCandidatesPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->details_box),
                          sl_candidate_details_get_candidate_id (self->details) != NULL);
}

static void
sl_candidates_page_constructed (GObject *object)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  G_OBJECT_CLASS (sl_candidates_page_parent_class)->constructed (object);

  g_assert (SL_IS_STORE (self->store));
  disable_writes (self);
  sl_store_connect_changed (self->store, (const char *[]) { "candidate", "application", NULL },
                            G_CALLBACK (store_changed_cb), self, 0);
  self->details = SL_CANDIDATE_DETAILS (sl_candidate_details_new (self->store));
  adw_bin_set_child (self->details_bin, GTK_WIDGET (self->details));
  g_signal_connect_object (self->details, "notify::candidate-id", G_CALLBACK (details_candidate_cb),
                           self, G_CONNECT_SWAPPED);
  details_candidate_cb (self);
  update_state (self);
}

static void
sl_candidates_page_dispose (GObject *object)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  cancel_more (self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->click_id, g_source_remove);
  g_clear_handle_id (&self->save_sort_id, g_source_remove);
  g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* Tearing the column view down changes the sorter: no more updates. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);

  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (sl_candidates_page_parent_class)->dispose (object);
}

static void
sl_candidates_page_finalize (GObject *object)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->search_store);
  g_clear_object (&self->items);
  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pending_ids, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->pending_show_id, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->postings_menu);
  g_clear_object (&self->postings);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidates_page_parent_class)->finalize (object);
}

static void
sl_candidates_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidates_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidates_page_class_init (SlCandidatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_candidates_page_constructed;
  object_class->dispose = sl_candidates_page_dispose;
  object_class->finalize = sl_candidates_page_finalize;
  object_class->get_property = sl_candidates_page_get_property;
  object_class->set_property = sl_candidates_page_set_property;
  widget_class->map = sl_candidates_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_CANDIDATE_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/candidates/sl-candidates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, details_bin);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, add_to_posting_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_cb);

  sl_candidates_page_install_actions (widget_class);
}

static void
postings_popup_cb (GtkMenuButton *button,
                   gpointer       user_data)
{
  sl_candidates_page_update_postings_menu (user_data);
}

static void
sl_candidates_page_init (SlCandidatesPage *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  sl_tooltips_hide_over_popovers (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->items = g_list_store_new (SL_TYPE_CANDIDATE_ITEM);
  self->items_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->postings_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->add_to_posting_button, G_MENU_MODEL (self->postings_menu));
  gtk_menu_button_set_create_popup_func (self->add_to_posting_button,
                                         postings_popup_cb, self, NULL);

  setup_columns (self);

  self->search_store = g_list_store_new (SL_TYPE_CANDIDATE_ITEM);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  g_signal_connect_swapped (self->sort_model, "items-changed", G_CALLBACK (rows_changed_cb), self);
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  /* After the sort model's own handler, which starts sorting. */
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sorter_changed_cb), self);
  g_signal_connect_swapped (self->sort_model, "notify::pending", G_CALLBACK (sort_pending_cb), self);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->sort_model));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)), "value-changed",
                           G_CALLBACK (vscroll_cb), self, G_CONNECT_SWAPPED);
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr (GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE)
                                                        : NULL;

    if (schema != NULL && g_settings_schema_has_key (schema, "candidates-sort-column"))
      self->settings = g_settings_new (BASE_APP_ID);
  }
  restore_sort (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  for (const char * const *a = (const char * const[]) { "candidates.add-tag", "candidates.export",
                                                        "candidates.erase", NULL }; *a != NULL; a++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *a, FALSE);
}

GtkWidget *
sl_candidates_page_new (SlStore *store)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_CANDIDATES_PAGE, "store", store, NULL);
}

SlStore *
sl_candidates_page_get_store (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return self->store;
}

gboolean
sl_candidates_page_get_loaded (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), FALSE);

  return self->loaded;
}

GListModel *
sl_candidates_page_get_model (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

GtkSelectionModel *
sl_candidates_page_get_selection (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

GtkColumnView *
sl_candidates_page_get_column_view (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return self->column_view;
}

SlCandidateDetails *
sl_candidates_page_get_details (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return self->details;
}

const char *
sl_candidates_page_get_count_text (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}
