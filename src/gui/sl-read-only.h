/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the windows do with a database that is open read-only. */
#pragma once

#include <gtk/gtk.h>

#include "sl-store.h"

G_BEGIN_DECLS

/* Disables each of @actions (NULL-terminated, installed on @widget's class)
 * when @store is open read-only, so that their buttons, menu items and
 * shortcuts all grey out. Returns whether @store is read-only. */
gboolean  sl_read_only_disable_actions (GtkWidget          *widget,
                                        SlStore            *store,
                                        const char * const *actions);

/* The notice a window shows above its areas while @store is read-only:
 * what cannot be done and why, and what to do about it. */
char     *sl_read_only_describe        (SlStore            *store);

G_END_DECLS
