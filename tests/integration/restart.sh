#!/usr/bin/env bash
# earshotd keeps its windows across a restart and a crash (state_dir/windows),
# against a real, private redis-server.
#
#   restart.sh EARSHOTD LEXICON_DIR
#
#   1. posts early in a minute raise a negative_share alert; SIGTERM in the
#      middle of that minute; a new earshotd comes back with the windows and
#      the firing alert (no second "firing" event), more posts in the same
#      minute resolve it, and when the minute closes its bucket in Redis
#      counts the posts of both runs exactly once;
#   2. SIGKILL after a checkpoint (checkpoint_interval = 1s): the next start
#      has every post the checkpoint held;
#   3. a torn state file is refused with one log line, counted in
#      state_rejected, kept as windows.bad, and the daemon starts fresh.
# No time is asserted: the test waits for the wall clock to be early in a
# minute (the daemon has no test clock) and then for that minute to close,
# about a minute and a half in all. Exit 77 (skip) without redis-server.
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)
. "$(dirname "$0")/../lib.sh"
need redis-server redis-cli
it_init restart
it_redis
now_ms() { date +%s%3N; }

cat > "$dir/e.conf" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 5s
checkpoint_interval = 1s
lexicons = $lexicons
state_dir = $dir/state
[redis]
address = 127.0.0.1:$port
prefix = rs
[source in]
type = stdin
[brand acme]
query = acme
alert.sentiment_drop = off
alert.volume_spike = off
alert.flatline = off
alert.negative_share.window = 15m
alert.negative_share.min_mentions = 5
alert.negative_share.warmup = 0
alert.negative_share.cooldown = 0
EOF
mkdir -p "$dir/state"

run=0
start_daemon() { # a new earshotd reading a new FIFO on fd 3
  run=$((run + 1))
  exec 3>&- 2>/dev/null
  mkfifo "$dir/in$run"
  "$earshotd" -c "$dir/e.conf" < "$dir/in$run" 2> "$dir/daemon$run.log" &
  daemon_pid=$!
  exec 3> "$dir/in$run"
  # Its first flush: the now hash is rewritten after this start.
  local since; since=$(now_ms)
  for _ in $(seq 200); do
    [ "$(r HGET 'rs:{acme}:now' updated_ms 2>/dev/null || echo 0)" -gt "$since" ] 2>/dev/null && return 0
    sleep 0.05
  done
  echo "earshotd run $run did not flush (see below)"; cat "$dir/daemon$run.log"
}
stop_rc=
stop_daemon() { # stop_daemon SIGNAL: the exit code in $stop_rc
  kill "-$1" "$daemon_pid"; wait "$daemon_pid" 2>/dev/null; stop_rc=$?; daemon_pid=
}
post() { printf '{"id":"%s","text":"%s","author":"u%s","lang":"en"}\n' "$1" "$2" "$1" >&3; }
now() { r HGET 'rs:{acme}:now' "$1"; }
alert_states() { r XRANGE rs:alerts - + | awk 'p { print; p = 0 } /^state$/ { p = 1 }' | tr '\n' ' ' | sed 's/ $//'; }

# --- 1. SIGTERM in the middle of a minute ------------------------------------
# Early in a minute, so both runs' posts fall in it (the daemon has no test clock).
s=$(( $(date +%s) % 60 ))
[ "$s" -gt 20 ] && sleep $((61 - s))

start_daemon
t1=$(now_ms)
for i in $(seq 1 8); do post "a$i" "acme is bad"; done
WAIT_SECS=10 wait_for 8 now n_15m || true
check "run 1 counts the posts" 8 "$(now n_15m)"
WAIT_SECS=10 wait_for firing alert_states || true
check "negative_share fires" "firing" "$(alert_states)"
stop_daemon TERM; check "SIGTERM exits 0" 0 "$stop_rc"
check "the windows were saved" 1 "$([ -s "$dir/state/windows" ] && echo 1 || echo 0)"

start_daemon
check "the state is read back" 1 "$(grep -c 'restored the windows and alert states of 1 brands' "$dir/daemon2.log")"
check "run 2 starts with run 1's windows" 8 "$(now n_15m)"
check "run 2 starts with run 1's negatives" 8 "$(now neg_15m)"
check "the alert is still firing" "negative_share" "$(now alerts_firing)"
for i in $(seq 1 4); do post "b$i" "acme is bad"; done
WAIT_SECS=10 wait_for 12 now n_15m || true
check "run 2 adds to them" 12 "$(now n_15m)"
check "no second firing event" "firing" "$(alert_states)"
for i in $(seq 1 20); do post "c$i" "acme is great"; done
WAIT_SECS=10 wait_for "firing resolved" alert_states || true
check "the alert resolves after the restart (12 of 32 negative)" "firing resolved" "$(alert_states)"
t2=$(now_ms)
minute=$(( t1 / 60000 * 60000 ))
check "both runs' posts fell in one minute" "$minute" "$(( t2 / 60000 * 60000 ))"

# The minute closes: its bucket holds both runs, once.
bucket_n() { r XRANGE 'rs:{acme}:w:1m' "$minute-0" "$minute-0" | awk 'p { print; p = 0 } /^n$/ { p = 1 }'; }
WAIT_SECS=90 wait_for 32 bucket_n || true
check "the minute's bucket counts both runs exactly once" 32 "$(bucket_n)"
check "its negatives" 12 "$(r XRANGE 'rs:{acme}:w:1m' "$minute-0" "$minute-0" | awk 'p { print; p = 0 } /^neg$/ { p = 1 }')"
check "one entry for that minute" 1 "$(r XRANGE 'rs:{acme}:w:1m' "$minute-0" "$minute-0" | grep -c "^$minute-0$")"

# --- 2. SIGKILL after a checkpoint --------------------------------------------
for i in $(seq 1 6); do post "d$i" "acme is great"; done
WAIT_SECS=10 wait_for 38 now n_15m || true
check "run 2 counts the new posts" 38 "$(now n_15m)"
cp0=$(r HGET rs:stats checkpoints)
WAIT_SECS=10 wait_for 1 sh -c "[ \$(redis-cli -p $port HGET rs:stats checkpoints) -ge $((cp0 + 2)) ] && echo 1" || true
check "checkpoints are taken" 1 "$([ "$(r HGET rs:stats checkpoints)" -ge $((cp0 + 2)) ] && echo 1 || echo 0)"
stop_daemon KILL; check "killed" 137 "$stop_rc"
start_daemon
check "after a crash, the last checkpoint's windows are back" 38 "$(now n_15m)"
check "nothing was rejected" 0 "$(r HGET rs:stats state_rejected)"
stop_daemon TERM; check "SIGTERM exits 0" 0 "$stop_rc"

# --- 3. a torn state file -----------------------------------------------------
size=$(stat -c %s "$dir/state/windows")
truncate -s $((size / 2)) "$dir/state/windows"
start_daemon
check "a torn file is refused in one log line" 1 "$(grep -c 'windows: checksum mismatch (torn or corrupt); every brand starts with empty windows' "$dir/daemon4.log")"
check "and counted" 1 "$(r HGET rs:stats state_rejected)"
check "and kept aside" 1 "$([ -f "$dir/state/windows.bad" ] && echo 1 || echo 0)"
check "the windows start empty" 0 "$(now n_15m)"
stop_daemon TERM; check "SIGTERM exits 0" 0 "$stop_rc"

if [ "$failures" -ne 0 ]; then
  for f in "$dir"/daemon*.log; do echo "--- $f"; cat "$f"; done
fi
it_done
