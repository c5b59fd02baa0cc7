#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end for the board: adds a candidate, moves the card two stages with
# Alt+Right, finds it with the board's search and erases the person's data,
# all through AT-SPI; shortlist-cli checks the database after each step.
import json
import os
import random
import subprocess
import sys

# The shared helpers stand beside this script; no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import (Session, activate, description, fail, find, has_state, init,  # noqa: E402
                           is_visible_button, keys, log, name, named, role, shown, type_into, wait_for,
                           wait_for_window, walk)

_, pyatspi = init()
session = Session()

# A demo database, so the board has stages and cards around the new one.
result = session.cli('demo', timeout=60)
if result.returncode != 0:
    fail('shortlist-cli demo failed: %s' % result.stderr.strip())


ALT_L, RIGHT, RETURN, CONTROL_L, F, ESCAPE, MENU = 64, 114, 36, 37, 41, 9, 135

with session.app() as app:
    # A posting is selected at start, and its board is the first view.
    add = wait_for('the board’s Add Candidate button',
                   lambda: find(app, lambda n: is_visible_button(n, 'Add Candidate')))
    applied = wait_for('the Applied column',
                       lambda: find(app, lambda n: name(n) == 'Candidates in Applied'))
    log('board shown')

    person = 'Boardtest Person%06d' % random.randrange(1000000)
    activate(add)
    dialog = wait_for_window(app, 'Add Candidate')
    type_into('the Name field', lambda: find(dialog, lambda n: role(n) == 'text' and name(n) == 'Name'), person)
    keys(RETURN)
    log('added', repr(person))

    def card():
        return find(app, lambda n: role(n) == 'list item' and name(n).startswith(person))

    wait_for('the new card', card, timeout=15)
    # The new card has the focus: Alt+Right twice moves it two stages on.
    wait_for('the focus on the new card', lambda: has_state(card(), pyatspi.STATE_FOCUSED), timeout=10)
    # The move is in the database: shortlist-cli reads the same file.
    postings = json.loads(session.cli('posting', 'list', '--json').stdout)

    def stored_stage():
        for posting in postings:
            out = session.cli('board', posting['id'], '--json', '--cards=1000')
            if out.returncode == 0 and person in out.stdout:
                board = json.loads(out.stdout)
                for stage in board.get('stages', []):
                    if person in json.dumps(stage, ensure_ascii=False):
                        return stage.get('name')
        return None

    def focused_card():
        # The card widget that has the focus, showing the new person: list
        # rows are recycled, so this is asked again each time.
        found = card()
        return found if found is not None and has_state(found, pyatspi.STATE_FOCUSED) else None

    def settled_focus(stage):
        # The focused card says where it is ("In Applied, 1 of 4"); the
        # column sets that text when the card's focus has landed for good.
        found = focused_card()
        return found is not None and description(found).startswith('In %s,' % stage)

    def move_right(from_stage, to_stage):
        # A key sent while the board is still taking the new card in (its
        # row widget being rebound) would reach another widget: wait for the
        # focus to settle on the card, then for the database to change.
        wait_for('the focus settled on the card in %s' % from_stage,
                 lambda: settled_focus(from_stage), timeout=15)
        keys(RIGHT, modifier=ALT_L)

        def moved():
            stage = stored_stage()
            if stage not in (from_stage, to_stage):
                fail('Alt+Right moved the card from %s to %r, not %s' % (from_stage, stage, to_stage))
            return stage == to_stage

        def focus():
            focused = find(app, lambda n: has_state(n, pyatspi.STATE_FOCUSED) and role(n) != 'frame')
            return 'still in %s; the focus is on %s %r' % (from_stage, role(focused), name(focused))

        wait_for('the card in %s after Alt+Right' % to_stage, moved, timeout=15, explain=focus)

    log('before the move:', repr(stored_stage()))
    if os.environ.get('SHORTLIST_E2E_SHOT'):
        subprocess.run(['import', '-window', 'root', os.environ['SHORTLIST_E2E_SHOT']])
    move_right('Applied', 'Screening')
    wait_for('the focus to stay on the card', focused_card, timeout=10)
    keys(RIGHT, modifier=ALT_L)
    log('card description:', repr(description(card())))
    if not has_state(card(), pyatspi.STATE_FOCUSED):
        fail('the moved card lost the keyboard focus')

    stage = wait_for('the card in Interview in shortlist-cli board',
                     lambda: stored_stage() == 'Interview' and 'Interview', timeout=10)
    log('stored in', repr(stage))

    # The card's menu (the Menu key) offers erasure; Escape closes it.
    wait_for('the focus settled on the card in Interview', lambda: settled_focus('Interview'), timeout=15)
    keys(MENU)
    wait_for('Erase Personal Data in the card menu',
             lambda: find(app, lambda n: role(n) == 'menu item' and
                          name(n).replace('_', '') == 'Erase Personal Data…'))
    keys(ESCAPE)
    wait_for('the focus back on the card', focused_card, timeout=10)
    # Return opens the person in the board's details pane.
    keys(RETURN)
    wait_for('the details pane', lambda: find(app, lambda n: name(n) == person and role(n) == 'label'))

    # Ctrl+F: the board's search keeps the matching card only.
    keys(F, modifier=CONTROL_L)

    def search_entry():
        return find(app, lambda n: name(n) == 'Search Candidates' and role(n) in ('entry', 'text'))

    wait_for('the search entry shown and focused after Ctrl+F',
             lambda: shown(search_entry()) and has_state(search_entry(), pyatspi.STATE_FOCUSED))
    type_into('the search entry', search_entry, person.split()[1])

    def only_match():
        lists = [n for n in walk(app) if name(n).startswith('Candidates in ')]
        cards = [c for column in lists for c in walk(column)
                 if role(c) == 'list item' and name(c) and has_state(c, pyatspi.STATE_VISIBLE)]
        return cards and all(name(c).startswith(person) for c in cards)

    wait_for('the search to keep only the new card', only_match, timeout=10)
    log('search finds the card')

    # Erase: the details pane (opened from the card above) asks first.
    erase = wait_for('the details pane’s Erase Personal Data button',
                     lambda: find(app, lambda n: named(n, 'Erase Personal Data…') and
                                  has_state(n, pyatspi.STATE_SENSITIVE) and
                                  role(n) in ('push button', 'button') and
                                  has_state(n, pyatspi.STATE_VISIBLE)))
    activate(erase)
    confirm = wait_for('the erase confirmation',
                       lambda: find(app, lambda n: role(n) in ('push button', 'button') and
                                    named(n, 'Erase') and has_state(n, pyatspi.STATE_VISIBLE)))
    activate(confirm)

    def nobody_matches():
        out = session.cli('search', person, '--json')
        if out.returncode != 0:
            fail('shortlist-cli search failed: %s' % out.stderr.strip())
        return json.loads(out.stdout or '[]') == []

    wait_for('shortlist-cli search to find nobody named %r' % person, nobody_matches, timeout=15)
    log('erased: shortlist-cli search finds nobody')

log('OK')
sys.exit(0)
