/*
 * main.c — earshotd: the event loop around the pipeline.
 *
 *   earshotd -c FILE            run
 *   earshotd --check -c FILE    validate the configuration, queries and lexicons; exit 0/1
 *
 * One libuv loop carries everything: sources deliver posts into the
 * pipeline, a flush timer ticks it (buckets, windows, alerts go to the Redis
 * queue), signals arrive through the loop (handlers never do work in signal
 * context). SIGTERM/SIGINT stop the sources, flush, wait for Redis to take
 * the queue for at most shutdown_grace, save the brands' windows and alert
 * states to state_dir (also every checkpoint_interval, so a crash loses at
 * most one interval; they are read back at start), and exit 0. SIGHUP
 * re-reads the configuration and lexicons; a file with an error keeps the running
 * configuration (and says why); a good one replaces brands, queries,
 * overrides, alerts and lexicons at once — sources and the Redis connection
 * keep running as they are, and a change to them waits for a restart (said
 * in the log). Readiness, status, reloads, stopping and the watchdog are
 * reported to systemd with sd_notify.
 */
#include <curl/curl.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <uv.h>

#include <hiredis.h>

#include "config.h"
#include "earshot/dedupe.h"
#include "es_config.h"
#include "http.h"
#include "log.h"
#include "pipeline.h"
#include "sink_redis.h"
#include "source.h"
#include "webhook.h"

#define SOURCES_MAX 256

/* Everything a configuration brings that can be swapped on reload. */
struct world {
	struct es_config *cfg;
	struct es_lexset *lex;
	struct es_langid *langid;
	struct es_pipeline *pl;
};

struct daemon {
	uv_loop_t *loop;
	const char *config_path;
	struct world w;
	struct es_config *base_cfg; /* the one sources and Redis were started with */
	struct es_redis *redis;
	struct es_http *http;
	struct es_dedupe *dedupe;
	struct es_webhook *webhook;
	uint8_t silent[SOURCES_MAX]; /* the source's silent alert is firing */
	uint64_t started_ms;
	struct es_webhook_tee tee; /* every sink call to Redis, alerts also to the webhook */
	struct es_source *src[SOURCES_MAX];
	size_t n_src;
	uv_timer_t flush, watchdog, stop_poll;
	uv_signal_t sig_term, sig_int, sig_hup;
	int stopping;
	int exit_code;
	uint64_t stop_deadline_ms;
	uint64_t posts_in;
	uint64_t reloads, reload_failures;
	/* Windows and post ids across restarts (state_dir/windows, state_dir/dedupe). */
	uv_timer_t checkpoint;
	char windows_path[4200];
	const char *dedupe_path;
	uint64_t state_rejected, checkpoints, checkpoint_errors;
};

/* ======================================================================== */
/* Loading                                                                  */

static const char *lexicon_dir(const struct es_config *cfg)
{
	if (cfg->lexicon_dir)
		return cfg->lexicon_dir;
	const char *env = getenv("ES_LEXICON_DIR");
	return env && *env ? env : ES_LEXICON_DIR;
}

static void world_free(struct world *w)
{
	es_pipeline_free(w->pl);
	es_langid_free(w->langid);
	es_lexset_free(w->lex);
	es_config_free(w->cfg);
	memset(w, 0, sizeof *w);
}

/*
 * Load and check everything a configuration needs. On failure the message
 * (one line) is in err and *w is empty.
 */
static int world_load(const char *path, struct world *w, const struct es_pipeline_sink *sink,
                      char *err, size_t errlen)
{
	memset(w, 0, sizeof *w);
	int rc = es_config_load(path, &w->cfg, err, errlen);
	if (rc < 0)
		return rc;
	struct es_lex_error le;
	memset(&le, 0, sizeof le);
	const char *dir = lexicon_dir(w->cfg);
	rc = es_lexset_load_dir(dir, &w->lex, &le);
	if (rc < 0) {
		snprintf(err, errlen, "lexicons in %s: %s", dir, le.msg[0] ? le.msg : strerror(-rc));
		world_free(w);
		return rc;
	}
	for (size_t i = 0; i < w->cfg->n_langs; i++)
		if (!es_lexset_get(w->lex, w->cfg->langs[i])) {
			snprintf(err, errlen, "%s: [daemon] languages: no lexicon for '%s' in %s", path,
			         w->cfg->langs[i], dir);
			world_free(w);
			return -ENOENT;
		}
	const char *langs[64];
	size_t n = 0;
	if (w->cfg->n_langs) {
		for (size_t i = 0; i < w->cfg->n_langs; i++)
			langs[n++] = w->cfg->langs[i];
	} else {
		n = es_lexset_langs(w->lex, langs, 64);
	}
	rc = es_langid_new(langs, n, &w->langid);
	if (rc == 0)
		rc = es_pipeline_new(w->cfg, w->lex, w->langid, es_wall_ms(), sink, &w->pl);
	if (rc < 0) {
		snprintf(err, errlen, "%s: cannot build the pipeline: %s", path, strerror(-rc));
		world_free(w);
		return rc;
	}
	return 0;
}

/* ======================================================================== */
/* Running                                                                  */

static void notify_status(struct daemon *d)
{
	const struct es_pipeline_stats *ps = es_pipeline_stats(d->w.pl);
	const struct es_redis_stats *rs = es_redis_stats(d->redis);
	/* A stopped source (a revoked token) must be visible in `systemctl status`. */
	size_t stopped = 0;
	char why[256] = "";
	for (size_t i = 0; i < d->n_src; i++) {
		struct es_source_stats ss;
		es_source_stats(d->src[i], &ss);
		if (ss.stopped && stopped++ == 0)
			snprintf(why, sizeof why, "; source %.40s %.150s", d->src[i]->cfg->name, ss.state);
	}
	char status[512];
	snprintf(status, sizeof status,
	         "STATUS=posts %llu, mentions %llu, alerts %llu; redis %s, %zu queued; "
	         "%zu/%zu sources running%s",
	         (unsigned long long)d->posts_in, (unsigned long long)ps->mentions,
	         (unsigned long long)ps->alerts, es_redis_connected(d->redis) ? "up" : "DOWN",
	         rs->queue_len, d->n_src - stopped, d->n_src, why);
	sd_notify(0, status);
}

static void write_stats(struct daemon *d, uint64_t now)
{
	const struct es_pipeline_stats *ps = es_pipeline_stats(d->w.pl);
	const struct es_redis_stats *rs = es_redis_stats(d->redis);
	uint64_t malformed = 0, oversized = 0, no_text = 0, skipped = 0, dupes = 0, backfilled = 0;
	uint64_t reconnects = 0, stopped = 0;
	for (size_t i = 0; i < d->n_src; i++) {
		struct es_source_stats ss;
		es_source_stats(d->src[i], &ss);
		malformed += ss.malformed;
		oversized += ss.oversized;
		no_text += ss.no_text;
		skipped += ss.skipped;
		dupes += ss.dupes;
		backfilled += ss.backfilled;
		reconnects += ss.disconnects;
		stopped += (uint64_t)ss.stopped;
	}
	static const char *const names[] = {
		"posts_in", "posts_matched", "mentions", "unscored", "lang_guessed", "alerts",
		"parse_errors", "oversized", "no_text", "skipped_messages", "duplicates", "backfilled",
		"source_reconnects", "sources_stopped", "redis_written", "redis_errors", "redis_dropped",
		"redis_reconnects", "queue_bytes", "reloads", "reload_failures", "webhook_sent",
		"webhook_retries", "webhook_failed", "webhook_dropped", "webhook_queue",
		"state_rejected", "checkpoints", "checkpoint_errors"};
	struct es_webhook_stats ws;
	memset(&ws, 0, sizeof ws);
	if (d->webhook)
		ws = *es_webhook_stats(d->webhook);
	uint64_t values[] = {d->posts_in, ps->matched, ps->mentions, ps->unscored, ps->lang_guessed,
	                     ps->alerts, malformed, oversized, no_text, skipped, dupes, backfilled,
	                     reconnects, stopped, rs->written, rs->errors,
	                     rs->dropped, rs->connects ? rs->connects - 1 : 0, rs->queue_bytes,
	                     d->reloads, d->reload_failures, ws.sent, ws.retries, ws.failed,
	                     ws.dropped, ws.queue_len, d->state_rejected, d->checkpoints,
	                     d->checkpoint_errors};
	es_redis_write_stats(d->redis, names, values, sizeof values / sizeof *values, now);
}

/*
 * Back-pressure: while Redis is up but behind by more than a few flushes'
 * worth of writes (8 MiB, or half of queue_max if smaller) sources pause —
 * reading faster than Redis takes the writes would only move the backlog into
 * our memory or onto the disk — and resume once the backlog is halved (the
 * writer calls on_drain). While Redis is down the writer spools to disk
 * (state_dir) and the sources keep reading; only a full or unusable spool
 * pauses them then (es_redis_wants_pause).
 */
#define BACKLOG_HIGH (8u << 20)

static size_t backlog_high(const struct daemon *d)
{
	return d->base_cfg->queue_max / 2 < BACKLOG_HIGH ? d->base_cfg->queue_max / 2 : BACKLOG_HIGH;
}

static void on_drain(void *ctx)
{
	struct daemon *d = ctx;
	if (d->stopping)
		return;
	for (size_t i = 0; i < d->n_src; i++)
		es_source_resume(d->src[i]);
}

static void regulate_sources(struct daemon *d)
{
	size_t q = es_redis_stats(d->redis)->queue_bytes;
	size_t high = backlog_high(d);
	int pause = es_redis_wants_pause(d->redis, high);
	int resume = !pause && (q < high / 2 || !es_redis_connected(d->redis)) && !d->stopping;
	for (size_t i = 0; i < d->n_src; i++) {
		if (pause)
			es_source_pause(d->src[i]);
		else if (resume)
			es_source_resume(d->src[i]);
	}
}

static void on_post(void *ctx, const struct es_post *post)
{
	struct daemon *d = ctx;
	d->posts_in++;
	es_pipeline_post(d->w.pl, post, es_wall_ms());
	if ((d->posts_in & 255) == 0)
		regulate_sources(d);
}

/*
 * Saved source cursors. Reading happens once per source at start, before the
 * loop runs, so a short synchronous connection is the simple and honest way;
 * writing goes through the ordered queue like every other write.
 */
#define DEDUPE_IDS 200000 /* recent post ids remembered across sources (~5 MB) */

static int cursor_get(void *ctx, const char *source, char *buf, size_t cap)
{
	struct daemon *d = ctx;
	const struct es_config *c = d->base_cfg;
	struct timeval tv = {2, 0};
	redisContext *rc = c->redis_unix ? redisConnectUnixWithTimeout(c->redis_unix, tv)
	                                 : redisConnectWithTimeout(c->redis_host, c->redis_port, tv);
	if (!rc || rc->err) {
		redisFree(rc);
		return -EIO;
	}
	redisSetTimeout(rc, tv);
	int ret = -EIO;
	redisReply *r = NULL;
	if (c->redis_password) {
		r = redisCommand(rc, "AUTH %s", c->redis_password);
		int ok = r && r->type != REDIS_REPLY_ERROR;
		freeReplyObject(r);
		if (!ok)
			goto out;
	}
	r = redisCommand(rc, "GET %s:cursor:%s", c->prefix, source);
	if (r && r->type == REDIS_REPLY_STRING && r->len > 0 && (size_t)r->len < cap) {
		memcpy(buf, r->str, r->len);
		buf[r->len] = '\0';
		ret = 0;
	} else if (r && r->type == REDIS_REPLY_NIL) {
		ret = -ENOENT;
	}
	freeReplyObject(r);
out:
	redisFree(rc);
	return ret;
}

static void cursor_set(void *ctx, const char *source, const char *value)
{
	struct daemon *d = ctx;
	char key[256];
	snprintf(key, sizeof key, "%s:cursor:%s", d->base_cfg->prefix, source);
	const char *argv[] = {"SET", key, value};
	size_t lens[] = {3, strlen(key), strlen(value)};
	es_redis_cmd(d->redis, 3, argv, lens);
}

/*
 * The silent-source alert (`silent_after` on a source): a stream that
 * delivers no post for that long is broken somewhere — a revoked token, a
 * rule that matches nothing, an upstream outage — even when the connection
 * looks fine. The event goes where brand alerts go (P:alerts and its
 * channel), with type `source_silent`, the source's name in `brand`'s place
 * (`source`), and resolves when posts come again.
 */
static void source_alert(struct daemon *d, const struct es_cfg_source *c, int firing,
                         uint64_t silent_ms, uint64_t now)
{
	char key[160], ms[32], at[32], json[512];
	snprintf(key, sizeof key, "%s:alerts", d->base_cfg->prefix);
	snprintf(ms, sizeof ms, "%llu", (unsigned long long)silent_ms);
	snprintf(at, sizeof at, "%llu", (unsigned long long)now);
	const char *state = firing ? "firing" : "resolved";
	const char *xadd[] = {"XADD", key, "MAXLEN", "~", "100000", "*", "type", "source_silent",
	                      "source", c->name, "state", state, "value", ms, "threshold",
	                      "", "at_ms", at};
	char thr[32];
	snprintf(thr, sizeof thr, "%llu", (unsigned long long)c->silent_after_ms);
	xadd[15] = thr;
	size_t lens[18];
	for (int i = 0; i < 18; i++)
		lens[i] = strlen(xadd[i]);
	es_redis_cmd(d->redis, 18, xadd, lens);
	snprintf(json, sizeof json,
	         "{\"type\":\"source_silent\",\"source\":\"%s\",\"state\":\"%s\",\"value\":%s,"
	         "\"threshold\":%s,\"at_ms\":%s}",
	         c->name, state, ms, thr, at); /* source names are [a-z0-9_-] (config.c) */
	const char *pub[] = {"PUBLISH", key, json};
	size_t plens[] = {7, strlen(key), strlen(json)};
	es_redis_cmd(d->redis, 3, pub, plens);
	es_log(firing ? LOG_WARNING : LOG_NOTICE, "source \"%s\": %s", c->name,
	       firing ? "silent alert: no post for longer than silent_after"
	              : "silent alert resolved: posts again");
}

/*
 * Each source's state line in Redis (P:source:NAME; P:sources lists them), so
 * a dashboard shows what `systemctl status` and the log say: connected or
 * reconnecting and why, stopped, silent, its last post and its counters.
 * Written every flush; a line outlives its last write by a minute (or five
 * flushes), so a source gone from the configuration or a stopped daemon
 * leaves no state that looks live.
 */
static void write_sources(struct daemon *d, uint64_t now)
{
	uint64_t ttl = 5 * d->base_cfg->flush_ms > 60000 ? 5 * d->base_cfg->flush_ms : 60000;
	for (size_t i = 0; i < d->n_src; i++) {
		const struct es_cfg_source *c = d->src[i]->cfg;
		struct es_source_stats ss;
		es_source_stats(d->src[i], &ss);
		struct es_redis_source_line line = {
		        .name = c->name, .type = es_src_type_name(c->type), .state = ss.state,
		        .stopped = ss.stopped, .silent = d->silent[i], .posts = ss.posts,
		        .last_post_ms = ss.last_post_ms, .connects = ss.connects,
		        .disconnects = ss.disconnects, .malformed = ss.malformed,
		        .oversized = ss.oversized, .no_text = ss.no_text, .duplicates = ss.dupes,
		        .backfilled = ss.backfilled};
		es_redis_write_source(d->redis, &line, now, ttl);
	}
}

static void check_silence(struct daemon *d, uint64_t now)
{
	if (d->stopping)
		return;
	for (size_t i = 0; i < d->n_src; i++) {
		const struct es_cfg_source *c = d->src[i]->cfg;
		if (!c->silent_after_ms)
			continue;
		struct es_source_stats ss;
		es_source_stats(d->src[i], &ss);
		uint64_t last = ss.last_post_ms ? ss.last_post_ms : d->started_ms;
		uint64_t quiet = now > last ? now - last : 0;
		if (!d->silent[i] && quiet >= c->silent_after_ms) {
			d->silent[i] = 1;
			source_alert(d, c, 1, quiet, now);
		} else if (d->silent[i] && quiet < c->silent_after_ms) {
			d->silent[i] = 0;
			source_alert(d, c, 0, quiet, now);
		}
	}
}

/* ======================================================================== */
/* State across restarts                                                    */

/*
 * The brands' windows, alert states and the post ids seen are saved at a
 * clean stop and every checkpoint_interval, so that a restart carries on and
 * a crash loses at most one interval (docs/ARCHITECTURE.md §5, state across
 * restarts and crashes).
 * The windows file is input at the next start: it may be no larger than the
 * configured brands could fill (a record holds at most two rings of slots)
 * plus room for brands removed since, and anything wrong with it is logged
 * once, counted (state_rejected) and set aside as windows.bad.
 */
#define STATE_BRAND_BYTES  (132u << 10) /* a record's worst case, rounded up */
#define STATE_SLACK_BRANDS 1024
#define STATE_MAX_BYTES    ((size_t)2 << 30)

static size_t state_max_bytes(const struct daemon *d)
{
	size_t brands = d->w.cfg->n_brands + STATE_SLACK_BRANDS;
	return brands > STATE_MAX_BYTES / STATE_BRAND_BYTES ? STATE_MAX_BYTES
	                                                     : brands * STATE_BRAND_BYTES;
}

static int save_windows(struct daemon *d)
{
	if (!d->windows_path[0])
		return 0;
	int rc = es_pipeline_save_state(d->w.pl, d->windows_path);
	if (rc < 0)
		es_log(LOG_WARNING, "%s: cannot save the windows: %s", d->windows_path, strerror(-rc));
	else if (rc > 0) {
		static struct es_ratelimit rl;
		es_log_rl(&rl, LOG_WARNING,
		          "%s: %d brands had more mentions in a second or minute than the file "
		          "holds; they would restart with empty windows",
		          d->windows_path, rc);
	}
	return rc < 0 ? rc : 0;
}

static void on_checkpoint(uv_timer_t *t)
{
	struct daemon *d = t->data;
	/* Ids first: a crash between the two replaces then leaves ids newer than
	 * the windows (a replayed post is dropped, harmlessly), never windows
	 * that counted posts whose ids were not kept (counted twice). */
	int rc = 0;
	if (d->dedupe_path && d->dedupe_path[0] && es_dedupe_size(d->dedupe) > 0) {
		rc = es_dedupe_save(d->dedupe, d->dedupe_path);
		if (rc < 0)
			es_log(LOG_WARNING, "%s: cannot save the post ids seen: %s", d->dedupe_path,
			       strerror(-rc));
	}
	int wrc = save_windows(d);
	if (wrc < 0)
		rc = wrc;
	if (rc < 0)
		d->checkpoint_errors++;
	else
		d->checkpoints++;
}

static void on_dropped_brand(void *ctx, const char *brand)
{
	struct daemon *d = ctx;
	es_log(LOG_NOTICE, "%s: brand \"%s\" is no longer configured; its saved windows are dropped",
	       d->windows_path, brand);
}

/* Before the sources run: give the configured brands their saved state back. */
static void restore_windows(struct daemon *d)
{
	if (!d->windows_path[0])
		return;
	struct es_winstate *ws = NULL;
	const char *why = NULL;
	int rc = es_winstate_load(d->windows_path, state_max_bytes(d), &ws, &why);
	if (rc == -ENOENT)
		return;
	if (rc == 0) {
		rc = es_pipeline_restore(d->w.pl, ws, es_wall_ms(), on_dropped_brand, d);
		if (rc == -ERANGE)
			why = "written by a clock more than a minute ahead of this one";
		es_winstate_free(ws);
	}
	if (rc < 0) {
		d->state_rejected++;
		es_log(LOG_WARNING, "%s: %s; every brand starts with empty windows", d->windows_path,
		       why ? why : strerror(-rc));
		/* Kept for a post-mortem; the next checkpoint writes a good file. */
		char bad[4300];
		snprintf(bad, sizeof bad, "%s.bad", d->windows_path);
		rename(d->windows_path, bad);
		return;
	}
	es_log(LOG_INFO, "%s: restored the windows and alert states of %d brands", d->windows_path,
	       rc);
}

static void on_flush(uv_timer_t *t)
{
	struct daemon *d = t->data;
	uint64_t now = es_wall_ms();
	es_pipeline_tick(d->w.pl, now);
	check_silence(d, now);
	write_stats(d, now);
	write_sources(d, now);
	regulate_sources(d);
	notify_status(d);
}

static void on_watchdog(uv_timer_t *t)
{
	(void)t;
	/* The loop turning is what we vouch for: a wedged loop never gets here. */
	sd_notify(0, "WATCHDOG=1");
}

static void finish(struct daemon *d)
{
	const struct es_redis_stats *rs = es_redis_stats(d->redis);
	if (es_redis_idle(d->redis))
		es_log(LOG_INFO, "stopped: every write reached Redis (%llu written)",
		       (unsigned long long)rs->written);
	else
		es_log(LOG_WARNING, "stopped with %zu writes Redis did not take within the grace period",
		       rs->queue_len);
	uv_stop(d->loop);
}

static void on_stop_poll(uv_timer_t *t)
{
	struct daemon *d = t->data;
	if ((es_redis_idle(d->redis) && (!d->webhook || es_webhook_idle(d->webhook))) ||
	    es_wall_ms() >= d->stop_deadline_ms)
		finish(d);
}

static void begin_stop(struct daemon *d, const char *why)
{
	if (d->stopping)
		return;
	d->stopping = 1;
	es_log(LOG_NOTICE, "%s: stopping; flushing windows and the Redis queue (grace %llums)", why,
	       (unsigned long long)d->base_cfg->grace_ms);
	sd_notify(0, "STOPPING=1");
	for (size_t i = 0; i < d->n_src; i++) {
		es_source_pause(d->src[i]);
		es_source_checkpoint(d->src[i]); /* cursors go out with the last flush */
	}
	uv_timer_stop(&d->flush);
	uint64_t now = es_wall_ms();
	es_pipeline_tick(d->w.pl, now);
	write_stats(d, now);
	d->stop_deadline_ms = now + d->base_cfg->grace_ms;
	uv_timer_start(&d->stop_poll, on_stop_poll, 0, 50);
}

static void reload(struct daemon *d)
{
	sd_notify(0, "RELOADING=1");
	struct es_pipeline_sink sink;
	es_webhook_tee_sink(&d->tee, &sink);
	struct world nw;
	char err[512];
	if (world_load(d->config_path, &nw, &sink, err, sizeof err) < 0) {
		d->reload_failures++;
		es_log(LOG_ERR, "reload refused, the running configuration stays: %s", err);
		sd_notify(0, "READY=1\nSTATUS=reload refused: configuration error (see the log)");
		return;
	}
	/* Sources and Redis keep their settings; say so if the file changed them. */
	if (nw.cfg->n_sources != d->base_cfg->n_sources ||
	    strcmp(nw.cfg->prefix, d->base_cfg->prefix) != 0 ||
	    (nw.cfg->redis_host && d->base_cfg->redis_host &&
	     strcmp(nw.cfg->redis_host, d->base_cfg->redis_host) != 0) ||
	    nw.cfg->redis_port != d->base_cfg->redis_port)
		es_log(LOG_WARNING, "reload: [redis] and [source] changes take effect at the next restart");
	if (es_redis_set_brands(d->redis, nw.cfg) < 0) {
		/* The writer still points at the running brands: keep them. */
		world_free(&nw);
		d->reload_failures++;
		es_log(LOG_ERR, "reload refused, the running configuration stays: out of memory");
		sd_notify(0, "READY=1");
		return;
	}
	/* Windows, alerts in progress and counters carry over, brand by brand. */
	es_pipeline_adopt(nw.pl, d->w.pl);
	struct world old = d->w;
	d->w = nw;
	for (size_t i = 0; i < d->n_src; i++)
		es_source_reload(d->src[i], d->w.cfg); /* X re-syncs its rules */
	/* The base configuration stays alive for the sources and Redis. */
	if (old.cfg == d->base_cfg)
		old.cfg = NULL;
	world_free(&old);
	d->reloads++;
	es_log(LOG_NOTICE, "reloaded %s: %zu brands, %zu lexicons", d->config_path,
	       d->w.cfg->n_brands, es_lexset_langs(d->w.lex, NULL, 0));
	sd_notify(0, "READY=1");
}

static void on_signal(uv_signal_t *h, int signum)
{
	struct daemon *d = h->data;
	if (signum == SIGHUP) {
		if (!d->stopping)
			reload(d);
		return;
	}
	begin_stop(d, signum == SIGTERM ? "SIGTERM" : "SIGINT");
}

/* ======================================================================== */
/* main                                                                     */

/*
 * --check: what the sources will do with these brands. A brand X cannot
 * express as a rule gets none (it is matched locally on posts other rules
 * bring); a jetstream source needs a libcurl with WebSocket.
 */
static void check_sources(const struct es_config *cfg)
{
	for (size_t i = 0; i < cfg->n_sources; i++) {
		const struct es_cfg_source *src = &cfg->sources[i];
		if (src->type == ES_SRC_JETSTREAM && !es_http_has_websocket())
			printf("%s:%u: source '%s': unavailable: this libcurl has no WebSocket support "
			       "(install libcurl from bookworm-backports)\n",
			       cfg->path, src->line, src->name);
		if (src->type != ES_SRC_X)
			continue;
		char buf[ES_X_RULE_BUF];
		for (size_t b = 0; b < cfg->n_brands; b++) {
			const struct es_cfg_brand *cb = &cfg->brands[b];
			const char *why = NULL;
			int rc = es_source_x_rule(src, cb, buf, &why);
			if (rc < 0)
				printf("%s:%u: brand '%s': no X rule for source '%s' (%s); matched locally only\n",
				       cfg->path, cb->line, cb->name, src->name, why ? why : strerror(-rc));
			else
				printf("source '%s': brand '%s': X rule: %s\n", src->name, cb->name, buf);
		}
	}
}

static void usage(FILE *f)
{
	fputs("usage: earshotd -c FILE [--check] [--verbose]\n"
	      "  -c, --config FILE   the configuration (docs/config.md)\n"
	      "      --check         validate configuration, queries and lexicons, then exit 0 or 1\n"
	      "  -v, --verbose       debug logging\n"
	      "      --version\n",
	      f);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"config", required_argument, NULL, 'c'}, {"check", no_argument, NULL, 'k'},
		{"verbose", no_argument, NULL, 'v'},      {"version", no_argument, NULL, 'V'},
		{"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	const char *config = NULL;
	int check = 0, c;
	while ((c = getopt_long(argc, argv, "c:vh", opts, NULL)) != -1) {
		switch (c) {
		case 'c':
			config = optarg;
			break;
		case 'k':
			check = 1;
			break;
		case 'v':
			es_log_set_level(LOG_DEBUG);
			break;
		case 'V':
			printf("earshotd %s\n", ES_VERSION);
			return 0;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!config || optind != argc) {
		usage(stderr);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);

	struct daemon d;
	memset(&d, 0, sizeof d);
	d.config_path = config;
	d.loop = uv_default_loop();
	char err[512];

	if (check) {
		struct es_pipeline_sink none = {0};
		if (world_load(config, &d.w, &none, err, sizeof err) < 0) {
			fprintf(stderr, "%s\n", err);
			return 1;
		}
		check_sources(d.w.cfg);
		printf("%s: OK: %zu sources, %zu brands, %zu lexicons\n", config, d.w.cfg->n_sources,
		       d.w.cfg->n_brands, es_lexset_langs(d.w.lex, NULL, 0));
		world_free(&d.w);
		return 0;
	}

	/* Redis first (its sink feeds the pipeline), with the file's [redis] section. */
	struct es_config *probe = NULL;
	if (es_config_load(config, &probe, err, sizeof err) < 0) {
		es_log(LOG_ERR, "%s", err);
		return 1;
	}
	if (es_redis_new(d.loop, probe, &d.redis) < 0) {
		es_log(LOG_ERR, "out of memory");
		return 1;
	}
	struct es_pipeline_sink sink;
	es_redis_pipeline_sink(d.redis, &d.tee.inner);
	es_webhook_tee_sink(&d.tee, &sink);
	if (world_load(config, &d.w, &sink, err, sizeof err) < 0) {
		es_log(LOG_ERR, "%s", err);
		return 1;
	}
	d.base_cfg = probe;
	if (es_redis_set_brands(d.redis, d.w.cfg) < 0) {
		es_log(LOG_ERR, "out of memory");
		return 1;
	}
	es_redis_on_drain(d.redis, backlog_high(&d) / 2, on_drain, &d);

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || es_http_new(d.loop, &d.http) < 0) {
		es_log(LOG_ERR, "cannot set up libcurl");
		return 1;
	}
	if (d.base_cfg->webhook_url && es_webhook_new(d.loop, d.http, d.base_cfg, &d.webhook) < 0) {
		es_log(LOG_ERR, "out of memory");
		return 1;
	}
	d.tee.w = d.webhook;
	/* The ids seen before a restart: the overlap a resuming source asks for is not new. */
	char dedupe_path[4200] = "";
	if (d.base_cfg->state_dir && *d.base_cfg->state_dir)
		snprintf(dedupe_path, sizeof dedupe_path, "%s/dedupe", d.base_cfg->state_dir);
	int drc = dedupe_path[0] ? es_dedupe_load(dedupe_path, DEDUPE_IDS, &d.dedupe) : -ENOENT;
	if (drc == 0)
		es_log(LOG_INFO, "remembering %zu post ids from the last run", es_dedupe_size(d.dedupe));
	else if (drc != -ENOENT) {
		d.state_rejected++;
		es_log(LOG_WARNING, "%s: %s; starting with no post ids remembered", dedupe_path,
		       strerror(-drc));
	}
	if (drc < 0 && es_dedupe_new(DEDUPE_IDS, 0, &d.dedupe) < 0) {
		es_log(LOG_ERR, "out of memory");
		return 1;
	}
	d.dedupe_path = dedupe_path;
	if (d.base_cfg->state_dir && *d.base_cfg->state_dir)
		snprintf(d.windows_path, sizeof d.windows_path, "%s/windows", d.base_cfg->state_dir);
	restore_windows(&d);
	struct es_source_env env = {.loop = d.loop, .http = d.http, .redis = d.redis,
	                            .cfg = d.base_cfg, .dedupe = d.dedupe, .post = on_post,
	                            .ctx = &d, .cursor_get = cursor_get, .cursor_set = cursor_set};
	for (size_t i = 0; i < d.base_cfg->n_sources && d.n_src < SOURCES_MAX; i++) {
		if (es_source_open(&env, &d.base_cfg->sources[i], &d.src[d.n_src], err, sizeof err) < 0) {
			es_log(LOG_ERR, "%s", err);
			return 1;
		}
		d.n_src++;
	}
	const char *src_names[SOURCES_MAX];
	for (size_t i = 0; i < d.n_src; i++)
		src_names[i] = d.src[i]->cfg->name;
	if (es_redis_set_sources(d.redis, src_names, d.n_src) < 0) {
		es_log(LOG_ERR, "out of memory");
		return 1;
	}

	uv_timer_init(d.loop, &d.flush);
	uv_timer_init(d.loop, &d.watchdog);
	uv_timer_init(d.loop, &d.stop_poll);
	uv_timer_init(d.loop, &d.checkpoint);
	d.flush.data = d.watchdog.data = d.stop_poll.data = d.checkpoint.data = &d;
	uv_timer_start(&d.flush, on_flush, d.base_cfg->flush_ms, d.base_cfg->flush_ms);
	if (d.windows_path[0])
		uv_timer_start(&d.checkpoint, on_checkpoint, d.base_cfg->checkpoint_ms,
		               d.base_cfg->checkpoint_ms);
	uint64_t wd_usec = 0;
	if (sd_watchdog_enabled(0, &wd_usec) > 0 && wd_usec >= 2000)
		uv_timer_start(&d.watchdog, on_watchdog, 0, wd_usec / 2000);
	uv_signal_init(d.loop, &d.sig_term);
	uv_signal_init(d.loop, &d.sig_int);
	uv_signal_init(d.loop, &d.sig_hup);
	d.sig_term.data = d.sig_int.data = d.sig_hup.data = &d;
	uv_signal_start(&d.sig_term, on_signal, SIGTERM);
	uv_signal_start(&d.sig_int, on_signal, SIGINT);
	uv_signal_start(&d.sig_hup, on_signal, SIGHUP);

	es_log(LOG_NOTICE, "earshotd %s: %zu sources, %zu brands, %zu lexicons; redis %s:%d prefix %s",
	       ES_VERSION, d.n_src, d.w.cfg->n_brands, es_lexset_langs(d.w.lex, NULL, 0),
	       d.base_cfg->redis_unix ? d.base_cfg->redis_unix : d.base_cfg->redis_host,
	       d.base_cfg->redis_port, d.base_cfg->prefix);
	d.started_ms = es_wall_ms();
	sd_notify(0, "READY=1");

	uv_run(d.loop, UV_RUN_DEFAULT);

	/* Tear down: close every handle, let the loop run their close callbacks. */
	for (size_t i = 0; i < d.n_src; i++)
		es_source_free(d.src[i]);
	/* Every post the pipeline took is now in a bucket handed to the sink or in
	 * the windows saved here, never both: nothing counted twice or lost. */
	save_windows(&d);
	es_webhook_free(d.webhook);
	es_http_free(d.http);
	es_redis_free(d.redis);
	uv_close((uv_handle_t *)&d.flush, NULL);
	uv_close((uv_handle_t *)&d.watchdog, NULL);
	uv_close((uv_handle_t *)&d.stop_poll, NULL);
	uv_close((uv_handle_t *)&d.checkpoint, NULL);
	uv_close((uv_handle_t *)&d.sig_term, NULL);
	uv_close((uv_handle_t *)&d.sig_int, NULL);
	uv_close((uv_handle_t *)&d.sig_hup, NULL);
	uv_run(d.loop, UV_RUN_DEFAULT);
	uv_loop_close(d.loop);
	world_free(&d.w);
	if (dedupe_path[0] && es_dedupe_size(d.dedupe) > 0) {
		int rc = es_dedupe_save(d.dedupe, dedupe_path);
		if (rc < 0)
			es_log(LOG_WARNING, "%s: cannot save the post ids seen: %s", dedupe_path,
			       strerror(-rc));
	}
	es_config_free(d.base_cfg);
	es_dedupe_free(d.dedupe);
	curl_global_cleanup();
	return d.exit_code;
}
