/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What unit tests share: reading a number straight from a store's SQLite
 * file, and checking the search index against the candidates. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* The first column of the first row of @sql, with @param (nullable) bound
 * to ?1; the test fails if @sql does not prepare or gives no row. */
gint64 unit_test_query_int (SlStore    *store,
                            const char *sql,
                            const char *param);

/* Fails the test unless the full-text index holds exactly the text of the
 * candidates who are neither deleted nor erased, with their files. */
void   unit_test_assert_search_index (SlStore *store);

G_END_DECLS
