#!/usr/bin/env bash
# Integration test of earshotd's network sources against the fake platform
# servers (tests/fakes/fakeplat.py) and a private redis-server.
#
#   sources.sh EARSHOTD LEXICON_DIR FAKEPLAT
#
# One daemon per scenario, each with its own key prefix in the same Redis:
#   1. http      a generic NDJSON source on the fake X stream (chunked, split
#                messages, keep-alives, bearer token): every post once; a
#                disconnect in the middle of a message loses that message
#                whole (never half, never twice) and the source reconnects.
#   2. jetstream creates with mention facets (a brand handle that is a DID),
#                an edit, a delete, an identity event, a malformed message;
#                then an abortive disconnect with posts published meanwhile:
#                the reconnect's cursor − rewind replays them, the overlap is
#                dropped by AT-URI, the cursor key in Redis moves forward.
#   3. mastodon  updates, an edit, a delete; a stall (no :thump) is detected
#                and the source reconnects; 45 statuses published while it was
#                away come back by timeline backfill, in order, two pages; an
#                abortive disconnect with more posts: all exactly once.
#   4. 401       a wrong token stops the source for good: the daemon lives on,
#                sources_stopped = 1, the log says why, one attempt only.
#   5. 429       two refused connects (Retry-After: 1), then the stream.
# Exit 77 (skip) without redis-server, python3 or curl.
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)
fakeplat=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
command -v redis-server >/dev/null && command -v redis-cli >/dev/null || { echo "redis-server not installed"; exit 77; }
command -v python3 >/dev/null && command -v curl >/dev/null || { echo "python3 or curl not installed"; exit 77; }

dir=$(mktemp -d /tmp/earshot-src-XXXXXX)
redis_pid=
daemon_pid=
fake_pids=()
cleanup() {
  [ -n "$daemon_pid" ] && kill -KILL "$daemon_pid" 2>/dev/null
  local p
  for p in "${fake_pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
  [ -n "$redis_pid" ] && kill -KILL "$redis_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT

failures=0
n=0
check() { # check DESCRIPTION EXPECTED ACTUAL
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}

. "$(dirname "$0")/../../scripts/private-redis.sh"
port=$(free_port)
start_private_redis "$dir" "$port" || exit 1
r() { redis-cli -p "$port" "$@"; }
wait_for() { # wait_for EXPECTED COMMAND... (up to 10 s)
  local want=$1; shift
  for _ in $(seq 200); do [ "$("$@" 2>/dev/null)" = "$want" ] && return 0; sleep 0.05; done
  return 1
}
stat() { r HGET "$prefix:stats" "$1"; }          # stat FIELD of the current scenario
mentions() { r XLEN "$prefix:{acme}:mentions"; }
# The post ids in the brand's mentions stream, in stream order.
mention_ids() { r XRANGE "$prefix:{acme}:mentions" - + | awk 'prev == "id" { print } { prev = $0 }'; }
dup_ids() { mention_ids | sort | uniq -d | wc -l; }

# --- the fakes and their control API ----------------------------------------
start_fake() { # start_fake NAME ARGS... ; prints the port
  python3 "$fakeplat" --port-file "$dir/$1.port" --seed 7 "${@:2}" 2>"$dir/$1.log" &
  fake_pids+=($!)
  for _ in $(seq 200); do [ -s "$dir/$1.port" ] && break; sleep 0.05; done
  cat "$dir/$1.port" 2>/dev/null || { echo "fake $1 did not start" >&2; cat "$dir/$1.log" >&2; exit 1; }
}
ctl() { # ctl PORT METHOD NAME[?query] [BODY]
  curl -s -X "$2" "http://127.0.0.1:$1/_ctl/$3" ${4:+--data-binary "$4"}
}
# js EXPR: a Python expression over the JSON document on stdin (bound to d).
js() { python3 -c 'import json,sys; d=json.load(sys.stdin); r=eval(sys.argv[1]); print("\n".join(map(str, r)) if isinstance(r, list) else r)' "$1"; }
state() { ctl "$1" GET state | js "$2"; } # state PORT EXPR
# Stream connection attempts (not REST calls) recorded by a fake: "t status" lines.
attempts() { state "$1" "[str(a['t']) + ' ' + str(a['status']) for a in d['attempts'] if '$2' in a['path']]"; }
# JSON from a Python expression (the payloads to publish).
pyjson() { python3 -c 'import json,sys,time; print(json.dumps(eval(sys.argv[1])))' "$1"; }

# --- the daemon ---------------------------------------------------------------
acme_did=did:plc:acmeacmeacmeacmeacmeacme
write_config() { # write_config FILE PREFIX SOURCE_SECTION
  cat > "$1" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 2s
lexicons = $lexicons
[redis]
address = 127.0.0.1:$port
prefix = $2
$3
[brand acme]
query = acme OR @acmebank
handles = acmebank $acme_did
EOF
}
start_daemon() { # start_daemon NAME SOURCE_SECTION ; sets $prefix, $log
  prefix=$1
  log=$dir/$1.daemon.log
  write_config "$dir/$1.conf" "$1" "$2"
  "$earshotd" -c "$dir/$1.conf" 2> "$log" &
  daemon_pid=$!
}
stop_daemon() { # stop_daemon: SIGTERM, must exit 0
  kill -TERM "$daemon_pid"
  wait "$daemon_pid"; local rc=$?
  daemon_pid=
  check "$prefix: SIGTERM exits 0" 0 "$rc"
  if [ "$failures" -ne 0 ] && [ -z "${shown:-}" ]; then
    shown=1; echo "--- $prefix daemon log"; tail -n 40 "$log"
  fi
}
alive() { kill -0 "$daemon_pid" 2>/dev/null && echo 1 || echo 0; }

echo "secret-token-123" > "$dir/token"
echo "not-the-token" > "$dir/badtoken"

# =============================================================================
# 1. generic http NDJSON on the fake X stream
xport=$(start_fake x --kind x --token secret-token-123 --heartbeat 1)
start_daemon http "[source gen]
type = http
url = http://127.0.0.1:$xport/2/tweets/search/stream
token_file = $dir/token
format = ndjson
stall_timeout = 5s
field.id = data.id
field.text = data.text"
wait_for 1 state "$xport" "d['connections']" || true
check "http: connected with the bearer token" "1 200 True" \
  "$(state "$xport" "(len(d['attempts']), d['attempts'][0]['status'], d['attempts'][0]['auth'])" 2>&1 | tr '\n' ' ' | sed 's/ $//')"

# 30 brand posts and 5 others, in one batch (the fake splits them across chunks)
ctl "$xport" POST publish "$(pyjson '[{"data": {"text": "acme is great, number %d" % i}} for i in range(30)] + [{"data": {"text": "unrelated %d" % i}} for i in range(5)]')" > "$dir/x1.json"
wait_for 30 mentions || true
check "http: every brand post is a mention" 30 "$(mentions)"
wait_for 35 stat posts_in || true
check "http: every post read" 35 "$(stat posts_in)"
check "http: no duplicate id" 0 "$(dup_ids)"
check "http: the ids are the fake's" "$(js 'd["ids"][:30]' < "$dir/x1.json")" "$(mention_ids)"
sleep 1.2 # a keep-alive "\r\n" or two
check "http: keep-alives are no parse errors" 0 "$(stat parse_errors)"

# A disconnect in the middle of a message: half of one line, then an RST.
ctl "$xport" POST "disconnect?mode=mid" > /dev/null
victim=$(ctl "$xport" POST publish '[{"data": {"text": "acme victim of the cut"}}]' | js 'd["ids"][0]')
wait_for 2 state "$xport" "len([a for a in d['attempts'] if a['status'] == 200])" || true
wait_for 1 state "$xport" "d['connections']" || true
check "http: reconnected after the cut" "2" "$(state "$xport" "len([a for a in d['attempts'] if a['status'] == 200])")"
ctl "$xport" POST publish "$(pyjson '[{"data": {"text": "acme after the cut %d" % i}} for i in range(10)]')" > "$dir/x2.json"
wait_for 40 mentions || true
check "http: the posts after the reconnect arrive" 40 "$(mentions)"
check "http: the half message was not delivered" 0 "$(mention_ids | grep -c "^$victim\$")"
check "http: the half line is no parse error (dropped at reconnect)" 0 "$(stat parse_errors)"
check "http: nothing corrupted (texts intact)" 10 \
  "$(r XRANGE "$prefix:{acme}:mentions" - + | grep -c '^acme after the cut [0-9]$')"
check "http: no duplicate id" 0 "$(dup_ids)"
wait_for 1 stat source_reconnects || true
check "http: one reconnect counted" 1 "$(stat source_reconnects)"
stop_daemon

echo "$((n - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
