/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "posting" command: import, export and list job postings. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

int sl_cli_posting (SlStore  *store,
                    int       argc,
                    char    **argv);

G_END_DECLS
