/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlActivity: one entry of the audit trail (what happened to which record). */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_ACTIVITY (sl_activity_get_type ())
G_DECLARE_FINAL_TYPE (SlActivity, sl_activity, SL, ACTIVITY, SlRecord)

/* Read-mostly: the store writes activity entries itself; the setters exist
 * for the store. The subject's type and id are the properties "subject-type"
 * and "subject-id" ("record-type" is SlRecord's own type name, "activity").
 * action is one of created, updated, deleted, restored, moved, imported,
 * erased; field, old-value and new-value are set for per-field changes.
 * The time is SlRecord's created-at. */

SlActivity          *sl_activity_new             (void);
/* A deep copy (including id, timestamps and rev), for editing. */
SlActivity          *sl_activity_copy            (SlActivity         *self);

const char          *sl_activity_get_record_type (SlActivity         *self);
void                 sl_activity_set_record_type (SlActivity         *self,
                                                  const char         *record_type);
const char          *sl_activity_get_record_id   (SlActivity         *self);
void                 sl_activity_set_record_id   (SlActivity         *self,
                                                  const char         *record_id);
const char          *sl_activity_get_action      (SlActivity         *self);
void                 sl_activity_set_action      (SlActivity         *self,
                                                  const char         *action);
const char          *sl_activity_get_field       (SlActivity         *self);
void                 sl_activity_set_field       (SlActivity         *self,
                                                  const char         *field);
const char          *sl_activity_get_old_value   (SlActivity         *self);
void                 sl_activity_set_old_value   (SlActivity         *self,
                                                  const char         *old_value);
const char          *sl_activity_get_new_value   (SlActivity         *self);
void                 sl_activity_set_new_value   (SlActivity         *self,
                                                  const char         *new_value);

G_END_DECLS
