/*
 * score.c — the analyzer: tokens → lexicon terms → VADER-class rules → score.
 *
 * es_analyze() runs in four passes over one post:
 *
 *   1. tokenize (token.c) and build the fold/plain keys of every word into an
 *      arena owned by the analyzer (a lower-case ASCII word is its own key and
 *      is not copied), counting words, ALL CAPS words and hashtags on the way;
 *   2. classify: each word becomes a negator, an intensifier, a contrast word,
 *      a valence term or nothing — multi-word expressions first (overlay, then
 *      the language's lexicon), then single words through the key chain
 *      fold → plain → stem → pstem → prefix → squeezed forms → negation prefix;
 *      emoji and emoticons go to the shared emoji lexicon; the same pass notes
 *      the first contrast word and counts '!' and '?';
 *   3. apply the rules to every valence term: elongation, ALL CAPS in a
 *      mixed-case text, boosters and dampeners in the three items before it
 *      (decaying with distance), negation in the window before it (concord or
 *      flip per language), and contrast — position-based, so terms before the
 *      first contrast word are damped and terms after one are emphasised
 *      (VADER's value-lookup bug is not reproduced);
 *   4. sum, add '!'/'?' emphasis, normalise to the compound score and the
 *      pos/neu/neg shares, label, and keep the explanation.
 *
 * Look-back windows (boosters, negation) count "items": words and emoji, not
 * punctuation, mentions or URLs, and they stop at a clause boundary, so a
 * negator never reaches across a full stop or a "but".
 *
 * Word lookups that do not depend on context are memoised per language in a
 * bounded 8-way set-associative cache with clock eviction (never cleared),
 * because social text repeats its words and the key chain costs several hash
 * probes and a stemmer call per miss; hashtags are memoised whole. Filters
 * over each word's multi-word expressions (second and third tokens) keep the
 * common function words from walking their candidates.
 *
 * Not here: aggregation over posts (window.c), language guessing (langid.c).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/langid.h"
#include "earshot/lexicon.h"
#include "earshot/normalize.h"
#include "earshot/score.h"
#include "earshot/stem.h"
#include "earshot/token.h"

#define ES_LANGS_MAX   32    /* lexicons one analyzer serves */
#define WCACHE_SETS    2048  /* memo sets per language (power of 2) ... */
#define WCACHE_WAYS    8     /* ... of 8 keys each: 16,384 memoised keys, 1.7 MB */
#define WCACHE_KEY_MAX 32    /* longer words are rare and not memoised */
#define BOOST_WINDOW   3     /* items before a term searched for boosters (VADER) */
#define HASHTAG_PARTS  8     /* words considered inside one hashtag */

enum role {
	ROLE_NONE = 0, /* a word without sentiment: counts as neutral */
	ROLE_SKIP,     /* not an item: punctuation, URL, mention, number */
	ROLE_VALENCE,
	ROLE_NEGATOR,
	ROLE_BOOSTER,
	ROLE_CONTRAST,
	ROLE_INNER, /* inside a multi-word expression whose first token holds it */
};

/* Roles that count as neutral items in the pos/neu/neg shares. */
#define NEUTRAL_ROLES ((1u << ROLE_NONE) | (1u << ROLE_NEGATOR) | (1u << ROLE_BOOSTER))

/* The context-free meaning of one word, as the lexicon chain resolves it. */
struct meaning {
	const struct es_lex_entry *entry;
	const struct es_lex_entry *alt; /* a booster's own valence entry ("super", "terribly") */
	float value;     /* valence (sign already flipped for prefix negation) or booster scalar */
	uint32_t rules;  /* ES_RULE_STEM, _UNACCENT, _PREFIX_ENTRY, _PREFIX_NEGATION */
	uint8_t role;
	uint8_t has_mwe; /* the language has expressions starting with this word */
	uint8_t self_negated; /* carries its own negation: 1 nie-/ne- prefix, 2 an expression
	                         that begins with a negator ("nu merge", "not ok") */
};

/*
 * Filters over the expressions that start with a word (has_mwe), so that
 * most occurrences of "no", "the" or "in" reject them without walking the
 * candidates.
 */
struct mwe_filter {
	uint64_t next[2]; /* bit (hash of the 2nd token's plain key & 127) of each of them */
	uint64_t two;     /* bits (hash_key & 63) of the 2nd tokens' fold and plain keys of
	                     the expressions of two tokens */
	uint64_t third;   /* the same of the 3rd tokens of the longer ones */
};

/* One memoised key and its meaning: one cache line. */
struct wcache_slot {
	struct meaning m;
	char key[WCACHE_KEY_MAX];
};
_Static_assert(sizeof(struct wcache_slot) == 64, "a memo slot is one cache line");
_Static_assert(WCACHE_WAYS == 8, "memo_find tests the ways' tags as one 64-bit word");

/*
 * One set of the memo. The ways' hashes, lengths and reference bits share
 * the first cache line, so that a lookup reads it and then the one line of
 * the way that matches; the expression filters, needed for a few words
 * only, are kept apart.
 */
struct wcache_set {
	_Alignas(64) uint8_t tag[WCACHE_WAYS]; /* the hash's top byte: all ways tested at once */
	uint32_t hash[WCACHE_WAYS];
	uint8_t len[WCACHE_WAYS]; /* 0: empty */
	uint8_t ref[WCACHE_WAYS]; /* used since the clock hand last passed */
	uint8_t hand;             /* the next way to consider for eviction */
	_Alignas(64) struct wcache_slot way[WCACHE_WAYS];
	struct mwe_filter mwe[WCACHE_WAYS];
};

/* Per-language state: the lexicon (shared) and our stemmer and cache (ours). */
struct lang_slot {
	uint64_t code; /* the language code, NUL-padded to 8 bytes: one compare to find it */
	const struct es_lexicon *lex;
	struct es_stemmer *stemmer;
	struct wcache_set *cache; /* WCACHE_SETS, allocated on first use of the language */
	void *cache_mem;          /* cache's allocation (cache is it, aligned to 64) */
};

/* Per-token working state for one analysis. */
struct tinfo {
	uint32_t fold_off, plain_off; /* keys in the arena, unless key_in_text */
	uint32_t fold_hash;           /* hash_key(fold) */
	uint8_t fold_len, plain_len;  /* 0: no key (not a word, or too long) */
	uint8_t key_in_text; /* fold and plain key are the token's own text (lower-case ASCII) */
	uint8_t span;        /* tokens covered by a multi-word expression (>= 1) */
	uint8_t emoji_lex;   /* value came from the emoji lexicon */
	/*
	 * Its meaning here: role, valence or booster scalar, rules, entry, a
	 * booster's own valence entry (alt), self negation. One struct with the
	 * memo's, so that a word's meaning is copied in one assignment.
	 */
	struct meaning m;
};

struct es_analyzer {
	const struct es_lexset *lexset;
	const struct es_langid *langid;
	struct lang_slot langs[ES_LANGS_MAX];
	size_t n_langs;
	struct es_token *tok;   /* ES_TOKENS_MAX */
	struct tinfo *info;     /* ES_TOKENS_MAX */
	char *arena;            /* keys of the current text */
	size_t arena_cap;
	struct es_term terms[ES_TERMS_MAX];
};

/* ======================================================================== */
/* Lifecycle                                                                */

int es_analyzer_new(const struct es_lexset *lex, const struct es_langid *langid,
                    struct es_analyzer **out)
{
	if (!lex || !out)
		return -EINVAL;
	*out = NULL;
	struct es_analyzer *an = calloc(1, sizeof *an);
	if (!an)
		return -ENOMEM;
	an->lexset = lex;
	an->langid = langid;
	an->tok = malloc(ES_TOKENS_MAX * sizeof *an->tok);
	an->info = malloc(ES_TOKENS_MAX * sizeof *an->info);
	an->arena_cap = 16384;
	an->arena = malloc(an->arena_cap);
	if (!an->tok || !an->info || !an->arena)
		goto nomem;

	const char *codes[ES_LANGS_MAX];
	size_t n = es_lexset_langs(lex, codes, ES_LANGS_MAX);
	if (n > ES_LANGS_MAX)
		n = ES_LANGS_MAX;
	for (size_t i = 0; i < n; i++) {
		struct lang_slot *s = &an->langs[an->n_langs];
		s->lex = es_lexset_get(lex, codes[i]);
		if (!s->lex)
			continue;
		const char *lc = es_lexicon_lang(s->lex);
		char code[8] = {0};
		memcpy(code, lc, strnlen(lc, sizeof code - 1));
		memcpy(&s->code, code, sizeof code);
		int rc = es_stemmer_new(es_lexicon_stemmer(s->lex), &s->stemmer);
		if (rc == -EINVAL)
			rc = es_stemmer_new("none", &s->stemmer);
		if (rc < 0)
			goto nomem;
		an->n_langs++;
	}
	*out = an;
	return 0;
nomem:
	es_analyzer_free(an);
	return -ENOMEM;
}

void es_analyzer_free(struct es_analyzer *an)
{
	if (!an)
		return;
	for (size_t i = 0; i < an->n_langs; i++) {
		es_stemmer_free(an->langs[i].stemmer);
		free(an->langs[i].cache_mem);
	}
	free(an->tok);
	free(an->info);
	free(an->arena);
	free(an);
}

/* ======================================================================== */
/* Names                                                                    */

const char *es_label_name(enum es_label label)
{
	switch (label) {
	case ES_LABEL_NEG:
		return "neg";
	case ES_LABEL_NEU:
		return "neu";
	case ES_LABEL_POS:
		return "pos";
	case ES_LABEL_UNSCORED:
		return "unscored";
	}
	return "?";
}

const char *es_rule_name(unsigned bit_index)
{
	static const char *const names[ES_RULE_COUNT] = {
		"negation",      "double_negation", "prefix_negation", "intensifier",
		"dampener",      "contrast_before", "contrast_after",  "caps",
		"elongation",    "exclaim",         "question",        "emoji",
		"emoticon",      "idiom",           "overlay",         "stem",
		"unaccent",      "prefix_entry",    "hashtag",
	};
	return bit_index < ES_RULE_COUNT ? names[bit_index] : "?";
}

/* ======================================================================== */
/* Word resolution                                                          */

/* FNV-1a: the filter over expressions' second tokens (a hash of plain keys). */
static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static inline uint64_t load64(const char *p)
{
	uint64_t w;
	memcpy(&w, p, 8); /* constant size: one unaligned load */
	return w;
}

static inline uint32_t load32(const char *p)
{
	uint32_t w;
	memcpy(&w, p, 4);
	return w;
}

/* load64/load32 as little-endian words (byte 0 lowest) on any machine. */
static inline uint64_t load64le(const char *p)
{
	uint64_t w = load64(p);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

static inline uint64_t load32le(const char *p)
{
	uint32_t w = load32(p);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap32(w);
#endif
	return w;
}

/*
 * s[0..n) (1 <= n <= 8) as a little-endian word, zero above byte n, reading
 * only inside: two overlapping 4-byte words, or bytes 0, n/2 and n-1 (which
 * are every byte of a 1..3-byte key).
 */
static inline uint64_t tail_word(const char *s, size_t n)
{
	if (n >= 4)
		return load32le(s) | load32le(s + n - 4) << (8 * (n - 4));
	return (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << (8 * (n / 2)) |
	       (uint64_t)(unsigned char)s[n - 1] << (8 * (n - 1));
}

/*
 * The memo's key hash: eight bytes per multiply, the last 1..8 bytes as one
 * zero-padded word, never reading outside s[0..len). Keys are short (a
 * word), so this costs a few multiplies where a byte-at-a-time hash costs
 * two operations a byte. A key of up to eight bytes hashes as
 * hash_key_word(len, its bytes as a little-endian word), which a caller that
 * may read eight bytes from the key builds with one masked load.
 */
#define HASH_K1 0x9E3779B97F4A7C15ull
#define HASH_K2 0xBF58476D1CE4E5B9ull

/* The last step of hash_key: mix in the final (partial) word w. */
static inline uint32_t hash_key_last(uint64_t h, uint64_t w)
{
	h = (h ^ w) * HASH_K2;
	h ^= h >> 29;
	h *= HASH_K1;
	return (uint32_t)(h >> 32);
}

/* hash_key() of a 1..8-byte key given as its little-endian, zero-padded word. */
static inline uint32_t hash_key_word(size_t len, uint64_t w)
{
	return hash_key_last(HASH_K1 ^ ((uint64_t)len * HASH_K2), w);
}

static uint32_t hash_key(const char *s, size_t len)
{
	uint64_t h = HASH_K1 ^ ((uint64_t)len * HASH_K2);
	size_t i = 0;
	for (; i + 8 < len; i += 8) {
		h = (h ^ load64le(s + i)) * HASH_K2;
		h ^= h >> 31;
	}
	return hash_key_last(h, len > 0 ? tail_word(s + i, len - i) : 0);
}

/* a[0..len) == b[0..len) for short keys, without a library call; reads only inside both. */
static inline int key_eq(const char *a, const char *b, size_t len)
{
	if (len >= 8) {
		for (size_t i = 0; i + 8 < len; i += 8)
			if (load64(a + i) != load64(b + i))
				return 0;
		return load64(a + len - 8) == load64(b + len - 8);
	}
	if (len >= 4)
		return load32(a) == load32(b) && load32(a + len - 4) == load32(b + len - 4);
	/* bytes 0, len/2 and len-1 are every byte of a 1..3-byte key */
	return len == 0 ||
	       (a[0] == b[0] && a[len / 2] == b[len / 2] && a[len - 1] == b[len - 1]);
}

/* Map a single-token entry of a non-valence class to its role. */
static int resolve_function_word(const struct es_lexicon *lex, const char *key, size_t len,
                                 struct meaning *r)
{
	const struct es_lex_entry *e;
	if ((e = es_lexicon_word(lex, ES_LEX_NEGATOR, key, len)) != NULL) {
		r->role = ROLE_NEGATOR;
	} else if ((e = es_lexicon_word(lex, ES_LEX_INTENSIFIER, key, len)) != NULL) {
		r->role = ROLE_BOOSTER;
		r->value = e->value;
		/* Some boosters are also sentiment words on their own ("super", "terribly"). */
		r->alt = es_lexicon_word(lex, ES_LEX_VALENCE, key, len);
	} else if ((e = es_lexicon_word(lex, ES_LEX_CONTRAST, key, len)) != NULL) {
		r->role = ROLE_CONTRAST;
	} else {
		return 0;
	}
	r->entry = e;
	return 1;
}

static int set_valence(const struct es_lex_entry *e, uint32_t rules, struct meaning *r)
{
	if (!e)
		return 0;
	r->entry = e;
	r->value = e->value;
	r->rules |= rules;
	r->role = ROLE_VALENCE;
	return 1;
}

/*
 * The valence chain for one key: fold, plain, stem, pstem, then prefixes.
 * `plain` may equal `fold` (ASCII), in which case its probes are skipped.
 */
static int resolve_valence(struct lang_slot *s, const char *fold, size_t flen, const char *plain,
                           size_t plen, struct meaning *r)
{
	const struct es_lexicon *lex = s->lex;
	int distinct = plen != flen || memcmp(fold, plain, flen) != 0;
	if (set_valence(es_lexicon_word(lex, ES_LEX_VALENCE, fold, flen), 0, r))
		return 1;
	if (distinct && set_valence(es_lexicon_word(lex, ES_LEX_VALENCE, plain, plen),
	                            ES_RULE_UNACCENT, r))
		return 1;
	const char *stem;
	size_t slen;
	if (s->stemmer && es_stemmer_stem(s->stemmer, fold, flen, &stem, &slen) == 0 &&
	    set_valence(es_lexicon_word(lex, ES_LEX_VALENCE, stem, slen), ES_RULE_STEM, r))
		return 1;
	if (distinct && s->stemmer && es_stemmer_stem(s->stemmer, plain, plen, &stem, &slen) == 0 &&
	    set_valence(es_lexicon_word(lex, ES_LEX_VALENCE, stem, slen),
	                ES_RULE_STEM | ES_RULE_UNACCENT, r))
		return 1;
	if (set_valence(es_lexicon_prefix(lex, fold, flen), ES_RULE_PREFIX_ENTRY, r))
		return 1;
	if (distinct && set_valence(es_lexicon_prefix(lex, plain, plen),
	                            ES_RULE_PREFIX_ENTRY | ES_RULE_UNACCENT, r))
		return 1;
	return 0;
}

/* Every class for one spelling: function words first, then valence. */
static int resolve_spelling(struct lang_slot *s, const char *fold, size_t flen, const char *plain,
                            size_t plen, struct meaning *r)
{
	/*
	 * Function words by their written form, and by the accent-free key only
	 * when the text was typed without accents: a word typed with other accents
	 * is another word (Greek άλλα "others" is not αλλά "but"; Italian né is not ne).
	 */
	if (resolve_function_word(s->lex, fold, flen, r))
		return 1;
	/* fold == plain here means: typed without accents, so "οχι" still finds "όχι". */
	if (plen == flen && memcmp(fold, plain, flen) == 0 &&
	    resolve_function_word(s->lex, plain, plen, r))
		return 1;
	return resolve_valence(s, fold, flen, plain, plen, r);
}

/*
 * Resolve a word without context. Tries the spelling as written, then with
 * elongations squeezed to runs of 2 and of 1, then without a negation
 * prefix (the rest must be a valence word; the valence is then negated).
 */
static void resolve_word_meaning(struct lang_slot *s, const char *fold, size_t flen,
                                 const char *plain, size_t plen, struct meaning *r)
{
	memset(r, 0, sizeof *r);
	if (resolve_spelling(s, fold, flen, plain, plen, r))
		return;

	/*
	 * Only real elongations (a letter three times) are cut — "cutting" is
	 * not "cuting" — each to two letters or one ("goood" → good, "happyyy"
	 * → happy, "poooorra" → porra: a double letter is spelling and stays);
	 * fewer cut to one first. Up to three runs are tried every way; beyond
	 * that, all to two and all to one.
	 */
	char sq_fold[ES_KEY_MAX], sq_plain[ES_KEY_MAX];
	static const uint32_t order[] = {0, 1, 2, 4, 3, 5, 6, 7};
	int runs = es_norm_elongations(fold, flen);
	size_t tries = runs <= 0 ? 0 : runs <= 3 ? sizeof order / sizeof order[0] : 2;
	for (size_t t = 0; t < tries; t++) {
		uint32_t mask = runs <= 3 ? order[t] : t ? UINT32_MAX : 0;
		if (runs <= 3 && mask >= (uint32_t)1 << runs)
			continue;
		int fl = es_norm_unelongate(fold, flen, mask, sq_fold, sizeof sq_fold);
		int pl = es_norm_unelongate(plain, plen, mask, sq_plain, sizeof sq_plain);
		if (fl <= 0 || pl <= 0 || ((size_t)fl == flen && (size_t)pl == plen))
			continue;
		if (resolve_spelling(s, sq_fold, (size_t)fl, sq_plain, (size_t)pl, r)) {
			r->rules |= ES_RULE_ELONGATION;
			return;
		}
	}

	/*
	 * Elision: an article or preposition glued by an apostrophe ("l'amore",
	 * "dell'app", "d'accord", "qu'il") hides the word after it. A short part
	 * before the apostrophe (1-5 bytes) and a word of at least 3 after: the
	 * word is looked up alone.
	 */
	for (size_t k = 1; k <= 5 && k + 4 <= flen; k++) {
		if (fold[k] != '\'')
			continue;
		/* French n' is the negation ne, not an article: "n'adorons" is not "adorons". */
		if (k == 1 && fold[0] == 'n')
			break;
		const char *rf = fold + k + 1, *rp = plain;
		size_t rfl = flen - k - 1, rpl = plen;
		/* The plain key has the same apostrophe; find it there too. */
		const char *ap = memchr(plain, '\'', plen);
		if (ap) {
			rp = ap + 1;
			rpl = plen - (size_t)(ap + 1 - plain);
		}
		if (resolve_spelling(s, rf, rfl, rp, rpl, r))
			return;
		memset(r, 0, sizeof *r);
		break;
	}

	/*
	 * Prefix negation ("niedobry" = nie + dobry): the rest must be a valence
	 * word. Negation prefixes are ASCII, so they have the same length in the
	 * fold and plain keys when both start with one.
	 */
	size_t fp = es_lexicon_negation_prefix(s->lex, fold, flen);
	size_t pp = es_lexicon_negation_prefix(s->lex, plain, plen);
	if (fp || pp) {
		const char *rf = fp ? fold + fp : plain + pp;
		size_t rfl = fp ? flen - fp : plen - pp;
		const char *rp = pp ? plain + pp : rf;
		size_t rpl = pp ? plen - pp : rfl;
		struct meaning rest;
		memset(&rest, 0, sizeof rest);
		if (resolve_valence(s, rf, rfl, rp, rpl, &rest) && rest.value != 0) {
			const struct es_lex_settings *cfg = es_lexicon_settings(s->lex);
			*r = rest;
			r->value = rest.value * (rest.value > 0 ? cfg->negation_scalar
			                                        : cfg->negated_negative_scalar);
			r->rules |= ES_RULE_PREFIX_NEGATION;
			r->self_negated = 1;
			return;
		}
	}
	memset(r, 0, sizeof *r);
}

static void resolve_word_uncached(struct lang_slot *s, const char *fold, size_t flen,
                                  const char *plain, size_t plen, struct meaning *r,
                                  struct mwe_filter *f)
{
	resolve_word_meaning(s, fold, flen, plain, plen, r);
	memset(f, 0, sizeof *f);
	const struct es_lex_entry *const *cand;
	size_t nc = es_lexicon_mwe(s->lex, plain, plen, &cand);
	r->has_mwe = nc > 0;
	/*
	 * A small filter over the expressions' second tokens: most occurrences of
	 * "no" or "not" are not followed by any expression's second word, and the
	 * filter rejects them without walking the candidates.
	 */
	for (size_t c = 0; c < nc; c++) {
		const struct es_lex_tok *t1 = &cand[c]->tok[1];
		if (t1->prefix) {
			f->next[0] = f->next[1] = ~0ULL;
		} else {
			uint32_t b = hash_bytes(t1->plain, t1->plain_len) & 127;
			f->next[b >> 6] |= 1ULL << (b & 63);
		}
		/*
		 * And one over the third tokens: "in the" and "to be" begin many
		 * expressions and are followed by none of them. Both keys go in, as
		 * match_mwe accepts either.
		 */
		const struct es_lex_tok *tk = &cand[c]->tok[cand[c]->ntok == 2 ? 1 : 2];
		uint64_t *filter = cand[c]->ntok == 2 ? &f->two : &f->third;
		if (tk->prefix)
			*filter = ~0ULL;
		else
			*filter |= 1ULL << (hash_key(tk->fold, tk->fold_len) & 63) |
			           1ULL << (hash_key(tk->plain, tk->plain_len) & 63);
	}
}

/* The fold and plain keys of word token i (fold_len > 0). */
static inline const char *fold_of(const struct es_analyzer *an, size_t i)
{
	const struct tinfo *ti = &an->info[i];
	return ti->key_in_text ? an->tok[i].ptr : an->arena + ti->fold_off;
}

static inline const char *plain_of(const struct es_analyzer *an, size_t i)
{
	const struct tinfo *ti = &an->info[i];
	return ti->key_in_text ? an->tok[i].ptr : an->arena + ti->plain_off;
}

/* Is the fold or the plain key of word token i in a filter of hash_key bits? */
static int in_filter(const struct es_analyzer *an, size_t i, uint64_t filter)
{
	const struct tinfo *t = &an->info[i];
	uint32_t hp = t->key_in_text || t->plain_off == t->fold_off
	                      ? t->fold_hash
	                      : hash_key(plain_of(an, i), t->plain_len);
	return ((filter >> (t->fold_hash & 63)) | (filter >> (hp & 63))) & 1;
}

/*
 * Could an expression of r's word match at token i, as far as its second
 * token (two-token expressions) or third token (the longer ones) tell?
 * Never false when match_mwe() would match: every token of a match equals
 * its expression token by the fold or by the plain key, and both are in the
 * filters.
 */
static int mwe_may_match(const struct es_analyzer *an, const struct mwe_filter *f, size_t n,
                         size_t i)
{
	if (f->two && in_filter(an, i + 1, f->two))
		return 1;
	return f->third && i + 2 < n && an->info[i + 2].fold_len && in_filter(an, i + 2, f->third);
}

/*
 * The per-language memo: an 8-way set-associative table keyed by the fold key
 * (or, for hashtags, by the tag as written, '#' included — no word key
 * contains a '#'). Eviction is a clock over each set's ways: a hit sets the
 * way's reference bit, and a new key replaces the first way the hand finds
 * unreferenced, clearing bits as it passes — so the words a stream keeps
 * using stay, a burst of rare words cannot flush them, and a hit costs no
 * copying. Eight ways: with two, the few sets that three common words share
 * kept missing (120 misses, each a full key chain, per pass over en.tsv),
 * and eight ways' tags and hashes still fit the set's first cache line. It
 * never needs clearing. What it holds is context-free, so whether a lookup
 * hits changes the time it takes, never its result.
 */

/* The way of set that holds key (1..WCACHE_KEY_MAX bytes), or -1. */
static inline int memo_find(struct wcache_set *set, const char *key, size_t len, uint32_t h)
{
	/*
	 * The eight ways' tags are compared at once, without branching: which way
	 * holds a key is unpredictable, and a loop that exits there mispredicts on
	 * most lookups. A tag matches a wrong way once in 256, so the loop below
	 * nearly always runs once.
	 */
	uint64_t tags;
	memcpy(&tags, set->tag, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	tags = __builtin_bswap64(tags); /* way w in byte w, counted from the low end */
#endif
	const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
	uint64_t x = tags ^ ((h >> 24) * ones);
	uint64_t match = ~(((x & low7) + low7) | x) & (ones << 7); /* 0x80 where x's byte is 0 */
	while (match) {
		unsigned w = (unsigned)__builtin_ctzll(match) >> 3;
		if (set->hash[w] == h && set->len[w] == len && key_eq(set->way[w].key, key, len)) {
			set->ref[w] = 1;
			return (int)w;
		}
		match &= match - 1;
	}
	return -1;
}

static void memo_put(struct wcache_set *set, const char *key, size_t len, uint32_t h,
                     const struct meaning *r, const struct mwe_filter *f)
{
	unsigned w = set->hand;
	while (set->ref[w]) { /* at most one round: it clears what it passes */
		set->ref[w] = 0;
		w = (w + 1) % WCACHE_WAYS;
	}
	set->hand = (uint8_t)((w + 1) % WCACHE_WAYS);
	set->tag[w] = (uint8_t)(h >> 24);
	set->hash[w] = h;
	set->len[w] = (uint8_t)len;
	memcpy(set->way[w].key, key, len);
	set->way[w].m = *r;
	set->mwe[w] = *f;
}

/* The set for hash h, allocating the memo on first use; NULL without memory. */
static struct wcache_set *memo_set(struct lang_slot *s, uint32_t h)
{
	if (!s->cache) {
		/* calloc, not aligned_alloc + memset: untouched pages cost no memory */
		s->cache_mem = calloc(1, WCACHE_SETS * sizeof *s->cache + 63);
		if (!s->cache_mem)
			return NULL; /* no memory for the memo: work without it */
		s->cache = (struct wcache_set *)(((uintptr_t)s->cache_mem + 63) & ~(uintptr_t)63);
	}
	return &s->cache[h & (WCACHE_SETS - 1)];
}

/* resolve_word() when the memo does not have the word: resolve and remember. */
static const struct meaning *resolve_word_miss(struct lang_slot *s, const char *fold,
                                               size_t flen, uint32_t h, const char *plain,
                                               size_t plen, struct meaning *r,
                                               struct mwe_filter *f)
{
	struct wcache_set *set = flen > 0 && flen <= WCACHE_KEY_MAX ? memo_set(s, h) : NULL;
	resolve_word_uncached(s, fold, flen, plain, plen, r, f);
	if (set)
		memo_put(set, fold, flen, h, r, f);
	return r;
}

/*
 * Resolve a word through the memo (h = hash_key(fold)). Returns its meaning
 * and sets *filter to its expression filters: the memo's own copies (valid
 * until the next lookup in this language) or *r and *f. The hit path is
 * small enough to inline into the callers.
 */
static inline const struct meaning *resolve_word(struct lang_slot *s, const char *fold,
                                                 size_t flen, uint32_t h, const char *plain,
                                                 size_t plen, struct meaning *r,
                                                 struct mwe_filter *f,
                                                 const struct mwe_filter **filter)
{
	if (s->cache && flen <= WCACHE_KEY_MAX) { /* flen > 0: the caller's word has a key */
		struct wcache_set *set = &s->cache[h & (WCACHE_SETS - 1)];
		int w = memo_find(set, fold, flen, h);
		if (w >= 0) {
			*filter = &set->mwe[w];
			return &set->way[w].m;
		}
	}
	*filter = f;
	return resolve_word_miss(s, fold, flen, h, plain, plen, r, f);
}

/* Overlay lookups: exact fold/plain keys only, overlays are small and unstemmed. */
static int resolve_overlay(const struct es_lexicon *ov, const char *fold, size_t flen,
                           const char *plain, size_t plen, struct meaning *r)
{
	if (!ov)
		return 0;
	const struct es_lex_entry *e = es_lexicon_word(ov, ES_LEX_VALENCE, fold, flen);
	if (!e)
		e = es_lexicon_word(ov, ES_LEX_VALENCE, plain, plen);
	if (!e)
		return 0;
	memset(r, 0, sizeof *r);
	set_valence(e, ES_RULE_OVERLAY, r);
	return 1;
}

/* ======================================================================== */
/* Keys and multi-word expressions                                          */

/*
 * ASCII upper case to lower case in eight bytes at once: a byte gets 0x20
 * added when it lies in 'A'..'Z' (the per-byte sums cannot carry into the
 * next byte because the high bits are masked off first).
 */
static inline uint64_t lower8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t b = x & (0x7F * ones);
	uint64_t ge_a = b + (0x80 - 'A') * ones;     /* high bit set: byte >= 'A' */
	uint64_t gt_z = b + (0x80 - 'Z' - 1) * ones; /* high bit set: byte > 'Z' */
	uint64_t upper = ge_a & ~gt_z & ~x & (0x80 * ones);
	return x | (upper >> 2);
}

static inline void store64(char *p, uint64_t w)
{
	memcpy(p, &w, 8);
}

static inline void store32(char *p, uint32_t w)
{
	memcpy(p, &w, 4);
}

/*
 * Fold key of a span known to be ASCII: lower-casing is all NFC and case
 * folding do to ASCII. Returns the length, or -1 when s is not all ASCII
 * (then the caller takes es_norm_key's general path). Works a word at a
 * time; the last (partial) word is an overlapping load and store, so
 * nothing outside s[0..len) is read and nothing outside out[0..len) written.
 */
static int ascii_fold(const char *s, size_t len, char *out, size_t cap)
{
	if (len > cap)
		return -1;
	uint64_t any = 0;
	if (len >= 8) {
		for (size_t k = 0; k + 8 < len; k += 8) {
			uint64_t w = load64(s + k);
			any |= w;
			store64(out + k, lower8(w));
		}
		uint64_t w = load64(s + len - 8);
		any |= w;
		store64(out + len - 8, lower8(w));
	} else if (len >= 4) {
		uint32_t a = load32(s), b = load32(s + len - 4);
		any = a | b;
		store32(out, (uint32_t)lower8(a));
		store32(out + len - 4, (uint32_t)lower8(b));
	} else {
		for (size_t k = 0; k < len; k++) {
			unsigned char c = (unsigned char)s[k];
			any |= c;
			out[k] = (char)lower8(c);
		}
	}
	return any & 0x8080808080808080ull ? -1 : (int)len;
}

/*
 * ascii_fold() that also sets *hash = hash_key(out, len). A word of up to
 * eight bytes — nearly all — with eight bytes readable from s (before
 * `readable`) is folded and hashed in registers: one load masked to the
 * word, lowered, stored whole (out has room for eight bytes), hashed — no
 * branch on the word's length.
 */
static inline int ascii_fold_hash(const char *s, size_t len, char *out, size_t cap,
                                  uint32_t *hash, const char *readable)
{
	if (len == 0 || len > 8 || cap < 8 || !readable || readable - s < 8) {
		int fl = ascii_fold(s, len, out, cap);
		if (fl >= 0)
			*hash = hash_key(out, (size_t)fl);
		return fl;
	}
	uint64_t w = load64le(s) & (~0ull >> (64 - 8 * len));
	if (w & 0x8080808080808080ull)
		return -1;
	w = lower8(w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	store64(out, __builtin_bswap64(w));
#else
	store64(out, w);
#endif
	*hash = hash_key_word(len, w);
	return (int)len;
}

/* Reserve n bytes in the arena; returns the offset or -1 when it cannot grow. */
static long arena_take(struct es_analyzer *an, size_t *used, size_t n)
{
	if (*used + n > an->arena_cap) {
		size_t cap = an->arena_cap * 2;
		while (cap < *used + n)
			cap *= 2;
		char *p = realloc(an->arena, cap);
		if (!p)
			return -1;
		an->arena = p;
		an->arena_cap = cap;
	}
	long off = (long)*used;
	*used += n;
	return off;
}

/* What the first pass over the tokens counted. */
struct counts {
	size_t words, caps, tags;
};

/*
 * First pass over the tokens: count words, ALL CAPS words and hashtags, reset
 * every token's role and key, and (with_keys) build the fold and plain keys
 * of the words into the arena. One pass instead of three: the token array is
 * walked once while it is in the cache.
 */
static void build_keys(struct es_analyzer *an, const char *text_end, size_t n, int with_keys,
                       struct counts *c)
{
	size_t used = 0;
	size_t words = 0, caps = 0, tags = 0; /* locals: the stores below cannot alias them */
	int arena_ok = 1;
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		const struct es_token *t = &an->tok[i];
		/*
		 * Every field classify() reads starts here, once: no key unless built
		 * below (a failed arena must not leave stale keys), no meaning yet.
		 */
		*ti = (struct tinfo){.span = 1, .m.role = ROLE_NONE};
		tags += t->kind == ES_TOKEN_HASHTAG;
		if (t->kind != ES_TOKEN_WORD)
			continue;
		words++;
		caps += (t->flags & ES_TOKEN_F_ALLCAPS) != 0;
		if (!with_keys)
			continue;
		if (t->nchar == t->len && !(t->flags & ES_TOKEN_F_UPPER) && t->len <= ES_KEY_MAX) {
			/*
			 * ASCII without an upper-case letter is its own fold and plain
			 * key: look it up as written, without a copy or arena space.
			 */
			ti->key_in_text = 1;
			ti->fold_hash =
			        t->len <= 8 && text_end - t->ptr >= 8
			                ? hash_key_word(t->len, load64le(t->ptr) & (~0ull >> (64 - 8 * t->len)))
			                : hash_key(t->ptr, t->len);
			ti->fold_len = ti->plain_len = (uint8_t)t->len;
			continue;
		}
		if (!arena_ok)
			continue;
		long off = arena_take(an, &used, 2 * ES_KEY_MAX);
		if (off < 0) {
			/* out of memory: the words after this one that need a copied key
			 * have none, as if too long; words keyed in place still have theirs */
			arena_ok = 0;
			continue;
		}
		char *fold = an->arena + off;
		int ascii = 1;
		uint32_t h = 0;
		int fl = t->nchar == t->len
		                 ? ascii_fold_hash(t->ptr, t->len, fold, ES_KEY_MAX, &h, text_end)
		                 : -1;
		if (fl < 0) {
			fl = es_norm_key(t->ptr, t->len, ES_NORM_FOLD, fold, ES_KEY_MAX);
			h = fl > 0 ? hash_key(fold, (size_t)fl) : 0;
			/* The key may still be ASCII ("Ｈ" folds to "h"): then plain = fold. */
			for (int k = 0; k < fl; k++)
				if ((unsigned char)fold[k] >= 0x80) {
					ascii = 0;
					break;
				}
		}
		if (fl <= 0) {
			/* Longer than any key (or not UTF-8): not looked up; give the space back. */
			used = (size_t)off;
			continue;
		}
		int pl = fl;
		char *plain = fold;
		if (!ascii) {
			plain = fold + fl;
			pl = es_norm_key(fold, (size_t)fl, ES_NORM_FOLD | ES_NORM_UNACCENT, plain,
			                 2 * ES_KEY_MAX - (size_t)fl);
			if (pl <= 0) {
				plain = fold;
				pl = fl;
			}
		}
		ti->fold_off = (uint32_t)off;
		ti->fold_hash = h;
		ti->fold_len = (uint8_t)fl;
		ti->plain_off = (uint32_t)(plain - an->arena);
		ti->plain_len = (uint8_t)pl;
		used = (size_t)off + (size_t)fl + (plain == fold ? 0 : (size_t)pl);
	}
	c->words = words;
	c->caps = caps;
	c->tags = tags;
}

static int key_matches(const struct es_lex_tok *lt, const char *fold, size_t flen,
                       const char *plain, size_t plen)
{
	if (lt->prefix)
		return (flen >= lt->fold_len && key_eq(fold, lt->fold, lt->fold_len)) ||
		       (plen >= lt->plain_len && key_eq(plain, lt->plain, lt->plain_len));
	return (flen == lt->fold_len && key_eq(fold, lt->fold, flen)) ||
	       (plen == lt->plain_len && key_eq(plain, lt->plain, plen));
}

/*
 * Longest multi-word expression of lex starting at token i (words only, in a
 * row). Returns the entry and its token count, or NULL.
 */
static const struct es_lex_entry *match_mwe(const struct es_analyzer *an, size_t n, size_t i,
                                            const struct es_lexicon *lex)
{
	const struct tinfo *ti = &an->info[i];
	const struct es_lex_entry *const *cand;
	size_t nc = es_lexicon_mwe(lex, plain_of(an, i), ti->plain_len, &cand);
	for (size_t c = 0; c < nc; c++) {
		const struct es_lex_entry *e = cand[c];
		if (i + e->ntok > n)
			continue;
		size_t k;
		for (k = 1; k < e->ntok; k++) {
			const struct tinfo *tk = &an->info[i + k];
			if (tk->fold_len == 0 ||
			    !key_matches(&e->tok[k], fold_of(an, i + k), tk->fold_len,
			                 plain_of(an, i + k), tk->plain_len))
				break;
		}
		if (k == e->ntok)
			return e;
	}
	return NULL;
}

/* ======================================================================== */
/* Classification                                                           */

static void classify_emoji(const struct es_lexicon *emo, const struct es_token *t,
                           struct tinfo *ti)
{
	char key[64];
	const struct es_lex_entry *e = NULL;
	if (t->kind == ES_TOKEN_EMOTICON) {
		size_t len = t->len;
		e = es_lexicon_word(emo, ES_LEX_VALENCE, t->ptr, len);
		if (!e && (t->flags & ES_TOKEN_F_ELONGATED)) {
			/* ":)))" and ":DDD": the emoticon with its last character once. */
			while (len > 2 && t->ptr[len - 1] == t->ptr[len - 2])
				len--;
			e = es_lexicon_word(emo, ES_LEX_VALENCE, t->ptr, len);
		}
		if (!e) {
			int kl = es_norm_key(t->ptr, len, ES_NORM_FOLD, key, sizeof key);
			if (kl > 0)
				e = es_lexicon_word(emo, ES_LEX_VALENCE, key, (size_t)kl);
		}
	} else {
		int kl = es_norm_emoji_key(t->ptr, t->len, key, sizeof key);
		if (kl > 0) {
			e = es_lexicon_word(emo, ES_LEX_VALENCE, key, (size_t)kl);
			/* An unlisted ZWJ sequence falls back to its first emoji. */
			for (int k = 0; !e && k + 2 < kl; k++) {
				if ((unsigned char)key[k] == 0xE2 && (unsigned char)key[k + 1] == 0x80 &&
				    (unsigned char)key[k + 2] == 0x8D) {
					e = es_lexicon_word(emo, ES_LEX_VALENCE, key, (size_t)k);
					break;
				}
			}
		}
	}
	ti->m.role = ROLE_NONE;
	if (e) {
		ti->m.role = ROLE_VALENCE;
		ti->m.entry = e;
		ti->m.value = e->value;
		ti->emoji_lex = 1;
		ti->m.rules = t->kind == ES_TOKEN_EMOTICON ? ES_RULE_EMOTICON : ES_RULE_EMOJI;
	}
}

/*
 * A hashtag scores as the words inside it: split at case changes
 * ("#NeverAgain" → never again), expressions first, then word by word,
 * summed, with a negator part flipping the part after it ("#NotHappy").
 * An unsplittable body is one part, looked up whole. The valence is clamped
 * to the lexicon range; a hashtag without sentiment is not an item.
 */
static void classify_hashtag_parts(struct lang_slot *s, const struct es_lexicon *ov,
                                   const struct es_token *t, struct tinfo *ti)
{
	struct es_span part[HASHTAG_PARTS];
	char fold[HASHTAG_PARTS][ES_KEY_MAX], plain[HASHTAG_PARTS][ES_KEY_MAX];
	size_t fl[HASHTAG_PARTS], pl[HASHTAG_PARTS];
	/* A lower-case ASCII tag has nothing to split at: skip the Unicode splitter. */
	size_t np = 1;
	part[0].ptr = t->ptr + 1;
	part[0].len = t->len - 1;
	for (uint32_t k = 1; k < t->len; k++) {
		unsigned char c = (unsigned char)t->ptr[k];
		if (c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
			np = es_norm_split_hashtag(t->ptr + 1, t->len - 1, part, HASHTAG_PARTS);
			break;
		}
	}
	for (size_t p = 0; p < np; p++) {
		int f = ascii_fold(part[p].ptr, part[p].len, fold[p], ES_KEY_MAX);
		int k;
		if (f > 0) {
			memcpy(plain[p], fold[p], (size_t)f); /* ASCII: the plain key is the fold key */
			k = f;
		} else {
			f = es_norm_key(part[p].ptr, part[p].len, ES_NORM_FOLD, fold[p], ES_KEY_MAX);
			k = f > 0 ? es_norm_key(fold[p], (size_t)f, ES_NORM_FOLD | ES_NORM_UNACCENT,
			                        plain[p], ES_KEY_MAX)
			          : -1;
		}
		fl[p] = f > 0 && k > 0 ? (size_t)f : 0;
		pl[p] = f > 0 && k > 0 ? (size_t)k : 0;
	}
	if (np > 1) {
		/* The whole tag first ("#EpicFail" may be an entry of its own), then its parts. */
		char wf[ES_KEY_MAX], wp[ES_KEY_MAX];
		int f = es_norm_key(t->ptr + 1, t->len - 1, ES_NORM_FOLD, wf, sizeof wf);
		int k = f > 0 ? es_norm_key(wf, (size_t)f, ES_NORM_FOLD | ES_NORM_UNACCENT, wp, sizeof wp)
		              : -1;
		if (f > 0 && k > 0) {
			struct meaning scratch;
			struct mwe_filter fscratch;
			const struct mwe_filter *filter;
			uint32_t hw = hash_key(wf, (size_t)f);
			const struct meaning *whole = resolve_word(s, wf, (size_t)f, hw, wp,
			                                           (size_t)k, &scratch, &fscratch,
			                                           &filter);
			if (whole->role == ROLE_VALENCE && whole->value != 0) {
				ti->m.role = ROLE_VALENCE;
				ti->m.value = whole->value;
				ti->m.entry = whole->entry;
				ti->m.rules |= whole->rules | ES_RULE_HASHTAG;
				return;
			}
		}
	}
	float sum = 0;
	int hits = 0, negate = 0;
	const struct es_lex_entry *first = NULL;
	for (size_t p = 0; p < np; p++) {
		if (fl[p] == 0)
			continue;
		struct meaning scratch;
		struct mwe_filter fscratch;
		const struct mwe_filter *filter;
		uint32_t hp = hash_key(fold[p], fl[p]);
		struct meaning r = *resolve_word(s, fold[p], fl[p], hp, plain[p], pl[p], &scratch,
		                                 &fscratch, &filter);
		const struct es_lex_entry *const *cand = NULL;
		size_t nc = r.has_mwe ? es_lexicon_mwe(s->lex, plain[p], pl[p], &cand) : 0;
		const struct es_lex_entry *e = NULL;
		for (size_t c = 0; c < nc && !e; c++) {
			size_t k;
			if (cand[c]->cls != ES_LEX_VALENCE || p + cand[c]->ntok > np)
				continue;
			for (k = 1; k < cand[c]->ntok; k++)
				if (fl[p + k] == 0 || !key_matches(&cand[c]->tok[k], fold[p + k], fl[p + k],
				                                   plain[p + k], pl[p + k]))
					break;
			if (k == cand[c]->ntok)
				e = cand[c];
		}
		if (e) {
			memset(&r, 0, sizeof r);
			set_valence(e, ES_RULE_IDIOM, &r);
			p += e->ntok - 1;
		} else {
			resolve_overlay(ov, fold[p], fl[p], plain[p], pl[p], &r);
		}
		if (r.role == ROLE_NEGATOR) {
			negate = 1;
			continue;
		}
		if (r.role != ROLE_VALENCE || r.value == 0)
			continue;
		float v = r.value;
		if (negate) {
			const struct es_lex_settings *cfg = es_lexicon_settings(s->lex);
			v *= v > 0 ? cfg->negation_scalar : cfg->negated_negative_scalar;
		}
		negate = 0;
		sum += v;
		hits++;
		if (!first)
			first = r.entry;
		ti->m.rules |= r.rules;
	}
	if (!hits) {
		ti->m.role = ROLE_SKIP;
		return;
	}
	if (sum > ES_LEX_VALENCE_MAX)
		sum = ES_LEX_VALENCE_MAX;
	if (sum < -ES_LEX_VALENCE_MAX)
		sum = -ES_LEX_VALENCE_MAX;
	ti->m.role = ROLE_VALENCE;
	ti->m.value = sum;
	ti->m.entry = first;
	ti->m.rules |= ES_RULE_HASHTAG;
}

/*
 * Tags repeat even more than words, and splitting and resolving one costs
 * several key builds and lookups: without an overlay its meaning depends on
 * the tag's bytes alone, so it is memoised with the words, keyed by the tag
 * as written (the split depends on case).
 */
static void classify_hashtag(struct lang_slot *s, const struct es_lexicon *ov,
                             const struct es_token *t, struct tinfo *ti)
{
	if (ov || t->len > WCACHE_KEY_MAX) {
		classify_hashtag_parts(s, ov, t, ti);
		return;
	}
	uint32_t h = hash_key(t->ptr, t->len);
	struct wcache_set *set = memo_set(s, h);
	if (!set) {
		classify_hashtag_parts(s, ov, t, ti);
		return;
	}
	int w = memo_find(set, t->ptr, t->len, h);
	if (w >= 0) {
		const struct meaning *m = &set->way[w].m;
		ti->m.role = m->role;
		ti->m.value = m->value;
		ti->m.entry = m->entry;
		ti->m.rules |= m->rules;
		return;
	}
	uint32_t rules0 = ti->m.rules;
	classify_hashtag_parts(s, ov, t, ti);
	struct meaning r;
	memset(&r, 0, sizeof r);
	r.role = ti->m.role;
	r.value = ti->m.value;
	r.entry = ti->m.entry;
	r.rules = ti->m.rules & ~rules0;
	struct mwe_filter none;
	memset(&none, 0, sizeof none);
	memo_put(set, t->ptr, t->len, h, &r, &none); /* the parts may have moved its ways: fine */
}

static void classify_word(struct es_analyzer *an, struct lang_slot *s,
                          const struct es_lexicon *ov, size_t n, size_t i)
{
	struct tinfo *ti = &an->info[i];
	if (ti->fold_len == 0) {
		ti->m.role = ROLE_NONE;
		return;
	}
	const char *fold = fold_of(an, i), *plain = plain_of(an, i);

	/* The word's own meaning, memoised; it also says whether expressions start here. */
	struct meaning scratch;
	struct mwe_filter fscratch;
	const struct mwe_filter *filter;
	const struct meaning *r = resolve_word(s, fold, ti->fold_len, ti->fold_hash, plain,
	                                       ti->plain_len, &scratch, &fscratch, &filter);

	/* Expressions first: they override their words' meanings. */
	const struct es_lex_entry *e = NULL;
	uint32_t via = ES_RULE_IDIOM;
	if (ov && (e = match_mwe(an, n, i, ov)) != NULL)
		via |= ES_RULE_OVERLAY;
	else if (r->has_mwe && i + 1 < n && an->info[i + 1].fold_len &&
	         mwe_may_match(an, filter, n, i)) {
		const struct tinfo *nx = &an->info[i + 1];
		uint32_t b = hash_bytes(plain_of(an, i + 1), nx->plain_len) & 127;
		if (filter->next[b >> 6] & (1ULL << (b & 63)))
			e = match_mwe(an, n, i, s->lex);
	}
	if (e) {
		ti->span = e->ntok;
		ti->m.entry = e;
		ti->m.value = e->value;
		switch (e->cls) {
		case ES_LEX_NEGATOR:
			ti->m.role = ROLE_NEGATOR;
			break;
		case ES_LEX_INTENSIFIER:
			ti->m.role = ROLE_BOOSTER;
			break;
		case ES_LEX_CONTRAST:
			ti->m.role = ROLE_CONTRAST;
			break;
		default:
			ti->m.role = ROLE_VALENCE;
			ti->m.rules = via;
			ti->m.self_negated = r->role == ROLE_NEGATOR ? 2 : 0;
			break;
		}
		for (size_t k = 1; k < e->ntok; k++)
			an->info[i + k].m.role = ROLE_INNER;
		return;
	}

	/* A brand's overlay word replaces the language's meaning of it. */
	if (ov) {
		if (r != &scratch)
			scratch = *r;
		resolve_overlay(ov, fold, ti->fold_len, plain, ti->plain_len, &scratch);
		r = &scratch;
	}
	ti->m = *r;
}

/* What classify() saw on the way: the text-level facts the rules need. */
struct seen {
	size_t first_contrast; /* SIZE_MAX: none */
	unsigned excl, quest;  /* '!' and '?' characters */
	int idle_boosters;     /* some booster has a valence of its own */
};

static void classify(struct es_analyzer *an, struct lang_slot *s, const struct es_lexicon *emo,
                     const struct es_lexicon *ov, size_t n, struct seen *seen)
{
	seen->first_contrast = SIZE_MAX;
	seen->excl = seen->quest = 0;
	seen->idle_boosters = 0;
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		if (ti->m.role == ROLE_INNER)
			continue; /* the rest is as build_keys() left it */
		const struct es_token *t = &an->tok[i];
		switch (t->kind) {
		case ES_TOKEN_WORD:
			if (s) { /* else no lexicon: ROLE_NONE, as build_keys() left it */
				classify_word(an, s, ov, n, i);
				if (ti->m.role == ROLE_CONTRAST && seen->first_contrast == SIZE_MAX)
					seen->first_contrast = i;
				seen->idle_boosters |= ti->m.role == ROLE_BOOSTER && ti->m.alt;
			}
			break;
		case ES_TOKEN_EMOJI:
		case ES_TOKEN_EMOTICON:
			if (emo)
				classify_emoji(emo, t, ti);
			else
				ti->m.role = ROLE_NONE;
			break;
		case ES_TOKEN_HASHTAG:
			if (s && t->len > 1)
				classify_hashtag(s, ov, t, ti);
			else
				ti->m.role = ROLE_SKIP;
			break;
		case ES_TOKEN_EXCLAIM:
		case ES_TOKEN_QUESTION:
			for (uint32_t k = 0; k < t->len; k++) {
				seen->excl += t->ptr[k] == '!';
				seen->quest += t->ptr[k] == '?';
			}
			ti->m.role = ROLE_SKIP;
			break;
		default:
			ti->m.role = ROLE_SKIP;
			break;
		}
	}
}

/* ======================================================================== */
/* Rules                                                                    */

static int is_boundary(const struct es_token *t);

/*
 * A booster that has a sentiment word within its reach intensifies it; one
 * that does not ("Das war super.", "it was terribly") is a sentiment word
 * itself when the lexicon gives it a valence.
 */
static void release_idle_boosters(struct es_analyzer *an, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		if (ti->m.role != ROLE_BOOSTER || !ti->m.alt)
			continue;
		int boosts = 0;
		unsigned dist = 0;
		for (size_t j = i + 1; j < n && dist < BOOST_WINDOW && !boosts; j++) {
			if (is_boundary(&an->tok[j]) || an->info[j].m.role == ROLE_CONTRAST)
				break;
			if (an->info[j].m.role == ROLE_SKIP || an->info[j].m.role == ROLE_INNER)
				continue;
			dist++;
			/* A zero guard entry or an emoji gives a booster nothing to boost. */
			boosts = an->info[j].m.role == ROLE_VALENCE && an->info[j].m.value != 0 &&
			         !an->info[j].emoji_lex;
		}
		if (!boosts) {
			ti->m.role = ROLE_VALENCE;
			ti->m.entry = ti->m.alt;
			ti->m.value = ti->m.alt->value;
		}
	}
}

/*
 * Where a negator's or booster's reach ends: clause punctuation and commas,
 * and emoji or emoticons, which in posts mark the end of a thought ("no
 * cheque :( damn").
 */
static int is_boundary(const struct es_token *t)
{
	if (t->kind == ES_TOKEN_EMOJI || t->kind == ES_TOKEN_EMOTICON)
		return 1;
	/* A comma ends a negation's reach too: "non funziona niente, che vergogna". */
	if (t->kind == ES_TOKEN_PUNCT && t->ptr[0] == ',')
		return 1;
	return (t->kind == ES_TOKEN_PUNCT || t->kind == ES_TOKEN_EXCLAIM ||
	        t->kind == ES_TOKEN_QUESTION) &&
	       (t->flags & ES_TOKEN_F_CLAUSE);
}

static float sign_of(float v)
{
	return v < 0 ? -1.0f : 1.0f;
}

/*
 * Apply boosters and negation from the items before token i (an item is a
 * word or emoji; punctuation, URLs and mentions are skipped; a clause
 * boundary or a contrast word ends the window). Returns the adjusted value.
 */
/*
 * A negator at j that opens a question ("Isn't it great?", "@acme aren't you
 * ashamed?"): nothing but skipped tokens before it in its clause, and the
 * clause of the word at i ends with a '?'.
 */
static int rhetorical(const struct es_analyzer *an, size_t n, size_t j, size_t i)
{
	for (size_t k = j; k-- > 0;) {
		if (is_boundary(&an->tok[k]))
			break;
		if (an->info[k].m.role != ROLE_SKIP)
			return 0;
	}
	for (size_t k = i + 1; k < n; k++) {
		const struct es_token *t = &an->tok[k];
		if (t->kind == ES_TOKEN_QUESTION ||
		    (t->kind == ES_TOKEN_EXCLAIM && memchr(t->ptr, '?', t->len)))
			return 1;
		if (is_boundary(t))
			return 0;
	}
	return 0;
}

static float apply_context(const struct es_analyzer *an, const struct es_lex_settings *cfg,
                           int caps_diff, size_t n, size_t i, float v, uint32_t *rules)
{
	/*
	 * Negative concord: "nic mi nepřišlo", "nu-i nimic, nu merge" are one negation.
	 * An expression that begins with its own negator ("not ok") is not flipped
	 * again by an earlier one even where negations cancel (English): the earlier
	 * one is nearly always an interjection or a second statement — "no, this is
	 * not ok" — not "not not ok".
	 */
	int concord_done = an->info[i].m.self_negated &&
	                   (!cfg->negation_flip_twice || an->info[i].m.self_negated == 2);
	unsigned window = cfg->negation_window > BOOST_WINDOW ? cfg->negation_window : BOOST_WINDOW;
	unsigned dist = 0, negators = 0;
	for (size_t j = i; j-- > 0 && dist < window;) {
		const struct es_token *t = &an->tok[j];
		const struct tinfo *tj = &an->info[j];
		if (is_boundary(t) || tj->m.role == ROLE_CONTRAST)
			break;
		if (tj->m.role == ROLE_SKIP || tj->m.role == ROLE_INNER)
			continue;
		dist++;
		if (tj->m.role == ROLE_BOOSTER && dist <= BOOST_WINDOW) {
			float s = tj->m.value;
			if (caps_diff && (t->flags & ES_TOKEN_F_ALLCAPS))
				s += sign_of(s) * cfg->caps_boost;
			v += sign_of(v) * s * cfg->booster_decay[dist - 1];
			*rules |= s >= 0 ? ES_RULE_INTENSIFIER : ES_RULE_DAMPENER;
		} else if (tj->m.role == ROLE_NEGATOR && dist <= cfg->negation_window) {
			if (!(cfg->rhetorical_questions && rhetorical(an, n, j, i)))
				negators++;
		}
	}
	if (negators && concord_done)
		*rules |= ES_RULE_DOUBLE_NEGATION; /* counted once, in the word itself */
	else if (negators) {
		unsigned times = cfg->negation_flip_twice ? negators : 1;
		for (unsigned k = 0; k < times; k++)
			v *= v > 0 ? cfg->negation_scalar : cfg->negated_negative_scalar;
		*rules |= ES_RULE_NEGATION;
		if (negators > 1)
			*rules |= ES_RULE_DOUBLE_NEGATION;
	}
	return v;
}

/* ======================================================================== */
/* Analysis                                                                 */

/* code: es_result.lang (NUL-terminated within its 8 bytes). */
static struct lang_slot *find_lang(struct es_analyzer *an, const char code[8])
{
	char padded[8] = {0};
	for (size_t k = 0; k < 7 && code[k]; k++)
		padded[k] = code[k];
	uint64_t c;
	memcpy(&c, padded, 8);
	for (size_t i = 0; i < an->n_langs; i++)
		if (an->langs[i].code == c)
			return &an->langs[i];
	return NULL;
}

/* Copy an ISO 639 code, lower-cased, cut at a region separator ("pt-BR" → "pt"). */
static void copy_lang(char dst[8], const char *src)
{
	size_t k = 0;
	for (; src[k] && src[k] != '-' && src[k] != '_' && k < 7; k++) {
		char c = src[k];
		dst[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
	}
	dst[k] = '\0';
}

int es_analyze(struct es_analyzer *an, const char *text, size_t len, const char *lang,
               const struct es_lexicon *overlay, struct es_result *out)
{
	if (!an || !out || (!text && len))
		return -EINVAL;
	memset(out, 0, sizeof *out);
	out->terms = an->terms;
	out->neu = 1;
	out->label = ES_LABEL_UNSCORED;

	if (lang && *lang) {
		copy_lang(out->lang, lang);
	} else if (an->langid) {
		es_langid_guess(an->langid, text ? text : "", len, out->lang);
		out->lang_guessed = 1;
	} else {
		memcpy(out->lang, "und", 4);
	}

	size_t n = 0;
	es_tokenize(text ? text : "", len, an->tok, ES_TOKENS_MAX, &n); /* -E2BIG: score the first part */
	out->n_tokens = n;

	struct lang_slot *s = find_lang(an, out->lang);
	/* Keys only when there is a lexicon to look them up in. */
	struct counts cnt;
	build_keys(an, text ? text + len : NULL, n, s != NULL, &cnt);
	size_t words = cnt.words, caps = cnt.caps, tags = cnt.tags;
	/*
	 * Words in a language we have no lexicon for cannot be scored: say so
	 * (unscored) instead of guessing neutral. A post of emoji and emoticons
	 * only needs no language and is scored with the emoji lexicon.
	 */
	if (!s && words + tags > 0)
		return 0;

	const struct es_lexicon *emo = es_lexset_emoji(an->lexset);
	const struct es_lex_settings *cfg = s ? es_lexicon_settings(s->lex)
	                                      : (emo ? es_lexicon_settings(emo) : NULL);
	if (!cfg)
		return 0;
	struct seen seen;
	classify(an, s, emo, overlay, n, &seen);
	if (seen.idle_boosters)
		release_idle_boosters(an, n);

	int caps_diff = caps > 0 && caps < words;
	size_t first_contrast = seen.first_contrast;
	unsigned excl = seen.excl, quest = seen.quest;

	double sum = 0, pos_sum = 0, neg_sum = 0;
	size_t neu_count = 0, contrast_seen = 0;
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		if (ti->m.role != ROLE_VALENCE) {
			/* one test for the common case: a word without sentiment */
			unsigned bit = 1u << ti->m.role;
			neu_count += (bit & NEUTRAL_ROLES) != 0;
			contrast_seen |= ti->m.role == ROLE_CONTRAST;
			continue;
		}
		const struct es_token *t = &an->tok[i];
		float v = ti->m.value;
		uint32_t rules = ti->m.rules;
		if (v != 0 && !ti->emoji_lex) {
			if (t->flags & ES_TOKEN_F_ELONGATED) {
				v += sign_of(v) * cfg->elongation_boost;
				rules |= ES_RULE_ELONGATION;
			}
			if (caps_diff && (t->flags & ES_TOKEN_F_ALLCAPS)) {
				v += sign_of(v) * cfg->caps_boost;
				rules |= ES_RULE_CAPS;
			}
		}
		/* Boosters and negators modify words; emoji carry their own weight. */
		if (v != 0 && !ti->emoji_lex)
			v = apply_context(an, cfg, caps_diff, n, i, v, &rules);
		if (v != 0 && first_contrast != SIZE_MAX) {
			if (contrast_seen) {
				v *= cfg->contrast_after;
				rules |= ES_RULE_CONTRAST_AFTER;
			} else {
				v *= cfg->contrast_before;
				rules |= ES_RULE_CONTRAST_BEFORE;
			}
		}
		if (v > 0)
			pos_sum += v + 1;
		else if (v < 0)
			neg_sum += v - 1;
		else
			neu_count++;
		sum += v;
		out->rules |= rules;
		if (ti->m.entry && ti->m.value != 0)
			out->n_hits++; /* coverage counts sentiment, not neutral guard entries */
		if (out->n_terms < ES_TERMS_MAX) {
			struct es_term *term = &an->terms[out->n_terms++];
			const struct es_token *last = &an->tok[i + ti->span - 1];
			term->ptr = t->ptr;
			term->len = (uint32_t)(last->ptr + last->len - t->ptr);
			term->valence = ti->m.value;
			term->adjusted = v;
			term->rules = rules;
			term->entry = ti->m.entry;
		}
	}

	/* '!' and '?' emphasis, added in the direction of the sentiment (VADER). */
	double ep = (excl > cfg->exclaim_max ? cfg->exclaim_max : excl) * cfg->exclaim_boost;
	if (quest > 1)
		ep += quest <= 3 ? quest * cfg->question_boost : cfg->question_many;
	if (ep > 0 && sum != 0) {
		out->rules |= (excl ? ES_RULE_EXCLAIM : 0) | (quest > 1 ? ES_RULE_QUESTION : 0);
		sum += sum > 0 ? ep : -ep;
		if (pos_sum > -neg_sum)
			pos_sum += ep;
		else if (pos_sum < -neg_sum)
			neg_sum -= ep;
	}

	double compound = sum / sqrt(sum * sum + cfg->alpha);
	if (compound > 1)
		compound = 1;
	if (compound < -1)
		compound = -1;
	out->compound = compound;
	double total = pos_sum - neg_sum + (double)neu_count;
	if (total > 0) {
		out->pos = pos_sum / total;
		out->neg = neg_sum < 0 ? -neg_sum / total : 0;
		out->neu = (double)neu_count / total;
	}
	out->label = compound >= cfg->threshold_pos   ? ES_LABEL_POS
	             : compound <= cfg->threshold_neg ? ES_LABEL_NEG
	                                              : ES_LABEL_NEU;
	return 0;
}
