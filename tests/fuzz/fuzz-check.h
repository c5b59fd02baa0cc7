/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checks of the fuzz targets: a failed one calls abort(), which libFuzzer
 * and fuzz-main.c catch and save the input for. g_error() and fatal log
 * levels raise SIGTRAP instead, which libFuzzer does not handle, so the input
 * would be lost; g_assert() is compiled out under G_DISABLE_ASSERT. */
#pragma once

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

#define FUZZ_CHECK(cond)                                                                           \
  G_STMT_START                                                                                     \
  {                                                                                                \
    if (G_UNLIKELY (!(cond)))                                                                      \
      fuzz_fail ("%s:%d: check failed: %s", __FILE__, __LINE__, #cond);                            \
  }                                                                                                \
  G_STMT_END

G_GNUC_NORETURN G_GNUC_PRINTF (1, 2) G_GNUC_UNUSED static void
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

/* The levels GLib makes fatal (G_DEBUG=fatal-warnings adds warnings). */
static GLogLevelFlags fuzz_fatal_levels;

/* A critical (a g_return_if_fail() in the code under test), an error, or
 * any level GLib was told to make fatal, logged by the code under test, is
 * a failure too: abort before GLib raises SIGTRAP for it. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput written = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL | fuzz_fatal_levels))
    {
      fflush (stderr);
      abort ();
    }
  return written;
}

__attribute__ ((constructor)) static void
fuzz_check_init (void)
{
  /* Reading the mask means setting it: set it back. */
  fuzz_fatal_levels = g_log_set_always_fatal (G_LOG_FATAL_MASK) & G_LOG_LEVEL_MASK;
  g_log_set_always_fatal (fuzz_fatal_levels | G_LOG_FATAL_MASK);
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}
