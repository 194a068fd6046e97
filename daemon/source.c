/*
 * source.c — opening a source by its type (source.h), and the file/stdin
 * reader (source_file.c) seen through the common interface.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "source.h"
#include "stream.h"
#include "source_file.h"

struct file_source {
	struct es_source base;
	struct es_source_file *f;
	uint64_t seen_posts, last_post_ms;
	es_source_post_fn *post;
	void *ctx;
};

uint64_t es_wall_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

int es_source_cursor_load(const struct es_source_env *env, const struct es_cfg_source *cfg,
                          char *buf, size_t cap, const char *without)
{
	if (!env->cursor_get)
		return -ENOENT;
	int rc = env->cursor_get(env->ctx, cfg->name, buf, cap);
	if (rc == 0)
		es_log(LOG_INFO, "source \"%s\": resuming from the saved cursor %s", cfg->name, buf);
	else if (rc != -ENOENT)
		es_log(LOG_WARNING, "source \"%s\": cannot read the saved cursor (Redis down?); %s",
		       cfg->name, without);
	return rc;
}

void es_source_stream_pause(struct es_source *s)
{
	es_stream_pause(s->stream);
}

void es_source_stream_resume(struct es_source *s)
{
	es_stream_resume(s->stream);
}

void es_source_base_url(const char *url, char *out, size_t cap)
{
	snprintf(out, cap, "%s", url);
	size_t n = strlen(out);
	while (n > 0 && out[n - 1] == '/')
		out[--n] = '\0';
}

static void file_post(void *ctx, const struct es_post *post)
{
	struct file_source *s = ctx;
	s->last_post_ms = es_wall_ms();
	s->post(s->ctx, post);
}

static void file_pause(struct es_source *b)
{
	es_source_file_pause(((struct file_source *)b)->f);
}

static void file_resume(struct es_source *b)
{
	es_source_file_resume(((struct file_source *)b)->f);
}

static void file_stats(const struct es_source *b, struct es_source_stats *o)
{
	const struct file_source *s = (const struct file_source *)b;
	const struct es_ndjson_stats *ns = es_source_file_stats(s->f);
	memset(o, 0, sizeof *o);
	o->bytes = ns->bytes;
	o->posts = ns->posts;
	o->malformed = ns->malformed;
	o->oversized = ns->oversized;
	o->no_text = ns->no_text;
	o->last_post_ms = s->last_post_ms;
	snprintf(o->state, sizeof o->state, "%s", es_source_file_eof(s->f) ? "end of input" : "reading");
}

static void file_free(struct es_source *b)
{
	struct file_source *s = (struct file_source *)b;
	es_source_file_free(s->f);
	free(s);
}

static const struct es_source_ops file_ops = {file_pause, file_resume, file_stats, file_free, NULL, NULL};

int es_source_open(const struct es_source_env *env, const struct es_cfg_source *cfg,
                   struct es_source **out, char *err, size_t errlen)
{
	switch (cfg->type) {
	case ES_SRC_FILE:
	case ES_SRC_STDIN: {
		struct file_source *s = calloc(1, sizeof *s);
		if (!s)
			return -ENOMEM;
		s->base.ops = &file_ops;
		s->base.cfg = cfg;
		s->post = env->post;
		s->ctx = env->ctx;
		int rc = es_source_file_new(env->loop, cfg, file_post, s, &s->f);
		if (rc < 0) {
			snprintf(err, errlen, "source \"%s\": cannot open %s: %s", cfg->name,
			         cfg->path ? cfg->path : "stdin", strerror(-rc));
			free(s);
			return rc;
		}
		*out = &s->base;
		return 0;
	}
	case ES_SRC_HTTP:
		return es_source_http_open(env, cfg, out, err, errlen);
	case ES_SRC_JETSTREAM:
		return es_source_jetstream_open(env, cfg, out, err, errlen);
	case ES_SRC_MASTODON:
		return es_source_mastodon_open(env, cfg, out, err, errlen);
	case ES_SRC_X:
		return es_source_x_open(env, cfg, out, err, errlen);
	case ES_SRC_TYPE_COUNT:
		break;
	}
	snprintf(err, errlen, "source \"%s\": unknown type", cfg->name);
	return -EINVAL;
}
