/*
 * jetstream.h — one Bluesky Jetstream message (the legacy `/subscribe` wire:
 * one JSON object per WebSocket text message) → one event. No I/O.
 *
 * Commits of app.bsky.feed.post become posts: id is the AT-URI
 * `at://<did>/app.bsky.feed.post/<rkey>`, source "bluesky", author the DID
 * (commits carry no handle), url `https://bsky.app/profile/<did>/post/<rkey>`,
 * lang the first of record.langs, reply_to the DID in reply.parent.uri,
 * mentions the DID of every mention facet plus the handle text the facet
 * covers (without '@'), has_links for a link facet or an external embed
 * (also inside recordWithMedia). Deletes carry only id, source and author.
 * identity and account events carry did and time; every other kind,
 * operation or collection is ES_JS_OTHER (counted and skipped by the caller).
 *
 * Contract on input: keys may come in any order at every level; unknown
 * fields are ignored at any depth; nesting is bounded (ES_JS_DEPTH_MAX); of
 * a repeated key the first value counts. DIDs and record keys must have the
 * atproto syntax (they are pasted into URIs); a reply parent addressed by
 * handle leaves reply_to empty.
 * A message is rejected (-EBADMSG, detail in es_jetstream_errstr) when it is
 * not exactly one JSON object, has bytes that are not UTF-8 anywhere (yajl's
 * check), has a string we keep that is not strict UTF-8 (no overlongs, no
 * surrogates, e.g. from a "\udc00" escape), lacks did / time_us / kind, has a
 * field we read with the wrong type (time_us and cursor must be unsigned
 * integers that fit 64 bits), or is a post create/update whose record is
 * missing, has no text, or has a wrongly typed field. Type errors inside a
 * record only count once the collection is known to be a post, because
 * `collection` may arrive after `record` and other records are skipped
 * anyway. A facet with a bad byte range (not byteStart < byteEnd <= text
 * length on UTF-8 boundaries) or wrong types is skipped and counted in
 * bad_facets; the post is still delivered. Empty text is a post with
 * text.len == 0: the caller decides. createdAt that does not parse leaves
 * created_ms 0 (it is client-supplied anyway; time_us is the server's).
 *
 * Memory: the parser owns one yajl handle and one arena, both reused, so the
 * steady state allocates nothing; the arena grows only for a larger message
 * than seen before (at most 3 × ES_JS_MESSAGE_MAX). Every string in an event
 * points into the parser and stays valid until the next es_jetstream_parse
 * or es_jetstream_free; none of them points into the caller's json buffer.
 * A parser is single-threaded.
 */
#ifndef EARSHOT_JETSTREAM_H
#define EARSHOT_JETSTREAM_H

#include <stddef.h>
#include <stdint.h>

#include "post.h"

#define ES_JS_MESSAGE_MAX (1u << 20) /* bytes per message; longer is -E2BIG */
#define ES_JS_DEPTH_MAX   64         /* nesting of objects/arrays in one message */
#define ES_JS_FACETS_MAX  64         /* facets examined per post; more are counted bad */

enum es_js_kind {
	ES_JS_CREATE,
	ES_JS_UPDATE,
	ES_JS_DELETE,
	ES_JS_IDENTITY,
	ES_JS_ACCOUNT,
	ES_JS_OTHER, /* another collection, operation or kind: counted, skipped */
};

struct es_js_event {
	enum es_js_kind kind;
	uint64_t time_us;     /* when Jetstream saw the event, Unix µs (the resume cursor) */
	uint64_t cursor;      /* v2 instance sequence number; 0 when absent */
	struct es_str did;    /* the repo's DID */
	struct es_str handle; /* identity events: the new handle, if sent ("" otherwise) */
	struct es_post post;  /* CREATE/UPDATE: the post; DELETE: id, source, author */
	unsigned bad_facets;  /* facets skipped (bad range, wrong types, beyond ES_JS_FACETS_MAX) */
	uint8_t truncated;    /* text was cut at ES_POST_TEXT_MAX */
};

struct es_jetstream;

/* A parser. Returns 0 or -ENOMEM. */
int es_jetstream_new(struct es_jetstream **out);

/* NULL is a no-op. Events parsed with it become invalid. */
void es_jetstream_free(struct es_jetstream *j);

/*
 * Parse one message of len bytes (need not be NUL-terminated) into *ev,
 * which is overwritten whole; its strings are never NULL ("" when missing).
 * Returns 0, -EBADMSG (malformed: see above), -E2BIG (longer than
 * ES_JS_MESSAGE_MAX) or -ENOMEM. After an error *ev holds nothing useful and
 * the parser is ready for the next message.
 */
int es_jetstream_parse(struct es_jetstream *j, const char *json, size_t len,
                       struct es_js_event *ev);

/* Why the last parse failed ("" after a success). Valid until the next parse. */
const char *es_jetstream_errstr(const struct es_jetstream *j);

#endif
