/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApplicationList: the live list of one stage's applications (a board column). */
#pragma once

#include <gio/gio.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_APPLICATION_LIST (sl_application_list_get_type ())
G_DECLARE_FINAL_TYPE (SlApplicationList, sl_application_list, SL, APPLICATION_LIST, GObject)

/* A GListModel of SlApplication in @stage_id, in board order. It reloads from
 * an idle source after the store's "changed" signal, keeping the same
 * SlApplication object for a card that stays (its properties are updated),
 * and reports the smallest changed range. It holds only a weak reference to
 * @store; once the store is gone it stays as it is. */
SlApplicationList *sl_application_list_new          (SlStore            *store,
                                                     const char         *stage_id);
const char        *sl_application_list_get_stage_id (SlApplicationList  *self);
/* Reloads now instead of from the next idle. */
gboolean           sl_application_list_reload       (SlApplicationList  *self,
                                                     GError            **error);

G_END_DECLS
