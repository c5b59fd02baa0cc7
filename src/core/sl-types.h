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

/* Storage names: the lower-case words kept in the database and in sync
 * documents ("draft", "on_hold", "FULL_TIME" stays with employment types).
 * from_string() returns FALSE for an unknown name and leaves *out alone. */
const char *sl_posting_status_to_string        (SlPostingStatus      status);
gboolean    sl_posting_status_from_string      (const char          *str,
                                                SlPostingStatus     *out);
const char *sl_posting_status_to_label         (SlPostingStatus      status);
const char *sl_workplace_type_to_string        (SlWorkplaceType      type);
gboolean    sl_workplace_type_from_string      (const char          *str,
                                                SlWorkplaceType     *out);
const char *sl_workplace_type_to_label         (SlWorkplaceType      type);
const char *sl_salary_unit_to_string           (SlSalaryUnit         unit);
gboolean    sl_salary_unit_from_string         (const char          *str,
                                                SlSalaryUnit        *out);
const char *sl_salary_unit_to_label            (SlSalaryUnit         unit);
const char *sl_stage_kind_to_string            (SlStageKind          kind);
gboolean    sl_stage_kind_from_string          (const char          *str,
                                                SlStageKind         *out);
const char *sl_stage_kind_to_label             (SlStageKind          kind);
const char *sl_application_status_to_string    (SlApplicationStatus  status);
gboolean    sl_application_status_from_string  (const char          *str,
                                                SlApplicationStatus *out);
const char *sl_application_status_to_label     (SlApplicationStatus  status);
/* The status to show beside the stage an application is in, or NULL when
 * the stage says it already: an active application, or one in a stage of
 * its status's kind or name (no "Hired · Hired"). */
const char *sl_application_status_beside_stage (SlApplicationStatus  status,
                                                SlStageKind          stage_kind,
                                                const char          *stage_name);
const char *sl_interview_status_to_string      (SlInterviewStatus    status);
gboolean    sl_interview_status_from_string    (const char          *str,
                                                SlInterviewStatus   *out);
const char *sl_interview_status_to_label       (SlInterviewStatus    status);
const char *sl_recommendation_to_string        (SlRecommendation     rec);
gboolean    sl_recommendation_from_string      (const char          *str,
                                                SlRecommendation    *out);
const char *sl_recommendation_to_label         (SlRecommendation     rec);

/* schema.org employment types: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY,
 * INTERN, VOLUNTEER, PER_DIEM, OTHER. */
gboolean    sl_employment_type_is_valid        (const char          *type);
const char *sl_employment_type_to_label        (const char          *type);

G_END_DECLS
