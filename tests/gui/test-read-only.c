/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A database open read-only: the window says so, and no edit is offered, by button or by shortcut. */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "gui-test-utils.h"

#include "sl-demo.h"
#include "sl-candidates-page.h"
#include "sl-posting-editor.h"
#include "sl-postings-page.h"

/* The actions that write; each must be disabled on a read-only database. */
static const char * const write_actions[] = {
  "win.new-posting", "win.add-candidate", "win.import-posting", "win.import-candidates",
  "postings.new", "postings.duplicate", "postings.archive", "postings.delete",
  "postings.restore", "postings.import", "postings.paste", "postings.undo-import",
  "board.add-candidate", "board.add-stage", "board.rename-stage", "board.move-stage-left",
  "board.move-stage-right", "board.delete-stage", "board.undo",
  "card.move-next", "card.move-previous", "card.move-up", "card.move-down", "card.move-to",
  "card.reject", "card.hire", "card.erase",
  "candidates.add", "candidates.import", "candidates.add-tag", "candidates.add-to-posting",
  "candidates.erase",
  "details.add-attachment", "details.add-to-posting", "details.erase",
  NULL,
};

/* Counts the buttons and other actionables under @widget that would write,
 * and fails if one of them can be used. */
static guint
count_write_actionables (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_ACTIONABLE (widget))
    {
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));

      if (action != NULL && g_strv_contains (write_actions, action))
        {
          g_test_message ("%s → %s: %s", G_OBJECT_TYPE_NAME (widget), action,
                          gtk_widget_is_sensitive (widget) ? "enabled" : "disabled");
          g_assert_false (gtk_widget_is_sensitive (widget));
          n++;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_write_actionables (child);
  return n;
}

static gboolean
is_mapped_of_type (GtkWidget     *widget,
                   gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) type) && gtk_widget_get_mapped (widget);
}

/* The first widget of @type under @widget that is on screen. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  return gui_test_find (widget, is_mapped_of_type, &type);
}

static void
assert_counts (SlStore             *store,
               const SlStoreCounts *expected)
{
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts = { 0 };

  g_assert_true (sl_store_get_counts (store, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.postings, ==, expected->postings);
  g_assert_cmpuint (counts.candidates, ==, expected->candidates);
  g_assert_cmpuint (counts.applications, ==, expected->applications);
}

static guint
count_toplevels (void)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ());
}

/* Checks @window, open on the read-only @store: the notice, then every way
 * of writing, shortcuts (action activations) included. */
static void
check_read_only_window (SlWindow *window,
                        SlStore  *store)
{
  GtkLabel *label = gui_test_window_child (window, "read_only_notice");
  SlPostingsPage *postings = sl_window_get_postings_page (window);
  SlCandidatesPage *candidates = NULL;
  g_autoptr (GError) error = NULL;
  SlStoreCounts before = { 0 };
  GtkWidget *card;
  guint n_toplevels;
  guint n_found;

  g_assert_true (sl_store_is_read_only (store));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  g_test_message ("Notice: %s", gtk_label_get_text (label));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "Read-only"));
  g_assert_nonnull (strstr (gtk_label_get_text (label), sl_store_get_path (store)));

  g_assert_true (sl_store_get_counts (store, &before, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (before.postings, >, 0);

  /* The first posting's board shows, with its cards (the window may open
   * on the area an earlier test left it on). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
  GUI_TEST_WAIT_UNTIL ((card = find_widget (GTK_WIDGET (window), g_type_from_name ("SlBoardCard"))) != NULL, 10);
  n_found = count_write_actionables (GTK_WIDGET (window));
  g_test_message ("%u write buttons in the Postings area, all disabled", n_found);
  g_assert_cmpuint (n_found, >, 0);

  /* Shortcuts activate the same actions: nothing happens. */
  n_toplevels = count_toplevels ();
  for (guint i = 0; write_actions[i] != NULL; i++)
    {
      const char *action = write_actions[i];

      if (g_str_has_prefix (action, "win."))
        gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
      else if (g_str_has_prefix (action, "postings."))
        gtk_widget_activate_action (GTK_WIDGET (postings), action, NULL);
      else if (g_str_has_prefix (action, "card.") && !g_str_equal (action, "card.move-to"))
        gtk_widget_activate_action (card, action, NULL);
    }
  gui_test_flush_events ();
  g_assert_cmpuint (count_toplevels (), ==, n_toplevels);
  assert_counts (store, &before);

  /* Nor does dragging a card start. */
  {
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (card);
    guint n_drag_sources = 0;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DRAG_SOURCE (controller))
          {
            g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_NONE);
            n_drag_sources++;
          }
      }
    g_assert_cmpuint (n_drag_sources, ==, 1);
  }

  /* The editor shows the posting, greyed out. */
  {
    GObject *view_stack = gtk_widget_get_template_child (GTK_WIDGET (postings), SL_TYPE_POSTINGS_PAGE, "view_stack");
    GtkWidget *editor = NULL;

    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "edit");
    GUI_TEST_WAIT_UNTIL ((editor = find_widget (GTK_WIDGET (window), SL_TYPE_POSTING_EDITOR)) != NULL, 10);
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (editor, SL_TYPE_POSTING_EDITOR,
                                                                                         "page"))));
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "board");
  }

  /* Candidates: read, search and export, but not add, import or erase. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  candidates = sl_window_get_candidates_page (window);
  gui_test_spin (300);
  n_found = count_write_actionables (GTK_WIDGET (candidates));
  g_test_message ("%u write buttons in the Candidates area, all disabled", n_found);
  g_assert_cmpuint (n_found, >, 0);
  gtk_widget_activate_action (GTK_WIDGET (candidates), "candidates.add", NULL);
  gtk_widget_activate_action (GTK_WIDGET (candidates), "candidates.import", NULL);
  gui_test_flush_events ();
  g_assert_cmpuint (count_toplevels (), ==, n_toplevels);
  assert_counts (store, &before);
}

static void
make_demo_database (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  SlDemoOptions options = { .postings = 2, .candidates = 20, .seed = 7 };

  g_assert_no_error (error);
  g_assert_true (sl_demo_fill (store, &options, &error));
  g_assert_no_error (error);
}

/* The app's own window on a writable file has no notice; a window on the
 * same file opened read-only (as root, whom no permission stops, can only
 * have it) has one and offers no edit. */
static void
read_only_window_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = NULL;
  SlWindow *read_only;

  g_assert_false (sl_store_is_read_only (sl_app_get_store (app)));
  g_assert_false (gtk_widget_get_visible (gui_test_window_child (window, "read_only_notice")));

  store = sl_store_open_full (sl_store_get_path (sl_app_get_store (app)), SL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  read_only = sl_window_new (app, store);
  gtk_window_present (GTK_WINDOW (read_only));
  gui_test_spin (200);
  check_read_only_window (read_only, store);

  gui_test_destroy_window (GTK_WINDOW (read_only), read_only);
  gui_test_stop_app (app);
}

static void
test_read_only_window (void)
{
  g_autofree char *path = NULL;

  if (gui_test_skip_without_display ())
    return;

  path = gui_test_database_path ("read-only.db");
  make_demo_database (path);
  gui_test_run_app (path, read_only_window_body);
}

/* The app itself on a file it cannot write opens it read-only. Root can
 * write any file, so this one needs another user. */
static void
read_only_file_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);

  g_assert_nonnull (sl_app_get_store (app));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "load-sample-data"));
  check_read_only_window (window, sl_app_get_store (app));

  gui_test_stop_app (app);
}

static void
test_read_only_file (void)
{
  g_autofree char *path = NULL;

  if (gui_test_skip_without_display ())
    return;
  if (geteuid () == 0)
    {
      g_test_skip ("root can write a file whatever its mode (see /gui/read-only/window)");
      return;
    }

  path = gui_test_database_path ("read-only-file.db");
  make_demo_database (path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  gui_test_run_app (path, read_only_file_body);
  g_chmod (path, 0600);
}

/* shortlist --read-only: the app opens a file it could write for reading
 * only (the way root gets a read-only database). */
static void
test_read_only_option (void)
{
  g_autofree char *path = NULL;
  g_autofree char *database_arg = NULL;
  SlApp *app;

  if (gui_test_skip_without_display ())
    return;

  path = gui_test_database_path ("read-only-option.db");
  make_demo_database (path);
  database_arg = g_strconcat ("--database=", path, NULL);
  {
    char *argv[] = { (char *) g_get_prgname (), (char *) "--read-only", database_arg, NULL };

    app = sl_app_new ();
    g_signal_connect_after (app, "activate", G_CALLBACK (read_only_file_body), NULL);
    g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==, 0);
    g_assert_finalize_object (app);
  }
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/read-only/window", test_read_only_window);
  g_test_add_func ("/gui/read-only/file", test_read_only_file);
  g_test_add_func ("/gui/read-only/app-option", test_read_only_option);

  return g_test_run ();
}
