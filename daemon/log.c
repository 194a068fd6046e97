/*
 * log.c — stderr logging with "<N>" priority prefixes and per-site rate
 * limiting (log.h). One write per line, so lines from a crash or from
 * several processes on one terminal never interleave mid-line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

#define LOG_LINE_MAX 1024
#define RL_INTERVAL_MS 10000
#define RL_BURST 5

static int log_level = LOG_INFO;

void es_log_set_level(int prio)
{
	log_level = prio;
}

static void vlog_line(int prio, const char *fmt, va_list ap)
{
	if (prio > log_level)
		return;
	char line[LOG_LINE_MAX];
	int n = snprintf(line, sizeof line, "<%d>", prio);
	int m = vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
	size_t len = (size_t)n + (m < 0 ? 0 : (size_t)m);
	if (len > sizeof line - 2)
		len = sizeof line - 2;
	/* One event, one line: fold embedded newlines. */
	for (size_t i = (size_t)n; i < len; i++)
		if (line[i] == '\n' || line[i] == '\r')
			line[i] = ' ';
	line[len++] = '\n';
	ssize_t w = write(STDERR_FILENO, line, len);
	(void)w;
}

void es_log(int prio, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog_line(prio, fmt, ap);
	va_end(ap);
}

static uint64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void es_log_rl(struct es_ratelimit *rl, int prio, const char *fmt, ...)
{
	uint64_t now = mono_ms();
	if (now - rl->window_start_ms >= RL_INTERVAL_MS) {
		if (rl->suppressed)
			es_log(prio, "(%u similar messages suppressed in the last %us)", rl->suppressed,
			       RL_INTERVAL_MS / 1000);
		rl->window_start_ms = now;
		rl->printed = 0;
		rl->suppressed = 0;
	}
	if (rl->printed >= RL_BURST) {
		rl->suppressed++;
		return;
	}
	rl->printed++;
	va_list ap;
	va_start(ap, fmt);
	vlog_line(prio, fmt, ap);
	va_end(ap);
}
