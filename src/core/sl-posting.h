/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlPosting: a job posting with every field a real posting has. */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_POSTING (sl_posting_get_type ())
G_DECLARE_FINAL_TYPE (SlPosting, sl_posting, SL, POSTING, SlRecord)

/* Every string may be NULL (unset). Lists are NULL-terminated string vectors;
 * getters return NULL-safe empty vectors never, so check for NULL.
 * Dates are ISO 8601 calendar dates, "YYYY-MM-DD".
 * A salary bound of 0 means "not given". Each setter notifies only when the
 * value really changed. */

SlPosting          *sl_posting_new                     (void);
SlPosting          *sl_posting_copy                    (SlPosting          *self);

const char         *sl_posting_get_title               (SlPosting          *self);
void                sl_posting_set_title               (SlPosting          *self,
                                                        const char         *title);
const char         *sl_posting_get_department          (SlPosting          *self);
void                sl_posting_set_department          (SlPosting          *self,
                                                        const char         *department);
const char         *sl_posting_get_hiring_manager      (SlPosting          *self);
void                sl_posting_set_hiring_manager      (SlPosting          *self,
                                                        const char         *hiring_manager);
/* The employer's name (schema.org hiringOrganization). */
const char         *sl_posting_get_organization        (SlPosting          *self);
void                sl_posting_set_organization        (SlPosting          *self,
                                                        const char         *organization);
guint               sl_posting_get_openings            (SlPosting          *self);
void                sl_posting_set_openings            (SlPosting          *self,
                                                        guint               openings);
const char * const *sl_posting_get_locations           (SlPosting          *self);
void                sl_posting_set_locations           (SlPosting          *self,
                                                        const char * const *locations);
SlWorkplaceType     sl_posting_get_workplace_type      (SlPosting          *self);
void                sl_posting_set_workplace_type      (SlPosting          *self,
                                                        SlWorkplaceType     type);
/* schema.org value, e.g. "FULL_TIME"; see sl_employment_type_is_valid(). */
const char         *sl_posting_get_employment_type     (SlPosting          *self);
void                sl_posting_set_employment_type     (SlPosting          *self,
                                                        const char         *employment_type);
const char         *sl_posting_get_date_posted         (SlPosting          *self);
void                sl_posting_set_date_posted         (SlPosting          *self,
                                                        const char         *date);
const char         *sl_posting_get_valid_through       (SlPosting          *self);
void                sl_posting_set_valid_through       (SlPosting          *self,
                                                        const char         *date);
double              sl_posting_get_salary_min          (SlPosting          *self);
void                sl_posting_set_salary_min          (SlPosting          *self,
                                                        double              salary_min);
double              sl_posting_get_salary_max          (SlPosting          *self);
void                sl_posting_set_salary_max          (SlPosting          *self,
                                                        double              salary_max);
/* ISO 4217 code, e.g. "EUR". */
const char         *sl_posting_get_salary_currency     (SlPosting          *self);
void                sl_posting_set_salary_currency     (SlPosting          *self,
                                                        const char         *currency);
SlSalaryUnit        sl_posting_get_salary_unit         (SlPosting          *self);
void                sl_posting_set_salary_unit         (SlPosting          *self,
                                                        SlSalaryUnit        unit);
/* A short teaser (one paragraph). */
const char         *sl_posting_get_summary             (SlPosting          *self);
void                sl_posting_set_summary             (SlPosting          *self,
                                                        const char         *summary);
/* Free text, paragraphs separated by blank lines. */
const char         *sl_posting_get_description         (SlPosting          *self);
void                sl_posting_set_description         (SlPosting          *self,
                                                        const char         *description);
/* The "About us" text of the employer. */
const char         *sl_posting_get_about               (SlPosting          *self);
void                sl_posting_set_about               (SlPosting          *self,
                                                        const char         *about);
const char * const *sl_posting_get_responsibilities    (SlPosting          *self);
void                sl_posting_set_responsibilities    (SlPosting          *self,
                                                        const char * const *items);
const char * const *sl_posting_get_qualifications      (SlPosting          *self);
void                sl_posting_set_qualifications      (SlPosting          *self,
                                                        const char * const *items);
const char * const *sl_posting_get_nice_to_have        (SlPosting          *self);
void                sl_posting_set_nice_to_have        (SlPosting          *self,
                                                        const char * const *items);
SlPostingStatus     sl_posting_get_status              (SlPosting          *self);
void                sl_posting_set_status              (SlPosting          *self,
                                                        SlPostingStatus     status);

/* Read-only, filled by the store when it lists postings. */
guint               sl_posting_get_active_count        (SlPosting          *self);
void                sl_posting_set_active_count        (SlPosting          *self,
                                                        guint               count);
guint               sl_posting_get_hired_count         (SlPosting          *self);
void                sl_posting_set_hired_count         (SlPosting          *self,
                                                        guint               count);

/* Checks a posting before it is saved: title required, minimum salary at most
 * the maximum, valid-through not before date-posted, currency a real ISO 4217
 * code, known employment type, well-formed dates. Returns FALSE with an
 * SL_ERROR_INVALID whose message is translated and names the field. */
gboolean            sl_posting_validate                (SlPosting          *self,
                                                        GError            **error);

/* The largest salary figure a posting keeps, in any currency and unit: a
 * trillion is above any real pay (a year in Iranian rials or Vietnamese
 * dong stays under 10^11) and far below 2^53, so every amount keeps its
 * cents exactly and is written as a plain JSON number. */
#define SL_SALARY_MAX 1e12

/* The one check of a salary figure, for the importers, JSON-LD and the
 * editor: from 0 ("not given") to SL_SALARY_MAX. Returns FALSE with a
 * translated SL_ERROR_INVALID for a negative, too large or not-a-number
 * amount. */
gboolean            sl_salary_check                    (double              amount,
                                                        GError            **error);

/* TRUE for an active ISO 4217 code in capitals ("EUR", "INR"). */
gboolean            sl_currency_is_valid               (const char         *code);
/* Checks one field, named by its property name ("title", "salary-min",
 * "salary-max", "salary-currency", "date-posted", "valid-through",
 * "employment-type", …), so an editor can show the reason next to it.
 * sl_posting_validate() is every field's check in turn. Fields that depend on
 * each other (salary-min/max, date-posted/valid-through) fail on both. */
gboolean            sl_posting_validate_field          (SlPosting          *self,
                                                        const char         *field,
                                                        GError            **error);

/* TRUE for an active ISO 4217 currency code such as "EUR" (upper case). */
gboolean            sl_currency_code_is_valid          (const char         *code);

G_END_DECLS
