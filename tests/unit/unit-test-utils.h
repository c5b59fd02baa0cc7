/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What unit tests share: reading a number straight from a store's SQLite file. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* The first column of the first row of @sql, with @param (nullable) bound
 * to ?1; the test fails if @sql does not prepare or gives no row. */
gint64 unit_test_query_int (SlStore    *store,
                            const char *sql,
                            const char *param);

G_END_DECLS
