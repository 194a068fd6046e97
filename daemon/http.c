/*
 * http.c — curl multi on the libuv loop (http.h).
 *
 * curl tells us which sockets to watch (CURLMOPT_SOCKETFUNCTION) and when to
 * call it back (CURLMOPT_TIMERFUNCTION); a uv_poll per socket and one
 * uv_timer carry those, and every event ends in curl_multi_socket_action()
 * followed by a sweep of finished transfers. Nothing here blocks.
 *
 * Re-entrancy: the callbacks of a request run inside curl. A request
 * cancelled from inside them is only marked; the write callback then refuses
 * the data, curl ends the transfer, and the sweep frees it without a word to
 * the caller. Resuming a paused transfer can make curl deliver buffered data
 * at once, so resumes are collected and done from a zero timer on the loop.
 */
#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "earshot/earshot.h"
#include "http.h"

#define WS_MESSAGE_DEFAULT (1u << 20)
#define STALL_TICK_MS 250

struct sock {
	uv_poll_t poll;
	curl_socket_t fd;
	struct es_http *h;
	struct sock *prev, *next;
	CURL *easy;          /* the transfer curl last watched it for; only compared, never used */
	uint64_t last_in_ms; /* loop time it was last readable: any byte, a WebSocket ping too */
};

struct es_http {
	uv_loop_t *loop;
	CURLM *multi;
	uv_timer_t timer; /* curl's timeout */
	uv_timer_t kick;  /* deferred resumes */
	uv_timer_t stall; /* checks the requests that have a stall_ms */
	uv_idle_t ws_more; /* WebSocket reads that stopped at their budget go on here */
	struct es_http_req *reqs;
	struct sock *socks;
	int in_curl;      /* inside curl_multi_socket_action (callbacks may run) */
	int cancels;      /* requests cancelled from inside curl, freed after it returns */
	int open_handles; /* at free: handles whose close callback is pending */
	struct es_http_stats st;
};

struct es_http_req {
	struct es_http *h;
	struct es_http_req *prev, *next;
	CURL *easy;
	struct curl_slist *hdrs;
	char *body;
	char *bearer;
	struct es_http_cb cb;
	long status;
	int headers_done;
	int is_ws;
	int paused, want_resume, cancelled;
	int finishing; /* in on_done: the request is about to be freed */
	int pending_add; /* started from inside curl: added to the multi handle from the loop */
	uint64_t stall_ms, last_byte_ms; /* stall detection (loop time) */
	/* WebSocket after the upgrade: curl hands the connection over (CONNECT_ONLY=2) and we read
	 * it with curl_ws_recv from our own poll, a bounded amount per loop turn. */
	int detached;
	int want_read;
	uv_poll_t *wsp;
	int wsp_later; /* the poll could not be made yet (the fd's old one is closing) */
	curl_socket_t ws_fd;
	char hbuf[ES_HTTP_HEADERS_MAX];
	size_t hlen;
	char *rbuf; /* buffered 2xx body, or the start of an error body */
	size_t rlen, rcap, rmax;
	int over; /* the buffered body went past rmax */
	char *wsbuf;
	size_t wslen, wscap, wsmax;
	int ws_skip;
	char errbuf[CURL_ERROR_SIZE];
};

/* ======================================================================== */
/* Sockets and the timer                                                    */

static void check_done(struct es_http *h);
static void reap_cancelled(struct es_http *h);

/* Let curl act on a socket (or on its timeout), then hand out finished transfers. */
static void drive(struct es_http *h, curl_socket_t fd, int flags)
{
	int running;
	h->in_curl++;
	curl_multi_socket_action(h->multi, fd, flags, &running);
	h->in_curl--;
	check_done(h);
	if (h->cancels)
		reap_cancelled(h);
}

static void on_poll(uv_poll_t *p, int status, int events)
{
	struct sock *s = p->data;
	int flags = 0;
	if (events & UV_READABLE)
		s->last_in_ms = uv_now(s->h->loop);
	if (status < 0)
		flags = CURL_CSELECT_ERR;
	if (events & UV_READABLE)
		flags |= CURL_CSELECT_IN;
	if (events & UV_WRITABLE)
		flags |= CURL_CSELECT_OUT;
	drive(s->h, s->fd, flags);
}

static void sock_closed(uv_handle_t *handle)
{
	free(handle->data);
}

static void sock_close(struct sock *s)
{
	struct es_http *h = s->h;
	if (s->prev)
		s->prev->next = s->next;
	else
		h->socks = s->next;
	if (s->next)
		s->next->prev = s->prev;
	uv_poll_stop(&s->poll);
	uv_close((uv_handle_t *)&s->poll, sock_closed);
}

static int on_socket(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp)
{
	struct es_http *h = userp;
	struct sock *s = socketp;
	if (what == CURL_POLL_REMOVE) {
		if (s) {
			sock_close(s);
			curl_multi_assign(h->multi, fd, NULL);
		}
		return 0;
	}
	if (!s) {
		s = calloc(1, sizeof *s);
		if (!s)
			return -1;
		s->fd = fd;
		s->h = h;
		if (uv_poll_init_socket(h->loop, &s->poll, fd) < 0) {
			free(s);
			return -1;
		}
		s->poll.data = s;
		s->next = h->socks;
		if (h->socks)
			h->socks->prev = s;
		h->socks = s;
		curl_multi_assign(h->multi, fd, s);
	}
	s->easy = easy;
	int events = 0;
	if (what == CURL_POLL_IN || what == CURL_POLL_INOUT)
		events |= UV_READABLE;
	if (what == CURL_POLL_OUT || what == CURL_POLL_INOUT)
		events |= UV_WRITABLE;
	uv_poll_start(&s->poll, events, on_poll);
	return 0;
}

static void on_timer(uv_timer_t *t)
{
	drive(t->data, CURL_SOCKET_TIMEOUT, 0);
}

static int on_curl_timer(CURLM *multi, long timeout_ms, void *userp)
{
	(void)multi;
	struct es_http *h = userp;
	if (timeout_ms < 0)
		uv_timer_stop(&h->timer);
	else
		uv_timer_start(&h->timer, on_timer, (uint64_t)timeout_ms, 0);
	return 0;
}

/* ======================================================================== */
/* Requests                                                                 */

static void req_unlink(struct es_http_req *r)
{
	struct es_http *h = r->h;
	if (r->prev)
		r->prev->next = r->next;
	else
		h->reqs = r->next;
	if (r->next)
		r->next->prev = r->prev;
	r->prev = r->next = NULL;
}

static void poll_closed(uv_handle_t *handle)
{
	free(handle);
}

static void req_free(struct es_http_req *r)
{
	if (!r)
		return;
	if (r->wsp) {
		uv_poll_stop(r->wsp);
		uv_close((uv_handle_t *)r->wsp, poll_closed);
	}
	if (r->easy) {
		if (!r->pending_add)
			curl_multi_remove_handle(r->h->multi, r->easy);
		curl_easy_cleanup(r->easy);
	}
	curl_slist_free_all(r->hdrs);
	free(r->body);
	if (r->bearer) {
		/* The token was in this buffer: do not leave it in freed memory. */
		volatile char *p = r->bearer;
		while (*p)
			*p++ = 0;
		free(r->bearer);
	}
	free(r->rbuf);
	free(r->wsbuf);
	free(r);
}

static int ok_status(const struct es_http_req *r)
{
	return (r->status >= 200 && r->status < 300) || (r->is_ws && r->status == 101);
}

static int grow(char **buf, size_t *cap, size_t need)
{
	if (need <= *cap)
		return 0;
	size_t n = *cap ? *cap : 4096;
	while (n < need)
		n *= 2;
	char *b = realloc(*buf, n);
	if (!b)
		return -ENOMEM;
	*buf = b;
	*cap = n;
	return 0;
}

static size_t on_header(char *buf, size_t size, size_t n, void *ud)
{
	struct es_http_req *r = ud;
	size_t len = size * n;
	if (r->cancelled)
		return 0;
	r->last_byte_ms = uv_now(r->h->loop);
	if (len >= 5 && memcmp(buf, "HTTP/", 5) == 0) {
		/* A new response (after a redirect or a 100 Continue): start over. */
		r->hlen = 0;
		r->headers_done = 0;
		const char *sp = memchr(buf, ' ', len);
		r->status = sp ? strtol(sp + 1, NULL, 10) : 0;
		return len;
	}
	if (len <= 2 && (buf[0] == '\r' || buf[0] == '\n')) {
		if (r->status >= 100 && r->status < 200 && r->status != 101)
			return len; /* an interim response; the real one follows */
		if (r->status >= 300 && r->status < 400 && es_http_header(r, "location", NULL))
			return len; /* curl follows it */
		r->headers_done = 1;
		if (r->cb.on_headers)
			r->cb.on_headers(r->cb.ctx, r, r->status);
		return r->cancelled ? 0 : len;
	}
	if (r->hlen + len + 1 <= sizeof r->hbuf) {
		memcpy(r->hbuf + r->hlen, buf, len);
		r->hlen += len;
		r->hbuf[r->hlen] = '\0';
	}
	return len;
}

#ifdef CURLWS_TEXT
/* One piece of a WebSocket frame: text messages are assembled and handed on whole. */
static void ws_frame(struct es_http_req *r, const struct curl_ws_frame *m, const char *ptr,
                     size_t n)
{
	if (!m || (m->flags & (CURLWS_PING | CURLWS_PONG | CURLWS_CLOSE)))
		return; /* curl answers pings; a close ends the connection */
	if ((m->flags & CURLWS_BINARY) && m->offset == 0 && r->wslen == 0 && !r->ws_skip) {
		r->h->st.ws_binary++;
		r->ws_skip = 1;
	}
	if (!r->ws_skip) {
		if (r->wslen + n > r->wsmax) {
			r->h->st.ws_oversized++;
			r->ws_skip = 1;
			r->wslen = 0;
		} else if (grow(&r->wsbuf, &r->wscap, r->wslen + n) < 0) {
			r->ws_skip = 1; /* out of memory: lose this message, not the stream */
			r->wslen = 0;
		} else {
			memcpy(r->wsbuf + r->wslen, ptr, n);
			r->wslen += n;
		}
	}
	if (m->bytesleft == 0 && !(m->flags & CURLWS_CONT)) {
		/* The message is complete. */
		if (!r->ws_skip && r->cb.on_data) {
			r->h->st.ws_messages++;
			r->cb.on_data(r->cb.ctx, r, r->wsbuf ? r->wsbuf : "", r->wslen);
		}
		r->wslen = 0;
		r->ws_skip = 0;
	}
}
#endif

static size_t on_write(char *ptr, size_t size, size_t nmemb, void *ud)
{
	struct es_http_req *r = ud;
	size_t n = size * nmemb;
	if (r->cancelled)
		return 0;
	r->last_byte_ms = uv_now(r->h->loop);
	r->h->st.bytes_in += n;
	if (!ok_status(r)) {
		/* Keep the start of an error body for on_done; discard the rest. */
		size_t room = ES_HTTP_ERRBODY_MAX - r->rlen;
		size_t take = n < room ? n : room;
		if (take && grow(&r->rbuf, &r->rcap, r->rlen + take + 1) == 0) {
			memcpy(r->rbuf + r->rlen, ptr, take);
			r->rlen += take;
		}
		return n;
	}
	if (r->rmax) {
		if (r->rlen + n > r->rmax) {
			r->over = 1;
			return 0;
		}
		if (grow(&r->rbuf, &r->rcap, r->rlen + n + 1) < 0)
			return 0;
		memcpy(r->rbuf + r->rlen, ptr, n);
		r->rlen += n;
		return n;
	}
	if (r->cb.on_data)
		r->cb.on_data(r->cb.ctx, r, ptr, n);
	return r->cancelled ? 0 : n;
}

#ifdef CURLWS_TEXT
static void ws_read(struct es_http_req *r);
static int ws_poll_init(struct es_http_req *r);

/* The end of a detached WebSocket: tell the caller, free the request. */
static void ws_end(struct es_http_req *r, CURLcode rc)
{
	struct es_http *h = r->h;
	req_unlink(r);
	r->finishing = 1;
	if (rc != CURLE_OK)
		h->st.failed++;
	else
		h->st.done++;
	if (!r->cancelled && r->cb.on_done)
		r->cb.on_done(r->cb.ctx, r, (int)rc, r->status, "", 0,
		              rc == CURLE_OK ? NULL : curl_easy_strerror(rc));
	req_free(r);
}

static void on_ws_poll(uv_poll_t *p, int status, int events)
{
	struct es_http_req *r = p->data;
	(void)events;
	r->last_byte_ms = uv_now(r->h->loop);
	r->want_read = 1;
	if (status < 0) {
		/* Let curl_ws_recv find out what the error is. */
	}
	ws_read(r);
}

static void on_ws_more(uv_idle_t *idle)
{
	struct es_http *h = idle->data;
	int more = 0;
	struct es_http_req *r = h->reqs;
	while (r) {
		struct es_http_req *next = r->next;
		if (r->detached && r->wsp_later && !r->cancelled) {
			ws_poll_init(r);
			more |= r->wsp_later;
		}
		if (r->detached && r->want_read && !r->paused && !r->cancelled) {
			ws_read(r); /* may free r */
			more = 1;
		}
		r = next;
	}
	if (!more)
		uv_idle_stop(idle);
}

/*
 * Read what the connection has, up to a budget, so that one fast peer cannot
 * keep the loop (Redis writes, timers, other sources) waiting. What is left —
 * on the socket or inside TLS, where no poll sees it — is read on the next
 * loop turn.
 */
#define WS_READ_BUDGET (256u * 1024)

static void ws_read(struct es_http_req *r)
{
	struct es_http *h = r->h;
	char buf[16384];
	size_t budget = WS_READ_BUDGET;
	CURLcode end = CURLE_OK;
	int ended = 0;
	h->in_curl++; /* a cancel from a callback must wait until we are out */
	while (!r->paused && !r->cancelled && budget > 0) {
		size_t n = 0;
		const struct curl_ws_frame *m = NULL;
		CURLcode rc = curl_ws_recv(r->easy, buf, sizeof buf, &n, &m);
		if (rc == CURLE_AGAIN) {
			r->want_read = 0;
			break;
		}
		if (rc != CURLE_OK) {
			end = rc == CURLE_GOT_NOTHING ? CURLE_OK : rc;
			ended = 1;
			break;
		}
		r->last_byte_ms = uv_now(h->loop);
		h->st.bytes_in += n;
		budget = n < budget ? budget - n : 0;
		if (m && (m->flags & CURLWS_CLOSE)) {
			ended = 1;
			break;
		}
		ws_frame(r, m, buf, n);
	}
	h->in_curl--;
	if (ended && !r->cancelled) {
		ws_end(r, end);
	} else if (!r->cancelled && r->want_read && !r->paused) {
		uv_idle_start(&h->ws_more, on_ws_more);
	}
	if (h->cancels && !h->in_curl)
		reap_cancelled(h);
}

/* Our poll on the detached socket. 0, or -1 (then wsp_later says whether to retry). */
static int ws_poll_init(struct es_http_req *r)
{
	uv_poll_t *p = malloc(sizeof *p);
	if (!p)
		return -1;
	int rc = uv_poll_init_socket(r->h->loop, p, r->ws_fd);
	if (rc < 0) {
		free(p);
		r->wsp_later = rc == UV_EEXIST;
		return -1;
	}
	r->wsp_later = 0;
	r->wsp = p;
	p->data = r;
	if (!r->paused)
		uv_poll_start(p, UV_READABLE, on_ws_poll);
	return 0;
}

/*
 * The upgrade is done (CONNECT_ONLY=2 ends the transfer there): take the
 * connection out of the multi handle and watch its socket ourselves.
 * Returns 0, or -1 when it cannot be used (the caller reports the end).
 */
static int ws_detach(struct es_http *h, struct es_http_req *r)
{
	long status = 0;
	curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &status);
	if (status)
		r->status = status;
	curl_socket_t fd = CURL_SOCKET_BAD;
	if (r->status != 101 || curl_easy_getinfo(r->easy, CURLINFO_ACTIVESOCKET, &fd) != CURLE_OK ||
	    fd == CURL_SOCKET_BAD)
		return -1;
	/* The handle stays in the multi handle until it is freed: removing it would
	 * close the connection curl hands over. */
	r->detached = 1;
	r->ws_fd = fd;
	/*
	 * One poll per fd (libuv refuses a second one, even a closing one): if curl
	 * left its watch on the socket, ours takes that handle over; otherwise a
	 * new one is made, on a later loop turn if curl's is still closing.
	 */
	for (struct sock *sk = h->socks; sk; sk = sk->next)
		if (sk->fd == fd) {
			curl_multi_assign(h->multi, fd, NULL);
			if (sk->prev)
				sk->prev->next = sk->next;
			else
				h->socks = sk->next;
			if (sk->next)
				sk->next->prev = sk->prev;
			uv_poll_stop(&sk->poll);
			r->wsp = &sk->poll; /* the first member: poll_closed frees the whole sock */
			break;
		}
	if (!r->wsp && ws_poll_init(r) < 0 && !r->wsp_later)
		return -1;
	if (r->wsp)
		r->wsp->data = r;
	r->last_byte_ms = uv_now(h->loop);
	if (!r->headers_done) {
		r->headers_done = 1;
		h->in_curl++; /* a cancel from the callback is deferred */
		if (r->cb.on_headers)
			r->cb.on_headers(r->cb.ctx, r, r->status);
		h->in_curl--;
	}
	if (r->cancelled)
		return 0; /* reaped by the caller's sweep */
	if (!r->paused && r->wsp)
		uv_poll_start(r->wsp, UV_READABLE, on_ws_poll);
	r->want_read = 1; /* curl may already hold frames that came with the 101 */
	uv_idle_start(&h->ws_more, on_ws_more);
	return 0;
}
#else
static int ws_detach(struct es_http *h, struct es_http_req *r)
{
	(void)h;
	(void)r;
	return -1;
}
#endif

static void check_done(struct es_http *h)
{
	CURLMsg *msg;
	int left;
	while ((msg = curl_multi_info_read(h->multi, &left))) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		struct es_http_req *r = NULL;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&r);
		CURLcode rc = msg->data.result;
		if (!r)
			continue;
		if (r->is_ws && rc == CURLE_OK && !r->cancelled && ws_detach(h, r) == 0)
			continue; /* upgraded: we read it from now on */
		req_unlink(r);
		r->finishing = 1;
		if (!r->cancelled && r->cb.on_done) {
			long status = 0;
			curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &status);
			if (status)
				r->status = status;
			char err[CURL_ERROR_SIZE + 64];
			err[0] = '\0';
			if (r->over)
				snprintf(err, sizeof err, "response body over %zu bytes", r->rmax);
			else if (rc != CURLE_OK)
				snprintf(err, sizeof err, "%s", r->errbuf[0] ? r->errbuf : curl_easy_strerror(rc));
			if (rc != CURLE_OK || !ok_status(r))
				h->st.failed++;
			else
				h->st.done++;
			if (r->rbuf)
				r->rbuf[r->rlen] = '\0';
			r->cb.on_done(r->cb.ctx, r, (int)rc, r->status, r->rbuf ? r->rbuf : "", r->rlen,
			              err[0] ? err : NULL);
		}
		req_free(r);
	}
}

static void reap_cancelled(struct es_http *h)
{
	h->cancels = 0;
	struct es_http_req *r = h->reqs;
	while (r) {
		struct es_http_req *next = r->next;
		if (r->cancelled) {
			req_unlink(r);
			req_free(r);
		}
		r = next;
	}
}

/* Requests started from inside curl's callbacks join the multi handle here. */
static void add_pending(struct es_http *h)
{
	struct es_http_req *r = h->reqs;
	while (r) {
		struct es_http_req *next = r->next;
		if (r->pending_add && !r->cancelled) {
			r->pending_add = 0;
			if (curl_multi_add_handle(h->multi, r->easy) != CURLM_OK) {
				req_unlink(r);
				r->finishing = 1;
				h->st.failed++;
				if (r->cb.on_done)
					r->cb.on_done(r->cb.ctx, r, CURLE_FAILED_INIT, 0, "", 0,
					              "curl refused the request");
				curl_easy_cleanup(r->easy);
				r->easy = NULL;
				req_free(r);
			}
		}
		r = next;
	}
}

static void on_kick(uv_timer_t *t)
{
	struct es_http *h = t->data;
	add_pending(h);
	h->in_curl++;
	for (struct es_http_req *r = h->reqs; r; r = r->next)
		if (r->want_resume && !r->cancelled) {
			r->want_resume = 0;
			r->paused = 0;
			r->last_byte_ms = uv_now(h->loop); /* a paused transfer was not stalled */
			if (r->detached) {
				if (r->wsp)
					uv_poll_start(r->wsp, UV_READABLE, on_ws_poll);
				r->want_read = 1;
				uv_idle_start(&h->ws_more, on_ws_more);
				continue;
			}
			/* curl may deliver what it held right here: callbacks run. */
			curl_easy_pause(r->easy, CURLPAUSE_CONT);
		}
	h->in_curl--;
	drive(h, CURL_SOCKET_TIMEOUT, 0);
}

/*
 * Stall detection: no byte for stall_ms ends the transfer as curl's own
 * timeouts do (CURLE_OPERATION_TIMEDOUT). Not CURLOPT_LOW_SPEED_*: curl
 * averages the speed over a few seconds, so a stream whose only traffic is
 * sparse keep-alives (X's "\r\n" every 20 s) is "below 1 byte/s" and was cut
 * although bytes do arrive. Bytes are seen in the callbacks, and on the
 * socket for what curl answers itself (WebSocket pings).
 */
static uint64_t last_byte(const struct es_http *h, const struct es_http_req *r)
{
	uint64_t last = r->last_byte_ms;
	for (const struct sock *s = h->socks; s; s = s->next)
		if (s->easy == r->easy && s->last_in_ms > last)
			last = s->last_in_ms;
	return last;
}

static void stall_end(struct es_http *h, struct es_http_req *r)
{
	char err[96];
	snprintf(err, sizeof err, "no data for %llu ms", (unsigned long long)r->stall_ms);
	req_unlink(r);
	r->finishing = 1;
	h->st.failed++;
	if (r->rbuf)
		r->rbuf[r->rlen] = '\0';
	if (r->cb.on_done)
		r->cb.on_done(r->cb.ctx, r, CURLE_OPERATION_TIMEDOUT, r->status, r->rbuf ? r->rbuf : "",
		              r->rlen, err);
	req_free(r);
}

static void on_stall_tick(uv_timer_t *t)
{
	struct es_http *h = t->data;
	uint64_t now = uv_now(h->loop);
	int watched = 0;
	struct es_http_req *r = h->reqs;
	while (r) {
		if (!r->stall_ms || r->cancelled || r->pending_add) {
			r = r->next;
			continue;
		}
		watched = 1;
		if (r->paused)
			r->last_byte_ms = now;
		if (r->paused || now < last_byte(h, r) + r->stall_ms) {
			r = r->next;
			continue;
		}
		stall_end(h, r);
		r = h->reqs; /* on_done may have started or cancelled others: start over */
	}
	if (!watched)
		uv_timer_stop(t);
}

/* ======================================================================== */
/* API                                                                      */

int es_http_has_websocket(void)
{
	const curl_version_info_data *v = curl_version_info(CURLVERSION_NOW);
	for (const char *const *p = v->protocols; p && *p; p++)
		if (strcmp(*p, "wss") == 0)
			return 1;
	return 0;
}

int es_http_new(uv_loop_t *loop, struct es_http **out)
{
	struct es_http *h = calloc(1, sizeof *h);
	if (!h)
		return -ENOMEM;
	h->loop = loop;
	h->multi = curl_multi_init();
	if (!h->multi) {
		free(h);
		return -EIO;
	}
	curl_multi_setopt(h->multi, CURLMOPT_SOCKETFUNCTION, on_socket);
	curl_multi_setopt(h->multi, CURLMOPT_SOCKETDATA, h);
	curl_multi_setopt(h->multi, CURLMOPT_TIMERFUNCTION, on_curl_timer);
	curl_multi_setopt(h->multi, CURLMOPT_TIMERDATA, h);
	uv_timer_init(loop, &h->timer);
	uv_timer_init(loop, &h->kick);
	uv_timer_init(loop, &h->stall);
	uv_idle_init(loop, &h->ws_more);
	h->timer.data = h->kick.data = h->stall.data = h->ws_more.data = h;
	*out = h;
	return 0;
}

static void multi_closed(uv_handle_t *handle)
{
	struct es_http *h = handle->data;
	if (--h->open_handles == 0)
		free(h);
}

void es_http_free(struct es_http *h)
{
	if (!h)
		return;
	while (h->reqs) {
		struct es_http_req *r = h->reqs;
		req_unlink(r);
		req_free(r);
	}
	curl_multi_cleanup(h->multi);
	while (h->socks) /* connections curl kept alive and closed without telling */
		sock_close(h->socks);
	h->open_handles = 4;
	uv_close((uv_handle_t *)&h->ws_more, multi_closed);
	uv_close((uv_handle_t *)&h->timer, multi_closed);
	uv_close((uv_handle_t *)&h->kick, multi_closed);
	uv_close((uv_handle_t *)&h->stall, multi_closed);
}

int es_http_start(struct es_http *h, const struct es_http_opts *o, const struct es_http_cb *cb,
                  struct es_http_req **out)
{
	if (!o->url || !*o->url)
		return -EINVAL;
	int ws = strncmp(o->url, "ws://", 5) == 0 || strncmp(o->url, "wss://", 6) == 0;
#ifndef CURLWS_TEXT
	if (ws)
		return -EINVAL;
#endif
	if (ws && !es_http_has_websocket())
		return -EINVAL;
	struct es_http_req *r = calloc(1, sizeof *r);
	if (!r)
		return -ENOMEM;
	r->h = h;
	r->cb = *cb;
	r->is_ws = ws;
	r->rmax = o->buffer_max;
	r->wsmax = o->ws_message_max ? o->ws_message_max : WS_MESSAGE_DEFAULT;
	r->easy = curl_easy_init();
	if (!r->easy) {
		free(r);
		return -EIO;
	}
	CURL *e = r->easy;
	int bad = 0;
	bad |= curl_easy_setopt(e, CURLOPT_URL, o->url) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_PRIVATE, (char *)r) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_write) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_WRITEDATA, r) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_HEADERDATA, r) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->errbuf) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, ws ? "ws,wss" : "http,https") != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, ws ? "ws,wss" : "http,https") !=
	       CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L) != CURLE_OK;
	if (ws) /* curl does the upgrade, then hands the connection to us (ws_detach) */
		bad |= curl_easy_setopt(e, CURLOPT_CONNECT_ONLY, 2L) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_USERAGENT, "earshotd/" ES_VERSION) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L) != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "") != CURLE_OK;
	bad |= curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
	                        o->connect_timeout_ms ? o->connect_timeout_ms : 10000L) != CURLE_OK;
	if (o->timeout_ms)
		bad |= curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o->timeout_ms) != CURLE_OK;
	if (o->stall_ms > 0) { /* on_stall_tick */
		r->stall_ms = (uint64_t)o->stall_ms;
		uv_update_time(h->loop); /* the loop's time is stale before it runs (at start-up) */
		r->last_byte_ms = uv_now(h->loop);
		if (!uv_is_active((uv_handle_t *)&h->stall))
			uv_timer_start(&h->stall, on_stall_tick, STALL_TICK_MS, STALL_TICK_MS);
	}
	if (o->ca_file)
		bad |= curl_easy_setopt(e, CURLOPT_CAINFO, o->ca_file) != CURLE_OK;
	if (o->bearer && *o->bearer) {
		r->bearer = strdup(o->bearer);
		if (!r->bearer)
			goto nomem;
		bad |= curl_easy_setopt(e, CURLOPT_HTTPAUTH, CURLAUTH_BEARER) != CURLE_OK;
		bad |= curl_easy_setopt(e, CURLOPT_XOAUTH2_BEARER, r->bearer) != CURLE_OK;
	}
	if (o->body) {
		r->body = malloc(o->body_len + 1);
		if (!r->body)
			goto nomem;
		memcpy(r->body, o->body, o->body_len);
		r->body[o->body_len] = '\0';
		bad |= curl_easy_setopt(e, CURLOPT_POSTFIELDS, r->body) != CURLE_OK;
		bad |= curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)o->body_len) !=
		       CURLE_OK;
		char ct[160];
		snprintf(ct, sizeof ct, "Content-Type: %s",
		         o->content_type ? o->content_type : "application/json");
		struct curl_slist *l = curl_slist_append(r->hdrs, ct);
		if (!l)
			goto nomem;
		r->hdrs = l;
	}
	if (o->method)
		bad |= curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, o->method) != CURLE_OK;
	for (size_t i = 0; i < o->n_headers; i++) {
		struct curl_slist *l = curl_slist_append(r->hdrs, o->headers[i]);
		if (!l)
			goto nomem;
		r->hdrs = l;
	}
	if (r->hdrs)
		bad |= curl_easy_setopt(e, CURLOPT_HTTPHEADER, r->hdrs) != CURLE_OK;
	if (bad) {
		req_free(r);
		return -EIO;
	}
	r->next = h->reqs;
	if (h->reqs)
		h->reqs->prev = r;
	h->reqs = r;
	if (h->in_curl) {
		/* curl refuses multi calls from inside its callbacks (CURLM_RECURSIVE_API_CALL). */
		r->pending_add = 1;
		uv_timer_start(&h->kick, on_kick, 0, 0);
	} else if (curl_multi_add_handle(h->multi, e) != CURLM_OK) {
		req_unlink(r);
		curl_easy_cleanup(r->easy);
		r->easy = NULL;
		req_free(r);
		return -EIO;
	}
	h->st.requests++;
	if (out)
		*out = r;
	return 0;
nomem:
	req_free(r);
	return -ENOMEM;
}

void es_http_cancel(struct es_http_req *r)
{
	if (!r || r->cancelled || r->finishing)
		return;
	r->cancelled = 1;
	struct es_http *h = r->h;
	if (h->in_curl) {
		/* Inside curl a handle must not be removed: freed once curl returns. */
		h->cancels++;
		return;
	}
	req_unlink(r);
	req_free(r);
}

void es_http_pause(struct es_http_req *r)
{
	if (!r || r->cancelled)
		return;
	r->want_resume = 0;
	if (r->paused)
		return;
	r->paused = 1;
	if (r->detached) {
		/* Stop reading: TCP flow control holds the server back. (Pausing a WebSocket
		 * transfer inside curl 8.14 made it spin on the waiting data.) */
		if (r->wsp)
			uv_poll_stop(r->wsp);
		return;
	}
	curl_easy_pause(r->easy, CURLPAUSE_RECV);
}

void es_http_resume(struct es_http_req *r)
{
	if (!r || r->cancelled || !r->paused)
		return;
	r->want_resume = 1;
	uv_timer_start(&r->h->kick, on_kick, 0, 0);
}

uint64_t es_http_retry_after_ms(const struct es_http_req *req)
{
	size_t len;
	const char *v = req ? es_http_header(req, "retry-after", &len) : NULL;
	if (!v || len == 0 || len > 9)
		return 0;
	uint64_t secs = 0;
	for (size_t i = 0; i < len; i++) {
		if (v[i] < '0' || v[i] > '9')
			return 0;
		secs = secs * 10 + (uint64_t)(v[i] - '0');
	}
	return secs * 1000;
}

const char *es_http_header(const struct es_http_req *r, const char *name, size_t *len)
{
	size_t nl = strlen(name);
	const char *p = r->hbuf, *end = r->hbuf + r->hlen;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		if ((size_t)(eol - p) > nl && p[nl] == ':' && strncasecmp(p, name, nl) == 0) {
			const char *v = p + nl + 1;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			const char *ve = eol;
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t'))
				ve--;
			if (len)
				*len = (size_t)(ve - v);
			return v;
		}
		p = eol + 1;
	}
	return NULL;
}

int es_http_ws_send(struct es_http_req *r, const char *buf, size_t len)
{
#ifdef CURLWS_TEXT
	if (!r->is_ws || !ok_status(r))
		return -ENOTCONN;
	size_t sent = 0;
	CURLcode rc = curl_ws_send(r->easy, buf, len, &sent, 0, CURLWS_TEXT);
	if (rc == CURLE_AGAIN)
		return -EAGAIN;
	return rc == CURLE_OK ? 0 : -EIO;
#else
	(void)r;
	(void)buf;
	(void)len;
	return -ENOTCONN;
#endif
}

const struct es_http_stats *es_http_stats(const struct es_http *h)
{
	return &h->st;
}
