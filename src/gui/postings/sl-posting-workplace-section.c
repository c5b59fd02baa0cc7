/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingWorkplaceSection: where a posting's work is done and on what terms, as two combo rows. */
#define G_LOG_DOMAIN "sl-posting-workplace-section"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-posting-workplace-section.h"

struct _SlPostingWorkplaceSection
{
  AdwPreferencesGroup  parent_instance;

  AdwComboRow         *workplace_row;
  AdwComboRow         *employment_row;
};

static void section_iface_init (SlPostingEditorSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingWorkplaceSection, sl_posting_workplace_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SL_TYPE_POSTING_EDITOR_SECTION, section_iface_init))

/* The workplace combo row: "Not Specified" first, as for the employment
 * type, then on-site, hybrid and remote. */
static const SlWorkplaceType workplace_types[] = {
  SL_WORKPLACE_TYPE_UNKNOWN, SL_WORKPLACE_TYPE_ON_SITE, SL_WORKPLACE_TYPE_HYBRID, SL_WORKPLACE_TYPE_REMOTE,
};

/* schema.org employment types, in the order of the combo row after "Not specified". */
static const char * const employment_types[] = {
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY",
  "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
};

/* The rows' positions for @p's values: an employment type the table does
 * not know shows as "Not Specified". */
static guint
workplace_index (SlPosting *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (workplace_types); i++)
    {
      if (workplace_types[i] == sl_posting_get_workplace_type (p))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
employment_index (SlPosting *p)
{
  const char *type = sl_posting_get_employment_type (p);
  guint employment = 0;

  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (employment_types); i++)
    {
      if (g_str_equal (type, employment_types[i]))
        employment = i + 1;
    }

  return employment;
}

static void
sl_posting_workplace_section_set_posting (SlPostingEditorSection *section,
                                          SlPosting              *p)
{
  SlPostingWorkplaceSection *self = SL_POSTING_WORKPLACE_SECTION (section);
  guint workplace;

  if (p == NULL)
    return;

  workplace = workplace_index (p);
  if (workplace != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->workplace_row, workplace);
  adw_combo_row_set_selected (self->employment_row, employment_index (p));
}

/* A row is read only where it no longer shows @posting's value, so an edit
 * of one never rewrites the other. */
static gboolean
sl_posting_workplace_section_apply (SlPostingEditorSection *section,
                                    SlPosting              *posting)
{
  SlPostingWorkplaceSection *self = SL_POSTING_WORKPLACE_SECTION (section);
  guint workplace = adw_combo_row_get_selected (self->workplace_row);
  guint selected = adw_combo_row_get_selected (self->employment_row);
  gboolean changed = FALSE;

  if (workplace < G_N_ELEMENTS (workplace_types) && workplace != workplace_index (posting))
    {
      sl_posting_set_workplace_type (posting, workplace_types[workplace]);
      changed = TRUE;
    }

  if (selected != GTK_INVALID_LIST_POSITION && selected != employment_index (posting))
    {
      const char *type = selected > 0 && selected <= G_N_ELEMENTS (employment_types)
                         ? employment_types[selected - 1] : NULL;

      sl_posting_set_employment_type (posting, type);
      changed = TRUE;
    }

  return changed;
}

static GtkWidget *
sl_posting_workplace_section_get_field_widget (SlPostingEditorSection *section,
                                               const char             *field)
{
  SlPostingWorkplaceSection *self = SL_POSTING_WORKPLACE_SECTION (section);

  if (g_str_equal (field, "workplace-type"))
    return GTK_WIDGET (self->workplace_row);
  if (g_str_equal (field, "employment-type"))
    return GTK_WIDGET (self->employment_row);

  return NULL;
}

static void
section_iface_init (SlPostingEditorSectionInterface *iface)
{
  iface->set_posting = sl_posting_workplace_section_set_posting;
  iface->apply = sl_posting_workplace_section_apply;
  iface->get_field_widget = sl_posting_workplace_section_get_field_widget;
}

static void
combo_selected_cb (SlPostingWorkplaceSection *self)
{
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
sl_posting_workplace_section_class_init (SlPostingWorkplaceSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-workplace-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingWorkplaceSection, workplace_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingWorkplaceSection, employment_row);
}

static void
sl_posting_workplace_section_init (SlPostingWorkplaceSection *self)
{
  g_autoptr (GtkStringList) workplaces = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) employment = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (workplace_types); i++)
    gtk_string_list_append (workplaces, sl_workplace_type_to_label (workplace_types[i]));
  gtk_string_list_append (employment, _("Not Specified"));
  for (guint i = 0; i < G_N_ELEMENTS (employment_types); i++)
    gtk_string_list_append (employment, sl_employment_type_to_label (employment_types[i]));

  adw_combo_row_set_model (self->workplace_row, G_LIST_MODEL (workplaces));
  adw_combo_row_set_model (self->employment_row, G_LIST_MODEL (employment));

  g_signal_connect_object (self->workplace_row, "notify::selected", G_CALLBACK (combo_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->employment_row, "notify::selected", G_CALLBACK (combo_selected_cb), self, G_CONNECT_SWAPPED);
}
