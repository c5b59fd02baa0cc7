/* SPDX-License-Identifier: GPL-3.0-or-later */
/* String vectors stored as JSON arrays of strings (tags, locations, …). */
#define G_LOG_DOMAIN "sl-strv-json"

#include "config.h"

#include "sl-store-private.h"

/* String vectors as JSON arrays, by hand: they are read and written for
 * every candidate, so they must be quick. */

char *
sl_strv_to_json (const char * const *strv)
{
  GString *json;

  if (strv == NULL || strv[0] == NULL)
    return g_strdup ("[]");

  json = g_string_sized_new (64);
  g_string_append_c (json, '[');

  for (gsize i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_c (json, '"');

      for (const char *p = strv[i]; *p != '\0'; p++)
        {
          guchar c = (guchar) *p;

          switch (c)
            {
            case '"':
              g_string_append (json, "\\\"");
              break;
            case '\\':
              g_string_append (json, "\\\\");
              break;
            case '\n':
              g_string_append (json, "\\n");
              break;
            case '\r':
              g_string_append (json, "\\r");
              break;
            case '\t':
              g_string_append (json, "\\t");
              break;
            default:
              if (c < 0x20)
                g_string_append_printf (json, "\\u%04x", c);
              else
                g_string_append_c (json, (char) c);
              break;
            }
        }

      g_string_append_c (json, '"');
    }

  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static const char *
skip_space (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
parse_hex4 (const char *p,
            gunichar   *out)
{
  gunichar value = 0;

  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);

      if (h < 0)
        return FALSE;
      value = (value << 4) | (gunichar) h;
    }

  *out = value;
  return TRUE;
}

/* Parses one JSON string at *p (after the opening quote). */
static char *
parse_string (const char **p)
{
  GString *out = g_string_new (NULL);
  const char *s = *p;

  while (*s != '"')
    {
      if (*s == '\0')
        goto fail;

      if (*s != '\\')
        {
          const char *start = s;

          while (*s != '"' && *s != '\\' && *s != '\0')
            s++;
          g_string_append_len (out, start, s - start);
          continue;
        }

      s++;
      switch (*s)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar c;

            if (!parse_hex4 (s + 1, &c))
              goto fail;
            s += 4;
            if (c >= 0xd800 && c < 0xdc00)
              {
                gunichar low;

                if (s[1] != '\\' || s[2] != 'u' || !parse_hex4 (s + 3, &low) ||
                    low < 0xdc00 || low > 0xdfff)
                  goto fail;
                c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                s += 6;
              }
            else if (c >= 0xdc00 && c <= 0xdfff)
              goto fail;
            if (c == 0)
              goto fail;
            g_string_append_unichar (out, c);
          }
          break;
        default:
          goto fail;
        }
      s++;
    }

  *p = s + 1;
  return g_string_free (out, FALSE);

fail:
  g_string_free (out, TRUE);
  return NULL;
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
  g_autoptr (GPtrArray) items = NULL;
  const char *p;

  if (json == NULL)
    return g_new0 (char *, 1);

  p = skip_space (json);
  if (*p != '[')
    goto fail;
  p = skip_space (p + 1);

  items = g_ptr_array_new_with_free_func (g_free);

  if (*p == ']')
    {
      p++;
    }
  else
    {
      for (;;)
        {
          char *item;

          if (*p != '"')
            goto fail;
          p++;
          item = parse_string (&p);
          if (item == NULL)
            goto fail;
          g_ptr_array_add (items, item);

          p = skip_space (p);
          if (*p == ',')
            {
              p = skip_space (p + 1);
              continue;
            }
          if (*p == ']')
            {
              p++;
              break;
            }
          goto fail;
        }
    }

  if (*skip_space (p) != '\0')
    goto fail;

  g_ptr_array_set_free_func (items, NULL);
  g_ptr_array_add (items, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&items), FALSE);

fail:
  g_debug ("Not a JSON array of strings: %s", json);
  return g_new0 (char *, 1);
}
