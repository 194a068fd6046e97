#!/usr/bin/env python3
"""Write tests/data/demo/stream.ndjson: the recorded stream the demo replays.

Posts written for earshot about three fictional brands, in several languages,
tagged (@handle) and untagged (the name only), over 200 seconds:

  0-100 s   ordinary chatter about Acme Bank, Globex Mobile and Umbrella Air
  100-150 s Acme Bank's app goes down: complaints surge (sentiment drop,
            negative share, volume spike fire)
  150-200 s Acme recovers; its alerts resolve
  105-175 s Umbrella Air goes silent (flatline fires, then resolves)

Deterministic (fixed seed): running it again gives the same file.
"""
import json
import random
from pathlib import Path

random.seed(20261123)
T0 = 1795435200000  # 2026-11-23T12:00:00Z
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "demo" / "stream.ndjson"

BRANDS = {
    "acme": {"name": ["Acme Bank", "Acme", "acme app"], "handle": "acmebank"},
    "globex": {"name": ["Globex", "Globex Mobile"], "handle": "globex"},
    "umbrella": {"name": ["Umbrella Air", "Umbrella"], "handle": "umbrella_air"},
}

# {b} is the brand (name or @handle). Sentiment as written.
POS = {
    "en": ["{b} thank you for the quick reply, sorted in five minutes",
           "really happy with {b}, great service today",
           "{b} support was friendly and helpful, love it",
           "smooth experience with {b} as always 👍"],
    "pl": ["{b} dziękuję za szybką odpowiedź, wszystko działa",
           "{b} świetna obsługa, polecam"],
    "de": ["danke {b}, super schneller Support",
           "{b} funktioniert einwandfrei, sehr zufrieden"],
    "it": ["{b} servizio clienti gentilissimo, grazie!",
           "ottima esperienza con {b}"],
    "es": ["gracias {b}, atención excelente y rápida"],
    "fr": ["merci {b}, service rapide et efficace"],
    "ro": ["mulțumesc {b}, totul a mers perfect"],
    "el": ["ευχαριστώ {b} για τη γρήγορη εξυπηρέτηση"],
}
NEU = {
    "en": ["{b} opening hours on Sunday?", "does {b} work with the new cards",
           "just switched to {b}, we will see"],
    "pl": ["{b} ma nową aplikację"],
    "de": ["hat {b} heute geöffnet?"],
    "it": ["{b} cambia le tariffe da lunedì"],
}
NEG = {
    "en": ["{b} still waiting for my refund, nobody answers",
           "{b} app is down again, can't log in 😡",
           "worst service ever {b}, never again",
           "{b} charged me twice and support is useless",
           "{b} the app keeps crashing, terrible"],
    "pl": ["{b} aplikacja nie działa, beznadziejna obsługa, nie polecam",
           "{b} znowu awaria, to jakaś porażka"],
    "de": ["{b} die App funktioniert nicht, absolute Katastrophe",
           "{b} schon wieder down, unfassbar schlecht"],
    "it": ["{b} app bloccata, servizio pessimo", "{b} non funziona niente, che vergogna"],
    "es": ["{b} la app no funciona, pésimo servicio"],
    "fr": ["{b} application en panne, service nul"],
    "ro": ["{b} aplicația nu merge deloc, e o bătaie de joc"],
    "el": ["{b} η εφαρμογή δεν λειτουργεί, απαράδεκτη εξυπηρέτηση"],
}
LANG_WEIGHTS = {"en": 5, "pl": 2, "de": 2, "it": 2, "es": 1, "fr": 1, "ro": 1, "el": 1}


def pick_lang(pool):
    langs = [l for l in LANG_WEIGHTS if l in pool]
    return random.choices(langs, weights=[LANG_WEIGHTS[l] for l in langs])[0]


def make_post(n, t_ms, brand, mood):
    pool = {"pos": POS, "neu": NEU, "neg": NEG}[mood]
    lang = pick_lang(pool)
    tagged = random.random() < 0.45
    b = BRANDS[brand]
    ref = "@" + b["handle"] if tagged else random.choice(b["name"])
    text = random.choice(pool[lang]).format(b=ref)
    post = {
        "id": f"demo-{n}",
        "text": text,
        "author": f"user{random.randint(1, 400)}",
        "created_at": t_ms,
        "url": f"https://social.example/p/demo-{n}",
    }
    # Most platforms tag the language; some posts come without (guessed by earshot).
    if random.random() < 0.8:
        post["lang"] = lang
    if tagged:
        post["mentions"] = [b["handle"]]
    return post


def main():
    posts = []
    n = 0
    for tenth in range(0, 2000):  # 200 s in steps of 100 ms
        t = tenth / 10.0
        t_ms = T0 + tenth * 100
        # Acme: ~2 posts/s; 5/s and mostly angry during the outage.
        outage = 100 <= t < 150
        rate = 0.5 if outage else 0.2
        if random.random() < rate:
            mood = random.choices(["pos", "neu", "neg"],
                                  [0.1, 0.1, 0.8] if outage else [0.55, 0.3, 0.15])[0]
            posts.append(make_post(n, t_ms, "acme", mood)); n += 1
        if random.random() < 0.12:
            mood = random.choices(["pos", "neu", "neg"], [0.5, 0.3, 0.2])[0]
            posts.append(make_post(n, t_ms, "globex", mood)); n += 1
        if not (105 <= t < 175) and random.random() < 0.12:
            mood = random.choices(["pos", "neu", "neg"], [0.5, 0.3, 0.2])[0]
            posts.append(make_post(n, t_ms, "umbrella", mood)); n += 1
        if random.random() < 0.05:  # noise that matches no brand
            posts.append({"id": f"demo-{n}", "text": "nice weather today", "lang": "en",
                          "created_at": t_ms}); n += 1
    # A few broken lines, as real streams have: counted and skipped.
    lines = [json.dumps(p, ensure_ascii=False) for p in posts]
    lines.insert(100, '{"id": "broken", "text": ')
    lines.insert(700, "not json at all")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(posts)} posts")


if __name__ == "__main__":
    main()
