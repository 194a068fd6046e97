/* test_dedupe.c — the bounded id set: membership, FIFO eviction, long runs against a model. */
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

#include "earshot/dedupe.h"

static void test_basic(void **state)
{
	(void)state;
	struct es_dedupe *d;
	assert_int_equal(es_dedupe_new(0, 1, &d), -EINVAL);
	assert_int_equal(es_dedupe_new(3, 1, &d), 0);
	assert_int_equal(es_dedupe_seen(d, "a", 1), 0);
	assert_int_equal(es_dedupe_seen(d, "a", 1), 1);
	assert_int_equal(es_dedupe_seen(d, "b", 1), 0);
	assert_int_equal(es_dedupe_seen(d, "", 0), 0); /* the empty id is an id too */
	assert_int_equal(es_dedupe_size(d), 3);
	/* Full: "d" evicts the oldest ("a"). */
	assert_int_equal(es_dedupe_seen(d, "d", 1), 0);
	assert_int_equal(es_dedupe_has(d, "a", 1), 0);
	assert_int_equal(es_dedupe_has(d, "b", 1), 1);
	assert_int_equal(es_dedupe_seen(d, "a", 1), 0); /* seen again: new */
	assert_int_equal(es_dedupe_has(d, "b", 1), 0);  /* …and "b" went */
	assert_int_equal(es_dedupe_size(d), 3);
	/* Long ids and ids differing only past 8 bytes. */
	assert_int_equal(es_dedupe_seen(d, "at://did:plc:abc/app.bsky.feed.post/1", 37), 0);
	assert_int_equal(es_dedupe_seen(d, "at://did:plc:abc/app.bsky.feed.post/2", 37), 0);
	assert_int_equal(es_dedupe_seen(d, "at://did:plc:abc/app.bsky.feed.post/1", 37), 1);
	es_dedupe_free(d);
}

/* Against an exact model (the last `cap` distinct inserts), with many evictions and probe runs. */
static void test_model(void **state)
{
	(void)state;
	enum { CAP = 97, N = 20000, SPACE = 400 };
	struct es_dedupe *d;
	assert_int_equal(es_dedupe_new(CAP, 42, &d), 0);
	int window[CAP];
	size_t head = 0, n = 0;
	uint64_t x = 12345;
	for (int i = 0; i < N; i++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		int id = (int)((x >> 33) % SPACE);
		char buf[16];
		int len = snprintf(buf, sizeof buf, "%d", id);
		int in_model = 0;
		for (size_t k = 0; k < n; k++)
			if (window[(head + k) % CAP] == id)
				in_model = 1;
		int got = es_dedupe_seen(d, buf, (size_t)len);
		assert_int_equal(got, in_model);
		if (!in_model) {
			if (n == CAP) {
				head = (head + 1) % CAP;
				n--;
			}
			window[(head + n) % CAP] = id;
			n++;
		}
	}
	assert_int_equal(es_dedupe_size(d), CAP);
	es_dedupe_free(d);
}

/* Save, load: the same ids are known; a torn or flipped file is refused. */
static void test_persist(void **state)
{
	(void)state;
	char path[] = "/tmp/es-dedupe-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	struct es_dedupe *d, *e;
	assert_int_equal(es_dedupe_new(4, 0, &d), 0);
	const char *ids[] = {"a", "b", "c", "d", "e"}; /* "a" falls out (cap 4) */
	for (int i = 0; i < 5; i++)
		assert_int_equal(es_dedupe_seen(d, ids[i], 1), 0);
	assert_int_equal(es_dedupe_save(d, path), 0);
	es_dedupe_free(d);

	assert_int_equal(es_dedupe_load(path, 4, &e), 0);
	assert_int_equal(es_dedupe_size(e), 4);
	assert_int_equal(es_dedupe_has(e, "a", 1), 0);
	for (int i = 1; i < 5; i++)
		assert_int_equal(es_dedupe_seen(e, ids[i], 1), 1);
	assert_int_equal(es_dedupe_seen(e, "f", 1), 0); /* new: evicts "b", the oldest */
	assert_int_equal(es_dedupe_has(e, "b", 1), 0);
	es_dedupe_free(e);

	/* A smaller set keeps the newest. */
	assert_int_equal(es_dedupe_load(path, 2, &e), 0);
	assert_int_equal(es_dedupe_has(e, "e", 1), 1);
	assert_int_equal(es_dedupe_has(e, "d", 1), 1);
	assert_int_equal(es_dedupe_has(e, "c", 1), 0);
	es_dedupe_free(e);

	/* One flipped byte, then a torn file: refused. */
	FILE *f = fopen(path, "r+b");
	assert_non_null(f);
	fseek(f, 40, SEEK_SET);
	int c = fgetc(f);
	fseek(f, 40, SEEK_SET);
	fputc(c ^ 0x10, f);
	fclose(f);
	assert_int_equal(es_dedupe_load(path, 4, &e), -EBADMSG);
	assert_int_equal(truncate(path, 20), 0);
	assert_int_equal(es_dedupe_load(path, 4, &e), -EBADMSG);
	unlink(path);
	assert_int_equal(es_dedupe_load(path, 4, &e), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_model),
		cmocka_unit_test(test_persist),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
