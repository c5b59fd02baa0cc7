/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlApp: the AdwApplication that opens the store and the main window. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_APP (sl_app_get_type ())
G_DECLARE_FINAL_TYPE (SlApp, sl_app, SL, APP, AdwApplication)

SlApp      *sl_app_new               (void);
/* The database file to open at activation (NULL: the default path). */
const char *sl_app_get_database_path (SlApp       *self);
void        sl_app_set_database_path (SlApp       *self,
                                      const char  *path);
/* The open store, or NULL before activation or when opening failed. */
SlStore    *sl_app_get_store         (SlApp       *self);
/* The application's settings, or NULL when the schema is not installed. */
GSettings  *sl_app_get_settings      (SlApp       *self);
/* The dialog shown when the database could not be opened, or NULL. */
GtkWindow  *sl_app_get_error_dialog  (SlApp       *self);

G_END_DECLS
