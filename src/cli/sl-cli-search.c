/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "search" command: candidates matching a query, as text or JSON. */
#define G_LOG_DOMAIN "sl-cli-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "sl-cli.h"
#include "sl-cli-search.h"

static void
print_usage (void)
{
  sl_cli_printerr (_("Usage: %s search QUERY… [--json] [--posting=ID] [--limit=N]. Words are prefixes; “-word” excludes; put a phrase in quotes."),
                   g_get_prgname ());
}

int
sl_cli_search (SlStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autoptr (GPtrArray) results = NULL;
  g_autofree char *query = NULL;
  const char *posting_id = NULL;
  gboolean json = FALSE;
  gboolean only_words = FALSE;
  guint limit = 50;

  /* Parsed by hand: "-word" is a query word (an exclusion), not an option. */
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (only_words)
        g_ptr_array_add (words, (gpointer) arg);
      else if (g_str_equal (arg, "--"))
        only_words = TRUE;
      else if (g_str_equal (arg, "--json"))
        json = TRUE;
      else if (g_str_has_prefix (arg, "--posting="))
        posting_id = arg + strlen ("--posting=");
      else if (g_str_has_prefix (arg, "--limit="))
        {
          guint64 value = 0;

          if (!g_ascii_string_to_unsigned (arg + strlen ("--limit="), 10, 1, 100000, &value, NULL))
            {
              sl_cli_printerr (_("“%s” is not a number from 1 to 100000."), arg + strlen ("--limit="));
              return SL_CLI_EXIT_USAGE;
            }
          limit = (guint) value;
        }
      else if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_usage ();
          return SL_CLI_EXIT_OK;
        }
      else if (g_str_has_prefix (arg, "--"))
        {
          sl_cli_printerr (_("Unknown option “%s”. To search for it, put “--” before the query."), arg);
          return SL_CLI_EXIT_USAGE;
        }
      else
        g_ptr_array_add (words, (gpointer) arg);
    }

  if (words->len == 0)
    {
      print_usage ();
      return SL_CLI_EXIT_USAGE;
    }
  g_ptr_array_add (words, NULL);
  query = g_strjoinv (" ", (char **) words->pdata);

  results = sl_store_search_candidates (store, query, posting_id, limit, &error);
  if (results == NULL)
    {
      sl_cli_printerr (_("Could not search: %s"), error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < results->len; i++)
        {
          SlCandidate *candidate = g_ptr_array_index (results, i);

          json_builder_begin_object (builder);
          sl_cli_json_add_string (builder, "id", sl_record_get_id (SL_RECORD (candidate)));
          sl_cli_json_add_string (builder, "name", sl_candidate_get_name (candidate));
          sl_cli_json_add_strv (builder, "emails", sl_candidate_get_emails (candidate));
          sl_cli_json_add_strv (builder, "phones", sl_candidate_get_phones (candidate));
          sl_cli_json_add_string (builder, "headline", sl_candidate_get_headline (candidate));
          sl_cli_json_add_string (builder, "location", sl_candidate_get_location (candidate));
          sl_cli_json_add_strv (builder, "tags", sl_candidate_get_tags (candidate));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      sl_cli_print_json (builder);
    }
  else
    {
      for (guint i = 0; i < results->len; i++)
        {
          SlCandidate *candidate = g_ptr_array_index (results, i);
          const char *headline = sl_candidate_get_headline (candidate);

          /* Data goes out byte for byte (UTF-8), whatever the locale. */
          fprintf (stdout, "%s\t%s\t%s\n", sl_record_get_id (SL_RECORD (candidate)),
                   sl_candidate_get_name (candidate), headline != NULL ? headline : "");
        }
    }
  fflush (stdout);

  return SL_CLI_EXIT_OK;
}
