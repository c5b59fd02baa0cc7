/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every gui test shares: start-up, the skip without a display, temporary
 * databases, running and stopping the app, waiting on the main loop, and
 * finding widgets (template children, in the widget tree, dialogs). */
#pragma once

#include <adwaita.h>

#include "sl-app.h"
#include "sl-store.h"
#include "sl-window.h"

G_BEGIN_DECLS

/* Whether @widget is the one looked for (see gui_test_find()). */
typedef gboolean (*GuiTestMatchFunc) (GtkWidget     *widget,
                                      gconstpointer  data);

void              gui_test_init                 (int          *argc,
                                                 char       ***argv);
gboolean          gui_test_skip_without_display (void);
void              gui_test_load_app_style       (void);
void              gui_test_flush_events         (void);
void              gui_test_iterate              (void);
void              gui_test_spin                 (guint         ms);
char             *gui_test_database_path        (const char   *basename);
SlStore          *gui_test_open_store           (const char   *basename,
                                                 char        **out_path);
void              gui_test_destroy_window       (GtkWindow    *window,
                                                 gpointer      child);
void              gui_test_tear_down            (GtkWindow    *window,
                                                 gpointer      child,
                                                 SlStore     **store,
                                                 char        **path);
AdwMessageDialog *gui_test_find_message_dialog  (void);
AdwMessageDialog *gui_test_find_dialog_headed   (const char   *heading);
SlWindow         *gui_test_get_window           (SlApp        *app);
void              gui_test_run_app              (const char   *database_path,
                                                 void        (*body) (SlApp *app));
void              gui_test_run_app_on_empty     (void        (*body) (SlApp *app));
gboolean          gui_test_shows_text           (GtkWidget    *widget,
                                                 const char   *text);
void              gui_test_stop_app             (SlApp        *app);
gpointer          gui_test_template_child       (gpointer      widget,
                                                 GType         type,
                                                 const char   *name);
gpointer          gui_test_window_child         (SlWindow     *window,
                                                 const char   *name);
GtkWidget        *gui_test_find                 (GtkWidget    *root,
                                                 GuiTestMatchFunc match,
                                                 gconstpointer data);
GtkWidget        *gui_test_find_of_type         (GtkWidget    *root,
                                                 GType         type);
void              gui_test_collect              (GtkWidget    *root,
                                                 GType         type,
                                                 GPtrArray    *found);
GtkWidget        *gui_test_find_row             (GtkWidget    *root,
                                                 GType         row_type,
                                                 const char   *title);
GtkWidget        *gui_test_find_actionable      (GtkWidget    *root,
                                                 GType         type,
                                                 const char   *action_name);

/* A GAsyncReadyCallback that stores the result (a reference) in the
 * GAsyncResult * at @user_data, and what waits for it (the test fails after
 * 30 seconds); for calling an _async function and checking its _finish. */
void              gui_test_store_result_cb      (GObject       *object,
                                                 GAsyncResult  *result,
                                                 gpointer       user_data);
GAsyncResult     *gui_test_wait_result          (GAsyncResult **result);

/* Iterates the main context until @condition holds; the test fails, naming
 * @condition, when it still does not after @seconds. @condition is evaluated
 * again each time; between two checks the main context waits for its next
 * event (or a few milliseconds), it never sleeps. */
#define GUI_TEST_WAIT_UNTIL(condition, seconds)                                        \
  G_STMT_START {                                                                      \
    gint64 gui_test_wait_end_ = g_get_monotonic_time () + (seconds) * G_TIME_SPAN_SECOND; \
                                                                                      \
    while (!(condition))                                                              \
      {                                                                               \
        if (g_get_monotonic_time () >= gui_test_wait_end_)                            \
          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,           \
                               "timed out after " #seconds " s waiting for: " #condition); \
        gui_test_iterate ();                                                          \
      }                                                                               \
  } G_STMT_END

G_END_DECLS
