/*
 * source_file.c — NDJSON from a file or stdin, paced or fast (source_file.h).
 *
 * Files are read with plain read() from an idle handle, at most READ_BUDGET
 * bytes an iteration so timers and Redis replies keep their turn; a regular
 * file never blocks for long. A pipe on stdin is read by libuv as data
 * arrives. At the recorded pace, lines are fed to the parser one at a time:
 * a post whose time has not come is copied aside (its strings belong to the
 * parser only during the callback) and released by a timer, and reading
 * waits until then.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "source_file.h"

#define CHUNK       (64u * 1024)
#define READ_BUDGET (256u * 1024)
#define PACE_JUMP_MAX_MS 60000 /* longest wait between two paced posts */

struct es_source_file {
	uv_loop_t *loop;
	const struct es_cfg_source *cfg;
	int fd;
	int is_pipe; /* stdin is a stream (pipe, terminal, socket) read by libuv */
	union {
		uv_pipe_t pipe;
		uv_tty_t tty;
		uv_tcp_t tcp;
	} h;
	int pace_due; /* the held post's time came while paused */
	uv_idle_t idle;
	uv_timer_t pace;
	int open_handles;
	struct es_ndjson *parser;
	char *buf;
	size_t len, off;
	int eof, paused, waiting, reading;
	uint64_t first_created_ms, start_ms;
	struct es_post held;
	char *held_buf;
	size_t held_cap;
	es_source_post_fn *fn;
	void *ctx;
	struct es_ratelimit rl;
};

/* ======================================================================== */
/* Holding a post until its time                                            */

static void copy_str(struct es_str *dst, const struct es_str *src, char **p)
{
	memcpy(*p, src->ptr, src->len);
	dst->ptr = *p;
	dst->len = src->len;
	*p += src->len;
}

static int hold(struct es_source_file *s, const struct es_post *in)
{
	size_t need = in->id.len + in->source.len + in->text.len + in->author.len + in->lang.len +
	              in->url.len + in->reply_to.len + 1;
	for (size_t i = 0; i < in->n_mentions; i++)
		need += in->mentions[i].len;
	if (need > s->held_cap) {
		char *b = realloc(s->held_buf, need);
		if (!b)
			return -ENOMEM;
		s->held_buf = b;
		s->held_cap = need;
	}
	char *p = s->held_buf;
	s->held = *in;
	copy_str(&s->held.id, &in->id, &p);
	copy_str(&s->held.source, &in->source, &p);
	copy_str(&s->held.text, &in->text, &p);
	copy_str(&s->held.author, &in->author, &p);
	copy_str(&s->held.lang, &in->lang, &p);
	copy_str(&s->held.url, &in->url, &p);
	copy_str(&s->held.reply_to, &in->reply_to, &p);
	for (size_t i = 0; i < in->n_mentions; i++)
		copy_str(&s->held.mentions[i], &in->mentions[i], &p);
	return 0;
}

static void start_reading(struct es_source_file *s);

static void on_pace(uv_timer_t *t)
{
	struct es_source_file *s = t->data;
	if (s->paused) {
		s->pace_due = 1; /* delivered on resume, not behind a pause or a stop */
		return;
	}
	s->waiting = 0;
	s->fn(s->ctx, &s->held);
	start_reading(s);
}

static void on_post(void *ctx, const struct es_post *post)
{
	struct es_source_file *s = ctx;
	if (s->cfg->pace_recorded && post->created_ms) {
		uint64_t now = es_wall_ms();
		if (!s->first_created_ms) {
			s->first_created_ms = post->created_ms;
			s->start_ms = now;
		}
		uint64_t offset = post->created_ms > s->first_created_ms
		                          ? (uint64_t)((double)(post->created_ms - s->first_created_ms) /
		                                       s->cfg->speed)
		                          : 0;
		uint64_t due = s->start_ms + offset;
		if (due > now + PACE_JUMP_MAX_MS) {
			/* A post far ahead of the recording (a bad clock, a gap): the replay
			 * continues from its time instead of waiting for it. */
			s->first_created_ms = post->created_ms;
			s->start_ms = now;
			due = now;
		}
		if (due > now && hold(s, post) == 0) {
			s->waiting = 1;
			uv_timer_start(&s->pace, on_pace, due - now, 0);
			return;
		}
	}
	s->fn(s->ctx, post);
}

static void on_parse_error(void *ctx, int err, const char *detail)
{
	struct es_source_file *s = ctx;
	const struct es_ndjson_stats *st = es_ndjson_stats(s->parser);
	es_log_rl(&s->rl, LOG_WARNING,
	          "source \"%s\": skipped a line: %s (malformed=%llu oversized=%llu no_text=%llu)",
	          s->cfg->name, detail, (unsigned long long)st->malformed,
	          (unsigned long long)st->oversized, (unsigned long long)st->no_text);
	(void)err;
}

/* ======================================================================== */
/* Reading                                                                  */

static void on_idle(uv_idle_t *h)
{
	struct es_source_file *s = h->data;
	size_t budget = READ_BUDGET;
	while (!s->paused && !s->waiting && budget > 0) {
		if (s->off == s->len) {
			ssize_t n = read(s->fd, s->buf, CHUNK);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				if (n < 0)
					es_log(LOG_ERR, "source \"%s\": read: %s", s->cfg->name, strerror(errno));
				es_ndjson_finish(s->parser);
				s->eof = 1;
				es_log(LOG_INFO, "source \"%s\": end of input (%llu posts)", s->cfg->name,
				       (unsigned long long)es_ndjson_stats(s->parser)->posts);
				break;
			}
			s->len = (size_t)n;
			s->off = 0;
			budget = budget > (size_t)n ? budget - (size_t)n : 0;
		}
		if (!s->cfg->pace_recorded) {
			es_ndjson_feed(s->parser, s->buf + s->off, s->len - s->off);
			s->off = s->len;
			continue;
		}
		/* Paced: one line at a time, so a held post stops the reading right after it. */
		const char *nl = memchr(s->buf + s->off, '\n', s->len - s->off);
		size_t take = nl ? (size_t)(nl - (s->buf + s->off)) + 1 : s->len - s->off;
		es_ndjson_feed(s->parser, s->buf + s->off, take);
		s->off += take;
	}
	if (s->paused || s->waiting || s->eof) {
		uv_idle_stop(&s->idle);
		s->reading = 0;
	}
}

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *b)
{
	struct es_source_file *s = h->data;
	(void)suggested;
	b->base = s->buf;
	b->len = CHUNK;
}

static void on_pipe_read(uv_stream_t *st, ssize_t n, const uv_buf_t *b)
{
	struct es_source_file *s = st->data;
	if (n > 0) {
		es_ndjson_feed(s->parser, b->base, (size_t)n);
	} else if (n < 0) {
		es_ndjson_finish(s->parser);
		s->eof = 1;
		uv_read_stop(st);
		s->reading = 0;
		if (n != UV_EOF)
			es_log(LOG_ERR, "source \"%s\": read: %s", s->cfg->name, uv_strerror((int)n));
		else
			es_log(LOG_INFO, "source \"%s\": end of input", s->cfg->name);
	}
}

static void start_reading(struct es_source_file *s)
{
	if (s->paused || s->waiting || s->eof || s->reading)
		return;
	s->reading = 1;
	if (s->is_pipe)
		uv_read_start((uv_stream_t *)&s->h, alloc_cb, on_pipe_read);
	else
		uv_idle_start(&s->idle, on_idle);
}

void es_source_file_pause(struct es_source_file *s)
{
	s->paused = 1;
	if (s->is_pipe && s->reading) {
		uv_read_stop((uv_stream_t *)&s->h);
		s->reading = 0;
	}
}

void es_source_file_resume(struct es_source_file *s)
{
	if (!s->paused)
		return;
	s->paused = 0;
	if (s->pace_due) {
		s->pace_due = 0;
		s->waiting = 0;
		s->fn(s->ctx, &s->held);
	}
	start_reading(s);
}

int es_source_file_eof(const struct es_source_file *s)
{
	return s->eof;
}

const struct es_ndjson_stats *es_source_file_stats(const struct es_source_file *s)
{
	return es_ndjson_stats(s->parser);
}

int es_source_file_new(uv_loop_t *loop, const struct es_cfg_source *cfg, es_source_post_fn *fn,
                       void *ctx, struct es_source_file **out)
{
	struct es_source_file *s = calloc(1, sizeof *s);
	if (!s)
		return -ENOMEM;
	s->loop = loop;
	s->cfg = cfg;
	s->fn = fn;
	s->ctx = ctx;
	s->fd = -1;
	s->buf = malloc(CHUNK);
	if (!s->buf ||
	    es_ndjson_new(&cfg->map, cfg->name, cfg->max_line, on_post, on_parse_error, s, &s->parser) < 0) {
		free(s->buf);
		free(s);
		return -ENOMEM;
	}
	uv_handle_type stdin_type = UV_UNKNOWN_HANDLE;
	if (cfg->type == ES_SRC_STDIN) {
		s->fd = 0;
		/* A pipe, terminal or socket is read by libuv; a blocking read() of one
		 * inside the loop would freeze timers, Redis and signals. */
		stdin_type = uv_guess_handle(0);
		s->is_pipe = stdin_type == UV_NAMED_PIPE || stdin_type == UV_TTY || stdin_type == UV_TCP;
	} else {
		s->fd = open(cfg->path, O_RDONLY | O_CLOEXEC);
		if (s->fd < 0) {
			int e = -errno;
			es_ndjson_free(s->parser);
			free(s->buf);
			free(s);
			return e;
		}
	}
	uv_idle_init(loop, &s->idle);
	uv_timer_init(loop, &s->pace);
	s->idle.data = s->pace.data = s;
	s->open_handles = 2;
	if (s->is_pipe) {
		if (stdin_type == UV_TTY) {
			uv_tty_init(loop, &s->h.tty, 0, 1);
		} else if (stdin_type == UV_TCP) {
			uv_tcp_init(loop, &s->h.tcp);
			uv_tcp_open(&s->h.tcp, 0);
		} else {
			uv_pipe_init(loop, &s->h.pipe, 0);
			uv_pipe_open(&s->h.pipe, 0);
		}
		s->h.pipe.data = s;
		s->open_handles++;
	}
	start_reading(s);
	*out = s;
	return 0;
}

static void on_closed(uv_handle_t *h)
{
	struct es_source_file *s = h->data;
	if (--s->open_handles > 0)
		return;
	if (s->fd > 0)
		close(s->fd);
	es_ndjson_free(s->parser);
	free(s->held_buf);
	free(s->buf);
	free(s);
}

void es_source_file_free(struct es_source_file *s)
{
	if (!s)
		return;
	uv_close((uv_handle_t *)&s->idle, on_closed);
	uv_close((uv_handle_t *)&s->pace, on_closed);
	if (s->is_pipe)
		uv_close((uv_handle_t *)&s->h, on_closed);
}
