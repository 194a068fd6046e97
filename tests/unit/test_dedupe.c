/* test_dedupe.c — the bounded id set: membership, FIFO eviction, long runs against a model. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_model),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
