/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips that stay out of the way of the popovers their buttons open. */
#define G_LOG_DOMAIN "sl-tooltips"

#include "config.h"

#include "sl-tooltips.h"

/* GTK 4.8 shows a menu button's (or a drop-down's) tooltip again while its popover is open,
 * as soon as the pointer moves over the button, and puts it below the
 * button: over the popover's first item. So the tooltip is off while the
 * popover shows. */
static void
popover_visible_cb (GtkWidget  *popover,
                    GParamSpec *pspec,
                    GtkWidget  *button)
{
  gboolean open = gtk_widget_get_visible (popover);

  gtk_widget_set_has_tooltip (button, !open);
  if (open)
    gtk_widget_trigger_tooltip_query (button);
}

/* A menu button makes its popover when it gets a menu model: follow it. */
static void
watch_popover (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (popover == NULL || g_object_get_data (G_OBJECT (button), "sl-tooltips-popover") == popover)
    return;

  g_object_set_data (G_OBJECT (button), "sl-tooltips-popover", popover);
  g_signal_connect_object (popover, "notify::visible", G_CALLBACK (popover_visible_cb), button, 0);
}

static void
popover_changed_cb (GtkMenuButton *button,
                    GParamSpec    *pspec,
                    gpointer       user_data)
{
  watch_popover (button);
}

/**
 * sl_tooltips_hide_over_popovers:
 * @root: a widget, after its template is built
 *
 * Keeps the tooltip of every menu button and drop-down inside @root off
 * while its popover is open.
 */
void
sl_tooltips_hide_over_popovers (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  /* A drop-down's popover is its own child, made with it. */
  if (GTK_IS_DROP_DOWN (root) && gtk_widget_get_has_tooltip (root))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (root);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_POPOVER (child))
          g_signal_connect_object (child, "notify::visible", G_CALLBACK (popover_visible_cb), root, 0);
      return;
    }

  if (GTK_IS_MENU_BUTTON (root) && gtk_widget_get_has_tooltip (root))
    {
      g_signal_connect (root, "notify::popover", G_CALLBACK (popover_changed_cb), NULL);
      g_signal_connect (root, "notify::menu-model", G_CALLBACK (popover_changed_cb), NULL);
      watch_popover (GTK_MENU_BUTTON (root));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sl_tooltips_hide_over_popovers (child);
}
