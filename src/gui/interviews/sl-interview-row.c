/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterviewRow: how one item of the Interviews area looks: a header, a note or an interview card. */
#define G_LOG_DOMAIN "sl-interview-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-interview-row.h"

struct _SlInterviewRow
{
  AdwBin           parent_instance;

  SlInterviewItem *item;
  char            *time_text;
  char            *accessible_text;

  /* Template widgets */
  GtkStack        *stack;
  GtkLabel        *header_label;
  GtkLabel        *note_label;
  GtkWidget       *card;
  GtkLabel        *time_label;
  GtkLabel        *name_label;
  GtkLabel        *details_label;
  GtkLabel        *interviewers_label;
  GtkWidget       *place_box;
  GtkLabel        *location_label;
  GtkWidget       *video_button;
  GtkLabel        *status_label;
};

G_DEFINE_FINAL_TYPE (SlInterviewRow, sl_interview_row, ADW_TYPE_BIN)

static const char * const status_classes[] = { "scheduled", "completed", "cancelled", "no-show" };

/* Formatting */

char *
sl_interview_kind_to_label (const char *kind)
{
  g_autofree char *tidy = NULL;

  if (kind == NULL || kind[0] == '\0')
    return g_strdup (C_("interview kind", "Interview"));
  if (g_str_equal (kind, "phone_screen"))
    return g_strdup (C_("interview kind", "Phone screen"));
  if (g_str_equal (kind, "technical"))
    return g_strdup (C_("interview kind", "Technical"));
  if (g_str_equal (kind, "onsite"))
    return g_strdup (C_("interview kind", "On-site"));
  if (g_str_equal (kind, "panel"))
    return g_strdup (C_("interview kind", "Panel"));
  if (g_str_equal (kind, "video"))
    return g_strdup (C_("interview kind", "Video call"));
  if (g_str_equal (kind, "take_home"))
    return g_strdup (C_("interview kind", "Take-home task"));
  if (g_str_equal (kind, "final"))
    return g_strdup (C_("interview kind", "Final"));

  /* A word another tool wrote: "culture_fit" → "Culture fit". */
  tidy = g_strdelimit (g_strdup (kind), "_-", ' ');
  if (g_utf8_validate (tidy, -1, NULL))
    {
      gunichar first = g_utf8_get_char (tidy);
      char upper[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_totitle (first), upper);
      return g_strconcat (upper, g_utf8_next_char (tidy), NULL);
    }
  return g_steal_pointer (&tidy);
}

/* "America/New_York" → "New York". */
static char *
zone_city (const char *identifier)
{
  const char *slash = strrchr (identifier, '/');

  return g_strdelimit (g_strdup (slash != NULL ? slash + 1 : identifier), "_", ' ');
}

static char *
format_clock (GDateTime *time)
{
  /* Translators: a time of day, see g_date_time_format(); "%l:%M %p" for a
   * 12-hour clock. */
  return g_date_time_format (time, C_("time of day", "%H:%M"));
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

char *
sl_interview_format_times (const SlInterviewSummary *summary,
                           GTimeZone                *local)
{
  g_autoptr (GTimeZone) local_zone = NULL;
  g_autoptr (GDateTime) starts_utc = NULL;
  g_autoptr (GDateTime) ends_utc = NULL;
  g_autoptr (GDateTime) starts = NULL;
  g_autoptr (GDateTime) ends = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *range = NULL;
  const char *zone_name;

  g_return_val_if_fail (summary != NULL, NULL);

  local_zone = local != NULL ? g_time_zone_ref (local) : g_time_zone_new_local ();
  starts_utc = g_date_time_new_from_unix_utc (summary->starts_at / G_USEC_PER_SEC);
  ends_utc = g_date_time_new_from_unix_utc (MAX (summary->ends_at, summary->starts_at) / G_USEC_PER_SEC);
  if (starts_utc == NULL || ends_utc == NULL)
    return g_strdup ("");
  /* g_date_time_to_local() with the user's zone; the tests pass their own. */
  starts = local != NULL ? g_date_time_to_timezone (starts_utc, local_zone) : g_date_time_to_local (starts_utc);
  ends = local != NULL ? g_date_time_to_timezone (ends_utc, local_zone) : g_date_time_to_local (ends_utc);

  start_text = format_clock (starts);
  end_text = format_clock (ends);
  /* Translators: a time range, "15:00–16:00". */
  range = g_strdup_printf (C_("time range", "%s–%s"), start_text, end_text);

  zone_name = summary->time_zone;
  if (zone_name != NULL && zone_name[0] != '\0' &&
      g_strcmp0 (zone_name, g_time_zone_get_identifier (local_zone)) != 0)
    {
      g_autoptr (GTimeZone) planned_zone = g_time_zone_new_identifier (zone_name);
      g_autoptr (GDateTime) planned = NULL;

      if (planned_zone != NULL)
        planned = g_date_time_to_timezone (starts_utc, planned_zone);
      /* Berlin and Paris share a clock: saying so again is noise. */
      if (planned != NULL &&
          g_date_time_get_utc_offset (planned) != g_date_time_get_utc_offset (starts))
        {
          g_autofree char *city = zone_city (zone_name);
          g_autofree char *clock = NULL;
          g_autofree char *there = NULL;

          if (same_day (planned, starts))
            clock = format_clock (planned);
          else
            /* Translators: a time on another day than the local one, "Wed 23:00";
             * see g_date_time_format(). */
            clock = g_date_time_format (planned, C_("time of day with weekday", "%a %H:%M"));
          /* Translators: the time in the zone the interview was planned in,
           * "09:00 New York". */
          there = g_strdup_printf (C_("time in a city", "%s %s"), clock, city);
          /* Translators: the local time range, then the time where it was
           * planned: "15:00–16:00 · 09:00 New York". */
          return g_strdup_printf (C_("local and planned time", "%s · %s"), range, there);
        }
    }

  return g_steal_pointer (&range);
}

/* Showing an item */

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static gboolean
is_web_link (const char *text)
{
  return text != NULL &&
         (g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://"));
}

static void
show_interview (SlInterviewRow           *self,
                const SlInterviewSummary *summary)
{
  g_autofree char *kind = sl_interview_kind_to_label (summary->kind);
  g_autofree char *details = NULL;
  g_autofree char *interviewers = NULL;
  g_autofree char *people = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *range = NULL;
  const char *separator;
  const char *status = sl_interview_status_to_label (summary->status);
  const char *name = summary->candidate_name != NULL && summary->candidate_name[0] != '\0'
                     ? summary->candidate_name : _("Unnamed candidate");
  /* A call to join is only worth a button while it can still happen. */
  gboolean has_video = is_web_link (summary->video_link) &&
                       summary->status == SL_INTERVIEW_STATUS_SCHEDULED &&
                       summary->ends_at > g_get_real_time ();

  g_clear_pointer (&self->time_text, g_free);
  self->time_text = sl_interview_format_times (summary, NULL);

  /* The local range stands out; the planned zone's time is secondary. */
  separator = strstr (self->time_text, " · ");
  if (separator != NULL)
    {
      g_autofree char *local = g_strndup (self->time_text, separator - self->time_text);

      markup = g_markup_printf_escaped ("<b>%s</b><span alpha=\"60%%\">%s</span>", local, separator);
    }
  else
    {
      markup = g_markup_printf_escaped ("<b>%s</b>", self->time_text);
    }
  gtk_label_set_markup (self->time_label, markup);

  gtk_label_set_text (self->name_label, name);
  if (summary->posting_title != NULL && summary->posting_title[0] != '\0')
    /* Translators: the interview's kind and the posting, "Phone screen · Backend Engineer". */
    details = g_strdup_printf (C_("interview details", "%s · %s"), kind, summary->posting_title);
  else
    details = g_strdup (kind);
  set_label (self->details_label, details);

  if (summary->interviewers != NULL && summary->interviewers[0] != NULL)
    {
      people = g_strjoinv (", ", summary->interviewers);
      /* Translators: who interviews, "With Ada Lovelace, Grace Hopper". */
      interviewers = g_strdup_printf (_("With %s"), people);
    }
  set_label (self->interviewers_label, interviewers);

  set_label (self->location_label, summary->location);
  gtk_widget_set_visible (self->place_box, summary->location != NULL && summary->location[0] != '\0');

  gtk_widget_set_visible (self->video_button, has_video);
  if (has_video)
    {
      g_autofree char *button_name = NULL;

      gtk_widget_set_tooltip_text (self->video_button, summary->video_link);
      /* Translators: the accessible name of the video link button. */
      button_name = g_strdup_printf (_("Join video call with %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->video_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, button_name,
                                      -1);
    }

  gtk_label_set_text (self->status_label, status);
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    {
      if (i == (guint) summary->status)
        gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
    }
  if (summary->status == SL_INTERVIEW_STATUS_CANCELLED)
    gtk_widget_add_css_class (self->card, "cancelled");
  else
    gtk_widget_remove_css_class (self->card, "cancelled");

  g_clear_pointer (&self->accessible_text, g_free);
  /* Translators: what a screen reader says for an interview: the candidate,
   * the kind and posting, the time, the status. */
  self->accessible_text = g_strdup_printf (C_("interview row", "%s, %s, %s, %s"),
                                           name, details, self->time_text, status);
  if (interviewers != NULL)
    {
      char *longer = g_strdup_printf ("%s, %s", self->accessible_text, interviewers);

      g_free (self->accessible_text);
      self->accessible_text = longer;
    }
}

void
sl_interview_row_set_item (SlInterviewRow  *self,
                           SlInterviewItem *item)
{
  const char *title;

  g_return_if_fail (SL_IS_INTERVIEW_ROW (self));
  g_return_if_fail (item == NULL || SL_IS_INTERVIEW_ITEM (item));

  if (!g_set_object (&self->item, item))
    return;

  g_clear_pointer (&self->time_text, g_free);
  g_clear_pointer (&self->accessible_text, g_free);
  gtk_widget_remove_css_class (GTK_WIDGET (self->header_label), "section");
  gtk_widget_remove_css_class (GTK_WIDGET (self->header_label), "day");
  if (item == NULL)
    return;

  title = sl_interview_item_get_title (item);
  switch (sl_interview_item_get_item_type (item))
    {
    case SL_INTERVIEW_ITEM_SECTION:
    case SL_INTERVIEW_ITEM_DAY:
      gtk_label_set_text (self->header_label, title);
      gtk_widget_add_css_class (GTK_WIDGET (self->header_label),
                                sl_interview_item_get_item_type (item) == SL_INTERVIEW_ITEM_SECTION
                                ? "section" : "day");
      gtk_stack_set_visible_child_name (self->stack, "header");
      self->accessible_text = g_strdup (title);
      break;

    case SL_INTERVIEW_ITEM_NOTE:
      gtk_label_set_text (self->note_label, title);
      gtk_stack_set_visible_child_name (self->stack, "note");
      self->accessible_text = g_strdup (title);
      break;

    case SL_INTERVIEW_ITEM_INTERVIEW:
      show_interview (self, sl_interview_item_get_summary (item));
      if (sl_interview_item_get_first (item))
        gtk_widget_add_css_class (self->card, "first");
      else
        gtk_widget_remove_css_class (self->card, "first");
      if (sl_interview_item_get_last (item))
        gtk_widget_add_css_class (self->card, "last");
      else
        gtk_widget_remove_css_class (self->card, "last");
      gtk_stack_set_visible_child_name (self->stack, "interview");
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_text,
                                  -1);
}

SlInterviewItem *
sl_interview_row_get_item (SlInterviewRow *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ROW (self), NULL);

  return self->item;
}

const char *
sl_interview_row_get_time_text (SlInterviewRow *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ROW (self), NULL);

  return self->time_text;
}

const char *
sl_interview_row_get_accessible_text (SlInterviewRow *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEW_ROW (self), NULL);

  return self->accessible_text;
}

static void
video_clicked_cb (SlInterviewRow *self)
{
  const SlInterviewSummary *summary;
  GtkRoot *root;

  if (self->item == NULL || (summary = sl_interview_item_get_summary (self->item)) == NULL ||
      !is_web_link (summary->video_link))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, summary->video_link, GDK_CURRENT_TIME);
}

/* GObject */

static void
sl_interview_row_dispose (GObject *object)
{
  SlInterviewRow *self = SL_INTERVIEW_ROW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (sl_interview_row_parent_class)->dispose (object);
}

static void
sl_interview_row_finalize (GObject *object)
{
  SlInterviewRow *self = SL_INTERVIEW_ROW (object);

  g_clear_pointer (&self->time_text, g_free);
  g_clear_pointer (&self->accessible_text, g_free);

  G_OBJECT_CLASS (sl_interview_row_parent_class)->finalize (object);
}

static void
sl_interview_row_class_init (SlInterviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_interview_row_dispose;
  object_class->finalize = sl_interview_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/interviews/sl-interview-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, stack);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, header_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, card);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, interviewers_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, place_box);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, location_label);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, video_button);
  gtk_widget_class_bind_template_child (widget_class, SlInterviewRow, status_label);
  gtk_widget_class_bind_template_callback (widget_class, video_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "interviewrow");
}

static void
sl_interview_row_init (SlInterviewRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_interview_row_new (void)
{
  return g_object_new (SL_TYPE_INTERVIEW_ROW, NULL);
}
