/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's slow reads as _async/_finish pairs that run on a worker thread's own connection. */
#define G_LOG_DOMAIN "sl-store-async"

#include "config.h"

#include "sl-store-async.h"
#include "sl-store-worker.h"

/* What a read job needs: its arguments, and what to build of the rows. */
typedef struct
{
  char             *query;
  gint64            from_us;
  guint             limit;
  GPtrArray        *rows;
  SlStoreBuildFunc  build;
  gpointer          build_data;
} Read;

static void
read_free (Read *read)
{
  g_free (read->query);
  g_clear_pointer (&read->rows, g_ptr_array_unref);
  g_free (read);
}

static Read *
read_new (SlStoreBuildFunc build,
          gpointer         build_data)
{
  Read *read = g_new0 (Read, 1);

  read->build = build;
  read->build_data = build_data;
  return read;
}

/* The rows, or what the caller builds of them: not for a job cancelled
 * meanwhile, which nobody will show. */
static gpointer
built (Read          *read,
       GPtrArray     *rows,
       GCancellable  *cancellable,
       GError       **error)
{
  if (rows == NULL || read->build == NULL)
    return rows;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_ptr_array_unref (rows);
      return NULL;
    }
  return read->build (rows, read->build_data);
}

static GDestroyNotify
result_free_for (SlStoreBuildFunc build,
                 GDestroyNotify   result_free)
{
  return build != NULL ? result_free : (GDestroyNotify) g_ptr_array_unref;
}

/* Candidates */

static gpointer
candidate_summaries_cb (SlStore       *store,
                        gpointer       data,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return built (data, sl_store_list_candidate_summaries (store, NULL, error), cancellable, error);
}

void
sl_store_list_candidate_summaries_async (SlStore             *self,
                                         SlStoreBuildFunc     build,
                                         gpointer             build_data,
                                         GDestroyNotify       result_free,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (SL_IS_STORE (self));

  sl_store_worker_run_async (self, SL_STORE_WORKER_READ, candidate_summaries_cb,
                             read_new (build, build_data), (GDestroyNotify) read_free,
                             result_free_for (build, result_free),
                             sl_store_list_candidate_summaries_async,
                             cancellable, callback, user_data);
}

gpointer
sl_store_list_candidate_summaries_finish (SlStore       *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return sl_store_worker_run_finish (self, result, sl_store_list_candidate_summaries_async, error);
}

static gpointer
matching_ids_cb (SlStore       *store,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  Read *read = data;

  return sl_store_list_matching_candidate_ids (store, read->query, NULL, error);
}

void
sl_store_list_matching_candidate_ids_async (SlStore             *self,
                                            const char          *query,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  Read *read;

  g_return_if_fail (SL_IS_STORE (self));
  g_return_if_fail (query != NULL);

  read = read_new (NULL, NULL);
  read->query = g_strdup (query);
  sl_store_worker_run_async (self, SL_STORE_WORKER_READ, matching_ids_cb,
                             read, (GDestroyNotify) read_free, (GDestroyNotify) g_ptr_array_unref,
                             sl_store_list_matching_candidate_ids_async,
                             cancellable, callback, user_data);
}

GPtrArray *
sl_store_list_matching_candidate_ids_finish (SlStore       *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return sl_store_worker_run_finish (self, result, sl_store_list_matching_candidate_ids_async, error);
}

/* Interviews */

static gpointer
interview_summaries_cb (SlStore       *store,
                        gpointer       data,
                        GCancellable  *cancellable,
                        GError       **error)
{
  Read *read = data;
  GPtrArray *rows;

  if (read->limit == 0)
    rows = sl_store_list_interview_summaries (store, read->from_us, error);
  else
    rows = sl_store_list_interview_summaries_limited (store, read->from_us, read->limit, error);
  return built (read, rows, cancellable, error);
}

void
sl_store_list_interview_summaries_async (SlStore             *self,
                                         gint64               from_us,
                                         guint                limit,
                                         SlStoreBuildFunc     build,
                                         gpointer             build_data,
                                         GDestroyNotify       result_free,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  Read *read;

  g_return_if_fail (SL_IS_STORE (self));

  read = read_new (build, build_data);
  read->from_us = from_us;
  read->limit = limit;
  sl_store_worker_run_async (self, SL_STORE_WORKER_READ, interview_summaries_cb,
                             read, (GDestroyNotify) read_free, result_free_for (build, result_free),
                             sl_store_list_interview_summaries_async,
                             cancellable, callback, user_data);
}

gpointer
sl_store_list_interview_summaries_finish (SlStore       *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return sl_store_worker_run_finish (self, result, sl_store_list_interview_summaries_async, error);
}

static gpointer
build_cb (SlStore       *store,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  Read *read = data;

  return read->build (g_ptr_array_ref (read->rows), read->build_data);
}

void
sl_store_build_async (SlStore             *self,
                      GPtrArray           *rows,
                      SlStoreBuildFunc     build,
                      gpointer             build_data,
                      GDestroyNotify       result_free,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  Read *read;

  g_return_if_fail (SL_IS_STORE (self));
  g_return_if_fail (rows != NULL);
  g_return_if_fail (build != NULL);

  read = read_new (build, build_data);
  read->rows = g_ptr_array_ref (rows);
  sl_store_worker_run_async (self, SL_STORE_WORKER_NO_STORE, build_cb,
                             read, (GDestroyNotify) read_free, result_free,
                             sl_store_build_async, cancellable, callback, user_data);
}

gpointer
sl_store_build_finish (SlStore       *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  return sl_store_worker_run_finish (self, result, sl_store_build_async, error);
}

/* Retention */

static gpointer
expired_cb (SlStore       *store,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  Read *read = data;

  return sl_store_list_expired (store, read->limit, error);
}

void
sl_store_list_expired_async (SlStore             *self,
                             guint                months,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  Read *read;

  g_return_if_fail (SL_IS_STORE (self));

  read = read_new (NULL, NULL);
  read->limit = months;
  sl_store_worker_run_async (self, SL_STORE_WORKER_READ, expired_cb,
                             read, (GDestroyNotify) read_free, (GDestroyNotify) g_ptr_array_unref,
                             sl_store_list_expired_async, cancellable, callback, user_data);
}

GPtrArray *
sl_store_list_expired_finish (SlStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return sl_store_worker_run_finish (self, result, sl_store_list_expired_async, error);
}
