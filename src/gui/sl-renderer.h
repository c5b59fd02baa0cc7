/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which GSK renderer draws Shortlist's windows. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sl_renderer_choose (GdkDisplay *display);

G_END_DECLS
