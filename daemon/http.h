/*
 * http.h — libcurl's multi interface driven by earshotd's libuv loop: the
 * one HTTP(S)/WebSocket client every network source and the alert webhook
 * use.
 *
 * One struct es_http per loop owns the curl multi handle, a uv_timer for
 * curl's timeouts and a uv_poll per socket curl asks to watch. A request is
 * one transfer: a long-lived stream (chunked NDJSON, Server-Sent Events, or a
 * WebSocket whose text messages are delivered whole) or a buffered exchange
 * (rules, search, timelines, webhook POSTs) whose body arrives in on_done.
 *
 * Contract:
 * - TLS peers are always verified (curl's defaults; a ca_file may add a CA,
 *   never turn verification off). Only http, https, ws and wss are allowed,
 *   also on redirects. A bearer token goes through curl's own auth
 *   (CURLAUTH_BEARER): it is never sent to another host on a redirect, and
 *   this module never logs it.
 * - on_data sees only the body of a 2xx response (a WebSocket: 101). The
 *   body of any other status is kept (up to 4 KiB) and handed to on_done,
 *   for the log and for platform error objects.
 * - A stream is "stalled" when no byte arrives for stall_ms (heartbeats
 *   count): the transfer then ends with CURLE_OPERATION_TIMEDOUT. A paused
 *   transfer is not stalled.
 * - es_http_pause()/es_http_resume() may be called from anywhere, including
 *   inside this request's callbacks; a resume takes effect from the loop,
 *   never from inside the caller's stack. es_http_cancel() may also be called
 *   from anywhere: the request's callbacks are never called again.
 * - on_done is called exactly once for a request that was not cancelled;
 *   the request is freed right after it returns.
 */
#ifndef EARSHOT_DAEMON_HTTP_H
#define EARSHOT_DAEMON_HTTP_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#define ES_HTTP_ERRBODY_MAX 4096
#define ES_HTTP_HEADERS_MAX 8192 /* bytes of response headers kept for es_http_header() */

struct es_http;
struct es_http_req;

struct es_http_opts {
	const char *url;
	const char *method;        /* NULL: GET (POST when body is set) */
	const char *body;          /* request body (copied) */
	size_t body_len;
	const char *content_type;  /* of the body; default application/json */
	const char *bearer;        /* Authorization: Bearer … (copied, never logged) */
	const char *const *headers;/* extra "Name: value" lines */
	size_t n_headers;
	const char *ca_file;       /* an extra CA bundle (verification stays on) */
	long connect_timeout_ms;   /* 0: 10 s */
	long timeout_ms;           /* whole transfer; 0: none (streams) */
	long stall_ms;             /* no byte for this long ends the transfer; 0: never */
	size_t buffer_max;         /* >0: buffer a 2xx body (up to this) for on_done instead of on_data */
	size_t ws_message_max;     /* WebSocket: longest message; 0: 1 MiB */
};

struct es_http_cb {
	void *ctx;
	/* Response headers are complete (status 101/2xx or not). Optional. */
	void (*on_headers)(void *ctx, struct es_http_req *req, long status);
	/* Body bytes of a 2xx stream, or one whole WebSocket text message. Optional. */
	void (*on_data)(void *ctx, struct es_http_req *req, const char *buf, size_t len);
	/*
	 * The transfer ended. curl_code is a CURLcode (0: the server ended the
	 * response normally); status the last HTTP status (0: none was read);
	 * body the buffered 2xx body (buffer_max) or the start of a non-2xx body;
	 * err a one-line reason when curl_code != 0. -E2BIG in curl_code's place
	 * is never used: an over-long buffered body ends with CURLE_WRITE_ERROR and
	 * err says so.
	 */
	void (*on_done)(void *ctx, struct es_http_req *req, int curl_code, long status,
	                const char *body, size_t body_len, const char *err);
};

struct es_http_stats {
	uint64_t requests, done, failed, bytes_in, ws_messages, ws_oversized, ws_binary;
};

/* 0, -ENOMEM, or -EIO (curl could not be set up). curl_global_init() is the caller's. */
int es_http_new(uv_loop_t *loop, struct es_http **out);
/* Cancel every request (no callbacks), close the handles. Run the loop afterwards to finish. */
void es_http_free(struct es_http *h);

/* 1 when this libcurl speaks WebSocket (ws/wss in its protocols), else 0. */
int es_http_has_websocket(void);

/* Start a request. 0, -EINVAL (no url, or ws:// without WebSocket support), -ENOMEM, -EIO. */
int es_http_start(struct es_http *h, const struct es_http_opts *o, const struct es_http_cb *cb,
                  struct es_http_req **out);
void es_http_cancel(struct es_http_req *req);
void es_http_pause(struct es_http_req *req);
void es_http_resume(struct es_http_req *req);

/* A response header of the current response (case-insensitive name); NULL if absent. */
const char *es_http_header(const struct es_http_req *req, const char *name, size_t *len);

/* The current response's Retry-After in ms (the delta-seconds form, up to 9
 * digits); 0 when absent, malformed or an HTTP date, or when req is NULL. */
uint64_t es_http_retry_after_ms(const struct es_http_req *req);

/* Send a WebSocket text message (from anywhere). 0, -EAGAIN (try later), -EIO, -ENOTCONN. */
int es_http_ws_send(struct es_http_req *req, const char *buf, size_t len);

const struct es_http_stats *es_http_stats(const struct es_http *h);

#endif
