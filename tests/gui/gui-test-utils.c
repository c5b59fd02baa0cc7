/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every gui test shares: start-up, the skip without a display, temporary
 * databases, running and stopping the app, waiting on the main loop, and
 * finding widgets (template children, in the widget tree, dialogs). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gui-test-utils.h"

static gboolean have_display;
static GStrv system_mime_dirs;

static void
free_system_mime_dirs (void)
{
  g_clear_pointer (&system_mime_dirs, g_strfreev);
}

/* GTK 4.8 warns "Trying to snapshot … without a current allocation" when a
 * widget inside a folding AdwLeaflet or a stack transition is drawn in the
 * frame its allocation is dropped; nothing is wrong on screen, and newer GTK
 * no longer warns. That one message is printed but not fatal; every other
 * warning stays fatal (G_DEBUG=fatal-warnings). */
static gboolean
is_snapshot_warning (const char *domain,
                     const char *message)
{
  return g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
         g_str_has_prefix (message, "Trying to snapshot ") &&
         strstr (message, "without a current allocation") != NULL;
}

/* For GTK's structured logging. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_WARNING) != 0 && is_snapshot_warning (domain, message))
    {
      g_printerr ("(ignored, GTK 4.8) Gtk-WARNING: %s\n", message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* For g_log() callers. */
static gboolean
fatal_log_cb (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  return !is_snapshot_warning (log_domain, message);
}

/* g_test_init() with isolated XDG dirs, then GTK and libadwaita when a
 * display opens. The system's MIME dirs are remembered first: the isolated
 * dirs hide the MIME database that GTK needs to load its own SVG icons. */
void
gui_test_init (int    *argc,
               char ***argv)
{
  const char * const *data_dirs = g_get_system_data_dirs ();
  GPtrArray *mime_dirs = g_ptr_array_new ();
  GdkDisplay *display;

  for (guint i = 0; data_dirs[i] != NULL; i++)
    g_ptr_array_add (mime_dirs, g_build_filename (data_dirs[i], "mime", NULL));
  g_ptr_array_add (mime_dirs, NULL);
  system_mime_dirs = (GStrv) g_ptr_array_free (mime_dirs, FALSE);
  atexit (free_system_mime_dirs);

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_log_set_fatal_handler (fatal_log_cb, NULL);

  /* A display that cannot be opened skips every test; it never passes. */
  display = gdk_display_open (NULL);
  have_display = display != NULL;
  if (display != NULL)
    gdk_display_close (display);
  if (have_display)
    have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
}

/* A widget shown without SlApp (the board or the Interviews page in a
 * plain window) gets the style AdwApplication gives the app: style.css at
 * the resource base path, which imports each screen's style sheet. */
void
gui_test_load_app_style (void)
{
  static gboolean loaded;
  g_autoptr (GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Every test starts here: it skips without a display, and puts back the
 * system's MIME database that G_TEST_OPTION_ISOLATE_DIRS hides. */
gboolean
gui_test_skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display (run under xvfb-run)");
      return TRUE;
    }

  g_content_type_set_mime_dirs ((const char * const *) system_mime_dirs);
  return FALSE;
}

/* Runs what is pending on the main context, without waiting. */
void
gui_test_flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
iterate_tick_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* One step of a wait: runs what is pending, then blocks on the main context
 * until its next event or for a few milliseconds, whichever comes first (so a
 * wait neither sleeps through events nor spins the CPU that Xvfb needs). */
void
gui_test_iterate (void)
{
  gboolean ticked = FALSE;
  guint tick = g_timeout_add (5, iterate_tick_cb, &ticked);

  gui_test_flush_events ();
  if (!ticked)
    g_main_context_iteration (NULL, TRUE);
  if (!ticked)
    g_source_remove (tick);
}

/* Runs the main context for @ms milliseconds. */
void
gui_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    gui_test_iterate ();
}

/* A path named @basename in the test's own (isolated) data dir, which exists. */
char *
gui_test_database_path (const char *basename)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, basename, NULL);
}

/* A new store in gui_test_database_path (@basename); its path in @out_path. */
SlStore *
gui_test_open_store (const char  *basename,
                     char       **out_path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = gui_test_database_path (basename);
  SlStore *store = sl_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);

  return store;
}

/* Destroys @window and checks that @child (a widget in it) went with it:
 * nothing (a timeout, a toast, a signal) keeps it alive. */
void
gui_test_destroy_window (GtkWindow *window,
                         gpointer   child)
{
  g_object_add_weak_pointer (G_OBJECT (child), &child);
  gtk_window_destroy (window);
  gui_test_flush_events ();
  if (child != NULL)
    g_object_remove_weak_pointer (G_OBJECT (child), &child);
  g_assert_null (child);
}

/* A window fixture's end: gui_test_destroy_window(), then *@store finalised
 * (it held the last reference) and cleared, and *@path freed. */
void
gui_test_tear_down (GtkWindow  *window,
                    gpointer    child,
                    SlStore   **store,
                    char      **path)
{
  gui_test_destroy_window (window, child);
  g_assert_finalize_object (*store);
  *store = NULL;
  g_clear_pointer (path, g_free);
}

/* The visible message dialog, if there is one. */
AdwMessageDialog *
gui_test_find_message_dialog (void)
{
  return gui_test_find_dialog_headed (NULL);
}

/* The visible message dialog with @heading (any heading if NULL), if there is
 * one; a dialog before it may still be on its way out. */
AdwMessageDialog *
gui_test_find_dialog_headed (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          (heading == NULL ||
           g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* The app's main window. */
SlWindow *
gui_test_get_window (SlApp *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

      for (const GList *l = windows; l != NULL; l = l->next)
        if (SL_IS_WINDOW (l->data))
          window = l->data;
    }

  g_assert_nonnull (window);
  g_assert_true (SL_IS_WINDOW (window));
  return SL_WINDOW (window);
}

typedef struct
{
  void   (*body) (SlApp *app);
  gboolean ran;
} RunApp;

static void
run_app_activate_cb (SlApp  *app,
                     RunApp *run)
{
  run->ran = TRUE;
  run->body (app);
}

/* Runs @body from the app's "activate" (after SlApp made its window), inside
 * g_application_run(), so that the app shuts down and is finalised for real.
 * The test fails when the app quit without running @body. */
void
gui_test_run_app (const char *database_path,
                  void      (*body) (SlApp *app))
{
  SlApp *app = sl_app_new ();
  char *argv[] = { (char *) g_get_prgname (), NULL };
  RunApp run = { body, FALSE };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  sl_app_set_database_path (app, database_path);
  g_signal_connect_after (app, "activate", G_CALLBACK (run_app_activate_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  /* An app that quit before it activated ran none of the test. */
  g_assert_true (run.ran);
  g_assert_finalize_object (app);
}

/* A whole test: skips without a display, else gui_test_run_app() on a new, empty database. */
void
gui_test_run_app_on_empty (void (*body) (SlApp *app))
{
  g_autofree char *path = NULL;

  if (gui_test_skip_without_display ())
    return;

  path = gui_test_database_path ("test.db");
  gui_test_run_app (path, body);
}

/* Whether a visible label under @widget (or @widget) shows @text. */
gboolean
gui_test_shows_text (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gui_test_shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* Ends a gui_test_run_app() body: destroys every window of @app, then quits. */
void
gui_test_stop_app (SlApp *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  gui_test_flush_events ();
  g_application_quit (G_APPLICATION (app));
}

/* The template child @name of @widget (an instance of @type), which must exist. */
gpointer
gui_test_template_child (gpointer    widget,
                         GType       type,
                         const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* The template child @name of the main window, which must exist. */
gpointer
gui_test_window_child (SlWindow   *window,
                       const char *name)
{
  return gui_test_template_child (window, SL_TYPE_WINDOW, name);
}

/* The first widget under @root (or @root itself), depth first, that @match
 * accepts with @data; NULL if there is none. */
GtkWidget *
gui_test_find (GtkWidget        *root,
               GuiTestMatchFunc  match,
               gconstpointer     data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) data);
}

/* The first widget of @type under @root (or @root itself), depth first. */
GtkWidget *
gui_test_find_of_type (GtkWidget *root,
                       GType      type)
{
  return gui_test_find (root, is_of_type, &type);
}

/* Adds to @found every widget of @type under @root (and @root), depth first. */
void
gui_test_collect (GtkWidget *root,
                  GType      type,
                  GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gui_test_collect (child, type, found);
}

typedef struct
{
  GType       type;
  const char *text;
} TypeAndText;

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  data)
{
  const TypeAndText *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), wanted->text) == 0;
}

/* The first row of @row_type (an AdwPreferencesRow type) under @root titled @title. */
GtkWidget *
gui_test_find_row (GtkWidget  *root,
                   GType       row_type,
                   const char *title)
{
  TypeAndText wanted = { row_type, title };

  return gui_test_find (root, is_row_titled, &wanted);
}

static gboolean
is_actionable_for (GtkWidget     *widget,
                   gconstpointer  data)
{
  const TypeAndText *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) && GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), wanted->text) == 0;
}

/* The first actionable of @type under @root whose action is @action_name. */
GtkWidget *
gui_test_find_actionable (GtkWidget  *root,
                          GType       type,
                          const char *action_name)
{
  TypeAndText wanted = { type, action_name };

  return gui_test_find (root, is_actionable_for, &wanted);
}

void
gui_test_store_result_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

GAsyncResult *
gui_test_wait_result (GAsyncResult **result)
{
  GUI_TEST_WAIT_UNTIL (*result != NULL, 30);
  return *result;
}
