/*
 * stem_light.h — internal interface of the light suffix stripper for
 * Polish, Czech and Slovak (stem_light.c), used only by stem.c.
 *
 * The stripper only removes a suffix, so the stem is always a prefix of the
 * word and it is returned as a length; nothing is allocated.
 */
#ifndef EARSHOT_STEM_LIGHT_H
#define EARSHOT_STEM_LIGHT_H

#include <stddef.h>

enum es_light_lang { ES_LIGHT_PL = 0, ES_LIGHT_CS, ES_LIGHT_SK, ES_LIGHT_LANG_COUNT };

/* Fewest code points a stem keeps after stripping. */
#define ES_LIGHT_MIN_STEM 3

/* The language for an ISO 639-1 code ("pl", "cs", "sk"), or -1. */
int es_stem_light_lang(const char *code);

/*
 * Length in bytes of the stem of word[0..len) (a case-folded NFC key, with or
 * without diacritics): the prefix left after removing the longest known
 * inflectional ending that leaves at least ES_LIGHT_MIN_STEM code points.
 * Returns len when nothing is stripped (also for invalid UTF-8 and words of
 * more than ES_KEY_MAX bytes, which are never stripped).
 */
size_t es_stem_light_len(enum es_light_lang lang, const char *word, size_t len);

#endif
