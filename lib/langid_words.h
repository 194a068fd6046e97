/*
 * langid_words.h — the hand-written evidence behind the language guess
 * (internal to libearshot; see langid_words.c for the data and docs/langid.md
 * for how it is used).
 *
 * One entry per language the model knows: its ISO 639-1 code, the name of its
 * libexttextcat fingerprint file, its characteristic short words, its
 * characteristic letters and its characteristic letter sequences. This header only describes the
 * table; langid.c builds the lookup structures from it.
 */
#ifndef EARSHOT_LANGID_WORDS_H
#define EARSHOT_LANGID_WORDS_H

#include <stddef.h>

#define ES_LANGID_NLANG 12 /* entries in es_langid_defs (checked at compile time) */

struct es_langid_def {
	const char *code;    /* ISO 639-1, lowercase */
	const char *lm_file; /* fingerprint file name inside ES_TEXTCAT_DATADIR */
	const char *words;   /* lowercase words separated by single spaces, UTF-8 */
	const char *letters; /* distinctive lowercase letters, UTF-8, no separators */
	const char *grams;   /* distinctive letter sequences, space-separated, '_' = word edge */
	int own_letters_expected; /* its own letters occur in nearly every accented text */
	int group;                /* languages with the same non-zero group are close kin */
	const char *kin_grams;    /* like grams, but counted only against close kin */
	const char *foreign;      /* ASCII letters its own words never use (Polish v, Czech w) */
	const char *alphabet;     /* the accented letters it writes, UTF-8; any other is foreign */
};

/* Sorted by code, so es_langid_langs() can list in table order. */
extern const struct es_langid_def es_langid_defs[];
extern const size_t es_langid_ndefs;

#endif
