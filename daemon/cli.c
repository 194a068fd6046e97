/*
 * cli.c — `earshot`, the command-line face of libearshot: dispatches to the
 * subcommands in cli_<name>.c.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
	fputs("usage: earshot COMMAND [options]\n"
	      "\n"
	      "  score [--lang L] [--explain] [--json] [TEXT…]   score texts (stdin lines without TEXT)\n"
	      "  eval FILE --lang L [--json] [--errors N]        macro-F1, accuracy, confusion, coverage\n"
	      "  langid FILE… [--expect L] [--misses]            accuracy of the language guess\n"
	      "  bench [FILE] [--lang L] [--texts N]             texts/s, ns per stage, peak RSS\n"
	      "  top [--redis HOST:PORT] [--prefix P] [--once]   live view of earshotd's windows and alerts\n"
	      "  replay -c CONFIG [--mentions] [FILE]            the daemon's pipeline offline, time from the posts\n"
	      "  version\n"
	      "\n"
	      "Every command takes --lexicons DIR (default: $ES_LEXICON_DIR, then the installed lexicons).\n",
	      f);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "score") == 0)
		return cli_score(argc - 1, argv + 1);
	if (strcmp(cmd, "eval") == 0)
		return cli_eval(argc - 1, argv + 1);
	if (strcmp(cmd, "langid") == 0)
		return cli_langid(argc - 1, argv + 1);
	if (strcmp(cmd, "bench") == 0)
		return cli_bench(argc - 1, argv + 1);
	if (strcmp(cmd, "top") == 0)
		return cli_top(argc - 1, argv + 1);
	if (strcmp(cmd, "replay") == 0)
		return cli_replay(argc - 1, argv + 1);
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		printf("earshot %s\n", ES_VERSION);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		usage(stdout);
		return 0;
	}
	fprintf(stderr, "earshot: unknown command '%s'\n", cmd);
	usage(stderr);
	return 2;
}
