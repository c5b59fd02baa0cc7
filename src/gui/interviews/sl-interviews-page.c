/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterviewsPage: the Interviews area, every interview by day, upcoming first, read-only. */
#define G_LOG_DOMAIN "sl-interviews-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-interview-item.h"
#include "sl-interview-row.h"
#include "sl-interviews-page.h"
#include "sl-store-async.h"

/* Changes often come in bursts (a save, then its activity, another window's
 * batch): one reload for all of them. */
#define RELOAD_DELAY_MS 100
/* Interviews move from Upcoming to Past, and Today becomes Yesterday. */
#define REGROUP_INTERVAL_S 60
/* The first screen is read first: the interviews from half a day ago on
 * (one in progress started before now), more than fill a tall window even
 * after a busy morning. Reading and grouping 70 000 interviews takes some
 * two seconds; these take milliseconds. */
#define FIRST_ROWS 200
#define FIRST_ROWS_SINCE (G_TIME_SPAN_DAY / 2)

struct _SlInterviewsPage
{
  AdwBin        parent_instance;

  SlStore      *store;
  GListStore   *items;        /* SlInterviewItem, as shown */
  GPtrArray    *summaries;    /* SlInterviewSummary, by start time */
  GCancellable *cancellable;
  guint         reload_id;
  guint         regroup_id;
  guint         generation;   /* of self->summaries */
  gboolean      load_started;
  gboolean      loading;
  gboolean      reload_again;
  gboolean      regrouping;
  gboolean      shown;        /* the list has been shown, maybe its first rows only */
  gboolean      loaded;       /* every interview has been read */

  /* Template widgets */
  GtkStack     *stack;
  GtkSpinner   *spinner;
  GtkListView  *list_view;
};

G_DEFINE_FINAL_TYPE (SlInterviewsPage, sl_interviews_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_load (SlInterviewsPage *self);

static void
update_state (SlInterviewsPage *self)
{
  gboolean list = self->shown || self->loaded;

  gtk_stack_set_visible_child_name (self->stack, list ? "list" : "loading");
  gtk_spinner_set_spinning (self->spinner, !list && self->loading);
  if (list && gtk_widget_has_focus (GTK_WIDGET (self->spinner)))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Grouping */

static char *
day_title (GDateTime *day,
           GDateTime *today)
{
  GDate a, b;
  int days;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  g_date_set_dmy (&b, g_date_time_get_day_of_month (today), g_date_time_get_month (today),
                  g_date_time_get_year (today));
  days = g_date_days_between (&b, &a);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Tomorrow"));
  if (days == -1)
    return g_strdup (_("Yesterday"));
  if (g_date_time_get_year (day) == g_date_time_get_year (today))
    /* Translators: a day heading, "Thursday, 3 December"; see g_date_time_format(). */
    return g_date_time_format (day, C_("day heading", "%A, %-d %B"));
  /* Translators: a day heading in another year, "Thursday, 3 December 2026". */
  return g_date_time_format (day, C_("day heading with year", "%A, %-d %B %Y"));
}

/* The local day an interview starts on, as a number that sorts. */
static int
day_key (const SlInterviewSummary *summary,
         GTimeZone                *local,
         GDateTime               **out_time)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (summary->starts_at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) time = NULL;
  int key;

  if (utc == NULL)
    utc = g_date_time_new_from_unix_utc (0);
  time = g_date_time_to_timezone (utc, local);
  key = g_date_time_get_year (time) * 1000 + g_date_time_get_day_of_year (time);
  if (out_time != NULL)
    *out_time = g_steal_pointer (&time);

  return key;
}

/* Adds a header and the interviews of each day in @rows (by start time),
 * from the first day on or from the last day back. */
static void
add_days (GPtrArray  *items,
          GPtrArray  *rows,
          gboolean    newest_first,
          GTimeZone  *local,
          GDateTime  *today)
{
  guint n = rows->len;
  guint i = 0;

  while (i < n)
    {
      /* The group [start, end) of one day, walking forwards or backwards. */
      guint start, end;
      int key;
      g_autoptr (GDateTime) day = NULL;
      g_autofree char *title = NULL;

      if (newest_first)
        {
          end = n - i;
          key = day_key (rows->pdata[end - 1], local, &day);
          start = end - 1;
          while (start > 0 && day_key (rows->pdata[start - 1], local, NULL) == key)
            start--;
        }
      else
        {
          start = i;
          key = day_key (rows->pdata[start], local, &day);
          end = start + 1;
          while (end < n && day_key (rows->pdata[end], local, NULL) == key)
            end++;
        }

      title = day_title (day, today);
      g_ptr_array_add (items, sl_interview_item_new_header (SL_INTERVIEW_ITEM_DAY, title));
      for (guint j = start; j < end; j++)
        g_ptr_array_add (items, sl_interview_item_new_interview (rows->pdata[j], j == start, j + 1 == end));

      i += end - start;
    }
}

/* Upcoming (not over yet) by day from today on, then Past from the most
 * recent day back; within a day, by start time. @first_rows: @summaries are
 * the first rows only, and a note says that more are coming. Runs in a
 * worker thread: it takes a third of a second for 70 000 interviews. */
static GPtrArray *
build_items (GPtrArray *summaries,
             gboolean   first_rows)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) upcoming = g_ptr_array_new ();
  g_autoptr (GPtrArray) past = g_ptr_array_new ();
  g_autoptr (GTimeZone) local = g_time_zone_new_local ();
  g_autoptr (GDateTime) today = g_date_time_new_now (local);
  gint64 now = g_get_real_time ();

  for (guint i = 0; summaries != NULL && i < summaries->len; i++)
    {
      SlInterviewSummary *summary = summaries->pdata[i];

      g_ptr_array_add (MAX (summary->ends_at, summary->starts_at) > now ? upcoming : past, summary);
    }

  g_ptr_array_add (items, sl_interview_item_new_header (SL_INTERVIEW_ITEM_SECTION, _("Upcoming")));
  if (upcoming->len == 0)
    g_ptr_array_add (items, sl_interview_item_new_header (SL_INTERVIEW_ITEM_NOTE,
                                                          _("No upcoming interviews")));
  add_days (items, upcoming, FALSE, local, today);

  if (past->len > 0)
    {
      g_ptr_array_add (items, sl_interview_item_new_header (SL_INTERVIEW_ITEM_SECTION, _("Past")));
      add_days (items, past, TRUE, local, today);
    }
  if (first_rows)
    g_ptr_array_add (items, sl_interview_item_new_header (SL_INTERVIEW_ITEM_NOTE,
                                                          _("Loading more interviews…")));

  return g_steal_pointer (&items);
}

/* Replaces only the items between the unchanged head and tail, so the rows
 * on screen and the scroll position stay where they are. */
static void
apply_items (SlInterviewsPage *self,
             GPtrArray        *items)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (model);
  guint head = 0, tail = 0;

  while (head < n_old && head < items->len)
    {
      g_autoptr (SlInterviewItem) old = g_list_model_get_item (model, head);

      if (!sl_interview_item_equal (old, items->pdata[head]))
        break;
      head++;
    }
  while (tail < n_old - head && tail < items->len - head)
    {
      g_autoptr (SlInterviewItem) old = g_list_model_get_item (model, n_old - 1 - tail);

      if (!sl_interview_item_equal (old, items->pdata[items->len - 1 - tail]))
        break;
      tail++;
    }

  if (head == n_old && head == items->len)
    return;
  g_list_store_splice (self->items, head, n_old - head - tail,
                       items->pdata + head, items->len - head - tail);
}

/* Loading, and grouping again, in a worker thread: the summaries with a
 * connection of its own, then the items. */

typedef enum
{
  LOAD_FIRST_ROWS,
  LOAD_ALL,
  LOAD_REGROUP,
} LoadKind;

typedef struct
{
  SlInterviewsPage *page;  /* owned */
  LoadKind          kind;
  guint             generation;  /* LOAD_REGROUP: that of the ones grouped again */
} LoadData;

typedef struct
{
  GPtrArray *summaries;
  GPtrArray *items;
} LoadResult;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->page);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->summaries, g_ptr_array_unref);
  g_clear_pointer (&result->items, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* @user_data: whether @summaries are the first rows only. */
static gpointer
build_items_cb (GPtrArray *summaries,
                gpointer   user_data)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->summaries = summaries;
  result->items = build_items (summaries, GPOINTER_TO_INT (user_data));
  return result;
}

static void load_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data);

static void
run_load (SlInterviewsPage *self,
          LoadKind          kind)
{
  LoadData *data = g_new0 (LoadData, 1);
  gboolean first_rows = kind == LOAD_FIRST_ROWS;

  data->page = g_object_ref (self);
  data->kind = kind;
  data->generation = self->generation;
  if (kind == LOAD_REGROUP)
    sl_store_build_async (self->store, self->summaries, build_items_cb, GINT_TO_POINTER (FALSE),
                          (GDestroyNotify) load_result_free, self->cancellable, load_done_cb, data);
  else
    sl_store_list_interview_summaries_async (self->store,
                                             first_rows ? g_get_real_time () - FIRST_ROWS_SINCE : G_MININT64,
                                             first_rows ? FIRST_ROWS : 0,
                                             build_items_cb, GINT_TO_POINTER (first_rows),
                                             (GDestroyNotify) load_result_free,
                                             self->cancellable, load_done_cb, data);
}

static gboolean
regroup_timeout_cb (gpointer user_data)
{
  SlInterviewsPage *self = user_data;

  /* A load groups them anyway. */
  if (!self->loading && !self->regrouping && self->summaries != NULL)
    {
      self->regrouping = TRUE;
      run_load (self, LOAD_REGROUP);
    }

  return G_SOURCE_CONTINUE;
}

static void
show_error (SlInterviewsPage *self,
            const GError     *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_warning ("Could not read the interviews: %s", error->message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (LoadData) data = user_data;
  SlInterviewsPage *self = data->page;
  g_autoptr (LoadResult) loaded = NULL;
  g_autoptr (GError) error = NULL;

  if (data->kind == LOAD_REGROUP)
    loaded = sl_store_build_finish (SL_STORE (object), result, &error);
  else
    loaded = sl_store_list_interview_summaries_finish (SL_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (data->kind == LOAD_REGROUP)
    {
      self->regrouping = FALSE;
      /* Unless newer summaries came in the meantime. */
      if (loaded != NULL && !self->loading && data->generation == self->generation)
        apply_items (self, loaded->items);
      return;
    }

  if (loaded == NULL)
    {
      show_error (self, error);
    }
  else
    {
      apply_items (self, loaded->items);
      if (data->kind == LOAD_FIRST_ROWS)
        {
          /* The first screen is there: now all of them. */
          self->shown = TRUE;
          update_state (self);
          run_load (self, LOAD_ALL);
          return;
        }
      g_clear_pointer (&self->summaries, g_ptr_array_unref);
      self->summaries = g_steal_pointer (&loaded->summaries);
      self->generation++;
      if (self->regroup_id == 0)
        self->regroup_id = g_timeout_add_seconds (REGROUP_INTERVAL_S, regroup_timeout_cb, self);
    }

  self->loading = FALSE;
  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
  update_state (self);

  if (self->reload_again)
    {
      self->reload_again = FALSE;
      start_load (self);
    }
}

static void
start_load (SlInterviewsPage *self)
{
  if (self->loading)
    {
      self->reload_again = TRUE;
      return;
    }

  self->load_started = TRUE;
  self->loading = TRUE;
  run_load (self, self->shown ? LOAD_ALL : LOAD_FIRST_ROWS);
  update_state (self);
}

void
sl_interviews_page_load (SlInterviewsPage *self)
{
  g_return_if_fail (SL_IS_INTERVIEWS_PAGE (self));

  if (!self->load_started)
    start_load (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  SlInterviewsPage *self = user_data;

  self->reload_id = 0;
  start_load (self);

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (SlStore          *store,
                  const char       *record_type,
                  const char       *record_id,
                  SlInterviewsPage *self)
{
  if (!self->load_started)
    return;

  /* Connected to the types it shows only (see constructed()). */
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* The list */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, sl_interview_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  SlInterviewItem *item = gtk_list_item_get_item (list_item);
  gboolean interview = sl_interview_item_get_item_type (item) == SL_INTERVIEW_ITEM_INTERVIEW;

  sl_interview_row_set_item (SL_INTERVIEW_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_activatable (list_item, interview);
  gtk_list_item_set_selectable (list_item, FALSE);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  sl_interview_row_set_item (SL_INTERVIEW_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
activate_cb (SlInterviewsPage *self,
             guint             position)
{
  g_autoptr (SlInterviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  const SlInterviewSummary *summary;

  if (item == NULL || (summary = sl_interview_item_get_summary (item)) == NULL ||
      summary->candidate_id == NULL)
    return;

  /* The window shows the candidate; without it (a test) this does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-candidate", "s", summary->candidate_id);
}

/* GObject */

static void
sl_interviews_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sl_interviews_page_parent_class)->map (widget);

  sl_interviews_page_load (SL_INTERVIEWS_PAGE (widget));
}

static void
sl_interviews_page_constructed (GObject *object)
{
  SlInterviewsPage *self = SL_INTERVIEWS_PAGE (object);

  G_OBJECT_CLASS (sl_interviews_page_parent_class)->constructed (object);

  g_assert (SL_IS_STORE (self->store));
  /* Interviews, and what they show of their candidate and posting. */
  sl_store_connect_changed (self->store,
                            (const char *[]) { "interview", "candidate", "application", "posting", NULL },
                            G_CALLBACK (store_changed_cb), self, 0);
  update_state (self);
}

static void
sl_interviews_page_dispose (GObject *object)
{
  SlInterviewsPage *self = SL_INTERVIEWS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->regroup_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (sl_interviews_page_parent_class)->dispose (object);
}

static void
sl_interviews_page_finalize (GObject *object)
{
  SlInterviewsPage *self = SL_INTERVIEWS_PAGE (object);

  g_clear_object (&self->items);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_interviews_page_parent_class)->finalize (object);
}

static void
sl_interviews_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlInterviewsPage *self = SL_INTERVIEWS_PAGE (object);

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
sl_interviews_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlInterviewsPage *self = SL_INTERVIEWS_PAGE (object);

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
sl_interviews_page_class_init (SlInterviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_interviews_page_constructed;
  object_class->dispose = sl_interviews_page_dispose;
  object_class->finalize = sl_interviews_page_finalize;
  object_class->get_property = sl_interviews_page_get_property;
  object_class->set_property = sl_interviews_page_set_property;
  widget_class->map = sl_interviews_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/interviews/sl-interviews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlInterviewsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewsPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  g_type_ensure (SL_TYPE_INTERVIEW_ROW);
}

static void
sl_interviews_page_init (SlInterviewsPage *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (SL_TYPE_INTERVIEW_ITEM);
  self->cancellable = g_cancellable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

GtkWidget *
sl_interviews_page_new (SlStore *store)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_INTERVIEWS_PAGE, "store", store, NULL);
}

SlStore *
sl_interviews_page_get_store (SlInterviewsPage *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEWS_PAGE (self), NULL);

  return self->store;
}

gboolean
sl_interviews_page_get_loaded (SlInterviewsPage *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEWS_PAGE (self), FALSE);

  return self->loaded;
}

GListModel *
sl_interviews_page_get_model (SlInterviewsPage *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEWS_PAGE (self), NULL);

  return G_LIST_MODEL (self->items);
}

GtkListView *
sl_interviews_page_get_list_view (SlInterviewsPage *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEWS_PAGE (self), NULL);

  return self->list_view;
}
