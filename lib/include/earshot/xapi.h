/*
 * xapi.h — the X (Twitter) API v2 payloads earshot reads and writes, with no
 * I/O: filtered-stream lines, recent-search pages, stream-rule responses and
 * request bodies, the rule reconcile plan, and the compiler from a brand
 * query (query.h) to an X filtered-stream rule.
 *
 * Facts about the API are in ../shared/research/protocols.md §1. Every input
 * is treated as hostile: it is bounded (ES_X_BODY_MAX bytes, ES_X_DEPTH_MAX
 * nesting), must be valid UTF-8 JSON, and every field is type-checked before
 * use; a payload that does not fit returns -EBADMSG with the reason on the
 * parser (es_xparser_error). Messages and fields the code does not know are
 * tolerated (X adds new ones).
 *
 * Not here: HTTP, authentication, timing (the source in daemon/ does those),
 * the reconnect policy (backoff.h).
 */
#ifndef EARSHOT_XAPI_H
#define EARSHOT_XAPI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ndjson.h"
#include "post.h"
#include "query.h"

#define ES_X_BODY_MAX         (1u << 20) /* bytes of one stream line or response body */
#define ES_X_DEPTH_MAX        64         /* nesting of objects/arrays */
#define ES_X_ID_MAX           32         /* bytes of a post/rule/user id (decimal, 19–20 today) */
#define ES_X_TOKEN_MAX        256        /* bytes of a search next_token */
#define ES_X_RULE_VALUE_MAX   4096 /* bytes of a rule value (X: 512/1,024/2,048 chars by tier) */
#define ES_X_RULE_TAG_MAX     1024 /* bytes of a rule tag */
#define ES_X_RULE_MAX_DEFAULT 1000 /* rules per stream on the Pro / pay-per-use tiers */

/* ------------------------------------------------------------------------ */
/* Parser: stream lines and response bodies                                  */

enum es_xmsg_kind {
	ES_XMSG_POST = 0,               /* a matched post: msg->post */
	ES_XMSG_KEEPALIVE,              /* an empty line ("\r\n" every ≤ 20 s) */
	ES_XMSG_OPERATIONAL_DISCONNECT, /* X is closing the stream for operational reasons */
	ES_XMSG_TOO_MANY_CONNECTIONS,   /* the app is at its connection limit (429-class) */
	ES_XMSG_ERROR_OTHER,            /* some other error object: title/detail for the log */
	ES_XMSG_UNKNOWN,                /* valid JSON object of a kind we do not know: ignore */
};

struct es_xmsg {
	enum es_xmsg_kind kind;
	struct es_post post; /* ES_XMSG_POST only; views valid until the parser's next call */
	char title[128];     /* error kinds: the first error's title (cut, NUL-terminated) */
	char detail[512];    /* error kinds: its detail or message (cut, NUL-terminated) */
};

struct es_xstats {
	uint64_t lines;      /* non-empty stream lines */
	uint64_t keepalives; /* empty stream lines */
	uint64_t posts;      /* posts delivered (stream and search) */
	uint64_t errors;     /* in-stream error messages */
	uint64_t unknown;    /* messages of unknown kinds */
	uint64_t malformed;  /* lines/bodies/posts rejected with -EBADMSG or -E2BIG */
	uint64_t truncated;  /* post texts cut at ES_POST_TEXT_MAX */
};

struct es_xparser;

/* A parser (reusable; single-threaded). Returns 0 or -ENOMEM. */
int es_xparser_new(struct es_xparser **out);
void es_xparser_free(struct es_xparser *p);

/*
 * One line of the filtered stream (without its "\n"; a trailing "\r" is
 * ignored). Returns 0 with *out filled, -EBADMSG (not JSON, not an object,
 * too deep, a post without a usable id or text), -E2BIG (over ES_X_BODY_MAX)
 * or -ENOMEM. A message with `data` is a post even when it also carries
 * partial `errors`. Post mapping: docs in xapi.c. out->post's strings are
 * valid until the next call on this parser.
 */
int es_xparser_line(struct es_xparser *p, const char *line, size_t len, struct es_xmsg *out);

/* The reason for the last -EBADMSG / -EPROTO ("" if none). Valid until the next call. */
const char *es_xparser_error(const struct es_xparser *p);

const struct es_xstats *es_xparser_stats(const struct es_xparser *p);

/* ---- recent search (GET /2/tweets/search/recent) ------------------------ */

struct es_xsearch_meta {
	char newest_id[ES_X_ID_MAX + 1]; /* "" when absent */
	char oldest_id[ES_X_ID_MAX + 1];
	char next_token[ES_X_TOKEN_MAX + 1]; /* "" on the last page */
	uint32_t result_count;
	uint32_t skipped; /* posts in data[] that could not be mapped (no id or text) */
};

/*
 * One page of recent-search results. Posts are delivered to on_post oldest
 * first (X sends newest first), with no routes; each post is valid only
 * during its callback. Returns the number delivered, or -EBADMSG / -E2BIG
 * (body unusable; nothing delivered), -EPROTO (the body is an error: no
 * data, and `errors` or a problem object; es_xparser_error has its
 * message), -ENOMEM.
 */
int es_xparser_search(struct es_xparser *p, const char *body, size_t len, es_post_fn *on_post,
                      void *ctx, struct es_xsearch_meta *meta);

/* ---- stream rules -------------------------------------------------------- */

struct es_xrule {
	const char *id; /* NUL-terminated; owned by the struct es_xrules */
	const char *value;
	const char *tag; /* "" when the rule has none */
};

struct es_xrules {
	struct es_xrule *v;
	size_t n;
	char *arena; /* the strings */
};

/*
 * A GET /2/tweets/search/stream/rules response → out (caller frees with
 * es_xrules_done, also after an error). At most max_rules (0: the default
 * ES_X_RULE_MAX_DEFAULT) rules, else -E2BIG. A rule without a string id and
 * value, or over the length limits, makes the whole list -EBADMSG: a plan
 * built from a half-understood list could delete the wrong rules. An error
 * body is -EPROTO. No `data` is an empty list.
 */
int es_xparser_rules(struct es_xparser *p, const char *body, size_t len, size_t max_rules,
                     struct es_xrules *out);
void es_xrules_done(struct es_xrules *r);

struct es_xrules_summary {
	uint32_t created, not_created; /* add requests */
	uint32_t deleted, not_deleted; /* delete requests */
	uint32_t valid, invalid;       /* add requests, also in dry_run */
	bool has_errors;               /* the response has a top-level `errors` array */
	char error[256];               /* its first entry: "title: detail (value)" or message */
};

/*
 * A POST /2/tweets/search/stream/rules response. Returns 0 when it has
 * meta.summary (has_errors tells about per-rule failures), -EPROTO when it is
 * only an error (then error has the message too), -EBADMSG / -E2BIG / -ENOMEM.
 */
int es_xparser_rules_summary(struct es_xparser *p, const char *body, size_t len,
                             struct es_xrules_summary *out);

/* A growing byte buffer for request bodies, bounded by max (0: ES_X_BODY_MAX * 64). */
struct es_xbuf {
	char *ptr; /* NUL-terminated once anything was written */
	size_t len;
	size_t cap;
	size_t max;
};

void es_xbuf_init(struct es_xbuf *b, size_t max);
void es_xbuf_done(struct es_xbuf *b);

/* A desired rule: value and tag (NULL tag = none). Borrowed. */
struct es_xrule_spec {
	const char *value;
	const char *tag;
};

/*
 * Append {"add":[{"value":…,"tag":…},…]} (tag omitted when NULL or "").
 * Strings must be valid UTF-8 (else -EILSEQ); they are JSON-escaped. Returns
 * 0, -EINVAL (n == 0, a NULL value), -EILSEQ, -E2BIG (over b->max) or -ENOMEM;
 * on error b->len is unchanged.
 */
int es_xrules_body_add(struct es_xbuf *b, const struct es_xrule_spec *rules, size_t n);

/* Append {"delete":{"ids":[…]}}. Same returns. */
int es_xrules_body_delete(struct es_xbuf *b, const char *const *ids, size_t n);

/*
 * What to change so that the stream's rules become `want`: add[] indexes
 * into want, del[] into cur, both ascending. Rules match on value and tag,
 * byte for byte (NULL tag = ""). A wanted rule already present is kept once;
 * its duplicates in cur are deleted; a rule wanted twice is added once.
 * O((n+m) log(n+m)). Free with es_xrules_plan_done (also after an error).
 * Returns 0, -EINVAL (a NULL value) or -ENOMEM.
 */
struct es_xrules_plan {
	size_t *add;
	size_t n_add;
	size_t *del;
	size_t n_del;
};

int es_xrules_plan(const struct es_xrule_spec *want, size_t n_want, const struct es_xrule *cur,
                   size_t n_cur, struct es_xrules_plan *out);
void es_xrules_plan_done(struct es_xrules_plan *p);

/* ------------------------------------------------------------------------ */
/* Brand query → X rule                                                      */

/*
 * Compile a parsed brand query to one X filtered-stream rule in buf (cap
 * bytes including the NUL; pass the configured maximum rule length + 1).
 * Returns the rule's length, or:
 *   -ENOTSUP  X cannot express the query (*why says what: a prefix*, source:,
 *             proximity over ~6, a negated AND group, a negation inside OR,
 *             or nothing left that can match on X); the daemon matches that
 *             brand locally instead, and `earshotd --check` reports it;
 *   -E2BIG    the rule would be longer than cap - 1 bytes (X counts
 *             characters; bytes are never fewer);
 *   -EINVAL   NULL arguments.
 *
 * The translation (docs in xapi.c): a word w becomes (w OR #w OR @w), the
 * forms X can spell (our words also match tag bodies, X keywords do not);
 * `-(a OR b)` becomes `-a -b` (X forbids negated groups); is:repost becomes
 * is:retweet; handles and from: values that cannot be X usernames can never
 * match on X and are folded away (`acme OR @acme@mastodon.social` is
 * `acme`). " -is:retweet" is appended unless include_reposts (or the query
 * already excludes reposts), and " -is:nullcast" always.
 *
 * handles: the brand's handles. They only set the tagged flag of a match
 * (docs/queries.md), which never changes which posts match, so they are
 * not part of the rule; accepted for the daemon's call shape.
 */
int es_query_to_x_rule(const struct es_query *q, const char *const *handles, size_t n_handles,
                       int include_reposts, char *buf, size_t cap, const char **why);

#endif
