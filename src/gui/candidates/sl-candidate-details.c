/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidateDetails: one candidate's contact details, notes, résumés, applications and activity, saved as they are edited. */
#define G_LOG_DOMAIN "sl-candidate-details"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-candidate-details-private.h"
#include "sl-read-only.h"

#define SAVE_DELAY_MS     500

G_DEFINE_FINAL_TYPE (SlCandidateDetails, sl_candidate_details, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CANDIDATE_ID,
  PROP_CANDIDATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint sl_candidate_details_signals[SL_CANDIDATE_DETAILS_N_SIGNALS];

/* "a, b;c" → {"a", "b", "c"}, dropping empty parts; NULL when nothing is left. */
static char **
split_list (const char *text,
            const char *separators)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) parts = g_strsplit_set (text != NULL ? text : "", separators, -1);
  g_auto (GStrv) result = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  result = g_strv_builder_end (builder);
  if (result[0] == NULL)
    return NULL;
  return g_steal_pointer (&result);
}

static char *
join_list (const char * const *strv,
           const char         *separator)
{
  if (strv == NULL)
    return g_strdup ("");
  return g_strjoinv (separator, (char **) strv);
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  if (text[0] == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

void
sl_candidate_details_toast (SlCandidateDetails *self,
                            const char         *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The header (sl-candidate-details.ui) binds to the candidate's name,
 * headline and erasure through these. */
static char *
header_name_cb (SlCandidateDetails *self,
                const char         *name,
                gboolean            erased)
{
  if (erased)
    return g_strdup (_("Erased candidate"));
  if (name == NULL || name[0] == '\0')
    return g_strdup (_("Unnamed Candidate"));
  return g_strdup (name);
}

static char *
text_or_empty_cb (SlCandidateDetails *self,
                  const char         *text)
{
  return g_strdup (text != NULL ? text : "");
}

static gboolean
has_text_cb (SlCandidateDetails *self,
             const char         *text)
{
  return text != NULL && text[0] != '\0';
}

/* The candidate shown, which the header's bindings follow. */
static void
set_candidate (SlCandidateDetails *self,
               SlCandidate        *candidate)
{
  if (g_set_object (&self->candidate, candidate))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
}

/* Saving */

static void
set_unsaved (SlCandidateDetails *self,
             gboolean            unsaved)
{
  self->unsaved = unsaved;
  gtk_widget_set_visible (self->unsaved_box, unsaved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.retry-save", unsaved);
}

static gboolean
save_now (SlCandidateDetails *self)
{
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->candidate == NULL)
    return TRUE;

  self->saving = TRUE;
  ok = sl_store_save_candidate (self->store, self->candidate, &error);
  self->saving = FALSE;

  if (!ok)
    {
      const char *name = sl_candidate_get_name (self->candidate);
      g_autofree char *message = NULL;

      /* The fields keep what was typed, marked as not saved, with a button
       * to save it again: putting back the stored text would lose it, and
       * showing it as it is would say it was saved. */
      set_unsaved (self, TRUE);
      if (name != NULL && name[0] != '\0')
        /* Translators: a toast; %s is a candidate's name, then the reason
         * with what to do. */
        message = g_strdup_printf (_("Your changes to %s are not saved. %s"), name, error->message);
      else
        /* Translators: a toast; %s is the reason with what to do. */
        message = g_strdup_printf (_("Your changes are not saved. %s"), error->message);
      sl_candidate_details_toast (self, message);
      g_signal_emit (self, sl_candidate_details_signals[SL_CANDIDATE_DETAILS_SAVE_FAILED], 0, message);
      return FALSE;
    }

  set_unsaved (self, FALSE);

  g_signal_emit (self, sl_candidate_details_signals[SL_CANDIDATE_DETAILS_SAVED], 0);
  sl_candidate_details_refresh_lists (self);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  SlCandidateDetails *self = user_data;

  self->save_id = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (SlCandidateDetails *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

/* Reads every field into the working copy; the setters notice real changes. */
static void
read_fields (SlCandidateDetails *self)
{
  g_autofree char *name = entry_text (self->name_row);
  g_autofree char *location = entry_text (self->location_row);
  g_autofree char *headline = entry_text (self->headline_row);
  g_autofree char *source = entry_text (self->source_row);
  g_auto (GStrv) emails = split_list (gtk_editable_get_text (GTK_EDITABLE (self->emails_row)), ",; ");
  g_auto (GStrv) phones = split_list (gtk_editable_get_text (GTK_EDITABLE (self->phones_row)), ",;");
  g_auto (GStrv) links = split_list (gtk_editable_get_text (GTK_EDITABLE (self->links_row)), ", \t");
  g_auto (GStrv) tags = split_list (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)), ",");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *notes = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strstrip (notes)[0] == '\0')
    g_clear_pointer (&notes, g_free);

  sl_candidate_set_name (self->candidate, name);
  sl_candidate_set_emails (self->candidate, (const char * const *) emails);
  sl_candidate_set_phones (self->candidate, (const char * const *) phones);
  sl_candidate_set_location (self->candidate, location);
  sl_candidate_set_headline (self->candidate, headline);
  sl_candidate_set_links (self->candidate, (const char * const *) links);
  sl_candidate_set_source (self->candidate, source);
  sl_candidate_set_tags (self->candidate, (const char * const *) tags);
  sl_candidate_set_notes (self->candidate, notes);
}

static void
entry_changed_cb (SlCandidateDetails *self)
{
  if (self->loading || self->candidate == NULL || sl_candidate_get_erased (self->candidate))
    return;

  read_fields (self);
  schedule_save (self);
}

static void
fill_fields (SlCandidateDetails *self)
{
  g_autofree char *emails = join_list (sl_candidate_get_emails (self->candidate), ", ");
  g_autofree char *phones = join_list (sl_candidate_get_phones (self->candidate), ", ");
  g_autofree char *links = join_list (sl_candidate_get_links (self->candidate), " ");
  g_autofree char *tags = join_list (sl_candidate_get_tags (self->candidate), ", ");
  const char *notes = sl_candidate_get_notes (self->candidate);
  gboolean editable = !sl_candidate_get_erased (self->candidate) && !sl_store_is_read_only (self->store);

  self->loading = TRUE;
  /* The store keeps the English placeholder (sl-store-erase.c); the field
   * shows the header's translated one. */
  set_entry (self->name_row, editable ? sl_candidate_get_name (self->candidate) : _("Erased candidate"));
  set_entry (self->emails_row, emails);
  set_entry (self->phones_row, phones);
  set_entry (self->location_row, sl_candidate_get_location (self->candidate));
  set_entry (self->headline_row, sl_candidate_get_headline (self->candidate));
  set_entry (self->links_row, links);
  set_entry (self->source_row, sl_candidate_get_source (self->candidate));
  set_entry (self->tags_row, tags);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  self->loading = FALSE;
  set_unsaved (self, FALSE);

  gtk_widget_set_sensitive (GTK_WIDGET (self->contact_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->profile_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->notes_group), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->erase_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.add-attachment", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.remove-attachment", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.erase", editable);
  sl_read_only_disable_actions (GTK_WIDGET (self), self->store,
                                (const char * const[]) { "details.add-to-posting", NULL });
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  SlCandidateDetails *self = user_data;

  self->refresh_id = 0;
  sl_candidate_details_reload (self);

  return G_SOURCE_REMOVE;
}

/* Another part of the app (the board, an import) or another process wrote:
 * show it, unless this pane is in the middle of an edit. */
static void
store_changed_cb (SlStore            *store,
                  const char         *record_type,
                  const char         *record_id,
                  SlCandidateDetails *self)
{
  if (self->saving || self->candidate == NULL)
    return;
  if (record_type != NULL && g_str_equal (record_type, "candidate") &&
      g_strcmp0 (record_id, sl_record_get_id (SL_RECORD (self->candidate))) != 0)
    return;

  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/* Rereads the candidate (keeping the working copy while a save is pending). */
void
sl_candidate_details_reload (SlCandidateDetails *self)
{
  g_autoptr (SlCandidate) fresh = NULL;

  if (self->candidate == NULL)
    return;

  if (self->save_id == 0 && !self->unsaved)
    {
      fresh = sl_store_get_candidate (self->store, sl_record_get_id (SL_RECORD (self->candidate)), NULL);
      if (fresh == NULL || sl_record_get_deleted (SL_RECORD (fresh)))
        {
          sl_candidate_details_set_candidate_id (self, NULL);
          return;
        }
      if (g_strcmp0 (sl_record_get_rev (SL_RECORD (fresh)), sl_record_get_rev (SL_RECORD (self->candidate))) != 0)
        {
          set_candidate (self, fresh);
          fill_fields (self);
        }
    }

  sl_candidate_details_refresh_lists (self);
}

static void
retry_save_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (widget);

  g_clear_handle_id (&self->save_id, g_source_remove);
  save_now (self);
}

/* GObject */

static void
notes_changed_cb (GtkTextBuffer      *buffer,
                  SlCandidateDetails *self)
{
  entry_changed_cb (self);
}

static void
sl_candidate_details_unmap (GtkWidget *widget)
{
  sl_candidate_details_flush (SL_CANDIDATE_DETAILS (widget));

  GTK_WIDGET_CLASS (sl_candidate_details_parent_class)->unmap (widget);
}

static void
sl_candidate_details_dispose (GObject *object)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (object);

  if (self->store != NULL)
    sl_candidate_details_flush (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  sl_candidate_details_finish_removals (self);

  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (sl_candidate_details_parent_class)->dispose (object);
}

static void
sl_candidate_details_finalize (GObject *object)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (object);

  g_clear_object (&self->candidate);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);
  g_clear_object (&self->postings_menu);
  g_clear_object (&self->postings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_details_parent_class)->finalize (object);
}

static void
sl_candidate_details_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CANDIDATE_ID:
      g_value_set_string (value, sl_candidate_details_get_candidate_id (self));
      break;

    case PROP_CANDIDATE:
      g_value_set_object (value, self->candidate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_details_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SlCandidateDetails *self = SL_CANDIDATE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      if (self->store != NULL)
        /* The candidate, their applications with their stages and
         * postings (whose writes record the activity shown too). */
        sl_store_connect_changed (self->store,
                                  (const char *[]) { "candidate", "application", "stage", "posting",
                                                     "rejection_reason", NULL },
                                  G_CALLBACK (store_changed_cb), self, 0);
      break;

    case PROP_CANDIDATE_ID:
      sl_candidate_details_set_candidate_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_details_class_init (SlCandidateDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidate_details_dispose;
  object_class->finalize = sl_candidate_details_finalize;
  object_class->get_property = sl_candidate_details_get_property;
  object_class->set_property = sl_candidate_details_set_property;
  widget_class->unmap = sl_candidate_details_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CANDIDATE_ID] =
    g_param_spec_string ("candidate-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CANDIDATE] =
    g_param_spec_object ("candidate", NULL, NULL,
                         SL_TYPE_CANDIDATE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  sl_candidate_details_signals[SL_CANDIDATE_DETAILS_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  sl_candidate_details_signals[SL_CANDIDATE_DETAILS_SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  sl_candidate_details_signals[SL_CANDIDATE_DETAILS_ERASED] =
    g_signal_new ("erased", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/candidates/sl-candidate-details.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, stack);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, title_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, unsaved_box);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, contact_group);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, profile_group);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, notes_group);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, name_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, emails_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, phones_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, location_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, headline_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, links_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, source_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, tags_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, add_to_posting_button);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, applications_list);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, attachments_list);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, activity_list);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, erase_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, header_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_or_empty_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_text_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "attachment_activated_cb",
                                                G_CALLBACK (sl_candidate_details_attachment_activated_cb));

  gtk_widget_class_install_action (widget_class, "details.retry-save", NULL, retry_save_action_cb);
  sl_candidate_details_install_actions (widget_class);
}

static void
sl_candidate_details_init (SlCandidateDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->removals = g_ptr_array_new_with_free_func (g_object_unref);
  self->postings_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->add_to_posting_button, G_MENU_MODEL (self->postings_menu));
  gtk_menu_button_set_create_popup_func (self->add_to_posting_button, sl_candidate_details_postings_popup_cb, self, NULL);
  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed",
                    G_CALLBACK (notes_changed_cb), self);
  sl_candidate_details_init_drop (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.add-attachment", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.erase", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.retry-save", FALSE);
}

GtkWidget *
sl_candidate_details_new (SlStore *store)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_CANDIDATE_DETAILS, "store", store, NULL);
}

SlStore *
sl_candidate_details_get_store (SlCandidateDetails *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), NULL);

  return self->store;
}

void
sl_candidate_details_set_candidate_id (SlCandidateDetails *self,
                                       const char         *id)
{
  g_autoptr (SlCandidate) candidate = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (SL_IS_CANDIDATE_DETAILS (self));

  if (self->candidate != NULL && g_strcmp0 (id, sl_record_get_id (SL_RECORD (self->candidate))) == 0)
    return;

  sl_candidate_details_flush (self);

  if (id != NULL)
    {
      candidate = sl_store_get_candidate (self->store, id, &error);
      if (candidate == NULL)
        g_debug ("Candidate %s: %s", id, error->message);
      else if (sl_record_get_deleted (SL_RECORD (candidate)))
        g_clear_object (&candidate);
    }

  set_candidate (self, candidate);

  if (self->candidate == NULL)
    {
      g_clear_pointer (&self->applications, g_ptr_array_unref);
      g_clear_pointer (&self->attachments, g_ptr_array_unref);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      set_unsaved (self, FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.add-attachment", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.erase", FALSE);
    }
  else
    {
      fill_fields (self);
      sl_candidate_details_refresh_lists (self);
      gtk_stack_set_visible_child_name (self->stack, "details");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE_ID]);
}

const char *
sl_candidate_details_get_candidate_id (SlCandidateDetails *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), NULL);

  return self->candidate != NULL ? sl_record_get_id (SL_RECORD (self->candidate)) : NULL;
}

SlCandidate *
sl_candidate_details_get_candidate (SlCandidateDetails *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), NULL);

  return self->candidate;
}

gboolean
sl_candidate_details_flush (SlCandidateDetails *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), FALSE);

  if (self->save_id == 0 && !self->unsaved)
    return TRUE;

  g_clear_handle_id (&self->save_id, g_source_remove);
  return save_now (self);
}

gboolean
sl_candidate_details_get_unsaved (SlCandidateDetails *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), FALSE);

  return self->unsaved;
}

gboolean
sl_candidate_details_get_save_pending (SlCandidateDetails *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), FALSE);

  return self->save_id != 0;
}

GtkWidget *
sl_candidate_details_get_field_widget (SlCandidateDetails *self,
                                       const char         *field)
{
  const struct { const char *name; gsize offset; } fields[] = {
    { "name", G_STRUCT_OFFSET (SlCandidateDetails, name_row) },
    { "emails", G_STRUCT_OFFSET (SlCandidateDetails, emails_row) },
    { "phones", G_STRUCT_OFFSET (SlCandidateDetails, phones_row) },
    { "location", G_STRUCT_OFFSET (SlCandidateDetails, location_row) },
    { "headline", G_STRUCT_OFFSET (SlCandidateDetails, headline_row) },
    { "links", G_STRUCT_OFFSET (SlCandidateDetails, links_row) },
    { "source", G_STRUCT_OFFSET (SlCandidateDetails, source_row) },
    { "tags", G_STRUCT_OFFSET (SlCandidateDetails, tags_row) },
    { "notes", G_STRUCT_OFFSET (SlCandidateDetails, notes_view) },
    { "applications", G_STRUCT_OFFSET (SlCandidateDetails, applications_list) },
    { "attachments", G_STRUCT_OFFSET (SlCandidateDetails, attachments_list) },
    { "activity", G_STRUCT_OFFSET (SlCandidateDetails, activity_list) },
  };

  g_return_val_if_fail (SL_IS_CANDIDATE_DETAILS (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (fields[i].name, field))
        return *(GtkWidget **) G_STRUCT_MEMBER_P (self, fields[i].offset);
    }

  return NULL;
}
