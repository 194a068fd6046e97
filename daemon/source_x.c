/*
 * source_x.c — X API v2 filtered stream, with rule sync and recent-search
 * backfill (source.h; the facts are in docs/sources.md).
 *
 * Rules: every brand's query compiles to one X rule tagged with the brand's
 * name (lib/xapi.c: es_query_to_x_rule); a query X cannot express, or one
 * over max_rule_length, or past max_rules, gets no rule and is matched only
 * locally (logged here, reported by `earshotd --check`). At start and after
 * each reload the rules are reconciled: GET the current rules, plan adds and
 * deletes (es_xrules_plan), validate the adds with dry_run=true — a refusal
 * keeps every current rule and says why — then add, then delete the stale
 * ones. Posts carry their matching rules' tags as routes: the pipeline
 * honours them (pipeline.c add_routes).
 *
 * The stream is chunked NDJSON with "\r\n" delimiters that do not align with
 * HTTP chunks; an empty line is a keep-alive (X sends one at least every 20 s,
 * so 30 s of silence is a stall). Reconnects follow X's documented policy
 * (stream.h ES_STREAM_X); an in-stream operational-disconnect drops the
 * connection at once and reconnects; 401/403 stop the source.
 *
 * Gap-free: the newest post id seen is the cursor (saved to Redis, read at
 * start). After each reconnect, every rule's value is searched with
 * GET /2/tweets/search/recent?since_id=<cursor> (100 a page, next_token,
 * the same since_id on every page, backfill_pages at most), and the posts
 * found go through the pipeline under that rule's tag; ids already seen are
 * dropped (the shared dedupe set, keyed "x:<first version id>").
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "earshot/dedupe.h"
#include "earshot/xapi.h"
#include "log.h"
#include "source.h"
#include "stream.h"

#define FIELDS                                                                                    \
	"tweet.fields=created_at,lang,author_id,conversation_id,in_reply_to_user_id,"               \
	"referenced_tweets,public_metrics,entities,edit_history_tweet_ids,note_tweet"                \
	"&expansions=author_id,in_reply_to_user_id,entities.mentions.username,referenced_tweets.id" \
	"&user.fields=username"
#define LINE_MAX_BYTES ES_X_BODY_MAX
#define RULES_RETRY_MS 60000
#define BODY_MAX (4u << 20)

enum rules_step { R_IDLE = 0, R_GET, R_DRYRUN, R_ADD, R_DELETE };

struct x_source {
	struct es_source base;
	const struct es_cfg_source *cfg;
	struct es_source_env env;
	const struct es_config *brands; /* the configuration the rules come from */
	struct es_xparser *parser;
	char base_url[1024];
	/* line assembly */
	char *line;
	size_t line_len;
	int line_over;
	/* cursor */
	char newest[ES_X_ID_MAX + 1];
	char saved[ES_X_ID_MAX + 1];
	uv_timer_t save;
	/* rules */
	enum rules_step step;
	struct es_http_req *rules_req;
	uv_timer_t rules_timer;
	uv_timer_t search_timer; /* the next backfill page, after X's rate-limit window */
	unsigned search_429s;
	struct es_xrule_spec *want;
	char **want_values;
	char **want_tags; /* copies: a reload frees the configuration the names came from */
	size_t n_want;
	struct es_xrules cur;
	struct es_xrules_plan plan;
	int resync; /* a reload came during a sync */
	/* backfill */
	struct es_http_req *search_req;
	size_t bf_rule;
	unsigned bf_pages;
	char bf_since[ES_X_ID_MAX + 1];
	char bf_token[ES_X_TOKEN_MAX + 1];
	int backfilling, connected_before;
	int open_handles;
	struct es_source_stats st;
	uint64_t disconnect_notices;
	struct es_ratelimit rl;
};

/* X ids are decimal strings of growing value: longer is newer, then bytewise. */
static int id_newer(const char *a, size_t al, const char *b)
{
	size_t bl = strlen(b);
	if (al != bl)
		return al > bl;
	return memcmp(a, b, al) > 0;
}

static void note_id(struct x_source *s, struct es_str id)
{
	if (id.len && id.len <= ES_X_ID_MAX && id_newer(id.ptr, id.len, s->newest)) {
		memcpy(s->newest, id.ptr, id.len);
		s->newest[id.len] = '\0';
	}
}

static void deliver(struct x_source *s, const struct es_post *post, int backfill)
{
	note_id(s, post->id);
	/* An edit arrives with a new id: its first version's id is the post. */
	struct es_str key = post->orig_id.len ? post->orig_id : post->id;
	char k[ES_X_ID_MAX + 3];
	if (key.len > ES_X_ID_MAX)
		key.len = ES_X_ID_MAX;
	memcpy(k, "x:", 2);
	memcpy(k + 2, key.ptr, key.len);
	if (es_dedupe_seen(s->env.dedupe, k, key.len + 2)) {
		s->st.dupes++;
		return;
	}
	if (backfill)
		s->st.backfilled++;
	s->st.posts++;
	s->st.last_post_ms = es_wall_ms();
	s->env.post(s->env.ctx, post);
}

static void save_cursor(struct x_source *s)
{
	if (!s->env.cursor_set || !s->newest[0] || strcmp(s->newest, s->saved) == 0)
		return;
	s->env.cursor_set(s->env.ctx, s->cfg->name, s->newest);
	memcpy(s->saved, s->newest, sizeof s->saved);
}

static void on_save(uv_timer_t *t)
{
	save_cursor(t->data);
}

/* X counts a rule's length in characters. */
static size_t utf8_chars(const char *p)
{
	size_t n = 0;
	for (; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return n;
}

static int urlencode(const char *in, char *out, size_t cap)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p; p++) {
		int plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		            (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' || *p == '~';
		if (o + 4 >= cap)
			return -E2BIG;
		if (plain) {
			out[o++] = (char)*p;
		} else {
			out[o++] = '%';
			out[o++] = hex[*p >> 4];
			out[o++] = hex[*p & 15];
		}
	}
	out[o] = '\0';
	return 0;
}

/* ======================================================================== */
/* Rules                                                                    */

static void rules_step(struct x_source *s);

static void want_free(struct x_source *s)
{
	for (size_t i = 0; i < s->n_want; i++) {
		free(s->want_values[i]);
		free(s->want_tags[i]);
	}
	free(s->want_values);
	free(s->want_tags);
	free(s->want);
	s->want_values = NULL;
	s->want_tags = NULL;
	s->want = NULL;
	s->n_want = 0;
}

/* The rules the brands want; brands X cannot take are logged once per sync. */
int es_source_x_rule(const struct es_cfg_source *src, const struct es_cfg_brand *b, char *buf,
                     const char **why)
{
	const char *handles[ES_HANDLES_MAX];
	for (size_t h = 0; h < b->n_handles; h++)
		handles[h] = b->handles[h];
	*why = NULL;
	int rc = es_query_to_x_rule(b->query, handles, b->n_handles, src->include_reposts, buf,
	                            ES_X_RULE_BUF, why);
	if (rc == 0 && utf8_chars(buf) > src->max_rule_len) {
		rc = -E2BIG;
		*why = "longer than max_rule_length";
	}
	return rc;
}

static int want_build(struct x_source *s)
{
	want_free(s);
	const struct es_config *c = s->brands;
	s->want = calloc(c->n_brands ? c->n_brands : 1, sizeof *s->want);
	s->want_values = calloc(c->n_brands ? c->n_brands : 1, sizeof *s->want_values);
	s->want_tags = calloc(c->n_brands ? c->n_brands : 1, sizeof *s->want_tags);
	if (!s->want || !s->want_values || !s->want_tags)
		return -ENOMEM;
	char *buf = malloc(ES_X_RULE_BUF);
	if (!buf)
		return -ENOMEM;
	for (size_t b = 0; b < c->n_brands; b++) {
		const struct es_cfg_brand *cb = &c->brands[b];
		const char *why = NULL;
		int rc = es_source_x_rule(s->cfg, cb, buf, &why);
		if (rc < 0) {
			es_log(LOG_WARNING, "source \"%s\": brand \"%s\" gets no X rule (%s); it is matched "
			                    "only locally, on posts other rules bring",
			       s->cfg->name, cb->name, why ? why : strerror(-rc));
			continue;
		}
		if (s->n_want >= s->cfg->max_rules) {
			es_log(LOG_WARNING, "source \"%s\": brand \"%s\" is past max_rules (%u); no X rule",
			       s->cfg->name, cb->name, s->cfg->max_rules);
			continue;
		}
		s->want_values[s->n_want] = strdup(buf);
		s->want_tags[s->n_want] = strdup(cb->name);
		if (!s->want_values[s->n_want] || !s->want_tags[s->n_want]) {
			free(s->want_values[s->n_want]);
			free(s->want_tags[s->n_want]);
			free(buf);
			return -ENOMEM;
		}
		s->want[s->n_want].value = s->want_values[s->n_want];
		s->want[s->n_want].tag = s->want_tags[s->n_want];
		s->n_want++;
	}
	free(buf);
	return 0;
}

static void on_rules_timer(uv_timer_t *t)
{
	struct x_source *s = t->data;
	s->step = R_GET;
	rules_step(s);
}

static void rules_fail(struct x_source *s, long status, const char *why)
{
	s->step = R_IDLE;
	es_xrules_plan_done(&s->plan);
	if (status == 401 || status == 403) {
		es_log(LOG_ERR, "source \"%s\": rules: HTTP %ld (%s): the token is not allowed to manage "
		                "rules; not retrying", s->cfg->name, status, why);
		return;
	}
	es_log(LOG_WARNING, "source \"%s\": rules not synced (%s); the current rules stay, retry "
	                    "in %ds", s->cfg->name, why, RULES_RETRY_MS / 1000);
	uv_timer_start(&s->rules_timer, on_rules_timer, RULES_RETRY_MS, 0);
}

static void on_rules(void *ctx, struct es_http_req *req, int curl_code, long status,
                     const char *body, size_t len, const char *err)
{
	struct x_source *s = ctx;
	(void)req;
	s->rules_req = NULL;
	if (curl_code != 0 || status < 200 || status >= 300) {
		char why[300];
		snprintf(why, sizeof why, "%s %.*s", err ? err : "", (int)(len < 160 ? len : 160), body);
		rules_fail(s, status, why);
		return;
	}
	if (s->step == R_GET) {
		es_xrules_done(&s->cur);
		int rc = es_xparser_rules(s->parser, body, len, (size_t)s->cfg->max_rules * 2 + 64,
		                          &s->cur);
		if (rc < 0 || es_xrules_plan(s->want, s->n_want, s->cur.v, s->cur.n, &s->plan) < 0) {
			rules_fail(s, 0, rc < 0 ? es_xparser_error(s->parser) : "out of memory");
			return;
		}
		s->step = s->plan.n_add ? R_DRYRUN : R_DELETE;
	} else {
		struct es_xrules_summary sum;
		int rc = es_xparser_rules_summary(s->parser, body, len, &sum);
		if (rc < 0) {
			rules_fail(s, 0, es_xparser_error(s->parser));
			return;
		}
		if (s->step == R_DRYRUN || s->step == R_ADD) {
			if (sum.invalid || sum.not_created || (s->step == R_DRYRUN && sum.has_errors)) {
				/* A refused rule: change nothing, keep the rules that work. */
				char why[400];
				snprintf(why, sizeof why, "X refused a rule%s: %s",
				         s->step == R_DRYRUN ? " in the dry run" : "", sum.error);
				s->step = R_IDLE;
				es_xrules_plan_done(&s->plan);
				es_log(LOG_ERR, "source \"%s\": %s; the current rules stay", s->cfg->name, why);
				return;
			}
			s->step = s->step == R_DRYRUN ? R_ADD : R_DELETE;
		} else {
			s->step = R_IDLE;
			es_log(LOG_NOTICE, "source \"%s\": rules synced: %zu added, %zu deleted, %zu active",
			       s->cfg->name, s->plan.n_add, s->plan.n_del, s->n_want);
			es_xrules_plan_done(&s->plan);
			if (s->resync) {
				s->resync = 0;
				s->step = R_GET;
			}
		}
	}
	rules_step(s);
}

static void rules_step(struct x_source *s)
{
	if (s->step == R_IDLE)
		return;
	char url[1200];
	struct es_xbuf body;
	es_xbuf_init(&body, 0);
	const char *method = NULL;
	if (s->step == R_DELETE && s->plan.n_del == 0) {
		/* Nothing stale: the add (if any) finished the sync. */
		s->step = R_IDLE;
		es_log(LOG_NOTICE, "source \"%s\": rules synced: %zu added, 0 deleted, %zu active",
		       s->cfg->name, s->plan.n_add, s->n_want);
		es_xrules_plan_done(&s->plan);
		if (s->resync) {
			s->resync = 0;
			s->step = R_GET;
			rules_step(s);
		}
		return;
	}
	int rc = 0;
	switch (s->step) {
	case R_GET:
		snprintf(url, sizeof url, "%s/2/tweets/search/stream/rules", s->base_url);
		break;
	case R_DRYRUN:
	case R_ADD: {
		snprintf(url, sizeof url, "%s/2/tweets/search/stream/rules%s", s->base_url,
		         s->step == R_DRYRUN ? "?dry_run=true" : "");
		struct es_xrule_spec *adds = calloc(s->plan.n_add, sizeof *adds);
		if (!adds) {
			rc = -ENOMEM;
			break;
		}
		for (size_t i = 0; i < s->plan.n_add; i++)
			adds[i] = s->want[s->plan.add[i]];
		rc = es_xrules_body_add(&body, adds, s->plan.n_add);
		free(adds);
		method = "POST";
		break;
	}
	case R_DELETE: {
		snprintf(url, sizeof url, "%s/2/tweets/search/stream/rules", s->base_url);
		const char **ids = calloc(s->plan.n_del, sizeof *ids);
		if (!ids) {
			rc = -ENOMEM;
			break;
		}
		for (size_t i = 0; i < s->plan.n_del; i++)
			ids[i] = s->cur.v[s->plan.del[i]].id;
		rc = es_xrules_body_delete(&body, ids, s->plan.n_del);
		free(ids);
		method = "POST";
		break;
	}
	case R_IDLE:
		break;
	}
	if (rc < 0) {
		es_xbuf_done(&body);
		rules_fail(s, 0, strerror(-rc));
		return;
	}
	struct es_http_opts o = {
		.url = url,
		.method = method,
		.body = method ? body.ptr : NULL,
		.body_len = body.len,
		.bearer = s->cfg->token,
		.ca_file = s->cfg->ca_file,
		.timeout_ms = 30000,
		.buffer_max = BODY_MAX,
	};
	struct es_http_cb cb = {.ctx = s, .on_done = on_rules};
	rc = es_http_start(s->env.http, &o, &cb, &s->rules_req);
	es_xbuf_done(&body);
	if (rc < 0)
		rules_fail(s, 0, "cannot start the request");
}

static void rules_sync(struct x_source *s)
{
	if (s->step != R_IDLE) {
		s->resync = 1;
		return;
	}
	uv_timer_stop(&s->rules_timer);
	s->step = R_GET;
	rules_step(s);
}

/* ======================================================================== */
/* Backfill                                                                 */

static void search_next(struct x_source *s);

struct routed {
	struct x_source *s;
	const char *tag;
};

static void on_found(void *ctx, const struct es_post *post)
{
	struct routed *r = ctx;
	struct es_post p = *post;
	/* Search results carry no matching_rules: the rule searched for is the route. */
	p.routes[0].ptr = r->tag;
	p.routes[0].len = strlen(r->tag);
	p.n_routes = 1;
	deliver(r->s, &p, 1);
}

static void backfill_end(struct x_source *s, const char *why)
{
	s->backfilling = 0;
	if (why)
		es_log(LOG_WARNING, "source \"%s\": backfill stopped: %s", s->cfg->name, why);
	else
		es_log(LOG_INFO, "source \"%s\": backfill done (since %s): %llu posts recovered so far",
		       s->cfg->name, s->bf_since, (unsigned long long)s->st.backfilled);
}

/*
 * Milliseconds until X's rate-limit window resets (x-rate-limit-reset, Unix
 * seconds) when the response says none are left, or it was a 429; else 0.
 * Bounded to 15 min (X's window) in case of a skewed clock.
 */
static uint64_t search_wait(struct es_http_req *req, long status)
{
	size_t len;
	const char *rem = es_http_header(req, "x-rate-limit-remaining", &len);
	int exhausted = status == 429 || (rem && len == 1 && rem[0] == '0');
	if (!exhausted)
		return 0;
	const char *reset = es_http_header(req, "x-rate-limit-reset", &len);
	uint64_t at = 0;
	for (size_t i = 0; reset && i < len && i < 12 && reset[i] >= '0' && reset[i] <= '9'; i++)
		at = at * 10 + (uint64_t)(reset[i] - '0');
	if (!at)
		return 60000; /* no reset time given: a minute, then try */
	uint64_t now = es_wall_ms();
	uint64_t wait = at * 1000 > now ? at * 1000 - now + 1000 : 1000; /* past: it has reset */
	return wait > 900000 ? 900000 : wait;
}

static void on_search_timer(uv_timer_t *t)
{
	search_next(t->data);
}

static void on_search(void *ctx, struct es_http_req *req, int curl_code, long status,
                      const char *body, size_t len, const char *err)
{
	struct x_source *s = ctx;
	s->search_req = NULL;
	if (curl_code == 0 && status == 429 && s->search_429s++ < 3) {
		/* Out of search requests: the same page again once the window resets. */
		uint64_t wait = search_wait(req, status);
		es_log(LOG_NOTICE, "source \"%s\": backfill rate-limited by X; next page in %llus",
		       s->cfg->name, (unsigned long long)(wait / 1000));
		uv_timer_start(&s->search_timer, on_search_timer, wait, 0);
		return;
	}
	if (curl_code != 0 || status != 200) {
		char why[300];
		snprintf(why, sizeof why, "HTTP %ld %s%.*s", status, err ? err : "",
		         (int)(len < 160 ? len : 160), body);
		backfill_end(s, why);
		return;
	}
	struct es_xsearch_meta meta;
	if (s->bf_rule >= s->n_want) { /* a reload changed the rules under this backfill */
		backfill_end(s, "the rules changed during the backfill");
		return;
	}
	struct routed r = {s, s->want[s->bf_rule].tag};
	if (es_xparser_search(s->parser, body, len, on_found, &r, &meta) < 0) {
		backfill_end(s, es_xparser_error(s->parser));
		return;
	}
	s->bf_pages++;
	if (meta.next_token[0] && s->bf_pages < s->cfg->backfill_pages) {
		memcpy(s->bf_token, meta.next_token, sizeof s->bf_token);
	} else {
		if (meta.next_token[0])
			es_log(LOG_WARNING, "source \"%s\": rule \"%s\": backfill_pages reached; the rest "
			                    "of the gap is not recovered", s->cfg->name, r.tag);
		s->bf_token[0] = '\0';
		s->bf_rule++;
		s->bf_pages = 0;
	}
	s->search_429s = 0;
	uint64_t wait = search_wait(req, status);
	if (wait && s->bf_rule < s->n_want) {
		es_log(LOG_NOTICE, "source \"%s\": X's search rate limit is used up; backfill goes on "
		                   "in %llus", s->cfg->name, (unsigned long long)(wait / 1000));
		uv_timer_start(&s->search_timer, on_search_timer, wait, 0);
		return;
	}
	search_next(s);
}

static void search_next(struct x_source *s)
{
	if (s->bf_rule >= s->n_want) {
		backfill_end(s, NULL);
		return;
	}
	char q[4 * ES_X_RULE_VALUE_MAX];
	char url[sizeof q + 2048];
	if (urlencode(s->want[s->bf_rule].value, q, sizeof q) < 0) {
		s->bf_rule++;
		search_next(s);
		return;
	}
	int n = snprintf(url, sizeof url,
	                 "%s/2/tweets/search/recent?query=%s&since_id=%s&max_results=100&" FIELDS "%s%s",
	                 s->base_url, q, s->bf_since, s->bf_token[0] ? "&next_token=" : "",
	                 s->bf_token);
	if (n < 0 || (size_t)n >= sizeof url) {
		s->bf_rule++;
		search_next(s);
		return;
	}
	struct es_http_opts o = {
		.url = url,
		.bearer = s->cfg->token,
		.ca_file = s->cfg->ca_file,
		.timeout_ms = 30000,
		.buffer_max = BODY_MAX,
	};
	struct es_http_cb cb = {.ctx = s, .on_done = on_search};
	if (es_http_start(s->env.http, &o, &cb, &s->search_req) < 0)
		backfill_end(s, "cannot start the request");
}

static void start_backfill(struct x_source *s)
{
	if (!s->cfg->backfill || s->backfilling || !s->newest[0] || s->n_want == 0)
		return;
	memcpy(s->bf_since, s->newest, sizeof s->bf_since);
	s->bf_rule = 0;
	s->bf_pages = 0;
	s->bf_token[0] = '\0';
	s->backfilling = 1;
	es_log(LOG_INFO, "source \"%s\": backfilling %zu rules since post %s", s->cfg->name,
	       s->n_want, s->bf_since);
	search_next(s);
}

/* ======================================================================== */
/* The stream                                                               */

static void handle_line(struct x_source *s, const char *line, size_t len)
{
	struct es_xmsg msg;
	int rc = es_xparser_line(s->parser, line, len, &msg);
	if (rc < 0) {
		if (rc == -E2BIG)
			s->st.oversized++;
		else
			s->st.malformed++;
		es_log_rl(&s->rl, LOG_WARNING, "source \"%s\": skipped a message: %s", s->cfg->name,
		          es_xparser_error(s->parser));
		return;
	}
	switch (msg.kind) {
	case ES_XMSG_POST:
		deliver(s, &msg.post, 0);
		break;
	case ES_XMSG_KEEPALIVE:
		break;
	case ES_XMSG_OPERATIONAL_DISCONNECT:
		s->disconnect_notices++;
		es_stream_restart(s->base.stream, "X: operational disconnect");
		break;
	case ES_XMSG_TOO_MANY_CONNECTIONS:
	case ES_XMSG_ERROR_OTHER:
		s->st.skipped++;
		es_log_rl(&s->rl, LOG_WARNING, "source \"%s\": X says: %s: %s", s->cfg->name, msg.title,
		          msg.detail);
		break;
	case ES_XMSG_UNKNOWN:
		s->st.skipped++;
		break;
	}
}

static void cb_data(void *ctx, const char *buf, size_t len)
{
	struct x_source *s = ctx;
	s->st.bytes += len;
	while (len > 0) {
		const char *nl = memchr(buf, '\n', len);
		size_t take = nl ? (size_t)(nl - buf) : len;
		if (!s->line_over) {
			if (s->line_len + take > LINE_MAX_BYTES) {
				s->line_over = 1;
			} else {
				memcpy(s->line + s->line_len, buf, take);
				s->line_len += take;
			}
		}
		if (!nl)
			break;
		if (s->line_over) {
			s->st.oversized++;
			es_log_rl(&s->rl, LOG_WARNING, "source \"%s\": skipped a message over %u bytes",
			          s->cfg->name, LINE_MAX_BYTES);
		} else {
			handle_line(s, s->line, s->line_len);
		}
		s->line_len = 0;
		s->line_over = 0;
		buf = nl + 1;
		len -= take + 1;
	}
}

static int cb_url(void *ctx, char *buf, size_t cap)
{
	struct x_source *s = ctx;
	int n = snprintf(buf, cap, "%s/2/tweets/search/stream?" FIELDS, s->base_url);
	return n > 0 && (size_t)n < cap ? 0 : -1;
}

static void cb_up(void *ctx)
{
	struct x_source *s = ctx;
	s->line_len = 0; /* a message cut by the last connection is gone */
	s->line_over = 0;
	s->st.connects++;
	if (s->connected_before || s->newest[0])
		start_backfill(s);
	s->connected_before = 1;
}

static void cb_down(void *ctx, int was_up)
{
	struct x_source *s = ctx;
	(void)was_up;
	s->st.disconnects++;
	save_cursor(s);
}

static int cb_classify(void *ctx, long status, const char *body, size_t len)
{
	(void)ctx;
	/* TooManyConnections is a rate limit whatever the status says. */
	static const char tmc[] = "TooManyConnections";
	for (size_t i = 0; i + sizeof tmc - 1 <= len; i++)
		if (memcmp(body + i, tmc, sizeof tmc - 1) == 0)
			return ES_XFAIL_RATE_LIMIT;
	(void)status;
	return -1;
}

/* ======================================================================== */
/* es_source                                                                */

static void x_stats(const struct es_source *b, struct es_source_stats *o)
{
	const struct x_source *s = (const struct x_source *)b;
	*o = s->st;
	o->stopped = es_stream_stats(s->base.stream)->stopped;
	snprintf(o->state, sizeof o->state, "%s%s; %zu rules; newest %s", es_stream_state(s->base.stream),
	         s->backfilling ? "; backfilling" : "", s->n_want, s->newest[0] ? s->newest : "-");
}

static void x_reload(struct es_source *b, const struct es_config *cfg)
{
	struct x_source *s = (struct x_source *)b;
	s->brands = cfg;
	/* The wanted rules are built here and at start, not at each sync attempt. */
	if (want_build(s) < 0) {
		es_log(LOG_ERR, "source \"%s\": out of memory building the rules; they stay as they are",
		       s->cfg->name);
		return;
	}
	rules_sync(s);
}

static void x_closed(uv_handle_t *h)
{
	struct x_source *s = h->data;
	if (--s->open_handles > 0)
		return;
	es_xparser_free(s->parser);
	es_xrules_done(&s->cur);
	es_xrules_plan_done(&s->plan);
	want_free(s);
	free(s->line);
	free(s);
}

static void x_free(struct es_source *b)
{
	struct x_source *s = (struct x_source *)b;
	save_cursor(s);
	if (s->rules_req)
		es_http_cancel(s->rules_req);
	if (s->search_req)
		es_http_cancel(s->search_req);
	es_stream_free(s->base.stream);
	s->open_handles = 3;
	uv_close((uv_handle_t *)&s->save, x_closed);
	uv_close((uv_handle_t *)&s->rules_timer, x_closed);
	uv_close((uv_handle_t *)&s->search_timer, x_closed);
}

static void x_checkpoint(struct es_source *b)
{
	save_cursor((struct x_source *)b);
}

static const struct es_source_ops x_ops = {es_source_stream_pause, es_source_stream_resume, x_stats, x_free, x_reload, x_checkpoint};

int es_source_x_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                     struct es_source **out, char *err, size_t errlen)
{
	struct x_source *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->base.ops = &x_ops;
	s->base.cfg = cfg;
	s->cfg = cfg;
	s->env = *env;
	s->brands = env->cfg;
	es_source_base_url(cfg->url, s->base_url, sizeof s->base_url);
	s->line = malloc(LINE_MAX_BYTES);
	if (!s->line || es_xparser_new(&s->parser) < 0)
		goto nomem;
	if (es_source_cursor_load(env, cfg, s->newest, sizeof s->newest,
	                          "no backfill for the time the daemon was down") == 0)
		memcpy(s->saved, s->newest, sizeof s->saved);
	if (want_build(s) < 0)
		goto nomem;
	struct es_stream_cfg sc = {
		.name = cfg->name,
		.policy = ES_STREAM_X,
		.stall_ms = (long)cfg->stall_ms,
		.bearer = cfg->token,
		.ca_file = cfg->ca_file,
	};
	struct es_stream_cb cb = {.ctx = s, .url = cb_url, .up = cb_up, .down = cb_down,
	                          .data = cb_data, .classify = cb_classify};
	if (es_stream_new(env->loop, env->http, &sc, &cb, &s->base.stream) < 0)
		goto nomem;
	uv_timer_init(env->loop, &s->save);
	uv_timer_init(env->loop, &s->rules_timer);
	uv_timer_init(env->loop, &s->search_timer);
	s->save.data = s->rules_timer.data = s->search_timer.data = s;
	uv_timer_start(&s->save, on_save, 5000, 5000);
	rules_sync(s);
	es_stream_start(s->base.stream);
	*out = &s->base;
	return 0;
nomem:
	es_xparser_free(s->parser);
	want_free(s);
	free(s->line);
	free(s);
	snprintf(err, errlen, "source \"%s\": out of memory", cfg->name);
	return -ENOMEM;
}
