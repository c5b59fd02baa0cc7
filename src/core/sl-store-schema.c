/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The database schema as forward-only migrations: migration N takes a file from
 * user_version N-1 to N. Never edit a released migration; add a new one. */
#define G_LOG_DOMAIN "sl-store-schema"

#include "config.h"

#include "sl-store-private.h"
#include "sl-store-search-private.h"

/* Columns every record has, for sync: see DESIGN.md. Times are unix µs UTC. */
#define RECORD_COLUMNS \
  "id TEXT PRIMARY KEY NOT NULL," \
  "created_at INTEGER NOT NULL," \
  "updated_at INTEGER NOT NULL," \
  "rev TEXT NOT NULL DEFAULT ''," \
  "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"

/* Migration 4. The full-text index of the candidates who are neither deleted
 * nor erased, keyed by candidate.rowid: unicode61 with marks (M*) as part of
 * a word so that Devanagari names stay one token, diacritics and case folded
 * so that "jose" finds "José", prefix indexes for search-as-you-type. The
 * contact table holds normalised emails ("e:" + trimmed, lower case) and
 * phones ("p:" + digits with the leading "+" kept, separators and a "(0)"
 * trunk after a country code removed) for duplicate detection; a phone with
 * anything else in it (letters, "ext") is not indexed rather than guessed. */
#define SEARCH_JSON(x) "json_each (CASE WHEN json_valid (" x ") THEN " x " ELSE '[]' END)"
#define SEARCH_FILES(id) \
  "(SELECT group_concat (file_name, ' ') FROM attachment WHERE candidate_id = " id " AND deleted = 0)"
/* The normalised contact keys and ids of the candidates that are not deleted
 * in FROM @from (which names the candidate @c) WHERE @where: one SELECT of
 * (k, id). "LIMIT -1" keeps SQLite from flattening the subqueries, which
 * would compute the phone expression once per reference to it. */
#define SEARCH_CONTACT_KEYS(c, from, where) \
  "SELECT 'e:' || lower (t) AS k, id FROM (SELECT trim (e.value) AS t, " c ".id AS id FROM " from \
  SEARCH_JSON (c ".emails") " e WHERE " where " AND " c ".deleted = 0 LIMIT -1) WHERE t != '' " \
  "UNION ALL " \
  "SELECT 'p:' || v, id FROM (SELECT " SL_SEARCH_PHONE_SQL ("t") " AS v, id FROM (" \
  "SELECT trim (p.value) AS t, " c ".id AS id FROM " from SEARCH_JSON (c ".phones") \
  " p WHERE " where " AND " c ".deleted = 0 LIMIT -1) LIMIT -1) WHERE " SL_SEARCH_PHONE_OK_SQL ("v")
#define SEARCH_CONTACTS_OF(c, from, where) \
  "INSERT OR IGNORE INTO candidate_contact (value, candidate_id) " \
  "SELECT k, id FROM (" SEARCH_CONTACT_KEYS (c, from, where) ") ORDER BY k;"
/* The contacts of the row @c had are found by its keys (the primary key),
 * so the table needs no second index on candidate_id. */
#define SEARCH_DROP_CONTACTS_OF(c) \
  "DELETE FROM candidate_contact WHERE candidate_id = " c ".id AND value IN (" \
  "SELECT k FROM (" SEARCH_CONTACT_KEYS (c, "", "1") "));"
#define SEARCH_REFRESH_FTS(candidate_id) \
  "DELETE FROM candidate_fts WHERE rowid = (SELECT rowid FROM candidate WHERE id = " candidate_id ");" \
  "INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "SELECT c.rowid, c.name, c.emails, c.headline, c.tags, c.notes, " SEARCH_FILES ("c.id") \
  " FROM candidate c WHERE c.id = " candidate_id " AND c.deleted = 0 AND c.erased = 0;"

#define SEARCH_MIGRATION \
  "CREATE VIRTUAL TABLE candidate_fts USING fts5 (" \
  "  name, emails, headline, tags, notes, files," \
  "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\"," \
  "  prefix = '1 2 3'" \
  ");" \
  "INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "SELECT c.rowid, c.name, c.emails, c.headline, c.tags, c.notes, " SEARCH_FILES ("c.id") \
  " FROM candidate c WHERE c.deleted = 0 AND c.erased = 0;" \
  /* A bulk import sets deferred inside its transaction and indexes its rows \
   * with one statement before committing: FTS5 flushes its pending terms at \
   * every statement of a transaction, which makes row-by-row indexing slow. */ \
  "CREATE TABLE search_state (" \
  "  id INTEGER PRIMARY KEY CHECK (id = 1)," \
  "  deferred INTEGER NOT NULL DEFAULT 0" \
  ");" \
  "INSERT INTO search_state (id, deferred) VALUES (1, 0);" \
  "CREATE TRIGGER candidate_fts_insert AFTER INSERT ON candidate " \
  "WHEN new.deleted = 0 AND new.erased = 0 AND (SELECT deferred FROM search_state) = 0 BEGIN " \
  "  INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "  VALUES (new.rowid, new.name, new.emails, new.headline, new.tags, new.notes, " \
  SEARCH_FILES ("new.id") ");" \
  "END;" \
  "CREATE TRIGGER candidate_fts_update AFTER UPDATE OF name, emails, headline, tags, notes, " \
  "deleted, erased ON candidate BEGIN " \
  "  DELETE FROM candidate_fts WHERE rowid = old.rowid;" \
  "  INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "  SELECT new.rowid, new.name, new.emails, new.headline, new.tags, new.notes, " \
  SEARCH_FILES ("new.id") " WHERE new.deleted = 0 AND new.erased = 0;" \
  "END;" \
  "CREATE TRIGGER candidate_fts_delete AFTER DELETE ON candidate BEGIN " \
  "  DELETE FROM candidate_fts WHERE rowid = old.rowid;" \
  "END;" \
  "CREATE TRIGGER attachment_fts_insert AFTER INSERT ON attachment BEGIN " \
  SEARCH_REFRESH_FTS ("new.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_update AFTER UPDATE OF candidate_id, file_name, deleted " \
  "ON attachment BEGIN " \
  SEARCH_REFRESH_FTS ("old.candidate_id") \
  SEARCH_REFRESH_FTS ("new.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_delete AFTER DELETE ON attachment BEGIN " \
  SEARCH_REFRESH_FTS ("old.candidate_id") \
  "END;" \
  "CREATE TABLE candidate_contact (" \
  "  value TEXT NOT NULL," \
  "  candidate_id TEXT NOT NULL," \
  "  PRIMARY KEY (value, candidate_id)" \
  ") WITHOUT ROWID;" \
  SEARCH_CONTACTS_OF ("candidate", "candidate, ", "1") \
  /* Deferred like the full-text index: sl_store_index_deferred() adds the \
   * contacts of a bulk import in one sorted statement. */ \
  "CREATE TRIGGER candidate_contact_insert AFTER INSERT ON candidate " \
  "WHEN (SELECT deferred FROM search_state) = 0 BEGIN " \
  SEARCH_CONTACTS_OF ("new", "", "1") \
  "END;" \
  "CREATE TRIGGER candidate_contact_update AFTER UPDATE OF emails, phones, deleted ON candidate BEGIN " \
  SEARCH_DROP_CONTACTS_OF ("old") \
  SEARCH_CONTACTS_OF ("new", "", "1") \
  "END;" \
  "CREATE TRIGGER candidate_contact_delete AFTER DELETE ON candidate BEGIN " \
  SEARCH_DROP_CONTACTS_OF ("old") \
  "END;"

/* Migration 8. The full-text index keeps no copy of the text it indexes:
 * its content is the view candidate_search, the same columns as before.
 * That is a tenth less to write when importing (tests/bench/
 * bench-csv-import.sh: 0.14 s of 1.8 s) and one copy less of each person's
 * details in the file. FTS5 cannot see the text change under it, so the
 * triggers take a row out of the index with the text it was indexed with
 * ('delete' with the old values: the candidate's old row, and the file
 * names of its attachments before an attachment changes, in BEFORE
 * triggers) and put it back with the new. A row is in the index when it
 * has a row in candidate_fts_docsize: during a bulk import the new rows
 * are not yet (sl_store_defer_search_index()). */
#define SEARCH_FTS_IS_INDEXED(rowid) \
  "EXISTS (SELECT 1 FROM candidate_fts_docsize WHERE id = " rowid ")"
#define SEARCH_FTS_VALUES(c) \
  c ".rowid, " c ".name, " c ".emails, " c ".headline, " c ".tags, " c ".notes, " SEARCH_FILES (c ".id")
/* Takes the row @c (a trigger's old) out of the index, if it is in. */
#define SEARCH_FTS_UNINDEX_ROW(c) \
  "INSERT INTO candidate_fts (candidate_fts, rowid, name, emails, headline, tags, notes, files) " \
  "SELECT 'delete', " SEARCH_FTS_VALUES (c) " WHERE " SEARCH_FTS_IS_INDEXED (c ".rowid") ";"
/* Takes the candidates whose id is in (@ids) out of the index, as they are. */
#define SEARCH_FTS_UNINDEX_IDS(ids) \
  "INSERT INTO candidate_fts (candidate_fts, rowid, name, emails, headline, tags, notes, files) " \
  "SELECT 'delete', " SEARCH_FTS_VALUES ("c") " FROM candidate c WHERE c.id IN (" ids ") " \
  "AND " SEARCH_FTS_IS_INDEXED ("c.rowid") ";"
/* Indexes the candidates whose id is in (@ids), unless deleted, erased or
 * indexed already. */
#define SEARCH_FTS_INDEX_IDS(ids) \
  "INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "SELECT " SEARCH_FTS_VALUES ("c") " FROM candidate c WHERE c.id IN (" ids ") " \
  "AND c.deleted = 0 AND c.erased = 0 AND NOT " SEARCH_FTS_IS_INDEXED ("c.rowid") ";"

/* IF EXISTS: the index is built again from the candidates anyway, so a
 * file that lost a trigger or the index still opens. */
#define SEARCH_EXTERNAL_CONTENT_MIGRATION \
  "DROP TRIGGER IF EXISTS candidate_fts_insert;" \
  "DROP TRIGGER IF EXISTS candidate_fts_update;" \
  "DROP TRIGGER IF EXISTS candidate_fts_delete;" \
  "DROP TRIGGER IF EXISTS attachment_fts_insert;" \
  "DROP TRIGGER IF EXISTS attachment_fts_update;" \
  "DROP TRIGGER IF EXISTS attachment_fts_delete;" \
  "DROP TABLE IF EXISTS candidate_fts;" \
  "CREATE VIEW candidate_search (cid, name, emails, headline, tags, notes, files) AS " \
  "SELECT " SEARCH_FTS_VALUES ("c") " FROM candidate c WHERE c.deleted = 0 AND c.erased = 0;" \
  "CREATE VIRTUAL TABLE candidate_fts USING fts5 (" \
  "  name, emails, headline, tags, notes, files," \
  "  content = 'candidate_search', content_rowid = 'cid'," \
  "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\"," \
  "  prefix = '1 2 3'" \
  ");" \
  "INSERT INTO candidate_fts (candidate_fts) VALUES ('rebuild');" \
  "CREATE TRIGGER candidate_fts_insert AFTER INSERT ON candidate " \
  "WHEN new.deleted = 0 AND new.erased = 0 AND (SELECT deferred FROM search_state) = 0 BEGIN " \
  "  INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "  VALUES (" SEARCH_FTS_VALUES ("new") ");" \
  "END;" \
  "CREATE TRIGGER candidate_fts_update AFTER UPDATE OF name, emails, headline, tags, notes, " \
  "deleted, erased ON candidate BEGIN " \
  SEARCH_FTS_UNINDEX_ROW ("old") \
  "  INSERT INTO candidate_fts (rowid, name, emails, headline, tags, notes, files) " \
  "  SELECT " SEARCH_FTS_VALUES ("new") " WHERE new.deleted = 0 AND new.erased = 0;" \
  "END;" \
  /* Before the row goes, and before its attachments go with it. */ \
  "CREATE TRIGGER candidate_fts_delete BEFORE DELETE ON candidate BEGIN " \
  SEARCH_FTS_UNINDEX_ROW ("old") \
  "END;" \
  "CREATE TRIGGER attachment_fts_unindex_insert BEFORE INSERT ON attachment BEGIN " \
  SEARCH_FTS_UNINDEX_IDS ("new.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_insert AFTER INSERT ON attachment BEGIN " \
  SEARCH_FTS_INDEX_IDS ("new.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_unindex_update BEFORE UPDATE OF candidate_id, file_name, deleted " \
  "ON attachment BEGIN " \
  SEARCH_FTS_UNINDEX_IDS ("old.candidate_id, new.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_update AFTER UPDATE OF candidate_id, file_name, deleted " \
  "ON attachment BEGIN " \
  SEARCH_FTS_INDEX_IDS ("old.candidate_id, new.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_unindex_delete BEFORE DELETE ON attachment BEGIN " \
  SEARCH_FTS_UNINDEX_IDS ("old.candidate_id") \
  "END;" \
  "CREATE TRIGGER attachment_fts_delete AFTER DELETE ON attachment BEGIN " \
  SEARCH_FTS_INDEX_IDS ("old.candidate_id") \
  "END;"

/* Migration 9. The index keeps which columns a word is in, not where in
 * them (detail = column), and prefix indexes of one and two letters (a
 * third letter narrows a prefix enough to find its words among the
 * others). Building it is a third cheaper, and it is half the size: for the
 * 35 MB, 100 000-row file of tests/bench/bench-csv-import.sh, 2.25 s
 * instead of 1.85 s to import, 68 MB of index instead of 30 MB.
 * Words of several tokens ("jean-luc", "a phrase") are found by all their
 * tokens, then checked to follow each other by sl_search_phrases()
 * (sl-store-search.c). The tokenizer's options are also in
 * sl-search-query.c, which splits the words of a query. */
#define SEARCH_DETAIL_COLUMN_MIGRATION \
  "DROP TABLE IF EXISTS candidate_fts;" \
  "CREATE VIRTUAL TABLE candidate_fts USING fts5 (" \
  "  name, emails, headline, tags, notes, files," \
  "  content = 'candidate_search', content_rowid = 'cid'," \
  "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\"," \
  "  detail = column, prefix = '1 2'" \
  ");" \
  "INSERT INTO candidate_fts (candidate_fts) VALUES ('rebuild');"

const char * const sl_store_migrations[] = {
  /* 1: postings with their pipelines, the people and their applications */
  "CREATE TABLE posting ("
  RECORD_COLUMNS
  "  title TEXT NOT NULL DEFAULT '',"
  "  department TEXT,"
  "  hiring_manager TEXT,"
  "  organization TEXT,"
  "  openings INTEGER NOT NULL DEFAULT 1,"
  "  locations TEXT NOT NULL DEFAULT '[]',"        /* JSON array of strings */
  "  workplace_type TEXT NOT NULL DEFAULT 'on_site',"
  "  employment_type TEXT,"                       /* schema.org, FULL_TIME… */
  "  date_posted TEXT,"                           /* YYYY-MM-DD */
  "  valid_through TEXT,"                         /* YYYY-MM-DD */
  "  salary_min REAL NOT NULL DEFAULT 0,"
  "  salary_max REAL NOT NULL DEFAULT 0,"
  "  salary_currency TEXT,"                       /* ISO 4217 */
  "  salary_unit TEXT NOT NULL DEFAULT 'year',"
  "  summary TEXT,"
  "  description TEXT,"
  "  about TEXT,"
  "  responsibilities TEXT NOT NULL DEFAULT '[]',"
  "  qualifications TEXT NOT NULL DEFAULT '[]',"
  "  nice_to_have TEXT NOT NULL DEFAULT '[]',"
  "  status TEXT NOT NULL DEFAULT 'draft'"
  ");"
  "CREATE TABLE stage ("
  RECORD_COLUMNS
  "  posting_id TEXT NOT NULL REFERENCES posting (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  kind TEXT NOT NULL DEFAULT 'active'"         /* active, hired, rejected */
  ");"
  "CREATE INDEX stage_by_posting ON stage (posting_id, position);"
  "CREATE TABLE candidate ("
  RECORD_COLUMNS
  "  name TEXT NOT NULL DEFAULT '',"
  "  emails TEXT NOT NULL DEFAULT '[]',"
  "  phones TEXT NOT NULL DEFAULT '[]',"
  "  location TEXT,"
  "  headline TEXT,"
  "  links TEXT NOT NULL DEFAULT '[]',"
  "  source TEXT,"
  "  tags TEXT NOT NULL DEFAULT '[]',"
  "  notes TEXT,"
  "  consent_at INTEGER,"                         /* when consent was given, or NULL */
  "  retain_until TEXT,"                          /* YYYY-MM-DD, or NULL */
  "  erased INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE attachment ("                     /* résumés, content-hashed */
  RECORD_COLUMNS
  "  candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,"
  "  file_name TEXT NOT NULL,"
  "  content_type TEXT,"
  "  sha256 TEXT NOT NULL,"
  "  size INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX attachment_by_candidate ON attachment (candidate_id);"
  "CREATE TABLE application ("
  RECORD_COLUMNS
  "  candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,"
  "  posting_id TEXT NOT NULL REFERENCES posting (id) ON DELETE CASCADE,"
  "  stage_id TEXT REFERENCES stage (id) ON DELETE SET NULL,"
  "  position REAL NOT NULL DEFAULT 0,"           /* board order in the stage */
  "  status TEXT NOT NULL DEFAULT 'active',"
  "  rejection_reason TEXT,"
  "  rating INTEGER NOT NULL DEFAULT 0,"          /* 0 unrated, 1 to 5 */
  "  applied_at INTEGER NOT NULL,"
  "  stage_entered_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX application_by_stage ON application (stage_id, position);"
  "CREATE INDEX application_by_candidate ON application (candidate_id);"
  "CREATE INDEX application_by_posting ON application (posting_id, status);",

  /* 2: interviews and feedback */
  "CREATE TABLE interview ("
  RECORD_COLUMNS
  "  application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL DEFAULT 'phone_screen',"  /* phone_screen, technical, onsite, panel, … */
  "  starts_at INTEGER NOT NULL,"                 /* unix µs UTC */
  "  ends_at INTEGER NOT NULL,"
  "  time_zone TEXT NOT NULL DEFAULT 'UTC',"      /* IANA zone it was planned in */
  "  location TEXT,"
  "  video_link TEXT,"
  "  interviewers TEXT NOT NULL DEFAULT '[]',"
  "  status TEXT NOT NULL DEFAULT 'scheduled',"
  "  ical_uid TEXT NOT NULL,"
  "  ical_sequence INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX interview_by_application ON interview (application_id);"
  "CREATE INDEX interview_by_start ON interview (starts_at);"
  "CREATE TABLE feedback ("
  RECORD_COLUMNS
  "  interview_id TEXT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,"
  "  interviewer TEXT NOT NULL DEFAULT '',"
  "  recommendation TEXT NOT NULL DEFAULT 'none',"
  "  notes TEXT"
  ");"
  "CREATE INDEX feedback_by_interview ON feedback (interview_id);",

  /* 3: the audit trail and the local change feed that sync reads */
  "CREATE TABLE activity ("
  RECORD_COLUMNS
  "  record_type TEXT NOT NULL,"
  "  record_id TEXT NOT NULL,"
  "  action TEXT NOT NULL,"                       /* created, updated, deleted, restored, moved, imported, erased */
  "  field TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ");"
  "CREATE INDEX activity_by_record ON activity (record_id, created_at);"
  "CREATE INDEX activity_by_time ON activity (created_at);"
  /* One row per record: a newer write replaces the row and takes a new seq. */
  "CREATE TABLE change ("
  "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  record_type TEXT NOT NULL,"
  "  record_id TEXT NOT NULL,"
  "  rev TEXT NOT NULL,"
  "  deleted INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE UNIQUE INDEX change_by_record ON change (record_type, record_id);",

  /* 4: search and duplicate detection, kept up to date by triggers in the
   * same transaction as the rows they index (see sl-store-search.c) */
  SEARCH_MIGRATION,

  /* 5: a posting's active count (sl_store_query_postings()) and the
   * counts of applications read the index alone, not every application's
   * row: milliseconds instead of a scan of the table at startup. The same
   * for a board column's order (sl_store_load_stage_order()): every
   * "stage_id = ? AND deleted = 0 ORDER BY position, id" reads
   * application_board alone, which replaces application_by_stage, and the
   * candidates' tombstones are a tiny partial index instead of a look-up
   * of every card's candidate row. */
  "DROP INDEX application_by_posting;"
  "CREATE INDEX application_by_posting ON application (posting_id, status, deleted);"
  "DROP INDEX application_by_stage;"
  "CREATE INDEX application_board ON application (stage_id, deleted, position, id, candidate_id);"
  "CREATE INDEX candidate_tombstones ON candidate (id) WHERE deleted = 1;",

  /* 6: each posting's count of active applications, kept by triggers in
   * the transaction of every application write. The postings list shows
   * the counts and reads them again after each change to an application
   * (a card moved on the board): a look-up each instead of counting up to
   * tens of thousands of index entries per posting. */
  "CREATE TABLE posting_active ("
  "  posting_id TEXT PRIMARY KEY NOT NULL,"
  "  count INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  "INSERT INTO posting_active (posting_id, count) "
  "SELECT posting_id, count(*) FROM application "
  "WHERE deleted = 0 AND status = 'active' GROUP BY posting_id;"
  "CREATE TRIGGER posting_active_insert AFTER INSERT ON application "
  "WHEN new.deleted = 0 AND new.status = 'active' BEGIN "
  "  INSERT INTO posting_active (posting_id, count) VALUES (new.posting_id, 1) "
  "  ON CONFLICT (posting_id) DO UPDATE SET count = count + 1;"
  "END;"
  "CREATE TRIGGER posting_active_update AFTER UPDATE OF posting_id, status, deleted ON application "
  "WHEN (old.deleted = 0 AND old.status = 'active') != (new.deleted = 0 AND new.status = 'active') "
  "OR old.posting_id != new.posting_id BEGIN "
  "  UPDATE posting_active SET count = count - 1 "
  "  WHERE posting_id = old.posting_id AND old.deleted = 0 AND old.status = 'active';"
  "  INSERT INTO posting_active (posting_id, count) "
  "  SELECT new.posting_id, 1 WHERE new.deleted = 0 AND new.status = 'active' "
  "  ON CONFLICT (posting_id) DO UPDATE SET count = count + 1;"
  "END;"
  "CREATE TRIGGER posting_active_delete AFTER DELETE ON application "
  "WHEN old.deleted = 0 AND old.status = 'active' BEGIN "
  "  UPDATE posting_active SET count = count - 1 WHERE posting_id = old.posting_id;"
  "END;"
  "CREATE TRIGGER posting_active_posting_delete AFTER DELETE ON posting BEGIN "
  "  DELETE FROM posting_active WHERE posting_id = old.id;"
  "END;",

  /* 7: each stage's count of applications (not deleted), kept the same way:
   * a board column's count (sl_store_count_stage_order()) is a look-up
   * less the few cards of tombstoned candidates, instead of reading the
   * stage's part of application_board (a 17 000-card column: 2 MB). */
  "CREATE TABLE stage_count ("
  "  stage_id TEXT PRIMARY KEY NOT NULL,"
  "  count INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  "INSERT INTO stage_count (stage_id, count) "
  "SELECT stage_id, count(*) FROM application "
  "WHERE deleted = 0 AND stage_id IS NOT NULL GROUP BY stage_id;"
  "CREATE TRIGGER stage_count_insert AFTER INSERT ON application "
  "WHEN new.deleted = 0 AND new.stage_id IS NOT NULL BEGIN "
  "  INSERT INTO stage_count (stage_id, count) VALUES (new.stage_id, 1) "
  "  ON CONFLICT (stage_id) DO UPDATE SET count = count + 1;"
  "END;"
  "CREATE TRIGGER stage_count_update AFTER UPDATE OF stage_id, deleted ON application "
  "WHEN old.stage_id IS NOT new.stage_id OR old.deleted != new.deleted BEGIN "
  "  UPDATE stage_count SET count = count - 1 "
  "  WHERE stage_id = old.stage_id AND old.deleted = 0;"
  "  INSERT INTO stage_count (stage_id, count) "
  "  SELECT new.stage_id, 1 WHERE new.deleted = 0 AND new.stage_id IS NOT NULL "
  "  ON CONFLICT (stage_id) DO UPDATE SET count = count + 1;"
  "END;"
  "CREATE TRIGGER stage_count_delete AFTER DELETE ON application "
  "WHEN old.deleted = 0 AND old.stage_id IS NOT NULL BEGIN "
  "  UPDATE stage_count SET count = count - 1 WHERE stage_id = old.stage_id;"
  "END;"
  "CREATE TRIGGER stage_count_stage_delete AFTER DELETE ON stage BEGIN "
  "  DELETE FROM stage_count WHERE stage_id = old.id;"
  "END;",

  /* 8: the search index reads its text from the candidates instead of
   * keeping a copy (see SEARCH_EXTERNAL_CONTENT_MIGRATION) */
  SEARCH_EXTERNAL_CONTENT_MIGRATION,

  /* 9: a smaller search index (see SEARCH_DETAIL_COLUMN_MIGRATION) */
  SEARCH_DETAIL_COLUMN_MIGRATION,

  /* 10: a board column shows the active pipeline (rejected, hired and
   * withdrawn applications a toggle away): its order reads a partial index
   * of the active cards alone, in order, and its count is a look-up in
   * stage_active, kept like stage_count (migration 7), instead of checking
   * each card's status in a 17 000-card column. */
  "CREATE INDEX application_board_active ON application (stage_id, position, id, candidate_id) "
  "WHERE deleted = 0 AND status = 'active';"
  "CREATE TABLE stage_active ("
  "  stage_id TEXT PRIMARY KEY NOT NULL,"
  "  count INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  "INSERT INTO stage_active (stage_id, count) "
  "SELECT stage_id, count(*) FROM application "
  "WHERE deleted = 0 AND status = 'active' AND stage_id IS NOT NULL GROUP BY stage_id;"
  "CREATE TRIGGER stage_active_insert AFTER INSERT ON application "
  "WHEN new.deleted = 0 AND new.status = 'active' AND new.stage_id IS NOT NULL BEGIN "
  "  INSERT INTO stage_active (stage_id, count) VALUES (new.stage_id, 1) "
  "  ON CONFLICT (stage_id) DO UPDATE SET count = count + 1;"
  "END;"
  "CREATE TRIGGER stage_active_update AFTER UPDATE OF stage_id, status, deleted ON application "
  "WHEN old.stage_id IS NOT new.stage_id "
  "OR (old.deleted = 0 AND old.status = 'active') != (new.deleted = 0 AND new.status = 'active') BEGIN "
  "  UPDATE stage_active SET count = count - 1 "
  "  WHERE stage_id = old.stage_id AND old.deleted = 0 AND old.status = 'active';"
  "  INSERT INTO stage_active (stage_id, count) "
  "  SELECT new.stage_id, 1 WHERE new.deleted = 0 AND new.status = 'active' AND new.stage_id IS NOT NULL "
  "  ON CONFLICT (stage_id) DO UPDATE SET count = count + 1;"
  "END;"
  "CREATE TRIGGER stage_active_delete AFTER DELETE ON application "
  "WHEN old.deleted = 0 AND old.status = 'active' AND old.stage_id IS NOT NULL BEGIN "
  "  UPDATE stage_active SET count = count - 1 WHERE stage_id = old.stage_id;"
  "END;"
  "CREATE TRIGGER stage_active_stage_delete AFTER DELETE ON stage BEGIN "
  "  DELETE FROM stage_active WHERE stage_id = old.id;"
  "END;",

  /* 11: the reasons a recruiter picks from when rejecting, team data like
   * the postings. The defaults have the same ids on every replica, so that
   * a team's copies sync into one list; their names are the English
   * msgids of default_reasons[] in sl-store-reasons.c, shown translated. */
  "CREATE TABLE rejection_reason ("
  RECORD_COLUMNS
  "  name TEXT NOT NULL,"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "INSERT INTO rejection_reason (id, created_at, updated_at, rev, name, position) VALUES "
  "('default-not-enough-experience', 0, 0, '1-default', 'Not enough experience', 0),"
  "('default-skills', 0, 0, '1-default', 'Skills do not match the role', 1),"
  "('default-salary', 0, 0, '1-default', 'Salary expectations', 2),"
  "('default-other-offer', 0, 0, '1-default', 'Chose another offer', 3),"
  "('default-position-filled', 0, 0, '1-default', 'Position filled', 4),"
  "('default-no-response', 0, 0, '1-default', 'No response', 5),"
  "('default-withdrew', 0, 0, '1-default', 'Withdrew their application', 6);",
};

const guint sl_store_n_migrations = G_N_ELEMENTS (sl_store_migrations);

/* For sl_store_index_deferred(): the contacts of the candidates after rowid ?1. */
const char sl_store_index_contacts_sql[] =
  SEARCH_CONTACTS_OF ("c", "candidate c, ", "c.rowid > ?1");
