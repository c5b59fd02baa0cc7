/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCsvImportDialog: imports candidates from a CSV file: column mapping, preview, duplicates, progress, failed rows. */
#define G_LOG_DOMAIN "sl-csv-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-candidate-csv-async.h"
#include "sl-csv.h"
#include "sl-csv-import-dialog.h"

#define PREVIEW_ROWS   5
#define PREVIEW_CHARS  40

struct _SlCsvImportDialog
{
  AdwWindow         parent_instance;

  SlStore          *store;
  GFile            *file;
  GPtrArray        *headers;       /* char * */
  GPtrArray        *combo_rows;    /* AdwComboRow, one per column */
  GCancellable     *cancellable;
  GtkFileChooserNative *chooser;
  SlImportResult   *result;
  gsize             progress_bytes; /* atomic: set by the running job */
  guint             progress_id;
  GPtrArray        *posting_ids;    /* char *, one per item of posting_row; NULL for none */
  guint             n_preview_failures;

  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  GtkWidget        *import_button;
  GtkWidget        *close_button;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *preview_group;
  GtkGrid          *preview_grid;
  AdwComboRow      *posting_row;
  AdwComboRow      *duplicates_row;
  GtkProgressBar   *progress_bar;
  AdwStatusPage    *done_status;
  GtkWidget        *failures_group;
  GtkListBox       *failures_list;
};

G_DEFINE_FINAL_TYPE (SlCsvImportDialog, sl_csv_import_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The header each field is given in the rewritten file: names that
 * sl_candidate_csv_import() understands. */
static const struct
{
  const char *header;
  const char *label;
} fields[] = {
  [SL_CSV_FIELD_IGNORE]     = { NULL,         N_("Ignore") },
  [SL_CSV_FIELD_NAME]       = { "Name",       N_("Name") },
  [SL_CSV_FIELD_FIRST_NAME] = { "First name", N_("First name") },
  [SL_CSV_FIELD_LAST_NAME]  = { "Last name",  N_("Last name") },
  [SL_CSV_FIELD_EMAIL]      = { "Email",      N_("Email") },
  [SL_CSV_FIELD_PHONE]      = { "Phone",      N_("Phone") },
  [SL_CSV_FIELD_LOCATION]   = { "Location",   N_("Location") },
  [SL_CSV_FIELD_HEADLINE]   = { "Headline",   N_("Headline") },
  [SL_CSV_FIELD_SOURCE]     = { "Source",     N_("Source") },
  [SL_CSV_FIELD_TAGS]       = { "Tags",       N_("Tags") },
  [SL_CSV_FIELD_NOTES]      = { "Notes",      N_("Notes") },
  [SL_CSV_FIELD_LINK]       = { "Link",       N_("Link") },
  [SL_CSV_FIELD_POSTING]    = { "Posting",    N_("Posting") },
};

/* Header words, lower case letters and digits only; '*' ends a prefix. */
static const struct
{
  const char *key;
  SlCsvField  field;
} guesses[] = {
  { "name", SL_CSV_FIELD_NAME }, { "fullname", SL_CSV_FIELD_NAME }, { "candidate", SL_CSV_FIELD_NAME },
  { "candidatename", SL_CSV_FIELD_NAME }, { "displayname", SL_CSV_FIELD_NAME },
  { "firstname", SL_CSV_FIELD_FIRST_NAME }, { "givenname", SL_CSV_FIELD_FIRST_NAME },
  { "first", SL_CSV_FIELD_FIRST_NAME }, { "forename", SL_CSV_FIELD_FIRST_NAME },
  { "lastname", SL_CSV_FIELD_LAST_NAME }, { "surname", SL_CSV_FIELD_LAST_NAME },
  { "familyname", SL_CSV_FIELD_LAST_NAME }, { "last", SL_CSV_FIELD_LAST_NAME },
  { "email*", SL_CSV_FIELD_EMAIL }, { "mail", SL_CSV_FIELD_EMAIL }, { "emailaddress*", SL_CSV_FIELD_EMAIL },
  { "phone*", SL_CSV_FIELD_PHONE }, { "mobile*", SL_CSV_FIELD_PHONE }, { "tel*", SL_CSV_FIELD_PHONE },
  { "cell*", SL_CSV_FIELD_PHONE },
  { "location", SL_CSV_FIELD_LOCATION }, { "city", SL_CSV_FIELD_LOCATION }, { "town", SL_CSV_FIELD_LOCATION },
  { "address", SL_CSV_FIELD_LOCATION },
  { "headline", SL_CSV_FIELD_HEADLINE }, { "title", SL_CSV_FIELD_HEADLINE }, { "jobtitle", SL_CSV_FIELD_HEADLINE },
  { "currenttitle", SL_CSV_FIELD_HEADLINE }, { "position", SL_CSV_FIELD_HEADLINE }, { "role", SL_CSV_FIELD_HEADLINE },
  { "source", SL_CSV_FIELD_SOURCE }, { "origin", SL_CSV_FIELD_SOURCE },
  { "tags", SL_CSV_FIELD_TAGS }, { "tag", SL_CSV_FIELD_TAGS }, { "skills", SL_CSV_FIELD_TAGS },
  { "labels", SL_CSV_FIELD_TAGS },
  { "notes", SL_CSV_FIELD_NOTES }, { "note", SL_CSV_FIELD_NOTES }, { "comments", SL_CSV_FIELD_NOTES },
  { "comment", SL_CSV_FIELD_NOTES },
  { "links", SL_CSV_FIELD_LINK }, { "link", SL_CSV_FIELD_LINK }, { "linkedin*", SL_CSV_FIELD_LINK },
  { "url", SL_CSV_FIELD_LINK }, { "urls", SL_CSV_FIELD_LINK }, { "website", SL_CSV_FIELD_LINK },
  { "github", SL_CSV_FIELD_LINK }, { "profile*", SL_CSV_FIELD_LINK },
  { "posting", SL_CSV_FIELD_POSTING }, { "postingid", SL_CSV_FIELD_POSTING }, { "job", SL_CSV_FIELD_POSTING },
  { "jobid", SL_CSV_FIELD_POSTING }, { "appliedfor", SL_CSV_FIELD_POSTING }, { "opening", SL_CSV_FIELD_POSTING },
};

static SlCsvField
guess_field (const char *header)
{
  g_autoptr (GString) key = g_string_new (NULL);
  g_autofree char *lower = g_utf8_strdown (header, -1);

  for (const char *p = lower; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (key, *p);
    }

  for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
    {
      const char *name = guesses[i].key;
      gsize len = strlen (name);

      if (name[len - 1] == '*' ? strncmp (key->str, name, len - 1) == 0 : g_str_equal (key->str, name))
        return guesses[i].field;
    }

  return SL_CSV_FIELD_IGNORE;
}

static void
clear_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_LIST_BOX (widget))
        gtk_list_box_remove (GTK_LIST_BOX (widget), child);
      else if (GTK_IS_GRID (widget))
        gtk_grid_remove (GTK_GRID (widget), child);
      else
        gtk_widget_unparent (child);
    }
}

static void
set_page (SlCsvImportDialog *self,
          const char        *page)
{
  gboolean mapping = g_str_equal (page, "mapping");
  gboolean done = g_str_equal (page, "done");

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (self->import_button, mapping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", mapping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", g_str_equal (page, "progress"));
  gtk_button_set_label (GTK_BUTTON (self->close_button), done ? _("_Close") : _("_Cancel"));
  gtk_widget_set_sensitive (self->close_button, !g_str_equal (page, "progress"));
}

/* Reading the header and the preview */

static char *
shorten (const char *text)
{
  if (g_utf8_strlen (text, -1) <= PREVIEW_CHARS)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, PREVIEW_CHARS - 1);
    return g_strconcat (start, "…", NULL);
  }
}

static GtkWidget *
preview_label (const char *text,
               gboolean    heading)
{
  g_autofree char *short_text = shorten (text != NULL ? text : "");
  GtkWidget *label = gtk_label_new (short_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* A row of the preview; one that will not be imported has its reason. */
typedef struct
{
  guint  line;
  char **values;   /* NULL for a record the reader refused */
  char  *reason;
} PreviewRow;

static void
preview_row_free (PreviewRow *row)
{
  g_strfreev (row->values);
  g_free (row->reason);
  g_free (row);
}

static GtkWidget *
preview_failure_label (const PreviewRow *row)
{
  /* Translators: under a row of the preview, e.g. "Line 3 will not be imported: The row has 5 fields. …" */
  g_autofree char *text = g_strdup_printf (_("Line %u will not be imported: %s"), row->line, row->reason);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_add_css_class (label, "error");
  return label;
}

/* Posting choice: none, or one of the postings that take candidates. */
static void
fill_postings (SlCsvImportDialog *self)
{
  g_autoptr (GListModel) postings = sl_store_list_postings (self->store);
  g_autoptr (GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *selected = NULL;
  guint position = 0;

  selected = g_strdup (sl_csv_import_dialog_get_posting (self));
  g_clear_pointer (&self->posting_ids, g_ptr_array_unref);
  self->posting_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (titles, C_("posting", "None"));
  g_ptr_array_add (self->posting_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (postings); i++)
    {
      g_autoptr (SlPosting) posting = g_list_model_get_item (postings, i);
      SlPostingStatus status = sl_posting_get_status (posting);
      const char *id = sl_record_get_id (SL_RECORD (posting));

      if (status == SL_POSTING_STATUS_CLOSED || status == SL_POSTING_STATUS_ARCHIVED)
        continue;
      if (g_strcmp0 (id, selected) == 0)
        position = self->posting_ids->len;
      gtk_string_list_append (titles, sl_posting_get_title (posting));
      g_ptr_array_add (self->posting_ids, g_strdup (id));
    }

  adw_combo_row_set_model (self->posting_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->posting_row, position);
}

gboolean
sl_csv_import_dialog_load_file (SlCsvImportDialog *self,
                                GFile             *file,
                                GError           **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (SlCsvReader) reader = NULL;
  g_autoptr (GPtrArray) samples = g_ptr_array_new ();   /* char **, of the rows that import */
  g_autoptr (GPtrArray) preview = g_ptr_array_new_with_free_func ((GDestroyNotify) preview_row_free);
  GPtrArray *record = NULL;
  SlCsvStatus status;
  guint grid_row = 1;

  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;
  reader = sl_csv_reader_new (G_INPUT_STREAM (stream), 0);

  status = sl_csv_reader_read (reader, &record, NULL, error);
  if (status == SL_CSV_END)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is empty. Choose a CSV file with a header row and one row per candidate."));
      return FALSE;
    }
  if (status != SL_CSV_RECORD)
    return FALSE;

  g_clear_pointer (&self->headers, g_ptr_array_unref);
  self->headers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < record->len; i++)
    g_ptr_array_add (self->headers, g_strdup (g_ptr_array_index (record, i)));

  /* The first rows as the import will take them: a row the reader refuses
   * or with the wrong number of fields shows with the reason it fails. */
  self->n_preview_failures = 0;
  while (preview->len < PREVIEW_ROWS)
    {
      g_autoptr (GError) row_error = NULL;
      PreviewRow *row;

      status = sl_csv_reader_read (reader, &record, NULL, &row_error);
      if (status != SL_CSV_RECORD && status != SL_CSV_BAD_RECORD)
        break;
      row = g_new0 (PreviewRow, 1);
      row->line = sl_csv_reader_get_line (reader);
      if (status == SL_CSV_BAD_RECORD)
        row->reason = g_strdup (row_error->message);
      else
        {
          g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

          for (guint i = 0; i < record->len; i++)
            g_strv_builder_add (builder, g_ptr_array_index (record, i));
          row->values = g_strv_builder_end (builder);
          row->reason = sl_candidate_csv_check_field_count (record->len, self->headers->len);
        }
      if (row->reason != NULL)
        self->n_preview_failures++;
      else
        g_ptr_array_add (samples, row->values);
      g_ptr_array_add (preview, row);
    }

  g_set_object (&self->file, file);

  /* One combo per column, with the guess selected. */
  for (guint i = 0; self->combo_rows != NULL && i < self->combo_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->combo_rows, i));
  g_clear_pointer (&self->combo_rows, g_ptr_array_unref);
  self->combo_rows = g_ptr_array_new ();

  for (guint i = 0; i < self->headers->len; i++)
    {
      const char *header = g_ptr_array_index (self->headers, i);
      g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
      GtkWidget *row = adw_combo_row_new ();
      const char *sample = NULL;

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        gtk_string_list_append (choices, _(fields[f].label));
      for (guint s = 0; s < samples->len && sample == NULL; s++)
        {
          char **values = g_ptr_array_index (samples, s);

          if (i < g_strv_length (values) && values[i][0] != '\0')
            sample = values[i];
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), header[0] != '\0' ? header : _("(no header)"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (sample != NULL)
        {
          g_autofree char *short_sample = shorten (sample);
          /* Translators: an example value of a CSV column, e.g. "e.g. ana@example.com" */
          g_autofree char *subtitle = g_strdup_printf (_("e.g. %s"), short_sample);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), guess_field (header));
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->combo_rows, row);
    }

  /* The preview: the header and the first rows. */
  clear_children (GTK_WIDGET (self->preview_grid));
  for (guint i = 0; i < self->headers->len; i++)
    gtk_grid_attach (self->preview_grid, preview_label (g_ptr_array_index (self->headers, i), TRUE), i, 0, 1, 1);
  for (guint s = 0; s < preview->len; s++)
    {
      PreviewRow *row = g_ptr_array_index (preview, s);

      for (guint i = 0; row->values != NULL && row->values[i] != NULL && i < self->headers->len; i++)
        gtk_grid_attach (self->preview_grid, preview_label (row->values[i], FALSE), i, grid_row, 1, 1);
      if (row->values != NULL)
        grid_row++;
      if (row->reason != NULL)
        gtk_grid_attach (self->preview_grid, preview_failure_label (row), 0, grid_row++, MAX (1, self->headers->len), 1);
    }
  if (self->n_preview_failures > 0)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Of the rows shown, %u will not be imported.",
                                                             "Of the rows shown, %u will not be imported.",
                                                             self->n_preview_failures),
                                                self->n_preview_failures);

      adw_preferences_group_set_description (self->preview_group, count);
    }
  else
    adw_preferences_group_set_description (self->preview_group, NULL);

  fill_postings (self);
  set_page (self, "mapping");
  return TRUE;
}

guint
sl_csv_import_dialog_get_n_columns (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->combo_rows != NULL ? self->combo_rows->len : 0;
}

SlCsvField
sl_csv_import_dialog_get_column (SlCsvImportDialog *self,
                                 guint              column)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), SL_CSV_FIELD_IGNORE);
  g_return_val_if_fail (column < sl_csv_import_dialog_get_n_columns (self), SL_CSV_FIELD_IGNORE);

  return adw_combo_row_get_selected (g_ptr_array_index (self->combo_rows, column));
}

void
sl_csv_import_dialog_set_column (SlCsvImportDialog *self,
                                 guint              column,
                                 SlCsvField         field)
{
  g_return_if_fail (SL_IS_CSV_IMPORT_DIALOG (self));
  g_return_if_fail (column < sl_csv_import_dialog_get_n_columns (self));
  g_return_if_fail (field < G_N_ELEMENTS (fields));

  adw_combo_row_set_selected (g_ptr_array_index (self->combo_rows, column), field);
}

gboolean
sl_csv_import_dialog_set_posting (SlCsvImportDialog *self,
                                  const char        *posting_id)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), FALSE);

  if (self->posting_ids == NULL)
    fill_postings (self);
  for (guint i = 0; i < self->posting_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->posting_ids, i), posting_id) == 0)
      {
        adw_combo_row_set_selected (self->posting_row, i);
        return TRUE;
      }
  return FALSE;
}

const char *
sl_csv_import_dialog_get_posting (SlCsvImportDialog *self)
{
  guint selected;

  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), NULL);

  if (self->posting_ids == NULL)
    return NULL;
  selected = adw_combo_row_get_selected (self->posting_row);
  return selected < self->posting_ids->len ? g_ptr_array_index (self->posting_ids, selected) : NULL;
}

void
sl_csv_import_dialog_set_duplicates (SlCsvImportDialog *self,
                                     SlDuplicatesPolicy policy)
{
  g_return_if_fail (SL_IS_CSV_IMPORT_DIALOG (self));

  adw_combo_row_set_selected (self->duplicates_row, policy);
}

/* The import, on a worker thread (sl_candidate_csv_import_file_async()) */

static gboolean
progress_timeout_cb (gpointer user_data)
{
  SlCsvImportDialog *self = user_data;
  GFileInfo *info = g_object_get_data (G_OBJECT (self), "sl-file-info");
  gint64 total = info != NULL ? g_file_info_get_size (info) : 0;
  gsize done = GPOINTER_TO_SIZE (g_atomic_pointer_get ((gpointer *) &self->progress_bytes));

  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP ((double) done / total, 0.0, 1.0));
  else
    gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
show_result (SlCsvImportDialog *self)
{
  SlImportResult *result = self->result;
  g_autoptr (GString) summary = g_string_new (NULL);

  g_string_append_printf (summary,
                          g_dngettext (GETTEXT_PACKAGE, "%u candidate imported", "%u candidates imported",
                                       result->imported),
                          result->imported);
  if (result->merged > 0)
    {
      g_string_append (summary, ", ");
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u merged", "%u merged", result->merged),
                              result->merged);
    }
  if (result->skipped > 0)
    {
      g_string_append (summary, ", ");
      g_string_append_printf (summary,
                              g_dngettext (GETTEXT_PACKAGE, "%u duplicate skipped", "%u duplicates skipped",
                                           result->skipped),
                              result->skipped);
    }
  if (result->failed > 0)
    {
      g_string_append (summary, ", ");
      g_string_append_printf (summary,
                              g_dngettext (GETTEXT_PACKAGE, "%u row not imported", "%u rows not imported",
                                           result->failed),
                              result->failed);
    }
  adw_status_page_set_description (self->done_status, summary->str);
  adw_status_page_set_icon_name (self->done_status,
                                 result->failed > 0 ? "dialog-warning-symbolic" : "emblem-ok-symbolic");

  clear_children (GTK_WIDGET (self->failures_list));
  for (guint i = 0; result->failures != NULL && i < result->failures->len; i++)
    {
      SlImportFailure *failure = g_ptr_array_index (result->failures, i);
      /* Translators: a row of the CSV file that could not be imported */
      g_autofree char *title = g_strdup_printf (_("Line %u"), failure->line);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), failure->reason);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_append (self->failures_list, row);
    }
  gtk_widget_set_visible (self->failures_group, result->failures != NULL && result->failures->len > 0);

  set_page (self, "done");
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (SlCsvImportDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  SlImportResult *import_result;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_object_set_data (G_OBJECT (self), "sl-file-info", NULL);

  import_result = sl_candidate_csv_import_file_finish (SL_STORE (object), result, &error);
  if (import_result == NULL)
    {
      set_page (self, "mapping");
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Import stopped: nothing was imported")));
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      g_signal_emit (self, signals[FINISHED], 0);
      return;
    }

  g_clear_pointer (&self->result, sl_import_result_free);
  self->result = import_result;
  show_result (self);

  /* The window's store sees the other connection's commit now, not at its next poll. */
  sl_store_check_external_changes (self->store);
  g_signal_emit (self, signals[FINISHED], 0);
}

void
sl_csv_import_dialog_start (SlCsvImportDialog *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) headers = NULL;
  guint counts[G_N_ELEMENTS (fields)] = { 0 };

  g_return_if_fail (SL_IS_CSV_IMPORT_DIALOG (self));

  if (self->file == NULL || self->combo_rows == NULL)
    return;

  for (guint i = 0; i < self->combo_rows->len; i++)
    {
      SlCsvField field = adw_combo_row_get_selected (g_ptr_array_index (self->combo_rows, i));
      g_autofree char *header = NULL;

      if (field >= G_N_ELEMENTS (fields))
        field = SL_CSV_FIELD_IGNORE;
      counts[field]++;
      if (field == SL_CSV_FIELD_IGNORE)
        header = g_strdup_printf ("Ignored %u", i + 1);
      else if (counts[field] == 1)
        header = g_strdup (fields[field].header);
      else if (field == SL_CSV_FIELD_LINK)
        /* "Link 2" would not be read as a link: "Profile 2" is. */
        header = g_strdup_printf ("Profile %u", counts[field]);
      else
        header = g_strdup_printf ("%s %u", fields[field].header, counts[field]);
      g_strv_builder_add (builder, header);
    }

  headers = g_strv_builder_end (builder);
  self->progress_bytes = 0;

  g_object_set_data_full (G_OBJECT (self), "sl-file-info",
                          g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                             G_FILE_QUERY_INFO_NONE, NULL, NULL),
                          g_object_unref);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  set_page (self, "progress");
  self->progress_id = g_timeout_add (100, progress_timeout_cb, self);

  /* The job holds the dialog, and so its progress_bytes, until it ends. */
  sl_candidate_csv_import_file_async (self->store, self->file, (const char * const *) headers,
                                      sl_csv_import_dialog_get_posting (self),
                                      adw_combo_row_get_selected (self->duplicates_row),
                                      &self->progress_bytes, self->cancellable,
                                      import_done_cb, g_object_ref (self));
}

void
sl_csv_import_dialog_cancel (SlCsvImportDialog *self)
{
  g_return_if_fail (SL_IS_CSV_IMPORT_DIALOG (self));

  g_cancellable_cancel (self->cancellable);
}

/* Actions */

static void
chooser_response_cb (GtkNativeDialog   *dialog,
                     int                response,
                     SlCsvImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      if (!sl_csv_import_dialog_load_file (self, file, &error))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
choose_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlCsvImportDialog *self = SL_CSV_IMPORT_DIALOG (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
start_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sl_csv_import_dialog_start (SL_CSV_IMPORT_DIALOG (widget));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sl_csv_import_dialog_cancel (SL_CSV_IMPORT_DIALOG (widget));
}

/* GObject */

static gboolean
sl_csv_import_dialog_close_request (GtkWindow *window)
{
  SlCsvImportDialog *self = SL_CSV_IMPORT_DIALOG (window);

  /* Closing while importing stops the import (nothing is kept). */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (sl_csv_import_dialog_parent_class)->close_request (window);
}

static void
sl_csv_import_dialog_dispose (GObject *object)
{
  SlCsvImportDialog *self = SL_CSV_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (sl_csv_import_dialog_parent_class)->dispose (object);
}

static void
sl_csv_import_dialog_finalize (GObject *object)
{
  SlCsvImportDialog *self = SL_CSV_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_pointer (&self->combo_rows, g_ptr_array_unref);
  g_clear_pointer (&self->posting_ids, g_ptr_array_unref);
  g_clear_pointer (&self->result, sl_import_result_free);

  G_OBJECT_CLASS (sl_csv_import_dialog_parent_class)->finalize (object);
}

static void
sl_csv_import_dialog_class_init (SlCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sl_csv_import_dialog_dispose;
  object_class->finalize = sl_csv_import_dialog_finalize;
  window_class->close_request = sl_csv_import_dialog_close_request;

  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/candidates/sl-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, posting_row);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, done_status);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, failures_group);
  gtk_widget_class_bind_template_child (widget_class, SlCsvImportDialog, failures_list);

  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action_cb);
  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action_cb);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose", NULL);
}

static void
sl_csv_import_dialog_init (SlCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
  set_page (self, "choose");
}

SlCsvImportDialog *
sl_csv_import_dialog_new (SlStore *store)
{
  SlCsvImportDialog *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_CSV_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);

  return self;
}

void
sl_csv_import_dialog_present (GtkWidget *parent,
                              SlStore   *store)
{
  SlCsvImportDialog *self;
  GtkRoot *root;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (SL_IS_STORE (store));

  self = sl_csv_import_dialog_new (store);
  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
}

const char *
sl_csv_import_dialog_get_page (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

SlImportResult *
sl_csv_import_dialog_get_result (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), NULL);

  return self->result;
}

GtkWidget *
sl_csv_import_dialog_get_failures_list (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->failures_list);
}

GtkWidget *
sl_csv_import_dialog_get_preview (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->preview_grid);
}

guint
sl_csv_import_dialog_get_n_preview_failures (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->n_preview_failures;
}

GtkWidget *
sl_csv_import_dialog_get_posting_row (SlCsvImportDialog *self)
{
  g_return_val_if_fail (SL_IS_CSV_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->posting_row);
}
