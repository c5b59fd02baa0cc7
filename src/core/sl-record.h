/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlRecord: what every stored record has (id, timestamps, sync revision, tombstone). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SL_TYPE_RECORD (sl_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (SlRecord, sl_record, SL, RECORD, GObject)

struct _SlRecordClass
{
  GObjectClass parent_class;

  /* The sync/document type name: "posting", "candidate", … */
  const char *record_type;
};

const char *sl_record_get_id          (SlRecord   *self);
void        sl_record_set_id          (SlRecord   *self,
                                       const char *id);
gint64      sl_record_get_created_at  (SlRecord   *self);
void        sl_record_set_created_at  (SlRecord   *self,
                                       gint64      created_at);
gint64      sl_record_get_updated_at  (SlRecord   *self);
void        sl_record_set_updated_at  (SlRecord   *self,
                                       gint64      updated_at);
const char *sl_record_get_rev         (SlRecord   *self);
void        sl_record_set_rev         (SlRecord   *self,
                                       const char *rev);
gboolean    sl_record_get_deleted     (SlRecord   *self);
void        sl_record_set_deleted     (SlRecord   *self,
                                       gboolean    deleted);
const char *sl_record_get_record_type (SlRecord   *self);

/* For the setters of subclasses: replace *@dest by a copy of @src and return
 * TRUE only when the value really changed (g_set_str() is GLib 2.76).
 * sl_set_strv() treats NULL and an empty vector alike and stores NULL. */
gboolean    sl_set_str                (char              **dest,
                                       const char         *src);
gboolean    sl_set_strv               (char             ***dest,
                                       const char * const *src);

G_END_DECLS
