/*
 * score.c — the analyzer: tokens → lexicon terms → VADER-class rules → score.
 *
 * es_analyze() runs in four passes over one post:
 *
 *   1. tokenize (token.c) and build the fold/plain keys of every word into an
 *      arena owned by the analyzer;
 *   2. classify: each word becomes a negator, an intensifier, a contrast word,
 *      a valence term or nothing — multi-word expressions first (overlay, then
 *      the language's lexicon), then single words through the key chain
 *      fold → plain → stem → pstem → prefix → squeezed forms → negation prefix;
 *      emoji and emoticons go to the shared emoji lexicon;
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
 * bounded 2-way cache (never cleared: a new word evicts the least recently
 * used of its set), because social text repeats its words
 * and the key chain costs several hash probes and a stemmer call per miss.
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
#define WCACHE_SLOTS   32768 /* memoised word lookups per language (power of 2, 2-way) */
#define WCACHE_KEY_MAX 26    /* longer words are rare and not memoised */
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

/* The context-free meaning of one word, as the lexicon chain resolves it. */
struct wres {
	const struct es_lex_entry *entry;
	float value;     /* valence (sign already flipped for prefix negation) or booster scalar */
	uint32_t rules;  /* ES_RULE_STEM, _UNACCENT, _PREFIX_ENTRY, _PREFIX_NEGATION */
	uint8_t role;
	uint8_t has_mwe;      /* the language has expressions starting with this word */
	const struct es_lex_entry *alt; /* a booster's own valence entry ("super", "terribly") */
	uint64_t mwe_next[2]; /* bit (hash of the 2nd token's plain key & 127) of each of them */
};

struct wcache_slot {
	struct wres res;
	uint32_t hash;
	uint8_t len; /* 0: empty */
	char key[WCACHE_KEY_MAX];
};

/* Per-language state: the lexicon (shared) and our stemmer and cache (ours). */
struct lang_slot {
	const struct es_lexicon *lex;
	struct es_stemmer *stemmer;
	struct wcache_slot *cache; /* allocated on first use of the language */
};

/* Per-token working state for one analysis. */
struct tinfo {
	uint32_t fold_off, plain_off; /* keys in the arena */
	uint32_t fold_hash;           /* hash_bytes(fold) */
	uint8_t fold_len, plain_len;  /* 0: no key (not a word, or too long) */
	uint8_t role;
	uint8_t span; /* tokens covered by a multi-word expression (>= 1) */
	float value;  /* valence or booster scalar */
	uint32_t rules;
	const struct es_lex_entry *entry;
	uint8_t emoji_lex;   /* value came from the emoji lexicon */
	const struct es_lex_entry *alt; /* a booster's own valence entry, if it has one */
	uint8_t self_negated; /* carries its own negation: nie-/ne- prefix, or an expression
	                         that begins with a negator ("nu merge") */
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
		free(an->langs[i].cache);
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

static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* Map a single-token entry of a non-valence class to its role. */
static int resolve_function_word(const struct es_lexicon *lex, const char *key, size_t len,
                                 struct wres *r)
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

static int set_valence(const struct es_lex_entry *e, uint32_t rules, struct wres *r)
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
                           size_t plen, struct wres *r)
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
                            size_t plen, struct wres *r)
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
                                 const char *plain, size_t plen, struct wres *r)
{
	memset(r, 0, sizeof *r);
	if (resolve_spelling(s, fold, flen, plain, plen, r))
		return;

	/* Squeeze only real elongations (a letter three times): "cutting" is not "cuting". */
	char sq_fold[ES_KEY_MAX], sq_plain[ES_KEY_MAX];
	int elongated = 0;
	for (size_t k = 2; k < flen && !elongated; k++)
		elongated = fold[k] == fold[k - 1] && fold[k] == fold[k - 2];
	for (size_t k = 5; k < flen && !elongated; k++) /* two-byte letters: "ąąą", "ύύύ" */
		elongated = (unsigned char)fold[k - 1] >= 0xC0 &&
		            memcmp(fold + k - 1, fold + k - 3, 2) == 0 &&
		            memcmp(fold + k - 1, fold + k - 5, 2) == 0;
	for (unsigned run = 2; elongated && run >= 1; run--) {
		int fl = es_norm_squeeze(fold, flen, run, sq_fold, sizeof sq_fold);
		int pl = es_norm_squeeze(plain, plen, run, sq_plain, sizeof sq_plain);
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
		struct wres rest;
		memset(&rest, 0, sizeof rest);
		if (resolve_valence(s, rf, rfl, rp, rpl, &rest) && rest.value != 0) {
			const struct es_lex_settings *cfg = es_lexicon_settings(s->lex);
			*r = rest;
			r->value = rest.value * (rest.value > 0 ? cfg->negation_scalar
			                                        : cfg->negated_negative_scalar);
			r->rules |= ES_RULE_PREFIX_NEGATION;
			return;
		}
	}
	memset(r, 0, sizeof *r);
}

static void resolve_word_uncached(struct lang_slot *s, const char *fold, size_t flen,
                                  const char *plain, size_t plen, struct wres *r)
{
	resolve_word_meaning(s, fold, flen, plain, plen, r);
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
			r->mwe_next[0] = r->mwe_next[1] = ~0ULL;
			break;
		}
		uint32_t b = hash_bytes(t1->plain, t1->plain_len) & 127;
		r->mwe_next[b >> 6] |= 1ULL << (b & 63);
	}
}

/*
 * Resolve a word through the per-language memo: a 2-way set-associative
 * table keyed by the fold key. A hit in the second way swaps it to the
 * first; a new word goes to the first way and pushes the old one to the
 * second (least recently used out). It never needs clearing, and a burst of
 * rare words cannot flush the common ones.
 */
static void resolve_word(struct lang_slot *s, const char *fold, size_t flen, uint32_t h,
                         const char *plain, size_t plen, struct wres *r)
{
	if (flen == 0 || flen > WCACHE_KEY_MAX) {
		resolve_word_uncached(s, fold, flen, plain, plen, r);
		return;
	}
	if (!s->cache) {
		s->cache = calloc(WCACHE_SLOTS, sizeof *s->cache);
		if (!s->cache) { /* no memory for the memo: work without it */
			resolve_word_uncached(s, fold, flen, plain, plen, r);
			return;
		}
	}
	struct wcache_slot *set = &s->cache[h & (WCACHE_SLOTS - 2)];
	for (int way = 0; way < 2; way++) {
		struct wcache_slot *c = &set[way];
		if (c->hash == h && c->len == flen && memcmp(c->key, fold, flen) == 0) {
			*r = c->res;
			if (way == 1) {
				struct wcache_slot tmp = set[0];
				set[0] = set[1];
				set[1] = tmp;
			}
			return;
		}
	}
	resolve_word_uncached(s, fold, flen, plain, plen, r);
	set[1] = set[0];
	set[0].hash = h;
	set[0].len = (uint8_t)flen;
	memcpy(set[0].key, fold, flen);
	set[0].res = *r;
}

/* Overlay lookups: exact fold/plain keys only, overlays are small and unstemmed. */
static int resolve_overlay(const struct es_lexicon *ov, const char *fold, size_t flen,
                           const char *plain, size_t plen, struct wres *r)
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
 * Fold key of a span known to be ASCII: lower-casing is all NFC and case
 * folding do to ASCII. Returns the length, or -1 when s is not all ASCII
 * (then the caller takes es_norm_key's general path).
 */
static int ascii_fold(const char *s, size_t len, char *out, size_t cap, uint32_t *hash)
{
	if (len > cap)
		return -1;
	unsigned char any = 0;
	uint32_t h = 2166136261u; /* FNV-1a, as hash_bytes: the memo's key hash comes for free */
	for (size_t k = 0; k < len; k++) {
		unsigned char c = (unsigned char)s[k];
		any |= c;
		c = (unsigned char)(c + ((unsigned char)(c - 'A') < 26u ? 32 : 0));
		out[k] = (char)c;
		h = (h ^ c) * 16777619u;
	}
	if (hash)
		*hash = h;
	return any & 0x80 ? -1 : (int)len;
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

/* Build fold and plain keys for word-like tokens (words, hashtags). */
static void build_keys(struct es_analyzer *an, size_t n)
{
	size_t used = 0;
	/* No key unless built below: an early return must not leave stale keys. */
	for (size_t i = 0; i < n; i++)
		an->info[i].fold_len = an->info[i].plain_len = 0;
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		const struct es_token *t = &an->tok[i];
		if (t->kind != ES_TOKEN_WORD)
			continue;
		long off = arena_take(an, &used, 2 * ES_KEY_MAX);
		if (off < 0)
			return;
		char *fold = an->arena + off;
		int ascii = 1;
		uint32_t h = 0;
		int fl = t->nchar == t->len ? ascii_fold(t->ptr, t->len, fold, ES_KEY_MAX, &h) : -1;
		if (fl < 0) {
			fl = es_norm_key(t->ptr, t->len, ES_NORM_FOLD, fold, ES_KEY_MAX);
			h = fl > 0 ? hash_bytes(fold, (size_t)fl) : 0;
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
}

static int key_matches(const struct es_lex_tok *lt, const char *fold, size_t flen,
                       const char *plain, size_t plen)
{
	if (lt->prefix)
		return (flen >= lt->fold_len && memcmp(fold, lt->fold, lt->fold_len) == 0) ||
		       (plen >= lt->plain_len && memcmp(plain, lt->plain, lt->plain_len) == 0);
	return (flen == lt->fold_len && memcmp(fold, lt->fold, flen) == 0) ||
	       (plen == lt->plain_len && memcmp(plain, lt->plain, plen) == 0);
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
	size_t nc = es_lexicon_mwe(lex, an->arena + ti->plain_off, ti->plain_len, &cand);
	for (size_t c = 0; c < nc; c++) {
		const struct es_lex_entry *e = cand[c];
		if (i + e->ntok > n)
			continue;
		size_t k;
		for (k = 1; k < e->ntok; k++) {
			const struct tinfo *tk = &an->info[i + k];
			if (tk->fold_len == 0 ||
			    !key_matches(&e->tok[k], an->arena + tk->fold_off, tk->fold_len,
			                 an->arena + tk->plain_off, tk->plain_len))
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
	ti->role = ROLE_NONE;
	if (e) {
		ti->role = ROLE_VALENCE;
		ti->entry = e;
		ti->value = e->value;
		ti->emoji_lex = 1;
		ti->rules = t->kind == ES_TOKEN_EMOTICON ? ES_RULE_EMOTICON : ES_RULE_EMOJI;
	}
}

/*
 * A hashtag scores as the words inside it: split at case changes
 * ("#NeverAgain" → never again), expressions first, then word by word,
 * summed, with a negator part flipping the part after it ("#NotHappy").
 * An unsplittable body is one part, looked up whole. The valence is clamped
 * to the lexicon range; a hashtag without sentiment is not an item.
 */
static void classify_hashtag(struct lang_slot *s, const struct es_lexicon *ov,
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
		int f = ascii_fold(part[p].ptr, part[p].len, fold[p], ES_KEY_MAX, NULL);
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
			struct wres whole;
			resolve_word(s, wf, (size_t)f, hash_bytes(wf, (size_t)f), wp, (size_t)k, &whole);
			if (whole.role == ROLE_VALENCE && whole.value != 0) {
				ti->role = ROLE_VALENCE;
				ti->value = whole.value;
				ti->entry = whole.entry;
				ti->rules |= whole.rules | ES_RULE_HASHTAG;
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
		struct wres r;
		resolve_word(s, fold[p], fl[p], hash_bytes(fold[p], fl[p]), plain[p], pl[p], &r);
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
		ti->rules |= r.rules;
	}
	if (!hits) {
		ti->role = ROLE_SKIP;
		return;
	}
	if (sum > ES_LEX_VALENCE_MAX)
		sum = ES_LEX_VALENCE_MAX;
	if (sum < -ES_LEX_VALENCE_MAX)
		sum = -ES_LEX_VALENCE_MAX;
	ti->role = ROLE_VALENCE;
	ti->value = sum;
	ti->entry = first;
	ti->rules |= ES_RULE_HASHTAG;
}

static void classify_word(struct es_analyzer *an, struct lang_slot *s,
                          const struct es_lexicon *ov, size_t n, size_t i)
{
	struct tinfo *ti = &an->info[i];
	if (ti->fold_len == 0) {
		ti->role = ROLE_NONE;
		return;
	}
	const char *fold = an->arena + ti->fold_off, *plain = an->arena + ti->plain_off;

	/* The word's own meaning, memoised; it also says whether expressions start here. */
	struct wres r;
	resolve_word(s, fold, ti->fold_len, ti->fold_hash, plain, ti->plain_len, &r);

	/* Expressions first: they override their words' meanings. */
	const struct es_lex_entry *e = NULL;
	uint32_t via = ES_RULE_IDIOM;
	if (ov && (e = match_mwe(an, n, i, ov)) != NULL)
		via |= ES_RULE_OVERLAY;
	else if (r.has_mwe && i + 1 < n && an->info[i + 1].fold_len) {
		const struct tinfo *nx = &an->info[i + 1];
		uint32_t b = hash_bytes(an->arena + nx->plain_off, nx->plain_len) & 127;
		if (r.mwe_next[b >> 6] & (1ULL << (b & 63)))
			e = match_mwe(an, n, i, s->lex);
	}
	if (e) {
		ti->span = e->ntok;
		ti->entry = e;
		ti->value = e->value;
		switch (e->cls) {
		case ES_LEX_NEGATOR:
			ti->role = ROLE_NEGATOR;
			break;
		case ES_LEX_INTENSIFIER:
			ti->role = ROLE_BOOSTER;
			break;
		case ES_LEX_CONTRAST:
			ti->role = ROLE_CONTRAST;
			break;
		default:
			ti->role = ROLE_VALENCE;
			ti->rules = via;
			ti->self_negated = r.role == ROLE_NEGATOR;
			break;
		}
		for (size_t k = 1; k < e->ntok; k++)
			an->info[i + k].role = ROLE_INNER;
		return;
	}

	/* A brand's overlay word replaces the language's meaning of it. */
	resolve_overlay(ov, fold, ti->fold_len, plain, ti->plain_len, &r);
	ti->role = r.role;
	ti->entry = r.entry;
	ti->value = r.value;
	ti->rules = r.rules;
	ti->alt = r.alt;
	ti->self_negated = (r.rules & ES_RULE_PREFIX_NEGATION) != 0;
}

static void classify(struct es_analyzer *an, struct lang_slot *s, const struct es_lexicon *emo,
                     const struct es_lexicon *ov, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		if (ti->role == ROLE_INNER)
			continue;
		ti->span = 1;
		ti->value = 0;
		ti->rules = 0;
		ti->entry = NULL;
		ti->emoji_lex = 0;
		ti->self_negated = 0;
		ti->alt = NULL;
		const struct es_token *t = &an->tok[i];
		switch (t->kind) {
		case ES_TOKEN_WORD:
			if (s)
				classify_word(an, s, ov, n, i);
			else
				ti->role = ROLE_NONE;
			break;
		case ES_TOKEN_EMOJI:
		case ES_TOKEN_EMOTICON:
			if (emo)
				classify_emoji(emo, t, ti);
			else
				ti->role = ROLE_NONE;
			break;
		case ES_TOKEN_HASHTAG:
			if (s && t->len > 1)
				classify_hashtag(s, ov, t, ti);
			else
				ti->role = ROLE_SKIP;
			break;
		default:
			ti->role = ROLE_SKIP;
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
		if (ti->role != ROLE_BOOSTER || !ti->alt)
			continue;
		int boosts = 0;
		unsigned dist = 0;
		for (size_t j = i + 1; j < n && dist < BOOST_WINDOW && !boosts; j++) {
			if (is_boundary(&an->tok[j]) || an->info[j].role == ROLE_CONTRAST)
				break;
			if (an->info[j].role == ROLE_SKIP || an->info[j].role == ROLE_INNER)
				continue;
			dist++;
			/* A zero guard entry or an emoji gives a booster nothing to boost. */
			boosts = an->info[j].role == ROLE_VALENCE && an->info[j].value != 0 &&
			         !an->info[j].emoji_lex;
		}
		if (!boosts) {
			ti->role = ROLE_VALENCE;
			ti->entry = ti->alt;
			ti->value = ti->alt->value;
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
static float apply_context(const struct es_analyzer *an, const struct es_lex_settings *cfg,
                           int caps_diff, size_t i, float v, uint32_t *rules)
{
	/* Negative concord: "nic mi nepřišlo", "nu-i nimic, nu merge" are one negation. */
	int concord_done = an->info[i].self_negated && !cfg->negation_flip_twice;
	unsigned window = cfg->negation_window > BOOST_WINDOW ? cfg->negation_window : BOOST_WINDOW;
	unsigned dist = 0, negators = 0;
	for (size_t j = i; j-- > 0 && dist < window;) {
		const struct es_token *t = &an->tok[j];
		const struct tinfo *tj = &an->info[j];
		if (is_boundary(t) || tj->role == ROLE_CONTRAST)
			break;
		if (tj->role == ROLE_SKIP || tj->role == ROLE_INNER)
			continue;
		dist++;
		if (tj->role == ROLE_BOOSTER && dist <= BOOST_WINDOW) {
			float s = tj->value;
			if (caps_diff && (t->flags & ES_TOKEN_F_ALLCAPS))
				s += sign_of(s) * cfg->caps_boost;
			v += sign_of(v) * s * cfg->booster_decay[dist - 1];
			*rules |= s >= 0 ? ES_RULE_INTENSIFIER : ES_RULE_DAMPENER;
		} else if (tj->role == ROLE_NEGATOR && dist <= cfg->negation_window) {
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

static struct lang_slot *find_lang(struct es_analyzer *an, const char *code)
{
	for (size_t i = 0; i < an->n_langs; i++)
		if (strcmp(es_lexicon_lang(an->langs[i].lex), code) == 0)
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
	size_t words = 0, caps = 0;
	size_t tags = 0;
	for (size_t i = 0; i < n; i++) {
		tags += an->tok[i].kind == ES_TOKEN_HASHTAG;
		if (an->tok[i].kind != ES_TOKEN_WORD)
			continue;
		words++;
		caps += (an->tok[i].flags & ES_TOKEN_F_ALLCAPS) != 0;
	}
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
	for (size_t i = 0; i < n; i++)
		an->info[i].role = ROLE_NONE;
	build_keys(an, n);
	classify(an, s, emo, overlay, n);
	release_idle_boosters(an, n);

	int caps_diff = caps > 0 && caps < words;
	size_t first_contrast = SIZE_MAX;
	unsigned excl = 0, quest = 0;
	for (size_t i = 0; i < n; i++) {
		if (an->info[i].role == ROLE_CONTRAST && first_contrast == SIZE_MAX)
			first_contrast = i;
		const struct es_token *t = &an->tok[i];
		if (t->kind == ES_TOKEN_EXCLAIM || t->kind == ES_TOKEN_QUESTION)
			for (uint32_t k = 0; k < t->len; k++) {
				excl += t->ptr[k] == '!';
				quest += t->ptr[k] == '?';
			}
	}

	double sum = 0, pos_sum = 0, neg_sum = 0;
	size_t neu_count = 0, contrast_seen = 0;
	for (size_t i = 0; i < n; i++) {
		struct tinfo *ti = &an->info[i];
		if (ti->role == ROLE_CONTRAST)
			contrast_seen = 1;
		if (ti->role == ROLE_NONE || ti->role == ROLE_NEGATOR || ti->role == ROLE_BOOSTER) {
			neu_count++;
			continue;
		}
		if (ti->role != ROLE_VALENCE)
			continue;
		const struct es_token *t = &an->tok[i];
		float v = ti->value;
		uint32_t rules = ti->rules;
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
			v = apply_context(an, cfg, caps_diff, i, v, &rules);
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
		if (ti->entry && ti->value != 0)
			out->n_hits++; /* coverage counts sentiment, not neutral guard entries */
		if (out->n_terms < ES_TERMS_MAX) {
			struct es_term *term = &an->terms[out->n_terms++];
			const struct es_token *last = &an->tok[i + ti->span - 1];
			term->ptr = t->ptr;
			term->len = (uint32_t)(last->ptr + last->len - t->ptr);
			term->valence = ti->value;
			term->adjusted = v;
			term->rules = rules;
			term->entry = ti->entry;
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
