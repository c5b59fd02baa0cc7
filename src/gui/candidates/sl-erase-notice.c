/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The notice after an erasure that left a copy of the person behind, with a way to finish it. */
#define G_LOG_DOMAIN "sl-erase-notice"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-erase-notice.h"
#include "sl-error.h"

typedef struct
{
  SlStore   *store;
  GPtrArray *ids;
} Retry;

static void
retry_free (gpointer data)
{
  Retry *retry = data;

  g_clear_object (&retry->store);
  g_clear_pointer (&retry->ids, g_ptr_array_unref);
  g_free (retry);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Retry            *retry)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_strcmp0 (response, "retry") != 0)
    return;

  /* An erased candidate changes no more: this only does what was left. */
  if (!sl_store_erase_candidates (retry->store, retry->ids, &error))
    sl_erase_notice_present (parent != NULL ? GTK_WIDGET (parent) : NULL, retry->store, retry->ids, error);
}

void
sl_erase_notice_present (GtkWidget     *parent,
                         SlStore       *store,
                         GPtrArray     *ids,
                         const GError  *error)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  AdwMessageDialog *dialog;
  Retry *retry;

  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (ids != NULL);
  g_return_if_fail (error != NULL);

  /* A toast would cut the message short: it says what to do. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE)
                                                         ? _("Erasure Not Finished")
                                                         : _("Could Not Erase"),
                                                       error->message));
  adw_message_dialog_add_responses (dialog,
                                    "close", _("_Close"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "retry", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "retry");
  adw_message_dialog_set_close_response (dialog, "close");

  retry = g_new0 (Retry, 1);
  retry->store = g_object_ref (store);
  retry->ids = g_ptr_array_new_full (ids->len, g_free);
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (retry->ids, g_strdup (g_ptr_array_index (ids, i)));
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), retry,
                         (GClosureNotify) (void (*) (void)) retry_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
