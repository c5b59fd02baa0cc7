/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board's dialogs: add a candidate, reject with a reason, add, rename, move and delete stages. */
#define G_LOG_DOMAIN "sl-board-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "candidates/sl-add-candidate-dialog.h"
#include "sl-application-list.h"
#include "sl-board-private.h"

typedef void (*EntryDone) (SlBoard    *board,
                           const char *target_id,
                           const char *text);

static GtkWindow *
parent_window (SlBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
entry_changed_cb (GtkEditable      *entry,
                  AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "ok", *text != '\0' ||
                                           g_object_get_data (G_OBJECT (dialog), "allow-empty") != NULL);
}

static void
entry_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SlBoard          *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  EntryDone done = g_object_get_data (G_OBJECT (dialog), "done");
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "ok"))
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  done (self, g_object_get_data (G_OBJECT (dialog), "target-id"), text);
}

/* Asks for one line of text; @done gets it (stripped) when the person confirms. */
static void
present_entry_dialog (SlBoard              *self,
                      const char           *heading,
                      const char           *body,
                      const char           *entry_label,
                      const char           *initial,
                      const char           *ok_label,
                      AdwResponseAppearance appearance,
                      gboolean              allow_empty,
                      const char           *target_id,
                      EntryDone             done)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ok", ok_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", appearance);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), entry_label);
  gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label, -1);
  adw_message_dialog_set_extra_child (dialog, entry);

  if (allow_empty)
    g_object_set_data (G_OBJECT (dialog), "allow-empty", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "done", done);
  g_object_set_data_full (G_OBJECT (dialog), "target-id", g_strdup (target_id), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), dialog);
  entry_changed_cb (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (entry_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Reject: a reason picked from the team's list (which the dialog edits),
 * or typed. */

typedef struct
{
  SlBoard        *board;         /* weak */
  char           *application_id;
  GtkListBox     *list;
  GtkCheckButton *group;         /* the first row's check button, or NULL */
  GtkEditable    *entry;
  GtkWidget      *add_button;
  GtkLabel       *error_label;
} RejectDialog;

static void
reject_dialog_free (gpointer data)
{
  RejectDialog *rd = data;

  g_clear_weak_pointer (&rd->board);
  g_free (rd->application_id);
  g_free (rd);
}

static void
show_reject_error (RejectDialog *rd,
                   const GError *error)
{
  gtk_label_set_label (rd->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (rd->error_label), error != NULL);
}

static const char *
row_reason (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sl-reason");
}

static GtkCheckButton *
row_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sl-check");
}

/* Picking a reason from the list empties the typed one. */
static void
reason_toggled_cb (GtkCheckButton *check,
                   RejectDialog   *rd)
{
  if (gtk_check_button_get_active (check))
    gtk_editable_set_text (rd->entry, "");
}

static void remove_reason_cb (GtkButton    *button,
                              RejectDialog *rd);

static GtkWidget *
add_reason_row (RejectDialog *rd,
                const char   *reason)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: %s is a rejection reason. */
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s” From the List"), reason);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reason);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (rd->group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), rd->group);
  else
    rd->group = GTK_CHECK_BUTTON (check);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, reason, -1);
  g_signal_connect (check, "toggled", G_CALLBACK (reason_toggled_cb), rd);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "sl-row", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_reason_cb), rd);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "sl-reason", g_strdup (reason), g_free);
  g_object_set_data (G_OBJECT (row), "sl-check", check);
  gtk_list_box_append (rd->list, row);
  return row;
}

static void
remove_reason_cb (GtkButton    *button,
                  RejectDialog *rd)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "sl-row");
  g_autoptr (GError) error = NULL;

  if (rd->board == NULL)
    return;
  if (!sl_store_remove_rejection_reason (sl_board_get_store (rd->board), row_reason (row), &error))
    {
      show_reject_error (rd, error);
      return;
    }
  show_reject_error (rd, NULL);

  /* The group hangs on the first row's button: hand it on before it goes. */
  if (GTK_CHECK_BUTTON (row_check (row)) == rd->group)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (row);

      rd->group = next != NULL ? row_check (next) : NULL;
    }
  gtk_check_button_set_group (row_check (row), NULL);
  gtk_list_box_remove (rd->list, row);
  gtk_widget_set_visible (GTK_WIDGET (rd->list), gtk_widget_get_first_child (GTK_WIDGET (rd->list)) != NULL);
  gtk_widget_grab_focus (GTK_WIDGET (rd->entry));
}

static void
reason_entry_changed_cb (GtkEditable  *entry,
                         RejectDialog *rd)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_widget_set_sensitive (rd->add_button, *text != '\0');
  if (*text == '\0')
    return;
  /* A typed reason is the one given: none from the list. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (rd->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (row_check (row) != NULL && gtk_check_button_get_active (row_check (row)))
      gtk_check_button_set_active (row_check (row), FALSE);
}

static void
add_reason_cb (GtkButton    *button,
               RejectDialog *rd)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (rd->entry)));
  g_autoptr (GError) error = NULL;
  GtkWidget *row;

  if (rd->board == NULL || *text == '\0')
    return;
  if (!sl_store_add_rejection_reason (sl_board_get_store (rd->board), text, &error))
    {
      show_reject_error (rd, error);
      return;
    }
  show_reject_error (rd, NULL);
  gtk_widget_set_visible (GTK_WIDGET (rd->list), TRUE);
  row = add_reason_row (rd, text);
  gtk_check_button_set_active (row_check (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row_check (row)));
}

/* The reason picked, or typed, or NULL. */
static char *
picked_reason (RejectDialog *rd)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (rd->entry)));

  if (*text != '\0')
    return g_steal_pointer (&text);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (rd->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (row_check (row) != NULL && gtk_check_button_get_active (row_check (row)))
      return g_strdup (row_reason (row));
  return NULL;
}

static void
reject_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RejectDialog     *rd)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "reject") || rd->board == NULL)
    return;

  reason = picked_reason (rd);
  if (!sl_board_reject_application (rd->board, rd->application_id, reason, &error))
    sl_board_show_error (rd->board, error);
}

void
sl_board_reject_card (SlBoard       *self,
                      SlApplication *application)
{
  /* Translators: %s is a candidate's name. */
  g_autofree char *heading = g_strdup_printf (_("Reject %s?"), sl_application_get_candidate_name (application));
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) reasons = NULL;
  AdwMessageDialog *dialog;
  RejectDialog *rd;
  GtkWidget *box, *other, *scroller;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading,
                                                       _("Pick a reason from the list or type another one. "
                                                         "The card leaves the board’s active pipeline; "
                                                         "the board’s “Show Rejected Candidates” button shows it in its stage.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reject", _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reject");
  adw_message_dialog_set_close_response (dialog, "cancel");

  rd = g_new0 (RejectDialog, 1);
  g_set_weak_pointer (&rd->board, self);
  rd->application_id = g_strdup (sl_record_get_id (SL_RECORD (application)));
  g_object_set_data_full (G_OBJECT (dialog), "sl-reject", rd, reject_dialog_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  rd->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (rd->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (rd->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (rd->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reasons"), -1);
  reasons = sl_store_list_rejection_reasons (sl_board_get_store (self), &error);
  for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
    add_reason_row (rd, reasons[i]);
  gtk_widget_set_visible (GTK_WIDGET (rd->list), reasons != NULL && reasons[0] != NULL);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (rd->list));
  gtk_box_append (GTK_BOX (box), scroller);

  other = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  rd->entry = GTK_EDITABLE (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (rd->entry), TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (rd->entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (rd->entry), _("Another reason (optional)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (rd->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Another Reason"), -1);
  g_signal_connect (rd->entry, "changed", G_CALLBACK (reason_entry_changed_cb), rd);
  gtk_box_append (GTK_BOX (other), GTK_WIDGET (rd->entry));
  rd->add_button = gtk_button_new_with_mnemonic (_("_Add to List"));
  gtk_widget_set_tooltip_text (rd->add_button, _("Keep This Reason in the Team’s List"));
  gtk_widget_set_sensitive (rd->add_button, FALSE);
  g_signal_connect (rd->add_button, "clicked", G_CALLBACK (add_reason_cb), rd);
  gtk_box_append (GTK_BOX (other), rd->add_button);
  gtk_box_append (GTK_BOX (box), other);

  rd->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (rd->error_label, TRUE);
  gtk_label_set_xalign (rd->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (rd->error_label), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (rd->error_label));
  show_reject_error (rd, error);

  adw_message_dialog_set_extra_child (dialog, box);
  g_signal_connect (dialog, "response", G_CALLBACK (reject_response_cb), rd);

  gtk_window_present (GTK_WINDOW (dialog));
  if (rd->group != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (rd->group));
  else
    gtk_widget_grab_focus (GTK_WIDGET (rd->entry));
}

/* Stages. */

static void
add_stage_done (SlBoard    *self,
                const char *unused,
                const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = sl_board_add_stage (self, name, &error);

  if (id == NULL)
    sl_board_show_error (self, error);
}

static void
add_stage_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  present_entry_dialog (SL_BOARD (widget), _("Add Stage"),
                        _("The new stage comes after the last one; move it from its column menu."),
                        _("Stage name"), NULL, _("_Add"),
                        ADW_RESPONSE_SUGGESTED, FALSE, NULL, add_stage_done);
}

static void
rename_done (SlBoard    *self,
             const char *stage_id,
             const char *name)
{
  g_autoptr (GError) error = NULL;

  if (!sl_board_rename_stage (self, stage_id, name, &error))
    sl_board_show_error (self, error);
}

static void
rename_stage_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SlBoard *self = SL_BOARD (widget);
  const char *stage_id = g_variant_get_string (parameter, NULL);
  SlBoardColumn *column = sl_board_find_column (self, stage_id);

  if (column == NULL)
    return;
  present_entry_dialog (self, _("Rename Stage"), NULL, _("Stage name"),
                        sl_stage_get_name (sl_board_column_get_stage (column)), _("_Rename"),
                        ADW_RESPONSE_SUGGESTED, FALSE, stage_id, rename_done);
}

static void
move_stage_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlBoard *self = SL_BOARD (widget);
  g_autoptr (GError) error = NULL;
  int delta = g_str_equal (action_name, "board.move-stage-left") ? -1 : 1;

  if (!sl_board_shift_stage (self, g_variant_get_string (parameter, NULL), delta, &error))
    sl_board_show_error (self, error);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SlBoard          *self)
{
  g_autoptr (GError) error = NULL;
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "dropdown");
  GPtrArray *targets = g_object_get_data (G_OBJECT (dialog), "targets");
  const char *move_to = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (dropdown != NULL)
    {
      guint selected = gtk_drop_down_get_selected (dropdown);

      if (selected < targets->len)
        move_to = g_ptr_array_index (targets, selected);
    }

  if (!sl_board_delete_stage (self, g_object_get_data (G_OBJECT (dialog), "stage-id"), move_to, &error))
    sl_board_show_error (self, error);
}

static void
delete_stage_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SlBoard *self = SL_BOARD (widget);
  const char *stage_id = g_variant_get_string (parameter, NULL);
  SlBoardColumn *column = sl_board_find_column (self, stage_id);
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  guint n_cards;

  if (column == NULL)
    return;

  n_cards = g_list_model_get_n_items (sl_board_column_get_applications (column));
  /* Translators: %s is a stage's name. */
  heading = g_strdup_printf (_("Delete the Stage “%s”?"), sl_stage_get_name (sl_board_column_get_stage (column)));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, NULL));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "stage-id", g_strdup (stage_id), g_free);

  if (n_cards > 0)
    {
      g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
      GPtrArray *targets = g_ptr_array_new_with_free_func (g_free);
      GtkWidget *dropdown;

      for (guint i = 0; i < sl_board_get_n_columns (self); i++)
        {
          SlBoardColumn *other = sl_board_get_column (self, i);

          if (other == column)
            continue;
          gtk_string_list_append (names, sl_stage_get_name (sl_board_column_get_stage (other)));
          g_ptr_array_add (targets, g_strdup (sl_board_column_get_stage_id (other)));
        }

      if (targets->len == 0)
        {
          g_ptr_array_unref (targets);
          adw_message_dialog_set_body (dialog, _("This is the only stage and it still has candidates. Add another stage first."));
          adw_message_dialog_set_response_enabled (dialog, "delete", FALSE);
        }
      else
        {
          adw_message_dialog_format_body (dialog,
                                          ngettext ("Its %u candidate moves to the stage you choose.",
                                                    "Its %u candidates move to the stage you choose.", n_cards),
                                          n_cards);
          dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
          gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Move the Candidates To"), -1);
          adw_message_dialog_set_extra_child (dialog, dropdown);
          g_object_set_data (G_OBJECT (dialog), "dropdown", dropdown);
          g_object_set_data_full (G_OBJECT (dialog), "targets", targets, (GDestroyNotify) g_ptr_array_unref);
        }
    }
  else
    adw_message_dialog_set_body (dialog, _("The stage has no candidates."));

  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adding a candidate: the Candidates area's dialog, into the first stage;
 * the new card gets the focus. */

static void
candidate_added_cb (SlAddCandidateDialog *dialog,
                    const char           *candidate_id,
                    SlBoard              *self)
{
  g_autoptr (GPtrArray) applications = NULL;
  g_autoptr (GError) error = NULL;

  applications = sl_store_list_applications_for_candidate (sl_board_get_store (self), candidate_id, &error);
  if (applications == NULL)
    {
      sl_board_show_error (self, error);
      return;
    }

  for (guint i = 0; i < applications->len; i++)
    {
      SlApplication *application = g_ptr_array_index (applications, i);
      SlBoardColumn *column;

      if (g_strcmp0 (sl_application_get_posting_id (application), sl_board_get_posting_id (self)) != 0)
        continue;
      column = sl_board_find_column (self, sl_application_get_stage_id (application));
      if (column == NULL)
        continue;
      /* The column took the new card in when the store said it changed. */
      sl_board_column_focus_card (column, sl_record_get_id (SL_RECORD (application)));
      break;
    }
}

/* Gives the window back the keyboard, also where no window manager does. */
static void
dialog_destroyed_cb (SlBoard *self)
{
  GtkWindow *parent = parent_window (self);

  if (parent != NULL && gtk_widget_get_mapped (GTK_WIDGET (parent)))
    gtk_window_present (parent);
}

void
sl_board_present_add_candidate (SlBoard *self)
{
  SlAddCandidateDialog *dialog;
  GtkWindow *parent = parent_window (self);

  if (sl_board_get_posting_id (self) == NULL || sl_board_get_n_columns (self) == 0)
    return;

  dialog = sl_add_candidate_dialog_new (sl_board_get_store (self), sl_board_get_posting_id (self),
                                        sl_board_column_get_stage_id (sl_board_get_column (self, 0)));
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "candidate-added", G_CALLBACK (candidate_added_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_candidate_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  sl_board_present_add_candidate (SL_BOARD (widget));
}

void
sl_board_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.add-candidate", NULL, add_candidate_action_cb);
  gtk_widget_class_install_action (widget_class, "board.add-stage", NULL, add_stage_action_cb);
  gtk_widget_class_install_action (widget_class, "board.rename-stage", "s", rename_stage_action_cb);
  gtk_widget_class_install_action (widget_class, "board.move-stage-left", "s", move_stage_action_cb);
  gtk_widget_class_install_action (widget_class, "board.move-stage-right", "s", move_stage_action_cb);
  gtk_widget_class_install_action (widget_class, "board.delete-stage", "s", delete_stage_action_cb);
}
