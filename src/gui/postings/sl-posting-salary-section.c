/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingSalarySection: a posting's salary range, its currency and its unit. */
#define G_LOG_DOMAIN "sl-posting-salary-section"

#include "config.h"

#include "sl-posting-entry-fields.h"
#include "sl-posting-salary-section.h"

#define N_ENTRIES 3

struct _SlPostingSalarySection
{
  AdwPreferencesGroup  parent_instance;

  AdwEntryRow         *salary_min_row;
  AdwEntryRow         *salary_max_row;
  AdwEntryRow         *currency_row;
  AdwComboRow         *unit_row;

  AdwEntryRow         *rows[N_ENTRIES];
  const FieldInfo     *infos[N_ENTRIES];
};

static void section_iface_init (SlPostingEditorSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingSalarySection, sl_posting_salary_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SL_TYPE_POSTING_EDITOR_SECTION, section_iface_init))

static void
sl_posting_salary_section_set_posting (SlPostingEditorSection *section,
                                       SlPosting              *p)
{
  SlPostingSalarySection *self = SL_POSTING_SALARY_SECTION (section);

  sl_entry_fields_load (self->infos, self->rows, N_ENTRIES, p);
  if (p != NULL)
    adw_combo_row_set_selected (self->unit_row, sl_posting_get_salary_unit (p));
}

static gboolean
sl_posting_salary_section_apply (SlPostingEditorSection *section,
                                 SlPosting              *posting)
{
  SlPostingSalarySection *self = SL_POSTING_SALARY_SECTION (section);
  guint selected = adw_combo_row_get_selected (self->unit_row);
  gboolean changed = sl_entry_fields_apply (self->infos, self->rows, N_ENTRIES, posting);

  if (selected != GTK_INVALID_LIST_POSITION && (SlSalaryUnit) selected != sl_posting_get_salary_unit (posting))
    {
      sl_posting_set_salary_unit (posting, (SlSalaryUnit) selected);
      changed = TRUE;
    }

  return changed;
}

static GtkWidget *
sl_posting_salary_section_get_field_widget (SlPostingEditorSection *section,
                                            const char             *field)
{
  SlPostingSalarySection *self = SL_POSTING_SALARY_SECTION (section);

  if (g_str_equal (field, "salary-unit"))
    return GTK_WIDGET (self->unit_row);

  return sl_entry_fields_find_row (self->infos, self->rows, N_ENTRIES, field);
}

static void
section_iface_init (SlPostingEditorSectionInterface *iface)
{
  iface->set_posting = sl_posting_salary_section_set_posting;
  iface->apply = sl_posting_salary_section_apply;
  iface->get_field_widget = sl_posting_salary_section_get_field_widget;
}

static void
entry_row_changed_cb (SlPostingSalarySection *self,
                      GtkEditable            *row)
{
  sl_entry_field_mark_edited (GTK_WIDGET (row));
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
edited_cb (SlPostingSalarySection *self)
{
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
sl_posting_salary_section_class_init (SlPostingSalarySectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-salary-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingSalarySection, salary_min_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingSalarySection, salary_max_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingSalarySection, currency_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingSalarySection, unit_row);
}

static void
sl_posting_salary_section_init (SlPostingSalarySection *self)
{
  g_autoptr (GListModel) units = sl_posting_editor_section_labels_model ((const char *(*) (int)) sl_salary_unit_to_label,
                                                                         SL_SALARY_UNIT_YEAR + 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->unit_row, units);

  self->rows[0] = self->salary_min_row;
  self->rows[1] = self->salary_max_row;
  self->rows[2] = self->currency_row;
  self->infos[0] = sl_entry_field_find ("salary-min");
  self->infos[1] = sl_entry_field_find ("salary-max");
  self->infos[2] = sl_entry_field_find ("salary-currency");

  for (guint i = 0; i < N_ENTRIES; i++)
    g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (entry_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_row, "notify::selected", G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
}
