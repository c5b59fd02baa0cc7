/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streaming RFC 4180 CSV: a byte-level state machine over a GInputStream, and a record formatter. */
#define G_LOG_DOMAIN "sl-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-csv.h"
#include "sl-error.h"

#define CHUNK_SIZE (64 * 1024)

typedef enum
{
  FIELD_START,
  UNQUOTED,
  QUOTED,
  QUOTE_IN_QUOTED,  /* a quote inside a quoted field: the end, or a doubled quote */
} State;

struct _SlCsvReader
{
  GInputStream *stream;
  gsize         max_record_bytes;

  guchar       *buffer;
  gsize         buffer_size;  /* CHUNK_SIZE, or more while bytes are read again */
  gsize         buffer_len;
  gsize         buffer_pos;
  gboolean      eof;
  gboolean      started;    /* the BOM and the delimiter were looked at */
  gboolean      failed;     /* an SL_CSV_ERROR was returned */

  char          delimiter;
  guint         line;       /* the current physical line, 1-based */
  guint         record_line;
  gboolean      skip_lf;    /* the last byte was a CR ending a line */
  gboolean      quoted_cr;  /* the last byte was a CR inside a quoted field */
  guint64       bytes_read;

  /* The bytes of a record from the end of its first line on, kept once a
   * quoted field runs past that line: when the quote turns out never to be
   * closed, reading goes on from there, so that one stray quote costs one
   * record and not the rest of the file. raw_from is where in the buffer
   * the bytes not yet copied to raw start. */
  gboolean      keeping;
  GByteArray   *raw;
  gsize         raw_from;

  /* The fields of the record being read, each NUL-terminated, one after
   * the other, and where each starts and how long it is. */
  GString      *text;
  gsize         field_start;
  GArray       *starts;
  GArray       *lengths;
  GArray       *quoted;     /* gboolean: the field started with a quote */
  gboolean      field_quoted;
  GPtrArray    *fields;     /* into text, once the record is complete */
};

SlCsvReader *
sl_csv_reader_new (GInputStream *stream,
                   gsize         max_record_bytes)
{
  SlCsvReader *reader;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  reader = g_new0 (SlCsvReader, 1);
  reader->stream = g_object_ref (stream);
  reader->max_record_bytes = max_record_bytes > 0 ? max_record_bytes : SL_CSV_DEFAULT_MAX_RECORD_BYTES;
  reader->buffer = g_malloc (CHUNK_SIZE);
  reader->buffer_size = CHUNK_SIZE;
  reader->delimiter = ',';
  reader->line = 1;
  reader->text = g_string_sized_new (1024);
  reader->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  reader->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  reader->quoted = g_array_new (FALSE, FALSE, sizeof (gboolean));
  reader->fields = g_ptr_array_new ();
  reader->raw = g_byte_array_new ();
  return reader;
}

void
sl_csv_reader_free (SlCsvReader *reader)
{
  if (reader == NULL)
    return;
  g_object_unref (reader->stream);
  g_free (reader->buffer);
  g_string_free (reader->text, TRUE);
  g_array_unref (reader->starts);
  g_array_unref (reader->lengths);
  g_array_unref (reader->quoted);
  g_ptr_array_unref (reader->fields);
  g_byte_array_unref (reader->raw);
  g_free (reader);
}

guint
sl_csv_reader_get_line (SlCsvReader *reader)
{
  return reader->record_line;
}

guint64
sl_csv_reader_get_bytes_read (SlCsvReader *reader)
{
  return reader->bytes_read;
}

char
sl_csv_reader_get_delimiter (SlCsvReader *reader)
{
  return reader->delimiter;
}

/* Moves what is left of the buffer to its start and reads more after it. */
static gboolean
fill (SlCsvReader   *reader,
      GCancellable  *cancellable,
      GError       **error)
{
  gssize n;

  if (reader->buffer_pos > 0)
    {
      memmove (reader->buffer, reader->buffer + reader->buffer_pos,
               reader->buffer_len - reader->buffer_pos);
      reader->buffer_len -= reader->buffer_pos;
      reader->raw_from -= MIN (reader->raw_from, reader->buffer_pos);
      reader->buffer_pos = 0;
    }
  if (reader->buffer_len >= CHUNK_SIZE || reader->eof)
    return TRUE;

  n = g_input_stream_read (reader->stream, reader->buffer + reader->buffer_len,
                           reader->buffer_size - reader->buffer_len, cancellable, error);
  if (n < 0)
    return FALSE;
  if (n == 0)
    reader->eof = TRUE;
  reader->buffer_len += n;
  reader->bytes_read += n;
  return TRUE;
}

/* Skips a UTF-8 BOM, refuses UTF-16, and picks the delimiter: whichever of
 * comma and semicolon the first line (outside quotes) has more of. */
static gboolean
start (SlCsvReader   *reader,
       GCancellable  *cancellable,
       GError       **error)
{
  guint commas = 0;
  guint semicolons = 0;
  gboolean quoted = FALSE;

  /* A short read is possible: fill until the first line is in or the buffer is full. */
  while (!reader->eof && reader->buffer_len < CHUNK_SIZE &&
         memchr (reader->buffer, '\n', reader->buffer_len) == NULL)
    if (!fill (reader, cancellable, error))
      return FALSE;

  if (reader->buffer_len >= 2 &&
      ((reader->buffer[0] == 0xFF && reader->buffer[1] == 0xFE) ||
       (reader->buffer[0] == 0xFE && reader->buffer[1] == 0xFF)))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The file is in UTF-16, which is not supported. Save it as “CSV UTF-8” and import it again."));
      return FALSE;
    }
  if (reader->buffer_len >= 3 &&
      reader->buffer[0] == 0xEF && reader->buffer[1] == 0xBB && reader->buffer[2] == 0xBF)
    reader->buffer_pos = 3;

  for (gsize i = reader->buffer_pos; i < reader->buffer_len; i++)
    {
      guchar c = reader->buffer[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
    }
  reader->delimiter = semicolons > commas ? ';' : ',';
  reader->started = TRUE;
  return TRUE;
}

static void
end_field (SlCsvReader *reader)
{
  gsize len = reader->text->len - reader->field_start;

  g_array_append_val (reader->starts, reader->field_start);
  g_array_append_val (reader->lengths, len);
  g_array_append_val (reader->quoted, reader->field_quoted);
  reader->field_quoted = FALSE;
  g_string_append_c (reader->text, '\0');
  reader->field_start = reader->text->len;
}

/* Whether the current field has any byte yet. */
static inline gboolean
field_has_text (SlCsvReader *reader)
{
  return reader->text->len > reader->field_start;
}

/* Checks the fields of a complete record: UTF-8, and no NUL or other
 * control bytes (a NUL shows as a field shorter than its length). A quoted
 * field may hold control bytes other than NUL: the writer quotes them, so
 * that text holding one (a form feed pasted from a PDF) reads back. */
static gboolean
check_record (SlCsvReader  *reader,
              GError      **error)
{
  for (guint i = 0; i < reader->fields->len; i++)
    {
      const char *field = g_ptr_array_index (reader->fields, i);
      gsize len = g_array_index (reader->lengths, gsize, i);
      gboolean quoted = g_array_index (reader->quoted, gboolean, i);
      const char *end = NULL;
      gboolean binary = FALSE;
      gboolean ascii = TRUE;

      /* Control characters other than tab and line breaks mean binary data. */
      for (gsize j = 0; j < len && !binary; j++)
        {
          guchar c = field[j];

          binary = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && (c == '\0' || !quoted);
          ascii &= c < 0x80;
        }
      if (binary)
        {
          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       _("Line %u, column %u holds binary data (control characters): this does not look like a CSV text file. Check that you chose the right file."),
                       reader->record_line, i + 1);
          return FALSE;
        }
      if (!ascii && !g_utf8_validate_len (field, len, &end))
        {
          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       _("Line %u, column %u is not valid UTF-8 (byte 0x%02X at position %u): the file may be in Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again."),
                       reader->record_line, i + 1, (guchar) *end, (guint) (end - field) + 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* Takes the byte before *@p and those after it up to @stop or a line break
 * into the field at once (the reader's fast path); FALSE when the record
 * grows past the limit. */
static inline gboolean
take_run (SlCsvReader   *reader,
          const guchar **p,
          const guchar  *end,
          guchar         stop,
          gsize         *record_bytes)
{
  const guchar *run = *p - 1;
  const guchar *q = *p;

  while (q < end && *q != stop && *q != '\n' && *q != '\r')
    q++;
  g_string_append_len (reader->text, (const char *) run, q - run);
  *record_bytes += (q - run) - 1;
  *p = q;
  return *record_bytes <= reader->max_record_bytes;
}

/* Puts the kept bytes of the record (from the end of its first line) and
 * what the buffer holds after them back in front of the input, and makes
 * the record a bad one: the next read starts on the line after its first. */
static SlCsvStatus
read_again_after_first_line (SlCsvReader  *reader,
                             GError      **error)
{
  gsize rest = reader->buffer_len - reader->raw_from;
  gsize len = reader->raw->len + rest;

  if (len > reader->buffer_size)
    {
      reader->buffer = g_realloc (reader->buffer, len);
      reader->buffer_size = len;
    }
  memmove (reader->buffer + reader->raw->len, reader->buffer + reader->raw_from, rest);
  if (reader->raw->len > 0)
    memcpy (reader->buffer, reader->raw->data, reader->raw->len);
  reader->buffer_pos = 0;
  reader->buffer_len = len;
  g_byte_array_set_size (reader->raw, 0);
  reader->keeping = FALSE;
  /* The kept bytes start with the line break that ends the first line. */
  reader->line = reader->record_line;
  reader->skip_lf = FALSE;

  g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
               _("The quoted field starting on line %u is never closed, so its row cannot be read. Add the missing quote (\") or remove the stray one."),
               reader->record_line);
  return SL_CSV_BAD_RECORD;
}

SlCsvStatus
sl_csv_reader_read (SlCsvReader   *reader,
                    GPtrArray    **fields,
                    GCancellable  *cancellable,
                    GError       **error)
{
  State state = FIELD_START;
  gsize record_bytes = 0;
  gboolean have_content = FALSE;

  g_return_val_if_fail (reader != NULL, SL_CSV_ERROR);
  g_return_val_if_fail (fields != NULL, SL_CSV_ERROR);

  *fields = NULL;
  if (reader->failed)
    return SL_CSV_END;
  if (!reader->started && !start (reader, cancellable, error))
    goto fatal;

  g_ptr_array_set_size (reader->fields, 0);
  g_string_truncate (reader->text, 0);
  reader->field_start = 0;
  g_array_set_size (reader->starts, 0);
  g_array_set_size (reader->lengths, 0);
  g_array_set_size (reader->quoted, 0);
  reader->field_quoted = FALSE;
  reader->record_line = reader->line;
  reader->keeping = FALSE;
  reader->quoted_cr = FALSE;
  g_byte_array_set_size (reader->raw, 0);

  for (;;)
    {
      const guchar *p;
      const guchar *end;
      const guchar delimiter = (guchar) reader->delimiter;

      if (reader->buffer_pos == reader->buffer_len)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
              !fill (reader, cancellable, error))
            goto fatal;
          if (reader->buffer_len == 0)
            break;  /* the end of the input */
        }

      p = reader->buffer + reader->buffer_pos;
      end = reader->buffer + reader->buffer_len;

      while (p < end)
        {
          guchar c = *p++;

          if (reader->skip_lf)
            {
              reader->skip_lf = FALSE;
              if (c == '\n')
                continue;
            }

          if (++record_bytes > reader->max_record_bytes)
            goto too_long;

          switch (state)
            {
            case FIELD_START:
              if (c == '"')
                {
                  state = QUOTED;
                  have_content = TRUE;
                  reader->field_quoted = TRUE;
                  break;
                }
              state = UNQUOTED;
              G_GNUC_FALLTHROUGH;

            case UNQUOTED:
            case QUOTE_IN_QUOTED:
              if (state == QUOTE_IN_QUOTED)
                {
                  if (c == '"')
                    {
                      g_string_append_c (reader->text, '"');
                      state = QUOTED;
                      break;
                    }
                  /* Text right after the quote that closed a field running
                   * over lines: the field was never closed, and that quote
                   * opened another field of a later row. */
                  if (reader->keeping && c != delimiter && c != '\n' && c != '\r')
                    {
                      reader->buffer_pos = p - reader->buffer;
                      return read_again_after_first_line (reader, error);
                    }
                  state = UNQUOTED;
                }
              if (c == delimiter)
                {
                  end_field (reader);
                  have_content = TRUE;
                  state = FIELD_START;
                }
              else if (c == '\n' || c == '\r')
                {
                  reader->line++;
                  reader->skip_lf = c == '\r';
                  if (have_content || field_has_text (reader) || reader->starts->len > 0)
                    {
                      end_field (reader);
                      reader->buffer_pos = p - reader->buffer;
                      goto record;
                    }
                  /* An empty line: no record; the next starts on the next line. */
                  reader->record_line = reader->line;
                  record_bytes = 0;
                  state = FIELD_START;
                }
              else
                {
                  /* Lenient: a quote inside an unquoted field is text. The
                   * bytes up to the next delimiter or line break go in at
                   * once. */
                  if (!take_run (reader, &p, end, delimiter, &record_bytes))
                    goto too_long;
                }
              break;

            case QUOTED:
              if (c == '"')
                {
                  state = QUOTE_IN_QUOTED;
                  reader->quoted_cr = FALSE;
                }
              else if (c == '\n' || c == '\r')
                {
                  if (!reader->keeping)
                    {
                      reader->keeping = TRUE;
                      reader->raw_from = (p - 1) - reader->buffer;
                    }
                  /* CRLF is one line break, also when the buffer ends
                   * between the two. */
                  if (c == '\r' || !reader->quoted_cr)
                    reader->line++;
                  reader->quoted_cr = c == '\r';
                  g_string_append_c (reader->text, c);
                }
              else
                {
                  /* Up to the next quote or line break at once. */
                  reader->quoted_cr = FALSE;
                  if (!take_run (reader, &p, end, '"', &record_bytes))
                    goto too_long;
                }
              break;

            default:
              g_assert_not_reached ();
            }
        }
      reader->buffer_pos = reader->buffer_len;
      if (reader->keeping)
        {
          g_byte_array_append (reader->raw, reader->buffer + reader->raw_from,
                               reader->buffer_len - reader->raw_from);
          reader->raw_from = reader->buffer_len;
        }
    }

  /* The end of the input. */
  if (state == QUOTED)
    {
      reader->raw_from = reader->buffer_len;
      return read_again_after_first_line (reader, error);
    }
  if (!have_content && !field_has_text (reader) && reader->starts->len == 0)
    return SL_CSV_END;
  end_field (reader);

record:
  /* The text does not move any more: point into it. */
  for (guint i = 0; i < reader->starts->len; i++)
    g_ptr_array_add (reader->fields, reader->text->str + g_array_index (reader->starts, gsize, i));
  if (!check_record (reader, error))
    return SL_CSV_BAD_RECORD;
  *fields = reader->fields;
  return SL_CSV_RECORD;

too_long:
  /* Most likely a quote that is never closed. */
  if (reader->keeping)
    return read_again_after_first_line (reader, error);
  {
    guint megabytes = MAX (1u, (guint) (reader->max_record_bytes / (1024 * 1024)));

    g_set_error (error, SL_ERROR, SL_ERROR_PARSE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The record starting on line %u is longer than %u MB, so the file cannot be read as CSV. Check that it is a CSV file and that its quotes are balanced.",
                              "The record starting on line %u is longer than %u MB, so the file cannot be read as CSV. Check that it is a CSV file and that its quotes are balanced.",
                              megabytes),
                 reader->record_line, megabytes);
  }

fatal:
  reader->failed = TRUE;
  return SL_CSV_ERROR;
}

static gboolean
needs_quotes (const char *field,
              char        delimiter)
{
  gsize len = strlen (field);

  if (len == 0)
    return FALSE;
  if (field[0] == ' ' || field[len - 1] == ' ')
    return TRUE;
  /* A leading BOM would be taken for the file's own at the start of a file. */
  if (g_str_has_prefix (field, "\xef\xbb\xbf"))
    return TRUE;
  /* Both delimiters, not only @delimiter: the reader picks the delimiter
   * from whichever of the two the first line has more of outside quotes, so
   * an unquoted "," in a ';' record could make it read the record wrong. */
  /* And control characters (line breaks among them): the reader takes them
   * for binary data outside quotes. */
  for (const char *p = field; *p != '\0'; p++)
    if (*p == delimiter || *p == ',' || *p == ';' || *p == '"' || ((guchar) *p < 0x20 && *p != '\t'))
      return TRUE;
  return FALSE;
}

void
sl_csv_append_record (GString            *out,
                      const char * const *fields,
                      guint               n_fields,
                      char                delimiter)
{
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, delimiter);
      if (!needs_quotes (field, delimiter))
        {
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
