/*
 * normalize.h — turning a token into lookup keys, with utf8proc.
 *
 * A key is the token's NFC form, Unicode-case-folded (ES_NORM_FOLD). The
 * accent-folded key additionally drops combining marks and maps the letters
 * that have no decomposition (ł→l, đ→d, ø→o, ı→i, ħ→h …), so that posts typed
 * without diacritics ("zle", "sunt bucuros", "ευχαριστω") meet the lexicon
 * (ș/ş and ț/ţ both fold to s/t; Greek tonos and dialytika are dropped; final
 * sigma folds to σ via case folding). Elongation squeezing shortens runs of a
 * repeated letter ("gooood" → "good" with max_run 2, → "god" with max_run 1).
 *
 * All functions write into a caller buffer and never allocate.
 */
#ifndef EARSHOT_NORMALIZE_H
#define EARSHOT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* Longest key, in bytes, that the library builds; longer tokens are not looked up. */
#define ES_KEY_MAX 128

#define ES_NORM_FOLD     0x01u /* Unicode case folding (always wanted for lookup keys) */
#define ES_NORM_UNACCENT 0x02u /* drop marks and fold mark-less letters, see above */

/*
 * Write the NFC (+ flags) form of s[0..len) to out (cap bytes, not
 * NUL-terminated). Returns the number of bytes written, -E2BIG when the result
 * does not fit in cap, or -EILSEQ when s is not valid UTF-8.
 */
int es_norm_key(const char *s, size_t len, unsigned flags, char *out, size_t cap);

/*
 * Shorten every run of the same code point longer than max_run (>= 1) to
 * max_run. in and out may not overlap. Returns bytes written or -E2BIG.
 * Input must be valid UTF-8 (a key from es_norm_key).
 */
int es_norm_squeeze(const char *s, size_t len, unsigned max_run, char *out, size_t cap);

/* A run of this many equal code points is an elongation ("sooo"); two are spelling. */
#define ES_NORM_ELONGATION 3

/*
 * Undo elongation: every run of ES_NORM_ELONGATION or more equal code points
 * becomes 2 of them, or 1 when its bit is set in mask (bit 0 = the first such
 * run); shorter runs are kept, so "happyyy" can be "happy" and "poooorra"
 * "porra", which squeezing every run to 1 can never give. Returns bytes
 * written or -E2BIG. Input must be valid UTF-8 (a key from es_norm_key).
 */
int es_norm_unelongate(const char *s, size_t len, uint32_t mask, char *out, size_t cap);

/* The number of elongated runs in s (what es_norm_unelongate's mask counts). */
int es_norm_elongations(const char *s, size_t len);

/*
 * Key of an emoji cluster or emoticon for the emoji lexicon: the bytes with
 * variation selectors (U+FE0E, U+FE0F) and skin-tone modifiers
 * (U+1F3FB..U+1F3FF) removed, so "👍🏽" and "👍" share the key of "👍".
 * Returns bytes written or -E2BIG.
 */
int es_norm_emoji_key(const char *s, size_t len, char *out, size_t cap);

/* A part of a split hashtag: a view into the input. */
struct es_span {
	const char *ptr;
	uint32_t len;
};

/*
 * Split the body of a hashtag (without '#') into words at case changes,
 * digits and underscores: "NeverAgain" → never|Again, "ACMEfail" → ACME|fail,
 * "worst_service_ever" → worst|service|ever, "iPhone15" → iPhone|15 is kept as
 * iPhone|15. Writes at most max spans; returns their number (1 when nothing
 * splits, 0 for empty input).
 */
size_t es_norm_split_hashtag(const char *s, size_t len, struct es_span *out, size_t max);

#endif
