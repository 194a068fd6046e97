/*
 * fileio.h — durable replacement of a state file (internal to libearshot).
 *
 * es_file_replace() writes data to "<path>.tmp", fsyncs it, renames it over
 * path and fsyncs the directory: after a crash or a power loss path holds
 * either its old content or all of the new, never part of it (a checksum in
 * the content still guards against a disk that lies). Returns 0 or a
 * negative errno (-ENAMETOOLONG for a path over 4 KB); on failure path is
 * untouched and the temp file removed. Used by the dedupe set and the
 * window state.
 */
#ifndef EARSHOT_FILEIO_H
#define EARSHOT_FILEIO_H

#include <stddef.h>

int es_file_replace(const char *path, const void *data, size_t len);

#endif
