/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoard: the kanban board of one posting, a horizontal row of stage columns. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"
#include "sl-board-column.h"
#include "sl-board-card.h"

G_BEGIN_DECLS

#define SL_TYPE_BOARD (sl_board_get_type ())
G_DECLARE_FINAL_TYPE (SlBoard, sl_board, SL, BOARD, AdwBin)

/* The board of one posting: a column per stage (a one-column GtkGridView over the
 * stage's live SlApplicationList), a search bar (Ctrl+F) that keeps the cards
 * matching sl_store_search_candidates() in this posting, an "Add Candidate"
 * button and an "Add Stage" button after the last column. Its child is its
 * own AdwToastOverlay; every move shows a toast with Undo.
 *
 * Actions (prefix "board."):
 *   add-candidate, search (Ctrl+F), add-stage, undo (Ctrl+Z: the last move),
 *   show-closed (the "show-closed" property, a toggle),
 *   rename-stage (s), move-stage-left (s), move-stage-right (s),
 *   delete-stage (s), close-details.
 *
 * Signals:
 *   "candidate-activated" (const char *application_id, const char *candidate_id):
 *     a card was opened (Enter, double click). When nothing is connected the
 *     board shows a short summary in its side pane; a handler can put the
 *     full candidate details there with sl_board_show_details(). */

GtkWidget     *sl_board_new                (SlStore     *store);
SlStore       *sl_board_get_store          (SlBoard     *self);
const char    *sl_board_get_posting_id     (SlBoard     *self);
void           sl_board_set_posting_id     (SlBoard     *self,
                                            const char  *posting_id);

guint          sl_board_get_n_columns      (SlBoard     *self);
SlBoardColumn *sl_board_get_column         (SlBoard     *self,
                                            guint        index);
SlBoardColumn *sl_board_find_column        (SlBoard     *self,
                                            const char  *stage_id);
/* The card widget showing @application_id, when it is on screen. */
SlBoardCard   *sl_board_find_card          (SlBoard     *self,
                                            const char  *application_id);

/* Moves the card to @stage_id at @position (among the other cards of that
 * stage; -1 = the bottom) in one store transaction, keeps the keyboard focus
 * on it, and shows a toast with Undo. */
gboolean       sl_board_move_application   (SlBoard     *self,
                                            const char  *application_id,
                                            const char  *stage_id,
                                            int          position,
                                            GError     **error);
/* Undoes the last move, reject or hire; FALSE when there is nothing to undo. */
gboolean       sl_board_undo               (SlBoard     *self,
                                            GError     **error);

/* Stages, as the column menus do them. */
char          *sl_board_add_stage          (SlBoard     *self,
                                            const char  *name,
                                            GError     **error);
gboolean       sl_board_rename_stage       (SlBoard     *self,
                                            const char  *stage_id,
                                            const char  *name,
                                            GError     **error);
gboolean       sl_board_shift_stage        (SlBoard     *self,
                                            const char  *stage_id,
                                            int          delta,
                                            GError     **error);
gboolean       sl_board_delete_stage       (SlBoard     *self,
                                            const char  *stage_id,
                                            const char  *move_to_stage_id,
                                            GError     **error);

/* The columns of active stages show the active applications alone (the
 * active pipeline), or, with @show_closed, the rejected, hired and
 * withdrawn ones too; the counts count what is shown. The toolbar's toggle
 * and the action "board.show-closed" set it. */
gboolean       sl_board_get_show_closed    (SlBoard     *self);
void           sl_board_set_show_closed    (SlBoard     *self,
                                            gboolean     show_closed);

/* Filters the cards as the search bar does ("" shows them all). */
void           sl_board_set_search_text    (SlBoard     *self,
                                            const char  *text);
/* Shows @details in the side pane (NULL hides the pane). */
void           sl_board_show_details       (SlBoard     *self,
                                            GtkWidget   *details);
void           sl_board_add_toast          (SlBoard     *self,
                                            AdwToast    *toast);

G_END_DECLS
