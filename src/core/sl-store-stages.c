/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pipeline stages of the store's postings. */
#define G_LOG_DOMAIN "sl-store-stages"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-store-postings-private.h"
#include "sl-store-records-private.h"

#define STAGE_COLUMNS \
  "id, created_at, updated_at, rev, deleted, posting_id, name, position, kind"

/* Stages */

static SlStage *
stage_from_stmt (SlStmt *stmt)
{
  SlStage *stage = sl_stage_new ();
  SlStageKind kind = SL_STAGE_KIND_ACTIVE;

  sl_store_read_record_columns (SL_RECORD (stage), stmt);
  sl_stage_set_posting_id (stage, sl_stmt_column_text (stmt, 5));
  sl_stage_set_name (stage, sl_stmt_column_text (stmt, 6));
  sl_stage_set_position (stage, MAX (0, sqlite3_column_int (stmt, 7)));
  sl_stage_kind_from_string (sl_stmt_column_text (stmt, 8), &kind);
  sl_stage_set_kind (stage, kind);

  return stage;
}

static gpointer
stage_row_cb (SlStmt *stmt)
{
  return stage_from_stmt (stmt);
}

static SlStage *
lookup_stage (SlStore     *self,
              const char  *id,
              GError     **error)
{
  return sl_store_lookup_row (self, "SELECT " STAGE_COLUMNS " FROM stage WHERE id = ?", id,
                              stage_row_cb, error);
}

/**
 * sl_store_get_stage:
 * @self: a store
 * @id: the stage's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the stage, or %NULL with
 *   %SL_ERROR_NOT_FOUND when there is none or it was deleted
 */
SlStage *
sl_store_get_stage (SlStore     *self,
                    const char  *id,
                    GError     **error)
{
  GError *local_error = NULL;
  SlStage *stage;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stage = lookup_stage (self, id, &local_error);
  return sl_store_live_or_error (stage, local_error, "stage", id, error);
}

static char *
stage_content (const char  *posting_id,
               const char  *name,
               int          position,
               SlStageKind  kind)
{
  return g_strdup_printf ("%s\x1f%s\x1f%d\x1f%s", posting_id, name, position,
                          sl_stage_kind_to_string (kind));
}

static gboolean
write_stage (SlStore     *self,
             const char  *id,
             gint64       created_at,
             gint64       updated_at,
             const char  *rev,
             const char  *posting_id,
             const char  *name,
             int          position,
             SlStageKind  kind,
             GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "INSERT INTO stage (" STAGE_COLUMNS ") "
                           "VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8) "
                           "ON CONFLICT (id) DO UPDATE SET updated_at = ?3, rev = ?4, "
                           "name = ?6, position = ?7, kind = ?8",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, created_at);
  sqlite3_bind_int64 (stmt, 3, updated_at);
  sqlite3_bind_text (stmt, 4, rev, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, posting_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, position);
  sqlite3_bind_text (stmt, 8, sl_stage_kind_to_string (kind), -1, SQLITE_STATIC);

  return sl_store_step_done (self, stmt, error);
}

gboolean
sl_store_insert_stage (SlStore     *self,
                       const char  *posting_id,
                       const char  *name,
                       int          position,
                       SlStageKind  kind,
                       gint64       now,
                       GError     **error)
{
  g_autofree char *id = sl_store_new_id ();
  g_autofree char *content = stage_content (posting_id, name, position, kind);
  g_autofree char *rev = sl_store_next_rev (NULL, content);

  return write_stage (self, id, now, now, rev, posting_id, name, position, kind, error) &&
         sl_store_record_change (self, "stage", id, rev, FALSE, error) &&
         sl_store_record_activity (self, "stage", id, "created", NULL, NULL, name, error);
}

/**
 * sl_store_list_stages:
 * @self: a store
 * @posting_id: a posting's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlStage): the posting's stages that
 *   are not deleted, by position, or %NULL with @error set
 */
GPtrArray *
sl_store_list_stages (SlStore     *self,
                      const char  *posting_id,
                      GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (posting_id != NULL, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT " STAGE_COLUMNS " FROM stage "
                           "WHERE posting_id = ? AND deleted = 0 "
                           "ORDER BY position, created_at, id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, posting_id, -1, SQLITE_STATIC);
  stages = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (stages, stage_from_stmt (stmt));

  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&stages);
}

/**
 * sl_store_save_stage:
 * @self: a store
 * @stage: the stage to write; its posting-id and name are required
 * @error: return location for a #GError
 *
 * Inserts (no id yet) or updates the stage, with activity entries and the
 * change-feed row in the same transaction. Positions are taken as given.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_save_stage (SlStore  *self,
                     SlStage  *stage,
                     GError  **error)
{
  g_autoptr (SlStage) old = NULL;
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;
  g_autofree char *content = NULL;
  const char *posting_id;
  const char *name;
  gint64 created_at;
  gint64 now;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_STAGE (stage), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  posting_id = sl_stage_get_posting_id (stage);
  name = sl_stage_get_name (stage);

  if (sl_store_text_is_blank (name))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The stage has no name. Enter a name, e.g. “Phone Screen”."));
      return FALSE;
    }
  if (posting_id == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The stage belongs to no posting. Add stages from a posting’s pipeline."));
      return FALSE;
    }

  if (!sl_store_begin (self, error))
    return FALSE;

  posting = sl_store_get_posting (self, posting_id, error);
  if (posting == NULL)
    goto fail;

  now = sl_store_now ();
  id = g_strdup (sl_record_get_id (SL_RECORD (stage)));
  if (id != NULL)
    {
      old = lookup_stage (self, id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
      if (old != NULL && g_strcmp0 (sl_stage_get_posting_id (old), posting_id) != 0)
        {
          g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                               _("A stage cannot move to another posting. Add a new stage to that posting instead."));
          goto fail;
        }
    }
  else
    {
      id = sl_store_new_id ();
    }

  content = stage_content (posting_id, name, sl_stage_get_position (stage), sl_stage_get_kind (stage));

  if (old != NULL)
    {
      gboolean changed = FALSE;

      if (g_strcmp0 (sl_stage_get_name (old), name) != 0)
        {
          changed = TRUE;
          if (!sl_store_record_activity (self, "stage", id, "updated", "name",
                                         sl_stage_get_name (old), name, error))
            goto fail;
        }
      if (sl_stage_get_position (old) != sl_stage_get_position (stage))
        {
          g_autofree char *old_position = g_strdup_printf ("%d", sl_stage_get_position (old));
          g_autofree char *new_position = g_strdup_printf ("%d", sl_stage_get_position (stage));

          changed = TRUE;
          if (!sl_store_record_activity (self, "stage", id, "updated", "position",
                                         old_position, new_position, error))
            goto fail;
        }
      if (sl_stage_get_kind (old) != sl_stage_get_kind (stage))
        {
          changed = TRUE;
          if (!sl_store_record_activity (self, "stage", id, "updated", "kind",
                                         sl_stage_kind_to_string (sl_stage_get_kind (old)),
                                         sl_stage_kind_to_string (sl_stage_get_kind (stage)),
                                         error))
            goto fail;
        }
      if (!changed && !sl_record_get_deleted (SL_RECORD (old)))
        {
          sl_store_rollback (self);
          return TRUE;
        }
      created_at = sl_record_get_created_at (SL_RECORD (old));
      rev = sl_store_next_rev (sl_record_get_rev (SL_RECORD (old)), content);
    }
  else
    {
      created_at = now;
      rev = sl_store_next_rev (NULL, content);
      if (!sl_store_record_activity (self, "stage", id, "created", NULL, NULL, name, error))
        goto fail;
    }

  if (!write_stage (self, id, created_at, now, rev, posting_id, name,
                    sl_stage_get_position (stage), sl_stage_get_kind (stage), error) ||
      !sl_store_record_change (self, "stage", id, rev, FALSE, error))
    goto fail;

  sl_store_queue_changed (self, "stage", id);
  if (!sl_store_commit (self, error))
    return FALSE;

  sl_store_set_record_saved (SL_RECORD (stage), id, created_at, now, rev);
  return TRUE;

fail:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_delete_stage:
 * @self: a store
 * @stage_id: the stage to delete
 * @move_to_stage_id: (nullable): a stage of the same posting that takes the
 *   stage's applications; required when it has any
 * @error: return location for a #GError
 *
 * Moves the stage's applications to the bottom of @move_to_stage_id (with a
 * "moved" activity entry each), then tombstones the stage, in one
 * transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_delete_stage (SlStore     *self,
                       const char  *stage_id,
                       const char  *move_to_stage_id,
                       GError     **error)
{
  g_autoptr (SlStage) stage = NULL;
  g_autoptr (SlStage) target = NULL;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) revs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *rev = NULL;
  double position = 0;
  gint64 now;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  stage = sl_store_get_stage (self, stage_id, error);
  if (stage == NULL)
    goto fail;

  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                "SELECT id, rev FROM application "
                                                "WHERE stage_id = ? AND deleted = 0 ORDER BY position",
                                                error);
    if (stmt == NULL)
      goto fail;
    sqlite3_bind_text (stmt, 1, stage_id, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        g_ptr_array_add (ids, g_strdup (sl_stmt_column_text (stmt, 0)));
        g_ptr_array_add (revs, g_strdup (sl_stmt_column_text (stmt, 1)));
      }
    if (rc != SQLITE_DONE)
      {
        sl_store_set_db_error (self, rc, error);
        goto fail;
      }
  }

  if (ids->len > 0)
    {
      if (move_to_stage_id == NULL)
        {
          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The stage “%s” still has %u application. Choose a stage to move it to before deleting this one.",
                                    "The stage “%s” still has %u applications. Choose a stage to move them to before deleting this one.",
                                    ids->len),
                       sl_stage_get_name (stage), ids->len);
          goto fail;
        }

      target = sl_store_get_stage (self, move_to_stage_id, error);
      if (target == NULL)
        goto fail;
      if (g_strcmp0 (sl_stage_get_posting_id (target), sl_stage_get_posting_id (stage)) != 0 ||
          g_str_equal (move_to_stage_id, stage_id))
        {
          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       _("The applications of “%s” can only move to another stage of the same posting. Choose one of its other stages."),
                       sl_stage_get_name (stage));
          goto fail;
        }

      {
        g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                    "SELECT coalesce(max(position), 0) FROM application "
                                                    "WHERE stage_id = ? AND deleted = 0",
                                                    error);
        if (stmt == NULL)
          goto fail;
        sqlite3_bind_text (stmt, 1, move_to_stage_id, -1, SQLITE_STATIC);
        rc = sqlite3_step (stmt);
        if (rc != SQLITE_ROW)
          {
            sl_store_set_db_error (self, rc, error);
            goto fail;
          }
        position = sqlite3_column_double (stmt, 0);
      }
    }

  now = sl_store_now ();

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                  "UPDATE application SET stage_id = ?, position = ?, "
                                                  "stage_entered_at = ?, updated_at = ?, rev = ? WHERE id = ?",
                                                  error);
      g_autofree char *content = NULL;
      g_autofree char *app_rev = NULL;

      if (stmt == NULL)
        goto fail;

      position += 1;
      content = g_strdup_printf ("%s\x1f%s\x1f%g", (char *) ids->pdata[i], move_to_stage_id, position);
      app_rev = sl_store_next_rev (revs->pdata[i], content);
      sqlite3_bind_text (stmt, 1, move_to_stage_id, -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 2, position);
      sqlite3_bind_int64 (stmt, 3, now);
      sqlite3_bind_int64 (stmt, 4, now);
      sqlite3_bind_text (stmt, 5, app_rev, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, ids->pdata[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        {
          sl_store_set_db_error (self, rc, error);
          goto fail;
        }

      if (!sl_store_record_change (self, "application", ids->pdata[i], app_rev, FALSE, error) ||
          !sl_store_record_activity (self, "application", ids->pdata[i], "moved", "stage",
                                     sl_stage_get_name (stage), sl_stage_get_name (target), error))
        goto fail;
      sl_store_queue_changed (self, "application", ids->pdata[i]);
    }

  rev = sl_store_next_rev (sl_record_get_rev (SL_RECORD (stage)), "deleted");
  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                "UPDATE stage SET deleted = ?, updated_at = ?, rev = ? "
                                                "WHERE id = ?",
                                                error);
    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int (stmt, 1, 1);
    sqlite3_bind_int64 (stmt, 2, now);
    sqlite3_bind_text (stmt, 3, rev, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, stage_id, -1, SQLITE_STATIC);
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_DONE)
      {
        sl_store_set_db_error (self, rc, error);
        goto fail;
      }
  }

  if (!sl_store_finish_record_write (self, NULL, "stage", stage_id, rev, TRUE, "deleted",
                                     NULL, sl_stage_get_name (stage), NULL, error))
    goto fail;
  return sl_store_commit (self, error);

fail:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_add_stage:
 * @self: a store
 * @posting_id: the posting whose pipeline gets the stage
 * @name: the new stage's name
 * @error: return location for a #GError
 *
 * Adds an active stage after the posting's last active stage: the stages
 * that end the pipeline (kind hired or rejected) stay at its end, since a
 * step added after "Hired" would come after the candidate was hired.
 *
 * Returns: (transfer full): the new stage's id, or %NULL with @error set
 */
char *
sl_store_add_stage (SlStore     *self,
                    const char  *posting_id,
                    const char  *name,
                    GError     **error)
{
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (SlStage) stage = NULL;
  guint index;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (posting_id != NULL, NULL);

  if (!sl_store_begin (self, error))
    return NULL;

  stages = sl_store_list_stages (self, posting_id, error);
  if (stages == NULL)
    goto fail;
  index = stages->len;
  while (index > 0 && sl_stage_get_kind (stages->pdata[index - 1]) != SL_STAGE_KIND_ACTIVE)
    index--;

  stage = sl_stage_new ();
  sl_stage_set_posting_id (stage, posting_id);
  sl_stage_set_name (stage, name);
  sl_stage_set_position (stage, (int) stages->len);
  sl_stage_set_kind (stage, SL_STAGE_KIND_ACTIVE);
  if (!sl_store_save_stage (self, stage, error))
    goto fail;
  if (index < stages->len &&
      !sl_store_move_stage (self, sl_record_get_id (SL_RECORD (stage)), index, error))
    goto fail;
  if (!sl_store_commit (self, error))
    return NULL;

  return g_strdup (sl_record_get_id (SL_RECORD (stage)));

fail:
  sl_store_rollback (self);
  return NULL;
}

/**
 * sl_store_move_stage:
 * @self: a store
 * @stage_id: the stage to move
 * @position: its new 0-based place in the pipeline (clamped to the end)
 * @error: return location for a #GError
 *
 * Reorders a posting's pipeline: puts the stage at @position and numbers
 * all its stages 0, 1, 2… again, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_move_stage (SlStore     *self,
                     const char  *stage_id,
                     guint        position,
                     GError     **error)
{
  g_autoptr (SlStage) stage = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  guint index = 0;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  stage = sl_store_get_stage (self, stage_id, error);
  if (stage == NULL)
    goto fail;
  stages = sl_store_list_stages (self, sl_stage_get_posting_id (stage), error);
  if (stages == NULL)
    goto fail;

  for (guint i = 0; i < stages->len; i++)
    if (g_str_equal (sl_record_get_id (stages->pdata[i]), stage_id))
      index = i;

  {
    gpointer moved = g_ptr_array_steal_index (stages, index);

    g_ptr_array_insert (stages, (int) MIN (position, stages->len), moved);
  }

  for (guint i = 0; i < stages->len; i++)
    {
      SlStage *each = stages->pdata[i];

      if (sl_stage_get_position (each) == (int) i)
        continue;
      sl_stage_set_position (each, (int) i);
      if (!sl_store_save_stage (self, each, error))
        goto fail;
    }

  return sl_store_commit (self, error);

fail:
  sl_store_rollback (self);
  return FALSE;
}
