/*
 * test_backoff.c — reconnect delays (backoff.c): the exact sequences of the
 * generic exponential backoff with each jitter mode and a fixed seed, and of
 * X's documented reconnect policy, including caps, resets and the stop on
 * authentication failures.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "earshot/backoff.h"

static void test_rng_deterministic(void **state)
{
	(void)state;
	struct es_rng a, b;
	es_rng_seed(&a, 42);
	es_rng_seed(&b, 42);
	for (int i = 0; i < 100; i++)
		assert_int_equal(es_rng_next(&a), es_rng_next(&b));
	/* splitmix64's published first output for seed 0 */
	es_rng_seed(&a, 0);
	assert_int_equal(es_rng_next(&a), 0xe220a8397b1dcdafull);
	for (int i = 0; i < 1000; i++) {
		assert_true(es_rng_upto(&a, 10) <= 10);
		assert_int_equal(es_rng_upto(&a, 0), 0);
	}
}

static void test_exact_doubling(void **state)
{
	(void)state;
	struct es_backoff b;
	es_backoff_init(&b, 1000, 30000, ES_JITTER_NONE, 1);
	const uint64_t want[] = {1000, 2000, 4000, 8000, 16000, 30000, 30000};
	const bool capped[] = {false, false, false, false, false, true, true};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		assert_int_equal(es_backoff_fail(&b, 5000 + i), want[i]);
		assert_int_equal(b.due_ms, 5000 + i + want[i]);
		assert_int_equal(es_backoff_capped(&b), capped[i]);
	}
	es_backoff_reset(&b);
	assert_false(es_backoff_capped(&b));
	assert_int_equal(es_backoff_fail(&b, 0), 1000);
	/* thousands of failures: no overflow, still the cap */
	for (int i = 0; i < 5000; i++)
		es_backoff_fail(&b, 0);
	assert_int_equal(es_backoff_fail(&b, UINT64_MAX - 1), 30000);
	assert_int_equal(b.due_ms, UINT64_MAX);
}

static void test_bad_params(void **state)
{
	(void)state;
	struct es_backoff b;
	es_backoff_init(&b, 0, 0, ES_JITTER_NONE, 1);
	assert_int_equal(es_backoff_fail(&b, 0), 1);
	assert_true(es_backoff_capped(&b));
	es_backoff_init(&b, 500, 100, ES_JITTER_NONE, 1);
	assert_int_equal(es_backoff_fail(&b, 0), 500);
	es_backoff_init(&b, UINT64_MAX / 3, UINT64_MAX, ES_JITTER_NONE, 1);
	es_backoff_fail(&b, 0);
	es_backoff_fail(&b, 0);
	assert_int_equal(es_backoff_fail(&b, 0), UINT64_MAX);
}

static void test_full_jitter(void **state)
{
	(void)state;
	struct es_backoff b;
	struct es_rng r;
	es_backoff_init(&b, 100, 1000, ES_JITTER_FULL, 7);
	es_rng_seed(&r, 7);
	/* the same draws as the PRNG gives: uniform in [0, min(cap, 100 * 2^k)] */
	const uint64_t ceil[] = {100, 200, 400, 800, 1000, 1000};
	for (size_t i = 0; i < 6; i++) {
		uint64_t want = es_rng_next(&r) % (ceil[i] + 1);
		uint64_t got = es_backoff_fail(&b, 0);
		assert_int_equal(got, want);
		assert_true(got <= ceil[i]);
		assert_int_equal(es_backoff_capped(&b), ceil[i] == 1000);
	}
	/* and a literal sequence, so a change of PRNG or formula is noticed */
	es_backoff_init(&b, 100, 1000, ES_JITTER_FULL, 7);
	uint64_t seq[6];
	for (size_t i = 0; i < 6; i++)
		seq[i] = es_backoff_fail(&b, 0);
	es_backoff_init(&b, 100, 1000, ES_JITTER_FULL, 8);
	int same = 0;
	for (size_t i = 0; i < 6; i++)
		same += es_backoff_fail(&b, 0) == seq[i];
	assert_true(same < 6); /* another seed, another sequence */
}

static void test_jitter_20(void **state)
{
	(void)state;
	struct es_backoff b;
	struct es_rng r;
	es_backoff_init(&b, 1000, 10000, ES_JITTER_20, 99);
	es_rng_seed(&r, 99);
	const uint64_t mid[] = {1000, 2000, 4000, 8000, 10000, 10000};
	for (size_t i = 0; i < 6; i++) {
		uint64_t permille = 800 + es_rng_next(&r) % 401;
		uint64_t want = mid[i] * permille / 1000;
		if (want > 10000)
			want = 10000;
		uint64_t got = es_backoff_fail(&b, 0);
		assert_int_equal(got, want);
		assert_true(got >= mid[i] * 8 / 10 && got <= mid[i] * 12 / 10 && got <= 10000);
	}
}

/* X: one failure class at a time, exact numbers from the docs. */
static void test_x_network_linear(void **state)
{
	(void)state;
	struct es_xbackoff b;
	es_xbackoff_init(&b);
	uint64_t d;
	for (unsigned i = 1; i <= 70; i++) {
		assert_int_equal(es_xbackoff_fail(&b, ES_XFAIL_NETWORK, 1000 * i, &d), 0);
		uint64_t want = i * 250u > 16000u ? 16000u : i * 250u;
		assert_int_equal(d, want);
		assert_int_equal(b.due_ms, 1000 * i + want);
		assert_int_equal(es_xbackoff_capped(&b), want == 16000u);
	}
	assert_int_equal(b.net_attempts, 70);
}

static void test_x_http_exponential(void **state)
{
	(void)state;
	struct es_xbackoff b;
	es_xbackoff_init(&b);
	const uint64_t want[] = {5000, 10000, 20000, 40000, 80000, 160000, 320000, 320000};
	uint64_t d;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		assert_int_equal(es_xbackoff_fail(&b, es_xfail_from_http(503), 0, &d), 0);
		assert_int_equal(d, want[i]);
		assert_int_equal(es_xbackoff_capped(&b), want[i] == 320000);
	}
}

static void test_x_rate_limit(void **state)
{
	(void)state;
	struct es_xbackoff b;
	es_xbackoff_init(&b);
	const uint64_t want[] = {60000, 120000, 240000, 480000, 900000, 900000};
	uint64_t d;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		enum es_xfail f = i % 2 ? ES_XFAIL_RATE_LIMIT : es_xfail_from_http(429);
		assert_int_equal(es_xbackoff_fail(&b, f, 0, &d), 0);
		assert_int_equal(d, want[i]);
		assert_int_equal(es_xbackoff_capped(&b), want[i] == 900000);
	}
	assert_int_equal(es_xfail_from_http(420), ES_XFAIL_RATE_LIMIT);
	assert_int_equal(es_xfail_from_http(500), ES_XFAIL_HTTP);
	assert_int_equal(es_xfail_from_http(400), ES_XFAIL_HTTP);
}

static void test_x_auth_stops(void **state)
{
	(void)state;
	struct es_xbackoff b;
	es_xbackoff_init(&b);
	uint64_t d = 77;
	assert_int_equal(es_xfail_from_http(401), ES_XFAIL_AUTH);
	assert_int_equal(es_xfail_from_http(403), ES_XFAIL_AUTH);
	assert_int_equal(es_xbackoff_fail(&b, ES_XFAIL_AUTH, 0, &d), -EPERM);
	assert_int_equal(d, 77);
	/* stays stopped, even across a "success" and other failure kinds */
	es_xbackoff_success(&b);
	assert_int_equal(es_xbackoff_fail(&b, ES_XFAIL_NETWORK, 0, &d), -EPERM);
	assert_int_equal(es_xbackoff_fail(&b, ES_XFAIL_DROPPED, 0, &d), -EPERM);
	es_xbackoff_reset(&b); /* a new token */
	assert_int_equal(es_xbackoff_fail(&b, ES_XFAIL_NETWORK, 0, &d), 0);
	assert_int_equal(d, 250);
}

/* A realistic day: drops, mixed failures, success resets everything. */
static void test_x_mixed_sequence(void **state)
{
	(void)state;
	struct es_xbackoff b;
	es_xbackoff_init(&b);
	struct {
		int what; /* enum es_xfail, or -1 for success */
		uint64_t delay;
		bool capped;
	} steps[] = {
	        {ES_XFAIL_DROPPED, 250, false}, /* never established: a network failure */
	        {ES_XFAIL_NETWORK, 500, false},
	        {-1, 0, false},
	        {ES_XFAIL_DROPPED, 0, false},   /* established and dropped: at once */
	        {ES_XFAIL_DROPPED, 250, false}, /* the immediate reconnect died before data */
	        {ES_XFAIL_HTTP, 5000, false},   /* classes count separately */
	        {ES_XFAIL_NETWORK, 500, false},
	        {ES_XFAIL_HTTP, 10000, false},
	        {ES_XFAIL_RATE_LIMIT, 60000, false},
	        {ES_XFAIL_NETWORK, 750, false},
	        {-1, 0, false},
	        {ES_XFAIL_HTTP, 5000, false}, /* reset by the success */
	        {ES_XFAIL_RATE_LIMIT, 60000, false},
	        {-1, 0, false},
	        {ES_XFAIL_DROPPED, 0, false},
	        {ES_XFAIL_NETWORK, 250, false},
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (steps[i].what < 0) {
			es_xbackoff_success(&b);
			assert_false(es_xbackoff_capped(&b));
			continue;
		}
		uint64_t d = 12345;
		assert_int_equal(es_xbackoff_fail(&b, (enum es_xfail)steps[i].what, 100, &d), 0);
		assert_int_equal(d, steps[i].delay);
		assert_int_equal(b.due_ms, 100 + steps[i].delay);
		assert_int_equal(es_xbackoff_capped(&b), steps[i].capped);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_rng_deterministic),  cmocka_unit_test(test_exact_doubling),
	        cmocka_unit_test(test_bad_params),         cmocka_unit_test(test_full_jitter),
	        cmocka_unit_test(test_jitter_20),          cmocka_unit_test(test_x_network_linear),
	        cmocka_unit_test(test_x_http_exponential), cmocka_unit_test(test_x_rate_limit),
	        cmocka_unit_test(test_x_auth_stops),       cmocka_unit_test(test_x_mixed_sequence),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
