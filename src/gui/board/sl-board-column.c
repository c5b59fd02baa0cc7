/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoardColumn: one stage of the board: its header and a one-column GtkGridView of its cards. */
#define G_LOG_DOMAIN "sl-board-column"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-application-list.h"
#include "sl-board-column.h"
#include "sl-board-matches.h"
#include "sl-board-private.h"
#include "sl-read-only.h"
#include "sl-tooltips.h"

/* The space between two cards: the padding of the grid view's children
 * (gridview.board-list > child in sl-board.css), in pixels. */
#define CARD_GAP 8
/* The least height a card takes on screen, for when it cannot be measured. */
#define MIN_CARD_HEIGHT 64
/* The cards whose places a column reads before its first frame: more than
 * its first slice (at most 30), and than the grid view binds after it. */
#define FIRST_CARDS_READ 64

struct _SlBoardColumn
{
  GtkWidget           parent_instance;

  GtkWidget          *header;
  GtkLabel           *name_label;
  GtkLabel           *count_label;
  GtkMenuButton      *menu_button;
  GtkWidget          *scroller;
  /* A one-column GtkGridView rather than a GtkListView: GTK 4.8's list
   * view keeps 200 rows bound around what is shown (a thousand cards for
   * a board of big columns), its grid view about 30 rows. */
  GtkGridView        *list_view;

  SlStore            *store;
  SlStage            *stage;
  GListModel         *applications;
  GtkFilterListModel *filtered;
  GtkNoSelection     *selection;   /* the list view's model */
  /* Until the column's first frame is painted, the list view has only as
   * many cards as the window can show: this slice of filtered. */
  GtkSliceListModel  *first_slice;
  guint               all_shown_tick_id;
  guint               all_shown_idle_id;
  GtkDropTarget      *drop_target;
  char               *pending_focus_id;
  guint               focus_tick_id;
  gboolean            is_first;
  gboolean            is_last;
  gboolean            show_closed;  /* rejected, hired, withdrawn shown too */
  gboolean            menu_stale;   /* the stage menu is to be (re)made */
};

G_DEFINE_FINAL_TYPE (SlBoardColumn, sl_board_column, GTK_TYPE_WIDGET)

static SlBoard *
get_board (SlBoardColumn *self)
{
  return SL_BOARD (gtk_widget_get_ancestor (GTK_WIDGET (self), SL_TYPE_BOARD));
}

/* The first frame. GTK 4.8's grid view makes a widget for 30 rows from
 * the top of its model, three times what a column shows: for a board of
 * five big columns, building and measuring those is most of the time to
 * its first frame. So the list view starts with a slice of the cards that
 * fills the column (longer if a card further down is to be focused), and
 * gets the rest once the column is scrolled or the focus enters it: so
 * the columns nobody looks at cost no more than their first cards. The
 * slice is empty until the column is mapped and knows how tall it can
 * be: a guess made before would build cards only to drop them. */

static void
show_all_cards (SlBoardColumn *self)
{
  if (self->all_shown_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->all_shown_tick_id);
      self->all_shown_tick_id = 0;
    }
  g_clear_handle_id (&self->all_shown_idle_id, g_source_remove);
  /* The list view gets the filtered model itself: GTK 4.8's slice model
   * turns any change that adds or removes a card into a change of every
   * card after it. */
  if (self->first_slice != NULL)
    {
      gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->filtered));
      g_clear_object (&self->first_slice);
    }
}

/* Scrolling a column, or moving the focus into it, shows all its cards. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           SlBoardColumn            *self)
{
  show_all_cards (self);
  return FALSE;
}

static gboolean
all_shown_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (widget);

  self->all_shown_tick_id = 0;
  show_all_cards (self);
  return G_SOURCE_REMOVE;
}

/* From the frame clock: never from inside a card's action or a change of
 * focus, whose widget the change of model may take. */
static void
show_all_cards_later (SlBoardColumn *self)
{
  if (self->first_slice != NULL && self->all_shown_tick_id == 0)
    self->all_shown_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), all_shown_tick_cb, NULL, NULL);
}

static gboolean
all_shown_idle_cb (gpointer user_data)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (user_data);

  self->all_shown_idle_id = 0;
  show_all_cards (self);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                SlBoardColumn *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);
  if (self->first_slice != NULL && self->all_shown_idle_id == 0)
    self->all_shown_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, all_shown_idle_cb, self, NULL);
}

/* After the next frame is drawn: the focus entering a column needs the
 * rest of the cards only once it moves on, and when it came with a moved
 * card, making the grid view's next rows would hold up the frame that shows
 * the move (by 100 ms in a column of thousands). */
static void
show_all_cards_after_frame (SlBoardColumn *self)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->first_slice == NULL || self->all_shown_idle_id != 0)
    return;
  if (frame_clock == NULL)
    {
      show_all_cards_later (self);
      return;
    }
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
value_changed_cb (GtkAdjustment *adjustment,
                  SlBoardColumn *self)
{
  if (gtk_adjustment_get_value (adjustment) > 0)
    show_all_cards_later (self);
}

static void
focus_enter_cb (GtkEventControllerFocus *controller,
                SlBoardColumn           *self)
{
  show_all_cards_after_frame (self);
}

/* How tall the column can be: the height of its nearest ancestor that has
 * been given one already (the board, the page or the window), else of the
 * window as it will open, else of the tallest monitor. */
static int
available_height (SlBoardColumn *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GdkDisplay *display = gtk_widget_get_display (widget);
  GListModel *monitors = gdk_display_get_monitors (display);
  int height = 0, width;

  for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
       ancestor != NULL && height <= 0;
       ancestor = gtk_widget_get_parent (ancestor))
    height = gtk_widget_get_height (ancestor);
  if (height <= 0 && GTK_IS_WINDOW (root))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);

  for (guint i = 0; height <= 0 && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      height = MAX (height, geometry.height);
    }
  return height > 0 ? height : 30 * MIN_CARD_HEIGHT;
}

/* The first cards that fill @height: those that fit, and the one the
 * bottom edge cuts. */
static guint
cards_to_fill (SlBoardColumn *self,
               int            height)
{
  GListModel *cards = G_LIST_MODEL (self->filtered);
  guint n_cards = g_list_model_get_n_items (cards);
  SlBoardCardMetrics metrics;
  guint n = 0;

  sl_board_card_measure_metrics (&metrics);
  while (n < n_cards && height > 0)
    {
      g_autoptr (SlApplication) application = g_list_model_get_item (cards, n++);

      height -= MAX (sl_board_card_estimate_height (&metrics, application, sl_stage_get_kind (self->stage)),
                     MIN_CARD_HEIGHT / 2) + CARD_GAP;
    }
  return n;
}

/* Makes the first slice as long as the cards that fill the column (or
 * longer, for a card to be focused). */
static void
fill_first_slice (SlBoardColumn *self)
{
  int header = 0;
  guint cards;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, -1, NULL, &header, NULL, NULL);
  cards = cards_to_fill (self, available_height (self) - header);
  if (cards > gtk_slice_list_model_get_size (self->first_slice))
    gtk_slice_list_model_set_size (self->first_slice, cards);
}

static void
sl_board_column_map (GtkWidget *widget)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (widget);

  GTK_WIDGET_CLASS (sl_board_column_parent_class)->map (widget);

  if (self->first_slice == NULL)
    return;

  fill_first_slice (self);
}

static void
update_count (SlBoardColumn *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (self->applications);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (shown == all)
    text = g_strdup_printf ("%u", all);
  else
    /* Translators: the cards a search shows in a column, of all its cards. */
    text = g_strdup_printf (ngettext ("%u of %u", "%u of %u", all), shown, all);
  gtk_label_set_label (self->count_label, text);

  description = g_strdup_printf (ngettext ("%u candidate", "%u candidates", shown), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

SlBoardCard *
sl_board_column_find_card (SlBoardColumn *self,
                           const char    *application_id)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);
  g_return_val_if_fail (application_id != NULL, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      SlApplication *application;

      if (!SL_IS_BOARD_CARD (child) || !gtk_widget_get_child_visible (row))
        continue;
      application = sl_board_card_get_application (SL_BOARD_CARD (child));
      if (application != NULL &&
          g_strcmp0 (sl_record_get_id (SL_RECORD (application)), application_id) == 0)
        return SL_BOARD_CARD (child);
    }

  return NULL;
}

static gboolean
try_pending_focus (SlBoardColumn *self)
{
  SlBoardCard *card;
  g_autofree char *place = NULL;

  if (self->pending_focus_id == NULL)
    return TRUE;

  card = sl_board_column_find_card (self, self->pending_focus_id);
  if (card == NULL)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (card));
  place = sl_board_describe_place (get_board (self), self->pending_focus_id);
  sl_board_card_set_place (card, place);
  g_clear_pointer (&self->pending_focus_id, g_free);
  return TRUE;
}

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (widget);

  if (try_pending_focus (self) || self->pending_focus_id == NULL)
    {
      self->focus_tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static int
find_in (GListModel *model,
         const char *application_id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (sl_record_get_id (record), application_id) == 0)
        return (int) i;
    }
  return -1;
}

int
sl_board_column_find (SlBoardColumn *self,
                      const char    *application_id)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), -1);
  g_return_val_if_fail (application_id != NULL, -1);

  /* Without reading every card of a big column. */
  if (SL_IS_APPLICATION_LIST (self->applications))
    return sl_application_list_find (SL_APPLICATION_LIST (self->applications), application_id);
  return find_in (self->applications, application_id);
}

void
sl_board_column_focus_card (SlBoardColumn *self,
                            const char    *application_id)
{
  int shown;

  g_return_if_fail (SL_IS_BOARD_COLUMN (self));
  g_return_if_fail (application_id != NULL);

  if (gtk_filter_list_model_get_model (self->filtered) == self->applications)
    shown = sl_board_column_find (self, application_id);
  else
    shown = find_in (G_LIST_MODEL (self->filtered), application_id);
  if (shown < 0)
    return;

  if (self->first_slice != NULL && (guint) shown >= gtk_slice_list_model_get_size (self->first_slice))
    gtk_slice_list_model_set_size (self->first_slice, (guint) shown + 1);
  g_free (self->pending_focus_id);
  self->pending_focus_id = g_strdup (application_id);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", (guint) shown);
  if (!try_pending_focus (self) && self->focus_tick_id == 0)
    self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

/* Cards. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SlBoardColumn            *self)
{
  GtkWidget *card = sl_board_card_new ();

  sl_board_card_set_stage_kind (SL_BOARD_CARD (card), sl_stage_get_kind (self->stage));
  /* Open and the menu stay; the moves and edits go, dragging included. */
  if (sl_read_only_disable_actions (card, self->store,
                                    (const char * const[]) { "card.move-next", "card.move-previous",
                                                             "card.move-up", "card.move-down", "card.move-to",
                                                             "card.reject", "card.hire", "card.erase", NULL }))
    {
      g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (card);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_DRAG_SOURCE (controller))
            gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
        }
    }
  gtk_list_item_set_child (item, card);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         SlBoardColumn            *self)
{
  SlBoardCard *card = SL_BOARD_CARD (gtk_list_item_get_child (item));
  SlApplication *application = gtk_list_item_get_item (item);

  sl_board_card_set_application (card, application);
  if (self->pending_focus_id != NULL &&
      g_strcmp0 (sl_record_get_id (SL_RECORD (application)), self->pending_focus_id) == 0 &&
      self->focus_tick_id == 0)
    self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

/* GTK 4.8 unbinds and binds again every row after a change in the list, even
 * a row whose item stays: the card keeps its application until it is bound
 * to another one (or destroyed), so that binding the same one is free. */
static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SlBoardColumn            *self)
{
}

/* Dropping a dragged card. */

/* The index among the stage's other cards (without @dragged_id) where a
 * card dropped at (@x, @y) goes, -1 for the bottom. */
static int
drop_index (SlBoardColumn *self,
            const char    *dragged_id,
            double         x,
            double         y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *card = NULL;
  SlApplication *target;
  const char *target_id;
  double card_x, card_y, list_x, list_y;
  int found, dragged;
  guint index;

  if (picked != NULL)
    {
      card = SL_IS_BOARD_CARD (picked) ? picked : gtk_widget_get_ancestor (picked, SL_TYPE_BOARD_CARD);
      if (card == NULL && SL_IS_BOARD_CARD (gtk_widget_get_first_child (picked)))
        card = gtk_widget_get_first_child (picked);
    }

  if (card == NULL || sl_board_card_get_application (SL_BOARD_CARD (card)) == NULL)
    {
      /* Above the list (on the header) is the top; anywhere else the bottom. */
      if (gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->list_view),
                                            x, y, &list_x, &list_y) && list_y < 0)
        return 0;
      return -1;
    }

  target = sl_board_card_get_application (SL_BOARD_CARD (card));
  target_id = sl_record_get_id (SL_RECORD (target));
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), card, x, y, &card_x, &card_y))
    card_y = 0;

  /* The target's index among the other cards. */
  found = sl_board_column_find (self, target_id);
  dragged = sl_board_column_find (self, dragged_id);
  index = found < 0 ? g_list_model_get_n_items (self->applications) : (guint) found;
  if (dragged >= 0 && (found < 0 || dragged < found))
    index--;

  if (g_strcmp0 (target_id, dragged_id) != 0 && card_y > gtk_widget_get_height (card) / 2.0)
    index++;

  return (int) index;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SlBoardColumn *self)
{
  g_autoptr (GError) error = NULL;
  SlBoard *board = get_board (self);
  SlApplication *application;
  const char *id;

  /* A string is never taken for an application id, even one that is. */
  if (board == NULL || !G_VALUE_HOLDS (value, SL_TYPE_APPLICATION) ||
      (application = g_value_get_object (value)) == NULL)
    return FALSE;
  id = sl_record_get_id (SL_RECORD (application));

  if (!sl_board_move_application (board, id, sl_board_column_get_stage_id (self),
                                  drop_index (self, id, x, y), &error))
    {
      sl_board_show_error (board, error);
      return FALSE;
    }
  return TRUE;
}

/* Public. */

const char *
sl_board_column_get_stage_id (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);

  return sl_record_get_id (SL_RECORD (self->stage));
}

SlStage *
sl_board_column_get_stage (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);

  return self->stage;
}

/* Every card of the column is about to change: the grid view would ask
 * for each new one (reading thousands from the store). Back to a first
 * slice, as when the column opened: empty while the cards change, then
 * (end_change_of_all()) those that fill the column, the rest once it is
 * scrolled or focused. */
static void
begin_change_of_all (SlBoardColumn *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (self->first_slice == NULL)
    {
      self->first_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, 0);
      gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->first_slice));
    }
  else
    gtk_slice_list_model_set_size (self->first_slice, 0);
}

static void
end_change_of_all (SlBoardColumn *self)
{
  if (self->first_slice != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill_first_slice (self);
  update_count (self);
}

/* A column of the active pipeline shows the active applications; one that
 * ends it (Hired, Rejected) shows all its cards, which are there because
 * they ended. */
static gboolean
shows_active_only (SlBoardColumn *self)
{
  return !self->show_closed && sl_stage_get_kind (self->stage) == SL_STAGE_KIND_ACTIVE;
}

static void
update_active_only (SlBoardColumn *self)
{
  SlApplicationList *list = SL_APPLICATION_LIST (self->applications);

  if (sl_application_list_get_active_only (list) == shows_active_only (self))
    return;
  begin_change_of_all (self);
  sl_application_list_set_active_only (list, shows_active_only (self));
  end_change_of_all (self);
}

static GMenuItem *
stage_item (const char *label,
            const char *action,
            const char *stage_id)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (stage_id));
  return item;
}

/* The stage menu is made when it is first opened (and again after a
 * change): a popover menu for each column would cost the board's first
 * frame a few milliseconds a column. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (user_data);
  g_autoptr (GMenu) menu = NULL;
  g_autoptr (GMenu) section = NULL;
  g_autoptr (GMenu) delete_section = NULL;
  g_autoptr (GMenuItem) rename = NULL;
  g_autoptr (GMenuItem) delete = NULL;
  const char *id;

  if (!self->menu_stale || self->stage == NULL)
    return;
  self->menu_stale = FALSE;

  menu = g_menu_new ();
  section = g_menu_new ();
  delete_section = g_menu_new ();
  id = sl_record_get_id (SL_RECORD (self->stage));
  rename = stage_item (_("_Rename…"), "board.rename-stage", id);
  g_menu_append_item (section, rename);
  if (!self->is_first)
    {
      g_autoptr (GMenuItem) left = stage_item (_("Move _Left"), "board.move-stage-left", id);
      g_menu_append_item (section, left);
    }
  if (!self->is_last)
    {
      g_autoptr (GMenuItem) right = stage_item (_("Move _Right"), "board.move-stage-right", id);
      g_menu_append_item (section, right);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  delete = stage_item (_("_Delete…"), "board.delete-stage", id);
  g_menu_append_item (delete_section, delete);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (delete_section));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

void
sl_board_column_set_stage (SlBoardColumn *self,
                           SlStage       *stage,
                           gboolean       is_first,
                           gboolean       is_last)
{
  g_autofree char *menu_label = NULL;
  g_autofree char *list_label = NULL;

  g_return_if_fail (SL_IS_BOARD_COLUMN (self));
  g_return_if_fail (SL_IS_STAGE (stage));

  g_set_object (&self->stage, stage);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (SL_IS_BOARD_CARD (gtk_widget_get_first_child (row)))
      sl_board_card_set_stage_kind (SL_BOARD_CARD (gtk_widget_get_first_child (row)), sl_stage_get_kind (stage));
  gtk_label_set_label (self->name_label, sl_stage_get_name (stage));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), sl_stage_get_name (stage));

  self->is_first = is_first;
  self->is_last = is_last;
  self->menu_stale = TRUE;

  /* Translators: %s is a stage's name. */
  menu_label = g_strdup_printf (_("%s Stage Menu"), sl_stage_get_name (stage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  /* Translators: %s is a stage's name. */
  list_label = g_strdup_printf (_("Candidates in %s"), sl_stage_get_name (stage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sl_stage_get_name (stage), -1);
  if (self->applications != NULL)
    update_active_only (self);
}

GListModel *
sl_board_column_get_applications (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);

  return self->applications;
}

GListModel *
sl_board_column_get_model (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

guint
sl_board_column_get_count (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/**
 * sl_board_column_set_matches:
 * @self: a #SlBoardColumn
 * @candidate_ids: (nullable): the candidates a search found, as a set of
 *   ids, or %NULL to show every card
 *
 * Shows only the cards of @candidate_ids (see #SlBoardMatches).
 */
void
sl_board_column_set_show_closed (SlBoardColumn *self,
                                 gboolean       show_closed)
{
  g_return_if_fail (SL_IS_BOARD_COLUMN (self));

  self->show_closed = !!show_closed;
  update_active_only (self);
}

void
sl_board_column_set_matches (SlBoardColumn *self,
                             GHashTable    *candidate_ids)
{
  g_autoptr (SlBoardMatches) matches = NULL;

  g_return_if_fail (SL_IS_BOARD_COLUMN (self));

  begin_change_of_all (self);
  if (candidate_ids == NULL)
    {
      gtk_filter_list_model_set_model (self->filtered, self->applications);
    }
  else
    {
      matches = sl_board_matches_new (SL_APPLICATION_LIST (self->applications), candidate_ids);
      gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (matches));
    }
  end_change_of_all (self);

  /* Another search shows the first of its cards: the list view would keep
   * its place in the column instead, with the first matches out of sight. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

GtkWidget *
sl_board_column_get_list_view (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);

  return GTK_WIDGET (self->list_view);
}

GtkDropTarget *
sl_board_column_get_drop_target (SlBoardColumn *self)
{
  g_return_val_if_fail (SL_IS_BOARD_COLUMN (self), NULL);

  return self->drop_target;
}

/* GObject. */

static void
sl_board_column_dispose (GObject *object)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (object);

  if (self->focus_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick_id);
      self->focus_tick_id = 0;
    }
  if (self->all_shown_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->all_shown_tick_id);
      self->all_shown_tick_id = 0;
    }
  g_clear_handle_id (&self->all_shown_idle_id, g_source_remove);
  if (self->list_view != NULL)
    gtk_grid_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_BOARD_COLUMN);
  self->list_view = NULL;

  g_clear_object (&self->selection);
  g_clear_object (&self->first_slice);
  g_clear_object (&self->filtered);
  g_clear_object (&self->applications);
  g_clear_object (&self->stage);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_board_column_parent_class)->dispose (object);
}

static void
sl_board_column_finalize (GObject *object)
{
  SlBoardColumn *self = SL_BOARD_COLUMN (object);

  g_free (self->pending_focus_id);

  G_OBJECT_CLASS (sl_board_column_parent_class)->finalize (object);
}

/* Fills @bounds with @color, its corners rounded by @radius. Only a band of
 * @radius at the top and the bottom is clipped to the rounded corners: the
 * GL renderer (in software, under Xvfb) tests every pixel a rounded clip
 * covers, and a lane is most of the board's height; a plain rectangle costs
 * next to nothing. A CSS background would be one rounded clip over it all. */
static void
append_rounded_color (GtkSnapshot           *snapshot,
                      const graphene_rect_t *bounds,
                      float                  radius,
                      const GdkRGBA         *color)
{
  GskRoundedRect outline;
  float band;

  if (bounds->size.width <= 0 || bounds->size.height <= 0)
    return;

  radius = MIN (radius, MIN (bounds->size.width, bounds->size.height) / 2);
  band = MAX (radius, 1);
  gsk_rounded_rect_init_from_rect (&outline, bounds, radius);
  if (bounds->size.height > 2 * band)
    gtk_snapshot_append_color (snapshot, color,
                               &GRAPHENE_RECT_INIT (bounds->origin.x, bounds->origin.y + band,
                                                    bounds->size.width, bounds->size.height - 2 * band));
  else
    band = bounds->size.height / 2;
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (bounds->origin.x, bounds->origin.y, bounds->size.width, band));
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (bounds->origin.x, bounds->origin.y + bounds->size.height - band,
                                                  bounds->size.width, band));
  gtk_snapshot_pop (snapshot);
}

/* The lane: the text colour at 4%, with 12px corners (the CSS gives only
 * the border-radius, for the drop highlight). */
static void
sl_board_column_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= 0.04f;
  append_rounded_color (snapshot,
                        &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)),
                        12.f, &color);

  GTK_WIDGET_CLASS (sl_board_column_parent_class)->snapshot (widget, snapshot);
}

static void
sl_board_column_class_init (SlBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_board_column_dispose;
  object_class->finalize = sl_board_column_finalize;
  widget_class->map = sl_board_column_map;
  widget_class->snapshot = sl_board_column_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/board/sl-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, SlBoardColumn, header);
  gtk_widget_class_bind_template_child (widget_class, SlBoardColumn, name_label);
  gtk_widget_class_bind_template_child (widget_class, SlBoardColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, SlBoardColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SlBoardColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, SlBoardColumn, list_view);
  gtk_widget_class_set_css_name (widget_class, "boardcolumn");
}

static void
sl_board_column_init (SlBoardColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sl_tooltips_hide_over_popovers (GTK_WIDGET (self));
}

GtkWidget *
sl_board_column_new (SlStore  *store,
                     SlStage  *stage,
                     gboolean  show_closed)
{
  SlBoardColumn *self;
  GtkListItemFactory *factory;
  GtkEventController *scroll;
  GtkEventController *focus;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (SL_IS_STAGE (stage), NULL);

  self = g_object_new (SL_TYPE_BOARD_COLUMN, NULL);
  self->store = g_object_ref (store);
  self->stage = g_object_ref (stage);
  self->show_closed = !!show_closed;
  /* The places of the cards the first frame shows, and their count; the
   * others when needed (see sl_application_list_new_partial()). */
  self->applications = G_LIST_MODEL (sl_application_list_new_filtered (store, sl_record_get_id (SL_RECORD (stage)),
                                                                       FIRST_CARDS_READ, shows_active_only (self)));
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->applications), NULL);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_grid_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  /* The grid view makes the widgets of its first rows at once: none
   * until the column is mapped, then as many as it shows. */
  self->first_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, 0);
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->first_slice)));
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* The rest of the cards once the column is scrolled or focused. */
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, 0);
  gtk_widget_add_controller (self->scroller, scroll);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (focus_enter_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), focus);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                           "value-changed", G_CALLBACK (value_changed_cb), self, 0);

  self->drop_target = gtk_drop_target_new (SL_TYPE_APPLICATION, GDK_ACTION_MOVE);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
  if (sl_store_is_read_only (store))
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drop_target), GTK_PHASE_NONE);

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  sl_board_column_set_stage (self, stage, FALSE, FALSE);
  update_count (self);

  return GTK_WIDGET (self);
}
