/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "board" command. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* board POSTING_ID [--json] [--cards=N] */
int sl_cli_board       (SlStore  *store,
                        int       argc,
                        char    **argv);

G_END_DECLS
