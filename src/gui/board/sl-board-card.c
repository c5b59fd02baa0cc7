/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoardCard: one candidate's card on the board (name, headline, rating, tags, days in stage, next interview). */
#define G_LOG_DOMAIN "sl-board-card"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-board-card.h"
#include "sl-board-private.h"

#define MAX_TAGS 3
/* Between the rows of a card, and between a row's text and its end. */
#define ROW_SPACING 4
#define END_SPACING 6

struct _SlBoardCard
{
  GtkWidget      parent_instance;

  GtkLabel      *name_label;
  GtkLabel      *headline_label;
  GtkBox        *tags_box;
  GtkLabel      *days_label;
  /* Made the first time the card shows a rating, a status or an
   * interview (see the template). */
  GtkLabel      *rating_label;
  GtkLabel      *status_label;
  GtkWidget     *interview_box;
  GtkLabel      *interview_label;
  GtkWidget     *menu;

  SlApplication *application;
  gulong         notify_id;
  char          *place;
  SlStageKind    stage_kind;   /* of the column it is in */
};

G_DEFINE_FINAL_TYPE (SlBoardCard, sl_board_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SlBoard *
get_board (SlBoardCard *self)
{
  return SL_BOARD (gtk_widget_get_ancestor (GTK_WIDGET (self), SL_TYPE_BOARD));
}

static char *
format_rating (int rating)
{
  GString *stars = g_string_new (NULL);

  for (int i = 1; i <= 5; i++)
    g_string_append (stars, i <= rating ? "★" : "☆");
  return g_string_free (stars, FALSE);
}

/* The widgets of the rows most cards leave out, made on first use. */

static GtkLabel *
ensure_rating_label (SlBoardCard *self)
{
  if (self->rating_label == NULL)
    {
      self->rating_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (GTK_WIDGET (self->rating_label), "board-rating");
      gtk_widget_insert_after (GTK_WIDGET (self->rating_label), GTK_WIDGET (self),
                               GTK_WIDGET (self->name_label));
    }
  return self->rating_label;
}

static GtkLabel *
ensure_status_label (SlBoardCard *self)
{
  if (self->status_label == NULL)
    {
      self->status_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_margin_top (GTK_WIDGET (self->status_label), 2);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "board-status");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "caption");
      gtk_widget_insert_after (GTK_WIDGET (self->status_label), GTK_WIDGET (self),
                               GTK_WIDGET (self->days_label));
    }
  return self->status_label;
}

static GtkLabel *
ensure_interview_label (SlBoardCard *self)
{
  if (self->interview_box == NULL)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "x-office-calendar-symbolic",
                                      "pixel-size", 12,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      "css-classes", (const char *[]) { "accent", NULL },
                                      NULL);

      self->interview_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (self->interview_box), icon);

      self->interview_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->interview_label, 0);
      gtk_label_set_ellipsize (self->interview_label, PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (GTK_WIDGET (self->interview_label), "caption");
      gtk_widget_add_css_class (GTK_WIDGET (self->interview_label), "accent");
      gtk_box_append (GTK_BOX (self->interview_box), GTK_WIDGET (self->interview_label));

      gtk_widget_insert_before (self->interview_box, GTK_WIDGET (self), NULL);
    }
  return self->interview_label;
}

static void
update_tags (SlBoardCard        *self,
             const char * const *tags)
{
  GtkWidget *box = GTK_WIDGET (self->tags_box);
  GtkWidget *child = gtk_widget_get_first_child (box);
  GtkWidget *previous = NULL;
  GtkWidget *more = NULL;
  guint n = 0;

  /* A card is rebound to another application as the list scrolls: the tag
   * labels it has are reused rather than rebuilt. */
  for (; tags != NULL && tags[n] != NULL && n < MAX_TAGS; n++)
    {
      if (child != NULL && gtk_widget_has_css_class (child, "board-tag"))
        {
          gtk_label_set_label (GTK_LABEL (child), tags[n]);
          previous = child;
          child = gtk_widget_get_next_sibling (child);
        }
      else
        {
          GtkWidget *label = gtk_label_new (tags[n]);

          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
          gtk_widget_add_css_class (label, "board-tag");
          gtk_widget_add_css_class (label, "caption");
          gtk_box_insert_child_after (self->tags_box, label, previous);
          previous = label;
        }
    }
  /* What is left: tag labels no longer needed, and the "+N" label. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (more == NULL && !gtk_widget_has_css_class (child, "board-tag"))
        more = child;
      else
        gtk_box_remove (self->tags_box, child);
      child = next;
    }

  if (tags != NULL && tags[n] != NULL)
    {
      g_autofree char *text = g_strdup_printf ("+%u", g_strv_length ((char **) tags) - n);

      if (more == NULL)
        {
          more = gtk_label_new (NULL);
          gtk_widget_add_css_class (more, "board-dim");
          gtk_widget_add_css_class (more, "caption");
          gtk_box_append (self->tags_box, more);
        }
      gtk_label_set_label (GTK_LABEL (more), text);
    }
  else if (more != NULL)
    gtk_box_remove (self->tags_box, more);

  gtk_widget_set_visible (box, n > 0);
}

static void
update_accessible (SlBoardCard *self)
{
  const char *name = "";
  const char *headline = "";
  g_autofree char *label = NULL;

  if (self->application != NULL)
    {
      name = sl_application_get_candidate_name (self->application);
      headline = sl_application_get_candidate_headline (self->application);
    }

  if (headline != NULL && *headline != '\0')
    /* Translators: a card's accessible name: the candidate's name and headline. */
    label = g_strdup_printf (_("%s, %s"), name ? name : "", headline);
  else
    label = g_strdup (name ? name : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->place ? self->place : "",
                                  -1);
}

static void
update (SlBoardCard *self)
{
  SlApplication *a = self->application;
  const char *headline;
  const char *status = NULL;
  gint64 entered, next;
  int rating;

  if (a == NULL)
    return;

  gtk_label_set_label (self->name_label, sl_application_get_candidate_name (a));

  headline = sl_application_get_candidate_headline (a);
  gtk_label_set_label (self->headline_label, headline ? headline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), headline != NULL && *headline != '\0');

  rating = sl_application_get_rating (a);
  if (rating > 0)
    {
      GtkLabel *label = ensure_rating_label (self);
      g_autofree char *stars = format_rating (rating);
      g_autofree char *tooltip = g_strdup_printf (ngettext ("Rated %d star out of 5",
                                                            "Rated %d stars out of 5", rating),
                                                  rating);

      gtk_label_set_label (label, stars);
      /* Setting a tooltip queries the pointer (an X round trip): only on change. */
      if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), tooltip) != 0)
        gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  if (self->rating_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->rating_label), rating > 0);

  update_tags (self, sl_application_get_candidate_tags (a));

  entered = sl_application_get_stage_entered_at (a);
  if (entered > 0)
    {
      gint64 days = MAX (0, (g_get_real_time () - entered) / G_TIME_SPAN_DAY);
      g_autofree char *text = NULL;

      if (days == 0)
        text = g_strdup (_("Entered this stage today"));
      else
        text = g_strdup_printf (ngettext ("%d day in this stage", "%d days in this stage",
                                          (unsigned long) MIN (days, G_MAXINT)),
                                (int) MIN (days, G_MAXINT));
      gtk_label_set_label (self->days_label, text);
    }
  else
    gtk_label_set_label (self->days_label, "");

  /* The column's header names the stage: "Hired" on a card in Hired says nothing. */
  status = sl_application_status_beside_stage (sl_application_get_status (a), self->stage_kind, NULL);
  if (status != NULL)
    gtk_label_set_label (ensure_status_label (self), status);
  if (self->status_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL);
  if (sl_application_get_status (a) == SL_APPLICATION_STATUS_REJECTED ||
      sl_application_get_status (a) == SL_APPLICATION_STATUS_WITHDRAWN)
    gtk_widget_add_css_class (GTK_WIDGET (self), "inactive");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "inactive");

  next = sl_application_get_next_interview_at (a);
  if (next > 0)
    {
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (next / G_USEC_PER_SEC);
      /* Translators: the date of a card's next interview, see g_date_time_format(). */
      g_autofree char *date = when ? g_date_time_format (when, C_("interview date", "%a %-d %b, %H:%M")) : NULL;
      /* Translators: %s is a date and time. */
      g_autofree char *text = g_strdup_printf (_("Interview %s"), date ? date : "");

      gtk_label_set_label (ensure_interview_label (self), text);
    }
  if (self->interview_box != NULL)
    gtk_widget_set_visible (self->interview_box, next > 0);

  update_accessible (self);
}

static int
measure_height (GtkWidget *widget)
{
  int height = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  return height;
}

/**
 * sl_board_card_measure_metrics:
 * @metrics: (out): the heights
 *
 * Measures a card without an application, and what showing each of its
 * other parts adds, each with one line of text in the current fonts. The
 * heights are kept until the font or its scale changes: every column of a
 * board asks for them (a board of five paid a tenth of its first frame).
 */
void
sl_board_card_measure_metrics (SlBoardCardMetrics *metrics)
{
  static SlBoardCardMetrics kept;
  static char *kept_for;
  g_autoptr (SlBoardCard) card = NULL;
  const char * const tags[] = { "x", NULL };
  g_autofree char *font = NULL;
  g_autofree char *key = NULL;
  int height, dpi = 0;

  g_return_if_fail (metrics != NULL);

  g_object_get (gtk_settings_get_default (), "gtk-font-name", &font, "gtk-xft-dpi", &dpi, NULL);
  key = g_strdup_printf ("%s %d", font ? font : "", dpi);
  if (g_strcmp0 (key, kept_for) == 0)
    {
      *metrics = kept;
      return;
    }

  card = g_object_ref_sink (SL_BOARD_CARD (sl_board_card_new ()));
  metrics->least = height = measure_height (GTK_WIDGET (card));

  gtk_label_set_label (card->headline_label, "x");
  gtk_widget_set_visible (GTK_WIDGET (card->headline_label), TRUE);
  metrics->headline = measure_height (GTK_WIDGET (card)) - height;
  gtk_widget_set_visible (GTK_WIDGET (card->headline_label), FALSE);

  update_tags (card, tags);
  metrics->tags = measure_height (GTK_WIDGET (card)) - height;
  update_tags (card, NULL);

  gtk_label_set_label (ensure_interview_label (card), "x");
  metrics->interview = measure_height (GTK_WIDGET (card)) - height;
  gtk_widget_set_visible (card->interview_box, FALSE);

  gtk_label_set_label (ensure_rating_label (card), "★");
  metrics->rating = measure_height (GTK_WIDGET (card)) - height;
  gtk_widget_set_visible (GTK_WIDGET (card->rating_label), FALSE);

  gtk_label_set_label (ensure_status_label (card), "x");
  metrics->status = measure_height (GTK_WIDGET (card)) - height;

  kept = *metrics;
  g_free (kept_for);
  kept_for = g_steal_pointer (&key);
}

/**
 * sl_board_card_estimate_height:
 * @metrics: heights from sl_board_card_measure_metrics()
 * @application: an application
 *
 * Returns: the height of the card of @application, or less: texts in
 *   other scripts can make a line taller than the measured one.
 */
int
sl_board_card_estimate_height (const SlBoardCardMetrics *metrics,
                               SlApplication            *application,
                               SlStageKind               stage_kind)
{
  const char * const *tags = sl_application_get_candidate_tags (application);
  const char *headline = sl_application_get_candidate_headline (application);
  int height = metrics->least;

  if (headline != NULL && *headline != '\0')
    height += metrics->headline;
  if (tags != NULL && tags[0] != NULL)
    height += metrics->tags;
  if (sl_application_get_next_interview_at (application) > 0)
    height += metrics->interview;
  if (sl_application_get_rating (application) > 0)
    height += metrics->rating;
  if (sl_application_status_beside_stage (sl_application_get_status (application), stage_kind, NULL) != NULL)
    height += metrics->status;

  return height;
}

void
sl_board_card_set_stage_kind (SlBoardCard *self,
                              SlStageKind  stage_kind)
{
  g_return_if_fail (SL_IS_BOARD_CARD (self));

  if (self->stage_kind == stage_kind)
    return;
  self->stage_kind = stage_kind;
  update (self);
}

SlApplication *
sl_board_card_get_application (SlBoardCard *self)
{
  g_return_val_if_fail (SL_IS_BOARD_CARD (self), NULL);

  return self->application;
}

void
sl_board_card_set_application (SlBoardCard   *self,
                               SlApplication *application)
{
  g_return_if_fail (SL_IS_BOARD_CARD (self));
  g_return_if_fail (application == NULL || SL_IS_APPLICATION (application));

  if (self->application == application)
    return;

  if (self->application != NULL)
    g_clear_signal_handler (&self->notify_id, self->application);
  g_set_object (&self->application, application);
  g_clear_pointer (&self->place, g_free);
  if (application != NULL)
    {
      self->notify_id = g_signal_connect_object (application, "notify", G_CALLBACK (update),
                                                 self, G_CONNECT_SWAPPED);
      update (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

void
sl_board_card_set_place (SlBoardCard *self,
                         const char  *place)
{
  g_return_if_fail (SL_IS_BOARD_CARD (self));

  if (g_strcmp0 (self->place, place) == 0)
    return;
  g_free (self->place);
  self->place = g_strdup (place);
  update_accessible (self);
}

/* Actions. */

static void
move_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlBoardCard *self = SL_BOARD_CARD (widget);
  SlBoard *board = get_board (self);
  int stage_delta = 0, position_delta = 0;

  if (board == NULL || self->application == NULL)
    return;

  if (g_str_equal (action_name, "card.move-next"))
    stage_delta = 1;
  else if (g_str_equal (action_name, "card.move-previous"))
    stage_delta = -1;
  else if (g_str_equal (action_name, "card.move-up"))
    position_delta = -1;
  else
    position_delta = 1;

  sl_board_move_card_by (board, self->application, stage_delta, position_delta);
}

static void
move_to_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SlBoardCard *self = SL_BOARD_CARD (widget);
  SlBoard *board = get_board (self);

  if (board != NULL && self->application != NULL)
    sl_board_move_card_to_stage (board, self->application, g_variant_get_string (parameter, NULL));
}

static void
card_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlBoardCard *self = SL_BOARD_CARD (widget);
  SlBoard *board = get_board (self);
  g_autoptr (SlApplication) application = NULL;

  if (board == NULL || self->application == NULL)
    return;

  /* The card may be given another application while the action runs. */
  application = g_object_ref (self->application);
  if (g_str_equal (action_name, "card.reject"))
    sl_board_reject_card (board, application);
  else if (g_str_equal (action_name, "card.hire"))
    sl_board_hire_card (board, application);
  else if (g_str_equal (action_name, "card.erase"))
    sl_board_erase_card (board, application);
  else
    sl_board_open_card (board, application);
}

static void
popup_menu (SlBoardCard *self,
            double       x,
            double       y)
{
  SlBoard *board = get_board (self);
  g_autoptr (GMenuModel) model = NULL;

  if (board == NULL || self->application == NULL)
    return;

  model = sl_board_build_card_menu (board, self->application);
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), x >= 0);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);

  if (x >= 0)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), NULL);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
show_menu_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  popup_menu (SL_BOARD_CARD (widget), -1, -1);
}

/* Pointer and drag. */

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            SlBoardCard     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      popup_menu (self, x, y);
    }
  else if (button == GDK_BUTTON_PRIMARY && n_press == 2)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_activate_action (GTK_WIDGET (self), "card.open", NULL);
    }
  else if (button == GDK_BUTTON_PRIMARY)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 SlBoardCard         *self)
{
  popup_menu (self, x, y);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 SlBoardCard   *self)
{
  if (self->application == NULL)
    return NULL;

  /* The object, as GNOME Calendar's event widgets do: a typed value exists
   * only inside this process, so text dropped from elsewhere never is one. */
  return gdk_content_provider_new_typed (SL_TYPE_APPLICATION, self->application);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               SlBoardCard   *self)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 24, 24);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragging");
}

static void
drag_end_cb (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             SlBoardCard   *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragging");
}

/* GtkWidget. */

/* The height @child asks for, or -1 if it is hidden (or not made). Every
 * text in a card is one line, ellipsized: heights do not depend on widths. */
static int
row_child_height (GtkWidget *child)
{
  int height = 0;

  if (child == NULL || !gtk_widget_get_visible (child))
    return -1;
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  return height;
}

/* Gives the card's rows their places in @width, or only measures them when
 * @width is -1. Each row is a text that takes the width left by what is at
 * its end (the rating, the status). Returns the rows' height.
 *
 * A GtkGrid or GtkBoxes would measure every label across, at its natural
 * width and at its least one: a text layout each, for labels that take the
 * card's width whatever they ask for. */
static int
layout_rows (SlBoardCard *self,
             int          width)
{
  const struct {
    GtkWidget *text;
    GtkWidget *end;
  } rows[] = {
    { GTK_WIDGET (self->name_label), (GtkWidget *) self->rating_label },
    { GTK_WIDGET (self->headline_label), NULL },
    { GTK_WIDGET (self->tags_box), NULL },
    { GTK_WIDGET (self->days_label), (GtkWidget *) self->status_label },
    { self->interview_box, NULL },
  };
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int y = 0;
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      int text_height = row_child_height (rows[i].text);
      int end_height = row_child_height (rows[i].end);
      int height = MAX (text_height, end_height);
      int end_width = 0;

      if (height < 0)
        continue;
      if (!first)
        y += ROW_SPACING;
      first = FALSE;

      /* The end is on the right, or on the left in right-to-left text. */
      if (width >= 0 && end_height >= 0)
        {
          gtk_widget_measure (rows[i].end, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &end_width, NULL, NULL);
          end_width = MIN (end_width, width);
          gtk_widget_size_allocate (rows[i].end,
                                    &(GtkAllocation) { rtl ? 0 : width - end_width, y, end_width, height }, -1);
          end_width = MIN (end_width + END_SPACING, width);
        }
      if (width >= 0 && text_height >= 0)
        gtk_widget_size_allocate (rows[i].text,
                                  &(GtkAllocation) { rtl ? end_width : 0, y, width - end_width, height }, -1);
      y += height;
    }

  return y;
}

static void
sl_board_card_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  SlBoardCard *self = SL_BOARD_CARD (widget);

  /* Across, a card takes the width of its column. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = layout_rows (self, -1);
}

static void
sl_board_card_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SlBoardCard *self = SL_BOARD_CARD (widget);

  layout_rows (self, width);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
sl_board_card_dispose (GObject *object)
{
  SlBoardCard *self = SL_BOARD_CARD (object);

  sl_board_card_set_application (self, NULL);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->rating_label, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->status_label, gtk_widget_unparent);
  g_clear_pointer (&self->interview_box, gtk_widget_unparent);
  self->interview_label = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_BOARD_CARD);

  G_OBJECT_CLASS (sl_board_card_parent_class)->dispose (object);
}

static void
sl_board_card_finalize (GObject *object)
{
  SlBoardCard *self = SL_BOARD_CARD (object);

  g_free (self->place);

  G_OBJECT_CLASS (sl_board_card_parent_class)->finalize (object);
}

static void
sl_board_card_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SlBoardCard *self = SL_BOARD_CARD (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_board_card_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SlBoardCard *self = SL_BOARD_CARD (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      sl_board_card_set_application (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_board_card_class_init (SlBoardCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_board_card_dispose;
  object_class->finalize = sl_board_card_finalize;
  object_class->get_property = sl_board_card_get_property;
  object_class->set_property = sl_board_card_set_property;
  widget_class->measure = sl_board_card_measure;
  widget_class->size_allocate = sl_board_card_size_allocate;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         SL_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/board/sl-board-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SlBoardCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, SlBoardCard, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SlBoardCard, tags_box);
  gtk_widget_class_bind_template_child (widget_class, SlBoardCard, days_label);

  gtk_widget_class_install_action (widget_class, "card.move-next", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "card.move-previous", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "card.move-up", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "card.move-down", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "card.move-to", "s", move_to_action_cb);
  gtk_widget_class_install_action (widget_class, "card.reject", NULL, card_action_cb);
  gtk_widget_class_install_action (widget_class, "card.hire", NULL, card_action_cb);
  gtk_widget_class_install_action (widget_class, "card.erase", NULL, card_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_SHIFT_MASK, "card.erase", NULL);
  gtk_widget_class_install_action (widget_class, "card.open", NULL, card_action_cb);
  gtk_widget_class_install_action (widget_class, "card.show-menu", NULL, show_menu_action_cb);

  /* A menu shows the key bound last to its action (GtkShortcutController
   * sets the primary accelerator): the keypad's keys first, Enter last. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK, "card.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "card.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "card.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "card.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "card.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "card.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "card.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "card.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "card.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "card.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "card.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "card.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "card.show-menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "boardcard");
}

static void
sl_board_card_init (SlBoardCard *self)
{
  GtkGesture *click;
  GtkGesture *long_press;
  GtkDragSource *drag;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
sl_board_card_new (void)
{
  return g_object_new (SL_TYPE_BOARD_CARD, NULL);
}
