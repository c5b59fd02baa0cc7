/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlWindow: the main window with the Postings, Candidates and Interviews areas. */
#define G_LOG_DOMAIN "sl-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "candidates/sl-candidates-page.h"
#include "interviews/sl-interviews-page.h"
#include "postings/sl-postings-page.h"
#include "sl-read-only.h"
#include "sl-tooltips.h"
#include "sl-window.h"

/* The window's header bar (area switcher, main menu, window buttons) stays on
 * top of every area; an area's own header bars sit below it as flat toolbars
 * without window buttons (sl_postings_page_set_embedded()). On narrow windows
 * the area switcher moves to the AdwViewSwitcherBar at the bottom, which
 * steps aside while a posting is open so that the page's own Edit/Preview
 * switcher bar is the only one. */
struct _SlWindow
{
  AdwApplicationWindow  parent_instance;

  SlStore              *store;
  GListModel           *postings;
  SlPostingsPage       *postings_page;
  AdwLeaflet           *postings_leaflet;
  SlCandidatesPage     *candidates_page;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *stack;
  GtkStack             *postings_stack;
  AdwBin               *postings_bin;
  AdwStatusPage        *postings_empty;
  AdwStatusPage        *candidates_empty;
  AdwStatusPage        *interviews_empty;
  GtkStack             *candidates_stack;
  AdwBin               *candidates_bin;
  GtkStack             *interviews_stack;
  AdwBin               *interviews_bin;
  GtkLabel             *read_only_notice;
};

G_DEFINE_FINAL_TYPE (SlWindow, sl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
postings_page_shown (SlWindow *self)
{
  return self->postings_page != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->postings_stack), "page") == 0;
}

static gboolean
candidates_page_shown (SlWindow *self)
{
  return self->candidates_page != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->candidates_stack), "page") == 0;
}

/* The Candidates and Interviews pages are built the first time their area
 * shows (or an action needs them): a window that opens on Postings does not
 * pay for their widgets, in time or memory. */
static SlCandidatesPage *
ensure_candidates_page (SlWindow *self)
{
  if (self->candidates_page == NULL && self->store != NULL)
    {
      self->candidates_page = SL_CANDIDATES_PAGE (sl_candidates_page_new (self->store));
      adw_bin_set_child (self->candidates_bin, GTK_WIDGET (self->candidates_page));
    }

  return self->candidates_page;
}

static void
ensure_interviews_page (SlWindow *self)
{
  if (adw_bin_get_child (self->interviews_bin) == NULL && self->store != NULL)
    adw_bin_set_child (self->interviews_bin, sl_interviews_page_new (self->store));
}

static void
update_switcher_bar (SlWindow *self)
{
  gboolean reveal = adw_view_switcher_title_get_title_visible (self->switcher_title);

  /* Inside an open posting on a narrow window, the page's back button leads
   * out and its own switcher bar (Edit, Preview) is the one at the bottom. */
  if (reveal &&
      self->postings_leaflet != NULL &&
      postings_page_shown (self) &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "postings") == 0 &&
      adw_leaflet_get_folded (self->postings_leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->postings_leaflet), "sidebar") != 0)
    reveal = FALSE;

  adw_view_switcher_bar_set_reveal (self->switcher_bar, reveal);
}

/* Whether the Candidates and Interviews areas show their page or their
 * empty state: whether there is anyone, any interview (sl_store_get_any()). */
static void
update_counts (SlWindow *self)
{
  SlStoreCounts counts = { 0 };
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->candidates_stack, "empty");
      gtk_stack_set_visible_child_name (self->interviews_stack, "empty");
      return;
    }

  if (!sl_store_get_any (self->store, &counts, &error))
    {
      sl_window_show_error (self, error);
      return;
    }

  /* CANDIDATES PAGE: like the postings page, it replaces the empty state
   * once there are candidates, and stays. */
  gtk_stack_set_visible_child_name (self->candidates_stack,
                                    (counts.candidates > 0 || candidates_page_shown (self))
                                    ? "page" : "empty");

  /* INTERVIEWS PAGE: the list (src/gui/interviews/) once there are any. */
  gtk_stack_set_visible_child_name (self->interviews_stack,
                                    counts.interviews > 0 ? "page" : "empty");
}

static void
update_postings_page (SlWindow *self)
{
  guint n_items = self->postings != NULL ? g_list_model_get_n_items (self->postings) : 0;

  /* The empty state welcomes a database without postings. Once the page
   * shows, it stays when the last posting goes: its toast (with Undo) and
   * its own empty list ("No Postings") take over. */
  if (self->postings_page != NULL && (n_items > 0 || postings_page_shown (self)))
    gtk_stack_set_visible_child_name (self->postings_stack, "page");
  else
    gtk_stack_set_visible_child_name (self->postings_stack, "empty");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-posting", self->postings_page != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-candidate", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-posting", self->postings_page != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-candidates", self->store != NULL);
  sl_read_only_disable_actions (GTK_WIDGET (self), self->store,
                                (const char * const[]) { "win.new-posting", "win.add-candidate",
                                                         "win.import-posting", "win.import-candidates", NULL });
  update_switcher_bar (self);
}

static void
store_changed_cb (SlWindow *self)
{
  update_counts (self);
}

static void
area_changed_cb (SlWindow *self)
{
  const char *area = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (area, "candidates") == 0)
    ensure_candidates_page (self);
  else if (g_strcmp0 (area, "interviews") == 0)
    ensure_interviews_page (self);
}

/* The keys of an area (Ctrl+I, Shift+Delete…) are its page's: they answer
 * only with the focus inside it. When the window opens, the focus would be
 * on the area switcher; after Alt+2, on a widget of the area left behind. */
static void
focus_area (SlWindow *self)
{
  GtkWidget *area = adw_view_stack_get_visible_child (self->stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (area != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, area)))
    gtk_widget_child_focus (area, GTK_DIR_TAB_FORWARD);
}

static void
show_area_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  const char *area = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, area) == NULL)
    {
      g_warning ("There is no area named “%s”", area);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, area);
  focus_area (self);
}

/* The page owns creating postings (postings.new, Ctrl+N): this
 * shows the page first, so the new posting is selected and its title gets
 * the focus, from any area and from the empty state. */
static void
new_posting_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  if (self->postings_page == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->stack, "postings");
  gtk_stack_set_visible_child_name (self->postings_stack, "page");
  gtk_widget_activate_action (GTK_WIDGET (self->postings_page), "postings.new", NULL);
  update_postings_page (self);
}

/* The same for candidates.add (Ctrl+Shift+N). */
static void
add_candidate_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  if (ensure_candidates_page (self) == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->stack, "candidates");
  gtk_stack_set_visible_child_name (self->candidates_stack, "page");
  gtk_widget_activate_action (GTK_WIDGET (self->candidates_page), "candidates.add", NULL);
}

/* win.import-posting (Ctrl+O) and win.import-candidates (Ctrl+I): the
 * pages' imports, from any area and from the empty states, where no page
 * has the focus. The page shows when the import brings something. */
static void
import_posting_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  if (self->postings_page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->postings_page), "postings.import", NULL);
}

static void
import_candidates_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  if (ensure_candidates_page (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->candidates_page), "candidates.import", NULL);
}

/* win.show-candidate (s: candidate id): the Candidates area, with that
 * person selected and open (the add-candidate dialog's "Open" uses it). */
static void
show_candidate_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  adw_view_stack_set_visible_child_name (self->stack, "candidates");
  if (ensure_candidates_page (self) == NULL || id[0] == '\0')
    return;

  gtk_stack_set_visible_child_name (self->candidates_stack, "page");
  sl_candidates_page_show_candidate (self->candidates_page, id);
}

/* win.show-help-overlay (Ctrl+?): the Keyboard Shortcuts window, built
 * when asked for. GtkApplication would build it from gtk/help-overlay.ui
 * for every window as it opens, most of which never show it. */
static void
show_help_overlay_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr (GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/io/github/shortlist/Shortlist/sl-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

/* Ctrl+F where no page has the focus (as when the window has just opened,
 * with the focus in the header bar): the search of what the area shows,
 * the board's when a posting's board is on screen. The Interviews area has
 * none. */
static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  const char *area = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (area, "candidates") == 0 && candidates_page_shown (self))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->candidates_page), "candidates.search", NULL);
    }
  else if (g_strcmp0 (area, "postings") == 0 && postings_page_shown (self))
    {
      SlBoard *board = sl_postings_page_get_board (self->postings_page);

      if (board != NULL && gtk_widget_get_mapped (GTK_WIDGET (board)))
        gtk_widget_activate_action (GTK_WIDGET (board), "board.search", NULL);
      else
        gtk_widget_activate_action (GTK_WIDGET (self->postings_page), "postings.search", NULL);
    }
}

static void
bind_settings (SlWindow  *self,
               GSettings *settings)
{
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  if (self->postings_page != NULL)
    g_settings_bind (settings, "default-organization", self->postings_page, "default-organization",
                     G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "last-area", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
add_postings_page (SlWindow *self)
{
  GObject *leaflet;

  self->postings_page = sl_postings_page_new (self->store);
  sl_postings_page_set_embedded (self->postings_page, TRUE);
  adw_bin_set_child (self->postings_bin, GTK_WIDGET (self->postings_page));

  /* The page's leaflet tells whether a posting is open on a narrow window. */
  leaflet = gtk_widget_get_template_child (GTK_WIDGET (self->postings_page),
                                           SL_TYPE_POSTINGS_PAGE, "leaflet");
  if (ADW_IS_LEAFLET (leaflet))
    {
      self->postings_leaflet = ADW_LEAFLET (leaflet);
      g_signal_connect_object (leaflet, "notify::folded",
                               G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (leaflet, "notify::visible-child",
                               G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
    }

  self->postings = sl_store_list_postings (self->store);
  g_signal_connect_object (self->postings, "items-changed",
                           G_CALLBACK (update_postings_page), self, G_CONNECT_SWAPPED);
}

static void
sl_window_constructed (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  G_OBJECT_CLASS (sl_window_parent_class)->constructed (object);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  if (self->store != NULL && sl_store_is_read_only (self->store))
    {
      g_autofree char *notice = sl_read_only_describe (self->store);

      gtk_label_set_text (self->read_only_notice, notice);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_notice), TRUE);
    }

  if (self->store != NULL)
    {
      add_postings_page (self);
      /* The other two pages: ensure_candidates_page(), ensure_interviews_page(). */
      /* What the empty states count (sl_store_get_any()). */
      sl_store_connect_changed (self->store, (const char *[]) { "candidate", "interview", NULL },
                                G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      AdwStatusPage *empty_pages[] = { self->postings_empty, self->candidates_empty, self->interviews_empty };

      /* Nothing can be shown or added without a database. */
      for (guint i = 0; i < G_N_ELEMENTS (empty_pages); i++)
        {
          adw_status_page_set_icon_name (empty_pages[i], "dialog-warning-symbolic");
          adw_status_page_set_title (empty_pages[i], _("No Database Open"));
          adw_status_page_set_description (empty_pages[i],
                                           _("Shortlist could not open its database file."));
          adw_status_page_set_child (empty_pages[i], NULL);
        }
    }

  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (area_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->postings_stack, "notify::visible-child",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);

  update_counts (self);
  update_postings_page (self);
  /* Once mapped (focus goes only to mapped widgets): GtkWindow has put it
   * on its first widget, the area switcher, by then. */
  g_signal_connect_after (self, "map", G_CALLBACK (focus_area), NULL);
}

static void
sl_window_dispose (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_WINDOW);

  self->postings_page = NULL;
  self->postings_leaflet = NULL;
  self->candidates_page = NULL;
  g_clear_object (&self->postings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_window_parent_class)->dispose (object);
}

static void
sl_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_class_init (SlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_window_constructed;
  object_class->dispose = sl_window_dispose;
  object_class->get_property = sl_window_get_property;
  object_class->set_property = sl_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_POSTINGS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, postings_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, postings_bin);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, postings_empty);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, candidates_empty);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, interviews_empty);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, candidates_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, candidates_bin);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, interviews_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, interviews_bin);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, read_only_notice);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);

  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-posting", NULL, new_posting_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-candidate", NULL, add_candidate_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-candidate", "s", show_candidate_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-posting", NULL, import_posting_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-candidates", NULL, import_candidates_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);

  /* Alt+1…3 as in GNOME's apps; Ctrl+1…3 as in a browser's tabs. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-area", "s", "postings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-area", "s", "candidates");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-area", "s", "interviews");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.show-area", "s", "postings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.show-area", "s", "candidates");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK,
                                       "win.show-area", "s", "interviews");
  /* One meaning per key, in every area (the Keyboard Shortcuts window and
   * tests/gui/test-shortcuts.c say so): Ctrl+N makes a posting, Ctrl+Shift+N
   * adds a candidate (on a board, to its posting: board.add-candidate). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-posting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-candidate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import-posting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import-candidates", NULL);
  /* The same for Ctrl+F (postings.search, board.search, candidates.search). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
}

static void
sl_window_init (SlWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sl_tooltips_hide_over_popovers (GTK_WIDGET (self));
}

SlWindow *
sl_window_new (SlApp   *app,
               SlStore *store)
{
  SlWindow *self;
  GSettings *settings;

  g_return_val_if_fail (SL_IS_APP (app), NULL);
  g_return_val_if_fail (store == NULL || SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       NULL);

  settings = sl_app_get_settings (app);
  if (settings != NULL)
    bind_settings (self, settings);

  return self;
}

SlStore *
sl_window_get_store (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->store;
}

const char *
sl_window_get_visible_area (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

SlPostingsPage *
sl_window_get_postings_page (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->postings_page;
}

SlCandidatesPage *
sl_window_get_candidates_page (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return ensure_candidates_page (self);
}

/* libadwaita 1.2 reads a toast's title as markup. */
static AdwToast *
new_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
sl_window_show_toast (SlWindow   *self,
                      const char *title)
{
  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, new_toast (title));
}

void
sl_window_show_error (SlWindow     *self,
                      const GError *error)
{
  AdwToast *toast;

  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  toast = new_toast (error->message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
