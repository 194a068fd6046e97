/*
 * source_mastodon.c — Mastodon statuses from an instance's streaming API
 * (Server-Sent Events), with timeline backfill after every gap (source.h).
 *
 * The stream (`/api/v1/streaming/public`, `/public/local`, `/public/remote`,
 * `/hashtag?tag=`, `/hashtag/local?tag=`) needs a user token since 4.2.
 * `update` events are posts; `status.update` (an edit) of a status already
 * seen is not counted again; `delete` and other events are counted and
 * skipped. The server writes a `:thump` comment every 15 s: no byte for
 * stall_timeout (45 s by default) means the connection is dead.
 *
 * Gap-free: the newest status id seen on this instance is the cursor (saved
 * to Redis every cursor_interval, read at start). After every (re)connect
 * the matching timeline (`/api/v1/timelines/public?local=…` or
 * `/timelines/tag/T`) is paged forward from the cursor with `min_id`, 40 a
 * page, following the Link header's rel="prev" — oldest first, so a gap is
 * replayed in order — until a page comes back empty or backfill_pages is
 * reached (then the rest of the gap is reported lost in the log). The REST
 * rate limit is honoured: with X-RateLimit-Remaining at 0 the next page
 * waits for X-RateLimit-Reset. Statuses are deduplicated by `uri`, which is
 * the same on every instance, so several instances may overlap.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <yajl/yajl_tree.h>

#include "earshot/dedupe.h"
#include "earshot/mastodon.h"
#include "earshot/ndjson.h"
#include "earshot/sse.h"
#include "log.h"
#include "source.h"
#include "stream.h"

#define ID_MAX 64
#define PAGE_LIMIT 40
#define PAGE_BYTES (8u << 20)
#define EVENT_MAX (1u << 20)

struct masto_source {
	struct es_source base;
	const struct es_cfg_source *cfg;
	struct es_source_env env;
	struct es_sse *sse;
	struct es_masto *parser;
	char base_url[1024];   /* https://host, no trailing slash */
	char stream_url[1024]; /* where the streaming API is: base_url, or what the instance says */
	struct es_http_req *discover;
	char last_id[ID_MAX]; /* newest local status id seen */
	char saved_id[ID_MAX];
	/* backfill */
	struct es_http_req *page;
	uv_timer_t page_timer;
	char next_url[2048];
	unsigned pages;
	int backfilling;
	uint64_t gap_posts;
	uv_timer_t save;
	int open_handles;
	struct es_source_stats st;
	uint64_t edits, deletes;
	struct es_ratelimit rl;
};

static void note_id(struct masto_source *s, const struct es_str *id)
{
	if (!id || id->len == 0 || id->len >= ID_MAX)
		return;
	char buf[ID_MAX];
	memcpy(buf, id->ptr, id->len);
	buf[id->len] = '\0';
	if (es_masto_id_cmp(buf, s->last_id) > 0)
		memcpy(s->last_id, buf, id->len + 1);
}

/* Hand a parsed status on, once. backfill: it came from a timeline page. */
static void deliver(struct masto_source *s, const struct es_post *post, const struct es_str *id,
                    int edit, int backfill)
{
	note_id(s, id);
	if (es_dedupe_seen(s->env.dedupe, post->id.ptr, post->id.len)) {
		if (edit)
			s->edits++;
		else
			s->st.dupes++;
		return;
	}
	if (backfill)
		s->st.backfilled++;
	s->st.posts++;
	s->st.last_post_ms = es_wall_ms();
	s->env.post(s->env.ctx, post);
}

static void save_cursor(struct masto_source *s)
{
	if (!s->env.cursor_set || !s->last_id[0] || strcmp(s->last_id, s->saved_id) == 0)
		return;
	s->env.cursor_set(s->env.ctx, s->cfg->name, s->last_id);
	memcpy(s->saved_id, s->last_id, sizeof s->saved_id);
}

static void on_save(uv_timer_t *t)
{
	save_cursor(t->data);
}

/* ------------------------------------------------------------------------ */
/* Backfill                                                                 */

static void fetch_page(struct masto_source *s);
static void page_url(struct masto_source *s);

static int page_status(void *ctx, const struct es_post *post, const struct es_str *local_id)
{
	struct masto_source *s = ctx;
	deliver(s, post, local_id, 0, 1);
	return 0;
}

static void backfill_done(struct masto_source *s, const char *why)
{
	s->backfilling = 0;
	s->page = NULL;
	if (why)
		es_log(LOG_WARNING, "source \"%s\": backfill stopped after %u pages: %s", s->cfg->name,
		       s->pages, why);
	else
		es_log(LOG_INFO, "source \"%s\": backfill done: %u pages", s->cfg->name, s->pages);
}

/* Milliseconds until X-RateLimit-Reset when X-RateLimit-Remaining is 0; else 0. */
static uint64_t rate_wait(struct es_http_req *req)
{
	size_t len;
	const char *rem = es_http_header(req, "x-ratelimit-remaining", &len);
	if (!rem || len == 0 || !(len == 1 && rem[0] == '0'))
		return 0;
	const char *reset = es_http_header(req, "x-ratelimit-reset", &len);
	uint64_t at;
	if (!reset || es_parse_time_ms(reset, len, &at) < 0)
		return 60000;
	uint64_t now = es_wall_ms();
	uint64_t wait = at > now ? at - now : 0;
	return wait > 300000 ? 300000 : wait + 1000;
}

static void on_page_timer(uv_timer_t *t)
{
	fetch_page(t->data);
}

static void on_page(void *ctx, struct es_http_req *req, int curl_code, long status,
                    const char *body, size_t len, const char *err)
{
	struct masto_source *s = ctx;
	s->page = NULL;
	if (curl_code != 0 || status != 200) {
		char why[256];
		snprintf(why, sizeof why, "%s%ld %.*s", err ? err : "HTTP ", status,
		         (int)(len < 100 ? len : 100), body);
		backfill_done(s, why);
		return;
	}
	s->pages++;
	int n = es_masto_timeline(s->parser, body, len, page_status, s);
	if (n < 0) {
		backfill_done(s, es_masto_error(s->parser));
		return;
	}
	size_t ll;
	const char *link = es_http_header(req, "link", &ll);
	char prev[sizeof s->next_url];
	int have_prev = link && es_link_header_next(link, ll, "prev", prev, sizeof prev) == 0;
	/*
	 * Only an empty page means caught up: a server may cap `limit` below what
	 * we asked for, so a short page is not proof of the end (one extra request
	 * per gap is the price).
	 */
	const struct es_masto_stats *ms = es_masto_stats(s->parser);
	size_t got = (size_t)n + (size_t)ms->last_skipped;
	if (got == 0) {
		backfill_done(s, NULL);
		return;
	}
	if (s->pages >= s->cfg->backfill_pages) {
		backfill_done(s, "backfill_pages reached; older part of the gap not recovered");
		return;
	}
	if (have_prev)
		memcpy(s->next_url, prev, strlen(prev) + 1);
	else
		page_url(s); /* no Link header: page forward from the newest id we have */
	uint64_t wait = rate_wait(req);
	if (wait) {
		es_log(LOG_NOTICE, "source \"%s\": rate limit reached; next backfill page in %llus",
		       s->cfg->name, (unsigned long long)(wait / 1000));
		uv_timer_start(&s->page_timer, on_page_timer, wait, 0);
		return;
	}
	fetch_page(s);
}

static void fetch_page(struct masto_source *s)
{
	struct es_http_opts o = {
		.url = s->next_url,
		.bearer = s->cfg->token,
		.ca_file = s->cfg->ca_file,
		.timeout_ms = 30000,
		.buffer_max = PAGE_BYTES,
	};
	struct es_http_cb cb = {.ctx = s, .on_done = on_page};
	if (es_http_start(s->env.http, &o, &cb, &s->page) < 0)
		backfill_done(s, "cannot start the request");
}

/* The timeline page right after last_id (min_id), for the configured stream. */
static void page_url(struct masto_source *s)
{
	const char *st = s->cfg->stream;
	const char *path = "/api/v1/timelines/public";
	char tagpath[256];
	const char *extra = "";
	if (strncmp(st, "hashtag", 7) == 0) {
		snprintf(tagpath, sizeof tagpath, "/api/v1/timelines/tag/%s", s->cfg->tag);
		path = tagpath;
		if (strcmp(st, "hashtag:local") == 0)
			extra = "&local=true";
	} else if (strcmp(st, "public:local") == 0) {
		extra = "&local=true";
	} else if (strcmp(st, "public:remote") == 0) {
		extra = "&remote=true";
	}
	snprintf(s->next_url, sizeof s->next_url, "%s%s?min_id=%s&limit=%d%s", s->base_url, path,
	         s->last_id, PAGE_LIMIT, extra);
}

static void start_backfill(struct masto_source *s)
{
	if (!s->cfg->backfill || s->backfilling || !s->last_id[0])
		return;
	page_url(s);
	s->backfilling = 1;
	s->pages = 0;
	es_log(LOG_INFO, "source \"%s\": backfilling from status %s", s->cfg->name, s->last_id);
	fetch_page(s);
}

/* ------------------------------------------------------------------------ */
/* The stream                                                               */

static void on_event(void *ctx, const char *event, size_t event_len, const char *data,
                     size_t data_len, const char *id, size_t id_len)
{
	struct masto_source *s = ctx;
	(void)id;
	(void)id_len;
	int update = event_len == 6 && memcmp(event, "update", 6) == 0;
	int edit = event_len == 13 && memcmp(event, "status.update", 13) == 0;
	if (!update && !edit) {
		if (event_len == 6 && memcmp(event, "delete", 6) == 0)
			s->deletes++;
		s->st.skipped++;
		return;
	}
	struct es_post post;
	struct es_str local_id;
	int rc = es_masto_status(s->parser, data, data_len, &post, &local_id);
	if (rc < 0) {
		if (rc == -ENODATA)
			s->st.no_text++;
		else if (rc == -E2BIG)
			s->st.oversized++;
		else
			s->st.malformed++;
		es_log_rl(&s->rl, LOG_WARNING, "source \"%s\": skipped an event: %s", s->cfg->name,
		          rc == -ENODATA ? "no text" : es_masto_error(s->parser));
		return;
	}
	deliver(s, &post, &local_id, edit, 0);
}

static int cb_url(void *ctx, char *buf, size_t cap)
{
	struct masto_source *s = ctx;
	const char *st = s->cfg->stream;
	int n;
	if (strncmp(st, "hashtag", 7) == 0)
		n = snprintf(buf, cap, "%s/api/v1/streaming/hashtag%s?tag=%s", s->stream_url,
		             strcmp(st, "hashtag:local") == 0 ? "/local" : "", s->cfg->tag);
	else
		n = snprintf(buf, cap, "%s/api/v1/streaming/public%s", s->stream_url,
		             strcmp(st, "public:local") == 0    ? "/local"
		             : strcmp(st, "public:remote") == 0 ? "/remote"
		                                                : "");
	return n > 0 && (size_t)n < cap ? 0 : -1;
}

static void cb_up(void *ctx)
{
	struct masto_source *s = ctx;
	es_sse_reset(s->sse);
	s->st.connects++;
	start_backfill(s);
}

static void cb_down(void *ctx, int was_up)
{
	struct masto_source *s = ctx;
	(void)was_up;
	s->st.disconnects++;
	save_cursor(s);
}

static void cb_data(void *ctx, const char *buf, size_t len)
{
	struct masto_source *s = ctx;
	s->st.bytes += len;
	es_sse_feed(s->sse, buf, len);
}

/*
 * The streaming API may live on another host (configuration.urls.streaming in
 * /api/v2/instance, e.g. wss://streaming.example). Following a redirect there
 * would drop the token (curl sends credentials to the first host only), so the
 * host is asked for once at start; without an answer the instance's own host
 * is used.
 */
static void on_instance(void *ctx, struct es_http_req *req, int curl_code, long status,
                        const char *body, size_t len, const char *err)
{
	struct masto_source *s = ctx;
	(void)req;
	(void)err;
	s->discover = NULL;
	if (curl_code == 0 && status == 200) {
		char ebuf[128];
		char *copy = malloc(len + 1);
		yajl_val root = NULL;
		if (copy) {
			memcpy(copy, body, len);
			copy[len] = '\0';
			root = yajl_tree_parse(copy, ebuf, sizeof ebuf);
		}
		static const char *path[] = {"configuration", "urls", "streaming", NULL};
		yajl_val v = root ? yajl_tree_get(root, path, yajl_t_string) : NULL;
		const char *u = v ? YAJL_GET_STRING(v) : NULL;
		if (u && (strncmp(u, "wss://", 6) == 0 || strncmp(u, "https://", 8) == 0) &&
		    strlen(u) < sizeof s->stream_url - 8 && !strpbrk(u, " \t\r\n")) {
			snprintf(s->stream_url, sizeof s->stream_url, "https://%s",
			         u + (u[0] == 'w' ? 6 : 8));
			size_t l = strlen(s->stream_url);
			while (l > 0 && s->stream_url[l - 1] == '/')
				s->stream_url[--l] = '\0';
			if (strcmp(s->stream_url, s->base_url) != 0)
				es_log(LOG_INFO, "source \"%s\": streaming API at %s", s->cfg->name,
				       s->stream_url);
		}
		yajl_tree_free(root);
		free(copy);
	}
	es_stream_start(s->base.stream);
}

/* ------------------------------------------------------------------------ */
/* es_source                                                                */

static void m_stats(const struct es_source *b, struct es_source_stats *o)
{
	const struct masto_source *s = (const struct masto_source *)b;
	*o = s->st;
	o->oversized += es_sse_stats(s->sse)->oversized;
	o->stopped = es_stream_stats(s->base.stream)->stopped;
	snprintf(o->state, sizeof o->state, "%s%s; last id %s", es_stream_state(s->base.stream),
	         s->backfilling ? "; backfilling" : "", s->last_id[0] ? s->last_id : "-");
}

static void m_closed(uv_handle_t *h)
{
	struct masto_source *s = h->data;
	if (--s->open_handles > 0)
		return;
	es_sse_free(s->sse);
	es_masto_free(s->parser);
	free(s);
}

static void m_free(struct es_source *b)
{
	struct masto_source *s = (struct masto_source *)b;
	save_cursor(s);
	if (s->page)
		es_http_cancel(s->page);
	if (s->discover)
		es_http_cancel(s->discover);
	es_stream_free(s->base.stream);
	s->open_handles = 2;
	uv_close((uv_handle_t *)&s->save, m_closed);
	uv_close((uv_handle_t *)&s->page_timer, m_closed);
}

static void m_checkpoint(struct es_source *b)
{
	save_cursor((struct masto_source *)b);
}

static const struct es_source_ops masto_ops = {es_source_stream_pause, es_source_stream_resume, m_stats, m_free, NULL, m_checkpoint};

int es_source_mastodon_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                            struct es_source **out, char *err, size_t errlen)
{
	struct masto_source *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->base.ops = &masto_ops;
	s->base.cfg = cfg;
	s->cfg = cfg;
	s->env = *env;
	es_source_base_url(cfg->url, s->base_url, sizeof s->base_url);
	if (es_sse_new(EVENT_MAX, on_event, s, &s->sse) < 0 || es_masto_new(&s->parser) < 0)
		goto nomem;
	if (es_source_cursor_load(env, cfg, s->last_id, sizeof s->last_id,
	                          "no backfill for the time the daemon was down") == 0)
		memcpy(s->saved_id, s->last_id, sizeof s->saved_id);
	struct es_stream_cfg sc = {
		.name = cfg->name,
		.policy = ES_STREAM_GENERIC,
		.base_ms = 1000,
		.cap_ms = 300000,
		.stall_ms = (long)cfg->stall_ms,
		.bearer = cfg->token,
		.ca_file = cfg->ca_file,
		.accept = "text/event-stream",
	};
	struct es_stream_cb cb = {.ctx = s, .url = cb_url, .up = cb_up, .down = cb_down,
	                          .data = cb_data};
	if (es_stream_new(env->loop, env->http, &sc, &cb, &s->base.stream) < 0)
		goto nomem;
	uv_timer_init(env->loop, &s->save);
	uv_timer_init(env->loop, &s->page_timer);
	s->save.data = s->page_timer.data = s;
	uv_timer_start(&s->save, on_save, cfg->cursor_ms, cfg->cursor_ms);
	memcpy(s->stream_url, s->base_url, sizeof s->stream_url);
	char iurl[1100];
	snprintf(iurl, sizeof iurl, "%s/api/v2/instance", s->base_url);
	struct es_http_opts o = {.url = iurl, .ca_file = cfg->ca_file, .timeout_ms = 10000,
	                         .buffer_max = 1u << 20};
	struct es_http_cb hcb = {.ctx = s, .on_done = on_instance};
	if (es_http_start(env->http, &o, &hcb, &s->discover) < 0)
		es_stream_start(s->base.stream);
	*out = &s->base;
	return 0;
nomem:
	es_sse_free(s->sse);
	es_masto_free(s->parser);
	free(s);
	snprintf(err, errlen, "source \"%s\": out of memory", cfg->name);
	return -ENOMEM;
}
