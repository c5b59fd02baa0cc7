/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running a job in a worker thread on its own SlStore, opened on the same file as the caller's. */
#pragma once

#include <gio/gio.h>

#include "sl-store.h"

G_BEGIN_DECLS

typedef enum {
  SL_STORE_WORKER_READ,      /* reads only: a file the app has open read-only opens too */
  SL_STORE_WORKER_WRITE,     /* writes: opened as sl_store_open() does */
  SL_STORE_WORKER_NO_STORE,  /* needs no connection (it works on what it was given) */
} SlStoreWorkerMode;

/* Runs in the worker thread with the job's own @store (NULL for
 * SL_STORE_WORKER_NO_STORE), which it must not keep. Returns the result, or
 * NULL with @error set. */
typedef gpointer (*SlStoreWorkerFunc) (SlStore       *store,
                                       gpointer       data,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* Runs @func in a thread on a connection of its own to @store's file, and
 * calls @callback on the calling thread's main context. @data is freed with
 * @data_free after the job, on whichever thread drops it last; a result the
 * caller never collects is freed with @result_free. @source_tag names the
 * public _async function, which its _finish checks. */
void      sl_store_worker_run_async   (SlStore              *store,
                                       SlStoreWorkerMode     mode,
                                       SlStoreWorkerFunc     func,
                                       gpointer              data,
                                       GDestroyNotify        data_free,
                                       GDestroyNotify        result_free,
                                       gpointer              source_tag,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
/* The job's result (transfer full), or NULL with @error set; a job whose
 * cancellable was cancelled fails with G_IO_ERROR_CANCELLED. */
gpointer  sl_store_worker_run_finish  (SlStore              *store,
                                       GAsyncResult         *result,
                                       gpointer              source_tag,
                                       GError              **error);
/* The @data given to sl_store_worker_run_async(), for a _finish that needs it. */
gpointer  sl_store_worker_get_data    (GAsyncResult         *result);

G_END_DECLS
