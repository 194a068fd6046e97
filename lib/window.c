/*
 * window.c — per-brand time buckets and rolling windows (window.h).
 *
 * Two rings and five running sums. A mention is added to its second slot, its
 * minute slot, the current hour's accumulator and every window sum. When the
 * clock advances by one second, each second-based window (1m, 5m, 15m) loses
 * the slot that just left it and the slot about to be reused is cleared; the
 * same happens per minute for the minute-based windows (1h, 24h), which also
 * hand the closed minute (and, on the hour, the closed hour) to the caller.
 *
 * Slot reuse is safe because every window is shorter than or equal to its
 * ring: a slot is subtracted from the longest window exactly when it would be
 * overwritten. Compound sums are integers (fixed point), so the running sums
 * are exact however long the daemon runs.
 *
 * Not here: detectors (detect.c), unique authors (Redis HyperLogLog, in the
 * sink), term counting (topk.c).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/window.h"

#define SEC_SLOTS 900  /* 15 minutes of seconds: the longest second-based window */
#define MIN_SLOTS 1500 /* 25 hours of minutes: more than the longest minute window */
#define MS_SEC    1000ULL
#define MS_MIN    60000ULL
#define MS_HOUR   3600000ULL

struct es_agg {
	uint64_t started_ms;
	uint64_t now_ms;
	uint64_t gap_from_ms, gap_to_ms; /* the last time nothing was observed (daemon down) */
	uint64_t sec; /* current second (now_ms / 1000) */
	uint64_t min; /* current minute */
	struct es_counts win[ES_WIN_COUNT];
	struct es_counts hour_acc; /* the current hour so far */
	struct es_counts secs[SEC_SLOTS];
	struct es_counts mins[MIN_SLOTS];
};

/* Window lengths in slots of their ring. */
static const uint32_t win_slots[ES_WIN_COUNT] = {60, 300, 900, 60, 1440};
static const uint8_t win_is_minutes[ES_WIN_COUNT] = {0, 0, 0, 1, 1};

/* ======================================================================== */
/* Counts                                                                   */

uint32_t es_counts_scored(const struct es_counts *c)
{
	return c->pos + c->neu + c->neg;
}

double es_counts_mean(const struct es_counts *c)
{
	uint32_t n = es_counts_scored(c);
	return n ? (double)c->sum_q / (double)ES_COUNTS_Q / n : 0.0;
}

double es_counts_stddev(const struct es_counts *c)
{
	uint32_t n = es_counts_scored(c);
	if (n == 0)
		return 0.0;
	double mean = es_counts_mean(c);
	double var = (double)c->sumsq_q / (double)ES_COUNTS_Q / n - mean * mean;
	return var > 0 ? sqrt(var) : 0.0;
}

double es_counts_neg_share(const struct es_counts *c)
{
	uint32_t n = es_counts_scored(c);
	return n ? (double)c->neg / n : 0.0;
}

void es_counts_add(struct es_counts *d, const struct es_counts *s)
{
	d->n += s->n;
	d->pos += s->pos;
	d->neu += s->neu;
	d->neg += s->neg;
	d->unscored += s->unscored;
	d->tagged += s->tagged;
	d->untagged += s->untagged;
	d->sum_q += s->sum_q;
	d->sumsq_q += s->sumsq_q;
}

void es_counts_sub(struct es_counts *d, const struct es_counts *s)
{
	d->n -= s->n;
	d->pos -= s->pos;
	d->neu -= s->neu;
	d->neg -= s->neg;
	d->unscored -= s->unscored;
	d->tagged -= s->tagged;
	d->untagged -= s->untagged;
	d->sum_q -= s->sum_q;
	d->sumsq_q -= s->sumsq_q;
}

const char *es_window_name(enum es_window w)
{
	static const char *const names[ES_WIN_COUNT] = {"1m", "5m", "15m", "1h", "24h"};
	return (unsigned)w < ES_WIN_COUNT ? names[w] : "?";
}

uint64_t es_window_ms(enum es_window w)
{
	if ((unsigned)w >= ES_WIN_COUNT)
		return 0;
	return win_slots[w] * (win_is_minutes[w] ? MS_MIN : MS_SEC);
}

/* ======================================================================== */
/* Aggregator                                                               */

int es_agg_new(uint64_t now_ms, struct es_agg **out)
{
	struct es_agg *a = calloc(1, sizeof *a);
	if (!a)
		return -ENOMEM;
	a->started_ms = a->now_ms = now_ms;
	a->sec = now_ms / MS_SEC;
	a->min = now_ms / MS_MIN;
	*out = a;
	return 0;
}

void es_agg_free(struct es_agg *a)
{
	free(a);
}

uint64_t es_agg_now(const struct es_agg *a)
{
	return a->now_ms;
}

uint64_t es_agg_started(const struct es_agg *a)
{
	return a->started_ms;
}

void es_agg_note_gap(struct es_agg *a, uint64_t from_ms, uint64_t to_ms)
{
	if (to_ms > from_ms) {
		a->gap_from_ms = from_ms;
		a->gap_to_ms = to_ms;
	}
}

uint64_t es_agg_observed(const struct es_agg *a, uint64_t span_ms)
{
	uint64_t ran = a->now_ms - a->started_ms;
	uint64_t span = ran < span_ms ? ran : span_ms;
	uint64_t lo = a->now_ms - span;
	uint64_t from = a->gap_from_ms > lo ? a->gap_from_ms : lo;
	uint64_t to = a->gap_to_ms < a->now_ms ? a->gap_to_ms : a->now_ms;
	return to > from ? span - (to - from) : span;
}

const struct es_counts *es_agg_window(const struct es_agg *a, enum es_window w)
{
	return &a->win[(unsigned)w < ES_WIN_COUNT ? w : ES_WIN_1M];
}

static void advance_seconds(struct es_agg *a, uint64_t to)
{
	if (to - a->sec >= SEC_SLOTS) {
		memset(a->secs, 0, sizeof a->secs);
		for (int w = 0; w < ES_WIN_COUNT; w++)
			if (!win_is_minutes[w])
				memset(&a->win[w], 0, sizeof a->win[w]);
		a->sec = to;
		return;
	}
	for (uint64_t s = a->sec + 1; s <= to; s++) {
		for (int w = 0; w < ES_WIN_COUNT; w++)
			if (!win_is_minutes[w] && s >= win_slots[w])
				es_counts_sub(&a->win[w], &a->secs[(s - win_slots[w]) % SEC_SLOTS]);
		memset(&a->secs[s % SEC_SLOTS], 0, sizeof a->secs[0]);
	}
	a->sec = to;
}

/* Close minute m-1 and open minute m: emit, roll the hour, slide the windows. */
static void step_minute(struct es_agg *a, uint64_t m, es_bucket_fn *fn, void *ctx)
{
	const struct es_counts *closed = &a->mins[(m - 1) % MIN_SLOTS];
	if (fn)
		fn(ctx, ES_BUCKET_MINUTE, (m - 1) * MS_MIN, closed);
	if ((m * MS_MIN) % MS_HOUR == 0) {
		if (fn)
			fn(ctx, ES_BUCKET_HOUR, m * MS_MIN - MS_HOUR, &a->hour_acc);
		memset(&a->hour_acc, 0, sizeof a->hour_acc);
	}
	for (int w = 0; w < ES_WIN_COUNT; w++)
		if (win_is_minutes[w] && m >= win_slots[w])
			es_counts_sub(&a->win[w], &a->mins[(m - win_slots[w]) % MIN_SLOTS]);
	memset(&a->mins[m % MIN_SLOTS], 0, sizeof a->mins[0]);
}

void es_agg_advance(struct es_agg *a, uint64_t now_ms, es_bucket_fn *fn, void *ctx)
{
	if (now_ms <= a->now_ms)
		return; /* a clock that goes backwards is held */
	uint64_t sec = now_ms / MS_SEC, min = now_ms / MS_MIN;
	if (sec > a->sec)
		advance_seconds(a, sec);
	if (min > a->min) {
		uint64_t from = a->min + 1;
		if (min - a->min > MIN_SLOTS) {
			/* A gap longer than the ring: close what we have, restart empty,
			 * and emit only the empty minutes the ring can still hold. */
			step_minute(a, from, fn, ctx);
			if (a->hour_acc.n && fn)
				fn(ctx, ES_BUCKET_HOUR, (a->min * MS_MIN) / MS_HOUR * MS_HOUR,
				   &a->hour_acc);
			memset(a->mins, 0, sizeof a->mins);
			memset(&a->hour_acc, 0, sizeof a->hour_acc);
			for (int w = 0; w < ES_WIN_COUNT; w++)
				if (win_is_minutes[w])
					memset(&a->win[w], 0, sizeof a->win[w]);
			from = min - MIN_SLOTS + 1;
		}
		for (uint64_t m = from; m <= min; m++)
			step_minute(a, m, fn, ctx);
		a->min = min;
	}
	a->now_ms = now_ms;
}

void es_agg_add(struct es_agg *a, double compound, enum es_label label, int tagged)
{
	struct es_counts d;
	memset(&d, 0, sizeof d);
	d.n = 1;
	switch (label) {
	case ES_LABEL_POS:
		d.pos = 1;
		break;
	case ES_LABEL_NEU:
		d.neu = 1;
		break;
	case ES_LABEL_NEG:
		d.neg = 1;
		break;
	default:
		d.unscored = 1;
		break;
	}
	if (label != ES_LABEL_UNSCORED) {
		if (!(compound >= -1.0))
			compound = -1.0; /* also catches NaN */
		if (compound > 1.0)
			compound = 1.0;
		d.sum_q = llround(compound * (double)ES_COUNTS_Q);
		d.sumsq_q = llround(compound * compound * (double)ES_COUNTS_Q);
	}
	if (tagged)
		d.tagged = 1;
	else
		d.untagged = 1;
	es_counts_add(&a->secs[a->sec % SEC_SLOTS], &d);
	es_counts_add(&a->mins[a->min % MIN_SLOTS], &d);
	es_counts_add(&a->hour_acc, &d);
	for (int w = 0; w < ES_WIN_COUNT; w++)
		es_counts_add(&a->win[w], &d);
}

/* ======================================================================== */
/* Persistence                                                              */

/*
 * Only the slots are kept; the window sums and the open hour are derived from
 * them on restore. That keeps the saved form free of redundancy a damaged
 * file could make inconsistent (a window sum that no longer matches its
 * slots would underflow when they leave it).
 */

static uint64_t ring_now(const struct es_agg *a, enum es_ring ring)
{
	return ring == ES_RING_SECONDS ? a->sec : a->min;
}

static uint64_t ring_len(enum es_ring ring)
{
	return ring == ES_RING_SECONDS ? SEC_SLOTS : MIN_SLOTS;
}

static struct es_counts *ring_slot(struct es_agg *a, enum es_ring ring, uint64_t index)
{
	return ring == ES_RING_SECONDS ? &a->secs[index % SEC_SLOTS] : &a->mins[index % MIN_SLOTS];
}

void es_agg_each_slot(const struct es_agg *a, enum es_ring ring, es_slot_fn *fn, void *ctx)
{
	uint64_t now = ring_now(a, ring), len = ring_len(ring);
	uint64_t first = now >= len - 1 ? now - (len - 1) : 0;
	for (uint64_t i = first; i <= now; i++) {
		const struct es_counts *c =
		        ring == ES_RING_SECONDS ? &a->secs[i % SEC_SLOTS] : &a->mins[i % MIN_SLOTS];
		if (c->n)
			fn(ctx, ring, i, c);
	}
}

int es_counts_valid(const struct es_counts *c)
{
	uint64_t n = c->n, scored = (uint64_t)c->pos + c->neu + c->neg;
	if (n == 0 || n > ES_SLOT_N_MAX)
		return 0;
	if (scored + c->unscored != n || (uint64_t)c->tagged + c->untagged != n)
		return 0;
	int64_t lim = (int64_t)scored * ES_COUNTS_Q;
	return c->sum_q >= -lim && c->sum_q <= lim && c->sumsq_q >= 0 && c->sumsq_q <= lim;
}

int es_agg_restore(struct es_agg *a, uint64_t started_ms, uint64_t now_ms)
{
	if (started_ms > now_ms)
		return -EINVAL;
	memset(a, 0, sizeof *a);
	a->started_ms = started_ms;
	a->now_ms = now_ms;
	a->sec = now_ms / MS_SEC;
	a->min = now_ms / MS_MIN;
	return 0;
}

int es_agg_restore_slot(struct es_agg *a, enum es_ring ring, uint64_t index,
                        const struct es_counts *c)
{
	uint64_t now = ring_now(a, ring);
	if (index > now || now - index >= ring_len(ring))
		return -ERANGE;
	if (!es_counts_valid(c))
		return -EINVAL;
	struct es_counts *slot = ring_slot(a, ring, index);
	if (slot->n)
		return -EEXIST;
	*slot = *c;
	return 0;
}

/* Sum of the ring's slots for indexes [now - len + 1, now]. */
static void sum_ring(struct es_agg *a, enum es_ring ring, uint64_t len, struct es_counts *out)
{
	uint64_t now = ring_now(a, ring);
	memset(out, 0, sizeof *out);
	for (uint64_t i = now >= len - 1 ? now - (len - 1) : 0; i <= now; i++)
		es_counts_add(out, ring_slot(a, ring, i));
}

void es_agg_restore_done(struct es_agg *a)
{
	for (int w = 0; w < ES_WIN_COUNT; w++)
		sum_ring(a, win_is_minutes[w] ? ES_RING_MINUTES : ES_RING_SECONDS, win_slots[w],
		         &a->win[w]);
	/* The open hour: its minutes so far (the ring always holds a whole hour). */
	sum_ring(a, ES_RING_MINUTES, a->min % 60 + 1, &a->hour_acc);
}
