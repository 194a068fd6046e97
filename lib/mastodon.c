/*
 * mastodon.c — Mastodon Status JSON and status HTML into posts (mastodon.h).
 *
 * The HTML converter is a single forward pass with no allocation: text bytes
 * are copied (validated as UTF-8), a '<' that starts a tag is parsed as a tag
 * (name, attributes, quoted values that may hold '>') and acted on, '&'
 * starts an entity. Line breaks and white space are not written when met but
 * kept pending and written before the next visible character, so breaks never
 * pile up at the start or the end and spaces never end a line. Everything
 * written is a whole code point, so cutting at the buffer's end keeps the
 * text valid.
 *
 * Statuses are parsed with yajl_tree, which builds the whole document; a
 * cheap scan first bounds its size, nesting and number of values, and refuses
 * NULs (yajl_tree_parse reads a C string). The tree of the last document is
 * kept on the parser, and posts point into it; handles that have to be
 * composed ("user" + "@" + domain of the account's URL) go to a fixed arena
 * on the parser, the text to a fixed buffer of ES_POST_TEXT_MAX bytes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "earshot/mastodon.h"
#include "earshot/ndjson.h"

/* ======================================================================== */
/* Output buffer                                                            */

struct out {
	char *buf;
	size_t len, cap; /* cap counts the NUL */
	int full;        /* something did not fit: nothing more is written */
	int nl;          /* line breaks pending before the next visible character */
	int space;       /* a space pending before the next visible character */
	int pre;         /* inside <pre>: white space is kept as it is */
};

static void out_raw(struct out *o, const char *s, size_t n)
{
	if (o->full)
		return;
	if (n >= o->cap - o->len) {
		o->full = 1;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

/* Write visible text (whole code points), after the pending breaks or space. */
static void out_text(struct out *o, const char *s, size_t n)
{
	if (o->len > 0 && !o->full) {
		if (o->nl > 0) {
			static const char nls[] = "\n\n\n\n";
			size_t k = (size_t)(o->nl < 4 ? o->nl : 4);
			out_raw(o, nls, k);
		} else if (o->space && o->buf[o->len - 1] != '\n' && o->buf[o->len - 1] != ' ') {
			out_raw(o, " ", 1);
		}
	}
	o->nl = 0;
	o->space = 0;
	out_raw(o, s, n);
}

static void out_break(struct out *o, int n)
{
	if (o->nl < n)
		o->nl = n;
	o->space = 0;
}

static size_t utf8_put(uint32_t cp, char *b)
{
	if (cp < 0x80) {
		b[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | (cp >> 18));
	b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Length of the valid UTF-8 sequence at p (n > 0 bytes left), 0 if invalid. */
static size_t utf8_valid(const unsigned char *p, size_t n)
{
	unsigned char c = p[0];
	if (c < 0x80)
		return 1;
	size_t k;
	unsigned char lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF)
		k = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		if (c == 0xE0)
			lo = 0xA0; /* overlong */
		if (c == 0xED)
			hi = 0x9F; /* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F; /* > U+10FFFF */
	} else
		return 0;
	if (n < k || p[1] < lo || p[1] > hi)
		return 0;
	for (size_t i = 2; i < k; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return k;
}

/* ======================================================================== */
/* Entities                                                                 */

/* HTML 4's Latin-1 names, U+00A0 … U+00FF in order, eight to a row. */
/* clang-format off */
static const char *const latin1_names[96] = {
	"nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
	"uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
	"deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
	"cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
	"Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
	"Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
	"ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
	"Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
	"agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
	"egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
	"eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
	"oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};
/* clang-format on */

static const struct {
	const char *name;
	uint32_t cp;
} other_names[] = {
        {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
        {"apos", '\''},     {"AMP", '&'},       {"LT", '<'},        {"GT", '>'},
        {"QUOT", '"'},      {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013},
        {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
        {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
        {"bull", 0x2022},   {"trade", 0x2122},  {"euro", 0x20AC},   {"zwj", 0x200D},
        {"zwnj", 0x200C},   {"ensp", ' '},      {"emsp", ' '},      {"thinsp", ' '},
        {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},
        {"hearts", 0x2665}, {"check", 0x2713},  {"dagger", 0x2020}, {"prime", 0x2032},
        {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},
        {"Yuml", 0x178},    {"minus", 0x2212},  {"le", 0x2264},     {"ge", 0x2265},
        {"ne", 0x2260},     {"infin", 0x221E},  {"star", 0x2606},   {"starf", 0x2605},
};

/* A code point an entity may stand for: not NUL, surrogates, controls or beyond Unicode. */
static int cp_ok(uint32_t cp)
{
	if (cp == '\t' || cp == '\n' || cp == '\r')
		return 1;
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return 0;
	return cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

/*
 * The entity at s[0] == '&' (n bytes left): its code point and length
 * including '&' and ';'. 0 when there is no valid, known, terminated entity.
 */
static size_t entity(const char *s, size_t n, uint32_t *cp)
{
	size_t i = 1;
	if (i < n && s[i] == '#') {
		i++;
		int hex = i < n && (s[i] == 'x' || s[i] == 'X');
		i += (size_t)hex;
		uint32_t v = 0;
		size_t digits = 0;
		for (; i < n; i++, digits++) {
			int d;
			char c = s[i];
			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			v = v * (hex ? 16u : 10u) + (uint32_t)d;
			if (v > 0x10FFFF || digits > 10)
				return 0;
		}
		if (digits == 0 || i >= n || s[i] != ';' || !cp_ok(v))
			return 0;
		*cp = v;
		return i + 1;
	}
	size_t start = i;
	while (i < n && i - start < 8 &&
	       ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
	        (s[i] >= '0' && s[i] <= '9')))
		i++;
	size_t nlen = i - start;
	if (nlen == 0 || i >= n || s[i] != ';')
		return 0;
	for (size_t k = 0; k < 96; k++)
		if (strlen(latin1_names[k]) == nlen &&
		    memcmp(latin1_names[k], s + start, nlen) == 0) {
			*cp = 0xA0 + (uint32_t)k;
			return i + 1;
		}
	for (size_t k = 0; k < sizeof other_names / sizeof other_names[0]; k++)
		if (strlen(other_names[k].name) == nlen &&
		    memcmp(other_names[k].name, s + start, nlen) == 0) {
			*cp = other_names[k].cp;
			return i + 1;
		}
	return 0;
}

/* ======================================================================== */
/* Tags                                                                     */

struct tag {
	char name[12]; /* lower case; longer names are cut (no tag we act on is that long) */
	int closing;
	const char *cls; /* the class attribute's value (raw), NULL if none */
	size_t cls_len;
	int has_href;
};

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int name_is(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	if (n != k)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (lower(s[i]) != lit[i])
			return 0;
	return 1;
}

/* Does the space-separated list s[n] hold `word` (ASCII case-insensitive)? */
static int has_word(const char *s, size_t n, const char *word)
{
	size_t i = 0;
	while (i < n) {
		while (i < n && is_space(s[i]))
			i++;
		size_t b = i;
		while (i < n && !is_space(s[i]))
			i++;
		if (i > b && name_is(s + b, i - b, word))
			return 1;
	}
	return 0;
}

/*
 * Parse the tag at s[0] == '<' whose name starts at s[1] (after an optional
 * '/'), up to its '>'. Returns the tag's length, or 0 when it runs to the end
 * of the input without a '>' outside quotes.
 */
static size_t parse_tag(const char *s, size_t n, struct tag *t)
{
	memset(t, 0, sizeof *t);
	size_t i = 1;
	if (s[i] == '/') {
		t->closing = 1;
		i++;
	}
	size_t k = 0;
	while (i < n && !is_space(s[i]) && s[i] != '>' && s[i] != '/') {
		if (k < sizeof t->name - 1)
			t->name[k++] = lower(s[i]);
		i++;
	}
	while (i < n) {
		while (i < n && (is_space(s[i]) || s[i] == '/'))
			i++;
		if (i >= n)
			return 0;
		if (s[i] == '>')
			return i + 1;
		size_t an = i;
		while (i < n && !is_space(s[i]) && s[i] != '>' && s[i] != '/' && s[i] != '=')
			i++;
		size_t an_len = i - an;
		if (an_len == 0) /* a stray '=' */
			i++;
		while (i < n && is_space(s[i]))
			i++;
		const char *val = NULL;
		size_t val_len = 0;
		if (an_len && i < n && s[i] == '=') {
			i++;
			while (i < n && is_space(s[i]))
				i++;
			if (i < n && (s[i] == '"' || s[i] == '\'')) {
				char q = s[i++];
				const char *e = memchr(s + i, q, n - i);
				if (!e)
					return 0;
				val = s + i;
				val_len = (size_t)(e - val);
				i += val_len + 1;
			} else {
				val = s + i;
				while (i < n && !is_space(s[i]) && s[i] != '>')
					i++;
				val_len = (size_t)(s + i - val);
			}
		}
		if (name_is(s + an, an_len, "class") && !t->cls) {
			t->cls = val ? val : "";
			t->cls_len = val_len;
		} else if (name_is(s + an, an_len, "href") && val_len > 0) {
			t->has_href = 1;
		}
	}
	return 0;
}

/* Where "-->" ends a comment that starts at s (n bytes); n if it never does. */
static size_t comment_end(const char *s, size_t n)
{
	for (size_t i = 4; i + 2 < n; i++)
		if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
			return i + 3;
	return n;
}

/* ======================================================================== */
/* HTML → text                                                              */

struct html {
	struct out o;
	int links;
	unsigned span_depth;  /* open spans */
	unsigned hide_depth;  /* > 0: inside an invisible span, this many spans deep */
	unsigned ellipsis_at; /* > 0: the span depth of an open ellipsis span */
	char raw_end[8];      /* inside <script>/<style>: the name that ends it */
};

static int block_tag(const char *name)
{
	static const char *const blocks[] = {"p",  "div", "blockquote", "pre", "ul", "ol",   "h1",
	                                     "h2", "h3",  "h4",         "h5",  "h6", "table"};
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
		if (strcmp(name, blocks[i]) == 0)
			return 1;
	return 0;
}

static void close_ellipsis(struct html *h)
{
	if (h->ellipsis_at) {
		out_text(&h->o, "\xE2\x80\xA6", 3); /* … */
		h->ellipsis_at = 0;
	}
}

static void on_tag(struct html *h, const struct tag *t)
{
	const char *nm = t->name;
	if (h->hide_depth) {
		/* Hidden text ends with its span, or where a browser would close the
		 * span anyway: at the end of the link or paragraph around it. */
		int is_span = strcmp(nm, "span") == 0;
		if (is_span && !t->closing) {
			h->hide_depth++;
			return;
		}
		if (is_span && h->hide_depth > 1) {
			h->hide_depth--;
			return;
		}
		if (!is_span && !(t->closing && (strcmp(nm, "a") == 0 || strcmp(nm, "p") == 0)))
			return;
		/* the invisible span itself closes (it was counted in span_depth) */
		h->hide_depth = 0;
		if (h->span_depth > 0)
			h->span_depth--;
		if (is_span)
			return;
	}
	if (strcmp(nm, "br") == 0) {
		if (h->o.nl < 4)
			h->o.nl++;
		h->o.space = 0;
	} else if (block_tag(nm)) {
		close_ellipsis(h);
		out_break(&h->o, 2);
		if (strcmp(nm, "pre") == 0)
			h->o.pre = !t->closing;
	} else if (strcmp(nm, "li") == 0 || strcmp(nm, "tr") == 0) {
		out_break(&h->o, 1);
	} else if (strcmp(nm, "span") == 0) {
		if (t->closing) {
			if (h->span_depth > 0)
				h->span_depth--;
			if (h->ellipsis_at && h->span_depth < h->ellipsis_at)
				close_ellipsis(h);
			return;
		}
		h->span_depth++;
		if (t->cls && has_word(t->cls, t->cls_len, "invisible"))
			h->hide_depth = 1;
		else if (t->cls && has_word(t->cls, t->cls_len, "ellipsis") && !h->ellipsis_at)
			h->ellipsis_at = h->span_depth;
	} else if (strcmp(nm, "a") == 0) {
		if (t->closing) {
			close_ellipsis(h);
		} else if (t->has_href && !(t->cls && (has_word(t->cls, t->cls_len, "mention") ||
		                                       has_word(t->cls, t->cls_len, "hashtag")))) {
			h->links = 1;
		}
	} else if (!t->closing && (strcmp(nm, "script") == 0 || strcmp(nm, "style") == 0)) {
		memcpy(h->raw_end, nm, strlen(nm) + 1); /* "script" or "style" */
	}
}

/* Plain text bytes at s (n left): one code point or one white space byte. Returns bytes used. */
static size_t on_char(struct html *h, const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	if (is_space((char)c)) {
		if (h->o.pre && c == '\n')
			out_text(&h->o, "\n", 1);
		else if (h->o.pre && c != '\r')
			out_text(&h->o, " ", 1);
		else if (!h->o.pre)
			h->o.space = 1;
		return 1;
	}
	if (c < 0x20 || c == 0x7F)
		return 1;
	size_t k = utf8_valid((const unsigned char *)s, n);
	if (k == 0) {
		out_text(&h->o, "\xEF\xBF\xBD", 3); /* U+FFFD */
		return 1;
	}
	out_text(&h->o, s, k);
	return k;
}

static void on_entity_cp(struct html *h, uint32_t cp)
{
	if (cp == 0xA0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
		if (h->o.pre && cp == '\n')
			out_text(&h->o, "\n", 1);
		else if (h->o.pre)
			out_text(&h->o, " ", 1);
		else
			h->o.space = 1;
		return;
	}
	if (cp == 0xAD) /* soft hyphen: a hint where to break, not a character to keep */
		return;
	char b[4];
	out_text(&h->o, b, utf8_put(cp, b));
}

int es_html_to_text(const char *html, size_t len, char *out, size_t cap, struct es_html_result *res)
{
	if (!out || cap == 0)
		return -EINVAL;
	struct html h;
	memset(&h, 0, sizeof h);
	h.o.buf = out;
	h.o.cap = cap;
	if (!html)
		len = 0;
	size_t i = 0;
	/* After the buffer fills, the rest is still scanned (writing nothing) so
	 * that a link at the end of a long post is seen. */
	while (i < len) {
		const char *s = html + i;
		size_t n = len - i;
		if (h.raw_end[0]) {
			/* <script>/<style>: nothing is text until the matching end tag */
			size_t k = strlen(h.raw_end);
			if (s[0] == '<' && n > k + 1 && s[1] == '/' &&
			    name_is(s + 2, k, h.raw_end) && (n == k + 2 || !is_alpha(s[k + 2])))
				h.raw_end[0] = 0;
			else {
				i++;
				continue;
			}
		}
		if (s[0] == '<' && n >= 2) {
			if (s[1] == '!' || s[1] == '?') {
				if (n >= 4 && s[1] == '!' && s[2] == '-' && s[3] == '-') {
					i += comment_end(s, n);
				} else {
					const char *e = memchr(s, '>', n);
					i = e ? i + (size_t)(e - s) + 1 : len;
				}
				continue;
			}
			if (is_alpha(s[1]) || (s[1] == '/' && n >= 3 && is_alpha(s[2]))) {
				struct tag t;
				size_t k = parse_tag(s, n, &t);
				if (k == 0)
					break; /* a tag open at the end: dropped, as a browser does
					        */
				on_tag(&h, &t);
				i += k;
				continue;
			}
		}
		if (h.hide_depth) {
			i++;
			continue;
		}
		if (s[0] == '&') {
			uint32_t cp;
			size_t k = entity(s, n, &cp);
			if (k) {
				on_entity_cp(&h, cp);
				i += k;
				continue;
			}
		}
		i += on_char(&h, s, n);
	}
	if (h.ellipsis_at && !h.o.full)
		close_ellipsis(&h);
	/* <pre> may leave white space at the end; nothing else can. */
	while (h.o.len > 0 && (out[h.o.len - 1] == '\n' || out[h.o.len - 1] == ' '))
		h.o.len--;
	out[h.o.len] = 0;
	if (res) {
		res->len = h.o.len;
		res->has_links = (uint8_t)h.links;
		res->truncated = (uint8_t)h.o.full;
	}
	return 0;
}

/* ======================================================================== */
/* The parser object                                                        */

#define NAMES_CAP ((ES_POST_MENTIONS_MAX + 2) * ES_MASTO_HANDLE_MAX)

struct es_masto {
	yajl_val tree;         /* the last document; post views point into it */
	char *text;            /* ES_POST_TEXT_MAX + 1 */
	char names[NAMES_CAP]; /* composed "user@domain" handles */
	size_t names_len;
	struct es_masto_stats st;
	char err[160];
};

int es_masto_new(struct es_masto **out)
{
	struct es_masto *m = calloc(1, sizeof *m);
	if (!m)
		return -ENOMEM;
	m->text = malloc(ES_POST_TEXT_MAX + 1);
	if (!m->text) {
		es_masto_free(m);
		return -ENOMEM;
	}
	*out = m;
	return 0;
}

void es_masto_free(struct es_masto *m)
{
	if (!m)
		return;
	if (m->tree)
		yajl_tree_free(m->tree);
	free(m->text);
	free(m);
}

const struct es_masto_stats *es_masto_stats(const struct es_masto *m)
{
	return &m->st;
}

const char *es_masto_error(const struct es_masto *m)
{
	return m->err;
}

static int fail(struct es_masto *m, int err, const char *why)
{
	snprintf(m->err, sizeof m->err, "%s", why);
	return err;
}

/*
 * Bound a document before yajl_tree sees it: bytes, NULs, nesting, and the
 * number of values (counted from the structural characters outside strings,
 * which over-counts a little and never under-counts).
 */
static int precheck(struct es_masto *m, const char *json, size_t len, size_t max_bytes)
{
	if (len > max_bytes) {
		m->st.oversized++;
		return fail(m, -E2BIG, "document over the byte limit");
	}
	size_t depth = 0, nodes = 1;
	int in_str = 0;
	for (size_t i = 0; i < len; i++) {
		char c = json[i];
		if (c == 0) {
			m->st.malformed++;
			return fail(m, -EBADMSG, "NUL byte in JSON");
		}
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
			continue;
		}
		switch (c) {
		case '"':
			in_str = 1;
			break;
		case '{':
		case '[':
			if (++depth > ES_JSON_DEPTH_MAX) {
				m->st.malformed++;
				return fail(m, -EBADMSG, "JSON nested too deep");
			}
			nodes++;
			break;
		case '}':
		case ']':
			if (depth > 0)
				depth--;
			break;
		case ',':
		case ':':
			nodes++;
			break;
		default:
			break;
		}
	}
	if (nodes > ES_MASTO_NODES_MAX) {
		m->st.oversized++;
		return fail(m, -E2BIG, "JSON has too many values");
	}
	return 0;
}

/* Parse a bounded document into m->tree (the previous one is freed). */
static int load(struct es_masto *m, const char *json, size_t len, size_t max_bytes)
{
	m->err[0] = 0;
	m->names_len = 0;
	if (m->tree) {
		yajl_tree_free(m->tree);
		m->tree = NULL;
	}
	if (!json)
		len = 0;
	int rc = precheck(m, json, len, max_bytes);
	if (rc)
		return rc;
	char *copy = malloc(len + 1);
	if (!copy)
		return fail(m, -ENOMEM, "out of memory");
	if (len)
		memcpy(copy, json, len);
	copy[len] = 0;
	char ebuf[128];
	ebuf[0] = 0;
	m->tree = yajl_tree_parse(copy, ebuf, sizeof ebuf);
	free(copy);
	if (!m->tree) {
		if (strstr(ebuf, "memory"))
			return fail(m, -ENOMEM, "out of memory");
		/* yajl's messages may hold a newline and a context line: keep the first */
		ebuf[strcspn(ebuf, "\n")] = 0;
		m->st.malformed++;
		snprintf(m->err, sizeof m->err, "not JSON: %s", ebuf[0] ? ebuf : "empty");
		return -EBADMSG;
	}
	return 0;
}

/* ======================================================================== */
/* Status → post                                                            */

static const struct es_str empty_str = {"", 0};

static yajl_val get(yajl_val obj, const char *key)
{
	if (!YAJL_IS_OBJECT(obj))
		return NULL;
	for (size_t i = 0; i < obj->u.object.len; i++)
		if (strcmp(obj->u.object.keys[i], key) == 0)
			return obj->u.object.values[i];
	return NULL;
}

/* A string field: 0 (*out set, "" when absent or null) or -EBADMSG when of another type. */
static int get_str(yajl_val obj, const char *key, struct es_str *out)
{
	yajl_val v = get(obj, key);
	*out = empty_str;
	if (!v || YAJL_IS_NULL(v))
		return 0;
	if (!YAJL_IS_STRING(v))
		return -EBADMSG;
	out->ptr = v->u.string;
	out->len = strlen(v->u.string);
	return 0;
}

/* The host of an http(s) URL, without user info or port. */
static struct es_str url_host(struct es_str url)
{
	struct es_str h = empty_str;
	const char *p = url.ptr, *end = url.ptr + url.len;
	const char *sep = NULL;
	for (const char *q = p; q + 2 < end; q++)
		if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
			sep = q + 3;
			break;
		}
	if (!sep)
		return h;
	const char *e = sep;
	while (e < end && *e != '/' && *e != '?' && *e != '#')
		e++;
	const char *at = NULL;
	for (const char *q = sep; q < e; q++)
		if (*q == '@')
			at = q;
	if (at)
		sep = at + 1;
	const char *colon = memchr(sep, ':', (size_t)(e - sep));
	if (colon)
		e = colon;
	h.ptr = sep;
	h.len = (size_t)(e - sep);
	return h;
}

/*
 * "user@domain" for an acct: as it is when it names a domain, else with the
 * host of the account's URL (lower-cased) in m->names. A bare acct stays bare
 * when no host can be found. -E2BIG when the result would exceed
 * ES_MASTO_HANDLE_MAX or the arena.
 */
static int qualify(struct es_masto *m, struct es_str acct, struct es_str url, struct es_str *out)
{
	if (acct.len && acct.ptr[0] == '@') {
		acct.ptr++;
		acct.len--;
	}
	*out = acct;
	if (acct.len > ES_MASTO_HANDLE_MAX)
		return -E2BIG;
	if (memchr(acct.ptr, '@', acct.len))
		return 0;
	struct es_str host = url_host(url);
	if (host.len == 0)
		return 0;
	size_t need = acct.len + 1 + host.len;
	if (need > ES_MASTO_HANDLE_MAX || need > NAMES_CAP - m->names_len)
		return -E2BIG;
	char *d = m->names + m->names_len;
	memcpy(d, acct.ptr, acct.len);
	d[acct.len] = '@';
	for (size_t i = 0; i < host.len; i++)
		d[acct.len + 1 + i] = lower(host.ptr[i]);
	m->names_len += need;
	out->ptr = d;
	out->len = need;
	return 0;
}

/* Copy a plain string, cut at a code point boundary to fit; 1 if cut. */
static int copy_cut(struct out *o, const char *s, size_t n)
{
	size_t room = o->cap - 1 - o->len;
	int cut = 0;
	if (n > room) {
		n = room;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		cut = 1;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	return cut;
}

/* spoiler_text + "\n\n" + content as text, into m->text. */
static int build_text(struct es_masto *m, yajl_val c, struct es_post *post)
{
	struct es_str spoiler, content;
	if (get_str(c, "spoiler_text", &spoiler) || get_str(c, "content", &content))
		return fail(m, -EBADMSG, "spoiler_text or content is not a string");
	struct out o = {.buf = m->text, .cap = ES_POST_TEXT_MAX + 1};
	int cut = copy_cut(&o, spoiler.ptr, spoiler.len);
	/* spoiler_text is plain text but may carry white space at its ends */
	while (o.len > 0 && is_space(o.buf[o.len - 1]))
		o.len--;
	struct es_html_result r = {0, 0, 0};
	if (!cut) {
		size_t at = o.len ? o.len + 2 : 0;
		if (at < o.cap) {
			es_html_to_text(content.ptr, content.len, m->text + at, o.cap - at, &r);
			if (r.len && at) {
				m->text[o.len] = '\n';
				m->text[o.len + 1] = '\n';
			}
			o.len = r.len ? at + r.len : o.len;
		} else if (content.len) {
			r.truncated = 1;
		}
	}
	m->text[o.len] = 0;
	post->text.ptr = m->text;
	post->text.len = o.len;
	post->has_links = r.has_links;
	if (cut || r.truncated)
		m->st.truncated++;
	if (o.len == 0) {
		m->st.no_text++;
		return fail(m, -ENODATA, "no text");
	}
	return 0;
}

/* mentions[] into post->mentions, and the replied-to account's handle. */
static int build_mentions(struct es_masto *m, yajl_val s, yajl_val c, struct es_post *post)
{
	struct es_str reply_acct;
	if (get_str(s, "in_reply_to_account_id", &reply_acct))
		return fail(m, -EBADMSG, "in_reply_to_account_id is not a string");
	yajl_val in_reply = get(s, "in_reply_to_id");
	post->is_reply = in_reply && !YAJL_IS_NULL(in_reply);
	post->reply_to = empty_str;

	for (int pass = 0; pass < 2; pass++) {
		/* pass 0: the post's mentions (of the boosted status for a boost);
		 * pass 1: the replied-to account, among the status's own mentions. */
		yajl_val owner = pass == 0 ? c : s;
		if (pass == 1 && (!post->is_reply || reply_acct.len == 0))
			break;
		yajl_val ms = get(owner, "mentions");
		if (!ms || YAJL_IS_NULL(ms))
			continue;
		if (!YAJL_IS_ARRAY(ms))
			return fail(m, -EBADMSG, "mentions is not an array");
		for (size_t i = 0; i < ms->u.array.len; i++) {
			yajl_val e = ms->u.array.values[i];
			struct es_str acct, url, id, q;
			if (!YAJL_IS_OBJECT(e) || get_str(e, "acct", &acct) || acct.len == 0 ||
			    get_str(e, "url", &url) || get_str(e, "id", &id))
				continue; /* a broken mention costs only itself */
			if (pass == 1) {
				if (id.len == reply_acct.len &&
				    memcmp(id.ptr, reply_acct.ptr, id.len) == 0 &&
				    qualify(m, acct, url, &q) == 0) {
					post->reply_to = q;
					break;
				}
				continue;
			}
			if (post->n_mentions == ES_POST_MENTIONS_MAX)
				break;
			if (qualify(m, acct, url, &q) == 0)
				post->mentions[post->n_mentions++] = q;
		}
	}
	return 0;
}

/* One Status object (a value in m->tree) into *post. */
static int build_post(struct es_masto *m, yajl_val s, struct es_post *post, struct es_str *local_id)
{
	memset(post, 0, sizeof *post);
	post->source.ptr = "mastodon";
	post->source.len = 8;
	post->orig_id = empty_str;
	if (local_id)
		*local_id = empty_str;
	if (!YAJL_IS_OBJECT(s))
		return fail(m, -EBADMSG, "not a JSON object");

	struct es_str id, uri, url, created;
	if (get_str(s, "id", &id) || id.len == 0)
		return fail(m, -EBADMSG, "no id");
	if (get_str(s, "uri", &uri) || get_str(s, "url", &url) ||
	    get_str(s, "created_at", &created))
		return fail(m, -EBADMSG, "uri, url or created_at is not a string");
	post->id = uri.len ? uri : url.len ? url : id;
	if (local_id)
		*local_id = id;
	if (created.len)
		es_parse_time_ms(created.ptr, created.len, &post->created_ms);

	yajl_val acc = get(s, "account");
	struct es_str acct, acc_url;
	if (!YAJL_IS_OBJECT(acc) || get_str(acc, "acct", &acct) || acct.len == 0 ||
	    get_str(acc, "url", &acc_url))
		return fail(m, -EBADMSG, "no account.acct");
	if (qualify(m, acct, acc_url, &post->author))
		return fail(m, -EBADMSG, "account.acct too long");

	/* A boost carries no text of its own: what it says is the boosted status. */
	yajl_val c = s;
	yajl_val rb = get(s, "reblog");
	if (rb && !YAJL_IS_NULL(rb)) {
		if (!YAJL_IS_OBJECT(rb))
			return fail(m, -EBADMSG, "reblog is not an object");
		c = rb;
		post->is_repost = 1;
	}
	if (get_str(c, "language", &post->lang))
		return fail(m, -EBADMSG, "language is not a string");
	post->url = url;
	if (post->url.len == 0 && c != s && get_str(c, "url", &post->url))
		return fail(m, -EBADMSG, "reblog.url is not a string");

	int rc = build_mentions(m, s, c, post);
	if (rc)
		return rc;
	/* A thread's next part replies to its own author, who is not among the mentions. */
	struct es_str acc_id, reply_acct;
	if (post->is_reply && post->reply_to.len == 0 && get_str(acc, "id", &acc_id) == 0 &&
	    get_str(s, "in_reply_to_account_id", &reply_acct) == 0 && acc_id.len &&
	    acc_id.len == reply_acct.len && memcmp(acc_id.ptr, reply_acct.ptr, acc_id.len) == 0)
		post->reply_to = post->author;
	return build_text(m, c, post);
}

int es_masto_status(struct es_masto *m, const char *json, size_t len, struct es_post *post,
                    struct es_str *local_id)
{
	int rc = load(m, json, len, ES_MASTO_STATUS_MAX);
	if (rc == 0) {
		rc = build_post(m, m->tree, post, local_id);
		if (rc == -EBADMSG)
			m->st.malformed++;
	}
	if (rc == 0)
		m->st.statuses++;
	if (rc) {
		memset(post, 0, sizeof *post);
		if (local_id)
			*local_id = empty_str;
	}
	return rc;
}

int es_masto_timeline(struct es_masto *m, const char *json, size_t len, es_masto_status_fn *fn,
                      void *ctx)
{
	m->st.last_skipped = 0;
	if (!fn)
		return -EINVAL;
	int rc = load(m, json, len, ES_MASTO_PAGE_MAX);
	if (rc)
		return rc;
	yajl_val page = m->tree;
	if (!YAJL_IS_ARRAY(page)) {
		m->st.malformed++;
		struct es_str msg;
		if (YAJL_IS_OBJECT(page) && get_str(page, "error", &msg) == 0 && msg.len)
			snprintf(m->err, sizeof m->err, "error body: %.*s",
			         (int)(msg.len < 120 ? msg.len : 120), msg.ptr);
		else
			snprintf(m->err, sizeof m->err, "a timeline page is not a JSON array");
		return -EBADMSG;
	}
	int delivered = 0;
	/* Pages are newest first; walk them backwards so posts arrive in order. */
	for (size_t i = page->u.array.len; i-- > 0;) {
		struct es_post post;
		struct es_str local_id;
		m->names_len = 0;
		rc = build_post(m, page->u.array.values[i], &post, &local_id);
		if (rc == -EBADMSG || rc == -ENODATA) {
			if (rc == -EBADMSG)
				m->st.malformed++;
			m->st.last_skipped++;
			continue;
		}
		if (rc)
			return rc;
		m->st.statuses++;
		rc = fn(ctx, &post, &local_id);
		if (rc < 0)
			return rc;
		delivered++;
	}
	m->err[0] = 0;
	return delivered;
}

/* ======================================================================== */
/* Link header and ids                                                      */

int es_link_header_next(const char *value, size_t len, const char *rel, char *out, size_t cap)
{
	if (!out || cap == 0 || !rel || !*rel)
		return -EINVAL;
	out[0] = 0;
	if (!value)
		len = 0;
	size_t i = 0;
	while (i < len) {
		/* one link-value: <url> *( ";" param ) — then "," */
		while (i < len && (is_space(value[i]) || value[i] == ','))
			i++;
		if (i >= len)
			break;
		const char *url = NULL;
		size_t url_len = 0;
		int url_ok = 0, matched = 0;
		if (value[i] == '<') {
			const char *e = memchr(value + i + 1, '>', len - i - 1);
			if (!e)
				break;
			url = value + i + 1;
			url_len = (size_t)(e - url);
			url_ok = url_len > 0;
			for (size_t k = 0; k < url_len; k++)
				if ((unsigned char)url[k] <= 0x20 || url[k] == 0x7F)
					url_ok = 0;
			i = (size_t)(e - value) + 1;
		}
		/* parameters, up to the ',' that ends this link-value (outside quotes) */
		while (i < len && value[i] != ',') {
			if (value[i] != ';') {
				i++;
				continue;
			}
			i++;
			while (i < len && is_space(value[i]))
				i++;
			size_t pn = i;
			while (i < len && value[i] != '=' && value[i] != ';' && value[i] != ',' &&
			       !is_space(value[i]))
				i++;
			size_t pn_len = i - pn;
			while (i < len && is_space(value[i]))
				i++;
			if (i >= len || value[i] != '=')
				continue;
			i++;
			while (i < len && is_space(value[i]))
				i++;
			const char *pv;
			size_t pv_len;
			if (i < len && value[i] == '"') {
				pv = value + i + 1;
				const char *e = memchr(pv, '"', len - i - 1);
				pv_len = e ? (size_t)(e - pv) : len - i - 1;
				i = e ? (size_t)(e - value) + 1 : len;
			} else {
				pv = value + i;
				while (i < len && value[i] != ';' && value[i] != ',' &&
				       !is_space(value[i]))
					i++;
				pv_len = (size_t)(value + i - pv);
			}
			if (name_is(value + pn, pn_len, "rel")) {
				/* rel values compare case-insensitively: lower-case the wanted one
				 */
				char want[32];
				size_t wl = strlen(rel);
				if (wl >= sizeof want)
					return -EINVAL;
				for (size_t k = 0; k <= wl; k++)
					want[k] = lower(rel[k]);
				matched |= has_word(pv, pv_len, want);
			}
		}
		if (matched && url_ok) {
			if (url_len >= cap)
				return -E2BIG;
			memcpy(out, url, url_len);
			out[url_len] = 0;
			return 0;
		}
	}
	return -ENOENT;
}

int es_masto_id_cmp(const char *a, const char *b)
{
	if (!a)
		a = "";
	if (!b)
		b = "";
	while (a[0] == '0' && a[1])
		a++;
	while (b[0] == '0' && b[1])
		b++;
	size_t la = strlen(a), lb = strlen(b);
	if (la != lb)
		return la < lb ? -1 : 1;
	int c = strcmp(a, b);
	return (c > 0) - (c < 0);
}
