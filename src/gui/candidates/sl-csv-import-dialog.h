/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCsvImportDialog: imports candidates from a CSV file: column mapping, preview, duplicates, progress, failed rows. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"
#include "sl-candidate-csv.h"

G_BEGIN_DECLS

#define SL_TYPE_CSV_IMPORT_DIALOG (sl_csv_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SlCsvImportDialog, sl_csv_import_dialog, SL, CSV_IMPORT_DIALOG, AdwWindow)

/* The fields a column can be mapped to, as sl_csv_import_dialog_set_column() takes them. */
typedef enum
{
  SL_CSV_FIELD_IGNORE,
  SL_CSV_FIELD_NAME,
  SL_CSV_FIELD_FIRST_NAME,
  SL_CSV_FIELD_LAST_NAME,
  SL_CSV_FIELD_EMAIL,
  SL_CSV_FIELD_PHONE,
  SL_CSV_FIELD_LOCATION,
  SL_CSV_FIELD_HEADLINE,
  SL_CSV_FIELD_SOURCE,
  SL_CSV_FIELD_TAGS,
  SL_CSV_FIELD_NOTES,
  SL_CSV_FIELD_LINK,
  SL_CSV_FIELD_POSTING,
} SlCsvField;

/* Pages ("choose", "mapping", "progress", "done"): the import runs in a
 * thread with its own connection to the store's file, in one transaction;
 * Cancel leaves the database as it was.
 *
 * Signal: "finished" when the import ended (successfully or not). */

SlCsvImportDialog *sl_csv_import_dialog_new          (SlStore           *store);
void               sl_csv_import_dialog_present      (GtkWidget         *parent,
                                                      SlStore           *store);
/* Reads the header and the first rows of @file and shows the mapping. */
gboolean           sl_csv_import_dialog_load_file    (SlCsvImportDialog *self,
                                                      GFile             *file,
                                                      GError           **error);
guint              sl_csv_import_dialog_get_n_columns (SlCsvImportDialog *self);
SlCsvField         sl_csv_import_dialog_get_column   (SlCsvImportDialog *self,
                                                      guint              column);
void               sl_csv_import_dialog_set_column   (SlCsvImportDialog *self,
                                                      guint              column,
                                                      SlCsvField         field);
void               sl_csv_import_dialog_set_duplicates (SlCsvImportDialog *self,
                                                        SlDuplicatesPolicy policy);
/* The posting every imported candidate is added to (unless its row names
 * one): NULL (the default) for none. FALSE when @posting_id is not one of
 * the open postings the dialog offers. */
gboolean           sl_csv_import_dialog_set_posting  (SlCsvImportDialog *self,
                                                      const char        *posting_id);
const char        *sl_csv_import_dialog_get_posting  (SlCsvImportDialog *self);
/* Starts the import (what the Import button does). */
void               sl_csv_import_dialog_start        (SlCsvImportDialog *self);
void               sl_csv_import_dialog_cancel       (SlCsvImportDialog *self);
const char        *sl_csv_import_dialog_get_page     (SlCsvImportDialog *self);
/* The result once the "done" page shows; NULL before. */
SlImportResult    *sl_csv_import_dialog_get_result   (SlCsvImportDialog *self);
/* The failed-rows list of the "done" page (a GtkListBox). */
GtkWidget         *sl_csv_import_dialog_get_failures_list (SlCsvImportDialog *self);
/* The preview of the first rows (a GtkGrid), and how many of them show as
 * failing (the reader refuses them, or they have the wrong number of fields). */
GtkWidget         *sl_csv_import_dialog_get_preview  (SlCsvImportDialog *self);
guint              sl_csv_import_dialog_get_n_preview_failures (SlCsvImportDialog *self);
/* The posting choice (an AdwComboRow). */
GtkWidget         *sl_csv_import_dialog_get_posting_row (SlCsvImportDialog *self);

G_END_DECLS
