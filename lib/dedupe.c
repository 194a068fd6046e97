/*
 * dedupe.c — a bounded FIFO set of id hashes (dedupe.h).
 *
 * A ring holds the hashes in arrival order; an open-addressing table (linear
 * probing, at most half full) answers membership. Evicting the oldest hash
 * deletes it from the table by backward shifting, so no tombstones build up
 * over months of running.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "earshot/dedupe.h"
#include "fileio.h"

struct es_dedupe {
	uint64_t *ring;
	size_t cap, head, n;
	uint64_t *table; /* 0 = empty */
	size_t mask;
	uint64_t k0, k1;
};

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

static uint64_t hash(const struct es_dedupe *d, const char *s, size_t len)
{
	uint64_t h = d->k0 ^ (len * 0x9e3779b97f4a7c15ULL);
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = mix(h ^ w ^ d->k1) + i;
	}
	uint64_t w = 0;
	memcpy(&w, s + i, len - i);
	h = mix(h ^ w ^ d->k1 ^ (uint64_t)(len - i) << 56);
	return h ? h : 1;
}

int es_dedupe_new(size_t cap, uint64_t seed, struct es_dedupe **out)
{
	if (cap == 0 || cap > ((size_t)1 << 28))
		return -EINVAL;
	struct es_dedupe *d = calloc(1, sizeof *d);
	if (!d)
		return -ENOMEM;
	size_t tsize = 16;
	while (tsize < cap * 2)
		tsize *= 2;
	d->ring = calloc(cap, sizeof *d->ring);
	d->table = calloc(tsize, sizeof *d->table);
	if (!d->ring || !d->table) {
		es_dedupe_free(d);
		return -ENOMEM;
	}
	d->cap = cap;
	d->mask = tsize - 1;
	if (!seed) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		seed = ((uint64_t)ts.tv_nsec << 32) ^ (uint64_t)ts.tv_sec ^ (uint64_t)(uintptr_t)d;
	}
	d->k0 = mix(seed ^ 0x243f6a8885a308d3ULL);
	d->k1 = mix(seed + 0x13198a2e03707344ULL);
	*out = d;
	return 0;
}

void es_dedupe_free(struct es_dedupe *d)
{
	if (!d)
		return;
	free(d->ring);
	free(d->table);
	free(d);
}

static size_t find(const struct es_dedupe *d, uint64_t h, int *found)
{
	size_t i = (size_t)h & d->mask;
	while (d->table[i]) {
		if (d->table[i] == h) {
			*found = 1;
			return i;
		}
		i = (i + 1) & d->mask;
	}
	*found = 0;
	return i;
}

/* Delete slot i, shifting back the entries of its probe run (no tombstones). */
static void remove_at(struct es_dedupe *d, size_t i)
{
	size_t j = i;
	for (;;) {
		d->table[i] = 0;
		for (;;) {
			j = (j + 1) & d->mask;
			if (!d->table[j])
				return;
			size_t home = (size_t)d->table[j] & d->mask;
			/* Move j back to i unless its home lies cyclically in (i, j]. */
			int stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
			if (!stays)
				break;
		}
		d->table[i] = d->table[j];
		i = j;
	}
}

int es_dedupe_has(const struct es_dedupe *d, const char *id, size_t len)
{
	int found;
	find(d, hash(d, id, len), &found);
	return found;
}

int es_dedupe_seen(struct es_dedupe *d, const char *id, size_t len)
{
	uint64_t h = hash(d, id, len);
	int found;
	size_t slot = find(d, h, &found);
	if (found)
		return 1;
	if (d->n == d->cap) {
		/* Forget the oldest. */
		uint64_t old = d->ring[d->head];
		int f;
		size_t at = find(d, old, &f);
		if (f)
			remove_at(d, at);
		d->head = (d->head + 1) % d->cap;
		d->n--;
		slot = find(d, h, &found); /* the shift may have moved the free slot */
	}
	d->table[slot] = h;
	d->ring[(d->head + d->n) % d->cap] = h;
	d->n++;
	return 0;
}

size_t es_dedupe_size(const struct es_dedupe *d)
{
	return d->n;
}

/* ---- persistence --------------------------------------------------------- */

#define FILE_MAGIC 0x3170756465737365ULL /* "essedup1" little-endian */

/* FNV-1a over the payload: catches a torn or flipped file, not an adversary. */
static uint64_t checksum(const uint64_t *w, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++)
		for (int b = 0; b < 64; b += 8) {
			h ^= (w[i] >> b) & 0xff;
			h *= 0x100000001b3ULL;
		}
	return h;
}

int es_dedupe_save(const struct es_dedupe *d, const char *path)
{
	size_t words = 4 + d->n;
	uint64_t *buf = malloc((words + 1) * sizeof *buf);
	if (!buf)
		return -ENOMEM;
	buf[0] = FILE_MAGIC;
	buf[1] = d->k0;
	buf[2] = d->k1;
	buf[3] = d->n;
	for (size_t i = 0; i < d->n; i++)
		buf[4 + i] = d->ring[(d->head + i) % d->cap];
	buf[words] = checksum(buf, words);
	int rc = es_file_replace(path, buf, (words + 1) * sizeof *buf);
	free(buf);
	return rc;
}

int es_dedupe_load(const char *path, size_t cap, struct es_dedupe **out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno == ENOENT ? -ENOENT : -EIO;
	uint64_t head[4];
	int rc = -EBADMSG;
	uint64_t *buf = NULL;
	if (fread(head, sizeof *head, 4, f) != 4 || head[0] != FILE_MAGIC || head[3] > (1u << 28))
		goto out;
	size_t n = (size_t)head[3];
	buf = malloc((4 + n + 1) * sizeof *buf);
	if (!buf) {
		rc = -ENOMEM;
		goto out;
	}
	memcpy(buf, head, sizeof head);
	if (fread(buf + 4, sizeof *buf, n + 1, f) != n + 1 || fgetc(f) != EOF ||
	    checksum(buf, 4 + n) != buf[4 + n])
		goto out;
	struct es_dedupe *d;
	if ((rc = es_dedupe_new(cap, 1, &d)) < 0)
		goto out;
	d->k0 = buf[1];
	d->k1 = buf[2];
	for (size_t i = n > cap ? n - cap : 0; i < n; i++) {
		uint64_t h = buf[4 + i] ? buf[4 + i] : 1;
		int found;
		size_t slot = find(d, h, &found);
		if (found)
			continue;
		d->table[slot] = h;
		d->ring[(d->head + d->n) % d->cap] = h;
		d->n++;
	}
	*out = d;
	rc = 0;
out:
	free(buf);
	fclose(f);
	return rc;
}
