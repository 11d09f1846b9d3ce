#!/usr/bin/env bash
# EPUB throughput: a ~20 MB text (the samples, repeated) converted by the
# release build, then by pandoc -t epub3 when it is installed, both under
# /usr/bin/time -v. Prints MB/s (on CPU time and on wall time) and peak memory.
# usage: bench_epub.sh QUIRE_BINARY OUTPUT_FOLDER
set -euo pipefail
quire=$1
out=$2
mkdir -p "$out"
input=$out/bench.txt
: > "$input"
while [ "$(stat -c %s "$input")" -lt 20000000 ]; do cat Samples/*.txt >> "$input"; done
megabytes=$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.1f", b / 1e6 }')

measure() {  # name, command...
  local name=$1; shift
  /usr/bin/time -v "$@" 2> "$out/$name.time" >/dev/null
  awk -v name="$name" -v mb="$megabytes" '
    /User time/ { user = $NF } /System time/ { sys = $NF }
    /Elapsed/ { n = split($NF, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
    /Maximum resident/ { rss = $NF }
    END { printf "%-7s %s MB: cpu %.2f s (%.1f MB/s), wall %.2f s (%.1f MB/s), peak %.0f MB\n",
          name, mb, user + sys, mb / (user + sys), wall, mb / wall, rss / 1024 }' "$out/$name.time"
}

measure quire "$quire" convert "$input" -t epub -o "$out/bench.epub"
if command -v pandoc >/dev/null; then
  measure pandoc pandoc "$input" -f markdown -t epub3 -o "$out/bench-pandoc.epub"
fi
