/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingsPage: the Postings area: the list of postings beside the editor and preview of the selected one. */
#define G_LOG_DOMAIN "sl-postings-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-error.h"
#include "sl-posting-import.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-markdown.h"
#include "sl-posting-preview.h"
#include "sl-posting-row.h"
#include "sl-postings-page-private.h"
#include "sl-read-only.h"
#include "sl-tooltips.h"

#define PREVIEW_DELAY_MS 300

G_DEFINE_FINAL_TYPE (SlPostingsPage, sl_postings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DEFAULT_ORGANIZATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
sl_postings_page_add_toast (SlPostingsPage *self,
                            AdwToast       *toast)
{
  g_return_if_fail (SL_IS_POSTINGS_PAGE (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* libadwaita 1.2 reads a toast's title as markup: escape what people typed. */
static AdwToast *
new_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
sl_postings_page_toast (SlPostingsPage *self,
                        const char     *message)
{
  sl_postings_page_add_toast (self, new_toast (message));
}

void
sl_postings_page_toast_with_undo (SlPostingsPage *self,
                                  const char     *message,
                                  const char     *action,
                                  const char     *id)
{
  AdwToast *t = new_toast (message);

  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_action_name (t, action);
  adw_toast_set_action_target_value (t, g_variant_new_string (id));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  sl_postings_page_add_toast (self, t);
}

/* The list: status filter and search. */

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SlPostingsPage *self = user_data;
  SlPosting *posting = item;
  const char * const *locations;

  if (self->status_filter >= 0 && (int) sl_posting_get_status (posting) != self->status_filter)
    return FALSE;

  if (self->search_folded == NULL)
    return TRUE;

  if (contains_folded (sl_posting_get_title (posting), self->search_folded) ||
      contains_folded (sl_posting_get_department (posting), self->search_folded))
    return TRUE;

  locations = sl_posting_get_locations (posting);
  for (guint i = 0; locations != NULL && locations[i] != NULL; i++)
    {
      if (contains_folded (locations[i], self->search_folded))
        return TRUE;
    }

  return FALSE;
}

static void
update_list_state (SlPostingsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (self->search_folded != NULL || self->status_filter >= 0)
    {
      adw_status_page_set_icon_name (self->list_status, "system-search-symbolic");
      adw_status_page_set_title (self->list_status, _("No Matching Postings"));
      adw_status_page_set_description (self->list_status, _("Try another search or status"));
    }
  else
    {
      adw_status_page_set_icon_name (self->list_status, "document-new-symbolic");
      adw_status_page_set_title (self->list_status, _("No Postings"));
      adw_status_page_set_description (self->list_status,
                                       _("Create one with Ctrl+N, or paste a posting’s text with Ctrl+V"));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
refilter (SlPostingsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_state (self);
}

static void
search_changed_cb (SlPostingsPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_clear_pointer (&self->search_folded, g_free);
  if (text[0] != '\0')
    self->search_folded = g_utf8_casefold (text, -1);
  refilter (self);
}

static void
stop_search_cb (SlPostingsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
status_dropdown_cb (SlPostingsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  self->status_filter = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  refilter (self);
}

static int
find_position (SlPostingsPage *self,
               const char     *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr (SlPosting) posting = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (sl_record_get_id (SL_RECORD (posting)), id) == 0)
        return (int) i;
    }

  return -1;
}

/* Selection and the editor. The editor is built the first time it is
 * needed (the Edit view, or an action that goes through it): the window
 * opens on the board, and its fields cost a good part of the startup.
 * Until then the page keeps the selected posting itself. */

static void schedule_preview (SlPostingsPage *self);
static void editor_save_failed_cb (SlPostingsPage *self,
                                   const char     *message);

static SlPostingEditor *
ensure_editor (SlPostingsPage *self)
{
  if (self->editor != NULL)
    return self->editor;

  self->editor = SL_POSTING_EDITOR (sl_posting_editor_new (self->store));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->editor));
  g_signal_connect_object (self->editor, "changed", G_CALLBACK (schedule_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "save-failed", G_CALLBACK (editor_save_failed_cb), self, G_CONNECT_SWAPPED);
  sl_posting_editor_set_posting (self->editor, self->posting);
  g_clear_object (&self->posting);
  return self->editor;
}

/* The posting shown, with the editor's unsaved edits if it has any. */
static SlPosting *
current_posting (SlPostingsPage *self)
{
  return self->editor != NULL ? sl_posting_editor_get_posting (self->editor) : self->posting;
}

static void
set_current_posting (SlPostingsPage *self,
                     SlPosting      *posting)
{
  if (self->editor != NULL)
    sl_posting_editor_set_posting (self->editor, posting);
  else
    g_set_object (&self->posting, posting);
}

/* Saves what the editor has not saved yet; FALSE if that failed. */
gboolean
sl_postings_page_flush_editor (SlPostingsPage *self)
{
  return self->editor == NULL || sl_posting_editor_flush (self->editor);
}

static void
update_actions (SlPostingsPage *self)
{
  gboolean has_posting = current_posting (self) != NULL;
  static const char * const needs_posting[] = {
    "postings.duplicate", "postings.archive", "postings.delete", "postings.copy-jsonld",
    "postings.copy-markdown", "postings.copy-text", "postings.save-as",
  };

  for (guint i = 0; i < G_N_ELEMENTS (needs_posting); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), needs_posting[i], has_posting);
  sl_read_only_disable_actions (GTK_WIDGET (self), self->store,
                                (const char * const[]) { "postings.new", "postings.duplicate",
                                                         "postings.archive", "postings.delete",
                                                         "postings.restore", "postings.import",
                                                         "postings.paste", "postings.undo-import",
                                                         NULL });

  gtk_stack_set_visible_child_name (self->content_stack, has_posting ? "posting" : "empty");
}

/* The board: it reads its columns' applications only while it shows, and
 * the first time it shows (usually as the window opens) only after the frame
 * that maps it, so that the window appears without waiting for a large
 * posting's cards. */

static void
sync_board (SlPostingsPage *self)
{
  if (self->board == NULL)
    return;

  /* Hidden: board_map_cb() catches up. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->board)) ||
      self->board_tick_id != 0 || self->board_idle_id != 0)
    return;

  sl_board_set_posting_id (self->board, self->selected_id);
}

static gboolean
board_idle_cb (gpointer user_data)
{
  SlPostingsPage *self = user_data;

  self->board_idle_id = 0;
  sync_board (self);
  return G_SOURCE_REMOVE;
}

static gboolean
board_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  SlPostingsPage *self = user_data;

  /* This frame paints first; the idle runs after it. */
  self->board_tick_id = 0;
  if (self->board_idle_id == 0)
    self->board_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, board_idle_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
board_map_cb (SlPostingsPage *self)
{
  if (g_strcmp0 (sl_board_get_posting_id (self->board), self->selected_id) == 0 ||
      self->board_tick_id != 0 || self->board_idle_id != 0)
    return;

  if (self->board_shown)
    {
      sync_board (self);
      return;
    }

  self->board_shown = TRUE;
  self->board_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->board), board_tick_cb, self, NULL);
}

static void
selected_item_cb (SlPostingsPage *self)
{
  SlPosting *posting = gtk_single_selection_get_selected_item (self->selection);

  if (posting == NULL)
    {
      /* Keep editing while a refresh of the list briefly has no selection. */
      if (find_position (self, self->selected_id) >= 0)
        return;
      g_clear_pointer (&self->selected_id, g_free);
      set_current_posting (self, NULL);
    }
  else
    {
      g_free (self->selected_id);
      self->selected_id = g_strdup (sl_record_get_id (SL_RECORD (posting)));
      set_current_posting (self, posting);
    }

  sync_board (self);
  update_actions (self);
  schedule_preview (self);
}

static void
items_changed_cb (SlPostingsPage *self)
{
  SlPosting *selected = gtk_single_selection_get_selected_item (self->selection);

  /* A refresh of the store's list gives new objects: keep the posting being
   * edited selected, wherever it moved. */
  if (self->selected_id != NULL &&
      (selected == NULL || g_strcmp0 (sl_record_get_id (SL_RECORD (selected)), self->selected_id) != 0))
    {
      int position = find_position (self, self->selected_id);

      if (position >= 0)
        gtk_single_selection_set_selected (self->selection, (guint) position);
    }

  update_list_state (self);
}

gboolean
sl_postings_page_select_posting (SlPostingsPage *self,
                                 const char     *id)
{
  int position;

  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), FALSE);

  position = find_position (self, id);
  if (position < 0)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, (guint) position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", (guint) position);
  return TRUE;
}

void
sl_postings_page_show_content (SlPostingsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
list_activate_cb (SlPostingsPage *self,
                  guint           position)
{
  sl_postings_page_show_content (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "board");
  gtk_widget_child_focus (GTK_WIDGET (self->board), GTK_DIR_TAB_FORWARD);
}

/* On a narrow window a single click on a posting opens it, as in GNOME's
 * sidebars: the click has selected the row once the idle runs. */
static gboolean
sidebar_click_idle_cb (gpointer user_data)
{
  SlPostingsPage *self = user_data;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (adw_leaflet_get_folded (self->leaflet) && position != GTK_INVALID_LIST_POSITION)
    list_activate_cb (self, position);

  return G_SOURCE_REMOVE;
}

static void
sidebar_click_released_cb (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           SlPostingsPage  *self)
{
  GtkWidget *picked;

  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  for (; picked != NULL && picked != GTK_WIDGET (self->list_view); picked = gtk_widget_get_parent (picked))
    {
      if (g_strcmp0 (gtk_widget_get_css_name (picked), "row") == 0)
        {
          g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, sidebar_click_idle_cb,
                           g_object_ref (self), g_object_unref);
          return;
        }
    }
}

static void
back_clicked_cb (SlPostingsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
update_preview (SlPostingsPage *self)
{
  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->preview_dirty = FALSE;

  sl_posting_preview_set_posting (self->preview, current_posting (self));
}

static gboolean
preview_timeout_cb (gpointer user_data)
{
  SlPostingsPage *self = user_data;

  self->preview_id = 0;
  update_preview (self);

  return G_SOURCE_REMOVE;
}

static gboolean
preview_visible (SlPostingsPage *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "preview") == 0 &&
         gtk_widget_get_mapped (GTK_WIDGET (self->preview));
}

/* Renders at most every PREVIEW_DELAY_MS while typing, and not at all while
 * the preview is hidden. */
static void
schedule_preview (SlPostingsPage *self)
{
  if (!preview_visible (self))
    {
      self->preview_dirty = TRUE;
      return;
    }

  if (self->preview_id == 0)
    self->preview_id = g_timeout_add (PREVIEW_DELAY_MS, preview_timeout_cb, self);
}

static void
view_changed_cb (SlPostingsPage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  /* The Edit view builds the editor as it first shows. */
  if (g_strcmp0 (view, "edit") == 0)
    ensure_editor (self);
  if (self->preview_dirty && g_strcmp0 (view, "preview") == 0)
    update_preview (self);
}

static void
editor_save_failed_cb (SlPostingsPage *self,
                       const char     *message)
{
  sl_postings_page_toast (self, message);
}


/* The context menu: right click, long press, the Menu key and Shift+F10. */

static void
popup_context_menu (SlPostingsPage *self,
                    GtkWidget      *relative_to,
                    double          x,
                    double          y)
{
  graphene_point_t point;
  GdkRectangle rect;

  if (current_posting (self) == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (!gtk_widget_compute_point (relative_to, GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    point = GRAPHENE_POINT_INIT (0, 0);

  rect = (GdkRectangle) { (int) point.x, (int) point.y, 1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static gboolean
select_row_at (SlPostingsPage *self,
               double          x,
               double          y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = NULL;

  /* The row widget is inside the list item: look down from what was hit,
   * then up, whichever finds it. */
  for (GtkWidget *w = picked; w != NULL && w != GTK_WIDGET (self->list_view); w = gtk_widget_get_parent (w))
    {
      if (SL_IS_POSTING_ROW (w))
        {
          row = w;
          break;
        }
      if (SL_IS_POSTING_ROW (gtk_widget_get_first_child (w)))
        {
          row = gtk_widget_get_first_child (w);
          break;
        }
    }

  if (row == NULL || sl_posting_row_get_posting (SL_POSTING_ROW (row)) == NULL)
    return FALSE;

  return sl_postings_page_select_posting (self, sl_record_get_id (SL_RECORD (sl_posting_row_get_posting (SL_POSTING_ROW (row)))));
}

static void
list_right_click_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     SlPostingsPage  *self)
{
  if (!select_row_at (self, x, y))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_context_menu (self, GTK_WIDGET (self->list_view), x, y);
}

static void
list_long_press_cb (GtkGestureLongPress *gesture,
                    double               x,
                    double               y,
                    SlPostingsPage      *self)
{
  if (!select_row_at (self, x, y))
    return;

  popup_context_menu (self, GTK_WIDGET (self->list_view), x, y);
}

static void
show_menu_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  graphene_rect_t bounds;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)) &&
      gtk_widget_compute_bounds (focus, GTK_WIDGET (self), &bounds))
    {
      GdkRectangle rect = { (int) bounds.origin.x + 24, (int) (bounds.origin.y + bounds.size.height),
                            1, 1 };

      if (current_posting (self) == NULL)
        {
          gtk_widget_error_bell (widget);
          return;
        }
      gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
      gtk_popover_popup (GTK_POPOVER (self->context_menu));
      return;
    }

  popup_context_menu (self, GTK_WIDGET (self->list_view), 24, 24);
}

static void
add_list_shortcut (GtkShortcutController *controller,
                   const char            *trigger,
                   const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

static void
setup_list (SlPostingsPage *self)
{
  g_autoptr (GtkListItemFactory) factory = NULL;
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkShortcutController *shortcuts;
  GtkGesture *click;
  GtkGesture *long_press;

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->postings),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selected_item_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_builder_list_item_factory_new_from_resource (NULL, "/io/github/shortlist/Shortlist/postings/sl-posting-list-item.ui");
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "released", G_CALLBACK (sidebar_click_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  gtk_string_list_append (statuses, _("All Statuses"));
  for (int s = SL_POSTING_STATUS_DRAFT; s <= SL_POSTING_STATUS_ARCHIVED; s++)
    gtk_string_list_append (statuses, sl_posting_status_to_label ((SlPostingStatus) s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (status_dropdown_cb), self, G_CONNECT_SWAPPED);

  /* Keys that mean something else in a text field act only on the list. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  add_list_shortcut (shortcuts, "Delete", "postings.delete");
  add_list_shortcut (shortcuts, "KP_Delete", "postings.delete");
  add_list_shortcut (shortcuts, "<Control>v", "postings.paste");
  add_list_shortcut (shortcuts, "Menu", "postings.show-menu");
  add_list_shortcut (shortcuts, "<Shift>F10", "postings.show-menu");
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (shortcuts));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (list_right_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (list_long_press_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (long_press));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, self->sidebar);
}

static void
sl_postings_page_constructed (GObject *object)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (object);

  G_OBJECT_CLASS (sl_postings_page_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  self->postings = sl_store_list_postings (self->store);
  self->board = SL_BOARD (sl_board_new (self->store));
  adw_bin_set_child (self->board_bin, GTK_WIDGET (self->board));
  g_signal_connect_object (self->board, "map", G_CALLBACK (board_map_cb), self, G_CONNECT_SWAPPED);
  setup_list (self);
  selected_item_cb (self);
  update_list_state (self);
}

static void
sl_postings_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (widget);

  GTK_WIDGET_CLASS (sl_postings_page_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
sl_postings_page_dispose (GObject *object)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (object);

  g_clear_handle_id (&self->preview_id, g_source_remove);
  g_clear_handle_id (&self->board_idle_id, g_source_remove);
  if (self->board != NULL && self->board_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->board), self->board_tick_id);
  self->board_tick_id = 0;
  sl_postings_page_flush_editor (self);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  /* The switchers let go of the stack before it goes (libadwaita 1.2). */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->editor = NULL;
  self->board = NULL;
  g_clear_object (&self->posting);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->postings);

  G_OBJECT_CLASS (sl_postings_page_parent_class)->dispose (object);
}

static void
sl_postings_page_finalize (GObject *object)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (object);

  g_clear_pointer (&self->search_folded, g_free);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->default_organization, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_postings_page_parent_class)->finalize (object);
}

static void
sl_postings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DEFAULT_ORGANIZATION:
      g_value_set_string (value, self->default_organization);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_postings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SlPostingsPage *self = SL_POSTINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_DEFAULT_ORGANIZATION:
      if (g_strcmp0 (self->default_organization, g_value_get_string (value)) != 0)
        {
          g_free (self->default_organization);
          self->default_organization = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_postings_page_class_init (SlPostingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_postings_page_constructed;
  object_class->dispose = sl_postings_page_dispose;
  object_class->finalize = sl_postings_page_finalize;
  object_class->get_property = sl_postings_page_get_property;
  object_class->set_property = sl_postings_page_set_property;
  widget_class->size_allocate = sl_postings_page_size_allocate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The employer of postings that name none, in the JSON-LD export: the
   * "default-organization" setting, bound by the window. */
  properties[PROP_DEFAULT_ORGANIZATION] =
    g_param_spec_string ("default-organization", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_POSTING_ROW);
  g_type_ensure (SL_TYPE_POSTING_EDITOR);
  g_type_ensure (SL_TYPE_POSTING_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-postings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, list_status);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, content_header);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, board_bin);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, preview);
  gtk_widget_class_bind_template_child (widget_class, SlPostingsPage, context_menu_model);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  gtk_widget_class_install_action (widget_class, "postings.show-menu", NULL, show_menu_action_cb);
  sl_postings_page_install_actions (widget_class);
}

static void
sl_postings_page_init (SlPostingsPage *self)
{
  self->status_filter = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  sl_tooltips_hide_over_popovers (GTK_WIDGET (self));
  self->context_menu = gtk_popover_menu_new_from_model (self->context_menu_model);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
}

SlPostingsPage *
sl_postings_page_new (SlStore *store)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_POSTINGS_PAGE, "store", store, NULL);
}

SlStore *
sl_postings_page_get_store (SlPostingsPage *self)
{
  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), NULL);

  return self->store;
}

SlBoard *
sl_postings_page_get_board (SlPostingsPage *self)
{
  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), NULL);

  return self->board;
}

SlPostingEditor *
sl_postings_page_get_editor (SlPostingsPage *self)
{
  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), NULL);

  return ensure_editor (self);
}

GListModel *
sl_postings_page_get_visible_model (SlPostingsPage *self)
{
  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

SlPosting *
sl_postings_page_get_selected (SlPostingsPage *self)
{
  g_return_val_if_fail (SL_IS_POSTINGS_PAGE (self), NULL);

  return current_posting (self);
}

void
sl_postings_page_set_status_filter (SlPostingsPage *self,
                                    int             status)
{
  g_return_if_fail (SL_IS_POSTINGS_PAGE (self));
  g_return_if_fail (status >= -1 && status <= SL_POSTING_STATUS_ARCHIVED);

  gtk_drop_down_set_selected (self->status_dropdown, (guint) (status + 1));
}

void
sl_postings_page_set_search_text (SlPostingsPage *self,
                                  const char     *text)
{
  g_return_if_fail (SL_IS_POSTINGS_PAGE (self));

  if (text != NULL && text[0] != '\0')
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  search_changed_cb (self);
}

void
sl_postings_page_set_embedded (SlPostingsPage *self,
                               gboolean        embedded)
{
  AdwHeaderBar *bars[2];

  g_return_if_fail (SL_IS_POSTINGS_PAGE (self));

  bars[0] = self->sidebar_header;
  bars[1] = self->content_header;
  for (guint i = 0; i < G_N_ELEMENTS (bars); i++)
    {
      /* ":" puts no window buttons on either side; NULL follows the system. */
      adw_header_bar_set_decoration_layout (bars[i], embedded ? ":" : NULL);
      if (embedded)
        gtk_widget_add_css_class (GTK_WIDGET (bars[i]), "flat");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (bars[i]), "flat");
    }
}
