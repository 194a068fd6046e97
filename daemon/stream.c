/*
 * stream.c — a long-lived stream with reconnects (stream.h).
 */
#include <curl/curl.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "stream.h"

#define STABLE_MS 10000 /* a generic connection up this long was "established" */
#define HEADERS_MAX 8

struct es_stream {
	uv_loop_t *loop;
	struct es_http *http;
	struct es_stream_cfg cfg;
	char name[64];
	struct es_stream_cb cb;
	struct es_http_req *req;
	uv_timer_t timer;
	int paused, want_connect, stopped, flowing;
	uint64_t up_since_ms;
	uint64_t min_delay_ms;
	struct es_backoff gen;
	struct es_xbackoff x;
	struct es_stream_stats st;
	char state[160];
	struct es_ratelimit rl;
};

static void do_connect(struct es_stream *s);

static uint64_t mono_ms(const struct es_stream *s)
{
	return uv_now(s->loop);
}

static void set_state(struct es_stream *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_state(struct es_stream *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s->state, sizeof s->state, fmt, ap);
	va_end(ap);
}

static void on_timer(uv_timer_t *t)
{
	struct es_stream *s = t->data;
	s->st.next_attempt_ms = 0;
	if (s->paused) {
		s->want_connect = 1;
		return;
	}
	do_connect(s);
}

static void stop_for_good(struct es_stream *s, const char *why)
{
	s->stopped = 1;
	s->st.stopped = 1;
	set_state(s, "stopped: %s", why);
	es_log(LOG_ERR, "source \"%s\": stopped: %s", s->name, why);
}

/*
 * The connection ended. Decide the next attempt by the policy. status is the
 * HTTP status (0: none), was_up whether it had been established.
 */
static void ended(struct es_stream *s, struct es_http_req *req, int curl_code, long status,
                  int was_up, const char *body, size_t body_len, const char *why)
{
	uint64_t now = mono_ms(s);
	s->st.disconnects++;
	s->st.up = 0;
	s->st.last_status = status;
	int flowed = s->flowing;
	s->flowing = 0;
	if (s->cb.down)
		s->cb.down(s->cb.ctx, was_up);
	if (s->stopped)
		return;
	char reason[200];
	int cls; /* enum es_xfail */
	if (was_up) {
		if (curl_code == CURLE_OPERATION_TIMEDOUT) {
			s->st.stalls++;
			snprintf(reason, sizeof reason, "stalled: nothing for %lds",
			         (s->cfg.stall_ms + 999) / 1000);
		} else {
			snprintf(reason, sizeof reason, "%s", why ? why : "the server closed the stream");
		}
		cls = ES_XFAIL_DROPPED;
	} else if (status == 0) {
		snprintf(reason, sizeof reason, "%s", why ? why : "no response");
		cls = ES_XFAIL_NETWORK;
	} else {
		s->st.refused++;
		/* The start of the error body tells the operator more than the status. */
		int n = (int)(body_len < 120 ? body_len : 120);
		for (int i = 0; i < n; i++)
			if (body[i] == '\n' || body[i] == '\r')
				n = i;
		snprintf(reason, sizeof reason, "HTTP %ld%s%.*s", status, n ? ": " : "", n, body);
		cls = s->cb.classify ? s->cb.classify(s->cb.ctx, status, body, body_len) : -1;
		if (cls < 0)
			cls = (int)es_xfail_from_http(status);
	}
	if (cls == ES_XFAIL_AUTH) {
		stop_for_good(s, reason);
		return;
	}

	uint64_t delay = 0;
	if (s->cfg.policy == ES_STREAM_X) {
		if (es_xbackoff_fail(&s->x, (enum es_xfail)cls, now, &delay) < 0) {
			stop_for_good(s, reason);
			return;
		}
		s->st.capped = es_xbackoff_capped(&s->x);
	} else {
		int stable = was_up && flowed && now - s->up_since_ms >= STABLE_MS;
		if (stable) {
			es_backoff_reset(&s->gen); /* a long, healthy connection dropped: at once */
			delay = 0;
		} else {
			delay = es_backoff_fail(&s->gen, now);
		}
		s->st.capped = es_backoff_capped(&s->gen);
	}
	uint64_t ra = es_http_retry_after_ms(req);
	if (ra > delay)
		delay = ra;
	if (s->min_delay_ms > delay)
		delay = s->min_delay_ms;
	s->st.next_attempt_ms = now + delay;
	set_state(s, "reconnecting in %.1fs (%s)", (double)delay / 1000.0, reason);
	es_log_rl(&s->rl, delay >= 60000 || s->st.capped ? LOG_WARNING : LOG_NOTICE,
	          "source \"%s\": %s; reconnecting in %.1fs%s", s->name, reason,
	          (double)delay / 1000.0, s->st.capped ? " (the backoff is at its cap)" : "");
	uv_timer_start(&s->timer, on_timer, delay, 0);
}

static void on_headers(void *ctx, struct es_http_req *req, long status)
{
	struct es_stream *s = ctx;
	(void)req;
	if (!((status >= 200 && status < 300) || status == 101))
		return;
	s->st.up = 1;
	s->st.connects++;
	s->st.last_status = status;
	s->up_since_ms = mono_ms(s);
	s->st.last_data_ms = s->up_since_ms;
	set_state(s, "streaming");
	es_log(LOG_INFO, "source \"%s\": connected (HTTP %ld)", s->name, status);
	if (s->cb.up)
		s->cb.up(s->cb.ctx);
}

static void on_data(void *ctx, struct es_http_req *req, const char *buf, size_t len)
{
	struct es_stream *s = ctx;
	(void)req;
	s->st.bytes += len;
	s->st.last_data_ms = mono_ms(s);
	if (!s->flowing) {
		s->flowing = 1;
		es_stream_success(s);
	}
	s->cb.data(s->cb.ctx, buf, len);
}

static void on_done(void *ctx, struct es_http_req *req, int curl_code, long status,
                    const char *body, size_t body_len, const char *err)
{
	struct es_stream *s = ctx;
	int was_up = s->st.up;
	s->req = NULL; /* freed by http.c when we return */
	ended(s, req, curl_code, status, was_up, body, body_len, err);
}

static void do_connect(struct es_stream *s)
{
	if (s->stopped || s->req || s->paused)
		return;
	char url[4096];
	if (s->cb.url(s->cb.ctx, url, sizeof url) < 0) {
		stop_for_good(s, "no URL to connect to");
		return;
	}
	const char *hdrs[HEADERS_MAX + 1];
	size_t nh = 0;
	char accept[128];
	if (s->cfg.accept) {
		snprintf(accept, sizeof accept, "Accept: %s", s->cfg.accept);
		hdrs[nh++] = accept;
	}
	if (s->cb.headers)
		nh += s->cb.headers(s->cb.ctx, hdrs + nh, HEADERS_MAX - nh);
	struct es_http_opts o = {
		.url = url,
		.bearer = s->cfg.bearer,
		.ca_file = s->cfg.ca_file,
		.headers = hdrs,
		.n_headers = nh,
		.stall_ms = s->cfg.stall_ms,
		.ws_message_max = s->cfg.ws_message_max,
	};
	struct es_http_cb cb = {.ctx = s, .on_headers = on_headers, .on_data = on_data, .on_done = on_done};
	set_state(s, "connecting");
	int rc = es_http_start(s->http, &o, &cb, &s->req);
	if (rc == -EINVAL) {
		stop_for_good(s, "the URL cannot be used by this build (ws:// needs libcurl with WebSocket)");
		return;
	}
	if (rc < 0) {
		/* Out of memory or curl refused the handle: try again later, as a network error. */
		s->req = NULL;
		ended(s, NULL, 0, 0, 0, "", 0, "cannot start the request");
	}
}

int es_stream_new(uv_loop_t *loop, struct es_http *http, const struct es_stream_cfg *cfg,
                  const struct es_stream_cb *cb, struct es_stream **out)
{
	struct es_stream *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->loop = loop;
	s->http = http;
	s->cfg = *cfg;
	snprintf(s->name, sizeof s->name, "%s", cfg->name ? cfg->name : "?");
	s->cfg.name = s->name;
	s->cb = *cb;
	uint64_t seed = cfg->seed;
	if (!seed) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		seed = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ (uint64_t)(uintptr_t)s;
	}
	es_backoff_init(&s->gen, cfg->base_ms ? cfg->base_ms : 1000, cfg->cap_ms ? cfg->cap_ms : 60000,
	                ES_JITTER_FULL, seed);
	es_xbackoff_init(&s->x);
	uv_timer_init(loop, &s->timer);
	s->timer.data = s;
	set_state(s, "not started");
	*out = s;
	return 0;
}

void es_stream_start(struct es_stream *s)
{
	do_connect(s);
}

void es_stream_restart(struct es_stream *s, const char *why)
{
	if (!s->req)
		return;
	int was_up = s->st.up;
	struct es_http_req *req = s->req;
	s->req = NULL;
	es_http_cancel(req);
	ended(s, NULL, 0, was_up ? 200 : 0, was_up, "", 0, why);
}

void es_stream_pause(struct es_stream *s)
{
	s->paused = 1;
	if (s->req)
		es_http_pause(s->req);
}

void es_stream_resume(struct es_stream *s)
{
	if (!s->paused)
		return;
	s->paused = 0;
	if (s->req)
		es_http_resume(s->req);
	if (s->want_connect) {
		s->want_connect = 0;
		do_connect(s);
	}
}

void es_stream_success(struct es_stream *s)
{
	if (s->cfg.policy == ES_STREAM_X)
		es_xbackoff_success(&s->x);
	s->st.capped = 0;
}

void es_stream_min_delay(struct es_stream *s, uint64_t ms)
{
	s->min_delay_ms = ms;
}

int es_stream_ws_send(struct es_stream *s, const char *buf, size_t len)
{
	return s->req ? es_http_ws_send(s->req, buf, len) : -ENOTCONN;
}

const char *es_stream_header(const struct es_stream *s, const char *name, size_t *len)
{
	return s->req ? es_http_header(s->req, name, len) : NULL;
}

const struct es_stream_stats *es_stream_stats(const struct es_stream *s)
{
	return &s->st;
}

const char *es_stream_state(const struct es_stream *s)
{
	return s->state;
}

static void on_closed(uv_handle_t *h)
{
	free(h->data);
}

void es_stream_free(struct es_stream *s)
{
	if (!s)
		return;
	if (s->req)
		es_http_cancel(s->req);
	s->req = NULL;
	uv_close((uv_handle_t *)&s->timer, on_closed);
}
