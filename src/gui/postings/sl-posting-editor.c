/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingEditor: the form that edits one posting, with inline validation, autosave and undo. */
#define G_LOG_DOMAIN "sl-posting-editor"

#include "config.h"

#include "sl-posting-basics-section.h"
#include "sl-posting-dates-section.h"
#include "sl-posting-editor.h"
#include "sl-posting-entry-fields.h"
#include "sl-posting-list-section.h"
#include "sl-posting-salary-section.h"
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

  /* The page's groups, each a section, in order. */
  SlPostingBasicsSection    *basics_section;
  SlPostingListSection      *locations_section;
  SlPostingWorkplaceSection *workplace_section;
  SlPostingDatesSection     *dates_section;
  SlPostingSalarySection    *salary_section;
  SlPostingTextSection      *summary_section;
  SlPostingTextSection      *description_section;
  SlPostingListSection      *responsibilities_section;
  SlPostingListSection      *qualifications_section;
  SlPostingListSection      *nice_to_have_section;
  SlPostingEditorSection    *sections[10];
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

/* Filling the widgets from the posting (on open, undo and redo). */

static void
load_widgets (SlPostingEditor *self)
{
  SlPosting *p = self->posting;

  self->loading = TRUE;

  /* Read-only: shown, greyed out; the Preview shows it in full. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), p != NULL && !sl_store_is_read_only (self->store));
  /* with NULL, a section only clears its errors */
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

  g_type_ensure (SL_TYPE_POSTING_BASICS_SECTION);
  g_type_ensure (SL_TYPE_POSTING_DATES_SECTION);
  g_type_ensure (SL_TYPE_POSTING_LIST_SECTION);
  g_type_ensure (SL_TYPE_POSTING_SALARY_SECTION);
  g_type_ensure (SL_TYPE_POSTING_TEXT_SECTION);
  g_type_ensure (SL_TYPE_POSTING_WORKPLACE_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, page);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, basics_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, locations_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, workplace_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, dates_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, salary_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, summary_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, description_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, responsibilities_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, qualifications_section);
  gtk_widget_class_bind_template_child (widget_class, SlPostingEditor, nice_to_have_section);

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
  self->sections[0] = SL_POSTING_EDITOR_SECTION (self->basics_section);
  self->sections[1] = SL_POSTING_EDITOR_SECTION (self->locations_section);
  self->sections[2] = SL_POSTING_EDITOR_SECTION (self->workplace_section);
  self->sections[3] = SL_POSTING_EDITOR_SECTION (self->dates_section);
  self->sections[4] = SL_POSTING_EDITOR_SECTION (self->salary_section);
  self->sections[5] = SL_POSTING_EDITOR_SECTION (self->summary_section);
  self->sections[6] = SL_POSTING_EDITOR_SECTION (self->description_section);
  self->sections[7] = SL_POSTING_EDITOR_SECTION (self->responsibilities_section);
  self->sections[8] = SL_POSTING_EDITOR_SECTION (self->qualifications_section);
  self->sections[9] = SL_POSTING_EDITOR_SECTION (self->nice_to_have_section);

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
  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

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
  GtkWidget *row;

  g_return_val_if_fail (SL_IS_POSTING_EDITOR (self), NULL);

  /* only entry rows show errors */
  row = sl_posting_editor_get_field_widget (self, field);
  if (!ADW_IS_ENTRY_ROW (row))
    return NULL;

  return sl_entry_field_get_error (row);
}

void
sl_posting_editor_focus_title (SlPostingEditor *self)
{
  GtkWidget *title_row;

  g_return_if_fail (SL_IS_POSTING_EDITOR (self));

  title_row = sl_posting_editor_get_field_widget (self, "title");
  gtk_widget_grab_focus (title_row);
  gtk_editable_select_region (GTK_EDITABLE (title_row), 0, -1);
}
