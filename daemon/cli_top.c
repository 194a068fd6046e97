/*
 * cli_top.c — `earshot top`: a live terminal view of what earshotd writes to
 * Redis (docs/redis.md): per brand the 1m/5m/1h windows (mentions, mean
 * sentiment, negative share, tagged/untagged) and the alerts firing, then
 * the latest alert events and the daemon's own counters. Read-only; it
 * discovers brands by their `now` hashes.
 *
 *   earshot top [--redis HOST:PORT] [--prefix P] [--interval MS] [--count N] [--once]
 */
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define BRANDS_SHOWN 40

struct top_opts {
	char host[256];
	int port;
	const char *prefix;
	long interval_ms;
	long count; /* refreshes; 0 = until interrupted */
	int ansi;
};

static const char *hget(redisReply *h, const char *field)
{
	if (!h || h->type != REDIS_REPLY_ARRAY)
		return NULL;
	for (size_t i = 0; i + 1 < h->elements; i += 2)
		if (strcmp(h->element[i]->str, field) == 0)
			return h->element[i + 1]->str;
	return NULL;
}

static double hnum(redisReply *h, const char *field)
{
	const char *v = hget(h, field);
	return v ? strtod(v, NULL) : 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Brand names from the `P:{brand}:now` keys (SCAN, never KEYS). */
static size_t brands(redisContext *c, const char *prefix, char **out, size_t max)
{
	char pattern[128];
	snprintf(pattern, sizeof pattern, "%s:{*}:now", prefix);
	size_t n = 0;
	char cursor[32] = "0";
	do {
		redisReply *r = redisCommand(c, "SCAN %s MATCH %s COUNT 1000", cursor, pattern);
		if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2) {
			if (r)
				freeReplyObject(r);
			break;
		}
		snprintf(cursor, sizeof cursor, "%s", r->element[0]->str);
		redisReply *keys = r->element[1];
		for (size_t i = 0; i < keys->elements && n < max; i++) {
			const char *k = keys->element[i]->str;
			const char *open = strchr(k, '{'), *close = strrchr(k, '}');
			if (open && close && close > open)
				out[n++] = strndup(open + 1, (size_t)(close - open - 1));
		}
		freeReplyObject(r);
	} while (strcmp(cursor, "0") != 0 && n < max);
	qsort(out, n, sizeof *out, cmp_str);
	return n;
}

static void clock_str(long long ms, char *buf, size_t len)
{
	time_t t = (time_t)(ms / 1000);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, len, "%H:%M:%S", &tm);
}

static void draw(redisContext *c, const struct top_opts *o)
{
	char now[16];
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	clock_str((long long)ts.tv_sec * 1000, now, sizeof now);
	if (o->ansi)
		printf("\033[H\033[2J");
	printf("earshot top — redis %s:%d, prefix %s — %s\n\n", o->host, o->port, o->prefix, now);
	printf("%-12s %6s %7s %6s │ %6s %7s %6s │ %6s %7s %9s │ %s\n", "brand", "n 1m", "mean",
	       "neg%", "n 5m", "mean", "neg%", "n 1h", "mean", "tag/untag", "alerts firing");
	char *names[BRANDS_SHOWN];
	size_t nb = brands(c, o->prefix, names, BRANDS_SHOWN);
	for (size_t i = 0; i < nb; i++) {
		redisReply *h = redisCommand(c, "HGETALL %s:{%s}:now", o->prefix, names[i]);
		const char *firing = hget(h, "alerts_firing");
		int alert = firing && *firing;
		printf("%s%-12.12s %6.0f %+7.3f %5.0f%% │ %6.0f %+7.3f %5.0f%% │ %6.0f %+7.3f %4.0f/%-4.0f │ %s%s\n",
		       alert && o->ansi ? "\033[1;31m" : "", names[i], hnum(h, "n_1m"), hnum(h, "mean_1m"),
		       100 * hnum(h, "neg_share_1m"), hnum(h, "n_5m"), hnum(h, "mean_5m"),
		       100 * hnum(h, "neg_share_5m"), hnum(h, "n_1h"), hnum(h, "mean_1h"),
		       hnum(h, "tagged_1h"), hnum(h, "untagged_1h"), alert ? firing : "-",
		       alert && o->ansi ? "\033[0m" : "");
		if (h)
			freeReplyObject(h);
		free(names[i]);
	}
	if (nb == 0)
		printf("(no brand yet: is earshotd writing to this Redis and prefix?)\n");

	printf("\nlatest alerts:\n");
	redisReply *al = redisCommand(c, "XREVRANGE %s:alerts + - COUNT 6", o->prefix);
	size_t shown = 0;
	for (size_t i = 0; al && al->type == REDIS_REPLY_ARRAY && i < al->elements; i++) {
		redisReply *f = al->element[i]->element[1];
		char at[16];
		clock_str((long long)hnum(f, "at_ms"), at, sizeof at);
		const char *state = hget(f, "state");
		printf("  %s  %-8s %-10s %-15s %-3s value %+.3f baseline %+.3f n %-4.0f terms: %s\n", at,
		       state ? state : "?", hget(f, "brand") ? hget(f, "brand") : "?",
		       hget(f, "type") ? hget(f, "type") : "?",
		       hget(f, "window") ? hget(f, "window") : "?", hnum(f, "value"),
		       hnum(f, "baseline"), hnum(f, "n"), hget(f, "terms") ? hget(f, "terms") : "");
		shown++;
	}
	if (!shown)
		printf("  (none)\n");
	if (al)
		freeReplyObject(al);

	redisReply *st = redisCommand(c, "HGETALL %s:stats", o->prefix);
	printf("\ndaemon: posts %.0f, matched %.0f, mentions %.0f, alerts %.0f, parse errors %.0f, "
	       "redis queue %.0f B, dropped %.0f\n",
	       hnum(st, "posts_in"), hnum(st, "posts_matched"), hnum(st, "mentions"),
	       hnum(st, "alerts"), hnum(st, "parse_errors"), hnum(st, "queue_bytes"),
	       hnum(st, "redis_dropped"));
	if (st)
		freeReplyObject(st);

	/* Each source's state line (P:source:NAME, listed in P:sources). */
	redisReply *srcs = redisCommand(c, "SMEMBERS %s:sources", o->prefix);
	for (size_t i = 0; srcs && srcs->type == REDIS_REPLY_ARRAY && i < srcs->elements; i++) {
		const char *name = srcs->element[i]->str;
		redisReply *h = redisCommand(c, "HGETALL %s:source:%s", o->prefix, name);
		const char *state = hget(h, "state"), *type = hget(h, "type");
		char last[16] = "-";
		if (hnum(h, "last_post_ms") > 0)
			clock_str((long long)hnum(h, "last_post_ms"), last, sizeof last);
		int bad = hnum(h, "stopped") > 0 || hnum(h, "silent") > 0;
		printf("%ssource %s (%s): %s; posts %.0f, last post %s, reconnects %.0f%s%s%s\n",
		       bad && o->ansi ? "\033[1;31m" : "", name, type ? type : "?",
		       state ? state : "no state line (daemon stopped?)", hnum(h, "posts"), last,
		       hnum(h, "disconnects"), hnum(h, "stopped") > 0 ? ", STOPPED" : "",
		       hnum(h, "silent") > 0 ? ", SILENT" : "", bad && o->ansi ? "\033[0m" : "");
		if (h)
			freeReplyObject(h);
	}
	if (srcs)
		freeReplyObject(srcs);
	fflush(stdout);
}

int cli_top(int argc, char **argv)
{
	struct top_opts o = {.port = 6379, .prefix = "earshot", .interval_ms = 1000};
	snprintf(o.host, sizeof o.host, "127.0.0.1");
	const char *v;
	int once = 0;
	for (int i = 1; i < argc; i++) {
		if ((v = cli_opt_value(argc, argv, &i, "--redis"))) {
			const char *colon = strrchr(v, ':');
			snprintf(o.host, sizeof o.host, "%.*s", colon ? (int)(colon - v) : (int)strlen(v), v);
			if (colon)
				o.port = atoi(colon + 1) > 0 ? (int)strtol(colon + 1, NULL, 10) : 6379;
		} else if ((v = cli_opt_value(argc, argv, &i, "--prefix"))) {
			o.prefix = v;
		} else if ((v = cli_opt_value(argc, argv, &i, "--interval"))) {
			o.interval_ms = strtol(v, NULL, 10);
		} else if ((v = cli_opt_value(argc, argv, &i, "--count"))) {
			o.count = strtol(v, NULL, 10);
		} else if (strcmp(argv[i], "--once") == 0) {
			once = 1;
		} else {
			fprintf(stderr, "usage: earshot top [--redis HOST:PORT] [--prefix P] "
			                "[--interval MS] [--count N] [--once]\n");
			return 2;
		}
	}
	if (once)
		o.count = 1;
	o.ansi = isatty(STDOUT_FILENO) && !once;
	if (o.interval_ms < 100)
		o.interval_ms = 100;
	struct timeval tv = {2, 0};
	redisContext *c = redisConnectWithTimeout(o.host, o.port, tv);
	if (!c || c->err) {
		fprintf(stderr, "earshot top: cannot connect to %s:%d: %s\n", o.host, o.port,
		        c ? c->errstr : "out of memory");
		if (c)
			redisFree(c);
		return 1;
	}
	redisSetTimeout(c, tv);
	for (long k = 0; o.count == 0 || k < o.count; k++) {
		if (k)
			usleep((useconds_t)o.interval_ms * 1000);
		draw(c, &o);
		if (c->err) {
			fprintf(stderr, "earshot top: redis: %s\n", c->errstr);
			redisFree(c);
			return 1;
		}
		if (!o.ansi && o.count != 1)
			printf("\n");
	}
	redisFree(c);
	return 0;
}
