/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlRetentionRow: the retention setting's Preferences group, and the check at startup: erase candidates inactive for longer than N months, after asking. */
#define G_LOG_DOMAIN "sl-retention-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-erase-notice.h"
#include "sl-error.h"
#include "sl-retention-row.h"
#include "sl-store-async.h"
#include "sl-window.h"

struct _SlRetentionRow
{
  AdwPreferencesGroup  parent_instance;

  SlStore             *store;
  GSettings           *settings;
  GCancellable        *cancellable;  /* of the count for "Erase Now…" */
  GPtrArray           *ids;          /* what the open confirmation would erase */

  GtkAdjustment       *months_adjustment;
};

G_DEFINE_FINAL_TYPE (SlRetentionRow, sl_retention_row, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify (SlRetentionRow *self,
        const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
  else
    g_message ("%s", message);
}

/* Erases @ids after the confirmation: the message to show, or NULL when
 * an erasure left files behind and the notice about them (on @parent,
 * nullable) says so instead. */
static char *
erase_expired (GtkWidget *parent,
               SlStore   *store,
               GPtrArray *ids)
{
  g_autoptr (GError) error = NULL;

  if (sl_store_erase_candidates (store, ids, &error))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate erased", "%u candidates erased", ids->len),
                            ids->len);
  if (g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE) && parent != NULL)
    {
      sl_erase_notice_present (parent, store, ids, error);
      return NULL;
    }
  return g_strdup (error->message);
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SlRetentionRow   *self)
{
  g_autoptr (GPtrArray) ids = g_steal_pointer (&self->ids);
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "erase") != 0 || ids == NULL)
    return;

  message = erase_expired (GTK_WIDGET (self), self->store, ids);
  if (message != NULL)
    notify (self, message);
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

static guint
months_setting (SlRetentionRow *self)
{
  return (guint) MAX (g_settings_get_int (self->settings, "retention-months"), 0);
}

static void
erase_count_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (SlRetentionRow) self = user_data;
  g_autoptr (GError) error = NULL;
  guint months = months_setting (self);
  GtkRoot *root;
  AdwMessageDialog *dialog;

  g_clear_pointer (&self->ids, g_ptr_array_unref);
  self->ids = sl_store_list_expired_finish (SL_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (self->ids == NULL)
    {
      notify (self, error->message);
      return;
    }
  if (self->ids->len == 0)
    {
      notify (self, months > 0 ? _("No candidate has been inactive for that long")
                               : _("No candidate is past their retention date"));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = new_erase_dialog (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                             self->store, self->ids, months, FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The count runs on a worker thread; a second click while it runs waits
 * for the same count. */
static void
erase_now_cb (SlRetentionRow *self)
{
  if (self->cancellable != NULL)
    return;
  self->cancellable = g_cancellable_new ();
  sl_store_list_expired_async (self->store, months_setting (self), self->cancellable,
                               erase_count_cb, g_object_ref (self));
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
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "erase") != 0)
    return;

  message = erase_expired (check->window != NULL ? GTK_WIDGET (check->window) : NULL, check->store, check->ids);
  if (message == NULL)
    return;
  if (SL_IS_WINDOW (check->window))
    sl_window_show_toast (SL_WINDOW (check->window), message);
  else
    g_message ("%s", message);
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

static void
sl_retention_row_constructed (GObject *object)
{
  SlRetentionRow *self = SL_RETENTION_ROW (object);

  G_OBJECT_CLASS (sl_retention_row_parent_class)->constructed (object);

  g_settings_bind (self->settings, "retention-months", self->months_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
}

static void
sl_retention_row_dispose (GObject *object)
{
  SlRetentionRow *self = SL_RETENTION_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sl_retention_row_parent_class)->dispose (object);
}

static void
sl_retention_row_finalize (GObject *object)
{
  SlRetentionRow *self = SL_RETENTION_ROW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_retention_row_parent_class)->finalize (object);
}

static void
sl_retention_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SlRetentionRow *self = SL_RETENTION_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_retention_row_class_init (SlRetentionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_retention_row_constructed;
  object_class->dispose = sl_retention_row_dispose;
  object_class->finalize = sl_retention_row_finalize;
  object_class->set_property = sl_retention_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SL_TYPE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/candidates/sl-retention-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SlRetentionRow, months_adjustment);
  gtk_widget_class_bind_template_callback (widget_class, erase_now_cb);
}

static void
sl_retention_row_init (SlRetentionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_retention_row_new (SlStore   *store,
                      GSettings *settings)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SL_TYPE_RETENTION_ROW, "store", store, "settings", settings, NULL);
}
