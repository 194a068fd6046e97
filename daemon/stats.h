/*
 * stats.h — earshotd's health counters cut into minutes: what the Redis
 * writer puts in the `P:stats:1m` stream (docs/redis.md).
 *
 * The daemon samples its counters every flush (the same name/value pairs it
 * writes to the `P:stats` hash). This module keeps the samples' minute and
 * turns them into one row per minute: for a counter (monotonic since the
 * daemon started) the increase during the minute, for a gauge (a level such
 * as queue_bytes) its value at the minute's last sample. An increase is
 * counted in the minute of the first sample that sees it, so the rows of a
 * run add up exactly to the counters. A minute closes at the first sample
 * of a later minute; minutes with no sample at all (a stalled loop) get no
 * row. Alongside, the Redis round-trip times reported during the minute
 * give its maximum and mean.
 *
 * No I/O, no clock reads, no allocation: time is passed in, the struct is
 * embedded by its user. Field names are copied (at most ES_STATS_FIELDS_MAX
 * of at most ES_STATS_NAME_MAX - 1 bytes; longer names are cut, extra
 * fields ignored).
 */
#ifndef EARSHOT_DAEMON_STATS_H
#define EARSHOT_DAEMON_STATS_H

#include <stddef.h>
#include <stdint.h>

#define ES_STATS_FIELDS_MAX 48
#define ES_STATS_NAME_MAX   32

/* One closed minute. */
struct es_stats_row {
	uint64_t start_ms;                   /* the minute's first millisecond */
	uint64_t span_ms;                    /* time its counts cover (less in a run's first minute) */
	size_t n;
	const char *names[ES_STATS_FIELDS_MAX]; /* borrowed from the es_stats_minute, valid until its next call */
	uint64_t values[ES_STATS_FIELDS_MAX];   /* counters: the minute's increase; gauges: the level */
	uint64_t rtt_max_us;                 /* Redis round trips answered in the minute: slowest */
	uint64_t rtt_mean_us;                /* and mean (0 when none) */
	uint64_t rtt_n;                      /* how many */
};

struct es_stats_minute {
	uint64_t minute;     /* minute of the samples being gathered (now_ms / 60000) */
	uint64_t base_ms;    /* time of the sample the current minute's counts start from */
	uint64_t last_ms;    /* time of the latest sample */
	int started;         /* a sample has been taken */
	size_t n;
	char names[ES_STATS_FIELDS_MAX][ES_STATS_NAME_MAX];
	uint8_t gauge[ES_STATS_FIELDS_MAX];
	uint64_t base[ES_STATS_FIELDS_MAX]; /* counters at the end of the previous minute */
	uint64_t last[ES_STATS_FIELDS_MAX]; /* counters at the latest sample */
	uint64_t rtt_max_us, rtt_sum_us, rtt_n;
};

/*
 * Empty, for a daemon that started at start_ms (its counters were all 0
 * then: the first row counts from there).
 */
void es_stats_minute_init(struct es_stats_minute *m, uint64_t start_ms);

/*
 * Take one sample of n counters at now_ms (the same names in the same order
 * every time). Returns 1 and fills *row when the sample closed a minute, 0
 * otherwise. A sample whose names differ from the previous one (a changed
 * set) starts over from it and closes nothing. A sample older than the
 * previous one (the wall clock stepped back) is taken as in the current
 * minute.
 */
int es_stats_minute_sample(struct es_stats_minute *m, const char *const *names,
                           const uint64_t *values, size_t n, uint64_t now_ms,
                           struct es_stats_row *row);

/* One Redis round trip (send to reply) of the minute being gathered. */
void es_stats_minute_rtt(struct es_stats_minute *m, uint64_t rtt_us);

/* Whether a P:stats field is a level (its value) rather than a counter (its increase). */
int es_stats_is_gauge(const char *name);

#endif
