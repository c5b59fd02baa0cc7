/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPreferencesWindow: the colour scheme, the default organization, where the database file lives, and data retention. */
#define G_LOG_DOMAIN "sl-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-preferences-window.h"
#include "candidates/sl-retention-row.h"

struct _SlPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *appearance_group;
  AdwComboRow          *color_scheme_row;
  AdwPreferencesGroup  *postings_group;
  AdwEntryRow          *organization_row;
  AdwActionRow         *database_row;
  AdwPreferencesPage   *privacy_page;
};

G_DEFINE_FINAL_TYPE (SlPreferencesWindow, sl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the rows in the combo row's model. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_strcmp0 (scheme, color_schemes[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
color_scheme_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[selected]);
}

static void
sl_preferences_window_class_init (SlPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, appearance_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, postings_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, organization_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, privacy_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_preferences_window_init (SlPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_preferences_window_new (GtkWindow  *parent,
                           GSettings  *settings,
                           SlStore    *store,
                           const char *database_path)
{
  SlPreferencesWindow *self;
  g_autofree char *display_path = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);

  if (settings != NULL)
    g_settings_bind_with_mapping (settings, "color-scheme",
                                  self->color_scheme_row, "selected",
                                  G_SETTINGS_BIND_DEFAULT,
                                  color_scheme_get_mapping,
                                  color_scheme_set_mapping,
                                  NULL, NULL);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->appearance_group), FALSE);

  if (settings != NULL)
    g_settings_bind (settings, "default-organization", self->organization_row, "text",
                     G_SETTINGS_BIND_DEFAULT);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->postings_group), FALSE);

  /* The retention period needs both the setting and the database. */
  if (settings != NULL && store != NULL)
    adw_preferences_page_add (self->privacy_page,
                              ADW_PREFERENCES_GROUP (sl_retention_row_new (store, settings)));
  else
    gtk_widget_set_visible (GTK_WIDGET (self->privacy_page), FALSE);

  if (database_path != NULL)
    display_path = g_filename_display_name (database_path);
  adw_action_row_set_subtitle (self->database_row, display_path != NULL ? display_path : "");

  return GTK_WIDGET (self);
}
