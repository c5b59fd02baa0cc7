/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Board benchmark: opening the board with the biggest column of a 100 000-candidate demo database, and moving a card. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sl-application-list.h"
#include "sl-board.h"
#include "sl-demo.h"
#include "sl-renderer.h"
#include "sl-store.h"

/*   bench-board [DATABASE]
 *
 * Without DATABASE, builds a demo database in a temporary folder
 * (SHORTLIST_BENCH_CANDIDATES candidates, 100 000 by default). Opens the
 * board of the posting with the most active applications, drawn with the
 * renderer the app picks (cairo where OpenGL is rendered in software; the
 * one it uses goes to stderr; GSK_RENDERER chooses another), and prints
 * only "name value unit" lines on stdout:
 *   board-open-first-frame: from creating the board to the frame clock's
 *     after-paint of its first frame (-cpu: the process's CPU time for the
 *     same, steadier on a busy machine; SHORTLIST_BENCH_OPEN_ONLY=1 stops
 *     there, for profiling);
 *   board-store-first-move, board-store-move: sl_store_move_application()
 *     alone, there and back (halved), the first one reading the rest of the
 *     columns' order;
 *   board-move-*: sl_board_move_application() (what a drop calls) to the
 *     after-paint of the frame that shows the move (GTK redrawing what it
 *     chooses, from an idle frame clock), over N_MOVES moves of
 *     the top card of the biggest column to the next stage and back
 *     (board-move-committed-median: until the call returns, committed and
 *     the columns updated; board-move-cpu-median: the process's CPU time
 *     for the whole move, the renderer's threads too;
 *     SHORTLIST_BENCH_MOVES_ONLY=1 stops after the moves, for profiling);
 *   board-reload-biggest-column: a full re-read of that column's list;
 *   board-scroll-*: scrolling the biggest column a page at a time (a frame
 *     each), and from the top to its very end;
 *   board-search-*: filtering the board with a search, and clearing it. */

#define N_MOVES 20
#define N_PAGES 20

static gint64 painted_at;
static guint frames_started;

static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       user_data)
{
  frames_started++;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (painted_at == 0)
    painted_at = g_get_monotonic_time ();
}

/* Iterates the main loop until the next after-paint. */
static gint64
wait_for_paint (GtkWidget *widget)
{
  painted_at = 0;
  gtk_widget_queue_draw (widget);
  while (painted_at == 0)
    g_main_context_iteration (NULL, TRUE);
  return painted_at;
}

/* Iterates the main loop until the after-paint of the frame that a change
 * already asked for (redrawing only what GTK chose to redraw). */
static gint64
wait_for_frame (void)
{
  painted_at = 0;
  while (painted_at == 0)
    g_main_context_iteration (NULL, TRUE);
  return painted_at;
}

/* Lets the frame clock go idle, so that the next frame starts at once
 * rather than at the next 60 Hz slot. A frame asked for during the one
 * before (the focus following a moved card, a restyle) waits for that slot
 * and, slept through, runs just before the next move, which then waits a
 * whole slot: so this pauses until a pause goes by without a frame (at
 * most ten times), as a person's next drop would come. */
static void
settle (void)
{
  for (guint i = 0; i < 10; i++)
    {
      guint frames;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      frames = frames_started;
      g_usleep (40 * G_TIME_SPAN_MILLISECOND);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (frames_started == frames)
        break;
    }
}

/* The process's CPU time, in µs. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
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
  g_autofree char *posting_id = NULL;
  g_autofree char *big_stage = NULL;
  g_autofree char *next_stage = NULL;
  g_autofree char *card_id = NULL;
  GdkFrameClock *clock;
  GtkWindow *window;
  SlBoard *board;
  SlBoardColumn *column = NULL;
  guint best = 0, biggest = 0;
  gint64 start, cpu_start;
  double moves[N_MOVES];
  double calls[N_MOVES];
  double cpus[N_MOVES];

  if (!gtk_init_check ())
    {
      g_printerr ("bench-board: no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  /* The renderer the app would use (cairo where GL is rendered in software). */
  sl_renderer_choose (gdk_display_get_default ());
  /* The style AdwApplication loads for the app (style.css at the resource
   * base path, which imports the board's). */
  {
    g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE_PATH "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

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
  /* The live list of postings would reload after every move. */
  g_clear_object (&postings);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1600, 1000);
  gtk_window_present (window);
  while (gtk_widget_get_frame_clock (GTK_WIDGET (window)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  wait_for_paint (GTK_WIDGET (window));
  g_printerr ("bench-board: drawing with %s\n",
              G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  start = g_get_monotonic_time ();
  cpu_start = cpu_time ();
  board = SL_BOARD (sl_board_new (store));
  sl_board_set_posting_id (board, posting_id);
  printf ("board-open-load-columns %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  gtk_window_set_child (window, GTK_WIDGET (board));
  printf ("board-open-first-frame %.1f ms\n", (wait_for_paint (GTK_WIDGET (board)) - start) / 1000.0);
  /* The same in CPU time (all threads, the renderer's too): steadier than
   * the wall clock on a busy machine. */
  printf ("board-open-first-frame-cpu %.1f ms\n", (cpu_time () - cpu_start) / 1000.0);
  if (g_getenv ("SHORTLIST_BENCH_OPEN_ONLY") != NULL)
    return 0;

  for (guint i = 0; i < sl_board_get_n_columns (board); i++)
    {
      SlBoardColumn *c = sl_board_get_column (board, i);
      guint n = g_list_model_get_n_items (sl_board_column_get_applications (c));

      if (n > biggest && i + 1 < sl_board_get_n_columns (board))
        {
          biggest = n;
          column = c;
          g_free (next_stage);
          next_stage = g_strdup (sl_board_column_get_stage_id (sl_board_get_column (board, i + 1)));
        }
    }
  printf ("board-biggest-column %u cards\n", biggest);
  g_assert (column != NULL);
  big_stage = g_strdup (sl_board_column_get_stage_id (column));

  {
    g_autoptr (GListModel) list = NULL;

    start = g_get_monotonic_time ();
    list = sl_store_list_applications (store, big_stage);
    printf ("board-load-biggest-column %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  }

  {
    g_autoptr (SlRecord) first = g_list_model_get_item (sl_board_column_get_applications (column), 0);

    card_id = g_strdup (sl_record_get_id (first));
  }

  /* The columns hold only their first cards until something changes (see
   * sl_application_list_new_partial()): the first move also reads the
   * order of the rest of the board's cards; the next ones do not. */
  for (guint i = 0; i < 2; i++)
    {
      gint64 t;

      settle ();
      t = g_get_monotonic_time ();
      if (!sl_store_move_application (store, card_id, next_stage, 0, &error) ||
          !sl_store_move_application (store, card_id, big_stage, 0, &error))
        g_error ("Could not move the card: %s", error->message);
      printf ("%s %.2f ms\n", i == 0 ? "board-store-first-move" : "board-store-move",
              (g_get_monotonic_time () - t) / 2000.0);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  for (guint i = 0; i < N_MOVES; i++)
    {
      /* Let the store's idle work run before the next move, as a person's
       * next drop would. */
      settle ();
      start = g_get_monotonic_time ();
      cpu_start = cpu_time ();
      if (!sl_board_move_application (board, card_id, i % 2 == 0 ? next_stage : big_stage, 0, &error))
        g_error ("Could not move the card: %s", error->message);
      calls[i] = (g_get_monotonic_time () - start) / 1000.0;
      moves[i] = (wait_for_frame () - start) / 1000.0;
      cpus[i] = (cpu_time () - cpu_start) / 1000.0;
    }

  qsort (moves, N_MOVES, sizeof (double), compare_doubles);
  qsort (calls, N_MOVES, sizeof (double), compare_doubles);
  printf ("board-move-median %.2f ms\n", moves[N_MOVES / 2]);
  printf ("board-move-max %.2f ms\n", moves[N_MOVES - 1]);
  printf ("board-move-committed-median %.2f ms\n", calls[N_MOVES / 2]);
  qsort (cpus, N_MOVES, sizeof (double), compare_doubles);
  printf ("board-move-cpu-median %.2f ms\n", cpus[N_MOVES / 2]);
  if (g_getenv ("SHORTLIST_BENCH_MOVES_ONLY") != NULL)
    return 0;

  /* A full re-read of the biggest column (after a change from another
   * process, or to the pipeline). */
  {
    SlApplicationList *list = SL_APPLICATION_LIST (sl_board_column_get_applications (column));

    start = g_get_monotonic_time ();
    if (!sl_application_list_reload (list, &error))
      g_error ("Could not reload the column: %s", error->message);
    printf ("board-reload-biggest-column %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  }

  /* Scrolling the biggest column to its end, a page at a time, then at
   * once back to the top and to the end. */
  {
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sl_board_column_get_list_view (column)));
    double frames[N_PAGES];
    guint n_frames = 0;

    for (guint i = 0; i < N_PAGES; i++)
      {
        double value = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);

        start = g_get_monotonic_time ();
        gtk_adjustment_set_value (adjustment, value);
        frames[n_frames++] = (wait_for_paint (GTK_WIDGET (board)) - start) / 1000.0;
      }
    qsort (frames, n_frames, sizeof (double), compare_doubles);
    printf ("board-scroll-page-median %.2f ms\n", frames[n_frames / 2]);
    printf ("board-scroll-page-max %.2f ms\n", frames[n_frames - 1]);

    start = g_get_monotonic_time ();
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    wait_for_paint (GTK_WIDGET (board));
    /* The estimated height gets exact as rows are measured: go on to the
     * real end. */
    for (guint i = 0; i < 10 && gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
                                 gtk_adjustment_get_upper (adjustment); i++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        wait_for_paint (GTK_WIDGET (board));
      }
    printf ("board-scroll-to-end %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  }

  /* A search in the posting filters every column: to the frame that shows it,
   * and back to all cards. */
  start = g_get_monotonic_time ();
  sl_board_set_search_text (board, "an");
  printf ("board-search-first-frame %.1f ms\n", (wait_for_paint (GTK_WIDGET (board)) - start) / 1000.0);
  start = g_get_monotonic_time ();
  sl_board_set_search_text (board, "");
  printf ("board-search-clear-first-frame %.1f ms\n", (wait_for_paint (GTK_WIDGET (board)) - start) / 1000.0);

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_unlink (path);
      g_rmdir (dir);
    }

  return 0;
}
