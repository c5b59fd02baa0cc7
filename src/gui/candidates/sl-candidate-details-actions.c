/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The actions of the candidate details pane: attach (chooser or drop), open or remove a résumé, add to a posting, erase. */
#define G_LOG_DOMAIN "sl-candidate-details-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-candidate-details-private.h"
#include "sl-erase-notice.h"
#include "sl-error.h"
#include "sl-toast.h"

gboolean
sl_candidate_details_attach_file (SlCandidateDetails *self,
                                  GFile              *file,
                                  GError            **error)
{
  g_autoptr (SlAttachment) attachment = NULL;

  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->candidate == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Choose a candidate first, then attach the file"));
      return FALSE;
    }

  sl_candidate_details_flush (self);
  self->saving = TRUE;
  attachment = sl_store_add_attachment (self->store, sl_record_get_id (SL_RECORD (self->candidate)),
                                        file, NULL, error);
  self->saving = FALSE;
  if (attachment == NULL)
    return FALSE;

  sl_candidate_details_reload (self);
  return TRUE;
}

static void
attach_files (SlCandidateDetails *self,
              GSList             *files)
{
  guint attached = 0;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autoptr (GError) error = NULL;

      if (sl_candidate_details_attach_file (self, l->data, &error))
        attached++;
      else
        sl_candidate_details_toast (self, error->message);
    }

  if (attached > 0)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u file attached",
                                                               "%u files attached", attached),
                                                  attached);
      sl_candidate_details_toast (self, message);
    }
}

static void
chooser_response_cb (GtkNativeDialog    *dialog,
                     int                 response,
                     SlCandidateDetails *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
      GSList *list = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          GFile *file = g_list_model_get_item (files, i);

          g_ptr_array_add (keep, file);
          list = g_slist_append (list, file);
        }
      attach_files (self, list);
      g_slist_free (list);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
add_attachment_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Attach Résumé"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
sl_candidate_details_open_attachment (SlCandidateDetails *self,
                                      const char         *attachment_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  for (guint i = 0; self->attachments != NULL && i < self->attachments->len; i++)
    {
      SlAttachment *attachment = g_ptr_array_index (self->attachments, i);
      g_autofree char *path = NULL;
      g_autofree char *uri = NULL;

      if (g_strcmp0 (attachment->id, attachment_id) != 0)
        continue;

      path = sl_attachment_get_path (attachment);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          sl_candidate_details_toast (self, _("The file is missing from the attachments folder: attach it again"));
          return;
        }
      uri = g_filename_to_uri (path, NULL, NULL);
      gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
      return;
    }
}

static void
open_attachment_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  sl_candidate_details_open_attachment (SL_CANDIDATE_DETAILS (widget),
                                        g_variant_get_string (parameter, NULL));
}

/* Removing a résumé: the row goes at once (a tombstone), and its file
 * when the toast that offers Undo has gone without it. */

typedef struct
{
  SlStore  *store;
  char     *attachment_id;
  gboolean  done;
} Removal;

static void
removal_free (Removal *removal)
{
  g_clear_object (&removal->store);
  g_free (removal->attachment_id);
  g_free (removal);
}

/* Once the toast is gone, or the pane: the file goes unless undone. */
static void
finish_removal (SlCandidateDetails *self,
                AdwToast           *toast)
{
  Removal *removal = g_object_get_data (G_OBJECT (toast), "sl-removal");
  g_autoptr (GError) error = NULL;

  if (removal == NULL || removal->done)
    return;
  removal->done = TRUE;
  if (!sl_store_delete_attachment_file (removal->store, removal->attachment_id, &error) && self != NULL)
    sl_candidate_details_toast (self, error->message);
}

static void
removal_dismissed_cb (AdwToast *toast,
                      gpointer  user_data)
{
  SlCandidateDetails *self = user_data;

  finish_removal (self, toast);
  if (self != NULL && self->removals != NULL)
    g_ptr_array_remove (self->removals, toast);
}

AdwToast *
sl_candidate_details_remove_attachment (SlCandidateDetails *self,
                                        const char         *attachment_id,
                                        GError            **error)
{
  g_autofree char *title = NULL;
  const char *file_name = NULL;
  AdwToast *toast;
  Removal *removal;
  gboolean ok;

  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), NULL);
  g_return_val_if_fail (attachment_id != NULL, NULL);

  for (guint i = 0; self->attachments != NULL && i < self->attachments->len; i++)
    {
      SlAttachment *attachment = g_ptr_array_index (self->attachments, i);

      if (g_strcmp0 (attachment->id, attachment_id) == 0)
        file_name = attachment->file_name;
    }
  /* Translators: a toast after removing a résumé, with an Undo button */
  title = g_strdup_printf (_("“%s” removed"), file_name != NULL ? file_name : _("The résumé"));

  sl_candidate_details_flush (self);
  self->saving = TRUE;
  ok = sl_store_remove_attachment (self->store, attachment_id, error);
  self->saving = FALSE;
  if (!ok)
    return NULL;
  sl_candidate_details_reload (self);

  removal = g_new0 (Removal, 1);
  removal->store = g_object_ref (self->store);
  removal->attachment_id = g_strdup (attachment_id);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "details.undo-remove-attachment");
  adw_toast_set_action_target_value (toast, g_variant_new_string (attachment_id));
  g_object_set_data_full (G_OBJECT (toast), "sl-removal", removal, (GDestroyNotify) removal_free);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (removal_dismissed_cb), self, 0);
  g_ptr_array_add (self->removals, g_object_ref (toast));
  sl_toast_show (self->toast_overlay, toast);

  return toast;
}

/* Called from dispose: a removal still offered for undo is final now. */
void
sl_candidate_details_finish_removals (SlCandidateDetails *self)
{
  g_autoptr (GPtrArray) removals = g_steal_pointer (&self->removals);

  for (guint i = 0; removals != NULL && i < removals->len; i++)
    {
      AdwToast *toast = g_ptr_array_index (removals, i);

      g_signal_handlers_disconnect_by_data (toast, self);
      /* A waiting dismissal holds a ref on the toast: gone with the pane. */
      sl_toast_cancel_dismiss (toast);
      finish_removal (NULL, toast);
    }
}

static void
remove_attachment_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (widget);
  g_autoptr (GError) error = NULL;

  if (sl_candidate_details_remove_attachment (self, g_variant_get_string (parameter, NULL), &error) == NULL)
    sl_candidate_details_toast (self, error->message);
}

static void
undo_remove_attachment_action_cb (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr (GError) error = NULL;
  gboolean ok;

  /* Backwards: a toast that goes at once leaves the array. */
  for (guint i = self->removals != NULL ? self->removals->len : 0; i > 0; i--)
    {
      AdwToast *toast = g_ptr_array_index (self->removals, i - 1);
      Removal *removal = g_object_get_data (G_OBJECT (toast), "sl-removal");

      /* Done first: the toast's going now leaves the file alone. */
      if (removal != NULL && !removal->done && g_strcmp0 (removal->attachment_id, id) == 0)
        {
          removal->done = TRUE;
          sl_toast_dismiss (toast);
        }
    }

  self->saving = TRUE;
  ok = sl_store_restore_attachment (self->store, id, &error);
  self->saving = FALSE;
  if (!ok)
    {
      sl_candidate_details_toast (self, error->message);
      return;
    }
  sl_candidate_details_reload (self);
}

static void
add_to_posting_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (widget);
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->candidate == NULL)
    return;

  application = sl_application_new ();
  sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (self->candidate)));
  sl_application_set_posting_id (application, g_variant_get_string (parameter, NULL));
  self->saving = TRUE;
  ok = sl_store_save_application (self->store, application, &error);
  self->saving = FALSE;

  if (!ok)
    sl_candidate_details_toast (self, error->message);
  sl_candidate_details_refresh_lists (self);
}

static void
erase_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   SlCandidateDetails *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "erase") != 0 || self->candidate == NULL)
    return;

  id = g_strdup (sl_record_get_id (SL_RECORD (self->candidate)));
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->saving = TRUE;
  ok = sl_store_erase_candidate (self->store, id, &error);
  self->saving = FALSE;
  /* Incomplete: erased in the database (so shown erased), but the message
   * says what copy is left and what to do. */
  if (!ok && !g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE))
    {
      const char *name = sl_candidate_get_name (self->candidate);
      /* Translators: a toast; the first %s is a candidate's name, the
       * second the reason with what to do. */
      g_autofree char *message = g_strdup_printf (_("The personal data of %s was not erased. %s"),
                                                  name != NULL ? name : "", error->message);

      sl_candidate_details_toast (self, message);
      return;
    }

  g_clear_object (&self->candidate);
  sl_candidate_details_set_candidate_id (self, id);
  if (ok)
    {
      sl_candidate_details_toast (self, _("Personal data erased"));
    }
  else
    {
      g_autoptr (GPtrArray) ids = g_ptr_array_new ();

      g_ptr_array_add (ids, id);
      sl_erase_notice_present (GTK_WIDGET (self), self->store, ids, error);
    }
  g_signal_emit (self, sl_candidate_details_signals[SL_CANDIDATE_DETAILS_ERASED], 0);
}

static void
erase_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *name;
  AdwMessageDialog *dialog;

  if (self->candidate == NULL)
    return;

  name = sl_candidate_get_name (self->candidate);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Erase Personal Data?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The name, contact details, notes, tags and résumés of %s are removed "
                                    "for good. Their place in the pipelines stays, anonymous. This cannot be undone."),
                                  name != NULL && name[0] != '\0' ? name : _("this candidate"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         SlCandidateDetails *self)
{
  if (self->candidate == NULL || sl_candidate_get_erased (self->candidate))
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      attach_files (self, g_value_get_boxed (value));
      return TRUE;
    }
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      GSList single = { g_value_get_object (value), NULL };

      attach_files (self, &single);
      return TRUE;
    }

  return FALSE;
}

void
sl_candidate_details_init_drop (SlCandidateDetails *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
sl_candidate_details_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "details.add-attachment", NULL, add_attachment_action_cb);
  gtk_widget_class_install_action (widget_class, "details.open-attachment", "s", open_attachment_action_cb);
  gtk_widget_class_install_action (widget_class, "details.remove-attachment", "s", remove_attachment_action_cb);
  gtk_widget_class_install_action (widget_class, "details.undo-remove-attachment", "s",
                                   undo_remove_attachment_action_cb);
  gtk_widget_class_install_action (widget_class, "details.add-to-posting", "s", add_to_posting_action_cb);
  gtk_widget_class_install_action (widget_class, "details.erase", NULL, erase_action_cb);
}
