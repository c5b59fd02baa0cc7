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

# The shared helpers stand beside this script; no bytecode in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import (Session, activate, fail, find, find_window, has_state, init,  # noqa: E402
                           is_visible_button, log, name, named, role, text_of, type_into, wait_for,
                           wait_for_window, walk)

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


def click(node, what, clicked, modifier=None):
    """Clicks @node (with @modifier held) and waits for @clicked(), the
    click's effect, before the modifier goes up again. The key and the
    click reach the X server in the order they are sent (both are
    synchronous calls to the registry, which sends them through XTest)."""
    x, y, width, height = extents(node)
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS)
    try:
        Atspi.generate_mouse_event(x + min(20, width // 2), y + height // 2, 'b1c')
        wait_for(what, clicked, timeout=10, explain=lambda: 'the list says %r' % selection_label())
    finally:
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
    click(rows()[1], 'one selected', lambda: selection_label() == '1 selected')
    click(rows()[3], '2 selected after Ctrl+click', lambda: selection_label() == '2 selected', modifier=CONTROL_L)
    log('Ctrl+click: 2 selected')

    add = wait_for('Add Candidate', lambda: find(app, lambda n: is_visible_button(n, 'Add Candidate')))
    activate(add)
    dialog = wait_for_window(app, 'Add Candidate')
    typed = existing['Name'].upper()

    def field(label):
        return lambda: find(dialog, lambda n: role(n) == 'text' and name(n) == label)

    type_into('the Name field', field('Name'), typed)

    def warning():
        for node in walk(dialog):
            if role(node) == 'label' and existing['Name'] in name(node) and 'already' in name(node):
                return node
        return None

    found = wait_for('the duplicate warning for %r' % existing['Name'], warning, timeout=10)
    log('warned:', name(found))

    # Its email too, and Enter: the dialog asks first.
    Atspi.generate_keyboard_event(TAB, None, Atspi.KeySynthType.PRESSRELEASE)
    # Tab moves the focus while GTK handles it, before the keys after it.
    type_into('the Email field after Tab', field('Email'), existing_email)
    if text_of(field('Name')()) != typed:
        fail('the email went into the Name field too: %r' % text_of(field('Name')()))
    Atspi.generate_keyboard_event(36, None, Atspi.KeySynthType.PRESSRELEASE)
    question = wait_for('the question about the email',
                        lambda: find(app, lambda n: role(n) in ('dialog', 'alert', 'frame', 'window') and
                                     name(n) == 'Add Another Candidate With This Email?'))
    cancel = wait_for('its Cancel button', lambda: find(question, lambda n: named(n, 'Cancel')))
    activate(cancel)
    wait_for('the question to close after Cancel',
             lambda: find_window(app, 'Add Another Candidate With This Email?', active=False) is None, timeout=10)
    out = session.cli('search', existing_email)
    matches = [line for line in out.stdout.splitlines() if line.strip()]
    if len(matches) != 1:
        fail('expected one candidate with %s, found: %r' % (existing_email, matches))
    log('asked before adding a second candidate with', existing_email)

sys.exit(0)
