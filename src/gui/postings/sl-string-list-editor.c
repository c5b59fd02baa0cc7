/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStringListEditor: an ordered list of short texts (responsibilities, …) to add, edit, remove and reorder. */
#define G_LOG_DOMAIN "sl-string-list-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-string-list-editor.h"

struct _SlStringListEditor
{
  AdwBin      parent_instance;

  GtkListBox *list_box;
  GtkButton  *add_button;
  AdwButtonContent *add_content;

  char       *title;
  guint       loading : 1;
};

G_DEFINE_FINAL_TYPE (SlStringListEditor, sl_string_list_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ADD_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
row_at (SlStringListEditor *self,
        guint               index)
{
  return (GtkWidget *) gtk_list_box_get_row_at_index (self->list_box, (int) index);
}

guint
sl_string_list_editor_get_n_items (SlStringListEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (SL_IS_STRING_LIST_EDITOR (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ENTRY_ROW (child))
        n++;
    }

  return n;
}

static void
emit_changed (SlStringListEditor *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
update_row_names (SlStringListEditor *self)
{
  guint n = sl_string_list_editor_get_n_items (self);
  const char *title = self->title != NULL ? self->title : _("Item");

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = row_at (self, i);
      GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove-button");
      g_autofree char *name = NULL;
      g_autofree char *remove_name = NULL;

      /* Translators: an item of an ordered list, e.g. "Responsibilities, item 2 of 5" */
      name = g_strdup_printf (ngettext ("%s, item %u of %u", "%s, item %u of %u", n), title, i + 1, n);
      /* Translators: the button that removes item 2 of the list */
      remove_name = g_strdup_printf (_("Remove item %u"), i + 1);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name,
                                      -1);
    }
}

static int
index_of_row (SlStringListEditor *self,
              GtkWidget          *row)
{
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list_box))
    return -1;

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static int
focused_index (SlStringListEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;

  if (root == NULL)
    return -1;

  focus = gtk_root_get_focus (root);
  while (focus != NULL && gtk_widget_get_parent (focus) != GTK_WIDGET (self->list_box))
    focus = gtk_widget_get_parent (focus);

  return index_of_row (self, focus);
}

static void
remove_clicked_cb (GtkButton *button,
                   GtkWidget *row)
{
  SlStringListEditor *self = SL_STRING_LIST_EDITOR (gtk_widget_get_ancestor (row, SL_TYPE_STRING_LIST_EDITOR));
  int index = index_of_row (self, row);
  GtkWidget *next;

  if (index < 0)
    return;

  gtk_list_box_remove (self->list_box, row);
  next = row_at (self, (guint) index);
  if (next == NULL && index > 0)
    next = row_at (self, (guint) index - 1);
  if (next != NULL)
    gtk_widget_grab_focus (next);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));

  update_row_names (self);
  emit_changed (self);
}

static void
row_changed_cb (SlStringListEditor *self)
{
  emit_changed (self);
}

static GtkWidget *insert_row (SlStringListEditor *self,
                              const char         *text,
                              int                 position);

static void
row_activated_cb (SlStringListEditor *self,
                  AdwEntryRow        *row)
{
  int index = index_of_row (self, GTK_WIDGET (row));
  GtkWidget *new_row;

  /* Enter on an item starts the next one, as in a word processor's list. */
  new_row = insert_row (self, "", index + 1);
  update_row_names (self);
  gtk_widget_grab_focus (new_row);
  emit_changed (self);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (GTK_TYPE_LIST_BOX_ROW, row);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  SlStringListEditor *self = SL_STRING_LIST_EDITOR (gtk_widget_get_ancestor (row, SL_TYPE_STRING_LIST_EDITOR));
  GtkWidget *source_row;
  int from, to;

  if (!G_VALUE_HOLDS (value, GTK_TYPE_LIST_BOX_ROW))
    return FALSE;

  source_row = g_value_get_object (value);
  from = index_of_row (self, source_row);
  to = index_of_row (self, row);
  if (from < 0 || to < 0)
    return FALSE;

  return sl_string_list_editor_move_item (self, (guint) from, (guint) to);
}

/* An item longer than its row ends in an ellipsis while it is not being
 * edited: GtkText cannot ellipsize, and cut the text mid-word. A label
 * over the text shows it instead, and the text underneath goes transparent
 * (it stays where clicks and the focus go, so editing starts as before). */
static void
update_ellipsis (GtkWidget *row)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "sl-ellipsis-label");
  GtkEventControllerFocus *focus = g_object_get_data (G_OBJECT (row), "sl-ellipsis-focus");
  const char *str = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean show;

  if (label == NULL || focus == NULL)
    return;

  show = !gtk_event_controller_focus_is_focus (focus) &&
         str[0] != '\0';
  if (g_strcmp0 (gtk_label_get_text (label), str) != 0)
    gtk_label_set_text (label, str);
  gtk_widget_set_visible (GTK_WIDGET (label), show);
  if (show)
    gtk_widget_add_css_class (text, "sl-under-ellipsis");
  else
    gtk_widget_remove_css_class (text, "sl-under-ellipsis");
}

/* The label sits exactly over the text, wherever AdwEntryRow puts it. */
static gboolean
ellipsis_position_cb (GtkOverlay    *overlay,
                      GtkWidget     *label,
                      GtkAllocation *allocation,
                      GtkWidget     *row)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  int baseline = gtk_widget_get_allocated_baseline (text);
  int height = 0, label_baseline = -1;
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (text, GTK_WIDGET (overlay), &bounds))
    return FALSE;

  allocation->x = (int) bounds.origin.x;
  allocation->y = (int) bounds.origin.y;
  allocation->width = (int) bounds.size.width;
  allocation->height = (int) bounds.size.height;

  /* AdwEntryRow gives the text a baseline, lower than its middle. */
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, &label_baseline);
  if (baseline >= 0 && label_baseline >= 0)
    {
      allocation->y += baseline - label_baseline;
      allocation->height = height;
    }
  return TRUE;
}

static void
add_ellipsis (GtkWidget *row)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  g_autoptr (GtkWidget) content = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *overlay;
  GtkWidget *label;
  GtkEventController *focus;

  if (!GTK_IS_TEXT (text) || content == NULL)
    return;

  /* Over the row's content, not inside it: the text's own parent lays out
   * only the children it knows. */
  g_object_ref (content);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), NULL);
  overlay = gtk_overlay_new ();
  /* style.css gives the header back libadwaita's "row > box.header" look. */
  gtk_widget_add_css_class (overlay, "sl-ellipsis");
  gtk_overlay_set_child (GTK_OVERLAY (overlay), content);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), overlay);

  label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_can_target (label, FALSE);
  /* The text reads it already: the label is only its picture. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), label);
  g_signal_connect_object (overlay, "get-child-position", G_CALLBACK (ellipsis_position_cb), row, 0);
  g_object_set_data (G_OBJECT (row), "sl-ellipsis-label", label);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "notify::is-focus", G_CALLBACK (update_ellipsis), row);
  gtk_widget_add_controller (text, focus);
  g_object_set_data (G_OBJECT (row), "sl-ellipsis-focus", focus);
  g_signal_connect (row, "changed", G_CALLBACK (update_ellipsis), NULL);
  update_ellipsis (row);
}

static GtkWidget *
insert_row (SlStringListEditor *self,
            const char         *text,
            int                 position)
{
  GtkWidget *row;
  GtkWidget *handle;
  GtkWidget *remove;
  GtkDragSource *source;
  GtkDropTarget *target;

  row = adw_entry_row_new ();
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  /* Ctrl+Z belongs to the posting editor's undo, which covers these items. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);

  handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  gtk_widget_set_cursor_from_name (handle, "grab");
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder, or press Alt+Up or Alt+Down"));
  gtk_widget_add_css_class (handle, "dim-label");
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), handle);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_add_css_class (remove, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), row);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (GTK_TYPE_LIST_BOX_ROW, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (row, "changed", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);

  add_ellipsis (row);
  gtk_list_box_insert (self->list_box, row, position);

  return row;
}

static void
clear_rows (SlStringListEditor *self)
{
  GtkWidget *row;

  while ((row = row_at (self, 0)) != NULL)
    gtk_list_box_remove (self->list_box, row);
}

static void
move_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlStringListEditor *self = SL_STRING_LIST_EDITOR (widget);
  int index = g_variant_get_int32 (parameter);
  int to;

  if (index < 0)
    index = focused_index (self);
  if (index < 0)
    return;

  to = g_str_equal (action_name, "list.move-up") ? index - 1 : index + 1;
  if (to < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (!sl_string_list_editor_move_item (self, (guint) index, (guint) to))
    gtk_widget_error_bell (widget);
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sl_string_list_editor_add_item (SL_STRING_LIST_EDITOR (widget));
}

static void
sl_string_list_editor_finalize (GObject *object)
{
  SlStringListEditor *self = SL_STRING_LIST_EDITOR (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (sl_string_list_editor_parent_class)->finalize (object);
}

static void
sl_string_list_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SlStringListEditor *self = SL_STRING_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ADD_LABEL:
      g_value_set_string (value, adw_button_content_get_label (self->add_content));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_string_list_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SlStringListEditor *self = SL_STRING_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      sl_string_list_editor_set_title (self, g_value_get_string (value));
      break;

    case PROP_ADD_LABEL:
      if (g_strcmp0 (adw_button_content_get_label (self->add_content), g_value_get_string (value)) != 0)
        {
          adw_button_content_set_label (self->add_content, g_value_get_string (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_string_list_editor_class_init (SlStringListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sl_string_list_editor_finalize;
  object_class->get_property = sl_string_list_editor_get_property;
  object_class->set_property = sl_string_list_editor_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The add button's label, with a mnemonic: "_Add Location". */
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/postings/sl-string-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SlStringListEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, SlStringListEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, SlStringListEditor, add_content);

  gtk_widget_class_install_action (widget_class, "list.move-up", "i", move_action_cb);
  gtk_widget_class_install_action (widget_class, "list.move-down", "i", move_action_cb);
  gtk_widget_class_install_action (widget_class, "list.add", NULL, add_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "list.move-up", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "list.move-up", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "list.move-down", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "list.move-down", "i", -1);
}

static void
sl_string_list_editor_init (SlStringListEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_string_list_editor_new (void)
{
  return g_object_new (SL_TYPE_STRING_LIST_EDITOR, NULL);
}

const char *
sl_string_list_editor_get_title (SlStringListEditor *self)
{
  g_return_val_if_fail (SL_IS_STRING_LIST_EDITOR (self), NULL);

  return self->title;
}

void
sl_string_list_editor_set_title (SlStringListEditor *self,
                                 const char         *title)
{
  g_return_if_fail (SL_IS_STRING_LIST_EDITOR (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  update_row_names (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
sl_string_list_editor_set_items (SlStringListEditor *self,
                                 const char * const *items)
{
  g_return_if_fail (SL_IS_STRING_LIST_EDITOR (self));

  self->loading = TRUE;
  clear_rows (self);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    insert_row (self, items[i], -1);
  update_row_names (self);
  self->loading = FALSE;
}

char **
sl_string_list_editor_get_items (SlStringListEditor *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (SL_IS_STRING_LIST_EDITOR (self), NULL);

  n = sl_string_list_editor_get_n_items (self);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row_at (self, i))));

      g_strstrip (text);
      if (text[0] != '\0')
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

GtkWidget *
sl_string_list_editor_get_row (SlStringListEditor *self,
                               guint               index)
{
  g_return_val_if_fail (SL_IS_STRING_LIST_EDITOR (self), NULL);

  return row_at (self, index);
}

gboolean
sl_string_list_editor_move_item (SlStringListEditor *self,
                                 guint               from,
                                 guint               to)
{
  guint n;
  GtkWidget *row;
  GtkRoot *root;
  gboolean had_focus = FALSE;
  int cursor = -1;

  g_return_val_if_fail (SL_IS_STRING_LIST_EDITOR (self), FALSE);

  n = sl_string_list_editor_get_n_items (self);
  if (from >= n || to >= n)
    return FALSE;
  if (from == to)
    return TRUE;

  row = row_at (self, from);
  root = gtk_widget_get_root (row);
  if (root != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (root);

      had_focus = focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
      if (had_focus)
        cursor = gtk_editable_get_position (GTK_EDITABLE (row));
    }

  g_object_ref (row);
  gtk_list_box_remove (self->list_box, row);
  gtk_list_box_insert (self->list_box, row, (int) to);
  g_object_unref (row);

  if (had_focus)
    {
      /* The item keeps the focus, so Alt+Down can be pressed again. */
      gtk_widget_grab_focus (row);
      if (cursor >= 0)
        gtk_editable_set_position (GTK_EDITABLE (row), cursor);
    }

  update_row_names (self);
  emit_changed (self);

  return TRUE;
}

GtkWidget *
sl_string_list_editor_add_item (SlStringListEditor *self)
{
  GtkWidget *row;

  g_return_val_if_fail (SL_IS_STRING_LIST_EDITOR (self), NULL);

  row = insert_row (self, "", -1);
  update_row_names (self);
  gtk_widget_grab_focus (row);
  /* A blank item is not saved until it has text, so no "changed" yet. */

  return row;
}
