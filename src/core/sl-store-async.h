/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's slow reads as _async/_finish pairs that run on a worker thread's own connection. */
#pragma once

#include <gio/gio.h>

#include "sl-store.h"

G_BEGIN_DECLS

/* Turns the rows a read found (transfer full) into what the caller shows,
 * on the worker thread, so that its main loop only takes the result; it
 * must only touch @rows and @user_data. Returns the result (not NULL). */
typedef gpointer (*SlStoreBuildFunc) (GPtrArray *rows,
                                      gpointer   user_data);

/* Everyone's SlCandidateSummary (sl_store_list_candidate_summaries()).
 * With @build, _finish returns what it made of them (freed with
 * @result_free when nobody collects it); without, the GPtrArray. */
void        sl_store_list_candidate_summaries_async  (SlStore              *self,
                                                      SlStoreBuildFunc      build,
                                                      gpointer              build_data,
                                                      GDestroyNotify        result_free,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gpointer    sl_store_list_candidate_summaries_finish (SlStore              *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

/* sl_store_list_matching_candidate_ids() of @query, with no posting. */
void        sl_store_list_matching_candidate_ids_async  (SlStore              *self,
                                                         const char           *query,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray  *sl_store_list_matching_candidate_ids_finish (SlStore              *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

/* The SlInterviewSummary of the interviews from @from_us on, at most
 * @limit of them (0: all), with @build as for the candidates above. */
void        sl_store_list_interview_summaries_async  (SlStore              *self,
                                                      gint64                from_us,
                                                      guint                 limit,
                                                      SlStoreBuildFunc      build,
                                                      gpointer              build_data,
                                                      GDestroyNotify        result_free,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gpointer    sl_store_list_interview_summaries_finish (SlStore              *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

/* @build run on @rows (referenced) on a worker thread, without any
 * connection: regrouping rows already read. */
void        sl_store_build_async                     (SlStore              *self,
                                                      GPtrArray            *rows,
                                                      SlStoreBuildFunc      build,
                                                      gpointer              build_data,
                                                      GDestroyNotify        result_free,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gpointer    sl_store_build_finish                    (SlStore              *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

/* The ids sl_store_list_expired() gives for @months. */
void        sl_store_list_expired_async              (SlStore              *self,
                                                      guint                 months,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
GPtrArray  *sl_store_list_expired_finish             (SlStore              *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

G_END_DECLS
