/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes from the window: after a CSV import through its dialog they reach the file (read back by shortlist-cli and by another connection), and a write that fails is never shown as done. */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "gui-test-utils.h"

#include "sl-add-candidate-dialog.h"
#include "sl-board.h"
#include "sl-board-column.h"
#include "sl-candidate-details.h"
#include "sl-candidate-item.h"
#include "sl-csv-import-dialog.h"
#include "sl-demo.h"
#include "sl-store-private.h"

static char *db_path;

/* shortlist-cli's "stats --json" count of candidates: another process,
 * which ends (and so checkpoints, if it takes itself for the last user)
 * while the window's store stays open. */
static gint64
cli_count_candidates (void)
{
  const char *cli = g_getenv ("SHORTLIST_CLI");
  g_autofree char *database_arg = g_strconcat ("--database=", db_path, NULL);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  const char *count;

  g_assert_nonnull (cli);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, cli, database_arg, "stats", "--json", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  count = strstr (out, "\"candidates\":");
  g_assert_nonnull (count);
  return g_ascii_strtoll (count + strlen ("\"candidates\":"), NULL, 10);
}

/* A connection of its own, opened now, as another job of the app opens one. */
static SlCandidate *
stored_candidate (const char *id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (db_path, &error);
  SlCandidate *candidate;

  g_assert_no_error (error);
  candidate = sl_store_get_candidate (store, id, &error);
  g_assert_no_error (error);
  return candidate;
}

static SlApplication *
stored_application (const char *id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (db_path, &error);
  SlApplication *application;

  g_assert_no_error (error);
  application = sl_store_get_application (store, id, &error);
  g_assert_no_error (error);
  return application;
}

static char *
find_row (SlCandidatesPage *page,
          const char       *name)
{
  GListModel *model = sl_candidates_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (sl_candidate_item_get_name (item), name) == 0)
        return g_strdup (sl_candidate_item_get_id (item));
    }
  return NULL;
}

static SlCandidatesPage *
show_candidates (SlWindow *window)
{
  SlCandidatesPage *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  page = sl_window_get_candidates_page (window);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gui_test_flush_events ();
  return page;
}

/* Imports two people through the dialog, as the Import… button does, and
 * closes it. */
static void
import_through_dialog (SlWindow *window)
{
  g_autofree char *csv = g_build_filename (g_get_tmp_dir (), "people.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (csv);
  g_autoptr (GError) error = NULL;
  SlCsvImportDialog *dialog;

  g_assert_true (g_file_set_contents (csv,
                                      "Name,Email,Headline\n"
                                      "Maria Garcia,maria@example.com,Chef\n"
                                      "Kenji Sato,kenji@example.com,Pilot\n",
                                      -1, &error));
  g_assert_no_error (error);
  dialog = sl_csv_import_dialog_new (sl_window_get_store (window));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (sl_csv_import_dialog_load_file (dialog, file, &error));
  g_assert_no_error (error);
  sl_csv_import_dialog_start (dialog);
  GUI_TEST_WAIT_UNTIL (g_strcmp0 (sl_csv_import_dialog_get_page (dialog), "progress") != 0, 20);
  g_assert_cmpstr (sl_csv_import_dialog_get_page (dialog), ==, "done");
  g_assert_cmpuint (sl_csv_import_dialog_get_result (dialog)->imported, ==, 2);
  gtk_window_close (GTK_WINDOW (dialog));
  gui_test_flush_events ();
  g_assert_null (dialog);
  g_unlink (csv);
}

/* The first application of the board's first column, and the column after. */
static SlApplication *
first_card (SlWindow       *window,
            SlBoardColumn **out_next)
{
  SlBoard *board = sl_postings_page_get_board (sl_window_get_postings_page (window));
  SlBoardColumn *first;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
  GUI_TEST_WAIT_UNTIL (sl_board_get_n_columns (board) > 1 &&
                       g_list_model_get_n_items (sl_board_column_get_applications (sl_board_get_column (board, 0))) > 0,
                       10);
  first = sl_board_get_column (board, 0);
  *out_next = sl_board_get_column (board, 1);
  return g_list_model_get_item (sl_board_column_get_applications (first), 0);
}

static gboolean
column_has (SlBoardColumn *column,
            const char    *application_id)
{
  return sl_board_column_find (column, application_id) >= 0;
}

static void
after_import_body (SlApp *app)
{
  g_autoptr (GAsyncResult) export_result = NULL;
  SlWindow *window = gui_test_get_window (app);
  SlBoard *board = sl_postings_page_get_board (sl_window_get_postings_page (window));
  SlCandidatesPage *page = show_candidates (window);
  SlCandidateDetails *details = sl_candidates_page_get_details (page);
  guint before = g_list_model_get_n_items (sl_candidates_page_get_model (page));
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) stored = NULL;
  g_autoptr (SlApplication) card = NULL;
  g_autoptr (SlApplication) moved = NULL;
  g_autofree char *maria = NULL;
  g_autofree char *kenji = NULL;
  g_autofree char *export_path = g_build_filename (g_get_tmp_dir (), "export.csv", NULL);
  g_autoptr (GFile) export_file = g_file_new_for_path (export_path);
  g_autofree char *exported = NULL;
  SlBoardColumn *next = NULL;
  SlAddCandidateDialog *add;

  import_through_dialog (window);
  GUI_TEST_WAIT_UNTIL (g_list_model_get_n_items (sl_candidates_page_get_model (page)) == before + 2, 10);
  /* Another process reads the file and ends while the window stays open. */
  g_assert_cmpint (cli_count_candidates (), ==, before + 2);

  /* An edit of a headline in the details pane. */
  maria = find_row (page, "Maria Garcia");
  g_assert_nonnull (maria);
  sl_candidates_page_show_candidate (page, maria);
  gui_test_flush_events ();
  gtk_editable_set_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (details, "headline")), "Head Chef");
  g_assert_true (sl_candidate_details_flush (details));
  g_assert_false (sl_candidate_details_get_unsaved (details));
  stored = stored_candidate (maria);
  g_assert_cmpstr (sl_candidate_get_headline (stored), ==, "Head Chef");
  g_clear_object (&stored);
  g_assert_cmpint (cli_count_candidates (), ==, before + 2);

  /* Export: the file has the people the list has. */
  g_clear_object (&export_result);
  sl_candidates_page_export_selected_async (page, export_file, gui_test_store_result_cb, &export_result);
  g_assert_true (sl_candidates_page_export_selected_finish (page, gui_test_wait_result (&export_result), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (export_path, &exported, NULL, &error));
  g_assert_nonnull (strstr (exported, "Maria Garcia"));
  g_assert_nonnull (strstr (exported, "Head Chef"));

  /* Erase. */
  kenji = find_row (page, "Kenji Sato");
  g_assert_nonnull (kenji);
  sl_candidates_page_show_candidate (page, kenji);
  gui_test_flush_events ();
  g_assert_true (sl_candidates_page_erase_selected (page, &error));
  g_assert_no_error (error);
  stored = stored_candidate (kenji);
  g_assert_true (sl_candidate_get_erased (stored));
  g_clear_object (&stored);

  /* Add a candidate. */
  add = sl_add_candidate_dialog_new (sl_window_get_store (window), NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (add, "name")), "Added After Import");
  g_assert_true (sl_add_candidate_dialog_add (add));
  gui_test_flush_events ();
  g_assert_cmpint (cli_count_candidates (), ==, before + 3);

  /* A card moved on the board, as Alt+Right does. */
  card = first_card (window, &next);
  g_assert_true (sl_board_move_application (board, sl_record_get_id (SL_RECORD (card)),
                                            sl_board_column_get_stage_id (next), 0, &error));
  g_assert_no_error (error);
  moved = stored_application (sl_record_get_id (SL_RECORD (card)));
  g_assert_cmpstr (sl_application_get_stage_id (moved), ==, sl_board_column_get_stage_id (next));
  g_assert_cmpint (cli_count_candidates (), ==, before + 3);

  g_unlink (export_path);
  gui_test_stop_app (app);
}

static void
make_demo_database (void)
{
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&db_path, g_free);
  store = gui_test_open_store ("writes.db", &db_path);
  sl_demo_fill (store, &(SlDemoOptions) { .postings = 2, .candidates = 20, .seed = 3 }, &error);
  g_assert_no_error (error);
}

static void
test_after_import (void)
{
  if (gui_test_skip_without_display ())
    return;

  make_demo_database ();
  gui_test_run_app (db_path, after_import_body);
}

/* The window's connection refuses every change to people and applications
 * (a temporary trigger, on that connection only), as a full disk or a
 * broken file would. */
static void
refuse_writes (SlStore  *store,
               gboolean  refuse)
{
  static const char refuse_sql[] =
    "CREATE TEMP TRIGGER refuse_candidate_update BEFORE UPDATE ON main.candidate "
    "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;"
    "CREATE TEMP TRIGGER refuse_candidate_insert BEFORE INSERT ON main.candidate "
    "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;"
    "CREATE TEMP TRIGGER refuse_application_update BEFORE UPDATE ON main.application "
    "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;";
  static const char allow_sql[] =
    "DROP TRIGGER temp.refuse_candidate_update;"
    "DROP TRIGGER temp.refuse_candidate_insert;"
    "DROP TRIGGER temp.refuse_application_update;";

  g_assert_cmpint (sqlite3_exec (sl_store_get_db (store), refuse ? refuse_sql : allow_sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);
}

static void
failed_writes_body (SlApp *app)
{
  g_autoptr (GAsyncResult) export_result = NULL;
  SlWindow *window = gui_test_get_window (app);
  SlStore *store = sl_window_get_store (window);
  SlBoard *board = sl_postings_page_get_board (sl_window_get_postings_page (window));
  g_autoptr (SlApplication) card = NULL;
  g_autoptr (SlApplication) stored_card = NULL;
  g_autoptr (SlCandidate) stored = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *export_path = g_build_filename (g_get_tmp_dir (), "no-such-folder", "export.csv", NULL);
  g_autoptr (GFile) export_file = g_file_new_for_path (export_path);
  SlBoardColumn *next = NULL;
  SlBoardColumn *first;
  SlCandidatesPage *page;
  SlCandidateDetails *details;
  SlAddCandidateDialog *add;
  GtkEditable *headline_field;
  guint n_rows;

  /* A card move (Alt+Right): the card stays where the store has it, and
   * the message names the person. */
  card = first_card (window, &next);
  first = sl_board_get_column (board, 0);
  refuse_writes (store, TRUE);
  g_assert_false (sl_board_move_application (board, sl_record_get_id (SL_RECORD (card)),
                                             sl_board_column_get_stage_id (next), 0, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, sl_application_get_candidate_name (card)));
  g_clear_error (&error);
  gui_test_flush_events ();
  g_assert_true (column_has (first, sl_record_get_id (SL_RECORD (card))));
  g_assert_false (column_has (next, sl_record_get_id (SL_RECORD (card))));
  stored_card = stored_application (sl_record_get_id (SL_RECORD (card)));
  g_assert_cmpstr (sl_application_get_stage_id (stored_card), ==, sl_board_column_get_stage_id (first));

  /* An edit in the details pane: the text stays, marked as not saved,
   * and saving it again works once the store takes it. */
  page = show_candidates (window);
  details = sl_candidates_page_get_details (page);
  {
    g_autoptr (SlCandidateItem) item = g_list_model_get_item (sl_candidates_page_get_model (page), 0);

    id = g_strdup (sl_candidate_item_get_id (item));
    name = g_strdup (sl_candidate_item_get_name (item));
  }
  sl_candidates_page_show_candidate (page, id);
  gui_test_flush_events ();
  stored = stored_candidate (id);
  headline = g_strdup (sl_candidate_get_headline (stored));
  g_clear_object (&stored);
  headline_field = GTK_EDITABLE (sl_candidate_details_get_field_widget (details, "headline"));
  gtk_editable_set_text (headline_field, "Never Saved");
  g_assert_false (sl_candidate_details_flush (details));
  g_assert_true (sl_candidate_details_get_unsaved (details));
  g_assert_cmpstr (gtk_editable_get_text (headline_field), ==, "Never Saved");
  stored = stored_candidate (id);
  g_assert_cmpstr (sl_candidate_get_headline (stored), ==, headline);
  g_clear_object (&stored);
  /* Another change in the store does not wipe the unsaved text. */
  sl_store_check_external_changes (store);
  gui_test_spin (50);
  g_assert_cmpstr (gtk_editable_get_text (headline_field), ==, "Never Saved");

  refuse_writes (store, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (details), "details.retry-save", NULL));
  gui_test_flush_events ();
  g_assert_false (sl_candidate_details_get_unsaved (details));
  stored = stored_candidate (id);
  g_assert_cmpstr (sl_candidate_get_headline (stored), ==, "Never Saved");
  g_clear_object (&stored);
  refuse_writes (store, TRUE);

  /* Erase: nothing erased, the row stays. */
  n_rows = g_list_model_get_n_items (sl_candidates_page_get_model (page));
  g_assert_false (sl_candidates_page_erase_selected (page, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (sl_candidates_page_get_model (page)), ==, n_rows);
  stored = stored_candidate (id);
  g_assert_false (sl_candidate_get_erased (stored));
  g_assert_cmpstr (sl_candidate_get_name (stored), ==, name);
  g_clear_object (&stored);

  /* Add a candidate: the dialog stays open with what was typed. */
  add = sl_add_candidate_dialog_new (store, NULL, NULL);
  g_object_add_weak_pointer (G_OBJECT (add), (gpointer *) &add);
  gtk_window_present (GTK_WINDOW (add));
  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (add, "name")), "Never Added");
  g_assert_false (sl_add_candidate_dialog_add (add));
  gui_test_flush_events ();
  g_assert_nonnull (add);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (add, "name"))), ==,
                   "Never Added");
  g_assert_null (find_row (page, "Never Added"));
  gtk_window_destroy (GTK_WINDOW (add));
  refuse_writes (store, FALSE);

  /* Export into a folder that is not there: no file, and an error. */
  g_clear_object (&export_result);
  sl_candidates_page_export_selected_async (page, export_file, gui_test_store_result_cb, &export_result);
  g_assert_false (sl_candidates_page_export_selected_finish (page, gui_test_wait_result (&export_result), &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (export_path, G_FILE_TEST_EXISTS));

  gui_test_stop_app (app);
}

static void
test_failed_writes (void)
{
  if (gui_test_skip_without_display ())
    return;

  make_demo_database ();
  gui_test_run_app (db_path, failed_writes_body);
}

/* A file chooser in the process that lists the database's folder opens and
 * closes the file (GIO guesses each file's type from its first bytes),
 * which drops the process's locks on it; the app takes them again when the
 * chooser is answered. */
static void
file_chooser_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlStore *store = sl_window_get_store (window);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (GError) error = NULL;
  gint64 before = cli_count_candidates ();
  GtkWidget *chooser;
  char buffer[64];
  int fd;

  chooser = gtk_file_chooser_dialog_new ("Choose", GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         "_Cancel", GTK_RESPONSE_CANCEL, NULL);
  gtk_window_present (GTK_WINDOW (chooser));
  gui_test_flush_events ();
  fd = g_open (db_path, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (read (fd, buffer, sizeof buffer), >, 0);
  g_close (fd, NULL);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  gtk_window_destroy (GTK_WINDOW (chooser));
  gui_test_flush_events ();

  /* shortlist-cli ends without taking the WAL away from the window. */
  g_assert_cmpint (cli_count_candidates (), ==, before);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  sl_candidate_set_name (candidate, "After The Chooser");
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cli_count_candidates (), ==, before + 1);

  gui_test_stop_app (app);
}

static void
test_file_chooser (void)
{
  if (gui_test_skip_without_display ())
    return;

  make_demo_database ();
  gui_test_run_app (db_path, file_chooser_body);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/writes/after-csv-import", test_after_import);
  g_test_add_func ("/gui/writes/failed-not-shown-done", test_failed_writes);
  g_test_add_func ("/gui/writes/after-file-chooser", test_file_chooser);

  status = g_test_run ();
  g_free (db_path);
  return status;
}
