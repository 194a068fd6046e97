/*
 * cli_eval.c — `earshot eval FILE --lang L`: score a labeled file
 * ("label<TAB>text", labels pos/neu/neg) and report what
 * ../shared/data/sentiment/README.md asks for: macro-F1 over the file's gold
 * classes (a neutral or unscored prediction on a file without a neu class is
 * a miss), accuracy, macro-recall, per-class precision/recall/F1, the
 * confusion matrix, and lexicon coverage (texts with at least one hit).
 * --errors N lists N misclassified texts with their explanation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define NCLS 4 /* neg neu pos unscored (prediction only) */

struct eval_stats {
	size_t conf[3][NCLS]; /* [gold][predicted] */
	size_t gold[3];
	size_t n, correct, covered;
	double ms;
};

struct class_score {
	double p, r, f1;
};

static struct class_score class_score(const struct eval_stats *s, int c)
{
	size_t tp = s->conf[c][c], pred = 0;
	for (int g = 0; g < 3; g++)
		pred += s->conf[g][c];
	struct class_score cs = {0};
	cs.p = pred ? (double)tp / (double)pred : 0;
	cs.r = s->gold[c] ? (double)tp / (double)s->gold[c] : 0;
	cs.f1 = cs.p + cs.r > 0 ? 2 * cs.p * cs.r / (cs.p + cs.r) : 0;
	return cs;
}

static void print_explained(const struct es_result *r, const char *text, size_t len)
{
	printf("  %-4s %+.3f  %.*s\n", es_label_name(r->label), r->compound,
	       (int)(len > 160 ? 160 : len), text);
	for (size_t i = 0; i < r->n_terms; i++)
		printf("        %.*s %+.2f->%+.2f\n", (int)r->terms[i].len, r->terms[i].ptr,
		       r->terms[i].valence, r->terms[i].adjusted);
}

int cli_eval(int argc, char **argv)
{
	const char *file = NULL, *lang = NULL, *lexdir = NULL, *v;
	long errors = 0;
	int json = 0;
	for (int i = 1; i < argc; i++) {
		if ((v = cli_opt_value(argc, argv, &i, "--lang")))
			lang = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--lexicons")))
			lexdir = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--errors")))
			errors = strtol(v, NULL, 10);
		else if (strcmp(argv[i], "--json") == 0)
			json = 1;
		else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			fprintf(stderr, "earshot eval: unknown option %s\n", argv[i]);
			return 2;
		} else
			file = argv[i];
	}
	if (!file || !lang) {
		fprintf(stderr, "usage: earshot eval FILE --lang L [--json] [--errors N]\n");
		return 2;
	}
	struct cli_env env;
	if (cli_env_open(&env, lexdir) < 0)
		return 1;
	struct cli_corpus c;
	if (cli_corpus_read(file, 1, &c) < 0) {
		cli_env_close(&env);
		return 1;
	}

	struct eval_stats s;
	memset(&s, 0, sizeof s);
	double t0 = cli_now_ms();
	long shown = 0;
	for (size_t i = 0; i < c.n; i++) {
		struct es_result r;
		es_analyze(env.an, c.doc[i].text, c.doc[i].len, lang, NULL, &r);
		int g = c.doc[i].label;
		int p = (int)r.label;
		s.conf[g][p]++;
		s.gold[g]++;
		s.n++;
		s.correct += g == p;
		s.covered += r.n_hits > 0;
		if (g != p && shown < errors) {
			printf("gold=%s", es_label_name((enum es_label)g));
			print_explained(&r, c.doc[i].text, c.doc[i].len);
			shown++;
		}
	}
	s.ms = cli_now_ms() - t0;

	int classes = 0;
	double f1sum = 0, rsum = 0;
	struct class_score cs[3];
	for (int k = 0; k < 3; k++) {
		cs[k] = class_score(&s, k);
		if (s.gold[k]) {
			classes++;
			f1sum += cs[k].f1;
			rsum += cs[k].r;
		}
	}
	double macro_f1 = classes ? f1sum / classes : 0;
	double macro_r = classes ? rsum / classes : 0;
	double acc = s.n ? (double)s.correct / (double)s.n : 0;
	double cov = s.n ? (double)s.covered / (double)s.n : 0;
	const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;

	if (json) {
		printf("{\"file\":\"%s\",\"lang\":\"%s\",\"n\":%zu,\"macro_f1\":%.4f,\"accuracy\":%.4f,"
		       "\"macro_recall\":%.4f,\"coverage\":%.4f",
		       base, lang, s.n, macro_f1, acc, macro_r, cov);
		static const char *const nm[3] = {"neg", "neu", "pos"};
		for (int k = 0; k < 3; k++)
			if (s.gold[k])
				printf(",\"%s\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f}", nm[k], cs[k].p,
				       cs[k].r, cs[k].f1);
		printf("}\n");
	} else {
		printf("%s (lang %s): %zu texts%s\n", base, lang, s.n,
		       c.bad ? " (some lines without a pos/neu/neg label were skipped)" : "");
		printf("  macro-F1 %.4f   accuracy %.4f   macro-recall %.4f   coverage %.1f%%\n",
		       macro_f1, acc, macro_r, 100 * cov);
		printf("  class   precision  recall   F1      gold\n");
		for (int k = 0; k < 3; k++)
			if (s.gold[k])
				printf("  %-6s  %.4f     %.4f   %.4f  %zu\n",
				       es_label_name((enum es_label)k), cs[k].p, cs[k].r, cs[k].f1,
				       s.gold[k]);
		printf("  confusion (rows gold, columns predicted)\n           neg    neu    pos  unscored\n");
		for (int g = 0; g < 3; g++)
			if (s.gold[g])
				printf("  %-6s %5zu  %5zu  %5zu  %5zu\n", es_label_name((enum es_label)g),
				       s.conf[g][0], s.conf[g][1], s.conf[g][2], s.conf[g][3]);
		printf("  %.0f texts/s (%.1f ms), lexicons loaded in %.1f ms\n",
		       s.ms > 0 ? (double)s.n / s.ms * 1e3 : 0, s.ms, env.load_ms);
	}
	cli_corpus_free(&c);
	cli_env_close(&env);
	return 0;
}
