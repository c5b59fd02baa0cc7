/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Toasts that can be dismissed safely while libadwaita 1.2 animates them in. */
#define G_LOG_DOMAIN "sl-toast"

#include "config.h"

#include "sl-toast.h"

typedef struct
{
  gint64 shown_at; /* monotonic, µs */
  guint  dismiss_id;
} ToastState;

static GQuark
toast_state_quark (void)
{
  return g_quark_from_static_string ("sl-toast-state");
}

static void
toast_state_free (ToastState *state)
{
  g_clear_handle_id (&state->dismiss_id, g_source_remove);
  g_free (state);
}

void
sl_toast_show (AdwToastOverlay *overlay,
               AdwToast        *toast)
{
  ToastState *state;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  state = g_new0 (ToastState, 1);
  state->shown_at = g_get_monotonic_time ();
  g_object_set_qdata_full (G_OBJECT (toast), toast_state_quark (), state, (GDestroyNotify) toast_state_free);
  adw_toast_overlay_add_toast (overlay, toast);
}

static gboolean
dismiss_cb (gpointer user_data)
{
  AdwToast *toast = user_data;
  ToastState *state = g_object_get_qdata (G_OBJECT (toast), toast_state_quark ());

  state->dismiss_id = 0;
  adw_toast_dismiss (toast);

  return G_SOURCE_REMOVE;
}

void
sl_toast_dismiss (AdwToast *toast)
{
  ToastState *state;
  gint64 age_ms;

  g_return_if_fail (ADW_IS_TOAST (toast));

  state = g_object_get_qdata (G_OBJECT (toast), toast_state_quark ());
  if (state == NULL)
    {
      adw_toast_dismiss (toast);
      return;
    }
  if (state->dismiss_id != 0)
    return;

  age_ms = (g_get_monotonic_time () - state->shown_at) / 1000;
  if (age_ms >= SL_TOAST_SETTLE_MS)
    adw_toast_dismiss (toast);
  else
    state->dismiss_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (SL_TOAST_SETTLE_MS - age_ms),
                                            dismiss_cb, g_object_ref (toast), g_object_unref);
}

void
sl_toast_cancel_dismiss (AdwToast *toast)
{
  ToastState *state;

  g_return_if_fail (ADW_IS_TOAST (toast));

  state = g_object_get_qdata (G_OBJECT (toast), toast_state_quark ());
  /* Zeroed before the source's reference on the toast goes. */
  if (state != NULL)
    g_clear_handle_id (&state->dismiss_id, g_source_remove);
}
