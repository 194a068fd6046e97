/*
 * winstate.c — the brands' rolling state as a file (winstate.h).
 *
 * Writing appends fixed-width little-endian fields to a growing buffer; the
 * header's count and the checksum are filled in by finish. Reading is two
 * steps: parse walks the whole buffer once with a bounds-checked cursor,
 * validating every field, and remembers where each record starts; get then
 * decodes one record again into the caller's objects, trusting what parse
 * checked. Nothing here does I/O but the two file functions at the end.
 *
 * Not here: which brands to restore, rolling the clock forward, what to log
 * (daemon/pipeline.c and daemon/main.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "earshot/winstate.h"
#include "fileio.h"

static const char magic[8] = {'e', 's', 'w', 'i', 'n', 'd', 'o', 'w'};

#define HEADER_LEN      24 /* magic, version, n_brands, clock_ms */
#define CHECKSUM_LEN    8
#define COUNTS_LEN      44   /* 7 × u32 + 2 × i64 */
#define TERM_WEIGHT_MAX 1e12 /* a decayed sum of term weights; more is absurd */

uint64_t es_winstate_checksum(const uint8_t *buf, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= buf[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* ======================================================================== */
/* Writing                                                                  */

struct es_winstate_writer {
	uint8_t *buf;
	size_t len, cap;
	uint32_t n;
	int failed; /* an allocation failed: every later add fails too */
};

static int reserve(struct es_winstate_writer *w, size_t more)
{
	if (w->failed)
		return -ENOMEM;
	if (w->cap - w->len >= more)
		return 0;
	size_t cap = w->cap ? w->cap : 4096;
	while (cap - w->len < more)
		cap *= 2;
	uint8_t *nb = realloc(w->buf, cap);
	if (!nb) {
		w->failed = 1;
		return -ENOMEM;
	}
	w->buf = nb;
	w->cap = cap;
	return 0;
}

/* Callers reserve first: these cannot fail. */
static void put_u8(struct es_winstate_writer *w, uint8_t v)
{
	w->buf[w->len++] = v;
}

static void put_u16(struct es_winstate_writer *w, uint16_t v)
{
	for (int i = 0; i < 2; i++)
		w->buf[w->len++] = (uint8_t)(v >> (8 * i));
}

static void put_u32(struct es_winstate_writer *w, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		w->buf[w->len++] = (uint8_t)(v >> (8 * i));
}

static void put_u64(struct es_winstate_writer *w, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		w->buf[w->len++] = (uint8_t)(v >> (8 * i));
}

static void put_bytes(struct es_winstate_writer *w, const void *p, size_t n)
{
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

static void patch_u32(uint8_t *at, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		at[i] = (uint8_t)(v >> (8 * i));
}

int es_winstate_writer_new(uint64_t clock_ms, struct es_winstate_writer **out)
{
	struct es_winstate_writer *w = calloc(1, sizeof *w);
	if (!w)
		return -ENOMEM;
	if (reserve(w, HEADER_LEN + CHECKSUM_LEN) < 0) {
		es_winstate_writer_free(w);
		return -ENOMEM;
	}
	put_bytes(w, magic, sizeof magic);
	put_u32(w, ES_WINSTATE_VERSION);
	put_u32(w, 0); /* n_brands: patched by finish */
	put_u64(w, clock_ms);
	*out = w;
	return 0;
}

void es_winstate_writer_free(struct es_winstate_writer *w)
{
	if (!w)
		return;
	free(w->buf);
	free(w);
}

struct slot_list {
	struct es_winstate_writer *w;
	size_t count_at; /* where the u16 count goes */
	uint16_t n;
};

static void put_counts(struct es_winstate_writer *w, const struct es_counts *c)
{
	put_u32(w, c->n);
	put_u32(w, c->pos);
	put_u32(w, c->neu);
	put_u32(w, c->neg);
	put_u32(w, c->unscored);
	put_u32(w, c->tagged);
	put_u32(w, c->untagged);
	put_u64(w, (uint64_t)c->sum_q);
	put_u64(w, (uint64_t)c->sumsq_q);
}

static void count_invalid(void *ctx, enum es_ring ring, uint64_t index, const struct es_counts *c)
{
	(void)ring;
	(void)index;
	*(size_t *)ctx += !es_counts_valid(c);
}

static void put_slot(void *ctx, enum es_ring ring, uint64_t index, const struct es_counts *c)
{
	(void)ring;
	struct slot_list *sl = ctx;
	/* Space for every slot was reserved up front (a ring's length). */
	put_u64(sl->w, index);
	put_counts(sl->w, c);
	sl->n++;
}

/* Length of a string cut to max bytes without splitting a UTF-8 sequence. */
static size_t cut_len(const char *s, size_t max)
{
	size_t n = strnlen(s, max + 1);
	if (n <= max)
		return n;
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return n;
}

int es_winstate_writer_add(struct es_winstate_writer *w, const struct es_winstate_brand *b)
{
	size_t nl = b->name ? strnlen(b->name, ES_WINSTATE_NAME_MAX + 1) : 0;
	if (nl == 0 || nl > ES_WINSTATE_NAME_MAX || w->n >= ES_WINSTATE_BRANDS_MAX)
		return -EINVAL;
	/* A slot the reader would refuse (over ES_SLOT_N_MAX mentions) would
	 * make it refuse the whole file: leave this brand out instead. */
	size_t invalid = 0;
	es_agg_each_slot(b->agg, ES_RING_SECONDS, count_invalid, &invalid);
	es_agg_each_slot(b->agg, ES_RING_MINUTES, count_invalid, &invalid);
	if (invalid)
		return -ERANGE;
	struct es_topk_item top[ES_WINSTATE_TERMS];
	size_t nt = b->neg_terms ? es_topk_top(b->neg_terms, top, ES_WINSTATE_TERMS) : 0;
	size_t ns = b->n_samples < ES_WINSTATE_SAMPLES ? b->n_samples : ES_WINSTATE_SAMPLES;
	/* The worst case of this record, so the puts below need no checks. */
	size_t need = 1 + nl + 16 + 1 + ES_ALERT_TYPE_COUNT * 17 + 1 + ns * ES_WINSTATE_SAMPLE_LEN +
	              1 + nt * (1 + ES_TOPK_TERM_MAX + 8) + 2 + 900 * (8 + COUNTS_LEN) + 2 +
	              1500 * (8 + COUNTS_LEN) + CHECKSUM_LEN;
	if (reserve(w, need) < 0)
		return -ENOMEM;
	put_u8(w, (uint8_t)nl);
	put_bytes(w, b->name, nl);
	put_u64(w, es_agg_started(b->agg));
	put_u64(w, es_agg_now(b->agg));
	put_u8(w, ES_ALERT_TYPE_COUNT);
	for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++) {
		put_u8(w, b->det[t].firing ? 1 : 0);
		put_u64(w, b->det[t].fired_ms);
		put_u64(w, b->det[t].resolved_ms);
	}
	size_t count_at = w->len;
	put_u8(w, 0);
	uint8_t kept = 0;
	for (size_t i = 0; i < ns; i++) {
		size_t l = cut_len(b->samples[i], ES_WINSTATE_SAMPLE_LEN - 1);
		if (l == 0)
			continue;
		put_u8(w, (uint8_t)l);
		put_bytes(w, b->samples[i], l);
		kept++;
	}
	w->buf[count_at] = kept;
	count_at = w->len;
	put_u8(w, 0);
	kept = 0;
	for (size_t i = 0; i < nt; i++) {
		size_t l = cut_len(top[i].term, ES_TOPK_TERM_MAX);
		double wt = top[i].count;
		if (l == 0 || !(wt > 0) || !(wt <= TERM_WEIGHT_MAX))
			continue;
		put_u8(w, (uint8_t)l);
		put_bytes(w, top[i].term, l);
		uint64_t bits;
		memcpy(&bits, &wt, sizeof bits);
		put_u64(w, bits);
		kept++;
	}
	w->buf[count_at] = kept;
	for (int r = 0; r < 2; r++) {
		struct slot_list sl = {w, w->len, 0};
		put_u16(w, 0);
		es_agg_each_slot(b->agg, r ? ES_RING_MINUTES : ES_RING_SECONDS, put_slot, &sl);
		w->buf[sl.count_at] = (uint8_t)sl.n;
		w->buf[sl.count_at + 1] = (uint8_t)(sl.n >> 8);
	}
	w->n++;
	return 0;
}

void es_winstate_writer_finish(struct es_winstate_writer *w, const uint8_t **buf, size_t *len)
{
	/* add reserved the checksum's room; new reserved it for an empty file. */
	patch_u32(w->buf + 12, w->n);
	uint64_t h = es_winstate_checksum(w->buf, w->len);
	for (int i = 0; i < 8; i++)
		w->buf[w->len + i] = (uint8_t)(h >> (8 * i));
	*buf = w->buf;
	*len = w->len + CHECKSUM_LEN;
}

/* ======================================================================== */
/* Reading                                                                  */

struct rec {
	size_t at; /* offset of the record (its name length) */
	char name[ES_WINSTATE_NAME_MAX + 1];
};

struct es_winstate {
	uint8_t *buf;
	size_t len;
	uint64_t clock_ms;
	size_t n;
	struct rec *recs; /* sorted by name */
};

/* A bounds-checked cursor: once short, every read yields 0 and ok stays 0. */
struct cur {
	const uint8_t *p;
	size_t left;
	int ok;
};

static const uint8_t *take(struct cur *c, size_t n)
{
	if (!c->ok || c->left < n) {
		c->ok = 0;
		return NULL;
	}
	const uint8_t *p = c->p;
	c->p += n;
	c->left -= n;
	return p;
}

static uint64_t get_le(struct cur *c, int bytes)
{
	const uint8_t *p = take(c, (size_t)bytes);
	uint64_t v = 0;
	for (int i = 0; p && i < bytes; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

static void get_counts(struct cur *c, struct es_counts *k)
{
	k->n = (uint32_t)get_le(c, 4);
	k->pos = (uint32_t)get_le(c, 4);
	k->neu = (uint32_t)get_le(c, 4);
	k->neg = (uint32_t)get_le(c, 4);
	k->unscored = (uint32_t)get_le(c, 4);
	k->tagged = (uint32_t)get_le(c, 4);
	k->untagged = (uint32_t)get_le(c, 4);
	k->sum_q = (int64_t)get_le(c, 8);
	k->sumsq_q = (int64_t)get_le(c, 8);
}

/* Every count of a (the seconds of a minute) is at most that of b (the minute). */
static int counts_within(const struct es_counts *a, const struct es_counts *b)
{
	return a->n <= b->n && a->pos <= b->pos && a->neu <= b->neu && a->neg <= b->neg &&
	       a->unscored <= b->unscored && a->tagged <= b->tagged && a->untagged <= b->untagged;
}

/*
 * One record, validated. With b, also restored into it (b->agg rebuilt); the
 * parser passes NULL and only checks. Returns NULL or the reason.
 */
static const char *record(struct cur *c, uint64_t clock_ms, struct es_winstate_brand *b,
                          char name[ES_WINSTATE_NAME_MAX + 1])
{
	size_t nl = (size_t)get_le(c, 1);
	const uint8_t *np = take(c, nl);
	if (!c->ok)
		return "truncated";
	if (nl == 0 || nl > ES_WINSTATE_NAME_MAX || memchr(np, '\0', nl))
		return "a brand name is empty, too long or holds a NUL";
	memcpy(name, np, nl);
	name[nl] = '\0';
	uint64_t started = get_le(c, 8), now = get_le(c, 8);
	if (!c->ok)
		return "truncated";
	if (started > now || now > clock_ms)
		return "a brand's clock is before its start or after the file's clock";
	if (b && es_agg_restore(b->agg, started, now) < 0)
		return "a brand's clock is before its start";
	if (get_le(c, 1) != ES_ALERT_TYPE_COUNT)
		return c->ok ? "wrong number of detectors" : "truncated";
	for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++) {
		uint64_t firing = get_le(c, 1), fired = get_le(c, 8), resolved = get_le(c, 8);
		if (!c->ok)
			return "truncated";
		if (firing > 1 || fired > now || resolved > now)
			return "a detector state is invalid or from the future";
		if (b) {
			b->det[t].firing = (uint8_t)firing;
			b->det[t].fired_ms = fired;
			b->det[t].resolved_ms = resolved;
		}
	}
	size_t ns = (size_t)get_le(c, 1);
	if (ns > ES_WINSTATE_SAMPLES)
		return c->ok ? "too many samples" : "truncated";
	if (b)
		b->n_samples = ns;
	for (size_t i = 0; i < ns; i++) {
		size_t l = (size_t)get_le(c, 1);
		const uint8_t *p = take(c, l);
		if (!c->ok)
			return "truncated";
		if (l == 0 || l >= ES_WINSTATE_SAMPLE_LEN || memchr(p, '\0', l))
			return "a sample id is empty, too long or holds a NUL";
		if (b) {
			memcpy(b->samples[i], p, l);
			b->samples[i][l] = '\0';
		}
	}
	size_t nt = (size_t)get_le(c, 1);
	if (nt > ES_WINSTATE_TERMS)
		return c->ok ? "too many terms" : "truncated";
	for (size_t i = 0; i < nt; i++) {
		size_t l = (size_t)get_le(c, 1);
		const uint8_t *p = take(c, l);
		uint64_t bits = get_le(c, 8);
		if (!c->ok)
			return "truncated";
		double wt;
		memcpy(&wt, &bits, sizeof wt);
		if (l == 0 || l > ES_TOPK_TERM_MAX || memchr(p, '\0', l))
			return "a term is empty, too long or holds a NUL";
		if (!(wt > 0) || !(wt <= TERM_WEIGHT_MAX))
			return "a term weight is not a positive number";
		if (b && b->neg_terms)
			es_topk_add(b->neg_terms, (const char *)p, l, wt);
	}
	/*
	 * The seconds of each minute the seconds ring reaches (at most 16) may not
	 * add up to more than that minute's slot: the windows from the seconds
	 * are subtracted from the 24-hour one to get the baseline, which must not
	 * go below zero.
	 */
	struct es_counts per_min[16];
	uint8_t matched[16];
	memset(per_min, 0, sizeof per_min);
	memset(matched, 0, sizeof matched);
	uint64_t top_sec = now / 1000;
	uint64_t first_min = (top_sec >= 899 ? top_sec - 899 : 0) / 60;
	for (int r = 0; r < 2; r++) {
		enum es_ring ring = r ? ES_RING_MINUTES : ES_RING_SECONDS;
		uint64_t unit = r ? 60000 : 1000, span = r ? 1500 : 900;
		uint64_t top = now / unit;
		size_t n = (size_t)get_le(c, 2);
		if (n > span)
			return c->ok ? "too many slots" : "truncated";
		uint64_t prev = 0;
		for (size_t i = 0; i < n; i++) {
			uint64_t index = get_le(c, 8);
			struct es_counts k;
			get_counts(c, &k);
			if (!c->ok)
				return "truncated";
			if (index > top || top - index >= span || (i > 0 && index <= prev))
				return "a slot's time is out of order or outside its ring";
			if (!es_counts_valid(&k))
				return "a slot's counts do not add up or are absurd";
			prev = index;
			if (ring == ES_RING_SECONDS) {
				es_counts_add(&per_min[index / 60 - first_min], &k);
			} else if (index >= first_min && index - first_min < 16) {
				if (!counts_within(&per_min[index - first_min], &k))
					return "the seconds of a minute exceed the minute";
				matched[index - first_min] = 1;
			}
			if (b && es_agg_restore_slot(b->agg, ring, index, &k) < 0)
				return "a slot was refused";
		}
	}
	for (int m = 0; m < 16; m++)
		if (per_min[m].n && !matched[m])
			return "the seconds of a minute exceed the minute";
	if (b)
		es_agg_restore_done(b->agg);
	return NULL;
}

static int rec_cmp(const void *x, const void *y)
{
	return strcmp(((const struct rec *)x)->name, ((const struct rec *)y)->name);
}

void es_winstate_free(struct es_winstate *ws)
{
	if (!ws)
		return;
	free(ws->buf);
	free(ws->recs);
	free(ws);
}

int es_winstate_parse(const uint8_t *buf, size_t len, size_t max_bytes, struct es_winstate **out,
                      const char **why)
{
	const char *w = NULL;
	int rc = -EBADMSG;
	struct es_winstate *ws = NULL;
	if (len > max_bytes) {
		w = "larger than the limit";
		rc = -E2BIG;
		goto fail;
	}
	if (len < HEADER_LEN + CHECKSUM_LEN || memcmp(buf, magic, sizeof magic) != 0) {
		w = len < HEADER_LEN + CHECKSUM_LEN ? "truncated" : "not a windows state file";
		goto fail;
	}
	struct cur c = {buf + sizeof magic, len - sizeof magic - CHECKSUM_LEN, 1};
	uint64_t version = get_le(&c, 4);
	if (version != ES_WINSTATE_VERSION) {
		w = "written by another version";
		rc = -EPROTONOSUPPORT;
		goto fail;
	}
	uint64_t sum = 0;
	for (int i = 0; i < 8; i++)
		sum |= (uint64_t)buf[len - CHECKSUM_LEN + i] << (8 * i);
	if (es_winstate_checksum(buf, len - CHECKSUM_LEN) != sum) {
		w = "checksum mismatch (torn or corrupt)";
		goto fail;
	}
	uint64_t n = get_le(&c, 4), clock_ms = get_le(&c, 8);
	if (n > ES_WINSTATE_BRANDS_MAX || n > c.left / ES_WINSTATE_RECORD_MIN) {
		w = "absurd number of brands";
		goto fail;
	}
	if (clock_ms > ES_WINSTATE_TIME_MAX) {
		w = "absurd clock";
		goto fail;
	}
	rc = -ENOMEM;
	ws = calloc(1, sizeof *ws);
	if (!ws)
		goto fail;
	ws->clock_ms = clock_ms;
	ws->recs = calloc(n ? (size_t)n : 1, sizeof *ws->recs);
	ws->buf = malloc(len);
	if (!ws->recs || !ws->buf)
		goto fail;
	memcpy(ws->buf, buf, len);
	ws->len = len;
	rc = -EBADMSG;
	c.p = ws->buf + HEADER_LEN;
	for (size_t i = 0; i < n; i++) {
		ws->recs[i].at = (size_t)(c.p - ws->buf);
		if ((w = record(&c, clock_ms, NULL, ws->recs[i].name)) != NULL)
			goto fail;
	}
	if (c.left != 0) {
		w = "bytes after the last brand";
		goto fail;
	}
	ws->n = (size_t)n;
	qsort(ws->recs, ws->n, sizeof *ws->recs, rec_cmp);
	for (size_t i = 1; i < ws->n; i++)
		if (strcmp(ws->recs[i - 1].name, ws->recs[i].name) == 0) {
			w = "a brand appears twice";
			goto fail;
		}
	*out = ws;
	if (why)
		*why = NULL;
	return 0;
fail:
	es_winstate_free(ws);
	if (why)
		*why = w ? w : "out of memory";
	return rc;
}

uint64_t es_winstate_clock(const struct es_winstate *ws)
{
	return ws->clock_ms;
}

size_t es_winstate_count(const struct es_winstate *ws)
{
	return ws->n;
}

const char *es_winstate_name(const struct es_winstate *ws, size_t i)
{
	return i < ws->n ? ws->recs[i].name : NULL;
}

long es_winstate_find(const struct es_winstate *ws, const char *name)
{
	size_t lo = 0, hi = ws->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = strcmp(name, ws->recs[mid].name);
		if (d == 0)
			return (long)mid;
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

int es_winstate_get(const struct es_winstate *ws, size_t i, struct es_winstate_brand *b)
{
	if (i >= ws->n || !b->agg)
		return -EINVAL;
	const struct rec *r = &ws->recs[i];
	struct cur c = {ws->buf + r->at, ws->len - CHECKSUM_LEN - r->at, 1};
	char name[ES_WINSTATE_NAME_MAX + 1];
	/* Parse accepted this record, so this cannot fail; say so if it ever does. */
	return record(&c, ws->clock_ms, b, name) ? -EINVAL : 0;
}

/* ======================================================================== */
/* Files                                                                    */

int es_winstate_write_file(const char *path, const uint8_t *buf, size_t len)
{
	return es_file_replace(path, buf, len);
}

int es_winstate_load(const char *path, size_t max_bytes, struct es_winstate **out, const char **why)
{
	if (why)
		*why = NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? -ENOENT : -EIO;
	struct stat st;
	int rc;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		if (why)
			*why = "not a regular file";
		return -EIO;
	}
	if ((uint64_t)st.st_size > max_bytes) {
		close(fd);
		if (why)
			*why = "larger than the limit";
		return -E2BIG;
	}
	size_t len = (size_t)st.st_size;
	uint8_t *buf = malloc(len ? len : 1);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	size_t off = 0;
	rc = 0;
	while (off < len) {
		ssize_t k = read(fd, buf + off, len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			rc = k < 0 ? -EIO : 0;
			break; /* shrank under us: parse what we have (it will not check out) */
		}
		off += (size_t)k;
	}
	close(fd);
	if (rc == 0)
		rc = es_winstate_parse(buf, off, max_bytes, out, why);
	free(buf);
	return rc;
}
