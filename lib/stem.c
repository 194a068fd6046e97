/*
 * stem.c — one stemming interface (stem.h) over three strategies: Snowball
 * through libstemmer, the project's light suffix stripper for Polish, Czech
 * and Slovak (stem_light.c), and the identity.
 *
 * Every stemmer that does real work keeps a bounded cache word → stem: an
 * open-addressing hash table (linear probing, load at most 1/2) whose
 * entries point into one byte arena holding "word stem" pairs. When the
 * entry limit or the arena is exhausted the whole cache is cleared in one
 * go and refilled: simple, bounded (768 KiB per stemmer), and with
 * no per-entry bookkeeping on the hot path. Word frequencies in posts are
 * Zipfian, so the common words are back in the cache right after a clear.
 * All memory is allocated in es_stemmer_new; stemming never allocates
 * (libstemmer may grow its own buffer once for an unusually long word).
 *
 * What it does not do: it does not normalize or case-fold (input is an NFC
 * key from normalize.h), it is not thread-safe (one stemmer per thread),
 * and it does not pick a language (that is langid's job).
 */
#include "earshot/stem.h"

#include <errno.h>
#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/normalize.h"
#include "stem_light.h"

/* Cache geometry: slots is a power of two and at least twice the entries. */
#define STEM_CACHE_ENTRIES 16384u
#define STEM_CACHE_SLOTS   32768u
#define STEM_CACHE_ARENA   (STEM_CACHE_ENTRIES * 24u) /* bytes of words + stems */

/* Longest strategy name: "snowball:" + the longest Snowball algorithm name. */
#define STRATEGY_MAX 40

enum kind { K_NONE, K_SNOWBALL, K_LIGHT };

struct cache_slot {
	uint32_t hash; /* 0: empty */
	uint32_t off;  /* word at arena[off], stem right after it */
	uint8_t wlen;  /* bytes, <= ES_KEY_MAX */
	uint8_t slen;  /* bytes */
};

struct es_stemmer {
	enum kind kind;
	char strategy[STRATEGY_MAX];
	struct sb_stemmer *sb;   /* K_SNOWBALL */
	enum es_light_lang lang; /* K_LIGHT */

	struct cache_slot *slots; /* STEM_CACHE_SLOTS, NULL for K_NONE */
	char *arena;              /* STEM_CACHE_ARENA bytes */
	uint32_t arena_used;      /* bytes */
	uint32_t entries;

	char buf[2 * ES_KEY_MAX]; /* result of an uncached call */
};

/* ISO 639-1 code → Snowball algorithm. pl/cs/sk are handled by the light stripper. */
static const struct {
	const char *code;
	const char *algo;
} iso_snowball[] = {
        {"ar", "arabic"},     {"hy", "armenian"},   {"eu", "basque"},    {"ca", "catalan"},
        {"da", "danish"},     {"nl", "dutch"},      {"en", "english"},   {"fi", "finnish"},
        {"fr", "french"},     {"de", "german"},     {"el", "greek"},     {"hi", "hindi"},
        {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},     {"it", "italian"},
        {"lt", "lithuanian"}, {"ne", "nepali"},     {"no", "norwegian"}, {"nb", "norwegian"},
        {"nn", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},  {"ru", "russian"},
        {"sr", "serbian"},    {"es", "spanish"},    {"sv", "swedish"},   {"ta", "tamil"},
        {"tr", "turkish"},    {"yi", "yiddish"},
};

/* True when libstemmer knows algo (so that NULL from sb_stemmer_new means -ENOMEM). */
static int snowball_known(const char *algo)
{
	for (const char **l = sb_stemmer_list(); *l; l++)
		if (strcmp(*l, algo) == 0)
			return 1;
	return 0;
}

static int set_strategy(struct es_stemmer *st, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la + lb + 1 > sizeof st->strategy)
		return -EINVAL;
	memcpy(st->strategy, a, la);
	memcpy(st->strategy + la, b, lb);
	st->strategy[la + lb] = '\0';
	return 0;
}

/* Allocate the cache of a stemmer that does real work. */
static int cache_init(struct es_stemmer *st)
{
	st->slots = calloc(STEM_CACHE_SLOTS, sizeof *st->slots);
	st->arena = malloc(STEM_CACHE_ARENA);
	if (!st->slots || !st->arena)
		return -ENOMEM;
	return 0;
}

/*
 * Resolve lang_or_strategy into kind + parameters. An explicit strategy
 * ("none", "snowball:x", "light:x") must be valid, anything else with a
 * colon is -EINVAL; a plain string is a language code, optionally with a
 * region ("pt-BR", "en_GB"), and an unknown one means "none".
 */
static int configure(struct es_stemmer *st, const char *s)
{
	char code[4];
	size_t n;

	if (strcmp(s, "none") == 0)
		return set_strategy(st, "none", "");
	if (strncmp(s, "snowball:", 9) == 0) {
		if (!snowball_known(s + 9))
			return -EINVAL;
		st->kind = K_SNOWBALL;
		return set_strategy(st, "snowball:", s + 9);
	}
	if (strncmp(s, "light:", 6) == 0) {
		int l = es_stem_light_lang(s + 6);
		if (l < 0)
			return -EINVAL;
		st->kind = K_LIGHT;
		st->lang = (enum es_light_lang)l;
		return set_strategy(st, "light:", s + 6);
	}
	if (strchr(s, ':'))
		return -EINVAL;

	for (n = 0; s[n] && s[n] != '-' && s[n] != '_' && n < sizeof code - 1; n++)
		code[n] = (char)(s[n] >= 'A' && s[n] <= 'Z' ? s[n] - 'A' + 'a' : s[n]);
	code[n] = '\0';
	if (s[n] && s[n] != '-' && s[n] != '_') /* longer than a language code */
		return set_strategy(st, "none", "");

	int l = es_stem_light_lang(code);
	if (l >= 0) {
		st->kind = K_LIGHT;
		st->lang = (enum es_light_lang)l;
		return set_strategy(st, "light:", code);
	}
	for (size_t i = 0; i < sizeof iso_snowball / sizeof iso_snowball[0]; i++) {
		if (strcmp(code, iso_snowball[i].code) == 0) {
			st->kind = K_SNOWBALL;
			return set_strategy(st, "snowball:", iso_snowball[i].algo);
		}
	}
	return set_strategy(st, "none", "");
}

int es_stemmer_new(const char *lang_or_strategy, struct es_stemmer **out)
{
	struct es_stemmer *st;
	int rc;

	if (!out)
		return -EINVAL;
	*out = NULL;
	if (!lang_or_strategy)
		return -EINVAL;
	st = calloc(1, sizeof *st);
	if (!st)
		return -ENOMEM;
	st->kind = K_NONE;
	rc = configure(st, lang_or_strategy);
	if (rc == 0 && st->kind == K_SNOWBALL) {
		/* strategy is "snowball:<algo>" */
		st->sb = sb_stemmer_new(st->strategy + 9, "UTF_8");
		if (!st->sb)
			rc = -ENOMEM;
	}
	if (rc == 0 && st->kind != K_NONE)
		rc = cache_init(st);
	if (rc < 0) {
		es_stemmer_free(st);
		return rc;
	}
	*out = st;
	return 0;
}

void es_stemmer_free(struct es_stemmer *st)
{
	if (!st)
		return;
	if (st->sb)
		sb_stemmer_delete(st->sb);
	free(st->slots);
	free(st->arena);
	free(st);
}

const char *es_stemmer_strategy(const struct es_stemmer *st)
{
	return st ? st->strategy : "none";
}

/* FNV-1a, never 0 (0 marks an empty slot). */
static uint32_t hash_word(const char *w, size_t len)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)w[i];
		h *= 16777619u;
	}
	return h ? h : 1u;
}

static void cache_clear(struct es_stemmer *st)
{
	memset(st->slots, 0, STEM_CACHE_SLOTS * sizeof *st->slots);
	st->arena_used = 0;
	st->entries = 0;
}

/*
 * Find word in the cache. Returns the slot holding it, or NULL with *free_slot
 * set to the empty slot where it would go.
 */
static struct cache_slot *cache_find(struct es_stemmer *st, const char *word, size_t len,
                                     uint32_t h, struct cache_slot **free_slot)
{
	uint32_t i = h & (STEM_CACHE_SLOTS - 1);

	for (;;) {
		struct cache_slot *s = &st->slots[i];
		if (s->hash == 0) {
			*free_slot = s;
			return NULL;
		}
		if (s->hash == h && s->wlen == len && memcmp(st->arena + s->off, word, len) == 0)
			return s;
		i = (i + 1) & (STEM_CACHE_SLOTS - 1);
	}
}

/* Compute the stem without the cache; the result points into st or libstemmer. */
static int stem_uncached(struct es_stemmer *st, const char *word, size_t len, const char **stem,
                         size_t *stem_len)
{
	if (st->kind == K_SNOWBALL) {
		const sb_symbol *r = sb_stemmer_stem(st->sb, (const sb_symbol *)word, (int)len);
		if (!r)
			return -ENOMEM;
		*stem = (const char *)r;
		*stem_len = (size_t)sb_stemmer_length(st->sb);
		return 0;
	}
	/* K_LIGHT: the stem is a prefix of the word */
	*stem_len = es_stem_light_len(st->lang, word, len);
	*stem = word;
	return 0;
}

/*
 * Contract: see stem.h. The cached path is one hash, one probe sequence and
 * one memcmp; a miss computes the stem, copies word and stem into the arena
 * (clearing the cache first when it is full) and returns the arena copy, so
 * the result never aliases the caller's word.
 */
int es_stemmer_stem(struct es_stemmer *st, const char *word, size_t len, const char **stem,
                    size_t *stem_len)
{
	struct cache_slot *slot, *free_slot = NULL;
	const char *s;
	size_t sl;
	uint32_t h;
	int rc;

	if (!st || !stem || !stem_len || (!word && len))
		return -EINVAL;
	if (len > ES_KEY_MAX)
		return -E2BIG;
	if (len == 0)
		word = ""; /* no NULL into memcpy/memcmp/libstemmer, even with length 0 */
	if (st->kind == K_NONE) {
		memmove(st->buf, word, len); /* word may be our own previous result */
		*stem = st->buf;
		*stem_len = len;
		return 0;
	}

	h = hash_word(word, len);
	slot = cache_find(st, word, len, h, &free_slot);
	if (slot) {
		*stem = st->arena + slot->off + slot->wlen;
		*stem_len = slot->slen;
		return 0;
	}

	rc = stem_uncached(st, word, len, &s, &sl);
	if (rc < 0)
		return rc;
	if (sl > UINT8_MAX) {
		/* not cacheable (never happens with ES_KEY_MAX words); hand out libstemmer's copy
		 */
		*stem = s;
		*stem_len = sl;
		return 0;
	}
	if (st->entries >= STEM_CACHE_ENTRIES || STEM_CACHE_ARENA - st->arena_used < len + sl) {
		cache_clear(st);
		free_slot = &st->slots[h & (STEM_CACHE_SLOTS - 1)];
	}
	char *dst = st->arena + st->arena_used;
	/*
	 * Word first, then stem. memmove: a caller may pass back a stem we
	 * returned, which lives in the arena we may just have cleared. A light
	 * stem is a prefix of the word, so it is copied from the arena copy.
	 */
	memmove(dst, word, len);
	memmove(dst + len, st->kind == K_LIGHT ? dst : s, sl);
	free_slot->hash = h;
	free_slot->off = st->arena_used;
	free_slot->wlen = (uint8_t)len;
	free_slot->slen = (uint8_t)sl;
	st->arena_used += (uint32_t)(len + sl);
	st->entries++;
	*stem = dst + len;
	*stem_len = sl;
	return 0;
}
