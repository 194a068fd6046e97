/* earshot.h — the whole public API of libearshot. */
#ifndef EARSHOT_EARSHOT_H
#define EARSHOT_EARSHOT_H

#include "langid.h"
#include "lexicon.h"
#include "normalize.h"
#include "score.h"
#include "stem.h"
#include "token.h"

#define ES_VERSION "0.1.0"

#endif
