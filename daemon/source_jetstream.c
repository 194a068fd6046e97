/*
 * source_jetstream.c — Bluesky posts from Jetstream (source.h).
 *
 * One WebSocket to `/subscribe?wantedCollections=app.bsky.feed.post` on the
 * first of the configured hosts; each text message is one event
 * (lib/jetstream.c). Creates are posts; an update of a post already seen is
 * an edit and is not counted again (an update of one we never saw is
 * taken: it is the post's only appearance); deletes, identity and account
 * events are counted and skipped.
 *
 * Gap-free resume: the `time_us` of the newest event processed is the
 * cursor. It is saved to Redis (P:cursor:<source>) every cursor_interval,
 * read back at start, and every reconnect asks for events from the cursor
 * minus `rewind` (time cursors are portable between Jetstream hosts, which
 * agree only roughly). The overlap is dropped by AT-URI in the shared
 * dedupe set. A connection that could not be made moves on to the next host.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "earshot/dedupe.h"
#include "earshot/jetstream.h"
#include "log.h"
#include "source.h"
#include "stream.h"

#define HOSTS_MAX 8

struct js_source {
	struct es_source base;
	const struct es_cfg_source *cfg;
	struct es_source_env env;
	struct es_jetstream *parser;
	char *hosts[HOSTS_MAX];
	size_t n_hosts, host;
	int connected_once; /* the current host accepted us at least once */
	uint64_t cursor_us; /* newest event processed */
	uint64_t saved_us;  /* last cursor written */
	uint64_t up_wall_us;
	uv_timer_t save;
	struct es_source_stats st;
	uint64_t edits, deletes;
	struct es_ratelimit rl;
};

static uint64_t wall_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

static void save_cursor(struct js_source *s)
{
	if (!s->env.cursor_set || s->cursor_us == s->saved_us)
		return;
	char v[32];
	snprintf(v, sizeof v, "%" PRIu64, s->cursor_us);
	s->env.cursor_set(s->env.ctx, s->cfg->name, v);
	s->saved_us = s->cursor_us;
}

static void on_save(uv_timer_t *t)
{
	save_cursor(t->data);
}

/* ------------------------------------------------------------------------ */
/* The stream                                                               */

static int cb_url(void *ctx, char *buf, size_t cap)
{
	struct js_source *s = ctx;
	const char *host = s->hosts[s->host];
	const char *sep = strchr(host, '?') ? "&" : "?";
	int n;
	if (s->cursor_us) {
		uint64_t rewind = s->cfg->rewind_ms * 1000;
		uint64_t from = s->cursor_us > rewind ? s->cursor_us - rewind : 1;
		n = snprintf(buf, cap, "%s%swantedCollections=app.bsky.feed.post&cursor=%" PRIu64, host,
		             sep, from);
	} else {
		n = snprintf(buf, cap, "%s%swantedCollections=app.bsky.feed.post", host, sep);
	}
	return n > 0 && (size_t)n < cap ? 0 : -1;
}

static void cb_up(void *ctx)
{
	struct js_source *s = ctx;
	s->connected_once = 1;
	s->up_wall_us = wall_us();
	s->st.connects++;
}

static void cb_down(void *ctx, int was_up)
{
	struct js_source *s = ctx;
	s->st.disconnects++;
	save_cursor(s);
	if (!was_up && s->n_hosts > 1) {
		/* This host did not take us: the next one gets the next attempt. */
		s->host = (s->host + 1) % s->n_hosts;
		es_log(LOG_NOTICE, "source \"%s\": next attempt on %s", s->cfg->name, s->hosts[s->host]);
	}
}

static void cb_data(void *ctx, const char *buf, size_t len)
{
	struct js_source *s = ctx;
	struct es_js_event ev;
	s->st.bytes += len;
	int rc = es_jetstream_parse(s->parser, buf, len, &ev);
	if (rc < 0) {
		if (rc == -E2BIG)
			s->st.oversized++;
		else
			s->st.malformed++;
		es_log_rl(&s->rl, LOG_WARNING, "source \"%s\": skipped a message: %s (malformed=%llu)",
		          s->cfg->name, es_jetstream_errstr(s->parser),
		          (unsigned long long)s->st.malformed);
		return;
	}
	if (ev.time_us > s->cursor_us)
		s->cursor_us = ev.time_us;
	switch (ev.kind) {
	case ES_JS_CREATE:
	case ES_JS_UPDATE:
		break;
	case ES_JS_DELETE:
		s->deletes++;
		s->st.skipped++;
		return;
	default:
		s->st.skipped++;
		return;
	}
	if (es_dedupe_seen(s->env.dedupe, ev.post.id.ptr, ev.post.id.len)) {
		if (ev.kind == ES_JS_UPDATE)
			s->edits++;
		else
			s->st.dupes++;
		return;
	}
	if (ev.post.text.len == 0) {
		s->st.no_text++; /* an image-only post: nothing to score */
		return;
	}
	if (ev.time_us && ev.time_us + 1000000 < s->up_wall_us)
		s->st.backfilled++; /* from before this connection: the rewind or a gap */
	s->st.posts++;
	s->st.last_post_ms = wall_us() / 1000;
	s->env.post(s->env.ctx, &ev.post);
}

/* ------------------------------------------------------------------------ */
/* es_source                                                                */

static void js_stats(const struct es_source *b, struct es_source_stats *o)
{
	const struct js_source *s = (const struct js_source *)b;
	const struct es_stream_stats *ss = es_stream_stats(s->base.stream);
	*o = s->st;
	o->stopped = ss->stopped;
	snprintf(o->state, sizeof o->state, "%s; cursor %" PRIu64 "; %llu edits, %llu deletes skipped",
	         es_stream_state(s->base.stream), s->cursor_us, (unsigned long long)s->edits,
	         (unsigned long long)s->deletes);
}

static void js_closed(uv_handle_t *h)
{
	struct js_source *s = h->data;
	es_jetstream_free(s->parser);
	for (size_t i = 0; i < s->n_hosts; i++)
		free(s->hosts[i]);
	free(s);
}

static void js_free(struct es_source *b)
{
	struct js_source *s = (struct js_source *)b;
	save_cursor(s);
	es_stream_free(s->base.stream);
	uv_close((uv_handle_t *)&s->save, js_closed);
}

static void js_checkpoint(struct es_source *b)
{
	save_cursor((struct js_source *)b);
}

static const struct es_source_ops js_ops = {es_source_stream_pause, es_source_stream_resume, js_stats, js_free, NULL, js_checkpoint};

int es_source_jetstream_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                             struct es_source **out, char *err, size_t errlen)
{
	if (!es_http_has_websocket()) {
		snprintf(err, errlen,
		         "source \"%s\": type jetstream needs libcurl with WebSocket support (ws/wss); "
		         "this one has none — install libcurl from bookworm-backports "
		         "(scripts/install-deps.sh does) and rebuild",
		         cfg->name);
		return -ENOTSUP;
	}
	struct js_source *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->base.ops = &js_ops;
	s->base.cfg = cfg;
	s->cfg = cfg;
	s->env = *env;
	char buf[ES_CFG_LINE_MAX];
	snprintf(buf, sizeof buf, "%s", cfg->url);
	for (char *save = NULL, *w = strtok_r(buf, " \t", &save); w && s->n_hosts < HOSTS_MAX;
	     w = strtok_r(NULL, " \t", &save))
		if (!(s->hosts[s->n_hosts++] = strdup(w)))
			goto nomem;
	if (es_jetstream_new(&s->parser) < 0)
		goto nomem;
	char v[32];
	if (es_source_cursor_load(env, cfg, v, sizeof v, "starting from the live tail") == 0)
		s->cursor_us = s->saved_us = strtoull(v, NULL, 10);
	struct es_stream_cfg sc = {
		.name = cfg->name,
		.policy = ES_STREAM_GENERIC,
		.base_ms = 1000,
		.cap_ms = 60000,
		.stall_ms = (long)cfg->stall_ms,
		.ca_file = cfg->ca_file,
		.ws_message_max = ES_JS_MESSAGE_MAX,
	};
	struct es_stream_cb cb = {.ctx = s, .url = cb_url, .up = cb_up, .down = cb_down,
	                          .data = cb_data};
	if (es_stream_new(env->loop, env->http, &sc, &cb, &s->base.stream) < 0)
		goto nomem;
	uv_timer_init(env->loop, &s->save);
	s->save.data = s;
	uv_timer_start(&s->save, on_save, cfg->cursor_ms, cfg->cursor_ms);
	es_stream_start(s->base.stream);
	*out = &s->base;
	return 0;
nomem:
	es_jetstream_free(s->parser);
	for (size_t i = 0; i < s->n_hosts; i++)
		free(s->hosts[i]);
	free(s);
	snprintf(err, errlen, "source \"%s\": out of memory", cfg->name);
	return -ENOMEM;
}
