#!/usr/bin/env bash
# Sentiment quality: `earshot eval` on every dev file of ../shared/data/sentiment/
# (macro-F1, accuracy, coverage), one line per file. With ANCHORS=1 also runs
# the anchor packages on the same files for the side-by-side table.
#   bench/eval.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" daemon/earshot >/dev/null
printf '%-18s %-5s %8s %8s %9s\n' file lang macroF1 acc coverage
for f in ../shared/data/sentiment/*.tsv; do
  base=$(basename "$f" .tsv); lang=${base%%_*}
  [ -f "lexicons/$lang.lex" ] || { printf '%-18s %-5s (no lexicon)\n' "$base" "$lang"; continue; }
  "$build/daemon/earshot" eval "$f" --lang "$lang" --lexicons lexicons --json |
    awk -v b="$base" -v l="$lang" '{
      match($0, /"macro_f1":[0-9.]+/); f1 = substr($0, RSTART + 11, RLENGTH - 11);
      match($0, /"accuracy":[0-9.]+/); acc = substr($0, RSTART + 11, RLENGTH - 11);
      match($0, /"coverage":[0-9.]+/); cov = substr($0, RSTART + 11, RLENGTH - 11);
      printf "%-18s %-5s %8.4f %8.4f %8.1f%%\n", b, l, f1, acc, 100 * cov }'
  if [ "${ANCHORS:-0}" = 1 ]; then bash ../shared/bench/anchors/run.sh "$lang" "$f" 2>/dev/null | sed 's/^/    anchor /'; fi
done
