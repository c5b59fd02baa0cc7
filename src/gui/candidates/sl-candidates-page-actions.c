/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The actions of the Candidates area: add, import, search, and the bulk actions on the selection. */
#define G_LOG_DOMAIN "sl-candidates-page-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-add-candidate-dialog.h"
#include "sl-candidate-csv-async.h"
#include "sl-csv.h"
#include "sl-csv-import-dialog.h"
#include "sl-erase-notice.h"
#include "sl-error.h"
#include "sl-candidates-page-private.h"
#include "sl-error.h"

static GtkWindow *
parent_window (SlCandidatesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Add, import, search, show */

static void
candidate_added_cb (SlCandidatesPage *self,
                    const char       *id)
{
  sl_candidates_page_queue_refresh (self, id);
  sl_candidate_details_set_candidate_id (self->details, id);
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);
  SlAddCandidateDialog *dialog = sl_add_candidate_dialog_new (self->store, NULL, NULL);

  g_signal_connect_object (dialog, "candidate-added", G_CALLBACK (candidate_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "open-candidate", G_CALLBACK (sl_candidates_page_show_candidate), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);

  sl_csv_import_dialog_present (widget, self->store);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sl_candidates_page_show_candidate (SL_CANDIDATES_PAGE (widget), g_variant_get_string (parameter, NULL));
}

/* Add tag */

gboolean
sl_candidates_page_add_tag (SlCandidatesPage *self,
                            const char       *tag,
                            GError          **error)
{
  g_autoptr (GPtrArray) ids = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  clean = g_strstrip (g_strdup (tag));
  if (clean[0] == '\0' || strchr (clean, ',') != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter one tag, without commas"));
      return FALSE;
    }

  sl_candidate_details_flush (self->details);
  ids = sl_candidates_page_selected_ids (self);
  if (!sl_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr (SlCandidate) candidate = sl_store_get_candidate (self->store, g_ptr_array_index (ids, i), error);
      g_autoptr (GStrvBuilder) builder = NULL;
      g_auto (GStrv) tags = NULL;
      const char * const *old;

      if (candidate == NULL)
        goto fail;
      if (sl_candidate_get_erased (candidate))
        continue;
      old = sl_candidate_get_tags (candidate);
      if (old != NULL && g_strv_contains (old, clean))
        continue;

      builder = g_strv_builder_new ();
      if (old != NULL)
        g_strv_builder_addv (builder, (const char **) old);
      g_strv_builder_add (builder, clean);
      tags = g_strv_builder_end (builder);
      sl_candidate_set_tags (candidate, (const char * const *) tags);
      if (!sl_store_save_candidate (self->store, candidate, error))
        goto fail;
    }

  return sl_store_commit (self->store, error);

fail:
  sl_store_rollback (self->store);
  return FALSE;
}

static void
add_tag_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SlCandidatesPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  if (!sl_candidates_page_add_tag (self, gtk_editable_get_text (entry), &error))
    sl_candidates_page_toast (self, error->message);
}

static void
add_tag_entry_changed_cb (GtkEditable      *entry,
                          AdwMessageDialog *dialog)
{
  const char *text = gtk_editable_get_text (entry);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  adw_message_dialog_set_response_enabled (dialog, "add", stripped[0] != '\0' && strchr (stripped, ',') == NULL);
}

static void
add_tag_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);
  g_autoptr (GPtrArray) ids = sl_candidates_page_selected_ids (self);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (ids->len == 0)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Add Tag"), NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "The tag is added to the selected candidate.",
                                               "The tag is added to the %u selected candidates.",
                                               ids->len),
                                  ids->len);
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Tag, e.g. “rust”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tag"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add Tag"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (add_tag_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_tag_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Add to posting */

/* Built as the menu opens; the live posting list is made on first use. */
void
sl_candidates_page_update_postings_menu (SlCandidatesPage *self)
{
  guint n = 0;

  g_menu_remove_all (self->postings_menu);
  if (self->postings == NULL)
    self->postings = sl_store_list_postings (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (self->postings); i++)
    {
      g_autoptr (SlPosting) posting = g_list_model_get_item (self->postings, i);
      g_autoptr (GMenuItem) item = NULL;
      SlPostingStatus status = sl_posting_get_status (posting);

      if (status == SL_POSTING_STATUS_CLOSED || status == SL_POSTING_STATUS_ARCHIVED)
        continue;
      item = g_menu_item_new (sl_posting_get_title (posting), NULL);
      g_menu_item_set_action_and_target (item, "candidates.add-to-posting", "s",
                                         sl_record_get_id (SL_RECORD (posting)));
      g_menu_append_item (self->postings_menu, item);
      n++;
    }
  if (n == 0)
    g_menu_append (self->postings_menu, _("No open postings"), "candidates.none");
}

static void
add_to_posting_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);
  const char *posting_id = g_variant_get_string (parameter, NULL);
  g_autoptr (GPtrArray) ids = sl_candidates_page_selected_ids (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  guint added = 0;

  if (!sl_store_begin (self->store, &error))
    goto fail;

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autoptr (GPtrArray) applications = sl_store_list_applications_for_candidate (self->store, id, &error);
      g_autoptr (SlApplication) application = NULL;
      gboolean found = FALSE;

      if (applications == NULL)
        goto rollback;
      for (guint j = 0; j < applications->len && !found; j++)
        found = g_strcmp0 (sl_application_get_posting_id (g_ptr_array_index (applications, j)), posting_id) == 0;
      if (found)
        continue;

      application = sl_application_new ();
      sl_application_set_candidate_id (application, id);
      sl_application_set_posting_id (application, posting_id);
      if (!sl_store_save_application (self->store, application, &error))
        goto rollback;
      added++;
    }

  if (!sl_store_commit (self->store, &error))
    goto fail;

  for (guint i = 0; i < ids->len; i++)
    sl_candidates_page_queue_refresh (self, g_ptr_array_index (ids, i));
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate added to the posting",
                                          "%u candidates added to the posting", added),
                             added);
  sl_candidates_page_toast (self, message);
  return;

rollback:
  sl_store_rollback (self->store);
fail:
  sl_candidates_page_toast (self, error->message);
}

/* Export */

/* On a worker thread (sl_candidate_csv_export_file_async()): the main
 * loop goes on while the file is written. The store is the result's
 * source object. */
void
sl_candidates_page_export_selected_async (SlCandidatesPage    *self,
                                          GFile               *file,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr (GPtrArray) ids = NULL;
  guint total, shown;

  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  sl_candidate_details_flush (self->details);
  ids = sl_candidates_page_selected_ids (self);
  total = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  /* Everyone, or everyone the search found: the exporter itself; any other
   * selection by its ids. */
  if (ids->len == total && self->search_text == NULL)
    sl_candidate_csv_export_file_async (self->store, file, NULL, NULL, NULL, self->cancellable, callback, user_data);
  else if (ids->len == shown && self->search_text != NULL && shown < SL_CANDIDATES_SEARCH_LIMIT)
    sl_candidate_csv_export_file_async (self->store, file, NULL, NULL, self->search_text, self->cancellable,
                                        callback, user_data);
  else
    sl_candidate_csv_export_file_async (self->store, file, ids, NULL, NULL, self->cancellable, callback, user_data);
}

gboolean
sl_candidates_page_export_selected_finish (SlCandidatesPage  *self,
                                           GAsyncResult      *result,
                                           GError           **error)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), FALSE);

  return sl_candidate_csv_export_file_finish (self->store, result, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (SlCandidatesPage) self = user_data;
  g_autoptr (GError) error = NULL;
  GFile *file = g_object_get_data (G_OBJECT (self), "sl-export-file");
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *message = NULL;

  if (sl_candidates_page_export_selected_finish (self, result, &error))
    /* Translators: a toast; %s is the file's name. */
    message = g_strdup_printf (_("Candidates exported to “%s”"), name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  else
    /* Translators: a toast; the first %s is the file's name, the
     * second the reason with what to do. */
    message = g_strdup_printf (_("Nothing was exported to “%s”. %s"), name, error->message);
  sl_candidates_page_toast (self, message);
}

static void
export_response_cb (GtkNativeDialog  *dialog,
                    int               response,
                    SlCandidatesPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GFile *file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* For the toast; the next export replaces it. */
      g_object_set_data_full (G_OBJECT (self), "sl-export-file", file, g_object_unref);
      sl_candidates_page_export_selected_async (self, file, export_done_cb, g_object_ref (self));
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Candidates"), parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Translators: the suggested file name of a candidate export; keep the .csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("candidates.csv"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Erase */

gboolean
sl_candidates_page_erase_selected (SlCandidatesPage *self,
                                   GError          **error)
{
  g_autoptr (GPtrArray) ids = NULL;

  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), FALSE);

  ids = sl_candidates_page_selected_ids (self);
  if (ids->len == 0)
    return TRUE;

  sl_candidate_details_flush (self->details);
  return sl_store_erase_candidates (self->store, ids, error);
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SlCandidatesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) ids = NULL;

  if (g_strcmp0 (response, "erase") != 0)
    return;

  ids = sl_candidates_page_selected_ids (self);
  if (sl_candidates_page_erase_selected (self, &error))
    sl_candidates_page_toast (self, _("Personal data erased"));
  else if (g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE))
    sl_erase_notice_present (GTK_WIDGET (self), self->store, ids, error);
  else
    {
      /* Translators: a toast; %u is how many candidates were selected,
       * followed by the reason with what to do. Nothing was erased. */
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "The personal data of %u candidate was not erased. %s",
                                                               "The personal data of %u candidates was not erased. %s",
                                                               ids->len),
                                                  ids->len, error->message);

      sl_candidates_page_toast (self, message);
    }
}

static void
erase_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);
  g_autoptr (GPtrArray) ids = sl_candidates_page_selected_ids (self);
  g_autoptr (SlCandidate) candidate = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (ids->len == 0)
    return;

  /* One person is named, as the details pane's Erase does; several counted. */
  if (ids->len == 1)
    candidate = sl_store_get_candidate (self->store, g_ptr_array_index (ids, 0), NULL);
  if (candidate != NULL && sl_candidate_get_name (candidate) != NULL && sl_candidate_get_name (candidate)[0] != '\0')
    {
      /* Translators: the heading of the erase confirmation: "Erase Ada Lovelace?" */
      heading = g_strdup_printf (_("Erase %s?"), sl_candidate_get_name (candidate));
      body = g_strdup_printf (_("The name, contact details, notes, tags and résumés of %s are removed for good. "
                                "Their place in the pipelines stays, anonymous. This cannot be undone."),
                              sl_candidate_get_name (candidate));
    }
  else
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Erase %u Candidate?", "Erase %u Candidates?", ids->len),
                                 ids->len);
      body = g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                    "Their name, contact details, notes, tags and résumés are removed for good. "
                                    "Their place in the pipelines stays, anonymous. This cannot be undone.",
                                    "Their names, contact details, notes, tags and résumés are removed for good. "
                                    "Their places in the pipelines stay, anonymous. This cannot be undone.",
                                    ids->len));
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, NULL));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sl_candidates_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "candidates.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.show", "s", show_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.add-tag", NULL, add_tag_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.add-to-posting", "s", add_to_posting_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "candidates.erase", NULL, erase_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "candidates.search", NULL);
  /* Ctrl+N is New Posting everywhere (sl-window.c). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "candidates.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "candidates.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_SHIFT_MASK, "candidates.erase", NULL);
}
