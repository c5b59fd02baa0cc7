/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What unit tests share: a temporary store, reading a number straight from
 * a store's SQLite file, checking the search index against the candidates, attaching a file
 * to a candidate, and running the real shortlist-cli. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* A real SQLite store named @basename in the test case's own data folder
 * (G_TEST_OPTION_ISOLATE_DIRS gives each case a new one and removes it
 * afterwards), filled with the demo data when @with_demo; its path in
 * @out_path (nullable). The test fails if it cannot be made. Opening the
 * same @basename again gives a second connection to the same file. */
SlStore *unit_test_open_store (const char  *basename,
                               gboolean     with_demo,
                               char       **out_path);

/* The first column of the first row of @sql, with @param (nullable) bound
 * to ?1; the test fails if @sql does not prepare or gives no row. */
gint64 unit_test_query_int (SlStore    *store,
                            const char *sql,
                            const char *param);

/* Fails the test unless the full-text index holds exactly the text of the
 * candidates who are neither deleted nor erased, with their files. */
void   unit_test_assert_search_index (SlStore *store);

/* Writes @content to a file @file_name in the cache folder and attaches it
 * to the candidate; the test fails if the store refuses it. */
SlAttachment *unit_test_attach (SlStore    *store,
                                const char *candidate_id,
                                const char *file_name,
                                const char *content);

/* The user "nobody", whom root becomes to run the CLI where permissions
 * must count (see unit_test_run_cli). */
#define UNIT_TEST_READER_UID 65534
#define UNIT_TEST_READER_GID 65534

/* Runs the shortlist-cli that meson built (SHORTLIST_CLI) with the
 * NULL-terminated @argv (without the program), as the user "nobody" when
 * @as_reader and the tests run as root (root writes any file whatever its
 * mode). Stores what it printed in @out and @err (both nullable) and
 * returns its exit status; the test fails if it cannot run or is killed. */
int    unit_test_run_cli (const char * const *argv,
                          gboolean            as_reader,
                          char              **out,
                          char              **err);

G_END_DECLS
