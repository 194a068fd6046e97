#!/usr/bin/env bash
# The Grafana dashboard (dashboards/earshot.json) against what earshotd really
# writes: every panel query, with the dashboard's variables filled in (each
# brand of the brand variable, the prefix variable's default), is run with
# redis-cli against a private redis-server that earshotd has just filled from
# the demo's recorded stream (read fast). Each must return a non-empty result
# of the type its command expects, and every field a panel picks (field
# filters, renames, the streaming field list) must exist in the entries, with
# numbers where the panel plots or reduces numbers. The brand variable is a
# query (SMEMBERS of the daemon's brand set): it is run too, and must give the
# configuration's brands, which the panel queries then use; the source variable
# likewise (the sources, each with its state line P:source:NAME). A mutated copy of
# the dashboard (a renamed key, a renamed field) must fail the same check, so
# the check itself can fail. Along the way: the per-minute health stream
# (P:stats:1m) adds up exactly to the counters for the demo's known numbers,
# and the brand set follows SIGHUP reloads (a brand removed, one added).
# Exit 77 (skip) without redis-server or python3.
#   dashboard.sh EARSHOTD SOURCE_ROOT
set -uo pipefail
earshotd=$1
root=$(cd "$2" && pwd)
. "$root/tests/lib.sh"
need redis-server redis-cli python3
it_init dash
it_redis --appendonly no

# The demo's configuration, read fast, under the default prefix. Acme's
# negative_share detector judges at once (no warm-up, no baseline, a threshold
# under the stream's share) so that an alert event reaches the alerts stream
# in a short run; the other settings are the demo's.
sed -e "s|@PORT@|$port|" -e "s|@LEXICONS@|$root/lexicons|" -e "s|@STATE@|$dir/state|" \
    -e 's/^pace = recorded$/pace = fast/' -e 's/^prefix = demo$/prefix = earshot/' \
    -e 's/^alert\.negative_share\.warmup = 60s$/alert.negative_share.warmup = 0s\nalert.negative_share.min_baseline = 0\nalert.negative_share.threshold = 0.3/' \
    "$root/tests/data/demo/earshot.conf.in" > "$dir/earshot.conf"
cp "$root/tests/data/demo/stream.ndjson" "$dir/"
check "the derived configuration reads the demo fast" 1 "$(grep -c '^pace = fast$' "$dir/earshot.conf")"
check "the derived configuration uses the default prefix" 1 "$(grep -c '^prefix = earshot$' "$dir/earshot.conf")"
# A brand set left by an earlier configuration: the start replaces it whole.
r SADD earshot:brands oldbrand acme > /dev/null
"$earshotd" -c "$dir/earshot.conf" 2> "$dir/daemon.log" &
daemon_pid=$!

stream_has() { [ "$(r XLEN "$1")" -ge "$2" ]; }
WAIT_SECS=20 wait_ok stream_has 'earshot:{acme}:mentions' 556
check "the demo's Acme mentions are in" 556 "$(r XLEN 'earshot:{acme}:mentions')"
WAIT_SECS=10 wait_ok stream_has earshot:alerts 1
check "an alert event was written" 1 "$([ "$(r XLEN earshot:alerts)" -ge 1 ] && echo 1 || echo 0)"
# Minute buckets are written when a wall-clock minute closes: up to a minute.
echo "# waiting for the current minute to close (up to 62 s)"
for b in acme globex umbrella; do WAIT_SECS=62 wait_ok stream_has "earshot:{$b}:w:1m" 1; done
check "every brand has a closed minute" "1 1 1" \
  "$(for b in acme globex umbrella; do r XLEN "earshot:{$b}:w:1m"; done | awk '{print ($1 > 0)}' | xargs)"
WAIT_SECS=5 wait_ok r HGET earshot:stats updated_ms
WAIT_SECS=5 wait_ok stream_has earshot:stats:1m 1

# --- the brand set ---------------------------------------------------------------
check "the brand set is the configuration's brands (the old one's gone)" "acme globex umbrella" \
  "$(r SMEMBERS earshot:brands | sort | xargs)"
check "no scratch key left behind" 0 "$(r EXISTS 'earshot:brands:{earshot:brands}')"

# --- the per-minute health stream (P:stats:1m) ---------------------------------
# The demo's stream: 1103 lines, 2 of them broken; 556 + 249 + 179 mentions.
# Every count read in a minute is in that minute's entry, so once the minute of
# the last post has closed the entries add up to the counters. (Reading takes
# about a second: when it straddled a minute boundary, that takes one more
# minute.)
sum1m() { # sum1m FIELD: the field summed over every P:stats:1m entry
  r XRANGE earshot:stats:1m - + | awk -v f="$1" 'prev == f { s += $0 } { prev = $0 } END { print s + 0 }'
}
summed() { [ "$(sum1m posts_in)" = 1101 ]; }
WAIT_SECS=62 wait_ok summed
check "stats:1m: posts read, per minute, add up to the demo's posts" 1101 "$(sum1m posts_in)"
check "stats:1m: and to the counter" "$(r HGET earshot:stats posts_in)" "$(sum1m posts_in)"
check "stats:1m: parse errors (the 2 broken lines)" 2 "$(sum1m parse_errors)"
check "stats:1m: mentions (556 + 249 + 179)" 984 "$(sum1m mentions)"
check "stats:1m: posts matched add up to the counter" "$(r HGET earshot:stats posts_matched)" "$(sum1m posts_matched)"
check "stats:1m: nothing dropped, no Redis error, no reconnect" "0 0 0" \
  "$(sum1m redis_dropped) $(sum1m redis_errors) $(sum1m source_reconnects)"
cat > "$dir/stats1m.py" <<'EOF'
import json, subprocess, sys
port = sys.argv[1]
out = subprocess.run(["redis-cli", "-p", port, "--json", "XRANGE", "earshot:stats:1m", "-", "+"],
                     capture_output=True, check=True).stdout
entries = json.loads(out)
problems = []
ids = [int(e[0].split("-")[0]) for e in entries]
if any(e[0] != "%d-0" % i or i % 60000 for e, i in zip(entries, ids)):
    problems.append("an id is not a minute's start: %s" % [e[0] for e in entries])
if any(b - a != 60000 for a, b in zip(ids, ids[1:])):
    problems.append("entries are not one a minute: %s" % ids)
want = set("posts_in posts_matched mentions parse_errors duplicates source_reconnects "
           "redis_written redis_errors redis_dropped queue_bytes spool_bytes spooled "
           "redis_rtt_max_ms redis_rtt_mean_ms redis_replies span_ms".split())
for e in entries:
    kv = dict(zip(e[1][::2], e[1][1::2]))
    if want - set(kv):
        problems.append("%s lacks %s" % (e[0], " ".join(sorted(want - set(kv)))))
    try:
        vals = {k: float(v) for k, v in kv.items()}
    except ValueError:
        problems.append("%s: a value is not a number: %s" % (e[0], kv))
        continue
    if vals.get("redis_rtt_max_ms", 0) < vals.get("redis_rtt_mean_ms", 0):
        problems.append("%s: round-trip max below the mean" % e[0])
    if not 0 < vals.get("span_ms", 0) <= 61000:
        problems.append("%s: span_ms %s" % (e[0], kv.get("span_ms")))
first = dict(zip(entries[0][1][::2], entries[0][1][1::2])) if entries else {}
# The first minute wrote (the demo's posts): its round trips were timed.
if not (int(first.get("redis_replies", 0)) > 0 and float(first.get("redis_rtt_max_ms", 0)) > 0):
    problems.append("the first minute has no timed round trip: %s" % first)
print("\n".join(problems) if problems else "ok %d entries" % len(entries))
EOF
check "stats:1m: ids are minutes, one a minute, every field a number, round trips timed" ok \
  "$(python3 "$dir/stats1m.py" "$port" | sed 's/^ok [0-9]* entries$/ok/')"

# --- the checker: every panel query of a dashboard file against this Redis ---
cat > "$dir/check_dashboard.py" <<'EOF'
import json, re, subprocess, sys

path, port, conf = sys.argv[1], sys.argv[2], sys.argv[3]
problems = []
checked = 0

def bad(msg):
    problems.append(msg)

warnings = []

def cli(*args):
    out = subprocess.run(["redis-cli", "-p", port, "--json", *args], capture_output=True,
                         timeout=10)
    try:
        text = out.stdout.decode()
    except UnicodeDecodeError as e:
        # Grafana would show U+FFFD there; worth knowing, not a wrong key.
        warnings.append("%s: invalid UTF-8 in the reply: ...%r" % (
            " ".join(args[:2]), out.stdout[max(0, e.start - 40):e.start + 4]))
        text = out.stdout.decode(errors="replace")
    if out.returncode != 0 or text.startswith("(error)"):
        return None, (text + out.stderr.decode(errors="replace")).strip()
    try:
        return json.loads(text), None
    except ValueError as e:
        return None, "unparsable reply: %s (%s)" % (text[:80], e)

def is_number(v):
    if isinstance(v, (int, float)):
        return True
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False

dash = json.load(open(path))
variables = {v["name"]: v for v in dash["templating"]["list"]}
ds = variables.get("datasource", {})
if ds.get("type") != "datasource" or ds.get("query") != "redis-datasource":
    bad("no datasource variable of type redis-datasource")
prefix = variables.get("prefix", {}).get("query")
if prefix != "earshot":
    bad("the prefix variable's default is %r, not earshot" % prefix)
# The brand and source variables: queries of the data source, SMEMBERS of the daemon's
# brand and source sets; run here, they must give the demo configuration's brands and sources.
conf_text = open(conf).read()

def query_variable(name):
    global checked
    v = variables.get(name, {})
    want = sorted(re.findall(r"^\[%s (\S+)\]$" % name, conf_text, re.M))
    if v.get("type") != "query" or v.get("datasource", {}).get("uid") != "${datasource}":
        bad("the %s variable is not a query of the datasource variable" % name)
    vq = v.get("query")
    if isinstance(vq, dict):  # newer Grafana versions keep the query in an object
        vq = vq.get("query")
    m = re.fullmatch(r"SMEMBERS (\S+)", vq or "")
    if not m:
        bad("the %s variable's query %r is not SMEMBERS KEY" % (name, vq))
        return []
    vkey = m.group(1).replace("${prefix}", prefix or "")
    checked += 1
    typ, err = cli("TYPE", vkey)
    res, err = cli("SMEMBERS", vkey) if typ == "set" else (None, err)
    if typ != "set" or not isinstance(res, list):
        bad("%s variable: SMEMBERS %s: key type %r, expected set (%s)" % (name, vkey, typ, err or ""))
        return []
    if sorted(res) != want:
        bad("%s variable: SMEMBERS %s gives %s, not the demo's %ss %s"
            % (name, vkey, sorted(res), name, want))
    return sorted(res)

values_of = {"brand": query_variable("brand"), "source": query_variable("source")}
brands = values_of["brand"]

def panels(items):
    for p in items:
        if p.get("type") == "row":
            yield from panels(p.get("panels", []))
        else:
            yield p

SUPPORTED = {"xrange": "stream", "xrevrange": "stream", "hgetall": "hash", "zrange": "zset"}
ALWAYS = {"$time", "$streamId", "#time"}

def used_fields(p, t):
    """The entry/hash fields a panel depends on, and whether they must be numbers."""
    names = set()
    for tr in p.get("transformations", []):
        o = tr.get("options", {})
        if tr["id"] == "filterFieldsByName":
            names |= set(o.get("include", {}).get("names", []))
        elif tr["id"] == "organize":
            names |= set(o.get("renameByName", {})) | set(o.get("excludeByName", {}))
    if t.get("field"):
        names |= set(t["field"].split())
    names -= ALWAYS
    # Time series plot numbers; a stat panel reduces numbers unless told to show strings.
    numeric = p["type"] == "timeseries" or (
        p["type"] == "stat" and p.get("options", {}).get("reduceOptions", {}).get("fields", "") == "")
    return names, numeric

all_panels = list(panels(dash["panels"]))
if not all_panels:
    bad("no panels")
for p in all_panels:
    if p.get("datasource", {}).get("uid") != "${datasource}":
        bad("panel %r does not use the datasource variable" % p.get("title"))
    if not p.get("targets"):
        bad("panel %r has no query" % p.get("title"))
    for t in p.get("targets", []):
        title = "%s/%s" % (p.get("title"), t.get("refId"))
        cmd = t.get("command")
        if t.get("type") != "command" or cmd not in SUPPORTED or t.get("query"):
            bad("%s: not a plain Redis command of the plugin: %r" % (title, cmd))
            continue
        names, numeric = used_fields(p, t)
        var = next((n for n in values_of if "${%s}" % n in t["keyName"]), None)
        for value in (values_of[var] if var else brands[:1]):
            key = t["keyName"].replace("${prefix}", prefix or "")
            if var:
                key = key.replace("${%s}" % var, value)
            what = "%s [%s] %s %s" % (title, value, cmd.upper(), key)
            if "$" in key or "[[" in key:
                bad("%s: a variable left in the key" % what)
                continue
            checked += 1
            typ, err = cli("TYPE", key)
            if typ != SUPPORTED[cmd]:
                bad("%s: key type %r, expected %s (%s)" % (what, typ, SUPPORTED[cmd], err or ""))
                continue
            if cmd in ("xrange", "xrevrange"):
                # Empty start/end: the plugin uses the dashboard's time range; here all of it.
                lo, hi = t.get("start") or "-", t.get("end") or "+"
                args = [key, lo, hi] if cmd == "xrange" else [key, hi, lo]
                if t.get("count"):
                    args += ["COUNT", str(t["count"])]
                res, err = cli(cmd.upper(), *args)
                if not isinstance(res, list) or not res:
                    bad("%s: empty or no stream entries (%s)" % (what, err or res))
                    continue
                if t.get("count") and len(res) > t["count"]:
                    bad("%s: %d entries for COUNT %d" % (what, len(res), t["count"]))
                for entry in res:
                    if not (isinstance(entry, list) and len(entry) == 2 and
                            re.fullmatch(r"\d+-\d+", str(entry[0])) and isinstance(entry[1], list)):
                        bad(("%s: not a stream entry: %r" % (what, entry))[:200])
                        break
                    kv = dict(zip(entry[1][::2], entry[1][1::2]))
                    missing = sorted(names - set(kv))
                    if missing:
                        bad("%s: entry %s lacks %s" % (what, entry[0], " ".join(missing)))
                        break
                    if numeric and not all(is_number(kv[f]) for f in names):
                        bad("%s: entry %s has non-numeric plotted fields" % (what, entry[0]))
                        break
            elif cmd == "hgetall":
                res, err = cli("HGETALL", key)
                if isinstance(res, list):  # a RESP2 reply
                    res = dict(zip(res[::2], res[1::2]))
                if not isinstance(res, dict) or not res:
                    bad("%s: empty or no hash (%s)" % (what, err or res))
                    continue
                missing = sorted(names - set(res))
                if missing:
                    bad("%s: hash lacks %s" % (what, " ".join(missing)))
                elif numeric and not all(is_number(res[f]) for f in names):
                    bad("%s: non-numeric fields in a numeric panel" % what)
            elif cmd == "zrange":
                args = [key, str(t.get("min", "")), str(t.get("max", ""))]
                if t.get("zrangeQuery"):
                    args.append(t["zrangeQuery"])
                res, err = cli("ZRANGE", *args, "WITHSCORES")
                if not isinstance(res, list) or not res:
                    bad("%s: empty or no sorted set (%s)" % (what, err or res))
                    continue
                scores = [pair[1] for pair in res if isinstance(pair, list) and len(pair) == 2]
                if len(scores) != len(res) or not all(is_number(s) for s in scores):
                    bad("%s: not member/score pairs: %r" % (what, res[:3]))
                elif t.get("zrangeQuery") == "REV" and scores != sorted(scores, reverse=True):
                    bad("%s: REV range not in descending score order" % what)

for m in warnings:
    print("# warning: " + m)
for m in problems:
    print("#   " + m)
print("checked %d queries, %d problems" % (checked, len(problems)))
sys.exit(1 if problems else 0)
EOF

dash="$root/dashboards/earshot.json"
conf_in="$root/tests/data/demo/earshot.conf.in"
python3 "$dir/check_dashboard.py" "$dash" "$port" "$conf_in" > "$dir/check.out" 2>&1
rc=$?
cat "$dir/check.out"
check "every panel query of the dashboard returns data with its fields" 0 "$rc"
check "the queries were all run (panels × brands)" 1 \
  "$(grep -q '^checked [1-9][0-9]* queries, 0 problems$' "$dir/check.out" && echo 1 || echo 0)"

# The checker must be able to fail: a key the daemon does not write, a field
# it does not write, a key of the wrong type.
mutate() { # mutate FROM TO — a copy of the dashboard with one string replaced
  python3 -c 'import sys; s = open(sys.argv[1]).read(); assert sys.argv[2] in s; open(sys.argv[4], "w").write(s.replace(sys.argv[2], sys.argv[3]))' \
    "$dash" "$1" "$2" "$dir/mutated.json"
}
fails_with() { # fails_with TEXT — the mutated dashboard fails, for that reason
  python3 "$dir/check_dashboard.py" "$dir/mutated.json" "$port" "$conf_in" > "$dir/mutated.out" 2>&1
  local rc=$?
  [ "$rc" -eq 1 ] && grep -qF -- "$1" "$dir/mutated.out" && echo 1 || { cat "$dir/mutated.out" >&2; echo 0; }
}
mutate ':w:1m"' ':w:2m"'
check "a dashboard reading a key never written fails the check" 1 \
  "$(fails_with "XRANGE earshot:{acme}:w:2m: key type 'none', expected stream")"
mutate '"neg_share"' '"negative_share"'
check "a dashboard picking a field never written fails the check" 1 \
  "$(fails_with "XRANGE earshot:{globex}:w:1m: entry")"
check "and names the field" 1 "$(grep -c 'lacks negative_share$' "$dir/mutated.out" | awk '{print ($1 >= 3)}')"
mutate ':terms:neg"' ':now"'
check "a query on a key of the wrong type fails the check" 1 \
  "$(fails_with "ZRANGE earshot:{umbrella}:now: key type 'hash', expected zset")"
mutate '"author"' '"likes"'
check "a table column never written fails the check" 1 \
  "$(fails_with "XREVRANGE earshot:{acme}:mentions: entry")"
mutate 'SMEMBERS ${prefix}:brands"' 'SMEMBERS ${prefix}:brand"'
check "a brand variable over a key never written fails the check" 1 \
  "$(fails_with "brand variable: SMEMBERS earshot:brand: key type 'none', expected set")"
mutate 'SMEMBERS ${prefix}:sources"' 'SMEMBERS ${prefix}:source"'
check "a source variable over a key never written fails the check" 1 \
  "$(fails_with "source variable: SMEMBERS earshot:source: key type 'none', expected set")"
mutate '"last_post_ms"' '"last_seen_ms"'
check "a source-state field never written fails the check" 1 \
  "$(fails_with "HGETALL earshot:source:recorded: hash lacks last_seen_ms")"
mutate '"redis_dropped"' '"redis_lost"'
check "a per-minute health field never written fails the check" 1 \
  "$(fails_with "XRANGE earshot:stats:1m: entry")"

# --- the brand set follows reloads ------------------------------------------------
# umbrella's section removed: SREM'd; then a new brand added: SADD'ed.
python3 - "$dir/earshot.conf" <<'EOF'
import re, sys
s = open(sys.argv[1]).read()
s2 = re.sub(r"^\[brand umbrella\]\n(?:(?!\[).*\n?)*", "", s, flags=re.M)
assert s2 != s
open(sys.argv[1], "w").write(s2)
EOF
kill -HUP "$daemon_pid"
two() { [ "$(r SMEMBERS earshot:brands | sort | xargs)" = "acme globex" ]; }
WAIT_SECS=10 wait_ok two
check "reload without umbrella: removed from the brand set" "acme globex" "$(r SMEMBERS earshot:brands | sort | xargs)"
printf '\n[brand zephyr]\nquery = "zephyr air" OR @zephyrair\n' >> "$dir/earshot.conf"
kill -HUP "$daemon_pid"
three() { [ "$(r SMEMBERS earshot:brands | sort | xargs)" = "acme globex zephyr" ]; }
WAIT_SECS=10 wait_ok three
check "reload with zephyr: added to the brand set" "acme globex zephyr" "$(r SMEMBERS earshot:brands | sort | xargs)"
reloads_two() { [ "$(r HGET earshot:stats reloads)" = 2 ]; }
WAIT_SECS=5 wait_ok reloads_two
check "both reloads taken" 2 "$(r HGET earshot:stats reloads)"

kill -TERM "$daemon_pid"
wait "$daemon_pid"; rc=$?; daemon_pid=
check "earshotd exits 0 on SIGTERM" 0 "$rc"
kill "$redis_pid"; wait "$redis_pid" 2>/dev/null; redis_pid=

if [ "$failures" -ne 0 ]; then
  echo "--- daemon log"; cat "$dir/daemon.log"
fi
it_done
