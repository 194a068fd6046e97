/*
 * spool.c — the Redis writer's disk spool (spool.h): segment files of
 * checksummed records, read in order, deleted once delivered.
 *
 * State in memory: the segments in sequence order, each with three offsets —
 * `done` (released: delivered, may be forgotten), `rd` (popped up to here)
 * and `size` (written, including what sits in the write buffer) — and a FIFO
 * of popped-but-unreleased records (their segment and end offset), one per
 * ticket. Only the last segment is ever written to (the "tail writer"); the
 * segments a previous run left are read-only. The reader is the first
 * segment whose `rd` is below its `size`, so a front batch (a new first
 * segment) is read before the rest without losing the rest's read position.
 *
 * What this does not do: it never interprets the commands, and it does not
 * retry failed writes on its own — the next flush does.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "spool.h"

#define HDR           8u              /* segment magic */
#define FIRST_SEQ     (UINT64_C(1) << 32) /* room below for front batches */
#define WBUF_SOFT     (256u << 10)    /* flush the write buffer past this */
#define WBUF_HARD     (4u << 20)      /* appends fail past this while writes fail */
#define SEGMENTS_MAX  65536           /* segment files a directory may hold */
#define CURSOR_MAX    1024            /* partly consumed segments in the cursor file */
#define NAME_LEN      20              /* 16 hex digits + ".seg" */

static const char seg_magic[HDR + 1] = "ESSPOOL1";
static const char cur_magic[HDR + 1] = "ESSPCUR1";

struct seg {
	uint64_t seq;
	uint64_t done;   /* released up to here (a record boundary) */
	uint64_t rd;     /* popped up to here */
	uint64_t size;   /* bytes, including those still in the write buffer */
	uint64_t unread; /* records between rd and size */
	int rfd;         /* read descriptor, -1 until needed */
};

/* A segment file being written: the tail, or a front batch. */
struct writer {
	int fd;           /* -1: none */
	uint64_t seq;     /* the tail's segment */
	uint64_t flushed; /* bytes in the file */
	uint64_t size;    /* flushed + buffered (front batch only; the tail's is in its seg) */
	uint64_t records; /* front batch only */
	int unsynced;     /* written since the last fdatasync */
	uint8_t *buf;     /* buf[off, len): not written yet */
	size_t off, len, cap;
};

struct pending {
	uint64_t seq; /* segment of a popped record */
	uint64_t end; /* its end offset */
};

struct es_spool {
	int dirfd, lockfd;
	struct es_spool_hooks h;
	uint64_t max_bytes;
	uint64_t seg_max;
	uint32_t crc_table[256];
	struct seg *segs;
	size_t nseg, segcap;
	uint64_t next_seq;
	struct writer w; /* the tail */
	struct writer f; /* a front batch, when in_front */
	int in_front;
	/* The last record peeked. */
	int peek_valid;
	uint64_t peek_seq, peek_off, peek_len;
	uint8_t *pbuf;
	size_t pcap;
	const char **argv;
	size_t *lens;
	size_t acap, lcap;
	int argc;
	/* Popped, not released: a FIFO; ticket of pend[phead] is `base`. */
	struct pending *pend;
	size_t phead, pcount, pendcap;
	uint64_t base;
	int cursor_dirty;
	struct es_spool_stats st;
};

/* ======================================================================== */
/* Helpers                                                                  */

static void *sys_realloc(void *p, size_t n)
{
	return realloc(p, n);
}

static ssize_t sys_write(int fd, const void *b, size_t n)
{
	return write(fd, b, n);
}

static ssize_t sys_pread(int fd, void *b, size_t n, off_t off)
{
	return pread(fd, b, n, off);
}

static int sys_fdatasync(int fd)
{
	return fdatasync(fd);
}

/* Grow *p to hold at least n elements of `elem` bytes (doubling). */
static int grow(struct es_spool *sp, void *pp, size_t *cap, size_t n, size_t elem)
{
	void **p = pp;
	if (n <= *cap)
		return 0;
	size_t nc = *cap ? *cap : 16;
	while (nc < n)
		nc *= 2;
	void *q = sp->h.realloc_fn(*p, nc * elem);
	if (!q)
		return -ENOMEM;
	*p = q;
	*cap = nc;
	return 0;
}

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static uint64_t get64(const uint8_t *p)
{
	return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

static void put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

/*
 * CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), one table lookup a
 * byte. The table is built per spool: no global state.
 */
static void crc_init(uint32_t *t)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
		t[i] = c;
	}
}

static uint32_t crc_update(const uint32_t *t, uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	for (size_t i = 0; i < n; i++)
		crc = t[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
	return ~crc;
}

static void seg_name(char *buf, uint64_t seq)
{
	snprintf(buf, NAME_LEN + 1, "%016" PRIx64 ".seg", seq);
}

/* 1 and *seq when `name` is a segment file's name. */
static int parse_name(const char *name, uint64_t *seq)
{
	if (strlen(name) != NAME_LEN || strcmp(name + 16, ".seg") != 0)
		return 0;
	uint64_t v = 0;
	for (int i = 0; i < 16; i++) {
		char c = name[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (d < 0)
			return 0;
		v = v << 4 | (uint64_t)d;
	}
	*seq = v;
	return 1;
}

static struct seg *find_seg(struct es_spool *sp, uint64_t seq)
{
	for (size_t i = 0; i < sp->nseg; i++)
		if (sp->segs[i].seq == seq)
			return &sp->segs[i];
	return NULL;
}

static int is_tail(const struct es_spool *sp, const struct seg *s)
{
	return sp->w.fd >= 0 && sp->w.seq == s->seq;
}

/* ======================================================================== */
/* Writing                                                                  */

/* Room for n more bytes at the end of the buffer. */
static int wbuf_reserve(struct es_spool *sp, struct writer *w, size_t n)
{
	if (w->off > 0 && w->cap - w->len < n) {
		memmove(w->buf, w->buf + w->off, w->len - w->off);
		w->len -= w->off;
		w->off = 0;
	}
	return grow(sp, &w->buf, &w->cap, w->len + n, 1);
}

/* write(2) the buffer. On failure the unwritten rest stays buffered. */
static int writer_flush(struct es_spool *sp, struct writer *w)
{
	while (w->fd >= 0 && w->off < w->len) {
		ssize_t n = sp->h.write_fn(w->fd, w->buf + w->off, w->len - w->off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = n < 0 ? errno : EIO;
			sp->st.io_errors++;
			return -(e ? e : EIO);
		}
		w->off += (size_t)n;
		w->flushed += (uint64_t)n;
		w->unsynced = 1;
	}
	w->off = w->len = 0;
	return 0;
}

static int writer_sync(struct es_spool *sp, struct writer *w)
{
	int rc = writer_flush(sp, w);
	if (rc < 0)
		return rc;
	if (w->fd >= 0 && w->unsynced) {
		if (sp->h.fdatasync_fn(w->fd) != 0) {
			sp->st.io_errors++;
			return -(errno ? errno : EIO);
		}
		w->unsynced = 0;
	}
	return 0;
}

static void writer_close(struct writer *w)
{
	if (w->fd >= 0)
		close(w->fd);
	w->fd = -1;
	w->off = w->len = 0;
	w->flushed = w->size = w->records = 0;
	w->unsynced = 0;
}

/* Bytes of the record for these arguments, or -E2BIG. */
static int record_size(int argc, const size_t *argvlen, uint64_t *out)
{
	if (argc < 1 || argc > ES_SPOOL_ARGC_MAX)
		return -E2BIG;
	uint64_t n = 8 + 4 + 4 * (uint64_t)argc;
	for (int i = 0; i < argc; i++) {
		if (argvlen[i] > ES_SPOOL_RECORD_MAX)
			return -E2BIG;
		n += argvlen[i];
		if (n > ES_SPOOL_RECORD_MAX)
			return -E2BIG;
	}
	*out = n;
	return 0;
}

/* Encode one record of `rec` bytes at the end of w's buffer. */
static int encode(struct es_spool *sp, struct writer *w, int argc, const char *const *argv,
                  const size_t *argvlen, uint64_t rec)
{
	int rc = wbuf_reserve(sp, w, (size_t)rec);
	if (rc < 0)
		return rc;
	uint8_t *p = w->buf + w->len;
	put32(p, (uint32_t)(rec - 8));
	uint8_t *q = p + 12;
	put32(p + 8, (uint32_t)argc);
	for (int i = 0; i < argc; i++, q += 4)
		put32(q, (uint32_t)argvlen[i]);
	for (int i = 0; i < argc; i++) {
		if (argvlen[i])
			memcpy(q, argv[i], argvlen[i]);
		q += argvlen[i];
	}
	uint32_t crc = crc_update(sp->crc_table, 0, p, 4);
	crc = crc_update(sp->crc_table, crc, p + 8, (size_t)(rec - 8));
	put32(p + 4, crc);
	w->len += (size_t)rec;
	return 0;
}

/* A new segment file, open for writing with its magic buffered. */
static int create_file(struct es_spool *sp, struct writer *w, const char *name, int flags)
{
	int fd = openat(sp->dirfd, name, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | flags, 0600);
	if (fd < 0)
		return -errno;
	w->fd = fd;
	w->flushed = 0;
	w->unsynced = 0;
	w->off = w->len = 0;
	int rc = wbuf_reserve(sp, w, HDR);
	if (rc < 0) {
		writer_close(w);
		unlinkat(sp->dirfd, name, 0);
		return rc;
	}
	memcpy(w->buf, seg_magic, HDR);
	w->len = HDR;
	return 0;
}

/* Close the tail segment (flushed and synced) and start the next one. */
static int rotate(struct es_spool *sp)
{
	if (sp->w.fd >= 0) {
		int rc = writer_flush(sp, &sp->w);
		if (rc < 0)
			return rc;
		writer_sync(sp, &sp->w); /* counted; the data is written either way */
		writer_close(&sp->w);
	}
	int rc = grow(sp, &sp->segs, &sp->segcap, sp->nseg + 1, sizeof *sp->segs);
	if (rc < 0)
		return rc;
	char name[NAME_LEN + 1];
	uint64_t seq = sp->next_seq;
	seg_name(name, seq);
	rc = create_file(sp, &sp->w, name, O_EXCL);
	if (rc < 0) {
		sp->st.io_errors++;
		return rc;
	}
	fsync(sp->dirfd); /* the new name survives a power loss with its data */
	sp->next_seq = seq + 1;
	sp->w.seq = seq;
	sp->segs[sp->nseg++] = (struct seg){.seq = seq, .done = HDR, .rd = HDR, .size = HDR, .rfd = -1};
	sp->st.bytes += HDR;
	sp->st.segments++;
	return 0;
}

int es_spool_append(struct es_spool *sp, int argc, const char *const *argv, const size_t *argvlen)
{
	if (sp->in_front)
		return -EBUSY;
	uint64_t rec;
	int rc = record_size(argc, argvlen, &rec);
	if (rc < 0)
		return rc;
	struct seg *tail = sp->w.fd >= 0 ? &sp->segs[sp->nseg - 1] : NULL;
	int fresh = !tail || (tail->size + rec > sp->seg_max && tail->size > HDR);
	if (sp->st.bytes + rec + (fresh ? HDR : 0) > sp->max_bytes)
		return -ENOSPC;
	if (fresh) {
		rc = rotate(sp);
		if (rc < 0)
			return rc;
		tail = &sp->segs[sp->nseg - 1];
	}
	size_t buffered = sp->w.len - sp->w.off;
	if (buffered > 0 && buffered + rec > WBUF_HARD) {
		rc = writer_flush(sp, &sp->w);
		if (rc < 0)
			return rc;
	}
	rc = encode(sp, &sp->w, argc, argv, argvlen, rec);
	if (rc < 0)
		return rc;
	tail->size += rec;
	tail->unread++;
	sp->st.bytes += rec;
	sp->st.unread++;
	sp->st.appended++;
	if (sp->w.len - sp->w.off >= WBUF_SOFT)
		writer_flush(sp, &sp->w); /* a failure is counted; the records stay buffered */
	return 0;
}

int es_spool_flush(struct es_spool *sp)
{
	return writer_flush(sp, &sp->w);
}

/* ======================================================================== */
/* Reading                                                                  */

/* n bytes of segment s at off: from the file, then from the tail's buffer. */
static int read_at(struct es_spool *sp, struct seg *s, uint64_t off, void *dst, size_t n)
{
	uint8_t *d = dst;
	int tail = is_tail(sp, s);
	uint64_t in_file = tail ? sp->w.flushed : s->size;
	if (off < in_file) {
		size_t k = in_file - off < n ? (size_t)(in_file - off) : n;
		if (s->rfd < 0) {
			char name[NAME_LEN + 1];
			seg_name(name, s->seq);
			s->rfd = openat(sp->dirfd, name, O_RDONLY | O_CLOEXEC);
			if (s->rfd < 0)
				return -errno;
		}
		while (k > 0) {
			ssize_t got = sp->h.pread_fn(s->rfd, d, k, (off_t)off);
			if (got < 0 && errno == EINTR)
				continue;
			if (got <= 0)
				return got < 0 ? -errno : -EIO; /* an error, or the file shrank */
			d += got;
			off += (uint64_t)got;
			k -= (size_t)got;
			n -= (size_t)got;
		}
	}
	if (n > 0) {
		if (!tail || off < in_file || off - in_file + n > sp->w.len - sp->w.off)
			return -EIO;
		memcpy(d, sp->w.buf + sp->w.off + (off - in_file), n);
	}
	return 0;
}

/*
 * Read and check the record at off in s into the peek buffers: 1 and *len
 * (its bytes), 0 when it is torn or corrupt, -ENOMEM, or a read error.
 */
static int read_record(struct es_spool *sp, struct seg *s, uint64_t off, uint64_t *len)
{
	uint64_t avail = s->size - off;
	if (avail < 8)
		return 0;
	uint8_t h[8];
	int rc = read_at(sp, s, off, h, 8);
	if (rc < 0)
		return rc;
	uint32_t plen = get32(h), crc = get32(h + 4);
	if (plen < 8 || plen > ES_SPOOL_RECORD_MAX - 8 || plen > avail - 8)
		return 0;
	rc = grow(sp, &sp->pbuf, &sp->pcap, plen, 1);
	if (rc < 0)
		return rc;
	rc = read_at(sp, s, off + 8, sp->pbuf, plen);
	if (rc < 0)
		return rc;
	uint32_t c = crc_update(sp->crc_table, 0, h, 4);
	if (crc_update(sp->crc_table, c, sp->pbuf, plen) != crc)
		return 0;
	uint32_t argc = get32(sp->pbuf);
	if (argc < 1 || argc > ES_SPOOL_ARGC_MAX || 4 + 4 * (uint64_t)argc > plen)
		return 0;
	if (grow(sp, &sp->argv, &sp->acap, argc, sizeof *sp->argv) < 0 ||
	    grow(sp, &sp->lens, &sp->lcap, argc, sizeof *sp->lens) < 0)
		return -ENOMEM;
	uint64_t pos = 4 + 4 * (uint64_t)argc;
	for (uint32_t i = 0; i < argc; i++) {
		uint32_t l = get32(sp->pbuf + 4 + 4 * i);
		if (l > plen - pos)
			return 0;
		sp->argv[i] = (const char *)sp->pbuf + pos;
		sp->lens[i] = l;
		pos += l;
	}
	if (pos != plen)
		return 0;
	sp->argc = (int)argc;
	*len = 8 + (uint64_t)plen;
	return 1;
}

static int pend_push(struct es_spool *sp, uint64_t seq, uint64_t end)
{
	if (sp->phead > 0 && sp->phead + sp->pcount == sp->pendcap) {
		memmove(sp->pend, sp->pend + sp->phead, sp->pcount * sizeof *sp->pend);
		sp->phead = 0;
	}
	int rc = grow(sp, &sp->pend, &sp->pendcap, sp->phead + sp->pcount + 1, sizeof *sp->pend);
	if (rc < 0)
		return rc;
	sp->pend[sp->phead + sp->pcount++] = (struct pending){seq, end};
	return 0;
}

int es_spool_peek(struct es_spool *sp, int *argc, const char *const **argv,
                  const size_t **argvlen)
{
	sp->peek_valid = 0;
	if (sp->in_front)
		return -EBUSY;
	for (size_t i = 0; i < sp->nseg; i++) {
		struct seg *s = &sp->segs[i];
		if (s->rd >= s->size)
			continue;
		uint64_t len;
		int rc = read_record(sp, s, s->rd, &len);
		if (rc == 1) {
			sp->peek_valid = 1;
			sp->peek_seq = s->seq;
			sp->peek_off = s->rd;
			sp->peek_len = len;
			*argc = sp->argc;
			*argv = sp->argv;
			*argvlen = sp->lens;
			return 1;
		}
		if (rc == -ENOMEM)
			return rc;
		/*
		 * Corrupt, or unreadable: the rest of this segment is skipped (a
		 * failing disk must not stall the queue), counted, and released with
		 * the records popped before it.
		 */
		if (pend_push(sp, s->seq, s->size) < 0) /* a ticket of its own */
			return -ENOMEM;
		if (rc < 0)
			sp->st.io_errors++;
		sp->st.corrupt++;
		sp->st.corrupt_bytes += s->size - s->rd;
		sp->st.unread -= s->unread;
		s->unread = 0;
		s->rd = s->size;
	}
	return 0;
}

int es_spool_pop(struct es_spool *sp, uint64_t *ticket)
{
	if (!sp->peek_valid)
		return -EINVAL;
	struct seg *s = find_seg(sp, sp->peek_seq);
	if (!s || s->rd != sp->peek_off)
		return -EINVAL;
	if (pend_push(sp, s->seq, s->rd + sp->peek_len) < 0)
		return -ENOMEM;
	*ticket = sp->base + sp->pcount - 1;
	s->rd += sp->peek_len;
	s->unread--;
	sp->st.unread--;
	sp->st.popped++;
	sp->peek_valid = 0;
	return 0;
}

uint64_t es_spool_next_ticket(const struct es_spool *sp)
{
	return sp->base + sp->pcount;
}

/* Forget segment i: its file, its descriptors, and the tail writer if it is the tail. */
static void remove_seg(struct es_spool *sp, size_t i)
{
	struct seg *s = &sp->segs[i];
	if (s->rfd >= 0)
		close(s->rfd);
	if (is_tail(sp, s))
		writer_close(&sp->w);
	char name[NAME_LEN + 1];
	seg_name(name, s->seq);
	if (unlinkat(sp->dirfd, name, 0) != 0 && errno != ENOENT)
		sp->st.io_errors++;
	sp->st.bytes -= s->size;
	sp->st.unread -= s->unread;
	sp->st.segments--;
	memmove(s, s + 1, (sp->nseg - i - 1) * sizeof *s);
	sp->nseg--;
	sp->cursor_dirty = 1;
}

static void remove_finished(struct es_spool *sp)
{
	for (size_t i = 0; i < sp->nseg;) {
		struct seg *s = &sp->segs[i];
		if (s->done >= s->size && s->rd >= s->size)
			remove_seg(sp, i);
		else
			i++;
	}
}

void es_spool_release(struct es_spool *sp, uint64_t below)
{
	while (sp->pcount > 0 && sp->base < below) {
		struct pending e = sp->pend[sp->phead++];
		sp->pcount--;
		sp->base++;
		struct seg *s = find_seg(sp, e.seq);
		if (s && e.end > s->done) {
			s->done = e.end;
			sp->cursor_dirty = 1;
		}
	}
	if (sp->pcount == 0)
		sp->phead = 0;
	remove_finished(sp);
}

/* ======================================================================== */
/* Cursor                                                                   */

/* Write the released offsets of partly consumed segments (or remove the file). */
static int write_cursor(struct es_spool *sp)
{
	size_t n = 0;
	for (size_t i = 0; i < sp->nseg && n < CURSOR_MAX; i++)
		if (sp->segs[i].done > HDR)
			n++;
	if (n == 0) {
		if (unlinkat(sp->dirfd, "cursor", 0) != 0 && errno != ENOENT)
			return -errno;
		sp->cursor_dirty = 0;
		return 0;
	}
	size_t bytes = HDR + 4 + n * 16 + 4;
	uint8_t *b = sp->h.realloc_fn(NULL, bytes);
	if (!b)
		return -ENOMEM;
	memcpy(b, cur_magic, HDR);
	put32(b + HDR, (uint32_t)n);
	uint8_t *p = b + HDR + 4;
	for (size_t i = 0, k = 0; i < sp->nseg && k < n; i++)
		if (sp->segs[i].done > HDR) {
			put64(p, sp->segs[i].seq);
			put64(p + 8, sp->segs[i].done);
			p += 16;
			k++;
		}
	put32(p, crc_update(sp->crc_table, 0, b, bytes - 4));
	int rc = 0;
	int fd = openat(sp->dirfd, "cursor.tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		rc = -errno;
	} else {
		size_t off = 0;
		while (off < bytes) {
			ssize_t w = sp->h.write_fn(fd, b + off, bytes - off);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				rc = w < 0 ? -errno : -EIO;
				break;
			}
			off += (size_t)w;
		}
		close(fd);
		/* No fsync: a cursor lost in a power cut replays delivered records (at least once). */
		if (rc == 0 && renameat(sp->dirfd, "cursor.tmp", sp->dirfd, "cursor") != 0)
			rc = -errno;
	}
	free(b);
	if (rc < 0)
		sp->st.io_errors++;
	else
		sp->cursor_dirty = 0;
	return rc;
}

/* The released offset the cursor file gives segment seq, or HDR. */
static uint64_t cursor_offset(const uint8_t *cur, size_t n, uint64_t seq)
{
	for (size_t i = 0; i < n; i++)
		if (get64(cur + i * 16) == seq)
			return get64(cur + i * 16 + 8);
	return HDR;
}

/*
 * Read the cursor file into *out (*n entries of 16 bytes). A missing or
 * damaged one counts as none: delivered records are then read again.
 */
static int read_cursor(struct es_spool *sp, uint8_t **out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	int fd = openat(sp->dirfd, "cursor", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	size_t max = HDR + 4 + CURSOR_MAX * 16 + 4;
	uint8_t *b = sp->h.realloc_fn(NULL, max + 1);
	if (!b) {
		close(fd);
		return -ENOMEM;
	}
	size_t got = 0;
	while (got <= max) {
		ssize_t r = read(fd, b + got, max + 1 - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	size_t n = got >= HDR + 8 ? get32(b + HDR) : 0;
	if (got > max || got < HDR + 8 || memcmp(b, cur_magic, HDR) != 0 || n > CURSOR_MAX ||
	    got != HDR + 4 + n * 16 + 4 ||
	    crc_update(sp->crc_table, 0, b, got - 4) != get32(b + got - 4)) {
		free(b);
		return 0;
	}
	memmove(b, b + HDR + 4, n * 16);
	*out = b;
	*nout = n;
	return 0;
}

/* ======================================================================== */
/* Open and close                                                           */

/* Cut segment s at off (a torn or corrupt record there), counted. */
static void cut(struct es_spool *sp, struct seg *s, uint64_t off)
{
	char name[NAME_LEN + 1];
	seg_name(name, s->seq);
	int fd = openat(sp->dirfd, name, O_WRONLY | O_CLOEXEC);
	if (fd < 0 || ftruncate(fd, (off_t)off) != 0)
		sp->st.io_errors++; /* the bytes past off are never read either way */
	if (fd >= 0)
		close(fd);
	sp->st.corrupt++;
	sp->st.corrupt_bytes += s->size - off;
	sp->st.bytes -= s->size - off;
	s->size = off;
}

/*
 * Check every record of s, cut a torn or corrupt tail, and set done/rd from
 * the cursor when it names a record boundary. -ENOMEM or a read error fail
 * the open.
 */
static int scan_seg(struct es_spool *sp, struct seg *s, uint64_t cur_off)
{
	uint8_t magic[HDR];
	if (s->size >= HDR) {
		int rc = read_at(sp, s, 0, magic, HDR);
		if (rc < 0)
			return rc;
	}
	if (s->size < HDR || memcmp(magic, seg_magic, HDR) != 0) {
		if (s->size > 0) {
			sp->st.corrupt++;
			sp->st.corrupt_bytes += s->size;
		}
		s->done = s->rd = s->size; /* removed by remove_finished */
		return 0;
	}
	uint64_t off = HDR, total = 0, before = 0;
	int hit = cur_off == HDR;
	while (off < s->size) {
		if (off == cur_off) {
			hit = 1;
			before = total;
		}
		uint64_t len;
		int rc = read_record(sp, s, off, &len);
		if (rc < 0)
			return rc;
		if (rc == 0) {
			cut(sp, s, off);
			break;
		}
		off += len;
		total++;
	}
	if (off == cur_off && !hit) {
		hit = 1;
		before = total;
	}
	s->done = s->rd = hit ? cur_off : HDR;
	s->unread = total - (hit ? before : 0);
	sp->st.unread += s->unread;
	return 0;
}

static int cmp_seg(const void *a, const void *b)
{
	const struct seg *x = a, *y = b;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Find the segments of a previous run; remove temporary files a crash left. */
static int list_segs(struct es_spool *sp)
{
	int fd = dup(sp->dirfd);
	if (fd < 0)
		return -errno;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -errno;
	}
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		uint64_t seq;
		if (strcmp(e->d_name, "front.tmp") == 0 || strcmp(e->d_name, "cursor.tmp") == 0) {
			unlinkat(sp->dirfd, e->d_name, 0);
			continue;
		}
		if (!parse_name(e->d_name, &seq))
			continue;
		struct stat st;
		if (fstatat(sp->dirfd, e->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
			continue;
		if (sp->nseg >= SEGMENTS_MAX) {
			rc = -E2BIG;
			break;
		}
		rc = grow(sp, &sp->segs, &sp->segcap, sp->nseg + 1, sizeof *sp->segs);
		if (rc < 0)
			break;
		sp->segs[sp->nseg++] = (struct seg){.seq = seq, .size = (uint64_t)st.st_size, .rfd = -1};
		sp->st.bytes += (uint64_t)st.st_size;
		sp->st.segments++;
	}
	closedir(d);
	if (rc == 0 && sp->nseg > 1)
		qsort(sp->segs, sp->nseg, sizeof *sp->segs, cmp_seg);
	return rc;
}

static void free_spool(struct es_spool *sp)
{
	for (size_t i = 0; i < sp->nseg; i++)
		if (sp->segs[i].rfd >= 0)
			close(sp->segs[i].rfd);
	writer_close(&sp->w);
	writer_close(&sp->f);
	if (sp->lockfd >= 0)
		close(sp->lockfd);
	if (sp->dirfd >= 0)
		close(sp->dirfd);
	free(sp->segs);
	free(sp->w.buf);
	free(sp->f.buf);
	free(sp->pbuf);
	free(sp->argv);
	free(sp->lens);
	free(sp->pend);
	free(sp);
}

int es_spool_open(const char *dir, const struct es_spool_opts *opts, struct es_spool **out)
{
	*out = NULL;
	void *(*ra)(void *, size_t) =
	        opts->hooks && opts->hooks->realloc_fn ? opts->hooks->realloc_fn : sys_realloc;
	struct es_spool *sp = ra(NULL, sizeof *sp);
	if (!sp)
		return -ENOMEM;
	memset(sp, 0, sizeof *sp);
	sp->dirfd = sp->lockfd = sp->w.fd = sp->f.fd = -1;
	sp->h.realloc_fn = ra;
	sp->h.write_fn = opts->hooks && opts->hooks->write_fn ? opts->hooks->write_fn : sys_write;
	sp->h.pread_fn = opts->hooks && opts->hooks->pread_fn ? opts->hooks->pread_fn : sys_pread;
	sp->h.fdatasync_fn =
	        opts->hooks && opts->hooks->fdatasync_fn ? opts->hooks->fdatasync_fn : sys_fdatasync;
	sp->max_bytes = opts->max_bytes;
	sp->seg_max = opts->segment_max ? opts->segment_max : ES_SPOOL_SEGMENT_MAX;
	sp->next_seq = FIRST_SEQ;
	crc_init(sp->crc_table);

	int rc = 0;
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		rc = -errno;
	if (rc == 0 && (sp->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		rc = -errno;
	if (rc == 0 && (sp->lockfd = openat(sp->dirfd, "lock", O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
		rc = -errno;
	if (rc == 0 && flock(sp->lockfd, LOCK_EX | LOCK_NB) != 0)
		rc = errno == EWOULDBLOCK ? -EBUSY : -errno;
	if (rc == 0)
		rc = list_segs(sp);
	uint8_t *cur = NULL;
	size_t ncur = 0;
	if (rc == 0)
		rc = read_cursor(sp, &cur, &ncur);
	for (size_t i = 0; rc == 0 && i < sp->nseg; i++)
		rc = scan_seg(sp, &sp->segs[i], cursor_offset(cur, ncur, sp->segs[i].seq));
	free(cur);
	if (rc < 0) {
		free_spool(sp);
		return rc;
	}
	if (sp->nseg > 0 && sp->segs[sp->nseg - 1].seq >= FIRST_SEQ)
		sp->next_seq = sp->segs[sp->nseg - 1].seq + 1;
	remove_finished(sp);
	sp->cursor_dirty = 0;
	*out = sp;
	return 0;
}

int es_spool_sync(struct es_spool *sp)
{
	int rc = writer_sync(sp, &sp->w);
	if (sp->cursor_dirty) {
		int rc2 = write_cursor(sp);
		if (rc == 0)
			rc = rc2;
	}
	return rc;
}

int es_spool_close(struct es_spool *sp)
{
	if (!sp)
		return 0;
	if (sp->in_front)
		es_spool_front_abort(sp);
	int rc = es_spool_sync(sp);
	free_spool(sp);
	return rc;
}

/* ======================================================================== */
/* Push-front                                                               */

int es_spool_front_begin(struct es_spool *sp)
{
	if (sp->in_front)
		return -EBUSY;
	if (sp->nseg > 0 && sp->segs[0].seq == 0)
		return -EOVERFLOW;
	int rc = create_file(sp, &sp->f, "front.tmp", O_TRUNC);
	if (rc < 0) {
		sp->st.io_errors++;
		return rc;
	}
	sp->f.size = HDR;
	sp->f.records = 0;
	sp->in_front = 1;
	return 0;
}

int es_spool_front_add(struct es_spool *sp, int argc, const char *const *argv,
                       const size_t *argvlen)
{
	if (!sp->in_front)
		return -EINVAL;
	uint64_t rec;
	int rc = record_size(argc, argvlen, &rec);
	if (rc < 0)
		return rc;
	if (sp->st.bytes + sp->f.size + rec > sp->max_bytes)
		return -ENOSPC;
	size_t buffered = sp->f.len - sp->f.off;
	if (buffered > 0 && buffered + rec > WBUF_SOFT) {
		rc = writer_flush(sp, &sp->f);
		if (rc < 0)
			return rc;
	}
	rc = encode(sp, &sp->f, argc, argv, argvlen, rec);
	if (rc < 0)
		return rc;
	sp->f.size += rec;
	sp->f.records++;
	return 0;
}

void es_spool_front_abort(struct es_spool *sp)
{
	if (!sp->in_front)
		return;
	writer_close(&sp->f);
	unlinkat(sp->dirfd, "front.tmp", 0);
	sp->in_front = 0;
}

int es_spool_front_commit(struct es_spool *sp)
{
	if (!sp->in_front)
		return -EINVAL;
	if (sp->f.records == 0) {
		es_spool_front_abort(sp);
		return 0;
	}
	uint64_t seq = sp->nseg > 0 ? sp->segs[0].seq - 1 : sp->next_seq++;
	char name[NAME_LEN + 1];
	seg_name(name, seq);
	int rc = grow(sp, &sp->segs, &sp->segcap, sp->nseg + 1, sizeof *sp->segs);
	if (rc == 0)
		rc = writer_sync(sp, &sp->f);
	if (rc == 0 && renameat(sp->dirfd, "front.tmp", sp->dirfd, name) != 0) {
		rc = -errno;
		sp->st.io_errors++;
	}
	if (rc < 0) {
		es_spool_front_abort(sp);
		return rc;
	}
	fsync(sp->dirfd);
	memmove(sp->segs + 1, sp->segs, sp->nseg * sizeof *sp->segs);
	sp->nseg++;
	sp->segs[0] = (struct seg){.seq = seq, .done = HDR, .rd = HDR, .size = sp->f.size,
	                           .unread = sp->f.records, .rfd = -1};
	sp->st.bytes += sp->f.size;
	sp->st.unread += sp->f.records;
	sp->st.appended += sp->f.records;
	sp->st.segments++;
	writer_close(&sp->f);
	sp->in_front = 0;
	return 0;
}

/* ======================================================================== */
/* Queries                                                                  */

uint64_t es_spool_unread(const struct es_spool *sp)
{
	return sp->st.unread;
}

const struct es_spool_stats *es_spool_stats(const struct es_spool *sp)
{
	return &sp->st;
}
