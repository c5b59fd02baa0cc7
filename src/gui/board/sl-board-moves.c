/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoard's moves: a card to another place or stage, its status, with Undo. */
#define G_LOG_DOMAIN "sl-board-moves"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-application-list.h"
#include "sl-error.h"
#include "sl-board.h"
#include "sl-board-private.h"
#include "sl-read-only.h"
#include "sl-toast.h"
#include "candidates/sl-candidate-details.h"

static void
set_undo (SlBoard    *self,
          UndoKind    kind,
          const char *application_id,
          const char *stage_id,
          int         position)
{
  self->undo_kind = kind;
  g_free (self->undo_application_id);
  self->undo_application_id = g_strdup (application_id);
  g_free (self->undo_stage_id);
  self->undo_stage_id = g_strdup (stage_id);
  self->undo_position = position;
}

static void
undo_toast_dismissed_cb (SlBoard  *self,
                         AdwToast *toast)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

static void
show_undo_toast (SlBoard    *self,
                 const char *message)
{
  AdwToast *toast;

  /* Quick moves (a held Alt+Right) reuse the toast on screen: libadwaita 1.2
   * crashes when a toast is dismissed while it is still animating in. */
  if (self->undo_toast != NULL)
    {
      sl_toast_cancel_dismiss (self->undo_toast);
      adw_toast_set_title (self->undo_toast, message);
      return;
    }

  toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "board.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->undo_toast, toast);
  sl_board_add_toast (self, toast);
}

void
sl_board_dismiss_undo_toast (SlBoard *self)
{
  if (self->undo_toast != NULL)
    sl_toast_dismiss (self->undo_toast);
}

/* Moves without touching the undo record; the focus follows the card. */
static gboolean
move_and_focus (SlBoard     *self,
                const char  *application_id,
                const char  *stage_id,
                int          position,
                gboolean    *moved,
                GError     **error)
{
  SlBoardColumn *from, *to;
  int old_index = -1;
  guint n;

  *moved = FALSE;
  from = sl_board_locate (self, application_id, &old_index);
  to = sl_board_find_column (self, stage_id);

  /* Dropping a card where it already is changes nothing. */
  if (from != NULL && from == to)
    {
      n = g_list_model_get_n_items (sl_board_column_get_applications (from));
      if (position == old_index || (position < 0 && old_index + 1 == (int) n) ||
          (position >= (int) n - 1 && old_index + 1 == (int) n))
        {
          sl_board_column_focus_card (to, application_id);
          return TRUE;
        }
    }

  if (!sl_store_move_application (self->store, application_id, stage_id, position, error))
    return FALSE;
  *moved = TRUE;

  /* The columns' lists took the card out and in when the store said it
   * changed (one card read, not the column). */
  if (to != NULL)
    sl_board_column_focus_card (to, application_id);

  return TRUE;
}

gboolean
sl_board_move_application (SlBoard     *self,
                           const char  *application_id,
                           const char  *stage_id,
                           int          position,
                           GError     **error)
{
  SlBoardColumn *from, *to;
  g_autofree char *from_stage_id = NULL;
  g_autofree char *message = NULL;
  g_autofree char *place = NULL;
  g_autoptr (SlApplication) application = NULL;
  int old_index = -1;
  gboolean moved;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);
  g_return_val_if_fail (application_id != NULL, FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  from = sl_board_locate (self, application_id, &old_index);
  if (from != NULL)
    {
      /* The list's object has the display fields (the candidate's name). */
      application = g_list_model_get_item (sl_board_column_get_applications (from), (guint) old_index);
      from_stage_id = g_strdup (sl_board_column_get_stage_id (from));
    }

  if (!move_and_focus (self, application_id, stage_id, position, &moved, error))
    {
      /* The card stays where it was (the columns follow the store); the
       * message says whose card did not move. */
      to = sl_board_find_column (self, stage_id);
      if (application != NULL && to != NULL)
        /* Translators: the start of an error message, followed by the
         * reason: "Ada Lovelace was not moved to Screening. …" */
        g_prefix_error (error, _("%s was not moved to %s. "), sl_application_get_candidate_name (application),
                        sl_stage_get_name (sl_board_column_get_stage (to)));
      return FALSE;
    }
  if (!moved)
    return TRUE;

  if (from_stage_id != NULL)
    set_undo (self, UNDO_MOVE, application_id, from_stage_id, old_index);

  to = sl_board_find_column (self, stage_id);
  place = sl_board_describe_place (self, application_id);
  if (to != NULL && from != to)
    /* Translators: a toast: "Ada Lovelace moved to Screening". */
    message = g_strdup_printf (_("%s moved to %s"),
                               application ? sl_application_get_candidate_name (application) : "",
                               sl_stage_get_name (sl_board_column_get_stage (to)));
  else
    /* Translators: a toast: "Ada Lovelace moved: In Screening, 3 of 12". */
    message = g_strdup_printf (_("%s moved: %s"),
                               application ? sl_application_get_candidate_name (application) : "",
                               place ? place : "");
  /* The toast is what a screen reader hears; the card's description says
   * the same for when the focus lands on it. */
  show_undo_toast (self, message);
  return TRUE;
}

gboolean
sl_board_undo (SlBoard  *self,
               GError  **error)
{
  g_autoptr (SlApplication) application = NULL;
  UndoKind kind;
  gboolean moved;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);

  kind = self->undo_kind;
  self->undo_kind = UNDO_NONE;
  sl_board_dismiss_undo_toast (self);

  switch (kind)
    {
    case UNDO_MOVE:
      return move_and_focus (self, self->undo_application_id, self->undo_stage_id,
                             self->undo_position, &moved, error);
    case UNDO_STATUS:
      application = sl_store_get_application (self->store, self->undo_application_id, error);
      if (application == NULL)
        return FALSE;
      if (g_strcmp0 (sl_application_get_stage_id (application), self->undo_stage_id) != 0 &&
          !sl_store_move_application (self->store, self->undo_application_id, self->undo_stage_id,
                                      self->undo_position, error))
        return FALSE;
      g_clear_object (&application);
      application = sl_store_get_application (self->store, self->undo_application_id, error);
      if (application == NULL)
        return FALSE;
      sl_application_set_status (application, self->undo_status);
      sl_application_set_rejection_reason (application, self->undo_reason);
      if (!sl_store_save_application (self->store, application, error))
        return FALSE;
      /* A rejected card is back in the active pipeline, and so is the focus. */
      {
        SlBoardColumn *column = sl_board_find_column (self, self->undo_stage_id);

        if (column != NULL)
          sl_board_column_focus_card (column, self->undo_application_id);
      }
      return TRUE;
    case UNDO_NONE:
    default:
      return FALSE;
    }
}

void
sl_board_move_card_by (SlBoard       *self,
                       SlApplication *application,
                       int            stage_delta,
                       int            position_delta)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = g_strdup (sl_record_get_id (SL_RECORD (application)));
  SlBoardColumn *column;
  int index = -1, target;

  column = sl_board_locate (self, id, &index);
  if (column == NULL)
    return;

  if (stage_delta != 0)
    {
      target = sl_board_column_index (self, column) + stage_delta;
      if (target < 0 || target >= (int) self->columns->len)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
      if (!sl_board_move_application (self, id,
                                      sl_board_column_get_stage_id (g_ptr_array_index (self->columns, target)),
                                      0, &error))
        sl_board_show_error (self, error);
      return;
    }

  target = index + position_delta;
  if (target < 0 || target >= (int) g_list_model_get_n_items (sl_board_column_get_applications (column)))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (!sl_board_move_application (self, id, sl_board_column_get_stage_id (column), target, &error))
    sl_board_show_error (self, error);
}

void
sl_board_move_card_to_stage (SlBoard       *self,
                             SlApplication *application,
                             const char    *stage_id)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = g_strdup (sl_record_get_id (SL_RECORD (application)));

  if (!sl_board_move_application (self, id, stage_id, 0, &error))
    sl_board_show_error (self, error);
}

/* Sets the status (and reason) of a card, with Undo. */
static gboolean
set_status (SlBoard              *self,
            const char           *application_id,
            const char           *stage_id,
            SlApplicationStatus   status,
            const char           *reason,
            const char           *message,
            GError              **error)
{
  g_autoptr (SlApplication) application = NULL;
  SlApplicationStatus old_status;
  g_autofree char *old_reason = NULL;
  g_autofree char *old_stage_id = NULL;
  int old_index = -1;

  application = sl_store_get_application (self->store, application_id, error);
  if (application == NULL)
    return FALSE;
  old_status = sl_application_get_status (application);
  old_reason = g_strdup (sl_application_get_rejection_reason (application));
  old_stage_id = g_strdup (sl_application_get_stage_id (application));
  sl_board_locate (self, application_id, &old_index);

  if (stage_id != NULL && g_strcmp0 (stage_id, old_stage_id) != 0)
    {
      gboolean moved;

      if (!move_and_focus (self, application_id, stage_id, 0, &moved, error))
        return FALSE;
      g_clear_object (&application);
      application = sl_store_get_application (self->store, application_id, error);
      if (application == NULL)
        return FALSE;
    }

  sl_application_set_status (application, status);
  sl_application_set_rejection_reason (application, reason);
  if (!sl_store_save_application (self->store, application, error))
    return FALSE;

  set_undo (self, UNDO_STATUS, application_id, old_stage_id, old_index);
  self->undo_status = old_status;
  g_free (self->undo_reason);
  self->undo_reason = g_steal_pointer (&old_reason);
  show_undo_toast (self, message);
  return TRUE;
}

gboolean
sl_board_reject_application (SlBoard     *self,
                             const char  *application_id,
                             const char  *reason,
                             GError     **error)
{
  g_autoptr (SlApplication) application = NULL;
  g_autofree char *message = NULL;
  SlBoardColumn *column;
  int index = -1;

  g_return_val_if_fail (SL_IS_BOARD (self), FALSE);
  g_return_val_if_fail (application_id != NULL, FALSE);

  /* The list's object has the display fields (the candidate's name). */
  column = sl_board_locate (self, application_id, &index);
  if (column != NULL)
    application = g_list_model_get_item (sl_board_column_get_applications (column), (guint) index);
  /* Translators: a toast. */
  message = g_strdup_printf (_("%s rejected"), application ? sl_application_get_candidate_name (application) : "");
  if (!set_status (self, application_id, NULL, SL_APPLICATION_STATUS_REJECTED,
                   reason, message, error))
    return FALSE;

  /* The card left the active pipeline: the focus goes to the card that
   * took its place, not wherever GTK would put it. */
  if (column != NULL && sl_board_column_find (column, application_id) < 0)
    sl_board_focus_card_at (self, column, index);
  return TRUE;
}

void
sl_board_hire_card (SlBoard       *self,
                    SlApplication *application)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  const char *hired_stage = NULL;

  for (guint i = 0; i < self->columns->len; i++)
    {
      SlStage *stage = sl_board_column_get_stage (g_ptr_array_index (self->columns, i));

      if (sl_stage_get_kind (stage) == SL_STAGE_KIND_HIRED)
        {
          hired_stage = sl_record_get_id (SL_RECORD (stage));
          break;
        }
    }

  /* Translators: a toast. */
  message = g_strdup_printf (_("%s marked as hired"), sl_application_get_candidate_name (application));
  if (!set_status (self, sl_record_get_id (SL_RECORD (application)), hired_stage,
                   SL_APPLICATION_STATUS_HIRED, NULL, message, &error))
    sl_board_show_error (self, error);
}

