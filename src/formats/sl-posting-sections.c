/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sections of a posting: their headings, in the order every renderer shows them, and the headings postings use for them. */

#define G_LOG_DOMAIN "sl-posting-sections"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "sl-posting-sections.h"
#include "sl-posting-text-private.h"


/* The Markdown, text and HTML exports, the preview and the text importer
 * (which reads our own exports back by these headings) all follow this
 * table, so a heading is written once. */
static const SlPostingSectionInfo sections[] = {
  { SL_TEXT_SECTION_RESPONSIBILITIES, N_("Responsibilities"), sl_posting_get_responsibilities },
  { SL_TEXT_SECTION_QUALIFICATIONS, N_("Qualifications"), sl_posting_get_qualifications },
  { SL_TEXT_SECTION_NICE_TO_HAVE, N_("Nice to have"), sl_posting_get_nice_to_have },
  { SL_TEXT_SECTION_ABOUT, N_("About us"), NULL },
};

const SlPostingSectionInfo *
sl_posting_sections (guint *n_sections)
{
  g_return_val_if_fail (n_sections != NULL, NULL);

  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

const char *
sl_posting_section_heading (SlTextSection section)
{
  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    if (sections[i].section == section)
      return _(sections[i].heading);
  return NULL;
}

/* The headings job postings use, by the section they start. */
static const SlTextEntry heading_table[] = {
  /* responsibilities */
  { "what you'll do", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "what you will do", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "what you'll be doing", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "what you will be doing", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "what you'll work on", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "what you'll be working on", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "key responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "main responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "your responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "job responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "roles and responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "role and responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "duties", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "job duties", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "duties and responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "your role", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "your tasks", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "tasks", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "your impact", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "in this role you will", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "in this role, you will", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "day to day", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "day-to-day", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "deine aufgaben", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "ihre aufgaben", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "aufgaben", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "vos missions", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "missions", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "vos responsabilités", SL_TEXT_SECTION_RESPONSIBILITIES },
  { "responsabilités", SL_TEXT_SECTION_RESPONSIBILITIES },
  /* qualifications */
  { "what you'll need", SL_TEXT_SECTION_QUALIFICATIONS },
  { "what you will need", SL_TEXT_SECTION_QUALIFICATIONS },
  { "what you need", SL_TEXT_SECTION_QUALIFICATIONS },
  { "what you'll bring", SL_TEXT_SECTION_QUALIFICATIONS },
  { "what you bring", SL_TEXT_SECTION_QUALIFICATIONS },
  { "what we're looking for", SL_TEXT_SECTION_QUALIFICATIONS },
  { "what we are looking for", SL_TEXT_SECTION_QUALIFICATIONS },
  { "who we're looking for", SL_TEXT_SECTION_QUALIFICATIONS },
  { "who we are looking for", SL_TEXT_SECTION_QUALIFICATIONS },
  { "requirements", SL_TEXT_SECTION_QUALIFICATIONS },
  { "key requirements", SL_TEXT_SECTION_QUALIFICATIONS },
  { "job requirements", SL_TEXT_SECTION_QUALIFICATIONS },
  { "minimum requirements", SL_TEXT_SECTION_QUALIFICATIONS },
  { "qualifications", SL_TEXT_SECTION_QUALIFICATIONS },
  { "minimum qualifications", SL_TEXT_SECTION_QUALIFICATIONS },
  { "basic qualifications", SL_TEXT_SECTION_QUALIFICATIONS },
  { "required qualifications", SL_TEXT_SECTION_QUALIFICATIONS },
  { "required skills", SL_TEXT_SECTION_QUALIFICATIONS },
  { "skills and experience", SL_TEXT_SECTION_QUALIFICATIONS },
  { "skills & experience", SL_TEXT_SECTION_QUALIFICATIONS },
  { "skills", SL_TEXT_SECTION_QUALIFICATIONS },
  { "must have", SL_TEXT_SECTION_QUALIFICATIONS },
  { "must-have", SL_TEXT_SECTION_QUALIFICATIONS },
  { "must haves", SL_TEXT_SECTION_QUALIFICATIONS },
  { "must-haves", SL_TEXT_SECTION_QUALIFICATIONS },
  { "your profile", SL_TEXT_SECTION_QUALIFICATIONS },
  { "about you", SL_TEXT_SECTION_QUALIFICATIONS },
  { "who you are", SL_TEXT_SECTION_QUALIFICATIONS },
  { "you have", SL_TEXT_SECTION_QUALIFICATIONS },
  { "dein profil", SL_TEXT_SECTION_QUALIFICATIONS },
  { "ihr profil", SL_TEXT_SECTION_QUALIFICATIONS },
  { "anforderungen", SL_TEXT_SECTION_QUALIFICATIONS },
  { "was du mitbringst", SL_TEXT_SECTION_QUALIFICATIONS },
  { "votre profil", SL_TEXT_SECTION_QUALIFICATIONS },
  { "profil recherché", SL_TEXT_SECTION_QUALIFICATIONS },
  /* nice to have */
  { "nice to have", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "nice-to-have", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "nice to haves", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "nice-to-haves", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "bonus points", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "bonus points if you have", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "bonus", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "preferred", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "preferred qualifications", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "preferred skills", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "desired skills", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "desirable", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "even better if", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "it's a plus", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "pluses", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "wünschenswert", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "von vorteil", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "atouts", SL_TEXT_SECTION_NICE_TO_HAVE },
  { "les plus", SL_TEXT_SECTION_NICE_TO_HAVE },
  /* about the employer */
  { "about us", SL_TEXT_SECTION_ABOUT },
  { "about the company", SL_TEXT_SECTION_ABOUT },
  { "about the organization", SL_TEXT_SECTION_ABOUT },
  { "about the organisation", SL_TEXT_SECTION_ABOUT },
  { "about the employer", SL_TEXT_SECTION_ABOUT },
  { "about company", SL_TEXT_SECTION_ABOUT },
  { "company description", SL_TEXT_SECTION_ABOUT },
  { "company overview", SL_TEXT_SECTION_ABOUT },
  { "our company", SL_TEXT_SECTION_ABOUT },
  { "who we are", SL_TEXT_SECTION_ABOUT },
  { "über uns", SL_TEXT_SECTION_ABOUT },
  { "wer wir sind", SL_TEXT_SECTION_ABOUT },
  { "à propos de nous", SL_TEXT_SECTION_ABOUT },
  { "qui sommes-nous", SL_TEXT_SECTION_ABOUT },
  { "qui sommes nous", SL_TEXT_SECTION_ABOUT },
  /* labels whose text is the description */
  { "job description", SL_TEXT_SECTION_DESCRIPTION },
  { "full job description", SL_TEXT_SECTION_DESCRIPTION },
  { "description", SL_TEXT_SECTION_DESCRIPTION },
  { "about the job", SL_TEXT_SECTION_DESCRIPTION },
  { "about the role", SL_TEXT_SECTION_DESCRIPTION },
  { "about this role", SL_TEXT_SECTION_DESCRIPTION },
  { "about the position", SL_TEXT_SECTION_DESCRIPTION },
  { "about the opportunity", SL_TEXT_SECTION_DESCRIPTION },
  { "the role", SL_TEXT_SECTION_DESCRIPTION },
  { "the opportunity", SL_TEXT_SECTION_DESCRIPTION },
  { "overview", SL_TEXT_SECTION_DESCRIPTION },
  { "job overview", SL_TEXT_SECTION_DESCRIPTION },
  { "role overview", SL_TEXT_SECTION_DESCRIPTION },
  { "position summary", SL_TEXT_SECTION_DESCRIPTION },
  { "job summary", SL_TEXT_SECTION_DESCRIPTION },
  { "summary", SL_TEXT_SECTION_DESCRIPTION },
  { "job details", SL_TEXT_SECTION_DESCRIPTION },
  { "details", SL_TEXT_SECTION_DESCRIPTION },
  { "key details", SL_TEXT_SECTION_DESCRIPTION },
  { "at a glance", SL_TEXT_SECTION_DESCRIPTION },
  { "stellenbeschreibung", SL_TEXT_SECTION_DESCRIPTION },
  /* kept in the description under their heading */
  { "benefits", SL_TEXT_SECTION_OTHER },
  { "our benefits", SL_TEXT_SECTION_OTHER },
  { "perks", SL_TEXT_SECTION_OTHER },
  { "perks and benefits", SL_TEXT_SECTION_OTHER },
  { "perks & benefits", SL_TEXT_SECTION_OTHER },
  { "benefits and perks", SL_TEXT_SECTION_OTHER },
  { "what we offer", SL_TEXT_SECTION_OTHER },
  { "what we offer you", SL_TEXT_SECTION_OTHER },
  { "what's in it for you", SL_TEXT_SECTION_OTHER },
  { "why join us", SL_TEXT_SECTION_OTHER },
  { "why you'll love working here", SL_TEXT_SECTION_OTHER },
  { "how to apply", SL_TEXT_SECTION_OTHER },
  { "wir bieten", SL_TEXT_SECTION_OTHER },
  { "was wir bieten", SL_TEXT_SECTION_OTHER },
  { "nous offrons", SL_TEXT_SECTION_OTHER },
  { "ce que nous offrons", SL_TEXT_SECTION_OTHER },
};

int
sl_posting_text_lookup_heading (const char *folded)
{
  return sl_posting_text_lookup (heading_table, G_N_ELEMENTS (heading_table), folded);
}

SlTextSection
sl_posting_text_classify_heading (const char *line)
{
  g_autofree char *folded = NULL;
  int kind;

  g_return_val_if_fail (line != NULL, SL_TEXT_SECTION_NONE);

  if (strlen (line) > SL_POSTING_TEXT_HEADING_MAX)
    return SL_TEXT_SECTION_NONE;

  folded = sl_posting_text_fold (line);
  kind = sl_posting_text_lookup_heading (folded);
  if (kind >= 0)
    return kind;

  /* "About Acme GmbH" */
  if (g_str_has_prefix (folded, "about ") && strlen (folded) <= 50 &&
      !g_ascii_isdigit (folded[6]) && strpbrk (folded, ".!?,") == NULL)
    return SL_TEXT_SECTION_ABOUT;

  /* Our own exports use these (translated) headings. */
  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *label = sl_posting_text_fold (_(sections[i].heading));

      if (strcmp (label, folded) == 0)
        return sections[i].section;
    }

  return SL_TEXT_SECTION_NONE;
}
