/*
 * token.h — the tokenizer: UTF-8 post text to a flat array of (ptr, len) tokens.
 *
 * Tokens are zero-copy views into the caller's text; nothing is allocated.
 * Every byte of the input is either inside exactly one token or skipped
 * (white space, control characters, invalid UTF-8). The tokenizer never reads
 * outside [text, text+len) and never writes more than `max` tokens.
 *
 * It does not fold case, normalize or stem: that is normalize.h and stem.h.
 */
#ifndef EARSHOT_TOKEN_H
#define EARSHOT_TOKEN_H

#include <stddef.h>
#include <stdint.h>

/* Hard limit on the tokens one post can produce; callers size arrays by it. */
#define ES_TOKENS_MAX 4096

enum es_token_kind {
	ES_TOKEN_WORD = 0, /* letters of any script (+ marks, digits inside), inner ' ’ - */
	ES_TOKEN_NUMBER,   /* 12, 3.5, 1,000, 10% , 4th? no: "4th" is a WORD */
	ES_TOKEN_URL,      /* http(s)://…, www.…                                  */
	ES_TOKEN_MENTION,  /* @handle (ptr includes the '@')                      */
	ES_TOKEN_HASHTAG,  /* #tag (ptr includes the '#')                         */
	ES_TOKEN_CASHTAG,  /* $TAG (ptr includes the '$'), letters only after '$'  */
	ES_TOKEN_EMOJI,    /* one emoji grapheme cluster: ZWJ sequences, skin tones,
	                      flags (regional indicator pairs), keycaps, VS16     */
	ES_TOKEN_EMOTICON, /* :) :-( :D xD ;) :/ <3 :'( and friends              */
	ES_TOKEN_EXCLAIM,  /* a run of '!' and '?' containing at least one '!'    */
	ES_TOKEN_QUESTION, /* a run of '?' only                                   */
	ES_TOKEN_PUNCT,    /* other punctuation, one token per run (. , ; : … …) */
	ES_TOKEN_SYMBOL,   /* anything else printable (currency, math, dingbats)  */
	ES_TOKEN_KIND_COUNT
};

/* Token flags (bit set in es_token.flags). */
#define ES_TOKEN_F_ALLCAPS   0x01u /* WORD with >= 2 letters, all cased ones upper */
#define ES_TOKEN_F_ELONGATED 0x02u /* WORD with a letter repeated >= 3 times in a row, or an
                                      EMOTICON whose last character repeats (":)))") */
#define ES_TOKEN_F_UPPER     0x04u /* WORD contains at least one uppercase letter */
#define ES_TOKEN_F_CLAUSE    0x08u /* PUNCT that ends a clause or sentence: . ; : … ! ? and
                                      the EXCLAIM/QUESTION kinds always carry it */
#define ES_TOKEN_F_SENTENCE  0x10u /* PUNCT/EXCLAIM/QUESTION that ends a sentence (. … ! ?) */

struct es_token {
	const char *ptr; /* first byte, inside the caller's text */
	uint32_t len;    /* bytes */
	uint8_t kind;    /* enum es_token_kind */
	uint8_t flags;   /* ES_TOKEN_F_* */
	uint16_t nchar;  /* code points in the token, saturating at 65535 */
};

/*
 * Split text[0..len) into tokens, writing at most `max` of them to out[] and
 * their number to *n. Returns 0, or -E2BIG when the text had more tokens than
 * `max` (the first `max` are still written), or -EINVAL for NULL arguments.
 * Invalid UTF-8 bytes, NULs and C0/C1 controls are skipped and split tokens.
 */
int es_tokenize(const char *text, size_t len, struct es_token *out, size_t max, size_t *n);

/* Name of a token kind for diagnostics ("word", "emoji", …). */
const char *es_token_kind_name(enum es_token_kind kind);

#endif
