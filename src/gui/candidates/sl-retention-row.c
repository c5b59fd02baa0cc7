/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Preferences group of the retention setting: erase candidates inactive for longer than N months, after asking. */
#define G_LOG_DOMAIN "sl-retention"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-candidates-page.h"

typedef struct
{
  SlStore   *store;
  GSettings *settings;
  GtkWidget *group;   /* unowned */
  GPtrArray *ids;     /* what the open confirmation would erase */
} Retention;

static void
retention_free (gpointer data)
{
  Retention *retention = data;

  g_clear_object (&retention->store);
  g_clear_object (&retention->settings);
  g_clear_pointer (&retention->ids, g_ptr_array_unref);
  g_free (retention);
}

static void
notify (Retention  *retention,
        const char *message)
{
  GtkRoot *root = gtk_widget_get_root (retention->group);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GtkWidget        *group)
{
  Retention *retention = g_object_get_data (G_OBJECT (group), "sl-retention");
  g_autoptr (GPtrArray) ids = g_steal_pointer (&retention->ids);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "erase") != 0 || ids == NULL)
    return;

  if (!sl_store_erase_candidates (retention->store, ids, &error))
    {
      notify (retention, error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate erased", "%u candidates erased", ids->len),
                             ids->len);
  notify (retention, message);
}

static void
erase_now_cb (GtkButton *button,
              Retention *retention)
{
  guint months = (guint) MAX (g_settings_get_int (retention->settings, "retention-months"), 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (retention->group);
  AdwMessageDialog *dialog;

  g_clear_pointer (&retention->ids, g_ptr_array_unref);
  retention->ids = sl_store_list_expired (retention->store, months, &error);
  if (retention->ids == NULL)
    {
      notify (retention, error->message);
      return;
    }
  if (retention->ids->len == 0)
    {
      notify (retention, months > 0 ? _("No candidate has been inactive for that long")
                                    : _("No candidate is past their retention date"));
      return;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Erase %u Candidate?", "Erase %u Candidates?",
                                          retention->ids->len),
                             retention->ids->len);
  if (months > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "They had no activity for more than %u month, or their retention date has passed. "
                                         "Their personal data is removed for good; this cannot be undone.",
                                         "They had no activity for more than %u months, or their retention date has passed. "
                                         "Their personal data is removed for good; this cannot be undone.",
                                         months),
                            months);
  else
    body = g_strdup (_("Their retention date has passed. Their personal data is removed for good; this cannot be undone."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), retention->group, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
sl_retention_row_new (SlStore   *store,
                      GSettings *settings)
{
  Retention *retention;
  GtkWidget *group, *months_row, *spin, *erase_row, *button;
  GtkAdjustment *adjustment;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Data Retention"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Erase the personal data of candidates with no activity for longer than this"));

  months_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (months_row), _("Keep Inactive Candidates For"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (months_row), _("In months; 0 keeps them for ever"));
  adjustment = gtk_adjustment_new (0, 0, 120, 1, 12, 0);
  spin = gtk_spin_button_new (adjustment, 1, 0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Months to keep inactive candidates, 0 for ever"),
                                  -1);
  g_settings_bind (settings, "retention-months", adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (months_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (months_row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), months_row);

  erase_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (erase_row), _("Erase Expired Candidates"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (erase_row), _("Shows how many first and asks before erasing"));
  button = gtk_button_new_with_mnemonic (_("_Erase Now…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (erase_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (erase_row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), erase_row);

  retention = g_new0 (Retention, 1);
  retention->store = g_object_ref (store);
  retention->settings = g_object_ref (settings);
  retention->group = group;
  g_object_set_data_full (G_OBJECT (group), "sl-retention", retention, retention_free);
  g_signal_connect (button, "clicked", G_CALLBACK (erase_now_cb), retention);

  return group;
}
