/*
 * fuzz_query.c — libFuzzer target for the query parser, the canonical
 * formatter and the matcher.
 *
 * Parses the input (exactly sized, not NUL-terminated). A rejected query must
 * come back as -EBADMSG or -E2BIG with a position inside the text and a
 * NUL-terminated message. An accepted one must format, and its canonical text
 * must parse again and format to the same bytes (when it fits the length
 * limit: the canonical text adds parentheses, so a query near
 * ES_QUERY_MAX_LEN may format longer than the limit). Then a one-brand
 * matcher is built from it and matched against a fixed post and against the
 * input itself tokenized as a post, so that the query's own words are
 * present. The re-parsed canonical query is added as a second brand: both
 * must match the same posts with the same tagged flag (formatting keeps the
 * meaning), and a second run with the same scratch must give the same
 * answer. Aborts when an invariant breaks.
 *
 * Built as a libFuzzer binary with -Dfuzzing=true and, always, with replay.c,
 * which feeds it the committed corpus as an ordinary test. It does not check
 * what a query should match; tests/unit/test_query.c does.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/query.h"
#include "earshot/token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FMT_CAP (4 * ES_QUERY_MAX_LEN)

static struct es_token tok[ES_TOKENS_MAX];
static char fmt1[FMT_CAP];
static char fmt2[FMT_CAP];

static void check(int cond)
{
	if (!cond)
		abort();
}

/* Brand 42 is the query, brand 43 (when present) its re-parsed canonical text. */
static void match_text(const struct es_matcher *m, struct es_match_scratch *s, struct es_post *post,
                       const char *text, size_t len, int twin)
{
	size_t n = 0;
	int rc = es_tokenize(text, len, tok, ES_TOKENS_MAX, &n);
	check(rc == 0 || rc == -E2BIG);
	post->text.ptr = text;
	post->text.len = len;
	struct es_match out[3];
	size_t got = es_matcher_match(m, s, post, tok, n, out, 3);
	check(got <= (twin ? 2u : 1u));
	if (twin)
		check(got == 0 || (got == 2 && out[0].tagged == out[1].tagged &&
		                   out[0].brand + out[1].brand == 85));
	else if (got == 1)
		check(out[0].brand == 42);
	for (size_t k = 0; k < got; k++)
		check(out[k].tagged <= 1);
	struct es_match again[3];
	size_t got2 = es_matcher_match(m, s, post, tok, n, again, 3);
	check(got2 == got);
	if (got2)
		check(again[0].tagged == out[0].tagged);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct es_query *q = NULL;
	struct es_query_error err;
	int rc = es_query_parse(text, size, &q, &err);
	if (rc != 0) {
		check(rc == -EBADMSG || rc == -E2BIG);
		check(q == NULL);
		check(err.pos <= size || (rc == -E2BIG && err.pos == ES_QUERY_MAX_LEN));
		check(memchr(err.msg, '\0', sizeof err.msg) != NULL && err.msg[0] != '\0');
		return 0;
	}
	check(es_query_atoms(q) >= 1 && es_query_atoms(q) <= ES_QUERY_MAX_ATOMS);

	int n1 = es_query_format(q, fmt1, sizeof fmt1);
	check(n1 > 0 && (size_t)n1 == strlen(fmt1));
	struct es_query *q2 = NULL;
	if (n1 <= ES_QUERY_MAX_LEN) {
		check(es_query_parse(fmt1, (size_t)n1, &q2, &err) == 0);
		int n2 = es_query_format(q2, fmt2, sizeof fmt2);
		check(n2 == n1 && memcmp(fmt1, fmt2, (size_t)n1) == 0);
		check(es_query_atoms(q2) == es_query_atoms(q));
	}

	struct es_matcher *m = NULL;
	struct es_match_scratch *s = NULL;
	static const char *const handles[] = {"acme", "acme.bsky.social"};
	check(es_matcher_new(&m) == 0);
	check(es_matcher_add(m, 42, q, handles, 2) == 0);
	if (q2)
		check(es_matcher_add(m, 43, q2, handles, 2) == 0);
	es_query_free(q);
	es_query_free(q2);
	check(es_matcher_build(m) == 0);
	check(es_match_scratch_new(m, &s) == 0);

	static const char fixed[] = "Acme's new app is slow!!! @acme #AcmeFail $ACME "
	                            "acme bank, acme.com https://acme.com \xF0\x9F\x98\xA1 zółw";
	struct es_post post;
	memset(&post, 0, sizeof post);
	post.source = (struct es_str){"bluesky", 7};
	post.lang = (struct es_str){"pl-PL", 5};
	post.author = (struct es_str){"bob", 3};
	post.reply_to = (struct es_str){"acme", 4};
	post.mentions[0] = (struct es_str){"acme.bsky.social", 16};
	post.n_mentions = 1;
	post.is_reply = 1;
	match_text(m, s, &post, fixed, sizeof fixed - 1, q2 != NULL);
	memset(&post, 0, sizeof post);
	match_text(m, s, &post, text, size, q2 != NULL);

	es_match_scratch_free(s);
	es_matcher_free(m);
	return 0;
}
