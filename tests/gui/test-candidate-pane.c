/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Candidates area says and how it holds still: status changes in the timeline, the erased candidate's one spelling, the erase confirmation's heading, the details pane's width. */
#include "config.h"

#include <string.h>

#include "gui-test-utils.h"

#include "sl-candidate-details.h"
#include "sl-candidate-item.h"
#include "sl-candidates-page.h"

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
               const char *email)
{
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_emails (candidate, (const char * const[]) { email, NULL });
  sl_candidate_set_headline (candidate, "Backend engineer");
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);

  return g_strdup (sl_record_get_id (SL_RECORD (candidate)));
}

static void
fixture_set_up (Fixture *f,
                int      width)
{
  f->store = gui_test_open_store ("pane.db", &f->path);
  g_free (add_candidate (f->store, "Ada Lovelace", "ada@example.com"));
  g_free (add_candidate (f->store, "Grace Hopper", "grace@example.com"));
  g_free (add_candidate (f->store, "Katherine Johnson", "katherine@example.com"));

  f->page = SL_CANDIDATES_PAGE (sl_candidates_page_new (f->store));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (f->page), 10);
  gui_test_flush_events ();
}

static void
fixture_tear_down (Fixture *f)
{
  gui_test_tear_down (f->window, f->page, &f->store, &f->path);
}

static guint
position_of (Fixture    *f,
             const char *name)
{
  GListModel *model = sl_candidates_page_get_model (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (SlCandidateItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (sl_candidate_item_get_name (item), name) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static gboolean
activity_contains (SlCandidateDetails *details,
                   const char         *text)
{
  GtkWidget *list = sl_candidate_details_get_field_widget (details, "activity");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_PREFERENCES_ROW (row))
        continue;
      g_test_message ("activity: %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The timeline says what the status became, in the status's own words. */
static void
test_status_change (void)
{
  Fixture f = { 0 };
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlApplication) application = sl_application_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  SlCandidateDetails *details;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f, 1200);
  sl_posting_set_title (posting, "Backend Engineer");
  g_assert_true (sl_store_save_posting (f.store, posting, &error));
  g_assert_no_error (error);
  id = add_candidate (f.store, "Chen Wei", "chen@example.com");
  sl_application_set_candidate_id (application, id);
  sl_application_set_posting_id (application, sl_record_get_id (SL_RECORD (posting)));
  g_assert_true (sl_store_save_application (f.store, application, &error));
  g_assert_no_error (error);
  sl_application_set_status (application, SL_APPLICATION_STATUS_REJECTED);
  g_assert_true (sl_store_save_application (f.store, application, &error));
  g_assert_no_error (error);

  details = sl_candidates_page_get_details (f.page);
  sl_candidate_details_set_candidate_id (details, id);
  gui_test_spin (50);
  g_assert_true (activity_contains (details, "Changed the status from “Active” to “Rejected” (Backend Engineer)"));

  fixture_tear_down (&f);
}

/* An erased candidate is "Erased candidate" in the header and the name field. */
static void
test_erased_spelling (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  SlCandidateDetails *details;
  GtkLabel *title;
  GtkWidget *name;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f, 1200);
  gtk_selection_model_select_item (sl_candidates_page_get_selection (f.page), position_of (&f, "Grace Hopper"), TRUE);
  gui_test_flush_events ();
  g_assert_true (sl_candidates_page_erase_selected (f.page, &error));
  g_assert_no_error (error);
  gui_test_spin (50);

  details = sl_candidates_page_get_details (f.page);
  title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (details), SL_TYPE_CANDIDATE_DETAILS, "title_label"));
  name = sl_candidate_details_get_field_widget (details, "name");
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Erased candidate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Erased candidate");

  fixture_tear_down (&f);
}

static char *
erase_heading (Fixture *f)
{
  AdwMessageDialog *dialog;
  char *heading;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "candidates.erase", NULL));
  GUI_TEST_WAIT_UNTIL ((dialog = gui_test_find_message_dialog ()) != NULL, 5);
  heading = g_strdup (adw_message_dialog_get_heading (dialog));
  g_test_message ("%s — %s", heading, adw_message_dialog_get_body (dialog));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_test_flush_events ();

  return heading;
}

/* The confirmation names the one person it erases; several are counted. */
static void
test_erase_heading (void)
{
  Fixture f = { 0 };
  GtkSelectionModel *selection;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f, 1200);
  selection = sl_candidates_page_get_selection (f.page);
  gtk_selection_model_select_item (selection, position_of (&f, "Ada Lovelace"), TRUE);
  gui_test_flush_events ();
  one = erase_heading (&f);
  g_assert_cmpstr (one, ==, "Erase Ada Lovelace?");

  gtk_selection_model_select_item (selection, position_of (&f, "Grace Hopper"), FALSE);
  gui_test_flush_events ();
  two = erase_heading (&f);
  g_assert_cmpstr (two, ==, "Erase 2 Candidates?");

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/candidate-pane/status-change", test_status_change);
  g_test_add_func ("/gui/candidate-pane/erased-spelling", test_erased_spelling);
  g_test_add_func ("/gui/candidate-pane/erase-heading", test_erase_heading);

  return g_test_run ();
}
