/*
 * fuzz_mastodon.c — the Mastodon parsing layer on arbitrary bytes: the input
 * as one Status, as a timeline page, as status HTML and as a Link header
 * value. Checked: every text is valid UTF-8 without NULs and within its
 * bound; the HTML converted into a small buffer is a prefix of the same HTML
 * converted into a large one, with the same link flag; posts' views are
 * read whole (ASan checks they lie in live memory).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "earshot/mastodon.h"

static uint64_t sink;

static void touch(struct es_str s)
{
	for (size_t i = 0; i < s.len; i++)
		sink += (unsigned char)s.ptr[i];
}

/* Valid UTF-8 (no overlongs, surrogates or > U+10FFFF) and no NUL. */
static int clean_utf8(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned char c = p[i];
		size_t k = c < 0x80                 ? 1
		           : c >= 0xC2 && c <= 0xDF ? 2
		           : c >= 0xE0 && c <= 0xEF ? 3
		           : c >= 0xF0 && c <= 0xF4 ? 4
		                                    : 0;
		if (c == 0 || k == 0 || i + k > n)
			return 0;
		uint32_t cp = k == 1 ? c : (uint32_t)(c & (0x7F >> k));
		for (size_t j = 1; j < k; j++) {
			if ((p[i + j] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i + j] & 0x3F);
		}
		static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
		if (cp < min[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += k;
	}
	return 1;
}

static void check_post(const struct es_post *p, const struct es_str *lid)
{
	if (p->text.len == 0 || p->text.len > ES_POST_TEXT_MAX ||
	    !clean_utf8(p->text.ptr, p->text.len) || p->n_mentions > ES_POST_MENTIONS_MAX ||
	    p->id.len == 0 || lid->len == 0 || p->author.len == 0 ||
	    p->author.len > ES_MASTO_HANDLE_MAX)
		abort();
	touch(p->id);
	touch(p->text);
	touch(p->author);
	touch(p->lang);
	touch(p->url);
	touch(p->reply_to);
	touch(*lid);
	for (size_t i = 0; i < p->n_mentions; i++)
		touch(p->mentions[i]);
}

static int on_status(void *ctx, const struct es_post *p, const struct es_str *lid)
{
	(void)ctx;
	check_post(p, lid);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 262144)
		return 0;
	const char *s = (const char *)data;

	struct es_masto *m;
	if (es_masto_new(&m) != 0)
		abort();
	struct es_post post;
	struct es_str lid;
	if (es_masto_status(m, s, size, &post, &lid) == 0)
		check_post(&post, &lid);
	int n = es_masto_timeline(m, s, size, on_status, NULL);
	if (n > 0 && es_masto_stats(m)->statuses < (uint64_t)n)
		abort();
	es_masto_free(m);

	/* HTML: a large buffer and a small one cut from the first byte */
	static char big[4 * 262144 + 16];
	char small[64];
	struct es_html_result rb, rs;
	if (es_html_to_text(s, size, big, sizeof big, &rb) != 0 || rb.truncated ||
	    rb.len != strlen(big) || !clean_utf8(big, rb.len))
		abort();
	size_t cap = size ? 1 + data[0] % sizeof small : sizeof small;
	if (es_html_to_text(s, size, small, cap, &rs) != 0 || rs.len >= cap ||
	    rs.len != strlen(small) || !clean_utf8(small, rs.len) ||
	    memcmp(small, big, rs.len) != 0 || rs.has_links != rb.has_links ||
	    (rs.truncated == 0 && rs.len != rb.len))
		abort();

	char url[128];
	if (es_link_header_next(s, size, "next", url, sizeof url) == 0)
		sink += strlen(url);
	sink += (uint64_t)(es_masto_id_cmp(url, "109348123456789012") + 1);
	return 0;
}
