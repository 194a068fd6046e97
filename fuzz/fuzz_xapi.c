/*
 * fuzz_xapi.c — the X API v2 parsers (xapi.c) on arbitrary bytes: the input
 * as one stream line, split into lines, as a recent-search page, as a rules
 * list (then reconciled against itself and turned into request bodies), and
 * as a rules POST response; and, when it parses as a brand query, through
 * the query → X rule compiler. Every string a parser hands out is read
 * whole, so ASan sees any view that points outside its buffer, and the
 * invariants of each result are checked (bounded counts, NUL-terminated
 * fields, a plan that covers every current rule once).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/xapi.h"

static uint64_t sink;

static void touch(struct es_str s)
{
	for (size_t i = 0; i < s.len; i++)
		sink += (unsigned char)s.ptr[i];
}

static void check_post(const struct es_post *p)
{
	if (p->n_mentions > ES_POST_MENTIONS_MAX || p->n_routes > ES_POST_ROUTES_MAX ||
	    p->text.len > ES_POST_TEXT_MAX || p->id.len == 0)
		abort();
	touch(p->id);
	touch(p->orig_id);
	touch(p->text);
	touch(p->author);
	touch(p->lang);
	touch(p->url);
	touch(p->reply_to);
	for (size_t i = 0; i < p->n_mentions; i++)
		touch(p->mentions[i]);
	for (size_t i = 0; i < p->n_routes; i++)
		touch(p->routes[i]);
}

static void on_post(void *ctx, const struct es_post *p)
{
	(void)ctx;
	check_post(p);
}

static void run_line(struct es_xparser *xp, const char *s, size_t n)
{
	struct es_xmsg m;
	int rc = es_xparser_line(xp, s, n, &m);
	if (rc == 0 && m.kind == ES_XMSG_POST)
		check_post(&m.post);
	if (strlen(m.title) >= sizeof m.title || strlen(m.detail) >= sizeof m.detail)
		abort();
	if (strlen(es_xparser_error(xp)) >= 256)
		abort();
}

static void run_rules(struct es_xparser *xp, const char *s, size_t n)
{
	struct es_xrules r;
	int rc = es_xparser_rules(xp, s, n, 50, &r);
	if (rc == 0 && r.n > 50)
		abort();
	if (rc == 0 && r.n > 0) {
		struct es_xrule_spec *want = calloc(r.n, sizeof *want);
		const char **ids = calloc(r.n, sizeof *ids);
		if (!want || !ids)
			abort();
		/* want every other rule: the plan must delete or keep each current rule once */
		size_t nw = 0;
		for (size_t i = 0; i < r.n; i++) {
			ids[i] = r.v[i].id;
			if (i % 2 == 0)
				want[nw++] = (struct es_xrule_spec){r.v[i].value, r.v[i].tag};
		}
		struct es_xrules_plan p;
		if (es_xrules_plan(want, nw, r.v, r.n, &p) != 0 || p.n_del > r.n || p.n_add > nw)
			abort();
		for (size_t i = 0; i + 1 < p.n_del; i++)
			if (p.del[i] >= p.del[i + 1])
				abort();
		es_xrules_plan_done(&p);
		struct es_xbuf b;
		es_xbuf_init(&b, 0);
		rc = es_xrules_body_add(&b, want, nw);
		if (rc != 0 && rc != -EILSEQ)
			abort();
		rc = es_xrules_body_delete(&b, ids, r.n);
		if (rc != 0 || strlen(b.ptr) != b.len)
			abort();
		es_xbuf_done(&b);
		free(want);
		free(ids);
	}
	es_xrules_done(&r);
}

static void run_query(const char *s, size_t n)
{
	struct es_query *q;
	if (es_query_parse(s, n, &q, NULL) != 0)
		return;
	char buf[1025];
	const char *why = NULL;
	int rc = es_query_to_x_rule(q, NULL, 0, (int)(n & 1), buf, sizeof buf, &why);
	if (rc >= 0) {
		if ((size_t)rc != strlen(buf) || why || strstr(buf, "-(") ||
		    !strstr(buf, "-is:nullcast"))
			abort(); /* never a negated group; always the nullcast filter */
	} else if ((rc != -ENOTSUP && rc != -E2BIG) || !why) {
		abort();
	}
	es_query_free(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	const char *s = (const char *)data;
	struct es_xparser *xp;
	if (es_xparser_new(&xp) != 0)
		abort();

	run_line(xp, s, size);
	for (size_t start = 0, i = 0; i <= size; i++) {
		if (i == size || s[i] == '\n') {
			run_line(xp, s + start, i - start);
			start = i + 1;
		}
	}

	struct es_xsearch_meta meta;
	int n = es_xparser_search(xp, s, size, on_post, NULL, &meta);
	if (n >= 0 &&
	    (strlen(meta.next_token) > ES_X_TOKEN_MAX || strlen(meta.newest_id) > ES_X_ID_MAX))
		abort();

	run_rules(xp, s, size);

	struct es_xrules_summary sum;
	if (es_xparser_rules_summary(xp, s, size, &sum) == 0 &&
	    strlen(sum.error) >= sizeof sum.error)
		abort();

	es_xparser_free(xp);
	run_query(s, size);
	return (int)(sink & 0);
}
