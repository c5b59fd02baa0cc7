/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStore: opening, migrating, transactions and backups of the database. */
#define G_LOG_DOMAIN "sl-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sl-store-object-private.h"
#include "sl-store-search-private.h"

/* How often the store looks for commits made by other processes. */
#define EXTERNAL_CHANGES_INTERVAL_MS 500

/* PRAGMA application_id of Shortlist files: 0x53687274, "Shrt". */
#define SL_APPLICATION_ID 1399353972

/* PRAGMA page_size of new files. */
#define SL_STORE_PAGE_SIZE 16384

G_DEFINE_FINAL_TYPE (SlStore, sl_store, G_TYPE_OBJECT)

static const char sqlite_header[16] = "SQLite format 3";

static void
sl_store_dispose (GObject *object)
{
  SlStore *self = SL_STORE (object);

  if (self->poll_source != NULL)
    {
      g_source_destroy (self->poll_source);
      g_clear_pointer (&self->poll_source, g_source_unref);
    }

  if (self->depth > 0 && self->db != NULL)
    {
      g_warning ("Store disposed inside a transaction; rolling it back");
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->depth = 0;
    }

  G_OBJECT_CLASS (sl_store_parent_class)->dispose (object);
}

static void
sl_store_finalize (GObject *object)
{
  SlStore *self = SL_STORE (object);

  /* The statements must be finalized before the connection closes. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  sl_store_changes_finalize (self);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sl_store_parent_class)->finalize (object);
}

static void
sl_store_class_init (SlStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sl_store_dispose;
  object_class->finalize = sl_store_finalize;

  /* SQLite counts every allocation under a global mutex unless told not to
   * (before its first use); nothing here reads the counts, and bulk writes
   * allocate a lot. Fails harmlessly when SQLite is in use already. */
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);

  sl_store_changes_class_init (klass);
}

static void
sl_store_init (SlStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  sl_store_changes_init (self);
}

/* Errors */

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return SL_ERROR_NOT_A_DATABASE;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return SL_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SL_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return SL_ERROR_INVALID;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_NOLFS:
      return SL_ERROR_IO;
    default:
      return SL_ERROR_FAILED;
    }
}

static void
set_sqlite_error (const char  *path,
                  int          rc,
                  const char  *detail,
                  GError     **error)
{
  /* The file's name is what a person recognises; its folder is in the
   * title bar, the command line or Preferences. */
  g_autofree char *name = g_filename_display_basename (path != NULL ? path : "");
  int code = error_code_for_sqlite (rc);

  if (detail == NULL)
    detail = sqlite3_errstr (rc);

  switch (code)
    {
    case SL_ERROR_NOT_A_DATABASE:
      g_set_error (error, SL_ERROR, code,
                   _("“%s” is not a Shortlist database. Choose another file, or a new name to start an empty database."),
                   name);
      break;
    case SL_ERROR_READ_ONLY:
      g_set_error (error, SL_ERROR, code,
                   _("“%s” cannot be written (%s). Choose a file in a folder you can write to, or check its permissions."),
                   name, detail);
      break;
    case SL_ERROR_BUSY:
      g_set_error (error, SL_ERROR, code,
                   _("The database “%s” is busy in another program (%s). Close the other program or try again in a moment."),
                   name, detail);
      break;
    case SL_ERROR_IO:
      g_set_error (error, SL_ERROR, code,
                   _("Could not read or write “%s” (%s). Check that the disk is not full and is still connected."),
                   name, detail);
      break;
    case SL_ERROR_INVALID:
      g_set_error (error, SL_ERROR, code,
                   _("The change was refused by the database (%s). Check the values you entered."),
                   detail);
      break;
    default:
      g_set_error (error, SL_ERROR, code,
                   _("The database “%s” reported an error: %s. If this keeps happening, restore a backup."),
                   name, detail);
      break;
    }
}

/**
 * sl_store_set_not_found:
 * @record_type: "candidate", "application", "posting", "stage", …
 * @error: return location for a #GError
 *
 * Sets %SL_ERROR_NOT_FOUND for a record that does not exist or was deleted.
 * The message names the kind of record but not its id, which means nothing
 * to the person who reads it.
 *
 * Returns: %FALSE
 */
gboolean
sl_store_set_not_found (const char  *record_type,
                        GError     **error)
{
  const char *message;

  if (g_strcmp0 (record_type, "candidate") == 0)
    message = _("This candidate no longer exists: someone may have deleted them in the meantime. Reload the list and try again.");
  else if (g_strcmp0 (record_type, "application") == 0)
    message = _("This application no longer exists: someone may have deleted it in the meantime. Reload the board and try again.");
  else if (g_strcmp0 (record_type, "posting") == 0)
    message = _("This posting no longer exists: someone may have deleted it in the meantime. Reload the list and try again.");
  else if (g_strcmp0 (record_type, "stage") == 0)
    message = _("This stage no longer exists: someone may have deleted it in the meantime. Reload the board and try again.");
  else if (g_strcmp0 (record_type, "interview") == 0)
    message = _("This interview no longer exists: someone may have deleted it in the meantime. Reload the list and try again.");
  else
    message = _("This record no longer exists: someone may have deleted it in the meantime. Reload and try again.");

  g_set_error_literal (error, SL_ERROR, SL_ERROR_NOT_FOUND, message);
  return FALSE;
}

/**
 * sl_store_set_db_error:
 * @self: a store
 * @rc: the SQLite result code that failed
 * @error: return location for a #GError
 *
 * Sets @error from @rc and the connection's last error message.
 *
 * Returns: %FALSE, so that callers can `return sl_store_set_db_error (…);`
 */
gboolean
sl_store_set_db_error (SlStore  *self,
                       int       rc,
                       GError  **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  set_sqlite_error (self->path, rc,
                    self->db != NULL ? sqlite3_errmsg (self->db) : NULL,
                    error);
  return FALSE;
}

static void
set_file_error (const char  *path,
                int          saved_errno,
                GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOTDIR:
    case ENOENT:
    case EISDIR:
    case ENAMETOOLONG:
    case ELOOP:
      g_set_error (error, SL_ERROR, SL_ERROR_READ_ONLY,
                   _("“%s” cannot be written (%s). Choose a file in a folder you can write to, or check its permissions."),
                   name, g_strerror (saved_errno));
      break;
    default:
      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not read or write “%s” (%s). Check that the disk is not full and is still connected."),
                   name, g_strerror (saved_errno));
      break;
    }
}

/* Opening */

static gboolean
exec_sql (SlStore     *self,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->path, rc, message, error);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (SlStore     *self,
           const char  *sql,
           gint64      *out,
           GError     **error)
{
  SlStmt *stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_db_error (self, rc, error);
      sl_stmt_release (stmt);
      return FALSE;
    }

  *out = sqlite3_column_int64 (stmt, 0);
  sl_stmt_release (stmt);
  return TRUE;
}

/* The first 16 bytes of @path, read through SQLite's own file layer. A
 * plain open() and close() would do but for one thing: POSIX locks belong
 * to the process, and closing any descriptor of a file drops every lock the
 * process holds on it, those of its open connections included (the app
 * keeps one while its jobs open their own). Another process would then take
 * itself for the file's last user, checkpoint and delete the WAL under those
 * connections, which go on writing to the deleted file, and the process's
 * next connection would read a new WAL against the old WAL index ("is not a
 * Shortlist database"). SQLite's unix layer knows the locks of all its
 * connections to a file and keeps the descriptor open until they are gone. */
static gboolean
read_header (const char  *path,
             char         header[16],
             GError     **error)
{
  sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);
  g_autofree sqlite3_file *file = NULL;
  sqlite3_filename name = NULL;
  int flags = 0;
  int rc;

  if (vfs == NULL)
    {
      set_sqlite_error (path, SQLITE_ERROR, NULL, error);
      return FALSE;
    }

  /* The main database's name as SQLite itself would pass it. */
  name = sqlite3_create_filename (path, "", "", 0, NULL);
  file = g_malloc0 (vfs->szOsFile);
  errno = 0;
  rc = vfs->xOpen (vfs, name, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags);
  if (rc != SQLITE_OK)
    {
      int saved_errno = errno != 0 ? errno : EACCES;

      if (file->pMethods != NULL)
        file->pMethods->xClose (file);
      sqlite3_free_filename (name);
      set_file_error (path, saved_errno, error);
      return FALSE;
    }

  rc = file->pMethods->xRead (file, header, 16, 0);
  file->pMethods->xClose (file);
  sqlite3_free_filename (name);
  /* A file shorter than a header is not a database. */
  if (rc == SQLITE_IOERR_SHORT_READ)
    rc = SQLITE_NOTADB;
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (path, rc, NULL, error);
      return FALSE;
    }

  return TRUE;
}

/* Refuses what is not an SQLite file before SQLite gets to write anything to
 * it. Returns TRUE with *exists = FALSE when there is no file yet. */
static gboolean
check_existing_file (const char  *path,
                     gboolean    *exists,
                     GError     **error)
{
  GStatBuf st;
  char header[16];

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *exists = FALSE;
          return TRUE;
        }
      set_file_error (path, saved_errno, error);
      return FALSE;
    }

  *exists = TRUE;

  if (!S_ISREG (st.st_mode))
    {
      set_sqlite_error (path, SQLITE_NOTADB, NULL, error);
      return FALSE;
    }

  /* An empty file is what SQLite itself treats as a new database. */
  if (st.st_size == 0)
    return TRUE;

  if (!read_header (path, header, error))
    return FALSE;

  if (memcmp (header, sqlite_header, sizeof header) != 0)
    {
      set_sqlite_error (path, SQLITE_NOTADB, NULL, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_file_error (dir, errno, error);
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_file_error (path, errno, error);
      return FALSE;
    }
  /* The umask may have taken bits away but never adds any; make sure. */
  if (fchmod (fd, 0600) != 0)
    g_debug ("Could not chmod %s: %s", path, g_strerror (errno));
  g_close (fd, NULL);

  return TRUE;
}

static gboolean
migrate (SlStore  *self,
         guint     target,
         GError  **error)
{
  gint64 version;

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Another process may have migrated while we waited for the lock. */
  if (!query_int (self, "PRAGMA user_version", &version, error))
    goto fail;

  /* Mark a new file as Shortlist's, in the same transaction. */
  if (version == 0 && !exec_sql (self, "PRAGMA application_id = " G_STRINGIFY (SL_APPLICATION_ID), error))
    goto fail;

  for (guint v = (guint) version + 1; v <= target; v++)
    {
      g_autofree char *set_version = NULL;

      if (!exec_sql (self, sl_store_migrations[v - 1], error))
        goto fail;
      /* PRAGMA takes no parameters; v is our own integer. */
      set_version = g_strdup_printf ("PRAGMA user_version = %u", v);
      if (!exec_sql (self, set_version, error))
        goto fail;
    }

  if (!exec_sql (self, "COMMIT", error))
    goto fail;

  self->schema_version = MAX ((int) version, (int) target);
  return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
poll_external_changes_cb (gpointer user_data)
{
  SlStore *self = user_data;

  /* The connection belongs to the thread that opened it. */
  if (g_thread_self () == self->owner)
    sl_store_check_external_changes (self);

  return G_SOURCE_CONTINUE;
}

/* Opens self->db and reads the schema version, the first read of the file
 * (in WAL mode the first use of the -wal and -shm files too). Read-only
 * connections go through a URI: `mode=ro`, and `immutable=1` for a file
 * whose folder cannot hold the -shm that WAL mode needs, which SQLite then
 * reads without any locking or WAL (see open_read_only()). */
static int
connect_db (SlStore   *self,
            gboolean   read_only,
            gboolean   immutable,
            gint64    *version,
            GError   **error)
{
  g_autofree char *uri = NULL;
  sqlite3_stmt *stmt = NULL;
  int flags = SQLITE_OPEN_NOMUTEX;
  int rc;

  g_clear_pointer (&self->db, sqlite3_close_v2);
  self->read_only = read_only;
  if (read_only)
    {
      /* '?', '#' and '%' in a file name would end or change the URI. */
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", TRUE);

      uri = g_strconcat ("file:", escaped, immutable ? "?mode=ro&immutable=1" : "?mode=ro", NULL);
      flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
  else
    {
      flags |= SQLITE_OPEN_READWRITE;
    }

  /* NOMUTEX: one connection, used from the thread that opened it only. */
  rc = sqlite3_open_v2 (uri != NULL ? uri : self->path, &self->db, flags, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (self->db, TRUE);
      sqlite3_busy_timeout (self->db, SL_STORE_BUSY_TIMEOUT_MS);
      if (!sl_store_search_register (self->db))
        rc = SQLITE_ERROR;
    }
  if (rc != SQLITE_OK)
    {
      sl_store_set_db_error (self, rc, error);
      return rc;
    }

  /* Not a cached statement: the connection may be replaced. */
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *version = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    sl_store_set_db_error (self, rc, error);
  sqlite3_finalize (stmt);
  return rc;
}

static gboolean
wal_has_frames (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* A file that cannot be written (its permissions, a read-only folder or
 * disk) can still be read. In WAL mode a reader needs the -shm file, which
 * SQLite creates beside the database: when the folder cannot hold it and
 * there is no WAL to read, the file is read as immutable (no locks, no
 * WAL). Committed changes in an existing WAL would be invisible that way,
 * so then it says what to do instead. */
static gboolean
open_read_only (SlStore  *self,
                gint64   *version,
                GError  **error)
{
  g_autoptr (GError) local_error = NULL;
  int rc;

  rc = connect_db (self, TRUE, FALSE, version, &local_error);
  if (rc == SQLITE_OK)
    return TRUE;
  if (error_code_for_sqlite (rc) != SL_ERROR_READ_ONLY)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (wal_has_frames (self->path))
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_set_error (error, SL_ERROR, SL_ERROR_READ_ONLY,
                   _("“%s” cannot be read here: its latest changes are in the file “%s-wal”, and its folder cannot be written, which reading them needs. Open it once in a folder you can write to (copy both files there), and Shortlist will fold the changes into the database."),
                   name, name);
      return FALSE;
    }

  g_clear_error (&local_error);
  return connect_db (self, TRUE, TRUE, version, error) == SQLITE_OK;
}

/* The settings of a connection to a file known to be ours. */
static gboolean
configure_db (SlStore   *self,
              gboolean   read_only,
              GError   **error)
{
  /* A reader cannot change the journal mode: the file keeps its own. */
  if (!read_only &&
      !exec_sql (self,
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = NORMAL;",
                 error))
    return FALSE;

  return exec_sql (self,
                   "PRAGMA foreign_keys = ON;"
                   /* Every page read stays in this cache (the app's memory)
                    * until it is full: 4 MiB keeps the app modest on a large
                    * database, where one count or scan fills any cache. Bulk
                    * transactions (imports, the demo data) raise it for
                    * themselves so that they do not spill to the WAL. */
                   "PRAGMA cache_size = -4096;"
                   "PRAGMA temp_store = MEMORY;",
                   error);
}

static SlStore *
open_store (const char        *path,
            guint              target,
            SlStoreOpenFlags   flags,
            GError           **error)
{
  g_autoptr (SlStore) self = NULL;
  gboolean exists = FALSE;
  gboolean created = FALSE;
  gint64 version = 0;
  gint64 data_version = 0;
  gint64 application_id = 0;
  gint64 n_objects = 0;
  GMainContext *context;
  gboolean read_only = (flags & SL_STORE_OPEN_READ_ONLY) != 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_existing_file (path, &exists, error))
    return NULL;

  if (!exists && read_only)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                   _("There is no database “%s” to read. Check the file name."),
                   name);
      return NULL;
    }

  if (!exists)
    {
      if (!create_file (path, error))
        return NULL;
      created = TRUE;
    }

  self = g_object_new (SL_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* Nothing below writes until the version is known to be ours. */
  if (!read_only)
    {
      g_autoptr (GError) local_error = NULL;
      int rc = connect_db (self, FALSE, FALSE, &version, &local_error);

      /* SQLite opens a file it may not write read-only by itself. */
      if (rc == SQLITE_OK && sqlite3_db_readonly (self->db, "main") == 1)
        {
          rc = SQLITE_READONLY;
          set_sqlite_error (path, rc, _("read-only file"), &local_error);
        }
      if (rc != SQLITE_OK)
        {
          if (exists && (flags & SL_STORE_OPEN_FALL_BACK_READ_ONLY) != 0 &&
              error_code_for_sqlite (rc) == SL_ERROR_READ_ONLY)
            {
              g_debug ("Opening %s read-only: %s", path, local_error->message);
              read_only = TRUE;
            }
          else
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              goto fail;
            }
        }
    }
  if (read_only && !open_read_only (self, &version, error))
    goto fail;

  if (version > (gint64) sl_store_n_migrations)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_TOO_NEW,
                   _("This database was written by a newer version of Shortlist (schema %d; this version knows up to %u). Update Shortlist to open it; the file was left unchanged."),
                   (int) version, sl_store_n_migrations);
      goto fail;
    }

  /* Another program's SQLite file is not ours to add tables to. */
  if (!query_int (self, "PRAGMA application_id", &application_id, error))
    goto fail;
  if (version == 0 &&
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    goto fail;
  if ((application_id != 0 && application_id != SL_APPLICATION_ID) ||
      (version == 0 && n_objects > 0))
    {
      set_sqlite_error (path, SQLITE_NOTADB, NULL, error);
      goto fail;
    }

  /* Migrations write; a read-only file stays at its version. */
  if (read_only && version < (gint64) target)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SL_ERROR, SL_ERROR_READ_ONLY,
                   _("“%s” was made by an older version of Shortlist and must be updated before it can be opened, which needs to write to it, but it is read-only. Open it once where it can be written (check its permissions, or copy it to a folder you can write to); the file was left unchanged."),
                   name);
      goto fail;
    }

  /* A new file gets 16 KiB pages, which SQLite must know before its first
   * write (an existing file keeps its own). Each page written or read is a
   * system call or two whatever its size, and in a virtual machine a system
   * call costs as much as copying many kilobytes: the 100 000-row import of
   * tests/bench/bench-csv-import.sh (some 120 MB) takes 1.6 s instead of
   * 2.1 s with 4 KiB pages. The board and search benchmarks do not change. */
  if (version == 0 && n_objects == 0 &&
      !exec_sql (self, "PRAGMA page_size = " G_STRINGIFY (SL_STORE_PAGE_SIZE), error))
    goto fail;

  if (!configure_db (self, read_only, error))
    goto fail;

  self->schema_version = (int) version;
  if (version < (gint64) target && !migrate (self, target, error))
    goto fail;

  if (!query_int (self, "PRAGMA data_version", &data_version, error))
    goto fail;
  self->data_version = data_version;

  /* Poll on this thread's main context. A worker thread without one of its
   * own does not poll: the global default context belongs to another thread
   * then, and this connection must not be used from there. */
  self->owner = g_thread_self ();
  context = g_main_context_get_thread_default ();
  if (context == NULL && g_main_context_acquire (g_main_context_default ()))
    {
      g_main_context_release (g_main_context_default ());
      context = g_main_context_default ();
    }
  if (context != NULL)
    {
      self->poll_source = g_timeout_source_new (EXTERNAL_CHANGES_INTERVAL_MS);
      g_source_set_callback (self->poll_source, poll_external_changes_cb, self, NULL);
      g_source_set_static_name (self->poll_source, "[shortlist] external changes");
      g_source_attach (self->poll_source, context);
    }

  return g_steal_pointer (&self);

fail:
  if (created)
    {
      g_clear_object (&self);
      g_unlink (path);
    }
  return NULL;
}

/**
 * sl_store_open:
 * @path: the database file
 * @error: return location for a #GError
 *
 * Opens the database at @path, creating it (and its folder) with mode 0600
 * when it does not exist, and brings its schema up to date in one
 * transaction. A file that is not an SQLite database, or that a newer
 * Shortlist wrote, is left byte-for-byte untouched.
 *
 * The store polls for commits of other processes on the thread-default main
 * context of the calling thread, and must only be used from that thread.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 *   (%SL_ERROR_NOT_A_DATABASE, %SL_ERROR_TOO_NEW, %SL_ERROR_READ_ONLY, …)
 */
SlStore *
sl_store_open (const char  *path,
               GError     **error)
{
  return open_store (path, sl_store_n_migrations, SL_STORE_OPEN_DEFAULT, error);
}

/**
 * sl_store_open_full:
 * @path: the database file
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Like sl_store_open(), with %SL_STORE_OPEN_READ_ONLY to open an existing
 * file for reading only (whoever may write it, root included), or
 * %SL_STORE_OPEN_FALL_BACK_READ_ONLY to open it for reading only when it
 * cannot be written: its permissions, a read-only folder (WAL mode needs a
 * -shm file beside it) or disk. A read-only store never migrates: a file
 * that needs a migration fails with %SL_ERROR_READ_ONLY. Every write to a
 * read-only store fails with %SL_ERROR_READ_ONLY; see
 * sl_store_is_read_only().
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
SlStore *
sl_store_open_full (const char        *path,
                    SlStoreOpenFlags   flags,
                    GError           **error)
{
  return open_store (path, sl_store_n_migrations, flags, error);
}

SlStore *
sl_store_open_at_version (const char  *path,
                          guint        version,
                          GError     **error)
{
  g_return_val_if_fail (version <= sl_store_n_migrations, NULL);

  return open_store (path, version, SL_STORE_OPEN_DEFAULT, error);
}

/**
 * sl_store_is_read_only:
 * @self: a store
 *
 * Returns: %TRUE when the store was opened for reading only, so that
 *   nothing can be changed through it
 */
gboolean
sl_store_is_read_only (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return self->read_only;
}

/**
 * sl_store_reopen:
 * @self: a store, outside a transaction
 * @error: return location for a #GError
 *
 * Closes the connection and opens it again on the same file, which takes
 * the file's locks afresh. Call it after something in this process may have
 * opened and closed the database file behind SQLite's back: POSIX locks
 * belong to the process, and closing any descriptor of a file drops them
 * all. A file chooser does that when it lists the database's folder (GIO
 * reads each file's first bytes to guess its type). Without its locks the
 * connection looks unused to other processes, and the last of them to end
 * deletes the WAL the connection still writes to.
 *
 * Returns: %TRUE on success; on failure the store has no connection and
 *   every call fails until a reopen succeeds
 */
gboolean
sl_store_reopen (SlStore  *self,
                 GError  **error)
{
  gint64 data_version = 0;
  gint64 version = 0;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  /* What other processes committed until now is announced as usual; the
   * new connection's data_version counts from its own start. */
  if (self->db != NULL && g_thread_self () == self->owner)
    sl_store_check_external_changes (self);

  /* A reader never writes, so it loses nothing without its locks (and an
   * immutable one takes none). */
  if (self->read_only)
    return TRUE;

  /* The statements go before their connection, which connect_db() closes:
   * a connection with statements left stays open, and its locks with it. */
  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sqlite3_close_v2);

  if (connect_db (self, FALSE, FALSE, &version, error) != SQLITE_OK ||
      !configure_db (self, FALSE, error) ||
      !query_int (self, "PRAGMA data_version", &data_version, error))
    {
      g_hash_table_remove_all (self->statements);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      return FALSE;
    }

  self->data_version = data_version;
  return TRUE;
}

/**
 * sl_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/<app-id>/shortlist.db`
 */
char *
sl_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "shortlist.db", NULL);
}

const char *
sl_store_get_path (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return self->path;
}

int
sl_store_get_schema_version (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), 0);

  return self->schema_version;
}

sqlite3 *
sl_store_get_db (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return self->db;
}

/**
 * sl_store_prepare:
 * @self: a store
 * @sql: one SQL statement with `?` parameters
 * @error: return location for a #GError
 *
 * Returns the cached statement for @sql, preparing it the first time. Use it
 * as `g_autoptr (SlStmt) stmt = sl_store_prepare (…)`, so it is reset when it
 * goes out of scope. The same SQL must not be stepped twice at once (nested);
 * use a different SQL text (e.g. another alias) for that.
 *
 * Returns: (transfer none) (nullable): the statement, or %NULL with @error set
 */
SlStmt *
sl_store_prepare (SlStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  /* A reopen that failed (sl_store_reopen()). */
  if (self->db == NULL)
    {
      set_sqlite_error (self->path, SQLITE_IOERR, NULL, error);
      return NULL;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      /* Someone returned early without resetting it. */
      if (sqlite3_stmt_busy (stmt))
        sl_stmt_release (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("Could not prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Transactions */

static gboolean
step_done (SlStore     *self,
           const char  *sql,
           GError     **error)
{
  g_autoptr (SlStmt) stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);

  return TRUE;
}

/**
 * sl_store_begin:
 * @self: a store
 * @error: return location for a #GError
 *
 * Starts a transaction (BEGIN IMMEDIATE), or a savepoint inside the current
 * one. Every successful begin needs one commit or rollback.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_begin (SlStore  *self,
                GError  **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_set_error (error, SL_ERROR, SL_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so nothing can be changed in it. To make changes, open it where it can be written (check its permissions and its folder’s)."),
                   name);
      return FALSE;
    }

  if (!step_done (self, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT sl_nested", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

/**
 * sl_store_commit:
 * @self: a store
 * @error: return location for a #GError
 *
 * Commits the transaction (or releases the savepoint) begun by the matching
 * sl_store_begin(). After the outermost commit, emits #SlStore::changed for
 * what was queued. If the outermost commit fails, the transaction is rolled
 * back.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_commit (SlStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      if (!step_done (self, "RELEASE sl_nested", error))
        return FALSE;
      self->depth--;
      return TRUE;
    }

  if (!step_done (self, "COMMIT", error))
    {
      sl_store_rollback (self);
      return FALSE;
    }

  self->depth = 0;
  sl_store_emit_pending (self);
  return TRUE;
}

/**
 * sl_store_rollback:
 * @self: a store
 *
 * Undoes everything since the matching sl_store_begin().
 */
void
sl_store_rollback (SlStore *self)
{
  g_return_if_fail (SL_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth > 1)
    {
      step_done (self, "ROLLBACK TO sl_nested", NULL);
      step_done (self, "RELEASE sl_nested", NULL);
      /* What was queued inside the savepoint stays queued: an extra
       * "changed" only makes a list reload. */
      self->depth--;
      return;
    }

  if (sqlite3_get_autocommit (self->db) == 0)
    step_done (self, "ROLLBACK", NULL);
  self->depth = 0;
  sl_store_clear_pending (self);
}

/**
 * sl_store_check_external_changes:
 * @self: a store
 *
 * Emits #SlStore::changed (%NULL, %NULL) if another connection committed
 * since the last check. Called every 500 ms from the main context the store
 * was opened in; call it directly to check at once.
 *
 * Returns: %TRUE if something changed
 */
gboolean
sl_store_check_external_changes (SlStore *self)
{
  gint64 data_version = 0;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  /* Inside our own transaction nobody else can have committed. */
  if (self->depth > 0 || self->db == NULL)
    return FALSE;

  if (!query_int (self, "PRAGMA data_version", &data_version, NULL))
    return FALSE;

  if (data_version == self->data_version)
    return FALSE;

  self->data_version = data_version;
  sl_store_queue_changed (self, NULL, NULL);
  return TRUE;
}

/* Helpers for the sl-store-*.c files */

/**
 * sl_store_new_id:
 *
 * Returns a new time-ordered UUID (version 7, RFC 9562): random enough to be
 * unique across replicas, and increasing, so that inserting many records
 * appends to the primary-key index instead of writing all over it.
 *
 * Returns: (transfer full): a UUID string such as
 *   "0192f3a4-5b6c-7d8e-9f01-23456789abcd"
 */
char *
sl_store_new_id (void)
{
  static GMutex lock;
  static guint64 last_ms;
  static guint32 counter;
  guint64 ms = (guint64) (g_get_real_time () / 1000);
  guint32 seq;
  guint32 r1 = g_random_int ();
  guint32 r2 = g_random_int ();

  /* 12 bits of counter within the same millisecond, starting at a random
   * point below half its range; on overflow borrow the next millisecond. */
  g_mutex_lock (&lock);
  if (ms > last_ms)
    {
      last_ms = ms;
      counter = g_random_int_range (0, 0x800);
    }
  else if (++counter > 0xfff)
    {
      last_ms++;
      counter = 0;
    }
  ms = last_ms;
  seq = counter;
  g_mutex_unlock (&lock);

  {
    /* By hand: printf is most of the cost of a bulk insert's ids. */
    static const char hex[] = "0123456789abcdef";
    char *id = g_malloc (37);
    guint64 fields[] = { ms >> 16, ms & 0xffff, 0x7000 | seq, 0x8000 | (r1 & 0x3fff),
                         (((guint64) (r1 >> 16) & 0xffff) << 32) | r2 };
    static const int widths[] = { 8, 4, 4, 4, 12 };
    char *p = id;

    for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
      {
        for (int d = widths[f] - 1; d >= 0; d--)
          *p++ = hex[(fields[f] >> (4 * d)) & 0xf];
        *p++ = f + 1 < G_N_ELEMENTS (fields) ? '-' : '\0';
      }
    return id;
  }
}

gint64
sl_store_now (void)
{
  return g_get_real_time ();
}

char *
sl_store_next_rev (const char *previous,
                   const char *content)
{
  guint64 generation = 0;
  const char *digest;
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_MD5);

  if (previous != NULL)
    generation = g_ascii_strtoull (previous, NULL, 10);

  if (content != NULL)
    g_checksum_update (checksum, (const guchar *) content, -1);
  digest = g_checksum_get_string (checksum);

  return g_strdup_printf ("%" G_GUINT64_FORMAT "-%s", generation + 1, digest);
}

void
sl_stmt_bind_text (SlStmt     *stmt,
                   int         index,
                   const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
sl_stmt_column_text (SlStmt *stmt,
                     int     column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Backups and counts */

/**
 * sl_store_backup:
 * @self: a store
 * @destination: the file to write (replaced if it exists)
 * @error: return location for a #GError
 *
 * Copies the database with SQLite's online backup API into a temporary file
 * beside @destination (mode 0600), then renames it, so @destination is never
 * a half-written copy.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_backup (SlStore     *self,
                 const char  *destination,
                 GError     **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  tmp_path = g_strconcat (destination, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_file_error (destination, errno, error);
      return FALSE;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (tmp_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    goto fail;

  backup = sqlite3_backup_init (copy, "main", self->db, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (copy);
      goto fail;
    }

  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    goto fail;

  rc = sqlite3_close (copy);
  copy = NULL;
  if (rc != SQLITE_OK)
    goto fail;

  if (g_rename (tmp_path, destination) != 0)
    {
      set_file_error (destination, errno, error);
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;

fail:
  set_sqlite_error (destination, rc,
                    copy != NULL ? sqlite3_errmsg (copy) : NULL,
                    error);
  g_clear_pointer (&copy, sqlite3_close_v2);
  g_unlink (tmp_path);
  return FALSE;
}

/* The four numbers of an SlStoreCounts, in its order: @sql (made with
 * STORE_COUNTS_SQL) reads one per kind of record, counting its records
 * that are not deleted or telling whether there is any. */
#define STORE_COUNTS_SQL(expr) \
  "SELECT " expr ("posting") ", " expr ("candidate") ", " expr ("application") ", " expr ("interview")
#define COUNT_LIVE(table) "(SELECT count(*) FROM " table " WHERE deleted = 0)"
#define ANY_LIVE(table) "EXISTS (SELECT 1 FROM " table " WHERE deleted = 0)"

static gboolean
read_counts (SlStore        *self,
             const char     *sql,
             SlStoreCounts  *counts,
             GError        **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return sl_store_set_db_error (self, rc, error);

  counts->postings = (guint) sqlite3_column_int64 (stmt, 0);
  counts->candidates = (guint) sqlite3_column_int64 (stmt, 1);
  counts->applications = (guint) sqlite3_column_int64 (stmt, 2);
  counts->interviews = (guint) sqlite3_column_int64 (stmt, 3);
  return TRUE;
}

/**
 * sl_store_get_counts:
 * @self: a store
 * @counts: (out caller-allocates): where to put the numbers
 * @error: return location for a #GError
 *
 * Counts the records that are not deleted.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_get_counts (SlStore        *self,
                     SlStoreCounts  *counts,
                     GError        **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  return read_counts (self, STORE_COUNTS_SQL (COUNT_LIVE), counts, error);
}

/**
 * sl_store_get_any:
 * @self: a store
 * @any: (out caller-allocates): 1 where there is any live record of that
 *   kind, 0 where there is none
 * @error: return location for a #GError
 *
 * Like sl_store_get_counts(), but each count stops at 1: what an empty
 * state needs, read at once on any database, where counting reads every
 * row of the tables.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_get_any (SlStore        *self,
                  SlStoreCounts  *any,
                  GError        **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (any != NULL, FALSE);

  return read_counts (self, STORE_COUNTS_SQL (ANY_LIVE), any, error);
}
