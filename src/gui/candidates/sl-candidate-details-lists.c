/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The lists of the candidate details pane: applications with ratings, résumés and the activity timeline. */
#define G_LOG_DOMAIN "sl-candidate-details-lists"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-candidate-details-private.h"

#define ACTIVITY_LIMIT 50

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
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
  /* Translators: the date and time of an activity entry; see g_date_time_format().
   * The day without padding ("%-d"): "%e" starts days 1 to 9 with a space,
   * which put the time out of line with the entry's title. */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M"));
}

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

static SlStage *
get_stage (SlStore    *store,
           const char *stage_id)
{
  if (stage_id == NULL)
    return NULL;
  return sl_store_get_stage (store, stage_id, NULL);
}

static char *
stage_name (SlStore    *store,
            const char *stage_id)
{
  g_autoptr (SlStage) stage = get_stage (store, stage_id);

  return stage ? g_strdup (sl_stage_get_name (stage)) : NULL;
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
      g_autoptr (SlStage) stage_object = get_stage (self->store, sl_application_get_stage_id (application));
      const char *stage = stage_object ? sl_stage_get_name (stage_object) : NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *rating_name = NULL;
      /* Not "Hired · Hired": the status only when the stage does not say it. */
      const char *status = sl_application_status_beside_stage (sl_application_get_status (application),
                                                               stage_object ? sl_stage_get_kind (stage_object)
                                                                            : SL_STAGE_KIND_ACTIVE,
                                                               stage);
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
void
sl_candidate_details_postings_popup_cb (GtkMenuButton *button,
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
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), attachment->file_name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("document-open-symbolic");
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), attachment->file_name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* Removed at once, with Undo in a toast. */
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Résumé"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "details.remove-attachment");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_string (attachment->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
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

void
sl_candidate_details_attachment_activated_cb (SlCandidateDetails *self,
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

/* "Changed the status from “Active” to “Hired”": the activity keeps the
 * storage names (sl_application_status_to_string()); the timeline shows
 * the translated ones. NULL when the new value is not a status. */
static char *
describe_status_change (SlActivity *activity)
{
  SlApplicationStatus old_status, new_status;
  gboolean has_old = sl_application_status_from_string (sl_activity_get_old_value (activity), &old_status);

  if (!sl_application_status_from_string (sl_activity_get_new_value (activity), &new_status))
    return NULL;

  if (has_old)
    /* Translators: an application's status change: "Changed the status from “Active” to “Hired”" */
    return g_strdup_printf (_("Changed the status from “%s” to “%s”"),
                            sl_application_status_to_label (old_status),
                            sl_application_status_to_label (new_status));

  /* Translators: an application's status change: "Changed the status to “Hired”" */
  return g_strdup_printf (_("Changed the status to “%s”"), sl_application_status_to_label (new_status));
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
      if (g_strcmp0 (field, "status") == 0)
        {
          g_autofree char *change = describe_status_change (activity);

          if (change != NULL)
            return g_strdup_printf ("%s (%s)", change, posting);
        }
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
