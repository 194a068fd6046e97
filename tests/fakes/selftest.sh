#!/usr/bin/env bash
# Self-test of the fake platform servers (tests/fakes/fakeplat.py), with python3, bash and curl.
#
#   selftest.sh [FAKEPLAT]
#
# Starts each kind on a free loopback port and checks the documented behaviours the daemon's
# integration tests rely on:
#   x         bearer check and X's 401 body; rules dry_run/add/duplicate/delete; the stream's
#             chunked NDJSON with messages split across chunks and several in one chunk,
#             matching_rules ids filled from tags, idle "\r\n" keep-alives; injected 429s and
#             the attempts log; disconnect close / abort / mid; stall and resume; recent search
#             paging, since_id and merged includes; 429 on search.
#   mastodon  SSE headers, ":)" then ":thump" heartbeats, update/delete events, uri/url filled,
#             hashtag filtering, min_id paging (descending pages, Link rel next/prev), limit cap,
#             edits and deletes in the timeline, X-RateLimit-Remaining counting down.
#   jetstream 101 handshake with the RFC 6455 example accept value, 426/400 on bad upgrades,
#             replay from a µs cursor and from a v2 seq cursor, wantedCollections filtering
#             (identity always sent), fragmented messages, pings answered with masked pongs,
#             close frame 1001, an injected 503 on the upgrade.
# Prints one "ok"/"not ok" line per check; exits 1 if any failed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fake=${1:-$here/fakeplat.py}
command -v curl >/dev/null && command -v python3 >/dev/null || { echo "curl or python3 not installed"; exit 77; }

dir=$(mktemp -d /tmp/earshot-fakes-XXXXXX)
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
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
# js EXPR: evaluate a Python expression over the JSON document on stdin (bound to d).
# A tuple prints space-separated.
js() { python3 -c 'import json,sys; d=json.load(sys.stdin); r=eval(sys.argv[1]); print(" ".join(map(str, r)) if isinstance(r, tuple) else r)' "$1"; }
wait_for() { # wait_for EXPECTED COMMAND... (up to 10 s)
  local want=$1; shift
  for _ in $(seq 200); do [ "$("$@" 2>/dev/null)" = "$want" ] && return 0; sleep 0.05; done
  return 1
}
start_fake() { # start_fake NAME ARGS... ; sets $port
  local name=$1; shift
  python3 "$fake" --port-file "$dir/$name.port" "$@" 2>"$dir/$name.log" &
  pids+=($!)
  for _ in $(seq 200); do [ -s "$dir/$name.port" ] && break; sleep 0.05; done
  port=$(cat "$dir/$name.port" 2>/dev/null) || { echo "fake $name did not start"; cat "$dir/$name.log"; exit 1; }
}
ctl() { # ctl METHOD NAME[?query] [BODY]
  curl -s -X "$1" "http://127.0.0.1:$port/_ctl/$2" ${3:+--data-binary "$3"}
}
state() { ctl GET state | js "$1"; }

# Decodes a raw (curl --raw) chunked body: prints a JSON summary of the chunk layout.
cat > "$dir/chunks.py" <<'EOF'
import json, sys
raw = open(sys.argv[1], "rb").read()
chunks, pos, terminated = [], 0, False
while pos < len(raw):
    eol = raw.find(b"\r\n", pos)
    if eol < 0:
        break
    size = int(raw[pos:eol], 16)
    if size == 0:
        terminated = True
        break
    chunks.append(raw[eol + 2:eol + 2 + size])
    pos = eol + 2 + size + 2
body = b"".join(chunks)
lines = [l for l in body.split(b"\r\n")]
msgs = [json.loads(l) for l in lines[:-1] if l]
# Which chunk holds each byte: a message is split if its bytes span several chunks.
owner, i = [], 0
for c in chunks:
    owner += [i] * len(c)
    i += 1
split = multi = 0
start = 0
for l in lines[:-1]:
    end = start + len(l) + 2
    if l and owner[start] != owner[end - 1]:
        split += 1
    start = end
for c in chunks:
    if c != b"\r\n" and c.count(b"}\r\n") >= 2:
        multi += 1
print(json.dumps({"messages": msgs, "split": split, "multi": multi, "terminated": terminated,
                  "keepalives": sum(1 for c in chunks if c == b"\r\n"), "tail": lines[-1].decode("utf-8", "replace")}))
EOF
chunks() { python3 "$dir/chunks.py" "$1"; }

# ------------------------------------------------------------------------------------------ X
start_fake x --kind x --token sekret --heartbeat 0.3 --seed 7
auth=(-H "Authorization: Bearer sekret")
xurl="http://127.0.0.1:$port/2/tweets/search"

check "x: stream without token is 401" 401 "$(curl -s -o "$dir/x401" -w '%{http_code}' "$xurl/stream")"
check "x: 401 body is X's" "Unauthorized Unauthorized" "$(js 'd["title"], d["detail"]' < "$dir/x401")"
check "x: attempt logged without auth" "401 False" "$(state 'd["attempts"][-1]["status"], d["attempts"][-1]["auth"]')"
check "x: wrong token is 401" 401 "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer nope' "$xurl/stream/rules")"

out=$(curl -s "${auth[@]}" -X POST "$xurl/stream/rules?dry_run=true" -H 'Content-Type: application/json' \
  -d '{"add":[{"value":"(acme OR \"acme corp\") lang:en","tag":"brand:acme"},{"value":"(acme","tag":"a"},{"value":"acme \"corp","tag":"b"},{"value":"acme INVALIDOP","tag":"c"}]}')
check "x: dry_run summary" "1 3 1 3" "$(echo "$out" | js '" ".join(str(d["meta"]["summary"][k]) for k in ("valid","invalid","created","not_created"))')"
check "x: dry_run errors per invalid rule" "(acme|acme \"corp|acme INVALIDOP|UnprocessableEntity" \
  "$(echo "$out" | js '"|".join(e["value"] for e in d["errors"]) + "|" + d["errors"][0]["title"]')"
out=$(curl -s "${auth[@]}" "$xurl/stream/rules")
check "x: dry_run stored nothing (no data key)" "False 0" "$(echo "$out" | js '"data" in d, d["meta"]["result_count"]')"

out=$(curl -s "${auth[@]}" -X POST "$xurl/stream/rules" -H 'Content-Type: application/json' \
  -d '{"add":[{"value":"(acme OR \"acme corp\") lang:en","tag":"brand:acme"},{"value":"zephyr air","tag":"brand:zephyr"},{"value":"tmp","tag":"tmp"}]}')
check "x: rules added" "3 1870000000000000000" "$(echo "$out" | js 'd["meta"]["summary"]["created"], d["data"][0]["id"]')"
tmp_id=$(echo "$out" | js 'd["data"][2]["id"]')
out=$(curl -s "${auth[@]}" -X POST "$xurl/stream/rules" -d '{"add":[{"value":"zephyr air","tag":"again"}]}')
check "x: duplicate rule rejected" "DuplicateRule 0 1" "$(echo "$out" | js 'd["errors"][0]["title"], d["meta"]["summary"]["created"], d["meta"]["summary"]["invalid"]')"
out=$(curl -s "${auth[@]}" -X POST "$xurl/stream/rules" -d "{\"delete\":{\"ids\":[\"$tmp_id\",\"42\"]}}")
check "x: delete summary" "1 1" "$(echo "$out" | js 'd["meta"]["summary"]["deleted"], d["meta"]["summary"]["not_deleted"]')"
out=$(curl -s "${auth[@]}" "$xurl/stream/rules")
check "x: GET rules" "2 brand:acme,brand:zephyr" "$(echo "$out" | js 'd["meta"]["result_count"], ",".join(r["tag"] for r in d["data"])')"
acme_id=$(echo "$out" | js 'd["data"][0]["id"]')
check "x: bad rules body is 400" 400 "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X POST "$xurl/stream/rules" -d '{"nope":1}')"

# The stream: 30 posts in one publish, then idle for keep-alives, then a clean close.
curl -s -N --raw "${auth[@]}" "$xurl/stream?tweet.fields=created_at,lang" > "$dir/x.raw" &
cpid=$!; pids+=($cpid)
wait_for 1 state 'd["connections"]'
check "x: stream connected" 1 "$(state 'd["connections"]')"
batch=$(python3 -c '
import json
print(json.dumps([{"data": {"text": "Acme support fixed it in 5 minutes, thanks! #%d" % i, "author_id": "2244994945",
                            "lang": "en", "edit_history_tweet_ids": []},
                   "includes": {"users": [{"id": "2244994945", "username": "zoe_codes", "name": "Zoë"}]},
                   "matching_rules": [{"tag": "brand:acme"}]} for i in range(30)]))')
out=$(ctl POST publish "$batch")
check "x: publish assigns increasing ids" "30 1860000000000000000 1860000000000000029" \
  "$(echo "$out" | js 'len(d["ids"]), d["ids"][0], d["ids"][-1]')"
wait_for 30 eval "chunks $dir/x.raw | js 'len(d[\"messages\"])'"
sleep 1.0
check "x: clean close reaches 1 client" 1 "$(ctl POST 'disconnect?mode=close' | js 'd["clients"]')"
wait "$cpid"; rc=$?
check "x: curl ends cleanly after close" 0 "$rc"
sum=$(chunks "$dir/x.raw")
check "x: 30 messages decoded in order" "30 True" \
  "$(echo "$sum" | js 'len(d["messages"]), [m["data"]["id"] for m in d["messages"]] == [str(1860000000000000000 + i) for i in range(30)]')"
check "x: matching_rules id filled from tag" "$acme_id" "$(echo "$sum" | js 'd["messages"][5]["matching_rules"][0]["id"]')"
check "x: some messages split across chunks" True "$(echo "$sum" | js 'd["split"] >= 3')"
check "x: some chunks carry two messages" True "$(echo "$sum" | js 'd["multi"] >= 1')"
check "x: idle keep-alive \\r\\n chunks" True "$(echo "$sum" | js 'd["keepalives"] >= 2')"
check "x: chunked terminator on close" True "$(echo "$sum" | js 'd["terminated"]')"
wait_for 0 state 'd["connections"]'

# Injected failures: the next two attempts get 429 with X's TooManyConnections body.
ctl POST fail '{"status":429,"count":2}' >/dev/null
check "x: injected 429 #1" 429 "$(curl -s -o "$dir/x429" -w '%{http_code}' "${auth[@]}" "$xurl/stream")"
check "x: 429 body" "TooManyConnections" "$(js 'd["connection_issue"]' < "$dir/x429")"
check "x: injected 429 #2" 429 "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$xurl/stream")"
check "x: third attempt streams" 200 "$(curl -s -o /dev/null -w '%{http_code}' --max-time 0.5 "${auth[@]}" "$xurl/stream")"
check "x: attempts log" "[429, 429, 200]" "$(state '[a["status"] for a in d["attempts"] if a["path"].endswith("/stream")][-3:]')"
check "x: attempts carry ms times" True "$(state 'd["attempts"][-1]["t"] >= d["attempts"][-2]["t"] > 1.6e12')"
wait_for 0 state 'd["connections"]'

# Abort: the client sees a reset, not a clean end.
curl -s -N --raw "${auth[@]}" "$xurl/stream" > "$dir/x.abort" &
cpid=$!; pids+=($cpid)
wait_for 1 state 'd["connections"]'
ctl POST 'disconnect?mode=abort' >/dev/null
wait "$cpid"; rc=$?
check "x: abort is a transfer error (curl 56)" 56 "$rc"
wait_for 0 state 'd["connections"]'
check "x: aborted client unregistered" 0 "$(state 'd["connections"]')"

# Mid: half of the next message, then a reset.
curl -s -N --raw "${auth[@]}" "$xurl/stream" > "$dir/x.mid" &
cpid=$!; pids+=($cpid)
wait_for 1 state 'd["connections"]'
ctl POST 'disconnect?mode=mid' >/dev/null
sleep 0.2
check "x: mid waits for the next message" 1 "$(state 'd["connections"]')"
ctl POST publish '[{"data":{"text":"Acme outage again?","lang":"en"},"matching_rules":[{"tag":"brand:acme"}]}]' >/dev/null
wait "$cpid"; rc=$?
check "x: mid ends with an error" 56 "$rc"
check "x: mid left a partial message" "0 True" \
  "$(chunks "$dir/x.mid" | js 'len(d["messages"]), 10 < len(d["tail"]) < 100 and d["tail"].startswith("{\"data\"")')"

# Stall: nothing (not even keep-alives) until resume.
curl -s -N --raw "${auth[@]}" "$xurl/stream" > "$dir/x.stall" &
cpid=$!; pids+=($cpid)
wait_for 1 state 'd["connections"]'
ctl POST stall >/dev/null
sleep 0.1
size1=$(stat -c %s "$dir/x.stall")
ctl POST publish '[{"data":{"text":"Acme stalled post","lang":"en"},"matching_rules":[{"tag":"brand:acme"}]}]' >/dev/null
sleep 1
check "x: stalled stream writes nothing" "$size1" "$(stat -c %s "$dir/x.stall")"
check "x: stalled socket stays open" 1 "$(state 'd["connections"]')"
ctl POST resume >/dev/null
wait_for 1 eval "chunks $dir/x.stall | js 'len(d[\"messages\"])'"
check "x: resume delivers the held post" "Acme stalled post" "$(chunks "$dir/x.stall" | js 'd["messages"][0]["data"]["text"]')"
kill "$cpid" 2>/dev/null; wait "$cpid" 2>/dev/null

# Recent search: 12 Zephyr posts published with no stream open, paged 10 + 2.
wait_for 0 state 'd["connections"]'
batch=$(python3 -c '
import json
print(json.dumps([{"data": {"text": "Zephyr Air lost my bag %d" % i, "author_id": "7"},
                   "includes": {"users": [{"id": "7", "username": "flyer"}]},
                   "matching_rules": [{"tag": "brand:zephyr"}]} for i in range(12)]))')
zids=$(ctl POST publish "$batch")
first=$(echo "$zids" | js 'd["ids"][0]'); third=$(echo "$zids" | js 'd["ids"][2]'); last=$(echo "$zids" | js 'd["ids"][-1]')
out=$(curl -s "${auth[@]}" -G "$xurl/recent" --data-urlencode "query=zephyr air" --data-urlencode max_results=10)
check "x: search page 1 newest first" "10 $last True" \
  "$(echo "$out" | js 'd["meta"]["result_count"], d["meta"]["newest_id"], [int(p["id"]) for p in d["data"]] == sorted((int(p["id"]) for p in d["data"]), reverse=True)')"
check "x: search includes merged" 1 "$(echo "$out" | js 'len(d["includes"]["users"])')"
token=$(echo "$out" | js 'd["meta"]["next_token"]')
out=$(curl -s "${auth[@]}" -G "$xurl/recent" --data-urlencode "query=zephyr air" --data-urlencode "next_token=$token")
check "x: search page 2" "2 $first False" "$(echo "$out" | js 'd["meta"]["result_count"], d["meta"]["oldest_id"], "next_token" in d["meta"]')"
out=$(curl -s "${auth[@]}" -G "$xurl/recent" --data-urlencode "query=zephyr air" --data-urlencode "since_id=$third" --data-urlencode max_results=100)
check "x: search since_id" 9 "$(echo "$out" | js 'd["meta"]["result_count"]')"
out=$(curl -s "${auth[@]}" -G "$xurl/recent" --data-urlencode "query=nobody" )
check "x: search without hits" "0 False" "$(echo "$out" | js 'd["meta"]["result_count"], "data" in d')"
check "x: search max_results < 10 is 400" 400 "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$xurl/recent?query=zephyr&max_results=5")"
ctl POST 'fail?path=search' '{"status":429,"count":1,"body":{"errors":[{"code":88,"message":"Rate limit exceeded"}]}}' >/dev/null
check "x: injected search 429" 429 "$(curl -s -o "$dir/s429" -w '%{http_code}' "${auth[@]}" "$xurl/recent?query=zephyr")"
check "x: injected body as given" 88 "$(js 'd["errors"][0]["code"]' < "$dir/s429")"
check "x: search works again" 200 "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$xurl/recent?query=zephyr")"

# ----------------------------------------------------------------------------------- Mastodon
start_fake mastodon --kind mastodon --token mtok --heartbeat 0.3 --seed 5
mauth=(-H "Authorization: Bearer mtok")
murl="http://127.0.0.1:$port/api/v1"
check "mastodon: no token is 401" 401 "$(curl -s -o "$dir/m401" -w '%{http_code}' "$murl/streaming/public")"
check "mastodon: 401 body" "The access token is invalid" "$(js 'd["error"]' < "$dir/m401")"
check "mastodon: unknown channel is 400" 400 "$(curl -s -o /dev/null -w '%{http_code}' "${mauth[@]}" "$murl/streaming/nope")"
curl -s -N -D "$dir/m.hdr" "${mauth[@]}" "$murl/streaming/public" > "$dir/m.sse" &
p1=$!; pids+=($p1)
curl -s -N "${mauth[@]}" "$murl/streaming/hashtag?tag=acme" > "$dir/m.tag" &
p2=$!; pids+=($p2)
wait_for 2 state 'd["connections"]'
out=$(ctl POST publish '[
 {"event":"update","payload":{"content":"<p>Love the new <a href=\"#\">#Acme</a> app</p>","language":"en","account":{"id":"1","username":"zoe","acct":"zoe"},"tags":[{"name":"ACME","url":"https://fake.social/tags/acme"}]}},
 {"event":"update","payload":{"content":"<p>Zephyr Air est en retard</p>","language":"fr","account":{"id":"2","username":"luc","acct":"luc@remote.example"},"tags":[]}},
 {"event":"delete","payload":"113499999999999999"}]')
sid=$(echo "$out" | js 'd["ids"][0]')
check "mastodon: ids assigned" "113500000000000000 113500000000000001 113499999999999999" "$(echo "$out" | js '" ".join(d["ids"])')"
sleep 1
kill "$p1" "$p2" 2>/dev/null; wait "$p1" "$p2" 2>/dev/null
check "mastodon: SSE content type" "text/event-stream" "$(grep -i '^content-type:' "$dir/m.hdr" | cut -d' ' -f2 | tr -d '\r')"
check "mastodon: chunked" 1 "$(grep -ci '^transfer-encoding: chunked' "$dir/m.hdr")"
check "mastodon: stream starts with :)" ":)" "$(head -1 "$dir/m.sse")"
check "mastodon: :thump heartbeats" True "$(python3 -c 'import sys; print(open(sys.argv[1]).read().count(":thump\n") >= 2)' "$dir/m.sse")"
python3 - "$dir/m.sse" > "$dir/m.events" <<'EOF'
import json, sys
events = []
for block in open(sys.argv[1], encoding="utf-8").read().split("\n\n"):
    lines = [l for l in block.split("\n") if l and not l.startswith(":")]
    if lines:
        f = dict(l.split(": ", 1) for l in lines)
        events.append([f["event"], f["data"]])
print(json.dumps(events))
EOF
check "mastodon: events in order" "update,update,delete" "$(js '",".join(e[0] for e in d)' < "$dir/m.events")"
check "mastodon: update data is the Status" "$sid https://fake.social/users/zoe/statuses/$sid" \
  "$(js 'json.loads(d[0][1])["id"], json.loads(d[0][1])["uri"]' < "$dir/m.events")"
check "mastodon: delete data is the bare id" "113499999999999999" "$(js 'd[2][1]' < "$dir/m.events")"
check "mastodon: hashtag stream filters" "1 1 1" \
  "$(grep -c '^event: update' "$dir/m.tag") $(grep -c "\"id\":\"$sid\"" "$dir/m.tag") $(grep -c '^event: delete' "$dir/m.tag")"

# Timeline paging: 50 more statuses, one edited, one deleted.
batch=$(python3 -c '
import json
print(json.dumps([{"event": "update", "payload": {"content": "<p>Acme %d</p>" % i, "account": {"acct": "u%d" % i}}} for i in range(50)]))')
ids=$(ctl POST publish "$batch")
id10=$(echo "$ids" | js 'd["ids"][10]')
ctl POST publish "[{\"event\":\"status.update\",\"payload\":{\"id\":\"$(echo "$ids" | js 'd["ids"][12]')\",\"content\":\"<p>edited</p>\",\"account\":{\"acct\":\"u12\"}}},{\"event\":\"delete\",\"payload\":\"$(echo "$ids" | js 'd["ids"][13]')\"}]" >/dev/null
curl -s -D "$dir/t.hdr" "${mauth[@]}" "$murl/timelines/public?min_id=$id10&limit=5" > "$dir/t.json"
check "mastodon: min_id page is right after min_id, newest first" \
  "$(echo "$ids" | js '",".join(d["ids"][i] for i in (16,15,14,12,11))')" "$(js '",".join(s["id"] for s in d)' < "$dir/t.json")"
check "mastodon: edit shows latest version" "<p>edited</p>" "$(js '[s["content"] for s in d if s["id"] == "'"$(echo "$ids" | js 'd["ids"][12]')"'"][0]' < "$dir/t.json")"
link=$(grep -i '^link:' "$dir/t.hdr" | tr -d '\r')
check "mastodon: Link rel=next has max_id of the oldest" True "$(python3 -c 'import sys; print("max_id=%s>; rel=\"next\"" % sys.argv[2] in sys.argv[1])' "$link" "$(echo "$ids" | js 'd["ids"][11]')")"
check "mastodon: Link rel=prev has min_id of the newest" True "$(python3 -c 'import sys; print("min_id=%s>; rel=\"prev\"" % sys.argv[2] in sys.argv[1])' "$link" "$(echo "$ids" | js 'd["ids"][16]')")"
rem1=$(grep -i '^x-ratelimit-remaining:' "$dir/t.hdr" | cut -d' ' -f2 | tr -d '\r')
curl -s -D "$dir/t2.hdr" "${mauth[@]}" "$murl/timelines/public?limit=100" > "$dir/t2.json"
rem2=$(grep -i '^x-ratelimit-remaining:' "$dir/t2.hdr" | cut -d' ' -f2 | tr -d '\r')
check "mastodon: rate limit headers count down" "300 $((rem1 - 1))" "$(grep -i '^x-ratelimit-limit:' "$dir/t2.hdr" | cut -d' ' -f2 | tr -d '\r') $rem2"
check "mastodon: limit capped at 40, newest first" "40 $(echo "$ids" | js 'd["ids"][-1]')" "$(js 'len(d), d[0]["id"]' < "$dir/t2.json")"
out=$(curl -s "${mauth[@]}" "$murl/timelines/public?limit=40&max_id=$(js 'd[-1]["id"]' < "$dir/t2.json")")
check "mastodon: max_id pages to the oldest (51 - 40 = 11)" 11 "$(echo "$out" | js 'len(d)')"
check "mastodon: local timeline" 11 "$(curl -s "${mauth[@]}" "$murl/timelines/public?local=true&max_id=$id10" | js 'len(d)')"
check "mastodon: remote timeline" "113500000000000001" "$(curl -s "${mauth[@]}" "$murl/timelines/public?remote=true" | js '",".join(s["id"] for s in d)')"

# ---------------------------------------------------------------------------------- Jetstream
start_fake jetstream --kind jetstream --heartbeat 0.3 --seed 3
cat > "$dir/ws.py" <<'EOF'
"""Minimal RFC 6455 client for the self-test: prints one ok/not ok line per check."""
import base64, json, os, socket, struct, sys, time, urllib.request

port = int(sys.argv[1])
n_fail = 0

def check(desc, want, got):
    global n_fail
    if want == got:
        print("ok - jetstream: %s" % desc)
    else:
        n_fail += 1
        print("not ok - jetstream: %s: expected %r, got %r" % (desc, want, got))

def ctl(method, name, body=None):
    req = urllib.request.Request("http://127.0.0.1:%d/_ctl/%s" % (port, name), method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(req) as r:
        return json.load(r)

def handshake(query, key="dGhlIHNhbXBsZSBub25jZQ==", version="13"):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(("GET /subscribe%s HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: %s\r\n\r\n" % (query, key, version)).encode())
    head = b""
    while b"\r\n\r\n" not in head:
        d = s.recv(1)
        if not d:
            break
        head += d
    lines = head.decode().split("\r\n")
    status = int(lines[0].split()[1])
    hdrs = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
    return s, status, hdrs

class Reader:
    def __init__(self, s):
        self.s, self.buf = s, b""
        self.pings = self.fragmented = 0
        self.close_code = None
    def need(self, n):
        while len(self.buf) < n:
            d = self.s.recv(65536)
            if not d:
                raise EOFError
            self.buf += d
        out, self.buf = self.buf[:n], self.buf[n:]
        return out
    def frame(self):
        b0, b1 = self.need(2)
        assert not b1 & 0x80, "server frames must be unmasked"
        n = b1 & 0x7F
        if n == 126:
            n = struct.unpack("!H", self.need(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", self.need(8))[0]
        return b0 >> 7, b0 & 0x0F, self.need(n)
    def send(self, opcode, payload):
        mask = os.urandom(4)
        hdr = struct.pack("!BB", 0x80 | opcode, 0x80 | len(payload))
        self.s.sendall(hdr + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
    def message(self, timeout=5.0):
        """Next data message (reassembled), answering pings; None on close."""
        self.s.settimeout(timeout)
        parts, frames = [], 0
        while True:
            fin, op, payload = self.frame()
            if op == 0x9:
                self.pings += 1
                self.send(0xA, payload)
                continue
            if op == 0x8:
                self.close_code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
                return None
            if op in (0x1, 0x0):
                assert (op == 0x1) == (not parts), "continuation order"
                parts.append(payload)
                frames += 1
                if fin:
                    if frames > 1:
                        self.fragmented += 1
                    return json.loads(b"".join(parts).decode("utf-8"))

post = lambda did, rkey, text: {"did": did, "kind": "commit", "commit": {
    "rev": "3l3qo2vutsw2b", "operation": "create", "collection": "app.bsky.feed.post", "rkey": rkey,
    "cid": "bafyreib2rxk3rh6kzwq", "record": {"$type": "app.bsky.feed.post", "text": text,
    "createdAt": "2026-11-23T10:00:00.000Z", "langs": ["en"]}}}
like = {"did": "did:plc:fan1", "kind": "commit", "commit": {"rev": "3l3qo2vutsw2c", "operation": "create",
        "collection": "app.bsky.feed.like", "rkey": "3l3qo2vuowo2c", "cid": "bafyreilike",
        "record": {"$type": "app.bsky.feed.like", "subject": {"uri": "at://did:plc:acme/app.bsky.feed.post/1", "cid": "x"},
                   "createdAt": "2026-11-23T10:00:00.000Z"}}}
ident = {"did": "did:plc:fan1", "kind": "identity", "identity": {"did": "did:plc:fan1", "handle": "fan.example", "seq": 1, "time": "2026-11-23T10:00:00Z"}}

# Before anyone connects: post, like, identity, post.
before = ctl("POST", "publish", [post("did:plc:fan1", "r1", "Acme app is great"), like, ident,
                                 post("did:plc:fan2", "r2", "Zephyr Air delayed again 😡")])["ids"]
check("time_us strictly increasing", True, all(a < b for a, b in zip(before, before[1:])) and before[0] > 10**15)

s, status, hdrs = handshake("?wantedCollections=app.bsky.feed.post&cursor=%d" % before[1])
check("101 Switching Protocols", 101, status)
check("Sec-WebSocket-Accept of the RFC 6455 example key", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", hdrs.get("sec-websocket-accept"))
r = Reader(s)
m1, m2 = r.message(), r.message()
check("replay from µs cursor: like filtered, identity kept", ["identity", "r2"],
      [m1["kind"], m2.get("commit", {}).get("rkey")])
check("replayed events carry time_us and cursor", (before[3], 4), (m2["time_us"], m2["cursor"]))
live = ctl("POST", "publish", [post("did:plc:fan%d" % i, "l%d" % i, "Acme live %d — ünïcödé" % i) for i in range(12)] + [like])["ids"]
got = [r.message() for _ in range(12)]
check("live tail in order", ["l%d" % i for i in range(12)], [m["commit"]["rkey"] for m in got])
check("some messages fragmented", True, r.fragmented >= 2)
time.sleep(1.0)
ctl("POST", "publish", [ident])
check("identity after idle", "identity", r.message()["kind"])
check("pings received", True, r.pings >= 2)
time.sleep(0.2)
st = ctl("GET", "state")
check("server counted our masked pongs", True, st["clients"][0]["pongs"] >= 2)
check("one connection", 1, st["connections"])
check("clean close: 1001", (1, None, 1001), (ctl("POST", "disconnect?mode=close")["clients"], r.message(), r.close_code))
r.send(0x8, struct.pack("!H", 1000))
s.close()

# v2 sequence cursor (< 1e15), inclusive; no wantedCollections: everything.
s, status, hdrs = handshake("?cursor=3", key=base64.b64encode(os.urandom(16)).decode())
r = Reader(s)
check("replay from seq cursor", [3, 4, 5], [r.message()["cursor"] for _ in range(3)])
ctl("POST", "disconnect?mode=abort")
try:
    while r.message(timeout=2.0) is not None:
        pass
    aborted = "closed"
except (ConnectionResetError, EOFError):
    aborted = "reset/eof"
check("abort drops the connection", "reset/eof", aborted)
s.close()

# Bad upgrades and an injected 503.
check("wrong version is 426", 426, handshake("", version="8")[1])
check("bad key is 400", 400, handshake("", key="short")[1])
ctl("POST", "fail", {"status": 503, "count": 1})
check("injected 503 on the upgrade", 503, handshake("")[1])
check("next upgrade works", 101, handshake("")[1])
time.sleep(0.2)
check("attempts log", [101, 101, 426, 400, 503, 101],
      [a["status"] for a in ctl("GET", "state")["attempts"]])
sys.exit(1 if n_fail else 0)
EOF
while IFS= read -r line; do
  n=$((n + 1))
  case $line in
    "ok - "*) echo "ok $n - ${line#ok - }" ;;
    *) echo "not ok $n - ${line#not ok - }"; failures=$((failures + 1)) ;;
  esac
done < <(python3 "$dir/ws.py" "$port" 2>&1)

echo "$((n - failures)) passed, $failures failed"
if [ "$failures" -ne 0 ]; then
  for f in "$dir"/*.log; do echo "--- $f"; tail -20 "$f"; done
  exit 1
fi
exit 0
