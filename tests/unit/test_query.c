/*
 * test_query.c — table-driven tests for query.h: the matching table (posts ×
 * queries → match and tagged, one row per construct and its edge: case and
 * accent folding, possessives, prefixes, phrases across punctuation,
 * proximity at its exact boundary, negation, precedence, every field, tagged
 * through a mention token, mentions[] and reply_to), the parse error table
 * with byte positions, the limits (-E2BIG), the canonical text and its round
 * trip, a 1,000-brand matcher in which every brand is matched by exactly its
 * own posts, a differential test of 400 random boolean queries held by one
 * matcher against a direct evaluation, the matcher's life-cycle errors, and
 * allocation-failure loops over the parser and the matcher (linked with
 * alloc_fail.c and --wrap=malloc,…; run under valgrind or ASan for leaks).
 *
 * It does not measure speed (bench/ and the report do).
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

#include "alloc_fail.h"
#include "earshot/query.h"
#include "earshot/token.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */

/*
 * A post built from text plus "key=value;flag" metadata: lang=, source=,
 * author=, reply_to=, mention= (repeatable), and the flags reply, repost,
 * links. The views point into `store`.
 */
struct tpost {
	struct es_post post;
	char store[512];
	struct es_token tok[256];
	size_t ntok;
};

static void build_post(struct tpost *tp, const char *text, const char *meta)
{
	memset(tp, 0, sizeof *tp);
	struct es_post *p = &tp->post;
	p->text.ptr = text;
	p->text.len = strlen(text);
	p->source.ptr = "x";
	p->source.len = 1;
	p->lang.ptr = "";
	size_t ml = meta ? strlen(meta) : 0;
	assert_true(ml < sizeof tp->store);
	if (ml)
		memcpy(tp->store, meta, ml + 1);
	char *s = tp->store;
	while (ml && *s) {
		char *end = strchr(s, ';');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		char *eq = memchr(s, '=', len);
		struct es_str v = {0};
		if (eq)
			v = (struct es_str){eq + 1, len - (size_t)(eq + 1 - s)};
		size_t kl = eq ? (size_t)(eq - s) : len;
#define KEY(k) (kl == strlen(k) && memcmp(s, k, kl) == 0)
		if (KEY("lang"))
			p->lang = v;
		else if (KEY("source"))
			p->source = v;
		else if (KEY("author"))
			p->author = v;
		else if (KEY("reply_to"))
			p->reply_to = v; /* is_reply left to the "reply" flag */
		else if (KEY("mention"))
			p->mentions[p->n_mentions++] = v;
		else if (KEY("reply"))
			p->is_reply = 1;
		else if (KEY("repost"))
			p->is_repost = 1;
		else if (KEY("links"))
			p->has_links = 1;
		else
			fail_msg("bad test metadata '%s'", meta);
#undef KEY
		if (!end)
			break;
		s = end + 1;
	}
	int rc = es_tokenize(text, strlen(text), tp->tok, 256, &tp->ntok);
	assert_int_equal(rc, 0);
}

static struct es_query *parse_ok(const char *text)
{
	struct es_query *q = NULL;
	struct es_query_error err;
	int rc = es_query_parse(text, strlen(text), &q, &err);
	if (rc != 0)
		fail_msg("query '%s' failed: %d %s", text, rc, err.msg);
	return q;
}

/* A built one-brand matcher (id 7, handle "acme") with its scratch. */
struct one {
	struct es_matcher *m;
	struct es_match_scratch *s;
};

static void one_new(struct one *o, const char *query)
{
	static const char *const handles[] = {"acme"};
	struct es_query *q = parse_ok(query);
	assert_int_equal(es_matcher_new(&o->m), 0);
	assert_int_equal(es_matcher_add(o->m, 7, q, handles, 1), 0);
	es_query_free(q); /* the matcher copied what it needs */
	assert_int_equal(es_matcher_build(o->m), 0);
	assert_int_equal(es_match_scratch_new(o->m, &o->s), 0);
}

static void one_free(struct one *o)
{
	es_match_scratch_free(o->s);
	es_matcher_free(o->m);
}

/* ------------------------------------------------------------------------ */
/* The matching table                                                        */

struct mcase {
	const char *query;
	const char *text;
	const char *meta; /* see build_post */
	int match;
	int tagged; /* checked only when match */
};

#define W10 "w w w w w w w w w w "
#define W50 W10 W10 W10 W10 W10

static const struct mcase mcases[] = {
        /* words: case, accents, possessives, plurals, tags */
        {"acme", "I love Acme", NULL, 1, 0},
        {"acme", "ACME rocks", NULL, 1, 0},
        {"acme", "acmé rocks", NULL, 1, 0},
        {"acmé", "ACME rocks", NULL, 1, 0},
        {"ACME", "acme rocks", NULL, 1, 0},
        {"acme", "Acme's new app", NULL, 1, 0},
        {"acme", "Acme\xE2\x80\x99s new app", NULL, 1, 0},
        {"acme's", "acme rocks", NULL, 1, 0},
        {"acme", "acmes are cool", NULL, 0, 0},
        {"acme", "acmebank", NULL, 0, 0},
        {"acme", "the acme-bank app", NULL, 0, 0},
        {"acme", "#acme is trending", NULL, 1, 0},
        {"acme", "#AcmeFail", NULL, 0, 0},
        {"acme", "$ACME up 5%", NULL, 1, 0},
        {"acme", "thanks @acme", NULL, 1, 1},
        {"acme", "nothing here", NULL, 0, 0},
        {"or", "this or that", NULL, 1, 0},
        {"strasse", "Straße", NULL, 1, 0},
        {"zolw", "Żółw!", NULL, 1, 0},
        {"Żółw", "zolw", NULL, 1, 0},
        {"2024", "in 2024 acme", NULL, 1, 0},
        /* prefixes */
        {"acm*", "Acme's", NULL, 1, 0},
        {"acme*", "acmebank rules", NULL, 1, 0},
        {"acme*", "ACMEBANK", NULL, 1, 0},
        {"acme*", "acm", NULL, 0, 0},
        {"acme*", "#acmefail", NULL, 1, 0},
        {"bank*", "the banking app", NULL, 1, 0},
        {"bank*", "the bakery", NULL, 0, 0},
        {"zół*", "żółty", NULL, 1, 0},
        {"acmeb*", "acme bank", NULL, 0, 0},
        /* phrases */
        {"\"acme bank\"", "Acme Bank is down", NULL, 1, 0},
        {"\"acme bank\"", "bank acme", NULL, 0, 0},
        {"\"acme bank\"", "acme, bank", NULL, 1, 0},
        {"\"acme bank\"", "acme. Bank", NULL, 1, 0},
        {"\"acme bank\"", "acme \xF0\x9F\x94\xA5 bank", NULL, 1, 0},
        {"\"acme bank\"", "acme https://x.io bank", NULL, 1, 0},
        {"\"acme bank\"", "acme big bank", NULL, 0, 0},
        {"\"acme bank\"", "Acme's bank", NULL, 1, 0},
        {"\"acme bank app\"", "the acme bank app", NULL, 1, 0},
        {"\"acme bank app\"", "acme bank xapp acme bank", NULL, 0, 0},
        {"\"acme bank\"", "acme acme bank", NULL, 1, 0},
        {"acme.com", "visit acme.com today", NULL, 1, 0},
        {"acme.com", "acme com", NULL, 1, 0},
        {"\"acme #fail\"", "acme #fail", NULL, 1, 0},
        {"\"acme #fail\"", "acme fail", NULL, 0, 0},
        {"\"acme fail\"", "acme #fail", NULL, 1, 0},
        {"\"acme\"", "ACME", NULL, 1, 0},
        /* proximity: at most N other words between, any order */
        {"\"acme slow\"~0", "acme slow", NULL, 1, 0},
        {"\"acme slow\"~0", "slow acme", NULL, 1, 0},
        {"\"acme slow\"~0", "acme is slow", NULL, 0, 0},
        {"\"acme slow\"~1", "acme is slow", NULL, 1, 0},
        {"\"acme slow\"~3", "acme a b c slow", NULL, 1, 0},
        {"\"acme slow\"~3", "acme a b c d slow", NULL, 0, 0},
        {"\"acme slow\"~3", "slow a b c acme", NULL, 1, 0},
        {"\"acme slow\"~3", "slow a b c d acme", NULL, 0, 0},
        {"\"acme slow\"~3", "slow, a. b! c? acme", NULL, 1, 0},
        {"\"acme slow\"~3", "acme a b c d e acme x slow", NULL, 1, 0},
        {"\"acme acme\"~1", "acme x acme", NULL, 1, 0},
        {"\"acme acme\"~1", "acme x y", NULL, 0, 0},
        {"\"a b c\"~1", "c x a b", NULL, 1, 0},
        {"\"a b c\"~0", "c x a b", NULL, 0, 0},
        {"\"a b c\"~0", "b c a", NULL, 1, 0},
        {"\"acme slow\"~50", "acme " W50 "slow", NULL, 1, 0},
        {"\"acme slow\"~50", "acme " W50 "w slow", NULL, 0, 0},
        {"\"acme #slow\"~2", "acme x slow", NULL, 0, 0},
        {"\"acme #slow\"~2", "#slow x acme", NULL, 1, 0},
        /* handles and tagging */
        {"@acme", "hey @Acme help", NULL, 1, 1},
        {"@acme", "hey acme help", NULL, 0, 0},
        {"@acme", "hey @acmebank", NULL, 0, 0},
        {"@acme", "help", "mention=acme", 1, 1},
        {"@acme", "help", "mention=@ACME", 1, 1},
        {"@acme", "help", "reply_to=Acme", 1, 1},
        {"@acme", "help", "mention=acme@mastodon.social", 1, 1},
        {"@acme", "hi @acme@mastodon.social", NULL, 1, 1},
        {"@acme@mastodon.social", "hi @acme", NULL, 0, 0},
        {"@acme@mastodon.social", "hi @Acme@Mastodon.social", NULL, 1, 1},
        {"@bob", "hi @bob", "mention=acme", 1, 1},
        {"@bob", "hi @bob", NULL, 1, 0},
        {"acme", "acme is great", NULL, 1, 0},
        {"acme", "acme is great", "reply_to=acme", 1, 1},
        {"acme", "acme is great", "mention=other", 1, 0},
        {"acme", "acme is great", "mention=ACME", 1, 1},
        {"acme", "acme @acmebank", NULL, 1, 0},
        {"\"@acme slow\"", "@acme slow", NULL, 1, 1},
        {"\"@acme slow\"", "@acme@mastodon.social slow", NULL, 1, 1},
        {"\"@acme slow\"", "@acmebank slow", NULL, 0, 0},
        {"(\"@acme slow\" OR qqqq) slow", "@acmebank slow", NULL, 0, 0},
        {"\"@acme slow\"~1", "slow x @Acme", NULL, 1, 1},
        /* hashtags, cashtags */
        {"#acme", "#ACME rocks", NULL, 1, 0},
        {"#acme", "acme rocks", NULL, 0, 0},
        {"#acme", "#acmefail", NULL, 0, 0},
        {"#acme", "@acme", NULL, 0, 0},
        {"#zolw", "#Żółw", NULL, 1, 0},
        {"$acme", "$ACME", NULL, 1, 0},
        {"$acme", "acme", NULL, 0, 0},
        {"$acme", "#acme", NULL, 0, 0},
        /* booleans and precedence */
        {"acme bank", "bank of acme", NULL, 1, 0},
        {"acme bank", "acme only", NULL, 0, 0},
        {"acme OR bank", "bank only", NULL, 1, 0},
        {"acme or bank", "bank only", NULL, 0, 0},
        {"acme or bank", "acme or bank", NULL, 1, 0},
        {"foo OR acme bank", "foo", NULL, 1, 0},
        {"foo OR acme bank", "acme", NULL, 0, 0},
        {"foo OR acme bank", "acme bank", NULL, 1, 0},
        {"(foo OR acme) bank", "foo", NULL, 0, 0},
        {"(foo OR acme) bank", "foo bank", NULL, 1, 0},
        {"acme -bank", "acme bank", NULL, 0, 0},
        {"acme -bank", "acme", NULL, 1, 0},
        {"acme -(bank OR loan)", "acme loan", NULL, 0, 0},
        {"acme -(bank OR loan)", "acme car", NULL, 1, 0},
        {"acme -\"bank loan\"", "acme bank loan", NULL, 0, 0},
        {"acme -\"bank loan\"", "acme bank car loan", NULL, 1, 0},
        {"acme -#fail", "acme #fail", NULL, 0, 0},
        {"acme -#fail", "acme fail", NULL, 1, 0},
        {"-(-acme)", "acme", NULL, 1, 0},
        {"acme -acme*", "acme", NULL, 0, 0},
        {"(acme OR -bank) foo", "foo", NULL, 1, 0},
        {"(acme OR -bank) foo", "foo bank", NULL, 0, 0},
        /* terms that are not the brand's trigger are looked up only when it is evaluated */
        {"acme ban*", "acme banking", NULL, 1, 0},
        {"acme ban*", "acme bakery", NULL, 0, 0},
        {"acme ban*", "acme #Banking", NULL, 1, 0},
        {"acme (#fail OR #down OR #slow OR #bad OR #worst OR #help OR #pls)", "acme #FAIL", NULL, 1,
         0},
        {"acme (#fail OR #down OR #slow OR #bad OR #worst OR #help OR #pls)", "acme fail", NULL, 0,
         0},
        {"acme (@a1 OR @b1 OR @c1 OR @d1 OR @e1 OR @f1 OR @g1)", "acme", "mention=C1", 1, 0},
        {"acme (@a1 OR @b1 OR @c1 OR @d1 OR @e1 OR @f1 OR @g1)", "acme @d1@host", NULL, 1, 0},
        {"acme (@a1 OR @b1 OR @c1 OR @d1 OR @e1 OR @f1 OR @g1)", "acme c1", NULL, 0, 0},
        {"acme (\"big bank\" OR \"small loan\"~2)", "acme: loan, so small", NULL, 1, 0},
        {"acme (\"big bank\" OR \"small loan\"~2)", "acme bank big", NULL, 0, 0},
        /* fields */
        {"acme lang:pl", "acme", "lang=pl", 1, 0},
        {"acme lang:pl", "acme", "lang=pl-PL", 1, 0},
        {"acme lang:pl", "acme", "lang=PL", 1, 0},
        {"acme lang:pl", "acme", "lang=en", 0, 0},
        {"acme lang:pl", "acme", "lang=plx", 0, 0},
        {"acme lang:pl", "acme", NULL, 0, 0},
        {"acme lang:pt-br", "acme", "lang=pt-BR", 1, 0},
        {"acme lang:pt-br", "acme", "lang=pt", 0, 0},
        {"acme -lang:pl", "acme", "lang=pl", 0, 0},
        {"acme -lang:pl", "acme", "lang=en", 1, 0},
        {"acme from:bob", "acme", "author=Bob", 1, 0},
        {"acme from:bob", "acme", "author=bobby", 0, 0},
        {"acme from:bob", "acme", "author=bob@mastodon.social", 1, 0},
        {"acme is:reply", "acme", "reply", 1, 0},
        {"acme is:reply", "acme", NULL, 0, 0},
        {"acme is:reply", "acme", "reply_to=acme", 1, 1},
        {"acme -is:repost", "acme", "repost", 0, 0},
        {"acme -is:repost", "acme", NULL, 1, 0},
        {"acme is:repost", "acme", "repost", 1, 0},
        {"acme has:links", "acme", "links", 1, 0},
        {"acme has:links", "acme https://x.com/a", NULL, 1, 0},
        {"acme has:links", "acme", NULL, 0, 0},
        {"acme source:bluesky", "acme", "source=bluesky", 1, 0},
        {"acme source:bluesky", "acme", "source=BlueSky", 1, 0},
        {"acme source:bluesky", "acme", "source=x", 0, 0},
        {"acme OR (bank lang:pl)", "bank", "lang=pl", 1, 0},
        {"acme OR (bank lang:pl)", "bank", "lang=en", 0, 0},
        {"acme OR (bank lang:pl)", "acme", "lang=en", 1, 0},
};

static void test_match_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof mcases / sizeof mcases[0]; i++) {
		const struct mcase *c = &mcases[i];
		struct one o;
		struct tpost tp;
		struct es_match out[4];
		one_new(&o, c->query);
		build_post(&tp, c->text, c->meta);
		size_t n = es_matcher_match(o.m, o.s, &tp.post, tp.tok, tp.ntok, out, 4);
		if (n != (size_t)c->match)
			fail_msg("row %zu: query '%s' text '%s' meta '%s': %zu matches, want %d", i,
			         c->query, c->text, c->meta ? c->meta : "", n, c->match);
		if (n == 1) {
			assert_int_equal(out[0].brand, 7);
			if (out[0].tagged != c->tagged)
				fail_msg("row %zu: query '%s' text '%s': tagged %d, want %d", i,
				         c->query, c->text, out[0].tagged, c->tagged);
		}
		/* the same scratch again gives the same answer (generation marks) */
		assert_int_equal(es_matcher_match(o.m, o.s, &tp.post, tp.tok, tp.ntok, out, 4), n);
		one_free(&o);
	}
}

/* ------------------------------------------------------------------------ */
/* Parse errors                                                              */

struct ecase {
	const char *query;
	int rc;
	size_t pos;
	const char *msg; /* substring of err.msg */
};

static const struct ecase ecases[] = {
        {"", -EBADMSG, 0, "empty query"},
        {"   ", -EBADMSG, 3, "empty query"},
        {"(acme", -EBADMSG, 0, "no matching ')'"},
        {"acme (bank (loan)", -EBADMSG, 5, "no matching ')'"},
        {"acme)", -EBADMSG, 4, "unbalanced ')'"},
        {") acme", -EBADMSG, 0, "unbalanced ')'"},
        {"()", -EBADMSG, 0, "empty group"},
        {"acme ( )", -EBADMSG, 5, "empty group"},
        {"\"acme", -EBADMSG, 0, "no closing quote"},
        {"acme \"bank", -EBADMSG, 5, "no closing quote"},
        {"\"\"", -EBADMSG, 0, "empty phrase"},
        {"acme \" , \"", -EBADMSG, 5, "empty phrase"},
        {"OR acme", -EBADMSG, 0, "'OR' without a term on its left"},
        {"acme OR", -EBADMSG, 5, "'OR' without a term on its right"},
        {"acme OR OR bank", -EBADMSG, 5, "on its right"},
        {"(acme OR)", -EBADMSG, 6, "on its right"},
        {"(OR acme)", -EBADMSG, 1, "on its left"},
        {"acme -OR bank", -EBADMSG, 5, "cannot be negated"},
        {"foo:bar", -EBADMSG, 0, "unknown field 'foo:'"},
        {"acme http://acme.com", -EBADMSG, 5, "unknown field 'http:'"},
        {"acme lang:", -EBADMSG, 10, "missing value after 'lang:'"},
        {"acme lang:polish", -EBADMSG, 10, "bad value for 'lang:'"},
        {"acme lang:p", -EBADMSG, 10, "bad value for 'lang:'"},
        {"acme lang:pl-", -EBADMSG, 10, "bad value for 'lang:'"},
        {"acme is:foo", -EBADMSG, 8, "bad value for 'is:'"},
        {"acme has:images", -EBADMSG, 9, "bad value for 'has:'"},
        {"acme from:@bob", -EBADMSG, 10, "bad value for 'from:'"},
        {"acme source:a/b", -EBADMSG, 12, "bad value for 'source:'"},
        {"\"a b\"~", -EBADMSG, 5, "bad proximity number"},
        {"\"a b\"~x", -EBADMSG, 5, "bad proximity number"},
        {"\"a b\"~51", -EBADMSG, 5, "bad proximity number"},
        {"\"a b\"~3x", -EBADMSG, 5, "bad proximity number"},
        {"\"a b\"~-1", -EBADMSG, 5, "bad proximity number"},
        {"\"acme\"~3", -EBADMSG, 6, "at least two words"},
        {"acme~2", -EBADMSG, 4, "'~'"},
        {"ac*", -EBADMSG, 0, "prefix too short"},
        {"acme ab*", -EBADMSG, 5, "prefix too short"},
        {"acme a*b", -EBADMSG, 6, "'*' is allowed only at the end"},
        {"acme**", -EBADMSG, 4, "'*' is allowed only at the end"},
        {"*", -EBADMSG, 0, "prefix must be one plain word"},
        {"#acme*", -EBADMSG, 0, "prefix must be one plain word"},
        {"acme.com*", -EBADMSG, 0, "prefix must be one plain word"},
        {"lang:pl", -EBADMSG, 0, "without a positive term"},
        {"-acme", -EBADMSG, 0, "without a positive term"},
        {"-acme -bank", -EBADMSG, 0, "without a positive term"},
        {"-is:repost", -EBADMSG, 0, "without a positive term"},
        {"acme OR -foo", -EBADMSG, 8, "this OR branch"},
        {"acme OR lang:pl", -EBADMSG, 8, "this OR branch"},
        {"(acme OR lang:pl) -x", -EBADMSG, 9, "this OR branch"},
        {"(y OR (z OR -w))", -EBADMSG, 12, "this OR branch"},
        {"acme -", -EBADMSG, 5, "'-' must be followed"},
        {"acme - bank", -EBADMSG, 5, "'-' must be followed"},
        {"(acme -)", -EBADMSG, 6, "'-' must be followed"},
        {"acme --bank", -EBADMSG, 5, "double '-'"},
        {"@", -EBADMSG, 0, "bad handle"},
        {"@acme.", -EBADMSG, 0, "bad handle"},
        {"@ac!me", -EBADMSG, 0, "bad handle"},
        {"@a@b@c", -EBADMSG, 0, "bad handle"},
        {"#", -EBADMSG, 0, "not a valid #hashtag"},
        {"$", -EBADMSG, 0, "not a valid $cashtag"},
        {"#a#b", -EBADMSG, 0, "not a valid #hashtag"},
        {"!!!", -EBADMSG, 0, "nothing to search for"},
        {"acme \xF0\x9F\x94\xA5", -EBADMSG, 5, "nothing to search for"},
        {"acme \x01", -EBADMSG, 5, "control character"},
        {"acme \xFF", -EBADMSG, 5, "invalid UTF-8"},
        {"acme \xC3", -EBADMSG, 5, "invalid UTF-8"},
        {"acme \xED\xA0\x80", -EBADMSG, 5, "invalid UTF-8"},
        {"acme \xC0\xAF", -EBADMSG, 5, "invalid UTF-8"},
};

static void test_parse_errors(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof ecases / sizeof ecases[0]; i++) {
		const struct ecase *c = &ecases[i];
		struct es_query *q = (struct es_query *)(uintptr_t)1;
		struct es_query_error err;
		int rc = es_query_parse(c->query, strlen(c->query), &q, &err);
		if (rc != c->rc || err.pos != c->pos || !strstr(err.msg, c->msg))
			fail_msg("row %zu '%s': rc %d pos %zu msg '%s'; want rc %d pos %zu '%s'", i,
			         c->query, rc, err.pos, err.msg, c->rc, c->pos, c->msg);
		assert_null(q);
		/* the message names the position */
		char at[32];
		snprintf(at, sizeof at, " at %zu", c->pos);
		assert_non_null(strstr(err.msg, at));
		/* a NULL error struct is allowed */
		assert_int_equal(es_query_parse(c->query, strlen(c->query), &q, NULL), c->rc);
	}
}

/* The query text is (ptr, len): bytes after len are not read, NUL inside is an error. */
static void test_parse_len(void **state)
{
	(void)state;
	struct es_query *q;
	struct es_query_error err;
	assert_int_equal(es_query_parse("acme OR", 4, &q, &err), 0);
	assert_int_equal(es_query_atoms(q), 1);
	es_query_free(q);
	assert_int_equal(es_query_parse("acme\0x", 6, &q, &err), -EBADMSG);
	assert_int_equal(err.pos, 4);
	assert_int_equal(es_query_parse(NULL, 0, &q, &err), -EBADMSG);
	assert_int_equal(es_query_parse(NULL, 3, &q, &err), -EINVAL);
	assert_int_equal(es_query_parse("acme", 4, NULL, &err), -EINVAL);
	es_query_free(NULL);
	assert_int_equal(es_query_atoms(NULL), 0);
}

static char *repeat(const char *unit, size_t times, const char *head, const char *tail)
{
	size_t ul = strlen(unit), hl = strlen(head), tl = strlen(tail);
	char *s = malloc(hl + ul * times + tl + 1);
	assert_non_null(s);
	memcpy(s, head, hl);
	for (size_t i = 0; i < times; i++)
		memcpy(s + hl + i * ul, unit, ul);
	memcpy(s + hl + ul * times, tail, tl + 1);
	return s;
}

static void expect_rc(const char *text, int want)
{
	struct es_query *q = NULL;
	struct es_query_error err = {0};
	int rc = es_query_parse(text, strlen(text), &q, &err);
	if (rc != want)
		fail_msg("query of %zu bytes: rc %d (%s), want %d", strlen(text), rc, err.msg,
		         want);
	if (rc == 0) {
		/* whatever parses must format and parse back */
		char *buf = malloc(4 * ES_QUERY_MAX_LEN);
		assert_non_null(buf);
		int n = es_query_format(q, buf, 4 * ES_QUERY_MAX_LEN);
		assert_true(n > 0);
		struct es_query *q2;
		assert_int_equal(es_query_parse(buf, (size_t)n, &q2, &err), 0);
		es_query_free(q2);
		free(buf);
	}
	es_query_free(q);
}

static void test_limits(void **state)
{
	(void)state;
	char *s;
	/* length */
	s = repeat(" ", ES_QUERY_MAX_LEN - 4, "acme", "");
	expect_rc(s, 0);
	free(s);
	s = repeat(" ", ES_QUERY_MAX_LEN - 3, "acme", "");
	expect_rc(s, -E2BIG);
	free(s);
	/* atoms: 512 ok, 513 too many */
	s = repeat(" ab", ES_QUERY_MAX_ATOMS - 1, "ab", "");
	expect_rc(s, 0);
	free(s);
	s = repeat(" ab", ES_QUERY_MAX_ATOMS, "ab", "");
	expect_rc(s, -E2BIG);
	free(s);
	/* parentheses: 32 deep ok, 33 too deep */
	s = repeat("(", ES_QUERY_MAX_DEPTH, "", "acme");
	char *t = repeat(")", ES_QUERY_MAX_DEPTH, s, "");
	expect_rc(t, 0);
	free(s);
	free(t);
	s = repeat("(", ES_QUERY_MAX_DEPTH + 1, "", "acme");
	t = repeat(")", ES_QUERY_MAX_DEPTH + 1, s, "");
	expect_rc(t, -E2BIG);
	free(s);
	free(t);
	/* AND/OR nesting without deep parentheses: a OR b (c OR d (…)) */
	s = repeat("a OR b (", 16, "", "c");
	t = repeat(")", 16, s, "");
	expect_rc(t, 0); /* 32 levels */
	free(s);
	free(t);
	s = repeat("a OR b (", 17, "", "c");
	t = repeat(")", 17, s, "");
	expect_rc(t, -E2BIG); /* 34 levels */
	free(s);
	free(t);
	/* phrase length */
	expect_rc("\"a b c d e f g h i j k l m n o p\"", 0);
	expect_rc("\"a b c d e f g h i j k l m n o p q\"", -E2BIG);
	expect_rc("\"a b c d e f g h i j k l m n o p\"~50", 0);
	/* a word longer than a key */
	s = repeat("a", 200, "", "");
	expect_rc(s, -EBADMSG);
	free(s);
}

/* ------------------------------------------------------------------------ */
/* Canonical text                                                            */

struct fcase {
	const char *query;
	const char *want; /* NULL: only check the round trip */
};

static const struct fcase fcases[] = {
        {"acme", "acme"},
        {"  acme  ", "acme"},
        {"ACME", "ACME"},
        {"acme bank", "(acme bank)"},
        {"a OR b c", "(a OR (b c))"},
        {"a b OR c", "((a b) OR c)"},
        {"(a b) c", "(a b c)"},
        {"a (b OR c) OR d", "((a (b OR c)) OR d)"},
        {"(a OR b) OR (c OR d)", "(a OR b OR c OR d)"},
        {"((a))", "a"},
        {"-(-acme)", "acme"},
        {"acme -(b OR c)", "(acme -(b OR c))"},
        {"acme -\"b c\"", "(acme -\"b c\")"},
        {"\"acme\"", "acme"},
        {"\"#acme\"", "#acme"},
        {"\"acme,   bank!\"", "\"acme bank\""},
        {"\"acme bank\"~03", "\"acme bank\"~3"},
        {"acme.com", "\"acme com\""},
        {"acme* @Acme #Acme $ACME", "(acme* @Acme #Acme $ACME)"},
        {"LANG:PL acme From:Bob IS:Reply HAS:links Source:BlueSky",
         "(lang:pl acme from:Bob is:reply has:links source:bluesky)"},
        {"acme lang:PT-br", "(acme lang:pt-br)"},
        {"OR. acme", "(\"OR\" acme)"},
        {"\"OR\" acme", "(\"OR\" acme)"},
        {"or acme", "(or acme)"},
        {"acme(bank)", "(acme bank)"},
        {"acme\"bank\"", "(acme bank)"},
        {"x (y OR (z OR w))", "(x (y OR z OR w))"},
        {"\"acme bank\"~2 OR -x acme", NULL},
        {"@acme@mastodon.social", "@acme@mastodon.social"},
        {"Żółw*", "Żółw*"},
        {"acme's", "acme's"},
        {"\"acme 🔥 bank\"", "\"acme bank\""},
        {"\"acme,   bank!\"~03 OR -(-x)", "(\"acme bank\"~3 OR x)"},
        {"a OR(b)", "(a OR b)"},
        {"(a)OR b", "(a OR b)"},
        {"x -(a -b)", "(x -(a -b))"},
        /* "xd" is a word after '?' but an emoticon after a space: the canonical text
         * keeps only what reads back (found by fuzz/fuzz_query.c) */
        {"R?xd\\", "R"},
        {"\"lol?xd acme\"", "\"lol acme\""},
};

static void test_format(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof fcases / sizeof fcases[0]; i++) {
		const struct fcase *c = &fcases[i];
		struct es_query *q = parse_ok(c->query);
		char a[512], b[512];
		int n = es_query_format(q, a, sizeof a);
		assert_true(n >= 0);
		assert_int_equal((size_t)n, strlen(a));
		if (c->want && strcmp(a, c->want) != 0)
			fail_msg("row %zu '%s': formatted '%s', want '%s'", i, c->query, a,
			         c->want);
		struct es_query *q2 = parse_ok(a);
		assert_int_equal(es_query_format(q2, b, sizeof b), n);
		assert_string_equal(a, b);
		assert_int_equal(es_query_atoms(q), es_query_atoms(q2));
		/* too small: -E2BIG at every capacity up to n (the NUL needs a byte) */
		for (size_t cap = 0; cap <= (size_t)n; cap++) {
			char small[512];
			memset(small, 0x5A, sizeof small);
			assert_int_equal(es_query_format(q, cap ? small : NULL, cap), -E2BIG);
			assert_int_equal((unsigned char)small[cap], 0x5A);
		}
		es_query_free(q);
		es_query_free(q2);
	}
}

/* ------------------------------------------------------------------------ */
/* The matcher                                                               */

/* "b" + the brand number in letters: a word the tokenizer keeps whole. */
static void brand_word(unsigned i, char *out)
{
	out[0] = 'b';
	for (int k = 1; k <= 4; k++, i /= 26)
		out[k] = (char)('a' + i % 26);
	out[5] = '\0';
}

#define NBRANDS 1000

static void test_many_brands(void **state)
{
	(void)state;
	struct es_matcher *m;
	assert_int_equal(es_matcher_new(&m), 0);
	for (unsigned i = 0; i < NBRANDS; i++) {
		char w[8], query[128], handle[16];
		brand_word(i, w);
		/* a unique word, shared words in every brand, a negation, a phrase */
		snprintf(query, sizeof query, "%s (deal OR sale OR \"%s cafe\") -spam", w, w);
		snprintf(handle, sizeof handle, "%shq", w);
		const char *handles[] = {handle};
		struct es_query *q = parse_ok(query);
		assert_int_equal(es_matcher_add(m, 1000 + i * 7, q, handles, 1), 0);
		es_query_free(q);
	}
	assert_int_equal(es_matcher_build(m), 0);
	struct es_match_scratch *s;
	assert_int_equal(es_match_scratch_new(m, &s), 0);
	struct es_match out[8];
	for (unsigned i = 0; i < NBRANDS; i++) {
		char w[8], text[128];
		brand_word(i, w);
		struct tpost tp;
		snprintf(text, sizeof text, "Great DEAL at %s today", w);
		build_post(&tp, text, NULL);
		size_t n = es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8);
		assert_int_equal(n, 1);
		assert_int_equal(out[0].brand, 1000 + i * 7);
		assert_int_equal(out[0].tagged, 0);

		snprintf(text, sizeof text, "@%shq the %s cafe", w, w);
		build_post(&tp, text, NULL);
		n = es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8);
		assert_int_equal(n, 1);
		assert_int_equal(out[0].brand, 1000 + i * 7);
		assert_int_equal(out[0].tagged, 1);

		snprintf(text, sizeof text, "%s sale spam", w);
		build_post(&tp, text, NULL);
		assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8), 0);

		snprintf(text, sizeof text, "%s only", w);
		build_post(&tp, text, NULL);
		assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8), 0);
	}
	/* a post hitting the shared atoms of every brand matches none of them */
	struct tpost tp;
	build_post(&tp, "deal sale cafe", NULL);
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8), 0);
	/* a post naming three brands matches three, and max truncates */
	char a[8], b[8], c[8], text[64];
	brand_word(3, a);
	brand_word(500, b);
	brand_word(999, c);
	snprintf(text, sizeof text, "%s %s %s sale", a, b, c);
	build_post(&tp, text, NULL);
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8), 3);
	uint32_t seen = 0;
	for (int k = 0; k < 3; k++)
		seen += out[k].brand;
	assert_int_equal(seen, 3 * 1000 + (3 + 500 + 999) * 7);
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 2), 2);
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 0), 0);
	es_match_scratch_free(s);
	es_matcher_free(m);
}

/* Several brands sharing atoms and handles, each tagged only by its own handles. */
static void test_shared_atoms(void **state)
{
	(void)state;
	struct es_matcher *m;
	assert_int_equal(es_matcher_new(&m), 0);
	const char *h1[] = {"acme", "@AcmeHelp"};
	const char *h2[] = {"globex"};
	struct es_query *q1 = parse_ok("bank OR \"bank loan\"");
	struct es_query *q2 = parse_ok("bank -loan");
	assert_int_equal(es_matcher_add(m, 1, q1, h1, 2), 0);
	assert_int_equal(es_matcher_add(m, 2, q2, h2, 1), 0);
	assert_int_equal(es_matcher_add(m, 3, q2, NULL, 0), 0);
	es_query_free(q1);
	es_query_free(q2);
	assert_int_equal(es_matcher_build(m), 0);
	struct es_match_scratch *s;
	assert_int_equal(es_match_scratch_new(m, &s), 0);
	struct tpost tp;
	struct es_match out[4];
	build_post(&tp, "@acmehelp my bank", NULL);
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 4), 3);
	for (int k = 0; k < 3; k++)
		assert_int_equal(out[k].tagged, out[k].brand == 1);
	build_post(&tp, "bank loan", "reply_to=globex");
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 4), 1);
	assert_int_equal(out[0].brand, 1);
	assert_int_equal(out[0].tagged, 0);
	/* a post with no tokens at all */
	build_post(&tp, "", "mention=acme");
	assert_int_equal(es_matcher_match(m, s, &tp.post, NULL, 0, out, 4), 0);
	es_match_scratch_free(s);
	es_matcher_free(m);
}

static void test_matcher_errors(void **state)
{
	(void)state;
	struct es_matcher *m;
	struct es_match_scratch *s = NULL;
	struct es_query *q = parse_ok("acme");
	const char *bad[] = {NULL};
	const char *empty[] = {"@"};
	assert_int_equal(es_matcher_new(&m), 0);
	assert_int_equal(es_match_scratch_new(m, &s), -EINVAL); /* not built yet */
	assert_int_equal(es_matcher_add(m, 5, q, NULL, 0), 0);
	assert_int_equal(es_matcher_add(m, 5, q, NULL, 0), -EEXIST);
	assert_int_equal(es_matcher_add(m, 6, q, bad, 1), -EINVAL);
	assert_int_equal(es_matcher_add(m, 6, q, empty, 1), -EINVAL);
	assert_int_equal(es_matcher_add(m, 6, NULL, NULL, 0), -EINVAL);
	/* a failed add left nothing behind: id 6 is still free */
	assert_int_equal(es_matcher_add(m, 6, q, NULL, 0), 0);
	assert_int_equal(es_matcher_add(m, 0, q, NULL, 0), 0);
	assert_int_equal(es_matcher_add(m, UINT32_MAX, q, NULL, 0), 0);
	assert_int_equal(es_matcher_add(m, UINT32_MAX, q, NULL, 0), -EEXIST);
	assert_int_equal(es_matcher_build(m), 0);
	assert_int_equal(es_matcher_build(m), -EINVAL);
	assert_int_equal(es_matcher_add(m, 8, q, NULL, 0), -EINVAL);
	assert_int_equal(es_match_scratch_new(m, &s), 0);
	struct tpost tp;
	struct es_match out[8];
	build_post(&tp, "ACME", NULL);
	assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 8), 4);
	/* a scratch belongs to its matcher */
	struct es_matcher *m2;
	assert_int_equal(es_matcher_new(&m2), 0);
	assert_int_equal(es_matcher_add(m2, 1, q, NULL, 0), 0);
	assert_int_equal(es_matcher_build(m2), 0);
	assert_int_equal(es_matcher_match(m2, s, &tp.post, tp.tok, tp.ntok, out, 8), 0);
	es_matcher_free(m2);
	/* an empty matcher matches nothing */
	assert_int_equal(es_matcher_new(&m2), 0);
	assert_int_equal(es_matcher_build(m2), 0);
	struct es_match_scratch *s2;
	assert_int_equal(es_match_scratch_new(m2, &s2), 0);
	assert_int_equal(es_matcher_match(m2, s2, &tp.post, tp.tok, tp.ntok, out, 8), 0);
	es_match_scratch_free(s2);
	es_matcher_free(m2);
	es_match_scratch_free(s);
	es_matcher_free(m);
	es_query_free(q);
	es_matcher_free(NULL);
	es_match_scratch_free(NULL);
}

/* ------------------------------------------------------------------------ */
/* Differential: the indexed matcher against a direct evaluation             */

/*
 * Random boolean queries over a six-word vocabulary (words and #tags, AND,
 * OR, NOT, nesting) are printed as query text and also evaluated directly
 * here. The matcher holds all of them as brands at once, so this checks the
 * index, the trigger sets that decide which brands are evaluated, the
 * postfix programs, precedence and the positive-term rule together.
 */
static const char *const dwords[] = {"alpha", "beta", "gamma", "delta", "eps", "zeta"};
#define DW 6

struct dnode {
	int type; /* 0 word, 1 #tag, 2 NOT, 3 AND, 4 OR */
	int word;
	int kid[3];
	int n;
};

struct dtree {
	struct dnode node[64];
	int n;
};

static uint32_t drand(uint32_t *st)
{
	*st ^= *st << 13;
	*st ^= *st >> 17;
	*st ^= *st << 5;
	return *st;
}

static int dgen(struct dtree *t, uint32_t *st, int depth)
{
	int i = t->n++;
	struct dnode *x = &t->node[i];
	uint32_t r = drand(st) % 10;
	if (depth == 0 || r < 4) {
		x->type = r == 0 ? 1 : 0;
		x->word = (int)(drand(st) % DW);
		return i;
	}
	x->type = r < 5 ? 2 : r < 8 ? 3 : 4;
	x->n = x->type == 2 ? 1 : 2 + (int)(drand(st) % 2);
	for (int k = 0; k < x->n; k++) {
		int c = dgen(t, st, depth - 1);
		t->node[i].kid[k] = c;
	}
	return i;
}

static void dprint(const struct dtree *t, int i, char *buf, size_t cap, size_t *len)
{
	const struct dnode *x = &t->node[i];
#define OUT(...) (*len += (size_t)snprintf(buf + *len, cap - *len, __VA_ARGS__))
	if (x->type <= 1) {
		OUT("%s%s", x->type ? "#" : "", dwords[x->word]);
	} else if (x->type == 2) {
		OUT("-(");
		dprint(t, x->kid[0], buf, cap, len);
		OUT(")");
	} else {
		OUT("(");
		for (int k = 0; k < x->n; k++) {
			if (k)
				OUT(x->type == 3 ? " " : " OR ");
			dprint(t, x->kid[k], buf, cap, len);
		}
		OUT(")");
	}
#undef OUT
}

static int deval(const struct dtree *t, int i, const int *word, const int *tag)
{
	const struct dnode *x = &t->node[i];
	int r;
	switch (x->type) {
	case 0:
		return word[x->word] || tag[x->word];
	case 1:
		return tag[x->word];
	case 2:
		return !deval(t, x->kid[0], word, tag);
	case 3:
		r = 1;
		for (int k = 0; k < x->n; k++)
			r &= deval(t, x->kid[k], word, tag);
		return r;
	default:
		r = 0;
		for (int k = 0; k < x->n; k++)
			r |= deval(t, x->kid[k], word, tag);
		return r;
	}
}

static int dneeds(const struct dtree *t, int i)
{
	const struct dnode *x = &t->node[i];
	int r;
	switch (x->type) {
	case 0:
	case 1:
		return 1;
	case 2: /* the parser reads -(-x) as x */
		return t->node[x->kid[0]].type == 2 ? dneeds(t, t->node[x->kid[0]].kid[0]) : 0;
	case 3:
		r = 0;
		for (int k = 0; k < x->n; k++)
			r |= dneeds(t, x->kid[k]);
		return r;
	default:
		r = 1;
		for (int k = 0; k < x->n; k++)
			r &= dneeds(t, x->kid[k]);
		return r;
	}
}

#define DQUERIES 400
#define DPOSTS   300

static void test_differential(void **state)
{
	(void)state;
	static struct dtree trees[DQUERIES];
	int ok[DQUERIES];
	uint32_t st = 2463534242u;
	struct es_matcher *m;
	assert_int_equal(es_matcher_new(&m), 0);
	int accepted = 0;
	for (int i = 0; i < DQUERIES; i++) {
		char text[1024];
		size_t len = 0;
		trees[i].n = 0;
		dgen(&trees[i], &st, 4);
		dprint(&trees[i], 0, text, sizeof text, &len);
		assert_true(len < sizeof text);
		struct es_query *q = NULL;
		struct es_query_error err;
		int rc = es_query_parse(text, len, &q, &err);
		ok[i] = rc == 0;
		if (ok[i] != dneeds(&trees[i], 0))
			fail_msg("'%s': parse rc %d (%s), positive-term rule says %d", text, rc,
			         err.msg, dneeds(&trees[i], 0));
		if (!ok[i])
			continue;
		accepted++;
		assert_int_equal(es_matcher_add(m, (uint32_t)i, q, NULL, 0), 0);
		es_query_free(q);
	}
	assert_true(accepted > DQUERIES / 4);
	assert_int_equal(es_matcher_build(m), 0);
	struct es_match_scratch *s;
	assert_int_equal(es_match_scratch_new(m, &s), 0);
	static struct es_match out[DQUERIES];
	int total = 0;
	for (int p = 0; p < DPOSTS; p++) {
		int word[DW] = {0}, tag[DW] = {0};
		char text[256];
		size_t len = 0;
		int ntok = (int)(drand(&st) % 7);
		for (int k = 0; k < ntok; k++) {
			int w = (int)(drand(&st) % DW), t = drand(&st) % 4 == 0;
			(t ? tag : word)[w] = 1;
			len += (size_t)snprintf(text + len, sizeof text - len, "%s%s, ",
			                        t ? "#" : "", dwords[w]);
		}
		text[len] = '\0';
		struct tpost tp;
		build_post(&tp, text, NULL);
		size_t n = es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, DQUERIES);
		char got[DQUERIES] = {0};
		for (size_t k = 0; k < n; k++) {
			assert_true(out[k].brand < DQUERIES && ok[out[k].brand]);
			assert_int_equal(got[out[k].brand], 0);
			got[out[k].brand] = 1;
		}
		for (int i = 0; i < DQUERIES; i++) {
			if (!ok[i])
				continue;
			int want = deval(&trees[i], 0, word, tag);
			total += want;
			if (want != got[i]) {
				char q[1024];
				size_t ql = 0;
				dprint(&trees[i], 0, q, sizeof q, &ql);
				fail_msg("query '%s' on '%s': matcher %d, direct %d", q, text,
				         got[i], want);
			}
		}
	}
	assert_true(total > 100); /* the test must see matches, not only misses */
	es_match_scratch_free(s);
	es_matcher_free(m);
}

/* ------------------------------------------------------------------------ */
/* Allocation failure                                                        */

static void test_alloc_fail_parse(void **state)
{
	(void)state;
	const char *text = "(acme OR \"acme bank\"~3 OR acm*) -(spam OR #ad) lang:pl @acme $ACME";
	for (long n = 0;; n++) {
		struct es_query *q = NULL;
		struct es_query_error err;
		alloc_fail_after(n);
		int rc = es_query_parse(text, strlen(text), &q, &err);
		int fired = alloc_fail_fired();
		alloc_fail_off();
		if (!fired) {
			assert_int_equal(rc, 0);
			es_query_free(q);
			break;
		}
		assert_int_equal(rc, -ENOMEM);
		assert_null(q);
	}
}

static void test_alloc_fail_matcher(void **state)
{
	(void)state;
	struct es_query *q = parse_ok("(acme OR \"acme bank\"~3 OR acm*) -(spam OR #ad) @acme");
	const char *handles[] = {"acme", "acmehelp"};
	for (long n = 0;; n++) {
		struct es_matcher *m = NULL;
		struct es_match_scratch *s = NULL;
		alloc_fail_after(n);
		int rc = es_matcher_new(&m);
		for (uint32_t b = 0; rc == 0 && b < 40; b++) {
			rc = es_matcher_add(m, b, q, handles, 2);
			if (rc == -ENOMEM) /* a failed add can be retried */
				rc = es_matcher_add(m, b, q, handles, 2);
		}
		if (rc == 0)
			rc = es_matcher_build(m);
		if (rc == 0)
			rc = es_match_scratch_new(m, &s);
		int fired = alloc_fail_fired();
		alloc_fail_off();
		if (rc == 0) {
			struct tpost tp;
			struct es_match out[64];
			build_post(&tp, "@acme: acme's bank", NULL);
			assert_int_equal(es_matcher_match(m, s, &tp.post, tp.tok, tp.ntok, out, 64),
			                 40);
		} else {
			assert_int_equal(rc, -ENOMEM);
		}
		es_match_scratch_free(s);
		es_matcher_free(m);
		if (!fired)
			break;
	}
	es_query_free(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_match_table),
	        cmocka_unit_test(test_parse_errors),
	        cmocka_unit_test(test_parse_len),
	        cmocka_unit_test(test_limits),
	        cmocka_unit_test(test_format),
	        cmocka_unit_test(test_many_brands),
	        cmocka_unit_test(test_shared_atoms),
	        cmocka_unit_test(test_matcher_errors),
	        cmocka_unit_test(test_differential),
	        cmocka_unit_test(test_alloc_fail_parse),
	        cmocka_unit_test(test_alloc_fail_matcher),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
