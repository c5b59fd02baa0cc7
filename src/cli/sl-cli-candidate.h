/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "candidate", "application" and "board" commands. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* candidate import FILE.csv [--posting=ID] [--duplicates=skip|merge|import]
 * candidate export [--posting=ID] [--query=Q]
 * candidate erase ID */
int sl_cli_candidate   (SlStore  *store,
                        int       argc,
                        char    **argv);
/* application move APPLICATION_ID STAGE_NAME */
int sl_cli_application (SlStore  *store,
                        int       argc,
                        char    **argv);
/* board POSTING_ID [--json] [--cards=N] */
int sl_cli_board       (SlStore  *store,
                        int       argc,
                        char    **argv);

G_END_DECLS
