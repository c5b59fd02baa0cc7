/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidateDetails: one candidate's contact details, notes, résumés, applications and activity, saved as they are edited. */
#define G_LOG_DOMAIN "sl-candidate-details"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-candidate-details-private.h"

#define SAVE_DELAY_MS     500
#define ACTIVITY_LIMIT    50

G_DEFINE_FINAL_TYPE (SlCandidateDetails, sl_candidate_details, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CANDIDATE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint sl_candidate_details_signals[SL_CANDIDATE_DETAILS_N_SIGNALS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

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

static char *
format_time (gint64 usec)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (usec <= 0)
    return g_strdup ("");
  utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* Translators: the date and time of an activity entry; see g_date_time_format() */
  return g_date_time_format (local, _("%e %b %Y, %H:%M"));
}

void
sl_candidate_details_toast (SlCandidateDetails *self,
                            const char         *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
update_header (SlCandidateDetails *self)
{
  const char *name = sl_candidate_get_name (self->candidate);
  const char *headline = sl_candidate_get_headline (self->candidate);

  if (sl_candidate_get_erased (self->candidate))
    name = _("Erased Candidate");
  else if (name == NULL || name[0] == '\0')
    name = _("Unnamed Candidate");

  gtk_label_set_text (self->title_label, name);
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->subtitle_label, headline != NULL ? headline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), headline != NULL && headline[0] != '\0');
}

/* Saving */

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
      sl_candidate_details_toast (self, error->message);
      g_signal_emit (self, sl_candidate_details_signals[SL_CANDIDATE_DETAILS_SAVE_FAILED], 0, error->message);
      return FALSE;
    }

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
  update_header (self);
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
  gboolean editable = !sl_candidate_get_erased (self->candidate);

  self->loading = TRUE;
  set_entry (self->name_row, sl_candidate_get_name (self->candidate));
  set_entry (self->emails_row, emails);
  set_entry (self->phones_row, phones);
  set_entry (self->location_row, sl_candidate_get_location (self->candidate));
  set_entry (self->headline_row, sl_candidate_get_headline (self->candidate));
  set_entry (self->links_row, links);
  set_entry (self->source_row, sl_candidate_get_source (self->candidate));
  set_entry (self->tags_row, tags);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  self->loading = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->contact_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->profile_group), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->notes_group), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->erase_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.add-attachment", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.erase", editable);
  update_header (self);
}

/* Lists */

static void
rating_changed_cb (GtkSpinButton      *spin,
                   SlCandidateDetails *self)
{
  SlApplication *application = g_object_get_data (G_OBJECT (spin), "sl-application");
  g_autoptr (GError) error = NULL;
  gboolean ok;

  sl_application_set_rating (application, gtk_spin_button_get_value_as_int (spin));
  self->saving = TRUE;
  ok = sl_store_save_application (self->store, application, &error);
  self->saving = FALSE;
  if (!ok)
    sl_candidate_details_toast (self, error->message);
}

static const char *
status_label (SlApplicationStatus status)
{
  switch (status)
    {
    case SL_APPLICATION_STATUS_HIRED:
      return _("Hired");
    case SL_APPLICATION_STATUS_REJECTED:
      return _("Rejected");
    case SL_APPLICATION_STATUS_WITHDRAWN:
      return _("Withdrawn");
    case SL_APPLICATION_STATUS_ACTIVE:
    default:
      return NULL;
    }
}

static char *
stage_name (SlStore    *store,
            const char *stage_id)
{
  g_autoptr (SlStage) stage = NULL;

  if (stage_id == NULL)
    return NULL;
  stage = sl_store_get_stage (store, stage_id, NULL);
  if (stage == NULL)
    return NULL;
  return g_strdup (sl_stage_get_name (stage));
}

static char *
posting_title (SlStore    *store,
               const char *posting_id)
{
  g_autoptr (SlPosting) posting = NULL;

  if (posting_id == NULL)
    return NULL;
  posting = sl_store_get_posting (store, posting_id, NULL);
  if (posting == NULL)
    return NULL;
  return g_strdup (sl_posting_get_title (posting));
}

static void
refresh_applications (SlCandidateDetails *self)
{
  g_autoptr (GError) error = NULL;

  clear_list (self->applications_list);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  self->applications = sl_store_list_applications_for_candidate (self->store, sl_record_get_id (SL_RECORD (self->candidate)), &error);
  if (self->applications == NULL)
    {
      g_warning ("Could not list applications: %s", error->message);
      self->applications = g_ptr_array_new_with_free_func (g_object_unref);
    }

  for (guint i = 0; i < self->applications->len; i++)
    {
      SlApplication *application = g_ptr_array_index (self->applications, i);
      g_autofree char *title = posting_title (self->store, sl_application_get_posting_id (application));
      g_autofree char *stage = stage_name (self->store, sl_application_get_stage_id (application));
      g_autofree char *subtitle = NULL;
      g_autofree char *rating_name = NULL;
      const char *status = status_label (sl_application_get_status (application));
      GtkWidget *row, *spin, *box, *label;

      if (title == NULL)
        continue;

      if (status != NULL && stage != NULL)
        subtitle = g_strdup_printf ("%s · %s", stage, status);
      else
        subtitle = g_strdup (status != NULL ? status : stage);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      label = gtk_label_new (_("Rating"));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      spin = gtk_spin_button_new_with_range (0, 5, 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), sl_application_get_rating (application));
      /* Translators: the accessible name of the rating (0 to 5) of an application to a posting */
      rating_name = g_strdup_printf (_("Rating for “%s”, 0 to 5"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, rating_name,
                                      -1);
      g_object_set_data_full (G_OBJECT (spin), "sl-application", g_object_ref (application), g_object_unref);
      g_signal_connect (spin, "value-changed", G_CALLBACK (rating_changed_cb), self);
      gtk_box_append (GTK_BOX (box), spin);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      gtk_widget_set_sensitive (box, !sl_candidate_get_erased (self->candidate));

      gtk_list_box_append (self->applications_list, row);
    }

  if (self->applications->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not in any posting yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->applications_list, row);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_to_posting_button),
                            !sl_candidate_get_erased (self->candidate));
}

/* "Add to Posting…": the open postings this person is not in yet, built as
 * the menu opens (the live posting list is made on first use only). */
static void
postings_popup_cb (GtkMenuButton *button,
                   gpointer       user_data)
{
  SlCandidateDetails *self = user_data;
  g_autoptr (GHashTable) applied = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_menu = 0;

  g_menu_remove_all (self->postings_menu);
  if (self->candidate == NULL)
    return;
  if (self->postings == NULL)
    self->postings = sl_store_list_postings (self->store);

  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    g_hash_table_add (applied, (gpointer) sl_application_get_posting_id (g_ptr_array_index (self->applications, i)));

  for (guint i = 0; i < g_list_model_get_n_items (self->postings); i++)
    {
      g_autoptr (SlPosting) posting = g_list_model_get_item (self->postings, i);
      const char *id = sl_record_get_id (SL_RECORD (posting));
      g_autoptr (GMenuItem) item = NULL;
      SlPostingStatus posting_status = sl_posting_get_status (posting);

      if (g_hash_table_contains (applied, id) ||
          posting_status == SL_POSTING_STATUS_ARCHIVED ||
          posting_status == SL_POSTING_STATUS_CLOSED)
        continue;

      item = g_menu_item_new (sl_posting_get_title (posting), NULL);
      g_menu_item_set_action_and_target (item, "details.add-to-posting", "s", id);
      g_menu_append_item (self->postings_menu, item);
      n_menu++;
    }

  if (n_menu == 0)
    g_menu_append (self->postings_menu, _("No other open postings"), "details.none");
}

static char *
format_size (gint64 size)
{
  return g_format_size (size);
}

static void
refresh_attachments (SlCandidateDetails *self)
{
  g_autoptr (GError) error = NULL;

  clear_list (self->attachments_list);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);
  self->attachments = sl_store_list_attachments (self->store, sl_record_get_id (SL_RECORD (self->candidate)), &error);
  if (self->attachments == NULL)
    {
      g_warning ("Could not list attachments: %s", error->message);
      self->attachments = g_ptr_array_new ();
    }

  for (guint i = 0; i < self->attachments->len; i++)
    {
      SlAttachment *attachment = g_ptr_array_index (self->attachments, i);
      g_autofree char *size = format_size (attachment->size);
      g_autofree char *when = format_time (attachment->created_at);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", size, when);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("document-open-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), attachment->file_name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Open with the default application"));
      g_object_set_data_full (G_OBJECT (row), "sl-attachment-id", g_strdup (attachment->id), g_free);
      gtk_list_box_append (self->attachments_list, row);
    }

  if (self->attachments->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No résumés attached"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->attachments_list, row);
    }
}

static void
attachment_activated_cb (SlCandidateDetails *self,
                         GtkListBoxRow      *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "sl-attachment-id");

  if (id != NULL)
    sl_candidate_details_open_attachment (self, id);
}

static const char *
field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "name", N_("name") },
    { "emails", N_("emails") },
    { "phones", N_("phones") },
    { "location", N_("location") },
    { "headline", N_("headline") },
    { "links", N_("links") },
    { "source", N_("source") },
    { "tags", N_("tags") },
    { "notes", N_("notes") },
    { "rating", N_("rating") },
    { "status", N_("status") },
    { "rejection_reason", N_("rejection reason") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_strcmp0 (labels[i].field, field) == 0)
        return _(labels[i].label);
    }
  return field;
}

/* One line of the timeline, in a recruiter's words. */
static char *
describe_activity (SlCandidateDetails *self,
                   SlActivity         *activity,
                   const char         *posting)
{
  const char *action = sl_activity_get_action (activity);
  const char *field = sl_activity_get_field (activity);
  const char *record_type = sl_activity_get_record_type (activity);
  gboolean on_application = g_strcmp0 (record_type, "application") == 0;

  if (g_strcmp0 (action, "moved") == 0 && g_strcmp0 (field, "position") == 0)
    return NULL;

  if (g_strcmp0 (field, "stage_id") == 0 || g_strcmp0 (field, "stage") == 0)
    {
      /* move_application() records stage names, a plain save stage ids. */
      gboolean ids = g_strcmp0 (field, "stage_id") == 0;
      const char *old_value = sl_activity_get_old_value (activity);
      const char *new_value = sl_activity_get_new_value (activity);
      g_autofree char *from = ids ? stage_name (self->store, old_value) : g_strdup (old_value);
      g_autofree char *to = ids ? stage_name (self->store, new_value) : g_strdup (new_value);

      if (from != NULL && to != NULL)
        /* Translators: a stage change: "Moved from “Screening” to “Interview” (Backend Engineer)" */
        return g_strdup_printf (_("Moved from “%s” to “%s” (%s)"), from, to, posting);
      if (to != NULL)
        return g_strdup_printf (_("Moved to “%s” (%s)"), to, posting);
      return g_strdup_printf (_("Moved to another stage (%s)"), posting);
    }

  if (g_strcmp0 (field, "attachments") == 0)
    return g_strdup_printf (_("Attached “%s”"), sl_activity_get_new_value (activity) != NULL ?
                            sl_activity_get_new_value (activity) : _("a file"));

  if (on_application)
    {
      if (g_strcmp0 (action, "created") == 0 || g_strcmp0 (action, "imported") == 0)
        return g_strdup_printf (_("Added to “%s”"), posting);
      if (g_strcmp0 (action, "deleted") == 0)
        return g_strdup_printf (_("Removed from “%s”"), posting);
      if (field != NULL)
        return g_strdup_printf (_("Changed the %s (%s)"), field_label (field), posting);
      return g_strdup_printf (_("Application to “%s” updated"), posting);
    }

  if (g_strcmp0 (action, "created") == 0)
    return g_strdup (_("Added"));
  if (g_strcmp0 (action, "imported") == 0)
    return g_strdup (_("Imported"));
  if (g_strcmp0 (action, "erased") == 0)
    return g_strdup (_("Personal data erased"));
  if (g_strcmp0 (action, "deleted") == 0)
    return g_strdup (_("Deleted"));
  if (g_strcmp0 (action, "restored") == 0)
    return g_strdup (_("Restored"));
  if (field != NULL)
    return g_strdup_printf (_("Edited the %s"), field_label (field));
  return g_strdup (_("Edited"));
}

static int
compare_activity (gconstpointer a,
                  gconstpointer b)
{
  SlRecord *ra = *(SlRecord **) a;
  SlRecord *rb = *(SlRecord **) b;
  gint64 ta = sl_record_get_created_at (ra);
  gint64 tb = sl_record_get_created_at (rb);

  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

static void
refresh_activity (SlCandidateDetails *self)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) posting_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr (GPtrArray) own = NULL;
  const char *id = sl_record_get_id (SL_RECORD (self->candidate));

  clear_list (self->activity_list);

  own = sl_store_list_activity (self->store, id, ACTIVITY_LIMIT, NULL);
  if (own != NULL)
    g_ptr_array_extend_and_steal (entries, g_steal_pointer (&own));

  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    {
      SlApplication *application = g_ptr_array_index (self->applications, i);
      const char *application_id = sl_record_get_id (SL_RECORD (application));
      g_autoptr (GPtrArray) more = sl_store_list_activity (self->store, application_id, ACTIVITY_LIMIT, NULL);
      char *title = posting_title (self->store, sl_application_get_posting_id (application));

      g_hash_table_insert (posting_of, (gpointer) application_id,
                           title != NULL ? title : g_strdup (_("a posting")));
      if (more != NULL)
        g_ptr_array_extend_and_steal (entries, g_steal_pointer (&more));
    }

  g_ptr_array_sort (entries, compare_activity);

  for (guint i = 0, shown = 0; i < entries->len && shown < ACTIVITY_LIMIT; i++)
    {
      SlActivity *activity = g_ptr_array_index (entries, i);
      const char *posting = g_hash_table_lookup (posting_of, sl_activity_get_record_id (activity));
      g_autofree char *title = describe_activity (self, activity, posting != NULL ? posting : _("a posting"));
      g_autofree char *when = format_time (sl_record_get_created_at (SL_RECORD (activity)));
      GtkWidget *row;

      /* A card reordered within its stage is board housekeeping, not history. */
      if (title == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      gtk_list_box_append (self->activity_list, row);
      shown++;
    }

  if (entries->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No activity yet"));
      gtk_list_box_append (self->activity_list, row);
    }
}

void
sl_candidate_details_refresh_lists (SlCandidateDetails *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->candidate == NULL)
    return;

  refresh_applications (self);
  refresh_attachments (self);
  refresh_activity (self);
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

  if (self->save_id == 0)
    {
      fresh = sl_store_get_candidate (self->store, sl_record_get_id (SL_RECORD (self->candidate)), NULL);
      if (fresh == NULL || sl_record_get_deleted (SL_RECORD (fresh)))
        {
          sl_candidate_details_set_candidate_id (self, NULL);
          return;
        }
      if (g_strcmp0 (sl_record_get_rev (SL_RECORD (fresh)), sl_record_get_rev (SL_RECORD (self->candidate))) != 0)
        {
          g_set_object (&self->candidate, fresh);
          fill_fields (self);
        }
    }

  sl_candidate_details_refresh_lists (self);
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
  g_clear_signal_handler (&self->changed_handler, self->store);

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
        self->changed_handler = g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
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
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, avatar);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, title_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDetails, subtitle_label);
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
  gtk_widget_class_bind_template_callback (widget_class, attachment_activated_cb);

  sl_candidate_details_install_actions (widget_class);
}

static void
sl_candidate_details_init (SlCandidateDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->postings_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->add_to_posting_button, G_MENU_MODEL (self->postings_menu));
  gtk_menu_button_set_create_popup_func (self->add_to_posting_button, postings_popup_cb, self, NULL);
  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed",
                    G_CALLBACK (notes_changed_cb), self);
  sl_candidate_details_init_drop (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.add-attachment", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.erase", FALSE);
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

  g_set_object (&self->candidate, candidate);

  if (self->candidate == NULL)
    {
      g_clear_pointer (&self->applications, g_ptr_array_unref);
      g_clear_pointer (&self->attachments, g_ptr_array_unref);
      gtk_stack_set_visible_child_name (self->stack, "empty");
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

  if (self->save_id == 0)
    return TRUE;

  g_clear_handle_id (&self->save_id, g_source_remove);
  return save_now (self);
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
