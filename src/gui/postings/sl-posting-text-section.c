/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingTextSection: a posting editor group around one framed GtkTextView. */
#define G_LOG_DOMAIN "sl-posting-text-section"

#include "config.h"

#include "sl-posting-text-section.h"

typedef struct
{
  const char  *field;
  const char *(*get) (SlPosting  *posting);
  void        (*set) (SlPosting  *posting,
                      const char *text);
} TextField;

static const TextField text_fields[] = {
  { "summary",     sl_posting_get_summary,     sl_posting_set_summary },
  { "description", sl_posting_get_description, sl_posting_set_description },
};

struct _SlPostingTextSection
{
  AdwPreferencesGroup  parent_instance;

  const TextField     *field;
  GtkTextView         *view;
};

static void section_iface_init (SlPostingEditorSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingTextSection, sl_posting_text_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SL_TYPE_POSTING_EDITOR_SECTION, section_iface_init))

enum {
  PROP_0,
  PROP_FIELD,
  PROP_TEXT_HEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
buffer_get_all_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sl_posting_text_section_set_posting (SlPostingEditorSection *section,
                                     SlPosting              *posting)
{
  SlPostingTextSection *self = SL_POSTING_TEXT_SECTION (section);
  const char *text;

  if (posting == NULL)
    return;

  text = self->field->get (posting);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text != NULL ? text : "", -1);
}

static gboolean
sl_posting_text_section_apply (SlPostingEditorSection *section,
                               SlPosting              *posting)
{
  SlPostingTextSection *self = SL_POSTING_TEXT_SECTION (section);
  g_autofree char *text = buffer_get_all_text (gtk_text_view_get_buffer (self->view));
  const char *value = text[0] != '\0' ? text : NULL;

  if (g_strcmp0 (value, self->field->get (posting)) == 0)
    return FALSE;

  self->field->set (posting, value);
  return TRUE;
}

static GtkWidget *
sl_posting_text_section_get_field_widget (SlPostingEditorSection *section,
                                          const char             *field)
{
  SlPostingTextSection *self = SL_POSTING_TEXT_SECTION (section);

  return g_str_equal (field, self->field->field) ? GTK_WIDGET (self->view) : NULL;
}

static void
section_iface_init (SlPostingEditorSectionInterface *iface)
{
  iface->set_posting = sl_posting_text_section_set_posting;
  iface->apply = sl_posting_text_section_apply;
  iface->get_field_widget = sl_posting_text_section_get_field_widget;
}

static void
text_buffer_changed_cb (SlPostingTextSection *self)
{
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
set_field (SlPostingTextSection *self,
           const char           *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (text_fields); i++)
    {
      if (g_str_equal (text_fields[i].field, name))
        self->field = &text_fields[i];
    }

  if (self->field == NULL)
    g_critical ("“%s” is not a text of a posting", name);
}

/* GtkBuilder sets the title after construction: the view's name follows it. */
static void
title_changed_cb (SlPostingTextSection *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self)),
                                  -1);
}

static void
sl_posting_text_section_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SlPostingTextSection *self = SL_POSTING_TEXT_SECTION (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field != NULL ? self->field->field : NULL);
      break;

    case PROP_TEXT_HEIGHT:
      {
        int height;

        gtk_widget_get_size_request (GTK_WIDGET (self->view), NULL, &height);
        g_value_set_int (value, height);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_text_section_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SlPostingTextSection *self = SL_POSTING_TEXT_SECTION (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      set_field (self, g_value_get_string (value));
      break;

    case PROP_TEXT_HEIGHT:
      gtk_widget_set_size_request (GTK_WIDGET (self->view), -1, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_text_section_class_init (SlPostingTextSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sl_posting_text_section_get_property;
  object_class->set_property = sl_posting_text_section_set_property;

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_HEIGHT] =
    g_param_spec_int ("text-height", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_posting_text_section_init (SlPostingTextSection *self)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer;

  /* as the editor's template had it */
  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 12);
  gtk_text_view_set_bottom_margin (self->view, 12);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->view));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), frame);

  /* The posting editor's own undo covers the texts too: one Ctrl+Z for all. */
  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (text_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}

GtkWidget *
sl_posting_text_section_new (const char *field)
{
  return g_object_new (SL_TYPE_POSTING_TEXT_SECTION, "field", field, NULL);
}
