#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup benchmark: Shortlist on a 100 000-candidate database next to GNOME
# Text Editor opening an empty window, with the default GSK renderer and with
# GSK_RENDERER=cairo.
#
#   tests/bench/run.sh [--startup-only] BUILD_DIR   (usually through ./build-aux/dev.sh bench)
#
# --startup-only measures only the startup of the two apps and skips the
# other benchmarks (handy while working on startup).
#
# Prints only "name value unit" lines on stdout; progress goes to stderr.
# Startup time is from starting the process until its window is mapped
# (viewable) on the X server; RSS is VmRSS once it has stayed within 1 % for
# one second. Each figure is the median of SHORTLIST_BENCH_RUNS runs (5)
# after one warm-up run; the two apps are run alternately, so both see the
# same machine. Every run gets a fresh HOME and XDG folders and the memory
# GSettings backend. Everything runs under one xvfb-run + dbus-run-session.
# Then it runs every other benchmark executable built from tests/bench/
# (BUILD_DIR/tests/bench/bench-*), passing the demo database to bench-search.
#
# Environment: SHORTLIST_BENCH_RUNS (5), SHORTLIST_BENCH_CANDIDATES (100000),
# SHORTLIST_BENCH_TIMEOUT (seconds to wait for a window, 60),
# SHORTLIST_BENCH_DATABASE (an existing demo database to use, read only in
# spirit: the apps only read it; default: a new one in a temporary folder).
set -euo pipefail

startup_only=0
if [ "${1:-}" = --startup-only ]; then
  startup_only=1
  shift
fi

if [ $# -lt 1 ]; then
  echo "usage: $0 [--startup-only] BUILD_DIR" >&2
  exit 2
fi

build=$(cd "$1" && pwd)
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

# Start a display and a session bus once, then run the rest inside them.
if [ -z "${SHORTLIST_BENCH_INNER:-}" ]; then
  for tool in xvfb-run dbus-run-session xwininfo; do
    if ! command -v "$tool" >/dev/null; then
      echo "run.sh: $tool is missing: install the packages in build-aux/dev.sh's bench_packages" >&2
      exit 1
    fi
  done
  exec env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u GTK_A11Y \
    -u GSK_RENDERER -u GDK_BACKEND SHORTLIST_BENCH_INNER=1 \
    SHORTLIST_BENCH_STARTUP_ONLY=$startup_only \
    xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- "$self" "$build" 3>&1 1>&2
fi

# Inside: the figures go to the original stdout (fd 3); everything started
# here, the session bus's services included, writes to stderr.
exec 1>&3 3>&-

startup_only=${SHORTLIST_BENCH_STARTUP_ONLY:-$startup_only}
runs=${SHORTLIST_BENCH_RUNS:-5}
candidates=${SHORTLIST_BENCH_CANDIDATES:-100000}
timeout_s=${SHORTLIST_BENCH_TIMEOUT:-60}

shortlist=$build/src/shortlist
cli=$build/src/cli/shortlist-cli
text_editor=$(command -v gnome-text-editor || true)

work=$(mktemp -d "${TMPDIR:-/tmp}/shortlist-bench.XXXXXX")
app_pid=
cleanup () {
  if [ -n "$app_pid" ]; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

log () {
  echo "bench: $*" >&2
}

# Microseconds since the epoch, without forking.
now_us () {
  local t=$EPOCHREALTIME
  t=${t/[.,]/}
  echo "$t"
}

# median VALUE… (numbers, any count)
median () {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "nan"; exit }
      if (NR % 2) printf "%.6g\n", v[(NR + 1) / 2]
      else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

# ratio A B, two decimals
ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f\n", a / b; else print "nan" }'
}

# viewable_window PATTERN: prints the id of a viewable top-level window whose
# name or class matches PATTERN (extended regex, case-insensitive).
viewable_window () {
  local id
  for id in $(xwininfo -root -children 2>/dev/null \
                | grep -iE -- "$1" | grep -oE '^ *0x[0-9a-f]+' || true); do
    if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      echo "$id"
      return 0
    fi
  done
  return 1
}

# cpu_ms PID: user + system CPU time the process has used so far, in ms.
cpu_ms () {
  local hz
  hz=$(getconf CLK_TCK)
  # Field 2 (the name) may hold spaces: count from the closing parenthesis.
  sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null \
    | awk -v hz="$hz" '{ printf "%d\n", ($12 + $13) * 1000 / hz }'
}

# rss_kb PID
rss_kb () {
  awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null
}

# settled_rss_kb PID: waits until VmRSS has stayed within 1 % for one second
# (10 samples 100 ms apart, at most 20 s) and prints it in kB.
settled_rss_kb () {
  local pid=$1
  local samples=()
  local value lo hi s i
  for ((i = 0; i < 200; i++)); do
    value=$(rss_kb "$pid")
    if [ -z "$value" ]; then
      return 1
    fi
    samples+=("$value")
    if [ ${#samples[@]} -gt 11 ]; then
      samples=("${samples[@]:1}")
    fi
    if [ ${#samples[@]} -eq 11 ]; then
      lo=${samples[0]}
      hi=${samples[0]}
      for s in "${samples[@]}"; do
        ((s < lo)) && lo=$s
        ((s > hi)) && hi=$s
      done
      if (((hi - lo) * 100 <= hi)); then
        echo "$value"
        return 0
      fi
    fi
    sleep 0.1
  done
  log "RSS of $pid did not settle within 20 s; using the last value"
  echo "$value"
}

# measure LABEL PATTERN RENDERER CMD…: starts CMD with a fresh HOME, waits
# for its window, waits for its RSS to settle, stops it, and prints
# "STARTUP_MS RSS_KB CPU_MS" (CPU_MS: CPU time used until the window mapped).
measure () {
  local label=$1 pattern=$2 renderer=$3
  shift 3
  local dir start end id rss deadline cpu
  local renderer_env=()

  if [ "$renderer" != default ]; then
    renderer_env=(GSK_RENDERER="$renderer")
  fi

  dir=$(mktemp -d "$work/run.XXXXXX")
  mkdir -p "$dir/home" "$dir/config" "$dir/data" "$dir/cache" "$dir/state" "$dir/runtime"
  chmod 0700 "$dir/runtime"

  # Nothing may be left from the previous run.
  while viewable_window "$pattern" >/dev/null; do
    sleep 0.01
  done

  start=$(now_us)
  env HOME="$dir/home" \
      XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
      XDG_CACHE_HOME="$dir/cache" XDG_STATE_HOME="$dir/state" \
      XDG_RUNTIME_DIR="$dir/runtime" \
      GSETTINGS_BACKEND=memory \
      GSETTINGS_SCHEMA_DIR="$build/data" \
      "${renderer_env[@]}" \
      "$@" >/dev/null 2>"$dir/stderr" &
  app_pid=$!
  deadline=$((start + timeout_s * 1000000))

  while ! id=$(viewable_window "$pattern"); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      wait "$app_pid" 2>/dev/null || true
      app_pid=
      log "$label exited before showing a window; its stderr:"
      sed 's/^/  /' "$dir/stderr" >&2
      return 1
    fi
    if (($(now_us) > deadline)); then
      log "$label showed no window within $timeout_s s"
      return 1
    fi
    sleep 0.005
  done
  end=$(now_us)
  cpu=$(cpu_ms "$app_pid") || cpu=0

  rss=$(settled_rss_kb "$app_pid") || rss=0

  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  rm -rf "$dir"

  awk -v s="$start" -v e="$end" -v r="$rss" -v c="${cpu:-0}" \
    'BEGIN { printf "%.1f %d %d\n", (e - s) / 1000, r, c }'
}

have_shortlist=1
for program in "$shortlist" "$cli"; do
  if [ ! -x "$program" ]; then
    log "$program is not built: measuring only GNOME Text Editor"
    have_shortlist=0
  fi
done
if [ -z "$text_editor" ]; then
  log "gnome-text-editor is missing: install the packages in build-aux/dev.sh's bench_packages"
  exit 1
fi

db=$work/shortlist.db
if [ $have_shortlist = 1 ] && [ -n "${SHORTLIST_BENCH_DATABASE:-}" ]; then
  db=$SHORTLIST_BENCH_DATABASE
  log "using the existing database $db"
elif [ $have_shortlist = 1 ]; then
  log "generating a demo database with $candidates candidates"
  start=$(now_us)
  "$cli" --database="$db" demo --candidates "$candidates" >/dev/null
  end=$(now_us)
  size=0
  for f in "$db" "$db-wal"; do
    if [ -f "$f" ]; then
      size=$((size + $(stat -c %s "$f")))
    fi
  done
  awk -v s="$start" -v e="$end" 'BEGIN { printf "demo_generation_time %.2f s\n", (e - s) / 1000000 }'
  awk -v b="$size" 'BEGIN { printf "database_size %.1f MB\n", b / 1000000 }'
fi

status=0
for renderer in default cairo; do
  sl_times=() sl_rss=() sl_cpu=() te_times=() te_rss=() te_cpu=()
  for ((run = 0; run <= runs; run++)); do
    if ((run == 0)); then
      log "renderer $renderer: warm-up run"
    else
      log "renderer $renderer: run $run of $runs"
    fi

    if [ $have_shortlist = 1 ]; then
      if result=$(measure shortlist 'shortlist' "$renderer" "$shortlist" --database="$db"); then
        read -r r_time r_rss r_cpu <<<"$result"
        log "  shortlist: $r_time ms, $r_rss kB, $r_cpu ms CPU"
        if ((run > 0)); then
          sl_times+=("$r_time")
          sl_rss+=("$r_rss")
          sl_cpu+=("$r_cpu")
        fi
      else
        status=1
      fi
    fi

    if result=$(measure gnome-text-editor 'text editor|text-editor|new document|untitled' "$renderer" \
                  "$text_editor" --standalone --ignore-session); then
      read -r r_time r_rss r_cpu <<<"$result"
      log "  gnome-text-editor: $r_time ms, $r_rss kB, $r_cpu ms CPU"
      if ((run > 0)); then
        te_times+=("$r_time")
        te_rss+=("$r_rss")
        te_cpu+=("$r_cpu")
      fi
    else
      status=1
    fi
  done

  te_time=$(median "${te_times[@]}")
  te_mem=$(awk -v k="$(median "${te_rss[@]}")" 'BEGIN { printf "%.1f", k * 1024 / 1000000 }')
  if [ $have_shortlist = 1 ] && [ ${#sl_times[@]} -gt 0 ]; then
    sl_time=$(median "${sl_times[@]}")
    sl_mem=$(awk -v k="$(median "${sl_rss[@]}")" 'BEGIN { printf "%.1f", k * 1024 / 1000000 }')
    echo "startup_time_shortlist_$renderer $sl_time ms"
    echo "startup_time_text_editor_$renderer $te_time ms"
    echo "startup_time_ratio_$renderer $(ratio "$sl_time" "$te_time") x"
    echo "startup_cpu_shortlist_$renderer $(median "${sl_cpu[@]}") ms"
    echo "startup_cpu_text_editor_$renderer $(median "${te_cpu[@]}") ms"
    echo "rss_shortlist_$renderer $sl_mem MB"
    echo "rss_text_editor_$renderer $te_mem MB"
    echo "rss_ratio_$renderer $(ratio "$sl_mem" "$te_mem") x"
  else
    echo "startup_time_text_editor_$renderer $te_time ms"
    echo "rss_text_editor_$renderer $te_mem MB"
  fi
done

if [ "$startup_only" = 1 ]; then
  if [ $have_shortlist = 0 ]; then
    status=1
  fi
  exit $status
fi

# The other benchmarks in tests/bench/ (executables built by meson): each
# prints its own "name value unit" lines. bench-search reuses the demo
# database made above.
for bench in "$build"/tests/bench/bench-*; do
  if [ ! -f "$bench" ] || [ ! -x "$bench" ]; then
    continue
  fi
  name=$(basename "$bench")
  bench_args=()
  if [ "$name" = bench-search ] && [ $have_shortlist = 1 ]; then
    bench_args=("$db")
  fi
  log "running $name"
  if ! env GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
         "$bench" "${bench_args[@]}" </dev/null; then
    log "$name failed"
    status=1
  fi
done

# The CSV import next to the sqlite3 shell: a script, not an executable.
if [ $have_shortlist = 1 ]; then
  log "running bench-csv-import.sh"
  if ! "$(dirname "$self")/bench-csv-import.sh" "$build" </dev/null; then
    log "bench-csv-import.sh failed"
    status=1
  fi
fi

if [ $have_shortlist = 0 ]; then
  status=1
fi
exit $status
