/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a job posting pasted or saved as plain text into an SlPosting. */

#define G_LOG_DOMAIN "sl-posting-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-date.h"
#include "sl-error.h"
#include "sl-money.h"
#include "sl-posting-text.h"
#include "sl-posting-text-private.h"

/* Lines longer than this are never metadata or headings. */
#define SHORT_LINE 100

typedef enum {
  KEY_NONE,
  KEY_TITLE,
  KEY_LOCATION,
  KEY_SALARY,
  KEY_EMPLOYMENT,
  KEY_WORKPLACE,
  KEY_POSTED,
  KEY_VALID,
  KEY_DEPARTMENT,
  KEY_MANAGER,
  KEY_ORGANIZATION,
  KEY_OPENINGS,
} KeyKind;

static const SlTextEntry key_table[] = {
  { "title", KEY_TITLE },
  { "job title", KEY_TITLE },
  { "position", KEY_TITLE },
  { "location", KEY_LOCATION },
  { "locations", KEY_LOCATION },
  { "job location", KEY_LOCATION },
  { "work location", KEY_LOCATION },
  { "office", KEY_LOCATION },
  { "office location", KEY_LOCATION },
  { "based in", KEY_LOCATION },
  { "standort", KEY_LOCATION },
  { "lieu", KEY_LOCATION },
  { "salary", KEY_SALARY },
  { "salary range", KEY_SALARY },
  { "base salary", KEY_SALARY },
  { "pay", KEY_SALARY },
  { "pay range", KEY_SALARY },
  { "compensation", KEY_SALARY },
  { "remuneration", KEY_SALARY },
  { "gehalt", KEY_SALARY },
  { "salaire", KEY_SALARY },
  { "employment type", KEY_EMPLOYMENT },
  { "type of employment", KEY_EMPLOYMENT },
  { "job type", KEY_EMPLOYMENT },
  { "contract type", KEY_EMPLOYMENT },
  { "employment", KEY_EMPLOYMENT },
  { "anstellungsart", KEY_EMPLOYMENT },
  { "type de contrat", KEY_EMPLOYMENT },
  { "workplace", KEY_WORKPLACE },
  { "workplace type", KEY_WORKPLACE },
  { "work model", KEY_WORKPLACE },
  { "working model", KEY_WORKPLACE },
  { "work arrangement", KEY_WORKPLACE },
  { "date posted", KEY_POSTED },
  { "posted", KEY_POSTED },
  { "posted on", KEY_POSTED },
  { "published", KEY_POSTED },
  { "publication date", KEY_POSTED },
  { "posting date", KEY_POSTED },
  { "apply by", KEY_VALID },
  { "closing date", KEY_VALID },
  { "application deadline", KEY_VALID },
  { "deadline", KEY_VALID },
  { "valid through", KEY_VALID },
  { "valid until", KEY_VALID },
  { "applications close", KEY_VALID },
  { "expires", KEY_VALID },
  { "department", KEY_DEPARTMENT },
  { "team", KEY_DEPARTMENT },
  { "hiring manager", KEY_MANAGER },
  { "reports to", KEY_MANAGER },
  { "reporting to", KEY_MANAGER },
  { "company", KEY_ORGANIZATION },
  { "company name", KEY_ORGANIZATION },
  { "organization", KEY_ORGANIZATION },
  { "organisation", KEY_ORGANIZATION },
  { "employer", KEY_ORGANIZATION },
  { "openings", KEY_OPENINGS },
  { "open positions", KEY_OPENINGS },
  { "number of openings", KEY_OPENINGS },
  { "vacancies", KEY_OPENINGS },
};

static const SlTextEntry employment_table[] = {
  { "full time", 0 }, { "fulltime", 0 }, { "permanent", 0 }, { "permanent full time", 0 },
  { "full time permanent", 0 }, { "vollzeit", 0 }, { "temps plein", 0 }, { "cdi", 0 },
  { "part time", 1 }, { "parttime", 1 }, { "teilzeit", 1 }, { "temps partiel", 1 },
  { "contract", 2 }, { "contractor", 2 }, { "freelance", 2 }, { "freelancer", 2 },
  { "temporary", 3 }, { "temp", 3 }, { "seasonal", 3 }, { "fixed term", 3 }, { "befristet", 3 },
  { "cdd", 3 },
  { "internship", 4 }, { "intern", 4 }, { "praktikum", 4 }, { "stage", 4 }, { "working student", 4 },
  { "volunteer", 5 }, { "per diem", 6 }, { "other", 7 },
};

static const char * const employment_values[] = {
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
};

/* Words and phrases of workplace types, matched on folded text. */
static const SlTextEntry workplace_table[] = {
  { "remote", SL_WORKPLACE_TYPE_REMOTE },
  { "fully remote", SL_WORKPLACE_TYPE_REMOTE },
  { "100% remote", SL_WORKPLACE_TYPE_REMOTE },
  { "remote first", SL_WORKPLACE_TYPE_REMOTE },
  { "remote-first", SL_WORKPLACE_TYPE_REMOTE },
  { "work from home", SL_WORKPLACE_TYPE_REMOTE },
  { "wfh", SL_WORKPLACE_TYPE_REMOTE },
  { "télétravail", SL_WORKPLACE_TYPE_REMOTE },
  { "hybrid", SL_WORKPLACE_TYPE_HYBRID },
  { "hybride", SL_WORKPLACE_TYPE_HYBRID },
  { "on-site", SL_WORKPLACE_TYPE_ON_SITE },
  { "onsite", SL_WORKPLACE_TYPE_ON_SITE },
  { "on site", SL_WORKPLACE_TYPE_ON_SITE },
  { "in-office", SL_WORKPLACE_TYPE_ON_SITE },
  { "in office", SL_WORKPLACE_TYPE_ON_SITE },
  { "office-based", SL_WORKPLACE_TYPE_ON_SITE },
  { "vor ort", SL_WORKPLACE_TYPE_ON_SITE },
  { "sur site", SL_WORKPLACE_TYPE_ON_SITE },
};

/* Parts of job-board header lines that carry nothing worth keeping. */
static const char * const noise_suffixes[] = {
  "applicants", "applicant", "level", "promoted", "easy apply", "actively hiring",
  "actively recruiting", "be an early applicant", "responses managed off linkedin",
};

int
sl_posting_text_lookup (const SlTextEntry *table,
                        gsize              n,
                        const char        *folded)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (table[i].name, folded) == 0)
      return table[i].kind;
  return -1;
}

/* The parser */

typedef struct
{
  GDateTime     *now;

  char          *title;
  char          *title_folded;
  char          *organization;
  /* "Acme is a …" in the text: the employer when nothing else names it */
  char          *organization_guess;
  char          *department;
  char          *hiring_manager;
  guint          openings;
  char          *employment_type;
  char          *date_posted;
  char          *valid_through;
  gboolean       has_workplace;
  SlWorkplaceType workplace;
  gboolean       has_salary;
  SlSalaryText   salary;
  GPtrArray     *locations;
  GPtrArray     *lists[3];
  GString       *description;
  GString       *about;

  SlTextSection  section;
  gboolean       in_header;
  gboolean       blank_before;
  gboolean       after_title;
  KeyKind        pending_key;

  /* the paragraph being written, in description or about */
  GString       *para_dest;
  gboolean       para_is_list;
  /* the list item being written */
  GPtrArray     *item_list;
  gboolean       section_has_bullets;
} Parser;

static void
parser_clear (Parser *self)
{
  g_free (self->title);
  g_free (self->title_folded);
  g_free (self->organization);
  g_free (self->organization_guess);
  g_free (self->department);
  g_free (self->hiring_manager);
  g_free (self->employment_type);
  g_free (self->date_posted);
  g_free (self->valid_through);
  sl_salary_text_clear (&self->salary);
  g_ptr_array_unref (self->locations);
  for (guint i = 0; i < G_N_ELEMENTS (self->lists); i++)
    g_ptr_array_unref (self->lists[i]);
  g_string_free (self->description, TRUE);
  g_string_free (self->about, TRUE);
}

static void
set_once (char       **dest,
          const char  *value)
{
  if (*dest == NULL && value != NULL && *value != '\0')
    *dest = g_strdup (value);
}

static const char *
employment_from_folded (const char *folded)
{
  g_autofree char *norm = g_strdup (folded);
  int kind;

  g_strdelimit (norm, "-_", ' ');
  kind = sl_posting_text_lookup (employment_table, G_N_ELEMENTS (employment_table), norm);
  return kind >= 0 ? employment_values[kind] : NULL;
}

/* "Full-time", "Full-time, Permanent", "Contract / Freelance" */
static gboolean
try_employment (Parser     *self,
                const char *folded,
                gboolean    keyed)
{
  g_auto (GStrv) parts = g_strsplit_set (folded, ",/", -1);
  const char *found = NULL;
  gboolean all = TRUE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *type;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      type = employment_from_folded (parts[i]);
      if (type == NULL)
        all = FALSE;
      else if (found == NULL)
        found = type;
    }

  if (found == NULL || (!keyed && !all))
    return FALSE;
  set_once (&self->employment_type, found);
  return TRUE;
}

/* Strips a workplace word at the start ("Remote (EU)", "Hybrid - Berlin")
 * or in parentheses at the end ("Berlin, Germany (Hybrid)"); returns what
 * is left, the place. */
static gboolean
split_workplace (const char      *part,
                 SlWorkplaceType *type,
                 char           **rest)
{
  g_autofree char *full = sl_posting_text_fold (part);
  /* ASCII-only lower case keeps the byte offsets of @part */
  g_autofree char *folded = g_ascii_strdown (part, -1);
  gsize len = strlen (part);
  int kind;

  kind = sl_posting_text_lookup (workplace_table, G_N_ELEMENTS (workplace_table), full);
  if (kind >= 0)
    {
      *type = kind;
      *rest = NULL;
      return TRUE;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (workplace_table); i++)
    {
      const char *w = workplace_table[i].name;
      gsize wl = strlen (w);

      /* leading: "remote (eu)", "remote - us", "remote, germany", "remote: emea" */
      if (strncmp (folded, w, wl) == 0 && strchr (" (,:-", folded[wl]) != NULL && folded[wl] != '\0')
        {
          GString *r = g_string_new (part + wl);

          g_strstrip (r->str);
          r->len = strlen (r->str);
          while (r->len > 0)
            {
              if (strchr ("(,:- ", r->str[0]) != NULL)
                g_string_erase (r, 0, 1);
              else if (g_str_has_prefix (r->str, "\xe2\x80\x93"))
                g_string_erase (r, 0, 3);
              else
                break;
            }
          while (r->len > 0 && (r->str[r->len - 1] == ')' || r->str[r->len - 1] == ' '))
            g_string_truncate (r, r->len - 1);
          *type = workplace_table[i].kind;
          *rest = r->len > 0 ? g_string_free (r, FALSE) : (g_string_free (r, TRUE), NULL);
          return TRUE;
        }

      /* trailing: "berlin, germany (hybrid)" */
      if (len > wl + 2 && part[len - 1] == ')' && folded[strlen (folded) - 1] == ')')
        {
          gsize fl = strlen (folded);

          if (fl > wl + 2 && strncmp (folded + fl - 1 - wl, w, wl) == 0 && folded[fl - 2 - wl] == '(')
            {
              char *r = g_strndup (part, len - 2 - wl);

              g_strstrip (r);
              *type = workplace_table[i].kind;
              if (*r == '\0')
                g_clear_pointer (&r, g_free);
              *rest = r;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* A place written like "Bengaluru, Karnataka, India" or "Berlin, Germany". */
static gboolean
looks_like_place (const char *part,
                  gboolean    need_comma)
{
  g_auto (GStrv) pieces = g_strsplit (part, ",", -1);
  guint n = g_strv_length (pieces);

  if (strlen (part) > 80 || n > 5 || (need_comma && n < 2))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_auto (GStrv) words = NULL;
      guint nw;

      g_strstrip (pieces[i]);
      if (pieces[i][0] == '\0')
        return FALSE;
      words = g_strsplit (pieces[i], " ", -1);
      nw = g_strv_length (words);
      if (nw > 4)
        return FALSE;
      for (guint j = 0; j < nw; j++)
        {
          gunichar c = g_utf8_get_char (words[j]);

          if (words[j][0] == '\0')
            continue;
          /* "Frankfurt am Main", "Rio de Janeiro" */
          if (j > 0 && (strcmp (words[j], "am") == 0 || strcmp (words[j], "de") == 0 ||
                        strcmp (words[j], "upon") == 0 || strcmp (words[j], "on") == 0 ||
                        strcmp (words[j], "del") == 0 || strcmp (words[j], "la") == 0 ||
                        strcmp (words[j], "of") == 0 || strcmp (words[j], "an") == 0))
            continue;
          if (!g_unichar_isupper (c) && c != '(')
            return FALSE;
          for (const char *p = words[j]; *p; p++)
            if (g_ascii_isdigit (*p) || *p == '.' || *p == '!' || *p == '?' || *p == ':')
              return FALSE;
        }
    }
  return TRUE;
}

static void
add_location (Parser     *self,
              const char *location)
{
  for (guint i = 0; i < self->locations->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->locations, i), location) == 0)
      return;
  g_ptr_array_add (self->locations, g_strdup (location));
}

/* A location value: "Berlin, Germany (Hybrid)", "Remote (EU)",
 * "Berlin, Germany; Munich, Germany". */
static void
take_locations (Parser     *self,
                const char *value)
{
  g_auto (GStrv) parts = g_strsplit_set (value, ";|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *rest = NULL;
      SlWorkplaceType type;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (split_workplace (parts[i], &type, &rest))
        {
          if (!self->has_workplace)
            {
              self->has_workplace = TRUE;
              self->workplace = type;
            }
          if (rest != NULL)
            add_location (self, rest);
        }
      else
        add_location (self, parts[i]);
    }
}

static void
take_salary (Parser       *self,
             SlSalaryText *salary)
{
  if (self->has_salary)
    {
      sl_salary_text_clear (salary);
      return;
    }
  self->has_salary = TRUE;
  self->salary = *salary;
  memset (salary, 0, sizeof *salary);
}

static gboolean
take_date (Parser     *self,
           char      **dest,
           const char *folded)
{
  static const char * const prefixes[] = {
    "posted on ", "posted ", "reposted ", "published on ", "published ", "active ",
    "date posted ", "veröffentlicht am ", "publié le ", "publié ",
  };
  char *date = NULL;

  for (gsize i = 0; date == NULL && i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (folded, prefixes[i]))
      date = sl_date_parse (folded + strlen (prefixes[i]), self->now);
  if (date == NULL)
    date = sl_date_parse (folded, self->now);
  if (date == NULL)
    return FALSE;
  if (*dest == NULL)
    *dest = date;
  else
    g_free (date);
  return TRUE;
}

static gboolean
apply_key (Parser     *self,
           KeyKind     key,
           const char *value)
{
  g_autofree char *folded = sl_posting_text_fold (value);

  switch (key)
    {
    case KEY_TITLE:
      g_free (self->title);
      self->title = g_strdup (value);
      g_free (self->title_folded);
      self->title_folded = g_steal_pointer (&folded);
      return TRUE;
    case KEY_LOCATION:
      take_locations (self, value);
      return TRUE;
    case KEY_SALARY:
      {
        SlSalaryText salary;

        if (sl_salary_text_parse (value, TRUE, &salary))
          take_salary (self, &salary);
        else
          return FALSE;
        return TRUE;
      }
    case KEY_EMPLOYMENT:
      return try_employment (self, folded, TRUE);
    case KEY_WORKPLACE:
      {
        g_autofree char *rest = NULL;
        SlWorkplaceType type;

        if (!split_workplace (value, &type, &rest))
          return FALSE;
        self->has_workplace = TRUE;
        self->workplace = type;
        if (rest != NULL)
          add_location (self, rest);
        return TRUE;
      }
    case KEY_POSTED:
      return take_date (self, &self->date_posted, folded);
    case KEY_VALID:
      return take_date (self, &self->valid_through, folded);
    case KEY_DEPARTMENT:
      set_once (&self->department, value);
      return TRUE;
    case KEY_MANAGER:
      set_once (&self->hiring_manager, value);
      return TRUE;
    case KEY_ORGANIZATION:
      set_once (&self->organization, value);
      return TRUE;
    case KEY_OPENINGS:
      {
        char *end = NULL;
        guint64 n = g_ascii_strtoull (value, &end, 10);

        if (end == value || n == 0 || n > 10000)
          return FALSE;
        self->openings = (guint) n;
        return TRUE;
      }
    case KEY_NONE:
    default:
      break;
    }
  return FALSE;
}

static KeyKind find_key (const char  *line,
                         const char **value);

static gboolean
is_noise (const char *folded)
{
  for (gsize i = 0; i < G_N_ELEMENTS (noise_suffixes); i++)
    if (g_str_has_suffix (folded, noise_suffixes[i]))
      return TRUE;
  return FALSE;
}

/* One piece of a header line, without a key: a workplace, an employment
 * type, a date, a salary, a place. */
static gboolean
try_bare (Parser     *self,
          const char *part,
          gboolean    in_split_line)
{
  g_autofree char *folded = sl_posting_text_fold (part);
  g_autofree char *rest = NULL;
  SlWorkplaceType type;
  SlSalaryText salary;

  if (try_employment (self, folded, FALSE))
    return TRUE;
  if (in_split_line)
    {
      const char *value = NULL;
      KeyKind key = find_key (part, &value);

      if (key != KEY_NONE && key != KEY_TITLE && value != NULL && apply_key (self, key, value))
        return TRUE;
    }
  if (g_str_has_prefix (folded, "apply by ") || g_str_has_prefix (folded, "closes "))
    return take_date (self, &self->valid_through, strchr (folded, ' ') + (folded[0] == 'a' ? 4 : 1));
  if (take_date (self, &self->date_posted, folded))
    return TRUE;
  if (sl_salary_text_parse (part, FALSE, &salary))
    {
      take_salary (self, &salary);
      return TRUE;
    }
  if (split_workplace (part, &type, &rest))
    {
      if (!self->has_workplace)
        {
          self->has_workplace = TRUE;
          self->workplace = type;
        }
      if (rest != NULL)
        take_locations (self, rest);
      return TRUE;
    }
  if (in_split_line && is_noise (folded))
    return TRUE;
  /* in "Acme · Berlin · 2 days ago" an unknown part is the employer first */
  if (self->in_header && looks_like_place (part, TRUE))
    {
      take_locations (self, part);
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_part_separator (const char *p,
                   gsize      *len)
{
  if (g_str_has_prefix (p, " \xc2\xb7 "))
    *len = 4;
  else if (g_str_has_prefix (p, " \xe2\x80\xa2 "))
    *len = 5;
  else if (g_str_has_prefix (p, " | "))
    *len = 3;
  else
    return FALSE;
  return TRUE;
}

/* "Acme · Berlin, Germany (Hybrid) · 1 week ago · 87 applicants",
 * "€3,800 - €4,600 a month - Full-time". */
static gboolean
try_split_line (Parser     *self,
                const char *line)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = line;
  const char *p = line;
  gboolean any = FALSE;

  while (*p)
    {
      gsize n = 0;

      if (is_part_separator (p, &n))
        {
          g_ptr_array_add (parts, g_strndup (start, p - start));
          p += n;
          start = p;
        }
      /* " - " between words, not inside a salary range */
      else if (p > line && (g_str_has_prefix (p, " - ") || g_str_has_prefix (p, " \xe2\x80\x93 ")) &&
               g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[p[1] == '-' ? 3 : 5]))
        {
          g_ptr_array_add (parts, g_strndup (start, p - start));
          p += p[1] == '-' ? 3 : 5;
          start = p;
        }
      else
        p++;
    }
  g_ptr_array_add (parts, g_strdup (start));

  if (parts->len < 2)
    return FALSE;

  {
    g_autofree gboolean *known = g_new0 (gboolean, parts->len);

    for (guint i = 0; i < parts->len; i++)
      {
        char *part = g_ptr_array_index (parts, i);

        g_strstrip (part);
        known[i] = part[0] == '\0' || try_bare (self, part, TRUE);
        any |= known[i] && part[0] != '\0';
      }
    if (!any)
      return FALSE;

    for (guint i = 0; i < parts->len; i++)
      {
        const char *part = g_ptr_array_index (parts, i);

        if (known[i])
          continue;
        if (i == 0 && self->organization == NULL && self->in_header)
          self->organization = g_strdup (part);
        else if (looks_like_place (part, FALSE))
          take_locations (self, part);
        else
          {
            if (self->description->len > 0)
              g_string_append (self->description, "\n\n");
            g_string_append (self->description, part);
            self->para_dest = NULL;
          }
      }
  }
  return TRUE;
}

/* "Location: Berlin", or "Location" alone with the value on the next line. */
static KeyKind
find_key (const char  *line,
          const char **value)
{
  const char *colon = strchr (line, ':');
  g_autofree char *key = NULL;
  g_autofree char *folded = NULL;
  int kind;

  *value = NULL;
  if (colon == NULL)
    {
      if (strlen (line) > 30)
        return KEY_NONE;
      folded = sl_posting_text_fold (line);
      kind = sl_posting_text_lookup (key_table, G_N_ELEMENTS (key_table), folded);
      return kind > 0 ? kind : KEY_NONE;
    }
  if (colon - line > 30)
    return KEY_NONE;
  key = g_strndup (line, colon - line);
  folded = sl_posting_text_fold (key);
  kind = sl_posting_text_lookup (key_table, G_N_ELEMENTS (key_table), folded);
  if (kind <= 0)
    return KEY_NONE;
  *value = colon + 1;
  while (**value == ' ')
    (*value)++;
  /* "Location:" alone: the value is on the next line */
  if (**value == '\0')
    *value = NULL;
  return kind;
}

static GPtrArray *
section_list (Parser        *self,
              SlTextSection  section)
{
  switch (section)
    {
    case SL_TEXT_SECTION_RESPONSIBILITIES:
      return self->lists[0];
    case SL_TEXT_SECTION_QUALIFICATIONS:
      return self->lists[1];
    case SL_TEXT_SECTION_NICE_TO_HAVE:
      return self->lists[2];
    case SL_TEXT_SECTION_NONE:
    case SL_TEXT_SECTION_DESCRIPTION:
    case SL_TEXT_SECTION_OTHER:
    case SL_TEXT_SECTION_ABOUT:
    default:
      return NULL;
    }
}

/* Adds a line to the description or about text: paragraphs are separated
 * by blank lines, wrapped lines joined, list items written "- item". */
static void
add_text (Parser     *self,
          GString    *dest,
          const char *line,
          const char *bullet_text)
{
  gboolean continues = self->para_dest == dest && !self->blank_before;

  if (bullet_text != NULL)
    {
      if (continues && self->para_is_list)
        g_string_append_c (dest, '\n');
      else
        {
          if (dest->len > 0)
            g_string_append (dest, "\n\n");
          self->para_is_list = TRUE;
        }
      g_string_append (dest, "- ");
      g_string_append (dest, bullet_text);
    }
  else if (continues)
    {
      g_string_append_c (dest, ' ');
      g_string_append (dest, line);
    }
  else
    {
      if (dest->len > 0)
        g_string_append (dest, "\n\n");
      g_string_append (dest, line);
      self->para_is_list = FALSE;
    }
  self->para_dest = dest;
  self->item_list = NULL;
}

static gboolean
ends_sentence (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".!?;:", text[len - 1]) != NULL;
}

static void
add_item (Parser     *self,
          GPtrArray  *list,
          const char *line,
          const char *bullet_text)
{
  gboolean continues = self->item_list == list && !self->blank_before && list->len > 0;

  if (bullet_text != NULL)
    {
      g_ptr_array_add (list, g_strdup (bullet_text));
      self->section_has_bullets = TRUE;
    }
  else if (continues &&
           (self->section_has_bullets ||
            (!ends_sentence (g_ptr_array_index (list, list->len - 1)) &&
             g_unichar_islower (g_utf8_get_char (line)))))
    {
      char *last = g_ptr_array_index (list, list->len - 1);

      list->pdata[list->len - 1] = g_strconcat (last, " ", line, NULL);
      g_free (last);
    }
  else if (line[strlen (line) - 1] == ':' || (self->section_has_bullets && self->blank_before))
    {
      /* "In this role you will:" introduces the list; a paragraph after a
       * bulleted list is no item of it */
      add_text (self, self->description, line, NULL);
      return;
    }
  else
    g_ptr_array_add (list, g_strdup (line));
  self->item_list = list;
  self->para_dest = NULL;
}

static void
start_section (Parser        *self,
               SlTextSection  section,
               const char    *line)
{
  self->section = section;
  self->in_header = FALSE;
  self->section_has_bullets = FALSE;
  self->item_list = NULL;
  self->para_dest = NULL;
  self->pending_key = KEY_NONE;

  if (section == SL_TEXT_SECTION_OTHER)
    {
      g_autofree char *heading = g_strdup (line);
      gsize len = strlen (heading);

      while (len > 0 && (heading[len - 1] == ':' || heading[len - 1] == '*' || heading[len - 1] == ' '))
        heading[--len] = '\0';
      add_text (self, self->description, heading + strspn (heading, "#* "), NULL);
      self->para_dest = NULL;
    }
}

/* Markdown: a "**Location:** Berlin", "**Location**: Berlin" or
 * "__Location: Berlin__" label without its marks, "Location: Berlin", when
 * it is one of the keys; NULL otherwise, so a bold heading stays one. */
static char *
unbold_label (const char *line)
{
  g_autoptr (GString) out = NULL;
  const char *mark;
  const char *close;
  const char *value = NULL;

  if (!g_str_has_prefix (line, "**") && !g_str_has_prefix (line, "__"))
    return NULL;
  mark = line[0] == '*' ? "**" : "__";
  close = strstr (line + 2, mark);
  if (close == NULL)
    return NULL;
  out = g_string_new_len (line + 2, close - (line + 2));
  g_string_append (out, close + 2);
  if (find_key (out->str, &value) == KEY_NONE)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A Markdown table row, "| **Location** | Berlin, Germany |": a row of a
 * key and its value as "Location: Berlin, Germany", any other row as an
 * item "- Early shift: 6–14" (cells joined by ": " or " · "); "" for the
 * rule under the header and for a header of column names. NULL for a line
 * that is no table row. */
static char *
table_row_text (const char *line)
{
  static const char * const column_names[] = {
    "", "field", "value", "detail", "details", "key", "info", "item", "description",
  };
  gsize len = strlen (line);
  g_auto (GStrv) cells = NULL;
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();
  gboolean rule = TRUE;
  gboolean names = TRUE;

  if (len < 3 || line[0] != '|' || line[len - 1] != '|')
    return NULL;
  cells = g_strsplit (line, "|", -1);
  /* the first and last are the empty sides of the outer bars */
  for (guint i = 1; cells[i] != NULL && cells[i + 1] != NULL; i++)
    {
      g_autofree char *folded = NULL;
      char *cell = g_strstrip (cells[i]);

      if (strspn (cell, ":- ") != strlen (cell) || strchr (cell, '-') == NULL)
        rule = FALSE;
      folded = sl_posting_text_fold (cell);
      if (!g_strv_contains (column_names, folded))
        names = FALSE;
      if (*cell != '\0')
        g_ptr_array_add (kept, cell);
    }
  if (rule || names)
    return g_strdup ("");
  if (kept->len == 2)
    {
      g_autofree char *key = sl_posting_text_strip_strong (g_ptr_array_index (kept, 0));
      const char *label = key != NULL ? key : g_ptr_array_index (kept, 0);
      g_autofree char *pair = g_strdup_printf ("%s%s %s", label, g_str_has_suffix (label, ":") ? "" : ":",
                                               (char *) g_ptr_array_index (kept, 1));
      const char *value = NULL;

      if (find_key (pair, &value) != KEY_NONE)
        return g_steal_pointer (&pair);
      return g_strconcat ("- ", pair, NULL);
    }
  g_ptr_array_add (kept, NULL);
  {
    g_autofree char *joined = g_strjoinv (" \xc2\xb7 ", (char **) kept->pdata);

    return g_strconcat ("- ", joined, NULL);
  }
}

static void handle_text_line (Parser     *self,
                              const char *line,
                              const char *bullet_text);

static void
handle_line (Parser     *self,
             const char *line,
             guint       indent)
{
  g_autofree char *row = table_row_text (line);
  g_autofree char *unbolded = NULL;
  const char *bullet_text;
  gsize len;
  SlTextSection heading;
  const char *value = NULL;
  KeyKind key;

  if (row != NULL)
    {
      if (*row == '\0')
        return;
      line = row;
    }
  unbolded = unbold_label (line);
  if (unbolded != NULL)
    line = unbolded;
  bullet_text = sl_posting_text_strip_bullet (line);
  len = strlen (line);

  /* "- **Location:** Berlin" in a list of facts */
  if (bullet_text != NULL && section_list (self, self->section) == NULL)
    {
      g_autofree char *label = unbold_label (bullet_text);

      if (label != NULL && (key = find_key (label, &value)) != KEY_TITLE &&
          value != NULL && apply_key (self, key, value))
        return;
    }

  /* The title: the first meaningful line. */
  if (self->title == NULL)
    {
      key = find_key (line, &value);
      if (key == KEY_TITLE && value != NULL && *value != '\0')
        {
          apply_key (self, key, value);
          self->after_title = TRUE;
          return;
        }
      if (sl_posting_text_classify_heading (line) == SL_TEXT_SECTION_NONE && len <= 200)
        {
          g_autofree char *title = g_strdup (line + strspn (line, "#* "));
          gsize tl = strlen (title);

          while (tl > 0 && (title[tl - 1] == '*' || title[tl - 1] == ' '))
            title[--tl] = '\0';
          if (tl > 0)
            {
              self->title = g_steal_pointer (&title);
              self->title_folded = sl_posting_text_fold (self->title);
              self->after_title = TRUE;
              return;
            }
        }
    }

  if (self->pending_key != KEY_NONE)
    {
      KeyKind pending = self->pending_key;

      self->pending_key = KEY_NONE;
      if (apply_key (self, pending, line))
        return;
    }

  if (len <= SL_POSTING_TEXT_HEADING_MAX && bullet_text == NULL)
    {
      g_autofree char *folded = sl_posting_text_fold (line);

      /* a title repeated under the job board's header */
      if (self->section == SL_TEXT_SECTION_NONE && self->title_folded != NULL &&
          strcmp (folded, self->title_folded) == 0)
        return;

      heading = sl_posting_text_classify_heading (line);
      if (heading == SL_TEXT_SECTION_ABOUT && self->organization == NULL &&
          g_str_has_prefix (folded, "about ") &&
          sl_posting_text_lookup_heading (folded) < 0)
        {
          g_autofree char *name = g_strdup (line + strspn (line, "#* "));
          gsize nl;

          nl = strlen (name);
          while (nl > 0 && strchr (":* ", name[nl - 1]) != NULL)
            name[--nl] = '\0';
          if (nl > 6 && g_ascii_strncasecmp (name, "about ", 6) == 0)
            self->organization = g_strdup (name + 6);
        }
      if (heading != SL_TEXT_SECTION_NONE)
        {
          start_section (self, heading, line);
          return;
        }
    }

  if (len <= 200 && bullet_text == NULL)
    {
      key = find_key (line, &value);
      if (key != KEY_NONE && key != KEY_TITLE && value == NULL)
        {
          self->pending_key = key;
          return;
        }
      if (key != KEY_NONE && (key != KEY_TITLE || self->section == SL_TEXT_SECTION_NONE) &&
          value != NULL && *value != '\0' && apply_key (self, key, value))
        return;

      /* "Requirements: 5 years of Go" */
      {
        const char *colon = strchr (line, ':');

        if (colon != NULL && colon - line < 40 && colon[1] == ' ')
          {
            g_autofree char *head = g_strndup (line, colon - line);
            SlTextSection s = sl_posting_text_classify_heading (head);

            if (section_list (self, s) != NULL)
              {
                start_section (self, s, head);
                add_item (self, section_list (self, s), colon + 2, NULL);
                return;
              }
          }
      }

      /* "Posted 30+ days ago" at the end of a job board's page */
      if (len <= 40 && self->section != SL_TEXT_SECTION_NONE)
        {
          g_autofree char *folded = sl_posting_text_fold (line);

          if (take_date (self, &self->date_posted, folded))
            return;
        }

      if (len <= SHORT_LINE && self->section == SL_TEXT_SECTION_NONE)
        {
          if (try_bare (self, line, FALSE) || try_split_line (self, line))
            {
              self->after_title = FALSE;
              return;
            }

          /* the employer's name right under the title */
          if (self->after_title && self->in_header && self->organization == NULL &&
              !ends_sentence (line) && g_unichar_isupper (g_utf8_get_char (line)) &&
              len <= 60 && strchr (line, ',') == NULL)
            {
              self->organization = g_strdup (line);
              self->after_title = FALSE;
              return;
            }
        }

      if (sl_posting_text_looks_like_heading (line) &&
          !(section_list (self, self->section) != NULL && line[len - 1] == ':'))
        {
          start_section (self, SL_TEXT_SECTION_OTHER, line);
          return;
        }
    }

  self->after_title = FALSE;
  (void) indent;

  {
    g_autofree char *plain = sl_posting_text_strip_strong (line);
    g_autofree char *plain_bullet = bullet_text != NULL ? sl_posting_text_strip_strong (bullet_text) : NULL;

    handle_text_line (self, plain != NULL ? plain : line,
                      plain_bullet != NULL ? plain_bullet : bullet_text);
  }
}

/* A line of text, no heading or key: an item of the section's list, or a
 * line of the description or of the about text. */
static void
handle_text_line (Parser     *self,
                  const char *line,
                  const char *bullet_text)
{
  GPtrArray *list = section_list (self, self->section);

  if (list != NULL)
    {
      add_item (self, list, line, bullet_text);
      return;
    }

  if (bullet_text == NULL && self->organization_guess == NULL)
    self->organization_guess = sl_posting_text_company_from_sentence (line);

  if (self->section == SL_TEXT_SECTION_ABOUT)
    add_text (self, self->about, line, bullet_text);
  else
    {
      add_text (self, self->description, line, bullet_text);
      self->in_header = FALSE;
    }
}

/* Refuses what is not text: NUL bytes, invalid UTF-8, mostly control
 * characters. */
static gboolean
check_text (const char  *text,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;
  gsize controls = 0;
  gsize chars = 0;

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The file is not text: it contains binary data. Choose a plain-text or JSON file with the job posting."));
      return FALSE;
    }
  if (!g_utf8_validate (text, length, &end))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_PARSE,
                   _("The text is not valid UTF-8 (at byte %" G_GSIZE_FORMAT "). Save the file as UTF-8 and import it again."),
                   (gsize) (end - text));
      return FALSE;
    }
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if ((c & 0xC0) != 0x80)
        chars++;
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7F)
        controls++;
      /* U+FFFD, what a broken conversion leaves */
      if (c == 0xEF && i + 2 < length && (guchar) text[i + 1] == 0xBF && (guchar) text[i + 2] == 0xBD)
        controls++;
    }
  if (chars > 0 && controls * 20 > chars)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The file is not text: it is mostly control characters. Choose a plain-text or JSON file with the job posting."));
      return FALSE;
    }
  return TRUE;
}

/**
 * sl_posting_text_parse:
 * @text: the posting as text, UTF-8
 * @length: the length of @text in bytes, or -1 when it is nul-terminated
 * @now: (nullable): the time relative dates ("3 days ago") count back from;
 *   the current time when %NULL
 * @error: return location for an %SL_ERROR_PARSE
 *
 * Reads a job posting copied from a careers page or a job board: the title,
 * location, workplace and employment type, salary, the posted date and the
 * sections (responsibilities, qualifications, nice to have, about the
 * company). Text that fits no field is kept in the description.
 *
 * Returns: (transfer full) (nullable): a new, unsaved posting, or %NULL when
 *   @text is empty or not text
 */
SlPosting *
sl_posting_text_parse (const char  *text,
                       gssize       length,
                       GDateTime   *now,
                       GError     **error)
{
  g_autoptr (GDateTime) local_now = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GString) line = NULL;
  Parser parser = { 0 };
  const char *p;
  const char *end;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);

  if (length == 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The text is empty. Paste or choose a job posting with at least a title."));
      return NULL;
    }

  if (!check_text (text, length, error))
    return NULL;

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  parser.now = now;
  parser.locations = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (parser.lists); i++)
    parser.lists[i] = g_ptr_array_new_with_free_func (g_free);
  parser.description = g_string_new (NULL);
  parser.about = g_string_new (NULL);
  parser.in_header = TRUE;

  line = g_string_sized_new (256);
  p = text;
  end = text + length;
  while (p < end)
    {
      const char *eol = p;
      guint indent;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;

      g_string_truncate (line, 0);
      indent = sl_posting_text_append_clean (line, p, eol - p);
      if (line->len == 0 || sl_posting_text_is_rule (line->str))
        parser.blank_before = TRUE;
      else
        {
          handle_line (&parser, line->str, indent);
          parser.blank_before = FALSE;
        }

      if (eol < end && *eol == '\r' && eol + 1 < end && eol[1] == '\n')
        eol++;
      p = eol + 1;
    }

  if (parser.title == NULL)
    {
      parser_clear (&parser);
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The text is empty. Paste or choose a job posting with at least a title."));
      return NULL;
    }

  if (parser.has_salary)
    {
      g_autoptr (GError) range_error = NULL;

      if (!sl_salary_check (parser.salary.min, &range_error) ||
          !sl_salary_check (parser.salary.max, &range_error))
        {
          parser_clear (&parser);
          /* Translators: %s says what is wrong with the amount */
          g_set_error (error, SL_ERROR, SL_ERROR_PARSE, _("The posting’s salary cannot be read: %s"),
                       range_error->message);
          return NULL;
        }
    }

  posting = sl_posting_new ();
  sl_posting_set_title (posting, parser.title);
  sl_posting_set_organization (posting, parser.organization != NULL ? parser.organization : parser.organization_guess);
  sl_posting_set_department (posting, parser.department);
  sl_posting_set_hiring_manager (posting, parser.hiring_manager);
  if (parser.openings > 0)
    sl_posting_set_openings (posting, parser.openings);
  if (parser.locations->len > 0)
    {
      g_ptr_array_add (parser.locations, NULL);
      sl_posting_set_locations (posting, (const char * const *) parser.locations->pdata);
    }
  if (parser.has_workplace)
    sl_posting_set_workplace_type (posting, parser.workplace);
  sl_posting_set_employment_type (posting, parser.employment_type);
  sl_posting_set_date_posted (posting, parser.date_posted);
  sl_posting_set_valid_through (posting, parser.valid_through);
  if (parser.has_salary)
    {
      sl_posting_set_salary_min (posting, parser.salary.min);
      sl_posting_set_salary_max (posting, parser.salary.max);
      sl_posting_set_salary_currency (posting, parser.salary.currency);
      sl_posting_set_salary_unit (posting, parser.salary.unit);
    }
  if (parser.description->len > 0)
    sl_posting_set_description (posting, parser.description->str);
  if (parser.about->len > 0)
    sl_posting_set_about (posting, parser.about->str);

  {
    void (*setters[]) (SlPosting *, const char * const *) = {
      sl_posting_set_responsibilities, sl_posting_set_qualifications, sl_posting_set_nice_to_have,
    };

    for (guint i = 0; i < G_N_ELEMENTS (setters); i++)
      {
        /* NULL-terminated for the setter, which copies the strings */
        g_ptr_array_add (parser.lists[i], NULL);
        setters[i] (posting, (const char * const *) parser.lists[i]->pdata);
      }
  }

  parser_clear (&parser);
  return g_steal_pointer (&posting);
}
