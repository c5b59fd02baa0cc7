/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests candidate search: accents, scripts, prefixes, several words, exclusion, and hostile queries. */
#include "config.h"

#include <glib/gstdio.h>

#include "sl-search-query.h"
#include "sl-store-private.h"
#include "unit-test-utils.h"

static SlCandidate *
add (SlStore    *store,
     const char *name,
     const char *email,
     const char *headline,
     const char *tag,
     const char *notes)
{
  g_autoptr (GError) error = NULL;
  SlCandidate *candidate = sl_candidate_new ();
  const char *emails[] = { email, NULL };
  const char *tags[] = { tag, NULL };

  sl_candidate_set_name (candidate, name);
  if (email != NULL)
    sl_candidate_set_emails (candidate, emails);
  sl_candidate_set_headline (candidate, headline);
  if (tag != NULL)
    sl_candidate_set_tags (candidate, tags);
  sl_candidate_set_notes (candidate, notes);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  return candidate;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names found for @query, sorted and joined with "|". */
static char *
found (SlStore    *store,
       const char *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = sl_store_search_candidates (store, query, NULL, 100, &error);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  g_assert_no_error (error);
  g_assert_nonnull (results);
  for (guint i = 0; i < results->len; i++)
    g_ptr_array_add (names, (gpointer) sl_candidate_get_name (g_ptr_array_index (results, i)));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("|", (char **) names->pdata);
}

#define assert_found(store, query, expected) \
  G_STMT_START { \
    g_autofree char *_names = found (store, query); \
    g_assert_cmpstr (_names, ==, expected); \
  } G_STMT_END

static SlStore *
people (void)
{
  SlStore *store = unit_test_open_store ("search.db", FALSE, NULL);

  g_object_unref (add (store, "José García", "jose.garcia@example.com", "Rust engineer", "backend", NULL));
  g_object_unref (add (store, "Zoë Ångström", "zoe@example.org", "Designer", "design", "Knows José from a meetup"));
  g_object_unref (add (store, "राजेश कुमार", "rajesh@example.in", "Data analyst", "data", NULL));
  g_object_unref (add (store, "Ольга Петрова", NULL, "Go engineer", "backend", NULL));
  g_object_unref (add (store, "محمد علي", NULL, "Support specialist", NULL, NULL));
  g_object_unref (add (store, "田中 太郎", NULL, "QA engineer", NULL, NULL));
  g_object_unref (add (store, "Nguyễn Văn An", "an.nguyen@example.vn", "Product manager", "product", NULL));
  g_object_unref (add (store, "Jean-Luc O'Brien", "jl@example.fr", "Backend engineer", "go", NULL));
  return store;
}

static void
test_accents_and_case (void)
{
  g_autoptr (SlStore) store = people ();

  assert_found (store, "jose garcia", "José García");
  assert_found (store, "JOSÉ", "José García|Zoë Ångström");
  assert_found (store, "zoe angstrom", "Zoë Ångström");
  assert_found (store, "nguyen", "Nguyễn Văn An");
  /* Decomposed input (e + combining acute) finds the composed name. */
  assert_found (store, "Jose\xcc\x81 garc", "José García");
}

static void
test_scripts (void)
{
  g_autoptr (SlStore) store = people ();

  /* Devanagari: the vowel signs are part of the word, so the whole name and
   * its prefixes match, and a word is not split at its vowel signs. */
  assert_found (store, "राजेश", "राजेश कुमार");
  assert_found (store, "कुमार", "राजेश कुमार");
  assert_found (store, "राजे", "राजेश कुमार");
  assert_found (store, "ओल्गा", "");
  assert_found (store, "ольга", "Ольга Петрова");
  assert_found (store, "Петр", "Ольга Петрова");
  assert_found (store, "محمد", "محمد علي");
  assert_found (store, "田中", "田中 太郎");
}

static void
test_prefixes_and_words (void)
{
  g_autoptr (SlStore) store = people ();

  assert_found (store, "j", "Jean-Luc O'Brien|José García|Zoë Ångström");
  assert_found (store, "ga", "José García");
  assert_found (store, "eng", "Jean-Luc O'Brien|José García|Ольга Петрова|田中 太郎");
  assert_found (store, "engineer backend", "Jean-Luc O'Brien|José García|Ольга Петрова");
  assert_found (store, "engineer rust", "José García");
  assert_found (store, "\"rust engineer\"", "José García");
  assert_found (store, "\"engineer rust\"", "");
  /* Emails, tags and notes are searched too. */
  assert_found (store, "rajesh@example.in", "राजेश कुमार");
  assert_found (store, "example.vn", "Nguyễn Văn An");
  assert_found (store, "meetup", "Zoë Ångström");
  assert_found (store, "product", "Nguyễn Văn An");
}

static void
test_exclusion (void)
{
  g_autoptr (SlStore) store = people ();

  assert_found (store, "engineer -backend", "田中 太郎");
  assert_found (store, "engineer -go -qa", "José García");
  assert_found (store, "jose -meetup", "José García");
  /* Exclusions alone find nothing (FTS5 cannot list everything else). */
  assert_found (store, "-backend", "");
  /* A lone dash is not an exclusion. */
  assert_found (store, "- jose", "José García|Zoë Ångström");
}

static void
test_hostile_queries (void)
{
  g_autoptr (SlStore) store = people ();
  const char *queries[] = {
    "\"", "\"\"", "\"unterminated phrase", "*", "jo*", "a OR b", "NOT", "AND OR NOT",
    "NEAR(a b)", "name:jose", "{name}:jose", "^jose", "(", ")", "((jose", "jose)",
    "+", "'; DROP TABLE candidate; --", "\\", "-", "--", "- -", "'", "%", "_",
    "\x01\x02", "\xff\xfe invalid utf-8", "jose\"", "o'brien", "-\"phrase\"",
    "a\"b", ":", "\"*\"", "NEAR", "jose NOT garcia", "rank:1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) results = NULL;

      g_autofree char *printable = g_utf8_make_valid (queries[i], -1);

      g_test_message ("query: %s", printable);
      results = sl_store_search_candidates (store, queries[i], NULL, 10, &error);
      g_assert_no_error (error);
      g_assert_nonnull (results);
    }

  /* Operators are words like any other: nobody has "not" in their data. */
  assert_found (store, "jose NOT garcia", "");
  assert_found (store, "jose OR tanaka", "");
  /* Not a column filter: the phrase "name jose", which nobody has. */
  assert_found (store, "name:jose", "");
  assert_found (store, "jose:", "José García|Zoë Ångström");
  assert_found (store, "o'brien", "Jean-Luc O'Brien");
  assert_found (store, "jean-luc", "Jean-Luc O'Brien");
  assert_found (store, "jo*", "José García|Zoë Ångström");
  /* The table survived. */
  assert_found (store, "'; DROP TABLE candidate; --", "");
  assert_found (store, "tanaka", "");
  assert_found (store, "田中", "田中 太郎");
}

static void
test_empty_query (void)
{
  g_autoptr (SlStore) store = people ();

  assert_found (store, "", "");
  assert_found (store, "   \t ", "");
  assert_found (store, NULL, "");
  assert_found (store, "!!! ... ---", "");
}

static void
test_query_parse (void)
{
  struct { const char *text; const char *match; const char *phrases; gsize phrases_len; } cases[] = {
    { "jose", "(\"jose\"*)", NULL, 0 },
    { "a b", "(\"a\"* AND \"b\"*)", NULL, 0 },
    { "a -b -c", "(\"a\"*) NOT (\"b\"* OR \"c\"*)", NULL, 0 },
    /* Words of several tokens: all of them, and the check that they follow
     * each other; an exclusion of several tokens is left to that check. */
    { "\"a b\"", "((\"a\" AND \"b\"))", "+=a b", 6 },
    { "say\"hi", "((\"say\" AND \"hi\"*))", "+*say\"hi", 9 },
    { "Jean-Luc -o'brien", "((\"Jean\" AND \"Luc\"*))", "+*Jean-Luc\0-*o'brien", 21 },
    { "“quoted”", "(\"quoted\"*)", NULL, 0 },
    { "", NULL, NULL, 0 },
    { "-x", NULL, NULL, 0 },
    { "+ - ( )", NULL, NULL, 0 },
  };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (SlSearchQuery) query = sl_search_query_parse (db, cases[i].text);

      g_test_message ("query: %s", cases[i].text);
      g_assert_cmpstr (query->match, ==, cases[i].match);
      if (cases[i].phrases == NULL)
        g_assert_null (query->phrases);
      else
        {
          gsize size = 0;
          const char *data = g_bytes_get_data (query->phrases, &size);

          g_assert_cmpmem (data, size, cases[i].phrases, cases[i].phrases_len);
        }
    }
  sqlite3_close (db);
}

static void
test_follows_edits (void)
{
  g_autoptr (SlStore) store = people ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) kim = add (store, "Kim Park", NULL, NULL, NULL, NULL);
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (SlApplication) application = sl_application_new ();
  g_autoptr (GPtrArray) results = NULL;

  assert_found (store, "kim", "Kim Park");
  sl_candidate_set_name (kim, "Kimberly Lee");
  g_assert_true (sl_store_save_candidate (store, kim, &error));
  g_assert_no_error (error);
  assert_found (store, "park", "");
  assert_found (store, "kimber", "Kimberly Lee");

  /* Filtered by posting. */
  sl_posting_set_title (posting, "Engineer");
  g_assert_true (sl_store_save_posting (store, posting, &error));
  g_assert_no_error (error);
  sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (kim)));
  sl_application_set_posting_id (application, sl_record_get_id (SL_RECORD (posting)));
  g_assert_true (sl_store_save_application (store, application, &error));
  g_assert_no_error (error);
  results = sl_store_search_candidates (store, "k", sl_record_get_id (SL_RECORD (posting)), 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (sl_record_get_id (g_ptr_array_index (results, 0)), ==, sl_record_get_id (SL_RECORD (kim)));

  /* The set a board filters its cards with: every match, of the posting. */
  {
    g_autoptr (GHashTable) ids = sl_store_match_candidate_ids (store, "k", sl_record_get_id (SL_RECORD (posting)), &error);
    g_autoptr (GHashTable) all = sl_store_match_candidate_ids (store, "l", NULL, &error);
    g_autoptr (GHashTable) none = sl_store_match_candidate_ids (store, "kimber -lee", NULL, &error);
    g_autoptr (GHashTable) empty = sl_store_match_candidate_ids (store, "  ", NULL, &error);
    g_autoptr (GHashTable) hostile = sl_store_match_candidate_ids (store, "\"kim (* NEAR OR -", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (ids), ==, 1);
    g_assert_true (g_hash_table_contains (ids, sl_record_get_id (SL_RECORD (kim))));
    g_assert_cmpuint (g_hash_table_size (all), >, 1);
    g_assert_true (g_hash_table_contains (all, sl_record_get_id (SL_RECORD (kim))));
    g_assert_cmpuint (g_hash_table_size (none), ==, 0);
    g_assert_cmpuint (g_hash_table_size (empty), ==, 0);
    g_assert_nonnull (hostile);
  }

  /* Deleted candidates are not found. */
  g_assert_true (sl_store_delete_candidate (store, sl_record_get_id (SL_RECORD (kim)), &error));
  g_assert_no_error (error);
  assert_found (store, "kimber", "");
  {
    g_autoptr (GHashTable) ids = sl_store_match_candidate_ids (store, "kimber", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (ids), ==, 0);
  }
}

static void
exec_sql (SlStore    *store,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (sl_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static SlAttachment *
attach (SlStore     *store,
        SlCandidate *candidate,
        const char  *file_name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), file_name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  SlAttachment *attachment;

  g_assert_true (g_file_set_contents (path, file_name, -1, &error));
  attachment = sl_store_add_attachment (store, sl_record_get_id (SL_RECORD (candidate)), file, NULL, &error);
  g_assert_no_error (error);
  return attachment;
}

/* The index keeps no copy of its text (an external-content table): every
 * write that changes what a candidate is found by must take out exactly
 * the terms that were indexed, or the index goes wrong for good. Each step
 * is checked against an index built from scratch. */
static void
test_index_follows_every_write (void)
{
  g_autoptr (SlStore) store = people ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SlCandidate) ines = add (store, "Inês Duarte", "ines@example.com", "Designer", "ux", "Portfolio online");
  g_autoptr (SlCandidate) omar = add (store, "Omar Haddad", NULL, "Recruiter", NULL, NULL);
  g_autoptr (SlAttachment) cv = NULL;
  g_autoptr (SlAttachment) letter = NULL;
  g_autofree char *sql = NULL;

  unit_test_assert_search_index (store);

  cv = attach (store, ines, "ines-cv-quokka.pdf");
  letter = attach (store, ines, "cover-letter-wombat.pdf");
  sl_attachment_free (attach (store, omar, "omar-numbat.pdf"));
  unit_test_assert_search_index (store);
  assert_found (store, "quokka", "Inês Duarte");
  assert_found (store, "wombat", "Inês Duarte");

  sl_candidate_set_name (ines, "Inês Duarte Silva");
  sl_candidate_set_notes (ines, NULL);
  g_assert_true (sl_store_save_candidate (store, ines, &error));
  g_assert_no_error (error);
  unit_test_assert_search_index (store);
  assert_found (store, "portfolio", "");

  /* What sync or a later version may do to attachments: rename one, move
   * one to someone else, mark one deleted, remove one. */
  sql = g_strdup_printf ("UPDATE attachment SET file_name = 'ines-cv-platypus.pdf' WHERE id = '%s'", cv->id);
  exec_sql (store, sql);
  unit_test_assert_search_index (store);
  assert_found (store, "quokka", "");
  assert_found (store, "platypus", "Inês Duarte Silva");
  g_free (sql);
  sql = g_strdup_printf ("UPDATE attachment SET candidate_id = '%s' WHERE id = '%s'",
                         sl_record_get_id (SL_RECORD (omar)), letter->id);
  exec_sql (store, sql);
  unit_test_assert_search_index (store);
  assert_found (store, "wombat", "Omar Haddad");
  g_free (sql);
  sql = g_strdup_printf ("UPDATE attachment SET deleted = 1 WHERE id = '%s'", letter->id);
  exec_sql (store, sql);
  unit_test_assert_search_index (store);
  assert_found (store, "wombat", "");
  g_free (sql);
  sql = g_strdup_printf ("DELETE FROM attachment WHERE id = '%s'", cv->id);
  exec_sql (store, sql);
  unit_test_assert_search_index (store);
  assert_found (store, "platypus", "");

  /* Tombstoned, back again, erased. */
  g_assert_true (sl_store_delete_candidate (store, sl_record_get_id (SL_RECORD (omar)), &error));
  g_assert_no_error (error);
  unit_test_assert_search_index (store);
  assert_found (store, "numbat", "");
  exec_sql (store, "UPDATE candidate SET deleted = 0 WHERE name = 'Omar Haddad'");
  unit_test_assert_search_index (store);
  assert_found (store, "numbat", "Omar Haddad");
  g_assert_true (sl_store_erase_candidate (store, sl_record_get_id (SL_RECORD (ines)), &error));
  g_assert_no_error (error);
  unit_test_assert_search_index (store);

  /* A candidate's row removed for good takes its attachments along. */
  exec_sql (store, "DELETE FROM candidate WHERE name = 'Omar Haddad'");
  unit_test_assert_search_index (store);
  assert_found (store, "numbat", "");
  assert_found (store, "omar", "");
}

/* How many candidates @query finds, up to 2000. */
static guint
count_found (SlStore    *store,
             const char *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = sl_store_search_candidates (store, query, NULL, 2000, &error);

  g_assert_no_error (error);
  return results->len;
}

static void
test_large_match_set (void)
{
  g_autoptr (SlStore) store = unit_test_open_store ("search.db", FALSE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = NULL;

  /* More matches than are ranked: the newest come, name matches first. */
  g_assert_true (sl_store_begin (store, &error));
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autoptr (SlCandidate) c = sl_candidate_new ();

      sl_candidate_set_name (c, i % 2 == 0 ? name : "Someone Else");
      sl_candidate_set_notes (c, "Met at a panel");
      g_assert_true (sl_store_save_candidate (store, c, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sl_store_commit (store, &error));

  results = sl_store_search_candidates (store, "p", NULL, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 20);
  for (guint i = 0; i < results->len; i++)
    g_assert_true (g_str_has_prefix (sl_candidate_get_name (g_ptr_array_index (results, i)), "Person"));
  g_assert_cmpstr (sl_candidate_get_name (g_ptr_array_index (results, 0)), ==, "Person 1498");

  g_clear_pointer (&results, g_ptr_array_unref);
  results = sl_store_search_candidates (store, "pa", NULL, 2000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1500);

  /* Of a posting only, also among many matches. */
  {
    g_autoptr (SlPosting) posting = sl_posting_new ();
    g_autoptr (GPtrArray) all = sl_store_search_candidates (store, "pa", NULL, 2000, &error);
    g_autoptr (GPtrArray) of_posting = NULL;

    g_assert_no_error (error);
    sl_posting_set_title (posting, "Panel host");
    g_assert_true (sl_store_save_posting (store, posting, &error));
    g_assert_no_error (error);
    /* The newest, one in the middle and the oldest. */
    for (guint i = 0; i < 3; i++)
      {
        SlCandidate *person = g_ptr_array_index (all, i == 0 ? 0 : i == 1 ? 700 : all->len - 1);
        g_autoptr (SlApplication) application = sl_application_new ();

        sl_application_set_candidate_id (application, sl_record_get_id (SL_RECORD (person)));
        sl_application_set_posting_id (application, sl_record_get_id (SL_RECORD (posting)));
        g_assert_true (sl_store_save_application (store, application, &error));
        g_assert_no_error (error);
      }
    of_posting = sl_store_search_candidates (store, "p", sl_record_get_id (SL_RECORD (posting)), 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (of_posting->len, ==, 3);
  }

  /* A phrase among many matches: only where its words follow each other. */
  g_assert_cmpuint (count_found (store, "\"at a\""), ==, 1500);
  g_assert_cmpuint (count_found (store, "\"a at\""), ==, 0);
  g_assert_cmpuint (count_found (store, "p \"else met\""), ==, 0);
}

/* The index knows which columns a word is in, not where: a word of several
 * tokens or a phrase matches only where its tokens follow each other in one
 * column, and excludes only there. */
static void
test_words_of_several_tokens (void)
{
  g_autoptr (SlStore) store = people ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) ids = NULL;

  g_object_unref (add (store, "Luc Bernard", "bernard@example.org", "Jean engineer", NULL,
                       "Example: Garcia recommended him; ask jose about it"));

  assert_found (store, "jean-luc", "Jean-Luc O'Brien");
  assert_found (store, "Jean-Lu", "Jean-Luc O'Brien");
  assert_found (store, "luc-jean", "");
  assert_found (store, "jean luc", "Jean-Luc O'Brien|Luc Bernard");
  assert_found (store, "jose.garcia@example", "José García");
  assert_found (store, "garcia-jose", "");
  assert_found (store, "garcia jose", "José García|Luc Bernard");
  assert_found (store, "\"backend engineer\"", "Jean-Luc O'Brien");
  assert_found (store, "\"engineer backend\"", "");
  /* "rust engineer" then the tag "backend": other columns. */
  assert_found (store, "\"engineer backend\"", "");
  assert_found (store, "\"rust engineer\" backend", "José García");
  assert_found (store, "engineer -\"backend engineer\"", "José García|Luc Bernard|Ольга Петрова|田中 太郎");
  assert_found (store, "engineer -jean-luc", "José García|Luc Bernard|Ольга Петрова|田中 太郎");
  assert_found (store, "engineer -\"engineer backend\"",
                "Jean-Luc O'Brien|José García|Luc Bernard|Ольга Петрова|田中 太郎");

  /* The set a board shows. */
  ids = sl_store_match_candidate_ids (store, "jean-luc", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (ids), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/search/query-parse", test_query_parse);
  g_test_add_func ("/search/accents-and-case", test_accents_and_case);
  g_test_add_func ("/search/scripts", test_scripts);
  g_test_add_func ("/search/prefixes-and-words", test_prefixes_and_words);
  g_test_add_func ("/search/exclusion", test_exclusion);
  g_test_add_func ("/search/words-of-several-tokens", test_words_of_several_tokens);
  g_test_add_func ("/search/hostile-queries", test_hostile_queries);
  g_test_add_func ("/search/empty-query", test_empty_query);
  g_test_add_func ("/search/follows-edits", test_follows_edits);
  g_test_add_func ("/search/index-follows-every-write", test_index_follows_every_write);
  g_test_add_func ("/search/large-match-set", test_large_match_set);

  return g_test_run ();
}
