/*
 * test_lex_romance.c — the product lexicons of French, Spanish, Portuguese,
 * Italian and Romanian (ES_LEXICON_DIR, set by meson) on short hand-written
 * sentences with the label a reader gives them: vocabulary of the coverage
 * batch, negation, contrast, idioms and spellings without diacritics. A
 * neutral sentence per language checks that plain statements stay neutral.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
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
	const char *dir = getenv("ES_LEXICON_DIR");
	struct es_lex_error err;
	if (!dir)
		dir = "lexicons";
	if (es_lexset_load_dir(dir, &fx.lex, &err) != 0) {
		fprintf(stderr, "product lexicons: %s\n", err.msg);
		return -1;
	}
	if (es_analyzer_new(fx.lex, NULL, &fx.an) != 0) {
		es_lexset_free(fx.lex);
		return -1;
	}
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	es_analyzer_free(fx->an);
	es_lexset_free(fx->lex);
	return 0;
}

struct label_case {
	const char *lang;
	const char *text;
	const char *label; /* es_label_name() of the expected label */
};

static const struct label_case cases[] = {
	/* French: news and public-life words, elision, contrast, negation. */
	{"fr", "Un projet très prometteur pour la ville", "pos"},
	{"fr", "C'est une vraie catastrophe écologique", "neg"},
	{"fr", "Le réchauffement climatique menace nos côtes", "neg"},
	{"fr", "Quel gachis, le chantier est desastreux", "neg"}, /* no diacritics */
	{"fr", "Le nouveau service n'est pas encourageant", "neg"},
	{"fr", "Une solution innovante mais le prix est scandaleux", "neg"},
	{"fr", "Feu vert pour la nouvelle ligne de tram", "pos"},
	{"fr", "La réunion est prévue mardi à dix heures", "neu"},
	/* Spanish: diminutives, colloquial forms, missing accents. */
	{"es", "Me estoy poniendo nerviosita con tanto ruido", "neg"},
	{"es", "Qué gustazo llegar a casa", "pos"},
	{"es", "Este cuarto se siente vacio sin ti", "neg"},
	{"es", "No es nada facil, estoy agotado", "neg"},
	{"es", "Estoy deseando que llegue el viernes", "pos"},
	{"es", "Me dejaron tirado otra vez", "neg"},
	{"es", "Tiene una camiseta chulisima", "pos"},
	{"es", "La biblioteca abre a las nueve", "neu"},
	/* Portuguese: TV-chat slang, post-verbal negation, contrast. */
	{"pt", "Ninguém mais aguenta esse programa", "neg"},
	{"pt", "Tô passando nervoso com essa prova", "neg"},
	{"pt", "Comida embolorada, que nojo", "neg"},
	{"pt", "Me amarro nesse programa", "pos"},
	{"pt", "Nao combina comigo, quero nao", "neg"},
	{"pt", "Não é ruim, mas mandou mal no final", "neg"},
	{"pt", "Vai se ferra, sem nocao", "neg"},
	{"pt", "O programa começa às oito", "neu"},
	/* Italian: idioms, misspellings, a negated negative. */
	{"it", "Che noia questa riunione", "neg"},
	{"it", "Solo chiacchiere e niente concretezza", "neg"},
	{"it", "Che skifezza di servizio", "neg"},
	{"it", "Siamo pazzi di gioia per la vittoria", "pos"},
	{"it", "Una beffa per i pendolari", "neg"},
	{"it", "Non è deludente, anzi", "pos"},
	{"it", "Usciamo a testa alta", "pos"},
	{"it", "Il treno parte alle otto", "neu"},
	/* Romanian: queues, outages, sport; diacritic-free spellings. */
	{"ro", "Coadă mare la casa de marcat, am stat o oră", "neg"},
	{"ro", "Contul mi-a fost blocat fara motiv", "neg"},
	{"ro", "Site-ul a căzut din nou", "neg"},
	{"ro", "Echipa s-a calificat, ce bucurie", "pos"},
	{"ro", "Prea lacomi, preturile sunt mari", "neg"},
	{"ro", "Nu sunt suparat, dar e enervant", "neg"},
	{"ro", "Felicitari pentru victorie", "pos"},
	{"ro", "Magazinul se deschide la ora nouă", "neu"},
};

static void test_labels(void **state)
{
	struct fixture *fx = *state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct label_case *c = &cases[i];
		struct es_result r;
		assert_int_equal(es_analyze(fx->an, c->text, strlen(c->text), c->lang, NULL, &r), 0);
		const char *got = es_label_name(r.label);
		if (strcmp(got, c->label) != 0)
			fail_msg("case %zu [%s] \"%s\": %s (compound %.4f), want %s", i, c->lang,
			         c->text, got, r.compound, c->label);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_labels, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
