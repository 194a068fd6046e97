/*
 * fuzz_spool.c — the disk spool's reader (daemon/spool.c) on an arbitrary
 * segment file, as a crash or a damaged disk could leave it. The bytes become
 * the only segment of a fresh spool directory; opening it must cut whatever
 * is torn or corrupt, and every record it then hands out must be well formed
 * (argc within the limit, argument lengths inside the record). Nothing else
 * may happen: no crash, no leak, no read out of bounds, no allocation beyond
 * the record limit.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spool.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void clear_dir(void)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	char p[400];
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		unlink(p);
	}
	closedir(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/es-fuzz-spool-XXXXXX");
		if (!mkdtemp(dir))
			abort();
	}
	clear_dir();
	char p[400];
	snprintf(p, sizeof p, "%s/0000000100000000.seg", dir);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || (size && write(fd, data, size) != (ssize_t)size))
		abort();
	close(fd);

	struct es_spool_opts o = {.max_bytes = 4u << 20, .segment_max = 4096};
	struct es_spool *sp = NULL;
	if (es_spool_open(dir, &o, &sp) < 0)
		abort(); /* a readable directory always opens */
	uint64_t unread = es_spool_unread(sp), popped = 0;
	int argc;
	const char *const *argv;
	const size_t *lens;
	while (es_spool_peek(sp, &argc, &argv, &lens) == 1) {
		if (argc < 1 || argc > ES_SPOOL_ARGC_MAX)
			abort();
		size_t sum = 0;
		volatile unsigned char touch = 0;
		for (int i = 0; i < argc; i++) {
			sum += lens[i];
			if (lens[i]) /* the sanitizers check every argument's ends */
				touch ^= (unsigned char)(argv[i][0] ^ argv[i][lens[i] - 1]);
		}
		(void)touch;
		if (sum > size)
			abort();
		uint64_t t;
		if (es_spool_pop(sp, &t) < 0)
			abort();
		popped++;
		/* Appending while reading must keep working after a cut. */
		if (popped == 1) {
			const char *a[] = {"PING"};
			size_t l[] = {4};
			if (es_spool_append(sp, 1, a, l) < 0)
				abort();
			unread++;
		}
	}
	if (popped != unread)
		abort();
	es_spool_release(sp, es_spool_next_ticket(sp));
	if (es_spool_stats(sp)->bytes != 0)
		abort();
	es_spool_close(sp);
	clear_dir();
	return 0;
}
