/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidateItem: one row of the Candidates area (a candidate summary as a GObject for list models). */
#define G_LOG_DOMAIN "sl-candidate-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-candidate-item.h"

struct _SlCandidateItem
{
  GObject             parent_instance;

  SlCandidateSummary *summary;
  char               *status;   /* the statuses, translated: made once, as sorting asks often */
};

G_DEFINE_FINAL_TYPE (SlCandidateItem, sl_candidate_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_LOCATION,
  PROP_SOURCE,
  PROP_TAGS,
  PROP_POSTINGS,
  PROP_STAGES,
  PROP_STATUS,
  PROP_LAST_ACTIVITY,
  PROP_LAST_ACTIVITY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_time (gint64 usec)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (usec <= 0)
    return NULL;
  utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);
  /* Translators: the day and time of a candidate's last activity in the Candidates list; see g_date_time_format() */
  return g_date_time_format (local, _("%Y-%m-%d %H:%M"));
}

/* "active,rejected" → "Active, Rejected". */
static char *
format_statuses (const char *statuses)
{
  g_auto (GStrv) codes = NULL;
  g_autoptr (GString) text = NULL;

  if (statuses == NULL || statuses[0] == '\0')
    return NULL;
  codes = g_strsplit (statuses, ",", -1);
  text = g_string_new (NULL);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      SlApplicationStatus status = SL_APPLICATION_STATUS_ACTIVE;

      sl_application_status_from_string (codes[i], &status);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, sl_application_status_to_label (status));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
sl_candidate_item_finalize (GObject *object)
{
  SlCandidateItem *self = SL_CANDIDATE_ITEM (object);

  g_clear_pointer (&self->summary, sl_candidate_summary_free);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (sl_candidate_item_parent_class)->finalize (object);
}

static void
sl_candidate_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SlCandidateItem *self = SL_CANDIDATE_ITEM (object);
  SlCandidateSummary *s = self->summary;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, s->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, s->name != NULL ? s->name : "");
      break;
    case PROP_EMAIL:
      g_value_set_string (value, s->email != NULL ? s->email : "");
      break;
    case PROP_LOCATION:
      g_value_set_string (value, s->location != NULL ? s->location : "");
      break;
    case PROP_SOURCE:
      g_value_set_string (value, s->source != NULL ? s->source : "");
      break;
    case PROP_TAGS:
      g_value_set_string (value, s->tags != NULL ? s->tags : "");
      break;
    case PROP_POSTINGS:
      g_value_set_string (value, s->postings != NULL ? s->postings : "");
      break;
    case PROP_STAGES:
      g_value_set_string (value, s->stages != NULL ? s->stages : "");
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status != NULL ? self->status : "");
      break;
    case PROP_LAST_ACTIVITY:
      g_value_set_int64 (value, s->last_activity);
      break;
    case PROP_LAST_ACTIVITY_TEXT:
      {
        char *day = format_time (s->last_activity);

        g_value_take_string (value, day != NULL ? day : g_strdup (""));
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_item_class_init (SlCandidateItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[] = { NULL, "id", "name", "email", "location", "source", "tags", "postings", "stages", "status" };

  object_class->finalize = sl_candidate_item_finalize;
  object_class->get_property = sl_candidate_item_get_property;

  for (guint i = PROP_ID; i <= PROP_STATUS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAST_ACTIVITY] =
    g_param_spec_int64 ("last-activity", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAST_ACTIVITY_TEXT] =
    g_param_spec_string ("last-activity-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_candidate_item_init (SlCandidateItem *self)
{
}

SlCandidateItem *
sl_candidate_item_new (SlCandidateSummary *summary)
{
  SlCandidateItem *self;

  g_return_val_if_fail (summary != NULL, NULL);

  self = g_object_new (SL_TYPE_CANDIDATE_ITEM, NULL);
  self->summary = summary;
  self->status = format_statuses (summary->statuses);

  return self;
}

const char *
sl_candidate_item_get_id (SlCandidateItem *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_ITEM (self), NULL);

  return self->summary->id;
}

const char *
sl_candidate_item_get_name (SlCandidateItem *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_ITEM (self), NULL);

  return self->summary->name;
}

const char *
sl_candidate_item_get_tags (SlCandidateItem *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_ITEM (self), NULL);

  return self->summary->tags;
}

const char *
sl_candidate_item_get_postings (SlCandidateItem *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_ITEM (self), NULL);

  return self->summary->postings;
}

void
sl_candidate_item_update (SlCandidateItem    *self,
                          SlCandidateSummary *summary)
{
  g_autoptr (SlCandidateSummary) old = NULL;

  g_return_if_fail (SL_IS_CANDIDATE_ITEM (self));
  g_return_if_fail (summary != NULL);

  old = g_steal_pointer (&self->summary);
  self->summary = summary;
  g_free (self->status);
  self->status = format_statuses (summary->statuses);

  g_object_freeze_notify (G_OBJECT (self));
#define NOTIFY_IF_CHANGED(field, prop) \
  if (g_strcmp0 (old->field, summary->field) != 0) \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop])
  NOTIFY_IF_CHANGED (name, PROP_NAME);
  NOTIFY_IF_CHANGED (email, PROP_EMAIL);
  NOTIFY_IF_CHANGED (location, PROP_LOCATION);
  NOTIFY_IF_CHANGED (source, PROP_SOURCE);
  NOTIFY_IF_CHANGED (tags, PROP_TAGS);
  NOTIFY_IF_CHANGED (postings, PROP_POSTINGS);
  NOTIFY_IF_CHANGED (stages, PROP_STAGES);
  NOTIFY_IF_CHANGED (statuses, PROP_STATUS);
#undef NOTIFY_IF_CHANGED
  if (old->last_activity != summary->last_activity)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ACTIVITY]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ACTIVITY_TEXT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
