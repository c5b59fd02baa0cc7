#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end: starts the real Shortlist on a fresh database and drives it
# through the accessibility tree (AT-SPI), the way a screen reader sees it.
import json
import os
import random
import sys

# The shared helpers stand beside this script; no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import (Session, activate, fail, find, has_state, init,  # noqa: E402
                           is_visible_button, log, name, role, text_of, type_into, wait_for, walk)

_, pyatspi = init()
session = Session()
with session.app() as app:
    log('found application', repr(name(app)))

    tabs = {}
    for area in ('Postings', 'Candidates', 'Interviews'):
        tabs[area] = wait_for('the %s area switcher' % area,
                              lambda: find(app, lambda n: name(n) == area and
                                           role(n) in ('page tab', 'toggle button', 'radio button')))
    log('found the three areas')
    if not has_state(tabs['Postings'], pyatspi.STATE_SELECTED):
        fail('the Postings area is not the one shown at first')

    empty = wait_for('the empty state', lambda: find(app, lambda n: name(n) == 'No Postings'))
    log('empty state:', role(empty), repr(name(empty)))

    load = wait_for('Load Sample Data',
                    lambda: find(app, lambda n: is_visible_button(n, 'Load Sample Data')))
    activate(load)
    log('activated Load Sample Data')

    def posting_rows():
        postings = find(app, lambda n: name(n) == 'Postings' and role(n) in ('list', 'list box', 'tree', 'table'))
        if postings is None:
            return None
        titles = [name(n) for n in walk(postings) if role(n) == 'label' and name(n)]
        return titles if len(titles) >= 2 else None

    titles = wait_for('posting rows', posting_rows)
    log('posting rows:', titles[:6])

    # A new posting through the UI: the sidebar's New Posting button selects
    # it and puts the cursor in its title, selected, so typing replaces it.
    new_title = 'E2E Posting %06d' % random.randrange(1000000)
    new_button = wait_for('the New Posting button',
                          lambda: find(app, lambda n: is_visible_button(n, 'New Posting')))
    activate(new_button)
    wait_for('the new posting in the list',
             lambda: 'Untitled Posting' in (posting_rows() or []), timeout=10)

    def title_field():
        return find(app, lambda n: role(n) == 'text' and name(n).replace('_', '') == 'Title')

    def title_selected():
        # Typing replaces the title only once the editor has selected it.
        field = title_field()
        if text_of(field) != 'Untitled Posting':
            return False
        text = field.queryText()
        return text.getNSelections() == 1 and text.getSelection(0)[:2] == (0, text.characterCount)

    wait_for('the editor’s Title field with “Untitled Posting” selected', title_selected, timeout=10)
    type_into('the editor’s Title field', title_field, new_title)
    log('typed', repr(new_title))
    wait_for('the typed title in the list', lambda: new_title in (posting_rows() or []), timeout=10)

    # The editor's text sections name their text views for screen readers.
    for field, roles in (('Summary', ('text',)), ('Description', ('text',))):
        widget = wait_for('the editor field %s' % field,
                          lambda: find(app, lambda n: name(n) == field and role(n) in roles))
        log('editor field:', role(widget), repr(name(widget)))

    # The editor saves on its own: the real shortlist-cli reads it from the
    # same database.
    def cli_titles():
        result = session.cli('posting', 'list', '--json')
        if result.returncode != 0:
            fail('shortlist-cli posting list failed: %s' % result.stderr.strip())
        titles = [p.get('title') for p in json.loads(result.stdout)]
        return titles if new_title in titles else None

    listed = wait_for('the new posting in shortlist-cli posting list --json', cli_titles, timeout=5)
    log('shortlist-cli lists %d postings, with %r' % (len(listed), new_title))

    # The Candidates area: its switcher works and it shows what was loaded.
    activate(tabs['Candidates'])
    wait_for('the Candidates area to be selected',
             lambda: has_state(tabs['Candidates'], pyatspi.STATE_SELECTED))
    # The candidates page counts everyone ("60 candidates").
    count = wait_for('the candidate count',
                     lambda: find(app, lambda n: role(n) == 'label' and
                                  name(n).lower().endswith(' candidates') and
                                  name(n)[:1].isdigit()))
    log('candidates area:', repr(name(count)))

log('OK')
sys.exit(0)
