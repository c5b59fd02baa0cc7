/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The notice after an erasure that left a copy of the person behind. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

/* Shows @error (SL_ERROR_INCOMPLETE from sl_store_erase_candidates()) in a
 * dialog over @parent's window that says what is left and what to do, with
 * "Try Again", which erases @ids again to finish. */
void  sl_erase_notice_present (GtkWidget     *parent,
                               SlStore       *store,
                               GPtrArray     *ids,
                               const GError  *error);

G_END_DECLS
