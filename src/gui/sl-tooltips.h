/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips that stay out of the way of the popovers their buttons open. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sl_tooltips_hide_over_popovers (GtkWidget *root);

G_END_DECLS
