/*
 * test_xapi.c — X API v2 payloads (xapi.c): filtered-stream lines and their
 * post mapping, recent-search pages, rules responses, request bodies, the
 * reconcile plan, the query → X rule compiler, and the read-only query walk
 * it is built on (query.h). Payloads are shaped like X's documented examples
 * with fictional brands and users.
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
#include "earshot/xapi.h"

static struct es_xparser *xp;

static int setup(void **state)
{
	(void)state;
	return es_xparser_new(&xp);
}

static int teardown(void **state)
{
	(void)state;
	es_xparser_free(xp);
	xp = NULL;
	return 0;
}

static void assert_str(struct es_str s, const char *want)
{
	char got[512];
	snprintf(got, sizeof got, "%.*s", (int)s.len, s.ptr ? s.ptr : "");
	assert_string_equal(got, want);
	assert_int_equal(s.len, strlen(want));
}

static int line(const char *s, struct es_xmsg *m)
{
	return es_xparser_line(xp, s, strlen(s), m);
}

/* ------------------------------------------------------------------------ */
/* Stream lines                                                              */

static const char *const POST_LINE =
        "{\"data\":{\"id\":\"1851234567890123456\",\"text\":\"@zephyrair lost my bag &amp; "
        "nobody answers &lt;3 https://t.co/abc\",\"author_id\":\"2244994945\","
        "\"created_at\":\"2026-11-23T12:00:00.123Z\",\"lang\":\"en\","
        "\"conversation_id\":\"1851234567890123000\","
        "\"edit_history_tweet_ids\":[\"1851234567890123000\",\"1851234567890123456\"],"
        "\"in_reply_to_user_id\":\"783214\","
        "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1851234567890123000\"}],"
        "\"entities\":{\"mentions\":[{\"start\":0,\"end\":11,\"username\":\"zephyrair\","
        "\"id\":\"783214\"},{\"start\":12,\"end\":20,\"username\":\"acme_help\",\"id\":\"99\"}],"
        "\"urls\":[{\"start\":60,\"end\":83,\"url\":\"https://t.co/abc\"}]},"
        "\"public_metrics\":{\"retweet_count\":0,\"reply_count\":0,\"like_count\":2}},"
        "\"includes\":{\"users\":[{\"id\":\"783214\",\"name\":\"Zephyr Air\",\"username\":"
        "\"zephyrair\"},{\"id\":\"2244994945\",\"name\":\"Jo Traveller\",\"username\":"
        "\"jo_travels\"}]},"
        "\"matching_rules\":[{\"id\":\"1166916266197536768\",\"tag\":\"brand:zephyr\"},"
        "{\"id\":\"1166916266197536769\",\"tag\":\"brand:acme\"},{\"id\":\"7\"}]}\r";

static void test_stream_post(void **state)
{
	(void)state;
	struct es_xmsg m;
	assert_int_equal(line(POST_LINE, &m), 0);
	assert_int_equal(m.kind, ES_XMSG_POST);
	const struct es_post *p = &m.post;
	assert_str(p->id, "1851234567890123456");
	assert_str(p->orig_id, "1851234567890123000");
	assert_str(p->source, "x");
	assert_str(p->text, "@zephyrair lost my bag & nobody answers <3 https://t.co/abc");
	assert_str(p->author, "jo_travels");
	assert_str(p->lang, "en");
	assert_str(p->reply_to, "zephyrair");
	assert_str(p->url, "https://x.com/jo_travels/status/1851234567890123456");
	assert_int_equal(p->created_ms, 1795435200123ull);
	assert_int_equal(p->is_reply, 1);
	assert_int_equal(p->is_repost, 0);
	assert_int_equal(p->has_links, 1);
	assert_int_equal(p->n_mentions, 2);
	assert_str(p->mentions[0], "zephyrair");
	assert_str(p->mentions[1], "acme_help");
	assert_int_equal(p->n_routes, 2);
	assert_str(p->routes[0], "brand:zephyr");
	assert_str(p->routes[1], "brand:acme");
	assert_int_equal(es_xparser_stats(xp)->posts, 1);
}

static void test_stream_post_minimal(void **state)
{
	(void)state;
	struct es_xmsg m;
	/* a retweet with a long note_tweet, no includes, reply target known only from mentions,
	 * und language, single-version edit history */
	const char *l =
	        "{\"matching_rules\":[{\"id\":\"1\",\"tag\":\"brand:acme\"}],\"data\":{\"text\":"
	        "\"RT @acme: short…\",\"note_tweet\":{\"text\":\"Acme's full long text\"},"
	        "\"id\":\"42\",\"lang\":\"und\",\"author_id\":\"5\","
	        "\"edit_history_tweet_ids\":[\"42\"],\"in_reply_to_user_id\":\"9\","
	        "\"entities\":{\"mentions\":[{\"username\":\"acme\",\"id\":\"9\"}],\"urls\":[]},"
	        "\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"41\"},{\"type\":"
	        "\"quoted\","
	        "\"id\":\"40\"}],\"created_at\":\"not a time\"}}";
	assert_int_equal(line(l, &m), 0);
	assert_int_equal(m.kind, ES_XMSG_POST);
	assert_str(m.post.id, "42");
	assert_str(m.post.orig_id, "");
	assert_str(m.post.text, "Acme's full long text");
	assert_str(m.post.author, "");
	assert_str(m.post.lang, "");
	assert_str(m.post.reply_to, "acme");
	assert_str(m.post.url, "https://x.com/i/status/42");
	assert_int_equal(m.post.created_ms, 0);
	assert_int_equal(m.post.is_repost, 1);
	assert_int_equal(m.post.is_reply, 0);
	assert_int_equal(m.post.has_links, 0);
	assert_int_equal(m.post.n_routes, 1);

	/* X's pseudo-languages are not languages */
	assert_int_equal(line("{\"data\":{\"id\":\"1\",\"text\":\"#acme\",\"lang\":\"qht\"}}", &m),
	                 0);
	assert_str(m.post.lang, "");
	assert_int_equal(line("{\"data\":{\"id\":\"1\",\"text\":\"-\",\"lang\":\"zxx\"}}", &m), 0);
	assert_str(m.post.lang, "");
	assert_int_equal(line("{\"data\":{\"id\":\"1\",\"text\":\"x\",\"lang\":\"pt\"}}", &m), 0);
	assert_str(m.post.lang, "pt");
	/* a data object with partial errors is still a post */
	assert_int_equal(line("{\"data\":{\"id\":\"3\",\"text\":\"hi\"},\"errors\":[{\"title\":"
	                      "\"Not Found Error\"}]}",
	                      &m),
	                 0);
	assert_int_equal(m.kind, ES_XMSG_POST);
	/* an odd username is not trusted for the URL */
	assert_int_equal(line("{\"data\":{\"id\":\"4\",\"text\":\"hi\",\"author_id\":\"1\"},"
	                      "\"includes\":{\"users\":[{\"id\":\"1\",\"username\":\"a/b\"}]}}",
	                      &m),
	                 0);
	assert_str(m.post.author, "");
	assert_str(m.post.url, "https://x.com/i/status/4");
}

static void test_stream_mentions_bounded(void **state)
{
	(void)state;
	char l[8192];
	size_t n = (size_t)snprintf(
	        l, sizeof l, "{\"data\":{\"id\":\"1\",\"text\":\"t\",\"entities\":{\"mentions\":[");
	for (int i = 0; i < 40; i++)
		n += (size_t)snprintf(l + n, sizeof l - n, "%s{\"username\":\"u%d\"}", i ? "," : "",
		                      i);
	n += (size_t)snprintf(l + n, sizeof l - n, "]}},\"matching_rules\":[");
	for (int i = 0; i < 20; i++)
		n += (size_t)snprintf(l + n, sizeof l - n, "%s{\"id\":\"1\",\"tag\":\"t%d\"}",
		                      i ? "," : "", i);
	snprintf(l + n, sizeof l - n, "]}");
	struct es_xmsg m;
	assert_int_equal(line(l, &m), 0);
	assert_int_equal(m.post.n_mentions, ES_POST_MENTIONS_MAX);
	assert_str(m.post.mentions[31], "u31");
	assert_int_equal(m.post.n_routes, ES_POST_ROUTES_MAX);
	assert_str(m.post.routes[15], "t15");
}

static void test_stream_text_cut(void **state)
{
	(void)state;
	/* a text of 70,001 bytes, mostly two-byte characters: cut at a character boundary */
	size_t chars = 35000;
	size_t cap = chars * 2 + 100;
	char *l = malloc(cap);
	assert_non_null(l);
	size_t n = (size_t)snprintf(l, cap, "{\"data\":{\"id\":\"1\",\"text\":\"x");
	for (size_t i = 0; i < chars; i++) {
		l[n++] = '\xC3';
		l[n++] = '\xA9';
	}
	snprintf(l + n, cap - n, "\"}}");
	struct es_xmsg m;
	assert_int_equal(es_xparser_line(xp, l, strlen(l), &m), 0);
	/* "x" + é…: byte 65536 would split an é, so the text stops one byte earlier */
	assert_int_equal(m.post.text.len, ES_POST_TEXT_MAX - 1);
	assert_memory_equal(m.post.text.ptr + m.post.text.len - 2, "\xC3\xA9", 2);
	assert_int_equal(es_xparser_stats(xp)->truncated, 1);
	free(l);
}

static void test_stream_errors(void **state)
{
	(void)state;
	struct es_xmsg m;
	assert_int_equal(
	        line("{\"errors\":[{\"title\":\"operational-disconnect\",\"disconnect_type\":"
	             "\"UpstreamOperationalDisconnect\",\"detail\":\"This stream has been "
	             "disconnected upstream for operational reasons.\",\"type\":"
	             "\"https://api.x.com/2/problems/operational-disconnect\"}]}",
	             &m),
	        0);
	assert_int_equal(m.kind, ES_XMSG_OPERATIONAL_DISCONNECT);
	assert_string_equal(m.title, "operational-disconnect");
	assert_string_equal(m.detail,
	                    "This stream has been disconnected upstream for operational reasons.");

	assert_int_equal(line("{\"title\":\"ConnectionException\",\"detail\":\"This stream is "
	                      "currently at the maximum allowed connection limit.\","
	                      "\"connection_issue\":\"TooManyConnections\",\"type\":"
	                      "\"https://api.x.com/2/problems/streaming-connection\"}",
	                      &m),
	                 0);
	assert_int_equal(m.kind, ES_XMSG_TOO_MANY_CONNECTIONS);
	assert_string_equal(m.title, "ConnectionException");

	assert_int_equal(line("{\"errors\":[{\"title\":\"Something\",\"message\":\"odd\"}]}", &m),
	                 0);
	assert_int_equal(m.kind, ES_XMSG_ERROR_OTHER);
	assert_string_equal(m.title, "Something");
	assert_string_equal(m.detail, "odd");

	assert_int_equal(line("{\"hello\":\"new kind\"}", &m), 0);
	assert_int_equal(m.kind, ES_XMSG_UNKNOWN);
	assert_int_equal(line("", &m), 0);
	assert_int_equal(m.kind, ES_XMSG_KEEPALIVE);
	assert_int_equal(line("\r", &m), 0);
	assert_int_equal(m.kind, ES_XMSG_KEEPALIVE);
	const struct es_xstats *st = es_xparser_stats(xp);
	assert_int_equal(st->errors, 3);
	assert_int_equal(st->unknown, 1);
	assert_int_equal(st->keepalives, 2);
}

static void test_stream_malformed(void **state)
{
	(void)state;
	struct es_xmsg m;
	static const struct {
		const char *in;
		int rc;
		const char *why;
	} cases[] = {
	        {"{\"data\":", -EBADMSG, "not JSON"},
	        {"[1,2]", -EBADMSG, "not a JSON object"},
	        {"\"str\"", -EBADMSG, "not a JSON object"},
	        {"{\"data\":[]}", -EBADMSG, "stream message whose data is not an object"},
	        {"{\"data\":{\"text\":\"no id\"}}", -EBADMSG, "post without a valid id"},
	        {"{\"data\":{\"id\":123,\"text\":\"numeric id\"}}", -EBADMSG,
	         "post without a valid id"},
	        {"{\"data\":{\"id\":\"12a\",\"text\":\"x\"}}", -EBADMSG, "post without a valid id"},
	        {"{\"data\":{\"id\":\"1\"}}", -EBADMSG, "post without text"},
	        {"{\"data\":{\"id\":\"1\",\"text\":\"\xff\"}}", -EBADMSG, "not JSON"},
	        {"{} {}", -EBADMSG, "not JSON"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(line(cases[i].in, &m), cases[i].rc);
		assert_true(strncmp(es_xparser_error(xp), cases[i].why, strlen(cases[i].why)) == 0);
	}
	/* inner NUL */
	assert_int_equal(es_xparser_line(xp, "{\"a\":\"\0\"}", 9, &m), -EBADMSG);
	assert_string_equal(es_xparser_error(xp), "NUL byte in JSON");
	/* depth */
	char deep[200];
	memset(deep, '[', sizeof deep);
	assert_int_equal(es_xparser_line(xp, deep, sizeof deep, &m), -EBADMSG);
	assert_string_equal(es_xparser_error(xp), "JSON nested too deeply");
	/* brackets inside strings do not count */
	char s[300];
	size_t n = (size_t)snprintf(s, sizeof s, "{\"data\":{\"id\":\"1\",\"text\":\"");
	memset(s + n, '[', 100);
	snprintf(s + n + 100, sizeof s - n - 100, "\\\"\"}}");
	assert_int_equal(line(s, &m), 0);
	assert_int_equal(m.post.text.len, 101);
	/* size */
	size_t big = ES_X_BODY_MAX + 1;
	char *b = malloc(big);
	assert_non_null(b);
	memset(b, ' ', big);
	b[0] = '{';
	assert_int_equal(es_xparser_line(xp, b, big, &m), -E2BIG);
	free(b);
	/* the parser goes on */
	assert_int_equal(line(POST_LINE, &m), 0);
	assert_int_equal(m.kind, ES_XMSG_POST);
}

/* ------------------------------------------------------------------------ */
/* Recent search                                                             */

struct got {
	char ids[256];
	int n;
};

static void on_post(void *ctx, const struct es_post *p)
{
	struct got *g = ctx;
	size_t l = strlen(g->ids);
	snprintf(g->ids + l, sizeof g->ids - l, "%s%.*s/%.*s", g->n ? "," : "", (int)p->id.len,
	         p->id.ptr, (int)p->author.len, p->author.ptr);
	g->n++;
	assert_int_equal(p->n_routes, 0);
}

static void test_search_page(void **state)
{
	(void)state;
	const char *body =
	        "{\"data\":[{\"id\":\"1300\",\"text\":\"newest acme\",\"author_id\":\"2\"},"
	        "{\"id\":\"1200\",\"text\":\"middle\",\"author_id\":\"1\"},"
	        "{\"text\":\"no id: skipped\"},"
	        "{\"id\":\"1100\",\"text\":\"oldest\",\"author_id\":\"3\"}],"
	        "\"includes\":{\"users\":[{\"id\":\"1\",\"username\":\"ann\"},{\"id\":\"2\","
	        "\"username\":\"bob\"}]},"
	        "\"meta\":{\"newest_id\":\"1300\",\"oldest_id\":\"1100\",\"result_count\":4,"
	        "\"next_token\":\"b26v89c19zqg8o3fo7gghep0wmpt92c0wn0jiqwtc7tdp\"}}";
	struct got g = {"", 0};
	struct es_xsearch_meta meta;
	assert_int_equal(es_xparser_search(xp, body, strlen(body), on_post, &g, &meta), 3);
	assert_string_equal(g.ids, "1100/,1200/ann,1300/bob");
	assert_string_equal(meta.newest_id, "1300");
	assert_string_equal(meta.oldest_id, "1100");
	assert_string_equal(meta.next_token, "b26v89c19zqg8o3fo7gghep0wmpt92c0wn0jiqwtc7tdp");
	assert_int_equal(meta.result_count, 4);
	assert_int_equal(meta.skipped, 1);

	const char *empty = "{\"meta\":{\"result_count\":0}}";
	memset(&g, 0, sizeof g);
	assert_int_equal(es_xparser_search(xp, empty, strlen(empty), on_post, &g, &meta), 0);
	assert_int_equal(g.n, 0);
	assert_string_equal(meta.next_token, "");

	const char *err = "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}";
	assert_int_equal(es_xparser_search(xp, err, strlen(err), on_post, &g, &meta), -EPROTO);
	assert_string_equal(es_xparser_error(xp), "Rate limit exceeded");
	const char *prob = "{\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to "
	                   "your request was invalid.\",\"type\":\"https://api.x.com/2/problems/"
	                   "invalid-request\"}";
	assert_int_equal(es_xparser_search(xp, prob, strlen(prob), on_post, &g, &meta), -EPROTO);
	assert_string_equal(es_xparser_error(xp), "Invalid Request: One or more parameters to your "
	                                          "request was invalid.");
	const char *badmeta = "{\"meta\":{\"newest_id\":\"12x\"}}";
	assert_int_equal(es_xparser_search(xp, badmeta, strlen(badmeta), on_post, &g, &meta),
	                 -EBADMSG);
	const char *baddata = "{\"data\":{\"id\":\"1\"}}";
	assert_int_equal(es_xparser_search(xp, baddata, strlen(baddata), on_post, &g, &meta),
	                 -EBADMSG);
}

/* ------------------------------------------------------------------------ */
/* Rules                                                                     */

static void test_rules_list(void **state)
{
	(void)state;
	const char *body = "{\"data\":[{\"id\":\"1273646795642421249\",\"value\":\"(acme OR #acme) "
	                   "-is:retweet\","
	                   "\"tag\":\"brand:acme\"},{\"value\":\"zephyr "
	                   "\\\"air\\\"\",\"id\":\"1273646795642421250\"}],"
	                   "\"meta\":{\"sent\":\"2026-11-23T12:00:00.000Z\",\"result_count\":2}}";
	struct es_xrules r;
	assert_int_equal(es_xparser_rules(xp, body, strlen(body), 0, &r), 0);
	assert_int_equal(r.n, 2);
	assert_string_equal(r.v[0].id, "1273646795642421249");
	assert_string_equal(r.v[0].value, "(acme OR #acme) -is:retweet");
	assert_string_equal(r.v[0].tag, "brand:acme");
	assert_string_equal(r.v[1].value, "zephyr \"air\"");
	assert_string_equal(r.v[1].tag, "");
	es_xrules_done(&r);
	/* the list is owned: it outlives the parser's next call */
	assert_int_equal(es_xparser_rules(xp, body, strlen(body), 2, &r), 0);
	struct es_xmsg m;
	line(POST_LINE, &m);
	assert_string_equal(r.v[1].id, "1273646795642421250");
	es_xrules_done(&r);

	assert_int_equal(es_xparser_rules(xp, body, strlen(body), 1, &r), -E2BIG);
	assert_int_equal(r.n, 0);
	const char *none = "{\"meta\":{\"sent\":\"2026-11-23T12:00:00.000Z\",\"result_count\":0}}";
	assert_int_equal(es_xparser_rules(xp, none, strlen(none), 0, &r), 0);
	assert_int_equal(r.n, 0);
	const char *bad = "{\"data\":[{\"id\":\"1\",\"value\":\"a\"},{\"id\":\"2\"}]}";
	assert_int_equal(es_xparser_rules(xp, bad, strlen(bad), 0, &r), -EBADMSG);
	assert_int_equal(r.n, 0);
	const char *unauth = "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
	                     "\"detail\":\"Unauthorized\"}";
	assert_int_equal(es_xparser_rules(xp, unauth, strlen(unauth), 0, &r), -EPROTO);
	assert_string_equal(es_xparser_error(xp), "Unauthorized: Unauthorized");
	es_xrules_done(&r);
}

static void test_rules_summary(void **state)
{
	(void)state;
	struct es_xrules_summary s;
	const char *add =
	        "{\"data\":[{\"value\":\"acme\",\"tag\":\"brand:acme\",\"id\":\"1\"}],"
	        "\"meta\":{\"sent\":\"2026-11-23T12:00:00.000Z\",\"summary\":{\"created\":1,"
	        "\"not_created\":0,\"valid\":1,\"invalid\":0}}}";
	assert_int_equal(es_xparser_rules_summary(xp, add, strlen(add), &s), 0);
	assert_int_equal(s.created, 1);
	assert_int_equal(s.valid, 1);
	assert_int_equal(s.not_created + s.invalid + s.deleted + s.not_deleted, 0);
	assert_false(s.has_errors);

	const char *del =
	        "{\"meta\":{\"sent\":\"x\",\"summary\":{\"deleted\":2,\"not_deleted\":1}},"
	        "\"errors\":[{\"errors\":[{\"parameters\":{},\"message\":\"Rule does not "
	        "exist\"}],\"title\":\"Invalid Request\",\"detail\":\"Rule does not exist\","
	        "\"type\":\"https://api.x.com/2/problems/invalid-request\"}]}";
	assert_int_equal(es_xparser_rules_summary(xp, del, strlen(del), &s), 0);
	assert_int_equal(s.deleted, 2);
	assert_int_equal(s.not_deleted, 1);
	assert_true(s.has_errors);
	assert_string_equal(s.error, "Invalid Request: Rule does not exist");

	const char *dup =
	        "{\"meta\":{\"summary\":{\"created\":0,\"not_created\":1,\"valid\":0,"
	        "\"invalid\":1}},\"errors\":[{\"value\":\"acme\",\"id\":\"1\",\"title\":"
	        "\"DuplicateRule\",\"type\":\"https://api.x.com/2/problems/duplicate-rules\"}]}";
	assert_int_equal(es_xparser_rules_summary(xp, dup, strlen(dup), &s), 0);
	assert_int_equal(s.invalid, 1);
	assert_string_equal(s.error, "DuplicateRule (acme)");

	const char *rate = "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}";
	assert_int_equal(es_xparser_rules_summary(xp, rate, strlen(rate), &s), -EPROTO);
	assert_string_equal(s.error, "Rate limit exceeded");
	assert_string_equal(es_xparser_error(xp), "Rate limit exceeded");
	assert_int_equal(es_xparser_rules_summary(xp, "{}", 2, &s), -EBADMSG);
	const char *neg = "{\"meta\":{\"summary\":{\"created\":-5,\"valid\":1e3,\"invalid\":"
	                  "99999999999}}}";
	assert_int_equal(es_xparser_rules_summary(xp, neg, strlen(neg), &s), 0);
	assert_int_equal(s.created, 0);
	assert_int_equal(s.valid, 0);
	assert_int_equal(s.invalid, UINT32_MAX);
}

static void test_bodies(void **state)
{
	(void)state;
	struct es_xbuf b;
	es_xbuf_init(&b, 0);
	struct es_xrule_spec r[] = {
	        {"(acme OR \"acme bank\") -is:retweet", "brand:acme"},
	        {"zephyr\\air\n\x01 caf\xc3\xa9", NULL},
	        {"x", ""},
	};
	assert_int_equal(es_xrules_body_add(&b, r, 3), 0);
	assert_string_equal(b.ptr,
	                    "{\"add\":[{\"value\":\"(acme OR \\\"acme bank\\\") -is:retweet\","
	                    "\"tag\":\"brand:acme\"},{\"value\":\"zephyr\\\\air\\n\\u0001 "
	                    "caf\xc3\xa9\"},{\"value\":\"x\"}]}");
	assert_int_equal(b.len, strlen(b.ptr));
	es_xbuf_done(&b);

	es_xbuf_init(&b, 0);
	const char *ids[] = {"1165037377523306498", "1165037377523306499"};
	assert_int_equal(es_xrules_body_delete(&b, ids, 2), 0);
	assert_string_equal(b.ptr, "{\"delete\":{\"ids\":[\"1165037377523306498\","
	                           "\"1165037377523306499\"]}}");
	es_xbuf_done(&b);

	/* errors leave the buffer as it was */
	es_xbuf_init(&b, 50);
	assert_int_equal(es_xrules_body_delete(&b, ids, 1), 0);
	size_t len = b.len;
	assert_int_equal(es_xrules_body_delete(&b, ids, 2), -E2BIG);
	assert_int_equal(b.len, len);
	assert_int_equal(strlen(b.ptr), len);
	struct es_xrule_spec badutf[] = {{"caf\xc3", NULL}};
	assert_int_equal(es_xrules_body_add(&b, badutf, 1), -EILSEQ);
	struct es_xrule_spec nul[] = {{NULL, "t"}};
	assert_int_equal(es_xrules_body_add(&b, nul, 1), -EINVAL);
	assert_int_equal(es_xrules_body_add(&b, r, 0), -EINVAL);
	assert_int_equal(b.len, len);
	es_xbuf_done(&b);
	es_xbuf_done(&b); /* twice is fine */
}

static void test_bodies_alloc_fail(void **state)
{
	(void)state;
	const char *ids[] = {"1", "2", "3"};
	for (long n = 0;; n++) {
		struct es_xbuf b;
		es_xbuf_init(&b, 0);
		alloc_fail_after(n);
		int rc = es_xrules_body_delete(&b, ids, 3);
		alloc_fail_off();
		if (!alloc_fail_fired()) {
			assert_int_equal(rc, 0);
			assert_string_equal(b.ptr, "{\"delete\":{\"ids\":[\"1\",\"2\",\"3\"]}}");
			es_xbuf_done(&b);
			break;
		}
		assert_int_equal(rc, -ENOMEM);
		assert_int_equal(b.len, 0);
		es_xbuf_done(&b);
	}
}

/* ------------------------------------------------------------------------ */
/* Reconcile plan                                                            */

static void test_plan(void **state)
{
	(void)state;
	struct es_xrule_spec want[] = {
	        {"acme -is:retweet", "brand:acme"},  /* 0: present as cur 1 → keep */
	        {"zephyr -is:retweet", "brand:zep"}, /* 1: new → add */
	        {"acme -is:retweet", "brand:other"}, /* 2: same value, other tag → add */
	        {"zephyr -is:retweet", "brand:zep"}, /* 3: wanted twice → added once */
	        {"untagged", NULL},                  /* 4: matches cur 4 (tag "") */
	};
	struct es_xrule cur[] = {
	        {"10", "stale rule", "brand:old"},        /* 0: delete */
	        {"11", "acme -is:retweet", "brand:acme"}, /* 1: keep */
	        {"12", "acme -is:retweet", "brand:acme"}, /* 2: duplicate → delete */
	        {"13", "acme -is:retweet", "brand:acmE"}, /* 3: tag differs → delete */
	        {"14", "untagged", ""},                   /* 4: keep */
	};
	struct es_xrules_plan p;
	assert_int_equal(es_xrules_plan(want, 5, cur, 5, &p), 0);
	assert_int_equal(p.n_add, 2);
	assert_int_equal(p.add[0], 1);
	assert_int_equal(p.add[1], 2);
	assert_int_equal(p.n_del, 3);
	assert_int_equal(p.del[0], 0);
	assert_int_equal(p.del[1], 2);
	assert_int_equal(p.del[2], 3);
	es_xrules_plan_done(&p);

	assert_int_equal(es_xrules_plan(want, 5, NULL, 0, &p), 0);
	assert_int_equal(p.n_add, 4);
	assert_int_equal(p.n_del, 0);
	es_xrules_plan_done(&p);
	assert_int_equal(es_xrules_plan(NULL, 0, cur, 5, &p), 0);
	assert_int_equal(p.n_add, 0);
	assert_int_equal(p.n_del, 5);
	es_xrules_plan_done(&p);
	assert_int_equal(es_xrules_plan(NULL, 0, NULL, 0, &p), 0);
	assert_int_equal(p.n_add + p.n_del, 0);
	es_xrules_plan_done(&p);
	struct es_xrule_spec bad[] = {{NULL, "t"}};
	assert_int_equal(es_xrules_plan(bad, 1, cur, 5, &p), -EINVAL);
	es_xrules_plan_done(&p);

	for (long n = 0;; n++) {
		alloc_fail_after(n);
		int rc = es_xrules_plan(want, 5, cur, 5, &p);
		alloc_fail_off();
		if (!alloc_fail_fired()) {
			assert_int_equal(rc, 0);
			assert_int_equal(p.n_add, 2);
			es_xrules_plan_done(&p);
			break;
		}
		assert_int_equal(rc, -ENOMEM);
		assert_null(p.add);
		assert_null(p.del);
	}
}

/* ------------------------------------------------------------------------ */
/* Query walk and rule compiler                                              */

static void test_query_walk(void **state)
{
	(void)state;
	const char *t = "Acme \"acme bank\"~3 -(#fail OR lang:PL) OR (zephyr from:Bob)";
	struct es_query *q;
	assert_int_equal(es_query_parse(t, strlen(t), &q, NULL), 0);
	uint32_t root = es_query_root(q), and_, ph, nt, inner, ch;
	struct es_qnode_info x;
	struct es_qelem_info e;
	assert_int_equal(es_query_node(q, root, &x), 0);
	assert_int_equal(x.type, ES_QNODE_OR);
	assert_int_equal(x.n, 2);
	assert_int_equal(es_query_child(q, root, 0, &and_), 0);
	assert_int_equal(es_query_node(q, and_, &x), 0);
	assert_int_equal(x.type, ES_QNODE_AND);
	assert_int_equal(x.n, 3);
	assert_int_equal(es_query_child(q, and_, 0, &ch), 0);
	assert_int_equal(es_query_node(q, ch, &x), 0);
	assert_int_equal(x.type, ES_QNODE_TERM);
	assert_int_equal(es_query_elem(q, ch, 0, &e), 0);
	assert_int_equal(e.kind, ES_QELEM_WORD);
	assert_str(e.text, "Acme");
	assert_str(e.key, "acme");
	assert_int_equal(es_query_child(q, and_, 1, &ph), 0);
	assert_int_equal(es_query_node(q, ph, &x), 0);
	assert_int_equal(x.type, ES_QNODE_PHRASE);
	assert_int_equal(x.n, 2);
	assert_int_equal(x.near, 1);
	assert_int_equal(x.slop, 3);
	assert_int_equal(es_query_elem(q, ph, 1, &e), 0);
	assert_str(e.text, "bank");
	assert_int_equal(es_query_elem(q, ph, 2, &e), -EINVAL);
	assert_int_equal(es_query_child(q, and_, 2, &nt), 0);
	assert_int_equal(es_query_node(q, nt, &x), 0);
	assert_int_equal(x.type, ES_QNODE_NOT);
	assert_int_equal(es_query_child(q, nt, 0, &inner), 0);
	assert_int_equal(es_query_child(q, inner, 1, &ch), 0);
	assert_int_equal(es_query_node(q, ch, &x), 0);
	assert_int_equal(x.type, ES_QNODE_FIELD);
	assert_int_equal(x.field, ES_QFIELD_LANG);
	assert_int_equal(es_query_elem(q, ch, 0, &e), 0);
	assert_int_equal(e.kind, ES_QELEM_VALUE);
	assert_str(e.text, "pl");
	assert_int_equal(es_query_child(q, root, 1, &ch), 0);
	assert_int_equal(es_query_child(q, ch, 1, &ch), 0);
	assert_int_equal(es_query_node(q, ch, &x), 0);
	assert_int_equal(x.type, ES_QNODE_FIELD);
	assert_int_equal(x.field, ES_QFIELD_FROM);
	assert_int_equal(es_query_elem(q, ch, 0, &e), 0);
	assert_str(e.text, "Bob");
	/* bad ids and wrong node kinds */
	assert_int_equal(es_query_node(q, 100000, &x), -EINVAL);
	assert_int_equal(es_query_child(q, ch, 0, &ch), -EINVAL);
	assert_int_equal(es_query_elem(q, root, 0, &e), -EINVAL);
	assert_int_equal(es_query_node(NULL, 0, &x), -EINVAL);
	es_query_free(q);
}

struct rule_case {
	const char *query;
	int reposts;
	int rc;           /* >= 0: the rule below */
	const char *rule; /* or the start of *why */
};

static const struct rule_case rule_cases[] = {
        {"acme", 0, 0, "(acme OR #acme OR @acme) -is:retweet -is:nullcast"},
        {"acme", 1, 0, "(acme OR #acme OR @acme) -is:nullcast"},
        {"zephyrair", 1, 0, "(zephyrair OR #zephyrair OR @zephyrair) -is:nullcast"},
        {"\"acme bank\" OR acmebank", 1, 0,
         "(\"acme bank\" OR acmebank OR #acmebank OR @acmebank) -is:nullcast"},
        {"\"zephyr air\"~3 -refund", 1, 0,
         "\"zephyr air\"~3 -refund -#refund -@refund -is:nullcast"},
        {"\"zephyr air\"~6", 1, 0, "\"zephyr air\"~6 -is:nullcast"},
        {"\"zephyr air\"~7", 1, -ENOTSUP, "proximity"},
        {"@ZephyrAir #fail $ACME", 1, 0, "@ZephyrAir #fail $ACME -is:nullcast"},
        {"(acmebank OR @acme_help) (slow OR down)", 1, 0,
         "(acmebank OR #acmebank OR @acmebank OR @acme_help) (slow OR #slow OR @slow OR down "
         "OR #down OR @down) -is:nullcast"},
        {"foo OR acmebank lang:pl", 1, 0,
         "(foo OR #foo OR @foo OR ((acmebank OR #acmebank OR @acmebank) lang:pl)) "
         "-is:nullcast"},
        {"zephyrair -(refund OR \"lost bag\")", 1, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) -refund -#refund -@refund -\"lost bag\" "
         "-is:nullcast"},
        {"zephyrair -(refund \"lost bag\")", 1, -ENOTSUP, "a negated group"},
        {"zephyrair -(refund OR -#happy)", 1, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) -refund -#refund -@refund #happy -is:nullcast"},
        {"zephyrair is:reply -is:repost has:links -lang:de from:jo_travels", 0, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) is:reply -is:retweet has:links -lang:de "
         "from:jo_travels -is:nullcast"},
        {"zephyrair is:repost", 1, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) is:retweet -is:nullcast"},
        {"acme*", 1, -ENOTSUP, "a prefix"},
        {"zephyrair source:x", 1, -ENOTSUP, "source:"},
        {"\"Acme's\" OR acme.com OR 2024", 1, 0,
         "(\"Acme's\" OR \"acme com\" OR 2024 OR @2024) -is:nullcast"},
        {"\"OR\" zephyrair", 1, 0,
         "(\"OR\" OR #OR OR @OR) (zephyrair OR #zephyrair OR @zephyrair) -is:nullcast"},
        {"café", 1, 0, "(café OR #café) -is:nullcast"},
        /* handles that are not X usernames fold away */
        {"@acme@mastodon.social OR @acme.bsky.social OR zephyrair", 1, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) -is:nullcast"},
        {"@acme@mastodon.social", 1, -ENOTSUP, "nothing in the query"},
        {"zephyrair -from:acme.bsky.social -@a@b.c", 1, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) -is:nullcast"},
        {"zephyrair from:acme.bsky.social", 1, -ENOTSUP, "nothing in the query"},
        {"zephyrair OR (acmebank from:a.b)", 1, 0,
         "(zephyrair OR #zephyrair OR @zephyrair) -is:nullcast"},
        {"$ACMEBANK OR zephyrair", 1, 0, "(zephyrair OR #zephyrair OR @zephyrair) -is:nullcast"},
        {"@averyveryverylonghandle zephyrair", 1, -ENOTSUP, "nothing in the query"},
};

static void test_rule_compiler(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rule_cases / sizeof rule_cases[0]; i++) {
		const struct rule_case *c = &rule_cases[i];
		struct es_query *q;
		struct es_query_error err;
		if (es_query_parse(c->query, strlen(c->query), &q, &err) != 0)
			fail_msg("case %zu: %s does not parse: %s", i, c->query, err.msg);
		char buf[1025];
		const char *why = "unset";
		int rc = es_query_to_x_rule(q, NULL, 0, c->reposts, buf, sizeof buf, &why);
		if (c->rc == 0) {
			if (rc < 0 || strcmp(buf, c->rule) != 0)
				fail_msg("case %zu: %s\n got  %d %s\n want %s", i, c->query, rc,
				         rc >= 0 ? buf : why, c->rule);
			assert_int_equal(rc, (int)strlen(c->rule));
			assert_null(why);
		} else {
			assert_int_equal(rc, c->rc);
			assert_non_null(why);
			if (strncmp(why, c->rule, strlen(c->rule)) != 0)
				fail_msg("case %zu: why '%s', want '%s…'", i, why, c->rule);
		}
		es_query_free(q);
	}
}

static void test_rule_cap(void **state)
{
	(void)state;
	const char *t = "acme";
	const char *want = "(acme OR #acme OR @acme) -is:retweet -is:nullcast";
	struct es_query *q;
	assert_int_equal(es_query_parse(t, strlen(t), &q, NULL), 0);
	size_t n = strlen(want);
	char buf[128];
	const char *why = NULL;
	const char *handles[] = {"acme"};
	assert_int_equal(es_query_to_x_rule(q, handles, 1, 0, buf, n + 1, &why), (int)n);
	assert_string_equal(buf, want);
	assert_int_equal(es_query_to_x_rule(q, handles, 1, 0, buf, n, &why), -E2BIG);
	assert_non_null(why);
	assert_string_equal(buf, "");
	assert_int_equal(es_query_to_x_rule(q, NULL, 0, 0, buf, 1, &why), -E2BIG);
	assert_int_equal(es_query_to_x_rule(q, NULL, 0, 0, buf, 0, NULL), -EINVAL);
	assert_int_equal(es_query_to_x_rule(NULL, NULL, 0, 0, buf, sizeof buf, NULL), -EINVAL);
	/* ENOTSUP wins over E2BIG: the daemon must know to match locally */
	es_query_free(q);
	t = "acme OR zephyr*";
	assert_int_equal(es_query_parse(t, strlen(t), &q, NULL), 0);
	assert_int_equal(es_query_to_x_rule(q, NULL, 0, 0, buf, 2, &why), -ENOTSUP);
	es_query_free(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_stream_post, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_stream_post_minimal, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_stream_mentions_bounded, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_stream_text_cut, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_stream_errors, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_stream_malformed, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_search_page, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_rules_list, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_rules_summary, setup, teardown),
	        cmocka_unit_test(test_bodies),
	        cmocka_unit_test(test_bodies_alloc_fail),
	        cmocka_unit_test(test_plan),
	        cmocka_unit_test(test_query_walk),
	        cmocka_unit_test(test_rule_compiler),
	        cmocka_unit_test(test_rule_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
