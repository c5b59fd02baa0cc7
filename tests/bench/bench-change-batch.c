/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Change-notification benchmark: what a 500-record batch, and one card move, cost a board that is open. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sl-board.h"
#include "sl-board-column.h"
#include "sl-demo.h"
#include "sl-renderer.h"
#include "sl-store.h"
#include "sl-store-private.h"

/*   bench-change-batch [DATABASE]
 *
 * Without DATABASE, builds a demo database in a temporary folder
 * (SHORTLIST_BENCH_CANDIDATES candidates, 100 000 by default), as
 * bench-board does. Opens the board (the real SlBoard in a window) of the
 * posting with the most active applications, with the live list of
 * postings the window keeps beside it, and reads every column in full
 * (one move there and back). Then moves the first BATCH cards of the
 * biggest column to the next stage in one transaction, and back in
 * another, N_ROUNDS times, and prints only "name value unit" lines:
 *   change-batch-write-median: the writes up to the commit;
 *   change-batch-notify-median: from the commit to the main loop being
 *     idle again: the "changed" handlers and every idle they queued
 *     (-cpu: the process's CPU time for the same);
 *   change-batch-statements-median, -max: the SQL statements run in that
 *     time, on the board's connection (sqlite3_trace_v2), the COMMIT aside
 *     (the first batch also re-reads the cards the columns' widgets hold);
 *   change-batch-models-changed: how many of the board's list models (its
 *     columns and the postings) emitted items-changed in that time;
 *   change-move-statements, change-move-models-changed: the same for one
 *     sl_store_move_application() between the two columns, from its
 *     commit on.
 * SHORTLIST_BENCH_TRACE=1 writes each statement counted to stderr.
 * It stops by itself in some 25 s with 100 000 candidates, most of them
 * building the database. */

#define BATCH 500
#define N_ROUNDS 3

static guint statements;
static gboolean counting;

static int
trace_cb (unsigned int  type,
          void         *context,
          void         *p,
          void         *x)
{
  if (counting && type == SQLITE_TRACE_STMT)
    {
      statements++;
      if (g_getenv ("SHORTLIST_BENCH_TRACE") != NULL)
        g_printerr ("bench-change-batch: %.100s\n", sqlite3_sql (p));
    }
  return 0;
}

typedef struct
{
  GListModel *model;
  gboolean    changed;
} Watched;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Watched *watched = user_data;

  if (counting)
    watched->changed = TRUE;
}

static guint
count_changed (GArray *watched)
{
  guint n = 0;

  for (guint i = 0; i < watched->len; i++)
    {
      Watched *w = &g_array_index (watched, Watched, i);

      n += w->changed ? 1 : 0;
      w->changed = FALSE;
    }
  return n;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GListModel) postings = NULL;
  g_autoptr (GArray) watched = g_array_new (FALSE, TRUE, sizeof (Watched));
  g_autoptr (GPtrArray) batch = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *posting_id = NULL;
  g_autofree char *big_stage = NULL;
  g_autofree char *next_stage = NULL;
  GtkWindow *window;
  SlBoard *board;
  SlBoardColumn *column = NULL;
  GListModel *cards;
  guint best = 0, biggest = 0;
  double writes[2 * N_ROUNDS], notifies[2 * N_ROUNDS], cpus[2 * N_ROUNDS];
  double batch_statements[2 * N_ROUNDS];
  guint batch_models = 0;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-change-batch: no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  sl_renderer_choose (gdk_display_get_default ());

  if (argc > 1)
    path = g_strdup (argv[1]);
  else
    {
      const char *env = g_getenv ("SHORTLIST_BENCH_CANDIDATES");
      SlDemoOptions options = { 0, env ? (guint) atoi (env) : 100000, 1 };

      dir = g_dir_make_tmp ("shortlist-bench-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "bench.db", NULL);
      store = sl_store_open (path, &error);
      g_assert_no_error (error);
      if (!sl_demo_fill (store, &options, &error))
        g_error ("Could not build the demo database: %s", error->message);
      g_clear_object (&store);
    }

  store = sl_store_open (path, &error);
  if (store == NULL)
    g_error ("Could not open %s: %s", path, error->message);
  sqlite3_trace_v2 (sl_store_get_db (store), SQLITE_TRACE_STMT, trace_cb, NULL);

  postings = sl_store_list_postings (store);
  for (guint i = 0; i < g_list_model_get_n_items (postings); i++)
    {
      g_autoptr (SlRecord) posting = g_list_model_get_item (postings, i);
      guint count = 0;

      if (sl_store_count_active_applications (store, sl_record_get_id (posting), &count, NULL) && count > best)
        {
          best = count;
          g_free (posting_id);
          posting_id = g_strdup (sl_record_get_id (posting));
        }
    }
  if (posting_id == NULL)
    g_error ("The database has no posting with applications");

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1600, 1000);
  gtk_window_present (window);
  board = SL_BOARD (sl_board_new (store));
  sl_board_set_posting_id (board, posting_id);
  gtk_window_set_child (window, GTK_WIDGET (board));
  drain ();

  for (guint i = 0; i < sl_board_get_n_columns (board); i++)
    {
      SlBoardColumn *c = sl_board_get_column (board, i);
      GListModel *model = sl_board_column_get_applications (c);
      guint n = g_list_model_get_n_items (model);

      if (n > biggest && i + 1 < sl_board_get_n_columns (board))
        {
          biggest = n;
          column = c;
          g_free (next_stage);
          next_stage = g_strdup (sl_board_column_get_stage_id (sl_board_get_column (board, i + 1)));
        }
    }
  if (column == NULL || biggest < BATCH)
    g_error ("No column has %d cards and a stage after it", BATCH);
  big_stage = g_strdup (sl_board_column_get_stage_id (column));
  cards = sl_board_column_get_applications (column);
  for (guint i = 0; i < BATCH; i++)
    {
      g_autoptr (SlRecord) card = g_list_model_get_item (cards, i);

      g_ptr_array_add (batch, g_strdup (sl_record_get_id (card)));
    }
  g_printerr ("bench-change-batch: %u columns, moving %d of %u cards\n",
              sl_board_get_n_columns (board), BATCH, biggest);

  /* Every model the board and the window keep, watched for items-changed. */
  for (guint i = 0; i < sl_board_get_n_columns (board); i++)
    {
      Watched w = { sl_board_column_get_applications (sl_board_get_column (board, i)), FALSE };

      g_array_append_val (watched, w);
    }
  {
    Watched w = { postings, FALSE };

    g_array_append_val (watched, w);
  }
  for (guint i = 0; i < watched->len; i++)
    g_signal_connect (g_array_index (watched, Watched, i).model, "items-changed",
                      G_CALLBACK (items_changed_cb), &g_array_index (watched, Watched, i));

  /* The columns hold only their first cards until something changes: one
   * move there and back reads them all, as a person's first drop would. */
  if (!sl_store_move_application (store, batch->pdata[0], next_stage, 0, &error) ||
      !sl_store_move_application (store, batch->pdata[0], big_stage, 0, &error))
    g_error ("Could not move a card: %s", error->message);
  drain ();

  /* One card move, counted from its commit on. */
  if (!sl_store_begin (store, &error) ||
      !sl_store_move_application (store, batch->pdata[0], next_stage, 0, &error))
    g_error ("Could not move a card: %s", error->message);
  counting = TRUE;
  statements = 0;
  if (!sl_store_commit (store, &error))
    g_error ("Could not commit: %s", error->message);
  drain ();
  counting = FALSE;
  printf ("change-move-statements %u statements\n", statements > 0 ? statements - 1 : 0);
  printf ("change-move-models-changed %u models\n", count_changed (watched));
  if (!sl_store_move_application (store, batch->pdata[0], big_stage, 0, &error))
    g_error ("Could not move a card: %s", error->message);
  drain ();
  count_changed (watched);

  for (guint r = 0; r < 2 * N_ROUNDS; r++)
    {
      const char *to = r % 2 == 0 ? next_stage : big_stage;
      gint64 start, committed, cpu_start;
      guint n_changed;

      start = g_get_monotonic_time ();
      if (!sl_store_begin (store, &error))
        g_error ("Could not begin: %s", error->message);
      for (guint i = 0; i < batch->len; i++)
        if (!sl_store_move_application (store, batch->pdata[i], to, (int) i, &error))
          g_error ("Could not move a card: %s", error->message);

      committed = g_get_monotonic_time ();
      cpu_start = cpu_time ();
      counting = TRUE;
      statements = 0;
      if (!sl_store_commit (store, &error))
        g_error ("Could not commit: %s", error->message);
      drain ();
      counting = FALSE;
      notifies[r] = (g_get_monotonic_time () - committed) / 1000.0;
      cpus[r] = (cpu_time () - cpu_start) / 1000.0;
      writes[r] = (committed - start) / 1000.0;
      /* The COMMIT itself is no part of the notification. */
      n_changed = count_changed (watched);
      batch_statements[r] = statements > 0 ? statements - 1 : 0;
      batch_models = MAX (batch_models, n_changed);
    }

  qsort (writes, 2 * N_ROUNDS, sizeof (double), compare_doubles);
  qsort (notifies, 2 * N_ROUNDS, sizeof (double), compare_doubles);
  qsort (cpus, 2 * N_ROUNDS, sizeof (double), compare_doubles);
  printf ("change-batch-write-median %.1f ms\n", writes[N_ROUNDS]);
  printf ("change-batch-notify-median %.1f ms\n", notifies[N_ROUNDS]);
  printf ("change-batch-notify-cpu-median %.1f ms\n", cpus[N_ROUNDS]);
  qsort (batch_statements, 2 * N_ROUNDS, sizeof (double), compare_doubles);
  printf ("change-batch-statements-median %.0f statements\n", batch_statements[N_ROUNDS]);
  printf ("change-batch-statements-max %.0f statements\n", batch_statements[2 * N_ROUNDS - 1]);
  printf ("change-batch-models-changed %u models\n", batch_models);

  for (guint i = 0; i < watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_array_index (watched, Watched, i).model,
                                          items_changed_cb, &g_array_index (watched, Watched, i));
  gtk_window_destroy (window);
  drain ();

  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_clear_object (&store);
      g_unlink (wal);
      g_unlink (shm);
      g_unlink (path);
      g_rmdir (dir);
    }

  return 0;
}
