/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoard: the kanban board of one posting, a horizontal row of stage columns. */
#define G_LOG_DOMAIN "sl-board"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sl-application-list.h"
#include "sl-error.h"
#include "sl-board.h"
#include "sl-board-private.h"
#include "sl-read-only.h"
#include "sl-toast.h"
#include "candidates/sl-candidate-details.h"



G_DEFINE_FINAL_TYPE (SlBoard, sl_board, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_POSTING_ID,
  PROP_SHOW_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
sl_board_add_toast (SlBoard  *self,
                    AdwToast *toast)
{
  g_return_if_fail (SL_IS_BOARD (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  sl_toast_show (self->toast_overlay, toast);
}

void
sl_board_show_error (SlBoard      *self,
                     const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  sl_board_add_toast (self, toast);
}

/* Columns. */

SlBoardColumn *
sl_board_find_column (SlBoard    *self,
                      const char *stage_id)
{
  g_return_val_if_fail (SL_IS_BOARD (self), NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      SlBoardColumn *column = g_ptr_array_index (self->columns, i);

      if (g_strcmp0 (sl_board_column_get_stage_id (column), stage_id) == 0)
        return column;
    }
  return NULL;
}

int
sl_board_column_index (SlBoard       *self,
                       SlBoardColumn *column)
{
  guint index;

  if (column != NULL && g_ptr_array_find (self->columns, column, &index))
    return (int) index;
  return -1;
}

guint
sl_board_get_n_columns (SlBoard *self)
{
  g_return_val_if_fail (SL_IS_BOARD (self), 0);

  return self->columns->len;
}

SlBoardColumn *
sl_board_get_column (SlBoard *self,
                     guint    index)
{
  g_return_val_if_fail (SL_IS_BOARD (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, index);
}

SlBoardCard *
sl_board_find_card (SlBoard    *self,
                    const char *application_id)
{
  g_return_val_if_fail (SL_IS_BOARD (self), NULL);
  g_return_val_if_fail (application_id != NULL, NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      SlBoardCard *card = sl_board_column_find_card (g_ptr_array_index (self->columns, i), application_id);

      if (card != NULL)
        return card;
    }
  return NULL;
}

/* The column whose list holds @application_id, and its index there. */
SlBoardColumn *
sl_board_locate (SlBoard    *self,
                 const char *application_id,
                 int        *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      SlBoardColumn *column = g_ptr_array_index (self->columns, i);
      int found = sl_board_column_find (column, application_id);

      if (found >= 0)
        {
          if (index != NULL)
            *index = found;
          return column;
        }
    }
  return NULL;
}

char *
sl_board_describe_place (SlBoard    *self,
                         const char *application_id)
{
  SlBoardColumn *column;
  int index = -1;
  guint n_cards;

  if (self == NULL)
    return NULL;

  column = sl_board_locate (self, application_id, &index);
  if (column == NULL)
    return NULL;

  /* Translators: where a card is: "In Screening, 3 of 12". */
  n_cards = g_list_model_get_n_items (sl_board_column_get_applications (column));
  return g_strdup_printf (ngettext ("In %s, %d of %u", "In %s, %d of %u", n_cards),
                          sl_stage_get_name (sl_board_column_get_stage (column)),
                          index + 1, n_cards);
}

static void
update_summary (SlBoard *self)
{
  guint total = 0;
  g_autofree char *text = NULL;

  guint found = 0;

  for (guint i = 0; i < self->columns->len; i++)
    {
      SlBoardColumn *column = g_ptr_array_index (self->columns, i);

      total += g_list_model_get_n_items (sl_board_column_get_applications (column));
      found += sl_board_column_get_count (column);
    }

  if (self->matches != NULL)
    /* Translators: while searching the board: "12 of 340 candidates found". */
    text = g_strdup_printf (ngettext ("%u of %u candidate found", "%u of %u candidates found", total),
                            found, total);
  else
    text = g_strdup_printf (ngettext ("%u candidate in %u stages", "%u candidates in %u stages", total),
                            total, self->columns->len);
  gtk_label_set_label (self->summary_label, text);
}

static void
rebuild (SlBoard *self)
{
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) columns = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *previous = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  if (self->posting_id != NULL)
    {
      stages = sl_store_list_stages (self->store, self->posting_id, &error);
      if (stages == NULL)
        {
          g_warning ("Could not list the stages of %s: %s", self->posting_id, error->message);
          return;
        }
    }
  else
    stages = g_ptr_array_new ();

  columns = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < stages->len; i++)
    {
      SlStage *stage = g_ptr_array_index (stages, i);
      SlBoardColumn *column = sl_board_find_column (self, sl_record_get_id (SL_RECORD (stage)));

      if (column == NULL)
        {
          column = SL_BOARD_COLUMN (sl_board_column_new (self->store, stage, self->show_closed));
          sl_board_column_set_matches (column, self->matches);
          g_signal_connect_object (sl_board_column_get_applications (column), "items-changed",
                                   G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
          gtk_box_insert_child_after (self->columns_box, GTK_WIDGET (column), previous);
        }
      else
        gtk_box_reorder_child_after (self->columns_box, GTK_WIDGET (column), previous);

      sl_board_column_set_stage (column, stage, i == 0, i + 1 == stages->len);
      g_ptr_array_add (columns, g_object_ref (column));
      previous = GTK_WIDGET (column);
    }

  for (guint i = 0; i < self->columns->len; i++)
    {
      GtkWidget *column = g_ptr_array_index (self->columns, i);

      if (!g_ptr_array_find (columns, column, NULL))
        gtk_box_remove (self->columns_box, column);
    }

  g_ptr_array_unref (self->columns);
  self->columns = g_steal_pointer (&columns);

  gtk_widget_set_visible (self->add_stage_button, self->posting_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.add-candidate",
                                 self->posting_id != NULL && self->columns->len > 0);
  if (sl_read_only_disable_actions (GTK_WIDGET (self), self->store,
                                    (const char * const[]) { "board.add-candidate", "board.add-stage",
                                                             "board.rename-stage", "board.move-stage-left",
                                                             "board.move-stage-right", "board.delete-stage",
                                                             "board.undo", NULL }))
    gtk_widget_set_visible (self->add_stage_button, FALSE);
  update_summary (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  SlBoard *self = SL_BOARD (user_data);

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (SlBoard    *self,
                  const char *record_type,
                  const char *record_id,
                  SlStore    *store)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_cb, self, NULL);
}

/* Reads the columns' stages now rather than from the idle after "changed". */
static void
reload_column (SlBoardColumn *column)
{
  g_autoptr (GError) error = NULL;

  if (column != NULL &&
      !sl_application_list_reload (SL_APPLICATION_LIST (sl_board_column_get_applications (column)), &error))
    g_warning ("Could not reload a column: %s", error->message);
}

/* Scrolling. The board scrolls sideways, each column down. GtkViewport's
 * own scroll-to-focus measures a card before it is laid out (after a move,
 * a card's widget is new) and follows the focus anywhere, also to the Add
 * Stage button at the end when a posting's columns are replaced: the board
 * brings the focused card's column into view itself, once it is laid out. */

static GtkAdjustment *
get_hadjustment (SlBoard *self)
{
  return gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
}

/* Scrolls the least that shows all of @widget's column (or @widget), its
 * start when it is wider than the board. */
static void
scroll_into_view (SlBoard   *self,
                  GtkWidget *widget)
{
  GtkAdjustment *adjustment = get_hadjustment (self);
  GtkWidget *column = gtk_widget_get_ancestor (widget, SL_TYPE_BOARD_COLUMN);
  graphene_rect_t bounds;
  double value, page, start, end;

  if (column != NULL)
    widget = column;
  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (self->columns_box), &bounds))
    return;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* The box's spacing on each side, so a column does not touch the edge. */
  start = bounds.origin.x - gtk_box_get_spacing (self->columns_box);
  end = bounds.origin.x + bounds.size.width + gtk_box_get_spacing (self->columns_box);
  if (end - start > page || start < value)
    gtk_adjustment_set_value (adjustment, start);
  else if (end > value + page)
    gtk_adjustment_set_value (adjustment, end - page);
}

static gboolean
in_view_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  SlBoard *self = SL_BOARD (widget);

  self->in_view_tick_id = 0;
  if (self->in_view != NULL && gtk_widget_is_ancestor (self->in_view, GTK_WIDGET (self->columns_box)))
    scroll_into_view (self, self->in_view);
  g_clear_weak_pointer (&self->in_view);
  return G_SOURCE_REMOVE;
}

/* From the next frame: a card the focus just went to may be new, laid out
 * in this frame's layout phase. */
static void
keep_in_view (SlBoard   *self,
              GtkWidget *widget)
{
  g_set_weak_pointer (&self->in_view, widget);
  if (self->in_view_tick_id == 0)
    self->in_view_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), in_view_tick_cb, NULL, NULL);
}

static void
focus_widget_changed_cb (SlBoard    *self,
                         GParamSpec *pspec,
                         GtkRoot    *root)
{
  GtkWidget *focus = gtk_root_get_focus (root);
  GtkWidget *card;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->columns_box)))
    return;

  card = SL_IS_BOARD_CARD (focus) ? focus : gtk_widget_get_ancestor (focus, SL_TYPE_BOARD_CARD);
  if (card != NULL && sl_board_card_get_application (SL_BOARD_CARD (card)) != NULL)
    {
      g_free (self->focus_application_id);
      self->focus_application_id = g_strdup (sl_record_get_id (SL_RECORD (sl_board_card_get_application (SL_BOARD_CARD (card)))));
    }
  keep_in_view (self, focus);
}

static void
sl_board_root (GtkWidget *widget)
{
  SlBoard *self = SL_BOARD (widget);

  GTK_WIDGET_CLASS (sl_board_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_object (self->root, "notify::focus-widget", G_CALLBACK (focus_widget_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
sl_board_unroot (GtkWidget *widget)
{
  SlBoard *self = SL_BOARD (widget);

  if (self->root != NULL)
    g_signal_handlers_disconnect_by_func (self->root, focus_widget_changed_cb, self);
  self->root = NULL;
  if (self->in_view_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->in_view_tick_id);
      self->in_view_tick_id = 0;
    }

  GTK_WIDGET_CLASS (sl_board_parent_class)->unroot (widget);
}

/* Gives the focus to the card that had it last, else to the first card of
 * the first column that has one, else to the Add Candidate button; the
 * board scrolls to it. */
static void
focus_a_card (SlBoard *self)
{
  SlBoardColumn *column;

  if (self->focus_application_id != NULL)
    {
      column = sl_board_locate (self, self->focus_application_id, NULL);
      if (column != NULL)
        {
          sl_board_column_focus_card (column, self->focus_application_id);
          return;
        }
    }
  for (guint i = 0; i < self->columns->len; i++)
    {
      column = g_ptr_array_index (self->columns, i);
      if (sl_board_column_get_count (column) > 0)
        {
          g_autoptr (SlApplication) first = g_list_model_get_item (sl_board_column_get_model (column), 0);

          sl_board_column_focus_card (column, sl_record_get_id (SL_RECORD (first)));
          return;
        }
    }
  gtk_widget_child_focus (self->toolbar, GTK_DIR_TAB_FORWARD);
}

/* Focuses the card at @index in @column (or the last one before it), else
 * the first card elsewhere. */
void
sl_board_focus_card_at (SlBoard       *self,
                        SlBoardColumn *column,
                        int            index)
{
  GListModel *model = sl_board_column_get_model (column);
  guint n = g_list_model_get_n_items (model);
  g_autoptr (SlApplication) next = NULL;

  if (n == 0)
    {
      g_clear_pointer (&self->focus_application_id, g_free);
      focus_a_card (self);
      return;
    }
  next = g_list_model_get_item (model, MIN ((guint) MAX (index, 0), n - 1));
  sl_board_column_focus_card (column, sl_record_get_id (SL_RECORD (next)));
}

/**
 * sl_board_scroll_by_wheel:
 * @self: a #SlBoard
 * @dx: the horizontal delta of a scroll event
 * @dy: its vertical delta
 * @unit: the unit of both
 * @state: the modifiers held
 * @target: (nullable): the widget under the pointer
 *
 * The board's share of a scroll event, before its columns see it: Shift
 * and the wheel, or the wheel over a place that cannot scroll down (the
 * space between and beside the columns, a column whose cards all show),
 * scroll the board sideways, as a mouse without a horizontal wheel can.
 *
 * Returns: %TRUE when the board scrolled (the event is used up)
 */
gboolean
sl_board_scroll_by_wheel (SlBoard         *self,
                          double           dx,
                          double           dy,
                          GdkScrollUnit    unit,
                          GdkModifierType  state,
                          GtkWidget       *target)
{
  GtkAdjustment *adjustment = get_hadjustment (self);
  GtkWidget *column_scroller = NULL;
  double delta, page;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);

  if ((state & GDK_SHIFT_MASK) != 0)
    delta = dy != 0 ? dy : dx;
  else if (dy == 0)
    return FALSE;
  else
    {
      if (target != NULL && gtk_widget_get_ancestor (target, SL_TYPE_BOARD_COLUMN) != NULL)
        column_scroller = gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW);
      if (column_scroller != NULL && column_scroller != self->scroller)
        {
          GtkAdjustment *down = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (column_scroller));

          if (gtk_adjustment_get_upper (down) - gtk_adjustment_get_lower (down) >
              gtk_adjustment_get_page_size (down))
            return FALSE;
        }
      delta = dy;
    }

  page = gtk_adjustment_get_page_size (adjustment);
  /* A wheel click scrolls as far as GtkScrolledWindow's does. */
  if (unit == GDK_SCROLL_UNIT_WHEEL)
    delta *= pow (page, 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment,
                            CLAMP (gtk_adjustment_get_value (adjustment) + delta,
                                   gtk_adjustment_get_lower (adjustment),
                                   gtk_adjustment_get_upper (adjustment) - page));
  return TRUE;
}

static gboolean
board_scroll_cb (GtkEventControllerScroll *controller,
                 double                    dx,
                 double                    dy,
                 SlBoard                  *self)
{
  GtkEventController *event_controller = GTK_EVENT_CONTROLLER (controller);
  GdkEvent *event = gtk_event_controller_get_current_event (event_controller);
  GtkWidget *target = NULL;
  double x, y;

  /* The widget under the pointer, in the scroller's coordinates. */
  if (event != NULL && gdk_event_get_position (event, &x, &y))
    {
      GtkNative *native = gtk_widget_get_native (self->scroller);
      double surface_x, surface_y, scroller_x, scroller_y;

      gtk_native_get_surface_transform (native, &surface_x, &surface_y);
      if (gtk_widget_translate_coordinates (GTK_WIDGET (native), self->scroller,
                                            x - surface_x, y - surface_y, &scroller_x, &scroller_y))
        target = gtk_widget_pick (self->scroller, scroller_x, scroller_y, GTK_PICK_DEFAULT);
    }

  return sl_board_scroll_by_wheel (self, dx, dy, gtk_event_controller_scroll_get_unit (controller),
                                   gtk_event_controller_get_current_event_state (event_controller),
                                   target);
}

/* Opening a card. */

void
sl_board_open_card (SlBoard       *self,
                    SlApplication *application)
{
  const char *id = sl_record_get_id (SL_RECORD (application));

  if (g_signal_has_handler_pending (self, signals[CANDIDATE_ACTIVATED], 0, FALSE))
    {
      g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, id,
                     sl_application_get_candidate_id (application));
      return;
    }

  if (self->details == NULL)
    self->details = sl_candidate_details_new (self->store);
  sl_candidate_details_set_candidate_id (SL_CANDIDATE_DETAILS (self->details),
                                         sl_application_get_candidate_id (application));
  sl_board_show_details (self, self->details);
}

/* Opens the card's person in the details pane and asks there whether to
 * erase their personal data (the pane's confirmation). */
void
sl_board_erase_card (SlBoard       *self,
                     SlApplication *application)
{
  sl_board_open_card (self, application);
  if (self->details != NULL && adw_bin_get_child (self->details_bin) == self->details)
    gtk_widget_activate_action (self->details, "details.erase", NULL);
}

void
sl_board_show_details (SlBoard   *self,
                       GtkWidget *details)
{
  g_return_if_fail (SL_IS_BOARD (self));
  g_return_if_fail (details == NULL || GTK_IS_WIDGET (details));

  if (details == NULL && self->details != NULL)
    sl_candidate_details_flush (SL_CANDIDATE_DETAILS (self->details));
  if (details != NULL && details != adw_bin_get_child (self->details_bin))
    adw_bin_set_child (self->details_bin, details);
  adw_flap_set_reveal_flap (self->flap, details != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.close-details", details != NULL);
}

GMenuModel *
sl_board_build_card_menu (SlBoard       *self,
                          SlApplication *application)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenu) stages = g_menu_new ();
  g_autoptr (GMenu) section = g_menu_new ();
  g_autoptr (GMenu) verdicts = g_menu_new ();
  g_autoptr (GMenu) erase = g_menu_new ();

  for (guint i = 0; i < self->columns->len; i++)
    {
      SlStage *stage = sl_board_column_get_stage (g_ptr_array_index (self->columns, i));
      g_autoptr (GMenuItem) item = NULL;

      if (g_strcmp0 (sl_record_get_id (SL_RECORD (stage)), sl_application_get_stage_id (application)) == 0)
        continue;
      item = g_menu_item_new (sl_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "card.move-to",
                                               g_variant_new_string (sl_record_get_id (SL_RECORD (stage))));
      g_menu_append_item (stages, item);
    }

  g_menu_append (section, _("_Open"), "card.open");
  g_menu_append_submenu (section, _("_Move To"), G_MENU_MODEL (stages));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_menu_append (verdicts, _("Mark as _Hired"), "card.hire");
  g_menu_append (verdicts, _("_Reject…"), "card.reject");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (verdicts));
  g_menu_append (erase, _("_Erase Personal Data…"), "card.erase");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (erase));

  return G_MENU_MODEL (menu);
}

/* Search. */

void
sl_board_set_search_text (SlBoard    *self,
                          const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *query = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (SL_IS_BOARD (self));

  g_clear_pointer (&self->matches, g_hash_table_unref);
  if (*query != '\0' && self->posting_id != NULL)
    {
      self->matches = sl_store_match_candidate_ids (self->store, query, self->posting_id, &error);
      if (self->matches == NULL)
        {
          sl_board_show_error (self, error);
          self->matches = g_hash_table_new (g_str_hash, g_str_equal);
        }
    }

  for (guint i = 0; i < self->columns->len; i++)
    sl_board_column_set_matches (g_ptr_array_index (self->columns, i), self->matches);
  update_summary (self);
}

static void
search_changed_cb (SlBoard *self)
{
  sl_board_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (SlBoard *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_cb (SlBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* The focus goes back to the cards, not to whatever follows the search
   * bar (the Add Stage button after the last column). */
  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)) ||
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    focus_a_card (self);
}

/* Stages. */

char *
sl_board_add_stage (SlBoard     *self,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (SL_IS_BOARD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->posting_id == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("No posting is open. Pick a posting first."));
      return NULL;
    }

  id = sl_store_add_stage (self->store, self->posting_id, name, error);
  if (id == NULL)
    return NULL;

  rebuild (self);
  return g_steal_pointer (&id);
}

gboolean
sl_board_rename_stage (SlBoard     *self,
                       const char  *stage_id,
                       const char  *name,
                       GError     **error)
{
  g_autoptr (SlStage) stage = NULL;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);
  g_return_val_if_fail (stage_id != NULL && name != NULL, FALSE);

  stage = sl_store_get_stage (self->store, stage_id, error);
  if (stage == NULL)
    return FALSE;
  sl_stage_set_name (stage, name);
  if (!sl_store_save_stage (self->store, stage, error))
    return FALSE;

  rebuild (self);
  return TRUE;
}

gboolean
sl_board_shift_stage (SlBoard     *self,
                      const char  *stage_id,
                      int          delta,
                      GError     **error)
{
  int index;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);

  index = sl_board_column_index (self, sl_board_find_column (self, stage_id));
  if (index < 0 || index + delta < 0 || index + delta >= (int) self->columns->len)
    return TRUE;

  if (!sl_store_move_stage (self->store, stage_id, (guint) (index + delta), error))
    return FALSE;

  rebuild (self);
  return TRUE;
}

gboolean
sl_board_delete_stage (SlBoard     *self,
                       const char  *stage_id,
                       const char  *move_to_stage_id,
                       GError     **error)
{
  SlBoardColumn *to;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);

  if (!sl_store_delete_stage (self->store, stage_id, move_to_stage_id, error))
    return FALSE;

  rebuild (self);
  to = move_to_stage_id ? sl_board_find_column (self, move_to_stage_id) : NULL;
  reload_column (to);
  return TRUE;
}

/* Actions of the board itself; the dialogs are in sl-board-actions.c. */

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlBoard *self = SL_BOARD (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlBoard *self = SL_BOARD (widget);
  g_autoptr (GError) error = NULL;

  if (self->undo_kind == UNDO_NONE)
    return;
  if (!sl_board_undo (self, &error))
    sl_board_show_error (self, error);
}

static void
close_details_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  sl_board_show_details (SL_BOARD (widget), NULL);
}

/* Public. */

SlStore *
sl_board_get_store (SlBoard *self)
{
  g_return_val_if_fail (SL_IS_BOARD (self), NULL);

  return self->store;
}

const char *
sl_board_get_posting_id (SlBoard *self)
{
  g_return_val_if_fail (SL_IS_BOARD (self), NULL);

  return self->posting_id;
}

void
sl_board_set_posting_id (SlBoard    *self,
                         const char *posting_id)
{
  GtkRoot *root;
  gboolean had_focus;

  g_return_if_fail (SL_IS_BOARD (self));

  if (g_strcmp0 (self->posting_id, posting_id) == 0)
    return;

  g_free (self->posting_id);
  self->posting_id = g_strdup (posting_id);
  self->undo_kind = UNDO_NONE;
  sl_board_dismiss_undo_toast (self);
  sl_board_show_details (self, NULL);
  g_clear_pointer (&self->focus_application_id, g_free);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  had_focus = root != NULL && gtk_root_get_focus (root) != NULL &&
              gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (self->columns_box));
  /* Away from the columns before they go: GTK would pass it on to the Add
   * Stage button after them. The first card gets it once it is made. */
  if (had_focus)
    gtk_root_set_focus (root, NULL);

  /* A new posting's stages are all new columns. */
  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (self->columns_box, g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  rebuild (self);

  /* A posting opens on its first stages. */
  gtk_adjustment_set_value (get_hadjustment (self), 0);
  if (had_focus)
    focus_a_card (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING_ID]);
}

gboolean
sl_board_get_show_closed (SlBoard *self)
{
  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);

  return self->show_closed;
}

void
sl_board_set_show_closed (SlBoard  *self,
                          gboolean  show_closed)
{
  g_return_if_fail (SL_IS_BOARD (self));

  show_closed = !!show_closed;
  if (self->show_closed == show_closed)
    return;
  self->show_closed = show_closed;

  for (guint i = 0; i < self->columns->len; i++)
    sl_board_column_set_show_closed (g_ptr_array_index (self->columns, i), show_closed);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CLOSED]);
}

/* GObject. */

static void
sl_board_dispose (GObject *object)
{
  SlBoard *self = SL_BOARD (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->undo_toast != NULL)
    sl_toast_cancel_dismiss (self->undo_toast);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->in_view);
  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_board_parent_class)->dispose (object);
}

static void
sl_board_finalize (GObject *object)
{
  SlBoard *self = SL_BOARD (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_free (self->posting_id);
  g_free (self->undo_application_id);
  g_free (self->undo_stage_id);
  g_free (self->undo_reason);
  g_free (self->focus_application_id);

  G_OBJECT_CLASS (sl_board_parent_class)->finalize (object);
}

static void
sl_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SlBoard *self = SL_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_POSTING_ID:
      g_value_set_string (value, self->posting_id);
      break;
    case PROP_SHOW_CLOSED:
      g_value_set_boolean (value, self->show_closed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_board_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SlBoard *self = SL_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_POSTING_ID:
      sl_board_set_posting_id (self, g_value_get_string (value));
      break;
    case PROP_SHOW_CLOSED:
      sl_board_set_show_closed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_board_constructed (GObject *object)
{
  SlBoard *self = SL_BOARD (object);

  G_OBJECT_CLASS (sl_board_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  /* Its columns are the posting's stages; their lists follow the cards. */
  g_signal_connect_object (self->store, "changed::stage", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed::posting", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed::" SL_STORE_CHANGED_EVERYTHING,
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
sl_board_class_init (SlBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_board_dispose;
  object_class->finalize = sl_board_finalize;
  object_class->get_property = sl_board_get_property;
  object_class->set_property = sl_board_set_property;
  object_class->constructed = sl_board_constructed;
  widget_class->root = sl_board_root;
  widget_class->unroot = sl_board_unroot;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSTING_ID] =
    g_param_spec_string ("posting-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_CLOSED] =
    g_param_spec_boolean ("show-closed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/board/sl-board.ui");
  gtk_widget_class_bind_template_child (widget_class, SlBoard, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, flap);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, toolbar);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, scroller);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, columns_box);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, add_stage_button);
  gtk_widget_class_bind_template_child (widget_class, SlBoard, details_bin);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "board.search", NULL, search_action_cb);
  gtk_widget_class_install_property_action (widget_class, "board.show-closed", "show-closed");
  gtk_widget_class_install_action (widget_class, "board.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "board.close-details", NULL, close_details_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "board.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "board.undo", NULL);
  /* Add Candidate, as everywhere (sl-window.c), to this posting. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "board.add-candidate", NULL);
  sl_board_class_init_actions (widget_class);
}

static void
sl_board_init (SlBoard *self)
{
  GtkEventController *scroll;

  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.close-details", FALSE);

  /* Before the columns' own scrollers: the wheel where nothing scrolls
   * down, and Shift with the wheel, scroll the board sideways. */
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (board_scroll_cb), self, 0);
  gtk_widget_add_controller (self->scroller, scroll);
}

GtkWidget *
sl_board_new (SlStore *store)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_BOARD, "store", store, NULL);
}
