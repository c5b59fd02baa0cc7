/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStage: one column of a posting's pipeline (Applied, Screening, …). */
#pragma once

#include "sl-record.h"
#include "sl-types.h"

G_BEGIN_DECLS

#define SL_TYPE_STAGE (sl_stage_get_type ())
G_DECLARE_FINAL_TYPE (SlStage, sl_stage, SL, STAGE, SlRecord)

SlStage     *sl_stage_new            (void);

const char  *sl_stage_get_posting_id (SlStage     *self);
void         sl_stage_set_posting_id (SlStage     *self,
                                      const char  *posting_id);
const char  *sl_stage_get_name       (SlStage     *self);
void         sl_stage_set_name       (SlStage     *self,
                                      const char  *name);
/* 0-based order in the pipeline. */
int          sl_stage_get_position   (SlStage     *self);
void         sl_stage_set_position   (SlStage     *self,
                                      int          position);
SlStageKind  sl_stage_get_kind       (SlStage     *self);
void         sl_stage_set_kind       (SlStage     *self,
                                      SlStageKind  kind);

G_END_DECLS
