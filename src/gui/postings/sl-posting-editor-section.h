/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingEditorSection: one group of the posting editor, which shows some of a posting's fields and applies their edits. */
#pragma once

#include <gtk/gtk.h>

#include "sl-posting.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_EDITOR_SECTION (sl_posting_editor_section_get_type ())
G_DECLARE_INTERFACE (SlPostingEditorSection, sl_posting_editor_section, SL, POSTING_EDITOR_SECTION, GtkWidget)

/* As GNOME Calendar's GcalEventEditorSection: the editor gives every
 * section the posting to show; when the recruiter edits a field the
 * section emits "edited", and the editor applies the section to a copy of
 * its posting first (to learn whether anything changed, and so whether an
 * undo step is due), then to the posting itself. A section never writes to
 * the store. */
struct _SlPostingEditorSectionInterface
{
  GTypeInterface parent_iface;

  /* Fills the widgets from @posting (NULL: nothing is open); emits no "edited". */
  void       (*set_posting)      (SlPostingEditorSection *self,
                                  SlPosting              *posting);
  /* Writes the fields' accepted values into @posting; TRUE when one changed. */
  gboolean   (*apply)            (SlPostingEditorSection *self,
                                  SlPosting              *posting);
  /* The widget that edits @field (sl_posting_validate_field()'s names), or NULL. */
  GtkWidget *(*get_field_widget) (SlPostingEditorSection *self,
                                  const char             *field);
};

void       sl_posting_editor_section_set_posting      (SlPostingEditorSection *self,
                                                       SlPosting              *posting);
gboolean   sl_posting_editor_section_apply            (SlPostingEditorSection *self,
                                                       SlPosting              *posting);
GtkWidget *sl_posting_editor_section_get_field_widget (SlPostingEditorSection *self,
                                                       const char             *field);
/* For implementations: a field was edited. */
void       sl_posting_editor_section_emit_edited      (SlPostingEditorSection *self);
/* For implementations: a combo row's model, the labels of the enum values 0 to @n - 1. */
GListModel *sl_posting_editor_section_labels_model    (const char *(*to_label) (int),
                                                       int          n);

G_END_DECLS
