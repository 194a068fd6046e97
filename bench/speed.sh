#!/usr/bin/env bash
# Speed goal of the analysis core: full scoring of ../shared/data/sentiment/en.tsv
# at >= 5x the texts/s of the fastest anchor package, measured in the same run.
# Prints both figures and the ratio. Needs node/npm for the anchors (run.sh
# installs them once into ~/.cache/earshot-anchors).
#   bench/speed.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" >/dev/null
data=../shared/data/sentiment/en.tsv
anchors=../shared/bench/anchors/run.sh

ours=$("$build/daemon/earshot" bench "$data" --lang en --lexicons lexicons | tee /dev/stderr |
       awk '/full scoring/{print $3}')
best=0; best_name=none
if [ -x "$anchors" ] || [ -f "$anchors" ]; then
  while IFS=$'\t' read -r _ name _ _ tps; do
    v=${tps#texts/s=}
    if awk -v a="$v" -v b="$best" 'BEGIN{exit !(a>b)}'; then best=$v; best_name=$name; fi
  done < <(bash "$anchors" en "$data" 2>/dev/null | tee /dev/stderr | grep 'texts/s=')
fi
echo "earshot full scoring: $ours texts/s; fastest anchor: $best_name $best texts/s"
awk -v a="$ours" -v b="$best" 'BEGIN{ if (b>0) printf "ratio: %.2fx (goal >= 5x)\n", a/b }'
