/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStringListEditor: an ordered list of short texts (responsibilities, …) to add, edit, remove and reorder. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SL_TYPE_STRING_LIST_EDITOR (sl_string_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (SlStringListEditor, sl_string_list_editor, SL, STRING_LIST_EDITOR, AdwBin)

/* Properties: "title" (names the items for screen readers) and
 * "add-label" (the add button's label, "_Add Item" by default).
 * Items are reordered by dragging a row, or with Alt+Up / Alt+Down on a
 * focused item (the actions "list.move-up" and "list.move-down", whose int
 * parameter is the item's index, -1 for the focused one). "changed" is
 * emitted after every edit, addition, removal or move. */

GtkWidget  *sl_string_list_editor_new        (void);
const char *sl_string_list_editor_get_title  (SlStringListEditor *self);
void        sl_string_list_editor_set_title  (SlStringListEditor *self,
                                              const char         *title);
/* Replaces every row; emits no "changed". */
void        sl_string_list_editor_set_items  (SlStringListEditor *self,
                                              const char * const *items);
/* The non-blank items in order (NULL-terminated, never NULL). */
char      **sl_string_list_editor_get_items  (SlStringListEditor *self);
guint       sl_string_list_editor_get_n_items (SlStringListEditor *self);
/* The entry row of item @index, or NULL. */
GtkWidget  *sl_string_list_editor_get_row    (SlStringListEditor *self,
                                              guint               index);
/* Moves item @from to position @to; returns FALSE when either is out of range. */
gboolean    sl_string_list_editor_move_item  (SlStringListEditor *self,
                                              guint               from,
                                              guint               to);
/* Adds an empty item at the end, focuses it and returns its row. */
GtkWidget  *sl_string_list_editor_add_item   (SlStringListEditor *self);

G_END_DECLS
