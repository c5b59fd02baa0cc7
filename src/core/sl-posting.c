/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPosting: a job posting with every field a real posting has. */
#define G_LOG_DOMAIN "sl-posting"

#include "config.h"

#include <stdlib.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sl-enums.h"
#include "sl-error.h"
#include "sl-posting.h"

struct _SlPosting
{
  SlRecord         parent_instance;

  char            *title;
  char            *department;
  char            *hiring_manager;
  char            *organization;
  guint            openings;
  char           **locations;
  SlWorkplaceType  workplace_type;
  char            *employment_type;
  char            *date_posted;
  char            *valid_through;
  double           salary_min;
  double           salary_max;
  char            *salary_currency;
  SlSalaryUnit     salary_unit;
  char            *summary;
  char            *description;
  char            *about;
  char           **responsibilities;
  char           **qualifications;
  char           **nice_to_have;
  SlPostingStatus  status;
  guint            active_count;
  guint            hired_count;
};

G_DEFINE_FINAL_TYPE (SlPosting, sl_posting, SL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DEPARTMENT,
  PROP_HIRING_MANAGER,
  PROP_ORGANIZATION,
  PROP_OPENINGS,
  PROP_LOCATIONS,
  PROP_WORKPLACE_TYPE,
  PROP_EMPLOYMENT_TYPE,
  PROP_DATE_POSTED,
  PROP_VALID_THROUGH,
  PROP_SALARY_MIN,
  PROP_SALARY_MAX,
  PROP_SALARY_CURRENCY,
  PROP_SALARY_UNIT,
  PROP_SUMMARY,
  PROP_DESCRIPTION,
  PROP_ABOUT,
  PROP_RESPONSIBILITIES,
  PROP_QUALIFICATIONS,
  PROP_NICE_TO_HAVE,
  PROP_STATUS,
  PROP_ACTIVE_COUNT,
  PROP_HIRED_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_posting_finalize (GObject *object)
{
  SlPosting *self = SL_POSTING (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->hiring_manager, g_free);
  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->locations, g_strfreev);
  g_clear_pointer (&self->employment_type, g_free);
  g_clear_pointer (&self->date_posted, g_free);
  g_clear_pointer (&self->valid_through, g_free);
  g_clear_pointer (&self->salary_currency, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->about, g_free);
  g_clear_pointer (&self->responsibilities, g_strfreev);
  g_clear_pointer (&self->qualifications, g_strfreev);
  g_clear_pointer (&self->nice_to_have, g_strfreev);

  G_OBJECT_CLASS (sl_posting_parent_class)->finalize (object);
}

static void
sl_posting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SlPosting *self = SL_POSTING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;
    case PROP_HIRING_MANAGER:
      g_value_set_string (value, self->hiring_manager);
      break;
    case PROP_ORGANIZATION:
      g_value_set_string (value, self->organization);
      break;
    case PROP_OPENINGS:
      g_value_set_uint (value, self->openings);
      break;
    case PROP_LOCATIONS:
      g_value_set_boxed (value, self->locations);
      break;
    case PROP_WORKPLACE_TYPE:
      g_value_set_enum (value, self->workplace_type);
      break;
    case PROP_EMPLOYMENT_TYPE:
      g_value_set_string (value, self->employment_type);
      break;
    case PROP_DATE_POSTED:
      g_value_set_string (value, self->date_posted);
      break;
    case PROP_VALID_THROUGH:
      g_value_set_string (value, self->valid_through);
      break;
    case PROP_SALARY_MIN:
      g_value_set_double (value, self->salary_min);
      break;
    case PROP_SALARY_MAX:
      g_value_set_double (value, self->salary_max);
      break;
    case PROP_SALARY_CURRENCY:
      g_value_set_string (value, self->salary_currency);
      break;
    case PROP_SALARY_UNIT:
      g_value_set_enum (value, self->salary_unit);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_ABOUT:
      g_value_set_string (value, self->about);
      break;
    case PROP_RESPONSIBILITIES:
      g_value_set_boxed (value, self->responsibilities);
      break;
    case PROP_QUALIFICATIONS:
      g_value_set_boxed (value, self->qualifications);
      break;
    case PROP_NICE_TO_HAVE:
      g_value_set_boxed (value, self->nice_to_have);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ACTIVE_COUNT:
      g_value_set_uint (value, self->active_count);
      break;
    case PROP_HIRED_COUNT:
      g_value_set_uint (value, self->hired_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SlPosting *self = SL_POSTING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      sl_posting_set_title (self, g_value_get_string (value));
      break;
    case PROP_DEPARTMENT:
      sl_posting_set_department (self, g_value_get_string (value));
      break;
    case PROP_HIRING_MANAGER:
      sl_posting_set_hiring_manager (self, g_value_get_string (value));
      break;
    case PROP_ORGANIZATION:
      sl_posting_set_organization (self, g_value_get_string (value));
      break;
    case PROP_OPENINGS:
      sl_posting_set_openings (self, g_value_get_uint (value));
      break;
    case PROP_LOCATIONS:
      sl_posting_set_locations (self, g_value_get_boxed (value));
      break;
    case PROP_WORKPLACE_TYPE:
      sl_posting_set_workplace_type (self, g_value_get_enum (value));
      break;
    case PROP_EMPLOYMENT_TYPE:
      sl_posting_set_employment_type (self, g_value_get_string (value));
      break;
    case PROP_DATE_POSTED:
      sl_posting_set_date_posted (self, g_value_get_string (value));
      break;
    case PROP_VALID_THROUGH:
      sl_posting_set_valid_through (self, g_value_get_string (value));
      break;
    case PROP_SALARY_MIN:
      sl_posting_set_salary_min (self, g_value_get_double (value));
      break;
    case PROP_SALARY_MAX:
      sl_posting_set_salary_max (self, g_value_get_double (value));
      break;
    case PROP_SALARY_CURRENCY:
      sl_posting_set_salary_currency (self, g_value_get_string (value));
      break;
    case PROP_SALARY_UNIT:
      sl_posting_set_salary_unit (self, g_value_get_enum (value));
      break;
    case PROP_SUMMARY:
      sl_posting_set_summary (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      sl_posting_set_description (self, g_value_get_string (value));
      break;
    case PROP_ABOUT:
      sl_posting_set_about (self, g_value_get_string (value));
      break;
    case PROP_RESPONSIBILITIES:
      sl_posting_set_responsibilities (self, g_value_get_boxed (value));
      break;
    case PROP_QUALIFICATIONS:
      sl_posting_set_qualifications (self, g_value_get_boxed (value));
      break;
    case PROP_NICE_TO_HAVE:
      sl_posting_set_nice_to_have (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      sl_posting_set_status (self, g_value_get_enum (value));
      break;
    case PROP_ACTIVE_COUNT:
      sl_posting_set_active_count (self, g_value_get_uint (value));
      break;
    case PROP_HIRED_COUNT:
      sl_posting_set_hired_count (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_posting_class_init (SlPostingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SlRecordClass *record_class = SL_RECORD_CLASS (klass);

  object_class->finalize = sl_posting_finalize;
  object_class->get_property = sl_posting_get_property;
  object_class->set_property = sl_posting_set_property;

  record_class->record_type = "posting";

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HIRING_MANAGER] =
    g_param_spec_string ("hiring-manager", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPENINGS] =
    g_param_spec_uint ("openings", NULL, NULL,
                       0, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCATIONS] =
    g_param_spec_boxed ("locations", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WORKPLACE_TYPE] =
    g_param_spec_enum ("workplace-type", NULL, NULL,
                       SL_TYPE_WORKPLACE_TYPE, SL_WORKPLACE_TYPE_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EMPLOYMENT_TYPE] =
    g_param_spec_string ("employment-type", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATE_POSTED] =
    g_param_spec_string ("date-posted", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VALID_THROUGH] =
    g_param_spec_string ("valid-through", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SALARY_MIN] =
    g_param_spec_double ("salary-min", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SALARY_MAX] =
    g_param_spec_double ("salary-max", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SALARY_CURRENCY] =
    g_param_spec_string ("salary-currency", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SALARY_UNIT] =
    g_param_spec_enum ("salary-unit", NULL, NULL,
                       SL_TYPE_SALARY_UNIT, SL_SALARY_UNIT_YEAR,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ABOUT] =
    g_param_spec_string ("about", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RESPONSIBILITIES] =
    g_param_spec_boxed ("responsibilities", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_QUALIFICATIONS] =
    g_param_spec_boxed ("qualifications", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NICE_TO_HAVE] =
    g_param_spec_boxed ("nice-to-have", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       SL_TYPE_POSTING_STATUS, SL_POSTING_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIVE_COUNT] =
    g_param_spec_uint ("active-count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HIRED_COUNT] =
    g_param_spec_uint ("hired-count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_posting_init (SlPosting *self)
{
  self->openings = 1;
  self->workplace_type = SL_WORKPLACE_TYPE_UNKNOWN;
  self->salary_unit = SL_SALARY_UNIT_YEAR;
  self->status = SL_POSTING_STATUS_DRAFT;
}

/**
 * sl_posting_new:
 *
 * Returns: (transfer full): a new, unsaved posting
 */
SlPosting *
sl_posting_new (void)
{
  return g_object_new (SL_TYPE_POSTING, NULL);
}

/**
 * sl_posting_copy:
 * @self: a posting
 *
 * Returns: (transfer full): a new posting with the same values, record
 *   fields (id, timestamps, rev, deleted) included
 */
SlPosting *
sl_posting_copy (SlPosting *self)
{
  SlRecord *record = (SlRecord *) self;
  SlPosting *copy;
  SlRecord *copy_record;

  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  copy = sl_posting_new ();
  copy_record = SL_RECORD (copy);
  sl_record_set_id (copy_record, sl_record_get_id (record));
  sl_record_set_created_at (copy_record, sl_record_get_created_at (record));
  sl_record_set_updated_at (copy_record, sl_record_get_updated_at (record));
  sl_record_set_rev (copy_record, sl_record_get_rev (record));
  sl_record_set_deleted (copy_record, sl_record_get_deleted (record));

  copy->title = g_strdup (self->title);
  copy->department = g_strdup (self->department);
  copy->hiring_manager = g_strdup (self->hiring_manager);
  copy->organization = g_strdup (self->organization);
  copy->openings = self->openings;
  copy->locations = g_strdupv (self->locations);
  copy->workplace_type = self->workplace_type;
  copy->employment_type = g_strdup (self->employment_type);
  copy->date_posted = g_strdup (self->date_posted);
  copy->valid_through = g_strdup (self->valid_through);
  copy->salary_min = self->salary_min;
  copy->salary_max = self->salary_max;
  copy->salary_currency = g_strdup (self->salary_currency);
  copy->salary_unit = self->salary_unit;
  copy->summary = g_strdup (self->summary);
  copy->description = g_strdup (self->description);
  copy->about = g_strdup (self->about);
  copy->responsibilities = g_strdupv (self->responsibilities);
  copy->qualifications = g_strdupv (self->qualifications);
  copy->nice_to_have = g_strdupv (self->nice_to_have);
  copy->status = self->status;
  copy->active_count = self->active_count;
  copy->hired_count = self->hired_count;

  return copy;
}

const char *
sl_posting_get_title (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->title;
}

void
sl_posting_set_title (SlPosting          *self,
                      const char         *title)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
sl_posting_get_department (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->department;
}

void
sl_posting_set_department (SlPosting          *self,
                           const char         *department)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->department, department))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
}

const char *
sl_posting_get_hiring_manager (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->hiring_manager;
}

void
sl_posting_set_hiring_manager (SlPosting          *self,
                               const char         *hiring_manager)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->hiring_manager, hiring_manager))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIRING_MANAGER]);
}

const char *
sl_posting_get_organization (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->organization;
}

void
sl_posting_set_organization (SlPosting          *self,
                             const char         *organization)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->organization, organization))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION]);
}

guint
sl_posting_get_openings (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), 0);

  return self->openings;
}

void
sl_posting_set_openings (SlPosting          *self,
                         guint               openings)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->openings == openings)
    return;
  self->openings = openings;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPENINGS]);
}

const char * const *
sl_posting_get_locations (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return (const char * const *) self->locations;
}

void
sl_posting_set_locations (SlPosting          *self,
                          const char * const *locations)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_strv (&self->locations, locations))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATIONS]);
}

SlWorkplaceType
sl_posting_get_workplace_type (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), SL_WORKPLACE_TYPE_UNKNOWN);

  return self->workplace_type;
}

void
sl_posting_set_workplace_type (SlPosting          *self,
                               SlWorkplaceType     type)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->workplace_type == type)
    return;
  self->workplace_type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKPLACE_TYPE]);
}

const char *
sl_posting_get_employment_type (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->employment_type;
}

void
sl_posting_set_employment_type (SlPosting          *self,
                                const char         *employment_type)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->employment_type, employment_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYMENT_TYPE]);
}

const char *
sl_posting_get_date_posted (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->date_posted;
}

void
sl_posting_set_date_posted (SlPosting          *self,
                            const char         *date)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->date_posted, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_POSTED]);
}

const char *
sl_posting_get_valid_through (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->valid_through;
}

void
sl_posting_set_valid_through (SlPosting          *self,
                              const char         *date)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->valid_through, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID_THROUGH]);
}

double
sl_posting_get_salary_min (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), 0.0);

  return self->salary_min;
}

void
sl_posting_set_salary_min (SlPosting          *self,
                           double              salary_min)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->salary_min == salary_min)
    return;
  self->salary_min = salary_min;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_MIN]);
}

double
sl_posting_get_salary_max (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), 0.0);

  return self->salary_max;
}

void
sl_posting_set_salary_max (SlPosting          *self,
                           double              salary_max)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->salary_max == salary_max)
    return;
  self->salary_max = salary_max;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_MAX]);
}

const char *
sl_posting_get_salary_currency (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->salary_currency;
}

void
sl_posting_set_salary_currency (SlPosting          *self,
                                const char         *currency)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->salary_currency, currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_CURRENCY]);
}

SlSalaryUnit
sl_posting_get_salary_unit (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), SL_SALARY_UNIT_YEAR);

  return self->salary_unit;
}

void
sl_posting_set_salary_unit (SlPosting          *self,
                            SlSalaryUnit        unit)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->salary_unit == unit)
    return;
  self->salary_unit = unit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_UNIT]);
}

const char *
sl_posting_get_summary (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->summary;
}

void
sl_posting_set_summary (SlPosting          *self,
                        const char         *summary)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
sl_posting_get_description (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->description;
}

void
sl_posting_set_description (SlPosting          *self,
                            const char         *description)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
sl_posting_get_about (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return self->about;
}

void
sl_posting_set_about (SlPosting          *self,
                      const char         *about)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_str (&self->about, about))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT]);
}

const char * const *
sl_posting_get_responsibilities (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return (const char * const *) self->responsibilities;
}

void
sl_posting_set_responsibilities (SlPosting          *self,
                                 const char * const *items)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_strv (&self->responsibilities, items))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBILITIES]);
}

const char * const *
sl_posting_get_qualifications (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return (const char * const *) self->qualifications;
}

void
sl_posting_set_qualifications (SlPosting          *self,
                               const char * const *items)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_strv (&self->qualifications, items))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUALIFICATIONS]);
}

const char * const *
sl_posting_get_nice_to_have (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), NULL);

  return (const char * const *) self->nice_to_have;
}

void
sl_posting_set_nice_to_have (SlPosting          *self,
                             const char * const *items)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (sl_set_strv (&self->nice_to_have, items))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NICE_TO_HAVE]);
}

SlPostingStatus
sl_posting_get_status (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), SL_POSTING_STATUS_DRAFT);

  return self->status;
}

void
sl_posting_set_status (SlPosting          *self,
                       SlPostingStatus     status)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

guint
sl_posting_get_active_count (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), 0);

  return self->active_count;
}

void
sl_posting_set_active_count (SlPosting          *self,
                             guint               count)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->active_count == count)
    return;
  self->active_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_COUNT]);
}

guint
sl_posting_get_hired_count (SlPosting *self)
{
  g_return_val_if_fail (SL_IS_POSTING (self), 0);

  return self->hired_count;
}

void
sl_posting_set_hired_count (SlPosting *self,
                            guint      count)
{
  g_return_if_fail (SL_IS_POSTING (self));

  if (self->hired_count == count)
    return;
  self->hired_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIRED_COUNT]);
}

/* Active ISO 4217 codes (without the precious metals, SDRs and test codes,
 * which no salary is paid in), sorted for bsearch(). */
static const char * const currency_codes[] = {
  "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
  "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV",
  "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
  "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE",
  "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
  "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
  "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
  "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
  "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA",
  "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV",
  "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB",
  "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
  "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL",
  "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT",
  "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN",
  "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
  "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
};

static int
compare_code (const void *a,
              const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sl_currency_is_valid:
 * @code: (nullable): a currency code
 *
 * Returns: %TRUE if @code is an active ISO 4217 code in upper case, e.g. "EUR"
 */
gboolean
sl_currency_is_valid (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return FALSE;

  return bsearch (&code, currency_codes, G_N_ELEMENTS (currency_codes),
                  sizeof currency_codes[0], compare_code) != NULL;
}

/* "YYYY-MM-DD", a real calendar day. */
static gboolean
is_iso_date (const char *date)
{
  guint year, month, day;

  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = (guint) atoi (date);
  month = (guint) atoi (date + 5);
  day = (guint) atoi (date + 8);

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) && year >= 1;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
check_title (SlPosting  *self,
             GError    **error)
{
  if (!is_blank (self->title))
    return TRUE;

  g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                       _("The posting has no title. Enter the job title, e.g. “Backend Engineer”."));
  return FALSE;
}

/* Both dates well-formed and in order; each date field reports its own
 * format first. */
static gboolean
check_dates_order (SlPosting  *self,
                   GError    **error)
{
  /* ISO dates compare as strings. */
  if (self->date_posted != NULL && self->valid_through != NULL &&
      is_iso_date (self->date_posted) && is_iso_date (self->valid_through) &&
      strcmp (self->valid_through, self->date_posted) < 0)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The closing date (%s) is before the date posted (%s). Choose a closing date on or after the date posted."),
                   self->valid_through, self->date_posted);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_date_posted (SlPosting  *self,
                   GError    **error)
{
  if (self->date_posted != NULL && !is_iso_date (self->date_posted))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The date posted “%s” is not a valid date. Use the form YYYY-MM-DD, e.g. 2025-03-31."),
                   self->date_posted);
      return FALSE;
    }

  return check_dates_order (self, error);
}

static gboolean
check_valid_through (SlPosting  *self,
                     GError    **error)
{
  if (self->valid_through != NULL && !is_iso_date (self->valid_through))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The closing date “%s” is not a valid date. Use the form YYYY-MM-DD, e.g. 2025-03-31."),
                   self->valid_through);
      return FALSE;
    }

  return check_dates_order (self, error);
}

/**
 * sl_salary_check:
 * @amount: a salary figure
 * @error: return location for a #GError
 *
 * Checks that @amount is a salary a posting can keep: from 0 (not given)
 * to %SL_SALARY_MAX.
 *
 * Returns: %FALSE with an %SL_ERROR_INVALID outside that range
 */
gboolean
sl_salary_check (double   amount,
                 GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (isnan (amount))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The salary is not a number. Enter an amount such as 85000, or 0 to leave it out."));
      return FALSE;
    }
  if (amount < 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The salary cannot be negative. Enter 0 to leave a bound out."));
      return FALSE;
    }
  if (amount > SL_SALARY_MAX)
    {
      g_autofree char *limit = g_strdup_printf ("%'.0f", SL_SALARY_MAX);

      /* Translators: %s is the largest salary, 1,000,000,000,000 */
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The salary is too large: no salary is above %s. Check the amount and its unit (per hour, month or year)."),
                   limit);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_salary (SlPosting  *self,
              GError    **error)
{
  if (!sl_salary_check (self->salary_min, error) ||
      !sl_salary_check (self->salary_max, error))
    return FALSE;

  if (self->salary_min > 0 && self->salary_max > 0 && self->salary_min > self->salary_max)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The minimum salary (%.2f) is more than the maximum salary (%.2f). Lower the minimum or raise the maximum."),
                   self->salary_min, self->salary_max);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_salary_currency (SlPosting  *self,
                       GError    **error)
{
  if (self->salary_currency != NULL && !sl_currency_is_valid (self->salary_currency))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The salary currency “%s” is not an ISO 4217 code. Use a three-letter code in capitals, such as EUR, USD or INR."),
                   self->salary_currency);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_employment_type (SlPosting  *self,
                       GError    **error)
{
  if (self->employment_type != NULL && !sl_employment_type_is_valid (self->employment_type))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The employment type “%s” is not known. Use one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER."),
                   self->employment_type);
      return FALSE;
    }

  return TRUE;
}

typedef gboolean (*FieldCheck) (SlPosting *self, GError **error);

static const struct {
  const char *field;
  FieldCheck  check;
} field_checks[] = {
  { "title", check_title },
  { "date-posted", check_date_posted },
  { "valid-through", check_valid_through },
  { "salary-min", check_salary },
  { "salary-max", check_salary },
  { "salary-currency", check_salary_currency },
  { "employment-type", check_employment_type },
};

/**
 * sl_posting_validate_field:
 * @self: a posting
 * @field: a property name, e.g. "salary-min"
 * @error: return location for a #GError
 *
 * Checks one field the way sl_posting_validate() does. Fields without a
 * check (and unknown names) are valid.
 *
 * Returns: %FALSE with an %SL_ERROR_INVALID if the field is wrong
 */
gboolean
sl_posting_validate_field (SlPosting   *self,
                           const char  *field,
                           GError     **error)
{
  g_return_val_if_fail (SL_IS_POSTING (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (field_checks); i++)
    if (g_str_equal (field_checks[i].field, field))
      return field_checks[i].check (self, error);

  return TRUE;
}

gboolean
sl_posting_validate (SlPosting  *self,
                     GError    **error)
{
  g_return_val_if_fail (SL_IS_POSTING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (field_checks); i++)
    if (!field_checks[i].check (self, error))
      return FALSE;

  return TRUE;
}

gboolean
sl_currency_code_is_valid (const char *code)
{
  return sl_currency_is_valid (code);
}
