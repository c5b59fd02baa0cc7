/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a posting file of either kind, text or JSON-LD, within a size limit. */

#define G_LOG_DOMAIN "sl-posting-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-error.h"
#include "sl-posting-format.h"
#include "sl-posting-import.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-text.h"

/**
 * sl_posting_import_check_size:
 * @length: the size of a posting in bytes
 * @error: return location for an %SL_ERROR_PARSE
 *
 * Returns: %FALSE with an error naming the limit when @length is above
 *   %SL_POSTING_IMPORT_MAX_BYTES
 */
gboolean
sl_posting_import_check_size (gsize    length,
                              GError **error)
{
  g_autofree char *limit = NULL;

  if (length <= SL_POSTING_IMPORT_MAX_BYTES)
    return TRUE;

  limit = g_format_size_full (SL_POSTING_IMPORT_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: %s is the limit, "1.0 MiB" */
  g_set_error (error, SL_ERROR, SL_ERROR_PARSE,
               _("The posting is larger than %s, so it is not one job posting. Import the posting’s own text or JSON-LD file."),
               limit);
  return FALSE;
}

/**
 * sl_posting_import_read:
 * @stream: a posting file or standard input
 * @length: (out): the number of bytes read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @stream to its end, but never more than one byte past
 * %SL_POSTING_IMPORT_MAX_BYTES: a bigger file is refused before it is in
 * memory. Blocks: call it from a thread in the app.
 *
 * Returns: (transfer full) (nullable): the bytes, nul-terminated
 */
char *
sl_posting_import_read (GInputStream  *stream,
                        gsize         *length,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *buffer = NULL;
  gsize n = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  buffer = g_malloc (SL_POSTING_IMPORT_MAX_BYTES + 2);
  if (!g_input_stream_read_all (stream, buffer, SL_POSTING_IMPORT_MAX_BYTES + 1, &n, cancellable, error) ||
      !sl_posting_import_check_size (n, error))
    return NULL;

  buffer[n] = '\0';
  *length = n;
  return g_realloc (g_steal_pointer (&buffer), n + 1);
}

/**
 * sl_posting_import_parse:
 * @data: a posting file's contents
 * @length: its length in bytes
 * @now: (nullable): the time relative dates count back from, or %NULL
 * @error: return location for an %SL_ERROR_PARSE
 *
 * Reads @data as a schema.org JobPosting when it is JSON (an object or an
 * array), and as a posting's plain text (Markdown included) otherwise
 * (sl_posting_format_detect()).
 *
 * Returns: (transfer full) (nullable): a new, unsaved posting
 */
SlPosting *
sl_posting_import_parse (const char  *data,
                         gsize        length,
                         GDateTime   *now,
                         GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!sl_posting_import_check_size (length, error))
    return NULL;

  if (sl_posting_format_detect (data, length) == SL_POSTING_FORMAT_JSONLD)
    return sl_posting_from_jsonld (data, length, error);

  return sl_posting_text_parse (data, length, now, error);
}

static void
import_file_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  SlPosting *posting;
  gsize length = 0;

  stream = g_file_read (G_FILE (source_object), cancellable, &error);
  if (stream != NULL)
    data = sl_posting_import_read (G_INPUT_STREAM (stream), &length, cancellable, &error);
  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  posting = sl_posting_import_parse (data, length, NULL, &error);
  if (posting == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, posting, g_object_unref);
}

/**
 * sl_posting_import_file_async:
 * @file: a posting file, text or JSON-LD
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the posting is read
 * @user_data: data for @callback
 *
 * Reads and parses @file in a thread, as sl_posting_import_read() and
 * sl_posting_import_parse() do.
 */
void
sl_posting_import_file_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_posting_import_file_async);
  g_task_run_in_thread (task, import_file_thread);
}

/**
 * sl_posting_import_file_finish:
 * @file: the file given to sl_posting_import_file_async()
 * @result: the result
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a new, unsaved posting
 */
SlPosting *
sl_posting_import_file_finish (GFile         *file,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sl_posting_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
