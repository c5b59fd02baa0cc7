/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingList: the live list of postings (a GListModel of SlPosting). */
#pragma once

#include <gio/gio.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING_LIST (sl_posting_list_get_type ())
G_DECLARE_FINAL_TYPE (SlPostingList, sl_posting_list, SL, POSTING_LIST, GObject)

/* The postings of @store that are not deleted, most recently updated first.
 * Follows the store's "changed" signal; holds only a weak reference to the
 * store. Use sl_store_list_postings() rather than this. */
SlPostingList *sl_posting_list_new    (SlStore       *store);
/* Reloads from the store now, emitting items-changed for what differs. */
void           sl_posting_list_reload (SlPostingList *self);

G_END_DECLS
