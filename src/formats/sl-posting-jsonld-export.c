/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing an SlPosting as a schema.org JobPosting (JSON-LD), its description as HTML. */

#define G_LOG_DOMAIN "sl-posting-jsonld-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sl-error.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-sections.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* Paragraphs become <p> (single line breaks <br>), paragraphs whose every
 * line starts with "- " become <ul>. */
static void
append_text_html (GString    *out,
                  const char *text)
{
  g_auto (GStrv) paragraphs = NULL;

  if (text == NULL || *text == '\0')
    return;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto (GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);
      gboolean is_list = lines[0] != NULL;

      if (paragraphs[i][0] == '\0')
        continue;
      for (guint j = 0; lines[j] != NULL; j++)
        if (!g_str_has_prefix (lines[j], "- "))
          is_list = FALSE;

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (is_list)
        {
          g_string_append (out, "<ul>");
          for (guint j = 0; lines[j] != NULL; j++)
            {
              g_string_append (out, "<li>");
              append_escaped (out, lines[j] + 2);
              g_string_append (out, "</li>");
            }
          g_string_append (out, "</ul>");
        }
      else
        {
          g_string_append (out, "<p>");
          for (guint j = 0; lines[j] != NULL; j++)
            {
              if (j > 0)
                g_string_append (out, "<br>");
              append_escaped (out, lines[j]);
            }
          g_string_append (out, "</p>");
        }
    }
}

static void
append_section_html (GString            *out,
                     const char         *heading,
                     const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, "<h3>");
  append_escaped (out, heading);
  g_string_append (out, "</h3>\n<ul>");
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append (out, "<li>");
      append_escaped (out, items[i]);
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul>");
}

static char *
description_html (SlPosting *posting)
{
  GString *out = g_string_new (NULL);
  const char *about = sl_posting_get_about (posting);
  guint n_sections;
  const SlPostingSectionInfo *sections = sl_posting_sections (&n_sections);

  append_text_html (out, sl_posting_get_description (posting));
  for (guint i = 0; i < n_sections; i++)
    if (sections[i].get_items != NULL)
      append_section_html (out, sl_posting_section_heading (sections[i].section), sections[i].get_items (posting));
  if (about != NULL && *about != '\0')
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, "<h3>");
      append_escaped (out, sl_posting_section_heading (SL_TEXT_SECTION_ABOUT));
      g_string_append (out, "</h3>");
      {
        GString *about_html = g_string_new (NULL);

        append_text_html (about_html, about);
        g_string_append_c (out, '\n');
        g_string_append_len (out, about_html->str, about_html->len);
        g_string_free (about_html, TRUE);
      }
    }
  return g_string_free (out, FALSE);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL || *value == '\0')
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/**
 * sl_json_builder_add_amount:
 * @builder: a builder expecting a value
 * @amount: a salary figure
 *
 * Adds @amount as a number that every JSON reader can parse: whole
 * amounts as integers, others with their cents. json-glib 1.6 writes a
 * double with "%g" and appends ".0", so 1e42 would become "1e+42.0", which
 * is not JSON: an amount outside sl_salary_check()'s range (or NaN, or
 * infinite) is written as null. Every exporter writes salaries with it.
 */
void
sl_json_builder_add_amount (JsonBuilder *builder,
                            double       amount)
{
  double cents;

  g_return_if_fail (JSON_IS_BUILDER (builder));

  if (!sl_salary_check (amount, NULL))
    {
      json_builder_add_null_value (builder);
      return;
    }
  cents = round (amount * 100) / 100;
  if (cents == floor (cents))
    json_builder_add_int_value (builder, (gint64) cents);
  else
    json_builder_add_double_value (builder, cents);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  sl_json_builder_add_amount (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; items[i] != NULL; i++)
    json_builder_add_string_value (builder, items[i]);
  json_builder_end_array (builder);
}

/* "Bengaluru, Karnataka, India" → locality, region, country. */
static void
add_postal_address (JsonBuilder *builder,
                    const char  *location)
{
  g_auto (GStrv) parts = g_strsplit (location, ",", -1);
  guint n = g_strv_length (parts);

  for (guint i = 0; i < n; i++)
    g_strstrip (parts[i]);

  json_builder_begin_object (builder);
  add_string (builder, "@type", "PostalAddress");
  if (n >= 4)
    {
      g_autofree char *street = NULL;
      char *saved = parts[n - 3];

      parts[n - 3] = NULL;
      street = g_strjoinv (", ", parts);
      parts[n - 3] = saved;
      add_string (builder, "streetAddress", street);
      add_string (builder, "addressLocality", parts[n - 3]);
      add_string (builder, "addressRegion", parts[n - 2]);
      add_string (builder, "addressCountry", parts[n - 1]);
    }
  else if (n == 3)
    {
      add_string (builder, "addressLocality", parts[0]);
      add_string (builder, "addressRegion", parts[1]);
      add_string (builder, "addressCountry", parts[2]);
    }
  else if (n == 2)
    {
      add_string (builder, "addressLocality", parts[0]);
      add_string (builder, "addressCountry", parts[1]);
    }
  else if (n == 1)
    add_string (builder, "addressLocality", parts[0]);
  json_builder_end_object (builder);
}

/* A remote job's place for applicantLocationRequirements: a Country
 * ("Germany"), or an AdministrativeArea for a state or a region of several
 * countries ("Bavaria, Germany", "EU", "EMEA"). "Anywhere" is no
 * requirement at all: NULL. */
static const char *
requirement_type (const char *location)
{
  static const char * const anywhere[] = {
    "anywhere", "worldwide", "global", "everywhere", "remote",
  };
  static const char * const regions[] = {
    "eu", "europe", "emea", "apac", "latam", "americas", "north america", "south america",
    "asia", "africa", "oceania", "middle east", "nordics", "dach", "benelux", "eea", "uk & eu",
  };
  g_autofree char *down = g_utf8_strdown (location, -1);

  g_strstrip (down);
  if (g_strv_contains (anywhere, down))
    return NULL;
  if (strchr (location, ',') != NULL || g_strv_contains (regions, down))
    return "AdministrativeArea";
  return "Country";
}

/**
 * sl_posting_to_jsonld:
 * @posting: a posting
 * @error: return location for an error
 *
 * Writes @posting as a schema.org JobPosting in JSON-LD, pretty-printed, the
 * way search engines and job boards read it. Fields schema.org has no
 * property for (status, hiring manager) use "shortlist:" names, so the
 * output imports back into the same posting with sl_posting_from_jsonld().
 *
 * Returns: (transfer full): the JSON text
 */
char *
sl_posting_to_jsonld (SlPosting  *posting,
                      GError    **error)
{
  return sl_posting_to_jsonld_full (posting, NULL, error);
}

/**
 * sl_posting_to_jsonld_full:
 * @posting: a posting
 * @default_organization: (nullable): the employer's name for a posting
 *   that names none (the "default-organization" setting)
 * @error: return location for an error
 *
 * Like sl_posting_to_jsonld(), with the name job boards require in
 * hiringOrganization taken from @default_organization when @posting has no
 * organisation of its own.
 *
 * Returns: (transfer full): the JSON text
 */
char *
sl_posting_to_jsonld_full (SlPosting   *posting,
                           const char  *default_organization,
                           GError     **error)
{
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *html = NULL;
  const char * const *locations;
  const char *id;
  const char *organization;
  const char *department;
  const char *about;
  SlWorkplaceType workplace;
  double salary_min, salary_max;

  g_return_val_if_fail (SL_IS_POSTING (posting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sl_posting_get_title (posting) == NULL || *sl_posting_get_title (posting) == '\0')
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The posting has no title. Give it a title before exporting it."));
      return NULL;
    }
  /* a figure stored before salaries had a range is refused, not lost */
  if (!sl_posting_validate_field (posting, "salary-min", error))
    return NULL;

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  add_string (builder, "@context", "https://schema.org");
  add_string (builder, "@type", "JobPosting");
  add_string (builder, "title", sl_posting_get_title (posting));

  html = description_html (posting);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, html);
  add_string (builder, "disambiguatingDescription", sl_posting_get_summary (posting));

  id = sl_record_get_id (SL_RECORD (posting));
  if (id != NULL)
    {
      json_builder_set_member_name (builder, "identifier");
      json_builder_begin_object (builder);
      add_string (builder, "@type", "PropertyValue");
      add_string (builder, "name", SL_JSONLD_IDENTIFIER_NAME);
      add_string (builder, "value", id);
      json_builder_end_object (builder);
    }

  add_string (builder, "datePosted", sl_posting_get_date_posted (posting));
  add_string (builder, "validThrough", sl_posting_get_valid_through (posting));
  add_string (builder, "employmentType", sl_posting_get_employment_type (posting));

  organization = sl_posting_get_organization (posting);
  if (organization == NULL || *organization == '\0')
    organization = default_organization != NULL && *default_organization != '\0' ? default_organization : NULL;
  department = sl_posting_get_department (posting);
  about = sl_posting_get_about (posting);
  if (organization != NULL || department != NULL || about != NULL)
    {
      json_builder_set_member_name (builder, "hiringOrganization");
      json_builder_begin_object (builder);
      add_string (builder, "@type", "Organization");
      add_string (builder, "name", organization);
      add_string (builder, "description", about);
      if (department != NULL && *department != '\0')
        {
          json_builder_set_member_name (builder, "department");
          json_builder_begin_object (builder);
          add_string (builder, "@type", "Organization");
          add_string (builder, "name", department);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }

  workplace = sl_posting_get_workplace_type (posting);
  locations = sl_posting_get_locations (posting);
  if (workplace == SL_WORKPLACE_TYPE_REMOTE)
    {
      gboolean any = FALSE;

      add_string (builder, "jobLocationType", "TELECOMMUTE");

      for (guint i = 0; locations != NULL && locations[i] != NULL; i++)
        {
          const char *type = requirement_type (locations[i]);

          if (type == NULL)
            continue;
          if (!any)
            {
              json_builder_set_member_name (builder, "applicantLocationRequirements");
              json_builder_begin_array (builder);
              any = TRUE;
            }
          json_builder_begin_object (builder);
          add_string (builder, "@type", type);
          add_string (builder, "name", locations[i]);
          json_builder_end_object (builder);
        }
      if (any)
        json_builder_end_array (builder);
    }
  else
    {
      /* Google reads a hybrid job as a place plus TELECOMMUTE. */
      if (workplace == SL_WORKPLACE_TYPE_HYBRID)
        add_string (builder, "jobLocationType", "TELECOMMUTE");
      if (locations != NULL && locations[0] != NULL)
        {
          json_builder_set_member_name (builder, "jobLocation");
          json_builder_begin_array (builder);
          for (guint i = 0; locations[i] != NULL; i++)
            {
              json_builder_begin_object (builder);
              add_string (builder, "@type", "Place");
              json_builder_set_member_name (builder, "address");
              add_postal_address (builder, locations[i]);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
    }
  add_string (builder, SL_JSONLD_EXT_WORKPLACE, sl_workplace_type_to_string (workplace));

  salary_min = sl_posting_get_salary_min (posting);
  salary_max = sl_posting_get_salary_max (posting);
  if (salary_min > 0 || salary_max > 0)
    {
      json_builder_set_member_name (builder, "baseSalary");
      json_builder_begin_object (builder);
      add_string (builder, "@type", "MonetaryAmount");
      add_string (builder, "currency", sl_posting_get_salary_currency (posting));
      json_builder_set_member_name (builder, "value");
      json_builder_begin_object (builder);
      add_string (builder, "@type", "QuantitativeValue");
      if (salary_min > 0 && salary_min == salary_max)
        add_number (builder, "value", salary_min);
      else
        {
          if (salary_min > 0)
            add_number (builder, "minValue", salary_min);
          if (salary_max > 0)
            add_number (builder, "maxValue", salary_max);
        }
      {
        g_autofree char *unit = g_ascii_strup (sl_salary_unit_to_string (sl_posting_get_salary_unit (posting)), -1);

        add_string (builder, "unitText", unit);
      }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  add_strv (builder, "responsibilities", sl_posting_get_responsibilities (posting));
  add_strv (builder, "qualifications", sl_posting_get_qualifications (posting));
  /* schema.org has no "preferred" list: skills is the closest. */
  add_strv (builder, "skills", sl_posting_get_nice_to_have (posting));

  if (sl_posting_get_openings (posting) > 0)
    {
      json_builder_set_member_name (builder, "totalJobOpenings");
      json_builder_add_int_value (builder, sl_posting_get_openings (posting));
    }
  json_builder_set_member_name (builder, "directApply");
  json_builder_add_boolean_value (builder, FALSE);

  add_string (builder, SL_JSONLD_EXT_HIRING_MANAGER, sl_posting_get_hiring_manager (posting));
  add_string (builder, SL_JSONLD_EXT_STATUS, sl_posting_status_to_string (sl_posting_get_status (posting)));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
