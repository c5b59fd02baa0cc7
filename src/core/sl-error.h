/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shortlist's error domain: every failure a person can cause. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SL_ERROR (sl_error_quark ())

typedef enum {
  SL_ERROR_FAILED,
  SL_ERROR_NOT_FOUND,
  SL_ERROR_INVALID,         /* a value a person entered or imported is wrong */
  SL_ERROR_PARSE,           /* a file could not be read as what it claims to be */
  SL_ERROR_NOT_A_DATABASE,  /* the file is not a SQLite database */
  SL_ERROR_TOO_NEW,         /* the database was written by a newer Shortlist */
  SL_ERROR_READ_ONLY,       /* the file or its folder cannot be written */
  SL_ERROR_BUSY,            /* another process holds the database too long */
  SL_ERROR_IO,
  SL_ERROR_CONFLICT,
  SL_ERROR_INCOMPLETE,      /* committed, but something after it is not done yet */
} SlErrorCode;

GQuark sl_error_quark (void);

G_END_DECLS
