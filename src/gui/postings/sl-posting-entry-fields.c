/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The posting editor's entry fields: reading a row's text, checking it, and the inline error under a row. */
#define G_LOG_DOMAIN "sl-posting-entry-fields"

#include "config.h"

#include <string.h>

#include "sl-date.h"
#include "sl-error.h"
#include "sl-money.h"
#include "sl-posting-entry-fields.h"

static const FieldInfo entry_fields[] = {
  { "title",           KIND_TEXT,      TRUE },
  { "department",      KIND_TEXT,      FALSE },
  { "hiring-manager",  KIND_TEXT,      FALSE },
  { "organization",    KIND_TEXT,      FALSE },
  { "date-posted",     KIND_DATE,      TRUE },
  { "valid-through",   KIND_DATE,      TRUE },
  { "salary-min",      KIND_MONEY,     TRUE },
  { "salary-max",      KIND_MONEY,     TRUE },
  { "salary-currency", KIND_CURRENCY,  TRUE },
};

const FieldInfo *
sl_entry_field_find (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    {
      if (g_str_equal (entry_fields[i].name, name))
        return &entry_fields[i];
    }

  return NULL;
}

/* A field's value, whatever its kind. */
typedef struct
{
  char    *str;
  double   num;
} FieldValue;

static void
field_value_clear (FieldValue *value)
{
  g_clear_pointer (&value->str, g_free);
}

static void
posting_get_value (SlPosting       *posting,
                   const FieldInfo *info,
                   FieldValue      *value)
{
  const char *name = info->name;

  memset (value, 0, sizeof *value);

  if (g_str_equal (name, "title"))
    value->str = g_strdup (sl_posting_get_title (posting));
  else if (g_str_equal (name, "department"))
    value->str = g_strdup (sl_posting_get_department (posting));
  else if (g_str_equal (name, "hiring-manager"))
    value->str = g_strdup (sl_posting_get_hiring_manager (posting));
  else if (g_str_equal (name, "organization"))
    value->str = g_strdup (sl_posting_get_organization (posting));
  else if (g_str_equal (name, "date-posted"))
    value->str = g_strdup (sl_posting_get_date_posted (posting));
  else if (g_str_equal (name, "valid-through"))
    value->str = g_strdup (sl_posting_get_valid_through (posting));
  else if (g_str_equal (name, "salary-min"))
    value->num = sl_posting_get_salary_min (posting);
  else if (g_str_equal (name, "salary-max"))
    value->num = sl_posting_get_salary_max (posting);
  else if (g_str_equal (name, "salary-currency"))
    value->str = g_strdup (sl_posting_get_salary_currency (posting));
  else
    g_assert_not_reached ();
}

static void
posting_set_value (SlPosting        *posting,
                   const FieldInfo  *info,
                   const FieldValue *value)
{
  const char *name = info->name;

  if (g_str_equal (name, "title"))
    sl_posting_set_title (posting, value->str);
  else if (g_str_equal (name, "department"))
    sl_posting_set_department (posting, value->str);
  else if (g_str_equal (name, "hiring-manager"))
    sl_posting_set_hiring_manager (posting, value->str);
  else if (g_str_equal (name, "organization"))
    sl_posting_set_organization (posting, value->str);
  else if (g_str_equal (name, "date-posted"))
    sl_posting_set_date_posted (posting, value->str);
  else if (g_str_equal (name, "valid-through"))
    sl_posting_set_valid_through (posting, value->str);
  else if (g_str_equal (name, "salary-min"))
    sl_posting_set_salary_min (posting, value->num);
  else if (g_str_equal (name, "salary-max"))
    sl_posting_set_salary_max (posting, value->num);
  else if (g_str_equal (name, "salary-currency"))
    sl_posting_set_salary_currency (posting, value->str);
  else
    g_assert_not_reached ();
}

static gboolean
field_value_equal (const FieldInfo  *info,
                   const FieldValue *a,
                   const FieldValue *b)
{
  switch (info->kind)
    {
    case KIND_MONEY:
      return a->num == b->num;

    case KIND_TEXT:
    case KIND_DATE:
    case KIND_CURRENCY:
    default:
      return g_strcmp0 (a->str, b->str) == 0;
    }
}

static char *
format_money (double amount)
{
  if (amount <= 0)
    return g_strdup ("");
  /* a figure stored before salaries had a range may not fit a gint64 */
  if (amount > SL_SALARY_MAX)
    return g_strdup_printf ("%.0f", amount);
  if (amount == (double) (gint64) amount)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) amount);
  return g_strdup_printf ("%.2f", amount);
}

/* Turns the row's text into a value; FALSE when it cannot be read at all. */
static gboolean
parse_field (const FieldInfo  *info,
             const char       *text,
             FieldValue       *value,
             GError          **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  memset (value, 0, sizeof *value);

  switch (info->kind)
    {
    case KIND_MONEY:
      /* the importers' reading: "60.000" is sixty thousand in both */
      return sl_money_parse (stripped, &value->num, error);

    case KIND_CURRENCY:
      value->str = stripped[0] != '\0' ? g_ascii_strup (stripped, -1) : NULL;
      return TRUE;

    case KIND_DATE:
      /* "3 March 2026" is kept as 2026-03-03; what no one can read is kept
       * as typed, for sl_posting_validate_field() to say what is wrong */
      value->str = sl_date_parse (stripped, NULL);
      if (value->str == NULL && stripped[0] != '\0')
        value->str = g_steal_pointer (&stripped);
      return TRUE;

    case KIND_TEXT:
    default:
      value->str = stripped[0] != '\0' ? g_steal_pointer (&stripped) : NULL;
      return TRUE;
    }
}

/* Inline errors: the row turns red and a line under it says what is wrong. */

static GtkWidget *
ensure_error_row (GtkWidget *row)
{
  GtkWidget *error_row = g_object_get_data (G_OBJECT (row), "sl-error-row");
  GtkWidget *box, *icon, *label;
  GtkWidget *list_box;

  if (error_row != NULL)
    return error_row;

  list_box = gtk_widget_get_parent (row);
  g_return_val_if_fail (GTK_IS_LIST_BOX (list_box), NULL);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (box, "error");

  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);

  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);

  error_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_widget_set_focusable (error_row, FALSE);
  gtk_widget_set_visible (error_row, FALSE);
  gtk_list_box_insert (GTK_LIST_BOX (list_box), error_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);

  g_object_set_data (G_OBJECT (row), "sl-error-row", error_row);
  g_object_set_data (G_OBJECT (row), "sl-error-label", label);

  return error_row;
}

static void
show_field_error (GtkWidget  *row,
                  const char *message)
{
  GtkWidget *error_row = ensure_error_row (row);
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "sl-error-label");

  gtk_label_set_text (label, message);
  gtk_widget_set_visible (error_row, TRUE);
  gtk_widget_add_css_class (row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
}

static gboolean
row_has_error (GtkWidget *row)
{
  return gtk_widget_has_css_class (row, "error");
}

static void
clear_field_error (GtkWidget *row)
{
  GtkWidget *error_row = g_object_get_data (G_OBJECT (row), "sl-error-row");

  if (!row_has_error (row))
    return;

  if (error_row != NULL)
    gtk_widget_set_visible (error_row, FALSE);
  gtk_widget_remove_css_class (row, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
sl_entry_field_get_error (GtkWidget *row)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "sl-error-label");

  if (label == NULL || !row_has_error (row))
    return NULL;

  return gtk_label_get_text (label);
}

void
sl_entry_field_clear_error (GtkWidget *row)
{
  clear_field_error (row);
}

void
sl_entry_field_load (const FieldInfo *info,
                     AdwEntryRow     *row,
                     SlPosting       *posting)
{
  FieldValue value;
  g_autofree char *money = NULL;

  clear_field_error (GTK_WIDGET (row));
  posting_get_value (posting, info, &value);
  if (info->kind == KIND_MONEY)
    money = format_money (value.num);
  gtk_editable_set_text (GTK_EDITABLE (row),
                         money != NULL ? money : value.str != NULL ? value.str : "");
  /* shown, not typed: another field's edit leaves it as it is stored */
  g_object_set_data (G_OBJECT (row), "sl-edited", NULL);
  field_value_clear (&value);
}

void
sl_entry_field_mark_edited (GtkWidget *row)
{
  g_object_set_data (G_OBJECT (row), "sl-edited", GINT_TO_POINTER (TRUE));
}

/* One field: parse, check, and only then keep the value. */
static gboolean
apply_field (const FieldInfo *info,
             GtkWidget       *row,
             SlPosting       *posting)
{
  g_autoptr (GError) error = NULL;
  FieldValue old_value, new_value;
  gboolean valid = TRUE;
  gboolean changed = FALSE;

  if (!parse_field (info, gtk_editable_get_text (GTK_EDITABLE (row)), &new_value, &error))
    {
      show_field_error (row, error->message);
      return FALSE;
    }

  posting_get_value (posting, info, &old_value);

  if (!field_value_equal (info, &old_value, &new_value))
    {
      posting_set_value (posting, info, &new_value);
      if (info->validated)
        valid = sl_posting_validate_field (posting, info->name, &error);
      /* Back to the old value when it is not valid. */
      if (!valid)
        posting_set_value (posting, info, &old_value);
      changed = valid;
    }
  else if (info->validated && row_has_error (row))
    {
      valid = sl_posting_validate_field (posting, info->name, &error);
    }

  if (valid)
    clear_field_error (row);
  else
    show_field_error (row, error->message);

  field_value_clear (&old_value);
  field_value_clear (&new_value);
  return changed;
}

gboolean
sl_entry_fields_apply (const FieldInfo * const *infos,
                       AdwEntryRow * const     *rows,
                       guint                    n_fields,
                       SlPosting               *posting)
{
  gboolean changed = FALSE;
  gboolean changed_in_pass = TRUE;

  /* "min above max" on the other field may be fixed by this one: after a
   * change, the fields still in error are tried again. */
  for (guint pass = 0; changed_in_pass && pass <= n_fields; pass++)
    {
      gboolean any_error = FALSE;

      changed_in_pass = FALSE;
      for (guint i = 0; i < n_fields; i++)
        {
          GtkWidget *row = GTK_WIDGET (rows[i]);

          /* only what was typed, as one field at a time before sections */
          if (g_object_get_data (G_OBJECT (row), "sl-edited") == NULL && !row_has_error (row))
            continue;
          if (pass > 0 && !row_has_error (row))
            continue;
          if (apply_field (infos[i], row, posting))
            changed_in_pass = TRUE;
          any_error |= row_has_error (row);
        }
      changed |= changed_in_pass;
      if (!any_error)
        break;
    }

  return changed;
}

void
sl_entry_fields_load (const FieldInfo * const *infos,
                      AdwEntryRow * const     *rows,
                      guint                    n_fields,
                      SlPosting               *posting)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (posting != NULL)
        sl_entry_field_load (infos[i], rows[i], posting);
      else
        clear_field_error (GTK_WIDGET (rows[i]));
      g_object_set_data (G_OBJECT (rows[i]), "sl-edited", NULL);
    }
}

GtkWidget *
sl_entry_fields_find_row (const FieldInfo * const *infos,
                          AdwEntryRow * const     *rows,
                          guint                    n_fields,
                          const char              *name)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (g_str_equal (infos[i]->name, name))
        return GTK_WIDGET (rows[i]);
    }

  return NULL;
}
