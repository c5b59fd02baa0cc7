/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a JobPosting's description, HTML or plain, into paragraphs, items and headings, and those into a posting's sections. */

#define G_LOG_DOMAIN "sl-html-reader"

#include "config.h"

#include <string.h>

#include "sl-html-reader.h"
#include "sl-posting-text-private.h"

void
sl_text_block_free (gpointer data)
{
  SlTextBlock *block = data;

  g_free (block->text);
  g_free (block);
}

typedef struct
{
  GPtrArray       *blocks;
  GString         *text;
  SlTextBlockKind  kind;
  guint            bold_depth;
  gboolean         all_bold;
} HtmlReader;

static void
reader_flush (HtmlReader *reader)
{
  g_auto (GStrv) lines = NULL;
  GString *clean = g_string_new (NULL);
  SlTextBlock *block;

  lines = g_strsplit (reader->text->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' && clean->len == 0)
        continue;
      if (clean->len > 0)
        g_string_append_c (clean, '\n');
      g_string_append (clean, lines[i]);
    }
  while (clean->len > 0 && clean->str[clean->len - 1] == '\n')
    g_string_truncate (clean, clean->len - 1);
  g_string_truncate (reader->text, 0);

  if (clean->len == 0)
    {
      g_string_free (clean, TRUE);
      reader->all_bold = TRUE;
      return;
    }

  block = g_new0 (SlTextBlock, 1);
  block->kind = reader->kind;
  block->text = g_string_free (clean, FALSE);
  /* "<p><strong>Requirements:</strong></p>" */
  if (block->kind == SL_TEXT_BLOCK_PARA && (reader->all_bold || g_str_has_suffix (block->text, ":")) &&
      sl_posting_text_classify_heading (block->text) != SL_TEXT_SECTION_NONE)
    block->kind = SL_TEXT_BLOCK_HEADING;
  g_ptr_array_add (reader->blocks, block);
  reader->all_bold = TRUE;
}

static void
reader_append_text (HtmlReader *reader,
                    const char *text,
                    gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        {
          if (reader->text->len > 0 && reader->text->str[reader->text->len - 1] != ' ' &&
              reader->text->str[reader->text->len - 1] != '\n')
            g_string_append_c (reader->text, ' ');
        }
      else
        {
          if (reader->bold_depth == 0)
            reader->all_bold = FALSE;
          g_string_append_c (reader->text, c);
        }
    }
}

static void
reader_append_entity (HtmlReader  *reader,
                      const char **p)
{
  static const struct { const char *name; const char *text; } entities[] = {
    { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
    { "nbsp", " " }, { "rsquo", "\xe2\x80\x99" }, { "lsquo", "\xe2\x80\x98" },
    { "rdquo", "\xe2\x80\x9d" }, { "ldquo", "\xe2\x80\x9c" }, { "ndash", "\xe2\x80\x93" },
    { "mdash", "\xe2\x80\x94" }, { "hellip", "\xe2\x80\xa6" }, { "euro", "\xe2\x82\xac" },
    { "pound", "\xc2\xa3" }, { "bull", "\xe2\x80\xa2" }, { "middot", "\xc2\xb7" },
  };
  const char *start = *p + 1;
  const char *semi = start;

  while (*semi && *semi != ';' && semi - start < 10 && (g_ascii_isalnum (*semi) || *semi == '#'))
    semi++;
  if (*semi != ';')
    {
      reader_append_text (reader, "&", 1);
      (*p)++;
      return;
    }

  if (*start == '#')
    {
      gunichar c;
      char buf[8];
      int n;

      if (start[1] == 'x' || start[1] == 'X')
        c = (gunichar) g_ascii_strtoull (start + 2, NULL, 16);
      else
        c = (gunichar) g_ascii_strtoull (start + 1, NULL, 10);
      if (c == 0 || !g_unichar_validate (c))
        c = 0xFFFD;
      n = g_unichar_to_utf8 (c, buf);
      reader_append_text (reader, buf, n);
      *p = semi + 1;
      return;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == (gsize) (semi - start) &&
        strncmp (entities[i].name, start, semi - start) == 0)
      {
        reader_append_text (reader, entities[i].text, strlen (entities[i].text));
        *p = semi + 1;
        return;
      }

  reader_append_text (reader, *p, semi + 1 - *p);
  *p = semi + 1;
}

static void
reader_tag (HtmlReader *reader,
            const char *name,
            gboolean    closing)
{
  if (strcmp (name, "br") == 0)
    {
      while (reader->text->len > 0 && reader->text->str[reader->text->len - 1] == ' ')
        g_string_truncate (reader->text, reader->text->len - 1);
      g_string_append_c (reader->text, '\n');
      return;
    }
  if (strcmp (name, "strong") == 0 || strcmp (name, "b") == 0)
    {
      if (closing && reader->bold_depth > 0)
        reader->bold_depth--;
      else if (!closing)
        reader->bold_depth++;
      return;
    }
  if (strcmp (name, "p") == 0 || strcmp (name, "div") == 0 || strcmp (name, "ul") == 0 ||
      strcmp (name, "ol") == 0 || strcmp (name, "li") == 0 || strcmp (name, "section") == 0 ||
      strcmp (name, "table") == 0 || strcmp (name, "tr") == 0 || strcmp (name, "blockquote") == 0 ||
      strcmp (name, "article") == 0 || strcmp (name, "header") == 0 || strcmp (name, "footer") == 0 ||
      (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0'))
    {
      reader_flush (reader);
      if (closing)
        reader->kind = SL_TEXT_BLOCK_PARA;
      else if (strcmp (name, "li") == 0)
        reader->kind = SL_TEXT_BLOCK_ITEM;
      else if (name[0] == 'h')
        reader->kind = SL_TEXT_BLOCK_HEADING;
      else
        reader->kind = SL_TEXT_BLOCK_PARA;
    }
}

GPtrArray *
sl_html_to_blocks (const char *html)
{
  HtmlReader reader = { 0 };
  const char *p = html;

  reader.blocks = g_ptr_array_new_with_free_func (sl_text_block_free);
  reader.text = g_string_new (NULL);
  reader.kind = SL_TEXT_BLOCK_PARA;
  reader.all_bold = TRUE;

  while (*p)
    {
      if (*p == '<')
        {
          const char *q = p + 1;
          gboolean closing = FALSE;
          g_autofree char *name = NULL;
          const char *name_start;
          const char *gt;

          if (g_str_has_prefix (p, "<!--"))
            {
              const char *end = strstr (p, "-->");

              p = end ? end + 3 : p + strlen (p);
              continue;
            }
          if (*q == '/')
            {
              closing = TRUE;
              q++;
            }
          name_start = q;
          while (g_ascii_isalnum (*q))
            q++;
          gt = strchr (q, '>');
          if (q == name_start || gt == NULL)
            {
              reader_append_text (&reader, "<", 1);
              p++;
              continue;
            }
          name = g_ascii_strdown (name_start, q - name_start);
          if (!closing && (strcmp (name, "script") == 0 || strcmp (name, "style") == 0))
            {
              g_autofree char *end_tag = g_strdup_printf ("</%s", name);
              const char *end = strstr (gt, end_tag);

              if (end == NULL)
                break;
              gt = strchr (end, '>');
              if (gt == NULL)
                break;
              p = gt + 1;
              continue;
            }
          reader_tag (&reader, name, closing);
          p = gt + 1;
        }
      else if (*p == '&')
        reader_append_entity (&reader, &p);
      else
        {
          const char *q = p;

          while (*q && *q != '<' && *q != '&')
            q++;
          reader_append_text (&reader, p, q - p);
          p = q;
        }
    }
  reader_flush (&reader);
  g_string_free (reader.text, TRUE);
  return reader.blocks;
}

/* A description without markup: blank lines end paragraphs, bullets and
 * numbers start items. */
GPtrArray *
sl_plain_to_blocks (const char *text)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (sl_text_block_free);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *para = g_string_new (NULL);

  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      g_autoptr (GString) clean = NULL;
      const char *item = NULL;

      if (line != NULL)
        {
          clean = g_string_new (line);
          sl_posting_text_clean_inline (clean);
          if (g_str_has_prefix (clean->str, "- ") || g_str_has_prefix (clean->str, "* ") ||
              g_str_has_prefix (clean->str, "\xe2\x80\xa2 "))
            item = clean->str + (clean->str[0] == '-' || clean->str[0] == '*' ? 2 : 4);
        }

      if (line == NULL || clean->len == 0 || item != NULL ||
          sl_posting_text_classify_heading (clean->str) != SL_TEXT_SECTION_NONE)
        {
          if (para->len > 0)
            {
              SlTextBlock *block = g_new0 (SlTextBlock, 1);

              block->kind = SL_TEXT_BLOCK_PARA;
              block->text = g_strdup (para->str);
              g_ptr_array_add (blocks, block);
              g_string_truncate (para, 0);
            }
        }
      if (line == NULL)
        break;
      if (clean->len == 0)
        continue;
      if (item != NULL || sl_posting_text_classify_heading (clean->str) != SL_TEXT_SECTION_NONE)
        {
          SlTextBlock *block = g_new0 (SlTextBlock, 1);

          block->kind = item != NULL ? SL_TEXT_BLOCK_ITEM : SL_TEXT_BLOCK_HEADING;
          block->text = g_strdup (item != NULL ? item : clean->str);
          g_ptr_array_add (blocks, block);
          continue;
        }
      if (para->len > 0)
        g_string_append_c (para, '\n');
      g_string_append (para, clean->str);
    }
  g_string_free (para, TRUE);
  return blocks;
}

/* A JobPosting's description or list: HTML when it has a tag, else plain
 * text, as job boards write both. */
GPtrArray *
sl_description_to_blocks (const char *text)
{
  return strchr (text, '<') != NULL ? sl_html_to_blocks (text) : sl_plain_to_blocks (text);
}

void
sl_block_sections_read (SlBlockSections *sections,
                        GPtrArray       *blocks)
{
  SlTextSection section = SL_TEXT_SECTION_DESCRIPTION;
  SlTextBlockKind last_kind = SL_TEXT_BLOCK_HEADING;

  for (guint i = 0; i < blocks->len; i++)
    {
      SlTextBlock *block = g_ptr_array_index (blocks, i);
      GPtrArray *list = NULL;
      GString *dest;

      if (block->kind == SL_TEXT_BLOCK_HEADING)
        {
          SlTextSection s = sl_posting_text_classify_heading (block->text);

          switch (s)
            {
            case SL_TEXT_SECTION_RESPONSIBILITIES:
            case SL_TEXT_SECTION_QUALIFICATIONS:
            case SL_TEXT_SECTION_NICE_TO_HAVE:
            case SL_TEXT_SECTION_ABOUT:
              section = s;
              break;
            case SL_TEXT_SECTION_DESCRIPTION:
              section = SL_TEXT_SECTION_DESCRIPTION;
              break;
            case SL_TEXT_SECTION_NONE:
            case SL_TEXT_SECTION_OTHER:
            default:
              section = SL_TEXT_SECTION_DESCRIPTION;
              if (sections->description->len > 0)
                g_string_append (sections->description, "\n\n");
              g_string_append (sections->description, block->text);
              break;
            }
          last_kind = SL_TEXT_BLOCK_HEADING;
          continue;
        }

      if (section == SL_TEXT_SECTION_RESPONSIBILITIES)
        list = sections->lists[0];
      else if (section == SL_TEXT_SECTION_QUALIFICATIONS)
        list = sections->lists[1];
      else if (section == SL_TEXT_SECTION_NICE_TO_HAVE)
        list = sections->lists[2];

      if (list != NULL)
        {
          g_ptr_array_add (list, g_strdup (block->text));
          last_kind = block->kind;
          continue;
        }

      dest = section == SL_TEXT_SECTION_ABOUT ? sections->about : sections->description;
      if (block->kind == SL_TEXT_BLOCK_ITEM)
        {
          g_autofree char *one_line = g_strdup (block->text);

          g_strdelimit (one_line, "\n", ' ');
          if (last_kind == SL_TEXT_BLOCK_ITEM && dest->len > 0)
            g_string_append_c (dest, '\n');
          else if (dest->len > 0)
            g_string_append (dest, "\n\n");
          g_string_append (dest, "- ");
          g_string_append (dest, one_line);
        }
      else
        {
          if (dest->len > 0)
            g_string_append (dest, "\n\n");
          g_string_append (dest, block->text);
        }
      last_kind = block->kind;
    }
}
