/*
 * config.h — earshotd's configuration: an INI file (docs/config.md) parsed
 * with inih into one immutable struct es_config.
 *
 * Loading validates everything the daemon will need — values, names, brand
 * queries (es_query_parse), alert settings (es_detector_check), per-brand
 * overrides (compiled as overlay lexicons), and that secret files are
 * readable — so that `earshotd --check` and SIGHUP reloads reject a bad file
 * before anything runs with it. Every error is reported as "file:line:
 * reason". Secrets are read into memory and never printed.
 */
#ifndef EARSHOT_DAEMON_CONFIG_H
#define EARSHOT_DAEMON_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#include "earshot/detect.h"
#include "earshot/lexicon.h"
#include "earshot/ndjson.h"
#include "earshot/query.h"

#define ES_NAME_MAX      64   /* buffers for source and brand names and handles */
#define ES_SECTION_NAME_MAX 40 /* longest source/brand name and prefix: [a-z0-9_-] */
#define ES_HANDLES_MAX   16   /* handles per brand */
#define ES_CFG_LANGS_MAX 16
#define ES_CFG_LINE_MAX  8192 /* bytes in one config line */
#define ES_SECRET_MAX    4096 /* bytes in a secret file */

enum es_src_type {
	ES_SRC_FILE = 0,
	ES_SRC_STDIN,
	ES_SRC_HTTP,
	ES_SRC_X,
	ES_SRC_MASTODON,
	ES_SRC_JETSTREAM,
	ES_SRC_TYPE_COUNT
};

/* The configuration's word for a source type ("mastodon"). */
const char *es_src_type_name(enum es_src_type t);
enum es_src_format { ES_FMT_NDJSON = 0, ES_FMT_SSE };

struct es_cfg_source {
	char name[ES_NAME_MAX];
	enum es_src_type type;
	enum es_src_format format;
	char *path;           /* file */
	char *url;            /* http(s) */
	char *token;          /* bearer token read from token_file (secret) */
	int pace_recorded;    /* file: replay at the recorded pace (created times) */
	double speed;         /* file: pace multiplier (2 = twice as fast) */
	struct es_fieldmap map;
	size_t max_line;
	uint64_t silent_after_ms; /* flatline alert for the source; 0: off */
	uint64_t stall_ms;    /* network: no byte (heartbeats included) for this long = dead */
	char *ca_file;        /* network: an extra CA bundle (verification is always on) */
	int backfill;         /* x, mastodon: fill the gap after a reconnect (default on) */
	unsigned backfill_pages; /* x, mastodon: most pages fetched for one gap */
	char *stream;         /* mastodon: public, public:local, hashtag, hashtag:local */
	char *tag;            /* mastodon: the hashtag of a hashtag stream (without '#') */
	uint64_t rewind_ms;   /* jetstream: resume this much before the saved cursor */
	uint64_t cursor_ms;   /* jetstream: how often the cursor is saved to Redis */
	unsigned max_rules;   /* x: rules the access level allows */
	unsigned max_rule_len;/* x: characters a rule may have */
	int include_reposts;  /* x: match reposts too (default off: -is:retweet) */
	unsigned line;        /* where the section starts */
};

struct es_cfg_alert {
	struct es_detector_cfg det;
	int enabled;
};

struct es_cfg_brand {
	char name[ES_NAME_MAX];
	char *query_text;
	struct es_query *query;
	char handles[ES_HANDLES_MAX][ES_NAME_MAX];
	size_t n_handles;
	char langs[ES_CFG_LANGS_MAX][8]; /* empty: every language */
	size_t n_langs;
	struct es_lexicon *overlay;      /* NULL when the brand has no overrides */
	struct es_cfg_alert alert[ES_ALERT_TYPE_COUNT];
	unsigned line;
};

struct es_config {
	char *path;
	/* [daemon] */
	char *state_dir;
	char *lexicon_dir;
	char langs[ES_CFG_LANGS_MAX][8]; /* lexicons to load; empty: all */
	size_t n_langs;
	uint64_t flush_ms;    /* how often windows and the now hash are written */
	uint64_t grace_ms;    /* SIGTERM: time to flush before exiting */
	uint64_t checkpoint_ms; /* how often windows and post ids are saved to state_dir */
	size_t queue_max;     /* bytes of Redis commands held in memory before spooling */
	size_t spool_max;     /* bytes of spool on disk */
	/* [redis] */
	char *redis_host;
	int redis_port;
	char *redis_unix;
	char *redis_password; /* secret, from password_file */
	char *prefix;
	size_t mentions_maxlen;
	uint64_t retention_minute_ms;
	uint64_t retention_hour_ms;
	/* [webhook] */
	char *webhook_url;
	char *webhook_token; /* secret */
	uint64_t webhook_timeout_ms;
	unsigned webhook_retries;

	struct es_cfg_source *sources;
	size_t n_sources;
	struct es_cfg_brand *brands;
	size_t n_brands;
};

/*
 * Load and validate a configuration file. Returns 0 and *out, or a negative
 * errno with "file:line: reason" in err (-EBADMSG invalid, -EIO unreadable,
 * -ENOMEM). Relative paths in the file are taken relative to the file's
 * directory. "credential:NAME" names a file in $CREDENTIALS_DIRECTORY.
 */
int es_config_load(const char *path, struct es_config **out, char *err, size_t errlen);

/* The same from memory; `name` stands for the file in messages and relative paths. */
int es_config_parse(const char *name, const char *text, struct es_config **out, char *err,
                    size_t errlen);

void es_config_free(struct es_config *cfg);

/* Parse "250ms", "1s", "15m", "2h", "7d" → ms; "64MiB", "1G", "512" → bytes. 0 or -EINVAL. */
int es_parse_duration_ms(const char *s, uint64_t *out);
int es_parse_size(const char *s, size_t *out);

#endif
