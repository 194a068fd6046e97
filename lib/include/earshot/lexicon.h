/*
 * lexicon.h — per-language sentiment lexicons (format: docs/lexicons.md).
 *
 * A lexicon is loaded once from text, then immutable: every lookup is const
 * and many analyzers may share one lexicon. Entries are indexed by the keys
 * the scorer builds for a token (normalize.h, stem.h):
 *
 *   fold   case-folded NFC form                         ("zły")
 *   plain  fold without diacritics                       ("zly")
 *   stem   stem of fold with the lexicon's stemmer       ("disappoint")
 *   pstem  stem of plain
 *
 * At load, each word entry is inserted under all four of its own keys; a key
 * never overwrites an existing one, and the insertion order is all fold keys,
 * then all plain keys, then all stems, then all plain stems — so an entry
 * written exactly always beats one derived by folding or stemming. Prefix
 * entries ("beznadziej*") live in their own index, matched longest first.
 * Multi-word expressions are indexed by the plain key of their first token.
 *
 * The shared emoji/emoticon lexicon uses the same format with "@lang emoji";
 * its keys are es_norm_emoji_key() forms.
 */
#ifndef EARSHOT_LEXICON_H
#define EARSHOT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define ES_LEX_VALENCE_MAX 4.0f /* valences live in [-4, +4] */
#define ES_LEX_MWE_MAX     6    /* tokens in one multi-word expression */
#define ES_LEX_LINE_MAX    1024 /* bytes in one lexicon line */

enum es_lex_class {
	ES_LEX_VALENCE = 0, /* [valence]: sentiment-bearing words, prefixes, expressions */
	ES_LEX_NEGATOR,     /* [negators]: words (and *suffix patterns) that negate */
	ES_LEX_INTENSIFIER, /* [intensifiers]: scalar > 0 boosts, < 0 dampens */
	ES_LEX_CONTRAST,    /* [contrast]: "but": before ×contrast_before, after ×contrast_after */
	ES_LEX_CLASS_COUNT
};

enum es_lex_kind {
	ES_LEX_WORD = 0, /* one token */
	ES_LEX_PREFIX,   /* one token, "stem*": matches words that start with it */
	ES_LEX_MWE,      /* several tokens, each exact or "prefix*" */
	ES_LEX_SUFFIX,   /* negators only: "*n't" matches words that end with it */
};

/* One token of a multi-word expression. Keys are NUL-terminated. */
struct es_lex_tok {
	const char *fold;  /* case-folded form, without the trailing '*' */
	const char *plain; /* accent-folded form */
	uint8_t fold_len;
	uint8_t plain_len;
	uint8_t prefix; /* 1: matches any token that starts with it */
};

struct es_lex_entry {
	const char *term;             /* as written in the file (for explanations), NUL-terminated */
	float value;                  /* valence, or intensifier scalar; 0 for negators/contrast */
	uint8_t cls;                  /* enum es_lex_class */
	uint8_t kind;                 /* enum es_lex_kind */
	uint8_t ntok;                 /* tokens (1 unless ES_LEX_MWE) */
	uint32_t line;                /* line in the source file */
	const struct es_lex_tok *tok; /* ntok tokens; NULL unless ES_LEX_MWE */
};

/* Rule weights and thresholds; the [settings] section overrides the defaults. */
struct es_lex_settings {
	float negation_scalar;         /* multiplies a negated positive term (VADER: -0.74) */
	float negated_negative_scalar; /* multiplies a negated negative term (default: same) */
	unsigned negation_window;      /* tokens before a term searched for negators (3) */
	int negation_flip_twice;       /* 1: two negators in the window cancel (VADER, English);
	                                  0: negative concord, they count once (Slavic, Romance, Greek) */
	float contrast_before;         /* 0.5 */
	float contrast_after;          /* 1.5 */
	float caps_boost;              /* 0.733 */
	float booster_decay[3];        /* 1.0 0.95 0.9: booster at distance 1, 2, 3 */
	float elongation_boost;        /* 0.293 added to |valence| of an elongated term */
	float exclaim_boost;           /* 0.292 per '!' */
	unsigned exclaim_max;          /* 4 */
	float question_boost;          /* 0.18 per '?' when 2 or 3 */
	float question_many;           /* 0.96 when more than 3 */
	float threshold_pos;           /* compound >= this → pos (0.05) */
	float threshold_neg;           /* compound <= this → neg (-0.05) */
	float alpha;                   /* compound = x / sqrt(x^2 + alpha) (15) */
	unsigned rhetorical_questions; /* 1: a question that opens with a negator asks for
	                                  agreement ("Isn't it great?", "aren't you sick of
	                                  it?"): that negator flips nothing (0) */
};

/* Where a load failed: "file:line: reason". */
struct es_lex_error {
	char msg[320];
	unsigned line; /* 0 when not about a line */
};

struct es_lexicon;

/*
 * Load a lexicon from a file or from memory (`name` is used in messages).
 * On success *out owns everything it points to; free with es_lexicon_free().
 * Returns 0, -ENOMEM, -EIO (file unreadable), -EBADMSG (malformed line: err
 * says "file:line: reason"), or -E2BIG (a line or a term over its limit).
 * The first error stops the load; nothing is leaked on any failure.
 */
int es_lexicon_load_file(const char *path, struct es_lexicon **out, struct es_lex_error *err);
int es_lexicon_load_buffer(const char *name, const char *buf, size_t len, struct es_lexicon **out,
                           struct es_lex_error *err);

/* Free a lexicon; NULL is a no-op. */
void es_lexicon_free(struct es_lexicon *lex);

/* The @lang code ("en", "emoji", "any" for overlays) and stemmer strategy. */
const char *es_lexicon_lang(const struct es_lexicon *lex);
const char *es_lexicon_stemmer(const struct es_lexicon *lex);
const struct es_lex_settings *es_lexicon_settings(const struct es_lexicon *lex);

/* Number of entries of a class as written in the file. */
size_t es_lexicon_count(const struct es_lexicon *lex, enum es_lex_class cls);

/*
 * Exact lookup of a key (fold, plain, stem or pstem form) among single-token
 * entries of a class. Returns the entry or NULL. For ES_LEX_NEGATOR, suffix
 * patterns ("*n't") are tried when no word matches.
 */
const struct es_lex_entry *es_lexicon_word(const struct es_lexicon *lex, enum es_lex_class cls,
                                           const char *key, size_t len);

/* Longest valence prefix entry that key starts with, or NULL. */
const struct es_lex_entry *es_lexicon_prefix(const struct es_lexicon *lex, const char *key,
                                             size_t len);

/*
 * Which of an entry's own keys a lookup key equals (the same key may exist
 * once only: the first inserted wins, see above). Lets the scorer explain a
 * match: "zly" found "zły" through its plain key, not as written.
 */
enum es_lex_via {
	ES_LEX_VIA_FOLD = 0, /* the fold key (emoji lexicon: the emoji key) */
	ES_LEX_VIA_PLAIN,    /* the plain key (emoji lexicon: the case-folded emoticon) */
	ES_LEX_VIA_STEM,     /* the stem of the fold key */
	ES_LEX_VIA_PSTEM,    /* the stem of the plain key */
};

/* es_lexicon_word() / es_lexicon_prefix() that also set *via (when not NULL) on a match. */
const struct es_lex_entry *es_lexicon_word_via(const struct es_lexicon *lex,
                                               enum es_lex_class cls, const char *key, size_t len,
                                               enum es_lex_via *via);
const struct es_lex_entry *es_lexicon_prefix_via(const struct es_lexicon *lex, const char *key,
                                                 size_t len, enum es_lex_via *via);

/*
 * Multi-word expressions (any class) whose first token's plain key equals
 * plain_first. Sets *out to an array of candidates ordered longest first and
 * returns their number (0 if none). The array lives as long as the lexicon.
 */
size_t es_lexicon_mwe(const struct es_lexicon *lex, const char *plain_first, size_t len,
                      const struct es_lex_entry *const **out);

/*
 * Length in bytes of the negation prefix ("nie", "ne") that key starts with,
 * when the rest is at least that prefix's minimum length; 0 if none.
 */
size_t es_lexicon_negation_prefix(const struct es_lexicon *lex, const char *key, size_t len);

/* ------------------------------------------------------------------------ */
/* A set of lexicons: one per language plus the shared emoji lexicon.       */

struct es_lexset;

/*
 * Load every "*.lex" file of a directory; "emoji.lex" becomes the shared
 * emoji lexicon, every other file's @lang names its language (one file per
 * language). Returns 0 or the first loader error (see above), -ENOENT when the
 * directory holds no emoji.lex.
 */
int es_lexset_load_dir(const char *dir, struct es_lexset **out, struct es_lex_error *err);
void es_lexset_free(struct es_lexset *set);

const struct es_lexicon *es_lexset_get(const struct es_lexset *set, const char *lang);
const struct es_lexicon *es_lexset_emoji(const struct es_lexset *set);

/* Language codes of the loaded lexicons, sorted; returns the count (at most max written). */
size_t es_lexset_langs(const struct es_lexset *set, const char **out, size_t max);

#endif
