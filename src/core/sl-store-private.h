/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the sl-store-*.c files share: cached statements, transactions, the
 * activity log and the change feed. Only src/core/ includes this. */
#pragma once

#include <sqlite3.h>

#include "sl-store.h"
#include "sl-error.h"

G_BEGIN_DECLS

/* A cached prepared statement: g_autoptr (SlStmt) resets it (and clears its
 * bindings) when it goes out of scope; it is never finalized by the caller. */
typedef sqlite3_stmt SlStmt;
static inline void
sl_stmt_release (SlStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlStmt, sl_stmt_release)

/* sl-store-schema.c: migration N (1-based) is sl_store_migrations[N - 1];
 * the current schema version is sl_store_n_migrations. */
extern const char * const sl_store_migrations[];
extern const guint        sl_store_n_migrations;

/* How long a statement waits for another connection's lock. */
#define SL_STORE_BUSY_TIMEOUT_MS 5000

/* Opens @path without migrating past @version: for migration tests only. */
SlStore  *sl_store_open_at_version (const char  *path,
                                    guint        version,
                                    GError     **error);

sqlite3  *sl_store_get_db          (SlStore     *self);
/* Prepares @sql once per store (SQLITE_PREPARE_PERSISTENT) and returns the
 * cached statement, ready to bind. */
SlStmt   *sl_store_prepare         (SlStore     *self,
                                    const char  *sql,
                                    GError     **error);
/* SL_ERROR_NOT_FOUND for a record of @record_type ("candidate", …) that
 * does not exist or was deleted, in words, without its id. */
gboolean  sl_store_set_not_found   (const char  *record_type,
                                    GError     **error);
/* Sets @error from the connection's last error; returns FALSE for chaining. */
gboolean  sl_store_set_db_error    (SlStore     *self,
                                    int          rc,
                                    GError     **error);

char     *sl_store_new_id          (void);
gint64    sl_store_now             (void);
/* "N-<md5 of @content>", N one more than @previous's generation. */
char     *sl_store_next_rev        (const char  *previous,
                                    const char  *content);

/* Both must be called inside a transaction, with the write they describe. */
gboolean  sl_store_record_change   (SlStore     *self,
                                    const char  *record_type,
                                    const char  *record_id,
                                    const char  *rev,
                                    gboolean     deleted,
                                    GError     **error);
gboolean  sl_store_record_activity (SlStore     *self,
                                    const char  *record_type,
                                    const char  *record_id,
                                    const char  *action,
                                    const char  *field,
                                    const char  *old_value,
                                    const char  *new_value,
                                    GError     **error);
/* One activity entry and one change row for each of @n new records. */
gboolean  sl_store_record_inserts  (SlStore             *self,
                                    const char          *record_type,
                                    const char          *action,
                                    const char * const  *ids,
                                    const char * const  *revs,
                                    guint                n,
                                    GError             **error);
/* The same, with the activity entries' ids and revisions given (any may
 * come from another thread: see sl_store_activity_rev()). */
gboolean  sl_store_record_inserts_full (SlStore            *self,
                                        const char         *record_type,
                                        const char         *action,
                                        const char * const *ids,
                                        const char * const *revs,
                                        const char * const *activity_ids,
                                        const char * const *activity_revs,
                                        guint               n,
                                        GError            **error);
/* The revision of a new record's @action activity entry; any thread. */
char     *sl_store_activity_rev    (const char  *record_type,
                                    const char  *record_id,
                                    const char  *action);
/* Queues a "changed" emission for after the outermost commit. */
void      sl_store_queue_changed   (SlStore     *self,
                                    const char  *record_type,
                                    const char  *record_id);
/* While a batch of @record_type is told: the set of its ids, or NULL. */
GHashTable *sl_store_get_batch_ids (SlStore     *self,
                                    const char  *record_type);
/* The stage of each of a set of applications (id → stage id) that
 * exists, in one statement. */
GHashTable *sl_store_lookup_application_stages (SlStore     *self,
                                                GHashTable  *application_ids,
                                                GError     **error);

/* sl-store-records.c: steps a write @stmt to its end; FALSE with the
 * database error otherwise. */
gboolean  sl_store_step_done       (SlStore     *self,
                                    SlStmt      *stmt,
                                    GError     **error);
/* sl-store-records.c: steps the bound query @stmt to its end, appending
 * its first column of each row (owned strings) to @out. */
gboolean  sl_store_collect_strings (SlStore     *self,
                                    SlStmt      *stmt,
                                    GPtrArray   *out,
                                    GError     **error);
/* The same for @sql run with ?1 = @text. */
gboolean  sl_store_query_strings   (SlStore     *self,
                                    const char  *sql,
                                    const char  *text,
                                    GPtrArray   *out,
                                    GError     **error);

/* sl-store-records.c: the tail every single-record write shares, inside
 * the caller's transaction: steps @stmt (unless NULL: the caller ran its
 * writes) to its end, writes the change row of @record_id at @rev, one
 * @action activity entry with @field, @old_value and @new_value (none when
 * @action is NULL) and queues the "changed" emission. */
gboolean  sl_store_finish_record_write (SlStore     *self,
                                        SlStmt      *stmt,
                                        const char  *record_type,
                                        const char  *record_id,
                                        const char  *rev,
                                        gboolean     deleted,
                                        const char  *action,
                                        const char  *field,
                                        const char  *old_value,
                                        const char  *new_value,
                                        GError     **error);

/* sl-store-postings.c: every posting that is not deleted, most recently
 * updated first, with its active count; for SlPostingList. */
GPtrArray *sl_store_query_postings (SlStore     *self,
                                    GError     **error);

/* String vectors are stored as JSON arrays of strings. */
char     *sl_strv_to_json          (const char * const *strv);
char    **sl_strv_from_json        (const char  *json);

/* Text bound or read NULL-safely. */
void        sl_stmt_bind_text      (SlStmt      *stmt,
                                    int          index,
                                    const char  *text);
const char *sl_stmt_column_text    (SlStmt      *stmt,
                                    int          column);

G_END_DECLS
