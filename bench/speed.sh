#!/usr/bin/env bash
# Speed goal of the analysis core: full scoring of ../shared/data/sentiment/en.tsv
# at >= 5x the texts/s of the fastest anchor package, measured in the same run.
# The shared machine's speed drifts by a third within minutes (other tenants,
# clock), and it moves both programs alike only when they run close together:
# so ROUNDS rounds (default 5) each run earshot and then the anchors back to
# back, print that round's ratio, and end with the median ratio. Needs
# node/npm for the anchors (run.sh installs them once into
# ~/.cache/earshot-anchors).
#   bench/speed.sh [build-dir]        ROUNDS=N bench/speed.sh …
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
rounds=${ROUNDS:-5}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" >/dev/null
data=../shared/data/sentiment/en.tsv
anchors=../shared/bench/anchors/run.sh
[ -f "$anchors" ] || { echo "no anchors at $anchors" >&2; exit 1; }

ratios=()
for r in $(seq "$rounds"); do
  out=$("$build/daemon/earshot" bench "$data" --lang en --lexicons lexicons)
  [ "$r" = 1 ] && printf '%s\n' "$out" >&2
  ours=$(awk '/full scoring/{print $3}' <<<"$out")
  best=0; best_name=none
  while IFS=$'\t' read -r _ name _ _ tps; do
    v=${tps#texts/s=}
    if awk -v a="$v" -v b="$best" 'BEGIN{exit !(a>b)}'; then best=$v; best_name=$name; fi
  done < <(bash "$anchors" en "$data" 2>/dev/null | grep 'texts/s=')
  ratio=$(awk -v a="$ours" -v b="$best" 'BEGIN{ printf "%.2f", (b > 0 ? a / b : 0) }')
  ratios+=("$ratio")
  echo "round $r: earshot full scoring $ours texts/s; fastest anchor $best_name $best texts/s; ratio ${ratio}x"
done
printf '%s\n' "${ratios[@]}" | sort -n |
  awk '{v[NR]=$1} END{m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2;
       printf "median ratio over %d rounds: %.2fx (goal >= 5x); lowest %.2fx, highest %.2fx\n", NR, m, v[1], v[NR]}'
