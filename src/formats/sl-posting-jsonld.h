/* SPDX-License-Identifier: GPL-3.0-or-later */
/* schema.org JobPosting (JSON-LD) export and import of an SlPosting. */
#pragma once

#include <json-glib/json-glib.h>

#include "sl-posting.h"

G_BEGIN_DECLS

/* Fields schema.org has no property for travel under these names, so that
 * an export imports back into the same posting. */
#define SL_JSONLD_EXT_STATUS "shortlist:status"
#define SL_JSONLD_EXT_HIRING_MANAGER "shortlist:hiringManager"
#define SL_JSONLD_EXT_WORKPLACE "shortlist:workplaceType"
#define SL_JSONLD_IDENTIFIER_NAME "Shortlist"

char      *sl_posting_to_jsonld   (SlPosting   *posting,
                                   GError     **error);
char      *sl_posting_to_jsonld_full (SlPosting   *posting,
                                      const char  *default_organization,
                                      GError     **error);
SlPosting *sl_posting_from_jsonld (const char  *json,
                                   gssize       length,
                                   GError     **error);

void       sl_json_builder_add_amount (JsonBuilder *builder,
                                       double       amount);

G_END_DECLS
