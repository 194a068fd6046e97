/*
 * query.c — brand queries: the parser, the canonical formatter, and the
 * many-brand matcher.
 *
 * The parser is a recursive-descent parser with no I/O: query text in, a small
 * syntax tree out (nodes, their children and the term "elements" in flat
 * arrays owned by struct es_query), or -EBADMSG with the byte position and a
 * message. Query words are split with the same tokenizer as posts (token.h)
 * and keyed with the same normalizer (normalize.h), so a query term and a post
 * token meet exactly when their case- and accent-folded keys are equal. The
 * language and its semantics are specified in docs/queries.md; this file
 * implements that document and the two must change together.
 *
 * The matcher compiles every brand's tree into a postfix program over atoms
 * that it owns, and picks the brand's *trigger* atoms: positive atoms of
 * which at least one must be present whenever the query is true (every
 * child of an OR, the cheapest child of an AND). The parser guarantees that
 * every query needs a positive atom, so such a set always exists.
 * es_matcher_build indexes only the triggers, by (kind, key), in one open
 * addressing hash table: words, hashtags, cashtags and handles by their key,
 * prefixes by their first ES_QUERY_PREFIX_MIN code points, phrases by their
 * first element.
 *
 * Matching a post keys each word-like token once, records the keys in a
 * per-post set in the per-thread scratch (generation-stamped: nothing is
 * cleared between posts), probes the index with them, and collects the
 * brands whose triggers were hit. Only those brands' programs run; their
 * other atoms are answered from the key set or by scanning the post's
 * positions. Skipping the other brands is exact, not a heuristic, and a
 * context word shared by many brands ("slow", "app") costs nothing unless
 * it is some brand's trigger.
 *
 * Not here: tokenizing the post (the caller hands in its tokens), language
 * guessing, compiling queries to X filtered-stream rules.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/normalize.h"
#include "earshot/query.h"
#include "earshot/token.h"

#define PHRASE_MAX      16  /* elements in one phrase (bounds the proximity matcher) */
#define HANDLE_MAX      253 /* bytes of a handle (a DNS name is the longest kind) */
#define FIELD_VALUE_MAX 64  /* bytes of a field value other than from: */
#define NEAR_WINDOW_MAX (ES_QUERY_PROXIMITY_MAX + PHRASE_MAX)
#define NONE            UINT32_MAX

_Static_assert(PHRASE_MAX <= 16, "near_match keeps one bit per element in a uint16_t");
_Static_assert(ES_KEY_MAX <= 255, "struct mpos keeps a key length in a uint8_t");

/* ------------------------------------------------------------------------ */
/* Shared helpers                                                            */

/*
 * Class of a word-like token (a post position or a query element). Only these
 * tokens take part in matching and in phrase positions; punctuation, emoji,
 * URLs and symbols are ignored.
 */
enum wclass {
	WC_WORD = 0, /* WORD or NUMBER */
	WC_HASH,     /* #tag */
	WC_CASH,     /* $TAG */
	WC_MENTION,  /* @handle */
	WC_NONE,
};

static enum wclass token_class(uint8_t kind)
{
	switch (kind) {
	case ES_TOKEN_WORD:
	case ES_TOKEN_NUMBER:
		return WC_WORD;
	case ES_TOKEN_HASHTAG:
		return WC_HASH;
	case ES_TOKEN_CASHTAG:
		return WC_CASH;
	case ES_TOKEN_MENTION:
		return WC_MENTION;
	default:
		return WC_NONE;
	}
}

/* "acme's" and "ACME’S" key as "acme": a possessive is the same brand. */
static size_t strip_possessive(const char *t, size_t len)
{
	if (len < 3 || (t[len - 1] != 's' && t[len - 1] != 'S'))
		return len;
	if (t[len - 2] == '\'')
		return len - 2;
	if (len > 4 && memcmp(t + len - 4, "\xE2\x80\x99", 3) == 0)
		return len - 4;
	return len;
}

/*
 * Matching key of a word-like token: the sigil of a tag dropped, a trailing
 * possessive of a word dropped, then case- and accent-folded. Returns the key
 * length (0: nothing left to match) or a negative errno from es_norm_key.
 */
static int token_key(const char *t, size_t len, enum wclass c, char *out, size_t cap)
{
	if (c == WC_WORD) {
		len = strip_possessive(t, len);
	} else if (len > 0) {
		t++;
		len--;
	}
	if (len == 0)
		return 0;
	return es_norm_key(t, len, ES_NORM_FOLD | ES_NORM_UNACCENT, out, cap);
}

/* Byte length of the first n code points of a valid UTF-8 key, or 0 if it has fewer. */
static size_t utf8_head(const char *s, size_t len, unsigned n)
{
	unsigned seen = 0;
	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xC0u) == 0x80u)
			continue;
		if (seen == n)
			return i;
		seen++;
	}
	return seen == n ? len : 0;
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static bool ascii_ieq(const char *a, size_t alen, const char *b, size_t blen)
{
	if (alen != blen)
		return false;
	for (size_t i = 0; i < alen; i++)
		if (ascii_lower((unsigned char)a[i]) != ascii_lower((unsigned char)b[i]))
			return false;
	return true;
}

static bool is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Bytes that end a bare word in query text. */
static bool is_delim(int c)
{
	return is_space(c) || c == '(' || c == ')' || c == '"';
}

/*
 * A handle as the query language accepts it: ASCII letters, digits, '_', '.'
 * and '-', optionally one inner '@' (a Mastodon account "user@host"), not
 * ending in '.' or '-'. X, Bluesky and Mastodon handles all fit.
 */
static bool valid_handle(const char *h, size_t len)
{
	if (len == 0 || len > HANDLE_MAX)
		return false;
	unsigned at = 0;
	for (size_t i = 0; i < len; i++) {
		int c = (unsigned char)h[i];
		if (c == '@') {
			if (i == 0 || i + 1 == len || ++at > 1)
				return false;
		} else if (!is_alpha(c) && !is_digit(c) && c != '_' && c != '.' && c != '-') {
			return false;
		}
	}
	return h[len - 1] != '.' && h[len - 1] != '-';
}

/* FNV-1a over the kind and the key: cheap, and keys are short. */
static uint64_t key_hash(unsigned kind, const char *k, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ull ^ kind;
	h *= 0x100000001b3ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)k[i];
		h *= 0x100000001b3ull;
	}
	/* FNV's low bits see only the low bits of the input: mix before masking */
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ull;
	return h ^ (h >> 32);
}

/*
 * Make room for `need` elements of `elem` bytes in ptr (capacity *cap),
 * doubling. Returns the (possibly moved) array; on failure returns ptr
 * unchanged and sets *rc = -ENOMEM.
 */
static void *reserve(void *ptr, size_t *cap, size_t need, size_t elem, int *rc)
{
	if (need <= *cap)
		return ptr;
	size_t ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 4 / elem) {
			*rc = -ENOMEM;
			return ptr;
		}
		ncap *= 2;
	}
	void *np = realloc(ptr, ncap * elem);
	if (!np) {
		*rc = -ENOMEM;
		return ptr;
	}
	*cap = ncap;
	return np;
}

/* ------------------------------------------------------------------------ */
/* The parsed query                                                          */

enum qtype {
	Q_AND = 0,
	Q_OR,
	Q_NOT,
	Q_TERM,   /* one element: word, #tag, $tag or @handle */
	Q_PREFIX, /* one word element, matched as a key prefix */
	Q_PHRASE, /* elements in order (exact) or within a window (near) */
	Q_FIELD,
};

enum qfield { F_LANG = 0, F_FROM, F_IS_REPLY, F_IS_REPOST, F_HAS_LINKS, F_SOURCE };

static const char *const field_name[] = {
        [F_LANG] = "lang",    [F_FROM] = "from",     [F_IS_REPLY] = "is",
        [F_IS_REPOST] = "is", [F_HAS_LINKS] = "has", [F_SOURCE] = "source",
};

/* A word, tag or handle of a term or phrase, or the value of a field. */
struct qelem {
	uint8_t kind;      /* enum wclass */
	uint32_t text_off; /* original spelling in pool (with sigil), for es_query_format */
	uint32_t text_len;
	uint32_t key_off; /* matching key in pool */
	uint32_t key_len;
};

struct qnode {
	uint8_t type;   /* enum qtype */
	uint8_t field;  /* enum qfield, Q_FIELD only */
	uint8_t near;   /* Q_PHRASE: 1 = any order within slop, 0 = exact */
	uint8_t slop;   /* Q_PHRASE near: other words allowed inside the window */
	uint32_t pos;   /* byte offset in the query text, for error messages */
	uint32_t first; /* AND/OR/NOT: first child in kids[]; atoms: first element in elems[] */
	uint32_t n;     /* number of children or elements */
};

struct es_query {
	struct qnode *nodes;
	size_t n_nodes, cap_nodes;
	uint32_t *kids;
	size_t n_kids, cap_kids;
	struct qelem *elems;
	size_t n_elems, cap_elems;
	char *pool;
	size_t n_pool, cap_pool;
	uint32_t root;
	size_t n_atoms;
};

void es_query_free(struct es_query *q)
{
	if (!q)
		return;
	free(q->nodes);
	free(q->kids);
	free(q->elems);
	free(q->pool);
	free(q);
}

size_t es_query_atoms(const struct es_query *q)
{
	return q ? q->n_atoms : 0;
}

/* ------------------------------------------------------------------------ */
/* Parser                                                                    */

struct parser {
	const char *s;
	size_t len;
	size_t i;
	unsigned depth; /* open parentheses */
	struct es_query *q;
	struct es_query_error *err;
	struct es_token *tok; /* scratch for tokenizing one bare word or phrase */
	uint32_t *stack;      /* children of the groups being parsed */
	size_t n_stack, cap_stack;
};

__attribute__((format(printf, 4, 5))) static int fail(struct parser *p, int rc, size_t pos,
                                                      const char *fmt, ...)
{
	if (p->err) {
		char m[128];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(m, sizeof m, fmt, ap);
		va_end(ap);
		p->err->pos = pos;
		snprintf(p->err->msg, sizeof p->err->msg, "%s at %zu", m, pos);
	}
	return rc;
}

static int pool_add(struct es_query *q, const char *s, size_t len, uint32_t *off)
{
	int rc = 0;
	q->pool = reserve(q->pool, &q->cap_pool, q->n_pool + len + 1, 1, &rc);
	if (rc)
		return rc;
	if (len)
		memcpy(q->pool + q->n_pool, s, len);
	*off = (uint32_t)q->n_pool;
	q->n_pool += len;
	return 0;
}

static int new_node(struct parser *p, uint8_t type, size_t pos, uint32_t *out)
{
	struct es_query *q = p->q;
	int rc = 0;
	q->nodes = reserve(q->nodes, &q->cap_nodes, q->n_nodes + 1, sizeof *q->nodes, &rc);
	if (rc)
		return rc;
	if (type >= Q_TERM && ++q->n_atoms > ES_QUERY_MAX_ATOMS)
		return fail(p, -E2BIG, pos, "more than %d terms and fields", ES_QUERY_MAX_ATOMS);
	struct qnode *n = &q->nodes[q->n_nodes];
	memset(n, 0, sizeof *n);
	n->type = type;
	n->pos = (uint32_t)pos;
	n->first = (uint32_t)q->n_elems;
	*out = (uint32_t)q->n_nodes++;
	return 0;
}

/* Append an element: its spelling and its key (already computed). */
static int add_elem(struct parser *p, enum wclass kind, const char *text, size_t tlen,
                    const char *key, size_t klen)
{
	struct es_query *q = p->q;
	int rc = 0;
	q->elems = reserve(q->elems, &q->cap_elems, q->n_elems + 1, sizeof *q->elems, &rc);
	if (rc)
		return rc;
	struct qelem e = {
	        .kind = (uint8_t)kind, .text_len = (uint32_t)tlen, .key_len = (uint32_t)klen};
	if ((rc = pool_add(q, text, tlen, &e.text_off)) != 0 ||
	    (rc = pool_add(q, key, klen, &e.key_off)) != 0)
		return rc;
	q->elems[q->n_elems++] = e;
	return 0;
}

/* Append the element of a word-like token found at byte `pos` of the query. */
static int token_elem(struct parser *p, const struct es_token *t, size_t pos)
{
	enum wclass c = token_class(t->kind);
	char key[ES_KEY_MAX];
	if (c == WC_MENTION && !valid_handle(t->ptr + 1, t->len - 1u))
		return fail(p, -EBADMSG, pos, "bad handle '%.*s'", (int)(t->len > 40 ? 40 : t->len),
		            t->ptr);
	int k = token_key(t->ptr, t->len, c, key, sizeof key);
	if (k == -E2BIG)
		return fail(p, -EBADMSG, pos, "word longer than %d bytes", ES_KEY_MAX);
	if (k <= 0)
		return fail(p, -EBADMSG, pos, "nothing to search for in '%.*s'",
		            (int)(t->len > 40 ? 40 : t->len), t->ptr);
	return add_elem(p, c, t->ptr, t->len, key, (size_t)k);
}

static int push(struct parser *p, uint32_t node)
{
	int rc = 0;
	p->stack = reserve(p->stack, &p->cap_stack, p->n_stack + 1, sizeof *p->stack, &rc);
	if (rc)
		return rc;
	p->stack[p->n_stack++] = node;
	return 0;
}

/*
 * Turn stack[base..] into one AND or OR node, splicing in the children of
 * children of the same type ((a b) c is a b c), so the tree, and therefore
 * the canonical text, does not depend on redundant parentheses.
 */
static int make_group(struct parser *p, uint8_t type, size_t base, uint32_t *out)
{
	struct es_query *q = p->q;
	size_t n = p->n_stack - base;
	if (n == 1) {
		*out = p->stack[base];
		p->n_stack = base;
		return 0;
	}
	size_t total = 0;
	for (size_t k = base; k < p->n_stack; k++) {
		const struct qnode *c = &q->nodes[p->stack[k]];
		total += c->type == type ? c->n : 1;
	}
	int rc = 0;
	q->kids = reserve(q->kids, &q->cap_kids, q->n_kids + total, sizeof *q->kids, &rc);
	if (rc)
		return rc;
	uint32_t first = (uint32_t)q->n_kids;
	for (size_t k = base; k < p->n_stack; k++) {
		const struct qnode *c = &q->nodes[p->stack[k]];
		if (c->type == type) {
			memmove(q->kids + q->n_kids, q->kids + c->first, c->n * sizeof *q->kids);
			q->n_kids += c->n;
		} else {
			q->kids[q->n_kids++] = p->stack[k];
		}
	}
	uint32_t node;
	if ((rc = new_node(p, type, q->nodes[p->stack[base]].pos, &node)) != 0)
		return rc;
	q->nodes[node].first = first;
	q->nodes[node].n = (uint32_t)total;
	p->n_stack = base;
	*out = node;
	return 0;
}

static bool at_or(const struct parser *p)
{
	return p->i + 2 <= p->len && p->s[p->i] == 'O' && p->s[p->i + 1] == 'R' &&
	       (p->i + 2 == p->len || is_delim((unsigned char)p->s[p->i + 2]));
}

static void skip_ws(struct parser *p)
{
	while (p->i < p->len && is_space((unsigned char)p->s[p->i]))
		p->i++;
}

/* Tokenize s[off..off+len) of the query into p->tok; returns the count. */
static size_t tokenize(struct parser *p, size_t off, size_t len)
{
	size_t n = 0;
	/* The query is at most ES_QUERY_MAX_LEN bytes, so it cannot overflow ES_TOKENS_MAX. */
	if (es_tokenize(p->s + off, len, p->tok, ES_TOKENS_MAX, &n) < 0 && n == 0)
		return 0;
	return n;
}

static int parse_or(struct parser *p, uint32_t *out);

/*
 * The tokenizer looks at context ("xd" is a word after "?" but an emoticon
 * after a space), so elements cut out of the query may not read back the
 * same once es_query_format prints them separated by spaces. Re-read the
 * elements of `node` (the last ones appended) from that printed form until
 * they are stable, so that the canonical text always means the query.
 * Sets *nel to the final count (0: nothing left).
 */
static int stabilize(struct parser *p, uint32_t node, size_t pos, uint32_t *nel)
{
	struct es_query *q = p->q;
	char buf[ES_QUERY_MAX_LEN + PHRASE_MAX + 1];
	for (int round = 0; round < 4; round++) {
		uint32_t first = q->nodes[node].first;
		size_t len = 0;
		for (uint32_t k = 0; k < *nel; k++) {
			const struct qelem *e = &q->elems[first + k];
			if (len + e->text_len + 1 > sizeof buf)
				return fail(p, -E2BIG, pos, "phrase too long");
			memcpy(buf + len, q->pool + e->text_off, e->text_len);
			len += e->text_len;
			buf[len++] = ' ';
		}
		size_t ntok = 0;
		if (es_tokenize(buf, len, p->tok, ES_TOKENS_MAX, &ntok) < 0 && ntok == 0)
			return fail(p, -EBADMSG, pos, "nothing to search for");
		uint32_t same = 0, count = 0;
		for (size_t t = 0; t < ntok; t++) {
			const struct es_token *tk = &p->tok[t];
			if (token_class(tk->kind) == WC_NONE)
				continue;
			if (count < *nel) {
				const struct qelem *e = &q->elems[first + count];
				same += e->kind == token_class(tk->kind) &&
				        e->text_len == tk->len &&
				        memcmp(q->pool + e->text_off, tk->ptr, tk->len) == 0;
			}
			count++;
		}
		if (count == *nel && same == count)
			return 0;
		q->n_elems = first;
		*nel = 0;
		for (size_t t = 0; t < ntok; t++) {
			if (token_class(p->tok[t].kind) == WC_NONE)
				continue;
			if (*nel == PHRASE_MAX)
				return fail(p, -E2BIG, pos, "phrase longer than %d words",
				            PHRASE_MAX);
			int rc = token_elem(p, &p->tok[t], pos);
			if (rc)
				return rc;
			++*nel;
		}
	}
	return fail(p, -EBADMSG, pos, "the words do not read back the same");
}

/* A quoted phrase, optionally followed by ~N. */
static int parse_phrase(struct parser *p, uint32_t *out)
{
	size_t open = p->i;
	const char *close = memchr(p->s + open + 1, '"', p->len - open - 1);
	if (!close)
		return fail(p, -EBADMSG, open, "unbalanced '\"': no closing quote");
	size_t end = (size_t)(close - p->s);
	size_t ntok = tokenize(p, open + 1, end - open - 1);
	uint32_t node;
	int rc = new_node(p, Q_PHRASE, open, &node);
	if (rc)
		return rc;
	uint32_t nel = 0;
	for (size_t k = 0; k < ntok; k++) {
		const struct es_token *t = &p->tok[k];
		if (token_class(t->kind) == WC_NONE)
			continue;
		if (++nel > PHRASE_MAX)
			return fail(p, -E2BIG, open, "phrase longer than %d words", PHRASE_MAX);
		if ((rc = token_elem(p, t, (size_t)(t->ptr - p->s))) != 0)
			return rc;
	}
	if (nel && (rc = stabilize(p, node, open, &nel)) != 0)
		return rc;
	if (nel == 0)
		return fail(p, -EBADMSG, open, "empty phrase");
	p->i = end + 1;
	struct qnode *n = &p->q->nodes[node];
	n->n = nel;
	if (p->i < p->len && p->s[p->i] == '~') {
		size_t tpos = p->i++;
		unsigned v = 0, digits = 0;
		while (p->i < p->len && is_digit((unsigned char)p->s[p->i]) && digits < 4) {
			v = v * 10 + (unsigned)(p->s[p->i] - '0');
			p->i++;
			digits++;
		}
		if (digits == 0 || v > ES_QUERY_PROXIMITY_MAX ||
		    (p->i < p->len && !is_delim((unsigned char)p->s[p->i])))
			return fail(p, -EBADMSG, tpos, "bad proximity number after '~' (0..%d)",
			            ES_QUERY_PROXIMITY_MAX);
		if (nel < 2)
			return fail(p, -EBADMSG, tpos, "proximity needs at least two words");
		n->near = 1;
		n->slop = (uint8_t)v;
	} else if (nel == 1) {
		n->type = Q_TERM; /* "acme" is the word acme */
	}
	*out = node;
	return 0;
}

/* field:value — the whole bare word w[0..wl) at `start`, colon at w[nl]. */
static int parse_field(struct parser *p, size_t start, size_t wl, size_t nl, uint32_t *out)
{
	const char *w = p->s + start;
	const char *v = w + nl + 1;
	size_t vl = wl - nl - 1;
	enum qfield f;
	char val[FIELD_VALUE_MAX];
	bool ok = true;
	if (ascii_ieq(w, nl, "lang", 4)) {
		f = F_LANG;
		/* a BCP 47-ish tag: 2-3 letters, then -subtags of 1-8 letters/digits */
		size_t k = 0;
		while (k < vl && is_alpha((unsigned char)v[k]))
			k++;
		ok = k >= 2 && k <= 3;
		while (ok && k < vl) {
			size_t sub = 0;
			ok = v[k++] == '-';
			while (k < vl &&
			       (is_alpha((unsigned char)v[k]) || is_digit((unsigned char)v[k])))
				k++, sub++;
			ok = ok && sub >= 1 && sub <= 8;
		}
		ok = ok && vl < FIELD_VALUE_MAX;
	} else if (ascii_ieq(w, nl, "from", 4)) {
		f = F_FROM;
		ok = valid_handle(v, vl);
	} else if (ascii_ieq(w, nl, "is", 2)) {
		f = ascii_ieq(v, vl, "reply", 5) ? F_IS_REPLY : F_IS_REPOST;
		ok = ascii_ieq(v, vl, "reply", 5) || ascii_ieq(v, vl, "repost", 6);
	} else if (ascii_ieq(w, nl, "has", 3)) {
		f = F_HAS_LINKS;
		ok = ascii_ieq(v, vl, "links", 5);
	} else if (ascii_ieq(w, nl, "source", 6)) {
		f = F_SOURCE;
		ok = vl < FIELD_VALUE_MAX;
		for (size_t k = 0; ok && k < vl; k++) {
			int c = (unsigned char)v[k];
			ok = is_alpha(c) || is_digit(c) || c == '_' || c == '.' || c == '-';
		}
	} else {
		return fail(p, -EBADMSG, start, "unknown field '%.*s:'", (int)(nl > 32 ? 32 : nl),
		            w);
	}
	if (vl == 0)
		return fail(p, -EBADMSG, start + nl + 1, "missing value after '%s:'",
		            field_name[f]);
	if (!ok) {
		static const char *const want[] = {
		        [F_LANG] = "a language tag such as pl or pt-BR",
		        [F_FROM] = "a handle",
		        [F_IS_REPLY] = "reply or repost",
		        [F_IS_REPOST] = "reply or repost",
		        [F_HAS_LINKS] = "links",
		        [F_SOURCE] = "a source name such as x, mastodon or bluesky",
		};
		return fail(p, -EBADMSG, start + nl + 1, "bad value for '%s:' (expected %s)",
		            field_name[f], want[f]);
	}
	/* Canonical values are lower case, except from: which keeps its spelling. */
	size_t keylen = vl < sizeof val ? vl : sizeof val;
	for (size_t k = 0; k < keylen; k++)
		val[k] = (char)ascii_lower((unsigned char)v[k]);
	uint32_t node;
	int rc = new_node(p, Q_FIELD, start, &node);
	if (rc)
		return rc;
	p->q->nodes[node].field = (uint8_t)f;
	p->q->nodes[node].n = 1;
	if (f == F_FROM) {
		char key[HANDLE_MAX];
		for (size_t k = 0; k < vl; k++)
			key[k] = (char)ascii_lower((unsigned char)v[k]);
		rc = add_elem(p, WC_NONE, v, vl, key, vl);
	} else {
		rc = add_elem(p, WC_NONE, val, vl, val, vl);
	}
	if (rc)
		return rc;
	*out = node;
	return 0;
}

/* A bare word: field, @handle, #tag, $tag, prefix*, or word(s). */
static int parse_bare(struct parser *p, uint32_t *out)
{
	size_t start = p->i;
	while (p->i < p->len && !is_delim((unsigned char)p->s[p->i]))
		p->i++;
	const char *w = p->s + start;
	size_t wl = p->i - start;
	int rc;
	uint32_t node;

	size_t nl = 0;
	while (nl < wl && is_alpha((unsigned char)w[nl]))
		nl++;
	if (nl > 0 && nl < wl && w[nl] == ':')
		return parse_field(p, start, wl, nl, out);

	const char *tilde = memchr(w, '~', wl);
	if (tilde)
		return fail(p, -EBADMSG, (size_t)(tilde - p->s),
		            "'~' is allowed only right after a quoted phrase");

	if (w[0] == '@') {
		if (!valid_handle(w + 1, wl - 1))
			return fail(p, -EBADMSG, start, "bad handle '%.*s'",
			            (int)(wl > 40 ? 40 : wl), w);
		char key[HANDLE_MAX];
		for (size_t k = 1; k < wl; k++)
			key[k - 1] = (char)ascii_lower((unsigned char)w[k]);
		if ((rc = new_node(p, Q_TERM, start, &node)) != 0 ||
		    (rc = add_elem(p, WC_MENTION, w, wl, key, wl - 1)) != 0)
			return rc;
		p->q->nodes[node].n = 1;
		*out = node;
		return 0;
	}

	const char *star = memchr(w, '*', wl);
	if (star) {
		size_t sl = (size_t)(star - w);
		if (sl + 1 != wl)
			return fail(p, -EBADMSG, start + sl,
			            "'*' is allowed only at the end of a word");
		size_t ntok = tokenize(p, start, sl);
		if (sl == 0 || ntok != 1 || token_class(p->tok[0].kind) != WC_WORD ||
		    p->tok[0].len != sl)
			return fail(p, -EBADMSG, start,
			            "a prefix must be one plain word before '*'");
		char key[ES_KEY_MAX];
		int k = token_key(w, sl, WC_WORD, key, sizeof key);
		if (k == -E2BIG)
			return fail(p, -EBADMSG, start, "word longer than %d bytes", ES_KEY_MAX);
		if (k <= 0 || utf8_head(key, (size_t)k, ES_QUERY_PREFIX_MIN) == 0)
			return fail(p, -EBADMSG, start,
			            "prefix too short: at least %d letters before '*'",
			            ES_QUERY_PREFIX_MIN);
		if ((rc = new_node(p, Q_PREFIX, start, &node)) != 0 ||
		    (rc = add_elem(p, WC_WORD, w, sl, key, (size_t)k)) != 0)
			return rc;
		p->q->nodes[node].n = 1;
		*out = node;
		return 0;
	}

	size_t ntok = tokenize(p, start, wl);
	if (w[0] == '#' || w[0] == '$') {
		uint8_t want = w[0] == '#' ? ES_TOKEN_HASHTAG : ES_TOKEN_CASHTAG;
		if (ntok != 1 || p->tok[0].kind != want || p->tok[0].len != wl)
			return fail(p, -EBADMSG, start, "not a valid %s '%.*s'",
			            w[0] == '#' ? "#hashtag" : "$cashtag", (int)(wl > 40 ? 40 : wl),
			            w);
	}
	if ((rc = new_node(p, Q_TERM, start, &node)) != 0)
		return rc;
	uint32_t nel = 0;
	for (size_t k = 0; k < ntok; k++) {
		const struct es_token *t = &p->tok[k];
		if (token_class(t->kind) == WC_NONE)
			continue;
		if (++nel > PHRASE_MAX)
			return fail(p, -E2BIG, start, "phrase longer than %d words", PHRASE_MAX);
		if ((rc = token_elem(p, t, (size_t)(t->ptr - p->s))) != 0)
			return rc;
	}
	if (nel && (rc = stabilize(p, node, start, &nel)) != 0)
		return rc;
	if (nel == 0)
		return fail(p, -EBADMSG, start, "nothing to search for in '%.*s'",
		            (int)(wl > 40 ? 40 : wl), w);
	/* acme.com is the phrase "acme com", as a search engine would read it */
	p->q->nodes[node].type = nel == 1 ? Q_TERM : Q_PHRASE;
	p->q->nodes[node].n = nel;
	*out = node;
	return 0;
}

static int parse_primary(struct parser *p, uint32_t *out)
{
	char c = p->s[p->i];
	if (c == '"')
		return parse_phrase(p, out);
	if (c != '(')
		return parse_bare(p, out);
	size_t open = p->i++;
	if (++p->depth > ES_QUERY_MAX_DEPTH)
		return fail(p, -E2BIG, open, "parentheses nested deeper than %d",
		            ES_QUERY_MAX_DEPTH);
	skip_ws(p);
	if (p->i < p->len && p->s[p->i] == ')')
		return fail(p, -EBADMSG, open, "empty group '()'");
	int rc = parse_or(p, out);
	if (rc)
		return rc;
	skip_ws(p);
	if (p->i >= p->len || p->s[p->i] != ')')
		return fail(p, -EBADMSG, open, "unbalanced '(': no matching ')'");
	p->i++;
	p->depth--;
	return 0;
}

static int parse_unary(struct parser *p, uint32_t *out)
{
	if (p->s[p->i] != '-')
		return parse_primary(p, out);
	size_t neg = p->i++;
	if (p->i >= p->len || is_space((unsigned char)p->s[p->i]) || p->s[p->i] == ')')
		return fail(p, -EBADMSG, neg, "'-' must be followed by a term or a group");
	if (p->s[p->i] == '-')
		return fail(p, -EBADMSG, neg, "double '-'");
	if (at_or(p))
		return fail(p, -EBADMSG, neg, "'OR' cannot be negated");
	uint32_t child, node;
	int rc = parse_primary(p, &child);
	if (rc)
		return rc;
	struct es_query *q = p->q;
	if (q->nodes[child].type == Q_NOT) { /* -(-x) is x */
		*out = q->kids[q->nodes[child].first];
		return 0;
	}
	q->kids = reserve(q->kids, &q->cap_kids, q->n_kids + 1, sizeof *q->kids, &rc);
	if (rc || (rc = new_node(p, Q_NOT, neg, &node)) != 0)
		return rc;
	q->nodes[node].first = (uint32_t)q->n_kids;
	q->nodes[node].n = 1;
	q->kids[q->n_kids++] = child;
	*out = node;
	return 0;
}

/* Implicit AND of unary terms; stops before OR, ')' or the end. Sets *out = NONE if empty. */
static int parse_and(struct parser *p, uint32_t *out)
{
	size_t base = p->n_stack;
	for (;;) {
		skip_ws(p);
		if (p->i >= p->len || p->s[p->i] == ')' || at_or(p))
			break;
		uint32_t node;
		int rc = parse_unary(p, &node);
		if (rc || (rc = push(p, node)) != 0)
			return rc;
	}
	if (p->n_stack == base) {
		*out = NONE;
		return 0;
	}
	return make_group(p, Q_AND, base, out);
}

static int parse_or(struct parser *p, uint32_t *out)
{
	size_t base = p->n_stack;
	for (;;) {
		skip_ws(p);
		uint32_t node;
		int rc = parse_and(p, &node);
		if (rc)
			return rc;
		if (node == NONE) {
			/* only possible before the first operand: after an OR we checked */
			if (at_or(p))
				return fail(p, -EBADMSG, p->i, "'OR' without a term on its left");
			if (p->i < p->len)
				return fail(p, -EBADMSG, p->i, "unbalanced ')'");
			return fail(p, -EBADMSG, p->i, "empty query");
		}
		if ((rc = push(p, node)) != 0)
			return rc;
		skip_ws(p);
		if (!at_or(p))
			break;
		size_t or_at = p->i;
		p->i += 2;
		skip_ws(p);
		if (p->i >= p->len || p->s[p->i] == ')' || at_or(p))
			return fail(p, -EBADMSG, or_at, "'OR' without a term on its right");
	}
	return make_group(p, Q_OR, base, out);
}

/* Can the subtree be true only if one of its positive terms is present? */
static bool needs_positive(const struct es_query *q, uint32_t n)
{
	const struct qnode *x = &q->nodes[n];
	switch (x->type) {
	case Q_AND:
		for (uint32_t k = 0; k < x->n; k++)
			if (needs_positive(q, q->kids[x->first + k]))
				return true;
		return false;
	case Q_OR:
		for (uint32_t k = 0; k < x->n; k++)
			if (!needs_positive(q, q->kids[x->first + k]))
				return false;
		return true;
	case Q_NOT:
	case Q_FIELD:
		return false;
	default:
		return true;
	}
}

/* The node to blame when n fails needs_positive: the innermost offending OR branch. */
static uint32_t blame(const struct es_query *q, uint32_t n, bool *branch)
{
	const struct qnode *x = &q->nodes[n];
	for (uint32_t k = 0; k < x->n && (x->type == Q_AND || x->type == Q_OR); k++) {
		uint32_t c = q->kids[x->first + k];
		if (x->type == Q_OR && !needs_positive(q, c)) {
			*branch = true;
			return blame(q, c, branch);
		}
		if (x->type == Q_AND && q->nodes[c].type == Q_OR)
			return blame(q, c, branch);
	}
	return n;
}

/* Nesting of AND/OR nodes: the parentheses es_query_format will write. */
static unsigned bool_depth(const struct es_query *q, uint32_t n)
{
	const struct qnode *x = &q->nodes[n];
	if (x->type == Q_NOT)
		return bool_depth(q, q->kids[x->first]);
	if (x->type != Q_AND && x->type != Q_OR)
		return 0;
	unsigned d = 0;
	for (uint32_t k = 0; k < x->n; k++) {
		unsigned c = bool_depth(q, q->kids[x->first + k]);
		d = c > d ? c : d;
	}
	return d + 1;
}

static int validate_utf8(struct parser *p)
{
	const unsigned char *s = (const unsigned char *)p->s;
	size_t i = 0;
	while (i < p->len) {
		unsigned c = s[i];
		size_t n = c < 0x80             ? 1
		           : (c & 0xE0) == 0xC0 ? 2
		           : (c & 0xF0) == 0xE0 ? 3
		           : (c & 0xF8) == 0xF0 ? 4
		                                : 0;
		if (c < 0x20 && !is_space((int)c))
			return fail(p, -EBADMSG, i, "control character in query");
		bool ok = n != 0 && i + n <= p->len && !(n == 2 && c < 0xC2);
		for (size_t k = 1; ok && k < n; k++)
			ok = (s[i + k] & 0xC0) == 0x80;
		if (ok && n == 3) {
			unsigned cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6);
			ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
		} else if (ok && n == 4) {
			unsigned cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12);
			ok = cp >= 0x10000 && cp <= 0x10FFFF;
		}
		if (!ok)
			return fail(p, -EBADMSG, i, "invalid UTF-8 in query");
		i += n;
	}
	return 0;
}

int es_query_parse(const char *text, size_t len, struct es_query **out, struct es_query_error *err)
{
	if (!out || (!text && len))
		return -EINVAL;
	*out = NULL;
	if (err) {
		err->pos = 0;
		err->msg[0] = '\0';
	}
	struct parser p = {.s = text ? text : "", .len = len, .err = err};
	if (len > ES_QUERY_MAX_LEN)
		return fail(&p, -E2BIG, ES_QUERY_MAX_LEN, "query longer than %d bytes",
		            ES_QUERY_MAX_LEN);
	int rc = validate_utf8(&p);
	if (rc)
		return rc;
	p.q = calloc(1, sizeof *p.q);
	p.tok = malloc(ES_TOKENS_MAX * sizeof *p.tok);
	if (!p.q || !p.tok) {
		rc = -ENOMEM;
		goto out;
	}
	skip_ws(&p);
	if ((rc = parse_or(&p, &p.q->root)) != 0)
		goto out;
	skip_ws(&p);
	if (p.i < p.len) { /* parse_or stops only at the end or at ')' */
		rc = fail(&p, -EBADMSG, p.i, "unbalanced ')'");
		goto out;
	}
	if (!needs_positive(p.q, p.q->root)) {
		bool branch = false;
		uint32_t b = blame(p.q, p.q->root, &branch);
		rc = fail(&p, -EBADMSG, p.q->nodes[b].pos,
		          branch ? "this OR branch can match without a positive term "
		                   "(word, phrase, @handle, #tag, $tag)"
		                 : "the query can match without a positive term "
		                   "(word, phrase, @handle, #tag, $tag)");
		goto out;
	}
	if (bool_depth(p.q, p.q->root) > ES_QUERY_MAX_DEPTH) {
		rc = fail(&p, -E2BIG, 0, "AND/OR nested deeper than %d", ES_QUERY_MAX_DEPTH);
		goto out;
	}
out:
	free(p.tok);
	free(p.stack);
	if (rc) {
		es_query_free(p.q);
		return rc;
	}
	*out = p.q;
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Canonical text                                                            */

struct outbuf {
	char *buf;
	size_t cap;
	size_t len; /* bytes the full text needs, even past cap */
};

static void put(struct outbuf *o, const char *s, size_t n)
{
	if (o->len < o->cap) {
		size_t room = o->cap - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void puts_(struct outbuf *o, const char *s)
{
	put(o, s, strlen(s));
}

/*
 * A term whose spelling would read back as something else (the keyword OR,
 * a sigil, an operator character) is written as a one-word phrase, which
 * parses back to the same term.
 */
static bool needs_quotes(const char *t, size_t n)
{
	if (n == 0 || (n == 2 && t[0] == 'O' && t[1] == 'R') || t[0] == '-' || t[0] == '@' ||
	    t[0] == '#' || t[0] == '$')
		return true;
	for (size_t i = 0; i < n; i++)
		if (is_delim((unsigned char)t[i]) || t[i] == '*' || t[i] == '~' || t[i] == ':')
			return true;
	return false;
}

static void fmt_node(const struct es_query *q, uint32_t n, struct outbuf *o)
{
	const struct qnode *x = &q->nodes[n];
	const struct qelem *e = &q->elems[x->first];
	switch (x->type) {
	case Q_AND:
	case Q_OR:
		put(o, "(", 1);
		for (uint32_t k = 0; k < x->n; k++) {
			if (k)
				puts_(o, x->type == Q_AND ? " " : " OR ");
			fmt_node(q, q->kids[x->first + k], o);
		}
		put(o, ")", 1);
		break;
	case Q_NOT:
		put(o, "-", 1);
		fmt_node(q, q->kids[x->first], o);
		break;
	case Q_TERM: {
		const char *t = q->pool + e->text_off;
		bool quote = e->kind == WC_WORD && needs_quotes(t, e->text_len);
		if (quote)
			put(o, "\"", 1);
		put(o, t, e->text_len);
		if (quote)
			put(o, "\"", 1);
		break;
	}
	case Q_PREFIX:
		put(o, q->pool + e->text_off, e->text_len);
		put(o, "*", 1);
		break;
	case Q_PHRASE:
		put(o, "\"", 1);
		for (uint32_t k = 0; k < x->n; k++) {
			if (k)
				put(o, " ", 1);
			put(o, q->pool + e[k].text_off, e[k].text_len);
		}
		put(o, "\"", 1);
		if (x->near) {
			char num[8];
			int w = snprintf(num, sizeof num, "~%u", (unsigned)x->slop);
			put(o, num, (size_t)w);
		}
		break;
	case Q_FIELD:
		puts_(o, field_name[x->field]);
		put(o, ":", 1);
		put(o, q->pool + e->text_off, e->text_len);
		break;
	default:
		break;
	}
}

int es_query_format(const struct es_query *q, char *buf, size_t cap)
{
	if (!q)
		return -EINVAL;
	struct outbuf o = {.buf = buf, .cap = buf ? cap : 0};
	fmt_node(q, q->root, &o);
	if (o.len >= o.cap || o.len > INT32_MAX)
		return -E2BIG;
	buf[o.len] = '\0';
	return (int)o.len;
}

/* ------------------------------------------------------------------------ */
/* Read-only walk (for compilers to other rule languages)                    */

uint32_t es_query_root(const struct es_query *q)
{
	return q ? q->root : NONE;
}

int es_query_node(const struct es_query *q, uint32_t node, struct es_qnode_info *out)
{
	if (!q || !out || node >= q->n_nodes)
		return -EINVAL;
	static const enum es_qnode_type types[] = {
	        [Q_AND] = ES_QNODE_AND,       [Q_OR] = ES_QNODE_OR,
	        [Q_NOT] = ES_QNODE_NOT,       [Q_TERM] = ES_QNODE_TERM,
	        [Q_PREFIX] = ES_QNODE_PREFIX, [Q_PHRASE] = ES_QNODE_PHRASE,
	        [Q_FIELD] = ES_QNODE_FIELD,
	};
	static const enum es_qfield_type fields[] = {
	        [F_LANG] = ES_QFIELD_LANG,           [F_FROM] = ES_QFIELD_FROM,
	        [F_IS_REPLY] = ES_QFIELD_IS_REPLY,   [F_IS_REPOST] = ES_QFIELD_IS_REPOST,
	        [F_HAS_LINKS] = ES_QFIELD_HAS_LINKS, [F_SOURCE] = ES_QFIELD_SOURCE,
	};
	const struct qnode *x = &q->nodes[node];
	*out = (struct es_qnode_info){
	        .type = types[x->type],
	        .field = x->type == Q_FIELD ? fields[x->field] : ES_QFIELD_LANG,
	        .n = x->n,
	        .near = x->near,
	        .slop = x->slop,
	};
	return 0;
}

int es_query_child(const struct es_query *q, uint32_t node, uint32_t k, uint32_t *child)
{
	if (!q || !child || node >= q->n_nodes)
		return -EINVAL;
	const struct qnode *x = &q->nodes[node];
	if ((x->type != Q_AND && x->type != Q_OR && x->type != Q_NOT) || k >= x->n)
		return -EINVAL;
	*child = q->kids[x->first + k];
	return 0;
}

int es_query_elem(const struct es_query *q, uint32_t node, uint32_t k, struct es_qelem_info *out)
{
	if (!q || !out || node >= q->n_nodes)
		return -EINVAL;
	const struct qnode *x = &q->nodes[node];
	if (x->type < Q_TERM || k >= x->n)
		return -EINVAL;
	const struct qelem *e = &q->elems[x->first + k];
	static const enum es_qelem_kind kinds[] = {
	        [WC_WORD] = ES_QELEM_WORD,    [WC_HASH] = ES_QELEM_HASHTAG,
	        [WC_CASH] = ES_QELEM_CASHTAG, [WC_MENTION] = ES_QELEM_HANDLE,
	        [WC_NONE] = ES_QELEM_VALUE,
	};
	*out = (struct es_qelem_info){
	        .kind = kinds[e->kind],
	        .text = {q->pool + e->text_off, e->text_len},
	        .key = {q->pool + e->key_off, e->key_len},
	};
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Matcher                                                                   */

/* Program words: op in the top 4 bits, argument below. */
#define OP_ATOM  0x0u
#define OP_NOT   0x1u
#define OP_AND   0x2u
#define OP_OR    0x3u
#define OP_SHIFT 28
#define OP_ARG   0x0FFFFFFFu

/*
 * Key kinds, in the index and in the per-post key set. A word-like token of
 * any class is seen as an IX_WORD (bare words match tag bodies); tags and
 * handles are also seen as their own kind.
 */
enum ixkind { IX_WORD = 1, IX_PREFIX, IX_HASH, IX_CASH, IX_HANDLE };

struct matom {
	uint8_t type; /* Q_TERM, Q_PREFIX, Q_PHRASE, Q_FIELD */
	uint8_t kind; /* Q_FIELD: enum qfield */
	uint8_t near; /* Q_PHRASE: proximity */
	uint8_t slop;
	uint32_t brand; /* index into brands[] */
	uint32_t el;    /* first element in elems[] */
	uint32_t n_el;
};

struct melem {
	uint8_t kind;     /* enum wclass */
	uint32_t key_off; /* in pool */
	uint32_t key_len;
	uint64_t hash; /* key_hash(elem_ix(kind), key): for the per-post key set */
};

struct mbrand {
	uint32_t id;
	uint32_t prog; /* first program word */
	uint32_t n_prog;
	uint32_t handle; /* first handle in handles[] */
	uint32_t n_handle;
};

struct ixentry {
	uint64_t hash;
	uint32_t key_off;
	uint32_t key_len;
	uint32_t post;   /* first posting */
	uint32_t n_post; /* 0: empty slot */
	uint8_t kind;
};

/* One (kind, key) → atom pair collected by es_matcher_add, indexed by build. */
struct ixitem {
	uint8_t kind;
	uint32_t key_off;
	uint32_t key_len;
	uint32_t atom;
};

struct es_matcher {
	struct mbrand *brands;
	size_t n_brands, cap_brands;
	uint32_t *prog;
	size_t n_prog, cap_prog;
	struct matom *atoms;
	size_t n_atoms, cap_atoms;
	struct melem *elems;
	size_t n_elems, cap_elems;
	struct melem *handles; /* the brands' handles, keyed like @handle terms */
	size_t n_handles, cap_handles;
	char *pool;
	size_t n_pool, cap_pool;
	struct ixitem *items;
	size_t n_items, cap_items;
	uint64_t *ids; /* set of brand ids + 1 (0: empty), open addressing */
	size_t cap_ids;
	struct ixentry *table;
	size_t table_mask;
	uint32_t *postings;
	size_t max_prog; /* longest program: the evaluation stack */
	bool built;
};

int es_matcher_new(struct es_matcher **out)
{
	if (!out)
		return -EINVAL;
	*out = calloc(1, sizeof **out);
	return *out ? 0 : -ENOMEM;
}

void es_matcher_free(struct es_matcher *m)
{
	if (!m)
		return;
	free(m->brands);
	free(m->prog);
	free(m->atoms);
	free(m->elems);
	free(m->handles);
	free(m->pool);
	free(m->items);
	free(m->ids);
	free(m->table);
	free(m->postings);
	free(m);
}

static uint64_t mix32(uint32_t v)
{
	uint64_t h = (uint64_t)v * 0x9E3779B97F4A7C15ull;
	return h ^ (h >> 29);
}

/* Insert id into the id set; -EEXIST if present. */
static int ids_insert(struct es_matcher *m, uint32_t id)
{
	if ((m->n_brands + 1) * 2 > m->cap_ids) {
		size_t ncap = m->cap_ids ? m->cap_ids * 2 : 64;
		uint64_t *n = calloc(ncap, sizeof *n);
		if (!n)
			return -ENOMEM;
		for (size_t k = 0; k < m->cap_ids; k++) {
			if (!m->ids[k])
				continue;
			size_t s = mix32((uint32_t)(m->ids[k] - 1)) & (ncap - 1);
			while (n[s])
				s = (s + 1) & (ncap - 1);
			n[s] = m->ids[k];
		}
		free(m->ids);
		m->ids = n;
		m->cap_ids = ncap;
	}
	size_t s = mix32(id) & (m->cap_ids - 1);
	while (m->ids[s]) {
		if (m->ids[s] == (uint64_t)id + 1)
			return -EEXIST;
		s = (s + 1) & (m->cap_ids - 1);
	}
	m->ids[s] = (uint64_t)id + 1;
	return 0;
}

static void ids_remove(struct es_matcher *m, uint32_t id)
{
	/* Only a failed es_matcher_add removes (its own id). Linear probing has no
	 * tombstones here: empty the slot, then re-insert the rest of its cluster
	 * so that no later id becomes unreachable. */
	size_t s = mix32(id) & (m->cap_ids - 1);
	while (m->ids[s] && m->ids[s] != (uint64_t)id + 1)
		s = (s + 1) & (m->cap_ids - 1);
	if (!m->ids[s])
		return;
	m->ids[s] = 0;
	for (size_t k = (s + 1) & (m->cap_ids - 1); m->ids[k]; k = (k + 1) & (m->cap_ids - 1)) {
		uint64_t v = m->ids[k];
		m->ids[k] = 0;
		size_t t = mix32((uint32_t)(v - 1)) & (m->cap_ids - 1);
		while (m->ids[t])
			t = (t + 1) & (m->cap_ids - 1);
		m->ids[t] = v;
	}
}

static int m_pool_add(struct es_matcher *m, const char *s, size_t len, uint32_t *off)
{
	int rc = 0;
	if (m->n_pool + len > UINT32_MAX)
		return -E2BIG;
	m->pool = reserve(m->pool, &m->cap_pool, m->n_pool + len + 1, 1, &rc);
	if (rc)
		return rc;
	if (len)
		memcpy(m->pool + m->n_pool, s, len);
	*off = (uint32_t)m->n_pool;
	m->n_pool += len;
	return 0;
}

static int add_item(struct es_matcher *m, uint8_t kind, uint32_t key_off, uint32_t key_len,
                    uint32_t atom)
{
	int rc = 0;
	m->items = reserve(m->items, &m->cap_items, m->n_items + 1, sizeof *m->items, &rc);
	if (rc)
		return rc;
	m->items[m->n_items++] = (struct ixitem){kind, key_off, key_len, atom};
	return 0;
}

static int add_prog(struct es_matcher *m, uint32_t word)
{
	int rc = 0;
	m->prog = reserve(m->prog, &m->cap_prog, m->n_prog + 1, sizeof *m->prog, &rc);
	if (rc)
		return rc;
	m->prog[m->n_prog++] = word;
	return 0;
}

static uint8_t elem_ix(uint8_t kind)
{
	switch (kind) {
	case WC_HASH:
		return IX_HASH;
	case WC_CASH:
		return IX_CASH;
	case WC_MENTION:
		return IX_HANDLE;
	default:
		return IX_WORD;
	}
}

#define COST_NEVER 0x40000000u /* a subtree that can be true without any term */

/*
 * How often a set of atoms is expected to be hit, roughly: short words are
 * common, long words and tags are rare, a prefix hits more than its word.
 * Only the order matters, and a wrong guess costs speed, never correctness.
 */
static unsigned atom_cost(const struct es_query *q, const struct qnode *x)
{
	const struct qelem *e = &q->elems[x->first];
	unsigned len = e->key_len < 12 ? e->key_len : 12;
	if (x->type == Q_FIELD)
		return COST_NEVER;
	if (e->kind != WC_WORD)
		return 2;
	return (x->type == Q_PREFIX ? 24u : 16u) - len;
}

/*
 * Cost of the cheapest trigger set of subtree n: atoms such that the subtree
 * can be true only if one of them is present. An AND needs one child's set
 * (the cheapest), an OR all of its children's; negations and fields have none.
 */
static unsigned trigger_cost(const struct es_query *q, uint32_t n)
{
	const struct qnode *x = &q->nodes[n];
	if (x->type == Q_NOT)
		return COST_NEVER;
	if (x->type != Q_AND && x->type != Q_OR)
		return atom_cost(q, x);
	unsigned best = x->type == Q_AND ? COST_NEVER : 0;
	for (uint32_t k = 0; k < x->n; k++) {
		unsigned c = trigger_cost(q, q->kids[x->first + k]);
		if (x->type == Q_AND)
			best = c < best ? c : best;
		else
			best = best + c < COST_NEVER ? best + c : COST_NEVER;
	}
	return best;
}

/*
 * Compile subtree n of q into postfix words for brand b. Only the atoms of
 * the root's trigger set ("trigger" below) go into the index: with
 * `acme (slow OR down)`, a post saying "slow" costs nothing for this brand,
 * however many brands watch the word "slow". The other atoms are looked up
 * in the post only when the brand is evaluated.
 */
static int compile(struct es_matcher *m, const struct es_query *q, uint32_t n, uint32_t b,
                   bool trigger)
{
	const struct qnode *x = &q->nodes[n];
	int rc = 0;
	if (x->type == Q_AND || x->type == Q_OR || x->type == Q_NOT) {
		uint32_t pick = NONE; /* the AND child whose trigger set is used */
		if (trigger && x->type == Q_AND) {
			unsigned best = COST_NEVER;
			for (uint32_t k = 0; k < x->n; k++) {
				unsigned c = trigger_cost(q, q->kids[x->first + k]);
				if (c < best)
					best = c, pick = k;
			}
		}
		for (uint32_t k = 0; k < x->n; k++) {
			bool t = x->type == Q_OR ? trigger : x->type == Q_AND && k == pick;
			if ((rc = compile(m, q, q->kids[x->first + k], b, t)) != 0)
				return rc;
		}
		if (x->type == Q_NOT)
			return add_prog(m, OP_NOT << OP_SHIFT);
		return add_prog(m, ((x->type == Q_AND ? OP_AND : OP_OR) << OP_SHIFT) | x->n);
	}
	if (m->n_atoms >= OP_ARG)
		return -E2BIG;
	m->atoms = reserve(m->atoms, &m->cap_atoms, m->n_atoms + 1, sizeof *m->atoms, &rc);
	if (rc)
		return rc;
	m->elems = reserve(m->elems, &m->cap_elems, m->n_elems + x->n, sizeof *m->elems, &rc);
	if (rc)
		return rc;
	uint32_t id = (uint32_t)m->n_atoms;
	struct matom a = {
	        .type = x->type,
	        .kind = x->type == Q_FIELD ? x->field : 0,
	        .near = x->near,
	        .slop = x->slop,
	        .brand = b,
	        .el = (uint32_t)m->n_elems,
	        .n_el = x->n,
	};
	for (uint32_t k = 0; k < x->n; k++) {
		const struct qelem *e = &q->elems[x->first + k];
		const char *key = q->pool + e->key_off;
		struct melem me = {.kind = e->kind,
		                   .key_len = e->key_len,
		                   .hash = key_hash(elem_ix(e->kind), key, e->key_len)};
		if ((rc = m_pool_add(m, key, e->key_len, &me.key_off)) != 0)
			return rc;
		m->elems[m->n_elems + k] = me;
	}
	const struct melem *first = &m->elems[m->n_elems];
	if (trigger && x->type == Q_PREFIX) {
		size_t head =
		        utf8_head(m->pool + first->key_off, first->key_len, ES_QUERY_PREFIX_MIN);
		rc = add_item(m, IX_PREFIX, first->key_off, (uint32_t)head, id);
	} else if (trigger && x->type != Q_FIELD) {
		rc = add_item(m, elem_ix(first->kind), first->key_off, first->key_len, id);
	}
	if (rc)
		return rc;
	m->n_elems += x->n;
	m->atoms[m->n_atoms++] = a;
	return add_prog(m, (OP_ATOM << OP_SHIFT) | id);
}

int es_matcher_add(struct es_matcher *m, uint32_t brand, const struct es_query *q,
                   const char *const *handles, size_t n_handles)
{
	if (!m || !q || (n_handles && !handles))
		return -EINVAL;
	if (m->built)
		return -EINVAL;
	if (m->n_brands >= UINT32_MAX / 2)
		return -E2BIG;
	int rc = 0;
	m->brands = reserve(m->brands, &m->cap_brands, m->n_brands + 1, sizeof *m->brands, &rc);
	if (rc)
		return rc;
	if ((rc = ids_insert(m, brand)) != 0)
		return rc;
	/* Everything below is appended; on failure, cut the arrays back. */
	size_t n_prog = m->n_prog, n_atoms = m->n_atoms, n_elems = m->n_elems;
	size_t n_pool = m->n_pool, n_items = m->n_items, n_hand = m->n_handles;
	uint32_t b = (uint32_t)m->n_brands;
	for (size_t k = 0; k < n_handles && !rc; k++) {
		const char *h = handles[k];
		if (!h) {
			rc = -EINVAL;
			break;
		}
		size_t hl = strlen(h);
		if (hl && h[0] == '@')
			h++, hl--;
		char key[ES_KEY_MAX];
		int kl = hl ? es_norm_key(h, hl, ES_NORM_FOLD | ES_NORM_UNACCENT, key, sizeof key)
		            : 0;
		if (kl <= 0) {
			rc = kl == -ENOMEM ? kl : -EINVAL;
			break;
		}
		m->handles = reserve(m->handles, &m->cap_handles, m->n_handles + 1,
		                     sizeof *m->handles, &rc);
		struct melem me = {.kind = WC_MENTION,
		                   .key_len = (uint32_t)kl,
		                   .hash = key_hash(IX_HANDLE, key, (size_t)kl)};
		if (!rc && (rc = m_pool_add(m, key, (size_t)kl, &me.key_off)) == 0)
			m->handles[m->n_handles++] = me;
	}
	if (!rc)
		rc = compile(m, q, q->root, b, true);
	if (rc) {
		m->n_prog = n_prog;
		m->n_atoms = n_atoms;
		m->n_elems = n_elems;
		m->n_pool = n_pool;
		m->n_items = n_items;
		m->n_handles = n_hand;
		ids_remove(m, brand);
		return rc;
	}
	m->brands[m->n_brands++] =
	        (struct mbrand){brand, (uint32_t)n_prog, (uint32_t)(m->n_prog - n_prog),
	                        (uint32_t)n_hand, (uint32_t)(m->n_handles - n_hand)};
	if (m->n_prog - n_prog > m->max_prog)
		m->max_prog = m->n_prog - n_prog;
	return 0;
}

/* Find the slot of (kind, key): an occupied matching one, or the empty one where it belongs. */
static size_t ix_slot(const struct es_matcher *m, uint64_t h, uint8_t kind, const char *key,
                      size_t klen)
{
	size_t s = (size_t)h & m->table_mask;
	for (;;) {
		const struct ixentry *e = &m->table[s];
		if (!e->n_post || (e->hash == h && e->kind == kind && e->key_len == klen &&
		                   memcmp(m->pool + e->key_off, key, klen) == 0))
			return s;
		s = (s + 1) & m->table_mask;
	}
}

/*
 * Freeze the matcher: lay out the (kind, key) → postings table from the items
 * collected by es_matcher_add, then drop the items. A second call, or a call
 * on NULL, is -EINVAL; on -ENOMEM the matcher stays unbuilt and can be freed
 * or built again.
 */
int es_matcher_build(struct es_matcher *m)
{
	if (!m || m->built)
		return -EINVAL;
	size_t cap = 16;
	while (cap < m->n_items * 2 + 1)
		cap *= 2;
	m->table = calloc(cap, sizeof *m->table);
	m->postings = malloc((m->n_items ? m->n_items : 1) * sizeof *m->postings);
	uint32_t *slot_of = malloc((m->n_items ? m->n_items : 1) * sizeof *slot_of);
	if (!m->table || !m->postings || !slot_of) {
		free(m->table);
		free(m->postings);
		free(slot_of);
		m->table = NULL;
		m->postings = NULL;
		return -ENOMEM;
	}
	m->table_mask = cap - 1;
	/* count postings per distinct key, then lay them out contiguously */
	for (size_t k = 0; k < m->n_items; k++) {
		const struct ixitem *it = &m->items[k];
		const char *key = m->pool + it->key_off;
		uint64_t h = key_hash(it->kind, key, it->key_len);
		size_t s = ix_slot(m, h, it->kind, key, it->key_len);
		struct ixentry *e = &m->table[s];
		if (!e->n_post)
			*e = (struct ixentry){h, it->key_off, it->key_len, 0, 0, it->kind};
		e->n_post++;
		slot_of[k] = (uint32_t)s;
	}
	uint32_t next = 0;
	for (size_t s = 0; s < cap; s++) {
		m->table[s].post = next;
		next += m->table[s].n_post;
		m->table[s].n_post = 0;
	}
	for (size_t k = 0; k < m->n_items; k++) {
		struct ixentry *e = &m->table[slot_of[k]];
		m->postings[e->post + e->n_post++] = m->items[k].atom;
	}
	free(slot_of);
	free(m->items);
	m->items = NULL;
	m->n_items = m->cap_items = 0;
	m->built = true;
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Matching                                                                  */

/* A word-like token of the post, in order: its phrase position is its index. */
struct mpos {
	uint8_t cls; /* enum wclass */
	uint8_t key_len;
	uint32_t key_off; /* in scratch->keys */
};

/* An entry of the per-post key set: (kind, key) seen in the post. */
struct pkey {
	uint32_t gen; /* == scratch gen: occupied for this post */
	uint32_t key_off;
	uint32_t hash; /* low half of key_hash: enough to skip most compares */
	uint8_t kind;
	uint8_t key_len;
};

#define META_KEYS  (ES_POST_MENTIONS_MAX + 1) /* mentions[] and reply_to */
#define ARENA_KEYS (ES_TOKENS_MAX + META_KEYS)
/* each position adds at most 3 keys (word, tag kind, handle without @host), each handle 2 */
#define SET_SLOTS_MAX 32768
_Static_assert(SET_SLOTS_MAX >= 2 * (3 * ES_TOKENS_MAX + 2 * META_KEYS),
               "the key set must stay at most half full");

struct es_match_scratch {
	const struct es_matcher *m;
	uint32_t gen;
	uint32_t *brand_gen; /* == gen: brand touched by a trigger atom */
	uint32_t *touched;
	size_t n_touched;
	uint8_t *stack;
	struct mpos *pos;
	size_t npos;
	uint16_t *mask; /* per position: the elements of one proximity phrase it matches */
	char *keys;     /* ARENA_KEYS * ES_KEY_MAX: position keys, then handle keys */
	struct pkey *set;
	size_t set_mask; /* slots used for this post - 1 */
	bool has_url;
};

int es_match_scratch_new(const struct es_matcher *m, struct es_match_scratch **out)
{
	if (!m || !out || !m->built)
		return -EINVAL;
	struct es_match_scratch *s = calloc(1, sizeof *s);
	*out = NULL;
	if (!s)
		return -ENOMEM;
	size_t nb = m->n_brands ? m->n_brands : 1;
	s->m = m;
	s->brand_gen = calloc(nb, sizeof *s->brand_gen);
	s->touched = malloc(nb * sizeof *s->touched);
	s->stack = malloc(m->max_prog ? m->max_prog : 1);
	s->pos = malloc(ES_TOKENS_MAX * sizeof *s->pos);
	s->mask = malloc(ES_TOKENS_MAX * sizeof *s->mask);
	s->keys = malloc((size_t)ARENA_KEYS * ES_KEY_MAX);
	s->set = calloc(SET_SLOTS_MAX, sizeof *s->set);
	if (!s->brand_gen || !s->touched || !s->stack || !s->pos || !s->mask || !s->keys ||
	    !s->set) {
		es_match_scratch_free(s);
		return -ENOMEM;
	}
	*out = s;
	return 0;
}

void es_match_scratch_free(struct es_match_scratch *s)
{
	if (!s)
		return;
	free(s->brand_gen);
	free(s->touched);
	free(s->stack);
	free(s->pos);
	free(s->mask);
	free(s->keys);
	free(s->set);
	free(s);
}

/* Is (kind, key) in the post? */
static bool post_has(const struct es_match_scratch *s, uint8_t kind, const char *key, size_t klen,
                     uint64_t h)
{
	for (size_t i = (size_t)h & s->set_mask;; i = (i + 1) & s->set_mask) {
		const struct pkey *e = &s->set[i];
		if (e->gen != s->gen)
			return false;
		if (e->hash == (uint32_t)h && e->kind == kind && e->key_len == klen &&
		    memcmp(s->keys + e->key_off, key, klen) == 0)
			return true;
	}
}

/*
 * The post has (kind, key), the key at keys[off..off+len): add it to the
 * post's key set and put the brands of the trigger atoms it hits on the
 * list to evaluate. IX_PREFIX keys are only probed, with the key's head.
 */
static void see(struct es_match_scratch *s, uint8_t kind, uint32_t off, size_t len)
{
	const struct es_matcher *m = s->m;
	const char *key = s->keys + off;
	size_t plen = kind == IX_PREFIX ? utf8_head(key, len, ES_QUERY_PREFIX_MIN) : len;
	if (plen == 0)
		return;
	uint64_t h = key_hash(kind, key, plen);
	if (kind != IX_PREFIX && !post_has(s, kind, key, len, h)) {
		size_t i = (size_t)h & s->set_mask;
		while (s->set[i].gen == s->gen)
			i = (i + 1) & s->set_mask;
		s->set[i] = (struct pkey){s->gen, off, (uint32_t)h, kind, (uint8_t)len};
	}
	size_t slot = ix_slot(m, h, kind, key, plen);
	const struct ixentry *e = &m->table[slot];
	for (uint32_t k = 0; k < e->n_post; k++) {
		uint32_t v = m->postings[e->post + k];
		const struct matom *a = &m->atoms[v];
		uint32_t b = a->brand;
		if (s->brand_gen[b] == s->gen)
			continue;
		if (a->type == Q_PREFIX) {
			const struct melem *el = &m->elems[a->el];
			if (el->key_len > len ||
			    memcmp(m->pool + el->key_off, key, el->key_len) != 0)
				continue;
		}
		s->brand_gen[b] = s->gen;
		s->touched[s->n_touched++] = b;
	}
}

/* A handle of the post (mention token body, mentions[], reply_to) with its key at off. */
static void see_handle(struct es_match_scratch *s, uint32_t off, size_t len)
{
	see(s, IX_HANDLE, off, len);
	/* a Mastodon account "acme@host" is also the handle "acme" */
	const char *at = memchr(s->keys + off, '@', len);
	if (at && at > s->keys + off)
		see(s, IX_HANDLE, off, (size_t)(at - (s->keys + off)));
}

static void see_meta_handle(struct es_match_scratch *s, struct es_str str, size_t slot)
{
	if (!str.ptr || !str.len)
		return;
	const char *h = str.ptr;
	size_t hl = str.len;
	if (h[0] == '@')
		h++, hl--;
	uint32_t off = (uint32_t)((ES_TOKENS_MAX + slot) * ES_KEY_MAX);
	int kl = hl ? es_norm_key(h, hl, ES_NORM_FOLD | ES_NORM_UNACCENT, s->keys + off, ES_KEY_MAX)
	            : 0;
	if (kl > 0)
		see_handle(s, off, (size_t)kl);
}

static bool elem_at(const struct es_match_scratch *s, const struct melem *el, size_t p)
{
	const struct mpos *x = &s->pos[p];
	if (el->kind != WC_WORD && el->kind != x->cls)
		return false;
	const char *k = s->keys + x->key_off;
	const char *want = s->m->pool + el->key_off;
	if (x->key_len == el->key_len)
		return memcmp(k, want, el->key_len) == 0;
	return el->kind == WC_MENTION && x->key_len > el->key_len && k[el->key_len] == '@' &&
	       memcmp(k, want, el->key_len) == 0;
}

/* Kuhn's augmenting path: give element j a position of the window, freeing one if needed. */
static bool augment(const uint16_t *mask, size_t w, size_t j, int *owner, uint8_t *seen)
{
	for (size_t x = 0; x < w; x++) {
		if (!(mask[x] >> j & 1u) || seen[x])
			continue;
		seen[x] = 1;
		if (owner[x] < 0 || augment(mask, w, (size_t)owner[x], owner, seen)) {
			owner[x] = (int)j;
			return true;
		}
	}
	return false;
}

/*
 * Proximity: every element at its own position, all inside a window of
 * slop + k consecutive positions (at most `slop` other words between the
 * first and the last), in any order. Each position first gets the bit set of
 * the elements it can stand for, so a post of n positions costs n·k
 * comparisons plus n·window bit operations; the matching (distinct positions,
 * which only matters when an element repeats or a word element meets its own
 * tag) runs only for windows that contain every element and enough
 * positions. The best window starts where some element matches, so only
 * those starts are tried.
 */
static bool near_match(struct es_match_scratch *s, const struct matom *a)
{
	const struct melem *el = &s->m->elems[a->el];
	size_t k = a->n_el, win = (size_t)a->slop + k;
	uint16_t full = (uint16_t)((1u << k) - 1u);
	uint16_t *mask = s->mask;
	for (size_t p = 0; p < s->npos; p++) {
		uint16_t mk = 0;
		for (size_t j = 0; j < k; j++)
			if (elem_at(s, &el[j], p))
				mk |= (uint16_t)(1u << j);
		mask[p] = mk;
	}
	for (size_t st = 0; st + k <= s->npos; st++) {
		if (!mask[st])
			continue;
		size_t w = s->npos - st < win ? s->npos - st : win;
		uint16_t u = 0;
		size_t used = 0; /* positions that can hold an element: k are needed */
		for (size_t x = 0; x < w; x++) {
			u |= mask[st + x];
			used += mask[st + x] != 0;
		}
		if (u != full || used < k)
			continue;
		int owner[NEAR_WINDOW_MAX];
		for (size_t x = 0; x < w; x++)
			owner[x] = -1;
		size_t j = 0;
		for (; j < k; j++) {
			uint8_t seen[NEAR_WINDOW_MAX] = {0};
			if (!augment(mask + st, w, j, owner, seen))
				break;
		}
		if (j == k)
			return true;
	}
	return false;
}

static bool phrase_match(struct es_match_scratch *s, const struct matom *a)
{
	if (a->near)
		return near_match(s, a);
	const struct melem *el = &s->m->elems[a->el];
	for (size_t p = 0; p + a->n_el <= s->npos; p++) {
		size_t j = 0;
		while (j < a->n_el && elem_at(s, &el[j], p + j))
			j++;
		if (j == a->n_el)
			return true;
	}
	return false;
}

static bool prefix_match(const struct es_match_scratch *s, const struct matom *a)
{
	const struct melem *el = &s->m->elems[a->el];
	const char *want = s->m->pool + el->key_off;
	for (size_t p = 0; p < s->npos; p++)
		if (s->pos[p].key_len >= el->key_len &&
		    memcmp(s->keys + s->pos[p].key_off, want, el->key_len) == 0)
			return true;
	return false;
}

static bool str_ieq(struct es_str s, const char *v, size_t vl)
{
	return s.ptr && ascii_ieq(s.ptr, s.len, v, vl);
}

static bool field_match(const struct es_match_scratch *s, const struct matom *a,
                        const struct es_post *post)
{
	const struct melem *el = &s->m->elems[a->el];
	const char *v = s->m->pool + el->key_off;
	size_t vl = el->key_len;
	switch (a->kind) {
	case F_LANG:
		/* lang:pt matches "pt" and "pt-BR"; lang:pt-br only "pt-BR" */
		return post->lang.ptr && (str_ieq(post->lang, v, vl) ||
		                          (post->lang.len > vl && post->lang.ptr[vl] == '-' &&
		                           ascii_ieq(post->lang.ptr, vl, v, vl)));
	case F_FROM: {
		struct es_str au = post->author;
		if (au.ptr && au.len && au.ptr[0] == '@')
			au.ptr++, au.len--;
		return au.ptr && (str_ieq(au, v, vl) || (au.len > vl && au.ptr[vl] == '@' &&
		                                         ascii_ieq(au.ptr, vl, v, vl)));
	}
	case F_IS_REPLY:
		return post->is_reply || post->reply_to.len > 0;
	case F_IS_REPOST:
		return post->is_repost != 0;
	case F_HAS_LINKS:
		return post->has_links || s->has_url;
	case F_SOURCE:
		return str_ieq(post->source, v, vl);
	default:
		return false;
	}
}

/* Each atom occurs once in one brand's program, so nothing here is cached. */
static bool atom_true(struct es_match_scratch *s, uint32_t id, const struct es_post *post)
{
	const struct matom *a = &s->m->atoms[id];
	const struct melem *el = &s->m->elems[a->el];
	switch (a->type) {
	case Q_FIELD:
		return field_match(s, a, post);
	case Q_TERM:
		return post_has(s, elem_ix(el->kind), s->m->pool + el->key_off, el->key_len,
		                el->hash);
	case Q_PREFIX:
		return prefix_match(s, a);
	default:
		return phrase_match(s, a);
	}
}

static bool eval(struct es_match_scratch *s, const struct mbrand *b, const struct es_post *post)
{
	const uint32_t *prog = s->m->prog + b->prog;
	uint8_t *st = s->stack;
	size_t sp = 0;
	for (uint32_t k = 0; k < b->n_prog; k++) {
		uint32_t op = prog[k] >> OP_SHIFT, arg = prog[k] & OP_ARG;
		if (op == OP_ATOM) {
			st[sp++] = atom_true(s, arg, post);
		} else if (op == OP_NOT) {
			st[sp - 1] = !st[sp - 1];
		} else {
			uint8_t r = op == OP_AND;
			for (uint32_t j = 0; j < arg; j++)
				r = op == OP_AND ? (r & st[sp - 1 - j]) : (r | st[sp - 1 - j]);
			sp -= arg;
			st[sp++] = r;
		}
	}
	return sp == 1 && st[0];
}

/* Does the post mention or reply to one of the brand's handles? */
static bool tagged(const struct es_match_scratch *s, const struct mbrand *b)
{
	for (uint32_t k = 0; k < b->n_handle; k++) {
		const struct melem *h = &s->m->handles[b->handle + k];
		if (post_has(s, IX_HANDLE, s->m->pool + h->key_off, h->key_len, h->hash))
			return true;
	}
	return false;
}

static void next_gen(struct es_match_scratch *s)
{
	if (++s->gen != 0)
		return;
	/* wrapped after 2^32 posts: old marks could look current, so clear once */
	size_t nb = s->m->n_brands ? s->m->n_brands : 1;
	memset(s->brand_gen, 0, nb * sizeof *s->brand_gen);
	memset(s->set, 0, SET_SLOTS_MAX * sizeof *s->set);
	s->gen = 1;
}

/*
 * Per post: key every word-like token, add it to the post's key set and
 * probe the index with it (likewise the metadata handles), then evaluate
 * the touched brands only. Returns 0 for a scratch made for another matcher
 * or an unbuilt matcher.
 */
size_t es_matcher_match(const struct es_matcher *m, struct es_match_scratch *s,
                        const struct es_post *post, const struct es_token *tok, size_t ntok,
                        struct es_match *out, size_t max)
{
	if (!m || !s || s->m != m || !post || (ntok && !tok) || !m->built)
		return 0;
	next_gen(s);
	s->n_touched = 0;
	s->npos = 0;
	s->has_url = false;
	if (ntok > ES_TOKENS_MAX)
		ntok = ES_TOKENS_MAX;
	/* size the key set for this post: at most half full, so probes stay short */
	size_t slots = 64;
	while (slots < 2 * (3 * ntok + 2 * META_KEYS))
		slots *= 2;
	s->set_mask = slots - 1;

	for (size_t i = 0; i < ntok; i++) {
		const struct es_token *t = &tok[i];
		if (t->kind == ES_TOKEN_URL)
			s->has_url = true;
		enum wclass c = token_class(t->kind);
		if (c == WC_NONE)
			continue;
		size_t at = s->npos++;
		struct mpos *x = &s->pos[at];
		uint32_t off = (uint32_t)(at * ES_KEY_MAX);
		int kl = token_key(t->ptr, t->len, c, s->keys + off, ES_KEY_MAX);
		x->cls = (uint8_t)c;
		x->key_off = off;
		x->key_len = kl > 0 ? (uint8_t)kl : 0;
		if (kl <= 0) /* too long or not UTF-8: it holds a position but matches nothing */
			continue;
		size_t k = (size_t)kl;
		see(s, IX_WORD, off, k);
		see(s, IX_PREFIX, off, k);
		if (c == WC_HASH)
			see(s, IX_HASH, off, k);
		else if (c == WC_CASH)
			see(s, IX_CASH, off, k);
		else if (c == WC_MENTION)
			see_handle(s, off, k);
	}
	size_t nm =
	        post->n_mentions < ES_POST_MENTIONS_MAX ? post->n_mentions : ES_POST_MENTIONS_MAX;
	for (size_t i = 0; i < nm; i++)
		see_meta_handle(s, post->mentions[i], i);
	see_meta_handle(s, post->reply_to, ES_POST_MENTIONS_MAX);

	size_t n = 0;
	for (size_t i = 0; i < s->n_touched && n < max; i++) {
		const struct mbrand *b = &m->brands[s->touched[i]];
		if (!eval(s, b, post))
			continue;
		out[n].brand = b->id;
		out[n].tagged = tagged(s, b);
		n++;
	}
	return n;
}
