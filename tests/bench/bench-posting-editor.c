/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Keystroke cost of the posting editor: 500 characters typed into the description of a 200-item posting. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "sl-postings-page.h"
#include "sl-renderer.h"
#include "sl-posting-editor.h"
#include "sl-string-list-editor.h"

#define N_KEYSTROKES 500

static void
flush_events (void)
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

static double
percentile (double *sorted,
            guint   n,
            double  p)
{
  guint index = (guint) (p * (n - 1) + 0.5);

  return sorted[MIN (index, n - 1)];
}

static SlPosting *
make_posting (void)
{
  SlPosting *posting = sl_posting_new ();
  g_autoptr (GPtrArray) responsibilities = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) qualifications = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) nice = g_ptr_array_new_with_free_func (g_free);
  const char *locations[] = { "Berlin", "Remote (EU)", NULL };

  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (responsibilities, g_strdup_printf ("Responsibility %u: own a part of the platform end to end", i + 1));
  for (guint i = 0; i < 60; i++)
    g_ptr_array_add (qualifications, g_strdup_printf ("Qualification %u: several years with distributed systems", i + 1));
  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (nice, g_strdup_printf ("Nice to have %u: open source contributions", i + 1));
  g_ptr_array_add (responsibilities, NULL);
  g_ptr_array_add (qualifications, NULL);
  g_ptr_array_add (nice, NULL);

  sl_posting_set_title (posting, "Staff Platform Engineer");
  sl_posting_set_department (posting, "Engineering");
  sl_posting_set_locations (posting, locations);
  sl_posting_set_status (posting, SL_POSTING_STATUS_OPEN);
  sl_posting_set_salary_min (posting, 90000);
  sl_posting_set_salary_max (posting, 120000);
  sl_posting_set_salary_currency (posting, "EUR");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_YEAR);
  sl_posting_set_description (posting,
                              "We build the platform every team ships on.\n\n"
                              "You will shape how hundreds of services are built, deployed and observed.\n\n");
  sl_posting_set_responsibilities (posting, (const char * const *) responsibilities->pdata);
  sl_posting_set_qualifications (posting, (const char * const *) qualifications->pdata);
  sl_posting_set_nice_to_have (posting, (const char * const *) nice->pdata);

  return posting;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlPosting) posting = NULL;
  SlPostingsPage *page;
  SlPostingEditor *editor;
  GtkWindow *window;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  const char *sample = "Experience with Rust, Go or C and a taste for simple, well-tested code. ";
  double handler[N_KEYSTROKES];
  double with_events[N_KEYSTROKES];
  gint64 t0, t2, open_start, open_end;
  guint sample_len = (guint) strlen (sample);

  if (!gtk_init_check ())
    {
      g_printerr ("bench-posting-editor: no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  /* The renderer the app would use (cairo where GL is rendered in software). */
  sl_renderer_choose (gdk_display_get_default ());

  dir = g_dir_make_tmp ("shortlist-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);

  posting = make_posting ();
  if (!sl_store_save_posting (store, posting, &error))
    g_error ("Could not save the benchmark posting: %s", error->message);

  open_start = g_get_monotonic_time ();
  page = sl_postings_page_new (store);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 900);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  flush_events ();

  if (!sl_postings_page_select_posting (page, sl_record_get_id (SL_RECORD (posting))))
    g_error ("The benchmark posting is not in the list");
  flush_events ();
  open_end = g_get_monotonic_time ();

  editor = sl_postings_page_get_editor (page);
  if (sl_string_list_editor_get_n_items (SL_STRING_LIST_EDITOR (sl_posting_editor_get_field_widget (editor, "responsibilities"))) != 100)
    g_error ("The editor does not show the benchmark posting's 100 responsibilities");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (sl_posting_editor_get_field_widget (editor, "description")));
  gtk_widget_grab_focus (sl_posting_editor_get_field_widget (editor, "description"));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  flush_events ();

  for (guint i = 0; i < N_KEYSTROKES; i++)
    {
      char c = sample[i % sample_len];

      t0 = g_get_monotonic_time ();
      gtk_text_buffer_insert_at_cursor (buffer, &c, 1);
      t2 = g_get_monotonic_time ();
      flush_events ();
      handler[i] = (t2 - t0) / 1000.0;
      with_events[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }

  if (!sl_posting_editor_get_save_pending (editor))
    g_error ("Typing did not schedule an autosave");
  if (!sl_posting_editor_flush (editor))
    g_error ("The autosave failed");

  qsort (handler, N_KEYSTROKES, sizeof (double), compare_doubles);
  qsort (with_events, N_KEYSTROKES, sizeof (double), compare_doubles);

  printf ("postings_page_open_200_items %.2f ms\n", (open_end - open_start) / 1000.0);
  printf ("keystroke_p50 %.3f ms\n", percentile (handler, N_KEYSTROKES, 0.50));
  printf ("keystroke_p95 %.3f ms\n", percentile (handler, N_KEYSTROKES, 0.95));
  printf ("keystroke_max %.3f ms\n", handler[N_KEYSTROKES - 1]);
  printf ("keystroke_with_events_p95 %.3f ms\n", percentile (with_events, N_KEYSTROKES, 0.95));

  gtk_window_destroy (window);
  flush_events ();
  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);

  return 0;
}
