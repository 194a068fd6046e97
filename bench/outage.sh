#!/usr/bin/env bash
# No-loss and freshness goals of earshotd, against a private redis-server:
#  - freshness: posts written one at a time into earshotd's stdin; for each,
#    the time until the brand's `now` hash (n_1m) reflects it; prints the
#    median and the worst of 20 (goal: within 1 s, the default flush interval);
#  - outage: posts at RATE/s (default 1000) for the whole run while Redis is
#    killed for OUTAGE seconds (default 60) and restarted (append-only, same
#    port); prints posts sent and mentions in Redis at the end (goal: equal).
#   bench/outage.sh [build-dir] [outage-seconds] [rate]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
outage=${2:-60}
rate=${3:-1000}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" >/dev/null
dir=$(mktemp -d /tmp/earshot-outage-XXXXXX)
redis_pid=; daemon_pid=; feeder_pid=
cleanup() {
  for p in $feeder_pid $daemon_pid $redis_pid; do kill -KILL "$p" 2>/dev/null || true; done
  exec 3>&- 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
. scripts/private-redis.sh
port=$(free_port)
start_redis() { start_private_redis "$dir" "$port" --appendonly yes --appendfsync everysec; }
start_redis
printf '[daemon]\nlexicons = %s\nstate_dir = %s\n[redis]\naddress = 127.0.0.1:%s\nprefix = o\nmentions_maxlen = 10000000\n[source in]\ntype = stdin\n[brand acme]\nquery = acme\n' \
  "$PWD/lexicons" "$dir/state" "$port" > "$dir/o.conf"
mkfifo "$dir/in"
"$build/daemon/earshotd" -c "$dir/o.conf" < "$dir/in" 2> "$dir/daemon.log" &
daemon_pid=$!
exec 3> "$dir/in"
sleep 0.5

# --- freshness ---------------------------------------------------------------
lat=()
for i in $(seq 1 20); do
  before=$(redis-cli -p "$port" HGET 'o:{acme}:now' n_1h); before=${before:-0}
  t0=$(date +%s%N)
  printf '{"id":"f%d","text":"acme fresh post %d","lang":"en"}\n' "$i" "$i" >&3
  while [ "$(redis-cli -p "$port" HGET 'o:{acme}:now' n_1h || echo 0)" = "$before" ]; do sleep 0.01; done
  lat+=($(( ($(date +%s%N) - t0) / 1000000 )))
  sleep 0.$((RANDOM % 9 + 1))
done
sorted=$(printf '%s\n' "${lat[@]}" | sort -n)
echo "freshness: post -> now hash, median $(echo "$sorted" | sed -n 10p) ms, worst $(echo "$sorted" | tail -1) ms (20 posts)"

# --- outage ------------------------------------------------------------------
total=$(( (outage + 20) * rate ))
( i=0; while [ $i -lt $total ]; do
    for _ in $(seq 1 $((rate / 10))); do printf '{"id":"o%d","text":"acme outage post %d","lang":"en"}\n' $i $i; i=$((i + 1)); done
    sleep 0.1
  done ) >&3 &
feeder_pid=$!
sleep 10
kill -KILL "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
sleep "$outage"
start_redis
wait "$feeder_pid"; feeder_pid=
for _ in $(seq 600); do
  n=$(redis-cli -p "$port" XLEN 'o:{acme}:mentions')
  [ "$n" -ge $((total + 20)) ] && break; sleep 0.5
done
echo "outage: Redis down ${outage} s with posts at ${rate}/s: sent $((total + 20)) posts, $(redis-cli -p "$port" XLEN 'o:{acme}:mentions') mentions in Redis, dropped $(redis-cli -p "$port" HGET o:stats redis_dropped)"
