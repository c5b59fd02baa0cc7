/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingBasicsSection: a posting's title, status, department, hiring manager, organization and openings. */
#define G_LOG_DOMAIN "sl-posting-basics-section"

#include "config.h"

#include "sl-posting-basics-section.h"
#include "sl-posting-entry-fields.h"

#define N_ENTRIES 4

struct _SlPostingBasicsSection
{
  AdwPreferencesGroup  parent_instance;

  AdwEntryRow         *title_row;
  AdwComboRow         *status_row;
  AdwEntryRow         *department_row;
  AdwEntryRow         *hiring_manager_row;
  AdwEntryRow         *organization_row;
  GtkSpinButton       *openings_spin;

  AdwEntryRow         *rows[N_ENTRIES];
  const FieldInfo     *infos[N_ENTRIES];
};

static void section_iface_init (SlPostingEditorSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingBasicsSection, sl_posting_basics_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SL_TYPE_POSTING_EDITOR_SECTION, section_iface_init))

static void
sl_posting_basics_section_set_posting (SlPostingEditorSection *section,
                                       SlPosting              *p)
{
  SlPostingBasicsSection *self = SL_POSTING_BASICS_SECTION (section);

  sl_entry_fields_load (self->infos, self->rows, N_ENTRIES, p);
  if (p == NULL)
    return;

  gtk_spin_button_set_value (self->openings_spin, MAX (1, sl_posting_get_openings (p)));
  adw_combo_row_set_selected (self->status_row, sl_posting_get_status (p));
}

static gboolean
sl_posting_basics_section_apply (SlPostingEditorSection *section,
                                 SlPosting              *posting)
{
  SlPostingBasicsSection *self = SL_POSTING_BASICS_SECTION (section);
  guint selected = adw_combo_row_get_selected (self->status_row);
  guint openings = (guint) gtk_spin_button_get_value_as_int (self->openings_spin);
  gboolean changed = sl_entry_fields_apply (self->infos, self->rows, N_ENTRIES, posting);

  if (selected != GTK_INVALID_LIST_POSITION && (SlPostingStatus) selected != sl_posting_get_status (posting))
    {
      sl_posting_set_status (posting, (SlPostingStatus) selected);
      changed = TRUE;
    }

  /* the spin shows at least 1: a stored 0 stays as it is until edited */
  if (openings != MAX (1, sl_posting_get_openings (posting)))
    {
      sl_posting_set_openings (posting, openings);
      changed = TRUE;
    }

  return changed;
}

static GtkWidget *
sl_posting_basics_section_get_field_widget (SlPostingEditorSection *section,
                                            const char             *field)
{
  SlPostingBasicsSection *self = SL_POSTING_BASICS_SECTION (section);

  if (g_str_equal (field, "status"))
    return GTK_WIDGET (self->status_row);
  if (g_str_equal (field, "openings"))
    return GTK_WIDGET (self->openings_spin);

  return sl_entry_fields_find_row (self->infos, self->rows, N_ENTRIES, field);
}

static void
section_iface_init (SlPostingEditorSectionInterface *iface)
{
  iface->set_posting = sl_posting_basics_section_set_posting;
  iface->apply = sl_posting_basics_section_apply;
  iface->get_field_widget = sl_posting_basics_section_get_field_widget;
}

static void
entry_row_changed_cb (SlPostingBasicsSection *self,
                      GtkEditable            *row)
{
  sl_entry_field_mark_edited (GTK_WIDGET (row));
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
edited_cb (SlPostingBasicsSection *self)
{
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
sl_posting_basics_section_class_init (SlPostingBasicsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-basics-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingBasicsSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingBasicsSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingBasicsSection, department_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingBasicsSection, hiring_manager_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingBasicsSection, organization_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingBasicsSection, openings_spin);
}

static void
sl_posting_basics_section_init (SlPostingBasicsSection *self)
{
  g_autoptr (GListModel) statuses = sl_posting_editor_section_labels_model ((const char *(*) (int)) sl_posting_status_to_label,
                                                                            SL_POSTING_STATUS_ARCHIVED + 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->status_row, statuses);

  self->rows[0] = self->title_row;
  self->rows[1] = self->department_row;
  self->rows[2] = self->hiring_manager_row;
  self->rows[3] = self->organization_row;
  self->infos[0] = sl_entry_field_find ("title");
  self->infos[1] = sl_entry_field_find ("department");
  self->infos[2] = sl_entry_field_find ("hiring-manager");
  self->infos[3] = sl_entry_field_find ("organization");

  for (guint i = 0; i < N_ENTRIES; i++)
    g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (entry_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->openings_spin, "value-changed", G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
}
