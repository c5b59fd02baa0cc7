/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realistic, deterministic sample data for demos, tests and benchmarks. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint   postings;    /* 0 = the default (a small, pretty demo) */
  guint   candidates;  /* 0 = the default */
  guint32 seed;        /* the same seed gives the same data */
} SlDemoOptions;

#define SL_DEMO_DEFAULT_POSTINGS   6
#define SL_DEMO_DEFAULT_CANDIDATES 60

/* Adds postings with pipelines, candidates (names in several scripts),
 * applications spread over the stages, interviews in several time zones and
 * feedback, in one transaction. */
gboolean sl_demo_fill (SlStore             *store,
                       const SlDemoOptions *options,
                       GError             **error);

G_END_DECLS
