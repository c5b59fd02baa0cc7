/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What sl-store-postings.c and sl-store-stages.c share: a posting's default
 * stages are written with it, and both read and check records alike. */
#pragma once

#include "sl-store-private.h"

G_BEGIN_DECLS

/* TRUE when @text (nullable) is empty or only white space. */
gboolean  sl_store_text_is_blank       (const char  *text);

/* Makes a new object from the current row of @stmt. */
typedef gpointer (*SlStoreReadRow) (SlStmt *stmt);

/* The object @read_row makes from the row of @id that @sql (binding the id
 * as ?1) finds, deleted or not; NULL with no error when there is none. */
gpointer  sl_store_lookup_row          (SlStore        *self,
                                        const char     *sql,
                                        const char     *id,
                                        SlStoreReadRow  read_row,
                                        GError        **error);

/* What a get function returns for the @record its lookup found: @record
 * (taken), or NULL with the lookup's @lookup_error (taken), or with
 * SL_ERROR_NOT_FOUND (@what names the record type) when there was none or
 * it is deleted. */
gpointer  sl_store_live_or_error       (gpointer     record,
                                        GError      *lookup_error,
                                        const char  *what,
                                        const char  *id,
                                        GError     **error);

/* sl-store-stages.c: inserts a stage of @posting_id inside the caller's
 * transaction, with its activity entry and change. */
gboolean  sl_store_insert_stage        (SlStore     *self,
                                        const char  *posting_id,
                                        const char  *name,
                                        int          position,
                                        SlStageKind  kind,
                                        gint64       now,
                                        GError     **error);

G_END_DECLS
