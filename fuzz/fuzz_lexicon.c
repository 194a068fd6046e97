/*
 * fuzz_lexicon.c — the lexicon loader on arbitrary bytes.
 *
 * Loads the input with es_lexicon_load_buffer(); on success it exercises
 * every lookup with keys cut from the input itself (so that they often hit),
 * on failure it checks that the error message is a terminated string and
 * nothing was returned. Leaks, overreads and UB are for the sanitizers.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Look up every white-space-separated field of the input, and its prefixes. */
static void probe(const struct es_lexicon *lex, const char *s, size_t len)
{
	size_t i = 0, budget = 256;
	while (i < len && budget--) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
			i++;
		size_t b = i;
		while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			i++;
		size_t n = i - b;
		if (n == 0)
			break;
		const char *w = s + b;
		for (int c = 0; c < ES_LEX_CLASS_COUNT; c++) {
			const struct es_lex_entry *e =
			        es_lexicon_word(lex, (enum es_lex_class)c, w, n);
			if (e && (e->cls != c || strlen(e->term) == 0))
				abort();
		}
		const struct es_lex_entry *e = es_lexicon_prefix(lex, w, n);
		if (e && e->kind != ES_LEX_PREFIX)
			abort();
		const struct es_lex_entry *const *cand;
		size_t nc = es_lexicon_mwe(lex, w, n, &cand);
		for (size_t k = 0; k < nc; k++) {
			if (cand[k]->kind != ES_LEX_MWE || cand[k]->ntok < 2 ||
			    cand[k]->ntok > ES_LEX_MWE_MAX)
				abort();
			if (k && cand[k]->ntok > cand[k - 1]->ntok)
				abort(); /* longest first */
			for (size_t t = 0; t < cand[k]->ntok; t++)
				if (strlen(cand[k]->tok[t].fold) != cand[k]->tok[t].fold_len)
					abort();
		}
		if (es_lexicon_negation_prefix(lex, w, n) > n)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct es_lexicon *lex = NULL;
	struct es_lex_error err;
	const char *buf = (const char *)data;
	int rc = es_lexicon_load_buffer("fuzz", buf, size, &lex, &err);
	if (rc < 0) {
		if (lex || memchr(err.msg, '\0', sizeof err.msg) == NULL)
			abort();
		return 0;
	}
	if (!es_lexicon_lang(lex) || !es_lexicon_stemmer(lex) || !es_lexicon_settings(lex))
		abort();
	probe(lex, buf, size);
	es_lexicon_free(lex);
	return 0;
}
