# tests/lib.sh — sourced by the shell tests (tests/integration/*.sh,
# tests/system/dashboard.sh): a temp directory, TAP-style checks, a private
# redis-server, and cleanup of everything the test started, by pid.
#
#   it_init NAME         dir=/tmp/earshot-NAME-XXXXXX; failures=0; n=0; the
#                        pids below start empty; cleanup runs at exit
#                        (KEEP=1 keeps the directory and says where)
#   need CMD...          exit 77 (meson's "skipped") unless every CMD exists
#   it_redis [OPTS...]   port=free loopback port; redis-server in $dir with
#                        OPTS (append-only etc.); r CMD... talks to it
#   check DESC WANT GOT  prints "ok N - DESC" or "not ok N - DESC: …"
#   wait_for WANT CMD... until CMD prints WANT; WAIT_SECS (default 10) long
#   wait_ok CMD...       until CMD succeeds; as long
#   it_done              prints "P passed, F failed" and exits 1 on failure
#
# Processes the test starts go into these, and cleanup kills them:
#   daemon_pid, redis_pid  (SIGKILL)   extra_pids=()  (SIGKILL)
#   fake_pids=()           (SIGTERM: the fakes close their sockets)
# A test that needs more at exit defines it_cleanup_hook. File descriptor 3
# (the FIFO some tests feed earshotd through) is closed.

. "$(dirname "${BASH_SOURCE[0]}")/../scripts/private-redis.sh"

it_init() {
  dir=$(mktemp -d "/tmp/earshot-$1-XXXXXX")
  failures=0
  n=0
  daemon_pid=
  redis_pid=
  extra_pids=()
  fake_pids=()
  trap it_cleanup EXIT
}

it_cleanup() {
  local p
  declare -F it_cleanup_hook >/dev/null && it_cleanup_hook
  [ -n "$daemon_pid" ] && kill -KILL "$daemon_pid" 2>/dev/null
  for p in "${extra_pids[@]}"; do kill -KILL "$p" 2>/dev/null; done
  for p in "${fake_pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
  [ -n "$redis_pid" ] && kill -KILL "$redis_pid" 2>/dev/null
  exec 3>&- 2>/dev/null
  wait 2>/dev/null
  if [ -n "${KEEP:-}" ]; then echo "kept $dir"; else rm -rf "$dir"; fi
}

need() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null || { echo "$c not installed"; exit 77; }
  done
}

it_redis() {
  port=${port:-$(free_port)}
  start_private_redis "$dir" "$port" "$@" || exit 1
}

r() { redis-cli -p "$port" "$@"; }

check() { # check DESCRIPTION EXPECTED ACTUAL
  n=$((n + 1))
  if [ "$2" = "$3" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1: expected '$2', got '$3'"
    failures=$((failures + 1))
  fi
}

wait_for() { # wait_for EXPECTED COMMAND... — polls every 50 ms for WAIT_SECS (10) seconds
  local want=$1 tries=$((${WAIT_SECS:-10} * 20))
  shift
  for _ in $(seq "$tries"); do
    [ "$("$@" 2>/dev/null)" = "$want" ] && return 0
    sleep 0.05
  done
  return 1
}

wait_ok() { # wait_ok COMMAND... — polls every 50 ms for WAIT_SECS (10) seconds
  local tries=$((${WAIT_SECS:-10} * 20))
  for _ in $(seq "$tries"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  return 1
}

it_done() {
  echo "$((n - failures)) passed, $failures failed"
  [ "$failures" -eq 0 ]
  exit $?
}
