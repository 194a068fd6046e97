/*
 * normalize.c — lookup keys for tokens: NFC, case folding, accent folding,
 * elongation squeezing, emoji keys and hashtag splitting (normalize.h).
 *
 * Every function writes into a caller buffer and never allocates: the
 * Unicode work happens in a fixed array of code points on the stack, with
 * utf8proc doing decomposition, case folding and recomposition. Two fast
 * paths skip that work for the common cases: pure ASCII (most tokens in most
 * posts) is only lowercased, which is exactly what NFC + case folding does
 * to ASCII, and precomposed Latin/Greek/Cyrillic letters are mapped through
 * a table generated from the general path (see fast_map).
 *
 * What this file does not do: it does not tokenize (token.c decides what a
 * word is), it does not transliterate between scripts, it does not apply
 * language-specific case rules (Turkish "I" folds to "i", not "ı", because
 * the lookup key must not depend on a language guess), and it does not
 * validate the input of es_norm_squeeze/es_norm_emoji_key, which are meant
 * for keys es_norm_key already produced or tokens the tokenizer delimited.
 *
 * Limit: outside the Latin/Greek/Cyrillic fast path, es_norm_key works on
 * at most NORM_CP_MAX code points of the decomposed form; longer input
 * returns -E2BIG even if cap would be large enough. Keys are at most
 * ES_KEY_MAX bytes, so this never matters to the library itself.
 */
#include "earshot/normalize.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

/* Decomposed code points es_norm_key can hold: 4x a full key, ~4 KiB of stack for both buffers. */
#define NORM_CP_MAX (4 * ES_KEY_MAX)

/* ---------------------------------------------------------------------- */
/* es_norm_key                                                             */
/* ---------------------------------------------------------------------- */

/*
 * Letters that have no canonical decomposition but that people replace by a
 * plain letter when they type without diacritics. Called after case folding,
 * so mostly lowercase forms matter; the uppercase forms are for callers that
 * ask for ES_NORM_UNACCENT without ES_NORM_FOLD. Writes 1 or 2 code points to
 * dst and returns how many, or 0 when c is not such a letter.
 */
static int unaccent_letter(utf8proc_int32_t c, utf8proc_int32_t dst[2])
{
	utf8proc_int32_t a = 0, b = 0;

	/* clang-format off */
	switch (c) {
	case 0x0142: a = 'l'; break;            /* ł Polish */
	case 0x0141: a = 'L'; break;            /* Ł */
	case 0x0111: a = 'd'; break;            /* đ Croatian, Vietnamese */
	case 0x0110: a = 'D'; break;            /* Đ */
	case 0x00F0: a = 'd'; break;            /* ð Icelandic (typed as d) */
	case 0x00D0: a = 'D'; break;            /* Ð */
	case 0x00F8: a = 'o'; break;            /* ø Danish, Norwegian */
	case 0x00D8: a = 'O'; break;            /* Ø */
	case 0x0127: a = 'h'; break;            /* ħ Maltese */
	case 0x0126: a = 'H'; break;            /* Ħ */
	case 0x0131: a = 'i'; break;            /* ı Turkish dotless i */
	case 0x0140: a = 'l'; break;            /* ŀ Catalan (compat decomposition only) */
	case 0x013F: a = 'L'; break;            /* Ŀ */
	case 0x0167: a = 't'; break;            /* ŧ Sami */
	case 0x0166: a = 'T'; break;            /* Ŧ */
	case 0x00FE: a = 't'; b = 'h'; break;   /* þ Icelandic */
	case 0x00DE: a = 'T'; b = 'h'; break;   /* Þ */
	case 0x00E6: a = 'a'; b = 'e'; break;   /* æ */
	case 0x00C6: a = 'A'; b = 'E'; break;   /* Æ */
	case 0x0153: a = 'o'; b = 'e'; break;   /* œ French */
	case 0x0152: a = 'O'; b = 'E'; break;   /* Œ */
	case 0x00DF: a = 's'; b = 's'; break;   /* ß when not case folded */
	default: return 0;
	}
	/* clang-format on */
	dst[0] = a;
	dst[1] = b;
	return b ? 2 : 1;
}

/*
 * ASCII fast path: NFC is the identity on ASCII and full case folding is
 * plain lowercasing, so no table lookups are needed.
 */
static int key_ascii(const char *s, size_t len, unsigned flags, char *out, size_t cap)
{
	if (len > cap || len > (size_t)INT_MAX)
		return -E2BIG;
	if (flags & ES_NORM_FOLD) {
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];
			out[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		}
	} else {
		memcpy(out, s, len);
	}
	return (int)len;
}

/*
 * Fast path for text in Latin, Greek and Cyrillic (U+0080..U+04FF), which is
 * most non-ASCII text in the languages we score. For each code point of the
 * range, fast_map holds the key es_norm_key's general path produces for that
 * code point alone, with ES_NORM_FOLD (fold) and with ES_NORM_FOLD |
 * ES_NORM_UNACCENT (plain); an empty fold means "not eligible" (combining
 * marks, controls, unassigned code points, anything whose key depends on
 * its neighbours). For eligible code points and ASCII the key of a word is
 * the concatenation of the per-code-point keys: nothing composes across
 * them, since composition needs a combining mark, and marks are not
 * eligible. The table was generated by running the general path on every
 * code point and every pair of eligible code points (and ASCII
 * alphanumerics), and test_normalize.c re-checks it exhaustively, so a
 * utf8proc upgrade that changes a mapping fails the test instead of
 * silently splitting keys.
 */
#define FAST_LO 0x80
#define FAST_HI 0x500

struct fast_entry {
	char fold[5];  /* NUL-padded UTF-8, "" when not eligible */
	char plain[5]; /* NUL-padded UTF-8 */
};

/* clang-format off */
static const struct fast_entry fast_map[FAST_HI - FAST_LO] = {
	{"", ""}, {"", ""}, {"", ""}, /* U+0080 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0083 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0086 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0089 */
	{"", ""}, {"", ""}, {"", ""}, /* U+008C */
	{"", ""}, {"", ""}, {"", ""}, /* U+008F */
	{"", ""}, {"", ""}, {"", ""}, /* U+0092 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0095 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0098 */
	{"", ""}, {"", ""}, {"", ""}, /* U+009B */
	{"", ""}, {"", ""}, {"\xc2\xa0", "\xc2\xa0"}, /* U+009E */
	{"\xc2\xa1", "\xc2\xa1"}, {"\xc2\xa2", "\xc2\xa2"}, {"\xc2\xa3", "\xc2\xa3"}, /* U+00A1 */
	{"\xc2\xa4", "\xc2\xa4"}, {"\xc2\xa5", "\xc2\xa5"}, {"\xc2\xa6", "\xc2\xa6"}, /* U+00A4 */
	{"\xc2\xa7", "\xc2\xa7"}, {"\xc2\xa8", "\xc2\xa8"}, {"\xc2\xa9", "\xc2\xa9"}, /* U+00A7 */
	{"\xc2\xaa", "\xc2\xaa"}, {"\xc2\xab", "\xc2\xab"}, {"\xc2\xac", "\xc2\xac"}, /* U+00AA */
	{"\xc2\xad", "\xc2\xad"}, {"\xc2\xae", "\xc2\xae"}, {"\xc2\xaf", "\xc2\xaf"}, /* U+00AD */
	{"\xc2\xb0", "\xc2\xb0"}, {"\xc2\xb1", "\xc2\xb1"}, {"\xc2\xb2", "\xc2\xb2"}, /* U+00B0 */
	{"\xc2\xb3", "\xc2\xb3"}, {"\xc2\xb4", "\xc2\xb4"}, {"\xce\xbc", "\xce\xbc"}, /* U+00B3 */
	{"\xc2\xb6", "\xc2\xb6"}, {"\xc2\xb7", "\xc2\xb7"}, {"\xc2\xb8", "\xc2\xb8"}, /* U+00B6 */
	{"\xc2\xb9", "\xc2\xb9"}, {"\xc2\xba", "\xc2\xba"}, {"\xc2\xbb", "\xc2\xbb"}, /* U+00B9 */
	{"\xc2\xbc", "\xc2\xbc"}, {"\xc2\xbd", "\xc2\xbd"}, {"\xc2\xbe", "\xc2\xbe"}, /* U+00BC */
	{"\xc2\xbf", "\xc2\xbf"}, {"\xc3\xa0", "\x61"}, {"\xc3\xa1", "\x61"}, /* U+00BF */
	{"\xc3\xa2", "\x61"}, {"\xc3\xa3", "\x61"}, {"\xc3\xa4", "\x61"}, /* U+00C2 */
	{"\xc3\xa5", "\x61"}, {"\xc3\xa6", "\x61\x65"}, {"\xc3\xa7", "\x63"}, /* U+00C5 */
	{"\xc3\xa8", "\x65"}, {"\xc3\xa9", "\x65"}, {"\xc3\xaa", "\x65"}, /* U+00C8 */
	{"\xc3\xab", "\x65"}, {"\xc3\xac", "\x69"}, {"\xc3\xad", "\x69"}, /* U+00CB */
	{"\xc3\xae", "\x69"}, {"\xc3\xaf", "\x69"}, {"\xc3\xb0", "\x64"}, /* U+00CE */
	{"\xc3\xb1", "\x6e"}, {"\xc3\xb2", "\x6f"}, {"\xc3\xb3", "\x6f"}, /* U+00D1 */
	{"\xc3\xb4", "\x6f"}, {"\xc3\xb5", "\x6f"}, {"\xc3\xb6", "\x6f"}, /* U+00D4 */
	{"\xc3\x97", "\xc3\x97"}, {"\xc3\xb8", "\x6f"}, {"\xc3\xb9", "\x75"}, /* U+00D7 */
	{"\xc3\xba", "\x75"}, {"\xc3\xbb", "\x75"}, {"\xc3\xbc", "\x75"}, /* U+00DA */
	{"\xc3\xbd", "\x79"}, {"\xc3\xbe", "\x74\x68"}, {"\x73\x73", "\x73\x73"}, /* U+00DD */
	{"\xc3\xa0", "\x61"}, {"\xc3\xa1", "\x61"}, {"\xc3\xa2", "\x61"}, /* U+00E0 */
	{"\xc3\xa3", "\x61"}, {"\xc3\xa4", "\x61"}, {"\xc3\xa5", "\x61"}, /* U+00E3 */
	{"\xc3\xa6", "\x61\x65"}, {"\xc3\xa7", "\x63"}, {"\xc3\xa8", "\x65"}, /* U+00E6 */
	{"\xc3\xa9", "\x65"}, {"\xc3\xaa", "\x65"}, {"\xc3\xab", "\x65"}, /* U+00E9 */
	{"\xc3\xac", "\x69"}, {"\xc3\xad", "\x69"}, {"\xc3\xae", "\x69"}, /* U+00EC */
	{"\xc3\xaf", "\x69"}, {"\xc3\xb0", "\x64"}, {"\xc3\xb1", "\x6e"}, /* U+00EF */
	{"\xc3\xb2", "\x6f"}, {"\xc3\xb3", "\x6f"}, {"\xc3\xb4", "\x6f"}, /* U+00F2 */
	{"\xc3\xb5", "\x6f"}, {"\xc3\xb6", "\x6f"}, {"\xc3\xb7", "\xc3\xb7"}, /* U+00F5 */
	{"\xc3\xb8", "\x6f"}, {"\xc3\xb9", "\x75"}, {"\xc3\xba", "\x75"}, /* U+00F8 */
	{"\xc3\xbb", "\x75"}, {"\xc3\xbc", "\x75"}, {"\xc3\xbd", "\x79"}, /* U+00FB */
	{"\xc3\xbe", "\x74\x68"}, {"\xc3\xbf", "\x79"}, {"\xc4\x81", "\x61"}, /* U+00FE */
	{"\xc4\x81", "\x61"}, {"\xc4\x83", "\x61"}, {"\xc4\x83", "\x61"}, /* U+0101 */
	{"\xc4\x85", "\x61"}, {"\xc4\x85", "\x61"}, {"\xc4\x87", "\x63"}, /* U+0104 */
	{"\xc4\x87", "\x63"}, {"\xc4\x89", "\x63"}, {"\xc4\x89", "\x63"}, /* U+0107 */
	{"\xc4\x8b", "\x63"}, {"\xc4\x8b", "\x63"}, {"\xc4\x8d", "\x63"}, /* U+010A */
	{"\xc4\x8d", "\x63"}, {"\xc4\x8f", "\x64"}, {"\xc4\x8f", "\x64"}, /* U+010D */
	{"\xc4\x91", "\x64"}, {"\xc4\x91", "\x64"}, {"\xc4\x93", "\x65"}, /* U+0110 */
	{"\xc4\x93", "\x65"}, {"\xc4\x95", "\x65"}, {"\xc4\x95", "\x65"}, /* U+0113 */
	{"\xc4\x97", "\x65"}, {"\xc4\x97", "\x65"}, {"\xc4\x99", "\x65"}, /* U+0116 */
	{"\xc4\x99", "\x65"}, {"\xc4\x9b", "\x65"}, {"\xc4\x9b", "\x65"}, /* U+0119 */
	{"\xc4\x9d", "\x67"}, {"\xc4\x9d", "\x67"}, {"\xc4\x9f", "\x67"}, /* U+011C */
	{"\xc4\x9f", "\x67"}, {"\xc4\xa1", "\x67"}, {"\xc4\xa1", "\x67"}, /* U+011F */
	{"\xc4\xa3", "\x67"}, {"\xc4\xa3", "\x67"}, {"\xc4\xa5", "\x68"}, /* U+0122 */
	{"\xc4\xa5", "\x68"}, {"\xc4\xa7", "\x68"}, {"\xc4\xa7", "\x68"}, /* U+0125 */
	{"\xc4\xa9", "\x69"}, {"\xc4\xa9", "\x69"}, {"\xc4\xab", "\x69"}, /* U+0128 */
	{"\xc4\xab", "\x69"}, {"\xc4\xad", "\x69"}, {"\xc4\xad", "\x69"}, /* U+012B */
	{"\xc4\xaf", "\x69"}, {"\xc4\xaf", "\x69"}, {"\x69\xcc\x87", "\x69"}, /* U+012E */
	{"\xc4\xb1", "\x69"}, {"\xc4\xb3", "\xc4\xb3"}, {"\xc4\xb3", "\xc4\xb3"}, /* U+0131 */
	{"\xc4\xb5", "\x6a"}, {"\xc4\xb5", "\x6a"}, {"\xc4\xb7", "\x6b"}, /* U+0134 */
	{"\xc4\xb7", "\x6b"}, {"\xc4\xb8", "\xc4\xb8"}, {"\xc4\xba", "\x6c"}, /* U+0137 */
	{"\xc4\xba", "\x6c"}, {"\xc4\xbc", "\x6c"}, {"\xc4\xbc", "\x6c"}, /* U+013A */
	{"\xc4\xbe", "\x6c"}, {"\xc4\xbe", "\x6c"}, {"\xc5\x80", "\x6c"}, /* U+013D */
	{"\xc5\x80", "\x6c"}, {"\xc5\x82", "\x6c"}, {"\xc5\x82", "\x6c"}, /* U+0140 */
	{"\xc5\x84", "\x6e"}, {"\xc5\x84", "\x6e"}, {"\xc5\x86", "\x6e"}, /* U+0143 */
	{"\xc5\x86", "\x6e"}, {"\xc5\x88", "\x6e"}, {"\xc5\x88", "\x6e"}, /* U+0146 */
	{"\xca\xbc\x6e", "\xca\xbc\x6e"}, {"\xc5\x8b", "\xc5\x8b"}, {"\xc5\x8b", "\xc5\x8b"}, /* U+0149 */
	{"\xc5\x8d", "\x6f"}, {"\xc5\x8d", "\x6f"}, {"\xc5\x8f", "\x6f"}, /* U+014C */
	{"\xc5\x8f", "\x6f"}, {"\xc5\x91", "\x6f"}, {"\xc5\x91", "\x6f"}, /* U+014F */
	{"\xc5\x93", "\x6f\x65"}, {"\xc5\x93", "\x6f\x65"}, {"\xc5\x95", "\x72"}, /* U+0152 */
	{"\xc5\x95", "\x72"}, {"\xc5\x97", "\x72"}, {"\xc5\x97", "\x72"}, /* U+0155 */
	{"\xc5\x99", "\x72"}, {"\xc5\x99", "\x72"}, {"\xc5\x9b", "\x73"}, /* U+0158 */
	{"\xc5\x9b", "\x73"}, {"\xc5\x9d", "\x73"}, {"\xc5\x9d", "\x73"}, /* U+015B */
	{"\xc5\x9f", "\x73"}, {"\xc5\x9f", "\x73"}, {"\xc5\xa1", "\x73"}, /* U+015E */
	{"\xc5\xa1", "\x73"}, {"\xc5\xa3", "\x74"}, {"\xc5\xa3", "\x74"}, /* U+0161 */
	{"\xc5\xa5", "\x74"}, {"\xc5\xa5", "\x74"}, {"\xc5\xa7", "\x74"}, /* U+0164 */
	{"\xc5\xa7", "\x74"}, {"\xc5\xa9", "\x75"}, {"\xc5\xa9", "\x75"}, /* U+0167 */
	{"\xc5\xab", "\x75"}, {"\xc5\xab", "\x75"}, {"\xc5\xad", "\x75"}, /* U+016A */
	{"\xc5\xad", "\x75"}, {"\xc5\xaf", "\x75"}, {"\xc5\xaf", "\x75"}, /* U+016D */
	{"\xc5\xb1", "\x75"}, {"\xc5\xb1", "\x75"}, {"\xc5\xb3", "\x75"}, /* U+0170 */
	{"\xc5\xb3", "\x75"}, {"\xc5\xb5", "\x77"}, {"\xc5\xb5", "\x77"}, /* U+0173 */
	{"\xc5\xb7", "\x79"}, {"\xc5\xb7", "\x79"}, {"\xc3\xbf", "\x79"}, /* U+0176 */
	{"\xc5\xba", "\x7a"}, {"\xc5\xba", "\x7a"}, {"\xc5\xbc", "\x7a"}, /* U+0179 */
	{"\xc5\xbc", "\x7a"}, {"\xc5\xbe", "\x7a"}, {"\xc5\xbe", "\x7a"}, /* U+017C */
	{"\x73", "\x73"}, {"\xc6\x80", "\xc6\x80"}, {"\xc9\x93", "\xc9\x93"}, /* U+017F */
	{"\xc6\x83", "\xc6\x83"}, {"\xc6\x83", "\xc6\x83"}, {"\xc6\x85", "\xc6\x85"}, /* U+0182 */
	{"\xc6\x85", "\xc6\x85"}, {"\xc9\x94", "\xc9\x94"}, {"\xc6\x88", "\xc6\x88"}, /* U+0185 */
	{"\xc6\x88", "\xc6\x88"}, {"\xc9\x96", "\xc9\x96"}, {"\xc9\x97", "\xc9\x97"}, /* U+0188 */
	{"\xc6\x8c", "\xc6\x8c"}, {"\xc6\x8c", "\xc6\x8c"}, {"\xc6\x8d", "\xc6\x8d"}, /* U+018B */
	{"\xc7\x9d", "\xc7\x9d"}, {"\xc9\x99", "\xc9\x99"}, {"\xc9\x9b", "\xc9\x9b"}, /* U+018E */
	{"\xc6\x92", "\xc6\x92"}, {"\xc6\x92", "\xc6\x92"}, {"\xc9\xa0", "\xc9\xa0"}, /* U+0191 */
	{"\xc9\xa3", "\xc9\xa3"}, {"\xc6\x95", "\xc6\x95"}, {"\xc9\xa9", "\xc9\xa9"}, /* U+0194 */
	{"\xc9\xa8", "\xc9\xa8"}, {"\xc6\x99", "\xc6\x99"}, {"\xc6\x99", "\xc6\x99"}, /* U+0197 */
	{"\xc6\x9a", "\xc6\x9a"}, {"\xc6\x9b", "\xc6\x9b"}, {"\xc9\xaf", "\xc9\xaf"}, /* U+019A */
	{"\xc9\xb2", "\xc9\xb2"}, {"\xc6\x9e", "\xc6\x9e"}, {"\xc9\xb5", "\xc9\xb5"}, /* U+019D */
	{"\xc6\xa1", "\x6f"}, {"\xc6\xa1", "\x6f"}, {"\xc6\xa3", "\xc6\xa3"}, /* U+01A0 */
	{"\xc6\xa3", "\xc6\xa3"}, {"\xc6\xa5", "\xc6\xa5"}, {"\xc6\xa5", "\xc6\xa5"}, /* U+01A3 */
	{"\xca\x80", "\xca\x80"}, {"\xc6\xa8", "\xc6\xa8"}, {"\xc6\xa8", "\xc6\xa8"}, /* U+01A6 */
	{"\xca\x83", "\xca\x83"}, {"\xc6\xaa", "\xc6\xaa"}, {"\xc6\xab", "\xc6\xab"}, /* U+01A9 */
	{"\xc6\xad", "\xc6\xad"}, {"\xc6\xad", "\xc6\xad"}, {"\xca\x88", "\xca\x88"}, /* U+01AC */
	{"\xc6\xb0", "\x75"}, {"\xc6\xb0", "\x75"}, {"\xca\x8a", "\xca\x8a"}, /* U+01AF */
	{"\xca\x8b", "\xca\x8b"}, {"\xc6\xb4", "\xc6\xb4"}, {"\xc6\xb4", "\xc6\xb4"}, /* U+01B2 */
	{"\xc6\xb6", "\xc6\xb6"}, {"\xc6\xb6", "\xc6\xb6"}, {"\xca\x92", "\xca\x92"}, /* U+01B5 */
	{"\xc6\xb9", "\xc6\xb9"}, {"\xc6\xb9", "\xc6\xb9"}, {"\xc6\xba", "\xc6\xba"}, /* U+01B8 */
	{"\xc6\xbb", "\xc6\xbb"}, {"\xc6\xbd", "\xc6\xbd"}, {"\xc6\xbd", "\xc6\xbd"}, /* U+01BB */
	{"\xc6\xbe", "\xc6\xbe"}, {"\xc6\xbf", "\xc6\xbf"}, {"\xc7\x80", "\xc7\x80"}, /* U+01BE */
	{"\xc7\x81", "\xc7\x81"}, {"\xc7\x82", "\xc7\x82"}, {"\xc7\x83", "\xc7\x83"}, /* U+01C1 */
	{"\xc7\x86", "\xc7\x86"}, {"\xc7\x86", "\xc7\x86"}, {"\xc7\x86", "\xc7\x86"}, /* U+01C4 */
	{"\xc7\x89", "\xc7\x89"}, {"\xc7\x89", "\xc7\x89"}, {"\xc7\x89", "\xc7\x89"}, /* U+01C7 */
	{"\xc7\x8c", "\xc7\x8c"}, {"\xc7\x8c", "\xc7\x8c"}, {"\xc7\x8c", "\xc7\x8c"}, /* U+01CA */
	{"\xc7\x8e", "\x61"}, {"\xc7\x8e", "\x61"}, {"\xc7\x90", "\x69"}, /* U+01CD */
	{"\xc7\x90", "\x69"}, {"\xc7\x92", "\x6f"}, {"\xc7\x92", "\x6f"}, /* U+01D0 */
	{"\xc7\x94", "\x75"}, {"\xc7\x94", "\x75"}, {"\xc7\x96", "\x75"}, /* U+01D3 */
	{"\xc7\x96", "\x75"}, {"\xc7\x98", "\x75"}, {"\xc7\x98", "\x75"}, /* U+01D6 */
	{"\xc7\x9a", "\x75"}, {"\xc7\x9a", "\x75"}, {"\xc7\x9c", "\x75"}, /* U+01D9 */
	{"\xc7\x9c", "\x75"}, {"\xc7\x9d", "\xc7\x9d"}, {"\xc7\x9f", "\x61"}, /* U+01DC */
	{"\xc7\x9f", "\x61"}, {"\xc7\xa1", "\x61"}, {"\xc7\xa1", "\x61"}, /* U+01DF */
	{"\xc7\xa3", "\x61\x65"}, {"\xc7\xa3", "\x61\x65"}, {"\xc7\xa5", "\xc7\xa5"}, /* U+01E2 */
	{"\xc7\xa5", "\xc7\xa5"}, {"\xc7\xa7", "\x67"}, {"\xc7\xa7", "\x67"}, /* U+01E5 */
	{"\xc7\xa9", "\x6b"}, {"\xc7\xa9", "\x6b"}, {"\xc7\xab", "\x6f"}, /* U+01E8 */
	{"\xc7\xab", "\x6f"}, {"\xc7\xad", "\x6f"}, {"\xc7\xad", "\x6f"}, /* U+01EB */
	{"\xc7\xaf", "\xca\x92"}, {"\xc7\xaf", "\xca\x92"}, {"\xc7\xb0", "\x6a"}, /* U+01EE */
	{"\xc7\xb3", "\xc7\xb3"}, {"\xc7\xb3", "\xc7\xb3"}, {"\xc7\xb3", "\xc7\xb3"}, /* U+01F1 */
	{"\xc7\xb5", "\x67"}, {"\xc7\xb5", "\x67"}, {"\xc6\x95", "\xc6\x95"}, /* U+01F4 */
	{"\xc6\xbf", "\xc6\xbf"}, {"\xc7\xb9", "\x6e"}, {"\xc7\xb9", "\x6e"}, /* U+01F7 */
	{"\xc7\xbb", "\x61"}, {"\xc7\xbb", "\x61"}, {"\xc7\xbd", "\x61\x65"}, /* U+01FA */
	{"\xc7\xbd", "\x61\x65"}, {"\xc7\xbf", "\x6f"}, {"\xc7\xbf", "\x6f"}, /* U+01FD */
	{"\xc8\x81", "\x61"}, {"\xc8\x81", "\x61"}, {"\xc8\x83", "\x61"}, /* U+0200 */
	{"\xc8\x83", "\x61"}, {"\xc8\x85", "\x65"}, {"\xc8\x85", "\x65"}, /* U+0203 */
	{"\xc8\x87", "\x65"}, {"\xc8\x87", "\x65"}, {"\xc8\x89", "\x69"}, /* U+0206 */
	{"\xc8\x89", "\x69"}, {"\xc8\x8b", "\x69"}, {"\xc8\x8b", "\x69"}, /* U+0209 */
	{"\xc8\x8d", "\x6f"}, {"\xc8\x8d", "\x6f"}, {"\xc8\x8f", "\x6f"}, /* U+020C */
	{"\xc8\x8f", "\x6f"}, {"\xc8\x91", "\x72"}, {"\xc8\x91", "\x72"}, /* U+020F */
	{"\xc8\x93", "\x72"}, {"\xc8\x93", "\x72"}, {"\xc8\x95", "\x75"}, /* U+0212 */
	{"\xc8\x95", "\x75"}, {"\xc8\x97", "\x75"}, {"\xc8\x97", "\x75"}, /* U+0215 */
	{"\xc8\x99", "\x73"}, {"\xc8\x99", "\x73"}, {"\xc8\x9b", "\x74"}, /* U+0218 */
	{"\xc8\x9b", "\x74"}, {"\xc8\x9d", "\xc8\x9d"}, {"\xc8\x9d", "\xc8\x9d"}, /* U+021B */
	{"\xc8\x9f", "\x68"}, {"\xc8\x9f", "\x68"}, {"\xc6\x9e", "\xc6\x9e"}, /* U+021E */
	{"\xc8\xa1", "\xc8\xa1"}, {"\xc8\xa3", "\xc8\xa3"}, {"\xc8\xa3", "\xc8\xa3"}, /* U+0221 */
	{"\xc8\xa5", "\xc8\xa5"}, {"\xc8\xa5", "\xc8\xa5"}, {"\xc8\xa7", "\x61"}, /* U+0224 */
	{"\xc8\xa7", "\x61"}, {"\xc8\xa9", "\x65"}, {"\xc8\xa9", "\x65"}, /* U+0227 */
	{"\xc8\xab", "\x6f"}, {"\xc8\xab", "\x6f"}, {"\xc8\xad", "\x6f"}, /* U+022A */
	{"\xc8\xad", "\x6f"}, {"\xc8\xaf", "\x6f"}, {"\xc8\xaf", "\x6f"}, /* U+022D */
	{"\xc8\xb1", "\x6f"}, {"\xc8\xb1", "\x6f"}, {"\xc8\xb3", "\x79"}, /* U+0230 */
	{"\xc8\xb3", "\x79"}, {"\xc8\xb4", "\xc8\xb4"}, {"\xc8\xb5", "\xc8\xb5"}, /* U+0233 */
	{"\xc8\xb6", "\xc8\xb6"}, {"\xc8\xb7", "\xc8\xb7"}, {"\xc8\xb8", "\xc8\xb8"}, /* U+0236 */
	{"\xc8\xb9", "\xc8\xb9"}, {"\xe2\xb1\xa5", "\xe2\xb1\xa5"}, {"\xc8\xbc", "\xc8\xbc"}, /* U+0239 */
	{"\xc8\xbc", "\xc8\xbc"}, {"\xc6\x9a", "\xc6\x9a"}, {"\xe2\xb1\xa6", "\xe2\xb1\xa6"}, /* U+023C */
	{"\xc8\xbf", "\xc8\xbf"}, {"\xc9\x80", "\xc9\x80"}, {"\xc9\x82", "\xc9\x82"}, /* U+023F */
	{"\xc9\x82", "\xc9\x82"}, {"\xc6\x80", "\xc6\x80"}, {"\xca\x89", "\xca\x89"}, /* U+0242 */
	{"\xca\x8c", "\xca\x8c"}, {"\xc9\x87", "\xc9\x87"}, {"\xc9\x87", "\xc9\x87"}, /* U+0245 */
	{"\xc9\x89", "\xc9\x89"}, {"\xc9\x89", "\xc9\x89"}, {"\xc9\x8b", "\xc9\x8b"}, /* U+0248 */
	{"\xc9\x8b", "\xc9\x8b"}, {"\xc9\x8d", "\xc9\x8d"}, {"\xc9\x8d", "\xc9\x8d"}, /* U+024B */
	{"\xc9\x8f", "\xc9\x8f"}, {"\xc9\x8f", "\xc9\x8f"}, {"\xc9\x90", "\xc9\x90"}, /* U+024E */
	{"\xc9\x91", "\xc9\x91"}, {"\xc9\x92", "\xc9\x92"}, {"\xc9\x93", "\xc9\x93"}, /* U+0251 */
	{"\xc9\x94", "\xc9\x94"}, {"\xc9\x95", "\xc9\x95"}, {"\xc9\x96", "\xc9\x96"}, /* U+0254 */
	{"\xc9\x97", "\xc9\x97"}, {"\xc9\x98", "\xc9\x98"}, {"\xc9\x99", "\xc9\x99"}, /* U+0257 */
	{"\xc9\x9a", "\xc9\x9a"}, {"\xc9\x9b", "\xc9\x9b"}, {"\xc9\x9c", "\xc9\x9c"}, /* U+025A */
	{"\xc9\x9d", "\xc9\x9d"}, {"\xc9\x9e", "\xc9\x9e"}, {"\xc9\x9f", "\xc9\x9f"}, /* U+025D */
	{"\xc9\xa0", "\xc9\xa0"}, {"\xc9\xa1", "\xc9\xa1"}, {"\xc9\xa2", "\xc9\xa2"}, /* U+0260 */
	{"\xc9\xa3", "\xc9\xa3"}, {"\xc9\xa4", "\xc9\xa4"}, {"\xc9\xa5", "\xc9\xa5"}, /* U+0263 */
	{"\xc9\xa6", "\xc9\xa6"}, {"\xc9\xa7", "\xc9\xa7"}, {"\xc9\xa8", "\xc9\xa8"}, /* U+0266 */
	{"\xc9\xa9", "\xc9\xa9"}, {"\xc9\xaa", "\xc9\xaa"}, {"\xc9\xab", "\xc9\xab"}, /* U+0269 */
	{"\xc9\xac", "\xc9\xac"}, {"\xc9\xad", "\xc9\xad"}, {"\xc9\xae", "\xc9\xae"}, /* U+026C */
	{"\xc9\xaf", "\xc9\xaf"}, {"\xc9\xb0", "\xc9\xb0"}, {"\xc9\xb1", "\xc9\xb1"}, /* U+026F */
	{"\xc9\xb2", "\xc9\xb2"}, {"\xc9\xb3", "\xc9\xb3"}, {"\xc9\xb4", "\xc9\xb4"}, /* U+0272 */
	{"\xc9\xb5", "\xc9\xb5"}, {"\xc9\xb6", "\xc9\xb6"}, {"\xc9\xb7", "\xc9\xb7"}, /* U+0275 */
	{"\xc9\xb8", "\xc9\xb8"}, {"\xc9\xb9", "\xc9\xb9"}, {"\xc9\xba", "\xc9\xba"}, /* U+0278 */
	{"\xc9\xbb", "\xc9\xbb"}, {"\xc9\xbc", "\xc9\xbc"}, {"\xc9\xbd", "\xc9\xbd"}, /* U+027B */
	{"\xc9\xbe", "\xc9\xbe"}, {"\xc9\xbf", "\xc9\xbf"}, {"\xca\x80", "\xca\x80"}, /* U+027E */
	{"\xca\x81", "\xca\x81"}, {"\xca\x82", "\xca\x82"}, {"\xca\x83", "\xca\x83"}, /* U+0281 */
	{"\xca\x84", "\xca\x84"}, {"\xca\x85", "\xca\x85"}, {"\xca\x86", "\xca\x86"}, /* U+0284 */
	{"\xca\x87", "\xca\x87"}, {"\xca\x88", "\xca\x88"}, {"\xca\x89", "\xca\x89"}, /* U+0287 */
	{"\xca\x8a", "\xca\x8a"}, {"\xca\x8b", "\xca\x8b"}, {"\xca\x8c", "\xca\x8c"}, /* U+028A */
	{"\xca\x8d", "\xca\x8d"}, {"\xca\x8e", "\xca\x8e"}, {"\xca\x8f", "\xca\x8f"}, /* U+028D */
	{"\xca\x90", "\xca\x90"}, {"\xca\x91", "\xca\x91"}, {"\xca\x92", "\xca\x92"}, /* U+0290 */
	{"\xca\x93", "\xca\x93"}, {"\xca\x94", "\xca\x94"}, {"\xca\x95", "\xca\x95"}, /* U+0293 */
	{"\xca\x96", "\xca\x96"}, {"\xca\x97", "\xca\x97"}, {"\xca\x98", "\xca\x98"}, /* U+0296 */
	{"\xca\x99", "\xca\x99"}, {"\xca\x9a", "\xca\x9a"}, {"\xca\x9b", "\xca\x9b"}, /* U+0299 */
	{"\xca\x9c", "\xca\x9c"}, {"\xca\x9d", "\xca\x9d"}, {"\xca\x9e", "\xca\x9e"}, /* U+029C */
	{"\xca\x9f", "\xca\x9f"}, {"\xca\xa0", "\xca\xa0"}, {"\xca\xa1", "\xca\xa1"}, /* U+029F */
	{"\xca\xa2", "\xca\xa2"}, {"\xca\xa3", "\xca\xa3"}, {"\xca\xa4", "\xca\xa4"}, /* U+02A2 */
	{"\xca\xa5", "\xca\xa5"}, {"\xca\xa6", "\xca\xa6"}, {"\xca\xa7", "\xca\xa7"}, /* U+02A5 */
	{"\xca\xa8", "\xca\xa8"}, {"\xca\xa9", "\xca\xa9"}, {"\xca\xaa", "\xca\xaa"}, /* U+02A8 */
	{"\xca\xab", "\xca\xab"}, {"\xca\xac", "\xca\xac"}, {"\xca\xad", "\xca\xad"}, /* U+02AB */
	{"\xca\xae", "\xca\xae"}, {"\xca\xaf", "\xca\xaf"}, {"\xca\xb0", "\xca\xb0"}, /* U+02AE */
	{"\xca\xb1", "\xca\xb1"}, {"\xca\xb2", "\xca\xb2"}, {"\xca\xb3", "\xca\xb3"}, /* U+02B1 */
	{"\xca\xb4", "\xca\xb4"}, {"\xca\xb5", "\xca\xb5"}, {"\xca\xb6", "\xca\xb6"}, /* U+02B4 */
	{"\xca\xb7", "\xca\xb7"}, {"\xca\xb8", "\xca\xb8"}, {"\xca\xb9", "\xca\xb9"}, /* U+02B7 */
	{"\xca\xba", "\xca\xba"}, {"\xca\xbb", "\xca\xbb"}, {"\xca\xbc", "\xca\xbc"}, /* U+02BA */
	{"\xca\xbd", "\xca\xbd"}, {"\xca\xbe", "\xca\xbe"}, {"\xca\xbf", "\xca\xbf"}, /* U+02BD */
	{"\xcb\x80", "\xcb\x80"}, {"\xcb\x81", "\xcb\x81"}, {"\xcb\x82", "\xcb\x82"}, /* U+02C0 */
	{"\xcb\x83", "\xcb\x83"}, {"\xcb\x84", "\xcb\x84"}, {"\xcb\x85", "\xcb\x85"}, /* U+02C3 */
	{"\xcb\x86", "\xcb\x86"}, {"\xcb\x87", "\xcb\x87"}, {"\xcb\x88", "\xcb\x88"}, /* U+02C6 */
	{"\xcb\x89", "\xcb\x89"}, {"\xcb\x8a", "\xcb\x8a"}, {"\xcb\x8b", "\xcb\x8b"}, /* U+02C9 */
	{"\xcb\x8c", "\xcb\x8c"}, {"\xcb\x8d", "\xcb\x8d"}, {"\xcb\x8e", "\xcb\x8e"}, /* U+02CC */
	{"\xcb\x8f", "\xcb\x8f"}, {"\xcb\x90", "\xcb\x90"}, {"\xcb\x91", "\xcb\x91"}, /* U+02CF */
	{"\xcb\x92", "\xcb\x92"}, {"\xcb\x93", "\xcb\x93"}, {"\xcb\x94", "\xcb\x94"}, /* U+02D2 */
	{"\xcb\x95", "\xcb\x95"}, {"\xcb\x96", "\xcb\x96"}, {"\xcb\x97", "\xcb\x97"}, /* U+02D5 */
	{"\xcb\x98", "\xcb\x98"}, {"\xcb\x99", "\xcb\x99"}, {"\xcb\x9a", "\xcb\x9a"}, /* U+02D8 */
	{"\xcb\x9b", "\xcb\x9b"}, {"\xcb\x9c", "\xcb\x9c"}, {"\xcb\x9d", "\xcb\x9d"}, /* U+02DB */
	{"\xcb\x9e", "\xcb\x9e"}, {"\xcb\x9f", "\xcb\x9f"}, {"\xcb\xa0", "\xcb\xa0"}, /* U+02DE */
	{"\xcb\xa1", "\xcb\xa1"}, {"\xcb\xa2", "\xcb\xa2"}, {"\xcb\xa3", "\xcb\xa3"}, /* U+02E1 */
	{"\xcb\xa4", "\xcb\xa4"}, {"\xcb\xa5", "\xcb\xa5"}, {"\xcb\xa6", "\xcb\xa6"}, /* U+02E4 */
	{"\xcb\xa7", "\xcb\xa7"}, {"\xcb\xa8", "\xcb\xa8"}, {"\xcb\xa9", "\xcb\xa9"}, /* U+02E7 */
	{"\xcb\xaa", "\xcb\xaa"}, {"\xcb\xab", "\xcb\xab"}, {"\xcb\xac", "\xcb\xac"}, /* U+02EA */
	{"\xcb\xad", "\xcb\xad"}, {"\xcb\xae", "\xcb\xae"}, {"\xcb\xaf", "\xcb\xaf"}, /* U+02ED */
	{"\xcb\xb0", "\xcb\xb0"}, {"\xcb\xb1", "\xcb\xb1"}, {"\xcb\xb2", "\xcb\xb2"}, /* U+02F0 */
	{"\xcb\xb3", "\xcb\xb3"}, {"\xcb\xb4", "\xcb\xb4"}, {"\xcb\xb5", "\xcb\xb5"}, /* U+02F3 */
	{"\xcb\xb6", "\xcb\xb6"}, {"\xcb\xb7", "\xcb\xb7"}, {"\xcb\xb8", "\xcb\xb8"}, /* U+02F6 */
	{"\xcb\xb9", "\xcb\xb9"}, {"\xcb\xba", "\xcb\xba"}, {"\xcb\xbb", "\xcb\xbb"}, /* U+02F9 */
	{"\xcb\xbc", "\xcb\xbc"}, {"\xcb\xbd", "\xcb\xbd"}, {"\xcb\xbe", "\xcb\xbe"}, /* U+02FC */
	{"\xcb\xbf", "\xcb\xbf"}, {"", ""}, {"", ""}, /* U+02FF */
	{"", ""}, {"", ""}, {"", ""}, /* U+0302 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0305 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0308 */
	{"", ""}, {"", ""}, {"", ""}, /* U+030B */
	{"", ""}, {"", ""}, {"", ""}, /* U+030E */
	{"", ""}, {"", ""}, {"", ""}, /* U+0311 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0314 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0317 */
	{"", ""}, {"", ""}, {"", ""}, /* U+031A */
	{"", ""}, {"", ""}, {"", ""}, /* U+031D */
	{"", ""}, {"", ""}, {"", ""}, /* U+0320 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0323 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0326 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0329 */
	{"", ""}, {"", ""}, {"", ""}, /* U+032C */
	{"", ""}, {"", ""}, {"", ""}, /* U+032F */
	{"", ""}, {"", ""}, {"", ""}, /* U+0332 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0335 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0338 */
	{"", ""}, {"", ""}, {"", ""}, /* U+033B */
	{"", ""}, {"", ""}, {"", ""}, /* U+033E */
	{"", ""}, {"", ""}, {"", ""}, /* U+0341 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0344 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0347 */
	{"", ""}, {"", ""}, {"", ""}, /* U+034A */
	{"", ""}, {"", ""}, {"", ""}, /* U+034D */
	{"", ""}, {"", ""}, {"", ""}, /* U+0350 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0353 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0356 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0359 */
	{"", ""}, {"", ""}, {"", ""}, /* U+035C */
	{"", ""}, {"", ""}, {"", ""}, /* U+035F */
	{"", ""}, {"", ""}, {"", ""}, /* U+0362 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0365 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0368 */
	{"", ""}, {"", ""}, {"", ""}, /* U+036B */
	{"", ""}, {"", ""}, {"\xcd\xb1", "\xcd\xb1"}, /* U+036E */
	{"\xcd\xb1", "\xcd\xb1"}, {"\xcd\xb3", "\xcd\xb3"}, {"\xcd\xb3", "\xcd\xb3"}, /* U+0371 */
	{"\xca\xb9", "\xca\xb9"}, {"\xcd\xb5", "\xcd\xb5"}, {"\xcd\xb7", "\xcd\xb7"}, /* U+0374 */
	{"\xcd\xb7", "\xcd\xb7"}, {"", ""}, {"", ""}, /* U+0377 */
	{"\xcd\xba", "\xcd\xba"}, {"\xcd\xbb", "\xcd\xbb"}, {"\xcd\xbc", "\xcd\xbc"}, /* U+037A */
	{"\xcd\xbd", "\xcd\xbd"}, {"\x3b", "\x3b"}, {"\xcf\xb3", "\xcf\xb3"}, /* U+037D */
	{"", ""}, {"", ""}, {"", ""}, /* U+0380 */
	{"", ""}, {"\xce\x84", "\xce\x84"}, {"\xce\x85", "\xc2\xa8"}, /* U+0383 */
	{"\xce\xac", "\xce\xb1"}, {"\xc2\xb7", "\xc2\xb7"}, {"\xce\xad", "\xce\xb5"}, /* U+0386 */
	{"\xce\xae", "\xce\xb7"}, {"\xce\xaf", "\xce\xb9"}, {"", ""}, /* U+0389 */
	{"\xcf\x8c", "\xce\xbf"}, {"", ""}, {"\xcf\x8d", "\xcf\x85"}, /* U+038C */
	{"\xcf\x8e", "\xcf\x89"}, {"\xce\x90", "\xce\xb9"}, {"\xce\xb1", "\xce\xb1"}, /* U+038F */
	{"\xce\xb2", "\xce\xb2"}, {"\xce\xb3", "\xce\xb3"}, {"\xce\xb4", "\xce\xb4"}, /* U+0392 */
	{"\xce\xb5", "\xce\xb5"}, {"\xce\xb6", "\xce\xb6"}, {"\xce\xb7", "\xce\xb7"}, /* U+0395 */
	{"\xce\xb8", "\xce\xb8"}, {"\xce\xb9", "\xce\xb9"}, {"\xce\xba", "\xce\xba"}, /* U+0398 */
	{"\xce\xbb", "\xce\xbb"}, {"\xce\xbc", "\xce\xbc"}, {"\xce\xbd", "\xce\xbd"}, /* U+039B */
	{"\xce\xbe", "\xce\xbe"}, {"\xce\xbf", "\xce\xbf"}, {"\xcf\x80", "\xcf\x80"}, /* U+039E */
	{"\xcf\x81", "\xcf\x81"}, {"", ""}, {"\xcf\x83", "\xcf\x83"}, /* U+03A1 */
	{"\xcf\x84", "\xcf\x84"}, {"\xcf\x85", "\xcf\x85"}, {"\xcf\x86", "\xcf\x86"}, /* U+03A4 */
	{"\xcf\x87", "\xcf\x87"}, {"\xcf\x88", "\xcf\x88"}, {"\xcf\x89", "\xcf\x89"}, /* U+03A7 */
	{"\xcf\x8a", "\xce\xb9"}, {"\xcf\x8b", "\xcf\x85"}, {"\xce\xac", "\xce\xb1"}, /* U+03AA */
	{"\xce\xad", "\xce\xb5"}, {"\xce\xae", "\xce\xb7"}, {"\xce\xaf", "\xce\xb9"}, /* U+03AD */
	{"\xce\xb0", "\xcf\x85"}, {"\xce\xb1", "\xce\xb1"}, {"\xce\xb2", "\xce\xb2"}, /* U+03B0 */
	{"\xce\xb3", "\xce\xb3"}, {"\xce\xb4", "\xce\xb4"}, {"\xce\xb5", "\xce\xb5"}, /* U+03B3 */
	{"\xce\xb6", "\xce\xb6"}, {"\xce\xb7", "\xce\xb7"}, {"\xce\xb8", "\xce\xb8"}, /* U+03B6 */
	{"\xce\xb9", "\xce\xb9"}, {"\xce\xba", "\xce\xba"}, {"\xce\xbb", "\xce\xbb"}, /* U+03B9 */
	{"\xce\xbc", "\xce\xbc"}, {"\xce\xbd", "\xce\xbd"}, {"\xce\xbe", "\xce\xbe"}, /* U+03BC */
	{"\xce\xbf", "\xce\xbf"}, {"\xcf\x80", "\xcf\x80"}, {"\xcf\x81", "\xcf\x81"}, /* U+03BF */
	{"\xcf\x83", "\xcf\x83"}, {"\xcf\x83", "\xcf\x83"}, {"\xcf\x84", "\xcf\x84"}, /* U+03C2 */
	{"\xcf\x85", "\xcf\x85"}, {"\xcf\x86", "\xcf\x86"}, {"\xcf\x87", "\xcf\x87"}, /* U+03C5 */
	{"\xcf\x88", "\xcf\x88"}, {"\xcf\x89", "\xcf\x89"}, {"\xcf\x8a", "\xce\xb9"}, /* U+03C8 */
	{"\xcf\x8b", "\xcf\x85"}, {"\xcf\x8c", "\xce\xbf"}, {"\xcf\x8d", "\xcf\x85"}, /* U+03CB */
	{"\xcf\x8e", "\xcf\x89"}, {"\xcf\x97", "\xcf\x97"}, {"\xce\xb2", "\xce\xb2"}, /* U+03CE */
	{"\xce\xb8", "\xce\xb8"}, {"\xcf\x92", "\xcf\x92"}, {"\xcf\x93", "\xcf\x92"}, /* U+03D1 */
	{"\xcf\x94", "\xcf\x92"}, {"\xcf\x86", "\xcf\x86"}, {"\xcf\x80", "\xcf\x80"}, /* U+03D4 */
	{"\xcf\x97", "\xcf\x97"}, {"\xcf\x99", "\xcf\x99"}, {"\xcf\x99", "\xcf\x99"}, /* U+03D7 */
	{"\xcf\x9b", "\xcf\x9b"}, {"\xcf\x9b", "\xcf\x9b"}, {"\xcf\x9d", "\xcf\x9d"}, /* U+03DA */
	{"\xcf\x9d", "\xcf\x9d"}, {"\xcf\x9f", "\xcf\x9f"}, {"\xcf\x9f", "\xcf\x9f"}, /* U+03DD */
	{"\xcf\xa1", "\xcf\xa1"}, {"\xcf\xa1", "\xcf\xa1"}, {"\xcf\xa3", "\xcf\xa3"}, /* U+03E0 */
	{"\xcf\xa3", "\xcf\xa3"}, {"\xcf\xa5", "\xcf\xa5"}, {"\xcf\xa5", "\xcf\xa5"}, /* U+03E3 */
	{"\xcf\xa7", "\xcf\xa7"}, {"\xcf\xa7", "\xcf\xa7"}, {"\xcf\xa9", "\xcf\xa9"}, /* U+03E6 */
	{"\xcf\xa9", "\xcf\xa9"}, {"\xcf\xab", "\xcf\xab"}, {"\xcf\xab", "\xcf\xab"}, /* U+03E9 */
	{"\xcf\xad", "\xcf\xad"}, {"\xcf\xad", "\xcf\xad"}, {"\xcf\xaf", "\xcf\xaf"}, /* U+03EC */
	{"\xcf\xaf", "\xcf\xaf"}, {"\xce\xba", "\xce\xba"}, {"\xcf\x81", "\xcf\x81"}, /* U+03EF */
	{"\xcf\xb2", "\xcf\xb2"}, {"\xcf\xb3", "\xcf\xb3"}, {"\xce\xb8", "\xce\xb8"}, /* U+03F2 */
	{"\xce\xb5", "\xce\xb5"}, {"\xcf\xb6", "\xcf\xb6"}, {"\xcf\xb8", "\xcf\xb8"}, /* U+03F5 */
	{"\xcf\xb8", "\xcf\xb8"}, {"\xcf\xb2", "\xcf\xb2"}, {"\xcf\xbb", "\xcf\xbb"}, /* U+03F8 */
	{"\xcf\xbb", "\xcf\xbb"}, {"\xcf\xbc", "\xcf\xbc"}, {"\xcd\xbb", "\xcd\xbb"}, /* U+03FB */
	{"\xcd\xbc", "\xcd\xbc"}, {"\xcd\xbd", "\xcd\xbd"}, {"\xd1\x90", "\xd0\xb5"}, /* U+03FE */
	{"\xd1\x91", "\xd0\xb5"}, {"\xd1\x92", "\xd1\x92"}, {"\xd1\x93", "\xd0\xb3"}, /* U+0401 */
	{"\xd1\x94", "\xd1\x94"}, {"\xd1\x95", "\xd1\x95"}, {"\xd1\x96", "\xd1\x96"}, /* U+0404 */
	{"\xd1\x97", "\xd1\x96"}, {"\xd1\x98", "\xd1\x98"}, {"\xd1\x99", "\xd1\x99"}, /* U+0407 */
	{"\xd1\x9a", "\xd1\x9a"}, {"\xd1\x9b", "\xd1\x9b"}, {"\xd1\x9c", "\xd0\xba"}, /* U+040A */
	{"\xd1\x9d", "\xd0\xb8"}, {"\xd1\x9e", "\xd1\x83"}, {"\xd1\x9f", "\xd1\x9f"}, /* U+040D */
	{"\xd0\xb0", "\xd0\xb0"}, {"\xd0\xb1", "\xd0\xb1"}, {"\xd0\xb2", "\xd0\xb2"}, /* U+0410 */
	{"\xd0\xb3", "\xd0\xb3"}, {"\xd0\xb4", "\xd0\xb4"}, {"\xd0\xb5", "\xd0\xb5"}, /* U+0413 */
	{"\xd0\xb6", "\xd0\xb6"}, {"\xd0\xb7", "\xd0\xb7"}, {"\xd0\xb8", "\xd0\xb8"}, /* U+0416 */
	{"\xd0\xb9", "\xd0\xb8"}, {"\xd0\xba", "\xd0\xba"}, {"\xd0\xbb", "\xd0\xbb"}, /* U+0419 */
	{"\xd0\xbc", "\xd0\xbc"}, {"\xd0\xbd", "\xd0\xbd"}, {"\xd0\xbe", "\xd0\xbe"}, /* U+041C */
	{"\xd0\xbf", "\xd0\xbf"}, {"\xd1\x80", "\xd1\x80"}, {"\xd1\x81", "\xd1\x81"}, /* U+041F */
	{"\xd1\x82", "\xd1\x82"}, {"\xd1\x83", "\xd1\x83"}, {"\xd1\x84", "\xd1\x84"}, /* U+0422 */
	{"\xd1\x85", "\xd1\x85"}, {"\xd1\x86", "\xd1\x86"}, {"\xd1\x87", "\xd1\x87"}, /* U+0425 */
	{"\xd1\x88", "\xd1\x88"}, {"\xd1\x89", "\xd1\x89"}, {"\xd1\x8a", "\xd1\x8a"}, /* U+0428 */
	{"\xd1\x8b", "\xd1\x8b"}, {"\xd1\x8c", "\xd1\x8c"}, {"\xd1\x8d", "\xd1\x8d"}, /* U+042B */
	{"\xd1\x8e", "\xd1\x8e"}, {"\xd1\x8f", "\xd1\x8f"}, {"\xd0\xb0", "\xd0\xb0"}, /* U+042E */
	{"\xd0\xb1", "\xd0\xb1"}, {"\xd0\xb2", "\xd0\xb2"}, {"\xd0\xb3", "\xd0\xb3"}, /* U+0431 */
	{"\xd0\xb4", "\xd0\xb4"}, {"\xd0\xb5", "\xd0\xb5"}, {"\xd0\xb6", "\xd0\xb6"}, /* U+0434 */
	{"\xd0\xb7", "\xd0\xb7"}, {"\xd0\xb8", "\xd0\xb8"}, {"\xd0\xb9", "\xd0\xb8"}, /* U+0437 */
	{"\xd0\xba", "\xd0\xba"}, {"\xd0\xbb", "\xd0\xbb"}, {"\xd0\xbc", "\xd0\xbc"}, /* U+043A */
	{"\xd0\xbd", "\xd0\xbd"}, {"\xd0\xbe", "\xd0\xbe"}, {"\xd0\xbf", "\xd0\xbf"}, /* U+043D */
	{"\xd1\x80", "\xd1\x80"}, {"\xd1\x81", "\xd1\x81"}, {"\xd1\x82", "\xd1\x82"}, /* U+0440 */
	{"\xd1\x83", "\xd1\x83"}, {"\xd1\x84", "\xd1\x84"}, {"\xd1\x85", "\xd1\x85"}, /* U+0443 */
	{"\xd1\x86", "\xd1\x86"}, {"\xd1\x87", "\xd1\x87"}, {"\xd1\x88", "\xd1\x88"}, /* U+0446 */
	{"\xd1\x89", "\xd1\x89"}, {"\xd1\x8a", "\xd1\x8a"}, {"\xd1\x8b", "\xd1\x8b"}, /* U+0449 */
	{"\xd1\x8c", "\xd1\x8c"}, {"\xd1\x8d", "\xd1\x8d"}, {"\xd1\x8e", "\xd1\x8e"}, /* U+044C */
	{"\xd1\x8f", "\xd1\x8f"}, {"\xd1\x90", "\xd0\xb5"}, {"\xd1\x91", "\xd0\xb5"}, /* U+044F */
	{"\xd1\x92", "\xd1\x92"}, {"\xd1\x93", "\xd0\xb3"}, {"\xd1\x94", "\xd1\x94"}, /* U+0452 */
	{"\xd1\x95", "\xd1\x95"}, {"\xd1\x96", "\xd1\x96"}, {"\xd1\x97", "\xd1\x96"}, /* U+0455 */
	{"\xd1\x98", "\xd1\x98"}, {"\xd1\x99", "\xd1\x99"}, {"\xd1\x9a", "\xd1\x9a"}, /* U+0458 */
	{"\xd1\x9b", "\xd1\x9b"}, {"\xd1\x9c", "\xd0\xba"}, {"\xd1\x9d", "\xd0\xb8"}, /* U+045B */
	{"\xd1\x9e", "\xd1\x83"}, {"\xd1\x9f", "\xd1\x9f"}, {"\xd1\xa1", "\xd1\xa1"}, /* U+045E */
	{"\xd1\xa1", "\xd1\xa1"}, {"\xd1\xa3", "\xd1\xa3"}, {"\xd1\xa3", "\xd1\xa3"}, /* U+0461 */
	{"\xd1\xa5", "\xd1\xa5"}, {"\xd1\xa5", "\xd1\xa5"}, {"\xd1\xa7", "\xd1\xa7"}, /* U+0464 */
	{"\xd1\xa7", "\xd1\xa7"}, {"\xd1\xa9", "\xd1\xa9"}, {"\xd1\xa9", "\xd1\xa9"}, /* U+0467 */
	{"\xd1\xab", "\xd1\xab"}, {"\xd1\xab", "\xd1\xab"}, {"\xd1\xad", "\xd1\xad"}, /* U+046A */
	{"\xd1\xad", "\xd1\xad"}, {"\xd1\xaf", "\xd1\xaf"}, {"\xd1\xaf", "\xd1\xaf"}, /* U+046D */
	{"\xd1\xb1", "\xd1\xb1"}, {"\xd1\xb1", "\xd1\xb1"}, {"\xd1\xb3", "\xd1\xb3"}, /* U+0470 */
	{"\xd1\xb3", "\xd1\xb3"}, {"\xd1\xb5", "\xd1\xb5"}, {"\xd1\xb5", "\xd1\xb5"}, /* U+0473 */
	{"\xd1\xb7", "\xd1\xb5"}, {"\xd1\xb7", "\xd1\xb5"}, {"\xd1\xb9", "\xd1\xb9"}, /* U+0476 */
	{"\xd1\xb9", "\xd1\xb9"}, {"\xd1\xbb", "\xd1\xbb"}, {"\xd1\xbb", "\xd1\xbb"}, /* U+0479 */
	{"\xd1\xbd", "\xd1\xbd"}, {"\xd1\xbd", "\xd1\xbd"}, {"\xd1\xbf", "\xd1\xbf"}, /* U+047C */
	{"\xd1\xbf", "\xd1\xbf"}, {"\xd2\x81", "\xd2\x81"}, {"\xd2\x81", "\xd2\x81"}, /* U+047F */
	{"\xd2\x82", "\xd2\x82"}, {"", ""}, {"", ""}, /* U+0482 */
	{"", ""}, {"", ""}, {"", ""}, /* U+0485 */
	{"", ""}, {"", ""}, {"\xd2\x8b", "\xd2\x8b"}, /* U+0488 */
	{"\xd2\x8b", "\xd2\x8b"}, {"\xd2\x8d", "\xd2\x8d"}, {"\xd2\x8d", "\xd2\x8d"}, /* U+048B */
	{"\xd2\x8f", "\xd2\x8f"}, {"\xd2\x8f", "\xd2\x8f"}, {"\xd2\x91", "\xd2\x91"}, /* U+048E */
	{"\xd2\x91", "\xd2\x91"}, {"\xd2\x93", "\xd2\x93"}, {"\xd2\x93", "\xd2\x93"}, /* U+0491 */
	{"\xd2\x95", "\xd2\x95"}, {"\xd2\x95", "\xd2\x95"}, {"\xd2\x97", "\xd2\x97"}, /* U+0494 */
	{"\xd2\x97", "\xd2\x97"}, {"\xd2\x99", "\xd2\x99"}, {"\xd2\x99", "\xd2\x99"}, /* U+0497 */
	{"\xd2\x9b", "\xd2\x9b"}, {"\xd2\x9b", "\xd2\x9b"}, {"\xd2\x9d", "\xd2\x9d"}, /* U+049A */
	{"\xd2\x9d", "\xd2\x9d"}, {"\xd2\x9f", "\xd2\x9f"}, {"\xd2\x9f", "\xd2\x9f"}, /* U+049D */
	{"\xd2\xa1", "\xd2\xa1"}, {"\xd2\xa1", "\xd2\xa1"}, {"\xd2\xa3", "\xd2\xa3"}, /* U+04A0 */
	{"\xd2\xa3", "\xd2\xa3"}, {"\xd2\xa5", "\xd2\xa5"}, {"\xd2\xa5", "\xd2\xa5"}, /* U+04A3 */
	{"\xd2\xa7", "\xd2\xa7"}, {"\xd2\xa7", "\xd2\xa7"}, {"\xd2\xa9", "\xd2\xa9"}, /* U+04A6 */
	{"\xd2\xa9", "\xd2\xa9"}, {"\xd2\xab", "\xd2\xab"}, {"\xd2\xab", "\xd2\xab"}, /* U+04A9 */
	{"\xd2\xad", "\xd2\xad"}, {"\xd2\xad", "\xd2\xad"}, {"\xd2\xaf", "\xd2\xaf"}, /* U+04AC */
	{"\xd2\xaf", "\xd2\xaf"}, {"\xd2\xb1", "\xd2\xb1"}, {"\xd2\xb1", "\xd2\xb1"}, /* U+04AF */
	{"\xd2\xb3", "\xd2\xb3"}, {"\xd2\xb3", "\xd2\xb3"}, {"\xd2\xb5", "\xd2\xb5"}, /* U+04B2 */
	{"\xd2\xb5", "\xd2\xb5"}, {"\xd2\xb7", "\xd2\xb7"}, {"\xd2\xb7", "\xd2\xb7"}, /* U+04B5 */
	{"\xd2\xb9", "\xd2\xb9"}, {"\xd2\xb9", "\xd2\xb9"}, {"\xd2\xbb", "\xd2\xbb"}, /* U+04B8 */
	{"\xd2\xbb", "\xd2\xbb"}, {"\xd2\xbd", "\xd2\xbd"}, {"\xd2\xbd", "\xd2\xbd"}, /* U+04BB */
	{"\xd2\xbf", "\xd2\xbf"}, {"\xd2\xbf", "\xd2\xbf"}, {"\xd3\x8f", "\xd3\x8f"}, /* U+04BE */
	{"\xd3\x82", "\xd0\xb6"}, {"\xd3\x82", "\xd0\xb6"}, {"\xd3\x84", "\xd3\x84"}, /* U+04C1 */
	{"\xd3\x84", "\xd3\x84"}, {"\xd3\x86", "\xd3\x86"}, {"\xd3\x86", "\xd3\x86"}, /* U+04C4 */
	{"\xd3\x88", "\xd3\x88"}, {"\xd3\x88", "\xd3\x88"}, {"\xd3\x8a", "\xd3\x8a"}, /* U+04C7 */
	{"\xd3\x8a", "\xd3\x8a"}, {"\xd3\x8c", "\xd3\x8c"}, {"\xd3\x8c", "\xd3\x8c"}, /* U+04CA */
	{"\xd3\x8e", "\xd3\x8e"}, {"\xd3\x8e", "\xd3\x8e"}, {"\xd3\x8f", "\xd3\x8f"}, /* U+04CD */
	{"\xd3\x91", "\xd0\xb0"}, {"\xd3\x91", "\xd0\xb0"}, {"\xd3\x93", "\xd0\xb0"}, /* U+04D0 */
	{"\xd3\x93", "\xd0\xb0"}, {"\xd3\x95", "\xd3\x95"}, {"\xd3\x95", "\xd3\x95"}, /* U+04D3 */
	{"\xd3\x97", "\xd0\xb5"}, {"\xd3\x97", "\xd0\xb5"}, {"\xd3\x99", "\xd3\x99"}, /* U+04D6 */
	{"\xd3\x99", "\xd3\x99"}, {"\xd3\x9b", "\xd3\x99"}, {"\xd3\x9b", "\xd3\x99"}, /* U+04D9 */
	{"\xd3\x9d", "\xd0\xb6"}, {"\xd3\x9d", "\xd0\xb6"}, {"\xd3\x9f", "\xd0\xb7"}, /* U+04DC */
	{"\xd3\x9f", "\xd0\xb7"}, {"\xd3\xa1", "\xd3\xa1"}, {"\xd3\xa1", "\xd3\xa1"}, /* U+04DF */
	{"\xd3\xa3", "\xd0\xb8"}, {"\xd3\xa3", "\xd0\xb8"}, {"\xd3\xa5", "\xd0\xb8"}, /* U+04E2 */
	{"\xd3\xa5", "\xd0\xb8"}, {"\xd3\xa7", "\xd0\xbe"}, {"\xd3\xa7", "\xd0\xbe"}, /* U+04E5 */
	{"\xd3\xa9", "\xd3\xa9"}, {"\xd3\xa9", "\xd3\xa9"}, {"\xd3\xab", "\xd3\xa9"}, /* U+04E8 */
	{"\xd3\xab", "\xd3\xa9"}, {"\xd3\xad", "\xd1\x8d"}, {"\xd3\xad", "\xd1\x8d"}, /* U+04EB */
	{"\xd3\xaf", "\xd1\x83"}, {"\xd3\xaf", "\xd1\x83"}, {"\xd3\xb1", "\xd1\x83"}, /* U+04EE */
	{"\xd3\xb1", "\xd1\x83"}, {"\xd3\xb3", "\xd1\x83"}, {"\xd3\xb3", "\xd1\x83"}, /* U+04F1 */
	{"\xd3\xb5", "\xd1\x87"}, {"\xd3\xb5", "\xd1\x87"}, {"\xd3\xb7", "\xd3\xb7"}, /* U+04F4 */
	{"\xd3\xb7", "\xd3\xb7"}, {"\xd3\xb9", "\xd1\x8b"}, {"\xd3\xb9", "\xd1\x8b"}, /* U+04F7 */
	{"\xd3\xbb", "\xd3\xbb"}, {"\xd3\xbb", "\xd3\xbb"}, {"\xd3\xbd", "\xd3\xbd"}, /* U+04FA */
	{"\xd3\xbd", "\xd3\xbd"}, {"\xd3\xbf", "\xd3\xbf"}, {"\xd3\xbf", "\xd3\xbf"}, /* U+04FD */
};
/* clang-format on */

/* Returned by key_fast when the input needs the general path. */
#define NOT_FAST INT_MIN /* never a byte count or an errno */

/*
 * Key of s[0..len) when every code point is ASCII or eligible in fast_map,
 * else NOT_FAST (also for any invalid UTF-8, which the general path reports).
 * Overflow of cap is only reported once the whole input is known to be fast,
 * so that -EILSEQ keeps precedence over -E2BIG.
 */
static int key_fast(const char *s, size_t len, unsigned flags, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	int plain = (flags & ES_NORM_UNACCENT) != 0;
	size_t o = 0;
	int big = 0;

	if (len > (size_t)INT_MAX)
		return NOT_FAST;
	for (size_t i = 0; i < len;) {
		unsigned char c = p[i];
		if (c < 0x80) {
			if (o < cap)
				out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
			else
				big = 1;
			i++;
			continue;
		}
		/* U+0080..U+04FF is exactly the two-byte sequences with lead C2..D3 */
		if (c < 0xC2 || c > 0xD3 || i + 1 >= len || (p[i + 1] & 0xC0u) != 0x80u)
			return NOT_FAST;
		unsigned cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
		const struct fast_entry *e = &fast_map[cp - FAST_LO];
		if (!e->fold[0])
			return NOT_FAST;
		const char *k = plain ? e->plain : e->fold;
		size_t kl = k[1] == 0 ? 1 : k[2] == 0 ? 2 : k[3] == 0 ? 3 : 4;
		if (kl <= cap - o && !big) {
			memcpy(out + o, k, kl);
			o += kl;
		} else {
			big = 1;
		}
		i += 2;
	}
	return big ? -E2BIG : (int)o;
}

/*
 * Contract: see normalize.h. Pipeline for non-ASCII input: canonical
 * decomposition (+ case folding) with canonical ordering by
 * utf8proc_decompose, which also validates the UTF-8; then, for
 * ES_NORM_UNACCENT, dropping nonspacing marks (Mn) and mapping the mark-less
 * letters; then canonical composition; then UTF-8 encoding with a bounds
 * check on every code point. Invalid UTF-8 is reported before -E2BIG because
 * utf8proc_decompose reads the whole input even when the buffer is short.
 */
int es_norm_key(const char *s, size_t len, unsigned flags, char *out, size_t cap)
{
	utf8proc_int32_t cp[NORM_CP_MAX];
	utf8proc_int32_t kept[NORM_CP_MAX];
	utf8proc_int32_t *buf = cp;
	utf8proc_ssize_t n;
	size_t i;

	if ((flags & ES_NORM_FOLD) && !(flags & ~(ES_NORM_FOLD | ES_NORM_UNACCENT))) {
		/* the lookup-key case: ASCII and table letters in one pass */
		int r = key_fast(s, len, flags, out, cap);
		if (r != NOT_FAST)
			return r;
	} else {
		for (i = 0; i < len; i++)
			if ((unsigned char)s[i] >= 0x80)
				break;
		if (i == len)
			return key_ascii(s, len, flags, out, cap);
	}
	if (len > (size_t)INT_MAX)
		return -E2BIG;

	utf8proc_option_t opt = UTF8PROC_DECOMPOSE | UTF8PROC_STABLE;
	if (flags & ES_NORM_FOLD)
		opt |= UTF8PROC_CASEFOLD;
	n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cp, NORM_CP_MAX,
	                       opt);
	if (n == UTF8PROC_ERROR_INVALIDUTF8)
		return -EILSEQ;
	if (n < 0)
		return -E2BIG; /* UTF8PROC_ERROR_OVERFLOW: absurdly long input */
	if (n > NORM_CP_MAX)
		return -E2BIG;

	/*
	 * Typographic apostrophes fold to the ASCII one: phones type "don’t" and
	 * "l’amore", lexicons and queries are written with "'". (A comment in a
	 * lexicon need not list both spellings.)
	 */
	if (flags & ES_NORM_FOLD)
		for (utf8proc_ssize_t j = 0; j < n; j++)
			if (cp[j] == 0x2019 || cp[j] == 0x2018 || cp[j] == 0x2032)
				cp[j] = '\'';

	if (flags & ES_NORM_UNACCENT) {
		utf8proc_ssize_t k = 0;
		for (utf8proc_ssize_t j = 0; j < n; j++) {
			utf8proc_int32_t m[2];
			int mn;
			if (cp[j] < 0x80) {
				kept[k++] = cp[j];
				continue;
			}
			if (utf8proc_category(cp[j]) == UTF8PROC_CATEGORY_MN)
				continue;
			mn = unaccent_letter(cp[j], m);
			if (mn == 0) {
				kept[k++] = cp[j];
				continue;
			}
			/* a 2-for-1 expansion (æ → ae) can outgrow the array */
			if (k + mn > NORM_CP_MAX)
				return -E2BIG;
			kept[k++] = m[0];
			if (mn == 2)
				kept[k++] = m[1];
		}
		buf = kept;
		n = k;
	}

	n = utf8proc_normalize_utf32(buf, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
	if (n < 0)
		return -EINVAL;

	size_t o = 0;
	for (utf8proc_ssize_t j = 0; j < n; j++) {
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t el = utf8proc_encode_char(buf[j], enc);
		if ((size_t)el > cap - o)
			return -E2BIG;
		memcpy(out + o, enc, (size_t)el);
		o += (size_t)el;
	}
	return (int)o; /* o <= 4 * NORM_CP_MAX */
}

/* ---------------------------------------------------------------------- */
/* es_norm_squeeze, es_norm_emoji_key                                      */
/* ---------------------------------------------------------------------- */

/*
 * Length of the UTF-8 sequence starting at s[i], clamped to the input so a
 * truncated or invalid sequence can never make us read past the end.
 */
static size_t seq_len(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	return n > len - i ? len - i : n;
}

/*
 * Contract: see normalize.h. A "code point" here is a UTF-8 sequence
 * compared byte for byte, which is the same thing for valid input. max_run 0
 * is treated as 1.
 */
int es_norm_squeeze(const char *s, size_t len, unsigned max_run, char *out, size_t cap)
{
	size_t o = 0, prev = 0, prev_len = 0;
	unsigned run = 0;

	if (max_run == 0)
		max_run = 1;
	if (cap > (size_t)INT_MAX)
		cap = (size_t)INT_MAX; /* so that the byte count fits the return type */
	for (size_t i = 0; i < len;) {
		size_t n = seq_len(s, len, i);
		if (n == prev_len && memcmp(s + i, s + prev, n) == 0) {
			run++;
		} else {
			run = 1;
			prev = i;
			prev_len = n;
		}
		if (run <= max_run) {
			if (n > cap - o)
				return -E2BIG;
			memcpy(out + o, s + i, n);
			o += n;
		}
		i += n;
	}
	return (int)o;
}

/* The run of equal code points at s[i]: its end, the code point's length
 * (*n) and how many (*run). */
static size_t run_at(const char *s, size_t len, size_t i, size_t *n, unsigned *run)
{
	size_t j = i + (*n = seq_len(s, len, i));
	*run = 1;
	while (j < len && seq_len(s, len, j) == *n && memcmp(s + j, s + i, *n) == 0) {
		j += *n;
		(*run)++;
	}
	return j;
}

/*
 * Contract: see normalize.h. Runs are found as in es_norm_squeeze; only runs
 * of ES_NORM_ELONGATION or more code points are elongations, numbered from
 * 0 in order, and the first 32 of them are cut as mask says.
 */
int es_norm_unelongate(const char *s, size_t len, uint32_t mask, char *out, size_t cap)
{
	size_t o = 0;
	unsigned nrun = 0;

	if (cap > (size_t)INT_MAX)
		cap = (size_t)INT_MAX;
	for (size_t i = 0; i < len;) {
		size_t n;
		unsigned run;
		size_t j = run_at(s, len, i, &n, &run);
		unsigned keep = run;
		if (run >= ES_NORM_ELONGATION) {
			keep = nrun < 32 && (mask >> nrun & 1u) ? 1 : 2;
			nrun++;
		}
		if ((size_t)keep * n > cap - o)
			return -E2BIG;
		for (unsigned k = 0; k < keep; k++, o += n)
			memcpy(out + o, s + i, n);
		i = j;
	}
	return (int)o;
}

int es_norm_elongations(const char *s, size_t len)
{
	int count = 0;

	for (size_t i = 0; i < len;) {
		size_t n;
		unsigned run;
		i = run_at(s, len, i, &n, &run);
		count += run >= ES_NORM_ELONGATION;
	}
	return count;
}

/* True when s[i..] starts with U+FE0E/U+FE0F or a skin-tone modifier; *n is its length. */
static bool emoji_modifier(const char *s, size_t len, size_t i, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s + i;
	size_t left = len - i;

	/* U+FE0E, U+FE0F: EF B8 8E, EF B8 8F */
	if (left >= 3 && p[0] == 0xEF && p[1] == 0xB8 && (p[2] == 0x8E || p[2] == 0x8F)) {
		*n = 3;
		return true;
	}
	/* U+1F3FB..U+1F3FF: F0 9F 8F BB..BF */
	if (left >= 4 && p[0] == 0xF0 && p[1] == 0x9F && p[2] == 0x8F && p[3] >= 0xBB &&
	    p[3] <= 0xBF) {
		*n = 4;
		return true;
	}
	return false;
}

/*
 * Contract: see normalize.h. Works on bytes: everything but the five
 * modifiers and two variation selectors is copied unchanged, ZWJs included,
 * so "👨‍👩‍👧" keeps its structure and an emoticon ":)" is its own key.
 */
int es_norm_emoji_key(const char *s, size_t len, char *out, size_t cap)
{
	size_t o = 0;

	if (cap > (size_t)INT_MAX)
		cap = (size_t)INT_MAX;
	for (size_t i = 0; i < len;) {
		size_t n;
		if (emoji_modifier(s, len, i, &n)) {
			i += n;
			continue;
		}
		n = seq_len(s, len, i);
		if (n > cap - o)
			return -E2BIG;
		memcpy(out + o, s + i, n);
		o += n;
		i += n;
	}
	return (int)o;
}

/* ---------------------------------------------------------------------- */
/* es_norm_split_hashtag                                                   */
/* ---------------------------------------------------------------------- */

enum cls { C_SEP, C_UPPER, C_LOWER, C_DIGIT, C_OTHER };

/* Class of one code point for hashtag splitting; invalid bytes count as "other letters". */
static enum cls classify(const char *s, size_t len, size_t i, size_t *n)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t r =
	        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
	if (r <= 0) {
		*n = 1;
		return C_OTHER;
	}
	*n = (size_t)r;
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		return C_SEP;
	}
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_OTHER; /* caseless letters and marks: part of the current word */
	default:
		return C_SEP;
	}
}

/*
 * Contract: see normalize.h. Rules, applied at each code point:
 *   - anything that is not a letter, mark or digit ('_', '-', …) separates
 *     and is not part of any span;
 *   - a run of digits is its own span ("iPhone15" → iPhone|15);
 *   - lowercase → uppercase starts a new word ("NeverAgain" → Never|Again),
 *     except after a single leading lowercase letter ("iPhone", "eBay");
 *   - two or more uppercase letters followed by lowercase split before the
 *     lowercase ("ACMEfail" → ACME|fail). The camel-case reading "ACMEFail"
 *     therefore gives ACMEF|ail: without a dictionary one of the two spellings
 *     has to lose, and the header chose this one.
 * Stops after max spans.
 */
size_t es_norm_split_hashtag(const char *s, size_t len, struct es_span *out, size_t max)
{
	size_t nspan = 0;
	size_t start = 0; /* first byte of the current word */
	bool in_word = false;
	enum cls prev = C_SEP;
	size_t upper_run = 0; /* uppercase letters ending at prev */
	size_t word_cps = 0;  /* code points in the current word */

	if (!s || !out)
		return 0;
	for (size_t i = 0; i <= len && nspan < max;) {
		size_t n = 0;
		enum cls c = i < len ? classify(s, len, i, &n) : C_SEP;
		bool split = false;

		if (in_word) {
			if (c == C_SEP)
				split = true;
			else if ((c == C_DIGIT) != (prev == C_DIGIT) && c != C_OTHER &&
			         prev != C_OTHER)
				split = true;
			else if (c == C_UPPER && prev == C_LOWER && !(word_cps == 1))
				split = true;
			else if (c == C_LOWER && prev == C_UPPER && upper_run >= 2)
				split = true;
		}
		if (split) {
			out[nspan].ptr = s + start;
			out[nspan].len = (uint32_t)(i - start);
			nspan++;
			in_word = false;
		}
		if (c != C_SEP && !in_word) {
			in_word = true;
			start = i;
			word_cps = 0;
		}
		if (in_word)
			word_cps++;
		upper_run = c == C_UPPER ? upper_run + 1 : 0;
		prev = c;
		if (i == len)
			break;
		i += n;
	}
	return nspan;
}
