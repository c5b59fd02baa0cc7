/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlAddCandidateDialog: adds a person, warning while typing when the name, email or phone is already known. */
#define G_LOG_DOMAIN "sl-add-candidate-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-add-candidate-dialog.h"

#define DUPLICATE_DELAY_MS 200

struct _SlAddCandidateDialog
{
  AdwWindow    parent_instance;

  SlStore     *store;
  char        *posting_id;
  char        *stage_id;
  char        *duplicate_id;
  /* The oldest candidate with the email typed, and the email the person
   * chose to add again anyway. */
  char        *email_duplicate_id;
  char        *email_confirmed;
  guint        duplicate_check_id;

  GtkRevealer *duplicate_revealer;
  GtkLabel    *duplicate_label;
  GtkWidget   *add_button;
  AdwEntryRow *name_row;
  AdwEntryRow *email_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *location_row;
  AdwEntryRow *headline_row;
  AdwEntryRow *source_row;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (SlAddCandidateDialog, sl_add_candidate_dialog, ADW_TYPE_WINDOW)

enum {
  CANDIDATE_ADDED,
  OPEN_CANDIDATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
row_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  if (text[0] == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

static void
show_error (SlAddCandidateDialog *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static const char *
display_name (SlCandidate *candidate)
{
  const char *name = sl_candidate_get_name (candidate);

  return name != NULL && name[0] != '\0' ? name : _("Someone");
}

/* Email and phone first (sl_store_find_duplicates()), then the name
 * (sl_store_find_same_name()): each a few rows of an index. */
static void
check_duplicates (SlAddCandidateDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GPtrArray) same_email = NULL;
  g_autoptr (GPtrArray) same_name = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  g_clear_handle_id (&self->duplicate_check_id, g_source_remove);
  g_clear_pointer (&self->duplicate_id, g_free);
  g_clear_pointer (&self->email_duplicate_id, g_free);

  if (email != NULL || phone != NULL)
    matches = sl_store_find_duplicates (self->store, email, phone, &error);
  if (matches != NULL && email != NULL && phone != NULL)
    same_email = sl_store_find_duplicates (self->store, email, NULL, &error);
  else if (matches != NULL && email != NULL)
    same_email = g_ptr_array_ref (matches);
  if (error == NULL && name != NULL && (matches == NULL || matches->len == 0))
    same_name = sl_store_find_same_name (self->store, name, &error);
  if (error != NULL)
    show_error (self, error->message);

  if (same_email != NULL && same_email->len > 0)
    self->email_duplicate_id = g_strdup (sl_record_get_id (g_ptr_array_index (same_email, 0)));

  if (matches != NULL && matches->len > 0)
    {
      SlCandidate *first = g_ptr_array_index (matches, 0);

      if (matches->len == 1)
        message = g_strdup_printf (_("%s already has this email or phone number."), display_name (first));
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s and %u other candidate already have this email or phone number.",
                                                "%s and %u other candidates already have this email or phone number.",
                                                matches->len - 1),
                                   display_name (first), matches->len - 1);
      self->duplicate_id = g_strdup (sl_record_get_id (SL_RECORD (first)));
    }
  else if (same_name != NULL && same_name->len > 0)
    {
      SlCandidate *first = g_ptr_array_index (same_name, 0);

      if (same_name->len == 1)
        message = g_strdup_printf (_("A candidate named %s already exists: it may be the same person."),
                                   display_name (first));
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u candidate named %s already exists: one may be the same person.",
                                                "%u candidates named %s already exist: one may be the same person.",
                                                same_name->len),
                                   same_name->len, display_name (first));
      self->duplicate_id = g_strdup (sl_record_get_id (SL_RECORD (first)));
    }

  if (message != NULL)
    gtk_label_set_text (self->duplicate_label, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->email_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message != NULL ? message : "",
                                  -1);
  gtk_revealer_set_reveal_child (self->duplicate_revealer, self->duplicate_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.open-duplicate", self->duplicate_id != NULL);
}

static gboolean
check_duplicates_cb (gpointer user_data)
{
  SlAddCandidateDialog *self = user_data;

  self->duplicate_check_id = 0;
  check_duplicates (self);

  return G_SOURCE_REMOVE;
}

static void
contact_changed_cb (SlAddCandidateDialog *self)
{
  g_clear_handle_id (&self->duplicate_check_id, g_source_remove);
  self->duplicate_check_id = g_timeout_add (DUPLICATE_DELAY_MS, check_duplicates_cb, self);
}

static void
name_changed_cb (SlAddCandidateDialog *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    show_error (self, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  contact_changed_cb (self);
}

static void
activate_on_parent (SlAddCandidateDialog *self,
                    const char           *id)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-candidate", "s", id);
}

static void
open_candidate (SlAddCandidateDialog *self,
                const char           *candidate_id)
{
  g_autofree char *id = g_strdup (candidate_id);

  if (id == NULL)
    return;

  g_signal_emit (self, signals[OPEN_CANDIDATE], 0, id);
  activate_on_parent (self, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
open_duplicate_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlAddCandidateDialog *self = SL_ADD_CANDIDATE_DIALOG (widget);

  open_candidate (self, self->duplicate_id);
}

/* After the question has closed: closing this dialog closes the question
 * too, which must not happen while it is still answering. */
static gboolean
add_anyway_idle_cb (gpointer user_data)
{
  g_autoptr (SlAddCandidateDialog) self = user_data;

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    sl_add_candidate_dialog_add (self);
  return G_SOURCE_REMOVE;
}

static gboolean
open_existing_idle_cb (gpointer user_data)
{
  g_autoptr (SlAddCandidateDialog) self = user_data;

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    open_candidate (self, self->email_duplicate_id);
  return G_SOURCE_REMOVE;
}

static void
same_email_response_cb (AdwMessageDialog     *dialog,
                        const char           *response,
                        SlAddCandidateDialog *self)
{
  if (g_strcmp0 (response, "add") == 0)
    {
      g_free (self->email_confirmed);
      self->email_confirmed = row_text (self->email_row);
      g_idle_add (add_anyway_idle_cb, g_object_ref (self));
    }
  else if (g_strcmp0 (response, "open") == 0)
    {
      g_idle_add (open_existing_idle_cb, g_object_ref (self));
    }
}

/* Someone has the email already: a second record of one person is what
 * the recruiter rarely wants, so the dialog asks before adding one. */
static void
ask_same_email (SlAddCandidateDialog *self,
                const char           *email)
{
  g_autoptr (SlCandidate) existing = sl_store_get_candidate (self->store, self->email_duplicate_id, NULL);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Add Another Candidate With This Email?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("%s already has the email address %s. Open them to update their details, "
                                    "or add a separate candidate with the same address."),
                                  existing != NULL ? display_name (existing) : _("Someone"), email);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "open", _("_Open Existing Candidate"),
                                    "add", _("_Add Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "open", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "open");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (same_email_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
sl_add_candidate_dialog_add (SlAddCandidateDialog *self)
{
  g_autoptr (SlCandidate) candidate = NULL;
  g_autoptr (SlApplication) application = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *location = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (SL_IS_ADD_CANDIDATE_DIALOG (self), FALSE);

  name = row_text (self->name_row);
  if (name == NULL)
    {
      show_error (self, _("Enter the candidate’s name"));
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return FALSE;
    }
  email = row_text (self->email_row);
  phone = row_text (self->phone_row);

  /* What was typed last may not have been looked up yet. */
  check_duplicates (self);
  if (self->email_duplicate_id != NULL && g_strcmp0 (self->email_confirmed, email) != 0)
    {
      ask_same_email (self, email);
      return FALSE;
    }

  location = row_text (self->location_row);
  headline = row_text (self->headline_row);
  source = row_text (self->source_row);

  candidate = sl_candidate_new ();
  sl_candidate_set_name (candidate, name);
  if (email != NULL)
    sl_candidate_set_emails (candidate, (const char * const[]) { email, NULL });
  if (phone != NULL)
    sl_candidate_set_phones (candidate, (const char * const[]) { phone, NULL });
  sl_candidate_set_location (candidate, location);
  sl_candidate_set_headline (candidate, headline);
  sl_candidate_set_source (candidate, source);

  if (!sl_store_begin (self->store, &error))
    goto fail;
  if (!sl_store_save_candidate (self->store, candidate, &error))
    goto rollback;
  if (self->posting_id != NULL)
    {
      application = sl_application_new ();
      sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (candidate)));
      sl_application_set_posting_id (application, self->posting_id);
      sl_application_set_stage_id (application, self->stage_id);
      if (!sl_store_save_application (self->store, application, &error))
        goto rollback;
    }
  if (!sl_store_commit (self->store, &error))
    goto fail;

  g_signal_emit (self, signals[CANDIDATE_ADDED], 0, sl_record_get_id (SL_RECORD (candidate)));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;

rollback:
  sl_store_rollback (self->store);
fail:
  /* The dialog stays open with what was typed, so it can be added again. */
  {
    /* Translators: the first %s is the name typed in the dialog, the
     * second the reason with what to do. */
    g_autofree char *message = g_strdup_printf (_("%s was not added. %s"), name, error->message);

    show_error (self, message);
  }
  return FALSE;
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sl_add_candidate_dialog_add (SL_ADD_CANDIDATE_DIALOG (widget));
}

static void
sl_add_candidate_dialog_dispose (GObject *object)
{
  SlAddCandidateDialog *self = SL_ADD_CANDIDATE_DIALOG (object);

  g_clear_handle_id (&self->duplicate_check_id, g_source_remove);

  G_OBJECT_CLASS (sl_add_candidate_dialog_parent_class)->dispose (object);
}

static void
sl_add_candidate_dialog_finalize (GObject *object)
{
  SlAddCandidateDialog *self = SL_ADD_CANDIDATE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->posting_id, g_free);
  g_clear_pointer (&self->stage_id, g_free);
  g_clear_pointer (&self->duplicate_id, g_free);
  g_clear_pointer (&self->email_duplicate_id, g_free);
  g_clear_pointer (&self->email_confirmed, g_free);

  G_OBJECT_CLASS (sl_add_candidate_dialog_parent_class)->finalize (object);
}

/* Mapping puts the focus on the first button (Cancel) when none of the
 * window's widgets has it, and a widget takes it only once mapped: the
 * name is what is typed first. */
static void
sl_add_candidate_dialog_map (GtkWidget *widget)
{
  SlAddCandidateDialog *self = SL_ADD_CANDIDATE_DIALOG (widget);

  GTK_WIDGET_CLASS (sl_add_candidate_dialog_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
sl_add_candidate_dialog_class_init (SlAddCandidateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_add_candidate_dialog_dispose;
  object_class->finalize = sl_add_candidate_dialog_finalize;
  widget_class->map = sl_add_candidate_dialog_map;

  signals[CANDIDATE_ADDED] =
    g_signal_new ("candidate-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[OPEN_CANDIDATE] =
    g_signal_new ("open-candidate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/candidates/sl-add-candidate-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, duplicate_revealer);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, headline_row);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, SlAddCandidateDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, contact_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "dialog.open-duplicate", NULL, open_duplicate_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_add_candidate_dialog_init (SlAddCandidateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_window_set_default_widget (GTK_WINDOW (self), self->add_button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.open-duplicate", FALSE);
}

SlAddCandidateDialog *
sl_add_candidate_dialog_new (SlStore    *store,
                             const char *posting_id,
                             const char *stage_id)
{
  SlAddCandidateDialog *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_ADD_CANDIDATE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->posting_id = g_strdup (posting_id);
  self->stage_id = g_strdup (stage_id);

  return self;
}

GtkWidget *
sl_add_candidate_dialog_get_row (SlAddCandidateDialog *self,
                                 const char           *field)
{
  g_return_val_if_fail (SL_IS_ADD_CANDIDATE_DIALOG (self), NULL);

  if (g_strcmp0 (field, "name") == 0)
    return GTK_WIDGET (self->name_row);
  if (g_strcmp0 (field, "email") == 0)
    return GTK_WIDGET (self->email_row);
  if (g_strcmp0 (field, "phone") == 0)
    return GTK_WIDGET (self->phone_row);
  if (g_strcmp0 (field, "location") == 0)
    return GTK_WIDGET (self->location_row);
  if (g_strcmp0 (field, "headline") == 0)
    return GTK_WIDGET (self->headline_row);
  if (g_strcmp0 (field, "source") == 0)
    return GTK_WIDGET (self->source_row);
  return NULL;
}

gboolean
sl_add_candidate_dialog_get_duplicate_shown (SlAddCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_ADD_CANDIDATE_DIALOG (self), FALSE);

  return gtk_revealer_get_reveal_child (self->duplicate_revealer);
}

const char *
sl_add_candidate_dialog_get_duplicate_id (SlAddCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_ADD_CANDIDATE_DIALOG (self), NULL);

  return self->duplicate_id;
}
