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

/* ---- read-only walk of the parsed tree ------------------------------------
 *
 * For compilers to other query languages (the X rule compiler in xapi.c).
 * Nodes are named by a uint32_t id valid for the life of the query; the tree
 * is already simplified the way the canonical text shows it: AND inside AND
 * and OR inside OR are flattened, `-(-x)` is x, a one-word phrase is a term,
 * a dotted bare word (`acme.com`) is a phrase. NOT nodes occur only as
 * children of AND nodes (the parser rejects a negative OR branch or root).
 */
enum es_qnode_type {
	ES_QNODE_AND = 0, /* children: all must hold */
	ES_QNODE_OR,      /* children: one must hold */
	ES_QNODE_NOT,     /* one child */
	ES_QNODE_TERM,    /* one element: word, #tag, $tag or @handle */
	ES_QNODE_PREFIX,  /* one word element, typed with a trailing '*' */
	ES_QNODE_PHRASE,  /* >= 2 elements; exact, or any order within `slop` words if `near` */
	ES_QNODE_FIELD,   /* one element: the value */
};

enum es_qfield_type {
	ES_QFIELD_LANG = 0,
	ES_QFIELD_FROM,
	ES_QFIELD_IS_REPLY,
	ES_QFIELD_IS_REPOST,
	ES_QFIELD_HAS_LINKS,
	ES_QFIELD_SOURCE,
};

enum es_qelem_kind {
	ES_QELEM_WORD = 0, /* a word or number */
	ES_QELEM_HASHTAG,  /* text starts with '#' */
	ES_QELEM_CASHTAG,  /* text starts with '$' */
	ES_QELEM_HANDLE,   /* text starts with '@' */
	ES_QELEM_VALUE,    /* a field's value */
};

struct es_qnode_info {
	enum es_qnode_type type;
	enum es_qfield_type field; /* ES_QNODE_FIELD only */
	uint32_t n;                /* children (AND, OR, NOT) or elements (the others) */
	uint8_t near;              /* ES_QNODE_PHRASE: 1 = proximity "…"~slop */
	uint8_t slop;              /* other words allowed between (0..ES_QUERY_PROXIMITY_MAX) */
};

struct es_qelem_info {
	enum es_qelem_kind kind;
	struct es_str text; /* as typed (sigil included); field values of lang/is/has/source in
	                       lower case; borrowed from the query, not NUL-terminated */
	struct es_str key;  /* the matching key (folded, sigil dropped) */
};

/* The root node's id. */
uint32_t es_query_root(const struct es_query *q);

/* Describe node `node`. Returns 0, or -EINVAL for a NULL query or an unknown id. */
int es_query_node(const struct es_query *q, uint32_t node, struct es_qnode_info *out);

/* The k-th child of an AND, OR or NOT node. Returns 0, or -EINVAL (not such a node, k >= n). */
int es_query_child(const struct es_query *q, uint32_t node, uint32_t k, uint32_t *child);

/* The k-th element of a TERM, PREFIX, PHRASE or FIELD node. Returns 0 or -EINVAL. */
int es_query_elem(const struct es_query *q, uint32_t node, uint32_t k, struct es_qelem_info *out);

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
