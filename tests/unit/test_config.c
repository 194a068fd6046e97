/*
 * test_config.c — earshotd's configuration (daemon/config.c): a full valid
 * file with every section, and a table of broken files, each of which must be
 * refused with the exact "file:line: reason".
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "config.h"

static char tmpdir[] = "/tmp/es-config-XXXXXX";
static char secret_path[300];

static int setup(void **state)
{
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(secret_path, sizeof secret_path, "%s/redis.pass", tmpdir);
	FILE *f = fopen(secret_path, "w");
	if (!f)
		return -1;
	fputs("s3cret-pa55\n", f);
	fclose(f);
	return 0;
}

static int teardown(void **state)
{
	unlink(secret_path);
	rmdir(tmpdir);
	return 0;
}

static void test_full_config(void **state)
{
	char text[4096];
	snprintf(text, sizeof text,
	         "# earshotd test configuration\n"
	         "[daemon]\n"
	         "state_dir = state\n"
	         "languages = en, pl el\n"
	         "flush_interval = 500ms\n"
	         "shutdown_grace = 5s\n"
	         "queue_max = 8MiB\n"
	         "\n"
	         "[redis]\n"
	         "address = 127.0.0.1:6390\n"
	         "password_file = %s\n"
	         "prefix = es-test\n"
	         "mentions_maxlen = 500\n"
	         "retention_minutes = 2d\n"
	         "\n"
	         "[source demo]\n"
	         "type = file\n"
	         "path = /data/demo.ndjson\n"
	         "pace = recorded\n"
	         "speed = 4\n"
	         "field.text = data.text\n"
	         "field.mentions = data.entities.mentions[].username\n"
	         "silent_after = 10m\n"
	         "\n"
	         "[source \"live\"]\n"
	         "type = http\n"
	         "format = sse\n"
	         "url = https://stream.example/events\n"
	         "\n"
	         "[brand acme]\n"
	         "query = acme OR \"acme bank\" OR @acmebank  ; a trailing comment\n"
	         "handles = @acmebank acme_help\n"
	         "languages = en pl\n"
	         "override = war zone 0\n"
	         "override = acme* 0\n"
	         "alert.volume_spike = off\n"
	         "alert.sentiment_drop.window = 5m\n"
	         "alert.sentiment_drop.threshold = 0.3\n"
	         "alert.sentiment_drop.cooldown = 1h\n"
	         "[brand globex]\n"
	         "query = globex\n",
	         secret_path);
	struct es_config *c = NULL;
	char err[512];
	int rc = es_config_parse("/etc/earshot/earshot.conf", text, &c, err, sizeof err);
	if (rc != 0)
		fail_msg("%s", err);
	assert_string_equal(c->state_dir, "/etc/earshot/state");
	assert_int_equal(c->n_langs, 3);
	assert_string_equal(c->langs[2], "el");
	assert_int_equal(c->flush_ms, 500);
	assert_int_equal(c->grace_ms, 5000);
	assert_int_equal(c->queue_max, 8u << 20);
	assert_string_equal(c->redis_host, "127.0.0.1");
	assert_int_equal(c->redis_port, 6390);
	assert_string_equal(c->redis_password, "s3cret-pa55"); /* the secret, not the path */
	assert_string_equal(c->prefix, "es-test");
	assert_int_equal(c->mentions_maxlen, 500);
	assert_int_equal(c->retention_minute_ms, 2 * 86400000ULL);
	assert_int_equal(c->n_sources, 2);
	assert_string_equal(c->sources[0].name, "demo");
	assert_int_equal(c->sources[0].type, ES_SRC_FILE);
	assert_true(c->sources[0].pace_recorded);
	assert_float_equal(c->sources[0].speed, 4.0, 1e-9);
	assert_string_equal(c->sources[0].map.path[ES_FIELD_TEXT], "data.text");
	assert_string_equal(c->sources[0].map.path[ES_FIELD_ID], "id"); /* default kept */
	assert_int_equal(c->sources[0].silent_after_ms, 600000);
	assert_string_equal(c->sources[1].name, "live");
	assert_int_equal(c->sources[1].format, ES_FMT_SSE);
	assert_int_equal(c->n_brands, 2);
	struct es_cfg_brand *b = &c->brands[0];
	assert_string_equal(b->name, "acme");
	assert_non_null(b->query);
	assert_int_equal(b->n_handles, 2);
	assert_string_equal(b->handles[0], "acmebank");
	assert_int_equal(b->n_langs, 2);
	assert_non_null(b->overlay);
	assert_int_equal(es_lexicon_count(b->overlay, ES_LEX_VALENCE), 2);
	assert_false(b->alert[ES_ALERT_VOLUME_SPIKE].enabled);
	assert_true(b->alert[ES_ALERT_SENTIMENT_DROP].enabled);
	assert_int_equal(b->alert[ES_ALERT_SENTIMENT_DROP].det.window, ES_WIN_5M);
	assert_float_equal(b->alert[ES_ALERT_SENTIMENT_DROP].det.threshold, 0.3, 1e-9);
	assert_int_equal(b->alert[ES_ALERT_SENTIMENT_DROP].det.cooldown_ms, 3600000);
	assert_null(c->brands[1].overlay);
	es_config_free(c);
}

struct bad_case {
	const char *text;
	const char *error; /* expected message after "t.conf:" */
};

#define SRC "[source s]\ntype = stdin\n"
#define BRAND "[brand b]\nquery = acme\n"

static const struct bad_case bad_cases[] = {
	{"", "t.conf: no [source NAME] section"},
	{SRC, "t.conf: no [brand NAME] section"},
	{"x = 1\n" SRC BRAND, "t.conf:1: 'x' outside of any [section]"},
	{"[daemons]\nx = 1\n", "t.conf:1: unknown section [daemons] (daemon, redis, webhook, source NAME, brand NAME)"},
	{"[daemon]\nflush_interval = 5 s\n", "t.conf:2: flush_interval: '5 s' is not a duration in [100ms, 60s]"},
	{"[daemon]\nflush_interval = 10ms\n", "t.conf:2: flush_interval: '10ms' is not a duration in [100ms, 60s]"},
	{"[daemon]\ncolour = blue\n", "t.conf:2: unknown key 'colour' in [daemon]"},
	{"[daemon]\nlanguages = en english\n", "t.conf:2: languages: 'english' is not an ISO 639 code"},
	{"[redis]\naddress = localhost:http\n", "t.conf:2: address: 'localhost:http' is not host:port or unix:/path"},
	{"[redis]\naddress = unix:relative.sock\n", "t.conf:2: address: unix socket path must be absolute"},
	{"[redis]\nprefix = Earshot!\n", "t.conf:2: prefix: 'Earshot!' must be 1-40 characters of a-z 0-9 _ -"},
	{"[redis]\nprefix = a\nprefix = b\n", "t.conf:3: key 'prefix' given twice in [redis]"},
	{"[source s]\ntype = ftp\n", "t.conf:2: type: 'ftp' is not file, stdin, http, x, mastodon or jetstream"},
	{"[source s]\ntype = x\nurl = https://api.x.com\n" BRAND, "t.conf:1: source 's': needs token_file (an app bearer token)"},
	{"[source s]\ntype = mastodon\n" BRAND, "t.conf:1: source 's': this type needs a url"},
	{"[source s]\ntype = http\nurl = wss://a/subscribe\n" BRAND, "t.conf:1: source 's': type http takes one http(s) URL"},
	{"[source s]\nstall_timeout = 10ms\n", "t.conf:2: stall_timeout: '10ms' is not a duration in [1s, 1h]"},
	{"[source s]\nstream = federated\n", "t.conf:2: stream: 'federated' is not public, public:local, public:remote, hashtag or hashtag:local"},
	{"[source s]\ntag = no-dashes\n", "t.conf:2: tag: 'no-dashes' is not a hashtag"},
	{"[source s]\nbackfill = maybe\n", "t.conf:2: backfill: 'maybe' is not true or false"},
	{"[source s]\nmax_rules = 0\n", "t.conf:2: max_rules: '0' is not a number in [1, 100000]"},
	{"[source s]\ntype = file\n" BRAND, "t.conf:1: source 's': type file needs a path"},
	{"[source s]\ntype = http\nurl = ftp://x\n", "t.conf:3: url: 'ftp://x' is not an http(s) or ws(s) URL"},
	{"[source s]\nfield.body = text\n", "t.conf:2: unknown field 'body' (id text author lang url reply_to created mentions is_reply is_repost)"},
	{"[source s]\nfield.text = data..text\n", "t.conf:2: field.text: empty key in path"},
	{"[source s]\npace = recorded\ntype = stdin\n" BRAND, "t.conf:1: source 's': pace = recorded is for files"},
	{SRC "[source s]\ntype = stdin\n", "t.conf:3: source 's' defined twice"},
	{SRC "[brand Acme]\nquery = acme\n", "t.conf:3: brand name 'Acme' must be 1-40 characters of a-z 0-9 _ -"},
	{SRC "[brand b]\nhandles = acme\n", "t.conf:3: brand 'b' has no query"},
	{SRC "[brand b]\n", "t.conf:3: brand 'b' has no query"},
	{SRC "[brand aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]\nquery = acme\n", "t.conf:3: brand name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' must be 1-40 characters of a-z 0-9 _ -"},
	{SRC "[brand b]\nquery = (acme\n", NULL /* position message from the query parser */},
	{SRC "[brand b]\nquery = acme\nquery = more\n", "t.conf:5: key 'query' given twice in [brand b]"},
	{SRC "[brand b]\nquery = acme\nhandles = bad/handle\n", "t.conf:5: handles: 'bad/handle' is not a handle"},
	{SRC "[brand b]\nquery = acme\noverride = war zone 9\n", NULL /* overlay valence out of range */},
	{SRC "[brand b]\nquery = acme\nalert.tsunami = on\n", "t.conf:5: unknown alert type 'tsunami' (sentiment_drop negative_share volume_spike flatline)"},
	{SRC "[brand b]\nquery = acme\nalert.flatline = maybe\n", "t.conf:5: alert.flatline: 'maybe' is not on or off"},
	{SRC "[brand b]\nquery = acme\nalert.negative_share.threshold = 1.5\n", "t.conf:5: alert.negative_share: negative_share threshold is a share in (0, 1]"},
	{SRC "[brand b]\nquery = acme\nalert.sentiment_drop.window = 24h\n", "t.conf:5: alert.sentiment_drop.window: bad value '24h'"},
	{SRC "[brand b]\nquery = acme\nalert.sentiment_drop.colour = red\n", "t.conf:5: unknown alert setting 'colour' (window min_mentions min_baseline warmup cooldown threshold k clear)"},
	{SRC "[brand b\nquery = acme\n", NULL /* inih syntax error */},
	{SRC BRAND "[redis]\npassword_file = /nonexistent/earshot/pass\n", NULL /* unreadable secret */},
};

static void test_bad_configs(void **state)
{
	for (size_t i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
		struct es_config *c = NULL;
		char err[512];
		int rc = es_config_parse("t.conf", bad_cases[i].text, &c, err, sizeof err);
		if (rc != -EBADMSG || c != NULL)
			fail_msg("case %zu accepted: %s", i, bad_cases[i].text);
		if (bad_cases[i].error && strcmp(err, bad_cases[i].error) != 0)
			fail_msg("case %zu: got \"%s\"\n want \"%s\"", i, err, bad_cases[i].error);
		if (!bad_cases[i].error && strncmp(err, "t.conf:", 7) != 0)
			fail_msg("case %zu: message without location: \"%s\"", i, err);
	}
}

/* The cases whose wording comes from other modules still point at the right line. */
static void test_error_lines(void **state)
{
	struct es_config *c = NULL;
	char err[512];
	assert_int_equal(es_config_parse("t.conf", SRC "[brand b]\nquery = (acme\n", &c, err, sizeof err), -EBADMSG);
	assert_non_null(strstr(err, "t.conf:4: query: "));
	assert_int_equal(es_config_parse("t.conf", SRC "[brand b]\nquery = acme\n\noverride = ok 1\noverride = war zone 9\n", &c, err, sizeof err), -EBADMSG);
	assert_non_null(strstr(err, "t.conf:7: override: "));
	assert_int_equal(es_config_parse("t.conf", SRC "[brand b]\nquery = acme\n" "[redis]\npassword_file = /nonexistent/x\n", &c, err, sizeof err), -EBADMSG);
	assert_non_null(strstr(err, "cannot read /nonexistent/x"));
	/* A secret's content never appears in a message. */
	char text[600];
	snprintf(text, sizeof text, SRC "[brand b]\nquery = acme\n[redis]\npassword_file = %s\nbogus = 1\n", secret_path);
	assert_int_equal(es_config_parse("t.conf", text, &c, err, sizeof err), -EBADMSG);
	assert_null(strstr(err, "s3cret"));
	/* Lines longer than the limit are refused, not split. */
	size_t n = ES_CFG_LINE_MAX + 100;
	char *big = malloc(n + 64);
	int k = snprintf(big, 64, SRC "[brand b]\nquery = ");
	memset(big + k, 'a', n);
	big[k + n] = '\0';
	assert_int_equal(es_config_parse("t.conf", big, &c, err, sizeof err), -EBADMSG);
	assert_string_equal(err, "t.conf:4: line longer than 8192 bytes");
	free(big);
}

static void test_values(void **state)
{
	uint64_t ms;
	size_t sz;
	assert_int_equal(es_parse_duration_ms("250ms", &ms), 0);
	assert_int_equal(ms, 250);
	assert_int_equal(es_parse_duration_ms("3", &ms), 0);
	assert_int_equal(ms, 3000);
	assert_int_equal(es_parse_duration_ms("2h", &ms), 0);
	assert_int_equal(ms, 7200000);
	assert_int_equal(es_parse_duration_ms("-1s", &ms), -EINVAL);
	assert_int_equal(es_parse_duration_ms("1 week", &ms), -EINVAL);
	assert_int_equal(es_parse_duration_ms("99999999999999999999d", &ms), -EINVAL);
	assert_int_equal(es_parse_size("64MiB", &sz), 0);
	assert_int_equal(sz, 64u << 20);
	assert_int_equal(es_parse_size("512", &sz), 0);
	assert_int_equal(sz, 512);
	assert_int_equal(es_parse_size("1T", &sz), -EINVAL);
	assert_int_equal(es_parse_size("", &sz), -EINVAL);
}

static void test_load_file(void **state)
{
	struct es_config *c = NULL;
	char err[512];
	assert_int_equal(es_config_load("/nonexistent/earshot.conf", &c, err, sizeof err), -EIO);
	assert_non_null(strstr(err, "/nonexistent/earshot.conf: "));
	char path[300];
	snprintf(path, sizeof path, "%s/e.conf", tmpdir);
	FILE *f = fopen(path, "w");
	fputs(SRC BRAND, f);
	fclose(f);
	assert_int_equal(es_config_load(path, &c, err, sizeof err), 0);
	assert_int_equal(c->n_brands, 1);
	es_config_free(c);
	unlink(path);
	es_config_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_config),
		cmocka_unit_test(test_bad_configs),
		cmocka_unit_test(test_error_lines),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_load_file),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
