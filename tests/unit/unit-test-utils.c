/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What unit tests share: reading a number straight from a store's SQLite file. */
#include "config.h"

#include <sqlite3.h>

#include "sl-store-private.h"
#include "unit-test-utils.h"

gint64
unit_test_query_int (SlStore    *store,
                     const char *sql,
                     const char *param)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (sl_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}
