#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end for the Candidates area with real pointer and key events
# (XTest through AT-SPI): Ctrl+click adds a row to the selection, and the
# Add Candidate dialog warns while the name of someone already there is
# typed, then asks before adding a second candidate with their email.
import csv
import io
import os
import re
import sys
import time

# The shared helpers stand beside this script; no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import (Session, activate, fail, find, has_state, init,  # noqa: E402
                           is_visible_button, log, name, named, role, type_text, wait_for, walk)

Atspi, pyatspi = init()
session = Session()

result = session.cli('demo', timeout=60)
if result.returncode != 0:
    fail('shortlist-cli demo failed: %s' % result.stderr.strip())
exported = list(csv.DictReader(io.StringIO(session.cli('candidate', 'export').stdout)))
if not exported:
    fail('shortlist-cli candidate export listed nobody')
# XTest types a character that the X server's keymap lacks (Xvfb's is a US
# one) by remapping a spare key for it, and consecutive remaps arrive out of
# order: "ОКСАНА БОНДАРЕНКО" came as "КОНДАР НКОООООООО". So the name typed is
# one made of keys the keymap has; the demo's first people are not.
typeable = [row for row in exported if row['Name'].isascii() and row['Emails'].isascii()]
if not typeable:
    fail('shortlist-cli demo made nobody whose name and email are plain ASCII')
existing = typeable[0]
existing_email = existing['Emails'].split(';')[0].strip()

CONTROL_L, TAB = 37, 23


def selection_label():
    for node in walk(app):
        if role(node) == 'label' and re.match(r'^\d+ selected$', name(node)):
            return name(node)
    return None


def extents(node):
    # GTK 4.8 reports coordinates in its window; the window of a session
    # without a window manager sits at the screen's origin.
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return box.x, box.y, box.width, box.height


def click(node, modifier=None):
    x, y, width, height = extents(node)
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS)
        time.sleep(0.1)
    Atspi.generate_mouse_event(x + min(20, width // 2), y + height // 2, 'b1c')
    time.sleep(0.2)
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.RELEASE)


with session.app() as app:
    tab = wait_for('the Candidates switcher',
                   lambda: find(app, lambda n: name(n) == 'Candidates' and role(n) == 'page tab'))
    activate(tab)
    wait_for('the list', lambda: find(app, lambda n: role(n) == 'label' and re.match(r'^\d+ candidates$', name(n))))

    def rows():
        return [n for n in walk(app) if role(n) == 'table row' and has_state(n, pyatspi.STATE_VISIBLE)]

    # The first row is the header.
    wait_for('rows', lambda: len(rows()) > 4)
    click(rows()[1])
    wait_for('one selected', lambda: selection_label() == '1 selected')
    click(rows()[3], modifier=CONTROL_L)
    wait_for('2 selected after Ctrl+click', lambda: selection_label() == '2 selected', timeout=10)
    log('Ctrl+click: 2 selected')

    add = wait_for('Add Candidate', lambda: find(app, lambda n: is_visible_button(n, 'Add Candidate')))
    activate(add)
    dialog = wait_for('the Add Candidate dialog',
                      lambda: find(app, lambda n: role(n) in ('frame', 'dialog', 'window') and
                                   name(n) == 'Add Candidate'))
    time.sleep(0.5)
    typed = existing['Name'].upper()
    type_text(typed)

    def name_text():
        entry = find(dialog, lambda n: role(n) == 'text' and name(n) == 'Name')
        text = entry.queryText() if entry is not None else None
        # GTK 4.8 answers getText(0, -1) with nothing: ask for the count.
        return text.getText(0, text.characterCount) if text is not None else None

    deadline = time.monotonic() + 10
    while name_text() != typed:
        if time.monotonic() > deadline:
            fail('Name holds %r, not the %r typed' % (name_text(), typed))
        time.sleep(0.2)

    def warning():
        for node in walk(dialog):
            if role(node) == 'label' and existing['Name'] in name(node) and 'already' in name(node):
                return node
        return None

    found = wait_for('the duplicate warning for %r' % existing['Name'], warning, timeout=10)
    log('warned:', name(found))

    # Its email too, and Enter: the dialog asks first.
    Atspi.generate_keyboard_event(TAB, None, Atspi.KeySynthType.PRESSRELEASE)
    time.sleep(0.3)
    type_text(existing_email)
    Atspi.generate_keyboard_event(36, None, Atspi.KeySynthType.PRESSRELEASE)
    question = wait_for('the question about the email',
                        lambda: find(app, lambda n: role(n) in ('dialog', 'alert', 'frame', 'window') and
                                     name(n) == 'Add Another Candidate With This Email?'))
    cancel = wait_for('its Cancel button', lambda: find(question, lambda n: named(n, 'Cancel')))
    activate(cancel)
    time.sleep(0.5)
    out = session.cli('search', existing_email)
    matches = [line for line in out.stdout.splitlines() if line.strip()]
    if len(matches) != 1:
        fail('expected one candidate with %s, found: %r' % (existing_email, matches))
    log('asked before adding a second candidate with', existing_email)

sys.exit(0)
