/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing candidates from CSV: columns guessed from the header, duplicates handled (the export is in sl-candidate-csv-export.c). */
#define G_LOG_DOMAIN "sl-candidate-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-candidate-csv.h"
#include "sl-csv.h"
#include "sl-error.h"

typedef enum
{
  COLUMN_IGNORED,
  COLUMN_NAME,
  COLUMN_FIRST_NAME,
  COLUMN_LAST_NAME,
  COLUMN_EMAIL,
  COLUMN_PHONE,
  COLUMN_LOCATION,
  COLUMN_HEADLINE,
  COLUMN_SOURCE,
  COLUMN_TAGS,
  COLUMN_NOTES,
  COLUMN_LINK,
  COLUMN_POSTING,
} Column;

/* Header names, lower case with everything but letters and digits removed;
 * a name ending in '*' is a prefix ("email2", "phone (mobile)"). */
static const struct
{
  const char *key;
  Column      column;
} header_names[] = {
  { "name", COLUMN_NAME }, { "fullname", COLUMN_NAME }, { "candidate", COLUMN_NAME },
  { "candidatename", COLUMN_NAME }, { "displayname", COLUMN_NAME },
  { "firstname", COLUMN_FIRST_NAME }, { "givenname", COLUMN_FIRST_NAME }, { "first", COLUMN_FIRST_NAME },
  { "forename", COLUMN_FIRST_NAME },
  { "lastname", COLUMN_LAST_NAME }, { "surname", COLUMN_LAST_NAME }, { "familyname", COLUMN_LAST_NAME },
  { "last", COLUMN_LAST_NAME },
  { "email*", COLUMN_EMAIL }, { "mail", COLUMN_EMAIL }, { "emailaddress*", COLUMN_EMAIL },
  { "phone*", COLUMN_PHONE }, { "mobile*", COLUMN_PHONE }, { "tel*", COLUMN_PHONE },
  { "cell*", COLUMN_PHONE },
  { "location", COLUMN_LOCATION }, { "city", COLUMN_LOCATION }, { "town", COLUMN_LOCATION },
  { "address", COLUMN_LOCATION },
  { "headline", COLUMN_HEADLINE }, { "title", COLUMN_HEADLINE }, { "jobtitle", COLUMN_HEADLINE },
  { "currenttitle", COLUMN_HEADLINE }, { "position", COLUMN_HEADLINE }, { "role", COLUMN_HEADLINE },
  { "source", COLUMN_SOURCE }, { "origin", COLUMN_SOURCE },
  { "tags", COLUMN_TAGS }, { "tag", COLUMN_TAGS }, { "skills", COLUMN_TAGS }, { "labels", COLUMN_TAGS },
  { "notes", COLUMN_NOTES }, { "note", COLUMN_NOTES }, { "comments", COLUMN_NOTES },
  { "comment", COLUMN_NOTES },
  { "links", COLUMN_LINK }, { "link", COLUMN_LINK }, { "linkedin*", COLUMN_LINK },
  { "url", COLUMN_LINK }, { "urls", COLUMN_LINK }, { "website", COLUMN_LINK }, { "github", COLUMN_LINK },
  { "profile*", COLUMN_LINK },
  { "posting", COLUMN_POSTING }, { "postingid", COLUMN_POSTING }, { "job", COLUMN_POSTING },
  { "jobid", COLUMN_POSTING }, { "appliedfor", COLUMN_POSTING }, { "opening", COLUMN_POSTING },
};

static Column
column_from_header (const char *header)
{
  g_autoptr (GString) key = g_string_new (NULL);
  g_autofree char *lower = g_utf8_strdown (header, -1);

  for (const char *p = lower; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, *p);

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    {
      const char *name = header_names[i].key;
      gsize len = strlen (name);

      if (name[len - 1] == '*' ? strncmp (key->str, name, len - 1) == 0 : g_str_equal (key->str, name))
        return header_names[i].column;
    }
  return COLUMN_IGNORED;
}

gboolean
sl_duplicates_policy_from_string (const char         *text,
                                  SlDuplicatesPolicy *policy)
{
  if (g_strcmp0 (text, "skip") == 0)
    *policy = SL_DUPLICATES_SKIP;
  else if (g_strcmp0 (text, "merge") == 0)
    *policy = SL_DUPLICATES_MERGE;
  else if (g_strcmp0 (text, "import") == 0)
    *policy = SL_DUPLICATES_IMPORT;
  else
    return FALSE;
  return TRUE;
}

static void
failure_free (SlImportFailure *failure)
{
  g_free (failure->reason);
  g_free (failure);
}

void
sl_import_result_free (SlImportResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->failures);
  g_free (result);
}

static void
add_failure (SlImportResult *result,
             guint           line,
             char           *reason)
{
  SlImportFailure *failure = g_new0 (SlImportFailure, 1);

  failure->line = line;
  failure->reason = reason;
  g_ptr_array_add (result->failures, failure);
  result->failed++;
}

/* Splits a cell holding several values ("a@x.org; b@y.org"). */
static void
add_values (GPtrArray  *values,
            const char *cell,
            const char *separators)
{
  g_auto (GStrv) parts = g_strsplit_set (cell, separators, -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *value = g_strstrip (parts[i]);

      if (value[0] == '\0')
        continue;
      /* The same value twice in one row is kept once. */
      for (guint j = 0; j < values->len; j++)
        if (g_str_equal (g_ptr_array_index (values, j), value))
          goto next;
      g_ptr_array_add (values, g_strdup (value));
    next:
      ;
    }
}

/* @a with the values of @b it lacks, compared case-insensitively. */
static char **
union_strv (const char * const *a,
            const char * const *b)
{
  g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; a != NULL && a[i] != NULL; i++)
    g_ptr_array_add (values, g_strdup (a[i]));
  for (guint i = 0; b != NULL && b[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < values->len && !known; j++)
        known = g_ascii_strcasecmp (g_ptr_array_index (values, j), b[i]) == 0;
      if (!known)
        g_ptr_array_add (values, g_strdup (b[i]));
    }
  g_ptr_array_add (values, NULL);
  return (char **) g_ptr_array_steal (values, NULL);
}

static const char *
empty_to_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

typedef struct
{
  SlStore            *store;
  Column             *columns;
  guint               n_columns;
  const char         *default_posting_id;
  SlDuplicatesPolicy  duplicates;
  GHashTable         *postings;   /* posting id or title → id, or "" when unknown */
  SlImportResult     *result;
  SlStoreBulkImport  *bulk;
} Import;

char *
sl_candidate_csv_check_field_count (guint n_fields,
                                    guint n_columns)
{
  g_autofree char *row = NULL;
  g_autofree char *header = NULL;

  if (n_fields == n_columns)
    return NULL;

  /* Two sentences, each with its own number, so that each gets its plural. */
  row = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The row has %u field.", "The row has %u fields.", n_fields),
                         n_fields);
  header = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The header has %u column: check the row for a missing or extra delimiter or an unquoted line break.",
                                         "The header has %u columns: check the row for a missing or extra delimiter or an unquoted line break.",
                                         n_columns),
                            n_columns);
  /* Translators: the two sentences above, "The row has 1 field." and "The header has 3 columns: …". */
  return g_strdup_printf (_("%s %s"), row, header);
}

/* The store row of one record, or NULL with @reason set. Runs in the
 * reading thread: it touches nothing but its arguments. */
static SlStoreBulkRow *
record_to_row (const Column  *columns,
               guint          n_columns,
               GPtrArray     *fields,
               char         **posting,
               char         **reason)
{
  g_autoptr (GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) notes = NULL;
  g_autofree char *joined = NULL;
  SlBulkCandidateFields candidate = { NULL };
  const char *first = NULL;
  const char *last = NULL;

  *reason = sl_candidate_csv_check_field_count (fields->len, n_columns);
  if (*reason != NULL)
    return NULL;

  for (guint i = 0; i < fields->len; i++)
    {
      char *value = g_strstrip ((char *) g_ptr_array_index (fields, i));

      if (value[0] == '\0')
        continue;
      switch (columns[i])
        {
        case COLUMN_NAME:
          candidate.name = value;
          break;
        case COLUMN_FIRST_NAME:
          first = value;
          break;
        case COLUMN_LAST_NAME:
          last = value;
          break;
        case COLUMN_EMAIL:
          add_values (emails, value, ";,| \t\n");
          break;
        case COLUMN_PHONE:
          add_values (phones, value, ";,|\n");
          break;
        case COLUMN_LOCATION:
          candidate.location = value;
          break;
        case COLUMN_HEADLINE:
          candidate.headline = value;
          break;
        case COLUMN_SOURCE:
          candidate.source = value;
          break;
        case COLUMN_TAGS:
          add_values (tags, value, ";,|\n");
          break;
        case COLUMN_NOTES:
          if (notes == NULL)
            notes = g_string_new (NULL);
          else
            g_string_append (notes, "\n\n");
          g_string_append (notes, value);
          break;
        case COLUMN_LINK:
          add_values (links, value, ";,| \t\n");
          break;
        case COLUMN_POSTING:
          g_free (*posting);
          *posting = g_strdup (value);
          break;
        case COLUMN_IGNORED:
        default:
          break;
        }
    }

  if (candidate.name == NULL && (first != NULL || last != NULL))
    candidate.name = joined = g_strjoin (" ", first != NULL ? first : last, first != NULL ? last : NULL, NULL);
  if (candidate.name == NULL)
    {
      *reason = g_strdup (_("The row has no name. Fill in the name column."));
      return NULL;
    }

  g_ptr_array_add (emails, NULL);
  g_ptr_array_add (phones, NULL);
  g_ptr_array_add (tags, NULL);
  g_ptr_array_add (links, NULL);
  candidate.emails = (const char * const *) emails->pdata;
  candidate.phones = (const char * const *) phones->pdata;
  candidate.tags = (const char * const *) tags->pdata;
  candidate.links = (const char * const *) links->pdata;
  candidate.notes = notes != NULL ? notes->str : NULL;

  return sl_store_bulk_row_new_from_fields (&candidate);
}

/* The id of the posting @name_or_id, NULL (with @reason) when unknown. */
static const char *
resolve_posting (Import      *import,
                 const char  *name_or_id,
                 char       **reason,
                 GError     **error)
{
  const char *id = g_hash_table_lookup (import->postings, name_or_id);

  if (id == NULL)
    {
      g_autoptr (GError) local_error = NULL;
      g_autofree char *found = sl_store_find_posting (import->store, name_or_id, &local_error);

      if (found == NULL && !g_error_matches (local_error, SL_ERROR, SL_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      id = found != NULL ? found : "";
      g_hash_table_insert (import->postings, g_strdup (name_or_id), g_strdup (id));
      id = g_hash_table_lookup (import->postings, name_or_id);
    }
  if (id[0] == '\0')
    {
      *reason = g_strdup_printf (_("There is no posting “%s”. Use an existing posting’s id or exact title."),
                                 name_or_id);
      return NULL;
    }
  return id;
}

static gboolean
merge_into (Import       *import,
            SlCandidate  *existing,
            SlCandidate  *row,
            GError      **error)
{
  g_autoptr (SlCandidate) merged = sl_candidate_copy (existing);
  g_auto (GStrv) emails = union_strv (sl_candidate_get_emails (existing), sl_candidate_get_emails (row));
  g_auto (GStrv) phones = union_strv (sl_candidate_get_phones (existing), sl_candidate_get_phones (row));
  g_auto (GStrv) tags = union_strv (sl_candidate_get_tags (existing), sl_candidate_get_tags (row));
  g_auto (GStrv) links = union_strv (sl_candidate_get_links (existing), sl_candidate_get_links (row));
  const char *old_notes = empty_to_null (sl_candidate_get_notes (existing));
  const char *new_notes = empty_to_null (sl_candidate_get_notes (row));

  sl_candidate_set_emails (merged, (const char * const *) emails);
  sl_candidate_set_phones (merged, (const char * const *) phones);
  sl_candidate_set_tags (merged, (const char * const *) tags);
  sl_candidate_set_links (merged, (const char * const *) links);
  if (empty_to_null (sl_candidate_get_location (existing)) == NULL)
    sl_candidate_set_location (merged, sl_candidate_get_location (row));
  if (empty_to_null (sl_candidate_get_headline (existing)) == NULL)
    sl_candidate_set_headline (merged, sl_candidate_get_headline (row));
  if (empty_to_null (sl_candidate_get_source (existing)) == NULL)
    sl_candidate_set_source (merged, sl_candidate_get_source (row));
  if (new_notes != NULL && (old_notes == NULL || strstr (old_notes, new_notes) == NULL))
    {
      g_autofree char *notes = old_notes != NULL ? g_strconcat (old_notes, "\n\n", new_notes, NULL)
                                                 : g_strdup (new_notes);

      sl_candidate_set_notes (merged, notes);
    }

  if (!sl_store_save_candidate (import->store, merged, error))
    return FALSE;
  sl_store_bulk_import_note_saved (import->bulk, merged);
  return TRUE;
}

/* The rows of the file are read and prepared
 * (sl_store_bulk_row_new_from_fields()) in a thread of their own while the
 * calling thread writes them: reading, parsing and working out ids,
 * revisions and JSON cost as much as the writing. They come in batches; a
 * fixed number of batches is in flight, so a large file is never all in
 * memory. */

#define READ_BATCH_ROWS 256
#define READ_BATCHES_IN_FLIGHT 8

typedef struct
{
  SlCsvStatus     status;      /* SL_CSV_RECORD, _BAD_RECORD or _ERROR */
  guint           line;
  guint64         bytes_read;
  SlStoreBulkRow *row;         /* a record that makes a candidate */
  char           *posting;     /* its Posting column */
  char           *reason;      /* a record that does not, or a bad record */
  GError         *error;       /* SL_CSV_ERROR */
} ReadItem;

typedef struct
{
  GArray   *items;             /* of ReadItem */
  gboolean  end;               /* nothing comes after this batch */
} ReadBatch;

typedef struct
{
  SlCsvReader   *reader;
  const Column  *columns;
  guint          n_columns;
  GCancellable  *cancellable;
  gboolean       done;         /* the end or an SL_CSV_ERROR was read */

  GThread       *thread;
  GAsyncQueue   *full;         /* ReadBatch, to the writer */
  GAsyncQueue   *tokens;       /* one per batch the reader may fill: 1 or a used batch */
  GAsyncQueue   *written;      /* arrays of rows written, for the reader to free */
  int            stop;         /* atomic: the writer gave up */
} Reading;

static void
read_item_clear (gpointer data)
{
  ReadItem *item = data;

  g_clear_pointer (&item->row, sl_store_bulk_row_free);
  g_clear_pointer (&item->posting, g_free);
  g_clear_pointer (&item->reason, g_free);
  g_clear_error (&item->error);
}

static void
read_batch_free (ReadBatch *batch)
{
  g_array_unref (batch->items);
  g_free (batch);
}

/* Reads up to READ_BATCH_ROWS records. */
static ReadBatch *
read_batch (Reading *reading)
{
  ReadBatch *batch = g_new0 (ReadBatch, 1);

  batch->items = g_array_sized_new (FALSE, TRUE, sizeof (ReadItem), READ_BATCH_ROWS);
  g_array_set_clear_func (batch->items, read_item_clear);

  while (batch->items->len < READ_BATCH_ROWS && !g_atomic_int_get (&reading->stop))
    {
      ReadItem item = { 0 };
      GPtrArray *fields = NULL;

      item.status = sl_csv_reader_read (reading->reader, &fields, reading->cancellable, &item.error);
      if (item.status == SL_CSV_END)
        {
          reading->done = TRUE;
          break;
        }
      item.line = sl_csv_reader_get_line (reading->reader);
      item.bytes_read = sl_csv_reader_get_bytes_read (reading->reader);
      if (item.status == SL_CSV_BAD_RECORD)
        {
          item.reason = g_strdup (item.error->message);
          g_clear_error (&item.error);
        }
      else if (item.status == SL_CSV_RECORD)
        {
          item.row = record_to_row (reading->columns, reading->n_columns,
                                    fields, &item.posting, &item.reason);
        }
      g_array_append_val (batch->items, item);
      if (item.status == SL_CSV_ERROR)
        {
          reading->done = TRUE;
          break;
        }
    }

  batch->end = reading->done;
  return batch;
}

/* What the reader made and the writer is done with, freed by the reader:
 * memory goes back to the allocator of the thread that took it, and
 * neither thread waits on the other's allocator lock. */
static void
free_used (Reading  *reading,
           gpointer  token)
{
  GPtrArray *rows;

  if (token != GUINT_TO_POINTER (1))
    read_batch_free (token);
  while ((rows = g_async_queue_try_pop (reading->written)) != NULL)
    g_ptr_array_unref (rows);
}

static gpointer
reading_thread (gpointer data)
{
  Reading *reading = data;
  gboolean end = FALSE;

  while (!end)
    {
      ReadBatch *batch;

      free_used (reading, g_async_queue_pop (reading->tokens));
      if (g_atomic_int_get (&reading->stop))
        break;
      batch = read_batch (reading);
      end = batch->end;
      g_async_queue_push (reading->full, batch);
    }
  return NULL;
}

/* Starts reading the records after the header; without a thread, the
 * batches are read by reading_next() itself. */
static void
reading_start (Reading *reading)
{
  reading->full = g_async_queue_new_full ((GDestroyNotify) read_batch_free);
  reading->tokens = g_async_queue_new ();
  reading->written = g_async_queue_new ();
  for (guint i = 0; i < READ_BATCHES_IN_FLIGHT; i++)
    g_async_queue_push (reading->tokens, GUINT_TO_POINTER (1));
  reading->thread = g_thread_try_new ("sl-csv-read", reading_thread, reading, NULL);
}

static ReadBatch *
reading_next (Reading *reading)
{
  if (reading->thread == NULL)
    return read_batch (reading);
  return g_async_queue_pop (reading->full);
}

/* Gives the batch's place back to the reader, which frees it. */
static void
reading_done_with (Reading   *reading,
                   ReadBatch *batch)
{
  if (reading->thread != NULL)
    g_async_queue_push (reading->tokens, batch);
  else
    read_batch_free (batch);
}

/* Stops the reading thread (if it is still running) and frees what it read. */
static void
reading_stop (Reading *reading)
{
  gpointer token;

  if (reading->thread != NULL)
    {
      g_atomic_int_set (&reading->stop, 1);
      g_async_queue_push (reading->tokens, GUINT_TO_POINTER (1));
      g_thread_join (g_steal_pointer (&reading->thread));
    }
  while ((token = g_async_queue_try_pop (reading->tokens)) != NULL)
    free_used (reading, token);
  free_used (reading, GUINT_TO_POINTER (1));
  g_clear_pointer (&reading->written, g_async_queue_unref);
  g_clear_pointer (&reading->full, g_async_queue_unref);
  g_clear_pointer (&reading->tokens, g_async_queue_unref);
}

/* Imports one row; FALSE only for errors that stop the import. */
static gboolean
import_row (Import    *import,
            ReadItem  *item,
            GError   **error)
{
  g_autoptr (SlCandidate) existing = NULL;
  g_autofree char *reason = NULL;
  const char *posting_id = import->default_posting_id;

  if (item->row == NULL)
    {
      add_failure (import->result, item->line, g_steal_pointer (&item->reason));
      return TRUE;
    }
  if (item->posting != NULL)
    {
      g_autoptr (GError) local_error = NULL;

      posting_id = resolve_posting (import, item->posting, &reason, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (posting_id == NULL)
        {
          add_failure (import->result, item->line, g_steal_pointer (&reason));
          return TRUE;
        }
    }

  if (import->duplicates != SL_DUPLICATES_IMPORT)
    {
      g_autoptr (GError) local_error = NULL;

      existing = sl_store_bulk_import_find_duplicate_row (import->bulk, item->row, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (existing != NULL && import->duplicates == SL_DUPLICATES_SKIP)
    {
      import->result->skipped++;
      return TRUE;
    }
  if (existing != NULL)
    {
      if (!merge_into (import, existing, sl_store_bulk_row_get_candidate (item->row), error))
        return FALSE;
      if (posting_id != NULL &&
          !sl_store_import_application (import->store, sl_record_get_id (SL_RECORD (existing)),
                                        posting_id, NULL, error))
        return FALSE;
      import->result->merged++;
      return TRUE;
    }

  if (!sl_store_bulk_import_add_row (import->bulk, g_steal_pointer (&item->row), posting_id, error))
    return FALSE;
  import->result->imported++;
  return TRUE;
}

/* Imports the rows after the header. FALSE (and @error set) when the import
 * must be rolled back. */
static gboolean
import_rows (Import                *import,
             Reading               *reading,
             SlImportProgressFunc   progress,
             gpointer               user_data,
             GCancellable          *cancellable,
             guint                 *out_rows,
             GError               **error)
{
  guint rows = 0;
  gboolean end = FALSE;

  while (!end)
    {
      ReadBatch *batch = reading_next (reading);

      end = batch->end;
      for (guint i = 0; i < batch->items->len; i++)
        {
          ReadItem *item = &g_array_index (batch->items, ReadItem, i);

          if (item->status == SL_CSV_ERROR)
            {
              if (g_error_matches (item->error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
                  !g_error_matches (item->error, SL_ERROR, SL_ERROR_PARSE))
                {
                  g_propagate_error (error, g_steal_pointer (&item->error));
                  reading_done_with (reading, batch);
                  return FALSE;
                }
              /* What was read goes in; the rest of the file is one failure,
               * which says that no line after it was read. */
              add_failure (import->result, item->line,
                           /* Translators: the first %s is why the file could not be read further */
                           g_strdup_printf (_("%s Nothing from line %u to the end of the file was imported."),
                                            item->error->message, item->line));
              end = TRUE;
              break;
            }
          if (item->status == SL_CSV_BAD_RECORD)
            {
              add_failure (import->result, item->line, g_steal_pointer (&item->reason));
              continue;
            }

          if (!import_row (import, item, error))
            {
              reading_done_with (reading, batch);
              return FALSE;
            }

          if (++rows % 512 == 0)
            {
              if (g_cancellable_set_error_if_cancelled (cancellable, error))
                {
                  reading_done_with (reading, batch);
                  return FALSE;
                }
              if (progress != NULL)
                progress (item->bytes_read, rows, user_data);
            }
        }
      reading_done_with (reading, batch);
    }

  *out_rows = rows;
  return TRUE;
}

static gboolean
read_header (Import       *import,
             SlCsvReader  *reader,
             GCancellable *cancellable,
             GError      **error)
{
  g_autoptr (GError) local_error = NULL;
  GPtrArray *fields = NULL;
  gboolean has_name = FALSE;
  guint n_known = 0;
  SlCsvStatus status;

  status = sl_csv_reader_read (reader, &fields, cancellable, &local_error);
  switch (status)
    {
    case SL_CSV_END:
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           _("The file is empty. Choose a CSV file with a header row and one row per candidate."));
      return FALSE;
    case SL_CSV_ERROR:
    case SL_CSV_BAD_RECORD:
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    case SL_CSV_RECORD:
    default:
      break;
    }

  import->n_columns = fields->len;
  import->columns = g_new0 (Column, fields->len);
  for (guint i = 0; i < fields->len; i++)
    {
      import->columns[i] = column_from_header (g_ptr_array_index (fields, i));
      if (import->columns[i] != COLUMN_IGNORED)
        n_known++;
      has_name |= import->columns[i] == COLUMN_NAME || import->columns[i] == COLUMN_FIRST_NAME ||
                  import->columns[i] == COLUMN_LAST_NAME;
    }

  if (!has_name)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_PARSE,
                           n_known == 0
                           ? _("The first row is not a header Shortlist understands. Add a header row with column names such as “Name”, “Email”, “Phone”.")
                           : _("No column holds the candidates’ names. Name a column “Name”, or “First name” and “Last name”."));
      return FALSE;
    }
  return TRUE;
}

/**
 * sl_candidate_csv_import:
 * @store: the store to import into
 * @stream: the CSV file
 * @posting_id: (nullable): a posting to add every candidate to (unless a
 *   row names its own posting)
 * @duplicates: what to do with rows whose email or phone is known
 * @progress: (nullable) (scope call): called as the import goes on
 * @user_data: for @progress
 * @cancellable: (nullable): a #GCancellable; cancelling imports nothing
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the counts and the failed rows, or %NULL when
 *   nothing could be imported
 */
SlImportResult *
sl_candidate_csv_import (SlStore               *store,
                         GInputStream          *stream,
                         const char            *posting_id,
                         SlDuplicatesPolicy     duplicates,
                         SlImportProgressFunc   progress,
                         gpointer               user_data,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr (SlCsvReader) reader = NULL;
  g_autoptr (SlImportResult) result = NULL;
  g_autoptr (GHashTable) postings = NULL;
  g_autofree Column *columns = NULL;
  g_autofree char *default_posting = NULL;
  Import import = { 0 };
  Reading reading = { 0 };
  guint rows = 0;
  gboolean ok;
  g_autoptr (SlStoreBulkImport) bulk = NULL;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (posting_id != NULL)
    {
      default_posting = sl_store_find_posting (store, posting_id, error);
      if (default_posting == NULL)
        return NULL;
    }

  result = g_new0 (SlImportResult, 1);
  result->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) failure_free);
  postings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader = sl_csv_reader_new (stream, 0);

  import.store = store;
  import.default_posting_id = default_posting;
  import.duplicates = duplicates;
  import.postings = postings;
  import.result = result;

  if (!read_header (&import, reader, cancellable, error))
    {
      g_free (import.columns);
      return NULL;
    }
  columns = import.columns;

  if (!sl_store_begin (store, error))
    return NULL;
  /* Candidates go in by batches, duplicates are found in memory. */
  bulk = sl_store_bulk_import_new (store, duplicates != SL_DUPLICATES_IMPORT, error);
  if (bulk == NULL)
    {
      sl_store_rollback (store);
      return NULL;
    }
  import.bulk = bulk;

  reading.reader = reader;
  reading.columns = columns;
  reading.n_columns = import.n_columns;
  reading.cancellable = cancellable;
  reading_start (&reading);
  if (reading.thread != NULL)
    sl_store_bulk_import_set_written_queue (bulk, reading.written);
  ok = import_rows (&import, &reading, progress, user_data, cancellable, &rows, error);
  sl_store_bulk_import_set_written_queue (bulk, NULL);
  reading_stop (&reading);
  if (!ok)
    {
      sl_store_rollback (store);
      return NULL;
    }

  if (!sl_store_bulk_import_finish (bulk, error))
    {
      sl_store_rollback (store);
      return NULL;
    }
  if (!sl_store_commit (store, error))
    return NULL;
  if (progress != NULL)
    progress (sl_csv_reader_get_bytes_read (reader), rows, user_data);

  return g_steal_pointer (&result);
}
