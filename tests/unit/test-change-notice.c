/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests that a store notices writes of another connection and of another process, and that its posting list follows. */
#include "config.h"

#include <string.h>

#include "sl-store-private.h"

static const char *self_exe;

typedef struct
{
  guint  n_changed;
  guint  n_everything;
  guint  n_items_changed;
  guint  last_position;
  guint  last_removed;
  guint  last_added;
  GMainLoop *loop;
} Counters;

static void
changed_cb (SlStore    *store,
            const char *record_type,
            const char *record_id,
            Counters   *counters)
{
  counters->n_changed++;
  if (record_type == NULL && record_id == NULL)
    {
      counters->n_everything++;
      if (counters->loop != NULL)
        g_main_loop_quit (counters->loop);
    }
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counters   *counters)
{
  counters->n_items_changed++;
  counters->last_position = position;
  counters->last_removed = removed;
  counters->last_added = added;
}

static char *
db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "shared.db", NULL);
}

static SlPosting *
save_new_posting (SlStore    *store,
                  const char *title)
{
  g_autoptr (GError) error = NULL;
  SlPosting *posting = sl_posting_new ();

  sl_posting_set_title (posting, title);
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  return posting;
}

static void
test_in_process (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  g_autoptr (GListModel) list = NULL;
  g_autoptr (SlPosting) a = NULL;
  g_autoptr (SlPosting) b = NULL;
  g_autoptr (SlPosting) c = NULL;
  g_autoptr (SlPosting) item = NULL;
  Counters counters = { 0 };

  g_assert_no_error (error);
  list = sl_store_list_postings (store);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &counters);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &counters);

  a = save_new_posting (store, "A");
  g_assert_cmpuint (counters.n_changed, >=, 1);
  g_assert_cmpuint (counters.n_items_changed, ==, 1);
  g_assert_cmpuint (counters.last_position, ==, 0);
  g_assert_cmpuint (counters.last_removed, ==, 0);
  g_assert_cmpuint (counters.last_added, ==, 1);

  g_usleep (2);
  b = save_new_posting (store, "B");
  g_usleep (2);
  c = save_new_posting (store, "C");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);

  /* Editing the newest changes only its own row. */
  counters.n_items_changed = 0;
  g_usleep (2);
  sl_posting_set_title (c, "C2");
  g_assert_true (sl_store_save_posting (store, c, &error));
  g_assert_cmpuint (counters.n_items_changed, ==, 1);
  g_assert_cmpuint (counters.last_position, ==, 0);
  g_assert_cmpuint (counters.last_removed, ==, 1);
  g_assert_cmpuint (counters.last_added, ==, 1);

  /* Editing the oldest moves it to the top: the rows above it change. */
  g_usleep (2);
  sl_posting_set_title (a, "A2");
  g_assert_true (sl_store_save_posting (store, a, &error));
  item = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sl_posting_get_title (item), ==, "A2");
  g_assert_cmpuint (counters.last_position, ==, 0);
  g_assert_cmpuint (counters.last_removed, ==, 3);
  g_assert_cmpuint (counters.last_added, ==, 3);

  /* A delete removes one row. */
  g_assert_true (sl_store_delete_posting (store, sl_record_get_id (SL_RECORD (b)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpuint (counters.last_removed, ==, 1);
  g_assert_cmpuint (counters.last_added, ==, 0);

  g_assert_cmpuint (counters.n_everything, ==, 0);
}

static void
test_second_connection (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) first = sl_store_open (path, &error);
  g_autoptr (SlStore) second = NULL;
  g_autoptr (GListModel) list = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (SlPosting) seen = NULL;
  Counters counters = { 0 };

  g_assert_no_error (error);
  second = sl_store_open (path, &error);
  g_assert_no_error (error);

  list = sl_store_list_postings (first);
  g_signal_connect (first, "changed", G_CALLBACK (changed_cb), &counters);
  g_assert_false (sl_store_check_external_changes (first));

  posting = save_new_posting (second, "Written by the other window");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  g_assert_true (sl_store_check_external_changes (first));
  g_assert_cmpuint (counters.n_everything, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  seen = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sl_posting_get_title (seen), ==, "Written by the other window");

  /* Once only. */
  g_assert_false (sl_store_check_external_changes (first));
  g_assert_cmpuint (counters.n_everything, ==, 1);

  /* The second store's own write is not "external" to it. */
  g_assert_false (sl_store_check_external_changes (second));
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_other_process (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  g_autoptr (GListModel) list = NULL;
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr (SlPosting) seen = NULL;
  const char *argv[] = { self_exe, "--write-posting", path, "Written by shortlist-cli", NULL };
  Counters counters = { 0 };
  gboolean timed_out = FALSE;
  guint timeout_id;
  int status = -1;

  g_assert_no_error (error);
  list = sl_store_list_postings (store);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &counters);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  /* No explicit check: the store's own poll on this main context must see it. */
  counters.loop = loop;
  timeout_id = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  while (counters.n_everything == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);

  g_assert_false (timed_out);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  seen = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sl_posting_get_title (seen), ==, "Written by shortlist-cli");
}

/* The child: writes one posting and exits. */
static int
write_posting (const char *path,
               const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  g_autoptr (SlPosting) posting = sl_posting_new ();

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  sl_posting_set_title (posting, title);
  if (!sl_store_save_posting (store, posting, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

/* What one detail of "changed" heard: the emissions and the last ones. */
typedef struct
{
  guint  n;
  char  *record_type;
  char  *record_id;
} Heard;

static void
heard_cb (SlStore    *store,
          const char *record_type,
          const char *record_id,
          Heard      *heard)
{
  heard->n++;
  g_free (heard->record_type);
  g_free (heard->record_id);
  heard->record_type = g_strdup (record_type);
  heard->record_id = g_strdup (record_id);
}

/* What sl_store_get_batch_ids() gave during the last (application, NULL). */
static void
batch_ids_cb (SlStore     *store,
              const char  *record_type,
              const char  *record_id,
              GHashTable **copy)
{
  GHashTable *ids = sl_store_get_batch_ids (store, "application");

  g_clear_pointer (copy, g_hash_table_unref);
  /* No other type's batch is being told. */
  g_assert_null (sl_store_get_batch_ids (store, "candidate"));
  if (record_id != NULL || ids == NULL)
    return;
  *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    GHashTableIter iter;
    gpointer id;

    g_hash_table_iter_init (&iter, ids);
    while (g_hash_table_iter_next (&iter, &id, NULL))
      g_hash_table_add (*copy, g_strdup (id));
  }
}

static void
heard_clear (Heard *heard)
{
  g_clear_pointer (&heard->record_type, g_free);
  g_clear_pointer (&heard->record_id, g_free);
  heard->n = 0;
}

static SlApplication *
save_new_application (SlStore    *store,
                      const char *posting_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  SlApplication *application = sl_application_new ();

  sl_candidate_set_name (candidate, "Ada Lovelace");
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (candidate)));
  sl_application_set_posting_id (application, posting_id);
  g_assert_true (sl_store_save_application (store, application, &error));
  g_assert_no_error (error);
  return application;
}

/* "changed" is detailed with the record's type and gives its id; a handler
 * of one type hears no other, and "everything" has its own detail. */
static void
test_detailed (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  Heard postings = { 0 }, applications = { 0 }, everything = { 0 }, all = { 0 };
  g_autoptr (GHashTable) batch_ids = NULL;

  g_assert_no_error (error);
  g_signal_connect (store, "changed::application", G_CALLBACK (batch_ids_cb), &batch_ids);
  g_signal_connect (store, "changed::posting", G_CALLBACK (heard_cb), &postings);
  g_signal_connect (store, "changed::application", G_CALLBACK (heard_cb), &applications);
  g_signal_connect (store, "changed::" SL_STORE_CHANGED_EVERYTHING, G_CALLBACK (heard_cb), &everything);
  g_signal_connect (store, "changed", G_CALLBACK (heard_cb), &all);

  posting = save_new_posting (store, "A");
  g_assert_cmpuint (postings.n, ==, 1);
  g_assert_cmpstr (postings.record_type, ==, "posting");
  g_assert_cmpstr (postings.record_id, ==, sl_record_get_id (SL_RECORD (posting)));
  g_assert_cmpuint (applications.n, ==, 0);
  g_assert_cmpuint (all.n, >, postings.n);

  stages = sl_store_list_stages (store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  application = save_new_application (store, sl_record_get_id (SL_RECORD (posting)));
  heard_clear (&postings);
  heard_clear (&applications);
  g_assert_true (sl_store_move_application (store, sl_record_get_id (SL_RECORD (application)),
                                            sl_record_get_id (g_ptr_array_index (stages, 1)), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (applications.n, ==, 1);
  g_assert_cmpstr (applications.record_type, ==, "application");
  g_assert_cmpstr (applications.record_id, ==, sl_record_get_id (SL_RECORD (application)));
  g_assert_cmpuint (postings.n, ==, 0);

  /* Past a few hundred records in one transaction, each type is told
   * once, without an id; other types and "everything" hear nothing. */
  heard_clear (&applications);
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *id = g_strdup_printf ("application-%u", i);

      sl_store_queue_changed (store, "application", id);
    }
  sl_store_queue_changed (store, "application", sl_record_get_id (SL_RECORD (application)));
  g_assert_true (sl_store_commit (store, &error));
  g_assert_cmpuint (applications.n, ==, 1);
  g_assert_cmpstr (applications.record_type, ==, "application");
  g_assert_null (applications.record_id);
  g_assert_cmpuint (postings.n, ==, 0);
  g_assert_cmpuint (everything.n, ==, 0);
  /* Its ids are told with it: those queued before the limit and after. */
  g_assert_nonnull (batch_ids);
  g_assert_cmpuint (g_hash_table_size (batch_ids), ==, 601);
  g_assert_true (g_hash_table_contains (batch_ids, "application-0"));
  g_assert_true (g_hash_table_contains (batch_ids, "application-599"));
  g_assert_true (g_hash_table_contains (batch_ids, sl_record_get_id (SL_RECORD (application))));
  /* Only while it is told. */
  g_assert_null (sl_store_get_batch_ids (store, "application"));

  /* A write to any of them makes the batch's ids unknown, before the limit
   * or after it, and so do too many ids. */
  for (guint round = 0; round < 3; round++)
    {
      guint n = round == 2 ? 40000 : 600;

      heard_clear (&applications);
      g_assert_true (sl_store_begin (store, &error));
      if (round == 0)
        sl_store_queue_changed (store, "application", NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("application-%u", i);

          sl_store_queue_changed (store, "application", id);
        }
      if (round == 1)
        sl_store_queue_changed (store, "application", NULL);
      g_assert_true (sl_store_commit (store, &error));
      g_assert_cmpuint (applications.n, ==, 1);
      g_assert_null (applications.record_id);
      g_assert_null (batch_ids);
    }

  /* A rolled-back batch leaves no ids behind for the next. */
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("rolled-back-%u", i);

      sl_store_queue_changed (store, "application", id);
    }
  sl_store_rollback (store);
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("application-%u", i);

      sl_store_queue_changed (store, "application", id);
    }
  g_assert_true (sl_store_commit (store, &error));
  g_assert_nonnull (batch_ids);
  g_assert_cmpuint (g_hash_table_size (batch_ids), ==, 300);
  g_assert_false (g_hash_table_contains (batch_ids, "rolled-back-0"));
  g_signal_handlers_disconnect_by_func (store, batch_ids_cb, &batch_ids);

  /* "Everything" (another process wrote, say) reaches its detail and plain
   * "changed" with (NULL, NULL), and no type's detail. */
  heard_clear (&applications);
  heard_clear (&all);
  sl_store_queue_changed (store, NULL, NULL);
  g_assert_cmpuint (everything.n, ==, 1);
  g_assert_null (everything.record_type);
  g_assert_null (everything.record_id);
  g_assert_cmpuint (all.n, ==, 1);
  g_assert_cmpuint (applications.n, ==, 0);
  g_assert_cmpuint (postings.n, ==, 0);

  heard_clear (&postings);
  heard_clear (&applications);
  heard_clear (&everything);
  heard_clear (&all);
}

static guint statements;
static gboolean counting;

static int
trace_cb (unsigned int  type,
          void         *context,
          void         *p,
          void         *x)
{
  /* The store's poll for other processes' writes may run while a slow
   * build drains the main loop: it is no part of a notification. */
  if (counting && type == SQLITE_TRACE_STMT &&
      !g_str_equal (sqlite3_sql (p), "PRAGMA data_version"))
    {
      statements++;
      g_test_message ("statement: %s", sqlite3_sql (p));
    }
  return 0;
}

static void
count_items_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A card move reaches the two columns' lists alone, with one lookup of its
 * stage for all of them; a posting's edit reaches none. */
static void
test_move_two_columns (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  guint changes[5] = { 0 };

  g_assert_no_error (error);
  posting = save_new_posting (store, "A");
  stages = sl_store_list_stages (store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (changes));
  application = save_new_application (store, sl_record_get_id (SL_RECORD (posting)));
  for (guint i = 0; i < stages->len; i++)
    {
      GListModel *list = sl_store_list_applications (store, sl_record_get_id (g_ptr_array_index (stages, i)));

      g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed_cb), &changes[i]);
      g_ptr_array_add (lists, list);
    }
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[0]), ==, 1);
  drain ();
  sqlite3_trace_v2 (sl_store_get_db (store), SQLITE_TRACE_STMT, trace_cb, NULL);

  /* Applied → Screening: the card leaves one list and enters the other. */
  g_assert_true (sl_store_begin (store, &error));
  g_assert_true (sl_store_move_application (store, sl_record_get_id (SL_RECORD (application)),
                                            sl_record_get_id (g_ptr_array_index (stages, 1)), 0, &error));
  g_assert_no_error (error);
  counting = TRUE;
  statements = 0;
  g_assert_true (sl_store_commit (store, &error));
  drain ();
  counting = FALSE;
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[0]), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[1]), ==, 1);
  g_assert_cmpuint (changes[0], ==, 1);
  g_assert_cmpuint (changes[1], ==, 1);
  for (guint i = 2; i < G_N_ELEMENTS (changes); i++)
    g_assert_cmpuint (changes[i], ==, 0);
  /* COMMIT, the stage looked up once, the card read by each of the two
   * (one lookup per list would make it six). */
  g_assert_cmpuint (statements, <=, 4);

  /* A posting's title is on no card: no list reads anything. */
  sl_posting_set_title (posting, "A2");
  g_assert_true (sl_store_begin (store, &error));
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  counting = TRUE;
  statements = 0;
  g_assert_true (sl_store_commit (store, &error));
  drain ();
  counting = FALSE;
  g_assert_cmpuint (statements, ==, 1);
}

/* A live list holds what a list read anew holds, in the same order. */
static void
assert_list_is_stage (SlStore    *store,
                      GListModel *list,
                      const char *stage_id)
{
  g_autoptr (GListModel) fresh = sl_store_list_applications (store, stage_id);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_list_model_get_n_items (fresh));
  for (guint i = 0; i < g_list_model_get_n_items (fresh); i++)
    {
      g_autoptr (SlRecord) card = g_list_model_get_item (list, i);
      g_autoptr (SlRecord) expected = g_list_model_get_item (fresh, i);

      g_assert_cmpstr (sl_record_get_id (card), ==, sl_record_get_id (expected));
    }
}

/* A batch of moves past the store's limit (told as one (application,
 * NULL) with its ids): the columns that gained or lost a card reload,
 * those the batch does not concern run no SQL, and none misses a card,
 * even one whose card left for a column that is not open. */
static void
test_batch_columns (void)
{
  g_autofree char *path = db_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = sl_store_open (path, &error);
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (SlApplication) lone = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  guint changes[5] = { 0 };
  const guint n_batch = 300;
  /* Enough cards in Interview that re-reading its order costs more than
   * looking the batch's stages up (BATCH_LOOKUP_CARDS_PER_ID). */
  const guint n_other = 1500;

  g_assert_no_error (error);
  posting = save_new_posting (store, "A");
  stages = sl_store_list_stages (store, sl_record_get_id (SL_RECORD (posting)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (changes));
#define STAGE(i) sl_record_get_id (g_ptr_array_index (stages, (i)))
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < n_batch; i++)
    g_ptr_array_add (batch, save_new_application (store, sl_record_get_id (SL_RECORD (posting))));
  lone = save_new_application (store, sl_record_get_id (SL_RECORD (posting)));
  g_assert_true (sl_store_move_application (store, sl_record_get_id (SL_RECORD (lone)), STAGE (3), 0, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_other; i++)
    {
      g_autoptr (SlApplication) other = save_new_application (store, sl_record_get_id (SL_RECORD (posting)));

      g_assert_true (sl_store_move_application (store, sl_record_get_id (SL_RECORD (other)), STAGE (2), -1, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sl_store_commit (store, &error));

  /* Columns 0 to 3 are open; the last stage's is not. */
  for (guint i = 0; i < 4; i++)
    {
      GListModel *list = sl_store_list_applications (store, STAGE (i));

      g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed_cb), &changes[i]);
      g_ptr_array_add (lists, list);
    }
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[0]), ==, n_batch);
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[3]), ==, 1);
  drain ();
  sqlite3_trace_v2 (sl_store_get_db (store), SQLITE_TRACE_STMT, trace_cb, NULL);

  /* Applied → Screening, all of them: two columns reload. */
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < n_batch; i++)
    g_assert_true (sl_store_move_application (store, sl_record_get_id (batch->pdata[i]), STAGE (1), (int) i, &error));
  g_assert_no_error (error);
  counting = TRUE;
  statements = 0;
  g_assert_true (sl_store_commit (store, &error));
  drain ();
  counting = FALSE;
  assert_list_is_stage (store, lists->pdata[0], STAGE (0));
  assert_list_is_stage (store, lists->pdata[1], STAGE (1));
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[1]), ==, n_batch);
  g_assert_cmpuint (changes[0], >=, 1);
  g_assert_cmpuint (changes[1], >=, 1);
  g_assert_cmpuint (changes[2], ==, 0);
  g_assert_cmpuint (changes[3], ==, 0);
  /* COMMIT, Applied's order, the stages of the cards it lost looked up in
   * one, and Screening's order; the four open columns re-reading their
   * order would make it five. */
  g_assert_cmpuint (statements, <=, 4);

  /* Screening → Interview and the lone card from Offer to the last
   * stage, whose column is not open: Offer knows only by the batch's ids
   * that it lost its card. */
  memset (changes, 0, sizeof changes);
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < n_batch; i++)
    g_assert_true (sl_store_move_application (store, sl_record_get_id (batch->pdata[i]), STAGE (2), (int) i, &error));
  g_assert_true (sl_store_move_application (store, sl_record_get_id (SL_RECORD (lone)), STAGE (4), 0, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_commit (store, &error));
  drain ();
  for (guint i = 0; i < lists->len; i++)
    assert_list_is_stage (store, lists->pdata[i], STAGE (i));
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[2]), ==, n_other + n_batch);
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[3]), ==, 0);
  g_assert_cmpuint (changes[0], ==, 0);
  g_assert_cmpuint (changes[3], ==, 1);

  /* And back, into the open column of Applied. */
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < n_batch; i++)
    g_assert_true (sl_store_move_application (store, sl_record_get_id (batch->pdata[i]), STAGE (4), (int) i, &error));
  g_assert_true (sl_store_move_application (store, sl_record_get_id (SL_RECORD (lone)), STAGE (0), 0, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_commit (store, &error));
  drain ();
  for (guint i = 0; i < lists->len; i++)
    assert_list_is_stage (store, lists->pdata[i], STAGE (i));
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[0]), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[2]), ==, n_other);
  sqlite3_trace_v2 (sl_store_get_db (store), 0, NULL, NULL);
#undef STAGE
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *exe = NULL;

  if (argc == 4 && strcmp (argv[1], "--write-posting") == 0)
    return write_posting (argv[2], argv[3]);

  exe = g_file_read_link ("/proc/self/exe", NULL);
  self_exe = exe != NULL ? exe : argv[0];

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/change-notice/in-process", test_in_process);
  g_test_add_func ("/change-notice/second-connection", test_second_connection);
  g_test_add_func ("/change-notice/other-process", test_other_process);
  g_test_add_func ("/change-notice/detailed", test_detailed);
  g_test_add_func ("/change-notice/move-two-columns", test_move_two_columns);
  g_test_add_func ("/change-notice/batch-columns", test_batch_columns);

  return g_test_run ();
}
