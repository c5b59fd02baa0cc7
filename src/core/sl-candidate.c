/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidate: a person who applies: contact details, tags, notes, consent. */
#define G_LOG_DOMAIN "sl-candidate"

#include "config.h"

#include "sl-candidate.h"

struct _SlCandidate
{
  SlRecord parent_instance;

  char                 *name;
  char                **emails;
  char                **phones;
  char                 *location;
  char                 *headline;
  char                **links;
  char                 *source;
  char                **tags;
  char                 *notes;
  gint64                consent_at;
  char                 *retain_until;
  gboolean              erased;
};

G_DEFINE_FINAL_TYPE (SlCandidate, sl_candidate, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_EMAILS,
  PROP_PHONES,
  PROP_LOCATION,
  PROP_HEADLINE,
  PROP_LINKS,
  PROP_SOURCE,
  PROP_TAGS,
  PROP_NOTES,
  PROP_CONSENT_AT,
  PROP_RETAIN_UNTIL,
  PROP_ERASED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_candidate_finalize (GObject *object)
{
  SlCandidate *self = SL_CANDIDATE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->emails, g_strfreev);
  g_clear_pointer (&self->phones, g_strfreev);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->links, g_strfreev);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->retain_until, g_free);

  G_OBJECT_CLASS (sl_candidate_parent_class)->finalize (object);
}

static void
sl_candidate_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SlCandidate *self = SL_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_EMAILS:
      g_value_set_boxed (value, self->emails);
      break;
    case PROP_PHONES:
      g_value_set_boxed (value, self->phones);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_HEADLINE:
      g_value_set_string (value, self->headline);
      break;
    case PROP_LINKS:
      g_value_set_boxed (value, self->links);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CONSENT_AT:
      g_value_set_int64 (value, self->consent_at);
      break;
    case PROP_RETAIN_UNTIL:
      g_value_set_string (value, self->retain_until);
      break;
    case PROP_ERASED:
      g_value_set_boolean (value, self->erased);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SlCandidate *self = SL_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      sl_candidate_set_name (self, g_value_get_string (value));
      break;
    case PROP_EMAILS:
      sl_candidate_set_emails (self, g_value_get_boxed (value));
      break;
    case PROP_PHONES:
      sl_candidate_set_phones (self, g_value_get_boxed (value));
      break;
    case PROP_LOCATION:
      sl_candidate_set_location (self, g_value_get_string (value));
      break;
    case PROP_HEADLINE:
      sl_candidate_set_headline (self, g_value_get_string (value));
      break;
    case PROP_LINKS:
      sl_candidate_set_links (self, g_value_get_boxed (value));
      break;
    case PROP_SOURCE:
      sl_candidate_set_source (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      sl_candidate_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      sl_candidate_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CONSENT_AT:
      sl_candidate_set_consent_at (self, g_value_get_int64 (value));
      break;
    case PROP_RETAIN_UNTIL:
      sl_candidate_set_retain_until (self, g_value_get_string (value));
      break;
    case PROP_ERASED:
      sl_candidate_set_erased (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_class_init (SlCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_candidate_finalize;
  object_class->get_property = sl_candidate_get_property;
  object_class->set_property = sl_candidate_set_property;

  record_class->record_type = "candidate";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EMAILS] =
    g_param_spec_boxed ("emails", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHONES] =
    g_param_spec_boxed ("phones", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LINKS] =
    g_param_spec_boxed ("links", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONSENT_AT] =
    g_param_spec_int64 ("consent-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RETAIN_UNTIL] =
    g_param_spec_string ("retain-until", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ERASED] =
    g_param_spec_boolean ("erased", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_candidate_init (SlCandidate *self)
{
}

/**
 * sl_candidate_new:
 *
 * Returns: (transfer full): a new, unsaved candidate
 */
SlCandidate *
sl_candidate_new (void)
{
  return g_object_new (SL_TYPE_CANDIDATE, NULL);
}

/**
 * sl_candidate_copy:
 * @self: a #SlCandidate
 *
 * Returns: (transfer full): a deep copy of @self, id and revision included
 */
SlCandidate *
sl_candidate_copy (SlCandidate *self)
{
  SlRecord *record = (SlRecord *) self;
  SlCandidate *copy;

  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  copy = sl_candidate_new ();
  sl_record_set_id (SL_RECORD (copy), sl_record_get_id (record));
  sl_record_set_created_at (SL_RECORD (copy), sl_record_get_created_at (record));
  sl_record_set_updated_at (SL_RECORD (copy), sl_record_get_updated_at (record));
  sl_record_set_rev (SL_RECORD (copy), sl_record_get_rev (record));
  sl_record_set_deleted (SL_RECORD (copy), sl_record_get_deleted (record));
  copy->name = g_strdup (self->name);
  copy->emails = g_strdupv (self->emails);
  copy->phones = g_strdupv (self->phones);
  copy->location = g_strdup (self->location);
  copy->headline = g_strdup (self->headline);
  copy->links = g_strdupv (self->links);
  copy->source = g_strdup (self->source);
  copy->tags = g_strdupv (self->tags);
  copy->notes = g_strdup (self->notes);
  copy->consent_at = self->consent_at;
  copy->retain_until = g_strdup (self->retain_until);
  copy->erased = self->erased;

  return copy;
}

const char *
sl_candidate_get_name (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return self->name;
}

void
sl_candidate_set_name (SlCandidate *self,
                       const char  *name)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char * const *
sl_candidate_get_emails (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return (const char * const *) self->emails;
}

void
sl_candidate_set_emails (SlCandidate        *self,
                         const char * const *emails)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_strv (&self->emails, emails))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAILS]);
}

const char * const *
sl_candidate_get_phones (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return (const char * const *) self->phones;
}

void
sl_candidate_set_phones (SlCandidate        *self,
                         const char * const *phones)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_strv (&self->phones, phones))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONES]);
}

const char *
sl_candidate_get_location (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return self->location;
}

void
sl_candidate_set_location (SlCandidate *self,
                           const char  *location)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
sl_candidate_get_headline (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return self->headline;
}

void
sl_candidate_set_headline (SlCandidate *self,
                           const char  *headline)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_str (&self->headline, headline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADLINE]);
}

const char * const *
sl_candidate_get_links (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return (const char * const *) self->links;
}

void
sl_candidate_set_links (SlCandidate        *self,
                        const char * const *links)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_strv (&self->links, links))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKS]);
}

const char *
sl_candidate_get_source (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return self->source;
}

void
sl_candidate_set_source (SlCandidate *self,
                         const char  *source)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char * const *
sl_candidate_get_tags (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return (const char * const *) self->tags;
}

void
sl_candidate_set_tags (SlCandidate        *self,
                       const char * const *tags)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_strv (&self->tags, tags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

const char *
sl_candidate_get_notes (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return self->notes;
}

void
sl_candidate_set_notes (SlCandidate *self,
                        const char  *notes)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
sl_candidate_get_consent_at (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), 0);

  return self->consent_at;
}

void
sl_candidate_set_consent_at (SlCandidate *self,
                             gint64       consent_at)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (self->consent_at == consent_at)
    return;
  self->consent_at = consent_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_AT]);
}

const char *
sl_candidate_get_retain_until (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);

  return self->retain_until;
}

void
sl_candidate_set_retain_until (SlCandidate *self,
                               const char  *retain_until)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (sl_set_str (&self->retain_until, retain_until))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETAIN_UNTIL]);
}

gboolean
sl_candidate_get_erased (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), FALSE);

  return self->erased;
}

void
sl_candidate_set_erased (SlCandidate *self,
                         gboolean     erased)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  erased = !!erased;
  if (self->erased == erased)
    return;
  self->erased = erased;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERASED]);
}
