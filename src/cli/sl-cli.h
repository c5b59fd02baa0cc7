/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's command table and the built-in commands (demo, stats, backup). */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* Exit statuses of shortlist-cli. */
#define SL_CLI_EXIT_OK      0
#define SL_CLI_EXIT_FAILURE 1
#define SL_CLI_EXIT_USAGE   2

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
