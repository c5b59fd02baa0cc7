/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingEditor: the form that edits one posting, with inline validation, autosave and undo. */
#define G_LOG_DOMAIN "sl-posting-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sl-date.h"
#include "sl-error.h"
#include "sl-money.h"
#include "sl-posting-editor.h"
#include "sl-posting-list-section.h"
#include "sl-posting-text-section.h"
#include "sl-posting-workplace-section.h"
#include "sl-read-only.h"
#include "sl-tooltips.h"

#define SAVE_DELAY_MS     500
#define COALESCE_DELAY_MS 1000
#define MAX_UNDO_STEPS    100

struct _SlPostingEditor
{
  AdwBin              parent_instance;

  SlStore            *store;
  SlPosting          *posting;

  GPtrArray          *undo_stack;
  GPtrArray          *redo_stack;
  guint               save_id;
  guint               coalesce_id;
  guint               loading : 1;

  AdwPreferencesPage *page;
  AdwEntryRow        *title_row;
  AdwComboRow        *status_row;
  AdwEntryRow        *department_row;
  AdwEntryRow        *hiring_manager_row;
  AdwEntryRow        *organization_row;
  GtkSpinButton      *openings_spin;
  AdwEntryRow        *date_posted_row;
  AdwEntryRow        *valid_through_row;
  GtkCalendar        *date_posted_calendar;
  GtkCalendar        *valid_through_calendar;
  AdwEntryRow        *salary_min_row;
  AdwEntryRow        *salary_max_row;
  AdwEntryRow        *currency_row;
  AdwComboRow        *unit_row;

  /* The groups that are sections, in the page's order. */
  SlPostingListSection *locations_section;
  SlPostingWorkplaceSection *workplace_section;
  SlPostingTextSection *summary_section;
  SlPostingTextSection *description_section;
  SlPostingListSection *responsibilities_section;
  SlPostingListSection *qualifications_section;
  SlPostingListSection *nice_to_have_section;
  SlPostingEditorSection *sections[7];
};

G_DEFINE_FINAL_TYPE (SlPostingEditor, sl_posting_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_POSTING,
  N_PROPS
};

enum {
  CHANGED,
  SAVED,
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef enum {
  KIND_TEXT,
  KIND_DATE,
  KIND_MONEY,
  KIND_CURRENCY,
} FieldKind;

typedef struct
{
  const char *name;
  FieldKind   kind;
  gsize       row_offset;
  const char *partner;
  gboolean    validated;
} FieldInfo;

#define ROW(field) G_STRUCT_OFFSET (SlPostingEditor, field)

static const FieldInfo entry_fields[] = {
  { "title",           KIND_TEXT,      ROW (title_row),          NULL,            TRUE },
  { "department",      KIND_TEXT,      ROW (department_row),     NULL,            FALSE },
  { "hiring-manager",  KIND_TEXT,      ROW (hiring_manager_row), NULL,            FALSE },
  { "organization",    KIND_TEXT,      ROW (organization_row),   NULL,            FALSE },
  { "date-posted",     KIND_DATE,      ROW (date_posted_row),    "valid-through", TRUE },
  { "valid-through",   KIND_DATE,      ROW (valid_through_row),  "date-posted",   TRUE },
  { "salary-min",      KIND_MONEY,     ROW (salary_min_row),     "salary-max",    TRUE },
  { "salary-max",      KIND_MONEY,     ROW (salary_max_row),     "salary-min",    TRUE },
  { "salary-currency", KIND_CURRENCY,  ROW (currency_row),       NULL,            TRUE },
};

static inline GtkWidget *
field_row (SlPostingEditor *self,
           const FieldInfo *info)
{
  return *(GtkWidget **) G_STRUCT_MEMBER_P (self, info->row_offset);
}

static const FieldInfo *
find_field (const char *name)
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

/* Undo and redo. */

static void
update_undo_actions (SlPostingEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo",
                                 self->posting != NULL && self->undo_stack->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo",
                                 self->posting != NULL && self->redo_stack->len > 0);
}

static gboolean
coalesce_timeout_cb (gpointer user_data)
{
  SlPostingEditor *self = user_data;

  self->coalesce_id = 0;

  return G_SOURCE_REMOVE;
}

/* Called before each accepted edit touches self->posting: the first edit
 * after a pause records the posting as it was, so one Ctrl+Z undoes a burst
 * of typing. */
static void
begin_change (SlPostingEditor *self)
{
  if (self->coalesce_id == 0)
    {
      g_ptr_array_add (self->undo_stack, sl_posting_copy (self->posting));
      if (self->undo_stack->len > MAX_UNDO_STEPS)
        g_ptr_array_remove_index (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
      update_undo_actions (self);
    }
  else
    {
      g_source_remove (self->coalesce_id);
    }

  self->coalesce_id = g_timeout_add (COALESCE_DELAY_MS, coalesce_timeout_cb, self);
}

static void
save_now (SlPostingEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (self->posting == NULL)
    return;

  if (!sl_store_save_posting (self->store, self->posting, &error))
    {
      g_signal_emit (self, signals[SAVE_FAILED], 0, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  SlPostingEditor *self = user_data;

  self->save_id = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

/* After each accepted edit: no store write and no rebuild here, only a
 * (re)scheduled save, so a keystroke stays cheap. */
static void
end_change (SlPostingEditor *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Entry fields: parse, check, and only then keep the value. */

static void commit_field (SlPostingEditor *self,
                          const FieldInfo *info);

static void
commit_field (SlPostingEditor *self,
              const FieldInfo *info)
{
  GtkWidget *row = field_row (self, info);
  g_autoptr (GError) error = NULL;
  FieldValue old_value, new_value;
  gboolean valid = TRUE;

  if (self->posting == NULL)
    return;

  if (!parse_field (info, gtk_editable_get_text (GTK_EDITABLE (row)), &new_value, &error))
    {
      show_field_error (row, error->message);
      return;
    }

  posting_get_value (self->posting, info, &old_value);

  if (!field_value_equal (info, &old_value, &new_value))
    {
      posting_set_value (self->posting, info, &new_value);
      if (info->validated)
        valid = sl_posting_validate_field (self->posting, info->name, &error);
      /* Back to the old value, so the undo step records the posting as it was. */
      posting_set_value (self->posting, info, &old_value);

      if (valid)
        {
          begin_change (self);
          posting_set_value (self->posting, info, &new_value);
        }
    }
  else if (info->validated && row_has_error (row))
    {
      valid = sl_posting_validate_field (self->posting, info->name, &error);
    }

  if (valid)
    {
      gboolean changed = !field_value_equal (info, &old_value, &new_value);

      clear_field_error (row);
      if (changed)
        end_change (self);

      /* "min above max" on the other field may be fixed by this one. */
      if (info->partner != NULL)
        {
          const FieldInfo *partner = find_field (info->partner);

          if (row_has_error (field_row (self, partner)))
            commit_field (self, partner);
        }
    }
  else
    {
      show_field_error (row, error->message);
    }

  field_value_clear (&old_value);
  field_value_clear (&new_value);
}

static void
entry_changed_cb (SlPostingEditor *self,
                  GtkEditable     *editable)
{
  if (self->loading)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    {
      if (field_row (self, &entry_fields[i]) == GTK_WIDGET (editable))
        {
          commit_field (self, &entry_fields[i]);
          return;
        }
    }
}

static void
combo_selected_cb (SlPostingEditor *self,
                   GParamSpec      *pspec,
                   AdwComboRow     *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->posting == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->status_row)
    {
      if ((SlPostingStatus) selected == sl_posting_get_status (self->posting))
        return;
      begin_change (self);
      sl_posting_set_status (self->posting, (SlPostingStatus) selected);
    }
  else if (row == self->unit_row)
    {
      if ((SlSalaryUnit) selected == sl_posting_get_salary_unit (self->posting))
        return;
      begin_change (self);
      sl_posting_set_salary_unit (self->posting, (SlSalaryUnit) selected);
    }
  else
    {
      g_assert_not_reached ();
    }

  end_change (self);
}

static void
openings_changed_cb (SlPostingEditor *self)
{
  guint openings = (guint) gtk_spin_button_get_value_as_int (self->openings_spin);

  if (self->loading || self->posting == NULL || openings == sl_posting_get_openings (self->posting))
    return;

  begin_change (self);
  sl_posting_set_openings (self->posting, openings);
  end_change (self);
}

/* A section's edit: applied to a copy first, so an edit that changes
 * nothing records no undo step and schedules no save. */
static void
section_edited_cb (SlPostingEditor        *self,
                   SlPostingEditorSection *section)
{
  g_autoptr (SlPosting) copy = NULL;

  if (self->loading || self->posting == NULL)
    return;

  copy = sl_posting_copy (self->posting);
  if (!sl_posting_editor_section_apply (section, copy))
    return;

  begin_change (self);
  sl_posting_editor_section_apply (section, self->posting);
  end_change (self);
}

static void
calendar_day_selected_cb (GtkCalendar     *calendar,
                          SlPostingEditor *self)
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

/* Filling the widgets from the posting (on open, undo and redo). */

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

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
load_widgets (SlPostingEditor *self)
{
  SlPosting *p = self->posting;
  g_autofree char *salary_min = NULL;
  g_autofree char *salary_max = NULL;

  self->loading = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    clear_field_error (field_row (self, &entry_fields[i]));

  /* Read-only: shown, greyed out; the Preview shows it in full. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), p != NULL && !sl_store_is_read_only (self->store));
  if (p == NULL)
    {
      self->loading = FALSE;
      return;
    }

  set_entry_text (self->title_row, sl_posting_get_title (p));
  set_entry_text (self->department_row, sl_posting_get_department (p));
  set_entry_text (self->hiring_manager_row, sl_posting_get_hiring_manager (p));
  set_entry_text (self->organization_row, sl_posting_get_organization (p));
  gtk_spin_button_set_value (self->openings_spin, MAX (1, sl_posting_get_openings (p)));

  adw_combo_row_set_selected (self->status_row, sl_posting_get_status (p));
  adw_combo_row_set_selected (self->unit_row, sl_posting_get_salary_unit (p));

  set_entry_text (self->date_posted_row, sl_posting_get_date_posted (p));
  set_entry_text (self->valid_through_row, sl_posting_get_valid_through (p));
  load_calendar (self->date_posted_calendar, sl_posting_get_date_posted (p));
  load_calendar (self->valid_through_calendar, sl_posting_get_valid_through (p));

  salary_min = format_money (sl_posting_get_salary_min (p));
  salary_max = format_money (sl_posting_get_salary_max (p));
  set_entry_text (self->salary_min_row, salary_min);
  set_entry_text (self->salary_max_row, salary_max);
  set_entry_text (self->currency_row, sl_posting_get_salary_currency (p));

  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    sl_posting_editor_section_set_posting (self->sections[i], p);

  self->loading = FALSE;
}

/* Copies every field the recruiter edits (not the id, rev or timestamps). */
static void
posting_assign (SlPosting *dest,
                SlPosting *src)
{
  sl_posting_set_title (dest, sl_posting_get_title (src));
  sl_posting_set_department (dest, sl_posting_get_department (src));
  sl_posting_set_hiring_manager (dest, sl_posting_get_hiring_manager (src));
  sl_posting_set_organization (dest, sl_posting_get_organization (src));
  sl_posting_set_openings (dest, sl_posting_get_openings (src));
  sl_posting_set_locations (dest, sl_posting_get_locations (src));
  sl_posting_set_workplace_type (dest, sl_posting_get_workplace_type (src));
  sl_posting_set_employment_type (dest, sl_posting_get_employment_type (src));
  sl_posting_set_date_posted (dest, sl_posting_get_date_posted (src));
  sl_posting_set_valid_through (dest, sl_posting_get_valid_through (src));
  sl_posting_set_salary_min (dest, sl_posting_get_salary_min (src));
  sl_posting_set_salary_max (dest, sl_posting_get_salary_max (src));
  sl_posting_set_salary_currency (dest, sl_posting_get_salary_currency (src));
  sl_posting_set_salary_unit (dest, sl_posting_get_salary_unit (src));
  sl_posting_set_summary (dest, sl_posting_get_summary (src));
  sl_posting_set_description (dest, sl_posting_get_description (src));
  sl_posting_set_about (dest, sl_posting_get_about (src));
  sl_posting_set_responsibilities (dest, sl_posting_get_responsibilities (src));
  sl_posting_set_qualifications (dest, sl_posting_get_qualifications (src));
  sl_posting_set_nice_to_have (dest, sl_posting_get_nice_to_have (src));
  sl_posting_set_status (dest, sl_posting_get_status (src));
}

static void
step_history (SlPostingEditor *self,
              GPtrArray       *from,
              GPtrArray       *to)
{
  g_autoptr (SlPosting) snapshot = NULL;

  if (self->posting == NULL || from->len == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* A new edit after this starts a new step. */
  g_clear_handle_id (&self->coalesce_id, g_source_remove);

  snapshot = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, sl_posting_copy (self->posting));
  posting_assign (self->posting, snapshot);
  load_widgets (self);
  update_undo_actions (self);

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlPostingEditor *self = SL_POSTING_EDITOR (widget);

  step_history (self, self->undo_stack, self->redo_stack);
}

static void
redo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlPostingEditor *self = SL_POSTING_EDITOR (widget);

  step_history (self, self->redo_stack, self->undo_stack);
}

static GListModel *
labels_model (const char *(*to_label) (int),
              int          n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, to_label (i));

  return G_LIST_MODEL (list);
}

static void
setup_combo_rows (SlPostingEditor *self)
{
  g_autoptr (GListModel) statuses = labels_model ((const char *(*) (int)) sl_posting_status_to_label,
                                                  SL_POSTING_STATUS_ARCHIVED + 1);
  g_autoptr (GListModel) units = labels_model ((const char *(*) (int)) sl_salary_unit_to_label,
                                               SL_SALARY_UNIT_YEAR + 1);

  adw_combo_row_set_model (self->status_row, statuses);
  adw_combo_row_set_model (self->unit_row, units);
}

static void
sl_posting_editor_unmap (GtkWidget *widget)
{
  sl_posting_editor_flush (SL_POSTING_EDITOR (widget));

  GTK_WIDGET_CLASS (sl_posting_editor_parent_class)->unmap (widget);
}

static void
sl_posting_editor_dispose (GObject *object)
{
  SlPostingEditor *self = SL_POSTING_EDITOR (object);

  if (self->store != NULL)
    sl_posting_editor_flush (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_handle_id (&self->coalesce_id, g_source_remove);

  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (sl_posting_editor_parent_class)->dispose (object);
}

static void
sl_posting_editor_finalize (GObject *object)
{
  SlPostingEditor *self = SL_POSTING_EDITOR (object);

  g_clear_object (&self->posting);
  g_clear_object (&self->store);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_posting_editor_parent_class)->finalize (object);
}

static void
sl_posting_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SlPostingEditor *self = SL_POSTING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_POSTING:
      g_value_set_object (value, self->posting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SlPostingEditor *self = SL_POSTING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_POSTING:
      sl_posting_editor_set_posting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_editor_class_init (SlPostingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_posting_editor_dispose;
  object_class->finalize = sl_posting_editor_finalize;
  object_class->get_property = sl_posting_editor_get_property;
  object_class->set_property = sl_posting_editor_set_property;
  widget_class->unmap = sl_posting_editor_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         SL_TYPE_POSTING,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (SL_TYPE_POSTING_LIST_SECTION);
  g_type_ensure (SL_TYPE_POSTING_TEXT_SECTION);
  g_type_ensure (SL_TYPE_POSTING_WORKPLACE_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, page);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, hiring_manager_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, openings_spin);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, locations_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, workplace_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, date_posted_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, valid_through_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, date_posted_calendar);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, valid_through_calendar);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, salary_min_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, salary_max_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, summary_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, description_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, responsibilities_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, qualifications_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, nice_to_have_section);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action_cb);
}

static void
sl_posting_editor_init (SlPostingEditor *self)
{
  GtkShortcutController *shortcuts;

  self->undo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo_stack = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  sl_tooltips_hide_over_popovers (GTK_WIDGET (self));
  setup_combo_rows (self);

  self->sections[0] = SL_POSTING_EDITOR_SECTION (self->locations_section);
  self->sections[1] = SL_POSTING_EDITOR_SECTION (self->workplace_section);
  self->sections[2] = SL_POSTING_EDITOR_SECTION (self->summary_section);
  self->sections[3] = SL_POSTING_EDITOR_SECTION (self->description_section);
  self->sections[4] = SL_POSTING_EDITOR_SECTION (self->responsibilities_section);
  self->sections[5] = SL_POSTING_EDITOR_SECTION (self->qualifications_section);
  self->sections[6] = SL_POSTING_EDITOR_SECTION (self->nice_to_have_section);

  /* In the capture phase, so Ctrl+Z in any field (an entry, a text view, a
   * list item) is the posting's undo, never a text widget's own. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts), GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                          gtk_named_action_new ("editor.undo")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z"),
                                                          gtk_named_action_new ("editor.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    g_signal_connect_object (field_row (self, &entry_fields[i]), "changed",
                             G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (combo_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_row, "notify::selected", G_CALLBACK (combo_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->openings_spin, "value-changed", G_CALLBACK (openings_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    g_signal_connect_object (self->sections[i], "edited", G_CALLBACK (section_edited_cb), self, G_CONNECT_SWAPPED);

  load_widgets (self);
  update_undo_actions (self);
}

GtkWidget *
sl_posting_editor_new (SlStore *store)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_POSTING_EDITOR, "store", store, NULL);
}

SlStore *
sl_posting_editor_get_store (SlPostingEditor *self)
{
  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), NULL);

  return self->store;
}

void
sl_posting_editor_set_posting (SlPostingEditor *self,
                               SlPosting       *posting)
{
  g_return_if_fail (SL_IS_POSTING_EDITOR (self));
  g_return_if_fail (posting == NULL || SL_IS_POSTING (posting));

  if (posting != NULL && self->posting != NULL &&
      g_strcmp0 (sl_record_get_id (SL_RECORD (posting)), sl_record_get_id (SL_RECORD (self->posting))) == 0)
    return;
  if (posting == NULL && self->posting == NULL)
    return;

  sl_posting_editor_flush (self);

  g_clear_handle_id (&self->coalesce_id, g_source_remove);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_clear_object (&self->posting);
  if (posting != NULL)
    self->posting = sl_posting_copy (posting);

  load_widgets (self);
  update_undo_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING]);
}

SlPosting *
sl_posting_editor_get_posting (SlPostingEditor *self)
{
  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), NULL);

  return self->posting;
}

gboolean
sl_posting_editor_flush (SlPostingEditor *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), FALSE);

  if (self->save_id == 0)
    return TRUE;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->posting == NULL)
    return TRUE;

  if (!sl_store_save_posting (self->store, self->posting, &error))
    {
      g_signal_emit (self, signals[SAVE_FAILED], 0, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

gboolean
sl_posting_editor_get_save_pending (SlPostingEditor *self)
{
  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), FALSE);

  return self->save_id != 0;
}

GtkWidget *
sl_posting_editor_get_field_widget (SlPostingEditor *self,
                                    const char      *field)
{
  const FieldInfo *info;

  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  info = find_field (field);
  if (info != NULL)
    return field_row (self, info);

  if (g_str_equal (field, "status"))
    return GTK_WIDGET (self->status_row);
  if (g_str_equal (field, "salary-unit"))
    return GTK_WIDGET (self->unit_row);
  if (g_str_equal (field, "openings"))
    return GTK_WIDGET (self->openings_spin);

  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    {
      GtkWidget *widget = sl_posting_editor_section_get_field_widget (self->sections[i], field);

      if (widget != NULL)
        return widget;
    }

  return NULL;
}

const char *
sl_posting_editor_get_field_error (SlPostingEditor *self,
                                   const char      *field)
{
  const FieldInfo *info;
  GtkWidget *row;
  GtkLabel *label;

  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), NULL);

  info = find_field (field);
  if (info == NULL)
    return NULL;

  row = field_row (self, info);
  label = g_object_get_data (G_OBJECT (row), "sl-error-label");
  if (!row_has_error (row) || label == NULL)
    return NULL;

  return gtk_label_get_text (label);
}

void
sl_posting_editor_focus_title (SlPostingEditor *self)
{
  g_return_if_fail (SL_IS_POSTING_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}
