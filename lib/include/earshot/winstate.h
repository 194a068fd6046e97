/*
 * winstate.h — the rolling state of every brand, kept across a restart or a
 * crash: one versioned, checksummed file (earshotd writes it to
 * `state_dir/windows` at a clean stop and every checkpoint_interval).
 *
 * Per brand, keyed by its name: the aggregator's clock and start (so warm-up
 * is not redone), its non-empty second and minute slots (the windows, the
 * open minute and hour, and the detectors' 24-hour baseline are rebuilt from
 * them), the detector states (firing alerts, cooldowns), the top negative
 * terms and the ids of the latest negative mentions. The file also carries
 * the clock it was written at.
 *
 * The file is input from outside: es_winstate_parse() checks the checksum,
 * then every length, count, time and value against named limits before it
 * keeps anything, and refuses the whole file on the first fault (one reason,
 * a static string). A parsed file allocates only its index (one entry per
 * brand record, each record at least ES_WINSTATE_RECORD_MIN bytes of input);
 * es_winstate_get() writes into the caller's aggregator and top-k, so
 * restoring allocates nothing per brand.
 *
 * Layout (little-endian): "eswindow" u32 version u32 n_brands u64 clock_ms,
 * n_brands records, u64 FNV-1a of everything before it. A record: u8 name
 * length, name; u64 started_ms, now_ms; u8 detectors, each u8 firing, u64
 * fired_ms, u64 resolved_ms; u8 samples, each u8 length, id; u8 terms, each
 * u8 length, term, f64 weight; u16 seconds, each u64 second, counts; u16
 * minutes, each u64 minute, counts. Counts: u32 n pos neu neg unscored
 * tagged untagged, i64 sum_q sumsq_q. Slots are in increasing time order.
 */
#ifndef EARSHOT_WINSTATE_H
#define EARSHOT_WINSTATE_H

#include <stddef.h>
#include <stdint.h>

#include "detect.h"
#include "topk.h"
#include "window.h"

#define ES_WINSTATE_VERSION    1
#define ES_WINSTATE_NAME_MAX   64                /* bytes of a brand name */
#define ES_WINSTATE_SAMPLES    5                 /* negative mention ids per brand */
#define ES_WINSTATE_SAMPLE_LEN 80                /* buffer of one id, NUL included */
#define ES_WINSTATE_TERMS      64                /* top negative terms per brand */
#define ES_WINSTATE_BRANDS_MAX 100000            /* records in one file */
#define ES_WINSTATE_TIME_MAX   32503680000000ULL /* year 3000, in ms: later is absurd */
#define ES_WINSTATE_RECORD_MIN 93                /* bytes of the smallest record */

/* One brand's state, to save from or restore into. */
struct es_winstate_brand {
	const char *name;   /* save: read; get: not touched (the caller knows it) */
	struct es_agg *agg; /* save: read; get: overwritten (es_agg_restore) */
	struct es_detector_state det[ES_ALERT_TYPE_COUNT];
	struct es_topk *neg_terms; /* save: read (may be NULL); get: terms added (may be NULL) */
	char samples[ES_WINSTATE_SAMPLES][ES_WINSTATE_SAMPLE_LEN]; /* oldest first */
	size_t n_samples;
};

/* ---- writing ------------------------------------------------------------- */

struct es_winstate_writer;

/* A file in memory for the state at clock_ms. 0 or -ENOMEM. */
int es_winstate_writer_new(uint64_t clock_ms, struct es_winstate_writer **out);
void es_winstate_writer_free(struct es_winstate_writer *w);

/*
 * Append one brand. 0; -EINVAL for a name that is empty or longer than
 * ES_WINSTATE_NAME_MAX, or more than ES_WINSTATE_BRANDS_MAX brands; -ENOMEM.
 * Samples longer than the buffer and terms are cut as the parser expects.
 */
int es_winstate_writer_add(struct es_winstate_writer *w, const struct es_winstate_brand *b);

/*
 * Finish the file (header count and checksum): *buf (owned by the writer,
 * valid until it is freed or another brand is added) and *len.
 */
void es_winstate_writer_finish(struct es_winstate_writer *w, const uint8_t **buf, size_t *len);

/*
 * Write buf to path durably: path.tmp, fsync, rename over path, fsync of the
 * directory — a crash leaves the old file or the new one, never a torn one.
 * 0, -ENAMETOOLONG, or the negative errno of the failed call.
 */
int es_winstate_write_file(const char *path, const uint8_t *buf, size_t len);

/* ---- reading ------------------------------------------------------------- */

struct es_winstate;

/*
 * Parse and validate a whole file (buf is copied; the caller keeps it).
 * 0; -EBADMSG (not ours, torn, corrupt or absurd: *why says which),
 * -EPROTONOSUPPORT (another version), -E2BIG (more than max_bytes), -ENOMEM.
 * why may be NULL.
 */
int es_winstate_parse(const uint8_t *buf, size_t len, size_t max_bytes, struct es_winstate **out,
                      const char **why);

/* Read path (at most max_bytes) and parse it: as parse, plus -ENOENT and -EIO. */
int es_winstate_load(const char *path, size_t max_bytes, struct es_winstate **out,
                     const char **why);
void es_winstate_free(struct es_winstate *ws);

uint64_t es_winstate_clock(const struct es_winstate *ws);
size_t es_winstate_count(const struct es_winstate *ws);
/* Record i's name (NUL-terminated, lives as long as ws). */
const char *es_winstate_name(const struct es_winstate *ws, size_t i);
/* The record of that brand, or -1. Records are sorted by name (O(log n)). */
long es_winstate_find(const struct es_winstate *ws, const char *name);

/*
 * Restore record i into b: b->agg is rebuilt at the record's clock (not
 * advanced: the caller rolls it forward), b->det and the samples are
 * overwritten, the terms are added to b->neg_terms (expected empty). 0 or
 * -EINVAL (i out of range); the record was validated by the parser.
 */
int es_winstate_get(const struct es_winstate *ws, size_t i, struct es_winstate_brand *b);

/* The file's checksum (FNV-1a, 64 bits) over buf: for tests and the fuzzer. */
uint64_t es_winstate_checksum(const uint8_t *buf, size_t len);

#endif
