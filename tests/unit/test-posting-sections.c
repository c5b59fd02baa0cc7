/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every renderer of a posting (Markdown, text, JSON-LD's HTML) heads its sections with the one table's headings. */
#include "config.h"

#include <string.h>

#include "sl-posting-jsonld.h"
#include "sl-posting-markdown.h"
#include "sl-posting-sections.h"
#include "sl-posting-text-private.h"

static SlPosting *
new_posting (void)
{
  static const char * const items[] = { "One thing", NULL };
  SlPosting *posting = sl_posting_new ();

  sl_posting_set_title (posting, "Cook");
  sl_posting_set_description (posting, "We cook.");
  sl_posting_set_responsibilities (posting, items);
  sl_posting_set_qualifications (posting, items);
  sl_posting_set_nice_to_have (posting, items);
  sl_posting_set_about (posting, "A kitchen.");
  return posting;
}

static void
test_same_headings (void)
{
  g_autoptr (SlPosting) posting = new_posting ();
  g_autofree char *markdown = sl_posting_to_markdown (posting);
  g_autofree char *text = sl_posting_to_text (posting);
  g_autofree char *jsonld = sl_posting_to_jsonld (posting, NULL);
  guint n_sections;
  const SlPostingSectionInfo *sections = sl_posting_sections (&n_sections);

  /* the HTML is the JobPosting's description */
  g_assert_nonnull (jsonld);

  g_assert_cmpuint (n_sections, ==, 4);
  g_assert_cmpstr (sl_posting_section_heading (SL_TEXT_SECTION_NICE_TO_HAVE), ==, "Nice to have");
  for (guint i = 0; i < n_sections; i++)
    {
      const char *heading = sl_posting_section_heading (sections[i].section);
      g_autofree char *md_line = g_strdup_printf ("\n## %s\n", heading);
      g_autofree char *text_line = g_strdup_printf ("\n%s\n\n", heading);
      g_autofree char *html_heading = g_strdup_printf ("<h3>%s</h3>", heading);

      g_test_message ("%s", heading);
      g_assert_nonnull (strstr (markdown, md_line));
      g_assert_nonnull (strstr (text, text_line));
      g_assert_nonnull (strstr (jsonld, html_heading));
      /* and the importer knows each as the section it heads */
      g_assert_cmpint (sl_posting_text_classify_heading (heading), ==, sections[i].section);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/sections/same-headings", test_same_headings);

  return g_test_run ();
}
