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
 * written in its original order. The queue is bounded by queue_max bytes;
 * past that the oldest commands are dropped and counted (the daemon pauses
 * its sources long before, see es_redis_on_drain). A disk spool in
 * state_dir is the next step: docs/ARCHITECTURE.md.
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
	size_t queue_bytes;   /* bytes waiting (queued + unanswered) */
	size_t queue_len;
};

struct es_redis;

/* A writer for cfg's [redis] section (borrowed); it connects right away. */
int es_redis_new(uv_loop_t *loop, const struct es_config *cfg, struct es_redis **out);

/* Close the connection and free everything, written or not. NULL is a no-op. */
void es_redis_free(struct es_redis *r);

/*
 * Queue one command (copied). Returns 0, or -ENOMEM. When the queue is over
 * its bound the oldest waiting command is dropped (counted in `dropped`).
 */
int es_redis_cmd(struct es_redis *r, int argc, const char *const *argv, const size_t *argvlen);

/*
 * Call fn(ctx) once each time the backlog (queued + unanswered bytes) falls
 * to `low` bytes or below: sources paused for back-pressure resume from it.
 */
void es_redis_on_drain(struct es_redis *r, size_t low, void (*fn)(void *ctx), void *ctx);

/* Nothing waiting or unanswered. */
int es_redis_idle(const struct es_redis *r);
int es_redis_connected(const struct es_redis *r);
const struct es_redis_stats *es_redis_stats(const struct es_redis *r);

/* After a reload: the brands now come from cfg (the connection settings stay). */
int es_redis_set_brands(struct es_redis *r, const struct es_config *cfg);

/* The pipeline sink writing the layout of docs/redis.md through r. */
void es_redis_pipeline_sink(struct es_redis *r, struct es_pipeline_sink *sink);

/* Write the daemon's health counters (HSET P:stats …) from name/value pairs. */
void es_redis_write_stats(struct es_redis *r, const char *const *names, const uint64_t *values,
                          size_t n, uint64_t now_ms);

#endif
