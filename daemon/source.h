/*
 * source.h — what earshotd asks of every source, whatever it reads: files,
 * stdin, a generic HTTP(S) NDJSON/SSE stream, X's filtered stream, Mastodon
 * streaming, Bluesky Jetstream.
 *
 * A source turns its payloads into posts (post.h) and hands each to
 * env->post. It reads only while not paused (back-pressure: the daemon
 * pauses it before the pipeline is overrun and resumes it when Redis has
 * drained), reconnects by its platform's rules, and reports its health in
 * es_source_stats: counters that the daemon writes to Redis, the time of its
 * last post (for the silent-source alert) and a one-line state for logs and
 * systemd's STATUS.
 */
#ifndef EARSHOT_DAEMON_SOURCE_H
#define EARSHOT_DAEMON_SOURCE_H

#include <stdint.h>
#include <uv.h>

#include "config.h"
#include "earshot/post.h"

struct es_dedupe;
struct es_http;
struct es_redis;

typedef void es_source_post_fn(void *ctx, const struct es_post *post);

struct es_source_stats {
	uint64_t bytes;        /* payload bytes read */
	uint64_t posts;        /* handed to the pipeline */
	uint64_t malformed;    /* messages that were not what the protocol says (skipped) */
	uint64_t oversized;    /* messages over the source's bound (skipped) */
	uint64_t no_text;      /* posts without text (skipped) */
	uint64_t skipped;      /* well-formed messages of kinds we do not use */
	uint64_t dupes;        /* posts seen before (reconnect overlap, other instances) */
	uint64_t backfilled;   /* posts recovered after a reconnect */
	uint64_t connects;     /* connections established */
	uint64_t disconnects;  /* connections lost or refused */
	uint64_t last_post_ms; /* wall time of the last post; 0: none yet */
	int stopped;           /* the source gave up for good (bad credentials): see state */
	char state[160];       /* "streaming", "reconnecting in 5.0s: HTTP 503", … */
};

struct es_source;

struct es_source_ops {
	void (*pause)(struct es_source *s);
	void (*resume)(struct es_source *s);
	void (*stats)(const struct es_source *s, struct es_source_stats *out);
	/* Stop and free; the loop must run afterwards to close the handles. */
	void (*free)(struct es_source *s);
	/* Optional: the brands changed (SIGHUP); cfg outlives the next reload. X syncs its rules. */
	void (*reload)(struct es_source *s, const struct es_config *cfg);
	/* Optional: save the resume point now (shutdown: before the last Redis flush). */
	void (*checkpoint)(struct es_source *s);
};

struct es_stream;

/* The first member of every source. */
struct es_source {
	const struct es_source_ops *ops;
	const struct es_cfg_source *cfg;
	struct es_stream *stream; /* network sources: their connection (stream.h); else NULL */
};

/* What sources get from the daemon (borrowed; outlives them). */
struct es_source_env {
	uv_loop_t *loop;
	struct es_http *http;       /* network sources */
	struct es_redis *redis;     /* cursors (P:cursor:<source>) */
	const struct es_config *cfg;
	/* Post ids seen recently, shared by every platform source: a status federated to two
	 * Mastodon instances, a backfilled post also streamed, a rewound cursor — one post. */
	struct es_dedupe *dedupe;
	es_source_post_fn *post;
	void *ctx;
	/*
	 * A source's saved resume point (P:cursor:<source>): get copies it into buf
	 * (0; -ENOENT none; -EIO Redis unreachable), set saves one (queued, in
	 * order with the source's writes).
	 */
	int (*cursor_get)(void *ctx, const char *source, char *buf, size_t cap);
	void (*cursor_set)(void *ctx, const char *source, const char *value);
};

/*
 * Open the source cfg describes. Returns 0, or a negative errno with a
 * one-line reason in err (a file that cannot be opened, a source this build
 * cannot run).
 */
int es_source_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                   struct es_source **out, char *err, size_t errlen);

static inline void es_source_pause(struct es_source *s) { s->ops->pause(s); }
static inline void es_source_resume(struct es_source *s) { s->ops->resume(s); }
static inline void es_source_stats(const struct es_source *s, struct es_source_stats *o)
{
	s->ops->stats(s, o);
}
static inline void es_source_reload(struct es_source *s, const struct es_config *cfg)
{
	if (s->ops->reload)
		s->ops->reload(s, cfg);
}
static inline void es_source_checkpoint(struct es_source *s)
{
	if (s->ops->checkpoint)
		s->ops->checkpoint(s);
}
static inline void es_source_free(struct es_source *s)
{
	if (s)
		s->ops->free(s);
}

/* ---- shared by the sources (source.c) ---------------------------------- */

/* Wall-clock time, Unix ms. */
uint64_t es_wall_ms(void);

/*
 * Read the source's saved resume point into buf (NUL-terminated) and log what
 * happened; `without` says what the source does when Redis cannot be read.
 * Returns 0 (found), -ENOENT (none saved), -EIO (Redis unreachable).
 */
int es_source_cursor_load(const struct es_source_env *env, const struct es_cfg_source *cfg,
                          char *buf, size_t cap, const char *without);

/* pause/resume of a network source: its stream stops and goes on reading. */
void es_source_stream_pause(struct es_source *s);
void es_source_stream_resume(struct es_source *s);

/* url without trailing '/' into out. */
void es_source_base_url(const char *url, char *out, size_t cap);

/* The generic HTTP(S) NDJSON / SSE stream (source_http.c). */
int es_source_http_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                        struct es_source **out, char *err, size_t errlen);
/* Bluesky Jetstream over WebSocket (source_jetstream.c). */
int es_source_jetstream_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                             struct es_source **out, char *err, size_t errlen);
/* Mastodon streaming over SSE, with timeline backfill (source_mastodon.c). */
int es_source_mastodon_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                            struct es_source **out, char *err, size_t errlen);
/* X API v2 filtered stream, rule sync and recent-search backfill (source_x.c). */
int es_source_x_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                     struct es_source **out, char *err, size_t errlen);

/* Room for any X rule: max_rule_length is at most 4,096 characters of up to 4 bytes. */
#define ES_X_RULE_BUF (4 * 4096 + 1)

/*
 * The X rule brand b gets on X source src, into buf[ES_X_RULE_BUF]: 0, or a
 * negative errno with *why when it gets none (X cannot express the query, or
 * it is longer than the source's max_rule_length characters).
 */
int es_source_x_rule(const struct es_cfg_source *src, const struct es_cfg_brand *b, char *buf,
                     const char **why);


#endif
