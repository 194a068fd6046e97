/*
 * fuzz_winstate.c — the brands' state file (lib/winstate.c) on arbitrary
 * bytes, as a crash, a damaged disk or a stranger could leave state_dir/
 * windows. The input is parsed as it is, and again with its last eight bytes
 * replaced by the right checksum, so the fuzzer gets past the checksum into
 * the record validation. Every record of a file that parses is restored into
 * a real aggregator and top-k, its windows must be consistent (the 24-hour
 * window holds at least the 1-hour one, which holds at least the 1-minute
 * one; nothing beyond the slot limit), the clock is rolled forward, and the
 * result must write out and parse again with the same names. Nothing else
 * may happen: no crash, no leak, no read out of bounds, no allocation beyond
 * the input's size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/winstate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_BYTES (1u << 20)

static void check_agg(const struct es_agg *a)
{
	const struct es_counts *m1 = es_agg_window(a, ES_WIN_1M), *h1 = es_agg_window(a, ES_WIN_1H),
	                       *d1 = es_agg_window(a, ES_WIN_24H);
	if (m1->n > h1->n || h1->n > d1->n || d1->n > 1500ull * ES_SLOT_N_MAX)
		abort();
	if (es_counts_scored(d1) + d1->unscored != d1->n || d1->tagged + d1->untagged != d1->n)
		abort();
}

static void round_trip(const struct es_winstate *ws)
{
	size_t n = es_winstate_count(ws);
	struct es_agg *a;
	struct es_topk *tk;
	struct es_winstate_writer *w;
	if (es_agg_new(0, &a) < 0)
		return;
	if (es_topk_new(ES_WINSTATE_TERMS, &tk) < 0) {
		es_agg_free(a);
		return;
	}
	if (es_winstate_writer_new(es_winstate_clock(ws) + 90000, &w) < 0) {
		es_topk_free(tk);
		es_agg_free(a);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		struct es_winstate_brand b;
		memset(&b, 0, sizeof b);
		b.agg = a;
		b.neg_terms = NULL;
		if (es_winstate_get(ws, i, &b) != 0)
			abort(); /* parse accepted it */
		check_agg(a);
		es_agg_advance(a, es_agg_now(a) + 90000, NULL, NULL); /* a restart 90 s later */
		check_agg(a);
		b.name = es_winstate_name(ws, i);
		b.neg_terms = tk;
		if (es_winstate_writer_add(w, &b) != 0)
			abort();
	}
	const uint8_t *buf;
	size_t len;
	es_winstate_writer_finish(w, &buf, &len);
	struct es_winstate *again = NULL;
	if (es_winstate_parse(buf, len, (size_t)-1, &again, NULL) != 0 ||
	    es_winstate_count(again) != n)
		abort();
	for (size_t i = 0; i < n; i++)
		if (strcmp(es_winstate_name(again, i), es_winstate_name(ws, i)) != 0)
			abort();
	es_winstate_free(again);
	es_winstate_writer_free(w);
	es_topk_free(tk);
	es_agg_free(a);
}

static void one(const uint8_t *data, size_t size)
{
	struct es_winstate *ws = NULL;
	const char *why = NULL;
	int rc = es_winstate_parse(data, size, MAX_BYTES, &ws, &why);
	if (rc == 0) {
		if (!ws || why)
			abort();
		round_trip(ws);
		es_winstate_free(ws);
	} else if (ws || !why) {
		abort(); /* a refusal always says why and keeps nothing */
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	one(data, size);
	if (size < 32 || size > MAX_BYTES)
		return 0;
	uint8_t *fixed = malloc(size);
	if (!fixed)
		return 0;
	memcpy(fixed, data, size);
	uint64_t h = es_winstate_checksum(fixed, size - 8);
	for (int i = 0; i < 8; i++)
		fixed[size - 8 + i] = (uint8_t)(h >> (8 * i));
	one(fixed, size);
	free(fixed);
	return 0;
}
