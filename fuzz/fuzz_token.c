/*
 * fuzz_token.c — libFuzzer target for the tokenizer.
 *
 * Tokenizes the input (exactly sized, not NUL-terminated) and aborts when an
 * invariant of token.h breaks: tokens inside the input, in order,
 * non-overlapping, non-empty, of a valid kind, with nchar in [1, len], and
 * the count within max. It runs a second time with a small max to check that
 * truncation returns -E2BIG and writes exactly the first max tokens. Built as
 * a libFuzzer binary with -Dfuzzing=true and, always, with replay.c, which
 * feeds it the committed corpus as an ordinary test.
 *
 * It does not check token kinds against expectations; tests/unit/test_token.c
 * does.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SMALL_MAX 7

static struct es_token tok[ES_TOKENS_MAX];
static struct es_token few[SMALL_MAX + 1];

static void check(int cond)
{
	if (!cond)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	size_t n = SIZE_MAX;
	int rc = es_tokenize(text, size, tok, ES_TOKENS_MAX, &n);
	check(rc == 0 || rc == -E2BIG);
	check(n <= ES_TOKENS_MAX);
	check(rc == 0 || n == ES_TOKENS_MAX);
	uintptr_t lo = (uintptr_t)data, hi = lo + size, prev_end = lo;
	for (size_t i = 0; i < n; i++) {
		uintptr_t s = (uintptr_t)tok[i].ptr, e = s + tok[i].len;
		check(tok[i].len > 0);
		check(tok[i].kind < ES_TOKEN_KIND_COUNT);
		check(s >= prev_end && e > s && e <= hi);
		check(tok[i].nchar >= 1 && tok[i].nchar <= tok[i].len);
		check(strcmp(es_token_kind_name((enum es_token_kind)tok[i].kind), "unknown") != 0);
		prev_end = e;
	}

	/* truncation: -E2BIG exactly when there are more tokens than max, and the
	 * first max are the same tokens; the slot after them is untouched */
	memset(few, 0x5A, sizeof few);
	size_t m = SIZE_MAX;
	rc = es_tokenize(text, size, few, SMALL_MAX, &m);
	if (n > SMALL_MAX) {
		check(rc == -E2BIG && m == SMALL_MAX);
	} else {
		check(rc == 0 && m == n);
	}
	check(memcmp(few, tok, m * sizeof *few) == 0);
	const uint8_t *guard = (const uint8_t *)&few[SMALL_MAX];
	for (size_t i = 0; i < sizeof few[0]; i++)
		check(guard[i] == 0x5A);
	return 0;
}
