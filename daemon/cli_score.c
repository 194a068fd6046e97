/*
 * cli_score.c — `earshot score`: score texts given as arguments or read as
 * lines from stdin, as a table or as JSON (one object per line, built with
 * yajl's generator), optionally with the explanation: every contributing term
 * with its lexicon valence, its adjusted valence and the rules that fired.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_gen.h>

#include "cli.h"

struct score_opts {
	const char *lang;
	int explain;
	int json;
};

static void gen_str(yajl_gen g, const char *s)
{
	yajl_gen_string(g, (const unsigned char *)s, strlen(s));
}

static void gen_rules(yajl_gen g, uint32_t rules)
{
	yajl_gen_array_open(g);
	for (unsigned b = 0; b < ES_RULE_COUNT; b++)
		if (rules & (1u << b))
			gen_str(g, es_rule_name(b));
	yajl_gen_array_close(g);
}

static void print_rules(uint32_t rules)
{
	const char *sep = "";
	for (unsigned b = 0; b < ES_RULE_COUNT; b++)
		if (rules & (1u << b)) {
			printf("%s%s", sep, es_rule_name(b));
			sep = ",";
		}
}

static void emit_json(yajl_gen g, const char *text, size_t len, const struct es_result *r,
                      int explain)
{
	yajl_gen_map_open(g);
	gen_str(g, "text");
	yajl_gen_string(g, (const unsigned char *)text, len);
	gen_str(g, "lang");
	gen_str(g, r->lang);
	gen_str(g, "lang_guessed");
	yajl_gen_bool(g, r->lang_guessed);
	gen_str(g, "label");
	gen_str(g, es_label_name(r->label));
	gen_str(g, "compound");
	yajl_gen_double(g, r->compound);
	gen_str(g, "pos");
	yajl_gen_double(g, r->pos);
	gen_str(g, "neu");
	yajl_gen_double(g, r->neu);
	gen_str(g, "neg");
	yajl_gen_double(g, r->neg);
	gen_str(g, "hits");
	yajl_gen_integer(g, (long long)r->n_hits);
	if (explain) {
		gen_str(g, "rules");
		gen_rules(g, r->rules);
		gen_str(g, "terms");
		yajl_gen_array_open(g);
		for (size_t i = 0; i < r->n_terms; i++) {
			const struct es_term *t = &r->terms[i];
			yajl_gen_map_open(g);
			gen_str(g, "text");
			yajl_gen_string(g, (const unsigned char *)t->ptr, t->len);
			if (t->entry) {
				gen_str(g, "entry");
				gen_str(g, t->entry->term);
			}
			gen_str(g, "valence");
			yajl_gen_double(g, t->valence);
			gen_str(g, "adjusted");
			yajl_gen_double(g, t->adjusted);
			gen_str(g, "rules");
			gen_rules(g, t->rules);
			yajl_gen_map_close(g);
		}
		yajl_gen_array_close(g);
	}
	yajl_gen_map_close(g);
}

static void emit_text(const char *text, size_t len, const struct es_result *r, int explain)
{
	printf("%-8s %+.4f  pos=%.3f neu=%.3f neg=%.3f  lang=%s%s  %.*s\n", es_label_name(r->label),
	       r->compound, r->pos, r->neu, r->neg, r->lang, r->lang_guessed ? "(guessed)" : "",
	       (int)(len > 200 ? 200 : len), text);
	if (!explain)
		return;
	for (size_t i = 0; i < r->n_terms; i++) {
		const struct es_term *t = &r->terms[i];
		printf("    %-24.*s %+.3f -> %+.3f  %s%s", (int)t->len, t->ptr, t->valence, t->adjusted,
		       t->entry ? "entry=" : "", t->entry ? t->entry->term : "");
		if (t->rules) {
			printf("  [");
			print_rules(t->rules);
			printf("]");
		}
		printf("\n");
	}
	if (r->rules & (ES_RULE_EXCLAIM | ES_RULE_QUESTION))
		printf("    (text emphasis: %s%s)\n", r->rules & ES_RULE_EXCLAIM ? "exclaim " : "",
		       r->rules & ES_RULE_QUESTION ? "question" : "");
}

static int score_one(struct cli_env *env, yajl_gen g, const struct score_opts *o, const char *text,
                     size_t len)
{
	struct es_result r;
	if (es_analyze(env->an, text, len, o->lang, NULL, &r) < 0)
		return -1;
	if (o->json) {
		emit_json(g, text, len, &r, o->explain);
		const unsigned char *buf;
		size_t blen;
		yajl_gen_get_buf(g, &buf, &blen);
		fwrite(buf, 1, blen, stdout);
		fputc('\n', stdout);
		yajl_gen_clear(g);
		yajl_gen_reset(g, NULL);
	} else {
		emit_text(text, len, &r, o->explain);
	}
	return 0;
}

int cli_score(int argc, char **argv)
{
	struct score_opts o = {0};
	const char *lexdir = NULL, *v;
	int first_text = argc;
	for (int i = 1; i < argc; i++) {
		if ((v = cli_opt_value(argc, argv, &i, "--lang")))
			o.lang = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--lexicons")))
			lexdir = v;
		else if (strcmp(argv[i], "--explain") == 0)
			o.explain = 1;
		else if (strcmp(argv[i], "--json") == 0)
			o.json = 1;
		else if (strcmp(argv[i], "--") == 0) {
			first_text = i + 1;
			break;
		} else if (argv[i][0] == '-' && argv[i][1] == '-') {
			fprintf(stderr, "earshot score: unknown option %s\n", argv[i]);
			return 2;
		} else {
			first_text = i;
			break;
		}
	}
	struct cli_env env;
	if (cli_env_open(&env, lexdir) < 0)
		return 1;
	yajl_gen g = yajl_gen_alloc(NULL);
	if (!g) {
		cli_env_close(&env);
		return 1;
	}
	yajl_gen_config(g, yajl_gen_validate_utf8, 0);
	int rc = 0;
	if (first_text < argc) {
		for (int i = first_text; i < argc && rc == 0; i++)
			rc = score_one(&env, g, &o, argv[i], strlen(argv[i]));
	} else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		while (rc == 0 && (n = getline(&line, &cap, stdin)) >= 0) {
			while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
				n--;
			if ((size_t)n > CLI_LINE_MAX)
				n = CLI_LINE_MAX;
			rc = score_one(&env, g, &o, line, (size_t)n);
		}
		free(line);
	}
	yajl_gen_free(g);
	cli_env_close(&env);
	return rc == 0 ? 0 : 1;
}
