/*
 * spool.h — earshotd's disk spool: an append-only, ordered, crash-tolerant
 * queue of Redis commands in one directory (<state_dir>/spool), used by the
 * Redis writer while Redis is unreachable for longer than memory can hold.
 *
 * Layout. Segment files named by a 64-bit sequence number in 16 hex digits
 * ("0000000100000000.seg"), so name order is queue order. Each starts with
 * an 8-byte magic and holds records:
 *
 *   u32 len | u32 crc | payload[len]          (little-endian)
 *   payload = u32 argc | argc × u32 arglen | the argument bytes
 *
 * crc is CRC-32 (IEEE, reflected) over the len field and the payload. A
 * segment is closed at segment_max bytes (a record larger than that gets a
 * segment of its own). Records are taken in order with peek/pop; a pop hands
 * back a ticket, and the records stay on disk until the caller releases
 * their tickets (es_spool_release: "delivered"), so a crash while popped
 * records are still in flight replays them rather than losing them. Segments
 * are deleted once every record in them is released. The released position
 * of a partly consumed segment is kept in the file "cursor" (written by
 * es_spool_sync and es_spool_close, atomically by rename).
 *
 * Durability. Appends go to a write buffer; es_spool_flush write(2)s it (also
 * done whenever it passes 256 KiB), es_spool_sync adds fdatasync(2) and the
 * cursor. A process crash loses nothing flushed; a power loss can lose what
 * was flushed after the last sync. Popped records are readable from the
 * write buffer even when writing fails, so a failing disk never reorders or
 * stalls the queue; appends then fail once the buffer passes 4 MiB.
 *
 * Crash tolerance. es_spool_open reads every segment: a torn or corrupt
 * record (short, bad length, bad checksum, malformed payload) and everything
 * after it in that segment is cut off (ftruncate) and counted in `corrupt`,
 * never handed out. A record found corrupt later, when read, skips the rest
 * of its segment the same way. One process at a time: the directory is
 * locked (flock on "lock").
 *
 * Bounds: the bytes on disk (including consumed records of a segment not yet
 * deleted, and what is buffered) never exceed max_bytes; arguments per record
 * ES_SPOOL_ARGC_MAX, bytes per record ES_SPOOL_RECORD_MAX.
 *
 * Not thread-safe; one owner. Every function returns 0 (or a count) or a
 * negative errno.
 */
#ifndef EARSHOT_DAEMON_SPOOL_H
#define EARSHOT_DAEMON_SPOOL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define ES_SPOOL_SEGMENT_MAX (16u << 20)           /* default segment size */
#define ES_SPOOL_ARGC_MAX    4096                  /* arguments of one record */
#define ES_SPOOL_RECORD_MAX  ((64u << 20) + (1u << 20)) /* a 64 MiB post text and the rest */

/* Replacements for the system calls and the allocator, for tests (NULL: the real one). */
struct es_spool_hooks {
	void *(*realloc_fn)(void *p, size_t size);
	ssize_t (*write_fn)(int fd, const void *buf, size_t n);
	ssize_t (*pread_fn)(int fd, void *buf, size_t n, off_t off);
	int (*fdatasync_fn)(int fd);
};

struct es_spool_opts {
	uint64_t max_bytes;                 /* spool_max: bytes on disk */
	size_t segment_max;                 /* 0: ES_SPOOL_SEGMENT_MAX */
	const struct es_spool_hooks *hooks; /* NULL: none; borrowed for the spool's life */
};

struct es_spool_stats {
	uint64_t appended;      /* records appended (tail and front) */
	uint64_t popped;        /* records handed out */
	uint64_t corrupt;       /* torn or corrupt tails cut off or skipped */
	uint64_t corrupt_bytes; /* bytes they held */
	uint64_t io_errors;     /* failed writes, reads, syncs */
	uint64_t bytes;         /* on disk, including what is still buffered */
	uint64_t unread;        /* records not popped yet */
	uint64_t segments;
};

struct es_spool;

/*
 * Open (creating it, mode 0700, if missing; its parent must exist) the spool
 * in `dir` and scan what a previous run left. Returns 0 and *out, -EBUSY when
 * another process holds the directory, -ENOMEM, or the errno of the failed
 * mkdir/open/read.
 */
int es_spool_open(const char *dir, const struct es_spool_opts *opts, struct es_spool **out);

/* Flush, sync, write the cursor and free. NULL is a no-op. Returns the first error. */
int es_spool_close(struct es_spool *sp);

/*
 * Append one command (copied). -ENOSPC past max_bytes, -E2BIG for a record
 * over the limits (or argc < 1), -ENOMEM, or the errno of a write that kept
 * failing while the buffer was full.
 */
int es_spool_append(struct es_spool *sp, int argc, const char *const *argv, const size_t *argvlen);

/*
 * The oldest unread record: 1 and *argc, *argv and *argvlen (not NUL-terminated,
 * owned by the spool, valid until the next call on sp), 0 when every record
 * has been popped, -ENOMEM.
 */
int es_spool_peek(struct es_spool *sp, int *argc, const char *const **argv,
                  const size_t **argvlen);

/* Take the record es_spool_peek returned; *ticket numbers it for es_spool_release. */
int es_spool_pop(struct es_spool *sp, uint64_t *ticket);

/*
 * Every popped record with a ticket below `below` is delivered: it may leave
 * the disk. Pass es_spool_next_ticket() when nothing popped is in flight.
 */
void es_spool_release(struct es_spool *sp, uint64_t below);
uint64_t es_spool_next_ticket(const struct es_spool *sp);

/* write(2) what is buffered. */
int es_spool_flush(struct es_spool *sp);

/* Flush, fdatasync the segment written to, and write the cursor if it moved. */
int es_spool_sync(struct es_spool *sp);

/*
 * Push-front: put a batch BEFORE everything in the spool, including records
 * popped but not released (release them after a successful commit when the
 * batch holds them). begin starts a new segment file under a temporary name,
 * add appends to it (the same errors as es_spool_append, bounded by max_bytes
 * too), commit syncs it and gives it a sequence number below every other
 * segment; abort (also done by a failed commit) removes it. One batch at a
 * time; appends and pops wait for it.
 */
int es_spool_front_begin(struct es_spool *sp);
int es_spool_front_add(struct es_spool *sp, int argc, const char *const *argv,
                       const size_t *argvlen);
int es_spool_front_commit(struct es_spool *sp);
void es_spool_front_abort(struct es_spool *sp);

/* Records not popped yet. */
uint64_t es_spool_unread(const struct es_spool *sp);
const struct es_spool_stats *es_spool_stats(const struct es_spool *sp);

#endif
