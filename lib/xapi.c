/*
 * xapi.c — X API v2 payloads: filtered-stream lines, recent-search pages,
 * stream-rule responses and request bodies, the rule reconcile plan, and the
 * brand query → X rule compiler. No I/O (xapi.h has the contracts).
 *
 * Payloads are small (a post line is a few KB, a rules list at most a few
 * MB on Enterprise) and read once, so they are parsed into a yajl tree rather
 * than streamed: the code reads like the documented shapes. yajl_tree frees
 * its tree recursively and has no depth limit, so every body is first
 * scanned for its nesting depth (ES_X_DEPTH_MAX) and NUL bytes, then copied
 * into the parser's buffer with a terminating NUL (yajl_tree_parse wants a C
 * string). The tree lives until the next call, and the post views point into
 * it or into the parser's text and URL buffers.
 *
 * Post mapping (one element of `data`, with the message's `includes`):
 *   id        data.id (a decimal string, required)
 *   orig_id   data.edit_history_tweet_ids[0] when it differs from id
 *   text      data.note_tweet.text when present (long posts), else data.text;
 *             the &amp; &lt; &gt; X escapes decoded; cut at ES_POST_TEXT_MAX
 *   source    "x"
 *   author    includes.users[] entry whose id is data.author_id → username
 *   lang      data.lang; "und", "zxx" and X's private q?? codes → ""
 *   created   data.created_at (RFC 3339)
 *   is_reply  referenced_tweets[] has type "replied_to"; is_repost "retweeted"
 *   reply_to  username of data.in_reply_to_user_id (includes.users[], else
 *             entities.mentions[] by id)
 *   mentions  entities.mentions[].username
 *   has_links entities.urls is a non-empty array
 *   url       https://x.com/<username>/status/<id>, or /i/status/<id>
 *   routes    matching_rules[].tag (stream only)
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_tree.h>

#include "earshot/ndjson.h"
#include "earshot/xapi.h"

#define URL_MAX           (sizeof "https://x.com/" + ES_X_USERNAME_MAX + sizeof "/status/" + ES_X_ID_MAX)
#define ES_X_USERNAME_MAX 50 /* X allows 15; older accounts and the API leave headroom */

struct es_xparser {
	char *buf;     /* NUL-terminated copy of the current body, ES_X_BODY_MAX + 1 */
	yajl_val tree; /* the current body's tree, freed on the next call */
	char *text;    /* decoded post text, ES_POST_TEXT_MAX */
	char url[URL_MAX];
	char err[256];
	struct es_xstats stats;
};

/* ------------------------------------------------------------------------ */
/* Small helpers                                                             */

static void copy_cut(char *dst, size_t cap, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0u) == 0x80u)
			n--; /* do not end inside a UTF-8 sequence */
	}
	if (n)
		memcpy(dst, s, n);
	dst[n] = '\0';
}

static int bad(struct es_xparser *p, int rc, const char *why)
{
	copy_cut(p->err, sizeof p->err, why);
	p->stats.malformed++;
	return rc;
}

static yajl_val get(yajl_val obj, const char *key)
{
	if (!YAJL_IS_OBJECT(obj))
		return NULL;
	for (size_t i = 0; i < obj->u.object.len; i++)
		if (strcmp(obj->u.object.keys[i], key) == 0)
			return obj->u.object.values[i];
	return NULL;
}

static const char *get_str(yajl_val obj, const char *key)
{
	return YAJL_GET_STRING(get(obj, key));
}

static size_t arr_len(yajl_val v)
{
	return YAJL_IS_ARRAY(v) ? v->u.array.len : 0;
}

static yajl_val arr_at(yajl_val v, size_t i)
{
	return v->u.array.values[i];
}

static bool is_digits(const char *s, size_t max)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (s[n] < '0' || s[n] > '9' || n >= max)
			return false;
	return n > 0;
}

/* An X username as the API returns it: [A-Za-z0-9_]{1,max}. */
static bool is_username(const char *s, size_t len, size_t max)
{
	if (len == 0 || len > max)
		return false;
	for (size_t i = 0; i < len; i++) {
		int c = (unsigned char)s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_'))
			return false;
	}
	return true;
}

static struct es_str view(const char *s)
{
	return (struct es_str){s ? s : "", s ? strlen(s) : 0};
}

/*
 * Check the body's nesting and bytes before yajl sees it: yajl_tree frees
 * recursively, so depth must be bounded, and yajl_tree_parse reads a C string,
 * so an inner NUL would silently cut the body.
 */
static int prescan(struct es_xparser *p, const char *s, size_t len)
{
	unsigned depth = 0;
	bool in_str = false, esc = false;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '\0')
			return bad(p, -EBADMSG, "NUL byte in JSON");
		if (in_str) {
			if (esc)
				esc = false;
			else if (c == '\\')
				esc = true;
			else if (c == '"')
				in_str = false;
		} else if (c == '"') {
			in_str = true;
		} else if (c == '{' || c == '[') {
			if (++depth > ES_X_DEPTH_MAX)
				return bad(p, -EBADMSG, "JSON nested too deeply");
		} else if ((c == '}' || c == ']') && depth > 0) {
			depth--;
		}
	}
	return 0;
}

/* Parse body into p->tree (an object). */
static int parse_body(struct es_xparser *p, const char *body, size_t len)
{
	yajl_tree_free(p->tree);
	p->tree = NULL;
	p->err[0] = '\0';
	if (!body && len)
		return -EINVAL;
	if (len > ES_X_BODY_MAX)
		return bad(p, -E2BIG, "body longer than 1 MiB");
	int rc = prescan(p, body, len);
	if (rc)
		return rc;
	if (len)
		memcpy(p->buf, body, len);
	p->buf[len] = '\0';
	char yerr[160];
	p->tree = yajl_tree_parse(p->buf, yerr, sizeof yerr);
	if (!p->tree) {
		/* yajl's message spans lines and quotes the input; keep its first line */
		char *nl = strchr(yerr, '\n');
		if (nl)
			*nl = '\0';
		char m[200];
		snprintf(m, sizeof m, "not JSON: %s", yerr[0] ? yerr : "parse error");
		return bad(p, -EBADMSG, m);
	}
	if (!YAJL_IS_OBJECT(p->tree))
		return bad(p, -EBADMSG, "not a JSON object");
	return 0;
}

/* "title: detail" of a problem object, or its message. */
static void problem_text(yajl_val e, char *title, size_t tcap, char *detail, size_t dcap)
{
	const char *t = get_str(e, "title");
	const char *d = get_str(e, "detail");
	if (!d)
		d = get_str(e, "message");
	if (!d) {
		yajl_val ds = get(e, "details"); /* invalid-rules problems carry a list */
		if (arr_len(ds) > 0)
			d = YAJL_GET_STRING(arr_at(ds, 0));
	}
	copy_cut(title, tcap, t);
	copy_cut(detail, dcap, d);
}

/* One line for a log: "title: detail (value)". */
static void problem_line(yajl_val e, char *out, size_t cap)
{
	char t[128], d[256];
	problem_text(e, t, sizeof t, d, sizeof d);
	const char *v = get_str(e, "value");
	char vb[96];
	copy_cut(vb, sizeof vb, v);
	const char *parts[] = {t,           t[0] && d[0] ? ": " : "", d, v ? " (" : "", v ? vb : "",
	                       v ? ")" : ""};
	size_t o = 0;
	for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
		copy_cut(out + o, cap - o, parts[k]);
		o += strlen(out + o);
	}
	if (!out[0])
		copy_cut(out, cap, "error without a message");
}

/*
 * The body is only an error (no data): X sends {"errors":[…]} or a bare
 * problem object {"title":…,"detail":…,"type":…}.
 */
static bool error_body(struct es_xparser *p)
{
	yajl_val root = p->tree;
	if (get(root, "data"))
		return false;
	yajl_val errs = get(root, "errors");
	if (arr_len(errs) > 0) {
		problem_line(arr_at(errs, 0), p->err, sizeof p->err);
		return true;
	}
	if (get_str(root, "title") && !get(root, "meta")) {
		problem_line(root, p->err, sizeof p->err);
		return true;
	}
	return false;
}

/* ------------------------------------------------------------------------ */
/* Parser lifecycle                                                          */

int es_xparser_new(struct es_xparser **out)
{
	if (!out)
		return -EINVAL;
	*out = NULL;
	struct es_xparser *p = calloc(1, sizeof *p);
	if (!p)
		return -ENOMEM;
	p->buf = malloc((size_t)ES_X_BODY_MAX + 1);
	p->text = malloc(ES_POST_TEXT_MAX);
	if (!p->buf || !p->text) {
		es_xparser_free(p);
		return -ENOMEM;
	}
	*out = p;
	return 0;
}

void es_xparser_free(struct es_xparser *p)
{
	if (!p)
		return;
	yajl_tree_free(p->tree);
	free(p->buf);
	free(p->text);
	free(p);
}

const char *es_xparser_error(const struct es_xparser *p)
{
	return p ? p->err : "";
}

const struct es_xstats *es_xparser_stats(const struct es_xparser *p)
{
	return &p->stats;
}

/* ------------------------------------------------------------------------ */
/* Post mapping                                                              */

/* The username of user `id`: includes.users[] first, then entities.mentions[]. */
static const char *username_of(yajl_val users, yajl_val mentions, const char *id)
{
	if (!id)
		return NULL;
	for (size_t i = 0; i < arr_len(users); i++) {
		yajl_val u = arr_at(users, i);
		const char *uid = get_str(u, "id");
		if (uid && strcmp(uid, id) == 0)
			return get_str(u, "username");
	}
	for (size_t i = 0; i < arr_len(mentions); i++) {
		yajl_val m = arr_at(mentions, i);
		const char *uid = get_str(m, "id");
		if (uid && strcmp(uid, id) == 0)
			return get_str(m, "username");
	}
	return NULL;
}

/*
 * X's text escapes &, < and > as HTML entities (and only those); decode them
 * into p->text, cut at ES_POST_TEXT_MAX on a UTF-8 boundary.
 */
static struct es_str decode_text(struct es_xparser *p, const char *s)
{
	static const struct {
		const char *ent;
		size_t len;
		char c;
	} ents[] = {{"&amp;", 5, '&'}, {"&lt;", 4, '<'}, {"&gt;", 4, '>'}};
	size_t o = 0;
	bool cut = false;
	for (size_t i = 0; s[i];) {
		char c = s[i];
		size_t adv = 1;
		if (c == '&') {
			for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
				if (strncmp(s + i, ents[k].ent, ents[k].len) == 0) {
					c = ents[k].c;
					adv = ents[k].len;
					break;
				}
			}
		}
		if (o == ES_POST_TEXT_MAX) {
			/* c is the first byte dropped: if it continues a character, drop
			 * that character's earlier bytes too, back to its lead byte */
			unsigned char dropped = (unsigned char)c;
			while (o > 0 && (dropped & 0xC0u) == 0x80u)
				dropped = (unsigned char)p->text[--o];
			cut = true;
			break;
		}
		p->text[o++] = c;
		i += adv;
	}
	if (cut)
		p->stats.truncated++;
	return (struct es_str){p->text, o};
}

static bool is_pseudo_lang(const char *l)
{
	/* und: undetermined; zxx: no linguistic content; qaa–qtz: X's private codes
	 * for posts of only hashtags, mentions, media, … — none is a language */
	return strcmp(l, "und") == 0 || strcmp(l, "zxx") == 0 ||
	       (l[0] == 'q' && l[1] >= 'a' && l[1] <= 't' && l[2] && !l[3]);
}

/*
 * Map one post object with the page's includes.users and the message's
 * matching_rules (NULL for search). Returns 0 or -EBADMSG (reason in p->err).
 */
static int map_post(struct es_xparser *p, yajl_val d, yajl_val users, yajl_val rules,
                    struct es_post *post)
{
	memset(post, 0, sizeof *post);
	const char *id = get_str(d, "id");
	if (!id || !is_digits(id, ES_X_ID_MAX)) {
		copy_cut(p->err, sizeof p->err, "post without a valid id");
		return -EBADMSG;
	}
	const char *text = get_str(get(d, "note_tweet"), "text");
	if (!text)
		text = get_str(d, "text");
	if (!text) {
		copy_cut(p->err, sizeof p->err, "post without text");
		return -EBADMSG;
	}
	post->id = view(id);
	post->source = view("x");
	post->text = decode_text(p, text);

	yajl_val hist = get(d, "edit_history_tweet_ids");
	const char *first = arr_len(hist) ? YAJL_GET_STRING(arr_at(hist, 0)) : NULL;
	post->orig_id = first && strcmp(first, id) != 0 ? view(first) : view("");

	yajl_val ent = get(d, "entities");
	yajl_val mentions = get(ent, "mentions");
	const char *author = username_of(users, NULL, get_str(d, "author_id"));
	if (author && !is_username(author, strlen(author), ES_X_USERNAME_MAX))
		author = NULL;
	post->author = view(author);

	const char *lang = get_str(d, "lang");
	post->lang = view(lang && !is_pseudo_lang(lang) ? lang : "");

	const char *created = get_str(d, "created_at");
	uint64_t ms;
	if (created && es_parse_time_ms(created, strlen(created), &ms) == 0)
		post->created_ms = ms;

	yajl_val refs = get(d, "referenced_tweets");
	for (size_t i = 0; i < arr_len(refs); i++) {
		const char *type = get_str(arr_at(refs, i), "type");
		if (type && strcmp(type, "replied_to") == 0)
			post->is_reply = 1;
		else if (type && strcmp(type, "retweeted") == 0)
			post->is_repost = 1;
	}
	const char *rt = username_of(users, mentions, get_str(d, "in_reply_to_user_id"));
	post->reply_to = view(rt && is_username(rt, strlen(rt), ES_X_USERNAME_MAX) ? rt : "");

	for (size_t i = 0; i < arr_len(mentions) && post->n_mentions < ES_POST_MENTIONS_MAX; i++) {
		const char *u = get_str(arr_at(mentions, i), "username");
		if (u && u[0])
			post->mentions[post->n_mentions++] = view(u);
	}
	post->has_links = arr_len(get(ent, "urls")) > 0;

	int n = author ? snprintf(p->url, sizeof p->url, "https://x.com/%s/status/%s", author, id)
	               : snprintf(p->url, sizeof p->url, "https://x.com/i/status/%s", id);
	post->url = (struct es_str){p->url, n > 0 && (size_t)n < sizeof p->url ? (size_t)n : 0};

	for (size_t i = 0; i < arr_len(rules) && post->n_routes < ES_POST_ROUTES_MAX; i++) {
		const char *tag = get_str(arr_at(rules, i), "tag");
		if (tag && tag[0])
			post->routes[post->n_routes++] = view(tag);
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Stream lines                                                              */

static bool contains(const char *s, const char *needle)
{
	return s && strstr(s, needle) != NULL;
}

/* Classify an error/problem object of the stream. */
static enum es_xmsg_kind problem_kind(yajl_val e)
{
	const char *issue = get_str(e, "connection_issue");
	if (issue && strcmp(issue, "TooManyConnections") == 0)
		return ES_XMSG_TOO_MANY_CONNECTIONS;
	const char *title = get_str(e, "title");
	if ((title && strcmp(title, "operational-disconnect") == 0) ||
	    contains(get_str(e, "disconnect_type"), "OperationalDisconnect") ||
	    contains(get_str(e, "type"), "/operational-disconnect"))
		return ES_XMSG_OPERATIONAL_DISCONNECT;
	return ES_XMSG_ERROR_OTHER;
}

int es_xparser_line(struct es_xparser *p, const char *line, size_t len, struct es_xmsg *out)
{
	if (!p || !out || (!line && len))
		return -EINVAL;
	memset(out, 0, sizeof *out);
	if (len && line[len - 1] == '\r')
		len--;
	size_t ws = 0;
	while (ws < len && (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\r'))
		ws++;
	if (ws == len) {
		yajl_tree_free(p->tree);
		p->tree = NULL;
		p->stats.keepalives++;
		out->kind = ES_XMSG_KEEPALIVE;
		return 0;
	}
	p->stats.lines++;
	int rc = parse_body(p, line, len);
	if (rc)
		return rc;
	yajl_val root = p->tree;
	yajl_val data = get(root, "data");
	if (data) {
		if (!YAJL_IS_OBJECT(data))
			return bad(p, -EBADMSG, "stream message whose data is not an object");
		yajl_val users = get(get(root, "includes"), "users");
		if ((rc = map_post(p, data, users, get(root, "matching_rules"), &out->post)) != 0) {
			p->stats.malformed++;
			return rc;
		}
		out->kind = ES_XMSG_POST;
		p->stats.posts++;
		return 0;
	}
	yajl_val errs = get(root, "errors");
	yajl_val e = arr_len(errs) ? arr_at(errs, 0) : get_str(root, "title") ? root : NULL;
	if (YAJL_IS_OBJECT(e)) {
		out->kind = problem_kind(e);
		problem_text(e, out->title, sizeof out->title, out->detail, sizeof out->detail);
		p->stats.errors++;
		return 0;
	}
	out->kind = ES_XMSG_UNKNOWN;
	p->stats.unknown++;
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Recent search                                                             */

/* Copy a meta string that must fit whole (a cut id or token would be wrong). */
static int meta_copy(struct es_xparser *p, yajl_val meta, const char *key, char *dst, size_t cap,
                     bool digits)
{
	const char *s = get_str(meta, key);
	dst[0] = '\0';
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (n >= cap || (digits && !is_digits(s, cap - 1)))
		return bad(p, -EBADMSG, "search meta: bad newest_id, oldest_id or next_token");
	memcpy(dst, s, n + 1);
	return 0;
}

int es_xparser_search(struct es_xparser *p, const char *body, size_t len, es_post_fn *on_post,
                      void *ctx, struct es_xsearch_meta *meta)
{
	if (!p || !on_post || !meta)
		return -EINVAL;
	memset(meta, 0, sizeof *meta);
	int rc = parse_body(p, body, len);
	if (rc)
		return rc;
	if (error_body(p))
		return -EPROTO;
	yajl_val root = p->tree;
	yajl_val m = get(root, "meta");
	if ((rc = meta_copy(p, m, "newest_id", meta->newest_id, sizeof meta->newest_id, true)) ||
	    (rc = meta_copy(p, m, "oldest_id", meta->oldest_id, sizeof meta->oldest_id, true)) ||
	    (rc = meta_copy(p, m, "next_token", meta->next_token, sizeof meta->next_token, false)))
		return rc;
	yajl_val rcnt = get(m, "result_count");
	if (YAJL_IS_INTEGER(rcnt) && YAJL_GET_INTEGER(rcnt) > 0)
		meta->result_count = YAJL_GET_INTEGER(rcnt) > UINT32_MAX
		                             ? UINT32_MAX
		                             : (uint32_t)YAJL_GET_INTEGER(rcnt);
	yajl_val data = get(root, "data");
	if (data && !YAJL_IS_ARRAY(data))
		return bad(p, -EBADMSG, "search data is not an array");
	yajl_val users = get(get(root, "includes"), "users");
	struct es_post post;
	int delivered = 0;
	/* X pages newest first; the pipeline wants time order */
	for (size_t i = arr_len(data); i-- > 0;) {
		if (map_post(p, arr_at(data, i), users, NULL, &post) != 0) {
			meta->skipped++;
			p->stats.malformed++;
			continue;
		}
		p->stats.posts++;
		delivered++;
		on_post(ctx, &post);
	}
	return delivered;
}

/* ------------------------------------------------------------------------ */
/* Stream rules: responses                                                   */

void es_xrules_done(struct es_xrules *r)
{
	if (!r)
		return;
	free(r->v);
	free(r->arena);
	*r = (struct es_xrules){0};
}

int es_xparser_rules(struct es_xparser *p, const char *body, size_t len, size_t max_rules,
                     struct es_xrules *out)
{
	if (!p || !out)
		return -EINVAL;
	*out = (struct es_xrules){0};
	if (max_rules == 0)
		max_rules = ES_X_RULE_MAX_DEFAULT;
	int rc = parse_body(p, body, len);
	if (rc)
		return rc;
	if (error_body(p))
		return -EPROTO;
	yajl_val data = get(p->tree, "data");
	if (!data)
		return 0; /* no rules: X omits data */
	if (!YAJL_IS_ARRAY(data))
		return bad(p, -EBADMSG, "rules data is not an array");
	size_t n = data->u.array.len;
	if (n > max_rules)
		return bad(p, -E2BIG, "more rules than the configured maximum");
	/* validate and size first, so the copy cannot fail half-way */
	size_t bytes = 0;
	for (size_t i = 0; i < n; i++) {
		yajl_val r = arr_at(data, i);
		const char *id = get_str(r, "id"), *v = get_str(r, "value");
		const char *t = get_str(r, "tag");
		if (!id || !is_digits(id, ES_X_ID_MAX) || !v || !v[0])
			return bad(p, -EBADMSG, "rule without a valid id or value");
		size_t vl = strlen(v), tl = t ? strlen(t) : 0;
		if (vl > ES_X_RULE_VALUE_MAX || tl > ES_X_RULE_TAG_MAX)
			return bad(p, -EBADMSG, "rule value or tag too long");
		bytes += strlen(id) + vl + tl + 3;
	}
	if (n == 0)
		return 0;
	out->v = calloc(n, sizeof *out->v);
	out->arena = malloc(bytes);
	if (!out->v || !out->arena) {
		es_xrules_done(out);
		return -ENOMEM;
	}
	char *a = out->arena;
	for (size_t i = 0; i < n; i++) {
		yajl_val r = arr_at(data, i);
		const char *src[3] = {get_str(r, "id"), get_str(r, "value"), get_str(r, "tag")};
		const char **dst[3] = {&out->v[i].id, &out->v[i].value, &out->v[i].tag};
		for (int k = 0; k < 3; k++) {
			size_t l = src[k] ? strlen(src[k]) : 0;
			if (l)
				memcpy(a, src[k], l);
			a[l] = '\0';
			*dst[k] = a;
			a += l + 1;
		}
	}
	out->n = n;
	return 0;
}

static uint32_t count_of(yajl_val summary, const char *key)
{
	yajl_val v = get(summary, key);
	if (!YAJL_IS_INTEGER(v) || YAJL_GET_INTEGER(v) < 0)
		return 0;
	return YAJL_GET_INTEGER(v) > UINT32_MAX ? UINT32_MAX : (uint32_t)YAJL_GET_INTEGER(v);
}

int es_xparser_rules_summary(struct es_xparser *p, const char *body, size_t len,
                             struct es_xrules_summary *out)
{
	if (!p || !out)
		return -EINVAL;
	memset(out, 0, sizeof *out);
	int rc = parse_body(p, body, len);
	if (rc)
		return rc;
	yajl_val root = p->tree;
	yajl_val errs = get(root, "errors");
	if (arr_len(errs) > 0) {
		out->has_errors = true;
		problem_line(arr_at(errs, 0), out->error, sizeof out->error);
	}
	yajl_val s = get(get(root, "meta"), "summary");
	if (!YAJL_IS_OBJECT(s)) {
		if (out->has_errors || get_str(root, "title")) {
			if (!out->has_errors)
				problem_line(root, out->error, sizeof out->error);
			out->has_errors = true;
			copy_cut(p->err, sizeof p->err, out->error);
			return -EPROTO;
		}
		return bad(p, -EBADMSG, "rules response without meta.summary");
	}
	out->created = count_of(s, "created");
	out->not_created = count_of(s, "not_created");
	out->deleted = count_of(s, "deleted");
	out->not_deleted = count_of(s, "not_deleted");
	out->valid = count_of(s, "valid");
	out->invalid = count_of(s, "invalid");
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Stream rules: request bodies                                              */

void es_xbuf_init(struct es_xbuf *b, size_t max)
{
	*b = (struct es_xbuf){.max = max ? max : (size_t)ES_X_BODY_MAX * 64};
}

void es_xbuf_done(struct es_xbuf *b)
{
	if (!b)
		return;
	free(b->ptr);
	*b = (struct es_xbuf){0};
}

/* Appends that only set *rc on failure, so a body is built without checks per call. */
static void bput(struct es_xbuf *b, const char *s, size_t n, int *rc)
{
	if (*rc)
		return;
	if (n > b->max - b->len) {
		*rc = -E2BIG;
		return;
	}
	if (b->len + n + 1 > b->cap) {
		size_t nc = b->cap ? b->cap : 256;
		while (nc < b->len + n + 1)
			nc = nc > SIZE_MAX / 2 ? SIZE_MAX : nc * 2;
		if (nc > b->max + 1)
			nc = b->max + 1;
		char *np = realloc(b->ptr, nc);
		if (!np) {
			*rc = -ENOMEM;
			return;
		}
		b->ptr = np;
		b->cap = nc;
	}
	memcpy(b->ptr + b->len, s, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

static void bputs(struct es_xbuf *b, const char *s, int *rc)
{
	bput(b, s, strlen(s), rc);
}

static bool valid_utf8(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	for (size_t i = 0; s[i];) {
		unsigned c = s[i];
		size_t n = c < 0x80             ? 1
		           : (c & 0xE0) == 0xC0 ? 2
		           : (c & 0xF0) == 0xE0 ? 3
		           : (c & 0xF8) == 0xF0 ? 4
		                                : 0;
		if (n == 0 || (n == 2 && c < 0xC2))
			return false;
		for (size_t k = 1; k < n; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return false; /* also stops at the NUL */
		if (n == 3) {
			unsigned cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6);
			if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
				return false;
		} else if (n == 4) {
			unsigned cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12);
			if (cp < 0x10000 || cp > 0x10FFFF)
				return false;
		}
		i += n;
	}
	return true;
}

/* A JSON string literal: quotes, backslashes and control characters escaped. */
static void bput_json(struct es_xbuf *b, const char *s, int *rc)
{
	if (*rc)
		return;
	if (!valid_utf8(s)) {
		*rc = -EILSEQ;
		return;
	}
	bput(b, "\"", 1, rc);
	size_t run = 0;
	for (size_t i = 0;; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c != 0 && c >= 0x20 && c != '"' && c != '\\') {
			run++;
			continue;
		}
		bput(b, s + i - run, run, rc);
		run = 0;
		if (c == 0)
			break;
		char esc[8];
		switch (c) {
		case '"':
			bputs(b, "\\\"", rc);
			break;
		case '\\':
			bputs(b, "\\\\", rc);
			break;
		case '\n':
			bputs(b, "\\n", rc);
			break;
		case '\r':
			bputs(b, "\\r", rc);
			break;
		case '\t':
			bputs(b, "\\t", rc);
			break;
		case '\b':
			bputs(b, "\\b", rc);
			break;
		case '\f':
			bputs(b, "\\f", rc);
			break;
		default:
			snprintf(esc, sizeof esc, "\\u%04x", c);
			bputs(b, esc, rc);
			break;
		}
	}
	bput(b, "\"", 1, rc);
}

int es_xrules_body_add(struct es_xbuf *b, const struct es_xrule_spec *rules, size_t n)
{
	if (!b || !rules || n == 0)
		return -EINVAL;
	for (size_t i = 0; i < n; i++) {
		if (!rules[i].value)
			return -EINVAL;
		if (!valid_utf8(rules[i].value) || (rules[i].tag && !valid_utf8(rules[i].tag)))
			return -EILSEQ;
	}
	size_t mark = b->len;
	int rc = 0;
	bputs(b, "{\"add\":[", &rc);
	for (size_t i = 0; i < n; i++) {
		bputs(b, i ? ",{\"value\":" : "{\"value\":", &rc);
		bput_json(b, rules[i].value, &rc);
		if (rules[i].tag && rules[i].tag[0]) {
			bputs(b, ",\"tag\":", &rc);
			bput_json(b, rules[i].tag, &rc);
		}
		bputs(b, "}", &rc);
	}
	bputs(b, "]}", &rc);
	if (rc) {
		b->len = mark;
		if (b->ptr)
			b->ptr[mark] = '\0';
	}
	return rc;
}

int es_xrules_body_delete(struct es_xbuf *b, const char *const *ids, size_t n)
{
	if (!b || !ids || n == 0)
		return -EINVAL;
	for (size_t i = 0; i < n; i++) {
		if (!ids[i])
			return -EINVAL;
		if (!valid_utf8(ids[i]))
			return -EILSEQ;
	}
	size_t mark = b->len;
	int rc = 0;
	bputs(b, "{\"delete\":{\"ids\":[", &rc);
	for (size_t i = 0; i < n; i++) {
		if (i)
			bputs(b, ",", &rc);
		bput_json(b, ids[i], &rc);
	}
	bputs(b, "]}}", &rc);
	if (rc) {
		b->len = mark;
		if (b->ptr)
			b->ptr[mark] = '\0';
	}
	return rc;
}

/* ------------------------------------------------------------------------ */
/* Reconcile plan                                                            */

struct pkey {
	const char *value;
	const char *tag;
	size_t ix;
	bool want; /* from the desired list (else from the current rules) */
};

static int pkey_cmp_rule(const struct pkey *a, const struct pkey *b)
{
	int c = strcmp(a->value, b->value);
	return c ? c : strcmp(a->tag, b->tag);
}

/* Order: by rule, desired before current, then by index (so "first" is well defined). */
static int pkey_cmp(const void *x, const void *y)
{
	const struct pkey *a = x, *b = y;
	int c = pkey_cmp_rule(a, b);
	if (c)
		return c;
	if (a->want != b->want)
		return a->want ? -1 : 1;
	return a->ix < b->ix ? -1 : a->ix > b->ix;
}

static int size_cmp(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	return a < b ? -1 : a > b;
}

void es_xrules_plan_done(struct es_xrules_plan *p)
{
	if (!p)
		return;
	free(p->add);
	free(p->del);
	*p = (struct es_xrules_plan){0};
}

int es_xrules_plan(const struct es_xrule_spec *want, size_t n_want, const struct es_xrule *cur,
                   size_t n_cur, struct es_xrules_plan *out)
{
	if (!out || (n_want && !want) || (n_cur && !cur))
		return -EINVAL;
	*out = (struct es_xrules_plan){0};
	for (size_t i = 0; i < n_want; i++)
		if (!want[i].value)
			return -EINVAL;
	for (size_t i = 0; i < n_cur; i++)
		if (!cur[i].value)
			return -EINVAL;
	size_t n = n_want + n_cur;
	if (n == 0)
		return 0;
	struct pkey *k = malloc(n * sizeof *k);
	out->add = malloc((n_want ? n_want : 1) * sizeof *out->add);
	out->del = malloc((n_cur ? n_cur : 1) * sizeof *out->del);
	if (!k || !out->add || !out->del) {
		free(k);
		es_xrules_plan_done(out);
		return -ENOMEM;
	}
	for (size_t i = 0; i < n_want; i++)
		k[i] = (struct pkey){want[i].value, want[i].tag ? want[i].tag : "", i, true};
	for (size_t i = 0; i < n_cur; i++)
		k[n_want + i] = (struct pkey){cur[i].value, cur[i].tag ? cur[i].tag : "", i, false};
	qsort(k, n, sizeof *k, pkey_cmp);
	/* each run of equal rules: wanted → keep the first current one or add the
	 * first wanted one; every other current one is deleted */
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && pkey_cmp_rule(&k[i], &k[j]) == 0)
			j++;
		bool wanted = k[i].want, kept = false;
		for (size_t m = i; m < j; m++) {
			if (k[m].want)
				continue;
			if (wanted && !kept)
				kept = true;
			else
				out->del[out->n_del++] = k[m].ix;
		}
		if (wanted && !kept)
			out->add[out->n_add++] = k[i].ix;
		i = j;
	}
	free(k);
	qsort(out->add, out->n_add, sizeof *out->add, size_cmp);
	qsort(out->del, out->n_del, sizeof *out->del, size_cmp);
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Brand query → X rule                                                      */

/*
 * The tree is emitted with constant folding: a node is TEXT (it wrote rule
 * text), TRUE (always true on X: it wrote nothing, and an AND drops it) or
 * FALSE (never true on X: it wrote nothing, an OR drops it and an AND
 * becomes FALSE). Only handles and from: values that cannot be X usernames
 * are FALSE (and their negations TRUE); everything else is TEXT or -ENOTSUP.
 * Folding keeps the parser's guarantee that the query needs a positive term:
 * positive terms are never TRUE, so an AND that loses TRUE children keeps
 * its positive one, and an OR only loses branches.
 *
 * Output goes straight into the caller's buffer, counting the full length
 * past cap, so a dropped child is undone by moving the length back.
 *
 * Semantics that differ and are accepted: X keywords and phrases are accent
 * sensitive (ours fold accents); X's "a b"~N counts tokens differently from
 * our "N words between, any order"; lang:pt on X is X's own code. The daemon
 * still runs the local matcher on what the rule delivers.
 */
enum { R_TEXT = 0, R_TRUE, R_FALSE };

struct xc {
	const struct es_query *q;
	char *buf;
	size_t cap;
	size_t len; /* bytes the whole rule needs, even past cap */
	const char **why;
};

static void xput(struct xc *c, const char *s, size_t n)
{
	if (c->len < c->cap) {
		size_t room = c->cap - c->len;
		memcpy(c->buf + c->len, s, n < room ? n : room);
	}
	c->len += n;
}

static void xputs(struct xc *c, const char *s)
{
	xput(c, s, strlen(s));
}

static int unsupported(struct xc *c, const char *why)
{
	if (c->why)
		*c->why = why;
	return -ENOTSUP;
}

/* Bytes X takes in a bare keyword: ASCII letters, digits, '_', and any non-ASCII. */
static bool x_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c >= 0x80;
}

static bool x_bare_ok(struct es_str t)
{
	if (t.len == 0 || (t.len == 2 && memcmp(t.ptr, "OR", 2) == 0))
		return false;
	for (size_t i = 0; i < t.len; i++)
		if (!x_word_byte((unsigned char)t.ptr[i]))
			return false;
	return true;
}

/* A hashtag body X recognises: word bytes, not only digits. */
static bool x_hashtag_ok(struct es_str t)
{
	bool letter = false;
	for (size_t i = 0; i < t.len; i++) {
		unsigned char ch = (unsigned char)t.ptr[i];
		if (!x_word_byte(ch))
			return false;
		letter = letter || ch < '0' || ch > '9';
	}
	return t.len > 0 && letter;
}

/* A cashtag body X recognises: 1–6 ASCII letters. */
static bool x_cashtag_ok(struct es_str t)
{
	if (t.len == 0 || t.len > 6)
		return false;
	for (size_t i = 0; i < t.len; i++) {
		unsigned char ch = (unsigned char)t.ptr[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
			return false;
	}
	return true;
}

/* A word as an X keyword: bare if X reads it as one token, else quoted. */
static void put_keyword(struct xc *c, struct es_str t)
{
	bool bare = x_bare_ok(t);
	if (!bare)
		xput(c, "\"", 1);
	xput(c, t.ptr, t.len);
	if (!bare)
		xput(c, "\"", 1);
}

/*
 * A word term: X keywords do not match tag bodies, ours do, so the word
 * becomes the forms X can spell, as docs/queries.md says: positive
 * "w OR #w OR @w" (flat inside an OR, else in parentheses), negated
 * "-w -#w -@w". The cashtag form ($w) is left out: rule length is scarce
 * (512–1,024 characters) and a brand word seen only as a cashtag is rare.
 */
static void put_word_forms(struct xc *c, struct es_str w, bool neg, bool in_or)
{
	struct es_str body = w;
	bool tag = x_hashtag_ok(body), at = is_username(body.ptr, body.len, 15);
	unsigned forms = 1u + tag + at;
	const char *sep = neg ? " " : " OR ";
	bool paren = !neg && !in_or && forms > 1;
	if (paren)
		xput(c, "(", 1);
	if (neg)
		xput(c, "-", 1);
	put_keyword(c, w);
	const char *sig[2] = {tag ? "#" : NULL, at ? "@" : NULL};
	for (int k = 0; k < 2; k++) {
		if (!sig[k])
			continue;
		xputs(c, sep);
		if (neg)
			xput(c, "-", 1);
		xputs(c, sig[k]);
		xput(c, body.ptr, body.len);
	}
	if (paren)
		xput(c, ")", 1);
}

/* A TERM, PREFIX, PHRASE or FIELD node, positive or negated. */
static int emit_atom(struct xc *c, uint32_t n, const struct es_qnode_info *x, bool neg, bool in_or)
{
	struct es_qelem_info e;
	if (es_query_elem(c->q, n, 0, &e) != 0)
		return unsupported(c, "malformed query tree");
	const char *minus = neg ? "-" : "";
	switch (x->type) {
	case ES_QNODE_TERM:
		switch (e.kind) {
		case ES_QELEM_WORD:
			put_word_forms(c, e.text, neg, in_or);
			return R_TEXT;
		case ES_QELEM_HASHTAG:
			if (!x_hashtag_ok((struct es_str){e.text.ptr + 1, e.text.len - 1}))
				return unsupported(c, "a #hashtag X does not recognise as one");
			break;
		case ES_QELEM_CASHTAG:
			/* X's cashtags are 1-6 letters: a longer one is on no X post */
			if (!x_cashtag_ok((struct es_str){e.text.ptr + 1, e.text.len - 1}))
				return neg ? R_TRUE : R_FALSE;
			break;
		case ES_QELEM_HANDLE:
			/* @acme.bsky.social or @acme@host: not an X account */
			if (!is_username(e.text.ptr + 1, e.text.len - 1, 15))
				return neg ? R_TRUE : R_FALSE;
			break;
		default:
			return unsupported(c, "malformed query tree");
		}
		xputs(c, minus);
		xput(c, e.text.ptr, e.text.len);
		return R_TEXT;
	case ES_QNODE_PREFIX:
		return unsupported(c, "a prefix (word*): X rules have no wildcards");
	case ES_QNODE_PHRASE:
		if (x->near && x->slop > 6)
			return unsupported(c,
			                   "proximity \"…\"~N with N over 6: X allows at most ~6");
		xputs(c, minus);
		xput(c, "\"", 1);
		for (uint32_t k = 0; k < x->n; k++) {
			if (es_query_elem(c->q, n, k, &e) != 0)
				return unsupported(c, "malformed query tree");
			if (k)
				xput(c, " ", 1);
			xput(c, e.text.ptr, e.text.len);
		}
		xput(c, "\"", 1);
		if (x->near) {
			char num[8];
			int w = snprintf(num, sizeof num, "~%u", (unsigned)x->slop);
			xput(c, num, (size_t)w);
		}
		return R_TEXT;
	case ES_QNODE_FIELD:
		switch (x->field) {
		case ES_QFIELD_LANG:
			xputs(c, minus);
			xputs(c, "lang:");
			xput(c, e.text.ptr, e.text.len);
			return R_TEXT;
		case ES_QFIELD_FROM:
			if (!is_username(e.text.ptr, e.text.len, 15))
				return neg ? R_TRUE : R_FALSE;
			xputs(c, minus);
			xputs(c, "from:");
			xput(c, e.text.ptr, e.text.len);
			return R_TEXT;
		case ES_QFIELD_IS_REPLY:
			xputs(c, minus);
			xputs(c, "is:reply");
			return R_TEXT;
		case ES_QFIELD_IS_REPOST:
			xputs(c, minus);
			xputs(c, "is:retweet");
			return R_TEXT;
		case ES_QFIELD_HAS_LINKS:
			xputs(c, minus);
			xputs(c, "has:links");
			return R_TEXT;
		case ES_QFIELD_SOURCE:
		default:
			return unsupported(c, "source: is earshot's own field, not an X operator");
		}
	default:
		return unsupported(c, "malformed query tree");
	}
}

static int emit_conj(struct xc *c, uint32_t n, bool neg, unsigned depth);

/* An OR node as "(a OR b …)". */
static int emit_disj(struct xc *c, uint32_t n, const struct es_qnode_info *x, unsigned depth)
{
	size_t start = c->len;
	xput(c, "(", 1);
	unsigned kept = 0;
	for (uint32_t k = 0; k < x->n; k++) {
		uint32_t ch;
		struct es_qnode_info cx;
		if (es_query_child(c->q, n, k, &ch) != 0 || es_query_node(c->q, ch, &cx) != 0)
			return unsupported(c, "malformed query tree");
		size_t mark = c->len;
		if (kept)
			xputs(c, " OR ");
		int r;
		if (cx.type == ES_QNODE_AND) {
			xput(c, "(", 1);
			r = emit_conj(c, ch, false, depth + 1);
			xput(c, ")", 1);
		} else if (cx.type == ES_QNODE_NOT) {
			return unsupported(c, "a negation inside an OR group");
		} else if (cx.type == ES_QNODE_OR) {
			r = emit_disj(c, ch, &cx, depth + 1); /* not produced by the parser */
		} else {
			r = emit_atom(c, ch, &cx, false, true);
		}
		if (r < 0)
			return r;
		if (r == R_TRUE) {
			c->len = start;
			return R_TRUE;
		}
		if (r == R_FALSE) {
			c->len = mark;
			continue;
		}
		kept++;
	}
	if (!kept) {
		c->len = start;
		return R_FALSE;
	}
	xput(c, ")", 1);
	return R_TEXT;
}

/*
 * Node n (negated if neg) as space-separated items of an AND. A negated OR
 * is written by De Morgan as its negated children (X forbids negated
 * groups); a negated AND cannot be written without one.
 */
static int emit_conj(struct xc *c, uint32_t n, bool neg, unsigned depth)
{
	struct es_qnode_info x;
	if (depth > 2 * ES_QUERY_MAX_DEPTH + 8 || es_query_node(c->q, n, &x) != 0)
		return unsupported(c, "malformed query tree");
	if (x.type == ES_QNODE_NOT) {
		uint32_t ch;
		if (es_query_child(c->q, n, 0, &ch) != 0)
			return unsupported(c, "malformed query tree");
		return emit_conj(c, ch, !neg, depth + 1);
	}
	if (x.type == ES_QNODE_OR && !neg)
		return emit_disj(c, n, &x, depth + 1);
	if (x.type == ES_QNODE_AND && neg)
		return unsupported(
		        c, "a negated group of ANDed terms -(a b): X forbids negated groups");
	if (x.type == ES_QNODE_AND || x.type == ES_QNODE_OR) {
		/* AND, or a negated OR: every child must hold (negated for the OR) */
		size_t start = c->len;
		unsigned kept = 0;
		for (uint32_t k = 0; k < x.n; k++) {
			uint32_t ch;
			if (es_query_child(c->q, n, k, &ch) != 0)
				return unsupported(c, "malformed query tree");
			size_t mark = c->len;
			if (kept)
				xput(c, " ", 1);
			int r = emit_conj(c, ch, neg, depth + 1);
			if (r < 0)
				return r;
			if (r == R_FALSE) {
				c->len = start;
				return R_FALSE;
			}
			if (r == R_TRUE) {
				c->len = mark;
				continue;
			}
			kept++;
		}
		return kept ? R_TEXT : R_TRUE;
	}
	return emit_atom(c, n, &x, neg, false);
}

/* Does the root AND already exclude reposts (-is:repost)? Then do not say it twice. */
static bool says_no_reposts(const struct es_query *q)
{
	uint32_t root = es_query_root(q), kids[1];
	struct es_qnode_info x, cx;
	if (es_query_node(q, root, &x) != 0)
		return false;
	uint32_t n = x.type == ES_QNODE_AND ? x.n : 1;
	for (uint32_t k = 0; k < n; k++) {
		uint32_t ch = root;
		if (x.type == ES_QNODE_AND && es_query_child(q, root, k, &ch) != 0)
			return false;
		if (es_query_node(q, ch, &cx) != 0 || cx.type != ES_QNODE_NOT ||
		    es_query_child(q, ch, 0, &kids[0]) != 0 || es_query_node(q, kids[0], &cx) != 0)
			continue;
		if (cx.type == ES_QNODE_FIELD && cx.field == ES_QFIELD_IS_REPOST)
			return true;
	}
	return false;
}

int es_query_to_x_rule(const struct es_query *q, const char *const *handles, size_t n_handles,
                       int include_reposts, char *buf, size_t cap, const char **why)
{
	(void)handles; /* they set the tagged flag only: see xapi.h */
	(void)n_handles;
	if (why)
		*why = NULL;
	if (!q || !buf || cap == 0)
		return -EINVAL;
	struct xc c = {.q = q, .buf = buf, .cap = cap, .why = why};
	int r = emit_conj(&c, es_query_root(q), false, 0);
	if (r < 0)
		return r;
	if (r != R_TEXT)
		return unsupported(&c, "nothing in the query can match on X (handles or from: "
		                       "values that are not X usernames)");
	if (!include_reposts && !says_no_reposts(q))
		xputs(&c, " -is:retweet");
	xputs(&c, " -is:nullcast");
	if (c.len >= cap || c.len > INT32_MAX) {
		if (why)
			*why = "the rule is longer than the configured maximum rule length";
		buf[0] = '\0';
		return -E2BIG;
	}
	buf[c.len] = '\0';
	return (int)c.len;
}
