/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli: global options, the command table, and the demo, stats and backup commands. */
#define G_LOG_DOMAIN "sl-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "sl-cli.h"
#include "sl-cli-application.h"
#include "sl-cli-board.h"
#include "sl-cli-candidate.h"
#include "sl-cli-posting.h"
#include "sl-cli-search.h"
#include "sl-demo.h"

/* Add a command here: its handler lives in its own sl-cli-<name>.c. */
static const SlCliCommand commands[] = {
  { "demo", sl_cli_demo, N_("Add realistic sample data (postings, candidates, interviews)") },
  { "stats", sl_cli_stats, N_("Show how many postings, candidates, applications and interviews there are") },
  { "backup", sl_cli_backup, N_("Copy the database safely to a file, even while the app runs") },
  { "posting", sl_cli_posting, N_("Import, export and list job postings") },
  { "candidate", sl_cli_candidate, N_("Import candidates from CSV, export them, erase one’s personal data") },
  { "search", sl_cli_search, N_("Find candidates by name, email, headline, tags or notes") },
  { "application", sl_cli_application, N_("Move an application to another stage") },
  { "board", sl_cli_board, N_("Show a posting’s stages with their counts and first cards") },
};

void
sl_cli_printerr (const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s: %s\n", g_get_prgname (), message);
}

gboolean
sl_cli_parse_options (const char          *parameter_string,
                      const char          *summary,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr (GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      sl_cli_printerr (_("%s. Run “%s %s --help” to see the options."),
                       error->message, g_get_prgname (), (*argv)[0]);
      return FALSE;
    }

  return TRUE;
}

const SlCliCommand *
sl_cli_find_command (const SlCliCommand *table,
                     guint               n_commands,
                     const char         *name)
{
  for (guint i = 0; i < n_commands; i++)
    if (g_str_equal (table[i].name, name))
      return &table[i];
  return NULL;
}

void
sl_cli_print_subcommands (const char         *heading,
                          const SlCliCommand *subcommands,
                          guint               n_subcommands)
{
  g_autoptr (GString) usage = g_string_new (heading);

  for (guint i = 0; i < n_subcommands; i++)
    g_string_append_printf (usage, "\n  %-7s %s", subcommands[i].name, _(subcommands[i].summary));
  sl_cli_printerr ("%s", usage->str);
}

int
sl_cli_run_subcommand (SlStore            *store,
                       const char         *heading,
                       const SlCliCommand *table,
                       guint               n_commands,
                       int                 argc,
                       char              **argv)
{
  const SlCliCommand *subcommand;
  g_autofree char *unknown = NULL;

  g_return_val_if_fail (SL_IS_STORE (store), SL_CLI_EXIT_FAILURE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      sl_cli_print_subcommands (heading, table, n_commands);
      return argc < 2 ? SL_CLI_EXIT_USAGE : SL_CLI_EXIT_OK;
    }

  subcommand = sl_cli_find_command (table, n_commands, argv[1]);
  if (subcommand != NULL)
    return subcommand->handler (store, argc - 1, argv + 1);

  /* Translators: "Unknown subcommand “posting frobnicate”. Use one of:", then the list */
  unknown = g_strdup_printf (_("Unknown subcommand “%s %s”. Use one of:"), argv[0], argv[1]);
  sl_cli_print_subcommands (unknown, table, n_commands);
  return SL_CLI_EXIT_USAGE;
}

void
sl_cli_json_add_string (JsonBuilder *builder,
                        const char  *name,
                        const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
sl_cli_json_add_strv (JsonBuilder        *builder,
                      const char         *name,
                      const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

void
sl_cli_print_json (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

/* demo */

int
sl_cli_demo (SlStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr (GError) error = NULL;
  SlDemoOptions options = { 0 };
  SlStoreCounts counts = { 0 };
  int postings = 0;
  int candidates = 0;
  gint64 seed = 1;
  gint64 start;
  const GOptionEntry entries[] = {
    { "postings", 0, 0, G_OPTION_ARG_INT, &postings,
      N_("How many postings to add (default: a few, more for many candidates)"), N_("N") },
    { "candidates", 0, 0, G_OPTION_ARG_INT, &candidates,
      N_("How many candidates to add"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("The random seed: the same seed gives the same data"), N_("SEED") },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options ("", _("Adds realistic sample data in one transaction."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      sl_cli_printerr (_("“demo” takes no arguments, but got “%s”."), argv[1]);
      return SL_CLI_EXIT_USAGE;
    }
  if (postings < 0 || candidates < 0 || seed < 0 || seed > G_MAXUINT32)
    {
      sl_cli_printerr (_("The numbers must not be negative, and the seed must be below %u."),
                       G_MAXUINT32);
      return SL_CLI_EXIT_USAGE;
    }

  options.postings = postings;
  options.candidates = candidates;
  options.seed = (guint32) seed;

  start = g_get_monotonic_time ();
  if (!sl_demo_fill (store, &options, &error))
    {
      sl_cli_printerr (_("Could not add the demo data: %s"), error->message);
      return SL_CLI_EXIT_FAILURE;
    }
  if (!sl_store_get_counts (store, &counts, &error))
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  /* One line per count, so that each gets its own plural. */
  g_print (_("Added demo data in %.1f s. The database now holds:\n"),
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_print (ngettext ("  %u posting\n", "  %u postings\n", counts.postings), counts.postings);
  g_print (ngettext ("  %u candidate\n", "  %u candidates\n", counts.candidates), counts.candidates);
  g_print (ngettext ("  %u application\n", "  %u applications\n", counts.applications), counts.applications);
  g_print (ngettext ("  %u interview\n", "  %u interviews\n", counts.interviews), counts.interviews);

  return SL_CLI_EXIT_OK;
}

/* stats */

static void
print_row (const char *label,
           guint       value,
           int         width)
{
  int padding = width - (int) g_utf8_strlen (label, -1);

  g_print ("%s%*s  %10u\n", label, MAX (padding, 0), "", value);
}

int
sl_cli_stats (SlStore  *store,
              int       argc,
              char    **argv)
{
  g_autoptr (GError) error = NULL;
  SlStoreCounts counts = { 0 };
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print one JSON object, for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options ("", _("Shows how many records the database holds."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      sl_cli_printerr (_("“stats” takes no arguments, but got “%s”."), argv[1]);
      return SL_CLI_EXIT_USAGE;
    }

  if (!sl_store_get_counts (store, &counts, &error))
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "postings");
      json_builder_add_int_value (builder, counts.postings);
      json_builder_set_member_name (builder, "candidates");
      json_builder_add_int_value (builder, counts.candidates);
      json_builder_set_member_name (builder, "applications");
      json_builder_add_int_value (builder, counts.applications);
      json_builder_set_member_name (builder, "interviews");
      json_builder_add_int_value (builder, counts.interviews);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
    }
  else
    {
      const char *labels[] = {
        _("Postings"), _("Candidates"), _("Applications"), _("Interviews"),
      };
      guint values[] = {
        counts.postings, counts.candidates, counts.applications, counts.interviews,
      };
      int width = 0;

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        width = MAX (width, (int) g_utf8_strlen (labels[i], -1));

      g_print ("%s\n", sl_store_get_path (store));
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        print_row (labels[i], values[i], width);
    }

  return SL_CLI_EXIT_OK;
}

/* backup */

int
sl_cli_backup (SlStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr (GError) error = NULL;

  if (!sl_cli_parse_options (_("FILE"), _("Copies the database to FILE with SQLite’s online backup."),
                             NULL, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      sl_cli_printerr (_("“backup” needs exactly one FILE to write to, e.g. “%s backup shortlist-backup.db”."),
                       g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  if (!sl_store_backup (store, argv[1], &error))
    {
      sl_cli_printerr (_("Could not back up to “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  g_print (_("Backed up the database to “%s”.\n"), argv[1]);
  return SL_CLI_EXIT_OK;
}

/* main */

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-*s  %s", width, commands[i].name, _(commands[i].summary));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s COMMAND --help” for a command’s options."), g_get_prgname ());
  g_string_append (text, "\n\n");
  g_string_append (text, _("Exit status:\n"
                           "  0  done\n"
                           "  1  an error: nothing was done\n"
                           "  2  a mistake in the command line\n"
                           "  3  done, but some rows could not be imported (candidate import)"));

  return g_string_free (text, FALSE);
}

int
sl_cli_main (int    argc,
             char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SlStore) store = NULL;
  g_autofree char *database = NULL;
  g_autofree char *description = NULL;
  const SlCliCommand *command;
  gboolean version = FALSE;
  gboolean read_only = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the app’s own)"), N_("PATH") },
    { "read-only", 0, 0, G_OPTION_ARG_NONE, &read_only,
      N_("Only read the database, even if it could be written (a file that cannot be written is read anyway)"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  g_set_prgname ("shortlist-cli");

  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Work with Shortlist’s database without a display."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows are the command's own options. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sl_cli_printerr (_("%s. Run “%s --help” to see the options."),
                       error->message, g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  if (version)
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return SL_CLI_EXIT_OK;
    }

  if (argc < 2)
    {
      sl_cli_printerr (_("No command given. Run “%s --help” to see the commands."),
                       g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  command = sl_cli_find_command (commands, G_N_ELEMENTS (commands), argv[1]);
  if (command == NULL)
    {
      sl_cli_printerr (_("Unknown command “%s”. Run “%s --help” to see the commands."),
                       argv[1], g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  if (database == NULL)
    database = sl_store_get_default_path ();

  /* A file that cannot be written can still be read: the reading commands
   * work on it, and a writing command fails at its first write, saying so. */
  store = sl_store_open_full (database,
                              read_only ? SL_STORE_OPEN_READ_ONLY : SL_STORE_OPEN_FALL_BACK_READ_ONLY,
                              &error);
  if (store == NULL)
    {
      sl_cli_printerr ("%s", error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  return command->handler (store, argc - 1, argv + 1);
}
