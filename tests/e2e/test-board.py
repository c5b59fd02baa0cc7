#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end for the board: adds a candidate, moves the card two stages with
# Alt+Right, finds it with the board's search and erases the person's data,
# all through AT-SPI; shortlist-cli checks the database after each step.
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

APP_G_DEBUG = os.environ.get('G_DEBUG', '')
# The suite's G_DEBUG=fatal-warnings is meant for the app, not for this
# driver: a warning inside libatspi must not kill the test. GLib reads it
# when it is loaded, so before gi is imported.
os.environ['G_DEBUG'] = ','.join(flag for flag in os.environ.get('G_DEBUG', '').split(',')
                                 if flag and flag != 'fatal-warnings')


def log(*args):
    print('test-board:', *args, file=sys.stderr, flush=True)


def skip(reason):
    log('SKIP:', reason)
    sys.exit(SKIP)


def fail(reason):
    log('FAIL:', reason)
    sys.exit(1)


if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
    skip('no display (run under xvfb-run)')
if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    skip('no session bus (run under dbus-run-session)')

exe = os.environ.get('SHORTLIST_EXE')
if not exe or not os.access(exe, os.X_OK):
    fail('SHORTLIST_EXE does not name the built shortlist executable: %r' % exe)
cli = os.environ.get('SHORTLIST_CLI')
if not cli or not os.access(cli, os.X_OK):
    fail('SHORTLIST_CLI does not name the built shortlist-cli executable: %r' % cli)

# The accessibility bus: asking org.a11y.Bus for its address starts
# at-spi-bus-launcher (D-Bus activation) when nothing runs it yet.
try:
    subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                    '--object-path', '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
                   check=True, capture_output=True, timeout=20)
except (OSError, subprocess.SubprocessError) as error:
    launcher = '/usr/libexec/at-spi-bus-launcher'
    if not os.access(launcher, os.X_OK):
        skip('no accessibility bus: %s' % error)
    subprocess.Popen([launcher, '--launch-immediately'],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
    import pyatspi
except (ImportError, ValueError) as error:
    skip('pyatspi is not installed: %s' % error)

if Atspi.init() not in (0, 1):
    skip('AT-SPI could not be initialised')


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def walk(node, depth=0, max_depth=60):
    if node is None or depth > max_depth:
        return
    yield node
    for child in children(node):
        yield from walk(child, depth + 1, max_depth)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ''


def name(node):
    try:
        return node.name or ''
    except Exception:
        return ''


# GTK 4.8 marks only toplevels as SHOWING; widgets carry VISIBLE, and
# switcher tabs carry SELECTED.
def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def wait_for(what, predicate, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.3)
    fail('timed out waiting for %s' % what)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app.get_process_id() == pid:
                return app
        except Exception:
            pass
    for app in children(desktop):
        if name(app).lower() == 'shortlist':
            return app
    return None


def find(root, predicate):
    for node in walk(root):
        if predicate(node):
            return node
    return None


def named(node, text):
    # GTK 4.8 names a button with a mnemonic "_Label Label": both count.
    label = name(node).replace('_', '')
    return label == text or label == '%s %s' % (text, text)


def activate(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ('click', 'press', 'activate'):
            action.doAction(i)
            return
    if action.nActions > 0:
        action.doAction(0)
        return
    fail('%s %r has no action' % (role(node), name(node)))


def dump(root):
    for node in walk(root):
        try:
            states = [str(s).split('_', 1)[-1] for s in node.getState().getStates()]
        except Exception:
            states = []
        log('  ', role(node), repr(name(node)), ' '.join(states))


tmp = tempfile.mkdtemp(prefix='shortlist-e2e-')
env = dict(os.environ)
env['G_DEBUG'] = APP_G_DEBUG
for var in ('NO_AT_BRIDGE', 'GTK_A11Y', 'GTK_DEBUG'):
    env.pop(var, None)
for var, sub in (('HOME', 'home'), ('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                 ('XDG_CACHE_HOME', 'cache'), ('XDG_STATE_HOME', 'state')):
    env[var] = os.path.join(tmp, sub)
    os.makedirs(env[var], exist_ok=True)
env.setdefault('GSETTINGS_BACKEND', 'memory')
# The app runs with the suite's G_DEBUG (fatal warnings included): a warning
# in the shell fails the test.
database = os.path.join(tmp, 'e2e.db')



def die_with_parent():
    # The app must not outlive this script, even when the script is killed.
    import ctypes
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)



# A demo database, so the board has stages and cards around the new one.
result = subprocess.run([cli, '--database=' + database, 'demo'], env=env,
                        capture_output=True, text=True, timeout=60)
if result.returncode != 0:
    fail('shortlist-cli demo failed: %s' % result.stderr.strip())


def keys(*keycodes, modifier=None):
    # Atspi's synth types are not flags: a held modifier needs key codes
    # (the X server's, as Xvfb's default keymap has them).
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS)
    for keycode in keycodes:
        Atspi.generate_keyboard_event(keycode, None, Atspi.KeySynthType.PRESSRELEASE)
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.RELEASE)


def description(node):
    try:
        return node.description or ''
    except Exception:
        return ''


ALT_L, RIGHT, RETURN, CONTROL_L, F, ESCAPE, MENU = 64, 114, 36, 37, 41, 9, 135

proc = subprocess.Popen([exe, '--database=' + database], env=env,
                        stdout=sys.stderr, preexec_fn=die_with_parent)
try:
    app = wait_for('Shortlist in the accessibility tree', lambda: find_app(proc.pid))

    # A posting is selected at start, and its board is the first view.
    add = wait_for('the board’s Add Candidate button',
                   lambda: find(app, lambda n: name(n) == 'Add Candidate' and
                                role(n) in ('push button', 'button') and
                                has_state(n, pyatspi.STATE_VISIBLE)))
    applied = wait_for('the Applied column',
                       lambda: find(app, lambda n: name(n) == 'Candidates in Applied'))
    log('board shown')

    person = 'Boardtest Person%06d' % random.randrange(1000000)
    activate(add)
    wait_for('the Add Candidate dialog',
             lambda: find(app, lambda n: role(n) in ('frame', 'dialog', 'window') and name(n) == 'Add Candidate'))
    time.sleep(0.5)
    Atspi.generate_keyboard_event(0, person, Atspi.KeySynthType.STRING)
    time.sleep(0.3)
    keys(RETURN)
    log('added', repr(person))

    def card():
        return find(app, lambda n: role(n) == 'list item' and name(n).startswith(person))

    wait_for('the new card', card, timeout=15)
    # The new card has the focus: Alt+Right twice moves it two stages on.
    wait_for('the focus on the new card', lambda: has_state(card(), pyatspi.STATE_FOCUSED), timeout=10)
    # The move is in the database: shortlist-cli reads the same file.
    postings = json.loads(subprocess.run([cli, '--database=' + database, 'posting', 'list', '--json'],
                                         env=env, capture_output=True, text=True, timeout=30).stdout)

    def stored_stage():
        for posting in postings:
            out = subprocess.run([cli, '--database=' + database, 'board', posting['id'], '--json',
                                  '--cards=1000'], env=env, capture_output=True, text=True, timeout=30)
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
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            stage = stored_stage()
            if stage == to_stage:
                return
            if stage != from_stage:
                fail('Alt+Right moved the card from %s to %r, not %s' % (from_stage, stage, to_stage))
            time.sleep(0.3)
        focused = find(app, lambda n: has_state(n, pyatspi.STATE_FOCUSED) and role(n) != 'frame')
        fail('the card stayed in %s after Alt+Right; the focus is on %s %r' %
             (from_stage, role(focused), name(focused)))

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
    time.sleep(0.5)
    Atspi.generate_keyboard_event(0, person.split()[1], Atspi.KeySynthType.STRING)

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
        out = subprocess.run([cli, '--database=' + database, 'search', person, '--json'],
                             env=env, capture_output=True, text=True, timeout=30)
        if out.returncode != 0:
            fail('shortlist-cli search failed: %s' % out.stderr.strip())
        return json.loads(out.stdout or '[]') == []

    wait_for('shortlist-cli search to find nobody named %r' % person, nobody_matches, timeout=15)
    log('erased: shortlist-cli search finds nobody')
except SystemExit:
    if os.environ.get('SHORTLIST_E2E_DUMP'):
        found = find_app(proc.pid)
        if found is not None:
            dump(found)
    raise
finally:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)

log('OK')
sys.exit(0)
