/*
 * source_http.c — the generic HTTP(S) stream: chunked NDJSON, or
 * Server-Sent Events whose `data` is one JSON post (source.h).
 *
 * Any tool's stream can feed earshot this way: the source's field map says
 * where each post field sits in the JSON (the same map as files). Bytes go
 * straight into the incremental NDJSON parser; SSE events are framed by
 * lib/sse.c first and each event's data is parsed as one line. Connection,
 * stall detection, reconnects and back-pressure are the stream's
 * (stream.h); on a reconnect an SSE stream sends Last-Event-ID so that a
 * server that keeps history resumes where we were, and its `retry:` is the
 * least delay before the next attempt.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "earshot/ndjson.h"
#include "earshot/sse.h"
#include "log.h"
#include "source.h"
#include "stream.h"

#define LAST_ID_MAX 256

struct http_source {
	struct es_source base;
	const struct es_cfg_source *cfg;
	struct es_ndjson *ndjson;
	struct es_sse *sse;
	es_source_post_fn *post;
	void *ctx;
	uint64_t last_post_ms;
	uint64_t sse_skipped; /* events without data */
	char last_id_hdr[LAST_ID_MAX + 32];
	struct es_ratelimit rl;
};

static void on_post(void *ctx, const struct es_post *post)
{
	struct http_source *s = ctx;
	s->last_post_ms = es_wall_ms();
	s->post(s->ctx, post);
}

static void on_parse_error(void *ctx, int err, const char *detail)
{
	struct http_source *s = ctx;
	const struct es_ndjson_stats *st = es_ndjson_stats(s->ndjson);
	es_log_rl(&s->rl, LOG_WARNING,
	          "source \"%s\": skipped a message: %s (malformed=%llu oversized=%llu no_text=%llu)",
	          s->cfg->name, detail, (unsigned long long)st->malformed,
	          (unsigned long long)st->oversized, (unsigned long long)st->no_text);
	(void)err;
}

static void on_event(void *ctx, const char *event, size_t event_len, const char *data,
                     size_t data_len, const char *id, size_t id_len)
{
	struct http_source *s = ctx;
	(void)event;
	(void)event_len;
	(void)id;
	(void)id_len;
	if (data_len == 0) {
		s->sse_skipped++;
		return;
	}
	/* One event, one post: a newline ends the line (SSE data lines join with '\n'). */
	es_ndjson_feed(s->ndjson, data, data_len);
	es_ndjson_feed(s->ndjson, "\n", 1);
}

/* ------------------------------------------------------------------------ */
/* The stream's callbacks                                                   */

static int cb_url(void *ctx, char *buf, size_t cap)
{
	struct http_source *s = ctx;
	return snprintf(buf, cap, "%s", s->cfg->url) < (int)cap ? 0 : -1;
}

static size_t cb_headers(void *ctx, const char **out, size_t max)
{
	struct http_source *s = ctx;
	if (!s->sse || max == 0)
		return 0;
	const char *id = es_sse_last_id(s->sse);
	size_t n = id ? strlen(id) : 0;
	if (n == 0 || n > LAST_ID_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)id[i] < 0x20)
			return 0; /* never let a server's id inject a header */
	snprintf(s->last_id_hdr, sizeof s->last_id_hdr, "Last-Event-ID: %s", id);
	out[0] = s->last_id_hdr;
	return 1;
}

static void cb_up(void *ctx)
{
	struct http_source *s = ctx;
	/* A partial line or event from the last connection is not the start of this one. */
	es_ndjson_reset(s->ndjson);
	if (s->sse)
		es_sse_reset(s->sse);
}

static void cb_data(void *ctx, const char *buf, size_t len)
{
	struct http_source *s = ctx;
	if (s->sse) {
		es_sse_feed(s->sse, buf, len);
		uint64_t retry = es_sse_retry_ms(s->sse);
		if (retry)
			es_stream_min_delay(s->base.stream, retry > 3600000 ? 3600000 : retry);
	} else {
		es_ndjson_feed(s->ndjson, buf, len);
	}
}

/* ------------------------------------------------------------------------ */
/* es_source                                                                */

static void http_stats(const struct es_source *b, struct es_source_stats *o)
{
	const struct http_source *s = (const struct http_source *)b;
	const struct es_ndjson_stats *ns = es_ndjson_stats(s->ndjson);
	const struct es_stream_stats *ss = es_stream_stats(s->base.stream);
	memset(o, 0, sizeof *o);
	o->bytes = ss->bytes;
	o->posts = ns->posts;
	o->malformed = ns->malformed;
	o->oversized = ns->oversized + (s->sse ? es_sse_stats(s->sse)->oversized : 0);
	o->no_text = ns->no_text;
	o->skipped = s->sse_skipped;
	o->connects = ss->connects;
	o->disconnects = ss->disconnects;
	o->last_post_ms = s->last_post_ms;
	o->stopped = ss->stopped;
	snprintf(o->state, sizeof o->state, "%s", es_stream_state(s->base.stream));
}

static void http_free(struct es_source *b)
{
	struct http_source *s = (struct http_source *)b;
	es_stream_free(s->base.stream);
	es_ndjson_free(s->ndjson);
	es_sse_free(s->sse);
	free(s);
}

static const struct es_source_ops http_ops = {es_source_stream_pause, es_source_stream_resume, http_stats, http_free, NULL, NULL};

int es_source_http_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                        struct es_source **out, char *err, size_t errlen)
{
	struct http_source *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->base.ops = &http_ops;
	s->base.cfg = cfg;
	s->cfg = cfg;
	s->post = env->post;
	s->ctx = env->ctx;
	int rc = es_ndjson_new(&cfg->map, cfg->name, cfg->max_line, on_post, on_parse_error, s,
	                       &s->ndjson);
	if (rc == 0 && cfg->format == ES_FMT_SSE)
		rc = es_sse_new(cfg->max_line, on_event, s, &s->sse);
	struct es_stream_cfg sc = {
		.name = cfg->name,
		.policy = ES_STREAM_GENERIC,
		.stall_ms = (long)cfg->stall_ms,
		.bearer = cfg->token,
		.ca_file = cfg->ca_file,
		.accept = cfg->format == ES_FMT_SSE ? "text/event-stream"
		                                    : "application/x-ndjson, application/json",
	};
	struct es_stream_cb cb = {.ctx = s, .url = cb_url, .headers = cb_headers, .up = cb_up,
	                          .data = cb_data};
	if (rc == 0)
		rc = es_stream_new(env->loop, env->http, &sc, &cb, &s->base.stream);
	if (rc < 0) {
		snprintf(err, errlen, "source \"%s\": %s", cfg->name, strerror(-rc));
		es_ndjson_free(s->ndjson);
		es_sse_free(s->sse);
		free(s);
		return rc;
	}
	es_stream_start(s->base.stream);
	*out = &s->base;
	return 0;
}
