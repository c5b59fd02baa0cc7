/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests SlPosting and SlStage: accessors, change notification, copies and validation. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sl-error.h"
#include "sl-posting.h"
#include "sl-stage.h"
#include "sl-types.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_posting_accessors (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  const char * const locations[] = { "Berlin", "नई दिल्ली", NULL };
  const char * const items[] = { "Write code", "Review \"code\"", NULL };

  g_assert_cmpstr (sl_record_get_record_type (SL_RECORD (posting)), ==, "posting");
  g_assert_null (sl_posting_get_title (posting));
  g_assert_cmpuint (sl_posting_get_openings (posting), ==, 1);
  g_assert_cmpint (sl_posting_get_status (posting), ==, SL_POSTING_STATUS_DRAFT);
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_YEAR);
  g_assert_null (sl_posting_get_locations (posting));

  sl_posting_set_title (posting, "Backend Engineer");
  sl_posting_set_department (posting, "Engineering");
  sl_posting_set_hiring_manager (posting, "Ana");
  sl_posting_set_organization (posting, "Acme");
  sl_posting_set_openings (posting, 3);
  sl_posting_set_locations (posting, locations);
  sl_posting_set_workplace_type (posting, SL_WORKPLACE_TYPE_HYBRID);
  sl_posting_set_employment_type (posting, "FULL_TIME");
  sl_posting_set_date_posted (posting, "2025-01-31");
  sl_posting_set_valid_through (posting, "2025-03-01");
  sl_posting_set_salary_min (posting, 60000);
  sl_posting_set_salary_max (posting, 80000);
  sl_posting_set_salary_currency (posting, "EUR");
  sl_posting_set_salary_unit (posting, SL_SALARY_UNIT_MONTH);
  sl_posting_set_summary (posting, "Summary");
  sl_posting_set_description (posting, "Para 1\n\nPara 2");
  sl_posting_set_about (posting, "About us");
  sl_posting_set_responsibilities (posting, items);
  sl_posting_set_qualifications (posting, items);
  sl_posting_set_nice_to_have (posting, items);
  sl_posting_set_status (posting, SL_POSTING_STATUS_OPEN);

  g_assert_cmpstr (sl_posting_get_title (posting), ==, "Backend Engineer");
  g_assert_cmpstr (sl_posting_get_department (posting), ==, "Engineering");
  g_assert_cmpstr (sl_posting_get_hiring_manager (posting), ==, "Ana");
  g_assert_cmpstr (sl_posting_get_organization (posting), ==, "Acme");
  g_assert_cmpuint (sl_posting_get_openings (posting), ==, 3);
  g_assert_true (g_strv_equal (sl_posting_get_locations (posting), locations));
  g_assert_cmpint (sl_posting_get_workplace_type (posting), ==, SL_WORKPLACE_TYPE_HYBRID);
  g_assert_cmpstr (sl_posting_get_employment_type (posting), ==, "FULL_TIME");
  g_assert_cmpstr (sl_posting_get_date_posted (posting), ==, "2025-01-31");
  g_assert_cmpstr (sl_posting_get_valid_through (posting), ==, "2025-03-01");
  g_assert_cmpfloat (sl_posting_get_salary_min (posting), ==, 60000);
  g_assert_cmpfloat (sl_posting_get_salary_max (posting), ==, 80000);
  g_assert_cmpstr (sl_posting_get_salary_currency (posting), ==, "EUR");
  g_assert_cmpint (sl_posting_get_salary_unit (posting), ==, SL_SALARY_UNIT_MONTH);
  g_assert_cmpstr (sl_posting_get_summary (posting), ==, "Summary");
  g_assert_cmpstr (sl_posting_get_description (posting), ==, "Para 1\n\nPara 2");
  g_assert_cmpstr (sl_posting_get_about (posting), ==, "About us");
  g_assert_true (g_strv_equal (sl_posting_get_responsibilities (posting), items));
  g_assert_true (g_strv_equal (sl_posting_get_qualifications (posting), items));
  g_assert_true (g_strv_equal (sl_posting_get_nice_to_have (posting), items));
  g_assert_cmpint (sl_posting_get_status (posting), ==, SL_POSTING_STATUS_OPEN);

  /* Properties reach the same fields. */
  {
    g_autofree char *title = NULL;
    g_auto (GStrv) strv = NULL;
    SlPostingStatus status;

    g_object_set (posting, "title", "Frontend Engineer", "status", SL_POSTING_STATUS_CLOSED, NULL);
    g_object_get (posting, "title", &title, "locations", &strv, "status", &status, NULL);
    g_assert_cmpstr (title, ==, "Frontend Engineer");
    g_assert_cmpint (status, ==, SL_POSTING_STATUS_CLOSED);
    g_assert_true (g_strv_equal ((const char * const *) strv, locations));
  }

  /* An empty vector is "no items". */
  {
    const char * const empty[] = { NULL };

    sl_posting_set_locations (posting, empty);
    g_assert_null (sl_posting_get_locations (posting));
  }
}

static void
test_posting_notify (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  const char * const a[] = { "a", NULL };
  const char * const a2[] = { "a", NULL };
  const char * const b[] = { "a", "b", NULL };
  guint count = 0;

  g_signal_connect (posting, "notify", G_CALLBACK (count_notify_cb), &count);

  sl_posting_set_title (posting, "T");
  g_assert_cmpuint (count, ==, 1);
  sl_posting_set_title (posting, "T");
  g_assert_cmpuint (count, ==, 1);
  sl_posting_set_title (posting, NULL);
  g_assert_cmpuint (count, ==, 2);
  sl_posting_set_title (posting, NULL);
  g_assert_cmpuint (count, ==, 2);

  sl_posting_set_openings (posting, 1);
  g_assert_cmpuint (count, ==, 2);
  sl_posting_set_openings (posting, 2);
  g_assert_cmpuint (count, ==, 3);

  sl_posting_set_locations (posting, a);
  g_assert_cmpuint (count, ==, 4);
  sl_posting_set_locations (posting, a2);
  g_assert_cmpuint (count, ==, 4);
  sl_posting_set_locations (posting, b);
  g_assert_cmpuint (count, ==, 5);
  sl_posting_set_locations (posting, NULL);
  g_assert_cmpuint (count, ==, 6);
  sl_posting_set_locations (posting, NULL);
  g_assert_cmpuint (count, ==, 6);

  sl_posting_set_status (posting, SL_POSTING_STATUS_DRAFT);
  g_assert_cmpuint (count, ==, 6);
  sl_posting_set_status (posting, SL_POSTING_STATUS_ON_HOLD);
  g_assert_cmpuint (count, ==, 7);

  sl_posting_set_salary_min (posting, 0);
  g_assert_cmpuint (count, ==, 7);
  sl_posting_set_salary_min (posting, 10);
  g_assert_cmpuint (count, ==, 8);

  g_object_set (posting, "title", "X", NULL);
  g_assert_cmpuint (count, ==, 9);
  g_object_set (posting, "title", "X", NULL);
  g_assert_cmpuint (count, ==, 9);

  sl_record_set_id (SL_RECORD (posting), "id");
  g_assert_cmpuint (count, ==, 10);
  sl_record_set_id (SL_RECORD (posting), "id");
  g_assert_cmpuint (count, ==, 10);
  sl_record_set_deleted (SL_RECORD (posting), FALSE);
  g_assert_cmpuint (count, ==, 10);
}

static void
test_posting_copy (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlPosting) copy = NULL;
  const char * const items[] = { "x", "y", NULL };

  sl_record_set_id (SL_RECORD (posting), "abc");
  sl_record_set_rev (SL_RECORD (posting), "2-ff");
  sl_record_set_created_at (SL_RECORD (posting), 5);
  sl_record_set_updated_at (SL_RECORD (posting), 6);
  sl_posting_set_title (posting, "T");
  sl_posting_set_qualifications (posting, items);
  sl_posting_set_salary_currency (posting, "INR");
  sl_posting_set_active_count (posting, 4);

  copy = sl_posting_copy (posting);
  g_assert_true (copy != posting);
  g_assert_cmpstr (sl_record_get_id (SL_RECORD (copy)), ==, "abc");
  g_assert_cmpstr (sl_record_get_rev (SL_RECORD (copy)), ==, "2-ff");
  g_assert_cmpint (sl_record_get_created_at (SL_RECORD (copy)), ==, 5);
  g_assert_cmpint (sl_record_get_updated_at (SL_RECORD (copy)), ==, 6);
  g_assert_cmpstr (sl_posting_get_title (copy), ==, "T");
  g_assert_cmpstr (sl_posting_get_salary_currency (copy), ==, "INR");
  g_assert_cmpuint (sl_posting_get_active_count (copy), ==, 4);
  g_assert_true (g_strv_equal (sl_posting_get_qualifications (copy), items));
  /* A deep copy. */
  g_assert_true (sl_posting_get_qualifications (copy) != sl_posting_get_qualifications (posting));

  sl_posting_set_title (copy, "U");
  g_assert_cmpstr (sl_posting_get_title (posting), ==, "T");
}

static void
assert_invalid (SlPosting  *posting,
                const char *needle)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (sl_posting_validate (posting, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_posting_validate (void)
{
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GError) error = NULL;

  assert_invalid (posting, "title");
  sl_posting_set_title (posting, "   ");
  assert_invalid (posting, "title");
  sl_posting_set_title (posting, "Engineer");
  g_assert_true (sl_posting_validate (posting, &error));
  g_assert_no_error (error);

  sl_posting_set_salary_min (posting, 90000);
  sl_posting_set_salary_max (posting, 80000);
  assert_invalid (posting, "minimum salary");
  sl_posting_set_salary_max (posting, 0);
  g_assert_true (sl_posting_validate (posting, NULL));
  sl_posting_set_salary_max (posting, 90000);
  g_assert_true (sl_posting_validate (posting, NULL));

  /* the range of sl_salary_check () */
  sl_posting_set_salary_max (posting, 1e42);
  assert_invalid (posting, "too large");
  sl_posting_set_salary_max (posting, NAN);
  assert_invalid (posting, "not a number");
  sl_posting_set_salary_max (posting, INFINITY);
  assert_invalid (posting, "too large");
  sl_posting_set_salary_max (posting, -1);
  assert_invalid (posting, "negative");
  sl_posting_set_salary_min (posting, 0);
  sl_posting_set_salary_max (posting, SL_SALARY_MAX);
  g_assert_true (sl_posting_validate (posting, NULL));
  g_assert_true (sl_salary_check (0, NULL));
  g_assert_false (sl_salary_check (nextafter (SL_SALARY_MAX, INFINITY), NULL));
  g_assert_false (sl_salary_check (-INFINITY, NULL));
  sl_posting_set_salary_min (posting, 90000);
  sl_posting_set_salary_max (posting, 90000);

  sl_posting_set_salary_currency (posting, "EURO");
  assert_invalid (posting, "currency");
  sl_posting_set_salary_currency (posting, "eur");
  assert_invalid (posting, "currency");
  sl_posting_set_salary_currency (posting, "XYZ");
  assert_invalid (posting, "XYZ");
  sl_posting_set_salary_currency (posting, "INR");
  g_assert_true (sl_posting_validate (posting, NULL));

  sl_posting_set_employment_type (posting, "full time");
  assert_invalid (posting, "employment type");
  sl_posting_set_employment_type (posting, "CONTRACTOR");
  g_assert_true (sl_posting_validate (posting, NULL));

  sl_posting_set_date_posted (posting, "2025-02-30");
  assert_invalid (posting, "date posted");
  sl_posting_set_date_posted (posting, "31/01/2025");
  assert_invalid (posting, "date posted");
  sl_posting_set_date_posted (posting, "2025-02-28");
  sl_posting_set_valid_through (posting, "2025-13-01");
  assert_invalid (posting, "closing date");
  sl_posting_set_valid_through (posting, "2025-02-01");
  assert_invalid (posting, "before the date posted");
  sl_posting_set_valid_through (posting, "2025-02-28");
  g_assert_true (sl_posting_validate (posting, NULL));

  /* One field at a time, for editors. */
  sl_posting_set_salary_currency (posting, "ABC");
  sl_posting_set_valid_through (posting, "2025-01-01");
  g_assert_true (sl_posting_validate_field (posting, "title", NULL));
  g_assert_false (sl_posting_validate_field (posting, "salary-currency", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sl_posting_validate_field (posting, "date-posted", NULL));
  g_assert_false (sl_posting_validate_field (posting, "valid-through", NULL));
  g_assert_true (sl_posting_validate_field (posting, "summary", NULL));
  g_assert_true (sl_posting_validate_field (posting, "no-such-field", NULL));
  sl_posting_set_salary_min (posting, 100000);
  g_assert_false (sl_posting_validate_field (posting, "salary-min", NULL));
  g_assert_false (sl_posting_validate_field (posting, "salary-max", NULL));
  g_assert_true (sl_currency_code_is_valid ("USD"));
  g_assert_false (sl_currency_code_is_valid ("ABC"));
}

static void
test_currency (void)
{
  const char *valid[] = { "EUR", "USD", "INR", "JPY", "CHF", "XOF", "ZAR" };
  const char *invalid[] = { "", "EU", "EURO", "eur", "XAU", "XXX", "ABC", "DEM" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (sl_currency_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (sl_currency_is_valid (invalid[i]));
  g_assert_false (sl_currency_is_valid (NULL));
}

static void
test_types (void)
{
  SlPostingStatus status = SL_POSTING_STATUS_DRAFT;
  SlWorkplaceType workplace = SL_WORKPLACE_TYPE_ON_SITE;
  SlSalaryUnit unit = SL_SALARY_UNIT_YEAR;
  SlStageKind kind = SL_STAGE_KIND_ACTIVE;
  SlApplicationStatus app_status = SL_APPLICATION_STATUS_ACTIVE;
  SlInterviewStatus interview_status = SL_INTERVIEW_STATUS_SCHEDULED;
  SlRecommendation rec = SL_RECOMMENDATION_NONE;

  /* Round trips and the agreed storage names. */
  g_assert_cmpstr (sl_posting_status_to_string (SL_POSTING_STATUS_ON_HOLD), ==, "on_hold");
  g_assert_true (sl_posting_status_from_string ("archived", &status));
  g_assert_cmpint (status, ==, SL_POSTING_STATUS_ARCHIVED);
  g_assert_false (sl_posting_status_from_string ("Archived", &status));
  g_assert_false (sl_posting_status_from_string (NULL, &status));
  g_assert_cmpint (status, ==, SL_POSTING_STATUS_ARCHIVED);

  g_assert_cmpstr (sl_workplace_type_to_string (SL_WORKPLACE_TYPE_ON_SITE), ==, "on_site");
  g_assert_cmpstr (sl_workplace_type_to_string (SL_WORKPLACE_TYPE_UNKNOWN), ==, "unknown");
  g_assert_true (sl_workplace_type_from_string ("unknown", &workplace));
  g_assert_cmpint (workplace, ==, SL_WORKPLACE_TYPE_UNKNOWN);
  g_assert_true (sl_workplace_type_from_string ("remote", &workplace));
  g_assert_cmpint (workplace, ==, SL_WORKPLACE_TYPE_REMOTE);

  g_assert_cmpstr (sl_salary_unit_to_string (SL_SALARY_UNIT_HOUR), ==, "hour");
  g_assert_true (sl_salary_unit_from_string ("week", &unit));
  g_assert_cmpint (unit, ==, SL_SALARY_UNIT_WEEK);

  g_assert_cmpstr (sl_stage_kind_to_string (SL_STAGE_KIND_REJECTED), ==, "rejected");
  g_assert_true (sl_stage_kind_from_string ("hired", &kind));
  g_assert_cmpint (kind, ==, SL_STAGE_KIND_HIRED);

  g_assert_cmpstr (sl_application_status_to_string (SL_APPLICATION_STATUS_WITHDRAWN), ==, "withdrawn");
  g_assert_true (sl_application_status_from_string ("rejected", &app_status));
  g_assert_cmpint (app_status, ==, SL_APPLICATION_STATUS_REJECTED);

  g_assert_cmpstr (sl_interview_status_to_string (SL_INTERVIEW_STATUS_NO_SHOW), ==, "no_show");
  g_assert_true (sl_interview_status_from_string ("cancelled", &interview_status));
  g_assert_cmpint (interview_status, ==, SL_INTERVIEW_STATUS_CANCELLED);

  g_assert_cmpstr (sl_recommendation_to_string (SL_RECOMMENDATION_STRONG_YES), ==, "strong_yes");
  g_assert_true (sl_recommendation_from_string ("strong_no", &rec));
  g_assert_cmpint (rec, ==, SL_RECOMMENDATION_STRONG_NO);

  g_assert_cmpstr (sl_posting_status_to_label (SL_POSTING_STATUS_ON_HOLD), ==, "On Hold");
  g_assert_cmpstr (sl_workplace_type_to_label (SL_WORKPLACE_TYPE_ON_SITE), ==, "On-site");
  g_assert_cmpstr (sl_employment_type_to_label ("PART_TIME"), ==, "Part-time");

  g_assert_true (sl_employment_type_is_valid ("PER_DIEM"));
  g_assert_false (sl_employment_type_is_valid ("full_time"));
  g_assert_false (sl_employment_type_is_valid (NULL));
}

/* Every value of every enumeration goes to a distinct storage name and a
 * label and back; unknown names (another case, a label, a neighbour's
 * name) are refused and leave the output alone. */
#define CHECK_ENUM_ROUND_TRIP(prefix, Type, last, foreign)                 \
  G_STMT_START                                                             \
  {                                                                        \
    g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal); \
    Type out;                                                              \
                                                                           \
    for (int v = 0; v <= (int) (last); v++)                                \
      {                                                                    \
        const char *name = prefix##_to_string ((Type) v);                  \
        g_autofree char *upper = g_ascii_strup (name, -1);                 \
                                                                           \
        g_assert_nonnull (name);                                           \
        g_assert_true (g_hash_table_add (names, (gpointer) name));         \
        g_assert_cmpstr (prefix##_to_label ((Type) v), !=, "");            \
        out = (Type) ((v + 1) % ((int) (last) + 1));                       \
        g_assert_true (prefix##_from_string (name, &out));                 \
        g_assert_cmpint (out, ==, v);                                      \
        g_assert_false (prefix##_from_string (upper, &out));               \
        g_assert_cmpint (out, ==, v);                                      \
      }                                                                    \
    out = (Type) 0;                                                        \
    g_assert_false (prefix##_from_string ("", &out));                      \
    g_assert_false (prefix##_from_string (NULL, &out));                    \
    g_assert_false (prefix##_from_string (foreign, &out));                 \
    g_assert_cmpint (out, ==, 0);                                          \
  }                                                                        \
  G_STMT_END

static void
test_types_round_trip (void)
{
  CHECK_ENUM_ROUND_TRIP (sl_posting_status, SlPostingStatus, SL_POSTING_STATUS_ARCHIVED, "On Hold");
  CHECK_ENUM_ROUND_TRIP (sl_workplace_type, SlWorkplaceType, SL_WORKPLACE_TYPE_UNKNOWN, "on-site");
  CHECK_ENUM_ROUND_TRIP (sl_salary_unit, SlSalaryUnit, SL_SALARY_UNIT_YEAR, "per year");
  CHECK_ENUM_ROUND_TRIP (sl_stage_kind, SlStageKind, SL_STAGE_KIND_REJECTED, "withdrawn");
  CHECK_ENUM_ROUND_TRIP (sl_application_status, SlApplicationStatus, SL_APPLICATION_STATUS_WITHDRAWN, "in_progress");
  CHECK_ENUM_ROUND_TRIP (sl_interview_status, SlInterviewStatus, SL_INTERVIEW_STATUS_NO_SHOW, "no-show");
  CHECK_ENUM_ROUND_TRIP (sl_recommendation, SlRecommendation, SL_RECOMMENDATION_STRONG_YES, "strong yes");

  /* The labels come from the same table as the names. */
  g_assert_cmpstr (sl_salary_unit_to_label (SL_SALARY_UNIT_MONTH), ==, "per month");
  g_assert_cmpstr (sl_stage_kind_to_label (SL_STAGE_KIND_ACTIVE), ==, "In Progress");
  g_assert_cmpstr (sl_interview_status_to_label (SL_INTERVIEW_STATUS_NO_SHOW), ==, "No-Show");
  g_assert_cmpstr (sl_recommendation_to_label (SL_RECOMMENDATION_NONE), ==, "No Recommendation");
  g_assert_cmpstr (sl_employment_type_to_label ("INTERN"), ==, "Internship");
  g_assert_cmpstr (sl_employment_type_to_label ("SEASONAL"), ==, "SEASONAL");
  g_assert_cmpstr (sl_employment_type_to_label (NULL), ==, "");
}

/* A value outside an enumeration is a programming error: a critical, and
 * the table's fallback name, never a read past the table. */
static void
test_types_out_of_range (void)
{
  g_test_expect_message ("sl-types", G_LOG_LEVEL_CRITICAL, "*");
  g_assert_cmpstr (sl_salary_unit_to_string ((SlSalaryUnit) 99), ==, "year");
  g_test_assert_expected_messages ();
  g_test_expect_message ("sl-types", G_LOG_LEVEL_CRITICAL, "*");
  g_assert_cmpstr (sl_posting_status_to_string ((SlPostingStatus) -1), ==, "draft");
  g_test_assert_expected_messages ();
  g_test_expect_message ("sl-types", G_LOG_LEVEL_CRITICAL, "*");
  g_assert_cmpstr (sl_recommendation_to_label ((SlRecommendation) 5), ==, "");
  g_test_assert_expected_messages ();
}

static void
test_stage (void)
{
  g_autoptr (SlStage) stage = sl_stage_new ();
  guint count = 0;

  g_assert_cmpstr (sl_record_get_record_type (SL_RECORD (stage)), ==, "stage");
  g_assert_cmpint (sl_stage_get_kind (stage), ==, SL_STAGE_KIND_ACTIVE);

  g_signal_connect (stage, "notify", G_CALLBACK (count_notify_cb), &count);
  sl_stage_set_name (stage, "Screening");
  sl_stage_set_name (stage, "Screening");
  sl_stage_set_position (stage, 2);
  sl_stage_set_position (stage, 2);
  sl_stage_set_kind (stage, SL_STAGE_KIND_REJECTED);
  sl_stage_set_kind (stage, SL_STAGE_KIND_REJECTED);
  sl_stage_set_posting_id (stage, "p");
  sl_stage_set_posting_id (stage, "p");
  g_assert_cmpuint (count, ==, 4);

  g_assert_cmpstr (sl_stage_get_name (stage), ==, "Screening");
  g_assert_cmpint (sl_stage_get_position (stage), ==, 2);
  g_assert_cmpint (sl_stage_get_kind (stage), ==, SL_STAGE_KIND_REJECTED);
  g_assert_cmpstr (sl_stage_get_posting_id (stage), ==, "p");
}

/* A status is shown beside a stage only when the stage does not say it. */
static void
test_status_beside_stage (void)
{
  g_assert_null (sl_application_status_beside_stage (SL_APPLICATION_STATUS_ACTIVE, SL_STAGE_KIND_ACTIVE, "Screening"));
  g_assert_null (sl_application_status_beside_stage (SL_APPLICATION_STATUS_HIRED, SL_STAGE_KIND_HIRED, "Hired"));
  g_assert_null (sl_application_status_beside_stage (SL_APPLICATION_STATUS_HIRED, SL_STAGE_KIND_HIRED, NULL));
  g_assert_null (sl_application_status_beside_stage (SL_APPLICATION_STATUS_REJECTED, SL_STAGE_KIND_REJECTED, "Declined"));
  /* A stage named after the status, whatever its kind. */
  g_assert_null (sl_application_status_beside_stage (SL_APPLICATION_STATUS_HIRED, SL_STAGE_KIND_ACTIVE, " hired "));
  g_assert_cmpstr (sl_application_status_beside_stage (SL_APPLICATION_STATUS_HIRED, SL_STAGE_KIND_ACTIVE, "Offer"),
                   ==, "Hired");
  g_assert_cmpstr (sl_application_status_beside_stage (SL_APPLICATION_STATUS_REJECTED, SL_STAGE_KIND_HIRED, "Hired"),
                   ==, "Rejected");
  g_assert_cmpstr (sl_application_status_beside_stage (SL_APPLICATION_STATUS_WITHDRAWN, SL_STAGE_KIND_ACTIVE, NULL),
                   ==, "Withdrawn");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/posting/accessors", test_posting_accessors);
  g_test_add_func ("/posting/notify", test_posting_notify);
  g_test_add_func ("/posting/copy", test_posting_copy);
  g_test_add_func ("/posting/validate", test_posting_validate);
  g_test_add_func ("/posting/currency", test_currency);
  g_test_add_func ("/types/names", test_types);
  g_test_add_func ("/types/round-trip", test_types_round_trip);
  g_test_add_func ("/types/out-of-range", test_types_out_of_range);
  g_test_add_func ("/types/status-beside-stage", test_status_beside_stage);
  g_test_add_func ("/stage/accessors", test_stage);

  return g_test_run ();
}
