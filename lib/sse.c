/*
 * sse.c — incremental text/event-stream parser (sse.h).
 *
 * Bytes are collected into the current line (bounded); each complete line is
 * interpreted at once: data lines are appended to the event buffer (bounded),
 * the other fields are kept, and an empty line dispatches. A '\r' may end a
 * line on its own, so a '\n' right after a '\r' — possibly in the next chunk —
 * is swallowed. An event over the limit is discarded when it is dispatched,
 * and the parser carries on with the next one.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/sse.h"

#define SSE_FIELD_MAX 256 /* event names and ids */

struct es_sse {
	char *line;
	size_t line_len, line_cap; /* line_cap = max_event */
	int line_over;             /* the current line went over the limit */
	char *data;
	size_t data_len;
	int data_over;
	int has_data;
	char event[SSE_FIELD_MAX];
	size_t event_len;
	char id[SSE_FIELD_MAX];
	char last_id[SSE_FIELD_MAX];
	uint64_t retry_ms;
	int after_cr;
	es_sse_event_fn *on_event;
	void *ctx;
	struct es_sse_stats st;
};

int es_sse_new(size_t max_event, es_sse_event_fn *on_event, void *ctx, struct es_sse **out)
{
	if (max_event == 0)
		max_event = 1u << 20;
	struct es_sse *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->line_cap = max_event;
	s->line = malloc(max_event);
	s->data = malloc(max_event);
	if (!s->line || !s->data) {
		es_sse_free(s);
		return -ENOMEM;
	}
	s->on_event = on_event;
	s->ctx = ctx;
	*out = s;
	return 0;
}

void es_sse_free(struct es_sse *s)
{
	if (!s)
		return;
	free(s->line);
	free(s->data);
	free(s);
}

static void clear_event(struct es_sse *s)
{
	s->data_len = 0;
	s->data_over = 0;
	s->has_data = 0;
	s->event_len = 0;
}

void es_sse_reset(struct es_sse *s)
{
	clear_event(s);
	s->line_len = 0;
	s->line_over = 0;
	s->after_cr = 0;
}

const struct es_sse_stats *es_sse_stats(const struct es_sse *s)
{
	return &s->st;
}

uint64_t es_sse_retry_ms(const struct es_sse *s)
{
	return s->retry_ms;
}

const char *es_sse_last_id(const struct es_sse *s)
{
	return s->last_id;
}

static void dispatch(struct es_sse *s)
{
	if (s->data_over) {
		s->st.oversized++;
	} else if (s->has_data) {
		/* The spec drops the data's final '\n'; we join with '\n' instead of appending it. */
		s->st.events++;
		const char *ev = s->event_len ? s->event : "message";
		size_t evl = s->event_len ? s->event_len : 7;
		if (s->on_event)
			s->on_event(s->ctx, ev, evl, s->data, s->data_len, s->last_id,
			            strlen(s->last_id));
	}
	clear_event(s);
}

static void copy_field(char *dst, size_t *dlen, const char *v, size_t n)
{
	if (n >= SSE_FIELD_MAX)
		n = SSE_FIELD_MAX - 1;
	memcpy(dst, v, n);
	dst[n] = '\0';
	if (dlen)
		*dlen = n;
}

static void process_line(struct es_sse *s)
{
	const char *l = s->line;
	size_t n = s->line_len;
	if (s->line_over) {
		/* A line over the limit can only be data that is too big: drop the event. */
		s->data_over = 1;
		s->has_data = 1;
		return;
	}
	if (n == 0) {
		dispatch(s);
		return;
	}
	if (l[0] == ':') {
		s->st.comments++;
		return;
	}
	const char *colon = memchr(l, ':', n);
	size_t flen = colon ? (size_t)(colon - l) : n;
	const char *v = colon ? colon + 1 : l + n;
	size_t vlen = colon ? n - flen - 1 : 0;
	if (vlen && v[0] == ' ') {
		v++;
		vlen--;
	}
	if (flen == 4 && memcmp(l, "data", 4) == 0) {
		size_t need = vlen + (s->has_data ? 1 : 0);
		if (s->data_over || s->data_len + need > s->line_cap) {
			s->data_over = 1;
		} else {
			if (s->has_data)
				s->data[s->data_len++] = '\n';
			memcpy(s->data + s->data_len, v, vlen);
			s->data_len += vlen;
		}
		s->has_data = 1;
	} else if (flen == 5 && memcmp(l, "event", 5) == 0) {
		copy_field(s->event, &s->event_len, v, vlen);
	} else if (flen == 2 && memcmp(l, "id", 2) == 0) {
		if (!memchr(v, '\0', vlen))
			copy_field(s->last_id, NULL, v, vlen);
	} else if (flen == 5 && memcmp(l, "retry", 5) == 0) {
		uint64_t ms = 0;
		size_t i = 0;
		for (; i < vlen && v[i] >= '0' && v[i] <= '9' && ms < 1000000000ULL; i++)
			ms = ms * 10 + (uint64_t)(v[i] - '0');
		if (i == vlen && vlen > 0)
			s->retry_ms = ms;
	}
	/* Unknown fields are ignored, as the format requires. */
}

int es_sse_feed(struct es_sse *s, const char *buf, size_t len)
{
	s->st.bytes += len;
	for (size_t i = 0; i < len; i++) {
		char c = buf[i];
		if (s->after_cr) {
			s->after_cr = 0;
			if (c == '\n')
				continue;
		}
		if (c == '\n' || c == '\r') {
			process_line(s);
			s->line_len = 0;
			s->line_over = 0;
			s->after_cr = c == '\r';
			continue;
		}
		if (s->line_len < s->line_cap)
			s->line[s->line_len++] = c;
		else
			s->line_over = 1;
	}
	return 0;
}
