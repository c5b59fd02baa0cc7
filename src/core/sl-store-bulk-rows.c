/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The bulk rows of a candidate import: worked out in any thread, then
 * written many per statement. */
#define G_LOG_DOMAIN "sl-store-bulk-rows"

#include "config.h"

#include "sl-store-bulk-rows-private.h"
#include "sl-store-people-private.h"
#include "sl-store-search-private.h"

/* Bulk rows */

/* Copies @text (nullable) to @p, returning where it went. */
static const char *
pack_text (char       **p,
           const char  *text)
{
  char *start = *p;
  gsize len;

  if (text == NULL)
    return NULL;
  len = strlen (text) + 1;
  memcpy (start, text, len);
  *p += len;
  return start;
}

/* The row of a candidate with these fields (consent_at 0 for none). What
 * the record_values() and values_to_content() of the same candidate give. */
static SlStoreBulkRow *
bulk_row_build (const SlBulkCandidateFields *fields,
                gint64                       consent_at,
                const char                  *retain_until,
                gboolean                     erased)
{
  const SlRecordOps *ops = sl_store_candidate_ops ();
  SlStoreBulkRow *row;
  const char * const *emails = fields->emails;
  const char * const *phones = fields->phones;
  guint n_emails = emails != NULL ? g_strv_length ((char **) emails) : 0;
  guint n_phones = phones != NULL ? g_strv_length ((char **) phones) : 0;
  g_autofree char *emails_json = sl_store_value_strv (emails);
  g_autofree char *phones_json = sl_store_value_strv (phones);
  g_autofree char *links_json = sl_store_value_strv (fields->links);
  g_autofree char *tags_json = sl_store_value_strv (fields->tags);
  g_autofree char *consent = consent_at != 0 ? sl_store_value_int64 (consent_at) : NULL;
  /* candidate_get_values()'s order */
  const char *values[] = {
    fields->name, emails_json, phones_json, fields->location, fields->headline,
    links_json, fields->source, tags_json, fields->notes, consent, retain_until,
    erased ? "true" : "false",
  };
  g_autofree char *content = NULL;
  g_autofree char *id = sl_store_new_id ();
  g_autofree char *rev = NULL;
  g_autofree char *activity_id = sl_store_new_id ();
  g_autofree char *activity_rev = sl_store_activity_rev (ops->record_type, id, "imported");
  /* The bound columns: values 0 to 8 and 10, lists as "[]" for none. */
  static const guint from_values[SL_BULK_ROW_TEXT_COLUMNS] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 10 };
  const char *columns[SL_BULK_ROW_TEXT_COLUMNS];
  gsize size;
  char *p;

  G_STATIC_ASSERT (G_N_ELEMENTS (values) == SL_STORE_CANDIDATE_N_FIELDS);

  content = sl_store_record_content (ops, (char **) values);
  rev = sl_store_next_rev (NULL, content);

  size = sizeof (SlStoreBulkRow) + (n_emails + n_phones) * sizeof (char *) +
         strlen (id) + strlen (rev) + strlen (activity_id) + strlen (activity_rev) + 4;
  for (guint c = 0; c < SL_BULK_ROW_TEXT_COLUMNS; c++)
    {
      guint v = from_values[c];

      columns[c] = values[v];
      if (columns[c] == NULL && (v == 1 || v == 2 || v == 5 || v == 7))
        columns[c] = "[]";
      if (columns[c] != NULL)
        size += strlen (columns[c]) + 1;
    }

  row = g_malloc0 (size);
  row->email_keys = (char **) (row + 1);
  row->phone_keys = row->email_keys + n_emails;
  p = (char *) (row->phone_keys + n_phones);
  row->id = pack_text (&p, id);
  row->rev = pack_text (&p, rev);
  row->activity_id = pack_text (&p, activity_id);
  row->activity_rev = pack_text (&p, activity_rev);
  for (guint c = 0; c < SL_BULK_ROW_TEXT_COLUMNS; c++)
    {
      char *start = p;

      row->columns[c] = pack_text (&p, columns[c]);
      row->lengths[c] = p > start ? (int) (p - start - 1) : 0;
    }
  g_assert (p <= (char *) row + size);

  row->consent_at = consent_at;
  row->erased = erased;
  row->n_emails = n_emails;
  row->n_phones = n_phones;
  for (guint i = 0; i < n_emails; i++)
    row->email_keys[i] = sl_store_email_key (emails[i]);
  for (guint i = 0; i < n_phones; i++)
    row->phone_keys[i] = sl_store_phone_key (phones[i]);

  return row;
}

SlStoreBulkRow *
sl_store_bulk_row_new_full (SlCandidate *candidate,
                            gboolean     keep_candidate)
{
  SlBulkCandidateFields fields = {
    .name = sl_candidate_get_name (candidate),
    .emails = sl_candidate_get_emails (candidate),
    .phones = sl_candidate_get_phones (candidate),
    .location = sl_candidate_get_location (candidate),
    .headline = sl_candidate_get_headline (candidate),
    .links = sl_candidate_get_links (candidate),
    .source = sl_candidate_get_source (candidate),
    .tags = sl_candidate_get_tags (candidate),
    .notes = sl_candidate_get_notes (candidate),
  };
  SlStoreBulkRow *row = bulk_row_build (&fields,
                                        sl_candidate_get_consent_at (candidate),
                                        sl_candidate_get_retain_until (candidate),
                                        sl_candidate_get_erased (candidate));

  if (keep_candidate)
    row->candidate = g_object_ref (candidate);
  return row;
}

/**
 * sl_store_bulk_row_new_from_fields:
 * @fields: the new candidate's fields
 *
 * sl_store_bulk_row_new() for the candidate these fields make, without
 * making it: for readers of large files.
 *
 * Returns: (transfer full): the row
 */
SlStoreBulkRow *
sl_store_bulk_row_new_from_fields (const SlBulkCandidateFields *fields)
{
  g_return_val_if_fail (fields != NULL, NULL);

  return bulk_row_build (fields, 0, NULL, FALSE);
}

/**
 * sl_store_bulk_row_new:
 * @candidate: a new candidate (no id yet)
 *
 * Works out what inserting @candidate in a bulk import needs: its id (a new
 * time-ordered UUID), revision and columns, the id and revision of its
 * "imported" activity entry, and the keys of its emails and phones for
 * duplicate detection. Touches no store, so a bulk import can prepare its
 * rows in one thread while another writes them. The row keeps no reference
 * to @candidate.
 *
 * Returns: (transfer full): the row
 */
SlStoreBulkRow *
sl_store_bulk_row_new (SlCandidate *candidate)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), NULL);
  g_return_val_if_fail (sl_record_get_id (SL_RECORD (candidate)) == NULL, NULL);

  return sl_store_bulk_row_new_full (candidate, FALSE);
}

/**
 * sl_store_bulk_row_get_candidate:
 * @row: a #SlStoreBulkRow
 *
 * The candidate of the row (without id), made back from the row the first
 * time: in the thread that writes, for a merge.
 *
 * Returns: (transfer none): the row's candidate
 */
SlCandidate *
sl_store_bulk_row_get_candidate (SlStoreBulkRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->candidate == NULL)
    {
      SlCandidate *candidate = sl_candidate_new ();
      g_auto (GStrv) emails = sl_strv_from_json (row->columns[1]);
      g_auto (GStrv) phones = sl_strv_from_json (row->columns[2]);
      g_auto (GStrv) links = sl_strv_from_json (row->columns[5]);
      g_auto (GStrv) tags = sl_strv_from_json (row->columns[7]);

      sl_candidate_set_name (candidate, row->columns[0]);
      sl_candidate_set_emails (candidate, (const char * const *) emails);
      sl_candidate_set_phones (candidate, (const char * const *) phones);
      sl_candidate_set_location (candidate, row->columns[3]);
      sl_candidate_set_headline (candidate, row->columns[4]);
      sl_candidate_set_links (candidate, (const char * const *) links);
      sl_candidate_set_source (candidate, row->columns[6]);
      sl_candidate_set_tags (candidate, (const char * const *) tags);
      sl_candidate_set_notes (candidate, row->columns[8]);
      sl_candidate_set_consent_at (candidate, row->consent_at);
      sl_candidate_set_retain_until (candidate, row->columns[9]);
      sl_candidate_set_erased (candidate, row->erased);
      row->candidate = candidate;
    }
  return row->candidate;
}

void
sl_store_bulk_row_free (SlStoreBulkRow *row)
{
  if (row == NULL)
    return;
  g_clear_object (&row->candidate);
  for (guint i = 0; i < row->n_emails; i++)
    g_free (row->email_keys[i]);
  for (guint i = 0; i < row->n_phones; i++)
    g_free (row->phone_keys[i]);
  g_free (row);
}

/* Candidates per multi-row INSERT of sl_store_insert_candidate_rows(). */
#define CANDIDATE_ROWS 16
#define CANDIDATE_PARAMS 17

/* Binds @row as the candidate row whose parameters start at @first. */
static void
bind_candidate_row (SlStmt         *stmt,
                    int             first,
                    SlStoreBulkRow *row,
                    gint64          now)
{
  int p = first - 1;

  bind_static_text (stmt, p + 1, row->id);
  sqlite3_bind_int64 (stmt, p + 2, now);
  sqlite3_bind_int64 (stmt, p + 3, now);
  bind_static_text (stmt, p + 4, row->rev);
  sqlite3_bind_int (stmt, p + 5, 0);
  for (int c = 0; c < SL_BULK_ROW_TEXT_COLUMNS - 1; c++)
    {
      if (row->columns[c] != NULL)
        sqlite3_bind_text (stmt, p + 6 + c, row->columns[c], row->lengths[c], SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, p + 6 + c);
    }
  if (row->consent_at != 0)
    sqlite3_bind_int64 (stmt, p + 15, row->consent_at);
  else
    sqlite3_bind_null (stmt, p + 15);
  bind_static_text (stmt, p + 16, row->columns[SL_BULK_ROW_TEXT_COLUMNS - 1]);
  sqlite3_bind_int (stmt, p + 17, row->erased ? 1 : 0);
}

/* "INSERT OR FAIL INTO candidate … VALUES (?1, …, ?17), (?18, …)" for
 * CANDIDATE_ROWS rows: only our own constants and numbers go into it. OR
 * FAIL spares SQLite the statement journal with which a multi-row OR ABORT
 * statement undoes its own rows (a copy of every page it changes): on
 * failure the caller rolls the whole transaction back. */
static const char *
candidate_rows_sql (void)
{
  static gsize sql = 0;

  if (g_once_init_enter (&sql))
    {
      GString *text = g_string_new ("INSERT OR FAIL INTO candidate (" SL_STORE_CANDIDATE_COLUMNS ") VALUES ");

      for (int r = 0; r < CANDIDATE_ROWS; r++)
        {
          g_string_append (text, r > 0 ? ", (" : "(");
          for (int c = 1; c <= CANDIDATE_PARAMS; c++)
            g_string_append_printf (text, c > 1 ? ", ?%d" : "?%d", r * CANDIDATE_PARAMS + c);
          g_string_append_c (text, ')');
        }
      g_once_init_leave (&sql, (gsize) g_string_free (text, FALSE));
    }
  return (const char *) sql;
}

/* candidate_prepare() for a row. */
static gboolean
check_bulk_row (SlStoreBulkRow  *row,
                GError         **error)
{
  const char *name = row->columns[0];
  const char *retain_until = row->columns[SL_BULK_ROW_TEXT_COLUMNS - 1];

  /* Most names start with a letter: no copy to strip. */
  if (name == NULL || name[0] == '\0' || g_ascii_isspace (name[0]) ||
      g_ascii_isspace (name[strlen (name) - 1]) || retain_until != NULL)
    {
      g_autoptr (SlCandidate) candidate = sl_candidate_new ();

      sl_candidate_set_name (candidate, name);
      sl_candidate_set_retain_until (candidate, retain_until);
      return sl_store_candidate_ops ()->prepare (NULL, SL_RECORD (candidate), NULL, FALSE, error);
    }
  return TRUE;
}

gboolean
sl_store_insert_candidate_rows (SlStore         *self,
                                SlStoreBulkRow **rows,
                                guint            n_rows,
                                gint64           now,
                                GError         **error)
{
  const SlRecordOps *ops = sl_store_candidate_ops ();
  g_autofree const char **ids = g_new (const char *, n_rows);
  g_autofree const char **revs = g_new (const char *, n_rows);
  g_autofree const char **activity_ids = g_new (const char *, n_rows);
  g_autofree const char **activity_revs = g_new (const char *, n_rows);
  guint done = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      if (!check_bulk_row (rows[i], error))
        return FALSE;
      ids[i] = rows[i]->id;
      revs[i] = rows[i]->rev;
      activity_ids[i] = rows[i]->activity_id;
      activity_revs[i] = rows[i]->activity_rev;
    }

  if (done + CANDIDATE_ROWS <= n_rows)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self, candidate_rows_sql (), error);

      if (stmt == NULL)
        return FALSE;
      /* Every parameter is bound again for each statement. */
      for (; done + CANDIDATE_ROWS <= n_rows; done += CANDIDATE_ROWS)
        {
          for (guint r = 0; r < CANDIDATE_ROWS; r++)
            bind_candidate_row (stmt, 1 + r * CANDIDATE_PARAMS, rows[done + r], now);
          if (!sl_store_step_done (self, stmt, error))
            return FALSE;
          sqlite3_reset (stmt);
        }
    }
  for (; done < n_rows; done++)
    {
      g_autoptr (SlStmt) stmt = sl_store_prepare (self, ops->insert_sql, error);

      if (stmt == NULL)
        return FALSE;
      bind_candidate_row (stmt, 1, rows[done], now);
      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (!sl_store_record_inserts_full (self, ops->record_type, "imported", ids, revs,
                                     activity_ids, activity_revs, n_rows, error))
    return FALSE;

  for (guint i = 0; i < n_rows; i++)
    sl_store_queue_changed (self, ops->record_type, ids[i]);
  return TRUE;
}
