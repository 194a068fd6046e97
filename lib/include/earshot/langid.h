/*
 * langid.h — guessing the language of a post that arrives without a tag.
 *
 * The guess is restricted to a candidate set (the languages that have
 * lexicons) and answers "und" when unsure: for texts with fewer than
 * ES_LANGID_MIN_LETTERS letters, or when the best candidate does not beat the
 * runner-up clearly. A wrong language is worse than none: a post scored with
 * the wrong lexicon gets a confident, meaningless score.
 *
 * The model is immutable after es_langid_new(); es_langid_guess() is const
 * and allocation-free, so one model can serve every analyzer.
 */
#ifndef EARSHOT_LANGID_H
#define EARSHOT_LANGID_H

#include <stddef.h>

#define ES_LANGID_MIN_LETTERS 20

struct es_langid;

/*
 * Build the model for the candidate languages (ISO 639-1 codes). Languages
 * the model does not know are ignored; *out may know none. Returns 0,
 * -EINVAL (out NULL, or langs NULL with n > 0) or -ENOMEM. (Any data files
 * it reads are named in langid.c and docs.)
 */
int es_langid_new(const char *const *langs, size_t n, struct es_langid **out);
void es_langid_free(struct es_langid *li);

/*
 * Guess the language of text[0..len): writes a NUL-terminated code ("en",
 * "und") to lang (at least 8 bytes) and returns a confidence in [0, 1]
 * (0 for "und").
 */
double es_langid_guess(const struct es_langid *li, const char *text, size_t len, char lang[8]);

/*
 * Letters of text[0..len) that count as evidence, as es_langid_guess() counts
 * them: code points of category L* outside mentions, hashtags, URLs, "RT"
 * and HTML entities, a run of 3+ equal letters counting once. The guess is
 * "und" below ES_LANGID_MIN_LETTERS. Counting stops at the guess's scan
 * bound (a few hundred letters). 0 for a NULL li or text.
 */
size_t es_langid_letters(const struct es_langid *li, const char *text, size_t len);

/* Languages the model can answer with, sorted; returns the count. */
size_t es_langid_langs(const struct es_langid *li, const char **out, size_t max);

#endif
