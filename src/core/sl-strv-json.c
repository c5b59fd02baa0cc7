/* SPDX-License-Identifier: GPL-3.0-or-later */
/* String vectors stored as JSON arrays of strings (tags, locations, …), through json-glib. */
#define G_LOG_DOMAIN "sl-strv-json"

#include "config.h"

#include <json-glib/json-glib.h>

#include "sl-store-private.h"

/* json-glib writes and reads them: some 0.9 µs to write and 1.6 µs to read
 * a two-item array on the machine the benchmarks run on, the cost of a few
 * hundred thousand of them in a 100 000-candidate import. */

char *
sl_strv_to_json (const char * const *strv)
{
  g_autoptr (JsonNode) node = NULL;
  JsonArray *array;

  if (strv == NULL || strv[0] == NULL)
    return g_strdup ("[]");

  array = json_array_sized_new (g_strv_length ((char **) strv));
  for (gsize i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);

  return json_to_string (node, FALSE);
}

/* json-glib 1.6 reads an unknown escape ("\q") as the letter and "\u0000"
 * as the end of the string; an array with either is refused, as it always
 * was here, rather than read as something it does not say. */
static gboolean
has_bad_escape (const char *json)
{
  for (const char *p = strchr (json, '\\'); p != NULL; p = strchr (p + 2, '\\'))
    {
      if (p[1] == '\0' || strchr ("\"\\/bfnrtu", p[1]) == NULL)
        return TRUE;
      if (p[1] == 'u' && strncmp (p + 2, "0000", 4) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * sl_strv_from_json:
 * @json: (nullable): a JSON array of strings
 *
 * Returns: (transfer full): the strings; an empty vector (never %NULL) for
 *   %NULL, "[]" or anything that is not an array of strings
 */
char **
sl_strv_from_json (const char *json)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  if (json == NULL)
    return g_new0 (char *, 1);

  if (has_bad_escape (json) || (root = json_from_string (json, &error)) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (root))
    goto fail;

  array = json_node_get_array (root);
  n = json_array_get_length (array);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        goto fail;
      g_strv_builder_add (builder, json_node_get_string (item));
    }
  return g_strv_builder_end (builder);

fail:
  g_debug ("Not a JSON array of strings: %s (%s)", json,
           error != NULL ? error->message : "not an array of strings");
  return g_new0 (char *, 1);
}
