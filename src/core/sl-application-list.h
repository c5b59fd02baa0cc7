/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApplicationList: the live list of one stage's applications (a board column). */
#pragma once

#include <gio/gio.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_APPLICATION_LIST (sl_application_list_get_type ())
G_DECLARE_FINAL_TYPE (SlApplicationList, sl_application_list, SL, APPLICATION_LIST, GObject)

/* A GListModel of SlApplication in @stage_id, in board order. It keeps only
 * each card's id and position and reads a card's display fields when it is
 * asked for (a few neighbours at once), keeping the object while someone
 * holds it. On the store's "changed::application", "::candidate" or
 * "::interview" for one record it updates just that card at once (in
 * place, or out of one list and into another, with the smallest
 * items-changed), and only in the lists that hold it or whose stage it is
 * in; "changed::stage", "::everything" and a whole type's change
 * re-read the order from an idle source, keeping the same SlApplication
 * object for a card that stays. It holds only a weak reference to @store;
 * once the store is gone it stays as it is. */
SlApplicationList *sl_application_list_new          (SlStore            *store,
                                                     const char         *stage_id);
/* Reads only the first @n_first cards' places and their count now, the
 * rest when needed (0: all now, as sl_application_list_new()). */
SlApplicationList *sl_application_list_new_partial  (SlStore            *store,
                                                     const char         *stage_id,
                                                     guint               n_first);
/* The same, of the applications whose status is active alone when
 * @active_only (a board column's active pipeline). */
SlApplicationList *sl_application_list_new_filtered (SlStore            *store,
                                                     const char         *stage_id,
                                                     guint               n_first,
                                                     gboolean            active_only);
gboolean           sl_application_list_get_active_only (SlApplicationList *self);
/* Switches between the active applications and all, reading the first
 * cards again (and items-changed for all of them). */
void               sl_application_list_set_active_only (SlApplicationList *self,
                                                        gboolean           active_only);
const char        *sl_application_list_get_stage_id (SlApplicationList  *self);
/* The index of @application_id, or -1, without reading any card. */
int                sl_application_list_find         (SlApplicationList  *self,
                                                     const char         *application_id);
/* The indexes of the cards whose candidate is in @candidate_ids (a set of
 * ids), in order, without reading any card. */
GArray            *sl_application_list_find_candidates (SlApplicationList *self,
                                                        GHashTable        *candidate_ids);
/* Reloads now instead of from the next idle. */
gboolean           sl_application_list_reload       (SlApplicationList  *self,
                                                     GError            **error);

G_END_DECLS
