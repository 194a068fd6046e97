/*
 * test_webhook.c — the alert webhook (daemon/webhook.c) over the real
 * es_http client against a small HTTP receiver on 127.0.0.1 run by this
 * test on the same libuv loop. The receiver records each request (headers
 * of interest and body) and answers from a script: a status, or "hang" (no
 * answer, so the webhook's timeout ends the attempt). Checked: the JSON
 * fields, order, the bearer header, retries on 503/429/timeouts, the drop on
 * 400, the retry limit, the queue bound, hostile strings, and that neither
 * the token nor the URL's secret path ever reaches the log (stderr is
 * captured to a file around every test).
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cmocka.h>
#include <curl/curl.h>
#include <uv.h>
#include <yajl/yajl_tree.h>

#include "http.h"
#include "webhook.h"

#define TOKEN  "wh-T0ken-9f2c41"
#define SECRET_PATH "/hooks/Zq8sEcr3tPath"
#define HANG   0
#define REC_MAX 64

/* ======================================================================== */
/* The receiver                                                             */

struct rec {
	char auth[256];
	char ctype[128];
	char method[8];
	char body[8192];
};

struct conn {
	uv_tcp_t tcp;
	struct conn *next;
	char buf[16384];
	size_t len;
	int answered;
	int closing;
	uv_write_t wr;
	char resp[1024];
};

static struct {
	uv_loop_t loop;
	uv_tcp_t tcp;
	int port;
	int script[16];       /* status per request in order; after the script: 200 */
	size_t n_script;
	const char *body_400; /* body of a 400 answer */
	struct rec rec[REC_MAX];
	size_t n_rec;
	struct conn *conns;
} S;

static void conn_closed(uv_handle_t *h)
{
	struct conn *c = h->data;
	for (struct conn **pp = &S.conns; *pp; pp = &(*pp)->next)
		if (*pp == c) {
			*pp = c->next;
			break;
		}
	free(c);
}

static void conn_close(struct conn *c)
{
	if (!c->closing) {
		c->closing = 1;
		uv_close((uv_handle_t *)&c->tcp, conn_closed);
	}
}

static void on_written(uv_write_t *wr, int status)
{
	(void)status;
	conn_close(wr->data);
}

static void on_alloc(uv_handle_t *h, size_t sug, uv_buf_t *b)
{
	(void)sug;
	struct conn *c = h->data;
	b->base = c->buf + c->len;
	b->len = sizeof c->buf - c->len - 1;
}

/* The value of header `name` in the request head, copied into out. */
static void header(const char *head, const char *name, char *out, size_t outlen)
{
	out[0] = '\0';
	size_t nl = strlen(name);
	for (const char *p = head; p && *p; p = strstr(p, "\r\n"), p = p ? p + 2 : NULL) {
		if (strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
			const char *v = p + nl + 1;
			while (*v == ' ')
				v++;
			size_t vl = strcspn(v, "\r\n");
			snprintf(out, outlen, "%.*s", (int)vl, v);
			return;
		}
	}
}

static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *b)
{
	(void)b;
	struct conn *c = st->data;
	if (n < 0) {
		conn_close(c);
		return;
	}
	c->len += (size_t)n;
	c->buf[c->len] = '\0';
	char *end = strstr(c->buf, "\r\n\r\n");
	if (!end || c->answered)
		return;
	char cl[32];
	*end = '\0';
	header(c->buf, "Content-Length", cl, sizeof cl);
	size_t need = (size_t)(end - c->buf) + 4 + (size_t)strtoul(cl, NULL, 10);
	if (c->len < need) {
		*end = '\r';
		return;
	}
	c->answered = 1;
	int action = S.n_rec < S.n_script ? S.script[S.n_rec] : 200;
	if (S.n_rec < REC_MAX) {
		struct rec *r = &S.rec[S.n_rec];
		header(c->buf, "Authorization", r->auth, sizeof r->auth);
		header(c->buf, "Content-Type", r->ctype, sizeof r->ctype);
		snprintf(r->method, sizeof r->method, "%.*s", (int)strcspn(c->buf, " "), c->buf);
		snprintf(r->body, sizeof r->body, "%s", end + 4);
	}
	S.n_rec++;
	if (action == HANG)
		return;
	const char *body = action == 400 && S.body_400 ? S.body_400 : "ok";
	int len = snprintf(c->resp, sizeof c->resp,
	                   "HTTP/1.1 %d X\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n"
	                   "Connection: close\r\n%s\r\n%s",
	                   action, strlen(body), action == 429 ? "Retry-After: 0\r\n" : "", body);
	uv_buf_t wb = uv_buf_init(c->resp, (unsigned)len);
	c->wr.data = c;
	uv_write(&c->wr, (uv_stream_t *)&c->tcp, &wb, 1, on_written);
}

static void on_conn(uv_stream_t *server, int status)
{
	if (status < 0)
		return;
	struct conn *c = calloc(1, sizeof *c);
	assert_non_null(c);
	uv_tcp_init(&S.loop, &c->tcp);
	c->tcp.data = c;
	c->next = S.conns;
	S.conns = c;
	if (uv_accept(server, (uv_stream_t *)&c->tcp) == 0)
		uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
	else
		conn_close(c);
}

/* ======================================================================== */
/* Fixture: loop, receiver, es_http, a webhook, stderr captured             */

static char logpath[] = "/tmp/es-webhook-log-XXXXXX";
static int logfd = -1, saved_stderr = -1;
static struct es_http *http;
static struct es_webhook *wh;
static struct es_config cfg;
static char url[128];

static void start(const int *script, size_t n, unsigned retries, uint64_t timeout_ms)
{
	if (n)
		memcpy(S.script, script, n * sizeof *script);
	S.n_script = n;
	cfg.webhook_url = url;
	cfg.webhook_token = (char *)TOKEN;
	cfg.webhook_retries = retries;
	cfg.webhook_timeout_ms = timeout_ms;
	assert_int_equal(es_webhook_new(&S.loop, http, &cfg, &wh), 0);
	es_webhook_set_backoff(wh, 5, 40, 42);
}

static int setup(void **state)
{
	(void)state;
	memset(&S, 0, sizeof S);
	memset(&cfg, 0, sizeof cfg);
	assert_int_equal(uv_loop_init(&S.loop), 0);
	uv_tcp_init(&S.loop, &S.tcp);
	struct sockaddr_in a;
	uv_ip4_addr("127.0.0.1", 0, &a);
	assert_int_equal(uv_tcp_bind(&S.tcp, (const struct sockaddr *)&a, 0), 0);
	assert_int_equal(uv_listen((uv_stream_t *)&S.tcp, 16, on_conn), 0);
	struct sockaddr_in got;
	int gl = sizeof got;
	uv_tcp_getsockname(&S.tcp, (struct sockaddr *)&got, &gl);
	S.port = ntohs(got.sin_port);
	snprintf(url, sizeof url, "http://127.0.0.1:%d" SECRET_PATH "?key=" TOKEN "x", S.port);
	assert_int_equal(es_http_new(&S.loop, &http), 0);
	fflush(stderr);
	saved_stderr = dup(2);
	dup2(logfd, 2);
	return 0;
}

static void close_walk(uv_handle_t *h, void *arg)
{
	(void)arg;
	if (!uv_is_closing(h))
		uv_close(h, NULL);
}

static int teardown(void **state)
{
	(void)state;
	es_webhook_free(wh);
	wh = NULL;
	es_http_free(http);
	http = NULL;
	for (struct conn *c = S.conns; c; c = c->next)
		conn_close(c);
	uv_close((uv_handle_t *)&S.tcp, NULL);
	uv_run(&S.loop, UV_RUN_DEFAULT);
	uv_walk(&S.loop, close_walk, NULL);
	uv_run(&S.loop, UV_RUN_DEFAULT);
	int rc = uv_loop_close(&S.loop);
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	assert_int_equal(rc, 0);
	return 0;
}

static int timed_out;
static void on_guard(uv_timer_t *t)
{
	(void)t;
	timed_out = 1;
}

/* Run the loop until the webhook is idle and n requests were received (or 20 s pass). */
static void run_until(size_t n)
{
	uv_timer_t guard;
	timed_out = 0;
	uv_timer_init(&S.loop, &guard);
	uv_timer_start(&guard, on_guard, 20000, 0);
	while (!timed_out && !(es_webhook_idle(wh) && S.n_rec >= n))
		uv_run(&S.loop, UV_RUN_ONCE);
	uv_close((uv_handle_t *)&guard, NULL);
	uv_run(&S.loop, UV_RUN_NOWAIT);
	assert_false(timed_out);
}

/* ======================================================================== */
/* Events                                                                   */

static struct es_cfg_brand brand_cfg;
static struct es_brand_state brand;

static void alert(uint64_t at_ms, enum es_alert_state state)
{
	snprintf(brand_cfg.name, sizeof brand_cfg.name, "zephyr-air");
	brand.cfg = &brand_cfg;
	snprintf(brand.samples[0], sizeof brand.samples[0], "1790000000000000001");
	snprintf(brand.samples[1], sizeof brand.samples[1], "at://did:plc:abc/app.bsky.feed.post/3k");
	brand.n_samples = 2;
	struct es_alert al = {.type = ES_ALERT_SENTIMENT_DROP, .window = ES_WIN_15M, .state = state,
	                      .value = -0.25, .baseline = 0.125, .threshold = -0.125, .n = 42,
	                      .at_ms = at_ms};
	struct es_topk_item terms[2];
	memset(terms, 0, sizeof terms);
	snprintf(terms[0].term, sizeof terms[0].term, "delayed");
	snprintf(terms[1].term, sizeof terms[1].term, "refund");
	assert_int_equal(es_webhook_alert(wh, &brand, &al, terms, 2), 0);
}

static uint64_t body_at_ms(const char *body)
{
	yajl_val v = yajl_tree_parse(body, NULL, 0);
	assert_non_null(v);
	const char *p[] = {"at_ms", NULL};
	yajl_val at = yajl_tree_get(v, p, yajl_t_number);
	assert_non_null(at);
	uint64_t r = (uint64_t)YAJL_GET_INTEGER(at);
	yajl_tree_free(v);
	return r;
}

static const char *str_at(yajl_val v, const char *key)
{
	const char *p[] = {key, NULL};
	yajl_val s = yajl_tree_get(v, p, yajl_t_string);
	assert_non_null(s);
	return YAJL_GET_STRING(s);
}

static double num_at(yajl_val v, const char *key)
{
	const char *p[] = {key, NULL};
	yajl_val s = yajl_tree_get(v, p, yajl_t_number);
	assert_non_null(s);
	return YAJL_GET_DOUBLE(s);
}

/* ======================================================================== */
/* Tests                                                                    */

static void test_order_fields_bearer(void **state)
{
	(void)state;
	start(NULL, 0, 3, 5000);
	alert(1700000000000, ES_ALERT_FIRING);
	alert(1700000060000, ES_ALERT_RESOLVED);
	alert(1700000120000, ES_ALERT_FIRING);
	run_until(3);
	assert_int_equal(S.n_rec, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(S.rec[i].method, "POST");
		assert_string_equal(S.rec[i].auth, "Bearer " TOKEN);
		assert_string_equal(S.rec[i].ctype, "application/json");
		assert_int_equal(body_at_ms(S.rec[i].body), 1700000000000 + 60000 * i);
	}
	yajl_val v = yajl_tree_parse(S.rec[1].body, NULL, 0);
	assert_non_null(v);
	assert_string_equal(str_at(v, "type"), "sentiment_drop");
	assert_string_equal(str_at(v, "brand"), "zephyr-air");
	assert_string_equal(str_at(v, "window"), "15m");
	assert_string_equal(str_at(v, "state"), "resolved");
	assert_true(num_at(v, "value") == -0.25);
	assert_true(num_at(v, "baseline") == 0.125);
	assert_true(num_at(v, "threshold") == -0.125);
	assert_true(num_at(v, "n") == 42);
	const char *tp[] = {"terms", NULL}, *sp[] = {"samples", NULL};
	yajl_val t = yajl_tree_get(v, tp, yajl_t_array), s = yajl_tree_get(v, sp, yajl_t_array);
	assert_non_null(t);
	assert_non_null(s);
	assert_int_equal(t->u.array.len, 2);
	assert_string_equal(YAJL_GET_STRING(t->u.array.values[0]), "delayed");
	assert_string_equal(YAJL_GET_STRING(t->u.array.values[1]), "refund");
	assert_int_equal(s->u.array.len, 2);
	assert_string_equal(YAJL_GET_STRING(s->u.array.values[1]),
	                    "at://did:plc:abc/app.bsky.feed.post/3k");
	assert_int_equal(v->u.object.len, 11);
	yajl_tree_free(v);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->queued, 3);
	assert_int_equal(st->sent, 3);
	assert_int_equal(st->retries, 0);
	assert_int_equal(st->failed, 0);
	assert_int_equal(st->dropped, 0);
	assert_int_equal(st->queue_len, 0);
}

static void test_retry_503_then_ok(void **state)
{
	(void)state;
	const int script[] = {503, 503, 200};
	start(script, 3, 5, 5000);
	alert(1000, ES_ALERT_FIRING);
	alert(2000, ES_ALERT_RESOLVED); /* waits behind the first, in order */
	run_until(4);
	assert_int_equal(S.n_rec, 4);
	assert_string_equal(S.rec[0].body, S.rec[1].body);
	assert_string_equal(S.rec[1].body, S.rec[2].body);
	assert_int_equal(body_at_ms(S.rec[2].body), 1000);
	assert_int_equal(body_at_ms(S.rec[3].body), 2000);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->sent, 2);
	assert_int_equal(st->retries, 2);
	assert_int_equal(st->failed, 0);
}

static void test_429_and_timeout_are_retried(void **state)
{
	(void)state;
	const int script[] = {429, HANG, 200};
	start(script, 3, 2, 300);
	alert(1000, ES_ALERT_FIRING);
	run_until(3);
	assert_int_equal(S.n_rec, 3);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->sent, 1);
	assert_int_equal(st->retries, 2);
	assert_int_equal(st->failed, 0);
}

static void test_400_dropped_at_once(void **state)
{
	(void)state;
	const int script[] = {400, 200};
	S.body_400 = "{\"error\":\"bad event\",\"echo\":\"Authorization: Bearer " TOKEN "\"}";
	start(script, 2, 5, 5000);
	alert(1000, ES_ALERT_FIRING);
	alert(2000, ES_ALERT_FIRING);
	run_until(2);
	assert_int_equal(S.n_rec, 2);
	assert_int_equal(body_at_ms(S.rec[0].body), 1000);
	assert_int_equal(body_at_ms(S.rec[1].body), 2000);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->sent, 1);
	assert_int_equal(st->retries, 0);
	assert_int_equal(st->failed, 1);
}

static void test_retry_limit(void **state)
{
	(void)state;
	const int script[] = {503, 500, 502, 200};
	start(script, 4, 2, 5000);
	alert(1000, ES_ALERT_FIRING); /* 3 attempts, all 5xx: given up */
	alert(2000, ES_ALERT_FIRING); /* answered 200 */
	run_until(4);
	assert_int_equal(S.n_rec, 4);
	assert_int_equal(body_at_ms(S.rec[2].body), 1000);
	assert_int_equal(body_at_ms(S.rec[3].body), 2000);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->sent, 1);
	assert_int_equal(st->retries, 2);
	assert_int_equal(st->failed, 1);
}

static void test_no_receiver(void **state)
{
	(void)state;
	/* Nothing listens on the port any more: connection refused, retried, given up. */
	uv_close((uv_handle_t *)&S.tcp, NULL);
	uv_run(&S.loop, UV_RUN_NOWAIT);
	uv_tcp_init(&S.loop, &S.tcp); /* for the teardown to close */
	start(NULL, 0, 1, 2000);
	alert(1000, ES_ALERT_FIRING);
	run_until(0);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->sent, 0);
	assert_int_equal(st->retries, 1);
	assert_int_equal(st->failed, 1);
	assert_int_equal(st->queue_len, 0);
}

static void test_queue_bound(void **state)
{
	(void)state;
	start(NULL, 0, 0, 5000);
	for (uint64_t i = 0; i < ES_WEBHOOK_QUEUE_MAX + 5; i++)
		alert(i, ES_ALERT_FIRING);
	const struct es_webhook_stats *st = es_webhook_stats(wh);
	assert_int_equal(st->queued, ES_WEBHOOK_QUEUE_MAX + 5);
	assert_int_equal(st->dropped, 5);
	assert_int_equal(st->queue_len, ES_WEBHOOK_QUEUE_MAX);
	/* The oldest five went: the first delivered is event 5. */
	while (S.n_rec < 1)
		uv_run(&S.loop, UV_RUN_ONCE);
	assert_int_equal(body_at_ms(S.rec[0].body), 5);
	/* While one is in flight, overflow drops the one after it, not it. */
	for (uint64_t i = 0; i < 3; i++)
		alert(5000 + i, ES_ALERT_FIRING);
	assert_int_equal(es_webhook_stats(wh)->queue_len, ES_WEBHOOK_QUEUE_MAX);
	while (S.n_rec < 3)
		uv_run(&S.loop, UV_RUN_ONCE);
	assert_int_equal(body_at_ms(S.rec[1].body), 9);
	assert_int_equal(body_at_ms(S.rec[2].body), 10);
}

static void test_encode_hostile(void **state)
{
	(void)state;
	struct es_cfg_brand bc;
	memset(&bc, 0, sizeof bc);
	snprintf(bc.name, sizeof bc.name, "acme");
	struct es_brand_state b;
	memset(&b, 0, sizeof b);
	b.cfg = &bc;
	/* A sample id with a quote, a control byte, a lone continuation byte and a cut 4-byte char. */
	memcpy(b.samples[0], "id\"\x01\x80z\xF0\x9F\x98", 10);
	b.n_samples = 1;
	struct es_topk_item terms[ES_TERMS_TOP + 3];
	memset(terms, 0, sizeof terms);
	for (size_t i = 0; i < ES_TERMS_TOP + 3; i++)
		memset(terms[i].term, 'x', sizeof terms[i].term - 1);
	snprintf(terms[0].term, sizeof terms[0].term, "caf\xC3\xA9 \xC0\xAF\xED\xA0\x80\\");
	struct es_alert al = {.type = ES_ALERT_VOLUME_SPIKE, .window = ES_WIN_5M,
	                      .state = ES_ALERT_FIRING, .value = INFINITY, .baseline = NAN,
	                      .threshold = 12, .n = 7, .at_ms = 5};
	char *json;
	size_t len;
	assert_int_equal(es_webhook_encode(&b, &al, terms, ES_TERMS_TOP + 3, &json, &len), 0);
	assert_int_equal(strlen(json), len);
	char err[256];
	yajl_val v = yajl_tree_parse(json, err, sizeof err);
	assert_non_null(v);
	const char *tp[] = {"terms", NULL}, *sp[] = {"samples", NULL};
	yajl_val t = yajl_tree_get(v, tp, yajl_t_array), s = yajl_tree_get(v, sp, yajl_t_array);
	assert_int_equal(t->u.array.len, ES_TERMS_TOP);
	assert_string_equal(YAJL_GET_STRING(t->u.array.values[0]),
	                    "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\\");
	const char *t1 = YAJL_GET_STRING(t->u.array.values[1]);
	assert_non_null(t1);
	assert_int_equal(strlen(t1), ES_TOPK_TERM_MAX);
	assert_string_equal(YAJL_GET_STRING(s->u.array.values[0]),
	                    "id\"\x01\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	const char *vp[] = {"value", NULL}, *bp[] = {"baseline", NULL};
	assert_true(YAJL_IS_NULL(yajl_tree_get(v, vp, yajl_t_any)));
	assert_true(YAJL_IS_NULL(yajl_tree_get(v, bp, yajl_t_any)));
	yajl_tree_free(v);
	free(json);
}

static int inner_alerts, inner_nows;
static uint64_t inner_at;

static void inner_alert(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
                        const struct es_topk_item *terms, size_t n_terms)
{
	(void)b;
	(void)terms;
	(void)n_terms;
	assert_ptr_equal(ctx, &inner_alerts);
	inner_alerts++;
	inner_at = al->at_ms;
}

static void inner_now(void *ctx, const struct es_brand_state *b, uint64_t now_ms)
{
	(void)ctx;
	(void)b;
	(void)now_ms;
	inner_nows++;
}

/* The tee gives the inner sink every callback and the webhook every alert. */
static void test_tee(void **state)
{
	(void)state;
	start(NULL, 0, 0, 5000);
	struct es_webhook_tee tee = {.inner = {.ctx = &inner_alerts, .alert = inner_alert,
	                                       .now = inner_now}};
	struct es_pipeline_sink sink;
	es_webhook_tee_sink(&tee, &sink);
	struct es_alert al = {.type = ES_ALERT_FLATLINE, .window = ES_WIN_15M,
	                      .state = ES_ALERT_FIRING, .at_ms = 777};
	snprintf(brand_cfg.name, sizeof brand_cfg.name, "acme");
	brand.cfg = &brand_cfg;
	brand.n_samples = 0;
	sink.alert(sink.ctx, &brand, &al, NULL, 0); /* no webhook yet: inner only */
	assert_int_equal(inner_alerts, 1);
	assert_int_equal(es_webhook_stats(wh)->queued, 0);
	tee.w = wh;
	al.at_ms = 778;
	sink.alert(sink.ctx, &brand, &al, NULL, 0);
	sink.now(sink.ctx, &brand, 1);
	sink.mention(sink.ctx, &brand, NULL, NULL, 0, 1); /* inner has none: nothing happens */
	assert_int_equal(inner_alerts, 2);
	assert_int_equal(inner_at, 778);
	assert_int_equal(inner_nows, 1);
	run_until(1);
	assert_int_equal(S.n_rec, 1);
	assert_int_equal(body_at_ms(S.rec[0].body), 778);
	assert_int_equal(es_webhook_stats(wh)->sent, 1);
}

/* Runs last: everything the tests above logged. */
static void test_log_has_no_secrets(void **state)
{
	(void)state;
	char buf[65536];
	ssize_t n = pread(logfd, buf, sizeof buf - 1, 0);
	assert_true(n > 0);
	buf[n] = '\0';
	if (strstr(buf, TOKEN) || strstr(buf, "Zq8sEcr3t"))
		fprintf(stdout, "log:\n%s\n", buf);
	assert_null(strstr(buf, TOKEN));
	assert_null(strstr(buf, "Zq8sEcr3t"));
	/* The log did capture the events: the refusal with its status and body start, the retries. */
	assert_non_null(strstr(buf, "HTTP 400"));
	assert_non_null(strstr(buf, "bad event"));
	assert_non_null(strstr(buf, "HTTP 503; retry 1 of 5"));
	assert_non_null(strstr(buf, "webhook http://127.0.0.1:"));
}

int main(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
	logfd = mkstemp(logpath);
	if (logfd < 0)
		return 1;
	/* A sanitizer's report goes to the captured stderr too: say where it is. */
	printf("stderr of the tests (kept if one fails): %s\n", logpath);
	fflush(stdout);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_order_fields_bearer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_retry_503_then_ok, setup, teardown),
		cmocka_unit_test_setup_teardown(test_429_and_timeout_are_retried, setup, teardown),
		cmocka_unit_test_setup_teardown(test_400_dropped_at_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_retry_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_receiver, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queue_bound, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tee, setup, teardown),
		cmocka_unit_test(test_encode_hostile),
		cmocka_unit_test(test_log_has_no_secrets),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	close(logfd);
	if (rc == 0)
		unlink(logpath);
	curl_global_cleanup();
	return rc;
}
