/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlRetentionRow: the retention setting's Preferences group, and the check at startup: erase candidates inactive for longer than N months, after asking. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_RETENTION_ROW (sl_retention_row_get_type ())
G_DECLARE_FINAL_TYPE (SlRetentionRow, sl_retention_row, SL, RETENTION_ROW, AdwPreferencesGroup)

/* The Preferences group of the retention setting (GSettings
 * "retention-months") with "Erase Now…", which counts the candidates who
 * would go (on a worker thread) and asks first. */
GtkWidget          *sl_retention_row_new              (SlStore          *store,
                                                       GSettings        *settings);
/* When "retention-months" is above 0: after @window's first frame, counts the
 * candidates past it (on a worker thread) and, if there are any, asks
 * whether to erase them. Nothing is erased without that confirmation. */
void                sl_retention_check_at_startup     (GtkWindow        *window,
                                                       SlStore          *store,
                                                       GSettings        *settings);

G_END_DECLS
