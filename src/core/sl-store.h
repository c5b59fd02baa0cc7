/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlStore: the one SQLite database behind Shortlist, and the only place that speaks SQL. */
#pragma once

#include <gio/gio.h>

#include "sl-posting.h"
#include "sl-stage.h"
#include "sl-candidate.h"
#include "sl-application.h"
#include "sl-interview.h"
#include "sl-feedback.h"
#include "sl-activity.h"

G_BEGIN_DECLS

#define SL_TYPE_STORE (sl_store_get_type ())
G_DECLARE_FINAL_TYPE (SlStore, sl_store, SL, STORE, GObject)

typedef struct
{
  guint postings;
  guint candidates;
  guint applications;
  guint interviews;
} SlStoreCounts;

/* One row of the local change feed that sync reads. */
typedef struct
{
  gint64  seq;
  char   *record_type;
  char   *record_id;
  char   *rev;
  gboolean deleted;
} SlChange;

void      sl_change_free (SlChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlChange, sl_change_free)

/* SlStore::changed is detailed with the record type that changed
 * ("changed::application"); this detail, with (NULL, NULL), says that
 * anything may have changed: connect to it beside a type's detail. */
#define SL_STORE_CHANGED_EVERYTHING "everything"

/* Connects @callback to "changed::TYPE" for each of @record_types and to
 * "changed::everything", with g_signal_connect_object(): the handlers go
 * with @gobject, or with g_signal_handlers_disconnect_by_func(). */
void      sl_store_connect_changed    (SlStore            *self,
                                       const char * const *record_types,
                                       GCallback           callback,
                                       gpointer            gobject,
                                       GConnectFlags       flags);

/* $XDG_DATA_HOME/<app-id>/shortlist.db */
char     *sl_store_get_default_path   (void);

/* Opens (creating if needed, mode 0600) and migrates the database at @path.
 * Fails with SL_ERROR_NOT_A_DATABASE, SL_ERROR_TOO_NEW or SL_ERROR_READ_ONLY,
 * leaving the file untouched. */
SlStore  *sl_store_open               (const char     *path,
                                       GError        **error);

typedef enum {
  SL_STORE_OPEN_DEFAULT             = 0,
  SL_STORE_OPEN_READ_ONLY           = 1 << 0,  /* read only, even if it could be written */
  SL_STORE_OPEN_FALL_BACK_READ_ONLY = 1 << 1,  /* read only when it cannot be written */
} SlStoreOpenFlags;

/* sl_store_open() with @flags; a read-only store never migrates. */
SlStore  *sl_store_open_full          (const char        *path,
                                       SlStoreOpenFlags   flags,
                                       GError           **error);
gboolean  sl_store_is_read_only       (SlStore        *self);
const char *sl_store_get_path         (SlStore        *self);
int       sl_store_get_schema_version (SlStore        *self);

/* Bulk writes: everything between begin and commit is one transaction;
 * calls nest. "changed" signals are emitted after the outermost commit. */
gboolean  sl_store_begin              (SlStore        *self,
                                       GError        **error);
gboolean  sl_store_commit             (SlStore        *self,
                                       GError        **error);
void      sl_store_rollback           (SlStore        *self);

/* Looks at PRAGMA data_version and emits "changed" (NULL, NULL) when another
 * connection (the CLI, another window) committed. The store also calls this
 * from a timeout on the main context it was opened in. */
gboolean  sl_store_check_external_changes (SlStore    *self);
/* Opens the connection again, with fresh locks, after the process may have
 * opened and closed the database file itself (a file chooser listing its
 * folder does): see sl-store.c. */
gboolean  sl_store_reopen             (SlStore        *self,
                                       GError        **error);

gboolean  sl_store_backup             (SlStore        *self,
                                       const char     *destination,
                                       GError        **error);
gboolean  sl_store_get_counts         (SlStore        *self,
                                       SlStoreCounts  *counts,
                                       GError        **error);
gboolean  sl_store_get_any            (SlStore        *self,
                                       SlStoreCounts  *any,
                                       GError        **error);

/* Postings. save() inserts when the record has no id (and gives a new posting
 * the default pipeline), updates otherwise; it fills id, timestamps and rev. */
gboolean    sl_store_save_posting     (SlStore        *self,
                                       SlPosting      *posting,
                                       GError        **error);
SlPosting  *sl_store_get_posting      (SlStore        *self,
                                       const char     *id,
                                       GError        **error);
/* Tombstones the posting (and its stages and applications). */
gboolean    sl_store_delete_posting   (SlStore        *self,
                                       const char     *id,
                                       GError        **error);
/* Undoes a delete_posting(). */
gboolean    sl_store_restore_posting  (SlStore        *self,
                                       const char     *id,
                                       GError        **error);
/* A live GListModel of SlPosting (not deleted), newest first. */
GListModel *sl_store_list_postings    (SlStore        *self);

/* The number of active (status active, not deleted) applications of a
 * posting: what SlPosting:active-count shows. */
gboolean    sl_store_count_active_applications (SlStore     *self,
                                                const char  *posting_id,
                                                guint       *count,
                                                GError     **error);

/* Stages of a posting's pipeline, by position. */
GPtrArray  *sl_store_list_stages      (SlStore        *self,
                                       const char     *posting_id,
                                       GError        **error);
gboolean    sl_store_save_stage       (SlStore        *self,
                                       SlStage        *stage,
                                       GError        **error);
/* NULL with SL_ERROR_NOT_FOUND when missing or deleted. */
SlStage    *sl_store_get_stage        (SlStore        *self,
                                       const char     *id,
                                       GError        **error);
/* Puts the stage at @position (0-based, clamped) in its pipeline and
 * renumbers the others, in one transaction. */
gboolean    sl_store_move_stage       (SlStore        *self,
                                       const char     *stage_id,
                                       guint           position,
                                       GError        **error);
/* Adds an active stage named @name to the posting's pipeline: last, but
 * before the stages that end it (kind hired or rejected). Returns its id. */
char       *sl_store_add_stage        (SlStore        *self,
                                       const char     *posting_id,
                                       const char     *name,
                                       GError        **error);
/* Moves the stage's applications to @move_to_stage_id first (required when it
 * has any), then tombstones it. */
gboolean    sl_store_delete_stage     (SlStore        *self,
                                       const char     *stage_id,
                                       const char     *move_to_stage_id,
                                       GError        **error);

/* The team's list of rejection reasons (sl-store-reasons.c): names in
 * order, the defaults translated; add at the end, remove by name. */
char      **sl_store_list_rejection_reasons  (SlStore     *self,
                                              GError     **error);
gboolean    sl_store_add_rejection_reason    (SlStore     *self,
                                              const char  *name,
                                              GError     **error);
gboolean    sl_store_remove_rejection_reason (SlStore     *self,
                                              const char  *name,
                                              GError     **error);

/* Candidates (the people). */
gboolean      sl_store_save_candidate   (SlStore      *self,
                                         SlCandidate  *candidate,
                                         GError      **error);
SlCandidate  *sl_store_get_candidate    (SlStore      *self,
                                         const char   *id,
                                         GError      **error);
gboolean      sl_store_delete_candidate (SlStore      *self,
                                         const char   *id,
                                         GError      **error);

/* Applications (a candidate applying to one posting). */
gboolean        sl_store_save_application   (SlStore        *self,
                                             SlApplication  *application,
                                             GError        **error);
SlApplication  *sl_store_get_application    (SlStore        *self,
                                             const char     *id,
                                             GError        **error);
gboolean        sl_store_delete_application (SlStore        *self,
                                             const char     *id,
                                             GError        **error);
/* Moves to @stage_id at @position (0 = top, -1 = bottom) in one
 * transaction, recording the stage change in the activity log. */
gboolean        sl_store_move_application   (SlStore        *self,
                                             const char     *application_id,
                                             const char     *stage_id,
                                             int             position,
                                             GError        **error);
/* A live GListModel of SlApplication in one stage, in board order. */
GListModel     *sl_store_list_applications  (SlStore        *self,
                                             const char     *stage_id);
GPtrArray      *sl_store_list_applications_for_candidate (SlStore     *self,
                                                          const char  *candidate_id,
                                                          GError     **error);

/* Interviews and their feedback. */
gboolean      sl_store_save_interview     (SlStore       *self,
                                           SlInterview   *interview,
                                           GError       **error);
SlInterview  *sl_store_get_interview      (SlStore       *self,
                                           const char    *id,
                                           GError       **error);
gboolean      sl_store_delete_interview   (SlStore       *self,
                                           const char    *id,
                                           GError       **error);
GPtrArray    *sl_store_list_interviews    (SlStore       *self,
                                           const char    *application_id,
                                           GError       **error);
gboolean      sl_store_save_feedback      (SlStore       *self,
                                           SlFeedback    *feedback,
                                           GError       **error);
GPtrArray    *sl_store_list_feedback      (SlStore       *self,
                                           const char    *interview_id,
                                           GError       **error);

/* The activity log of one record (or of everything when @record_id is NULL),
 * newest first, at most @limit entries (0 = all). */
GPtrArray  *sl_store_list_activity    (SlStore        *self,
                                       const char     *record_id,
                                       guint           limit,
                                       GError        **error);

/* The change feed: SlChange rows with seq > @since, in order. */
GPtrArray  *sl_store_list_changes     (SlStore        *self,
                                       gint64          since,
                                       guint           limit,
                                       GError        **error);

/* Search (sl-store-search.c): see the doc comments there. An empty query
 * returns nothing; any text is a valid query. */
GPtrArray  *sl_store_search_candidates (SlStore     *self,
                                        const char  *query,
                                        const char  *posting_id,
                                        guint        limit,
                                        GError     **error);
/* The ids of every candidate @query finds (of @posting_id's, when given),
 * unranked: a set, for filtering what is shown. */
GHashTable *sl_store_match_candidate_ids (SlStore    *self,
                                          const char *query,
                                          const char *posting_id,
                                          GError    **error);
/* The ids of every candidate @query finds, newest first: for counting
 * them and reaching those past the search's limit. */
GPtrArray  *sl_store_list_matching_candidate_ids (SlStore    *self,
                                                  const char *query,
                                                  const char *posting_id,
                                                  GError    **error);
/* Candidates (not deleted) with this email or phone, normalised. */
GPtrArray  *sl_store_find_duplicates   (SlStore     *self,
                                        const char  *email,
                                        const char  *phone,
                                        GError     **error);

/* Candidates (neither deleted nor erased) with this name, in any case. */
GPtrArray  *sl_store_find_same_name    (SlStore     *self,
                                        const char  *name,
                                        GError     **error);

/* Erasure and retention (sl-store-erase.c). */
gboolean    sl_store_erase_candidate   (SlStore     *self,
                                        const char  *id,
                                        GError     **error);
gboolean    sl_store_erase_candidates  (SlStore     *self,
                                        GPtrArray   *ids,
                                        GError     **error);
/* Ids of the candidates (not erased) with no activity for more than @months
 * months, or whose retention date has passed. */
GPtrArray  *sl_store_list_expired      (SlStore     *self,
                                        guint        months,
                                        GError     **error);
/* The folder résumés are copied to: g_get_user_data_dir()/APP_ID/attachments. */
char       *sl_store_get_attachments_dir (void);

/* Résumé attachments (sl-store-attachments.c). */
typedef struct
{
  char   *id;
  char   *candidate_id;
  char   *file_name;
  char   *content_type;
  char   *sha256;
  gint64  size;
  gint64  created_at;
} SlAttachment;

void          sl_attachment_free          (SlAttachment  *attachment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlAttachment, sl_attachment_free)
char         *sl_attachment_get_path      (const SlAttachment *attachment);
SlAttachment *sl_store_add_attachment     (SlStore       *self,
                                           const char    *candidate_id,
                                           GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);
GPtrArray    *sl_store_list_attachments   (SlStore       *self,
                                           const char    *candidate_id,
                                           GError       **error);
/* Removing a résumé: see the doc comments in sl-store-attachments.c. */
gboolean      sl_store_remove_attachment  (SlStore       *self,
                                           const char    *attachment_id,
                                           GError       **error);
gboolean      sl_store_restore_attachment (SlStore       *self,
                                           const char    *attachment_id,
                                           GError       **error);
gboolean      sl_store_delete_attachment_file (SlStore   *self,
                                               const char *attachment_id,
                                               GError   **error);

/* One row of the Candidates area (sl-store-attachments.c). */
typedef struct
{
  char   *id;
  char   *name;
  char   *email;
  char   *location;
  char   *source;
  char   *tags;
  char   *postings;
  gint64  last_activity;
  char   *stages;    /* the stage of each application, as postings */
  char   *statuses;  /* their statuses, sl_application_status_to_string() joined by "," */
} SlCandidateSummary;

void        sl_candidate_summary_free          (SlCandidateSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlCandidateSummary, sl_candidate_summary_free)
GPtrArray  *sl_store_list_candidate_summaries  (SlStore     *self,
                                                const char  *candidate_id,
                                                GError     **error);

/* Bulk imports and exports (sl-store-import.c). */
typedef gboolean (*SlStoreCandidateFunc) (SlCandidate *candidate,
                                          gpointer     user_data);
char       *sl_store_find_posting      (SlStore     *self,
                                        const char  *id_or_title,
                                        GError     **error);
/* All four must run between sl_store_begin() and sl_store_commit(); a
 * deferral must be ended by sl_store_index_deferred() in that transaction. */
gboolean    sl_store_defer_search_index (SlStore    *self,
                                         gint64     *out_mark,
                                         GError    **error);
gboolean    sl_store_index_deferred    (SlStore     *self,
                                        gint64       mark,
                                        GError     **error);
gboolean    sl_store_import_candidate  (SlStore     *self,
                                        SlCandidate *candidate,
                                        const char  *posting_id,
                                        GError     **error);
gboolean    sl_store_import_application (SlStore    *self,
                                         const char *candidate_id,
                                         const char *posting_id,
                                         gboolean   *out_added,
                                         GError    **error);
/* A bulk import of candidates inside the caller's transaction. */
typedef struct _SlStoreBulkImport SlStoreBulkImport;
SlStoreBulkImport *sl_store_bulk_import_new            (SlStore            *self,
                                                        gboolean            find_duplicates,
                                                        GError            **error);
gboolean           sl_store_bulk_import_add            (SlStoreBulkImport  *self,
                                                        SlCandidate        *candidate,
                                                        const char         *posting_id,
                                                        GError            **error);
SlCandidate       *sl_store_bulk_import_find_duplicate (SlStoreBulkImport  *self,
                                                        SlCandidate        *candidate,
                                                        GError            **error);
void               sl_store_bulk_import_note_saved     (SlStoreBulkImport  *self,
                                                        SlCandidate        *candidate);
/* A candidate prepared for sl_store_bulk_import_add_row() in any thread. */
typedef struct _SlStoreBulkRow SlStoreBulkRow;
/* A new candidate's fields for sl_store_bulk_row_new_from_fields(): NULL
 * (or an empty list) for none; no consent, retention date or erasure. */
typedef struct
{
  const char         *name;
  const char * const *emails;
  const char * const *phones;
  const char         *location;
  const char         *headline;
  const char * const *links;
  const char         *source;
  const char * const *tags;
  const char         *notes;
} SlBulkCandidateFields;
SlStoreBulkRow    *sl_store_bulk_row_new               (SlCandidate        *candidate);
SlStoreBulkRow    *sl_store_bulk_row_new_from_fields   (const SlBulkCandidateFields *fields);
SlCandidate       *sl_store_bulk_row_get_candidate     (SlStoreBulkRow     *row);
void               sl_store_bulk_row_free              (SlStoreBulkRow     *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlStoreBulkRow, sl_store_bulk_row_free)
gboolean           sl_store_bulk_import_add_row        (SlStoreBulkImport  *self,
                                                        SlStoreBulkRow     *row,
                                                        const char         *posting_id,
                                                        GError            **error);
SlCandidate       *sl_store_bulk_import_find_duplicate_row (SlStoreBulkImport *self,
                                                            SlStoreBulkRow    *row,
                                                            GError           **error);
gboolean           sl_store_bulk_import_finish         (SlStoreBulkImport  *self,
                                                        GError            **error);
void               sl_store_bulk_import_set_written_queue (SlStoreBulkImport *self,
                                                           GAsyncQueue       *queue);
void               sl_store_bulk_import_free           (SlStoreBulkImport  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlStoreBulkImport, sl_store_bulk_import_free)
gboolean    sl_store_foreach_candidate (SlStore              *self,
                                        const char           *posting_id,
                                        SlStoreCandidateFunc  func,
                                        gpointer              user_data,
                                        GError              **error);

/* One row of the Interviews area (sl-store-interview-summaries.c): an
 * interview with its candidate's name and its posting's title. */
typedef struct
{
  char              *id;
  char              *application_id;
  char              *candidate_id;
  char              *candidate_name;
  char              *posting_title;
  char              *kind;          /* a storage word: "phone_screen", … */
  gint64             starts_at;     /* unix µs UTC */
  gint64             ends_at;
  char              *time_zone;     /* the IANA zone it was planned in */
  char             **interviewers;  /* never NULL */
  SlInterviewStatus  status;
  char              *location;
  char              *video_link;
} SlInterviewSummary;

#define SL_TYPE_INTERVIEW_SUMMARY (sl_interview_summary_get_type ())
GType               sl_interview_summary_get_type (void) G_GNUC_CONST;
SlInterviewSummary *sl_interview_summary_copy     (const SlInterviewSummary *summary);
void                sl_interview_summary_free     (SlInterviewSummary       *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlInterviewSummary, sl_interview_summary_free)
/* from_us: G_MININT64 for all interviews. */
GPtrArray          *sl_store_list_interview_summaries (SlStore  *self,
                                                       gint64    from_us,
                                                       GError  **error);
/* limit: 0 for all. */
GPtrArray          *sl_store_list_interview_summaries_limited (SlStore  *self,
                                                               gint64    from_us,
                                                               guint     limit,
                                                               GError  **error);

G_END_DECLS
