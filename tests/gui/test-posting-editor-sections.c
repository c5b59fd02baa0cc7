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
  { "locations",        0 },
  { "workplace-type",   1 },
  { "employment-type",  1 },
  { "summary",          2 },
  { "description",      3 },
  { "responsibilities", 4 },
  { "qualifications",   5 },
  { "nice-to-have",     6 },
};
#define N_SECTIONS 7

static SlPosting *
full_posting (void)
{
  SlPosting *posting = sl_posting_new ();
  const char *locations[] = { "Bengaluru, Karnataka, India", "Remote", NULL };
  const char *responsibilities[] = { "Design the import pipeline", "Review code", NULL };
  const char *qualifications[] = { "Five years of C", NULL };
  const char *nice[] = { "GTK experience", NULL };

  sl_posting_set_title (posting, "Backend Engineer");
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
      g_assert_false (sl_posting_editor_section_apply (section, copy));
      /* An empty posting takes the fields, once. */
      g_assert_true (sl_posting_editor_section_apply (section, blank));
      g_assert_false (sl_posting_editor_section_apply (section, blank));
      /* An empty section empties them again. */
      sl_posting_editor_section_set_posting (section, empty);
      g_assert_true (sl_posting_editor_section_apply (section, copy));
      g_assert_false (sl_posting_editor_section_apply (section, copy));
      g_assert_false (sl_posting_editor_section_apply (section, empty));
    }

  gui_test_tear_down (window, editor, &store, &path);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/posting-editor-sections/round-trip", test_round_trip);

  return g_test_run ();
}
