/*
 * test_ndjson.c — the NDJSON post parser (ndjson.c), its time parsing, and
 * the SSE framing (sse.c): field maps, every chunking of a stream down to
 * single bytes, and bad input that is counted and skipped while the stream
 * goes on.
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

#include "earshot/ndjson.h"
#include "earshot/sse.h"

/* What the callbacks saw, flattened to one string for easy comparison. */
struct seen {
	char log[8192];
	size_t len;
	int posts, errors;
	int last_err;
};

static void logf_(struct seen *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(s->log + s->len, sizeof s->log - s->len, fmt, ap);
	va_end(ap);
	if (n > 0 && (size_t)n < sizeof s->log - s->len)
		s->len += (size_t)n;
}

static void on_post(void *ctx, const struct es_post *p)
{
	struct seen *s = ctx;
	s->posts++;
	logf_(s, "[id=%.*s text=%.*s author=%.*s lang=%.*s reply_to=%.*s url=%.*s src=%.*s t=%llu r=%d rp=%d m=",
	      (int)p->id.len, p->id.ptr, (int)p->text.len, p->text.ptr, (int)p->author.len,
	      p->author.ptr, (int)p->lang.len, p->lang.ptr, (int)p->reply_to.len, p->reply_to.ptr,
	      (int)p->url.len, p->url.ptr, (int)p->source.len, p->source.ptr,
	      (unsigned long long)p->created_ms, p->is_reply, p->is_repost);
	for (size_t i = 0; i < p->n_mentions; i++)
		logf_(s, "%s%.*s", i ? "," : "", (int)p->mentions[i].len, p->mentions[i].ptr);
	logf_(s, "]");
}

static void on_error(void *ctx, int err, const char *detail)
{
	struct seen *s = ctx;
	s->errors++;
	s->last_err = err;
	assert_non_null(detail);
	assert_null(strchr(detail, '\n'));
	logf_(s, "{err %d}", err);
}

/* Parse a whole stream fed in pieces of `chunk` bytes (0: all at once). */
static struct es_ndjson *parse(const struct es_fieldmap *map, size_t max_line, const char *text,
                               size_t len, size_t chunk, struct seen *s)
{
	struct es_ndjson *p;
	memset(s, 0, sizeof *s);
	assert_int_equal(es_ndjson_new(map, "test", max_line, on_post, on_error, s, &p), 0);
	if (chunk == 0)
		chunk = len ? len : 1;
	for (size_t off = 0; off < len; off += chunk) {
		size_t n = len - off < chunk ? len - off : chunk;
		/* An exact-size heap copy so ASan sees any read past the piece. */
		char *piece = malloc(n);
		memcpy(piece, text + off, n);
		assert_int_equal(es_ndjson_feed(p, piece, n), 0);
		free(piece);
	}
	assert_int_equal(es_ndjson_finish(p), 0);
	return p;
}

static const char stream[] =
	"{\"id\":\"1\",\"text\":\"Acme is great\",\"author\":\"@ann\",\"lang\":\"en\","
	"\"created_at\":\"2026-11-23T12:00:00.250Z\",\"mentions\":[\"acme\",\"@bob\"],"
	"\"extra\":{\"text\":\"not me\",\"deep\":[1,2,{\"x\":null}]}}\n"
	"\r\n"
	"\n"
	"{\"text\":\"reply \\u00e9 \\ud83d\\ude00\",\"id\":42,\"reply_to\":\"acme\","
	"\"is_repost\":true,\"created_at\":1795435200}\n"
	"{not json}\n"
	"[1,2,3]\n"
	"\"just a string\"\n"
	"{\"id\":\"3\"}\n"
	"{\"text\":\"unterminated\",\n"
	"{\"text\":\"last\",\"created_at\":1795435200123}";

static const char expected[] =
	"[id=1 text=Acme is great author=ann lang=en reply_to= url= src=test t=1795435200250 r=0 rp=0 m=acme,bob]"
	"[id=42 text=reply \xc3\xa9 \xf0\x9f\x98\x80 author= lang= reply_to=acme url= src=test t=1795435200000 r=1 rp=1 m=]"
	"{err -74}{err -74}{err -74}{err -61}{err -74}"
	"[id= text=last author= lang= reply_to= url= src=test t=1795435200123 r=0 rp=0 m=]";

static void test_default_map_and_bad_lines(void **state)
{
	struct es_fieldmap map;
	es_fieldmap_default(&map);
	struct seen s;
	struct es_ndjson *p = parse(&map, 0, stream, sizeof stream - 1, 0, &s);
	assert_string_equal(s.log, expected);
	const struct es_ndjson_stats *st = es_ndjson_stats(p);
	assert_int_equal(st->posts, 3);
	assert_int_equal(st->keepalives, 2);
	assert_int_equal(st->malformed, 4);
	assert_int_equal(st->no_text, 1);
	assert_int_equal(st->lines, 8);
	es_ndjson_free(p);
}

/* The same stream in every chunk size, down to single bytes, gives the same events. */
static void test_every_chunking(void **state)
{
	struct es_fieldmap map;
	es_fieldmap_default(&map);
	for (size_t chunk = 1; chunk <= 64; chunk++) {
		struct seen s;
		struct es_ndjson *p = parse(&map, 0, stream, sizeof stream - 1, chunk, &s);
		if (strcmp(s.log, expected) != 0)
			fail_msg("chunk %zu: %s", chunk, s.log);
		es_ndjson_free(p);
	}
}

/* An X-shaped payload with a custom map: nested objects, array positions, "any". */
static void test_custom_map(void **state)
{
	static const char x[] =
		"{\"data\":{\"id\":\"1858\",\"text\":\"@acme still waiting\",\"lang\":\"en\","
		"\"author_id\":\"9\",\"entities\":{\"mentions\":[{\"start\":0,\"username\":\"acme\"},"
		"{\"username\":\"acme_help\"}]},\"created_at\":\"2026-11-23T13:14:15+01:00\"},"
		"\"includes\":{\"users\":[{\"id\":\"9\",\"username\":\"carol\"},{\"username\":\"dave\"}]},"
		"\"matching_rules\":[{\"id\":\"1\",\"tag\":\"brand:acme\"}]}\r\n";
	struct es_fieldmap map;
	memset(&map, 0, sizeof map);
	const char *why = NULL;
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_ID, "data.id", &why), 0);
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_TEXT, "data.text", &why), 0);
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_LANG, "data.lang", &why), 0);
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_AUTHOR, "includes.users[0].username", &why), 0);
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_MENTIONS, "data.entities.mentions[].username", &why), 0);
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_CREATED, "data.created_at", &why), 0);
	struct seen s;
	struct es_ndjson *p = parse(&map, 0, x, sizeof x - 1, 7, &s);
	assert_string_equal(s.log, "[id=1858 text=@acme still waiting author=carol lang=en reply_to= url= "
	                           "src=test t=1795436055000 r=0 rp=0 m=acme,acme_help]");
	es_ndjson_free(p);
}

static void test_limits(void **state)
{
	struct es_fieldmap map;
	es_fieldmap_default(&map);
	struct seen s;
	/* A line over max_line is skipped whole; the next one is read. */
	char big[600];
	int n = snprintf(big, sizeof big, "{\"text\":\"%0300d\"}\n{\"text\":\"ok\"}\n", 7);
	struct es_ndjson *p = parse(&map, 100, big, (size_t)n, 13, &s);
	assert_int_equal(s.posts, 1);
	assert_int_equal(es_ndjson_stats(p)->oversized, 1);
	assert_int_equal(s.last_err, -E2BIG);
	es_ndjson_free(p);

	/* Nesting deeper than ES_JSON_DEPTH_MAX. */
	char deep[400];
	size_t d = 0;
	d += (size_t)snprintf(deep + d, sizeof deep - d, "{\"text\":\"x\",\"a\":");
	for (int i = 0; i < 70; i++)
		deep[d++] = '[';
	for (int i = 0; i < 70; i++)
		deep[d++] = ']';
	d += (size_t)snprintf(deep + d, sizeof deep - d, "}\n{\"text\":\"after\"}\n");
	p = parse(&map, 0, deep, d, 0, &s);
	assert_int_equal(s.posts, 1);
	assert_int_equal(es_ndjson_stats(p)->malformed, 1);
	es_ndjson_free(p);

	/* Invalid UTF-8 inside a string: -EILSEQ, and the stream goes on. */
	static const char bad[] = "{\"text\":\"caf\xc3\"}\n{\"text\":\"fine\"}\n";
	p = parse(&map, 0, bad, sizeof bad - 1, 0, &s);
	assert_int_equal(s.posts, 1);
	assert_int_equal(s.errors, 1);
	assert_int_equal(s.last_err, -EILSEQ);
	es_ndjson_free(p);

	/* Text longer than ES_POST_TEXT_MAX is cut on a character boundary and counted. */
	size_t tl = ES_POST_TEXT_MAX + 100;
	char *line = malloc(tl + 32);
	size_t k = (size_t)snprintf(line, 32, "{\"text\":\"");
	for (size_t i = 0; i < tl / 2; i++) {
		line[k++] = '\xc5';
		line[k++] = '\x82'; /* ł */
	}
	k += (size_t)snprintf(line + k, 32, "\"}\n");
	p = parse(&map, 0, line, k, 4096, &s);
	assert_int_equal(s.posts, 1);
	assert_int_equal(es_ndjson_stats(p)->truncated, 1);
	free(line);
	es_ndjson_free(p);

	/* A reset drops a partial line: what follows starts fresh. */
	p = parse(&map, 0, "", 0, 0, &s);
	es_ndjson_feed(p, "{\"text\":\"cut in the mid", 23);
	es_ndjson_reset(p);
	es_ndjson_feed(p, "{\"text\":\"whole\"}\n", 17);
	assert_int_equal(s.posts, 1);
	assert_int_equal(s.errors, 0);
	es_ndjson_free(p);
}

static void test_fieldmap_errors(void **state)
{
	struct es_fieldmap map;
	es_fieldmap_default(&map);
	const char *why = NULL;
	static const char *const bad[] = {"a..b", "a[", "a[x]", "a.", ".a", "a[1]b", "a[-1]"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		why = NULL;
		if (es_fieldmap_set(&map, ES_FIELD_TEXT, bad[i], &why) != -EINVAL || !why)
			fail_msg("path \"%s\" accepted", bad[i]);
	}
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_COUNT, "a", &why), -EINVAL);
	char longp[400];
	memset(longp, 'a', sizeof longp - 1);
	longp[sizeof longp - 1] = '\0';
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_TEXT, longp, &why), -EINVAL);
	assert_int_equal(es_fieldmap_set(&map, ES_FIELD_TEXT, "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q", &why),
	                 -EINVAL);
	enum es_field f;
	assert_int_equal(es_field_parse("reply_to", &f), 0);
	assert_int_equal(f, ES_FIELD_REPLY_TO);
	assert_int_equal(es_field_parse("nope", &f), -EINVAL);
	assert_string_equal(es_field_name(ES_FIELD_MENTIONS), "mentions");
}

static void test_time(void **state)
{
	static const struct {
		const char *s;
		int rc;
		uint64_t ms;
	} cases[] = {
		{"1970-01-01T00:00:00Z", 0, 0},
		{"2026-11-23T12:00:00Z", 0, 1795435200000ULL},
		{"2026-11-23T12:00:00.5Z", 0, 1795435200500ULL},
		{"2026-11-23T12:00:00.123456Z", 0, 1795435200123ULL},
		{"2026-11-23T13:00:00+01:00", 0, 1795435200000ULL},
		{"2026-11-23T11:30:00-00:30", 0, 1795435200000ULL},
		{"2024-02-29T00:00:00Z", 0, 1709164800000ULL},
		{"2026-11-23 12:00:00", 0, 1795435200000ULL},
		{"2026-13-01T00:00:00Z", -EINVAL, 0},
		{"2026-11-23T12:00:00Zjunk", -EINVAL, 0},
		{"2026-11-23", -EINVAL, 0},
		{"yesterday", -EINVAL, 0},
		{"1969-12-31T23:59:59Z", -EINVAL, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		uint64_t ms = 0;
		int rc = es_parse_time_ms(cases[i].s, strlen(cases[i].s), &ms);
		if (rc != cases[i].rc || (rc == 0 && ms != cases[i].ms))
			fail_msg("%s: rc %d ms %llu", cases[i].s, rc, (unsigned long long)ms);
	}
}

/* ------------------------------------------------------------------------ */
/* SSE                                                                      */

static void on_event(void *ctx, const char *ev, size_t evl, const char *data, size_t dl,
                     const char *id, size_t idl)
{
	struct seen *s = ctx;
	s->posts++;
	logf_(s, "<%.*s|%.*s|%.*s>", (int)evl, ev, (int)dl, data, (int)idl, id);
}

static const char sse_stream[] =
	":thump\n"
	"event: update\r\n"
	"data: {\"id\":\"1\",\r\n"
	"data: \"x\":2}\r\n"
	"id: 17\r\n"
	"\r\n"
	":thump\r"
	"event: delete\r"
	"data:109\r"
	"\r"
	"data: plain\n"
	"retry: 2500\n"
	"bogus: ignored\n"
	"\n"
	"event: no-data-so-not-dispatched\n"
	"\n";

static void test_sse(void **state)
{
	for (size_t chunk = 1; chunk <= sizeof sse_stream; chunk++) {
		struct seen s;
		memset(&s, 0, sizeof s);
		struct es_sse *sse;
		assert_int_equal(es_sse_new(0, on_event, &s, &sse), 0);
		size_t len = sizeof sse_stream - 1;
		for (size_t off = 0; off < len; off += chunk)
			es_sse_feed(sse, sse_stream + off, len - off < chunk ? len - off : chunk);
		if (strcmp(s.log, "<update|{\"id\":\"1\",\n\"x\":2}|17><delete|109|17><message|plain|17>") != 0)
			fail_msg("chunk %zu: %s", chunk, s.log);
		assert_int_equal(es_sse_stats(sse)->comments, 2);
		assert_int_equal(es_sse_stats(sse)->events, 3);
		assert_int_equal(es_sse_retry_ms(sse), 2500);
		assert_string_equal(es_sse_last_id(sse), "17");
		es_sse_free(sse);
	}
}

static void test_sse_limits(void **state)
{
	struct seen s;
	memset(&s, 0, sizeof s);
	struct es_sse *sse;
	assert_int_equal(es_sse_new(32, on_event, &s, &sse), 0);
	const char *t = "data: 0123456789012345678901234567890123456789\n\n"
	                "data: 0123456789\ndata: 0123456789\ndata: 0123456789\ndata: 0123456789\n\n"
	                "data: small\n\n";
	es_sse_feed(sse, t, strlen(t));
	assert_string_equal(s.log, "<message|small|>");
	assert_int_equal(es_sse_stats(sse)->oversized, 2);
	/* A reset drops the partial event. */
	es_sse_feed(sse, "data: partial\n", 14);
	es_sse_reset(sse);
	es_sse_feed(sse, "\n", 1);
	assert_int_equal(s.posts, 1);
	es_sse_free(sse);
	es_sse_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_map_and_bad_lines),
		cmocka_unit_test(test_every_chunking),
		cmocka_unit_test(test_custom_map),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_fieldmap_errors),
		cmocka_unit_test(test_time),
		cmocka_unit_test(test_sse),
		cmocka_unit_test(test_sse_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
