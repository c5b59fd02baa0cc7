/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "candidate" command: import, export, erase. */
#define G_LOG_DOMAIN "sl-cli-candidate"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
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
  return sl_cli_run_subcommand (store, _("“candidate” needs a subcommand:"),
                                candidate_subcommands, G_N_ELEMENTS (candidate_subcommands), argc, argv);
}
