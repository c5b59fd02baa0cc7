/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Storage names and translated labels for the enumerations of sl-types.h. */
#define G_LOG_DOMAIN "sl-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-types.h"

typedef struct
{
  int         value;
  const char *name;
} NameEntry;

static gboolean
lookup_name (const NameEntry *table,
             gsize            n_entries,
             const char      *str,
             int             *out)
{
  if (str == NULL)
    return FALSE;

  for (gsize i = 0; i < n_entries; i++)
    {
      if (g_str_equal (table[i].name, str))
        {
          *out = table[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_FROM_STRING(func, Type, table)                  \
  gboolean                                                     \
  func (const char *str,                                       \
        Type       *out)                                       \
  {                                                            \
    int value;                                                 \
                                                               \
    g_return_val_if_fail (out != NULL, FALSE);                 \
                                                               \
    if (!lookup_name (table, G_N_ELEMENTS (table), str, &value)) \
      return FALSE;                                            \
    *out = (Type) value;                                       \
    return TRUE;                                               \
  }

/* Postings */

static const NameEntry posting_status_names[] = {
  { SL_POSTING_STATUS_DRAFT, "draft" },
  { SL_POSTING_STATUS_OPEN, "open" },
  { SL_POSTING_STATUS_ON_HOLD, "on_hold" },
  { SL_POSTING_STATUS_CLOSED, "closed" },
  { SL_POSTING_STATUS_ARCHIVED, "archived" },
};

const char *
sl_posting_status_to_string (SlPostingStatus status)
{
  switch (status)
    {
    case SL_POSTING_STATUS_DRAFT: return "draft";
    case SL_POSTING_STATUS_OPEN: return "open";
    case SL_POSTING_STATUS_ON_HOLD: return "on_hold";
    case SL_POSTING_STATUS_CLOSED: return "closed";
    case SL_POSTING_STATUS_ARCHIVED: return "archived";
    default: break;
    }
  g_return_val_if_reached ("draft");
}

DEFINE_FROM_STRING (sl_posting_status_from_string, SlPostingStatus, posting_status_names)

const char *
sl_posting_status_to_label (SlPostingStatus status)
{
  switch (status)
    {
    case SL_POSTING_STATUS_DRAFT: return C_("posting status", "Draft");
    case SL_POSTING_STATUS_OPEN: return C_("posting status", "Open");
    case SL_POSTING_STATUS_ON_HOLD: return C_("posting status", "On Hold");
    case SL_POSTING_STATUS_CLOSED: return C_("posting status", "Closed");
    case SL_POSTING_STATUS_ARCHIVED: return C_("posting status", "Archived");
    default: break;
    }
  g_return_val_if_reached ("");
}

static const NameEntry workplace_type_names[] = {
  { SL_WORKPLACE_TYPE_ON_SITE, "on_site" },
  { SL_WORKPLACE_TYPE_HYBRID, "hybrid" },
  { SL_WORKPLACE_TYPE_REMOTE, "remote" },
  { SL_WORKPLACE_TYPE_UNKNOWN, "unknown" },
};

const char *
sl_workplace_type_to_string (SlWorkplaceType type)
{
  switch (type)
    {
    case SL_WORKPLACE_TYPE_ON_SITE: return "on_site";
    case SL_WORKPLACE_TYPE_HYBRID: return "hybrid";
    case SL_WORKPLACE_TYPE_REMOTE: return "remote";
    case SL_WORKPLACE_TYPE_UNKNOWN: return "unknown";
    default: break;
    }
  g_return_val_if_reached ("on_site");
}

DEFINE_FROM_STRING (sl_workplace_type_from_string, SlWorkplaceType, workplace_type_names)

const char *
sl_workplace_type_to_label (SlWorkplaceType type)
{
  switch (type)
    {
    case SL_WORKPLACE_TYPE_ON_SITE: return C_("workplace type", "On-site");
    case SL_WORKPLACE_TYPE_HYBRID: return C_("workplace type", "Hybrid");
    case SL_WORKPLACE_TYPE_REMOTE: return C_("workplace type", "Remote");
    case SL_WORKPLACE_TYPE_UNKNOWN: return C_("workplace type", "Not Specified");
    default: break;
    }
  g_return_val_if_reached ("");
}

static const NameEntry salary_unit_names[] = {
  { SL_SALARY_UNIT_HOUR, "hour" },
  { SL_SALARY_UNIT_DAY, "day" },
  { SL_SALARY_UNIT_WEEK, "week" },
  { SL_SALARY_UNIT_MONTH, "month" },
  { SL_SALARY_UNIT_YEAR, "year" },
};

const char *
sl_salary_unit_to_string (SlSalaryUnit unit)
{
  switch (unit)
    {
    case SL_SALARY_UNIT_HOUR: return "hour";
    case SL_SALARY_UNIT_DAY: return "day";
    case SL_SALARY_UNIT_WEEK: return "week";
    case SL_SALARY_UNIT_MONTH: return "month";
    case SL_SALARY_UNIT_YEAR: return "year";
    default: break;
    }
  g_return_val_if_reached ("year");
}

DEFINE_FROM_STRING (sl_salary_unit_from_string, SlSalaryUnit, salary_unit_names)

const char *
sl_salary_unit_to_label (SlSalaryUnit unit)
{
  switch (unit)
    {
    case SL_SALARY_UNIT_HOUR: return C_("salary unit", "per hour");
    case SL_SALARY_UNIT_DAY: return C_("salary unit", "per day");
    case SL_SALARY_UNIT_WEEK: return C_("salary unit", "per week");
    case SL_SALARY_UNIT_MONTH: return C_("salary unit", "per month");
    case SL_SALARY_UNIT_YEAR: return C_("salary unit", "per year");
    default: break;
    }
  g_return_val_if_reached ("");
}

/* Pipelines and applications */

static const NameEntry stage_kind_names[] = {
  { SL_STAGE_KIND_ACTIVE, "active" },
  { SL_STAGE_KIND_HIRED, "hired" },
  { SL_STAGE_KIND_REJECTED, "rejected" },
};

const char *
sl_stage_kind_to_string (SlStageKind kind)
{
  switch (kind)
    {
    case SL_STAGE_KIND_ACTIVE: return "active";
    case SL_STAGE_KIND_HIRED: return "hired";
    case SL_STAGE_KIND_REJECTED: return "rejected";
    default: break;
    }
  g_return_val_if_reached ("active");
}

DEFINE_FROM_STRING (sl_stage_kind_from_string, SlStageKind, stage_kind_names)

/**
 * sl_stage_kind_to_label:
 * @kind: a stage kind
 *
 * Returns: (transfer none): the translated name of @kind
 */
const char *
sl_stage_kind_to_label (SlStageKind kind)
{
  switch (kind)
    {
    case SL_STAGE_KIND_ACTIVE: return C_("stage kind", "In Progress");
    case SL_STAGE_KIND_HIRED: return C_("stage kind", "Hired");
    case SL_STAGE_KIND_REJECTED: return C_("stage kind", "Rejected");
    default: break;
    }
  g_return_val_if_reached ("");
}

static const NameEntry application_status_names[] = {
  { SL_APPLICATION_STATUS_ACTIVE, "active" },
  { SL_APPLICATION_STATUS_HIRED, "hired" },
  { SL_APPLICATION_STATUS_REJECTED, "rejected" },
  { SL_APPLICATION_STATUS_WITHDRAWN, "withdrawn" },
};

const char *
sl_application_status_to_string (SlApplicationStatus status)
{
  switch (status)
    {
    case SL_APPLICATION_STATUS_ACTIVE: return "active";
    case SL_APPLICATION_STATUS_HIRED: return "hired";
    case SL_APPLICATION_STATUS_REJECTED: return "rejected";
    case SL_APPLICATION_STATUS_WITHDRAWN: return "withdrawn";
    default: break;
    }
  g_return_val_if_reached ("active");
}

DEFINE_FROM_STRING (sl_application_status_from_string, SlApplicationStatus, application_status_names)

/**
 * sl_application_status_to_label:
 * @status: an application status
 *
 * Returns: (transfer none): the translated name of @status
 */
const char *
sl_application_status_to_label (SlApplicationStatus status)
{
  switch (status)
    {
    case SL_APPLICATION_STATUS_ACTIVE: return C_("application status", "Active");
    case SL_APPLICATION_STATUS_HIRED: return C_("application status", "Hired");
    case SL_APPLICATION_STATUS_REJECTED: return C_("application status", "Rejected");
    case SL_APPLICATION_STATUS_WITHDRAWN: return C_("application status", "Withdrawn");
    default: break;
    }
  g_return_val_if_reached ("");
}

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

static const NameEntry interview_status_names[] = {
  { SL_INTERVIEW_STATUS_SCHEDULED, "scheduled" },
  { SL_INTERVIEW_STATUS_COMPLETED, "completed" },
  { SL_INTERVIEW_STATUS_CANCELLED, "cancelled" },
  { SL_INTERVIEW_STATUS_NO_SHOW, "no_show" },
};

const char *
sl_interview_status_to_string (SlInterviewStatus status)
{
  switch (status)
    {
    case SL_INTERVIEW_STATUS_SCHEDULED: return "scheduled";
    case SL_INTERVIEW_STATUS_COMPLETED: return "completed";
    case SL_INTERVIEW_STATUS_CANCELLED: return "cancelled";
    case SL_INTERVIEW_STATUS_NO_SHOW: return "no_show";
    default: break;
    }
  g_return_val_if_reached ("scheduled");
}

DEFINE_FROM_STRING (sl_interview_status_from_string, SlInterviewStatus, interview_status_names)

/**
 * sl_interview_status_to_label:
 * @status: an interview status
 *
 * Returns: (transfer none): the translated name of @status
 */
const char *
sl_interview_status_to_label (SlInterviewStatus status)
{
  switch (status)
    {
    case SL_INTERVIEW_STATUS_SCHEDULED: return C_("interview status", "Scheduled");
    case SL_INTERVIEW_STATUS_COMPLETED: return C_("interview status", "Completed");
    case SL_INTERVIEW_STATUS_CANCELLED: return C_("interview status", "Cancelled");
    case SL_INTERVIEW_STATUS_NO_SHOW: return C_("interview status", "No-Show");
    default: break;
    }
  g_return_val_if_reached ("");
}

static const NameEntry recommendation_names[] = {
  { SL_RECOMMENDATION_NONE, "none" },
  { SL_RECOMMENDATION_STRONG_NO, "strong_no" },
  { SL_RECOMMENDATION_NO, "no" },
  { SL_RECOMMENDATION_YES, "yes" },
  { SL_RECOMMENDATION_STRONG_YES, "strong_yes" },
};

const char *
sl_recommendation_to_string (SlRecommendation rec)
{
  switch (rec)
    {
    case SL_RECOMMENDATION_NONE: return "none";
    case SL_RECOMMENDATION_STRONG_NO: return "strong_no";
    case SL_RECOMMENDATION_NO: return "no";
    case SL_RECOMMENDATION_YES: return "yes";
    case SL_RECOMMENDATION_STRONG_YES: return "strong_yes";
    default: break;
    }
  g_return_val_if_reached ("none");
}

DEFINE_FROM_STRING (sl_recommendation_from_string, SlRecommendation, recommendation_names)

/**
 * sl_recommendation_to_label:
 * @rec: an interviewer's recommendation
 *
 * Returns: (transfer none): the translated name of @rec
 */
const char *
sl_recommendation_to_label (SlRecommendation rec)
{
  switch (rec)
    {
    case SL_RECOMMENDATION_NONE: return C_("recommendation", "No Recommendation");
    case SL_RECOMMENDATION_STRONG_NO: return C_("recommendation", "Strong No");
    case SL_RECOMMENDATION_NO: return C_("recommendation", "No");
    case SL_RECOMMENDATION_YES: return C_("recommendation", "Yes");
    case SL_RECOMMENDATION_STRONG_YES: return C_("recommendation", "Strong Yes");
    default: break;
    }
  g_return_val_if_reached ("");
}

/* Employment types (schema.org) */

gboolean
sl_employment_type_is_valid (const char *type)
{
  static const char * const types[] = {
    "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY",
    "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
  };

  if (type == NULL)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (types[i], type))
      return TRUE;

  return FALSE;
}

const char *
sl_employment_type_to_label (const char *type)
{
  if (type == NULL)
    return "";
  if (g_str_equal (type, "FULL_TIME"))
    return C_("employment type", "Full-time");
  if (g_str_equal (type, "PART_TIME"))
    return C_("employment type", "Part-time");
  if (g_str_equal (type, "CONTRACTOR"))
    return C_("employment type", "Contractor");
  if (g_str_equal (type, "TEMPORARY"))
    return C_("employment type", "Temporary");
  if (g_str_equal (type, "INTERN"))
    return C_("employment type", "Internship");
  if (g_str_equal (type, "VOLUNTEER"))
    return C_("employment type", "Volunteer");
  if (g_str_equal (type, "PER_DIEM"))
    return C_("employment type", "Per Diem");
  if (g_str_equal (type, "OTHER"))
    return C_("employment type", "Other");
  return type;
}
