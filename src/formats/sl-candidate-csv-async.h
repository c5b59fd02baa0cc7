/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing and exporting candidates' CSV files on a worker thread with its own connection to the store. */
#pragma once

#include <gio/gio.h>

#include "sl-candidate-csv.h"

G_BEGIN_DECLS

/* sl_candidate_csv_import() of @file into @store's database, on a worker
 * thread with a connection of its own. @headers (nullable): the column
 * names that replace the file's header row (its rows keep their line
 * numbers). @progress (nullable) is set atomically to the bytes read so
 * far and must stay valid until the callback. Cancelling stops the import
 * with nothing imported. The caller's store sees the commit at its next
 * poll (or sl_store_check_external_changes()). */
void             sl_candidate_csv_import_file_async  (SlStore              *store,
                                                      GFile                *file,
                                                      const char * const   *headers,
                                                      const char           *posting_id,
                                                      SlDuplicatesPolicy    duplicates,
                                                      gsize                *progress,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
SlImportResult  *sl_candidate_csv_import_file_finish (SlStore              *store,
                                                      GAsyncResult         *result,
                                                      GError              **error);

/* Writes the candidates of @ids (nullable; of gchar *), or else those of
 * @posting_id or matching @query, or all (sl_candidate_csv_export()), to
 * @file on a worker thread. A failed or cancelled export leaves @file as
 * it was: nothing half written. */
void             sl_candidate_csv_export_file_async  (SlStore              *store,
                                                      GFile                *file,
                                                      GPtrArray            *ids,
                                                      const char           *posting_id,
                                                      const char           *query,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean         sl_candidate_csv_export_file_finish (SlStore              *store,
                                                      GAsyncResult         *result,
                                                      GError              **error);

G_END_DECLS
