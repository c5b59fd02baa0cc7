/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The retention setting's Preferences group and startup check: erase candidates inactive for longer than N months, after asking. */
#define G_LOG_DOMAIN "sl-retention-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-candidates-page.h"
#include "sl-erase-notice.h"
#include "sl-error.h"
#include "sl-store-async.h"
#include "sl-window.h"

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
      if (g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE))
        sl_erase_notice_present (group, retention->store, ids, error);
      else
        notify (retention, error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate erased", "%u candidates erased", ids->len),
                             ids->len);
  notify (retention, message);
}

/* The confirmation: who would go (one person by name, several counted),
 * and why. Nothing is erased before the "erase" response. */
static AdwMessageDialog *
new_erase_dialog (GtkWindow *parent,
                  SlStore   *store,
                  GPtrArray *ids,
                  guint      months,
                  gboolean   at_startup)
{
  g_autoptr (SlCandidate) candidate = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *name = NULL;
  AdwMessageDialog *dialog;

  if (ids->len == 1)
    candidate = sl_store_get_candidate (store, g_ptr_array_index (ids, 0), NULL);
  if (candidate != NULL && sl_candidate_get_name (candidate) != NULL && sl_candidate_get_name (candidate)[0] != '\0')
    name = sl_candidate_get_name (candidate);

  if (name != NULL)
    {
      /* Translators: the heading of the erase confirmation: "Erase Ada Lovelace?" */
      heading = g_strdup_printf (_("Erase %s?"), name);
      if (months > 0)
        body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%2$s had no activity for more than %1$u month, or their retention date has passed. "
                                             "Their personal data is removed for good; this cannot be undone.",
                                             "%2$s had no activity for more than %1$u months, or their retention date has passed. "
                                             "Their personal data is removed for good; this cannot be undone.",
                                             months),
                                months, name);
      else
        body = g_strdup_printf (_("The retention date of %s has passed. Their personal data is removed for good; "
                                  "this cannot be undone."),
                                name);
    }
  else
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Erase %u Candidate?", "Erase %u Candidates?", ids->len),
                                 ids->len);
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
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", at_startup ? _("_Not Now") : _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

static void
erase_now_cb (GtkButton *button,
              Retention *retention)
{
  guint months = (guint) MAX (g_settings_get_int (retention->settings, "retention-months"), 0);
  g_autoptr (GError) error = NULL;
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

  dialog = new_erase_dialog (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                             retention->store, retention->ids, months, FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), retention->group, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* At startup: the expired candidates are counted on a worker thread
 * (sl_store_list_expired_async()), after the window's first frame, and the
 * user is asked. */

typedef struct
{
  GtkWindow *window;   /* weak */
  SlStore   *store;
  guint      months;
  guint      started : 1;
  GPtrArray *ids;      /* what the confirmation would erase */
} StartupCheck;

static void
startup_check_free (gpointer data)
{
  StartupCheck *check = data;

  g_clear_weak_pointer (&check->window);
  g_clear_object (&check->store);
  g_clear_pointer (&check->ids, g_ptr_array_unref);
  g_free (check);
}

/* The tick callback's destroy notify: the check is the idle's once started. */
static void
startup_check_release (gpointer data)
{
  StartupCheck *check = data;

  if (!check->started)
    startup_check_free (check);
}

static void
startup_erase_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           StartupCheck     *check)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "erase") == 0)
    {
      sl_store_erase_candidates (check->store, check->ids, &error);
      if (g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE) && check->window != NULL)
        {
          sl_erase_notice_present (GTK_WIDGET (check->window), check->store, check->ids, error);
          return;
        }
      if (error != NULL)
        message = g_strdup (error->message);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate erased",
                                                "%u candidates erased", check->ids->len),
                                   check->ids->len);
      if (SL_IS_WINDOW (check->window))
        sl_window_show_toast (SL_WINDOW (check->window), message);
      else
        g_message ("%s", message);
    }
}

static void
startup_list_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  StartupCheck *check = user_data;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;

  check->ids = sl_store_list_expired_finish (SL_STORE (object), result, &error);
  if (check->ids == NULL)
    {
      g_message ("Could not look for expired candidates: %s", error->message);
      startup_check_free (check);
      return;
    }
  if (check->ids->len == 0 || check->window == NULL || !gtk_widget_get_visible (GTK_WIDGET (check->window)))
    {
      startup_check_free (check);
      return;
    }

  dialog = new_erase_dialog (check->window, check->store, check->ids, check->months, TRUE);
  /* The check lives as long as the dialog. */
  g_object_set_data_full (G_OBJECT (dialog), "sl-retention-check", check, startup_check_free);
  g_signal_connect (dialog, "response", G_CALLBACK (startup_erase_response_cb), check);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
startup_idle_cb (gpointer user_data)
{
  StartupCheck *check = user_data;

  sl_store_list_expired_async (check->store, check->months, NULL, startup_list_done_cb, check);

  return G_SOURCE_REMOVE;
}

static gboolean
startup_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  StartupCheck *check = user_data;

  /* This runs before the first frame is painted: the check waits until the
   * main loop is idle after it. */
  check->started = TRUE;
  g_idle_add_full (G_PRIORITY_LOW, startup_idle_cb, user_data, NULL);

  return G_SOURCE_REMOVE;
}

void
sl_retention_check_at_startup (GtkWindow *window,
                               SlStore   *store,
                               GSettings *settings)
{
  StartupCheck *check;
  int months;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (store == NULL || settings == NULL)
    return;
  months = g_settings_get_int (settings, "retention-months");
  if (months <= 0)
    return;

  check = g_new0 (StartupCheck, 1);
  g_set_weak_pointer (&check->window, window);
  check->store = g_object_ref (store);
  check->months = (guint) months;
  gtk_widget_add_tick_callback (GTK_WIDGET (window), startup_tick_cb, check, startup_check_release);
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
                                         _("When Shortlist starts, it offers to erase the personal data of candidates with no activity for longer than this."));

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
