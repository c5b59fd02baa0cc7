/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPostingRow: one posting in the postings sidebar (title, location, status, active candidates). */
#define G_LOG_DOMAIN "sl-posting-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-posting-preview.h"
#include "sl-posting-row.h"

struct _SlPostingRow
{
  AdwBin     parent_instance;

  SlPosting *posting;

  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkLabel  *status_label;
  GtkLabel  *count_label;
};

G_DEFINE_FINAL_TYPE (SlPostingRow, sl_posting_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_POSTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_classes[] = { "accent", "success", "warning", "dim-label", "dim-label" };

/* The labels follow the "posting" property through the template's
 * closures; these compute their text. */

static char *
title_cb (SlPostingRow *self,
          SlPosting    *p)
{
  return g_strdup (p != NULL ? sl_posting_preview_display_title (p) : "");
}

static char *
subtitle_cb (SlPostingRow *self,
             SlPosting    *p)
{
  const char * const *locations;
  const char *department;
  g_autofree char *where = NULL;

  if (p == NULL)
    return g_strdup ("");

  department = sl_posting_get_department (p);
  locations = sl_posting_get_locations (p);
  if (locations != NULL && locations[0] != NULL)
    where = g_strjoinv ("; ", (char **) locations);
  if (where != NULL && department != NULL && department[0] != '\0')
    return g_strdup_printf ("%s · %s", department, where);
  else if (where != NULL)
    return g_steal_pointer (&where);
  else if (department != NULL && department[0] != '\0')
    return g_strdup (department);
  else
    return g_strdup (_("No location"));
}

static char *
status_cb (SlPostingRow *self,
           SlPosting    *p)
{
  return g_strdup (p != NULL ? sl_posting_status_to_label (sl_posting_get_status (p)) : "");
}

/* The status label's style classes: its colour says the status. */
static GStrv
status_classes_cb (SlPostingRow *self,
                   SlPosting    *p)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  SlPostingStatus status;

  g_strv_builder_add (builder, "caption-heading");
  if (p != NULL)
    {
      status = sl_posting_get_status (p);
      if ((guint) status < G_N_ELEMENTS (status_classes))
        g_strv_builder_add (builder, status_classes[status]);
    }
  return g_strv_builder_end (builder);
}

static char *
count_cb (SlPostingRow *self,
          SlPosting    *p)
{
  SlPostingStatus status;
  guint active;

  if (p == NULL)
    return g_strdup ("");

  status = sl_posting_get_status (p);
  active = sl_posting_get_active_count (p);

  /* A closed posting's candidates still in the pipeline are nobody's work:
   * what it came to is whom it hired. */
  if (status == SL_POSTING_STATUS_CLOSED || status == SL_POSTING_STATUS_ARCHIVED)
    {
      guint hired = sl_posting_get_hired_count (p);

      /* Translators: how many candidates a closed posting hired */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hired", "%u hired", hired), hired);
    }

  /* Translators: the number of candidates still in a posting's pipeline */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u active", "%u active", active), active);
}

/* What a screen reader reads: the labels' text, which the bindings have
 * set by the time "posting" has notified. */
static void
update_accessible (SlPostingRow *self)
{
  g_autofree char *accessible = NULL;

  if (self->posting == NULL)
    return;

  /* Translators: how a screen reader reads a posting in the list:
   * title, location, status, active candidates */
  accessible = g_strdup_printf (_("%s, %s, %s, %s"),
                                gtk_label_get_text (self->title_label),
                                gtk_label_get_text (self->subtitle_label),
                                gtk_label_get_text (self->status_label),
                                gtk_label_get_text (self->count_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  /* The list item, not this box, is what takes the focus. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    -1);
}

static void
sl_posting_row_dispose (GObject *object)
{
  SlPostingRow *self = SL_POSTING_ROW (object);

  g_clear_object (&self->posting);

  G_OBJECT_CLASS (sl_posting_row_parent_class)->dispose (object);
}

static void
sl_posting_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SlPostingRow *self = SL_POSTING_ROW (object);

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
sl_posting_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SlPostingRow *self = SL_POSTING_ROW (object);

  switch (prop_id)
    {
    case PROP_POSTING:
      sl_posting_row_set_posting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_row_class_init (SlPostingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_posting_row_dispose;
  object_class->get_property = sl_posting_row_get_property;
  object_class->set_property = sl_posting_row_set_property;

  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         SL_TYPE_POSTING,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-posting-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPostingRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SlPostingRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SlPostingRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SlPostingRow, count_label);
  gtk_widget_class_bind_template_callback (widget_class, title_cb);
  gtk_widget_class_bind_template_callback (widget_class, subtitle_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_classes_cb);
  gtk_widget_class_bind_template_callback (widget_class, count_cb);
}

static void
sl_posting_row_init (SlPostingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_posting_row_new (void)
{
  return g_object_new (SL_TYPE_POSTING_ROW, NULL);
}

SlPosting *
sl_posting_row_get_posting (SlPostingRow *self)
{
  g_return_val_if_fail (SL_IS_POSTING_ROW (self), NULL);

  return self->posting;
}

void
sl_posting_row_set_posting (SlPostingRow *self,
                            SlPosting    *posting)
{
  g_return_if_fail (SL_IS_POSTING_ROW (self));

  if (!g_set_object (&self->posting, posting))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING]);
  update_accessible (self);
}
