/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "candidate" (import, export, erase), "application move" and "board" commands. */
#define G_LOG_DOMAIN "sl-cli-candidate"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <unistd.h>

#include "sl-candidate-csv.h"
#include "sl-cli.h"
#include "sl-cli-candidate.h"
#include "sl-error.h"

/* candidate import */

static int
candidate_import (SlStore  *store,
                  int       argc,
                  char    **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (SlImportResult) result = NULL;
  g_autofree char *posting_id = NULL;
  g_autofree char *duplicates_text = NULL;
  SlDuplicatesPolicy duplicates = SL_DUPLICATES_SKIP;
  const GOptionEntry entries[] = {
    { "posting", 0, 0, G_OPTION_ARG_STRING, &posting_id,
      N_("Add every candidate to this posting (its id or exact title)"), N_("ID") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates_text,
      N_("For a row whose email or phone is a known candidate’s: skip (default), merge or import"),
      N_("POLICY") },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options (_("FILE.csv"),
                             _("Imports candidates from a CSV file with a header row (Name, Email, Phone, City, Title, Source, Tags, Notes, LinkedIn, Posting…). Rows that cannot be imported are listed on standard error, and the exit status is then 3."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      sl_cli_printerr (_("“candidate import” needs exactly one CSV file, e.g. “%s candidate import people.csv”."),
                       g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }
  if (duplicates_text != NULL && !sl_duplicates_policy_from_string (duplicates_text, &duplicates))
    {
      sl_cli_printerr (_("“%s” is not a duplicates policy: use skip, merge or import."), duplicates_text);
      return SL_CLI_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      sl_cli_printerr (_("Could not read “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  result = sl_candidate_csv_import (store, G_INPUT_STREAM (stream), posting_id, duplicates,
                                    NULL, NULL, NULL, &error);
  if (result == NULL)
    {
      sl_cli_printerr (_("Could not import “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < result->failures->len; i++)
    {
      SlImportFailure *failure = g_ptr_array_index (result->failures, i);

      g_printerr (_("%s: line %u: %s\n"), argv[1], failure->line, failure->reason);
    }
  /* The summary is for scripts: always in this form, never translated. */
  fprintf (stdout, "imported %u, merged %u, skipped %u, failed %u\n",
           result->imported, result->merged, result->skipped, result->failed);
  fflush (stdout);

  /* Scripts must not take a partial import for a complete one. */
  return result->failed > 0 ? SL_CLI_EXIT_PARTIAL : SL_CLI_EXIT_OK;
}

/* candidate export */

static int
candidate_export (SlStore  *store,
                  int       argc,
                  char    **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) out = NULL;
  g_autofree char *posting = NULL;
  g_autofree char *posting_id = NULL;
  g_autofree char *query = NULL;
  const GOptionEntry entries[] = {
    { "posting", 0, 0, G_OPTION_ARG_STRING, &posting,
      N_("Only the candidates of this posting (its id or exact title)"), N_("ID") },
    { "query", 0, 0, G_OPTION_ARG_STRING, &query,
      N_("Only the candidates this search finds"), N_("Q") },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options ("", _("Writes candidates as CSV (UTF-8) to standard output."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      sl_cli_printerr (_("“candidate export” takes no arguments, but got “%s”."), argv[1]);
      return SL_CLI_EXIT_USAGE;
    }

  if (posting != NULL)
    {
      posting_id = sl_store_find_posting (store, posting, &error);
      if (posting_id == NULL)
        {
          sl_cli_printerr ("%s", error->message);
          return SL_CLI_EXIT_FAILURE;
        }
    }

  fflush (stdout);
  out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  if (!sl_candidate_csv_export (store, out, posting_id, query, NULL, &error))
    {
      sl_cli_printerr (_("Could not export the candidates: %s"), error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  return SL_CLI_EXIT_OK;
}

/* candidate erase */

static int
candidate_erase (SlStore  *store,
                 int       argc,
                 char    **argv)
{
  g_autoptr (GError) error = NULL;

  if (!sl_cli_parse_options (_("ID"),
                             _("Erases a candidate’s personal data for good (right to erasure); their applications stay, anonymous, in the pipeline counts."),
                             NULL, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      sl_cli_printerr (_("“candidate erase” needs exactly one candidate id."));
      return SL_CLI_EXIT_USAGE;
    }

  if (!sl_store_erase_candidate (store, argv[1], &error))
    {
      /* Erased in the database, but a copy is left: not "Erased". */
      if (g_error_matches (error, SL_ERROR, SL_ERROR_INCOMPLETE))
        sl_cli_printerr (_("Candidate %s is not completely erased yet: %s"), argv[1], error->message);
      else
        sl_cli_printerr (_("Could not erase the candidate “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  g_print (_("Erased the personal data of candidate %s.\n"), argv[1]);
  return SL_CLI_EXIT_OK;
}

static const SlCliCommand candidate_subcommands[] = {
  { "import", candidate_import, N_("Import candidates from a CSV file") },
  { "export", candidate_export, N_("Write candidates as CSV to standard output") },
  { "erase", candidate_erase, N_("Erase a candidate’s personal data") },
};

int
sl_cli_candidate (SlStore  *store,
                  int       argc,
                  char    **argv)
{
  const SlCliCommand *subcommand;

  g_return_val_if_fail (SL_IS_STORE (store), SL_CLI_EXIT_FAILURE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      sl_cli_print_subcommands (_("“candidate” needs a subcommand:"),
                                candidate_subcommands, G_N_ELEMENTS (candidate_subcommands));
      return argc < 2 ? SL_CLI_EXIT_USAGE : SL_CLI_EXIT_OK;
    }

  subcommand = sl_cli_find_command (candidate_subcommands, G_N_ELEMENTS (candidate_subcommands), argv[1]);
  if (subcommand != NULL)
    return subcommand->handler (store, argc - 1, argv + 1);

  sl_cli_printerr (_("Unknown subcommand “candidate %s”: use import, export or erase."), argv[1]);
  return SL_CLI_EXIT_USAGE;
}

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
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, argv[1]);
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
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, sl_record_get_id (SL_RECORD (stage)));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, sl_stage_get_name (stage));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, sl_stage_kind_to_string (sl_stage_get_kind (stage)));
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
          json_builder_set_member_name (builder, "application_id");
          json_builder_add_string_value (builder, sl_record_get_id (SL_RECORD (application)));
          json_builder_set_member_name (builder, "candidate_id");
          json_builder_add_string_value (builder, sl_application_get_candidate_id (application));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, name != NULL ? name : "");
          sl_cli_json_add_string (builder, "headline", headline);
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, sl_application_status_to_string (sl_application_get_status (application)));
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
