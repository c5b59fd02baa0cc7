/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingDatesSection: a posting's two dates, each an entry row with a calendar to pick it from. */
#define G_LOG_DOMAIN "sl-posting-dates-section"

#include "config.h"

#include <stdio.h>

#include "sl-posting-dates-section.h"
#include "sl-posting-entry-fields.h"

#define N_ENTRIES 2

struct _SlPostingDatesSection
{
  AdwPreferencesGroup  parent_instance;

  AdwEntryRow         *date_posted_row;
  AdwEntryRow         *valid_through_row;
  GtkCalendar         *date_posted_calendar;
  GtkCalendar         *valid_through_calendar;

  AdwEntryRow         *rows[N_ENTRIES];
  const FieldInfo     *infos[N_ENTRIES];
  guint                loading : 1;
};

static void section_iface_init (SlPostingEditorSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingDatesSection, sl_posting_dates_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SL_TYPE_POSTING_EDITOR_SECTION, section_iface_init))

static void
load_calendar (GtkCalendar *calendar,
               const char  *date)
{
  int y, m, d;

  if (date != NULL && sscanf (date, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
    {
      g_autoptr (GDateTime) dt = g_date_time_new_local (y, m, d, 0, 0, 0);

      if (dt != NULL)
        gtk_calendar_select_day (calendar, dt);
    }
}

static void
sl_posting_dates_section_set_posting (SlPostingEditorSection *section,
                                      SlPosting              *p)
{
  SlPostingDatesSection *self = SL_POSTING_DATES_SECTION (section);

  self->loading = TRUE;
  sl_entry_fields_load (self->infos, self->rows, N_ENTRIES, p);
  if (p != NULL)
    {
      load_calendar (self->date_posted_calendar, sl_posting_get_date_posted (p));
      load_calendar (self->valid_through_calendar, sl_posting_get_valid_through (p));
    }
  self->loading = FALSE;
}

static gboolean
sl_posting_dates_section_apply (SlPostingEditorSection *section,
                                SlPosting              *posting)
{
  SlPostingDatesSection *self = SL_POSTING_DATES_SECTION (section);

  return sl_entry_fields_apply (self->infos, self->rows, N_ENTRIES, posting);
}

static GtkWidget *
sl_posting_dates_section_get_field_widget (SlPostingEditorSection *section,
                                           const char             *field)
{
  SlPostingDatesSection *self = SL_POSTING_DATES_SECTION (section);

  return sl_entry_fields_find_row (self->infos, self->rows, N_ENTRIES, field);
}

static void
section_iface_init (SlPostingEditorSectionInterface *iface)
{
  iface->set_posting = sl_posting_dates_section_set_posting;
  iface->apply = sl_posting_dates_section_apply;
  iface->get_field_widget = sl_posting_dates_section_get_field_widget;
}

static void
entry_row_changed_cb (SlPostingDatesSection *self,
                      GtkEditable           *row)
{
  sl_entry_field_mark_edited (GTK_WIDGET (row));
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
calendar_day_selected_cb (GtkCalendar           *calendar,
                          SlPostingDatesSection *self)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  AdwEntryRow *row = calendar == self->date_posted_calendar ? self->date_posted_row : self->valid_through_row;
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  if (self->loading)
    return;

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
sl_posting_dates_section_class_init (SlPostingDatesSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-dates-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingDatesSection, date_posted_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingDatesSection, valid_through_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingDatesSection, date_posted_calendar);
  gtk_widget_class_bind_template_child (widget_class, SlPostingDatesSection, valid_through_calendar);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
}

static void
sl_posting_dates_section_init (SlPostingDatesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows[0] = self->date_posted_row;
  self->rows[1] = self->valid_through_row;
  self->infos[0] = sl_entry_field_find ("date-posted");
  self->infos[1] = sl_entry_field_find ("valid-through");

  for (guint i = 0; i < N_ENTRIES; i++)
    g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (entry_row_changed_cb), self, G_CONNECT_SWAPPED);
}
