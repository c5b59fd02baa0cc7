/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "application move" command. */
#define G_LOG_DOMAIN "sl-cli-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-cli.h"
#include "sl-cli-application.h"

/* application move */

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

int
sl_cli_application (SlStore  *store,
                    int       argc,
                    char    **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GString) names = g_string_new (NULL);
  SlStage *target = NULL;

  if (!sl_cli_parse_options (_("move APPLICATION_ID STAGE_NAME"),
                             _("Moves an application to another stage of its posting’s pipeline, at the bottom."),
                             NULL, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 4 || !g_str_equal (argv[1], "move"))
    {
      sl_cli_printerr (_("Usage: %s application move APPLICATION_ID STAGE_NAME"), g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  application = sl_store_get_application (store, argv[2], &error);
  if (application == NULL)
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }
  stages = sl_store_list_stages (store, sl_application_get_posting_id (application), &error);
  if (stages == NULL)
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }
  for (guint i = 0; i < stages->len; i++)
    {
      SlStage *stage = g_ptr_array_index (stages, i);

      if (target == NULL && same_name (sl_stage_get_name (stage), argv[3]))
        target = stage;
      g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "", sl_stage_get_name (stage));
    }
  if (target == NULL)
    {
      sl_cli_printerr (_("The posting has no stage “%s”. Its stages are: %s."), argv[3], names->str);
      return SL_CLI_EXIT_FAILURE;
    }

  if (!sl_store_move_application (store, argv[2], sl_record_get_id (SL_RECORD (target)), -1, &error))
    {
      sl_cli_printerr (_("Could not move the application: %s"), error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  g_print (_("Moved application %s to “%s”.\n"), argv[2], sl_stage_get_name (target));
  return SL_CLI_EXIT_OK;
}

