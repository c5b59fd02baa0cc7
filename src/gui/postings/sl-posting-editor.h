/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingEditor: the form that edits one posting, with inline validation, autosave and undo. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_EDITOR (sl_posting_editor_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingEditor, sl_posting_editor, SL, POSTING_EDITOR, AdwBin)

/* The editor works on its own copy of the posting. Every change schedules a
 * save (sl_store_save_posting) 500 ms after the last keystroke; the pending
 * save is flushed by sl_posting_editor_flush(), when another posting is set,
 * and when the editor is unmapped or destroyed. A field whose text is invalid
 * shows why beneath it and the posting keeps the field's last valid value.
 *
 * Actions: "editor.undo" (Ctrl+Z) and "editor.redo" (Ctrl+Shift+Z) restore
 * snapshots of the posting; keystrokes less than a second apart are one step.
 *
 * The page is built from ten SlPostingEditorSections, one per group
 * (sl-posting-editor-section.h); the editor applies an edited section to a
 * copy of the posting first, and records an undo step only when it changed.
 *
 * Signals: "changed" after every accepted edit (cheap: the preview listens),
 * "saved" after each store write, "save-failed" (const char *message). */

GtkWidget  *sl_posting_editor_new               (SlStore         *store);
SlStore    *sl_posting_editor_get_store         (SlPostingEditor *self);
/* Flushes the pending save, then edits a copy of @posting (NULL: nothing).
 * Setting a posting with the id being edited keeps the editor as it is. */
void        sl_posting_editor_set_posting       (SlPostingEditor *self,
                                                 SlPosting       *posting);
/* The working copy, with every accepted edit; NULL when nothing is open. */
SlPosting  *sl_posting_editor_get_posting       (SlPostingEditor *self);
/* Saves now if a save is pending; FALSE (and "save-failed") on error. */
gboolean    sl_posting_editor_flush             (SlPostingEditor *self);
gboolean    sl_posting_editor_get_save_pending  (SlPostingEditor *self);
/* The widget that edits @field, named as sl_posting_validate_field() names
 * fields ("title", "salary-min", "responsibilities", "description", …). */
GtkWidget  *sl_posting_editor_get_field_widget  (SlPostingEditor *self,
                                                 const char      *field);
/* The error shown under @field, or NULL. */
const char *sl_posting_editor_get_field_error   (SlPostingEditor *self,
                                                 const char      *field);
void        sl_posting_editor_focus_title       (SlPostingEditor *self);

G_END_DECLS
