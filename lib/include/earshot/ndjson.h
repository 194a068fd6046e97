/*
 * ndjson.h — posts from newline-delimited JSON, parsed incrementally.
 *
 * Bytes are fed as they arrive (any chunking, down to one byte at a time)
 * straight into a yajl push parser; no line is buffered. A field map says
 * where each post field sits in the JSON ("data.text", "entities.mentions[].username");
 * the values on those paths are copied as they stream past, and the post is
 * handed to a callback when its top-level object closes. Every line is
 * bounded (max_line); a malformed, oversized or invalid-UTF-8 line is
 * reported to the error callback, counted, and skipped — the stream goes on
 * at the next line. Empty lines (keep-alives) are counted and ignored.
 *
 * A parser is single-threaded; the post and its strings are valid only during
 * the callback.
 */
#ifndef EARSHOT_NDJSON_H
#define EARSHOT_NDJSON_H

#include <stddef.h>
#include <stdint.h>

#include "post.h"

#define ES_JSON_DEPTH_MAX  64         /* nesting of objects/arrays in one post */
#define ES_JSON_PATH_MAX   16         /* components in a field path */
#define ES_NDJSON_LINE_DEFAULT (1u << 20)

enum es_field {
	ES_FIELD_ID = 0,
	ES_FIELD_TEXT,
	ES_FIELD_AUTHOR,
	ES_FIELD_LANG,
	ES_FIELD_URL,
	ES_FIELD_REPLY_TO,
	ES_FIELD_CREATED,   /* RFC 3339 string, or a number of seconds or milliseconds */
	ES_FIELD_MENTIONS,  /* each string on the path is a mentioned handle (use "[]") */
	ES_FIELD_IS_REPLY,  /* true, or any non-empty string/non-zero number */
	ES_FIELD_IS_REPOST,
	ES_FIELD_COUNT
};

/* Where each field is: dotted keys, "[N]" for an array element, "[]" for any. */
struct es_fieldmap {
	char path[ES_FIELD_COUNT][256]; /* "" = not mapped */
};

/* Name of a field as used in configuration ("id", "text", "reply_to", …). */
const char *es_field_name(enum es_field f);
int es_field_parse(const char *name, enum es_field *out); /* 0 or -EINVAL */

/* The generic default: id text author lang url reply_to created_at mentions[] is_reply is_repost. */
void es_fieldmap_default(struct es_fieldmap *m);

/* Set one path; returns 0, or -EINVAL with a reason in *why (bad syntax, too long, too deep). */
int es_fieldmap_set(struct es_fieldmap *m, enum es_field f, const char *path, const char **why);

struct es_ndjson_stats {
	uint64_t bytes;
	uint64_t lines;      /* non-empty lines */
	uint64_t keepalives; /* empty lines */
	uint64_t posts;      /* delivered to the post callback */
	uint64_t malformed;  /* not JSON, not an object, unbalanced, too deep */
	uint64_t oversized;  /* longer than max_line */
	uint64_t no_text;    /* an object without a text field (or an empty one) */
	uint64_t truncated;  /* text cut at ES_POST_TEXT_MAX */
};

typedef void es_post_fn(void *ctx, const struct es_post *post);
/* err: -EBADMSG malformed, -E2BIG oversized, -EILSEQ invalid UTF-8, -ENODATA no text. */
typedef void es_ndjson_error_fn(void *ctx, int err, const char *detail);

struct es_ndjson;

/*
 * A parser for one stream. `source` names the posts' source (copied). The map
 * is copied. max_line 0 means ES_NDJSON_LINE_DEFAULT. Returns 0, -EINVAL
 * (a path the map could not compile), -ENOMEM.
 */
int es_ndjson_new(const struct es_fieldmap *map, const char *source, size_t max_line,
                  es_post_fn *on_post, es_ndjson_error_fn *on_error, void *ctx,
                  struct es_ndjson **out);
void es_ndjson_free(struct es_ndjson *p);

/* Feed bytes. Callbacks run from inside. Returns 0 or -ENOMEM. */
int es_ndjson_feed(struct es_ndjson *p, const char *buf, size_t len);

/* End of stream: a last line without '\n' is parsed as if it had one. */
int es_ndjson_finish(struct es_ndjson *p);

/* Forget a partial line (after a reconnect: the next bytes start a new line). */
void es_ndjson_reset(struct es_ndjson *p);

const struct es_ndjson_stats *es_ndjson_stats(const struct es_ndjson *p);

/* Parse an RFC 3339 / ISO 8601 UTC time ("2026-11-23T12:00:00.123Z", offsets allowed) to Unix ms. */
int es_parse_time_ms(const char *s, size_t len, uint64_t *out);

#endif
