#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that po/POTFILES.in lists every file with translatable strings and
# that every file it lists exists.
#
# Usage: check-potfiles.py SOURCE_ROOT
# Exit status 0 when complete, 1 (naming each problem on stderr) otherwise.

import os
import re
import sys

MARKERS = re.compile(r'(?<![A-Za-z0-9_])(_\("|N_\("|C_\(|NC_\()|translatable="yes"')
SCANNED_DIRS = ('src', 'data')
# Files whose strings gettext extracts through its ITS rules or desktop-file
# support, even without a marker.
TRANSLATABLE_SUFFIXES = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')
# Generated or binary files never hold source strings.
SKIPPED_SUFFIXES = ('.png', '.svg', '.gresource', '.compiled', '.db', '.sqlite')


def read_potfiles(path):
    listed = []
    with open(path, encoding='utf-8') as potfiles:
        for number, line in enumerate(potfiles, start=1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('[') and ']' in line:
                # [type: gettext/glade] path
                line = line.split(']', 1)[1].strip()
            listed.append((number, line))
    return listed


def files_with_strings(root):
    found = []
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
            for name in sorted(filenames):
                if name.endswith(SKIPPED_SUFFIXES) or name == 'meson.build':
                    continue
                path = os.path.join(dirpath, name)
                if name.endswith(TRANSLATABLE_SUFFIXES):
                    found.append(os.path.relpath(path, root))
                    continue
                try:
                    with open(path, encoding='utf-8') as source:
                        text = source.read()
                except (UnicodeDecodeError, OSError):
                    continue
                if MARKERS.search(text):
                    found.append(os.path.relpath(path, root))
    return found


def main():
    if len(sys.argv) != 2:
        print('usage: check-potfiles.py SOURCE_ROOT', file=sys.stderr)
        return 2
    root = sys.argv[1]
    potfiles_path = os.path.join(root, 'po', 'POTFILES.in')
    problems = 0

    listed = read_potfiles(potfiles_path)
    listed_paths = set()
    for number, path in listed:
        if path in listed_paths:
            # Harmless for xgettext, so only a warning.
            print(f'po/POTFILES.in:{number}: {path} is listed twice',
                  file=sys.stderr)
        listed_paths.add(path)
        if not os.path.isfile(os.path.join(root, path)):
            print(f'po/POTFILES.in:{number}: {path} does not exist: '
                  'remove the line or fix the path', file=sys.stderr)
            problems += 1

    for path in files_with_strings(root):
        if path not in listed_paths:
            print(f'{path} has translatable strings but is missing from '
                  'po/POTFILES.in: add it there', file=sys.stderr)
            problems += 1

    if problems:
        print(f'{problems} problem(s) with po/POTFILES.in', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
