/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What SlApplicationList and the hub that routes the store's changes to its
 * lists (sl-application-list-hub.c) share. */
#pragma once

#include "sl-application-list.h"
#include "sl-store-people-private.h"

G_BEGIN_DECLS

typedef struct
{
  char          *id;
  char          *candidate_id;
  double         position;
  SlApplication *application;   /* the card once asked for, or NULL */
} Row;

struct _SlApplicationList
{
  GObject     parent_instance;

  SlStore    *store;      /* weak */
  char       *stage_id;
  GPtrArray  *rows;       /* of Row, in board order: (position, id) */
  GHashTable *by_id;      /* application id (owned by the row) → Row */
  /* Cards after the rows, not read yet (sl_application_list_new_partial()):
   * nobody has seen them, so reading them signals no change unless their
   * number changed. */
  guint       n_unloaded;
  guint       n_first;    /* how many a partial list reads first (0: all) */
  gboolean    active_only;  /* only the applications whose status is active */
  guint       n_cached;   /* rows with an application */
  guint       reload_id;
};

gboolean sl_application_list_ensure_loaded       (SlApplicationList  *self);
void     sl_application_list_refresh_application (SlApplicationList  *self,
                                                  const char         *application_id);
void     sl_application_list_refresh_candidate   (SlApplicationList  *self,
                                                  const char         *candidate_id);
gboolean sl_application_list_reload_order        (SlApplicationList  *self,
                                                  GHashTable         *lost,
                                                  GError            **error);
void     sl_application_list_queue_reload        (SlApplicationList  *self);

void     sl_application_list_hub_add             (SlStore            *store,
                                                  SlApplicationList  *self);
void     sl_application_list_hub_remove          (SlStore            *store,
                                                  SlApplicationList  *self);

G_END_DECLS
