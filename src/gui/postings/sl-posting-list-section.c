/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingListSection: a posting editor group around one SlStringListEditor. */
#define G_LOG_DOMAIN "sl-posting-list-section"

#include "config.h"

#include "sl-posting-list-section.h"
#include "sl-string-list-editor.h"

typedef struct
{
  const char          *field;
  const char * const *(*get) (SlPosting          *posting);
  void                (*set) (SlPosting          *posting,
                              const char * const *items);
} ListField;

/* a location is one item, commas and all: "Bengaluru, Karnataka, India" */
static const ListField list_fields[] = {
  { "locations",        sl_posting_get_locations,        sl_posting_set_locations },
  { "responsibilities", sl_posting_get_responsibilities, sl_posting_set_responsibilities },
  { "qualifications",   sl_posting_get_qualifications,   sl_posting_set_qualifications },
  { "nice-to-have",     sl_posting_get_nice_to_have,     sl_posting_set_nice_to_have },
};

struct _SlPostingListSection
{
  AdwPreferencesGroup  parent_instance;

  const ListField     *field;
  SlStringListEditor  *list;
};

static void section_iface_init (SlPostingEditorSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlPostingListSection, sl_posting_list_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SL_TYPE_POSTING_EDITOR_SECTION, section_iface_init))

enum {
  PROP_0,
  PROP_FIELD,
  PROP_LIST_TITLE,
  PROP_ADD_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_posting_list_section_set_posting (SlPostingEditorSection *section,
                                     SlPosting              *posting)
{
  SlPostingListSection *self = SL_POSTING_LIST_SECTION (section);

  if (posting != NULL)
    sl_string_list_editor_set_items (self->list, self->field->get (posting));
}

static gboolean
sl_posting_list_section_apply (SlPostingEditorSection *section,
                               SlPosting              *posting)
{
  SlPostingListSection *self = SL_POSTING_LIST_SECTION (section);
  g_auto (GStrv) items = sl_string_list_editor_get_items (self->list);
  const char * const *old = self->field->get (posting);

  if (old == NULL ? items[0] == NULL : g_strv_equal (old, (const char * const *) items))
    return FALSE;

  self->field->set (posting, (const char * const *) items);
  return TRUE;
}

static GtkWidget *
sl_posting_list_section_get_field_widget (SlPostingEditorSection *section,
                                          const char             *field)
{
  SlPostingListSection *self = SL_POSTING_LIST_SECTION (section);

  return g_str_equal (field, self->field->field) ? GTK_WIDGET (self->list) : NULL;
}

static void
section_iface_init (SlPostingEditorSectionInterface *iface)
{
  iface->set_posting = sl_posting_list_section_set_posting;
  iface->apply = sl_posting_list_section_apply;
  iface->get_field_widget = sl_posting_list_section_get_field_widget;
}

static void
list_changed_cb (SlPostingListSection *self)
{
  sl_posting_editor_section_emit_edited (SL_POSTING_EDITOR_SECTION (self));
}

static void
set_field (SlPostingListSection *self,
           const char           *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (list_fields); i++)
    {
      if (g_str_equal (list_fields[i].field, name))
        self->field = &list_fields[i];
    }

  if (self->field == NULL)
    g_critical ("“%s” is not a list of a posting", name);
}

static void
sl_posting_list_section_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SlPostingListSection *self = SL_POSTING_LIST_SECTION (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field != NULL ? self->field->field : NULL);
      break;

    case PROP_LIST_TITLE:
      g_value_set_string (value, sl_string_list_editor_get_title (self->list));
      break;

    case PROP_ADD_LABEL:
      g_object_get_property (G_OBJECT (self->list), "add-label", value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_list_section_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SlPostingListSection *self = SL_POSTING_LIST_SECTION (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      set_field (self, g_value_get_string (value));
      break;

    case PROP_LIST_TITLE:
      sl_string_list_editor_set_title (self->list, g_value_get_string (value));
      break;

    case PROP_ADD_LABEL:
      /* NULL keeps the list's own "_Add Item" */
      if (g_value_get_string (value) != NULL)
        g_object_set_property (G_OBJECT (self->list), "add-label", value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_list_section_class_init (SlPostingListSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sl_posting_list_section_get_property;
  object_class->set_property = sl_posting_list_section_set_property;

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST_TITLE] =
    g_param_spec_string ("list-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_posting_list_section_init (SlPostingListSection *self)
{
  /* made here, before the construct properties that set it */
  self->list = SL_STRING_LIST_EDITOR (sl_string_list_editor_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));
  g_signal_connect_object (self->list, "changed", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sl_posting_list_section_new (const char *field)
{
  return g_object_new (SL_TYPE_POSTING_LIST_SECTION, "field", field, NULL);
}
