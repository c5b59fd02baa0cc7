/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "board" command: a posting's stages and first cards. */
#define G_LOG_DOMAIN "sl-cli-board"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sl-cli.h"
#include "sl-cli-board.h"

/* board */

int
sl_cli_board (SlStore  *store,
              int       argc,
              char    **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  gboolean json = FALSE;
  int cards = 5;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object, for scripts"), NULL },
    { "cards", 0, 0, G_OPTION_ARG_INT, &cards, N_("How many cards to show per stage (5)"), N_("N") },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options (_("POSTING_ID"),
                             _("Shows a posting’s board: its stages, how many applications each holds, and the first cards."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2 || cards < 0)
    {
      sl_cli_printerr (_("Usage: %s board POSTING_ID [--json] [--cards=N]"), g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  posting = sl_store_get_posting (store, argv[1], &error);
  if (posting == NULL)
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }
  stages = sl_store_list_stages (store, argv[1], &error);
  if (stages == NULL)
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "posting");
  json_builder_begin_object (builder);
  sl_cli_json_add_string (builder, "id", argv[1]);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, sl_posting_get_title (posting) != NULL ? sl_posting_get_title (posting) : "");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);

  if (!json)
    g_print ("%s\n", sl_posting_get_title (posting) != NULL ? sl_posting_get_title (posting) : "");

  for (guint i = 0; i < stages->len; i++)
    {
      SlStage *stage = g_ptr_array_index (stages, i);
      g_autoptr (GListModel) applications = sl_store_list_applications (store, sl_record_get_id (SL_RECORD (stage)));
      guint n = g_list_model_get_n_items (applications);

      json_builder_begin_object (builder);
      sl_cli_json_add_string (builder, "id", sl_record_get_id (SL_RECORD (stage)));
      sl_cli_json_add_string (builder, "name", sl_stage_get_name (stage));
      sl_cli_json_add_string (builder, "kind", sl_stage_kind_to_string (sl_stage_get_kind (stage)));
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, n);
      json_builder_set_member_name (builder, "cards");
      json_builder_begin_array (builder);
      if (!json)
        g_print ("  %s (%u)\n", sl_stage_get_name (stage), n);

      for (guint j = 0; j < MIN (n, (guint) cards); j++)
        {
          g_autoptr (SlApplication) application = g_list_model_get_item (applications, j);
          const char *name = sl_application_get_candidate_name (application);
          const char *headline = sl_application_get_candidate_headline (application);

          json_builder_begin_object (builder);
          sl_cli_json_add_string (builder, "application_id", sl_record_get_id (SL_RECORD (application)));
          sl_cli_json_add_string (builder, "candidate_id", sl_application_get_candidate_id (application));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, name != NULL ? name : "");
          sl_cli_json_add_string (builder, "headline", headline);
          sl_cli_json_add_string (builder, "status", sl_application_status_to_string (sl_application_get_status (application)));
          json_builder_set_member_name (builder, "rating");
          json_builder_add_int_value (builder, sl_application_get_rating (application));
          json_builder_end_object (builder);
          if (!json)
            g_print ("    %s\t%s\n", sl_record_get_id (SL_RECORD (application)), name != NULL ? name : "");
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (json)
    sl_cli_print_json (builder);

  return SL_CLI_EXIT_OK;
}
