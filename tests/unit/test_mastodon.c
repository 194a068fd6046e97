/*
 * test_mastodon.c — Mastodon payload parsing (mastodon.c): status HTML to
 * text (table of cases, every buffer size), Status JSON shaped like the API
 * documentation's Status entity (local and remote accounts, replies, boosts,
 * content warnings, mentions, hashtags, links, entities, emoji, null
 * language), timeline pages replayed oldest first, Link header cursors, id
 * order, hostile input, and allocation failure.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "alloc_fail.h"
#include "earshot/mastodon.h"

/* ======================================================================== */
/* Helpers                                                                  */

static int valid_utf8(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned char c = p[i];
		size_t k;
		uint32_t cp;
		if (c == 0)
			return 0;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			k = 2;
			cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			k = 3;
			cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			k = 4;
			cp = c & 0x07;
		} else
			return 0;
		if (i + k > n)
			return 0;
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

static void assert_str_eq(struct es_str s, const char *want)
{
	assert_non_null(s.ptr);
	if (s.len != strlen(want) || memcmp(s.ptr, want, s.len) != 0)
		fail_msg("got \"%.*s\" (%zu bytes), want \"%s\"", (int)s.len, s.ptr, s.len, want);
}

/* ======================================================================== */
/* HTML → text                                                              */

struct html_case {
	const char *html;
	const char *text;
	int links;
};

static const struct html_case html_cases[] = {
        {"<p>Hello world</p>", "Hello world", 0},
        {"<p>a</p><p>b</p>", "a\n\nb", 0},
        {"<p>one<br>two<br/>three<br />four</p>", "one\ntwo\nthree\nfour", 0},
        {"<P>A</P><P>B<BR>C</P>", "A\n\nB\nC", 0},
        /* Mastodon's shortened link: scheme and tail hidden, an ellipsis shown */
        {"<p>Status page: <a href=\"https://acme.example/support/status/incident-42\" "
         "rel=\"nofollow noopener noreferrer\" target=\"_blank\"><span class=\"invisible\">"
         "https://</span><span class=\"ellipsis\">acme.example/support/status/i</span>"
         "<span class=\"invisible\">ncident-42</span></a> still down</p>",
         "Status page: acme.example/support/status/i\xE2\x80\xA6 still down", 1},
        /* a short link: nothing is cut, no ellipsis */
        {"<a href=\"https://acme.example\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
         "<span class=\"invisible\">https://</span><span class=\"\">acme.example</span>"
         "<span class=\"invisible\"></span></a>",
         "acme.example", 1},
        {"<p><span class=\"h-card\" translate=\"no\"><a href=\"https://zephyr.example/@care\" "
         "class=\"u-url mention\">@<span>care</span></a></span> my bag is lost</p>",
         "@care my bag is lost", 0},
        {"<p>Flying <a href=\"https://social.example/tags/ZephyrAir\" class=\"mention hashtag\" "
         "rel=\"tag\">#<span>ZephyrAir</span></a> again</p>",
         "Flying #ZephyrAir again", 0},
        {"<a href=\"https://x.example/\" class=\"mentioned\">x</a>", "x", 1},
        {"<a class=\"u-url\">no href</a>", "no href", 0},
        {"Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;x&#39; &#x1F600; caf&eacute; &hellip; &rsquo;"
         " &AMP; &#X41;",
         "Tom & Jerry <3 \"hi\" 'x' \xF0\x9F\x98\x80 caf\xC3\xA9 \xE2\x80\xA6 \xE2\x80\x99 & A", 0},
        {"&bogus; &#0; &#xD800; &#x110000; &amp &#65 AT&T &; &#; &#x; &#1; &#x9F; &#99999999999;",
         "&bogus; &#0; &#xD800; &#x110000; &amp &#65 AT&T &; &#; &#x; &#1; &#x9F; &#99999999999;",
         0},
        {"I <3 Acme & 2 < 3 <<", "I <3 Acme & 2 < 3 <<", 0},
        {"a </ b", "a </ b", 0},
        {"<a href=\"https://x.example/?a>b\" title='1>0'>link</a> done", "link done", 1},
        {"hello <a href=\"https://x", "hello", 0},
        {"hello <span class='x", "hello", 0},
        {"<p>  a \n\t b  </p>\n<p> c </p>", "a b\n\nc", 0},
        {"a<!-- <p>hidden</p> -->b<!-- open", "ab", 0},
        {"a<!DOCTYPE html>b<?xml x?>c", "abc", 0},
        {"<script>alert('<p>x</p>')</script>ok<style>p{}</STYLE >!", "ok!", 0},
        {"<span class=\"invisible\">a<span>b</span>c</span>d", "d", 0},
        {"<a href=\"https://h.example/\"><span class=\"invisible\">https://</a> after", "after", 1},
        {"<pre>a\n  b</pre>c", "a\n  b\n\nc", 0},
        {"a\xff\xc3(b\xe2\x82", "a\xEF\xBF\xBD\xEF\xBF\xBD(b\xEF\xBF\xBD\xEF\xBF\xBD", 0},
        {"&#x1F469;&zwj;&#x1F4BB; ok", "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB ok", 0},
        {"<ul><li>one</li><li>two</li></ul><p>after</p>", "one\ntwo\n\nafter", 0},
        {"a&nbsp;&nbsp;b Ac&shy;me", "a b Acme", 0},
        {"<span class=\"ellipsis\">abc", "abc\xE2\x80\xA6", 0},
        {"<br><br>a<br><br><br><br><br><br>b<br>", "a\n\n\n\nb", 0},
        {"<p></p><p> </p>", "", 0},
        {"", "", 0},
        {"<blockquote><p>quoted</p></blockquote><p>reply</p>", "quoted\n\nreply", 0},
        {"<p>x <span class=\"INVISIBLE extra\">gone</span>y</p>", "x y", 0},
        {"<a href=x class=hashtag>#t</a><a href=y>u</a>", "#tu", 1},
        {"<p>Ol\xC3\xA1 \xF0\x9F\x98\xA1 :blobcat: </p>",
         "Ol\xC3\xA1 \xF0\x9F\x98\xA1 :blobcat:", 0},
};

static void test_html_cases(void **state)
{
	(void)state;
	char out[512];
	for (size_t i = 0; i < sizeof html_cases / sizeof html_cases[0]; i++) {
		const struct html_case *c = &html_cases[i];
		struct es_html_result r = {99, 9, 9};
		memset(out, 'Z', sizeof out);
		assert_int_equal(es_html_to_text(c->html, strlen(c->html), out, sizeof out, &r), 0);
		if (strcmp(out, c->text) != 0)
			fail_msg("case %zu: got \"%s\", want \"%s\"", i, out, c->text);
		assert_int_equal(r.len, strlen(c->text));
		if (r.has_links != c->links)
			fail_msg("case %zu: has_links %d, want %d", i, r.has_links, c->links);
		assert_int_equal(r.truncated, 0);
		assert_true(valid_utf8(out, r.len));
	}
}

static void test_html_nul_and_controls(void **state)
{
	(void)state;
	char out[32];
	struct es_html_result r;
	assert_int_equal(es_html_to_text("a\0b\x01"
	                                 "c\x7f&#0;",
	                                 10, out, sizeof out, &r),
	                 0);
	assert_string_equal(out, "abc&#0;");
	assert_int_equal(r.len, 7);
	/* a length excludes what follows; NULL html is empty text */
	assert_int_equal(es_html_to_text("abc<p>", 2, out, sizeof out, &r), 0);
	assert_string_equal(out, "ab");
	assert_int_equal(es_html_to_text(NULL, 5, out, sizeof out, &r), 0);
	assert_string_equal(out, "");
	assert_int_equal(es_html_to_text("x", 1, NULL, 4, &r), -EINVAL);
	assert_int_equal(es_html_to_text("x", 1, out, 0, &r), -EINVAL);
	assert_int_equal(es_html_to_text("x", 1, out, sizeof out, NULL), 0);
}

static void test_html_truncation(void **state)
{
	(void)state;
	char out[64];
	struct es_html_result r;
	assert_int_equal(es_html_to_text("h\xC3\xA9llo", 6, out, 3, &r), 0);
	assert_string_equal(out, "h");
	assert_int_equal(r.truncated, 1);
	assert_int_equal(es_html_to_text("h\xC3\xA9llo", 6, out, 4, &r), 0);
	assert_string_equal(out, "h\xC3\xA9");
	assert_int_equal(r.len, 3);
	assert_int_equal(es_html_to_text("h\xC3\xA9llo", 6, out, 1, &r), 0);
	assert_string_equal(out, "");
	assert_int_equal(r.truncated, 1);
	assert_int_equal(es_html_to_text("h\xC3\xA9llo", 6, out, 7, &r), 0);
	assert_string_equal(out, "h\xC3\xA9llo");
	assert_int_equal(r.truncated, 0);

	/* Every buffer size: valid UTF-8, a prefix of the whole text, cut iff it had to be. */
	const char *html = html_cases[4].html;
	char full[256];
	struct es_html_result fr;
	assert_int_equal(es_html_to_text(html, strlen(html), full, sizeof full, &fr), 0);
	for (size_t cap = 1; cap <= fr.len + 2; cap++) {
		char *b = malloc(cap);
		assert_non_null(b);
		assert_int_equal(es_html_to_text(html, strlen(html), b, cap, &r), 0);
		assert_int_equal(strlen(b), r.len);
		assert_true(r.len < cap);
		assert_true(valid_utf8(b, r.len));
		assert_memory_equal(b, full, r.len);
		assert_int_equal(r.truncated, cap <= fr.len);
		assert_int_equal(r.has_links, 1);
		free(b);
	}
}

/* ======================================================================== */
/* Statuses                                                                 */

/* Shaped like the documentation's Status example: a local account, a link, a hashtag. */
static const char status_local[] =
        "{\"id\":\"109348123456789012\",\"created_at\":\"2022-11-14T19:32:28.000Z\","
        "\"in_reply_to_id\":null,\"in_reply_to_account_id\":null,\"sensitive\":false,"
        "\"spoiler_text\":\"\",\"visibility\":\"public\",\"language\":\"en\","
        "\"uri\":\"https://mastodon.example/users/acmefan/statuses/109348123456789012\","
        "\"url\":\"https://mastodon.example/@acmefan/109348123456789012\","
        "\"replies_count\":0,\"reblogs_count\":2,\"favourites_count\":5,\"edited_at\":null,"
        "\"content\":\"<p>Loving the new <a href=\\\"https://mastodon.example/tags/Acme\\\" "
        "class=\\\"mention hashtag\\\" rel=\\\"tag\\\">#<span>Acme</span></a> rocket skates "
        "&amp; the support team \\ud83d\\ude80 <a href=\\\"https://acme.example/skates\\\" "
        "rel=\\\"nofollow noopener noreferrer\\\" target=\\\"_blank\\\"><span "
        "class=\\\"invisible\\\">"
        "https://</span><span class=\\\"\\\">acme.example/skates</span><span "
        "class=\\\"invisible\\\">"
        "</span></a></p>\","
        "\"reblog\":null,\"application\":{\"name\":\"Web\",\"website\":null},"
        "\"account\":{\"id\":\"108000000000000001\",\"username\":\"acmefan\",\"acct\":\"acmefan\","
        "\"display_name\":\"Acme Fan :verified:\",\"locked\":false,\"bot\":false,"
        "\"discoverable\":true,\"group\":false,\"created_at\":\"2022-01-01T00:00:00.000Z\","
        "\"note\":\"<p>I like skates</p>\",\"url\":\"https://Mastodon.Example/@acmefan\","
        "\"avatar\":\"https://files.mastodon.example/a.png\",\"followers_count\":10,"
        "\"emojis\":[{\"shortcode\":\"verified\",\"url\":\"https://files.mastodon.example/v.png\","
        "\"visible_in_picker\":true}],\"fields\":[{\"name\":\"Web\",\"value\":\"x\","
        "\"verified_at\":null}]},"
        "\"media_attachments\":[],\"mentions\":[],"
        "\"tags\":[{\"name\":\"Acme\",\"url\":\"https://mastodon.example/tags/Acme\"}],"
        "\"emojis\":[],\"card\":null,\"poll\":null}";

static void test_status_local(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	struct es_str lid;
	assert_int_equal(es_masto_status(m, status_local, strlen(status_local), &p, &lid), 0);
	assert_str_eq(p.id, "https://mastodon.example/users/acmefan/statuses/109348123456789012");
	assert_str_eq(lid, "109348123456789012");
	assert_int_equal(lid.ptr[lid.len], 0);
	assert_str_eq(p.source, "mastodon");
	assert_str_eq(p.text, "Loving the new #Acme rocket skates & the support team "
	                      "\xF0\x9F\x9A\x80 acme.example/skates");
	assert_str_eq(p.author, "acmefan@mastodon.example");
	assert_str_eq(p.lang, "en");
	assert_str_eq(p.url, "https://mastodon.example/@acmefan/109348123456789012");
	assert_str_eq(p.reply_to, "");
	assert_str_eq(p.orig_id, "");
	assert_int_equal(p.n_mentions, 0);
	assert_int_equal(p.n_routes, 0);
	assert_int_equal(p.created_ms, 1668454348000ULL);
	assert_int_equal(p.is_reply, 0);
	assert_int_equal(p.is_repost, 0);
	assert_int_equal(p.has_links, 1);
	assert_string_equal(es_masto_error(m), "");
	assert_int_equal(es_masto_stats(m)->statuses, 1);
	es_masto_free(m);
}

/* A remote author replying under a content warning; null language; mentions local and remote. */
static const char status_reply[] =
        "{\"id\":\"109900000000000777\",\"created_at\":\"2023-02-03T08:15:01.250Z\","
        "\"in_reply_to_id\":\"109899999999999000\",\"in_reply_to_account_id\":\"1090\","
        "\"sensitive\":true,\"spoiler_text\":\"Zephyr Air rant \",\"visibility\":\"public\","
        "\"language\":null,\"uri\":\"https://remote.example/users/jo/statuses/42\","
        "\"url\":\"https://remote.example/@jo/42\",\"content\":\"<p><span class=\\\"h-card\\\">"
        "<a href=\\\"https://social.example/@care\\\" class=\\\"u-url "
        "mention\\\">@<span>care</span>"
        "</a></span> <span class=\\\"h-card\\\"><a href=\\\"https://other.example/@pat\\\" "
        "class=\\\"u-url mention\\\">@<span>pat</span></a></span> lost my bag again</p>"
        "<p>third time &#8212; not ok</p>\",\"reblog\":null,"
        "\"account\":{\"id\":\"1200\",\"username\":\"jo\",\"acct\":\"jo@remote.example\","
        "\"url\":\"https://remote.example/@jo\",\"bot\":false},"
        "\"mentions\":[{\"id\":\"1090\",\"username\":\"care\",\"url\":\"https://social.example/"
        "@care\","
        "\"acct\":\"care\"},{\"id\":\"1300\",\"username\":\"pat\",\"url\":\"https://other.example/"
        "@pat\","
        "\"acct\":\"pat@other.example\"}],\"tags\":[],\"emojis\":[]}";

static void test_status_reply_cw(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	struct es_str lid;
	assert_int_equal(es_masto_status(m, status_reply, strlen(status_reply), &p, &lid), 0);
	assert_str_eq(p.id, "https://remote.example/users/jo/statuses/42");
	assert_str_eq(lid, "109900000000000777");
	assert_str_eq(p.text, "Zephyr Air rant\n\n@care @pat lost my bag again\n\nthird time "
	                      "\xE2\x80\x94 not ok");
	assert_str_eq(p.author, "jo@remote.example");
	assert_str_eq(p.lang, "");
	assert_int_equal(p.is_reply, 1);
	assert_str_eq(p.reply_to, "care@social.example");
	assert_int_equal(p.n_mentions, 2);
	assert_str_eq(p.mentions[0], "care@social.example");
	assert_str_eq(p.mentions[1], "pat@other.example");
	assert_int_equal(p.has_links, 0);
	assert_int_equal(p.created_ms, 1675412101250ULL);
	es_masto_free(m);
}

/* A boost: the wrapper has no text, url or language of its own. */
static const char status_boost[] =
        "{\"id\":\"109900000000000900\",\"created_at\":\"2023-02-03T08:20:00.000Z\","
        "\"in_reply_to_id\":null,\"in_reply_to_account_id\":null,\"spoiler_text\":\"\","
        "\"language\":null,\"uri\":\"https://social.example/users/booster/statuses/"
        "109900000000000900/activity\",\"url\":null,\"content\":\"\","
        "\"account\":{\"id\":\"7\",\"acct\":\"booster\",\"url\":\"https://social.example/"
        "@booster\"},"
        "\"mentions\":[],\"reblog\":{\"id\":\"109900000000000850\","
        "\"created_at\":\"2023-02-03T08:00:00.000Z\",\"in_reply_to_id\":null,"
        "\"spoiler_text\":\"\",\"language\":\"de\",\"uri\":\"https://remote.example/users/anna/"
        "statuses/99\",\"url\":\"https://remote.example/@anna/99\",\"content\":\"<p>Danke "
        "<span class=\\\"h-card\\\"><a href=\\\"https://zephyr.example/@care\\\" "
        "class=\\\"u-url mention\\\">@<span>care</span></a></span>, super Service! "
        "<a href=\\\"https://zephyr.example/blog\\\">Blog</a></p>\","
        "\"account\":{\"id\":\"8\",\"acct\":\"anna@remote.example\",\"url\":\"https://"
        "remote.example/@anna\"},"
        "\"mentions\":[{\"id\":\"55\",\"username\":\"care\",\"url\":\"https://zephyr.example/"
        "@care\","
        "\"acct\":\"care@zephyr.example\"}],\"reblog\":null}}";

static void test_status_boost(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	struct es_str lid;
	assert_int_equal(es_masto_status(m, status_boost, strlen(status_boost), &p, &lid), 0);
	assert_str_eq(p.id,
	              "https://social.example/users/booster/statuses/109900000000000900/activity");
	assert_str_eq(lid, "109900000000000900");
	assert_str_eq(p.text, "Danke @care, super Service! Blog");
	assert_str_eq(p.author, "booster@social.example");
	assert_str_eq(p.lang, "de");
	assert_str_eq(p.url, "https://remote.example/@anna/99");
	assert_int_equal(p.is_repost, 1);
	assert_int_equal(p.is_reply, 0);
	assert_int_equal(p.has_links, 1);
	assert_int_equal(p.n_mentions, 1);
	assert_str_eq(p.mentions[0], "care@zephyr.example");
	assert_int_equal(p.created_ms, 1675412400000ULL);
	es_masto_free(m);
}

static void test_status_fallbacks(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	struct es_str lid;
	/* no uri: the url; neither: the local id. A bare acct with no usable url stays bare. */
	static const char no_uri[] = "{\"id\":\"5\",\"url\":\"https://h.example/@a/5\","
	                             "\"content\":\"<p>hi</p>\",\"account\":{\"acct\":\"@a\"}}";
	assert_int_equal(es_masto_status(m, no_uri, strlen(no_uri), &p, &lid), 0);
	assert_str_eq(p.id, "https://h.example/@a/5");
	assert_str_eq(p.author, "a");
	assert_int_equal(p.created_ms, 0);
	static const char no_url[] =
	        "{\"id\":\"6\",\"uri\":null,\"content\":\"hi\","
	        "\"account\":{\"acct\":\"bo\",\"url\":\"https://u:pw@H.Example:8443/@bo\"},"
	        "\"created_at\":\"not a time\"}";
	assert_int_equal(es_masto_status(m, no_url, strlen(no_url), &p, NULL), 0);
	assert_str_eq(p.id, "6");
	assert_str_eq(p.url, "");
	assert_str_eq(p.author, "bo@h.example");
	assert_int_equal(p.created_ms, 0);
	/* CW only, media-only content */
	static const char cw_only[] =
	        "{\"id\":\"7\",\"spoiler_text\":\"Acme outage\",\"content\":\"\","
	        "\"account\":{\"acct\":\"c@d.example\"}}";
	assert_int_equal(es_masto_status(m, cw_only, strlen(cw_only), &p, NULL), 0);
	assert_str_eq(p.text, "Acme outage");
	/* replying to an account the mentions do not name; broken mentions are skipped */
	static const char reply_unknown[] =
	        "{\"id\":\"8\",\"content\":\"<p>yes</p>\",\"in_reply_to_id\":\"1\","
	        "\"in_reply_to_account_id\":\"99\",\"account\":{\"acct\":\"e@f.example\"},"
	        "\"mentions\":[5,{\"acct\":7},{\"id\":\"3\"},{\"id\":\"4\",\"acct\":\"g\","
	        "\"url\":\"https://g.example/@g\"}]}";
	assert_int_equal(es_masto_status(m, reply_unknown, strlen(reply_unknown), &p, NULL), 0);
	assert_int_equal(p.is_reply, 1);
	assert_str_eq(p.reply_to, "");
	assert_int_equal(p.n_mentions, 1);
	assert_str_eq(p.mentions[0], "g@g.example");
	/* the next part of a thread replies to its own author */
	static const char thread[] =
	        "{\"id\":\"9\",\"content\":\"<p>2/2 and the refund "
	        "came</p>\",\"in_reply_to_id\":\"8\","
	        "\"in_reply_to_account_id\":\"77\",\"account\":{\"id\":\"77\",\"acct\":\"kim\","
	        "\"url\":\"https://k.example/@kim\"},\"mentions\":[]}";
	assert_int_equal(es_masto_status(m, thread, strlen(thread), &p, NULL), 0);
	assert_int_equal(p.is_reply, 1);
	assert_str_eq(p.reply_to, "kim@k.example");
	es_masto_free(m);
}

static void test_status_many_mentions(void **state)
{
	(void)state;
	char json[16384];
	size_t n = (size_t)snprintf(json, sizeof json,
	                            "{\"id\":\"1\",\"content\":\"x\",\"in_reply_to_id\":\"2\","
	                            "\"in_reply_to_account_id\":\"m39\",\"account\":{\"acct\":"
	                            "\"a\",\"url\":\"https://a.example/@a\"},\"mentions\":[");
	for (int i = 0; i < 40; i++)
		n += (size_t)snprintf(
		        json + n, sizeof json - n,
		        "%s{\"id\":\"m%d\",\"acct\":\"u%d\",\"url\":\"https://h%d.example/@u%d\"}",
		        i ? "," : "", i, i, i, i);
	n += (size_t)snprintf(json + n, sizeof json - n, "]}");
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	assert_int_equal(es_masto_status(m, json, n, &p, NULL), 0);
	assert_int_equal(p.n_mentions, ES_POST_MENTIONS_MAX);
	assert_str_eq(p.mentions[0], "u0@h0.example");
	assert_str_eq(p.mentions[31], "u31@h31.example");
	assert_str_eq(p.reply_to, "u39@h39.example"); /* found beyond the kept mentions */
	assert_str_eq(p.author, "a@a.example");
	es_masto_free(m);
}

static void test_status_long_text(void **state)
{
	(void)state;
	/* content longer than ES_POST_TEXT_MAX: cut on a code point, counted */
	size_t reps = ES_POST_TEXT_MAX / 3 + 10;
	size_t cap = reps * 3 + 256;
	char *json = malloc(cap);
	assert_non_null(json);
	size_t n = (size_t)snprintf(json, cap,
	                            "{\"id\":\"1\",\"spoiler_text\":\"CW\","
	                            "\"account\":{\"acct\":\"a@b\"},\"content\":\"");
	for (size_t i = 0; i < reps; i++) {
		memcpy(json + n, "\xE2\x82\xAC", 3); /* € */
		n += 3;
	}
	n += (size_t)snprintf(json + n, cap - n, "\"}");
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	assert_int_equal(es_masto_status(m, json, n, &p, NULL), 0);
	assert_true(p.text.len <= ES_POST_TEXT_MAX);
	assert_true(p.text.len > ES_POST_TEXT_MAX - 4);
	assert_memory_equal(p.text.ptr, "CW\n\n\xE2\x82\xAC", 7);
	assert_true(valid_utf8(p.text.ptr, p.text.len));
	assert_int_equal(es_masto_stats(m)->truncated, 1);
	free(json);
	es_masto_free(m);
}

struct bad_case {
	const char *json;
	int err;
};

static const struct bad_case bad_cases[] = {
        {"", -EBADMSG},
        {"[]", -EBADMSG},
        {"\"id\"", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"}} {}", -EBADMSG},
        {"{\"content\":\"x\",\"account\":{\"acct\":\"a\"}}", -EBADMSG},
        {"{\"id\":\"\",\"content\":\"x\",\"account\":{\"acct\":\"a\"}}", -EBADMSG},
        {"{\"id\":1,\"content\":\"x\",\"account\":{\"acct\":\"a\"}}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":5,\"account\":{\"acct\":\"a\"}}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\"}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":\"a\"}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"\"}}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"},\"uri\":[]}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"},\"language\":7}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"},\"mentions\":{}}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"},\"reblog\":true}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"a\"},\"reblog\":{\"content\":1}}",
         -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"bad \xC3\x28 utf8\",\"account\":{\"acct\":\"a\"}}", -EBADMSG},
        {"{\"id\":\"1\",\"content\":\"\",\"account\":{\"acct\":\"a\"}}", -ENODATA},
        {"{\"id\":\"1\",\"content\":\"<p> <br> </p>\",\"spoiler_text\":\"  "
         "\",\"account\":{\"acct\":\"a\"}}",
         -ENODATA},
        {"{\"id\":\"1\",\"account\":{\"acct\":\"a\"},\"reblog\":{\"content\":\"\"}}", -ENODATA},
};

static void test_status_bad(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	uint64_t malformed = 0, no_text = 0;
	for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
		struct es_post p;
		struct es_str lid = {"x", 1};
		int rc = es_masto_status(m, bad_cases[i].json, strlen(bad_cases[i].json), &p, &lid);
		if (rc != bad_cases[i].err)
			fail_msg("case %zu: %d, want %d (%s)", i, rc, bad_cases[i].err,
			         es_masto_error(m));
		assert_true(es_masto_error(m)[0] != 0);
		assert_null(strchr(es_masto_error(m), '\n'));
		assert_int_equal(lid.len, 0);
		assert_int_equal(p.text.len, 0);
		if (rc == -EBADMSG)
			malformed++;
		else
			no_text++;
	}
	assert_int_equal(es_masto_stats(m)->malformed, malformed);
	assert_int_equal(es_masto_stats(m)->no_text, no_text);
	assert_int_equal(es_masto_stats(m)->statuses, 0);
	/* the parser is fine after errors */
	struct es_post p;
	assert_int_equal(es_masto_status(m, status_local, strlen(status_local), &p, NULL), 0);
	assert_string_equal(es_masto_error(m), "");
	es_masto_free(m);
}

static void test_status_hostile(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct es_post p;
	/* over the byte bound */
	size_t big = ES_MASTO_STATUS_MAX + 1;
	char *buf = malloc(big);
	assert_non_null(buf);
	memset(buf, ' ', big);
	assert_int_equal(es_masto_status(m, buf, big, &p, NULL), -E2BIG);
	assert_int_equal(es_masto_stats(m)->oversized, 1);
	/* deep nesting, refused before yajl_tree builds (and recursively frees) it */
	size_t depth = 100000;
	memset(buf, '[', depth);
	memset(buf + depth, ']', depth);
	assert_int_equal(es_masto_status(m, buf, 2 * depth, &p, NULL), -EBADMSG);
	/* nesting inside strings does not count */
	static const char brackets[] =
	        "{\"id\":\"1\",\"content\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
	        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"{{\","
	        "\"account\":{\"acct\":\"a\"}}";
	assert_int_equal(es_masto_status(m, brackets, strlen(brackets), &p, NULL), 0);
	/* too many values in few bytes */
	size_t n = 0;
	buf[n++] = '[';
	for (size_t i = 0; i < ES_MASTO_NODES_MAX + 10; i++) {
		buf[n++] = '0';
		buf[n++] = ',';
	}
	buf[n++] = '0';
	buf[n++] = ']';
	assert_true(n < big);
	assert_int_equal(es_masto_status(m, buf, n, &p, NULL), -E2BIG);
	/* an embedded NUL */
	static const char nul[] = "{\"id\":\"1\",\"content\":\"x\"}\0{";
	assert_int_equal(es_masto_status(m, nul, sizeof nul - 1, &p, NULL), -EBADMSG);
	/* an over-long acct */
	n = (size_t)snprintf(buf, big, "{\"id\":\"1\",\"content\":\"x\",\"account\":{\"acct\":\"");
	memset(buf + n, 'a', 400);
	n += 400;
	n += (size_t)snprintf(buf + n, big - n, "\",\"url\":\"https://a.example/\"}}");
	assert_int_equal(es_masto_status(m, buf, n, &p, NULL), -EBADMSG);
	/* NULL json is an empty document */
	assert_int_equal(es_masto_status(m, NULL, 10, &p, NULL), -EBADMSG);
	free(buf);
	es_masto_free(m);
	es_masto_free(NULL);
}

/* ======================================================================== */
/* Timelines                                                                */

struct got {
	char ids[8][32];
	char texts[8][64];
	int n;
	int stop_after;
};

static int on_status(void *ctx, const struct es_post *p, const struct es_str *lid)
{
	struct got *g = ctx;
	if (g->n < 8) {
		snprintf(g->ids[g->n], sizeof g->ids[0], "%.*s", (int)lid->len, lid->ptr);
		snprintf(g->texts[g->n], sizeof g->texts[0], "%.*s", (int)p->text.len, p->text.ptr);
	}
	g->n++;
	if (g->stop_after && g->n == g->stop_after)
		return -ECANCELED;
	return 0;
}

#define TL_STATUS(id, text)                                                                        \
	"{\"id\":\"" id "\",\"uri\":\"https://h.example/users/u/statuses/" id                      \
	"\",\"content\":\"<p>" text                                                                \
	"</p>\",\"account\":{\"acct\":\"u\",\"url\":\"https://h.example/@u\"}}"

static const char page[] = "[" TL_STATUS("1000", "newest") "," TL_STATUS(
        "999",
        "middle") ",17,"
                  "{\"id\":\"998\",\"content\":\"\",\"account\":{\"acct\":\"u\"}}," TL_STATUS(
                          "997", "oldest") "]";

static void test_timeline(void **state)
{
	(void)state;
	struct es_masto *m;
	assert_int_equal(es_masto_new(&m), 0);
	struct got g;
	memset(&g, 0, sizeof g);
	assert_int_equal(es_masto_timeline(m, page, strlen(page), on_status, &g), 3);
	assert_int_equal(g.n, 3);
	assert_string_equal(g.ids[0], "997");
	assert_string_equal(g.texts[0], "oldest");
	assert_string_equal(g.ids[1], "999");
	assert_string_equal(g.ids[2], "1000");
	assert_string_equal(g.texts[2], "newest");
	const struct es_masto_stats *st = es_masto_stats(m);
	assert_int_equal(st->last_skipped, 2);
	assert_int_equal(st->malformed, 1);
	assert_int_equal(st->no_text, 1);
	assert_int_equal(st->statuses, 3);

	/* the callback stops the page */
	memset(&g, 0, sizeof g);
	g.stop_after = 2;
	assert_int_equal(es_masto_timeline(m, page, strlen(page), on_status, &g), -ECANCELED);
	assert_int_equal(g.n, 2);
	assert_string_equal(g.ids[1], "999");

	/* an empty page (the end of a min_id walk) */
	memset(&g, 0, sizeof g);
	assert_int_equal(es_masto_timeline(m, " [ ] ", 5, on_status, &g), 0);
	assert_int_equal(st->last_skipped, 0);
	assert_int_equal(g.n, 0);

	/* not a page */
	static const char err[] = "{\"error\":\"This method requires an authenticated user\"}";
	assert_int_equal(es_masto_timeline(m, err, strlen(err), on_status, &g), -EBADMSG);
	assert_string_equal(es_masto_error(m),
	                    "error body: This method requires an authenticated user");
	assert_int_equal(es_masto_timeline(m, "{}", 2, on_status, &g), -EBADMSG);
	assert_int_equal(es_masto_timeline(m, "[", 1, on_status, &g), -EBADMSG);
	assert_int_equal(es_masto_timeline(m, "[]", 2, NULL, &g), -EINVAL);
	assert_int_equal(g.n, 0);
	es_masto_free(m);
}

/* ======================================================================== */
/* Link header and ids                                                      */

struct link_case {
	const char *value;
	const char *rel;
	int rc;
	const char *url;
};

static const struct link_case link_cases[] = {
        {"<https://mastodon.example/api/v1/timelines/public?max_id=109>; rel=\"next\", "
         "<https://mastodon.example/api/v1/timelines/public?min_id=110>; rel=\"prev\"",
         "next", 0, "https://mastodon.example/api/v1/timelines/public?max_id=109"},
        {"<https://mastodon.example/api/v1/timelines/public?max_id=109>; rel=\"next\", "
         "<https://mastodon.example/api/v1/timelines/public?min_id=110>; rel=\"prev\"",
         "prev", 0, "https://mastodon.example/api/v1/timelines/public?min_id=110"},
        {"<https://h/a?min_id=1>;rel=prev,<https://h/a?max_id=2>;rel=next", "next", 0,
         "https://h/a?max_id=2"},
        {"<https://h/a>; REL=\"Next\"", "next", 0, "https://h/a"},
        {"<https://h/a>; rel=\"prev next\"", "NEXT", 0, "https://h/a"},
        {"<https://h/a>; title=\"a, b; rel=next\"; rel=\"prev\", <https://h/b>; rel=next", "next",
         0, "https://h/b"},
        {"<https://h/tags?any[]=a,b>; rel=\"next\"", "next", 0, "https://h/tags?any[]=a,b"},
        {"<https://h/a>; rel=\"nextx\"", "next", -ENOENT, ""},
        {"<https://h/a>; rel=\"prev\"", "next", -ENOENT, ""},
        {"<https://h/a b>; rel=\"next\", <https://h/c>; rel=\"next\"", "next", 0, "https://h/c"},
        {"<>; rel=\"next\"", "next", -ENOENT, ""},
        {"https://h/a; rel=\"next\"", "next", -ENOENT, ""},
        {"<https://h/a; rel=\"next\"", "next", -ENOENT, ""},
        {"<https://h/a>; rel=\"next", "next", 0, "https://h/a"},
        {"<https://h/a>; rel", "next", -ENOENT, ""},
        {"", "next", -ENOENT, ""},
        {" , ,, ", "next", -ENOENT, ""},
};

static void test_link_header(void **state)
{
	(void)state;
	char out[128];
	for (size_t i = 0; i < sizeof link_cases / sizeof link_cases[0]; i++) {
		const struct link_case *c = &link_cases[i];
		memset(out, 'Z', sizeof out);
		int rc = es_link_header_next(c->value, strlen(c->value), c->rel, out, sizeof out);
		if (rc != c->rc || strcmp(out, c->url) != 0)
			fail_msg("case %zu: %d \"%s\", want %d \"%s\"", i, rc, out, c->rc, c->url);
	}
	/* the URL exactly fits, or does not */
	const char *v = "<https://h/abc>; rel=\"next\"";
	assert_int_equal(es_link_header_next(v, strlen(v), "next", out, 14), 0);
	assert_string_equal(out, "https://h/abc");
	assert_int_equal(es_link_header_next(v, strlen(v), "next", out, 13), -E2BIG);
	assert_int_equal(es_link_header_next(v, strlen(v), "next", out, 0), -EINVAL);
	assert_int_equal(es_link_header_next(v, strlen(v), "", out, sizeof out), -EINVAL);
	assert_int_equal(es_link_header_next(v, strlen(v), NULL, out, sizeof out), -EINVAL);
	/* the length bounds the value: a cut before '>' finds nothing */
	assert_int_equal(es_link_header_next(v, 10, "next", out, sizeof out), -ENOENT);
	assert_int_equal(es_link_header_next(NULL, 10, "next", out, sizeof out), -ENOENT);
}

static void test_id_cmp(void **state)
{
	(void)state;
	assert_int_equal(es_masto_id_cmp("9", "10"), -1);
	assert_int_equal(es_masto_id_cmp("10", "9"), 1);
	assert_int_equal(es_masto_id_cmp("109348123456789012", "109348123456789012"), 0);
	assert_int_equal(es_masto_id_cmp("109348123456789013", "109348123456789012"), 1);
	assert_int_equal(es_masto_id_cmp("99999999999999999", "109348123456789012"), -1);
	assert_int_equal(es_masto_id_cmp("0010", "9"), 1);
	assert_int_equal(es_masto_id_cmp("000", "0"), 0);
	assert_int_equal(es_masto_id_cmp(NULL, "1"), -1);
	assert_int_equal(es_masto_id_cmp("", NULL), 0);
	assert_int_equal(es_masto_id_cmp("AbC", "AbD"), -1);
}

/* ======================================================================== */
/* Allocation failure                                                       */

static void test_alloc_fail(void **state)
{
	(void)state;
	for (long n = 0;; n++) {
		struct es_masto *m = NULL;
		alloc_fail_after(n);
		int rc = es_masto_new(&m);
		struct es_post p;
		if (rc == 0)
			rc = es_masto_status(m, status_reply, strlen(status_reply), &p, NULL);
		int fired = alloc_fail_fired();
		alloc_fail_off();
		if (!fired) {
			assert_int_equal(rc, 0);
			assert_str_eq(p.reply_to, "care@social.example");
			es_masto_free(m);
			break;
		}
		assert_int_equal(rc, -ENOMEM);
		/* a failed parse leaves a usable parser */
		if (m) {
			assert_int_equal(
			        es_masto_status(m, status_local, strlen(status_local), &p, NULL),
			        0);
			es_masto_free(m);
		}
		assert_true(n < 10);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_html_cases),
	        cmocka_unit_test(test_html_nul_and_controls),
	        cmocka_unit_test(test_html_truncation),
	        cmocka_unit_test(test_status_local),
	        cmocka_unit_test(test_status_reply_cw),
	        cmocka_unit_test(test_status_boost),
	        cmocka_unit_test(test_status_fallbacks),
	        cmocka_unit_test(test_status_many_mentions),
	        cmocka_unit_test(test_status_long_text),
	        cmocka_unit_test(test_status_bad),
	        cmocka_unit_test(test_status_hostile),
	        cmocka_unit_test(test_timeline),
	        cmocka_unit_test(test_link_header),
	        cmocka_unit_test(test_id_cmp),
	        cmocka_unit_test(test_alloc_fail),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
