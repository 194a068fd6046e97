/*
 * cli_bench.c — `earshot bench [FILE] --lang L [--texts N]`: how fast the
 * analysis runs, stage by stage, on one core.
 *
 * The texts come from FILE (TSV "label<TAB>text" or plain lines) or, without
 * FILE, from a generated corpus of tweet-like English texts (deterministic).
 * The corpus is cycled until N texts (default 1,000,000) have gone through
 * each stage:
 *   tokenize          es_tokenize
 *   + normalize       fold and plain keys of every word (es_norm_key)
 *   + stem            the language's stemmer on every fold key
 *   full scoring      es_analyze (tokenize, keys, stem, lexicon, rules)
 * and prints texts/s and ns per text for each, the lexicon load time and the
 * peak RSS. Speed goals are judged here, never in tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *const gen_words[] = {
	"the", "delivery", "was", "late", "again", "and", "support", "never", "answered", "I",
	"love", "this", "phone", "but", "battery", "dies", "so", "fast", "not", "bad",
	"really", "great", "service", "thanks", "for", "quick", "reply", "refund", "still",
	"waiting", "worst", "app", "ever", "crashes", "every", "time", "amazing", "team",
	"order", "cancelled", "without", "notice", "very", "happy", "with", "it", "kind",
	"of", "slow", "today", "my", "package", "is", "lost", "what", "a", "joke",
};

/* A deterministic xorshift generator: the generated corpus is the same every run. */
static uint32_t rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static int generate(struct cli_corpus *c, size_t n)
{
	static const char *const extras[] = {"!!", " 😡", " 😂", " :(", " :)", " @acme", " #fail",
	                                     " http://t.co/x1", "?", " SOOO", " 👍🏽"};
	memset(c, 0, sizeof *c);
	c->doc = calloc(n, sizeof *c->doc);
	if (!c->doc)
		return -1;
	uint32_t seed = 2463534242u;
	size_t nw = sizeof gen_words / sizeof *gen_words;
	for (size_t i = 0; i < n; i++) {
		char buf[512];
		size_t len = 0;
		size_t words = 8 + rnd(&seed) % 14;
		for (size_t w = 0; w < words; w++) {
			const char *word = gen_words[rnd(&seed) % nw];
			int k = snprintf(buf + len, sizeof buf - len, "%s%s", w ? " " : "", word);
			if (k < 0 || (size_t)k >= sizeof buf - len)
				break;
			len += (size_t)k;
			if (rnd(&seed) % 7 == 0) {
				const char *x = extras[rnd(&seed) % (sizeof extras / sizeof *extras)];
				k = snprintf(buf + len, sizeof buf - len, "%s", x);
				if (k < 0 || (size_t)k >= sizeof buf - len)
					break;
				len += (size_t)k;
			}
		}
		c->doc[i].text = malloc(len + 1);
		if (!c->doc[i].text)
			return -1;
		memcpy(c->doc[i].text, buf, len);
		c->doc[i].text[len] = '\0';
		c->doc[i].len = len;
		c->doc[i].label = -1;
		c->n++;
	}
	return 0;
}

enum stage { ST_TOKENIZE, ST_NORMALIZE, ST_STEM, ST_FULL, ST_COUNT };

static const char *const stage_names[ST_COUNT] = {"tokenize", "+ normalize", "+ stem",
                                                  "full scoring"};

/* One pass of `stage` over `total` texts; returns elapsed ms. */
static double run_stage(enum stage st, struct cli_env *env, struct es_stemmer *stemmer,
                        const struct cli_corpus *c, size_t total, const char *lang,
                        struct es_token *tok, size_t *sink)
{
	double t0 = cli_now_ms();
	char fold[ES_KEY_MAX], plain[ES_KEY_MAX];
	for (size_t i = 0; i < total; i++) {
		const struct cli_doc *d = &c->doc[i % c->n];
		if (st == ST_FULL) {
			struct es_result r;
			es_analyze(env->an, d->text, d->len, lang, NULL, &r);
			*sink += r.n_hits;
			continue;
		}
		size_t n = 0;
		es_tokenize(d->text, d->len, tok, ES_TOKENS_MAX, &n);
		*sink += n;
		if (st == ST_TOKENIZE)
			continue;
		for (size_t k = 0; k < n; k++) {
			if (tok[k].kind != ES_TOKEN_WORD)
				continue;
			int fl = es_norm_key(tok[k].ptr, tok[k].len, ES_NORM_FOLD, fold, sizeof fold);
			if (fl <= 0)
				continue;
			int pl = es_norm_key(fold, (size_t)fl, ES_NORM_FOLD | ES_NORM_UNACCENT, plain,
			                     sizeof plain);
			*sink += (size_t)pl;
			if (st == ST_STEM && stemmer) {
				const char *s;
				size_t sl;
				if (es_stemmer_stem(stemmer, fold, (size_t)fl, &s, &sl) == 0)
					*sink += sl;
			}
		}
	}
	return cli_now_ms() - t0;
}

int cli_bench(int argc, char **argv)
{
	const char *file = NULL, *lang = "en", *lexdir = NULL, *v;
	size_t total = 1000000;
	for (int i = 1; i < argc; i++) {
		if ((v = cli_opt_value(argc, argv, &i, "--lang")))
			lang = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--lexicons")))
			lexdir = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--texts")))
			total = strtoul(v, NULL, 10);
		else if (argv[i][0] == '-' && argv[i][1] == '-') {
			fprintf(stderr, "earshot bench: unknown option %s\n", argv[i]);
			return 2;
		} else
			file = argv[i];
	}
	long rss0 = cli_peak_rss_kb();
	struct cli_env env;
	if (cli_env_open(&env, lexdir) < 0)
		return 1;
	long rss_loaded = cli_peak_rss_kb();
	struct cli_corpus c;
	int rc = file ? cli_corpus_read(file, 1, &c) : generate(&c, 10000);
	if (rc == 0 && file && c.n == 0) {
		cli_corpus_free(&c);
		rc = cli_corpus_read(file, 0, &c);
	}
	if (rc < 0 || c.n == 0) {
		fprintf(stderr, "earshot bench: no texts\n");
		cli_env_close(&env);
		return 1;
	}
	size_t bytes = 0;
	for (size_t i = 0; i < c.n; i++)
		bytes += c.doc[i].len;

	const char *langs[64];
	size_t nl = es_lexset_langs(env.lex, langs, 64);
	struct es_stemmer *stemmer = NULL;
	const struct es_lexicon *lx = es_lexset_get(env.lex, lang);
	es_stemmer_new(lx ? es_lexicon_stemmer(lx) : lang, &stemmer);
	struct es_token *tok = malloc(ES_TOKENS_MAX * sizeof *tok);
	if (!tok) {
		cli_corpus_free(&c);
		cli_env_close(&env);
		return 1;
	}

	printf("earshot bench: %zu distinct texts (%s, mean %.0f bytes), %zu texts per stage, lang %s\n",
	       c.n, file ? file : "generated", (double)bytes / (double)c.n, total, lang);
	printf("lexicons: %zu languages + emoji loaded in %.1f ms (with the language model)\n", nl,
	       env.load_ms);
	size_t sink = 0;
	/* Warm-up: caches and page faults out of the measurement. */
	run_stage(ST_FULL, &env, stemmer, &c, c.n < 20000 ? c.n : 20000, lang, tok, &sink);
	double prev_ns = 0;
	for (int st = 0; st < ST_COUNT; st++) {
		double ms = run_stage((enum stage)st, &env, stemmer, &c, total, lang, tok, &sink);
		double ns = ms * 1e6 / (double)total;
		printf("  %-14s %12.0f texts/s  %8.0f ns/text  (stage: %+.0f ns)\n", stage_names[st],
		       (double)total / ms * 1e3, ns, st == ST_FULL ? ns : ns - prev_ns);
		if (st != ST_FULL)
			prev_ns = ns;
	}
	printf("peak RSS: %ld kB (at start %ld kB, after loading %ld kB)  [sink %zu]\n",
	       cli_peak_rss_kb(), rss0, rss_loaded, sink % 10);
	free(tok);
	es_stemmer_free(stemmer);
	cli_corpus_free(&c);
	cli_env_close(&env);
	return 0;
}
