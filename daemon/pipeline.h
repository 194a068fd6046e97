/*
 * pipeline.h — what earshotd does with each post, without any I/O: the
 * language (given or guessed), the brand queries, the sentiment (with each
 * brand's overrides), the windows and the alert detectors; results go to a
 * sink through callbacks. The clock is passed in, so tests drive time and
 * replay recorded streams deterministically.
 *
 * The event loop calls es_pipeline_post() for every parsed post and
 * es_pipeline_tick() on its flush timer; the Redis sink implements the
 * callbacks.
 */
#ifndef EARSHOT_DAEMON_PIPELINE_H
#define EARSHOT_DAEMON_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "earshot/earshot.h"
#include "earshot/detect.h"
#include "earshot/post.h"
#include "earshot/topk.h"
#include "earshot/window.h"
#include "earshot/winstate.h"

#define ES_SAMPLES_MAX 5  /* recent negative mention ids carried by an alert */
#define ES_TERMS_TOP   10 /* top negative terms carried by an alert */

/* One brand's live state, as the sink may read it. */
struct es_brand_state {
	const struct es_cfg_brand *cfg;
	struct es_agg *agg;
	struct es_detector_state det[ES_ALERT_TYPE_COUNT];
	struct es_topk *neg_terms;
	char samples[ES_SAMPLES_MAX][80]; /* ids of the latest negative mentions, newest last */
	size_t n_samples;
};

struct es_pipeline_sink {
	void *ctx;
	/* A matched, scored post. */
	void (*mention)(void *ctx, const struct es_brand_state *b, const struct es_post *post,
	                const struct es_result *r, int tagged, uint64_t now_ms);
	/* A closed minute or hour bucket (oldest first, empty ones too). */
	void (*bucket)(void *ctx, const struct es_brand_state *b, enum es_bucket_res res,
	               uint64_t start_ms, const struct es_counts *c);
	/* The brand's rolling windows, once per tick. */
	void (*now)(void *ctx, const struct es_brand_state *b, uint64_t now_ms);
	/* An alert fired or resolved. */
	void (*alert)(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
	              const struct es_topk_item *terms, size_t n_terms);
};

struct es_pipeline_stats {
	uint64_t posts;          /* handed to es_pipeline_post */
	uint64_t matched;        /* posts that matched at least one brand */
	uint64_t mentions;       /* (post, brand) pairs */
	uint64_t lang_guessed;   /* posts without a language tag */
	uint64_t lang_und;       /* … whose language stayed unknown */
	uint64_t unscored;       /* mentions without a score (language without a lexicon) */
	uint64_t filtered_lang;  /* mentions dropped by a brand's `languages` */
	uint64_t alerts;         /* alert events (firing + resolved) */
	uint64_t routed;         /* mentions a platform matched server-side that the local
	                            matcher did not (X rule tags) */
};

struct es_pipeline;

/*
 * A pipeline for a configuration (borrowed: it must outlive the pipeline),
 * over a lexicon set and a language model (borrowed; langid may be NULL).
 * Returns 0, -ENOMEM, or -EINVAL (a brand query the matcher refused).
 */
int es_pipeline_new(const struct es_config *cfg, const struct es_lexset *lex,
                    const struct es_langid *langid, uint64_t now_ms,
                    const struct es_pipeline_sink *sink, struct es_pipeline **out);
void es_pipeline_free(struct es_pipeline *pl);

/*
 * After a reload: take over the live state of `old` — windows, buckets,
 * detector states (firing alerts, cooldowns, baselines), top negative terms,
 * recent negative ids — for every brand whose name both have, and the
 * counters. New brands start empty; brands gone with `old` go with it. `old`
 * keeps only state that nobody took and is freed by the caller as usual.
 */
void es_pipeline_adopt(struct es_pipeline *pl, struct es_pipeline *old);

/* One post at time now_ms (non-decreasing; an earlier time is held at the last). */
void es_pipeline_post(struct es_pipeline *pl, const struct es_post *post, uint64_t now_ms);

/* Advance the clock: closed buckets, detectors, and the `now` callback for every brand. */
void es_pipeline_tick(struct es_pipeline *pl, uint64_t now_ms);

/*
 * Keep the brands' state across a restart (winstate.h). save_state writes
 * every brand's windows, detector states, top negative terms and samples,
 * with the pipeline's clock, to path durably (0 or a negative errno).
 *
 * restore takes the state of every brand that ws has and the configuration
 * still names, and calls dropped (may be NULL) once for each brand of ws the
 * configuration no longer has. Then the restored brands' clocks roll forward
 * to now_ms: the bucket that was open when the state was saved (the minute,
 * and the hour) is closed now if its time is over — handed to the sink once,
 * with the counts of both runs — or stays open if it is still current;
 * buckets that began and ended while the daemon was down are dropped, not
 * written as empty (nothing was listening: an empty entry would claim a
 * silence nobody observed). Call it right after es_pipeline_new, before any
 * post. Returns the number of brands restored; -ENOMEM; or -ERANGE
 * (nothing taken) when ws was written more than ES_RESTORE_SKEW_MS after
 * now_ms: a clock that far ahead would hold the windows still until the wall
 * clock caught up. ws is only read; the caller frees it.
 */
#define ES_RESTORE_SKEW_MS 60000

/* Returns the number of brands left out (a slot over ES_SLOT_N_MAX
 * mentions: the file could not be read back), or a negative errno. */
int es_pipeline_save_state(const struct es_pipeline *pl, const char *path);
int es_pipeline_restore(struct es_pipeline *pl, const struct es_winstate *ws, uint64_t now_ms,
                        void (*dropped)(void *ctx, const char *brand), void *ctx);

const struct es_pipeline_stats *es_pipeline_stats(const struct es_pipeline *pl);
size_t es_pipeline_brands(const struct es_pipeline *pl, const struct es_brand_state **out);

#endif
