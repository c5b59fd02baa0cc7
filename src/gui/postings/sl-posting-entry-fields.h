/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The posting editor's entry fields: reading a row's text, checking it, and the inline error under a row. */
#pragma once

#include <adwaita.h>

#include "sl-posting.h"

G_BEGIN_DECLS

typedef enum {
  KIND_TEXT,
  KIND_DATE,
  KIND_MONEY,
  KIND_CURRENCY,
} FieldKind;

typedef struct
{
  const char *name;       /* sl_posting_validate_field()'s */
  FieldKind   kind;
  gboolean    validated;
} FieldInfo;

/* The field called @name, or NULL. */
const FieldInfo *sl_entry_field_find        (const char      *name);
/* Shows @posting's value in @row, without an error. */
void             sl_entry_field_load        (const FieldInfo *info,
                                             AdwEntryRow     *row,
                                             SlPosting       *posting);
/* Applies the rows of @infos to @posting, each as the editor has always
 * committed one field: parse, check, and only then keep the value, an error
 * under the row otherwise. A field whose check failed against another
 * ("minimum above maximum") is tried again once another changed. TRUE when
 * a value changed. */
gboolean         sl_entry_fields_apply      (const FieldInfo * const *infos,
                                             AdwEntryRow * const     *rows,
                                             guint                    n_fields,
                                             SlPosting               *posting);
/* Every row of @infos without an error and, unless @posting is NULL, showing its value. */
void             sl_entry_fields_load       (const FieldInfo * const *infos,
                                             AdwEntryRow * const     *rows,
                                             guint                    n_fields,
                                             SlPosting               *posting);
/* The row of the field called @name, or NULL. */
GtkWidget       *sl_entry_fields_find_row   (const FieldInfo * const *infos,
                                             AdwEntryRow * const     *rows,
                                             guint                    n_fields,
                                             const char              *name);
/* @row's text was edited since it was loaded: sl_entry_fields_apply() only
 * reads such rows (and those showing an error). */
void             sl_entry_field_mark_edited (GtkWidget       *row);
/* The error shown under @row, or NULL. */
const char      *sl_entry_field_get_error   (GtkWidget       *row);
void             sl_entry_field_clear_error (GtkWidget       *row);

G_END_DECLS
