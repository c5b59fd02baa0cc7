/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The actions of the Postings area: new, duplicate, archive, delete, import, paste, copy and save as. */
#define G_LOG_DOMAIN "sl-postings-page-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-error.h"
#include "sl-posting-format.h"
#include "sl-posting-import.h"
#include "sl-postings-page-private.h"

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Saves a new posting and opens it, making sure the list shows it. */
static gboolean
add_and_select (SlPostingsPage  *self,
                SlPosting       *posting,
                GError         **error)
{
  sl_postings_page_flush_editor (self);

  if (!sl_store_save_posting (self->store, posting, error))
    return FALSE;

  if (!sl_postings_page_select_posting (self, sl_record_get_id (SL_RECORD (posting))))
    {
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      sl_postings_page_set_search_text (self, "");
      sl_postings_page_select_posting (self, sl_record_get_id (SL_RECORD (posting)));
    }

  sl_postings_page_show_content (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "edit");
  return TRUE;
}

/* The posting shown, once the editor has saved it. */
static SlPosting *
saved_posting (SlPostingsPage *self)
{
  sl_postings_page_flush_editor (self);
  return sl_postings_page_get_selected (self);
}

static void
new_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GError) error = NULL;

  sl_posting_set_title (posting, _("Untitled Posting"));
  sl_posting_set_status (posting, SL_POSTING_STATUS_DRAFT);
  sl_posting_set_openings (posting, 1);

  if (!add_and_select (self, posting, &error))
    {
      sl_postings_page_toast (self, error->message);
      return;
    }

  sl_posting_editor_focus_title (sl_postings_page_get_editor (self));
}

static void
duplicate_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  SlPosting *current = saved_posting (self);
  g_autoptr (SlPosting) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  if (current == NULL)
    return;

  copy = sl_posting_copy (current);
  sl_record_set_id (SL_RECORD (copy), NULL);
  sl_record_set_rev (SL_RECORD (copy), NULL);
  sl_record_set_created_at (SL_RECORD (copy), 0);
  sl_record_set_updated_at (SL_RECORD (copy), 0);
  /* Translators: the title of a duplicated posting */
  title = g_strdup_printf (_("%s (Copy)"), sl_posting_preview_display_title (current));
  sl_posting_set_title (copy, title);
  sl_posting_set_status (copy, SL_POSTING_STATUS_DRAFT);
  sl_posting_set_active_count (copy, 0);

  if (!add_and_select (self, copy, &error))
    {
      sl_postings_page_toast (self, error->message);
      return;
    }

  sl_postings_page_toast (self, _("Posting duplicated"));
  sl_posting_editor_focus_title (sl_postings_page_get_editor (self));
}

static void
archive_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  SlPosting *current = saved_posting (self);
  GtkWidget *status_row;
  g_autofree char *message = NULL;

  if (current == NULL)
    return;

  /* Through the editor, so Ctrl+Z brings the posting back. */
  status_row = sl_posting_editor_get_field_widget (sl_postings_page_get_editor (self), "status");
  adw_combo_row_set_selected (ADW_COMBO_ROW (status_row), SL_POSTING_STATUS_ARCHIVED);
  /* Translators: %s is a posting's title */
  message = g_strdup_printf (_("“%s” archived"), sl_posting_preview_display_title (current));
  if (sl_postings_page_flush_editor (self))
    sl_postings_page_toast (self, message);
}

static void
delete_posting (SlPostingsPage *self,
                const char     *id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autofree char *message = NULL;
  g_autofree char *id_copy = g_strdup (id);

  sl_postings_page_flush_editor (self);
  posting = sl_store_get_posting (self->store, id_copy, NULL);

  if (!sl_store_delete_posting (self->store, id_copy, &error))
    {
      sl_postings_page_toast (self, error->message);
      return;
    }

  /* Translators: %s is a posting's title */
  message = g_strdup_printf (_("“%s” deleted"), posting != NULL ? sl_posting_preview_display_title (posting) : "");
  sl_postings_page_toast_with_undo (self, message, "postings.restore", id_copy);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SlPostingsPage   *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "posting-id");

  if (g_strcmp0 (response, "delete") == 0)
    delete_posting (self, id);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  SlPosting *current = saved_posting (self);
  GtkWidget *dialog;

  if (current == NULL)
    return;

  dialog = adw_message_dialog_new (parent_window (widget), NULL, NULL);
  /* Translators: %s is a posting's title */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"), sl_posting_preview_display_title (current));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Its pipeline and applications are deleted with it. You can undo this right after."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "posting-id",
                          g_strdup (sl_record_get_id (SL_RECORD (current))), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr (GError) error = NULL;

  if (!sl_store_restore_posting (self->store, id, &error))
    {
      sl_postings_page_toast (self, error->message);
      return;
    }

  sl_postings_page_select_posting (self, id);
}

static void
undo_import_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  g_autoptr (GError) error = NULL;

  sl_postings_page_flush_editor (self);
  if (!sl_store_delete_posting (self->store, id, &error))
    sl_postings_page_toast (self, error->message);
}

static char *add_imported (SlPostingsPage  *self,
                           SlPosting       *posting,
                           GError         **error);

char *
sl_postings_page_import_text (SlPostingsPage  *self,
                              const char      *text,
                              gssize           length,
                              GError         **error)
{
  g_autoptr (SlPosting) posting = NULL;

  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (text);
  posting = sl_posting_import_parse (text, (gsize) length, NULL, error);
  if (posting == NULL)
    return NULL;

  return add_imported (self, posting, error);
}

/* Saves an imported posting, shows it, and offers to undo the import. */
static char *
add_imported (SlPostingsPage  *self,
              SlPosting       *posting,
              GError         **error)
{
  if (!add_and_select (self, posting, error))
    return NULL;

  sl_postings_page_toast_with_undo (self, _("Posting imported"), "postings.undo-import",
                   sl_record_get_id (SL_RECORD (posting)));

  return g_strdup (sl_record_get_id (SL_RECORD (posting)));
}

/* The one message for a paste, a drop or a file that could not be imported. */
static void
toast_import_failed (SlPostingsPage *self,
                     const GError   *error)
{
  /* Translators: %s says why a posting could not be read */
  g_autofree char *message = g_strdup_printf (_("Could not import the posting: %s"), error->message);

  sl_postings_page_toast (self, message);
}

static void
import_or_toast (SlPostingsPage *self,
                 const char     *text,
                 gssize          length)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = sl_postings_page_import_text (self, text, length, &error);

  if (id == NULL)
    toast_import_failed (self, error);
}

static void
paste_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (SlPostingsPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || text[0] == '\0')
    {
      sl_postings_page_toast (self, _("The clipboard has no text to import: copy a posting’s text first"));
      return;
    }

  import_or_toast (self, text, -1);
}

static void
paste_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 paste_ready_cb, g_object_ref (widget));
}

static void
file_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  SlPostingsPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_import_file_finish (G_FILE (source), result, &error);
  char *id = NULL;

  if (posting != NULL)
    id = add_imported (self, posting, &error);
  if (id == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, id, g_free);
}

void
sl_postings_page_import_file_async (SlPostingsPage      *self,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SL_IS_POSTINGS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_postings_page_import_file_async);
  /* read and parsed in a thread, never more than SL_POSTING_IMPORT_MAX_BYTES */
  sl_posting_import_file_async (file, cancellable, file_read_cb, task);
}

char *
sl_postings_page_import_file_finish (SlPostingsPage  *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
file_imported_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = sl_postings_page_import_file_finish (self, result, &error);

  if (id == NULL)
    toast_import_failed (self, error);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    SlPostingsPage  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      sl_postings_page_import_file_async (self, file, NULL, file_imported_cb, NULL);
    }

  g_object_unref (dialog);
}

static GtkFileFilter *
new_filter (const char *name,
            const char *pattern,
            const char *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);

  return filter;
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Posting"),
                                        parent_window (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));

  gtk_file_filter_set_name (all, _("Postings (text, Markdown, JSON-LD)"));
  gtk_file_filter_add_pattern (all, "*.txt");
  gtk_file_filter_add_pattern (all, "*.md");
  gtk_file_filter_add_pattern (all, "*.json");
  gtk_file_filter_add_mime_type (all, "text/plain");
  gtk_file_filter_add_mime_type (all, "text/markdown");
  gtk_file_filter_add_mime_type (all, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static char *
export_posting (SlPostingsPage  *self,
                SlPosting       *posting,
                SlPostingFormat  format,
                GError         **error)
{
  return sl_posting_export (posting, format, self->default_organization, error);
}

/* The posting in @format, or NULL after a toast that says why not. */
static char *
export_or_toast (SlPostingsPage *self,
                 SlPosting      *posting,
                 SlPostingFormat format)
{
  g_autoptr (GError) error = NULL;
  char *text = export_posting (self, posting, format, &error);

  if (text == NULL)
    sl_postings_page_toast (self, error != NULL ? error->message : _("Could not export the posting"));
  return text;
}

static void
copy_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  SlPosting *posting = saved_posting (self);
  g_autofree char *text = NULL;
  SlPostingFormat format;
  const char *message;

  if (posting == NULL)
    return;

  if (g_str_equal (action_name, "postings.copy-jsonld"))
    {
      format = SL_POSTING_FORMAT_JSONLD;
      message = _("Copied as JSON-LD");
    }
  else if (g_str_equal (action_name, "postings.copy-markdown"))
    {
      format = SL_POSTING_FORMAT_MARKDOWN;
      message = _("Copied as Markdown");
    }
  else
    {
      format = SL_POSTING_FORMAT_TEXT;
      message = _("Copied as text");
    }

  text = export_or_toast (self, posting, format);
  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  sl_postings_page_toast (self, message);
}

static void
file_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (SlPostingsPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      /* Translators: %s says why the file could not be written */
      message = g_strdup_printf (_("Could not save the posting: %s"), error->message);
      sl_postings_page_toast (self, message);
      return;
    }

  name = g_file_get_basename (G_FILE (source));
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Saved as “%s”"), name);
  sl_postings_page_toast (self, message);
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     SlPostingsPage  *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkFileFilter *filter;
  SlPosting *posting = saved_posting (self);
  SlPostingFormat format = SL_POSTING_FORMAT_MARKDOWN;
  g_autoptr (GBytes) bytes = NULL;
  gsize length;

  if (response != GTK_RESPONSE_ACCEPT || posting == NULL)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  name = g_file_get_basename (file);
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));

  /* The extension the recruiter typed wins over the chosen filter. */
  if (!sl_posting_format_from_filename (name, &format) && filter != NULL)
    format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "format"));

  g_object_unref (dialog);

  text = export_or_toast (self, posting, format);
  if (text == NULL)
    return;

  length = strlen (text);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, file_saved_cb, g_object_ref (self));
}

static void
add_format_filter (GtkFileChooser *chooser,
                   const char     *name,
                   const char     *pattern,
                   const char     *mime_type,
                   SlPostingFormat    format)
{
  g_autoptr (GtkFileFilter) filter = new_filter (name, pattern, mime_type);

  g_object_set_data (G_OBJECT (filter), "format", GINT_TO_POINTER (format));
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  SlPosting *posting = saved_posting (self);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (posting == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Save Posting As"),
                                        parent_window (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  add_format_filter (GTK_FILE_CHOOSER (dialog), _("Markdown (.md)"), "*.md", "text/markdown", SL_POSTING_FORMAT_MARKDOWN);
  add_format_filter (GTK_FILE_CHOOSER (dialog), _("JSON-LD for job boards (.json)"), "*.json", "application/json", SL_POSTING_FORMAT_JSONLD);
  add_format_filter (GTK_FILE_CHOOSER (dialog), _("Plain Text (.txt)"), "*.txt", "text/plain", SL_POSTING_FORMAT_TEXT);

  name = g_strdup_printf ("%s.md", sl_posting_preview_display_title (posting));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  g_signal_connect_object (dialog, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
sl_postings_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "postings.new", NULL, new_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.duplicate", NULL, duplicate_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.archive", NULL, archive_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.restore", "s", restore_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.paste", NULL, paste_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.undo-import", "s", undo_import_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.copy-jsonld", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.copy-markdown", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.copy-text", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "postings.search", NULL, search_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "postings.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "postings.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "postings.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "postings.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "postings.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "postings.save-as", NULL);
}
