/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The board's dialogs: add a candidate, reject with a reason, add, rename, move and delete stages. */
#define G_LOG_DOMAIN "sl-board"

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

/* Reject. */

static void
reject_done (SlBoard    *self,
             const char *application_id,
             const char *reason)
{
  g_autoptr (GError) error = NULL;

  if (!sl_board_reject_application (self, application_id, *reason ? reason : NULL, &error))
    sl_board_show_error (self, error);
}

void
sl_board_reject_card (SlBoard       *self,
                      SlApplication *application)
{
  /* Translators: %s is a candidate's name. */
  g_autofree char *heading = g_strdup_printf (_("Reject %s?"), sl_application_get_candidate_name (application));

  present_entry_dialog (self, heading,
                        _("The card leaves the board’s active pipeline; “Show Rejected” shows it in its stage. The reason is kept with the application."),
                        _("Reason (optional)"), NULL, _("_Reject"),
                        ADW_RESPONSE_DESTRUCTIVE, TRUE,
                        sl_record_get_id (SL_RECORD (application)), reject_done);
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
