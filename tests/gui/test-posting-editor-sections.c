/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The posting editor's sections: each shows the fields of the posting it is given and writes back exactly those. */
#include "config.h"

#include "gui-test-utils.h"

#include "sl-posting-editor.h"
#include "sl-posting-editor-section.h"

/* Every field a section edits, with the section's place on the page. */
static const struct
{
  const char *field;
  guint       section;
} section_fields[] = {
  { "title",            0 },
  { "status",           0 },
  { "department",       0 },
  { "hiring-manager",   0 },
  { "organization",     0 },
  { "openings",         0 },
  { "locations",        1 },
  { "workplace-type",   2 },
  { "employment-type",  2 },
  { "date-posted",      3 },
  { "valid-through",    3 },
  { "salary-min",       4 },
  { "salary-max",       4 },
  { "salary-currency",  4 },
  { "salary-unit",      4 },
  { "summary",          5 },
  { "description",      6 },
  { "responsibilities", 7 },
  { "qualifications",   8 },
  { "nice-to-have",     9 },
};
#define N_SECTIONS 10

static SlPosting *
full_posting (void)
{
  SlPosting *posting = sl_posting_new ();
  const char *locations[] = { "Bengaluru, Karnataka, India", "Remote", NULL };
  const char *responsibilities[] = { "Design the import pipeline", "Review code", NULL };
  const char *qualifications[] = { "Five years of C", NULL };
  const char *nice[] = { "GTK experience", NULL };

  sl_posting_set_title (posting, "Backend Engineer");
  sl_posting_set_status (posting, SL_POSTING_STATUS_OPEN);
  sl_posting_set_department (posting, "Engineering");
  sl_posting_set_hiring_manager (posting, "Dana Ortiz");
  sl_posting_set_organization (posting, "Adatum");
  sl_posting_set_openings (posting, 3);
  sl_posting_set_date_posted (posting, "2026-03-02");
  sl_posting_set_valid_through (posting, "2026-04-30");
  sl_posting_set_salary_min (posting, 60000);
  sl_posting_set_salary_max (posting, 85000.5);
  sl_posting_set_salary_currency (posting, "EUR");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_MONTH);
  sl_posting_set_locations (posting, locations);
  sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_HYBRID);
  sl_posting_set_employment_type (posting, "PART_TIME");
  sl_posting_set_summary (posting, "Join the platform team.");
  sl_posting_set_description (posting, "You build the services.\n\nRecruiters rely on them.");
  sl_posting_set_responsibilities (posting, responsibilities);
  sl_posting_set_qualifications (posting, qualifications);
  sl_posting_set_nice_to_have (posting, nice);
  return posting;
}

/* Types every entry of section @index again, as the recruiter would: an
 * entry row is only read back once it was typed into. */
static void
retype_section (SlPostingEditorSection *section,
                guint                   index)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_fields); i++)
    {
      GtkWidget *widget = sl_posting_editor_section_get_field_widget (section, section_fields[i].field);
      g_autofree char *text = NULL;

      if (section_fields[i].section != index || !ADW_IS_ENTRY_ROW (widget))
        continue;
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
      gtk_editable_set_text (GTK_EDITABLE (widget), text[0] != '\0' ? "" : "x");
      gtk_editable_set_text (GTK_EDITABLE (widget), text);
    }
}

static void
test_round_trip (void)
{
  char *path = NULL;
  SlStore *store;
  g_autoptr (SlPosting) full = full_posting ();
  g_autoptr (SlPosting) empty = sl_posting_new ();
  g_autoptr (GPtrArray) sections = g_ptr_array_new ();
  SlPostingEditor *editor;
  GtkWindow *window;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("sections.db", &path);
  editor = SL_POSTING_EDITOR (sl_posting_editor_new (store));
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, GTK_WIDGET (editor));
  gtk_window_present (window);
  gui_test_flush_events ();

  gui_test_collect (GTK_WIDGET (editor), SL_TYPE_POSTING_EDITOR_SECTION, sections);
  g_assert_cmpuint (sections->len, ==, N_SECTIONS);

  /* Each field is edited by one section, and the editor finds it there. */
  for (guint i = 0; i < G_N_ELEMENTS (section_fields); i++)
    {
      GtkWidget *widget = sl_posting_editor_get_field_widget (editor, section_fields[i].field);

      g_test_message ("field %s", section_fields[i].field);
      g_assert_nonnull (widget);
      for (guint s = 0; s < sections->len; s++)
        {
          GtkWidget *found = sl_posting_editor_section_get_field_widget (sections->pdata[s], section_fields[i].field);

          g_assert_true (found == (s == section_fields[i].section ? widget : NULL));
        }
    }

  for (guint s = 0; s < sections->len; s++)
    {
      SlPostingEditorSection *section = sections->pdata[s];
      g_autoptr (SlPosting) copy = sl_posting_copy (full);
      g_autoptr (SlPosting) blank = sl_posting_new ();

      g_test_message ("section %u", s);

      /* Shown as it is, the posting has nothing to take back. */
      sl_posting_editor_section_set_posting (section, full);
      retype_section (section, s);
      g_assert_false (sl_posting_editor_section_apply (section, copy));
      /* An empty posting takes the fields, once. */
      g_assert_true (sl_posting_editor_section_apply (section, blank));
      g_assert_false (sl_posting_editor_section_apply (section, blank));
      /* An empty section empties them again. */
      sl_posting_editor_section_set_posting (section, empty);
      retype_section (section, s);
      g_assert_true (sl_posting_editor_section_apply (section, copy));
      g_assert_false (sl_posting_editor_section_apply (section, copy));
      g_assert_false (sl_posting_editor_section_apply (section, empty));
    }

  gui_test_tear_down (window, editor, &store, &path);
}

/* A section applies what was edited, not every row it shows: a value the
 * rows cannot show exactly stays as it is stored when a neighbour is edited. */
static void
test_edit_leaves_neighbours (void)
{
  char *path = NULL;
  SlStore *store;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  SlPostingEditor *editor;
  SlPosting *edited;
  GtkWindow *window;

  if (gui_test_skip_without_display ())
    return;

  store = gui_test_open_store ("neighbours.db", &path);
  sl_posting_set_title (posting, "Backend Engineer ");
  sl_posting_set_employment_type (posting, "SEASONAL");
  sl_posting_set_openings (posting, 0);
  sl_posting_set_salary_min (posting, 1234.567);
  sl_posting_set_date_posted (posting, "2026-3-2");

  editor = SL_POSTING_EDITOR (sl_posting_editor_new (store));
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, GTK_WIDGET (editor));
  gtk_window_present (window);
  sl_posting_editor_set_posting (editor, posting);
  gui_test_flush_events ();

  /* in each section, another field than the odd one */
  gtk_editable_set_text (GTK_EDITABLE (sl_posting_editor_get_field_widget (editor, "department")), "Platform");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sl_posting_editor_get_field_widget (editor, "workplace-type")), 3);
  gtk_editable_set_text (GTK_EDITABLE (sl_posting_editor_get_field_widget (editor, "salary-currency")), "eur");
  gtk_editable_set_text (GTK_EDITABLE (sl_posting_editor_get_field_widget (editor, "valid-through")), "2026-12-31");
  gui_test_flush_events ();

  /* (the store refuses such a posting, so its autosave fails: no matter
   * here, the working copy is what is checked) */
  edited = sl_posting_editor_get_posting (editor);
  g_assert_cmpstr (sl_posting_get_department (edited), ==, "Platform");
  g_assert_cmpint (sl_posting_get_workplace_type (edited), ==, SL_WORKPLACE_TYPE_REMOTE);
  g_assert_cmpstr (sl_posting_get_salary_currency (edited), ==, "EUR");
  g_assert_cmpstr (sl_posting_get_valid_through (edited), ==, "2026-12-31");
  g_assert_cmpstr (sl_posting_get_title (edited), ==, "Backend Engineer ");
  g_assert_cmpstr (sl_posting_get_employment_type (edited), ==, "SEASONAL");
  g_assert_cmpuint (sl_posting_get_openings (edited), ==, 0);
  g_assert_cmpfloat (sl_posting_get_salary_min (edited), ==, 1234.567);
  g_assert_cmpstr (sl_posting_get_date_posted (edited), ==, "2026-3-2");

  gui_test_tear_down (window, editor, &store, &path);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/posting-editor-sections/round-trip", test_round_trip);
  g_test_add_func ("/gui/posting-editor-sections/edit-leaves-neighbours", test_edit_leaves_neighbours);

  return g_test_run ();
}
