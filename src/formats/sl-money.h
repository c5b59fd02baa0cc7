/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading money as job postings and the posting editor write it: amounts, currencies, salary ranges. */
#pragma once

#include "sl-posting.h"

G_BEGIN_DECLS

/* A salary read from text: "€60,000 – €80,000 a year". */
typedef struct
{
  double        min;
  double        max;
  char         *currency;   /* ISO 4217, or NULL */
  SlSalaryUnit  unit;
  gboolean      has_unit;   /* the text named the unit; else it is guessed */
} SlSalaryText;

void        sl_salary_text_clear  (SlSalaryText *salary);
gboolean    sl_salary_text_parse  (const char   *text,
                                   gboolean      keyed,
                                   SlSalaryText *salary);

const char *sl_money_parse_amount (const char   *p,
                                   double       *value);
gboolean    sl_money_parse        (const char   *text,
                                   double       *value,
                                   GError      **error);

G_END_DECLS
