/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoardCard: one candidate's card on the board (name, headline, rating, tags, days in stage, next interview). */
#pragma once

#include <gtk/gtk.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_BOARD_CARD (sl_board_card_get_type ())
G_DECLARE_FINAL_TYPE (SlBoardCard, sl_board_card, SL, BOARD_CARD, GtkWidget)

/* A focusable card. Its actions (prefix "card."), each forwarded to the
 * SlBoard it is in:
 *   move-next (Alt+Right), move-previous (Alt+Left), move-up (Alt+Up),
 *   move-down (Alt+Down), move-to (s: stage id), reject, hire,
 *   open (Enter, double click), show-menu (Menu, Shift+F10, right click).
 * It can be dragged: the drag carries its SlApplication as a typed value
 * (SL_TYPE_APPLICATION), never as text, so that no other application's text
 * can pass for one. */
GtkWidget     *sl_board_card_new             (void);
SlApplication *sl_board_card_get_application (SlBoardCard   *self);
void           sl_board_card_set_application (SlBoardCard   *self,
                                              SlApplication *application);
/* The kind of the stage whose column shows the card: its status shows only
 * when the stage does not say it. */
void           sl_board_card_set_stage_kind  (SlBoardCard   *self,
                                              SlStageKind    stage_kind);
/* The text the card gives to assistive technologies (name and place). */
void           sl_board_card_set_place       (SlBoardCard   *self,
                                              const char    *place);

/* The heights of a card's parts with the current fonts and style, to tell
 * how many cards fill a column before any is made. */
typedef struct
{
  int least;       /* padding, border, the name and the days in the stage */
  int headline;    /* what each other part adds */
  int tags;
  int interview;
  int rating;
  int status;
} SlBoardCardMetrics;

void           sl_board_card_measure_metrics (SlBoardCardMetrics       *metrics);
int            sl_board_card_estimate_height (const SlBoardCardMetrics *metrics,
                                              SlApplication            *application,
                                              SlStageKind               stage_kind);

G_END_DECLS
