#!/usr/bin/env bash
# Language-guess goal: >= 95% accuracy over the texts of every file in
# ../shared/data/sentiment/ and "und" rather than a wrong language for texts
# shorter than 20 letters. Prints the per-file table of `earshot langid`.
#   bench/langid.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" >/dev/null
"$build/daemon/earshot" langid ../shared/data/sentiment/*.tsv
