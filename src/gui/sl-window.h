/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlWindow: the main window with the Postings, Candidates and Interviews areas. */
#pragma once

#include <adwaita.h>

#include "sl-app.h"
#include "candidates/sl-candidates-page.h"
#include "postings/sl-postings-page.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_WINDOW (sl_window_get_type ())
G_DECLARE_FINAL_TYPE (SlWindow, sl_window, SL, WINDOW, AdwApplicationWindow)

/* @store may be NULL when the database could not be opened. */
SlWindow         *sl_window_new                 (SlApp        *app,
                                                 SlStore      *store);
SlStore          *sl_window_get_store           (SlWindow     *self);
/* "postings", "candidates" or "interviews". */
const char       *sl_window_get_visible_area    (SlWindow     *self);
/* The areas' pages, or NULL without a database. The Candidates page is
 * built the first time its area shows, or by this call. */
SlPostingsPage   *sl_window_get_postings_page   (SlWindow     *self);
SlCandidatesPage *sl_window_get_candidates_page (SlWindow     *self);
void              sl_window_show_toast          (SlWindow     *self,
                                                 const char   *title);
void              sl_window_show_error          (SlWindow     *self,
                                                 const GError *error);

G_END_DECLS
