/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPreferencesWindow: the colour scheme, where the database file lives, and data retention. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_PREFERENCES_WINDOW (sl_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (SlPreferencesWindow, sl_preferences_window, SL, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings may be NULL (no schema installed): the colour scheme row is then
 * hidden. @store may be NULL (no database open): the Privacy page, with the
 * retention period and "Erase Now…", is then hidden too. */
GtkWidget *sl_preferences_window_new (GtkWindow   *parent,
                                      GSettings   *settings,
                                      SlStore     *store,
                                      const char  *database_path);

G_END_DECLS
