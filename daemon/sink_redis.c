/*
 * sink_redis.c — the ordered, bounded Redis command queue over hiredis async
 * and libuv, and the pipeline sink that writes docs/redis.md's layout
 * (sink_redis.h).
 *
 * Two lists hold every command: `wait` (not sent yet) and `sent` (written to
 * the socket, not answered). hiredis answers in order, so a reply always
 * belongs to the head of `sent`. When the connection breaks hiredis calls
 * the pending callbacks with no reply (they do nothing) and then the
 * disconnect callback, which moves `sent` back in front of `wait` and arms
 * the reconnect timer. A failed context is never reused: hiredis frees it,
 * and a new one is made for the next attempt.
 *
 * Bucket entries are written with explicit stream ids (the bucket's start),
 * so a bucket written twice — sent, connection lost before the reply, sent
 * again — is refused by Redis as "equal or smaller" and counted as replayed,
 * not as an error. Mentions have server-assigned ids; one answered-but-lost
 * reply can duplicate a mention entry (at-least-once), never lose one.
 *
 * The spool (spool.h) extends the queue to disk. The logical order is:
 * `retry`, `sent`, `wait` (memory), then the spool's unread records, then
 * `over` (memory: what came while the spool could take no more). New
 * commands join the end of that order: `wait` while the spool and `over`
 * are empty and memory has room, else the spool, else `over`. Refill moves
 * spool records to the end of `wait` while Redis takes writes, and `over`
 * after them once the spool is read out. A command read from the spool
 * carries the spool's ticket; the tick releases (lets the spool delete)
 * everything older than the oldest such command still in memory.
 *
 * Every reply also times its command's round trip (from the moment it went
 * to hiredis to its reply, so a deep pipeline shows as latency): the
 * minute's maximum and mean go with the health counters' per-minute deltas
 * to `P:stats:1m` (stats.h). The brands of the running configuration are
 * kept in the set `P:brands`, for Grafana's brand variable; the sources in
 * `P:sources`, each with its state line `P:source:NAME`.
 */
#include <errno.h>
#include <sys/stat.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yajl/yajl_gen.h>

#include "log.h"
#include "sink_redis.h"
#include "spool.h"
#include "stats.h"

#define SENT_MAX        2000   /* commands written but not answered */
#define CONNECT_TIMEOUT_MS 5000 /* hiredis 0.14 has no async connect timeout */
#define BACKOFF_MIN_MS  100
#define BACKOFF_MAX_MS  30000
#define ARGS_MAX        128    /* arguments of one command built here */
#define MIN_MS          60000ULL
#define HOUR_MS         3600000ULL
#define SPOOL_SYNC_MS   1000   /* fdatasync the spool at most this often */
#define REFILL_MAX      (2u << 20) /* memory refilled from the spool up to this */

enum cmd_kind { CMD_PLAIN = 0, CMD_BUCKET };

struct cmd {
	struct cmd *next;
	int argc;
	uint8_t kind;
	uint8_t spooled; /* read from the spool: `ticket` releases it there */
	uint64_t ticket;
	uint64_t sent_us; /* when it last went to hiredis (monotonic): the round trip */
	size_t bytes; /* for the queue bound */
	size_t *argvlen;
	const char **argv; /* into the same allocation */
};

struct es_redis {
	uv_loop_t *loop;
	const struct es_config *cfg;
	redisAsyncContext *ac;
	int connected;
	int authed; /* AUTH answered OK (or no password): the queue may flow */
	int closing;
	int closed_timers;
	struct cmd *wait_head, *wait_tail;
	struct cmd *sent_head, *sent_tail;
	struct cmd *retry_head, *retry_tail; /* refused for now (OOM, LOADING…): sent again first */
	struct cmd *over_head, *over_tail;   /* after the spool: it could take no more */
	size_t over_bytes;
	struct es_spool *spool;              /* NULL: no spool (logged once why) */
	size_t spooled_in_mem;               /* commands in memory read from the spool */
	size_t refill_high;                  /* refill memory from the spool up to this */
	uv_timer_t spool_tick;
	uint64_t last_sync_ms;
	int dropping; /* a disconnect to retry them is under way */
	size_t sent_n;
	uv_timer_t retry;
	uv_timer_t connect_timeout;
	uint64_t backoff_ms;
	unsigned seed;
	const struct es_config *brands_cfg; /* the configuration the pipeline's brands come from */
	size_t drain_low;
	void (*drain_fn)(void *ctx);
	void *drain_ctx;
	uint64_t *brand_minute; /* last minute each brand's authors HLL got its EXPIRE */
	int brands_published;   /* P:brands has been written for brands_cfg */
	struct es_stats_minute minute; /* the health counters' minute for P:stats:1m */
	struct es_redis_stats st;
};

static struct es_ratelimit rl_conn, rl_err, rl_drop, rl_spool;

/* ======================================================================== */
/* Commands                                                                 */

/* Bytes a command takes in memory (what queue_max bounds). */
static size_t cmd_bytes(int argc, const size_t *argvlen)
{
	size_t data = 0;
	for (int i = 0; i < argc; i++)
		data += argvlen[i] + 1;
	return sizeof(struct cmd) + (size_t)argc * (sizeof(size_t) + sizeof(char *)) + data;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static struct cmd *cmd_new(int argc, const char *const *argv, const size_t *argvlen)
{
	size_t bytes = cmd_bytes(argc, argvlen);
	struct cmd *c = malloc(bytes);
	if (!c)
		return NULL;
	c->next = NULL;
	c->argc = argc;
	c->kind = CMD_PLAIN;
	c->spooled = 0;
	c->ticket = 0;
	c->sent_us = 0;
	c->bytes = bytes;
	c->argvlen = (size_t *)(c + 1);
	c->argv = (const char **)(c->argvlen + argc);
	char *p = (char *)(c->argv + argc);
	for (int i = 0; i < argc; i++) {
		memcpy(p, argv[i], argvlen[i]);
		p[argvlen[i]] = '\0';
		c->argv[i] = p;
		c->argvlen[i] = argvlen[i];
		p += argvlen[i] + 1;
	}
	/*
	 * Bucket entries and the per-minute stats carry explicit ids: a replay is
	 * refused as "equal or smaller". (Prefixes and brand names are
	 * [a-z0-9_-], so neither pattern can come from them.)
	 */
	if (argc > 5 && strcmp(c->argv[0], "XADD") == 0 &&
	    (strstr(c->argv[1], ":w:") || ends_with(c->argv[1], ":stats:1m")))
		c->kind = CMD_BUCKET;
	return c;
}

static void push_wait(struct es_redis *r, struct cmd *c)
{
	if (r->wait_tail)
		r->wait_tail->next = c;
	else
		r->wait_head = c;
	r->wait_tail = c;
	r->st.queue_bytes += c->bytes;
	r->st.queue_len++;
}

static struct cmd *pop(struct cmd **head, struct cmd **tail)
{
	struct cmd *c = *head;
	if (c) {
		*head = c->next;
		if (!*head)
			*tail = NULL;
		c->next = NULL;
	}
	return c;
}

static void forget(struct es_redis *r, struct cmd *c)
{
	r->st.queue_bytes -= c->bytes;
	r->st.queue_len--;
	if (c->spooled)
		r->spooled_in_mem--;
	free(c);
}

static void pump(struct es_redis *r);
static void refill(struct es_redis *r);

static void spool_stats(struct es_redis *r)
{
	if (!r->spool)
		return;
	const struct es_spool_stats *ss = es_spool_stats(r->spool);
	r->st.spool_bytes = ss->bytes;
	r->st.spool_corrupt = ss->corrupt;
}

/* Commands are behind the spool: new ones must not overtake it. */
static int spool_behind(const struct es_redis *r)
{
	return r->spool && (r->over_head || es_spool_unread(r->spool) > 0);
}

/* Memory not counting `over` (which waits behind the spool). */
static size_t mem_ahead(const struct es_redis *r)
{
	return r->st.queue_bytes - r->over_bytes;
}

/*
 * Errors that say "not now" rather than "never": the server is loading,
 * out of memory, read-only after a failover, busy, or full of clients. The
 * command is kept, the connection dropped, and everything is sent again in
 * order after the backoff.
 */
static int transient_error(const char *msg)
{
	static const char *const prefixes[] = {"OOM", "LOADING", "READONLY", "BUSY", "MASTERDOWN",
	                                       "TRYAGAIN", "CLUSTERDOWN", "NOAUTH",
	                                       "ERR max number of clients"};
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
		if (strncmp(msg, prefixes[i], strlen(prefixes[i])) == 0)
			return 1;
	return 0;
}

static void on_reply(redisAsyncContext *ac, void *reply_, void *privdata)
{
	struct es_redis *r = privdata;
	redisReply *reply = reply_;
	if (!reply || !r->sent_head)
		return; /* the connection is going away: the disconnect callback requeues */
	struct cmd *c = pop(&r->sent_head, &r->sent_tail);
	r->sent_n--;
	uint64_t now_us = uv_hrtime() / 1000;
	es_stats_minute_rtt(&r->minute, now_us > c->sent_us ? now_us - c->sent_us : 0);
	if (reply->type == REDIS_REPLY_ERROR) {
		if (c->kind == CMD_BUCKET && strstr(reply->str, "equal or smaller")) {
			r->st.replayed++;
		} else if (transient_error(reply->str)) {
			/*
			 * Kept for a retry. hiredis still delivers the replies already on
			 * their way after redisAsyncDisconnect, so the unanswered list
			 * must stay as it is; the disconnect puts the retries in front.
			 */
			if (r->retry_tail)
				r->retry_tail->next = c;
			else
				r->retry_head = c;
			r->retry_tail = c;
			es_log_rl(&rl_err, LOG_WARNING, "redis: %s: %s; reconnecting and retrying",
			          c->argv[0], reply->str);
			if (!r->dropping) {
				r->dropping = 1;
				redisAsyncDisconnect(ac);
			}
			return;
		} else {
			r->st.errors++;
			es_log_rl(&rl_err, LOG_ERR, "redis: %s refused: %s", c->argv[0], reply->str);
		}
	} else {
		r->st.written++;
	}
	size_t before = r->st.queue_bytes;
	forget(r, c);
	if (r->drain_fn && before > r->drain_low && r->st.queue_bytes <= r->drain_low)
		r->drain_fn(r->drain_ctx);
	if (spool_behind(r) && mem_ahead(r) < r->refill_high / 2)
		refill(r);
	pump(r);
}

void es_redis_on_drain(struct es_redis *r, size_t low, void (*fn)(void *ctx), void *ctx)
{
	r->drain_low = low;
	r->drain_fn = fn;
	r->drain_ctx = ctx;
}

static void pump(struct es_redis *r)
{
	while (r->connected && r->authed && r->wait_head && r->sent_n < SENT_MAX) {
		struct cmd *c = pop(&r->wait_head, &r->wait_tail);
		if (redisAsyncCommandArgv(r->ac, on_reply, r, c->argc, c->argv, c->argvlen) != REDIS_OK) {
			/* The context is failing; put it back and let the disconnect handle it. */
			c->next = r->wait_head;
			r->wait_head = c;
			if (!r->wait_tail)
				r->wait_tail = c;
			return;
		}
		c->sent_us = uv_hrtime() / 1000;
		if (r->sent_tail)
			r->sent_tail->next = c;
		else
			r->sent_head = c;
		r->sent_tail = c;
		r->sent_n++;
	}
}

/*
 * The spool could not take a command: keep it in memory behind the spool,
 * dropping the oldest such commands past queue_max (both bounds exceeded).
 */
static int push_over(struct es_redis *r, int argc, const char *const *argv, const size_t *argvlen)
{
	struct cmd *c = cmd_new(argc, argv, argvlen);
	if (!c)
		return -ENOMEM;
	while (r->st.queue_bytes + c->bytes > r->cfg->queue_max && r->over_head) {
		struct cmd *old = pop(&r->over_head, &r->over_tail);
		r->over_bytes -= old->bytes;
		r->st.dropped++;
		forget(r, old);
		es_log_rl(&rl_drop, LOG_WARNING,
		          "redis: memory (%zu bytes) and the spool are full: dropping the oldest writes "
		          "not on disk (dropped=%llu)",
		          r->cfg->queue_max, (unsigned long long)r->st.dropped);
	}
	if (r->over_tail)
		r->over_tail->next = c;
	else
		r->over_head = c;
	r->over_tail = c;
	r->over_bytes += c->bytes;
	r->st.queue_bytes += c->bytes;
	r->st.queue_len++;
	r->st.queued++;
	return 0;
}

int es_redis_cmd(struct es_redis *r, int argc, const char *const *argv, const size_t *argvlen)
{
	if (r->spool && (spool_behind(r) ||
	                 r->st.queue_bytes + cmd_bytes(argc, argvlen) > r->cfg->queue_max)) {
		if (!r->over_head) {
			int rc = es_spool_append(r->spool, argc, argv, argvlen);
			if (rc == 0) {
				r->st.queued++;
				r->st.spooled++;
				r->st.spool_bytes = es_spool_stats(r->spool)->bytes;
				return 0;
			}
			es_log_rl(&rl_spool, LOG_WARNING,
			          "redis: the spool takes no more (%s, %llu bytes on disk): holding new "
			          "writes in memory",
			          strerror(-rc), (unsigned long long)es_spool_stats(r->spool)->bytes);
		}
		return push_over(r, argc, argv, argvlen);
	}
	struct cmd *c = cmd_new(argc, argv, argvlen);
	if (!c)
		return -ENOMEM;
	/* Bounded: drop the oldest waiting commands to make room, and say so. */
	while (r->st.queue_bytes + c->bytes > r->cfg->queue_max && r->wait_head) {
		struct cmd *old = pop(&r->wait_head, &r->wait_tail);
		r->st.dropped++;
		forget(r, old);
		es_log_rl(&rl_drop, LOG_WARNING,
		          "redis: queue over %zu bytes while Redis is unreachable: dropping the oldest "
		          "writes (dropped=%llu)",
		          r->cfg->queue_max, (unsigned long long)r->st.dropped);
	}
	push_wait(r, c);
	r->st.queued++;
	pump(r);
	return 0;
}

/* ======================================================================== */
/* The spool                                                                */

/*
 * Move spool records to the end of `wait`, in order, while Redis takes
 * writes and memory is under refill_high; once the spool is read out, the
 * commands held behind it (`over`) follow.
 */
static void refill(struct es_redis *r)
{
	if (!r->spool || !r->authed || r->closing)
		return;
	while (mem_ahead(r) < r->refill_high) {
		int argc;
		const char *const *argv;
		const size_t *argvlen;
		int rc = es_spool_peek(r->spool, &argc, &argv, &argvlen);
		if (rc < 0)
			break; /* out of memory: the next tick tries again */
		if (rc == 0) {
			if (r->over_head) {
				if (r->wait_tail)
					r->wait_tail->next = r->over_head;
				else
					r->wait_head = r->over_head;
				r->wait_tail = r->over_tail;
				r->over_head = r->over_tail = NULL;
				r->over_bytes = 0;
			}
			break;
		}
		struct cmd *c = cmd_new(argc, argv, argvlen);
		if (!c)
			break;
		if (es_spool_pop(r->spool, &c->ticket) < 0) {
			free(c);
			break;
		}
		c->spooled = 1;
		r->spooled_in_mem++;
		push_wait(r, c);
		r->st.unspooled++;
	}
	spool_stats(r);
	pump(r);
}

/* The ticket of the oldest command in memory that came from the spool. */
static uint64_t oldest_ticket(const struct es_redis *r)
{
	if (r->spooled_in_mem > 0) {
		const struct cmd *lists[] = {r->retry_head, r->sent_head, r->wait_head};
		for (size_t i = 0; i < 3; i++)
			for (const struct cmd *c = lists[i]; c; c = c->next)
				if (c->spooled)
					return c->ticket;
	}
	return es_spool_next_ticket(r->spool);
}

/*
 * Every flush interval: let the spool forget what Redis has answered, write
 * what it buffers (fdatasync once a second), and refill memory from it.
 */
static void on_spool_tick(uv_timer_t *t)
{
	struct es_redis *r = t->data;
	es_spool_release(r->spool, oldest_ticket(r));
	uint64_t now = uv_now(r->loop);
	int rc;
	if (now - r->last_sync_ms >= SPOOL_SYNC_MS) {
		r->last_sync_ms = now;
		rc = es_spool_sync(r->spool);
	} else {
		rc = es_spool_flush(r->spool);
	}
	if (rc < 0)
		es_log_rl(&rl_spool, LOG_ERR, "redis: spool in %s/spool: %s; kept in memory, retrying",
		          r->cfg->state_dir, strerror(-rc));
	if (spool_behind(r))
		refill(r);
	spool_stats(r);
}

static void open_spool(struct es_redis *r)
{
	const char *dir = r->cfg->state_dir;
	if (!dir || !*dir) {
		es_log(LOG_WARNING, "redis: no state_dir, so no disk spool: past queue_max (%zu bytes) "
		       "the oldest writes are dropped while Redis is down", r->cfg->queue_max);
		return;
	}
	/* systemd's StateDirectory= makes it; a hand-run daemon makes its own (not parents). */
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		es_log(LOG_WARNING, "redis: cannot create state_dir %s: %s", dir, strerror(errno));
	char path[4096];
	int n = snprintf(path, sizeof path, "%s/spool", dir);
	struct es_spool_opts opts = {.max_bytes = r->cfg->spool_max};
	int rc = n > 0 && (size_t)n < sizeof path ? es_spool_open(path, &opts, &r->spool)
	                                          : -ENAMETOOLONG;
	if (rc < 0) {
		r->spool = NULL;
		es_log(LOG_WARNING, "redis: no disk spool in %s: %s; past queue_max (%zu bytes) the "
		       "oldest writes are dropped while Redis is down",
		       path, rc == -EBUSY ? "used by another process" : strerror(-rc), r->cfg->queue_max);
		return;
	}
	const struct es_spool_stats *ss = es_spool_stats(r->spool);
	if (ss->corrupt)
		es_log(LOG_WARNING, "redis: spool %s: cut off %llu torn or corrupt records (%llu bytes)",
		       path, (unsigned long long)ss->corrupt, (unsigned long long)ss->corrupt_bytes);
	if (ss->unread)
		es_log(LOG_NOTICE, "redis: spool %s: %llu writes (%llu bytes) from a previous run go "
		       "to Redis before new ones", path, (unsigned long long)ss->unread,
		       (unsigned long long)ss->bytes);
	spool_stats(r);
	uv_timer_start(&r->spool_tick, on_spool_tick, r->cfg->flush_ms, r->cfg->flush_ms);
}

/*
 * Clean shutdown: the commands in memory go in front of the spool, in
 * order, then those held behind it go to its end; the next start writes
 * them first. What fits nowhere is counted as dropped and said.
 */
static void close_spool(struct es_redis *r)
{
	struct es_spool *sp = r->spool;
	size_t n = 0, lost = 0;
	for (struct cmd *c = r->wait_head; c; c = c->next)
		n++;
	if (n > 0) {
		int rc = es_spool_front_begin(sp);
		for (struct cmd *c = r->wait_head; c && rc == 0; c = c->next)
			rc = es_spool_front_add(sp, c->argc, c->argv, c->argvlen);
		if (rc == 0)
			rc = es_spool_front_commit(sp);
		else
			es_spool_front_abort(sp);
		if (rc == 0) {
			/* The records read from the spool are in the new front segment now. */
			es_spool_release(sp, es_spool_next_ticket(sp));
			r->st.spooled += n;
		} else {
			/* Those read from the spool stay there; the others are lost. */
			es_spool_release(sp, oldest_ticket(r));
			lost += n - r->spooled_in_mem;
			es_log(LOG_ERR, "redis: cannot keep the unwritten writes in the spool: %s",
			       strerror(-rc));
		}
	}
	size_t over = 0;
	for (struct cmd *c = r->over_head; c; c = c->next) {
		if (es_spool_append(sp, c->argc, c->argv, c->argvlen) == 0) {
			r->st.spooled++;
			over++;
		} else {
			lost++;
		}
	}
	r->st.dropped += lost;
	uint64_t unread = es_spool_unread(sp);
	int rc = es_spool_close(sp);
	r->spool = NULL;
	if (rc < 0)
		es_log(LOG_ERR, "redis: spool: %s", strerror(-rc));
	if (lost)
		es_log(LOG_ERR, "redis: %zu unwritten writes lost at shutdown (the spool is full)", lost);
	if (unread)
		es_log(LOG_NOTICE, "redis: %llu writes kept in the spool for the next start",
		       (unsigned long long)unread);
}

int es_redis_wants_pause(const struct es_redis *r, size_t high)
{
	if (r->st.queue_bytes <= high)
		return 0;
	if (r->connected && r->authed)
		return 1;
	return !r->spool || r->over_head != NULL;
}

/* ======================================================================== */
/* libuv adapter                                                            */

/*
 * hiredis ships a libuv adapter, but the one in Debian's hiredis 0.14 drops
 * poll errors (`if (status != 0) return;`): a refused or reset connection is
 * then never reported and the writer waits forever. This one hands an error
 * to hiredis as both readable and writable, so hiredis reads the socket
 * error and calls the connect or disconnect callback. Same shape otherwise.
 */
struct uv_events {
	redisAsyncContext *ac;
	uv_poll_t poll;
	int events;
};

static void uv_events_cb(uv_poll_t *h, int status, int events)
{
	struct uv_events *e = h->data;
	if (status < 0)
		events = UV_READABLE | UV_WRITABLE;
	if (e->ac && (events & UV_READABLE))
		redisAsyncHandleRead(e->ac);
	if (e->ac && (events & UV_WRITABLE))
		redisAsyncHandleWrite(e->ac);
}

static void uv_events_set(struct uv_events *e, int events)
{
	e->events = events;
	if (events)
		uv_poll_start(&e->poll, events, uv_events_cb);
	else
		uv_poll_stop(&e->poll);
}

static void uv_add_read(void *p)
{
	struct uv_events *e = p;
	uv_events_set(e, e->events | UV_READABLE);
}

static void uv_del_read(void *p)
{
	struct uv_events *e = p;
	uv_events_set(e, e->events & ~UV_READABLE);
}

static void uv_add_write(void *p)
{
	struct uv_events *e = p;
	uv_events_set(e, e->events | UV_WRITABLE);
}

static void uv_del_write(void *p)
{
	struct uv_events *e = p;
	uv_events_set(e, e->events & ~UV_WRITABLE);
}

static void uv_events_closed(uv_handle_t *h)
{
	free(h->data);
}

static void uv_cleanup(void *p)
{
	struct uv_events *e = p;
	e->ac = NULL; /* hiredis is freeing the context */
	uv_close((uv_handle_t *)&e->poll, uv_events_closed);
}

static int uv_attach(redisAsyncContext *ac, uv_loop_t *loop)
{
	struct uv_events *e = calloc(1, sizeof *e);
	if (!e)
		return REDIS_ERR;
	if (uv_poll_init(loop, &e->poll, ac->c.fd) != 0) {
		free(e);
		return REDIS_ERR;
	}
	e->ac = ac;
	e->poll.data = e;
	ac->ev.data = e;
	ac->ev.addRead = uv_add_read;
	ac->ev.delRead = uv_del_read;
	ac->ev.addWrite = uv_add_write;
	ac->ev.delWrite = uv_del_write;
	ac->ev.cleanup = uv_cleanup;
	return REDIS_OK;
}

/* ======================================================================== */
/* Connection                                                               */

static void connect_now(struct es_redis *r);
static void schedule_retry(struct es_redis *r);

/* A connection attempt that neither succeeds nor fails (a black-holed SYN): give up on it. */
static void on_connect_timeout(uv_timer_t *t)
{
	struct es_redis *r = t->data;
	if (r->ac && !r->connected) {
		es_log_rl(&rl_conn, LOG_WARNING, "redis: no answer within %dms; retrying",
		          CONNECT_TIMEOUT_MS);
		redisAsyncContext *ac = r->ac;
		r->ac = NULL;
		redisAsyncFree(ac); /* not connected: no disconnect callback */
		r->st.disconnects++;
		schedule_retry(r);
	}
}

static void on_retry(uv_timer_t *t)
{
	connect_now(t->data);
}

static void schedule_retry(struct es_redis *r)
{
	if (r->closing)
		return;
	/* Full jitter over the current step; the step doubles up to the cap. */
	uint64_t step = r->backoff_ms;
	uint64_t delay = step / 2 + (uint64_t)rand_r(&r->seed) % (step / 2 + 1);
	r->backoff_ms = step * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : step * 2;
	uv_timer_start(&r->retry, on_retry, delay, 0);
}

/* Put a list in front of the waiting commands, in its order. */
static void prepend_wait(struct es_redis *r, struct cmd *head, struct cmd *tail)
{
	if (!head)
		return;
	tail->next = r->wait_head;
	if (!r->wait_head)
		r->wait_tail = tail;
	r->wait_head = head;
}

/* The refused-for-now and the unanswered commands go back in front, in that order. */
static void requeue_sent(struct es_redis *r)
{
	prepend_wait(r, r->sent_head, r->sent_tail);
	prepend_wait(r, r->retry_head, r->retry_tail);
	r->sent_head = r->sent_tail = NULL;
	r->retry_head = r->retry_tail = NULL;
	r->sent_n = 0;
	r->dropping = 0;
}

static void on_disconnect(const redisAsyncContext *ac, int status)
{
	struct es_redis *r = ac->data;
	r->ac = NULL;
	r->connected = 0;
	r->authed = 0;
	r->st.disconnects++;
	requeue_sent(r);
	if (!r->closing) {
		es_log_rl(&rl_conn, LOG_WARNING, "redis: connection lost%s%s; %zu writes waiting",
		          status == REDIS_OK ? "" : ": ", status == REDIS_OK ? "" : ac->errstr,
		          r->st.queue_len);
		schedule_retry(r);
		/* Sources paused because Redis was slow may go on: the outage goes to disk. */
		if (r->drain_fn && r->spool && !r->over_head)
			r->drain_fn(r->drain_ctx);
	}
}

/* Connected and authenticated: the backoff resets and the queue flows. */
static void ready(struct es_redis *r)
{
	r->authed = 1;
	r->backoff_ms = BACKOFF_MIN_MS;
	if (r->spool && es_spool_unread(r->spool) > 0)
		es_log(LOG_INFO, "redis: connected; writing %zu queued commands, then %llu spooled",
		       r->st.queue_len, (unsigned long long)es_spool_unread(r->spool));
	else
		es_log(LOG_INFO, "redis: connected; writing %zu queued commands", r->st.queue_len);
	refill(r);
	pump(r);
}

static void on_auth(redisAsyncContext *ac, void *reply_, void *privdata)
{
	struct es_redis *r = privdata;
	redisReply *reply = reply_;
	if (!reply)
		return; /* disconnected meanwhile */
	if (reply->type == REDIS_REPLY_ERROR) {
		/* Keep the queue; the backoff grows until the password is right. */
		es_log_rl(&rl_conn, LOG_ERR, "redis: AUTH refused: %s; retrying", reply->str);
		redisAsyncDisconnect(ac);
		return;
	}
	ready(r);
}

static void on_connect(const redisAsyncContext *ac, int status)
{
	struct es_redis *r = ac->data;
	if (status != REDIS_OK) {
		/* hiredis frees a context whose connect failed. */
		es_log_rl(&rl_conn, LOG_WARNING, "redis: cannot connect: %s; retrying", ac->errstr);
		uv_timer_stop(&r->connect_timeout);
		r->ac = NULL;
		r->st.disconnects++;
		schedule_retry(r);
		return;
	}
	uv_timer_stop(&r->connect_timeout);
	r->connected = 1;
	r->authed = 0;
	r->st.connects++;
	if (r->cfg->redis_password) {
		/* AUTH alone first; the queue flows only once it is accepted. */
		const char *argv[] = {"AUTH", r->cfg->redis_password};
		size_t len[] = {4, strlen(r->cfg->redis_password)};
		redisAsyncCommandArgv(r->ac, on_auth, r, 2, argv, len);
		return;
	}
	ready(r);
}

static void connect_now(struct es_redis *r)
{
	if (r->closing || r->ac)
		return;
	redisAsyncContext *ac = r->cfg->redis_unix ? redisAsyncConnectUnix(r->cfg->redis_unix)
	                                           : redisAsyncConnect(r->cfg->redis_host,
	                                                               r->cfg->redis_port);
	if (!ac || ac->err) {
		es_log_rl(&rl_conn, LOG_WARNING, "redis: cannot connect: %s; retrying",
		          ac ? ac->errstr : "out of memory");
		if (ac)
			redisAsyncFree(ac);
		r->st.disconnects++;
		schedule_retry(r);
		return;
	}
	ac->data = r;
	if (uv_attach(ac, r->loop) != REDIS_OK) {
		redisAsyncFree(ac);
		schedule_retry(r);
		return;
	}
	redisAsyncSetConnectCallback(ac, on_connect);
	redisAsyncSetDisconnectCallback(ac, on_disconnect);
	r->ac = ac;
	uv_timer_start(&r->connect_timeout, on_connect_timeout, CONNECT_TIMEOUT_MS, 0);
}

int es_redis_new(uv_loop_t *loop, const struct es_config *cfg, struct es_redis **out)
{
	struct es_redis *r = calloc(1, sizeof *r);
	if (!r)
		return -ENOMEM;
	r->brand_minute = calloc(cfg->n_brands ? cfg->n_brands : 1, sizeof *r->brand_minute);
	if (!r->brand_minute) {
		free(r);
		return -ENOMEM;
	}
	r->loop = loop;
	r->cfg = cfg;
	r->brands_cfg = cfg;
	r->backoff_ms = BACKOFF_MIN_MS;
	r->seed = (unsigned)time(NULL) ^ (unsigned)(uintptr_t)r;
	r->refill_high = cfg->queue_max / 4 < REFILL_MAX ? cfg->queue_max / 4 : REFILL_MAX;
	uv_timer_init(loop, &r->retry);
	uv_timer_init(loop, &r->connect_timeout);
	uv_timer_init(loop, &r->spool_tick);
	r->retry.data = r->connect_timeout.data = r->spool_tick.data = r;
	r->last_sync_ms = uv_now(loop);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	es_stats_minute_init(&r->minute, (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000);
	open_spool(r);
	connect_now(r);
	*out = r;
	return 0;
}

static void on_closed(uv_handle_t *h)
{
	struct es_redis *r = h->data;
	if (++r->closed_timers < 3)
		return;
	struct cmd *c;
	while ((c = pop(&r->over_head, &r->over_tail)) != NULL)
		free(c);
	while ((c = pop(&r->wait_head, &r->wait_tail)) != NULL)
		free(c);
	while ((c = pop(&r->sent_head, &r->sent_tail)) != NULL)
		free(c);
	while ((c = pop(&r->retry_head, &r->retry_tail)) != NULL)
		free(c);
	free(r->brand_minute);
	free(r);
}

void es_redis_free(struct es_redis *r)
{
	if (!r)
		return;
	r->closing = 1;
	if (r->ac) {
		redisAsyncContext *ac = r->ac;
		r->ac = NULL;
		redisAsyncFree(ac);
	}
	requeue_sent(r); /* in case hiredis did not call the disconnect callback */
	if (r->spool)
		close_spool(r);
	uv_timer_stop(&r->retry);
	uv_timer_stop(&r->connect_timeout);
	uv_timer_stop(&r->spool_tick);
	/* r is freed when the loop has closed the timers. */
	uv_close((uv_handle_t *)&r->retry, on_closed);
	uv_close((uv_handle_t *)&r->connect_timeout, on_closed);
	uv_close((uv_handle_t *)&r->spool_tick, on_closed);
}

int es_redis_idle(const struct es_redis *r)
{
	return r->wait_head == NULL && r->sent_head == NULL && r->retry_head == NULL &&
	       !spool_behind(r);
}

int es_redis_connected(const struct es_redis *r)
{
	return r->connected;
}

const struct es_redis_stats *es_redis_stats(const struct es_redis *r)
{
	return &r->st;
}

/* ======================================================================== */
/* The layout (docs/redis.md)                                               */

/* Arguments of one command under construction; numbers and keys in `num`. */
struct args {
	const char *v[ARGS_MAX];
	size_t l[ARGS_MAX];
	int n;
	char num[ARGS_MAX][192]; /* numbers and keys: prefix (63) + {brand} (65) + suffix fit */
	int nnum;
};

static void arg(struct args *a, const char *s, size_t len)
{
	if (a->n < ARGS_MAX) {
		a->v[a->n] = s;
		a->l[a->n++] = len;
	}
}

static void args(struct args *a, const char *s)
{
	arg(a, s, strlen(s));
}

static void argf(struct args *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void argf(struct args *a, const char *fmt, ...)
{
	if (a->nnum >= ARGS_MAX)
		return;
	char *buf = a->num[a->nnum++];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof a->num[0], fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof a->num[0])
		n = (int)sizeof a->num[0] - 1;
	arg(a, buf, (size_t)n);
}

static void key(struct args *a, const struct es_redis *r, const char *brand, const char *suffix)
{
	argf(a, "%s:{%s}:%s", r->cfg->prefix, brand, suffix);
}

static void send_args(struct es_redis *r, struct args *a)
{
	es_redis_cmd(r, a->n, a->v, a->l);
}

static void on_mention(void *ctx, const struct es_brand_state *b, const struct es_post *p,
                       const struct es_result *res, int tagged, uint64_t now_ms)
{
	struct es_redis *r = ctx;
	struct args a = {0};
	char terms[512];
	size_t tl = 0;
	terms[0] = '\0';
	for (size_t i = 0; i < res->n_terms && tl < sizeof terms - 64; i++) {
		const struct es_term *t = &res->terms[i];
		/* At most 40 bytes of a term, cut on a character boundary (never mid UTF-8). */
		size_t len = t->len;
		if (len > 40) {
			len = 40;
			while (len > 0 && ((unsigned char)t->ptr[len] & 0xC0) == 0x80)
				len--;
		}
		int n = snprintf(terms + tl, sizeof terms - tl, "%s%.*s:%+.2f", tl ? " " : "", (int)len,
		                 t->ptr, t->adjusted);
		if (n > 0 && (size_t)n < sizeof terms - tl)
			tl += (size_t)n;
	}
	args(&a, "XADD");
	key(&a, r, b->cfg->name, "mentions");
	args(&a, "MAXLEN");
	args(&a, "~");
	argf(&a, "%zu", r->cfg->mentions_maxlen);
	args(&a, "*");
	args(&a, "id");
	arg(&a, p->id.ptr, p->id.len);
	args(&a, "source");
	arg(&a, p->source.ptr, p->source.len);
	args(&a, "url");
	arg(&a, p->url.ptr, p->url.len);
	args(&a, "author");
	arg(&a, p->author.ptr, p->author.len);
	args(&a, "lang");
	args(&a, res->lang);
	args(&a, "text");
	arg(&a, p->text.ptr, p->text.len);
	args(&a, "score");
	argf(&a, "%.4f", res->compound);
	args(&a, "label");
	args(&a, es_label_name(res->label));
	args(&a, "tagged");
	args(&a, tagged ? "1" : "0");
	args(&a, "terms");
	arg(&a, terms, tl);
	send_args(r, &a);

	if (p->author.len) {
		/* Unique authors: one HyperLogLog per brand and minute, kept 25 hours. */
		uint64_t minute = now_ms / MIN_MS;
		char suffix[48];
		snprintf(suffix, sizeof suffix, "authors:%llu", (unsigned long long)minute);
		struct args h = {0};
		args(&h, "PFADD");
		key(&h, r, b->cfg->name, suffix);
		arg(&h, p->author.ptr, p->author.len);
		send_args(r, &h);
		const struct es_config *bc = r->brands_cfg;
		size_t bi = (size_t)(b->cfg - bc->brands);
		if (b->cfg >= bc->brands && bi < bc->n_brands && r->brand_minute[bi] != minute) {
			r->brand_minute[bi] = minute;
			struct args e = {0};
			args(&e, "EXPIRE");
			key(&e, r, b->cfg->name, suffix);
			args(&e, "90000");
			send_args(r, &e);
		}
	}
}

static void counts_fields(struct args *a, const struct es_counts *c, const char *sfx)
{
	argf(a, "n%s", sfx);
	argf(a, "%u", c->n);
	argf(a, "mean%s", sfx);
	argf(a, "%.4f", es_counts_mean(c));
	argf(a, "neg_share%s", sfx);
	argf(a, "%.4f", es_counts_neg_share(c));
	argf(a, "pos%s", sfx);
	argf(a, "%u", c->pos);
	argf(a, "neu%s", sfx);
	argf(a, "%u", c->neu);
	argf(a, "neg%s", sfx);
	argf(a, "%u", c->neg);
	argf(a, "unscored%s", sfx);
	argf(a, "%u", c->unscored);
	argf(a, "tagged%s", sfx);
	argf(a, "%u", c->tagged);
	argf(a, "untagged%s", sfx);
	argf(a, "%u", c->untagged);
}

static void on_bucket(void *ctx, const struct es_brand_state *b, enum es_bucket_res res,
                      uint64_t start_ms, const struct es_counts *c)
{
	struct es_redis *r = ctx;
	uint64_t keep = res == ES_BUCKET_MINUTE ? r->cfg->retention_minute_ms : r->cfg->retention_hour_ms;
	struct args a = {0};
	args(&a, "XADD");
	key(&a, r, b->cfg->name, res == ES_BUCKET_MINUTE ? "w:1m" : "w:1h");
	args(&a, "MINID");
	args(&a, "~");
	argf(&a, "%llu", (unsigned long long)(start_ms > keep ? start_ms - keep : 0));
	argf(&a, "%llu-0", (unsigned long long)start_ms);
	counts_fields(&a, c, "");
	send_args(r, &a);
}

static void on_now(void *ctx, const struct es_brand_state *b, uint64_t now_ms)
{
	struct es_redis *r = ctx;
	struct args a = {0};
	args(&a, "HSET");
	key(&a, r, b->cfg->name, "now");
	for (int w = 0; w < ES_WIN_COUNT; w++) {
		char sfx[8];
		snprintf(sfx, sizeof sfx, "_%s", es_window_name((enum es_window)w));
		counts_fields(&a, es_agg_window(b->agg, (enum es_window)w), sfx);
	}
	char firing[96];
	size_t fl = 0;
	firing[0] = '\0';
	for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++)
		if (b->det[t].firing) {
			int n = snprintf(firing + fl, sizeof firing - fl, "%s%s", fl ? " " : "",
			                 es_alert_type_name((enum es_alert_type)t));
			if (n > 0 && (size_t)n < sizeof firing - fl)
				fl += (size_t)n;
		}
	args(&a, "alerts_firing");
	arg(&a, firing, fl);
	args(&a, "updated_ms");
	argf(&a, "%llu", (unsigned long long)now_ms);
	send_args(r, &a);

	/* The top negative terms, replaced atomically. */
	struct es_topk_item top[ES_TERMS_TOP];
	size_t nt = es_topk_top(b->neg_terms, top, ES_TERMS_TOP);
	if (nt == 0)
		return;
	/* Replaced at once: built in a scratch key, then renamed over the old set
	 * (each step is safe to repeat after a reconnect). */
	struct args d = {0};
	args(&d, "DEL");
	key(&d, r, b->cfg->name, "terms:neg:new");
	send_args(r, &d);
	struct args z = {0};
	args(&z, "ZADD");
	key(&z, r, b->cfg->name, "terms:neg:new");
	for (size_t i = 0; i < nt; i++) {
		argf(&z, "%.3f", top[i].count);
		args(&z, top[i].term);
	}
	send_args(r, &z);
	struct args m = {0};
	args(&m, "RENAME");
	key(&m, r, b->cfg->name, "terms:neg:new");
	key(&m, r, b->cfg->name, "terms:neg");
	send_args(r, &m);
}

static void on_alert(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
                     const struct es_topk_item *terms, size_t n_terms)
{
	struct es_redis *r = ctx;
	char tbuf[512], sbuf[512];
	size_t tl = 0, sl = 0;
	tbuf[0] = sbuf[0] = '\0';
	for (size_t i = 0; i < n_terms; i++) {
		int n = snprintf(tbuf + tl, sizeof tbuf - tl, "%s%s", i ? " " : "", terms[i].term);
		if (n > 0 && (size_t)n < sizeof tbuf - tl)
			tl += (size_t)n;
	}
	for (size_t i = 0; i < b->n_samples; i++) {
		int n = snprintf(sbuf + sl, sizeof sbuf - sl, "%s%s", i ? " " : "", b->samples[i]);
		if (n > 0 && (size_t)n < sizeof sbuf - sl)
			sl += (size_t)n;
	}
	const char *state = al->state == ES_ALERT_FIRING ? "firing" : "resolved";
	es_log(al->state == ES_ALERT_FIRING ? LOG_WARNING : LOG_NOTICE,
	       "alert %s type=%s brand=\"%s\" window=%s value=%.3f baseline=%.3f threshold=%.3f n=%u "
	       "terms=\"%s\"",
	       state, es_alert_type_name(al->type), b->cfg->name, es_window_name(al->window),
	       al->value, al->baseline,
	       al->threshold, al->n, tbuf);

	struct args a = {0};
	args(&a, "XADD");
	argf(&a, "%s:alerts", r->cfg->prefix);
	args(&a, "MAXLEN");
	args(&a, "~");
	args(&a, "100000");
	args(&a, "*");
	args(&a, "type");
	args(&a, es_alert_type_name(al->type));
	args(&a, "brand");
	args(&a, b->cfg->name);
	args(&a, "window");
	args(&a, es_window_name(al->window));
	args(&a, "state");
	args(&a, state);
	args(&a, "value");
	argf(&a, "%.4f", al->value);
	args(&a, "baseline");
	argf(&a, "%.4f", al->baseline);
	args(&a, "threshold");
	argf(&a, "%.4f", al->threshold);
	args(&a, "n");
	argf(&a, "%u", al->n);
	args(&a, "terms");
	arg(&a, tbuf, tl);
	args(&a, "samples");
	arg(&a, sbuf, sl);
	args(&a, "at_ms");
	argf(&a, "%llu", (unsigned long long)al->at_ms);
	send_args(r, &a);

	/* The same event as JSON on the pub/sub channel. */
	yajl_gen g = yajl_gen_alloc(NULL);
	if (!g)
		return;
#define GS(s) yajl_gen_string(g, (const unsigned char *)(s), strlen(s))
	yajl_gen_map_open(g);
	GS("type");
	GS(es_alert_type_name(al->type));
	GS("brand");
	GS(b->cfg->name);
	GS("window");
	GS(es_window_name(al->window));
	GS("state");
	GS(state);
	GS("value");
	yajl_gen_double(g, al->value);
	GS("baseline");
	yajl_gen_double(g, al->baseline);
	GS("threshold");
	yajl_gen_double(g, al->threshold);
	GS("n");
	yajl_gen_integer(g, al->n);
	GS("terms");
	yajl_gen_array_open(g);
	for (size_t i = 0; i < n_terms; i++)
		GS(terms[i].term);
	yajl_gen_array_close(g);
	GS("samples");
	yajl_gen_array_open(g);
	for (size_t i = 0; i < b->n_samples; i++)
		GS(b->samples[i]);
	yajl_gen_array_close(g);
	GS("at_ms");
	yajl_gen_integer(g, (long long)al->at_ms);
	yajl_gen_map_close(g);
#undef GS
	const unsigned char *json;
	size_t jl;
	if (yajl_gen_get_buf(g, &json, &jl) == yajl_gen_status_ok) {
		struct args p = {0};
		args(&p, "PUBLISH");
		argf(&p, "%s:alerts", r->cfg->prefix);
		arg(&p, (const char *)json, jl);
		send_args(r, &p);
	}
	yajl_gen_free(g);
}

static int has_brand(const struct es_config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->n_brands; i++)
		if (strcmp(cfg->brands[i].name, name) == 0)
			return 1;
	return 0;
}

/*
 * Replace the set P:WHAT whole with names[0..n): built in a scratch key,
 * then renamed over it, so a reader never sees it empty and members dropped
 * while the daemon was stopped go too. The scratch key starts with the
 * prefix (an ACL that allows the daemon `~P:*` allows it) and its hash tag
 * is the set's own name ("P:brands:{P:brands}" hashes like "P:brands"), which
 * keeps the RENAME within one slot on a Redis Cluster. Returns 0, or -ENOMEM
 * with nothing sent.
 */
static int replace_set(struct es_redis *r, const char *what, const char *const *names, size_t n)
{
	const char **argv = calloc(n + 2, sizeof *argv);
	size_t *len = calloc(n + 2, sizeof *len);
	if (!argv || !len) {
		free(argv);
		free(len);
		return -ENOMEM;
	}
	char key[96], scratch[2 * sizeof key + 3];
	snprintf(key, sizeof key, "%s:%s", r->cfg->prefix, what);
	snprintf(scratch, sizeof scratch, "%s:{%s}", key, key);
	const char *del[] = {"DEL", scratch};
	size_t dl[] = {3, strlen(scratch)};
	es_redis_cmd(r, 2, del, dl);
	argv[0] = "SADD";
	len[0] = 4;
	argv[1] = scratch;
	len[1] = strlen(scratch);
	for (size_t i = 0; i < n; i++) {
		argv[i + 2] = names[i];
		len[i + 2] = strlen(names[i]);
	}
	if (n > 0)
		es_redis_cmd(r, (int)n + 2, argv, len);
	const char *mv[] = {n > 0 ? "RENAME" : "DEL", n > 0 ? scratch : key, key};
	size_t ml[] = {strlen(mv[0]), strlen(mv[1]), strlen(key)};
	es_redis_cmd(r, n > 0 ? 3 : 2, mv, ml);
	free(argv);
	free(len);
	return 0;
}

/*
 * P:brands, the set of configured brand names (Grafana's brand variable:
 * SMEMBERS). The first time it is replaced whole (replace_set). At a reload
 * the new brands are added (SADD) and the removed ones taken out (SREM).
 * Returns 0, or -ENOMEM with nothing sent.
 */
static int publish_brands(struct es_redis *r, const struct es_config *old,
                          const struct es_config *cfg)
{
	size_t room = cfg->n_brands + (old ? old->n_brands : 0) + 2;
	const char **argv = calloc(room, sizeof *argv);
	size_t *len = calloc(room, sizeof *len);
	if (!argv || !len) {
		free(argv);
		free(len);
		return -ENOMEM;
	}
	int rc = 0;
	if (!old) {
		for (size_t i = 0; i < cfg->n_brands; i++)
			argv[i] = cfg->brands[i].name;
		rc = replace_set(r, "brands", argv, cfg->n_brands);
		goto out;
	}
	char key[96];
	snprintf(key, sizeof key, "%s:brands", r->cfg->prefix);
	int n = 0;
	argv[n] = "SADD";
	len[n++] = 4;
	argv[n] = key;
	len[n++] = strlen(key);
	for (size_t i = 0; i < cfg->n_brands; i++) {
		argv[n] = cfg->brands[i].name;
		len[n++] = strlen(cfg->brands[i].name);
	}
	if (n > 2)
		es_redis_cmd(r, n, argv, len);
	n = 0;
	argv[n] = "SREM";
	len[n++] = 4;
	argv[n] = key;
	len[n++] = strlen(key);
	for (size_t i = 0; i < old->n_brands; i++)
		if (!has_brand(cfg, old->brands[i].name)) {
			argv[n] = old->brands[i].name;
			len[n++] = strlen(old->brands[i].name);
		}
	if (n > 2)
		es_redis_cmd(r, n, argv, len);
out:
	free(argv);
	free(len);
	return rc;
}

int es_redis_set_sources(struct es_redis *r, const char *const *names, size_t n)
{
	return replace_set(r, "sources", names, n);
}

void es_redis_write_source(struct es_redis *r, const struct es_redis_source_line *s,
                           uint64_t now_ms, uint64_t ttl_ms)
{
	struct args a = {0};
	args(&a, "HSET");
	argf(&a, "%s:source:%s", r->cfg->prefix, s->name);
	args(&a, "type");
	args(&a, s->type);
	args(&a, "state");
	args(&a, s->state);
	const char *const names[] = {"stopped",   "silent",      "posts",      "last_post_ms",
	                             "connects",  "disconnects", "malformed",  "oversized",
	                             "no_text",   "duplicates",  "backfilled", "updated_ms"};
	const uint64_t values[] = {(uint64_t)s->stopped, (uint64_t)s->silent, s->posts,
	                           s->last_post_ms, s->connects, s->disconnects, s->malformed,
	                           s->oversized, s->no_text, s->duplicates, s->backfilled, now_ms};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		args(&a, names[i]);
		argf(&a, "%llu", (unsigned long long)values[i]);
	}
	send_args(r, &a);
	/* A source that is no longer configured, or a daemon that stopped, leaves no state behind
	 * for long: the line lives ttl_ms past its last write. */
	memset(&a, 0, sizeof a);
	args(&a, "PEXPIRE");
	argf(&a, "%s:source:%s", r->cfg->prefix, s->name);
	argf(&a, "%llu", (unsigned long long)ttl_ms);
	send_args(r, &a);
}

int es_redis_set_brands(struct es_redis *r, const struct es_config *cfg)
{
	uint64_t *m = calloc(cfg->n_brands ? cfg->n_brands : 1, sizeof *m);
	if (!m || publish_brands(r, r->brands_published ? r->brands_cfg : NULL, cfg) < 0) {
		free(m);
		return -ENOMEM;
	}
	r->brands_published = 1;
	free(r->brand_minute);
	r->brand_minute = m;
	r->brands_cfg = cfg;
	return 0;
}

void es_redis_pipeline_sink(struct es_redis *r, struct es_pipeline_sink *sink)
{
	sink->ctx = r;
	sink->mention = on_mention;
	sink->bucket = on_bucket;
	sink->now = on_now;
	sink->alert = on_alert;
}

void es_redis_write_stats(struct es_redis *r, const char *const *names, const uint64_t *values,
                          size_t n, uint64_t now_ms)
{
	struct args a = {0};
	args(&a, "HSET");
	argf(&a, "%s:stats", r->cfg->prefix);
	for (size_t i = 0; i < n && a.n + 2 < ARGS_MAX; i++) {
		args(&a, names[i]);
		argf(&a, "%llu", (unsigned long long)values[i]);
	}
	spool_stats(r);
	const char *const own[] = {"spool_bytes", "spooled", "unspooled", "spool_corrupt"};
	const uint64_t ownv[] = {r->st.spool_bytes, r->st.spooled, r->st.unspooled,
	                         r->st.spool_corrupt};
	for (size_t i = 0; i < 4 && a.n + 2 < ARGS_MAX; i++) {
		args(&a, own[i]);
		argf(&a, "%llu", (unsigned long long)ownv[i]);
	}
	args(&a, "updated_ms");
	argf(&a, "%llu", (unsigned long long)now_ms);
	send_args(r, &a);

	/* The same counters, per minute (stats.h), once a minute has closed. */
	const char *all[ES_STATS_FIELDS_MAX];
	uint64_t allv[ES_STATS_FIELDS_MAX];
	size_t na = 0;
	for (size_t i = 0; i < n && na < ES_STATS_FIELDS_MAX; i++, na++) {
		all[na] = names[i];
		allv[na] = values[i];
	}
	for (size_t i = 0; i < 4 && na < ES_STATS_FIELDS_MAX; i++, na++) {
		all[na] = own[i];
		allv[na] = ownv[i];
	}
	struct es_stats_row row;
	if (!es_stats_minute_sample(&r->minute, all, allv, na, now_ms, &row))
		return;
	uint64_t keep = r->cfg->retention_minute_ms;
	struct args x = {0};
	args(&x, "XADD");
	argf(&x, "%s:stats:1m", r->cfg->prefix);
	args(&x, "MINID");
	args(&x, "~");
	argf(&x, "%llu", (unsigned long long)(row.start_ms > keep ? row.start_ms - keep : 0));
	argf(&x, "%llu-0", (unsigned long long)row.start_ms);
	for (size_t i = 0; i < row.n && x.n + 2 < ARGS_MAX - 8; i++) {
		args(&x, row.names[i]);
		argf(&x, "%llu", (unsigned long long)row.values[i]);
	}
	args(&x, "redis_rtt_max_ms");
	argf(&x, "%.3f", (double)row.rtt_max_us / 1000.0);
	args(&x, "redis_rtt_mean_ms");
	argf(&x, "%.3f", (double)row.rtt_mean_us / 1000.0);
	args(&x, "redis_replies");
	argf(&x, "%llu", (unsigned long long)row.rtt_n);
	args(&x, "span_ms");
	argf(&x, "%llu", (unsigned long long)row.span_ms);
	send_args(r, &x);
}
