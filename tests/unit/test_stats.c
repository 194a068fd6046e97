/*
 * test_stats.c — the health counters cut into minutes (daemon/stats.h):
 * exact deltas per minute, gauges as levels, rows adding up to the
 * counters, round-trip max and mean, a changed field set, a clock that
 * steps back, a stalled loop, names cut at the limit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "stats.h"

#define MIN 60000ULL
#define T0  (29000000ULL * MIN) /* a minute boundary */

static const char *const names[] = {"posts_in", "queue_bytes", "redis_errors"};

static int sample(struct es_stats_minute *m, uint64_t now, uint64_t posts, uint64_t queue,
                  uint64_t errors, struct es_stats_row *row)
{
	const uint64_t v[] = {posts, queue, errors};
	return es_stats_minute_sample(m, names, v, 3, now, row);
}

static void test_gauges(void **state)
{
	(void)state;
	assert_true(es_stats_is_gauge("queue_bytes"));
	assert_true(es_stats_is_gauge("spool_bytes"));
	assert_true(es_stats_is_gauge("sources_stopped"));
	assert_true(es_stats_is_gauge("webhook_queue"));
	assert_false(es_stats_is_gauge("posts_in"));
	assert_false(es_stats_is_gauge("spooled"));
	assert_false(es_stats_is_gauge("queue"));
}

static void test_minutes(void **state)
{
	(void)state;
	struct es_stats_minute m;
	struct es_stats_row row;
	memset(&row, 0xAB, sizeof row);
	es_stats_minute_init(&m, T0 + 30000); /* started half way through a minute */
	/* Samples in the first minute close nothing. */
	assert_int_equal(sample(&m, T0 + 31000, 5, 100, 0, &row), 0);
	assert_int_equal(sample(&m, T0 + 59000, 12, 300, 1, &row), 0);
	/* The first sample of the next minute closes the first: counts from 0. */
	assert_int_equal(sample(&m, T0 + MIN + 1000, 20, 50, 1, &row), 1);
	assert_int_equal(row.start_ms, T0);
	assert_int_equal(row.span_ms, 29000);
	assert_int_equal(row.n, 3);
	assert_string_equal(row.names[0], "posts_in");
	assert_string_equal(row.names[1], "queue_bytes");
	assert_string_equal(row.names[2], "redis_errors");
	assert_int_equal(row.values[0], 12); /* the increase to the minute's last sample */
	assert_int_equal(row.values[1], 300); /* a gauge: its level at that sample */
	assert_int_equal(row.values[2], 1);
	assert_int_equal(row.rtt_n, 0);
	assert_int_equal(row.rtt_max_us, 0);
	assert_int_equal(row.rtt_mean_us, 0);
	/* Round trips of the second minute. */
	es_stats_minute_rtt(&m, 400);
	es_stats_minute_rtt(&m, 2500);
	es_stats_minute_rtt(&m, 100);
	assert_int_equal(sample(&m, T0 + MIN + 59999, 27, 70, 1, &row), 0);
	assert_int_equal(sample(&m, T0 + 2 * MIN, 30, 0, 4, &row), 1);
	assert_int_equal(row.start_ms, T0 + MIN);
	assert_int_equal(row.span_ms, 60999); /* from 0:59.000 to 1:59.999 */
	assert_int_equal(row.values[0], 27 - 12); /* 20 - 12 seen at 1:01, 7 more later */
	assert_int_equal(row.values[1], 70);
	assert_int_equal(row.values[2], 0);
	assert_int_equal(row.rtt_n, 3);
	assert_int_equal(row.rtt_max_us, 2500);
	assert_int_equal(row.rtt_mean_us, 1000);
	/* The round trips were the second minute's: the third starts empty. */
	assert_int_equal(sample(&m, T0 + 3 * MIN, 30, 0, 4, &row), 1);
	assert_int_equal(row.start_ms, T0 + 2 * MIN);
	assert_int_equal(row.values[0], 3);
	assert_int_equal(row.values[2], 3);
	assert_int_equal(row.rtt_n, 0);
	/* Rows add up to the counters: 12 + 15 + 3 = 30, 1 + 0 + 3 = 4. */
}

static void test_stalled_loop(void **state)
{
	(void)state;
	struct es_stats_minute m;
	struct es_stats_row row;
	es_stats_minute_init(&m, T0);
	assert_int_equal(sample(&m, T0 + 10000, 3, 0, 0, &row), 0);
	/* No sample for five minutes: one row, for the minute that had samples. */
	assert_int_equal(sample(&m, T0 + 5 * MIN + 10, 9, 0, 0, &row), 1);
	assert_int_equal(row.start_ms, T0);
	assert_int_equal(row.values[0], 3);
	assert_int_equal(row.span_ms, 10000);
	assert_int_equal(sample(&m, T0 + 6 * MIN, 10, 0, 0, &row), 1);
	assert_int_equal(row.start_ms, T0 + 5 * MIN);
	assert_int_equal(row.values[0], 6); /* the 10th is first seen in the next minute */
	assert_int_equal(row.span_ms, 5 * MIN + 10 - 10000);
}

static void test_clock_back(void **state)
{
	(void)state;
	struct es_stats_minute m;
	struct es_stats_row row;
	es_stats_minute_init(&m, T0 + MIN);
	assert_int_equal(sample(&m, T0 + MIN + 5000, 4, 0, 0, &row), 0);
	/* The wall clock steps back a minute: still the current minute, no row. */
	assert_int_equal(sample(&m, T0 + 10000, 6, 0, 0, &row), 0);
	assert_int_equal(sample(&m, T0 + 2 * MIN, 8, 0, 0, &row), 1);
	assert_int_equal(row.start_ms, T0 + MIN);
	assert_int_equal(row.values[0], 6);
}

static void test_changed_set(void **state)
{
	(void)state;
	struct es_stats_minute m;
	struct es_stats_row row;
	es_stats_minute_init(&m, T0);
	assert_int_equal(sample(&m, T0 + 1000, 50, 0, 0, &row), 0);
	/* Another field set: start over from it, close nothing. */
	const char *const other[] = {"posts_in", "mentions"};
	const uint64_t v1[] = {60, 7};
	assert_int_equal(es_stats_minute_sample(&m, other, v1, 2, T0 + MIN + 10, &row), 0);
	const uint64_t v2[] = {65, 9};
	assert_int_equal(es_stats_minute_sample(&m, other, v1, 2, T0 + 2 * MIN, &row), 1);
	assert_int_equal(row.start_ms, T0 + MIN);
	assert_int_equal(row.n, 2);
	assert_int_equal(row.values[0], 0); /* from the restart, not from 0 or from 50 */
	assert_int_equal(row.values[1], 0);
	assert_int_equal(es_stats_minute_sample(&m, other, v2, 2, T0 + 2 * MIN + 30, &row), 0);
	assert_int_equal(es_stats_minute_sample(&m, other, v2, 2, T0 + 3 * MIN, &row), 1);
	assert_int_equal(row.start_ms, T0 + 2 * MIN);
	assert_int_equal(row.values[0], 5);
	assert_int_equal(row.values[1], 2);
	/* A counter that goes back (a reset) counts from 0, never wraps. */
	const uint64_t v3[] = {2, 9};
	assert_int_equal(es_stats_minute_sample(&m, other, v3, 2, T0 + 3 * MIN + 5, &row), 0);
	assert_int_equal(es_stats_minute_sample(&m, other, v3, 2, T0 + 4 * MIN, &row), 1);
	assert_int_equal(row.values[0], 2);
	assert_int_equal(row.values[1], 0);
}

static void test_limits(void **state)
{
	(void)state;
	struct es_stats_minute m;
	struct es_stats_row row;
	es_stats_minute_init(&m, T0);
	/* More fields than kept, and a name longer than kept: cut, not overrun. */
	char longname[100];
	memset(longname, 'x', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	const char *many[ES_STATS_FIELDS_MAX + 5];
	uint64_t v[ES_STATS_FIELDS_MAX + 5];
	for (size_t i = 0; i < ES_STATS_FIELDS_MAX + 5; i++) {
		many[i] = i == 0 ? longname : "c";
		v[i] = i;
	}
	assert_int_equal(es_stats_minute_sample(&m, many, v, ES_STATS_FIELDS_MAX + 5, T0 + 1, &row), 0);
	for (size_t i = 0; i < ES_STATS_FIELDS_MAX + 5; i++)
		v[i] = 2 * i;
	assert_int_equal(es_stats_minute_sample(&m, many, v, ES_STATS_FIELDS_MAX + 5, T0 + MIN, &row), 1);
	assert_int_equal(row.n, ES_STATS_FIELDS_MAX);
	assert_int_equal(strlen(row.names[0]), ES_STATS_NAME_MAX - 1);
	assert_int_equal(row.values[ES_STATS_FIELDS_MAX - 1], ES_STATS_FIELDS_MAX - 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gauges),       cmocka_unit_test(test_minutes),
		cmocka_unit_test(test_stalled_loop), cmocka_unit_test(test_clock_back),
		cmocka_unit_test(test_changed_set),  cmocka_unit_test(test_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
