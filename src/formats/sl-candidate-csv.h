/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing candidates from CSV (columns guessed from the header, duplicates handled) and exporting them to CSV. */
#pragma once

#include <gio/gio.h>

#include "sl-store.h"

G_BEGIN_DECLS

/* What to do with a row whose email or phone is a known candidate's. */
typedef enum
{
  SL_DUPLICATES_SKIP,    /* leave the known candidate as it is */
  SL_DUPLICATES_MERGE,   /* fill in the known candidate's missing details */
  SL_DUPLICATES_IMPORT,  /* add a new candidate anyway */
} SlDuplicatesPolicy;

gboolean sl_duplicates_policy_from_string (const char          *text,
                                           SlDuplicatesPolicy  *policy);

typedef struct
{
  guint  line;     /* where the row starts in the file, 1-based */
  char  *reason;   /* translated, says what to fix */
} SlImportFailure;

typedef struct
{
  guint      imported;
  guint      merged;
  guint      skipped;
  guint      failed;
  GPtrArray *failures;   /* of SlImportFailure, in line order */
} SlImportResult;

void sl_import_result_free (SlImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlImportResult, sl_import_result_free)

/* Why a record of @n_fields fields cannot be a row under a header of
 * @n_columns columns (translated, says what to fix), or NULL when it can:
 * the reason sl_candidate_csv_import() gives, for a preview to show. */
char *sl_candidate_csv_check_field_count (guint n_fields,
                                          guint n_columns);

/* Called every few hundred rows and at the end, from the importing thread. */
typedef void (*SlImportProgressFunc) (guint64   bytes_read,
                                      guint     rows,
                                      gpointer  user_data);

/* Imports the candidates of a CSV file in one transaction. The header row
 * names the columns (in English; see sl-candidate-csv.c for the names
 * understood, e.g. "Name" or "First name" + "Last name", "Email", "Phone",
 * "City", "Title", "Source", "Tags", "Notes", "LinkedIn", "Posting"). Rows
 * that cannot be imported are listed in the result with their line and the
 * reason, and the others go in. Fails (nothing imported) when the file cannot
 * be read at all, has no usable header, or is cancelled. @posting_id
 * (nullable) gives every row without a "Posting" column an application. */
SlImportResult *sl_candidate_csv_import (SlStore               *store,
                                         GInputStream          *stream,
                                         const char            *posting_id,
                                         SlDuplicatesPolicy     duplicates,
                                         SlImportProgressFunc   progress,
                                         gpointer               user_data,
                                         GCancellable          *cancellable,
                                         GError               **error);

/* Writes the candidates (of @posting_id, or matching @query, or all when
 * both are NULL) as CSV, UTF-8, comma-separated, with a header that
 * sl_candidate_csv_import() reads back. */
gboolean        sl_candidate_csv_export (SlStore               *store,
                                         GOutputStream         *stream,
                                         const char            *posting_id,
                                         const char            *query,
                                         GCancellable          *cancellable,
                                         GError               **error);

/* sl_candidate_csv_export() of the candidates @ids (of gchar *), in that
 * order, leaving out those deleted or erased since. */
gboolean        sl_candidate_csv_export_ids (SlStore               *store,
                                             GOutputStream         *stream,
                                             GPtrArray             *ids,
                                             GCancellable          *cancellable,
                                             GError               **error);

G_END_DECLS
