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

  return g_test_run ();
}
