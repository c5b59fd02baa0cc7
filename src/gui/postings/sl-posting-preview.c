/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingPreview: a posting as a candidate reads it, in a read-only text view. */
#define G_LOG_DOMAIN "sl-posting-preview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-posting-markdown.h"
#include "sl-posting-preview.h"
#include "sl-posting-sections.h"

/* A preview bullet's first line: its wrapped lines are indented as wide. */
#define PREVIEW_BULLET "  •  "

struct _SlPostingPreview
{
  AdwBin       parent_instance;

  SlPosting   *posting;

  GtkTextView *preview_view;
};

G_DEFINE_FINAL_TYPE (SlPostingPreview, sl_posting_preview, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_POSTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
sl_posting_preview_display_title (SlPosting *posting)
{
  const char *title = sl_posting_get_title (posting);

  return title != NULL && title[0] != '\0' ? title : _("Untitled Posting");
}

/* The preview: the posting as a candidate reads it. */

/* The preview is a read-only GtkTextView rather than a label: a label
 * cannot indent the wrapped lines of a bullet under its text. */
static void
insert_markup (GtkTextBuffer *buffer,
               const char    *markup)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_markup (buffer, &end, markup, -1);
}

static void
insert_heading (GtkTextBuffer *buffer,
                const char    *heading)
{
  g_autofree char *escaped = g_markup_escape_text (heading, -1);
  g_autofree char *markup = g_strdup_printf ("\n<span size=\"large\" weight=\"bold\">%s</span>\n", escaped);

  insert_markup (buffer, markup);
}

static void
append_section (GtkTextBuffer      *buffer,
                const char         *heading,
                const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  insert_heading (buffer, heading);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s%s\n", PREVIEW_BULLET, items[i]);
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert_with_tags_by_name (buffer, &end, line, -1, "bullet", NULL);
    }
}

static void
append_text (GtkTextBuffer *buffer,
             const char    *heading,
             const char    *text)
{
  g_autofree char *line = NULL;
  GtkTextIter end;

  if (text == NULL || text[0] == '\0')
    return;

  if (heading != NULL)
    insert_heading (buffer, heading);
  line = g_strconcat (text, "\n", NULL);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, line, -1);
}

static void
render_preview (SlPosting     *p,
                GtkTextBuffer *buffer)
{
  g_autoptr (GString) markup = g_string_new (NULL);
  g_autoptr (GPtrArray) meta = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = g_markup_escape_text (sl_posting_preview_display_title (p), -1);
  g_autofree char *salary = sl_posting_format_salary (p);
  g_autofree char *meta_joined = NULL;
  g_autofree char *meta_line = NULL;
  const char * const *locations = sl_posting_get_locations (p);
  const char *type = sl_posting_get_employment_type (p);

  g_string_append_printf (markup, "<span size=\"xx-large\" weight=\"bold\">%s</span>\n", title);

  if (sl_posting_get_organization (p) != NULL)
    g_ptr_array_add (meta, g_strdup (sl_posting_get_organization (p)));
  if (sl_posting_get_department (p) != NULL)
    g_ptr_array_add (meta, g_strdup (sl_posting_get_department (p)));
  if (locations != NULL && locations[0] != NULL)
    g_ptr_array_add (meta, g_strjoinv ("; ", (char **) locations));
  if (sl_posting_get_workplace_type (p) != SL_WORKPLACE_TYPE_UNKNOWN)
    g_ptr_array_add (meta, g_strdup (sl_workplace_type_to_label (sl_posting_get_workplace_type (p))));
  if (type != NULL)
    g_ptr_array_add (meta, g_strdup (sl_employment_type_to_label (type)));
  g_ptr_array_add (meta, NULL);
  meta_joined = g_strjoinv ("  ·  ", (char **) meta->pdata);
  meta_line = g_markup_escape_text (meta_joined, -1);
  g_string_append_printf (markup, "<span alpha=\"70%%\">%s</span>\n", meta_line);

  if (salary != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (salary, -1);

      g_string_append_printf (markup, "<b>%s</b>\n", escaped);
    }

  if (sl_posting_get_valid_through (p) != NULL)
    {
      /* Translators: %s is a date such as 2026-03-31 */
      g_autofree char *apply = g_strdup_printf (_("Apply by %s"), sl_posting_get_valid_through (p));
      g_autofree char *escaped = g_markup_escape_text (apply, -1);

      g_string_append_printf (markup, "<span alpha=\"70%%\">%s</span>\n", escaped);
    }

  if (sl_posting_get_summary (p) != NULL)
    g_string_append_c (markup, '\n');
  insert_markup (buffer, markup->str);
  append_text (buffer, NULL, sl_posting_get_summary (p));
  append_text (buffer, _("About the Role"), sl_posting_get_description (p));
  /* the headings of the exports (sl-posting-sections.c) */
  append_section (buffer, sl_posting_section_heading (SL_TEXT_SECTION_RESPONSIBILITIES), sl_posting_get_responsibilities (p));
  append_section (buffer, sl_posting_section_heading (SL_TEXT_SECTION_QUALIFICATIONS), sl_posting_get_qualifications (p));
  append_section (buffer, sl_posting_section_heading (SL_TEXT_SECTION_NICE_TO_HAVE), sl_posting_get_nice_to_have (p));
  append_text (buffer, sl_posting_section_heading (SL_TEXT_SECTION_ABOUT), sl_posting_get_about (p));
}

static void
update_preview (SlPostingPreview *self)
{
  SlPosting *posting = self->posting;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->preview_view);
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *bullet = gtk_text_tag_table_lookup (tags, "bullet");
  g_autoptr (PangoLayout) layout = NULL;
  int width;

  /* A hanging indent: a bullet's wrapped lines start under its text. A
   * negative indent is Pango's: it indents every line but the first. */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->preview_view), PREVIEW_BULLET);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (bullet == NULL)
    bullet = gtk_text_buffer_create_tag (buffer, "bullet", NULL);
  g_object_set (bullet, "indent", -width, NULL);

  gtk_text_buffer_set_text (buffer, "", 0);
  if (posting != NULL)
    render_preview (posting, buffer);
}

void
sl_posting_preview_set_posting (SlPostingPreview *self,
                                SlPosting        *posting)
{
  gboolean changed;

  g_return_if_fail (SL_IS_POSTING_PREVIEW (self));
  g_return_if_fail (posting == NULL || SL_IS_POSTING (posting));

  /* The same posting renders again: the editor changes its working copy in place. */
  changed = g_set_object (&self->posting, posting);
  update_preview (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING]);
}

SlPosting *
sl_posting_preview_get_posting (SlPostingPreview *self)
{
  g_return_val_if_fail (SL_IS_POSTING_PREVIEW (self), NULL);

  return self->posting;
}

char *
sl_posting_preview_dup_text (SlPostingPreview *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (SL_IS_POSTING_PREVIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->preview_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GtkTextView *
sl_posting_preview_get_text_view (SlPostingPreview *self)
{
  g_return_val_if_fail (SL_IS_POSTING_PREVIEW (self), NULL);

  return self->preview_view;
}

static void
sl_posting_preview_dispose (GObject *object)
{
  SlPostingPreview *self = SL_POSTING_PREVIEW (object);

  g_clear_object (&self->posting);

  G_OBJECT_CLASS (sl_posting_preview_parent_class)->dispose (object);
}

static void
sl_posting_preview_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlPostingPreview *self = SL_POSTING_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_POSTING:
      g_value_set_object (value, self->posting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_preview_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlPostingPreview *self = SL_POSTING_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_POSTING:
      sl_posting_preview_set_posting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_preview_class_init (SlPostingPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_posting_preview_dispose;
  object_class->get_property = sl_posting_preview_get_property;
  object_class->set_property = sl_posting_preview_set_property;

  /* The posting shown; setting the same one again renders it again. */
  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         SL_TYPE_POSTING,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingPreview, preview_view);
}

static void
sl_posting_preview_init (SlPostingPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_posting_preview_new (void)
{
  return g_object_new (SL_TYPE_POSTING_PREVIEW, NULL);
}
