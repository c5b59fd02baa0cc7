#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end for the keys that mean one thing everywhere: on a board, with
# the focus on a card, Ctrl+Shift+N adds a candidate (the Add Candidate
# dialog) and Ctrl+N makes a posting (shortlist-cli counts it). Real key
# events through AT-SPI, as a person would press them.
import json
import os
import sys

# The shared helpers stand beside this script; no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import (Session, activate, description, fail, find, has_state, init,  # noqa: E402
                           is_visible_button, keys, log, name, role, type_into, wait_for, wait_for_window)

Atspi, pyatspi = init()
session = Session()

result = session.cli('demo', timeout=60)
if result.returncode != 0:
    fail('shortlist-cli demo failed: %s' % result.stderr.strip())

CONTROL_L, SHIFT_L, N, ESCAPE, RETURN = 37, 50, 57, 9, 36


def press(keycode, *modifiers):
    for modifier in modifiers:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keycode, None, Atspi.KeySynthType.PRESSRELEASE)
    for modifier in reversed(modifiers):
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.RELEASE)


def count_postings():
    out = session.cli('posting', 'list', '--json')
    if out.returncode != 0:
        fail('shortlist-cli posting list failed: %s' % out.stderr.strip())
    return len(json.loads(out.stdout))


def add_dialog(app):
    return find(app, lambda n: role(n) in ('frame', 'dialog', 'window') and name(n) == 'Add Candidate' and
                has_state(n, pyatspi.STATE_VISIBLE))


with session.app() as app:
    # A posting is selected at start, and its board is the first view.
    # The card of a person added from the board's button has the focus
    # (AT-SPI cannot move it in GTK 4.8).
    add = wait_for('the board’s Add Candidate button',
                   lambda: find(app, lambda n: is_visible_button(n, 'Add Candidate')), timeout=20)
    person = 'Shortcut Person'
    activate(add)
    dialog = wait_for_window(app, 'Add Candidate')
    type_into('the Name field', lambda: find(dialog, lambda n: role(n) == 'text' and name(n) == 'Name'), person)
    keys(RETURN)
    wait_for('the Add Candidate dialog to close', lambda: add_dialog(app) is None, timeout=10)

    def focused_card():
        found = find(app, lambda n: role(n) == 'list item' and name(n).startswith(person))
        return found if found is not None and has_state(found, pyatspi.STATE_FOCUSED) else None

    # The focused card says where it is ("In Applied, 1 of 4"); the column
    # sets that text when the card's focus has landed for good (the board
    # takes the new card in by rebinding its row widget).
    wait_for('the focus settled on the new card',
             lambda: focused_card() is not None and description(focused_card()).startswith('In '), timeout=15)
    log('card focused')

    press(N, CONTROL_L, SHIFT_L)
    wait_for('the Add Candidate dialog after Ctrl+Shift+N', lambda: add_dialog(app), timeout=10)
    log('Ctrl+Shift+N: Add Candidate')
    keys(ESCAPE)
    wait_for('the dialog to close', lambda: add_dialog(app) is None, timeout=10)

    before = count_postings()
    wait_for('the focus back on the card', focused_card, timeout=10)
    press(N, CONTROL_L)
    wait_for('Ctrl+N on a board to make a posting', lambda: count_postings() == before + 1, timeout=10,
             explain=lambda: '%d postings, %d before' % (count_postings(), before))
    if add_dialog(app) is not None:
        fail('Ctrl+N on a board opened the Add Candidate dialog')
    log('Ctrl+N: a new posting')
