/*
 * log.h — earshotd's log: one line per event on stderr, with the syslog
 * priority as a "<N>" prefix that journald understands, values quoted by the
 * caller. es_log_rl() rate-limits a repeating event per call site: at most
 * `burst` lines per `interval_ms`, then one line saying how many were
 * suppressed. Secrets are never passed here.
 */
#ifndef EARSHOT_DAEMON_LOG_H
#define EARSHOT_DAEMON_LOG_H

#include <stdint.h>
#include <syslog.h>

/* Per-call-site rate-limit state; declare one `static struct es_ratelimit` per site. */
struct es_ratelimit {
	uint64_t window_start_ms;
	unsigned printed;
	unsigned suppressed;
};

void es_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void es_log_rl(struct es_ratelimit *rl, int prio, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Minimum priority printed (LOG_DEBUG prints everything); default LOG_INFO. */
void es_log_set_level(int prio);

#endif
