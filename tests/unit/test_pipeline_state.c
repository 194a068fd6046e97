/*
 * test_pipeline_state.c — the pipeline's state across a restart
 * (es_pipeline_save_state / es_pipeline_restore in daemon/pipeline.c) with a
 * recording sink and driven time: the minute open at the stop is written
 * once with the counts of both runs; minutes that passed while the daemon
 * was down are not written; a firing alert stays firing, then resolves;
 * brands no longer configured are dropped by name; a file from a clock far
 * ahead is refused. Lexicons: the fixtures in tests/data/lexicons.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "pipeline.h"

#define T0  (1795435200000ULL) /* 2026-11-23T12:00:00Z */
#define SEC 1000ULL
#define MIN 60000ULL

struct rec {
	int buckets_min, buckets_hour, fired, resolved;
	uint64_t bucket_start[64];
	uint32_t bucket_n[64];
	char dropped[256];
};

static void on_bucket(void *ctx, const struct es_brand_state *b, enum es_bucket_res res,
                      uint64_t start, const struct es_counts *c)
{
	struct rec *rc = ctx;
	if (strcmp(b->cfg->name, "acme") != 0)
		return;
	if (res == ES_BUCKET_HOUR) {
		rc->buckets_hour++;
		return;
	}
	assert_true(rc->buckets_min < 64);
	rc->bucket_start[rc->buckets_min] = start;
	rc->bucket_n[rc->buckets_min++] = c->n;
}

static void on_alert(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
                     const struct es_topk_item *terms, size_t n)
{
	(void)b, (void)terms, (void)n;
	struct rec *rc = ctx;
	if (al->state == ES_ALERT_FIRING)
		rc->fired++;
	else
		rc->resolved++;
}

static void on_dropped(void *ctx, const char *brand)
{
	struct rec *rc = ctx;
	size_t o = strlen(rc->dropped);
	snprintf(rc->dropped + o, sizeof rc->dropped - o, "%s%s", o ? " " : "", brand);
}

static const char config_a[] = "[source s]\ntype = stdin\n"
                               "[brand acme]\n"
                               "query = acme\n"
                               "alert.sentiment_drop = off\n"
                               "alert.volume_spike = off\n"
                               "alert.flatline = off\n"
                               "alert.negative_share.min_mentions = 4\n"
                               "alert.negative_share.warmup = 0\n"
                               "alert.negative_share.window = 15m\n"
                               "alert.negative_share.cooldown = 0\n"
                               "[brand globex]\n"
                               "query = globex\n";

/* The next version of the configuration: globex is gone, initech is new. */
static const char config_b[] = "[source s]\ntype = stdin\n"
                               "[brand initech]\n"
                               "query = initech\n"
                               "[brand acme]\n"
                               "query = acme\n"
                               "alert.sentiment_drop = off\n"
                               "alert.volume_spike = off\n"
                               "alert.flatline = off\n"
                               "alert.negative_share.min_mentions = 4\n"
                               "alert.negative_share.warmup = 0\n"
                               "alert.negative_share.window = 15m\n"
                               "alert.negative_share.cooldown = 0\n";

struct fx {
	struct es_lexset *lex;
	struct es_config *cfg_a, *cfg_b;
	struct rec rec;
	char dir[32], path[64];
};

static int setup(void **state)
{
	static struct fx fx;
	memset(&fx, 0, sizeof fx);
	char err[512], path[512];
	if (es_config_parse("a.conf", config_a, &fx.cfg_a, err, sizeof err) != 0 ||
	    es_config_parse("b.conf", config_b, &fx.cfg_b, err, sizeof err) != 0) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	const char *d = getenv("ES_TEST_DATA");
	snprintf(path, sizeof path, "%s/lexicons", d ? d : "tests/data");
	struct es_lex_error le;
	if (es_lexset_load_dir(path, &fx.lex, &le) != 0)
		return -1;
	snprintf(fx.dir, sizeof fx.dir, "/tmp/es-plstate-XXXXXX");
	if (!mkdtemp(fx.dir))
		return -1;
	snprintf(fx.path, sizeof fx.path, "%s/windows", fx.dir);
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	unlink(fx->path);
	rmdir(fx->dir);
	es_lexset_free(fx->lex);
	es_config_free(fx->cfg_a);
	es_config_free(fx->cfg_b);
	return 0;
}

static struct es_pipeline *new_pipeline(struct fx *fx, const struct es_config *cfg, uint64_t now)
{
	struct es_pipeline_sink sink = {&fx->rec, NULL, on_bucket, NULL, on_alert};
	struct es_pipeline *pl;
	assert_int_equal(es_pipeline_new(cfg, fx->lex, NULL, now, &sink, &pl), 0);
	return pl;
}

static void say(struct es_pipeline *pl, const char *text, uint64_t now)
{
	struct es_post p;
	memset(&p, 0, sizeof p);
	p.id.ptr = "1862000000000000001";
	p.id.len = strlen(p.id.ptr);
	p.text.ptr = text;
	p.text.len = strlen(text);
	p.lang.ptr = "en";
	p.lang.len = 2;
	es_pipeline_post(pl, &p, now);
}

static const struct es_brand_state *acme(const struct es_pipeline *pl)
{
	const struct es_brand_state *b;
	size_t n = es_pipeline_brands(pl, &b);
	for (size_t i = 0; i < n; i++)
		if (strcmp(b[i].cfg->name, "acme") == 0)
			return &b[i];
	fail_msg("no acme");
	return NULL;
}

static struct es_winstate *load(struct fx *fx)
{
	struct es_winstate *ws = NULL;
	const char *why = NULL;
	assert_int_equal(es_winstate_load(fx->path, 1u << 24, &ws, &why), 0);
	return ws;
}

/* A stop and a start within the same minute: its bucket is written once, with both runs. */
static void test_restart_within_minute(void **state)
{
	struct fx *fx = *state;
	memset(&fx->rec, 0, sizeof fx->rec);
	struct es_pipeline *pl = new_pipeline(fx, fx->cfg_a, T0);
	uint64_t t = T0 + 10 * SEC;
	for (int i = 0; i < 6; i++)
		say(pl, "acme is terrible", t += SEC); /* 12:00:11 … 12:00:16 */
	say(pl, "globex is good", t += SEC);
	es_pipeline_tick(pl, t);
	assert_int_equal(fx->rec.fired, 1); /* negative_share, 6 of 6 */
	assert_int_equal(fx->rec.buckets_min, 0);
	assert_int_equal(es_pipeline_save_state(pl, fx->path), 0);
	es_pipeline_free(pl);

	/* Started again 20 s later, with a changed configuration. */
	pl = new_pipeline(fx, fx->cfg_b, t + 20 * SEC);
	struct es_winstate *ws = load(fx);
	assert_int_equal(es_pipeline_restore(pl, ws, t + 20 * SEC, on_dropped, &fx->rec), 1);
	es_winstate_free(ws);
	assert_string_equal(fx->rec.dropped, "globex");
	assert_int_equal(fx->rec.buckets_min, 0); /* 12:00 is still open */
	const struct es_brand_state *b = acme(pl);
	assert_int_equal(es_agg_window(b->agg, ES_WIN_15M)->n, 6);
	assert_int_equal(es_agg_window(b->agg, ES_WIN_15M)->neg, 6);
	assert_int_equal(b->det[ES_ALERT_NEGATIVE_SHARE].firing, 1);
	assert_int_equal(es_agg_started(b->agg), T0); /* warm-up is not redone */

	t += 20 * SEC; /* 12:00:37 */
	for (int i = 0; i < 3; i++)
		say(pl, "acme is terrible", t += SEC);
	es_pipeline_tick(pl, t);
	assert_int_equal(fx->rec.fired, 1); /* still firing: no second event */
	assert_int_equal(fx->rec.resolved, 0);
	for (int i = 0; i < 15; i++)
		say(pl, "acme is good", t += SEC); /* 9 of 24 negative: below 0.5 × clear */
	es_pipeline_tick(pl, t);
	assert_int_equal(fx->rec.resolved, 1);

	/* 12:00 closes once, with everything: 6 before the restart, 18 after. */
	es_pipeline_tick(pl, T0 + MIN + SEC);
	assert_int_equal(fx->rec.buckets_min, 1);
	assert_int_equal(fx->rec.bucket_start[0], T0);
	assert_int_equal(fx->rec.bucket_n[0], 24);
	es_pipeline_free(pl);
}

/* A stop at 12:00:30 and a start at 12:05:10: 12:00 is written, 12:01–12:04 are not. */
static void test_restart_after_downtime(void **state)
{
	struct fx *fx = *state;
	memset(&fx->rec, 0, sizeof fx->rec);
	struct es_pipeline *pl = new_pipeline(fx, fx->cfg_a, T0);
	for (int i = 0; i < 5; i++)
		say(pl, "acme is good", T0 + (uint64_t)(20 + i) * SEC);
	es_pipeline_tick(pl, T0 + 30 * SEC);
	assert_int_equal(es_pipeline_save_state(pl, fx->path), 0);
	es_pipeline_free(pl);

	uint64_t start = T0 + 5 * MIN + 10 * SEC;
	pl = new_pipeline(fx, fx->cfg_a, start);
	struct es_winstate *ws = load(fx);
	assert_int_equal(es_pipeline_restore(pl, ws, start, on_dropped, &fx->rec), 2);
	es_winstate_free(ws);
	assert_string_equal(fx->rec.dropped, "");
	assert_int_equal(fx->rec.buckets_min, 1);
	assert_int_equal(fx->rec.bucket_start[0], T0);
	assert_int_equal(fx->rec.bucket_n[0], 5);
	const struct es_brand_state *b = acme(pl);
	assert_int_equal(es_agg_now(b->agg), start);
	assert_int_equal(es_agg_window(b->agg, ES_WIN_15M)->n, 5);
	assert_int_equal(es_agg_window(b->agg, ES_WIN_1M)->n, 0);
	/* 12:05 closes normally later: one more bucket, 12:05's. */
	say(pl, "acme is good", start + SEC);
	es_pipeline_tick(pl, T0 + 6 * MIN);
	assert_int_equal(fx->rec.buckets_min, 2);
	assert_int_equal(fx->rec.bucket_start[1], T0 + 5 * MIN);
	assert_int_equal(fx->rec.bucket_n[1], 1);
	es_pipeline_free(pl);
}

/* A state written by a clock well ahead of ours is refused whole. */
static void test_clock_ahead(void **state)
{
	struct fx *fx = *state;
	memset(&fx->rec, 0, sizeof fx->rec);
	struct es_pipeline *pl = new_pipeline(fx, fx->cfg_a, T0 + 10 * MIN);
	say(pl, "acme is good", T0 + 10 * MIN + SEC);
	assert_int_equal(es_pipeline_save_state(pl, fx->path), 0);
	es_pipeline_free(pl);
	pl = new_pipeline(fx, fx->cfg_a, T0);
	struct es_winstate *ws = load(fx);
	assert_int_equal(es_pipeline_restore(pl, ws, T0, on_dropped, &fx->rec), -ERANGE);
	assert_int_equal(es_agg_window(acme(pl)->agg, ES_WIN_15M)->n, 0);
	/* Within the tolerance it is taken, and held until our clock catches up. */
	assert_int_equal(es_pipeline_restore(pl, ws, T0 + 9 * MIN + 30 * SEC, on_dropped, &fx->rec),
	                 2);
	assert_int_equal(es_agg_window(acme(pl)->agg, ES_WIN_15M)->n, 1);
	assert_int_equal(es_agg_now(acme(pl)->agg), T0 + 10 * MIN + SEC);
	es_winstate_free(ws);
	es_pipeline_free(pl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_restart_within_minute),
	        cmocka_unit_test(test_restart_after_downtime),
	        cmocka_unit_test(test_clock_ahead),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
