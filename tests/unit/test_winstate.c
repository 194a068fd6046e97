/*
 * test_winstate.c — the brands' state file (winstate.c) and the aggregator's
 * slot export and restore (window.c): exact round trips (windows, buckets
 * emitted afterwards, detector states, terms, samples), every truncation and
 * every flipped byte refused, wrong version, oversized and absurd files,
 * lookups by name, the durable file write, and allocation failure.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "earshot/winstate.h"

#define SEC  1000ULL
#define MIN  60000ULL
#define HOUR 3600000ULL
#define T0   (1795435200000ULL + 4321) /* 2026-11-23T12:00:04.321Z */

/* ---- helpers ------------------------------------------------------------- */

struct trace {
	uint64_t start[4096];
	struct es_counts c[4096];
	enum es_bucket_res res[4096];
	size_t n;
};

static void on_bucket(void *ctx, enum es_bucket_res res, uint64_t start, const struct es_counts *c)
{
	struct trace *t = ctx;
	assert_true(t->n < 4096);
	t->start[t->n] = start;
	t->res[t->n] = res;
	t->c[t->n++] = *c;
}

static uint64_t add_run(struct es_agg *a, uint64_t t, int n)
{
	for (int i = 0; i < n; i++) {
		t += (uint64_t)(i % 7 + 1) * SEC;
		es_agg_advance(a, t, NULL, NULL);
		enum es_label l = (enum es_label)(i % 4); /* pos neu neg unscored, in some order */
		es_agg_add(a, (i % 9) / 4.0 - 1.0, l, i % 3 == 0);
	}
	return t;
}

/*
 * Mentions at varying rates, so both rings, the open minute and hour and
 * every window hold something: 1300 in the first 1h27m, 200 from 1h55m to
 * about 2h08m; the clock ends at T0 + 2h 10m 30s (14:10:34.321).
 */
static struct es_agg *busy_agg(void)
{
	struct es_agg *a;
	assert_int_equal(es_agg_new(T0, &a), 0);
	add_run(a, T0, 1300);
	uint64_t t = add_run(a, T0 + HOUR + 55 * MIN, 200);
	assert_true(t < T0 + 2 * HOUR + 10 * MIN);
	es_agg_advance(a, T0 + 2 * HOUR + 10 * MIN + 30 * SEC, NULL, NULL);
	return a;
}

static void fill_brand(struct es_winstate_brand *b, const char *name, struct es_agg *a,
                       struct es_topk *tk)
{
	memset(b, 0, sizeof *b);
	b->name = name;
	b->agg = a;
	b->neg_terms = tk;
	b->det[ES_ALERT_NEGATIVE_SHARE].firing = 1;
	b->det[ES_ALERT_NEGATIVE_SHARE].fired_ms = T0 + HOUR;
	b->det[ES_ALERT_VOLUME_SPIKE].resolved_ms = T0 + 30 * MIN;
	snprintf(b->samples[0], sizeof b->samples[0], "1862000000000000001");
	snprintf(b->samples[1], sizeof b->samples[1], "at://did:plc:zephyr/app.bsky.feed.post/3k");
	b->n_samples = 2;
}

/* A file with the given brands (each a copy of busy_agg's state). */
static void make_file(const char *const *names, size_t n, uint8_t **out, size_t *len)
{
	struct es_agg *a = busy_agg();
	struct es_topk *tk;
	assert_int_equal(es_topk_new(64, &tk), 0);
	es_topk_add(tk, "refund", 6, 3.5);
	es_topk_add(tk, "awful", 5, 1.25);
	struct es_winstate_writer *w;
	assert_int_equal(es_winstate_writer_new(es_agg_now(a), &w), 0);
	for (size_t i = 0; i < n; i++) {
		struct es_winstate_brand b;
		fill_brand(&b, names[i], a, tk);
		assert_int_equal(es_winstate_writer_add(w, &b), 0);
	}
	const uint8_t *buf;
	es_winstate_writer_finish(w, &buf, len);
	*out = malloc(*len);
	assert_non_null(*out);
	memcpy(*out, buf, *len);
	es_winstate_writer_free(w);
	es_topk_free(tk);
	es_agg_free(a);
}

static void fix_checksum(uint8_t *buf, size_t len)
{
	uint64_t h = es_winstate_checksum(buf, len - 8);
	for (int i = 0; i < 8; i++)
		buf[len - 8 + i] = (uint8_t)(h >> (8 * i));
}

static void put_le(uint8_t *p, uint64_t v, int bytes)
{
	for (int i = 0; i < bytes; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static int parse_rc(const uint8_t *buf, size_t len, const char **why)
{
	struct es_winstate *ws = NULL;
	int rc = es_winstate_parse(buf, len, 1u << 24, &ws, why);
	if (rc == 0)
		assert_non_null(ws);
	es_winstate_free(ws);
	return rc;
}

/* Offsets in a one-brand file named "acme" (see the layout in winstate.h). */
#define OFF_REC     24
#define OFF_DET     (OFF_REC + 1 + 4 + 16)
#define OFF_SAMPLES (OFF_DET + 1 + 4 * 17)

/* ---- the aggregator's slots ---------------------------------------------- */

struct collect {
	struct es_counts *c;
	uint64_t *i;
	size_t *n;
};

static void collect_fn(void *ctx, enum es_ring ring, uint64_t index, const struct es_counts *c)
{
	(void)ring;
	struct collect *col = ctx;
	col->c[*col->n] = *c;
	col->i[*col->n] = index;
	(*col->n)++;
}

static void test_agg_restore_exact(void **state)
{
	(void)state;
	struct es_agg *a = busy_agg();
	struct es_agg *b;
	assert_int_equal(es_agg_new(0, &b), 0);
	assert_int_equal(es_agg_restore(b, es_agg_started(a), es_agg_now(a)), 0);
	/* Copy slot by slot through the public export. */
	struct es_counts *secs = calloc(900, sizeof *secs), *mins = calloc(1500, sizeof *mins);
	uint64_t *si = calloc(900, sizeof *si), *mi = calloc(1500, sizeof *mi);
	size_t ns = 0, nm = 0;
	struct collect cs = {secs, si, &ns}, cm = {mins, mi, &nm};
	es_agg_each_slot(a, ES_RING_SECONDS, collect_fn, &cs);
	es_agg_each_slot(a, ES_RING_MINUTES, collect_fn, &cm);
	assert_true(ns > 100 && ns <= 900);
	assert_true(nm > 100 && nm <= 1500);
	for (size_t i = 0; i < ns; i++)
		assert_int_equal(es_agg_restore_slot(b, ES_RING_SECONDS, si[i], &secs[i]), 0);
	for (size_t i = 0; i < nm; i++)
		assert_int_equal(es_agg_restore_slot(b, ES_RING_MINUTES, mi[i], &mins[i]), 0);
	es_agg_restore_done(b);
	for (int w = 0; w < ES_WIN_COUNT; w++)
		assert_memory_equal(es_agg_window(a, (enum es_window)w),
		                    es_agg_window(b, (enum es_window)w), sizeof(struct es_counts));
	/* Exact values of one window: all 1300 mentions are within 24 h. */
	assert_int_equal(es_agg_window(b, ES_WIN_24H)->n, 1500);
	assert_int_equal(es_agg_window(b, ES_WIN_24H)->tagged, 434 + 67);
	assert_int_equal(es_agg_window(b, ES_WIN_15M)->n, 192); /* 8 came before 13:55:34 */

	/* Refusals: outside the ring, already filled, counts that do not add up. */
	uint64_t sec = es_agg_now(b) / SEC;
	assert_int_equal(es_agg_restore_slot(b, ES_RING_SECONDS, sec + 1, &secs[0]), -ERANGE);
	assert_int_equal(es_agg_restore_slot(b, ES_RING_SECONDS, sec - 900, &secs[0]), -ERANGE);
	assert_int_equal(es_agg_restore_slot(b, ES_RING_SECONDS, si[0], &secs[0]), -EEXIST);
	struct es_counts bad = secs[0];
	bad.tagged++;
	assert_int_equal(es_agg_restore_slot(b, ES_RING_MINUTES, es_agg_now(b) / MIN - 1400, &bad),
	                 -EINVAL);
	assert_int_equal(es_agg_restore(b, 2, 1), -EINVAL);

	/* Both go on identically: the same buckets, the same windows. */
	struct trace *ta = calloc(1, sizeof *ta), *tb = calloc(1, sizeof *tb);
	uint64_t t = es_agg_now(a) + 55 * MIN;
	es_agg_advance(a, t, on_bucket, ta);
	es_agg_advance(b, t, on_bucket, tb);
	assert_int_equal(ta->n, tb->n);
	assert_int_equal(ta->n, 55 + 1); /* 55 minutes and the 14:00 hour */
	assert_memory_equal(ta->c, tb->c, ta->n * sizeof ta->c[0]);
	assert_memory_equal(ta->start, tb->start, ta->n * sizeof ta->start[0]);
	for (int w = 0; w < ES_WIN_COUNT; w++)
		assert_memory_equal(es_agg_window(a, (enum es_window)w),
		                    es_agg_window(b, (enum es_window)w), sizeof(struct es_counts));
	free(ta);
	free(tb);
	free(secs);
	free(mins);
	free(si);
	free(mi);
	es_agg_free(a);
	es_agg_free(b);
}

/* ---- the file ------------------------------------------------------------ */

static void test_round_trip(void **state)
{
	(void)state;
	static const char *const names[] = {"zephyr-air", "acme", "globex_2"};
	uint8_t *buf;
	size_t len;
	make_file(names, 3, &buf, &len);
	struct es_winstate *ws;
	const char *why = "x";
	assert_int_equal(es_winstate_parse(buf, len, len, &ws, &why), 0);
	assert_null(why);
	assert_int_equal(es_winstate_count(ws), 3);
	assert_int_equal(es_winstate_clock(ws), T0 + 2 * HOUR + 10 * MIN + 30 * SEC);
	assert_string_equal(es_winstate_name(ws, 0), "acme"); /* sorted */
	assert_int_equal(es_winstate_find(ws, "zephyr-air"), 2);
	assert_int_equal(es_winstate_find(ws, "globex_2"), 1);
	assert_int_equal(es_winstate_find(ws, "initech"), -1);
	assert_int_equal(es_winstate_find(ws, ""), -1);

	struct es_agg *ref = busy_agg(), *got;
	struct es_topk *tk;
	assert_int_equal(es_agg_new(1, &got), 0);
	assert_int_equal(es_topk_new(64, &tk), 0);
	struct es_winstate_brand b;
	memset(&b, 0xa5, sizeof b);
	b.agg = got;
	b.neg_terms = tk;
	assert_int_equal(es_winstate_get(ws, 1, &b), 0);
	assert_int_equal(es_winstate_get(ws, 3, &b), -EINVAL);
	assert_int_equal(es_agg_now(got), es_agg_now(ref));
	assert_int_equal(es_agg_started(got), T0);
	for (int w = 0; w < ES_WIN_COUNT; w++)
		assert_memory_equal(es_agg_window(ref, (enum es_window)w),
		                    es_agg_window(got, (enum es_window)w),
		                    sizeof(struct es_counts));
	assert_int_equal(b.det[ES_ALERT_NEGATIVE_SHARE].firing, 1);
	assert_int_equal(b.det[ES_ALERT_NEGATIVE_SHARE].fired_ms, T0 + HOUR);
	assert_int_equal(b.det[ES_ALERT_NEGATIVE_SHARE].resolved_ms, 0);
	assert_int_equal(b.det[ES_ALERT_VOLUME_SPIKE].firing, 0);
	assert_int_equal(b.det[ES_ALERT_VOLUME_SPIKE].resolved_ms, T0 + 30 * MIN);
	assert_int_equal(b.det[ES_ALERT_FLATLINE].fired_ms, 0);
	assert_int_equal(b.n_samples, 2);
	assert_string_equal(b.samples[0], "1862000000000000001");
	assert_string_equal(b.samples[1], "at://did:plc:zephyr/app.bsky.feed.post/3k");
	struct es_topk_item top[4];
	assert_int_equal(es_topk_top(tk, top, 4), 2);
	assert_string_equal(top[0].term, "refund");
	assert_true(top[0].count == 3.5);
	assert_string_equal(top[1].term, "awful");
	assert_true(top[1].count == 1.25);

	/* The open minute and hour close with the same counts in both. */
	struct trace *ta = calloc(1, sizeof *ta), *tb = calloc(1, sizeof *tb);
	es_agg_advance(ref, T0 + 3 * HOUR, on_bucket, ta);
	es_agg_advance(got, T0 + 3 * HOUR, on_bucket, tb);
	assert_int_equal(ta->n, 51);
	assert_int_equal(tb->n, 51);
	assert_memory_equal(ta->c, tb->c, ta->n * sizeof ta->c[0]);
	/* The hour open at the save (14:00) closes with the mentions made before it. */
	assert_int_equal(tb->res[50], ES_BUCKET_HOUR);
	assert_int_equal(tb->start[50], T0 - 4321 + 2 * HOUR);
	assert_true(tb->c[50].n > 100);
	free(ta);
	free(tb);

	es_winstate_free(ws);
	es_topk_free(tk);
	es_agg_free(got);
	es_agg_free(ref);
	free(buf);
}

static void test_empty_and_limits(void **state)
{
	(void)state;
	struct es_winstate_writer *w;
	assert_int_equal(es_winstate_writer_new(T0, &w), 0);
	const uint8_t *buf;
	size_t len;
	es_winstate_writer_finish(w, &buf, &len);
	assert_int_equal(len, 32);
	struct es_winstate *ws;
	assert_int_equal(es_winstate_parse(buf, len, 32, &ws, NULL), 0);
	assert_int_equal(es_winstate_count(ws), 0);
	assert_int_equal(es_winstate_find(ws, "acme"), -1);
	es_winstate_free(ws);
	const char *why;
	assert_int_equal(es_winstate_parse(buf, len, 31, &ws, &why), -E2BIG);
	assert_string_equal(why, "larger than the limit");

	/* Names the writer refuses. */
	struct es_agg *a;
	assert_int_equal(es_agg_new(T0, &a), 0);
	struct es_winstate_brand b;
	memset(&b, 0, sizeof b);
	b.agg = a;
	b.name = "";
	assert_int_equal(es_winstate_writer_add(w, &b), -EINVAL);
	char longname[80];
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	b.name = longname;
	assert_int_equal(es_winstate_writer_add(w, &b), -EINVAL);
	b.name = "acme";
	assert_int_equal(es_winstate_writer_add(w, &b), 0);
	es_winstate_writer_finish(w, &buf, &len);
	assert_int_equal(len,
	                 32 + ES_WINSTATE_RECORD_MIN + 3); /* "acme": 3 bytes over a 1-byte name */
	assert_int_equal(parse_rc(buf, len, NULL), 0);

	/* A slot the reader would refuse keeps its brand out of the file. */
	struct es_agg *busy;
	assert_int_equal(es_agg_new(T0, &busy), 0);
	for (unsigned k = 0; k <= ES_SLOT_N_MAX; k++)
		es_agg_add(busy, 0.5, ES_LABEL_POS, 0);
	b.agg = busy;
	b.name = "busy";
	assert_int_equal(es_winstate_writer_add(w, &b), -ERANGE);
	es_winstate_writer_finish(w, &buf, &len);
	assert_int_equal(parse_rc(buf, len, NULL), 0);
	assert_int_equal(len, 32 + ES_WINSTATE_RECORD_MIN + 3); /* still "acme" alone */
	es_agg_free(busy);
	es_winstate_writer_free(w);
	es_agg_free(a);
}

static void test_every_truncation_and_flip(void **state)
{
	(void)state;
	static const char *const names[] = {"acme"};
	uint8_t *buf;
	size_t len;
	make_file(names, 1, &buf, &len);
	assert_int_equal(parse_rc(buf, len, NULL), 0);
	const char *why;
	for (size_t l = 0; l < len; l++) {
		int rc = parse_rc(buf, l, &why);
		assert_int_equal(rc, -EBADMSG);
		assert_non_null(why);
	}
	/* One flipped bit anywhere: the magic, the version or the checksum says so. */
	for (size_t i = 0; i < len; i++) {
		buf[i] ^= 0x10;
		int rc = parse_rc(buf, len, &why);
		assert_true(rc == -EBADMSG || (rc == -EPROTONOSUPPORT && i >= 8 && i < 12));
		buf[i] ^= 0x10;
	}
	assert_int_equal(parse_rc(buf, len, NULL), 0);
	free(buf);
}

static void test_version_and_magic(void **state)
{
	(void)state;
	static const char *const names[] = {"acme"};
	uint8_t *buf;
	size_t len;
	make_file(names, 1, &buf, &len);
	const char *why;
	put_le(buf + 8, 2, 4);
	fix_checksum(buf, len);
	assert_int_equal(parse_rc(buf, len, &why), -EPROTONOSUPPORT);
	assert_string_equal(why, "written by another version");
	put_le(buf + 8, 1, 4);
	buf[0] = 'E';
	fix_checksum(buf, len);
	assert_int_equal(parse_rc(buf, len, &why), -EBADMSG);
	assert_string_equal(why, "not a windows state file");
	free(buf);
}

/* A valid checksum over absurd content: each is refused with its reason. */
static void test_absurd_values(void **state)
{
	(void)state;
	static const char *const names[] = {"acme"};
	uint8_t *orig, *buf;
	size_t len;
	make_file(names, 1, &orig, &len);
	buf = malloc(len + 16);
	struct {
		size_t off;
		uint64_t value;
		int bytes;
		const char *why;
	} cases[] = {
	        {12, 2, 4, "truncated"},
	        {12, 100001, 4, "absurd number of brands"},
	        {12, 0xffffffff, 4, "absurd number of brands"},
	        {12, 0, 4, "bytes after the last brand"},
	        {16, ES_WINSTATE_TIME_MAX + 1, 8, "absurd clock"},
	        {16, T0, 8, "a brand's clock is before its start or after the file's clock"},
	        {OFF_REC, 0, 1, "a brand name is empty, too long or holds a NUL"},
	        {OFF_REC + 2, 0, 1, "a brand name is empty, too long or holds a NUL"},
	        {OFF_REC, ES_WINSTATE_NAME_MAX + 1, 1,
	         "a brand name is empty, too long or holds a NUL"},
	        {OFF_REC + 5, T0 + 3 * HOUR, 8,
	         "a brand's clock is before its start or after the file's clock"},
	        {OFF_DET, 3, 1, "wrong number of detectors"},
	        {OFF_DET + 1, 2, 1, "a detector state is invalid or from the future"},
	        {OFF_DET + 2, T0 + 5 * HOUR, 8, "a detector state is invalid or from the future"},
	        {OFF_SAMPLES, 6, 1, "too many samples"},
	        {OFF_SAMPLES + 1, 0, 1, "a sample id is empty, too long or holds a NUL"},
	        {OFF_SAMPLES + 2, 0, 1, "a sample id is empty, too long or holds a NUL"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memcpy(buf, orig, len);
		put_le(buf + cases[i].off, cases[i].value, cases[i].bytes);
		fix_checksum(buf, len);
		const char *why = NULL;
		assert_int_equal(parse_rc(buf, len, &why), -EBADMSG);
		assert_string_equal(why, cases[i].why);
	}
	/* Find the first second slot: after the samples and terms. */
	size_t p = OFF_SAMPLES;
	size_t ns = orig[p++];
	for (size_t i = 0; i < ns; i++)
		p += 1 + orig[p];
	size_t nt = orig[p++];
	for (size_t i = 0; i < nt; i++)
		p += 1 + orig[p] + 8;
	size_t n_secs = orig[p] | (size_t)orig[p + 1] << 8;
	assert_true(n_secs >= 2);
	size_t slot = p + 2;
	struct {
		size_t off;
		uint64_t value;
		int bytes;
		const char *why;
	} slots[] = {
	        {p, 901, 2, "too many slots"},
	        {slot, 0, 8, "a slot's time is out of order or outside its ring"},
	        {slot, UINT64_MAX, 8, "a slot's time is out of order or outside its ring"},
	        {slot + 52, 0, 8, "a slot's time is out of order or outside its ring"},
	        {slot + 8, 0, 4, "a slot's counts do not add up or are absurd"},
	        {slot + 8, ES_SLOT_N_MAX + 1, 4, "a slot's counts do not add up or are absurd"},
	        {slot + 8 + 20, 0xffffff, 4, "a slot's counts do not add up or are absurd"},
	        {slot + 8 + 28, (uint64_t)INT64_MIN, 8,
	         "a slot's counts do not add up or are absurd"},
	        {slot + 8 + 36, (uint64_t)-1, 8, "a slot's counts do not add up or are absurd"},
	};
	for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++) {
		memcpy(buf, orig, len);
		put_le(buf + slots[i].off, slots[i].value, slots[i].bytes);
		fix_checksum(buf, len);
		const char *why = NULL;
		int rc = parse_rc(buf, len, &why);
		assert_int_equal(rc, -EBADMSG);
		assert_string_equal(why, slots[i].why);
	}
	/* The last second slot with one more mention than its minute (all in the ring) holds. */
	memcpy(buf, orig, len);
	size_t last = slot + (n_secs - 1) * 52 + 8;
	for (size_t off = 0; off <= 20; off += 4)
		if (off == 0 || off == 4 || off == 20)
			buf[last + off]++;
	fix_checksum(buf, len);
	const char *why0 = NULL;
	assert_int_equal(parse_rc(buf, len, &why0), -EBADMSG);
	assert_string_equal(why0, "the seconds of a minute exceed the minute");
	/* Trailing bytes after a good file. */
	memcpy(buf, orig, len);
	memmove(buf + len - 8 + 4, buf + len - 8, 8);
	memset(buf + len - 8, 0, 4);
	fix_checksum(buf, len + 4);
	const char *why;
	assert_int_equal(parse_rc(buf, len + 4, &why), -EBADMSG);
	assert_string_equal(why, "bytes after the last brand");
	free(buf);
	free(orig);
}

static void test_duplicate_brand(void **state)
{
	(void)state;
	static const char *const names[] = {"acme", "globex", "acme"};
	uint8_t *buf;
	size_t len;
	make_file(names, 3, &buf, &len);
	const char *why;
	assert_int_equal(parse_rc(buf, len, &why), -EBADMSG);
	assert_string_equal(why, "a brand appears twice");
	free(buf);
}

static void test_files(void **state)
{
	(void)state;
	char dir[] = "/tmp/es-winstate-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128], tmp[140];
	snprintf(path, sizeof path, "%s/windows", dir);
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	struct es_winstate *ws = NULL;
	const char *why;
	assert_int_equal(es_winstate_load(path, 1u << 20, &ws, &why), -ENOENT);
	static const char *const names[] = {"acme", "globex"};
	uint8_t *buf;
	size_t len;
	make_file(names, 2, &buf, &len);
	assert_int_equal(es_winstate_write_file(path, buf, len), 0);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal((size_t)st.st_size, len);
	assert_int_not_equal(stat(tmp, &st), 0); /* renamed away */
	assert_int_equal(es_winstate_load(path, 1u << 20, &ws, &why), 0);
	assert_int_equal(es_winstate_count(ws), 2);
	es_winstate_free(ws);
	assert_int_equal(es_winstate_load(path, len - 1, &ws, &why), -E2BIG);
	/* A torn write (what a crash without the rename would leave). */
	assert_int_equal(truncate(path, (off_t)len / 2), 0);
	assert_int_equal(es_winstate_load(path, 1u << 20, &ws, &why), -EBADMSG);
	assert_string_equal(why, "checksum mismatch (torn or corrupt)");
	assert_int_equal(es_winstate_load(dir, 1u << 20, &ws, &why), -EIO);
	char missing[160];
	snprintf(missing, sizeof missing, "%s/no/such/windows", dir);
	assert_int_equal(es_winstate_write_file(missing, buf, len), -ENOENT);
	unlink(path);
	rmdir(dir);
	free(buf);
}

static void test_alloc_fail(void **state)
{
	(void)state;
	static const char *const names[] = {"acme", "globex"};
	uint8_t *file;
	size_t flen;
	make_file(names, 2, &file, &flen);
	struct es_agg *a = busy_agg();
	int done = 0;
	for (long n = 0; !done && n < 100; n++) {
		alloc_fail_after(n);
		struct es_winstate_writer *w = NULL;
		int rc = es_winstate_writer_new(T0, &w);
		if (rc == 0) {
			struct es_winstate_brand b;
			fill_brand(&b, "acme", a, NULL);
			rc = es_winstate_writer_add(w, &b);
			if (rc == 0) {
				b.name = "globex";
				rc = es_winstate_writer_add(w, &b);
			}
		}
		int fired = alloc_fail_fired();
		alloc_fail_off();
		assert_int_equal(rc, fired ? -ENOMEM : 0);
		done = !fired;
		es_winstate_writer_free(w);
	}
	assert_true(done);
	done = 0;
	for (long n = 0; !done && n < 100; n++) {
		alloc_fail_after(n);
		struct es_winstate *ws = NULL;
		const char *why = NULL;
		int rc = es_winstate_parse(file, flen, flen, &ws, &why);
		int fired = alloc_fail_fired();
		alloc_fail_off();
		assert_int_equal(rc, fired ? -ENOMEM : 0);
		if (fired)
			assert_string_equal(why, "out of memory");
		done = !fired;
		es_winstate_free(ws);
	}
	assert_true(done);
	es_agg_free(a);
	free(file);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_agg_restore_exact),
	        cmocka_unit_test(test_round_trip),
	        cmocka_unit_test(test_empty_and_limits),
	        cmocka_unit_test(test_every_truncation_and_flip),
	        cmocka_unit_test(test_version_and_magic),
	        cmocka_unit_test(test_absurd_values),
	        cmocka_unit_test(test_duplicate_brand),
	        cmocka_unit_test(test_files),
	        cmocka_unit_test(test_alloc_fail),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
