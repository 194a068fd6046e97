/*
 * test_token.c — unit tests for the tokenizer (lib/token.c).
 *
 * Table-driven: each input maps to the exact sequence of (kind, text, flags)
 * it must produce; flags are compared exactly (0 unless listed). Every input
 * is copied into a buffer malloc'd to its exact size with no terminator, so
 * that ASan or valgrind report any read past the end, and every result is
 * checked against the tokenizer's invariants: tokens in order, inside the
 * buffer, non-empty, valid UTF-8 with the right code point count, and every
 * byte between tokens produces no token on its own (it really was a
 * separator). Further tests cover the API edges (NULLs, max, -E2BIG), every
 * prefix of multi-byte inputs, 1 MB inputs and over-long runs.
 *
 * Not covered here: speed (a benchmark is not a test).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <utf8proc.h>

#include "earshot/token.h"

/* ======================================================================== */
/* Helpers                                                                  */

/* A copy of s[0..len) in a buffer of exactly len bytes (1 when empty). */
static char *exact_copy(const char *s, size_t len)
{
	char *b = malloc(len ? len : 1);
	assert_non_null(b);
	if (len)
		memcpy(b, s, len);
	return b;
}

/*
 * Check the invariants of es_tokenize's output for buf[0..len); returns NULL
 * or a description of the first violation.
 */
static const char *invariant_violation(const char *buf, size_t len, const struct es_token *t,
                                       size_t n)
{
	uintptr_t lo = (uintptr_t)buf, hi = lo + len, prev_end = lo;
	for (size_t i = 0; i < n; i++) {
		uintptr_t s = (uintptr_t)t[i].ptr, e = s + t[i].len;
		if (t[i].len == 0)
			return "empty token";
		if (t[i].kind >= ES_TOKEN_KIND_COUNT)
			return "invalid kind";
		if (s < lo || e > hi || e < s)
			return "token outside the buffer";
		if (s < prev_end)
			return "tokens overlap or are out of order";
		/* the gap before this token must be pure separators */
		size_t gn = 99;
		struct es_token g[1];
		if (es_tokenize(buf + (prev_end - lo), s - prev_end, g, 1, &gn) != 0 || gn != 0)
			return "bytes skipped between tokens form a token on their own";
		/* valid UTF-8, and nchar counts its code points (saturated) */
		size_t cps = 0;
		const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)t[i].ptr;
		for (size_t off = 0; off < t[i].len;) {
			utf8proc_int32_t cp;
			utf8proc_ssize_t l =
			        utf8proc_iterate(u + off, (utf8proc_ssize_t)(t[i].len - off), &cp);
			if (l <= 0)
				return "token is not valid UTF-8";
			off += (size_t)l;
			cps++;
		}
		if (t[i].nchar != (cps > 65535 ? 65535 : cps))
			return "nchar is not the token's code point count";
		unsigned f = t[i].flags;
		if (t[i].kind != ES_TOKEN_WORD && (f & (ES_TOKEN_F_ALLCAPS | ES_TOKEN_F_UPPER)))
			return "case flags on a non-word";
		if ((t[i].kind == ES_TOKEN_EXCLAIM || t[i].kind == ES_TOKEN_QUESTION) &&
		    f != (ES_TOKEN_F_CLAUSE | ES_TOKEN_F_SENTENCE))
			return "exclaim/question without CLAUSE|SENTENCE";
		if ((f & ES_TOKEN_F_SENTENCE) && !(f & ES_TOKEN_F_CLAUSE))
			return "SENTENCE without CLAUSE";
		if ((f & ES_TOKEN_F_ALLCAPS) && !(f & ES_TOKEN_F_UPPER))
			return "ALLCAPS without UPPER";
		prev_end = e;
	}
	size_t gn = 99;
	struct es_token g[1];
	if (es_tokenize(buf + (prev_end - lo), hi - prev_end, g, 1, &gn) != 0 || gn != 0)
		return "trailing skipped bytes form a token on their own";
	return NULL;
}

static void assert_invariants(const char *buf, size_t len, const struct es_token *t, size_t n)
{
	const char *why = invariant_violation(buf, len, t, n);
	if (why)
		fail_msg("invariant broken: %s", why);
}

static void dump_tokens(const struct es_token *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		print_message("    got %-8s \"%.*s\" flags=0x%02x\n", es_token_kind_name(t[i].kind),
		              (int)t[i].len, t[i].ptr, t[i].flags);
}

/* ======================================================================== */
/* The table                                                                */

enum {
	W = ES_TOKEN_WORD,
	N = ES_TOKEN_NUMBER,
	U = ES_TOKEN_URL,
	M = ES_TOKEN_MENTION,
	H = ES_TOKEN_HASHTAG,
	C = ES_TOKEN_CASHTAG,
	E = ES_TOKEN_EMOJI,
	O = ES_TOKEN_EMOTICON,
	X = ES_TOKEN_EXCLAIM,
	Q = ES_TOKEN_QUESTION,
	P = ES_TOKEN_PUNCT,
	S = ES_TOKEN_SYMBOL,
};

#define CAPS (ES_TOKEN_F_ALLCAPS | ES_TOKEN_F_UPPER)
#define UP   ES_TOKEN_F_UPPER
#define EL   ES_TOKEN_F_ELONGATED
#define CL   ES_TOKEN_F_CLAUSE
#define SE   (ES_TOKEN_F_CLAUSE | ES_TOKEN_F_SENTENCE)

struct want {
	int kind;
	const char *text; /* NULL ends the list */
	unsigned flags;   /* compared exactly */
};

struct tcase {
	const char *in;
	size_t len; /* explicit: inputs may hold NULs */
	struct want tok[16];
};

#define IN(s) s, sizeof(s) - 1

/* clang-format off */
static const struct tcase cases[] = {
	/* ---- empty and separators ---- */
	{IN(""), {{0}}},
	{IN(" \t\r\n\v\f "), {{0}}},
	{IN("hello world"), {{W, "hello", 0}, {W, "world", 0}}},
	{IN("a\tb\nc\r\nd"), {{W, "a", 0}, {W, "b", 0}, {W, "c", 0}, {W, "d", 0}}},

	/* ---- words: apostrophes, hyphens, digits, marks ---- */
	{IN("don't stop"), {{W, "don't", 0}, {W, "stop", 0}}},
	{IN("l'amore dell\u2019app"), {{W, "l'amore", 0}, {W, "dell\u2019app", 0}}},
	{IN("e-mail well-known"), {{W, "e-mail", 0}, {W, "well-known", 0}}},
	{IN("rock'n'roll"), {{W, "rock'n'roll", 0}}},
	/* masked swearing: one to three '*' between letters stay in the word */
	{IN("f*ck sh**t F***ING"), {{W, "f*ck", 0}, {W, "sh**t", 0}, {W, "F***ING", CAPS}}},
	{IN("*sigh* a * b f****k d*"), {{P, "*", 0}, {W, "sigh", 0}, {P, "*", 0}, {W, "a", 0}, {P, "*", 0},
	                               {W, "b", 0}, {W, "f", 0}, {P, "****", 0}, {W, "k", 0}, {W, "d", 0},
	                               {P, "*", 0}}},
	{IN("'quoted'"), {{P, "'", 0}, {W, "quoted", 0}, {P, "'", 0}}},
	{IN("students' \u2019tis"), {{W, "students", 0}, {P, "'", 0}, {P, "\u2019", 0}, {W, "tis", 0}}},
	{IN("don''t"), {{W, "don", 0}, {P, "''", 0}, {W, "t", 0}}},
	{IN("-dash- a--b x-"), {{P, "-", 0}, {W, "dash", 0}, {P, "-", 0}, {W, "a", 0}, {P, "--", 0}, {W, "b", 0},
	                        {W, "x", 0}, {P, "-", 0}}},
	{IN("COVID-19"), {{W, "COVID", CAPS}, {P, "-", 0}, {N, "19", 0}}},
	{IN("non\u2010stop"), {{W, "non\u2010stop", 0}}},
	{IN("4th b2b abc123 2day 10k"), {{W, "4th", 0}, {W, "b2b", 0}, {W, "abc123", 0}, {W, "2day", 0},
	                                 {W, "10k", 0}}},
	{IN("3.5kg"), {{N, "3.5", 0}, {W, "kg", 0}}},
	{IN("cafe\u0301 na\u00efve"), {{W, "cafe\u0301", 0}, {W, "na\u00efve", 0}}},
	{IN("\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u094b\u0938\u094d\u0924"),
	 {{W, "\u0928\u092e\u0938\u094d\u0924\u0947", 0}, {W, "\u0926\u094b\u0938\u094d\u0924", 0}}},
	{IN("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),
	 {{W, "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", 0}}},
	{IN("\u062c\u0645\u064a\u0644 \u062c\u062f\u0627"),
	 {{W, "\u062c\u0645\u064a\u0644", 0}, {W, "\u062c\u062f\u0627", 0}}},
	{IN("\u6211\u5f88\u597d\u3002"), {{W, "\u6211\u5f88\u597d", 0}, {P, "\u3002", SE}}},
	{IN("\u3053\u308c\u306f\u30c6\u30b9\u30c8"), {{W, "\u3053\u308c\u306f\u30c6\u30b9\u30c8", 0}}},
	{IN("\u0645\u0645\u0645\u0645"), {{W, "\u0645\u0645\u0645\u0645", EL}}},

	/* ---- case and elongation flags ---- */
	{IN("AWFUL I Ok iPhone"), {{W, "AWFUL", CAPS}, {W, "I", UP}, {W, "Ok", UP},
	                           {W, "iPhone", UP}}},
	{IN("\u0179LE \u039a\u0391\u039a\u039f DEZAM\u0102GIT \u0218I"),
	 {{W, "\u0179LE", CAPS}, {W, "\u039a\u0391\u039a\u039f", CAPS},
	  {W, "DEZAM\u0102GIT", CAPS}, {W, "\u0218I", CAPS}}},
	{IN("\u0179le \u03ba\u03b1\u03ba\u03cc \u015fi"),
	 {{W, "\u0179le", UP}, {W, "\u03ba\u03b1\u03ba\u03cc", 0}, {W, "\u015fi", 0}}},
	{IN("4TH A1 B2B I'M"), {{W, "4TH", CAPS}, {W, "A1", UP}, {W, "B2B", CAPS},
	                        {W, "I'M", CAPS}}},
	{IN("\u4e2d\u56fd \u01c5a"), {{W, "\u4e2d\u56fd", 0}, {W, "\u01c5a", UP}}},
	{IN("sooo soo nieeee SOOOO sOoO"), {{W, "sooo", EL}, {W, "soo", 0}, {W, "nieeee", EL},
	                                    {W, "SOOOO", CAPS | EL}, {W, "sOoO", UP | EL}}},
	{IN("\u039d\u0391\u0399\u0399\u0399 aa1aa"), {{W, "\u039d\u0391\u0399\u0399\u0399", CAPS | EL},
	                                             {W, "aa1aa", 0}}},
	{IN("\u0105\u0105\u0104 e\u0301e\u0301e\u0301"), {{W, "\u0105\u0105\u0104", UP | EL},
	                                                  {W, "e\u0301e\u0301e\u0301", EL}}},

	/* ---- numbers ---- */
	{IN("12 3.5 1,000 10% 3:30 1.2.3"), {{N, "12", 0}, {N, "3.5", 0}, {N, "1,000", 0}, {N, "10%", 0},
	                                     {N, "3:30", 0}, {N, "1.2.3", 0}}},
	{IN("5. 1, 2:"), {{N, "5", 0}, {P, ".", SE}, {N, "1", 0}, {P, ",", 0}, {N, "2", 0}, {P, ":", CL}}},
	{IN("10%off 3:30pm"), {{N, "10%", 0}, {W, "off", 0}, {N, "3:30", 0}, {W, "pm", 0}}},
	{IN("\u0663\u0664 \u0967\u0968"), {{N, "\u0663\u0664", 0}, {N, "\u0967\u0968", 0}}},
	{IN("-5 +1"), {{P, "-", 0}, {N, "5", 0}, {S, "+", 0}, {N, "1", 0}}},

	/* ---- URLs ---- */
	{IN("see https://t.co/abc)."), {{W, "see", 0}, {U, "https://t.co/abc", 0}, {P, ").", SE}}},
	{IN("http://x.y/z?a=1&b=2"), {{U, "http://x.y/z?a=1&b=2", 0}}},
	{IN("go www.example.com, ok"), {{W, "go", 0}, {U, "www.example.com", 0}, {P, ",", 0}, {W, "ok", 0}}},
	{IN("HTTPS://X.COM!"), {{U, "HTTPS://X.COM", 0}, {X, "!", SE}}},
	{IN("(https://en.wikipedia.org/wiki/Foo_(bar))"),
	 {{P, "(", 0}, {U, "https://en.wikipedia.org/wiki/Foo_(bar)", 0}, {P, ")", 0}}},
	{IN("https://t.co/x\u2026"), {{U, "https://t.co/x", 0}, {P, "\u2026", SE}}},
	{IN("\"https://x.pl/\u0142\u00f3d\u017a\""), {{P, "\"", 0}, {U, "https://x.pl/\u0142\u00f3d\u017a", 0},
	                                              {P, "\"", 0}}},
	{IN("url:https://x.y"), {{W, "url", 0}, {P, ":", CL}, {U, "https://x.y", 0}}},
	{IN("http://x.com\xf0\x9f\x98\x82"), {{U, "http://x.com", 0}, {E, "\xf0\x9f\x98\x82", 0}}},
	{IN("http:// ok"), {{W, "http", 0}, {P, "://", CL}, {W, "ok", 0}}},
	{IN("xhttp://a"), {{W, "xhttp", 0}, {P, "://", CL}, {W, "a", 0}}},
	{IN("www. www"), {{W, "www", EL}, {P, ".", SE}, {W, "www", EL}}},
	{IN("https://x.com\uFF0C\u8c22\u8c22 https://a.b/\u20ac"),
	 {{U, "https://x.com", 0}, {P, "\uFF0C", 0}, {W, "\u8c22\u8c22", 0}, {U, "https://a.b/", 0},
	  {S, "\u20ac", 0}}},
	{IN("www.-x"), {{W, "www", EL}, {P, ".-", SE}, {W, "x", 0}}},
	{IN("https://a.b/:)"), {{U, "https://a.b/", 0}, {O, ":)", 0}}},

	/* ---- mentions, hashtags, cashtags ---- */
	{IN("@bob @bob. @b_b"), {{M, "@bob", 0}, {M, "@bob", 0}, {P, ".", SE}, {M, "@b_b", 0}}},
	{IN("@alice@mastodon.social @a.bsky.social"), {{M, "@alice@mastodon.social", 0},
	                                                 {M, "@a.bsky.social", 0}}},
	{IN("@x@my-host.example"), {{M, "@x@my-host.example", 0}}},
	{IN("@bob-smith"), {{M, "@bob", 0}, {P, "-", 0}, {W, "smith", 0}}},
	{IN("mail@x.com"), {{W, "mail", 0}, {P, "@", 0}, {W, "x", 0}, {P, ".", SE}, {W, "com", 0}}},
	{IN("@ (@bob)"), {{P, "@", 0}, {P, "(", 0}, {M, "@bob", 0}, {P, ")", 0}}},
	{IN("@\u0142ukasz"), {{M, "@\u0142ukasz", 0}}},
	{IN("#NeverAgain #tag! #za\u017c\u00f3\u0142\u0107 #worst_service_ever"),
	 {{H, "#NeverAgain", 0}, {H, "#tag", 0}, {X, "!", SE}, {H, "#za\u017c\u00f3\u0142\u0107", 0},
	  {H, "#worst_service_ever", 0}}},
	{IN("#1 #2024election C# # x"), {{P, "#", 0}, {N, "1", 0}, {H, "#2024election", 0}, {W, "C", UP},
	                                 {P, "#", 0}, {P, "#", 0}, {W, "x", 0}}},
	{IN("#a1\uFE0F\u20E3 @b2\u20E3"), {{H, "#a", 0}, {E, "1\uFE0F\u20E3", 0}, {M, "@b", 0},
	                                    {E, "2\u20E3", 0}}},
	{IN("(#tag)"), {{P, "(", 0}, {H, "#tag", 0}, {P, ")", 0}}},
	{IN("$TSLA $acme $5 US$5"), {{C, "$TSLA", 0}, {C, "$acme", 0}, {S, "$", 0}, {N, "5", 0},
	                             {W, "US", CAPS}, {S, "$", 0}, {N, "5", 0}}},
	{IN("$AB1 $TSLA's"), {{S, "$", 0}, {W, "AB1", CAPS}, {C, "$TSLA", 0}, {P, "'", 0}, {W, "s", 0}}},

	/* ---- emoji clusters ---- */
	{IN("\xf0\x9f\x98\x82\xf0\x9f\x98\x82"), {{E, "\xf0\x9f\x98\x82", 0}, {E, "\xf0\x9f\x98\x82", 0}}},
	{IN("\U0001F468\u200D\U0001F469\u200D\U0001F467"),
	 {{E, "\U0001F468\u200D\U0001F469\u200D\U0001F467", 0}}},
	{IN("\U0001F44D\U0001F3FD\U0001F44D"), {{E, "\U0001F44D\U0001F3FD", 0}, {E, "\U0001F44D", 0}}},
	{IN("\u2764\uFE0F\u2764"), {{E, "\u2764\uFE0F", 0}, {E, "\u2764", 0}}},
	{IN("\U0001F1F5\U0001F1F1\U0001F1E9\U0001F1EA\U0001F1EB"),
	 {{E, "\U0001F1F5\U0001F1F1", 0}, {E, "\U0001F1E9\U0001F1EA", 0}, {E, "\U0001F1EB", 0}}},
	{IN("1\uFE0F\u20E3 #\uFE0F\u20E3 *\uFE0F\u20E3 7\u20E3"),
	 {{E, "1\uFE0F\u20E3", 0}, {E, "#\uFE0F\u20E3", 0}, {E, "*\uFE0F\u20E3", 0}, {E, "7\u20E3", 0}}},
	{IN("10\uFE0F\u20E3"), {{N, "1", 0}, {E, "0\uFE0F\u20E3", 0}}},
	{IN("a1\uFE0F\u20E3"), {{W, "a", 0}, {E, "1\uFE0F\u20E3", 0}}},
	{IN("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F!"),
	 {{E, "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", 0},
	  {X, "!", SE}}},
	{IN("\U0001F469\u200D\U0001F4BB \U0001F3F3\uFE0F\u200D\U0001F308 \u2764\uFE0F\u200D\U0001F525"),
	 {{E, "\U0001F469\u200D\U0001F4BB", 0}, {E, "\U0001F3F3\uFE0F\u200D\U0001F308", 0},
	  {E, "\u2764\uFE0F\u200D\U0001F525", 0}}},
	{IN("\U0001F469\U0001F3FD\u200D\U0001F4BB\U0001F44B"),
	 {{E, "\U0001F469\U0001F3FD\u200D\U0001F4BB", 0}, {E, "\U0001F44B", 0}}},
	{IN("\U0001F3FD good\U0001F602 \U0001F602good"),
	 {{E, "\U0001F3FD", 0}, {W, "good", 0}, {E, "\U0001F602", 0}, {E, "\U0001F602", 0}, {W, "good", 0}}},
	{IN("\U0001F468\u200Da"), {{E, "\U0001F468\u200D", 0}, {W, "a", 0}}},
	{IN("\U0001FAE0 \u263A\uFE0E"), {{E, "\U0001FAE0", 0}, {E, "\u263A\uFE0E", 0}}},
	{IN("Acme\u2122 \u00A9 \u00A9\uFE0F \u203C\uFE0F \u2049 \u2194"),
	 {{W, "Acme", UP}, {S, "\u2122", 0}, {S, "\u00A9", 0}, {E, "\u00A9\uFE0F", 0},
	  {X, "\u203C\uFE0F", SE}, {X, "\u2049", SE}, {S, "\u2194", 0}}},

	/* ---- emoticons ---- */
	{IN(":) :-) :( :-( :D :-D xD XD :P :p ;) ;-)"),
	 {{O, ":)", 0}, {O, ":-)", 0}, {O, ":(", 0}, {O, ":-(", 0}, {O, ":D", 0}, {O, ":-D", 0}, {O, "xD", 0},
	  {O, "XD", 0}, {O, ":P", 0}, {O, ":p", 0}, {O, ";)", 0}, {O, ";-)", 0}}},
	{IN(":/ :-/ :\\ :| :O :o <3 </3 :'( :') :* ;P"),
	 {{O, ":/", 0}, {O, ":-/", 0}, {O, ":\\", 0}, {O, ":|", 0}, {O, ":O", 0}, {O, ":o", 0}, {O, "<3", 0},
	  {O, "</3", 0}, {O, ":'(", 0}, {O, ":')", 0}, {O, ":*", 0}, {O, ";P", 0}}},
	{IN("=) =( ^^ ^_^ -_- >:( :3 T_T o_O (: ):"),
	 {{O, "=)", 0}, {O, "=(", 0}, {O, "^^", 0}, {O, "^_^", 0}, {O, "-_-", 0}, {O, ">:(", 0}, {O, ":3", 0},
	  {O, "T_T", 0}, {O, "o_O", 0}, {O, "(:", 0}, {O, "):", 0}}},
	{IN("T___T T__T :C C:"), {{O, "T___T", 0}, {O, "T__T", 0}, {O, ":C", 0}, {W, "C", UP}, {P, ":", CL}}},
	{IN(":Dear :D. :Dx"), {{P, ":", CL}, {W, "Dear", UP}, {O, ":D", 0}, {P, ".", SE},
	                       {P, ":", CL}, {W, "Dx", UP}}},
	{IN(":)))  :DDD <333 xDD"), {{O, ":)))", EL}, {O, ":DDD", EL}, {O, "<333", EL},
	                             {O, "xDD", EL}}},
	{IN("great:) it's:P wow;)"), {{W, "great", 0}, {O, ":)", 0}, {W, "it's", 0}, {O, ":P", 0},
	                              {W, "wow", 0}, {O, ";)", 0}}},
	{IN("2<3 i<3u a=(b"), {{N, "2", 0}, {S, "<", 0}, {N, "3", 0}, {W, "i", 0}, {S, "<", 0}, {W, "3u", 0},
	                       {W, "a", 0}, {S, "=", 0}, {P, "(", 0}, {W, "b", 0}}},
	{IN("file:/// x:/y"), {{W, "file", 0}, {P, ":///", CL}, {W, "x", 0}, {P, ":/", CL}, {W, "y", 0}}},
	{IN("boxD xDr Xbox TT o.k."), {{W, "boxD", UP}, {W, "xDr", UP}, {W, "Xbox", UP},
	                               {W, "TT", CAPS}, {W, "o", 0}, {P, ".", SE}, {W, "k", 0},
	                               {P, ".", SE}}},
	{IN("a(: (see:)"), {{W, "a", 0}, {P, "(:", CL}, {P, "(", 0}, {W, "see", 0}, {O, ":)", 0}}},
	{IN("wow!!:) ...:( (-_-)"), {{W, "wow", 0}, {X, "!!", SE}, {O, ":)", 0}, {P, "...", SE},
	                            {O, ":(", 0}, {P, "(", 0}, {O, "-_-", 0}, {P, ")", 0}}},
	{IN("3:30 5:D"), {{N, "3:30", 0}, {N, "5", 0}, {P, ":", CL}, {W, "D", UP}}},
	{IN(":)\xf0\x9f\x98\x82"), {{O, ":)", 0}, {E, "\xf0\x9f\x98\x82", 0}}},

	/* ---- punctuation, !/? runs, symbols ---- */
	{IN("a. b... c\u2026 d; e: f, g"), {{W, "a", 0}, {P, ".", SE}, {W, "b", 0}, {P, "...", SE},
	                                    {W, "c", 0}, {P, "\u2026", SE}, {W, "d", 0}, {P, ";", CL},
	                                    {W, "e", 0}, {P, ":", CL}, {W, "f", 0}, {P, ",", 0}, {W, "g", 0}}},
	{IN("no!!! why?? what?! ok?"), {{W, "no", 0}, {X, "!!!", SE}, {W, "why", 0}, {Q, "??", SE},
	                                {W, "what", 0}, {X, "?!", SE}, {W, "ok", 0}, {Q, "?", SE}}},
	{IN("\u00bfqu\u00e9? \u00a1s\u00ed! \uFF1F\uFF01"),
	 {{P, "\u00bf", 0}, {W, "qu\u00e9", 0}, {Q, "?", SE}, {P, "\u00a1", 0}, {W, "s\u00ed", 0},
	  {X, "!", SE}, {X, "\uFF1F\uFF01", SE}}},
	{IN(".!?.\"\u2014\u00bb"), {{P, ".", SE}, {X, "!?", SE}, {P, ".\"\u2014\u00bb", SE}}},
	{IN("a+b = \u20ac5 \u00bd \u2192 ^ ` | ~"),
	 {{W, "a", 0}, {S, "+", 0}, {W, "b", 0}, {S, "=", 0}, {S, "\u20ac", 0}, {N, "5", 0}, {S, "\u00bd", 0},
	  {S, "\u2192", 0}, {S, "^", 0}, {S, "`", 0}, {S, "|", 0}, {S, "~", 0}}},
	{IN("++ \u0301x"), {{S, "+", 0}, {S, "+", 0}, {S, "\u0301", 0}, {W, "x", 0}}},

	/* ---- skipped bytes act as separators ---- */
	{IN("a\0b"), {{W, "a", 0}, {W, "b", 0}}},
	{IN("\xEF\xBB\xBFhello\xEF\xBB\xBF"), {{W, "hello", 0}}},
	{IN("a\u200Bb a\u00A0b a\u2028b a\u3000b"), {{W, "a", 0}, {W, "b", 0}, {W, "a", 0}, {W, "b", 0},
	                                            {W, "a", 0}, {W, "b", 0}, {W, "a", 0}, {W, "b", 0}}},
	{IN("a\xC2\x85" "b\x7F" "c\x01" "d\x1B" "e"), {{W, "a", 0}, {W, "b", 0}, {W, "c", 0}, {W, "d", 0},
	                                               {W, "e", 0}}},
	{IN("\xFF\xFE\xC0\xAF\xE0\x80\xAF\xED\xA0\x80\xF4\x90\x80\x80\x80\xF8\x88\x80\x80\x80"),
	 {{0}}},
	{IN("abc\xE2\x82"), {{W, "abc", 0}}},
	{IN("\xF0\x9F\x98"), {{0}}},
	{IN("a\xF0\x9F\x98" "b"), {{W, "a", 0}, {W, "b", 0}}},
	{IN("a\xC3" "b\xC3\xA9"), {{W, "a", 0}, {W, "b\xC3\xA9", 0}}},
	{IN("\xEF\xBF\xBF \xEF\xBF\xBD \xEF\xB7\x90 \U0010FFFF"), {{0}}},
	{IN("\u200D \uFE0F \U000E0067 \u200C"), {{0}}},
	{IN("x\u00ADy \u202Ea\u202C"), {{W, "x", 0}, {W, "y", 0}, {W, "a", 0}}},
	{IN("\xE2\x80\x8B:)\xE2\x80\x8B"), {{O, ":)", 0}}},
};

/* clang-format on */

static void test_table(void **state)
{
	(void)state;
	static struct es_token out[64];
	unsigned failures = 0;
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		const struct tcase *tc = &cases[c];
		char *buf = exact_copy(tc->in, tc->len);
		size_t n = 12345;
		int rc = es_tokenize(buf, tc->len, out, 64, &n);
		assert_int_equal(rc, 0);
		assert_invariants(buf, tc->len, out, n);
		size_t want = 0;
		while (want < 16 && tc->tok[want].text)
			want++;
		int ok = n == want;
		for (size_t i = 0; ok && i < n; i++) {
			const struct want *w = &tc->tok[i];
			ok = out[i].kind == w->kind && out[i].len == strlen(w->text) &&
			     memcmp(out[i].ptr, w->text, out[i].len) == 0 &&
			     out[i].flags == w->flags;
		}
		if (!ok) {
			failures++;
			print_error("case %zu \"%.*s\": mismatch\n", c, (int)tc->len, tc->in);
			for (size_t i = 0; i < want; i++)
				print_message(
				        "    want %-8s \"%s\" flags=0x%02x\n",
				        es_token_kind_name((enum es_token_kind)tc->tok[i].kind),
				        tc->tok[i].text, tc->tok[i].flags);
			dump_tokens(out, n);
		}
		free(buf);
	}
	assert_int_equal(failures, 0);
}

/* ======================================================================== */
/* API edges                                                                */

static void test_args(void **state)
{
	(void)state;
	struct es_token t[4];
	size_t n = 7;
	assert_int_equal(es_tokenize("a", 1, t, 4, NULL), -EINVAL);
	assert_int_equal(es_tokenize(NULL, 1, t, 4, &n), -EINVAL);
	assert_int_equal(n, 0);
	n = 7;
	assert_int_equal(es_tokenize("a", 1, NULL, 4, &n), -EINVAL);
	assert_int_equal(n, 0);
	/* NULL text of length 0 and NULL out with max 0 are fine */
	n = 7;
	assert_int_equal(es_tokenize(NULL, 0, t, 4, &n), 0);
	assert_int_equal(n, 0);
	n = 7;
	assert_int_equal(es_tokenize(NULL, 0, NULL, 0, &n), 0);
	assert_int_equal(n, 0);
	/* max 0: only separators fit */
	assert_int_equal(es_tokenize("  \t", 3, NULL, 0, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(es_tokenize(" a", 2, NULL, 0, &n), -E2BIG);
	assert_int_equal(n, 0);
}

static void test_max(void **state)
{
	(void)state;
	static const char text[] = "one two, three";
	char *buf = exact_copy(text, sizeof text - 1);
	struct es_token t[8];
	memset(t, 0xAB, sizeof t);
	size_t n;
	/* exactly as many slots as tokens: no error */
	assert_int_equal(es_tokenize(buf, sizeof text - 1, t, 4, &n), 0);
	assert_int_equal(n, 4);
	/* one slot short: the first max are written, the next slot untouched */
	memset(t, 0xAB, sizeof t);
	assert_int_equal(es_tokenize(buf, sizeof text - 1, t, 2, &n), -E2BIG);
	assert_int_equal(n, 2);
	assert_int_equal(t[0].len, 3);
	assert_ptr_equal(t[1].ptr, buf + 4);
	assert_int_equal(t[1].len, 3);
	assert_int_equal(t[2].len, 0xABABABABu);
	/* trailing separators after the last token that fits are not an overflow */
	assert_int_equal(es_tokenize(buf, 3, t, 1, &n), 0);
	assert_int_equal(es_tokenize("one  \xff ", 7, t, 1, &n), 0);
	assert_int_equal(n, 1);
	free(buf);
}

static void test_kind_names(void **state)
{
	(void)state;
	static const char *const want[ES_TOKEN_KIND_COUNT] = {
	        "word",  "number",   "url",     "mention",  "hashtag", "cashtag",
	        "emoji", "emoticon", "exclaim", "question", "punct",   "symbol",
	};
	for (int k = 0; k < ES_TOKEN_KIND_COUNT; k++)
		assert_string_equal(es_token_kind_name((enum es_token_kind)k), want[k]);
	assert_string_equal(es_token_kind_name(ES_TOKEN_KIND_COUNT), "unknown");
	int negative = -1;
	assert_string_equal(es_token_kind_name((enum es_token_kind)negative), "unknown");
}

/* ======================================================================== */
/* Truncation and size                                                      */

/*
 * Every prefix of a text full of multi-byte sequences, each in an exactly
 * sized buffer: a sequence cut by the end of the buffer is skipped, never
 * read past, and the tokens before it are the same as in the whole text.
 */
static void test_every_prefix(void **state)
{
	(void)state;
	static const char text[] =
	        "Za\u017c\u00f3\u0142\u0107 \U0001F468\u200D\U0001F469\u200D"
	        "\U0001F467 \U0001F1F5\U0001F1F1 1\uFE0F\u20E3 \u2764\uFE0F "
	        "https://x.pl/\u0105 @\u0142 #\u0105b :) \u039a\u0391\u039a\u039f"
	        "\U000E0067\u2026";
	static struct es_token whole[64], part[64];
	size_t nw;
	assert_int_equal(es_tokenize(text, sizeof text - 1, whole, 64, &nw), 0);
	for (size_t len = 0; len < sizeof text; len++) {
		char *buf = exact_copy(text, len);
		size_t n;
		assert_int_equal(es_tokenize(buf, len, part, 64, &n), 0);
		assert_invariants(buf, len, part, n);
		/* tokens that end before the cut are unchanged, except the last one
		 * before it, whose end may depend on what follows */
		for (size_t i = 0; i + 1 < n && i < nw; i++) {
			if ((size_t)(whole[i].ptr - text) + whole[i].len + 4 >= len)
				break;
			assert_int_equal(part[i].ptr - buf, whole[i].ptr - text);
			assert_int_equal(part[i].len, whole[i].len);
			assert_int_equal(part[i].kind, whole[i].kind);
		}
		free(buf);
	}
}

/* xorshift64*: deterministic pseudo-random bytes, no libc state */
static uint64_t rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ull;
}

#define BIG (1u << 20)

static void test_1mb_random(void **state)
{
	(void)state;
	/* biased towards UTF-8 lead bytes, ASCII and emoji pieces so that many
	 * paths are hit, not only invalid-byte skipping */
	static const uint8_t alphabet[] = {
	        'a',  'Z',  '0',  ' ',  '.',  ':',  ')',  '(',  '-',  '\'', '@',  '#',
	        '$',  '!',  '?',  '<',  '3',  'h',  't',  'p',  '/',  'w',  0x00, 0x80,
	        0xBF, 0xC3, 0xA9, 0xE2, 0x80, 0x8D, 0xF0, 0x9F, 0x98, 0x82, 0x87, 0xB5,
	        0xEF, 0xB8, 0x8F, 0x83, 0xA3, 0xFF, 0xC0, 0xED, 0xA0, 0xF4,
	};
	uint64_t seed = 0x9E3779B97F4A7C15ull;
	for (int round = 0; round < 2; round++) {
		char *buf = malloc(BIG);
		assert_non_null(buf);
		for (size_t i = 0; i < BIG; i++) {
			uint64_t r = rnd(&seed);
			buf[i] = round == 0 ? (char)(r >> 56)
			                    : (char)alphabet[(r >> 40) % sizeof alphabet];
		}
		/* room for every token: the whole text is checked */
		struct es_token *t = malloc(BIG * sizeof *t);
		assert_non_null(t);
		size_t n;
		assert_int_equal(es_tokenize(buf, BIG, t, BIG, &n), 0);
		assert_true(n > ES_TOKENS_MAX);
		assert_invariants(buf, BIG, t, n);
		/* the usual cap: exactly ES_TOKENS_MAX tokens, the same ones */
		struct es_token *c = malloc(ES_TOKENS_MAX * sizeof *c);
		assert_non_null(c);
		size_t nc;
		assert_int_equal(es_tokenize(buf, BIG, c, ES_TOKENS_MAX, &nc), -E2BIG);
		assert_int_equal(nc, ES_TOKENS_MAX);
		assert_memory_equal(c, t, ES_TOKENS_MAX * sizeof *c);
		free(c);
		free(t);
		free(buf);
	}
}

static void test_1mb_words(void **state)
{
	(void)state;
	static const char word[] = "word ";
	size_t len = BIG - BIG % (sizeof word - 1);
	char *buf = malloc(len);
	assert_non_null(buf);
	for (size_t i = 0; i < len; i += sizeof word - 1)
		memcpy(buf + i, word, sizeof word - 1);
	struct es_token *t = malloc(ES_TOKENS_MAX * sizeof *t);
	assert_non_null(t);
	size_t n;
	assert_int_equal(es_tokenize(buf, len, t, ES_TOKENS_MAX, &n), -E2BIG);
	assert_int_equal(n, ES_TOKENS_MAX);
	assert_invariants(buf, (size_t)(t[n - 1].ptr - buf) + t[n - 1].len, t, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(t[i].kind, ES_TOKEN_WORD);
		assert_ptr_equal(t[i].ptr, buf + 5 * i);
		assert_int_equal(t[i].len, 4);
	}
	free(t);
	free(buf);
}

/*
 * Runs longer than any post: one letter repeated, and a 3-byte letter
 * repeated (so that any internal cut falls inside a code point). All bytes
 * end up in WORD tokens, contiguous, with nchar saturated.
 */
static void test_huge_runs(void **state)
{
	(void)state;
	static const char *const unit[] = {"a", "\u4e2d", "\U0001F602"};
	static const int kind[] = {ES_TOKEN_WORD, ES_TOKEN_WORD, ES_TOKEN_EMOJI};
	for (size_t u = 0; u < 3; u++) {
		size_t ul = strlen(unit[u]), reps = (5u << 19) / ul, len = reps * ul;
		char *buf = malloc(len);
		assert_non_null(buf);
		for (size_t i = 0; i < reps; i++)
			memcpy(buf + i * ul, unit[u], ul);
		struct es_token *t = malloc(reps * sizeof *t);
		assert_non_null(t);
		size_t n;
		assert_int_equal(es_tokenize(buf, len, t, reps, &n), 0);
		assert_invariants(buf, len, t, n);
		size_t covered = 0;
		for (size_t i = 0; i < n; i++) {
			assert_int_equal(t[i].kind, kind[u]);
			assert_ptr_equal(t[i].ptr, buf + covered);
			covered += t[i].len;
		}
		assert_int_equal(covered, len);
		if (kind[u] == ES_TOKEN_WORD) {
			assert_int_equal(t[0].nchar, 65535);
			assert_int_equal(t[0].flags, ES_TOKEN_F_ELONGATED);
		} else {
			assert_int_equal(n, reps); /* consecutive emoji are separate tokens */
		}
		free(t);
		free(buf);
	}
}

/* Every emoticon of the tokenizer's table is found, standing alone between
 * spaces (the table is binary-searched by first byte: an entry out of order
 * would be missed here). */
static void test_every_emoticon(void **state)
{
	static const char *const all[] = {
		"(-:", "(:", ")-:", "):", "-_-", "-.-", ":'-(", ":'-)", ":-)", ":-(",
		":-D", ":-P", ":-p", ":-/", ":-\\", ":-|", ":-O", ":-o", ":-*", ":-]",
		":-[", ":'(", ":')", ":)", ":(", ":D", ":P", ":p", ":/", ":\\",
		":|", ":O", ":o", ":*", ":3", ":]", ":[", ":S", ":s", ":@",
		":$", ":x", ":X", ":c", ";-)", ";-(", ";-D", ";-P", ";-p", ";_;",
		";)", ";(", ";D", ";P", ";p", ";*", "</3", "<3", "=)", "=(",
		"=D", "=P", "=p", "=/", "=]", "=[", "=|", ">:-(", ">:-)", ">:(",
		">:)", ">:[", ">:O", ">_<", ">.<", "O_o", "O.o", "O_O", "T_T", "T.T",
		"T-T", "XD", "^_^", "^.^", "^-^", "^o^", "^^", "o_O", "o.O", "o_o",
		"xD", "xd",
	};
	(void)state;
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		char buf[32];
		int n = snprintf(buf, sizeof buf, "a %s b", all[i]);
		struct es_token tok[8];
		size_t nt = 0;
		assert_int_equal(es_tokenize(buf, (size_t)n, tok, 8, &nt), 0);
		if (nt != 3 || tok[1].kind != ES_TOKEN_EMOTICON || tok[1].len != strlen(all[i]))
			fail_msg("emoticon \"%s\" not found (%zu tokens)", all[i], nt);
	}
}

int main(void)
{
	/* clang-format off */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_emoticon),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_args),
		cmocka_unit_test(test_max),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_every_prefix),
		cmocka_unit_test(test_1mb_random),
		cmocka_unit_test(test_1mb_words),
		cmocka_unit_test(test_huge_runs),
	};
	/* clang-format on */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
