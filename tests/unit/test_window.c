/*
 * test_window.c — aggregator windows and buckets (window.c), the alert
 * detectors (detect.c) and the top-k counter (topk.c), with driven time.
 */
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "earshot/detect.h"
#include "earshot/topk.h"
#include "earshot/window.h"

#define SEC  1000ULL
#define MIN  60000ULL
#define HOUR 3600000ULL
/* A start time far from 0 and not aligned, like a real clock. */
#define T0 (1763900000000ULL + 123)

struct emitted {
	size_t n_min, n_hour;
	uint64_t last_min_start, last_hour_start;
	uint32_t min_total, hour_total;
	int jumps; /* a bucket that does not follow the previous one */
};

static void on_bucket(void *ctx, enum es_bucket_res res, uint64_t start, const struct es_counts *c)
{
	struct emitted *e = ctx;
	if (res == ES_BUCKET_MINUTE) {
		if (e->n_min && start != e->last_min_start + MIN)
			e->jumps++;
		assert_int_equal(start % MIN, 0);
		e->n_min++;
		e->last_min_start = start;
		e->min_total += c->n;
	} else {
		if (e->n_hour && start != e->last_hour_start + HOUR)
			e->jumps++;
		assert_int_equal(start % HOUR, 0);
		e->n_hour++;
		e->last_hour_start = start;
		e->hour_total += c->n;
	}
}

static void test_counts_math(void **state)
{
	struct es_counts c = {0};
	assert_float_equal(es_counts_mean(&c), 0, 1e-12);
	assert_float_equal(es_counts_neg_share(&c), 0, 1e-12);
	struct es_agg *a;
	assert_int_equal(es_agg_new(T0, &a), 0);
	es_agg_add(a, 0.5, ES_LABEL_POS, 1);
	es_agg_add(a, -0.5, ES_LABEL_NEG, 0);
	es_agg_add(a, 0.0, ES_LABEL_NEU, 0);
	es_agg_add(a, 0.9, ES_LABEL_UNSCORED, 0); /* unscored: counted, not averaged */
	const struct es_counts *w = es_agg_window(a, ES_WIN_1M);
	assert_int_equal(w->n, 4);
	assert_int_equal(es_counts_scored(w), 3);
	assert_int_equal(w->unscored, 1);
	assert_int_equal(w->tagged, 1);
	assert_int_equal(w->untagged, 3);
	assert_float_equal(es_counts_mean(w), 0.0, 1e-9);
	assert_float_equal(es_counts_stddev(w), sqrt(0.5 / 3), 1e-6);
	assert_float_equal(es_counts_neg_share(w), 1.0 / 3, 1e-9);
	/* NaN and out-of-range compounds are clamped, never poison the sums. */
	es_agg_add(a, NAN, ES_LABEL_NEG, 0);
	es_agg_add(a, 7.0, ES_LABEL_POS, 0);
	assert_float_equal(es_counts_mean(es_agg_window(a, ES_WIN_24H)), 0.0, 1e-9);
	assert_string_equal(es_window_name(ES_WIN_15M), "15m");
	assert_int_equal(es_window_ms(ES_WIN_24H), 24 * HOUR);
	es_agg_free(a);
}

/* Each window holds exactly the mentions of its span, at its resolution. */
static void test_rolling_windows(void **state)
{
	struct es_agg *a;
	assert_int_equal(es_agg_new(T0, &a), 0);
	/* One mention per second for 2 hours. */
	for (uint64_t s = 0; s < 7200; s++) {
		es_agg_advance(a, T0 + s * SEC, NULL, NULL);
		es_agg_add(a, 0.5, ES_LABEL_POS, 0);
	}
	assert_int_equal(es_agg_window(a, ES_WIN_1M)->n, 60);
	assert_int_equal(es_agg_window(a, ES_WIN_5M)->n, 300);
	assert_int_equal(es_agg_window(a, ES_WIN_15M)->n, 900);
	/* Minute windows: the current partial minute plus the full ones before. */
	uint64_t now = T0 + 7199 * SEC;
	uint64_t into_minute = (now % MIN) / SEC + 1; /* seconds of the current minute with data */
	assert_int_equal(es_agg_window(a, ES_WIN_1H)->n, 59 * 60 + into_minute);
	assert_int_equal(es_agg_window(a, ES_WIN_24H)->n, 7200);
	assert_float_equal(es_counts_mean(es_agg_window(a, ES_WIN_24H)), 0.5, 1e-9);

	/* Ten silent minutes: second windows empty, 1h shrinks by ten minutes. */
	es_agg_advance(a, now + 10 * MIN, NULL, NULL);
	assert_int_equal(es_agg_window(a, ES_WIN_1M)->n, 0);
	assert_int_equal(es_agg_window(a, ES_WIN_15M)->n, 300); /* seconds now-299..now */
	assert_int_equal(es_agg_window(a, ES_WIN_24H)->n, 7200);
	/* A day later everything has left every window. */
	es_agg_advance(a, now + 25 * HOUR, NULL, NULL);
	for (int w = 0; w < ES_WIN_COUNT; w++)
		assert_int_equal(es_agg_window(a, (enum es_window)w)->n, 0);
	es_agg_free(a);
}

static void test_bucket_emission(void **state)
{
	struct es_agg *a;
	struct emitted e = {0};
	uint64_t start = 10 * HOUR; /* aligned, to count hours exactly */
	assert_int_equal(es_agg_new(start, &a), 0);
	for (uint64_t m = 0; m < 130; m++) {
		es_agg_advance(a, start + m * MIN + 5 * SEC, on_bucket, &e);
		es_agg_add(a, -0.2, ES_LABEL_NEG, 1);
		es_agg_add(a, 0.2, ES_LABEL_POS, 0);
	}
	es_agg_advance(a, start + 130 * MIN, on_bucket, &e);
	assert_int_equal(e.jumps, 0);
	assert_int_equal(e.n_min, 130); /* minutes 0..129 closed */
	assert_int_equal(e.min_total, 260);
	assert_int_equal(e.n_hour, 2);
	assert_int_equal(e.hour_total, 240);
	/* Empty minutes are emitted too, in order. */
	es_agg_advance(a, start + 140 * MIN, on_bucket, &e);
	assert_int_equal(e.n_min, 140);
	assert_int_equal(e.min_total, 260);
	/* A clock going backwards is held: no emission, no change. */
	es_agg_advance(a, start + 100 * MIN, on_bucket, &e);
	assert_int_equal(e.n_min, 140);
	assert_int_equal(es_agg_now(a), start + 140 * MIN);
	/* A two-day gap: only the last 25 hours of minutes are emitted, in order. */
	es_agg_add(a, 0.1, ES_LABEL_POS, 0);
	size_t before = e.n_min;
	es_agg_advance(a, start + 140 * MIN + 48 * HOUR, on_bucket, &e);
	assert_int_equal(e.jumps, 2); /* one skip in the minutes, one in the hours */
	assert_true(e.n_min - before <= 1500 + 1);
	assert_true(e.n_min - before >= 1440);
	assert_int_equal(e.last_min_start, start + 140 * MIN + 48 * HOUR - MIN);
	assert_int_equal(e.min_total, 261);
	assert_int_equal(es_agg_window(a, ES_WIN_24H)->n, 0);
	es_agg_free(a);
}

/* ------------------------------------------------------------------------ */
/* Detectors                                                                */

/* Feed `per_min` mentions a minute of `compound` for `minutes`, evaluating each minute. */
struct run {
	struct es_agg *a;
	uint64_t now;
	struct es_detector_cfg cfg;
	struct es_detector_state st;
	int fired, resolved;
	struct es_alert last;
};

static void feed(struct run *r, unsigned minutes, unsigned per_min, double compound,
                 enum es_label label)
{
	for (unsigned m = 0; m < minutes; m++) {
		for (unsigned k = 0; k < per_min; k++) {
			r->now += MIN / (per_min ? per_min : 1);
			es_agg_advance(r->a, r->now, NULL, NULL);
			es_agg_add(r->a, compound, label, 0);
		}
		if (!per_min) {
			r->now += MIN;
			es_agg_advance(r->a, r->now, NULL, NULL);
		}
		struct es_alert al;
		if (es_detector_eval(&r->cfg, &r->st, r->a, &al)) {
			r->last = al;
			if (al.state == ES_ALERT_FIRING)
				r->fired++;
			else
				r->resolved++;
		}
	}
}

static void run_init(struct run *r, enum es_alert_type t)
{
	memset(r, 0, sizeof *r);
	r->now = T0;
	assert_int_equal(es_agg_new(T0, &r->a), 0);
	es_detector_defaults(t, &r->cfg);
	const char *why = NULL;
	assert_int_equal(es_detector_check(&r->cfg, &why), 0);
}

/*
 * The incident scenario: warm-up, two hours of mild praise, a 30-minute
 * incident, recovery until resolved, then a second dip of `dip` minutes.
 * Returns the run for inspection (caller frees r->a).
 */
static void drop_scenario(struct run *r, uint64_t cooldown_ms, unsigned dip)
{
	run_init(r, ES_ALERT_SENTIMENT_DROP);
	r->cfg.cooldown_ms = cooldown_ms;
	/* Warm-up: an early dip does not alert (no history yet). */
	feed(r, 20, 10, -0.6, ES_LABEL_NEG);
	assert_int_equal(r->fired, 0);
	feed(r, 120, 10, 0.4, ES_LABEL_POS);
	assert_int_equal(r->fired, 0);
	/* The incident: the mean falls ~0.06 a minute in the 15m window and
	 * crosses the 0.25 drop in the seventh minute. */
	feed(r, 6, 10, -0.5, ES_LABEL_NEG);
	assert_int_equal(r->fired, 0);
	feed(r, 4, 10, -0.5, ES_LABEL_NEG);
	assert_int_equal(r->fired, 1);
	assert_int_equal(r->last.type, ES_ALERT_SENTIMENT_DROP);
	assert_int_equal(r->last.state, ES_ALERT_FIRING);
	assert_true(r->last.value < r->last.threshold);
	assert_true(r->last.baseline > 0.2);
	assert_true(r->last.n >= 20);
	/* Stays firing while it lasts (no flapping)… */
	feed(r, 20, 10, -0.5, ES_LABEL_NEG);
	assert_int_equal(r->fired, 1);
	assert_int_equal(r->resolved, 0);
	/* …and resolves once the mean has recovered past the hysteresis. */
	for (int i = 0; i < 30 && !r->resolved; i++)
		feed(r, 1, 10, 0.4, ES_LABEL_POS);
	assert_int_equal(r->resolved, 1);
	assert_int_equal(r->last.state, ES_ALERT_RESOLVED);
	feed(r, dip, 10, -0.8, ES_LABEL_NEG);
}

static void test_sentiment_drop(void **state)
{
	struct run r;
	/* With the default 30-minute cooldown a dip right after resolving is quiet… */
	drop_scenario(&r, 1800000, 15);
	assert_int_equal(r.fired, 1);
	es_agg_free(r.a);
	/* …while the same dip without a cooldown fires again: the cooldown did it. */
	drop_scenario(&r, 0, 15);
	assert_int_equal(r.fired, 2);
	es_agg_free(r.a);
}

static void test_drop_needs_volume(void **state)
{
	struct run r;
	run_init(&r, ES_ALERT_SENTIMENT_DROP);
	feed(&r, 120, 1, 0.4, ES_LABEL_POS);
	/* A single angry post per minute: 15 in the window, below min_mentions (20). */
	feed(&r, 15, 1, -0.9, ES_LABEL_NEG);
	assert_int_equal(r.fired, 0);
	r.cfg.min_mentions = 10; /* the same with a lower minimum fires */
	feed(&r, 1, 1, -0.9, ES_LABEL_NEG);
	assert_int_equal(r.fired, 1);
	es_agg_free(r.a);
}

static void test_negative_share(void **state)
{
	struct run r;
	run_init(&r, ES_ALERT_NEGATIVE_SHARE);
	feed(&r, 30, 4, 0.3, ES_LABEL_POS);
	assert_int_equal(r.fired, 0);
	feed(&r, 15, 8, -0.5, ES_LABEL_NEG);
	assert_int_equal(r.fired, 1);
	assert_true(r.last.value >= 0.5);
	assert_float_equal(r.last.threshold, 0.5, 1e-9);
	/* Hysteresis: share falling to ~0.45 (above clear 0.8*0.5=0.4) keeps firing. */
	for (int i = 0; i < 15; i++) {
		feed(&r, 1, 9, -0.5, ES_LABEL_NEG);
		feed(&r, 1, 11, 0.5, ES_LABEL_POS);
	}
	assert_int_equal(r.resolved, 0);
	feed(&r, 15, 10, 0.5, ES_LABEL_POS);
	assert_int_equal(r.resolved, 1);
	es_agg_free(r.a);
}

static void test_volume_spike_and_flatline(void **state)
{
	struct run r;
	run_init(&r, ES_ALERT_VOLUME_SPIKE);
	feed(&r, 120, 2, 0.1, ES_LABEL_POS);
	assert_int_equal(r.fired, 0);
	feed(&r, 5, 30, -0.1, ES_LABEL_NEG);
	assert_int_equal(r.fired, 1);
	assert_true(r.last.value >= r.last.threshold);
	assert_float_equal(r.last.baseline, 10.0, 1.5); /* 2/min × 5 min expected */
	feed(&r, 10, 2, 0.1, ES_LABEL_POS);
	assert_int_equal(r.resolved, 1);
	es_agg_free(r.a);

	run_init(&r, ES_ALERT_FLATLINE);
	feed(&r, 120, 2, 0.1, ES_LABEL_POS);
	feed(&r, 14, 0, 0, ES_LABEL_NEU);
	assert_int_equal(r.fired, 0); /* the 15m window still holds a mention */
	feed(&r, 2, 0, 0, ES_LABEL_NEU);
	assert_int_equal(r.fired, 1);
	assert_int_equal(r.last.type, ES_ALERT_FLATLINE);
	assert_int_equal(r.last.n, 0);
	feed(&r, 1, 1, 0.1, ES_LABEL_POS);
	assert_int_equal(r.resolved, 1);
	es_agg_free(r.a);

	/* A brand that is always quiet never "flatlines". */
	run_init(&r, ES_ALERT_FLATLINE);
	feed(&r, 120, 0, 0, ES_LABEL_NEU);
	assert_int_equal(r.fired, 0);
	es_agg_free(r.a);
}

/*
 * After an outage the minutes nobody observed are not quiet time: 4 hours of
 * 10 a minute, 20 hours down, then the same 10 a minute is no spike. Without
 * the gap noted the baseline spreads those 4 hours over 24 and the normal
 * rate looks like a spike (the control, so the test can fail).
 */
static void test_outage_is_not_quiet(void **state)
{
	(void)state;
	for (int noted = 0; noted < 2; noted++) {
		struct run r;
		run_init(&r, ES_ALERT_VOLUME_SPIKE);
		feed(&r, 24 * 60 + 10, 10, 0.1, ES_LABEL_POS); /* warm: a full day of history */
		feed(&r, 4 * 60, 10, 0.1, ES_LABEL_POS);
		uint64_t down = r.now;
		r.now += 20 * HOUR;
		es_agg_advance(r.a, r.now, NULL, NULL);
		if (noted)
			es_agg_note_gap(r.a, down, r.now);
		assert_int_equal(es_agg_observed(r.a, 24 * HOUR), noted ? 4 * HOUR : 24 * HOUR);
		feed(&r, 10, 10, 0.1, ES_LABEL_POS);
		assert_int_equal(r.fired, noted ? 0 : 1);
		es_agg_free(r.a);
	}
}

static void test_detector_config(void **state)
{
	struct es_detector_cfg c;
	const char *why = NULL;
	es_detector_defaults(ES_ALERT_NEGATIVE_SHARE, &c);
	c.threshold = 1.5;
	assert_int_equal(es_detector_check(&c, &why), -EINVAL);
	assert_non_null(why);
	es_detector_defaults(ES_ALERT_SENTIMENT_DROP, &c);
	c.window = ES_WIN_24H;
	assert_int_equal(es_detector_check(&c, &why), -EINVAL);
	es_detector_defaults(ES_ALERT_VOLUME_SPIKE, &c);
	c.clear = 0;
	assert_int_equal(es_detector_check(&c, &why), -EINVAL);
	enum es_alert_type t;
	assert_int_equal(es_alert_type_parse("volume_spike", &t), 0);
	assert_int_equal(t, ES_ALERT_VOLUME_SPIKE);
	assert_int_equal(es_alert_type_parse("nope", &t), -EINVAL);
	assert_string_equal(es_alert_type_name(ES_ALERT_FLATLINE), "flatline");
}

/* ------------------------------------------------------------------------ */

static void test_topk(void **state)
{
	struct es_topk *t;
	assert_int_equal(es_topk_new(0, &t), -EINVAL);
	assert_int_equal(es_topk_new(4, &t), 0);
	/* Heavy hitters survive a stream of one-off terms. */
	char term[16];
	for (int i = 0; i < 1000; i++) {
		es_topk_add(t, "refund", 6, 1);
		if (i % 2 == 0)
			es_topk_add(t, "broken", 6, 1);
		int n = snprintf(term, sizeof term, "noise%d", i);
		es_topk_add(t, term, (size_t)n, 1);
	}
	struct es_topk_item items[8];
	size_t n = es_topk_top(t, items, 8);
	assert_int_equal(n, 4);
	assert_string_equal(items[0].term, "refund");
	assert_string_equal(items[1].term, "broken");
	assert_true(items[0].count >= 1000);
	assert_true(items[0].count - items[0].error <= 1000);
	n = es_topk_top(t, items, 1);
	assert_int_equal(n, 1);
	assert_string_equal(items[0].term, "refund");
	/* Decay fades everything; tiny counts are dropped. */
	es_topk_decay(t, 1e-9);
	assert_int_equal(es_topk_top(t, items, 8), 0);
	/* Long UTF-8 terms are cut on a character boundary. */
	const char *longterm = "ąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąą"; /* 70 bytes */
	es_topk_add(t, longterm, strlen(longterm), 1);
	assert_int_equal(es_topk_top(t, items, 8), 1);
	assert_true(strlen(items[0].term) <= ES_TOPK_TERM_MAX);
	assert_int_equal(strlen(items[0].term) % 2, 0);
	es_topk_free(t);
	es_topk_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_math),
		cmocka_unit_test(test_rolling_windows),
		cmocka_unit_test(test_bucket_emission),
		cmocka_unit_test(test_sentiment_drop),
		cmocka_unit_test(test_drop_needs_volume),
		cmocka_unit_test(test_negative_share),
		cmocka_unit_test(test_volume_spike_and_flatline),
		cmocka_unit_test(test_outage_is_not_quiet),
		cmocka_unit_test(test_detector_config),
		cmocka_unit_test(test_topk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
