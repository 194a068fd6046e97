/*
 * source_file.h — NDJSON posts from a file or from stdin, for earshotd.
 *
 * A file is read in chunks from the event loop (an idle handle while there
 * is work), either as fast as the pipeline takes it or at the recorded pace:
 * each post is released when its `created` time, relative to the first
 * post's and divided by `speed`, has come. stdin is read as it arrives. At
 * the end of the input the source stays (a replay does not stop the daemon).
 * Reading pauses whenever es_source_file_pause() says so (back-pressure from
 * the Redis queue) and resumes with es_source_file_resume().
 */
#ifndef EARSHOT_DAEMON_SOURCE_FILE_H
#define EARSHOT_DAEMON_SOURCE_FILE_H

#include <stdint.h>
#include <uv.h>

#include "config.h"
#include "earshot/ndjson.h"
#include "source.h"

struct es_source_file;

/* Open the source of cfg (type file or stdin). Returns 0, -errno from open(), -ENOMEM. */
int es_source_file_new(uv_loop_t *loop, const struct es_cfg_source *cfg, es_source_post_fn *fn,
                       void *ctx, struct es_source_file **out);
/* Stop reading and free (after the loop has closed its handles). NULL is a no-op. */
void es_source_file_free(struct es_source_file *s);

void es_source_file_pause(struct es_source_file *s);
void es_source_file_resume(struct es_source_file *s);
int es_source_file_eof(const struct es_source_file *s);
const struct es_ndjson_stats *es_source_file_stats(const struct es_source_file *s);

#endif
