/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStore's instance, shared by the files that keep its state: sl-store.c
 * (the connection and its transactions) and sl-store-changes.c (what a
 * transaction changed, told after its commit). Only they include this. */
#pragma once

#include "sl-store-private.h"

G_BEGIN_DECLS

struct _SlStore
{
  GObject       parent_instance;

  char         *path;
  /* One connection, used from the thread that opened the store only: it is
   * opened with SQLITE_OPEN_NOMUTEX. A worker thread opens its own SlStore. */
  sqlite3      *db;
  int           schema_version;
  /* Opened with SQLITE_OPEN_READONLY: every write fails. */
  gboolean      read_only;

  /* SQL text → sqlite3_stmt, prepared once (SQLITE_PREPARE_PERSISTENT). */
  GHashTable   *statements;

  guint         depth;
  GArray       *pending;       /* of PendingChange, in order */
  GHashTable   *pending_keys;  /* "type\x1fid" already queued */
  gboolean      pending_by_type;  /* past the limit: one (type, NULL) each */
  gboolean      pending_everything;
  /* Past the limit: type → the set of its records' ids, or → NULL when
   * they are too many or not known (sl_store_get_batch_ids()). */
  GHashTable   *batch_ids;
  GHashTable   *emitting_batch_ids;  /* during the emission of a batch */
  const char   *emitting_batch_type; /* its type */

  gint64        data_version;
  GSource      *poll_source;
  GThread      *owner;
};

/* sl-store-changes.c: the "changed" signal and its queue. */
void sl_store_changes_class_init (SlStoreClass *klass);
void sl_store_changes_init       (SlStore      *self);
void sl_store_changes_finalize   (SlStore      *self);
/* After the outermost commit: emits what was queued. */
void sl_store_emit_pending       (SlStore      *self);
/* After the outermost rollback: forgets it. */
void sl_store_clear_pending      (SlStore      *self);

G_END_DECLS
