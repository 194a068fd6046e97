#!/usr/bin/env bash
# The main job (README): build earshot and show what the analysis core does on
# bundled sample posts (fictional brand "Acme", six languages): the label, the
# compound score, and the explanation — every term with its lexicon valence,
# its adjusted valence and the rules that fired. Posts without a language tag
# get the language guess. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[ -d build ] || meson setup build --buildtype=release >/dev/null
ninja -C build >/dev/null
earshot=build/daemon/earshot
export ES_LEXICON_DIR=$PWD/lexicons

echo "== scoring sample posts with explanations (tests/data/demo/posts.txt)"
while IFS=$'\t' read -r lang text; do
  if [ -n "$lang" ]; then "$earshot" score --explain --lang "$lang" -- "$text"
  else "$earshot" score --explain -- "$text"; fi
  echo
done < tests/data/demo/posts.txt

echo "== speed on a generated corpus (1,000,000 texts per stage)"
"$earshot" bench
