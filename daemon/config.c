/*
 * config.c — parse and validate earshotd's INI configuration (config.h).
 *
 * inih does the INI syntax; we feed it through our own line reader, which
 * counts lines (Debian's inih does not pass line numbers to handlers), sees
 * section headers (so empty and unknown sections are caught) and refuses lines
 * longer than ES_CFG_LINE_MAX instead of letting them be split silently.
 * Multi-line values are off: with them inih takes an indented "key = value"
 * line as the continuation of the key before, a trap in a hand-edited file.
 *
 * The handler fills the struct key by key and rejects unknown keys and bad
 * values with "file:line: reason"; what depends on several keys (a source's
 * type and its path, a brand's query, overrides and alerts, secret files) is
 * checked once the file has been read, at the line of the key or section it
 * concerns. The first error wins.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ini.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"

#define CFG_FILE_MAX  (16u << 20) /* a config file larger than this is refused */
#define SOURCES_MAX   256
#define BRANDS_MAX    100000

enum section { SEC_NONE, SEC_DAEMON, SEC_REDIS, SEC_WEBHOOK, SEC_SOURCE, SEC_BRAND };

/* What a brand collects while the file is read; compiled at the end. */
struct brand_extra {
	char *overlay;     /* "@lang any\n" + one override per line */
	size_t ov_len, ov_cap;
	unsigned *ov_lines; /* config line of each overlay line (index = overlay line) */
	size_t ov_n;
	unsigned query_line;
	unsigned alert_line[ES_ALERT_TYPE_COUNT];
};

struct parse {
	struct es_config *cfg;
	const char *name;
	char dir[PATH_MAX];
	/* reader */
	const char *text;
	size_t pos, len;
	unsigned line;
	unsigned section_line;  /* line of the last section header */
	/* handler */
	char section[256];
	enum section sec;
	struct es_cfg_source *src;
	struct es_cfg_brand *brand;
	struct brand_extra *bx;
	struct brand_extra *extras; /* parallel to cfg->brands */
	size_t cap_sources, cap_brands;
	char seen[64][64]; /* keys given in the current section */
	size_t n_seen;
	/* first error */
	char *err;
	size_t errlen;
	int failed;
};

static void fail_at(struct parse *p, unsigned line, const char *fmt, ...)
{
	if (p->failed)
		return;
	p->failed = 1;
	int n = line ? snprintf(p->err, p->errlen, "%s:%u: ", p->name, line)
	             : snprintf(p->err, p->errlen, "%s: ", p->name);
	if (n < 0 || (size_t)n >= p->errlen)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
	va_end(ap);
}

/* ======================================================================== */
/* Values                                                                   */

int es_parse_duration_ms(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (end == s || errno || *s == '-')
		return -EINVAL;
	uint64_t mul;
	if (strcmp(end, "ms") == 0)
		mul = 1;
	else if (strcmp(end, "s") == 0 || *end == '\0')
		mul = 1000;
	else if (strcmp(end, "m") == 0 || strcmp(end, "min") == 0)
		mul = 60000;
	else if (strcmp(end, "h") == 0)
		mul = 3600000;
	else if (strcmp(end, "d") == 0)
		mul = 86400000;
	else
		return -EINVAL;
	if (v > UINT64_MAX / mul)
		return -EINVAL;
	*out = v * mul;
	return 0;
}

int es_parse_size(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (end == s || errno || *s == '-')
		return -EINVAL;
	unsigned long long mul;
	if (*end == '\0' || strcmp(end, "B") == 0)
		mul = 1;
	else if (strcmp(end, "K") == 0 || strcmp(end, "KiB") == 0)
		mul = 1ULL << 10;
	else if (strcmp(end, "M") == 0 || strcmp(end, "MiB") == 0)
		mul = 1ULL << 20;
	else if (strcmp(end, "G") == 0 || strcmp(end, "GiB") == 0)
		mul = 1ULL << 30;
	else
		return -EINVAL;
	if (v > SIZE_MAX / mul)
		return -EINVAL;
	*out = (size_t)(v * mul);
	return 0;
}

static int parse_bool(const char *v, int *out)
{
	static const char *const yes[] = {"on", "yes", "true", "1"};
	static const char *const no[] = {"off", "no", "false", "0"};
	for (size_t i = 0; i < 4; i++) {
		if (strcmp(v, yes[i]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcmp(v, no[i]) == 0) {
			*out = 0;
			return 0;
		}
	}
	return -EINVAL;
}

static int parse_double(const char *v, double *out)
{
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	if (end == v || *end || errno)
		return -EINVAL;
	*out = d;
	return 0;
}

static int parse_uint(const char *v, unsigned long long max, unsigned long long *out)
{
	char *end;
	errno = 0;
	unsigned long long u = strtoull(v, &end, 10);
	if (end == v || *end || errno || *v == '-' || u > max)
		return -EINVAL;
	*out = u;
	return 0;
}

/*
 * Source and brand names: a-z 0-9 _ -, at most ES_SECTION_NAME_MAX (inih keeps
 * 50 bytes of a section header, "brand " included), also used as the prefix rule.
 */
static int valid_name(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > ES_SECTION_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '_' ||
		      s[i] == '-'))
			return 0;
	return 1;
}

/* A handle: letters, digits, '_', '.', '-' and '@' (Mastodon's user@host); without a leading '@'. */
static int valid_handle(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n >= ES_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(isalnum((unsigned char)s[i]) || strchr("_.-@:", s[i]))) /* ':' for DIDs */
			return 0;
	return 1;
}

static int valid_lang(const char *s)
{
	size_t n = strlen(s);
	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!islower((unsigned char)s[i]))
			return 0;
	return 1;
}

static char *dup_str(struct parse *p, const char *v)
{
	char *s = strdup(v);
	if (!s)
		fail_at(p, p->line, "out of memory");
	return s;
}

/* Replace *dst with a copy of v (keys given twice keep the last value). */
static int set_str(struct parse *p, char **dst, const char *v)
{
	char *s = dup_str(p, v);
	if (!s)
		return 0;
	free(*dst);
	*dst = s;
	return 1;
}

/* A path relative to the config file's directory, absolute paths as they are. */
static int set_path(struct parse *p, char **dst, const char *v)
{
	if (v[0] == '/' || strncmp(v, "credential:", 11) == 0 || p->dir[0] == '\0')
		return set_str(p, dst, v);
	char buf[PATH_MAX];
	int n = snprintf(buf, sizeof buf, "%s/%s", p->dir, v);
	if (n < 0 || (size_t)n >= sizeof buf) {
		fail_at(p, p->line, "path too long");
		return 0;
	}
	return set_str(p, dst, buf);
}

/* Split a list of words separated by spaces or commas; calls fn for each. */
static int each_word(struct parse *p, const char *v, int (*fn)(struct parse *, const char *))
{
	char buf[ES_CFG_LINE_MAX];
	snprintf(buf, sizeof buf, "%s", v);
	char *save = NULL;
	for (char *w = strtok_r(buf, " ,\t", &save); w; w = strtok_r(NULL, " ,\t", &save))
		if (!fn(p, w))
			return 0;
	return 1;
}

static int add_daemon_lang(struct parse *p, const char *w)
{
	if (!valid_lang(w)) {
		fail_at(p, p->line, "languages: '%s' is not an ISO 639 code", w);
		return 0;
	}
	if (p->cfg->n_langs == ES_CFG_LANGS_MAX) {
		fail_at(p, p->line, "languages: more than %d", ES_CFG_LANGS_MAX);
		return 0;
	}
	snprintf(p->cfg->langs[p->cfg->n_langs++], 8, "%s", w);
	return 1;
}

static int add_brand_lang(struct parse *p, const char *w)
{
	struct es_cfg_brand *b = p->brand;
	if (!valid_lang(w)) {
		fail_at(p, p->line, "languages: '%s' is not an ISO 639 code", w);
		return 0;
	}
	if (b->n_langs == ES_CFG_LANGS_MAX) {
		fail_at(p, p->line, "languages: more than %d", ES_CFG_LANGS_MAX);
		return 0;
	}
	snprintf(b->langs[b->n_langs++], 8, "%s", w);
	return 1;
}

static int add_handle(struct parse *p, const char *w)
{
	struct es_cfg_brand *b = p->brand;
	if (w[0] == '@')
		w++;
	if (!valid_handle(w)) {
		fail_at(p, p->line, "handles: '%s' is not a handle", w);
		return 0;
	}
	if (b->n_handles == ES_HANDLES_MAX) {
		fail_at(p, p->line, "handles: more than %d", ES_HANDLES_MAX);
		return 0;
	}
	snprintf(b->handles[b->n_handles++], ES_NAME_MAX, "%s", w);
	return 1;
}

/* ======================================================================== */
/* Sections                                                                 */

static struct es_cfg_source *new_source(struct parse *p, const char *name)
{
	struct es_config *c = p->cfg;
	for (size_t i = 0; i < c->n_sources; i++)
		if (strcmp(c->sources[i].name, name) == 0) {
			fail_at(p, p->section_line, "source '%s' defined twice", name);
			return NULL;
		}
	if (c->n_sources == SOURCES_MAX) {
		fail_at(p, p->section_line, "more than %d sources", SOURCES_MAX);
		return NULL;
	}
	if (c->n_sources == p->cap_sources) {
		size_t cap = p->cap_sources ? 2 * p->cap_sources : 4;
		struct es_cfg_source *s = realloc(c->sources, cap * sizeof *s);
		if (!s) {
			fail_at(p, p->line, "out of memory");
			return NULL;
		}
		c->sources = s;
		p->cap_sources = cap;
	}
	struct es_cfg_source *s = &c->sources[c->n_sources++];
	memset(s, 0, sizeof *s);
	snprintf(s->name, sizeof s->name, "%.*s", (int)sizeof s->name - 1, name);
	s->type = ES_SRC_FILE;
	s->speed = 1.0;
	s->max_line = ES_NDJSON_LINE_DEFAULT;
	s->backfill = 1;
	s->backfill_pages = 25;
	s->rewind_ms = 5000;
	s->cursor_ms = 5000;
	s->max_rules = 1000;
	s->max_rule_len = 1024;
	es_fieldmap_default(&s->map);
	s->line = p->section_line;
	return s;
}

static struct es_cfg_brand *new_brand(struct parse *p, const char *name)
{
	struct es_config *c = p->cfg;
	for (size_t i = 0; i < c->n_brands; i++)
		if (strcmp(c->brands[i].name, name) == 0) {
			fail_at(p, p->section_line, "brand '%s' defined twice", name);
			return NULL;
		}
	if (c->n_brands == BRANDS_MAX) {
		fail_at(p, p->section_line, "more than %d brands", BRANDS_MAX);
		return NULL;
	}
	if (c->n_brands == p->cap_brands) {
		size_t cap = p->cap_brands ? 2 * p->cap_brands : 8;
		struct es_cfg_brand *b = realloc(c->brands, cap * sizeof *b);
		if (!b) {
			fail_at(p, p->line, "out of memory");
			return NULL;
		}
		c->brands = b;
		struct brand_extra *x = realloc(p->extras, cap * sizeof *x);
		if (!x) {
			fail_at(p, p->line, "out of memory");
			return NULL;
		}
		p->extras = x;
		p->cap_brands = cap;
	}
	struct es_cfg_brand *b = &c->brands[c->n_brands];
	memset(b, 0, sizeof *b);
	memset(&p->extras[c->n_brands], 0, sizeof p->extras[0]);
	c->n_brands++;
	snprintf(b->name, sizeof b->name, "%.*s", (int)sizeof b->name - 1, name);
	b->line = p->section_line;
	for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++) {
		es_detector_defaults((enum es_alert_type)t, &b->alert[t].det);
		b->alert[t].enabled = 1;
	}
	return b;
}

/* Enter the section named s (called when the handler sees a new one). */
static int enter_section(struct parse *p, const char *s)
{
	snprintf(p->section, sizeof p->section, "%s", s);
	p->src = NULL;
	p->brand = NULL;
	p->bx = NULL;
	p->n_seen = 0;
	if (strcmp(s, "daemon") == 0) {
		p->sec = SEC_DAEMON;
	} else if (strcmp(s, "redis") == 0) {
		p->sec = SEC_REDIS;
	} else if (strcmp(s, "webhook") == 0) {
		p->sec = SEC_WEBHOOK;
	} else if (strncmp(s, "source ", 7) == 0 || strncmp(s, "brand ", 6) == 0) {
		int is_src = s[0] == 's';
		const char *name = s + (is_src ? 7 : 6);
		while (*name == ' ' || *name == '"')
			name++;
		char nb[ES_NAME_MAX + 8];
		snprintf(nb, sizeof nb, "%s", name);
		size_t nl = strlen(nb);
		while (nl && (nb[nl - 1] == '"' || nb[nl - 1] == ' '))
			nb[--nl] = '\0';
		if (!valid_name(nb)) {
			fail_at(p, p->section_line,
			        "%s name '%s' must be 1-40 characters of a-z 0-9 _ -",
			        is_src ? "source" : "brand", nb);
			return 0;
		}
		if (is_src) {
			p->sec = SEC_SOURCE;
			p->src = new_source(p, nb);
			return p->src != NULL;
		}
		p->sec = SEC_BRAND;
		p->brand = new_brand(p, nb);
		if (p->brand)
			p->bx = &p->extras[p->brand - p->cfg->brands];
		return p->brand != NULL;
	} else {
		fail_at(p, p->section_line,
		        "unknown section [%s] (daemon, redis, webhook, source NAME, brand NAME)", s);
		return 0;
	}
	return 1;
}

/* ======================================================================== */
/* Keys                                                                     */

static int key_daemon(struct parse *p, const char *k, const char *v)
{
	struct es_config *c = p->cfg;
	if (strcmp(k, "state_dir") == 0)
		return set_path(p, &c->state_dir, v);
	if (strcmp(k, "lexicons") == 0)
		return set_path(p, &c->lexicon_dir, v);
	if (strcmp(k, "languages") == 0) {
		c->n_langs = 0;
		return each_word(p, v, add_daemon_lang);
	}
	if (strcmp(k, "flush_interval") == 0) {
		if (es_parse_duration_ms(v, &c->flush_ms) || c->flush_ms < 100 || c->flush_ms > 60000) {
			fail_at(p, p->line, "flush_interval: '%s' is not a duration in [100ms, 60s]", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "checkpoint_interval") == 0) {
		if (es_parse_duration_ms(v, &c->checkpoint_ms) || c->checkpoint_ms < 1000 ||
		    c->checkpoint_ms > 3600000) {
			fail_at(p, p->line, "checkpoint_interval: '%s' is not a duration in [1s, 1h]", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "shutdown_grace") == 0) {
		if (es_parse_duration_ms(v, &c->grace_ms) || c->grace_ms > 600000) {
			fail_at(p, p->line, "shutdown_grace: '%s' is not a duration up to 10m", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "queue_max") == 0 || strcmp(k, "spool_max") == 0) {
		size_t *dst = k[0] == 'q' ? &c->queue_max : &c->spool_max;
		if (es_parse_size(v, dst) || *dst < 65536) {
			fail_at(p, p->line, "%s: '%s' is not a size of at least 64KiB", k, v);
			return 0;
		}
		return 1;
	}
	fail_at(p, p->line, "unknown key '%s' in [daemon]", k);
	return 0;
}

static int key_redis(struct parse *p, const char *k, const char *v)
{
	struct es_config *c = p->cfg;
	if (strcmp(k, "address") == 0) {
		if (strncmp(v, "unix:", 5) == 0) {
			if (v[5] != '/') {
				fail_at(p, p->line, "address: unix socket path must be absolute");
				return 0;
			}
			free(c->redis_host);
			c->redis_host = NULL;
			return set_str(p, &c->redis_unix, v + 5);
		}
		const char *colon = strrchr(v, ':');
		unsigned long long port = 6379;
		char host[256];
		size_t hl = colon ? (size_t)(colon - v) : strlen(v);
		if (hl == 0 || hl >= sizeof host ||
		    (colon && parse_uint(colon + 1, 65535, &port)) || port == 0) {
			fail_at(p, p->line, "address: '%s' is not host:port or unix:/path", v);
			return 0;
		}
		memcpy(host, v, hl);
		host[hl] = '\0';
		c->redis_port = (int)port;
		free(c->redis_unix);
		c->redis_unix = NULL;
		return set_str(p, &c->redis_host, host);
	}
	if (strcmp(k, "password_file") == 0) {
		/* Read later, once the whole file is known to be valid. */
		return set_path(p, &c->redis_password, v);
	}
	if (strcmp(k, "prefix") == 0) {
		if (!valid_name(v)) {
			fail_at(p, p->line, "prefix: '%s' must be 1-40 characters of a-z 0-9 _ -", v);
			return 0;
		}
		return set_str(p, &c->prefix, v);
	}
	if (strcmp(k, "mentions_maxlen") == 0) {
		unsigned long long u;
		if (parse_uint(v, 10000000, &u) || u < 10) {
			fail_at(p, p->line, "mentions_maxlen: '%s' is not a number in [10, 10000000]", v);
			return 0;
		}
		c->mentions_maxlen = (size_t)u;
		return 1;
	}
	if (strcmp(k, "retention_minutes") == 0 || strcmp(k, "retention_hours") == 0) {
		uint64_t *dst = k[10] == 'm' ? &c->retention_minute_ms : &c->retention_hour_ms;
		if (es_parse_duration_ms(v, dst) || *dst < 3600000) {
			fail_at(p, p->line, "%s: '%s' is not a duration of at least 1h", k, v);
			return 0;
		}
		return 1;
	}
	fail_at(p, p->line, "unknown key '%s' in [redis]", k);
	return 0;
}

static int key_webhook(struct parse *p, const char *k, const char *v)
{
	struct es_config *c = p->cfg;
	if (strcmp(k, "url") == 0) {
		if (strncmp(v, "https://", 8) != 0 && strncmp(v, "http://", 7) != 0) {
			fail_at(p, p->line, "url: '%s' is not an http(s) URL", v);
			return 0;
		}
		return set_str(p, &c->webhook_url, v);
	}
	if (strcmp(k, "token_file") == 0)
		return set_path(p, &c->webhook_token, v);
	if (strcmp(k, "timeout") == 0) {
		if (es_parse_duration_ms(v, &c->webhook_timeout_ms) || c->webhook_timeout_ms < 100) {
			fail_at(p, p->line, "timeout: '%s' is not a duration of at least 100ms", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "retries") == 0) {
		unsigned long long u;
		if (parse_uint(v, 100, &u)) {
			fail_at(p, p->line, "retries: '%s' is not a number in [0, 100]", v);
			return 0;
		}
		c->webhook_retries = (unsigned)u;
		return 1;
	}
	fail_at(p, p->line, "unknown key '%s' in [webhook]", k);
	return 0;
}

const char *es_src_type_name(enum es_src_type t)
{
	static const char *const names[ES_SRC_TYPE_COUNT] = {
	        [ES_SRC_FILE] = "file", [ES_SRC_STDIN] = "stdin",         [ES_SRC_HTTP] = "http",
	        [ES_SRC_X] = "x",       [ES_SRC_MASTODON] = "mastodon", [ES_SRC_JETSTREAM] = "jetstream"};
	return (unsigned)t < ES_SRC_TYPE_COUNT ? names[t] : "?";
}

static int key_source(struct parse *p, const char *k, const char *v)
{
	struct es_cfg_source *s = p->src;
	if (strcmp(k, "type") == 0) {
		int t = ES_SRC_TYPE_COUNT;
		while (t-- > 0 && strcmp(v, es_src_type_name((enum es_src_type)t)) != 0)
			;
		if (t >= 0)
			s->type = (enum es_src_type)t;
		else {
			fail_at(p, p->line, "type: '%s' is not file, stdin, http, x, mastodon or jetstream",
			        v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "backfill") == 0 || strcmp(k, "include_reposts") == 0) {
		int *dst = k[0] == 'b' ? &s->backfill : &s->include_reposts;
		if (strcmp(v, "true") == 0 || strcmp(v, "yes") == 0 || strcmp(v, "on") == 0)
			*dst = 1;
		else if (strcmp(v, "false") == 0 || strcmp(v, "no") == 0 || strcmp(v, "off") == 0)
			*dst = 0;
		else {
			fail_at(p, p->line, "%s: '%s' is not true or false", k, v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "backfill_pages") == 0 || strcmp(k, "max_rules") == 0 ||
	    strcmp(k, "max_rule_length") == 0) {
		unsigned long long u;
		int rules = strcmp(k, "max_rules") == 0;
		unsigned long long hi = k[0] == 'b' ? 1000 : rules ? 100000 : 4096;
		if (parse_uint(v, hi, &u) || u == 0) {
			fail_at(p, p->line, "%s: '%s' is not a number in [1, %llu]", k, v, hi);
			return 0;
		}
		*(k[0] == 'b' ? &s->backfill_pages : rules ? &s->max_rules : &s->max_rule_len) =
		        (unsigned)u;
		return 1;
	}
	if (strcmp(k, "stream") == 0) {
		if (strcmp(v, "public") && strcmp(v, "public:local") && strcmp(v, "public:remote") &&
		    strcmp(v, "hashtag") && strcmp(v, "hashtag:local")) {
			fail_at(p, p->line,
			        "stream: '%s' is not public, public:local, public:remote, hashtag or "
			        "hashtag:local", v);
			return 0;
		}
		return set_str(p, &s->stream, v);
	}
	if (strcmp(k, "tag") == 0) {
		const char *t = v[0] == '#' ? v + 1 : v;
		for (const char *c = t; *c; c++)
			if (!(isalnum((unsigned char)*c) || *c == '_' || (unsigned char)*c >= 0x80)) {
				fail_at(p, p->line, "tag: '%s' is not a hashtag", v);
				return 0;
			}
		if (!*t) {
			fail_at(p, p->line, "tag: empty");
			return 0;
		}
		return set_str(p, &s->tag, t);
	}
	if (strcmp(k, "rewind") == 0 || strcmp(k, "cursor_interval") == 0) {
		uint64_t *dst = k[0] == 'r' ? &s->rewind_ms : &s->cursor_ms;
		if (es_parse_duration_ms(v, dst) || *dst > 3600000 || (k[0] == 'c' && *dst < 100)) {
			fail_at(p, p->line, "%s: '%s' is not a duration up to 1h", k, v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "format") == 0) {
		if (strcmp(v, "ndjson") == 0)
			s->format = ES_FMT_NDJSON;
		else if (strcmp(v, "sse") == 0)
			s->format = ES_FMT_SSE;
		else {
			fail_at(p, p->line, "format: '%s' is not ndjson or sse", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "path") == 0)
		return set_path(p, &s->path, v);
	if (strcmp(k, "url") == 0) {
		/* One URL; a jetstream source may list several hosts, tried in turn. */
		char buf[ES_CFG_LINE_MAX];
		snprintf(buf, sizeof buf, "%s", v);
		int n = 0;
		for (char *save = NULL, *w = strtok_r(buf, " \t", &save); w;
		     w = strtok_r(NULL, " \t", &save), n++) {
			int http = strncmp(w, "https://", 8) == 0 || strncmp(w, "http://", 7) == 0;
			int ws = strncmp(w, "wss://", 6) == 0 || strncmp(w, "ws://", 5) == 0;
			if (!http && !ws) {
				fail_at(p, p->line, "url: '%s' is not an http(s) or ws(s) URL", w);
				return 0;
			}
		}
		if (n == 0) {
			fail_at(p, p->line, "url: empty");
			return 0;
		}
		return set_str(p, &s->url, v);
	}
	if (strcmp(k, "token_file") == 0)
		return set_path(p, &s->token, v);
	if (strcmp(k, "pace") == 0) {
		if (strcmp(v, "recorded") == 0)
			s->pace_recorded = 1;
		else if (strcmp(v, "fast") == 0)
			s->pace_recorded = 0;
		else {
			fail_at(p, p->line, "pace: '%s' is not recorded or fast", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "speed") == 0) {
		if (parse_double(v, &s->speed) || !(s->speed >= 0.01 && s->speed <= 10000)) {
			fail_at(p, p->line, "speed: '%s' is not a number in [0.01, 10000]", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "max_line") == 0) {
		if (es_parse_size(v, &s->max_line) || s->max_line < 1024 || s->max_line > (64u << 20)) {
			fail_at(p, p->line, "max_line: '%s' is not a size in [1KiB, 64MiB]", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "stall_timeout") == 0) {
		if (es_parse_duration_ms(v, &s->stall_ms) || s->stall_ms < 1000 ||
		    s->stall_ms > 3600000) {
			fail_at(p, p->line, "stall_timeout: '%s' is not a duration in [1s, 1h]", v);
			return 0;
		}
		return 1;
	}
	if (strcmp(k, "ca_file") == 0)
		return set_path(p, &s->ca_file, v);
	if (strcmp(k, "silent_after") == 0) {
		if (es_parse_duration_ms(v, &s->silent_after_ms)) {
			fail_at(p, p->line, "silent_after: '%s' is not a duration", v);
			return 0;
		}
		return 1;
	}
	if (strncmp(k, "field.", 6) == 0) {
		enum es_field f;
		const char *why = NULL;
		if (es_field_parse(k + 6, &f) < 0) {
			fail_at(p, p->line, "unknown field '%s' (id text author lang url reply_to created "
			                    "mentions is_reply is_repost)", k + 6);
			return 0;
		}
		if (es_fieldmap_set(&s->map, f, v, &why) < 0) {
			fail_at(p, p->line, "%s: %s", k, why ? why : "bad path");
			return 0;
		}
		return 1;
	}
	fail_at(p, p->line, "unknown key '%s' in [source %s]", k, s->name);
	return 0;
}

static int overlay_append(struct parse *p, const char *v)
{
	struct brand_extra *x = p->bx;
	size_t vl = strlen(v);
	if (x->ov_len == 0) {
		/* Line 1 of the overlay text: its header, not from the config file. */
		static const char head[] = "@lang any\n";
		x->ov_cap = 256;
		x->overlay = malloc(x->ov_cap);
		x->ov_lines = malloc(64 * sizeof *x->ov_lines);
		if (!x->overlay || !x->ov_lines) {
			fail_at(p, p->line, "out of memory");
			return 0;
		}
		memcpy(x->overlay, head, sizeof head - 1);
		x->ov_len = sizeof head - 1;
		x->ov_lines[0] = 0;
		x->ov_lines[1] = 0;
		x->ov_n = 2;
	}
	if (x->ov_len + vl + 2 > x->ov_cap) {
		size_t cap = (x->ov_len + vl + 2) * 2;
		char *t = realloc(x->overlay, cap);
		if (!t) {
			fail_at(p, p->line, "out of memory");
			return 0;
		}
		x->overlay = t;
		x->ov_cap = cap;
	}
	if ((x->ov_n & (x->ov_n - 1)) == 0 && x->ov_n >= 64) {
		unsigned *l = realloc(x->ov_lines, 2 * x->ov_n * sizeof *l);
		if (!l) {
			fail_at(p, p->line, "out of memory");
			return 0;
		}
		x->ov_lines = l;
	}
	memcpy(x->overlay + x->ov_len, v, vl);
	x->ov_len += vl;
	x->overlay[x->ov_len++] = '\n';
	x->overlay[x->ov_len] = '\0';
	x->ov_lines[x->ov_n++] = p->line;
	return 1;
}

static int key_alert(struct parse *p, const char *k, const char *v)
{
	/* alert.TYPE = on|off, alert.TYPE.PARAM = value */
	char type[64];
	const char *dot = strchr(k, '.');
	size_t tl = dot ? (size_t)(dot - k) : strlen(k);
	if (tl >= sizeof type) {
		fail_at(p, p->line, "unknown alert 'alert.%s'", k);
		return 0;
	}
	memcpy(type, k, tl);
	type[tl] = '\0';
	enum es_alert_type t;
	if (es_alert_type_parse(type, &t) < 0) {
		fail_at(p, p->line, "unknown alert type '%s' (sentiment_drop negative_share "
		                    "volume_spike flatline)", type);
		return 0;
	}
	struct es_cfg_alert *a = &p->brand->alert[t];
	struct es_detector_cfg *d = &a->det;
	p->bx->alert_line[t] = p->line;
	if (!dot) {
		if (parse_bool(v, &a->enabled)) {
			fail_at(p, p->line, "alert.%s: '%s' is not on or off", type, v);
			return 0;
		}
		return 1;
	}
	const char *param = dot + 1;
	unsigned long long u;
	int bad = 0;
	if (strcmp(param, "window") == 0) {
		static const char *const w[] = {"1m", "5m", "15m", "1h"};
		bad = 1;
		for (int i = 0; i < 4; i++)
			if (strcmp(v, w[i]) == 0) {
				d->window = (enum es_window)i;
				bad = 0;
			}
	} else if (strcmp(param, "min_mentions") == 0 || strcmp(param, "min_baseline") == 0) {
		bad = parse_uint(v, 10000000, &u);
		if (!bad)
			*(param[4] == 'm' ? &d->min_mentions : &d->min_baseline) = (uint32_t)u;
	} else if (strcmp(param, "warmup") == 0) {
		bad = es_parse_duration_ms(v, &d->warmup_ms);
	} else if (strcmp(param, "cooldown") == 0) {
		bad = es_parse_duration_ms(v, &d->cooldown_ms);
	} else if (strcmp(param, "threshold") == 0) {
		bad = parse_double(v, &d->threshold);
	} else if (strcmp(param, "k") == 0) {
		bad = parse_double(v, &d->k);
	} else if (strcmp(param, "clear") == 0) {
		bad = parse_double(v, &d->clear);
	} else {
		fail_at(p, p->line, "unknown alert setting '%s' (window min_mentions min_baseline "
		                    "warmup cooldown threshold k clear)", param);
		return 0;
	}
	if (bad) {
		fail_at(p, p->line, "alert.%s.%s: bad value '%s'", type, param, v);
		return 0;
	}
	return 1;
}

static int key_brand(struct parse *p, const char *k, const char *v)
{
	struct es_cfg_brand *b = p->brand;
	if (strcmp(k, "query") == 0) {
		p->bx->query_line = p->line;
		return set_str(p, &b->query_text, v);
	}
	if (strcmp(k, "handles") == 0)
		return each_word(p, v, add_handle);
	if (strcmp(k, "languages") == 0)
		return each_word(p, v, add_brand_lang);
	if (strcmp(k, "override") == 0)
		return overlay_append(p, v);
	if (strncmp(k, "alert.", 6) == 0)
		return key_alert(p, k + 6, v);
	fail_at(p, p->line, "unknown key '%s' in [brand %s]", k, b->name);
	return 0;
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
	struct parse *p = user;
	if (p->failed)
		return 0;
	if (strcmp(section, p->section) != 0 || p->sec == SEC_NONE) {
		if (section[0] == '\0') {
			fail_at(p, p->line, "'%s' outside of any [section]", name);
			return 0;
		}
		if (!enter_section(p, section))
			return 0;
	}
	/* Only "override" may repeat (one override per line). */
	if (strcmp(name, "override") != 0) {
		for (size_t i = 0; i < p->n_seen; i++)
			if (strcmp(p->seen[i], name) == 0) {
				fail_at(p, p->line, "key '%s' given twice in [%s]", name, section);
				return 0;
			}
		if (p->n_seen < 64)
			snprintf(p->seen[p->n_seen++], sizeof p->seen[0], "%s", name);
	}
	switch (p->sec) {
	case SEC_DAEMON:
		return key_daemon(p, name, value);
	case SEC_REDIS:
		return key_redis(p, name, value);
	case SEC_WEBHOOK:
		return key_webhook(p, name, value);
	case SEC_SOURCE:
		return key_source(p, name, value);
	case SEC_BRAND:
		return key_brand(p, name, value);
	default:
		return 0;
	}
}

/* fgets-like reader over the text that counts lines and watches headers. */
static char *reader(char *str, int num, void *stream)
{
	struct parse *p = stream;
	if (p->pos >= p->len || num < 2)
		return NULL;
	const char *s = p->text + p->pos;
	const char *nl = memchr(s, '\n', p->len - p->pos);
	size_t n = nl ? (size_t)(nl - s) + 1 : p->len - p->pos;
	p->pos += n;
	p->line++;
	if (n > (size_t)num - 1) {
		fail_at(p, p->line, "line longer than %d bytes", ES_CFG_LINE_MAX);
		str[0] = '\n';
		str[1] = '\0';
		return str;
	}
	memcpy(str, s, n);
	str[n] = '\0';
	size_t i = 0;
	while (str[i] == ' ' || str[i] == '\t')
		i++;
	if (str[i] == '[') {
		p->section_line = p->line;
		/* Pick up empty sections too: a section without keys never reaches the handler. */
		char *end = strchr(str + i, ']');
		if (end) {
			char sec[256];
			size_t sl = (size_t)(end - (str + i + 1));
			if (sl < sizeof sec) {
				memcpy(sec, str + i + 1, sl);
				sec[sl] = '\0';
				if (!p->failed)
					enter_section(p, sec);
			}
		}
	}
	return str;
}

/* ======================================================================== */
/* Whole-file checks                                                        */

/* Read a secret from a file or "credential:NAME"; replaces *slot (a path) by the secret. */
static int load_secret(struct parse *p, char **slot, unsigned line, const char *what)
{
	char path[PATH_MAX];
	const char *v = *slot;
	if (strncmp(v, "credential:", 11) == 0) {
		const char *dir = getenv("CREDENTIALS_DIRECTORY");
		if (!dir) {
			fail_at(p, line, "%s: %s needs $CREDENTIALS_DIRECTORY (LoadCredential=)", what, v);
			return 0;
		}
		snprintf(path, sizeof path, "%s/%s", dir, v + 11);
	} else {
		snprintf(path, sizeof path, "%s", v);
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fail_at(p, line, "%s: cannot read %s: %s", what, path, strerror(errno));
		return 0;
	}
	char buf[ES_SECRET_MAX + 1];
	ssize_t n = read(fd, buf, sizeof buf);
	close(fd);
	if (n < 0 || n > ES_SECRET_MAX) {
		fail_at(p, line, "%s: %s is unreadable or larger than %d bytes", what, path,
		        ES_SECRET_MAX);
		return 0;
	}
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		n--;
	if (n == 0 || memchr(buf, '\0', (size_t)n)) {
		fail_at(p, line, "%s: %s is empty or holds a NUL byte", what, path);
		return 0;
	}
	char *secret = malloc((size_t)n + 1);
	if (!secret) {
		fail_at(p, line, "out of memory");
		return 0;
	}
	memcpy(secret, buf, (size_t)n);
	secret[n] = '\0';
	explicit_bzero(buf, sizeof buf);
	free(*slot);
	*slot = secret;
	return 1;
}

static int finish_brand(struct parse *p, struct es_cfg_brand *b, struct brand_extra *x)
{
	if (!b->query_text) {
		fail_at(p, b->line, "brand '%s' has no query", b->name);
		return 0;
	}
	struct es_query_error qe;
	memset(&qe, 0, sizeof qe);
	int rc = es_query_parse(b->query_text, strlen(b->query_text), &b->query, &qe);
	if (rc < 0) {
		fail_at(p, x->query_line, "query: %s (at character %zu of \"%s\")",
		        qe.msg[0] ? qe.msg : strerror(-rc), qe.pos + 1, b->query_text);
		return 0;
	}
	if (x->ov_len) {
		struct es_lex_error le;
		memset(&le, 0, sizeof le);
		rc = es_lexicon_load_buffer("override", x->overlay, x->ov_len, &b->overlay, &le);
		if (rc < 0) {
			unsigned line = le.line < x->ov_n ? x->ov_lines[le.line] : b->line;
			const char *reason = strstr(le.msg, ": ");
			/* "override:N: reason" → keep the reason, point at the config line. */
			if (reason && (reason = strstr(reason + 2, ": ")) == NULL)
				reason = le.msg;
			fail_at(p, line ? line : b->line, "override: %s",
			        reason && reason != le.msg ? reason + 2 : le.msg);
			return 0;
		}
	}
	for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++) {
		const char *why = NULL;
		if (b->alert[t].enabled && es_detector_check(&b->alert[t].det, &why) < 0) {
			fail_at(p, x->alert_line[t] ? x->alert_line[t] : b->line, "alert.%s: %s",
			        es_alert_type_name((enum es_alert_type)t), why);
			return 0;
		}
	}
	return 1;
}

static int finish(struct parse *p, struct es_config *c)
{
	if (c->n_sources == 0) {
		fail_at(p, 0, "no [source NAME] section");
		return 0;
	}
	if (c->n_brands == 0) {
		fail_at(p, 0, "no [brand NAME] section");
		return 0;
	}
	for (size_t i = 0; i < c->n_sources; i++) {
		struct es_cfg_source *s = &c->sources[i];
		if (s->type == ES_SRC_FILE && !s->path) {
			fail_at(p, s->line, "source '%s': type file needs a path", s->name);
			return 0;
		}
		if ((s->type == ES_SRC_HTTP || s->type == ES_SRC_X || s->type == ES_SRC_MASTODON) &&
		    !s->url) {
			fail_at(p, s->line, "source '%s': this type needs a url", s->name);
			return 0;
		}
		if (s->type == ES_SRC_HTTP && s->url && (strchr(s->url, ' ') || strchr(s->url, '\t') ||
		                                         strncmp(s->url, "ws", 2) == 0)) {
			fail_at(p, s->line, "source '%s': type http takes one http(s) URL", s->name);
			return 0;
		}
		if ((s->type == ES_SRC_X || s->type == ES_SRC_MASTODON) && !s->token) {
			fail_at(p, s->line, "source '%s': needs token_file (%s)", s->name,
			        s->type == ES_SRC_X ? "an app bearer token"
			                            : "a user token with read:statuses; Mastodon 4.2+ "
			                              "requires one for streaming");
			return 0;
		}
		if (s->type == ES_SRC_MASTODON) {
			if (!s->stream && !(s->stream = strdup("public"))) {
				fail_at(p, s->line, "out of memory");
				return 0;
			}
			if ((strncmp(s->stream, "hashtag", 7) == 0) != (s->tag != NULL)) {
				fail_at(p, s->line, "source '%s': a hashtag stream needs tag, and only it",
				        s->name);
				return 0;
			}
		}
		if (!s->stall_ms) /* what each platform's heartbeat allows (docs/sources.md) */
			s->stall_ms = s->type == ES_SRC_X          ? 30000 /* keep-alive every 20 s */
			              : s->type == ES_SRC_MASTODON ? 45000 /* :thump every 15 s */
			                                           : 90000;
		if (s->type == ES_SRC_JETSTREAM && !s->url &&
		    !(s->url = strdup("wss://jetstream2.us-east.bsky.network/subscribe "
		                      "wss://jetstream1.us-east.bsky.network/subscribe "
		                      "wss://jetstream1.us-west.bsky.network/subscribe "
		                      "wss://jetstream2.us-west.bsky.network/subscribe"))) {
			fail_at(p, s->line, "out of memory");
			return 0;
		}
		if (s->type != ES_SRC_FILE && s->pace_recorded) {
			fail_at(p, s->line, "source '%s': pace = recorded is for files", s->name);
			return 0;
		}
		if (s->token && !load_secret(p, &s->token, s->line, "token_file"))
			return 0;
	}
	for (size_t i = 0; i < c->n_brands; i++)
		if (!finish_brand(p, &c->brands[i], &p->extras[i]))
			return 0;
	if (c->redis_password && !load_secret(p, &c->redis_password, 0, "[redis] password_file"))
		return 0;
	if (c->webhook_token && !load_secret(p, &c->webhook_token, 0, "[webhook] token_file"))
		return 0;
	return 1;
}

static int set_defaults(struct es_config *c)
{
	c->flush_ms = 1000;
	c->grace_ms = 10000;
	c->checkpoint_ms = 60000;
	c->queue_max = 64u << 20;
	c->spool_max = 1u << 30;
	c->redis_port = 6379;
	c->mentions_maxlen = 10000;
	c->retention_minute_ms = 48ULL * 3600000;
	c->retention_hour_ms = 90ULL * 86400000;
	c->webhook_timeout_ms = 10000;
	c->webhook_retries = 5;
	c->redis_host = strdup("127.0.0.1");
	c->prefix = strdup("earshot");
	c->state_dir = strdup("/var/lib/earshot");
	return c->redis_host && c->prefix && c->state_dir ? 0 : -ENOMEM;
}

int es_config_parse(const char *name, const char *text, struct es_config **out, char *err,
                    size_t errlen)
{
	struct parse p;
	memset(&p, 0, sizeof p);
	p.name = name;
	p.err = err;
	p.errlen = errlen;
	err[0] = '\0';
	const char *slash = strrchr(name, '/');
	if (slash && (size_t)(slash - name) < sizeof p.dir)
		snprintf(p.dir, sizeof p.dir, "%.*s", (int)(slash - name), name);
	p.text = text;
	p.len = strlen(text);
	p.cfg = calloc(1, sizeof *p.cfg);
	if (!p.cfg || set_defaults(p.cfg) < 0 || !(p.cfg->path = strdup(name))) {
		es_config_free(p.cfg);
		snprintf(err, errlen, "%s: out of memory", name);
		return -ENOMEM;
	}
	/* Debian's inih takes its options as globals: lines up to our limit, on the heap. */
	ini_use_stack = false;
	ini_allow_realloc = false;
	ini_max_line = ES_CFG_LINE_MAX + 3;
	ini_initial_alloc = ES_CFG_LINE_MAX + 3;
	ini_allow_multiline = false;
	ini_stop_on_first_error = true;
	int rc = ini_parse_stream(reader, &p, handler, &p);
	if (rc != 0 && !p.failed)
		fail_at(&p, rc > 0 ? (unsigned)rc : 0, "syntax error (expected [section] or key = value)");
	if (!p.failed)
		finish(&p, p.cfg);
	for (size_t i = 0; i < p.cfg->n_brands; i++) {
		free(p.extras[i].overlay);
		free(p.extras[i].ov_lines);
	}
	free(p.extras);
	if (p.failed) {
		es_config_free(p.cfg);
		return -EBADMSG;
	}
	*out = p.cfg;
	return 0;
}

int es_config_load(const char *path, struct es_config **out, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -EIO;
	}
	char *text = malloc(CFG_FILE_MAX + 1);
	if (!text) {
		fclose(f);
		snprintf(err, errlen, "%s: out of memory", path);
		return -ENOMEM;
	}
	size_t n = fread(text, 1, CFG_FILE_MAX + 1, f);
	int bad = ferror(f);
	fclose(f);
	if (bad || n > CFG_FILE_MAX) {
		free(text);
		snprintf(err, errlen, "%s: %s", path, bad ? "read error" : "larger than 16 MiB");
		return -EIO;
	}
	text[n] = '\0';
	if (memchr(text, '\0', n)) {
		free(text);
		snprintf(err, errlen, "%s: holds a NUL byte", path);
		return -EBADMSG;
	}
	int rc = es_config_parse(path, text, out, err, errlen);
	free(text);
	return rc;
}

static void free_secret(char *s)
{
	if (s) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

void es_config_free(struct es_config *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_sources; i++) {
		free(c->sources[i].path);
		free(c->sources[i].url);
		free(c->sources[i].ca_file);
		free(c->sources[i].stream);
		free(c->sources[i].tag);
		free_secret(c->sources[i].token);
	}
	free(c->sources);
	for (size_t i = 0; i < c->n_brands; i++) {
		free(c->brands[i].query_text);
		es_query_free(c->brands[i].query);
		es_lexicon_free(c->brands[i].overlay);
	}
	free(c->brands);
	free(c->path);
	free(c->state_dir);
	free(c->lexicon_dir);
	free(c->redis_host);
	free(c->redis_unix);
	free_secret(c->redis_password);
	free(c->prefix);
	free(c->webhook_url);
	free_secret(c->webhook_token);
	free(c);
}
