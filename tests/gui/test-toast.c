/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-toast: a toast is dismissed only once it has settled, as the board's and the details pane's Undo toasts need. */
#include "config.h"

#include "gui-test-utils.h"

#include "sl-toast.h"

/* Notes when the toast went (monotonic µs). */
static void
dismissed_cb (AdwToast *toast,
              gint64   *dismissed_at)
{
  *dismissed_at = g_get_monotonic_time ();
}

static AdwToast *
show (AdwToastOverlay *overlay,
      const char      *title,
      gint64          *dismissed_at)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 0);
  g_signal_connect (toast, "dismissed", G_CALLBACK (dismissed_cb), dismissed_at);
  sl_toast_show (overlay, toast);
  return toast;
}

static void
test_settle (void)
{
  GtkWindow *window;
  AdwToastOverlay *overlay;
  AdwToast *toast;
  gint64 dismissed_at = 0;
  gint64 start;

  if (gui_test_skip_without_display ())
    return;

  window = GTK_WINDOW (gtk_window_new ());
  overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_child (window, GTK_WIDGET (overlay));
  gtk_window_present (window);

  /* Dismissed while it slides in: later, once it has settled, however
   * slowly the main loop turns. */
  start = g_get_monotonic_time ();
  toast = show (overlay, "First", &dismissed_at);
  sl_toast_dismiss (toast);
  sl_toast_dismiss (toast);
  g_assert_cmpint (dismissed_at, ==, 0);
  GUI_TEST_WAIT_UNTIL (dismissed_at != 0, 5);
  g_assert_cmpint ((dismissed_at - start) / 1000, >=, SL_TOAST_SETTLE_MS);

  /* A waiting dismissal that is cancelled (the toast is reused) never comes. */
  dismissed_at = 0;
  toast = show (overlay, "Second", &dismissed_at);
  sl_toast_dismiss (toast);
  sl_toast_cancel_dismiss (toast);
  gui_test_spin (SL_TOAST_SETTLE_MS + 300);
  g_assert_cmpint (dismissed_at, ==, 0);

  /* Once settled, at once. */
  sl_toast_dismiss (toast);
  g_assert_cmpint (dismissed_at, !=, 0);

  gui_test_destroy_window (window, overlay);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/toast/settle", test_settle);

  return g_test_run ();
}
