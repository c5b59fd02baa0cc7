/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board: columns and counts, keyboard moves with focus, reordering, the drop path, undo, stage editing and a big column. */
#include "config.h"

#include "gui-test-utils.h"

#include "sl-board.h"
#include "sl-board-private.h"
#include "sl-application-list.h"

typedef struct
{
  char      *path;
  SlStore   *store;
  GtkWindow *window;
  SlBoard   *board;
  char      *posting_id;
  char      *stage_ids[5];
  char      *app_ids[4];      /* three in Applied, one in Screening */
} Fixture;

static char *
add_candidate (Fixture    *f,
               const char *name,
               const char *stage_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) candidate = sl_candidate_new ();
  g_autoptr (SlApplication) application = sl_application_new ();

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_headline (candidate, "Engineer");
  g_assert_true (sl_store_save_candidate (f->store, candidate, &error));
  g_assert_no_error (error);

  sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (candidate)));
  sl_application_set_posting_id (application, f->posting_id);
  sl_application_set_stage_id (application, stage_id);
  sl_application_set_rating (application, 4);
  g_assert_true (sl_store_save_application (f->store, application, &error));
  g_assert_no_error (error);

  return g_strdup (sl_record_get_id (SL_RECORD (application)));
}

/* @extra more candidates in Applied before the board is made. */
static void
fixture_set_up_with (Fixture *f,
                     guint    extra)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GPtrArray) stages = NULL;

  f->store = gui_test_open_store ("board.db", &f->path);

  sl_posting_set_title (posting, "Backend Engineer");
  g_assert_true (sl_store_save_posting (f->store, posting, &error));
  g_assert_no_error (error);
  f->posting_id = g_strdup (sl_record_get_id (SL_RECORD (posting)));

  stages = sl_store_list_stages (f->store, f->posting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    f->stage_ids[i] = g_strdup (sl_record_get_id (g_ptr_array_index (stages, i)));

  f->app_ids[0] = add_candidate (f, "Ada Lovelace", f->stage_ids[0]);
  f->app_ids[1] = add_candidate (f, "Grace Hopper", f->stage_ids[0]);
  f->app_ids[2] = add_candidate (f, "Katherine Johnson", f->stage_ids[0]);
  f->app_ids[3] = add_candidate (f, "Radia Perlman", f->stage_ids[1]);
  for (guint i = 0; i < extra; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u", i);

      g_free (add_candidate (f, name, f->stage_ids[0]));
    }

  gui_test_load_app_style ();
  f->board = SL_BOARD (sl_board_new (f->store));
  sl_board_set_posting_id (f->board, f->posting_id);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1600, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->board));
  gtk_window_present (f->window);
  gui_test_spin (100);
}

static void
fixture_set_up (Fixture *f)
{
  fixture_set_up_with (f, 0);
}

static void
fixture_tear_down (Fixture *f)
{
  gui_test_tear_down (f->window, f->board, &f->store, &f->path);
  g_clear_pointer (&f->posting_id, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (f->stage_ids); i++)
    g_clear_pointer (&f->stage_ids[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (f->app_ids); i++)
    g_clear_pointer (&f->app_ids[i], g_free);
}

/* The stage and the index in it, as another connection reads the file. */
static void
assert_stored (Fixture    *f,
               const char *application_id,
               const char *stage_id,
               int         index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) other = sl_store_open (f->path, &error);
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GListModel) list = NULL;
  int found = -1;

  g_assert_no_error (error);
  application = sl_store_get_application (other, application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_application_get_stage_id (application), ==, stage_id);

  list = sl_store_list_applications (other, stage_id);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (SlRecord) record = g_list_model_get_item (list, i);

      if (g_str_equal (sl_record_get_id (record), application_id))
        found = (int) i;
    }
  if (index >= 0)
    g_assert_cmpint (found, ==, index);
  else
    g_assert_cmpint (found, ==, (int) g_list_model_get_n_items (list) - 1);
}

static SlBoardCard *
focused_card (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  if (focus == NULL)
    return NULL;
  if (SL_IS_BOARD_CARD (focus))
    return SL_BOARD_CARD (focus);
  return SL_BOARD_CARD (gtk_widget_get_ancestor (focus, SL_TYPE_BOARD_CARD));
}

static void
assert_focus_on (Fixture    *f,
                 const char *application_id)
{
  SlBoardCard *card = focused_card (f);

  g_assert_nonnull (card);
  g_assert_cmpstr (sl_record_get_id (SL_RECORD (sl_board_card_get_application (card))), ==, application_id);
}

static SlBoardCard *
card (Fixture    *f,
      const char *application_id)
{
  SlBoardCard *found = sl_board_find_card (f->board, application_id);

  g_assert_nonnull (found);
  return found;
}

static gboolean
focus_is_on (Fixture    *f,
             const char *application_id)
{
  SlBoardCard *focused = focused_card (f);

  return focused != NULL && sl_board_card_get_application (focused) != NULL &&
         g_strcmp0 (sl_record_get_id (SL_RECORD (sl_board_card_get_application (focused))), application_id) == 0;
}

static void
test_columns (void)
{
  Fixture f = { 0 };
  static const guint counts[] = { 3, 1, 0, 0, 0 };

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  g_assert_cmpuint (sl_board_get_n_columns (f.board), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      SlBoardColumn *column = sl_board_get_column (f.board, i);

      g_assert_cmpstr (sl_board_column_get_stage_id (column), ==, f.stage_ids[i]);
      g_assert_cmpuint (sl_board_column_get_count (column), ==, counts[i]);
    }
  g_assert_cmpstr (sl_stage_get_name (sl_board_column_get_stage (sl_board_get_column (f.board, 0))), ==, "Applied");

  /* The cards are rows of a GtkListView, and each is on screen. */
  for (guint i = 0; i < 4; i++)
    card (&f, f.app_ids[i]);

  fixture_tear_down (&f);
}

static void
test_keyboard_move (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  SlBoardCard *ada;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  ada = card (&f, f.app_ids[0]);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (ada)));
  assert_focus_on (&f, f.app_ids[0]);

  /* Alt+Right: to the next stage, at the top; the focus follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ada), "card.move-next", NULL));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[0], f.stage_ids[1], 0);
  assert_focus_on (&f, f.app_ids[0]);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 2);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 1)), ==, 2);

  /* Once more, from the card that has the focus now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (&f)), "card.move-next", NULL));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[0], f.stage_ids[2], 0);
  assert_focus_on (&f, f.app_ids[0]);

  /* The activity log has the stage changes. */
  {
    g_autoptr (GPtrArray) activity = sl_store_list_activity (f.store, f.app_ids[0], 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (activity->len, >=, 2);
  }

  /* Undo puts it back where it was before the last move. */
  g_assert_true (sl_board_undo (f.board, &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[0], f.stage_ids[1], 0);
  assert_focus_on (&f, f.app_ids[0]);

  /* Alt+Left at the first stage goes nowhere. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (&f)), "card.move-previous", NULL));
  gui_test_spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (&f)), "card.move-previous", NULL));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[0], f.stage_ids[0], 0);

  fixture_tear_down (&f);
}

static void
test_reorder (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  SlBoardCard *katherine;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  /* Katherine is third in Applied: Alt+Up twice makes her first. */
  katherine = card (&f, f.app_ids[2]);
  gtk_widget_grab_focus (GTK_WIDGET (katherine));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (katherine), "card.move-up", NULL));
  gui_test_spin (50);
  assert_stored (&f, f.app_ids[2], f.stage_ids[0], 1);
  assert_focus_on (&f, f.app_ids[2]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (&f)), "card.move-up", NULL));
  gui_test_spin (50);
  assert_stored (&f, f.app_ids[2], f.stage_ids[0], 0);
  assert_stored (&f, f.app_ids[0], f.stage_ids[0], 1);
  assert_focus_on (&f, f.app_ids[2]);

  /* Alt+Down. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (&f)), "card.move-down", NULL));
  gui_test_spin (50);
  assert_stored (&f, f.app_ids[2], f.stage_ids[0], 1);

  /* Undo the last reorder. */
  g_assert_true (sl_board_undo (f.board, &error));
  g_assert_no_error (error);
  gui_test_spin (50);
  assert_stored (&f, f.app_ids[2], f.stage_ids[0], 0);

  fixture_tear_down (&f);
}

/* Calls the drop target's "drop" with @value as GTK does when something
 * is dropped at (@x, @y) in @column's coordinates. */
static gboolean
drop_value (SlBoardColumn *column,
            const GValue  *value,
            double         x,
            double         y)
{
  GtkDropTarget *target = sl_board_column_get_drop_target (column);
  gboolean handled = FALSE;

  g_signal_emit_by_name (target, "drop", value, x, y, &handled);
  return handled;
}

/* A card of @application_id dropped at (@x, @y): the typed value a card's
 * drag offers (see test_drop_typed ()). */
static gboolean
drop (Fixture       *f,
      SlBoardColumn *column,
      const char    *application_id,
      double         x,
      double         y)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) application = sl_store_get_application (f->store, application_id, &error);
  g_auto (GValue) value = G_VALUE_INIT;

  g_assert_no_error (error);
  g_value_init (&value, SL_TYPE_APPLICATION);
  g_value_set_object (&value, application);
  return drop_value (column, &value, x, y);
}

/* Text, as another application's drag would bring it. */
static gboolean
drop_text (SlBoardColumn *column,
           const char    *text,
           double         x,
           double         y)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return drop_value (column, &value, x, y);
}

static void
test_drop (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  SlBoardColumn *applied, *screening;
  SlBoardCard *radia;
  double x, y;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  applied = sl_board_get_column (f.board, 0);
  screening = sl_board_get_column (f.board, 1);

  /* Grace, dropped on the empty space below Radia in Screening: the bottom. */
  g_assert_true (drop (&f, screening, f.app_ids[1], 140, gtk_widget_get_height (GTK_WIDGET (screening)) - 20));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[1], f.stage_ids[1], 1);
  assert_stored (&f, f.app_ids[3], f.stage_ids[1], 0);

  /* Katherine, dropped on the top half of Radia's card: before her. */
  radia = card (&f, f.app_ids[3]);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (radia), GTK_WIDGET (screening),
                                                   20, 5, &x, &y));
  g_assert_true (drop (&f, screening, f.app_ids[2], x, y));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[2], f.stage_ids[1], 0);
  assert_stored (&f, f.app_ids[3], f.stage_ids[1], 1);

  /* Within a column: Radia on the lower half of Grace's card (the last): the bottom. */
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (card (&f, f.app_ids[1])), GTK_WIDGET (screening),
                                                   20, gtk_widget_get_height (GTK_WIDGET (card (&f, f.app_ids[1]))) - 4,
                                                   &x, &y));
  g_assert_true (drop (&f, screening, f.app_ids[3], x, y));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[3], f.stage_ids[1], 2);
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 1);

  /* Undo the last drop. */
  g_assert_true (sl_board_undo (f.board, &error));
  g_assert_no_error (error);
  gui_test_spin (50);
  assert_stored (&f, f.app_ids[3], f.stage_ids[1], 1);

  /* Something that is not a card is refused. */
  g_assert_false (drop_text (applied, "not-an-id", 10, 10));
  gui_test_spin (50);

  fixture_tear_down (&f);
}

/* A card's drag offers its SlApplication, typed, and no text; the columns
 * take that type alone. Text that happens to be a real application id,
 * dropped from another application, moves nothing. */
static void
test_drop_typed (void)
{
  Fixture f = { 0 };
  g_autoptr (GdkContentProvider) provider = NULL;
  g_autoptr (GdkContentFormats) formats = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GValue) value = G_VALUE_INIT;
  GtkDragSource *source = NULL;
  GtkDropTarget *target;
  GListModel *controllers;
  SlBoardColumn *applied, *screening;
  SlBoardCard *grace;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  applied = sl_board_get_column (f.board, 0);
  screening = sl_board_get_column (f.board, 1);

  /* The drop targets accept the application type, not text. */
  target = sl_board_column_get_drop_target (screening);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), SL_TYPE_APPLICATION));
  g_assert_false (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), G_TYPE_STRING));
  g_assert_false (gdk_content_formats_contain_mime_type (gtk_drop_target_get_formats (target), "text/plain"));

  /* Text equal to Grace's id is refused, and she stays where she is. */
  g_assert_false (drop_text (screening, f.app_ids[1], 140, 40));
  gui_test_spin (50);
  assert_stored (&f, f.app_ids[1], f.stage_ids[0], 1);
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 3);
  g_assert_cmpuint (sl_board_column_get_count (screening), ==, 1);

  /* Her card's drag source offers her application, typed, and no text. */
  grace = card (&f, f.app_ids[1]);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (grace));
  for (guint i = 0; source == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        source = GTK_DRAG_SOURCE (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 10.0, 10.0, &provider);
  g_assert_nonnull (provider);
  formats = gdk_content_provider_ref_formats (provider);
  g_assert_true (gdk_content_formats_contain_gtype (formats, SL_TYPE_APPLICATION));
  g_assert_false (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING));
  g_assert_false (gdk_content_formats_contain_mime_type (formats, "text/plain"));
  g_value_init (&value, SL_TYPE_APPLICATION);
  g_assert_true (gdk_content_provider_get_value (provider, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sl_record_get_id (g_value_get_object (&value)), ==, f.app_ids[1]);

  /* That value, dropped on Screening below Radia, moves her there. */
  g_assert_true (drop_value (screening, &value, 140, gtk_widget_get_height (GTK_WIDGET (screening)) - 20));
  gui_test_spin (100);
  assert_stored (&f, f.app_ids[1], f.stage_ids[1], 1);
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 2);
  g_assert_cmpuint (sl_board_column_get_count (screening), ==, 2);

  fixture_tear_down (&f);
}

static void
test_stages (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autoptr (GPtrArray) stages = NULL;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  new_id = sl_board_add_stage (f.board, "Phone Screen", &error);
  g_assert_no_error (error);
  g_assert_nonnull (new_id);
  g_assert_cmpuint (sl_board_get_n_columns (f.board), ==, 6);
  /* Before Hired, which ends the pipeline. */
  g_assert_cmpstr (sl_board_column_get_stage_id (sl_board_get_column (f.board, 4)), ==, new_id);
  g_assert_cmpstr (sl_board_column_get_stage_id (sl_board_get_column (f.board, 5)), ==, f.stage_ids[4]);

  /* Rename and move it left twice, through the column menu's actions. */
  g_assert_true (sl_board_rename_stage (f.board, new_id, "Phone Call", &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.board), "board.move-stage-left", "s", new_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.board), "board.move-stage-left", "s", new_id));
  gui_test_spin (50);
  g_assert_cmpstr (sl_board_column_get_stage_id (sl_board_get_column (f.board, 2)), ==, new_id);
  g_assert_cmpstr (sl_stage_get_name (sl_board_column_get_stage (sl_board_get_column (f.board, 2))), ==, "Phone Call");
  stages = sl_store_list_stages (f.store, f.posting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (stages, 2)), ==, new_id);

  /* Deleting Applied, whose three cards go to the new stage. */
  g_assert_true (sl_board_delete_stage (f.board, f.stage_ids[0], new_id, &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  g_assert_cmpuint (sl_board_get_n_columns (f.board), ==, 5);
  g_assert_null (sl_board_find_column (f.board, f.stage_ids[0]));
  g_assert_cmpuint (sl_board_column_get_count (sl_board_find_column (f.board, new_id)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (SlApplication) application = sl_store_get_application (f.store, f.app_ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sl_application_get_stage_id (application), ==, new_id);
    }

  fixture_tear_down (&f);
}

static void
test_search_and_status (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) grace = NULL;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  g_assert_true (gui_test_shows_text (GTK_WIDGET (f.board), "4 candidates in 5 stages"));
  sl_board_set_search_text (f.board, "grace");
  gui_test_spin (50);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 1);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 1)), ==, 0);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (f.board), "1 of 4 candidates found"));
  card (&f, f.app_ids[1]);
  /* A move while searching: the card stays found, in its new column. */
  g_assert_true (sl_board_move_application (f.board, f.app_ids[1], f.stage_ids[1], 0, &error));
  g_assert_no_error (error);
  gui_test_spin (50);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 0);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 1)), ==, 1);
  card (&f, f.app_ids[1]);
  g_assert_true (sl_board_move_application (f.board, f.app_ids[1], f.stage_ids[0], 1, &error));
  g_assert_no_error (error);
  /* "-word" leaves out, and a word nobody has finds nobody. */
  sl_board_set_search_text (f.board, "engineer -grace");
  gui_test_spin (50);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 2);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 1)), ==, 1);
  sl_board_set_search_text (f.board, "zzzz");
  gui_test_spin (50);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 0);
  sl_board_set_search_text (f.board, "");
  gui_test_spin (50);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 3);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (f.board), "4 candidates in 5 stages"));
  card (&f, f.app_ids[0]);

  /* Mark as Hired moves to the Hired stage; Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card (&f, f.app_ids[1])), "card.hire", NULL));
  gui_test_spin (100);
  grace = sl_store_get_application (f.store, f.app_ids[1], &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_status (grace), ==, SL_APPLICATION_STATUS_HIRED);
  g_assert_cmpstr (sl_application_get_stage_id (grace), ==, f.stage_ids[4]);
  /* In Hired, the card does not say "Hired" again under the column's name. */
  GUI_TEST_WAIT_UNTIL (sl_board_find_card (f.board, f.app_ids[1]) != NULL, 5);
  g_assert_false (gui_test_shows_text (GTK_WIDGET (card (&f, f.app_ids[1])), "Hired"));
  g_assert_true (sl_board_undo (f.board, &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  g_clear_object (&grace);
  grace = sl_store_get_application (f.store, f.app_ids[1], &error);
  g_assert_cmpint (sl_application_get_status (grace), ==, SL_APPLICATION_STATUS_ACTIVE);
  g_assert_cmpstr (sl_application_get_stage_id (grace), ==, f.stage_ids[0]);

  /* Opening a card emits candidate-activated for the window to show. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card (&f, f.app_ids[3])), "card.open", NULL));
  gui_test_spin (100);

  fixture_tear_down (&f);
}

/* The columns show the active pipeline: a rejected card leaves its column
 * and the counts (the focus goes to the next card), the toolbar's toggle
 * shows it again, marked; Undo brings it back; a hired one is in Hired. */
static void
test_active_pipeline (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) grace = NULL;
  SlBoardColumn *applied;
  GtkWidget *toggle;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);
  applied = sl_board_get_column (f.board, 0);

  gtk_widget_grab_focus (GTK_WIDGET (card (&f, f.app_ids[1])));
  g_assert_true (sl_board_reject_application (f.board, f.app_ids[1], "Salary expectations", &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  grace = sl_store_get_application (f.store, f.app_ids[1], &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_status (grace), ==, SL_APPLICATION_STATUS_REJECTED);
  g_assert_cmpstr (sl_application_get_rejection_reason (grace), ==, "Salary expectations");
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 2);
  g_assert_null (sl_board_find_card (f.board, f.app_ids[1]));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (f.board), "3 candidates in 5 stages"));
  GUI_TEST_WAIT_UNTIL (focus_is_on (&f, f.app_ids[2]), 5);

  /* The toggle, a button in the toolbar with a name, shows it, marked. */
  toggle = gui_test_find_actionable (GTK_WIDGET (f.board), GTK_TYPE_ACTIONABLE, "board.show-closed");
  g_assert_nonnull (toggle);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));
  g_assert_true (gtk_widget_get_focusable (toggle) || gtk_widget_get_can_focus (toggle));
  /* As Space or Enter on it: the button is released after a moment. */
  gtk_widget_activate (toggle);
  GUI_TEST_WAIT_UNTIL (sl_board_get_show_closed (f.board), 5);
  gui_test_spin (50);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 3);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (f.board), "4 candidates in 5 stages"));
  GUI_TEST_WAIT_UNTIL (sl_board_find_card (f.board, f.app_ids[1]) != NULL, 5);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (card (&f, f.app_ids[1])), "Rejected"));
  gtk_widget_activate (toggle);
  GUI_TEST_WAIT_UNTIL (!sl_board_get_show_closed (f.board), 5);
  gui_test_spin (50);
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 2);

  /* Undo: active again, back in its column with the focus. */
  g_assert_true (sl_board_undo (f.board, &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  g_assert_cmpuint (sl_board_column_get_count (applied), ==, 3);
  GUI_TEST_WAIT_UNTIL (focus_is_on (&f, f.app_ids[1]), 5);

  /* Hired: in the Hired column, which shows who ended there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card (&f, f.app_ids[3])), "card.hire", NULL));
  gui_test_spin (100);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 1)), ==, 0);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 4)), ==, 1);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (f.board), "4 candidates in 5 stages"));

  fixture_tear_down (&f);
}

/* A row's remove button: the button with the trash icon. */
static gboolean
is_remove_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "user-trash-symbolic") == 0;
}

static AdwMessageDialog *
open_reject_dialog (Fixture    *f,
                    const char *application_id)
{
  AdwMessageDialog *dialog;

  /* The last one is gone first. */
  GUI_TEST_WAIT_UNTIL (gui_test_find_message_dialog () == NULL, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card (f, application_id)), "card.reject", NULL));
  GUI_TEST_WAIT_UNTIL ((dialog = gui_test_find_message_dialog ()) != NULL, 5);
  gui_test_spin (50);
  return dialog;
}

/* As a click on a response button: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static char *
stored_reason (Fixture    *f,
               const char *application_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) application = sl_store_get_application (f->store, application_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_status (application), ==, SL_APPLICATION_STATUS_REJECTED);
  return g_strdup (sl_application_get_rejection_reason (application));
}

/* The reject dialog: a reason picked from the team's list, one typed and
 * added to it, one removed from it; the focus starts on the list. */
static void
test_reject_reasons (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) reasons = NULL;
  g_autofree char *reason = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *extra, *row, *check, *entry, *button;
  GtkWidget *focus;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  dialog = open_reject_dialog (&f, f.app_ids[0]);
  extra = adw_message_dialog_get_extra_child (dialog);
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (GTK_IS_CHECK_BUTTON (focus));
  row = gui_test_find_row (extra, ADW_TYPE_ACTION_ROW, "Salary expectations");
  g_assert_nonnull (row);
  check = gui_test_find_of_type (row, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  /* As Space on its check button does. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  respond (dialog, "reject");
  gui_test_spin (100);
  reason = stored_reason (&f, f.app_ids[0]);
  g_assert_cmpstr (reason, ==, "Salary expectations");
  g_clear_pointer (&reason, g_free);

  /* Typed, and kept in the list for next time. */
  dialog = open_reject_dialog (&f, f.app_ids[1]);
  extra = adw_message_dialog_get_extra_child (dialog);
  entry = gui_test_find_of_type (extra, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Relocation not possible");
  button = gui_test_find_of_type (gtk_widget_get_parent (entry), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin (50);
  g_assert_nonnull (gui_test_find_row (extra, ADW_TYPE_ACTION_ROW, "Relocation not possible"));
  respond (dialog, "reject");
  gui_test_spin (100);
  reason = stored_reason (&f, f.app_ids[1]);
  g_assert_cmpstr (reason, ==, "Relocation not possible");
  g_clear_pointer (&reason, g_free);
  reasons = sl_store_list_rejection_reasons (f.store, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) reasons, "Relocation not possible"));
  g_clear_pointer (&reasons, g_strfreev);

  /* Removed from the list with its row's button; nothing is rejected. */
  dialog = open_reject_dialog (&f, f.app_ids[2]);
  extra = adw_message_dialog_get_extra_child (dialog);
  row = gui_test_find_row (extra, ADW_TYPE_ACTION_ROW, "No response");
  g_assert_nonnull (row);
  button = gui_test_find (row, is_remove_button, NULL);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove “No response” From the List");
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin (50);
  g_assert_null (gui_test_find_row (extra, ADW_TYPE_ACTION_ROW, "No response"));
  reasons = sl_store_list_rejection_reasons (f.store, &error);
  g_assert_false (g_strv_contains ((const char * const *) reasons, "No response"));
  respond (dialog, "cancel");
  gui_test_spin (100);
  {
    g_autoptr (SlApplication) katherine = sl_store_get_application (f.store, f.app_ids[2], &error);

    g_assert_cmpint (sl_application_get_status (katherine), ==, SL_APPLICATION_STATUS_ACTIVE);
  }

  fixture_tear_down (&f);
}

static GtkWidget *
child_with_class (GtkWidget  *parent,
                  const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, css_class))
      return child;
  return NULL;
}

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *target)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, target, &bounds));
  return bounds;
}

/* A card lays out its own rows: the rating at the end of the name's row,
 * the status at the end of the days' row, rows one under the other. And a
 * column's first frame has the cards that fill it, hardly more. */
static void
test_card_layout (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) cards = g_ptr_array_new ();
  g_autoptr (SlApplication) grace = NULL;
  GtkWidget *column, *widget, *name, *rating, *headline, *days, *status;
  graphene_rect_t card_bounds, name_bounds, rating_bounds, headline_bounds, days_bounds, status_bounds;
  float lowest = 0;
  guint unplaced = 0, n_first;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up_with (&f, 60);

  /* Applied has 63 cards: its first frame has those it shows, down to the
   * one its bottom edge cuts (the next would start below the edge). */
  column = GTK_WIDGET (sl_board_get_column (f.board, 0));
  gui_test_collect (column, SL_TYPE_BOARD_CARD, cards);
  g_assert_cmpuint (cards->len, >, 1);
  g_assert_cmpuint (cards->len, <, 63);
  for (guint i = 0; i < cards->len; i++)
    {
      graphene_rect_t bounds = bounds_in (g_ptr_array_index (cards, i), column);

      /* One under the other, none wholly below the edge; the grid view
       * leaves a card it has no room for where it was made, at the top. */
      if (bounds.origin.y < lowest)
        {
          unplaced++;
          continue;
        }
      g_assert_cmpfloat (bounds.origin.y, <, gtk_widget_get_height (column));
      lowest = bounds.origin.y + bounds.size.height;
    }
  /* The window's height bounds the column's before it has one: a card more. */
  g_assert_cmpuint (unplaced, <=, 1);
  g_assert_cmpfloat (lowest + 8, >=, gtk_widget_get_height (column));

  /* The focus entering the column brings the rest, after the next frame. */
  n_first = cards->len;
  gtk_widget_grab_focus (g_ptr_array_index (cards, 0));
  gui_test_spin (100);
  g_ptr_array_set_size (cards, 0);
  gui_test_collect (column, SL_TYPE_BOARD_CARD, cards);
  g_assert_cmpuint (cards->len, >, n_first);

  /* A rejected card, as "Show Rejected" shows it. */
  sl_board_set_show_closed (f.board, TRUE);
  grace = sl_store_get_application (f.store, f.app_ids[1], &error);
  g_assert_no_error (error);
  sl_application_set_status (grace, SL_APPLICATION_STATUS_REJECTED);
  g_assert_true (sl_store_save_application (f.store, grace, &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  GUI_TEST_WAIT_UNTIL (sl_board_find_card (f.board, f.app_ids[1]) != NULL, 5);

  widget = GTK_WIDGET (card (&f, f.app_ids[1]));
  name = child_with_class (widget, "heading");
  rating = child_with_class (widget, "board-rating");
  status = child_with_class (widget, "board-status");
  headline = gtk_widget_get_next_sibling (rating);
  days = gtk_widget_get_prev_sibling (status);
  g_assert_nonnull (name);
  g_assert_nonnull (rating);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_visible (rating) && gtk_widget_get_visible (status));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (status)), ==, "Rejected");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (headline)), ==, "Engineer");

  card_bounds = bounds_in (widget, widget);
  name_bounds = bounds_in (name, widget);
  rating_bounds = bounds_in (rating, widget);
  headline_bounds = bounds_in (headline, widget);
  days_bounds = bounds_in (days, widget);
  status_bounds = bounds_in (status, widget);
  g_assert_cmpfloat (rating_bounds.size.width, >, 0);
  g_assert_cmpfloat (name_bounds.origin.x + name_bounds.size.width, <=, rating_bounds.origin.x);
  g_assert_cmpfloat (days_bounds.origin.x + days_bounds.size.width, <=, status_bounds.origin.x);
  g_assert_cmpfloat_with_epsilon (rating_bounds.origin.x + rating_bounds.size.width,
                                  status_bounds.origin.x + status_bounds.size.width, 0.5);
  g_assert_cmpfloat (name_bounds.origin.y + name_bounds.size.height, <=, headline_bounds.origin.y);
  g_assert_cmpfloat (headline_bounds.origin.y + headline_bounds.size.height, <=, days_bounds.origin.y);
  g_assert_cmpfloat (days_bounds.origin.y + days_bounds.size.height, <=, card_bounds.size.height);
  g_assert_cmpfloat (name_bounds.size.width, >, card_bounds.size.width / 2);

  /* Right to left, the rating and the status are on the left. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  gui_test_spin (100);
  name_bounds = bounds_in (name, widget);
  rating_bounds = bounds_in (rating, widget);
  days_bounds = bounds_in (days, widget);
  status_bounds = bounds_in (status, widget);
  g_assert_cmpfloat (rating_bounds.origin.x + rating_bounds.size.width, <=, name_bounds.origin.x);
  g_assert_cmpfloat (status_bounds.origin.x + status_bounds.size.width, <=, days_bounds.origin.x);
  g_assert_cmpfloat_with_epsilon (rating_bounds.origin.x, status_bounds.origin.x, 0.5);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  gui_test_spin (100);

  /* The heights the columns estimate with follow the text's scale. */
  {
    GtkSettings *settings = gtk_settings_get_default ();
    SlBoardCardMetrics small, large;
    int dpi = 0;

    sl_board_card_measure_metrics (&small);
    g_assert_cmpint (small.least, >, 0);
    g_assert_cmpint (small.headline, >, 0);
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
    if (dpi <= 0)
      dpi = 96 * 1024;
    g_object_set (settings, "gtk-xft-dpi", dpi * 2, NULL);
    sl_board_card_measure_metrics (&large);
    g_assert_cmpint (large.least, >, small.least);
    g_assert_cmpint (large.headline, >, small.headline);
    gtk_settings_reset_property (settings, "gtk-xft-dpi");
    sl_board_card_measure_metrics (&large);
    g_assert_cmpint (large.least, ==, small.least);
  }

  /* Back to active: the status goes, the name row keeps its rating. */
  sl_application_set_status (grace, SL_APPLICATION_STATUS_ACTIVE);
  g_assert_true (sl_store_save_application (f.store, grace, &error));
  g_assert_no_error (error);
  gui_test_spin (100);
  widget = GTK_WIDGET (card (&f, f.app_ids[1]));
  status = child_with_class (widget, "board-status");
  g_assert_true (status == NULL || !gtk_widget_get_visible (status));


  fixture_tear_down (&f);
}

typedef struct
{
  guint calls;
  guint max_span;
} ChangeCount;

static void
count_changes_cb (GListModel  *model,
                  guint        position,
                  guint        removed,
                  guint        added,
                  ChangeCount *count)
{
  count->calls++;
  count->max_span = MAX (count->max_span, MAX (removed, added));
}

/* The live list's order is the store's. */
static void
assert_same_order (Fixture    *f,
                   GListModel *model,
                   const char *stage_id)
{
  g_autoptr (GListModel) fresh = sl_store_list_applications (f->store, stage_id);
  guint n = g_list_model_get_n_items (fresh);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlApplication) a = g_list_model_get_item (model, i);
      g_autoptr (SlApplication) b = g_list_model_get_item (fresh, i);

      g_assert_cmpstr (sl_record_get_id (SL_RECORD (a)), ==, sl_record_get_id (SL_RECORD (b)));
      g_assert_cmpstr (sl_application_get_candidate_name (a), ==, sl_application_get_candidate_name (b));
      g_assert_cmpfloat (sl_application_get_position (a), ==, sl_application_get_position (b));
    }
}

/* A column of more cards than the list keeps objects for: a move changes
 * one card in each list (no reload), cards are read when asked for, a card
 * someone holds stays the same object, and the order is the store's. */
/* A search shows the first of its cards in each column, wherever the
 * column was scrolled to. */
static void
test_search_shows_top (void)
{
  Fixture f = { 0 };
  GtkWidget *list_view;
  GtkAdjustment *vadjustment;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up_with (&f, 200);

  list_view = sl_board_column_get_list_view (sl_board_get_column (f.board, 0));
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  /* The column shows every card once it has the focus. */
  gtk_widget_grab_focus (list_view);
  GUI_TEST_WAIT_UNTIL (gtk_adjustment_get_upper (vadjustment) > 2 * gtk_adjustment_get_page_size (vadjustment), 10);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  gui_test_spin (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

  sl_board_set_search_text (f.board, "person 1");
  gui_test_spin (200);
  g_assert_cmpuint (sl_board_column_get_count (sl_board_get_column (f.board, 0)), ==, 100);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  fixture_tear_down (&f);
}

static void
test_big_column (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) held = NULL;
  g_autoptr (SlApplication) held_again = NULL;
  g_autoptr (SlCandidate) candidate = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *last_id = NULL;
  ChangeCount applied_changes = { 0 }, screening_changes = { 0 };
  SlBoardColumn *applied, *screening;
  GListModel *applied_list, *screening_list;
  guint n;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up (&f);

  applied = sl_board_get_column (f.board, 0);
  screening = sl_board_get_column (f.board, 1);
  applied_list = sl_board_column_get_applications (applied);
  screening_list = sl_board_column_get_applications (screening);

  g_assert_true (sl_store_begin (f.store, &error));
  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u", i);

      g_free (add_candidate (&f, name, f.stage_ids[0]));
    }
  g_assert_true (sl_store_commit (f.store, &error));
  g_assert_no_error (error);
  gui_test_spin (50);
  n = g_list_model_get_n_items (applied_list);
  g_assert_cmpuint (n, ==, 703);
  assert_same_order (&f, applied_list, f.stage_ids[0]);

  /* Finding a card reads no card. */
  {
    g_autoptr (SlApplication) last = g_list_model_get_item (applied_list, n - 1);

    last_id = g_strdup (sl_record_get_id (SL_RECORD (last)));
  }
  g_assert_cmpint (sl_application_list_find (SL_APPLICATION_LIST (applied_list), last_id), ==, (int) n - 1);
  g_assert_cmpint (sl_application_list_find (SL_APPLICATION_LIST (applied_list), "no-such-card"), ==, -1);

  held = g_list_model_get_item (applied_list, 350);
  g_signal_connect (applied_list, "items-changed", G_CALLBACK (count_changes_cb), &applied_changes);
  g_signal_connect (screening_list, "items-changed", G_CALLBACK (count_changes_cb), &screening_changes);

  /* Top to the other column and back, bottom to top: small changes only. */
  {
    g_autoptr (SlApplication) first = g_list_model_get_item (applied_list, 0);

    first_id = g_strdup (sl_record_get_id (SL_RECORD (first)));
  }
  g_assert_true (sl_board_move_application (f.board, first_id, f.stage_ids[1], 0, &error));
  g_assert_no_error (error);
  /* The lists changed when the move committed, before any idle. */
  g_assert_cmpuint (g_list_model_get_n_items (applied_list), ==, n - 1);
  g_assert_cmpuint (g_list_model_get_n_items (screening_list), ==, 2);
  g_assert_cmpint (sl_application_list_find (SL_APPLICATION_LIST (screening_list), first_id), ==, 0);
  g_assert_true (sl_board_move_application (f.board, first_id, f.stage_ids[0], 0, &error));
  g_assert_no_error (error);
  g_assert_true (sl_board_move_application (f.board, last_id, f.stage_ids[0], 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_list_find (SL_APPLICATION_LIST (applied_list), last_id), ==, 0);
  gui_test_spin (50);
  g_assert_cmpuint (applied_changes.max_span, ==, 1);
  g_assert_cmpuint (screening_changes.max_span, ==, 1);
  assert_same_order (&f, applied_list, f.stage_ids[0]);
  assert_same_order (&f, screening_list, f.stage_ids[1]);

  /* Reading every card (more than the list keeps) leaves a held card the
   * same object, and a rename reaches it. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlApplication) item = g_list_model_get_item (applied_list, i);

      g_assert_nonnull (sl_application_get_candidate_name (item));
    }
  held_again = g_list_model_get_item (applied_list, (guint) sl_application_list_find (SL_APPLICATION_LIST (applied_list),
                                                                                   sl_record_get_id (SL_RECORD (held))));
  g_assert_true (held_again == held);
  candidate = sl_store_get_candidate (f.store, sl_application_get_candidate_id (held), &error);
  g_assert_no_error (error);
  sl_candidate_set_name (candidate, "Renamed Person");
  g_assert_true (sl_store_save_candidate (f.store, candidate, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sl_application_get_candidate_name (held), ==, "Renamed Person");

  /* A full reload (another process wrote) keeps the held object too. */
  g_assert_true (sl_application_list_reload (SL_APPLICATION_LIST (applied_list), &error));
  g_assert_no_error (error);
  g_clear_object (&held_again);
  held_again = g_list_model_get_item (applied_list, (guint) sl_application_list_find (SL_APPLICATION_LIST (applied_list),
                                                                                   sl_record_get_id (SL_RECORD (held))));
  g_assert_true (held_again == held);
  assert_same_order (&f, applied_list, f.stage_ids[0]);

  /* Deleting takes the card out. */
  g_assert_true (sl_store_delete_application (f.store, last_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_list_find (SL_APPLICATION_LIST (applied_list), last_id), ==, -1);
  assert_same_order (&f, applied_list, f.stage_ids[0]);

  g_signal_handlers_disconnect_by_data (applied_list, &applied_changes);
  g_signal_handlers_disconnect_by_data (screening_list, &screening_changes);
  g_clear_object (&held);
  g_clear_object (&held_again);
  fixture_tear_down (&f);
}

static GtkAdjustment *
board_hadjustment (Fixture *f)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (sl_board_get_column (f->board, 0)), GTK_TYPE_VIEWPORT);

  g_assert_nonnull (viewport);
  return gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (viewport));
}

/* Whether @widget's column (or @widget) lies within the board's visible width. */
static gboolean
in_view (Fixture   *f,
         GtkWidget *widget)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);
  GtkWidget *column = gtk_widget_get_ancestor (widget, SL_TYPE_BOARD_COLUMN);
  graphene_rect_t bounds;

  if (column != NULL)
    widget = column;
  if (!gtk_widget_compute_bounds (widget, viewport, &bounds))
    return FALSE;
  g_test_message ("%s at %g..%g of %d", G_OBJECT_TYPE_NAME (widget), bounds.origin.x,
                  bounds.origin.x + bounds.size.width, gtk_widget_get_width (viewport));
  return bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (viewport) + 0.5;
}


/* A narrow window: the board opens on its first stages, gets them back
 * after a search, follows a moved card, and scrolls sideways with the wheel
 * where nothing scrolls down and with Shift and the wheel. */
static void
test_scroll (void)
{
  Fixture f = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) other = sl_posting_new ();
  GtkAdjustment *h;
  GtkWidget *applied_list, *screening_list;
  GtkAdjustment *down;
  GtkWidget *entry;
  double before;

  if (gui_test_skip_without_display ())
    return;
  fixture_set_up_with (&f, 60);
  gtk_window_set_default_size (f.window, 700, 800);
  GUI_TEST_WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (f.window)) <= 700, 5);
  gui_test_spin (100);
  h = board_hadjustment (&f);
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h) + 280);

  /* Another posting opens on its first stages, wherever the focus and the
   * board were; and so does this one again. */
  sl_posting_set_title (other, "Designer");
  g_assert_true (sl_store_save_posting (f.store, other, &error));
  g_assert_no_error (error);
  gtk_widget_grab_focus (GTK_WIDGET (card (&f, f.app_ids[0])));
  gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h));
  sl_board_set_posting_id (f.board, sl_record_get_id (SL_RECORD (other)));
  gui_test_spin (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  sl_board_set_posting_id (f.board, f.posting_id);
  /* As the postings page does when a posting is opened. */
  gtk_widget_child_focus (GTK_WIDGET (f.board), GTK_DIR_TAB_FORWARD);
  gui_test_spin (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);

  /* Closing the search gives the focus back to the card, in view. */
  gtk_widget_grab_focus (GTK_WIDGET (card (&f, f.app_ids[3])));
  gui_test_spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.board), "board.search", NULL));
  entry = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (f.window)), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "radia");
  GUI_TEST_WAIT_UNTIL (sl_board_column_get_count (sl_board_get_column (f.board, 0)) == 0, 5);
  g_signal_emit_by_name (entry, "stop-search");
  GUI_TEST_WAIT_UNTIL (focus_is_on (&f, f.app_ids[3]), 5);
  gui_test_spin (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  g_assert_true (in_view (&f, GTK_WIDGET (focused_card (&f))));

  /* Alt+Right to the last stage: the card stays in view. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (&f)), "card.move-next", NULL));
      GUI_TEST_WAIT_UNTIL (focus_is_on (&f, f.app_ids[3]), 5);
      GUI_TEST_WAIT_UNTIL (in_view (&f, GTK_WIDGET (focused_card (&f))), 5);
    }
  assert_stored (&f, f.app_ids[3], f.stage_ids[4], 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);

  /* The wheel over a column whose cards all show scrolls the board sideways,
   * and so does Shift with the wheel anywhere; over a column that scrolls
   * down, the wheel is the column's. */
  gtk_adjustment_set_value (h, 0);
  screening_list = sl_board_column_get_list_view (sl_board_get_column (f.board, 2));
  g_assert_true (sl_board_scroll_by_wheel (f.board, 0, 1, GDK_SCROLL_UNIT_WHEEL, 0, screening_list));
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);
  before = gtk_adjustment_get_value (h);
  g_assert_true (sl_board_scroll_by_wheel (f.board, 0, -1, GDK_SCROLL_UNIT_WHEEL, 0, GTK_WIDGET (f.board)));
  g_assert_cmpfloat (gtk_adjustment_get_value (h), <, before);

  applied_list = sl_board_column_get_list_view (sl_board_get_column (f.board, 0));
  down = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (applied_list));
  g_assert_true (gtk_widget_grab_focus (applied_list));
  gui_test_spin (300);
  GUI_TEST_WAIT_UNTIL (gtk_adjustment_get_upper (down) > 2 * gtk_adjustment_get_page_size (down), 10);
  gtk_adjustment_set_value (h, 0);
  g_assert_false (sl_board_scroll_by_wheel (f.board, 0, 1, GDK_SCROLL_UNIT_WHEEL, 0, applied_list));
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  g_assert_true (sl_board_scroll_by_wheel (f.board, 0, 1, GDK_SCROLL_UNIT_WHEEL, GDK_SHIFT_MASK, applied_list));
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);
  /* A touchpad's sideways swipe is the scrolled window's own. */
  g_assert_false (sl_board_scroll_by_wheel (f.board, 12, 0, GDK_SCROLL_UNIT_SURFACE, 0, applied_list));

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/board/columns", test_columns);
  g_test_add_func ("/gui/board/scroll", test_scroll);
  g_test_add_func ("/gui/board/keyboard-move", test_keyboard_move);
  g_test_add_func ("/gui/board/reorder", test_reorder);
  g_test_add_func ("/gui/board/drop", test_drop);
  g_test_add_func ("/gui/board/drop-typed", test_drop_typed);
  g_test_add_func ("/gui/board/stages", test_stages);
  g_test_add_func ("/gui/board/search-and-status", test_search_and_status);
  g_test_add_func ("/gui/board/active-pipeline", test_active_pipeline);
  g_test_add_func ("/gui/board/reject-reasons", test_reject_reasons);
  g_test_add_func ("/gui/board/search-shows-top", test_search_shows_top);
  g_test_add_func ("/gui/board/big-column", test_big_column);
  g_test_add_func ("/gui/board/card-layout", test_card_layout);

  return g_test_run ();
}
