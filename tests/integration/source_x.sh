#!/usr/bin/env bash
# earshotd's X filtered-stream source against the fake X server (tests/fakes)
# and a private redis-server:
#   1. rule reconciliation at start: the brand's rule is added (tag = brand),
#      a stale rule deleted, a brand X cannot express gets none;
#   2. posts stream in (messages split across chunks, keep-alives) and are
#      routed by their rule tags;
#   3. a forced disconnect while the reconnect is refused (503, so X's 5 s
#      HTTP backoff leaves a real gap): the posts of the gap come back through
#      recent search — every published post is in Redis exactly once;
#   4. an in-stream operational-disconnect reconnects at once;
#   5. SIGHUP with a brand whose rule X refuses in the dry run: the rules stay;
#   6. a wrong token: the source stops (no retry storm), the daemon runs on.
#
#   source_x.sh EARSHOTD LEXICON_DIR
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
need redis-server redis-cli python3 curl
it_init x
it_redis

python3 "$here/../fakes/fakeplat.py" --kind x --port-file "$dir/x.port" --token s3cret \
  --heartbeat 0.5 --seed 7 2> "$dir/fake.log" &
extra_pids+=($!)
for _ in $(seq 200); do [ -s "$dir/x.port" ] && break; sleep 0.05; done
xport=$(cat "$dir/x.port")
ctl() { # ctl METHOD PATH [JSON]
  curl -s -X "$1" "http://127.0.0.1:$xport/_ctl/$2" ${3:+-H 'Content-Type: application/json' -d "$3"}
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# A stale rule from an earlier configuration.
curl -s -H 'Authorization: Bearer s3cret' -H 'Content-Type: application/json' \
  -d '{"add":[{"value":"oldbrand","tag":"old"}]}' "http://127.0.0.1:$xport/2/tweets/search/stream/rules" >/dev/null

printf 's3cret\n' > "$dir/token"
write_config() { # FILE TOKEN_FILE EXTRA
  cat > "$1" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 3s
lexicons = $lexicons
state_dir = $dir/state
[redis]
address = 127.0.0.1:$port
prefix = xt
[source x]
type = x
url = http://127.0.0.1:$xport
token_file = $2
[brand acme]
query = acme OR @acmebank
handles = acmebank
[brand zephyr]
query = zephyr*
$3
EOF
}
write_config "$dir/x.conf" "$dir/token" ""

# --check says which brands get no rule.
check "--check reports the brand X cannot express" 1 \
  "$("$earshotd" --check -c "$dir/x.conf" | grep -c "brand 'zephyr': no X rule")"

"$earshotd" -c "$dir/x.conf" 2> "$dir/daemon.log" &
daemon_pid=$!
extra_pids+=("$daemon_pid")

rules() { ctl GET state | json '" ".join(sorted(r["tag"] + "=" + r["value"] for r in d["rules"]))'; }
WAIT_SECS=10 wait_for "acme=(acme OR @acmebank) -is:retweet -is:nullcast" rules ||
  WAIT_SECS=1 wait_for 1 true
got_rules=$(rules)
check "the stale rule is deleted, acme's added (tag = brand), zephyr gets none" 1 \
  "$(echo "$got_rules" | grep -c '^acme=.*acme.*acmebank.*-is:retweet.*$')"
check "exactly one rule" 1 "$(ctl GET state | json 'len(d["rules"])')"

# --- 2. streaming -----------------------------------------------------------
publish() { # publish FROM TO TEXT — posts matched by the acme rule
  local items="" i
  for i in $(seq "$1" "$2"); do
    items="$items${items:+,}{\"data\":{\"text\":\"acme $3 $i\",\"author_id\":\"9$i\",\"lang\":\"en\",\"edit_history_tweet_ids\":[]},\"includes\":{\"users\":[{\"id\":\"9$i\",\"username\":\"user$i\"}]},\"matching_rules\":[{\"tag\":\"acme\"}]}"
  done
  ctl POST publish "[$items]" >/dev/null
}
WAIT_SECS=10 wait_for 1 sh -c "curl -s http://127.0.0.1:$xport/_ctl/state | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"connections\"])'"
publish 1 20 "is great"
WAIT_SECS=10 wait_for 20 r XLEN 'xt:{acme}:mentions'
check "streamed posts become mentions" 20 "$(r XLEN 'xt:{acme}:mentions')"
check "authors come from includes.users" 1 "$(r XRANGE 'xt:{acme}:mentions' - + | grep -c '^user7$')"

# --- 3. a gap: disconnect while reconnects are refused; recent search fills it
ctl POST fail '{"status":503,"count":1}' >/dev/null
# …and the first search page is refused with 429 until X's window resets (in 2 s).
ctl POST 'fail?path=search' "{\"status\":429,\"count\":1,\"headers\":{\"x-rate-limit-reset\":\"$(( $(date +%s) + 2 ))\"}}" >/dev/null
ctl POST disconnect?mode=abort >/dev/null
sleep 0.5
publish 21 45 "while away"   # stored only: nobody is connected (next attempt in 5 s)
check "nobody was connected during the gap" 0 "$(ctl GET state | json 'd["connections"]')"
WAIT_SECS=20 wait_for 45 r XLEN 'xt:{acme}:mentions'
check "after the reconnect every post is there" 45 "$(r XLEN 'xt:{acme}:mentions')"
ids=$(r XRANGE 'xt:{acme}:mentions' - + | awk 'prev=="id"{print} {prev=$0}')
check "…exactly once" 45 "$(echo "$ids" | sort -u | wc -l)"
check "the gap was filled by recent search" 1 \
  "$(ctl GET state | json 'int(any(a["path"].endswith("/search/recent") and "since_id" in a["query"] for a in d["attempts"]))')"
stream_attempts() { ctl GET state | json '[a["status"] for a in d["attempts"] if a["path"].endswith("/search/stream")]'; }
check "after a drop: at once (refused 503), then 5 s later (X's HTTP backoff)" 1 \
  "$(ctl GET state | json '(lambda t: int(len(t) >= 3 and t[-2][1] == 503 and t[-1][0] - t[-2][0] >= 4500))([(a["t"], a["status"]) for a in d["attempts"] if a["path"].endswith("/search/stream")])')"
WAIT_SECS=5 wait_for 25 r HGET xt:stats backfilled
check "backfilled counter" 25 "$(r HGET xt:stats backfilled)"
check "a 429 from search waited for X's window, then the same page was fetched" 1 \
  "$(grep -c 'backfill rate-limited by X; next page in' "$dir/daemon.log")"

# --- 4. operational disconnect ----------------------------------------------
before=$(ctl GET state | json 'len([a for a in d["attempts"] if a["path"].endswith("/search/stream")])')
ctl POST publish '[{"errors":[{"title":"operational-disconnect","disconnect_type":"UpstreamOperationalDisconnect","detail":"This stream has been disconnected upstream for operational reasons.","type":"https://api.x.com/2/problems/operational-disconnect"}]}]' >/dev/null
WAIT_SECS=5 wait_for $((before + 1)) sh -c "curl -s http://127.0.0.1:$xport/_ctl/state | python3 -c 'import json,sys; print(len([a for a in json.load(sys.stdin)[\"attempts\"] if a[\"path\"].endswith(\"/search/stream\")]))'"
check "an operational-disconnect message reconnects at once" $((before + 1)) \
  "$(ctl GET state | json 'len([a for a in d["attempts"] if a["path"].endswith("/search/stream")])')"
publish 46 50 "after the notice"
WAIT_SECS=10 wait_for 50 r XLEN 'xt:{acme}:mentions'
check "and the stream goes on" 50 "$(r XLEN 'xt:{acme}:mentions')"

# --- 5. a rule X refuses in the dry run keeps the old rules -----------------
write_config "$dir/x.conf" "$dir/token" "[brand bad]
query = INVALIDOP"
kill -HUP "$daemon_pid"
WAIT_SECS=10 wait_for 1 sh -c "grep -c 'refused a rule in the dry run' '$dir/daemon.log'"
check "the dry-run refusal is logged" 1 "$(grep -c 'refused a rule in the dry run' "$dir/daemon.log")"
check "and the rules stay as they were" "$got_rules" "$(rules)"

kill -TERM "$daemon_pid"
wait "$daemon_pid"
check "SIGTERM: exit 0" 0 $?
check "the token never reached the log" 0 "$(grep -c s3cret "$dir/daemon.log")"

# --- 6. a wrong token stops the source, not the daemon; silence alerts -----
printf 'wrong\n' > "$dir/badtoken"
write_config "$dir/bad.conf" "$dir/badtoken" ""
sed -i -e 's/^prefix = xt$/prefix = xbad/' -e "s|^state_dir = .*|state_dir = $dir/state-bad|" -e 's/^type = x$/type = x\nsilent_after = 1s/' "$dir/bad.conf"
before=$(ctl GET state | json 'len([a for a in d["attempts"] if a["path"].endswith("/search/stream")])')
"$earshotd" -c "$dir/bad.conf" 2> "$dir/bad.log" &
bad_pid=$!
extra_pids+=("$bad_pid")
WAIT_SECS=10 wait_for 1 r HGET xbad:stats sources_stopped
check "401: the source is stopped" 1 "$(r HGET xbad:stats sources_stopped)"
sleep 2
check "…after one attempt (no retry storm)" $((before + 1)) \
  "$(ctl GET state | json 'len([a for a in d["attempts"] if a["path"].endswith("/search/stream")])')"
check "…with a clear log line" 1 "$(grep -c 'stopped: HTTP 401' "$dir/bad.log")"
check "the daemon keeps running" 1 "$(kill -0 $bad_pid 2>/dev/null && echo 1 || echo 0)"
WAIT_SECS=5 wait_for 1 sh -c "redis-cli -p $port XRANGE xbad:alerts - + | grep -c '^source_silent\$'"
check "a source silent past silent_after raises a source_silent alert" 1 \
  "$(r XRANGE xbad:alerts - + | grep -c '^source_silent$')"
kill -TERM "$bad_pid"; wait "$bad_pid"

if [ "$failures" -gt 0 ]; then
  echo "--- daemon log"; tail -40 "$dir/daemon.log"; echo "--- fake log"; tail -20 "$dir/fake.log"
fi
it_done
