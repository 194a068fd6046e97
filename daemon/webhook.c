/*
 * webhook.c — the alert webhook (webhook.h): a bounded FIFO of encoded alert
 * events, delivered one POST at a time over es_http, with the delivery
 * result (OK / RETRY / DROP) decided from the curl code and status next to
 * the protocol.
 *
 * The head of the queue is "busy" from its first attempt until it is
 * delivered or given up (in flight, or waiting for a retry); only then is it
 * protected from the overflow drop. Every
 * attempt starts from the timer (delay 0 for a first attempt), never from
 * the caller's stack: the pipeline's alert callback only queues, and a new
 * request is never started from inside es_http's on_done.
 *
 * The backoff restarts for each event, so one event's failures do not delay
 * the next event's first attempt; a receiver that stays down is bounded by
 * the retry limit and the queue bound, not by a growing delay.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_gen.h>

#include "earshot/backoff.h"
#include "log.h"
#include "webhook.h"

#define LOG_BODY_MAX 200 /* bytes of a refusing receiver's body in the log */

enum result { RES_OK = 0, RES_RETRY, RES_DROP };

struct event {
	struct event *next;
	size_t len;
	char json[]; /* NUL-terminated */
};

struct es_webhook {
	uv_loop_t *loop;
	struct es_http *http;
	char *url;
	char *token;     /* secret: wiped before it is freed */
	char where[160]; /* scheme://host[:port] of the url, for logs */
	long timeout_ms;
	unsigned retries;
	struct event *head, *tail;
	int busy;        /* the head is in flight or waiting for its retry */
	unsigned attempt; /* attempts made for the head */
	struct es_http_req *req;
	uv_timer_t timer;
	int timer_armed;
	struct es_backoff bo;
	struct es_webhook_stats st;
};

static struct es_ratelimit rl_drop, rl_retry, rl_fail;

/* ======================================================================== */
/* Encoding                                                                 */

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len;
	uint32_t cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and code points past U+10FFFF. */
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/*
 * Copy at most ES_WEBHOOK_STR_MAX bytes of s into out (which holds
 * 3·ES_WEBHOOK_STR_MAX + 1) as valid UTF-8: each invalid byte becomes U+FFFD,
 * and the cut falls on a character boundary. Returns the length.
 */
static size_t clean_utf8(const char *s, char *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strnlen(s, ES_WEBHOOK_STR_MAX), i = 0, o = 0;
	while (i < n) {
		size_t l = utf8_seq(p + i, n - i);
		if (l == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		} else {
			memcpy(out + o, p + i, l);
			o += l;
			i += l;
		}
	}
	out[o] = '\0';
	return o;
}

static void gen_str(yajl_gen g, const char *s)
{
	char buf[3 * ES_WEBHOOK_STR_MAX + 1];
	size_t len = clean_utf8(s, buf);
	yajl_gen_string(g, (const unsigned char *)buf, len);
}

/* yajl refuses NaN and infinities; JSON has no spelling for them. */
static void gen_num(yajl_gen g, double v)
{
	if (isfinite(v))
		yajl_gen_double(g, v);
	else
		yajl_gen_null(g);
}

int es_webhook_encode(const struct es_brand_state *b, const struct es_alert *al,
                      const struct es_topk_item *terms, size_t n_terms, char **out, size_t *len)
{
	yajl_gen g = yajl_gen_alloc(NULL);
	if (!g)
		return -ENOMEM;
	if (n_terms > ES_TERMS_TOP)
		n_terms = ES_TERMS_TOP;
	size_t n_samples = b->n_samples > ES_SAMPLES_MAX ? ES_SAMPLES_MAX : b->n_samples;
	yajl_gen_map_open(g);
	gen_str(g, "type");
	gen_str(g, es_alert_type_name(al->type));
	gen_str(g, "brand");
	gen_str(g, b->cfg->name);
	gen_str(g, "window");
	gen_str(g, es_window_name(al->window));
	gen_str(g, "state");
	gen_str(g, al->state == ES_ALERT_FIRING ? "firing" : "resolved");
	gen_str(g, "value");
	gen_num(g, al->value);
	gen_str(g, "baseline");
	gen_num(g, al->baseline);
	gen_str(g, "threshold");
	gen_num(g, al->threshold);
	gen_str(g, "n");
	yajl_gen_integer(g, al->n);
	gen_str(g, "terms");
	yajl_gen_array_open(g);
	for (size_t i = 0; i < n_terms; i++)
		gen_str(g, terms[i].term);
	yajl_gen_array_close(g);
	gen_str(g, "samples");
	yajl_gen_array_open(g);
	for (size_t i = 0; i < n_samples; i++)
		gen_str(g, b->samples[i]);
	yajl_gen_array_close(g);
	gen_str(g, "at_ms");
	yajl_gen_integer(g, (long long)al->at_ms);
	yajl_gen_map_close(g);
	const unsigned char *json;
	size_t jl;
	int rc = -ENOMEM; /* yajl's only failure left here is its allocator's */
	if (yajl_gen_get_buf(g, &json, &jl) == yajl_gen_status_ok) {
		char *s = malloc(jl + 1);
		if (s) {
			memcpy(s, json, jl);
			s[jl] = '\0';
			*out = s;
			*len = jl;
			rc = 0;
		}
	}
	yajl_gen_free(g);
	return rc;
}

/* ======================================================================== */
/* Delivery                                                                 */

static void arm(struct es_webhook *w, uint64_t delay_ms);

static void pop_head(struct es_webhook *w)
{
	struct event *e = w->head;
	w->head = e->next;
	if (!w->head)
		w->tail = NULL;
	free(e);
	w->st.queue_len--;
	w->busy = 0;
	w->attempt = 0;
	es_backoff_reset(&w->bo);
}

static enum result classify(int curl_code, long status)
{
	if (status >= 200 && status < 300)
		return RES_OK; /* the receiver has the event, even if the answer broke off */
	if (curl_code != 0 || status == 0 || status == 408 || status == 429 || status >= 500)
		return RES_RETRY;
	return RES_DROP;
}

/*
 * The start of a receiver's body, printable for one log line, with the
 * token cut out should the receiver echo the request back.
 */
static void body_for_log(const struct es_webhook *w, const char *body, size_t len, char *out,
                         size_t outlen)
{
	size_t o = 0;
	for (size_t i = 0; i < len && o + 4 < outlen && i < LOG_BODY_MAX; i++) {
		unsigned char c = (unsigned char)body[i];
		out[o++] = c >= 0x20 && c < 0x7F && c != '"' ? (char)c : '?';
	}
	out[o] = '\0';
	size_t tl = w->token ? strlen(w->token) : 0;
	if (tl == 0)
		return;
	/* The token could also straddle the cut: mask any of its prefixes at the end. */
	for (char *p = out; *p; p++) {
		size_t m = 0;
		while (m < tl && p[m] && p[m] == w->token[m])
			m++;
		if (m == tl || (m > 0 && p[m] == '\0' && m >= 4))
			memset(p, '*', m);
	}
}

static void on_done(void *ctx, struct es_http_req *req, int curl_code, long status,
                    const char *body, size_t body_len, const char *err)
{
	struct es_webhook *w = ctx;
	w->req = NULL;
	enum result res = classify(curl_code, status);
	if (res == RES_OK) {
		w->st.sent++;
		pop_head(w);
		if (w->head)
			arm(w, 0);
		return;
	}
	if (res == RES_RETRY && w->attempt <= w->retries) {
		uint64_t now = uv_now(w->loop);
		uint64_t delay = es_backoff_fail(&w->bo, now);
		uint64_t ra = status == 429 || status == 503 ? es_http_retry_after_ms(req) : 0;
		if (ra > delay)
			delay = ra > w->bo.cap_ms ? w->bo.cap_ms : ra;
		w->st.retries++;
		if (status)
			es_log_rl(&rl_retry, LOG_WARNING,
			          "webhook %s: HTTP %ld; retry %u of %u in %llu ms", w->where, status,
			          w->attempt, w->retries, (unsigned long long)delay);
		else
			es_log_rl(&rl_retry, LOG_WARNING, "webhook %s: %s; retry %u of %u in %llu ms",
			          w->where, err ? err : "no answer", w->attempt, w->retries,
			          (unsigned long long)delay);
		arm(w, delay);
		return;
	}
	w->st.failed++;
	if (res == RES_DROP) {
		char snippet[LOG_BODY_MAX + 8];
		body_for_log(w, body, body_len, snippet, sizeof snippet);
		es_log_rl(&rl_fail, LOG_ERR,
		          "webhook %s: HTTP %ld, the receiver refuses the alert; dropped (failed=%llu) "
		          "body=\"%s\"",
		          w->where, status, (unsigned long long)w->st.failed, snippet);
	} else {
		char why[64];
		if (status)
			snprintf(why, sizeof why, "HTTP %ld", status);
		es_log_rl(&rl_fail, LOG_ERR,
		          "webhook %s: %s after %u attempts; alert dropped (failed=%llu)", w->where,
		          status ? why : (err ? err : "no answer"), w->attempt,
		          (unsigned long long)w->st.failed);
	}
	pop_head(w);
	if (w->head)
		arm(w, 0);
}

static void attempt(struct es_webhook *w)
{
	struct event *e = w->head;
	if (!e || w->req)
		return;
	w->busy = 1;
	struct es_http_opts o = {
		.url = w->url,
		.method = "POST",
		.body = e->json,
		.body_len = e->len,
		.content_type = "application/json",
		.bearer = w->token,
		.timeout_ms = w->timeout_ms,
		.connect_timeout_ms = w->timeout_ms,
	};
	struct es_http_cb cb = {.ctx = w, .on_done = on_done};
	w->attempt++;
	int rc = es_http_start(w->http, &o, &cb, &w->req);
	if (rc < 0) {
		/* Out of memory or a curl set-up failure: try again as if the network failed. */
		w->req = NULL;
		on_done(w, NULL, -1, 0, "", 0, strerror(-rc));
	}
}

static void on_timer(uv_timer_t *t)
{
	struct es_webhook *w = t->data;
	w->timer_armed = 0;
	attempt(w);
}

static void arm(struct es_webhook *w, uint64_t delay_ms)
{
	w->timer_armed = 1;
	uv_timer_start(&w->timer, on_timer, delay_ms, 0);
}

/* ======================================================================== */
/* API                                                                      */

/* "scheme://host[:port]" of url: what logs may say about the receiver. */
static void url_where(const char *url, char *out, size_t outlen)
{
	const char *p = strstr(url, "://");
	size_t n = p ? (size_t)(p - url) + 3 : 0;
	const char *h = url + n;
	size_t hl = strcspn(h, "/?#");
	/* userinfo (user:password@) is a secret too */
	const char *at = memchr(h, '@', hl);
	if (at) {
		hl -= (size_t)(at + 1 - h);
		h = at + 1;
	}
	snprintf(out, outlen, "%.*s%.*s", (int)n, url, (int)hl, h);
}

int es_webhook_new(uv_loop_t *loop, struct es_http *http, const struct es_config *cfg,
                   struct es_webhook **out)
{
	if (!cfg->webhook_url || !*cfg->webhook_url)
		return -EINVAL;
	struct es_webhook *w = calloc(1, sizeof *w);
	if (!w)
		return -ENOMEM;
	w->loop = loop;
	w->http = http;
	w->url = strdup(cfg->webhook_url);
	if (cfg->webhook_token && *cfg->webhook_token)
		w->token = strdup(cfg->webhook_token);
	if (!w->url || (cfg->webhook_token && *cfg->webhook_token && !w->token)) {
		free(w->url);
		free(w->token);
		free(w);
		return -ENOMEM;
	}
	url_where(w->url, w->where, sizeof w->where);
	w->timeout_ms = cfg->webhook_timeout_ms ? (long)cfg->webhook_timeout_ms : 10000L;
	w->retries = cfg->webhook_retries;
	es_backoff_init(&w->bo, ES_WEBHOOK_BASE_MS, ES_WEBHOOK_CAP_MS, ES_JITTER_FULL,
	                (uint64_t)(uintptr_t)w ^ uv_hrtime());
	uv_timer_init(loop, &w->timer);
	w->timer.data = w;
	*out = w;
	return 0;
}

static void on_closed(uv_handle_t *h)
{
	free(h->data);
}

void es_webhook_free(struct es_webhook *w)
{
	if (!w)
		return;
	if (w->req)
		es_http_cancel(w->req);
	while (w->head) {
		struct event *e = w->head;
		w->head = e->next;
		free(e);
	}
	free(w->url);
	if (w->token) {
		volatile char *p = w->token;
		while (*p)
			*p++ = '\0';
		free(w->token);
	}
	uv_timer_stop(&w->timer);
	uv_close((uv_handle_t *)&w->timer, on_closed);
}

int es_webhook_alert(struct es_webhook *w, const struct es_brand_state *b,
                     const struct es_alert *al, const struct es_topk_item *terms,
                     size_t n_terms)
{
	char *json;
	size_t len;
	struct event *e = NULL;
	if (es_webhook_encode(b, al, terms, n_terms, &json, &len) == 0) {
		e = malloc(sizeof *e + len + 1);
		if (e) {
			e->next = NULL;
			e->len = len;
			memcpy(e->json, json, len + 1);
		}
		free(json);
	}
	if (!e) {
		w->st.dropped++;
		es_log_rl(&rl_drop, LOG_WARNING, "webhook %s: out of memory; alert dropped (dropped=%llu)",
		          w->where, (unsigned long long)w->st.dropped);
		return -ENOMEM;
	}
	/* Bounded: push out the oldest event that is not being delivered. */
	while (w->st.queue_len >= ES_WEBHOOK_QUEUE_MAX) {
		struct event **pp = w->busy ? &w->head->next : &w->head;
		struct event *old = *pp;
		if (!old)
			break;
		*pp = old->next;
		if (w->tail == old)
			w->tail = w->busy ? w->head : NULL;
		free(old);
		w->st.queue_len--;
		w->st.dropped++;
		es_log_rl(&rl_drop, LOG_WARNING,
		          "webhook %s: %d alerts waiting: dropping the oldest (dropped=%llu)", w->where,
		          ES_WEBHOOK_QUEUE_MAX, (unsigned long long)w->st.dropped);
	}
	if (w->tail)
		w->tail->next = e;
	else
		w->head = e;
	w->tail = e;
	w->st.queue_len++;
	w->st.queued++;
	if (!w->busy && !w->timer_armed)
		arm(w, 0);
	return 0;
}

int es_webhook_idle(const struct es_webhook *w)
{
	return w->head == NULL && w->req == NULL;
}

const struct es_webhook_stats *es_webhook_stats(const struct es_webhook *w)
{
	return &w->st;
}

void es_webhook_set_backoff(struct es_webhook *w, uint64_t base_ms, uint64_t cap_ms, uint64_t seed)
{
	es_backoff_init(&w->bo, base_ms, cap_ms, ES_JITTER_FULL, seed);
}

/* ======================================================================== */
/* The tee sink                                                             */

static void tee_mention(void *ctx, const struct es_brand_state *b, const struct es_post *post,
                        const struct es_result *r, int tagged, uint64_t now_ms)
{
	struct es_webhook_tee *t = ctx;
	if (t->inner.mention)
		t->inner.mention(t->inner.ctx, b, post, r, tagged, now_ms);
}

static void tee_bucket(void *ctx, const struct es_brand_state *b, enum es_bucket_res res,
                       uint64_t start_ms, const struct es_counts *c)
{
	struct es_webhook_tee *t = ctx;
	if (t->inner.bucket)
		t->inner.bucket(t->inner.ctx, b, res, start_ms, c);
}

static void tee_now(void *ctx, const struct es_brand_state *b, uint64_t now_ms)
{
	struct es_webhook_tee *t = ctx;
	if (t->inner.now)
		t->inner.now(t->inner.ctx, b, now_ms);
}

static void tee_alert(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
                      const struct es_topk_item *terms, size_t n_terms)
{
	struct es_webhook_tee *t = ctx;
	if (t->inner.alert)
		t->inner.alert(t->inner.ctx, b, al, terms, n_terms);
	if (t->w)
		es_webhook_alert(t->w, b, al, terms, n_terms);
}

void es_webhook_tee_sink(struct es_webhook_tee *t, struct es_pipeline_sink *out)
{
	out->ctx = t;
	out->mention = tee_mention;
	out->bucket = tee_bucket;
	out->now = tee_now;
	out->alert = tee_alert;
}
