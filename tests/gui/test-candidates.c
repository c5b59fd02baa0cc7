/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Candidates area: listing, sorting, search, bulk actions, the CSV import dialog, folding at phone width, win.show-candidate, and retention (Preferences and the startup check). */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-utils.h"

#include "sl-candidates-page.h"
#include "sl-retention-row.h"
#include "sl-candidate-item.h"
#include "sl-csv-import-dialog.h"
#include "sl-preferences-window.h"
#include "sl-app.h"
#include "sl-window.h"

typedef struct
{
  char             *path;
  SlStore          *store;
  GtkWindow        *window;
  SlCandidatesPage *page;
} Fixture;

static char *
add_candidate (SlStore    *store,
               const char *name,
               const char *email,
               const char *location)
{
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  if (email != NULL)
    sl_candidate_set_emails (candidate, (const char * const[]) { email, NULL });
  sl_candidate_set_location (candidate, location);
  sl_store_save_candidate (store, candidate, &error);
  g_assert_no_error (error);

  return g_strdup (sl_record_get_id (SL_RECORD (candidate)));
}

static void
wait_loaded (Fixture *f)
{
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (f->page), 10);
  gui_test_flush_events ();
}

/* Shows the page of f->store in a window of that size, loaded. */
static void
show_page (Fixture *f,
           int      width,
           int      height)
{
  f->page = SL_CANDIDATES_PAGE (sl_candidates_page_new (f->store));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  /* Nothing is read before the page is shown. */
  g_assert_false (sl_candidates_page_get_loaded (f->page));
  gtk_window_present (f->window);
  wait_loaded (f);
}

static void
fixture_set_up (Fixture *f)
{
  f->store = gui_test_open_store ("candidates.db", &f->path);

  g_free (add_candidate (f->store, "Zoë Adams", "zoe@example.com", "Berlin"));
  g_free (add_candidate (f->store, "ana Silva", "ana@example.com", "Lisbon"));
  g_free (add_candidate (f->store, "Bruno Costa", "bruno@example.com", "Porto"));
  g_free (add_candidate (f->store, "Chen Wei", "chen@example.com", "Shanghai"));

  show_page (f, 1200, 800);
}

static void
fixture_tear_down (Fixture *f)
{
  g_autoptr (GSettings) settings = g_settings_new (BASE_APP_ID);

  gui_test_destroy_window (f->window, f->page);
  /* The sort order is kept (test_sort_kept()): each test starts unsorted. */
  g_settings_reset (settings, "candidates-sort-column");
  g_settings_reset (settings, "candidates-sort-descending");
  g_assert_finalize_object (f->store);
  f->store = NULL;
  g_clear_pointer (&f->path, g_free);
}

static const char *
name_at (Fixture *f,
         guint    position)
{
  g_autoptr (SlCandidateItem) item = g_list_model_get_item (sl_candidates_page_get_model (f->page), position);

  g_assert_nonnull (item);
  /* The page keeps the item alive. */
  return sl_candidate_item_get_name (item);
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (sl_candidates_page_get_model (f->page));
}

static GtkColumnViewColumn *
column (Fixture *f,
        guint    index)
{
  GListModel *columns = gtk_column_view_get_columns (sl_candidates_page_get_column_view (f->page));
  g_autoptr (GtkColumnViewColumn) result = g_list_model_get_item (columns, index);

  return result;
}

static void
test_list_sort_search (void)
{
  Fixture f = { 0 };
  GtkColumnView *view;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  view = sl_candidates_page_get_column_view (f.page);
  g_assert_cmpuint (n_rows (&f), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 9);

  gtk_column_view_sort_by_column (view, column (&f, 0), GTK_SORT_ASCENDING);
  gui_test_spin (100);
  g_assert_cmpstr (name_at (&f, 0), ==, "ana Silva");
  g_assert_cmpstr (name_at (&f, 3), ==, "Zoë Adams");

  gtk_column_view_sort_by_column (view, column (&f, 0), GTK_SORT_DESCENDING);
  gui_test_spin (100);
  g_assert_cmpstr (name_at (&f, 0), ==, "Zoë Adams");

  /* By location: Berlin, Lisbon, Porto, Shanghai. */
  gtk_column_view_sort_by_column (view, column (&f, 2), GTK_SORT_ASCENDING);
  gui_test_spin (100);
  g_assert_cmpstr (name_at (&f, 0), ==, "Zoë Adams");
  g_assert_cmpstr (name_at (&f, 3), ==, "Chen Wei");

  sl_candidates_page_set_search (f.page, "bruno");
  gui_test_flush_events ();
  g_assert_cmpuint (n_rows (&f), ==, 1);
  g_assert_cmpstr (name_at (&f, 0), ==, "Bruno Costa");

  sl_candidates_page_set_search (f.page, "nobody-like-this");
  gui_test_flush_events ();
  g_assert_cmpuint (n_rows (&f), ==, 0);

  sl_candidates_page_set_search (f.page, "");
  gui_test_flush_events ();
  g_assert_cmpuint (n_rows (&f), ==, 4);

  /* A candidate added elsewhere shows up. */
  g_free (add_candidate (f.store, "Dmitri Ivanov", NULL, NULL));
  gui_test_spin (100);
  g_assert_cmpuint (n_rows (&f), ==, 5);

  fixture_tear_down (&f);
}

static AdwMessageDialog *
wait_message_dialog (void)
{
  AdwMessageDialog *dialog;

  GUI_TEST_WAIT_UNTIL ((dialog = gui_test_find_message_dialog ()) != NULL, 10);

  return dialog;
}

static void
test_bulk_add_tag (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  GtkSelectionModel *selection;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  selection = sl_candidates_page_get_selection (f.page);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  gui_test_flush_events ();

  g_assert_true (sl_candidates_page_add_tag (f.page, " shortlisted ", &error));
  g_assert_no_error (error);
  gui_test_spin (50);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (sl_candidates_page_get_model (f.page), i);
      g_autoptr (SlCandidate) candidate = sl_store_get_candidate (f.store, sl_candidate_item_get_id (item), &error);
      const char * const *tags;

      g_assert_no_error (error);
      tags = sl_candidate_get_tags (candidate);
      if (i == 0 || i == 2)
        {
          g_assert_nonnull (tags);
          g_assert_true (g_strv_contains (tags, "shortlisted"));
          g_assert_cmpstr (sl_candidate_item_get_tags (item), ==, "shortlisted");
        }
      else
        g_assert_null (tags);
    }

  /* Adding it again changes nothing; a comma is refused. */
  g_assert_true (sl_candidates_page_add_tag (f.page, "shortlisted", &error));
  g_assert_no_error (error);
  g_assert_false (sl_candidates_page_add_tag (f.page, "a, b", &error));
  g_assert_nonnull (error);

  /* The Add Tag dialog opens ready for the tag to be typed. */
  {
    AdwMessageDialog *dialog;
    GtkWidget *focus;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "candidates.add-tag", NULL));
    dialog = wait_message_dialog ();
    gui_test_flush_events ();
    focus = gtk_root_get_focus (GTK_ROOT (dialog));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, adw_message_dialog_get_extra_child (dialog)));
    gtk_window_destroy (GTK_WINDOW (dialog));
    gui_test_flush_events ();
  }

  fixture_tear_down (&f);
}

static void
test_export_selected (void)
{
  Fixture f = { 0 };
  g_autoptr (GAsyncResult) export_result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "export.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  GtkSelectionModel *selection;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  selection = sl_candidates_page_get_selection (f.page);
  gtk_selection_model_select_item (selection, 1, TRUE);
  gui_test_flush_events ();

  g_clear_object (&export_result);
  sl_candidates_page_export_selected_async (f.page, file, gui_test_store_result_cb, &export_result);
  g_assert_true (sl_candidates_page_export_selected_finish (f.page, gui_test_wait_result (&export_result), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "Name,Emails,"));
  g_assert_nonnull (strstr (contents, name_at (&f, 1)));
  g_assert_null (strstr (contents, name_at (&f, 0)));

  /* Everyone: through the exporter of src/formats. */
  gtk_selection_model_select_all (selection);
  g_clear_pointer (&contents, g_free);
  g_clear_object (&export_result);
  sl_candidates_page_export_selected_async (f.page, file, gui_test_store_result_cb, &export_result);
  g_assert_true (sl_candidates_page_export_selected_finish (f.page, gui_test_wait_result (&export_result), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (strstr (contents, name_at (&f, i)));

  g_unlink (path);
  /* The result holds the store. */
  g_clear_object (&export_result);
  fixture_tear_down (&f);
}

static void
test_erase (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidateItem) item = NULL;
  g_autoptr (SlCandidate) erased = NULL;
  g_autofree char *id = NULL;
  GtkSelectionModel *selection;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  selection = sl_candidates_page_get_selection (f.page);
  item = g_list_model_get_item (sl_candidates_page_get_model (f.page), 1);
  id = g_strdup (sl_candidate_item_get_id (item));
  /* Nobody selected: no details pane, the list has the whole width. */
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (sl_candidates_page_get_details (f.page))));
  gtk_selection_model_select_item (selection, 1, TRUE);
  gui_test_flush_events ();
  /* One selected: the details pane shows them. */
  g_assert_cmpstr (sl_candidate_details_get_candidate_id (sl_candidates_page_get_details (f.page)), ==, id);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (sl_candidates_page_get_details (f.page))));

  g_assert_true (sl_candidates_page_erase_selected (f.page, &error));
  g_assert_no_error (error);
  gui_test_spin (50);

  erased = sl_store_get_candidate (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_candidate_get_erased (erased));
  g_assert_cmpuint (n_rows (&f), ==, 3);
  for (guint i = 0; i < n_rows (&f); i++)
    {
      g_autoptr (SlCandidateItem) other = g_list_model_get_item (sl_candidates_page_get_model (f.page), i);

      g_assert_cmpstr (sl_candidate_item_get_id (other), !=, id);
    }

  fixture_tear_down (&f);
}

static void
test_csv_import (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "people.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SlCsvImportDialog *dialog;
  SlImportResult *result;
  SlImportFailure *failure;
  const char *csv =
    "Full Name,E-mail,City\n"
    "Maria Garcia,maria@example.com,Madrid\n"
    "Broken Row,broken@example.com,Somewhere,extra,fields\n"
    "Kenji Sato,kenji@example.com,Osaka\n";

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  g_assert_true (g_file_set_contents (path, csv, -1, &error));

  dialog = sl_csv_import_dialog_new (f.store);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), f.window);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (sl_csv_import_dialog_get_page (dialog), ==, "choose");

  g_assert_true (sl_csv_import_dialog_load_file (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sl_csv_import_dialog_get_page (dialog), ==, "mapping");
  g_assert_cmpuint (sl_csv_import_dialog_get_n_columns (dialog), ==, 3);
  g_assert_cmpint (sl_csv_import_dialog_get_column (dialog, 0), ==, SL_CSV_FIELD_NAME);
  g_assert_cmpint (sl_csv_import_dialog_get_column (dialog, 1), ==, SL_CSV_FIELD_EMAIL);
  g_assert_cmpint (sl_csv_import_dialog_get_column (dialog, 2), ==, SL_CSV_FIELD_LOCATION);

  /* The person corrects a guess: the city is ignored. */
  sl_csv_import_dialog_set_column (dialog, 2, SL_CSV_FIELD_IGNORE);
  sl_csv_import_dialog_set_duplicates (dialog, SL_DUPLICATES_SKIP);
  sl_csv_import_dialog_start (dialog);
  g_assert_cmpstr (sl_csv_import_dialog_get_page (dialog), ==, "progress");

  GUI_TEST_WAIT_UNTIL (g_strcmp0 (sl_csv_import_dialog_get_page (dialog), "progress") != 0, 20);
  g_assert_cmpstr (sl_csv_import_dialog_get_page (dialog), ==, "done");

  result = sl_csv_import_dialog_get_result (dialog);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->imported, ==, 2);
  g_assert_cmpuint (result->failed, ==, 1);
  g_assert_cmpuint (result->failures->len, ==, 1);
  failure = g_ptr_array_index (result->failures, 0);
  g_assert_cmpuint (failure->line, ==, 3);
  g_assert_nonnull (failure->reason);
  g_assert_nonnull (gtk_widget_get_first_child (sl_csv_import_dialog_get_failures_list (dialog)));

  /* The area sees the import of the other connection. */
  gui_test_spin (600);
  g_assert_cmpuint (n_rows (&f), ==, 6);
  for (guint i = 0; i < n_rows (&f); i++)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (sl_candidates_page_get_model (f.page), i);

      if (g_strcmp0 (sl_candidate_item_get_name (item), "Kenji Sato") == 0)
        {
          g_autoptr (SlCandidate) kenji = sl_store_get_candidate (f.store, sl_candidate_item_get_id (item), &error);

          g_assert_no_error (error);
          g_assert_null (sl_candidate_get_location (kenji));
        }
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_test_flush_events ();
  g_assert_null (dialog);
  g_unlink (path);
  fixture_tear_down (&f);
}

static char *
add_posting (SlStore         *store,
             const char      *title,
             SlPostingStatus  status)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GError) error = NULL;

  sl_posting_set_title (posting, title);
  sl_posting_set_status (posting, status);
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  return g_strdup (sl_record_get_id (SL_RECORD (posting)));
}

/* A label of @widget's children whose text starts with @prefix, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), prefix))
      return child;
  return NULL;
}

/* The dialog puts the candidates into a posting chosen among the open ones
 * (none by default), and its preview shows a ragged row as failing, with
 * the reason, and counts it. */
static void
test_csv_import_posting_and_preview (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "people-posting.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *open_id = NULL;
  g_autofree char *closed_id = NULL;
  g_autofree char *check = NULL;
  SlCsvImportDialog *dialog;
  SlImportResult *result;
  GtkWidget *label;
  guint count = 0;
  const char *csv =
    "Name,Email\n"
    "Lena Berg,lena@example.com\n"
    "Broken Row,broken@example.com,extra\n"
    "Open Quote,\"open@example.com\n"
    "Omar Haddad,omar@example.com\n";

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  open_id = add_posting (f.store, "Data Engineer", SL_POSTING_STATUS_OPEN);
  closed_id = add_posting (f.store, "Old Job", SL_POSTING_STATUS_CLOSED);
  g_assert_true (g_file_set_contents (path, csv, -1, &error));

  dialog = sl_csv_import_dialog_new (f.store);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), f.window);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (sl_csv_import_dialog_load_file (dialog, file, &error));
  g_assert_no_error (error);

  /* The preview: the ragged row and the one the reader refuses show their
   * reasons and are counted; the rows after them are there. */
  g_assert_cmpuint (sl_csv_import_dialog_get_n_preview_failures (dialog), ==, 2);
  label = find_label (sl_csv_import_dialog_get_preview (dialog), "Line 3 will not be imported: ");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "The row has 3 fields. The header has 2 columns"));
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_nonnull (find_label (sl_csv_import_dialog_get_preview (dialog), "Line 4 will not be imported: The quoted field"));
  g_assert_nonnull (find_label (sl_csv_import_dialog_get_preview (dialog), "Omar Haddad"));
  g_assert_null (find_label (sl_csv_import_dialog_get_preview (dialog), "Line 2 "));

  /* The posting choice: none by default, open postings only, named for assistive technologies. */
  g_assert_null (sl_csv_import_dialog_get_posting (dialog));
  g_assert_true (ADW_IS_COMBO_ROW (sl_csv_import_dialog_get_posting_row (dialog)));
  check = gtk_test_accessible_check_property (GTK_ACCESSIBLE (sl_csv_import_dialog_get_posting_row (dialog)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Posting to add the imported candidates to");
  g_assert_null (check);
  g_assert_true (gtk_widget_get_focusable (sl_csv_import_dialog_get_posting_row (dialog)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (sl_csv_import_dialog_get_posting_row (dialog)))), ==, 2);
  g_assert_false (sl_csv_import_dialog_set_posting (dialog, closed_id));
  g_assert_true (sl_csv_import_dialog_set_posting (dialog, open_id));
  g_assert_cmpstr (sl_csv_import_dialog_get_posting (dialog), ==, open_id);

  sl_csv_import_dialog_start (dialog);
  GUI_TEST_WAIT_UNTIL (g_strcmp0 (sl_csv_import_dialog_get_page (dialog), "progress") != 0, 20);
  g_assert_cmpstr (sl_csv_import_dialog_get_page (dialog), ==, "done");
  result = sl_csv_import_dialog_get_result (dialog);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->imported, ==, 2);
  g_assert_cmpuint (result->failed, ==, 2);
  g_assert_cmpuint (((SlImportFailure *) g_ptr_array_index (result->failures, 0))->line, ==, 3);
  g_assert_cmpuint (((SlImportFailure *) g_ptr_array_index (result->failures, 1))->line, ==, 4);

  /* Both imported candidates applied to the posting, in the database. */
  g_assert_true (sl_store_count_active_applications (f.store, open_id, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (sl_store_count_active_applications (f.store, closed_id, &count, &error));
  g_assert_cmpuint (count, ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_test_flush_events ();
  g_assert_null (dialog);
  g_unlink (path);
  fixture_tear_down (&f);
}

static void
test_retention_row (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GSettings) settings = NULL;
  GtkWidget *group;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("retention.db", &path);
  settings = g_settings_new (BASE_APP_ID);
  g_assert_cmpint (g_settings_get_int (settings, "retention-months"), ==, 0);

  group = g_object_ref_sink (sl_retention_row_new (store, settings));
  g_assert_true (ADW_IS_PREFERENCES_GROUP (group));
  g_assert_true (SL_IS_RETENTION_ROW (group));
  g_settings_set_int (settings, "retention-months", 24);
  g_assert_finalize_object (group);
}

/* "Erase Now…" counts on a worker thread, then asks; nothing goes without
 * "Erase". */
static void
test_retention_erase_now (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GPtrArray) expired = NULL;
  g_autoptr (SlCandidate) old = sl_candidate_new ();
  GtkWindow *window;
  GtkWidget *row;
  GtkWidget *button;
  AdwMessageDialog *dialog;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("erase-now.db", &path);
  sl_candidate_set_name (old, "Expired Person");
  sl_candidate_set_retain_until (old, "2001-01-01");
  g_assert_true (sl_store_save_candidate (store, old, &error));
  g_assert_no_error (error);
  settings = g_settings_new (BASE_APP_ID);
  g_settings_set_int (settings, "retention-months", 24);

  window = GTK_WINDOW (gtk_window_new ());
  row = sl_retention_row_new (store, settings);
  gtk_window_set_child (window, row);
  gtk_window_present (window);
  {
    g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

    /* Not the spin button's own. */
    gui_test_collect (row, GTK_TYPE_BUTTON, buttons);
    button = NULL;
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Erase Now…") == 0)
        button = buttons->pdata[i];
  }
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  dialog = wait_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase Expired Person?");
  adw_message_dialog_response (dialog, "cancel");
  gui_test_flush_events ();
  expired = sl_store_list_expired (store, 24, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 1);

  g_settings_reset (settings, "retention-months");
  gui_test_destroy_window (window, row);
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* A new sort order shows the top of the list: the list view would keep
 * its top row in place, wherever the sort took it. */
static void
test_sort_shows_top (void)
{
  Fixture f = { 0 };
  GtkColumnView *view;
  g_autoptr (GtkColumnViewColumn) location = NULL;
  GtkSortListModel *sorted;
  GtkAdjustment *vadjustment;

  if (gui_test_skip_without_display ())
    return;

  f.store = gui_test_open_store ("sort.db", &f.path);
  /* By name the first ones are last by location. */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u", i);
      g_autofree char *city = g_strdup_printf ("City %03u", 200 - i);

      g_free (add_candidate (f.store, name, NULL, city));
    }
  show_page (&f, 1000, 500);

  view = sl_candidates_page_get_column_view (f.page);
  sorted = GTK_SORT_LIST_MODEL (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (gtk_column_view_get_model (view))));
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  location = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (location), ==, "Location");

  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  gtk_column_view_sort_by_column (view, location, GTK_SORT_ASCENDING);
  GUI_TEST_WAIT_UNTIL (gtk_sort_list_model_get_pending (sorted) == 0, 10);
  gui_test_spin (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  {
    g_autoptr (SlCandidateItem) first = g_list_model_get_item (G_LIST_MODEL (sorted), 0);
    g_autofree char *first_city = NULL;

    g_object_get (first, "location", &first_city, NULL);
    g_assert_cmpstr (first_city, ==, "City 001");
  }

  fixture_tear_down (&f);
}

/* The list view inside a column view. */
static GtkWidget *
list_view_of (GtkColumnView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  g_assert_not_reached ();
}

/* Another query shows its best matches from the top, and the focus stays in
 * the search entry while the person types. */
static void
test_search_shows_top (void)
{
  Fixture f = { 0 };
  GtkColumnView *view;
  GtkAdjustment *vadjustment;
  GtkWidget *entry;

  if (gui_test_skip_without_display ())
    return;

  f.store = gui_test_open_store ("search-top.db", &f.path);
  /* 350 in all, so that the list shows when the first search is done. */
  for (guint i = 0; i < 350; i++)
    {
      g_autofree char *name = i < 300 ? g_strdup_printf ("Person %03u", i) : g_strdup_printf ("Someone %03u", i);

      g_free (add_candidate (f.store, name, NULL, NULL));
    }
  show_page (&f, 1000, 500);
  g_assert_cmpuint (n_rows (&f), ==, 350);

  view = sl_candidates_page_get_column_view (f.page);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gui_test_find_of_type (GTK_WIDGET (f.page), GTK_TYPE_SEARCH_BAR)), TRUE);
  entry = gui_test_find_of_type (GTK_WIDGET (f.page), GTK_TYPE_SEARCH_ENTRY);
  gtk_widget_grab_focus (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "person");
  GUI_TEST_WAIT_UNTIL (n_rows (&f) == 300, 10);
  /* Down to the last match, once the list has laid them out. */
  GUI_TEST_WAIT_UNTIL (gtk_adjustment_get_upper (vadjustment) > 3 * gtk_adjustment_get_page_size (vadjustment), 10);
  gtk_widget_activate_action (list_view_of (view), "list.scroll-to-item", "u", 299);
  GUI_TEST_WAIT_UNTIL (gtk_adjustment_get_value (vadjustment) > 0, 10);
  gui_test_spin (100);

  gtk_editable_set_text (GTK_EDITABLE (entry), "person 1");
  GUI_TEST_WAIT_UNTIL (n_rows (&f) == 100, 10);
  gui_test_spin (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f.window)), entry));

  fixture_tear_down (&f);
}

/* At phone width (360 px) the page folds: the list, then one person's
 * details with a back button; it never asks for a wider window. */
static void
dump_wide (GtkWidget *widget, int depth)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > 300)
    g_test_message ("%*s%s: minimum width %d", depth, "", G_OBJECT_TYPE_NAME (widget), minimum);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    dump_wide (c, depth + 1);
}

static void
test_narrow (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  AdwLeaflet *leaflet;
  GtkWidget *child;
  int minimum, natural;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = add_candidate (f.store, "Narrow Person", "narrow@example.com", "Oslo");
  gui_test_spin (100);
  leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (f.page), SL_TYPE_CANDIDATES_PAGE, "leaflet"));
  g_assert_nonnull (leaflet);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (leaflet)); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      g_test_message ("%s: minimum %d, natural %d", G_OBJECT_TYPE_NAME (child), minimum, natural);
      if (minimum > 360)
        dump_wide (child, 0);
      g_assert_cmpint (minimum, <=, 360);
    }
  gtk_widget_measure (GTK_WIDGET (f.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  /* With a selection too: its action bar fits. */
  gtk_selection_model_select_all (sl_candidates_page_get_selection (f.page));
  gui_test_spin (300);
  gtk_widget_measure (GTK_WIDGET (f.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  if (minimum > 360)
    dump_wide (GTK_WIDGET (f.page), 0);
  g_assert_cmpint (minimum, <=, 360);
  gtk_selection_model_unselect_all (sl_candidates_page_get_selection (f.page));

  /* Wide: side by side. */
  g_assert_false (adw_leaflet_get_folded (leaflet));

  /* Narrow, nobody open: the list alone (the details pane is hidden). */
  gtk_window_set_default_size (f.window, 360, 700);
  gui_test_spin (300);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (sl_candidates_page_get_details (f.page))));

  /* Opening someone shows their details, folded; back shows the list again. */
  sl_candidates_page_show_candidate (f.page, id);
  gui_test_spin (300);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "details");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (sl_candidates_page_get_details (f.page))));
  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* Enter on a row (the column view's activate) opens it too. */
  g_signal_emit_by_name (sl_candidates_page_get_column_view (f.page), "activate", 0);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "details");

  fixture_tear_down (&f);
}

/* sl_candidates_page_show_candidate() before the list has loaded: the
 * person is selected once it has. */
static void
test_show_before_load (void)
{
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GPtrArray) selected = NULL;
  SlCandidatesPage *page;
  GtkWindow *window;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("show.db", &path);
  g_free (add_candidate (store, "First Person", NULL, NULL));
  id = add_candidate (store, "Second Person", NULL, NULL);

  page = SL_CANDIDATES_PAGE (sl_candidates_page_new (store));
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, GTK_WIDGET (page));
  g_assert_false (sl_candidates_page_get_loaded (page));
  sl_candidates_page_show_candidate (page, id);
  gtk_window_present (window);

  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gui_test_spin (50);

  {
    g_autoptr (GtkBitset) bits = gtk_selection_model_get_selection (sl_candidates_page_get_selection (page));
    g_autoptr (SlCandidateItem) item = NULL;

    g_assert_cmpuint (gtk_bitset_get_size (bits), ==, 1);
    item = g_list_model_get_item (sl_candidates_page_get_model (page), gtk_bitset_get_minimum (bits));
    g_assert_cmpstr (sl_candidate_item_get_id (item), ==, id);
  }

  gtk_window_destroy (window);
  gui_test_flush_events ();
}

/* The Preferences window has the retention group on its Privacy page
 * when it has a database, and no Privacy page without one. */
static void
test_preferences_privacy (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GSettings) settings = NULL;
  GtkWidget *preferences;
  GtkWidget *child;
  gboolean found_retention = FALSE;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("preferences.db", &path);
  settings = g_settings_new (BASE_APP_ID);

  preferences = sl_preferences_window_new (NULL, settings, store, path);
  child = GTK_WIDGET (gtk_widget_get_template_child (preferences, SL_TYPE_PREFERENCES_WINDOW, "privacy_page"));
  g_assert_true (ADW_IS_PREFERENCES_PAGE (child));
  g_assert_true (gtk_widget_get_visible (child));
  /* The page holds the retention group (an AdwPreferencesGroup titled so). */
  for (GtkWidget *w = child; w != NULL && !found_retention; )
    {
      if (ADW_IS_PREFERENCES_GROUP (w) &&
          g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w)), "Data Retention") == 0)
        found_retention = TRUE;
      /* Depth first. */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != child && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == child) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_true (found_retention);
  gtk_window_destroy (GTK_WINDOW (preferences));

  preferences = sl_preferences_window_new (NULL, settings, NULL, path);
  child = GTK_WIDGET (gtk_widget_get_template_child (preferences, SL_TYPE_PREFERENCES_WINDOW, "privacy_page"));
  g_assert_false (gtk_widget_get_visible (child));
  gtk_window_destroy (GTK_WINDOW (preferences));
  gui_test_flush_events ();
}


/* At startup, candidates past the retention period are counted after the
 * first frame and the user is asked; nothing goes without "Erase". */
static void
test_retention_startup (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GPtrArray) expired = NULL;
  g_autoptr (SlCandidate) old = sl_candidate_new ();
  GtkWindow *window;
  AdwMessageDialog *dialog;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("startup.db", &path);
  kept = add_candidate (store, "Kept Person", NULL, NULL);
  sl_candidate_set_name (old, "Expired Person");
  sl_candidate_set_retain_until (old, "2001-01-01");
  g_assert_true (sl_store_save_candidate (store, old, &error));
  g_assert_no_error (error);
  settings = g_settings_new (BASE_APP_ID);

  /* 0 months: no check at all. */
  g_settings_set_int (settings, "retention-months", 0);
  window = GTK_WINDOW (gtk_window_new ());
  sl_retention_check_at_startup (window, store, settings);
  gtk_window_present (window);
  gui_test_spin (300);
  g_assert_null (gui_test_find_message_dialog ());
  gtk_window_destroy (window);

  /* Not now: nothing is erased. */
  g_settings_set_int (settings, "retention-months", 24);
  window = GTK_WINDOW (gtk_window_new ());
  sl_retention_check_at_startup (window, store, settings);
  gtk_window_present (window);
  dialog = wait_message_dialog ();
  /* One person is named, as the other erase confirmations do. */
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase Expired Person?");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "Expired Person had no activity for more than 24 months"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  /* Responding closes the dialog. */
  adw_message_dialog_response (dialog, "cancel");
  gui_test_spin (50);
  expired = sl_store_list_expired (store, 24, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 1);
  g_clear_pointer (&expired, g_ptr_array_unref);
  gtk_window_destroy (window);

  /* Erase: the expired person goes, the other stays. */
  window = GTK_WINDOW (gtk_window_new ());
  sl_retention_check_at_startup (window, store, settings);
  gtk_window_present (window);
  dialog = wait_message_dialog ();
  /* Responding closes the dialog. */
  adw_message_dialog_response (dialog, "erase");
  gui_test_spin (50);
  expired = sl_store_list_expired (store, 24, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 0);
  {
    g_autoptr (SlCandidate) still = sl_store_get_candidate (store, kept, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (sl_candidate_get_name (still), ==, "Kept Person");
  }
  gtk_window_destroy (window);
  gui_test_flush_events ();
}

/* win.show-candidate: the Candidates area, with that person selected and
 * in the details pane (the add-candidate dialog's "Open" uses it). */
static char *show_id;

static void
show_candidate_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlCandidatesPage *page;

  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "postings");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-candidate", "s", show_id);
  g_assert_cmpstr (sl_window_get_visible_area (window), ==, "candidates");
  page = sl_window_get_candidates_page (window);
  g_assert_nonnull (page);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gui_test_spin (50);
  g_assert_cmpstr (sl_candidate_details_get_candidate_id (sl_candidates_page_get_details (page)), ==, show_id);
  {
    g_autoptr (GtkBitset) bits = gtk_selection_model_get_selection (sl_candidates_page_get_selection (page));
    g_autoptr (SlCandidateItem) item = NULL;

    g_assert_cmpuint (gtk_bitset_get_size (bits), ==, 1);
    item = g_list_model_get_item (sl_candidates_page_get_model (page), gtk_bitset_get_minimum (bits));
    g_assert_cmpstr (sl_candidate_item_get_id (item), ==, show_id);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_show_candidate (void)
{
  g_autofree char *path = NULL;

  if (gui_test_skip_without_display ())
    return;

  {
    g_autoptr (SlStore) store = gui_test_open_store ("window.db", &path);

    g_free (add_candidate (store, "Someone Else", NULL, NULL));
    show_id = add_candidate (store, "Shown Person", NULL, NULL);
  }

  gui_test_run_app (path, show_candidate_body);
  g_clear_pointer (&show_id, g_free);
}

/* The row widget showing @position, and its first cell. */
static GtkWidget *
row_widget (Fixture *f,
            guint    position)
{
  GtkColumnView *view = sl_candidates_page_get_column_view (f->page);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_VIEW (child))
        continue;
      for (GtkWidget *row = gtk_widget_get_first_child (child); row != NULL; row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *cell = gtk_widget_get_first_child (row);
          GtkWidget *text = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;

          if (GTK_IS_INSCRIPTION (text) && gtk_widget_get_mapped (row) &&
              g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (text)), name_at (f, position)) == 0)
            return row;
        }
    }
  g_assert_not_reached ();
}

/* A click's release reaches the click gestures of the cell under the
 * pointer and of its row (GTK 4.8's list item widgets), each asking to
 * select with Ctrl as "modify": a Ctrl+click adds the row, once. */
static void
ctrl_click (Fixture *f,
            guint    position)
{
  GtkWidget *row = row_widget (f, position);

  gtk_widget_activate_action (gtk_widget_get_first_child (row), "listitem.select", "(bb)", TRUE, FALSE);
  gtk_widget_activate_action (row, "listitem.select", "(bb)", TRUE, FALSE);
  gui_test_flush_events ();
}

static void
test_ctrl_click (void)
{
  Fixture f = { 0 };
  GtkSelectionModel *selection;
  g_autoptr (GtkBitset) selected = NULL;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  selection = sl_candidates_page_get_selection (f.page);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gui_test_flush_events ();

  ctrl_click (&f, 2);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 2);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (gtk_selection_model_is_selected (selection, 2));

  /* And again takes it out. */
  ctrl_click (&f, 2);
  g_assert_false (gtk_selection_model_is_selected (selection, 2));
  g_assert_true (gtk_selection_model_is_selected (selection, 0));

  fixture_tear_down (&f);
}

static char *
item_string (SlCandidateItem *item,
             const char      *property)
{
  char *value = NULL;

  g_object_get (item, property, &value, NULL);
  return value;
}

static void
test_columns (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlApplication) application = sl_application_new ();
  g_autoptr (GPtrArray) stages = NULL;
  g_autofree char *id = NULL;
  GListModel *model;

  if (gui_test_skip_without_display ())
    return;

  f.store = gui_test_open_store ("columns.db", &f.path);
  id = add_candidate (f.store, "Ada Stage", "ada@example.com", "Lagos");
  sl_posting_set_title (posting, "Welder");
  sl_store_save_posting (f.store, posting, &error);
  g_assert_no_error (error);
  stages = sl_store_list_stages (f.store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  sl_application_set_candidate_id (application, id);
  sl_application_set_posting_id (application, sl_record_get_id (SL_RECORD (posting)));
  sl_application_set_stage_id (application, sl_record_get_id (g_ptr_array_index (stages, 1)));
  sl_application_set_status (application, SL_APPLICATION_STATUS_REJECTED);
  sl_store_save_application (f.store, application, &error);
  g_assert_no_error (error);

  /* A list narrower than its columns scrolls sideways instead of cutting them. */
  show_page (&f, 500, 600);
  model = sl_candidates_page_get_model (f.page);
  {
    g_autoptr (SlCandidateItem) item = g_list_model_get_item (model, 0);
    g_autofree char *stage = item_string (item, "stages");
    g_autofree char *status = item_string (item, "status");
    g_autofree char *when = item_string (item, "last-activity-text");
    g_autofree char *postings = item_string (item, "postings");

    g_assert_cmpstr (postings, ==, "Welder");
    g_assert_cmpstr (stage, ==, sl_stage_get_name (g_ptr_array_index (stages, 1)));
    g_assert_cmpstr (status, ==, "Rejected");
    /* "2026-12-07 14:05": the day and the time. */
    g_assert_cmpuint (strlen (when), ==, 16);
    g_assert_nonnull (strchr (when, ':'));
  }

  {
    GtkColumnView *view = sl_candidates_page_get_column_view (f.page);
    GtkWidget *scrolled = gtk_widget_get_parent (GTK_WIDGET (view));
    GtkAdjustment *hadjustment;
    GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (view));
    PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (view));
    PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
    int char_width = PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics));
    GtkWidget *last = gtk_widget_get_last_child (header);

    while (GTK_IS_VIEWPORT (scrolled) || !GTK_IS_SCROLLED_WINDOW (scrolled))
      scrolled = gtk_widget_get_parent (scrolled);
    hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
    GUI_TEST_WAIT_UNTIL (gtk_adjustment_get_page_size (hadjustment) > 0 && gtk_widget_get_width (last) > 0, 10);
    g_test_message ("list %d px, columns %.0f px, last column %d px, a character %d px",
                    gtk_widget_get_width (scrolled), gtk_adjustment_get_upper (hadjustment),
                    gtk_widget_get_width (last), char_width);
    g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), >, gtk_adjustment_get_page_size (hadjustment));
    /* The whole day and time fit in the Last Activity column. */
    g_assert_cmpint (gtk_widget_get_width (last), >=, 16 * char_width);
    pango_font_metrics_unref (metrics);
  }

  fixture_tear_down (&f);
}

static void
test_sort_kept (void)
{
  Fixture f = { 0 };
  g_autoptr (GSettings) settings = g_settings_new (BASE_APP_ID);

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  gtk_column_view_sort_by_column (sl_candidates_page_get_column_view (f.page), column (&f, 2), GTK_SORT_DESCENDING);
  gui_test_spin (100);
  g_assert_cmpstr (name_at (&f, 0), ==, "Chen Wei");
  {
    g_autofree char *key = g_settings_get_string (settings, "candidates-sort-column");

    g_assert_cmpstr (key, ==, "location");
    g_assert_true (g_settings_get_boolean (settings, "candidates-sort-descending"));
  }
  gui_test_destroy_window (f.window, f.page);

  /* The next start: the same order. */
  show_page (&f, 1200, 800);
  gui_test_spin (100);
  g_assert_cmpstr (name_at (&f, 0), ==, "Chen Wei");
  g_assert_cmpstr (name_at (&f, 3), ==, "Zoë Adams");

  gtk_column_view_sort_by_column (sl_candidates_page_get_column_view (f.page), column (&f, 0), GTK_SORT_ASCENDING);
  gui_test_spin (100);
  {
    g_autofree char *key = g_settings_get_string (settings, "candidates-sort-column");

    g_assert_cmpstr (key, ==, "name");
    g_assert_false (g_settings_get_boolean (settings, "candidates-sort-descending"));
  }
  fixture_tear_down (&f);
}

static const char *
count_text (Fixture *f)
{
  return sl_candidates_page_get_count_text (f->page);
}

/* More matches than a search ranks (1000): the count is the true one, and
 * scrolling reaches every match. */
static void
test_search_all_matches (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GtkAdjustment *vadjustment;

  if (gui_test_skip_without_display ())
    return;

  f.store = gui_test_open_store ("many.db", &f.path);
  g_assert_true (sl_store_begin (f.store, &error));
  for (guint i = 0; i < 3836; i++)
    {
      g_autofree char *name = g_strdup_printf ("Matching Person%04u", i);

      g_free (add_candidate (f.store, name, NULL, NULL));
    }
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Other Someone%02u", i);

      g_free (add_candidate (f.store, name, NULL, NULL));
    }
  g_assert_true (sl_store_commit (f.store, &error));
  show_page (&f, 1000, 600);
  g_assert_cmpstr (count_text (&f), ==, "3856 candidates");

  sl_candidates_page_set_search (f.page, "matching");
  g_assert_cmpuint (n_rows (&f), ==, 1000);
  GUI_TEST_WAIT_UNTIL (g_strcmp0 (count_text (&f), "3836 of 3856 candidates") == 0, 10);
  /* The next ones are there before the end is reached... */
  g_assert_cmpuint (n_rows (&f), >, 1000);
  g_assert_cmpuint (n_rows (&f), <, 3836);
  /* ...and the rest as it is scrolled to. */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sl_candidates_page_get_column_view (f.page)));
  for (guint i = 0; i < 10 && n_rows (&f) < 3836; i++)
    {
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
      gui_test_spin (50);
    }
  g_assert_cmpuint (n_rows (&f), ==, 3836);
  g_assert_cmpstr (count_text (&f), ==, "3836 of 3856 candidates");
  for (guint i = 0; i < n_rows (&f); i++)
    {
      const char *name = name_at (&f, i);

      g_assert_true (g_str_has_prefix (name, "Matching "));
      g_assert_false (g_hash_table_contains (names, name));
      g_hash_table_add (names, (gpointer) name);
    }

  /* Fewer than a page: counted at once. */
  sl_candidates_page_set_search (f.page, "someone");
  g_assert_cmpuint (n_rows (&f), ==, 20);
  g_assert_cmpstr (count_text (&f), ==, "20 of 3856 candidates");
  /* A count that came late for a search typed over is not shown. */
  sl_candidates_page_set_search (f.page, "matching");
  sl_candidates_page_set_search (f.page, "other");
  gui_test_spin (300);
  g_assert_cmpuint (n_rows (&f), ==, 20);
  g_assert_cmpstr (count_text (&f), ==, "20 of 3856 candidates");

  /* A sorted search sorts every match. */
  sl_candidates_page_set_search (f.page, "matching");
  GUI_TEST_WAIT_UNTIL (g_strcmp0 (count_text (&f), "3836 of 3856 candidates") == 0, 10);
  gtk_column_view_sort_by_column (sl_candidates_page_get_column_view (f.page), column (&f, 0), GTK_SORT_DESCENDING);
  GUI_TEST_WAIT_UNTIL (n_rows (&f) == 3836, 10);
  gui_test_spin (200);
  g_assert_cmpstr (name_at (&f, 0), ==, "Matching Person3835");

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/candidates/list-sort-search", test_list_sort_search);
  g_test_add_func ("/gui/candidates/bulk-add-tag", test_bulk_add_tag);
  g_test_add_func ("/gui/candidates/export-selected", test_export_selected);
  g_test_add_func ("/gui/candidates/erase", test_erase);
  g_test_add_func ("/gui/candidates/csv-import", test_csv_import);
  g_test_add_func ("/gui/candidates/csv-import-posting-and-preview", test_csv_import_posting_and_preview);
  g_test_add_func ("/gui/candidates/retention-row", test_retention_row);
  g_test_add_func ("/gui/candidates/retention-erase-now", test_retention_erase_now);
  g_test_add_func ("/gui/candidates/narrow", test_narrow);
  g_test_add_func ("/gui/candidates/sort-shows-top", test_sort_shows_top);
  g_test_add_func ("/gui/candidates/search-shows-top", test_search_shows_top);
  g_test_add_func ("/gui/candidates/window-show-candidate", test_window_show_candidate);
  g_test_add_func ("/gui/candidates/preferences-privacy", test_preferences_privacy);
  g_test_add_func ("/gui/candidates/retention-startup", test_retention_startup);
  g_test_add_func ("/gui/candidates/show-before-load", test_show_before_load);
  g_test_add_func ("/gui/candidates/ctrl-click", test_ctrl_click);
  g_test_add_func ("/gui/candidates/columns", test_columns);
  g_test_add_func ("/gui/candidates/sort-kept", test_sort_kept);
  g_test_add_func ("/gui/candidates/search-all-matches", test_search_all_matches);

  return g_test_run ();
}
