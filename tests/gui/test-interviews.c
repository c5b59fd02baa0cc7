/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Interviews area: lazy loading, day groups in time order, local and planned-zone times, live updates, activation. */
#include "config.h"

#include "gui-test-utils.h"

#include "sl-demo.h"
#include "sl-interview-item.h"
#include "sl-interview-row.h"
#include "sl-interviews-page.h"

typedef struct
{
  char             *path;
  SlStore          *store;
  GtkWindow        *window;
  SlInterviewsPage *page;
  char             *shown_candidate;
} Fixture;

static void
show_candidate_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  Fixture *f = user_data;

  g_free (f->shown_candidate);
  f->shown_candidate = g_variant_dup_string (parameter, NULL);
}

/* Tomorrow at @hour:00 UTC (the tests run with TZ=UTC). */
static gint64
tomorrow_at (int hour)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr (GDateTime) at = g_date_time_new_utc (g_date_time_get_year (tomorrow),
                                                  g_date_time_get_month (tomorrow),
                                                  g_date_time_get_day_of_month (tomorrow),
                                                  hour, 0, 0);

  return g_date_time_to_unix (at) * G_USEC_PER_SEC;
}

/* One interview of the first demo application, planned in New York. */
static char *
add_new_york_interview (SlStore *store,
                        gint64   starts_at)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) summaries = sl_store_list_interview_summaries (store, G_MININT64, &error);
  g_autoptr (SlInterview) interview = sl_interview_new ();
  const char * const people[] = { "Ada Lovelace", NULL };
  const SlInterviewSummary *any;

  g_assert_no_error (error);
  g_assert_cmpuint (summaries->len, >, 0);
  any = summaries->pdata[0];

  sl_interview_set_application_id (interview, any->application_id);
  sl_interview_set_kind (interview, "technical");
  sl_interview_set_starts_at (interview, starts_at);
  sl_interview_set_ends_at (interview, starts_at + G_TIME_SPAN_HOUR);
  sl_interview_set_time_zone (interview, "America/New_York");
  sl_interview_set_interviewers (interview, people);
  sl_interview_set_video_link (interview, "https://meet.example.com/ny");
  sl_store_save_interview (store, interview, &error);
  g_assert_no_error (error);

  return g_strdup (sl_record_get_id (SL_RECORD (interview)));
}

static void
fixture_set_up (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = { { "show-candidate", show_candidate_cb, "s", NULL, NULL, { 0 } } };
  SlDemoOptions options = { 0 };

  f->store = gui_test_open_store ("interviews.db", &f->path);
  sl_demo_fill (f->store, &options, &error);
  g_assert_no_error (error);

  gui_test_load_app_style ();
  f->page = SL_INTERVIEWS_PAGE (sl_interviews_page_new (f->store));
  f->window = GTK_WINDOW (gtk_window_new ());
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), f);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (f->window, 800, 900);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));

  /* Nothing is read before the page is shown. */
  gui_test_spin (50);
  g_assert_false (sl_interviews_page_get_loaded (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (sl_interviews_page_get_model (f->page)), ==, 0);

  gtk_window_present (f->window);
  GUI_TEST_WAIT_UNTIL (sl_interviews_page_get_loaded (f->page), 10);
  gui_test_flush_events ();
}

static void
fixture_tear_down (Fixture *f)
{
  gui_test_tear_down (f->window, f->page, &f->store, &f->path);
  g_clear_pointer (&f->shown_candidate, g_free);
}

static SlInterviewItem *
item_at (Fixture *f,
         guint    position)
{
  g_autoptr (SlInterviewItem) item = g_list_model_get_item (sl_interviews_page_get_model (f->page), position);

  /* The page keeps it alive. */
  return item;
}

static guint
find_interview (Fixture    *f,
                const char *id)
{
  GListModel *model = sl_interviews_page_get_model (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      const SlInterviewSummary *summary = sl_interview_item_get_summary (item_at (f, i));

      if (summary != NULL && g_str_equal (summary->id, id))
        return i;
    }
  return G_MAXUINT;
}

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  item)
{
  return SL_IS_INTERVIEW_ROW (widget) && sl_interview_row_get_item (SL_INTERVIEW_ROW (widget)) == item;
}

/* The row on screen that shows the item at @position. */
static SlInterviewRow *
row_at (Fixture *f,
        guint    position)
{
  GtkListView *view = sl_interviews_page_get_list_view (f->page);
  SlInterviewRow *row;

  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);
  GUI_TEST_WAIT_UNTIL ((row = SL_INTERVIEW_ROW (gui_test_find (GTK_WIDGET (view), is_row_of,
                                                               item_at (f, position)))) != NULL,
                       10);
  g_assert_nonnull (row);

  return row;
}

static void
test_order_and_days (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) summaries = NULL;
  GListModel *model;
  guint n, n_interviews = 0, n_days = 0, past_at = G_MAXUINT;
  gint64 previous_start = G_MININT64;
  int previous_day = -1;
  int min_width = 0;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  model = sl_interviews_page_get_model (f.page);
  n = g_list_model_get_n_items (model);
  summaries = sl_store_list_interview_summaries (f.store, G_MININT64, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sl_interview_item_get_item_type (item_at (&f, 0)), ==, SL_INTERVIEW_ITEM_SECTION);
  g_assert_cmpstr (sl_interview_item_get_title (item_at (&f, 0)), ==, "Upcoming");

  for (guint i = 1; i < n; i++)
    {
      SlInterviewItem *item = item_at (&f, i);
      const SlInterviewSummary *summary = sl_interview_item_get_summary (item);

      switch (sl_interview_item_get_item_type (item))
        {
        case SL_INTERVIEW_ITEM_SECTION:
          g_assert_cmpstr (sl_interview_item_get_title (item), ==, "Past");
          g_assert_cmpuint (past_at, ==, G_MAXUINT);
          past_at = i;
          previous_day = -1;
          break;
        case SL_INTERVIEW_ITEM_DAY:
          /* A day's header comes before its interviews. */
          g_assert_cmpint (sl_interview_item_get_item_type (item_at (&f, i + 1)), ==, SL_INTERVIEW_ITEM_INTERVIEW);
          g_assert_true (sl_interview_item_get_first (item_at (&f, i + 1)));
          g_assert_cmpstr (sl_interview_item_get_title (item), !=, "");
          n_days++;
          previous_start = G_MININT64;
          break;
        case SL_INTERVIEW_ITEM_INTERVIEW:
          {
            g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (summary->starts_at / G_USEC_PER_SEC);
            int day = g_date_time_get_year (utc) * 1000 + g_date_time_get_day_of_year (utc);

            /* By time within a day; days forwards while upcoming, back in the past. */
            g_assert_cmpint (summary->starts_at, >=, previous_start);
            if (previous_day != -1 && day != previous_day)
              {
                if (past_at == G_MAXUINT)
                  g_assert_cmpint (day, >, previous_day);
                else
                  g_assert_cmpint (day, <, previous_day);
              }
            if (past_at == G_MAXUINT)
              g_assert_cmpint (summary->ends_at, >, g_get_real_time ());
            else
              g_assert_cmpint (summary->ends_at, <=, g_get_real_time ());
            previous_start = summary->starts_at;
            previous_day = day;
            n_interviews++;
          }
          break;
        case SL_INTERVIEW_ITEM_NOTE:
          g_assert_cmpuint (i, ==, 1);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (n_interviews, ==, summaries->len);

  /* It fits a phone. */
  gtk_widget_measure (GTK_WIDGET (f.page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_test_message ("Minimum width: %d", min_width);
  g_assert_cmpint (min_width, <=, 360);
  g_assert_cmpuint (n_days, >, 1);
  g_assert_cmpuint (past_at, !=, G_MAXUINT);

  fixture_tear_down (&f);
}

static void
test_zones_and_changes (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlInterview) interview = NULL;
  g_autoptr (GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr (GDateTime) starts_utc = NULL;
  g_autoptr (GDateTime) there = NULL;
  g_autofree char *id = NULL;
  g_autofree char *expected_zone = NULL;
  g_autofree char *candidate_id = NULL;
  SlInterviewRow *row;
  SlInterviewItem *item;
  const char *text;
  guint position;
  gint64 starts_at = tomorrow_at (15);

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  g_assert_nonnull (new_york);

  /* Added after the first load: it shows up. */
  id = add_new_york_interview (f.store, starts_at);
  GUI_TEST_WAIT_UNTIL ((position = find_interview (&f, id)) != G_MAXUINT, 10);

  /* Under the "Tomorrow" header of the upcoming interviews. */
  for (guint i = position; i > 0; i--)
    {
      if (sl_interview_item_get_item_type (item_at (&f, i - 1)) == SL_INTERVIEW_ITEM_DAY)
        {
          g_assert_cmpstr (sl_interview_item_get_title (item_at (&f, i - 1)), ==, "Tomorrow");
          break;
        }
    }

  /* The local time (UTC here), and New York's clock that day. */
  starts_utc = g_date_time_new_from_unix_utc (starts_at / G_USEC_PER_SEC);
  there = g_date_time_to_timezone (starts_utc, new_york);
  expected_zone = g_date_time_format (there, "%H:%M New York");
  row = row_at (&f, position);
  text = sl_interview_row_get_time_text (row);
  g_test_message ("Row time: %s", text);
  g_assert_true (g_str_has_prefix (text, "15:00–16:00 · "));
  g_assert_true (g_str_has_suffix (text, expected_zone));
  g_assert_nonnull (strstr (sl_interview_row_get_accessible_text (row), "15:00–16:00"));
  g_assert_nonnull (strstr (sl_interview_row_get_accessible_text (row), "Technical"));

  /* Activating it shows its candidate. */
  item = item_at (&f, position);
  candidate_id = g_strdup (sl_interview_item_get_summary (item)->candidate_id);
  g_signal_emit_by_name (sl_interviews_page_get_list_view (f.page), "activate", position);
  g_assert_cmpstr (f.shown_candidate, ==, candidate_id);

  /* Rescheduled: the row follows. */
  interview = sl_store_get_interview (f.store, id, &error);
  g_assert_no_error (error);
  sl_interview_set_starts_at (interview, tomorrow_at (17));
  sl_interview_set_ends_at (interview, tomorrow_at (18));
  sl_store_save_interview (f.store, interview, &error);
  g_assert_no_error (error);

  GUI_TEST_WAIT_UNTIL ((position = find_interview (&f, id)) != G_MAXUINT &&
                       sl_interview_item_get_summary (item_at (&f, position))->starts_at == tomorrow_at (17),
                       10);
  row = row_at (&f, position);
  g_assert_true (g_str_has_prefix (sl_interview_row_get_time_text (row), "17:00–18:00 · "));

  /* Deleted: gone. */
  sl_store_delete_interview (f.store, id, &error);
  g_assert_no_error (error);
  GUI_TEST_WAIT_UNTIL (find_interview (&f, id) == G_MAXUINT, 10);

  fixture_tear_down (&f);
}

/* Deleting a candidate or a posting, or erasing a candidate, tells only
 * their own types and the applications' (not "interview"): their
 * interviews leave the list all the same. */
static void
test_others_deleted (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *id = add_new_york_interview (f.store, tomorrow_at (9 + round));
      g_autoptr (SlInterview) interview = sl_store_get_interview (f.store, id, &error);
      g_autoptr (SlApplication) application = NULL;

      g_assert_no_error (error);
      application = sl_store_get_application (f.store, sl_interview_get_application_id (interview), &error);
      g_assert_no_error (error);
      GUI_TEST_WAIT_UNTIL (find_interview (&f, id) != G_MAXUINT, 10);

      if (round == 0)
        sl_store_delete_candidate (f.store, sl_application_get_candidate_id (application), &error);
      else if (round == 1)
        sl_store_delete_posting (f.store, sl_application_get_posting_id (application), &error);
      else
        sl_store_erase_candidate (f.store, sl_application_get_candidate_id (application), &error);
      g_assert_no_error (error);
      GUI_TEST_WAIT_UNTIL (find_interview (&f, id) == G_MAXUINT, 10);
    }

  fixture_tear_down (&f);
}

static void
test_format (void)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *kind = NULL;
  g_autofree char *text = NULL;
  SlInterviewSummary summary = { 0 };
  /* 2025-12-03 14:00 UTC, a Wednesday: 09:00 in New York. */
  gint64 starts_at = G_GINT64_CONSTANT (1764770400) * G_USEC_PER_SEC;

  summary.starts_at = starts_at;
  summary.ends_at = starts_at + G_TIME_SPAN_HOUR;
  summary.time_zone = (char *) "America/New_York";
  text = sl_interview_format_times (&summary, utc);
  g_assert_cmpstr (text, ==, "14:00–15:00 · 09:00 New York");
  g_clear_pointer (&text, g_free);

  /* Planned where the user is: once. */
  summary.time_zone = (char *) "UTC";
  text = sl_interview_format_times (&summary, utc);
  g_assert_cmpstr (text, ==, "14:00–15:00");
  g_clear_pointer (&text, g_free);

  /* Another day there. */
  summary.time_zone = (char *) "Pacific/Auckland";
  text = sl_interview_format_times (&summary, berlin);
  g_assert_cmpstr (text, ==, "15:00–16:00 · Thu 03:00 Auckland");

  kind = sl_interview_kind_to_label ("phone_screen");
  g_assert_cmpstr (kind, ==, "Phone screen");
  g_clear_pointer (&kind, g_free);
  kind = sl_interview_kind_to_label ("culture_fit");
  g_assert_cmpstr (kind, ==, "Culture fit");
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/interviews/format", test_format);
  g_test_add_func ("/gui/interviews/order-and-days", test_order_and_days);
  g_test_add_func ("/gui/interviews/zones-and-changes", test_zones_and_changes);
  g_test_add_func ("/gui/interviews/others-deleted", test_others_deleted);

  return g_test_run ();
}
