/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The record machinery that the sl-store-*.c files of the people side share
 * (sl-store-records.c): a table-driven save/get/delete for any record type,
 * and the binding and value helpers its tables use. */
#pragma once

#include "sl-store-private.h"

G_BEGIN_DECLS

/* How one record type maps to its table. Every statement binds or reads the
 * SlRecord columns first, in the order id, created_at, updated_at, rev,
 * deleted (?1 to ?5, columns 0 to 4), then the type's own columns. */
typedef struct _SlRecordOps SlRecordOps;
struct _SlRecordOps
{
  const char *record_type;
  /* The record's GType (sl_candidate_get_type and so on). */
  GType     (*get_type) (void);
  /* SELECT <all columns> … WHERE id = ?1 */
  const char *select_sql;
  const char *insert_sql;
  /* UPDATE … WHERE id = ?1, with the same parameter numbers as insert_sql */
  const char *update_sql;
  /* UPDATE … SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1 */
  const char *tombstone_sql;

  /* The storage names of the fields compared for the activity log. */
  const char * const *field_names;
  guint               n_fields;

  /* Fills @values (n_fields entries, each owned, NULL for unset). */
  void       (*get_values) (SlRecord *record,
                            char    **values);
  /* Binds the type's own columns, from ?6 on. */
  void       (*bind)       (SlStmt   *stmt,
                            SlRecord *record);
  /* Fills a new record of the type from the type's own columns (from 5 on). */
  void       (*read)       (SlStmt   *stmt,
                            SlRecord *record);
  /* Checks and completes @record before it is written; @old is NULL for an
   * insert. Runs inside the transaction. @check_references is FALSE for bulk
   * writers that vouch for the ids they reference (the foreign keys still
   * hold): it skips the lookups that only give friendlier errors. */
  gboolean   (*prepare)    (SlStore  *store,
                            SlRecord *record,
                            SlRecord *old,
                            gboolean  check_references,
                            GError  **error);
};

gboolean  sl_store_save_record      (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     SlRecord           *record,
                                     GError            **error);
/* Returns a tombstoned record too (with deleted set); NOT_FOUND when absent. */
SlRecord *sl_store_get_record       (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     const char         *id,
                                     GError            **error);
/* Gives a record just written its id, timestamps and revision. */
void      sl_store_set_record_saved (SlRecord       *record,
                                     const char     *id,
                                     gint64          created_at,
                                     gint64          updated_at,
                                     const char     *rev);
/* Reads the record columns 0–4 of @stmt into @record. */
void      sl_store_read_record_columns (SlRecord        *record,
                                        SlStmt          *stmt);
/* Reads a record from a row whose first columns are the record's columns. */
SlRecord *sl_store_read_record      (const SlRecordOps  *ops,
                                     SlStmt             *stmt);
/* Tombstones in a transaction of its own; TRUE if it already was. */
gboolean  sl_store_delete_record    (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     const char         *id,
                                     GError            **error);
/* Tombstones inside the caller's transaction; TRUE if it already was. */
gboolean  sl_store_tombstone_record (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     const char         *id,
                                     GError            **error);

/* Whether the row that @sql ("SELECT deleted FROM <table> WHERE id = ?1")
 * finds for @id exists and is not deleted; when it is not, fails with
 * SL_ERROR_INVALID and @message (translated). For the prepare functions'
 * reference checks. */
gboolean  sl_store_check_reference  (SlStore            *self,
                                     const char         *sql,
                                     const char         *id,
                                     const char         *message,
                                     GError            **error);

/* Inserts @record (it must have no id yet) inside the caller's transaction,
 * without a savepoint of its own, recording one @action ("created" or
 * "imported") activity entry and its change row: the fast path for bulk
 * writes, which trusts the ids @record refers to (see prepare). On failure
 * the caller rolls back. */
gboolean  sl_store_insert_record    (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     SlRecord           *record,
                                     const char         *action,
                                     GError            **error);

/* Inserts @n_records new records (no ids yet) of one type inside the
 * caller's transaction, without savepoints, each with one @action activity
 * entry and its change row (written many per statement); trusts the ids
 * they refer to (see prepare); fills their ids, timestamps and revisions.
 * On failure the caller rolls back. */
gboolean  sl_store_insert_records   (SlStore            *self,
                                     const SlRecordOps  *ops,
                                     SlRecord          **records,
                                     guint               n_records,
                                     const char         *action,
                                     GError            **error);

/* Binds text that outlives the statement's use: the record being written
 * stays alive until the statement is reset and its bindings cleared
 * (g_autoptr (SlStmt)), so SQLite need not copy it. */
static inline void
bind_static_text (SlStmt     *stmt,
                  int         index,
                  const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

/* Binds a string the statement takes over (g_free()d by SQLite). */
void      sl_stmt_bind_owned_text   (SlStmt             *stmt,
                                     int                 index,
                                     char               *text);

/* A string vector bound or read as its JSON array ("[]" for none). */
void      sl_stmt_bind_strv         (SlStmt             *stmt,
                                     int                 index,
                                     const char * const *strv);
char    **sl_stmt_column_strv       (SlStmt             *stmt,
                                     int                 column);
/* The SlRecordOps.get_values() forms of a field: owned strings, NULL for an
 * empty vector. */
char     *sl_store_value_strv       (const char * const *strv);
char     *sl_store_value_int64      (gint64              value);
char     *sl_store_value_double     (double              value);

/* A record's @ops->n_fields values (sl_store_values_free() them), and the
 * text its revision is hashed from. */
char    **sl_store_record_values    (const SlRecordOps  *ops,
                                     SlRecord           *record);
void      sl_store_values_free      (char              **values,
                                     guint               n_values);
char     *sl_store_record_content   (const SlRecordOps  *ops,
                                     char              **values);
/* Binds the SlRecord columns, ?1 to ?5. */
void      sl_stmt_bind_record_columns (SlStmt           *stmt,
                                       const char       *id,
                                       gint64            created_at,
                                       gint64            updated_at,
                                       const char       *rev,
                                       gboolean          deleted);

/* Ends the transaction opened with sl_store_begin(): commits when @ok,
 * rolls back (and returns FALSE) otherwise. */
gboolean  sl_store_finish_write     (SlStore            *self,
                                     gboolean            ok,
                                     GError            **error);

G_END_DECLS
