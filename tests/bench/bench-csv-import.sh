#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CSV import benchmark: "shortlist-cli candidate import" of a generated
# 100 000-row, 35 MB file into a fresh database (candidates, activity, change
# feed and the FTS5 search index), side by side with the sqlite3 shell doing
# ".import" of the same file into a plain table plus an FTS5 index (the same
# options as Shortlist's) over the same columns. The shell also builds a
# plain FTS5 index (default options), for information.
#
#   tests/bench/bench-csv-import.sh BUILD_DIR
#
# Prints only "name value unit" lines on stdout; progress goes to stderr.
# Each figure is the median of SHORTLIST_BENCH_RUNS runs (3), the tools run
# alternately, each after a sync: otherwise the kernel is still writing out
# the previous run's files while the next run waits for its own fsyncs, and
# each tool's figure depends on how much the other one wrote. Peak memory is
# the process's VmHWM (its maximum resident set, from GNU time's %M, which is getrusage's ru_maxrss); CPU time is user
# plus system time (%U + %S), which a busy machine disturbs less than the
# wall-clock time.
#
# Environment: SHORTLIST_BENCH_RUNS (3), SHORTLIST_BENCH_ROWS (100000).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi

build=$(cd "$1" && pwd)
cli=$build/src/cli/shortlist-cli
runs=${SHORTLIST_BENCH_RUNS:-3}
rows=${SHORTLIST_BENCH_ROWS:-100000}

for tool in sqlite3 /usr/bin/time awk; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-csv-import.sh: $tool is missing" >&2
    exit 1
  fi
done
if [ ! -x "$cli" ]; then
  echo "bench-csv-import.sh: $cli is not built" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/shortlist-bench-csv.XXXXXX")
trap 'rm -rf "$work"' EXIT

log () {
  echo "bench: $*" >&2
}

now_us () {
  local t=$EPOCHREALTIME
  echo "${t/[.,]/}"
}

median () {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "nan"; exit }
      if (NR % 2) printf "%.6g\n", v[(NR + 1) / 2]
      else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

# A realistic file the size the issue names (some 35 MB for 100 000 rows):
# names in several scripts, one email and phone each, headlines, tags, a
# LinkedIn address, and two or three sentences of notes (quoted, with commas,
# some with line breaks), as recruiters' exports have.
csv=$work/candidates.csv
log "generating $rows rows"
awk -v rows="$rows" 'BEGIN {
  split("José,Ana,Kavita,Björn,Fatima,Noah,Élodie,Olga,Wei,राजेश,Ольга,Yusuf,Mei,Liam,Zoë,Aarav,Sofía,Kenji,Amara,Lars", first, ",")
  split("García,Silva,Gupta,Nguyễn,Al-Hassan,Álvarez,Ferreira,Petrova,Zhang,कुमार,Иванова,Yılmaz,Tanaka,Murphy,Ångström,Sharma,López,Sato,Okafor,Berg", last, ",")
  split("Rust engineer at Contoso,Data analyst at Proseware,Product designer,Support specialist at Fabrikam,DevOps engineer,QA engineer at Litware,Frontend developer,Engineering manager", head, ",")
  split("Lyon,Pune,Oslo,Madrid,Nairobi,Osaka,Berlin,Montréal", city, ",")
  split("backend;data,design,go;rust,frontend,ops;cloud,qa,management", tags, ",")
  split("referral,LinkedIn,careers page,agency,event", src, ",")
  split("Met at a meetup, interested in the platform team and in mentoring.|Eight years of backend work, mostly payments and billing systems.|Prefers hybrid work, two days on site at most.|Led a team of five through a migration to Kubernetes.|Notice period of three months; salary expectations within the range.|Strong referral from a former colleague on the data team.|Portfolio shows solid accessibility work on a design system.|Open to relocation next year, would need visa sponsorship.|Contributed to several open-source GNOME and GTK projects.|Speaks French, Hindi and English; good fit for the Lyon office.|Asked about parental leave and the learning budget.|Second application; the first one stalled at the offer stage.", sent, "|")
  split("January,February,March,April,May,June,July,August,September,October,November,December", month, ",")
  print "Name,Email,Phone,City,Title,Source,Tags,LinkedIn,Notes"
  for (i = 0; i < rows; i++) {
    f = first[i % 20 + 1]; l = last[int(i / 20) % 20 + 1]
    note = "\"" sent[i % 12 + 1] " " sent[int(i / 12) % 12 + 1] " Expects " (60 + i % 90) "k, available from " month[i % 12 + 1] "."
    note = note (i % 3 == 0 ? "\nFollow up in spring, after the reorganisation of the team.\"" : " Call back next week to schedule a first interview.\"")
    printf "%s %s,person%d@example.org,+1 555 %07d,%s,%s,%s,%s,https://www.linkedin.com/in/person-%d,%s\n", f, l, i, i, city[i % 8 + 1], head[i % 8 + 1], src[i % 5 + 1], tags[i % 7 + 1], i, note
  }
}' > "$csv"
awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "csv_import_file_size %.1f MB\n", b / 1000000 }'

# The sqlite3 shell, twice. First the target: the same index as Shortlist's
# (same columns, tokenizer, detail and prefix indexes: migration 9 in
# src/core/sl-store-schema.c), so both tools do the same indexing work.
# Then, for information, a plain FTS5 index (all options left at their
# defaults), which could not meet the search targets: one- and two-letter
# prefixes need the prefix indexes, Devanagari names the tokenizer's options.
sql_head="PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE candidate (name TEXT, email TEXT, phone TEXT, city TEXT, title TEXT, source TEXT, tags TEXT, linkedin TEXT, notes TEXT);"
sql_tail=".import --csv --skip 1 $csv candidate
INSERT INTO candidate_fts (rowid, name, email, title, tags, notes)
  SELECT rowid, name, email, title, tags, notes FROM candidate;"
cat > "$work/sqlite3.sql" <<SQL
$sql_head
CREATE VIRTUAL TABLE candidate_fts USING fts5 (name, email, title, tags, notes,
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'", detail = column, prefix = '1 2');
$sql_tail
SQL
cat > "$work/sqlite3-plain.sql" <<SQL
$sql_head
CREATE VIRTUAL TABLE candidate_fts USING fts5 (name, email, title, tags, notes);
$sql_tail
SQL

sl_times=() sl_hwm=() sl_cpu=() sq_times=() sq_hwm=() sq_cpu=() sp_times=()
for ((run = 1; run <= runs; run++)); do
  log "run $run of $runs"

  rm -f "$work"/sl.db*
  sync
  start=$(now_us)
  /usr/bin/time -f '%M %U %S' -o "$work/sl.hwm" \
    "$cli" --database="$work/sl.db" candidate import "$csv" >"$work/sl.out" 2>"$work/sl.err"
  end=$(now_us)
  log "  shortlist-cli: $(cat "$work/sl.out")"
  if ! grep -q "^imported $rows, merged 0, skipped 0, failed 0$" "$work/sl.out"; then
    log "shortlist-cli did not import every row:"
    head -5 "$work/sl.err" >&2
    exit 1
  fi
  sl_times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')")
  sl_hwm+=("$(tail -1 "$work/sl.hwm" | awk '{ print $1 }')")
  sl_cpu+=("$(tail -1 "$work/sl.hwm" | awk '{ print $2 + $3 }')")

  rm -f "$work"/sq.db*
  sync
  start=$(now_us)
  /usr/bin/time -f '%M %U %S' -o "$work/sq.hwm" sqlite3 "$work/sq.db" <"$work/sqlite3.sql" >/dev/null
  end=$(now_us)
  sq_times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')")
  sq_hwm+=("$(tail -1 "$work/sq.hwm" | awk '{ print $1 }')")
  sq_cpu+=("$(tail -1 "$work/sq.hwm" | awk '{ print $2 + $3 }')")

  rm -f "$work"/sq.db*
  sync
  start=$(now_us)
  sqlite3 "$work/sq.db" <"$work/sqlite3-plain.sql" >/dev/null
  end=$(now_us)
  sp_times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')")
  log "  times: shortlist ${sl_times[-1]} s (CPU ${sl_cpu[-1]} s), sqlite3 ${sq_times[-1]} s (CPU ${sq_cpu[-1]} s), sqlite3 with a plain index ${sp_times[-1]} s"
done

sl_time=$(median "${sl_times[@]}")
sq_time=$(median "${sq_times[@]}")
echo "csv_import_rows $rows rows"
echo "csv_import_time $sl_time s"
awk -v n="$rows" -v t="$sl_time" 'BEGIN { printf "csv_import_rate %.0f rows/s\n", n / t }'
awk -v k="$(median "${sl_hwm[@]}")" 'BEGIN { printf "csv_import_vmhwm %.1f MB\n", k * 1024 / 1000000 }'
echo "sqlite3_import_fts_time $sq_time s"
awk -v n="$rows" -v t="$sq_time" 'BEGIN { printf "sqlite3_import_fts_rate %.0f rows/s\n", n / t }'
awk -v k="$(median "${sq_hwm[@]}")" 'BEGIN { printf "sqlite3_import_fts_vmhwm %.1f MB\n", k * 1024 / 1000000 }'
awk -v a="$sl_time" -v b="$sq_time" 'BEGIN { printf "csv_import_time_ratio %.2f x\n", a / b }'
sl_cpu_time=$(median "${sl_cpu[@]}")
sq_cpu_time=$(median "${sq_cpu[@]}")
echo "csv_import_cpu_time $sl_cpu_time s"
echo "sqlite3_import_fts_cpu_time $sq_cpu_time s"
awk -v a="$sl_cpu_time" -v b="$sq_cpu_time" 'BEGIN { printf "csv_import_cpu_time_ratio %.2f x\n", a / b }'
sp_time=$(median "${sp_times[@]}")
echo "sqlite3_import_plain_fts_time $sp_time s"
awk -v a="$sl_time" -v b="$sp_time" 'BEGIN { printf "csv_import_time_ratio_plain_fts %.2f x\n", a / b }'
