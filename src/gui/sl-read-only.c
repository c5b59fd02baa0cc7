/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the windows do with a database that is open read-only: no edit is offered. */
#define G_LOG_DOMAIN "sl-read-only"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-read-only.h"

gboolean
sl_read_only_disable_actions (GtkWidget          *widget,
                              SlStore            *store,
                              const char * const *actions)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (store == NULL || !sl_store_is_read_only (store))
    return FALSE;

  for (guint i = 0; actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (widget, actions[i], FALSE);
  return TRUE;
}

char *
sl_read_only_describe (SlStore *store)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  name = g_filename_display_name (sl_store_get_path (store));
  return g_strdup_printf (_("Read-only: “%s” is open for reading only, so nothing can be changed. To make changes, open it where it can be written: check the file’s permissions and its folder’s, or copy it to a folder you can write to (and leave out --read-only)."),
                          name);
}
