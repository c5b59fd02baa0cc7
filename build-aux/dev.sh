#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds, runs and tests Shortlist on Debian 12 (or newer).
#
#   ./build-aux/dev.sh run [ARGS…]   install what is missing, build into _build/, start the app
#   ./build-aux/dev.sh test          the same set-up, then the whole suite headless:
#                                    a normal build and an ASan+UBSan build
#   ./build-aux/dev.sh cli [ARGS…]   build and run shortlist-cli
#   ./build-aux/dev.sh bench         build, then run the benchmarks in tests/bench/
#   ./build-aux/dev.sh fuzz [SECONDS] libFuzzer runs of tests/fuzz/ (clang, _build-fuzz/)
#
# A second run skips what is installed and built already.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

# What building needs (Debian package names).
build_packages=(
  meson ninja-build pkg-config gcc
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev libepoxy-dev
  libsoup-3.0-dev libical-dev libsecret-1-dev
  gettext itstool desktop-file-utils appstream
  adwaita-icon-theme fonts-cantarell fonts-lohit-deva fonts-wqy-microhei
)
# What the tests need on top: a display, a session bus, the accessibility
# stack for end-to-end tests, and the sqlite3 shell.
test_packages=(
  xvfb xauth dbus dbus-user-session at-spi2-core
  python3 python3-gi python3-dogtail python3-pyatspi
  sqlite3 libxml2-utils flatpak-builder
)
# What the libFuzzer runs need: clang, its fuzzer and sanitizer runtimes, and
# llvm-symbolizer for readable stack traces.
fuzz_packages=(clang libclang-rt-dev llvm)
# What the benchmarks compare against.
bench_packages=(gnome-text-editor x11-utils procps imagemagick)

as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing () {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "dev.sh: installing ${missing[*]}" >&2
    as_root apt-get update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  fi
}

# configure BUILDDIR [MESON OPTIONS…]
configure () {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >&2
  fi
}

build () {
  local dir=$1
  shift
  configure "$dir" "$@"
  meson compile -C "$dir" >&2
}

# run_suite BUILDDIR LABEL: runs meson test headless; its results stay in
# BUILDDIR/meson-logs/testlog.json for the summary.
run_suite () {
  local dir=$1
  local label=$2
  echo "dev.sh: running the $label test suite" >&2
  local status=0
  env -u GTK_A11Y -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- \
    meson test -C "$dir" --print-errorlogs --num-processes 2 "${@:3}" || status=$?
  return $status
}

summarize () {
  python3 - "$@" <<'PY'
import json, sys
passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path) as log:
            for line in log:
                line = line.strip()
                if not line:
                    continue
                result = json.loads(line).get("result")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
}

cmd=${1:-run}
shift || true

case "$cmd" in
  run)
    install_missing "${build_packages[@]}"
    build _build
    export GSETTINGS_SCHEMA_DIR="$top/_build/data"
    exec "$top/_build/src/shortlist" "$@"
    ;;
  cli)
    install_missing "${build_packages[@]}"
    build _build
    exec "$top/_build/src/cli/shortlist-cli" "$@"
    ;;
  test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    rm -f _build/meson-logs/testlog.json _build-sanitize/meson-logs/testlog.json \
      _build-sanitize/meson-logs/windowlog.json
    build _build
    build _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
    status=0
    run_suite _build "normal" || status=1
    # LeakSanitizer runs for the suites without a window. GLib is built without
    # frame pointers, so only the slow unwinder gets past g_malloc to our code;
    # under it a window test takes ten times longer than its timeout, so the
    # gui and e2e suites run with leak detection off. Suppressions, each with
    # its reason, are in tests/lsan.supp.
    ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:abort_on_error=1:detect_odr_violation=0" \
    LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      run_suite _build-sanitize "AddressSanitizer+UndefinedBehaviorSanitizer+LeakSanitizer" \
        --no-suite gui --no-suite e2e || status=1
    ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_odr_violation=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      run_suite _build-sanitize "AddressSanitizer+UndefinedBehaviorSanitizer (windows)" \
        --suite gui --suite e2e --logbase windowlog || status=1
    summarize _build/meson-logs/testlog.json _build-sanitize/meson-logs/testlog.json \
      _build-sanitize/meson-logs/windowlog.json || status=1
    exit $status
    ;;
  bench)
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${bench_packages[@]}"
    build _build
    exec "$top/tests/bench/run.sh" "$top/_build" "$@"
    ;;
  fuzz)
    # fuzz [SECONDS]: libFuzzer (clang, ASan+UBSan) runs of every target in
    # tests/fuzz/meson.build for SECONDS (60) each, on the seed corpus that
    # its 'fuzz' suite test uses; new inputs are kept in _build-fuzz/fuzz-corpus/,
    # crashes land in _build-fuzz/fuzz-artifacts/.
    install_missing "${build_packages[@]}" "${fuzz_packages[@]}"
    seconds=${1:-60}
    if [ ! -f _build-fuzz/build.ninja ]; then
      CC=${CC:-$(command -v clang || command -v clang-14)} \
        meson setup _build-fuzz -Dfuzzing=true >&2
    fi
    status=0
    mkdir -p _build-fuzz/fuzz-artifacts
    # One line per target, "NAME<TAB>SEED DIR…", from the 'fuzz' suite's tests,
    # so that a target added to meson.build is fuzzed too.
    targets=$(meson introspect --tests _build-fuzz | python3 -c '
import json, sys
for test in json.load(sys.stdin):
    if "fuzz" in test["suite"] or any(s.endswith(":fuzz") for s in test["suite"]):
        print(test["name"].removeprefix("fuzz-"), *test["cmd"][1:], sep="\t")
')
    if [ -z "$targets" ]; then
      echo "dev.sh: no fuzz targets found in _build-fuzz" >&2
      exit 1
    fi
    while IFS=$'\t' read -r -a target; do
      name=${target[0]}
      ninja -C _build-fuzz "tests/fuzz/fuzz-$name" >&2
      mkdir -p "_build-fuzz/fuzz-corpus/$name"
      echo "dev.sh: fuzzing $name for $seconds s" >&2
      "_build-fuzz/tests/fuzz/fuzz-$name" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="_build-fuzz/fuzz-artifacts/$name-" \
        "_build-fuzz/fuzz-corpus/$name" "${target[@]:1}" >&2 || status=1
    done <<< "$targets"
    exit $status
    ;;
  *)
    echo "usage: $0 run [ARGS…] | test | cli [ARGS…] | bench | fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
