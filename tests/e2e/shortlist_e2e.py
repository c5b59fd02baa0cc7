# SPDX-License-Identifier: GPL-3.0-or-later
# What the e2e scripts share: starting the real Shortlist on a fresh database
# with the accessibility bus, finding it and its widgets in the AT-SPI tree,
# and waiting for them.
import contextlib
import os
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
# when it is loaded, so before gi is imported (in init()).
os.environ['G_DEBUG'] = ','.join(flag for flag in os.environ.get('G_DEBUG', '').split(',')
                                 if flag and flag != 'fatal-warnings')

NAME = os.path.splitext(os.path.basename(sys.argv[0]))[0]

# Set by init().
Atspi = None
pyatspi = None


def log(*args):
    print('%s:' % NAME, *args, file=sys.stderr, flush=True)


def skip(reason):
    log('SKIP:', reason)
    sys.exit(SKIP)


def fail(reason):
    log('FAIL:', reason)
    sys.exit(1)


def init():
    """Skips without a display, a session bus or pyatspi; fails without the
    built executables. Starts the accessibility bus; returns (Atspi, pyatspi)."""
    global Atspi, pyatspi

    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        skip('no display (run under xvfb-run)')
    if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        skip('no session bus (run under dbus-run-session)')

    for var, what in (('SHORTLIST_EXE', 'shortlist'), ('SHORTLIST_CLI', 'shortlist-cli')):
        path = os.environ.get(var)
        if not path or not os.access(path, os.X_OK):
            fail('%s does not name the built %s executable: %r' % (var, what, path))

    # The accessibility bus: asking org.a11y.Bus for its address starts
    # at-spi-bus-launcher (D-Bus activation) when nothing runs it yet.
    def bus_address(timeout=20):
        try:
            subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                            '--object-path', '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
                           check=True, capture_output=True, timeout=timeout)
            return None
        except (OSError, subprocess.SubprocessError) as error:
            return error

    error = bus_address()
    if error is not None:
        launcher = '/usr/libexec/at-spi-bus-launcher'
        if not os.access(launcher, os.X_OK):
            skip('no accessibility bus: %s' % error)
        subprocess.Popen([launcher, '--launch-immediately'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The launcher owns org.a11y.Bus once its bus runs.
        wait_for('at-spi-bus-launcher to answer on org.a11y.Bus',
                 lambda: bus_address(timeout=5) is None, timeout=20)

    try:
        import gi
        gi.require_version('Atspi', '2.0')
        from gi.repository import Atspi as atspi_module
        import pyatspi as pyatspi_module
    except (ImportError, ValueError) as error:
        skip('pyatspi is not installed: %s' % error)

    if atspi_module.init() not in (0, 1):
        skip('AT-SPI could not be initialised')

    Atspi = atspi_module
    pyatspi = pyatspi_module
    return Atspi, pyatspi


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


def description(node):
    try:
        return node.description or ''
    except Exception:
        return ''


def named(node, text):
    # GTK 4.8 names a button with a mnemonic "_Label Label": both count.
    label = name(node).replace('_', '')
    return label == text or label == '%s %s' % (text, text)


# GTK 4.8 marks only toplevels as SHOWING; widgets carry VISIBLE, and
# switcher tabs carry SELECTED.
def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def is_visible_button(node, text):
    return (name(node) == text and role(node) in ('push button', 'button') and
            has_state(node, pyatspi.STATE_VISIBLE))


def shown(node):
    """Whether @node is on screen. GTK 4.8 marks every widget VISIBLE,
    hidden or not, and only toplevels SHOWING; a widget that is not shown
    has no size."""
    try:
        box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return False
    return has_state(node, pyatspi.STATE_VISIBLE) and box.width > 0 and box.height > 0


def wait_for(what, predicate, timeout=30, explain=None):
    """Polls @predicate until it returns something true, and returns that;
    fails naming @what (and what @explain() says) when @timeout seconds pass
    first. Every wait of the e2e scripts goes through here: they wait for
    what a step stands for, never for a fixed time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.3)
    fail('timed out waiting for %s%s' % (what, '' if explain is None else ' (%s)' % explain()))


def text_of(node):
    """What @node (an entry, a text view) holds, through the Atspi text
    interface; None without it."""
    try:
        text = node.queryText()
        # GTK 4.8 answers getText(0, -1) with nothing: ask for the count.
        return text.getText(0, text.characterCount)
    except Exception:
        return None


def find_window(app, title, active=True):
    """The app's toplevel (or dialog) called @title; with @active, only
    once it is the active window."""
    return find(app, lambda n: role(n) in ('frame', 'dialog', 'window', 'alert', 'file chooser') and
                name(n) == title and (not active or has_state(n, pyatspi.STATE_ACTIVE)))


def wait_for_window(app, title, timeout=30):
    """@title's window once it is active: keys typed before that go to the
    window it opened from, or are lost."""
    return wait_for('the %s window, active' % title, lambda: find_window(app, title), timeout)


def type_into(what, field, text, timeout=10):
    """Types @text with real key events, then waits until @field() (called
    again each time, as GTK may rebuild the widget) holds it. GTK 4.8 does
    not mark text fields FOCUSED for AT-SPI, so the text arriving is the
    one sign that the keys went where they were meant to."""
    if not type_text(text):
        fail('could not type %r into %s' % (text, what))
    return wait_for('%s to hold %r' % (what, text), lambda: text_of(field()) == text, timeout,
                    explain=lambda: 'it holds %r' % text_of(field()))


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


def keys(*keycodes, modifier=None):
    # Atspi's synth types are not flags: a held modifier needs key codes
    # (the X server's, as Xvfb's default keymap has them).
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS)
    for keycode in keycodes:
        Atspi.generate_keyboard_event(keycode, None, Atspi.KeySynthType.PRESSRELEASE)
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.RELEASE)


def type_text(text):
    return Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)


def dump(root):
    for node in walk(root):
        try:
            states = [str(s).split('_', 1)[-1] for s in node.getState().getStates()]
        except Exception:
            states = []
        log('  ', role(node), repr(name(node)), ' '.join(states))


def die_with_parent():
    # The app must not outlive this script, even when the script is killed.
    import ctypes
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class Session:
    """A fresh home, XDG dirs and database in a temporary folder, and the
    environment the app and shortlist-cli run with there."""

    def __init__(self):
        self.exe = os.environ['SHORTLIST_EXE']
        self.cli_exe = os.environ['SHORTLIST_CLI']
        self.tmp = tempfile.mkdtemp(prefix='shortlist-e2e-')
        self.env = dict(os.environ)
        self.env['G_DEBUG'] = APP_G_DEBUG
        for var in ('NO_AT_BRIDGE', 'GTK_A11Y', 'GTK_DEBUG'):
            self.env.pop(var, None)
        for var, sub in (('HOME', 'home'), ('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                         ('XDG_CACHE_HOME', 'cache'), ('XDG_STATE_HOME', 'state')):
            self.env[var] = os.path.join(self.tmp, sub)
            os.makedirs(self.env[var], exist_ok=True)
        self.env.setdefault('GSETTINGS_BACKEND', 'memory')
        # The app runs with the suite's G_DEBUG (fatal warnings included): a
        # warning in the app fails the test.
        self.database = os.path.join(self.tmp, 'e2e.db')

    def cli(self, *args, timeout=30):
        """Runs shortlist-cli on the session's database."""
        return subprocess.run([self.cli_exe, '--database=' + self.database, *args],
                              env=self.env, capture_output=True, text=True, timeout=timeout)

    @contextlib.contextmanager
    def app(self):
        """Runs the app, yields it once it is in the accessibility tree, and
        stops it (and removes the temporary folder) at the end. With
        SHORTLIST_E2E_DUMP set, a failure dumps the app's tree."""
        proc = subprocess.Popen([self.exe, '--database=' + self.database], env=self.env,
                                stdout=sys.stderr, preexec_fn=die_with_parent)
        try:
            yield wait_for('Shortlist in the accessibility tree', lambda: find_app(proc.pid))
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
            shutil.rmtree(self.tmp, ignore_errors=True)
