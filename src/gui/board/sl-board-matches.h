/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoardMatches: the cards of a column whose candidates a board search found. */
#pragma once

#include "sl-application-list.h"

G_BEGIN_DECLS

#define SL_TYPE_BOARD_MATCHES (sl_board_matches_get_type ())
G_DECLARE_FINAL_TYPE (SlBoardMatches, sl_board_matches, SL, BOARD_MATCHES, GObject)

/* A live GListModel of the SlApplications of @cards (a column's) whose
 * candidate is in @candidate_ids (a set of ids), in the column's order. */
SlBoardMatches *sl_board_matches_new (SlApplicationList *cards,
                                      GHashTable        *candidate_ids);

G_END_DECLS
