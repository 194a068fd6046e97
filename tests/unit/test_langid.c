/*
 * test_langid.c — the language guess (lib/langid.c) against texts written for
 * the test: clear sentences in each of the twelve languages (with and without
 * diacritics), texts too short or with nothing but mentions, links and emoji,
 * texts in languages or scripts the model does not answer with, candidate
 * restriction, and hostile input (invalid UTF-8, empty, NULL, huge).
 *
 * Not here: accuracy on the labeled dev data (an evaluation, not a test; see
 * docs/langid.md) and speed.
 */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "earshot/langid.h"

static const char *const all12[] = {"en", "pl", "el", "it", "ro", "sk",
                                    "de", "es", "fr", "pt", "cs", "nl"};

static struct es_langid *model_all(void)
{
	struct es_langid *li = NULL;

	assert_int_equal(es_langid_new(all12, 12, &li), 0);
	assert_non_null(li);
	return li;
}

static const char *guess(const struct es_langid *li, const char *text, char lang[8], double *conf)
{
	double c = es_langid_guess(li, text, strlen(text), lang);
	if (conf)
		*conf = c;
	return lang;
}

/* ---- clear sentences ---------------------------------------------------- */

struct sample {
	const char *lang;
	const char *text;
};

static const struct sample clear[] = {
        {"en", "I think the new phone is really good, but the battery does not last a day."},
        {"en", "We were going to the beach today but it's raining again, so we stay home."},
        {"en", "Can't believe they didn't even answer my email after two weeks"},
        {"pl", "Wczoraj byłem w kinie z żoną i film był naprawdę bardzo dobry."},
        {"pl", "Nie wiem, dlaczego ten telefon się ciągle zawiesza, to jest żenujące."},
        {"pl", "Nie wiem czy to jest dobry pomysl, ale moze sprobujemy jutro rano"},
        {"el", "Σήμερα ο καιρός είναι πολύ ωραίος και πάμε όλοι μαζί στη θάλασσα."},
        {"el", "Δεν μου αρέσει καθόλου αυτή η κυβέρνηση, είναι απαράδεκτο."},
        {"it", "Oggi sono andato al mercato con mia sorella e abbiamo comprato molta frutta."},
        {"it", "Non capisco perché questo governo continua a fare sempre gli stessi errori."},
        {"ro", "Astăzi am fost la piață și am cumpărat legume proaspete pentru cină."},
        {"ro", "Nu inteleg de ce produsul nu functioneaza, este foarte prost si scump"},
        {"sk", "Včera som bol v kine a film sa mi veľmi páčil, ale bol trochu dlhý."},
        {"sk", "Nechápem, prečo to ešte stále nefunguje, keď som to reklamoval už dvakrát."},
        {"sk", "Hotel bol pekny a cisty, ale ranajky neboli dobre, preto ho neodporucam"},
        {"de", "Ich habe gestern mit meinem Bruder Fußball gespielt und wir haben gewonnen."},
        {"de", "Das ist wirklich nicht schön, dass die Bahn schon wieder Verspätung hat."},
        {"es", "Mañana vamos a la playa con mis amigos si no llueve demasiado."},
        {"es", "¿Por qué nadie me dijo que la reunión era hoy? Estoy muy enojado."},
        {"fr", "Je ne comprends pas pourquoi le train est encore en retard ce matin."},
        {"fr", "C'est vraiment une très belle journée, on va se promener au bord de l'eau."},
        {"pt", "Eu não acredito que você ainda não viu esse filme, é muito bom."},
        {"pt", "A gente vai sair hoje à noite para comemorar o aniversário dela."},
        {"cs", "Včera jsem byl v kině a film se mi moc líbil, ale byl trochu dlouhý."},
        {"cs", "Nechápu, proč to pořád nefunguje, když jsem to reklamoval už dvakrát."},
        {"nl", "Ik heb gisteren met mijn vrienden gegeten en het was heel gezellig."},
        {"nl", "Het kabinet heeft besloten dat de nieuwe regels volgend jaar ingaan."},
};

static void test_clear_sentences(void **state)
{
	(void)state;
	struct es_langid *li = model_all();

	for (size_t i = 0; i < sizeof clear / sizeof clear[0]; i++) {
		char lang[8];
		double conf;
		guess(li, clear[i].text, lang, &conf);
		if (strcmp(lang, clear[i].lang) != 0)
			fail_msg("\"%s\": want %s, got %s", clear[i].text, clear[i].lang, lang);
		assert_true(conf > 0.0 && conf <= 1.0);
	}
	es_langid_free(li);
}

/* ---- "und" -------------------------------------------------------------- */

static const char *const und_texts[] = {
        "",
        "ok",
        "Dzień dobry!",                       /* 10 letters */
        "I love it so much",                  /* 13 letters */
        "Bonjour à tous les amis",            /* 19 letters: one short of the limit */
        "@user @someone_else_with_long_name", /* mentions are not language */
        "https://example.com/a/very/long/path/with/many/letters/in/it",
        "www.averylongdomainnamewithletters.com/andmore",
        "#ThisIsAVeryLongHashtagWrittenInEnglish #AndAnotherOne ok",
        "😀😀😀 🎉🎉 👍👍👍👍 ❤️❤️",
        "RT @newsaccount: http #breaking @user",
        "12345 678 90 !!! ??? ... ---",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", /* elongation squeezes to one */
        "&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp; &quot;&quot;",
        "Привет, как дела? Сегодня очень хорошая погода на улице.", /* Cyrillic */
        /* mostly Cyrillic with an English tail: the script decides, not the tail */
        "Сегодня очень хорошая погода на улице, пойдём гулять в парк вечером. the weather is",
        "今日はとても良い天気ですね。散歩に行きましょう。明日も晴れるといいな。",
};

static void test_und(void **state)
{
	(void)state;
	struct es_langid *li = model_all();

	for (size_t i = 0; i < sizeof und_texts / sizeof und_texts[0]; i++) {
		char lang[8];
		double conf;
		guess(li, und_texts[i], lang, &conf);
		if (strcmp(lang, "und") != 0)
			fail_msg("\"%s\": want und, got %s", und_texts[i], lang);
		assert_true(conf == 0.0);
	}
	es_langid_free(li);
}

/* Twenty letters is enough, nineteen is not: the limit is exact. */
static void test_letter_limit(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	char lang[8];

	/* "Bonjour à tous les amis" has 19 letters; "Bonjour à tous les amies" 20 */
	guess(li, "Bonjour à tous les amis", lang, NULL);
	assert_string_equal(lang, "und");
	guess(li, "Bonjour à tous les amies", lang, NULL);
	assert_string_equal(lang, "fr");
	/* letters inside mentions, links and hashtags do not count towards it */
	guess(li, "@jeanbaptiste Bonjour à tous les amis http://exemple.fr #bonjour", lang, NULL);
	assert_string_equal(lang, "und");
	/* nor do the placeholders some sources put in their place */
	guess(li, "@user Bonjour à tous les amis http", lang, NULL);
	assert_string_equal(lang, "und");
	guess(li, "RT Bonjour à tous les amis www.exemple.fr", lang, NULL);
	assert_string_equal(lang, "und");
	es_langid_free(li);
}

/* es_langid_letters() counts what the guess counts. */
static void test_letters(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	static const struct {
		const char *text;
		size_t letters;
	} cases[] = {
	        {"", 0},
	        {"Bonjour à tous les amis", 19},
	        {"Bonjour à tous les amies", 20},
	        {"@jeanbaptiste Bonjour #bonjour http://exemple.fr www.exemple.fr http", 7},
	        {"RT: Dzień dobry! 123 😀 &amp; ok", 12},
	        {"sooooo goood", 5}, /* "so" + "god": a run of three or more counts once */
	        {"Σήμερα είναι", 11},
	        {"l'amico don't", 10},
	        {"\xff\xfe"
	         "ab"
	         "\xc3",
	         2},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t got = es_langid_letters(li, cases[i].text, strlen(cases[i].text));
		if (got != cases[i].letters)
			fail_msg("\"%s\": want %zu letters, got %zu", cases[i].text,
			         cases[i].letters, got);
	}
	assert_int_equal(es_langid_letters(NULL, "abc def ghi", 11), 0);
	assert_int_equal(es_langid_letters(li, NULL, 11), 0);
	es_langid_free(li);
}

/* Mentions, links and hashtags around a sentence do not change the answer. */
static void test_noise_ignored(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	char lang[8];

	guess(li,
	      "RT @JohnSmith_UK: Nie wiem, dlaczego ten telefon się ciągle zawiesza "
	      "https://t.co/AbCdEfGh #TheBestPhoneEver @user http",
	      lang, NULL);
	assert_string_equal(lang, "pl");
	guess(li,
	      "@user @user @user Je ne comprends pas pourquoi le train est encore en retard &amp; "
	      "http 😡😡😡 #SNCF #WhatTheHell",
	      lang, NULL);
	assert_string_equal(lang, "fr");
	es_langid_free(li);
}

/* ---- Czech against Slovak ----------------------------------------------- */

/* Minimal pairs: the same sentence in each language, with and without
 * diacritics, told apart by what only one of them has — letters (ě ř ů;
 * ä ô ľ ĺ ŕ), function words (jsem/som, se/sa, nebo/alebo, který/ktorý,
 * protože/lebo) and endings (-ní/-ný, -ace/-ácia, -ou/-ú, -uji/-ujem). */
static const struct sample kin[] = {
        {"cs", "Myslím, že se mi to líbí, ale ještě nevím, jestli to koupím."},
        {"sk", "Myslím, že sa mi to páči, ale ešte neviem, či to kúpim."},
        {"cs", "Jsem rada, ze jste prisli, protoze bez vas by to nebylo ono."},
        {"sk", "Som rada, ze ste prisli, lebo bez vas by to nebolo ono."},
        {"cs", "Děkuji, bylo to moc hezké a lidé tam byli milí."},
        {"sk", "Ďakujem, bolo to veľmi pekné a ľudia tam boli milí."},
        {"cs", "Aktuální informace o situaci najdete na oficiální stránce města."},
        {"sk", "Aktuálne informácie o situácii nájdete na oficiálnej stránke mesta."},
        {"cs", "Který telefon je lepší, tenhle nebo ten druhý? Pořád nevím."},
        {"sk", "Ktorý telefón je lepší, tento alebo ten druhý? Stále neviem."},
        {"cs", "Pozdravuji všechny, kteří dnes pracují, a děkuju za podporu."},
        {"sk", "Pozdravujem všetkých, ktorí dnes pracujú, a ďakujem za podporu."},
        {"sk", "Pozdravujem vsetkych a dakujem za podporu, vazim si to."},
        {"sk", "Vcera som sa vratil z prace neskoro, este ma caka vela roboty."},
        /* "budu" is Czech as spelled and Slovak "budú" without its accent:
         * in a text typed with accents it counts for Czech only */
        {"cs", "Zítra budu doma, tak mi zavolej, až budeš mít čas."},
        {"sk", "Zajtra budem doma, tak mi zavolaj, keď budeš mať čas."},
};

static void test_czech_slovak(void **state)
{
	(void)state;
	struct es_langid *li = model_all();

	for (size_t i = 0; i < sizeof kin / sizeof kin[0]; i++) {
		char lang[8];
		double conf;
		guess(li, kin[i].text, lang, &conf);
		if (strcmp(lang, kin[i].lang) != 0)
			fail_msg("\"%s\": want %s, got %s", kin[i].text, kin[i].lang, lang);
		assert_true(conf > 0.0 && conf <= 1.0);
	}
	es_langid_free(li);
}

/* A sentence both languages write the same way is one of the two, not
 * "und": either lexicon scores it alike, and "und" would leave it unscored.
 * A Slovak sentence for a model whose only kin candidate is Czech is "und". */
static void test_czech_slovak_unsure(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	char lang[8];

	guess(li, "Tento film je dobry a zabavny, to je super.", lang, NULL);
	assert_true(strcmp(lang, "cs") == 0 || strcmp(lang, "sk") == 0);
	es_langid_free(li);

	const char *const cs_only[] = {"cs", "en"};
	assert_int_equal(es_langid_new(cs_only, 2, &li), 0);
	guess(li, "Ďakujem, bolo to veľmi pekné a ľudia tam boli milí.", lang, NULL);
	assert_string_equal(lang, "und");
	guess(li, "Děkuji, bylo to moc hezké a lidé tam byli milí.", lang, NULL);
	assert_string_equal(lang, "cs");
	es_langid_free(li);
}

/* ---- candidates --------------------------------------------------------- */

static void test_candidates_restrict(void **state)
{
	(void)state;
	const char *const en_de[] = {"en", "de"};
	struct es_langid *li = NULL;
	char lang[8];

	assert_int_equal(es_langid_new(en_de, 2, &li), 0);
	/* Polish, Greek, Spanish: not candidates, so "und" — never pl, el, es */
	guess(li, "Wczoraj byłem w kinie z żoną i film był naprawdę bardzo dobry.", lang, NULL);
	assert_string_equal(lang, "und");
	guess(li, "Σήμερα ο καιρός είναι πολύ ωραίος και πάμε όλοι μαζί στη θάλασσα.", lang, NULL);
	assert_string_equal(lang, "und");
	guess(li, "Mañana vamos a la playa con mis amigos si no llueve demasiado.", lang, NULL);
	assert_string_equal(lang, "und");
	/* candidates are still answered */
	guess(li, "Das ist wirklich nicht schön, dass die Bahn schon wieder Verspätung hat.", lang,
	      NULL);
	assert_string_equal(lang, "de");
	guess(li, "I think the new phone is really good, but the battery does not last a day.",
	      lang, NULL);
	assert_string_equal(lang, "en");
	es_langid_free(li);
}

/* Every answer is a candidate or "und", for every sample and candidate set. */
static void test_answer_within_candidates(void **state)
{
	(void)state;
	for (size_t mask = 0; mask < 12; mask++) {
		/* candidate sets: one language, two neighbours, every third one */
		const char *cands[12];
		size_t nc = 0;
		for (size_t l = 0; l < 12; l++)
			if (l == mask || l == (mask + 1) % 12 || (mask % 3 == 0 && l % 3 == 0))
				cands[nc++] = all12[l];
		struct es_langid *li = NULL;
		assert_int_equal(es_langid_new(cands, nc, &li), 0);
		for (size_t i = 0; i < sizeof clear / sizeof clear[0]; i++) {
			char lang[8];
			guess(li, clear[i].text, lang, NULL);
			int ok = strcmp(lang, "und") == 0;
			for (size_t c = 0; c < nc; c++)
				ok |= strcmp(lang, cands[c]) == 0;
			if (!ok)
				fail_msg("\"%s\": %s is not a candidate", clear[i].text, lang);
			/* and a candidate is never traded for another */
			if (strcmp(lang, "und") != 0)
				assert_string_equal(lang, clear[i].lang);
		}
		es_langid_free(li);
	}
}

static void test_unknown_codes_ignored(void **state)
{
	(void)state;
	const char *const codes[] = {"xx", "klingon", NULL, "EN", "", "pl", "pl", "e", "eng"};
	struct es_langid *li = NULL;
	const char *out[4] = {NULL, NULL, NULL, NULL};
	char lang[8];

	assert_int_equal(es_langid_new(codes, sizeof codes / sizeof codes[0], &li), 0);
	assert_int_equal(es_langid_langs(li, out, 4), 2);
	assert_string_equal(out[0], "en");
	assert_string_equal(out[1], "pl");
	assert_null(out[2]);
	guess(li, "I think the new phone is really good, but the battery does not last a day.",
	      lang, NULL);
	assert_string_equal(lang, "en");
	es_langid_free(li);

	/* a model that knows none of its candidates answers nothing */
	const char *const none[] = {"xx", "tlh"};
	assert_int_equal(es_langid_new(none, 2, &li), 0);
	assert_int_equal(es_langid_langs(li, out, 4), 0);
	guess(li, "I think the new phone is really good, but the battery does not last a day.",
	      lang, NULL);
	assert_string_equal(lang, "und");
	es_langid_free(li);

	/* no candidates at all */
	assert_int_equal(es_langid_new(NULL, 0, &li), 0);
	assert_int_equal(es_langid_langs(li, NULL, 0), 0);
	es_langid_free(li);
}

static void test_langs_sorted_and_bounded(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	const char *out[12];

	assert_int_equal(es_langid_langs(li, out, 12), 12);
	for (size_t i = 1; i < 12; i++)
		assert_true(strcmp(out[i - 1], out[i]) < 0);
	/* max below the count: fills max, still returns the count */
	const char *few[3] = {NULL, NULL, NULL};
	assert_int_equal(es_langid_langs(li, few, 2), 12);
	assert_string_equal(few[0], "cs");
	assert_string_equal(few[1], "de");
	assert_null(few[2]);
	assert_int_equal(es_langid_langs(li, NULL, 0), 12);
	assert_int_equal(es_langid_langs(NULL, out, 12), 0);
	es_langid_free(li);
}

/* ---- hostile input ------------------------------------------------------ */

static void test_bad_arguments(void **state)
{
	(void)state;
	struct es_langid *li = (struct es_langid *)&li; /* must be overwritten */
	char lang[8] = "xxxxxxx";

	assert_int_equal(es_langid_new(all12, 12, NULL), -EINVAL);
	assert_int_equal(es_langid_new(NULL, 3, &li), -EINVAL);
	assert_null(li);
	es_langid_free(NULL);

	li = model_all();
	assert_true(es_langid_guess(li, NULL, 10, lang) == 0.0);
	assert_string_equal(lang, "und");
	memcpy(lang, "xxxxxxx", 8);
	assert_true(es_langid_guess(NULL, "Wczoraj byłem w kinie z żoną i film był dobry.", 40,
	                            lang) == 0.0);
	assert_string_equal(lang, "und");
	assert_true(es_langid_guess(li, "Wczoraj byłem w kinie z żoną i film był dobry.", 40,
	                            NULL) == 0.0);
	/* len 0 reads nothing, even when the text goes on */
	assert_true(es_langid_guess(li, "Wczoraj byłem w kinie z żoną i film był dobry.", 0,
	                            lang) == 0.0);
	assert_string_equal(lang, "und");
	es_langid_free(li);
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	char lang[8];
	static const char garbage[] = "\xff\xfe\xfd\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc"
	                              "\xc0\xaf\xed\xa0\x80\xf8\x88\x80\x80\x80\xfc\x84\x80\x80";

	es_langid_guess(li, garbage, sizeof garbage - 1, lang);
	assert_string_equal(lang, "und");

	/* a sentence with stray invalid bytes between its words is still read */
	static const char mixed[] = "Je ne comprends \xff pas pourquoi le \xc3 train est encore "
	                            "\xe2\x28 en retard ce matin.";
	es_langid_guess(li, mixed, sizeof mixed - 1, lang);
	assert_string_equal(lang, "fr");

	/* a multi-byte letter cut by len is not read past len */
	static const char cut[] = "Wczoraj byłem w kinie z żoną i film był naprawdę bardzo dobry ż";
	es_langid_guess(li, cut, sizeof cut - 2, lang);
	assert_string_equal(lang, "pl");

	/* embedded NUL bytes are separators, not the end */
	static const char nul[] = "Je ne comprends pas\0pourquoi le train est encore en retard.";
	es_langid_guess(li, nul, sizeof nul - 1, lang);
	assert_string_equal(lang, "fr");
	es_langid_free(li);
}

/* A huge post is read only up to the scan bound, and answers all the same. */
static void test_long_text(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	static const char sent[] =
	        "Mañana vamos a la playa con mis amigos si no llueve demasiado. ";
	size_t n = 4000, len = n * (sizeof sent - 1);
	char *big = malloc(len + 1);
	char lang[8];

	assert_non_null(big);
	for (size_t i = 0; i < n; i++)
		memcpy(big + i * (sizeof sent - 1), sent, sizeof sent - 1);
	big[len] = '\0';
	es_langid_guess(li, big, len, lang);
	assert_string_equal(lang, "es");

	/* one endless word: no word list hit, no overflow */
	memset(big, 'z', len);
	es_langid_guess(li, big, len, lang);
	assert_string_equal(lang, "und");
	for (size_t i = 0; i < len; i++)
		big[i] = (char)('a' + i % 26);
	es_langid_guess(li, big, len, lang);
	assert_true(strlen(lang) < 8);
	free(big);
	es_langid_free(li);
}

/* The same text gives the same answer, whatever was guessed before. */
static void test_stateless(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	char a[8], b[8];
	double ca, cb;

	guess(li, clear[0].text, a, &ca);
	for (size_t i = 0; i < sizeof clear / sizeof clear[0]; i++)
		guess(li, clear[i].text, b, NULL);
	guess(li, clear[0].text, b, &cb);
	assert_string_equal(a, b);
	assert_true(ca == cb);
	es_langid_free(li);
}

/* One model, several threads guessing at once: the answers are those of a
 * single thread (the model is immutable, the scratch is on each stack). */
struct worker {
	const struct es_langid *li;
	size_t start;
	char got[sizeof clear / sizeof clear[0]][8];
};

static void *worker_run(void *arg)
{
	struct worker *w = arg;

	for (size_t r = 0; r < 50; r++)
		for (size_t k = 0; k < sizeof clear / sizeof clear[0]; k++) {
			size_t i = (w->start + k) % (sizeof clear / sizeof clear[0]);
			es_langid_guess(w->li, clear[i].text, strlen(clear[i].text), w->got[i]);
		}
	return NULL;
}

static void test_threads(void **state)
{
	(void)state;
	struct es_langid *li = model_all();
	struct worker w[4];
	pthread_t t[4];

	for (size_t j = 0; j < 4; j++) {
		w[j].li = li;
		w[j].start = j * 7;
		assert_int_equal(pthread_create(&t[j], NULL, worker_run, &w[j]), 0);
	}
	for (size_t j = 0; j < 4; j++)
		assert_int_equal(pthread_join(t[j], NULL), 0);
	for (size_t j = 0; j < 4; j++)
		for (size_t i = 0; i < sizeof clear / sizeof clear[0]; i++)
			assert_string_equal(w[j].got[i], clear[i].lang);
	es_langid_free(li);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_clear_sentences),
	        cmocka_unit_test(test_und),
	        cmocka_unit_test(test_letter_limit),
	        cmocka_unit_test(test_letters),
	        cmocka_unit_test(test_noise_ignored),
	        cmocka_unit_test(test_czech_slovak),
	        cmocka_unit_test(test_czech_slovak_unsure),
	        cmocka_unit_test(test_candidates_restrict),
	        cmocka_unit_test(test_answer_within_candidates),
	        cmocka_unit_test(test_unknown_codes_ignored),
	        cmocka_unit_test(test_langs_sorted_and_bounded),
	        cmocka_unit_test(test_bad_arguments),
	        cmocka_unit_test(test_invalid_utf8),
	        cmocka_unit_test(test_long_text),
	        cmocka_unit_test(test_stateless),
	        cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
