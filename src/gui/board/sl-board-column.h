/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoardColumn: one stage of the board: its header and a one-column GtkGridView of its cards. */
#pragma once

#include <gtk/gtk.h>

#include "sl-store.h"
#include "sl-board-card.h"

G_BEGIN_DECLS

#define SL_TYPE_BOARD_COLUMN (sl_board_column_get_type ())
G_DECLARE_FINAL_TYPE (SlBoardColumn, sl_board_column, SL, BOARD_COLUMN, GtkWidget)

/* With @show_closed, the column shows the rejected, hired and withdrawn
 * applications too; else, if its stage is active, only the active ones. */
GtkWidget     *sl_board_column_new              (SlStore       *store,
                                                 SlStage       *stage,
                                                 gboolean       show_closed);
void           sl_board_column_set_show_closed  (SlBoardColumn *self,
                                                 gboolean       show_closed);
const char    *sl_board_column_get_stage_id     (SlBoardColumn *self);
SlStage       *sl_board_column_get_stage        (SlBoardColumn *self);
/* Updates the header (name) and the column menu's position entries. */
void           sl_board_column_set_stage        (SlBoardColumn *self,
                                                 SlStage       *stage,
                                                 gboolean       is_first,
                                                 gboolean       is_last);
/* Every card of the stage (an SlApplicationList), and the ones shown. */
GListModel    *sl_board_column_get_applications (SlBoardColumn *self);
GListModel    *sl_board_column_get_model        (SlBoardColumn *self);
/* The number the header shows: the cards shown. */
guint          sl_board_column_get_count        (SlBoardColumn *self);
/* Shows only the cards of these candidates (a set of ids), or all (NULL). */
void           sl_board_column_set_matches      (SlBoardColumn *self,
                                                 GHashTable    *candidate_ids);
/* The scrollable list of cards (a one-column GtkGridView). */
GtkWidget     *sl_board_column_get_list_view    (SlBoardColumn *self);
/* The drop target that takes dragged cards: an SlApplication value only. */
GtkDropTarget *sl_board_column_get_drop_target  (SlBoardColumn *self);
/* The index of @application_id among all the stage's cards, or -1. */
int            sl_board_column_find             (SlBoardColumn *self,
                                                 const char    *application_id);
/* Scrolls to the card and gives it the keyboard focus, now or as soon as
 * its widget exists. */
void           sl_board_column_focus_card       (SlBoardColumn *self,
                                                 const char    *application_id);
SlBoardCard   *sl_board_column_find_card        (SlBoardColumn *self,
                                                 const char    *application_id);

G_END_DECLS
