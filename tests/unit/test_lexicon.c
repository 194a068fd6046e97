/*
 * test_lexicon.c — the lexicon loader, its indexes and the lexicon set.
 *
 * Table-driven: lookups of every key kind and class against one rich inline
 * lexicon (priority of exact over derived keys, longest prefix, expression
 * candidate order, negator suffixes, negation prefixes), settings defaults
 * and overrides, one row per loader error with its exact "name:line: reason"
 * text, the text conventions (CRLF, BOM, comments, escapes), the emoji
 * lexicon, lexicon sets in a temporary directory, and an allocation-failure
 * loop (this program is linked with alloc_fail.c and --wrap=malloc,…) that
 * must end in -ENOMEM without a leak at every step. Run under valgrind/ASan.
 *
 * English stemming expectations assume the Snowball English stemmer
 * ("disappointing" and "disappointed" both stem to "disappoint").
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "earshot/lexicon.h"
#include "earshot/normalize.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Every section and entry kind; the lookups below refer to it. */
static const char rich[] =
        "# rich test lexicon\n"
        "@lang en\n"
        "@stemmer snowball:english\n"
        "\n"
        "[valence]\n"
        "caring          2.0   # stems to \"care\", written before care on purpose\n"
        "care            1.0\n"
        "disappointed   -2.0\n"
        "good            1.9\n"
        "żal            -1.0\n"
        "zal             1.0\n"
        "zły            -2.0\n"
        "terribl*       -3.0\n"
        "terrible*      -3.5\n"
        "żółt*           0.5\n"
        "not bad         1.5\n"
        "not bad at all  2.0\n"
        "not good       -1.5\n"
        "waste of money -2.8\n"
        "na pewno nie*  -1.0\n"
        "\\#fail         -2.0\n"
        "\\@home          0.3\n"
        "XOXO            1.0\n"
        "f*ck           -2.5\n"
        "\tsad\t-2.1\n"
        "naïveness      -0.5\n"
        "\n"
        "[negators]\n"
        "not\n"
        "never\n"
        "*n't\n"
        "*an't\n"
        "*nę\n"
        "not at all\n"
        "\n"
        "[negation-prefixes]\n"
        "nie\n"
        "un   4\n"
        "\n"
        "[intensifiers]\n"
        "very            0.293\n"
        "slightly       -0.293\n"
        "kind of        -0.293\n"
        "\n"
        "[contrast]\n"
        "but\n"
        "even so\n"
        "\n"
        "[settings]\n"
        "negation_scalar = -0.5\n"
        "double_negation = flip\n"
        "booster_decay = 1 0.9 0.8\n"
        "alpha = 12.5\n";

static struct es_lexicon *load(const char *text)
{
	struct es_lexicon *lex = NULL;
	struct es_lex_error err;
	int rc = es_lexicon_load_buffer("t.lex", text, strlen(text), &lex, &err);
	if (rc != 0)
		fail_msg("load failed (%d): %s", rc, err.msg);
	return lex;
}

static int setup_rich(void **state)
{
	*state = load(rich);
	return *state ? 0 : -1;
}

static int teardown_lex(void **state)
{
	es_lexicon_free(*state);
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Word lookups                                                             */

struct word_case {
	enum es_lex_class cls;
	const char *key;
	const char *term; /* expected entry's term, NULL: no match */
};

static const struct word_case word_cases[] = {
        /* fold keys */
        {ES_LEX_VALENCE, "good", "good"},
        {ES_LEX_VALENCE, "xoxo", "XOXO"},
        {ES_LEX_VALENCE, "XOXO", NULL}, /* keys are case-folded; callers fold */
        {ES_LEX_VALENCE, "sad", "sad"},
        {ES_LEX_VALENCE, "f*ck", "f*ck"}, /* an inner '*' is literal */
        /* exact beats stem-derived: "caring" stems to "care" but "care" is written */
        {ES_LEX_VALENCE, "care", "care"},
        {ES_LEX_VALENCE, "caring", "caring"},
        /* stem keys */
        {ES_LEX_VALENCE, "disappoint", "disappointed"},
        {ES_LEX_VALENCE, "disappointing", NULL}, /* the caller stems first */
        /* fold beats plain: "zal" is written, and is also the plain key of "żal" */
        {ES_LEX_VALENCE, "zal", "zal"},
        {ES_LEX_VALENCE, "żal", "żal"},
        /* plain keys */
        {ES_LEX_VALENCE, "zły", "zły"},
        {ES_LEX_VALENCE, "zly", "zły"},
        /* escapes */
        {ES_LEX_VALENCE, "#fail", "#fail"},
        {ES_LEX_VALENCE, "@home", "@home"},
        {ES_LEX_VALENCE, "\\#fail", NULL},
        /* prefixes and expressions are not words */
        {ES_LEX_VALENCE, "terribl", NULL},
        {ES_LEX_VALENCE, "terribl*", NULL},
        {ES_LEX_VALENCE, "not", NULL},
        {ES_LEX_VALENCE, "not bad", NULL},
        /* classes are separate */
        {ES_LEX_NEGATOR, "good", NULL},
        {ES_LEX_NEGATOR, "not", "not"},
        {ES_LEX_NEGATOR, "never", "never"},
        {ES_LEX_INTENSIFIER, "very", "very"},
        {ES_LEX_INTENSIFIER, "slightly", "slightly"},
        {ES_LEX_INTENSIFIER, "not", NULL},
        {ES_LEX_CONTRAST, "but", "but"},
        {ES_LEX_CONTRAST, "even", NULL},
        /* negator suffix patterns: longest wins, fold or plain */
        {ES_LEX_NEGATOR, "don't", "*n't"},
        {ES_LEX_NEGATOR, "can't", "*an't"},
        {ES_LEX_NEGATOR, "n't", "*n't"},
        {ES_LEX_NEGATOR, "dont", NULL},
        {ES_LEX_NEGATOR, "zrobię", NULL},
        {ES_LEX_NEGATOR, "zrobinę", "*nę"},
        {ES_LEX_NEGATOR, "zrobine", "*nę"},
        {ES_LEX_VALENCE, "don't", NULL}, /* suffixes only for negators */
        /* nothing */
        {ES_LEX_VALENCE, "", NULL},
        {ES_LEX_VALENCE, "goo", NULL},
        {ES_LEX_VALENCE, "goods", NULL},
};

static void test_word(void **state)
{
	const struct es_lexicon *lex = *state;
	for (size_t i = 0; i < N(word_cases); i++) {
		const struct word_case *c = &word_cases[i];
		const struct es_lex_entry *e = es_lexicon_word(lex, c->cls, c->key, strlen(c->key));
		if (!c->term) {
			if (e)
				fail_msg("case %zu: '%s' found '%s', expected nothing", i, c->key,
				         e->term);
			continue;
		}
		if (!e)
			fail_msg("case %zu: '%s' not found, expected '%s'", i, c->key, c->term);
		if (strcmp(e->term, c->term) != 0)
			fail_msg("case %zu: '%s' found '%s', expected '%s'", i, c->key, e->term,
			         c->term);
		assert_int_equal(e->cls, c->cls);
	}
}

/* Which key matched: the scorer explains "zly" as an accent-folded match. */
static void test_via(void **state)
{
	const struct es_lexicon *lex = *state;
	static const struct {
		enum es_lex_class cls;
		const char *key;
		const char *term;
		enum es_lex_via via;
	} cases[] = {
	        {ES_LEX_VALENCE, "zły", "zły", ES_LEX_VIA_FOLD},
	        {ES_LEX_VALENCE, "zly", "zły", ES_LEX_VIA_PLAIN},
	        {ES_LEX_VALENCE, "zal", "zal", ES_LEX_VIA_FOLD},
	        {ES_LEX_VALENCE, "care", "care", ES_LEX_VIA_FOLD},
	        {ES_LEX_VALENCE, "disappoint", "disappointed", ES_LEX_VIA_STEM},
	        {ES_LEX_VALENCE, "naiv", "naïveness", ES_LEX_VIA_PSTEM},
	        {ES_LEX_NEGATOR, "don't", "*n't", ES_LEX_VIA_FOLD},
	        {ES_LEX_NEGATOR, "zrobinę", "*nę", ES_LEX_VIA_FOLD},
	        {ES_LEX_NEGATOR, "zrobine", "*nę", ES_LEX_VIA_PLAIN},
	};
	for (size_t i = 0; i < N(cases); i++) {
		enum es_lex_via via = (enum es_lex_via)99;
		const struct es_lex_entry *e = es_lexicon_word_via(lex, cases[i].cls, cases[i].key,
		                                                   strlen(cases[i].key), &via);
		if (!e || strcmp(e->term, cases[i].term) != 0 || via != cases[i].via)
			fail_msg("case %zu '%s': '%s' via %d, expected '%s' via %d", i,
			         cases[i].key, e ? e->term : "nothing", (int)via, cases[i].term,
			         (int)cases[i].via);
	}
	enum es_lex_via via = (enum es_lex_via)99;
	assert_null(es_lexicon_word_via(lex, ES_LEX_VALENCE, "nothing", 7, &via));
	assert_int_equal(via, 99); /* untouched on a miss */
	assert_string_equal(es_lexicon_prefix_via(lex, "zolty", 5, &via)->term, "żółt*");
	assert_int_equal(via, ES_LEX_VIA_PLAIN);
	assert_string_equal(es_lexicon_prefix_via(lex, "żółty", 7, &via)->term, "żółt*");
	assert_int_equal(via, ES_LEX_VIA_FOLD);
	assert_non_null(es_lexicon_word_via(lex, ES_LEX_VALENCE, "good", 4, NULL));
}

static void test_word_fields(void **state)
{
	const struct es_lexicon *lex = *state;
	const struct es_lex_entry *e = es_lexicon_word(lex, ES_LEX_VALENCE, "good", 4);
	assert_non_null(e);
	assert_float_equal(e->value, 1.9f, 1e-6);
	assert_int_equal(e->kind, ES_LEX_WORD);
	assert_int_equal(e->ntok, 1);
	assert_null(e->tok);
	assert_int_equal(e->line, 9);
	e = es_lexicon_word(lex, ES_LEX_INTENSIFIER, "slightly", 8);
	assert_float_equal(e->value, -0.293f, 1e-6);
	e = es_lexicon_word(lex, ES_LEX_NEGATOR, "isn't", 5);
	assert_int_equal(e->kind, ES_LEX_SUFFIX);
	assert_float_equal(e->value, 0.0f, 0);
	/* Keys are (ptr, len): bytes after len do not matter. */
	assert_non_null(es_lexicon_word(lex, ES_LEX_VALENCE, "goodness", 4));
	/* Keys longer than any key the library builds are never found. */
	char big[ES_KEY_MAX + 8];
	memset(big, 'a', sizeof big);
	assert_null(es_lexicon_word(lex, ES_LEX_VALENCE, big, sizeof big));
	assert_null(es_lexicon_word(lex, ES_LEX_CLASS_COUNT, "good", 4));
	assert_null(es_lexicon_word(NULL, ES_LEX_VALENCE, "good", 4));
}

static void test_meta(void **state)
{
	const struct es_lexicon *lex = *state;
	assert_string_equal(es_lexicon_lang(lex), "en");
	assert_string_equal(es_lexicon_stemmer(lex), "snowball:english");
	assert_int_equal(es_lexicon_count(lex, ES_LEX_VALENCE), 21);
	assert_int_equal(es_lexicon_count(lex, ES_LEX_NEGATOR), 6);
	assert_int_equal(es_lexicon_count(lex, ES_LEX_INTENSIFIER), 3);
	assert_int_equal(es_lexicon_count(lex, ES_LEX_CONTRAST), 2);
	assert_int_equal(es_lexicon_count(lex, ES_LEX_CLASS_COUNT), 0);
	assert_int_equal(es_lexicon_count(NULL, ES_LEX_VALENCE), 0);
}

/* ------------------------------------------------------------------------ */
/* Prefixes                                                                 */

struct prefix_case {
	const char *key;
	const char *term; /* NULL: no match */
};

static const struct prefix_case prefix_cases[] = {
        {"terribleness", "terrible*"}, /* longest first */
        {"terrible", "terrible*"},     /* the prefix itself matches */
        {"terribly", "terribl*"},
        {"terribl", "terribl*"},
        {"terrib", NULL},
        {"żółty", "żółt*"},
        {"zolty", "żółt*"}, /* plain form */
        {"żółt", "żółt*"},
        {"żół", NULL},
        {"zółty", NULL}, /* neither the fold nor the plain form */
        {"goodness", NULL},
        {"", NULL},
        {"t", NULL},
};

static void test_prefix(void **state)
{
	const struct es_lexicon *lex = *state;
	for (size_t i = 0; i < N(prefix_cases); i++) {
		const struct prefix_case *c = &prefix_cases[i];
		const struct es_lex_entry *e = es_lexicon_prefix(lex, c->key, strlen(c->key));
		if (!c->term) {
			if (e)
				fail_msg("case %zu: '%s' matched '%s'", i, c->key, e->term);
			continue;
		}
		if (!e || strcmp(e->term, c->term) != 0)
			fail_msg("case %zu: '%s' matched '%s', expected '%s'", i, c->key,
			         e ? e->term : "nothing", c->term);
		assert_int_equal(e->kind, ES_LEX_PREFIX);
		assert_int_equal(e->cls, ES_LEX_VALENCE);
	}
}

/* A prefix never ends inside a UTF-8 sequence of the key. */
static void test_prefix_boundary(void **state)
{
	(void)state;
	/* "abć" is 'a' 'b' 0xC4 0x87; "abÄ" folds to "abä", 'a' 'b' 0xC3 0xA4. */
	struct es_lexicon *lex = load("@lang any\nabć* 1\nab\xc3\x84* 2\n");
	assert_non_null(lex);
	assert_string_equal(es_lexicon_prefix(lex, "abćd", 5)->term, "abć*");
	assert_string_equal(es_lexicon_prefix(lex, "abäx", 5)->term, "abÄ*");
	assert_string_equal(es_lexicon_prefix(lex, "abcd", 4)->term, "abć*"); /* plain */
	assert_string_equal(es_lexicon_prefix(lex, "abax", 4)->term, "abÄ*");
	assert_null(es_lexicon_prefix(lex, "abd", 3));
	assert_null(es_lexicon_prefix(lex, "ab\xc3", 3)); /* a truncated key */
	es_lexicon_free(lex);
}

/* ------------------------------------------------------------------------ */
/* Multi-word expressions                                                   */

struct mwe_case {
	const char *first;
	const char *terms[6]; /* expected order, NULL-terminated */
};

static const struct mwe_case mwe_cases[] = {
        {"not", {"not bad at all", "not at all", "not bad", "not good", NULL}},
        {"waste", {"waste of money", NULL}},
        {"na", {"na pewno nie*", NULL}},
        {"kind", {"kind of", NULL}},
        {"even", {"even so", NULL}},
        {"bad", {NULL}},
        {"good", {NULL}},
        {"", {NULL}},
};

static void test_mwe(void **state)
{
	const struct es_lexicon *lex = *state;
	for (size_t i = 0; i < N(mwe_cases); i++) {
		const struct mwe_case *c = &mwe_cases[i];
		const struct es_lex_entry *const *cand = NULL;
		size_t n = es_lexicon_mwe(lex, c->first, strlen(c->first), &cand);
		size_t want = 0;
		while (c->terms[want])
			want++;
		if (n != want)
			fail_msg("case %zu '%s': %zu candidates, expected %zu", i, c->first, n,
			         want);
		for (size_t k = 0; k < n; k++) {
			assert_string_equal(cand[k]->term, c->terms[k]);
			assert_int_equal(cand[k]->kind, ES_LEX_MWE);
		}
	}
}

static void test_mwe_tokens(void **state)
{
	const struct es_lexicon *lex = *state;
	const struct es_lex_entry *const *cand;
	assert_int_equal(es_lexicon_mwe(lex, "na", 2, &cand), 1);
	const struct es_lex_entry *e = cand[0];
	assert_int_equal(e->ntok, 3);
	assert_int_equal(e->cls, ES_LEX_VALENCE);
	assert_float_equal(e->value, -1.0f, 1e-6);
	assert_string_equal(e->tok[0].fold, "na");
	assert_int_equal(e->tok[0].prefix, 0);
	assert_string_equal(e->tok[2].fold, "nie");
	assert_int_equal(e->tok[2].fold_len, 3);
	assert_int_equal(e->tok[2].prefix, 1);

	assert_int_equal(es_lexicon_mwe(lex, "not", 3, &cand), 4);
	assert_int_equal(cand[1]->cls, ES_LEX_NEGATOR);
	assert_int_equal(es_lexicon_mwe(lex, "kind", 4, &cand), 1);
	assert_int_equal(cand[0]->cls, ES_LEX_INTENSIFIER);
	assert_float_equal(cand[0]->value, -0.293f, 1e-6);
	assert_int_equal(es_lexicon_mwe(lex, "even", 4, &cand), 1);
	assert_int_equal(cand[0]->cls, ES_LEX_CONTRAST);
}

/* Expressions are indexed by the plain form of their first token. */
static void test_mwe_plain(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang pl\n@stemmer none\n"
	                              "Żal mi     -1.0\n"
	                              "źle że     -1.5\n"
	                              "ZAL MI BARDZO -2\n");
	const struct es_lex_entry *const *cand;
	assert_int_equal(es_lexicon_mwe(lex, "zal", 3, &cand), 2);
	assert_string_equal(cand[0]->term, "ZAL MI BARDZO");
	assert_string_equal(cand[1]->term, "Żal mi");
	assert_string_equal(cand[1]->tok[0].fold, "żal");
	assert_string_equal(cand[1]->tok[0].plain, "zal");
	assert_int_equal(cand[1]->tok[0].plain_len, 3);
	assert_int_equal(cand[1]->tok[0].fold_len, 4);
	assert_int_equal(es_lexicon_mwe(lex, "zle", 3, &cand), 1);
	assert_string_equal(cand[0]->tok[1].plain, "ze");
	assert_int_equal(es_lexicon_mwe(lex, "żal", 4, &cand), 0); /* plain keys only */
	es_lexicon_free(lex);
}

/* ------------------------------------------------------------------------ */
/* Negation prefixes                                                        */

struct negpfx_case {
	const char *key;
	size_t want;
};

static const struct negpfx_case negpfx_cases[] = {
        {"niedobry", 3}, {"niezły", 3},                /* rest "zły": 3 code points */
        {"nieco", 0},                                  /* rest 2 < 3 */
        {"nie", 0},      {"unhappy", 2}, {"unfit", 0}, /* rest 3 < 4 */
        {"unżółć", 2},                                 /* rest 4 code points, 8 bytes */
        {"unżół", 0}, /* rest 3 code points but 6 bytes: code points count */
        {"dobry", 0},    {"", 0},
};

static void test_negation_prefix(void **state)
{
	const struct es_lexicon *lex = *state;
	for (size_t i = 0; i < N(negpfx_cases); i++) {
		const struct negpfx_case *c = &negpfx_cases[i];
		size_t got = es_lexicon_negation_prefix(lex, c->key, strlen(c->key));
		if (got != c->want)
			fail_msg("case %zu '%s': %zu, expected %zu", i, c->key, got, c->want);
	}
}

static void test_negation_prefix_plain(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang cs\n@stemmer none\n[negation-prefixes]\n"
	                              "ně 3\nnene 2\n");
	assert_int_equal(es_lexicon_negation_prefix(lex, "nědobrý", strlen("nědobrý")), 3);
	assert_int_equal(es_lexicon_negation_prefix(lex, "nedobry", 7), 2);
	/* Longest qualifying prefix: "nene" + "ab" (2) beats "ne" + "neab". */
	assert_int_equal(es_lexicon_negation_prefix(lex, "neneab", 6), 4);
	assert_int_equal(es_lexicon_negation_prefix(lex, "nenea", 5), 2);
	assert_int_equal(es_lexicon_count(lex, ES_LEX_VALENCE), 0);
	es_lexicon_free(lex);
}

/* ------------------------------------------------------------------------ */
/* Settings                                                                 */

static void test_settings_default(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang xx\n");
	const struct es_lex_settings *s = es_lexicon_settings(lex);
	assert_float_equal(s->negation_scalar, -0.74f, 0);
	assert_float_equal(s->negated_negative_scalar, -0.74f, 0);
	assert_int_equal(s->negation_window, 3);
	assert_int_equal(s->negation_flip_twice, 0);
	assert_float_equal(s->contrast_before, 0.5f, 0);
	assert_float_equal(s->contrast_after, 1.5f, 0);
	assert_float_equal(s->caps_boost, 0.733f, 0);
	assert_float_equal(s->booster_decay[0], 1.0f, 0);
	assert_float_equal(s->booster_decay[1], 0.95f, 0);
	assert_float_equal(s->booster_decay[2], 0.9f, 0);
	assert_float_equal(s->elongation_boost, 0.293f, 0);
	assert_float_equal(s->exclaim_boost, 0.292f, 0);
	assert_int_equal(s->exclaim_max, 4);
	assert_float_equal(s->question_boost, 0.18f, 0);
	assert_float_equal(s->question_many, 0.96f, 0);
	assert_float_equal(s->threshold_pos, 0.05f, 0);
	assert_float_equal(s->threshold_neg, -0.05f, 0);
	assert_float_equal(s->alpha, 15.0f, 0);
	/* An unknown language gets no stemming. */
	assert_string_equal(es_lexicon_stemmer(lex), "none");
	es_lexicon_free(lex);
}

static void test_settings_all(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang xx\n[settings]\n"
	                              "negation_scalar = -0.6\n"
	                              "negated_negative_scalar=-0.25\n"
	                              "negation_window\t=\t5\n"
	                              "double_negation = flip   # VADER\n"
	                              "contrast_before = 0.25\n"
	                              "contrast_after = 2\n"
	                              "caps_boost = .5\n"
	                              "booster_decay = 1.0  0.5\t0.25\n"
	                              "elongation_boost = 0.1\n"
	                              "exclaim_boost = 0.2\n"
	                              "exclaim_max = 0\n"
	                              "question_boost = 0.3\n"
	                              "question_many = +1\n"
	                              "threshold_pos = 0.1\n"
	                              "threshold_neg = -0.1\n"
	                              "alpha = 1000\n");
	const struct es_lex_settings *s = es_lexicon_settings(lex);
	assert_float_equal(s->negation_scalar, -0.6f, 0);
	assert_float_equal(s->negated_negative_scalar, -0.25f, 0);
	assert_int_equal(s->negation_window, 5);
	assert_int_equal(s->negation_flip_twice, 1);
	assert_float_equal(s->contrast_before, 0.25f, 0);
	assert_float_equal(s->contrast_after, 2.0f, 0);
	assert_float_equal(s->caps_boost, 0.5f, 0);
	assert_float_equal(s->booster_decay[0], 1.0f, 0);
	assert_float_equal(s->booster_decay[1], 0.5f, 0);
	assert_float_equal(s->booster_decay[2], 0.25f, 0);
	assert_float_equal(s->elongation_boost, 0.1f, 0);
	assert_float_equal(s->exclaim_boost, 0.2f, 0);
	assert_int_equal(s->exclaim_max, 0);
	assert_float_equal(s->question_boost, 0.3f, 0);
	assert_float_equal(s->question_many, 1.0f, 0);
	assert_float_equal(s->threshold_pos, 0.1f, 0);
	assert_float_equal(s->threshold_neg, -0.1f, 0);
	assert_float_equal(s->alpha, 1000.0f, 0);
	es_lexicon_free(lex);
}

static void test_settings_rich(void **state)
{
	const struct es_lex_settings *s = es_lexicon_settings(*state);
	assert_float_equal(s->negation_scalar, -0.5f, 0);
	/* Not set itself: follows negation_scalar. */
	assert_float_equal(s->negated_negative_scalar, -0.5f, 0);
	assert_int_equal(s->negation_flip_twice, 1);
	assert_float_equal(s->booster_decay[1], 0.9f, 0);
	assert_float_equal(s->booster_decay[2], 0.8f, 0);
	assert_float_equal(s->alpha, 12.5f, 0);
	assert_float_equal(s->caps_boost, 0.733f, 0);

	struct es_lexicon *lex = load("@lang xx\n[settings]\ndouble_negation = concord\n");
	assert_int_equal(es_lexicon_settings(lex)->negation_flip_twice, 0);
	es_lexicon_free(lex);
}

/* Letters typed as ASCII where the keyboard lacks them: "schön" is also
 * "schoen", its inflections stem to it, a prefix entry and a negator get
 * theirs too, and a word with a key of its own keeps it. */
static void test_transliterate(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang de\n"
	                              "schön 2\n"
	                              "enttäuscht -2\n"
	                              "großartig 3\n"
	                              "glückliche 2\n"
	                              "scheiß* -2.5\n"
	                              "schoen -1\n"
	                              "[negators]\n"
	                              "für\n"
	                              "[settings]\n"
	                              "transliterate = ä:ae ö:oe ü:ue ß:ss\n");
	enum es_lex_via via = (enum es_lex_via)99;
	const struct es_lex_entry *e = es_lexicon_word_via(lex, ES_LEX_VALENCE, "enttaeuscht", 11, &via);
	assert_non_null(e);
	assert_string_equal(e->term, "enttäuscht");
	assert_int_equal(via, ES_LEX_VIA_PLAIN);
	e = es_lexicon_word(lex, ES_LEX_VALENCE, "grossartig", 10);
	assert_non_null(e);
	assert_string_equal(e->term, "großartig");
	/* the stem of the transliterated key: "gluecklichen" stems to it */
	e = es_lexicon_word_via(lex, ES_LEX_VALENCE, "gluecklich", 10, &via);
	assert_non_null(e);
	assert_string_equal(e->term, "glückliche");
	assert_int_equal(via, ES_LEX_VIA_PSTEM);
	e = es_lexicon_prefix(lex, "scheissegal", 11);
	assert_non_null(e);
	assert_string_equal(e->term, "scheiß*");
	e = es_lexicon_word(lex, ES_LEX_NEGATOR, "fuer", 4);
	assert_non_null(e);
	assert_string_equal(e->term, "für");
	/* its own entry wins over the transliteration of another */
	e = es_lexicon_word(lex, ES_LEX_VALENCE, "schoen", 6);
	assert_non_null(e);
	assert_string_equal(e->term, "schoen");
	assert_null(es_lexicon_word(lex, ES_LEX_VALENCE, "schoeen", 7));
	es_lexicon_free(lex);

	/* without the setting there is no such key */
	lex = load("@lang de\nenttäuscht -2\n");
	assert_null(es_lexicon_word(lex, ES_LEX_VALENCE, "enttaeuscht", 11));
	es_lexicon_free(lex);
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */

struct error_case {
	const char *text;
	int rc;
	const char *msg;
};

static const struct error_case error_cases[] = {
        {"", -EBADMSG, "t.lex: missing @lang"},
        {"# only a comment\n\n", -EBADMSG, "t.lex: missing @lang"},
        {"good 1\n", -EBADMSG, "t.lex:1: entry before @lang"},
        {"[settings]\nalpha = 1\n", -EBADMSG, "t.lex:2: entry before @lang"},
        {"@lang en\ngood\n", -EBADMSG, "t.lex:2: missing value"},
        {"@lang en\ngood x\n", -EBADMSG, "t.lex:2: value not a number"},
        {"@lang en\ngood 1.9 #note\n", -EBADMSG, "t.lex:2: value not a number"},
        {"@lang en\ngood 1e3\n", -EBADMSG, "t.lex:2: value not a number"},
        {"@lang en\ngood 1..2\n", -EBADMSG, "t.lex:2: value not a number"},
        {"@lang en\ngood -\n", -EBADMSG, "t.lex:2: value not a number"},
        {"@lang en\ngood 5\n", -EBADMSG, "t.lex:2: valence 5 out of range [-4, 4]"},
        {"@lang en\ngood -4.01\n", -EBADMSG, "t.lex:2: valence -4.01 out of range [-4, 4]"},
        {"@lang en\n[intensifiers]\nvery 2.5\n", -EBADMSG,
         "t.lex:3: intensifier value 2.5 out of range [-2, 2]"},
        {"@lang en\n[intensifiers]\nvery\n", -EBADMSG, "t.lex:3: missing value"},
        {"@lang en\n[foo]\n", -EBADMSG, "t.lex:2: unknown section [foo]"},
        {"@lang en\n[valence\n", -EBADMSG, "t.lex:2: unknown section [valence"},
        {"@lang en\n[Valence]\n", -EBADMSG, "t.lex:2: unknown section [Valence]"},
        {"@lang en\n[settings]\nfoo = 1\n", -EBADMSG, "t.lex:3: unknown setting 'foo'"},
        {"@lang en\n[settings]\nalpha 1\n", -EBADMSG, "t.lex:3: missing '=' in setting"},
        {"@lang en\n[settings]\nalpha =\n", -EBADMSG, "t.lex:3: missing value"},
        {"@lang en\n[settings]\nalpha = x\n", -EBADMSG, "t.lex:3: value not a number"},
        {"@lang en\n[settings]\nalpha = 0\n", -EBADMSG,
         "t.lex:3: alpha 0 out of range [0.001, 1000]"},
        {"@lang en\n[settings]\nnegation_window = 11\n", -EBADMSG,
         "t.lex:3: negation_window 11 out of range [0, 10]"},
        {"@lang en\n[settings]\nnegation_window = 1.5\n", -EBADMSG, "t.lex:3: value not a number"},
        {"@lang en\n[settings]\nthreshold_neg = 0.1\n", -EBADMSG,
         "t.lex:3: threshold_neg 0.1 out of range [-1, 0]"},
        {"@lang en\n[settings]\nbooster_decay = 1 0.9\n", -EBADMSG,
         "t.lex:3: booster_decay needs three numbers"},
        {"@lang en\n[settings]\nbooster_decay = 1 0.9 0.8 0.7\n", -EBADMSG,
         "t.lex:3: booster_decay needs three numbers"},
        {"@lang en\n[settings]\nbooster_decay = 1 3 0.8\n", -EBADMSG,
         "t.lex:3: booster_decay 3 out of range [0, 2]"},
        {"@lang en\n[settings]\ndouble_negation = maybe\n", -EBADMSG,
         "t.lex:3: double_negation must be flip or concord"},
        {"@lang en\n[settings]\nalpha = 2\nalpha = 3\n", -EBADMSG,
         "t.lex:4: duplicate setting 'alpha'"},
        {"@lang de\n[settings]\ntransliterate = ä:ae\ntransliterate = ö:oe\n", -EBADMSG,
         "t.lex:4: duplicate setting 'transliterate'"},
        {"@lang de\n[settings]\ntransliterate = äae\n", -EBADMSG,
         "t.lex:3: transliterate: 'äae' is not letter:ascii"},
        {"@lang de\n[settings]\ntransliterate = a:e\n", -EBADMSG,
         "t.lex:3: transliterate: 'a' is not one lowercase letter"},
        {"@lang de\n[settings]\ntransliterate = Ä:ae\n", -EBADMSG,
         "t.lex:3: transliterate: 'Ä' is not one lowercase letter"},
        {"@lang de\n[settings]\ntransliterate = äö:ae\n", -EBADMSG,
         "t.lex:3: transliterate: 'äö' is not one lowercase letter"},
        {"@lang de\n[settings]\ntransliterate = ä:\n", -EBADMSG,
         "t.lex:3: transliterate: '' must be 1 to 3 letters"},
        {"@lang de\n[settings]\ntransliterate = ä:aeee\n", -EBADMSG,
         "t.lex:3: transliterate: 'aeee' must be 1 to 3 letters"},
        {"@lang de\n[settings]\ntransliterate = ä:Ae\n", -EBADMSG,
         "t.lex:3: transliterate: 'Ae' must be lowercase ASCII letters"},
        {"@lang de\n[settings]\ntransliterate = ä:ae ä:a\n", -EBADMSG,
         "t.lex:3: transliterate: 'ä' given twice"},
        {"@lang de\n[settings]\ntransliterate = ä:a ö:o ü:u ß:s é:e è:e ê:e ë:e à:a\n", -EBADMSG,
         "t.lex:3: transliterate: more than 8 letters"},
        {"@lang de\n[settings]\ntransliterate =\n", -EBADMSG, "t.lex:3: missing value"},
        {"@lang en\ngood 1\nGood 2\n", -EBADMSG,
         "t.lex:3: duplicate term 'Good' (first on line 2)"},
        {"@lang en\nnot bad 1\n\nNot  Bad -1\n", -EBADMSG,
         "t.lex:4: duplicate term 'Not  Bad' (first on line 2)"},
        {"@lang en\nterr* 1\nTERR* 2\n", -EBADMSG,
         "t.lex:3: duplicate term 'TERR*' (first on line 2)"},
        {"@lang en\n[negators]\n*n't\n*N'T\n", -EBADMSG,
         "t.lex:4: duplicate term '*N'T' (first on line 3)"},
        {"@lang en\n[negation-prefixes]\nnie\nNIE 4\n", -EBADMSG, "t.lex:4: duplicate term 'NIE'"},
        {"@lang emoji\n:) 1\n:) 2\n", -EBADMSG, "t.lex:3: duplicate term ':)' (first on line 2)"},
        {"@lang emoji\n👍 1\n👍🏽 2\n", -EBADMSG,
         "t.lex:3: duplicate term '👍🏽' (first on line 2)"},
        {"@lang en\nab* 1\n", -EBADMSG, "t.lex:2: prefix 'ab' too short (min 3 characters)"},
        {"@lang en\nżó* 1\n", -EBADMSG, "t.lex:2: prefix 'żó' too short (min 3 characters)"},
        {"@lang en\nvery ab* 1\n", -EBADMSG, "t.lex:2: prefix 'ab' too short (min 3 characters)"},
        {"@lang en\na b c d e f g 1\n", -E2BIG, "t.lex:2: expression too long (max 6 tokens)"},
        {"@lang en\nterr* ible 1\n", -EBADMSG, "t.lex:2: expression cannot start with a prefix"},
        {"@lang en\nvery *ible 1\n", -EBADMSG, "t.lex:2: suffix pattern in an expression"},
        {"@lang en\ngo\xC3\x28"
         "d 1\n",
         -EBADMSG, "t.lex:2: invalid UTF-8"},
        {"@lang en\ngood 1\xE2\x82\n", -EBADMSG, "t.lex:2: invalid UTF-8"},
        {"@lang en\n\xC0\xAF 1\n", -EBADMSG, "t.lex:2: invalid UTF-8"},         /* overlong */
        {"@lang en\n\xED\xA0\x80 1\n", -EBADMSG, "t.lex:2: invalid UTF-8"},     /* surrogate */
        {"@lang en\n\xF4\x90\x80\x80 1\n", -EBADMSG, "t.lex:2: invalid UTF-8"}, /* > U+10FFFF */
        {"@lang en\ngo\x01od 1\n", -EBADMSG, "t.lex:2: control character"},
        {"@lang en\ngo\rod 1\n", -EBADMSG, "t.lex:2: control character"},
        {"@foo x\n", -EBADMSG, "t.lex:1: unknown directive '@foo'"},
        {"@lang\n", -EBADMSG, "t.lex:1: missing value"},
        {"@lang en pl\n", -EBADMSG, "t.lex:1: @lang takes one value"},
        {"@lang EN\n", -EBADMSG, "t.lex:1: invalid language code 'EN'"},
        {"@lang english\n", -EBADMSG, "t.lex:1: invalid language code 'english'"},
        {"@lang en\n@lang en\n", -EBADMSG, "t.lex:2: duplicate @lang"},
        {"@lang en\ngood 1\n@lang pl\n", -EBADMSG, "t.lex:3: @lang after entries"},
        {"@lang en\ngood 1\n@stemmer none\n", -EBADMSG, "t.lex:3: @stemmer after entries"},
        {"@lang en\n@stemmer none\n@stemmer none\n", -EBADMSG, "t.lex:3: duplicate @stemmer"},
        {"@lang en\n@stemmer snowball:klingon\ngood 1\n", -EBADMSG,
         "t.lex:2: unknown stemmer 'snowball:klingon'"},
        {"@lang emoji\n@stemmer none\n", -EBADMSG,
         "t.lex:2: @stemmer not allowed with @lang emoji"},
        {"@stemmer none\n@lang any\n", -EBADMSG, "t.lex:1: @stemmer not allowed with @lang any"},
        {"@lang emoji\n[negators]\n", -EBADMSG,
         "t.lex:2: section [negators] not allowed with @lang emoji"},
        {"@lang emoji\n: ) 1\n", -EBADMSG, "t.lex:2: expression in the emoji lexicon"},
        {"@lang en\n[negators]\nnot 1\n", -EBADMSG, "t.lex:3: unexpected value in [negators]"},
        {"@lang en\n[contrast]\nbut -1.5\n", -EBADMSG, "t.lex:3: unexpected value in [contrast]"},
        {"@lang en\n*ing 1\n", -EBADMSG, "t.lex:2: suffix pattern outside [negators]"},
        {"@lang en\n[negators]\n*t\n", -EBADMSG,
         "t.lex:3: suffix 't' too short (min 2 characters)"},
        {"@lang en\n[negators]\n*not*\n", -EBADMSG,
         "t.lex:3: term cannot be both a prefix and a suffix pattern"},
        {"@lang en\n[intensifiers]\nsuper* 1\n", -EBADMSG,
         "t.lex:3: prefix entry outside [valence]"},
        {"@lang en\n[negation-prefixes]\nnie 0\n", -EBADMSG,
         "t.lex:3: minimum rest 0 out of range [1, 20]"},
        {"@lang en\n[negation-prefixes]\nnie x\n", -EBADMSG, "t.lex:3: value not a number"},
        {"@lang en\n[negation-prefixes]\nni e 3\n", -EBADMSG,
         "t.lex:3: negation prefix must be one word"},
};

static void test_errors(void **state)
{
	(void)state;
	for (size_t i = 0; i < N(error_cases); i++) {
		const struct error_case *c = &error_cases[i];
		struct es_lexicon *lex = (struct es_lexicon *)&lex; /* must be reset */
		struct es_lex_error err;
		memset(&err, 'x', sizeof err);
		int rc = es_lexicon_load_buffer("t.lex", c->text, strlen(c->text), &lex, &err);
		if (rc != c->rc || strcmp(err.msg, c->msg) != 0)
			fail_msg("case %zu: rc %d msg \"%s\", expected %d \"%s\"", i, rc, err.msg,
			         c->rc, c->msg);
		assert_null(lex);
		/* err.line agrees with the message */
		unsigned line = 0;
		sscanf(c->msg, "t.lex:%u:", &line);
		assert_int_equal(err.line, line);
	}
}

/* Errors that need bytes a C string literal cannot hold, or long lines. */
static void test_errors_built(void **state)
{
	(void)state;
	struct es_lexicon *lex;
	struct es_lex_error err;
	static const char nul[] = "@lang en\ngo\0od 1\n";
	assert_int_equal(es_lexicon_load_buffer("t.lex", nul, sizeof nul - 1, &lex, &err),
	                 -EBADMSG);
	assert_string_equal(err.msg, "t.lex:2: NUL byte");

	/* 1024 bytes is fine, 1025 is not (CR LF not counted). */
	char buf[2048];
	int n = snprintf(buf, sizeof buf, "@lang en\r\n");
	memset(buf + n, ' ', ES_LEX_LINE_MAX - 6);
	memcpy(buf + n + ES_LEX_LINE_MAX - 6, "good 1\r\n", 9);
	assert_int_equal(es_lexicon_load_buffer("t.lex", buf, strlen(buf), &lex, &err), 0);
	es_lexicon_free(lex);
	memset(buf + n, ' ', ES_LEX_LINE_MAX - 5);
	memcpy(buf + n + ES_LEX_LINE_MAX - 5, "good 1\r\n", 9);
	assert_int_equal(es_lexicon_load_buffer("t.lex", buf, strlen(buf), &lex, &err), -E2BIG);
	assert_string_equal(err.msg, "t.lex:2: line too long (over 1024 bytes)");
	assert_int_equal(err.line, 2);

	/* A term of 128 bytes is fine, 129 is not. */
	n = snprintf(buf, sizeof buf, "@lang en\n");
	memset(buf + n, 'a', ES_KEY_MAX);
	memcpy(buf + n + ES_KEY_MAX, " 1\n", 4);
	assert_int_equal(es_lexicon_load_buffer("t.lex", buf, strlen(buf), &lex, &err), 0);
	assert_non_null(es_lexicon_word(lex, ES_LEX_VALENCE, buf + n, ES_KEY_MAX));
	es_lexicon_free(lex);
	memset(buf + n, 'a', ES_KEY_MAX + 1);
	memcpy(buf + n + ES_KEY_MAX + 1, " 1\n", 4);
	assert_int_equal(es_lexicon_load_buffer("t.lex", buf, strlen(buf), &lex, &err), -E2BIG);
	assert_int_equal(strncmp(err.msg, "t.lex:2: term 'aaaa", 19), 0);
	assert_non_null(strstr(err.msg, "' too long (over 128 bytes)"));

	/* A NULL name and a NULL err are allowed. */
	assert_int_equal(es_lexicon_load_buffer(NULL, "x", 1, &lex, &err), -EBADMSG);
	assert_string_equal(err.msg, "<buffer>:1: entry before @lang");
	assert_int_equal(es_lexicon_load_buffer("t.lex", "x", 1, &lex, NULL), -EBADMSG);
	assert_int_equal(es_lexicon_load_buffer("t.lex", NULL, 1, &lex, &err), -EINVAL);
	assert_int_equal(es_lexicon_load_buffer("t.lex", "x", 1, NULL, &err), -EINVAL);
}

/* ------------------------------------------------------------------------ */
/* Text conventions                                                         */

struct accept_case {
	const char *text;
	const char *key; /* a valence key that must be found */
	float value;
};

static const struct accept_case accept_cases[] = {
        {"@lang en\r\ngood 1.5\r\n", "good", 1.5f},
        {"\xEF\xBB\xBF@lang en\ngood 1.5\n", "good", 1.5f},
        {"@lang en\ngood 1.5", "good", 1.5f}, /* no final newline */
        {"@lang en\ngood 1.5   # a note # with #s\n", "good", 1.5f},
        {"@lang en\ngood 1.5 #\n", "good", 1.5f}, /* '#' at the end */
        {"  # indented comment\n@lang en   # comment\n\n \t\ngood\t\t1.5\n", "good", 1.5f},
        {"@lang en\n\\#fail -2\n", "#fail", -2.0f},
        {"@lang en\n\\[x]  0.5\n", "[x]", 0.5f},
        {"@lang en\n\\x 0.5\n", "\\x", 0.5f}, /* only #, @, [ are escaped */
        {"@lang en\nc#s 0.5\n", "c#s", 0.5f}, /* '#' inside a term */
        {"@lang en\n[valence]   # again\ngood +1.5\n", "good", 1.5f},
        {"@lang en\ngood -.5\n", "good", -0.5f},
        {"@lang en\ngood 4\n", "good", 4.0f},
        {"@lang en\ngood -4.000\n", "good", -4.0f},
        {"[valence]\n@lang en\ngood 1.5\n", "good", 1.5f}, /* a section before @lang */
        {"@lang en\n[negators]\nnot\n[valence]\ngood 1.5\n", "good", 1.5f},
        {"@lang en\nGOOD 1.5\n", "good", 1.5f},
        {"@lang en\nÉté 1.5\n", "été", 1.5f},
        {"@lang en\nÉté 1.5\n", "ete", 1.5f},
        {"@lang en\ne\xCC\x81t\xC3\xA9 1.5\n", "été", 1.5f}, /* NFC */
};

static void test_accept(void **state)
{
	(void)state;
	for (size_t i = 0; i < N(accept_cases); i++) {
		const struct accept_case *c = &accept_cases[i];
		struct es_lexicon *lex = NULL;
		struct es_lex_error err;
		int rc = es_lexicon_load_buffer("t.lex", c->text, strlen(c->text), &lex, &err);
		if (rc != 0)
			fail_msg("case %zu: rc %d: %s", i, rc, err.msg);
		const struct es_lex_entry *e =
		        es_lexicon_word(lex, ES_LEX_VALENCE, c->key, strlen(c->key));
		if (!e)
			fail_msg("case %zu: '%s' not found", i, c->key);
		assert_float_equal(e->value, c->value, 1e-6);
		assert_string_equal(es_lexicon_lang(lex), "en");
		es_lexicon_free(lex);
	}
}

/* Values are parsed exactly as a C compiler would round them to float. */
static void test_values(void **state)
{
	(void)state;
	static const struct {
		const char *v;
		float f;
	} cases[] = {
	        {"0.293", 0.293f}, {"-0.74", -0.74f}, {"3.1", 3.1f},          {"0", 0.0f},
	        {"-0", -0.0f},     {"1.", 1.0f},      {"0.000000001", 1e-9f}, {"-3.999", -3.999f},
	};
	char buf[64];
	for (size_t i = 0; i < N(cases); i++) {
		snprintf(buf, sizeof buf, "@lang en\nx %s\n", cases[i].v);
		struct es_lexicon *lex = load(buf);
		assert_true(es_lexicon_word(lex, ES_LEX_VALENCE, "x", 1)->value == cases[i].f);
		es_lexicon_free(lex);
	}
}

/* ------------------------------------------------------------------------ */
/* Emoji lexicon and overlays                                               */

static void test_emoji(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang emoji\n"
	                              "👍      1.8\n"
	                              "❤️      3.0\n"    /* with VS16: key without it */
	                              "👩‍💻    0.5\n" /* ZWJ sequence */
	                              "XD      1.5\n"
	                              "xD      1.4\n"
	                              ":*      2.0\n" /* '*' is literal here */
	                              "*_*     1.0\n"
	                              "\\o/    2.2\n"
	                              "<3      2.5\n"
	                              "[settings]\nalpha = 10\n");
	static const struct {
		const char *key;
		float v; /* 0: not found */
	} cases[] = {
	        {"👍", 1.8f},  {"❤", 3.0f},  {"❤️", 0}, {"👩‍💻", 0.5f},
	        {"👩", 0},     {"XD", 1.5f}, {"xD", 1.4f},  {"xd", 1.5f},
	        {"Xd", 0},    {":*", 2.0f}, {"*_*", 1.0f}, {"\\o/", 2.2f},
	        {"<3", 2.5f}, {":", 0},
	};
	for (size_t i = 0; i < N(cases); i++) {
		const struct es_lex_entry *e =
		        es_lexicon_word(lex, ES_LEX_VALENCE, cases[i].key, strlen(cases[i].key));
		if (cases[i].v == 0) {
			if (e)
				fail_msg("case %zu: '%s' found", i, cases[i].key);
			continue;
		}
		if (!e)
			fail_msg("case %zu: '%s' not found", i, cases[i].key);
		assert_float_equal(e->value, cases[i].v, 1e-6);
	}
	assert_null(es_lexicon_prefix(lex, ":**", 3));
	assert_string_equal(es_lexicon_lang(lex), "emoji");
	assert_string_equal(es_lexicon_stemmer(lex), "none");
	assert_float_equal(es_lexicon_settings(lex)->alpha, 10.0f, 0);
	assert_int_equal(es_lexicon_count(lex, ES_LEX_VALENCE), 9);
	es_lexicon_free(lex);

	/* An emoticon written in lower case beats another's folded form. */
	lex = load("@lang emoji\nXD 1\nxd 2\n");
	assert_float_equal(es_lexicon_word(lex, ES_LEX_VALENCE, "xd", 2)->value, 2.0f, 0);
	assert_float_equal(es_lexicon_word(lex, ES_LEX_VALENCE, "XD", 2)->value, 1.0f, 0);
	es_lexicon_free(lex);
}

/* Overlays: no stemming, default section [valence]. */
static void test_overlay(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang any\nwar zone 0\nwars 0.5\n");
	assert_string_equal(es_lexicon_stemmer(lex), "none");
	assert_null(es_lexicon_word(lex, ES_LEX_VALENCE, "war", 3));
	assert_non_null(es_lexicon_word(lex, ES_LEX_VALENCE, "wars", 4));
	const struct es_lex_entry *const *cand;
	assert_int_equal(es_lexicon_mwe(lex, "war", 3, &cand), 1);
	assert_float_equal(cand[0]->value, 0.0f, 0);
	es_lexicon_free(lex);
}

/* Polish without a stemmer: plain keys carry the diacritic-free spelling. */
static void test_polish_plain(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang pl\n@stemmer none\nzły -2\nŚwietny 3\n");
	assert_string_equal(es_lexicon_stemmer(lex), "none");
	assert_string_equal(es_lexicon_word(lex, ES_LEX_VALENCE, "zly", 3)->term, "zły");
	assert_string_equal(es_lexicon_word(lex, ES_LEX_VALENCE, "swietny", 7)->term, "Świetny");
	assert_string_equal(es_lexicon_word(lex, ES_LEX_VALENCE, "świetny", 8)->term, "Świetny");
	assert_null(es_lexicon_word(lex, ES_LEX_VALENCE, "zla", 3));
	es_lexicon_free(lex);
}

/* The default stemmer of a language comes from stem.h. */
static void test_default_stemmer(void **state)
{
	(void)state;
	struct es_lexicon *lex = load("@lang en\ndisappointed -2\n");
	assert_string_equal(es_lexicon_stemmer(lex), "snowball:english");
	assert_non_null(es_lexicon_word(lex, ES_LEX_VALENCE, "disappoint", 10));
	es_lexicon_free(lex);
}

/* Lookups never allocate (they sit on the per-token hot path). */
static void test_lookups_do_not_allocate(void **state)
{
	const struct es_lexicon *lex = *state;
	const struct es_lex_entry *const *cand;
	alloc_fail_after(-1);
	for (size_t i = 0; i < N(word_cases); i++)
		es_lexicon_word(lex, word_cases[i].cls, word_cases[i].key,
		                strlen(word_cases[i].key));
	for (size_t i = 0; i < N(prefix_cases); i++)
		es_lexicon_prefix(lex, prefix_cases[i].key, strlen(prefix_cases[i].key));
	es_lexicon_mwe(lex, "not", 3, &cand);
	es_lexicon_negation_prefix(lex, "niedobry", 8);
	assert_int_equal(alloc_fail_count(), 0);
	/* …and the counter does count: */
	void *volatile p = malloc(1);
	free(p);
	assert_int_equal(alloc_fail_count(), 1);
}

/* ------------------------------------------------------------------------ */
/* Files and lexicon sets                                                   */

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

/* Remove every file of dir, then dir. */
static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	char path[512];
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		assert_int_equal(unlink(path), 0);
	}
	closedir(d);
	assert_int_equal(rmdir(dir), 0);
}

static char *make_dir(char *tmpl)
{
	const char *base = getenv("TMPDIR");
	snprintf(tmpl, 256, "%s/test_lexicon.XXXXXX", base ? base : "/tmp");
	char *d = mkdtemp(tmpl);
	assert_non_null(d);
	return d;
}

static const char emoji_lex[] = "@lang emoji\n👍 1.8\n:) 2\n";

static void test_file(void **state)
{
	(void)state;
	char tmpl[256];
	char *dir = make_dir(tmpl);
	char path[512];
	write_file(dir, "en.lex", rich);
	snprintf(path, sizeof path, "%s/en.lex", dir);
	struct es_lexicon *lex;
	struct es_lex_error err;
	assert_int_equal(es_lexicon_load_file(path, &lex, &err), 0);
	assert_non_null(es_lexicon_word(lex, ES_LEX_VALENCE, "good", 4));
	es_lexicon_free(lex);

	write_file(dir, "bad.lex", "@lang en\n\ngood 9\n");
	snprintf(path, sizeof path, "%s/bad.lex", dir);
	assert_int_equal(es_lexicon_load_file(path, &lex, &err), -EBADMSG);
	char want[600];
	snprintf(want, sizeof want, "%s:3: valence 9 out of range [-4, 4]", path);
	assert_string_equal(err.msg, want);
	assert_null(lex);

	snprintf(path, sizeof path, "%s/missing.lex", dir);
	assert_int_equal(es_lexicon_load_file(path, &lex, &err), -EIO);
	snprintf(want, sizeof want, "%s: no such file", path);
	assert_string_equal(err.msg, want);
	/* Over 64 MiB (a sparse file: cheap to make) is refused before parsing. */
	snprintf(path, sizeof path, "%s/huge.lex", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(ftruncate(fileno(f), (64l << 20) + 1), 0);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(es_lexicon_load_file(path, &lex, &err), -E2BIG);
	snprintf(want, sizeof want, "%s: file too large (over 64 MiB)", path);
	assert_string_equal(err.msg, want);
	assert_null(lex);
	/* Exactly 64 MiB is read, then fails on its content. */
	assert_int_equal(truncate(path, 64l << 20), 0);
	assert_int_equal(es_lexicon_load_file(path, &lex, &err), -E2BIG);
	snprintf(want, sizeof want, "%s:1: line too long (over 1024 bytes)", path);
	assert_string_equal(err.msg, want);
	assert_int_equal(unlink(path), 0);

	/* A directory is not readable as a file. */
	assert_int_equal(es_lexicon_load_file(dir, &lex, &err), -EIO);
	assert_null(lex);
	remove_dir(dir);
}

static void test_lexset(void **state)
{
	(void)state;
	char tmpl[256];
	char *dir = make_dir(tmpl);
	write_file(dir, "emoji.lex", emoji_lex);
	/* File names need not match their @lang; the set is sorted by code. */
	write_file(dir, "a.lex", "@lang pl\n@stemmer none\nzły -2\n");
	write_file(dir, "b.lex", rich);
	write_file(dir, "overlay.lex", "@lang any\nwar zone 0\n"); /* checked, ignored */
	write_file(dir, "README", "not a lexicon");
	write_file(dir, ".hidden.lex", "garbage");
	write_file(dir, "x.lex.bak", "garbage");
	struct es_lexset *set;
	struct es_lex_error err;
	int rc = es_lexset_load_dir(dir, &set, &err);
	if (rc != 0)
		fail_msg("rc %d: %s", rc, err.msg);
	const char *langs[4] = {NULL};
	assert_int_equal(es_lexset_langs(set, langs, 4), 2);
	assert_string_equal(langs[0], "en");
	assert_string_equal(langs[1], "pl");
	assert_null(langs[2]);
	assert_int_equal(es_lexset_langs(set, langs, 1), 2); /* the count, one written */
	assert_string_equal(es_lexicon_lang(es_lexset_get(set, "pl")), "pl");
	assert_string_equal(es_lexicon_lang(es_lexset_get(set, "en")), "en");
	assert_null(es_lexset_get(set, "de"));
	assert_null(es_lexset_get(set, "pt-BR"));
	assert_null(es_lexset_get(set, "emoji"));
	assert_null(es_lexset_get(set, "any"));
	assert_null(es_lexset_get(set, NULL));
	assert_string_equal(es_lexicon_lang(es_lexset_emoji(set)), "emoji");
	assert_non_null(es_lexicon_word(es_lexset_emoji(set), ES_LEX_VALENCE, ":)", 2));
	assert_non_null(es_lexicon_word(es_lexset_get(set, "pl"), ES_LEX_VALENCE, "zly", 3));
	es_lexset_free(set);
	es_lexset_free(NULL);
	assert_null(es_lexset_get(NULL, "en"));
	assert_null(es_lexset_emoji(NULL));
	assert_int_equal(es_lexset_langs(NULL, langs, 4), 0);

	/* One bad file fails the set, with the file's path in the message. */
	write_file(dir, "c.lex", "@lang de\nschlecht\n");
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -EBADMSG);
	char want[600];
	snprintf(want, sizeof want, "%s/c.lex:2: missing value", dir);
	assert_string_equal(err.msg, want);
	assert_int_equal(err.line, 2);
	assert_null(set);

	/* Two files for one language. */
	write_file(dir, "c.lex", "@lang pl\ndobry 2\n");
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -EBADMSG);
	snprintf(want, sizeof want, "%s/c.lex: a second lexicon for the same @lang", dir);
	assert_string_equal(err.msg, want);

	/* @lang emoji outside emoji.lex, and emoji.lex without it. */
	write_file(dir, "c.lex", "@lang emoji\n:( -2\n");
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -EBADMSG);
	snprintf(want, sizeof want, "%s/c.lex: @lang emoji belongs in emoji.lex", dir);
	assert_string_equal(err.msg, want);
	write_file(dir, "c.lex", "@lang de\n");
	write_file(dir, "emoji.lex", "@lang en\n");
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -EBADMSG);
	snprintf(want, sizeof want, "%s/emoji.lex: emoji.lex must say @lang emoji", dir);
	assert_string_equal(err.msg, want);

	/* No emoji.lex. */
	snprintf(want, sizeof want, "%s/emoji.lex", dir);
	assert_int_equal(unlink(want), 0);
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -ENOENT);
	snprintf(want, sizeof want, "%s: no emoji.lex", dir);
	assert_string_equal(err.msg, want);
	assert_null(set);
	remove_dir(dir);

	/* No directory. */
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -EIO);
	snprintf(want, sizeof want, "%s: no such directory", dir);
	assert_string_equal(err.msg, want);

	/* An empty directory has no emoji.lex either. */
	dir = make_dir(tmpl);
	assert_int_equal(es_lexset_load_dir(dir, &set, &err), -ENOENT);
	remove_dir(dir);
}

/* The product lexicons (ES_LEXICON_DIR, set by meson) must load when present. */
static void test_product_lexicons(void **state)
{
	(void)state;
	const char *dir = getenv("ES_LEXICON_DIR");
	char probe[512];
	if (!dir)
		skip();
	snprintf(probe, sizeof probe, "%s/emoji.lex", dir);
	if (access(probe, R_OK) != 0)
		skip();
	struct es_lexset *set;
	struct es_lex_error err;
	int rc = es_lexset_load_dir(dir, &set, &err);
	if (rc != 0)
		fail_msg("%s: rc %d: %s", dir, rc, err.msg);
	es_lexset_free(set);
}

/* ------------------------------------------------------------------------ */
/* Allocation failure                                                       */

/*
 * Fail allocation 0, 1, 2, … of a load until it succeeds: every failing run
 * must return -ENOMEM with *out NULL; valgrind/ASan check for leaks.
 */
static void test_alloc_fail_buffer(void **state)
{
	(void)state;
	long n;
	for (n = 0;; n++) {
		struct es_lexicon *lex = (struct es_lexicon *)&n;
		struct es_lex_error err;
		alloc_fail_after(n);
		int rc = es_lexicon_load_buffer("t.lex", rich, strlen(rich), &lex, &err);
		int fired = alloc_fail_fired();
		alloc_fail_off();
		if (rc == 0) {
			assert_non_null(es_lexicon_word(lex, ES_LEX_VALENCE, "disappoint", 10));
			es_lexicon_free(lex);
			if (!fired)
				break;
			continue; /* a failure the stemmer tolerated (a cache, say) */
		}
		if (rc != -ENOMEM || !fired)
			fail_msg("allocation %ld: rc %d (%s), fired %d", n, rc, err.msg, fired);
		assert_null(lex);
		assert_string_equal(err.msg, "t.lex: out of memory");
	}
	assert_true(n >= 10); /* the loop did exercise the loader */
}

static void test_alloc_fail_dir(void **state)
{
	(void)state;
	char tmpl[256];
	char *dir = make_dir(tmpl);
	write_file(dir, "emoji.lex", emoji_lex);
	write_file(dir, "en.lex", rich);
	write_file(dir, "pl.lex", "@lang pl\n@stemmer none\nzły -2\n");
	long n;
	for (n = 0;; n++) {
		struct es_lexset *set;
		struct es_lex_error err;
		alloc_fail_after(n);
		int rc = es_lexset_load_dir(dir, &set, &err);
		int fired = alloc_fail_fired();
		alloc_fail_off();
		if (rc == 0) {
			assert_non_null(es_lexset_get(set, "pl"));
			es_lexset_free(set);
			if (!fired)
				break;
			continue;
		}
		if (rc != -ENOMEM || !fired)
			fail_msg("allocation %ld: rc %d (%s)", n, rc, err.msg);
		assert_null(set);
	}
	assert_true(n >= 20);
	remove_dir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_word, setup_rich, teardown_lex),
	        cmocka_unit_test_setup_teardown(test_via, setup_rich, teardown_lex),
	        cmocka_unit_test_setup_teardown(test_word_fields, setup_rich, teardown_lex),
	        cmocka_unit_test_setup_teardown(test_meta, setup_rich, teardown_lex),
	        cmocka_unit_test_setup_teardown(test_prefix, setup_rich, teardown_lex),
	        cmocka_unit_test(test_prefix_boundary),
	        cmocka_unit_test_setup_teardown(test_mwe, setup_rich, teardown_lex),
	        cmocka_unit_test_setup_teardown(test_mwe_tokens, setup_rich, teardown_lex),
	        cmocka_unit_test(test_mwe_plain),
	        cmocka_unit_test_setup_teardown(test_negation_prefix, setup_rich, teardown_lex),
	        cmocka_unit_test(test_negation_prefix_plain),
	        cmocka_unit_test(test_settings_default),
	        cmocka_unit_test(test_settings_all),
	        cmocka_unit_test_setup_teardown(test_settings_rich, setup_rich, teardown_lex),
	        cmocka_unit_test(test_transliterate),
	        cmocka_unit_test(test_errors),
	        cmocka_unit_test(test_errors_built),
	        cmocka_unit_test(test_accept),
	        cmocka_unit_test(test_values),
	        cmocka_unit_test(test_emoji),
	        cmocka_unit_test(test_overlay),
	        cmocka_unit_test(test_polish_plain),
	        cmocka_unit_test(test_default_stemmer),
	        cmocka_unit_test_setup_teardown(test_lookups_do_not_allocate, setup_rich,
	                                        teardown_lex),
	        cmocka_unit_test(test_file),
	        cmocka_unit_test(test_lexset),
	        cmocka_unit_test(test_product_lexicons),
	        cmocka_unit_test(test_alloc_fail_buffer),
	        cmocka_unit_test(test_alloc_fail_dir),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
