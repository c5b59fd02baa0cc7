/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Résumé attachments (copied into the data folder under their SHA-256) and the candidate summaries of the Candidates area. */
#define G_LOG_DOMAIN "sl-store-attachments"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sl-store-people-private.h"

void
sl_attachment_free (SlAttachment *attachment)
{
  if (attachment == NULL)
    return;

  g_free (attachment->id);
  g_free (attachment->candidate_id);
  g_free (attachment->file_name);
  g_free (attachment->content_type);
  g_free (attachment->sha256);
  g_free (attachment);
}

/**
 * sl_attachment_get_path:
 * @attachment: an #SlAttachment
 *
 * Returns: (transfer full): where the attachment's content is stored, in
 *   sl_store_get_attachments_dir()
 */
char *
sl_attachment_get_path (const SlAttachment *attachment)
{
  g_autofree char *dir = sl_store_get_attachments_dir ();

  g_return_val_if_fail (attachment != NULL, NULL);

  return g_build_filename (dir, attachment->sha256, NULL);
}

/* Copies @file to a temporary file in @dir while hashing it, then renames it
 * to its hash: a crash never leaves a half-written file under a hash name. */
static char *
copy_and_hash (GFile         *file,
               const char    *dir,
               gint64        *out_size,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr (GFileInputStream) in = NULL;
  g_autoptr (GFileIOStream) tmp_io = NULL;
  g_autoptr (GFile) tmp = NULL;
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *template = g_build_filename (dir, ".incoming-XXXXXX", NULL);
  g_autofree char *dest_path = NULL;
  GOutputStream *out;
  guint8 buffer[16384];
  gint64 size = 0;
  gssize n;
  int fd;

  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;

  fd = g_mkstemp_full (template, O_RDWR, 0600);
  if (fd < 0)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not write to the attachments folder “%s”: check that it is writable"), dir);
      return NULL;
    }
  close (fd);
  tmp = g_file_new_for_path (template);
  tmp_io = g_file_open_readwrite (tmp, cancellable, error);
  if (tmp_io == NULL)
    goto fail;
  out = g_io_stream_get_output_stream (G_IO_STREAM (tmp_io));

  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, sizeof buffer, cancellable, error)) > 0)
    {
      g_checksum_update (checksum, buffer, n);
      if (!g_output_stream_write_all (out, buffer, n, NULL, cancellable, error))
        goto fail;
      size += n;
    }
  if (n < 0 || !g_io_stream_close (G_IO_STREAM (tmp_io), cancellable, error))
    goto fail;

  dest_path = g_build_filename (dir, g_checksum_get_string (checksum), NULL);
  if (g_rename (template, dest_path) != 0)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not store the attachment in “%s”: check that the folder is writable"), dir);
      goto fail;
    }

  *out_size = size;
  return g_strdup (g_checksum_get_string (checksum));

fail:
  g_unlink (template);
  return NULL;
}

/**
 * sl_store_add_attachment:
 * @self: a #SlStore
 * @candidate_id: the candidate the file belongs to
 * @file: the file to attach (a résumé)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Copies @file into sl_store_get_attachments_dir() under the hex SHA-256 of
 * its content (the same content is stored once) and records an attachment
 * row, an activity entry on the candidate and a change, in one transaction.
 *
 * Returns: (transfer full): the new attachment, or %NULL on error
 */
SlAttachment *
sl_store_add_attachment (SlStore       *self,
                         const char    *candidate_id,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr (SlCandidate) candidate = NULL;
  g_autoptr (SlAttachment) attachment = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autofree char *dir = sl_store_get_attachments_dir ();
  g_autofree char *content = NULL;
  g_autofree char *rev = NULL;
  gint64 size = 0;
  gint64 now;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (candidate_id != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  candidate = sl_store_get_candidate (self, candidate_id, error);
  if (candidate == NULL)
    return NULL;
  if (sl_candidate_get_erased (candidate))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("This candidate’s personal data was erased: files cannot be attached any more"));
      return NULL;
    }

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("“%s” is not a file: choose a document such as a PDF résumé"),
                   g_file_info_get_display_name (info));
      return NULL;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not create the attachments folder “%s”: check the permissions of your data folder"), dir);
      return NULL;
    }

  attachment = g_new0 (SlAttachment, 1);
  attachment->sha256 = copy_and_hash (file, dir, &size, cancellable, error);
  if (attachment->sha256 == NULL)
    return NULL;

  now = sl_store_now ();
  attachment->id = sl_store_new_id ();
  attachment->candidate_id = g_strdup (candidate_id);
  attachment->file_name = g_strdup (g_file_info_get_display_name (info));
  attachment->content_type = g_strdup (g_file_info_get_content_type (info));
  attachment->size = size;
  attachment->created_at = now;

  content = g_strdup_printf ("%s\n%s\n%s", candidate_id, attachment->file_name, attachment->sha256);
  rev = sl_store_next_rev (NULL, content);

  if (!sl_store_begin (self, error))
    return NULL;

  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                "INSERT INTO attachment (id, created_at, updated_at, rev, deleted, "
                                                "candidate_id, file_name, content_type, sha256, size) "
                                                "VALUES (?1, ?2, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8)",
                                                error);
    if (stmt == NULL)
      goto rollback;
    sl_stmt_bind_text (stmt, 1, attachment->id);
    sqlite3_bind_int64 (stmt, 2, now);
    sl_stmt_bind_text (stmt, 3, rev);
    sl_stmt_bind_text (stmt, 4, candidate_id);
    sl_stmt_bind_text (stmt, 5, attachment->file_name);
    sl_stmt_bind_text (stmt, 6, attachment->content_type);
    sl_stmt_bind_text (stmt, 7, attachment->sha256);
    sqlite3_bind_int64 (stmt, 8, size);
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_DONE)
      {
        sl_store_set_db_error (self, rc, error);
        goto rollback;
      }
  }

  if (!sl_store_record_change (self, "attachment", attachment->id, rev, FALSE, error) ||
      !sl_store_record_activity (self, "candidate", candidate_id, "updated", "attachments",
                                 NULL, attachment->file_name, error))
    goto rollback;
  sl_store_queue_changed (self, "candidate", candidate_id);

  if (!sl_store_commit (self, error))
    return NULL;

  return g_steal_pointer (&attachment);

rollback:
  sl_store_rollback (self);
  return NULL;
}

/**
 * sl_store_list_attachments:
 * @self: a #SlStore
 * @candidate_id: a candidate
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type SlAttachment): the candidate's
 *   attachments that are not deleted, oldest first
 */
GPtrArray *
sl_store_list_attachments (SlStore     *self,
                           const char  *candidate_id,
                           GError     **error)
{
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_attachment_free);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (candidate_id != NULL, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT id, candidate_id, file_name, content_type, sha256, size, created_at "
                           "FROM attachment WHERE candidate_id = ?1 AND deleted = 0 "
                           "ORDER BY created_at, id",
                           error);
  if (stmt == NULL)
    return NULL;
  sl_stmt_bind_text (stmt, 1, candidate_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlAttachment *attachment = g_new0 (SlAttachment, 1);

      attachment->id = g_strdup (sl_stmt_column_text (stmt, 0));
      attachment->candidate_id = g_strdup (sl_stmt_column_text (stmt, 1));
      attachment->file_name = g_strdup (sl_stmt_column_text (stmt, 2));
      attachment->content_type = g_strdup (sl_stmt_column_text (stmt, 3));
      attachment->sha256 = g_strdup (sl_stmt_column_text (stmt, 4));
      attachment->size = sqlite3_column_int64 (stmt, 5);
      attachment->created_at = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (result, attachment);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

gboolean
sl_store_delete_unreferenced_files (SlStore    *self,
                                    GPtrArray  *hashes,
                                    gboolean    erasing,
                                    GError    **error)
{
  g_autofree char *dir = sl_store_get_attachments_dir ();

  for (guint i = 0; i < hashes->len; i++)
    {
      const char *sha = g_ptr_array_index (hashes, i);
      g_autoptr (SlStmt) stmt = NULL;
      g_autofree char *path = NULL;
      int rc;

      /* Only a hash can name a file: never follow a path out of the folder. */
      if (sha == NULL || sha[0] == '\0' || strchr (sha, '/') != NULL || sha[0] == '.')
        continue;

      /* A removed résumé (a tombstone, kept for sync) holds no file. */
      stmt = sl_store_prepare (self, "SELECT 1 FROM attachment WHERE sha256 = ?1 AND deleted = 0 LIMIT 1", error);
      if (stmt == NULL)
        return FALSE;
      sl_stmt_bind_text (stmt, 1, sha);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        continue;
      if (rc != SQLITE_DONE)
        return sl_store_set_db_error (self, rc, error);

      path = g_build_filename (dir, sha, NULL);
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          if (erasing)
            g_set_error (error, SL_ERROR, SL_ERROR_INCOMPLETE,
                         _("The candidate’s data was erased, but their résumé file “%s” could not be deleted: %s. Delete it by hand."),
                         path, g_strerror (saved_errno));
          else
            g_set_error (error, SL_ERROR, SL_ERROR_INCOMPLETE,
                         _("The résumé was removed, but its file “%s” could not be deleted: %s. Delete it by hand."),
                         path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* Reads attachment @id (removed or not) into @out. */
static gboolean
read_attachment (SlStore       *self,
                 const char    *id,
                 SlAttachment **out,
                 char         **out_rev,
                 gboolean      *out_deleted,
                 GError       **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  SlAttachment *attachment;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT id, candidate_id, file_name, content_type, sha256, size, created_at, rev, deleted "
                           "FROM attachment WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                           _("This résumé is no longer attached: it was removed or the candidate was erased"));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);

  attachment = g_new0 (SlAttachment, 1);
  attachment->id = g_strdup (sl_stmt_column_text (stmt, 0));
  attachment->candidate_id = g_strdup (sl_stmt_column_text (stmt, 1));
  attachment->file_name = g_strdup (sl_stmt_column_text (stmt, 2));
  attachment->content_type = g_strdup (sl_stmt_column_text (stmt, 3));
  attachment->sha256 = g_strdup (sl_stmt_column_text (stmt, 4));
  attachment->size = sqlite3_column_int64 (stmt, 5);
  attachment->created_at = sqlite3_column_int64 (stmt, 6);
  *out_rev = g_strdup (sl_stmt_column_text (stmt, 7));
  *out_deleted = sqlite3_column_int (stmt, 8) != 0;
  *out = attachment;
  return TRUE;
}

/* Marks attachment @id removed (@deleted) or back, with its activity
 * entry and change, in one transaction. */
static gboolean
set_attachment_deleted (SlStore     *self,
                        const char  *id,
                        gboolean     deleted,
                        GError     **error)
{
  g_autoptr (SlAttachment) attachment = NULL;
  g_autofree char *old_rev = NULL;
  g_autofree char *rev = NULL;
  g_autofree char *content = NULL;
  gboolean was_deleted = FALSE;

  if (!sl_store_begin (self, error))
    return FALSE;
  if (!read_attachment (self, id, &attachment, &old_rev, &was_deleted, error))
    goto rollback;
  if (was_deleted == deleted)
    return sl_store_commit (self, error);

  content = g_strdup_printf ("%s\n%s\n%s\n%d", attachment->candidate_id, attachment->file_name,
                             attachment->sha256, deleted);
  rev = sl_store_next_rev (old_rev, content);
  {
    g_autoptr (SlStmt) stmt = sl_store_prepare (self,
                                                "UPDATE attachment SET deleted = ?2, rev = ?3, updated_at = ?4 "
                                                "WHERE id = ?1",
                                                error);
    int rc;

    if (stmt == NULL)
      goto rollback;
    sl_stmt_bind_text (stmt, 1, id);
    sqlite3_bind_int (stmt, 2, deleted);
    sl_stmt_bind_text (stmt, 3, rev);
    sqlite3_bind_int64 (stmt, 4, sl_store_now ());
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_DONE)
      {
        sl_store_set_db_error (self, rc, error);
        goto rollback;
      }
  }
  if (!sl_store_record_change (self, "attachment", id, rev, deleted, error) ||
      !sl_store_record_activity (self, "candidate", attachment->candidate_id, "updated", "attachments",
                                 deleted ? attachment->file_name : NULL,
                                 deleted ? NULL : attachment->file_name, error))
    goto rollback;
  sl_store_queue_changed (self, "candidate", attachment->candidate_id);

  return sl_store_commit (self, error);

rollback:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_remove_attachment:
 * @self: a #SlStore
 * @attachment_id: an attachment
 * @error: return location for a #GError
 *
 * Removes a résumé from its candidate: the row stays as a tombstone (so the
 * removal can sync and be undone with sl_store_restore_attachment()), with
 * an activity entry and a change, in one transaction. The file stays in the
 * attachments folder until sl_store_delete_attachment_file() is called,
 * once the removal is not to be undone any more.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_remove_attachment (SlStore     *self,
                            const char  *attachment_id,
                            GError     **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (attachment_id != NULL, FALSE);

  return set_attachment_deleted (self, attachment_id, TRUE, error);
}

/**
 * sl_store_restore_attachment:
 * @self: a #SlStore
 * @attachment_id: an attachment removed by sl_store_remove_attachment()
 * @error: return location for a #GError
 *
 * Undoes the removal, if its file is still there.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_restore_attachment (SlStore     *self,
                             const char  *attachment_id,
                             GError     **error)
{
  g_autoptr (SlAttachment) attachment = NULL;
  g_autofree char *rev = NULL;
  g_autofree char *path = NULL;
  gboolean deleted = FALSE;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (attachment_id != NULL, FALSE);

  if (!read_attachment (self, attachment_id, &attachment, &rev, &deleted, error))
    return FALSE;
  path = sl_attachment_get_path (attachment);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                   _("The file of “%s” was deleted already: attach the résumé again"), attachment->file_name);
      return FALSE;
    }
  return set_attachment_deleted (self, attachment_id, FALSE, error);
}

/**
 * sl_store_delete_attachment_file:
 * @self: a #SlStore
 * @attachment_id: an attachment removed by sl_store_remove_attachment()
 * @error: return location for a #GError
 *
 * Deletes the removed attachment's file from the attachments folder, unless
 * an attachment still in use (of any candidate) has the same content.
 * Does nothing for an attachment that is not removed.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_delete_attachment_file (SlStore     *self,
                                 const char  *attachment_id,
                                 GError     **error)
{
  g_autoptr (SlAttachment) attachment = NULL;
  g_autoptr (GPtrArray) hashes = NULL;
  g_autofree char *rev = NULL;
  gboolean deleted = FALSE;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (attachment_id != NULL, FALSE);

  if (!read_attachment (self, attachment_id, &attachment, &rev, &deleted, error))
    return FALSE;
  if (!deleted)
    return TRUE;
  hashes = g_ptr_array_new ();
  g_ptr_array_add (hashes, attachment->sha256);
  return sl_store_delete_unreferenced_files (self, hashes, FALSE, error);
}

#define SUMMARY_SELECT \
  "SELECT c.id, c.name, " \
  "  CASE WHEN json_valid (c.emails) THEN json_extract (c.emails, '$[0]') END, " \
  "  c.location, c.source, c.tags, " \
  "  (SELECT group_concat (p.title, ', ') FROM application a " \
  "     JOIN posting p ON p.id = a.posting_id " \
  "     WHERE a.candidate_id = c.id AND a.deleted = 0 AND p.deleted = 0), " \
  "  max (c.updated_at, " \
  "       coalesce ((SELECT max (a.updated_at) FROM application a " \
  "                  WHERE a.candidate_id = c.id), 0), " \
  "       coalesce ((SELECT max (v.created_at) FROM activity v " \
  "                  WHERE v.record_id = c.id), 0)), " \
  /* In the order of the postings above (the same join, the same rows). */ \
  "  (SELECT group_concat (coalesce (s.name, ''), ', ') FROM application a " \
  "     JOIN posting p ON p.id = a.posting_id LEFT JOIN stage s ON s.id = a.stage_id " \
  "     WHERE a.candidate_id = c.id AND a.deleted = 0 AND p.deleted = 0), " \
  "  (SELECT group_concat (a.status, ',') FROM application a " \
  "     JOIN posting p ON p.id = a.posting_id " \
  "     WHERE a.candidate_id = c.id AND a.deleted = 0 AND p.deleted = 0) " \
  "FROM candidate c WHERE c.deleted = 0 AND c.erased = 0 "

void
sl_candidate_summary_free (SlCandidateSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->id);
  g_free (summary->name);
  g_free (summary->email);
  g_free (summary->location);
  g_free (summary->source);
  g_free (summary->tags);
  g_free (summary->postings);
  g_free (summary->stages);
  g_free (summary->statuses);
  g_free (summary);
}

/**
 * sl_store_list_candidate_summaries:
 * @self: a #SlStore
 * @candidate_id: (nullable): only this candidate, or %NULL for everyone
 * @error: return location for a #GError
 *
 * One row per candidate who is neither deleted nor erased, with what the
 * Candidates area shows: the first email, tags joined with ", ", the titles
 * of the postings applied to and the time of the last activity (the latest
 * of the candidate's and their applications' updates and activity entries,
 * as sl_store_list_expired() counts it). One query: about a second for
 * 100 000 candidates, so call it from a worker thread with its own store.
 *
 * Returns: (transfer full) (element-type SlCandidateSummary): the rows, by name
 */
GPtrArray *
sl_store_list_candidate_summaries (SlStore     *self,
                                   const char  *candidate_id,
                                   GError     **error)
{
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_candidate_summary_free);
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* Two statements: "?1 IS NULL OR c.id = ?1" would scan the table for one id. */
  stmt = sl_store_prepare (self,
                           candidate_id != NULL ? SUMMARY_SELECT "AND c.id = ?1"
                                                : SUMMARY_SELECT "ORDER BY c.name, c.id",
                           error);
  if (stmt == NULL)
    return NULL;
  if (candidate_id != NULL)
    sl_stmt_bind_text (stmt, 1, candidate_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlCandidateSummary *summary = g_new0 (SlCandidateSummary, 1);
      g_auto (GStrv) tags = sl_strv_from_json (sl_stmt_column_text (stmt, 5));

      summary->id = g_strdup (sl_stmt_column_text (stmt, 0));
      summary->name = g_strdup (sl_stmt_column_text (stmt, 1));
      summary->email = g_strdup (sl_stmt_column_text (stmt, 2));
      summary->location = g_strdup (sl_stmt_column_text (stmt, 3));
      summary->source = g_strdup (sl_stmt_column_text (stmt, 4));
      summary->tags = tags != NULL ? g_strjoinv (", ", tags) : NULL;
      summary->postings = g_strdup (sl_stmt_column_text (stmt, 6));
      summary->last_activity = sqlite3_column_int64 (stmt, 7);
      summary->stages = g_strdup (sl_stmt_column_text (stmt, 8));
      summary->statuses = g_strdup (sl_stmt_column_text (stmt, 9));
      g_ptr_array_add (result, summary);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}
