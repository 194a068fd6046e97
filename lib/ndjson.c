/*
 * ndjson.c — incremental NDJSON → es_post with a field map (ndjson.h).
 *
 * One yajl handle (allow_multiple_values) parses the whole stream; bytes go
 * in as they arrive. The parser tracks the JSON path of the current value as
 * a stack of containers and, per mapped field, how many leading components of
 * the field's path the current path matches — updated in O(fields) when a key
 * or an array element begins, so a scalar is recognised as "the text field"
 * without comparing whole paths. Values on mapped paths are copied into an
 * arena (at most one line long) while the object streams past; when the
 * top-level object closes, the post is assembled from the arena and handed
 * over.
 *
 * Line discipline is ours, not yajl's: '\n' ends a line. A line that is not
 * one complete JSON object (error, scalar, unterminated, too deep, too long)
 * is reported once, counted, and the parser is rebuilt and skips to the next
 * '\n'. Rebuilding costs an allocation, but only on bad input.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yajl/yajl_parse.h>

#include "earshot/ndjson.h"

/* One component of a compiled path. */
struct comp {
	const char *key; /* NULL for an array index */
	size_t klen;
	long index; /* >= 0 a position, -1 any position */
};

struct fpath {
	struct comp c[ES_JSON_PATH_MAX];
	unsigned n; /* 0: not mapped */
	char buf[256];
};

struct frame {
	uint8_t is_array;
	long index; /* next element's position (arrays) */
};

/* Field values of the post being read: offsets into the arena. */
struct span {
	uint32_t off, len;
	uint8_t set;
};

struct es_ndjson {
	yajl_handle h;
	struct fpath field[ES_FIELD_COUNT];
	uint8_t matched[ES_FIELD_COUNT];
	struct frame stack[ES_JSON_DEPTH_MAX];
	int depth;
	int too_deep;
	int nonobject;  /* a top-level value that is not an object */
	int saw_value;  /* the line has started a value */
	int skipping;   /* discard until the next '\n' */
	size_t line_bytes, max_line;
	char source[64];

	char *arena;
	size_t arena_len, arena_cap;
	struct span val[ES_FIELD_COUNT];
	struct span mention[ES_POST_MENTIONS_MAX];
	size_t n_mentions;
	int flag_reply, flag_repost;
	uint64_t created_ms;
	int truncated;

	es_post_fn *on_post;
	es_ndjson_error_fn *on_error;
	void *ctx;
	struct es_ndjson_stats st;
};

/* ======================================================================== */
/* Field names and maps                                                     */

static const char *const field_names[ES_FIELD_COUNT] = {
	"id", "text", "author", "lang", "url", "reply_to", "created", "mentions", "is_reply",
	"is_repost"};

const char *es_field_name(enum es_field f)
{
	return (unsigned)f < ES_FIELD_COUNT ? field_names[f] : "?";
}

int es_field_parse(const char *name, enum es_field *out)
{
	for (int f = 0; f < ES_FIELD_COUNT; f++)
		if (strcmp(name, field_names[f]) == 0) {
			*out = (enum es_field)f;
			return 0;
		}
	return -EINVAL;
}

void es_fieldmap_default(struct es_fieldmap *m)
{
	static const char *const def[ES_FIELD_COUNT] = {
		"id", "text", "author", "lang", "url", "reply_to", "created_at", "mentions[]",
		"is_reply", "is_repost"};
	memset(m, 0, sizeof *m);
	for (int f = 0; f < ES_FIELD_COUNT; f++)
		snprintf(m->path[f], sizeof m->path[f], "%s", def[f]);
}

/*
 * Compile "a.b[2].c[]" into components, in place in fp->buf.
 * Keys may not be empty; indexes are decimal or empty ("any").
 */
static int compile_path(struct fpath *fp, const char *path, const char **why)
{
	memset(fp, 0, sizeof *fp);
	size_t len = strlen(path);
	if (len == 0)
		return 0;
	if (len >= sizeof fp->buf) {
		*why = "path too long";
		return -EINVAL;
	}
	memcpy(fp->buf, path, len + 1);
	char *p = fp->buf;
	while (*p) {
		if (fp->n == ES_JSON_PATH_MAX) {
			*why = "path has too many components";
			return -EINVAL;
		}
		struct comp *c = &fp->c[fp->n];
		if (*p == '[') {
			char *end = strchr(p, ']');
			if (!end) {
				*why = "'[' without ']'";
				return -EINVAL;
			}
			if (end == p + 1) {
				c->index = -1;
			} else {
				char *num_end;
				long v = strtol(p + 1, &num_end, 10);
				if (num_end != end || v < 0) {
					*why = "array index must be a number or empty";
					return -EINVAL;
				}
				c->index = v;
			}
			fp->n++;
			p = end + 1;
			if (*p == '.')
				p++;
			else if (*p && *p != '[') {
				*why = "expected '.' or '[' after ']'";
				return -EINVAL;
			}
			continue;
		}
		size_t k = strcspn(p, ".[");
		if (k == 0) {
			*why = "empty key in path";
			return -EINVAL;
		}
		c->key = p;
		c->klen = k;
		fp->n++;
		p += k;
		if (*p == '.') {
			*p++ = '\0';
			if (*p == '\0') {
				*why = "path ends with '.'";
				return -EINVAL;
			}
		}
	}
	return 0;
}

int es_fieldmap_set(struct es_fieldmap *m, enum es_field f, const char *path, const char **why)
{
	const char *w = NULL;
	struct fpath tmp;
	if ((unsigned)f >= ES_FIELD_COUNT) {
		if (why)
			*why = "unknown field";
		return -EINVAL;
	}
	if (compile_path(&tmp, path, &w) < 0) {
		if (why)
			*why = w;
		return -EINVAL;
	}
	snprintf(m->path[f], sizeof m->path[f], "%s", path);
	return 0;
}

/* ======================================================================== */
/* Time                                                                     */

static int digits(const char *s, size_t n, int *out)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), no libc time zone state. */
static int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int es_parse_time_ms(const char *s, size_t len, uint64_t *out)
{
	int Y, M, D, h, mi, sec;
	if (len < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
	    s[13] != ':' || s[16] != ':' || digits(s, 4, &Y) || digits(s + 5, 2, &M) ||
	    digits(s + 8, 2, &D) || digits(s + 11, 2, &h) || digits(s + 14, 2, &mi) ||
	    digits(s + 17, 2, &sec))
		return -EINVAL;
	if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || mi > 59 || sec > 60 || Y < 1970)
		return -EINVAL;
	size_t i = 19;
	int ms = 0;
	if (i < len && s[i] == '.') {
		i++;
		int scale = 100;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			ms += (s[i] - '0') * scale;
			scale /= 10;
			i++;
		}
	}
	int64_t offset_s = 0;
	if (i < len && (s[i] == 'Z' || s[i] == 'z')) {
		i++;
	} else if (i + 6 <= len && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
		int oh, om;
		if (digits(s + i + 1, 2, &oh) || digits(s + i + 4, 2, &om) || oh > 23 || om > 59)
			return -EINVAL;
		offset_s = (oh * 3600 + om * 60) * (s[i] == '+' ? 1 : -1);
		i += 6;
	} else if (i != len) {
		return -EINVAL;
	}
	if (i != len)
		return -EINVAL;
	int64_t t = days_from_civil(Y, M, D) * 86400 + h * 3600 + mi * 60 + sec - offset_s;
	if (t < 0)
		return -EINVAL;
	*out = (uint64_t)t * 1000 + (uint64_t)ms;
	return 0;
}

/* ======================================================================== */
/* Path tracking                                                            */

/* The value at position `pos` (0-based depth) of the path is named by key/index. */
static void set_component(struct es_ndjson *p, unsigned pos, const char *key, size_t klen,
                          long index)
{
	for (int f = 0; f < ES_FIELD_COUNT; f++) {
		struct fpath *fp = &p->field[f];
		if (p->matched[f] > pos)
			p->matched[f] = (uint8_t)pos;
		if (p->matched[f] != pos || pos >= fp->n)
			continue;
		const struct comp *c = &fp->c[pos];
		int ok = key ? (c->key && c->klen == klen && memcmp(c->key, key, klen) == 0)
		             : (!c->key && (c->index < 0 || c->index == index));
		if (ok)
			p->matched[f] = (uint8_t)(pos + 1);
	}
}

/* A value begins: if it is an array element, it is named by its position. */
static void value_begins(struct es_ndjson *p)
{
	if (p->depth > 0 && p->stack[p->depth - 1].is_array)
		set_component(p, (unsigned)p->depth - 1, NULL, 0, p->stack[p->depth - 1].index);
}

/* A value ended: advance the enclosing array's position. */
static void value_ends(struct es_ndjson *p)
{
	if (p->depth > 0 && p->stack[p->depth - 1].is_array)
		p->stack[p->depth - 1].index++;
}

/* The field whose full path the current scalar sits on, or -1. */
static int scalar_field(const struct es_ndjson *p)
{
	for (int f = 0; f < ES_FIELD_COUNT; f++)
		if (p->field[f].n && p->matched[f] == p->field[f].n && (int)p->field[f].n == p->depth)
			return f;
	return -1;
}

/* ======================================================================== */
/* Values                                                                   */

static int arena_put(struct es_ndjson *p, const char *s, size_t len, struct span *out)
{
	if (p->arena_len + len > p->arena_cap)
		return 0; /* cannot happen for values within one bounded line; drop */
	memcpy(p->arena + p->arena_len, s, len);
	out->off = (uint32_t)p->arena_len;
	out->len = (uint32_t)len;
	out->set = 1;
	p->arena_len += len;
	return 1;
}

/* Cut at most max bytes without splitting a UTF-8 sequence. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

static void take_string(struct es_ndjson *p, int f, const char *s, size_t len)
{
	switch (f) {
	case ES_FIELD_MENTIONS:
		if (len && s[0] == '@') {
			s++;
			len--;
		}
		if (len && p->n_mentions < ES_POST_MENTIONS_MAX)
			p->n_mentions += (size_t)arena_put(p, s, len, &p->mention[p->n_mentions]);
		return;
	case ES_FIELD_CREATED: {
		uint64_t ms;
		if (!p->created_ms && es_parse_time_ms(s, len, &ms) == 0)
			p->created_ms = ms;
		return;
	}
	case ES_FIELD_IS_REPLY:
		p->flag_reply |= len > 0;
		return;
	case ES_FIELD_IS_REPOST:
		p->flag_repost |= len > 0;
		return;
	case ES_FIELD_TEXT:
		if (len > ES_POST_TEXT_MAX) {
			len = utf8_cut(s, len, ES_POST_TEXT_MAX);
			p->truncated = 1;
		}
		break;
	case ES_FIELD_AUTHOR:
	case ES_FIELD_REPLY_TO:
		if (len && s[0] == '@') {
			s++;
			len--;
		}
		break;
	default:
		break;
	}
	if (!p->val[f].set)
		arena_put(p, s, len, &p->val[f]);
}

static void take_number(struct es_ndjson *p, int f, const char *s, size_t len)
{
	if (f == ES_FIELD_CREATED) {
		char buf[32];
		if (len >= sizeof buf)
			return;
		memcpy(buf, s, len);
		buf[len] = '\0';
		double v = strtod(buf, NULL);
		if (v > 0 && !p->created_ms)
			p->created_ms = v >= 1e11 ? (uint64_t)v : (uint64_t)(v * 1000.0);
		return;
	}
	int nonzero = 0;
	for (size_t i = 0; i < len; i++)
		nonzero |= s[i] >= '1' && s[i] <= '9';
	if (f == ES_FIELD_IS_REPLY)
		p->flag_reply |= nonzero;
	else if (f == ES_FIELD_IS_REPOST)
		p->flag_repost |= nonzero;
	else
		take_string(p, f, s, len); /* numeric ids and the like, as written */
}

/* ======================================================================== */
/* yajl callbacks                                                           */

static void begin_object(struct es_ndjson *p)
{
	p->arena_len = 0;
	memset(p->val, 0, sizeof p->val);
	p->n_mentions = 0;
	p->flag_reply = p->flag_repost = 0;
	p->created_ms = 0;
	p->truncated = 0;
}

static struct es_str span_str(const struct es_ndjson *p, const struct span *s)
{
	struct es_str v = {"", 0};
	if (s->set) {
		v.ptr = p->arena + s->off;
		v.len = s->len;
	}
	return v;
}

static void emit_object(struct es_ndjson *p)
{
	if (!p->val[ES_FIELD_TEXT].set || p->val[ES_FIELD_TEXT].len == 0) {
		p->st.no_text++;
		if (p->on_error)
			p->on_error(p->ctx, -ENODATA, "object has no text field");
		return;
	}
	struct es_post post;
	memset(&post, 0, sizeof post);
	post.id = span_str(p, &p->val[ES_FIELD_ID]);
	post.text = span_str(p, &p->val[ES_FIELD_TEXT]);
	post.author = span_str(p, &p->val[ES_FIELD_AUTHOR]);
	post.lang = span_str(p, &p->val[ES_FIELD_LANG]);
	post.url = span_str(p, &p->val[ES_FIELD_URL]);
	post.reply_to = span_str(p, &p->val[ES_FIELD_REPLY_TO]);
	post.source.ptr = p->source;
	post.source.len = strlen(p->source);
	for (size_t i = 0; i < p->n_mentions; i++)
		post.mentions[i] = span_str(p, &p->mention[i]);
	post.n_mentions = p->n_mentions;
	post.created_ms = p->created_ms;
	post.is_reply = (uint8_t)(p->flag_reply || post.reply_to.len > 0);
	post.is_repost = (uint8_t)p->flag_repost;
	if (p->truncated)
		p->st.truncated++;
	p->st.posts++;
	if (p->on_post)
		p->on_post(p->ctx, &post);
}

static int scalar_begins(struct es_ndjson *p)
{
	if (p->depth == 0) {
		p->nonobject = 1;
		return 0; /* a top-level scalar: not a post; stop this line */
	}
	value_begins(p);
	return 1;
}

static int cb_null(void *ctx)
{
	struct es_ndjson *p = ctx;
	if (!scalar_begins(p))
		return 0;
	value_ends(p);
	return 1;
}

static int cb_boolean(void *ctx, int v)
{
	struct es_ndjson *p = ctx;
	if (!scalar_begins(p))
		return 0;
	int f = scalar_field(p);
	if (f == ES_FIELD_IS_REPLY)
		p->flag_reply |= v;
	else if (f == ES_FIELD_IS_REPOST)
		p->flag_repost |= v;
	value_ends(p);
	return 1;
}

static int cb_number(void *ctx, const char *s, size_t len)
{
	struct es_ndjson *p = ctx;
	if (!scalar_begins(p))
		return 0;
	int f = scalar_field(p);
	if (f >= 0)
		take_number(p, f, s, len);
	value_ends(p);
	return 1;
}

static int cb_string(void *ctx, const unsigned char *s, size_t len)
{
	struct es_ndjson *p = ctx;
	if (!scalar_begins(p))
		return 0;
	int f = scalar_field(p);
	if (f >= 0)
		take_string(p, f, (const char *)s, len);
	value_ends(p);
	return 1;
}

static int push(struct es_ndjson *p, int is_array)
{
	if (p->depth == 0) {
		if (is_array) {
			p->nonobject = 1;
			return 0;
		}
		begin_object(p);
		memset(p->matched, 0, sizeof p->matched);
	} else {
		value_begins(p);
	}
	if (p->depth >= ES_JSON_DEPTH_MAX) {
		p->too_deep = 1;
		return 0;
	}
	p->stack[p->depth].is_array = (uint8_t)is_array;
	p->stack[p->depth].index = 0;
	p->depth++;
	return 1;
}

static int pop(struct es_ndjson *p)
{
	p->depth--;
	for (int f = 0; f < ES_FIELD_COUNT; f++)
		if (p->matched[f] > p->depth)
			p->matched[f] = (uint8_t)p->depth;
	if (p->depth == 0)
		emit_object(p);
	else
		value_ends(p);
	return 1;
}

static int cb_start_map(void *ctx)
{
	return push(ctx, 0);
}

static int cb_end_map(void *ctx)
{
	return pop(ctx);
}

static int cb_start_array(void *ctx)
{
	return push(ctx, 1);
}

static int cb_end_array(void *ctx)
{
	return pop(ctx);
}

static int cb_map_key(void *ctx, const unsigned char *key, size_t len)
{
	struct es_ndjson *p = ctx;
	set_component(p, (unsigned)p->depth - 1, (const char *)key, len, 0);
	return 1;
}

static const yajl_callbacks callbacks = {
	cb_null,      cb_boolean, NULL,         NULL,           cb_number,   cb_string,
	cb_start_map, cb_map_key, cb_end_map, cb_start_array, cb_end_array,
};

/* ======================================================================== */
/* Lines                                                                    */

static int make_handle(struct es_ndjson *p)
{
	if (p->h)
		yajl_free(p->h);
	p->h = yajl_alloc(&callbacks, NULL, p);
	if (!p->h)
		return -ENOMEM;
	yajl_config(p->h, yajl_allow_multiple_values, 1);
	p->depth = 0;
	p->too_deep = p->nonobject = 0;
	memset(p->matched, 0, sizeof p->matched);
	return 0;
}

/* Report a bad line once, count it, and skip to the next '\n'. */
static int bad_line(struct es_ndjson *p, int err, const char *detail)
{
	if (err == -E2BIG)
		p->st.oversized++;
	else
		p->st.malformed++;
	p->st.lines++;
	if (p->on_error)
		p->on_error(p->ctx, err, detail);
	p->skipping = 1;
	return make_handle(p);
}

/* A yajl error or a cancel from our callbacks: say which, and skip. */
static int parse_failed(struct es_ndjson *p, const char *seg, size_t len)
{
	char detail[200];
	int err = -EBADMSG;
	if (p->too_deep) {
		snprintf(detail, sizeof detail, "JSON nested deeper than %d", ES_JSON_DEPTH_MAX);
	} else if (p->nonobject) {
		snprintf(detail, sizeof detail, "line is not a JSON object");
	} else {
		unsigned char *msg = yajl_get_error(p->h, 0, (const unsigned char *)seg, len);
		const char *m = msg ? (const char *)msg : "malformed JSON";
		if (strstr(m, "UTF8"))
			err = -EILSEQ;
		snprintf(detail, sizeof detail, "%s", m);
		/* yajl's message ends with a newline: one line per event in logs. */
		size_t dl = strlen(detail);
		while (dl && (detail[dl - 1] == '\n' || detail[dl - 1] == ' '))
			detail[--dl] = '\0';
		if (msg)
			yajl_free_error(p->h, msg);
	}
	return bad_line(p, err, detail);
}

/* The line ended ('\n' or end of stream). */
static int end_line(struct es_ndjson *p)
{
	int rc = 0;
	if (!p->skipping) {
		/* A newline completes a top-level scalar, so it is seen as one. */
		yajl_status s = yajl_parse(p->h, (const unsigned char *)"\n", 1);
		if (s != yajl_status_ok)
			rc = parse_failed(p, "\n", 1);
		else if (p->depth > 0)
			rc = bad_line(p, -EBADMSG, "line ends inside a JSON value");
		else if (p->saw_value)
			p->st.lines++;
		else
			p->st.keepalives++;
	}
	/* Whatever happened, the next byte starts a new line. */
	p->skipping = 0;
	p->saw_value = 0;
	p->line_bytes = 0;
	return rc;
}

int es_ndjson_feed(struct es_ndjson *p, const char *buf, size_t len)
{
	p->st.bytes += len;
	while (len > 0) {
		const char *nl = memchr(buf, '\n', len);
		size_t seg = nl ? (size_t)(nl - buf) : len;
		if (!p->skipping && seg > 0) {
			if (p->line_bytes + seg > p->max_line) {
				char detail[96];
				snprintf(detail, sizeof detail, "line longer than %zu bytes", p->max_line);
				if (bad_line(p, -E2BIG, detail) < 0)
					return -ENOMEM;
			} else {
				for (size_t i = 0; i < seg && !p->saw_value; i++)
					p->saw_value = buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r';
				yajl_status s = yajl_parse(p->h, (const unsigned char *)buf, seg);
				p->line_bytes += seg;
				if (s != yajl_status_ok && parse_failed(p, buf, seg) < 0)
					return -ENOMEM;
			}
		}
		if (!nl)
			return 0;
		if (end_line(p) < 0)
			return -ENOMEM;
		buf = nl + 1;
		len -= seg + 1;
	}
	return 0;
}

int es_ndjson_finish(struct es_ndjson *p)
{
	if (p->line_bytes > 0 || p->skipping)
		return end_line(p);
	return 0;
}

void es_ndjson_reset(struct es_ndjson *p)
{
	make_handle(p);
	p->skipping = 0;
	p->saw_value = 0;
	p->line_bytes = 0;
}

const struct es_ndjson_stats *es_ndjson_stats(const struct es_ndjson *p)
{
	return &p->st;
}

int es_ndjson_new(const struct es_fieldmap *map, const char *source, size_t max_line,
                  es_post_fn *on_post, es_ndjson_error_fn *on_error, void *ctx,
                  struct es_ndjson **out)
{
	struct es_ndjson *p = calloc(1, sizeof *p);
	if (!p)
		return -ENOMEM;
	for (int f = 0; f < ES_FIELD_COUNT; f++) {
		const char *why;
		if (compile_path(&p->field[f], map->path[f], &why) < 0) {
			free(p);
			return -EINVAL;
		}
	}
	snprintf(p->source, sizeof p->source, "%s", source ? source : "");
	p->max_line = max_line ? max_line : ES_NDJSON_LINE_DEFAULT;
	p->arena_cap = p->max_line + 64;
	p->arena = malloc(p->arena_cap);
	p->on_post = on_post;
	p->on_error = on_error;
	p->ctx = ctx;
	if (!p->arena || make_handle(p) < 0) {
		es_ndjson_free(p);
		return -ENOMEM;
	}
	*out = p;
	return 0;
}

void es_ndjson_free(struct es_ndjson *p)
{
	if (!p)
		return;
	if (p->h)
		yajl_free(p->h);
	free(p->arena);
	free(p);
}
