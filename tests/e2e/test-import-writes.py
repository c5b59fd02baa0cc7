#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end for writes after a CSV import (issue 11): imports a CSV through
# the Import dialog, its file chooser listing the database's own folder, then
# adds a candidate on the board, moves its card with Alt+Right, edits its
# headline in the details pane and erases the person's data, all
# through AT-SPI; shortlist-cli, another process running beside the app,
# checks the database after each step.
import json
import os
import random
import sys

# The shared helpers stand beside this script; no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import (Session, activate, description, fail, find, has_state, init,  # noqa: E402
                           find_window, keys, log, name, named, role, shown, type_into, wait_for,
                           wait_for_window)

Atspi, pyatspi = init()
session = Session()

result = session.cli('demo', timeout=60)
if result.returncode != 0:
    fail('shortlist-cli demo failed: %s' % result.stderr.strip())

# Beside the database: the chooser lists that folder, as it does when a
# recruiter keeps the file there.
csv = os.path.join(session.tmp, 'people.csv')
with open(csv, 'w') as f:
    f.write('Name,Email,Headline\n'
            'Maria Importtest,maria.importtest@example.com,Chef\n'
            'Kenji Importtest,kenji.importtest@example.com,Pilot\n')

ALT_L, RIGHT, RETURN, CONTROL_L, L, I = 64, 114, 36, 37, 46, 31


def cli_json(*args):
    out = session.cli(*args, '--json')
    if out.returncode != 0:
        fail('shortlist-cli %s failed: %s' % (' '.join(args), out.stderr.strip()))
    return json.loads(out.stdout or '[]')


def cli_candidates():
    return cli_json('stats')['candidates']


def cli_find(person):
    return [c for c in cli_json('search', person) if c.get('name') == person]


def visible_button(text):
    return lambda: find(app, lambda n: named(n, text) and role(n) in ('push button', 'button') and
                        has_state(n, pyatspi.STATE_VISIBLE) and has_state(n, pyatspi.STATE_SENSITIVE))


def count_label():
    return find(app, lambda n: role(n) == 'label' and name(n).endswith(' candidates') and
                name(n)[:1].isdigit() and has_state(n, pyatspi.STATE_VISIBLE))


def choose_path(path):
    # The chooser's location entry: Ctrl+L, the whole path, Return.
    # GTK 4.8 gives the chooser's window neither a window role nor ACTIVE:
    # it is there, and the Import dialog it opened from is active no more.
    def chooser():
        return find(app, lambda n: name(n) == 'Choose a CSV File' and has_state(n, pyatspi.STATE_MODAL))

    wait_for('the file chooser, taking the keys from the Import dialog',
             lambda: chooser() is not None and find_window(app, 'Import Candidates') is None)
    keys(L, modifier=CONTROL_L)

    def location():
        return find(chooser(), lambda n: role(n) == 'text' and shown(n) and has_state(n, pyatspi.STATE_FOCUSED))

    wait_for('the chooser’s location entry, focused after Ctrl+L', location)
    type_into('the chooser’s location entry', location, path)
    keys(RETURN)


with session.app() as app:
    tab = wait_for('the Candidates area switcher',
                   lambda: find(app, lambda n: name(n) == 'Candidates' and
                                role(n) in ('page tab', 'toggle button', 'radio button')))
    activate(tab)
    before = int(name(wait_for('the candidate count', count_label)).split()[0])
    log('before the import:', before)

    # The import, through the dialog and its file chooser.
    # Ctrl+I, the Candidates area's Import…: the hidden empty state of the
    # Postings area has an Import… button too, and GTK 4.8 marks every
    # widget VISIBLE whether it is on screen or not.
    keys(I, modifier=CONTROL_L)
    activate(wait_for('Choose File…', visible_button('Choose File…')))
    choose_path(csv)
    activate(wait_for('the dialog’s Import button', visible_button('Import')))
    # The dialog's own Close (the window's title bar has one too).
    dialog = find(app, lambda n: role(n) in ('frame', 'dialog', 'window') and name(n) == 'Import Candidates')
    activate(wait_for('the dialog’s Close button',
                      lambda: find(dialog, lambda n: name(n) == '_Close Close' and
                                   has_state(n, pyatspi.STATE_VISIBLE))))
    wait_for('%d candidates in the list' % (before + 2),
             lambda: (count_label() is not None and name(count_label()) == '%d candidates' % (before + 2)))
    if cli_candidates() != before + 2:
        fail('shortlist-cli does not count the imported candidates')
    log('imported: shortlist-cli counts', before + 2)

    # On the board: add a candidate, move the card with Alt+Right, edit the
    # headline in the details pane and erase the person's data.
    postings = wait_for('the Postings area switcher',
                        lambda: find(app, lambda n: name(n) == 'Postings' and
                                     role(n) in ('page tab', 'toggle button', 'radio button')))
    activate(postings)
    person = 'Importtest Person%06d' % random.randrange(1000000)
    activate(wait_for('the board’s Add Candidate button', visible_button('Add Candidate')))
    dialog = wait_for_window(app, 'Add Candidate')
    type_into('the Name field', lambda: find(dialog, lambda n: role(n) == 'text' and name(n) == 'Name'), person)
    keys(RETURN)
    wait_for('shortlist-cli to find %r' % person, lambda: cli_find(person), timeout=15)
    log('added', repr(person))

    def card():
        return find(app, lambda n: role(n) == 'list item' and name(n).startswith(person))

    def settled_focus(stage):
        found = card()
        return (found is not None and has_state(found, pyatspi.STATE_FOCUSED) and
                description(found).startswith('In %s,' % stage))

    def stored_stage():
        for posting in cli_json('posting', 'list'):
            out = session.cli('board', posting['id'], '--json', '--cards=1000')
            if out.returncode == 0 and person in out.stdout:
                for stage in json.loads(out.stdout).get('stages', []):
                    if person in json.dumps(stage, ensure_ascii=False):
                        return stage.get('name')
        return None

    wait_for('the focus settled on the new card in Applied', lambda: settled_focus('Applied'), timeout=15)
    keys(RIGHT, modifier=ALT_L)
    wait_for('shortlist-cli to see the card in Screening', lambda: stored_stage() == 'Screening', timeout=15)
    log('moved')

    # Return opens the person in the board's details pane.
    wait_for('the focus settled on the card in Screening', lambda: settled_focus('Screening'), timeout=15)
    keys(RETURN)
    wait_for('the details pane', lambda: find(app, lambda n: name(n) == person and role(n) == 'label'))
    headline = wait_for('the Headline field',
                        lambda: find(app, lambda n: 'Headline' in name(n) and
                                     role(n) in ('text', 'entry', 'list item') and
                                     has_state(n, pyatspi.STATE_VISIBLE)))
    # The field's text, as a screen reader's user or an input method sets it.
    if not headline.queryEditableText().setTextContents('Sous Chef'):
        fail('could not set the headline')
    wait_for('shortlist-cli to read the new headline',
             lambda: any(c.get('headline') == 'Sous Chef' for c in cli_find(person)), timeout=15)
    log('headline saved')

    activate(wait_for('Erase Personal Data…', visible_button('Erase Personal Data…')))
    activate(wait_for('the erase confirmation', visible_button('Erase')))
    wait_for('shortlist-cli to find nobody named %r' % person, lambda: not cli_find(person), timeout=15)
    log('erased')

    if cli_candidates() != before + 3:
        fail('shortlist-cli counts %d candidates, not %d' % (cli_candidates(), before + 3))

log('OK')
sys.exit(0)
