/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SlBoardMatches: the cards of a column whose candidates a board search found.
 *
 * A GtkFilterListModel would ask its model for every card to test it, and
 * a column's list reads a card from the store when it is first asked for:
 * searching a board of 34 000 cards read them all (0.8-0.9 s). This model
 * finds the matches from the candidate each card's place records
 * (sl_application_list_find_candidates()) and reads only the cards shown. */
#define G_LOG_DOMAIN "sl-board-matches"

#include "config.h"

#include "sl-application-list.h"
#include "sl-board-matches.h"
#include "sl-store.h"

struct _SlBoardMatches
{
  GObject            parent_instance;

  SlApplicationList *cards;
  GHashTable        *candidate_ids;
  GArray            *positions;     /* in cards, of the matches */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlBoardMatches, sl_board_matches, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* A card moved, came or went: the matches are found again (a pass over
 * the column's places, no card read) and the whole list said changed. */
static void
cards_changed_cb (SlBoardMatches *self)
{
  guint removed = self->positions->len;

  g_array_unref (self->positions);
  self->positions = sl_application_list_find_candidates (self->cards, self->candidate_ids);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->positions->len);
}

static GType
sl_board_matches_get_item_type (GListModel *model)
{
  return SL_TYPE_APPLICATION;
}

static guint
sl_board_matches_get_n_items (GListModel *model)
{
  return SL_BOARD_MATCHES (model)->positions->len;
}

static gpointer
sl_board_matches_get_item (GListModel *model,
                           guint       position)
{
  SlBoardMatches *self = SL_BOARD_MATCHES (model);

  if (position >= self->positions->len)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->cards), g_array_index (self->positions, guint, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sl_board_matches_get_item_type;
  iface->get_n_items = sl_board_matches_get_n_items;
  iface->get_item = sl_board_matches_get_item;
}

static void
sl_board_matches_dispose (GObject *object)
{
  SlBoardMatches *self = SL_BOARD_MATCHES (object);

  if (self->cards != NULL)
    g_signal_handlers_disconnect_by_func (self->cards, cards_changed_cb, self);
  g_clear_object (&self->cards);

  G_OBJECT_CLASS (sl_board_matches_parent_class)->dispose (object);
}

static void
sl_board_matches_finalize (GObject *object)
{
  SlBoardMatches *self = SL_BOARD_MATCHES (object);

  g_clear_pointer (&self->candidate_ids, g_hash_table_unref);
  g_clear_pointer (&self->positions, g_array_unref);

  G_OBJECT_CLASS (sl_board_matches_parent_class)->finalize (object);
}

static void
sl_board_matches_class_init (SlBoardMatchesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sl_board_matches_dispose;
  object_class->finalize = sl_board_matches_finalize;
}

static void
sl_board_matches_init (SlBoardMatches *self)
{
}

SlBoardMatches *
sl_board_matches_new (SlApplicationList *cards,
                      GHashTable        *candidate_ids)
{
  SlBoardMatches *self;

  g_return_val_if_fail (SL_IS_APPLICATION_LIST (cards), NULL);
  g_return_val_if_fail (candidate_ids != NULL, NULL);

  self = g_object_new (SL_TYPE_BOARD_MATCHES, NULL);
  self->cards = g_object_ref (cards);
  self->candidate_ids = g_hash_table_ref (candidate_ids);
  self->positions = sl_application_list_find_candidates (cards, candidate_ids);
  g_signal_connect_swapped (cards, "items-changed", G_CALLBACK (cards_changed_cb), self);

  return self;
}
