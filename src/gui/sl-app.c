/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApp: the AdwApplication that opens the store and the main window. */
#define G_LOG_DOMAIN "sl-app"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-app.h"
#include "sl-demo.h"
#include "sl-error.h"
#include "sl-preferences-window.h"
#include "sl-renderer.h"
#include "candidates/sl-retention-row.h"
#include "sl-window.h"

struct _SlApp
{
  AdwApplication  parent_instance;

  char           *database_path;
  gboolean        read_only;
  SlStore        *store;
  GSettings      *settings;
  GtkWindow      *error_dialog;
};

G_DEFINE_FINAL_TYPE (SlApp, sl_app, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open another database file instead of the default one"), N_("PATH") },
  { "read-only", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Only read the database: change nothing in it"), NULL },
  { NULL }
};

static GtkWindow *
get_main_window (SlApp *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (const GList *l = windows; l != NULL; l = l->next)
    {
      if (SL_IS_WINDOW (l->data))
        return GTK_WINDOW (l->data);
    }

  return NULL;
}

static void
apply_color_scheme (SlApp *self)
{
  g_autofree char *scheme = NULL;
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (self->settings == NULL)
    return;

  scheme = g_settings_get_string (self->settings, "color-scheme");
  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
error_dialog_response_cb (SlApp      *self,
                          const char *response)
{
  g_application_quit (G_APPLICATION (self));
}

static void
show_open_error (SlApp        *self,
                 GtkWindow    *parent,
                 const char   *path,
                 const GError *error)
{
  GtkWidget *dialog;
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *reason = NULL;
  g_autofree char *body = NULL;

  /* The store's messages usually name the file already. */
  if (strstr (error->message, display_name) != NULL)
    reason = g_strdup (error->message);
  else
    /* Translators: the file, then the reason it could not be opened. */
    reason = g_strdup_printf (_("%s: %s"), display_name, error->message);

  if (g_error_matches (error, SL_ERROR, SL_ERROR_NOT_A_DATABASE) ||
      g_error_matches (error, SL_ERROR, SL_ERROR_TOO_NEW))
    body = g_strdup_printf (_("%s\n\nThe file was left unchanged. To work with another "
                              "database, start Shortlist with --database=PATH."),
                            reason);
  else
    body = g_strdup_printf (_("%s\n\nThe file was left unchanged."), reason);

  dialog = adw_message_dialog_new (parent, _("Could Not Open the Database"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (error_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->error_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sl_app_quit_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SlApp *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows (instead of only quitting) lets them save their state. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
sl_app_preferences_action_cb (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  SlApp *self = user_data;
  GtkWindow *parent = get_main_window (self);
  g_autofree char *path = NULL;
  GtkWidget *preferences;

  if (self->store != NULL)
    path = g_strdup (sl_store_get_path (self->store));
  else if (self->database_path != NULL)
    path = g_strdup (self->database_path);
  else
    path = sl_store_get_default_path ();

  preferences = sl_preferences_window_new (parent, self->settings, self->store, path);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
sl_app_about_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SlApp *self = user_data;
  const char *developers[] = { "The Shortlist Developers", NULL };

  adw_show_about_window (get_main_window (self),
                         "application-name", _("Shortlist"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Shortlist Developers"),
                         "developers", developers,
                         "website", "https://github.com/shortlist/shortlist",
                         "issue-url", "https://github.com/shortlist/shortlist/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Shortlist Developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
sl_app_load_sample_data_action_cb (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  SlApp *self = user_data;
  GtkWindow *window = get_main_window (self);
  SlDemoOptions options = { 0 };
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!sl_demo_fill (self->store, &options, &error))
    {
      if (window != NULL)
        sl_window_show_error (SL_WINDOW (window), error);
      else
        g_warning ("Could not load the sample data: %s", error->message);
      return;
    }

  if (window != NULL)
    sl_window_show_toast (SL_WINDOW (window), _("Sample data loaded"));
}

static const GActionEntry app_actions[] = {
  { "quit", sl_app_quit_action_cb },
  { "preferences", sl_app_preferences_action_cb },
  { "about", sl_app_about_action_cb },
  { "load-sample-data", sl_app_load_sample_data_action_cb },
};

/* A file chooser that runs in this process (GtkFileChooserNative without a
 * portal) reads the first bytes of every file in the folders it lists, to
 * guess their types: when it lists the database's folder, the close drops
 * every lock the process holds on the database (see sl_store_reopen()).
 * The store takes them again as soon as the chooser is answered, before
 * the response handler writes anything. */
static void
file_chooser_response_cb (SlApp *self)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *window;

  if (self->store == NULL || sl_store_reopen (self->store, &error))
    return;

  window = get_main_window (self);
  if (SL_IS_WINDOW (window))
    sl_window_show_error (SL_WINDOW (window), error);
  else
    g_warning ("%s", error->message);
}

static void
toplevels_changed_cb (SlApp      *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *toplevels)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      /* Connected before GtkFileChooserNative's own handler, so it runs
       * first. */
      if (GTK_IS_FILE_CHOOSER_DIALOG (window))
        g_signal_connect_object (window, "response", G_CALLBACK (file_chooser_response_cb), self,
                                 G_CONNECT_SWAPPED);
    }
}

static void
sl_app_startup (GApplication *application)
{
  SlApp *self = SL_APP (application);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };
  const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (sl_app_parent_class)->startup (application);

  if (gdk_display_get_default () != NULL)
    sl_renderer_choose (gdk_display_get_default ());
  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed",
                           G_CALLBACK (toplevels_changed_cb), self, G_CONNECT_SWAPPED);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (BASE_APP_ID);
      g_signal_connect_object (self->settings, "changed::color-scheme",
                               G_CALLBACK (apply_color_scheme), self,
                               G_CONNECT_SWAPPED);
      apply_color_scheme (self);
    }
  else
    {
      g_message ("The settings schema %s is not installed: window size and colour scheme will not be kept",
                 BASE_APP_ID);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         help_accels);
}

static void
sl_app_activate (GApplication *application)
{
  SlApp *self = SL_APP (application);
  GtkWindow *window = get_main_window (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = self->database_path != NULL ? g_strdup (self->database_path)
                                     : sl_store_get_default_path ();

  /* A file that cannot be written is shown read-only, with a notice. */
  if (self->store == NULL)
    self->store = sl_store_open_full (path,
                                      self->read_only ? SL_STORE_OPEN_READ_ONLY
                                                      : SL_STORE_OPEN_FALL_BACK_READ_ONLY,
                                      &error);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "load-sample-data")),
                               self->store != NULL && !sl_store_is_read_only (self->store));

  window = GTK_WINDOW (sl_window_new (self, self->store));
  gtk_window_present (window);
  /* Candidates past the retention period: asked about after the first
   * frame, unless nothing can be erased. */
  if (self->store == NULL || !sl_store_is_read_only (self->store))
    sl_retention_check_at_startup (window, self->store, self->settings);

  if (self->store == NULL)
    show_open_error (self, window, path, error);
}

static int
sl_app_handle_local_options (GApplication *application,
                             GVariantDict *options)
{
  SlApp *self = SL_APP (application);
  g_autofree char *path = NULL;

  self->read_only = g_variant_dict_contains (options, "read-only");
  if (g_variant_dict_lookup (options, "database", "^ay", &path))
    {
      /* Another database is another instance: it must not be forwarded to a
       * running Shortlist that has the default database open. */
      sl_app_set_database_path (self, path);
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (sl_app_parent_class)->handle_local_options (application, options);
}

static void
sl_app_shutdown (GApplication *application)
{
  SlApp *self = SL_APP (application);

  G_APPLICATION_CLASS (sl_app_parent_class)->shutdown (application);

  g_clear_object (&self->store);
}

static void
sl_app_dispose (GObject *object)
{
  SlApp *self = SL_APP (object);

  g_clear_weak_pointer (&self->error_dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sl_app_parent_class)->dispose (object);
}

static void
sl_app_finalize (GObject *object)
{
  SlApp *self = SL_APP (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (sl_app_parent_class)->finalize (object);
}

static void
sl_app_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  SlApp *self = SL_APP (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_app_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  SlApp *self = SL_APP (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      sl_app_set_database_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_app_class_init (SlAppClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sl_app_dispose;
  object_class->finalize = sl_app_finalize;
  object_class->get_property = sl_app_get_property;
  object_class->set_property = sl_app_set_property;

  app_class->startup = sl_app_startup;
  app_class->activate = sl_app_activate;
  app_class->handle_local_options = sl_app_handle_local_options;
  app_class->shutdown = sl_app_shutdown;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_app_init (SlApp *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep job postings, candidates and interviews in one place."));
}

SlApp *
sl_app_new (void)
{
  return g_object_new (SL_TYPE_APP,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

const char *
sl_app_get_database_path (SlApp *self)
{
  g_return_val_if_fail (SL_IS_APP (self), NULL);

  return self->database_path;
}

void
sl_app_set_database_path (SlApp      *self,
                          const char *path)
{
  g_return_if_fail (SL_IS_APP (self));

  if (g_strcmp0 (self->database_path, path) == 0)
    return;

  g_free (self->database_path);
  self->database_path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}

SlStore *
sl_app_get_store (SlApp *self)
{
  g_return_val_if_fail (SL_IS_APP (self), NULL);

  return self->store;
}

GSettings *
sl_app_get_settings (SlApp *self)
{
  g_return_val_if_fail (SL_IS_APP (self), NULL);

  return self->settings;
}

GtkWindow *
sl_app_get_error_dialog (SlApp *self)
{
  g_return_val_if_fail (SL_IS_APP (self), NULL);

  return self->error_dialog;
}
