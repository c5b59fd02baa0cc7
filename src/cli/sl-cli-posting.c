/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "posting" command: import, export, list and show job postings. */
#define G_LOG_DOMAIN "sl-cli-posting"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>

#include "sl-cli.h"
#include "sl-cli-posting.h"
#include "sl-posting-import.h"
#include "sl-posting-format.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-markdown.h"

/* Data goes to stdout byte for byte, whatever the locale's charset. */
static void
write_out (const char *text)
{
  fputs (text, stdout);
  if (*text == '\0' || text[strlen (text) - 1] != '\n')
    fputc ('\n', stdout);
  fflush (stdout);
}

static char *
joined_locations (SlPosting *posting)
{
  const char * const *locations = sl_posting_get_locations (posting);

  if (locations == NULL || locations[0] == NULL)
    return NULL;
  return g_strjoinv ("; ", (char **) locations);
}

/* import */

static SlPosting *
read_posting_file (const char  *path,
                   GError     **error)
{
  g_autoptr (GInputStream) stream = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_strcmp0 (path, "-") == 0)
    stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  else
    {
      g_autoptr (GFile) file = g_file_new_for_path (path);

      stream = G_INPUT_STREAM (g_file_read (file, NULL, error));
      if (stream == NULL)
        return NULL;
    }

  /* never more than SL_POSTING_IMPORT_MAX_BYTES in memory */
  contents = sl_posting_import_read (stream, &length, NULL, error);
  if (contents == NULL)
    return NULL;
  return sl_posting_import_parse (contents, length, NULL, error);
}

static int
posting_import (SlStore  *store,
                int       argc,
                char    **argv)
{
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *limit = g_format_size_full (SL_POSTING_IMPORT_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: %s is the largest file, "1.0 MiB" */
  g_autofree char *summary = g_strdup_printf (_("Import a job posting from a text, Markdown or JSON-LD file of at most %s (“-” reads standard input) and print its new id."),
                                              limit);

  if (!sl_cli_parse_options (_("FILE"), summary, NULL, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      sl_cli_printerr (_("“posting import” needs exactly one FILE, e.g. “%s posting import posting.txt”."),
                       g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  posting = read_posting_file (argv[1], &error);
  if (posting == NULL)
    {
      sl_cli_printerr (_("Could not import “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  /* always a new posting, even from an export of this database */
  sl_record_set_id (SL_RECORD (posting), NULL);

  if (!sl_posting_validate (posting, &error) ||
      !sl_store_save_posting (store, posting, &error))
    {
      sl_cli_printerr (_("Could not import “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }

  write_out (sl_record_get_id (SL_RECORD (posting)));
  return SL_CLI_EXIT_OK;
}

/* export */

/* The app's "default-organization" setting, when its schema is installed
 * (a build tree or a test may have none). */
static char *
default_organization (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "default-organization"))
    return NULL;
  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, "default-organization");
}

static int
posting_export (SlStore  *store,
                int       argc,
                char    **argv)
{
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *organization = NULL;
  SlPostingFormat kind = SL_POSTING_FORMAT_JSONLD;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("jsonld (schema.org JobPosting, the default), markdown or text"), N_("FORMAT") },
    { "organization", 0, 0, G_OPTION_ARG_STRING, &organization,
      N_("The employer JSON-LD names when the posting has no organization (default: the app’s Default Organization preference)"),
      N_("NAME") },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options (_("ID"), _("Write a job posting to standard output."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      sl_cli_printerr (_("“posting export” needs exactly one posting ID; “%s posting list” shows them."),
                       g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }
  if (format != NULL && !sl_posting_format_from_name (format, &kind))
    {
      sl_cli_printerr (_("Unknown format “%s”: use jsonld, markdown or text."), format);
      return SL_CLI_EXIT_USAGE;
    }

  posting = sl_store_get_posting (store, argv[1], &error);
  if (posting == NULL)
    {
      sl_cli_printerr (_("Could not export posting “%s”: %s"), argv[1],
                       error ? error->message : _("It does not exist."));
      return SL_CLI_EXIT_FAILURE;
    }

  if (kind == SL_POSTING_FORMAT_JSONLD && organization == NULL)
    organization = default_organization ();
  output = sl_posting_export (posting, kind, organization, &error);

  if (output == NULL)
    {
      sl_cli_printerr (_("Could not export posting “%s”: %s"), argv[1], error->message);
      return SL_CLI_EXIT_FAILURE;
    }
  write_out (output);
  return SL_CLI_EXIT_OK;
}

/* list */

static int
posting_list (SlStore  *store,
              int       argc,
              char    **argv)
{
  g_autoptr (GListModel) model = NULL;
  gboolean json = FALSE;
  guint n;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options (NULL, _("List the job postings, newest first."),
                             entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 1)
    {
      sl_cli_printerr (_("“posting list” takes no arguments, but got “%s”."), argv[1]);
      return SL_CLI_EXIT_USAGE;
    }

  model = sl_store_list_postings (store);
  n = g_list_model_get_n_items (model);

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SlPosting) posting = g_list_model_get_item (model, i);
          g_autofree char *location = joined_locations (posting);

          json_builder_begin_object (builder);
          sl_cli_json_add_string (builder, "id", sl_record_get_id (SL_RECORD (posting)));
          sl_cli_json_add_string (builder, "title", sl_posting_get_title (posting));
          sl_cli_json_add_string (builder, "status", sl_posting_status_to_string (sl_posting_get_status (posting)));
          sl_cli_json_add_string (builder, "location", location);
          sl_cli_json_add_string (builder, "employment_type", sl_posting_get_employment_type (posting));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      sl_cli_print_json (builder);
      return SL_CLI_EXIT_OK;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SlPosting) posting = g_list_model_get_item (model, i);
      g_autofree char *location = joined_locations (posting);
      g_autofree char *line = NULL;

      line = g_strdup_printf ("%s\t%s\t%s\t%s",
                              sl_record_get_id (SL_RECORD (posting)),
                              sl_posting_get_title (posting),
                              sl_posting_status_to_label (sl_posting_get_status (posting)),
                              location ? location : "");
      write_out (line);
    }
  return SL_CLI_EXIT_OK;
}

/* show */

static void
print_posting_json (SlPosting *posting)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  gboolean has_salary;

  has_salary = sl_posting_get_salary_min (posting) > 0 || sl_posting_get_salary_max (posting) > 0;

  json_builder_begin_object (builder);
  sl_cli_json_add_string (builder, "id", sl_record_get_id (SL_RECORD (posting)));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_int_value (builder, sl_record_get_created_at (SL_RECORD (posting)));
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_int_value (builder, sl_record_get_updated_at (SL_RECORD (posting)));
  sl_cli_json_add_string (builder, "rev", sl_record_get_rev (SL_RECORD (posting)));
  sl_cli_json_add_string (builder, "title", sl_posting_get_title (posting));
  sl_cli_json_add_string (builder, "status", sl_posting_status_to_string (sl_posting_get_status (posting)));
  sl_cli_json_add_string (builder, "organization", sl_posting_get_organization (posting));
  sl_cli_json_add_string (builder, "department", sl_posting_get_department (posting));
  sl_cli_json_add_string (builder, "hiring_manager", sl_posting_get_hiring_manager (posting));
  json_builder_set_member_name (builder, "openings");
  json_builder_add_int_value (builder, sl_posting_get_openings (posting));
  sl_cli_json_add_strv (builder, "locations", sl_posting_get_locations (posting));
  sl_cli_json_add_string (builder, "workplace_type", sl_workplace_type_to_string (sl_posting_get_workplace_type (posting)));
  sl_cli_json_add_string (builder, "employment_type", sl_posting_get_employment_type (posting));
  sl_cli_json_add_string (builder, "date_posted", sl_posting_get_date_posted (posting));
  sl_cli_json_add_string (builder, "valid_through", sl_posting_get_valid_through (posting));
  json_builder_set_member_name (builder, "salary_min");
  if (sl_posting_get_salary_min (posting) > 0)
    sl_json_builder_add_amount (builder, sl_posting_get_salary_min (posting));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "salary_max");
  if (sl_posting_get_salary_max (posting) > 0)
    sl_json_builder_add_amount (builder, sl_posting_get_salary_max (posting));
  else
    json_builder_add_null_value (builder);
  sl_cli_json_add_string (builder, "salary_currency", sl_posting_get_salary_currency (posting));
  sl_cli_json_add_string (builder, "salary_unit",
                      has_salary ? sl_salary_unit_to_string (sl_posting_get_salary_unit (posting)) : NULL);
  sl_cli_json_add_string (builder, "summary", sl_posting_get_summary (posting));
  sl_cli_json_add_string (builder, "description", sl_posting_get_description (posting));
  sl_cli_json_add_string (builder, "about", sl_posting_get_about (posting));
  sl_cli_json_add_strv (builder, "responsibilities", sl_posting_get_responsibilities (posting));
  sl_cli_json_add_strv (builder, "qualifications", sl_posting_get_qualifications (posting));
  sl_cli_json_add_strv (builder, "nice_to_have", sl_posting_get_nice_to_have (posting));
  json_builder_end_object (builder);

  sl_cli_print_json (builder);
}

static int
posting_show (SlStore  *store,
              int       argc,
              char    **argv)
{
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print every field as JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!sl_cli_parse_options (_("ID"), _("Show one job posting."), entries, &argc, &argv))
    return SL_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      sl_cli_printerr (_("“posting show” needs exactly one posting ID; “%s posting list” shows them."),
                       g_get_prgname ());
      return SL_CLI_EXIT_USAGE;
    }

  posting = sl_store_get_posting (store, argv[1], &error);
  if (posting == NULL)
    {
      sl_cli_printerr (_("Could not show posting “%s”: %s"), argv[1],
                       error ? error->message : _("It does not exist."));
      return SL_CLI_EXIT_FAILURE;
    }

  if (json)
    {
      print_posting_json (posting);
      return SL_CLI_EXIT_OK;
    }

  output = sl_posting_to_text (posting);
  write_out (output);
  return SL_CLI_EXIT_OK;
}

static const SlCliCommand subcommands[] = {
  { "import", posting_import, N_("Import a posting from a text or JSON-LD file") },
  { "export", posting_export, N_("Write a posting as JSON-LD, Markdown or text") },
  { "list", posting_list, N_("List the postings") },
  { "show", posting_show, N_("Show one posting") },
};

/**
 * sl_cli_posting:
 * @store: the open database
 * @argc: the number of arguments, "posting" included
 * @argv: the arguments, argv[0] being "posting"
 *
 * Runs "posting import FILE", "posting export ID [--format=…]",
 * "posting list [--json]" or "posting show ID [--json]".
 *
 * Returns: the exit status
 */
int
sl_cli_posting (SlStore  *store,
                int       argc,
                char    **argv)
{
  return sl_cli_run_subcommand (store, _("“posting” needs a subcommand:"),
                                subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
