#!/usr/bin/env bash
# Integration test of TLS certificate verification in earshotd's network
# sources, end to end: the fake platform servers (tests/fakes/fakeplat.py)
# serve https:// and wss:// with certificates made here, at test time, by a
# throwaway CA (openssl CLI); a private redis-server counts what arrives.
#
#   tls.sh EARSHOTD LEXICON_DIR FAKEPLAT
#
# Three sources in each daemon — a generic NDJSON stream over https on the
# fake X (bearer token), Mastodon over https (bearer token), Jetstream over
# wss — and three daemons, each with its own key prefix:
#   1. ok       ca_file = the test CA: every source connects, every post arrives
#               exactly once, no reconnect, no TLS error at the fakes.
#   2. noca     no ca_file (the system store, which does not hold the test
#               CA): every source is refused — the fakes see the handshake
#               aborted, no HTTP request (so no token) ever reaches them, the
#               log names the certificate problem, reconnects are counted,
#               and no published post arrives.
#   3. wronghost ca_file = the test CA, but the servers present a certificate
#               (from the same CA) for another host name: refused the same way.
# In every run the bearer token must not appear in earshotd's log (run with
# --verbose, so debug lines are checked too). Only loopback is used.
# Exit 77 (skip) without redis-server, python3, curl or openssl.
set -uo pipefail
earshotd=$1
lexicons=$(cd "$2" && pwd)
fakeplat=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
. "$(dirname "$0")/../lib.sh"
need redis-server redis-cli python3 curl openssl
it_init tls
it_redis
stat() { r HGET "$prefix:stats" "$1"; }
mentions() { r XLEN "$prefix:{acme}:mentions"; }

# --- a throwaway CA and two server certificates ---------------------------
# The CA signs "good" (localhost and 127.0.0.1, what the sources connect to)
# and "other" (only the name other.example: right CA, wrong host).
ssl() { openssl "$@" 2>>"$dir/openssl.log" >/dev/null || { echo "openssl $1 failed:"; cat "$dir/openssl.log"; exit 1; }; }
ssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=earshot throwaway test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$dir/ca.key" -out "$dir/ca.pem"
server_cert() { # server_cert NAME SUBJECT_ALT_NAME
  ssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$dir/$1.key" -out "$dir/$1.csr"
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    "$2" > "$dir/$1.ext"
  ssl x509 -req -in "$dir/$1.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
    -days 2 -extfile "$dir/$1.ext" -out "$dir/$1.pem"
}
server_cert good "DNS:localhost,IP:127.0.0.1"
server_cert other "DNS:other.example"
check "the test CA verifies the good certificate" "$dir/good.pem: OK" \
  "$(openssl verify -CAfile "$dir/ca.pem" "$dir/good.pem" 2>&1)"

echo "tls-test-token-7f3a9c" > "$dir/token"
token=$(cat "$dir/token")

# --- the fakes -----------------------------------------------------------------
start_fake() { # start_fake VAR NAME ARGS... ; sets $VAR to its port
  python3 "$fakeplat" --port-file "$dir/$2.port" --seed 7 "${@:3}" >/dev/null 2>"$dir/$2.log" &
  fake_pids+=($!)
  for _ in $(seq 200); do [ -s "$dir/$2.port" ] && break; sleep 0.05; done
  [ -s "$dir/$2.port" ] || { echo "fake $2 did not start"; cat "$dir/$2.log"; exit 1; }
  printf -v "$1" '%s' "$(cat "$dir/$2.port")"
}
# The control API is served over the same TLS; the test itself trusts the CA
# (the "other" certificate is checked under the name it was made for).
ctl() { # ctl PORT METHOD NAME [BODY]
  curl -s --cacert "$dir/ca.pem" --connect-to "other.example:$1:127.0.0.1:$1" -X "$2" \
    "https://${host:-127.0.0.1}:$1/_ctl/$3" ${4:+--data-binary "$4"}
}
js() { python3 -c 'import json,sys; d=json.load(sys.stdin); r=eval(sys.argv[1]); print(" ".join(map(str, r)) if isinstance(r, tuple) else r)' "$1"; }
state() { ctl "$1" GET state | js "$2"; } # state PORT EXPR

tls_good=(--tls "$dir/good.pem" "$dir/good.key")
tls_other=(--tls "$dir/other.pem" "$dir/other.key")
start_fake xport x --kind x --token "$token" --heartbeat 1 "${tls_good[@]}"
start_fake mport masto --kind mastodon --token "$token" --heartbeat 1 "${tls_good[@]}"
start_fake jport js --kind jetstream --heartbeat 1 "${tls_good[@]}"
start_fake xport2 x2 --kind x --token "$token" --heartbeat 1 "${tls_other[@]}"
start_fake mport2 masto2 --kind mastodon --token "$token" --heartbeat 1 "${tls_other[@]}"
start_fake jport2 js2 --kind jetstream --heartbeat 1 "${tls_other[@]}"
check "the fake answers over TLS to a client that trusts the CA" x "$(state "$xport" "d['kind']")"
check "the wrong-host fake answers under its own name" x "$(host=other.example state "$xport2" "d['kind']")"
check "the fake over TLS refuses a client without the CA (curl exit 60)" 60 \
  "$(curl -s -o /dev/null "https://127.0.0.1:$xport/_ctl/state"; echo $?)"

# Payloads shaped like each platform's documented examples (fictional users).
x_posts() { # x_posts N WORD
  python3 -c 'import json,sys; print(json.dumps([{"data": {"text": "acme %s over tls %d" % (sys.argv[2], i), "lang": "en"}} for i in range(int(sys.argv[1]))]))' "$1" "$2"
}
masto_posts() { # masto_posts N WORD
  python3 -c '
import json, sys
print(json.dumps([{"event": "update", "payload": {"content": "<p>acme %s over tls %d</p>" % (sys.argv[2], i),
  "spoiler_text": "", "language": "en", "visibility": "public", "tags": [], "mentions": [],
  "in_reply_to_id": None, "in_reply_to_account_id": None, "reblog": None,
  "account": {"id": "1", "username": "alice", "acct": "alice", "url": "https://fake.social/@alice"}}}
  for i in range(int(sys.argv[1]))]))' "$1" "$2"
}
bsky_posts() { # bsky_posts N WORD
  python3 -c '
import json, sys
print(json.dumps([{"did": "did:plc:bobbobbobbobbobbobbobbobb", "kind": "commit", "commit": {
  "rev": "3l3qo2vutsw2b", "operation": "create", "collection": "app.bsky.feed.post",
  "rkey": "3l%stls%d" % (sys.argv[2], i), "cid": "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a",
  "record": {"$type": "app.bsky.feed.post", "text": "acme %s over tls %d" % (sys.argv[2], i),
             "createdAt": "2026-11-23T10:00:00.000Z", "langs": ["en"]}}}
  for i in range(int(sys.argv[1]))]))' "$1" "$2"
}

# --- the daemon ------------------------------------------------------------------
sources() { # sources XPORT MPORT JPORT CA_LINE
  cat <<EOF
[source gen]
type = http
url = https://127.0.0.1:$1/2/tweets/search/stream
token_file = $dir/token
format = ndjson
field.id = data.id
field.text = data.text
$4
[source social]
type = mastodon
url = https://127.0.0.1:$2/
token_file = $dir/token
stream = public
backfill = false
$4
[source bsky]
type = jetstream
url = wss://127.0.0.1:$3/subscribe
$4
EOF
}
start_daemon() { # start_daemon PREFIX SOURCES ; sets $prefix, $log
  prefix=$1
  log=$dir/$1.daemon.log
  cat > "$dir/$1.conf" <<EOF
[daemon]
flush_interval = 100ms
shutdown_grace = 2s
lexicons = $lexicons
state_dir = $dir/state-$1
[redis]
address = 127.0.0.1:$port
prefix = $1
$2
[brand acme]
query = acme
EOF
  "$earshotd" --verbose -c "$dir/$1.conf" 2> "$log" &
  daemon_pid=$!
}
stop_daemon() { # stop_daemon: SIGTERM, must exit 0; the token never in the log
  kill -TERM "$daemon_pid"
  wait "$daemon_pid"; local rc=$?
  daemon_pid=
  check "$prefix: SIGTERM exits 0" 0 "$rc"
  check "$prefix: no sanitizer report" 0 "$(grep -c -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log")"
  check "$prefix: the token is not in the log ($(wc -l < "$log") lines)" 0 "$(grep -c -F "$token" "$log")"
  if [ "$failures" -ne 0 ] && [ -z "${shown:-}" ]; then
    shown=1; echo "--- $prefix daemon log"; tail -n 40 "$log"
  fi
}

# Counts at the fakes before a scenario, to compare with after it.
count_all() { # count_all EXPR PORT... : one number per fake, space-separated
  local e=$1 p; shift
  for p in "$@"; do state "$p" "$e"; done | tr '\n' ' ' | sed 's/ $//'
}

# =============================================================================
# 1. The test CA in ca_file: https and wss deliver.
tls_errors_before=$(count_all "len(d['tls_errors'])" "$xport" "$mport" "$jport")
start_daemon ok "$(sources "$xport" "$mport" "$jport" "ca_file = $dir/ca.pem")"
for p in "$xport" "$mport" "$jport"; do wait_for 1 state "$p" "d['connections']" || true; done
check "ok: every source is connected over TLS (x, mastodon, jetstream streams open)" "1 1 1" \
  "$(state "$xport" "d['connections']") $(state "$mport" "d['connections']") $(state "$jport" "d['connections']")"
check "ok: the bearer token reached the https servers" "True True" \
  "$(state "$xport" "all(a['auth'] for a in d['attempts'])") $(state "$mport" "all(a['auth'] for a in d['attempts'] if '/streaming' in a['path'])")"
ctl "$xport" POST publish "$(x_posts 4 gen)" > /dev/null
ctl "$mport" POST publish "$(masto_posts 3 social)" > /dev/null
ctl "$jport" POST publish "$(bsky_posts 5 bsky)" > /dev/null
wait_for 12 mentions || true
check "ok: every post arrives in Redis (4 https ndjson + 3 mastodon + 5 wss)" 12 "$(mentions)"
wait_for 12 stat posts_in || true
check "ok: posts read, no reconnect, no parse error" "12 0 0" \
  "$(stat posts_in) $(stat source_reconnects) $(stat parse_errors)"
check "ok: each source's posts (gen social bsky)" "4 3 5" \
  "$(for s in gen social bsky; do r XRANGE "$prefix:{acme}:mentions" - + | grep -c "^acme $s over tls"; done | tr '\n' ' ' | sed 's/ $//')"
check "ok: no handshake failed at the fakes" "$tls_errors_before" \
  "$(count_all "len(d['tls_errors'])" "$xport" "$mport" "$jport")"
stop_daemon

# =============================================================================
# 2. No ca_file: the system store does not know the test CA — refused.
refused() { # refused SCENARIO XPORT MPORT JPORT WHAT_THE_LOG_SAYS ATTEMPTS_BEFORE
  local s=$1
  # Each source tries, is refused, and backs off; wait for two attempts each.
  wait_for 1 sh -c "[ \"\$(redis-cli -p $port HGET $prefix:stats source_reconnects)\" -ge 6 ] && echo 1" || true
  check "$s: every source's attempts fail and are counted as reconnects (>= 2 each)" 1 \
    "$([ "$(stat source_reconnects)" -ge 6 ] && echo 1 || echo 0)"
  check "$s: no source stopped for good (it keeps retrying)" 0 "$(stat sources_stopped)"
  ctl "$2" POST publish "$(x_posts 4 "$s")" > /dev/null
  ctl "$3" POST publish "$(masto_posts 3 "$s")" > /dev/null
  ctl "$4" POST publish "$(bsky_posts 5 "$s")" > /dev/null
  sleep 1.5
  check "$s: no post arrives (mentions, posts_in)" "0 0" "$(mentions) $(stat posts_in)"
  check "$s: no HTTP request got past TLS, so no token was sent (x, mastodon, jetstream)" "$6" \
    "$(count_all "len(d['attempts'])" "$2" "$3" "$4")"
  check "$s: the log names the certificate problem for each source" "1 1 1" \
    "$(for src in gen social bsky; do grep -q -E "source \"$src\".*$5" "$log" && echo 1 || echo 0; done | tr '\n' ' ' | sed 's/ $//')"
}
attempts_before=$(count_all "len(d['attempts'])" "$xport" "$mport" "$jport")
read -r -a errs_before <<<"$(count_all "len(d['tls_errors'])" "$xport" "$mport" "$jport")"
start_daemon noca "$(sources "$xport" "$mport" "$jport" "")"
refused noca "$xport" "$mport" "$jport" "(certificate|SSL)" "$attempts_before"
check "noca: the fakes saw the client abort the handshake (unknown CA)" "1 1 1" \
  "$(i=0; for p in "$xport" "$mport" "$jport"; do
        state "$p" "int(any('unknown ca' in e['error'].lower() for e in d['tls_errors'][${errs_before[i]}:]))"
        i=$((i + 1)); done | tr '\n' ' ' | sed 's/ $//')"
grep -h -o -E 'source "[a-z]+": [^;]*(certificate|SSL)[^;]*' "$log" | sort -u | head -n 3 | sed 's/^/# /'
stop_daemon

# =============================================================================
# 3. The right CA, a certificate for another host name — refused.
host=other.example
start_daemon wronghost "$(sources "$xport2" "$mport2" "$jport2" "ca_file = $dir/ca.pem")"
refused wronghost "$xport2" "$mport2" "$jport2" "(certificate|SSL|host ?name)" "0 0 0"
check "wronghost: the client reached the servers (TLS connections were made, then dropped)" 1 \
  "$(state "$xport2" "int(d['tls_handshakes'] + len(d['tls_errors']) >= 3)")"
grep -h -o -E 'source "[a-z]+": [^;]*(certificate|SSL|host ?name)[^;]*' "$log" | sort -u | head -n 3 | sed 's/^/# /'
stop_daemon
unset host

it_done
