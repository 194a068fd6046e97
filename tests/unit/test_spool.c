/*
 * test_spool.c — the Redis writer's disk spool (daemon/spool.c): order
 * across segments, reopening (released records gone, popped-unreleased ones
 * replayed), a torn tail, a bad checksum, corruption found when reading,
 * hostile segment files, spool_max, push-front ordering, the lock, and
 * failing allocations, writes, reads and syncs (through the spool's hooks).
 * Every test works in its own temporary directory.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "spool.h"

static char root[] = "/tmp/es-spool-XXXXXX";
static char dir[300];
static int dir_n;

/* ---- hooks ---------------------------------------------------------------- */

static long alloc_fail_at = -1, alloc_count;
static int write_errno, pread_errno, sync_errno;

static void *t_realloc(void *p, size_t n)
{
	if (alloc_fail_at >= 0 && alloc_count++ == alloc_fail_at)
		return NULL;
	return realloc(p, n);
}

static ssize_t t_write(int fd, const void *b, size_t n)
{
	if (write_errno) {
		errno = write_errno;
		return -1;
	}
	return write(fd, b, n);
}

static int pread_fails = -1; /* with pread_errno: fail this many calls, -1: all */

static ssize_t t_pread(int fd, void *b, size_t n, off_t off)
{
	if (pread_errno && pread_fails != 0) {
		if (pread_fails > 0)
			pread_fails--;
		errno = pread_errno;
		return -1;
	}
	return pread(fd, b, n, off);
}

static int t_fdatasync(int fd)
{
	if (sync_errno) {
		errno = sync_errno;
		return -1;
	}
	return fdatasync(fd);
}

static const struct es_spool_hooks hooks = {t_realloc, t_write, t_pread, t_fdatasync};

/* ---- helpers -------------------------------------------------------------- */

static void rm_dir(const char *d)
{
	DIR *dh = opendir(d);
	if (!dh)
		return;
	struct dirent *e;
	char p[600];
	while ((e = readdir(dh)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof p, "%s/%s", d, e->d_name);
		unlink(p);
	}
	closedir(dh);
	rmdir(d);
}

static int setup(void **state)
{
	snprintf(dir, sizeof dir, "%s/s%d", root, dir_n++);
	alloc_fail_at = -1;
	write_errno = pread_errno = sync_errno = 0;
	pread_fails = -1;
	return 0;
}

static int teardown(void **state)
{
	rm_dir(dir);
	return 0;
}

static struct es_spool *open_sp(uint64_t max, size_t seg_max)
{
	struct es_spool_opts o = {.max_bytes = max, .segment_max = seg_max, .hooks = &hooks};
	struct es_spool *sp = NULL;
	assert_int_equal(es_spool_open(dir, &o, &sp), 0);
	assert_non_null(sp);
	return sp;
}

/* Append XADD acme:mentions * id <i> text "Acme post <i>". */
static int append_n(struct es_spool *sp, int i)
{
	char id[32], text[64];
	snprintf(id, sizeof id, "%d", i);
	snprintf(text, sizeof text, "Zephyr Air flight %d was late again", i);
	const char *argv[] = {"XADD", "es:{acme}:mentions", "*", "id", id, "text", text};
	size_t lens[7];
	for (int k = 0; k < 7; k++)
		lens[k] = strlen(argv[k]);
	return es_spool_append(sp, 7, argv, lens);
}

static int front_n(struct es_spool *sp, int i)
{
	char id[32], text[64];
	snprintf(id, sizeof id, "%d", i);
	snprintf(text, sizeof text, "Zephyr Air flight %d was late again", i);
	const char *argv[] = {"XADD", "es:{acme}:mentions", "*", "id", id, "text", text};
	size_t lens[7];
	for (int k = 0; k < 7; k++)
		lens[k] = strlen(argv[k]);
	return es_spool_front_add(sp, 7, argv, lens);
}

/* Peek: the id of the next record (its 5th argument), or -1 when empty. */
static int peek_id(struct es_spool *sp)
{
	int argc;
	const char *const *argv;
	const size_t *lens;
	int rc = es_spool_peek(sp, &argc, &argv, &lens);
	assert_true(rc >= 0);
	if (rc == 0)
		return -1;
	assert_int_equal(argc, 7);
	assert_int_equal(lens[0], 4);
	assert_memory_equal(argv[0], "XADD", 4);
	char id[32];
	assert_true(lens[4] < sizeof id);
	memcpy(id, argv[4], lens[4]);
	id[lens[4]] = '\0';
	char text[64];
	int n = snprintf(text, sizeof text, "Zephyr Air flight %s was late again", id);
	assert_int_equal(lens[6], (size_t)n);
	assert_memory_equal(argv[6], text, (size_t)n);
	return atoi(id);
}

/* Pop the next record, which must be `want`; returns its ticket. */
static uint64_t pop_expect(struct es_spool *sp, int want)
{
	assert_int_equal(peek_id(sp), want);
	uint64_t t;
	assert_int_equal(es_spool_pop(sp, &t), 0);
	return t;
}

static int count_files(const char *suffix)
{
	DIR *dh = opendir(dir);
	if (!dh)
		return -1;
	int n = 0;
	struct dirent *e;
	size_t sl = strlen(suffix);
	while ((e = readdir(dh)) != NULL) {
		size_t l = strlen(e->d_name);
		if (l >= sl && strcmp(e->d_name + l - sl, suffix) == 0)
			n++;
	}
	closedir(dh);
	return n;
}

/* The path of the n-th segment file in name order. */
static void seg_path(int n, char *out, size_t outlen)
{
	struct dirent **list;
	int k = scandir(dir, &list, NULL, alphasort);
	assert_true(k > 0);
	int seen = 0;
	out[0] = '\0';
	for (int i = 0; i < k; i++) {
		size_t l = strlen(list[i]->d_name);
		if (l > 4 && strcmp(list[i]->d_name + l - 4, ".seg") == 0 && seen++ == n)
			snprintf(out, outlen, "%s/%s", dir, list[i]->d_name);
		free(list[i]);
	}
	free(list);
	assert_true(out[0] != '\0');
}

static off_t file_size(const char *p)
{
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	return st.st_size;
}

/* ---- tests ---------------------------------------------------------------- */

static void test_order_across_segments(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 512);
	assert_int_equal(peek_id(sp), -1);
	for (int i = 0; i < 100; i++)
		assert_int_equal(append_n(sp, i), 0);
	assert_int_equal(es_spool_unread(sp), 100);
	assert_true(es_spool_stats(sp)->segments > 5);
	assert_int_equal(es_spool_flush(sp), 0);
	assert_int_equal(count_files(".seg"), (int)es_spool_stats(sp)->segments);
	for (int i = 0; i < 100; i++) {
		uint64_t t = pop_expect(sp, i);
		assert_int_equal(t, (uint64_t)i);
	}
	assert_int_equal(peek_id(sp), -1);
	assert_int_equal(es_spool_unread(sp), 0);
	/* Nothing is deleted before it is released. */
	assert_true(count_files(".seg") > 5);
	es_spool_release(sp, 50);
	assert_true(count_files(".seg") > 0);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(count_files(".seg"), 0);
	assert_int_equal(es_spool_stats(sp)->bytes, 0);
	assert_int_equal(es_spool_stats(sp)->segments, 0);
	/* It goes on after being emptied. */
	assert_int_equal(append_n(sp, 100), 0);
	pop_expect(sp, 100);
	assert_int_equal(es_spool_stats(sp)->appended, 101);
	assert_int_equal(es_spool_stats(sp)->popped, 101);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_reopen(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 300);
	for (int i = 0; i < 10; i++)
		assert_int_equal(append_n(sp, i), 0);
	for (int i = 0; i < 5; i++)
		pop_expect(sp, i);
	es_spool_release(sp, 3); /* 0, 1, 2 delivered; 3 and 4 in flight */
	assert_int_equal(es_spool_close(sp), 0);

	sp = open_sp(1u << 20, 300);
	assert_int_equal(es_spool_unread(sp), 7);
	assert_int_equal(es_spool_stats(sp)->corrupt, 0);
	for (int i = 3; i < 10; i++)
		pop_expect(sp, i);
	assert_int_equal(peek_id(sp), -1);
	/* New appends go after them, in a new segment. */
	assert_int_equal(append_n(sp, 10), 0);
	pop_expect(sp, 10);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(es_spool_close(sp), 0);
	assert_int_equal(count_files(".seg"), 0);
	assert_int_equal(count_files("cursor"), 0);

	sp = open_sp(1u << 20, 300);
	assert_int_equal(es_spool_unread(sp), 0);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_torn_tail(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 0);
	for (int i = 0; i < 5; i++)
		assert_int_equal(append_n(sp, i), 0);
	assert_int_equal(es_spool_close(sp), 0);
	char p[600];
	seg_path(0, p, sizeof p);
	off_t full = file_size(p);
	assert_int_equal(truncate(p, full - 3), 0); /* a crash in the middle of the last record */

	sp = open_sp(1u << 20, 0);
	const struct es_spool_stats *st = es_spool_stats(sp);
	assert_int_equal(es_spool_unread(sp), 4);
	assert_int_equal(st->corrupt, 1);
	uint64_t rec = (uint64_t)(full - 8) / 5; /* every record has the same size here */
	assert_int_equal(st->corrupt_bytes, rec - 3);
	assert_int_equal(file_size(p), full - (off_t)rec);
	assert_int_equal(st->bytes, (uint64_t)(full - (off_t)rec));
	for (int i = 0; i < 4; i++)
		pop_expect(sp, i);
	assert_int_equal(peek_id(sp), -1);
	/* Appends after the cut go to a new segment and read fine. */
	assert_int_equal(append_n(sp, 5), 0);
	pop_expect(sp, 5);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_bad_checksum(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 0);
	for (int i = 0; i < 5; i++)
		assert_int_equal(append_n(sp, i), 0);
	assert_int_equal(es_spool_close(sp), 0);
	char p[600];
	seg_path(0, p, sizeof p);
	off_t full = file_size(p);
	off_t rec = (full - 8) / 5;
	int fd = open(p, O_RDWR);
	assert_true(fd >= 0);
	char c;
	off_t at = 8 + 2 * rec + rec - 2; /* inside the third record's text */
	assert_int_equal(pread(fd, &c, 1, at), 1);
	c ^= 0x20;
	assert_int_equal(pwrite(fd, &c, 1, at), 1);
	close(fd);

	sp = open_sp(1u << 20, 0);
	assert_int_equal(es_spool_unread(sp), 2);
	assert_int_equal(es_spool_stats(sp)->corrupt, 1);
	assert_int_equal(es_spool_stats(sp)->corrupt_bytes, (uint64_t)(3 * rec));
	pop_expect(sp, 0);
	pop_expect(sp, 1);
	assert_int_equal(peek_id(sp), -1);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_corrupt_when_read(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 400);
	for (int i = 0; i < 12; i++)
		assert_int_equal(append_n(sp, i), 0);
	assert_int_equal(es_spool_flush(sp), 0);
	/* Damage the first segment after the open scan: its rest is skipped when read. */
	char p[600];
	seg_path(0, p, sizeof p);
	int fd = open(p, O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "\xff\xff\xff\x7f", 4, 8), 4); /* the first length */
	close(fd);
	uint64_t in_first = es_spool_unread(sp);
	int next = -1;
	assert_true((next = peek_id(sp)) > 0); /* the first segment's records are skipped */
	assert_int_equal(es_spool_stats(sp)->corrupt, 1);
	in_first -= es_spool_unread(sp);
	assert_int_equal(next, (int)in_first);
	for (int i = next; i < 12; i++)
		pop_expect(sp, i);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(count_files(".seg"), 0);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_hostile_files(void **state)
{
	assert_int_equal(mkdir(dir, 0700), 0);
	static const struct {
		const char *name;
		const char *data;
		size_t len;
	} files[] = {
		{"0000000100000000.seg", "not a spool at all", 18},
		{"0000000100000001.seg", "ESSPOOL1\xff\xff\xff\xff\0\0\0\0", 16},      /* huge length */
		{"0000000100000002.seg", "ESSPOOL1\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 20}, /* bad crc */
		{"0000000100000003.seg", "", 0},
		{"0000000100000004.seg", "ESSP", 4},
		{"front.tmp", "ESSPOOL1", 8},
		{"cursor", "ESSPCUR1\xff\xff\xff\xff", 12},
		{"notes.txt", "kept", 4},
	};
	char p[600];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(p, sizeof p, "%s/%s", dir, files[i].name);
		FILE *f = fopen(p, "wb");
		assert_non_null(f);
		assert_int_equal(fwrite(files[i].data, 1, files[i].len, f), files[i].len);
		fclose(f);
	}
	struct es_spool *sp = open_sp(1u << 20, 0);
	assert_int_equal(es_spool_unread(sp), 0);
	assert_int_equal(es_spool_stats(sp)->corrupt, 4); /* the empty file is no corruption */
	assert_int_equal(peek_id(sp), -1);
	assert_int_equal(count_files(".seg"), 0);
	assert_int_equal(count_files(".tmp"), 0);
	assert_int_equal(count_files("notes.txt"), 1);
	/* New segments continue after the highest sequence seen. */
	assert_int_equal(append_n(sp, 1), 0);
	assert_int_equal(es_spool_flush(sp), 0);
	seg_path(0, p, sizeof p);
	assert_non_null(strstr(p, "0000000100000005.seg"));
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_spool_max(void **state)
{
	struct es_spool *sp = open_sp(1000, 0);
	int n = 0;
	int rc;
	while ((rc = append_n(sp, n)) == 0)
		n++;
	assert_int_equal(rc, -ENOSPC);
	assert_true(n > 5);
	assert_true(es_spool_stats(sp)->bytes <= 1000);
	assert_int_equal(es_spool_unread(sp), (uint64_t)n);
	/* Popping alone frees nothing: the records are still on disk until released. */
	pop_expect(sp, 0);
	assert_int_equal(append_n(sp, n), -ENOSPC);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(append_n(sp, n), -ENOSPC); /* the segment still holds the rest */
	for (int i = 1; i < n; i++)
		pop_expect(sp, i);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(es_spool_stats(sp)->bytes, 0);
	assert_int_equal(append_n(sp, n), 0);
	/* Limits of one record. */
	const char *argv[] = {"PING"};
	size_t big[] = {ES_SPOOL_RECORD_MAX};
	assert_int_equal(es_spool_append(sp, 1, argv, big), -E2BIG);
	assert_int_equal(es_spool_append(sp, 0, argv, big), -E2BIG);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_push_front(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 400);
	for (int i = 10; i < 20; i++)
		assert_int_equal(append_n(sp, i), 0);
	pop_expect(sp, 10);
	pop_expect(sp, 11);
	/* Shutdown: memory holds 10 and 11 (from the spool) and 5, 6 (older, never spooled)... */
	assert_int_equal(es_spool_front_begin(sp), 0);
	assert_int_equal(append_n(sp, 99), -EBUSY);
	assert_int_equal(front_n(sp, 5), 0);
	assert_int_equal(front_n(sp, 6), 0);
	assert_int_equal(front_n(sp, 10), 0);
	assert_int_equal(front_n(sp, 11), 0);
	assert_int_equal(es_spool_front_commit(sp), 0);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(es_spool_unread(sp), 12);
	assert_int_equal(es_spool_close(sp), 0);
	assert_int_equal(count_files(".tmp"), 0);

	sp = open_sp(1u << 20, 400);
	assert_int_equal(es_spool_unread(sp), 12);
	static const int want[] = {5, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
	for (size_t i = 0; i < 4; i++)
		pop_expect(sp, want[i]);
	/* A second front batch while the first is partly read goes before all of it. */
	assert_int_equal(es_spool_front_begin(sp), 0);
	assert_int_equal(front_n(sp, 1), 0);
	assert_int_equal(es_spool_front_commit(sp), 0);
	pop_expect(sp, 1);
	for (size_t i = 4; i < 12; i++)
		pop_expect(sp, want[i]);
	assert_int_equal(peek_id(sp), -1);
	/* An empty batch and an aborted one leave nothing. */
	assert_int_equal(es_spool_front_begin(sp), 0);
	assert_int_equal(es_spool_front_commit(sp), 0);
	assert_int_equal(es_spool_front_begin(sp), 0);
	assert_int_equal(front_n(sp, 7), 0);
	es_spool_front_abort(sp);
	assert_int_equal(peek_id(sp), -1);
	assert_int_equal(count_files(".tmp"), 0);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(es_spool_close(sp), 0);
	assert_int_equal(count_files(".seg"), 0);
}

static void test_push_front_bounded(void **state)
{
	struct es_spool *sp = open_sp(600, 0);
	for (int i = 0; i < 3; i++)
		assert_int_equal(append_n(sp, i), 0);
	assert_int_equal(es_spool_front_begin(sp), 0);
	int rc = 0, n = 0;
	while ((rc = front_n(sp, 100 + n)) == 0)
		n++;
	assert_int_equal(rc, -ENOSPC);
	assert_int_equal(es_spool_front_commit(sp), 0);
	assert_true(es_spool_stats(sp)->bytes <= 600);
	for (int i = 0; i < n; i++)
		pop_expect(sp, 100 + i);
	for (int i = 0; i < 3; i++)
		pop_expect(sp, i);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_lock(void **state)
{
	struct es_spool *a = open_sp(1u << 20, 0);
	struct es_spool_opts o = {.max_bytes = 1u << 20};
	struct es_spool *b = (struct es_spool *)1;
	assert_int_equal(es_spool_open(dir, &o, &b), -EBUSY);
	assert_null(b);
	assert_int_equal(es_spool_close(a), 0);
	assert_int_equal(es_spool_open(dir, &o, &b), 0);
	assert_int_equal(es_spool_close(b), 0);
	/* A path under a regular file. */
	char p[700];
	snprintf(p, sizeof p, "%s/lock/spool", dir);
	assert_int_equal(es_spool_open(p, &o, &b), -ENOTDIR);
	assert_null(es_spool_close(NULL) == 0 ? NULL : (void *)1);
}

static void test_alloc_failures(void **state)
{
	/* Leave something to scan, with a cursor, so the open path allocates everything. */
	struct es_spool *sp = open_sp(1u << 20, 300);
	for (int i = 0; i < 8; i++)
		assert_int_equal(append_n(sp, i), 0);
	pop_expect(sp, 0);
	es_spool_release(sp, 1);
	assert_int_equal(es_spool_close(sp), 0);

	int ok = 0;
	for (long n = 0; n < 200 && !ok; n++) {
		alloc_count = 0;
		alloc_fail_at = n;
		struct es_spool_opts o = {.max_bytes = 1u << 20, .segment_max = 300, .hooks = &hooks};
		int rc = es_spool_open(dir, &o, &sp);
		if (rc < 0) {
			assert_int_equal(rc, -ENOMEM);
			assert_null(sp);
			continue;
		}
		int argc;
		const char *const *argv;
		const size_t *lens;
		uint64_t t;
		rc = append_n(sp, 100);
		if (rc == 0)
			rc = es_spool_peek(sp, &argc, &argv, &lens);
		if (rc == 1)
			rc = es_spool_pop(sp, &t);
		if (rc == 0)
			rc = es_spool_front_begin(sp);
		if (rc == 0)
			rc = front_n(sp, 1);
		if (rc == 0)
			rc = es_spool_front_commit(sp);
		if (rc == 0)
			rc = es_spool_sync(sp);
		alloc_fail_at = -1;
		if (rc == 0)
			ok = 1;
		else
			assert_int_equal(rc, -ENOMEM);
		assert_true(es_spool_close(sp) == 0 || rc < 0);
		/* Whatever failed, the spool reopens and reads in order. */
		sp = open_sp(1u << 20, 300);
		int first = peek_id(sp);
		assert_true(first == 1 || first == 0);
		assert_int_equal(es_spool_close(sp), 0);
	}
	assert_true(ok);
}

static void test_write_errors(void **state)
{
	struct es_spool *sp = open_sp(64u << 20, 0);
	assert_int_equal(append_n(sp, 0), 0); /* creates the segment */
	write_errno = ENOSPC;
	for (int i = 1; i < 20; i++)
		assert_int_equal(append_n(sp, i), 0);
	assert_int_equal(es_spool_flush(sp), -ENOSPC);
	assert_int_equal(es_spool_sync(sp), -ENOSPC);
	assert_true(es_spool_stats(sp)->io_errors >= 2);
	/* Buffered records are read in order all the same. */
	for (int i = 0; i < 5; i++)
		pop_expect(sp, i);
	/* Past the buffer's hard limit appends fail with the write's error. */
	const char *argv[] = {"SET", "k", NULL};
	static char blob[1u << 20];
	memset(blob, 'a', sizeof blob);
	argv[2] = blob;
	size_t lens[] = {3, 1, sizeof blob};
	int rc = 0, n = 0;
	while ((rc = es_spool_append(sp, 3, argv, lens)) == 0 && n < 64)
		n++;
	assert_int_equal(rc, -ENOSPC);
	assert_true(n >= 2 && n <= 4);
	/* The disk recovers: everything reaches the file, and a reopen reads it. */
	write_errno = 0;
	assert_int_equal(es_spool_sync(sp), 0);
	es_spool_release(sp, es_spool_next_ticket(sp));
	assert_int_equal(es_spool_close(sp), 0);
	sp = open_sp(64u << 20, 0);
	assert_int_equal(es_spool_unread(sp), (uint64_t)(15 + n));
	assert_int_equal(es_spool_stats(sp)->corrupt, 0);
	for (int i = 5; i < 20; i++)
		pop_expect(sp, i);
	assert_int_equal(es_spool_close(sp), 0);
}

static void test_sync_and_read_errors(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 300);
	for (int i = 0; i < 10; i++)
		assert_int_equal(append_n(sp, i), 0);
	sync_errno = EIO;
	assert_int_equal(es_spool_sync(sp), -EIO);
	sync_errno = 0;
	assert_int_equal(es_spool_sync(sp), 0);
	/* A segment that cannot be read is skipped and counted; the queue goes on. */
	uint64_t before = es_spool_unread(sp);
	pread_errno = EIO;
	pread_fails = 1;
	int got = peek_id(sp);
	pread_errno = 0;
	assert_true(got > 0);
	assert_int_equal(es_spool_unread(sp), before - (uint64_t)got);
	assert_int_equal(es_spool_stats(sp)->corrupt, 1);
	assert_int_equal(es_spool_stats(sp)->io_errors, 2);
	for (int i = got; i < 10; i++)
		pop_expect(sp, i);
	assert_int_equal(es_spool_close(sp), 0);
	/* At open a read error refuses the spool rather than cutting it. */
	pread_errno = EIO;
	pread_fails = -1;
	struct es_spool_opts o = {.max_bytes = 1u << 20, .hooks = &hooks};
	assert_int_equal(es_spool_open(dir, &o, &sp), -EIO);
	pread_errno = 0;
}

static void test_bad_cursor(void **state)
{
	struct es_spool *sp = open_sp(1u << 20, 0);
	for (int i = 0; i < 4; i++)
		assert_int_equal(append_n(sp, i), 0);
	pop_expect(sp, 0);
	pop_expect(sp, 1);
	es_spool_release(sp, 2);
	assert_int_equal(es_spool_close(sp), 0);
	char p[600];
	snprintf(p, sizeof p, "%s/cursor", dir);
	assert_int_equal(file_size(p), 8 + 4 + 16 + 4);
	int fd = open(p, O_RDWR);
	assert_int_equal(pwrite(fd, "\x01", 1, 20), 1); /* the offset, under the crc */
	close(fd);
	/* A damaged cursor replays from the start: at least once, never lost. */
	sp = open_sp(1u << 20, 0);
	assert_int_equal(es_spool_unread(sp), 4);
	pop_expect(sp, 0);
	assert_int_equal(es_spool_close(sp), 0);
}

int main(void)
{
	if (!mkdtemp(root))
		return 1;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_order_across_segments, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reopen, setup, teardown),
		cmocka_unit_test_setup_teardown(test_torn_tail, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_checksum, setup, teardown),
		cmocka_unit_test_setup_teardown(test_corrupt_when_read, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_spool_max, setup, teardown),
		cmocka_unit_test_setup_teardown(test_push_front, setup, teardown),
		cmocka_unit_test_setup_teardown(test_push_front_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alloc_failures, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sync_and_read_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_cursor, setup, teardown),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(root);
	return rc;
}
