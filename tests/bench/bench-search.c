/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Search benchmark: query times over a 100 000-candidate demo database, for words, names and one-, two- and three-letter prefixes. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "sl-demo.h"
#include "sl-store.h"

/*   bench-search [DATABASE]
 *
 * Without DATABASE, builds a demo database in a temporary folder
 * (SHORTLIST_BENCH_CANDIDATES candidates, 100 000 by default). Prints only
 * "name value unit" lines on stdout. Each query runs SHORTLIST_BENCH_REPEAT
 * times (5) after one warm-up run; the figures are over every run. */

static const char * const one_letter[] = {
  "a", "b", "c", "d", "e", "j", "k", "m", "n", "s", "t", "z", "é", "р", "क",
};
static const char * const two_letters[] = {
  "an", "jo", "ma", "el", "no", "ka", "da", "en", "ro", "sa", "li", "mo", "fa", "gu", "ku",
};
/* What people type on the way to a word: the index has prefix indexes of
 * one and two letters only, so these look through the words themselves. */
static const char * const three_letters[] = {
  "kav", "mar", "exa", "eng", "dat", "gar", "ang", "sof", "luc", "nov", "com", "jos", "ana",
  "ref", "गुप",
};
static const char * const words[] = {
  "jose", "García", "Nguyễn", "engineer", "designer rust", "kavita", "गुप्ता", "फातिमा",
  "example.net", "backend -go", "platform team", "noah alvarez", "proseware analyst",
  "\"data analyst\"", "zzzz", "bjorn", "referral", "fatima.alhassan2@mail.example.com",
  "data -design -go", "support specialist at",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint index;

  if (sorted->len == 0)
    return 0;
  index = (guint) (p * (sorted->len - 1) + 0.5);
  return g_array_index (sorted, double, MIN (index, sorted->len - 1));
}

static void
run_set (SlStore            *store,
         const char         *label,
         const char * const *queries,
         guint               n_queries,
         guint               repeat,
         GArray             *all)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean verbose = g_getenv ("SHORTLIST_BENCH_VERBOSE") != NULL;
  guint total_results = 0;

  for (guint q = 0; q < n_queries; q++)
    {
      for (guint r = 0; r <= repeat; r++)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (GPtrArray) results = NULL;
          gint64 start = g_get_monotonic_time ();
          double ms;

          results = sl_store_search_candidates (store, queries[q], NULL, 50, &error);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          if (results == NULL)
            g_error ("search “%s” failed: %s", queries[q], error->message);
          if (r == 0)
            {
              total_results += results->len;
              continue;
            }
          g_array_append_val (times, ms);
          g_array_append_val (all, ms);
          if (verbose && r == repeat)
            g_printerr ("bench-search: %-40s %8.3f ms %3u rows\n", queries[q], ms, results->len);
        }
    }

  g_array_sort (times, compare_doubles);
  printf ("search_%s_median %.3f ms\n", label, percentile (times, 0.5));
  printf ("search_%s_p95 %.3f ms\n", label, percentile (times, 0.95));
  printf ("search_%s_max %.3f ms\n", label, percentile (times, 1.0));
  printf ("search_%s_results_per_query %.1f rows\n", label, total_results / (double) n_queries);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  const char *env;
  guint repeat = 5;
  guint candidates = 100000;
  SlStoreCounts counts = { 0 };

  if ((env = g_getenv ("SHORTLIST_BENCH_REPEAT")) != NULL)
    repeat = MAX (1, (guint) g_ascii_strtoull (env, NULL, 10));
  if ((env = g_getenv ("SHORTLIST_BENCH_CANDIDATES")) != NULL)
    candidates = MAX (1, (guint) g_ascii_strtoull (env, NULL, 10));

  if (argc > 1)
    {
      path = g_strdup (argv[1]);
    }
  else
    {
      SlDemoOptions options = { 0 };
      gint64 start;

      tmpdir = g_dir_make_tmp ("shortlist-bench-search-XXXXXX", &error);
      if (tmpdir == NULL)
        g_error ("%s", error->message);
      path = g_build_filename (tmpdir, "bench.db", NULL);
      store = sl_store_open (path, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      options.candidates = candidates;
      options.seed = 1;
      g_printerr ("bench-search: generating %u demo candidates\n", candidates);
      start = g_get_monotonic_time ();
      if (!sl_demo_fill (store, &options, &error))
        g_error ("%s", error->message);
      printf ("demo_generation_time %.2f s\n", (g_get_monotonic_time () - start) / 1e6);
    }

  if (store == NULL)
    {
      store = sl_store_open (path, &error);
      if (store == NULL)
        g_error ("%s", error->message);
    }
  if (!sl_store_get_counts (store, &counts, &error))
    g_error ("%s", error->message);
  printf ("search_candidates %u rows\n", counts.candidates);

  run_set (store, "one_letter", one_letter, G_N_ELEMENTS (one_letter), repeat, all);
  run_set (store, "two_letters", two_letters, G_N_ELEMENTS (two_letters), repeat, all);
  run_set (store, "three_letters", three_letters, G_N_ELEMENTS (three_letters), repeat, all);
  run_set (store, "words", words, G_N_ELEMENTS (words), repeat, all);

  g_array_sort (all, compare_doubles);
  printf ("search_all_median %.3f ms\n", percentile (all, 0.5));
  printf ("search_all_p95 %.3f ms\n", percentile (all, 0.95));

  g_clear_object (&store);
  if (tmpdir != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
          g_unlink (file);
        }
      g_rmdir (tmpdir);
    }

  return 0;
}
