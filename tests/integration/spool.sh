#!/usr/bin/env bash
# Integration test of earshotd's disk spool through Redis outages.
#
#   spool.sh EARSHOTD LEXICON_DIR
#
# A private redis-server (append-only, so a restart keeps what was
# acknowledged) and earshotd with a small memory queue (queue_max 64KiB) and
# a state_dir in the test's temp dir, posts written into a FIFO on its stdin:
#   1. Redis killed (not stopped: the socket must fail), posts keep flowing:
#      the source keeps reading, the overflow goes to spool files; Redis
#      restarted on the same port and dir: every mention lands exactly once
#      and in order, the stats say spooled == unspooled, nothing dropped, and
#      the spool files are gone;
#   2. Redis killed again, more posts, then SIGTERM: earshotd exits 0 with
#      the unwritten writes in the spool; Redis restarted, then earshotd:
#      the spooled mentions land first, in order, exactly once.
# Waits poll (generous limits); no fixed sleep is an assertion. Everything is
# stopped by pid at the end. Exit 77 (skip) without redis-server.
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)
. "$(dirname "$0")/../lib.sh"
need redis-server redis-cli python3
it_init spool
feeder_pid=
it_cleanup_hook() { [ -n "$feeder_pid" ] && kill -KILL "$feeder_pid" 2>/dev/null; }
port=$(free_port)
start_redis() { it_redis --appendonly yes --appendfsync always; }
stop_redis() { kill -KILL "$redis_pid"; wait "$redis_pid" 2>/dev/null; redis_pid=; }
segments() { find "$dir/state/spool" -name '*.seg' 2>/dev/null | wc -l; }
spool_bytes() { cat "$dir"/state/spool/*.seg 2>/dev/null | wc -c; }
# Bytes written into the FIFO that earshotd has not read yet.
unread_fifo() { python3 -c 'import array, fcntl, termios; a = array.array("i", [0]); fcntl.ioctl(3, termios.FIONREAD, a); print(a[0])'; }
# The `id` field of every mention, in stream order.
mention_ids() { r XRANGE 'sp:{acme}:mentions' - + | awk 'prev == "id" { print } { prev = $0 }'; }

mkdir "$dir/state"
cat > "$dir/e.conf" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 2s
queue_max = 64KiB
spool_max = 64MiB
state_dir = $dir/state
lexicons = $lexicons
[redis]
address = 127.0.0.1:$port
prefix = sp
[source in]
type = stdin
[brand acme]
query = acme
EOF

start_daemon() {
  rm -f "$dir/in"
  mkfifo "$dir/in"
  "$earshotd" -c "$dir/e.conf" < "$dir/in" 2>> "$dir/daemon.log" &
  daemon_pid=$!
  exec 3> "$dir/in"
}
# feed FROM TO PREFIX: posts PREFIX<i> in the background (the FIFO blocks when earshotd pauses).
feed() {
  ( for i in $(seq "$1" "$2"); do
      printf '{"id":"%s%d","text":"acme outage report number %d from the Zephyr Air lounge","author":"u%d","lang":"en"}\n' \
        "$3" "$i" "$i" "$i"
    done >&3 ) &
  feeder_pid=$!
}
feeder_done() { kill -0 "$feeder_pid" 2>/dev/null && echo 0 || echo 1; }

start_redis
start_daemon

# --- 1. an outage goes to disk, and comes back in order -----------------------
feed 1 20 p; WAIT_SECS=30 wait_for 20 r XLEN 'sp:{acme}:mentions'
check "Redis up: the first posts are written" 20 "$(r XLEN 'sp:{acme}:mentions')"
check "no spool while Redis keeps up" 0 "$(segments)"

stop_redis
N=1500
feed 1 "$N" d
WAIT_SECS=60 wait_for 1 feeder_done
check "the source kept reading while Redis was down" 1 "$(feeder_done)"
WAIT_SECS=30 wait_for 0 unread_fifo
check "earshotd read every post" 0 "$(unread_fifo)"
WAIT_SECS=30 wait_for 1 bash -c "[ \$(cat $dir/state/spool/*.seg 2>/dev/null | wc -c) -gt 200000 ] && echo 1"
check "the outage went to spool files (more than 200 kB)" 1 "$([ "$(spool_bytes)" -gt 200000 ] && echo 1 || echo 0)"
check "the daemon is still running" 1 "$(kill -0 "$daemon_pid" 2>/dev/null && echo 1 || echo 0)"

start_redis
WAIT_SECS=90 wait_for $((20 + N)) r XLEN 'sp:{acme}:mentions'
check "every mention is in Redis after the outage" $((20 + N)) "$(r XLEN 'sp:{acme}:mentions')"
expected=$( (seq 1 20 | sed 's/^/p/'; seq 1 "$N" | sed 's/^/d/') | tr '\n' ' ')
check "exactly once and in order" "$expected" "$(mention_ids | tr '\n' ' ')"
check "first entry" "p1" "$(mention_ids | head -1)"
check "last entry" "d$N" "$(mention_ids | tail -1)"
WAIT_SECS=30 wait_for 0 segments
check "the spool files are deleted once written" 0 "$(segments)"
WAIT_SECS=10 wait_for 1 bash -c "[ \"\$(redis-cli -p $port HGET sp:stats spooled)\" = \"\$(redis-cli -p $port HGET sp:stats unspooled)\" ] && [ \"\$(redis-cli -p $port HGET sp:stats spool_bytes)\" = 0 ] && echo 1"
spooled=$(r HGET sp:stats spooled)
check "stats: something was spooled" 1 "$([ "${spooled:-0}" -gt 1000 ] && echo 1 || echo 0)"
check "stats: spooled == unspooled" "$spooled" "$(r HGET sp:stats unspooled)"
check "stats: spool_bytes back to 0" 0 "$(r HGET sp:stats spool_bytes)"
check "stats: no corrupt records" 0 "$(r HGET sp:stats spool_corrupt)"
check "stats: nothing dropped" 0 "$(r HGET sp:stats redis_dropped)"

# --- 2. SIGTERM during an outage: the next run writes what was left ---------
stop_redis
M=400
feed 1 "$M" t
WAIT_SECS=60 wait_for 1 feeder_done
WAIT_SECS=30 wait_for 0 unread_fifo
check "earshotd read the posts sent during the second outage" 0 "$(unread_fifo)"
kill -TERM "$daemon_pid"
wait "$daemon_pid"; rc=$?; daemon_pid=
exec 3>&-
check "SIGTERM with Redis down exits 0" 0 "$rc"
check "the unwritten writes stay in the spool" 1 "$([ "$(segments)" -gt 0 ] && echo 1 || echo 0)"
check "and the log says so" 1 "$(grep -c 'writes kept in the spool for the next start' "$dir/daemon.log" | awk '{print ($1 > 0)}')"

start_redis
start_daemon
total=$((20 + N + M))
WAIT_SECS=90 wait_for "$total" r XLEN 'sp:{acme}:mentions'
check "every mention is in Redis after the restart" "$total" "$(r XLEN 'sp:{acme}:mentions')"
check "the spooled ones are in order, exactly once" "$(seq 1 "$M" | sed 's/^/t/' | tr '\n' ' ')" \
  "$(mention_ids | grep '^t' | tr '\n' ' ')"
check "last entry" "t$M" "$(mention_ids | tail -1)"
check "the restart read the previous run's spool" 1 "$(grep -c 'from a previous run go to Redis before new ones' "$dir/daemon.log" | awk '{print ($1 > 0)}')"
WAIT_SECS=30 wait_for 0 segments
check "the spool is empty again" 0 "$(segments)"
feed 1 5 n; WAIT_SECS=30 wait_for $((total + 5)) r XLEN 'sp:{acme}:mentions'
check "new posts after the replay" "n5" "$(mention_ids | tail -1)"
kill -TERM "$daemon_pid"
wait "$daemon_pid"; rc=$?; daemon_pid=
check "a clean stop with Redis up exits 0" 0 "$rc"

if [ "$failures" -ne 0 ]; then
  echo "--- daemon log"; tail -50 "$dir/daemon.log"
fi
it_done
