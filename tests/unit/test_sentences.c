/*
 * test_sentences.c — the product lexicons (ES_LEXICON_DIR) on hand-written
 * sentences with the label a reader gives them, one table per language in
 * tests/data/sentences/<lang>.tsv (label<TAB>text[<TAB># why]): the
 * vocabulary of each coverage batch (issue 3), negation, contrast, idioms,
 * spellings without diacritics, and neutral guards. Every miss is printed
 * with its compound before the test fails.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "earshot/earshot.h"

static void test_tables(void **state)
{
	(void)state;
	const char *lexdir = getenv("ES_LEXICON_DIR");
	const char *data = getenv("ES_TEST_DATA");
	if (!lexdir || !data)
		skip();
	struct es_lexset *lex;
	struct es_analyzer *an;
	struct es_lex_error err;
	if (es_lexset_load_dir(lexdir, &lex, &err) != 0)
		fail_msg("product lexicons: %s", err.msg);
	assert_int_equal(es_analyzer_new(lex, NULL, &an), 0);

	char dir[1024];
	snprintf(dir, sizeof dir, "%s/sentences", data);
	DIR *d = opendir(dir);
	assert_non_null(d);
	size_t tables = 0, sentences = 0, failed = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t nl = strlen(de->d_name);
		if (nl < 5 || nl > 12 || strcmp(de->d_name + nl - 4, ".tsv") != 0)
			continue;
		char lang[16], path[1300], line[2048];
		snprintf(lang, sizeof lang, "%.*s", (int)(nl - 4), de->d_name);
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		FILE *f = fopen(path, "r");
		assert_non_null(f);
		tables++;
		unsigned ln = 0;
		while (fgets(line, sizeof line, f)) {
			ln++;
			line[strcspn(line, "\n")] = '\0';
			if (!line[0] || line[0] == '#')
				continue;
			char *text = strchr(line, '\t');
			if (!text)
				fail_msg("%s:%u: no tab", path, ln);
			*text++ = '\0';
			char *why = strchr(text, '\t');
			if (why)
				*why = '\0';
			enum es_label want = ES_LABEL_UNSCORED;
			if (strcmp(line, "pos") == 0)
				want = ES_LABEL_POS;
			else if (strcmp(line, "neg") == 0)
				want = ES_LABEL_NEG;
			else if (strcmp(line, "neu") == 0)
				want = ES_LABEL_NEU;
			else
				fail_msg("%s:%u: label '%s' is not pos, neg or neu", path, ln, line);
			struct es_result r;
			assert_int_equal(es_analyze(an, text, strlen(text), lang, NULL, &r), 0);
			sentences++;
			if (r.label != want) {
				fprintf(stderr, "%s:%u [%s] \"%s\": %s, expected %s (compound %.4f)\n", path,
				        ln, lang, text, es_label_name(r.label), es_label_name(want), r.compound);
				failed++;
			}
		}
		fclose(f);
	}
	closedir(d);
	es_analyzer_free(an);
	es_lexset_free(lex);
	fprintf(stderr, "%zu sentences in %zu languages\n", sentences, tables);
	assert_true(tables >= 12);
	assert_int_equal(failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
