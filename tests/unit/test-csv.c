/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the CSV reader and writer on the edge cases real exports have: BOM, semicolons, quotes, line breaks, bad bytes, huge lines. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sl-csv.h"
#include "sl-error.h"

typedef struct
{
  GPtrArray *records;   /* of "a|b|c" strings, or "!line: message" for a bad record */
  GError    *error;     /* the SL_CSV_ERROR, if any */
  char       delimiter;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->records, g_ptr_array_unref);
  g_clear_error (&result->error);
}

static void
read_all_from (GInputStream *stream,
               gsize         max,
               Result       *result)
{
  g_autoptr (SlCsvReader) reader = sl_csv_reader_new (stream, max);

  result->records = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      g_autoptr (GError) error = NULL;
      GPtrArray *fields = NULL;
      SlCsvStatus status = sl_csv_reader_read (reader, &fields, NULL, &error);

      if (status == SL_CSV_END)
        break;
      if (status == SL_CSV_ERROR)
        {
          result->error = g_steal_pointer (&error);
          break;
        }
      if (status == SL_CSV_BAD_RECORD)
        {
          g_ptr_array_add (result->records,
                           g_strdup_printf ("!%u: %s", sl_csv_reader_get_line (reader), error->message));
          continue;
        }
      {
        g_autofree char *line = NULL;

        g_ptr_array_add (fields, NULL);
        line = g_strjoinv ("|", (char **) fields->pdata);
        g_ptr_array_remove_index (fields, fields->len - 1);
        g_ptr_array_add (result->records,
                         g_strdup_printf ("%u:%s", sl_csv_reader_get_line (reader), line));
      }
    }
  result->delimiter = sl_csv_reader_get_delimiter (reader);
}

static void
read_all (const char *data,
          gssize      len,
          Result     *result)
{
  g_autoptr (GInputStream) stream = NULL;

  if (len < 0)
    len = strlen (data);
  stream = g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);
  read_all_from (stream, 0, result);
}

static char *
joined (Result *result)
{
  g_ptr_array_add (result->records, NULL);
  return g_strjoinv ("\n", (char **) result->records->pdata);
}

#define assert_reads(data, expected) \
  G_STMT_START { \
    Result _r = { 0 }; \
    g_autofree char *_j = NULL; \
    read_all (data, -1, &_r); \
    g_assert_no_error (_r.error); \
    _j = joined (&_r); \
    g_assert_cmpstr (_j, ==, expected); \
    result_clear (&_r); \
  } G_STMT_END

static void
test_basic (void)
{
  assert_reads ("name,email\nAna,ana@example.com\n", "1:name|email\n2:Ana|ana@example.com");
  /* No final line break; CRLF; a lone CR; empty lines skipped; empty fields kept. */
  assert_reads ("a,b\r\nc,d", "1:a|b\n2:c|d");
  assert_reads ("a,b\rc,d\r", "1:a|b\n2:c|d");
  assert_reads ("a,b\n\n\nc,,\n", "1:a|b\n4:c||");
  assert_reads ("", "");
  assert_reads ("\n\n", "");
}

static void
test_bom_and_semicolon (void)
{
  Result r = { 0 };
  g_autofree char *j = NULL;

  read_all ("\xef\xbb\xbfName;Email;Notes\nJosé;jose@example.com;\"a, b; c\"\n", -1, &r);
  g_assert_no_error (r.error);
  g_assert_cmpint (r.delimiter, ==, ';');
  j = joined (&r);
  g_assert_cmpstr (j, ==, "1:Name|Email|Notes\n2:José|jose@example.com|a, b; c");
  result_clear (&r);

  /* A semicolon inside quotes in the header does not decide. */
  read_all ("\"a;b;c\",d\n1,2\n", -1, &r);
  g_assert_cmpint (r.delimiter, ==, ',');
  result_clear (&r);
}

static void
test_quotes (void)
{
  assert_reads ("\"say \"\"hi\"\"\",x\n", "1:say \"hi\"|x");
  assert_reads ("\"\",\"\"\"\"\n", "1:|\"");
  /* Embedded line breaks: the record keeps its first line's number. */
  assert_reads ("a,\"line 1\nline 2\r\nline 3\"\nb,c\n", "1:a|line 1\nline 2\r\nline 3\n4:b|c");
  /* Lenient with stray quotes, as spreadsheets are. */
  assert_reads ("5\" tall,x\n", "1:5\" tall|x");
  assert_reads ("\"ab\"cd,x\n", "1:abcd|x");
}

static void
test_ragged (void)
{
  /* The reader returns what is there; the importer reports the counts. */
  assert_reads ("a,b,c\n1\n1,2,3,4\n", "1:a|b|c\n2:1\n3:1|2|3|4");
}

static void
test_latin1 (void)
{
  Result r = { 0 };

  /* "José" in Latin-1 on line 3: that record is reported, the others read. */
  read_all ("name,city\nAna,Lyon\nJos\xe9,M\xe1laga\nBo,Oslo\n", -1, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (r.records, 1), ==, "2:Ana|Lyon");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 2), "!3: Line 3, column 1 is not valid UTF-8"));
  g_assert_nonnull (strstr (g_ptr_array_index (r.records, 2), "Latin-1"));
  g_assert_cmpstr (g_ptr_array_index (r.records, 3), ==, "4:Bo|Oslo");
  result_clear (&r);
}

static void
test_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  Result r = { 0 };

  read_all (png, sizeof png - 1, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, >, 0);
  for (guint i = 0; i < r.records->len; i++)
    {
      const char *record = g_ptr_array_index (r.records, i);

      g_test_message ("%s", record);
      g_assert_true (record[0] == '!');
    }
  result_clear (&r);

  /* NUL inside a text file. */
  read_all ("a,b\nc\0d,e\nf,g\n", 14, &r);
  g_assert_cmpuint (r.records->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (r.records, 1), "binary data"));
  g_assert_cmpstr (g_ptr_array_index (r.records, 2), ==, "3:f|g");
  result_clear (&r);
}

static void
test_utf16 (void)
{
  Result r = { 0 };

  read_all ("\xff\xfen\0a\0m\0e\0\n\0", 12, &r);
  g_assert_error (r.error, SL_ERROR, SL_ERROR_PARSE);
  g_assert_nonnull (strstr (r.error->message, "UTF-16"));
  result_clear (&r);
}

/* A quote that is never closed costs its record only: reading goes on with
 * the next line, wherever the open field ends (the end of the file, the
 * record limit, or a quote of a later row followed by more text). */
static void
test_unterminated (void)
{
  const char *message = "!2: The quoted field starting on line 2 is never closed";
  Result r = { 0 };
  g_autofree char *j = NULL;
  g_autoptr (GString) data = NULL;
  g_autoptr (GInputStream) stream = NULL;

  read_all ("a,b\nc,\"never closed\nd,e\n", -1, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (r.records, 0), ==, "1:a|b");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 1), message));
  g_assert_cmpstr (g_ptr_array_index (r.records, 2), ==, "3:d|e");
  result_clear (&r);

  /* CRLF, a line with a closed multi-line field before it, and the quote of
   * a later row closing the open field. */
  read_all ("a,b\r\nc,\"never closed\r\nd,e\r\nf,\"g, h\"\r\ni,\"two\r\nlines\"\r\n", -1, &r);
  g_assert_no_error (r.error);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 1), message));
  g_ptr_array_remove_index (r.records, 1);
  j = joined (&r);
  g_assert_cmpstr (j, ==, "1:a|b\n3:d|e\n4:f|g, h\n5:i|two\r\nlines");
  result_clear (&r);

  /* The open quote on the last line, with no line break after it. */
  read_all ("a,b\nc,\"d", -1, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 1), message));
  result_clear (&r);

  /* 1 000 rows after it, over several of the reader's 64 KiB buffers. */
  data = g_string_new ("name,notes\nBroken,\"never closed\n");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (data, "Person %u,%0100u\n", i, i);
  read_all (data->str, data->len, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 1002);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 1), message));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 1001), "1002:Person 999|"));
  result_clear (&r);

  /* The open field reaches the record limit. */
  stream = g_memory_input_stream_new_from_data (g_strdup (data->str), data->len, g_free);
  read_all_from (stream, 4096, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 1002);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r.records, 1), message));
  result_clear (&r);
}

static void
test_huge_line (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "huge.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  Result r = { 0 };
  int fd;

  /* A 2 GB line (a sparse file: it takes no room on disk). */
  g_assert_true (g_mkdir_with_parents (g_get_user_data_dir (), 0700) == 0);
  fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "name,notes\nAna,", 15), ==, 15);
  g_assert_cmpint (ftruncate (fd, (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  read_all_from (G_INPUT_STREAM (stream), 1024 * 1024, &r);
  g_assert_error (r.error, SL_ERROR, SL_ERROR_PARSE);
  g_assert_nonnull (strstr (r.error->message, "line 2"));
  g_assert_cmpuint (r.records->len, ==, 1);
  result_clear (&r);
  g_unlink (path);
}

static void
test_write_roundtrip (void)
{
  const char *fields[] = { "plain", "with,comma", "say \"hi\"", "two\nlines", " padded ", "", NULL, "José" };
  g_autoptr (GString) out = g_string_new (NULL);
  Result r = { 0 };
  g_autofree char *j = NULL;

  sl_csv_append_record (out, fields, G_N_ELEMENTS (fields), ',');
  g_assert_cmpstr (out->str, ==,
                   "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,,José\r\n");
  read_all (out->str, out->len, &r);
  j = joined (&r);
  g_assert_cmpstr (j, ==, "1:plain|with,comma|say \"hi\"|two\nlines| padded |||José");
  result_clear (&r);

  /* A comma is quoted in a ';' record too, so that the reader, which picks
   * the delimiter the first line has most of, does not take it for one. */
  g_string_truncate (out, 0);
  sl_csv_append_record (out, fields, 2, ';');
  g_assert_cmpstr (out->str, ==, "plain;\"with,comma\"\r\n");
}

/* Writes @fields with @delimiter, reads it back and checks it is the same. */
static void
assert_round_trip (GPtrArray *fields,
                   char       delimiter)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (SlCsvReader) reader = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *back = NULL;

  sl_csv_append_record (out, (const char * const *) fields->pdata, fields->len, delimiter);
  stream = g_memory_input_stream_new_from_data (g_strdup (out->str), out->len, g_free);
  reader = sl_csv_reader_new (stream, 0);
  g_assert_cmpint (sl_csv_reader_read (reader, &back, NULL, &error), ==, SL_CSV_RECORD);
  g_assert_no_error (error);
  g_assert_cmpint (sl_csv_reader_get_delimiter (reader), ==, delimiter);
  g_assert_cmpuint (back->len, ==, fields->len);
  for (guint i = 0; i < fields->len; i++)
    g_assert_cmpstr (g_ptr_array_index (back, i), ==, g_ptr_array_index (fields, i));
}

static void
test_round_trip_other_delimiter (void)
{
  /* What the fuzz target found (tests/fuzz/corpus/csv/regression-bom-in-field.csv):
   * its second record, ",|\uFEFF,", was written as `,;"\uFEFF,"`, which
   * has as many commas as semicolons outside quotes, so it read back with a
   * comma delimiter and an unclosed quoted field. */
  const char input[] = ";\n,;\xef\xbb\xbf,";
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (SlCsvReader) reader = NULL;
  guint n_records = 0;

  g_assert_cmpuint (sizeof input - 1, ==, 8);
  stream = g_memory_input_stream_new_from_data (input, sizeof input - 1, NULL);
  reader = sl_csv_reader_new (stream, 0);
  for (;;)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) copy = g_ptr_array_new_with_free_func (g_free);
      GPtrArray *fields = NULL;
      SlCsvStatus status = sl_csv_reader_read (reader, &fields, NULL, &error);

      if (status == SL_CSV_END)
        break;
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, SL_CSV_RECORD);
      for (guint i = 0; i < fields->len; i++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (fields, i)));
      assert_round_trip (copy, ',');
      assert_round_trip (copy, ';');
      n_records++;
    }
  g_assert_cmpuint (n_records, ==, 2);

  /* Each delimiter inside fields, with the other one around them. */
  {
    g_autoptr (GPtrArray) fields = g_ptr_array_new ();

    g_ptr_array_add (fields, (gpointer) "a,b");
    g_ptr_array_add (fields, (gpointer) "c;d");
    g_ptr_array_add (fields, (gpointer) ",,,");
    g_ptr_array_add (fields, (gpointer) "\xef\xbb\xbf;");
    assert_round_trip (fields, ',');
    assert_round_trip (fields, ';');
  }

  /* Control characters, as pasted text can hold them: quoted, they are not
   * taken for binary data. */
  {
    g_autoptr (GPtrArray) fields = g_ptr_array_new ();

    g_ptr_array_add (fields, (gpointer) "page one\x0cpage two");
    g_ptr_array_add (fields, (gpointer) "\x1b[1mbold\x1b[0m");
    g_ptr_array_add (fields, (gpointer) "\x01");
    g_ptr_array_add (fields, (gpointer) "tab\there");
    assert_round_trip (fields, ',');
    assert_round_trip (fields, ';');
  }
}

static void
test_chunk_boundaries (void)
{
  /* Records crossing the reader's 64 KiB buffer, CRLF split across it. */
  g_autoptr (GString) data = g_string_new ("name,notes\r\n");
  Result r = { 0 };

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (data, "Person %u,\"note %u with \"\"quotes\"\" and\r\na break\"\r\n", i, i);
  read_all (data->str, data->len, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 5001);
  g_assert_cmpstr (g_ptr_array_index (r.records, 5000), ==,
                   "10000:Person 4999|note 4999 with \"quotes\" and\r\na break");
  result_clear (&r);
}

/* A CRLF inside a quoted field, split by the end of the reader's 64 KiB
 * buffer, is one line break: the lines after it keep their numbers. */
static void
test_crlf_split_in_quotes (void)
{
  g_autoptr (GString) data = g_string_new ("a,b\nx,\"");
  Result r = { 0 };
  g_autofree char *j = NULL;

  while (data->len < 64 * 1024 - 1)
    g_string_append_c (data, 'p');
  g_string_append (data, "\r\nq\"\ny,z\n");
  read_all (data->str, data->len, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (r.records, 2), ==, "4:y|z");
  result_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/basic", test_basic);
  g_test_add_func ("/csv/bom-and-semicolon", test_bom_and_semicolon);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/ragged", test_ragged);
  g_test_add_func ("/csv/latin1", test_latin1);
  g_test_add_func ("/csv/binary", test_binary);
  g_test_add_func ("/csv/utf16", test_utf16);
  g_test_add_func ("/csv/unterminated", test_unterminated);
  g_test_add_func ("/csv/huge-line", test_huge_line);
  g_test_add_func ("/csv/write-roundtrip", test_write_roundtrip);
  g_test_add_func ("/csv/round-trip-other-delimiter", test_round_trip_other_delimiter);
  g_test_add_func ("/csv/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/csv/crlf-split-in-quotes", test_crlf_split_in_quotes);

  return g_test_run ();
}
