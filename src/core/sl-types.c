/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Storage names and translated labels for the enumerations of sl-types.h. */
#define G_LOG_DOMAIN "sl-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-types.h"

/* One table per enumeration, indexed by its values in order, holds the
 * storage name and the label: a value added to an enum is written once. */
typedef struct
{
  const char *name;
  const char *label; /* marked with NC_ (); translated with the table's context */
} EnumEntry;

typedef struct
{
  const EnumEntry *entries;
  guint            n_entries;
  const char      *context;
  /* What a value outside the enum is stored as (after a critical). */
  guint            fallback;
} EnumTable;

static const char *
enum_table_name (const EnumTable *table,
                 int              value)
{
  if (value >= 0 && (guint) value < table->n_entries)
    return table->entries[value].name;
  g_return_val_if_reached (table->entries[table->fallback].name);
}

static const char *
enum_table_label (const EnumTable *table,
                  int              value)
{
  if (value >= 0 && (guint) value < table->n_entries)
    return g_dpgettext2 (GETTEXT_PACKAGE, table->context, table->entries[value].label);
  g_return_val_if_reached ("");
}

static gboolean
enum_table_lookup (const EnumTable *table,
                   const char      *str,
                   int             *out)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < table->n_entries; i++)
    {
      if (g_str_equal (table->entries[i].name, str))
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The three functions sl-types.h declares for each enumeration. */
#define DEFINE_ENUM_NAMES(prefix, Type, table)                  \
  const char *                                                  \
  prefix##_to_string (Type value)                               \
  {                                                             \
    return enum_table_name (&table, (int) value);               \
  }                                                             \
                                                                \
  gboolean                                                      \
  prefix##_from_string (const char *str,                        \
                        Type       *out)                        \
  {                                                             \
    int value;                                                  \
                                                                \
    g_return_val_if_fail (out != NULL, FALSE);                  \
                                                                \
    if (!enum_table_lookup (&table, str, &value))               \
      return FALSE;                                             \
    *out = (Type) value;                                        \
    return TRUE;                                                \
  }                                                             \
                                                                \
  const char *                                                  \
  prefix##_to_label (Type value)                                \
  {                                                             \
    return enum_table_label (&table, (int) value);              \
  }

#define ENUM_TABLE(entries, context, fallback) \
  { entries, G_N_ELEMENTS (entries), context, fallback }

/* Postings */

static const EnumEntry posting_status_entries[] = {
  [SL_POSTING_STATUS_DRAFT] = { "draft", NC_("posting status", "Draft") },
  [SL_POSTING_STATUS_OPEN] = { "open", NC_("posting status", "Open") },
  [SL_POSTING_STATUS_ON_HOLD] = { "on_hold", NC_("posting status", "On Hold") },
  [SL_POSTING_STATUS_CLOSED] = { "closed", NC_("posting status", "Closed") },
  [SL_POSTING_STATUS_ARCHIVED] = { "archived", NC_("posting status", "Archived") },
};
static const EnumTable posting_status_table =
  ENUM_TABLE (posting_status_entries, "posting status", SL_POSTING_STATUS_DRAFT);
DEFINE_ENUM_NAMES (sl_posting_status, SlPostingStatus, posting_status_table)

static const EnumEntry workplace_type_entries[] = {
  [SL_WORKPLACE_TYPE_ON_SITE] = { "on_site", NC_("workplace type", "On-site") },
  [SL_WORKPLACE_TYPE_HYBRID] = { "hybrid", NC_("workplace type", "Hybrid") },
  [SL_WORKPLACE_TYPE_REMOTE] = { "remote", NC_("workplace type", "Remote") },
  [SL_WORKPLACE_TYPE_UNKNOWN] = { "unknown", NC_("workplace type", "Not Specified") },
};
static const EnumTable workplace_type_table =
  ENUM_TABLE (workplace_type_entries, "workplace type", SL_WORKPLACE_TYPE_ON_SITE);
DEFINE_ENUM_NAMES (sl_workplace_type, SlWorkplaceType, workplace_type_table)

static const EnumEntry salary_unit_entries[] = {
  [SL_SALARY_UNIT_HOUR] = { "hour", NC_("salary unit", "per hour") },
  [SL_SALARY_UNIT_DAY] = { "day", NC_("salary unit", "per day") },
  [SL_SALARY_UNIT_WEEK] = { "week", NC_("salary unit", "per week") },
  [SL_SALARY_UNIT_MONTH] = { "month", NC_("salary unit", "per month") },
  [SL_SALARY_UNIT_YEAR] = { "year", NC_("salary unit", "per year") },
};
static const EnumTable salary_unit_table =
  ENUM_TABLE (salary_unit_entries, "salary unit", SL_SALARY_UNIT_YEAR);
DEFINE_ENUM_NAMES (sl_salary_unit, SlSalaryUnit, salary_unit_table)

/* Pipelines and applications */

static const EnumEntry stage_kind_entries[] = {
  [SL_STAGE_KIND_ACTIVE] = { "active", NC_("stage kind", "In Progress") },
  [SL_STAGE_KIND_HIRED] = { "hired", NC_("stage kind", "Hired") },
  [SL_STAGE_KIND_REJECTED] = { "rejected", NC_("stage kind", "Rejected") },
};
static const EnumTable stage_kind_table =
  ENUM_TABLE (stage_kind_entries, "stage kind", SL_STAGE_KIND_ACTIVE);
DEFINE_ENUM_NAMES (sl_stage_kind, SlStageKind, stage_kind_table)

static const EnumEntry application_status_entries[] = {
  [SL_APPLICATION_STATUS_ACTIVE] = { "active", NC_("application status", "Active") },
  [SL_APPLICATION_STATUS_HIRED] = { "hired", NC_("application status", "Hired") },
  [SL_APPLICATION_STATUS_REJECTED] = { "rejected", NC_("application status", "Rejected") },
  [SL_APPLICATION_STATUS_WITHDRAWN] = { "withdrawn", NC_("application status", "Withdrawn") },
};
static const EnumTable application_status_table =
  ENUM_TABLE (application_status_entries, "application status", SL_APPLICATION_STATUS_ACTIVE);
DEFINE_ENUM_NAMES (sl_application_status, SlApplicationStatus, application_status_table)

/**
 * sl_application_status_beside_stage:
 * @status: an application's status
 * @stage_kind: the kind of the stage it is in
 * @stage_name: (nullable): that stage's name
 *
 * Returns: (transfer none) (nullable): the translated name of @status when
 *   it tells more than the stage does, else %NULL
 */
const char *
sl_application_status_beside_stage (SlApplicationStatus  status,
                                    SlStageKind          stage_kind,
                                    const char          *stage_name)
{
  const char *label;

  if (status == SL_APPLICATION_STATUS_ACTIVE ||
      (status == SL_APPLICATION_STATUS_HIRED && stage_kind == SL_STAGE_KIND_HIRED) ||
      (status == SL_APPLICATION_STATUS_REJECTED && stage_kind == SL_STAGE_KIND_REJECTED))
    return NULL;

  label = sl_application_status_to_label (status);
  if (stage_name != NULL)
    {
      g_autofree char *name = g_utf8_casefold (stage_name, -1);
      g_autofree char *said = g_utf8_casefold (label, -1);

      if (g_str_equal (g_strstrip (name), said))
        return NULL;
    }
  return label;
}

/* Interviews */

static const EnumEntry interview_status_entries[] = {
  [SL_INTERVIEW_STATUS_SCHEDULED] = { "scheduled", NC_("interview status", "Scheduled") },
  [SL_INTERVIEW_STATUS_COMPLETED] = { "completed", NC_("interview status", "Completed") },
  [SL_INTERVIEW_STATUS_CANCELLED] = { "cancelled", NC_("interview status", "Cancelled") },
  [SL_INTERVIEW_STATUS_NO_SHOW] = { "no_show", NC_("interview status", "No-Show") },
};
static const EnumTable interview_status_table =
  ENUM_TABLE (interview_status_entries, "interview status", SL_INTERVIEW_STATUS_SCHEDULED);
DEFINE_ENUM_NAMES (sl_interview_status, SlInterviewStatus, interview_status_table)

static const EnumEntry recommendation_entries[] = {
  [SL_RECOMMENDATION_NONE] = { "none", NC_("recommendation", "No Recommendation") },
  [SL_RECOMMENDATION_STRONG_NO] = { "strong_no", NC_("recommendation", "Strong No") },
  [SL_RECOMMENDATION_NO] = { "no", NC_("recommendation", "No") },
  [SL_RECOMMENDATION_YES] = { "yes", NC_("recommendation", "Yes") },
  [SL_RECOMMENDATION_STRONG_YES] = { "strong_yes", NC_("recommendation", "Strong Yes") },
};
static const EnumTable recommendation_table =
  ENUM_TABLE (recommendation_entries, "recommendation", SL_RECOMMENDATION_NONE);
DEFINE_ENUM_NAMES (sl_recommendation, SlRecommendation, recommendation_table)

/* Employment types (schema.org) */

/* Not an enum: the schema.org name is what is stored. */
static const EnumEntry employment_type_entries[] = {
  { "FULL_TIME", NC_("employment type", "Full-time") },
  { "PART_TIME", NC_("employment type", "Part-time") },
  { "CONTRACTOR", NC_("employment type", "Contractor") },
  { "TEMPORARY", NC_("employment type", "Temporary") },
  { "INTERN", NC_("employment type", "Internship") },
  { "VOLUNTEER", NC_("employment type", "Volunteer") },
  { "PER_DIEM", NC_("employment type", "Per Diem") },
  { "OTHER", NC_("employment type", "Other") },
};
static const EnumTable employment_type_table =
  ENUM_TABLE (employment_type_entries, "employment type", 0);

gboolean
sl_employment_type_is_valid (const char *type)
{
  int index;

  return enum_table_lookup (&employment_type_table, type, &index);
}

const char *
sl_employment_type_to_label (const char *type)
{
  int index;

  if (type == NULL)
    return "";
  if (!enum_table_lookup (&employment_type_table, type, &index))
    return type;
  return enum_table_label (&employment_type_table, index);
}
