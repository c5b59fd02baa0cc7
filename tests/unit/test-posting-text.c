/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the plain-text posting importer on the shapes postings come in. */

#include "config.h"

#include <string.h>

#include "sl-error.h"
#include "sl-posting-import.h"
#include "sl-posting-text.h"
#include "sl-posting-text-private.h"

static GDateTime *
fixed_now (void)
{
  /* a Monday, noon UTC */
  return g_date_time_new_utc (2025, 3, 10, 12, 0, 0);
}

static char *
sample_path (const char *name)
{
  /* G_TEST_SRCDIR is tests/ */
  return g_test_build_filename (G_TEST_DIST, "samples", name, NULL);
}

static SlPosting *
parse_sample (const char *name)
{
  g_autofree char *path = sample_path (name);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = fixed_now ();
  SlPosting *posting;
  gsize len;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  posting = sl_posting_text_parse (text, len, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (posting);
  return posting;
}

static SlPosting *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = fixed_now ();
  SlPosting *posting = sl_posting_text_parse (text, -1, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (posting);
  return posting;
}

static guint
count (const char * const *strv)
{
  return strv == NULL ? 0 : g_strv_length ((char **) strv);
}

static void
assert_strv (const char * const *strv,
             const char * const *expected)
{
  g_assert_cmpuint (count (strv), ==, count (expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (strv[i], ==, expected[i]);
}

/* A careers page in the shape of a real one (the title repeated, location
 * lines, three bullet lists, an "ABOUT US" section that names the company). */
static void
test_lead_engineer (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-lead-engineer.txt");
  const char * const *items;

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Lead Backend Engineer, Python (Portugal)");
  items = sl_posting_get_locations (posting);
  g_assert_cmpuint (count (items), ==, 1);
  g_assert_cmpstr (items[0], ==, "Porto, Porto District, Portugal");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  /* "5 hours ago" at noon */
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-03-10");
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 10);
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 11);
  g_assert_cmpuint (count (sl_posting_get_nice_to_have (posting)), ==, 4);
  g_assert_true (g_str_has_prefix (sl_posting_get_about (posting), "Founded in 2009"));
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Kestrel Parcel Works");
  g_assert_true (g_str_has_suffix (sl_posting_get_about (posting), "join our team."));
  /* the repeated title is not in the description */
  g_assert_true (g_str_has_prefix (sl_posting_get_description (posting), "Our Engineering team"));
  g_assert_null (strstr (sl_posting_get_description (posting), "Lead Backend Engineer, Python (Portugal)"));
  g_assert_true (g_str_has_prefix (sl_posting_get_qualifications (posting)[0], "7\xe2\x80\x93" "10+ years"));
}

/* Markdown: bold labels, "#" headings, "-" bullets, a rule, bold words. */
static void
test_markdown (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-markdown.md");
  const char * const locations[] = { "EU", NULL };
  const char * const qualifications[] = {
    "5+ years of Python and SQL", "Experience with Airflow or Dagster", "Clear written English", NULL,
  };

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Senior Data Engineer");
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Lumen Freight");
  assert_strv (sl_posting_get_locations (posting), locations);
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_REMOTE);
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 70000);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 90000);
  g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, "EUR");
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_YEAR);
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-03-04");
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 3);
  assert_strv (sl_posting_get_qualifications (posting), qualifications);
  g_assert_cmpuint (count (sl_posting_get_nice_to_have (posting)), ==, 2);
  g_assert_cmpstr (sl_posting_get_about (posting), ==, "We are 80 people in twelve countries.");
  g_assert_cmpstr (sl_posting_get_description (posting), ==,
                   "Lumen Freight is a logistics software company that plans container routes "
                   "for shipping lines across Europe.\n\n"
                   "You will join a team of six engineers who own the data platform.");
}

/* Markdown with the facts as a "* **Label:** value" list, "* * *" and
 * numbered items; the employer named only by "… is a design consultancy". */
static void
test_markdown_details (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-markdown-details.md");
  const char * const locations[] = { "Porto, Portugal", NULL };
  const char * const qualifications[] = { "A portfolio of shipped work", "Fluent Portuguese", NULL };

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Product Designer");
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Studio Orvalho");
  assert_strv (sl_posting_get_locations (posting), locations);
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_HYBRID);
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "PART_TIME");
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 2400);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 2900);
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_MONTH);
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 3);
  assert_strv (sl_posting_get_qualifications (posting), qualifications);
  g_assert_cmpstr (sl_posting_get_description (posting), ==,
                   "Studio Orvalho is a design consultancy for public services, with offices in "
                   "Porto and Lisbon.\n\nBenefits\n\n- Four-day week\n- Training budget");
}

/* Markdown tables: a table of facts is read as labels, any other table is
 * kept as items, one per row. */
static void
test_markdown_table (void)
{
  g_autoptr (SlPosting) facts = parse ("# Cook\n\n| | |\n|---|---|\n"
                                       "| **Location** | Porto, Portugal (Hybrid) |\n"
                                       "| **Employment type** | Part-time |\n"
                                       "| Salary | €2,000 – €2,400 per month |\n\nWe cook.\n");
  g_autoptr (SlPosting) other = parse ("# Cook\n\nWe cook.\n\n| Shift | Hours | Days |\n| :--- | :---: | ---: |\n"
                                       "| Early | 6–14 | Mon–Fri |\n| Late | 14–22 | Sat |\n");
  const char * const locations[] = { "Porto, Portugal", NULL };

  assert_strv (sl_posting_get_locations (facts), locations);
  g_assert_cmpint (sl_posting_get_workplace_type (facts), ==, SL_WORKPLACE_TYPE_HYBRID);
  g_assert_cmpstr (sl_posting_get_employment_type (facts), ==, "PART_TIME");
  g_assert_cmpfloat (sl_posting_get_salary_max (facts), ==, 2400);
  g_assert_cmpint (sl_posting_get_salary_unit (facts), ==, SL_SALARY_UNIT_MONTH);
  g_assert_cmpstr (sl_posting_get_description (facts), ==, "We cook.");

  g_assert_cmpstr (sl_posting_get_description (other), ==,
                   "We cook.\n\n- Shift \xc2\xb7 Hours \xc2\xb7 Days\n"
                   "- Early \xc2\xb7 6–14 \xc2\xb7 Mon–Fri\n- Late \xc2\xb7 14–22 \xc2\xb7 Sat");
}

/* A label alone on its line, plain or bold, with its value on the next. */
static void
test_label_on_next_line (void)
{
  const char *texts[] = {
    "Cook\nLocation:\nBerlin, Germany\n\nWe cook.\n",
    "Cook\n**Location:**\nBerlin, Germany\n\nWe cook.\n",
    "Cook\n__Location__:\nBerlin, Germany\n\nWe cook.\n",
  };
  const char * const locations[] = { "Berlin, Germany", NULL };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (SlPosting) posting = parse (texts[i]);

      g_test_message ("text: %s", texts[i]);
      assert_strv (sl_posting_get_locations (posting), locations);
      g_assert_cmpstr (sl_posting_get_description (posting), ==, "We cook.");
    }
}

/* Where the text names the employer only in a sentence. */
static void
test_organization_from_text (void)
{
  const struct { const char *text; const char *organization; } cases[] = {
    { "Cook\n\nBorn in 1990, Casa Verde is a family restaurant in Porto.\n", "Casa Verde" },
    { "Cook\n\nAcme is an employee-owned bakery.\n", "Acme" },
    { "Cook\n\nThis is a great job. Acme is a bakery.\n", NULL },
    { "Cook\n\nGerman is a plus.\n", NULL },
    { "Cook\n\nVerde Foods Inc. is a bakery.\n", "Verde Foods Inc." },
    { "Cook\n\nWe bake. Acme is a bakery.\n", NULL },
    { "Cook\n\nAcme is applying AI to bread.\n", NULL },
    { "Cook\n\nAbout Acme Foods\n\nWe bake. Bread Co is a partner.\n", "Acme Foods" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (SlPosting) posting = parse (cases[i].text);

      g_test_message ("text: %s", cases[i].text);
      g_assert_cmpstr (sl_posting_get_organization (posting), ==, cases[i].organization);
    }
}

/* A salary no one is paid is refused with the reason, as JSON-LD's is. */
static void
test_salary_out_of_range (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = fixed_now ();
  g_autoptr (SlPosting) posting =
    sl_posting_text_parse ("Cook\nSalary: 1000000000000000000000000000000000000000000 EUR per year\n\nWe cook.\n",
                           -1, now, &error);

  g_assert_null (posting);
  g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "too large"));
}

/* The size limit is checked on the bytes read, before the rest is read. */
static void
test_import_limit (void)
{
  g_autofree char *big = g_malloc (SL_POSTING_IMPORT_MAX_BYTES + 100);
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) text = NULL;
  g_autoptr (SlPosting) jsonld = NULL;
  gsize sizes[] = { SL_POSTING_IMPORT_MAX_BYTES, SL_POSTING_IMPORT_MAX_BYTES + 1, SL_POSTING_IMPORT_MAX_BYTES + 100 };

  g_assert_true (sl_posting_import_check_size (SL_POSTING_IMPORT_MAX_BYTES, NULL));
  g_assert_false (sl_posting_import_check_size (SL_POSTING_IMPORT_MAX_BYTES + 1, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "larger than 1.0"));
  g_clear_error (&error);

  memset (big, 'a', SL_POSTING_IMPORT_MAX_BYTES + 100);
  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (big, sizes[i], NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      data = sl_posting_import_read (stream, &length, NULL, &error);
      if (sizes[i] <= SL_POSTING_IMPORT_MAX_BYTES)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (length, ==, sizes[i]);
          g_assert_cmpint (data[length], ==, '\0');
        }
      else
        {
          g_assert_null (data);
          g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
          /* it stopped one byte past the limit */
          g_assert_cmpint (g_seekable_tell (G_SEEKABLE (stream)), ==, SL_POSTING_IMPORT_MAX_BYTES + 1);
          g_clear_error (&error);
        }
    }
  big[SL_POSTING_IMPORT_MAX_BYTES] = '\0';
  g_assert_null (sl_posting_import_parse (big, SL_POSTING_IMPORT_MAX_BYTES + 1, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  g_clear_error (&error);

  /* text that starts like JSON is text; JSON is JSON-LD */
  text = sl_posting_import_parse ("[Remote] Cook\n\nWe cook.\n", strlen ("[Remote] Cook\n\nWe cook.\n"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (text), ==, "[Remote] Cook");
  jsonld = sl_posting_import_parse ("[{\"@type\": \"JobPosting\", \"title\": \"Cook\"}]",
                                    strlen ("[{\"@type\": \"JobPosting\", \"title\": \"Cook\"}]"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_posting_get_title (jsonld), ==, "Cook");
}

static void
test_careers_page (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-careers-page.txt");
  const char * const *items;

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Senior Data Engineer (Platform)");
  items = sl_posting_get_locations (posting);
  g_assert_cmpuint (count (items), ==, 1);
  g_assert_cmpstr (items[0], ==, "Lisbon, Lisbon District, Portugal");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-03-07");
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 5);
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 5);
  g_assert_cmpuint (count (sl_posting_get_nice_to_have (posting)), ==, 3);
  g_assert_cmpstr (sl_posting_get_nice_to_have (posting)[2], ==, "Contributions to open-source data tools");
  g_assert_true (g_str_has_prefix (sl_posting_get_about (posting), "Tidewater Analytics was founded"));
  g_assert_true (g_str_has_suffix (sl_posting_get_about (posting), "from every background."));
  g_assert_nonnull (strstr (sl_posting_get_about (posting), "eleven ports.\n\nWe\xe2\x80\x99re"));
  g_assert_cmpstr (sl_posting_get_description (posting), ==,
                   "Tidewater Analytics builds the forecasting tools that harbour operators use to plan "
                   "berths, cranes and crews. Our platform team keeps several terabytes of sensor data "
                   "flowing every day.\n\n"
                   "We are looking for a senior data engineer who enjoys owning pipelines end to end, "
                   "from ingestion to the tables our analysts query.");
}

static void
test_linkedin (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-linkedin.txt");
  const char * const resp[] = {
    "Own the design of booking, payment and trip flows",
    "Run usability tests with real customers every sprint",
    "Keep our design system consistent and documented",
    "Work closely with two product managers and six engineers",
    NULL,
  };
  const char * const nice[] = {
    "Experience with accessibility audits",
    "Motion design skills",
    NULL,
  };
  const char * const *items;

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Product Designer");
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Nordlicht Mobility GmbH");
  items = sl_posting_get_locations (posting);
  g_assert_cmpuint (count (items), ==, 1);
  g_assert_cmpstr (items[0], ==, "Berlin, Germany");
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_HYBRID);
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-02-24");
  assert_strv (sl_posting_get_responsibilities (posting), resp);
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 3);
  assert_strv (sl_posting_get_nice_to_have (posting), nice);
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 60000);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 75000);
  g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, "EUR");
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_YEAR);
  /* benefits stay in the description, under their heading */
  g_assert_nonnull (strstr (sl_posting_get_description (posting),
                            "Benefits\n\n- 30 days of paid holiday\n- A public transport ticket"));
  g_assert_null (strstr (sl_posting_get_description (posting), "applicants"));
}

static void
test_indeed (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-indeed.txt");

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Warehouse Shift Lead");
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Blue Harbor Logistics");
  g_assert_cmpstr (sl_posting_get_locations (posting)[0], ==, "Rotterdam, South Holland");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 3800);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 4600);
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_MONTH);
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 3);
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 3);
  /* "30+ days ago" */
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-02-08");
  g_assert_true (g_str_has_prefix (sl_posting_get_description (posting), "Blue Harbor Logistics runs"));
}

static void
test_numbered (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-numbered.txt");
  const char * const resp[] = {
    "Enter purchase and sales invoices into Xero",
    "Reconcile the bank accounts every week and chase any payment that is missing",
    "Prepare the VAT return for the accountant",
    "Run the monthly payroll for forty employees",
    NULL,
  };

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Part-time Bookkeeper");
  g_assert_cmpstr (sl_posting_get_locations (posting)[0], ==, "Leeds, United Kingdom");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "PART_TIME");
  g_assert_cmpstr (sl_posting_get_department (posting), ==, "Finance");
  g_assert_cmpstr (sl_posting_get_hiring_manager (posting), ==, "Priya Natarajan");
  g_assert_cmpuint (sl_posting_get_openings (posting), ==, 2);
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 18);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 22);
  g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, "GBP");
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_HOUR);
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-03-03");
  g_assert_cmpstr (sl_posting_get_valid_through (posting), ==, "2025-03-31");
  assert_strv (sl_posting_get_responsibilities (posting), resp);
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 3);
  g_assert_cmpuint (count (sl_posting_get_nice_to_have (posting)), ==, 2);
  g_assert_cmpstr (sl_posting_get_about (posting), ==, "Harrow & Vale has made chairs and tables in Leeds since 1962.");
  g_assert_nonnull (strstr (sl_posting_get_description (posting), "What we offer\n\n- Flexible hours"));
}

static void
test_no_headings (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-no-headings.txt");
  const char *description;

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Barista");
  description = sl_posting_get_description (posting);
  g_assert_true (g_str_has_prefix (description, "Come and make coffee"));
  g_assert_true (g_str_has_suffix (description, "your favourite coffee."));
  g_assert_nonnull (strstr (description, "week.\n\nWe open at seven"));
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 0);
  g_assert_null (sl_posting_get_employment_type (posting));
}

static void
test_german (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-german.txt");

  g_assert_cmpstr (sl_posting_get_locations (posting)[0], ==, "München, Bayern, Deutschland");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 65000);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 80000);
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_YEAR);
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 3);
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 3);
  g_assert_cmpuint (count (sl_posting_get_nice_to_have (posting)), ==, 1);
  g_assert_cmpstr (sl_posting_get_about (posting), ==, "Wir sind ein Team von 60 Menschen in München.");
}

static void
test_crlf (void)
{
  g_autoptr (SlPosting) posting = parse_sample ("posting-crlf.txt");
  const char * const nice[] = { "You\xe2\x80\x99ve used Zendesk or Intercom", NULL };

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Customer Support Specialist");
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_REMOTE);
  g_assert_cmpstr (sl_posting_get_locations (posting)[0], ==, "EU");
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "CONTRACTOR");
  g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, "USD");
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 100000);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 120000);
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-03-09");
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 2);
  g_assert_cmpstr (sl_posting_get_responsibilities (posting)[1], ==, "Write and update help-centre articles");
  g_assert_cmpuint (count (sl_posting_get_qualifications (posting)), ==, 2);
  assert_strv (sl_posting_get_nice_to_have (posting), nice);
  /* NBSP became a space, no \r anywhere */
  g_assert_cmpstr (sl_posting_get_description (posting), ==,
                   "Help our customers get the most out of Parcelwise, the shipping app for small shops.");
}

typedef struct
{
  const char *heading;
  SlTextSection section;
} HeadingCase;

static void
test_headings (void)
{
  const HeadingCase cases[] = {
    { "What you'll do", SL_TEXT_SECTION_RESPONSIBILITIES },
    { "WHAT YOU\xe2\x80\x99LL DO", SL_TEXT_SECTION_RESPONSIBILITIES },
    { "Responsibilities:", SL_TEXT_SECTION_RESPONSIBILITIES },
    { "key responsibilities", SL_TEXT_SECTION_RESPONSIBILITIES },
    { "Your role", SL_TEXT_SECTION_RESPONSIBILITIES },
    { "What you’ll need:", SL_TEXT_SECTION_QUALIFICATIONS },
    { "REQUIREMENTS", SL_TEXT_SECTION_QUALIFICATIONS },
    { "Qualifications", SL_TEXT_SECTION_QUALIFICATIONS },
    { "What we're looking for", SL_TEXT_SECTION_QUALIFICATIONS },
    { "Must have", SL_TEXT_SECTION_QUALIFICATIONS },
    { "Nice to have", SL_TEXT_SECTION_NICE_TO_HAVE },
    { "Bonus points:", SL_TEXT_SECTION_NICE_TO_HAVE },
    { "Preferred", SL_TEXT_SECTION_NICE_TO_HAVE },
    { "PREFERRED QUALIFICATIONS", SL_TEXT_SECTION_NICE_TO_HAVE },
    { "About us", SL_TEXT_SECTION_ABOUT },
    { "About the company:", SL_TEXT_SECTION_ABOUT },
    { "Who we are", SL_TEXT_SECTION_ABOUT },
    { "## About Acme", SL_TEXT_SECTION_ABOUT },
    { "Benefits", SL_TEXT_SECTION_OTHER },
    { "What we offer:", SL_TEXT_SECTION_OTHER },
    { "**Job description**", SL_TEXT_SECTION_DESCRIPTION },
    { "We are hiring", SL_TEXT_SECTION_NONE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("heading: %s", cases[i].heading);
      g_assert_cmpint (sl_posting_text_classify_heading (cases[i].heading), ==, cases[i].section);
    }
}

static void
test_bullets (void)
{
  const char *bullets[] = {
    "\xe2\x80\xa2 ", "- ", "* ", "\xe2\x80\x93 ", "\xe2\x80\x94 ", "\xc2\xb7 ", "1. ", "1) ", "",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bullets); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr (SlPosting) posting = NULL;
      const char * const expected[] = { "Write Go services", "Keep them fast", NULL };

      text = g_strdup_printf ("Go Developer\n\nResponsibilities\n%sWrite Go services\n%sKeep them fast\n",
                              bullets[i], bullets[i]);
      g_test_message ("bullet: '%s'", bullets[i]);
      posting = parse (text);
      assert_strv (sl_posting_get_responsibilities (posting), expected);
    }
}

static void
test_continuation (void)
{
  g_autoptr (SlPosting) posting = parse ("Go Developer\n\nRequirements\n"
                                         "- Five years of Go, or of another\n"
                                         "  language and a wish to learn Go\n"
                                         "- SQL\n"
                                         "\n"
                                         "Nice to have\n"
                                         "Kubernetes in production and the\n"
                                         "patience to debug it\n"
                                         "Rust\n");
  const char * const qual[] = {
    "Five years of Go, or of another language and a wish to learn Go",
    "SQL",
    NULL,
  };
  const char * const nice[] = {
    "Kubernetes in production and the patience to debug it",
    "Rust",
    NULL,
  };

  assert_strv (sl_posting_get_qualifications (posting), qual);
  assert_strv (sl_posting_get_nice_to_have (posting), nice);
}

static void
test_title_repeated (void)
{
  g_autoptr (SlPosting) posting = parse ("Nurse (Night Shifts)\nNurse (Night Shifts)\n\nCare for patients at night.\n");

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Nurse (Night Shifts)");
  g_assert_cmpstr (sl_posting_get_description (posting), ==, "Care for patients at night.");
}

typedef struct
{
  const char *line;
  double      min;
  double      max;
  const char *currency;
  SlSalaryUnit unit;
} SalaryCase;

static void
test_salaries (void)
{
  const SalaryCase cases[] = {
    { "€60,000 – €80,000 a year", 60000, 80000, "EUR", SL_SALARY_UNIT_YEAR },
    { "$45/hour", 45, 45, "USD", SL_SALARY_UNIT_HOUR },
    { "60k-80k EUR", 60000, 80000, "EUR", SL_SALARY_UNIT_YEAR },
    { "USD 100,000 - 120,000 per year", 100000, 120000, "USD", SL_SALARY_UNIT_YEAR },
    { "Salary: 45.000 - 55.000 EUR brutto pro Jahr", 45000, 55000, "EUR", SL_SALARY_UNIT_YEAR },
    { "Pay: £450 per day", 450, 450, "GBP", SL_SALARY_UNIT_DAY },
    { "Compensation: up to CHF 9,500 per month", 0, 9500, "CHF", SL_SALARY_UNIT_MONTH },
    { "$25.50 - $30.75 an hour", 25.5, 30.75, "USD", SL_SALARY_UNIT_HOUR },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Cook\n%s\n\nWe cook.\n", cases[i].line);
      g_autoptr (SlPosting) posting = NULL;

      g_test_message ("salary: %s", cases[i].line);
      posting = parse (text);
      g_assert_cmpfloat_with_epsilon (sl_posting_get_salary_min (posting), cases[i].min, 0.001);
      g_assert_cmpfloat_with_epsilon (sl_posting_get_salary_max (posting), cases[i].max, 0.001);
      g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, cases[i].currency);
      g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, cases[i].unit);
      g_assert_cmpstr (sl_posting_get_description (posting), ==, "We cook.");
    }
}

typedef struct
{
  const char *line;
  const char *date;
} DateCase;

static void
test_dates (void)
{
  const DateCase cases[] = {
    { "5 hours ago", "2025-03-10" },
    { "13 hours ago", "2025-03-09" },
    { "3 days ago", "2025-03-07" },
    { "yesterday", "2025-03-09" },
    { "Today", "2025-03-10" },
    { "2 weeks ago", "2025-02-24" },
    { "30+ days ago", "2025-02-08" },
    { "a month ago", "2025-02-10" },
    { "Posted 4 days ago", "2025-03-06" },
    { "Reposted 1 week ago", "2025-03-03" },
    { "Posted on 3 March 2025", "2025-03-03" },
    { "Posted: March 3, 2025", "2025-03-03" },
    { "Date posted: 2025-01-31", "2025-01-31" },
    { "2024-12-24", "2024-12-24" },
    { "3rd Feb 2025", "2025-02-03" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Cook\n%s\n\nWe cook.\n", cases[i].line);
      g_autoptr (SlPosting) posting = NULL;

      g_test_message ("date: %s", cases[i].line);
      posting = parse (text);
      g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, cases[i].date);
      g_assert_cmpstr (sl_posting_get_description (posting), ==, "We cook.");
    }
}

typedef struct
{
  const char *line;
  const char *employment;
  int         workplace;
  const char *location;
} WhereCase;

static void
test_where_and_how (void)
{
  const WhereCase cases[] = {
    { "Full-time", "FULL_TIME", SL_WORKPLACE_TYPE_UNKNOWN, NULL },
    { "Part-time", "PART_TIME", SL_WORKPLACE_TYPE_UNKNOWN, NULL },
    { "Contract", "CONTRACTOR", SL_WORKPLACE_TYPE_UNKNOWN, NULL },
    { "Temporary", "TEMPORARY", SL_WORKPLACE_TYPE_UNKNOWN, NULL },
    { "Internship", "INTERN", SL_WORKPLACE_TYPE_UNKNOWN, NULL },
    { "Job type: Full-time, Permanent", "FULL_TIME", SL_WORKPLACE_TYPE_UNKNOWN, NULL },
    { "Berlin, Germany · Hybrid", NULL, SL_WORKPLACE_TYPE_HYBRID, "Berlin, Germany" },
    { "Remote (EU)", NULL, SL_WORKPLACE_TYPE_REMOTE, "EU" },
    { "Remote", NULL, SL_WORKPLACE_TYPE_REMOTE, NULL },
    { "On-site", NULL, SL_WORKPLACE_TYPE_ON_SITE, NULL },
    { "Location: Porto, Portugal (On-site)", NULL, SL_WORKPLACE_TYPE_ON_SITE, "Porto, Portugal" },
    { "Location: Austin, Texas, United States", NULL, SL_WORKPLACE_TYPE_UNKNOWN, "Austin, Texas, United States" },
    { "Full-time · Remote - US", "FULL_TIME", SL_WORKPLACE_TYPE_REMOTE, "US" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Cook\n%s\n\nWe cook.\n", cases[i].line);
      g_autoptr (SlPosting) posting = NULL;
      const char * const *locations;

      g_test_message ("line: %s", cases[i].line);
      posting = parse (text);
      g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, cases[i].employment);
      if (cases[i].workplace >= 0)
        g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, cases[i].workplace);
      locations = sl_posting_get_locations (posting);
      if (cases[i].location != NULL)
        {
          g_assert_cmpuint (count (locations), ==, 1);
          g_assert_cmpstr (locations[0], ==, cases[i].location);
        }
      else
        g_assert_cmpuint (count (locations), ==, 0);
      g_assert_cmpstr (sl_posting_get_description (posting), ==, "We cook.");
    }
}

static void
assert_parse_error (const char *text,
                    gssize      len,
                    const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = fixed_now ();
  g_autoptr (SlPosting) posting = sl_posting_text_parse (text, len, now, &error);

  g_assert_null (posting);
  g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_empty (void)
{
  assert_parse_error ("", -1, "empty");
  assert_parse_error ("", 0, "empty");
  assert_parse_error ("  \n\t\r\n \xc2\xa0 \n\n", -1, "empty");
  assert_parse_error ("\xef\xbb\xbf\n\n", -1, "empty");
}

static void
test_not_text (void)
{
  const char binary[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00title";
  g_autofree char *garbage = g_malloc (4096);
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);

  assert_parse_error (binary, sizeof binary - 1, "not text");
  assert_parse_error ("Cook\n\xff\xfe broken \xc3\x28\n", -1, "UTF-8");
  /* valid UTF-8 but control characters */
  for (gsize i = 0; i < 4096; i++)
    garbage[i] = (char) g_rand_int_range (rand, 1, 0x20);
  assert_parse_error (garbage, 4096, "not text");
  for (gsize i = 0; i < 4096; i++)
    garbage[i] = (char) g_rand_int_range (rand, 0, 256);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GDateTime) now = fixed_now ();
    g_autoptr (SlPosting) posting = sl_posting_text_parse (garbage, 4096, now, &error);

    g_assert_null (posting);
    g_assert_error (error, SL_ERROR, SL_ERROR_PARSE);
  }
}

static void
test_huge (void)
{
  GString *text = g_string_new ("Platform Engineer\nFull-time\nRemote\n\nWe run things.\n\n");
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = fixed_now ();
  gint64 start, elapsed;
  guint n = 0;

  while (text->len < 5 * 1024 * 1024)
    {
      g_string_append_printf (text, "Responsibilities\n\xe2\x80\xa2 Keep service %u running on a good day\n"
                              "\xe2\x80\xa2 Write the runbook for service %u\n\n"
                              "Paragraph %u of a very long posting that nobody will read to the end, "
                              "with non-ASCII text: café, Zürich, 東京.\n\n", n, n, n);
      n++;
    }

  start = g_get_monotonic_time ();
  posting = sl_posting_text_parse (text->str, text->len, now, &error);
  elapsed = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_test_message ("5 MB parsed in %" G_GINT64_FORMAT " µs", elapsed);
  g_assert_cmpuint (count (sl_posting_get_responsibilities (posting)), ==, 2 * n);
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_true (g_str_has_suffix (sl_posting_get_description (posting), "東京."));
  /* generous, for sanitizer builds; the benchmark measures it properly */
  g_assert_cmpint (elapsed, <, 20 * G_USEC_PER_SEC);
  g_string_free (text, TRUE);
}

static void
test_apostrophes (void)
{
  g_autoptr (SlPosting) a = parse ("Chef\n\nWhat you’ll do\n- Cook\n\nWhat you'll need\n- Knives\n");
  g_autoptr (SlPosting) b = parse ("Chef\n\nWHAT YOU'LL DO:\n- Cook\n\nwhat you’ll need:\n- Knives\n");

  g_assert_cmpuint (count (sl_posting_get_responsibilities (a)), ==, 1);
  g_assert_cmpuint (count (sl_posting_get_qualifications (a)), ==, 1);
  g_assert_cmpuint (count (sl_posting_get_responsibilities (b)), ==, 1);
  g_assert_cmpuint (count (sl_posting_get_qualifications (b)), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/posting-text/lead-engineer", test_lead_engineer);
  g_test_add_func ("/posting-text/markdown", test_markdown);
  g_test_add_func ("/posting-text/markdown-details", test_markdown_details);
  g_test_add_func ("/posting-text/organization-from-text", test_organization_from_text);
  g_test_add_func ("/posting-text/label-on-next-line", test_label_on_next_line);
  g_test_add_func ("/posting-text/markdown-table", test_markdown_table);
  g_test_add_func ("/posting-text/salary-out-of-range", test_salary_out_of_range);
  g_test_add_func ("/posting-text/import-limit", test_import_limit);
  g_test_add_func ("/posting-text/careers-page", test_careers_page);
  g_test_add_func ("/posting-text/linkedin", test_linkedin);
  g_test_add_func ("/posting-text/indeed", test_indeed);
  g_test_add_func ("/posting-text/numbered", test_numbered);
  g_test_add_func ("/posting-text/no-headings", test_no_headings);
  g_test_add_func ("/posting-text/german", test_german);
  g_test_add_func ("/posting-text/crlf", test_crlf);
  g_test_add_func ("/posting-text/headings", test_headings);
  g_test_add_func ("/posting-text/bullets", test_bullets);
  g_test_add_func ("/posting-text/continuation", test_continuation);
  g_test_add_func ("/posting-text/title-repeated", test_title_repeated);
  g_test_add_func ("/posting-text/salaries", test_salaries);
  g_test_add_func ("/posting-text/dates", test_dates);
  g_test_add_func ("/posting-text/where-and-how", test_where_and_how);
  g_test_add_func ("/posting-text/apostrophes", test_apostrophes);
  g_test_add_func ("/posting-text/empty", test_empty);
  g_test_add_func ("/posting-text/not-text", test_not_text);
  g_test_add_func ("/posting-text/huge", test_huge);

  return g_test_run ();
}
