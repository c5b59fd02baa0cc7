/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests "shortlist-cli posting" through the real binary and a real database. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "sl-posting-format.h"
#include "sl-posting-import.h"
#include "sl-store.h"
#include "unit-test-utils.h"

typedef struct
{
  char *cli;
  char *dir;
  char *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *cli = g_getenv ("SHORTLIST_CLI");
  g_autoptr (GError) error = NULL;

  if (cli != NULL)
    fixture->cli = g_strdup (cli);
  else if (g_getenv ("SHORTLIST_BUILD_ROOT") != NULL)
    fixture->cli = g_build_filename (g_getenv ("SHORTLIST_BUILD_ROOT"), "src", "cli", "shortlist-cli", NULL);
  fixture->dir = g_dir_make_tmp ("sl-posting-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->database = g_build_filename (fixture->dir, "test.db", NULL);
}

static void
remove_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_dir (fixture->dir);
  g_free (fixture->cli);
  g_free (fixture->dir);
  g_free (fixture->database);
}

static gboolean
have_cli (Fixture *fixture)
{
  if (fixture->cli == NULL || !g_file_test (fixture->cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("shortlist-cli is not built (set SHORTLIST_CLI)");
      return FALSE;
    }
  return TRUE;
}

/* Runs shortlist-cli -d DB ARGS…; returns the exit status. */
static int
run (Fixture     *fixture,
     char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, fixture->database);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return unit_test_run_cli ((const char * const *) args->pdata, FALSE, out, err);
}

static char *
sample (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "samples", name, NULL);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static guint
count_postings (Fixture *fixture)
{
  g_autofree char *out = NULL;
  g_autoptr (JsonNode) root = NULL;

  g_assert_cmpint (run (fixture, &out, NULL, "posting", "list", "--json", NULL), ==, 0);
  root = parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_get_length (json_node_get_array (root));
}

static void
test_import_list_show (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = sample ("posting-numbered.txt");
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autoptr (JsonNode) list = NULL;
  g_autoptr (JsonNode) show = NULL;
  JsonObject *item, *posting;
  JsonArray *array;

  if (!have_cli (fixture))
    return;

  g_assert_cmpint (run (fixture, &out, NULL, "posting", "import", path, NULL), ==, 0);
  id = g_strdup (g_strstrip (out));
  g_assert_true (g_uuid_string_is_valid (id) || strlen (id) > 8);

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (fixture, &out, NULL, "posting", "list", "--json", NULL), ==, 0);
  list = parse_json (out);
  array = json_node_get_array (list);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  item = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "Part-time Bookkeeper");
  g_assert_cmpstr (json_object_get_string_member (item, "status"), ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (item, "location"), ==, "Leeds, United Kingdom");
  g_assert_cmpstr (json_object_get_string_member (item, "employment_type"), ==, "PART_TIME");

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (fixture, &out, NULL, "posting", "show", id, "--json", NULL), ==, 0);
  show = parse_json (out);
  posting = json_node_get_object (show);
  g_assert_cmpstr (json_object_get_string_member (posting, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (posting, "department"), ==, "Finance");
  g_assert_cmpstr (json_object_get_string_member (posting, "hiring_manager"), ==, "Priya Natarajan");
  g_assert_cmpint (json_object_get_int_member (posting, "openings"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (posting, "salary_min"), ==, 18);
  g_assert_cmpfloat (json_object_get_double_member (posting, "salary_max"), ==, 22);
  g_assert_cmpstr (json_object_get_string_member (posting, "salary_currency"), ==, "GBP");
  g_assert_cmpstr (json_object_get_string_member (posting, "salary_unit"), ==, "hour");
  g_assert_cmpstr (json_object_get_string_member (posting, "date_posted"), ==, "2025-03-03");
  g_assert_cmpstr (json_object_get_string_member (posting, "valid_through"), ==, "2025-03-31");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (posting, "locations")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (posting, "responsibilities")), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (posting, "qualifications")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (posting, "nice_to_have")), ==, 2);
  g_assert_true (json_object_has_member (posting, "about"));
  g_assert_true (json_object_has_member (posting, "description"));
  g_assert_true (json_object_has_member (posting, "workplace_type"));
}

static void
test_export_formats (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = sample ("posting-linkedin.txt");
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autofree char *jsonld = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *id2 = NULL;
  g_autofree char *jsonld2 = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;

  if (!have_cli (fixture))
    return;

  g_assert_cmpint (run (fixture, &out, NULL, "posting", "import", path, NULL), ==, 0);
  id = g_strdup (g_strstrip (out));

  g_assert_cmpint (run (fixture, &jsonld, NULL, "posting", "export", id, "--format=jsonld", NULL), ==, 0);
  root = parse_json (jsonld);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "@type"), ==, "JobPosting");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "title"), ==, "Product Designer");

  g_assert_cmpint (run (fixture, &markdown, NULL, "posting", "export", id, "--format=markdown", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (markdown, "# Product Designer\n"));
  g_assert_cmpint (run (fixture, &text, NULL, "posting", "export", id, "--format", "text", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (text, "Product Designer\nNordlicht Mobility GmbH\n"));

  /* a JSON-LD file imports as JSON-LD, as a new posting with the same fields */
  json_path = g_build_filename (fixture->dir, "posting.jsonld", NULL);
  g_file_set_contents (json_path, jsonld, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (fixture, &out, NULL, "posting", "import", json_path, NULL), ==, 0);
  id2 = g_strdup (g_strstrip (out));
  g_assert_cmpstr (id, !=, id2);
  g_assert_cmpuint (count_postings (fixture), ==, 2);
  g_assert_cmpint (run (fixture, &jsonld2, NULL, "posting", "export", id2, NULL), ==, 0);
  {
    g_autoptr (JsonNode) root2 = parse_json (jsonld2);
    JsonObject *a = json_node_get_object (root);
    JsonObject *b = json_node_get_object (root2);

    g_assert_cmpstr (json_object_get_string_member (a, "description"), ==,
                     json_object_get_string_member (b, "description"));
    g_assert_cmpstr (json_object_get_string_member (a, "datePosted"), ==,
                     json_object_get_string_member (b, "datePosted"));
  }
}

/* shortlist-cli and the formats library (what the app calls) read every
 * kind of posting file the same way, a JSON array of postings included,
 * and export every format the same way. */
static void
test_same_as_formats (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct { const char *name; const char *contents; SlPostingFormat kind; } inputs[] = {
    { "text.txt", "Line Cook\nBerlin, Germany\n\nWe cook.\n", SL_POSTING_FORMAT_TEXT },
    { "bracket.txt", "[Remote] Support Engineer\n\nWe help.\n", SL_POSTING_FORMAT_TEXT },
    { "markdown.md", "# Pastry Chef\n\n## Responsibilities\n\n- Bake\n", SL_POSTING_FORMAT_TEXT },
    { "object.json", "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"Sommelier\"}",
      SL_POSTING_FORMAT_JSONLD },
    { "array.json", " [{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"Barista\"},"
                    " {\"@type\": \"JobPosting\", \"title\": \"Waiter\"}]", SL_POSTING_FORMAT_JSONLD },
    { "graph.json", "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"Organization\", \"name\": \"Acme\"},"
                    " {\"@type\": \"JobPosting\", \"title\": \"Dishwasher\"}]}", SL_POSTING_FORMAT_JSONLD },
  };
  static const char * const formats[] = { "jsonld", "markdown", "text" };
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;

  if (!have_cli (fixture))
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, inputs[i].name, NULL);
      g_autoptr (SlPosting) parsed = NULL;
      g_autoptr (SlPosting) imported = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *contents = inputs[i].contents;

      g_test_message ("%s", inputs[i].name);
      g_assert_cmpint (sl_posting_format_detect (contents, strlen (contents)), ==, inputs[i].kind);
      parsed = sl_posting_import_parse (contents, strlen (contents), NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (parsed);

      g_file_set_contents (path, contents, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (run (fixture, &out, &err, "posting", "import", path, NULL), ==, 0);
      g_strstrip (out);

      g_clear_object (&store);
      store = sl_store_open (fixture->database, &error);
      g_assert_no_error (error);
      imported = sl_store_get_posting (store, out, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (sl_posting_get_title (imported), ==, sl_posting_get_title (parsed));
      g_assert_cmpstr (sl_posting_get_description (imported), ==, sl_posting_get_description (parsed));
      g_assert_cmpstr (sl_posting_get_organization (imported), ==, sl_posting_get_organization (parsed));

      for (gsize j = 0; j < G_N_ELEMENTS (formats); j++)
        {
          g_autofree char *cli = NULL;
          g_autofree char *library = NULL;
          SlPostingFormat format;

          g_assert_true (sl_posting_format_from_name (formats[j], &format));
          g_assert_cmpint (run (fixture, &cli, NULL, "posting", "export", out, "--format", formats[j],
                                "--organization", "Acme", NULL), ==, 0);
          library = sl_posting_export (imported, format, "Acme", &error);
          g_assert_no_error (error);
          g_assert_cmpstr (g_strchomp (cli), ==, g_strchomp (library));
        }
    }
}

/* A posting that does not say where the work is stays "not stated" through
 * the text import, the database, the JSON-LD export and its import. */
static void
test_workplace_unknown (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "cook.txt", NULL);
  g_autofree char *json_path = g_build_filename (fixture->dir, "cook.jsonld", NULL);
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autofree char *id2 = NULL;
  g_autofree char *show = NULL;
  g_autofree char *jsonld = NULL;
  g_autoptr (JsonNode) posting = NULL;
  g_autoptr (JsonNode) exported = NULL;
  g_autoptr (JsonNode) again = NULL;
  g_autoptr (GError) error = NULL;

  if (!have_cli (fixture))
    return;

  g_file_set_contents (path, "Cook\nLocation: Leeds, United Kingdom\n\nWe cook.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run (fixture, &out, NULL, "posting", "import", path, NULL), ==, 0);
  id = g_strdup (g_strstrip (out));
  g_assert_cmpint (run (fixture, &show, NULL, "posting", "show", id, "--json", NULL), ==, 0);
  posting = parse_json (show);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (posting), "workplace_type"), ==, "unknown");

  g_assert_cmpint (run (fixture, &jsonld, NULL, "posting", "export", id, "--organization=Casa Verde", NULL), ==, 0);
  exported = parse_json (jsonld);
  /* the posting names no employer: --organization does */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_node_get_object (exported),
                                                                                 "hiringOrganization"), "name"),
                   ==, "Casa Verde");
  g_assert_false (json_object_has_member (json_node_get_object (exported), "jobLocationType"));
  g_assert_false (json_object_has_member (json_node_get_object (exported), "applicantLocationRequirements"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (exported), "shortlist:workplaceType"), ==, "unknown");

  g_file_set_contents (json_path, jsonld, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&show, g_free);
  g_assert_cmpint (run (fixture, &out, NULL, "posting", "import", json_path, NULL), ==, 0);
  id2 = g_strdup (g_strstrip (out));
  g_assert_cmpint (run (fixture, &show, NULL, "posting", "show", id2, "--json", NULL), ==, 0);
  again = parse_json (show);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (again), "workplace_type"), ==, "unknown");
}

/* A 50 MB "posting" is refused with the limit, and the CLI never holds it:
 * its peak memory stays far under the file's size. */
static void
test_import_too_large (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.txt", NULL);
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  struct rusage usage;
  int fd;

  if (!have_cli (fixture))
    return;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 50 * 1024 * 1024), ==, 0);
  g_close (fd, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "import", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "larger than 1.0"));
  g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &usage), ==, 0);
  g_test_message ("peak RSS of the CLI: %ld KiB", usage.ru_maxrss);
  g_assert_cmpint (usage.ru_maxrss, <, 40 * 1024);
  g_assert_cmpuint (count_postings (fixture), ==, 0);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *binary = g_build_filename (fixture->dir, "binary.bin", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.txt", NULL);
  g_autofree char *invalid = g_build_filename (fixture->dir, "invalid.jsonld", NULL);
  g_autofree char *not_posting = g_build_filename (fixture->dir, "person.json", NULL);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  const char bytes[] = "\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00";
  g_autoptr (GError) error = NULL;

  if (!have_cli (fixture))
    return;

  g_file_set_contents (binary, bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  g_file_set_contents (empty, " \n\n\t\n", -1, &error);
  g_assert_no_error (error);
  /* valid JSON-LD, but it fails validation: the dates are the wrong way round */
  g_file_set_contents (invalid,
                       "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Cook\","
                       "\"datePosted\":\"2025-05-01\",\"validThrough\":\"2025-04-01\"}", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (not_posting, "{\"@type\":\"Person\",\"name\":\"Ada\"}", -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run (fixture, &out, &err, "posting", "import", binary, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "not text"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "import", empty, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "empty"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "import", invalid, NULL), ==, 1);
  g_assert_cmpstr (err, !=, "");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "import", not_posting, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "JobPosting"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "import", "/nonexistent/posting.txt", NULL), ==, 1);
  g_assert_cmpstr (err, !=, "");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "export", "no-such-id", NULL), ==, 1);
  g_assert_cmpstr (err, !=, "");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "show", "no-such-id", "--json", NULL), ==, 1);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, &err, "posting", "frobnicate", NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  /* a salary no one is paid */
  {
    g_autofree char *huge_salary = g_build_filename (fixture->dir, "salary.txt", NULL);

    g_file_set_contents (huge_salary, "Cook\nSalary: 1000000000000000000000000000000000000000000 EUR per year\n", -1, &error);
    g_assert_no_error (error);
    g_assert_cmpint (run (fixture, NULL, &err, "posting", "import", huge_salary, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "too large"));
    g_clear_pointer (&err, g_free);
  }

  /* nothing was written */
  g_assert_cmpuint (count_postings (fixture), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/posting-cli/import-list-show", Fixture, NULL,
              fixture_set_up, test_import_list_show, fixture_tear_down);
  g_test_add ("/posting-cli/export-formats", Fixture, NULL,
              fixture_set_up, test_export_formats, fixture_tear_down);
  g_test_add ("/posting-cli/same-as-formats", Fixture, NULL,
              fixture_set_up, test_same_as_formats, fixture_tear_down);
  g_test_add ("/posting-cli/workplace-unknown", Fixture, NULL,
              fixture_set_up, test_workplace_unknown, fixture_tear_down);
  g_test_add ("/posting-cli/import-too-large", Fixture, NULL,
              fixture_set_up, test_import_too_large, fixture_tear_down);
  g_test_add ("/posting-cli/errors", Fixture, NULL,
              fixture_set_up, test_errors, fixture_tear_down);

  return g_test_run ();
}
