/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "candidate" command. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* candidate import FILE.csv [--posting=ID] [--duplicates=skip|merge|import]
 * candidate export [--posting=ID] [--query=Q]
 * candidate erase ID */
int sl_cli_candidate   (SlStore  *store,
                        int       argc,
                        char    **argv);
G_END_DECLS
