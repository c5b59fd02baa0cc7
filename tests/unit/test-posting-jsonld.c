/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the schema.org JobPosting export and import. */

#include "config.h"

#include <float.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "sl-error.h"
#include "sl-store-private.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-text.h"

static SlPosting *
full_posting (void)
{
  SlPosting *posting = sl_posting_new ();
  const char * const locations[] = { "Bengaluru, Karnataka, India", "Pune, India", NULL };
  const char * const resp[] = { "Design APIs & services", "Review <code> changes", NULL };
  const char * const qual[] = { "7+ years of Python", "FastAPI", "PostgreSQL", NULL };
  const char * const nice[] = { "Celery", NULL };

  sl_record_set_id (SL_RECORD (posting), "0b7a7f5e-2f4c-4c47-9d7e-3f1f3c2a9e11");
  sl_posting_set_title (posting, "Lead Backend Engineer, Python");
  sl_posting_set_department (posting, "Engineering");
  sl_posting_set_hiring_manager (posting, "Asha Rao");
  sl_posting_set_organization (posting, "Quillon Labs");
  sl_posting_set_openings (posting, 2);
  sl_posting_set_locations (posting, locations);
  sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_HYBRID);
  sl_posting_set_employment_type (posting, "FULL_TIME");
  sl_posting_set_date_posted (posting, "2025-03-03");
  sl_posting_set_valid_through (posting, "2025-04-30");
  sl_posting_set_salary_min (posting, 3500000);
  sl_posting_set_salary_max (posting, 4800000.5);
  sl_posting_set_salary_currency (posting, "INR");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_YEAR);
  sl_posting_set_summary (posting, "Lead our backend team.");
  sl_posting_set_description (posting,
                              "We build <fast> tools & \"clean\" APIs; it’s fun.\n\n"
                              "- Team of eight\n- Offices in two cities\n\n"
                              "First line\nsecond line");
  sl_posting_set_about (posting, "Quillon Labs makes billing software.\n\nWe are 120 people.");
  sl_posting_set_responsibilities (posting, resp);
  sl_posting_set_qualifications (posting, qual);
  sl_posting_set_nice_to_have (posting, nice);
  sl_posting_set_status (posting, SL_POSTING_STATUS_OPEN);
  return posting;
}

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  guint na = a ? g_strv_length ((char **) a) : 0;
  guint nb = b ? g_strv_length ((char **) b) : 0;

  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_postings_equal (SlPosting *a,
                       SlPosting *b)
{
  g_assert_cmpstr (sl_record_get_id (SL_RECORD (a)), ==, sl_record_get_id (SL_RECORD (b)));
  g_assert_cmpstr (sl_posting_get_title (a), ==, sl_posting_get_title (b));
  g_assert_cmpstr (sl_posting_get_department (a), ==, sl_posting_get_department (b));
  g_assert_cmpstr (sl_posting_get_hiring_manager (a), ==, sl_posting_get_hiring_manager (b));
  g_assert_cmpstr (sl_posting_get_organization (a), ==, sl_posting_get_organization (b));
  g_assert_cmpuint (sl_posting_get_openings (a), ==, sl_posting_get_openings (b));
  assert_strv_equal (sl_posting_get_locations (a), sl_posting_get_locations (b));
  g_assert_cmpint (sl_posting_get_workplace_type (a), ==, sl_posting_get_workplace_type (b));
  g_assert_cmpstr (sl_posting_get_employment_type (a), ==, sl_posting_get_employment_type (b));
  g_assert_cmpstr (sl_posting_get_date_posted (a), ==, sl_posting_get_date_posted (b));
  g_assert_cmpstr (sl_posting_get_valid_through (a), ==, sl_posting_get_valid_through (b));
  g_assert_cmpfloat (sl_posting_get_salary_min (a), ==, sl_posting_get_salary_min (b));
  g_assert_cmpfloat (sl_posting_get_salary_max (a), ==, sl_posting_get_salary_max (b));
  g_assert_cmpstr (sl_posting_get_salary_currency (a), ==, sl_posting_get_salary_currency (b));
  g_assert_cmpint (sl_posting_get_salary_unit (a), ==, sl_posting_get_salary_unit (b));
  g_assert_cmpstr (sl_posting_get_summary (a), ==, sl_posting_get_summary (b));
  g_assert_cmpstr (sl_posting_get_description (a), ==, sl_posting_get_description (b));
  g_assert_cmpstr (sl_posting_get_about (a), ==, sl_posting_get_about (b));
  assert_strv_equal (sl_posting_get_responsibilities (a), sl_posting_get_responsibilities (b));
  assert_strv_equal (sl_posting_get_qualifications (a), sl_posting_get_qualifications (b));
  assert_strv_equal (sl_posting_get_nice_to_have (a), sl_posting_get_nice_to_have (b));
  g_assert_cmpint (sl_posting_get_status (a), ==, sl_posting_get_status (b));
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_export_schema (void)
{
  g_autoptr (SlPosting) posting = full_posting ();
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *json = sl_posting_to_jsonld (posting, &error);
  JsonObject *root, *org, *salary, *value, *identifier, *place, *address;
  JsonArray *locations;
  const char *html;

  g_assert_no_error (error);
  g_test_message ("%s", json);
  /* pretty-printed */
  g_assert_nonnull (strstr (json, "\n  \"@context\""));

  root = parse_object (parser, json);
  /* required */
  g_assert_cmpstr (json_object_get_string_member (root, "@context"), ==, "https://schema.org");
  g_assert_cmpstr (json_object_get_string_member (root, "@type"), ==, "JobPosting");
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Lead Backend Engineer, Python");
  g_assert_cmpstr (json_object_get_string_member (root, "datePosted"), ==, "2025-03-03");
  org = json_object_get_object_member (root, "hiringOrganization");
  g_assert_cmpstr (json_object_get_string_member (org, "@type"), ==, "Organization");
  g_assert_cmpstr (json_object_get_string_member (org, "name"), ==, "Quillon Labs");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (org, "department"), "name"), ==, "Engineering");

  html = json_object_get_string_member (root, "description");
  g_assert_nonnull (strstr (html, "<p>We build &lt;fast&gt; tools &amp; &quot;clean&quot; APIs; it’s fun.</p>"));
  g_assert_nonnull (strstr (html, "<ul><li>Team of eight</li><li>Offices in two cities</li></ul>"));
  g_assert_nonnull (strstr (html, "<p>First line<br>second line</p>"));
  g_assert_nonnull (strstr (html, "<h3>Responsibilities</h3>\n<ul><li>Design APIs &amp; services</li><li>Review &lt;code&gt; changes</li></ul>"));
  g_assert_nonnull (strstr (html, "<h3>Qualifications</h3>"));
  g_assert_nonnull (strstr (html, "<h3>Nice to have</h3>"));
  g_assert_nonnull (strstr (html, "<h3>About us</h3>"));

  /* jobLocation: a Place with a PostalAddress per location */
  locations = json_object_get_array_member (root, "jobLocation");
  g_assert_cmpuint (json_array_get_length (locations), ==, 2);
  place = json_array_get_object_element (locations, 0);
  g_assert_cmpstr (json_object_get_string_member (place, "@type"), ==, "Place");
  address = json_object_get_object_member (place, "address");
  g_assert_cmpstr (json_object_get_string_member (address, "@type"), ==, "PostalAddress");
  g_assert_cmpstr (json_object_get_string_member (address, "addressLocality"), ==, "Bengaluru");
  g_assert_cmpstr (json_object_get_string_member (address, "addressRegion"), ==, "Karnataka");
  g_assert_cmpstr (json_object_get_string_member (address, "addressCountry"), ==, "India");
  /* hybrid: a place and TELECOMMUTE */
  g_assert_cmpstr (json_object_get_string_member (root, "jobLocationType"), ==, "TELECOMMUTE");

  /* recommended */
  g_assert_cmpstr (json_object_get_string_member (root, "validThrough"), ==, "2025-04-30");
  g_assert_cmpstr (json_object_get_string_member (root, "employmentType"), ==, "FULL_TIME");
  salary = json_object_get_object_member (root, "baseSalary");
  g_assert_cmpstr (json_object_get_string_member (salary, "@type"), ==, "MonetaryAmount");
  g_assert_cmpstr (json_object_get_string_member (salary, "currency"), ==, "INR");
  value = json_object_get_object_member (salary, "value");
  g_assert_cmpstr (json_object_get_string_member (value, "@type"), ==, "QuantitativeValue");
  g_assert_cmpint (json_object_get_int_member (value, "minValue"), ==, 3500000);
  g_assert_cmpfloat (json_object_get_double_member (value, "maxValue"), ==, 4800000.5);
  g_assert_cmpstr (json_object_get_string_member (value, "unitText"), ==, "YEAR");
  identifier = json_object_get_object_member (root, "identifier");
  g_assert_cmpstr (json_object_get_string_member (identifier, "@type"), ==, "PropertyValue");
  g_assert_cmpstr (json_object_get_string_member (identifier, "value"), ==, "0b7a7f5e-2f4c-4c47-9d7e-3f1f3c2a9e11");
  g_assert_false (json_object_get_boolean_member (root, "directApply"));
  g_assert_cmpint (json_object_get_int_member (root, "totalJobOpenings"), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "responsibilities")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "qualifications")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "skills")), ==, 1);
}

static void
test_export_remote (void)
{
  g_autoptr (SlPosting) posting = full_posting ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  const char * const locations[] = { "Germany", "Bavaria, Germany", NULL };
  JsonObject *root;
  JsonArray *requirements;

  sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_REMOTE);
  sl_posting_set_locations (posting, locations);
  json = sl_posting_to_jsonld (posting, NULL);
  root = parse_object (parser, json);
  g_assert_cmpstr (json_object_get_string_member (root, "jobLocationType"), ==, "TELECOMMUTE");
  g_assert_false (json_object_has_member (root, "jobLocation"));
  requirements = json_object_get_array_member (root, "applicantLocationRequirements");
  g_assert_cmpuint (json_array_get_length (requirements), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 0), "@type"), ==, "Country");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 1), "@type"), ==, "AdministrativeArea");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 1), "name"), ==, "Bavaria, Germany");
}

/* Not stated is neither on-site nor remote: no jobLocationType, and the
 * places are where the job is. A JobPosting that says nothing of either
 * imports as not stated. */
static void
test_export_unknown_workplace (void)
{
  g_autoptr (SlPosting) posting = full_posting ();
  g_autoptr (SlPosting) fresh = sl_posting_new ();
  g_autoptr (SlPosting) bare = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root;

  g_assert_cmpint (sl_posting_get_workplace_type (fresh), ==, SL_WORKPLACE_TYPE_UNKNOWN);
  sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_UNKNOWN);
  json = sl_posting_to_jsonld (posting, NULL);
  root = parse_object (parser, json);
  g_assert_false (json_object_has_member (root, "jobLocationType"));
  g_assert_false (json_object_has_member (root, "applicantLocationRequirements"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "jobLocation")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (root, "shortlist:workplaceType"), ==, "unknown");

  bare = sl_posting_from_jsonld ("{\"@type\": \"JobPosting\", \"title\": \"Cook\"}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_posting_get_workplace_type (bare), ==, SL_WORKPLACE_TYPE_UNKNOWN);
}

/* Every salary the store could hold, including what no check allows: the
 * export either refuses the posting or writes JSON that json-glib reads back
 * with the same figures, and never "1e+42.0". */
static void
test_extreme_salaries (void)
{
  const double amounts[] = {
    0, -0.0, 0.01, 0.005, DBL_MIN, 5e-324, 45.5, 4800000.5, 1e11 + 0.25, SL_SALARY_MAX,
    nextafter (SL_SALARY_MAX, INFINITY), 1e15, 1e42, DBL_MAX, -1, -DBL_MAX, NAN, INFINITY, -INFINITY,
  };
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *array_text = NULL;
  JsonArray *array;

  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autoptr (SlPosting) posting = full_posting ();
      g_autoptr (GError) local_error = NULL;
      g_autoptr (JsonParser) back = json_parser_new ();
      g_autofree char *json = NULL;
      gboolean allowed = sl_salary_check (amounts[i], NULL);

      g_test_message ("salary %g", amounts[i]);
      sl_posting_set_salary_min (posting, 0);
      sl_posting_set_salary_max (posting, amounts[i]);
      g_assert_cmpint (sl_posting_validate (posting, NULL), ==, allowed);
      json = sl_posting_to_jsonld (posting, &local_error);
      if (!allowed)
        {
          g_assert_error (local_error, SL_ERROR, SL_ERROR_INVALID);
          g_assert_null (json);
          continue;
        }
      g_assert_no_error (local_error);
      json_parser_load_from_data (back, json, -1, &local_error);
      g_assert_no_error (local_error);
      if (amounts[i] >= 0.005)
        {
          JsonObject *value = json_object_get_object_member (
            json_object_get_object_member (json_node_get_object (json_parser_get_root (back)), "baseSalary"),
            "value");

          g_assert_cmpfloat_with_epsilon (json_object_get_double_member (value, "maxValue"),
                                          round (amounts[i] * 100) / 100, MAX (1e-9 * amounts[i], 1e-9));
        }
    }

  /* the writer on its own (shortlist-cli's "posting show --json" uses it) */
  json_builder_begin_array (builder);
  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    sl_json_builder_add_amount (builder, amounts[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  array_text = json_generator_to_data (generator, NULL);
  g_test_message ("%s", array_text);
  g_assert_null (strstr (array_text, "e+"));
  json_parser_load_from_data (parser, array_text, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (amounts));
  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (sl_salary_check (amounts[i], NULL))
        g_assert_cmpfloat_with_epsilon (json_node_get_double (element), round (amounts[i] * 100) / 100,
                                        MAX (1e-9 * amounts[i], 1e-9));
      else
        g_assert_true (JSON_NODE_HOLDS_NULL (element));
    }
}

/* A figure written before salaries had a range (an older version stored
 * 1e42 from a text posting): the store gives it back, and the export says
 * what to correct instead of writing what is not JSON. */
static void
test_stored_out_of_range (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sl-jsonld-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr (SlStore) store = sl_store_open (path, NULL);
  g_autoptr (SlPosting) posting = full_posting ();
  g_autoptr (SlPosting) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_nonnull (store);
  sl_record_set_id (SL_RECORD (posting), NULL);
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);

  /* what the store refuses today */
  sl_posting_set_salary_max (posting, 1e42);
  g_assert_false (sl_store_save_posting (store, posting, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store),
                                       "UPDATE posting SET salary_max = 1e42 WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, sl_record_get_id (SL_RECORD (posting)), -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  loaded = sl_store_get_posting (store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sl_posting_get_salary_max (loaded), ==, 1e42);
  json = sl_posting_to_jsonld (loaded, &error);
  g_assert_null (json);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_import_out_of_range (void)
{
  const char *files[] = {
    "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"baseSalary\": {\"@type\": \"MonetaryAmount\","
    " \"currency\": \"EUR\", \"value\": {\"@type\": \"QuantitativeValue\", \"maxValue\": 1e42}}}",
    "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"baseSalary\": {\"@type\": \"MonetaryAmount\","
    " \"currency\": \"EUR\", \"value\": -300}}",
    "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"baseSalary\": {\"@type\": \"MonetaryAmount\","
    " \"currency\": \"EUR\", \"value\": {\"minValue\": \"2000000000000\"}}}",
  };
  const char *names[] = { "“maxValue”", "“value”", "“minValue”" };

  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SlPosting) posting = sl_posting_from_jsonld (files[i], -1, &error);

      g_test_message ("%s: %s", files[i], error ? error->message : "");
      g_assert_null (posting);
      g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, names[i]));
    }
}

/* Every property of the wrong type gets the same refusal, naming it. */
static void
test_wrong_types (void)
{
  const struct { const char *member; const char *property; } cases[] = {
    { "\"title\": 12345", "title" },
    { "\"title\": true", "title" },
    { "\"title\": [\"Cook\"]", "title" },
    { "\"title\": \"Cook\", \"disambiguatingDescription\": 7", "disambiguatingDescription" },
    { "\"title\": \"Cook\", \"description\": 5", "description" },
    { "\"title\": \"Cook\", \"datePosted\": 20250301", "datePosted" },
    { "\"title\": \"Cook\", \"employmentType\": 3", "employmentType" },
    { "\"title\": \"Cook\", \"hiringOrganization\": 5", "hiringOrganization" },
    { "\"title\": \"Cook\", \"hiringOrganization\": {\"name\": 7}", "name" },
    { "\"title\": \"Cook\", \"responsibilities\": [1, 2]", "responsibilities" },
    { "\"title\": \"Cook\", \"qualifications\": false", "qualifications" },
    { "\"title\": \"Cook\", \"jobLocationType\": 1", "jobLocationType" },
    { "\"title\": \"Cook\", \"jobLocation\": 12", "jobLocation" },
    { "\"title\": \"Cook\", \"baseSalary\": \"lots\"", "baseSalary" },
    { "\"title\": \"Cook\", \"baseSalary\": {\"currency\": 978, \"value\": 5}", "currency" },
    { "\"title\": \"Cook\", \"baseSalary\": {\"currency\": \"EUR\", \"value\": \"lots\"}", "value" },
    { "\"title\": \"Cook\", \"totalJobOpenings\": \"two\"", "totalJobOpenings" },
    { "\"title\": \"Cook\", \"shortlist:status\": 1", "shortlist:status" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"@type\": \"JobPosting\", %s}", cases[i].member);
      g_autofree char *quoted = g_strdup_printf ("The JobPosting’s “%s” is not ", cases[i].property);
      g_autoptr (GError) error = NULL;
      g_autoptr (SlPosting) posting = sl_posting_from_jsonld (json, -1, &error);

      g_test_message ("%s: %s", json, error ? error->message : "accepted");
      g_assert_null (posting);
      g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, quoted));
    }
}

/* Job boards require hiringOrganization.name: a posting without an
 * organisation takes the default one (the Preferences' setting). */
static void
test_default_organization (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonParser) own_parser = json_parser_new ();
  g_autoptr (JsonParser) none_parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autofree char *own = NULL;
  g_autofree char *none = NULL;
  JsonObject *root;

  sl_posting_set_title (posting, "Cook");
  json = sl_posting_to_jsonld_full (posting, "Casa Verde", NULL);
  root = parse_object (parser, json);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "hiringOrganization"), "name"),
                   ==, "Casa Verde");

  /* the posting's own organisation wins */
  sl_posting_set_organization (posting, "Acme Foods");
  own = sl_posting_to_jsonld_full (posting, "Casa Verde", NULL);
  root = parse_object (own_parser, own);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "hiringOrganization"), "name"),
                   ==, "Acme Foods");

  /* no name at all: no empty hiringOrganization */
  sl_posting_set_organization (posting, NULL);
  none = sl_posting_to_jsonld_full (posting, "", NULL);
  root = parse_object (none_parser, none);
  g_assert_false (json_object_has_member (root, "hiringOrganization"));
}

/* A remote posting read from Markdown: TELECOMMUTE, and where applicants
 * may live as a Country or a region (AdministrativeArea); "Anywhere" is no
 * requirement. */
static void
test_export_remote_from_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "samples", "posting-markdown.md", NULL);
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *anywhere_json = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonParser) anywhere_parser = json_parser_new ();
  const char * const places[] = { "EU", "Portugal", "Anywhere", NULL };
  const char * const anywhere[] = { "Anywhere", NULL };
  JsonObject *root;
  JsonArray *requirements;
  gsize len;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  posting = sl_posting_text_parse (text, len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_REMOTE);
  sl_posting_set_locations (posting, places);
  json = sl_posting_to_jsonld (posting, &error);
  g_assert_no_error (error);
  root = parse_object (parser, json);
  g_assert_cmpstr (json_object_get_string_member (root, "jobLocationType"), ==, "TELECOMMUTE");
  g_assert_false (json_object_has_member (root, "jobLocation"));
  requirements = json_object_get_array_member (root, "applicantLocationRequirements");
  g_assert_cmpuint (json_array_get_length (requirements), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 0), "@type"), ==, "AdministrativeArea");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 0), "name"), ==, "EU");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 1), "@type"), ==, "Country");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 1), "name"), ==, "Portugal");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "hiringOrganization"), "name"),
                   ==, "Lumen Freight");

  sl_posting_set_locations (posting, anywhere);
  anywhere_json = sl_posting_to_jsonld (posting, &error);
  root = parse_object (anywhere_parser, anywhere_json);
  g_assert_cmpstr (json_object_get_string_member (root, "jobLocationType"), ==, "TELECOMMUTE");
  g_assert_false (json_object_has_member (root, "applicantLocationRequirements"));
}

static void
round_trip (SlPosting *posting)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *json = sl_posting_to_jsonld (posting, &error);
  g_autoptr (SlPosting) back = NULL;
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  back = sl_posting_from_jsonld (json, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  assert_postings_equal (posting, back);
  /* and the export of the import is the same text */
  again = sl_posting_to_jsonld (back, &error);
  g_assert_cmpstr (json, ==, again);
}

static void
test_round_trip (void)
{
  g_autoptr (SlPosting) posting = full_posting ();
  g_autoptr (SlPosting) empty = sl_posting_new ();
  SlWorkplaceType types[] = {
    SL_WORKPLACE_TYPE_ON_SITE, SL_WORKPLACE_TYPE_HYBRID, SL_WORKPLACE_TYPE_REMOTE, SL_WORKPLACE_TYPE_UNKNOWN,
  };

  round_trip (posting);
  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    {
      sl_posting_set_workplace_type (posting, types[i]);
      round_trip (posting);
      sl_posting_set_locations (posting, NULL);
      round_trip (posting);
    }
  /* a single salary figure */
  sl_posting_set_salary_min (posting, 45);
  sl_posting_set_salary_max (posting, 45);
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_HOUR);
  round_trip (posting);
  /* only a maximum */
  sl_posting_set_salary_min (posting, 0);
  round_trip (posting);

  sl_posting_set_title (empty, "Only a title");
  round_trip (empty);
}

static void
test_round_trip_samples (void)
{
  const char *samples[] = {
    "posting-careers-page.txt", "posting-linkedin.txt", "posting-indeed.txt",
    "posting-numbered.txt", "posting-no-headings.txt", "posting-german.txt", "posting-crlf.txt",
    "posting-markdown.md", "posting-markdown-details.md",
  };
  g_autoptr (GDateTime) now = g_date_time_new_utc (2025, 3, 10, 12, 0, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "samples", samples[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (SlPosting) posting = NULL;
      gsize len;

      g_test_message ("sample %s", samples[i]);
      g_file_get_contents (path, &text, &len, &error);
      g_assert_no_error (error);
      posting = sl_posting_text_parse (text, len, now, &error);
      g_assert_no_error (error);
      round_trip (posting);
    }
}

static void
test_third_party (void)
{
  const char *json =
    "{\n"
    "  \"@context\": \"http://schema.org\",\n"
    "  \"@graph\": [\n"
    "    { \"@type\": \"WebPage\", \"name\": \"Careers\" },\n"
    "    {\n"
    "      \"@type\": \"JobPosting\",\n"
    "      \"title\": \"  Site Reliability Engineer \",\n"
    "      \"description\": \"<p>Keep <b>Example</b> running&nbsp;&amp; fast.</p>\\n"
    "<p><strong>Responsibilities:</strong></p>\\n<ul>\\n  <li>Own on-call</li>\\n  <li>Automate   toil</li>\\n</ul>"
    "<h2>Requirements</h2><ul><li>Linux</li><li>Go &#x26; Python</li></ul>"
    "<p><strong>Perks</strong></p><ul><li>Gym</li></ul><script>alert(1)</script>\",\n"
    "      \"datePosted\": \"2025-02-01T09:30:00+01:00\",\n"
    "      \"validThrough\": \"2025-03-01\",\n"
    "      \"employmentType\": [\"full-time\", \"CONTRACTOR\"],\n"
    "      \"hiringOrganization\": { \"@type\": \"Organization\", \"name\": \"Example Corp\", \"sameAs\": \"https://example.com\" },\n"
    "      \"jobLocation\": { \"@type\": \"Place\", \"address\": { \"@type\": \"PostalAddress\", \"streetAddress\": \"1 Main St\", "
    "\"addressLocality\": \"Austin\", \"addressRegion\": \"TX\", \"postalCode\": \"78701\", \"addressCountry\": { \"@type\": \"Country\", \"name\": \"US\" } } },\n"
    "      \"baseSalary\": { \"@type\": \"MonetaryAmount\", \"currency\": \"usd\", \"value\": { \"@type\": \"QuantitativeValue\", "
    "\"minValue\": \"120000\", \"maxValue\": 150000.0, \"unitText\": \"YEAR\" } }\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_from_jsonld (json, -1, &error);
  const char * const resp[] = { "Own on-call", "Automate toil", NULL };
  const char * const qual[] = { "Linux", "Go & Python", NULL };
  const char * const locations[] = { "1 Main St, Austin, TX, US", NULL };

  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Site Reliability Engineer");
  g_assert_cmpstr (sl_posting_get_description (posting), ==, "Keep Example running & fast.\n\nPerks\n\n- Gym");
  assert_strv_equal (sl_posting_get_responsibilities (posting), resp);
  assert_strv_equal (sl_posting_get_qualifications (posting), qual);
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-02-01");
  g_assert_cmpstr (sl_posting_get_valid_through (posting), ==, "2025-03-01");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Example Corp");
  assert_strv_equal (sl_posting_get_locations (posting), locations);
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_ON_SITE);
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 120000);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 150000);
  g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, "USD");
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_YEAR);
  g_assert_null (sl_record_get_id (SL_RECORD (posting)));
}

static void
test_third_party_remote (void)
{
  const char *json =
    "[{\"@context\": \"https://schema.org/\", \"@type\": \"JobPosting\", \"title\": \"Writer\","
    " \"description\": \"Write docs.\\n\\nResponsibilities\\n- Write\\n- Edit\","
    " \"employmentType\": \"PART_TIME\", \"jobLocationType\": \"TELECOMMUTE\","
    " \"applicantLocationRequirements\": [{\"@type\": \"Country\", \"name\": \"Canada\"}, \"Mexico\"],"
    " \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"CAD\", \"value\": 40, \"unitText\": \"HOUR\"},"
    " \"hiringOrganization\": \"Docs Inc\", \"qualifications\": \"<ul><li>English</li><li>Markdown</li></ul>\"}]";
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_from_jsonld (json, -1, &error);
  const char * const locations[] = { "Canada", "Mexico", NULL };
  const char * const resp[] = { "Write", "Edit", NULL };
  const char * const qual[] = { "English", "Markdown", NULL };

  g_assert_no_error (error);
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_REMOTE);
  assert_strv_equal (sl_posting_get_locations (posting), locations);
  g_assert_cmpstr (sl_posting_get_description (posting), ==, "Write docs.");
  assert_strv_equal (sl_posting_get_responsibilities (posting), resp);
  assert_strv_equal (sl_posting_get_qualifications (posting), qual);
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 40);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 40);
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_HOUR);
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Docs Inc");
}

typedef struct
{
  const char *json;
  const char *fragment;
} BadCase;

static void
test_bad (void)
{
  const BadCase cases[] = {
    { "", "not JSON" },
    { "not json at all", "not valid JSON" },
    { "{\"@type\": \"JobPosting\", \"title\": ", "not valid JSON" },
    { "[1, 2, 3]", "not a schema.org JobPosting" },
    { "{\"title\": \"Cook\"}", "not a schema.org JobPosting" },
    { "{\"@type\": \"Person\", \"name\": \"Ada\"}", "not a schema.org JobPosting" },
    { "{\"@type\": \"JobPosting\"}", "no title" },
    { "{\"@type\": \"JobPosting\", \"title\": 42.5}", "“title”" },
    { "{\"@type\": \"JobPosting\", \"title\": [\"a\"]}", "“title”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"description\": 7}", "“description”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"datePosted\": \"yesterday\"}", "“datePosted”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"validThrough\": true}", "“validThrough”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"employmentType\": {\"a\": 1}}", "“employmentType”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"baseSalary\": \"lots\"}", "“baseSalary”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"baseSalary\": {\"value\": {\"minValue\": \"ten\"}}}", "“minValue”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"baseSalary\": {\"value\": {\"minValue\": 9, \"maxValue\": 5}}}", "minimum" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"jobLocation\": [3]}", "“jobLocation”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"responsibilities\": {\"x\": 1}}", "“responsibilities”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"hiringOrganization\": {\"name\": false}}", "“name”" },
    { "{\"@type\": \"JobPosting\", \"title\": \"Cook\", \"totalJobOpenings\": \"many\"}", "“totalJobOpenings”" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SlPosting) posting = NULL;

      g_test_message ("bad: %s", cases[i].json);
      posting = sl_posting_from_jsonld (cases[i].json, -1, &error);
      g_assert_null (posting);
      g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
      g_test_message ("→ %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].fragment));
    }

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (SlPosting) posting = sl_posting_from_jsonld ("{\"a\":\"\xff\"}", -1, &error);

    g_assert_null (posting);
    g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/posting-jsonld/export-schema", test_export_schema);
  g_test_add_func ("/posting-jsonld/export-remote", test_export_remote);
  g_test_add_func ("/posting-jsonld/export-remote-from-text", test_export_remote_from_text);
  g_test_add_func ("/posting-jsonld/export-unknown-workplace", test_export_unknown_workplace);
  g_test_add_func ("/posting-jsonld/extreme-salaries", test_extreme_salaries);
  g_test_add_func ("/posting-jsonld/stored-out-of-range", test_stored_out_of_range);
  g_test_add_func ("/posting-jsonld/import-out-of-range", test_import_out_of_range);
  g_test_add_func ("/posting-jsonld/wrong-types", test_wrong_types);
  g_test_add_func ("/posting-jsonld/default-organization", test_default_organization);
  g_test_add_func ("/posting-jsonld/round-trip", test_round_trip);
  g_test_add_func ("/posting-jsonld/round-trip-samples", test_round_trip_samples);
  g_test_add_func ("/posting-jsonld/third-party", test_third_party);
  g_test_add_func ("/posting-jsonld/third-party-remote", test_third_party_remote);
  g_test_add_func ("/posting-jsonld/bad", test_bad);

  return g_test_run ();
}
