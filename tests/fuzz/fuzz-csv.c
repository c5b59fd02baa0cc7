/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: the CSV reader, then a write and re-read round trip of every record it accepted, with each delimiter. */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "fuzz-check.h"
#include "sl-csv.h"
#include "sl-error.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Small, so that the record length limit is reached too. */
#define MAX_RECORD 4096

static GPtrArray *
copy_fields (GPtrArray *fields)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (fields, i)));
  return copy;
}

static void
check_round_trip (GPtrArray *fields,
                  char       delimiter)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (SlCsvReader) reader = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *back = NULL;
  gboolean all_empty = TRUE;
  SlCsvStatus status;

  for (guint i = 0; i < fields->len; i++)
    all_empty &= ((const char *) g_ptr_array_index (fields, i))[0] == '\0';
  /* A record of one empty field is an empty line: nothing to read back. */
  if (fields->len == 1 && all_empty)
    return;

  sl_csv_append_record (out, (const char * const *) fields->pdata, fields->len, delimiter);
  stream = g_memory_input_stream_new_from_data (g_strdup (out->str), out->len, g_free);
  reader = sl_csv_reader_new (stream, out->len + 16);
  status = sl_csv_reader_read (reader, &back, NULL, &error);
  if (status != SL_CSV_RECORD)
    fuzz_fail ("a written record did not read back (%d): %s", status, error != NULL ? error->message : "");
  /* The writer quotes both delimiters, so the reader finds the one written. */
  if (fields->len > 1)
    FUZZ_CHECK (sl_csv_reader_get_delimiter (reader) == delimiter);
  if (back->len != fields->len)
    fuzz_fail ("a record of %u fields came back with %u", fields->len, back->len);
  for (guint i = 0; i < fields->len; i++)
    if (strcmp (g_ptr_array_index (back, i), g_ptr_array_index (fields, i)) != 0)
      {
        g_autofree char *a = g_strescape (g_ptr_array_index (fields, i), NULL);
        g_autofree char *b = g_strescape (g_ptr_array_index (back, i), NULL);

        fuzz_fail ("field %u changed in a round trip: “%s” came back as “%s”", i, a, b);
      }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (g_memdup2 (data, size), size, g_free);
  g_autoptr (SlCsvReader) reader = sl_csv_reader_new (stream, MAX_RECORD);
  guint last_line = 0;

  for (guint n = 0; n < 100000; n++)
    {
      g_autoptr (GError) error = NULL;
      GPtrArray *fields = NULL;
      SlCsvStatus status = sl_csv_reader_read (reader, &fields, NULL, &error);

      if (status == SL_CSV_END)
        break;
      if (status == SL_CSV_ERROR)
        {
          FUZZ_CHECK (error != NULL && error->domain == SL_ERROR && error->code == SL_ERROR_PARSE);
          /* After an error the reader only ends. */
          FUZZ_CHECK (sl_csv_reader_read (reader, &fields, NULL, NULL) == SL_CSV_END);
          break;
        }
      /* Lines only go forwards. */
      FUZZ_CHECK (sl_csv_reader_get_line (reader) >= last_line);
      last_line = sl_csv_reader_get_line (reader);
      if (status == SL_CSV_BAD_RECORD)
        {
          FUZZ_CHECK (error != NULL && error->domain == SL_ERROR && error->code == SL_ERROR_INVALID);
          continue;
        }

      FUZZ_CHECK (status == SL_CSV_RECORD && fields != NULL && fields->len > 0);
      for (guint i = 0; i < fields->len; i++)
        FUZZ_CHECK (g_utf8_validate (g_ptr_array_index (fields, i), -1, NULL));

      {
        g_autoptr (GPtrArray) copy = copy_fields (fields);

        /* With either delimiter, whichever the input had. */
        check_round_trip (copy, ',');
        check_round_trip (copy, ';');
      }
    }

  return 0;
}
