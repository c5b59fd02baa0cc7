/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlCandidateItem: one row of the Candidates area (a candidate summary as a GObject for list models). */
#pragma once

#include <glib-object.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_ITEM (sl_candidate_item_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateItem, sl_candidate_item, SL, CANDIDATE_ITEM, GObject)

/* Read-only properties (strings never NULL, "" when unset): "id", "name", "email", "location", "source", "tags",
 * "postings", "stages", "status" (of each application, translated), "last-activity" (gint64, unix µs) and
 * "last-activity-text" (day and time). */

/* Takes @summary over. */
SlCandidateItem *sl_candidate_item_new          (SlCandidateSummary *summary);
const char      *sl_candidate_item_get_id       (SlCandidateItem    *self);
const char      *sl_candidate_item_get_name     (SlCandidateItem    *self);
const char      *sl_candidate_item_get_tags     (SlCandidateItem    *self);
const char      *sl_candidate_item_get_postings (SlCandidateItem    *self);
/* Replaces the values (takes @summary over), notifying what changed. */
void             sl_candidate_item_update       (SlCandidateItem    *self,
                                                 SlCandidateSummary *summary);

G_END_DECLS
