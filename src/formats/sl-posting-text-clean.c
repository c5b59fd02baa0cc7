/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cleaning and folding the text of web pages for the posting importers: spaces, invisible characters, case, curly quotes. */

#define G_LOG_DOMAIN "sl-posting-text-clean"

#include "config.h"

#include <string.h>

#include "sl-posting-text-private.h"

static gboolean
is_space_at (const char *p,
             gsize      *len)
{
  guchar c = (guchar) p[0];

  if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
    {
      *len = 1;
      return TRUE;
    }
  /* NBSP */
  if (c == 0xC2 && (guchar) p[1] == 0xA0)
    {
      *len = 2;
      return TRUE;
    }
  /* U+2000..U+200A, U+202F, U+205F, U+3000 */
  if (c == 0xE2 && (guchar) p[1] == 0x80 && (((guchar) p[2] >= 0x80 && (guchar) p[2] <= 0x8A) || (guchar) p[2] == 0xAF))
    {
      *len = 3;
      return TRUE;
    }
  if (c == 0xE2 && (guchar) p[1] == 0x81 && (guchar) p[2] == 0x9F)
    {
      *len = 3;
      return TRUE;
    }
  if (c == 0xE3 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x80)
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_invisible_at (const char *p,
                 gsize      *len)
{
  guchar c = (guchar) p[0];

  /* U+200B..U+200D, U+2060 */
  if (c == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] >= 0x8B && (guchar) p[2] <= 0x8D)
    {
      *len = 3;
      return TRUE;
    }
  if (c == 0xE2 && (guchar) p[1] == 0x81 && (guchar) p[2] == 0xA0)
    {
      *len = 3;
      return TRUE;
    }
  /* BOM */
  if (c == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    {
      *len = 3;
      return TRUE;
    }
  if (c < 0x20 || c == 0x7F)
    {
      *len = 1;
      return TRUE;
    }
  return FALSE;
}

/* Appends @len bytes of @p to @out with spaces collapsed and trimmed;
 * returns the number of leading spaces (the indentation). */
guint
sl_posting_text_append_clean (GString    *out,
                              const char *p,
                              gsize       len)
{
  const char *end = p + len;
  gboolean pending_space = FALSE;
  gboolean leading = TRUE;
  guint indent = 0;

  while (p < end)
    {
      gsize n = 0;

      if (is_space_at (p, &n) && p + n <= end)
        {
          if (leading)
            indent++;
          else
            pending_space = TRUE;
          p += n;
          continue;
        }
      if (is_invisible_at (p, &n) && p + n <= end)
        {
          p += n;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      leading = FALSE;
      g_string_append_c (out, *p);
      p++;
    }

  return indent;
}

void
sl_posting_text_clean_inline (GString *text)
{
  g_autoptr (GString) out = NULL;

  g_return_if_fail (text != NULL);

  out = g_string_sized_new (text->len);
  sl_posting_text_append_clean (out, text->str, text->len);
  g_string_truncate (text, 0);
  g_string_append_len (text, out->str, out->len);
}

/* Lower-cases @line for comparisons: curly apostrophes and dashes become
 * ASCII, Markdown emphasis and heading marks and a trailing colon go. */
char *
sl_posting_text_fold (const char *line)
{
  g_autofree char *down = g_utf8_strdown (line, -1);
  GString *out = g_string_sized_new (strlen (down));
  const char *p = down;

  while (*p == '#' || *p == '*' || *p == '_' || *p == ' ')
    p++;

  while (*p)
    {
      if (g_str_has_prefix (p, "\xe2\x80\x99") || g_str_has_prefix (p, "\xe2\x80\x98"))
        {
          g_string_append_c (out, '\'');
          p += 3;
        }
      else if (g_str_has_prefix (p, "\xe2\x80\x93") || g_str_has_prefix (p, "\xe2\x80\x94"))
        {
          g_string_append_c (out, '-');
          p += 3;
        }
      else
        {
          g_string_append_c (out, *p);
          p++;
        }
    }

  while (out->len > 0)
    {
      char c = out->str[out->len - 1];

      if (c == ':' || c == '*' || c == '_' || c == ' ' || c == '#')
        g_string_truncate (out, out->len - 1);
      else
        break;
    }

  return g_string_free (out, FALSE);
}
