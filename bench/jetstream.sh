#!/usr/bin/env bash
# Throughput of earshotd's Jetstream path (issue 5: parse, match, score at
# >= 20,000 events/s): N generated Bluesky post events are published to the
# fake Jetstream (tests/fakes/fakeplat.py) before the daemon starts, the
# saved cursor in a private redis-server is set to the first event's time_us,
# and earshotd (release build) connects, gets all of them replayed over its
# WebSocket as fast as the fake can write, and runs them through the
# pipeline. Measured from earshotd's start to the moment its stats hash says
# posts_in == N (polled every 100 ms; the daemon writes it every 100 ms).
#   bench/jetstream.sh [build-dir] [events]
# Prints events, seconds, events/s, mentions written, CPU seconds of earshotd
# and of the fake during the run (/proc/PID/stat utime+stime) and earshotd's
# RSS. It prints figures and asserts nothing; it is not a registered test.
#
# The events are shaped like protocols.md §3.3: app.bsky.feed.post creates
# with 60–300-byte texts in ten languages, langs on most, mention facets
# (UTF-8 byte offsets) on some, link facets and replies on a few; a third
# name one of ten fictional brands (by name, hashtag or @handle facet).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
events=${2:-100000}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
ninja -C "$build" daemon/earshotd >/dev/null
command -v redis-server >/dev/null && command -v python3 >/dev/null ||
  { echo "needs redis-server and python3"; exit 1; }
dir=$(mktemp -d /tmp/earshot-jbench-XXXXXX)
redis_pid=; daemon_pid=; fake_pid=
cleanup() {
  [ -n "$daemon_pid" ] && kill -KILL "$daemon_pid" 2>/dev/null
  [ -n "$fake_pid" ] && kill -TERM "$fake_pid" 2>/dev/null
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# CPU seconds (user + system, all threads) of a process so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"; }

. scripts/private-redis.sh
port=$(free_port)
start_private_redis "$dir" "$port" --appendonly no

python3 tests/fakes/fakeplat.py --kind jetstream --port-file "$dir/js.port" --split-delay-ms 0 \
  --heartbeat 30 2>"$dir/fake.log" &
fake_pid=$!
for _ in $(seq 200); do [ -s "$dir/js.port" ] && break; sleep 0.05; done
jport=$(cat "$dir/js.port")

# The brands: name, query, handle. The DIDs are derived from the handle so
# the generator and the config agree without sharing a file.
cat > "$dir/brands.tsv" <<'EOF'
acme	acme OR @acme.bsky.social OR "acme bank" OR acmeapp OR #acme OR (acme (card OR app OR support)) -spam	acme.bsky.social
zephyr	"zephyr air" OR zephyrair OR @zephyrair.bsky.social OR #zephyrair -spam	zephyrair.bsky.social
nordwind	"nordwind bank" OR nordwind OR @nordwind.bsky.social OR #nordwind	nordwind.bsky.social
lumo	"lumo mobile" OR lumomobile OR @lumo.bsky.social OR (lumo (app OR netz OR réseau OR red OR rete))	lumo.bsky.social
quokka	"quokka foods" OR quokka OR @quokka.bsky.social OR #quokkafoods	quokka.bsky.social
vantara	vantara OR "vantara energy" OR @vantara.bsky.social OR #vantara	vantara.bsky.social
belmonte	"belmonte telecom" OR belmonte OR @belmonte.bsky.social	belmonte.bsky.social
kestrel	"kestrel rail" OR kestrelrail OR @kestrelrail.bsky.social OR #kestrel	kestrelrail.bsky.social
orbita	"orbita games" OR orbitagames OR @orbita.bsky.social OR #orbita	orbita.bsky.social
tidewell	tidewell OR "tidewell insurance" OR @tidewell.bsky.social	tidewell.bsky.social
EOF

# Generate and publish, in batches of 5000; prints the first event's time_us.
cat > "$dir/gen.py" <<'EOF'
import hashlib, json, random, sys, time, urllib.request

port, n, brands_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(5)
B32 = "abcdefghijklmnopqrstuvwxyz234567"
TID = "234567abcdefghijklmnopqrstuvwxyz"

def did_for(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return "did:plc:" + "".join(B32[b % 32] for b in h[:24])

def tid(k):
    out = ""
    for _ in range(13):
        out = TID[k % 32] + out
        k //= 32
    return "3" + out[1:]

brands = []
for line in open(brands_file, encoding="utf-8"):
    name, _, handle = line.rstrip("\n").split("\t")
    brands.append((name, handle, did_for(handle)))
NAMES = {"acme": ["Acme", "acme", "#Acme", "AcmeApp"], "zephyr": ["Zephyr Air", "zephyrair", "#ZephyrAir"],
         "nordwind": ["Nordwind", "Nordwind Bank", "#nordwind"], "lumo": ["Lumo Mobile", "LumoMobile"],
         "quokka": ["Quokka", "Quokka Foods", "#QuokkaFoods"], "vantara": ["Vantara", "Vantara Energy"],
         "belmonte": ["Belmonte", "Belmonte Telecom"], "kestrel": ["Kestrel Rail", "KestrelRail", "#kestrel"],
         "orbita": ["Orbita Games", "#orbita"], "tidewell": ["Tidewell", "Tidewell Insurance"]}

# Per language: sentences about a brand ({b}) and everyday ones.
LANG = {
 "en": (["{b} support sorted my refund in ten minutes, really impressed", "still waiting for {b} to answer, third day now 😡",
         "the new {b} app is so slow it is unusable", "not bad at all, {b} got the basics right",
         "why does {b} charge me twice every single month??", "love the new card from {b}, looks great"],
        ["coffee first, then the commute", "what a beautiful sunset over the harbour tonight",
         "anyone else watching the match later?", "finally finished that book, the ending was wild",
         "rain again. of course.", "new blog post about gardening on a tiny balcony"]),
 "de": (["{b} hat mein Problem schnell gelöst, danke!", "seit einer Stunde in der Warteschleife bei {b}, unglaublich",
         "die App von {b} stürzt ständig ab", "{b} ist eigentlich ganz okay, nur etwas teuer"],
        ["heute endlich wieder Sonne", "der Zug hatte natürlich Verspätung", "Kuchen backen mit den Kindern",
         "wer kommt mit zum Konzert am Samstag?"]),
 "fr": (["merci {b}, problème réglé en deux minutes", "{b} ne répond toujours pas, c'est honteux",
         "l'appli {b} est vraiment lente depuis la mise à jour", "plutôt content de {b} pour l'instant"],
        ["un café en terrasse, enfin le printemps", "quelqu'un a vu le dernier film de ce réalisateur ?",
         "grève des transports demain, super", "recette de tarte aux pommes de ma grand-mère"]),
 "es": (["{b} me cobró dos veces, qué desastre", "gracias {b}, atención rápida y amable",
         "la app de {b} no funciona otra vez", "{b} no está mal, aunque podría mejorar"],
        ["qué calor hace hoy en Sevilla", "mañana empiezo el curso de fotografía",
         "el partido de anoche fue increíble", "domingo de paella con la familia"]),
 "pt": (["o atendimento da {b} foi ótimo, obrigado", "a {b} cancelou meu voo sem aviso, péssimo",
         "o app da {b} travou de novo", "{b} é razoável, nada de especial"],
        ["dia lindo na praia hoje", "alguém recomenda um livro bom?", "trânsito horrível na cidade",
         "finalmente sexta-feira"]),
 "it": (["{b} mi ha risposto subito, ottimo servizio", "ancora nessun rimborso da {b}, vergognoso",
         "l'app di {b} è lentissima", "{b} non è male, ma il prezzo è alto"],
        ["pizza stasera con gli amici", "che traffico oggi a Milano", "finalmente in vacanza",
         "qualcuno ha visto la partita?"]),
 "nl": (["{b} heeft het snel opgelost, top!", "al drie dagen geen antwoord van {b}, belachelijk",
         "de app van {b} doet het weer niet", "{b} valt best mee eigenlijk"],
        ["lekker fietsen langs de grachten", "wie gaat er mee naar het festival?", "regen, regen en nog eens regen",
         "nieuwe plantjes voor op het balkon"]),
 "pl": (["{b} szybko rozwiązał mój problem, dzięki", "od tygodnia czekam na zwrot od {b}, skandal",
         "aplikacja {b} znowu nie działa", "{b} jest w porządku, ale drogo"],
        ["piękna pogoda w Krakowie", "ktoś poleci dobry serial?", "korki jak zwykle", "weekend nad jeziorem"]),
 "sv": (["{b} löste mitt problem direkt, tack!", "väntat på svar från {b} i en vecka, dåligt",
         "appen från {b} kraschar hela tiden", "{b} är helt okej faktiskt"],
        ["fika i solen", "tåget var försenat igen", "snart midsommar", "ny podd ute idag"]),
 "ja": (["{b}のサポートが早くて助かった", "{b}のアプリがまた落ちた、最悪", "{b}から返信がない"],
        ["今日はいい天気", "新しいカフェに行ってきた", "週末は映画を見る予定"]),
}
LANGS = list(LANG)
WEIGHTS = [40, 12, 10, 10, 8, 6, 5, 4, 3, 2]
NOUNS = ["card", "app", "support", "network", "delivery", "flight", "bill"]
authors = [did_for("user%d" % i) for i in range(5000)]
recent = []              # (uri, cid) of earlier posts, for replies

def text_for(lang, brand):
    about, daily = LANG[lang]
    parts, facets = [], []
    if brand:
        name, handle, bdid = brand
        if rng.random() < 0.25:                    # an @handle with a mention facet
            parts.append("@" + handle)
        else:
            parts.append(rng.choice(about).format(b=rng.choice(NAMES[name])))
            if rng.random() < 0.3:
                parts.append(rng.choice(NOUNS))
    while True:
        s = rng.choice(daily)
        if len(" ".join(parts + [s]).encode()) > 280:
            break
        parts.append(s)
        if len(" ".join(parts).encode()) >= 60 and rng.random() < 0.5:
            break
    if brand and parts[0].startswith("@") and len(parts) > 1:
        # "@handle sentence about it": the mention first, as clients write it.
        parts[1] = rng.choice(about).format(b=rng.choice(NAMES[brand[0]]))
    text = " ".join(parts)
    if rng.random() < 0.08 and len(text.encode()) < 250:
        text += " https://example.com/p/%d" % rng.randrange(10**6)
        start = len(text.encode()) - len(text.split(" ")[-1].encode())
        facets.append({"index": {"byteStart": start, "byteEnd": len(text.encode())},
                       "features": [{"$type": "app.bsky.richtext.facet#link", "uri": text.split(" ")[-1]}]})
    if text.startswith("@"):
        h = text.split(" ")[0]
        facets.insert(0, {"index": {"byteStart": 0, "byteEnd": len(h.encode())},
                          "features": [{"$type": "app.bsky.richtext.facet#mention", "did": brand[2]}]})
    elif rng.random() < 0.05:                      # a mention of a person
        who = rng.randrange(5000)
        text = "@user%d.bsky.social %s" % (who, text)
        facets.insert(0, {"index": {"byteStart": 0, "byteEnd": len(("@user%d.bsky.social" % who).encode())},
                          "features": [{"$type": "app.bsky.richtext.facet#mention", "did": authors[who]}]})
    return text, facets

def event(i):
    brand = rng.choice(brands) if rng.random() < 1 / 3 else None
    lang = rng.choices(LANGS, WEIGHTS)[0]
    text, facets = text_for(lang, brand)
    did = rng.choice(authors)
    rkey = tid(1735689600000000 + i * 37)
    cid = "bafyrei" + hashlib.sha1(rkey.encode()).hexdigest()[:52]
    rec = {"$type": "app.bsky.feed.post", "text": text,
           "createdAt": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1764000000 + i // 50)) + ".%03dZ" % (i % 1000)}
    if rng.random() < 0.85:
        rec["langs"] = [lang]
    if facets:
        rec["facets"] = facets
    if recent and rng.random() < 0.2:
        uri, pcid = rng.choice(recent)
        rec["reply"] = {"root": {"uri": uri, "cid": pcid}, "parent": {"uri": uri, "cid": pcid}}
    uri = "at://%s/app.bsky.feed.post/%s" % (did, rkey)
    recent.append((uri, cid))
    del recent[:-200]
    return {"did": did, "kind": "commit", "commit": {"rev": tid(1735689600000000 + i * 41),
            "operation": "create", "collection": "app.bsky.feed.post", "rkey": rkey, "cid": cid,
            "record": rec}}

first = None
size = 0
i = 0
while i < n:
    batch = [event(j) for j in range(i, min(n, i + 5000))]
    body = json.dumps(batch, ensure_ascii=False, separators=(",", ":")).encode()
    size += len(body) - 2 - (len(batch) - 1)
    req = urllib.request.Request("http://127.0.0.1:%d/_ctl/publish" % port, data=body, method="POST")
    with urllib.request.urlopen(req) as r:
        ids = json.load(r)["ids"]
    if first is None:
        first = ids[0]
    i += len(batch)
print(first, size // n)
EOF
t0=$(date +%s.%N)
read -r first avg < <(python3 "$dir/gen.py" "$jport" "$events" "$dir/brands.tsv")
t1=$(date +%s.%N)
redis-cli -p "$port" SET "b:cursor:js" "$first" >/dev/null

{
  printf '[daemon]\nflush_interval = 100ms\nlexicons = %s\nstate_dir = %s\nqueue_max = 256MiB\n' "$PWD/lexicons" "$dir/state"
  printf '[redis]\naddress = 127.0.0.1:%s\nprefix = b\nmentions_maxlen = 1000\n' "$port"
  printf '[source js]\ntype = jetstream\nurl = ws://127.0.0.1:%s/subscribe\nrewind = 0s\ncursor_interval = 1s\n' "$jport"
  while IFS=$'\t' read -r name query handle; do
    did=$(python3 -c 'import hashlib,sys; h=hashlib.sha256(sys.argv[1].encode()).digest(); print("did:plc:" + "".join("abcdefghijklmnopqrstuvwxyz234567"[b % 32] for b in h[:24]))' "$handle")
    printf '[brand %s]\nquery = %s\nhandles = %s %s\n' "$name" "$query" "$handle" "$did"
  done < "$dir/brands.tsv"
} > "$dir/bench.conf"
"$build/daemon/earshotd" --check -c "$dir/bench.conf" >/dev/null 2>"$dir/check.log" ||
  { echo "config rejected:"; cat "$dir/check.log"; exit 1; }

fake_cpu0=$(cpu_s "$fake_pid")
start=$(date +%s.%N)
"$build/daemon/earshotd" -c "$dir/bench.conf" 2> "$dir/daemon.log" &
daemon_pid=$!
# first: the first poll that saw posts counted (connect and lexicon load are
# behind us); a count that does not move for 30 s is reported, not waited on.
first_t=; first_n=0; last_n=-1; still=0
while :; do
  n=$(redis-cli -p "$port" HGET b:stats posts_in 2>/dev/null || echo 0)
  n=${n:-0}
  [ "$n" -ge "$events" ] && break
  [ -z "$first_t" ] && [ "$n" -gt 0 ] && { first_t=$(date +%s.%N); first_n=$n; }
  kill -0 "$daemon_pid" 2>/dev/null || { echo "earshotd exited"; cat "$dir/daemon.log"; exit 1; }
  if [ "$n" = "$last_n" ]; then still=$((still + 1)); else still=0; last_n=$n; fi
  if [ "$still" -ge 300 ]; then
    echo "earshotd made no progress for 30 s: posts_in stuck at $n of $events;" \
      "earshotd CPU $(cpu_s "$daemon_pid") s, fake CPU $(cpu_s "$fake_pid") s"
    redis-cli -p "$port" HMGET b:stats queue_bytes redis_written | paste -sd' ' | sed 's/^/queue_bytes, redis_written (as last written): /'
    tail -5 "$dir/daemon.log"
    exit 1
  fi
  sleep 0.1
done
end=$(date +%s.%N)
daemon_cpu=$(cpu_s "$daemon_pid")
fake_cpu1=$(cpu_s "$fake_pid")
rss=$(awk '/VmRSS/{print $2}' "/proc/$daemon_pid/status")
hwm=$(awk '/VmHWM/{print $2}' "/proc/$daemon_pid/status")
stat() { redis-cli -p "$port" HGET b:stats "$1"; }
mentions=$(stat mentions); matched=$(stat posts_matched); errors=$(stat parse_errors)
kill -TERM "$daemon_pid"; wait "$daemon_pid" || true; daemon_pid=
awk -v n="$events" -v s="$start" -v e="$end" -v avg="$avg" -v t0="$t0" -v t1="$t1" \
    -v m="$mentions" -v pm="$matched" -v pe="$errors" -v dc="$daemon_cpu" -v f0="$fake_cpu0" -v f1="$fake_cpu1" \
    -v rss="$rss" -v hwm="$hwm" -v ft="${first_t:-$start}" -v fn="$first_n" 'BEGIN {
  d = e - s
  printf "published %d events (avg %d B of JSON) to the fake in %.1f s (not measured)\n", n, avg, t1 - t0
  printf "jetstream: %d events, %.2f s, %.0f events/s; %d matched, %d mentions written, %d parse errors\n", n, d, n / d, pm, m, pe
  if (fn > 0 && e > ft) printf "after the first posts were counted (%d at +%.2f s): %.0f events/s\n", fn, ft - s, (n - fn) / (e - ft)
  printf "CPU: earshotd %.2f s (%.0f%% of the run), fake %.2f s (%.0f%%); earshotd RSS %d kB (peak %d kB)\n", dc, 100 * dc / d, f1 - f0, 100 * (f1 - f0) / d, rss, hwm
}'
