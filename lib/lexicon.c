/*
 * lexicon.c — loading a lexicon file (docs/lexicons.md) into immutable
 * hash indexes, and the const lookups the scorer makes per token.
 *
 * Loading is one pass over the lines (syntax, ranges, duplicates, settings),
 * then the index build: every single-token entry is inserted into its class's
 * word table under its fold, plain, stem and plain-stem keys, in that order
 * across the whole file, never overwriting a key — so an exactly written
 * entry always beats one reached by folding or stemming; each slot records
 * which of the four keys it is, for explanations (es_lexicon_word_via). Prefix entries,
 * negator suffix patterns, negation prefixes and multi-word expressions get
 * their own small indexes. The stemmer exists only during the load; the
 * lexicon keeps just its strategy name, so a loaded lexicon has no mutable
 * state and can be shared by any number of threads.
 *
 * Memory: keys live in one contiguous pool (tables store offsets), terms and
 * expression tokens in a block arena, entries in one array; there is no
 * per-entry malloc. Tables use open addressing with linear probing at most
 * half full, so a miss — the common case on the hot path — costs a hash and
 * two or three slot reads, and no lookup allocates.
 *
 * This file does not tokenize or score text, and does not read directories
 * (lexset.c does).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#include "earshot/lexicon.h"
#include "earshot/normalize.h"
#include "earshot/stem.h"

#define LEX_FILE_MAX   (64u << 20) /* bytes in one lexicon file */
#define LEX_SUFFIX_MIN 2           /* code points after '*' in a "*suffix" negator */
#define LEX_PREFIX_MIN 3           /* code points before '*' in a "prefix*" entry */
#define LEX_TRANSLIT_MAX 8         /* letter:ascii pairs in the transliterate setting */
#define LEX_TRANSLIT_TO  4         /* bytes of a replacement, NUL included */
#define LEX_NEGPFX_MAX 20          /* largest min-rest value of a negation prefix */
#define LEX_BLOCK      (64u << 10) /* arena block size */
#define LEX_BLOOM_BITS 4096u       /* prefix pre-filter on the first three bytes */

#if defined(__GNUC__)
#define LEX_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LEX_PRINTF(a, b)
#endif

/* ======================================================================== */
/* Hashing                                                                  */

static uint64_t load32(const char *p)
{
	uint32_t w;
	memcpy(&w, p, 4); /* constant size: compiled to one load */
	return w;
}

static uint64_t load64(const char *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return w;
}

/*
 * Word keys: eight bytes per multiply, the last 1..8 bytes read as two
 * overlapping 4-byte words (or three single bytes), so that no call to a
 * variable-length memcpy is made — every token of every post is hashed
 * several times (fold, plain, stem keys). The length seeds the hash, so
 * the overlapping reads cannot make two lengths collide systematically.
 */
static uint32_t hash_bytes(const char *s, size_t len)
{
	const uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull;
	uint64_t h = k1 ^ ((uint64_t)len * k2);
	size_t i = 0;
	for (; i + 8 < len; i += 8) {
		h = (h ^ load64(s + i)) * k2;
		h ^= h >> 31;
	}
	size_t rem = len - i; /* 0..8 */
	const char *t = s + i;
	uint64_t w;
	if (rem >= 4)
		w = load32(t) | load32(t + rem - 4) << 32;
	else if (rem > 0)
		w = (uint64_t)(unsigned char)t[0] | (uint64_t)(unsigned char)t[rem / 2] << 8 |
		    (uint64_t)(unsigned char)t[rem - 1] << 16;
	else
		w = 0;
	h = (h ^ w) * k2;
	h ^= h >> 29;
	h *= k1;
	h ^= h >> 32;
	return (uint32_t)h;
}

/*
 * Prefix keys: byte-at-a-time FNV-1a, so that one pass over a token yields
 * the hash of every one of its prefixes; fmix32 spreads the low bits that
 * the table masks with.
 */
#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

static uint32_t fmix32(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	h ^= h >> 16;
	return h;
}

static uint32_t hash_prefix(const char *s, size_t len)
{
	uint32_t h = FNV_OFFSET;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
	return fmix32(h);
}

/* ======================================================================== */
/* Storage: key pool, block arena                                           */

/* Contiguous key bytes; tables refer to keys by offset so the pool may move. */
struct pool {
	char *buf;
	size_t len, cap;
};

static int pool_add(struct pool *p, const char *s, size_t len, uint32_t *off)
{
	if (p->len + len > UINT32_MAX)
		return -E2BIG;
	if (p->len + len > p->cap) {
		size_t cap = p->cap ? p->cap : 4096;
		while (cap < p->len + len)
			cap *= 2;
		char *nb = realloc(p->buf, cap);
		if (!nb)
			return -ENOMEM;
		p->buf = nb;
		p->cap = cap;
	}
	memcpy(p->buf + p->len, s, len);
	*off = (uint32_t)p->len;
	p->len += len;
	return 0;
}

/* Blocks that never move: terms and expression tokens point into them. */
struct block {
	struct block *next;
	size_t used, cap;
	unsigned char data[];
};

static void *arena_alloc(struct block **head, size_t n)
{
	const size_t align = _Alignof(max_align_t);
	struct block *b = *head;
	if (b) {
		uintptr_t at = (uintptr_t)(b->data + b->used);
		size_t pad = (size_t)((align - at % align) % align);
		if (b->used + pad + n <= b->cap) {
			void *p = b->data + b->used + pad;
			b->used += pad + n;
			return p;
		}
	}
	size_t cap = n + align > LEX_BLOCK ? n + align : LEX_BLOCK;
	b = malloc(sizeof *b + cap);
	if (!b)
		return NULL;
	b->next = *head;
	*head = b;
	uintptr_t at = (uintptr_t)b->data;
	size_t pad = (size_t)((align - at % align) % align);
	b->used = pad + n;
	b->cap = cap;
	return b->data + pad;
}

static char *arena_strdup(struct block **head, const char *s, size_t len)
{
	char *p = arena_alloc(head, len + 1);
	if (p) {
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

static void arena_free(struct block *b)
{
	while (b) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
}

/* ======================================================================== */
/* Open-addressing table: key (pool offset) → 32-bit value                  */

struct slot {
	uint32_t hash;
	uint32_t val; /* SLOT_EMPTY when free */
	uint32_t off; /* key bytes in the pool */
	uint16_t len;
	uint8_t via; /* enum es_lex_via: which of the entry's keys this is */
	uint8_t unused;
};

#define SLOT_EMPTY UINT32_MAX

struct table {
	struct slot *slots;
	uint32_t mask; /* capacity - 1; capacity is a power of two */
	uint32_t count;
};

static const struct slot *tab_find(const struct table *t, const char *pool, uint32_t h,
                                   const char *key, size_t len)
{
	if (!t->slots)
		return NULL;
	for (uint32_t i = h & t->mask;; i = (i + 1) & t->mask) {
		const struct slot *s = &t->slots[i];
		if (s->val == SLOT_EMPTY)
			return NULL;
		if (s->hash == h && s->len == len && memcmp(pool + s->off, key, len) == 0)
			return s;
	}
}

static int tab_grow(struct table *t)
{
	uint32_t cap = t->slots ? (t->mask + 1) * 2 : 64;
	if (cap == 0 || cap > (UINT32_MAX >> 2))
		return -E2BIG;
	struct slot *ns = malloc((size_t)cap * sizeof *ns);
	if (!ns)
		return -ENOMEM;
	for (uint32_t i = 0; i < cap; i++)
		ns[i].val = SLOT_EMPTY;
	if (t->slots) {
		for (uint32_t i = 0; i <= t->mask; i++) {
			const struct slot *s = &t->slots[i];
			if (s->val == SLOT_EMPTY)
				continue;
			uint32_t j = s->hash & (cap - 1);
			while (ns[j].val != SLOT_EMPTY)
				j = (j + 1) & (cap - 1);
			ns[j] = *s;
		}
		free(t->slots);
	}
	t->slots = ns;
	t->mask = cap - 1;
	return 0;
}

/*
 * Insert key → val unless the key is present. Returns 1 and sets *found to
 * the existing slot's value when present, 0 when inserted, or a negative
 * errno. When have_off is given the key bytes already sit in the pool at
 * that offset (key must point there); otherwise they are appended.
 */
static int tab_insert(struct table *t, struct pool *pool, uint32_t h, const char *key, size_t len,
                      uint32_t val, uint8_t via, uint32_t *found, const uint32_t *have_off)
{
	const struct slot *s = tab_find(t, pool->buf, h, key, len);
	if (s) {
		if (found)
			*found = s->val;
		return 1;
	}
	if (!t->slots || (size_t)(t->count + 1) * 2 > (size_t)t->mask + 1) {
		int rc = tab_grow(t);
		if (rc < 0)
			return rc;
	}
	uint32_t off;
	if (have_off) {
		off = *have_off;
	} else {
		int rc = pool_add(pool, key, len, &off);
		if (rc < 0)
			return rc;
	}
	uint32_t i = h & t->mask;
	while (t->slots[i].val != SLOT_EMPTY)
		i = (i + 1) & t->mask;
	t->slots[i] =
	        (struct slot){.hash = h, .val = val, .off = off, .len = (uint16_t)len, .via = via};
	t->count++;
	return 0;
}

/* ======================================================================== */
/* The lexicon                                                              */

/* A negation prefix ("nie" 3) or a negator suffix pattern ("*n't"). */
struct affix {
	uint32_t fold_off, plain_off; /* in the key pool */
	uint8_t fold_len, plain_len;
	uint8_t min_rest; /* negation prefixes: code points required after it */
	uint32_t entry;   /* suffix patterns: the entry */
};

struct mwe_group {
	uint32_t off, n; /* candidates mwe_cand[off .. off+n) */
};

struct es_lexicon {
	char lang[8];
	const char *stemmer; /* strategy name, in the arena */
	struct es_lex_settings settings;
	struct es_lex_entry *entries;
	uint32_t nentries;
	size_t count[ES_LEX_CLASS_COUNT];

	struct pool keys;
	struct block *arena;

	struct table words[ES_LEX_CLASS_COUNT]; /* single words, hash_bytes */
	struct table prefix;                    /* valence prefixes, hash_prefix */
	uint64_t prefix_lens[3];                /* bit l: some prefix key has l bytes */
	uint32_t prefix_min, prefix_max;        /* byte lengths of prefix keys */
	bool prefix_bloom_off;                  /* a prefix key is shorter than 3 bytes */
	uint8_t prefix_bloom[LEX_BLOOM_BITS / 8];

	struct affix *suffixes; /* negator "*suffix" patterns */
	uint32_t nsuffixes;
	struct affix *negpfx; /* negation prefixes */
	uint32_t nnegpfx;

	struct table mwe; /* first token's plain key → mwe_groups index */
	struct mwe_group *mwe_groups;
	const struct es_lex_entry **mwe_cand;
};

void es_lexicon_free(struct es_lexicon *lex)
{
	if (!lex)
		return;
	free(lex->entries);
	free(lex->keys.buf);
	arena_free(lex->arena);
	for (int c = 0; c < ES_LEX_CLASS_COUNT; c++)
		free(lex->words[c].slots);
	free(lex->prefix.slots);
	free(lex->suffixes);
	free(lex->negpfx);
	free(lex->mwe.slots);
	free(lex->mwe_groups);
	free(lex->mwe_cand);
	free(lex);
}

static void settings_default(struct es_lex_settings *s)
{
	*s = (struct es_lex_settings){
	        .negation_scalar = -0.74f,
	        .negated_negative_scalar = -0.74f,
	        .negation_window = 3,
	        .negation_flip_twice = 0,
	        .contrast_before = 0.5f,
	        .contrast_after = 1.5f,
	        .caps_boost = 0.733f,
	        .booster_decay = {1.0f, 0.95f, 0.9f},
	        .elongation_boost = 0.293f,
	        .exclaim_boost = 0.292f,
	        .exclaim_max = 4,
	        .question_boost = 0.18f,
	        .question_many = 0.96f,
	        .threshold_pos = 0.05f,
	        .threshold_neg = -0.05f,
	        .alpha = 15.0f,
	};
}

/* ======================================================================== */
/* Parser state                                                             */

enum section {
	SEC_VALENCE,
	SEC_NEGATORS,
	SEC_NEGPFX,
	SEC_INTENSIFIERS,
	SEC_CONTRAST,
	SEC_SETTINGS,
};

/* Build-time keys of one entry (offsets into the lexicon's key pool). */
struct bkey {
	uint32_t fold_off, plain_off;
	uint8_t fold_len, plain_len;
};

struct parser {
	const char *name;
	struct es_lex_error *err;
	struct es_lexicon *lex;
	unsigned line;

	enum section sec;
	bool have_lang, seen_entry;
	bool emoji, any; /* @lang emoji / any: no stemming */
	char stemmer_req[64];
	unsigned stemmer_line;
	uint32_t settings_seen; /* bit per setting key */

	uint32_t cap_entries;
	struct bkey *bkeys; /* parallel to lex->entries */
	uint32_t cap_negpfx, cap_suffixes;

	struct table seen; /* duplicate detection: class/kind + primary key */
	struct pool seen_keys;

	/* [settings] transliterate: letters that are also typed as ASCII
	 * ("ä:ae"), applied to every key when the index is built. */
	struct translit {
		char from[4], to[LEX_TRANSLIT_TO];
		uint8_t from_len, to_len;
	} translit[LEX_TRANSLIT_MAX];
	unsigned ntranslit;
	unsigned translit_line;
};

static int fail(struct parser *p, int rc, const char *fmt, ...) LEX_PRINTF(3, 4);

/* Record "name:line: reason" (or "name: reason" for line 0) and return rc. */
static int fail(struct parser *p, int rc, const char *fmt, ...)
{
	if (!p->err)
		return rc;
	char reason[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(reason, sizeof reason, fmt, ap);
	va_end(ap);
	if (p->line)
		snprintf(p->err->msg, sizeof p->err->msg, "%s:%u: %s", p->name, p->line, reason);
	else
		snprintf(p->err->msg, sizeof p->err->msg, "%s: %s", p->name, reason);
	p->err->line = p->line;
	return rc;
}

/* ======================================================================== */
/* Small text helpers                                                       */

static bool is_ws(char c)
{
	return c == ' ' || c == '\t';
}

/* The next white-space-separated field of s[0..len) from *i: its start
 * (*start) and length (0 at the end); *i moves past it. */
static size_t next_field(const char *s, size_t len, size_t *i, size_t *start)
{
	while (*i < len && is_ws(s[*i]))
		(*i)++;
	*start = *i;
	while (*i < len && !is_ws(s[*i]))
		(*i)++;
	return *i - *start;
}

static size_t count_cp(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF. */
static bool utf8_valid(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t n;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else {
			return false;
		}
		if (len - i <= n)
			return false;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return false;
		for (size_t k = 2; k <= n; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
		i += n + 1;
	}
	return true;
}

/*
 * A decimal: [+-] digits [. digits] or [+-] . digits, at most 15 digits, no
 * exponent. Written by hand because strtod() follows the process locale.
 */
static bool parse_num(const char *s, size_t len, double *out)
{
	size_t i = 0;
	bool neg = false;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	uint64_t mant = 0;
	unsigned digits = 0, frac = 0;
	bool dot = false;
	for (; i < len; i++) {
		if (s[i] == '.' && !dot) {
			dot = true;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			return false;
		if (++digits > 15)
			return false;
		mant = mant * 10 + (uint64_t)(s[i] - '0');
		frac += dot;
	}
	if (digits == 0)
		return false;
	double v = (double)mant;
	double scale = 1;
	for (unsigned k = 0; k < frac; k++)
		scale *= 10;
	v /= scale;
	*out = neg ? -v : v;
	return true;
}

static bool parse_uint(const char *s, size_t len, unsigned *out)
{
	if (len == 0 || len > 6)
		return false;
	unsigned v = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	*out = v;
	return true;
}

/* printf "%.*s" wants an int; lines are at most ES_LEX_LINE_MAX bytes. */
#define PS(len) ((int)(len))

/* ======================================================================== */
/* Entries                                                                  */

/* Normalize one token into buf; maps normalize.h errors to loader errors. */
static int norm_tok(struct parser *p, const char *s, size_t len, unsigned flags, char *buf,
                    size_t *out_len)
{
	int n = es_norm_key(s, len, flags, buf, ES_KEY_MAX);
	if (n == -E2BIG)
		return fail(p, -E2BIG, "term '%.*s' too long (over %d bytes)", PS(len), s,
		            ES_KEY_MAX);
	if (n < 0)
		return fail(p, -EBADMSG, "invalid UTF-8");
	if (n == 0 && (flags & ES_NORM_UNACCENT) == 0)
		return fail(p, -EBADMSG, "empty term"); /* e.g. only default-ignorable characters */
	*out_len = (size_t)n;
	return 0;
}

static int reserve_entry(struct parser *p)
{
	struct es_lexicon *lex = p->lex;
	if (lex->nentries < p->cap_entries)
		return 0;
	if (p->cap_entries >= (UINT32_MAX >> 2))
		return fail(p, -E2BIG, "too many entries");
	uint32_t cap = p->cap_entries ? p->cap_entries * 2 : 256;
	struct es_lex_entry *ne = realloc(lex->entries, (size_t)cap * sizeof *ne);
	if (!ne)
		return -ENOMEM;
	lex->entries = ne;
	struct bkey *nk = realloc(p->bkeys, (size_t)cap * sizeof *nk);
	if (!nk)
		return -ENOMEM;
	p->bkeys = nk;
	p->cap_entries = cap;
	return 0;
}

/*
 * Reject a second entry of the same class and kind whose primary key (fold,
 * or emoji key) equals an earlier one: it would be unreachable.
 */
static int check_duplicate(struct parser *p, uint8_t cls, uint8_t kind, const char *key, size_t len,
                           const char *term, size_t term_len)
{
	char buf[2 + ES_KEY_MAX * ES_LEX_MWE_MAX + ES_LEX_MWE_MAX];
	if (len + 2 > sizeof buf)
		return fail(p, -E2BIG, "term too long");
	buf[0] = (char)cls;
	buf[1] = (char)kind;
	memcpy(buf + 2, key, len);
	uint32_t first = 0; /* set when rc == 1 (gcc -O3 cannot tell) */
	int rc = tab_insert(&p->seen, &p->seen_keys, hash_bytes(buf, len + 2), buf, len + 2,
	                    p->lex->nentries, 0, &first, NULL);
	if (rc < 0)
		return rc == -ENOMEM ? rc : fail(p, rc, "too many entries");
	if (rc == 1)
		return fail(p, -EBADMSG, "duplicate term '%.*s' (first on line %u)", PS(term_len),
		            term, (unsigned)p->lex->entries[first].line);
	return 0;
}

/* Append an entry whose term, keys and tokens are ready. */
static int add_entry(struct parser *p, const char *term, size_t term_len, float value, uint8_t cls,
                     uint8_t kind, const struct bkey *bk, uint8_t ntok,
                     const struct es_lex_tok *tok)
{
	struct es_lexicon *lex = p->lex;
	int rc = reserve_entry(p);
	if (rc < 0)
		return rc;
	char *t = arena_strdup(&lex->arena, term, term_len);
	if (!t)
		return -ENOMEM;
	lex->entries[lex->nentries] = (struct es_lex_entry){
	        .term = t,
	        .value = value,
	        .cls = cls,
	        .kind = kind,
	        .ntok = ntok,
	        .line = p->line,
	        .tok = tok,
	};
	p->bkeys[lex->nentries] = *bk;
	lex->nentries++;
	lex->count[cls]++;
	return 0;
}

/* Fold and plain keys of one token into the key pool. */
static int make_keys(struct parser *p, const char *s, size_t len, struct bkey *bk)
{
	char fold[ES_KEY_MAX], plain[ES_KEY_MAX];
	size_t fl = 0, pl = 0; /* set by norm_tok on success */
	int rc;
	if ((rc = norm_tok(p, s, len, ES_NORM_FOLD, fold, &fl)) < 0)
		return rc;
	if ((rc = norm_tok(p, s, len, ES_NORM_FOLD | ES_NORM_UNACCENT, plain, &pl)) < 0)
		return rc;
	if ((rc = pool_add(&p->lex->keys, fold, fl, &bk->fold_off)) < 0)
		return rc;
	bk->fold_len = (uint8_t)fl;
	bk->plain_len = (uint8_t)pl;
	bk->plain_off = bk->fold_off;
	if (pl != fl || memcmp(plain, fold, fl) != 0)
		rc = pool_add(&p->lex->keys, plain, pl, &bk->plain_off);
	return rc < 0 ? rc : 0;
}

/* One emoji or emoticon, taken verbatim: no patterns, no expressions. */
static int add_emoji(struct parser *p, const char *term, size_t len, float value)
{
	char key[ES_KEY_MAX], fold[ES_KEY_MAX];
	int kl = es_norm_emoji_key(term, len, key, sizeof key);
	if (kl == -E2BIG)
		return fail(p, -E2BIG, "term too long (over %d bytes)", ES_KEY_MAX);
	if (kl <= 0)
		return fail(p, -EBADMSG, "empty emoji key");
	int rc = check_duplicate(p, ES_LEX_VALENCE, ES_LEX_WORD, key, (size_t)kl, term, len);
	if (rc < 0)
		return rc;
	struct bkey bk;
	if ((rc = pool_add(&p->lex->keys, key, (size_t)kl, &bk.fold_off)) < 0)
		return rc;
	bk.fold_len = (uint8_t)kl;
	bk.plain_off = bk.fold_off;
	bk.plain_len = bk.fold_len;
	/* Emoticons also under their case-folded form ("XD" → "xd"). */
	int fl = es_norm_key(key, (size_t)kl, ES_NORM_FOLD, fold, sizeof fold);
	if (fl > 0 && (fl != kl || memcmp(fold, key, (size_t)kl) != 0)) {
		if ((rc = pool_add(&p->lex->keys, fold, (size_t)fl, &bk.plain_off)) < 0)
			return rc;
		bk.plain_len = (uint8_t)fl;
	}
	return add_entry(p, term, len, value, ES_LEX_VALENCE, ES_LEX_WORD, &bk, 1, NULL);
}

static const char *const class_section[] = {
        [ES_LEX_VALENCE] = "[valence]",
        [ES_LEX_NEGATOR] = "[negators]",
        [ES_LEX_INTENSIFIER] = "[intensifiers]",
        [ES_LEX_CONTRAST] = "[contrast]",
};

/* A multi-word expression of ntok tokens (2..ES_LEX_MWE_MAX). */
static int add_mwe(struct parser *p, const char *term, size_t term_len, const char **ts,
                   const size_t *tl, size_t ntok, float value, uint8_t cls)
{
	struct es_lexicon *lex = p->lex;
	struct es_lex_tok *tok = arena_alloc(&lex->arena, ntok * sizeof *tok);
	if (!tok)
		return -ENOMEM;
	/* The duplicate key: every token's fold form, '*'-marked, space-joined. */
	char dkey[ES_LEX_MWE_MAX * (ES_KEY_MAX + 2)];
	size_t dl = 0;
	const struct bkey none = {0}; /* expressions are indexed from their tokens */
	for (size_t k = 0; k < ntok; k++) {
		const char *s = ts[k];
		size_t len = tl[k];
		bool prefix = len > 1 && s[len - 1] == '*';
		if (len > 1 && s[0] == '*')
			return fail(p, -EBADMSG, "suffix pattern in an expression");
		if (prefix) {
			if (k == 0)
				return fail(p, -EBADMSG, "expression cannot start with a prefix");
			len--;
			if (count_cp(s, len) < LEX_PREFIX_MIN)
				return fail(p, -EBADMSG,
				            "prefix '%.*s' too short (min %d characters)", PS(len),
				            s, LEX_PREFIX_MIN);
		}
		char fold[ES_KEY_MAX], plain[ES_KEY_MAX];
		size_t fl = 0, pl = 0;
		int rc;
		if ((rc = norm_tok(p, s, len, ES_NORM_FOLD, fold, &fl)) < 0)
			return rc;
		if ((rc = norm_tok(p, s, len, ES_NORM_FOLD | ES_NORM_UNACCENT, plain, &pl)) < 0)
			return rc;
		char *f = arena_strdup(&lex->arena, fold, fl);
		char *pp = (pl == fl && memcmp(plain, fold, fl) == 0)
		                   ? f
		                   : arena_strdup(&lex->arena, plain, pl);
		if (!f || !pp)
			return -ENOMEM;
		tok[k] = (struct es_lex_tok){.fold = f,
		                             .plain = pp,
		                             .fold_len = (uint8_t)fl,
		                             .plain_len = (uint8_t)pl,
		                             .prefix = prefix};
		if (k)
			dkey[dl++] = ' ';
		memcpy(dkey + dl, fold, fl);
		dl += fl;
		if (prefix)
			dkey[dl++] = '*';
	}
	int rc = check_duplicate(p, cls, ES_LEX_MWE, dkey, dl, term, term_len);
	if (rc < 0)
		return rc;
	return add_entry(p, term, term_len, value, cls, ES_LEX_MWE, &none, (uint8_t)ntok, tok);
}

/*
 * One entry line of a term section, comment already stripped and trimmed.
 * Splits off the value, validates the term and records the entry.
 */
static int parse_entry(struct parser *p, const char *s, size_t len)
{
	struct es_lexicon *lex = p->lex;
	if (!p->have_lang)
		return fail(p, -EBADMSG, "entry before @lang");
	p->seen_entry = true;

	/* The value is the last white-space-separated field. */
	size_t v = len;
	while (v > 0 && !is_ws(s[v - 1]))
		v--;
	const char *val = s + v;
	size_t vlen = len - v;
	size_t tlen = v;
	while (tlen > 0 && is_ws(s[tlen - 1]))
		tlen--;

	uint8_t cls;
	double value = 0;
	bool takes_value;
	switch (p->sec) {
	case SEC_VALENCE:
		cls = ES_LEX_VALENCE;
		takes_value = true;
		break;
	case SEC_INTENSIFIERS:
		cls = ES_LEX_INTENSIFIER;
		takes_value = true;
		break;
	case SEC_NEGATORS:
		cls = ES_LEX_NEGATOR;
		takes_value = false;
		break;
	case SEC_CONTRAST:
		cls = ES_LEX_CONTRAST;
		takes_value = false;
		break;
	default:
		cls = ES_LEX_VALENCE; /* negation prefixes: value parsed below */
		takes_value = false;
		break;
	}

	if (p->sec == SEC_NEGPFX) {
		unsigned min = LEX_PREFIX_MIN;
		if (tlen > 0) {
			if (!parse_uint(val, vlen, &min))
				return fail(p, -EBADMSG, "value not a number");
			if (min < 1 || min > LEX_NEGPFX_MAX)
				return fail(p, -EBADMSG, "minimum rest %.*s out of range [1, %d]",
				            PS(vlen), val, LEX_NEGPFX_MAX);
		} else {
			tlen = len;
		}
		for (size_t i = 0; i < tlen; i++)
			if (is_ws(s[i]))
				return fail(p, -EBADMSG, "negation prefix must be one word");
		struct bkey bk;
		int rc = make_keys(p, s, tlen, &bk);
		if (rc < 0)
			return rc;
		for (uint32_t i = 0; i < lex->nnegpfx; i++)
			if (lex->negpfx[i].fold_len == bk.fold_len &&
			    memcmp(lex->keys.buf + lex->negpfx[i].fold_off,
			           lex->keys.buf + bk.fold_off, bk.fold_len) == 0)
				return fail(p, -EBADMSG, "duplicate term '%.*s'", PS(tlen), s);
		if (lex->nnegpfx == p->cap_negpfx) {
			uint32_t cap = p->cap_negpfx ? p->cap_negpfx * 2 : 8;
			struct affix *na = realloc(lex->negpfx, cap * sizeof *na);
			if (!na)
				return -ENOMEM;
			lex->negpfx = na;
			p->cap_negpfx = cap;
		}
		lex->negpfx[lex->nnegpfx++] = (struct affix){.fold_off = bk.fold_off,
		                                             .plain_off = bk.plain_off,
		                                             .fold_len = bk.fold_len,
		                                             .plain_len = bk.plain_len,
		                                             .min_rest = (uint8_t)min};
		return 0;
	}

	if (takes_value) {
		if (tlen == 0)
			return fail(p, -EBADMSG, "missing value");
		if (!parse_num(val, vlen, &value))
			return fail(p, -EBADMSG, "value not a number");
		double lim = cls == ES_LEX_VALENCE ? ES_LEX_VALENCE_MAX : 2.0;
		if (value < -lim || value > lim)
			return fail(p, -EBADMSG, "%s %.*s out of range [%g, %g]",
			            cls == ES_LEX_VALENCE ? "valence" : "intensifier value",
			            PS(vlen), val, -lim, lim);
	} else {
		if (tlen > 0 && parse_num(val, vlen, &value))
			return fail(p, -EBADMSG, "unexpected value in %s", class_section[cls]);
		tlen = len;
		value = 0;
	}

	/* "\#", "\@", "\[" at the start write a term that begins with that character. */
	const char *term = s;
	if (tlen >= 2 && term[0] == '\\' && (term[1] == '#' || term[1] == '@' || term[1] == '['))
		term++, tlen--;

	if (p->emoji) {
		for (size_t i = 0; i < tlen; i++)
			if (is_ws(term[i]))
				return fail(p, -EBADMSG, "expression in the emoji lexicon");
		return add_emoji(p, term, tlen, (float)value);
	}

	/* Split the term into tokens. */
	const char *ts[ES_LEX_MWE_MAX];
	size_t tl[ES_LEX_MWE_MAX];
	size_t ntok = 0;
	for (size_t i = 0, b; i < tlen;) {
		if (next_field(term, tlen, &i, &b) == 0)
			break;
		if (ntok == ES_LEX_MWE_MAX)
			return fail(p, -E2BIG, "expression too long (max %d tokens)",
			            ES_LEX_MWE_MAX);
		ts[ntok] = term + b;
		tl[ntok++] = i - b;
	}
	if (ntok > 1)
		return add_mwe(p, term, tlen, ts, tl, ntok, (float)value, cls);

	bool prefix = tlen > 1 && term[tlen - 1] == '*';
	bool suffix = tlen > 1 && term[0] == '*';
	uint8_t kind = ES_LEX_WORD;
	const char *core = term;
	size_t clen = tlen;
	if (prefix && suffix)
		return fail(p, -EBADMSG, "term cannot be both a prefix and a suffix pattern");
	if (prefix) {
		if (cls != ES_LEX_VALENCE)
			return fail(p, -EBADMSG, "prefix entry outside [valence]");
		clen--;
		if (count_cp(core, clen) < LEX_PREFIX_MIN)
			return fail(p, -EBADMSG, "prefix '%.*s' too short (min %d characters)",
			            PS(clen), core, LEX_PREFIX_MIN);
		kind = ES_LEX_PREFIX;
	} else if (suffix) {
		if (cls != ES_LEX_NEGATOR)
			return fail(p, -EBADMSG, "suffix pattern outside [negators]");
		core++;
		clen--;
		if (count_cp(core, clen) < LEX_SUFFIX_MIN)
			return fail(p, -EBADMSG, "suffix '%.*s' too short (min %d characters)",
			            PS(clen), core, LEX_SUFFIX_MIN);
		kind = ES_LEX_SUFFIX;
	}

	struct bkey bk;
	int rc = make_keys(p, core, clen, &bk);
	if (rc < 0)
		return rc;
	rc = check_duplicate(p, cls, kind, lex->keys.buf + bk.fold_off, bk.fold_len, term, tlen);
	if (rc < 0)
		return rc;
	if (kind == ES_LEX_SUFFIX) {
		if (lex->nsuffixes == p->cap_suffixes) {
			uint32_t cap = p->cap_suffixes ? p->cap_suffixes * 2 : 8;
			struct affix *na = realloc(lex->suffixes, cap * sizeof *na);
			if (!na)
				return -ENOMEM;
			lex->suffixes = na;
			p->cap_suffixes = cap;
		}
		lex->suffixes[lex->nsuffixes++] = (struct affix){.fold_off = bk.fold_off,
		                                                 .plain_off = bk.plain_off,
		                                                 .fold_len = bk.fold_len,
		                                                 .plain_len = bk.plain_len,
		                                                 .entry = lex->nentries};
	}
	return add_entry(p, term, tlen, (float)value, cls, kind, &bk, 1, NULL);
}

/* ======================================================================== */
/* Settings                                                                 */

enum setting_type { SET_FLOAT, SET_UINT, SET_DECAY, SET_DOUBLE_NEG };

struct setting_def {
	const char *key;
	enum setting_type type;
	size_t off; /* in struct es_lex_settings */
	double lo, hi;
};

#define SETF(name, lo, hi)                                                                         \
	{                                                                                          \
#name, SET_FLOAT, offsetof(struct es_lex_settings, name), lo, hi                   \
	}
#define SETU(name, lo, hi)                                                                         \
	{                                                                                          \
#name, SET_UINT, offsetof(struct es_lex_settings, name), lo, hi                    \
	}

static const struct setting_def settings_defs[] = {
        SETF(negation_scalar, -2, 2),
        SETF(negated_negative_scalar, -2, 2),
        SETU(negation_window, 0, 10),
        {"double_negation", SET_DOUBLE_NEG, offsetof(struct es_lex_settings, negation_flip_twice),
         0, 1},
        SETF(contrast_before, 0, 4),
        SETF(contrast_after, 0, 4),
        SETF(caps_boost, 0, 4),
        {"booster_decay", SET_DECAY, offsetof(struct es_lex_settings, booster_decay), 0, 2},
        SETF(elongation_boost, 0, 4),
        SETF(exclaim_boost, 0, 4),
        SETU(exclaim_max, 0, 20),
        SETF(question_boost, 0, 4),
        SETF(question_many, 0, 4),
        SETF(threshold_pos, 0, 1),
        SETF(threshold_neg, -1, 0),
        SETF(alpha, 0.001, 1000),
        SETU(rhetorical_questions, 0, 1),
};

#define NSETTINGS  (sizeof settings_defs / sizeof settings_defs[0])
#define SET_NEGNEG 1 /* settings_defs index of negated_negative_scalar */

/*
 * "transliterate = ä:ae ö:oe ü:ue ß:ss": each pair is one lowercase non-ASCII
 * letter and the one to three ASCII letters people type for it where the
 * keyboard lacks it. build_index() adds every key that holds such a letter
 * once more with all of them replaced ("schön" is also found as "schoen").
 */
static int parse_translit(struct parser *p, const char *v, size_t vlen)
{
	if (p->translit_line)
		return fail(p, -EBADMSG, "duplicate setting 'transliterate'");
	p->translit_line = p->line;
	size_t i = 0;
	while (i < vlen) {
		size_t b;
		if (next_field(v, vlen, &i, &b) == 0)
			break;
		const char *pair = v + b, *colon = memchr(pair, ':', i - b);
		if (!colon)
			return fail(p, -EBADMSG, "transliterate: '%.*s' is not letter:ascii", PS(i - b),
			            pair);
		size_t fl = (size_t)(colon - pair), tl = i - b - fl - 1;
		utf8proc_int32_t cp = -1;
		utf8proc_ssize_t k = fl ? utf8proc_iterate((const utf8proc_uint8_t *)pair,
		                                           (utf8proc_ssize_t)fl, &cp)
		                        : -1;
		if (k <= 0 || (size_t)k != fl || cp < 0x80 || utf8proc_tolower(cp) != cp ||
		    utf8proc_category(cp) != UTF8PROC_CATEGORY_LL)
			return fail(p, -EBADMSG, "transliterate: '%.*s' is not one lowercase letter",
			            PS(fl), pair);
		if (tl == 0 || tl >= LEX_TRANSLIT_TO)
			return fail(p, -EBADMSG, "transliterate: '%.*s' must be 1 to %d letters",
			            PS(tl), colon + 1, LEX_TRANSLIT_TO - 1);
		for (size_t j = 0; j < tl; j++)
			if (colon[1 + j] < 'a' || colon[1 + j] > 'z')
				return fail(p, -EBADMSG,
				            "transliterate: '%.*s' must be lowercase ASCII letters",
				            PS(tl), colon + 1);
		for (unsigned j = 0; j < p->ntranslit; j++)
			if (p->translit[j].from_len == fl && memcmp(p->translit[j].from, pair, fl) == 0)
				return fail(p, -EBADMSG, "transliterate: '%.*s' given twice", PS(fl),
				            pair);
		if (p->ntranslit == LEX_TRANSLIT_MAX)
			return fail(p, -EBADMSG, "transliterate: more than %d letters",
			            LEX_TRANSLIT_MAX);
		struct translit *t = &p->translit[p->ntranslit++];
		memcpy(t->from, pair, fl);
		t->from_len = (uint8_t)fl;
		memcpy(t->to, colon + 1, tl);
		t->to_len = (uint8_t)tl;
	}
	if (p->ntranslit == 0)
		return fail(p, -EBADMSG, "missing value");
	return 0;
}

static int parse_setting(struct parser *p, const char *s, size_t len)
{
	if (!p->have_lang)
		return fail(p, -EBADMSG, "entry before @lang");
	p->seen_entry = true;
	const char *eq = memchr(s, '=', len);
	if (!eq)
		return fail(p, -EBADMSG, "missing '=' in setting");
	size_t klen = (size_t)(eq - s);
	while (klen > 0 && is_ws(s[klen - 1]))
		klen--;
	const char *v = eq + 1;
	size_t vlen = len - (size_t)(v - s);
	while (vlen > 0 && is_ws(*v))
		v++, vlen--;
	if (klen == 13 && memcmp(s, "transliterate", 13) == 0)
		return parse_translit(p, v, vlen);
	size_t k;
	for (k = 0; k < NSETTINGS; k++)
		if (strlen(settings_defs[k].key) == klen &&
		    memcmp(settings_defs[k].key, s, klen) == 0)
			break;
	if (k == NSETTINGS)
		return fail(p, -EBADMSG, "unknown setting '%.*s'", PS(klen), s);
	const struct setting_def *d = &settings_defs[k];
	if (p->settings_seen & (1u << k))
		return fail(p, -EBADMSG, "duplicate setting '%s'", d->key);
	p->settings_seen |= 1u << k;
	if (vlen == 0)
		return fail(p, -EBADMSG, "missing value");
	char *base = (char *)&p->lex->settings + d->off;
	double x;
	unsigned u;
	switch (d->type) {
	case SET_FLOAT:
		if (!parse_num(v, vlen, &x))
			return fail(p, -EBADMSG, "value not a number");
		if (x < d->lo || x > d->hi)
			return fail(p, -EBADMSG, "%s %.*s out of range [%g, %g]", d->key, PS(vlen),
			            v, d->lo, d->hi);
		{
			float f = (float)x;
			memcpy(base, &f, sizeof f);
		}
		break;
	case SET_UINT:
		if (!parse_uint(v, vlen, &u))
			return fail(p, -EBADMSG, "value not a number");
		if (u < d->lo || u > d->hi)
			return fail(p, -EBADMSG, "%s %.*s out of range [%g, %g]", d->key, PS(vlen),
			            v, d->lo, d->hi);
		memcpy(base, &u, sizeof u);
		break;
	case SET_DECAY: {
		float f[3];
		size_t i = 0;
		for (int n = 0; n < 3; n++) {
			size_t b;
			if (next_field(v, vlen, &i, &b) == 0)
				return fail(p, -EBADMSG, "booster_decay needs three numbers");
			if (!parse_num(v + b, i - b, &x))
				return fail(p, -EBADMSG, "value not a number");
			if (x < d->lo || x > d->hi)
				return fail(p, -EBADMSG, "%s %.*s out of range [%g, %g]", d->key,
				            PS(i - b), v + b, d->lo, d->hi);
			f[n] = (float)x;
		}
		while (i < vlen && is_ws(v[i]))
			i++;
		if (i < vlen)
			return fail(p, -EBADMSG, "booster_decay needs three numbers");
		memcpy(base, f, sizeof f);
		break;
	}
	case SET_DOUBLE_NEG:
		if (vlen == 4 && memcmp(v, "flip", 4) == 0)
			p->lex->settings.negation_flip_twice = 1;
		else if (vlen == 7 && memcmp(v, "concord", 7) == 0)
			p->lex->settings.negation_flip_twice = 0;
		else
			return fail(p, -EBADMSG, "double_negation must be flip or concord");
		break;
	}
	return 0;
}

/* ======================================================================== */
/* Lines                                                                    */

static int parse_directive(struct parser *p, const char *s, size_t len)
{
	size_t w = 0;
	while (w < len && !is_ws(s[w]))
		w++;
	const char *v = s + w;
	size_t vlen = len - w;
	while (vlen > 0 && is_ws(*v))
		v++, vlen--;
	bool lang = w == 5 && memcmp(s, "@lang", 5) == 0;
	bool stem = w == 8 && memcmp(s, "@stemmer", 8) == 0;
	if (!lang && !stem)
		return fail(p, -EBADMSG, "unknown directive '%.*s'", PS(w), s);
	if (p->seen_entry)
		return fail(p, -EBADMSG, "%.*s after entries", PS(w), s);
	if (vlen == 0)
		return fail(p, -EBADMSG, "missing value");
	for (size_t i = 0; i < vlen; i++)
		if (is_ws(v[i]))
			return fail(p, -EBADMSG, "%.*s takes one value", PS(w), s);
	if (stem) {
		if (p->stemmer_line)
			return fail(p, -EBADMSG, "duplicate @stemmer");
		if (vlen >= sizeof p->stemmer_req)
			return fail(p, -EBADMSG, "unknown stemmer '%.*s'", PS(vlen), v);
		memcpy(p->stemmer_req, v, vlen);
		p->stemmer_req[vlen] = '\0';
		p->stemmer_line = p->line;
		return 0;
	}
	if (p->have_lang)
		return fail(p, -EBADMSG, "duplicate @lang");
	bool ok = (vlen == 2 || vlen == 3);
	for (size_t i = 0; ok && i < vlen; i++)
		ok = v[i] >= 'a' && v[i] <= 'z';
	p->emoji = vlen == 5 && memcmp(v, "emoji", 5) == 0;
	p->any = vlen == 3 && memcmp(v, "any", 3) == 0;
	if (!ok && !p->emoji)
		return fail(p, -EBADMSG, "invalid language code '%.*s'", PS(vlen), v);
	memcpy(p->lex->lang, v, vlen);
	p->lex->lang[vlen] = '\0';
	p->have_lang = true;
	return 0;
}

static int parse_section(struct parser *p, const char *s, size_t len)
{
	static const struct {
		const char *name;
		enum section sec;
	} secs[] = {
	        {"[valence]", SEC_VALENCE},          {"[negators]", SEC_NEGATORS},
	        {"[negation-prefixes]", SEC_NEGPFX}, {"[intensifiers]", SEC_INTENSIFIERS},
	        {"[contrast]", SEC_CONTRAST},        {"[settings]", SEC_SETTINGS},
	};
	for (size_t i = 0; i < sizeof secs / sizeof secs[0]; i++) {
		if (strlen(secs[i].name) == len && memcmp(secs[i].name, s, len) == 0) {
			if (p->emoji && secs[i].sec != SEC_VALENCE && secs[i].sec != SEC_SETTINGS)
				return fail(p, -EBADMSG, "section %s not allowed with @lang emoji",
				            secs[i].name);
			p->sec = secs[i].sec;
			return 0;
		}
	}
	return fail(p, -EBADMSG, "unknown section %.*s", PS(len), s);
}

static int parse_line(struct parser *p, const char *s, size_t len)
{
	if (len > ES_LEX_LINE_MAX)
		return fail(p, -E2BIG, "line too long (over %d bytes)", ES_LEX_LINE_MAX);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0)
			return fail(p, -EBADMSG, "NUL byte");
		if ((c < 0x20 && c != '\t') || c == 0x7F)
			return fail(p, -EBADMSG, "control character");
	}
	if (!utf8_valid((const unsigned char *)s, len))
		return fail(p, -EBADMSG, "invalid UTF-8");

	while (len > 0 && is_ws(*s))
		s++, len--;
	if (len == 0 || s[0] == '#')
		return 0;
	/* A trailing comment is white space, '#', then white space or the end. */
	for (size_t i = 1; i < len; i++) {
		if (s[i] == '#' && is_ws(s[i - 1]) && (i + 1 == len || is_ws(s[i + 1]))) {
			len = i;
			break;
		}
	}
	while (len > 0 && is_ws(s[len - 1]))
		len--;

	if (s[0] == '[' && s[len - 1] == ']')
		return parse_section(p, s, len);
	if (s[0] == '[')
		return fail(p, -EBADMSG, "unknown section %.*s", PS(len), s);
	if (s[0] == '@')
		return parse_directive(p, s, len);
	if (p->sec == SEC_SETTINGS)
		return parse_setting(p, s, len);
	return parse_entry(p, s, len);
}

/* ======================================================================== */
/* Index build                                                              */

/* Insert key → entry into a word table; an existing key is kept. */
static int index_word(struct es_lexicon *lex, uint8_t cls, const char *key, size_t len,
                      uint32_t entry, enum es_lex_via via, const uint32_t *have_off)
{
	if (len == 0)
		return 0;
	int rc = tab_insert(&lex->words[cls], &lex->keys, hash_bytes(key, len), key, len, entry,
	                    (uint8_t)via, NULL, have_off);
	return rc < 0 ? rc : 0;
}

static int index_prefix(struct es_lexicon *lex, uint32_t off, size_t len, uint32_t entry,
                        enum es_lex_via via)
{
	if (len == 0)
		return 0;
	const char *key = lex->keys.buf + off;
	int rc = tab_insert(&lex->prefix, &lex->keys, hash_prefix(key, len), key, len, entry,
	                    (uint8_t)via, NULL, &off);
	if (rc < 0)
		return rc;
	if (len < 3) {
		lex->prefix_bloom_off = true;
	} else {
		uint32_t b = hash_prefix(key, 3) % LEX_BLOOM_BITS;
		lex->prefix_bloom[b / 8] |= (uint8_t)(1u << (b % 8));
	}
	lex->prefix_lens[len / 64] |= 1ull << (len % 64);
	if (lex->prefix_min == 0 || len < lex->prefix_min)
		lex->prefix_min = (uint32_t)len;
	if (len > lex->prefix_max)
		lex->prefix_max = (uint32_t)len;
	return 0;
}

/* Stem every single-token valence entry's fold (mode 0) or plain (1) key,
 * or (2) the transliterated key that bkeys[i].fold_* holds then (if any). */
static int index_stems(struct es_lexicon *lex, struct es_stemmer *st, const struct bkey *bkeys,
                       int mode)
{
	char key[ES_KEY_MAX];
	bool plain = mode == 1;
	for (uint32_t i = 0; i < lex->nentries; i++) {
		const struct es_lex_entry *e = &lex->entries[i];
		if (e->cls != ES_LEX_VALENCE || e->kind != ES_LEX_WORD)
			continue;
		if (plain && bkeys[i].plain_off == bkeys[i].fold_off)
			continue; /* no diacritics: pstem = stem */
		if (mode == 2 && bkeys[i].fold_len == 0)
			continue; /* nothing transliterated */
		size_t len = plain ? bkeys[i].plain_len : bkeys[i].fold_len;
		/* Copy out: the pool may move while we insert. */
		memcpy(key, lex->keys.buf + (plain ? bkeys[i].plain_off : bkeys[i].fold_off), len);
		const char *stem;
		size_t sl;
		int rc = es_stemmer_stem(st, key, len, &stem, &sl);
		if (rc == -E2BIG)
			continue;
		if (rc < 0)
			return rc;
		if (sl == len && memcmp(stem, key, len) == 0)
			continue;
		if (sl > ES_KEY_MAX)
			continue;
		memcpy(key, stem, sl);
		if ((rc = index_word(lex, ES_LEX_VALENCE, key, sl, i,
		                     mode ? ES_LEX_VIA_PSTEM : ES_LEX_VIA_STEM, NULL)) < 0)
			return rc;
	}
	return 0;
}

static int build_mwe(struct es_lexicon *lex)
{
	uint32_t nmwe = 0, ngroups = 0;
	for (uint32_t i = 0; i < lex->nentries; i++)
		nmwe += lex->entries[i].kind == ES_LEX_MWE;
	if (nmwe == 0)
		return 0;
	lex->mwe_cand = malloc(nmwe * sizeof *lex->mwe_cand);
	lex->mwe_groups = calloc(nmwe, sizeof *lex->mwe_groups);
	if (!lex->mwe_cand || !lex->mwe_groups)
		return -ENOMEM;
	/* Group by the first token's plain key, counting members. */
	uint32_t *gid = malloc(nmwe * sizeof *gid);
	if (!gid)
		return -ENOMEM;
	uint32_t m = 0;
	int rc = 0;
	for (uint32_t i = 0; i < lex->nentries; i++) {
		if (lex->entries[i].kind != ES_LEX_MWE)
			continue;
		const struct es_lex_tok *t0 = &lex->entries[i].tok[0];
		uint32_t g = 0;
		rc = tab_insert(&lex->mwe, &lex->keys, hash_bytes(t0->plain, t0->plain_len),
		                t0->plain, t0->plain_len, ngroups, 0, &g, NULL);
		if (rc < 0)
			goto out;
		if (rc == 0)
			g = ngroups++;
		lex->mwe_groups[g].n++;
		gid[m++] = g;
	}
	uint32_t off = 0;
	for (uint32_t g = 0; g < ngroups; g++) {
		lex->mwe_groups[g].off = off;
		off += lex->mwe_groups[g].n;
		lex->mwe_groups[g].n = 0;
	}
	/* Longest first, file order among equals: one stable pass per length. */
	for (unsigned len = ES_LEX_MWE_MAX; len >= 2; len--) {
		m = 0;
		for (uint32_t i = 0; i < lex->nentries; i++) {
			const struct es_lex_entry *e = &lex->entries[i];
			if (e->kind != ES_LEX_MWE)
				continue;
			struct mwe_group *grp = &lex->mwe_groups[gid[m++]];
			if (e->ntok == len)
				lex->mwe_cand[grp->off + grp->n++] = e;
		}
	}
	rc = 0;
out:
	free(gid);
	return rc;
}

/* After the last line: plain keys, stems, expressions, in the documented order. */
/* key[0..len) with the transliterate setting's letters replaced, into out
 * (ES_KEY_MAX bytes); its length, or 0 when nothing was replaced or the
 * result would not fit. */
static size_t translit_key(const struct parser *p, const char *key, size_t len, char *out)
{
	size_t o = 0;
	bool changed = false;
	for (size_t i = 0; i < len;) {
		const struct translit *t = NULL;
		if ((unsigned char)key[i] >= 0x80)
			for (unsigned j = 0; j < p->ntranslit && !t; j++)
				if (p->translit[j].from_len <= len - i &&
				    memcmp(key + i, p->translit[j].from, p->translit[j].from_len) == 0)
					t = &p->translit[j];
		const char *src = t ? t->to : key + i;
		size_t n = t ? t->to_len : 1;
		if (o + n > ES_KEY_MAX)
			return 0;
		memcpy(out + o, src, n);
		o += n;
		i += t ? t->from_len : 1;
		changed |= t != NULL;
	}
	return changed ? o : 0;
}

/* Index the transliterated fold key of every single-token word and prefix
 * entry (as a plain key: it is how the word is typed without its letters);
 * tk[i] records where it went, for the stems. A key an entry of its own
 * already has stays that entry's. */
static int index_translit(struct parser *p, struct bkey *tk)
{
	struct es_lexicon *lex = p->lex;
	char key[ES_KEY_MAX];
	for (uint32_t i = 0; i < lex->nentries; i++) {
		const struct es_lex_entry *e = &lex->entries[i];
		if (e->kind != ES_LEX_WORD && e->kind != ES_LEX_PREFIX)
			continue;
		size_t len = translit_key(p, lex->keys.buf + p->bkeys[i].fold_off,
		                          p->bkeys[i].fold_len, key);
		if (len == 0)
			continue;
		uint32_t off;
		int rc = pool_add(&lex->keys, key, len, &off);
		if (rc < 0)
			return rc;
		tk[i] = (struct bkey){.fold_off = off, .fold_len = (uint8_t)len};
		if (e->kind == ES_LEX_WORD)
			rc = index_word(lex, e->cls, lex->keys.buf + off, len, i, ES_LEX_VIA_PLAIN,
			                &off);
		else
			rc = index_prefix(lex, off, len, i, ES_LEX_VIA_PLAIN);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int build_index(struct parser *p)
{
	struct es_lexicon *lex = p->lex;
	const struct bkey *bk = p->bkeys;
	struct bkey *tk = NULL; /* transliterated keys, parallel to entries (len 0: none) */
	int rc;
	/* Pass 1 and 2: fold keys of everything, then plain keys. */
	for (int plain = 0; plain < 2; plain++) {
		for (uint32_t i = 0; i < lex->nentries; i++) {
			const struct es_lex_entry *e = &lex->entries[i];
			if (plain && bk[i].plain_off == bk[i].fold_off)
				continue;
			uint32_t off = plain ? bk[i].plain_off : bk[i].fold_off;
			size_t len = plain ? bk[i].plain_len : bk[i].fold_len;
			if (e->kind == ES_LEX_WORD)
				rc = index_word(lex, e->cls, lex->keys.buf + off, len, i,
				                plain ? ES_LEX_VIA_PLAIN : ES_LEX_VIA_FOLD, &off);
			else if (e->kind == ES_LEX_PREFIX)
				rc = index_prefix(lex, off, len, i,
				                  plain ? ES_LEX_VIA_PLAIN : ES_LEX_VIA_FOLD);
			else
				rc = 0;
			if (rc < 0)
				return rc == -ENOMEM ? rc : fail(p, rc, "lexicon too large");
		}
	}
	/* Pass 2b: transliterated keys ("schoen" for "schön"). */
	if (p->ntranslit && lex->nentries) {
		tk = calloc(lex->nentries, sizeof *tk);
		if (!tk)
			return -ENOMEM;
		rc = index_translit(p, tk);
		if (rc < 0) {
			free(tk);
			return rc == -ENOMEM ? rc : fail(p, rc, "lexicon too large");
		}
	}
	/* Pass 3 and 4: stems of fold keys, then of plain keys (and of the
	 * transliterated ones, as plain stems). */
	if (!p->emoji && !p->any) {
		struct es_stemmer *st = NULL;
		const char *req = p->stemmer_line ? p->stemmer_req : lex->lang;
		rc = es_stemmer_new(req, &st);
		if (rc == -EINVAL) {
			free(tk);
			p->line = p->stemmer_line;
			return fail(p, -EBADMSG, "unknown stemmer '%s'", req);
		}
		if (rc < 0) {
			free(tk);
			return rc;
		}
		lex->stemmer = arena_strdup(&lex->arena, es_stemmer_strategy(st),
		                            strlen(es_stemmer_strategy(st)));
		if (!lex->stemmer)
			rc = -ENOMEM;
		else if (strcmp(lex->stemmer, "none") != 0)
			for (int plain = 0; plain < 3 && rc == 0; plain++)
				if (plain < 2 || tk)
					rc = index_stems(lex, st, plain < 2 ? bk : tk, plain);
		es_stemmer_free(st);
		free(tk);
		tk = NULL;
		if (rc < 0)
			return rc == -ENOMEM ? rc : fail(p, rc, "lexicon too large");
	} else {
		free(tk);
		if (p->stemmer_line) {
			p->line = p->stemmer_line;
			return fail(p, -EBADMSG, "@stemmer not allowed with @lang %s", lex->lang);
		}
		lex->stemmer = "none";
	}
	rc = build_mwe(lex);
	if (rc < 0)
		return rc == -ENOMEM ? rc : fail(p, rc, "lexicon too large");
	return 0;
}

/* ======================================================================== */
/* Loading                                                                  */

int es_lexicon_load_buffer(const char *name, const char *buf, size_t len, struct es_lexicon **out,
                           struct es_lex_error *err)
{
	if (!out || (!buf && len))
		return -EINVAL;
	*out = NULL;
	if (err) {
		err->msg[0] = '\0';
		err->line = 0;
	}
	struct parser p = {.name = name ? name : "<buffer>", .err = err, .sec = SEC_VALENCE};
	struct es_lexicon *lex = calloc(1, sizeof *lex);
	if (!lex)
		return fail(&p, -ENOMEM, "out of memory");
	p.lex = lex;
	settings_default(&lex->settings);

	int rc = 0;
	size_t pos = 0;
	/* A byte-order mark is tolerated at the very start, and skipped. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	while (pos < len) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - buf) : len;
		size_t ll = end - pos;
		if (ll > 0 && buf[pos + ll - 1] == '\r')
			ll--;
		if (p.line == UINT32_MAX) {
			rc = fail(&p, -E2BIG, "too many lines");
			goto done;
		}
		p.line++;
		if ((rc = parse_line(&p, buf + pos, ll)) < 0)
			goto done;
		pos = end + 1;
	}
	p.line = 0;
	if (!p.have_lang) {
		rc = fail(&p, -EBADMSG, "missing @lang");
		goto done;
	}
	/* negated_negative_scalar follows negation_scalar unless set itself. */
	if (!(p.settings_seen & (1u << SET_NEGNEG)))
		lex->settings.negated_negative_scalar = lex->settings.negation_scalar;
	rc = build_index(&p);
done:
	free(p.bkeys);
	free(p.seen.slots);
	free(p.seen_keys.buf);
	if (rc < 0) {
		if (rc == -ENOMEM && err && !err->msg[0]) {
			p.line = 0;
			fail(&p, rc, "out of memory");
		}
		es_lexicon_free(lex);
		return rc;
	}
	*out = lex;
	return 0;
}

int es_lexicon_load_file(const char *path, struct es_lexicon **out, struct es_lex_error *err)
{
	if (!path || !out)
		return -EINVAL;
	*out = NULL;
	struct parser p = {.name = path, .err = err};
	if (err) {
		err->msg[0] = '\0';
		err->line = 0;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return fail(&p, -EIO, "no such file");
		if (errno == EACCES)
			return fail(&p, -EIO, "permission denied");
		return fail(&p, -EIO, "cannot open (errno %d)", errno);
	}
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int rc = 0;
	for (;;) {
		if (len == cap) {
			/* One byte over the maximum tells a too-large file from a full one. */
			size_t ncap = cap ? cap * 2 : 64u << 10;
			if (ncap > (size_t)LEX_FILE_MAX + 1)
				ncap = (size_t)LEX_FILE_MAX + 1;
			char *nb = realloc(buf, ncap);
			if (!nb) {
				rc = -ENOMEM;
				goto out;
			}
			buf = nb;
			cap = ncap;
		}
		ssize_t n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = fail(&p, -EIO, "read error (errno %d)", errno);
			goto out;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > LEX_FILE_MAX) {
			rc = fail(&p, -E2BIG, "file too large (over %u MiB)", LEX_FILE_MAX >> 20);
			goto out;
		}
	}
	rc = es_lexicon_load_buffer(path, buf, len, out, err);
out:
	close(fd);
	free(buf);
	return rc;
}

/* ======================================================================== */
/* Lookups: const, allocation-free                                          */

const char *es_lexicon_lang(const struct es_lexicon *lex)
{
	return lex ? lex->lang : NULL;
}

const char *es_lexicon_stemmer(const struct es_lexicon *lex)
{
	return lex ? lex->stemmer : NULL;
}

const struct es_lex_settings *es_lexicon_settings(const struct es_lexicon *lex)
{
	return lex ? &lex->settings : NULL;
}

size_t es_lexicon_count(const struct es_lexicon *lex, enum es_lex_class cls)
{
	if (!lex || (unsigned)cls >= ES_LEX_CLASS_COUNT)
		return 0;
	return lex->count[cls];
}

static bool ends_with(const char *key, size_t len, const char *suf, size_t sl)
{
	return sl <= len && memcmp(key + len - sl, suf, sl) == 0;
}

const struct es_lex_entry *es_lexicon_word_via(const struct es_lexicon *lex, enum es_lex_class cls,
                                               const char *key, size_t len, enum es_lex_via *via)
{
	if (!lex || !key || len == 0 || len > ES_KEY_MAX || (unsigned)cls >= ES_LEX_CLASS_COUNT)
		return NULL;
	const struct slot *s =
	        tab_find(&lex->words[cls], lex->keys.buf, hash_bytes(key, len), key, len);
	if (s) {
		if (via)
			*via = (enum es_lex_via)s->via;
		return &lex->entries[s->val];
	}
	if (cls != ES_LEX_NEGATOR)
		return NULL;
	/* Suffix patterns: the longest that matches, first written among equals. */
	const struct affix *best = NULL;
	size_t best_len = 0;
	enum es_lex_via best_via = ES_LEX_VIA_FOLD;
	for (uint32_t i = 0; i < lex->nsuffixes; i++) {
		const struct affix *a = &lex->suffixes[i];
		if (a->fold_len > best_len &&
		    ends_with(key, len, lex->keys.buf + a->fold_off, a->fold_len)) {
			best = a;
			best_len = a->fold_len;
			best_via = ES_LEX_VIA_FOLD;
		} else if (a->plain_len > best_len &&
		           ends_with(key, len, lex->keys.buf + a->plain_off, a->plain_len)) {
			best = a;
			best_len = a->plain_len;
			best_via = ES_LEX_VIA_PLAIN;
		}
	}
	if (best && via)
		*via = best_via;
	return best ? &lex->entries[best->entry] : NULL;
}

const struct es_lex_entry *es_lexicon_word(const struct es_lexicon *lex, enum es_lex_class cls,
                                           const char *key, size_t len)
{
	return es_lexicon_word_via(lex, cls, key, len, NULL);
}

/*
 * Hash every prefix of the key in one pass, then probe the lengths that some
 * prefix entry has, longest first, at code point boundaries only.
 */
const struct es_lex_entry *es_lexicon_prefix_via(const struct es_lexicon *lex, const char *key,
                                                 size_t len, enum es_lex_via *via)
{
	if (!lex || !key || !lex->prefix.count || len < lex->prefix_min || len > ES_KEY_MAX)
		return NULL;
	uint32_t raw[ES_KEY_MAX + 1];
	size_t top = len < lex->prefix_max ? len : lex->prefix_max;
	uint32_t h = FNV_OFFSET;
	raw[0] = h;
	for (size_t i = 0; i < top; i++) {
		h = (h ^ (unsigned char)key[i]) * FNV_PRIME;
		raw[i + 1] = h;
		if (i == 2 && !lex->prefix_bloom_off) {
			/* No prefix key starts with these three bytes: done. */
			uint32_t b = fmix32(h) % LEX_BLOOM_BITS;
			if (!(lex->prefix_bloom[b / 8] & (1u << (b % 8))))
				return NULL;
		}
	}
	for (size_t l = top; l >= lex->prefix_min; l--) {
		if (!(lex->prefix_lens[l / 64] & (1ull << (l % 64))))
			continue;
		if (l < len && ((unsigned char)key[l] & 0xC0) == 0x80)
			continue;
		const struct slot *s =
		        tab_find(&lex->prefix, lex->keys.buf, fmix32(raw[l]), key, l);
		if (s) {
			if (via)
				*via = (enum es_lex_via)s->via;
			return &lex->entries[s->val];
		}
	}
	return NULL;
}

const struct es_lex_entry *es_lexicon_prefix(const struct es_lexicon *lex, const char *key,
                                             size_t len)
{
	return es_lexicon_prefix_via(lex, key, len, NULL);
}

size_t es_lexicon_mwe(const struct es_lexicon *lex, const char *plain_first, size_t len,
                      const struct es_lex_entry *const **out)
{
	if (out)
		*out = NULL;
	if (!lex || !plain_first || !out || len == 0 || len > ES_KEY_MAX)
		return 0;
	const struct slot *s =
	        tab_find(&lex->mwe, lex->keys.buf, hash_bytes(plain_first, len), plain_first, len);
	if (!s)
		return 0;
	const struct mwe_group *g = &lex->mwe_groups[s->val];
	*out = lex->mwe_cand + g->off;
	return g->n;
}

size_t es_lexicon_negation_prefix(const struct es_lexicon *lex, const char *key, size_t len)
{
	if (!lex || !key)
		return 0;
	size_t best = 0;
	for (uint32_t i = 0; i < lex->nnegpfx; i++) {
		const struct affix *a = &lex->negpfx[i];
		size_t l = 0;
		if (a->fold_len <= len &&
		    memcmp(key, lex->keys.buf + a->fold_off, a->fold_len) == 0)
			l = a->fold_len;
		else if (a->plain_len <= len &&
		         memcmp(key, lex->keys.buf + a->plain_off, a->plain_len) == 0)
			l = a->plain_len;
		if (l > best && count_cp(key + l, len - l) >= a->min_rest)
			best = l;
	}
	return best;
}
