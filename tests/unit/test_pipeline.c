/*
 * test_pipeline.c — the daemon's post pipeline (daemon/pipeline.c) with a
 * recording sink and driven time: brand matching (tagged by mention, by
 * reply, untagged), per-brand overrides, language filters, exact window
 * values, closed buckets, and an alert that fires and resolves.
 * Lexicons: the fixtures in tests/data/lexicons.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pipeline.h"

#define T0  (1795435200000ULL) /* 2026-11-23T12:00:00Z */
#define SEC 1000ULL
#define MIN 60000ULL

struct rec {
	int mentions, tagged, buckets_min, buckets_hour, nows;
	int fired, resolved;
	struct es_alert last_alert;
	char last_terms[256];
	char last_mention_brand[64];
	double last_compound;
	enum es_label last_label;
	uint32_t bucket_n;
};

static void on_mention(void *ctx, const struct es_brand_state *b, const struct es_post *p,
                       const struct es_result *r, int tagged, uint64_t now)
{
	struct rec *rc = ctx;
	rc->mentions++;
	rc->tagged += tagged;
	snprintf(rc->last_mention_brand, sizeof rc->last_mention_brand, "%s", b->cfg->name);
	rc->last_compound = r->compound;
	rc->last_label = r->label;
}

static void on_bucket(void *ctx, const struct es_brand_state *b, enum es_bucket_res res,
                      uint64_t start, const struct es_counts *c)
{
	struct rec *rc = ctx;
	if (res == ES_BUCKET_MINUTE) {
		rc->buckets_min++;
		rc->bucket_n += c->n;
	} else {
		rc->buckets_hour++;
	}
}

static void on_now(void *ctx, const struct es_brand_state *b, uint64_t now)
{
	struct rec *rc = ctx;
	rc->nows++;
}

static void on_alert(void *ctx, const struct es_brand_state *b, const struct es_alert *al,
                     const struct es_topk_item *terms, size_t n)
{
	struct rec *rc = ctx;
	if (al->state == ES_ALERT_FIRING)
		rc->fired++;
	else
		rc->resolved++;
	rc->last_alert = *al;
	size_t o = 0;
	rc->last_terms[0] = '\0';
	for (size_t i = 0; i < n && o < sizeof rc->last_terms; i++)
		o += (size_t)snprintf(rc->last_terms + o, sizeof rc->last_terms - o, "%s%s", i ? " " : "",
		                      terms[i].term);
}

static const char config_text[] =
	"[source s]\ntype = stdin\n"
	"[brand acme]\n"
	"query = acme OR @acmebank\n"
	"handles = acmebank\n"
	"alert.sentiment_drop = off\n"
	"alert.volume_spike = off\n"
	"alert.flatline = off\n"
	"alert.negative_share.min_mentions = 4\n"
	"alert.negative_share.warmup = 0\n"
	"alert.negative_share.window = 1m\n"
	"alert.negative_share.cooldown = 0\n"
	"[brand globex]\n"
	"query = globex\n"
	"override = war zone 0\n"
	"[brand polonia]\n"
	"query = polonia\n"
	"languages = pl\n";

struct fx {
	struct es_config *cfg;
	struct es_lexset *lex;
	struct es_pipeline *pl;
	struct rec rec;
};

static int setup(void **state)
{
	static struct fx fx;
	memset(&fx, 0, sizeof fx);
	char err[512], path[512];
	if (es_config_parse("test.conf", config_text, &fx.cfg, err, sizeof err) != 0) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	const char *d = getenv("ES_TEST_DATA");
	snprintf(path, sizeof path, "%s/lexicons", d ? d : "tests/data");
	struct es_lex_error le;
	if (es_lexset_load_dir(path, &fx.lex, &le) != 0) {
		fprintf(stderr, "%s\n", le.msg);
		return -1;
	}
	struct es_pipeline_sink sink = {&fx.rec, on_mention, on_bucket, on_now, on_alert};
	if (es_pipeline_new(fx.cfg, fx.lex, NULL, T0, &sink, &fx.pl) != 0)
		return -1;
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	es_pipeline_free(fx->pl);
	es_lexset_free(fx->lex);
	es_config_free(fx->cfg);
	return 0;
}

static struct es_post post(const char *id, const char *text, const char *lang)
{
	struct es_post p;
	memset(&p, 0, sizeof p);
	p.id.ptr = id;
	p.id.len = strlen(id);
	p.text.ptr = text;
	p.text.len = strlen(text);
	p.lang.ptr = lang ? lang : "";
	p.lang.len = lang ? strlen(lang) : 0;
	p.source.ptr = "test";
	p.source.len = 4;
	return p;
}

static const struct es_brand_state *brand(struct fx *fx, const char *name)
{
	const struct es_brand_state *b;
	size_t n = es_pipeline_brands(fx->pl, &b);
	for (size_t i = 0; i < n; i++)
		if (strcmp(b[i].cfg->name, name) == 0)
			return &b[i];
	fail_msg("no brand %s", name);
	return NULL;
}

static void test_mentions_and_windows(void **state)
{
	struct fx *fx = *state;
	uint64_t t = T0;
	struct es_post p = post("1", "@acmebank good service", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_int_equal(fx->rec.mentions, 1);
	assert_int_equal(fx->rec.tagged, 1);
	assert_int_equal(fx->rec.last_label, ES_LABEL_POS);

	p = post("2", "Acme is bad", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_int_equal(fx->rec.tagged, 1); /* untagged */
	assert_int_equal(fx->rec.last_label, ES_LABEL_NEG);

	/* Tagged by replying to the handle, without naming the brand in the text. */
	p = post("3", "thanks, that fixed it", "en");
	p.reply_to.ptr = "acmebank";
	p.reply_to.len = 8;
	p.is_reply = 1;
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_int_equal(fx->rec.mentions, 3);
	assert_int_equal(fx->rec.tagged, 2);

	/* Globex's override makes "war zone" neutral for Globex only. */
	p = post("4", "globex war zone launch", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_string_equal(fx->rec.last_mention_brand, "globex");
	assert_int_equal(fx->rec.last_label, ES_LABEL_NEU);

	/* Not a brand; a brand limited to Polish ignores English. */
	p = post("5", "nothing relevant here", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	p = post("6", "polonia is good", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_int_equal(fx->rec.mentions, 4);
	p = post("7", "polonia dobry", "pl-PL");
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_int_equal(fx->rec.mentions, 5);
	assert_int_equal(fx->rec.last_label, ES_LABEL_POS);

	/* Without a language tag and without a language model: unscored, still counted. */
	p = post("8", "acme something", NULL);
	es_pipeline_post(fx->pl, &p, t += SEC);
	const struct es_pipeline_stats *st = es_pipeline_stats(fx->pl);
	assert_int_equal(st->posts, 8);
	assert_int_equal(st->matched, 7); /* "polonia is good" matched, then the language filter dropped it */
	assert_int_equal(st->mentions, 6);
	assert_int_equal(st->filtered_lang, 1);
	assert_int_equal(st->lang_guessed, 1);
	assert_int_equal(st->unscored, 1);

	const struct es_counts *w = es_agg_window(brand(fx, "acme")->agg, ES_WIN_1M);
	assert_int_equal(w->n, 4);
	assert_int_equal(w->pos, 1);
	assert_int_equal(w->neg, 1);
	assert_int_equal(w->unscored, 1);
	assert_int_equal(w->tagged, 2);
	assert_int_equal(w->untagged, 2);
	assert_int_equal(es_agg_window(brand(fx, "globex")->agg, ES_WIN_1M)->neu, 1);

	/* A tick a minute later closes the minute buckets of every brand. */
	es_pipeline_tick(fx->pl, T0 + 2 * MIN);
	assert_int_equal(fx->rec.buckets_min, 3 * 2); /* minutes 0 and 1, three brands */
	assert_int_equal(fx->rec.bucket_n, 6);
	assert_int_equal(fx->rec.nows, 3);
	assert_int_equal(es_agg_window(brand(fx, "acme")->agg, ES_WIN_1M)->n, 0);
	assert_int_equal(es_agg_window(brand(fx, "acme")->agg, ES_WIN_15M)->n, 4);
}

/* A reload keeps a brand's windows and the counters; a new brand starts empty. */
static void test_adopt_keeps_windows(void **state)
{
	struct fx *fx = *state;
	uint64_t t = T0 + 10 * MIN;
	es_pipeline_tick(fx->pl, t);
	struct es_post p = post("a1", "acme is bad", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	p = post("a2", "acme is good", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	uint64_t mentions = es_pipeline_stats(fx->pl)->mentions;

	static const char reloaded[] = "[source s]\ntype = stdin\n"
	                               "[brand initech]\nquery = initech\n"
	                               "[brand acme]\nquery = acme\n";
	struct es_config *cfg2;
	char err[256];
	assert_int_equal(es_config_parse("test2.conf", reloaded, &cfg2, err, sizeof err), 0);
	struct es_pipeline_sink sink = {&fx->rec, on_mention, on_bucket, on_now, on_alert};
	struct es_pipeline *pl2;
	assert_int_equal(es_pipeline_new(cfg2, fx->lex, NULL, t, &sink, &pl2), 0);
	es_pipeline_adopt(pl2, fx->pl);
	es_pipeline_free(fx->pl);
	es_config_free(fx->cfg);
	fx->pl = pl2;
	fx->cfg = cfg2;

	const struct es_counts *w = es_agg_window(brand(fx, "acme")->agg, ES_WIN_1M);
	assert_int_equal(w->n, 2);
	assert_int_equal(w->pos, 1);
	assert_int_equal(w->neg, 1);
	assert_int_equal(es_agg_window(brand(fx, "initech")->agg, ES_WIN_1M)->n, 0);
	assert_int_equal(es_pipeline_stats(fx->pl)->mentions, mentions);
	p = post("a3", "acme again", "en");
	es_pipeline_post(fx->pl, &p, t += SEC);
	assert_int_equal(es_agg_window(brand(fx, "acme")->agg, ES_WIN_1M)->n, 3);
}

static void test_alert_fires_and_resolves(void **state)
{
	struct fx *fx = *state;
	uint64_t t = T0 + 10 * MIN;
	char id[16];
	/* Four negative mentions in a minute: negative share 1.0 ≥ 0.5 with n ≥ 4. */
	for (int i = 0; i < 4; i++) {
		snprintf(id, sizeof id, "n%d", i);
		struct es_post p = post(id, "acme is horrible and bad", "en");
		es_pipeline_post(fx->pl, &p, t += SEC);
	}
	es_pipeline_tick(fx->pl, t);
	assert_int_equal(fx->rec.fired, 1);
	assert_int_equal(fx->rec.last_alert.type, ES_ALERT_NEGATIVE_SHARE);
	assert_int_equal(fx->rec.last_alert.state, ES_ALERT_FIRING);
	assert_float_equal(fx->rec.last_alert.value, 1.0, 1e-9);
	assert_int_equal(fx->rec.last_alert.n, 4);
	assert_non_null(strstr(fx->rec.last_terms, "horrible"));
	assert_non_null(strstr(fx->rec.last_terms, "bad"));
	const struct es_brand_state *b = brand(fx, "acme");
	assert_int_equal(b->n_samples, 4);
	assert_string_equal(b->samples[3], "n3");

	/* Praise for a minute: the window turns positive and the alert resolves. */
	for (int i = 0; i < 6; i++) {
		struct es_post p = post("p", "acme is great", "en");
		es_pipeline_post(fx->pl, &p, t += 10 * SEC);
	}
	es_pipeline_tick(fx->pl, t + 5 * SEC);
	assert_int_equal(fx->rec.resolved, 1);
	assert_int_equal(fx->rec.last_alert.state, ES_ALERT_RESOLVED);
	assert_int_equal(es_pipeline_stats(fx->pl)->alerts, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_mentions_and_windows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_adopt_keeps_windows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alert_fires_and_resolves, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
