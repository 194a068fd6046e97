/*
 * cli_langid.c — `earshot langid FILE…`: how well the language guess does on
 * files of known language. The expected language is the file name up to the
 * first '_' or '.' ("ro_laroseda.tsv" → ro) unless --expect gives it. Per
 * file: texts, correct, und, wrong, accuracy, and the same over texts with at
 * least ES_LANGID_MIN_LETTERS letters (counted as the guess counts them:
 * mentions, URLs and hashtags do not count), plus the wrong answers by
 * language. With --misses, every long-enough text the guess got wrong (or
 * left "und") goes to stderr as "file<TAB>guess<TAB>text", for error
 * analysis. Exit status 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void expected_lang(const char *path, char out[8])
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t k = 0;
	while (base[k] && base[k] != '_' && base[k] != '.' && k < 7) {
		out[k] = base[k];
		k++;
	}
	out[k] = '\0';
}

int cli_langid(int argc, char **argv)
{
	const char *lexdir = NULL, *expect = NULL, *v;
	int nfiles = 0, misses = 0;
	char **files = calloc((size_t)argc, sizeof *files);
	if (!files)
		return 1;
	for (int i = 1; i < argc; i++) {
		if ((v = cli_opt_value(argc, argv, &i, "--lexicons")))
			lexdir = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--expect")))
			expect = v;
		else if (strcmp(argv[i], "--misses") == 0)
			misses = 1;
		else
			files[nfiles++] = argv[i];
	}
	if (nfiles == 0) {
		fprintf(stderr, "usage: earshot langid FILE… [--expect L] [--misses]\n");
		free(files);
		return 2;
	}
	/* The guess is over the twelve languages the model knows, whatever lexicons exist. */
	static const char *const all[] = {"cs", "de", "el", "en", "es", "fr",
	                                  "it", "nl", "pl", "pt", "ro", "sk"};
	struct es_langid *li = NULL;
	if (es_langid_new(all, sizeof all / sizeof *all, &li) < 0) {
		free(files);
		return 1;
	}
	(void)lexdir;
	printf("%-18s %5s %7s %5s %5s %7s   %5s %7s  wrong answers\n", "file", "n", "correct", "und",
	       "wrong", "acc", "n20", "acc20");
	size_t tot_n = 0, tot_ok = 0;
	double total_ms = 0;
	int rc = 0;
	for (int f = 0; f < nfiles; f++) {
		struct cli_corpus c;
		if (cli_corpus_read(files[f], 1, &c) < 0 || c.n == 0) {
			/* Not a labeled file: take every line as text. */
			cli_corpus_free(&c);
			if (cli_corpus_read(files[f], 0, &c) < 0) {
				rc = 1;
				continue;
			}
		}
		char want[8];
		if (expect) {
			snprintf(want, sizeof want, "%s", expect);
		} else {
			expected_lang(files[f], want);
		}
		size_t ok = 0, und = 0, wrong = 0, n20 = 0, ok20 = 0;
		struct {
			char code[8];
			size_t n;
		} wrongs[16];
		size_t nw = 0;
		for (size_t i = 0; i < c.n; i++) {
			char got[8];
			double t0 = cli_now_ms();
			es_langid_guess(li, c.doc[i].text, c.doc[i].len, got);
			total_ms += cli_now_ms() - t0;
			int long_enough = es_langid_letters(li, c.doc[i].text, c.doc[i].len) >=
			                  ES_LANGID_MIN_LETTERS;
			n20 += long_enough;
			if (misses && long_enough && strcmp(got, want) != 0)
				fprintf(stderr, "%s\t%s\t%.*s\n", files[f], got, (int)c.doc[i].len,
				        c.doc[i].text);
			if (strcmp(got, want) == 0) {
				ok++;
				ok20 += long_enough;
			} else if (strcmp(got, "und") == 0) {
				und++;
			} else {
				wrong++;
				size_t w;
				for (w = 0; w < nw && strcmp(wrongs[w].code, got) != 0; w++)
					;
				if (w == nw && nw < 16) {
					snprintf(wrongs[nw].code, sizeof wrongs[nw].code, "%s", got);
					wrongs[nw++].n = 0;
				}
				if (w < nw)
					wrongs[w].n++;
			}
		}
		const char *base = strrchr(files[f], '/') ? strrchr(files[f], '/') + 1 : files[f];
		printf("%-18s %5zu %7zu %5zu %5zu %6.2f%%   %5zu %6.2f%% ", base, c.n, ok, und, wrong,
		       c.n ? 100.0 * (double)ok / (double)c.n : 0, n20,
		       n20 ? 100.0 * (double)ok20 / (double)n20 : 0);
		for (size_t w = 0; w < nw; w++)
			printf(" %s:%zu", wrongs[w].code, wrongs[w].n);
		printf("\n");
		tot_n += c.n;
		tot_ok += ok;
		cli_corpus_free(&c);
	}
	printf("total: %zu texts, %.2f%% correct, %.2f us per guess\n", tot_n,
	       tot_n ? 100.0 * (double)tot_ok / (double)tot_n : 0,
	       tot_n ? total_ms * 1e3 / (double)tot_n : 0);
	es_langid_free(li);
	free(files);
	return rc;
}
