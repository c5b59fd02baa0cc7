/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a schema.org JobPosting (JSON-LD) into an SlPosting. */

#define G_LOG_DOMAIN "sl-posting-jsonld"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sl-date.h"
#include "sl-error.h"
#include "sl-html-reader.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-text-private.h"

/* Reading the JSON */

static gboolean
type_error (GError    **error,
            const char *property,
            const char *expected)
{
  /* Translators: the first %s is a schema.org property name such as
   * "title", the second what it should be, e.g. "text" */
  g_set_error (error, SL_ERROR, SL_ERROR_PARSE,
               _("The JobPosting’s “%s” is not %s. Correct the file and import it again."),
               property, expected);
  return FALSE;
}

/* Text of @node: a string, or NULL for null; anything else (a number, a
 * boolean, an object) is refused like a salary in words is, so that
 * "title": 12345 is not a job title. */
static gboolean
node_text (JsonNode    *node,
           const char  *property,
           char       **out,
           GError     **error)
{
  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_STRING)
        {
          g_autofree char *valid = g_utf8_make_valid (json_node_get_string (node), -1);
          g_autoptr (GString) clean = g_string_new (valid);

          sl_posting_text_clean_inline (clean);
          *out = clean->len > 0 ? g_strdup (clean->str) : NULL;
          return TRUE;
        }
    }
  return type_error (error, property, _("text"));
}

static gboolean
member_text (JsonObject  *object,
             const char  *name,
             char       **out,
             GError     **error)
{
  return node_text (json_object_get_member (object, name), name, out, error);
}

static gboolean
node_number (JsonNode   *node,
             const char *property,
             double     *out,
             GError    **error)
{
  *out = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        {
          *out = json_node_get_double (node);
          if (isfinite (*out))
            return TRUE;
        }
      else if (type == G_TYPE_STRING)
        {
          const char *s = json_node_get_string (node);
          char *end = NULL;

          *out = g_ascii_strtod (s, &end);
          if (end != s && *end == '\0' && isfinite (*out))
            return TRUE;
        }
    }
  *out = 0;
  return type_error (error, property, _("a number"));
}

/* "name" of an object, or the string itself */
static gboolean
node_name (JsonNode    *node,
           const char  *property,
           char       **out,
           GError     **error)
{
  *out = NULL;
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return member_text (json_node_get_object (node), "name", out, error);
  return node_text (node, property, out, error);
}

static gboolean
is_job_posting (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return g_strcmp0 (json_node_get_string (type), "JobPosting") == 0 ||
           g_strcmp0 (json_node_get_string (type), "schema:JobPosting") == 0 ||
           g_strcmp0 (json_node_get_string (type), "https://schema.org/JobPosting") == 0;
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              g_strcmp0 (json_node_get_string (element), "JobPosting") == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* The JobPosting itself, in an array or an @graph. */
static JsonObject *
find_job_posting (JsonNode *node,
                  guint     depth)
{
  if (node == NULL || depth > 3)
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (is_job_posting (object))
        return object;
      return find_job_posting (json_object_get_member (object, "@graph"), depth + 1);
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *found = find_job_posting (json_array_get_element (array, i), depth + 1);

          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

static gboolean
read_date (JsonObject  *object,
           const char  *name,
           char       **out,
           GError     **error)
{
  g_autofree char *text = NULL;

  *out = NULL;
  if (!member_text (object, name, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  /* a date, or a date and a time */
  if (strlen (text) >= 10 && (text[10] == '\0' || text[10] == 'T' || text[10] == ' '))
    *out = sl_date_read_iso_prefix (text);
  if (*out != NULL)
    return TRUE;
  /* Translators: %s is a schema.org property name such as "datePosted" */
  g_set_error (error, SL_ERROR, SL_ERROR_PARSE,
               _("The JobPosting’s “%s” is not a date like 2025-03-31. Correct the file and import it again."),
               name);
  return FALSE;
}

static const char *
employment_type_from_text (const char *text)
{
  g_autofree char *up = g_ascii_strup (text, -1);

  g_strdelimit (up, "- ", '_');
  if (sl_employment_type_is_valid (up))
    return g_intern_string (up);
  if (strcmp (up, "FULLTIME") == 0 || strcmp (up, "PERMANENT") == 0)
    return "FULL_TIME";
  if (strcmp (up, "PARTTIME") == 0)
    return "PART_TIME";
  if (strcmp (up, "CONTRACT") == 0 || strcmp (up, "FREELANCE") == 0)
    return "CONTRACTOR";
  if (strcmp (up, "INTERNSHIP") == 0)
    return "INTERN";
  if (strcmp (up, "TEMP") == 0)
    return "TEMPORARY";
  return NULL;
}

/* A string (HTML or lines) or an array of strings. */
static gboolean
read_list (JsonObject  *object,
           const char  *name,
           GPtrArray  **out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          char *text = NULL;

          if (!node_name (json_array_get_element (array, i), name, &text, error))
            return FALSE;
          if (text != NULL)
            g_ptr_array_add (items, text);
        }
      *out = g_steal_pointer (&items);
      return TRUE;
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *text = g_utf8_make_valid (json_node_get_string (node), -1);
      g_autoptr (GPtrArray) blocks = sl_description_to_blocks (text);
      g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < blocks->len; i++)
        {
          SlTextBlock *block = g_ptr_array_index (blocks, i);

          if (block->kind == SL_TEXT_BLOCK_HEADING)
            continue;
          if (block->kind == SL_TEXT_BLOCK_PARA && strchr (block->text, '\n'))
            {
              g_auto (GStrv) lines = g_strsplit (block->text, "\n", -1);

              for (guint j = 0; lines[j] != NULL; j++)
                if (lines[j][0] != '\0')
                  g_ptr_array_add (items, g_strdup (lines[j]));
            }
          else
            g_ptr_array_add (items, g_strdup (block->text));
        }
      *out = g_steal_pointer (&items);
      return TRUE;
    }

  return type_error (error, name, _("text or a list of texts"));
}

static void
set_list (SlPosting  *posting,
          void      (*setter) (SlPosting *, const char * const *),
          GPtrArray  *items)
{
  if (items == NULL || items->len == 0)
    return;
  g_ptr_array_add (items, NULL);
  setter (posting, (const char * const *) items->pdata);
  g_ptr_array_remove_index (items, items->len - 1);
}

static char *
address_text (JsonNode  *node,
              GError   **error)
{
  static const char * const parts[] = {
    "streetAddress", "addressLocality", "addressRegion", "addressCountry",
  };
  g_autoptr (GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  JsonObject *address;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      char *text = NULL;

      node_text (node, "address", &text, error);
      return text;
    }
  address = json_node_get_object (node);
  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      char *text = NULL;

      if (!node_name (json_object_get_member (address, parts[i]), parts[i], &text, error))
        return NULL;
      if (text != NULL)
        g_ptr_array_add (pieces, text);
    }
  if (pieces->len == 0)
    return NULL;
  g_ptr_array_add (pieces, NULL);
  return g_strjoinv (", ", (char **) pieces->pdata);
}

/* @node's elements when it is an array, else @node alone: schema.org
 * lets most properties be one value or several. */
static GList *
node_elements (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_elements (json_node_get_array (node));
  return g_list_append (NULL, node);
}

static gboolean
read_places (JsonNode   *node,
             const char *property,
             gboolean    applicant,
             GPtrArray  *locations,
             GError    **error)
{
  g_autoptr (GList) elements = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  elements = node_elements (node);

  for (GList *l = elements; l != NULL; l = l->next)
    {
      JsonNode *element = l->data;
      char *text = NULL;

      if (JSON_NODE_HOLDS_OBJECT (element) && !applicant)
        {
          JsonObject *place = json_node_get_object (element);
          GError *local_error = NULL;

          text = address_text (json_object_get_member (place, "address"), &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
          if (text == NULL && !member_text (place, "name", &text, error))
            return FALSE;
        }
      else if (JSON_NODE_HOLDS_OBJECT (element) ||
               (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING))
        {
          if (!node_name (element, property, &text, error))
            return FALSE;
        }
      else
        return type_error (error, property, _("a place"));
      if (text != NULL)
        g_ptr_array_add (locations, text);
    }
  return TRUE;
}

static gboolean
read_salary (SlPosting  *posting,
             JsonNode   *node,
             GError    **error)
{
  JsonObject *amount;
  JsonNode *value;
  g_autofree char *currency = NULL;
  g_autofree char *unit_text = NULL;
  double min = 0, max = 0, single = 0;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return type_error (error, "baseSalary", _("a MonetaryAmount"));

  amount = json_node_get_object (node);
  if (!member_text (amount, "currency", &currency, error))
    return FALSE;
  value = json_object_get_member (amount, "value");
  if (value != NULL && JSON_NODE_HOLDS_OBJECT (value))
    {
      JsonObject *quantity = json_node_get_object (value);

      if (!node_number (json_object_get_member (quantity, "value"), "value", &single, error) ||
          !node_number (json_object_get_member (quantity, "minValue"), "minValue", &min, error) ||
          !node_number (json_object_get_member (quantity, "maxValue"), "maxValue", &max, error) ||
          !member_text (quantity, "unitText", &unit_text, error))
        return FALSE;
    }
  else if (!node_number (value, "value", &single, error))
    return FALSE;
  if (unit_text == NULL && !member_text (amount, "unitText", &unit_text, error))
    return FALSE;

  {
    const struct { const char *name; double amount; } amounts[] = {
      { "value", single }, { "minValue", min }, { "maxValue", max },
    };

    for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
      {
        g_autoptr (GError) range_error = NULL;

        if (!sl_salary_check (amounts[i].amount, &range_error))
          {
            /* Translators: the first %s is a schema.org property such as
             * "maxValue", the second the sentence saying what is wrong */
            g_set_error (error, SL_ERROR, SL_ERROR_PARSE, _("The JobPosting’s salary “%s”: %s"),
                         amounts[i].name, range_error->message);
            return FALSE;
          }
      }
  }
  if (single > 0 && min == 0 && max == 0)
    min = max = single;
  if (min > 0 && max > 0 && min > max)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The JobPosting’s salary has a minimum above its maximum. Correct the file and import it again."));
      return FALSE;
    }
  sl_posting_set_salary_min (posting, min);
  sl_posting_set_salary_max (posting, max);
  if (currency != NULL)
    {
      g_autofree char *up = g_ascii_strup (currency, -1);

      sl_posting_set_salary_currency (posting, up);
    }
  if (unit_text != NULL)
    {
      g_autofree char *down = g_ascii_strdown (unit_text, -1);
      SlSalaryUnit unit;

      if (sl_salary_unit_from_string (down, &unit))
        sl_posting_set_salary_unit (posting, unit);
    }
  return TRUE;
}

static gboolean
read_job_posting (SlPosting   *posting,
                  JsonObject  *object,
                  GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *date_posted = NULL;
  g_autofree char *valid_through = NULL;
  g_autofree char *manager = NULL;
  g_autofree char *status = NULL;
  g_autofree char *workplace = NULL;
  g_autoptr (GPtrArray) responsibilities = NULL;
  g_autoptr (GPtrArray) qualifications = NULL;
  g_autoptr (GPtrArray) skills = NULL;
  g_autoptr (GPtrArray) locations = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node;
  gboolean telecommute = FALSE;
  SlBlockSections sections = { 0 };

  if (!member_text (object, "title", &title, error))
    return FALSE;
  if (title == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The JobPosting has no title. Add a “title” to the file and import it again."));
      return FALSE;
    }
  sl_posting_set_title (posting, title);

  if (!member_text (object, "disambiguatingDescription", &summary, error) ||
      !read_date (object, "datePosted", &date_posted, error) ||
      !read_date (object, "validThrough", &valid_through, error) ||
      !read_list (object, "responsibilities", &responsibilities, error) ||
      !read_list (object, "qualifications", &qualifications, error) ||
      !read_list (object, "skills", &skills, error) ||
      !member_text (object, SL_JSONLD_EXT_HIRING_MANAGER, &manager, error) ||
      !member_text (object, SL_JSONLD_EXT_STATUS, &status, error) ||
      !member_text (object, SL_JSONLD_EXT_WORKPLACE, &workplace, error))
    return FALSE;

  sl_posting_set_summary (posting, summary);
  sl_posting_set_date_posted (posting, date_posted);
  sl_posting_set_valid_through (posting, valid_through);
  sl_posting_set_hiring_manager (posting, manager);

  /* description: HTML with our (or anyone's) section headings */
  sections.description = g_string_new (NULL);
  sections.about = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sections.lists); i++)
    sections.lists[i] = g_ptr_array_new_with_free_func (g_free);
  node = json_object_get_member (object, "description");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autoptr (GPtrArray) blocks = NULL;
      g_autofree char *valid = NULL;
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          type_error (error, "description", _("text"));
          goto fail;
        }
      valid = g_utf8_make_valid (json_node_get_string (node), -1);
      text = valid;
      blocks = sl_description_to_blocks (text);
      sl_block_sections_read (&sections, blocks);
    }
  if (sections.description->len > 0)
    sl_posting_set_description (posting, sections.description->str);
  set_list (posting, sl_posting_set_responsibilities, responsibilities ? responsibilities : sections.lists[0]);
  set_list (posting, sl_posting_set_qualifications, qualifications ? qualifications : sections.lists[1]);
  set_list (posting, sl_posting_set_nice_to_have, skills ? skills : sections.lists[2]);
  if (sections.about->len > 0)
    sl_posting_set_about (posting, sections.about->str);

  /* employmentType: a string or an array */
  node = json_object_get_member (object, "employmentType");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autoptr (GList) elements = node_elements (node);

      for (GList *l = elements; l != NULL; l = l->next)
        {
          g_autofree char *text = NULL;
          const char *type;

          if (!node_text (l->data, "employmentType", &text, error))
            goto fail;
          if (text != NULL && (type = employment_type_from_text (text)) != NULL)
            {
              sl_posting_set_employment_type (posting, type);
              break;
            }
        }
    }

  /* hiringOrganization: an Organization or its name */
  node = json_object_get_member (object, "hiringOrganization");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *org = json_node_get_object (node);
      g_autofree char *name = NULL;
      g_autofree char *about = NULL;
      g_autofree char *department = NULL;

      if (!member_text (org, "name", &name, error) ||
          !node_name (json_object_get_member (org, "department"), "department", &department, error))
        goto fail;
      node = json_object_get_member (org, "description");
      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        about = g_utf8_make_valid (json_node_get_string (node), -1);
      else if (!member_text (org, "description", &about, error))
        goto fail;
      sl_posting_set_organization (posting, name);
      sl_posting_set_department (posting, department);
      if (about != NULL && *about != '\0')
        sl_posting_set_about (posting, about);
    }
  else if (node != NULL)
    {
      g_autofree char *name = NULL;

      if (!node_text (node, "hiringOrganization", &name, error))
        goto fail;
      sl_posting_set_organization (posting, name);
    }

  /* where */
  node = json_object_get_member (object, "jobLocationType");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autoptr (GList) elements = node_elements (node);

      for (GList *l = elements; l != NULL; l = l->next)
        {
          g_autofree char *text = NULL;

          if (!node_text (l->data, "jobLocationType", &text, error))
            goto fail;
          if (g_strcmp0 (text, "TELECOMMUTE") == 0)
            telecommute = TRUE;
        }
    }
  if (!read_places (json_object_get_member (object, "jobLocation"), "jobLocation", FALSE, locations, error))
    goto fail;
  {
    gboolean has_place = locations->len > 0;
    SlWorkplaceType type;

    if (!read_places (json_object_get_member (object, "applicantLocationRequirements"),
                      "applicantLocationRequirements", TRUE, locations, error))
      goto fail;
    if (workplace != NULL && sl_workplace_type_from_string (workplace, &type))
      sl_posting_set_workplace_type (posting, type);
    else if (telecommute && has_place)
      sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_HYBRID);
    else if (telecommute)
      sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_REMOTE);
    else if (has_place)
      sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_ON_SITE);
    else
      sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_UNKNOWN);
  }
  set_list (posting, sl_posting_set_locations, locations);

  if (!read_salary (posting, json_object_get_member (object, "baseSalary"), error))
    goto fail;

  node = json_object_get_member (object, "totalJobOpenings");
  if (node != NULL)
    {
      double openings = 0;

      if (!node_number (node, "totalJobOpenings", &openings, error))
        goto fail;
      if (openings < 0)
        {
          type_error (error, "totalJobOpenings", _("a number of openings"));
          goto fail;
        }
      if (openings >= 1 && openings <= G_MAXUINT)
        sl_posting_set_openings (posting, (guint) openings);
    }

  node = json_object_get_member (object, "identifier");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *identifier = json_node_get_object (node);
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (member_text (identifier, "name", &name, NULL) && g_strcmp0 (name, SL_JSONLD_IDENTIFIER_NAME) == 0 &&
          member_text (identifier, "value", &value, NULL) && value != NULL)
        sl_record_set_id (SL_RECORD (posting), value);
    }

  if (status != NULL)
    {
      SlPostingStatus s;

      if (sl_posting_status_from_string (status, &s))
        sl_posting_set_status (posting, s);
    }

  g_string_free (sections.description, TRUE);
  g_string_free (sections.about, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (sections.lists); i++)
    g_ptr_array_unref (sections.lists[i]);
  return TRUE;

fail:
  g_string_free (sections.description, TRUE);
  g_string_free (sections.about, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (sections.lists); i++)
    g_ptr_array_unref (sections.lists[i]);
  return FALSE;
}

/**
 * sl_posting_from_jsonld:
 * @json: JSON text
 * @length: its length in bytes, or -1 when nul-terminated
 * @error: return location for an %SL_ERROR_PARSE
 *
 * Reads a schema.org JobPosting: the output of sl_posting_to_jsonld(), or a
 * JobPosting from a careers page (also inside an array or an "@graph").
 * The description's HTML becomes text, and its headed lists become the
 * posting's responsibilities, qualifications and nice-to-have lists.
 *
 * Returns: (transfer full) (nullable): a new posting, or %NULL when @json is
 *   not a JobPosting or a property has the wrong type
 */
SlPosting *
sl_posting_from_jsonld (const char  *json,
                        gssize       length,
                        GError     **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) local_error = NULL;
  JsonObject *object;

  g_return_val_if_fail (json != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (json);
  if (length == 0 || memchr (json, '\0', length) != NULL || !g_utf8_validate (json, length, NULL))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The file is not JSON text. Choose a JSON-LD file with a JobPosting."));
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, length, &local_error))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_PARSE,
                   _("The file is not valid JSON: %s. Correct it and import it again."),
                   local_error->message);
      return NULL;
    }

  object = find_job_posting (json_parser_get_root (parser), 0);
  if (object == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The JSON is not a schema.org JobPosting: no object has “@type”: “JobPosting”."));
      return NULL;
    }

  posting = sl_posting_new ();
  if (!read_job_posting (posting, object, error))
    return NULL;
  return g_steal_pointer (&posting);
}
