/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shortlist's error domain. */
#define G_LOG_DOMAIN "sl-error"

#include "sl-error.h"

G_DEFINE_QUARK (sl-error-quark, sl_error)
