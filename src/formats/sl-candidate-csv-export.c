/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exporting candidates to CSV, in the header sl_candidate_csv_import() reads back. */
#define G_LOG_DOMAIN "sl-candidate-csv-export"

#include "config.h"

#include "sl-candidate-csv.h"
#include "sl-csv.h"
#include "sl-error.h"

/* Export */

#define EXPORT_FLUSH_BYTES (64 * 1024)

static const char * const export_header[] = {
  "Name", "Emails", "Phones", "Location", "Headline", "Source", "Tags", "Links", "Notes", "Id",
};

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GString       *buffer;
  GError        *error;
} Export;

static gboolean
flush_export (Export *export)
{
  gsize written = 0;

  if (export->buffer->len == 0)
    return TRUE;
  if (!g_output_stream_write_all (export->stream, export->buffer->str, export->buffer->len,
                                  &written, export->cancellable, &export->error))
    return FALSE;
  g_string_truncate (export->buffer, 0);
  return TRUE;
}

/* Writes what is left in the buffer and flushes the stream. */
static gboolean
end_export (Export  *export,
            GError **error)
{
  if (export->error == NULL)
    flush_export (export);
  if (export->error != NULL)
    {
      g_propagate_error (error, export->error);
      return FALSE;
    }
  return g_output_stream_flush (export->stream, export->cancellable, error);
}

static char *
join_values (const char * const *values)
{
  return values != NULL ? g_strjoinv ("; ", (char **) values) : NULL;
}

static gboolean
export_candidate_cb (SlCandidate *candidate,
                     gpointer     user_data)
{
  Export *export = user_data;
  g_autofree char *emails = join_values (sl_candidate_get_emails (candidate));
  g_autofree char *phones = join_values (sl_candidate_get_phones (candidate));
  g_autofree char *tags = join_values (sl_candidate_get_tags (candidate));
  g_autofree char *links = join_values (sl_candidate_get_links (candidate));
  const char *fields[] = {
    sl_candidate_get_name (candidate), emails, phones,
    sl_candidate_get_location (candidate), sl_candidate_get_headline (candidate),
    sl_candidate_get_source (candidate), tags, links,
    sl_candidate_get_notes (candidate), sl_record_get_id (SL_RECORD (candidate)),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (export_header));

  sl_csv_append_record (export->buffer, fields, G_N_ELEMENTS (fields), ',');
  if (export->buffer->len >= EXPORT_FLUSH_BYTES)
    {
      if (g_cancellable_set_error_if_cancelled (export->cancellable, &export->error))
        return FALSE;
      return flush_export (export);
    }
  return TRUE;
}

/**
 * sl_candidate_csv_export:
 * @store: the store
 * @stream: where the CSV goes
 * @posting_id: (nullable): only the candidates of this posting
 * @query: (nullable): only the candidates matching this search
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
sl_candidate_csv_export (SlStore        *store,
                         GOutputStream  *stream,
                         const char     *posting_id,
                         const char     *query,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr (GString) buffer = g_string_sized_new (EXPORT_FLUSH_BYTES + 4096);
  Export export = { stream, cancellable, buffer, NULL };
  gboolean ok;

  g_return_val_if_fail (SL_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  sl_csv_append_record (buffer, export_header, G_N_ELEMENTS (export_header), ',');

  if (query != NULL)
    {
      g_autoptr (GPtrArray) found = sl_store_search_candidates (store, query, posting_id, G_MAXINT, error);

      if (found == NULL)
        return FALSE;
      ok = TRUE;
      for (guint i = 0; i < found->len && ok; i++)
        ok = export_candidate_cb (g_ptr_array_index (found, i), &export);
    }
  else
    {
      ok = sl_store_foreach_candidate (store, posting_id, export_candidate_cb, &export, error);
      if (!ok)
        return FALSE;
    }

  return end_export (&export, error);
}

/**
 * sl_candidate_csv_export_ids:
 * @store: the store
 * @stream: where the CSV goes
 * @ids: (element-type utf8): the candidates, in this order
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like sl_candidate_csv_export(), for a selection that no posting or query
 * describes. A candidate deleted or erased since is left out.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_candidate_csv_export_ids (SlStore        *store,
                             GOutputStream  *stream,
                             GPtrArray      *ids,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr (GString) buffer = g_string_sized_new (EXPORT_FLUSH_BYTES + 4096);
  Export export = { stream, cancellable, buffer, NULL };

  g_return_val_if_fail (SL_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  sl_csv_append_record (buffer, export_header, G_N_ELEMENTS (export_header), ',');
  for (guint i = 0; i < ids->len && export.error == NULL; i++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autoptr (SlCandidate) c = sl_store_get_candidate (store, g_ptr_array_index (ids, i), &local_error);

      /* Someone deleted since they were selected: not theirs to export.
       * Any other error fails the export: a file with fewer people than
       * were chosen must not look like a finished export. */
      if (c == NULL && !g_error_matches (local_error, SL_ERROR, SL_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (c == NULL || sl_record_get_deleted (SL_RECORD (c)) || sl_candidate_get_erased (c))
        continue;
      export_candidate_cb (c, &export);
    }

  return end_export (&export, error);
}
