/*
 * webhook.h — the optional alert webhook: every alert event (fired or
 * resolved) is POSTed as one JSON object to [webhook] url, in order, one
 * request at a time, over the loop's es_http client.
 *
 * Contract:
 * - The JSON carries the same fields as the Redis alert stream and the
 *   PUBLISH message (docs/redis.md): type brand window state value baseline
 *   threshold n terms samples at_ms. It is valid UTF-8 (invalid bytes become
 *   U+FFFD) and bounded: at most ES_TERMS_TOP terms and ES_SAMPLES_MAX
 *   samples, each cut to ES_WEBHOOK_STR_MAX bytes.
 * - Events wait in a queue of at most ES_WEBHOOK_QUEUE_MAX; past that the
 *   oldest event not being delivered is dropped (counted, logged rate-limited).
 * - A 2xx answer delivers the event. A network error, a timeout, 408, 429 or
 *   5xx is retried after a jittered exponential backoff (1 s doubling to
 *   60 s; a Retry-After in seconds on 429/503 is honoured up to the cap), at most
 *   [webhook] retries times, then the event is given up (counted, logged).
 *   Any other status (the receiver refuses the event: retrying cannot help)
 *   gives it up at once, logged with the status and the start of the body.
 * - The token (Authorization: Bearer) is never logged, nor is the URL's path
 *   or query (webhook URLs often carry a secret there): logs name the
 *   scheme and host only.
 * - The URL and token are copied: the configuration may be freed (SIGHUP)
 *   while the webhook lives.
 */
#ifndef EARSHOT_DAEMON_WEBHOOK_H
#define EARSHOT_DAEMON_WEBHOOK_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "config.h"
#include "http.h"
#include "pipeline.h"

#define ES_WEBHOOK_QUEUE_MAX 1000  /* events waiting; past this the oldest are dropped */
#define ES_WEBHOOK_BASE_MS   1000  /* first retry delay before jitter */
#define ES_WEBHOOK_CAP_MS    60000 /* longest retry delay */
#define ES_WEBHOOK_STR_MAX   128   /* bytes of one term or sample in the JSON */

struct es_webhook_stats {
	uint64_t queued;    /* events accepted */
	uint64_t sent;      /* delivered (2xx) */
	uint64_t retries;   /* attempts after an event's first */
	uint64_t failed;    /* given up: refused (4xx) or out of retries */
	uint64_t dropped;   /* pushed out of a full queue, or not encodable */
	uint64_t queue_len; /* events waiting now, the one being delivered included */
};

struct es_webhook;

/*
 * A webhook for cfg's [webhook] section (url required; cfg is only read
 * here). loop and http are borrowed and must outlive the webhook; free the
 * webhook before es_http_free(). Returns 0, -EINVAL (no url) or -ENOMEM.
 */
int es_webhook_new(uv_loop_t *loop, struct es_http *http, const struct es_config *cfg,
                   struct es_webhook **out);

/*
 * Cancel the request in flight and drop what is queued (counted nowhere: the
 * caller flushes first, see es_webhook_idle). Run the loop afterwards to
 * close the timer; the memory goes then. NULL is a no-op.
 */
void es_webhook_free(struct es_webhook *w);

/*
 * Queue one alert event (the arguments of the pipeline sink's alert
 * callback; all borrowed for the call only). Never blocks, never starts I/O
 * from the caller's stack. Returns 0, or -ENOMEM (the event is counted as
 * dropped).
 */
int es_webhook_alert(struct es_webhook *w, const struct es_brand_state *b,
                     const struct es_alert *al, const struct es_topk_item *terms,
                     size_t n_terms);

/* 1 when nothing is queued or in flight (shutdown: run the loop until this or the grace ends). */
int es_webhook_idle(const struct es_webhook *w);

const struct es_webhook_stats *es_webhook_stats(const struct es_webhook *w);

/*
 * A pipeline sink that hands every callback to `inner` (the Redis sink) and
 * also queues each alert on `w` when it is set, so both get every alert.
 * Fill inner, call es_webhook_tee_sink() for the sink to give the pipeline;
 * w may be set or cleared later. The tee must outlive the pipeline.
 */
struct es_webhook_tee {
	struct es_pipeline_sink inner;
	struct es_webhook *w; /* NULL: alerts go to inner only */
};

void es_webhook_tee_sink(struct es_webhook_tee *t, struct es_pipeline_sink *out);

/*
 * The JSON body for one event, in a malloc'd NUL-terminated buffer the
 * caller frees. 0, or -ENOMEM. Exposed for tests.
 */
int es_webhook_encode(const struct es_brand_state *b, const struct es_alert *al,
                      const struct es_topk_item *terms, size_t n_terms, char **out, size_t *len);

/* Tests: a shorter backoff and a fixed jitter seed (the defaults are 1 s, 60 s). */
void es_webhook_set_backoff(struct es_webhook *w, uint64_t base_ms, uint64_t cap_ms, uint64_t seed);

#endif
