/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The keys: the Keyboard Shortcuts window against the keys installed and the ones menus show, one meaning per key, and the keys of the empty states. */
#include "config.h"

#include <string.h>

#include "gui-test-utils.h"

#include "sl-add-candidate-dialog.h"
#include "sl-app.h"
#include "sl-board.h"
#include "sl-candidates-page.h"
#include "sl-demo.h"
#include "sl-posting-editor.h"
#include "sl-postings-page.h"
#include "sl-window.h"

/* Actions that are one command under two names: the window's, which asks the
 * page, and the page's own. */
static const char *const aliases[][2] = {
  { "postings.new", "win.new-posting" },
  { "candidates.add", "win.add-candidate" },
  { "board.add-candidate", "win.add-candidate" },
  { "postings.import", "win.import-posting" },
  { "candidates.import", "win.import-candidates" },
};

static const char *
canonical_action (const char *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (action, aliases[i][0]))
      return aliases[i][1];

  return action;
}

/* One accelerator as a comparable string, or NULL for a keypad variant
 * (KP_Enter beside Return), which the window does not list twice. */
static char *
normalize_accel (guint           keyval,
                 GdkModifierType mods)
{
  const char *name;

  keyval = gdk_keyval_to_lower (keyval);
  name = gdk_keyval_name (keyval);
  if (name == NULL || g_str_has_prefix (name, "KP_"))
    return NULL;

  return gtk_accelerator_name (keyval, mods & gtk_accelerator_get_default_mod_mask ());
}

static char *
normalize_accel_string (const char *accel)
{
  guint keyval = 0;
  GdkModifierType mods = 0;

  g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
  return normalize_accel (keyval, mods);
}

/* action → set of accelerators */
static void
add_installed (GHashTable *installed,
               const char *action,
               char       *accel)
{
  GHashTable *set;

  if (accel == NULL)
    return;

  action = canonical_action (action);
  set = g_hash_table_lookup (installed, action);
  if (set == NULL)
    {
      set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (installed, g_strdup (action), set);
    }
  g_hash_table_add (set, accel);
}

static void
add_trigger (GHashTable         *installed,
             const char         *action,
             GtkShortcutTrigger *trigger)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    add_installed (installed, action,
                   normalize_accel (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                    gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
  else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger (installed, action, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
      add_trigger (installed, action, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
    }
}

/* Every shortcut of every controller of @widget and its descendants: the
 * class bindings (gtk_widget_class_add_binding_action) and the shortcut
 * controllers widgets add. */
static void
collect_widget_shortcuts (GtkWidget  *widget,
                          GHashTable *installed)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action))
            add_trigger (installed, gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                         gtk_shortcut_get_trigger (shortcut));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget_shortcuts (child, installed);
}

static void
collect_app_accels (GtkApplication *app,
                    GHashTable     *installed)
{
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (app);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);
      g_autofree char *name = NULL;
      g_autoptr (GVariant) target = NULL;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      for (guint j = 0; accels[j] != NULL; j++)
        add_installed (installed, name, normalize_accel_string (accels[j]));
    }
}

typedef struct
{
  char *title;
  char *action; /* canonical, or NULL for a key GTK or libadwaita handles */
  GPtrArray *accels;
} Listed;

static void
listed_free (Listed *listed)
{
  g_free (listed->title);
  g_free (listed->action);
  g_ptr_array_unref (listed->accels);
  g_free (listed);
}

/* What the Keyboard Shortcuts window says. */
static GPtrArray *
read_shortcuts_window (void)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/shortlist/Shortlist/sl-shortcuts-window.ui");
  g_autoptr (GSList) objects = gtk_builder_get_objects (builder);
  GPtrArray *listed = g_ptr_array_new_with_free_func ((GDestroyNotify) listed_free);

  for (const GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_auto (GStrv) accels = NULL;
      Listed *entry;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;

      entry = g_new0 (Listed, 1);
      g_object_get (l->data, "title", &entry->title, "accelerator", &accelerator, "action-name", &action, NULL);
      entry->action = action != NULL ? g_strdup (canonical_action (action)) : NULL;
      entry->accels = g_ptr_array_new_with_free_func (g_free);
      accels = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; accels[i] != NULL; i++)
        if (accels[i][0] != '\0')
          g_ptr_array_add (entry->accels, normalize_accel_string (accels[i]));
      g_ptr_array_add (listed, entry);
    }

  /* The window outlives the builder until destroyed. */
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  return listed;
}

static gboolean
listed_for (GPtrArray  *listed,
            const char *action,
            const char *accel)
{
  for (guint i = 0; i < listed->len; i++)
    {
      Listed *entry = g_ptr_array_index (listed, i);

      if (g_strcmp0 (entry->action, action) == 0 &&
          g_ptr_array_find_with_equal_func (entry->accels, accel, g_str_equal, NULL))
        return TRUE;
    }

  return FALSE;
}

/* label → action of every item of @model, its sections and submenus */
static void
collect_menu_actions (GMenuModel *model,
                      GHashTable *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autoptr (GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        {
          /* The button shows the label without its mnemonic's underline. */
          g_autoptr (GString) text = g_string_new (label);

          g_string_replace (text, "_", "", 0);
          g_hash_table_insert (actions, g_string_free (g_steal_pointer (&text), FALSE), g_steal_pointer (&action));
        }

      while (g_menu_link_iter_next (links))
        {
          g_autoptr (GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu_actions (link, actions);
        }
    }
}

/* The (action, accelerator) pairs a popover menu shows. GtkModelButton is
 * private, its "text" and "accel" properties are not; the action is that of
 * the model's item with that label. */
static void
collect_menu_accels (GtkWidget  *widget,
                     GHashTable *actions,
                     GPtrArray  *pairs)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    {
      g_autofree char *accel = NULL;
      g_autofree char *text = NULL;
      const char *action;

      g_object_get (widget, "accel", &accel, "text", &text, NULL);
      action = text != NULL ? g_hash_table_lookup (actions, text) : NULL;
      if (accel != NULL && accel[0] != '\0')
        {
          g_assert_nonnull (action);
          g_ptr_array_add (pairs, g_strdup (canonical_action (action)));
          g_ptr_array_add (pairs, normalize_accel_string (accel));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_menu_accels (child, actions, pairs);
}

static void
collect_popover_menu (GtkPopover *popover,
                      GPtrArray  *pairs)
{
  g_autoptr (GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  collect_menu_actions (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), actions);
  collect_menu_accels (GTK_WIDGET (popover), actions, pairs);
}

/* Opens the popover of each menu button under @root, reads its items, and
 * closes it again. */
static void
collect_menu_buttons (GtkWidget *root,
                      GPtrArray *pairs,
                      guint     *n_menus)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (root)) != NULL &&
      gtk_widget_get_mapped (root))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (root));

      gtk_menu_button_popup (GTK_MENU_BUTTON (root));
      gui_test_flush_events ();
      if (popover != NULL)
        {
          collect_popover_menu (popover, pairs);
          gtk_popover_popdown (popover);
          gui_test_flush_events ();
          (*n_menus)++;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_menu_buttons (child, pairs, n_menus);
}

/* Which action @accel runs with the focus on @focus: the capture-phase
 * controllers from the window down, then the bubble phase back up, the first
 * shortcut that matches wins (as GTK decides, without a real key event). */
static const char *
resolve_in (GtkWidget               *widget,
            guint                    keyval,
            GdkModifierType          mods,
            GtkPropagationPhase      phase)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phase)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (action) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }

  return NULL;
}

static const char *
resolve_accel (GtkApplication *app,
               GtkWidget      *focus,
               const char     *accel)
{
  g_autoptr (GPtrArray) chain = g_ptr_array_new ();
  guint keyval = 0;
  GdkModifierType mods = 0;
  g_auto (GStrv) actions = NULL;

  g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));

  /* The app's accels come first (GtkWindow's capture phase, global). */
  actions = gtk_application_get_actions_for_accel (app, accel);
  if (actions != NULL && actions[0] != NULL)
    return g_intern_string (actions[0]);

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (guint i = 0; i < chain->len; i++)
    {
      const char *found = resolve_in (g_ptr_array_index (chain, i), keyval, mods, GTK_PHASE_CAPTURE);

      if (found != NULL)
        return found;
    }
  for (guint i = chain->len; i > 0; i--)
    {
      const char *found = resolve_in (g_ptr_array_index (chain, i - 1), keyval, mods, GTK_PHASE_BUBBLE);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Opens a posting's board with its cards, and builds the editor and the
 * Candidates page, so that every widget with keys exists. */
static GtkWidget *
show_everything (SlWindow *window)
{
  SlPostingsPage *postings = sl_window_get_postings_page (window);
  SlBoard *board = sl_postings_page_get_board (postings);
  GtkWidget *card = NULL;

  sl_window_get_candidates_page (window);
  sl_postings_page_get_editor (postings);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "postings");
  gui_test_flush_events ();
  GUI_TEST_WAIT_UNTIL (sl_postings_page_get_selected (postings) != NULL, 5);
  adw_view_stack_set_visible_child_name (gui_test_template_child (postings, SL_TYPE_POSTINGS_PAGE, "view_stack"), "board");
  GUI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (board)) &&
                       (card = gui_test_find_of_type (GTK_WIDGET (board), g_type_from_name ("SlBoardCard"))) != NULL,
                       10);
  return card;
}

/* Every key the Keyboard Shortcuts window lists runs the action it names,
 * every key installed for an action it names is listed, and every key a menu
 * shows is listed for that menu item's action. */
static void
window_matches_installed_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  g_autoptr (GHashTable) installed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) g_hash_table_unref);
  g_autoptr (GPtrArray) listed = NULL;
  g_autoptr (GPtrArray) menu_pairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *card;
  guint n_menus = 0;
  guint n_failures = 0;

  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();
  card = show_everything (window);

  collect_app_accels (GTK_APPLICATION (app), installed);
  collect_widget_shortcuts (GTK_WIDGET (window), installed);
  listed = read_shortcuts_window ();

  for (guint i = 0; i < listed->len; i++)
    {
      Listed *entry = g_ptr_array_index (listed, i);
      GHashTable *keys;

      if (entry->accels->len == 0)
        {
          g_printerr ("“%s” shows no key\n", entry->title);
          n_failures++;
          continue;
        }
      if (entry->action == NULL)
        continue;
      g_hash_table_add (named, entry->action);
      keys = g_hash_table_lookup (installed, entry->action);
      for (guint j = 0; j < entry->accels->len; j++)
        {
          const char *accel = g_ptr_array_index (entry->accels, j);

          if (keys == NULL || !g_hash_table_contains (keys, accel))
            {
              g_printerr ("The window lists %s for “%s” (%s), which is not installed for it\n",
                          accel, entry->title, entry->action);
              n_failures++;
            }
        }
    }

  /* The other way: every key of an action the window names is listed. */
  {
    GHashTableIter iter;
    gpointer action, keys;

    g_hash_table_iter_init (&iter, named);
    while (g_hash_table_iter_next (&iter, &action, NULL))
      {
        GHashTableIter key_iter;
        gpointer accel;

        keys = g_hash_table_lookup (installed, action);
        if (keys == NULL)
          continue;
        g_hash_table_iter_init (&key_iter, keys);
        while (g_hash_table_iter_next (&key_iter, &accel, NULL))
          if (!listed_for (listed, action, accel))
            {
              g_printerr ("%s runs %s but the window does not say so\n", (char *) accel, (char *) action);
              n_failures++;
            }
      }
  }

  /* Keys without an action of ours: GTK's and libadwaita's own, checked here. */
  for (guint i = 0; i < listed->len; i++)
    {
      Listed *entry = g_ptr_array_index (listed, i);

      if (entry->action != NULL || entry->accels->len == 0)
        continue;
      if (g_str_equal (g_ptr_array_index (entry->accels, 0), "F10"))
        {
          GtkWidget *button = gui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

          /* The header bar's first menu button is the main menu: F10 opens it. */
          g_assert_nonnull (button);
          g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
        }
      else if (g_str_equal (g_ptr_array_index (entry->accels, 0), "<Alt>Left"))
        {
          SlCandidatesPage *page = sl_window_get_candidates_page (window);

          g_assert_true (adw_leaflet_get_can_navigate_back (gui_test_template_child (page, SL_TYPE_CANDIDATES_PAGE, "leaflet")));
        }
      else
        {
          g_printerr ("“%s” names no action\n", entry->title);
          n_failures++;
        }
    }

  /* What the menus show: the main menu, the posting list's menus, the card's. */
  collect_menu_buttons (GTK_WIDGET (window), menu_pairs, &n_menus);
  gtk_widget_activate_action (card, "card.show-menu", NULL);
  gui_test_flush_events ();
  {
    GtkWidget *popover = gui_test_find_of_type (card, GTK_TYPE_POPOVER_MENU);

    g_assert_nonnull (popover);
    collect_popover_menu (GTK_POPOVER (popover), menu_pairs);
    gtk_popover_popdown (GTK_POPOVER (popover));
    gui_test_flush_events ();
    n_menus++;
  }
  g_test_message ("%u menus, %u keys shown in them", n_menus, menu_pairs->len / 2);
  g_assert_cmpuint (n_menus, >=, 3);
  g_assert_cmpuint (menu_pairs->len, >=, 2 * 4);
  for (guint i = 0; i < menu_pairs->len; i += 2)
    {
      const char *action = g_ptr_array_index (menu_pairs, i);
      const char *accel = g_ptr_array_index (menu_pairs, i + 1);

      if (!listed_for (listed, action, accel))
        {
          g_printerr ("A menu shows %s for %s; the window does not\n", accel, action);
          n_failures++;
        }
    }

  g_assert_cmpuint (n_failures, ==, 0);
  gui_test_stop_app (app);
}

static void
test_window_matches_installed (void)
{
  gui_test_run_app_on_empty (window_matches_installed_body);
}

/* Ctrl+N makes a posting and Ctrl+Shift+N adds a candidate, wherever the
 * focus is: on a card, in the Candidates list, in the posting editor. */
static void
one_meaning_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  SlCandidatesPage *candidates;
  GtkWidget *card;
  GtkWidget *places[3];

  g_action_group_activate_action (G_ACTION_GROUP (app), "load-sample-data", NULL);
  gui_test_flush_events ();
  card = show_everything (window);
  candidates = sl_window_get_candidates_page (window);

  places[0] = card;
  places[1] = gui_test_template_child (candidates, SL_TYPE_CANDIDATES_PAGE, "column_view");
  places[2] = sl_posting_editor_get_field_widget (sl_postings_page_get_editor (sl_window_get_postings_page (window)),
                                                  "title");
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      const char *new_action = resolve_accel (GTK_APPLICATION (app), places[i], "<Control>n");
      const char *add_action = resolve_accel (GTK_APPLICATION (app), places[i], "<Control><Shift>n");

      g_test_message ("%s: Ctrl+N %s, Ctrl+Shift+N %s", G_OBJECT_TYPE_NAME (places[i]), new_action, add_action);
      g_assert_nonnull (new_action);
      g_assert_nonnull (add_action);
      g_assert_cmpstr (canonical_action (new_action), ==, "win.new-posting");
      g_assert_cmpstr (canonical_action (add_action), ==, "win.add-candidate");
    }

  /* On a board, Ctrl+Shift+N adds to that posting. */
  g_assert_cmpstr (resolve_accel (GTK_APPLICATION (app), card, "<Control><Shift>n"), ==, "board.add-candidate");

  gui_test_stop_app (app);
}

static void
test_one_meaning (void)
{
  gui_test_run_app_on_empty (one_meaning_body);
}

static GtkWindow *
find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (window), type_name) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* A first run: the empty Postings and Candidates states offer their imports,
 * as buttons and as Ctrl+O and Ctrl+I with the focus in them. */
static void
import_from_empty_states_body (SlApp *app)
{
  SlWindow *window = gui_test_get_window (app);
  struct {
    const char *area;
    const char *stack;
    const char *empty;
    const char *action;
    const char *accel;
    const char *dialog;
  } cases[] = {
    { "postings", "postings_stack", "postings_empty", "win.import-posting", "<Control>o", "GtkFileChooserDialog" },
    { "candidates", "candidates_stack", "candidates_empty", "win.import-candidates", "<Control>i", "SlCsvImportDialog" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *empty = gui_test_window_child (window, cases[i].empty);
      GtkWidget *button;
      GtkWidget *focus;
      GtkWindow *dialog;
      const char *action;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", cases[i].area);
      gui_test_flush_events ();
      g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_window_child (window, cases[i].stack)), ==, "empty");

      button = gui_test_find_actionable (empty, GTK_TYPE_BUTTON, cases[i].action);
      g_assert_nonnull (button);
      GUI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (button), 5);
      g_assert_true (gtk_widget_is_sensitive (button));

      /* The keys, with the focus where the window puts it: in the empty state. */
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, empty));
      action = resolve_accel (GTK_APPLICATION (app), focus, cases[i].accel);
      g_test_message ("%s in the empty %s: %s", cases[i].accel, cases[i].area, action);
      g_assert_nonnull (action);
      g_assert_cmpstr (canonical_action (action), ==, cases[i].action);

      /* The button opens the import. */
      g_assert_null (find_toplevel (cases[i].dialog));
      g_signal_emit_by_name (button, "clicked");
      GUI_TEST_WAIT_UNTIL ((dialog = find_toplevel (cases[i].dialog)) != NULL, 5);
      g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
      if (GTK_IS_DIALOG (dialog))
        gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      else
        gtk_window_destroy (dialog);
      GUI_TEST_WAIT_UNTIL (find_toplevel (cases[i].dialog) == NULL, 5);
    }

  gui_test_stop_app (app);
}

static void
test_import_from_empty_states (void)
{
  gui_test_run_app_on_empty (import_from_empty_states_body);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/shortcuts/window-matches-installed", test_window_matches_installed);
  g_test_add_func ("/gui/shortcuts/one-meaning", test_one_meaning);
  g_test_add_func ("/gui/shortcuts/import-from-empty-states", test_import_from_empty_states);

  return g_test_run ();
}
