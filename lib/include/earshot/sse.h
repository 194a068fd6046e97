/*
 * sse.h — Server-Sent Events framing (the text/event-stream format), fed
 * incrementally.
 *
 * Lines end with "\r\n", "\n" or "\r". "field: value" lines set event, data
 * (several data lines join with '\n'), id and retry; lines starting with ':'
 * are comments (Mastodon's ":thump" heartbeats); an empty line dispatches the
 * event. An event larger than max_event bytes is dropped whole and counted.
 * Used by the generic SSE source and the Mastodon source.
 */
#ifndef EARSHOT_SSE_H
#define EARSHOT_SSE_H

#include <stddef.h>
#include <stdint.h>

struct es_sse_stats {
	uint64_t bytes, events, comments, oversized;
};

/* event is "message" when the stream named none. Strings are valid during the call. */
typedef void es_sse_event_fn(void *ctx, const char *event, size_t event_len, const char *data,
                             size_t data_len, const char *id, size_t id_len);

struct es_sse;

int es_sse_new(size_t max_event, es_sse_event_fn *on_event, void *ctx, struct es_sse **out);
void es_sse_free(struct es_sse *s);
int es_sse_feed(struct es_sse *s, const char *buf, size_t len); /* 0 */
void es_sse_reset(struct es_sse *s);                            /* drop a partial event */
const struct es_sse_stats *es_sse_stats(const struct es_sse *s);
/* The last "retry:" value in ms (0 if none) and the last event id seen. */
uint64_t es_sse_retry_ms(const struct es_sse *s);
const char *es_sse_last_id(const struct es_sse *s);

#endif
