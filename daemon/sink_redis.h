/*
 * sink_redis.h — earshotd's Redis writer: an ordered, bounded command queue
 * over one hiredis async connection driven by the libuv loop, and the
 * pipeline sink that turns mentions, buckets, windows and alerts into the
 * commands of docs/redis.md.
 *
 * Every command is kept until Redis has answered it. When the connection
 * drops, the unanswered commands go back to the front of the queue, the
 * failed context is freed (never reused), and a new connection is made after
 * a jittered exponential backoff (100 ms doubling to 30 s); the queue is then
 * written in its original order.
 *
 * Memory holds queue_max bytes of commands. Past that, new commands go to
 * the disk spool in <state_dir>/spool (spool.h, bounded by spool_max), and
 * once anything is spooled every new command goes there too, so order
 * holds. While Redis takes writes, memory is refilled from the spool in
 * order (kept under min(queue_max/4, 2 MiB)) until the spool is read out.
 * A spool left by a previous run is written before anything new; at a clean
 * shutdown (es_redis_free) the unwritten commands in memory are put in front
 * of the spool for the next start. Spooled commands are forgotten on disk
 * only once Redis has answered them, so a crash replays (at least once)
 * rather than loses them. Only when the spool is full or failing, or
 * unavailable (state_dir unset or unwritable: logged once), are commands
 * dropped past queue_max: the oldest of those held in memory and not on
 * disk, counted in `dropped`.
 */
#ifndef EARSHOT_DAEMON_SINK_REDIS_H
#define EARSHOT_DAEMON_SINK_REDIS_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "config.h"
#include "pipeline.h"

struct es_redis_stats {
	uint64_t queued;      /* commands accepted */
	uint64_t written;     /* commands answered OK */
	uint64_t replayed;    /* bucket writes Redis already had (idempotent replay) */
	uint64_t errors;      /* commands answered with an error (logged, not retried) */
	uint64_t dropped;     /* commands dropped because the queue was full */
	uint64_t connects;    /* successful connections */
	uint64_t disconnects; /* lost connections and failed attempts */
	size_t queue_bytes;   /* bytes waiting in memory (queued + unanswered) */
	size_t queue_len;     /* commands in memory */
	uint64_t spool_bytes; /* on disk in the spool */
	uint64_t spooled;     /* commands written to the spool (this run) */
	uint64_t unspooled;   /* commands read back from the spool (this run) */
	uint64_t spool_corrupt; /* torn or corrupt spool records cut off, never replayed */
};

struct es_redis;

/* A writer for cfg's [redis] section (borrowed); it connects right away. */
int es_redis_new(uv_loop_t *loop, const struct es_config *cfg, struct es_redis **out);

/* Close the connection and free everything, written or not. NULL is a no-op. */
void es_redis_free(struct es_redis *r);

/*
 * Queue one command (copied): in memory, or in the spool past queue_max.
 * Returns 0, or -ENOMEM. Dropped (and counted) only when memory is full and
 * there is no room in the spool.
 */
int es_redis_cmd(struct es_redis *r, int argc, const char *const *argv, const size_t *argvlen);

/*
 * Call fn(ctx) once each time the memory backlog (queued + unanswered bytes)
 * falls to `low` bytes or below, and when the connection is lost while the
 * spool has room (the outage then goes to disk): sources paused for
 * back-pressure resume from it.
 */
void es_redis_on_drain(struct es_redis *r, size_t low, void (*fn)(void *ctx), void *ctx);

/*
 * 1 when sources should pause: more than `high` bytes in memory and either
 * Redis is connected (it is slower than us: spooling would only churn the
 * disk) or the spool cannot take more (full, failing, or unavailable). 0
 * otherwise — in particular while Redis is down and the spool has room.
 */
int es_redis_wants_pause(const struct es_redis *r, size_t high);

/* Nothing waiting or unanswered, in memory or in the spool. */
int es_redis_idle(const struct es_redis *r);
int es_redis_connected(const struct es_redis *r);
const struct es_redis_stats *es_redis_stats(const struct es_redis *r);

/* After a reload: the brands now come from cfg (the connection settings stay). */
int es_redis_set_brands(struct es_redis *r, const struct es_config *cfg);

/* At start: the set P:sources holds these source names (replaced whole). */
int es_redis_set_sources(struct es_redis *r, const char *const *names, size_t n);

/* One source's state line, P:source:NAME (docs/redis.md). */
struct es_redis_source_line {
	const char *name, *type, *state; /* state: "streaming", "reconnecting in 5.0s: …" */
	int stopped;                     /* gave up for good (bad credentials) */
	int silent;                      /* its silent_after alert is firing */
	uint64_t posts, last_post_ms, connects, disconnects, malformed, oversized, no_text,
	        duplicates, backfilled;
};

/* HSET the line (with updated_ms = now_ms) and let it expire ttl_ms after this write. */
void es_redis_write_source(struct es_redis *r, const struct es_redis_source_line *s,
                           uint64_t now_ms, uint64_t ttl_ms);

/* The pipeline sink writing the layout of docs/redis.md through r. */
void es_redis_pipeline_sink(struct es_redis *r, struct es_pipeline_sink *sink);

/*
 * Write the daemon's health counters (HSET P:stats …) from name/value pairs,
 * followed by the writer's own spool counters: spool_bytes, spooled,
 * unspooled, spool_corrupt.
 */
void es_redis_write_stats(struct es_redis *r, const char *const *names, const uint64_t *values,
                          size_t n, uint64_t now_ms);

#endif
