/*
 * topk.c — space-saving heavy hitters (topk.h).
 *
 * k is small (tens), so the table is a plain array scanned linearly: a lookup
 * and a minimum search cost k short compares, less than maintaining a heap
 * plus a hash for k = 64, and there is nothing to go stale.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/topk.h"

struct es_topk {
	size_t k, used;
	struct es_topk_item items[];
};

int es_topk_new(size_t k, struct es_topk **out)
{
	if (k == 0 || k > 4096)
		return -EINVAL;
	struct es_topk *t = calloc(1, sizeof *t + k * sizeof t->items[0]);
	if (!t)
		return -ENOMEM;
	t->k = k;
	*out = t;
	return 0;
}

void es_topk_free(struct es_topk *t)
{
	free(t);
}

/* Cut a term to the table's limit without splitting a UTF-8 sequence. */
static size_t cut_len(const char *s, size_t len)
{
	if (len <= ES_TOPK_TERM_MAX)
		return len;
	len = ES_TOPK_TERM_MAX;
	while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
		len--;
	return len;
}

void es_topk_add(struct es_topk *t, const char *term, size_t len, double weight)
{
	if (!t || !term || !(weight > 0))
		return;
	len = cut_len(term, len);
	if (len == 0)
		return;
	size_t min_i = 0;
	for (size_t i = 0; i < t->used; i++) {
		struct es_topk_item *it = &t->items[i];
		if (strncmp(it->term, term, len) == 0 && it->term[len] == '\0') {
			it->count += weight;
			return;
		}
		if (it->count < t->items[min_i].count)
			min_i = i;
	}
	struct es_topk_item *it;
	double inherited = 0;
	if (t->used < t->k) {
		it = &t->items[t->used++];
	} else {
		it = &t->items[min_i];
		inherited = it->count;
	}
	memcpy(it->term, term, len);
	it->term[len] = '\0';
	it->count = inherited + weight;
	it->error = inherited;
}

void es_topk_decay(struct es_topk *t, double factor)
{
	if (!t)
		return;
	size_t w = 0;
	for (size_t i = 0; i < t->used; i++) {
		struct es_topk_item it = t->items[i];
		it.count *= factor;
		it.error *= factor;
		if (it.count < 1e-3)
			continue; /* faded out: free the slot */
		t->items[w++] = it;
	}
	t->used = w;
}

static int by_count_desc(const void *a, const void *b)
{
	const struct es_topk_item *x = a, *y = b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcmp(x->term, y->term);
}

size_t es_topk_top(const struct es_topk *t, struct es_topk_item *out, size_t max)
{
	if (!t || !out)
		return 0;
	size_t n = t->used < max ? t->used : max;
	if (t->used <= max) {
		memcpy(out, t->items, t->used * sizeof *out);
		qsort(out, t->used, sizeof *out, by_count_desc);
		return t->used;
	}
	/* More items than wanted: sort a copy, keep the head. */
	struct es_topk_item *tmp = malloc(t->used * sizeof *tmp);
	if (!tmp)
		return 0;
	memcpy(tmp, t->items, t->used * sizeof *tmp);
	qsort(tmp, t->used, sizeof *tmp, by_count_desc);
	memcpy(out, tmp, n * sizeof *out);
	free(tmp);
	return n;
}
