#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file in src/ names its log domain after itself (CONTRIBUTING.md,
# "Naming"), so G_MESSAGES_DEBUG=sl-board-card shows one file's messages.
status=0
for f in $(find "$1/src" -name '*.c'); do
  want="#define G_LOG_DOMAIN \"$(basename "$f" .c)\""
  if ! grep -qxF "$want" "$f"; then
    echo "$f: expected $want" >&2
    status=1
  fi
done
exit $status
