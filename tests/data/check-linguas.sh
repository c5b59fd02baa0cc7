#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks po/LINGUAS (language codes separated by spaces or newlines, # for
# comments) and runs msgfmt --check on the po file of every language it lists.
#
# Usage: check-linguas.sh SOURCE_ROOT MSGFMT
set -eu

root=$1
msgfmt=$2
linguas="$root/po/LINGUAS"
status=0
outdir=$(mktemp -d)
trap 'rm -rf "$outdir"' EXIT

if [ ! -f "$linguas" ]; then
  echo "po/LINGUAS is missing: create it (it may be empty)" >&2
  exit 1
fi

for lang in $(sed -e 's/#.*//' "$linguas"); do
  case "$lang" in
    *[!A-Za-z0-9_@]*|'')
      echo "po/LINGUAS: '$lang' is not a language code (like de or pt_BR)" >&2
      status=1
      continue
      ;;
  esac
  po="$root/po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "po/LINGUAS lists $lang but po/$lang.po does not exist" >&2
    status=1
    continue
  fi
  if ! "$msgfmt" --check --check-format --output-file="$outdir/$lang.mo" "$po" >&2; then
    echo "po/$lang.po: msgfmt --check failed" >&2
    status=1
  fi
done

exit $status
