/*
 * fuzz_ndjson.c — the NDJSON post parser and the SSE framing on arbitrary
 * bytes. The input is parsed three ways — whole, one byte at a time, and in
 * pieces whose size comes from the first byte — and the posts delivered must
 * be the same each time (the parser must not depend on chunking). A custom
 * field map with nested and "any element" paths is used so path tracking is
 * exercised. Every post field must lie inside the parser's arena (checked by
 * ASan when the strings are read).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/ndjson.h"
#include "earshot/sse.h"

struct tally {
	uint64_t posts, errors;
	uint64_t hash; /* over everything delivered */
};

static void mix(struct tally *t, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		t->hash = (t->hash ^ (unsigned char)s[i]) * 1099511628211ULL;
}

static void on_post(void *ctx, const struct es_post *p)
{
	struct tally *t = ctx;
	t->posts++;
	mix(t, p->id.ptr, p->id.len);
	mix(t, p->text.ptr, p->text.len);
	mix(t, p->author.ptr, p->author.len);
	for (size_t i = 0; i < p->n_mentions; i++)
		mix(t, p->mentions[i].ptr, p->mentions[i].len);
	if (p->text.len == 0 || p->n_mentions > ES_POST_MENTIONS_MAX)
		abort();
}

static void on_error(void *ctx, int err, const char *detail)
{
	struct tally *t = ctx;
	t->errors++;
	(void)err;
	(void)detail;
}

static void on_event(void *ctx, const char *ev, size_t evl, const char *data, size_t dl,
                     const char *id, size_t idl)
{
	struct tally *t = ctx;
	t->posts++;
	mix(t, ev, evl);
	mix(t, data, dl);
	mix(t, id, idl);
}

static struct tally run_ndjson(const struct es_fieldmap *map, const uint8_t *d, size_t n,
                               size_t chunk)
{
	struct tally t = {0, 0, 14695981039346656037ULL};
	struct es_ndjson *p;
	if (es_ndjson_new(map, "fuzz", 4096, on_post, on_error, &t, &p) != 0)
		abort();
	for (size_t off = 0; off < n; off += chunk)
		es_ndjson_feed(p, (const char *)d + off, n - off < chunk ? n - off : chunk);
	es_ndjson_finish(p);
	es_ndjson_free(p);
	return t;
}

static struct tally run_sse(const uint8_t *d, size_t n, size_t chunk)
{
	struct tally t = {0, 0, 14695981039346656037ULL};
	struct es_sse *s;
	if (es_sse_new(512, on_event, &t, &s) != 0)
		abort();
	for (size_t off = 0; off < n; off += chunk)
		es_sse_feed(s, (const char *)d + off, n - off < chunk ? n - off : chunk);
	es_sse_free(s);
	return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	struct es_fieldmap map;
	es_fieldmap_default(&map);
	es_fieldmap_set(&map, ES_FIELD_AUTHOR, "user.handle", NULL);
	es_fieldmap_set(&map, ES_FIELD_MENTIONS, "entities.mentions[].name", NULL);
	es_fieldmap_set(&map, ES_FIELD_ID, "ids[1]", NULL);
	size_t chunk = size ? 1 + data[0] % 17 : 1;

	struct tally a = run_ndjson(&map, data, size, size ? size : 1);
	struct tally b = run_ndjson(&map, data, size, 1);
	struct tally c = run_ndjson(&map, data, size, chunk);
	if (a.posts != b.posts || a.hash != b.hash || a.posts != c.posts || a.hash != c.hash ||
	    a.errors != b.errors || a.errors != c.errors)
		abort();

	struct tally s1 = run_sse(data, size, size ? size : 1);
	struct tally s2 = run_sse(data, size, 1);
	if (s1.posts != s2.posts || s1.hash != s2.hash)
		abort();
	return 0;
}
