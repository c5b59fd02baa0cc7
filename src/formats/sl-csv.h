/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A streaming RFC 4180 CSV reader and writer: UTF-8 (with or without BOM), comma or semicolon. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The longest record (one line, or several when a quoted field holds line
 * breaks) the reader accepts by default: 4 MiB. */
#define SL_CSV_DEFAULT_MAX_RECORD_BYTES (4 * 1024 * 1024)

typedef enum
{
  SL_CSV_RECORD,      /* a record was read */
  SL_CSV_END,         /* the end of the input */
  SL_CSV_BAD_RECORD,  /* this record is unusable (error set); reading can go on */
  SL_CSV_ERROR,       /* reading cannot go on (error set) */
} SlCsvStatus;

typedef struct _SlCsvReader SlCsvReader;

/* Reads @stream. @max_record_bytes 0 means SL_CSV_DEFAULT_MAX_RECORD_BYTES. */
SlCsvReader *sl_csv_reader_new             (GInputStream  *stream,
                                            gsize          max_record_bytes);
void         sl_csv_reader_free            (SlCsvReader   *reader);

/* Reads the next non-empty record into @fields (owned by the reader, valid
 * until the next call). A record with invalid UTF-8 or binary content (a
 * NUL, or a control character other than tab and line breaks outside a
 * quoted field) is SL_CSV_BAD_RECORD with a message naming its line. So is a
 * quoted field that is never closed (it reaches the end of the input or the
 * limit, or a quote that closes it after a line break is followed by more
 * text): reading goes on with the line after the record's first, so that
 * the rest of the file is not lost. A single line longer than the limit, a
 * UTF-16 file or an I/O error is SL_CSV_ERROR. The delimiter (comma or
 * semicolon) is sniffed from the first line. */
SlCsvStatus  sl_csv_reader_read            (SlCsvReader   *reader,
                                            GPtrArray    **fields,
                                            GCancellable  *cancellable,
                                            GError       **error);
/* The 1-based line on which the last record read started. */
guint        sl_csv_reader_get_line        (SlCsvReader   *reader);
guint64      sl_csv_reader_get_bytes_read  (SlCsvReader   *reader);
/* ',' or ';' once the first record was read. */
char         sl_csv_reader_get_delimiter   (SlCsvReader   *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlCsvReader, sl_csv_reader_free)

/* Appends one record to @out, each field quoted when it needs to be (it holds
 * a comma or a semicolon, a quote, a line break or another control character
 * but tab, or a leading BOM, or starts or ends with a space), and a CRLF
 * line end, as RFC 4180 says. NULL fields are empty. sl_csv_reader_read()
 * reads what it writes back unchanged, for any fields of UTF-8 text. */
void         sl_csv_append_record          (GString            *out,
                                            const char * const *fields,
                                            guint               n_fields,
                                            char                delimiter);

G_END_DECLS
