/*
 * backoff.c — reconnect delays: a generic jittered exponential backoff and
 * X's filtered-stream reconnect policy (see backoff.h for the rules and why).
 *
 * No clock reads and no sleeping: callers pass the time in and arm their own
 * timers. All arithmetic saturates, so an attempt counter that runs for
 * months cannot overflow a shift or a multiplication.
 */
#include <errno.h>
#include <stdint.h>

#include "earshot/backoff.h"

/* ------------------------------------------------------------------------ */
/* PRNG                                                                      */

void es_rng_seed(struct es_rng *r, uint64_t seed)
{
	r->s = seed;
}

uint64_t es_rng_next(struct es_rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

uint64_t es_rng_upto(struct es_rng *r, uint64_t n)
{
	uint64_t v = es_rng_next(r);
	return n == UINT64_MAX ? v : v % (n + 1);
}

/* min(cap, base * 2^k), without overflow. */
static uint64_t exp_capped(uint64_t base, uint64_t cap, uint32_t k, bool *at_cap)
{
	uint64_t d = base;
	for (uint32_t i = 0; i < k && d < cap; i++)
		d = d > UINT64_MAX / 2 ? UINT64_MAX : d * 2;
	*at_cap = d >= cap;
	return d >= cap ? cap : d;
}

static uint64_t add_sat(uint64_t a, uint64_t b)
{
	return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

/* ------------------------------------------------------------------------ */
/* Generic exponential backoff                                               */

void es_backoff_init(struct es_backoff *b, uint64_t base_ms, uint64_t cap_ms, enum es_jitter jitter,
                     uint64_t seed)
{
	*b = (struct es_backoff){
	        .base_ms = base_ms ? base_ms : 1,
	        .jitter = jitter,
	};
	b->cap_ms = cap_ms < b->base_ms ? b->base_ms : cap_ms;
	es_rng_seed(&b->rng, seed);
}

uint64_t es_backoff_fail(struct es_backoff *b, uint64_t now_ms)
{
	uint64_t d = exp_capped(b->base_ms, b->cap_ms, b->attempt, &b->capped);
	switch (b->jitter) {
	case ES_JITTER_FULL:
		d = es_rng_upto(&b->rng, d);
		break;
	case ES_JITTER_20: {
		/* d * [800, 1200] / 1000, computed without overflowing for any cap */
		uint64_t permille = 800 + es_rng_upto(&b->rng, 400);
		d = d / 1000 * permille + d % 1000 * permille / 1000;
		if (d > b->cap_ms)
			d = b->cap_ms;
		break;
	}
	case ES_JITTER_NONE:
	default:
		break;
	}
	if (b->attempt < UINT32_MAX)
		b->attempt++;
	b->delay_ms = d;
	b->due_ms = add_sat(now_ms, d);
	return d;
}

void es_backoff_reset(struct es_backoff *b)
{
	b->attempt = 0;
	b->capped = false;
	b->delay_ms = 0;
}

bool es_backoff_capped(const struct es_backoff *b)
{
	return b->capped;
}

/* ------------------------------------------------------------------------ */
/* X filtered stream                                                         */

void es_xbackoff_init(struct es_xbackoff *b)
{
	*b = (struct es_xbackoff){0};
}

enum es_xfail es_xfail_from_http(long status)
{
	switch (status) {
	case 401:
	case 403:
		return ES_XFAIL_AUTH;
	case 420: /* v1.1's "Enhance Your Calm": the same meaning as 429 */
	case 429:
		return ES_XFAIL_RATE_LIMIT;
	default:
		return ES_XFAIL_HTTP;
	}
}

static uint32_t bump(uint32_t *n)
{
	uint32_t k = *n;
	if (*n < UINT32_MAX)
		(*n)++;
	return k;
}

int es_xbackoff_fail(struct es_xbackoff *b, enum es_xfail f, uint64_t now_ms, uint64_t *delay_ms)
{
	if (b->stopped || f == ES_XFAIL_AUTH) {
		b->stopped = true;
		b->capped = false;
		return -EPERM;
	}
	uint64_t d = 0;
	bool cap = false;
	if (f == ES_XFAIL_DROPPED && !b->established)
		f = ES_XFAIL_NETWORK; /* it never got going: not a drop X wants retried at once */
	switch (f) {
	case ES_XFAIL_DROPPED:
		d = 0;
		break;
	case ES_XFAIL_HTTP:
		d = exp_capped(ES_XBACKOFF_HTTP_BASE_MS, ES_XBACKOFF_HTTP_CAP_MS,
		               bump(&b->http_attempts), &cap);
		break;
	case ES_XFAIL_RATE_LIMIT:
		d = exp_capped(ES_XBACKOFF_RATE_BASE_MS, ES_XBACKOFF_RATE_CAP_MS,
		               bump(&b->rate_attempts), &cap);
		break;
	case ES_XFAIL_NETWORK:
	default: {
		uint64_t k = (uint64_t)bump(&b->net_attempts) + 1;
		d = k >= ES_XBACKOFF_NET_CAP_MS / ES_XBACKOFF_NET_STEP_MS
		            ? ES_XBACKOFF_NET_CAP_MS
		            : k * ES_XBACKOFF_NET_STEP_MS;
		cap = d == ES_XBACKOFF_NET_CAP_MS;
		break;
	}
	}
	b->established = false;
	b->capped = cap;
	b->delay_ms = d;
	b->due_ms = add_sat(now_ms, d);
	if (delay_ms)
		*delay_ms = d;
	return 0;
}

void es_xbackoff_success(struct es_xbackoff *b)
{
	if (b->stopped)
		return; /* only es_xbackoff_reset lifts a stop */
	b->net_attempts = b->http_attempts = b->rate_attempts = 0;
	b->established = true;
	b->capped = false;
	b->delay_ms = 0;
}

void es_xbackoff_reset(struct es_xbackoff *b)
{
	es_xbackoff_init(b);
}

bool es_xbackoff_capped(const struct es_xbackoff *b)
{
	return b->capped;
}
