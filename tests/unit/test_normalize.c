/*
 * test_normalize.c — table-driven tests for normalize.h: case folding and
 * NFC in several scripts, accent folding of every letter the header and the
 * lexicons rely on, squeezing, emoji keys, hashtag splitting, exact -E2BIG
 * behaviour at every too-small capacity (with a guard that nothing is written
 * past cap) and -EILSEQ for malformed UTF-8.
 *
 * It does not test speed; that lives in bench/.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "earshot/normalize.h"

#define F  ES_NORM_FOLD
#define FU (ES_NORM_FOLD | ES_NORM_UNACCENT)
#define U  ES_NORM_UNACCENT

#define GUARD 0x5A

struct key_case {
	const char *in;
	unsigned flags;
	const char *want;
};

static const struct key_case key_cases[] = {
        /* ASCII */
        {"Hello", F, "hello"},
        {"HELLO World", F, "hello world"},
        {"Hello", 0, "Hello"},
        {"Hello", U, "Hello"},
        {"", F, ""},
        {"abc123!?", FU, "abc123!?"},
        /* Latin with diacritics, fold keeps them */
        {"ŻÓŁĆ", F, "żółć"},
        {"Żółć", FU, "zolc"},
        {"Łódź", U, "Lodz"},
        {"ŻÓŁĆ", 0, "ŻÓŁĆ"},
        {"Straße", F, "strasse"},
        {"STRASSE", F, "strasse"},
        {"\xE1\xBA\x9E", F, "ss"}, /* U+1E9E capital sharp s */
        {"ß", U, "ss"},
        /* Greek, final sigma, tonos, dialytika */
        {"ΣΟΦΙΑ", F, "σοφια"},
        {"οδός", F, "οδόσ"},
        {"ΟΔΟΣ", F, "οδοσ"},
        {"οδός", FU, "οδοσ"},
        {"Ευχαριστώ", FU, "ευχαριστω"},
        {"Ευχαριστώ", F, "ευχαριστώ"},
        {"ά", FU, "α"},
        {"ΐ", FU, "ι"},
        {"Ϊ", FU, "ι"},
        {"ΰ", FU, "υ"},
        /* Cyrillic */
        {"ПРИВЕТ", F, "привет"},
        {"Ёлка", F, "ёлка"},
        {"Ёлка", FU, "елка"},
        {"ДОБРИЙ", F, "добрий"},
        /* Turkish dotless and dotted i (language-independent folding) */
        {"ılık", F, "ılık"},
        {"ılık", FU, "ilik"},
        {"IŞIK", F, "işik"},
        {"İstanbul", F, "i\xCC\x87stanbul"},
        {"İstanbul", FU, "istanbul"},
        /* NFC composition of decomposed input */
        {"e\xCC\x81", 0, "é"},
        {"e\xCC\x81", F, "é"},
        {"E\xCC\x81", F, "é"},
        {"e\xCC\x81", FU, "e"},
        {"A\xCC\x8A", 0, "Å"},
        {"s\xCC\xA7", 0, "ş"},
        {"\xE1\x84\x80\xE1\x85\xA1", 0, "가"}, /* Hangul jamo compose */
        {"a\xCC\xA3\xCC\x82", 0, "ậ"},         /* marks in canonical order */
        {"a\xCC\x82\xCC\xA3", 0, "ậ"},         /* marks out of order: reordered */
        /* letters without decomposition */
        {"ł", FU, "l"},
        {"Ł", FU, "l"},
        {"đ", FU, "d"},
        {"Đ", FU, "d"},
        {"ø", FU, "o"},
        {"Ø", FU, "o"},
        {"ǿ", FU, "o"},
        {"ħ", FU, "h"},
        {"ı", FU, "i"},
        {"ŀ", FU, "l"},
        {"Ŀ", FU, "l"},
        {"þ", FU, "th"},
        {"Þ", FU, "th"},
        {"æ", FU, "ae"},
        {"Æ", FU, "ae"},
        {"œ", FU, "oe"},
        {"Œ", FU, "oe"},
        {"ð", FU, "d"},
        {"paella·ŀl", FU, "paella·ll"},
        /* Romanian: cedilla and comma below both fold */
        {"ş", FU, "s"},
        {"ș", FU, "s"},
        {"Ş", FU, "s"},
        {"Ș", FU, "s"},
        {"ţ", FU, "t"},
        {"ț", FU, "t"},
        {"Ţ", FU, "t"},
        {"Ț", FU, "t"},
        {"sunt bucuroşi", FU, "sunt bucurosi"},
        {"mulțumesc", FU, "multumesc"},
        /* Polish */
        {"ąęćńóśźż", FU, "aecnoszz"},
        {"ĄĘĆŃÓŚŹŻ", FU, "aecnoszz"},
        {"źle", FU, "zle"},
        {"świetny", FU, "swietny"},
        /* Slovak / Czech */
        {"äčďéíĺľňôŕšťúýžřůě", FU, "acdeillnorstuyzrue"},
        {"ÄČĎÉÍĹĽŇÔŔŠŤÚÝŽŘŮĚ", FU, "acdeillnorstuyzrue"},
        {"príšerne", FU, "priserne"},
        {"děkuji", FU, "dekuji"},
        /* others */
        {"Ça Va", FU, "ca va"},
        {"naïve", FU, "naive"},
        {"São", FU, "sao"},
        {"Việt", FU, "viet"},
        {"ﬁne", F, "fine"}, /* ligature case-folds to f+i */
        /* scripts without case pass through */
        {"日本語", FU, "日本語"},
        {"שלום", FU, "שלום"},
        {"👍", FU, "👍"},
};

/* Run one case with a guard-filled buffer, exact cap, and every smaller cap. */
static void check_key(const struct key_case *c)
{
	char out[ES_KEY_MAX * 4];
	size_t want_len = strlen(c->want);
	int rc;

	memset(out, GUARD, sizeof out);
	rc = es_norm_key(c->in, strlen(c->in), c->flags, out, sizeof out);
	if (rc != (int)want_len || memcmp(out, c->want, want_len) != 0)
		fail_msg("es_norm_key(\"%s\", %u) = %d \"%.*s\", want \"%s\"", c->in, c->flags, rc,
		         rc > 0 ? rc : 0, out, c->want);
	for (size_t cap = 0; cap <= want_len; cap++) {
		memset(out, GUARD, sizeof out);
		rc = es_norm_key(c->in, strlen(c->in), c->flags, out, cap);
		if (cap < want_len) {
			if (rc != -E2BIG)
				fail_msg("\"%s\" cap %zu: rc %d, want -E2BIG", c->in, cap, rc);
		} else {
			assert_int_equal(rc, (int)want_len);
			assert_memory_equal(out, c->want, want_len);
		}
		for (size_t i = cap; i < sizeof out; i++)
			if ((unsigned char)out[i] != GUARD)
				fail_msg("\"%s\" cap %zu: byte %zu written past cap", c->in, cap,
				         i);
	}
}

static void test_key_table(void **state)
{
	for (size_t i = 0; i < sizeof key_cases / sizeof key_cases[0]; i++)
		check_key(&key_cases[i]);
}

/* A key is idempotent: folding a folded key gives the same bytes. */
static void test_key_idempotent(void **state)
{
	for (size_t i = 0; i < sizeof key_cases / sizeof key_cases[0]; i++) {
		const struct key_case *c = &key_cases[i];
		char once[ES_KEY_MAX * 4], twice[ES_KEY_MAX * 4];
		int a = es_norm_key(c->in, strlen(c->in), c->flags, once, sizeof once);
		assert_true(a >= 0);
		int b = es_norm_key(once, (size_t)a, c->flags, twice, sizeof twice);
		assert_int_equal(a, b);
		assert_memory_equal(once, twice, (size_t)a);
	}
}

static void test_key_invalid(void **state)
{
	static const char *const bad[] = {
	        "\xC3",             /* truncated 2-byte */
	        "\xC3\x28",         /* bad continuation */
	        "\x80",             /* lone continuation */
	        "ok\x80",           /* after ASCII */
	        "\xC0\xAF",         /* overlong '/' */
	        "\xE0\x80\xAF",     /* overlong 3-byte */
	        "\xED\xA0\x80",     /* UTF-16 surrogate */
	        "\xF4\x90\x80\x80", /* above U+10FFFF */
	        "\xF5\x80\x80\x80", /* invalid lead */
	        "\xFF",
	        "żó\xFF",
	        "abc\xE2\x82", /* truncated at end */
	};
	char out[64];

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		size_t len = strlen(bad[i]);
		for (unsigned fl = 0; fl <= FU; fl++) {
			assert_int_equal(es_norm_key(bad[i], len, fl, out, sizeof out), -EILSEQ);
			/* invalid input is reported even when the buffer is also too small */
			assert_int_equal(es_norm_key(bad[i], len, fl, out, 0), -EILSEQ);
		}
	}
}

/* Embedded NUL is valid UTF-8 and passes through. */
static void test_key_nul(void **state)
{
	char out[8];
	assert_int_equal(es_norm_key("A\0B", 3, F, out, sizeof out), 3);
	assert_memory_equal(out, "a\0b", 3);
	assert_int_equal(es_norm_key("Ż\0", 3, F, out, sizeof out), 3);
	assert_memory_equal(out, "ż\0", 3);
}

/*
 * Long input. Latin/Greek/Cyrillic takes the table path and has no limit but
 * cap; other scripts go through the general path, whose decomposed form is
 * limited to 4 * ES_KEY_MAX code points (documented in normalize.c).
 */
static void test_key_long(void **state)
{
	static char in[4096], out[8192];
	size_t n = 0;

	while (n + 2 <= sizeof in) {
		memcpy(in + n, "Ż", 2);
		n += 2;
	}
	assert_int_equal(es_norm_key(in, n, F, out, sizeof out), (int)n);
	assert_memory_equal(out, "żż", 4);
	assert_int_equal(es_norm_key(in, n, F, out, ES_KEY_MAX), -E2BIG);
	assert_int_equal(es_norm_key(in, ES_KEY_MAX, F, out, ES_KEY_MAX), ES_KEY_MAX);
	assert_int_equal(es_norm_key(in, ES_KEY_MAX, FU, out, ES_KEY_MAX), ES_KEY_MAX / 2);
	assert_int_equal(out[0], 'z');

	/* 1365 CJK code points: over the general path's limit whatever cap is */
	n = 0;
	while (n + 3 <= sizeof in) {
		memcpy(in + n, "日", 3);
		n += 3;
	}
	assert_int_equal(es_norm_key(in, n, F, out, sizeof out), -E2BIG);
	/* 4 * ES_KEY_MAX code points exactly still work */
	assert_int_equal(es_norm_key(in, 3 * 4 * ES_KEY_MAX, F, out, sizeof out),
	                 3 * 4 * ES_KEY_MAX);
	assert_int_equal(es_norm_key(in, 3 * (4 * ES_KEY_MAX + 1), F, out, sizeof out), -E2BIG);
	/* an invalid byte at the very end is still found */
	in[n - 1] = (char)0xFF;
	assert_int_equal(es_norm_key(in, n, F, out, 4), -EILSEQ);
}

/*
 * Oracle for the Latin/Greek/Cyrillic table: "日" is outside the table, so
 * "日" + x goes through the general utf8proc path, and since 日 neither
 * folds nor composes, key("日" + x) = "日" + key(x). Checks every code point
 * U+0080..U+04FF alone, a stride of pairs (the generator checked all pairs)
 * and both flag sets.
 */
static int key_general(const char *x, size_t xl, unsigned flags, char *out, size_t cap)
{
	char in[64], tmp[256];
	assert_true(xl + 3 <= sizeof in);
	memcpy(in, "日", 3);
	memcpy(in + 3, x, xl);
	int r = es_norm_key(in, xl + 3, flags, tmp, sizeof tmp);
	if (r < 0)
		return r;
	assert_true(r >= 3 && memcmp(tmp, "日", 3) == 0);
	assert_true((size_t)(r - 3) <= cap);
	memcpy(out, tmp + 3, (size_t)(r - 3));
	return r - 3;
}

static size_t enc2(unsigned cp, char *b)
{
	if (cp < 0x80) {
		b[0] = (char)cp;
		return 1;
	}
	b[0] = (char)(0xC0u | (cp >> 6));
	b[1] = (char)(0x80u | (cp & 0x3Fu));
	return 2;
}

static void check_same(const char *x, size_t xl, unsigned flags)
{
	char a[64], b[64];
	int ra = es_norm_key(x, xl, flags, a, sizeof a);
	int rb = key_general(x, xl, flags, b, sizeof b);
	if (ra != rb || (ra > 0 && memcmp(a, b, (size_t)ra) != 0))
		fail_msg("flags %u: table and general path differ on \"%.*s\" (%d vs %d)", flags,
		         (int)xl, x, ra, rb);
}

static void test_key_table_path(void **state)
{
	static const unsigned flags[] = {F, FU};
	char x[8];

	for (unsigned cp = 0x80; cp < 0x500; cp++)
		for (size_t f = 0; f < 2; f++)
			check_same(x, enc2(cp, x), flags[f]);
	for (unsigned a = 0x30; a < 0x500; a++)
		for (unsigned b = 0x30 + a % 13; b < 0x500; b += 13)
			for (size_t f = 0; f < 2; f++) {
				size_t l = enc2(a, x);
				l += enc2(b, x + l);
				check_same(x, l, flags[f]);
			}
	static const char *const words[] = {
	        "Zażółć", "GĘŚLĄ", "JAŹŃ", "Příliš", "žluťoučký", "kůň", "Ευχαριστώ", "ΐΰ", "ΑΘΗΝΑ",
	        "Съешь",  "ЁЛКА",  "їжак", "Straße", "ŉ",         "İı",  "Ǆemal",     "ǈ",  "ǰ",
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		for (size_t f = 0; f < 2; f++)
			check_same(words[i], strlen(words[i]), flags[f]);
}

struct squeeze_case {
	const char *in;
	unsigned max_run;
	const char *want;
};

static const struct squeeze_case squeeze_cases[] = {
        {"gooood", 2, "good"},
        {"gooood", 1, "god"},
        {"good", 2, "good"},
        {"good", 1, "god"},
        {"", 1, ""},
        {"a", 1, "a"},
        {"abc", 1, "abc"},
        {"aaabbbccc", 1, "abc"},
        {"aaabbbccc", 2, "aabbcc"},
        {"aaabbbccc", 3, "aaabbbccc"},
        {"ąąą", 1, "ą"},
        {"ąąą", 2, "ąą"},
        {"ąąąaaa", 1, "ąa"},
        {"ąaą", 1, "ąaą"},
        {"superrrr", 2, "superr"},
        {"cudownyyyy", 1, "cudowny"},
        {"😂😂😂😂", 2, "😂😂"},
        {"ααααα", 1, "α"},
        {"zzz", 0, "z"}, /* max_run 0 is treated as 1 */
        /* é (C3 A9) then è (C3 A8): same lead byte, different code points */
        {"éèéè", 1, "éèéè"},
};

/* Elongations (three or more) become two or one as the mask says; doubles stay. */
static void test_unelongate(void **state)
{
	static const struct {
		const char *in;
		uint32_t mask;
		const char *want;
		int runs;
	} cases[] = {
	        {"happyyy", 0, "happyy", 1},
	        {"happyyy", 1, "happy", 1},
	        {"poooorra", 1, "porra", 1},
	        {"poooorra", 0, "poorra", 1},
	        {"happpyyy", 1, "hapyy", 2},
	        {"happpyyy", 2, "happy", 2},
	        {"happpyyy", 3, "hapy", 2},
	        {"good", 1, "good", 0},
	        {"", 1, "", 0},
	        {"ąąąaa", 1, "ąaa", 1},
	        {"😂😂😂😂", 0, "😂😂", 1},
	        {"éèéè", 1, "éèéè", 0},
	        {"aaabbbccc", 5, "abbc", 3},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char out[64];
		size_t len = strlen(cases[i].in), want = strlen(cases[i].want);
		assert_int_equal(es_norm_elongations(cases[i].in, len), cases[i].runs);
		int rc = es_norm_unelongate(cases[i].in, len, cases[i].mask, out, sizeof out);
		if (rc != (int)want || memcmp(out, cases[i].want, want) != 0)
			fail_msg("unelongate(\"%s\", %u) = %d \"%.*s\", want \"%s\"", cases[i].in,
			         (unsigned)cases[i].mask, rc, rc > 0 ? rc : 0, out, cases[i].want);
		if (want > 0)
			assert_int_equal(es_norm_unelongate(cases[i].in, len, cases[i].mask, out,
			                                    want - 1),
			                 -E2BIG);
	}
}

static void test_squeeze_table(void **state)
{
	for (size_t i = 0; i < sizeof squeeze_cases / sizeof squeeze_cases[0]; i++) {
		const struct squeeze_case *c = &squeeze_cases[i];
		size_t want_len = strlen(c->want);
		char out[64];
		for (size_t cap = 0; cap <= want_len; cap++) {
			memset(out, GUARD, sizeof out);
			int rc = es_norm_squeeze(c->in, strlen(c->in), c->max_run, out, cap);
			if (cap < want_len) {
				if (rc != -E2BIG)
					fail_msg("squeeze \"%s\" cap %zu: %d", c->in, cap, rc);
			} else if (rc != (int)want_len || memcmp(out, c->want, want_len) != 0) {
				fail_msg("squeeze(\"%s\", %u) = %d \"%.*s\", want \"%s\"", c->in,
				         c->max_run, rc, rc > 0 ? rc : 0, out, c->want);
			}
			for (size_t j = cap; j < sizeof out; j++)
				assert_int_equal((unsigned char)out[j], GUARD);
		}
	}
}

struct emoji_case {
	const char *in;
	const char *want;
};

static const struct emoji_case emoji_cases[] = {
        {"👍🏽", "👍"},
        {"👍🏻", "👍"},
        {"👍🏿", "👍"},
        {"👍", "👍"},
        {"❤️", "❤"},
        {"❤︎", "❤"},
        {"❤", "❤"},
        {"👨‍👩‍👧", "👨‍👩‍👧"},
        {"👩🏽‍💻", "👩‍💻"},
        {"🏳️‍🌈", "🏳‍🌈"},
        {"🇵🇱", "🇵🇱"},
        {"1️⃣", "1⃣"},
        {":)", ":)"},
        {":-(", ":-("},
        {"<3", "<3"},
        {"", ""},
        {"🏽", ""},
        /* U+1F3FA (amphora) is just below the modifier range and is kept */
        {"🏺", "🏺"},
};

static void test_emoji_table(void **state)
{
	for (size_t i = 0; i < sizeof emoji_cases / sizeof emoji_cases[0]; i++) {
		const struct emoji_case *c = &emoji_cases[i];
		size_t want_len = strlen(c->want);
		char out[64];
		for (size_t cap = 0; cap <= want_len; cap++) {
			memset(out, GUARD, sizeof out);
			int rc = es_norm_emoji_key(c->in, strlen(c->in), out, cap);
			if (cap < want_len) {
				if (rc != -E2BIG)
					fail_msg("emoji \"%s\" cap %zu: %d", c->in, cap, rc);
			} else if (rc != (int)want_len || memcmp(out, c->want, want_len) != 0) {
				fail_msg("emoji_key(\"%s\") = %d, want \"%s\"", c->in, rc, c->want);
			}
			for (size_t j = cap; j < sizeof out; j++)
				assert_int_equal((unsigned char)out[j], GUARD);
		}
	}
}

struct split_case {
	const char *in;
	const char *want; /* parts joined by '|', "" for none */
};

static const struct split_case split_cases[] = {
        {"NeverAgain", "Never|Again"},
        {"ACMEfail", "ACME|fail"},
        {"worst_service_ever", "worst|service|ever"},
        {"iPhone15", "iPhone|15"},
        {"eBayDown", "eBay|Down"},
        {"alllowercase", "alllowercase"},
        {"NEVERAGAIN", "NEVERAGAIN"},
        {"2024", "2024"},
        {"covid19pandemic", "covid|19|pandemic"},
        {"15iPhone", "15|iPhone"},
        {"ŻółwBiegnie", "Żółw|Biegnie"},
        {"ΚαλημέραΚόσμε", "Καλημέρα|Κόσμε"},
        {"__a__", "a"},
        {"a__b", "a|b"},
        {"___", ""},
        {"", ""},
        {"X", "X"},
        {"aB", "aB"},
        {"abC", "ab|C"},
        {"日本語", "日本語"},
        {"BlackLivesMatter", "Black|Lives|Matter"},
        {"JeSuisCharlie", "Je|Suis|Charlie"},
        {"COVID19", "COVID|19"},
        {"iOS17Update", "iOS|17|Update"},
        {"ACMEFail", "ACMEF|ail"}, /* documented limit: no dictionary */
        {"słabaObsługa", "słaba|Obsługa"},
        {"Ça_Va", "Ça|Va"},
        {"a-b", "a|b"},
        {"x\xFFy", "x\xFFy"}, /* invalid byte: kept inside the word */
};

static void test_split_table(void **state)
{
	for (size_t i = 0; i < sizeof split_cases / sizeof split_cases[0]; i++) {
		const struct split_case *c = &split_cases[i];
		struct es_span sp[16];
		char got[128];
		size_t g = 0;
		size_t n = es_norm_split_hashtag(c->in, strlen(c->in), sp, 16);
		for (size_t k = 0; k < n; k++) {
			if (k)
				got[g++] = '|';
			assert_true(sp[k].ptr >= c->in &&
			            sp[k].ptr + sp[k].len <= c->in + strlen(c->in));
			assert_true(sp[k].len > 0);
			assert_true(g + sp[k].len < sizeof got);
			memcpy(got + g, sp[k].ptr, sp[k].len);
			g += sp[k].len;
		}
		got[g] = '\0';
		if (strcmp(got, c->want) != 0)
			fail_msg("split(\"%s\") = \"%s\" (%zu), want \"%s\"", c->in, got, n,
			         c->want);
	}
}

static void test_split_max(void **state)
{
	struct es_span sp[4];
	const char *s = "a_b_c_d_e";

	memset(sp, 0, sizeof sp);
	assert_int_equal(es_norm_split_hashtag(s, strlen(s), sp, 2), 2);
	assert_int_equal(sp[1].len, 1);
	assert_ptr_equal(sp[1].ptr, s + 2);
	assert_null(sp[2].ptr); /* nothing written past max */
	assert_int_equal(es_norm_split_hashtag(s, strlen(s), sp, 0), 0);
	/* length-limited: only "Never" of "NeverAgain" */
	assert_int_equal(es_norm_split_hashtag("NeverAgain", 5, sp, 4), 1);
	assert_int_equal(sp[0].len, 5);
}

/* Deterministic pseudo-random numbers (no clock, same sequence every run). */
static uint32_t rnd(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return *state >> 8;
}

/* Append one piece of a random "word": mostly code points the library meets, sometimes junk. */
static size_t rnd_piece(uint32_t *st, char *b)
{
	static const char *const pieces[] = {
	        "A",
	        "z",
	        "1",
	        "_",
	        "\xCC\x81",
	        "\xCC\xA7",
	        "\xCD\x85",
	        "\xE2\x80\x8D",
	        "\xEF\xB8\x8F",
	        "\xF0\x9F\x8F\xBD",
	        "\xF0\x9F\x91\x8D",
	        "\xE6\x97\xA5",
	        "\xE1\x84\x80",
	        "\xE1\x85\xA1",
	        "\xC3",
	        "\xFF",
	        "\xED\xA0\x80",
	};
	uint32_t r = rnd(st) % 4;
	if (r < 2) { /* U+0080..U+04FF */
		unsigned cp = 0x80 + rnd(st) % (0x500 - 0x80);
		return enc2(cp, b);
	}
	const char *p = pieces[rnd(st) % (sizeof pieces / sizeof pieces[0])];
	memcpy(b, p, strlen(p));
	return strlen(p);
}

/*
 * Random words of 1..10 pieces: whatever path es_norm_key takes, it agrees
 * with the general path (the 日 oracle), never writes past cap, and
 * squeeze, emoji key and hashtag split stay inside their buffers.
 */
static void test_random_words(void **state)
{
	uint32_t st = 12345;
	char w[64], out[256], ref[256];

	for (int iter = 0; iter < 20000; iter++) {
		size_t len = 0, np = 1 + rnd(&st) % 10;
		for (size_t k = 0; k < np; k++)
			len += rnd_piece(&st, w + len);
		for (unsigned fl = F; fl <= FU; fl += FU - F) {
			int a = es_norm_key(w, len, fl, out, sizeof out);
			int b = key_general(w, len, fl, ref, sizeof ref);
			if (a != b || (a > 0 && memcmp(out, ref, (size_t)a) != 0))
				fail_msg("iter %d flags %u: %d vs general %d", iter, fl, a, b);
			if (a > 0) {
				size_t cap = rnd(&st) % (size_t)(a + 1);
				memset(out, GUARD, sizeof out);
				int c = es_norm_key(w, len, fl, out, cap);
				assert_int_equal(c, cap == (size_t)a ? a : -E2BIG);
				for (size_t j = cap; j < sizeof out; j++)
					assert_int_equal((unsigned char)out[j], GUARD);
			}
		}
		/* the other functions take any bytes without reading or writing out of bounds */
		struct es_span sp[8];
		size_t n = es_norm_split_hashtag(w, len, sp, 8);
		for (size_t k = 0; k < n; k++)
			assert_true(sp[k].ptr >= w && sp[k].ptr + sp[k].len <= w + len &&
			            sp[k].len);
		int q = es_norm_squeeze(w, len, 1 + rnd(&st) % 3, out, len);
		assert_true(q >= 0 && (size_t)q <= len);
		q = es_norm_emoji_key(w, len, out, len);
		assert_true(q >= 0 && (size_t)q <= len);
	}
}

/* Typographic apostrophes fold to "'" in keys, so "don’t" meets "don't" in a lexicon. */
static void test_key_apostrophes(void **state)
{
	static const char *const in[] = {"Don\xe2\x80\x99t", "Don\xe2\x80\x98t", "Don\xe2\x80\xb2t", "L\xe2\x80\x99" "amore"};
	static const char *const want[] = {"don't", "don't", "don't", "l'amore"};
	(void)state;
	for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
		char out[64];
		int n = es_norm_key(in[i], strlen(in[i]), ES_NORM_FOLD, out, sizeof out);
		assert_int_equal(n, (int)strlen(want[i]));
		assert_memory_equal(out, want[i], (size_t)n);
	}
	/* Without folding the text is kept as written. */
	char out[64];
	int n = es_norm_key("l\xe2\x80\x99" "a", 5, 0, out, sizeof out);
	assert_int_equal(n, 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_key_table),     cmocka_unit_test(test_key_idempotent),
	        cmocka_unit_test(test_key_invalid),   cmocka_unit_test(test_key_nul),
	        cmocka_unit_test(test_key_long),      cmocka_unit_test(test_key_table_path),
	        cmocka_unit_test(test_squeeze_table), cmocka_unit_test(test_unelongate),
	        cmocka_unit_test(test_emoji_table),
	        cmocka_unit_test(test_split_table),   cmocka_unit_test(test_split_max),
	        cmocka_unit_test(test_random_words),
	        cmocka_unit_test(test_key_apostrophes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
