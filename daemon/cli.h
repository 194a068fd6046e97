/*
 * cli.h — shared pieces of the `earshot` command-line tool.
 *
 * Each subcommand lives in its own cli_<name>.c and exposes one
 * `int cli_<name>(int argc, char **argv)` returning the process exit status
 * (0 ok, 1 failure, 2 usage). cli_common.c loads lexicons and the language
 * model the same way for all of them and reads labeled TSV files.
 */
#ifndef EARSHOT_CLI_H
#define EARSHOT_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "earshot/earshot.h"

#define CLI_LINE_MAX (1u << 20) /* longest input line: 1 MiB, longer lines are cut */

/* Everything the analysis commands need, loaded once. */
struct cli_env {
	struct es_lexset *lex;
	struct es_langid *langid;
	struct es_analyzer *an;
	double load_ms; /* lexicons + language model */
};

/* Load lexicons from dir (NULL: $ES_LEXICON_DIR, then the installed and source dirs). */
int cli_env_open(struct cli_env *env, const char *dir);
void cli_env_close(struct cli_env *env);

/* A labeled text file: "label<TAB>text" lines (pos/neu/neg), or plain text lines. */
struct cli_doc {
	int label; /* enum es_label, or -1 when the line had none */
	char *text;
	size_t len;
};
struct cli_corpus {
	struct cli_doc *doc;
	size_t n;
	size_t bad; /* lines whose label was not pos/neu/neg */
};
int cli_corpus_read(const char *path, int labeled, struct cli_corpus *c);
void cli_corpus_free(struct cli_corpus *c);

double cli_now_ms(void);  /* monotonic clock */
long cli_peak_rss_kb(void);

/* Parse "--name value" / "--name=value"; returns the value or NULL, advancing *i. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name);

int cli_score(int argc, char **argv);
int cli_eval(int argc, char **argv);
int cli_langid(int argc, char **argv);
int cli_bench(int argc, char **argv);
int cli_top(int argc, char **argv);
int cli_replay(int argc, char **argv);

#endif
