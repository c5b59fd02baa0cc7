/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The posting preview on its own: what it renders for a posting, and that setting the same posting again shows its edits. */
#include "config.h"

#include <string.h>

#include "gui-test-utils.h"

#include "sl-posting-preview.h"
#include "sl-posting-sections.h"

static SlPosting *
new_posting (void)
{
  SlPosting *posting = sl_posting_new ();
  const char *locations[] = { "Berlin, Germany", NULL };
  const char *responsibilities[] = { "Design the import pipeline", "Review code", NULL };
  const char *qualifications[] = { "Five years of C", NULL };
  const char *nice[] = { "GTK experience", NULL };

  sl_posting_set_title (posting, "Backend Engineer");
  sl_posting_set_organization (posting, "Adatum");
  sl_posting_set_department (posting, "Engineering");
  sl_posting_set_locations (posting, locations);
  sl_posting_set_summary (posting, "Join the platform team.");
  sl_posting_set_description (posting, "You build the services recruiters rely on.");
  sl_posting_set_responsibilities (posting, responsibilities);
  sl_posting_set_qualifications (posting, qualifications);
  sl_posting_set_nice_to_have (posting, nice);
  sl_posting_set_about (posting, "Adatum makes tools.");
  return posting;
}

/* Where @needle starts in @haystack, or -1. */
static gssize
offset_of (const char *haystack,
           const char *needle)
{
  const char *found = strstr (haystack, needle);

  return found != NULL ? found - haystack : -1;
}

static void
test_renders_sections (void)
{
  g_autoptr (SlPosting) posting = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *about = NULL;
  GtkWindow *window;
  SlPostingPreview *preview;

  if (gui_test_skip_without_display ())
    return;

  posting = new_posting ();
  preview = SL_POSTING_PREVIEW (sl_posting_preview_new ());
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 800, 600);
  gtk_window_set_child (window, GTK_WIDGET (preview));
  gtk_window_present (window);
  gui_test_flush_events ();

  /* Empty until it has a posting. */
  text = sl_posting_preview_dup_text (preview);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  g_object_set (preview, "posting", posting, NULL);
  g_assert_true (sl_posting_preview_get_posting (preview) == posting);
  text = sl_posting_preview_dup_text (preview);
  g_test_message ("preview:\n%s", text);

  /* The title first, then the line of facts, the summary, and each
   * section under its heading, in the order a candidate reads them. */
  g_assert_true (g_str_has_prefix (text, "Backend Engineer\n"));
  g_assert_nonnull (strstr (text, "Adatum  ·  Engineering  ·  Berlin, Germany\n"));
  g_assert_cmpint (offset_of (text, "Join the platform team."), >, 0);
  g_assert_cmpint (offset_of (text, "\nAbout the Role\nYou build the services recruiters rely on.\n"), >,
                   offset_of (text, "Join the platform team."));
  g_assert_cmpint (offset_of (text, "\nResponsibilities\n  •  Design the import pipeline\n  •  Review code\n"), >,
                   offset_of (text, "About the Role"));
  g_assert_cmpint (offset_of (text, "\nQualifications\n  •  Five years of C\n"), >,
                   offset_of (text, "Responsibilities"));
  /* The heading's capitals are the formats layer's to decide. */
  folded = g_ascii_strdown (text, -1);
  g_assert_cmpint (offset_of (folded, "\nnice to have\n  •  gtk experience\n"), >,
                   offset_of (text, "Qualifications"));
  g_assert_cmpint (offset_of (folded, "\nabout us\nadatum makes tools.\n"), >,
                   offset_of (folded, "nice to have"));
  /* the headings are the sections table's, as in every export */
  about = g_strdup_printf ("\n%s\n", sl_posting_section_heading (SL_TEXT_SECTION_ABOUT));
  g_assert_cmpint (offset_of (text, about), >, 0);
  g_clear_pointer (&text, g_free);

  /* The editor changes its working copy in place: the same posting set
   * again renders again. */
  sl_posting_set_title (posting, "");
  sl_posting_set_nice_to_have (posting, NULL);
  sl_posting_preview_set_posting (preview, posting);
  text = sl_posting_preview_dup_text (preview);
  g_assert_true (g_str_has_prefix (text, "Untitled Posting\n"));
  g_free (folded);
  folded = g_ascii_strdown (text, -1);
  g_assert_null (strstr (folded, "nice to have"));
  g_clear_pointer (&text, g_free);

  sl_posting_preview_set_posting (preview, NULL);
  text = sl_posting_preview_dup_text (preview);
  g_assert_cmpstr (text, ==, "");
  g_assert_null (sl_posting_preview_get_posting (preview));

  gui_test_destroy_window (window, preview);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/posting-preview/renders-sections", test_renders_sections);

  return g_test_run ();
}
