/*
 * stats.c — health counters cut into minutes (stats.h).
 *
 * Two snapshots are enough: `base` (the counters at the last sample of the
 * previous minute) and `last` (the latest sample). A sample in a later
 * minute closes the current one with last − base, then the current sample
 * becomes the first of the new minute. Everything between two samples is
 * counted once, in the minute of the later sample.
 */
#include <string.h>

#include "stats.h"

#define MIN_MS 60000ULL

/* The levels among the P:stats fields (daemon/main.c write_stats, sink_redis.c). */
static const char *const gauges[] = {"queue_bytes", "spool_bytes", "sources_stopped",
                                     "webhook_queue"};

int es_stats_is_gauge(const char *name)
{
	for (size_t i = 0; i < sizeof gauges / sizeof *gauges; i++)
		if (strcmp(name, gauges[i]) == 0)
			return 1;
	return 0;
}

void es_stats_minute_init(struct es_stats_minute *m, uint64_t start_ms)
{
	memset(m, 0, sizeof *m);
	m->minute = start_ms / MIN_MS;
	m->base_ms = m->last_ms = start_ms;
}

/* The copy of a name as it is kept (cut to ES_STATS_NAME_MAX - 1 bytes). */
static int same_name(const char *kept, const char *name)
{
	return strncmp(kept, name, ES_STATS_NAME_MAX - 1) == 0;
}

static void set_names(struct es_stats_minute *m, const char *const *names, size_t n)
{
	m->n = n;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(names[i]);
		if (len >= ES_STATS_NAME_MAX)
			len = ES_STATS_NAME_MAX - 1;
		memcpy(m->names[i], names[i], len);
		m->names[i][len] = '\0';
		m->gauge[i] = (uint8_t)es_stats_is_gauge(m->names[i]);
	}
}

int es_stats_minute_sample(struct es_stats_minute *m, const char *const *names,
                           const uint64_t *values, size_t n, uint64_t now_ms,
                           struct es_stats_row *row)
{
	if (n > ES_STATS_FIELDS_MAX)
		n = ES_STATS_FIELDS_MAX;
	int same = m->started && n == m->n;
	for (size_t i = 0; same && i < n; i++)
		same = same_name(m->names[i], names[i]);
	if (!same) {
		/*
		 * The first sample counts from the daemon's start (counters were 0);
		 * a changed set cannot be compared with the old one: start over.
		 */
		set_names(m, names, n);
		if (m->started) {
			memcpy(m->base, values, n * sizeof *values);
			m->base_ms = now_ms;
		} else {
			memset(m->base, 0, sizeof m->base);
		}
		memcpy(m->last, values, n * sizeof *values);
		m->started = 1;
		if (now_ms / MIN_MS > m->minute) {
			m->minute = now_ms / MIN_MS;
			m->rtt_max_us = m->rtt_sum_us = m->rtt_n = 0;
		}
		m->last_ms = now_ms > m->last_ms ? now_ms : m->last_ms;
		return 0;
	}
	int closed = 0;
	if (now_ms / MIN_MS > m->minute) {
		row->start_ms = m->minute * MIN_MS;
		row->span_ms = m->last_ms - m->base_ms;
		row->n = n;
		for (size_t i = 0; i < n; i++) {
			row->names[i] = m->names[i];
			if (m->gauge[i])
				row->values[i] = m->last[i];
			else /* a counter that went back (it should not) counts from 0 */
				row->values[i] = m->last[i] >= m->base[i] ? m->last[i] - m->base[i] : m->last[i];
		}
		row->rtt_max_us = m->rtt_max_us;
		row->rtt_mean_us = m->rtt_n ? m->rtt_sum_us / m->rtt_n : 0;
		row->rtt_n = m->rtt_n;
		memcpy(m->base, m->last, n * sizeof *m->last);
		m->base_ms = m->last_ms;
		m->minute = now_ms / MIN_MS;
		m->rtt_max_us = m->rtt_sum_us = m->rtt_n = 0;
		closed = 1;
	}
	memcpy(m->last, values, n * sizeof *values);
	if (now_ms > m->last_ms)
		m->last_ms = now_ms;
	return closed;
}

void es_stats_minute_rtt(struct es_stats_minute *m, uint64_t rtt_us)
{
	if (rtt_us > m->rtt_max_us)
		m->rtt_max_us = rtt_us;
	m->rtt_sum_us += rtt_us;
	m->rtt_n++;
}
