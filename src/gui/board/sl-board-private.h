/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the board's card, column and action files share. */
#pragma once

#include "sl-board.h"
#include "sl-board-column.h"

G_BEGIN_DECLS

/* Card actions, forwarded from the card to its board. */
void        sl_board_move_card_by       (SlBoard       *self,
                                         SlApplication *application,
                                         int            stage_delta,
                                         int            position_delta);
void        sl_board_move_card_to_stage (SlBoard       *self,
                                         SlApplication *application,
                                         const char    *stage_id);
void        sl_board_reject_card        (SlBoard       *self,
                                         SlApplication *application);
void        sl_board_hire_card          (SlBoard       *self,
                                         SlApplication *application);
void        sl_board_open_card          (SlBoard       *self,
                                         SlApplication *application);
void        sl_board_erase_card         (SlBoard       *self,
                                         SlApplication *application);
GMenuModel *sl_board_build_card_menu    (SlBoard       *self,
                                         SlApplication *application);
/* Shows an error from a card, column or dialog as a toast. */
void        sl_board_show_error         (SlBoard       *self,
                                         const GError  *error);
/* The place text ("In Screening, 3 of 12") a card gives to assistive technologies. */
char       *sl_board_describe_place     (SlBoard       *self,
                                         const char    *application_id);

/* Sets the status to rejected with @reason, with Undo. */
gboolean    sl_board_reject_application (SlBoard     *self,
                                         const char  *application_id,
                                         const char  *reason,
                                         GError     **error);

/* What the board does with a scroll event before its columns (exposed
 * for the tests, which cannot make one). */
gboolean    sl_board_scroll_by_wheel    (SlBoard         *self,
                                         double           dx,
                                         double           dy,
                                         GdkScrollUnit    unit,
                                         GdkModifierType  state,
                                         GtkWidget       *target);

/* sl-board-actions.c: the dialogs and stage actions. */
void        sl_board_class_init_actions (GtkWidgetClass *widget_class);
void        sl_board_present_add_candidate (SlBoard    *self);

/* sl-board.c and sl-board-moves.c: the board's instance. */
typedef enum
{
  UNDO_NONE,
  UNDO_MOVE,
  UNDO_STATUS,
} UndoKind;

struct _SlBoard
{
  AdwBin           parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwFlap         *flap;
  GtkWidget       *toolbar;
  GtkLabel        *summary_label;
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkWidget       *scroller;
  GtkBox          *columns_box;
  GtkWidget       *add_stage_button;
  AdwBin          *details_bin;
  GtkWidget       *details;      /* SlCandidateDetails, in details_bin once shown */

  SlStore         *store;
  char            *posting_id;
  GPtrArray       *columns;      /* of SlBoardColumn, in pipeline order */
  guint            rebuild_id;
  GHashTable      *matches;      /* candidate ids the search found, or NULL */
  gboolean         show_closed;  /* the rejected, hired and withdrawn too */

  /* Keeping the focus in view. */
  GtkRoot         *root;         /* whose focus the board follows */
  GtkWidget       *in_view;      /* weak: the widget to bring into view */
  guint            in_view_tick_id;
  char            *focus_application_id;  /* the card that had the focus last */

  UndoKind         undo_kind;
  char            *undo_application_id;
  char            *undo_stage_id;
  int              undo_position;
  SlApplicationStatus undo_status;
  char            *undo_reason;
  AdwToast        *undo_toast; /* weak */
};

int            sl_board_column_index  (SlBoard       *self,
                                       SlBoardColumn *column);
SlBoardColumn *sl_board_locate        (SlBoard       *self,
                                       const char    *application_id,
                                       int           *index);
void           sl_board_focus_card_at (SlBoard       *self,
                                       SlBoardColumn *column,
                                       int            index);
void           sl_board_dismiss_undo_toast (SlBoard *self);

G_END_DECLS
