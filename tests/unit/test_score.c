/*
 * test_score.c — the scorer's rules, table-driven, on the fixture lexicons in
 * tests/data/lexicons (values chosen for the tests, not the product's).
 *
 * The VADER parity rows use VADER's own constants (B_INCR 0.293, C_INCR
 * 0.733, N_SCALAR -0.74, '!' 0.292, but ×0.5/×1.5, alpha 15): `sum` is the
 * raw valence sum VADER would compute for the text, and the test checks the
 * compound x/sqrt(x²+15) of it. Rows where earshot deliberately differs
 * (position-based contrast, negative concord, clause-bounded negation) say so.
 */
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "earshot/earshot.h"

#include "alloc_fail.h"

struct fixture {
	struct es_lexset *lex;
	struct es_analyzer *an;
	struct es_lexicon *overlay;
};

static const char *data_dir(void)
{
	const char *d = getenv("ES_TEST_DATA");
	return d ? d : "tests/data";
}

static int setup(void **state)
{
	static struct fixture fx;
	char path[512];
	struct es_lex_error err;
	snprintf(path, sizeof path, "%s/lexicons", data_dir());
	if (es_lexset_load_dir(path, &fx.lex, &err) != 0) {
		fprintf(stderr, "fixture lexicons: %s\n", err.msg);
		return -1;
	}
	snprintf(path, sizeof path, "%s/lexicons/overlay-warzone.lex", data_dir());
	/* The overlay lives beside the fixtures but is loaded on its own (@lang any). */
	if (es_lexicon_load_file(path, &fx.overlay, &err) != 0) {
		fprintf(stderr, "overlay: %s\n", err.msg);
		return -1;
	}
	if (es_analyzer_new(fx.lex, NULL, &fx.an) != 0)
		return -1;
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	es_analyzer_free(fx->an);
	es_lexicon_free(fx->overlay);
	es_lexset_free(fx->lex);
	return 0;
}

static double compound_of(double x)
{
	return x / sqrt(x * x + 15.0);
}

static struct es_result analyze(struct fixture *fx, const char *lang, const char *text)
{
	struct es_result r;
	assert_int_equal(es_analyze(fx->an, text, strlen(text), lang, NULL, &r), 0);
	return r;
}

/* ------------------------------------------------------------------------ */

struct sum_case {
	const char *lang;
	const char *text;
	double sum; /* expected raw sum before normalisation */
	uint32_t rules; /* rules that must have fired (subset) */
};

static const struct sum_case sum_cases[] = {
	/* VADER parity: single terms, boosters, negation, caps, '!' */
	{"en", "good", 1.9, 0},
	{"en", "good day", 1.9, 0},
	{"en", "very good", 1.9 + 0.293, ES_RULE_INTENSIFIER},
	{"en", "very nice good", 1.9 + 0.293 * 0.95, ES_RULE_INTENSIFIER},      /* distance 2 */
	{"en", "very nice little good", 1.9 + 0.293 * 0.9, ES_RULE_INTENSIFIER}, /* distance 3 */
	{"en", "very a nice little good", 1.9, 0},                               /* out of reach */
	{"en", "slightly bad", -2.5 + 0.293, ES_RULE_DAMPENER},
	{"en", "kind of good", 1.9 - 0.293, ES_RULE_DAMPENER},
	{"en", "not good", 1.9 * -0.74, ES_RULE_NEGATION},
	{"en", "not very good", (1.9 + 0.293) * -0.74, ES_RULE_NEGATION | ES_RULE_INTENSIFIER},
	{"en", "isn't good", 1.9 * -0.74, ES_RULE_NEGATION}, /* *n't suffix negator */
	{"en", "never really that good", (1.9 + 0.293 * 0.95) * -0.74, ES_RULE_NEGATION | ES_RULE_INTENSIFIER},
	{"en", "bad", -2.5, 0},
	{"en", "not bad", 1.5, ES_RULE_IDIOM},                /* idiom beats negation */
	{"en", "GOOD day", 1.9 + 0.733, ES_RULE_CAPS},        /* caps in mixed-case text */
	{"en", "GOOD DAY", 1.9, 0},                           /* all caps: no differential */
	{"en", "good!", 1.9 + 0.292, ES_RULE_EXCLAIM},
	{"en", "good!!!!!!", 1.9 + 4 * 0.292, ES_RULE_EXCLAIM}, /* at most 4 */
	{"en", "bad!!", -2.5 - 2 * 0.292, ES_RULE_EXCLAIM},     /* emphasis follows the sign */
	{"en", "good??", 1.9 + 2 * 0.18, ES_RULE_QUESTION},
	{"en", "good?????", 1.9 + 0.96, ES_RULE_QUESTION},
	{"en", "good?", 1.9, 0}, /* a single '?' adds nothing */
	{"en", "good but bad", 1.9 * 0.5 + -2.5 * 1.5, ES_RULE_CONTRAST_BEFORE | ES_RULE_CONTRAST_AFTER},
	/* Double negation: English flips twice (VADER's behaviour, standard English). */
	{"en", "not never good", 1.9 * -0.74 * -0.74, ES_RULE_DOUBLE_NEGATION},
	/* Stems, prefixes, idioms. */
	{"en", "disappointing", -2.0, ES_RULE_STEM},
	{"en", "terribly", -3.0, ES_RULE_PREFIX_ENTRY},
	{"en", "a waste of money", -2.8, ES_RULE_IDIOM},
	{"en", "no problem", 1.2, ES_RULE_IDIOM},
	/* A booster with a valence of its own: boosts when it can, else counts itself. */
	{"en", "super good", 1.9 + 0.4, ES_RULE_INTENSIFIER},
	{"en", "that was super.", 2.5, 0},
	{"en", "super zone", 2.5, 0}, /* a zero guard entry is nothing to boost */
	/* Elongation: squeezed to find the word, then emphasised. */
	{"en", "gooood", 1.9 + 0.293, ES_RULE_ELONGATION},
	{"en", "sooo good", 1.9 + 0.293, ES_RULE_INTENSIFIER},
	/* Clause boundaries stop negation (VADER would negate across the '.'). */
	{"en", "not now. good", 1.9, 0},
	{"en", "not now, good", 1.9, 0}, /* a comma ends it too */
	/* Emoji and emoticons, with skin tones folded and ZWJ fallback. */
	{"en", "good 😡", 1.9 - 3.0, ES_RULE_EMOJI},
	{"en", "👍🏽", 1.8, ES_RULE_EMOJI},
	{"en", "❤️", 3.0, ES_RULE_EMOJI},
	{"en", "👨‍💻", 0.5, ES_RULE_EMOJI},
	{"en", "ok :(", -2.0, ES_RULE_EMOTICON},
	{"en", "<3", 2.5, ES_RULE_EMOTICON},
	/* Hashtags: split at case changes; a negator part flips the next. */
	{"en", "#GreatService", 3.1, ES_RULE_HASHTAG},
	{"en", "#NotGood", 1.9 * -0.74, ES_RULE_HASHTAG},
	{"en", "#EpicFail", -2.5, ES_RULE_HASHTAG},        /* the whole tag is an entry: not epic+fail */
	{"pl", "#NieZły", -2.0 * -0.4, ES_RULE_HASHTAG},   /* a negated negative uses its own scalar */
	{"en", "#WasteOfMoney", -2.8, ES_RULE_HASHTAG | ES_RULE_IDIOM}, /* expressions inside tags */
	{"en", ":)))", 2.0, ES_RULE_EMOTICON},                          /* repeated emoticon */
	{"en", "not :( good", 1.9 - 2.0, ES_RULE_EMOTICON},             /* an emoticon ends the negation scope */
	/* Polish: negative concord, prefix negation, accent folding, prefix entries. */
	{"pl", "dobry", 2.0, 0},
	{"pl", "nie dobry", 2.0 * -0.74, ES_RULE_NEGATION},
	{"pl", "nigdy nie dobry", 2.0 * -0.74, ES_RULE_DOUBLE_NEGATION}, /* concord: once */
	{"pl", "niedobry", 2.0 * -0.74, ES_RULE_PREFIX_NEGATION},
	{"pl", "zly", -2.0, 0},                  /* the entry is also stored under its plain key */
	{"pl", "fajný", 1.8, ES_RULE_UNACCENT},  /* a stray diacritic meets the plain entry */
	{"pl", "ZŁY dzień", -2.0 - 0.733, ES_RULE_CAPS},
	{"pl", "beznadziejna obsługa", -2.5, ES_RULE_PREFIX_ENTRY},
	{"pl", "nie polecam", -2.2, ES_RULE_IDIOM},
	/* Concord: a word or expression that carries its own negation is not negated again. */
	{"pl", "nigdy niedobry", 2.0 * -0.74, ES_RULE_PREFIX_NEGATION | ES_RULE_DOUBLE_NEGATION},
	{"pl", "nigdy nie polecam", -2.2, ES_RULE_IDIOM | ES_RULE_DOUBLE_NEGATION},
	/* Elision: the word after an apostrophed article is looked up alone. */
	{"it", "l'amore", 2.5, 0},
	{"it", "un'esperienza pessima, dell'amore", 2.5, 0}, /* "pessima" is not listed: only amore */
	{"it", "l’amore", 2.5, 0},                          /* typographic apostrophe */
	{"it", "n'amore", 0, 0},                            /* n' is French ne: not elided */
	/* A function word typed with different accents is another word. */
	{"pl", "nié dobry", 2.0, 0},
	{"pl", "NIE dobry", 2.0 * -0.74 - 0.0, ES_RULE_NEGATION},
	{"pl", "bardzo dobry ale zły", (2.0 + 0.293) * 0.5 + -2.0 * 1.5,
	 ES_RULE_INTENSIFIER | ES_RULE_CONTRAST_AFTER},
	{"pl", "nie", 0, 0}, /* a negator alone scores nothing: not a short word as prefix */
};

static void test_sums(void **state)
{
	struct fixture *fx = *state;
	for (size_t i = 0; i < sizeof sum_cases / sizeof *sum_cases; i++) {
		const struct sum_case *c = &sum_cases[i];
		struct es_result r = analyze(fx, c->lang, c->text);
		double want = compound_of(c->sum);
		if (fabs(r.compound - want) > 1e-4 || (r.rules & c->rules) != c->rules) {
			fail_msg("case %zu \"%s\": compound %.4f rules %#x, want %.4f (sum %.4f) rules %#x",
			         i, c->text, r.compound, r.rules, want, c->sum, c->rules);
		}
	}
}

/* Contrast is position-based: VADER's value lookup mis-places repeated equal
 * valences; here each term is weighted by where it stands. */
static void test_contrast_positions(void **state)
{
	struct fixture *fx = *state;
	struct es_result r = analyze(fx, "en", "good good but good");
	double want = compound_of(1.9 * 0.5 * 2 + 1.9 * 1.5);
	assert_float_equal(r.compound, want, 1e-4);
	assert_int_equal(r.n_terms, 3);
	assert_float_equal(r.terms[0].adjusted, 0.95, 1e-4);
	assert_float_equal(r.terms[1].adjusted, 0.95, 1e-4);
	assert_float_equal(r.terms[2].adjusted, 2.85, 1e-4);
}

static void test_shares_and_labels(void **state)
{
	struct fixture *fx = *state;
	/* VADER: "good day" → pos 0.744, neu 0.256. */
	struct es_result r = analyze(fx, "en", "good day");
	assert_float_equal(r.pos, 2.9 / 3.9, 1e-3);
	assert_float_equal(r.neu, 1.0 / 3.9, 1e-3);
	assert_float_equal(r.neg, 0, 1e-9);
	assert_false(signbit(r.neg)); /* not -0: printed as "-0.000" otherwise */
	assert_int_equal(r.label, ES_LABEL_POS);
	r = analyze(fx, "en", "bad day");
	assert_int_equal(r.label, ES_LABEL_NEG);
	r = analyze(fx, "en", "the day");
	assert_int_equal(r.label, ES_LABEL_NEU);
	assert_float_equal(r.compound, 0, 1e-9);
	assert_float_equal(r.neu, 1, 1e-9);
	assert_int_equal(r.n_hits, 0);
}

static void test_unscored(void **state)
{
	struct fixture *fx = *state;
	/* A language without a lexicon is unscored, not neutral. */
	struct es_result r = analyze(fx, "xx", "good good good");
	assert_int_equal(r.label, ES_LABEL_UNSCORED);
	assert_string_equal(r.lang, "xx");
	/* No language and no language model: unscored, "und". */
	r = analyze(fx, NULL, "good");
	assert_int_equal(r.label, ES_LABEL_UNSCORED);
	assert_string_equal(r.lang, "und");
	/* Hashtags are words too: in an unknown language they are unscored. */
	r = analyze(fx, "xx", "#fail #worst");
	assert_int_equal(r.label, ES_LABEL_UNSCORED);
	/* Emoji only need no language. */
	r = analyze(fx, NULL, "😡😡");
	assert_int_equal(r.label, ES_LABEL_NEG);
	/* Region subtags are cut and case is ignored. */
	r = analyze(fx, "EN-gb", "good");
	assert_string_equal(r.lang, "en");
	assert_int_equal(r.label, ES_LABEL_POS);
}

static void test_overlay(void **state)
{
	struct fixture *fx = *state;
	struct es_result r;
	const char *t = "the new War Zone is here";
	assert_int_equal(es_analyze(fx->an, t, strlen(t), "en", NULL, &r), 0);
	assert_int_equal(r.label, ES_LABEL_NEG); /* the shared lexicon: "war zone" -1.0 */
	assert_int_equal(es_analyze(fx->an, t, strlen(t), "en", fx->overlay, &r), 0);
	assert_int_equal(r.label, ES_LABEL_NEU); /* the brand's overlay neutralises it */
	assert_true(r.rules & ES_RULE_OVERLAY);
	/* The shared lexicon is unchanged afterwards. */
	assert_int_equal(es_analyze(fx->an, t, strlen(t), "en", NULL, &r), 0);
	assert_int_equal(r.label, ES_LABEL_NEG);
}

static void test_explanation(void **state)
{
	struct fixture *fx = *state;
	const char *t = "not very good, but I love it";
	struct es_result r;
	assert_int_equal(es_analyze(fx->an, t, strlen(t), "en", NULL, &r), 0);
	assert_int_equal(r.n_terms, 2);
	assert_int_equal(r.n_hits, 2);
	assert_int_equal(r.terms[0].len, 4);
	assert_memory_equal(r.terms[0].ptr, "good", 4);
	assert_string_equal(r.terms[0].entry->term, "good");
	assert_true(r.terms[0].rules & ES_RULE_NEGATION);
	assert_true(r.terms[0].rules & ES_RULE_INTENSIFIER);
	assert_true(r.terms[0].rules & ES_RULE_CONTRAST_BEFORE);
	assert_float_equal(r.terms[0].adjusted, (1.9 + 0.293) * -0.74 * 0.5, 1e-4);
	assert_memory_equal(r.terms[1].ptr, "love", 4);
	assert_true(r.terms[1].rules & ES_RULE_CONTRAST_AFTER);
	/* An idiom's term spans all its tokens. */
	t = "what a waste of money";
	assert_int_equal(es_analyze(fx->an, t, strlen(t), "en", NULL, &r), 0);
	assert_int_equal(r.n_terms, 1);
	assert_int_equal(r.terms[0].len, strlen("waste of money"));
	for (unsigned b = 0; b < ES_RULE_COUNT; b++)
		assert_string_not_equal(es_rule_name(b), "?");
	assert_string_equal(es_label_name(ES_LABEL_UNSCORED), "unscored");
}

static void test_hostile_input(void **state)
{
	struct fixture *fx = *state;
	struct es_result r;
	assert_int_equal(es_analyze(fx->an, NULL, 0, "en", NULL, &r), 0);
	assert_int_equal(r.label, ES_LABEL_NEU);
	assert_int_equal(es_analyze(fx->an, NULL, 5, "en", NULL, &r), -EINVAL);
	assert_int_equal(es_analyze(NULL, "x", 1, "en", NULL, &r), -EINVAL);
	static const char bad[] = "good \xff\xfe \xc3 bad\x00 \xe2\x82 great";
	assert_int_equal(es_analyze(fx->an, bad, sizeof bad - 1, "en", NULL, &r), 0);
	assert_int_equal(r.n_hits, 3);

	/* 1 MB of text: analysed up to ES_TOKENS_MAX tokens, without a crash. */
	size_t big = 1u << 20;
	char *text = malloc(big);
	assert_non_null(text);
	for (size_t i = 0; i < big; i++)
		text[i] = "good bad "[i % 9];
	assert_int_equal(es_analyze(fx->an, text, big, "en", NULL, &r), 0);
	assert_int_equal(r.n_tokens, ES_TOKENS_MAX);
	assert_int_equal(r.n_terms, ES_TERMS_MAX);
	assert_true(r.n_hits > ES_TERMS_MAX);
	/* A word longer than any key is not looked up, and the words around it are
	 * (this used to corrupt the key arena and read stale keys). */
	char long_post[400];
	int lp = snprintf(long_post, sizeof long_post, "good ");
	for (int k = 0; k < 70; k++)
		lp += snprintf(long_post + lp, sizeof long_post - (size_t)lp, "ha");
	snprintf(long_post + lp, sizeof long_post - (size_t)lp, " great");
	assert_int_equal(es_analyze(fx->an, long_post, strlen(long_post), "en", NULL, &r), 0);
	assert_int_equal(r.n_hits, 2);
	assert_float_equal(r.compound, compound_of(1.9 + 3.1), 1e-4);
	memmove(long_post, long_post + 5, strlen(long_post + 5) + 1); /* the long word first */
	assert_int_equal(es_analyze(fx->an, long_post, strlen(long_post), "en", NULL, &r), 0);
	assert_int_equal(r.n_hits, 1);
	assert_float_equal(r.compound, compound_of(3.1), 1e-4);
	/* A single 1 MB word: longer than any key, so simply not found. */
	memset(text, 'a', big);
	assert_int_equal(es_analyze(fx->an, text, big, "en", NULL, &r), 0);
	assert_int_equal(r.n_hits, 0);
	free(text);
}

/* Text of `reps` copies of `unit`, NUL-terminated; the caller frees it. */
static char *repeat(const char *unit, size_t reps, size_t *len)
{
	size_t ul = strlen(unit);
	char *t = malloc(ul * reps + 1);
	assert_non_null(t);
	for (size_t i = 0; i < reps; i++)
		memcpy(t + i * ul, unit, ul);
	t[ul * reps] = '\0';
	*len = ul * reps;
	return t;
}

/*
 * Words that are not lower-case ASCII get their keys in the analyzer's arena
 * (16 KB at first, 256 bytes a word): a long post of such words makes it grow,
 * and every word is still found.
 */
static void test_arena_growth(void **state)
{
	struct fixture *fx = *state;
	struct es_result r;
	size_t len;
	char *text = repeat("Good BAD good ", 1u << 17, &len); /* 1.8 MB, 3 words a unit */
	assert_int_equal(es_analyze(fx->an, text, len, "en", NULL, &r), 0);
	assert_int_equal(r.n_tokens, ES_TOKENS_MAX);
	assert_int_equal(r.n_hits, ES_TOKENS_MAX);
	free(text);
}

/*
 * When the arena cannot grow, the words that need a copied key after that
 * point go without one (not found, never a stale key from an earlier post);
 * the words before it, and lower-case ASCII words keyed in place, are found.
 */
static void test_arena_failure(void **state)
{
	(void)state;
	struct es_lexset *lex;
	struct es_analyzer *an;
	struct es_lex_error err;
	char path[512];
	snprintf(path, sizeof path, "%s/lexicons", data_dir());
	assert_int_equal(es_lexset_load_dir(path, &lex, &err), 0);
	assert_int_equal(es_analyzer_new(lex, NULL, &an), 0);
	struct es_result r;
	size_t len;
	/* a first post in the language, so its memo exists before the failure is armed */
	assert_int_equal(es_analyze(an, "Good", 4, "en", NULL, &r), 0);
	assert_int_equal(r.n_hits, 1);
	/*
	 * A unit is "Good", a 124-letter word no lexicon has, and "good": 128
	 * bytes of copied keys (256 reserved for each word before its length is
	 * known). 126 units fill the first 16 KB but for 256 bytes; the 127th
	 * unit's "Good" still fits, its long word needs the arena to grow — the
	 * next allocation, which fails. So 127 "Good" and all 150 "good" are found.
	 */
	char unit[160] = "Good ";
	for (int k = 0; k < 124; k++)
		unit[5 + k] = k == 0 ? 'Z' : "zqxjvkwz"[k % 8];
	snprintf(unit + 129, sizeof unit - 129, " good ");
	char *text = repeat(unit, 150, &len);
	alloc_fail_after(0);
	assert_int_equal(es_analyze(an, text, len, "en", NULL, &r), 0);
	assert_true(alloc_fail_fired());
	alloc_fail_off();
	assert_int_equal(r.n_tokens, 450);
	assert_int_equal(r.n_hits, 127 + 150);
	/* the next post grows the arena and finds every word again */
	assert_int_equal(es_analyze(an, text, len, "en", NULL, &r), 0);
	assert_int_equal(r.n_hits, 300);
	free(text);
	es_analyzer_free(an);
	es_lexset_free(lex);
}

/* The per-language word cache must not change answers: score a stream of
 * distinct words far beyond its capacity, then the cases again. */
static void test_cache_churn(void **state)
{
	struct fixture *fx = *state;
	char word[32];
	struct es_result r;
	for (unsigned i = 0; i < 20000; i++) {
		int n = snprintf(word, sizeof word, "w%ugood", i);
		assert_int_equal(es_analyze(fx->an, word, (size_t)n, "en", NULL, &r), 0);
	}
	test_sums(state);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sums),
		cmocka_unit_test(test_contrast_positions),
		cmocka_unit_test(test_shares_and_labels),
		cmocka_unit_test(test_unscored),
		cmocka_unit_test(test_overlay),
		cmocka_unit_test(test_explanation),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_cache_churn),
		cmocka_unit_test(test_arena_growth),
		cmocka_unit_test(test_arena_failure),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
