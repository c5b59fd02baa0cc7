/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the search migration (sl-store-schema.c) and sl-store-search.c share:
 * the one SQL expression that normalises a phone number, so that stored and
 * looked-up numbers are normalised by the same code. */
#pragma once

/* A phone number @x with its separators (spaces, dashes, dots, brackets,
 * slashes, tabs, no-break spaces) removed, and "(0)" dropped when it follows
 * an international "+" prefix: "+44 (0)20 7946-0958" → "+442079460958". */
#define SL_SEARCH_PHONE_SQL(x) \
  "replace (replace (replace (replace (replace (replace (replace (replace (replace (replace (replace (" \
  "CASE WHEN trim (" x ") LIKE '+%' THEN replace (trim (" x "), '(0)', '') ELSE trim (" x ") END, " \
  "' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', ''), char (9), ''), char (160), ''), " \
  "char (8209), ''), char (8211), ''), char (8239), '')"

/* TRUE when the normalised number @v is usable: a digit or "+" then digits
 * only, at least six characters. */
#define SL_SEARCH_PHONE_OK_SQL(v) \
  "(length (" v ") >= 6 AND substr (" v ", 1, 1) GLOB '[+0-9]' AND substr (" v ", 2) NOT GLOB '*[^0-9]*')"

/* sl-store-schema.c: adds the normalised contacts of the candidates whose
 * rowid is above ?1 (one statement, for a deferred bulk import). */
extern const char sl_store_index_contacts_sql[];

#include <glib.h>

/* The same keys in C, for a bulk import's in-memory duplicate check:
 * "e:" + the trimmed, lower-case address, and "p:" + the number as
 * SL_SEARCH_PHONE_SQL normalises it; NULL when there is no usable key. */
char *sl_store_email_key (const char *email);

#include <sqlite3.h>

/* Adds sl_search_phrases() to @db (see sl-store-search.c). */
gboolean  sl_store_search_register (sqlite3 *db);
fts5_api *sl_store_search_fts5     (sqlite3 *db);
char *sl_store_phone_key (const char *phone);
