/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Starts Shortlist. */
#define G_LOG_DOMAIN "main"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-app.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (SlApp) app = NULL;

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The name the accessibility tree and the window manager show. */
  g_set_application_name (_("Shortlist"));

  app = sl_app_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
