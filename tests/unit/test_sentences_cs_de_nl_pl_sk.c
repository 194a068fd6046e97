/*
 * test_sentences_cs_de_nl_pl_sk.c — the product lexicons (ES_LEXICON_DIR) on
 * short hand-written sentences with their expected label, for Czech, German,
 * Dutch, Polish and Slovak: the vocabulary added for coverage (issue 3),
 * spellings without diacritics, and the stem collisions the additions must
 * not create (Czech "podle", Polish "Champions", Slovak "desať" stay neutral).
 * Skips when ES_LEXICON_DIR is not set (the test runs from meson).
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
	/* Czech */
	{"cs", "To je nádhera!", ES_LABEL_POS},
	{"cs", "Mám tě ráda.", ES_LABEL_POS},
	{"cs", "Stojí to za to, určitě doporučuji.", ES_LABEL_POS},
	{"cs", "Je to zbytečně drahý tarif.", ES_LABEL_NEG},
	{"cs", "Pořád čekám a pořád nic.", ES_LABEL_NEG},
	{"cs", "ostuda, fakt trapny", ES_LABEL_NEG},          /* no diacritics */
	{"cs", "Jsou to podvodnici", ES_LABEL_NEG},           /* no diacritics */
	{"cs", "Nedoporučuji, neochotní a drzí lidé", ES_LABEL_NEG},
	{"cs", "Podle zprávy zítra prší.", ES_LABEL_NEU},     /* podle is not podlý */
	/* Slovak */
	{"sk", "Je to nádhera, ďakujem!", ES_LABEL_POS},
	{"sk", "Stojí za to, určite odporúčam.", ES_LABEL_POS},
	{"sk", "Zase nefunguje, hanba.", ES_LABEL_NEG},
	{"sk", "Bohuzial som sklamany", ES_LABEL_NEG},        /* no diacritics */
	{"sk", "Máme desať minút.", ES_LABEL_NEU},            /* desať is not desný */
	/* Polish */
	{"pl", "Sztos, polecam!", ES_LABEL_POS},
	{"pl", "Nadal czekam, nadal nie działa.", ES_LABEL_NEG},
	{"pl", "Ale chamstwo, zenada", ES_LABEL_NEG},         /* no diacritics */
	{"pl", "Znowu awaria.", ES_LABEL_NEG},
	{"pl", "Champions League dziś wieczorem", ES_LABEL_NEU},
	/* German */
	{"de", "Voll Bock auf morgen!", ES_LABEL_POS},
	{"de", "Och ne, kein Bock.", ES_LABEL_NEG},
	{"de", "Das geht mir auf die Nerven.", ES_LABEL_NEG},
	{"de", "Fix und fertig nach der Arbeit.", ES_LABEL_NEG},
	{"de", "Ich bin fertig mit dem Bericht.", ES_LABEL_NEU},
	/* Dutch */
	{"nl", "Petje af, een dikke pluim voor het team!", ES_LABEL_POS},
	{"nl", "Dat ging de mist in.", ES_LABEL_NEG},
	{"nl", "Het kabinet sloeg de plank mis.", ES_LABEL_NEG},
	{"nl", "Van de regen in de drup.", ES_LABEL_NEG},
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
