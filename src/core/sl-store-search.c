/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Candidate search over the FTS5 index (migrations 4, 8 and 9) with its phrase and name checks, and duplicate detection by normalised email and phone. */
#define G_LOG_DOMAIN "sl-store-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-search-query.h"
#include "sl-store-people-private.h"
#include "sl-store-search-private.h"

/* Phrase checks */

/* A word of several tokens, from SlSearchQuery's phrases. */
typedef struct
{
  gboolean   exclude;
  gboolean   prefix;     /* the last token is a prefix */
  GPtrArray *tokens;     /* as the index's tokenizer makes them */
  gboolean   found;      /* in the current row */
} Phrase;

static void
phrase_free (Phrase *phrase)
{
  g_ptr_array_unref (phrase->tokens);
  g_free (phrase);
}

static int
add_token_cb (void       *data,
              int         flags,
              const char *token,
              int         n_token,
              int         start,
              int         end)
{
  GPtrArray *tokens = data;

  if ((flags & FTS5_TOKEN_COLOCATED) == 0)
    g_ptr_array_add (tokens, g_strndup (token, n_token));
  return SQLITE_OK;
}

/* The phrases of the blob @value, each split by the index's tokenizer. */
static GPtrArray *
phrases_parse (const Fts5ExtensionApi *api,
               Fts5Context            *fts,
               sqlite3_value          *value)
{
  g_autoptr (GPtrArray) phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  const char *data = sqlite3_value_blob (value);
  int size = sqlite3_value_bytes (value);
  int at = 0;

  while (at + 2 < size)
    {
      const char *text = data + at + 2;
      const char *end = memchr (text, '\0', size - at - 2);
      Phrase *phrase;

      if (end == NULL)
        return NULL;
      phrase = g_new0 (Phrase, 1);
      phrase->exclude = data[at] == '-';
      phrase->prefix = data[at + 1] == '*';
      phrase->tokens = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (phrases, phrase);
      if (api->xTokenize (fts, text, (int) (end - text), phrase->tokens, add_token_cb) != SQLITE_OK)
        return NULL;
      at = (int) (end - data) + 1;
    }
  return g_steal_pointer (&phrases);
}

/* Whether @tokens has @phrase's tokens one after the other. */
static gboolean
phrase_in (const Phrase    *phrase,
           const GPtrArray *tokens)
{
  guint n = phrase->tokens->len;

  for (guint i = 0; n > 0 && i + n <= tokens->len; i++)
    {
      guint j = 0;

      for (; j < n; j++)
        {
          const char *want = g_ptr_array_index (phrase->tokens, j);
          const char *have = g_ptr_array_index (tokens, i + j);

          if (phrase->prefix && j == n - 1 ? !g_str_has_prefix (have, want) : strcmp (have, want) != 0)
            break;
        }
      if (j == n)
        return TRUE;
    }
  return FALSE;
}

/* sl_search_phrases (candidate_fts, phrases): whether the row has each
 * phrase that must match, and none that excludes, in one of its columns.
 * The index keeps which columns a token is in, not where (detail = column):
 * FTS5 finds the rows with all the tokens, this function the rows where
 * they follow each other, with the index's own tokenizer. */
static void
search_phrases (const Fts5ExtensionApi  *api,
                Fts5Context             *fts,
                sqlite3_context         *context,
                int                      n_args,
                sqlite3_value          **args)
{
  g_autoptr (GPtrArray) tokens = NULL;
  GPtrArray *phrases;
  gboolean ok = TRUE;
  int n_columns;

  if (n_args != 1)
    {
      sqlite3_result_error (context, "sl_search_phrases: one argument expected", -1);
      return;
    }
  if (sqlite3_value_type (args[0]) == SQLITE_NULL)
    {
      sqlite3_result_int (context, 1);
      return;
    }

  /* Split once per statement. */
  phrases = api->xGetAuxdata (fts, FALSE);
  if (phrases == NULL)
    {
      phrases = phrases_parse (api, fts, args[0]);
      if (phrases == NULL || api->xSetAuxdata (fts, phrases, (void (*) (void *)) g_ptr_array_unref) != SQLITE_OK)
        {
          sqlite3_result_error (context, "sl_search_phrases: not a list of phrases", -1);
          return;
        }
    }

  for (guint i = 0; i < phrases->len; i++)
    ((Phrase *) g_ptr_array_index (phrases, i))->found = FALSE;

  tokens = g_ptr_array_new_with_free_func (g_free);
  n_columns = api->xColumnCount (fts);
  for (int c = 0; c < n_columns; c++)
    {
      const char *text = NULL;
      int size = 0;
      int rc = api->xColumnText (fts, c, &text, &size);

      if (rc == SQLITE_OK && (text == NULL || size == 0))
        continue;
      g_ptr_array_set_size (tokens, 0);
      if (rc == SQLITE_OK)
        rc = api->xTokenize (fts, text, size, tokens, add_token_cb);
      if (rc != SQLITE_OK)
        {
          sqlite3_result_error_code (context, rc);
          return;
        }
      for (guint i = 0; i < phrases->len; i++)
        {
          Phrase *phrase = g_ptr_array_index (phrases, i);

          if (!phrase->found)
            phrase->found = phrase_in (phrase, tokens);
        }
    }

  for (guint i = 0; i < phrases->len && ok; i++)
    {
      Phrase *phrase = g_ptr_array_index (phrases, i);

      ok = phrase->found != phrase->exclude;
    }
  sqlite3_result_int (context, ok);
}

/* sl_search_in_name (candidate_fts, n): whether the first @n phrases of the
 * query (the words it must match, which come first in SlSearchQuery's
 * match) are all in the name column of the row. */
static void
search_in_name (const Fts5ExtensionApi  *api,
                Fts5Context             *fts,
                sqlite3_context         *context,
                int                      n_args,
                sqlite3_value          **args)
{
  int n;

  if (n_args != 1)
    {
      sqlite3_result_error (context, "sl_search_in_name: one argument expected", -1);
      return;
    }
  n = MIN (sqlite3_value_int (args[0]), api->xPhraseCount (fts));

  for (int i = 0; i < n; i++)
    {
      Fts5PhraseIter iter;
      int column = -1;
      int rc = api->xPhraseFirstColumn (fts, i, &iter, &column);

      if (rc != SQLITE_OK)
        {
          sqlite3_result_error_code (context, rc);
          return;
        }
      while (column > 0)
        api->xPhraseNextColumn (fts, &iter, &column);
      if (column != 0)
        {
          sqlite3_result_int (context, 0);
          return;
        }
    }
  sqlite3_result_int (context, 1);
}

/**
 * sl_store_search_fts5:
 * @db: a connection
 *
 * Returns: (nullable): @db's FTS5 API (see "Extending FTS5" in SQLite's
 *   documentation), %NULL if SQLite has no FTS5
 */
fts5_api *
sl_store_search_fts5 (sqlite3 *db)
{
  fts5_api *fts5 = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, &fts5, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return fts5;
}

/**
 * sl_store_search_register:
 * @db: a connection
 *
 * Adds the FTS5 functions that the search's queries need to @db:
 * sl_search_phrases() and sl_search_in_name().
 *
 * Returns: %TRUE on success
 */
gboolean
sl_store_search_register (sqlite3 *db)
{
  fts5_api *fts5 = sl_store_search_fts5 (db);

  return fts5 != NULL &&
         fts5->xCreateFunction (fts5, "sl_search_phrases", NULL, search_phrases, NULL) == SQLITE_OK &&
         fts5->xCreateFunction (fts5, "sl_search_in_name", NULL, search_in_name, NULL) == SQLITE_OK;
}

/* The columns sl_store_read_record() expects for a candidate, from c. */
#define CANDIDATE_COLUMNS_C \
  "c.id, c.created_at, c.updated_at, c.rev, c.deleted, c.name, c.emails, c.phones, " \
  "c.location, c.headline, c.links, c.source, c.tags, c.notes, c.consent_at, " \
  "c.retain_until, c.erased"

/* Up to this many matches are ranked by relevance; a larger match set (a
 * one- or two-letter prefix matches most people) is not ranked at all, as
 * bm25 over tens of thousands of rows is what makes typing feel slow. */
#define RANK_LIMIT 1000

/* ?3: the posting the candidate must have applied to, or NULL. */
#define POSTING_FILTER \
  "(?3 IS NULL OR EXISTS (SELECT 1 FROM application a WHERE a.candidate_id = c.id " \
  "AND a.posting_id = ?3 AND a.deleted = 0))"

/* ?5: the words of several tokens (SlSearchQuery's phrases), or NULL. */
#define PHRASES_FILTER "(?5 IS NULL OR sl_search_phrases (candidate_fts, ?5))"

/* Names weigh most, then emails, then headline and tags, then the rest. */
#define SEARCH_RANKED_SQL \
  "SELECT " CANDIDATE_COLUMNS_C " FROM candidate_fts f JOIN candidate c ON c.rowid = f.rowid " \
  "WHERE candidate_fts MATCH ?1 AND " PHRASES_FILTER " AND " POSTING_FILTER " " \
  "ORDER BY bm25 (candidate_fts, 10.0, 5.0, 2.0, 2.0, 1.0, 1.0), c.name, c.id LIMIT ?2"

/* Newest first straight from the index, older than rowid ?4: stops after
 * ?2 rows. */
#define SEARCH_OLDER_SQL \
  "SELECT " CANDIDATE_COLUMNS_C " FROM candidate_fts f JOIN candidate c ON c.rowid = f.rowid " \
  "WHERE candidate_fts MATCH ?1 AND f.rowid < ?4 AND " PHRASES_FILTER " AND " POSTING_FILTER " " \
  "ORDER BY f.rowid DESC LIMIT ?2"

/* Binds @query's match to ?1 and its phrases to ?5. */
static void
bind_query (SlStmt        *stmt,
            SlSearchQuery *query)
{
  sqlite3_bind_text (stmt, 1, query->match, -1, SQLITE_STATIC);
  if (query->phrases != NULL)
    {
      gsize size = 0;
      gconstpointer data = g_bytes_get_data (query->phrases, &size);

      sqlite3_bind_blob (stmt, 5, data, (int) size, SQLITE_STATIC);
    }
  else
    sqlite3_bind_null (stmt, 5);
}

/* The rowids of the newest @at_most matches, newest first, those whose
 * name has every word of the query in @in_name, the others in @others: one
 * pass through the index, which for a prefix without a prefix index (three
 * letters and more) means building the list of every row of every word
 * with that prefix. */
static gboolean
newest_matches (SlStore       *self,
                SlSearchQuery *query,
                guint          at_most,
                GArray        *in_name,
                GArray        *others,
                GError       **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT rowid, sl_search_in_name (candidate_fts, ?6) FROM candidate_fts "
                           "WHERE candidate_fts MATCH ?1 AND " PHRASES_FILTER " "
                           "ORDER BY rowid DESC LIMIT ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_query (stmt, query);
  sqlite3_bind_int (stmt, 2, at_most);
  sqlite3_bind_int (stmt, 6, query->n_included_tokens);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (sqlite3_column_int (stmt, 1) ? in_name : others, rowid);
    }
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

/* Adds the candidate of @stmt's row (CANDIDATE_COLUMNS_C) to @results,
 * unless it is in @seen. */
static void
take_row (SlStmt     *stmt,
          GHashTable *seen,
          GPtrArray  *results)
{
  const char *id = sl_stmt_column_text (stmt, 0);

  if (g_hash_table_contains (seen, id))
    return;
  g_hash_table_add (seen, g_strdup (id));
  g_ptr_array_add (results, sl_store_read_record (sl_store_candidate_ops (), stmt));
}

/* Adds the candidates of @rowids (of @posting_id) not in @seen to @results,
 * in that order, up to @limit. */
static gboolean
collect_rowids (SlStore     *self,
                GArray      *rowids,
                const char  *posting_id,
                guint        limit,
                GHashTable  *seen,
                GPtrArray   *results,
                GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "SELECT " CANDIDATE_COLUMNS_C " FROM candidate c WHERE c.rowid = ?1 AND " POSTING_FILTER,
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 3, posting_id);
  for (guint i = 0; i < rowids->len && results->len < limit; i++)
    {
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (rowids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        take_row (stmt, seen, results);
      else if (rc != SQLITE_DONE)
        return sl_store_set_db_error (self, rc, error);
    }
  return TRUE;
}

/* Runs @sql, adding the candidates not in @seen to @results, up to @limit. */
static gboolean
collect (SlStore       *self,
         const char    *sql,
         SlSearchQuery *query,
         const char    *posting_id,
         gint64         from_rowid,
         guint          limit,
         GHashTable    *seen,
         GPtrArray     *results,
         GError       **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_query (stmt, query);
  /* Rows already found may come again: ask for that many more. */
  sqlite3_bind_int64 (stmt, 2, (gint64) limit + g_hash_table_size (seen));
  sl_stmt_bind_text (stmt, 3, posting_id);
  /* Only SEARCH_OLDER_SQL reads ?4; ?5 gives SEARCH_RANKED_SQL the slot. */
  sqlite3_bind_int64 (stmt, 4, from_rowid);

  while (results->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    take_row (stmt, seen, results);
  if (results->len < limit && rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);

  return TRUE;
}

/**
 * sl_store_search_candidates:
 * @self: a #SlStore
 * @query: (nullable): what the person typed: words (each a prefix, any
 *   case, accents optional), "-word" to exclude, "a phrase" in quotes
 * @posting_id: (nullable): only candidates who applied to this posting
 * @limit: the most candidates to return (0 = 50)
 * @error: return location for a #GError
 *
 * Searches the names, emails, headlines, tags, notes and résumé file names of
 * the candidates that are neither deleted nor erased. Any text is a valid
 * query: syntax characters are searched for as text, never interpreted. When
 * at most a thousand candidates match they come by relevance (a match in the
 * name weighs most); when more match (a one-letter prefix), the newest
 * thousand matches are looked at first, those whose name matches first, then
 * the other matches, newest first.
 *
 * Returns: (transfer container) (element-type SlCandidate): the candidates,
 *   empty for an empty query, or %NULL on a database error
 */
GPtrArray *
sl_store_search_candidates (SlStore     *self,
                            const char  *query,
                            const char  *posting_id,
                            guint        limit,
                            GError     **error)
{
  g_autoptr (SlSearchQuery) parsed = NULL;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GHashTable) seen = NULL;
  g_autoptr (GArray) in_name = NULL;
  g_autoptr (GArray) others = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (limit == 0)
    limit = 50;

  results = g_ptr_array_new_with_free_func (g_object_unref);
  parsed = sl_search_query_parse (sl_store_get_db (self), query);
  if (parsed->match == NULL)
    return g_steal_pointer (&results);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  in_name = g_array_new (FALSE, FALSE, sizeof (gint64));
  others = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!newest_matches (self, parsed, RANK_LIMIT + 1, in_name, others, error))
    return NULL;

  if (in_name->len + others->len <= RANK_LIMIT)
    {
      if (!collect (self, SEARCH_RANKED_SQL, parsed, posting_id, 0, limit, seen, results, error))
        return NULL;
    }
  else
    {
      /* Names first among the newest matches only: looking for name matches
       * through all of them costs as much as ranking them. Then the other
       * newest matches, then older ones if more are asked for. */
      gint64 oldest = MIN (in_name->len > 0 ? g_array_index (in_name, gint64, in_name->len - 1) : G_MAXINT64,
                           others->len > 0 ? g_array_index (others, gint64, others->len - 1) : G_MAXINT64);

      if (!collect_rowids (self, in_name, posting_id, limit, seen, results, error) ||
          !collect_rowids (self, others, posting_id, limit, seen, results, error) ||
          (results->len < limit &&
           !collect (self, SEARCH_OLDER_SQL, parsed, posting_id, oldest, limit, seen, results, error)))
        return NULL;
    }

  return g_steal_pointer (&results);
}

/**
 * sl_store_list_matching_candidate_ids:
 * @self: a #SlStore
 * @query: (nullable): what the person typed, as for sl_store_search_candidates()
 * @posting_id: (nullable): only candidates who applied to this posting
 * @error: return location for a #GError
 *
 * Finds every candidate @query matches, newest first, without ranking them
 * or reading more than their ids: the index gives its rows in that order,
 * so a one-letter prefix matching 90 000 people costs tens of
 * milliseconds, not the seconds of ranking them. For a count of the
 * matches and for the ones past sl_store_search_candidates()'s limit.
 *
 * Returns: (transfer container) (element-type utf8): their ids, empty for
 *   an empty query, or %NULL on a database error
 */
GPtrArray *
sl_store_list_matching_candidate_ids (SlStore     *self,
                                      const char  *query,
                                      const char  *posting_id,
                                      GError     **error)
{
  g_autoptr (SlSearchQuery) parsed = NULL;
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ids = g_ptr_array_new_with_free_func (g_free);
  parsed = sl_search_query_parse (sl_store_get_db (self), query);
  if (parsed->match == NULL)
    return g_steal_pointer (&ids);

  stmt = sl_store_prepare (self,
                           "SELECT c.id FROM candidate_fts f JOIN candidate c ON c.rowid = f.rowid "
                           "WHERE candidate_fts MATCH ?1 AND " PHRASES_FILTER " AND " POSTING_FILTER " "
                           "ORDER BY f.rowid DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  bind_query (stmt, parsed);
  sl_stmt_bind_text (stmt, 3, posting_id);
  if (!sl_store_collect_strings (self, stmt, ids, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * sl_store_match_candidate_ids:
 * @self: a #SlStore
 * @query: (nullable): what the person typed, as for sl_store_search_candidates()
 * @posting_id: (nullable): only candidates who applied to this posting
 * @error: return location for a #GError
 *
 * Finds every candidate @query matches, without ranking them or reading
 * them: what a board needs to show only the cards of a search (a two-letter
 * prefix matches tens of thousands of people).
 *
 * Returns: (transfer full) (element-type utf8 utf8): the set of their ids,
 *   empty for an empty query, or %NULL on a database error
 */
GHashTable *
sl_store_match_candidate_ids (SlStore     *self,
                              const char  *query,
                              const char  *posting_id,
                              GError     **error)
{
  g_autoptr (GPtrArray) list = NULL;
  GHashTable *ids;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = sl_store_list_matching_candidate_ids (self, query, posting_id, error);
  if (list == NULL)
    return NULL;
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The set takes the strings over. */
  g_ptr_array_set_free_func (list, NULL);
  for (guint i = 0; i < list->len; i++)
    g_hash_table_add (ids, g_ptr_array_index (list, i));

  return ids;
}

/* Adds to @ids the candidates with the contact @value ("e:…" or "p:…"). */
static gboolean
add_contact_matches (SlStore     *self,
                     const char  *value,
                     GHashTable  *ids,
                     GError     **error)
{
  g_autoptr (SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, "SELECT candidate_id FROM candidate_contact WHERE value = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, g_strdup (sl_stmt_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return sl_store_set_db_error (self, rc, error);
  return TRUE;
}

static int
compare_created (gconstpointer a,
                 gconstpointer b)
{
  SlRecord *x = *(SlRecord * const *) a;
  SlRecord *y = *(SlRecord * const *) b;
  gint64 cx = sl_record_get_created_at (x);
  gint64 cy = sl_record_get_created_at (y);

  if (cx != cy)
    return cx < cy ? -1 : 1;
  return g_strcmp0 (sl_record_get_id (x), sl_record_get_id (y));
}

/**
 * sl_store_find_duplicates:
 * @self: a #SlStore
 * @email: (nullable): an email address, in any case, with spaces around
 * @phone: (nullable): a phone number, with any separators
 * @error: return location for a #GError
 *
 * Finds the candidates (not deleted) who have @email (trimmed, compared in
 * lower case) or @phone (digits only, a leading "+" kept, "(0)" after a
 * country code dropped; a number with letters in it is not compared) among
 * their emails or phones, oldest first. Phones are normalised by the same
 * SQL expression as the stored ones (sl-store-search-private.h).
 *
 * Returns: (transfer container) (element-type SlCandidate): the candidates
 *   (empty when none), or %NULL on a database error
 */
GPtrArray *
sl_store_find_duplicates (SlStore     *self,
                          const char  *email,
                          const char  *phone,
                          GError     **error)
{
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GHashTable) ids = NULL;
  g_autofree char *clean_email = NULL;
  g_autofree char *clean_phone = NULL;
  const SlRecordOps *ops = sl_store_candidate_ops ();
  GHashTableIter iter;
  gpointer id;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  results = g_ptr_array_new_with_free_func (g_object_unref);
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (email != NULL)
    clean_email = g_strstrip (g_strdup (email));
  if (clean_email != NULL && clean_email[0] != '\0')
    {
      g_autofree char *lower = g_ascii_strdown (clean_email, -1);
      g_autofree char *value = g_strconcat ("e:", lower, NULL);

      if (!add_contact_matches (self, value, ids, error))
        return NULL;
    }

  if (phone != NULL)
    clean_phone = g_strstrip (g_strdup (phone));
  if (clean_phone != NULL && clean_phone[0] != '\0')
    {
      g_autoptr (SlStmt) stmt = NULL;
      g_autofree char *value = NULL;
      int rc;

      stmt = sl_store_prepare (self,
                               "SELECT 'p:' || v FROM (SELECT " SL_SEARCH_PHONE_SQL ("?1") " AS v LIMIT -1) "
                               "WHERE " SL_SEARCH_PHONE_OK_SQL ("v"),
                               error);
      if (stmt == NULL)
        return NULL;
      sl_stmt_bind_text (stmt, 1, clean_phone);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        value = g_strdup (sl_stmt_column_text (stmt, 0));
      else if (rc != SQLITE_DONE)
        {
          sl_store_set_db_error (self, rc, error);
          return NULL;
        }
      g_clear_pointer (&stmt, sl_stmt_release);

      if (value != NULL && !add_contact_matches (self, value, ids, error))
        return NULL;
    }

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      g_autoptr (SlStmt) stmt = NULL;
      int rc;

      stmt = sl_store_prepare (self,
                               "SELECT " CANDIDATE_COLUMNS_C " FROM candidate c "
                               "WHERE c.id = ?1 AND c.deleted = 0",
                               error);
      if (stmt == NULL)
        return NULL;
      sl_stmt_bind_text (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (results, sl_store_read_record (ops, stmt));
      else if (rc != SQLITE_DONE)
        {
          sl_store_set_db_error (self, rc, error);
          return NULL;
        }
    }
  g_ptr_array_sort (results, compare_created);

  return g_steal_pointer (&results);
}

/* @name trimmed, its runs of white space one space, NFC, case folded. */
static char *
name_key (const char *name)
{
  g_auto (GStrv) words = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *normalized = NULL;

  if (name == NULL)
    return NULL;
  words = g_strsplit_set (name, " \t\n\r", -1);
  {
    g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
    g_auto (GStrv) kept = NULL;

    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0')
        g_strv_builder_add (builder, words[i]);
    kept = g_strv_builder_end (builder);
    joined = g_strjoinv (" ", kept);
  }
  if (joined[0] == '\0')
    return NULL;
  normalized = g_utf8_normalize (joined, -1, G_NORMALIZE_NFC);
  return normalized != NULL ? g_utf8_casefold (normalized, -1) : NULL;
}

/**
 * sl_store_find_same_name:
 * @self: a #SlStore
 * @name: a person's name, as typed
 * @error: return location for a #GError
 *
 * Finds the candidates (neither deleted nor erased) whose name is @name,
 * in any case and spacing, oldest first: the name half of duplicate
 * detection, beside sl_store_find_duplicates()'s contacts. It asks the
 * search index for the rows with each word of @name in the name column,
 * so it costs a few of them, not a scan of everyone.
 *
 * Returns: (transfer container) (element-type SlCandidate): the candidates
 *   (empty when none), or %NULL on a database error
 */
GPtrArray *
sl_store_find_same_name (SlStore     *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (SlSearchQuery) parsed = NULL;
  g_autoptr (SlStmt) stmt = NULL;
  g_autofree char *key = NULL;
  g_autofree char *phrase = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  results = g_ptr_array_new_with_free_func (g_object_unref);
  key = name_key (name);
  if (key == NULL)
    return g_steal_pointer (&results);

  /* The whole name as one quoted phrase: whole words, not prefixes. */
  phrase = g_strdelimit (g_strdup (name), "\"", ' ');
  {
    g_autofree char *quoted = g_strdup_printf ("\"%s\"", phrase);

    parsed = sl_search_query_parse (sl_store_get_db (self), quoted);
  }
  if (parsed->match == NULL)
    return g_steal_pointer (&results);
  match = g_strconcat ("name : ", parsed->match, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT " CANDIDATE_COLUMNS_C " FROM candidate_fts f JOIN candidate c ON c.rowid = f.rowid "
                           "WHERE candidate_fts MATCH ?1 AND " PHRASES_FILTER " LIMIT 100",
                           error);
  if (stmt == NULL)
    return NULL;
  bind_query (stmt, parsed);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (SlCandidate) candidate = SL_CANDIDATE (sl_store_read_record (sl_store_candidate_ops (), stmt));
      g_autofree char *other = name_key (sl_candidate_get_name (candidate));

      if (g_strcmp0 (other, key) == 0)
        g_ptr_array_add (results, g_steal_pointer (&candidate));
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_db_error (self, rc, error);
      return NULL;
    }
  g_ptr_array_sort (results, compare_created);

  return g_steal_pointer (&results);
}

/* SQL's trim (): spaces only. */
static void
trim_spaces (const char **start,
             const char **end)
{
  while (*start < *end && **start == ' ')
    (*start)++;
  while (*end > *start && (*end)[-1] == ' ')
    (*end)--;
}

char *
sl_store_email_key (const char *email)
{
  const char *start = email;
  const char *end;
  GString *key;

  if (email == NULL)
    return NULL;
  end = email + strlen (email);
  trim_spaces (&start, &end);
  if (start == end)
    return NULL;

  key = g_string_sized_new (2 + (end - start));
  g_string_append (key, "e:");
  for (const char *p = start; p < end; p++)
    g_string_append_c (key, g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

char *
sl_store_phone_key (const char *phone)
{
  const char *start = phone;
  const char *end;
  GString *key;
  gboolean international;
  gsize len;

  if (phone == NULL)
    return NULL;
  end = phone + strlen (phone);
  trim_spaces (&start, &end);
  international = start < end && *start == '+';

  /* The separators SL_SEARCH_PHONE_SQL removes, and "(0)" after "+". */
  key = g_string_sized_new (2 + (end - start));
  g_string_append (key, "p:");
  for (const char *p = start; p < end;)
    {
      guchar c = *p;

      if (international && c == '(' && p + 2 < end && p[1] == '0' && p[2] == ')')
        p += 3;
      else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\t')
        p++;
      else if (c == 0xc2 && p + 1 < end && (guchar) p[1] == 0xa0)                  /* U+00A0 */
        p += 2;
      else if (c == 0xe2 && p + 2 < end && (guchar) p[1] == 0x80 &&
               ((guchar) p[2] == 0x91 || (guchar) p[2] == 0x93 || (guchar) p[2] == 0xaf)) /* U+2011, U+2013, U+202F */
        p += 3;
      else
        {
          g_string_append_c (key, c);
          p++;
        }
    }

  /* SL_SEARCH_PHONE_OK_SQL: a digit or "+", then digits, six at least. */
  len = key->len - 2;
  if (len < 6 || !(g_ascii_isdigit (key->str[2]) || key->str[2] == '+'))
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  for (gsize i = 3; i < key->len; i++)
    if (!g_ascii_isdigit (key->str[i]))
      {
        g_string_free (key, TRUE);
        return NULL;
      }
  return g_string_free (key, FALSE);
}
