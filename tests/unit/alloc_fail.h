/*
 * alloc_fail.h — make the library's allocations fail on demand.
 *
 * A test program linked with alloc_fail.c and
 * -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup routes every
 * allocation made by its own objects and by the static libearshot through
 * counters here. Shared libraries (cmocka, utf8proc, libstemmer, libc
 * internals) are not wrapped and always allocate normally.
 */
#ifndef EARSHOT_TEST_ALLOC_FAIL_H
#define EARSHOT_TEST_ALLOC_FAIL_H

/*
 * Count allocations from now on and make the one numbered n (0 = the next)
 * return NULL; all others succeed. n < 0 counts without failing.
 */
void alloc_fail_after(long n);

/* Stop failing (counting continues). */
void alloc_fail_off(void);

/* Allocations attempted since the last alloc_fail_after(). */
long alloc_fail_count(void);

/* 1 if the armed failure has been delivered since the last alloc_fail_after(). */
int alloc_fail_fired(void);

#endif
