/*
 * jetstream.c — Jetstream messages → events (jetstream.h).
 *
 * The schema is fixed and small, so instead of the generic path matching of
 * ndjson.c this is a hand-written walk over yajl's push callbacks: a stack
 * of "nodes" (where in the event we are: root, commit, record, a facet, …)
 * and, per object, the field the last key named. A value is judged by the
 * field it belongs to and its JSON type the moment it begins; anything under
 * a key we do not know is an anonymous subtree (N_SKIP) that is only
 * counted for depth. Because keys come in any order, nothing is decided
 * until the root object closes: values are copied into an arena as they
 * stream past and the event is assembled at the end (finish()).
 *
 * One yajl handle is reused across messages (allow_multiple_values): after
 * a message, the handle is between top-level values and ready for the next.
 * yajl has no reset, so after a bad message — where its lexer may hold half
 * a token — the handle is rebuilt; that allocation happens on bad input
 * only. yajl allocates through our malloc/realloc/free so that tests (which
 * wrap malloc) see and can fail its allocations too.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#include "earshot/jetstream.h"
#include "earshot/ndjson.h" /* es_parse_time_ms */

#define POST_COLLECTION "app.bsky.feed.post"
#define DID_MAX         2048                       /* atproto DID syntax limit */
#define RKEY_MAX        512                        /* atproto record key limit */
#define FEATURE_DIDS    (2 * ES_POST_MENTIONS_MAX) /* mention DIDs kept per message */

/* Where a container sits in the event. */
enum node {
	N_SKIP, /* under a key we do not read */
	N_ROOT,
	N_COMMIT,
	N_IDENTITY,
	N_RECORD,
	N_LANGS,
	N_REPLY,
	N_PARENT,
	N_FACETS,
	N_FACET,
	N_INDEX,
	N_FEATURES,
	N_FEATURE,
	N_EMBED,
	N_MEDIA,
};

/* What a value is, by the key (or array) it sits under. */
enum field {
	F_NONE,
	F_DID,
	F_TIME_US,
	F_CURSOR,
	F_KIND,
	F_COMMIT,
	F_IDENTITY,
	F_HANDLE,
	F_OPERATION,
	F_COLLECTION,
	F_RKEY,
	F_RECORD,
	F_TEXT,
	F_CREATED_AT,
	F_LANGS,
	F_LANG,
	F_REPLY,
	F_PARENT,
	F_URI,
	F_FACETS,
	F_FACET,
	F_INDEX,
	F_BYTE_START,
	F_BYTE_END,
	F_FEATURES,
	F_FEATURE,
	F_FEATURE_TYPE,
	F_FEATURE_DID,
	F_EMBED,
	F_EMBED_TYPE,
	F_MEDIA,
	F_MEDIA_TYPE,
};

enum vtype { V_NULL, V_BOOL, V_NUM, V_STR, V_MAP, V_ARR };

enum raw_kind { K_COMMIT, K_IDENTITY, K_ACCOUNT, K_OTHER };
enum raw_op { OP_CREATE, OP_UPDATE, OP_DELETE, OP_OTHER };
enum feature_type { FT_OTHER, FT_MENTION, FT_LINK };
enum embed_type { EMB_NONE, EMB_EXTERNAL, EMB_RECORD_WITH_MEDIA, EMB_OTHER };

/* A copied string: offset and length in the arena. */
struct span {
	uint32_t off, len;
	uint8_t set;
};

/* A facet as read; validated against the text in finish(). */
struct facet {
	uint32_t start, end; /* UTF-8 byte offsets into record.text */
	uint16_t did0, ndid; /* its mention DIDs: fdid[did0 .. did0 + ndid) */
	uint8_t has_start, has_end;
	uint8_t bad;  /* a wrong type somewhere inside */
	uint8_t link; /* has a #link feature */
};

struct feature {
	enum feature_type type;
	struct span did;
	uint8_t bad;
};

/* Everything read from one message; cleared before each. */
struct msg {
	struct span did, handle, rkey, text, lang, reply_to;
	uint64_t time_us, cursor, created_ms;
	enum raw_kind kind;
	enum raw_op op;
	enum embed_type embed;
	uint8_t has_did, has_time, has_cursor, has_kind, has_commit, has_op, has_collection;
	uint8_t has_rkey, is_post, has_record, has_reply, has_created, media_external;
	uint8_t truncated;
	const char *record_err; /* first problem inside the record; fatal only for posts */

	struct facet cur;    /* the facet being read (facets do not nest) */
	struct feature feat; /* the feature being read */
	unsigned n_facets;
	unsigned bad_facets; /* facet values that were not objects, or beyond the cap */
	unsigned n_fdid;

	/* Only the first n_facets / n_fdid are meaningful: not cleared per message. */
	struct facet facets[ES_JS_FACETS_MAX];
	struct span fdid[FEATURE_DIDS];
};

struct es_jetstream {
	yajl_handle h;
	char *arena;
	size_t arena_len, arena_cap;

	enum node node[ES_JS_DEPTH_MAX];
	enum field pending[ES_JS_DEPTH_MAX]; /* field named by the last key (objects) */
	uint8_t is_array[ES_JS_DEPTH_MAX];
	int depth;
	int done;       /* the root object has closed */
	size_t end_off; /* offset just past it */

	const char *err; /* why the current message failed; NULL while fine */
	char errbuf[128];
	struct msg m;
};

/* ======================================================================== */
/* Small validators                                                         */

/* Strict UTF-8: no overlongs, no surrogates (yajl decodes lone "\ud800"
 * escapes into them), nothing above U+10FFFF. */
static int utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t k;
		uint32_t cp, min;
		if (c >= 0xC2 && c <= 0xDF) {
			k = 1, cp = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			k = 2, cp = c & 0x0F, min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3, cp = c & 0x07, min = 0x10000;
		} else {
			return 0;
		}
		if (n - i <= k)
			return 0;
		for (size_t x = 1; x <= k; x++) {
			unsigned d = s[i + x];
			if ((d & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (d & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += k + 1;
	}
	return 1;
}

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * atproto DID syntax: "did:" method ":" id, method lowercase letters, id of
 * [A-Za-z0-9._:%-] not ending in ':'. Checked because DIDs are pasted into
 * AT-URIs and web URLs.
 */
static int is_did(const char *s, size_t n)
{
	if (n < 7 || n > DID_MAX || memcmp(s, "did:", 4) != 0)
		return 0;
	size_t i = 4;
	while (i < n && s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i == 4 || i + 1 >= n || s[i] != ':')
		return 0;
	for (i++; i < n; i++)
		if (!is_alnum(s[i]) && !strchr("._:%-", s[i]))
			return 0;
	return s[n - 1] != ':';
}

/* atproto record key syntax: 1–512 of [A-Za-z0-9._:~-], not "." or "..". */
static int is_rkey(const char *s, size_t n)
{
	if (n == 0 || n > RKEY_MAX || (n == 1 && s[0] == '.') ||
	    (n == 2 && s[0] == '.' && s[1] == '.'))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!is_alnum(s[i]) && !strchr("._:~-", s[i]))
			return 0;
	return 1;
}

/* A JSON number that is a plain unsigned integer fitting 64 bits. */
static int parse_u64(const char *s, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	if (n == 0 || n > 20)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		unsigned d = (unsigned)(s[i] - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

static int str_eq(const char *s, size_t n, const char *lit)
{
	size_t l = strlen(lit);
	return n == l && memcmp(s, lit, l) == 0;
}

/* ======================================================================== */
/* Arena                                                                    */

/*
 * Room for one message: the copied strings are disjoint pieces of the
 * message and decode no longer than they are written, so they take at most
 * len bytes; the built id and url repeat did and rkey twice plus constants.
 */
static size_t arena_need(size_t len)
{
	return 3 * len + 256;
}

static int arena_reserve(struct es_jetstream *j, size_t need)
{
	if (need <= j->arena_cap)
		return 0;
	size_t cap = j->arena_cap * 2 > need ? j->arena_cap * 2 : need;
	char *a = realloc(j->arena, cap);
	if (!a)
		return -ENOMEM;
	j->arena = a;
	j->arena_cap = cap;
	return 0;
}

/* Copy s into the arena (see arena_need for why it always fits). */
static void put(struct es_jetstream *j, const char *s, size_t n, struct span *out)
{
	if (n > j->arena_cap - j->arena_len)
		return; /* cannot happen: arena_need() bounds every message */
	memcpy(j->arena + j->arena_len, s, n);
	out->off = (uint32_t)j->arena_len;
	out->len = (uint32_t)n;
	out->set = 1;
	j->arena_len += n;
}

static struct es_str span_str(const struct es_jetstream *j, const struct span *s)
{
	struct es_str v = {"", 0};
	if (s->set) {
		v.ptr = j->arena + s->off;
		v.len = s->len;
	}
	return v;
}

/* prefix did middle rkey, built in the arena. */
static struct es_str build(struct es_jetstream *j, const char *prefix, const char *middle)
{
	struct es_str did = span_str(j, &j->m.did), rkey = span_str(j, &j->m.rkey);
	size_t pl = strlen(prefix), ml = strlen(middle);
	size_t n = pl + did.len + ml + rkey.len;
	struct es_str v = {"", 0};
	if (n > j->arena_cap - j->arena_len)
		return v; /* cannot happen: arena_need() */
	char *p = j->arena + j->arena_len;
	memcpy(p, prefix, pl);
	memcpy(p + pl, did.ptr, did.len);
	memcpy(p + pl + did.len, middle, ml);
	memcpy(p + pl + did.len + ml, rkey.ptr, rkey.len);
	j->arena_len += n;
	v.ptr = p;
	v.len = n;
	return v;
}

/* ======================================================================== */
/* Keys                                                                     */

struct key {
	const char *name;
	size_t len;
	enum field field;
};

/* clang-format off */
#define K(s, f) {s, sizeof s - 1, f}
static const struct key root_keys[] = {
	K("did", F_DID),       K("time_us", F_TIME_US), K("kind", F_KIND),
	K("commit", F_COMMIT), K("cursor", F_CURSOR),   K("identity", F_IDENTITY),
};
static const struct key commit_keys[] = {
	K("operation", F_OPERATION), K("collection", F_COLLECTION), K("rkey", F_RKEY),
	K("record", F_RECORD),
};
static const struct key identity_keys[] = {K("handle", F_HANDLE)};
static const struct key record_keys[] = {
	K("text", F_TEXT),     K("createdAt", F_CREATED_AT), K("langs", F_LANGS),
	K("facets", F_FACETS), K("reply", F_REPLY),          K("embed", F_EMBED),
};
static const struct key reply_keys[] = {K("parent", F_PARENT)};
static const struct key parent_keys[] = {K("uri", F_URI)};
static const struct key facet_keys[] = {K("index", F_INDEX), K("features", F_FEATURES)};
static const struct key index_keys[] = {K("byteStart", F_BYTE_START), K("byteEnd", F_BYTE_END)};
static const struct key feature_keys[] = {K("$type", F_FEATURE_TYPE), K("did", F_FEATURE_DID)};
static const struct key embed_keys[] = {K("$type", F_EMBED_TYPE), K("media", F_MEDIA)};
static const struct key media_keys[] = {K("$type", F_MEDIA_TYPE)};
#undef K
/* clang-format on */

#define KEYS(t)                                                                                    \
	do {                                                                                       \
		tab = t;                                                                           \
		n = sizeof t / sizeof t[0];                                                        \
	} while (0)

static enum field key_field(enum node node, const char *k, size_t len)
{
	const struct key *tab;
	size_t n;
	switch (node) {
	case N_ROOT:
		KEYS(root_keys);
		break;
	case N_COMMIT:
		KEYS(commit_keys);
		break;
	case N_IDENTITY:
		KEYS(identity_keys);
		break;
	case N_RECORD:
		KEYS(record_keys);
		break;
	case N_REPLY:
		KEYS(reply_keys);
		break;
	case N_PARENT:
		KEYS(parent_keys);
		break;
	case N_FACET:
		KEYS(facet_keys);
		break;
	case N_INDEX:
		KEYS(index_keys);
		break;
	case N_FEATURE:
		KEYS(feature_keys);
		break;
	case N_EMBED:
		KEYS(embed_keys);
		break;
	case N_MEDIA:
		KEYS(media_keys);
		break;
	default:
		return F_NONE;
	}
	for (size_t i = 0; i < n; i++)
		if (tab[i].len == len && memcmp(tab[i].name, k, len) == 0)
			return tab[i].field;
	return F_NONE;
}
#undef KEYS

/* The field of an element of an array node. */
static enum field element_field(enum node node)
{
	switch (node) {
	case N_LANGS:
		return F_LANG;
	case N_FACETS:
		return F_FACET;
	case N_FEATURES:
		return F_FEATURE;
	default:
		return F_NONE;
	}
}

/* ======================================================================== */
/* Values                                                                   */

/* A fatal problem: remember why and stop yajl. */
static int fail(struct es_jetstream *j, const char *why)
{
	if (!j->err)
		j->err = why;
	return 0;
}

/* A problem inside the record: fatal only if the record turns out to be a post's. */
static void record_bad(struct es_jetstream *j, const char *why)
{
	if (!j->m.record_err)
		j->m.record_err = why;
}

/* Cut a valid UTF-8 string to at most max bytes on a character boundary. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max > 0 && is_cont((unsigned char)s[max]))
		max--;
	return max;
}

static void take_text(struct es_jetstream *j, const char *s, size_t n)
{
	struct msg *m = &j->m;
	if (!utf8_valid(s, n)) {
		record_bad(j, "record.text is not valid UTF-8");
		return;
	}
	if (m->text.set)
		return;
	if (n > ES_POST_TEXT_MAX) {
		n = utf8_cut(s, n, ES_POST_TEXT_MAX);
		m->truncated = 1;
	}
	put(j, s, n, &m->text);
}

/* reply.parent.uri "at://did:plc:xyz/app.bsky.feed.post/…" → "did:plc:xyz"; a
 * handle authority or anything else leaves reply_to empty. */
static void take_parent_uri(struct es_jetstream *j, const char *s, size_t n)
{
	if (j->m.reply_to.set || n <= 5 || memcmp(s, "at://", 5) != 0)
		return;
	const char *auth = s + 5;
	const char *slash = memchr(auth, '/', n - 5);
	size_t al = slash ? (size_t)(slash - auth) : n - 5;
	if (is_did(auth, al))
		put(j, auth, al, &j->m.reply_to);
}

static void take_feature_type(struct msg *m, const char *s, size_t n)
{
	if (str_eq(s, n, "app.bsky.richtext.facet#mention"))
		m->feat.type = FT_MENTION;
	else if (str_eq(s, n, "app.bsky.richtext.facet#link"))
		m->feat.type = FT_LINK;
	else
		m->feat.type = FT_OTHER;
}

/* A byteStart/byteEnd value: a plain integer within 32 bits, else the facet is bad. */
static void take_offset(struct msg *m, enum vtype t, const char *s, size_t n, int is_end)
{
	uint64_t v;
	if (t != V_NUM || parse_u64(s, n, &v) < 0 || v > UINT32_MAX) {
		m->cur.bad = 1;
		return;
	}
	if (is_end) {
		m->cur.end = (uint32_t)v;
		m->cur.has_end = 1;
	} else {
		m->cur.start = (uint32_t)v;
		m->cur.has_start = 1;
	}
}

/*
 * Commit-level and root fields: Jetstream writes these, so a wrong type is a
 * malformed message. Returns 0 to stop the parse. *child is the node of a
 * container value.
 */
static int take_envelope(struct es_jetstream *j, enum field f, enum vtype t, const char *s,
                         size_t n, enum node *child)
{
	struct msg *m = &j->m;
	switch (f) {
	case F_DID:
		if (t != V_STR || !is_did(s, n))
			return fail(j, "did is not a DID string");
		if (!m->has_did)
			put(j, s, n, &m->did);
		m->has_did = 1;
		return 1;
	case F_TIME_US:
	case F_CURSOR: {
		uint64_t v;
		if (t != V_NUM || parse_u64(s, n, &v) < 0)
			return fail(j, f == F_TIME_US ? "time_us is not an unsigned 64-bit integer"
			                              : "cursor is not an unsigned 64-bit integer");
		if (f == F_TIME_US && !m->has_time)
			m->time_us = v, m->has_time = 1;
		else if (f == F_CURSOR && !m->has_cursor)
			m->cursor = v, m->has_cursor = 1;
		return 1;
	}
	case F_KIND:
		if (t != V_STR)
			return fail(j, "kind is not a string");
		if (!m->has_kind)
			m->kind = str_eq(s, n, "commit")     ? K_COMMIT
			          : str_eq(s, n, "identity") ? K_IDENTITY
			          : str_eq(s, n, "account")  ? K_ACCOUNT
			                                     : K_OTHER;
		m->has_kind = 1;
		return 1;
	case F_COMMIT:
		if (t != V_MAP)
			return fail(j, "commit is not an object");
		m->has_commit = 1;
		*child = N_COMMIT;
		return 1;
	case F_IDENTITY:
		if (t != V_MAP)
			return fail(j, "identity is not an object");
		*child = N_IDENTITY;
		return 1;
	case F_HANDLE:
		if (t != V_STR || !utf8_valid(s, n))
			return fail(j, "identity.handle is not a valid string");
		if (!m->handle.set)
			put(j, s, n, &m->handle);
		return 1;
	case F_OPERATION:
		if (t != V_STR)
			return fail(j, "commit.operation is not a string");
		if (!m->has_op)
			m->op = str_eq(s, n, "create")   ? OP_CREATE
			        : str_eq(s, n, "update") ? OP_UPDATE
			        : str_eq(s, n, "delete") ? OP_DELETE
			                                 : OP_OTHER;
		m->has_op = 1;
		return 1;
	case F_COLLECTION:
		if (t != V_STR)
			return fail(j, "commit.collection is not a string");
		if (!m->has_collection)
			m->is_post = (uint8_t)str_eq(s, n, POST_COLLECTION);
		m->has_collection = 1;
		return 1;
	case F_RKEY:
		if (t != V_STR || !is_rkey(s, n))
			return fail(j, "commit.rkey is not a record key");
		if (!m->has_rkey)
			put(j, s, n, &m->rkey);
		m->has_rkey = 1;
		return 1;
	case F_RECORD:
		if (t != V_MAP) {
			record_bad(j, "commit.record is not an object");
			return 1;
		}
		m->has_record = 1;
		*child = N_RECORD;
		return 1;
	default:
		return 1;
	}
}

/* Fields inside a record: problems are noted, not fatal (see record_bad). */
static void take_record(struct es_jetstream *j, enum field f, enum vtype t, const char *s, size_t n,
                        enum node *child)
{
	struct msg *m = &j->m;
	switch (f) {
	case F_TEXT:
		if (t != V_STR)
			record_bad(j, "record.text is not a string");
		else
			take_text(j, s, n);
		return;
	case F_CREATED_AT:
		if (t != V_STR)
			record_bad(j, "record.createdAt is not a string");
		else if (!m->has_created)
			m->has_created = es_parse_time_ms(s, n, &m->created_ms) == 0;
		return;
	case F_LANGS:
		if (t != V_ARR)
			record_bad(j, "record.langs is not an array");
		else
			*child = N_LANGS;
		return;
	case F_LANG:
		if (t != V_STR || !utf8_valid(s, n))
			record_bad(j, "record.langs has a value that is not a valid string");
		else if (!m->lang.set)
			put(j, s, n, &m->lang);
		return;
	case F_REPLY:
		if (t != V_MAP) {
			record_bad(j, "record.reply is not an object");
			return;
		}
		m->has_reply = 1;
		*child = N_REPLY;
		return;
	case F_PARENT:
		if (t != V_MAP)
			record_bad(j, "record.reply.parent is not an object");
		else
			*child = N_PARENT;
		return;
	case F_URI:
		if (t != V_STR)
			record_bad(j, "record.reply.parent.uri is not a string");
		else
			take_parent_uri(j, s, n);
		return;
	case F_FACETS:
		if (t != V_ARR)
			record_bad(j, "record.facets is not an array");
		else
			*child = N_FACETS;
		return;
	case F_EMBED:
		if (t != V_MAP)
			record_bad(j, "record.embed is not an object");
		else
			*child = N_EMBED;
		return;
	case F_EMBED_TYPE:
		if (t != V_STR)
			record_bad(j, "record.embed.$type is not a string");
		else if (m->embed == EMB_NONE)
			m->embed = str_eq(s, n, "app.bsky.embed.external") ? EMB_EXTERNAL
			           : str_eq(s, n, "app.bsky.embed.recordWithMedia")
			                   ? EMB_RECORD_WITH_MEDIA
			                   : EMB_OTHER;
		return;
	case F_MEDIA:
		if (t != V_MAP)
			record_bad(j, "record.embed.media is not an object");
		else
			*child = N_MEDIA;
		return;
	case F_MEDIA_TYPE:
		if (t != V_STR)
			record_bad(j, "record.embed.media.$type is not a string");
		else
			m->media_external |= (uint8_t)str_eq(s, n, "app.bsky.embed.external");
		return;

	/* Facets: a problem spoils the one facet, not the post. */
	case F_FACET:
		if (t != V_MAP) {
			m->bad_facets++;
			return;
		}
		memset(&m->cur, 0, sizeof m->cur);
		m->cur.did0 = (uint16_t)m->n_fdid;
		*child = N_FACET;
		return;
	case F_INDEX:
		if (t != V_MAP)
			m->cur.bad = 1;
		else
			*child = N_INDEX;
		return;
	case F_BYTE_START:
	case F_BYTE_END:
		take_offset(m, t, s, n, f == F_BYTE_END);
		return;
	case F_FEATURES:
		if (t != V_ARR)
			m->cur.bad = 1;
		else
			*child = N_FEATURES;
		return;
	case F_FEATURE:
		if (t != V_MAP) {
			m->cur.bad = 1;
			return;
		}
		memset(&m->feat, 0, sizeof m->feat);
		*child = N_FEATURE;
		return;
	case F_FEATURE_TYPE:
		if (t != V_STR)
			m->feat.bad = 1;
		else
			take_feature_type(m, s, n);
		return;
	case F_FEATURE_DID:
		if (t != V_STR || !is_did(s, n))
			m->feat.bad = 1;
		else if (!m->feat.did.set)
			put(j, s, n, &m->feat.did);
		return;
	default:
		return;
	}
}

/* A feature object closed: fold it into its facet. */
static void feature_end(struct msg *m)
{
	struct feature *ft = &m->feat;
	if (ft->bad || (ft->type == FT_MENTION && !ft->did.set)) {
		m->cur.bad = 1;
		return;
	}
	if (ft->type == FT_LINK)
		m->cur.link = 1;
	if (ft->type == FT_MENTION && m->n_fdid < FEATURE_DIDS) {
		m->fdid[m->n_fdid++] = ft->did;
		m->cur.ndid++;
	}
}

/* A facet object closed: keep it for finish(), when the text is known. */
static void facet_end(struct msg *m)
{
	if (m->n_facets < ES_JS_FACETS_MAX)
		m->facets[m->n_facets++] = m->cur;
	else
		m->bad_facets++;
}

/* ======================================================================== */
/* yajl callbacks                                                           */

static int push(struct es_jetstream *j, enum node child, int is_array)
{
	if (j->depth >= ES_JS_DEPTH_MAX)
		return fail(j, "JSON nested too deep");
	j->node[j->depth] = child;
	j->pending[j->depth] = F_NONE;
	j->is_array[j->depth] = (uint8_t)is_array;
	j->depth++;
	return 1;
}

/* Every value begins here: judge it by its field and type. */
static int value(struct es_jetstream *j, enum vtype t, const char *s, size_t n)
{
	int container = t == V_MAP || t == V_ARR;
	if (j->depth == 0) {
		if (j->done || t != V_MAP)
			return fail(j, "message is not one JSON object");
		return push(j, N_ROOT, 0);
	}
	int top = j->depth - 1;
	enum node parent = j->node[top];
	enum node child = N_SKIP;
	if (parent != N_SKIP) {
		enum field f = j->is_array[top] ? element_field(parent) : j->pending[top];
		if (f >= F_TEXT) /* the enum lists the record's fields last */
			take_record(j, f, t, s, n, &child);
		else if (f != F_NONE && !take_envelope(j, f, t, s, n, &child))
			return 0;
	}
	return container ? push(j, child, t == V_ARR) : 1;
}

static int pop(struct es_jetstream *j)
{
	enum node node = j->node[--j->depth];
	if (node == N_FEATURE)
		feature_end(&j->m);
	else if (node == N_FACET)
		facet_end(&j->m);
	else if (node == N_ROOT) {
		j->done = 1;
		/* During a callback yajl's count stands just past the current token. */
		j->end_off = yajl_get_bytes_consumed(j->h);
	}
	return 1;
}

static int cb_null(void *ctx)
{
	return value(ctx, V_NULL, NULL, 0);
}

static int cb_boolean(void *ctx, int v)
{
	(void)v;
	return value(ctx, V_BOOL, NULL, 0);
}

static int cb_number(void *ctx, const char *s, size_t n)
{
	return value(ctx, V_NUM, s, n);
}

static int cb_string(void *ctx, const unsigned char *s, size_t n)
{
	return value(ctx, V_STR, (const char *)s, n);
}

static int cb_start_map(void *ctx)
{
	return value(ctx, V_MAP, NULL, 0);
}

static int cb_start_array(void *ctx)
{
	return value(ctx, V_ARR, NULL, 0);
}

static int cb_end(void *ctx)
{
	return pop(ctx);
}

static int cb_map_key(void *ctx, const unsigned char *k, size_t n)
{
	struct es_jetstream *j = ctx;
	int top = j->depth - 1;
	j->pending[top] = key_field(j->node[top], (const char *)k, n);
	return 1;
}

static const yajl_callbacks callbacks = {
        cb_null,      cb_boolean, NULL,   NULL,           cb_number, cb_string,
        cb_start_map, cb_map_key, cb_end, cb_start_array, cb_end,
};

/* yajl allocates through these so that tests wrapping malloc see it. */
static void *ya_malloc(void *ctx, size_t n)
{
	(void)ctx;
	return malloc(n);
}

static void *ya_realloc(void *ctx, void *p, size_t n)
{
	(void)ctx;
	return realloc(p, n);
}

static void ya_free(void *ctx, void *p)
{
	(void)ctx;
	free(p);
}

static int make_handle(struct es_jetstream *j)
{
	yajl_alloc_funcs funcs = {ya_malloc, ya_realloc, ya_free, NULL}; /* yajl copies it */
	if (j->h)
		yajl_free(j->h);
	j->h = yajl_alloc(&callbacks, &funcs, j);
	if (!j->h)
		return -ENOMEM;
	yajl_config(j->h, yajl_allow_multiple_values, 1);
	return 0;
}

/* ======================================================================== */
/* Assembly                                                                 */

static void add_mention(struct es_post *p, struct es_str s)
{
	if (s.len == 0 || p->n_mentions >= ES_POST_MENTIONS_MAX)
		return;
	for (size_t i = 0; i < p->n_mentions; i++)
		if (p->mentions[i].len == s.len && memcmp(p->mentions[i].ptr, s.ptr, s.len) == 0)
			return;
	p->mentions[p->n_mentions++] = s;
}

/* Facets → mentions and links, now that the text is known. Returns bad facets. */
static unsigned resolve_facets(struct es_jetstream *j, struct es_post *p)
{
	const struct msg *m = &j->m;
	const char *text = p->text.ptr;
	size_t tl = p->text.len;
	unsigned bad = m->bad_facets;
	for (unsigned i = 0; i < m->n_facets; i++) {
		const struct facet *f = &m->facets[i];
		if (f->bad || !f->has_start || !f->has_end || f->start >= f->end || f->end > tl ||
		    is_cont((unsigned char)text[f->start]) ||
		    (f->end < tl && is_cont((unsigned char)text[f->end]))) {
			bad++;
			continue;
		}
		if (f->link)
			p->has_links = 1;
		for (unsigned k = 0; k < f->ndid; k++)
			add_mention(p, span_str(j, &m->fdid[f->did0 + k]));
		if (f->ndid) {
			struct es_str h = {text + f->start, f->end - f->start};
			if (h.ptr[0] == '@')
				h.ptr++, h.len--;
			add_mention(p, h);
		}
	}
	return bad;
}

static int bad(struct es_jetstream *j, const char *why)
{
	j->err = why;
	return -EBADMSG;
}

/* The root object closed cleanly: check what is required and fill *ev. */
static int finish(struct es_jetstream *j, struct es_js_event *ev)
{
	struct msg *m = &j->m;
	if (!m->has_did)
		return bad(j, "no did");
	if (!m->has_time)
		return bad(j, "no time_us");
	if (!m->has_kind)
		return bad(j, "no kind");
	ev->did = span_str(j, &m->did);
	ev->time_us = m->time_us;
	ev->cursor = m->cursor;
	ev->handle = span_str(j, &m->handle);
	switch (m->kind) {
	case K_IDENTITY:
		ev->kind = ES_JS_IDENTITY;
		return 0;
	case K_ACCOUNT:
		ev->kind = ES_JS_ACCOUNT;
		return 0;
	case K_OTHER:
		ev->kind = ES_JS_OTHER;
		return 0;
	case K_COMMIT:
		break;
	}
	if (!m->has_commit)
		return bad(j, "commit event without a commit object");
	if (!m->has_op || !m->has_collection || !m->has_rkey)
		return bad(j, "commit without operation, collection or rkey");
	if (!m->is_post || m->op == OP_OTHER) {
		ev->kind = ES_JS_OTHER;
		return 0;
	}

	struct es_post *p = &ev->post;
	p->source.ptr = "bluesky";
	p->source.len = 7;
	p->author = ev->did;
	p->id = build(j, "at://", "/" POST_COLLECTION "/");
	if (m->op == OP_DELETE) {
		ev->kind = ES_JS_DELETE;
		return 0;
	}
	if (!m->has_record)
		return bad(j, m->record_err ? m->record_err : "post commit without a record");
	if (m->record_err)
		return bad(j, m->record_err);
	if (!m->text.set)
		return bad(j, "post record without text");
	ev->kind = m->op == OP_CREATE ? ES_JS_CREATE : ES_JS_UPDATE;
	p->url = build(j, "https://bsky.app/profile/", "/post/");
	p->text = span_str(j, &m->text);
	p->lang = span_str(j, &m->lang);
	p->reply_to = span_str(j, &m->reply_to);
	p->created_ms = m->created_ms;
	p->is_reply = m->has_reply;
	p->has_links = m->embed == EMB_EXTERNAL ||
	               (m->embed == EMB_RECORD_WITH_MEDIA && m->media_external);
	ev->bad_facets = resolve_facets(j, p);
	ev->truncated = m->truncated;
	return 0;
}

/* ======================================================================== */
/* Public                                                                   */

static void clear_event(struct es_js_event *ev)
{
	static const struct es_str empty = {"", 0};
	memset(ev, 0, sizeof *ev);
	ev->did = ev->handle = empty;
	struct es_post *p = &ev->post;
	p->id = p->source = p->text = p->author = p->lang = p->url = p->reply_to = p->orig_id =
	        empty;
}

static int only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	return 1;
}

/* Keep yajl's own message for syntax and UTF-8 errors, on one line. */
static void yajl_detail(struct es_jetstream *j, const char *json, size_t len)
{
	unsigned char *msg = yajl_get_error(j->h, 0, (const unsigned char *)json, len);
	snprintf(j->errbuf, sizeof j->errbuf, "%s", msg ? (const char *)msg : "malformed JSON");
	if (msg)
		yajl_free_error(j->h, msg);
	size_t n = strlen(j->errbuf);
	while (n && (j->errbuf[n - 1] == '\n' || j->errbuf[n - 1] == ' '))
		j->errbuf[--n] = '\0';
	j->err = j->errbuf;
}

int es_jetstream_parse(struct es_jetstream *j, const char *json, size_t len, struct es_js_event *ev)
{
	clear_event(ev);
	j->err = NULL;
	if (len > ES_JS_MESSAGE_MAX) {
		j->err = "message longer than ES_JS_MESSAGE_MAX";
		return -E2BIG;
	}
	if ((!j->h && make_handle(j) < 0) || arena_reserve(j, arena_need(len)) < 0) {
		j->err = "out of memory";
		return -ENOMEM;
	}
	memset(&j->m, 0, offsetof(struct msg, facets));
	j->arena_len = 0;
	j->depth = 0;
	j->done = 0;
	j->end_off = 0;

	yajl_status s = yajl_parse(j->h, (const unsigned char *)json, len);
	int rc = 0;
	if (s != yajl_status_ok) {
		if (!j->err)
			yajl_detail(j, json, len);
		rc = -EBADMSG;
	} else if (!j->done) {
		rc = bad(j, j->depth ? "message ends inside the JSON object"
		                     : "message has no JSON object");
	} else if (!only_space(json + j->end_off, len - j->end_off)) {
		rc = bad(j, "bytes after the JSON object");
	}
	if (rc < 0) {
		/* yajl may hold half a token or a failed state; start clean. If
		 * that fails, the next parse retries (and reports -ENOMEM). */
		yajl_free(j->h);
		j->h = NULL;
		make_handle(j);
		return rc;
	}
	rc = finish(j, ev);
	if (rc < 0)
		clear_event(ev);
	return rc;
}

const char *es_jetstream_errstr(const struct es_jetstream *j)
{
	return j->err ? j->err : "";
}

int es_jetstream_new(struct es_jetstream **out)
{
	struct es_jetstream *j = calloc(1, sizeof *j);
	if (!j)
		return -ENOMEM;
	/* Enough for typical events (~500 bytes) that the arena never grows. */
	if (arena_reserve(j, arena_need(4096)) < 0 || make_handle(j) < 0) {
		es_jetstream_free(j);
		return -ENOMEM;
	}
	*out = j;
	return 0;
}

void es_jetstream_free(struct es_jetstream *j)
{
	if (!j)
		return;
	if (j->h)
		yajl_free(j->h);
	free(j->arena);
	free(j);
}
