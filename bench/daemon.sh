#!/usr/bin/env bash
# Throughput of the whole daemon: earshotd replays N generated posts (default
# 1,000,000) as fast as it can from a file into a private redis-server, and
# this prints posts/s (until earshotd has counted every post; its own counter,
# read from Redis), the seconds Redis then needed to take the rest of the
# queue, Redis commands per post, and earshotd's RSS at start and end.
#   bench/daemon.sh [build-dir] [posts] [brands]
# brands: 10 (default) or e.g. 1000 for the query-scale goal (10 atoms each).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
posts=${2:-1000000}
brands=${3:-10}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" >/dev/null
dir=$(mktemp -d /tmp/earshot-bench-XXXXXX)
redis_pid=; daemon_pid=
cleanup() {
  [ -n "$daemon_pid" ] && kill -KILL "$daemon_pid" 2>/dev/null
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT

# Posts: a brand name (one of $brands) in 9 of 10 posts, mixed sentiment, a few tagged.
awk -v n="$posts" -v b="$brands" 'BEGIN {
  split("great service thanks|still waiting for my refund|app is down again|not bad at all|love the new card|worst support ever|ok I guess|charged me twice|quick reply, sorted", t, "|");
  srand(7);
  for (i = 0; i < n; i++) {
    k = int(rand() * b); txt = t[1 + int(rand() * 9)];
    if (rand() < 0.1) printf "{\"id\":\"%d\",\"text\":\"nothing to see %d\",\"lang\":\"en\"}\n", i, i;
    else if (rand() < 0.3) printf "{\"id\":\"%d\",\"text\":\"@brand%d %s\",\"author\":\"u%d\",\"lang\":\"en\",\"mentions\":[\"brand%d\"]}\n", i, k, txt, i % 5000, k;
    else printf "{\"id\":\"%d\",\"text\":\"brand%d %s\",\"author\":\"u%d\",\"lang\":\"en\"}\n", i, k, txt, i % 5000;
  } }' > "$dir/posts.ndjson"

. scripts/private-redis.sh
port=$(free_port)
start_private_redis "$dir" "$port" --appendonly no

{
  printf '[daemon]\nflush_interval = 1s\nlexicons = %s\nstate_dir = %s\nqueue_max = 256MiB\n' "$PWD/lexicons" "$dir/state"
  printf '[redis]\naddress = 127.0.0.1:%s\nprefix = b\nmentions_maxlen = 1000\n' "$port"
  printf '[source f]\ntype = file\npath = %s/posts.ndjson\n' "$dir"
  for k in $(seq 0 $((brands - 1))); do
    printf '[brand b%d]\nquery = brand%d OR @brand%d OR "brand%d bank" OR brand%dapp OR #brand%d OR (brand%d (card OR app OR support)) -spam%d\nhandles = brand%d\n' \
      "$k" "$k" "$k" "$k" "$k" "$k" "$k" "$k" "$k"
  done
} > "$dir/bench.conf"

cmds0=$(redis-cli -p "$port" INFO stats | awk -F: '/total_commands_processed/{print $2+0}')
start=$(date +%s.%N)
"$build/daemon/earshotd" -c "$dir/bench.conf" 2> "$dir/daemon.log" &
daemon_pid=$!
sleep 0.5
rss_start=$(awk '/VmRSS/{print $2}' /proc/$daemon_pid/status)
while :; do
  n=$(redis-cli -p "$port" HGET b:stats posts_in 2>/dev/null || echo 0)
  [ "${n:-0}" -ge "$posts" ] && break
  kill -0 "$daemon_pid" 2>/dev/null || { echo "earshotd exited"; cat "$dir/daemon.log"; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
rss_end=$(awk '/VmRSS/{print $2}' /proc/$daemon_pid/status)
# Then until Redis has taken the queue down to about one flush of writes.
while :; do
  w1=$(redis-cli -p "$port" HGET b:stats redis_written); sleep 1
  w2=$(redis-cli -p "$port" HGET b:stats redis_written)
  [ $((w2 - w1)) -lt $((brands * 12 + 100)) ] && break
done
drained=$(date +%s.%N)
cmds1=$(redis-cli -p "$port" INFO stats | awk -F: '/total_commands_processed/{print $2+0}')
mentions=$(redis-cli -p "$port" HGET b:stats mentions)
dropped=$(redis-cli -p "$port" HGET b:stats redis_dropped)
kill -TERM "$daemon_pid"; wait "$daemon_pid" || true; daemon_pid=
awk -v p="$posts" -v s="$start" -v e="$end" -v c0="$cmds0" -v c1="$cmds1" -v m="$mentions" \
    -v r0="$rss_start" -v r1="$rss_end" -v b="$brands" -v d="$dropped" -v dr="$drained" 'BEGIN {
  printf "brands %d: %d posts (%d mentions) in %.1f s = %.0f posts/s; Redis took the rest of the queue %.1f s later; %.2f Redis commands per post; dropped %d; RSS %d kB at start, %d kB at end\n",
    b, p, m, e - s, p / (e - s), dr - e, (c1 - c0) / p, d, r0, r1 }'
