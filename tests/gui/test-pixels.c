/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the eye sees, where a property tells it: menu buttons' tooltips while their popover is open, long list items, the preview's bullets, the details pane's width and its timeline. SHORTLIST_SHOT_DIR=dir saves a PNG of each scene. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "gui-test-utils.h"

#include "sl-app.h"
#include "sl-board.h"
#include "sl-candidate-details.h"
#include "sl-candidate-details-private.h"
#include "sl-candidates-page.h"
#include "sl-posting-editor.h"
#include "sl-posting-preview.h"
#include "sl-postings-page.h"
#include "sl-store-private.h"
#include "sl-string-list-editor.h"
#include "sl-window.h"

#define LONG_ITEM "Design, build and run the services that schedule appointments for four thousand clinics, " \
                  "in Rust and PostgreSQL, with the rest of the platform team"

/* Saves what @widget's native draws, when SHORTLIST_SHOT_DIR is set: the
 * screenshots the pixel fixes were checked with. */
static void
save_shot (GtkWidget  *widget,
           const char *name)
{
  const char *dir = g_getenv ("SHORTLIST_SHOT_DIR");
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL || width <= 0 || height <= 0)
    return;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

/* The first posting of the sample data, open in @view ("edit", "preview", "board"). */
static SlPostingsPage *
show_posting (SlWindow   *window,
              const char *view)
{
  SlPostingsPage *postings = sl_window_get_postings_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
  gui_test_flush_events ();
  GUI_TEST_WAIT_UNTIL (sl_postings_page_get_selected (postings) != NULL, 5);
  adw_view_stack_set_visible_child_name (gui_test_template_child (postings, SL_TYPE_POSTINGS_PAGE, "view_stack"), view);
  gui_test_spin (200);
  return postings;
}

static void
scenes_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlPostingsPage *postings;
  SlPosting *posting;
  const char *items[] = { LONG_ITEM, "Review code", NULL };

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();

  /* The Keyboard Shortcuts window, on one page. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *shortcuts = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    gui_test_spin (300);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
          shortcuts = toplevel;
      }
    g_assert_nonnull (shortcuts);
    save_shot (GTK_WIDGET (shortcuts), "shortcuts");
    gtk_window_destroy (shortcuts);
    gui_test_flush_events ();
  }

  postings = show_posting (window, "edit");
  posting = sl_postings_page_get_selected (postings);
  sl_posting_set_responsibilities (posting, items);
  g_assert_true (sl_store_save_posting (sl_app_get_store (app), posting, NULL));
  sl_posting_editor_set_posting (sl_postings_page_get_editor (postings), posting);
  gui_test_spin (200);
  save_shot (GTK_WIDGET (window), "editor");
  /* A long item ends in an ellipsis, where its text starts, until it is
   * edited. */
  {
    SlStringListEditor *list = SL_STRING_LIST_EDITOR (sl_posting_editor_get_field_widget (sl_postings_page_get_editor (postings),
                                                                                        "responsibilities"));
    GtkWidget *row, *text;
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();
    GtkLabel *label = NULL;
    graphene_rect_t label_bounds, text_bounds;

    sl_string_list_editor_set_items (list, items);
    gui_test_spin (100);
    row = sl_string_list_editor_get_row (list, 0);
    text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
    gui_test_collect (row, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), LONG_ITEM) == 0)
        label = g_ptr_array_index (labels, i);
    g_assert_nonnull (label);
    g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_END);
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
    g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (label), row, &label_bounds));
    g_assert_true (gtk_widget_compute_bounds (text, row, &text_bounds));
    g_assert_cmpfloat (fabs (label_bounds.origin.x - text_bounds.origin.x), <, 1.0);
    save_shot (GTK_WIDGET (list), "responsibilities");

    /* Editing shows the text itself. */
    gtk_widget_grab_focus (text);
    gui_test_flush_events ();
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
    save_shot (GTK_WIDGET (list), "responsibilities-editing");
    gtk_widget_grab_focus (sl_string_list_editor_get_row (list, 1));
    gui_test_flush_events ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  }
  adw_view_stack_set_visible_child_name (gui_test_template_child (postings, SL_TYPE_POSTINGS_PAGE, "view_stack"), "preview");
  gui_test_spin (600);
  save_shot (GTK_WIDGET (window), "preview");
  /* The long bullet wraps, and its second line starts under its text, not
   * under the bullet. */
  {
    GtkTextView *view = sl_posting_preview_get_text_view (gui_test_template_child (postings, SL_TYPE_POSTINGS_PAGE, "preview"));
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
    GtkTextIter start, match, line;
    GdkRectangle first, wrapped;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_forward_search (&start, "Design, build", 0, &match, NULL, NULL));
    gtk_text_view_get_iter_location (view, &match, &first);
    line = match;
    g_assert_true (gtk_text_view_forward_display_line (view, &line));
    g_assert_cmpint (gtk_text_iter_get_line (&line), ==, gtk_text_iter_get_line (&match));
    gtk_text_view_get_iter_location (view, &line, &wrapped);
    g_test_message ("bullet text at x %d, its wrapped line at x %d", first.x, wrapped.x);
    g_assert_cmpint (wrapped.y, >, first.y);
    g_assert_cmpint (ABS (wrapped.x - first.x), <=, 1);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  gui_test_spin (300);
  {
    SlCandidatesPage *page = sl_window_get_candidates_page (window);

    GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
    gtk_selection_model_select_item (sl_candidates_page_get_selection (page), 0, TRUE);
    gui_test_spin (300);
    save_shot (GTK_WIDGET (window), "details");
  }

  gui_test_stop_app (app);
}

static void
test_scenes (void)
{
  gui_test_run_app_on_empty (scenes_body);
}

/* The details pane keeps its width when what it shows changes: an edit
 * adds a line to the timeline, a status change a longer one. */
static void
details_width_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlCandidatesPage *page;
  SlCandidateDetails *details;
  GtkWidget *pane;
  const char *fields[] = { "headline", "name", "location", "tags", "source" };
  int width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 800);
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  page = sl_window_get_candidates_page (window);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gtk_selection_model_select_item (sl_candidates_page_get_selection (page), 0, TRUE);
  gui_test_spin (300);
  details = sl_candidates_page_get_details (page);
  pane = gui_test_template_child (page, SL_TYPE_CANDIDATES_PAGE, "details_box");
  width = gtk_widget_get_width (pane);
  g_test_message ("details pane: %d px", width);
  g_assert_cmpint (width, >=, 360);
  save_shot (GTK_WIDGET (window), "details-before-edit");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *row = sl_candidate_details_get_field_widget (details, fields[i]);
      g_autofree char *text = g_strconcat (gtk_editable_get_text (GTK_EDITABLE (row)),
                                           " and a much longer text than fits the pane", NULL);

      gtk_editable_set_text (GTK_EDITABLE (row), text);
      GUI_TEST_WAIT_UNTIL (!sl_candidate_details_get_save_pending (details), 5);
      gui_test_spin (300);
      g_test_message ("after editing the %s: %d px", fields[i], gtk_widget_get_width (pane));
      save_shot (GTK_WIDGET (window), fields[i]);
      g_assert_cmpint (gtk_widget_get_width (pane), ==, width);
    }
  sl_candidate_details_toast (details, "The change could not be saved: the database file is read-only. Check where it is kept and try again.");
  gui_test_spin (300);
  g_test_message ("with a toast: %d px", gtk_widget_get_width (pane));
  save_shot (GTK_WIDGET (window), "details-toast");
  g_assert_cmpint (gtk_widget_get_width (pane), ==, width);
  {
    GtkWidget *activity = sl_candidate_details_get_field_widget (details, "activity");

    save_shot (activity, "activity");
  }

  gui_test_stop_app (app);
}

static void
test_details_width (void)
{
  gui_test_run_app_on_empty (details_width_body);
}

static gboolean
is_label_with_class (GtkWidget     *widget,
                     gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class);
}

/* Each timeline entry's time starts where its title starts, on any day
 * (the 5th of March: a one-digit day). */
static void
timeline_alignment_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlCandidatesPage *page;
  GtkWidget *activity;
  guint n_rows = 0;

  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();
  g_assert_cmpint (sqlite3_exec (sl_store_get_db (sl_app_get_store (app)),
                                 "UPDATE activity SET created_at = 1772712000000000", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  page = sl_window_get_candidates_page (window);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gtk_selection_model_select_item (sl_candidates_page_get_selection (page), 0, TRUE);
  gui_test_spin (300);

  activity = sl_candidate_details_get_field_widget (sl_candidates_page_get_details (page), "activity");
  save_shot (activity, "timeline");
  for (GtkWidget *row = gtk_widget_get_first_child (activity); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *title = gui_test_find (row, is_label_with_class, "title");
      GtkWidget *subtitle = gui_test_find (row, is_label_with_class, "subtitle");
      graphene_rect_t title_bounds, subtitle_bounds;
      PangoLayout *layout;
      PangoRectangle ink;
      int x, y;

      if (title == NULL || subtitle == NULL || !gtk_widget_get_visible (subtitle))
        continue;
      n_rows++;
      g_test_message ("“%s” / “%s”", gtk_label_get_text (GTK_LABEL (title)), gtk_label_get_text (GTK_LABEL (subtitle)));
      g_assert_false (g_unichar_isspace (g_utf8_get_char (gtk_label_get_text (GTK_LABEL (subtitle)))));
      g_assert_true (gtk_widget_compute_bounds (title, row, &title_bounds));
      g_assert_true (gtk_widget_compute_bounds (subtitle, row, &subtitle_bounds));
      /* Where the first glyph of each is drawn. */
      layout = gtk_label_get_layout (GTK_LABEL (subtitle));
      gtk_label_get_layout_offsets (GTK_LABEL (subtitle), &x, &y);
      pango_layout_get_pixel_extents (layout, &ink, NULL);
      g_assert_cmpfloat (fabs (subtitle_bounds.origin.x - title_bounds.origin.x), <, 1.0);
      g_assert_cmpint (ink.x, <=, 1);
    }
  g_assert_cmpuint (n_rows, >, 0);

  gui_test_stop_app (app);
}

static void
test_timeline_alignment (void)
{
  gui_test_run_app_on_empty (timeline_alignment_body);
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
      return child;

  return NULL;
}

/* Opens every mapped menu button and drop-down under @root: while its popover shows, its
 * tooltip is off (GTK 4.8 would draw it over the first item); a button
 * with a label has no tooltip repeating it. */
static void
check_menu_buttons (GtkWidget  *root,
                    GHashTable *checked)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  gui_test_collect (root, GTK_TYPE_MENU_BUTTON, buttons);
  gui_test_collect (root, GTK_TYPE_DROP_DOWN, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *tooltip = gtk_widget_get_tooltip_text (button);
      GtkPopover *popover;

      if (GTK_IS_MENU_BUTTON (button) && gtk_menu_button_get_label (GTK_MENU_BUTTON (button)) != NULL)
        {
          g_test_message ("menu button “%s”: tooltip %s", gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), tooltip);
          g_assert_null (tooltip);
        }
      if (tooltip == NULL || !gtk_widget_get_mapped (button) || g_hash_table_contains (checked, tooltip))
        continue;
      /* A popover of a button scrolled out of the window has no monitor. */
      {
        graphene_rect_t bounds;

        if (!gtk_widget_compute_bounds (button, root, &bounds) || bounds.origin.x < 0 ||
            bounds.origin.x + bounds.size.width > gtk_widget_get_width (root))
          continue;
      }

      if (GTK_IS_MENU_BUTTON (button))
        {
          gtk_menu_button_popup (GTK_MENU_BUTTON (button));
          popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
        }
      else
        {
          g_signal_emit_by_name (button, "activate");
          popover = GTK_POPOVER (find_child (button, GTK_TYPE_POPOVER));
        }
      g_assert_nonnull (popover);
      GUI_TEST_WAIT_UNTIL (gtk_widget_get_visible (GTK_WIDGET (popover)), 2);
      g_test_message ("“%s” open: has-tooltip %d", tooltip, gtk_widget_get_has_tooltip (button));
      g_assert_false (gtk_widget_get_has_tooltip (button));
      gtk_popover_popdown (popover);
      gui_test_flush_events ();
      g_assert_true (gtk_widget_get_has_tooltip (button));
      g_hash_table_add (checked, g_strdup (tooltip));
    }
}

static void
menu_tooltips_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  g_autoptr (GHashTable) checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SlCandidatesPage *page;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();

  show_posting (window, "edit");
  check_menu_buttons (GTK_WIDGET (window), checked);
  show_posting (window, "board");
  check_menu_buttons (GTK_WIDGET (window), checked);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "candidates");
  page = sl_window_get_candidates_page (window);
  GUI_TEST_WAIT_UNTIL (sl_candidates_page_get_loaded (page), 10);
  gtk_selection_model_select_item (sl_candidates_page_get_selection (page), 0, TRUE);
  gui_test_spin (300);
  check_menu_buttons (GTK_WIDGET (window), checked);

  /* The main menu, the postings' and the export menu, the date pickers, a
   * stage's menu, the selection's menu. */
  g_test_message ("%u menu buttons with tooltips opened", g_hash_table_size (checked));
  g_assert_true (g_hash_table_contains (checked, "Main Menu"));
  g_assert_true (g_hash_table_contains (checked, "Posting Menu"));
  g_assert_true (g_hash_table_contains (checked, "Export and Publish"));
  g_assert_true (g_hash_table_contains (checked, "Pick the Date Posted"));
  g_assert_true (g_hash_table_contains (checked, "Stage Menu"));
  g_assert_true (g_hash_table_contains (checked, "More Actions on the Selected Candidates"));
  g_assert_true (g_hash_table_contains (checked, "Show Postings with This Status"));

  gui_test_stop_app (app);
}

static void
test_menu_tooltips (void)
{
  gui_test_run_app_on_empty (menu_tooltips_body);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/pixels/posting-editor-and-preview", test_scenes);
  g_test_add_func ("/gui/pixels/menu-tooltips", test_menu_tooltips);
  g_test_add_func ("/gui/pixels/details-width", test_details_width);
  g_test_add_func ("/gui/pixels/timeline-alignment", test_timeline_alignment);

  return g_test_run ();
}
