/*
 * post.h — the normalized post: what every source turns its payloads into,
 * and what the matcher, the analyzer and the sinks read.
 *
 * A post is a set of borrowed views: the strings belong to whoever parsed the
 * post (a source's buffer) and live as long as that buffer. Lengths are
 * explicit; strings need not be NUL-terminated. Missing fields are NULL/0.
 */
#ifndef EARSHOT_POST_H
#define EARSHOT_POST_H

#include <stddef.h>
#include <stdint.h>

#define ES_POST_TEXT_MAX   (64u * 1024) /* bytes of text kept; longer posts are cut and counted */
#define ES_POST_MENTIONS_MAX 32         /* mentioned handles kept per post */
#define ES_POST_ROUTES_MAX 16           /* server-side rule tags kept per post */

/* A borrowed string view. */
struct es_str {
	const char *ptr;
	size_t len;
};

struct es_post {
	struct es_str id;        /* platform id (tweet id, status URI, AT-URI, …) */
	struct es_str source;    /* "x", "mastodon", "bluesky", or the NDJSON source's name */
	struct es_str text;      /* plain text (HTML already stripped) */
	struct es_str author;    /* handle without '@' */
	struct es_str lang;      /* language tag from the platform ("" when none) */
	struct es_str url;       /* link to the post, if known */
	struct es_str reply_to;  /* handle replied to, without '@' ("" when not a reply or unknown) */
	struct es_str mentions[ES_POST_MENTIONS_MAX]; /* handles the post @-mentions (from entities/facets) */
	size_t n_mentions;
	struct es_str routes[ES_POST_ROUTES_MAX]; /* tags of the platform's server-side rules that
	                                             matched (X matching_rules[].tag); 0: none */
	size_t n_routes;
	struct es_str orig_id;   /* for an edited post, the id of its first version ("" otherwise):
	                            sources dedupe on orig_id when set, else on id */
	uint64_t created_ms;     /* creation time, Unix ms (0: unknown) */
	uint8_t is_reply;
	uint8_t is_repost;
	uint8_t has_links;
};

#endif
