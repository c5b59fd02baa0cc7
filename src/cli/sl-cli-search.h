/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "search" command. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* search QUERY… [--json] [--posting=ID] [--limit=N] */
int sl_cli_search (SlStore  *store,
                   int       argc,
                   char    **argv);

G_END_DECLS
