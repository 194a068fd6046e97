/*
 * cli_common.c — what every `earshot` analysis command shares: finding and
 * loading the lexicons and the language model, reading TSV corpora, a
 * monotonic clock and the peak RSS.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "es_config.h"

double cli_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

long cli_peak_rss_kb(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return -1;
	return ru.ru_maxrss;
}

const char *cli_opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	const char *a = argv[*i];
	if (strncmp(a, name, n) != 0)
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		fprintf(stderr, "earshot: %s needs a value\n", name);
		exit(2);
	}
	return argv[++*i];
}

static int is_dir(const char *p)
{
	struct stat st;
	return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

int cli_env_open(struct cli_env *env, const char *dir)
{
	memset(env, 0, sizeof *env);
	if (!dir)
		dir = getenv("ES_LEXICON_DIR");
	if (!is_dir(dir))
		dir = is_dir(ES_LEXICON_DIR) ? ES_LEXICON_DIR : ES_SOURCE_LEXICON_DIR;

	double t0 = cli_now_ms();
	struct es_lex_error err;
	int rc = es_lexset_load_dir(dir, &env->lex, &err);
	if (rc < 0) {
		fprintf(stderr, "earshot: lexicons in %s: %s\n", dir,
		        err.msg[0] ? err.msg : strerror(-rc));
		return rc;
	}
	const char *langs[64];
	size_t n = es_lexset_langs(env->lex, langs, 64);
	rc = es_langid_new(langs, n > 64 ? 64 : n, &env->langid);
	if (rc < 0) {
		fprintf(stderr, "earshot: language model: %s\n", strerror(-rc));
		cli_env_close(env);
		return rc;
	}
	rc = es_analyzer_new(env->lex, env->langid, &env->an);
	if (rc < 0) {
		fprintf(stderr, "earshot: analyzer: %s\n", strerror(-rc));
		cli_env_close(env);
		return rc;
	}
	env->load_ms = cli_now_ms() - t0;
	return 0;
}

void cli_env_close(struct cli_env *env)
{
	es_analyzer_free(env->an);
	es_langid_free(env->langid);
	es_lexset_free(env->lex);
	memset(env, 0, sizeof *env);
}

static int parse_label(const char *s, size_t n)
{
	if (n == 3 && memcmp(s, "pos", 3) == 0)
		return ES_LABEL_POS;
	if (n == 3 && memcmp(s, "neu", 3) == 0)
		return ES_LABEL_NEU;
	if (n == 3 && memcmp(s, "neg", 3) == 0)
		return ES_LABEL_NEG;
	return -1;
}

int cli_corpus_read(const char *path, int labeled, struct cli_corpus *c)
{
	memset(c, 0, sizeof *c);
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	if (!f) {
		fprintf(stderr, "earshot: %s: %s\n", path, strerror(errno));
		return -errno;
	}
	size_t cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t got;
	while ((got = getline(&line, &lcap, f)) >= 0) {
		size_t n = (size_t)got;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n > CLI_LINE_MAX)
			n = CLI_LINE_MAX;
		if (n == 0)
			continue;
		int label = -1;
		const char *text = line;
		if (labeled) {
			const char *tab = memchr(line, '\t', n);
			if (!tab || (label = parse_label(line, (size_t)(tab - line))) < 0) {
				c->bad++;
				continue;
			}
			text = tab + 1;
			n -= (size_t)(text - line);
		}
		if (c->n == cap) {
			cap = cap ? 2 * cap : 1024;
			struct cli_doc *d = realloc(c->doc, cap * sizeof *d);
			if (!d)
				goto nomem;
			c->doc = d;
		}
		char *copy = malloc(n + 1);
		if (!copy)
			goto nomem;
		memcpy(copy, text, n);
		copy[n] = '\0';
		c->doc[c->n++] = (struct cli_doc){.label = label, .text = copy, .len = n};
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return 0;
nomem:
	free(line);
	if (f != stdin)
		fclose(f);
	cli_corpus_free(c);
	return -ENOMEM;
}

void cli_corpus_free(struct cli_corpus *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->doc[i].text);
	free(c->doc);
	memset(c, 0, sizeof *c);
}
