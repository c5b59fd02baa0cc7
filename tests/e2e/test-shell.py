#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end: starts the real Shortlist on a fresh database and drives it
# through the accessibility tree (AT-SPI), the way a screen reader sees it.
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
    print('test-shell:', *args, file=sys.stderr, flush=True)


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


proc = subprocess.Popen([exe, '--database=' + database], env=env,
                        stdout=sys.stderr, preexec_fn=die_with_parent)
try:
    app = wait_for('Shortlist in the accessibility tree', lambda: find_app(proc.pid))
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
                    lambda: find(app, lambda n: name(n) == 'Load Sample Data' and
                                 role(n) in ('push button', 'button') and
                                 has_state(n, pyatspi.STATE_VISIBLE)))
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
                          lambda: find(app, lambda n: name(n) == 'New Posting' and
                                       role(n) in ('push button', 'button') and
                                       has_state(n, pyatspi.STATE_VISIBLE)))
    activate(new_button)
    wait_for('the new posting in the list',
             lambda: 'Untitled Posting' in (posting_rows() or []), timeout=10)
    time.sleep(0.5)
    if not Atspi.generate_keyboard_event(0, new_title, Atspi.KeySynthType.STRING):
        fail('could not type the title')
    log('typed', repr(new_title))
    wait_for('the typed title in the list', lambda: new_title in (posting_rows() or []), timeout=10)

    # The editor saves on its own: the real shortlist-cli reads it from the
    # same database.
    def cli_titles():
        result = subprocess.run([cli, '--database=' + database, 'posting', 'list', '--json'],
                                env=env, capture_output=True, text=True, timeout=30)
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
