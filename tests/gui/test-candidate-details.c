/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The candidate details pane and the Add Candidate dialog: autosave, résumés, the activity timeline, the duplicate warning. */
#include "config.h"

#include <glib/gstdio.h>

#include "gui-test-utils.h"

#include "sl-candidate-details.h"
#include "sl-add-candidate-dialog.h"

typedef struct
{
  char               *path;
  SlStore            *store;
  GtkWindow          *window;
  SlCandidateDetails *details;
} Fixture;

static void
fixture_set_up (Fixture *f)
{
  f->store = gui_test_open_store ("details.db", &f->path);

  f->details = SL_CANDIDATE_DETAILS (sl_candidate_details_new (f->store));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 900);
  gtk_window_set_child (f->window, GTK_WIDGET (f->details));
  gtk_window_present (f->window);
  gui_test_flush_events ();
}

static void
fixture_tear_down (Fixture *f)
{
  gui_test_tear_down (f->window, f->details, &f->store, &f->path);
}

static char *
add_candidate (SlStore    *store,
               const char *name,
               const char *email)
{
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  if (email != NULL)
    sl_candidate_set_emails (candidate, (const char * const[]) { email, NULL });
  sl_store_save_candidate (store, candidate, &error);
  g_assert_no_error (error);

  return g_strdup (sl_record_get_id (SL_RECORD (candidate)));
}

static void
wait_for_save (Fixture *f)
{
  GUI_TEST_WAIT_UNTIL (!sl_candidate_details_get_save_pending (f->details), 5);
  gui_test_flush_events ();
}

/* The titles of the rows of one of the pane's lists. */
static GPtrArray *
list_titles (Fixture    *f,
             const char *list_name)
{
  GtkWidget *list = sl_candidate_details_get_field_widget (f->details, list_name);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (GTK_IS_LIST_BOX (list));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_PREFERENCES_ROW (row))
        g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
    }

  return titles;
}

static gboolean
titles_contain (GPtrArray  *titles,
                const char *text)
{
  for (guint i = 0; i < titles->len; i++)
    {
      if (strstr (g_ptr_array_index (titles, i), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_autosave (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlStore) other = NULL;
  g_autoptr (SlCandidate) saved = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *notes;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = add_candidate (f.store, "Ana Silva", "ana@example.com");
  sl_candidate_details_set_candidate_id (f.details, id);
  gui_test_flush_events ();

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (f.details, "name"))),
                   ==, "Ana Silva");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (f.details, "emails"))),
                   ==, "ana@example.com");

  gtk_editable_set_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (f.details, "name")), "Ana Sílva Costa");
  gtk_editable_set_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (f.details, "tags")), "rust, remote ,");
  gtk_editable_set_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (f.details, "emails")),
                         "ana@example.com, ana.costa@example.org");
  notes = sl_candidate_details_get_field_widget (f.details, "notes");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "Great systems design.", -1);
  g_assert_true (sl_candidate_details_get_save_pending (f.details));
  wait_for_save (&f);

  /* What another connection reads from the file. */
  other = sl_store_open (f.path, &error);
  g_assert_no_error (error);
  saved = sl_store_get_candidate (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_name (saved), ==, "Ana Sílva Costa");
  g_assert_cmpstrv (sl_candidate_get_tags (saved), ((const char * const[]) { "rust", "remote", NULL }));
  g_assert_cmpstrv (sl_candidate_get_emails (saved),
                    ((const char * const[]) { "ana@example.com", "ana.costa@example.org", NULL }));
  g_assert_cmpstr (sl_candidate_get_notes (saved), ==, "Great systems design.");

  /* A pending edit is saved when the pane shows someone else. */
  gtk_editable_set_text (GTK_EDITABLE (sl_candidate_details_get_field_widget (f.details, "location")), "Lisbon");
  sl_candidate_details_set_candidate_id (f.details, NULL);
  g_assert_false (sl_candidate_details_get_save_pending (f.details));
  g_clear_object (&saved);
  saved = sl_store_get_candidate (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_location (saved), ==, "Lisbon");

  g_clear_object (&other);
  fixture_tear_down (&f);
}

static void
test_attach_file (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *stored_content = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GPtrArray) attachments = NULL;
  g_autoptr (GPtrArray) titles = NULL;
  g_autoptr (GError) error = NULL;
  const char *content = "%PDF-1.4 a tiny résumé\n";
  SlAttachment *attachment;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = add_candidate (f.store, "Priya Raman", NULL);
  sl_candidate_details_set_candidate_id (f.details, id);
  gui_test_flush_events ();

  source_path = g_build_filename (g_get_tmp_dir (), "Priya Raman CV.pdf", NULL);
  g_assert_true (g_file_set_contents (source_path, content, -1, &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (source_path);

  g_assert_true (sl_candidate_details_attach_file (f.details, file, &error));
  g_assert_no_error (error);
  gui_test_flush_events ();

  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
  stored = g_build_filename (g_get_user_data_dir (), APP_ID, "attachments", sha, NULL);
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (stored, &stored_content, NULL, &error));
  g_assert_cmpstr (stored_content, ==, content);

  attachments = sl_store_list_attachments (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attachments->len, ==, 1);
  attachment = g_ptr_array_index (attachments, 0);
  g_assert_cmpstr (attachment->sha256, ==, sha);
  g_assert_cmpstr (attachment->file_name, ==, "Priya Raman CV.pdf");
  g_assert_cmpint (attachment->size, ==, strlen (content));

  titles = list_titles (&f, "attachments");
  g_assert_true (titles_contain (titles, "Priya Raman CV.pdf"));

  g_unlink (source_path);
  fixture_tear_down (&f);
}

static void
test_activity_stage_move (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlApplication) application = sl_application_new ();
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) titles = NULL;
  g_autoptr (GPtrArray) applications = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = NULL;
  SlStage *second;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = add_candidate (f.store, "Chen Wei", NULL);
  sl_posting_set_title (posting, "Backend Engineer");
  sl_store_save_posting (f.store, posting, &error);
  g_assert_no_error (error);
  stages = sl_store_list_stages (f.store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, >=, 2);
  second = g_ptr_array_index (stages, 1);

  sl_application_set_candidate_id (application, id);
  sl_application_set_posting_id (application, sl_record_get_id (SL_RECORD (posting)));
  sl_store_save_application (f.store, application, &error);
  g_assert_no_error (error);

  sl_candidate_details_set_candidate_id (f.details, id);
  gui_test_flush_events ();
  titles = list_titles (&f, "applications");
  g_assert_true (titles_contain (titles, "Backend Engineer"));
  g_clear_pointer (&titles, g_ptr_array_unref);

  /* The board moves the card: the pane follows the store. */
  sl_store_move_application (f.store, sl_record_get_id (SL_RECORD (application)),
                             sl_record_get_id (SL_RECORD (second)), -1, &error);
  g_assert_no_error (error);
  gui_test_spin (50);

  expected = g_strdup_printf ("to “%s”", sl_stage_get_name (second));
  titles = list_titles (&f, "activity");
  for (guint i = 0; i < titles->len; i++)
    g_test_message ("activity: %s", (char *) g_ptr_array_index (titles, i));
  g_assert_true (titles_contain (titles, expected));
  g_assert_true (titles_contain (titles, "Backend Engineer"));

  /* Rating an application from the pane saves it. */
  applications = sl_store_list_applications_for_candidate (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 1);

  fixture_tear_down (&f);
}

static void
store_id_cb (char       **out,
             const char  *id)
{
  g_free (*out);
  *out = g_strdup (id);
}

static void
test_duplicate_warning (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *existing = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GPtrArray) applications = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  SlAddCandidateDialog *dialog;
  char *added_id = NULL;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("duplicates.db", &path);
  existing = add_candidate (store, "Fatima Zahra", "Fatima.Zahra@Example.com");
  sl_posting_set_title (posting, "Designer");
  sl_store_save_posting (store, posting, &error);
  g_assert_no_error (error);

  dialog = sl_add_candidate_dialog_new (store, sl_record_get_id (SL_RECORD (posting)), NULL);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect_swapped (dialog, "candidate-added", G_CALLBACK (store_id_cb), &added_id);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_flush_events ();
  g_assert_false (sl_add_candidate_dialog_get_duplicate_shown (dialog));

  /* Another case and spaces around: still the same address. */
  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (dialog, "email")),
                         "  fatima.zahra@EXAMPLE.com ");
  /* The warning follows the typing after a short delay. */
  GUI_TEST_WAIT_UNTIL (sl_add_candidate_dialog_get_duplicate_shown (dialog), 10);
  g_assert_true (sl_add_candidate_dialog_get_duplicate_shown (dialog));
  g_assert_cmpstr (sl_add_candidate_dialog_get_duplicate_id (dialog), ==, existing);

  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (dialog, "email")), "someone.else@example.com");
  GUI_TEST_WAIT_UNTIL (!sl_add_candidate_dialog_get_duplicate_shown (dialog), 10);
  g_assert_false (sl_add_candidate_dialog_get_duplicate_shown (dialog));

  /* No name: refused inline. */
  g_assert_false (sl_add_candidate_dialog_add (dialog));
  g_assert_nonnull (dialog);

  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (dialog, "name")), "Someone Else");
  g_assert_true (sl_add_candidate_dialog_add (dialog));
  gui_test_flush_events ();
  g_assert_null (dialog);
  g_assert_nonnull (added_id);

  /* Added to the posting's first stage. */
  applications = sl_store_list_applications_for_candidate (store, added_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 1);
  stages = sl_store_list_stages (store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_application_get_stage_id (g_ptr_array_index (applications, 0)), ==,
                   sl_record_get_id (g_ptr_array_index (stages, 0)));

  g_free (added_id);
}

/* The name alone warns too; an email someone has already is not added
 * without asking. */
static void
test_duplicate_name_and_save (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *existing = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GPtrArray) found = NULL;
  SlAddCandidateDialog *dialog;
  AdwMessageDialog *question;
  char *added_id = NULL;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("duplicate-name.db", &path);
  existing = add_candidate (store, "Fatima Zahra", "fatima@example.com");
  g_free (add_candidate (store, "Fatima Zahrawi", "other@example.com"));

  dialog = sl_add_candidate_dialog_new (store, NULL, NULL);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect_swapped (dialog, "candidate-added", G_CALLBACK (store_id_cb), &added_id);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_flush_events ();

  /* Another case and spacing: the same name. */
  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (dialog, "name")), " fatima  ZAHRA");
  /* The warning follows the typing after a short delay. */
  GUI_TEST_WAIT_UNTIL (sl_add_candidate_dialog_get_duplicate_shown (dialog), 10);
  g_assert_true (sl_add_candidate_dialog_get_duplicate_shown (dialog));
  g_assert_cmpstr (sl_add_candidate_dialog_get_duplicate_id (dialog), ==, existing);
  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (dialog, "name")), "Fatima");
  GUI_TEST_WAIT_UNTIL (!sl_add_candidate_dialog_get_duplicate_shown (dialog), 10);
  g_assert_false (sl_add_candidate_dialog_get_duplicate_shown (dialog));

  /* Typed and added at once, before the warning's delay: still asked. */
  gtk_editable_set_text (GTK_EDITABLE (sl_add_candidate_dialog_get_row (dialog, "email")), "FATIMA@example.com");
  g_assert_false (sl_add_candidate_dialog_add (dialog));
  g_assert_true (sl_add_candidate_dialog_get_duplicate_shown (dialog));
  question = gui_test_find_message_dialog ();
  g_assert_nonnull (question);
  g_assert_nonnull (dialog);
  found = sl_store_find_duplicates (store, "fatima@example.com", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Cancel: nothing added, the dialog stays. */
  /* The question closes itself on answering. */
  adw_message_dialog_response (question, "cancel");
  gui_test_flush_events ();
  g_assert_nonnull (dialog);
  g_assert_null (added_id);

  /* Add Anyway: a second candidate with that email. */
  g_assert_false (sl_add_candidate_dialog_add (dialog));
  question = gui_test_find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "add");
  gui_test_flush_events ();
  g_assert_null (dialog);
  g_assert_nonnull (added_id);
  found = sl_store_find_duplicates (store, "fatima@example.com", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);

  g_free (added_id);
}

/* The Remove button of the résumé row titled @title. */
static GtkWidget *
remove_button (Fixture    *f,
               const char *title)
{
  GtkWidget *list = sl_candidate_details_get_field_widget (f->details, "attachments");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *widget = row;

      if (!ADW_IS_PREFERENCES_ROW (row) ||
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
        continue;
      /* Depth first through the row's widgets. */
      while (widget != NULL)
        {
          GtkWidget *next;

          if (GTK_IS_BUTTON (widget) &&
              g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "details.remove-attachment") == 0)
            return widget;
          next = gtk_widget_get_first_child (widget);
          while (next == NULL && widget != row)
            {
              next = gtk_widget_get_next_sibling (widget);
              if (next == NULL)
                widget = gtk_widget_get_parent (widget);
            }
          widget = next;
        }
    }
  return NULL;
}

static char *
attach_text (Fixture    *f,
             const char *candidate_id,
             const char *file_name,
             const char *content,
             char      **out_stored)
{
  g_autofree char *source_path = g_build_filename (g_get_tmp_dir (), file_name, NULL);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
  g_autoptr (GFile) file = g_file_new_for_path (source_path);
  g_autoptr (GPtrArray) attachments = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (source_path, content, -1, &error));
  g_assert_true (sl_candidate_details_attach_file (f->details, file, &error));
  g_assert_no_error (error);
  g_unlink (source_path);
  gui_test_flush_events ();
  *out_stored = g_build_filename (g_get_user_data_dir (), APP_ID, "attachments", sha, NULL);
  g_assert_true (g_file_test (*out_stored, G_FILE_TEST_IS_REGULAR));

  attachments = sl_store_list_attachments (f->store, candidate_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < attachments->len; i++)
    {
      SlAttachment *attachment = g_ptr_array_index (attachments, i);

      if (g_str_equal (attachment->file_name, file_name))
        return g_strdup (attachment->id);
    }
  g_assert_not_reached ();
}

static guint
n_attachments (Fixture    *f,
               const char *candidate_id)
{
  g_autoptr (GPtrArray) attachments = sl_store_list_attachments (f->store, candidate_id, NULL);

  return attachments->len;
}

/* The first descendant of @widget of type @type. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the pane's toast has slid all the way in, as a user sees it
 * before closing it: libadwaita 1.2 crashes when a toast shown while another
 * hid is dismissed while it still slides in (upstream 1674ebc9). */
static gboolean
toast_settled (Fixture *f)
{
  GtkWidget *overlay = find_descendant (GTK_WIDGET (f->details), ADW_TYPE_TOAST_OVERLAY);
  GType toast_widget_type = g_type_from_name ("AdwToastWidget");
  graphene_rect_t bounds;
  GtkBorder margin;

  g_assert_nonnull (overlay);
  g_assert_true (toast_widget_type != 0);
  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* A toast that is going can no longer be targeted. */
      if (!g_type_is_a (G_OBJECT_TYPE (child), toast_widget_type) ||
          !gtk_widget_get_can_target (child))
        continue;
      /* In place, its bottom margin touches the overlay's bottom. */
      gtk_style_context_get_margin (gtk_widget_get_style_context (child), &margin);
      if (!gtk_widget_compute_bounds (child, overlay, &bounds))
        return FALSE;
      return bounds.origin.y + bounds.size.height + margin.bottom <=
             gtk_widget_get_height (overlay) + 0.5f;
    }
  return FALSE;
}

/* A résumé is removed by its row's button, with Undo in a toast; its file
 * goes once the toast has gone (or the pane). */
static void
test_remove_attachment (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *cv_id = NULL;
  g_autofree char *cv_stored = NULL;
  g_autofree char *letter_id = NULL;
  g_autofree char *letter_stored = NULL;
  g_autoptr (GPtrArray) titles = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *button;
  AdwToast *toast;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = add_candidate (f.store, "Omar Haddad", NULL);
  sl_candidate_details_set_candidate_id (f.details, id);
  gui_test_flush_events ();
  cv_id = attach_text (&f, id, "Omar CV.pdf", "%PDF-1.4 Omar's résumé\n", &cv_stored);

  button = remove_button (&f, "Omar CV.pdf");
  g_assert_nonnull (button);
  /* A button clicks a moment after it is activated. */
  g_assert_true (gtk_widget_activate (button));
  GUI_TEST_WAIT_UNTIL (n_attachments (&f, id) == 0, 5);
  gui_test_flush_events ();
  titles = list_titles (&f, "attachments");
  g_assert_false (titles_contain (titles, "Omar CV.pdf"));
  g_clear_pointer (&titles, g_ptr_array_unref);
  g_assert_cmpuint (n_attachments (&f, id), ==, 0);
  /* Still undoable: the file stays. */
  g_assert_true (g_file_test (cv_stored, G_FILE_TEST_IS_REGULAR));

  /* The toast's Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.details), "details.undo-remove-attachment", "s", cv_id));
  gui_test_flush_events ();
  g_assert_cmpuint (n_attachments (&f, id), ==, 1);
  titles = list_titles (&f, "attachments");
  g_assert_true (titles_contain (titles, "Omar CV.pdf"));
  g_clear_pointer (&titles, g_ptr_array_unref);
  g_assert_true (g_file_test (cv_stored, G_FILE_TEST_IS_REGULAR));

  /* Removed again, and the toast goes without Undo: so does the file. */
  toast = sl_candidate_details_remove_attachment (f.details, cv_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (toast);
  GUI_TEST_WAIT_UNTIL (toast_settled (&f), 5);
  adw_toast_dismiss (toast);
  gui_test_flush_events ();
  g_assert_false (g_file_test (cv_stored, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_attachments (&f, id), ==, 0);
  /* Undo came too late: said so, nothing back. */
  gtk_widget_activate_action (GTK_WIDGET (f.details), "details.undo-remove-attachment", "s", cv_id);
  gui_test_flush_events ();
  g_assert_cmpuint (n_attachments (&f, id), ==, 0);

  /* Removed while the window closes: the file goes too. */
  letter_id = attach_text (&f, id, "Omar letter.pdf", "%PDF-1.4 a cover letter\n", &letter_stored);
  g_assert_nonnull (sl_candidate_details_remove_attachment (f.details, letter_id, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (letter_stored, G_FILE_TEST_IS_REGULAR));
  fixture_tear_down (&f);
  g_assert_false (g_file_test (letter_stored, G_FILE_TEST_EXISTS));
}

/* The header follows the candidate through its template bindings: the
 * name as it is typed (the avatar's initials too), "Unnamed Candidate"
 * for an empty one, the headline only when there is one, and the next
 * candidate when another is chosen. */
static void
test_header (void)
{
  Fixture f = { 0 };
  g_autofree char *ana = NULL;
  g_autofree char *bo = NULL;
  GtkLabel *title;
  AdwAvatar *avatar;
  GtkWidget *name_row, *headline_row, *subtitle;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  ana = add_candidate (f.store, "Ana Silva", NULL);
  bo = add_candidate (f.store, "Bo Chen", NULL);
  sl_candidate_details_set_candidate_id (f.details, ana);
  gui_test_flush_events ();

  title = gui_test_template_child (f.details, SL_TYPE_CANDIDATE_DETAILS, "title_label");
  avatar = ADW_AVATAR (gui_test_find_of_type (GTK_WIDGET (f.details), ADW_TYPE_AVATAR));
  subtitle = gtk_widget_get_next_sibling (GTK_WIDGET (title));
  g_assert_true (GTK_IS_LABEL (subtitle));
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Ana Silva");
  g_assert_cmpstr (adw_avatar_get_text (avatar), ==, "Ana Silva");
  g_assert_false (gtk_widget_get_visible (subtitle));

  name_row = sl_candidate_details_get_field_widget (f.details, "name");
  headline_row = sl_candidate_details_get_field_widget (f.details, "headline");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Ana Souza");
  gtk_editable_set_text (GTK_EDITABLE (headline_row), "Data Engineer");
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Ana Souza");
  g_assert_cmpstr (adw_avatar_get_text (avatar), ==, "Ana Souza");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (subtitle)), ==, "Data Engineer");
  g_assert_true (gtk_widget_get_visible (subtitle));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (headline_row), "");
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Unnamed Candidate");
  g_assert_false (gtk_widget_get_visible (subtitle));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Ana Souza");
  wait_for_save (&f);

  sl_candidate_details_set_candidate_id (f.details, bo);
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Bo Chen");
  g_assert_cmpstr (adw_avatar_get_text (avatar), ==, "Bo Chen");

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/candidate-details/autosave", test_autosave);
  g_test_add_func ("/gui/candidate-details/header", test_header);
  g_test_add_func ("/gui/candidate-details/attach-file", test_attach_file);
  g_test_add_func ("/gui/candidate-details/remove-attachment", test_remove_attachment);
  g_test_add_func ("/gui/candidate-details/activity-stage-move", test_activity_stage_move);
  g_test_add_func ("/gui/candidate-details/duplicate-warning", test_duplicate_warning);
  g_test_add_func ("/gui/candidate-details/duplicate-name-and-save", test_duplicate_name_and_save);

  return g_test_run ();
}
