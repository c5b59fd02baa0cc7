/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Erasing while another program reads the database: the details pane says the erasure is not finished and how to finish it. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gui-test-utils.h"

#include "sl-candidate-details.h"
#include "sl-candidates-page.h"
#include "sl-demo.h"

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  AdwMessageDialog *dialog = NULL;

  GUI_TEST_WAIT_UNTIL ((dialog = gui_test_find_dialog_headed (heading)) != NULL, 10);
  return dialog;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : -1;
}

static void
test_erase_while_read (void)
{
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlCandidate) person = sl_candidate_new ();
  g_autoptr (SlCandidate) erased = NULL;
  g_autoptr (GError) error = NULL;
  SlCandidateDetails *details;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  sqlite3 *reader = NULL;
  sqlite3_stmt *reading = NULL;
  const char *id;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("erase-notice.db", &path);
  wal = g_strconcat (path, "-wal", NULL);
  sl_candidate_set_name (person, "Wilhelmina Quarrington");
  sl_candidate_set_emails (person, (const char * const[]) { "wq@example.org", NULL });
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  id = sl_record_get_id (SL_RECORD (person));

  details = SL_CANDIDATE_DETAILS (sl_candidate_details_new (store));
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 800, 900);
  gtk_window_set_child (window, GTK_WIDGET (details));
  gtk_window_present (window);
  sl_candidate_details_set_candidate_id (details, id);
  gui_test_flush_events ();

  /* Another program in the middle of reading (a backup, say). */
  g_assert_cmpint (sqlite3_open_v2 (path, &reader, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (reader, "SELECT id FROM candidate", -1, &reading, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (reading), ==, SQLITE_ROW);

  gtk_widget_activate_action (GTK_WIDGET (details), "details.erase", NULL);
  dialog = wait_for_dialog ("Erase Personal Data?");
  adw_message_dialog_response (dialog, "erase");

  /* Not "Personal data erased": what is left, and what to do. */
  dialog = wait_for_dialog ("Erasure Not Finished");
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "-wal"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Close the other program"));
  g_assert_true (adw_message_dialog_has_response (dialog, "retry"));
  g_assert_cmpint (file_size (wal), >, 0);
  /* The database itself has it erased, and the pane shows that. */
  erased = sl_store_get_candidate (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_candidate_get_erased (erased));

  /* The other program is done: Try Again finishes the job. */
  sqlite3_finalize (reading);
  sqlite3_close (reader);
  /* What its button does: the response, then the dialog closes. A failed
   * retry would present a new one. */
  adw_message_dialog_response (dialog, "retry");
  gtk_window_close (GTK_WINDOW (dialog));
  gui_test_flush_events ();
  g_assert_cmpint (file_size (wal), ==, 0);
  GUI_TEST_WAIT_UNTIL (gui_test_find_dialog_headed ("Erasure Not Finished") == NULL, 10);

  gui_test_destroy_window (window, details);
}

/* Counts @needle in the raw bytes of the file at @path. */
static guint
count_bytes (const char *path,
             const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize needle_length = strlen (needle);
  guint n = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (contents + i, needle, needle_length) == 0)
      n++;
  return n;
}

static char *app_erase_id;
static char *app_erase_name;

/* The app's own connection, with its board, lists and poll running, erases:
 * nothing of its own holds the WAL, so the erasure finishes. */
static void
app_erase_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  const char *path = sl_store_get_path (sl_app_get_store (app));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  SlCandidatesPage *page;
  AdwMessageDialog *dialog;

  gui_test_spin (300);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-candidate", "s", app_erase_id);
  page = sl_window_get_candidates_page (window);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gui_test_spin (100);
  g_assert_cmpuint (count_bytes (path, app_erase_name) + count_bytes (wal, app_erase_name), >, 0);

  gtk_widget_activate_action (GTK_WIDGET (sl_candidates_page_get_details (page)), "details.erase", NULL);
  dialog = wait_for_dialog ("Erase Personal Data?");
  adw_message_dialog_response (dialog, "erase");
  gtk_window_close (GTK_WINDOW (dialog));
  GUI_TEST_WAIT_UNTIL (file_size (wal) == 0 && count_bytes (path, app_erase_name) == 0, 10);

  g_assert_null (gui_test_find_dialog_headed ("Erasure Not Finished"));
  g_assert_cmpint (file_size (wal), ==, 0);
  g_assert_cmpuint (count_bytes (path, app_erase_name), ==, 0);

  gui_test_stop_app (app);
}

static void
test_app_erase (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlCandidate) person = sl_candidate_new ();
  g_autoptr (GError) error = NULL;
  SlDemoOptions options = { .postings = 2, .candidates = 30, .seed = 11 };

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("app-erase.db", &path);
  g_assert_true (sl_demo_fill (store, &options, &error));
  g_assert_no_error (error);
  app_erase_name = g_strdup ("Perpetua Blandings-Worple");
  sl_candidate_set_name (person, app_erase_name);
  g_assert_true (sl_store_save_candidate (store, person, &error));
  g_assert_no_error (error);
  app_erase_id = g_strdup (sl_record_get_id (SL_RECORD (person)));
  g_clear_object (&store);

  gui_test_run_app (path, app_erase_body);
  g_clear_pointer (&app_erase_id, g_free);
  g_clear_pointer (&app_erase_name, g_free);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/erase-notice/while-read", test_erase_while_read);
  g_test_add_func ("/gui/erase-notice/app-finishes", test_app_erase);

  return g_test_run ();
}
