/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingEditorSection: the interface every group of the posting editor implements. */
#define G_LOG_DOMAIN "sl-posting-editor-section"

#include "config.h"

#include "sl-posting-editor-section.h"

G_DEFINE_INTERFACE (SlPostingEditorSection, sl_posting_editor_section, GTK_TYPE_WIDGET)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sl_posting_editor_section_default_init (SlPostingEditorSectionInterface *iface)
{
  /* after each edit of one of the section's fields, accepted or not: the
   * editor then applies the section */
  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
sl_posting_editor_section_set_posting (SlPostingEditorSection *self,
                                       SlPosting              *posting)
{
  g_return_if_fail (SL_IS_POSTING_EDITOR_SECTION (self));
  g_return_if_fail (posting == NULL || SL_IS_POSTING (posting));

  SL_POSTING_EDITOR_SECTION_GET_IFACE (self)->set_posting (self, posting);
}

gboolean
sl_posting_editor_section_apply (SlPostingEditorSection *self,
                                 SlPosting              *posting)
{
  g_return_val_if_fail (SL_IS_POSTING_EDITOR_SECTION (self), FALSE);
  g_return_val_if_fail (SL_IS_POSTING (posting), FALSE);

  return SL_POSTING_EDITOR_SECTION_GET_IFACE (self)->apply (self, posting);
}

GtkWidget *
sl_posting_editor_section_get_field_widget (SlPostingEditorSection *self,
                                            const char             *field)
{
  g_return_val_if_fail (SL_IS_POSTING_EDITOR_SECTION (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  return SL_POSTING_EDITOR_SECTION_GET_IFACE (self)->get_field_widget (self, field);
}

void
sl_posting_editor_section_emit_edited (SlPostingEditorSection *self)
{
  g_return_if_fail (SL_IS_POSTING_EDITOR_SECTION (self));

  g_signal_emit (self, signals[EDITED], 0);
}

GListModel *
sl_posting_editor_section_labels_model (const char *(*to_label) (int),
                                        int          n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, to_label (i));

  return G_LIST_MODEL (list);
}
