/*
 * langid.c — guessing the language of an untagged post.
 *
 * Four kinds of evidence, combined into one score per language:
 *
 *   1. character n-grams (1–5 code points, '_' marking word edges) looked up
 *      in libexttextcat's fingerprints (ES_TEXTCAT_DATADIR/<lang>.lm: each
 *      language's 400 most frequent n-grams, most frequent first). An n-gram
 *      at rank r of a file of R lines scores 1 + ln(R / r) for that language,
 *      one the file lacks scores 0, and the sum is averaged over the text's
 *      n-grams. Ranks, not counts, because sk.lm has no counts. We read the
 *      files ourselves instead of calling textcat_Classify()/fp_Create():
 *      those allocate per call and keep state in the handle, and
 *      es_langid_guess() must be const, allocation-free and thread-safe;
 *      their rank-distance answer is also poor on tweets (docs/langid.md);
 *   2. characteristic words (langid_words.c), exact and diacritic-folded,
 *      averaged over the text's words; a hit counts 1/k for each of the k
 *      languages that list the word, so "a", "de", "la" count little;
 *   3. characteristic letters (ř → cs, ł → pl, ñ → es …) and letter
 *      sequences ("ção" → pt, "rz" → pl), split 1/k the same way, on a
 *      log scale so that one ł weighs much and the tenth little more;
 *   4. for the close pair cs/sk: once one of them beats every other
 *      language, which of the two is decided with the evidence that tells
 *      them apart but would be noise against the others — letters, words
 *      and sequences only one of the pair has ("ř", "jsem", "ie") — and,
 *      in a text typed with accents, the absence of ě ř ů, weighed by how
 *      likely a Czech text that long would have shown one;
 *   5. letters a language writes only in loanwords (Polish v, Czech w, ř
 *      in Slovak, any accent in English): the share of words with one
 *      counts against it.
 * Czech, Polish and Romanian lose a little when a text has several accented
 * letters but none of theirs (ě ř ů, ą ę ł …, ă ș ț): they write them in
 * nearly every sentence, so such a text is more likely Slovak or Spanish.
 *
 * Script comes first: a text mostly in Greek letters is Greek, a text mostly
 * in another non-Latin script is "und" (no language the model knows).
 *
 * Only words count: @mentions, #hashtags, URLs (and the "http"/"@user"
 * placeholders), e-mail addresses, "RT", HTML entities, digits, punctuation
 * and emoji are skipped, so they are neither evidence nor letters; a run of
 * three or more equal letters counts once ("sooooo" is emphasis). A text with
 * fewer than ES_LANGID_MIN_LETTERS letters left is "und".
 *
 * The model always scores all twelve languages it knows and answers only if
 * the overall winner is a candidate and beats the runner-up (candidate or
 * not) by the margin; so a Polish post is "und", not "en", for a daemon that
 * has only en and de lexicons.
 *
 * Bounds: at most SCAN_BYTES of input are read and at most CLEAN_BYTES of
 * lowercased words are kept as evidence, in stack buffers (about 4 KB).
 *
 * Not here: the word, letter and sequence lists (langid_words.c); what to do
 * with "und" (the analyzer leaves such posts unscored).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "earshot/langid.h"
#include "es_config.h"
#include "langid_words.h"

#define NLANG       ES_LANGID_NLANG /* languages the model knows */
#define SCAN_BYTES  8192            /* input bytes examined per guess */
#define CLEAN_BYTES 1024            /* lowercased words kept as evidence per guess */
#define NGRAM_MAX   5               /* code points per n-gram (libexttextcat's limit) */
#define GKEY_MAX    23              /* bytes of an n-gram key: 5 code points, UTF-8 */
#define LETTERS_MAX 128             /* distinct characteristic letters over all languages */
#define GREEK_SHARE 0.5             /* Greek letters above this share: the text is Greek */
#define OTHER_SHARE 0.5             /* other non-Latin letters above this share: "und" */

/* Weights of the kinds of evidence and the margins the winner needs. A
 * handful of numbers set by hand and checked on the dev data (docs/langid.md
 * has the runs); -D overrides exist for those runs only. */
#ifndef ES_LANGID_W_NGRAM
#define ES_LANGID_W_NGRAM 1.0
#endif
#ifndef ES_LANGID_W_WORD
#define ES_LANGID_W_WORD 6.0
#endif
#ifndef ES_LANGID_W_LETTER
#define ES_LANGID_W_LETTER 1.0
#endif
#ifndef ES_LANGID_W_FOREIGN
#define ES_LANGID_W_FOREIGN 0.5
#endif
#ifndef ES_LANGID_MARGIN
#define ES_LANGID_MARGIN 0.05
#endif
#ifndef ES_LANGID_W_KIN
#define ES_LANGID_W_KIN 1.0
#endif
#ifndef ES_LANGID_OWN_PENALTY
#define ES_LANGID_OWN_PENALTY 0.25
#endif
#ifndef ES_LANGID_OWN_MIN
#define ES_LANGID_OWN_MIN 3 /* accented letters before the penalty applies */
#endif
#ifndef ES_LANGID_KIN_ACCENTED
#define ES_LANGID_KIN_ACCENTED 1 /* accented letters that make a text "typed with accents" */
#endif
#ifndef ES_LANGID_KIN_OWN
#define ES_LANGID_KIN_OWN 0.3 /* kin: ě ř ů missing from an accented Czech-or-Slovak text */
#endif
#ifndef ES_LANGID_OWN_RATE
#define ES_LANGID_OWN_RATE 0.025 /* share of Czech letters that are ě, ř or ů */
#endif
#ifndef ES_LANGID_KIN_OWN_MIN
#define ES_LANGID_KIN_OWN_MIN 2 /* accented letters before that counts */
#endif
#ifndef ES_LANGID_CONF_SCALE
#define ES_LANGID_CONF_SCALE 0.5
#endif

struct wentry {
	uint32_t hash;
	uint32_t off;   /* into words_arena */
	uint16_t len;   /* bytes; 0 marks an empty slot */
	uint16_t mask;  /* languages that list the word (bit = es_langid_defs index) */
	uint16_t exact; /* those that list this very spelling, not a folded twin */
};

struct gentry {
	uint32_t hash;
	uint8_t len;
	char key[GKEY_MAX];
	uint16_t mark;  /* languages listing the sequence in langid_words.c */
	uint16_t kin;   /* languages listing it among their kin_grams */
	float w[NLANG]; /* 0 when the language's fingerprint lacks the n-gram */
};

struct lentry {
	int32_t cp;
	uint16_t mask;
};

struct es_langid {
	uint16_t cand;        /* candidate languages (bits as in wentry.mask) */
	int have_ngrams;      /* every fingerprint file was read */
	struct wentry *words; /* open addressing, wcap slots */
	uint32_t wcap;
	char *words_arena;
	size_t arena_len, arena_cap;
	struct gentry *grams; /* dense, ngrams entries */
	size_t ngrams, grams_cap;
	uint32_t *gidx; /* open addressing over grams: index + 1, 0 = empty */
	uint32_t gcap;
	struct lentry letters[LETTERS_MAX]; /* sorted by cp */
	size_t nletters;
	struct lentry alpha[LETTERS_MAX]; /* accented letters each language writes, sorted by cp */
	size_t nalpha;
	uint16_t grouped;       /* languages with close kin */
	uint16_t kin_of[NLANG]; /* each language's close kin, itself excluded */
	uint16_t foreign[26];   /* languages that write 'a' + i only in loanwords */
	uint16_t latin_langs;   /* languages written in Latin letters */
};

/* ---- small helpers ------------------------------------------------------ */

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a: short keys, no need for more */

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static int popcount16(uint16_t m)
{
	int n = 0;

	for (; m; m &= (uint16_t)(m - 1))
		n++;
	return n;
}

static int is_letter(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int is_mark(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

static int is_space(utf8proc_int32_t cp)
{
	if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
		return 1;
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static int is_apostrophe(utf8proc_int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_greek(utf8proc_int32_t cp)
{
	return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF);
}

static int is_latin(utf8proc_int32_t cp)
{
	return cp < 0x0250 || (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* The code point with its accents stripped (ł → l, which Unicode does not
 * decompose); cp itself when there is nothing to strip. */
static utf8proc_int32_t fold_cp(utf8proc_int32_t cp)
{
	utf8proc_int32_t buf[4];
	int last = 0;

	if (cp == 0x0142)
		return 'l';
	if (cp == 0x0141)
		return 'L';
	utf8proc_ssize_t n = utf8proc_decompose_char(
	        cp, buf, 4, (utf8proc_option_t)(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), &last);
	return n >= 1 ? buf[0] : cp;
}

static int lang_index(const char *code)
{
	if (!code)
		return -1;
	for (size_t i = 0; i < es_langid_ndefs; i++) {
		const char *a = es_langid_defs[i].code;
		size_t j = 0;
		while (a[j] && code[j] && (code[j] | 0x20) == a[j])
			j++;
		if (!a[j] && !code[j])
			return (int)i;
	}
	return -1;
}

/* ---- word table --------------------------------------------------------- */

static const struct wentry *word_find(const struct es_langid *li, const char *w, size_t n)
{
	if (!li->words || n == 0 || n > UINT16_MAX)
		return NULL;
	uint32_t h = hash_bytes(w, n);
	for (uint32_t i = h & (li->wcap - 1);; i = (i + 1) & (li->wcap - 1)) {
		const struct wentry *e = &li->words[i];
		if (e->len == 0)
			return NULL;
		if (e->hash == h && e->len == n && memcmp(li->words_arena + e->off, w, n) == 0)
			return e;
	}
}

/* Adds w[0..n) for language bit, as the spelling listed (exact) or as the
 * folded twin of one; the table was sized for every word twice. */
static void word_add(struct es_langid *li, const char *w, size_t n, uint16_t bit, int exact)
{
	uint32_t h = hash_bytes(w, n);
	uint32_t i = h & (li->wcap - 1);

	for (;; i = (i + 1) & (li->wcap - 1)) {
		struct wentry *e = &li->words[i];
		if (e->len == 0)
			break;
		if (e->hash == h && e->len == n && memcmp(li->words_arena + e->off, w, n) == 0) {
			e->mask |= bit;
			if (exact)
				e->exact |= bit;
			return;
		}
	}
	if (li->arena_len + n > li->arena_cap)
		return; /* cannot happen: the arena holds every word twice */
	memcpy(li->words_arena + li->arena_len, w, n);
	li->words[i] = (struct wentry){h, (uint32_t)li->arena_len, (uint16_t)n, bit,
	                               (uint16_t)(exact ? bit : 0)};
	li->arena_len += n;
}

/* Writes the folded spelling of w[0..n) to out (at most n bytes: folding
 * never lengthens a Latin or Greek letter's encoding); returns its length. */
static size_t fold_word(const char *w, size_t n, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)w + i,
		                                      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			return 0;
		utf8proc_int32_t f = fold_cp(cp);
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t e = utf8proc_encode_char(f, enc);
		if (e <= 0 || e > k)
			return 0;
		memcpy(out + o, enc, (size_t)e);
		o += (size_t)e;
		i += (size_t)k;
	}
	return o;
}

static int load_words(struct es_langid *li)
{
	size_t nwords = 0, bytes = 0;

	for (size_t l = 0; l < es_langid_ndefs; l++) {
		const char *s = es_langid_defs[l].words;
		bytes += strlen(s);
		for (const char *p = s; *p; p++)
			nwords += (*p == ' ');
		nwords++;
	}
	/* Every word may add its folded twin; keep the load factor ≤ 1/2. */
	li->wcap = 16;
	while (li->wcap < 4 * nwords)
		li->wcap *= 2;
	li->words = calloc(li->wcap, sizeof *li->words);
	li->arena_cap = 2 * bytes;
	li->words_arena = malloc(li->arena_cap);
	if (!li->words || !li->words_arena)
		return -ENOMEM;

	for (size_t l = 0; l < es_langid_ndefs; l++) {
		const char *p = es_langid_defs[l].words;
		uint16_t bit = (uint16_t)(1u << l);
		while (*p) {
			size_t n = strcspn(p, " ");
			char folded[64];
			if (n > 0 && n < sizeof folded) {
				word_add(li, p, n, bit, 1);
				size_t fn = fold_word(p, n, folded);
				if (fn > 0 && (fn != n || memcmp(folded, p, n) != 0))
					word_add(li, folded, fn, bit, 0);
			}
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	return 0;
}

/* ---- letter table ------------------------------------------------------- */

/* Adds each letter of every language's field (letters or alphabet) to the
 * sorted table t of *n entries, with the mask of the languages listing it. */
static void load_letter_table(struct lentry *t, size_t *n, int alphabet)
{
	*n = 0;
	for (size_t l = 0; l < es_langid_ndefs; l++) {
		const char *s = alphabet ? es_langid_defs[l].alphabet : es_langid_defs[l].letters;
		size_t len = strlen(s);
		for (size_t i = 0; i < len;) {
			utf8proc_int32_t cp;
			utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			                                      (utf8proc_ssize_t)(len - i), &cp);
			if (k <= 0)
				break;
			i += (size_t)k;
			size_t j = 0;
			while (j < *n && t[j].cp < cp)
				j++;
			if (j < *n && t[j].cp == cp) {
				t[j].mask |= (uint16_t)(1u << l);
			} else if (*n < LETTERS_MAX) {
				memmove(&t[j + 1], &t[j], (*n - j) * sizeof t[0]);
				t[j] = (struct lentry){cp, (uint16_t)(1u << l)};
				(*n)++;
			}
		}
	}
}

static uint16_t table_mask(const struct lentry *t, size_t n, utf8proc_int32_t cp)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && t[lo].cp == cp ? t[lo].mask : 0;
}

static uint16_t letter_mask(const struct es_langid *li, utf8proc_int32_t cp)
{
	return table_mask(li->letters, li->nletters, cp);
}

/* ---- n-gram table ------------------------------------------------------- */

/* The entry of key k[0..n), whose hash_bytes() is h, or NULL. */
static const struct gentry *gram_find(const struct es_langid *li, const char *k, size_t n,
                                      uint32_t h)
{
	if (!li->gidx || n > GKEY_MAX)
		return NULL;
	for (uint32_t i = h & (li->gcap - 1);; i = (i + 1) & (li->gcap - 1)) {
		uint32_t x = li->gidx[i];
		if (x == 0)
			return NULL;
		const struct gentry *e = &li->grams[x - 1];
		if (e->hash == h && e->len == n && memcmp(e->key, k, n) == 0)
			return e;
	}
}

/* Records rank for language l's entry for key k[0..n), keeping the best
 * (smallest) rank of case variants, or marks the key as one of l's
 * characteristic sequences (rank 0) or kin sequences (rank -1); 0 or -E2BIG
 * when the table is full. */
static int gram_add(struct es_langid *li, const char *k, size_t n, size_t l, double rank)
{
	struct gentry *e;

	uint32_t h = hash_bytes(k, n);
	uint32_t i = h & (li->gcap - 1);

	for (;; i = (i + 1) & (li->gcap - 1)) {
		uint32_t x = li->gidx[i];
		if (x == 0)
			break;
		e = &li->grams[x - 1];
		if (e->hash == h && e->len == n && memcmp(e->key, k, n) == 0)
			goto found;
	}
	if (li->ngrams == li->grams_cap)
		return -E2BIG; /* more n-grams than the files should hold: stop */
	e = &li->grams[li->ngrams];
	memset(e, 0, sizeof *e);
	e->hash = h;
	e->len = (uint8_t)n;
	memcpy(e->key, k, n);
	li->gidx[i] = (uint32_t)++li->ngrams;
found:
	if (rank == 0)
		e->mark |= (uint16_t)(1u << l);
	else if (rank < 0)
		e->kin |= (uint16_t)(1u << l);
	else if (e->w[l] == 0 || rank < e->w[l])
		e->w[l] = (float)rank;
	return 0;
}

/* Lowercases one fingerprint line's n-gram into out; returns its length, or
 * 0 when the n-gram holds anything but letters and '_' or is just "_". */
static size_t lm_key(const char *s, size_t n, char *out)
{
	size_t o = 0, ncp = 0;
	int letters = 0;

	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		                                      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0 || ++ncp > NGRAM_MAX)
			return 0;
		i += (size_t)k;
		if (cp != '_') {
			if (!is_letter(cp))
				return 0;
			cp = utf8proc_tolower(cp);
			letters++;
		}
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t e = utf8proc_encode_char(cp, enc);
		if (e <= 0 || o + (size_t)e > GKEY_MAX)
			return 0;
		memcpy(out + o, enc, (size_t)e);
		o += (size_t)e;
	}
	return letters ? o : 0;
}

/* Reads one fingerprint file into the table; 0, -ENOENT (unreadable or
 * empty: the caller then does without n-grams), -E2BIG or -ENOMEM.
 *
 * A line is "ngram<TAB>count" or just "ngram" (sk.lm has no counts), most
 * frequent first; so weights come from the rank, which every file has:
 * 1 + ln(lines / rank), rank counted from 1 over all lines, so the top
 * n-gram of a 400-line file weighs 7 and the last one 1. Case variants
 * merge into one lowercase key, which keeps its best rank. */
static int load_lm(struct es_langid *li, size_t l, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, rank = 0;
	ssize_t got;
	int rc = 0;

	if (!f)
		return -ENOENT;
	while ((got = getline(&line, &cap, f)) > 0) {
		size_t n = strcspn(line, "\t\r\n");
		if (n == 0)
			continue;
		rank++;
		char key[GKEY_MAX];
		size_t kn = lm_key(line, n, key);
		if (kn == 0)
			continue;
		rc = gram_add(li, key, kn, l, (double)rank);
		if (rc < 0)
			break;
	}
	if (rc == 0 && !feof(f))
		rc = errno == ENOMEM ? -ENOMEM : -ENOENT;
	free(line);
	fclose(f);
	if (rc < 0)
		return rc;
	if (rank == 0)
		return -ENOENT;
	for (size_t i = 0; i < li->ngrams; i++) {
		float *w = &li->grams[i].w[l];
		if (*w > 0)
			*w = (float)(1.0 + log((double)rank / *w));
	}
	return 0;
}

/* The n-gram table: libexttextcat's fingerprints when the build has it and
 * every file reads (else none: mixing languages with and without n-grams
 * would favour those with), then the characteristic sequences. 0 or
 * -ENOMEM; -E2BIG only if langid_words.c outgrows the table (a build
 * error: grams_cap leaves room for 112 n-grams per language beyond 400). */
static int load_ngrams(struct es_langid *li)
{
	/* 400 n-grams per file, fewer after lowercasing merges some. */
	li->grams_cap = 512 * es_langid_ndefs;
	li->gcap = 4096;
	while (li->gcap < 2 * li->grams_cap)
		li->gcap *= 2;
	li->grams = malloc(li->grams_cap * sizeof *li->grams);
	li->gidx = calloc(li->gcap, sizeof *li->gidx);
	if (!li->grams || !li->gidx)
		return -ENOMEM;
	int rc = 0;
#if HAVE_TEXTCAT
	for (size_t l = 0; l < es_langid_ndefs && rc == 0; l++) {
		char path[512];
		int n = snprintf(path, sizeof path, "%s/%s", ES_TEXTCAT_DATADIR,
		                 es_langid_defs[l].lm_file);
		rc = n < 0 || (size_t)n >= sizeof path ? -ENOENT : load_lm(li, l, path);
	}
	li->have_ngrams = rc == 0;
	if (rc == -ENOMEM)
		return rc;
#endif
	if (!li->have_ngrams) {
		memset(li->gidx, 0, li->gcap * sizeof *li->gidx);
		li->ngrams = 0;
	}
	for (size_t l = 0; l < 2 * es_langid_ndefs; l++) {
		const struct es_langid_def *d = &es_langid_defs[l / 2];
		const char *p = l % 2 ? d->kin_grams : d->grams;
		while (*p) {
			size_t n = strcspn(p, " ");
			char key[GKEY_MAX];
			size_t kn = n > 0 ? lm_key(p, n, key) : 0;
			if (kn > 0 && (rc = gram_add(li, key, kn, l / 2, l % 2 ? -1 : 0)) < 0)
				return rc;
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	return 0;
}

/* ---- lifecycle ---------------------------------------------------------- */

void es_langid_free(struct es_langid *li)
{
	if (!li)
		return;
	free(li->words);
	free(li->words_arena);
	free(li->grams);
	free(li->gidx);
	free(li);
}

/*
 * Builds the word and letter tables from langid_words.c and, when the build
 * has libexttextcat, the n-gram table from its fingerprint files. Missing or
 * unreadable fingerprint files are not an error: the model then guesses from
 * words and letters alone (less accurate on short texts; docs/langid.md).
 * langs may be NULL when n is 0; language codes match case-insensitively
 * ("EN" is en), NULL entries and unknown codes are skipped. Returns 0,
 * -EINVAL (out NULL, or langs NULL with n > 0) or -ENOMEM; *out is NULL on
 * error.
 */
int es_langid_new(const char *const *langs, size_t n, struct es_langid **out)
{
	if (!out)
		return -EINVAL;
	*out = NULL;
	if (!langs && n > 0)
		return -EINVAL;

	struct es_langid *li = calloc(1, sizeof *li);
	if (!li)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		int l = lang_index(langs[i]);
		if (l >= 0)
			li->cand |= (uint16_t)(1u << l);
	}
	for (size_t l = 0; l < es_langid_ndefs; l++) {
		for (size_t k = 0; k < es_langid_ndefs; k++)
			if (k != l && es_langid_defs[l].group &&
			    es_langid_defs[k].group == es_langid_defs[l].group)
				li->kin_of[l] |= (uint16_t)(1u << k);
		if (li->kin_of[l])
			li->grouped |= (uint16_t)(1u << l);
		if (strcmp(es_langid_defs[l].code, "el") != 0)
			li->latin_langs |= (uint16_t)(1u << l);
		for (const char *f = es_langid_defs[l].foreign; *f; f++)
			if (*f >= 'a' && *f <= 'z')
				li->foreign[*f - 'a'] |= (uint16_t)(1u << l);
	}
	int rc = load_words(li);
	if (rc < 0)
		goto fail;
	load_letter_table(li->letters, &li->nletters, 0);
	load_letter_table(li->alpha, &li->nalpha, 1);
	rc = load_ngrams(li);
	if (rc < 0)
		goto fail;
	/* The files share most short n-grams: give back the unused entries. */
	struct gentry *fit = li->ngrams ? realloc(li->grams, li->ngrams * sizeof *fit) : NULL;
	if (fit) {
		li->grams = fit;
		li->grams_cap = li->ngrams;
	}
	*out = li;
	return 0;
fail:
	es_langid_free(li);
	return rc;
}

size_t es_langid_langs(const struct es_langid *li, const char **out, size_t max)
{
	size_t n = 0;

	if (!li)
		return 0;
	for (size_t l = 0; l < es_langid_ndefs; l++) {
		if (!(li->cand & (1u << l)))
			continue;
		if (out && n < max)
			out[n] = es_langid_defs[l].code;
		n++;
	}
	return n;
}

/* ---- the guess ---------------------------------------------------------- */

struct evidence {
	char clean[CLEAN_BYTES]; /* "_word_word_…_", lowercased */
	size_t clean_len;
	int full;                   /* clean is full: enough evidence, stop scanning */
	size_t latin, greek, other; /* letters by script */
	long accented;              /* Latin letters outside ASCII */
	long own[NLANG];            /* letters that only this language lists */
	size_t nwords;
	double word[NLANG];      /* Σ 1/k over word hits */
	double letter[NLANG];    /* Σ 1/k over characteristic letters and sequences */
	double kin[NLANG];       /* Σ 1/k over kin sequences */
	double kin_any[NLANG];   /* words its kin do not list, folded twins included */
	double kin_exact[NLANG]; /* the same, as spelled */
	double foreign[NLANG];   /* words with a letter the language writes only in loans */
};

static void add_masked(double *acc, uint16_t mask)
{
	if (!mask)
		return;
	double w = 1.0 / popcount16(mask);
	for (size_t l = 0; l < NLANG; l++)
		if (mask & (1u << l))
			acc[l] += w;
}

/* Adds 1 to acc[l] for each language l of mask whose close kin mask lacks. */
static void add_kin_mask(const struct es_langid *li, double *acc, uint16_t mask)
{
	if (!(mask & li->grouped))
		return;
	for (size_t l = 0; l < NLANG; l++)
		if ((mask & (1u << l)) && li->kin_of[l] && !(mask & li->kin_of[l]))
			acc[l] += 1.0;
}

/* A word that one language of a kin group lists and its kin do not ("som"
 * but not "jsem", "jsem" but not "som") is kin evidence for it: most
 * function words of Czech and Slovak differ, and the few they share ("a",
 * "to", "na") say nothing about which. Folded twins are kept apart: "budu"
 * is Czech as spelled and Slovak "budú" typed without accents, so it counts
 * for Czech alone in a text that has accents elsewhere (decide() picks). */
static void add_kin_word(const struct es_langid *li, struct evidence *ev, const struct wentry *e)
{
	add_kin_mask(li, ev->kin_any, e->mask);
	add_kin_mask(li, ev->kin_exact, e->exact);
}

/* Ends the word that starts at clean[start]: looks it up and adds the '_'. */
static void end_word(const struct es_langid *li, struct evidence *ev, size_t start)
{
	if (ev->clean_len == start)
		return;
	const struct wentry *e = word_find(li, ev->clean + start, ev->clean_len - start);
	if (e) {
		add_masked(ev->word, e->mask);
		add_kin_word(li, ev, e);
	}
	uint16_t foreign = 0;
	for (size_t i = start; i < ev->clean_len;) {
		unsigned char c = (unsigned char)ev->clean[i];
		if (c < 0x80) {
			if (c >= 'a' && c <= 'z')
				foreign |= li->foreign[c - 'a'];
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)ev->clean + i,
		                                      (utf8proc_ssize_t)(ev->clean_len - i), &cp);
		if (k <= 0)
			break;
		i += (size_t)k;
		/* an accented Latin letter outside a language's alphabet */
		if (is_latin(cp) && is_letter(cp))
			foreign |= (uint16_t)~table_mask(li->alpha, li->nalpha, cp);
	}
	foreign &= li->latin_langs;
	if (e) /* a word the language lists is its own, whatever its letters */
		foreign &= (uint16_t)~e->mask;
	for (size_t l = 0; foreign && l < NLANG; l++)
		if (foreign & (1u << l))
			ev->foreign[l] += 1.0;
	ev->nwords++;
	if (ev->clean_len + 1 < sizeof ev->clean)
		ev->clean[ev->clean_len++] = '_';
	else
		ev->full = 1;
}

/* Whether the token t[0..n) is not language: a mention, hashtag, URL,
 * e-mail address or the retweet marker. */
static int skip_token(const char *t, size_t n)
{
	if (n == 0 || t[0] == '@' || t[0] == '#')
		return 1;
	if (n >= 4 && strncasecmp(t, "http", 4) == 0)
		return 1;
	if (n >= 4 && strncasecmp(t, "www.", 4) == 0)
		return 1;
	if ((n == 2 || (n == 3 && t[2] == ':')) && t[0] == 'R' && t[1] == 'T')
		return 1;
	for (size_t i = 0; i < n; i++) {
		if (t[i] == '@')
			return 1;
		if (t[i] == ':' && i + 2 < n && t[i + 1] == '/' && t[i + 2] == '/')
			return 1;
	}
	return 0;
}

/* Length of an HTML entity ("&amp;", "&#39;") at t[0..n), or 0. */
static size_t entity_len(const char *t, size_t n)
{
	if (n < 3 || t[0] != '&')
		return 0;
	for (size_t i = 1; i < n && i < 10; i++) {
		char c = t[i];
		if (c == ';')
			return i > 1 ? i + 1 : 0;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '#'))
			return 0;
	}
	return 0;
}

/* Counts (sign 1) or uncounts (sign -1) the lowercase letter cp as evidence. */
static void count_letter(const struct es_langid *li, struct evidence *ev, utf8proc_int32_t cp,
                         int sign)
{
	size_t *script = is_greek(cp) ? &ev->greek : is_latin(cp) ? &ev->latin : &ev->other;
	uint16_t mask = letter_mask(li, cp);

	*script = sign > 0 ? *script + 1 : *script - 1;
	if (cp >= 0x80 && is_latin(cp))
		ev->accented += sign;
	if (mask && popcount16(mask) == 1) {
		for (size_t l = 0; l < NLANG; l++)
			if (mask == (1u << l))
				ev->own[l] += sign;
	}
	if (mask) {
		double w = sign / (double)popcount16(mask);
		for (size_t l = 0; l < NLANG; l++)
			if (mask & (1u << l))
				ev->letter[l] += w;
	}
}

/* Splits the kept token t[0..n) into lowercase words appended to ev. A run
 * of three or more equal letters ("sooooo", "AAAAA") keeps one: elongation
 * is emphasis, not spelling, and would otherwise pass for Dutch "aa"/"oo". */
static void scan_token(const struct es_langid *li, struct evidence *ev, const char *t, size_t n)
{
	size_t start = ev->clean_len; /* where the current word begins */
	utf8proc_int32_t run_cp = -1; /* the letter repeated and how often */
	size_t run = 0, run_bytes = 0;

	for (size_t i = 0; i < n && !ev->full;) {
		size_t el = entity_len(t + i, n - i);
		if (el) {
			end_word(li, ev, start);
			start = ev->clean_len;
			run_cp = -1;
			i += el;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + i,
		                                      (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) { /* invalid UTF-8: a separator */
			end_word(li, ev, start);
			start = ev->clean_len;
			run_cp = -1;
			i++;
			continue;
		}
		i += (size_t)k;
		int letter = is_letter(cp);
		if (!letter && !(is_mark(cp) && ev->clean_len > start)) {
			add_masked(ev->letter, letter_mask(li, cp)); /* ¿ ¡ */
			int apos = is_apostrophe(cp) && ev->clean_len > start && i < n;
			if (apos) {
				utf8proc_int32_t next;
				utf8proc_ssize_t k2 =
				        utf8proc_iterate((const utf8proc_uint8_t *)t + i,
				                         (utf8proc_ssize_t)(n - i), &next);
				apos = k2 > 0 && is_letter(next);
			}
			if (apos && ev->clean_len + 1 < sizeof ev->clean)
				ev->clean[ev->clean_len++] = '\'';
			end_word(li, ev, start);
			start = ev->clean_len;
			run_cp = -1;
			continue;
		}
		if (letter) {
			cp = utf8proc_tolower(cp);
			if (cp == run_cp) {
				if (++run == 3) { /* take back the second copy */
					ev->clean_len -= run_bytes;
					count_letter(li, ev, cp, -1);
				}
				if (run >= 3)
					continue;
			} else {
				run_cp = cp;
				run = 1;
			}
		} else {
			run_cp = -1;
		}
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t e = utf8proc_encode_char(cp, enc);
		/* keep room for the closing '_' */
		if (e <= 0 || ev->clean_len + (size_t)e + 1 >= sizeof ev->clean) {
			ev->full = 1;
			break;
		}
		if (letter)
			count_letter(li, ev, cp, 1);
		memcpy(ev->clean + ev->clean_len, enc, (size_t)e);
		ev->clean_len += (size_t)e;
		run_bytes = (size_t)e;
	}
	end_word(li, ev, start);
}

static void scan_text(const struct es_langid *li, struct evidence *ev, const char *text, size_t len)
{
	if (len > SCAN_BYTES)
		len = SCAN_BYTES;
	ev->clean[ev->clean_len++] = '_';
	for (size_t i = 0; i < len && !ev->full;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
		                                      (utf8proc_ssize_t)(len - i), &cp);
		if (k > 0 && is_space(cp)) {
			i += (size_t)k;
			continue;
		}
		/* a token runs to the next white space; invalid bytes belong to it */
		size_t j = i;
		while (j < len) {
			k = utf8proc_iterate((const utf8proc_uint8_t *)text + j,
			                     (utf8proc_ssize_t)(len - j), &cp);
			if (k > 0 && is_space(cp))
				break;
			j += k > 0 ? (size_t)k : 1;
		}
		if (!skip_token(text + i, j - i))
			scan_token(li, ev, text + i, j - i);
		i = j;
	}
}

/* Adds the fingerprint evidence of ev->clean to ng[] and the characteristic
 * sequences to ev->letter and ev->kin; returns the number of n-grams looked
 * up. Runs after the word lookups, so it may turn apostrophes into word
 * edges in place. Keys are slices of ev->clean, hashed incrementally. */
static size_t score_ngrams(const struct es_langid *li, struct evidence *ev, double *ng)
{
	uint16_t off[CLEAN_BYTES + 1]; /* where each code point of clean starts */
	size_t ncp = 0, count = 0;
	const char *c = ev->clean;

	for (size_t i = 0; i < ev->clean_len; i++) {
		if (ev->clean[i] == '\'')
			ev->clean[i] = '_';
		if (((unsigned char)ev->clean[i] & 0xC0) != 0x80)
			off[ncp++] = (uint16_t)i;
	}
	off[ncp] = (uint16_t)ev->clean_len;
	for (size_t i = 0; i < ncp; i++) {
		uint32_t h = 2166136261u; /* hash_bytes(), one code point at a time */
		for (size_t n = 1; n <= NGRAM_MAX && i + n <= ncp; n++) {
			size_t last = off[i + n - 1];
			if (n > 2 && c[off[i + n - 2]] == '_')
				break; /* would cross a word edge: '_' only first or last */
			if (n == 2 && c[off[i]] == '_' && c[last] == '_')
				break;
			for (size_t j = last; j < off[i + n]; j++) {
				h ^= (unsigned char)c[j];
				h *= 16777619u;
			}
			if (n == 1 && c[last] == '_')
				continue; /* "_" alone says nothing, "_x…" does */
			count++;
			const struct gentry *g = gram_find(li, c + off[i], off[i + n] - off[i], h);
			if (!g)
				continue;
			add_masked(ev->letter, g->mark);
			add_masked(ev->kin, g->kin);
			for (size_t l = 0; l < NLANG; l++)
				ng[l] += g->w[l];
		}
	}
	return count;
}

/*
 * The guess without its answer: the index of the winning language in
 * es_langid_defs (candidate or not), or -1 for "und"; *margin is its lead
 * over the runner-up. ev and score are the caller's scratch (kept out of
 * this frame so that a test driver can inspect them).
 */
static int decide(const struct es_langid *li, const char *text, size_t len, struct evidence *ev,
                  double score[NLANG], double *margin)
{
	*margin = 0.0;
	memset(ev, 0, sizeof *ev);
	scan_text(li, ev, text, len);

	size_t letters = ev->latin + ev->greek + ev->other;
	if (letters < ES_LANGID_MIN_LETTERS)
		return -1;
	int el = lang_index("el");
	if ((double)ev->greek > GREEK_SHARE * (double)letters) {
		*margin = (double)ev->greek / (double)letters; /* no other candidate */
		return el;
	}
	if ((double)ev->other > OTHER_SHARE * (double)letters)
		return -1;

	double ng[NLANG] = {0};
	size_t ngrams = score_ngrams(li, ev, ng);
	for (size_t l = 0; l < NLANG; l++) {
		score[l] = ES_LANGID_W_WORD * ev->word[l] / (double)(ev->nwords ? ev->nwords : 1) +
		           ES_LANGID_W_LETTER * log1p(ev->letter[l]);
		if (li->have_ngrams && ngrams)
			score[l] += ES_LANGID_W_NGRAM * ng[l] / (double)ngrams;
		score[l] -= ES_LANGID_W_FOREIGN * ev->foreign[l] /
		            (double)(ev->nwords ? ev->nwords : 1);
	}
	if (el >= 0)
		score[el] = -1.0; /* a Latin-script text is not Greek */
	/* Czech, Polish and Romanian write their own letters (ě ř ů, ą ę ł ś ż,
	 * ă ș ț) in nearly every sentence: a text with diacritics but none of
	 * them is probably Slovak, Spanish, … typed with accents. */
	for (size_t l = 0; l < NLANG; l++)
		if (es_langid_defs[l].own_letters_expected && ev->accented >= ES_LANGID_OWN_MIN &&
		    ev->own[l] == 0)
			score[l] -= ES_LANGID_OWN_PENALTY;

	int best = 0;
	for (int l = 1; l < NLANG; l++)
		if (score[l] > score[best])
			best = l;
	/* The runner-up outside the winner's kin group (every other language
	 * when it has none), and its best kin. */
	uint16_t kin = li->kin_of[best];
	int rival = -1, partner = -1;
	for (int l = 0; l < NLANG; l++) {
		if (l == best)
			continue;
		int *slot = kin & (1u << l) ? &partner : &rival;
		if (*slot < 0 || score[l] > score[*slot])
			*slot = l;
	}
	*margin = score[best] - score[rival];
	if (*margin < ES_LANGID_MARGIN)
		return -1;
	if (partner < 0)
		return best;
	/* Close kin (cs/sk): the text is one of the two; which one, the
	 * evidence that tells them apart decides, with a larger margin: kin
	 * sequences and words one lists and the other does not, counted only
	 * between the two because against every other language they are noise
	 * ("ie" is German too). The fingerprints and shared words say little
	 * here and stay in as they are. */
	const double *kw = ev->accented >= ES_LANGID_KIN_ACCENTED ? ev->kin_exact : ev->kin_any;
	double a = score[best] + ES_LANGID_W_KIN * log1p(ev->kin[best] + kw[best]);
	double b = score[partner] + ES_LANGID_W_KIN * log1p(ev->kin[partner] + kw[partner]);
	if (ev->accented >= ES_LANGID_KIN_OWN_MIN) {
		/* how likely a text this long would have shown one of them */
		double seen = 1.0 - exp(-ES_LANGID_OWN_RATE * (double)ev->latin);
		if (es_langid_defs[best].own_letters_expected && ev->own[best] == 0)
			a -= ES_LANGID_KIN_OWN * seen;
		if (es_langid_defs[partner].own_letters_expected && ev->own[partner] == 0)
			b -= ES_LANGID_KIN_OWN * seen;
	}
	int pick = a >= b ? best : partner;
	double kin_margin = fabs(a - b);
	/* The group already beat every other language by the margin; the
	 * pick's confidence is the smaller of that lead and its lead over
	 * its kin. */
	if (kin_margin < *margin)
		*margin = kin_margin;
	return pick;
}

size_t es_langid_letters(const struct es_langid *li, const char *text, size_t len)
{
	struct evidence ev;

	if (!li || !text)
		return 0;
	memset(&ev, 0, sizeof ev);
	scan_text(li, &ev, text, len);
	return ev.latin + ev.greek + ev.other;
}

/* See langid.h. lang is always written ("und" on any refusal, NULL li or
 * text included) unless it is NULL itself. */
double es_langid_guess(const struct es_langid *li, const char *text, size_t len, char lang[8])
{
	struct evidence ev;
	double score[NLANG], margin;

	if (!lang)
		return 0.0;
	memcpy(lang, "und", 4);
	if (!li || !text || len == 0)
		return 0.0;
	int l = decide(li, text, len, &ev, score, &margin);
	if (l < 0 || !(li->cand & (1u << l)))
		return 0.0;
	memcpy(lang, es_langid_defs[l].code, strlen(es_langid_defs[l].code) + 1);
	return margin / (margin + ES_LANGID_CONF_SCALE);
}
