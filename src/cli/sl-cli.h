/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's command table and the built-in commands (demo, stats, backup). */
#pragma once

#include <json-glib/json-glib.h>

#include "sl-store.h"

G_BEGIN_DECLS

/* Exit statuses of shortlist-cli (listed in its --help and README.md). */
#define SL_CLI_EXIT_OK      0
#define SL_CLI_EXIT_FAILURE 1  /* nothing was done: an error */
#define SL_CLI_EXIT_USAGE   2  /* a mistake in the command line */
#define SL_CLI_EXIT_PARTIAL 3  /* done, but some rows could not be imported */

/* A command gets the open store and its own arguments, argv[0] being the
 * command's name; it returns the exit status. */
typedef int (*SlCliHandler) (SlStore  *store,
                             int       argc,
                             char    **argv);

typedef struct
{
  const char   *name;
  SlCliHandler  handler;
  const char   *summary;   /* N_()-marked, translated when shown */
} SlCliCommand;

/* The whole tool: parses the global options, finds the command, opens the
 * database and runs the command. Returns the exit status. */
int  sl_cli_main         (int          argc,
                          char       **argv);

/* Prints "shortlist-cli: <message>" on stderr. */
void sl_cli_printerr     (const char  *format,
                          ...) G_GNUC_PRINTF (1, 2);

/* Parses a command's options with @entries; on an error prints it and
 * returns FALSE (exit with SL_CLI_EXIT_USAGE). */
gboolean sl_cli_parse_options (const char          *parameter_string,
                               const char          *summary,
                               const GOptionEntry  *entries,
                               int                 *argc,
                               char              ***argv);

/* The command of @table named @name, or NULL. */
const SlCliCommand *sl_cli_find_command (const SlCliCommand *table,
                                         guint               n_commands,
                                         const char         *name);
/* Prints @heading and then each of @subcommands with its summary (via
 * sl_cli_printerr()): a command's list of its subcommands. */
void sl_cli_print_subcommands (const char         *heading,
                               const SlCliCommand *subcommands,
                               guint               n_subcommands);

/* Runs the subcommand of @table that argv[1] names, with argv[1] as its
 * argv[0]. Without one, or for --help/-h, prints @heading and the table
 * (asking for help succeeds, a missing subcommand is a usage error); an
 * unknown one is a usage error that names it and lists the table. */
int  sl_cli_run_subcommand (SlStore            *store,
                            const char         *heading,
                            const SlCliCommand *table,
                            guint               n_commands,
                            int                 argc,
                            char              **argv);

/* Adds the member @name: the string @value, or null when it is NULL. */
void sl_cli_json_add_string (JsonBuilder        *builder,
                             const char         *name,
                             const char         *value);
/* Adds the member @name: an array of @values' strings (empty for NULL). */
void sl_cli_json_add_strv   (JsonBuilder        *builder,
                             const char         *name,
                             const char * const *values);
/* Prints what @builder built as indented JSON on standard output, byte for
 * byte whatever the locale, with a final newline. */
void sl_cli_print_json      (JsonBuilder        *builder);

int  sl_cli_demo         (SlStore     *store,
                          int          argc,
                          char       **argv);
int  sl_cli_stats        (SlStore     *store,
                          int          argc,
                          char       **argv);
int  sl_cli_backup       (SlStore     *store,
                          int          argc,
                          char       **argv);

G_END_DECLS
