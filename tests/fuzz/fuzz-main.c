/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A small stand-in for libFuzzer: runs a target on a seed corpus, then on
 * random and mutated inputs for a few seconds, and reports in TAP. */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const tokens[] = {
  "\n", "\r\n", "\n\n", "\t", "\xc2\xa0", "\xe2\x80\xa2 ", "- ", "1. ", "2) ", "\xe2\x80\x99",
  "\xe2\x80\x93", "\xc2\xb7", " \xc2\xb7 ", " | ", "\xe2\x82\xac", "$", "\xc2\xa3", "EUR", "60,000",
  "45.50", "60k", " - ", " a year", "/hour", "per month", "Salary: ", "Location: ", "Remote (EU)",
  "Hybrid", "Full-time", "Part-time", "3 days ago", "30+ days ago", "yesterday", "Posted on 3 March 2025",
  "2025-02-30", "Responsibilities", "WHAT YOU\xe2\x80\x99LL DO", "Requirements:", "Nice to have",
  "About us", "About ", "Benefits", "#", "**", ":", "\xff", "\xc3", "\xe2\x80", "\0",
  "{", "}", "[", "]", "\"", "\\", "\\u0000", "\\ud800", ",", "\"@type\":\"JobPosting\"",
  "\"title\":", "\"description\":", "\"baseSalary\":{\"value\":{\"minValue\":", "\"jobLocation\":",
  "\"employmentType\":[", "null", "true", "1e308", "-1", "<p>", "</p>", "<li>", "<ul>", "<br>",
  "<h3>", "<strong>", "&amp;", "&#x", "&#1114112;", "&", "<script>", "<!--",
};

static void
insert_bytes (GByteArray   *array,
              guint         pos,
              const guint8 *bytes,
              gsize         len)
{
  guint old_len = array->len;

  g_byte_array_set_size (array, old_len + len);
  memmove (array->data + pos + len, array->data + pos, old_len - pos);
  memcpy (array->data + pos, bytes, len);
}

/* On a crash the input is saved to crash-input in the working folder. */
static const guint8 *current_data;
static gsize current_size;

static void
save_crash_cb (int signum)
{
  int fd = open ("crash-input", O_WRONLY | O_CREAT | O_TRUNC, 0644);

  if (fd >= 0)
    {
      ssize_t written = write (fd, current_data, current_size);

      (void) written;
      close (fd);
    }
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
run_one (const guint8 *data,
         gsize         size)
{
  current_data = data;
  current_size = size;
  LLVMFuzzerTestOneInput (data, size);
}

static GPtrArray *
load_corpus (int    argc,
             char **argv)
{
  GPtrArray *corpus = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          char *contents = NULL;
          gsize len = 0;

          if (g_file_get_contents (argv[i], &contents, &len, NULL))
            g_ptr_array_add (corpus, g_bytes_new_take (contents, len));
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          char *contents = NULL;
          gsize len = 0;

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_file_get_contents (path, &contents, &len, NULL))
            g_ptr_array_add (corpus, g_bytes_new_take (contents, len));
        }
    }
  return corpus;
}

static void
mutate (GByteArray *data,
        GRand      *rand,
        GPtrArray  *corpus)
{
  guint n = g_rand_int_range (rand, 1, 8);

  for (guint i = 0; i < n; i++)
    {
      guint len = data->len;
      guint pos = len ? g_rand_int_range (rand, 0, len) : 0;

      switch (g_rand_int_range (rand, 0, 7))
        {
        case 0: /* flip a byte */
          if (len)
            data->data[pos] ^= (guint8) (1 << g_rand_int_range (rand, 0, 8));
          break;
        case 1: /* a random byte */
          {
            guint8 b = (guint8) g_rand_int_range (rand, 0, 256);

            insert_bytes (data, pos, &b, 1);
          }
          break;
        case 2: /* delete a range */
          if (len)
            {
              guint want = g_rand_int_range (rand, 1, 64);

              g_byte_array_remove_range (data, pos, MIN (want, len - pos));
            }
          break;
        case 3: /* duplicate a range */
          if (len)
            {
              guint want = g_rand_int_range (rand, 1, 256);
              guint span = MIN (want, len - pos);
              g_autofree guint8 *copy = g_memdup2 (data->data + pos, span);

              insert_bytes (data, g_rand_int_range (rand, 0, len + 1), copy, span);
            }
          break;
        case 4: /* an interesting token */
        case 5:
          {
            const char *token = tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))];
            gsize tl = token[0] == '\0' ? 1 : strlen (token);

            insert_bytes (data, pos, (const guint8 *) token, tl);
          }
          break;
        case 6: /* splice in a piece of another input */
        default:
          if (corpus->len)
            {
              GBytes *other = g_ptr_array_index (corpus, g_rand_int_range (rand, 0, corpus->len));
              gsize olen;
              const guint8 *odata = g_bytes_get_data (other, &olen);

              if (olen)
                {
                  guint start = g_rand_int_range (rand, 0, olen);
                  guint want = g_rand_int_range (rand, 1, 512);
                  guint span = MIN (want, olen - start);

                  insert_bytes (data, pos, odata + start, span);
                }
            }
          break;
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GPtrArray) corpus = load_corpus (argc, argv);
  g_autoptr (GRand) rand = NULL;
  const char *seconds_env = g_getenv ("SL_FUZZ_SECONDS");
  const char *seed_env = g_getenv ("SL_FUZZ_SEED");
  double seconds = seconds_env ? g_ascii_strtod (seconds_env, NULL) : 5.0;
  guint32 seed = seed_env ? (guint32) g_ascii_strtoull (seed_env, NULL, 10) : 20250310;
  gint64 deadline;
  guint64 runs = 0;

  signal (SIGABRT, save_crash_cb);
  signal (SIGSEGV, save_crash_cb);
  signal (SIGTRAP, save_crash_cb);
  signal (SIGBUS, save_crash_cb);

  printf ("1..2\n");
  fflush (stdout);

  for (guint i = 0; i < corpus->len; i++)
    {
      gsize len;
      const guint8 *data = g_bytes_get_data (g_ptr_array_index (corpus, i), &len);
      /* an exact-size copy, so that the sanitizers see reads past the end */
      g_autofree guint8 *copy = g_memdup2 (data, len);

      run_one (copy, len);
    }
  printf ("ok 1 - %u seed inputs\n", corpus->len);
  fflush (stdout);

  rand = g_rand_new_with_seed (seed);
  deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr (GByteArray) data = g_byte_array_new ();
      g_autofree guint8 *copy = NULL;

      if (corpus->len == 0 || g_rand_int_range (rand, 0, 10) == 0)
        {
          guint len = g_rand_int_range (rand, 0, 2048);

          for (guint i = 0; i < len; i++)
            {
              guint8 b = (guint8) (g_rand_boolean (rand) ? g_rand_int_range (rand, 0x20, 0x7f)
                                                         : g_rand_int_range (rand, 0, 256));

              g_byte_array_append (data, &b, 1);
            }
        }
      else
        {
          gsize len;
          const guint8 *seed_data = g_bytes_get_data (g_ptr_array_index (corpus, g_rand_int_range (rand, 0, corpus->len)), &len);

          g_byte_array_append (data, seed_data, len);
        }
      mutate (data, rand, corpus);

      copy = g_memdup2 (data->data, data->len);
      run_one (copy, data->len);
      runs++;
    }
  printf ("ok 2 - %" G_GUINT64_FORMAT " random and mutated inputs in %.0f s (seed %u)\n", runs, seconds, seed);
  return 0;
}
