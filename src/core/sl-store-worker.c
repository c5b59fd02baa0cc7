/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running a job in a worker thread on its own SlStore, opened on the same file as the caller's. */
#define G_LOG_DOMAIN "sl-store-worker"

#include "config.h"

#include "sl-store-worker.h"

/* A connection belongs to one thread (sl_store_open()), so a job cannot use
 * the caller's store: it opens its own on the same path. That is safe with
 * the process's POSIX locks: sl_store_open() reads the file's header through
 * SQLite's own file layer (see read_header() in sl-store.c), and SQLite
 * keeps each descriptor open while a connection of the process holds a lock
 * on the file, so neither this connection's open nor its close drops the
 * locks of the caller's. The job's store is opened on a thread without a
 * main context of its own, so it does not poll for external changes: the
 * caller's store announces a writing job's commit at its next poll, or at
 * once when the caller calls sl_store_check_external_changes(). */

typedef struct
{
  char              *path;
  SlStoreWorkerMode  mode;
  SlStoreWorkerFunc  func;
  gpointer           data;
  GDestroyNotify     data_free;
  GDestroyNotify     result_free;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_free (job);
}

static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (SlStore) store = NULL;
  g_autoptr (GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (job->mode == SL_STORE_WORKER_READ)
    store = sl_store_open_full (job->path, SL_STORE_OPEN_FALL_BACK_READ_ONLY, &error);
  else if (job->mode == SL_STORE_WORKER_WRITE)
    store = sl_store_open (job->path, &error);
  if (job->mode != SL_STORE_WORKER_NO_STORE && store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = job->func (store, job->data, cancellable, &error);
  if (result == NULL)
    {
      if (error == NULL)
        g_critical ("A worker job of %s returned NULL without an error", g_task_get_name (task));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A job finished while it was being cancelled still reports the
   * cancellation (g_task_set_check_cancellable()); its result is freed. */
  g_task_return_pointer (task, result, job->result_free);
}

void
sl_store_worker_run_async (SlStore             *store,
                           SlStoreWorkerMode    mode,
                           SlStoreWorkerFunc    func,
                           gpointer             data,
                           GDestroyNotify       data_free,
                           GDestroyNotify       result_free,
                           gpointer             source_tag,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  Job *job;

  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (func != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (Job, 1);
  job->path = g_strdup (sl_store_get_path (store));
  job->mode = mode;
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, worker_thread);
}

gpointer
sl_store_worker_run_finish (SlStore       *store,
                            GAsyncResult  *result,
                            gpointer       source_tag,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gpointer
sl_store_worker_get_data (GAsyncResult *result)
{
  Job *job;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  job = g_task_get_task_data (G_TASK (result));
  return job != NULL ? job->data : NULL;
}
