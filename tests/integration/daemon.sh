#!/usr/bin/env bash
# Integration test of earshotd against a real, private redis-server.
#
#   daemon.sh EARSHOTD LEXICON_DIR
#
# Starts redis-server on a free loopback port in a temp dir (append-only, so a
# restart keeps what was acknowledged), runs earshotd with posts written into
# a FIFO on its stdin, and checks what lands in Redis:
#   1. mentions, tagged/untagged counts and windows match what was sent;
#      malformed, invalid-UTF-8 and oversized lines are counted and skipped;
#   2. Redis killed mid-stream and restarted: every mention is there after;
#   3. SIGHUP with a broken config keeps the running one; with a good one,
#      a new brand starts counting;
#   4. SIGTERM flushes and exits 0.
# Everything is stopped by pid at the end. Exit 77 (skip) without redis-server.
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)  # the config resolves relative paths against its own directory
. "$(dirname "$0")/../lib.sh"
need redis-server redis-cli
it_init it
port=$(free_port)
start_redis() { it_redis --appendonly yes --appendfsync always; }

write_config() { # write_config FILE EXTRA_BRAND_SECTION
  cat > "$1" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 5s
lexicons = $lexicons
state_dir = $dir/state
[redis]
address = 127.0.0.1:$port
prefix = it
[source in]
type = stdin
max_line = 2KiB
[brand acme]
query = acme OR @acmebank
handles = acmebank
$2
EOF
}

post() { # post ID TEXT [extra json]
  printf '{"id":"%s","text":"%s","author":"u%s","lang":"en"%s}\n' "$1" "$2" "$1" "${3:-}" >&3
}

start_redis
r SADD it:sources gone > /dev/null  # a source of an older configuration
write_config "$dir/e.conf" ""
mkfifo "$dir/in"
"$earshotd" -c "$dir/e.conf" < "$dir/in" 2> "$dir/daemon.log" &
daemon_pid=$!
exec 3> "$dir/in"

# --- 1. counts, tagged/untagged, bad lines ----------------------------------
for i in $(seq 1 40); do post "a$i" "acme is great"; done
for i in $(seq 1 20); do post "t$i" "@acmebank this is bad" ',"mentions":["acmebank"]'; done
for i in $(seq 1 10); do post "x$i" "unrelated post"; done
printf '{not json\n' >&3
printf '{"id":"u1","text":"acme \xc3\x28 broken utf8","lang":"en"}\n' >&3
printf '{"id":"big","text":"acme %04000d"}\n' 0 >&3
wait_for 60 r XLEN 'it:{acme}:mentions' || true
check "every matched post is a mention" 60 "$(r XLEN 'it:{acme}:mentions')"
wait_for 60 r HGET 'it:{acme}:now' n_1m || true
check "1m window counts them" 60 "$(r HGET 'it:{acme}:now' n_1m)"
check "tagged by @mention" 20 "$(r HGET 'it:{acme}:now' tagged_1m)"
check "untagged" 40 "$(r HGET 'it:{acme}:now' untagged_1m)"
check "positive" 40 "$(r HGET 'it:{acme}:now' pos_1m)"
check "negative" 20 "$(r HGET 'it:{acme}:now' neg_1m)"
check "posts read" 70 "$(r HGET it:stats posts_in)"
check "malformed and invalid UTF-8 lines counted" 2 "$(r HGET it:stats parse_errors)"
check "oversized line counted" 1 "$(r HGET it:stats oversized)"
check "the stream went on after the bad lines" 1 "$(kill -0 $daemon_pid 2>/dev/null && echo 1 || echo 0)"
wait_for "stdin 70 2 1 0" sh -c "redis-cli -p $port HMGET it:source:in type posts malformed oversized stopped | xargs" || true
check "the source's state line: type, posts, malformed, oversized, not stopped" "stdin 70 2 1 0" \
  "$(r HMGET it:source:in type posts malformed oversized stopped | xargs)"
check "its state says what it does" 1 "$(r HGET it:source:in state | grep -c .)"
check "the sources set lists the running sources only" "in" "$(r SMEMBERS it:sources | xargs)"
check "no scratch key left behind" 0 "$(r EXISTS 'it:sources:{it:sources}')"
top=$("$(dirname "$earshotd")/earshot" top --redis "127.0.0.1:$port" --prefix it --once)
check "earshot top shows the source's line" 1 "$(grep -c '^source in (stdin): .*; posts 70, last post [0-9:]*, reconnects 0$' <<< "$top")"
ttl=$(r PTTL it:source:in)
check "the state line expires unless rewritten (0 < TTL <= 60 s)" 1 \
  "$([ "$ttl" -gt 0 ] && [ "$ttl" -le 60000 ] && echo 1 || echo 0)"

# --- 2. Redis down mid-stream, then back ------------------------------------
kill -KILL "$redis_pid"; wait "$redis_pid" 2>/dev/null; redis_pid=
for i in $(seq 1 50); do post "d$i" "acme outage post number $i"; done
sleep 0.5
start_redis
wait_for 110 r XLEN 'it:{acme}:mentions' || true
check "nothing lost while Redis was down" 110 "$(r XLEN 'it:{acme}:mentions')"
check "the mention ids are all there" 50 "$(r XRANGE 'it:{acme}:mentions' - + | grep -c '^d[0-9]*$')"
sleep 0.3
check "no write was dropped" 0 "$(r HGET it:stats redis_dropped)"
check "the queue drained (only the last flush's own writes left)" 1 \
  "$([ "$(r HGET it:stats queue_bytes)" -lt 20000 ] && echo 1 || echo 0)"

# --- 2b. Redis refusing writes for a while (OOM): kept and retried ----------
r CONFIG SET maxmemory 1 >/dev/null
for i in $(seq 1 10); do post "m$i" "acme during oom $i"; done
sleep 1
r CONFIG SET maxmemory 0 >/dev/null
wait_for 120 r XLEN 'it:{acme}:mentions' || true
check "writes refused with OOM are retried, not lost" 120 "$(r XLEN 'it:{acme}:mentions')"
check "the OOM was seen and logged" 1 "$(grep -c 'OOM.*reconnecting and retrying' "$dir/daemon.log" | awk '{print ($1 > 0)}')"

# --- 3. SIGHUP: a bad config stays out, a good one comes in -----------------
sed 's/^query = acme OR @acmebank$/query = (acme OR @acmebank/' "$dir/e.conf" > "$dir/e.conf.bad"
bad_line=$(grep -n '^query = (acme' "$dir/e.conf.bad" | cut -d: -f1)
cp "$dir/e.conf.bad" "$dir/e.conf"
kill -HUP "$daemon_pid"
wait_for 1 r HGET it:stats reload_failures || true
check "a broken config is refused on SIGHUP" 1 "$(r HGET it:stats reload_failures)"
check "and the daemon keeps running" 1 "$(kill -0 $daemon_pid 2>/dev/null && echo 1 || echo 0)"
check "the refusal is logged with file:line" 1 "$(grep -c "reload refused.*e.conf:$bad_line: query" "$dir/daemon.log")"
write_config "$dir/e.conf" "[brand globex]
query = globex"
kill -HUP "$daemon_pid"
wait_for 1 r HGET it:stats reloads || true
check "a good config is applied on SIGHUP" 1 "$(r HGET it:stats reloads)"
for i in $(seq 1 5); do post "g$i" "globex is nice"; done
wait_for 5 r XLEN 'it:{globex}:mentions' || true
check "the new brand counts" 5 "$(r XLEN 'it:{globex}:mentions')"

# --- 4. SIGTERM flushes and exits 0 -----------------------------------------
for i in $(seq 1 7); do post "z$i" "acme last words"; done
sleep 0.2
kill -TERM "$daemon_pid"
wait "$daemon_pid"; rc=$?; daemon_pid=
check "SIGTERM exits 0" 0 "$rc"
check "the last posts were flushed" 127 "$(r XLEN 'it:{acme}:mentions')"
check "the shutdown was clean" 1 "$(grep -c 'every write reached Redis' "$dir/daemon.log")"

if [ "$failures" -ne 0 ]; then
  echo "--- daemon log"; cat "$dir/daemon.log"
fi
it_done
