/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark of the plain-text posting import: prints "name value unit" lines. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sl-posting-text.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median time of @runs parses of @text, in milliseconds. */
static double
median_ms (const char *text,
           gsize       length,
           guint       runs,
           GDateTime  *now)
{
  double *times = g_new (double, runs);
  double median;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SlPosting) posting = NULL;
      gint64 start = g_get_monotonic_time ();

      posting = sl_posting_text_parse (text, length, now, &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (posting == NULL)
        {
          g_printerr ("bench-posting-import: %s\n", error->message);
          exit (1);
        }
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  median = times[runs / 2];
  g_free (times);
  return median;
}

static char *
grow (const char *sample,
      gsize       target)
{
  GString *text = g_string_sized_new (target + 8192);
  const char *body = strchr (sample, '\n');

  g_string_append (text, sample);
  while (text->len < target)
    g_string_append (text, body ? body : sample);
  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autofree char *sample = NULL;
  g_autofree char *one_mb = NULL;
  g_autofree char *five_mb = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_utc (2025, 3, 10, 12, 0, 0);
  gsize length;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else
    {
      path = g_build_filename (SL_SOURCE_ROOT, "..", "shared", "samples",
                               "posting-lead-backend-engineer.txt", NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_free (path);
          path = g_build_filename (SL_SOURCE_ROOT, "tests", "samples", "posting-careers-page.txt", NULL);
        }
    }

  if (!g_file_get_contents (path, &sample, &length, &error))
    {
      g_printerr ("bench-posting-import: %s\n", error->message);
      return 1;
    }
  g_printerr ("bench-posting-import: sample %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);

  one_mb = grow (sample, 1024 * 1024);
  five_mb = grow (sample, 5 * 1024 * 1024);

  printf ("posting-import-sample-bytes %" G_GSIZE_FORMAT " B\n", length);
  printf ("posting-import-sample %.4f ms\n", median_ms (sample, length, 2001, now));
  printf ("posting-import-1mb %.2f ms\n", median_ms (one_mb, strlen (one_mb), 21, now));
  printf ("posting-import-5mb %.2f ms\n", median_ms (five_mb, strlen (five_mb), 5, now));
  return 0;
}
