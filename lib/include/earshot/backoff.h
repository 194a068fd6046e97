/*
 * backoff.h — reconnect delays: a generic jittered exponential backoff and
 * X's documented filtered-stream reconnect policy.
 *
 * Pure state machines: nothing here reads a clock or sleeps. The caller
 * reports what happened (with the current monotonic time in ms), gets the
 * delay to wait before the next attempt, and arms its own timer. Jitter comes
 * from a small PRNG the caller seeds, so a test that seeds it gets the same
 * sequence every run.
 *
 * Both policies say when a delay has hit its cap (es_backoff_capped,
 * es_xbackoff_capped): X's guidance is to alert then, because a reconnect
 * loop stuck at its cap means something outside the daemon is wrong.
 */
#ifndef EARSHOT_BACKOFF_H
#define EARSHOT_BACKOFF_H

#include <stdbool.h>
#include <stdint.h>

/* ---- PRNG ------------------------------------------------------------------
 * splitmix64: tiny, good enough to spread reconnects, and deterministic for a
 * given seed. Not for anything secret.
 */
struct es_rng {
	uint64_t s;
};

void es_rng_seed(struct es_rng *r, uint64_t seed);
uint64_t es_rng_next(struct es_rng *r);
/* Uniform in [0, n] (inclusive). The modulo bias is below 2^-40 for n < 2^24 ms. */
uint64_t es_rng_upto(struct es_rng *r, uint64_t n);

/* ---- generic exponential backoff ----------------------------------------- */

enum es_jitter {
	/*
	 * Full jitter (the AWS architecture blog's name): the delay is uniform in
	 * [0, min(cap, base * 2^attempt)]. Spreads a herd of clients best; the
	 * delay can be near zero, so use it where an early retry is harmless
	 * (Redis, webhooks, Mastodon/Jetstream reconnects).
	 */
	ES_JITTER_FULL = 0,
	/*
	 * ±20 %: the delay is min(cap, base * 2^attempt) scaled by a factor uniform
	 * in [0.8, 1.2], then clamped to cap. Keeps the schedule's shape (useful
	 * where a server asks for "at least about N seconds").
	 */
	ES_JITTER_20,
	ES_JITTER_NONE, /* exact base * 2^attempt, capped: for tests and fixed schedules */
};

struct es_backoff {
	uint64_t base_ms; /* first delay before jitter */
	uint64_t cap_ms;  /* no delay exceeds this */
	enum es_jitter jitter;
	uint32_t attempt;  /* failures since the last success */
	uint64_t delay_ms; /* the last delay returned */
	uint64_t due_ms;   /* now + delay of the last failure: when to try again */
	bool capped;       /* the last un-jittered delay was at the cap */
	struct es_rng rng;
};

/* base_ms 0 is treated as 1; cap_ms below base_ms is raised to base_ms. */
void es_backoff_init(struct es_backoff *b, uint64_t base_ms, uint64_t cap_ms, enum es_jitter jitter,
                     uint64_t seed);

/* A failed attempt at now_ms: returns the delay before the next one (and sets due_ms). */
uint64_t es_backoff_fail(struct es_backoff *b, uint64_t now_ms);

/* A success: the next failure starts again from base_ms. The PRNG is not reseeded. */
void es_backoff_reset(struct es_backoff *b);

bool es_backoff_capped(const struct es_backoff *b);

/* ---- X filtered stream ------------------------------------------------------
 *
 * X's documented reconnect rules (docs.x.com, "handling disconnections"):
 *
 *   an established connection dropped      reconnect at once (delay 0)
 *   TCP/IP-level errors (DNS, connect, TLS) linear: 250 ms, 500 ms, … cap 16 s
 *   HTTP errors worth retrying (5xx, …)    exponential: 5 s, 10 s, … cap 320 s
 *   HTTP 429 and TooManyConnections        exponential: 60 s, 120 s, … cap 15 min
 *   HTTP 401/403 (bad or revoked token)    stop: alert, retry only after reset
 *
 * The 429 cap is ours (X gives none, only "each further 429 extends the
 * penalty"): the stream's connect limit is counted in 15-minute windows, so
 * waiting longer than one window cannot earn a connection sooner, and
 * TooManyConnections after an unclean drop has been reported to clear within
 * about 15–20 min.
 *
 * The delays are exact (no jitter): they are X's minimums, and one daemon
 * holds one connection per app, so there is no herd to spread.
 *
 * Each failure class keeps its own attempt count, so a 503 between network
 * errors does not reset the linear ladder. A success — the connection is
 * established and data (a post or a keep-alive) is flowing — resets every
 * class. A drop is reconnected at once only if a success came since the last
 * failure; a connection that drops before any data flowed counts as a network
 * error, so a flapping endpoint climbs the network ladder instead of being
 * hammered.
 */
enum es_xfail {
	ES_XFAIL_DROPPED = 0, /* an established, data-flowing connection ended or stalled */
	ES_XFAIL_NETWORK,     /* DNS, TCP, TLS, connect or first-byte timeout */
	ES_XFAIL_HTTP,        /* an HTTP error status worth retrying */
	ES_XFAIL_RATE_LIMIT,  /* HTTP 429, or the TooManyConnections problem */
	ES_XFAIL_AUTH,        /* HTTP 401/403: the token is wrong; do not retry */
};

#define ES_XBACKOFF_NET_STEP_MS  250u
#define ES_XBACKOFF_NET_CAP_MS   16000u
#define ES_XBACKOFF_HTTP_BASE_MS 5000u
#define ES_XBACKOFF_HTTP_CAP_MS  320000u
#define ES_XBACKOFF_RATE_BASE_MS 60000u
#define ES_XBACKOFF_RATE_CAP_MS  900000u

struct es_xbackoff {
	uint32_t net_attempts;  /* network failures since the last success */
	uint32_t http_attempts; /* HTTP failures since the last success */
	uint32_t rate_attempts; /* 429s since the last success */
	bool established;       /* a success came after the last failure */
	bool stopped;           /* an auth failure: no retries until es_xbackoff_reset */
	bool capped;            /* the last delay was its class's cap */
	uint64_t delay_ms;      /* the last delay returned */
	uint64_t due_ms;        /* when to try again */
};

void es_xbackoff_init(struct es_xbackoff *b);

/* An HTTP status of a failed connect: 429 (and 420) rate limit, 401/403 auth, else HTTP. */
enum es_xfail es_xfail_from_http(long status);

/*
 * A failure at now_ms. Returns 0 and *delay_ms, or -EPERM when the policy
 * says stop (an auth failure, now or earlier and not reset since).
 */
int es_xbackoff_fail(struct es_xbackoff *b, enum es_xfail f, uint64_t now_ms, uint64_t *delay_ms);

/* The connection is established and data is flowing: forget all failures. */
void es_xbackoff_success(struct es_xbackoff *b);

/* Start over, including after a stop (a new token was loaded). */
void es_xbackoff_reset(struct es_xbackoff *b);

bool es_xbackoff_capped(const struct es_xbackoff *b);

#endif
