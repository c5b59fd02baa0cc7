/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Postings area: autosave, inline validation, undo, keyboard reordering, delete with undo and the status filter. */
#include "config.h"

#include <string.h>

#include "gui-test-utils.h"

#include <json-glib/json-glib.h>

#include "sl-error.h"
#include "sl-preferences-window.h"
#include "sl-posting-import.h"
#include "sl-posting-markdown.h"
#include "sl-posting-sections.h"
#include "sl-posting-text.h"
#include "sl-postings-page.h"
#include "sl-posting-row.h"
#include "sl-posting-editor.h"
#include "sl-string-list-editor.h"

typedef struct
{
  char           *path;
  SlStore        *store;
  GtkWindow      *window;
  SlPostingsPage *page;
  SlPostingEditor *editor;
} Fixture;

/* Runs the main loop until the editor's autosave has happened. */
static void
wait_for_save (Fixture *f)
{
  GUI_TEST_WAIT_UNTIL (!sl_posting_editor_get_save_pending (f->editor), 5);
  gui_test_flush_events ();
}

/* What another connection reads from the file: the proof of a real save. */
static SlPosting *
reread (Fixture    *f,
        const char *id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) other = sl_store_open (f->path, &error);

  g_assert_no_error (error);
  return sl_store_get_posting (other, id, NULL);
}

static void
fixture_set_up (Fixture *f)
{
  f->store = gui_test_open_store ("postings.db", &f->path);

  f->page = sl_postings_page_new (f->store);
  f->editor = sl_postings_page_get_editor (f->page);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  gui_test_flush_events ();
}

static void
fixture_tear_down (Fixture *f)
{
  gui_test_tear_down (f->window, f->page, &f->store, &f->path);
}

static char *
new_posting (Fixture *f)
{
  SlPosting *posting;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "postings.new", NULL);
  gui_test_flush_events ();
  posting = sl_posting_editor_get_posting (f->editor);
  g_assert_nonnull (posting);
  g_assert_nonnull (sl_record_get_id (SL_RECORD (posting)));

  return g_strdup (sl_record_get_id (SL_RECORD (posting)));
}

static void
type_into (Fixture    *f,
           const char *field,
           const char *text)
{
  GtkWidget *widget = sl_posting_editor_get_field_widget (f->editor, field);

  g_assert_nonnull (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  gui_test_flush_events ();
}

static void
test_autosave_title (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  /* The save waits for a pause in typing (asked before the events run: on
   * a loaded machine they can take longer than that pause). */
  gtk_editable_set_text (GTK_EDITABLE (sl_posting_editor_get_field_widget (f.editor, "title")),
                         "Senior Rust Engineer");
  g_assert_true (sl_posting_editor_get_save_pending (f.editor));
  gui_test_flush_events ();
  wait_for_save (&f);

  saved = reread (&f, id);
  g_assert_nonnull (saved);
  g_assert_cmpstr (sl_posting_get_title (saved), ==, "Senior Rust Engineer");

  /* An empty title is refused inline and never saved. */
  type_into (&f, "title", "");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "title"));
  g_assert_true (gtk_widget_has_css_class (sl_posting_editor_get_field_widget (f.editor, "title"), "error"));
  g_assert_cmpstr (sl_posting_get_title (sl_posting_editor_get_posting (f.editor)), ==, "Senior Rust Engineer");

  fixture_tear_down (&f);
}

static void
test_salary_validation (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;
  GtkWidget *min_row;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  type_into (&f, "salary-max", "90,000");
  wait_for_save (&f);

  type_into (&f, "salary-min", "120000");
  min_row = sl_posting_editor_get_field_widget (f.editor, "salary-min");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "salary-min"));
  g_assert_true (gtk_widget_has_css_class (min_row, "error"));
  /* The typed text stays for the recruiter to fix. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (min_row)), ==, "120000");
  g_assert_cmpfloat (sl_posting_get_salary_min (sl_posting_editor_get_posting (f.editor)), ==, 0);
  gui_test_spin (700);
  g_assert_true (sl_posting_editor_flush (f.editor));

  saved = reread (&f, id);
  g_assert_cmpfloat (sl_posting_get_salary_min (saved), ==, 0);
  g_assert_cmpfloat (sl_posting_get_salary_max (saved), ==, 90000);
  g_clear_object (&saved);

  /* Raising the maximum makes the typed minimum valid, and it is kept. */
  type_into (&f, "salary-max", "150000");
  g_assert_null (sl_posting_editor_get_field_error (f.editor, "salary-min"));
  g_assert_false (gtk_widget_has_css_class (min_row, "error"));
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_cmpfloat (sl_posting_get_salary_min (saved), ==, 120000);
  g_assert_cmpfloat (sl_posting_get_salary_max (saved), ==, 150000);
  g_clear_object (&saved);

  /* No salary is above SL_SALARY_MAX: refused inline, with the reason. */
  type_into (&f, "salary-max", "1000000000000000000000000000000000000000000");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "salary-max"));
  g_assert_nonnull (strstr (sl_posting_editor_get_field_error (f.editor, "salary-max"), "too large"));
  g_assert_cmpfloat (sl_posting_get_salary_max (sl_posting_editor_get_posting (f.editor)), <=, SL_SALARY_MAX);
  g_assert_true (sl_posting_editor_flush (f.editor));
  saved = reread (&f, id);
  g_assert_cmpfloat (sl_posting_get_salary_max (saved), <=, SL_SALARY_MAX);
  g_clear_object (&saved);
  type_into (&f, "salary-max", "150000");
  g_assert_null (sl_posting_editor_get_field_error (f.editor, "salary-max"));

  /* Neither a made-up currency nor a malformed date gets through. */
  type_into (&f, "salary-currency", "XYZ");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "salary-currency"));
  type_into (&f, "date-posted", "2026-13-45");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "date-posted"));
  type_into (&f, "date-posted", "2026-03-01");
  g_assert_null (sl_posting_editor_get_field_error (f.editor, "date-posted"));
  type_into (&f, "valid-through", "2026-02-01");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "valid-through"));
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_null (sl_posting_get_salary_currency (saved));
  g_assert_cmpstr (sl_posting_get_date_posted (saved), ==, "2026-03-01");
  g_assert_null (sl_posting_get_valid_through (saved));

  fixture_tear_down (&f);
}

/* A location is one item, commas and all: editing the list never splits
 * "Bengaluru, Karnataka, India" into three places. */
/* The editor reads an amount and a date as the importer does: "60.000"
 * is sixty thousand in both (the editor once read it as sixty). */
static void
test_values_as_imported (void)
{
  /* what is typed into @field, and the key of a posting's line saying it */
  static const struct { const char *field; const char *typed; const char *key; double amount; const char *date; } cases[] = {
    { "salary-max", "60.000", "Salary", 60000, NULL },
    { "salary-max", "60,000", "Salary", 60000, NULL },
    { "salary-max", "60 000", "Salary", 60000, NULL },
    { "salary-max", "1.234.567", "Salary", 1234567, NULL },
    { "salary-max", "42.50", "Salary", 42.5, NULL },
    { "salary-max", "60,5", "Salary", 60.5, NULL },
    { "salary-max", "1,234.56", "Salary", 1234.56, NULL },
    { "salary-max", "85k", "Salary", 85000, NULL },
    { "date-posted", "2026-03-01", "Posted", 0, "2026-03-01" },
    { "date-posted", "3 March 2026", "Posted", 0, "2026-03-03" },
    { "date-posted", "March 4, 2026", "Posted", 0, "2026-03-04" },
    { "date-posted", "5. März 2026", "Posted", 0, "2026-03-05" },
  };
  Fixture f = { 0 };
  g_autofree char *id = NULL;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Cook\n%s: %s%s\n\nWe cook.\n", cases[i].key, cases[i].typed,
                                               cases[i].date == NULL ? " EUR per year" : "");
      g_autoptr (SlPosting) imported = sl_posting_text_parse (text, -1, NULL, NULL);
      g_autoptr (SlPosting) saved = NULL;

      g_test_message ("%s “%s”", cases[i].field, cases[i].typed);
      type_into (&f, cases[i].field, cases[i].typed);
      g_assert_null (sl_posting_editor_get_field_error (f.editor, cases[i].field));
      wait_for_save (&f);
      saved = reread (&f, id);
      g_assert_nonnull (imported);
      if (cases[i].date != NULL)
        {
          g_assert_cmpstr (sl_posting_get_date_posted (saved), ==, cases[i].date);
          g_assert_cmpstr (sl_posting_get_date_posted (imported), ==, cases[i].date);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (sl_posting_get_salary_max (saved), cases[i].amount, 0.001);
          g_assert_cmpfloat_with_epsilon (sl_posting_get_salary_max (imported), cases[i].amount, 0.001);
        }
    }

  /* What is not one amount is refused, with the reason, and not saved. */
  type_into (&f, "salary-max", "60 EUR");
  g_assert_nonnull (sl_posting_editor_get_field_error (f.editor, "salary-max"));

  fixture_tear_down (&f);
}

static void
test_locations_list (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;
  SlStringListEditor *list;
  const char * const two[] = { "Bengaluru, Karnataka, India", "Berlin, Germany", NULL };
  const char * const one[] = { "Berlin, Germany", NULL };
  GtkWidget *widget;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  widget = sl_posting_editor_get_field_widget (f.editor, "locations");
  g_assert_true (SL_IS_STRING_LIST_EDITOR (widget));
  list = SL_STRING_LIST_EDITOR (widget);
  gtk_editable_set_text (GTK_EDITABLE (sl_string_list_editor_add_item (list)), "Bengaluru, Karnataka, India");
  gtk_editable_set_text (GTK_EDITABLE (sl_string_list_editor_add_item (list)), "Berlin, Germany");
  wait_for_save (&f);

  saved = reread (&f, id);
  g_assert_true (g_strv_equal (sl_posting_get_locations (saved), two));
  g_clear_object (&saved);

  /* Editing one place keeps it whole; removing the other saves one (after
   * the coalescing delay, so that it is an undo step of its own). */
  gui_test_spin (1200);
  gui_test_flush_events ();
  gtk_editable_set_text (GTK_EDITABLE (sl_string_list_editor_get_row (list, 0)), "");
  gui_test_flush_events ();
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_true (g_strv_equal (sl_posting_get_locations (saved), one));
  g_clear_object (&saved);

  /* Undo brings the two back, as they were. */
  gtk_widget_activate_action (GTK_WIDGET (f.editor), "editor.undo", NULL);
  wait_for_save (&f);
  g_assert_cmpuint (sl_string_list_editor_get_n_items (list), ==, 2);
  saved = reread (&f, id);
  g_assert_true (g_strv_equal (sl_posting_get_locations (saved), two));

  fixture_tear_down (&f);
}

/* A new posting does not say where the work is until the recruiter does:
 * "Not Specified" first in the combo row, as for the employment type. */
static void
test_workplace_not_specified (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;
  AdwComboRow *row;
  GListModel *model;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  row = ADW_COMBO_ROW (sl_posting_editor_get_field_widget (f.editor, "workplace-type"));
  model = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "Not Specified");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 3), ==, "Remote");

  adw_combo_row_set_selected (row, 3);
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_cmpint (sl_posting_get_workplace_type (saved), ==, SL_WORKPLACE_TYPE_REMOTE);
  g_clear_object (&saved);

  adw_combo_row_set_selected (row, 0);
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_cmpint (sl_posting_get_workplace_type (saved), ==, SL_WORKPLACE_TYPE_UNKNOWN);

  fixture_tear_down (&f);
}

static void
test_undo_title (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  type_into (&f, "title", "First Title");
  /* A pause longer than the coalescing delay makes the next edit a new step.
   * The save comes first, so it cannot hold the main loop when the pause
   * ends, and the flush runs the coalescing timeout if it is due but was
   * not dispatched yet (seen in the sanitizer build under load). */
  wait_for_save (&f);
  gui_test_spin (1200);
  gui_test_flush_events ();
  type_into (&f, "title", "Second Title");
  wait_for_save (&f);

  gtk_widget_activate_action (GTK_WIDGET (f.editor), "editor.undo", NULL);
  g_assert_true (sl_posting_editor_get_save_pending (f.editor));
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sl_posting_editor_get_field_widget (f.editor, "title"))),
                   ==, "First Title");
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_cmpstr (sl_posting_get_title (saved), ==, "First Title");
  g_clear_object (&saved);

  gtk_widget_activate_action (GTK_WIDGET (f.editor), "editor.redo", NULL);
  wait_for_save (&f);
  saved = reread (&f, id);
  g_assert_cmpstr (sl_posting_get_title (saved), ==, "Second Title");

  fixture_tear_down (&f);
}

static void
test_reorder_by_keyboard (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;
  SlStringListEditor *list;
  const char * const expected[] = { "Review code", "Write code", "Mentor", NULL };
  const char * const *items;
  GtkWidget *row;
  GtkWidget *focus;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  list = SL_STRING_LIST_EDITOR (sl_posting_editor_get_field_widget (f.editor, "responsibilities"));
  gtk_editable_set_text (GTK_EDITABLE (sl_string_list_editor_add_item (list)), "Write code");
  gtk_editable_set_text (GTK_EDITABLE (sl_string_list_editor_add_item (list)), "Review code");
  gtk_editable_set_text (GTK_EDITABLE (sl_string_list_editor_add_item (list)), "Mentor");
  wait_for_save (&f);

  /* Alt+Up on the focused second item. */
  row = sl_string_list_editor_get_row (list, 1);
  gtk_widget_grab_focus (row);
  gtk_widget_activate_action (GTK_WIDGET (list), "list.move-up", "i", -1);
  gui_test_flush_events ();

  g_assert_true (sl_string_list_editor_get_row (list, 0) == row);
  focus = gtk_root_get_focus (GTK_ROOT (f.window));
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));

  wait_for_save (&f);
  saved = reread (&f, id);
  items = sl_posting_get_responsibilities (saved);
  g_assert_nonnull (items);
  g_assert_true (g_strv_equal (items, expected));

  fixture_tear_down (&f);
}

static void
test_delete_and_undo (void)
{
  Fixture f = { 0 };
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;
  AdwMessageDialog *dialog;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = new_posting (&f);
  type_into (&f, "title", "Data Analyst");

  gtk_widget_activate_action (GTK_WIDGET (f.page), "postings.delete", NULL);
  gui_test_flush_events ();
  dialog = gui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  gui_test_flush_events ();

  /* The pending edit was saved before the delete, and the list dropped it. */
  g_assert_cmpuint (g_list_model_get_n_items (sl_postings_page_get_visible_model (f.page)), ==, 0);
  saved = reread (&f, id);
  g_assert_true (saved == NULL || sl_record_get_deleted (SL_RECORD (saved)));
  g_clear_object (&saved);

  /* The toast's Undo. */
  gtk_widget_activate_action (GTK_WIDGET (f.page), "postings.restore", "s", id);
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (sl_postings_page_get_visible_model (f.page)), ==, 1);
  saved = reread (&f, id);
  g_assert_nonnull (saved);
  g_assert_false (sl_record_get_deleted (SL_RECORD (saved)));
  g_assert_cmpstr (sl_posting_get_title (saved), ==, "Data Analyst");

  fixture_tear_down (&f);
}

static void
test_filter_by_status (void)
{
  Fixture f = { 0 };
  g_autofree char *open_id = NULL;
  g_autofree char *draft_id = NULL;
  GListModel *visible;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  open_id = new_posting (&f);
  type_into (&f, "title", "Open Role");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sl_posting_editor_get_field_widget (f.editor, "status")),
                              SL_POSTING_STATUS_OPEN);
  draft_id = new_posting (&f);
  type_into (&f, "title", "Draft Role");
  wait_for_save (&f);

  visible = sl_postings_page_get_visible_model (f.page);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);

  sl_postings_page_set_status_filter (f.page, SL_POSTING_STATUS_OPEN);
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  {
    g_autoptr (SlPosting) only = g_list_model_get_item (visible, 0);

    g_assert_cmpstr (sl_record_get_id (SL_RECORD (only)), ==, open_id);
  }

  sl_postings_page_set_status_filter (f.page, -1);
  sl_postings_page_set_search_text (f.page, "draft");
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  fixture_tear_down (&f);
}

static void
test_import_text (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr (SlPosting) saved = NULL;
  const char *text =
    "Backend Engineer\n"
    "Berlin, Germany\n"
    "\n"
    "We are looking for a backend engineer.\n"
    "\n"
    "Responsibilities:\n"
    "- Build APIs\n"
    "- Review code\n";

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = sl_postings_page_import_text (f.page, text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  gui_test_flush_events ();

  g_assert_cmpstr (sl_record_get_id (SL_RECORD (sl_postings_page_get_selected (f.page))), ==, id);
  saved = reread (&f, id);
  g_assert_nonnull (saved);
  g_assert_cmpstr (sl_posting_get_title (saved), ==, "Backend Engineer");

  /* The toast's Undo removes the imported posting. */
  gtk_widget_activate_action (GTK_WIDGET (f.page), "postings.undo-import", "s", id);
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (sl_postings_page_get_visible_model (f.page)), ==, 0);

  fixture_tear_down (&f);
}

/* The preview heads its sections as the exports do (sl-posting-sections.c):
 * it once wrote "Nice to Have" where they write "Nice to have". */
static char *
preview_text (Fixture *f)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  gui_test_collect (GTK_WIDGET (f->page), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (views->pdata[i]);
      GtkTextIter start, end;
      g_autofree char *part = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      part = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (text, "%s\n", part);
    }
  return g_string_free (text, FALSE);
}

static void
test_preview_headings (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *shown = NULL;
  g_autoptr (SlPosting) saved = NULL;
  g_autofree char *markdown = NULL;
  AdwViewStack *stack;
  guint n_sections;
  const SlPostingSectionInfo *sections = sl_posting_sections (&n_sections);
  const char *text =
    "Line Cook\n"
    "\n"
    "We cook.\n"
    "\n"
    "Responsibilities:\n"
    "- Cook\n"
    "\n"
    "Qualifications:\n"
    "- Knives\n"
    "\n"
    "Nice to have:\n"
    "- Pastry\n"
    "\n"
    "About us:\n"
    "A kitchen by the sea.\n";

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  id = sl_postings_page_import_text (f.page, text, -1, &error);
  g_assert_no_error (error);
  stack = ADW_VIEW_STACK (gui_test_find_of_type (GTK_WIDGET (f.page), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (stack, "preview");
  gui_test_flush_events ();
  GUI_TEST_WAIT_UNTIL ((g_free (shown), shown = preview_text (&f), strstr (shown, "Pastry") != NULL), 5);

  saved = reread (&f, id);
  markdown = sl_posting_to_markdown (saved);
  for (guint i = 0; i < n_sections; i++)
    {
      const char *heading = sl_posting_section_heading (sections[i].section);
      g_autofree char *line = g_strdup_printf ("\n%s\n", heading);
      g_autofree char *md_line = g_strdup_printf ("## %s\n", heading);

      g_test_message ("%s", heading);
      g_assert_nonnull (strstr (shown, line));
      g_assert_nonnull (strstr (markdown, md_line));
    }

  fixture_tear_down (&f);
}

static void
import_file_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static char *
import_file (Fixture     *f,
             const char  *path,
             GError     **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;

  sl_postings_page_import_file_async (f->page, file, NULL, import_file_done_cb, &result);
  GUI_TEST_WAIT_UNTIL (result != NULL, 10);
  return sl_postings_page_import_file_finish (f->page, result, error);
}

/* Import… reads a Markdown file in a thread, and refuses one larger than
 * the limit with the reason, saving nothing. */
static void
test_import_file (void)
{
  Fixture f = { 0 };
  g_autofree char *small = gui_test_database_path ("posting.md");
  g_autofree char *big = gui_test_database_path ("huge.txt");
  g_autofree char *id = NULL;
  g_autofree char *none = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) saved = NULL;
  g_autoptr (GString) text = g_string_new ("Cook\n\n");

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  g_file_set_contents (small, "# Cook\n\n**Location:** Porto, Portugal\n\nWe cook.\n", -1, &error);
  g_assert_no_error (error);
  while (text->len <= SL_POSTING_IMPORT_MAX_BYTES)
    g_string_append (text, "We cook every day of the week, for everyone who comes in.\n");
  g_file_set_contents (big, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  id = import_file (&f, small, &error);
  g_assert_no_error (error);
  saved = reread (&f, id);
  g_assert_cmpstr (sl_posting_get_title (saved), ==, "Cook");
  g_assert_cmpstr (sl_posting_get_locations (saved)[0], ==, "Porto, Portugal");

  none = import_file (&f, big, &error);
  g_assert_null (none);
  g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "larger than"));
  g_assert_cmpuint (g_list_model_get_n_items (sl_postings_page_get_visible_model (f.page)), ==, 1);

  fixture_tear_down (&f);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **out = user_data;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*out == NULL)
    *out = g_strdup ("");
}

/* The Default Organization preference: a row of the Preferences window,
 * kept in GSettings, and the name a JSON-LD export gives a posting that
 * has none. */
static void
test_default_organization (void)
{
  Fixture f = { 0 };
  g_autoptr (GSettings) settings = g_settings_new ("io.github.shortlist.Shortlist");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *name = NULL;
  GtkWidget *preferences;
  GtkWidget *row;
  JsonObject *organization;

  if (gui_test_skip_without_display ())
    return;

  fixture_set_up (&f);
  preferences = sl_preferences_window_new (f.window, settings, NULL, NULL);
  gtk_window_present (GTK_WINDOW (preferences));
  gui_test_flush_events ();
  row = gui_test_find_row (preferences, ADW_TYPE_ENTRY_ROW, "Default _Organization");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "Casa Verde");
  gui_test_flush_events ();
  name = g_settings_get_string (settings, "default-organization");
  g_assert_cmpstr (name, ==, "Casa Verde");
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* what the window binds: the setting, into the page */
  g_settings_bind (settings, "default-organization", f.page, "default-organization", G_SETTINGS_BIND_GET);
  id = new_posting (&f);
  type_into (&f, "title", "Cook");
  g_assert_true (sl_posting_editor_flush (f.editor));
  gtk_widget_activate_action (GTK_WIDGET (f.page), "postings.copy-jsonld", NULL);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f.page)), NULL, clipboard_read_cb, &copied);
  GUI_TEST_WAIT_UNTIL (copied != NULL, 5);
  json_parser_load_from_data (parser, copied, -1, &error);
  g_assert_no_error (error);
  organization = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                "hiringOrganization");
  g_assert_cmpstr (json_object_get_string_member (organization, "name"), ==, "Casa Verde");

  g_settings_unbind (f.page, "default-organization");
  fixture_tear_down (&f);
}

static void
add_application (SlStore             *store,
                 const char          *posting_id,
                 const char          *stage_id,
                 SlApplicationStatus  status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (SlApplication) application = sl_application_new ();

  sl_candidate_set_name (candidate, "Ada Lovelace");
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (candidate)));
  sl_application_set_posting_id (application, posting_id);
  sl_application_set_stage_id (application, stage_id);
  sl_application_set_status (application, status);
  g_assert_true (sl_store_save_application (store, application, &error));
  g_assert_no_error (error);
}

/* A closed posting's row tells whom it hired, not the candidates left "active". */
static void
test_closed_row_count (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (SlStore) store = gui_test_open_store ("rows.db", &path);
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlPosting) loaded = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  GtkWindow *window;
  GtkWidget *row;
  const char *id;

  if (gui_test_skip_without_display ())
    return;

  sl_posting_set_title (posting, "Backend Engineer");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  id = sl_record_get_id (SL_RECORD (posting));
  stages = sl_store_list_stages (store, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    add_application (store, id, sl_record_get_id (stages->pdata[0]), SL_APPLICATION_STATUS_ACTIVE);
  add_application (store, id, sl_record_get_id (stages->pdata[4]), SL_APPLICATION_STATUS_HIRED);
  add_application (store, id, sl_record_get_id (stages->pdata[1]), SL_APPLICATION_STATUS_REJECTED);

  row = sl_posting_row_new ();
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, row);
  gtk_window_present (window);

  /* Open: the candidates in the pipeline. */
  loaded = sl_store_get_posting (store, id, &error);
  g_assert_no_error (error);
  sl_posting_row_set_posting (SL_POSTING_ROW (row), loaded);
  g_assert_true (gui_test_shows_text (row, "3 active"));
  g_clear_object (&loaded);

  for (SlPostingStatus status = SL_POSTING_STATUS_CLOSED; status <= SL_POSTING_STATUS_ARCHIVED; status++)
    {
      sl_posting_set_status (posting, status);
      g_assert_true (sl_store_save_posting (store, posting, &error));
      g_assert_no_error (error);
      loaded = sl_store_get_posting (store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sl_posting_get_hired_count (loaded), ==, 1);
      sl_posting_row_set_posting (SL_POSTING_ROW (row), loaded);
      gui_test_flush_events ();
      g_assert_true (gui_test_shows_text (row, sl_posting_status_to_label (status)));
      g_assert_true (gui_test_shows_text (row, "1 hired"));
      g_assert_false (gui_test_shows_text (row, "3 active"));
      g_clear_object (&loaded);
    }

  gui_test_destroy_window (window, row);
}

/* The row's labels and the status colour follow its "posting" through the
 * template's bindings, back to nothing when it has none. */
static void
test_row_follows_posting (void)
{
  g_autoptr (SlPosting) open = sl_posting_new ();
  g_autoptr (SlPosting) held = sl_posting_new ();
  const char *locations[] = { "Lisboa, Portugal", NULL };
  GtkWindow *window;
  GtkWidget *row;
  GtkLabel *status_label;

  if (gui_test_skip_without_display ())
    return;

  sl_posting_set_status (open, SL_POSTING_STATUS_OPEN);
  sl_posting_set_department (open, "Design");
  sl_posting_set_locations (open, locations);
  sl_posting_set_title (held, "Data Analyst");
  sl_posting_set_status (held, SL_POSTING_STATUS_ON_HOLD);

  row = sl_posting_row_new ();
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, row);
  gtk_window_present (window);
  status_label = gui_test_template_child (row, SL_TYPE_POSTING_ROW, "status_label");

  g_object_set (row, "posting", open, NULL);
  gui_test_flush_events ();
  g_assert_true (gui_test_shows_text (row, "Untitled Posting"));
  g_assert_true (gui_test_shows_text (row, "Design · Lisboa, Portugal"));
  g_assert_true (gui_test_shows_text (row, sl_posting_status_to_label (SL_POSTING_STATUS_OPEN)));
  g_assert_true (gui_test_shows_text (row, "0 active"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (status_label), "caption-heading"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (status_label), "success"));

  sl_posting_row_set_posting (SL_POSTING_ROW (row), held);
  gui_test_flush_events ();
  g_assert_true (gui_test_shows_text (row, "Data Analyst"));
  g_assert_true (gui_test_shows_text (row, "No location"));
  g_assert_true (gui_test_shows_text (row, sl_posting_status_to_label (SL_POSTING_STATUS_ON_HOLD)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (status_label), "success"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (status_label), "warning"));

  sl_posting_row_set_posting (SL_POSTING_ROW (row), NULL);
  gui_test_flush_events ();
  g_assert_false (gui_test_shows_text (row, "Data Analyst"));
  g_assert_cmpstr (gtk_label_get_text (status_label), ==, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (status_label), "warning"));

  gui_test_destroy_window (window, row);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/postings/autosave-title", test_autosave_title);
  g_test_add_func ("/gui/postings/salary-validation", test_salary_validation);
  g_test_add_func ("/gui/postings/values-as-imported", test_values_as_imported);
  g_test_add_func ("/gui/postings/locations-list", test_locations_list);
  g_test_add_func ("/gui/postings/workplace-not-specified", test_workplace_not_specified);
  g_test_add_func ("/gui/postings/undo-title", test_undo_title);
  g_test_add_func ("/gui/postings/reorder-by-keyboard", test_reorder_by_keyboard);
  g_test_add_func ("/gui/postings/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/gui/postings/filter-by-status", test_filter_by_status);
  g_test_add_func ("/gui/postings/import-text", test_import_text);
  g_test_add_func ("/gui/postings/preview-headings", test_preview_headings);
  g_test_add_func ("/gui/postings/import-file", test_import_file);
  g_test_add_func ("/gui/postings/default-organization", test_default_organization);
  g_test_add_func ("/gui/postings/closed-row-count", test_closed_row_count);
  g_test_add_func ("/gui/postings/row-follows-posting", test_row_follows_posting);

  return g_test_run ();
}
