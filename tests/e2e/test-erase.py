#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end: shortlist-cli erases a candidate while the real app has the
# database open; afterwards no byte of the person is left in the database,
# its WAL or the data folder, and the app no longer shows them.
import os
import sqlite3
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shortlist_e2e import Session, fail, find, init, log, name, role, wait_for  # noqa: E402


def count_bytes(folder, needles):
    """How often each of @needles occurs in the raw bytes of every file under @folder."""
    found = {}
    for root, _, files in os.walk(folder):
        for file_name in files:
            path = os.path.join(root, file_name)
            try:
                with open(path, 'rb') as f:
                    data = f.read()
            except OSError:
                continue
            for needle in needles:
                n = data.count(needle.encode('utf-8'))
                if n:
                    found.setdefault(needle, []).append('%s ×%d' % (os.path.relpath(path, folder), n))
    return found


init()
session = Session()
out = session.cli('demo', '--candidates', '60')
if out.returncode != 0:
    fail('demo failed: %s' % out.stderr)

# A person whose name and email are theirs alone.
with sqlite3.connect('file:%s?mode=ro' % session.database, uri=True) as db:
    rows = db.execute("SELECT c.id, c.name, json_extract (c.emails, '$[0]') FROM candidate c "
                      "WHERE json_array_length (c.emails) > 0 AND "
                      "(SELECT count(*) FROM candidate o WHERE o.name = c.name) = 1 "
                      "ORDER BY c.id LIMIT 1").fetchall()
    if not rows:
        fail('the demo data has no candidate with a unique name')
    candidate_id, person, email = rows[0]
db.close()
out = session.cli('candidate', 'export')
if person not in out.stdout:
    fail('shortlist-cli does not list %r' % person)
log('erasing', repr(person), email)

# The database, its -wal and -shm, and the data folder (résumés) are all in here.
data_folder = session.tmp
with session.app() as app:
    wait_for('the Candidates area switcher',
             lambda: find(app, lambda n: name(n) == 'Candidates' and
                          role(n) in ('page tab', 'toggle button', 'radio button')))
    # The erasure happens while the app reads the database: once its lists
    # have loaded (a board column shows cards), and while its poll for
    # changes reads it every half second, before, during and after.
    wait_for('the board’s columns to show cards',
             lambda: find(app, lambda n: name(n).startswith('Candidates in ') and
                          find(n, lambda c: role(c) == 'list item' and name(c))))
    before = count_bytes(data_folder, [person, email])
    if person not in before:
        fail('the person is not in the data folder to begin with: %r' % before)
    log('before:', before)

    out = session.cli('candidate', 'erase', candidate_id, timeout=60)
    log('erase:', out.returncode, out.stdout.strip(), out.stderr.strip())
    if out.returncode != 0 or 'Erased' not in out.stdout:
        fail('erase did not finish: %s %s' % (out.stdout, out.stderr))

    after = count_bytes(data_folder, [person, email])
    if after:
        fail('the erased person is still in the files: %r' % after)
    wal = session.database + '-wal'
    if os.path.exists(wal) and os.path.getsize(wal) > 0:
        fail('the WAL was not truncated: %d bytes' % os.path.getsize(wal))

    # The app took the erasure in and still reads the database.
    out = session.cli('search', person.split()[0])
    if out.returncode != 0 or candidate_id in out.stdout:
        fail('search after the erasure: %s %s' % (out.stdout, out.stderr))
    log('no byte of the person is left while the app is open')
