/*
 * window.h — per-brand sentiment aggregation over time buckets and rolling
 * windows, with the clock passed in (tests drive time; the daemon passes its
 * own clock).
 *
 * Storage: a ring of per-second buckets for the last 15 minutes and a ring of
 * per-minute buckets for the last 25 hours. Rolling windows are running sums
 * over those rings — 1m, 5m, 15m from the seconds, 1h and 24h from the
 * minutes (the current, partial minute included) — updated in O(1) per
 * mention and O(elapsed seconds) per clock advance. Compound sums are kept
 * in fixed point so that adding and subtracting over months never drifts.
 *
 * Closed minute and hour buckets are handed to a callback in time order,
 * including empty ones, so a sink can write one entry per bucket.
 */
#ifndef EARSHOT_WINDOW_H
#define EARSHOT_WINDOW_H

#include <stddef.h>
#include <stdint.h>

#include "score.h"

#define ES_COUNTS_Q 1000000LL /* fixed-point scale of compound sums */

enum es_window { ES_WIN_1M = 0, ES_WIN_5M, ES_WIN_15M, ES_WIN_1H, ES_WIN_24H, ES_WIN_COUNT };

/* Additive counts: one bucket, or a window (a sum of buckets). */
struct es_counts {
	uint32_t n;         /* mentions, scored or not */
	uint32_t pos, neu, neg, unscored;
	uint32_t tagged, untagged;
	int64_t sum_q;      /* sum of compound scores × ES_COUNTS_Q (scored mentions only) */
	int64_t sumsq_q;    /* sum of compound² × ES_COUNTS_Q */
};

uint32_t es_counts_scored(const struct es_counts *c);   /* pos + neu + neg */
double es_counts_mean(const struct es_counts *c);       /* mean compound; 0 when nothing scored */
double es_counts_stddev(const struct es_counts *c);     /* population σ of compound */
double es_counts_neg_share(const struct es_counts *c);  /* neg / scored; 0 when nothing scored */
void es_counts_add(struct es_counts *dst, const struct es_counts *src);
void es_counts_sub(struct es_counts *dst, const struct es_counts *src);

const char *es_window_name(enum es_window w); /* "1m" "5m" "15m" "1h" "24h" */
uint64_t es_window_ms(enum es_window w);

enum es_bucket_res { ES_BUCKET_MINUTE = 0, ES_BUCKET_HOUR };

/* Called for each closed bucket, oldest first. start_ms is aligned to the resolution. */
typedef void es_bucket_fn(void *ctx, enum es_bucket_res res, uint64_t start_ms,
                          const struct es_counts *c);

struct es_agg;

/* A new aggregator whose clock starts at now_ms. Returns 0 or -ENOMEM. */
int es_agg_new(uint64_t now_ms, struct es_agg **out);
void es_agg_free(struct es_agg *a);

/*
 * Move the clock to now_ms, closing every minute and hour bucket that ended,
 * and calling fn (may be NULL) for each, oldest first. A clock that goes
 * backwards is held where it was. After a gap longer than the rings, the
 * rings restart empty and only the buckets of the last 25 hours are emitted.
 */
void es_agg_advance(struct es_agg *a, uint64_t now_ms, es_bucket_fn *fn, void *ctx);

/* Record one mention at the aggregator's current time (advance first). */
void es_agg_add(struct es_agg *a, double compound, enum es_label label, int tagged);

/* The rolling window ending now. */
const struct es_counts *es_agg_window(const struct es_agg *a, enum es_window w);

/* Time of the clock, and when the aggregator started (for warm-up). */
uint64_t es_agg_now(const struct es_agg *a);
uint64_t es_agg_started(const struct es_agg *a);

/*
 * Time the aggregator did not observe: the daemon was down from from_ms to
 * to_ms (es_pipeline_restore says so). Its minutes hold nothing, and a
 * baseline must not count them as quiet. Only the latest gap is kept, in
 * memory: a second restart within a day forgets the first outage.
 */
void es_agg_note_gap(struct es_agg *a, uint64_t from_ms, uint64_t to_ms);

/* How much of the last span_ms (and of the time since start) was observed. */
uint64_t es_agg_observed(const struct es_agg *a, uint64_t span_ms);

/* ------------------------------------------------------------------------ */
/* Persistence (winstate.h keeps an aggregator across a restart)            */

/* The two rings: per-second slots (the last 15 min) and per-minute slots (25 h). */
enum es_ring { ES_RING_SECONDS = 0, ES_RING_MINUTES };

#define ES_SLOT_N_MAX 1000000u /* mentions one slot may hold when restored (so no sum overflows) */

/* Called for each non-empty slot, oldest first; index is the absolute second or minute. */
typedef void es_slot_fn(void *ctx, enum es_ring ring, uint64_t index, const struct es_counts *c);
void es_agg_each_slot(const struct es_agg *a, enum es_ring ring, es_slot_fn *fn, void *ctx);

/*
 * Counts one slot can hold: n > 0 and at most ES_SLOT_N_MAX, the labels and
 * the tagged/untagged split add up to n, and the compound sums lie within
 * what that many scores in [-1, 1] can give. 1 or 0.
 */
int es_counts_valid(const struct es_counts *c);

/*
 * Rebuild an aggregator: es_agg_restore() empties it and sets its clock
 * (0, or -EINVAL when started_ms > now_ms); es_agg_restore_slot() puts back
 * one slot (0; -ERANGE when the index is not one the ring holds at that
 * clock; -EEXIST when the slot is already filled; -EINVAL for counts that
 * es_counts_valid() refuses); es_agg_restore_done() recomputes the windows
 * and the open hour from the slots. Until then the windows are wrong.
 */
int es_agg_restore(struct es_agg *a, uint64_t started_ms, uint64_t now_ms);
int es_agg_restore_slot(struct es_agg *a, enum es_ring ring, uint64_t index,
                        const struct es_counts *c);
void es_agg_restore_done(struct es_agg *a);

#endif
