/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shortlist's error domain. */
#include "sl-error.h"

G_DEFINE_QUARK (sl-error-quark, sl_error)
