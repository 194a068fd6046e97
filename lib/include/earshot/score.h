/*
 * score.h — the analyzer: post text in, sentiment with its explanation out.
 *
 * An analyzer holds the mutable per-thread state (token array, stemmers and
 * their caches, the explanation buffer) around a shared, immutable lexicon
 * set. One analyzer per thread; es_analyze() allocates nothing after warm-up.
 *
 * Pipeline: tokenize → keys (fold, plain, stem, pstem; squeezed forms for
 * elongated words) → lexicon (overlay first, then language, then emoji) →
 * VADER-class rules generalised to every language: negation scope with
 * per-language negators and prefix negation, intensifiers/dampeners with
 * distance decay, contrast (position-based), ALL CAPS in mixed-case text,
 * '!'/'?' emphasis, elongation, emoji and emoticons, idioms.
 */
#ifndef EARSHOT_SCORE_H
#define EARSHOT_SCORE_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

enum es_label {
	ES_LABEL_NEG = 0,
	ES_LABEL_NEU = 1,
	ES_LABEL_POS = 2,
	ES_LABEL_UNSCORED = 3, /* language unknown or without a lexicon: not neutral */
};

/* Rules, as bits in es_term.rules and es_result.rules. */
#define ES_RULE_NEGATION        (1u << 0)  /* negator in the window before the term */
#define ES_RULE_DOUBLE_NEGATION (1u << 1)  /* two negators: cancelled or counted once */
#define ES_RULE_PREFIX_NEGATION (1u << 2)  /* nie-/ne- prefix on the word itself */
#define ES_RULE_INTENSIFIER     (1u << 3)  /* booster before the term */
#define ES_RULE_DAMPENER        (1u << 4)  /* dampener before the term */
#define ES_RULE_CONTRAST_BEFORE (1u << 5)  /* term before a contrast word: ×contrast_before */
#define ES_RULE_CONTRAST_AFTER  (1u << 6)  /* term after a contrast word: ×contrast_after */
#define ES_RULE_CAPS            (1u << 7)  /* ALL CAPS term in mixed-case text */
#define ES_RULE_ELONGATION      (1u << 8)  /* "sooo gooood" */
#define ES_RULE_EXCLAIM         (1u << 9)  /* '!' emphasis (text level) */
#define ES_RULE_QUESTION        (1u << 10) /* '?' emphasis (text level) */
#define ES_RULE_EMOJI           (1u << 11) /* valence from the emoji lexicon */
#define ES_RULE_EMOTICON        (1u << 12) /* valence from an emoticon */
#define ES_RULE_IDIOM           (1u << 13) /* multi-word expression */
#define ES_RULE_OVERLAY         (1u << 14) /* valence from the per-brand overlay */
#define ES_RULE_STEM            (1u << 15) /* matched through the stem */
#define ES_RULE_UNACCENT        (1u << 16) /* matched through the accent-folded key */
#define ES_RULE_PREFIX_ENTRY    (1u << 17) /* matched a "prefix*" lexicon entry */
#define ES_RULE_HASHTAG         (1u << 18) /* term found inside a split hashtag */
#define ES_RULE_COUNT           19

/* One contributing term of the explanation. ptr/len point into the text. */
struct es_term {
	const char *ptr;                 /* the token(s) in the analysed text */
	uint32_t len;                    /* bytes, spanning all tokens of an idiom */
	float valence;                   /* lexicon value */
	float adjusted;                  /* value after every rule */
	uint32_t rules;                  /* ES_RULE_* that changed or found it */
	const struct es_lex_entry *entry; /* the lexicon entry (lives with the lexicon) */
};

#define ES_TERMS_MAX 64 /* terms kept for the explanation (all terms are scored) */

struct es_result {
	double compound;    /* [-1, 1] */
	double pos, neu, neg; /* shares, sum to 1 (0,1,0 when nothing scored) */
	enum es_label label;
	char lang[8];       /* language used ("und" when unknown) */
	int lang_guessed;   /* 1 when the caller gave no language and it was guessed */
	uint32_t rules;     /* union of the rules that fired */
	size_t n_tokens;
	size_t n_hits;      /* lexicon hits (terms with a valence), even past ES_TERMS_MAX */
	size_t n_terms;     /* explanation terms in terms[] (<= ES_TERMS_MAX) */
	const struct es_term *terms; /* borrowed from the analyzer: valid until its next call */
};

struct es_analyzer;
struct es_langid;

/*
 * Create an analyzer over a lexicon set (borrowed: it must outlive the
 * analyzer). langid may be NULL (then posts without a language are unscored).
 * Returns 0 or -ENOMEM.
 */
int es_analyzer_new(const struct es_lexset *lex, const struct es_langid *langid,
                    struct es_analyzer **out);
void es_analyzer_free(struct es_analyzer *an);

/*
 * Analyse text[0..len). lang: an ISO 639-1 code (region suffixes such as
 * "pt-BR" are cut), or NULL/"" to guess. overlay: a per-brand lexicon checked
 * before the language's (may be NULL). Fills *out. Returns 0, or -EINVAL.
 * Texts are analysed up to ES_TOKENS_MAX tokens; the rest is ignored.
 */
int es_analyze(struct es_analyzer *an, const char *text, size_t len, const char *lang,
               const struct es_lexicon *overlay, struct es_result *out);

const char *es_label_name(enum es_label label);           /* "neg" "neu" "pos" "unscored" */
const char *es_rule_name(unsigned bit_index);              /* "negation", … */

#endif
