/*
 * stream.h — one long-lived HTTP(S) or WebSocket stream that stays up: the
 * connection logic every network source shares (generic NDJSON/SSE, X,
 * Mastodon, Jetstream), so that each source only says what to connect to and
 * what the bytes mean.
 *
 * The stream connects, hands body bytes (or whole WebSocket messages) to
 * the source, and when the connection ends — closed, reset, stalled (no byte
 * for stall_ms, heartbeats included), or refused — schedules the next attempt
 * by a reconnect policy (lib/backoff.h):
 *   ES_STREAM_GENERIC  an established connection that drops is retried at
 *                      once; failures back off exponentially with full jitter
 *                      (base_ms doubling to cap_ms); 429/503 honour
 *                      Retry-After.
 *   ES_STREAM_X        X's documented policy (es_xbackoff): at once after a
 *                      drop, +250 ms linear for network errors, 5 s doubling
 *                      for HTTP errors, 60 s doubling for 429 and
 *                      TooManyConnections.
 * HTTP 401/403 stop the stream for good (the token is wrong: retrying only
 * earns a ban); the state says why and the source reports it.
 *
 * Paused streams stop reading (curl pauses the transfer: TCP flow control
 * reaches the server) and do not reconnect until resumed.
 */
#ifndef EARSHOT_DAEMON_STREAM_H
#define EARSHOT_DAEMON_STREAM_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "earshot/backoff.h"
#include "http.h"

enum es_stream_policy { ES_STREAM_GENERIC = 0, ES_STREAM_X };

struct es_stream_cfg {
	const char *name;       /* the source's name, for logs (copied) */
	enum es_stream_policy policy;
	uint64_t base_ms, cap_ms; /* generic policy; 0: 1 s and 60 s */
	long stall_ms;          /* 0: no stall detection */
	const char *bearer;     /* borrowed; must outlive the stream */
	const char *ca_file;    /* borrowed */
	const char *accept;     /* Accept header value; NULL: none */
	size_t ws_message_max;  /* WebSocket */
	uint64_t seed;          /* jitter; 0: from the clock */
};

struct es_stream_cb {
	void *ctx;
	/* The URL of the next connection (it may carry a cursor). 0, or <0 to stop. */
	int (*url)(void *ctx, char *buf, size_t cap);
	/* Extra request headers for the next connection ("Name: value"); returns the count. */
	size_t (*headers)(void *ctx, const char **out, size_t max);
	/* A connection is up (2xx / 101): reset partial-message state here. */
	void (*up)(void *ctx);
	/* Body bytes (any split) or one whole WebSocket message. */
	void (*data)(void *ctx, const char *buf, size_t len);
	/* The connection ended (was_up: it had been established). Optional. */
	void (*down)(void *ctx, int was_up);
	/*
	 * Optional: classify a refused connection from its status and body, as
	 * an enum es_xfail value (X's TooManyConnections comes with HTTP 429 or
	 * other statuses); -1 = by status only.
	 */
	int (*classify)(void *ctx, long status, const char *body, size_t len);
};

struct es_stream_stats {
	uint64_t connects, disconnects, stalls, refused;
	uint64_t bytes;
	uint64_t last_data_ms; /* monotonic ms of the last byte */
	uint64_t next_attempt_ms; /* monotonic; 0: connected or connecting */
	long last_status;
	int up, stopped, capped;
};

struct es_stream;

int es_stream_new(uv_loop_t *loop, struct es_http *http, const struct es_stream_cfg *cfg,
                  const struct es_stream_cb *cb, struct es_stream **out);
/* Connect now. */
void es_stream_start(struct es_stream *s);
/* Drop the current connection and reconnect as after a drop (an in-stream disconnect notice). */
void es_stream_restart(struct es_stream *s, const char *why);
void es_stream_pause(struct es_stream *s);
void es_stream_resume(struct es_stream *s);
/* Data (a post or a heartbeat) is flowing: the policy's failure counts start over. */
void es_stream_success(struct es_stream *s);
/* The server asked for at least this much before the next attempt (SSE retry:). */
void es_stream_min_delay(struct es_stream *s, uint64_t ms);
/* Send one WebSocket text message on the current connection. */
int es_stream_ws_send(struct es_stream *s, const char *buf, size_t len);
/* Response header of the current connection (rate limits). NULL if none. */
const char *es_stream_header(const struct es_stream *s, const char *name, size_t *len);
const struct es_stream_stats *es_stream_stats(const struct es_stream *s);
/* One line: "streaming", "reconnecting in 5.0s (HTTP 503)", "stopped: HTTP 401 …". */
const char *es_stream_state(const struct es_stream *s);
/* Free; the loop must run afterwards to close the timer. NULL is a no-op. */
void es_stream_free(struct es_stream *s);

#endif
