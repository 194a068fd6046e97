/*
 * fuzz_config.c — earshotd's configuration parser on arbitrary text. Either
 * the text is refused with a located message ("name:line: reason" or
 * "name: reason") or it yields a configuration that is then freed; nothing
 * else may happen (no crash, no leak, no read out of bounds).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0'; /* the parser takes a C string; embedded NULs end it early */
	struct es_config *cfg = NULL;
	char err[512];
	int rc = es_config_parse("fuzz.conf", text, &cfg, err, sizeof err);
	if (rc == 0) {
		if (!cfg || cfg->n_sources == 0 || cfg->n_brands == 0)
			abort();
		es_config_free(cfg);
	} else if (cfg != NULL || strncmp(err, "fuzz.conf:", 10) != 0) {
		abort();
	}
	free(text);
	return 0;
}
