/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A posting's file formats: telling text from JSON-LD, and exporting in a format chosen by name or file name. */

#define G_LOG_DOMAIN "sl-posting-format"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "sl-posting-format.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-markdown.h"

/**
 * sl_posting_format_detect:
 * @data: a posting file's contents
 * @length: its length in bytes
 *
 * Tells what the importers read @data as, for the app and shortlist-cli
 * alike: a schema.org JobPosting when it is JSON (an object, or an array
 * of postings), and a posting's plain text (Markdown included) otherwise.
 *
 * Returns: %SL_POSTING_FORMAT_JSONLD or %SL_POSTING_FORMAT_TEXT
 */
SlPostingFormat
sl_posting_format_detect (const char *data,
                          gsize       length)
{
  g_autoptr (JsonParser) parser = NULL;
  const char *p = data;
  const char *end = data + length;

  g_return_val_if_fail (data != NULL || length == 0, SL_POSTING_FORMAT_TEXT);

  while (p < end && g_ascii_isspace (*p))
    p++;
  /* "[Remote] Engineer" is text: only what parses as JSON is JSON-LD */
  parser = json_parser_new ();
  if (p < end && (*p == '{' || *p == '[') &&
      memchr (data, '\0', length) == NULL && g_utf8_validate (data, length, NULL) &&
      json_parser_load_from_data (parser, data, length, NULL) &&
      json_parser_get_root (parser) != NULL &&
      !JSON_NODE_HOLDS_VALUE (json_parser_get_root (parser)))
    return SL_POSTING_FORMAT_JSONLD;
  return SL_POSTING_FORMAT_TEXT;
}

/**
 * sl_posting_format_from_name:
 * @name: "jsonld" (or "json-ld"), "markdown" (or "md") or "text"
 * @format: (out): the format
 *
 * Returns: %FALSE when @name is none of these
 */
gboolean
sl_posting_format_from_name (const char      *name,
                             SlPostingFormat *format)
{
  static const struct { const char *name; SlPostingFormat format; } names[] = {
    { "jsonld", SL_POSTING_FORMAT_JSONLD }, { "json-ld", SL_POSTING_FORMAT_JSONLD },
    { "markdown", SL_POSTING_FORMAT_MARKDOWN }, { "md", SL_POSTING_FORMAT_MARKDOWN },
    { "text", SL_POSTING_FORMAT_TEXT },
  };

  g_return_val_if_fail (format != NULL, FALSE);

  for (gsize i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i].name, name) == 0)
      {
        *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

/**
 * sl_posting_format_from_filename:
 * @filename: a file name such as "engineer.md"
 * @format: (out): the format its extension names
 *
 * Returns: %FALSE when the extension is none of .json, .jsonld, .md,
 *   .markdown and .txt
 */
gboolean
sl_posting_format_from_filename (const char      *filename,
                                 SlPostingFormat *format)
{
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_str_has_suffix (filename, ".json") || g_str_has_suffix (filename, ".jsonld"))
    *format = SL_POSTING_FORMAT_JSONLD;
  else if (g_str_has_suffix (filename, ".md") || g_str_has_suffix (filename, ".markdown"))
    *format = SL_POSTING_FORMAT_MARKDOWN;
  else if (g_str_has_suffix (filename, ".txt"))
    *format = SL_POSTING_FORMAT_TEXT;
  else
    return FALSE;
  return TRUE;
}

/**
 * sl_posting_export:
 * @posting: a posting
 * @format: the format to write
 * @default_organization: (nullable): the employer JSON-LD names when the
 *   posting names none
 * @error: return location for a #GError (only JSON-LD can fail)
 *
 * Returns: (transfer full) (nullable): the posting in @format
 */
char *
sl_posting_export (SlPosting        *posting,
                   SlPostingFormat   format,
                   const char       *default_organization,
                   GError          **error)
{
  g_return_val_if_fail (SL_IS_POSTING (posting), NULL);

  switch (format)
    {
    case SL_POSTING_FORMAT_JSONLD:
      return sl_posting_to_jsonld_full (posting, default_organization, error);

    case SL_POSTING_FORMAT_MARKDOWN:
      return sl_posting_to_markdown (posting);

    case SL_POSTING_FORMAT_TEXT:
    default:
      return sl_posting_to_text (posting);
    }
}
