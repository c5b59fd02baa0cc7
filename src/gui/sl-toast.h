/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Toasts that can be dismissed safely while libadwaita 1.2 animates them in. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* libadwaita 1.2 frees a toast's bookkeeping when it has animated out and
 * then touches it once its animation in ends (upstream 1674ebc9, fixed in
 * 1.3): a toast dismissed while it still slides in crashes the app (in
 * adw_animation_skip). A toast younger than this is dismissed later. */
#define SL_TOAST_SETTLE_MS 1000

/* Adds @toast (transfer full) to @overlay and notes when. */
void sl_toast_show           (AdwToastOverlay *overlay,
                              AdwToast        *toast);
/* Dismisses a toast shown with sl_toast_show(): at once when it has
 * settled, else once it has (holding a reference until then). Asking
 * again while a dismissal waits changes nothing. */
void sl_toast_dismiss        (AdwToast        *toast);
/* Drops a waiting dismissal: the toast is reused, or its owner goes. */
void sl_toast_cancel_dismiss (AdwToast        *toast);

G_END_DECLS
