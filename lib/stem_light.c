/*
 * stem_light.c — a light inflectional suffix stripper for Polish, Czech and
 * Slovak, the languages Debian's Snowball lacks.
 *
 * What it does. It removes ONE ending: the longest entry of the language's
 * table below that matches the end of the word and leaves a stem of at least
 * ES_LIGHT_MIN_STEM (3) code points. The tables list the case/number/gender
 * endings of nouns and adjectives, the person/number endings of the present
 * tense and imperative, the infinitive (Polish, Slovak, only when spelled
 * with ć/ť) and the person endings after a Polish past participle, so that
 * the inflected forms of one lemma meet on one stem:
 *     dobry dobra dobre dobrego dobremu dobrym dobrej dobrych dobrą → dobr
 *     dobrý dobrá dobré dobrého dobrému dobrých dobrom dobrou (sk) → dobr
 *     polecam polecasz poleca polecamy polecacie polecają polecać → polec
 *     polecił poleciła poleciłem poleciłeś → polecił
 * Matching ignores most diacritics: the word's tail is compared through a
 * plain ASCII image (ą→a, ý→y, ě→e, ů→u …), because people often type these
 * languages without them, so "dobrych" and "dobrých" both lose their ending.
 * The root keeps whatever diacritics it was typed with ("obsług" vs
 * "obslug"); the scorer stems the accent-folded key separately for that.
 *
 * What it does not do, on purpose. It never touches the start of a word, so
 * negation prefixes stay visible (niedobry → niedobr, nedobrý → nedobr). It
 * does not undo stem alternations (Polish ręka/ręce, kot/kocie, produkt/
 * produkcie, polecił/polecili; Czech kniha/knize), it does not strip
 * derivational suffixes (-ość, -ost, -ek, comparatives), it does not join
 * the past tense with the present (polecił vs polec) nor aspect pairs, and
 * it does not strip Czech infinitives (-at/-it/-et also end internet, kredit,
 * automat) nor infinitives typed without ć/ť. Short lemmas do not conflate
 * because of the minimum stem (zły/złego stay apart; the lexicon lists such
 * words in full). Endings are stripped from any word that has them, so some
 * unrelated words meet (Polish polecę "I will fly" → polec) and nouns whose
 * stem ends like an ending split (problem, problemy → probl but problemu,
 * problemami → problem: -em/-emy/-emu are also verb and adjective endings).
 * These are the usual limits of a light stemmer; it trades recall for never
 * needing a dictionary.
 */
#include "stem_light.h"

#include <stdint.h>
#include <string.h>

#include "earshot/normalize.h"

/* One ending: match ctx+end at the end of the word, strip end. */
struct ending {
	const char *ctx;
	const char *end;
	unsigned char ctx_len, end_len;
};

/* clang-format off */
#define S(end)      {"", end, 0, sizeof(end) - 1}
#define C(ctx, end) {ctx, end, sizeof(ctx) - 1, sizeof(end) - 1}

/*
 * Endings in their plain image (see above), any order: the longest match
 * wins. 'L' stands for Polish ł, 'C' for ć, 'T' for Slovak ť (kept apart
 * from l, c, t so that only the spelled-out infinitive/past forms match,
 * never nouns like hotel, pałac, internet). An entry C(ctx, end) matches
 * ctx+end but strips only end: C("L", "es") turns polecił-eś into polecił.
 *
 * There are deliberately no rules that strip the l-participle itself
 * (-ł/-ła/-l/-la …): they collide with adjectives (wspaniały/wspaniała,
 * skvelý/skvelá) and nouns (hotel). Past-tense forms therefore conflate with
 * each other (polecił, poleciła, poleciłem → polecił) but not with the
 * present tense (polecam → polec).
 */
static const struct ending suffixes_pl[] = {
	/* nouns and adjectives (ą ę → a e) */
	S("a"), S("e"), S("i"), S("o"), S("u"), S("y"),
	S("ia"), S("ie"), S("ii"), S("iu"),
	S("ego"), S("emu"), S("ej"), S("ym"), S("im"), S("ych"), S("ich"), S("ymi"), S("imi"),
	S("iego"), S("iemu"), S("iej"),
	S("ami"), S("ach"), S("om"), S("ow"), S("owi"), S("owie"),
	S("iami"), S("iach"), S("iom"),
	/* present tense, imperative */
	S("am"), S("asz"), S("amy"), S("acie"), S("aja"),
	S("em"), S("esz"), S("emy"), S("ecie"), S("eja"),
	S("isz"), S("imy"), S("icie"),
	S("ysz"), S("ymy"), S("ycie"),
	S("aj"), S("ajmy"), S("ajcie"),
	/* infinitive -ać -eć -ić -yć (with ć only) */
	S("aC"), S("eC"), S("iC"), S("yC"),
	/* past tense person endings after the participle (-łeś -łaś -łyśmy -liśmy …) */
	C("L", "es"), C("L", "as"), C("L", "ysmy"), C("L", "yscie"), C("l", "ismy"), C("l", "iscie"),
};

static const struct ending suffixes_cs[] = {
	/* nouns and adjectives (ý á é í → y a e i, ů → u, ě → e) */
	S("a"), S("e"), S("i"), S("o"), S("u"), S("y"),
	S("ou"), S("em"), S("eho"), S("emu"), S("ym"), S("ych"), S("ymi"),
	S("im"), S("ich"), S("imi"), S("iho"), S("imu"),
	S("ami"), S("ach"), S("ech"), S("um"), S("ove"), S("ovi"), S("ovy"),
	/* present tense; no infinitive rules: -at/-it/-et end too many nouns */
	S("es"), S("eme"), S("ete"),
	S("am"), S("as"), S("ame"), S("ate"), S("aji"),
	S("is"), S("ime"), S("ite"), S("eji"),
};

static const struct ending suffixes_sk[] = {
	/* nouns and adjectives (ý á é í ú → y a e i u, ô ä → o a) */
	S("a"), S("e"), S("i"), S("o"), S("u"), S("y"),
	S("ia"), S("ie"), S("iu"), S("ou"), S("om"), S("ej"),
	S("eho"), S("emu"), S("ych"), S("ym"), S("ymi"),
	S("ieho"), S("iemu"), S("ich"), S("im"), S("imi"),
	S("ov"), S("och"), S("ami"), S("ach"), S("iach"), S("am"), S("iam"), S("ovi"), S("ovia"),
	/* present tense */
	S("as"), S("ame"), S("ate"), S("aju"),
	S("em"), S("es"), S("eme"), S("ete"), S("eju"),
	S("is"), S("ime"), S("ite"),
	/* infinitive -ať -iť -ieť -uť (with ť only) */
	S("aT"), S("iT"), S("ieT"), S("uT"),
};
/* clang-format on */

struct table {
	const struct ending *e;
	size_t n;
};

static const struct table tables[ES_LIGHT_LANG_COUNT] = {
        [ES_LIGHT_PL] = {suffixes_pl, sizeof suffixes_pl / sizeof suffixes_pl[0]},
        [ES_LIGHT_CS] = {suffixes_cs, sizeof suffixes_cs / sizeof suffixes_cs[0]},
        [ES_LIGHT_SK] = {suffixes_sk, sizeof suffixes_sk / sizeof suffixes_sk[0]},
};

int es_stem_light_lang(const char *code)
{
	if (!code)
		return -1;
	if (strcmp(code, "pl") == 0)
		return ES_LIGHT_PL;
	if (strcmp(code, "cs") == 0)
		return ES_LIGHT_CS;
	if (strcmp(code, "sk") == 0)
		return ES_LIGHT_SK;
	return -1;
}

/*
 * The plain image of one code point: ASCII letters lowercased, the
 * diacritic letters of the three languages mapped to their base letter,
 * ł to 'L', anything else to 0 (which no ending contains).
 */
static char plain_of(uint32_t c)
{
	if (c < 0x80) {
		if (c >= 'a' && c <= 'z')
			return (char)c;
		if (c >= 'A' && c <= 'Z')
			return (char)(c - 'A' + 'a');
		return 0;
	}
	/* clang-format off */
	switch (c) {
	case 0x0105: case 0x00E1: case 0x00E4: return 'a'; /* ą á ä */
	case 0x0107: return 'C';                            /* ć */
	case 0x010D: return 'c';                            /* č */
	case 0x010F: return 'd';                            /* ď */
	case 0x0119: case 0x00E9: case 0x011B: return 'e';  /* ę é ě */
	case 0x00ED: return 'i';                            /* í */
	case 0x013A: case 0x013E: return 'l';               /* ĺ ľ */
	case 0x0142: return 'L';                            /* ł */
	case 0x0144: case 0x0148: return 'n';               /* ń ň */
	case 0x00F3: case 0x00F4: return 'o';               /* ó ô */
	case 0x0155: case 0x0159: return 'r';               /* ŕ ř */
	case 0x015B: case 0x0161: return 's';               /* ś š */
	case 0x0165: return 'T';                            /* ť */
	case 0x00FA: case 0x016F: return 'u';               /* ú ů */
	case 0x00FD: return 'y';                            /* ý */
	case 0x017A: case 0x017C: case 0x017E: return 'z';  /* ź ż ž */
	default: return 0;
	}
	/* clang-format on */
}

/*
 * Decode one UTF-8 sequence at s[i..len) strictly enough for our purpose:
 * returns its length (1..4) and the code point, or 0 for a malformed
 * sequence. Validation proper is normalize.c's job; here malformed input
 * only means "do not stem".
 */
static size_t decode(const unsigned char *s, size_t len, size_t i, uint32_t *cp)
{
	unsigned char c = s[i];
	size_t n;
	uint32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		v = c & 0x1Fu;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		v = c & 0x0Fu;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		v = c & 0x07u;
	} else {
		return 0;
	}
	if (n > len - i)
		return 0;
	for (size_t k = 1; k < n; k++) {
		if ((s[i + k] & 0xC0u) != 0x80u)
			return 0;
		v = (v << 6) | (s[i + k] & 0x3Fu);
	}
	*cp = v;
	return n;
}

/*
 * Contract: see stem_light.h. Decodes the word once into the byte offset
 * and the plain image of every code point, then tries every ending of the
 * table, cheapest test (last character) first.
 */
size_t es_stem_light_len(enum es_light_lang lang, const char *word, size_t len)
{
	size_t off[ES_KEY_MAX + 1]; /* byte offset of code point k */
	char img[ES_KEY_MAX + 1];   /* plain image of code point k */
	size_t ncp = 0;
	const struct table *t;
	size_t best = 0, best_total = 0; /* stripped and matched characters */

	if ((unsigned)lang >= ES_LIGHT_LANG_COUNT || len > ES_KEY_MAX || !word)
		return len;
	t = &tables[lang];
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = decode((const unsigned char *)word, len, i, &cp);
		if (n == 0)
			return len;
		off[ncp] = i;
		img[ncp++] = plain_of(cp);
		i += n;
	}
	if (ncp <= ES_LIGHT_MIN_STEM)
		return len;

	const char last = img[ncp - 1];
	for (size_t k = 0; k < t->n; k++) {
		const struct ending *e = &t->e[k];
		size_t total = (size_t)e->ctx_len + e->end_len;
		if (e->end[e->end_len - 1] != last || total <= best_total || total > ncp ||
		    e->end_len > ncp - ES_LIGHT_MIN_STEM)
			continue;
		if (memcmp(img + ncp - total, e->ctx, e->ctx_len) != 0 ||
		    memcmp(img + ncp - e->end_len, e->end, e->end_len) != 0)
			continue;
		best_total = total;
		best = e->end_len;
	}
	return best ? off[ncp - best] : len;
}
