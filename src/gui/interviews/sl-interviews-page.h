/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlInterviewsPage: the Interviews area, every interview by day, upcoming first, read-only. */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_INTERVIEWS_PAGE (sl_interviews_page_get_type ())
G_DECLARE_FINAL_TYPE (SlInterviewsPage, sl_interviews_page, SL, INTERVIEWS_PAGE, AdwBin)

/* Nothing is read until the page is first mapped (or
 * sl_interviews_page_load() is called): then the interview summaries are
 * read in a worker thread with its own connection. Later "changed" signals
 * of interviews (and of the candidates, applications and postings they
 * name) reload them the same way, and only the rows that differ change.
 *
 * Activating an interview activates "win.show-candidate" (s: candidate id). */

GtkWidget   *sl_interviews_page_new           (SlStore          *store);
SlStore     *sl_interviews_page_get_store     (SlInterviewsPage *self);
/* Starts loading if it has not started. */
void         sl_interviews_page_load          (SlInterviewsPage *self);
/* FALSE until the first load has filled the list ("loaded" property). */
gboolean     sl_interviews_page_get_loaded    (SlInterviewsPage *self);
/* The rows as shown: SlInterviewItem (headers, notes and interviews). */
GListModel  *sl_interviews_page_get_model     (SlInterviewsPage *self);
GtkListView *sl_interviews_page_get_list_view (SlInterviewsPage *self);

G_END_DECLS
