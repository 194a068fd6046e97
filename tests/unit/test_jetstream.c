/*
 * test_jetstream.c — Jetstream message parsing (jetstream.c): events shaped
 * like the documented /subscribe examples (create, update, delete, identity,
 * account, with and without the v2 cursor), facets and embeds, keys in every
 * order, hostile input (numbers, types, nesting, UTF-8, facet ranges,
 * trailing bytes, size), recovery after every bad message, no allocation in
 * the steady state, and allocation failures.
 *
 * Most checks compare a one-line rendering of the whole event (render()), so
 * a field that changes unexpectedly fails the test whatever it is.
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
#include "earshot/jetstream.h"

#define DID    "did:plc:acme4yd7w2mkgh3jqn5rvtx"
#define DID_Z  "did:plc:zephyrair7q2kd4mbx6wv"
#define RKEY   "3lbqyxkowoc2a"
#define POSTID "at://" DID "/app.bsky.feed.post/" RKEY
#define URL    "https://bsky.app/profile/" DID "/post/" RKEY

/* ======================================================================== */
/* Helpers                                                                  */

static char out[16384];
static size_t out_len;

static void add(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(out + out_len, sizeof out - out_len, fmt, ap);
	va_end(ap);
	assert_true(n >= 0 && (size_t)n < sizeof out - out_len);
	out_len += (size_t)n;
}

static void add_str(const char *name, struct es_str s)
{
	assert_non_null(s.ptr);
	add(" %s=%.*s", name, (int)s.len, s.ptr);
}

static const char *const kind_names[] = {"create",   "update",  "delete",
                                         "identity", "account", "other"};

/* The whole event on one line; empty post fields are left out. */
static const char *render(const struct es_js_event *ev)
{
	const struct es_post *p = &ev->post;
	out_len = 0;
	out[0] = '\0';
	add("%s t=%llu c=%llu", kind_names[ev->kind], (unsigned long long)ev->time_us,
	    (unsigned long long)ev->cursor);
	add_str("did", ev->did);
	if (ev->handle.len)
		add_str("handle", ev->handle);
	const struct {
		const char *name;
		struct es_str s;
	} f[] = {{"id", p->id},        {"src", p->source}, {"author", p->author},
	         {"url", p->url},      {"lang", p->lang},  {"reply_to", p->reply_to},
	         {"orig", p->orig_id}, {"text", p->text}};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		assert_non_null(f[i].s.ptr);
		if (f[i].s.len)
			add_str(f[i].name, f[i].s);
	}
	if (p->created_ms)
		add(" created=%llu", (unsigned long long)p->created_ms);
	if (p->is_reply)
		add(" reply");
	if (p->is_repost)
		add(" repost");
	if (p->has_links)
		add(" links");
	for (size_t i = 0; i < p->n_mentions; i++)
		add("%s%.*s", i ? "," : " m=", (int)p->mentions[i].len, p->mentions[i].ptr);
	if (ev->bad_facets)
		add(" bad_facets=%u", ev->bad_facets);
	if (ev->truncated)
		add(" truncated");
	assert_int_equal(p->n_routes, 0);
	return out;
}

static struct es_jetstream *js;
static struct es_js_event ev;

static int setup(void **state)
{
	(void)state;
	alloc_fail_off();
	return es_jetstream_new(&js);
}

static int teardown(void **state)
{
	(void)state;
	es_jetstream_free(js);
	js = NULL;
	return 0;
}

/* Parse from an exact-size heap copy, so ASan sees any read past the end. */
static int parse_n(const char *json, size_t len)
{
	char *copy = malloc(len ? len : 1);
	assert_non_null(copy);
	memcpy(copy, json, len);
	int rc = es_jetstream_parse(js, copy, len, &ev);
	free(copy);
	if (rc == 0)
		assert_string_equal(es_jetstream_errstr(js), "");
	else
		assert_true(strlen(es_jetstream_errstr(js)) > 0);
	return rc;
}

static int parse(const char *json)
{
	return parse_n(json, strlen(json));
}

/* Parse and render; fails the test if the parse fails. */
static const char *ok(const char *json)
{
	int rc = parse(json);
	if (rc != 0)
		fail_msg("rc %d (%s) for %s", rc, es_jetstream_errstr(js), json);
	return render(&ev);
}

/* A post create around a record body (the part inside "record":{…}). */
static const char *post(const char *record)
{
	static char buf[1 << 17];
	int n = snprintf(buf, sizeof buf,
	                 "{\"did\":\"" DID "\",\"time_us\":1732364400123456,\"kind\":\"commit\","
	                 "\"commit\":{\"rev\":\"3lbqyxkp2cs2a\",\"operation\":\"create\","
	                 "\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" RKEY "\","
	                 "\"record\":{\"$type\":\"app.bsky.feed.post\",%s},"
	                 "\"cid\":\"bafyreihacmekettle\"}}",
	                 record);
	assert_true(n > 0 && (size_t)n < sizeof buf);
	return buf;
}

#define BASE                                                                                       \
	"create t=1732364400123456 c=0 did=" DID " id=" POSTID " src=bluesky author=" DID          \
	" url=" URL

/* ======================================================================== */
/* Documented shapes                                                        */

static const char create_msg[] =
        "{\"did\":\"" DID "\",\"time_us\":1732364400123456,\"cursor\":987654,\"kind\":\"commit\","
        "\"commit\":{\"rev\":\"3lbqyxkp2cs2a\",\"operation\":\"create\","
        "\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" RKEY "\",\"record\":{"
        "\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"2024-11-23T12:20:00.120Z\","
        "\"langs\":[\"en\",\"de\"],\"text\":\"Loving the new Acme kettle\"},"
        "\"cid\":\"bafyreihacmekettle\"}}";

static void test_create(void **state)
{
	(void)state;
	assert_string_equal(ok(create_msg),
	                    "create t=1732364400123456 c=987654 did=" DID " id=" POSTID
	                    " src=bluesky author=" DID " url=" URL
	                    " lang=en text=Loving the new Acme kettle created=1732364400120");
	assert_int_equal(ev.kind, ES_JS_CREATE);
	assert_int_equal(ev.post.n_mentions, 0);
	assert_int_equal(ev.post.is_reply, 0);
	/* The event does not borrow the caller's buffer (parse() freed it). */
	assert_memory_equal(ev.post.text.ptr, "Loving", 6);
}

static void test_update_and_cursor_absent(void **state)
{
	(void)state;
	const char *m = "{\"did\":\"" DID "\",\"time_us\":1732364500000000,\"kind\":\"commit\","
	                "\"commit\":{\"rev\":\"3lbqz\",\"operation\":\"update\","
	                "\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" RKEY "\","
	                "\"record\":{\"text\":\"Acme kettle, edited\","
	                "\"createdAt\":\"2024-11-23T12:20:00Z\"},\"cid\":\"bafy2\"}}";
	assert_string_equal(ok(m), "update t=1732364500000000 c=0 did=" DID " id=" POSTID
	                           " src=bluesky author=" DID " url=" URL
	                           " text=Acme kettle, edited created=1732364400000");
}

static void test_delete(void **state)
{
	(void)state;
	const char *m = "{\"did\":\"" DID "\",\"time_us\":1732364600000000,\"cursor\":12,"
	                "\"kind\":\"commit\",\"commit\":{\"rev\":\"3lbr\",\"operation\":\"delete\","
	                "\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" RKEY "\"}}";
	assert_string_equal(ok(m), "delete t=1732364600000000 c=12 did=" DID " id=" POSTID
	                           " src=bluesky author=" DID);
}

static void test_identity_account(void **state)
{
	(void)state;
	assert_string_equal(
	        ok("{\"did\":\"" DID "\",\"time_us\":1732364700000000,\"kind\":\"identity\","
	           "\"identity\":{\"did\":\"" DID "\",\"handle\":\"acme.example\",\"seq\":7,"
	           "\"time\":\"2024-11-23T12:25:00.000Z\"}}"),
	        "identity t=1732364700000000 c=0 did=" DID " handle=acme.example");
	assert_string_equal(
	        ok("{\"did\":\"" DID "\",\"time_us\":1732364800000000,\"cursor\":99,"
	           "\"kind\":\"account\",\"account\":{\"active\":false,\"did\":\"" DID "\","
	           "\"seq\":8,\"status\":\"deactivated\",\"time\":\"2024-11-23T12:26:00.000Z\"}}"),
	        "account t=1732364800000000 c=99 did=" DID);
	assert_int_equal(ev.kind, ES_JS_ACCOUNT);
}

static void test_other(void **state)
{
	(void)state;
	/* A like; its record has fields named like a post's with other types, and
	 * collection comes after record: nothing about it may fail the message. */
	assert_string_equal(
	        ok("{\"did\":\"" DID "\",\"time_us\":5,\"kind\":\"commit\",\"commit\":{"
	           "\"operation\":\"create\",\"rkey\":\"3lbs\",\"record\":{\"text\":5,"
	           "\"langs\":\"en\",\"facets\":{},\"reply\":[],\"subject\":{\"uri\":\"at://x\"}},"
	           "\"collection\":\"app.bsky.feed.like\"}}"),
	        "other t=5 c=0 did=" DID);
	/* A kind and an operation this parser does not know. */
	assert_string_equal(ok("{\"did\":\"" DID "\",\"time_us\":6,\"kind\":\"sync\"}"),
	                    "other t=6 c=0 did=" DID);
	assert_string_equal(ok("{\"did\":\"" DID "\",\"time_us\":7,\"kind\":\"commit\",\"commit\":{"
	                       "\"operation\":\"archive\",\"collection\":\"app.bsky.feed.post\","
	                       "\"rkey\":\"" RKEY "\"}}"),
	                    "other t=7 c=0 did=" DID);
	/* A delete of another collection. */
	assert_string_equal(ok("{\"did\":\"" DID "\",\"time_us\":8,\"kind\":\"commit\",\"commit\":{"
	                       "\"operation\":\"delete\",\"collection\":\"app.bsky.graph.follow\","
	                       "\"rkey\":\"" RKEY "\"}}"),
	                    "other t=8 c=0 did=" DID);
}

static void test_reply(void **state)
{
	(void)state;
	assert_string_equal(
	        ok(post("\"text\":\"@zephyr the Acme app is down again\",\"createdAt\":\"bogus\","
	                "\"reply\":{\"root\":{\"uri\":\"at://did:plc:rootroot/app.bsky.feed.post/"
	                "3a\","
	                "\"cid\":\"bafyroot\"},\"parent\":{\"cid\":\"bafyparent\",\"uri\":\"at:/"
	                "/" DID_Z "/app.bsky.feed.post/3lbp\"}}")),
	        BASE " reply_to=" DID_Z " text=@zephyr the Acme app is down again reply");
	/* A parent addressed by handle: still a reply, but no DID to name. */
	assert_string_equal(ok(post("\"text\":\"yes\",\"reply\":{\"parent\":{\"uri\":"
	                            "\"at://zephyr.example/app.bsky.feed.post/3lbp\"}}")),
	                    BASE " text=yes reply");
}

static void test_mentions(void **state)
{
	(void)state;
	/* Multi-byte text before the mention: offsets are UTF-8 bytes. A #tag
	 * facet is neither a mention nor bad. Feature keys and the facet's
	 * index come in both orders. */
	assert_string_equal(
	        ok(post("\"text\":\"Zażółć 🙂 @zephyr.air "
	                "tak\",\"langs\":[\"pl\"],\"facets\":["
	                "{\"features\":[{\"did\":\"" DID_Z "\",\"$type\":"
	                "\"app.bsky.richtext.facet#mention\"}],\"index\":{\"byteEnd\":27,"
	                "\"byteStart\":16}},"
	                "{\"index\":{\"byteStart\":0,\"byteEnd\":4},\"features\":[{\"$type\":"
	                "\"app.bsky.richtext.facet#tag\",\"tag\":\"za\"}]}]")),
	        BASE " lang=pl text=Zażółć 🙂 @zephyr.air tak m=" DID_Z ",zephyr.air");

	/* Mention + tag + link facets; the same DID twice is kept once. */
	assert_string_equal(
	        ok(post("\"facets\":[{\"index\":{\"byteStart\":16,\"byteEnd\":29},\"features\":[{"
	                "\"$type\":\"app.bsky.richtext.facet#mention\",\"did\":\"" DID "\"}]},"
	                "{\"index\":{\"byteStart\":41,\"byteEnd\":48},\"features\":[{\"$type\":"
	                "\"app.bsky.richtext.facet#tag\",\"tag\":\"kettle\"}]},"
	                "{\"index\":{\"byteStart\":49,\"byteEnd\":71},\"features\":[{\"$type\":"
	                "\"app.bsky.richtext.facet#link\",\"uri\":\"https://acme.example/k\"}]},"
	                "{\"index\":{\"byteStart\":16,\"byteEnd\":29},\"features\":[{"
	                "\"$type\":\"app.bsky.richtext.facet#mention\",\"did\":\"" DID "\"}]}],"
	                "\"text\":\"Hej! Ärger mit @acme.example? Nein 🙂 #kettle "
	                "https://acme.example/k\"")),
	        BASE " text=Hej! Ärger mit @acme.example? Nein 🙂 #kettle https://acme.example/k"
	             " links m=" DID ",acme.example");

	/* A facet covering the text without '@' keeps the text as is. */
	assert_string_equal(
	        ok(post("\"text\":\"hi acme.example\",\"facets\":[{\"index\":{\"byteStart\":3,"
	                "\"byteEnd\":15},\"features\":[{\"$type\":\"app.bsky.richtext.facet#"
	                "mention\","
	                "\"did\":\"" DID "\"}]}]")),
	        BASE " text=hi acme.example m=" DID ",acme.example");
}

static void test_links(void **state)
{
	(void)state;
	static const struct {
		const char *embed;
		int links;
	} cases[] = {
	        {"{\"$type\":\"app.bsky.embed.external\",\"external\":{\"uri\":\"https://"
	         "acme.example\","
	         "\"title\":\"Acme\",\"description\":\"\"}}",
	         1},
	        {"{\"external\":{\"uri\":\"https://"
	         "acme.example\"},\"$type\":\"app.bsky.embed.external\"}",
	         1},
	        {"{\"$type\":\"app.bsky.embed.recordWithMedia\",\"record\":{\"record\":{\"uri\":"
	         "\"at://"
	         "x\"}},\"media\":{\"$type\":\"app.bsky.embed.external\",\"external\":{}}}",
	         1},
	        {"{\"media\":{\"$type\":\"app.bsky.embed.external\"},"
	         "\"$type\":\"app.bsky.embed.recordWithMedia\"}",
	         1},
	        {"{\"$type\":\"app.bsky.embed.recordWithMedia\",\"media\":{\"$type\":"
	         "\"app.bsky.embed.images\",\"images\":[]}}",
	         0},
	        {"{\"$type\":\"app.bsky.embed.images\",\"images\":[{\"alt\":\"a kettle\"}]}", 0},
	        {"{\"$type\":\"app.bsky.embed.record\",\"record\":{\"uri\":\"at://" DID
	         "/app.bsky.feed.post/3l\",\"cid\":\"bafy\"}}",
	         0},
	        /* media outside recordWithMedia is not where external links live */
	        {"{\"$type\":\"app.bsky.embed.video\",\"media\":{\"$type\":\"app.bsky.embed."
	         "external\"}}",
	         0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char rec[1024];
		snprintf(rec, sizeof rec, "\"text\":\"look\",\"embed\":%s", cases[i].embed);
		ok(post(rec));
		if (ev.post.has_links != cases[i].links)
			fail_msg("case %zu: has_links %d", i, ev.post.has_links);
	}
}

static void test_empty_text_and_created(void **state)
{
	(void)state;
	/* Empty text (an image-only post) is still a post; the caller counts it. */
	assert_string_equal(ok(post("\"text\":\"\",\"createdAt\":\"2024-11-23T13:20:00+01:00\"")),
	                    BASE " created=1732364400000");
	assert_int_equal(ev.post.text.len, 0);
	/* No createdAt, or one that does not parse: unknown. */
	assert_string_equal(ok(post("\"text\":\"x\"")), BASE " text=x");
	assert_string_equal(ok(post("\"text\":\"x\",\"createdAt\":\"yesterday\"")), BASE " text=x");
}

static void test_escapes(void **state)
{
	(void)state;
	/* A valid surrogate pair decodes; a lone one is not UTF-8. */
	assert_string_equal(ok(post("\"text\":\"ok \\ud83d\\ude42 \\\"q\\\"\\n\"")),
	                    BASE " text=ok 🙂 \"q\"\n");
	assert_int_equal(parse(post("\"text\":\"bad \\udc00\"")), -EBADMSG);
	assert_non_null(strstr(es_jetstream_errstr(js), "UTF-8"));
	/* In a field the parser does not read, a lone escape is harmless. */
	assert_string_equal(ok(post("\"text\":\"x\",\"note\":\"\\ud800\"")), BASE " text=x");
}

/* ======================================================================== */
/* Key order                                                                */

/* Next lexicographic permutation of idx[0..n); 0 after the last. */
static int next_perm(int *idx, int n)
{
	int i = n - 2;
	while (i >= 0 && idx[i] >= idx[i + 1])
		i--;
	if (i < 0)
		return 0;
	int k = n - 1;
	while (idx[k] <= idx[i])
		k--;
	int t = idx[i];
	idx[i] = idx[k];
	idx[k] = t;
	for (int a = i + 1, b = n - 1; a < b; a++, b--)
		t = idx[a], idx[a] = idx[b], idx[b] = t;
	return 1;
}

/* Join parts in the order idx, with the given wrapper around them. */
static void join(char *buf, size_t cap, const char *pre, const char *const *parts, const int *idx,
                 int n, const char *post_)
{
	size_t len = (size_t)snprintf(buf, cap, "%s", pre);
	for (int i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, cap - len, "%s%s", i ? "," : "", parts[idx[i]]);
	snprintf(buf + len, cap - len, "%s", post_);
}

static void test_key_orders(void **state)
{
	(void)state;
	static const char *const record[] = {
	        "\"$type\":\"app.bsky.feed.post\"",
	        "\"text\":\"@zephyr.air Acme rocks\"",
	        "\"createdAt\":\"2024-11-23T12:20:00.120Z\"",
	        "\"langs\":[\"en\"]",
	        "\"facets\":[{\"index\":{\"byteStart\":0,\"byteEnd\":11},\"features\":[{\"$type\":"
	        "\"app.bsky.richtext.facet#mention\",\"did\":\"" DID_Z "\"}]}]",
	        "\"reply\":{\"parent\":{\"uri\":\"at://" DID_Z "/app.bsky.feed.post/3p\"}}",
	        "\"embed\":{\"$type\":\"app.bsky.embed.external\"}",
	};
	static const char *const commit[] = {
	        "\"rev\":\"3lbq\"",
	        "\"operation\":\"create\"",
	        "\"collection\":\"app.bsky.feed.post\"",
	        "\"rkey\":\"" RKEY "\"",
	        "\"record\":{\"text\":\"@zephyr.air Acme rocks\",\"langs\":[\"en\"],"
	        "\"createdAt\":\"2024-11-23T12:20:00.120Z\",\"facets\":[{\"features\":[{\"did\":"
	        "\"" DID_Z
	        "\",\"$type\":\"app.bsky.richtext.facet#mention\"}],\"index\":{\"byteEnd\":11,"
	        "\"byteStart\":0}}],\"embed\":{\"$type\":\"app.bsky.embed.external\"},\"reply\":{"
	        "\"parent\":{\"uri\":\"at://" DID_Z "/app.bsky.feed.post/3p\"}}}",
	        "\"cid\":\"bafy\"",
	};
	static char commit_obj[4096], root_part[4200];
	static const char expect[] =
	        "create t=1732364400123456 c=42 did=" DID " id=" POSTID " src=bluesky author=" DID
	        " url=" URL " lang=en reply_to=" DID_Z " text=@zephyr.air Acme rocks"
	        " created=1732364400120 reply links m=" DID_Z ",zephyr.air";
	char buf[8192];
	int idx[8];
	unsigned runs = 0;

	/* Record keys in every order (5040), inside a fixed commit. */
	for (int i = 0; i < 7; i++)
		idx[i] = i;
	do {
		char rec[4096];
		join(rec, sizeof rec, "", record, idx, 7, "");
		snprintf(buf, sizeof buf,
		         "{\"did\":\"" DID "\",\"time_us\":1732364400123456,\"cursor\":42,"
		         "\"kind\":\"commit\",\"commit\":{\"operation\":\"create\",\"rkey\":\"" RKEY
		         "\",\"record\":{%s},\"collection\":\"app.bsky.feed.post\"}}",
		         rec);
		assert_string_equal(ok(buf), expect);
		runs++;
	} while (next_perm(idx, 7));

	/* Commit keys in every order (720). */
	for (int i = 0; i < 6; i++)
		idx[i] = i;
	do {
		join(commit_obj, sizeof commit_obj, "{", commit, idx, 6, "}");
		snprintf(buf, sizeof buf,
		         "{\"kind\":\"commit\",\"commit\":%s,\"did\":\"" DID
		         "\",\"time_us\":1732364400123456,\"cursor\":42}",
		         commit_obj);
		assert_string_equal(ok(buf), expect);
		runs++;
	} while (next_perm(idx, 6));

	/* Root keys in every order (120), with unknown keys between them. */
	const char *root[] = {
	        "\"did\":\"" DID "\"",
	        "\"time_us\":1732364400123456",
	        "\"cursor\":42",
	        "\"kind\":\"commit\"",
	        NULL,
	};
	snprintf(root_part, sizeof root_part, "\"commit\":%s", commit_obj);
	root[4] = root_part;
	for (int i = 0; i < 5; i++)
		idx[i] = i;
	do {
		join(buf, sizeof buf, "{\"x\":{\"did\":5,\"kind\":[1]},", root, idx, 5,
		     ",\"extra\":[{\"commit\":7}]}");
		assert_string_equal(ok(buf), expect);
		runs++;
	} while (next_perm(idx, 5));
	assert_int_equal(runs, 5040 + 720 + 120);
}

/* ======================================================================== */
/* Hostile input                                                            */

static void test_rejected(void **state)
{
	(void)state;
#define ENV(rest) "{\"did\":\"" DID "\",\"kind\":\"identity\"," rest "}"
#define COMMIT(c) "{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"commit\",\"commit\":" c "}"
#define PC(rest)                                                                                   \
	"{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3a\"" rest "}"
	static const struct {
		const char *json;
		const char *why; /* a piece of the error detail */
	} cases[] = {
	        /* numbers */
	        {ENV("\"time_us\":18446744073709551616"), "time_us"},
	        {ENV("\"time_us\":99999999999999999999999"), "time_us"},
	        {ENV("\"time_us\":-1"), "time_us"},
	        {ENV("\"time_us\":1.5"), "time_us"},
	        {ENV("\"time_us\":1e6"), "time_us"},
	        {ENV("\"time_us\":\"1732364400123456\""), "time_us"},
	        {ENV("\"time_us\":null"), "time_us"},
	        {ENV("\"time_us\":1,\"cursor\":-5"), "cursor"},
	        {ENV("\"time_us\":1,\"cursor\":\"7\""), "cursor"},
	        /* required fields and their types */
	        {"{\"time_us\":1,\"kind\":\"identity\"}", "did"},
	        {"{\"did\":\"" DID "\",\"kind\":\"identity\"}", "time_us"},
	        {"{\"did\":\"" DID "\",\"time_us\":1}", "kind"},
	        {"{\"did\":5,\"time_us\":1,\"kind\":\"identity\"}", "did"},
	        {"{\"did\":\"acme.example\",\"time_us\":1,\"kind\":\"identity\"}", "did"},
	        {"{\"did\":\"did:plc:\",\"time_us\":1,\"kind\":\"identity\"}", "did"},
	        {"{\"did\":\"did:plc:a/b\",\"time_us\":1,\"kind\":\"identity\"}", "did"},
	        {"{\"did\":\"did:PLC:ab\",\"time_us\":1,\"kind\":\"identity\"}", "did"},
	        {ENV("\"time_us\":1,\"kind\":7"), "kind"},
	        {ENV("\"time_us\":1,\"identity\":\"x\""), "identity"},
	        {ENV("\"time_us\":1,\"identity\":{\"handle\":5}"), "handle"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"commit\"}", "commit"},
	        {COMMIT("\"x\""), "commit"},
	        {COMMIT("[]"), "commit"},
	        {COMMIT("{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\"}"),
	         "rkey"},
	        {COMMIT("{\"operation\":\"delete\",\"rkey\":\"3a\"}"), "collection"},
	        {COMMIT(PC(",\"operation\":1")), "operation"},
	        {COMMIT(PC(",\"collection\":null")), "collection"},
	        {COMMIT("{\"rkey\":\"a/b\"}"), "rkey"},
	        {COMMIT("{\"rkey\":\"\"}"), "rkey"},
	        {COMMIT("{\"rkey\":\"..\"}"), "rkey"},
	        /* post records */
	        {COMMIT(PC("")), "record"},
	        {COMMIT(PC(",\"record\":\"x\"")), "record"},
	        {COMMIT(PC(",\"record\":null")), "record"},
	        {COMMIT(PC(",\"record\":{}")), "text"},
	        {COMMIT(PC(",\"record\":{\"text\":5}")), "text"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"langs\":\"en\"}")), "langs"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"langs\":[5]}")), "langs"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"createdAt\":17}")), "createdAt"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"reply\":true}")), "reply"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"reply\":{\"parent\":[]}}")), "parent"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"reply\":{\"parent\":{\"uri\":1}}}")),
	         "uri"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"facets\":{}}")), "facets"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"embed\":\"x\"}")), "embed"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"embed\":{\"$type\":1}}")), "embed"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"embed\":{\"media\":1}}")), "media"},
	        /* collection after a broken record still makes it a post's record */
	        {COMMIT("{\"operation\":\"update\",\"rkey\":\"3a\",\"record\":{\"text\":[]},"
	                "\"collection\":\"app.bsky.feed.post\"}"),
	         "text"},
	        /* not one JSON object */
	        {"", "no JSON object"},
	        {"   \n", "no JSON object"},
	        {"[]", "not one JSON object"},
	        {"5", "no JSON object"},
	        {"\"s\"", "not one JSON object"},
	        {"null", "not one JSON object"},
	        {"{", "inside"},
	        {"{\"did\":", "inside"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\"} {}",
	         "not one JSON object"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\"} 12", "after"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\"} \"}", "after"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\"}tru", "after"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\"}]", ""},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\",}", ""},
	        {"{'did':1}", ""},
	        /* invalid UTF-8, in fields read and not read */
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\",\"x\":\"\xff\"}",
	         "UTF8"},
	        {"{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\",\"x\":\"\xc3\"}",
	         "UTF8"},
	        {COMMIT(PC(",\"record\":{\"text\":\"caf\xc3\"}")), "UTF8"},
	        /* well-formed bytes yajl lets through, refused in the text we keep:
	         * an encoded surrogate and an overlong '\0' */
	        {COMMIT(PC(",\"record\":{\"text\":\"\xed\xa0\x80\"}")), "UTF-8"},
	        {COMMIT(PC(",\"record\":{\"text\":\"\xe0\x80\x80\"}")), "UTF-8"},
	        {COMMIT(PC(",\"record\":{\"text\":\"a\",\"langs\":[\"\xc0\x80\"]}")), "langs"},
	};
#undef ENV
#undef COMMIT
#undef PC
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc = parse(cases[i].json);
		if (rc != -EBADMSG)
			fail_msg("case %zu: rc %d for %s", i, rc, cases[i].json);
		if (!strstr(es_jetstream_errstr(js), cases[i].why))
			fail_msg("case %zu: detail '%s' lacks '%s'", i, es_jetstream_errstr(js),
			         cases[i].why);
		for (size_t k = 0; k < ES_POST_MENTIONS_MAX; k++)
			assert_null(ev.post.mentions[k].ptr);
		assert_int_equal(ev.post.text.len, 0);
		/* The parser is whole again for the next message. */
		assert_string_equal(
		        ok(create_msg),
		        "create t=1732364400123456 c=987654 did=" DID " id=" POSTID
		        " src=bluesky author=" DID " url=" URL
		        " lang=en text=Loving the new Acme kettle created=1732364400120");
	}
}

static void test_limits(void **state)
{
	(void)state;
	/* The largest time_us and cursor. */
	assert_string_equal(ok("{\"did\":\"" DID "\",\"time_us\":18446744073709551615,"
	                       "\"cursor\":18446744073709551615,\"kind\":\"identity\"}"),
	                    "identity t=18446744073709551615 c=18446744073709551615 did=" DID);
	assert_string_equal(ok("{\"did\":\"" DID "\",\"time_us\":0,\"kind\":\"identity\"}"),
	                    "identity t=0 c=0 did=" DID);

	/* Nesting: 64 levels in all is fine, 65 is not. */
	char deep[512];
	for (int levels = 63; levels <= 64; levels++) {
		size_t n =
		        (size_t)snprintf(deep, sizeof deep,
		                         "{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\","
		                         "\"x\":");
		for (int i = 0; i < levels; i++)
			deep[n++] = '[';
		for (int i = 0; i < levels; i++)
			deep[n++] = ']';
		deep[n++] = '}';
		int rc = parse_n(deep, n);
		assert_int_equal(rc, levels == 63 ? 0 : -EBADMSG);
	}
	assert_non_null(strstr(es_jetstream_errstr(js), "deep"));
	/* Very deep: stopped early, no stack growth. */
	static char deeper[200000];
	size_t n = 0;
	deeper[n++] = '{';
	memcpy(deeper + n, "\"x\":", 4);
	n += 4;
	while (n < sizeof deeper - 2)
		deeper[n++] = '[';
	assert_int_equal(parse_n(deeper, n), -EBADMSG);

	/* Size: exactly ES_JS_MESSAGE_MAX parses, one more byte is -E2BIG. */
	size_t max = ES_JS_MESSAGE_MAX;
	char *big = malloc(max + 1);
	assert_non_null(big);
	const char *head = "{\"did\":\"" DID "\",\"time_us\":1,\"kind\":\"identity\",\"pad\":\"";
	size_t hl = strlen(head);
	memcpy(big, head, hl);
	memset(big + hl, 'a', max - hl - 2);
	memcpy(big + max - 2, "\"}", 2);
	assert_int_equal(es_jetstream_parse(js, big, max, &ev), 0);
	assert_int_equal(ev.kind, ES_JS_IDENTITY);
	big[max] = ' ';
	assert_int_equal(es_jetstream_parse(js, big, max + 1, &ev), -E2BIG);
	assert_non_null(strstr(es_jetstream_errstr(js), "longer"));
	free(big);
	assert_int_equal(parse(create_msg), 0);
}

static void test_bad_facets(void **state)
{
	(void)state;
	/* "hé @acme.example!" — é is 2 bytes; the mention is bytes 4..17. */
#define MENTION   "\"features\":[{\"$type\":\"app.bsky.richtext.facet#mention\",\"did\":\"" DID "\"}]"
#define IDX(a, b) "\"index\":{\"byteStart\":" a ",\"byteEnd\":" b "}"
	static const struct {
		const char *facet;
		int good;
	} cases[] = {
	        {"{" IDX("4", "17") "," MENTION "}", 1},
	        {"{" IDX("4", "18") "," MENTION "}", 1}, /* end == length */
	        {"{" IDX("4", "19") "," MENTION "}", 0}, /* past the end */
	        {"{" IDX("4", "4") "," MENTION "}", 0},  /* empty */
	        {"{" IDX("17", "4") "," MENTION "}", 0}, /* reversed */
	        {"{" IDX("2", "17") "," MENTION "}", 0}, /* starts inside é */
	        {"{" IDX("0", "2") "," MENTION "}", 0},  /* ends inside é */
	        {"{" IDX("-4", "17") "," MENTION "}", 0},
	        {"{" IDX("4.0", "17") "," MENTION "}", 0},
	        {"{" IDX("\"4\"", "17") "," MENTION "}", 0},
	        {"{" IDX("4", "null") "," MENTION "}", 0},
	        {"{" IDX("4294967300", "4294967301") "," MENTION "}", 0},
	        {"{" IDX("4", "99999999999999999999999") "," MENTION "}", 0},
	        {"{\"index\":{\"byteStart\":4}," MENTION "}", 0},
	        {"{" MENTION "}", 0},
	        {"{\"index\":[4,17]," MENTION "}", 0},
	        {"{" IDX("4", "17") ",\"features\":{}}", 0},
	        {"{" IDX("4", "17") ",\"features\":[7]}", 0},
	        {"{" IDX("4",
	                 "17") ",\"features\":[{\"$type\":\"app.bsky.richtext.facet#mention\"}]}",
	         0},
	        {"{" IDX("4", "17") ",\"features\":[{\"$type\":\"app.bsky.richtext.facet#mention\","
	                            "\"did\":\"acme.example\"}]}",
	         0},
	        {"{" IDX("4", "17") ",\"features\":[{\"$type\":5,\"did\":\"" DID "\"}]}", 0},
	        {"5", 0},
	        {"[]", 0},
	};
#undef MENTION
#undef IDX
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char rec[1024];
		snprintf(rec, sizeof rec, "\"text\":\"hé @acme.example!\",\"facets\":[%s]",
		         cases[i].facet);
		const char *r = ok(post(rec));
		if (cases[i].good) {
			assert_int_equal(ev.bad_facets, 0);
			assert_int_equal(ev.post.n_mentions, 2);
			assert_int_equal(ev.post.mentions[0].len, strlen(DID));
			assert_memory_equal(ev.post.mentions[0].ptr, DID, strlen(DID));
			assert_non_null(strstr(r, " m=" DID ",acme.example"));
		} else {
			if (ev.bad_facets != 1 || ev.post.n_mentions != 0)
				fail_msg("case %zu: bad_facets %u mentions %zu", i, ev.bad_facets,
				         ev.post.n_mentions);
		}
	}
	/* The handle is the text the facet covers: with end == length, '!' too. */
	assert_string_equal(
	        ok(post("\"text\":\"hé @acme.example!\",\"facets\":[{\"index\":{\"byteStart\":4,"
	                "\"byteEnd\":17},\"features\":[{\"$type\":"
	                "\"app.bsky.richtext.facet#mention\",\"did\":\"" DID "\"}]}]")),
	        BASE " text=hé @acme.example! m=" DID ",acme.example");
	assert_string_equal(
	        ok(post("\"text\":\"hé @acme.example!\",\"facets\":[{\"index\":{\"byteStart\":4,"
	                "\"byteEnd\":18},\"features\":[{\"$type\":"
	                "\"app.bsky.richtext.facet#mention\",\"did\":\"" DID "\"}]}]")),
	        BASE " text=hé @acme.example! m=" DID ",acme.example!");
}

/* Builds a record with n facets, each produced by fmt(i). */
static const char *many_facets(int n, int mention)
{
	static char rec[1 << 15];
	size_t len = (size_t)snprintf(rec, sizeof rec, "\"text\":\"@a\",\"facets\":[");
	for (int i = 0; i < n; i++) {
		if (mention)
			len += (size_t)snprintf(rec + len, sizeof rec - len,
			                        "%s{\"index\":{\"byteStart\":0,\"byteEnd\":2},"
			                        "\"features\":[{\"$type\":"
			                        "\"app.bsky.richtext.facet#mention\",\"did\":"
			                        "\"did:plc:user%03d\"}]}",
			                        i ? "," : "", i);
		else
			len += (size_t)snprintf(rec + len, sizeof rec - len,
			                        "%s{\"index\":{\"byteStart\":0,\"byteEnd\":2},"
			                        "\"features\":[{\"$type\":"
			                        "\"app.bsky.richtext.facet#link\",\"uri\":\"x\"}]}",
			                        i ? "," : "");
		assert_true(len < sizeof rec - 8);
	}
	snprintf(rec + len, sizeof rec - len, "]");
	return post(rec);
}

static void test_caps(void **state)
{
	(void)state;
	/* 40 mentions of different DIDs: the handle "a" once, 31 DIDs fit after it… */
	ok(many_facets(40, 1));
	assert_int_equal(ev.post.n_mentions, ES_POST_MENTIONS_MAX);
	assert_int_equal(ev.bad_facets, 0);
	assert_memory_equal(ev.post.mentions[0].ptr, "did:plc:user000", 15);
	assert_int_equal(ev.post.mentions[1].len, 1);
	assert_memory_equal(ev.post.mentions[1].ptr, "a", 1);
	assert_memory_equal(ev.post.mentions[31].ptr, "did:plc:user030", 15);
	/* More facets than ES_JS_FACETS_MAX: the rest are counted, not examined. */
	ok(many_facets(ES_JS_FACETS_MAX + 6, 0));
	assert_int_equal(ev.bad_facets, 6);
	assert_int_equal(ev.post.has_links, 1);

	/* Text longer than ES_POST_TEXT_MAX is cut on a character boundary. */
	size_t tl = 70000;
	char *rec = malloc(tl + 64);
	assert_non_null(rec);
	size_t n = (size_t)snprintf(rec, 64, "\"text\":\"a");
	for (size_t i = 1; i + 1 < tl; i += 2) {
		rec[n++] = '\xc3';
		rec[n++] = '\xa9';
	}
	rec[n++] = '"';
	rec[n] = '\0';
	assert_int_equal(parse(post(rec)), 0); /* too long to render */
	free(rec);
	assert_int_equal(ev.truncated, 1);
	assert_int_equal(ev.post.text.len, ES_POST_TEXT_MAX - 1);
	assert_int_equal((unsigned char)ev.post.text.ptr[ev.post.text.len - 1], 0xa9);
	ok(post("\"text\":\"short\""));
	assert_int_equal(ev.truncated, 0);
}

static void test_duplicates_and_reuse(void **state)
{
	(void)state;
	/* A repeated key: the first value counts. */
	assert_string_equal(ok("{\"did\":\"" DID "\",\"did\":\"" DID_Z "\",\"time_us\":1,"
	                       "\"time_us\":2,\"kind\":\"identity\",\"kind\":\"account\"}"),
	                    "identity t=1 c=0 did=" DID);
	/* Nothing of one message leaks into the next. */
	ok(post("\"text\":\"@zephyr.air hi\",\"langs\":[\"en\"],\"reply\":{\"parent\":{\"uri\":"
	        "\"at://" DID_Z "/app.bsky.feed.post/3p\"}},\"embed\":{\"$type\":"
	        "\"app.bsky.embed.external\"},\"facets\":[{\"index\":{\"byteStart\":0,"
	        "\"byteEnd\":11},\"features\":[{\"$type\":\"app.bsky.richtext.facet#mention\","
	        "\"did\":\"" DID_Z "\"}]},{\"index\":{\"byteStart\":0,\"byteEnd\":99},"
	        "\"features\":[]}],\"createdAt\":\"2024-11-23T12:20:00.120Z\""));
	assert_int_equal(ev.post.n_mentions, 2);
	assert_int_equal(ev.bad_facets, 1);
	assert_string_equal(ok(post("\"text\":\"plain\"")), BASE " text=plain");
	assert_string_equal(ok("{\"did\":\"" DID_Z "\",\"time_us\":3,\"kind\":\"identity\"}"),
	                    "identity t=3 c=0 did=" DID_Z);
}

/* ======================================================================== */
/* Memory                                                                   */

static void test_no_steady_state_alloc(void **state)
{
	(void)state;
	const char *msgs[] = {
	        create_msg,
	        post("\"text\":\"Zażółć 🙂 @zephyr.air "
	             "tak\",\"langs\":[\"pl\"],\"facets\":[{\"index\":"
	             "{\"byteStart\":16,\"byteEnd\":27},\"features\":[{\"$type\":"
	             "\"app.bsky.richtext.facet#mention\",\"did\":\"" DID_Z
	             "\"}]}],\"embed\":{\"$type\":"
	             "\"app.bsky.embed.external\",\"external\":{\"uri\":\"https://acme.example\","
	             "\"title\":\"Acme \\u00e9\\\" escapes\"}}"),
	};
	/* Copy the post out: post() reuses its buffer. */
	char second[4096];
	size_t sl = strlen(msgs[1]);
	assert_true(sl < sizeof second);
	memcpy(second, msgs[1], sl + 1);
	msgs[1] = second;
	for (int i = 0; i < 2; i++)
		assert_int_equal(parse(msgs[i]), 0); /* warm-up: yajl's buffers reach size */
	alloc_fail_after(-1);
	for (int round = 0; round < 100; round++) {
		int rc = es_jetstream_parse(js, msgs[round % 2], strlen(msgs[round % 2]), &ev);
		assert_int_equal(rc, 0);
	}
	assert_int_equal(alloc_fail_count(), 0);
}

/*
 * Allocation failures. yajl 2.1 does not check its own allocations (a NULL
 * from malloc inside yajl_alloc is dereferenced), so only the parser's own
 * allocations are failed here: the object, the arena, and its growth.
 */
static void test_alloc_failures(void **state)
{
	(void)state;
	struct es_jetstream *j = NULL;
	for (long n = 0; n < 2; n++) { /* calloc of the parser, then its arena */
		alloc_fail_after(n);
		assert_int_equal(es_jetstream_new(&j), -ENOMEM);
		assert_true(alloc_fail_fired());
	}
	alloc_fail_off();
	assert_int_equal(es_jetstream_new(&j), 0);

	/* A message larger than the arena: growing it fails, then works. */
	char *big = malloc(20000);
	assert_non_null(big);
	size_t len = (size_t)snprintf(big, 20000, "%s", create_msg);
	memcpy(big + len - 2, ",\"pad\":\"", 8);
	len += 6;
	memset(big + len, 'p', 10000);
	len += 10000;
	memcpy(big + len, "\"}}", 3);
	len += 3;
	alloc_fail_after(0);
	assert_int_equal(es_jetstream_parse(j, big, len, &ev), -ENOMEM);
	assert_true(alloc_fail_fired());
	assert_non_null(strstr(es_jetstream_errstr(j), "memory"));
	alloc_fail_off();
	assert_int_equal(es_jetstream_parse(j, big, len, &ev), 0);
	assert_int_equal(ev.kind, ES_JS_CREATE);
	assert_int_equal(ev.post.text.len, strlen("Loving the new Acme kettle"));
	free(big);
	es_jetstream_free(j);
	es_jetstream_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_create, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_update_and_cursor_absent, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_delete, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_identity_account, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_other, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_reply, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_mentions, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_links, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_empty_text_and_created, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_escapes, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_key_orders, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_rejected, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_bad_facets, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_caps, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_duplicates_and_reuse, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_no_steady_state_alloc, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_alloc_failures, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
