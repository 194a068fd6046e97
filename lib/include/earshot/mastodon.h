/*
 * mastodon.h — Mastodon payloads into posts: the parsing layer of the
 * Mastodon source, with no I/O.
 *
 * - es_html_to_text(): a status's sanitized HTML `content` as plain text
 *   (tags stripped, paragraphs and line breaks kept, entities decoded, the
 *   hidden parts of shortened links dropped), bounded by the caller's buffer
 *   and always valid UTF-8 without NULs, whatever the input bytes.
 * - es_masto_status(): one Status entity (the `data:` of an SSE `update` or
 *   `status.update` event) into an es_post.
 * - es_masto_timeline(): a REST timeline page (a JSON array of Statuses,
 *   newest first) handed over oldest first, so a backfill replays in order.
 * - es_link_header_next(): the rel="next"/"prev" cursor of a Link header.
 * - es_masto_id_cmp(): the order of Mastodon ids (integers in strings).
 *
 * JSON is bounded before it is parsed: ES_MASTO_STATUS_MAX bytes for one
 * Status, ES_MASTO_PAGE_MAX for a page, ES_MASTO_NODES_MAX JSON values and
 * ES_JSON_DEPTH_MAX nesting for either (yajl_tree builds the whole tree, so
 * these bound its memory). A parser object is single-threaded; the posts it
 * returns are views into it, valid until the next call on the same object.
 */
#ifndef EARSHOT_MASTODON_H
#define EARSHOT_MASTODON_H

#include <stddef.h>
#include <stdint.h>

#include "post.h"

#define ES_MASTO_STATUS_MAX (1u << 20) /* bytes of one Status JSON */
#define ES_MASTO_PAGE_MAX   (4u << 20) /* bytes of one timeline page (up to 40 Statuses) */
#define ES_MASTO_NODES_MAX  100000u    /* JSON values (incl. keys) in one document */
#define ES_MASTO_HANDLE_MAX 320        /* bytes of a fully-qualified "user@domain" */

/* ======================================================================== */
/* HTML → text                                                              */

struct es_html_result {
	size_t len;        /* bytes written to out, without the terminating NUL */
	uint8_t has_links; /* an <a href> whose class names neither `mention` nor `hashtag` */
	uint8_t truncated; /* the text did not fit: cut at a code point boundary */
};

/*
 * Convert `len` bytes of Mastodon status HTML into plain text in out[cap]
 * (NUL-terminated; cap includes the NUL). Tags are stripped; <br> gives "\n",
 * a paragraph (or another block: blockquote, pre, ul, ol, h1–h6, div) "\n\n",
 * a list item "\n"; white space runs collapse to one space outside <pre>.
 * Entities: the named ones of HTML 4's Latin-1 set and common punctuation
 * (&amp; &lt; &hellip; &rsquo; &zwj; …) and numeric &#NNN; / &#xHH; are
 * decoded; &nbsp; is an ordinary space and &shy; disappears. Unknown,
 * unterminated or invalid ones (NUL, surrogates, controls, > U+10FFFF) are
 * kept literally. <span class="invisible"> content (the hidden scheme and
 * tail of a shortened link) is dropped; a <span class="ellipsis"> is followed
 * by "…", as Mastodon displays it. Raw bytes that are not valid UTF-8 become
 * U+FFFD; NULs and control characters are dropped. Broken HTML is tolerated:
 * a '<' that cannot start a tag is text, quoted attribute values may hold
 * '>', a tag left open at the end is dropped.
 * Returns 0, or -EINVAL when out is NULL or cap is 0. Never reads past len.
 */
int es_html_to_text(const char *html, size_t len, char *out, size_t cap,
                    struct es_html_result *res);

/* ======================================================================== */
/* Statuses and timelines                                                   */

struct es_masto_stats {
	uint64_t statuses;     /* turned into posts (including ones a callback refused) */
	uint64_t malformed;    /* not JSON, not a Status, wrong field types, too deep */
	uint64_t no_text;      /* a Status with neither spoiler_text nor content text */
	uint64_t oversized;    /* over the byte or value bound */
	uint64_t truncated;    /* text cut at ES_POST_TEXT_MAX */
	uint64_t last_skipped; /* elements the last es_masto_timeline() call skipped */
};

struct es_masto;

/* A parser. Returns 0 or -ENOMEM. es_masto_free(NULL) is a no-op. */
int es_masto_new(struct es_masto **out);
void es_masto_free(struct es_masto *m);

/*
 * Parse one Status JSON into *post (source "mastodon"):
 *   id         `uri` (the same on every instance: the dedupe key), else `url`, else `id`
 *   *local_id  `id` (this instance's id, for min_id paging; NUL-terminated); may be NULL
 *   text       `spoiler_text` + "\n\n" + `content` as text (either alone when the other is empty)
 *   author     `account.acct` made "user@domain" (the domain of `account.url` when acct has none)
 *   mentions   `mentions[].acct`, qualified the same way from each mention's `url`
 *   is_reply   `in_reply_to_id` is not null; reply_to: the qualified acct of the mention
 *              whose `id` is `in_reply_to_account_id`, or the author when that is
 *              `account.id` (a thread), else ""
 *   lang, url, created_ms from `language` (null: ""), `url` (null: the boost's), `created_at`
 *   has_links  from the HTML
 * A boost (`reblog` not null) is is_repost with text, lang, mentions and has_links of the
 * boosted Status; id, author, url and times stay the boost's own. Missing strings are "".
 * All views live until the next call on m.
 * Returns 0, -EBADMSG (not JSON, not an object, no `id`, no `account.acct`, a field of the
 * wrong type; detail in es_masto_error()), -ENODATA (no text at all), -E2BIG (over the
 * bounds), -ENOMEM.
 */
int es_masto_status(struct es_masto *m, const char *json, size_t len, struct es_post *post,
                    struct es_str *local_id);

/*
 * A timeline callback: 0 to go on, a negative errno to stop the page (that value
 * is then what es_masto_timeline() returns). post and local_id live during the call.
 */
typedef int es_masto_status_fn(void *ctx, const struct es_post *post,
                               const struct es_str *local_id);

/*
 * Parse a timeline page (a JSON array of Statuses, newest first, as
 * /api/v1/timelines/… return) and call fn for each Status from the oldest to
 * the newest. Elements that are not valid Statuses or have no text are
 * skipped and counted (stats: malformed, no_text, last_skipped).
 * Returns the number of posts delivered, -EBADMSG (not a JSON array;
 * an {"error": …} body's message goes to es_masto_error()), -E2BIG (over the
 * bounds), -ENOMEM, or the callback's negative value.
 */
int es_masto_timeline(struct es_masto *m, const char *json, size_t len, es_masto_status_fn *fn,
                      void *ctx);

/* Cumulative counters of the parser. */
const struct es_masto_stats *es_masto_stats(const struct es_masto *m);

/* Why the last call failed ("" after a success); lives until the next call on m. */
const char *es_masto_error(const struct es_masto *m);

/* ======================================================================== */
/* Paging                                                                   */

/*
 * From a Link header value (`<https://h/api/v1/timelines/public?max_id=7>; rel="next",
 * <…?min_id=9>; rel="prev"`), copy the URL of the link whose rel (a space-separated
 * list, case-insensitive, quoted or not) includes `rel` into out[cap], NUL-terminated.
 * Link values that are malformed (no <…>, a URL with spaces or controls) are skipped.
 * Returns 0, -ENOENT (no such link), -E2BIG (the URL does not fit in cap), -EINVAL.
 */
int es_link_header_next(const char *value, size_t len, const char *rel, char *out, size_t cap);

/*
 * Order of two Mastodon ids (NUL-terminated; NULL is ""): ids are integers in
 * strings, so after leading zeros a longer id is greater and ids of the same
 * length compare bytewise. Returns -1, 0 or 1.
 */
int es_masto_id_cmp(const char *a, const char *b);

#endif
