/*
 * dedupe.h — "have we seen this post id?" over the last N ids, in bounded
 * memory: what lets a source reconnect with an overlap (a rewound cursor, a
 * backfill page, the same status federated to two Mastodon instances) and
 * still hand every post to the pipeline once.
 *
 * Ids are kept as 64-bit keyed hashes (the key is random per set, so ids a
 * stranger chooses cannot be made to collide on purpose); two different ids
 * are taken for one with probability about N / 2^64. The oldest id is
 * forgotten when the set is full (first in, first out).
 */
#ifndef EARSHOT_DEDUPE_H
#define EARSHOT_DEDUPE_H

#include <stddef.h>
#include <stdint.h>

struct es_dedupe;

/* A set remembering the last `cap` ids (cap ≥ 1). 0, -EINVAL or -ENOMEM. seed 0: random. */
int es_dedupe_new(size_t cap, uint64_t seed, struct es_dedupe **out);
void es_dedupe_free(struct es_dedupe *d);

/* 1 if id was seen (among the last cap); else remembers it and returns 0. */
int es_dedupe_seen(struct es_dedupe *d, const char *id, size_t len);
/* 1 if seen, without remembering it. */
int es_dedupe_has(const struct es_dedupe *d, const char *id, size_t len);
size_t es_dedupe_size(const struct es_dedupe *d);

/*
 * Keep the set across a restart, so that the overlap a source asks for when
 * it resumes (a rewound cursor, a since_id) is not counted twice. save writes
 * the ids' hashes, oldest first, with the set's hash key and a checksum, to
 * path (through path.tmp and a rename: a crash leaves the old file or the new
 * one). load reads such a file into a new set of capacity cap (the newest
 * ids if cap is smaller). 0, -ENOENT, -EBADMSG (not ours, torn or corrupt:
 * start empty), -EIO, -ENOMEM.
 */
int es_dedupe_save(const struct es_dedupe *d, const char *path);
int es_dedupe_load(const char *path, size_t cap, struct es_dedupe **out);

#endif
