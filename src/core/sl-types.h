/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The enumerations of Shortlist's domain and their stable storage names. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  SL_POSTING_STATUS_DRAFT,
  SL_POSTING_STATUS_OPEN,
  SL_POSTING_STATUS_ON_HOLD,
  SL_POSTING_STATUS_CLOSED,
  SL_POSTING_STATUS_ARCHIVED,
} SlPostingStatus;

typedef enum {
  SL_WORKPLACE_TYPE_ON_SITE,
  SL_WORKPLACE_TYPE_HYBRID,
  SL_WORKPLACE_TYPE_REMOTE,
  /* The posting does not say: exported as neither on-site nor remote. */
  SL_WORKPLACE_TYPE_UNKNOWN,
} SlWorkplaceType;

typedef enum {
  SL_SALARY_UNIT_HOUR,
  SL_SALARY_UNIT_DAY,
  SL_SALARY_UNIT_WEEK,
  SL_SALARY_UNIT_MONTH,
  SL_SALARY_UNIT_YEAR,
} SlSalaryUnit;

typedef enum {
  SL_STAGE_KIND_ACTIVE,
  SL_STAGE_KIND_HIRED,
  SL_STAGE_KIND_REJECTED,
} SlStageKind;

typedef enum {
  SL_APPLICATION_STATUS_ACTIVE,
  SL_APPLICATION_STATUS_HIRED,
  SL_APPLICATION_STATUS_REJECTED,
  SL_APPLICATION_STATUS_WITHDRAWN,
} SlApplicationStatus;

typedef enum {
  SL_INTERVIEW_STATUS_SCHEDULED,
  SL_INTERVIEW_STATUS_COMPLETED,
  SL_INTERVIEW_STATUS_CANCELLED,
  SL_INTERVIEW_STATUS_NO_SHOW,
} SlInterviewStatus;

typedef enum {
  SL_RECOMMENDATION_NONE,
  SL_RECOMMENDATION_STRONG_NO,
  SL_RECOMMENDATION_NO,
  SL_RECOMMENDATION_YES,
  SL_RECOMMENDATION_STRONG_YES,
} SlRecommendation;

/* Each enumeration has three functions, declared by SL_DECLARE_ENUM_NAMES
 * and written from one table in sl-types.c:
 * - PREFIX_to_string (): the storage name, the lower-case word kept in the
 *   database and in sync documents ("draft", "on_hold"; employment types
 *   keep their schema.org "FULL_TIME");
 * - PREFIX_from_string (): returns FALSE for an unknown name (or NULL) and
 *   leaves *out alone;
 * - PREFIX_to_label (): the translated name to show. */
#define SL_DECLARE_ENUM_NAMES(prefix, Type)              \
  const char *prefix##_to_string   (Type        value); \
  gboolean    prefix##_from_string (const char *str,    \
                                    Type       *out);   \
  const char *prefix##_to_label    (Type        value);

SL_DECLARE_ENUM_NAMES (sl_posting_status, SlPostingStatus)
SL_DECLARE_ENUM_NAMES (sl_workplace_type, SlWorkplaceType)
SL_DECLARE_ENUM_NAMES (sl_salary_unit, SlSalaryUnit)
SL_DECLARE_ENUM_NAMES (sl_stage_kind, SlStageKind)
SL_DECLARE_ENUM_NAMES (sl_application_status, SlApplicationStatus)
SL_DECLARE_ENUM_NAMES (sl_interview_status, SlInterviewStatus)
SL_DECLARE_ENUM_NAMES (sl_recommendation, SlRecommendation)

/* The status to show beside the stage an application is in, or NULL when
 * the stage says it already: an active application, or one in a stage of
 * its status's kind or name (no "Hired · Hired"). */
const char *sl_application_status_beside_stage (SlApplicationStatus  status,
                                                SlStageKind          stage_kind,
                                                const char          *stage_name);

/* schema.org employment types: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY,
 * INTERN, VOLUNTEER, PER_DIEM, OTHER. */
gboolean    sl_employment_type_is_valid        (const char          *type);
const char *sl_employment_type_to_label        (const char          *type);

G_END_DECLS
