/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The list of rejection reasons a recruiter picks from (team data, editable). */
#define G_LOG_DOMAIN "sl-store-reasons"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-store-private.h"

/* The names migration 11 writes, for xgettext and for showing them in the
 * reader's language: a reason the team added is shown as it was typed. */
static const char * const default_reasons[] G_GNUC_UNUSED = {
  NC_("rejection reason", "Not enough experience"),
  NC_("rejection reason", "Skills do not match the role"),
  NC_("rejection reason", "Salary expectations"),
  NC_("rejection reason", "Chose another offer"),
  NC_("rejection reason", "Position filled"),
  NC_("rejection reason", "No response"),
  NC_("rejection reason", "Withdrew their application"),
};

static const char *
reason_label (const char *name)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "rejection reason", name);
}

static gboolean
same_reason (const char *a,
             const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return g_str_equal (folded_a, folded_b);
}

/* Appends each reason's id (if @ids) and shown name to @names, in order. */
static gboolean
read_reasons (SlStore    *self,
              GPtrArray  *ids,
              GPtrArray  *names,
              int        *last_position,
              GError    **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT id, name, position FROM rejection_reason WHERE deleted = 0 "
                           "ORDER BY position, created_at, id",
                           error);
  if (stmt == NULL)
    return FALSE;
  if (last_position != NULL)
    *last_position = -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (ids != NULL)
        g_ptr_array_add (ids, g_strdup (sl_stmt_column_text (stmt, 0)));
      g_ptr_array_add (names, g_strdup (reason_label (sl_stmt_column_text (stmt, 1))));
      if (last_position != NULL)
        *last_position = MAX (*last_position, sqlite3_column_int (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

/**
 * sl_store_list_rejection_reasons:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the team's rejection reasons in their order,
 *   the default ones in the reader's language, or %NULL with @error set
 */
char **
sl_store_list_rejection_reasons (SlStore  *self,
                                 GError  **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (!read_reasons (self, NULL, names, NULL, error))
    return NULL;
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/**
 * sl_store_add_rejection_reason:
 * @self: a store
 * @name: the reason, as the recruiter wrote it
 * @error: return location for a #GError
 *
 * Adds @name at the end of the list, with its activity entry and change.
 *
 * Returns: %TRUE on success; %FALSE with %SL_ERROR_INVALID when @name is
 *   blank or already in the list
 */
gboolean
sl_store_add_rejection_reason (SlStore     *self,
                               const char  *name,
                               GError     **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SlStmt) stmt = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *id = NULL;
  g_autofree char *rev = NULL;
  int last_position;
  gint64 now;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The reason is empty. Type a reason, e.g. “Relocation not possible”."));
      return FALSE;
    }

  if (!sl_store_begin (self, error))
    return FALSE;
  if (!read_reasons (self, NULL, names, &last_position, error))
    goto fail;
  for (guint i = 0; i < names->len; i++)
    if (same_reason (names->pdata[i], stripped))
      {
        g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                     _("“%s” is in the list of reasons already. Pick it from the list."), stripped);
        goto fail;
      }

  id = sl_store_new_id ();
  now = sl_store_now ();
  rev = sl_store_next_rev (NULL, stripped);
  stmt = sl_store_prepare (self,
                           "INSERT INTO rejection_reason (id, created_at, updated_at, rev, name, position) "
                           "VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
                           error);
  if (stmt == NULL)
    goto fail;
  sl_stmt_bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, now);
  sl_stmt_bind_text (stmt, 3, rev);
  sl_stmt_bind_text (stmt, 4, stripped);
  sqlite3_bind_int (stmt, 5, last_position + 1);
  if (!sl_store_finish_record_write (self, stmt, "rejection_reason", id, rev, FALSE, "created",
                                     NULL, NULL, stripped, error))
    goto fail;
  return sl_store_commit (self, error);

fail:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_remove_rejection_reason:
 * @self: a store
 * @name: a reason as sl_store_list_rejection_reasons() gives it
 * @error: return location for a #GError
 *
 * Takes @name out of the list (a tombstone, so that the removal syncs).
 * The applications rejected for it keep their reason.
 *
 * Returns: %TRUE on success; %FALSE with %SL_ERROR_NOT_FOUND when @name is
 *   not in the list
 */
gboolean
sl_store_remove_rejection_reason (SlStore     *self,
                                  const char  *name,
                                  GError     **error)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SlStmt) stmt = NULL;
  g_autofree char *rev = NULL;
  const char *id = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;
  if (!read_reasons (self, ids, names, NULL, error))
    goto fail;
  for (guint i = 0; i < names->len && id == NULL; i++)
    if (g_str_equal (names->pdata[i], name))
      id = ids->pdata[i];
  if (id == NULL)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                   _("“%s” is not in the list of reasons any more. Someone may have removed it already."), name);
      goto fail;
    }

  {
    g_autoptr (SlStmt) old = sl_store_prepare (self, "SELECT rev FROM rejection_reason WHERE id = ?1", error);

    if (old == NULL)
      goto fail;
    sl_stmt_bind_text (old, 1, id);
    if (sqlite3_step (old) == SQLITE_ROW)
      rev = sl_store_next_rev (sl_stmt_column_text (old, 0), "deleted");
  }
  stmt = sl_store_prepare (self,
                           "UPDATE rejection_reason SET deleted = 1, updated_at = ?2, rev = ?3 WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto fail;
  sl_stmt_bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  sl_stmt_bind_text (stmt, 3, rev);
  if (!sl_store_finish_record_write (self, stmt, "rejection_reason", id, rev, TRUE, "deleted",
                                     NULL, name, NULL, error))
    goto fail;
  return sl_store_commit (self, error);

fail:
  sl_store_rollback (self);
  return FALSE;
}
