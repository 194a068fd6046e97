/*
 * test_sentences_el_en.c — the product lexicons (ES_LEXICON_DIR) on short
 * hand-written sentences with their expected label, for Greek and English:
 * the vocabulary added for coverage (issue 3), Greek typed without accents
 * and in Greeklish, the emoticons added to emoji.lex, and the names and
 * guards that must stay neutral ("Taylor Swift", "book fair"). Skips when
 * ES_LEXICON_DIR is not set (the test runs from meson).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "earshot/earshot.h"

struct fixture {
	struct es_lexset *lex;
	struct es_analyzer *an;
};

static int setup(void **state)
{
	static struct fixture fx;
	struct es_lex_error err;
	const char *dir = getenv("ES_LEXICON_DIR");
	if (!dir) {
		*state = NULL;
		return 0;
	}
	if (es_lexset_load_dir(dir, &fx.lex, &err) != 0) {
		fprintf(stderr, "product lexicons: %s\n", err.msg);
		return -1;
	}
	if (es_analyzer_new(fx.lex, NULL, &fx.an) != 0)
		return -1;
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	if (fx) {
		es_analyzer_free(fx->an);
		es_lexset_free(fx->lex);
	}
	return 0;
}

struct sentence {
	const char *lang;
	const char *text;
	enum es_label label;
};

static const struct sentence sentences[] = {
	/* Greek */
	{"el", "Η κυβέρνηση αγνοεί τις δυσκολίες των πολιτών.", ES_LABEL_NEG},
	{"el", "Η κατάσταση επιδεινώνεται συνεχώς.", ES_LABEL_NEG},
	{"el", "Διαφωνώ κάθετα με το νομοσχέδιο.", ES_LABEL_NEG},
	{"el", "Ενα εκτρωμα αυτο το κτιριο", ES_LABEL_NEG},           /* no accents */
	{"el", "Χρεώθηκα διπλά και καμία απάντηση.", ES_LABEL_NEG},
	{"el", "Πολύ ενδιαφέρουσα συζήτηση, ευχαριστώ!", ES_LABEL_POS},
	{"el", "Ενα πρωτοποριακο εργο για την πολη", ES_LABEL_POS},    /* no accents */
	{"el", "teleio, efxaristo!", ES_LABEL_POS},                    /* Greeklish */
	{"el", "Η συνάντηση είναι αύριο στις 10.", ES_LABEL_NEU},
	/* English */
	{"en", "Newly obsessed with this album, my heart melted.", ES_LABEL_POS},
	{"en", "Bring it on, things are looking up!", ES_LABEL_POS},
	{"en", "So intresting!", ES_LABEL_POS},                        /* misspelling */
	{"en", "This is the stupidest season yet.", ES_LABEL_NEG},
	{"en", "Shaking my head at that decision.", ES_LABEL_NEG},
	{"en", "He is set to miss the final after the injury.", ES_LABEL_NEG},
	{"en", "my apps keep freezing T-T", ES_LABEL_NEG},              /* emoticon */
	{"en", "Taylor Swift plays Boston on Friday.", ES_LABEL_NEU},  /* a name */
	{"en", "The book fair opens on Friday.", ES_LABEL_NEU},
};

static void test_sentences(void **state)
{
	struct fixture *fx = *state;
	if (!fx)
		skip();
	size_t failed = 0;
	for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
		const struct sentence *s = &sentences[i];
		struct es_result r;
		assert_int_equal(es_analyze(fx->an, s->text, strlen(s->text), s->lang, NULL, &r), 0);
		if (r.label != s->label) {
			fprintf(stderr, "[%s] \"%s\": %s, expected %s (compound %.4f)\n", s->lang,
			        s->text, es_label_name(r.label), es_label_name(s->label), r.compound);
			failed++;
		}
	}
	assert_int_equal(failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_sentences, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
