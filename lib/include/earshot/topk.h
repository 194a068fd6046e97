/*
 * topk.h — the heaviest terms of a stream in bounded memory (space-saving).
 *
 * A fixed table of k counters. A term already counted gains its weight; a new
 * term takes over the smallest counter, inheriting its count as the error
 * bound (Metwally et al.'s space-saving: every term whose true weight exceeds
 * total/k is in the table). es_topk_decay() scales every counter, so the
 * daemon can let old complaints fade (an exponential time window).
 * Used for the top negative terms per brand.
 */
#ifndef EARSHOT_TOPK_H
#define EARSHOT_TOPK_H

#include <stddef.h>
#include <stdint.h>

#define ES_TOPK_TERM_MAX 48 /* bytes of a term; longer terms are cut at a UTF-8 boundary */

struct es_topk_item {
	char term[ES_TOPK_TERM_MAX + 1]; /* NUL-terminated */
	double count;                    /* estimated weight (never below the true weight) */
	double error;                    /* over-estimation bound */
};

struct es_topk;

int es_topk_new(size_t k, struct es_topk **out); /* 0, -EINVAL (k == 0), -ENOMEM */
void es_topk_free(struct es_topk *t);
void es_topk_add(struct es_topk *t, const char *term, size_t len, double weight);
void es_topk_decay(struct es_topk *t, double factor); /* counts *= factor; drops ~0 entries */
/* Up to max items, heaviest first; returns the number written. */
size_t es_topk_top(const struct es_topk *t, struct es_topk_item *out, size_t max);

#endif
