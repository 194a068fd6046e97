/*
 * fuzz_jetstream.c — the Jetstream message parser on arbitrary bytes.
 *
 * The input is one message. It is parsed, then a known good message, then
 * the input again: the good message must come out the same every time (no
 * state survives a bad message) and the input must give the same result
 * twice. Every string of an event is read whole (ASan checks it lies in the
 * parser's arena) and the documented bounds are checked.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/jetstream.h"

static const char good[] =
        "{\"did\":\"did:plc:acme4yd7w2mkgh3jqn5rvtx\",\"time_us\":1732364400123456,"
        "\"kind\":\"commit\",\"commit\":{\"operation\":\"create\","
        "\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3lbqyxkowoc2a\",\"record\":{"
        "\"text\":\"hi @zephyr.air\",\"langs\":[\"en\"],\"facets\":[{\"index\":{\"byteStart\":3,"
        "\"byteEnd\":14},\"features\":[{\"$type\":\"app.bsky.richtext.facet#mention\","
        "\"did\":\"did:plc:zephyr\"}]}],\"createdAt\":\"2024-11-23T12:20:00Z\"}}}";

static void mix(uint64_t *h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		*h = (*h ^ s[i]) * 1099511628211ULL;
}

static void mix_str(uint64_t *h, struct es_str s)
{
	if (!s.ptr)
		abort();
	mix(h, s.ptr, s.len);
	mix(h, &s.len, sizeof s.len);
}

/* A hash of everything in the event, or of the error. */
static uint64_t digest(int rc, const struct es_js_event *ev)
{
	uint64_t h = 14695981039346656037ULL;
	mix(&h, &rc, sizeof rc);
	if (rc != 0)
		return h;
	const struct es_post *p = &ev->post;
	if ((unsigned)ev->kind > ES_JS_OTHER || p->n_mentions > ES_POST_MENTIONS_MAX ||
	    p->text.len > ES_POST_TEXT_MAX || p->n_routes != 0 || ev->did.len == 0)
		abort();
	if ((ev->kind == ES_JS_CREATE || ev->kind == ES_JS_UPDATE || ev->kind == ES_JS_DELETE) &&
	    (p->id.len == 0 || memcmp(p->id.ptr, "at://did:", 9) != 0))
		abort();
	mix(&h, &ev->kind, sizeof ev->kind);
	mix(&h, &ev->time_us, sizeof ev->time_us);
	mix(&h, &ev->cursor, sizeof ev->cursor);
	mix(&h, &ev->bad_facets, sizeof ev->bad_facets);
	mix(&h, &ev->truncated, sizeof ev->truncated);
	mix_str(&h, ev->did);
	mix_str(&h, ev->handle);
	mix_str(&h, p->id);
	mix_str(&h, p->source);
	mix_str(&h, p->text);
	mix_str(&h, p->author);
	mix_str(&h, p->lang);
	mix_str(&h, p->url);
	mix_str(&h, p->reply_to);
	mix_str(&h, p->orig_id);
	for (size_t i = 0; i < p->n_mentions; i++) {
		if (p->mentions[i].len == 0)
			abort();
		mix_str(&h, p->mentions[i]);
	}
	mix(&h, &p->created_ms, sizeof p->created_ms);
	mix(&h, &p->is_reply, 1);
	mix(&h, &p->has_links, 1);
	return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct es_jetstream *j;
	static struct es_js_event ev;
	if (es_jetstream_new(&j) != 0)
		abort();
	int rc = es_jetstream_parse(j, (const char *)data, size, &ev);
	if (rc != 0 && rc != -EBADMSG && rc != -E2BIG)
		abort();
	uint64_t first = digest(rc, &ev);

	int grc = es_jetstream_parse(j, good, sizeof good - 1, &ev);
	uint64_t g = digest(grc, &ev);
	if (grc != 0 || ev.kind != ES_JS_CREATE || ev.post.n_mentions != 2)
		abort();

	rc = es_jetstream_parse(j, (const char *)data, size, &ev);
	if (digest(rc, &ev) != first)
		abort();
	grc = es_jetstream_parse(j, good, sizeof good - 1, &ev);
	if (digest(grc, &ev) != g)
		abort();
	es_jetstream_free(j);
	return 0;
}
