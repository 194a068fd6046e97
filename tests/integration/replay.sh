#!/usr/bin/env bash
# The demo's recorded stream through earshotd's pipeline with driven time
# (`earshot replay`): the mentions and tagged/untagged counts are exact (they
# depend only on the queries and the stream), and the incident must raise
# sentiment_drop, negative_share and volume_spike for Acme and flatline for
# Umbrella, each firing once and resolving once, in that order.
#   replay.sh EARSHOT SOURCE_ROOT
set -uo pipefail
earshot=$1
root=$(cd "$2" && pwd)
. "$(dirname "$0")/../lib.sh"
it_init replay
sed -e "s|@PORT@|6379|" -e "s|@LEXICONS@|$root/lexicons|" -e "s|@STATE@|$dir/state|" "$root/tests/data/demo/earshot.conf.in" > "$dir/demo.conf"
"$earshot" replay -c "$dir/demo.conf" "$root/tests/data/demo/stream.ndjson" > "$dir/out" 2>&1 || { cat "$dir/out"; exit 1; }

field() { grep "^brand $1:" "$dir/out" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
check "posts replayed, bad lines counted" "replayed 1101 posts (2 bad lines)" "$(grep -o 'replayed [0-9]* posts ([0-9]* bad lines)' "$dir/out")"
check "acme mentions" 556 "$(field acme mentions)"
check "acme tagged" 246 "$(field acme tagged)"
check "acme untagged" 310 "$(field acme untagged)"
check "globex mentions" 249 "$(field globex mentions)"
check "umbrella mentions" 179 "$(field umbrella mentions)"
for t in sentiment_drop negative_share volume_spike; do
  check "acme $t fires then resolves" "firing resolved" \
    "$(grep "type=$t brand=acme " "$dir/out" | awk '{print $3}' | tr '\n' ' ' | sed 's/ $//')"
done
check "umbrella flatline fires then resolves" "firing resolved" \
  "$(grep 'type=flatline brand=umbrella ' "$dir/out" | awk '{print $3}' | tr '\n' ' ' | sed 's/ $//')"
check "no alert for globex" 0 "$(grep -c 'brand=globex ' "$dir/out")"
[ "$failures" -eq 0 ] || cat "$dir/out"
it_done
