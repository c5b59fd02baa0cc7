/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application shell: the window, its three areas with the postings page, empty states and the open error. */
#include "config.h"

#include <glib/gstdio.h>

#include "gui-test-utils.h"

#include "sl-app.h"
#include "sl-demo.h"
#include "sl-preferences-window.h"
#include "sl-window.h"
#include "sl-add-candidate-dialog.h"
#include "sl-board.h"
#include "sl-candidates-page.h"
#include "sl-postings-page.h"

/* The toasts an overlay shows now (libadwaita 1.2 has no API to list them). */
static guint
count_toasts (AdwToastOverlay *overlay)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
        n++;
    }

  return n;
}

static void
assert_focus_in (SlWindow  *window,
                 GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  g_assert_true (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
destroy_and_check_finalized (SlWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_flush_events ();
  g_assert_finalize_object (window);
}

static void
wait_for_layout (SlWindow *window)
{
  /* Two frames: one to allocate the new size, one for what reacts to it. */
  for (guint frames = 0; frames < 2; frames++)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      gint64 counter = gdk_frame_clock_get_frame_counter (clock);
      gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

      gtk_widget_queue_resize (GTK_WIDGET (window));
      while (gdk_frame_clock_get_frame_counter (clock) == counter &&
             g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
    }
  gui_test_flush_events ();
}

static void
window_areas_body (SlApp *app)
{
  SlWindow *window;
  AdwViewStack *stack;
  SlPostingsPage *postings_page;
  const char * const page_headers[] = { "sidebar_header", "content_header" };
  const struct { const char *name; const char *title; } areas[] = {
    { "postings", "Postings" },
    { "candidates", "Candidates" },
    { "interviews", "Interviews" },
  };

  window = gui_test_get_window (app);
  g_assert_nonnull (sl_app_get_store (app));
  g_assert_true (sl_window_get_store (window) == sl_app_get_store (app));
  g_assert_null (sl_app_get_error_dialog (app));

  stack = gui_test_window_child (window, "stack");
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, areas[i].name);
      AdwViewStackPage *page;

      g_assert_nonnull (child);
      page = adw_view_stack_get_page (stack, child);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, areas[i].title);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }

  /* The window opens with the focus in its area, not on the switcher:
   * the area's own keys (Ctrl+I, Shift+Delete…) answer only there. */
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         adw_view_stack_get_visible_child (stack)));

  /* The actions behind Alt+1…3 switch the visible area, and back; the
   * focus goes along. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area",
                                                 "s", areas[i].name));
      gui_test_flush_events ();
      g_assert_cmpstr (sl_window_get_visible_area (window), ==, areas[i].name);
      g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                             adw_view_stack_get_child_by_name (stack, areas[i].name)));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area",
                                             "s", "postings"));
  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "postings");

  /* One set of window buttons: the window's header bar has them, the page's
   * header bars below it are flat toolbars without. */
  postings_page = sl_window_get_postings_page (window);
  g_assert_true (SL_IS_POSTINGS_PAGE (postings_page));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (postings_page), gui_test_window_child (window, "postings_stack")));
  g_assert_null (adw_header_bar_get_decoration_layout (gui_test_window_child (window, "header_bar")));
  for (guint i = 0; i < G_N_ELEMENTS (page_headers); i++)
    {
      AdwHeaderBar *header = gui_test_template_child (postings_page, SL_TYPE_POSTINGS_PAGE, page_headers[i]);

      g_assert_cmpstr (adw_header_bar_get_decoration_layout (header), ==, ":");
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (header), "flat"));
    }

  /* On a wide window the switcher is in the header bar, not at the bottom. */
  wait_for_layout (window);
  g_test_message ("Window width: %d", gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 800);
  g_assert_false (adw_view_switcher_title_get_title_visible (gui_test_window_child (window, "switcher_title")));
  g_assert_false (adw_view_switcher_bar_get_reveal (gui_test_window_child (window, "switcher_bar")));

  destroy_and_check_finalized (window);
  gui_test_stop_app (app);
}

static void
test_window_areas (void)
{
  gui_test_run_app_on_empty (window_areas_body);
}

static void
window_last_area_body (SlApp *app)
{
  g_autoptr (GSettings) settings = g_settings_new ("io.github.shortlist.Shortlist");
  g_autofree char *last_area = NULL;
  SlWindow *window;

  window = gui_test_get_window (app);
  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "interviews");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  last_area = g_settings_get_string (settings, "last-area");
  g_assert_cmpstr (last_area, ==, "candidates");
  g_settings_set_string (settings, "last-area", "postings");

  gui_test_stop_app (app);
}

static void
test_window_last_area (void)
{
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *path = NULL;

  if (gui_test_skip_without_display ())
    return;

  /* What the last run left behind is where the next one starts. */
  settings = g_settings_new ("io.github.shortlist.Shortlist");
  g_settings_set_string (settings, "last-area", "interviews");

  path = gui_test_database_path ("test.db");
  gui_test_run_app (path, window_last_area_body);
}

static void
window_empty_then_sample_data_body (SlApp *app)
{
  SlWindow *window;
  SlPostingsPage *page;
  GListModel *model;
  SlPosting *selected;

  window = gui_test_get_window (app);
  page = sl_window_get_postings_page (window);
  g_assert_nonnull (page);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "postings_stack")), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "candidates_stack")), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "interviews_stack")), ==, "empty");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* What the "Load Sample Data" button does. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "postings_stack")), ==, "page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "candidates_stack")), ==, "page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "interviews_stack")), ==, "page");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  model = sl_postings_page_get_visible_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 2);

  /* The window's toast, then one from the page: both show, each in its overlay. */
  g_assert_cmpuint (count_toasts (gui_test_window_child (window, "toast_overlay")), ==, 1);
  g_assert_true (sl_postings_page_select_posting (page, sl_record_get_id (g_list_model_get_item (model, 0))));
  g_object_unref (g_list_model_get_item (model, 0));
  selected = sl_postings_page_get_selected (page);
  g_assert_nonnull (selected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "postings.duplicate", NULL));
  gui_test_flush_events ();
  g_assert_cmpuint (count_toasts (gui_test_template_child (page, SL_TYPE_POSTINGS_PAGE, "toast_overlay")), ==, 1);
  g_assert_cmpuint (count_toasts (gui_test_window_child (window, "toast_overlay")), ==, 1);

  destroy_and_check_finalized (window);
  gui_test_stop_app (app);
}

static void
test_window_empty_then_sample_data (void)
{
  gui_test_run_app_on_empty (window_empty_then_sample_data_body);
}

/* The Interviews area's empty state follows the interviews, which the
 * window hears by their own detail of "changed". */
static void
window_interviews_empty_again_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlStore *store = sl_window_get_store (window);
  g_autoptr (GPtrArray) summaries = NULL;
  g_autoptr (GError) error = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "interviews_stack")), ==, "page");

  summaries = sl_store_list_interview_summaries (store, G_MININT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summaries->len, >, 0);
  for (guint i = 0; i < summaries->len; i++)
    {
      const SlInterviewSummary *summary = summaries->pdata[i];

      g_assert_true (sl_store_delete_interview (store, summary->id, &error));
      g_assert_no_error (error);
    }
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "interviews_stack")), ==, "empty");

  gui_test_stop_app (app);
}

static void
test_window_interviews_empty_again (void)
{
  gui_test_run_app_on_empty (window_interviews_empty_again_body);
}

static void
window_new_posting_body (SlApp *app)
{
  SlWindow *window;
  SlPostingsPage *page;
  SlPostingEditor *editor;
  GListModel *model;
  SlPosting *selected;
  SlStoreCounts counts = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *first_id = NULL;

  window = gui_test_get_window (app);
  page = sl_window_get_postings_page (window);
  editor = sl_postings_page_get_editor (page);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "interviews");
  gui_test_flush_events ();

  /* From another area and an empty database: the page shows, creates the
   * posting, selects it and puts the cursor in its title. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-posting", NULL));
  gui_test_flush_events ();

  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "postings");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "postings_stack")), ==, "page");
  model = sl_postings_page_get_visible_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  selected = sl_postings_page_get_selected (page);
  g_assert_nonnull (selected);
  g_assert_cmpstr (sl_posting_get_title (selected), ==, "Untitled Posting");
  first_id = g_strdup (sl_record_get_id (SL_RECORD (selected)));
  assert_focus_in (window, sl_posting_editor_get_field_widget (editor, "title"));

  g_assert_true (sl_store_get_counts (sl_app_get_store (app), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.postings, ==, 1);

  /* Again, from the Candidates area: a second posting, the one selected. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-posting", NULL));
  gui_test_flush_events ();
  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "postings");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  selected = sl_postings_page_get_selected (page);
  g_assert_nonnull (selected);
  g_assert_cmpstr (sl_record_get_id (SL_RECORD (selected)), !=, first_id);
  assert_focus_in (window, sl_posting_editor_get_field_widget (editor, "title"));

  g_assert_true (sl_store_get_counts (sl_app_get_store (app), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.postings, ==, 2);

  gui_test_stop_app (app);
}

static void
test_window_new_posting (void)
{
  gui_test_run_app_on_empty (window_new_posting_body);
}

static GtkWindow *
find_add_candidate_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (const GList *l = toplevels; l != NULL; l = l->next)
    if (SL_IS_ADD_CANDIDATE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

static void
window_candidates_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlCandidatesPage *page = sl_window_get_candidates_page (window);
  GtkWindow *dialog;
  guint n_postings;

  g_assert_true (SL_IS_CANDIDATES_PAGE (page));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (page), gui_test_window_child (window, "candidates_stack")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "candidates_stack")), ==, "empty");

  /* The empty state's Add Candidate: the page shows and asks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-candidate", NULL));
  gui_test_flush_events ();
  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "candidates");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "candidates_stack")), ==, "page");
  dialog = find_add_candidate_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  /* Ready for the name to be typed. */
  {
    GtkWidget *name = sl_add_candidate_dialog_get_row (SL_ADD_CANDIDATE_DIALOG (dialog), "name");
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

    g_test_message ("add dialog focus: %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "none");
    g_assert_nonnull (focus);
    g_assert_true (focus == name || gtk_widget_is_ancestor (focus, name));
  }
  gtk_window_destroy (dialog);
  gui_test_flush_events ();
  g_assert_null (find_add_candidate_dialog ());

  /* Ctrl+Shift+N and Ctrl+N mean the same in every area (test-shortcuts.c). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-candidate", NULL));
  gui_test_flush_events ();
  dialog = find_add_candidate_dialog ();
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  gui_test_flush_events ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-posting", NULL));
  gui_test_flush_events ();
  g_assert_null (find_add_candidate_dialog ());
  n_postings = g_list_model_get_n_items (sl_postings_page_get_visible_model (sl_window_get_postings_page (window)));
  g_assert_cmpuint (n_postings, ==, 1);

  /* Sample data fills the page; the window's area switcher shows it. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "candidates_stack")), ==, "page");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* Ctrl+F outside the pages: the search of the area shown; on Postings,
   * the board's when it shows. */
  {
    GtkSearchBar *candidates_search = GTK_SEARCH_BAR (gtk_widget_get_template_child (GTK_WIDGET (page), SL_TYPE_CANDIDATES_PAGE,
                                                                                     "search_bar"));
    SlPostingsPage *postings = sl_window_get_postings_page (window);
    SlBoard *board = sl_postings_page_get_board (postings);
    GtkSearchBar *board_search = NULL;
    GtkSearchBar *postings_search = NULL;

    g_assert_false (gtk_search_bar_get_search_mode (candidates_search));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
    gui_test_flush_events ();
    g_assert_true (gtk_search_bar_get_search_mode (candidates_search));

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
    gui_test_flush_events ();
    g_assert_nonnull (sl_postings_page_get_selected (postings));
    /* The new posting's editor shows: the list of postings. */
    g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (board)));
    postings_search = GTK_SEARCH_BAR (gtk_widget_get_template_child (GTK_WIDGET (postings), SL_TYPE_POSTINGS_PAGE,
                                                                     "search_bar"));
    g_assert_false (gtk_search_bar_get_search_mode (postings_search));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
    gui_test_flush_events ();
    g_assert_true (gtk_search_bar_get_search_mode (postings_search));
    gtk_search_bar_set_search_mode (postings_search, FALSE);

    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (postings),
                                                                                         SL_TYPE_POSTINGS_PAGE,
                                                                                         "view_stack")),
                                           "board");
    /* The stack maps its new child on its next frame. */
    GUI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (board)), 10);
    board_search = GTK_SEARCH_BAR (gtk_widget_get_template_child (GTK_WIDGET (board), SL_TYPE_BOARD, "search_bar"));
    g_assert_false (gtk_search_bar_get_search_mode (board_search));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
    gui_test_flush_events ();
    g_assert_true (gtk_search_bar_get_search_mode (board_search));
    g_assert_false (gtk_search_bar_get_search_mode (postings_search));
  }

  /* An area shown for the first time, while it loads: the focus goes to
   * its spinner, and on to the list when the list replaces it. */
  {
    AdwViewStack *stack = gui_test_window_child (window, "stack");
    GtkWidget *focus;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "interviews");
    gui_test_spin (500);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, adw_view_stack_get_child_by_name (stack, "interviews")));
  }

  destroy_and_check_finalized (window);
  gui_test_stop_app (app);
}

static void
test_window_candidates (void)
{
  gui_test_run_app_on_empty (window_candidates_body);
}

static const char garbage[] = "This is a shopping list, not a database.\n"
                              "Milk, eggs, bread, and enough bytes to fill a SQLite header.\n";

static void
window_bad_database_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  GtkWindow *dialog;
  const char *body;

  g_assert_null (sl_app_get_store (app));
  g_assert_null (sl_window_get_store (window));
  g_assert_null (sl_window_get_postings_page (window));
  g_assert_null (sl_window_get_candidates_page (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, "postings_stack")), ==, "empty");
  dialog = sl_app_get_error_dialog (app);
  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "quit"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("Error dialog: %s", body);
  g_assert_nonnull (strstr (body, "--database"));

  /* Nothing can write to a database that is not open. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "load-sample-data"));

  /* The Quit button quits. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  gui_test_flush_events ();

  gui_test_stop_app (app);
}

static void
window_narrow_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlPostingsPage *page = sl_window_get_postings_page (window);
  AdwLeaflet *leaflet = gui_test_template_child (page, SL_TYPE_POSTINGS_PAGE, "leaflet");
  AdwViewSwitcherBar *switcher_bar = gui_test_window_child (window, "switcher_bar");
  GListModel *model;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  g_autoptr (SlPosting) second = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();

  /* 360 px wide: the phone layout of the GNOME HIG. */
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  while ((gtk_widget_get_width (GTK_WIDGET (window)) > 400 ||
          !adw_leaflet_get_folded (leaflet)) &&
         g_get_monotonic_time () < deadline)
    wait_for_layout (window);
  g_test_message ("Window width: %d", gtk_widget_get_width (GTK_WIDGET (window)));

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_view_switcher_title_get_title_visible (gui_test_window_child (window, "switcher_title")));
  g_assert_true (adw_view_switcher_bar_get_reveal (switcher_bar));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  /* Opening a posting shows it; the area switcher steps aside for the
   * page's own; going back brings it again. */
  model = sl_postings_page_get_visible_model (page);
  second = g_list_model_get_item (model, 1);
  g_assert_true (sl_postings_page_select_posting (page, sl_record_get_id (SL_RECORD (second))));
  g_signal_emit_by_name (gui_test_template_child (page, SL_TYPE_POSTINGS_PAGE, "list_view"), "activate", 1);
  gui_test_flush_events ();
  /* The page's switcher title learns it is too narrow once laid out. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!adw_view_switcher_bar_get_reveal (gui_test_template_child (page, SL_TYPE_POSTINGS_PAGE, "switcher_bar")) &&
         g_get_monotonic_time () < deadline)
    wait_for_layout (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_false (adw_view_switcher_bar_get_reveal (switcher_bar));
  g_assert_true (adw_view_switcher_bar_get_reveal (gui_test_template_child (page, SL_TYPE_POSTINGS_PAGE, "switcher_bar")));

  /* Another area while a posting is open: the area switcher is back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  gui_test_flush_events ();
  g_assert_true (adw_view_switcher_bar_get_reveal (switcher_bar));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
  gui_test_flush_events ();
  g_assert_false (adw_view_switcher_bar_get_reveal (switcher_bar));

  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  gui_test_flush_events ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  g_assert_true (adw_view_switcher_bar_get_reveal (switcher_bar));

  gui_test_stop_app (app);
}

static void
test_window_narrow (void)
{
  gui_test_run_app_on_empty (window_narrow_body);
}

static void
test_window_bad_database (void)
{
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  gsize length = 0;
  GStatBuf before_stat, after_stat;

  if (gui_test_skip_without_display ())
    return;

  path = gui_test_database_path ("test.db");
  g_assert_true (g_file_set_contents (path, garbage, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &before_stat), ==, 0);

  gui_test_run_app (path, window_bad_database_body);

  g_assert_true (g_file_get_contents (path, &after, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (after, length, garbage, strlen (garbage));
  g_assert_cmpint (g_stat (path, &after_stat), ==, 0);
  g_assert_cmpint (after_stat.st_mtime, ==, before_stat.st_mtime);
  g_assert_cmpint (after_stat.st_size, ==, before_stat.st_size);
}

static void
preferences_color_scheme_body (SlApp *app)
{
  g_autofree char *scheme = NULL;
  g_autoptr (GSettings) settings = g_settings_new ("io.github.shortlist.Shortlist");
  AdwStyleManager *style_manager;
  GtkWindow *preferences = NULL;
  GList *toplevels;
  GtkWidget *row;

  style_manager = adw_style_manager_get_default ();

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  gui_test_flush_events ();

  toplevels = gtk_window_list_toplevels ();
  for (const GList *l = toplevels; l != NULL; l = l->next)
    if (SL_IS_PREFERENCES_WINDOW (l->data))
      preferences = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (gui_test_get_window (app)));

  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                   SL_TYPE_PREFERENCES_WINDOW,
                                                   "color_scheme_row"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);

  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                   SL_TYPE_PREFERENCES_WINDOW,
                                                   "database_row"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   sl_app_get_database_path (app));

  gtk_window_destroy (preferences);
  gui_test_stop_app (app);
}

static void
test_preferences_color_scheme (void)
{
  gui_test_run_app_on_empty (preferences_color_scheme_body);
}

/* The window opens on the board: the posting editor is built when the
 * Edit view first shows, with the posting selected before. */
static void
lazy_editor_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlPostingsPage *page = sl_window_get_postings_page (window);
  AdwBin *editor_bin = ADW_BIN (gtk_widget_get_template_child (GTK_WIDGET (page), SL_TYPE_POSTINGS_PAGE, "editor_bin"));
  AdwViewStack *views = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (page), SL_TYPE_POSTINGS_PAGE, "view_stack"));
  SlPosting *selected;

  gui_test_flush_events ();
  g_assert_null (adw_bin_get_child (editor_bin));
  /* Not built for the Candidates and Interviews areas either. */
  g_assert_null (adw_bin_get_child (ADW_BIN (gui_test_window_child (window, "candidates_bin"))));
  g_assert_null (adw_bin_get_child (ADW_BIN (gui_test_window_child (window, "interviews_bin"))));
  selected = sl_postings_page_get_selected (page);
  g_assert_nonnull (selected);
  g_assert_cmpstr (sl_posting_get_title (selected), ==, "Lazy Editor");

  adw_view_stack_set_visible_child_name (views, "edit");
  gui_test_flush_events ();
  g_assert_nonnull (adw_bin_get_child (editor_bin));
  g_assert_cmpstr (sl_posting_get_title (sl_posting_editor_get_posting (SL_POSTING_EDITOR (adw_bin_get_child (editor_bin)))),
                   ==, "Lazy Editor");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sl_posting_editor_get_field_widget (sl_postings_page_get_editor (page), "title"))),
                   ==, "Lazy Editor");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "interviews");
  gui_test_flush_events ();
  g_assert_nonnull (adw_bin_get_child (ADW_BIN (gui_test_window_child (window, "interviews_bin"))));
  gui_test_stop_app (app);
}

static void
test_window_lazy_editor (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GError) error = NULL;

  if (gui_test_skip_without_display ())
    return;

  path = gui_test_database_path ("test.db");
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  sl_posting_set_title (posting, "Lazy Editor");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  /* Other tests of this process may have left another area as the last. */
  settings = g_settings_new ("io.github.shortlist.Shortlist");
  g_settings_set_string (settings, "last-area", "postings");

  gui_test_run_app (path, lazy_editor_body);
}

/* Ctrl+? opens the Keyboard Shortcuts, built only then. */
static void
shortcuts_body (SlApp *app)
{
  GtkWindow *window = GTK_WINDOW (gui_test_get_window (app));
  GtkWindow *shortcuts = NULL;
  GList *toplevels;
  guint n_found = 0;

  toplevels = gtk_window_list_toplevels ();
  for (const GList *l = toplevels; l != NULL; l = l->next)
    n_found += GTK_IS_SHORTCUTS_WINDOW (l->data);
  g_list_free (toplevels);
  g_assert_cmpuint (n_found, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  gui_test_flush_events ();

  toplevels = gtk_window_list_toplevels ();
  for (const GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_WINDOW (l->data))
      shortcuts = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  gtk_window_destroy (shortcuts);
  gui_test_stop_app (app);
}

static void
test_window_shortcuts (void)
{
  gui_test_run_app_on_empty (shortcuts_body);
}

/* Under Xvfb, OpenGL is Mesa's software rasterizer (or missing): the
 * window draws with cairo, unless GSK_RENDERER says otherwise. */
static void
renderer_body (SlApp *app)
{
  GtkWindow *window = GTK_WINDOW (gui_test_get_window (app));
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  g_assert_nonnull (renderer);
  if (g_getenv ("GSK_RENDERER") == NULL)
    g_assert_true (GSK_IS_CAIRO_RENDERER (renderer));
  g_test_message ("renderer: %s", G_OBJECT_TYPE_NAME (renderer));
  gui_test_stop_app (app);
}

static void
test_window_renderer (void)
{
  gui_test_run_app_on_empty (renderer_body);
}

/* The width and height an empty box of @css_class asks for: its padding
 * and minimum size, when a style sheet gives it some. */
static void
measure_styled_box (const char *css_class,
                    int        *width,
                    int        *height)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));

  gtk_widget_add_css_class (box, css_class);
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, width, NULL, NULL, NULL);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, -1, height, NULL, NULL, NULL);
  g_assert_finalize_object (box);
}

/* One style path: AdwApplication loads style.css, which brings the
 * board's and the Interviews area's style sheets with it, before either
 * screen is built (they used to load their own when first shown). */
static void
style_body (SlApp *app)
{
  int width, height;

  gui_test_get_window (app);
  /* style.css itself: padding 9px 12px. */
  measure_styled_box ("read-only-notice", &width, &height);
  g_assert_cmpint (width, ==, 24);
  g_assert_cmpint (height, ==, 18);
  /* sl-board.css: min-width 16px, padding 1px 8px. */
  measure_styled_box ("board-count", &width, &height);
  g_assert_cmpint (width, ==, 32);
  g_assert_cmpint (height, ==, 2);
  /* sl-interviews.css: padding 18px 6px 6px 6px. */
  measure_styled_box ("sl-interviews-note", &width, &height);
  g_assert_cmpint (width, ==, 12);
  g_assert_cmpint (height, ==, 24);
  gui_test_stop_app (app);
}

static void
test_window_style (void)
{
  gui_test_run_app_on_empty (style_body);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/window/areas", test_window_areas);
  g_test_add_func ("/gui/window/last-area", test_window_last_area);
  g_test_add_func ("/gui/window/empty-then-sample-data", test_window_empty_then_sample_data);
  g_test_add_func ("/gui/window/interviews-empty-again", test_window_interviews_empty_again);
  g_test_add_func ("/gui/window/new-posting", test_window_new_posting);
  g_test_add_func ("/gui/window/narrow", test_window_narrow);
  g_test_add_func ("/gui/window/candidates", test_window_candidates);
  g_test_add_func ("/gui/window/bad-database", test_window_bad_database);
  g_test_add_func ("/gui/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/gui/window/lazy-pages", test_window_lazy_editor);
  g_test_add_func ("/gui/window/renderer", test_window_renderer);
  g_test_add_func ("/gui/window/style", test_window_style);
  g_test_add_func ("/gui/preferences/color-scheme", test_preferences_color_scheme);

  return g_test_run ();
}
