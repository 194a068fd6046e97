#!/usr/bin/env bash
# The main job (README): run the real earshotd on a recorded multilingual
# stream (tests/data/demo/stream.ndjson: three fictional brands, tagged and
# untagged posts in eight languages, an outage at Acme Bank, a silence at
# Umbrella Air) against a private redis-server, and watch it live with
# `earshot top`: windows, sentiment, and alerts that fire and resolve.
# Takes about three and a half minutes; installs what it needs first.
#   scripts/demo.sh            the live demo
#   DEMO_SCORE=1 scripts/demo.sh   also score sample posts with explanations first
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/install-deps.sh
[ -d build ] || meson setup build --buildtype=release >/dev/null
ninja -C build >/dev/null
earshot=$root/build/daemon/earshot
earshotd=$root/build/daemon/earshotd

if [ "${DEMO_SCORE:-0}" = 1 ]; then
  echo "== the analysis core on sample posts (tests/data/demo/posts.txt)"
  while IFS=$'\t' read -r lang text; do
    if [ -n "$lang" ]; then "$earshot" score --explain --lang "$lang" --lexicons lexicons -- "$text"
    else "$earshot" score --explain --lexicons lexicons -- "$text"; fi
    echo
  done < tests/data/demo/posts.txt
fi

dir=$(mktemp -d /tmp/earshot-demo-XXXXXX)
redis_pid=
daemon_pid=
cleanup() {
  [ -n "$daemon_pid" ] && kill -TERM "$daemon_pid" 2>/dev/null && wait "$daemon_pid" 2>/dev/null
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

# A private redis-server on a free loopback port, in the temp dir.
. scripts/private-redis.sh
port=$(free_port)
start_private_redis "$dir" "$port" --appendonly no

cp tests/data/demo/stream.ndjson "$dir/"
sed -e "s|@PORT@|$port|" -e "s|@LEXICONS@|$root/lexicons|" -e "s|@STATE@|$dir/state|" tests/data/demo/earshot.conf.in > "$dir/earshot.conf"
"$earshotd" --check -c "$dir/earshot.conf"
"$earshotd" -c "$dir/earshot.conf" 2> "$dir/earshotd.log" &
daemon_pid=$!

echo "== earshotd is replaying a recorded stream (200 s) into redis on port $port; earshot top follows"
sleep 2
if [ -t 1 ]; then
  "$earshot" top --redis "127.0.0.1:$port" --prefix demo --interval 1000 --count 215
else
  "$earshot" top --redis "127.0.0.1:$port" --prefix demo --interval 20000 --count 11
fi

echo
echo "== the end state (earshot top --once)"
"$earshot" top --redis "127.0.0.1:$port" --prefix demo --once
echo
echo "== earshotd's log (alerts are logged as they fire and resolve)"
cat "$dir/earshotd.log"
