/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing and exporting candidates' CSV files on a worker thread with its own connection to the store. */
#define G_LOG_DOMAIN "sl-candidate-csv-async"

#include "config.h"

#include "sl-candidate-csv-async.h"
#include "sl-csv.h"
#include "sl-store-worker.h"

/* Import */

typedef struct
{
  GFile              *file;
  char              **headers;      /* nullable: the header that replaces the file's */
  char               *posting_id;   /* nullable: every row without its own goes there */
  SlDuplicatesPolicy  policy;
  gsize              *bytes;        /* nullable, atomic: progress */
} Import;

static void
import_free (Import *job)
{
  g_clear_object (&job->file);
  g_strfreev (job->headers);
  g_free (job->posting_id);
  g_free (job);
}

static void
progress_cb (guint64  bytes_read,
             guint    rows,
             gpointer user_data)
{
  Import *job = user_data;

  if (job->bytes != NULL)
    g_atomic_pointer_set ((gpointer *) job->bytes, GSIZE_TO_POINTER ((gsize) bytes_read));
}

/* The file with its header replaced by the chosen mapping; blank lines keep
 * every row on its original line number. */
static GBytes *
rewrite_header (Import       *job,
                GBytes       *contents,
                GError      **error)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (contents);
  g_autoptr (SlCsvReader) reader = sl_csv_reader_new (stream, 0);
  g_autoptr (GString) out = g_string_new (NULL);
  GPtrArray *record = NULL;
  const char *data;
  gsize size, offset = 0;
  guint body_line = 0;
  SlCsvStatus status;
  char delimiter;

  if (sl_csv_reader_read (reader, &record, NULL, error) != SL_CSV_RECORD)
    return NULL;
  delimiter = sl_csv_reader_get_delimiter (reader);

  do
    {
      g_autoptr (GError) ignored = NULL;

      status = sl_csv_reader_read (reader, &record, NULL, &ignored);
    }
  while (status == SL_CSV_BAD_RECORD && sl_csv_reader_get_line (reader) <= 1);
  if (status == SL_CSV_RECORD || status == SL_CSV_BAD_RECORD)
    body_line = sl_csv_reader_get_line (reader);

  data = g_bytes_get_data (contents, &size);
  if (body_line == 0)
    offset = size;
  else
    {
      for (guint line = 1; line < body_line && offset < size; offset++)
        {
          if (data[offset] == '\n')
            line++;
          if (line == body_line)
            {
              offset++;
              break;
            }
        }
    }

  sl_csv_append_record (out, (const char * const *) job->headers, g_strv_length (job->headers), delimiter);
  for (guint line = 2; line < body_line; line++)
    g_string_append (out, "\r\n");
  g_string_append_len (out, data + offset, size - offset);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static gpointer
import_cb (SlStore       *store,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  Import *job = data;
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GBytes) rewritten = NULL;
  g_autoptr (GInputStream) stream = NULL;

  contents = g_file_load_bytes (job->file, cancellable, NULL, error);
  if (contents == NULL)
    return NULL;

  if (job->headers != NULL)
    {
      rewritten = rewrite_header (job, contents, error);
      if (rewritten == NULL)
        return NULL;
    }
  else
    rewritten = g_bytes_ref (contents);

  stream = g_memory_input_stream_new_from_bytes (rewritten);
  return sl_candidate_csv_import (store, stream, job->posting_id, job->policy, progress_cb, job, cancellable, error);
}

void
sl_candidate_csv_import_file_async (SlStore              *store,
                                    GFile                *file,
                                    const char * const   *headers,
                                    const char           *posting_id,
                                    SlDuplicatesPolicy    duplicates,
                                    gsize                *progress,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  Import *job;

  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (Import, 1);
  job->file = g_object_ref (file);
  job->headers = g_strdupv ((char **) headers);
  job->posting_id = g_strdup (posting_id);
  job->policy = duplicates;
  job->bytes = progress;
  /* It writes: one SQLite connection per thread, this one the job's own. */
  sl_store_worker_run_async (store, SL_STORE_WORKER_WRITE, import_cb, job, (GDestroyNotify) import_free,
                             (GDestroyNotify) sl_import_result_free, sl_candidate_csv_import_file_async,
                             cancellable, callback, user_data);
}

SlImportResult *
sl_candidate_csv_import_file_finish (SlStore       *store,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return sl_store_worker_run_finish (store, result, sl_candidate_csv_import_file_async, error);
}

/* Export */

typedef struct
{
  GFile     *file;
  GPtrArray *ids;
  char      *posting_id;
  char      *query;
} Export;

static void
export_free (Export *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->ids, g_ptr_array_unref);
  g_free (job->posting_id);
  g_free (job->query);
  g_free (job);
}

static gpointer
export_cb (SlStore       *store,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  Export *job = data;
  g_autoptr (GFileOutputStream) stream = NULL;
  gboolean ok;

  stream = g_file_replace (job->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return NULL;

  if (job->ids != NULL)
    ok = sl_candidate_csv_export_ids (store, G_OUTPUT_STREAM (stream), job->ids, cancellable, error);
  else
    ok = sl_candidate_csv_export (store, G_OUTPUT_STREAM (stream), job->posting_id, job->query, cancellable, error);

  if (!ok)
    {
      g_autoptr (GCancellable) abandon = g_cancellable_new ();

      /* Closing a replacement cancelled leaves the file as it was, instead
       * of putting a half-written export in its place. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return NULL;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return NULL;
  return GINT_TO_POINTER (TRUE);
}

void
sl_candidate_csv_export_file_async (SlStore              *store,
                                    GFile                *file,
                                    GPtrArray            *ids,
                                    const char           *posting_id,
                                    const char           *query,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  Export *job;

  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (Export, 1);
  job->file = g_object_ref (file);
  if (ids != NULL)
    {
      job->ids = g_ptr_array_new_full (ids->len, g_free);
      for (guint i = 0; i < ids->len; i++)
        g_ptr_array_add (job->ids, g_strdup (g_ptr_array_index (ids, i)));
    }
  job->posting_id = g_strdup (posting_id);
  job->query = g_strdup (query);
  /* It only reads: a file the app has open read-only exports too. */
  sl_store_worker_run_async (store, SL_STORE_WORKER_READ, export_cb, job, (GDestroyNotify) export_free,
                             NULL, sl_candidate_csv_export_file_async, cancellable, callback, user_data);
}

gboolean
sl_candidate_csv_export_file_finish (SlStore       *store,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return sl_store_worker_run_finish (store, result, sl_candidate_csv_export_file_async, error) != NULL;
}
