/*
 * lexset.c — every lexicon of a directory: one per language plus the shared
 * emoji lexicon.
 *
 * es_lexset_load_dir() loads each "*.lex" file (hidden files skipped) in
 * byte-wise sorted name order, so that the first error reported is the same
 * on every machine. "emoji.lex" must say "@lang emoji" and becomes the emoji
 * lexicon; every other file names its language with @lang, one file per
 * language. Overlays ("@lang any") belong to brand configuration: one found
 * in the directory is checked (it must load) and then ignored.
 * The set is immutable after load, like its lexicons; lookups are by exact
 * language code (callers cut regions such as "pt-BR" → "pt" themselves).
 *
 * This file does not parse lexicon text (lexicon.c does).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/lexicon.h"

#define LEXSET_PATH_MAX  4096 /* bytes in "dir/name.lex" */
#define LEXSET_FILES_MAX 256  /* lexicon files in one directory */

struct es_lexset {
	struct es_lexicon *emoji;
	struct es_lexicon **langs; /* sorted by language code */
	size_t nlangs;
};

void es_lexset_free(struct es_lexset *set)
{
	if (!set)
		return;
	es_lexicon_free(set->emoji);
	for (size_t i = 0; i < set->nlangs; i++)
		es_lexicon_free(set->langs[i]);
	free(set->langs);
	free(set);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_lang(const void *a, const void *b)
{
	const struct es_lexicon *const *x = a, *const *y = b;
	return strcmp(es_lexicon_lang(*x), es_lexicon_lang(*y));
}

static void set_err(struct es_lex_error *err, const char *what, const char *reason)
{
	if (!err)
		return;
	/* A long path is cut short: the message is for people. */
	if (snprintf(err->msg, sizeof err->msg, "%s: %s", what, reason) < 0)
		err->msg[0] = '\0';
	err->line = 0;
}

static int has_lex_suffix(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".lex") == 0;
}

/* Collect the sorted "*.lex" names of dir into *names (strdup'ed each). */
static int list_dir(const char *dir, char ***names, size_t *count, struct es_lex_error *err)
{
	DIR *d = opendir(dir);
	if (!d) {
		set_err(err, dir, errno == ENOENT ? "no such directory" : "cannot open directory");
		return -EIO;
	}
	char **v = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!has_lex_suffix(e->d_name))
			continue;
		if (n == LEXSET_FILES_MAX) {
			set_err(err, dir, "too many lexicon files");
			rc = -E2BIG;
			break;
		}
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			char **nv = realloc(v, ncap * sizeof *nv);
			if (!nv) {
				rc = -ENOMEM;
				break;
			}
			v = nv;
			cap = ncap;
		}
		if ((v[n] = strdup(e->d_name)) == NULL) {
			rc = -ENOMEM;
			break;
		}
		n++;
	}
	closedir(d);
	if (rc < 0) {
		for (size_t i = 0; i < n; i++)
			free(v[i]);
		free(v);
		return rc;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_str);
	*names = v;
	*count = n;
	return 0;
}

/* Load one file and file it under emoji or its language. */
static int load_one(struct es_lexset *set, const char *dir, const char *name, size_t cap,
                    struct es_lex_error *err)
{
	char path[LEXSET_PATH_MAX];
	int pl = snprintf(path, sizeof path, "%s/%s", dir, name);
	if (pl < 0 || (size_t)pl >= sizeof path) {
		set_err(err, name, "path too long");
		return -E2BIG;
	}
	struct es_lexicon *lex;
	int rc = es_lexicon_load_file(path, &lex, err);
	if (rc < 0)
		return rc;
	const char *lang = es_lexicon_lang(lex);
	if (strcmp(name, "emoji.lex") == 0) {
		if (strcmp(lang, "emoji") != 0) {
			set_err(err, path, "emoji.lex must say @lang emoji");
			es_lexicon_free(lex);
			return -EBADMSG;
		}
		set->emoji = lex;
		return 0;
	}
	if (strcmp(lang, "any") == 0) {
		/* An overlay kept beside the lexicons: loaded (so it is checked), not used. */
		es_lexicon_free(lex);
		return 0;
	}
	const char *why = NULL;
	if (strcmp(lang, "emoji") == 0)
		why = "@lang emoji belongs in emoji.lex";
	for (size_t i = 0; !why && i < set->nlangs; i++)
		if (strcmp(es_lexicon_lang(set->langs[i]), lang) == 0)
			why = "a second lexicon for the same @lang";
	if (why) {
		set_err(err, path, why);
		es_lexicon_free(lex);
		return -EBADMSG;
	}
	if (set->nlangs == cap) { /* cannot happen: cap is the number of files */
		es_lexicon_free(lex);
		return -EINVAL;
	}
	set->langs[set->nlangs++] = lex;
	return 0;
}

int es_lexset_load_dir(const char *dir, struct es_lexset **out, struct es_lex_error *err)
{
	if (!dir || !out)
		return -EINVAL;
	*out = NULL;
	if (err) {
		err->msg[0] = '\0';
		err->line = 0;
	}
	char **names = NULL;
	size_t n = 0;
	int rc = list_dir(dir, &names, &n, err);
	if (rc < 0)
		return rc;
	struct es_lexset *set = calloc(1, sizeof *set);
	if (!set || (n && !(set->langs = calloc(n, sizeof *set->langs)))) {
		rc = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = load_one(set, dir, names[i], n, err);
	if (rc == 0 && !set->emoji) {
		set_err(err, dir, "no emoji.lex");
		rc = -ENOENT;
	}
	if (rc == 0 && set->nlangs > 1)
		qsort(set->langs, set->nlangs, sizeof *set->langs, cmp_lang);
out:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (rc < 0) {
		if (rc == -ENOMEM && err && !err->msg[0])
			set_err(err, dir, "out of memory");
		es_lexset_free(set);
		return rc;
	}
	*out = set;
	return 0;
}

const struct es_lexicon *es_lexset_get(const struct es_lexset *set, const char *lang)
{
	if (!set || !lang)
		return NULL;
	size_t lo = 0, hi = set->nlangs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(es_lexicon_lang(set->langs[mid]), lang);
		if (c == 0)
			return set->langs[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct es_lexicon *es_lexset_emoji(const struct es_lexset *set)
{
	return set ? set->emoji : NULL;
}

size_t es_lexset_langs(const struct es_lexset *set, const char **out, size_t max)
{
	if (!set)
		return 0;
	for (size_t i = 0; out && i < set->nlangs && i < max; i++)
		out[i] = es_lexicon_lang(set->langs[i]);
	return set->nlangs;
}
