/*
 * token.c — the tokenizer: UTF-8 post text to (ptr, len) tokens.
 *
 * One left-to-right pass. At each position the first byte picks a scanner
 * (word, number, URL, mention, hashtag, cashtag, emoji cluster, emoticon,
 * !/? run, punctuation run, symbol); the scanner returns where its token
 * ends, and the next token starts there. Bytes that are not text (white
 * space, C0/C1 controls, invalid or overlong UTF-8, surrogates,
 * noncharacters, invisible format characters such as U+FEFF and U+200B)
 * are skipped and separate tokens. ASCII is classified by a byte table;
 * utf8proc is consulted only for non-ASCII code points, so plain English text
 * never leaves this file. Runs of ASCII letters (words) and of letters,
 * digits and '_' (handles, tags) are scanned eight bytes at a time.
 *
 * It does not allocate, fold case, normalize or stem, and it never reads
 * outside [text, text+len): every look-ahead is bounded by the end pointer.
 * It does not segment scripts written without spaces (a run of Han or Thai
 * letters is one WORD).
 */
#include "earshot/token.h"

#include <errno.h>
#include <string.h>
#include <utf8proc.h>

/*
 * A single token is cut after this many bytes so that len fits in uint32_t
 * whatever the input size; the rest of the run becomes the next token.
 */
#define TOKEN_BYTES_MAX (1u << 20)

/* ======================================================================== */
/* Character classes                                                        */

enum cc {
	C_SKIP = 0, /* white space, controls, invalid UTF-8, invisible format chars */
	C_LOW,      /* lowercase letter */
	C_UP,       /* uppercase letter */
	C_TITLE,    /* titlecase letter (counts as upper and lower) */
	C_LET,      /* uncased letter (Lm, Lo, Nl) */
	C_MARK,     /* combining mark */
	C_DIG,      /* decimal digit */
	C_APOS,     /* ' and U+2019: inside words between letters, else punctuation */
	C_HYPH,     /* - U+2010 U+2011: inside words between letters, else punctuation */
	C_PUNCT,    /* other punctuation */
	C_AT,       /* '@': mention or punctuation */
	C_HASH,     /* '#': hashtag, keycap or punctuation */
	C_DOLLAR,   /* '$': cashtag or symbol */
	C_SYM,      /* symbols */
	C_EXCL,     /* ! and friends */
	C_QUES,     /* ? and friends */
	C_PICT,     /* Extended_Pictographic: starts an emoji cluster */
	C_RI,       /* regional indicator (flags come in pairs) */
	C_MOD,      /* emoji skin-tone modifier */
	C_VS,       /* variation selector: invisible, extends the previous character */
	C_TAG,      /* tag character (subdivision flags): invisible extender */
	C_ZWJ,      /* U+200D */
	C_ZWNJ,     /* U+200C */
};

/* Classes of the ASCII bytes; bytes >= 0x80 are decoded and classified. */
/* clang-format off */
#define S_ C_SKIP
#define L_ C_LOW
#define U_ C_UP
#define D_ C_DIG
#define P_ C_PUNCT
#define Y_ C_SYM
static const uint8_t ascii_class[128] = {
	/* 0x00 */ S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,
	/* 0x10 */ S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,
	/*  !"#$%&'()*+,-./ */
	S_, C_EXCL, P_, C_HASH, C_DOLLAR, P_, P_, C_APOS, P_, P_, P_, Y_, P_, C_HYPH, P_, P_,
	/* 0123456789:;<=>? */
	D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, P_, P_, Y_, Y_, Y_, C_QUES,
	/* @ABCDEFGHIJKLMNO */
	C_AT, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
	/* PQRSTUVWXYZ[\]^_ */
	U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, P_, P_, P_, Y_, P_,
	/* `abcdefghijklmno */
	Y_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
	/* pqrstuvwxyz{|}~DEL */
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, P_, Y_, P_, Y_, S_,
};
#undef S_
#undef L_
#undef U_
#undef D_
#undef P_
#undef Y_
/* clang-format on */

static inline int is_letter_class(int k)
{
	return k >= C_LOW && k <= C_LET;
}

/* Letters, marks and digits: what may continue a word, handle or tag. */
static inline int is_wordish_class(int k)
{
	return k >= C_LOW && k <= C_DIG;
}

/*
 * Decode one code point at p (p < end). Returns its length and stores it in
 * *cp; an invalid, truncated or overlong sequence, a surrogate or a value
 * above U+10FFFF yields *cp = -1 and length 1, so that the caller skips one
 * byte and resynchronizes on the next.
 */
static inline unsigned decode(const uint8_t *p, const uint8_t *end, int32_t *cp)
{
	uint8_t c = p[0];
	size_t avail = (size_t)(end - p);
	int32_t v;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2)
		goto bad; /* stray continuation byte or overlong C0/C1 lead */
	if (c < 0xE0) {
		if (avail < 2 || (p[1] & 0xC0) != 0x80)
			goto bad;
		*cp = ((int32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0) {
		if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			goto bad;
		v = ((int32_t)(c & 0x0F) << 12) | ((int32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
			goto bad;
		*cp = v;
		return 3;
	}
	if (c < 0xF5) {
		if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			goto bad;
		v = ((int32_t)(c & 0x07) << 18) | ((int32_t)(p[1] & 0x3F) << 12) |
		    ((int32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		if (v < 0x10000 || v > 0x10FFFF)
			goto bad;
		*cp = v;
		return 4;
	}
bad:
	*cp = -1;
	return 1;
}

/* Class of a code point; -1 (an invalid sequence from decode()) is C_SKIP. */
static int classify(int32_t cp)
{
	if (cp < 0x80)
		return cp < 0 ? C_SKIP : ascii_class[cp];
	switch (cp) {
	case 0x2019:
		return C_APOS;
	case 0x2010:
	case 0x2011:
		return C_HYPH;
	case 0x200D:
		return C_ZWJ;
	case 0x200C:
		return C_ZWNJ;
	case 0xFFFD: /* a decoder upstream already lost this character: no meaning left */
		return C_SKIP;
	case 0x203C: /* ‼ */
	case 0x2048: /* ⁈ */
	case 0x2049: /* ⁉ */
	case 0x203D: /* ‽ */
	case 0xFF01: /* ！ */
	case 0xFE57: /* ﹗ */
		return C_EXCL;
	case 0x2047: /* ⁇ */
	case 0xFF1F: /* ？ */
	case 0xFE56: /* ﹖ */
	case 0x061F: /* Arabic question mark */
	case 0x037E: /* Greek question mark */
		return C_QUES;
	case 0x00A9: /* © ® ™ and the plain arrows are pictographic, but in posts they */
	case 0x00AE: /* are text ("Acme™"); with U+FE0F they become emoji (see      */
	case 0x2122: /* scan_symbol).                                               */
	case 0x2194:
	case 0x2195:
	case 0x2196:
	case 0x2197:
	case 0x2198:
	case 0x2199:
		return C_SYM;
	default:
		break;
	}
	if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF))
		return C_VS;
	if (cp >= 0xE0020 && cp <= 0xE007F)
		return C_TAG;
	if (cp >= 0x1F3FB && cp <= 0x1F3FF)
		return C_MOD;
	if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF))
		return C_SKIP; /* noncharacters */
	const utf8proc_property_t *pr = utf8proc_get_property(cp);
	switch (pr->boundclass) {
	case UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC:
	case UTF8PROC_BOUNDCLASS_E_ZWG:
	case UTF8PROC_BOUNDCLASS_E_BASE: /* older utf8proc data, before Extended_Pictographic */
	case UTF8PROC_BOUNDCLASS_E_BASE_GAZ:
	case UTF8PROC_BOUNDCLASS_GLUE_AFTER_ZWJ:
		return C_PICT;
	case UTF8PROC_BOUNDCLASS_E_MODIFIER:
		return C_MOD;
	case UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR:
		return C_RI;
	default:
		break;
	}
	switch (pr->category) {
	case UTF8PROC_CATEGORY_LU:
		return C_UP;
	case UTF8PROC_CATEGORY_LL:
		return C_LOW;
	case UTF8PROC_CATEGORY_LT:
		return C_TITLE;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_NL:
		return C_LET;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_MARK;
	case UTF8PROC_CATEGORY_ND:
		return C_DIG;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return C_PUNCT;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF:
	case UTF8PROC_CATEGORY_CS:
		return C_SKIP;
	default:
		return C_SYM; /* S*, No, private use, unassigned */
	}
}

/* Class of the code point at p (p < end); its length goes to *l, value to *cp. */
static inline int class_at(const uint8_t *p, const uint8_t *end, unsigned *l, int32_t *cp)
{
	if (*p < 0x80) {
		*l = 1;
		*cp = *p;
		return ascii_class[*p];
	}
	*l = decode(p, end, cp);
	return classify(*cp);
}

/* Class of the code point at p, or C_SKIP at the end. */
static inline int peek_class(const uint8_t *p, const uint8_t *end)
{
	unsigned l;
	int32_t cp;
	if (p >= end)
		return C_SKIP;
	return class_at(p, end, &l, &cp);
}

/* ------------------------------------------------------------------------ */
/* ASCII words, eight bytes at a time                                       */

#define BYTES_01 0x0101010101010101ull
#define BYTES_20 0x2020202020202020ull
#define BYTES_7F 0x7F7F7F7F7F7F7F7Full
#define BYTES_80 0x8080808080808080ull

/*
 * Eight bytes at q as a little-endian word (byte 0 lowest), zero-filled past
 * lim: a NUL is not a letter, so a word never runs into the filling.
 */
static inline uint64_t load8_upto(const uint8_t *q, const uint8_t *lim)
{
	uint64_t w = 0;
	if (lim - q >= 8) {
		memcpy(&w, q, 8); /* constant size: one load */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);
#endif
		return w;
	}
	/* the text's last few bytes only: assembled in place, no library call */
	for (unsigned i = 0; q + i < lim; i++)
		w |= (uint64_t)q[i] << (8 * i);
	return w;
}

/* 0x80 in every byte of x that is an ASCII letter, 0 elsewhere. */
static inline uint64_t ascii_letters8(uint64_t x)
{
	uint64_t t = (x | BYTES_20) & BYTES_7F;      /* upper case folded onto lower case */
	uint64_t ge_a = t + (0x80 - 'a') * BYTES_01; /* high bit: >= 'a' */
	uint64_t gt_z = t + (0x80 - 'z' - 1) * BYTES_01; /* high bit: > 'z' */
	return ge_a & ~gt_z & ~x & BYTES_80;
}

/*
 * Bytes that end an ASCII word for good: the word cannot go on past them in
 * scan_word either (not a digit, apostrophe, hyphen or non-ASCII byte; never
 * a letter, which scan_ascii_word would have taken).
 */
/* clang-format off */
static const uint8_t ends_ascii_word[256] = {
	/* 0x00 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 0x10 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/*  !"#$%&'()*+,-./ */
	1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1,
	/* 0123456789:;<=>? */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
	/* @ABCDEFGHIJKLMNO */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* PQRSTUVWXYZ[\]^_ */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* `abcdefghijklmno */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* pqrstuvwxyz{|}~DEL */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 0x80..0xFF: 0 */
};
/* clang-format on */

/* What scan_ascii_word saw: cases present and a letter three times in a row. */
struct ascii_word {
	int upper, lower, elongated;
};

/*
 * The run of ASCII letters from p (a letter) up to lim, a word at a time;
 * returns its end. The same facts as the letter branch of scan_word: which
 * cases occur, and whether some letter repeats three times in a row,
 * ignoring case ("sooo", "NOoo"). A chunk whose eight bytes are all letters
 * advances by six only, so that a run of three crossing into the next chunk
 * is still seen whole.
 */
static const uint8_t *scan_ascii_word(const uint8_t *p, const uint8_t *lim, struct ascii_word *w)
{
	uint64_t up = 0, low = 0, elong = 0;
	const uint8_t *q = p;
	for (;;) {
		uint64_t x = load8_upto(q, lim);
		uint64_t letter = ascii_letters8(x);
		uint64_t stop = ~letter & BYTES_80;
		unsigned m = stop ? (unsigned)__builtin_ctzll(stop) >> 3 : 8; /* letters here */
		uint64_t keep = m == 8 ? ~0ull : (1ull << (8 * m)) - 1;
		letter &= keep;
		up |= letter & ~(x << 2); /* bit 5 (0x20) clear: upper case */
		low |= letter & (x << 2);
		/*
		 * Byte i of z is zero where letters i, i+1, i+2 are equal (case
		 * folded); only the m - 2 starts inside the letters count. Computed
		 * for every chunk, without a branch: whether a word has three
		 * letters is as unpredictable as its length.
		 */
		uint64_t y = x | BYTES_20;
		uint64_t z = (y ^ (y >> 8)) | (y ^ (y >> 16));
		unsigned starts = m >= 3 ? m - 2 : 0;
		z |= ~((1ull << (8 * starts)) - 1);
		elong |= (z - BYTES_01) & ~z & BYTES_80;
		if (m < 8) {
			q += m;
			break;
		}
		q += 6;
	}
	w->upper = up != 0;
	w->lower = low != 0;
	w->elongated = elong != 0;
	return q;
}

/*
 * The ASCII letters, digits and '_' from q (below lim) — most of a handle or
 * hashtag — a word at a time; returns the end of the run and sets *letters
 * when it holds a letter. A digit right before a non-ASCII byte is left out:
 * it may be a keycap's base ("#1️⃣"), which the callers' general loop decides.
 */
static inline const uint8_t *ascii_handle_run(const uint8_t *q, const uint8_t *lim, int *letters)
{
	const uint8_t *start = q;
	for (;;) {
		uint64_t x = load8_upto(q, lim);
		uint64_t let = ascii_letters8(x);
		uint64_t t = x & BYTES_7F;
		uint64_t dig = (t + (0x80 - '0') * BYTES_01) & ~(t + (0x80 - '9' - 1) * BYTES_01) &
		               ~x & BYTES_80;
		uint64_t u = x ^ ('_' * BYTES_01); /* zero where x has '_' */
		uint64_t und = ~(((u & BYTES_7F) + BYTES_7F) | u) & BYTES_80;
		uint64_t stop = ~(let | dig | und) & BYTES_80;
		unsigned m = stop ? (unsigned)__builtin_ctzll(stop) >> 3 : 8;
		uint64_t keep = m == 8 ? ~0ull : (1ull << (8 * m)) - 1;
		*letters |= (let & keep) != 0;
		q += m;
		if (m < 8)
			break;
	}
	if (q > start && q < lim && *q >= 0x80 && q[-1] >= '0' && q[-1] <= '9')
		q--;
	return q;
}

/* ======================================================================== */
/* Scanners                                                                 */

/* What a scanner found: the token's end, kind, flags and code point count. */
struct scan {
	const uint8_t *end;
	uint8_t kind;
	uint8_t flags;
	size_t nchar;
};

/*
 * What came right before the current position, for the scanners whose
 * tokens must not be glued to a word ("a@b", "C#", "US$5", "i<3u").
 */
enum prev { PV_NONE, PV_LETTER, PV_DIGIT, PV_OTHER };

/* Absorb invisible extenders and combining marks after a character. */
static const uint8_t *skip_extenders(const uint8_t *q, const uint8_t *end, size_t *nchar, int *vs16)
{
	while (q < end && *q >= 0x80) {
		unsigned l;
		int32_t cp;
		int k = class_at(q, end, &l, &cp);
		if (k != C_MARK && k != C_VS && k != C_TAG)
			break;
		if (cp == 0xFE0F && vs16)
			*vs16 = 1;
		q += l;
		(*nchar)++;
	}
	return q;
}

/*
 * Keycap emoji at p: [0-9#*] U+FE0F? U+20E3. Returns the end or NULL.
 * Checked before a digit, '#' or '*' is taken as anything else.
 */
static const uint8_t *scan_keycap(const uint8_t *p, const uint8_t *end, size_t *nchar)
{
	const uint8_t *q = p + 1;
	size_t n = 1;
	if (end - q >= 3 && q[0] == 0xEF && q[1] == 0xB8 && q[2] == 0x8F) { /* FE0F */
		q += 3;
		n++;
	}
	if (end - q >= 3 && q[0] == 0xE2 && q[1] == 0x83 && q[2] == 0xA3) { /* 20E3 */
		*nchar = n + 1;
		return q + 3;
	}
	return NULL;
}

static inline int maybe_keycap(const uint8_t *p, const uint8_t *end)
{
	/* cheap pre-test: the byte after the base must start U+FE0F or U+20E3 */
	return end - p >= 4 && (p[1] == 0xEF || p[1] == 0xE2);
}

/*
 * An emoji grapheme cluster starting at p (a pictograph, a regional
 * indicator or a lone skin-tone modifier): the base, then any extenders
 * (variation selectors, skin tones, combining marks such as U+20E3, tag
 * characters), and ZWJ + pictograph continuations. Two regional indicators
 * make one flag; a third starts the next token.
 */
static void scan_emoji(const uint8_t *p, const uint8_t *end, unsigned l0, int k0, struct scan *s)
{
	const uint8_t *q = p + l0;
	size_t n = 1;
	unsigned l;
	int32_t cp;
	if (k0 == C_RI && q < end && *q >= 0x80 && class_at(q, end, &l, &cp) == C_RI) {
		q += l;
		n++;
	}
	while (q < end && *q >= 0x80) {
		int k = class_at(q, end, &l, &cp);
		if (k == C_VS || k == C_MOD || k == C_TAG || k == C_MARK) {
			q += l;
			n++;
		} else if (k == C_ZWJ) {
			/* a ZWJ stays with what precedes it and joins a pictograph after it */
			q += l;
			n++;
			unsigned l2;
			if (q < end && *q >= 0x80 && class_at(q, end, &l2, &cp) == C_PICT) {
				q += l2;
				n++;
			}
		} else {
			break;
		}
	}
	s->end = q;
	s->kind = ES_TOKEN_EMOJI;
	s->nchar = n;
}

/* Lowercase key of a letter for elongation runs. */
static inline int32_t run_key(int32_t cp, int k)
{
	if (cp < 0x80)
		return cp | 0x20;
	return k == C_LET ? cp : utf8proc_tolower(cp);
}

/* Is there a letter right at q? */
static inline int letter_at(const uint8_t *q, const uint8_t *end)
{
	return q < end && is_letter_class(peek_class(q, end));
}

/* Would a digit at q start a keycap emoji? */
static inline int keycap_at(const uint8_t *q, const uint8_t *end)
{
	size_t dummy;
	return maybe_keycap(q, end) && scan_keycap(q, end, &dummy) != NULL;
}

/*
 * A word from p: letters of any script, combining marks, digits, and ' ’ -
 * ‐ ‑ between letters, one to three '*' between letters (masked swearing); ZWJ/ZWNJ between letters (Indic and Persian
 * spelling). n0 code points were already consumed before p (a word that
 * started with digits: "4th").
 */
/* Where a word scan stands: what scan_word has counted up to its position. */
struct word_state {
	size_t n;
	unsigned letters, upper, lower, elong, run;
	int32_t last;     /* run key of the previous letter, -1 after a non-letter */
	int after_letter; /* the previous code point was a letter or a mark on one */
};

#define MASK_MAX 3 /* asterisks that may stand for letters inside a word */

/* scan_word() from q (inside the word that starts at p), in state *w. */
static void scan_word_from(const uint8_t *q, const uint8_t *end, const struct word_state *w,
                           struct scan *s)
{
	size_t n = w->n;
	unsigned letters = w->letters, upper = w->upper, lower = w->lower, elong = w->elong,
	         run = w->run;
	int32_t last = w->last;
	int after_letter = w->after_letter;
	while (q < end) {
		uint8_t c = *q;
		int k;
		unsigned l;
		int32_t cp;
		if (c == '*') {
			/* A masked letter or three inside a word ("f*ck", "sh**") is
			 * spelling; asterisks around a word ("*sigh*") are not. */
			unsigned m = 1;
			while (m < MASK_MAX && q + m < end && q[m] == '*')
				m++;
			if (!after_letter || !letter_at(q + m, end))
				goto done;
			q += m;
			n += m;
			last = -1;
			after_letter = 0;
			continue;
		}
		if (c < 0x80) {
			k = ascii_class[c];
			l = 1;
			cp = c;
			/* fast path for the overwhelmingly common case */
			if (k == C_LOW || k == C_UP) {
				int32_t key = c | 0x20;
				letters++;
				upper |= k == C_UP;
				lower |= k == C_LOW;
				if (key == last) {
					if (++run >= 3)
						elong = 1;
				} else {
					last = key;
					run = 1;
				}
				after_letter = 1;
				q++;
				n++;
				continue;
			}
		} else {
			l = decode(q, end, &cp);
			k = classify(cp);
		}
		switch (k) {
		case C_LOW:
		case C_UP:
		case C_TITLE:
		case C_LET: {
			int32_t key = run_key(cp, k);
			letters++;
			upper |= k == C_UP || k == C_TITLE;
			lower |= k == C_LOW || k == C_TITLE;
			if (key == last) {
				if (++run >= 3)
					elong = 1;
			} else {
				last = key;
				run = 1;
			}
			after_letter = 1;
			break;
		}
		case C_MARK:
		case C_VS:
			break; /* a mark neither breaks nor extends an elongation run */
		case C_DIG:
			if (keycap_at(q, end))
				goto done;
			last = -1;
			after_letter = 0;
			break;
		case C_APOS:
		case C_HYPH:
		case C_ZWJ:
		case C_ZWNJ:
			if (!after_letter || !letter_at(q + l, end))
				goto done;
			last = -1;
			after_letter = 0;
			break;
		default:
			goto done;
		}
		q += l;
		n++;
	}
done:
	s->end = q;
	s->kind = ES_TOKEN_WORD;
	s->nchar = n;
	s->flags = 0;
	if (upper)
		s->flags |= ES_TOKEN_F_UPPER;
	if (upper && !lower && letters >= 2)
		s->flags |= ES_TOKEN_F_ALLCAPS;
	if (elong)
		s->flags |= ES_TOKEN_F_ELONGATED;
}

static void scan_word(const uint8_t *p, const uint8_t *end, size_t n0, struct scan *s)
{
	const struct word_state w = {.n = n0, .last = -1};
	scan_word_from(p, end, &w, s);
}

/* Skip decimal digits (any script) from q; counts them into *n. */
static const uint8_t *skip_digits(const uint8_t *q, const uint8_t *end, size_t *n)
{
	while (q < end) {
		unsigned l;
		int32_t cp;
		if (class_at(q, end, &l, &cp) != C_DIG || keycap_at(q, end))
			break;
		q += l;
		(*n)++;
	}
	return q;
}

/*
 * A number from p (a digit): digits with inner . , : followed by digits and
 * an optional trailing '%'. Digits glued to letters without any separator
 * make a word instead ("4th", "10k", "3D").
 */
static void scan_number(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	size_t n = 0;
	int sep = 0;
	const uint8_t *q = skip_digits(p, end, &n);
	while (q + 1 < end && (*q == '.' || *q == ',' || *q == ':') &&
	       peek_class(q + 1, end) == C_DIG && !keycap_at(q + 1, end)) {
		n++;
		q = skip_digits(q + 1, end, &n);
		sep = 1;
	}
	s->kind = ES_TOKEN_NUMBER;
	s->flags = 0;
	if (q < end && *q == '%') {
		s->end = q + 1;
		s->nchar = n + 1;
		return;
	}
	if (!sep && letter_at(q, end)) {
		scan_word(q, end, n, s);
		return;
	}
	s->end = q;
	s->nchar = n;
}

/* ASCII case-insensitive prefix test; pat is lowercase. */
static int has_prefix_ci(const uint8_t *p, const uint8_t *end, const char *pat, size_t plen)
{
	if ((size_t)(end - p) < plen)
		return 0;
	for (size_t i = 0; i < plen; i++) {
		uint8_t c = p[i], want = (uint8_t)pat[i];
		if (c != want && !(want >= 'a' && want <= 'z' && c == want - 0x20))
			return 0;
	}
	return 1;
}

/*
 * If the URL's last code point (ending at q, after lo) is punctuation that
 * belongs to the sentence, return where it starts, else NULL. A ')' is kept
 * while the URL has as many '(' as ')' ("…/Foo_(bar)").
 */
static const uint8_t *url_trim_one(const uint8_t *lo, const uint8_t *q, int *paren_balance)
{
	const uint8_t *b = q - 1;
	if (*b < 0x80) {
		switch (*b) {
		case '.':
		case ',':
		case ';':
		case ':':
		case '!':
		case '?':
		case '\'':
		case '"':
		case ']':
		case '}':
		case '>':
		case '*':
			return b;
		case ')':
			if (*paren_balance >= 0)
				return NULL;
			(*paren_balance)++;
			return b;
		default:
			return NULL;
		}
	}
	while (b > lo && (*b & 0xC0) == 0x80)
		b--;
	unsigned l;
	int32_t cp;
	int k = class_at(b, q, &l, &cp);
	if (b + l == q && (k == C_PUNCT || k == C_APOS || k == C_EXCL || k == C_QUES))
		return b;
	return NULL;
}

/*
 * A URL from p: http:// https:// or www. (any case), up to white space, a
 * control or invalid byte, or a non-ASCII character that is not a letter,
 * mark or digit (an emoji, "，"); then trailing punctuation that
 * belongs to the sentence (. , ; : ! ? quotes, an unbalanced ')', "…") is
 * left out. Returns 0 when there is no URL here.
 */
static int scan_url(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	size_t plen;
	if (has_prefix_ci(p, end, "https://", 8))
		plen = 8;
	else if (has_prefix_ci(p, end, "http://", 7))
		plen = 7;
	else if (has_prefix_ci(p, end, "www.", 4))
		plen = 4;
	else
		return 0;
	const uint8_t *q = p + plen;
	int paren_balance = 0; /* '(' minus ')' */
	while (q < end) {
		if (*q < 0x80) {
			if (ascii_class[*q] == C_SKIP)
				break;
			paren_balance += (*q == '(') - (*q == ')');
			q++;
			continue;
		}
		/* beyond ASCII only letters, marks and digits (IRIs): a URL
		 * glued to "，谢谢" or to an emoji ends there */
		unsigned l;
		int32_t cp;
		if (!is_wordish_class(class_at(q, end, &l, &cp)))
			break;
		q += l;
	}
	const uint8_t *lo = p + plen;
	while (q > lo) {
		const uint8_t *t = url_trim_one(lo, q, &paren_balance);
		if (!t)
			break;
		q = t;
	}
	if (q == lo)
		return 0;
	if (plen == 4 && !is_wordish_class(peek_class(lo, end)))
		return 0; /* "www." then punctuation */
	size_t n = 0;
	for (const uint8_t *r = p; r < q; r++)
		n += (*r & 0xC0) != 0x80;
	s->end = q;
	s->kind = ES_TOKEN_URL;
	s->flags = 0;
	s->nchar = n;
	return 1;
}

/* A letter, digit, mark or '_': may continue a handle or hashtag. */
static inline int handle_class(int k, int32_t cp)
{
	return is_wordish_class(k) || cp == '_';
}

static inline int handle_at(const uint8_t *q, const uint8_t *end)
{
	unsigned l;
	int32_t cp;
	if (q >= end)
		return 0;
	int k = class_at(q, end, &l, &cp); /* sequenced: cp is set by class_at */
	return handle_class(k, cp);
}

/*
 * A mention from p ('@'): a handle of letters, digits and '_', with inner
 * '.' (Bluesky "@a.bsky.social"), one inner '@' (fediverse
 * "@alice@mastodon.social") and, in the domain part, inner '-'.
 * Returns 0 when no handle follows.
 */
static int scan_mention(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	const uint8_t *q = p + 1;
	size_t n = 1;
	int seen_at = 0, domain = 0, letters = 0;
	if (!handle_at(q, end))
		return 0;
	while (q < end) {
		const uint8_t *r = ascii_handle_run(q, end, &letters);
		n += (size_t)(r - q);
		q = r;
		if (q >= end)
			break;
		unsigned l;
		int32_t cp;
		int k = class_at(q, end, &l, &cp);
		if (handle_class(k, cp) && !(k == C_DIG && keycap_at(q, end))) {
			q += l;
			n++;
			continue;
		}
		if ((cp == '.' || (cp == '@' && !seen_at) || (cp == '-' && domain)) &&
		    handle_at(q + 1, end)) {
			seen_at |= cp == '@';
			domain |= cp != '-';
			q++;
			n++;
			continue;
		}
		break;
	}
	s->end = q;
	s->kind = ES_TOKEN_MENTION;
	s->flags = 0;
	s->nchar = n;
	return 1;
}

/*
 * A hashtag from p ('#'): letters, digits, marks and '_', with at least one
 * letter ("#1" is punctuation and a number, as on the platforms).
 */
static int scan_hashtag(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	int letters = 0;
	const uint8_t *q = ascii_handle_run(p + 1, end, &letters);
	size_t n = 1 + (size_t)(q - (p + 1));
	while (q < end) {
		unsigned l;
		int32_t cp;
		int k = class_at(q, end, &l, &cp);
		if (!handle_class(k, cp) || (k == C_DIG && keycap_at(q, end)))
			break;
		letters |= is_letter_class(k);
		q += l;
		n++;
	}
	if (!letters)
		return 0;
	s->end = q;
	s->kind = ES_TOKEN_HASHTAG;
	s->flags = 0;
	s->nchar = n;
	return 1;
}

/* A cashtag from p ('$'): letters only, not followed by a digit or '_' ("$5", "$AB1"). */
static int scan_cashtag(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	const uint8_t *q = p + 1;
	size_t n = 1;
	while (q < end) {
		unsigned l;
		int32_t cp;
		int k = class_at(q, end, &l, &cp);
		if (!is_letter_class(k) && !(n > 1 && k == C_MARK))
			break;
		q += l;
		n++;
	}
	if (n == 1 || handle_at(q, end))
		return 0;
	s->end = q;
	s->kind = ES_TOKEN_CASHTAG;
	s->flags = 0;
	s->nchar = n;
	return 1;
}

/* ------------------------------------------------------------------------ */
/* Emoticons                                                                */

#define EMO_STRICT 0x01u /* white space (or the text's edge) on both sides */
#define EMO_GLUE   0x02u /* may follow a letter directly ("great:)") */
#define EMO_NOREP  0x04u /* the last character does not repeat (":///" is not ":/") */

struct emoticon {
	const char *s;
	uint8_t len;
	uint8_t how;
};

/* clang-format off */
#define E(str, how) { str, sizeof str - 1, how }
/*
 * Longest first within each leading character, since the first one whose
 * boundaries fit wins. Letter-led forms (xD, T_T, o_O) are matched only at
 * word starts.
 */
/* Sorted by first byte (scan_emoticon binary-searches it); within a first
 * byte, longer forms first. */
static const struct emoticon emoticons[] = {
	E("(-:", EMO_STRICT | EMO_NOREP), E("(:", EMO_STRICT | EMO_NOREP),
	E(")-:", EMO_STRICT | EMO_NOREP), E("):", EMO_STRICT | EMO_NOREP),
	E("-_-", EMO_NOREP), E("-.-", EMO_NOREP),
	E(":'-(", EMO_GLUE), E(":'-)", EMO_GLUE), E(":-)", EMO_GLUE), E(":-(", EMO_GLUE),
	E(":-D", EMO_GLUE), E(":-P", EMO_GLUE), E(":-p", EMO_GLUE), E(":-/", EMO_GLUE | EMO_NOREP),
	E(":-\\", EMO_GLUE | EMO_NOREP), E(":-|", EMO_GLUE), E(":-O", EMO_GLUE), E(":-o", EMO_GLUE),
	E(":-*", EMO_GLUE), E(":-]", EMO_GLUE), E(":-[", EMO_GLUE), E(":'(", EMO_GLUE),
	E(":')", EMO_GLUE), E(":)", EMO_GLUE), E(":(", EMO_GLUE), E(":D", EMO_GLUE), E(":P", EMO_GLUE),
	E(":p", EMO_GLUE), E(":/", EMO_GLUE | EMO_NOREP), E(":\\", EMO_GLUE | EMO_NOREP),
	E(":|", EMO_GLUE), E(":O", EMO_GLUE), E(":o", EMO_GLUE), E(":*", EMO_GLUE), E(":3", EMO_GLUE),
	E(":]", EMO_GLUE), E(":[", EMO_GLUE), E(":S", EMO_GLUE), E(":s", EMO_GLUE), E(":@", EMO_GLUE),
	E(":$", EMO_GLUE), E(":x", EMO_GLUE), E(":X", EMO_GLUE), E(":c", EMO_GLUE), E(":C", 0),
	E(";-)", EMO_GLUE), E(";-(", EMO_GLUE), E(";-D", EMO_GLUE), E(";-P", EMO_GLUE),
	E(";-p", EMO_GLUE), E(";_;", EMO_GLUE | EMO_NOREP), E(";)", EMO_GLUE), E(";(", EMO_GLUE),
	E(";D", EMO_GLUE), E(";P", EMO_GLUE), E(";p", EMO_GLUE), E(";*", EMO_GLUE),
	E("</3", 0), E("<3", 0),
	E("=)", 0), E("=(", 0), E("=D", 0), E("=P", 0), E("=p", 0), E("=/", EMO_NOREP), E("=]", 0),
	E("=[", 0), E("=|", 0),
	E(">:-(", 0), E(">:-)", 0), E(">:(", 0), E(">:)", 0), E(">:[", 0), E(">:O", 0),
	E(">_<", EMO_NOREP), E(">.<", EMO_NOREP),
	E("O_o", EMO_NOREP), E("O.o", EMO_NOREP), E("O_O", EMO_NOREP),
	E("T___T", EMO_NOREP), E("T__T", EMO_NOREP),
	E("T_T", EMO_NOREP), E("T.T", EMO_NOREP), E("T-T", EMO_NOREP),
	E("XD", 0),
	E("^_^", EMO_GLUE | EMO_NOREP), E("^.^", EMO_GLUE | EMO_NOREP), E("^-^", EMO_GLUE | EMO_NOREP),
	E("^o^", EMO_GLUE | EMO_NOREP), E("^^", EMO_GLUE),
	E("o_O", EMO_NOREP), E("o.O", EMO_NOREP), E("o_o", EMO_NOREP),
	E("xD", 0), E("xd", 0),
};
#undef E
/* clang-format on */

static inline int emoticon_first(uint8_t c)
{
	switch (c) {
	case ':':
	case ';':
	case '=':
	case '>':
	case '<':
	case '^':
	case '-':
	case '(':
	case ')':
	case 'x':
	case 'X':
	case 'T':
	case 'o':
	case 'O':
		return 1;
	default:
		return 0;
	}
}

/*
 * An emoticon at p, standing alone: not after a digit ("3:30" is a number
 * anyway, "2<3" is not love), after a letter only for the EMO_GLUE forms,
 * and not followed by a letter, digit, mark or '/' (":Dear", "<30",
 * "://"). A repeated last character stays in the token (":)))", ":DDD",
 * "<333") and sets ES_TOKEN_F_ELONGATED.
 */
static int scan_emoticon(const uint8_t *p, const uint8_t *end, int prev, struct scan *s)
{
	if (prev == PV_DIGIT)
		return 0;
	/* The first entry starting with *p (the table is sorted by first byte). */
	size_t lo = 0, hi = sizeof emoticons / sizeof emoticons[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if ((uint8_t)emoticons[mid].s[0] < *p)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < sizeof emoticons / sizeof emoticons[0]; i++) {
		const struct emoticon *e = &emoticons[i];
		if ((uint8_t)e->s[0] != *p)
			break;
		/* every form has two bytes or more: the second rejects most at once */
		if ((size_t)(end - p) < e->len || p[1] != (uint8_t)e->s[1] ||
		    memcmp(p + 2, e->s + 2, e->len - 2u) != 0)
			continue;
		if ((e->how & EMO_STRICT) && prev != PV_NONE)
			continue;
		if (prev == PV_LETTER && !(e->how & EMO_GLUE))
			continue;
		const uint8_t *q = p + e->len;
		uint8_t lastc = (uint8_t)e->s[e->len - 1];
		uint8_t flags = 0;
		if (!(e->how & EMO_NOREP) && q < end && *q == lastc) {
			while (q < end && *q == lastc)
				q++;
			flags = ES_TOKEN_F_ELONGATED;
		}
		if (q < end) {
			int k = peek_class(q, end);
			if ((e->how & EMO_STRICT) && k != C_SKIP)
				continue;
			if (is_wordish_class(k) || *q == '/' || *q == '\\')
				continue;
		}
		s->end = q;
		s->kind = ES_TOKEN_EMOTICON;
		s->flags = flags;
		s->nchar = (size_t)(q - p);
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Punctuation and symbols                                                  */

/* Clause/sentence flags of one punctuation code point. */
static inline uint8_t punct_flags(int32_t cp)
{
	switch (cp) {
	case '.':
	case 0x2026: /* … */
	case 0x3002: /* 。 */
	case 0xFF0E: /* ． */
	case 0xFF61: /* ｡ */
	case 0x0964: /* । */
	case 0x0965: /* ॥ */
	case 0x06D4: /* ۔ */
		return ES_TOKEN_F_CLAUSE | ES_TOKEN_F_SENTENCE;
	case ';':
	case ':':
	case 0xFF1B: /* ； */
	case 0xFF1A: /* ： */
	case 0x061B: /* Arabic semicolon */
		return ES_TOKEN_F_CLAUSE;
	default:
		return 0;
	}
}

/* Does some other token start at q, inside a run of punctuation? */
static int special_starts(const uint8_t *q, const uint8_t *end)
{
	struct scan t;
	switch (*q) {
	case '@':
		return scan_mention(q, end, &t);
	case '#':
		return keycap_at(q, end) || scan_hashtag(q, end, &t);
	case '*':
		return keycap_at(q, end);
	default:
		return emoticon_first(*q) && scan_emoticon(q, end, PV_OTHER, &t);
	}
}

/* A run of punctuation (not ! or ?) from p; the first character is known to be one. */
static void scan_punct(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	const uint8_t *q = p;
	size_t n = 0;
	uint8_t flags = 0;
	while (q < end) {
		unsigned l;
		int32_t cp;
		int k = class_at(q, end, &l, &cp);
		if (k != C_PUNCT && k != C_APOS && k != C_HYPH && k != C_AT && k != C_HASH)
			break;
		if (q > p && *q < 0x80 && special_starts(q, end))
			break;
		flags |= punct_flags(cp);
		q += l;
		n++;
		q = skip_extenders(q, end, &n, NULL);
	}
	s->end = q;
	s->kind = ES_TOKEN_PUNCT;
	s->flags = flags;
	s->nchar = n;
}

/* A run of ! and ? (and their full-width and double forms) from p. */
static void scan_bang(const uint8_t *p, const uint8_t *end, struct scan *s)
{
	const uint8_t *q = p;
	size_t n = 0;
	int excl = 0;
	while (q < end) {
		unsigned l;
		int32_t cp;
		int k = class_at(q, end, &l, &cp);
		if (k != C_EXCL && k != C_QUES)
			break;
		excl |= k == C_EXCL;
		q += l;
		n++;
		q = skip_extenders(q, end, &n, NULL);
	}
	s->end = q;
	s->kind = excl ? ES_TOKEN_EXCLAIM : ES_TOKEN_QUESTION;
	s->flags = ES_TOKEN_F_CLAUSE | ES_TOKEN_F_SENTENCE;
	s->nchar = n;
}

/* One symbol (or stray mark) with its extenders; with U+FE0F it is an emoji (☺️, ©️). */
static void scan_symbol(const uint8_t *p, const uint8_t *end, unsigned l0, struct scan *s)
{
	size_t n = 1;
	int vs16 = 0;
	s->end = skip_extenders(p + l0, end, &n, &vs16);
	s->kind = vs16 ? ES_TOKEN_EMOJI : ES_TOKEN_SYMBOL;
	s->flags = 0;
	s->nchar = n;
}

/* ------------------------------------------------------------------------ */
/* Token starts                                                             */

/*
 * What the driver needs to know about a token's first byte, in one lookup:
 * ASCII white space and controls (skipped), ASCII letters that may start a
 * URL (h, w) or a letter-led emoticon (x, X, T, o, O) and need a closer look,
 * the other ASCII letters, and everything else.
 */
enum lead { LEAD_OTHER = 0, LEAD_SKIP, LEAD_LETTER, LEAD_LETTER_SPECIAL };

/* clang-format off */
#define K_ LEAD_SKIP
#define W_ LEAD_LETTER
#define X_ LEAD_LETTER_SPECIAL
static const uint8_t lead_class[256] = {
	/* 0x00 */ K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_,
	/* 0x10 */ K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_, K_,
	/* 0x20 */ K_, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0x30 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* @ABCDEFGHIJKLMNO */
	0, W_, W_, W_, W_, W_, W_, W_, X_, W_, W_, W_, W_, W_, W_, X_,
	/* PQRSTUVWXYZ[\]^_ */
	W_, W_, W_, W_, X_, W_, W_, X_, X_, W_, W_, 0, 0, 0, 0, 0,
	/* `abcdefghijklmno */
	0, W_, W_, W_, W_, W_, W_, W_, X_, W_, W_, W_, W_, W_, W_, X_,
	/* pqrstuvwxyz{|}~DEL */
	W_, W_, W_, W_, W_, W_, W_, X_, X_, W_, W_, 0, 0, 0, 0, K_,
	/* 0x80..0xFF: decoded and classified by the general path */
};
#undef K_
#undef W_
#undef X_
/* clang-format on */

/* ======================================================================== */
/* Driver                                                                   */

static int prev_after(const struct scan *s)
{
	switch (s->kind) {
	case ES_TOKEN_WORD:
	case ES_TOKEN_MENTION:
	case ES_TOKEN_HASHTAG:
	case ES_TOKEN_CASHTAG:
	case ES_TOKEN_URL:
		return PV_LETTER;
	case ES_TOKEN_NUMBER:
		return s->end[-1] == '%' ? PV_OTHER : PV_DIGIT;
	default:
		return PV_OTHER;
	}
}

int es_tokenize(const char *text, size_t len, struct es_token *out, size_t max, size_t *n)
{
	if (!n)
		return -EINVAL;
	*n = 0;
	if ((!text && len) || (!out && max))
		return -EINVAL;
	if (len == 0)
		return 0;
	const uint8_t *p = (const uint8_t *)text;
	const uint8_t *const end = p + len;
	size_t count = 0;
	int prev = PV_NONE;
	const int huge = len > TOKEN_BYTES_MAX; /* else no token can reach the bound */
	while (p < end) {
		uint8_t lead = lead_class[*p];
		/* white space between words: the commonest separator, skipped inline */
		if (lead == LEAD_SKIP) {
			p++;
			prev = PV_NONE;
			continue;
		}
		/* bound every token so that its length fits in uint32_t */
		const uint8_t *lim =
		        huge && (size_t)(end - p) > TOKEN_BYTES_MAX ? p + TOKEN_BYTES_MAX : end;

		/*
		 * Fast path for the commonest token: an ASCII word of letters ended by
		 * white space or punctuation that cannot continue a word. Anything
		 * else — a digit, apostrophe or hyphen inside, a non-ASCII byte, a
		 * possible URL or letter-led emoticon — goes to the general scanners,
		 * which give the same tokens for the words taken here.
		 */
		if ((lead == LEAD_LETTER ||
		     (lead == LEAD_LETTER_SPECIAL &&
		      !(((*p | 0x20) == 'h' || (*p | 0x20) == 'w') &&
		        (has_prefix_ci(p, lim, "http", 4) || has_prefix_ci(p, lim, "www.", 4))) &&
		      !(emoticon_first(*p) && lim - p >= 2 &&
		        (p[1] == 'D' || p[1] == 'd' || p[1] == '_' || p[1] == '.' ||
		         p[1] == '-')))) &&
		    prev != PV_LETTER && prev != PV_DIGIT) {
			struct ascii_word w;
			const uint8_t *q = scan_ascii_word(p, lim, &w);
			if (q == lim || ends_ascii_word[*q]) {
				if (count == max) {
					*n = count;
					return -E2BIG;
				}
				struct es_token *t = &out[count++];
				size_t wl = (size_t)(q - p);
				t->ptr = (const char *)p;
				t->len = (uint32_t)wl;
				t->kind = ES_TOKEN_WORD;
				int caps = w.upper && !w.lower && wl >= 2;
				t->flags = (uint8_t)((w.upper ? ES_TOKEN_F_UPPER : 0) |
				                     (caps ? ES_TOKEN_F_ALLCAPS : 0) |
				                     (w.elongated ? ES_TOKEN_F_ELONGATED : 0));
				t->nchar = wl > UINT16_MAX ? UINT16_MAX : (uint16_t)wl;
				prev = PV_LETTER;
				/* the space after a word, as the white-space branch above would */
				if (q < end && *q == ' ') {
					q++;
					prev = PV_NONE;
				}
				p = q;
				continue;
			}
			/*
			 * An apostrophe, hyphen, digit or non-ASCII character follows:
			 * scan_word goes on from here in the state it would have reached
			 * over these letters (they end in a run of 1..3 equal letters).
			 */
			struct word_state ws = {.n = (size_t)(q - p),
			                        .letters = (unsigned)(q - p),
			                        .upper = (unsigned)w.upper,
			                        .lower = (unsigned)w.lower,
			                        .elong = (unsigned)w.elongated,
			                        .run = 1,
			                        .last = q[-1] | 0x20,
			                        .after_letter = 1};
			while (ws.run < 3 && q - ws.run > p &&
			       (q[-1 - (int)ws.run] | 0x20) == ws.last)
				ws.run++;
			struct scan sw;
			scan_word_from(q, lim, &ws, &sw);
			if (count == max) {
				*n = count;
				return -E2BIG;
			}
			struct es_token *t = &out[count++];
			t->ptr = (const char *)p;
			t->len = (uint32_t)(sw.end - p);
			t->kind = ES_TOKEN_WORD;
			t->flags = sw.flags;
			t->nchar = sw.nchar > UINT16_MAX ? UINT16_MAX : (uint16_t)sw.nchar;
			prev = PV_LETTER;
			p = sw.end;
			continue;
		}

		struct scan s = {0};
		unsigned l;
		int32_t cp;
		int k = class_at(p, lim, &l, &cp);
		switch (k) {
		case C_LOW:
		case C_UP:
			if (prev != PV_LETTER && prev != PV_DIGIT) {
				uint8_t c = *p | 0x20;
				if ((c == 'h' || c == 'w') && scan_url(p, lim, &s))
					break;
				/* letter-led emoticons: xD XD T_T o_O; cheap pre-test on byte 2 */
				if (emoticon_first(*p) && lim - p >= 2 &&
				    (p[1] == 'D' || p[1] == 'd' || p[1] == '_' || p[1] == '.' ||
				     p[1] == '-') &&
				    scan_emoticon(p, lim, prev, &s))
					break;
			}
			scan_word(p, lim, 0, &s);
			break;
		case C_TITLE:
		case C_LET:
			scan_word(p, lim, 0, &s);
			break;
		case C_DIG:
			if (maybe_keycap(p, lim) &&
			    (s.end = scan_keycap(p, lim, &s.nchar)) != NULL) {
				s.kind = ES_TOKEN_EMOJI;
				break;
			}
			scan_number(p, lim, &s);
			break;
		case C_AT:
			if (prev != PV_LETTER && prev != PV_DIGIT && scan_mention(p, lim, &s))
				break;
			scan_punct(p, lim, &s);
			break;
		case C_HASH:
			if (maybe_keycap(p, lim) &&
			    (s.end = scan_keycap(p, lim, &s.nchar)) != NULL) {
				s.kind = ES_TOKEN_EMOJI;
				break;
			}
			if (prev != PV_LETTER && prev != PV_DIGIT && scan_hashtag(p, lim, &s))
				break;
			scan_punct(p, lim, &s);
			break;
		case C_DOLLAR:
			if (prev != PV_LETTER && prev != PV_DIGIT && scan_cashtag(p, lim, &s))
				break;
			scan_symbol(p, lim, l, &s);
			break;
		case C_PUNCT:
		case C_APOS:
		case C_HYPH:
			if (*p == '*' && maybe_keycap(p, lim) &&
			    (s.end = scan_keycap(p, lim, &s.nchar)) != NULL) {
				s.kind = ES_TOKEN_EMOJI;
				break;
			}
			if (emoticon_first(*p) && scan_emoticon(p, lim, prev, &s))
				break;
			scan_punct(p, lim, &s);
			break;
		case C_SYM:
			if (emoticon_first(*p) && scan_emoticon(p, lim, prev, &s))
				break;
			scan_symbol(p, lim, l, &s);
			break;
		case C_MARK:
			scan_symbol(p, lim, l, &s);
			break;
		case C_EXCL:
		case C_QUES:
			scan_bang(p, lim, &s);
			break;
		case C_PICT:
		case C_RI:
		case C_MOD:
			scan_emoji(p, lim, l, k, &s);
			break;
		default: /* C_SKIP and lone invisible extenders/joiners */
			p += l;
			prev = PV_NONE;
			continue;
		}
		if (count == max) {
			*n = count;
			return -E2BIG;
		}
		struct es_token *t = &out[count++];
		t->ptr = (const char *)p;
		t->len = (uint32_t)(s.end - p);
		t->kind = s.kind;
		t->flags = s.flags;
		t->nchar = s.nchar > UINT16_MAX ? UINT16_MAX : (uint16_t)s.nchar;
		prev = prev_after(&s);
		p = s.end;
	}
	*n = count;
	return 0;
}

const char *es_token_kind_name(enum es_token_kind kind)
{
	static const char *const names[ES_TOKEN_KIND_COUNT] = {
	        [ES_TOKEN_WORD] = "word",       [ES_TOKEN_NUMBER] = "number",
	        [ES_TOKEN_URL] = "url",         [ES_TOKEN_MENTION] = "mention",
	        [ES_TOKEN_HASHTAG] = "hashtag", [ES_TOKEN_CASHTAG] = "cashtag",
	        [ES_TOKEN_EMOJI] = "emoji",     [ES_TOKEN_EMOTICON] = "emoticon",
	        [ES_TOKEN_EXCLAIM] = "exclaim", [ES_TOKEN_QUESTION] = "question",
	        [ES_TOKEN_PUNCT] = "punct",     [ES_TOKEN_SYMBOL] = "symbol",
	};
	if ((unsigned)kind >= ES_TOKEN_KIND_COUNT)
		return "unknown";
	return names[kind];
}
