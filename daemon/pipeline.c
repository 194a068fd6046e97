/*
 * pipeline.c — post → language → brands → sentiment → windows → alerts
 * (pipeline.h), with the clock passed in and results sent to callbacks.
 *
 * Per post: the language is the platform's tag or, without one, the guess
 * (done once, so the `lang:` query field and the lexicon agree); the text is
 * tokenized once for the matcher; the sentiment is computed once with the
 * language's lexicon, and again only for matched brands that have overrides.
 * Each mention goes into its brand's aggregator, its negative terms into the
 * brand's top-k, its id into the brand's recent negative samples.
 *
 * A tick advances every aggregator to the tick's time — which hands closed
 * buckets to the sink — evaluates every enabled detector, and reports every
 * brand's rolling windows. A detector that changes state produces an alert
 * event carrying the brand's top negative terms.
 *
 * Across a restart (es_pipeline_save_state / es_pipeline_restore) the
 * brands' state goes through lib/winstate.c, keyed by brand name.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pipeline.h"

#define MATCHES_MAX 256 /* brands one post can mention at once */

struct es_pipeline {
	const struct es_config *cfg;
	const struct es_langid *langid;
	struct es_analyzer *an;
	struct es_matcher *matcher;
	struct es_match_scratch *scratch;
	struct es_brand_state *brands;
	size_t n_brands;
	struct es_token *tok;
	struct es_match *matches;
	struct es_pipeline_sink sink;
	struct es_pipeline_stats st;
	uint64_t now_ms;
};

int es_pipeline_new(const struct es_config *cfg, const struct es_lexset *lex,
                    const struct es_langid *langid, uint64_t now_ms,
                    const struct es_pipeline_sink *sink, struct es_pipeline **out)
{
	struct es_pipeline *pl = calloc(1, sizeof *pl);
	if (!pl)
		return -ENOMEM;
	pl->cfg = cfg;
	pl->langid = langid;
	pl->now_ms = now_ms;
	pl->sink = *sink;
	int rc = -ENOMEM;
	pl->tok = malloc(ES_TOKENS_MAX * sizeof *pl->tok);
	pl->matches = malloc(MATCHES_MAX * sizeof *pl->matches);
	pl->brands = calloc(cfg->n_brands ? cfg->n_brands : 1, sizeof *pl->brands);
	if (!pl->tok || !pl->matches || !pl->brands)
		goto fail;
	if (es_analyzer_new(lex, langid, &pl->an) < 0 || es_matcher_new(&pl->matcher) < 0)
		goto fail;
	for (size_t i = 0; i < cfg->n_brands; i++) {
		const struct es_cfg_brand *cb = &cfg->brands[i];
		struct es_brand_state *b = &pl->brands[i];
		const char *handles[ES_HANDLES_MAX];
		for (size_t h = 0; h < cb->n_handles; h++)
			handles[h] = cb->handles[h];
		b->cfg = cb;
		pl->n_brands++;
		if (es_agg_new(now_ms, &b->agg) < 0 || es_topk_new(64, &b->neg_terms) < 0)
			goto fail;
		rc = es_matcher_add(pl->matcher, (uint32_t)i, cb->query, handles, cb->n_handles);
		if (rc < 0)
			goto fail;
		rc = -ENOMEM;
	}
	if (es_matcher_build(pl->matcher) < 0 || es_match_scratch_new(pl->matcher, &pl->scratch) < 0)
		goto fail;
	*out = pl;
	return 0;
fail:
	es_pipeline_free(pl);
	return rc;
}

void es_pipeline_free(struct es_pipeline *pl)
{
	if (!pl)
		return;
	for (size_t i = 0; i < pl->n_brands; i++) {
		es_agg_free(pl->brands[i].agg);
		es_topk_free(pl->brands[i].neg_terms);
	}
	free(pl->brands);
	es_match_scratch_free(pl->scratch);
	es_matcher_free(pl->matcher);
	es_analyzer_free(pl->an);
	free(pl->tok);
	free(pl->matches);
	free(pl);
}

void es_pipeline_adopt(struct es_pipeline *pl, struct es_pipeline *old)
{
	for (size_t i = 0; i < pl->n_brands; i++) {
		struct es_brand_state *b = &pl->brands[i];
		for (size_t j = 0; j < old->n_brands; j++) {
			struct es_brand_state *o = &old->brands[j];
			if (!o->agg || strcmp(o->cfg->name, b->cfg->name) != 0)
				continue;
			/* Swap, so that `old` frees the new, empty state. */
			struct es_agg *agg = b->agg;
			struct es_topk *tk = b->neg_terms;
			b->agg = o->agg;
			b->neg_terms = o->neg_terms;
			o->agg = agg;
			o->neg_terms = tk;
			memcpy(b->det, o->det, sizeof b->det);
			memcpy(b->samples, o->samples, sizeof b->samples);
			b->n_samples = o->n_samples;
			break;
		}
	}
	pl->st = old->st;
	if (old->now_ms > pl->now_ms)
		pl->now_ms = old->now_ms;
}

/* ======================================================================== */
/* State across restarts                                                    */

_Static_assert(ES_SAMPLES_MAX == ES_WINSTATE_SAMPLES, "samples kept = samples saved");
_Static_assert(sizeof(((struct es_brand_state *)0)->samples[0]) == ES_WINSTATE_SAMPLE_LEN,
               "sample buffers match");

int es_pipeline_save_state(const struct es_pipeline *pl, const char *path)
{
	/* A restored clock slightly ahead of the wall clock is held by the
	 * aggregators; the file's clock must not be behind any of them. */
	uint64_t clock = pl->now_ms;
	for (size_t i = 0; i < pl->n_brands; i++)
		if (es_agg_now(pl->brands[i].agg) > clock)
			clock = es_agg_now(pl->brands[i].agg);
	struct es_winstate_writer *w;
	int rc = es_winstate_writer_new(clock, &w);
	if (rc < 0)
		return rc;
	int skipped = 0;
	for (size_t i = 0; i < pl->n_brands && rc == 0; i++) {
		const struct es_brand_state *b = &pl->brands[i];
		struct es_winstate_brand wb;
		memset(&wb, 0, sizeof wb);
		wb.name = b->cfg->name;
		wb.agg = b->agg;
		wb.neg_terms = b->neg_terms;
		memcpy(wb.det, b->det, sizeof wb.det);
		memcpy(wb.samples, b->samples, sizeof wb.samples);
		wb.n_samples = b->n_samples;
		rc = es_winstate_writer_add(w, &wb);
		if (rc == -ERANGE) { /* more than the file can hold: this brand starts fresh */
			skipped++;
			rc = 0;
		}
	}
	if (rc == 0) {
		const uint8_t *buf;
		size_t len;
		es_winstate_writer_finish(w, &buf, &len);
		rc = es_winstate_write_file(path, buf, len);
	}
	es_winstate_writer_free(w);
	return rc < 0 ? rc : skipped;
}

struct roll_ctx {
	struct es_pipeline *pl;
	struct es_brand_state *b;
	uint64_t saved_ms; /* the brand's clock in the file */
};

/* Forward only the buckets that were open at saved_ms; see es_pipeline_restore. */
static void on_rolled_bucket(void *ctx, enum es_bucket_res res, uint64_t start_ms,
                             const struct es_counts *c)
{
	struct roll_ctx *rc = ctx;
	uint64_t len = res == ES_BUCKET_MINUTE ? 60000 : 3600000;
	if (start_ms <= rc->saved_ms && rc->saved_ms < start_ms + len && rc->pl->sink.bucket)
		rc->pl->sink.bucket(rc->pl->sink.ctx, rc->b, res, start_ms, c);
}

int es_pipeline_restore(struct es_pipeline *pl, const struct es_winstate *ws, uint64_t now_ms,
                        void (*dropped)(void *ctx, const char *brand), void *ctx)
{
	if (es_winstate_clock(ws) > now_ms + ES_RESTORE_SKEW_MS)
		return -ERANGE;
	if (now_ms < pl->now_ms)
		now_ms = pl->now_ms;
	size_t nrec = es_winstate_count(ws), restored = 0;
	uint8_t *taken = calloc(nrec ? nrec : 1, 1);
	if (!taken)
		return -ENOMEM;
	for (size_t i = 0; i < pl->n_brands; i++) {
		struct es_brand_state *b = &pl->brands[i];
		long r = es_winstate_find(ws, b->cfg->name);
		if (r < 0)
			continue;
		struct es_winstate_brand wb;
		memset(&wb, 0, sizeof wb);
		wb.agg = b->agg;
		wb.neg_terms = b->neg_terms;
		if (es_winstate_get(ws, (size_t)r, &wb) < 0) {
			/* Cannot happen for a parsed file; leave the brand fresh. */
			es_agg_restore(b->agg, now_ms, now_ms);
			continue;
		}
		taken[r] = 1;
		memcpy(b->det, wb.det, sizeof b->det);
		memcpy(b->samples, wb.samples, sizeof b->samples);
		b->n_samples = wb.n_samples;
		struct roll_ctx rc = {pl, b, es_agg_now(b->agg)};
		es_agg_advance(b->agg, now_ms, on_rolled_bucket, &rc);
		es_agg_note_gap(b->agg, rc.saved_ms, now_ms);
		restored++;
	}
	for (size_t r = 0; r < nrec; r++)
		if (!taken[r] && dropped)
			dropped(ctx, es_winstate_name(ws, r));
	free(taken);
	pl->now_ms = now_ms;
	return (int)(restored > INT32_MAX ? INT32_MAX : restored);
}

const struct es_pipeline_stats *es_pipeline_stats(const struct es_pipeline *pl)
{
	return &pl->st;
}

size_t es_pipeline_brands(const struct es_pipeline *pl, const struct es_brand_state **out)
{
	*out = pl->brands;
	return pl->n_brands;
}

static int brand_wants_lang(const struct es_cfg_brand *b, const char *lang)
{
	if (b->n_langs == 0)
		return 1;
	for (size_t i = 0; i < b->n_langs; i++)
		if (strcmp(b->langs[i], lang) == 0)
			return 1;
	return 0;
}

/* Remember a negative mention: its terms for the top-k, its id for samples. */
static void note_negative(struct es_brand_state *b, const struct es_post *post,
                          const struct es_result *r)
{
	for (size_t t = 0; t < r->n_terms; t++) {
		const struct es_term *term = &r->terms[t];
		if (term->adjusted >= 0 || !term->entry)
			continue;
		es_topk_add(b->neg_terms, term->entry->term, strlen(term->entry->term),
		            -term->adjusted);
	}
	if (post->id.len == 0)
		return;
	if (b->n_samples == ES_SAMPLES_MAX) {
		memmove(b->samples[0], b->samples[1], (ES_SAMPLES_MAX - 1) * sizeof b->samples[0]);
		b->n_samples--;
	}
	size_t n = post->id.len < sizeof b->samples[0] - 1 ? post->id.len : sizeof b->samples[0] - 1;
	memcpy(b->samples[b->n_samples], post->id.ptr, n);
	b->samples[b->n_samples][n] = '\0';
	b->n_samples++;
}

static void advance_to(struct es_pipeline *pl, uint64_t now_ms);

static size_t add_routes(struct es_pipeline *pl, const struct es_post *post, size_t nm);

void es_pipeline_post(struct es_pipeline *pl, const struct es_post *in, uint64_t now_ms)
{
	pl->st.posts++;
	advance_to(pl, now_ms);

	/* The language once: the tag, else the guess — the matcher's lang: and the
	 * lexicon then agree. */
	struct es_post post = *in;
	char lang[8];
	if (post.lang.len == 0) {
		pl->st.lang_guessed++;
		if (pl->langid)
			es_langid_guess(pl->langid, post.text.ptr, post.text.len, lang);
		else
			memcpy(lang, "und", 4);
		if (strcmp(lang, "und") == 0)
			pl->st.lang_und++;
	} else {
		size_t k = 0;
		for (; k < post.lang.len && k < 7 && post.lang.ptr[k] != '-' && post.lang.ptr[k] != '_'; k++)
			lang[k] = (char)(post.lang.ptr[k] >= 'A' && post.lang.ptr[k] <= 'Z'
			                         ? post.lang.ptr[k] - 'A' + 'a'
			                         : post.lang.ptr[k]);
		lang[k] = '\0';
	}
	post.lang.ptr = lang;
	post.lang.len = strlen(lang);

	size_t ntok = 0;
	es_tokenize(post.text.ptr, post.text.len, pl->tok, ES_TOKENS_MAX, &ntok);
	for (size_t i = 0; i < ntok && !post.has_links; i++)
		post.has_links = pl->tok[i].kind == ES_TOKEN_URL;

	size_t nm = es_matcher_match(pl->matcher, pl->scratch, &post, pl->tok, ntok, pl->matches,
	                             MATCHES_MAX);
	nm = add_routes(pl, &post, nm);
	if (nm == 0)
		return;
	pl->st.matched++;

	struct es_result base;
	int have_base = 0;
	for (size_t m = 0; m < nm; m++) {
		struct es_brand_state *b = &pl->brands[pl->matches[m].brand];
		if (!brand_wants_lang(b->cfg, lang)) {
			pl->st.filtered_lang++;
			continue;
		}
		struct es_result r;
		if (b->cfg->overlay) {
			es_analyze(pl->an, post.text.ptr, post.text.len, lang, b->cfg->overlay, &r);
		} else {
			if (!have_base) {
				es_analyze(pl->an, post.text.ptr, post.text.len, lang, NULL, &base);
				have_base = 1;
			}
			r = base;
		}
		pl->st.mentions++;
		pl->st.unscored += r.label == ES_LABEL_UNSCORED;
		es_agg_add(b->agg, r.compound, r.label, pl->matches[m].tagged);
		if (r.label == ES_LABEL_NEG)
			note_negative(b, &post, &r);
		if (pl->sink.mention)
			pl->sink.mention(pl->sink.ctx, b, &post, &r, pl->matches[m].tagged, pl->now_ms);
		/* The explanation lives in the analyzer: a brand with overrides re-analyses,
		 * so the shared result must be recomputed after it. */
		if (b->cfg->overlay)
			have_base = 0;
	}
}

/* handle (no '@') equals h, case-insensitively; "acme@host" also equals "acme". */
static int same_handle(struct es_str post_h, const char *h)
{
	const char *p = post_h.ptr;
	size_t n = post_h.len;
	if (n && p[0] == '@')
		p++, n--;
	size_t hl = strlen(h);
	if (n > hl && p[hl] == '@' && !memchr(h, '@', hl))
		n = hl;
	return n == hl && strncasecmp(p, h, n) == 0;
}

/*
 * A platform that matched the post server-side (X's rule tags name brands)
 * has the last word: a brand it routed the post to, which the local matcher
 * missed (X also matches a quote post by the quoted text; its tokenizer is
 * not ours), still gets the mention — nothing a platform matched is dropped.
 */
static size_t add_routes(struct es_pipeline *pl, const struct es_post *post, size_t nm)
{
	for (size_t r = 0; r < post->n_routes && r < ES_POST_ROUTES_MAX; r++) {
		struct es_str tag = post->routes[r];
		for (size_t b = 0; b < pl->cfg->n_brands; b++) {
			const struct es_cfg_brand *cb = &pl->cfg->brands[b];
			if (strlen(cb->name) != tag.len || memcmp(cb->name, tag.ptr, tag.len) != 0)
				continue;
			size_t m = 0;
			while (m < nm && pl->matches[m].brand != b)
				m++;
			if (m < nm || nm == MATCHES_MAX)
				break;
			uint8_t tagged = 0;
			for (size_t h = 0; h < cb->n_handles && !tagged; h++) {
				tagged = same_handle(post->reply_to, cb->handles[h]);
				for (size_t k = 0; k < post->n_mentions && !tagged; k++)
					tagged = same_handle(post->mentions[k], cb->handles[h]);
			}
			pl->matches[nm].brand = (uint32_t)b;
			pl->matches[nm].tagged = tagged;
			nm++;
			pl->st.routed++;
			break;
		}
	}
	return nm;
}

struct bucket_ctx {
	struct es_pipeline *pl;
	struct es_brand_state *b;
};

static void on_bucket(void *ctx, enum es_bucket_res res, uint64_t start_ms,
                      const struct es_counts *c)
{
	struct bucket_ctx *bc = ctx;
	if (bc->pl->sink.bucket)
		bc->pl->sink.bucket(bc->pl->sink.ctx, bc->b, res, start_ms, c);
}

static void advance_to(struct es_pipeline *pl, uint64_t now_ms)
{
	if (now_ms <= pl->now_ms)
		return;
	pl->now_ms = now_ms;
	for (size_t i = 0; i < pl->n_brands; i++) {
		struct bucket_ctx bc = {pl, &pl->brands[i]};
		es_agg_advance(pl->brands[i].agg, now_ms, on_bucket, &bc);
	}
}

/* Top negative terms decay with a half-life of about six hours at 1 s ticks. */
#define TERMS_DECAY_PER_MIN 0.9981

void es_pipeline_tick(struct es_pipeline *pl, uint64_t now_ms)
{
	uint64_t before = pl->now_ms;
	advance_to(pl, now_ms);
	int new_minute = now_ms / 60000 != before / 60000;
	for (size_t i = 0; i < pl->n_brands; i++) {
		struct es_brand_state *b = &pl->brands[i];
		if (new_minute)
			es_topk_decay(b->neg_terms, TERMS_DECAY_PER_MIN);
		for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++) {
			const struct es_cfg_alert *ca = &b->cfg->alert[t];
			struct es_alert al;
			if (!ca->enabled || !es_detector_eval(&ca->det, &b->det[t], b->agg, &al))
				continue;
			pl->st.alerts++;
			struct es_topk_item top[ES_TERMS_TOP];
			size_t nt = es_topk_top(b->neg_terms, top, ES_TERMS_TOP);
			if (pl->sink.alert)
				pl->sink.alert(pl->sink.ctx, b, &al, top, nt);
		}
		if (pl->sink.now)
			pl->sink.now(pl->sink.ctx, b, pl->now_ms);
	}
}
