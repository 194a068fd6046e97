#!/usr/bin/env bash
# Integration test of earshotd's network sources against the fake platform
# servers (tests/fakes/fakeplat.py) and a private redis-server.
#
#   sources.sh EARSHOTD LEXICON_DIR FAKEPLAT
#
# One daemon per scenario, each with its own key prefix in the same Redis:
#   1. http      a generic NDJSON source on the fake X stream (chunked, split
#                messages, bearer token): every post once; keep-alives under
#                1 byte/s are not a stall; a disconnect in the middle of a message loses that message
#                whole (never half, never twice) and the source reconnects.
#   2. jetstream creates with mention facets (a brand handle that is a DID),
#                an edit, a delete, an identity event, a malformed message;
#                then an abortive disconnect with posts published meanwhile:
#                the reconnect's cursor − rewind replays them, the overlap is
#                dropped by AT-URI, the cursor key in Redis moves forward; a
#                stalled WebSocket (pings only count until they stop) too.
#   3. mastodon  updates, an edit, a delete; a stall (no :thump) is detected
#                and the source reconnects; 45 statuses published while it was
#                away come back by timeline backfill, in order, two pages; an
#                abortive disconnect with more posts: all exactly once.
#   4. 401       a wrong token stops the source for good: the daemon lives on,
#                sources_stopped = 1, the log says why, one attempt only.
#   5. 429       two refused connects (Retry-After: 1), then the stream.
#   6. sse       a generic Server-Sent Events source with a field map.
# Exit 77 (skip) without redis-server, python3 or curl.
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)
fakeplat=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
. "$(dirname "$0")/../lib.sh"
need redis-server redis-cli python3 curl
it_init src
it_redis
stat() { r HGET "$prefix:stats" "$1"; }          # stat FIELD of the current scenario
check_stat() { # check_stat DESCRIPTION EXPECTED FIELD (stats are written every flush: wait)
  wait_for "$2" stat "$3" || true
  check "$1" "$2" "$(stat "$3")"
}
mentions() { r XLEN "$prefix:{acme}:mentions"; }
# The post ids in the brand's mentions stream, in stream order.
mention_ids() { r XRANGE "$prefix:{acme}:mentions" - + | awk 'prev == "id" { print } { prev = $0 }'; }
dup_ids() { mention_ids | sort | uniq -d | wc -l; }

# --- the fakes and their control API ----------------------------------------
start_fake() { # start_fake VAR NAME ARGS... ; sets $VAR to its port
  python3 "$fakeplat" --port-file "$dir/$2.port" --seed 7 "${@:3}" >/dev/null 2>"$dir/$2.log" &
  fake_pids+=($!)
  for _ in $(seq 200); do [ -s "$dir/$2.port" ] && break; sleep 0.05; done
  [ -s "$dir/$2.port" ] || { echo "fake $2 did not start"; cat "$dir/$2.log"; exit 1; }
  printf -v "$1" '%s' "$(cat "$dir/$2.port")"
}
ctl() { # ctl PORT METHOD NAME[?query] [BODY]
  curl -s -X "$2" "http://127.0.0.1:$1/_ctl/$3" ${4:+--data-binary "$4"}
}
# js EXPR: a Python expression over the JSON document on stdin (bound to d).
# A list prints one item a line, a tuple space-separated.
js() { python3 -c 'import json,sys; d=json.load(sys.stdin); r=eval(sys.argv[1]); print("\n".join(map(str, r)) if isinstance(r, list) else " ".join(map(str, r)) if isinstance(r, tuple) else r)' "$1"; }
state() { ctl "$1" GET state | js "$2"; } # state PORT EXPR
# Stream connection attempts (not REST calls) recorded by a fake: "t status" lines.
attempts() { state "$1" "[str(a['t']) + ' ' + str(a['status']) for a in d['attempts'] if '$2' in a['path']]"; }
# JSON from a Python expression (the payloads to publish), with the helpers of gen.py.
cat > "$dir/gen.py" <<'PY'
import json, sys
ACME = "did:plc:acmeacmeacmeacmeacmeacme"
BOB = "did:plc:bobbobbobbobbobbobbobbobb"
def bsky_record(text, facets=None):
    rec = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-11-23T10:00:00.000Z",
           "langs": ["en"]}
    if facets:
        rec["facets"] = facets
    return rec
def bsky(op, rkey, text=None, did=BOB, facets=None):
    commit = {"rev": "3l3qo2vutsw2b", "operation": op, "collection": "app.bsky.feed.post",
              "rkey": rkey}
    if op != "delete":
        commit["cid"] = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a"
        commit["record"] = text if isinstance(text, dict) else bsky_record(text, facets)
    return {"did": did, "kind": "commit", "commit": commit}
def mention(text, handle="@acme.bsky.social", did=ACME):
    """A post starting with a mention facet of did (byte offsets)."""
    full = handle + " " + text
    return [{"index": {"byteStart": 0, "byteEnd": len(handle.encode())},
             "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]}], full
def at_uri(rkey, did=BOB):
    return "at://%s/app.bsky.feed.post/%s" % (did, rkey)
def status(text, acct="alice", mentions=(), **kw):
    st = {"content": "<p>%s</p>" % text, "spoiler_text": "", "language": "en",
          "account": {"id": "1", "username": acct, "acct": acct,
                      "url": "https://fake.social/@%s" % acct},
          "mentions": [{"id": "9", "username": m, "acct": m, "url": "https://fake.social/@%s" % m}
                       for m in mentions],
          "in_reply_to_id": None, "in_reply_to_account_id": None, "reblog": None,
          "visibility": "public", "tags": []}
    st.update(kw)
    return {"event": "update", "payload": st}
print(json.dumps(eval(sys.argv[1])))
PY
pyjson() { python3 "$dir/gen.py" "$1"; }

# --- the daemon ---------------------------------------------------------------
acme_did=did:plc:acmeacmeacmeacmeacmeacme
write_config() { # write_config FILE PREFIX SOURCE_SECTION
  cat > "$1" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 2s
lexicons = $lexicons
state_dir = $dir/state-$2
[redis]
address = 127.0.0.1:$port
prefix = $2
$3
[brand acme]
query = acme OR @acmebank OR @acme.bsky.social
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
  # A sanitizer build (b_sanitize) reports into the daemon's stderr.
  check "$prefix: no sanitizer report" 0 "$(grep -c -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log")"
  if [ "$failures" -ne 0 ] && [ -z "${shown:-}" ]; then
    shown=1; echo "--- $prefix daemon log"; tail -n 40 "$log"
  fi
}
alive() { kill -0 "$daemon_pid" 2>/dev/null && echo 1 || echo 0; }

echo "secret-token-123" > "$dir/token"
echo "not-the-token" > "$dir/badtoken"

# =============================================================================
# 1. generic http NDJSON on the fake X stream
start_fake xport x --kind x --token secret-token-123 --heartbeat 3
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
  "$(state "$xport" "(len(d['attempts']), d['attempts'][0]['status'], d['attempts'][0]['auth'])")"

# 30 brand posts and 5 others, in one batch (the fake splits them across chunks)
ctl "$xport" POST publish "$(pyjson '[{"data": {"text": "acme is great, number %d" % i}} for i in range(30)] + [{"data": {"text": "unrelated %d" % i}} for i in range(5)]')" > "$dir/x1.json"
wait_for 30 mentions || true
check "http: every brand post is a mention" 30 "$(mentions)"
check_stat "http: every post read" 35 posts_in
check "http: no duplicate id" 0 "$(dup_ids)"
check "http: the ids are the fake's" "$(js 'd["ids"][:30]' < "$dir/x1.json")" "$(mention_ids)"
# Idle but for keep-alives ("\r\n" every 3 s, under 1 byte/s): not a stall.
sleep 7
check "http: sparse keep-alives keep the stream up (attempts, >= 2 keep-alives, reconnects)" "1 True 0" \
  "$(state "$xport" "(len(d['attempts']), d['clients'][0]['heartbeats'] >= 2)") $(stat source_reconnects)"
check_stat "http: keep-alives are no parse errors" 0 parse_errors

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
check_stat "http: the half line is no parse error (dropped at reconnect)" 0 parse_errors
check "http: nothing corrupted (texts intact)" 10 \
  "$(r XRANGE "$prefix:{acme}:mentions" - + | grep -c '^acme after the cut [0-9]$')"
check "http: no duplicate id" 0 "$(dup_ids)"
check_stat "http: one reconnect counted" 1 source_reconnects
stop_daemon

# =============================================================================
# 2. Jetstream: creates, mentions by DID, an edit, a delete, an identity event,
#    a malformed message; an abortive disconnect and a resume from the cursor.
start_fake jport jetstream --kind jetstream --heartbeat 1
start_daemon js "[source bsky]
type = jetstream
url = ws://127.0.0.1:$jport/subscribe
stall_timeout = 2s
rewind = 2s
cursor_interval = 200ms"
wait_for 1 state "$jport" "d['connections']" || true
check "jetstream: connected for posts, without a cursor (nothing saved yet)" \
  "101 wantedCollections=app.bsky.feed.post" "$(state "$jport" "(d['attempts'][0]['status'], d['attempts'][0]['query'])")"
# Group A: 4 plain brand posts, 2 that mention the brand's DID (one says the
# name too, one only mentions it), one unrelated post; an edit of a0, a delete
# of a1, an identity event, and a post whose text is not a string.
ctl "$jport" POST publish "$(pyjson '([bsky("create", "3lacmea%d" % i, "acme is lovely today %d" % i) for i in range(4)]
  + [bsky("create", "3lacmet0", mention("thanks acme for the quick help")[1], facets=mention("x")[0]),
     bsky("create", "3lacmet1", mention("my order never arrived")[1], facets=mention("x")[0]),
     bsky("create", "3lother0", "lovely weather in the park"),
     bsky("update", "3lacmea0", "acme is lovely today 0 (edited)"),
     bsky("delete", "3lacmea1"),
     {"did": BOB, "kind": "identity", "identity": {"did": BOB, "handle": "bob.bsky.social", "seq": 7, "time": "2026-11-23T10:00:00.000Z"}},
     bsky("create", "3lbroken", {"$type": "app.bsky.feed.post", "text": 42, "createdAt": "2026-11-23T10:00:00.000Z"})])')" > /dev/null
check_stat "jetstream: creates read, the edit not counted again" 7 posts_in
wait_for 6 mentions || true
check "jetstream: brand posts, incl. one that only mentions the brand (by its facet)" 6 "$(mentions)"
wait_for 2 r HGET "$prefix:{acme}:now" tagged_1m || true
check "jetstream: mentions of the brand's DID are tagged" 2 "$(r HGET "$prefix:{acme}:now" tagged_1m)"
check_stat "jetstream: the delete and the identity event skipped" 2 skipped_messages
check_stat "jetstream: the malformed message counted" 1 parse_errors
check_stat "jetstream: no duplicates yet" 0 duplicates
check "jetstream: mention ids are AT-URIs" "$(pyjson '[at_uri("3lacmea%d" % i) for i in range(4)] + [at_uri("3lacmet0"), at_uri("3lacmet1")]' | js 'd')" "$(mention_ids)"
# Group B, more than the rewind after group A: the overlap of the resume.
sleep 2.5
ctl "$jport" POST publish "$(pyjson '[bsky("create", "3lacmeb%d" % i, "acme recent post %d" % i) for i in range(3)]')" > "$dir/jb.json"
last_b=$(js 'd["ids"][-1]' < "$dir/jb.json")
wait_for 9 mentions || true
wait_for "$last_b" r GET "$prefix:cursor:bsky" || true
check "jetstream: the cursor saved is the newest event's time_us" "$last_b" "$(r GET "$prefix:cursor:bsky")"
# An RST, and 10 posts published while the daemon reconnects.
ctl "$jport" POST "disconnect?mode=abort" > /dev/null
ctl "$jport" POST publish "$(pyjson '[bsky("create", "3lacmec%d" % i, "acme while away %d" % i) for i in range(10)]')" > "$dir/jc.json"
last_c=$(js 'd["ids"][-1]' < "$dir/jc.json")
wait_for 19 mentions || true
check "jetstream: every post after the reconnect" 19 "$(mentions)"
wait_for "jetstream 2 1 0" sh -c "redis-cli -p $port HMGET $prefix:source:bsky type connects disconnects stopped | xargs" || true
check "jetstream: its state line counts the reconnect" "jetstream 2 1 0" \
  "$(r HMGET "$prefix:source:bsky" type connects disconnects stopped | xargs)"
check "jetstream: the reconnect asked for cursor - rewind" "cursor=$((last_b - 2000000))" \
  "$(state "$jport" "d['attempts'][1]['query'].split('&')[-1]")"
check "jetstream: no post twice in Redis" 0 "$(dup_ids)"
check "jetstream: every id once, in order" \
  "$(pyjson '[at_uri("3lacmea%d" % i) for i in range(4)] + [at_uri("3lacmet0"), at_uri("3lacmet1")] + [at_uri("3lacmeb%d" % i) for i in range(3)] + [at_uri("3lacmec%d" % i) for i in range(10)]' | js 'd')" \
  "$(mention_ids)"
check_stat "jetstream: the rewind overlap (group B) dropped as duplicates" 3 duplicates
check_stat "jetstream: posts read" 20 posts_in
check "jetstream: nothing else replayed (skipped, parse errors)" "2 1" "$(stat skipped_messages) $(stat parse_errors)"
check_stat "jetstream: one reconnect" 1 source_reconnects
wait_for "$last_c" r GET "$prefix:cursor:bsky" || true
check "jetstream: the cursor moved on to the newest event" "$last_c" "$(r GET "$prefix:cursor:bsky")"
check "jetstream: the cursor increased" 1 "$([ "$last_c" -gt "$last_b" ] && echo 1 || echo 0)"
echo "# jetstream: backfilled $(stat backfilled) of the 10 posts sent while away (by time_us vs connect time)"
# A stalled WebSocket (no message, no ping for the stall timeout) is dropped
# and resumed from the cursor like any other disconnect.
ctl "$jport" POST stall > /dev/null
wait_for 3 state "$jport" "len(d['attempts'])" || true
check "jetstream: a stall is detected, the resume asks for cursor - rewind" "cursor=$((last_c - 2000000))" \
  "$(state "$jport" "d['attempts'][2]['query'].split('&')[-1] if len(d['attempts']) > 2 else 'none'")"
check_stat "jetstream: two reconnects" 2 source_reconnects
# The replay is every post since last_c − rewind: all of C, and B if it was that recent.
replayed=$(python3 -c 'import json,sys; print(sum(1 for f in sys.argv[2:] for t in json.load(open(f))["ids"] if t >= int(sys.argv[1])))' "$((last_c - 2000000))" "$dir/jb.json" "$dir/jc.json")
check_stat "jetstream: the replay after the stall is all duplicates" "$((3 + replayed))" duplicates
check "jetstream: still every post once" 19 "$(mentions)"
stop_daemon
check "jetstream: the post ids seen are kept for the next start" 1 "$([ -s "$dir/state-js/dedupe" ] && echo 1 || echo 0)"
# A restart resumes from the saved cursor minus the rewind: the overlap is
# recognised from the saved ids, not counted again.
start_daemon js "[source bsky]
type = jetstream
url = ws://127.0.0.1:$jport/subscribe
stall_timeout = 2s
rewind = 2s
cursor_interval = 200ms"
wait_for 1 sh -c "grep -c 'remembering [0-9]* post ids from the last run' '$log'" || true
check "jetstream: after a restart the saved ids are loaded" 1 "$(grep -c 'remembering [0-9]* post ids from the last run' "$log")"
check "jetstream: the resume asks for the saved cursor minus the rewind" "cursor=$((last_c - 2000000))" \
  "$(state "$jport" "d['attempts'][-1]['query'].split('&')[-1]")"
check "jetstream: the rewind replays something (else this proves nothing)" 1 "$([ "$replayed" -ge 1 ] && echo 1 || echo 0)"
check_stat "jetstream: the restart's replay is all duplicates" "$replayed" duplicates
check "jetstream: the restart's overlap is not counted again" 19 "$(mentions)"
stop_daemon

# =============================================================================
# 3. Mastodon: updates, an edit, a delete; a stall, a backfill of 45 statuses
#    in two pages; an abortive disconnect with posts published meanwhile.
start_fake mport mastodon --kind mastodon --token secret-token-123 --heartbeat 1
masto_source() { # masto_source NAME PORT TOKEN_FILE
  printf '[source %s]\ntype = mastodon\nurl = http://127.0.0.1:%s/\ntoken_file = %s\nstream = public\nstall_timeout = 2s\ncursor_interval = 200ms\nbackfill = true\nbackfill_pages = 10\n' "$1" "$2" "$3"
}
masto_attempts() { state "$1" "len([a for a in d['attempts'] if a['path'].startswith('/api/v1/streaming')])"; }
status_uri() { sed 's|^|https://fake.social/users/alice/statuses/|'; }
start_daemon masto "$(masto_source social "$mport" "$dir/token")"
wait_for 1 state "$mport" "d['connections']" || true
check "mastodon: streaming public with the token" "200 True /api/v1/streaming/public" \
  "$(state "$mport" "[(a['status'], a['auth'], a['path']) for a in d['attempts'] if '/streaming' in a['path']][0]")"
# 3 plain brand posts, 2 that @-mention the brand, one unrelated; an edit of
# the first, a delete of the second.
ctl "$mport" POST publish "$(pyjson '[status("acme is great %d" % i) for i in range(3)] + [status("@acmebank my card is blocked %d" % i, mentions=["acmebank"]) for i in range(2)] + [status("lovely weather")]')" > "$dir/m1.json"
m1=$(js 'd["ids"][0]' < "$dir/m1.json")
m2=$(js 'd["ids"][1]' < "$dir/m1.json")
m_last=$(js 'd["ids"][-1]' < "$dir/m1.json")
ctl "$mport" POST publish "$(pyjson '[{"event": "status.update", "payload": dict(status("acme is great 0, edited")["payload"], id="'"$m1"'")}, {"event": "delete", "payload": "'"$m2"'"}]')" > /dev/null
wait_for 5 mentions || true
check "mastodon: brand statuses are mentions" 5 "$(mentions)"
check_stat "mastodon: statuses read, the edit not counted again" 6 posts_in
check_stat "mastodon: the delete skipped" 1 skipped_messages
check "mastodon: no duplicates, no parse errors" "0 0" "$(stat duplicates) $(stat parse_errors)"
wait_for 2 r HGET "$prefix:{acme}:now" tagged_1m || true
check "mastodon: @-mentions of the brand are tagged" 2 "$(r HGET "$prefix:{acme}:now" tagged_1m)"
check "mastodon: mention ids are the statuses' uris" "$(js 'd["ids"][:5]' < "$dir/m1.json" | status_uri)" "$(mention_ids)"
wait_for "$m_last" r GET "$prefix:cursor:social" || true
check "mastodon: the cursor is the newest status id" "$m_last" "$(r GET "$prefix:cursor:social")"

# The stream stalls (no :thump); 45 statuses are published meanwhile and
# never written to this connection. The stall is detected after 2 s, the
# source reconnects and pages the gap from the timeline: 40 + 5, oldest first.
ctl "$mport" POST stall > /dev/null
ctl "$mport" POST publish "$(pyjson '[status("acme during the gap %d" % i) for i in range(45)]')" > "$dir/m2.json"
wait_for 2 masto_attempts "$mport" || true
check "mastodon: the stall was detected and the source reconnected" 2 "$(masto_attempts "$mport")"
wait_for 50 mentions || true
check "mastodon: the gap was backfilled" 50 "$(mentions)"
check_stat "mastodon: backfilled counted" 45 backfilled
check "mastodon: in order, each once" "$(js 'd["ids"]' < "$dir/m2.json" | status_uri)" "$(mention_ids | tail -n +6)"
check "mastodon: the backfill paged forward from the cursor (min_id), 40 a page" \
  "$m_last 40 200
$(js 'd["ids"][39]' < "$dir/m2.json") 40 200
$(js 'd["ids"][44]' < "$dir/m2.json") 40 200" \
  "$(state "$mport" "['%s %s %d' % (q.get('min_id'), q.get('limit'), a['status']) for a in d['attempts'] if a['path'] == '/api/v1/timelines/public' for q in [dict(kv.split('=', 1) for kv in a['query'].split('&'))]]" | head -3)"
check_stat "mastodon: one reconnect (the stall)" 1 source_reconnects

# An RST, and 5 more statuses published while the daemon reconnects: from
# the stream or from the backfill, each exactly once.
ctl "$mport" POST "disconnect?mode=abort" > /dev/null
ctl "$mport" POST publish "$(pyjson '[status("acme after the reset %d" % i) for i in range(5)]')" > "$dir/m3.json"
wait_for 55 mentions || true
check "mastodon: every status after the reset" 55 "$(mentions)"
check "mastodon: no status twice in Redis" 0 "$(dup_ids)"
check_stat "mastodon: statuses read" 56 posts_in
wait_for "$(js 'd["ids"][-1]' < "$dir/m3.json")" r GET "$prefix:cursor:social" || true
check "mastodon: the cursor moved on" "$(js 'd["ids"][-1]' < "$dir/m3.json")" "$(r GET "$prefix:cursor:social")"
check "mastodon: the token went with every stream and timeline request" 0 \
  "$(state "$mport" "len([a for a in d['attempts'] if not a['auth'] and '/api/v1/' in a['path']])")"
echo "# mastodon: backfilled $(stat backfilled), duplicates $(stat duplicates) after the reset"
stop_daemon

# =============================================================================
# 4. A wrong token: 401 stops the source for good, the daemon lives on.
start_fake aport m401 --kind mastodon --token secret-token-123 --heartbeat 1
start_daemon m401 "$(masto_source wrongtoken "$aport" "$dir/badtoken")"
check_stat "401: the source is stopped" 1 sources_stopped
sleep 2
check "401: one attempt only, no reconnect storm" "401" "$(attempts "$aport" /api/v1/streaming | awk '{print $2}')"
check "401: the daemon keeps running" 1 "$(alive)"
check "401: the log says why" 1 "$(grep -c 'source "wrongtoken": stopped: HTTP 401' "$log")"
wait_for 1 r HGET "$prefix:source:wrongtoken" stopped > /dev/null || true
check "401: its state line in Redis says stopped, and why" "1 mastodon 1" \
  "$(r HMGET "$prefix:source:wrongtoken" stopped type | xargs) $(r HGET "$prefix:source:wrongtoken" state | grep -c 401)"
stop_daemon

# =============================================================================
# 5. 429 with Retry-After on connect, twice: the source retries, then streams.
start_fake rport m429 --kind mastodon --token secret-token-123 --heartbeat 1
ctl "$rport" POST fail '{"path": "stream", "status": 429, "count": 2, "headers": {"Retry-After": "1"}}' > /dev/null
start_daemon m429 "$(masto_source retry "$rport" "$dir/token")"
wait_for 1 state "$rport" "d['connections']" || true
check "429: two refusals, then the stream" "429 429 200" "$(attempts "$rport" /api/v1/streaming | awk '{print $2}' | tr '\n' ' ' | sed 's/ $//')"
gaps=$(attempts "$rport" /api/v1/streaming | awk 'NR > 1 { printf "%s%d", sep, $1 - prev; sep = " " } { prev = $1 }')
echo "# 429: gaps between the attempts (ms): $gaps"
check "429: Retry-After honoured (each gap about 1 s or more)" 1 "$(echo "$gaps" | awk '{ ok = NF == 2; for (i = 1; i <= NF; i++) if ($i < 950) ok = 0; print ok }')"
ctl "$rport" POST publish "$(pyjson '[status("acme works again %d" % i) for i in range(3)]')" > /dev/null
wait_for 3 mentions || true
check "429: then it streams" 3 "$(mentions)"
wait_for 2 stat source_reconnects || true
check "429: the refusals are counted as reconnects" "2 0" "$(stat source_reconnects) $(stat sources_stopped)"
stop_daemon

# =============================================================================
# 6. Generic SSE: the same fake Mastodon stream read as format = sse with a
#    field map; a `delete` event's data is no post (a parse error), the
#    heartbeat comments are nothing.
start_daemon sse "[source gsse]
type = http
url = http://127.0.0.1:$rport/api/v1/streaming/public
token_file = $dir/token
format = sse
stall_timeout = 3s
field.id = uri
field.text = content
field.author = account.acct"
wait_for 2 state "$rport" "len([a for a in d['attempts'] if a['status'] == 200 and '/streaming' in a['path']])" || true
ctl "$rport" POST publish "$(pyjson '[status("acme over sse %d" % i) for i in range(4)] + [{"event": "delete", "payload": "113500000000000001"}]')" > "$dir/s1.json"
wait_for 4 mentions || true
check "sse: every event's post" 4 "$(mentions)"
check "sse: ids from the field map" "$(js 'd["ids"][:4]' < "$dir/s1.json" | status_uri)" "$(mention_ids)"
check_stat "sse: the delete's bare id is a parse error" 1 parse_errors
sleep 1.5
check "sse: heartbeats are nothing, and no stall" "4 0" "$(stat posts_in) $(stat source_reconnects)"
stop_daemon

it_done
