/*
 * query.h — brand queries: parse, compile many into one matcher, match posts.
 *
 * The language (docs/queries.md): words (`acme`), prefixes (`acme*`),
 * phrases (`"acme bank"`), proximity (`"acme slow"~3`), `@handle`, `#tag`,
 * `$CASHTAG`, implicit AND, `OR`, `-` negation, parentheses (AND binds
 * tighter than OR), and the fields `lang:`, `from:`, `is:reply`, `is:repost`,
 * `has:links`, `source:`. Matching is case- and accent-insensitive and works
 * on the analysis tokens (token.h, normalize.h), so "Acme's" and "ACME" and
 * "acmé" all meet `acme`.
 *
 * Matching cost grows with the post, not with the number of brands: atoms are
 * indexed by their normalized key, each token of a post probes the index once,
 * and only the brands whose atoms were hit have their boolean expression
 * evaluated.
 */
#ifndef EARSHOT_QUERY_H
#define EARSHOT_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "post.h"
#include "token.h"

#define ES_QUERY_MAX_LEN   4096 /* bytes of query text */
#define ES_QUERY_MAX_ATOMS 512  /* atoms in one query */
#define ES_QUERY_MAX_DEPTH 32   /* nesting of parentheses */
#define ES_QUERY_PREFIX_MIN 3   /* code points before '*' */
#define ES_QUERY_PROXIMITY_MAX 50

struct es_query_error {
	size_t pos;    /* byte offset in the query text where the problem is */
	char msg[160]; /* "expected ')' at 17", … */
};

struct es_query;

/*
 * Parse a query. Returns 0 and *out, or -EBADMSG with err->pos/err->msg
 * (-E2BIG for a query over a limit, -ENOMEM). A query must be able to match
 * only through a positive term (word, prefix, phrase, @handle, #tag, $tag) in
 * every OR branch: `lang:pl` or `-acme` alone are errors, as on X.
 */
int es_query_parse(const char *text, size_t len, struct es_query **out,
                   struct es_query_error *err);
void es_query_free(struct es_query *q);

/* The canonical text of a parsed query (fully parenthesised); returns length or -E2BIG. */
int es_query_format(const struct es_query *q, char *buf, size_t cap);

/* Number of atoms (terms and fields) in the query. */
size_t es_query_atoms(const struct es_query *q);

/* ------------------------------------------------------------------------ */

struct es_matcher;

struct es_match {
	uint32_t brand;  /* the id given to es_matcher_add */
	uint8_t tagged;  /* the post @-mentions or replies to one of the brand's handles */
};

int es_matcher_new(struct es_matcher **out);
void es_matcher_free(struct es_matcher *m);

/*
 * Add a brand: its id, its query (borrowed until es_matcher_build returns;
 * the matcher copies what it needs) and its handles (without '@'; a post
 * mentioning or replying to one is tagged). Returns 0, -ENOMEM, -EEXIST for
 * a duplicate id, -EINVAL after build.
 */
int es_matcher_add(struct es_matcher *m, uint32_t brand, const struct es_query *q,
                   const char *const *handles, size_t n_handles);

/* Freeze: build the indexes. No es_matcher_add afterwards. Returns 0 or -ENOMEM. */
int es_matcher_build(struct es_matcher *m);

/*
 * Match one post whose text has been tokenized into tok[0..ntok). Writes at
 * most max matches (brand order unspecified) and returns their number.
 * Matching is const on the matcher; scratch state lives in `scratch`,
 * created per thread with es_match_scratch_new for a given matcher.
 */
struct es_match_scratch;
int es_match_scratch_new(const struct es_matcher *m, struct es_match_scratch **out);
void es_match_scratch_free(struct es_match_scratch *s);

size_t es_matcher_match(const struct es_matcher *m, struct es_match_scratch *scratch,
                        const struct es_post *post, const struct es_token *tok, size_t ntok,
                        struct es_match *out, size_t max);

#endif
