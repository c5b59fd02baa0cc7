/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shortlist-cli's "application" command. */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* application move APPLICATION_ID STAGE_NAME */
int sl_cli_application (SlStore  *store,
                        int       argc,
                        char    **argv);

G_END_DECLS
