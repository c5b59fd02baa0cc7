/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests the people side of SlStore: candidates, applications, board moves, interviews, the live stage list, removing résumés. */
#include "config.h"

#include "sl-application-list.h"
#include "sl-store-people-private.h"
#include "sl-store-private.h"
#include "unit-test-utils.h"

typedef struct
{
  SlStore *store;
  char    *path;
  char    *posting_id;
  char    *stage_ids[5];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GPtrArray) stages = NULL;

  fixture->path = g_build_filename (g_get_user_data_dir (), "people.db", NULL);
  fixture->store = sl_store_open (fixture->path, &error);
  g_assert_no_error (error);

  sl_posting_set_title (posting, "Senior Backend Engineer");
  sl_store_save_posting (fixture->store, posting, &error);
  g_assert_no_error (error);
  fixture->posting_id = g_strdup (sl_record_get_id (SL_RECORD (posting)));

  stages = sl_store_list_stages (fixture->store, fixture->posting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    fixture->stage_ids[i] = g_strdup (sl_record_get_id (g_ptr_array_index (stages, i)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->posting_id, g_free);
  for (guint i = 0; i < 5; i++)
    g_clear_pointer (&fixture->stage_ids[i], g_free);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&fixture->store);
  fixture->store = sl_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
drain_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static SlCandidate *
add_candidate (Fixture    *fixture,
               const char *name)
{
  g_autoptr (GError) error = NULL;
  SlCandidate *candidate = sl_candidate_new ();

  sl_candidate_set_name (candidate, name);
  sl_store_save_candidate (fixture->store, candidate, &error);
  g_assert_no_error (error);
  return candidate;
}

static SlApplication *
add_application (Fixture    *fixture,
                 const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) candidate = add_candidate (fixture, name);
  SlApplication *application = sl_application_new ();

  sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (candidate)));
  sl_application_set_posting_id (application, fixture->posting_id);
  sl_store_save_application (fixture->store, application, &error);
  g_assert_no_error (error);
  return application;
}

/* The candidate names of a stage, in board order, joined by commas. */
static char *
stage_order (Fixture    *fixture,
             const char *stage_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplicationList) list = sl_application_list_new (fixture->store, stage_id);
  g_autoptr (GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlApplication) application = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (i > 0)
        g_string_append_c (names, ',');
      g_string_append (names, sl_application_get_candidate_name (application));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static SlActivity *
find_activity (GPtrArray  *activity,
               const char *action,
               const char *field)
{
  for (guint i = 0; i < activity->len; i++)
    {
      SlActivity *entry = g_ptr_array_index (activity, i);

      if (g_strcmp0 (sl_activity_get_action (entry), action) == 0 &&
          g_strcmp0 (sl_activity_get_field (entry), field) == 0)
        return entry;
    }
  return NULL;
}

static void
test_candidate_crud (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (SlCandidate) loaded = NULL;
  g_autoptr (GPtrArray) activity = NULL;
  g_autofree char *first_rev = NULL;
  const char *emails[] = { "anil.sharma@example.com", "anil@example.org", NULL };
  const char *tags[] = { "rust", "senior", NULL };
  const char *new_tags[] = { "rust", "senior", "remote", NULL };
  SlActivity *entry;
  const char *id;

  sl_candidate_set_name (candidate, "अनिल शर्मा");
  sl_candidate_set_emails (candidate, emails);
  sl_candidate_set_headline (candidate, "Backend engineer at Contoso");
  sl_candidate_set_tags (candidate, tags);
  sl_candidate_set_consent_at (candidate, 1700000000000000);
  sl_candidate_set_retain_until (candidate, "2027-01-31");
  g_assert_true (sl_store_save_candidate (fixture->store, candidate, &error));
  g_assert_no_error (error);

  id = sl_record_get_id (SL_RECORD (candidate));
  g_assert_nonnull (id);
  g_assert_cmpint (sl_record_get_created_at (SL_RECORD (candidate)), >, 0);
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (candidate)), "1-"));
  first_rev = g_strdup (sl_record_get_rev (SL_RECORD (candidate)));

  loaded = sl_store_get_candidate (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_name (loaded), ==, "अनिल शर्मा");
  g_assert_true (g_strv_equal (sl_candidate_get_emails (loaded), emails));
  g_assert_true (g_strv_equal (sl_candidate_get_tags (loaded), tags));
  g_assert_null (sl_candidate_get_phones (loaded));
  g_assert_cmpint (sl_candidate_get_consent_at (loaded), ==, 1700000000000000);
  g_assert_cmpstr (sl_candidate_get_retain_until (loaded), ==, "2027-01-31");
  g_assert_cmpstr (sl_record_get_rev (SL_RECORD (loaded)), ==, first_rev);
  g_assert_false (sl_record_get_deleted (SL_RECORD (loaded)));

  /* Saving without a change writes nothing. */
  g_assert_true (sl_store_save_candidate (fixture->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sl_record_get_rev (SL_RECORD (loaded)), ==, first_rev);

  /* Two changed fields: two "updated" entries with old and new values. */
  sl_candidate_set_headline (loaded, "Staff engineer at Fabrikam");
  sl_candidate_set_tags (loaded, new_tags);
  g_assert_true (sl_store_save_candidate (fixture->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (loaded)), "2-"));

  activity = sl_store_list_activity (fixture->store, id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity->len, ==, 3);
  g_assert_nonnull (find_activity (activity, "created", NULL));
  entry = find_activity (activity, "updated", "headline");
  g_assert_nonnull (entry);
  g_assert_cmpstr (sl_activity_get_old_value (entry), ==, "Backend engineer at Contoso");
  g_assert_cmpstr (sl_activity_get_new_value (entry), ==, "Staff engineer at Fabrikam");
  g_assert_cmpstr (sl_activity_get_record_type (entry), ==, "candidate");
  g_assert_cmpstr (sl_activity_get_record_id (entry), ==, id);
  g_assert_nonnull (find_activity (activity, "updated", "tags"));

  /* The change feed holds the current revision. */
  g_assert_cmpint (unit_test_query_int (fixture->store,
                                        "SELECT COUNT(*) FROM change WHERE record_type = 'candidate' AND record_id = ?1",
                                        id), ==, 1);

  g_clear_object (&loaded);
  reopen (fixture);
  loaded = sl_store_get_candidate (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_headline (loaded), ==, "Staff engineer at Fabrikam");
  g_assert_true (g_strv_equal (sl_candidate_get_tags (loaded), new_tags));
}

static void
test_candidate_invalid (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (SlCandidate) missing = NULL;

  sl_candidate_set_name (candidate, "   ");
  g_assert_false (sl_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_null (sl_record_get_id (SL_RECORD (candidate)));
  g_clear_error (&error);

  sl_candidate_set_name (candidate, "Zoë Müller");
  sl_candidate_set_retain_until (candidate, "next year");
  g_assert_false (sl_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  missing = sl_store_get_candidate (fixture->store, "no-such-id", &error);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_null (missing);

  g_assert_cmpint (unit_test_query_int (fixture->store, "SELECT COUNT(*) FROM candidate", NULL), ==, 0);
}

static void
test_candidate_tombstone (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) application = add_application (fixture, "François Côté");
  g_autoptr (SlCandidate) candidate = NULL;
  g_autoptr (SlApplication) deleted_application = NULL;
  g_autoptr (GPtrArray) applications = NULL;
  g_autoptr (GPtrArray) activity = NULL;
  g_autofree char *candidate_id = g_strdup (sl_application_get_candidate_id (application));
  const char *application_id = sl_record_get_id (SL_RECORD (application));

  applications = sl_store_list_applications_for_candidate (fixture->store, candidate_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 1);
  g_assert_cmpstr (sl_application_get_candidate_name (g_ptr_array_index (applications, 0)), ==, "François Côté");
  g_clear_pointer (&applications, g_ptr_array_unref);

  g_assert_true (sl_store_delete_candidate (fixture->store, candidate_id, &error));
  g_assert_no_error (error);
  /* Twice is fine. */
  g_assert_true (sl_store_delete_candidate (fixture->store, candidate_id, &error));
  g_assert_no_error (error);

  candidate = sl_store_get_candidate (fixture->store, candidate_id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_record_get_deleted (SL_RECORD (candidate)));
  g_assert_true (g_str_has_prefix (sl_record_get_rev (SL_RECORD (candidate)), "2-"));

  deleted_application = sl_store_get_application (fixture->store, application_id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_record_get_deleted (SL_RECORD (deleted_application)));

  applications = sl_store_list_applications_for_candidate (fixture->store, candidate_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 0);

  g_assert_cmpint (unit_test_query_int (fixture->store,
                                        "SELECT deleted FROM change WHERE record_type = 'candidate' AND record_id = ?1",
                                        candidate_id), ==, 1);
  g_assert_cmpint (unit_test_query_int (fixture->store,
                                        "SELECT deleted FROM change WHERE record_type = 'application' AND record_id = ?1",
                                        application_id), ==, 1);

  activity = sl_store_list_activity (fixture->store, candidate_id, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity->len, ==, 1);
  g_assert_cmpstr (sl_activity_get_action (g_ptr_array_index (activity, 0)), ==, "deleted");

  {
    g_autofree char *order = stage_order (fixture, fixture->stage_ids[0]);

    g_assert_cmpstr (order, ==, "");
  }
}

static void
test_application_defaults (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) first = add_application (fixture, "José Álvarez");
  g_autoptr (SlApplication) second = add_application (fixture, "Zoë Müller");
  g_autoptr (SlApplication) bad = sl_application_new ();
  g_autoptr (SlPosting) other = sl_posting_new ();
  g_autoptr (GPtrArray) other_stages = NULL;

  g_assert_cmpstr (sl_application_get_stage_id (first), ==, fixture->stage_ids[0]);
  g_assert_cmpfloat (sl_application_get_position (second), >, sl_application_get_position (first));
  g_assert_cmpint (sl_application_get_applied_at (first), >, 0);
  g_assert_cmpint (sl_application_get_stage_entered_at (first), ==, sl_application_get_applied_at (first));
  g_assert_cmpint (sl_application_get_status (first), ==, SL_APPLICATION_STATUS_ACTIVE);

  /* A stage of another posting is refused. */
  sl_posting_set_title (other, "Product Designer");
  sl_store_save_posting (fixture->store, other, &error);
  g_assert_no_error (error);
  other_stages = sl_store_list_stages (fixture->store, sl_record_get_id (SL_RECORD (other)), &error);
  g_assert_no_error (error);

  sl_application_set_candidate_id (bad, sl_application_get_candidate_id (first));
  sl_application_set_posting_id (bad, fixture->posting_id);
  sl_application_set_stage_id (bad, sl_record_get_id (g_ptr_array_index (other_stages, 1)));
  g_assert_false (sl_store_save_application (fixture->store, bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (sl_store_move_application (fixture->store, sl_record_get_id (SL_RECORD (first)),
                                             sl_record_get_id (g_ptr_array_index (other_stages, 1)),
                                             0, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  /* No candidate. */
  sl_application_set_candidate_id (bad, "no-such-candidate");
  sl_application_set_stage_id (bad, NULL);
  g_assert_false (sl_store_save_application (fixture->store, bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  /* A plain update records the changed field. */
  sl_application_set_rating (first, 4);
  g_assert_true (sl_store_save_application (fixture->store, first, &error));
  g_assert_no_error (error);
  {
    g_autoptr (GPtrArray) activity = sl_store_list_activity (fixture->store,
                                                             sl_record_get_id (SL_RECORD (first)),
                                                             0, &error);
    SlActivity *entry;

    g_assert_no_error (error);
    entry = find_activity (activity, "updated", "rating");
    g_assert_nonnull (entry);
    g_assert_cmpstr (sl_activity_get_old_value (entry), ==, "0");
    g_assert_cmpstr (sl_activity_get_new_value (entry), ==, "4");
  }
}

static void
test_move_application (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) a = add_application (fixture, "A");
  g_autoptr (SlApplication) b = add_application (fixture, "B");
  g_autoptr (SlApplication) c = add_application (fixture, "C");
  g_autoptr (SlApplication) d = add_application (fixture, "D");
  g_autoptr (SlApplication) moved = NULL;
  g_autoptr (GPtrArray) activity = NULL;
  g_autofree char *order = NULL;
  const char *c_id = sl_record_get_id (SL_RECORD (c));
  gint64 changes_before;
  SlActivity *entry;

  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, "A,B,C,D");
  g_clear_pointer (&order, g_free);

  /* Within the stage: C to the top, then D between A and B. Only the moved
   * row is rewritten. */
  changes_before = unit_test_query_int (fixture->store, "SELECT MAX(seq) FROM change", NULL);
  g_assert_true (sl_store_move_application (fixture->store, c_id, fixture->stage_ids[0], 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (unit_test_query_int (fixture->store, "SELECT MAX(seq) FROM change", NULL), ==, changes_before + 1);
  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, "C,A,B,D");
  g_clear_pointer (&order, g_free);

  g_assert_true (sl_store_move_application (fixture->store, sl_record_get_id (SL_RECORD (d)),
                                            fixture->stage_ids[0], 2, &error));
  g_assert_no_error (error);
  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, "C,A,D,B");
  g_clear_pointer (&order, g_free);

  /* Past the end is the bottom; -1 too. */
  g_assert_true (sl_store_move_application (fixture->store, sl_record_get_id (SL_RECORD (a)),
                                            fixture->stage_ids[0], 99, &error));
  g_assert_no_error (error);
  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, "C,D,B,A");
  g_clear_pointer (&order, g_free);

  activity = sl_store_list_activity (fixture->store, c_id, 1, &error);
  g_assert_no_error (error);
  entry = g_ptr_array_index (activity, 0);
  g_assert_cmpstr (sl_activity_get_action (entry), ==, "moved");
  g_assert_cmpstr (sl_activity_get_field (entry), ==, "position");
  g_clear_pointer (&activity, g_ptr_array_unref);

  /* Across stages: C to Screening, then B above it. */
  g_assert_true (sl_store_move_application (fixture->store, c_id, fixture->stage_ids[1], 0, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_move_application (fixture->store, sl_record_get_id (SL_RECORD (b)),
                                            fixture->stage_ids[1], 0, &error));
  g_assert_no_error (error);

  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, "D,A");
  g_clear_pointer (&order, g_free);
  order = stage_order (fixture, fixture->stage_ids[1]);
  g_assert_cmpstr (order, ==, "B,C");
  g_clear_pointer (&order, g_free);

  activity = sl_store_list_activity (fixture->store, c_id, 0, &error);
  g_assert_no_error (error);
  entry = find_activity (activity, "moved", "stage");
  g_assert_nonnull (entry);
  g_assert_cmpstr (sl_activity_get_old_value (entry), ==, "Applied");
  g_assert_cmpstr (sl_activity_get_new_value (entry), ==, "Screening");

  moved = sl_store_get_application (fixture->store, c_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_application_get_stage_id (moved), ==, fixture->stage_ids[1]);
  g_assert_cmpint (sl_application_get_stage_entered_at (moved), >,
                   sl_application_get_applied_at (moved));
  g_clear_object (&moved);

  /* Hired is a "hired" stage: the status follows. */
  g_assert_true (sl_store_move_application (fixture->store, c_id, fixture->stage_ids[4], -1, &error));
  g_assert_no_error (error);
  moved = sl_store_get_application (fixture->store, c_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_status (moved), ==, SL_APPLICATION_STATUS_HIRED);

  /* The order survives closing and opening the database. */
  reopen (fixture);
  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, "D,A");
  g_clear_pointer (&order, g_free);
  order = stage_order (fixture, fixture->stage_ids[1]);
  g_assert_cmpstr (order, ==, "B");
  g_clear_pointer (&order, g_free);
  order = stage_order (fixture, fixture->stage_ids[4]);
  g_assert_cmpstr (order, ==, "C");
}

/* Moving into the same gap again and again exhausts a double's precision;
 * the stage is renumbered and the order stays right. */
static void
test_move_renumbers (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GString) expected = g_string_new ("first");
  g_autofree char *order = NULL;

  g_ptr_array_add (applications, add_application (fixture, "first"));
  g_ptr_array_add (applications, add_application (fixture, "last"));
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("n%02u", i);
      SlApplication *application = add_application (fixture, name);

      g_ptr_array_add (applications, application);
      /* Always right after "first": the newest is nearest to the top. */
      g_assert_true (sl_store_move_application (fixture->store, sl_record_get_id (SL_RECORD (application)),
                                                fixture->stage_ids[0], 1, &error));
      g_assert_no_error (error);
    }

  for (int i = 69; i >= 0; i--)
    g_string_append_printf (expected, ",n%02d", i);
  g_string_append (expected, ",last");

  order = stage_order (fixture, fixture->stage_ids[0]);
  g_assert_cmpstr (order, ==, expected->str);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_application_list_updates (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) a = add_application (fixture, "Søren Nørgaard");
  g_autoptr (SlApplication) b = NULL;
  g_autoptr (SlApplicationList) list = sl_application_list_new (fixture->store, fixture->stage_ids[0]);
  g_autoptr (SlApplicationList) screening = sl_application_list_new (fixture->store, fixture->stage_ids[1]);
  g_autoptr (SlApplication) item = NULL;
  g_autoptr (SlApplication) item_again = NULL;
  g_autoptr (SlCandidate) candidate = NULL;
  g_autoptr (SlInterview) interview = sl_interview_new ();
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == SL_TYPE_APPLICATION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (screening)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 1));
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (sl_application_get_candidate_name (item), ==, "Søren Nørgaard");
  g_assert_cmpint (sl_application_get_next_interview_at (item), ==, 0);

  /* A new card appears after the next idle. */
  b = add_application (fixture, "Inès Dubois");
  drain_main_context ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (changes, ==, 1);

  /* Renaming the candidate updates the same object in place. */
  candidate = sl_store_get_candidate (fixture->store, sl_application_get_candidate_id (a), &error);
  g_assert_no_error (error);
  sl_candidate_set_name (candidate, "Søren N.");
  sl_store_save_candidate (fixture->store, candidate, &error);
  g_assert_no_error (error);
  drain_main_context ();
  item_again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (item_again == item);
  g_assert_cmpstr (sl_application_get_candidate_name (item), ==, "Søren N.");
  g_assert_cmpuint (changes, ==, 1);

  /* A scheduled interview shows on the card. */
  sl_interview_set_application_id (interview, sl_record_get_id (SL_RECORD (a)));
  sl_interview_set_starts_at (interview, g_get_real_time () + G_TIME_SPAN_DAY);
  sl_interview_set_ends_at (interview, g_get_real_time () + G_TIME_SPAN_DAY + G_TIME_SPAN_HOUR);
  sl_interview_set_time_zone (interview, "Asia/Kolkata");
  sl_store_save_interview (fixture->store, interview, &error);
  g_assert_no_error (error);
  drain_main_context ();
  g_assert_cmpint (sl_application_get_next_interview_at (item), ==,
                   sl_interview_get_starts_at (interview));

  /* Changes elsewhere leave the list alone. */
  {
    g_autoptr (SlCandidate) stranger = add_candidate (fixture, "Stranger");
    g_autoptr (SlApplication) screening_card = sl_application_new ();

    sl_application_set_candidate_id (screening_card, sl_record_get_id (SL_RECORD (stranger)));
    sl_application_set_posting_id (screening_card, fixture->posting_id);
    sl_application_set_stage_id (screening_card, fixture->stage_ids[2]);
    sl_store_save_application (fixture->store, screening_card, &error);
    g_assert_no_error (error);
    drain_main_context ();
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
    g_assert_cmpuint (changes, ==, 1);
  }

  /* A move takes the card out of one list and into the other. */
  sl_store_move_application (fixture->store, sl_record_get_id (SL_RECORD (a)), fixture->stage_ids[1], 0, &error);
  g_assert_no_error (error);
  drain_main_context ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (screening)), ==, 1);
  g_assert_cmpuint (changes, ==, 2);

  /* sl_store_list_applications() is the same live list. */
  {
    g_autoptr (GListModel) model = sl_store_list_applications (fixture->store, fixture->stage_ids[1]);

    g_assert_true (SL_IS_APPLICATION_LIST (model));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  }

  /* The list only holds a weak reference: the store can go first. */
  g_clear_object (&fixture->store);
  drain_main_context ();
  g_assert_true (sl_application_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

/* The name of the card at @position of @list. */
static char *
card_name (SlApplicationList *list,
           guint              position)
{
  g_autoptr (SlApplication) application = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (application);
  return g_strdup (sl_application_get_candidate_name (application));
}

static void
test_application_list_partial (Fixture       *fixture,
                               gconstpointer  user_data)
{
  const char *names[] = { "Ada", "Bo", "Cy", "Di", "Ed" };
  const char *stage = fixture->stage_ids[0];
  g_autoptr (SlApplicationList) idle = NULL;
  g_autoptr (SlApplicationList) changed = NULL;
  g_autoptr (SlApplicationList) asked = NULL;
  g_autoptr (SlApplication) late = NULL;
  g_autofree char *name = NULL;
  guint idle_changes = 0, changes = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_application (fixture, names[i]));
  drain_main_context ();

  /* The first two read, the count of all; the rest from an idle, with no
   * change to tell. */
  idle = sl_application_list_new_partial (fixture->store, stage, 2);
  g_signal_connect (idle, "items-changed", G_CALLBACK (items_changed_cb), &idle_changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (idle)), ==, 5);
  name = card_name (idle, 1);
  g_assert_cmpstr (name, ==, "Bo");
  g_clear_pointer (&name, g_free);
  drain_main_context ();
  g_assert_cmpuint (idle_changes, ==, 0);
  name = card_name (idle, 4);
  g_assert_cmpstr (name, ==, "Ed");
  g_clear_pointer (&name, g_free);

  /* Asked for a card it has not read, a list reads them all at once. */
  asked = sl_application_list_new_partial (fixture->store, stage, 2);
  name = card_name (asked, 3);
  g_assert_cmpstr (name, ==, "Di");
  g_clear_pointer (&name, g_free);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (asked), 5));
  g_clear_object (&asked);

  /* A change before the idle: the list reads everything then, and tells
   * the new count. */
  changed = sl_application_list_new_partial (fixture->store, stage, 2);
  g_signal_connect (changed, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  late = add_application (fixture, "Flo");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (changed)), ==, 6);
  g_assert_cmpuint (changes, ==, 1);
  name = card_name (changed, 5);
  g_assert_cmpstr (name, ==, "Flo");
  g_assert_cmpint (sl_application_list_find (changed, sl_record_get_id (SL_RECORD (late))), ==, 5);
  drain_main_context ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (idle)), ==, 6);
  g_assert_cmpuint (idle_changes, ==, 1);

  /* Found before it read the rest. */
  asked = sl_application_list_new_partial (fixture->store, stage, 1);
  g_assert_cmpint (sl_application_list_find (asked, sl_record_get_id (SL_RECORD (late))), ==, 5);
  g_clear_object (&asked);

  /* A card written behind the store's back (as by another process) before
   * the list read the rest: the new count is told when it reads them. */
  changes = 0;
  asked = sl_application_list_new_partial (fixture->store, stage, 2);
  g_signal_connect (asked, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_exec (sl_store_get_db (fixture->store),
                                   "INSERT INTO candidate (id, created_at, updated_at, rev, name) "
                                   "VALUES ('raw-c', 1, 1, '1-a', 'Raw');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (fixture->store),
                                         "INSERT INTO application (id, created_at, updated_at, rev, candidate_id, "
                                         "posting_id, stage_id, position, applied_at, stage_entered_at) "
                                         "VALUES ('raw-a', 1, 1, '1-b', 'raw-c', ?1, ?2, 1000, 1, 1)",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, fixture->posting_id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, stage, -1, SQLITE_TRANSIENT);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (asked)), ==, 6);
  g_clear_pointer (&name, g_free);
  name = card_name (asked, 5);
  g_assert_cmpstr (name, ==, "Flo");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (asked)), ==, 7);
  g_clear_pointer (&name, g_free);
  name = card_name (asked, 6);
  g_assert_cmpstr (name, ==, "Raw");
}

static void
test_interviews (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) application = add_application (fixture, "佐藤陽翔");
  g_autoptr (SlInterview) interview = sl_interview_new ();
  g_autoptr (SlInterview) loaded = NULL;
  g_autoptr (SlInterview) bad = sl_interview_new ();
  g_autoptr (SlFeedback) feedback = sl_feedback_new ();
  g_autoptr (GPtrArray) interviews = NULL;
  g_autoptr (GPtrArray) feedback_list = NULL;
  g_autofree char *uid = NULL;
  const char *people[] = { "Maria Schmidt", "Kenji Watanabe", NULL };
  gint64 start = 1767261600000000; /* 2026-01-01 10:00 UTC */

  sl_interview_set_application_id (interview, sl_record_get_id (SL_RECORD (application)));
  sl_interview_set_kind (interview, "technical");
  sl_interview_set_starts_at (interview, start);
  sl_interview_set_ends_at (interview, start + G_TIME_SPAN_HOUR);
  sl_interview_set_time_zone (interview, "Europe/Berlin");
  sl_interview_set_interviewers (interview, people);
  g_assert_true (sl_store_save_interview (fixture->store, interview, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (sl_interview_get_ical_uid (interview), "@shortlist"));
  g_assert_cmpint (sl_interview_get_ical_sequence (interview), ==, 0);
  uid = g_strdup (sl_interview_get_ical_uid (interview));

  /* Another location: same SEQUENCE. */
  sl_interview_set_location (interview, "Room 4.01");
  g_assert_true (sl_store_save_interview (fixture->store, interview, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sl_interview_get_ical_sequence (interview), ==, 0);

  /* A reschedule: same UID, next SEQUENCE. */
  sl_interview_set_starts_at (interview, start + G_TIME_SPAN_DAY);
  sl_interview_set_ends_at (interview, start + G_TIME_SPAN_DAY + G_TIME_SPAN_HOUR);
  g_assert_true (sl_store_save_interview (fixture->store, interview, &error));
  g_assert_no_error (error);

  loaded = sl_store_get_interview (fixture->store, sl_record_get_id (SL_RECORD (interview)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_interview_get_ical_uid (loaded), ==, uid);
  g_assert_cmpint (sl_interview_get_ical_sequence (loaded), ==, 1);
  g_assert_cmpstr (sl_interview_get_time_zone (loaded), ==, "Europe/Berlin");
  g_assert_cmpstr (sl_interview_get_location (loaded), ==, "Room 4.01");
  g_assert_true (g_strv_equal (sl_interview_get_interviewers (loaded), people));
  g_assert_cmpint (sl_interview_get_starts_at (loaded), ==, start + G_TIME_SPAN_DAY);

  /* Invalid: unknown zone, end before start, no application. */
  sl_interview_set_application_id (bad, sl_record_get_id (SL_RECORD (application)));
  sl_interview_set_starts_at (bad, start);
  sl_interview_set_ends_at (bad, start + G_TIME_SPAN_HOUR);
  sl_interview_set_time_zone (bad, "Mars/Olympus_Mons");
  g_assert_false (sl_store_save_interview (fixture->store, bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  sl_interview_set_time_zone (bad, "America/New_York");
  sl_interview_set_ends_at (bad, start - 1);
  g_assert_false (sl_store_save_interview (fixture->store, bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  sl_feedback_set_interview_id (feedback, sl_record_get_id (SL_RECORD (interview)));
  sl_feedback_set_interviewer (feedback, "Maria Schmidt");
  sl_feedback_set_recommendation (feedback, SL_RECOMMENDATION_STRONG_YES);
  sl_feedback_set_notes (feedback, "Clear communicator.");
  g_assert_true (sl_store_save_feedback (fixture->store, feedback, &error));
  g_assert_no_error (error);

  feedback_list = sl_store_list_feedback (fixture->store, sl_record_get_id (SL_RECORD (interview)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feedback_list->len, ==, 1);
  g_assert_cmpint (sl_feedback_get_recommendation (g_ptr_array_index (feedback_list, 0)), ==,
                   SL_RECOMMENDATION_STRONG_YES);

  interviews = sl_store_list_interviews (fixture->store, sl_record_get_id (SL_RECORD (application)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 1);
  g_clear_pointer (&interviews, g_ptr_array_unref);

  g_assert_true (sl_store_delete_interview (fixture->store, sl_record_get_id (SL_RECORD (interview)), &error));
  g_assert_no_error (error);
  interviews = sl_store_list_interviews (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 0);
}

static void
test_activity_all (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) first = add_candidate (fixture, "Γιώργος Οικονόμου");
  g_autoptr (SlCandidate) second = add_candidate (fixture, "Олена Шевченко");
  g_autoptr (GPtrArray) activity = NULL;

  activity = sl_store_list_activity (fixture->store, NULL, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity->len, ==, 2);
  /* Newest first. */
  g_assert_cmpstr (sl_activity_get_record_id (g_ptr_array_index (activity, 0)), ==,
                   sl_record_get_id (SL_RECORD (second)));
  g_assert_cmpstr (sl_activity_get_record_id (g_ptr_array_index (activity, 1)), ==,
                   sl_record_get_id (SL_RECORD (first)));
}

/* A board column's list of the active pipeline: a rejected or hired
 * application leaves it and its count, and comes back with Undo (status
 * active again) or when the list shows all of them. */
static void
test_application_list_active_only (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  const char *names[] = { "Ada", "Bo", "Cy", "Di", "Ed" };
  const char *stage = fixture->stage_ids[0];
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (SlApplicationList) active = NULL;
  g_autoptr (SlApplicationList) all = NULL;
  g_autoptr (SlApplicationList) partial = NULL;
  g_autofree char *name = NULL;
  guint count = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (applications, add_application (fixture, names[i]));
  sl_application_set_status (applications->pdata[1], SL_APPLICATION_STATUS_REJECTED);
  sl_application_set_rejection_reason (applications->pdata[1], "Salary expectations");
  g_assert_true (sl_store_save_application (fixture->store, applications->pdata[1], &error));
  g_assert_no_error (error);
  drain_main_context ();

  active = sl_application_list_new_filtered (fixture->store, stage, 0, TRUE);
  all = sl_application_list_new (fixture->store, stage);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (active)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 5);
  name = card_name (active, 1);
  g_assert_cmpstr (name, ==, "Cy");
  g_clear_pointer (&name, g_free);
  g_assert_true (sl_store_count_stage_order (fixture->store, stage, TRUE, &count, &error));
  g_assert_cmpuint (count, ==, 4);
  g_assert_true (sl_store_count_stage_order (fixture->store, stage, FALSE, &count, &error));
  g_assert_cmpuint (count, ==, 5);

  /* Hired: out of the active list at once; active again: back in its place. */
  sl_application_set_status (applications->pdata[3], SL_APPLICATION_STATUS_HIRED);
  g_assert_true (sl_store_save_application (fixture->store, applications->pdata[3], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (active)), ==, 3);
  g_assert_cmpint (sl_application_list_find (active, sl_record_get_id (applications->pdata[3])), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 5);
  g_assert_true (sl_store_count_stage_order (fixture->store, stage, TRUE, &count, &error));
  g_assert_cmpuint (count, ==, 3);
  sl_application_set_status (applications->pdata[3], SL_APPLICATION_STATUS_ACTIVE);
  g_assert_true (sl_store_save_application (fixture->store, applications->pdata[3], &error));
  g_assert_cmpint (sl_application_list_find (active, sl_record_get_id (applications->pdata[3])), ==, 2);

  /* A partial list counts the active ones, and the switch shows all. */
  partial = sl_application_list_new_filtered (fixture->store, stage, 2, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partial)), ==, 4);
  sl_application_list_set_active_only (partial, FALSE);
  g_assert_false (sl_application_list_get_active_only (partial));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partial)), ==, 5);
  name = card_name (partial, 1);
  g_assert_cmpstr (name, ==, "Bo");
  g_clear_pointer (&name, g_free);
  sl_application_list_set_active_only (partial, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partial)), ==, 4);

  /* The kept counts agree with the rows after every write. */
  g_assert_cmpint (unit_test_query_int (fixture->store,
                                        "SELECT count(*) FROM stage s WHERE coalesce ((SELECT count FROM stage_active "
                                        "WHERE stage_id = s.id), 0) != (SELECT count(*) FROM application a "
                                        "WHERE a.stage_id = s.id AND a.deleted = 0 AND a.status = 'active')",
                                        NULL), ==, 0);
}

static SlCandidate *
save_named (SlStore    *store,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  SlCandidate *candidate = sl_candidate_new ();

  sl_candidate_set_name (candidate, name);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  return candidate;
}

/* A résumé is removed (a tombstone, restorable), and its file deleted
 * once no résumé in use has the same content. */
static void
test_remove_attachment (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) ana = save_named (fixture->store, "Ana Resume");
  g_autoptr (SlCandidate) bo = save_named (fixture->store, "Bo Resume");
  const char *ana_id = sl_record_get_id (SL_RECORD (ana));
  g_autoptr (SlAttachment) own = unit_test_attach (fixture->store, ana_id, "ana-cv.pdf", "Ana's own résumé");
  g_autoptr (SlAttachment) shared = unit_test_attach (fixture->store, ana_id, "shared.pdf", "The same file twice");
  g_autoptr (SlAttachment) copy = unit_test_attach (fixture->store, sl_record_get_id (SL_RECORD (bo)), "copy.pdf",
                                          "The same file twice");
  g_autofree char *own_path = sl_attachment_get_path (own);
  g_autofree char *shared_path = sl_attachment_get_path (shared);
  g_autoptr (GPtrArray) left = NULL;
  g_autoptr (GPtrArray) found = NULL;
  gint64 changes = unit_test_query_int (fixture->store, "SELECT count(*) FROM change", NULL);

  g_assert_cmpstr (own_path, !=, shared_path);
  g_assert_true (sl_store_remove_attachment (fixture->store, own->id, &error));
  g_assert_no_error (error);
  left = sl_store_list_attachments (fixture->store, ana_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpstr (((SlAttachment *) g_ptr_array_index (left, 0))->id, ==, shared->id);
  g_clear_pointer (&left, g_ptr_array_unref);
  /* A tombstone with a change and an activity entry; out of the search. */
  g_assert_cmpint (unit_test_query_int (fixture->store, "SELECT deleted FROM attachment WHERE id = ?1", own->id),
                   ==, 1);
  g_assert_cmpint (unit_test_query_int (fixture->store, "SELECT count(*) FROM change", NULL), ==, changes);
  g_assert_cmpint (unit_test_query_int (fixture->store, "SELECT deleted FROM change WHERE record_id = ?1", own->id),
                   ==, 1);
  g_assert_cmpint (unit_test_query_int (fixture->store,
                                        "SELECT count(*) FROM activity WHERE record_id = ?1 AND field = 'attachments' "
                                        "AND old_value = 'ana-cv.pdf' AND new_value IS NULL",
                                        ana_id), ==, 1);
  found = sl_store_search_candidates (fixture->store, "ana-cv", NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  unit_test_assert_search_index (fixture->store);
  /* The file stays until the removal is final. */
  g_assert_true (g_file_test (own_path, G_FILE_TEST_IS_REGULAR));

  /* Undo. */
  g_assert_true (sl_store_restore_attachment (fixture->store, own->id, &error));
  g_assert_no_error (error);
  left = sl_store_list_attachments (fixture->store, ana_id, &error);
  g_assert_cmpuint (left->len, ==, 2);
  g_clear_pointer (&left, g_ptr_array_unref);
  found = sl_store_search_candidates (fixture->store, "ana-cv", NULL, 10, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Final: the file goes, and cannot be restored any more. */
  g_assert_true (sl_store_remove_attachment (fixture->store, own->id, &error));
  g_assert_true (sl_store_delete_attachment_file (fixture->store, own->id, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (own_path, G_FILE_TEST_EXISTS));
  g_assert_false (sl_store_restore_attachment (fixture->store, own->id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Bo's résumé has the same content: that file stays. */
  g_assert_true (sl_store_remove_attachment (fixture->store, shared->id, &error));
  g_assert_true (sl_store_delete_attachment_file (fixture->store, shared->id, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (shared_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (sl_store_remove_attachment (fixture->store, copy->id, &error));
  g_assert_true (sl_store_delete_attachment_file (fixture->store, copy->id, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (shared_path, G_FILE_TEST_EXISTS));

  /* An attachment in use keeps its file whatever is asked. */
  {
    g_autoptr (SlAttachment) kept = unit_test_attach (fixture->store, ana_id, "kept.pdf", "Kept");
    g_autofree char *kept_path = sl_attachment_get_path (kept);

    g_assert_true (sl_store_delete_attachment_file (fixture->store, kept->id, &error));
    g_assert_true (g_file_test (kept_path, G_FILE_TEST_IS_REGULAR));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/candidates/crud", test_candidate_crud);
  ADD ("/candidates/invalid", test_candidate_invalid);
  ADD ("/candidates/tombstone", test_candidate_tombstone);
  ADD ("/candidates/activity-all", test_activity_all);
  ADD ("/applications/defaults", test_application_defaults);
  ADD ("/applications/move", test_move_application);
  ADD ("/applications/move-renumbers", test_move_renumbers);
  ADD ("/applications/list-updates", test_application_list_updates);
  ADD ("/applications/list-partial", test_application_list_partial);
  ADD ("/applications/list-active-only", test_application_list_active_only);
  ADD ("/interviews/save", test_interviews);
  ADD ("/attachments/remove", test_remove_attachment);

#undef ADD

  return g_test_run ();
}
