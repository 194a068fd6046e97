/*
 * alloc_fail.c — wrappers for malloc/calloc/realloc/strdup that fail the n-th
 * allocation on request (see alloc_fail.h), for allocation-failure loops:
 * run a loader with failure at allocation 0, 1, 2, … until it succeeds, and
 * check each time that it returned -ENOMEM and leaked nothing (valgrind or
 * ASan does the leak check).
 *
 * The state is global because the linker-level hook is; tests are
 * single-threaded. This file is test code only, never linked into lib/.
 */
#include <stddef.h>
#include <string.h>

#include "alloc_fail.h"

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
char *__real_strdup(const char *s);

void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);
char *__wrap_strdup(const char *s);

static long fail_at = -1; /* allocation number to fail, -1: none */
static long counter;      /* allocations since alloc_fail_after() */
static int fired;

void alloc_fail_after(long n)
{
	fail_at = n;
	counter = 0;
	fired = 0;
}

void alloc_fail_off(void)
{
	fail_at = -1;
}

long alloc_fail_count(void)
{
	return counter;
}

int alloc_fail_fired(void)
{
	return fired;
}

/* True when this allocation is the one to fail. */
static int should_fail(void)
{
	long n = counter++;
	if (fail_at >= 0 && n == fail_at) {
		fired = 1;
		return 1;
	}
	return 0;
}

void *__wrap_malloc(size_t size)
{
	return should_fail() ? NULL : __real_malloc(size);
}

void *__wrap_calloc(size_t n, size_t size)
{
	return should_fail() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t size)
{
	return should_fail() ? NULL : __real_realloc(p, size);
}

char *__wrap_strdup(const char *s)
{
	return should_fail() ? NULL : __real_strdup(s);
}
