/*
 * stem.h — one stemming interface over several strategies.
 *
 *   snowball:<algorithm>  libstemmer (en it ro el de es fr pt nl …)
 *   light:<lang>          the project's own light suffix stripper for the
 *                         languages Snowball lacks in Debian (pl cs sk); it
 *                         removes inflectional endings only and never strips
 *                         a prefix, so negation (nie-, ne-) stays visible
 *   none                  identity
 *
 * A stemmer is a mutable object with a bounded cache (word → stem); it is not
 * thread-safe. Callers see it as stateless: the same word always gives the
 * same stem. Input words are case-folded NFC keys (normalize.h).
 */
#ifndef EARSHOT_STEM_H
#define EARSHOT_STEM_H

#include <stddef.h>

struct es_stemmer;

/*
 * Create the stemmer for an ISO 639-1 language code ("en", "pl", …) or for an
 * explicit strategy name ("snowball:english", "light:pl", "none"). Unknown
 * languages get "none". Returns 0, -ENOMEM, or -EINVAL (unknown strategy name).
 */
int es_stemmer_new(const char *lang_or_strategy, struct es_stemmer **out);

/* Free a stemmer; NULL is a no-op. */
void es_stemmer_free(struct es_stemmer *st);

/*
 * Stem word[0..len). On success *stem points to the stem (not NUL-terminated)
 * and *stem_len holds its length; the pointer is owned by the stemmer and
 * valid until the next call on it. Returns 0, -E2BIG for words longer than
 * ES_KEY_MAX, -ENOMEM.
 */
int es_stemmer_stem(struct es_stemmer *st, const char *word, size_t len, const char **stem,
                    size_t *stem_len);

/* The strategy in use, e.g. "snowball:english", "light:pl", "none". */
const char *es_stemmer_strategy(const struct es_stemmer *st);

#endif
