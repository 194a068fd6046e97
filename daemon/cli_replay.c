/*
 * cli_replay.c — `earshot replay -c CONFIG [FILE]`: run earshotd's pipeline
 * offline over a recorded NDJSON stream, with time driven by the posts' own
 * `created` times instead of the wall clock. A day of recorded posts replays
 * in seconds with exactly the windows and alerts the daemon would have
 * computed, without Redis: handy for trying queries and alert settings on
 * recorded data, and deterministic, so tests assert its output.
 *
 * FILE defaults to the path of the first file source in CONFIG (the source's
 * field map applies). Output, one line each: every alert as it fires or
 * resolves, then per brand the totals (mentions, pos/neu/neg/unscored,
 * tagged/untagged) and the alerts count. --mentions also prints each
 * mention. Posts without a time take the previous post's time; the clock
 * starts at the first post and stops one flush after the last.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "config.h"
#include "es_config.h"
#include "pipeline.h"

struct replay {
	struct es_pipeline *pl;
	const struct es_lexset *lex;
	const struct es_langid *langid;
	struct es_pipeline_sink sink;
	int failed;
	uint64_t now_ms, next_tick_ms, flush_ms;
	int print_mentions;
	uint64_t bad_lines;
	struct brand_total {
		uint64_t n, pos, neu, neg, unscored, tagged, untagged, alerts;
	} *tot;
	const struct es_config *cfg;
};

static size_t brand_index(const struct replay *rp, const struct es_brand_state *b)
{
	return (size_t)(b->cfg - rp->cfg->brands);
}

static void on_mention(void *ctx, const struct es_brand_state *b, const struct es_post *p,
                       const struct es_result *r, int tagged, uint64_t now_ms)
{
	struct replay *rp = ctx;
	struct brand_total *t = &rp->tot[brand_index(rp, b)];
	t->n++;
	t->pos += r->label == ES_LABEL_POS;
	t->neu += r->label == ES_LABEL_NEU;
	t->neg += r->label == ES_LABEL_NEG;
	t->unscored += r->label == ES_LABEL_UNSCORED;
	t->tagged += tagged != 0;
	t->untagged += tagged == 0;
	if (rp->print_mentions)
		printf("mention t=%llu brand=%s id=%.*s lang=%s label=%s score=%+.4f tagged=%d\n",
		       (unsigned long long)now_ms, b->cfg->name, (int)p->id.len, p->id.ptr, r->lang,
		       es_label_name(r->label), r->compound, tagged);
}

static void on_alert(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
                     const struct es_topk_item *terms, size_t n_terms)
{
	struct replay *rp = ctx;
	rp->tot[brand_index(rp, b)].alerts++;
	printf("alert t=%llu %s type=%s brand=%s window=%s value=%.4f baseline=%.4f threshold=%.4f "
	       "n=%u terms=",
	       (unsigned long long)al->at_ms, al->state == ES_ALERT_FIRING ? "firing" : "resolved",
	       es_alert_type_name(al->type), b->cfg->name, es_window_name(al->window), al->value,
	       al->baseline, al->threshold, al->n);
	for (size_t i = 0; i < n_terms && i < 5; i++)
		printf("%s%s", i ? "," : "", terms[i].term);
	printf("\n");
}

/* Advance the driven clock to t, ticking at the flush interval on the way. */
static void drive_to(struct replay *rp, uint64_t t)
{
	if (t <= rp->now_ms)
		return;
	if (rp->next_tick_ms == 0)
		rp->next_tick_ms = t + rp->flush_ms;
	while (rp->next_tick_ms <= t) {
		es_pipeline_tick(rp->pl, rp->next_tick_ms);
		rp->next_tick_ms += rp->flush_ms;
	}
	rp->now_ms = t;
}

static void on_post(void *ctx, const struct es_post *p)
{
	struct replay *rp = ctx;
	if (!rp->pl) {
		/* The driven clock starts at the first post: warm-ups count from there. */
		rp->now_ms = p->created_ms;
		if (rp->failed ||
		    es_pipeline_new(rp->cfg, rp->lex, rp->langid, rp->now_ms, &rp->sink, &rp->pl) < 0) {
			rp->failed = 1;
			return;
		}
	}
	drive_to(rp, p->created_ms ? p->created_ms : rp->now_ms);
	es_pipeline_post(rp->pl, p, rp->now_ms);
}

static void on_error(void *ctx, int err, const char *detail)
{
	struct replay *rp = ctx;
	rp->bad_lines++;
	(void)err;
	(void)detail;
}

int cli_replay(int argc, char **argv)
{
	const char *config = NULL, *file = NULL, *v;
	int mentions = 0;
	for (int i = 1; i < argc; i++) {
		if ((v = cli_opt_value(argc, argv, &i, "-c")) || (v = cli_opt_value(argc, argv, &i, "--config")))
			config = v;
		else if (strcmp(argv[i], "--mentions") == 0)
			mentions = 1;
		else if (argv[i][0] == '-') {
			fprintf(stderr, "earshot replay: unknown option %s\n", argv[i]);
			return 2;
		} else
			file = argv[i];
	}
	if (!config) {
		fprintf(stderr, "usage: earshot replay -c CONFIG [--mentions] [FILE]\n");
		return 2;
	}
	char err[512];
	struct es_config *cfg = NULL;
	if (es_config_load(config, &cfg, err, sizeof err) < 0) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	const struct es_cfg_source *src = NULL;
	for (size_t i = 0; i < cfg->n_sources && !src; i++)
		if (cfg->sources[i].type == ES_SRC_FILE)
			src = &cfg->sources[i];
	if (!file && !src) {
		fprintf(stderr, "earshot replay: no FILE given and no file source in %s\n", config);
		es_config_free(cfg);
		return 2;
	}
	struct cli_env env;
	if (cli_env_open(&env, cfg->lexicon_dir) < 0) {
		es_config_free(cfg);
		return 1;
	}
	struct replay rp;
	memset(&rp, 0, sizeof rp);
	rp.cfg = cfg;
	rp.flush_ms = cfg->flush_ms;
	rp.print_mentions = mentions;
	rp.tot = calloc(cfg->n_brands ? cfg->n_brands : 1, sizeof *rp.tot);
	rp.sink = (struct es_pipeline_sink){.ctx = &rp, .mention = on_mention, .alert = on_alert};
	rp.lex = env.lex;
	rp.langid = env.langid;
	struct es_ndjson *parser = NULL;
	struct es_fieldmap map;
	if (src)
		map = src->map;
	else
		es_fieldmap_default(&map);
	int rc = 1;
	FILE *f = NULL;
	if (!rp.tot || es_ndjson_new(&map, src ? src->name : "replay", src ? src->max_line : 0, on_post, on_error,
	                  &rp, &parser) < 0)
		goto out;
	const char *path = file ? file : src->path;
	f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "earshot replay: %s: %s\n", path, strerror(errno));
		goto out;
	}
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		es_ndjson_feed(parser, buf, n);
	es_ndjson_finish(parser);
	if (rp.failed) {
		fprintf(stderr, "earshot replay: cannot build the pipeline\n");
		goto out;
	}
	/* One last tick at the end of the recording (not beyond: silence after it is not data). */
	if (rp.pl)
		drive_to(&rp, rp.now_ms + rp.flush_ms);
	const struct es_ndjson_stats *ps = es_ndjson_stats(parser);
	printf("replayed %llu posts (%llu bad lines) from %s\n", (unsigned long long)ps->posts,
	       (unsigned long long)(ps->malformed + ps->oversized + ps->no_text), path);
	for (size_t i = 0; i < cfg->n_brands; i++) {
		const struct brand_total *t = &rp.tot[i];
		printf("brand %s: mentions=%llu pos=%llu neu=%llu neg=%llu unscored=%llu tagged=%llu "
		       "untagged=%llu alerts=%llu\n",
		       cfg->brands[i].name, (unsigned long long)t->n, (unsigned long long)t->pos,
		       (unsigned long long)t->neu, (unsigned long long)t->neg,
		       (unsigned long long)t->unscored, (unsigned long long)t->tagged,
		       (unsigned long long)t->untagged, (unsigned long long)t->alerts);
	}
	rc = 0;
out:
	if (f)
		fclose(f);
	es_ndjson_free(parser);
	es_pipeline_free(rp.pl);
	free(rp.tot);
	cli_env_close(&env);
	es_config_free(cfg);
	return rc;
}
