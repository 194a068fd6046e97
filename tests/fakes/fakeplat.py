#!/usr/bin/env python3
"""Fake X / Mastodon / Jetstream servers for earshot's integration tests.

One program, three kinds (--kind x|mastodon|jetstream). Each speaks its platform's real wire
format on 127.0.0.1 -- X's chunked NDJSON filtered stream with rules and recent search,
Mastodon's SSE streaming with the public timeline REST API, Jetstream's WebSocket /subscribe --
and a control API under /_ctl/ on the same port lets a test publish posts, cut connections,
stall streams and inject HTTP failures, then read back what the client did (GET /_ctl/state).

It is deliberately hostile in the ways the real services are allowed to be: stream messages
are split across HTTP chunks and merged into shared chunks at seeded random points, WebSocket
messages are fragmented and may carry a ping between fragments, heartbeats arrive on time, and
disconnects can be clean, abrupt (RST) or in the middle of a message. Everything a test needs to
reproduce a run is the --seed.

With --tls CERT KEY the listening socket speaks TLS (https://, and wss:// for Jetstream) with
that certificate chain, so a test can check the client's certificate verification; handshakes a
client refuses are counted in the state (tls_errors). It does not do compression (Jetstream
zstd), X's edits or Mastodon's WebSocket streaming.
Python 3.11 standard library only; one thread per TCP connection (socketserver), and every
stream connection is served by its own thread with select(), so only that thread writes its
socket and decides where chunk boundaries fall. See README.md next to this file.
"""

import argparse
import base64
import hashlib
import http
import json
import os
import random
import re
import select
import signal
import socket
import socketserver
import ssl
import struct
import sys
import threading
import time
import urllib.parse
from collections import deque
from datetime import datetime, timezone

MAX_HEADER = 64 * 1024          # request line + headers
MAX_BODY = 64 * 1024 * 1024     # a benchmark may publish big batches
MAX_WS_FRAME = 1024 * 1024      # client -> server frames (pongs, options_update)
MAX_ATTEMPTS_KEPT = 10000
WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def log(fmt, *args):
    stamp = datetime.now().strftime("%H:%M:%S.%f")[:-3]
    sys.stderr.write("%s fakeplat: %s\n" % (stamp, fmt % args if args else fmt))
    sys.stderr.flush()


def now_ms():
    return int(time.time() * 1000)


def iso_ms(dt):
    """X/Mastodon style timestamp: 2026-11-23T10:00:00.000Z."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def parse_rfc3339(s):
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def jdump(obj):
    """Compact one-line JSON, UTF-8 (what the platforms send)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class HttpError(Exception):
    def __init__(self, status, body, headers=None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


# ---------------------------------------------------------------------------------------------
# HTTP/1.1 on a raw socket: requests in, plain responses out. Streams take the socket over.

class Request:
    def __init__(self, method, target, headers, body):
        self.method = method
        self.target = target
        self.headers = headers            # lower-case name -> value (repeats joined by ", ")
        self.body = body
        url = urllib.parse.urlsplit(target)
        self.path = url.path
        self.raw_query = url.query
        self.query = urllib.parse.parse_qs(url.query, keep_blank_values=True)

    def arg(self, name, default=None):
        v = self.query.get(name)
        return v[0] if v else default

    def json_body(self):
        if not self.body:
            return None
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise HttpError(400, {"error": "body is not JSON: %s" % e})


class Conn:
    """A client socket with a read buffer; bytes read past one request stay for the next one
    (or for the WebSocket frame reader)."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()

    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise EOFError
        self.buf += data

    def _read_line(self, limit):
        while True:
            i = self.buf.find(b"\r\n")
            if i >= 0:
                line = bytes(self.buf[:i])
                del self.buf[:i + 2]
                return line
            if len(self.buf) > limit:
                raise HttpError(400, {"error": "line too long"})
            self._fill()

    def _read_exact(self, n):
        while len(self.buf) < n:
            self._fill()
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data

    def read_request(self):
        """The next request, or None when the client closed between requests."""
        while True:
            while self.buf[:2] == b"\r\n":      # tolerated leading empty lines (RFC 9112 2.2)
                del self.buf[:2]
            i = self.buf.find(b"\r\n\r\n")
            if i >= 0:
                break
            if len(self.buf) > MAX_HEADER:
                raise HttpError(431, {"error": "request header too large"})
            try:
                self._fill()
            except EOFError:
                if self.buf:
                    raise
                return None
        head = bytes(self.buf[:i]).decode("latin-1")
        del self.buf[:i + 4]
        lines = head.split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise HttpError(400, {"error": "bad request line"})
        method, target, _ = parts
        headers = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep or not name or name != name.strip():
                raise HttpError(400, {"error": "bad header line"})
            name = name.lower()
            value = value.strip()
            headers[name] = headers[name] + ", " + value if name in headers else value
        if headers.get("expect", "").lower() == "100-continue":
            self.sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = b""
        if "chunked" in headers.get("transfer-encoding", "").lower():
            chunks = []
            total = 0
            while True:
                size_line = self._read_line(1024).split(b";")[0].strip()
                try:
                    size = int(size_line, 16)
                except ValueError:
                    raise HttpError(400, {"error": "bad chunk size"})
                if size == 0:
                    while self._read_line(MAX_HEADER):   # trailers
                        pass
                    break
                total += size
                if total > MAX_BODY:
                    raise HttpError(413, {"error": "body too large"})
                chunks.append(self._read_exact(size))
                self._read_exact(2)
            body = b"".join(chunks)
        elif "content-length" in headers:
            try:
                n = int(headers["content-length"])
            except ValueError:
                raise HttpError(400, {"error": "bad Content-Length"})
            if n < 0 or n > MAX_BODY:
                raise HttpError(413, {"error": "body too large"})
            body = self._read_exact(n)
        return Request(method, target, headers, body)

    def respond(self, status, body=b"", headers=None, close=False):
        """A complete (non-streaming) response with Content-Length."""
        if not isinstance(body, (bytes, bytearray)):
            body = jdump(body) if not isinstance(body, str) else body.encode("utf-8")
        hdrs = {"Content-Type": "application/json; charset=utf-8"}
        hdrs.update(headers or {})
        hdrs["Content-Length"] = str(len(body))
        if close:
            hdrs["Connection"] = "close"
        self.sock.sendall(status_line(status) + header_block(hdrs) + body)


def status_line(status):
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = "Status"
    return ("HTTP/1.1 %d %s\r\n" % (status, reason)).encode("latin-1")


def header_block(hdrs):
    return "".join("%s: %s\r\n" % (k, v) for k, v in hdrs.items()).encode("latin-1") + b"\r\n"


# ---------------------------------------------------------------------------------------------
# Stream clients: one object per open stream connection, driven by its own thread.

class StreamClient:
    """The platform-neutral part of a stream connection: a queue of encoded messages filled by
    publish, orders from the control API (abort/close/mid, stall/resume) and a select() loop
    that writes, reads and sends heartbeats. Subclasses frame the bytes."""

    periodic_heartbeat = False      # True: every N s regardless of traffic; False: when idle

    def __init__(self, fake, conn, req, rng, index):
        self.fake = fake
        self.conn = conn
        self.sock = conn.sock
        self.path = req.path
        self.rng = rng
        self.index = index
        self.lock = threading.Lock()
        self.pending = deque()      # encoded messages not yet written
        self.action = None          # "abort" | "close" | "mid"
        self.stalled = False
        self.sent = 0               # messages written completely
        self.heartbeats = 0
        self.since = now_ms()
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        os.set_blocking(self.wake_w, False)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # -- called from other threads, under fake.lock -------------------------------------------

    def push(self, messages):
        with self.lock:
            self.pending.extend(messages)
        self._wake()

    def order(self, action):
        with self.lock:
            if action == "stall":
                self.stalled = True
            elif action == "resume":
                self.stalled = False
            else:
                self.action = action
        self._wake()

    def _wake(self):
        try:
            os.write(self.wake_w, b"x")
        except (BlockingIOError, OSError):
            pass

    def describe(self):
        return {"path": self.path, "since": self.since, "sent": self.sent,
                "heartbeats": self.heartbeats, "stalled": self.stalled}

    # -- the connection's own thread ------------------------------------------------------------

    def run(self):
        hb = self.fake.heartbeat
        next_hb = time.monotonic() + hb
        self._wake()                    # flush a replay backlog at once
        try:
            self.start()
            if self.conn.buf:
                if not self.on_bytes(bytes(self.conn.buf)):
                    return
                self.conn.buf.clear()
            while True:
                with self.lock:
                    stalled = self.stalled
                timeout = None if stalled else max(0.0, next_hb - time.monotonic())
                # Bytes TLS has already decrypted are invisible to select(): read them first.
                if isinstance(self.sock, ssl.SSLSocket) and self.sock.pending() > 0:
                    readable = [self.sock]
                else:
                    readable, _, _ = select.select([self.sock, self.wake_r], [], [], timeout)
                if self.wake_r in readable:
                    try:
                        while os.read(self.wake_r, 4096):
                            pass
                    except BlockingIOError:
                        pass
                if self.sock in readable:
                    data = self.sock.recv(65536)
                    if not data:
                        log("stream %d: client closed", self.index)
                        return
                    if not self.on_bytes(data):
                        return
                with self.lock:
                    action, stalled = self.action, self.stalled
                    batch = [] if stalled or action == "mid" else list(self.pending)
                    if batch:
                        self.pending.clear()
                    cut = self.pending.popleft() if action == "mid" and self.pending and not stalled else None
                if action == "abort":
                    log("stream %d: abort (RST)", self.index)
                    self.abort()
                    return
                if action == "close":
                    log("stream %d: clean close", self.index)
                    self.clean_close()
                    return
                if cut is not None:
                    log("stream %d: writing half a message, then abort", self.index)
                    self.write_half(cut)
                    self.abort()
                    return
                if stalled:
                    continue
                if batch:
                    self.write_batch(batch)
                    self.sent += len(batch)
                    if not self.periodic_heartbeat:
                        next_hb = time.monotonic() + hb
                if time.monotonic() >= next_hb:
                    self.write_heartbeat()
                    self.heartbeats += 1
                    next_hb = time.monotonic() + hb
        except (OSError, EOFError) as e:
            log("stream %d: connection ended: %s", self.index, e)
        finally:
            self.fake.unregister(self)
            os.close(self.wake_r)
            os.close(self.wake_w)

    def abort(self):
        """Close with an RST: SO_LINGER 0 makes close() drop the connection."""
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.sock.close()

    def split_points(self, messages):
        """Seeded chunk layout for a batch of messages: returns the cut offsets into their
        concatenation. A message end is kept as a cut only half the time (so chunks often hold
        two messages, or the end of one and the start of the next) and most messages get one
        or two cuts inside them."""
        cuts = set()
        pos = 0
        for m in messages:
            if len(m) > 2 and self.rng.random() < 0.7:
                for _ in range(self.rng.choice((1, 1, 2))):
                    cuts.add(pos + self.rng.randrange(1, len(m)))
            pos += len(m)
            if self.rng.random() < 0.5:
                cuts.add(pos)
        cuts.add(pos)
        return sorted(cuts)

    # Subclass hooks.
    def start(self):
        raise NotImplementedError

    def on_bytes(self, data):
        return True                   # HTTP streams: the client has nothing to say

    def write_batch(self, messages):
        raise NotImplementedError

    def write_half(self, message):
        raise NotImplementedError

    def write_heartbeat(self):
        raise NotImplementedError

    def clean_close(self):
        raise NotImplementedError


class ChunkedStream(StreamClient):
    """HTTP/1.1 chunked streams (X NDJSON, Mastodon SSE)."""

    content_type = "application/json"
    greeting = b""
    heartbeat_bytes = b"\r\n"

    def start(self):
        hdrs = {"Content-Type": self.content_type, "Transfer-Encoding": "chunked",
                "Cache-Control": "no-store", "Connection": "close"}
        hdrs.update(self.fake.stream_headers())
        self.sock.sendall(status_line(200) + header_block(hdrs))
        if self.greeting:
            self.send_chunk(self.greeting)

    def send_chunk(self, data):
        self.sock.sendall(b"%x\r\n" % len(data) + data + b"\r\n")

    def write_batch(self, messages):
        data = b"".join(messages)
        prev = 0
        delayed = False
        ends = set()
        pos = 0
        for m in messages:
            pos += len(m)
            ends.add(pos)
        for cut in self.split_points(messages):
            self.send_chunk(data[prev:cut])
            # One short pause after the first cut inside a message, so the reader's recv()
            # really sees a partial message instead of the kernel coalescing the chunks.
            if not delayed and cut not in ends and self.fake.split_delay > 0:
                time.sleep(self.fake.split_delay)
                delayed = True
            prev = cut

    def write_half(self, message):
        self.send_chunk(message[:max(1, len(message) // 2)])

    def write_heartbeat(self):
        self.send_chunk(self.heartbeat_bytes)

    def clean_close(self):
        self.sock.sendall(b"0\r\n\r\n")
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass


class XStream(ChunkedStream):
    content_type = "application/json; charset=utf-8"
    heartbeat_bytes = b"\r\n"


class MastodonStream(ChunkedStream):
    content_type = "text/event-stream"
    greeting = b":)\n"
    heartbeat_bytes = b":thump\n"
    periodic_heartbeat = True

    def __init__(self, fake, conn, req, rng, index, channel, tag):
        super().__init__(fake, conn, req, rng, index)
        self.channel = channel
        self.tag = tag

    def wants(self, event, payload):
        if event not in ("update", "status.update") or not isinstance(payload, dict):
            return True
        acct = str((payload.get("account") or {}).get("acct", ""))
        local = "@" not in acct
        if self.channel.endswith("local") and not local:
            return False
        if self.channel.endswith("remote") and local:
            return False
        if self.channel.startswith("hashtag"):
            names = [str(t.get("name", "")).lower() for t in payload.get("tags") or [] if isinstance(t, dict)]
            return self.tag.lower() in names
        return True


class JetstreamSocket(StreamClient):
    """RFC 6455 server side: unmasked text frames out, masked frames in; every N-th message is
    fragmented (sometimes with a ping between the fragments, as RFC 6455 5.4 allows); a ping
    every heartbeat whose pong is counted."""

    periodic_heartbeat = True

    def __init__(self, fake, conn, req, rng, index, accept, wanted):
        super().__init__(fake, conn, req, rng, index)
        self.accept = accept
        self.wanted = wanted
        self.every = rng.randint(2, 4)      # fragment every N-th message
        self.count = 0
        self.pings = 0
        self.pongs = 0
        self.rbuf = bytearray()
        self.closing = False

    def describe(self):
        d = super().describe()
        d.update(pings=self.pings, pongs=self.pongs, fragment_every=self.every,
                 wantedCollections=self.wanted)
        return d

    def wants(self, event):
        if event.get("kind") != "commit" or not self.wanted:
            return True
        coll = str((event.get("commit") or {}).get("collection", ""))
        for w in self.wanted:
            if w == coll or (w.endswith(".*") and coll.startswith(w[:-1])):
                return True
        return False

    def start(self):
        hdrs = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Accept": self.accept}
        self.sock.sendall(status_line(101) + header_block(hdrs))

    @staticmethod
    def frame(opcode, payload, fin=True):
        b0 = (0x80 if fin else 0) | opcode
        n = len(payload)
        if n < 126:
            head = struct.pack("!BB", b0, n)
        elif n < 65536:
            head = struct.pack("!BBH", b0, 126, n)
        else:
            head = struct.pack("!BBQ", b0, 127, n)
        return head + payload

    def frames_for(self, message):
        self.count += 1
        if self.count % self.every != 0 or len(message) < 2:
            return [self.frame(0x1, message)]
        pieces = min(len(message), self.rng.randint(2, 4))
        cuts = sorted(self.rng.sample(range(1, len(message)), pieces - 1))
        parts = [message[a:b] for a, b in zip([0] + cuts, cuts + [len(message)])]
        frames = []
        for i, part in enumerate(parts):
            frames.append(self.frame(0x1 if i == 0 else 0x0, part, fin=(i == len(parts) - 1)))
            if i < len(parts) - 1 and self.rng.random() < 0.3:
                frames.append(self.ping_frame())
        return frames

    def ping_frame(self):
        self.pings += 1
        return self.frame(0x9, b"fp%d" % self.pings)

    def write_batch(self, messages):
        for m in messages:
            for f in self.frames_for(m):
                self.sock.sendall(f)

    def write_half(self, message):
        data = b"".join(self.frames_for(message))
        self.sock.sendall(data[:max(1, len(data) // 2)])

    def write_heartbeat(self):
        self.sock.sendall(self.ping_frame())

    def clean_close(self):
        self.send_close(1001, b"server going away")
        deadline = time.monotonic() + 2.0
        while not self.closing and time.monotonic() < deadline:
            r, _, _ = select.select([self.sock], [], [], max(0.0, deadline - time.monotonic()))
            if not r:
                break
            data = self.sock.recv(65536)
            if not data or not self.on_bytes(data):
                break
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def send_close(self, code, reason=b""):
        self.sock.sendall(self.frame(0x8, struct.pack("!H", code) + reason[:120]))

    def on_bytes(self, data):
        """Parse client frames; False ends the connection."""
        self.rbuf += data
        while True:
            if len(self.rbuf) < 2:
                return True
            b0, b1 = self.rbuf[0], self.rbuf[1]
            opcode, masked, n = b0 & 0x0F, b1 & 0x80, b1 & 0x7F
            off = 2
            if n == 126:
                if len(self.rbuf) < 4:
                    return True
                n = struct.unpack("!H", self.rbuf[2:4])[0]
                off = 4
            elif n == 127:
                if len(self.rbuf) < 10:
                    return True
                n = struct.unpack("!Q", self.rbuf[2:10])[0]
                off = 10
            if b0 & 0x70 or not masked or (opcode >= 0x8 and (n > 125 or not b0 & 0x80)):
                log("stream %d: protocol error from client (b0=%#x b1=%#x)", self.index, b0, b1)
                self.send_close(1002, b"protocol error")
                return False
            if n > MAX_WS_FRAME:
                self.send_close(1009, b"frame too big")
                return False
            if len(self.rbuf) < off + 4 + n:
                return True
            mask = self.rbuf[off:off + 4]
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self.rbuf[off + 4:off + 4 + n]))
            del self.rbuf[:off + 4 + n]
            if opcode == 0x8:
                log("stream %d: client sent close", self.index)
                if not self.closing:
                    self.closing = True
                    try:
                        self.send_close(struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1000)
                    except OSError:
                        pass
                return False
            if opcode == 0x9:
                self.sock.sendall(self.frame(0xA, payload))
            elif opcode == 0xA:
                self.pongs += 1
            elif opcode == 0x1 and b0 & 0x80:
                self.on_text(payload)

    def on_text(self, payload):
        """Legacy options_update: replaces wantedCollections."""
        try:
            msg = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return
        if isinstance(msg, dict) and msg.get("type") == "options_update":
            wc = (msg.get("payload") or {}).get("wantedCollections")
            if isinstance(wc, list):
                with self.fake.lock:
                    self.wanted = [str(w) for w in wc][:100]
                log("stream %d: options_update wantedCollections=%s", self.index, self.wanted)


# ---------------------------------------------------------------------------------------------
# The platforms.

class Fake:
    """State shared by every kind: published log, stream clients, attempts, injected failures."""

    kind = "?"
    default_heartbeat = 20.0

    def __init__(self, args):
        self.lock = threading.RLock()
        self.token = args.token
        self.heartbeat = args.heartbeat if args.heartbeat is not None else self.default_heartbeat
        self.seed = args.seed
        self.split_delay = args.split_delay_ms / 1000.0
        self.max_connections = args.max_connections
        self.clients = []
        self.attempts = []
        self.fails = {}               # target -> {"status","count","body","headers"}
        self.published = 0
        self.stream_index = 0
        self.port = 0
        self.tls_errors = []          # handshakes that failed: {"t", "error"}, newest last
        self.tls_handshakes = 0       # handshakes that succeeded

    # -- helpers for subclasses -------------------------------------------------------------

    def auth_ok(self, req):
        got = req.headers.get("authorization")
        if self.token is None:
            return got is not None
        return got == "Bearer " + self.token

    def record(self, req, status, auth):
        with self.lock:
            self.attempts.append({"t": now_ms(), "path": req.path, "query": req.raw_query,
                                  "status": status, "auth": auth})
            del self.attempts[:-MAX_ATTEMPTS_KEPT]

    def take_fail(self, target):
        with self.lock:
            f = self.fails.get(target)
            if not f or f["count"] <= 0:
                return None
            f["count"] -= 1
            return f

    def gate(self, req, conn, target, check_auth=True):
        """Injected failure, then auth. Returns True when the request may go on; otherwise the
        error response has been sent and recorded."""
        auth = self.auth_ok(req)
        f = self.take_fail(target)
        if f:
            body = f["body"] if f["body"] is not None else self.error_body(f["status"])
            hdrs = self.error_headers(f["status"])
            hdrs.update(f["headers"])
            self.record(req, f["status"], auth)
            log("%s %s -> injected %d", req.method, req.path, f["status"])
            conn.respond(f["status"], body, hdrs, close=True)
            return False
        if check_auth and self.token is not None and not auth:
            self.record(req, 401, False)
            conn.respond(401, self.error_body(401), self.error_headers(401), close=True)
            return False
        return True

    def error_headers(self, status):
        return {}

    def stream_headers(self):
        return {}

    def open_stream(self, client_factory, req, conn, replay=None):
        """Registers a stream client atomically with its replay backlog, then runs it."""
        with self.lock:
            self.stream_index += 1
            index = self.stream_index
            rng = random.Random("%s:%d" % (self.seed, index))
            client = client_factory(rng, index)
            if replay:
                client.pending.extend(replay(client))
            self.clients.append(client)
        self.record(req, 101 if isinstance(client, JetstreamSocket) else 200, self.auth_ok(req))
        log("stream %d: open %s (%d queued)", index, req.target, len(client.pending))
        client.run()

    def unregister(self, client):
        with self.lock:
            if client in self.clients:
                self.clients.remove(client)

    # -- control API --------------------------------------------------------------------------

    def control(self, req, conn):
        name = req.path[len("/_ctl/"):]
        if name == "state" and req.method == "GET":
            with self.lock:
                state = {"kind": self.kind, "connections": len(self.clients),
                         "attempts": list(self.attempts), "published": self.published,
                         "rules": self.rules_list(),
                         "clients": [c.describe() for c in self.clients],
                         "tls_errors": list(self.tls_errors),
                         "tls_handshakes": self.tls_handshakes}
            return conn.respond(200, state)
        if req.method != "POST":
            raise HttpError(405, {"error": "control endpoints are POST (state is GET)"})
        if name == "publish":
            items = req.json_body()
            if not isinstance(items, list):
                raise HttpError(400, {"error": "publish takes a JSON array"})
            with self.lock:
                ids = [self.publish_one(item) for item in items]
                self.published += len(items)
            log("published %d", len(ids))
            return conn.respond(200, {"ids": ids})
        if name == "disconnect":
            mode = req.arg("mode", "abort")
            if mode not in ("abort", "close", "mid"):
                raise HttpError(400, {"error": "mode must be abort, close or mid"})
            return conn.respond(200, {"clients": self.order_all(mode)})
        if name in ("stall", "resume"):
            return conn.respond(200, {"clients": self.order_all(name)})
        if name == "fail":
            spec = req.json_body() or {}
            if not isinstance(spec, dict):
                raise HttpError(400, {"error": "fail takes a JSON object"})
            target = req.arg("path", spec.get("path", "stream"))
            if target not in ("stream", "search", "rules", "timeline"):
                raise HttpError(400, {"error": "path must be stream, search, rules or timeline"})
            try:
                status = int(spec.get("status", 503))
                count = int(spec.get("count", 1))
            except (TypeError, ValueError):
                raise HttpError(400, {"error": "status and count are integers"})
            headers = spec.get("headers") or {}
            if not isinstance(headers, dict) or not 100 <= status <= 599:
                raise HttpError(400, {"error": "bad fail spec"})
            with self.lock:
                self.fails[target] = {"status": status, "count": count, "body": spec.get("body"),
                                      "headers": {str(k): str(v) for k, v in headers.items()}}
            return conn.respond(200, {"ok": True, "path": target})
        raise HttpError(404, {"error": "unknown control endpoint %s" % name})

    def order_all(self, action):
        with self.lock:
            for c in self.clients:
                c.order(action)
            n = len(self.clients)
        log("%s -> %d stream client(s)", action, n)
        return n

    def rules_list(self):
        return []


class XFake(Fake):
    kind = "x"
    default_heartbeat = 20.0
    FIRST_POST_ID = 1860000000000000000
    FIRST_RULE_ID = 1870000000000000000

    def __init__(self, args):
        super().__init__(args)
        self.next_post_id = self.FIRST_POST_ID
        self.next_rule_id = self.FIRST_RULE_ID
        self.rules = []               # {"id","value","tag"?}
        self.posts = []               # {"id": int, "msg": dict, "values": set, "at": datetime}
        self.search_remaining = 450

    def rules_list(self):
        return [dict(r) for r in self.rules]

    def error_body(self, status):
        if status == 401:
            return {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
        if status == 429:
            return {"title": "ConnectionException",
                    "detail": "This stream is currently at the maximum allowed connection limit.",
                    "connection_issue": "TooManyConnections",
                    "type": "https://api.x.com/2/problems/streaming-connection"}
        phrase = status_line(status).decode().split(" ", 2)[2].strip()
        return {"title": phrase, "type": "about:blank", "status": status, "detail": phrase}

    def error_headers(self, status):
        if status == 429:
            return {"x-rate-limit-limit": "50", "x-rate-limit-remaining": "0",
                    "x-rate-limit-reset": str(int(time.time()) + 900)}
        return {}

    def route(self, req, conn):
        if req.path == "/2/tweets/search/stream" and req.method == "GET":
            if not self.gate(req, conn, "stream"):
                return False
            if self.max_connections and len(self.clients) >= self.max_connections:
                self.record(req, 429, True)
                conn.respond(429, self.error_body(429), self.error_headers(429), close=True)
                return False
            self.open_stream(lambda rng, i: XStream(self, conn, req, rng, i), req, conn)
            return False
        if req.path == "/2/tweets/search/stream/rules":
            if not self.gate(req, conn, "rules"):
                return False
            self.record(req, 200, True)
            if req.method == "GET":
                return conn.respond(200, self.get_rules(req))
            if req.method == "POST":
                return conn.respond(200, self.post_rules(req))
            raise HttpError(405, self.error_body(405))
        if req.path == "/2/tweets/search/recent" and req.method == "GET":
            if not self.gate(req, conn, "search"):
                return False
            status, body = self.search(req)
            self.record(req, status, True)
            with self.lock:
                self.search_remaining = max(0, self.search_remaining - 1)
                hdrs = {"x-rate-limit-limit": "450", "x-rate-limit-remaining": str(self.search_remaining),
                        "x-rate-limit-reset": str(int(time.time()) + 900)}
            return conn.respond(status, body, hdrs)
        self.record(req, 404, self.auth_ok(req))
        raise HttpError(404, {"title": "Not Found Error", "type": "about:blank", "status": 404,
                              "detail": "no such endpoint: %s %s" % (req.method, req.path)})

    # -- publish ------------------------------------------------------------------------------

    def publish_one(self, msg):
        if not isinstance(msg, dict):
            raise HttpError(400, {"error": "an X stream message is a JSON object"})
        data = msg.get("data")
        values = set()
        if isinstance(data, dict):
            if "id" in data:
                try:
                    self.next_post_id = max(self.next_post_id, int(data["id"]) + 1)
                except (TypeError, ValueError):
                    pass
            else:
                data["id"] = str(self.next_post_id)
                self.next_post_id += 1
            data.setdefault("created_at", iso_ms(datetime.now(timezone.utc)))
            for mr in msg.get("matching_rules") or []:
                if not isinstance(mr, dict):
                    continue
                rule = None
                if "id" in mr:
                    rule = next((r for r in self.rules if r["id"] == str(mr["id"])), None)
                elif "tag" in mr:
                    rule = next((r for r in self.rules if r.get("tag") == mr["tag"]), None)
                    if rule:
                        mr["id"] = rule["id"]
                    else:
                        log("publish: no current rule has tag %r", mr["tag"])
                if rule:
                    values.add(rule["value"])
            try:
                pid = int(data["id"])
            except (TypeError, ValueError):
                pid = -1
            at = parse_rfc3339(str(data.get("created_at"))) or datetime.now(timezone.utc)
            self.posts.append({"id": pid, "msg": msg, "values": values, "at": at})
        line = jdump(msg) + b"\r\n"
        for c in self.clients:
            c.push([line])
        return data.get("id") if isinstance(data, dict) else None

    # -- rules --------------------------------------------------------------------------------

    @staticmethod
    def rule_problem(value):
        """Why a rule value is invalid, or None. Deliberately small: the checks a test needs."""
        if not isinstance(value, str) or not value.strip():
            return "Rule value must not be empty"
        if len(value) > 1024:
            return "Rule length exceeds 1024 characters"
        if value.count('"') % 2:
            return "Unbalanced quotes in rule"
        depth = 0
        quoted = False
        for ch in value:
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch == "(":
                depth += 1
            elif not quoted and ch == ")":
                depth -= 1
                if depth < 0:
                    break
        if depth:
            return "Unbalanced parentheses in rule"
        if re.search(r"\bINVALIDOP\b", value):
            return "Reference to invalid operator 'INVALIDOP'. Operator is not available in current product or product packaging."
        return None

    def sent(self):
        return iso_ms(datetime.now(timezone.utc))

    def get_rules(self, req):
        with self.lock:
            rules = self.rules_list()
        ids = req.arg("ids")
        if ids:
            wanted = set(ids.split(","))
            rules = [r for r in rules if r["id"] in wanted]
        body = {"meta": {"sent": self.sent(), "result_count": len(rules)}}
        if rules:
            body["data"] = rules
        return body

    def post_rules(self, req):
        dry = req.arg("dry_run", "false").lower() == "true"
        delete_all = req.arg("delete_all", "false").lower() == "true"
        body = req.json_body()
        invalid_request = {"title": "Invalid Request", "detail": "One or more parameters to your request was invalid.",
                           "type": "https://api.x.com/2/problems/invalid-request"}
        with self.lock:
            if delete_all:
                n = len(self.rules)
                if not dry:
                    self.rules = []
                return {"meta": {"sent": self.sent(), "summary": {"deleted": n, "not_deleted": 0}}}
            if not isinstance(body, dict) or ("add" in body) == ("delete" in body):
                raise HttpError(400, dict(invalid_request, errors=[
                    {"message": "exactly one of 'add' or 'delete' is required"}]))
            if "add" in body:
                adds = body["add"]
                if not isinstance(adds, list) or not all(isinstance(a, dict) for a in adds):
                    raise HttpError(400, dict(invalid_request, errors=[{"message": "'add' must be an array of rules"}]))
                created, errors = [], []
                seen = {r["value"]: r["id"] for r in self.rules}
                next_id = self.next_rule_id
                for a in adds:
                    value = a.get("value")
                    problem = self.rule_problem(value)
                    if problem:
                        errors.append({"value": value, "details": [problem], "title": "UnprocessableEntity",
                                       "type": "https://api.x.com/2/problems/invalid-rules"})
                        continue
                    if value in seen:
                        errors.append({"value": value, "id": seen[value], "title": "DuplicateRule",
                                       "type": "https://api.x.com/2/problems/duplicate-rules"})
                        continue
                    rule = {"id": str(next_id), "value": value}
                    next_id += 1
                    if "tag" in a and a["tag"] is not None:
                        rule["tag"] = str(a["tag"])
                    seen[value] = rule["id"]
                    created.append(rule)
                if not dry:
                    self.rules.extend(created)
                    self.next_rule_id = next_id
                out = {"meta": {"sent": self.sent(), "summary": {
                    "created": len(created), "not_created": len(errors),
                    "valid": len(created), "invalid": len(errors)}}}
                if created:
                    out["data"] = created
                if errors:
                    out["errors"] = errors
                return out
            delete = body["delete"]
            ids = delete.get("ids") if isinstance(delete, dict) else None
            values = delete.get("values") if isinstance(delete, dict) else None
            if not isinstance(ids, list) and not isinstance(values, list):
                raise HttpError(400, dict(invalid_request, errors=[{"message": "'delete' needs 'ids'"}]))
            keys = [("id", str(i)) for i in ids or []] + [("value", v) for v in values or []]
            deleted, errors = 0, []
            remaining = list(self.rules)
            for field, key in keys:
                rule = next((r for r in remaining if r[field] == key), None)
                if rule:
                    remaining.remove(rule)
                    deleted += 1
                else:
                    errors.append({"title": "RuleNotFound", field: key, "detail": "Rule does not exist",
                                   "type": "https://api.x.com/2/problems/resource-not-found"})
            if not dry:
                self.rules = remaining
            out = {"meta": {"sent": self.sent(), "summary": {"deleted": deleted, "not_deleted": len(errors)}}}
            if errors:
                out["errors"] = errors
            return out

    # -- recent search ------------------------------------------------------------------------

    def search(self, req):
        def invalid(param, value, message):
            return 400, {"errors": [{"parameters": {param: [value]}, "message": message}],
                         "title": "Invalid Request",
                         "detail": "One or more parameters to your request was invalid.",
                         "type": "https://api.x.com/2/problems/invalid-request"}

        query = req.arg("query")
        if not query:
            return invalid("query", "", "The `query` query parameter can not be empty")
        raw_max = req.arg("max_results", "10")
        try:
            max_results = int(raw_max)
        except ValueError:
            max_results = -1
        if not 10 <= max_results <= 100:
            return invalid("max_results", raw_max,
                           "The `max_results` query parameter value [%s] is not between 10 and 100" % raw_max)
        bounds = {}
        for p in ("since_id", "until_id"):
            v = req.arg(p)
            if v is not None:
                if not v.isdigit():
                    return invalid(p, v, "The `%s` query parameter value [%s] is not valid" % (p, v))
                bounds[p] = int(v)
        for p in ("start_time", "end_time"):
            v = req.arg(p)
            if v is not None:
                t = parse_rfc3339(v)
                if t is None:
                    return invalid(p, v, "Invalid date format for `%s`" % p)
                bounds[p] = t
        token = req.arg("next_token") or req.arg("pagination_token")
        below = None
        if token:
            if not re.fullmatch(r"b[0-9]+", token):
                return invalid("next_token", token, "The `next_token` query parameter value [%s] is not valid" % token)
            below = int(token[1:])
        with self.lock:
            hits = [p for p in self.posts if query in p["values"]
                    and p["id"] > bounds.get("since_id", -1)
                    and ("until_id" not in bounds or p["id"] < bounds["until_id"])
                    and ("start_time" not in bounds or p["at"] >= bounds["start_time"])
                    and ("end_time" not in bounds or p["at"] < bounds["end_time"])
                    and (below is None or p["id"] < below)]
        hits.sort(key=lambda p: p["id"], reverse=True)
        page, more = hits[:max_results], len(hits) > max_results
        meta = {"result_count": len(page)}
        body = {}
        if page:
            body["data"] = [p["msg"]["data"] for p in page]
            includes = {}
            for p in page:
                for key, items in (p["msg"].get("includes") or {}).items():
                    if not isinstance(items, list):
                        continue
                    have = includes.setdefault(key, [])
                    for it in items:
                        ident = it.get("id", it.get("media_key")) if isinstance(it, dict) else None
                        if ident is None or all((h.get("id", h.get("media_key")) != ident) for h in have):
                            have.append(it)
            if includes:
                body["includes"] = includes
            meta["newest_id"] = str(page[0]["id"])
            meta["oldest_id"] = str(page[-1]["id"])
            if more:
                meta["next_token"] = "b%d" % page[-1]["id"]
        body["meta"] = meta
        return 200, body


class MastodonFake(Fake):
    kind = "mastodon"
    default_heartbeat = 15.0
    FIRST_STATUS_ID = 113500000000000000
    CHANNELS = {"/api/v1/streaming/public": "public", "/api/v1/streaming/public/local": "public:local",
                "/api/v1/streaming/public/remote": "public:remote", "/api/v1/streaming/hashtag": "hashtag",
                "/api/v1/streaming/hashtag/local": "hashtag:local"}
    RATE_LIMIT = 300
    RATE_WINDOW = 300.0

    def __init__(self, args):
        super().__init__(args)
        self.next_id = self.FIRST_STATUS_ID
        self.timeline = {}            # int id -> latest Status
        self.rate_remaining = self.RATE_LIMIT
        self.rate_reset = time.time() + self.RATE_WINDOW

    def error_body(self, status):
        if status == 401:
            return {"error": "The access token is invalid"}
        if status == 429:
            return {"error": "Too many requests"}
        return {"error": status_line(status).decode().split(" ", 2)[2].strip()}

    def route(self, req, conn):
        if req.path == "/api/v1/streaming/health":
            return conn.respond(200, b"OK", {"Content-Type": "text/plain"})
        if req.path.startswith("/api/v1/streaming"):
            channel = self.CHANNELS.get(req.path)
            if channel is None or req.method != "GET":
                self.record(req, 400, self.auth_ok(req))
                raise HttpError(400, {"error": "Unknown channel requested"})
            tag = req.arg("tag", "")
            if channel.startswith("hashtag") and not tag:
                self.record(req, 400, self.auth_ok(req))
                raise HttpError(400, {"error": "Missing tag name parameter"})
            if not self.gate(req, conn, "stream"):
                return False
            self.open_stream(lambda rng, i: MastodonStream(self, conn, req, rng, i, channel, tag), req, conn)
            return False
        if req.path == "/api/v1/timelines/public" and req.method == "GET":
            if not self.gate(req, conn, "timeline"):
                return False
            return self.timeline_page(req, conn)
        self.record(req, 404, self.auth_ok(req))
        raise HttpError(404, {"error": "Record not found"})

    def publish_one(self, item):
        if not isinstance(item, dict) or not isinstance(item.get("event"), str):
            raise HttpError(400, {"error": "a Mastodon publish item is {\"event\":…,\"payload\":…}"})
        event, payload = item["event"], item.get("payload")
        if event in ("update", "status.update"):
            if not isinstance(payload, dict):
                raise HttpError(400, {"error": "%s needs a Status object" % event})
            if "id" in payload:
                try:
                    self.next_id = max(self.next_id, int(payload["id"]) + 1)
                except (TypeError, ValueError):
                    pass
                payload["id"] = str(payload["id"])
            else:
                payload["id"] = str(self.next_id)
                self.next_id += 1
            acct = str((payload.get("account") or {}).get("acct") or "anonymous")
            url = "https://fake.social/users/%s/statuses/%s" % (acct, payload["id"])
            payload.setdefault("uri", url)
            payload.setdefault("url", url)
            payload.setdefault("created_at", iso_ms(datetime.now(timezone.utc)))
            try:
                key = int(payload["id"])
            except ValueError:
                key = None
            if key is not None and (event == "update" or key in self.timeline):
                self.timeline[key] = payload
            data = jdump(payload)
            ident = payload["id"]
        elif event == "delete":
            ident = str(payload)
            try:
                self.timeline.pop(int(ident), None)
            except ValueError:
                pass
            data = ident.encode("utf-8")
        else:                          # other events pass through for robustness tests
            ident = None
            data = payload.encode("utf-8") if isinstance(payload, str) else jdump(payload)
        message = b"event: " + event.encode("utf-8") + b"\ndata: " + data + b"\n\n"
        for c in self.clients:
            if c.wants(event, payload):
                c.push([message])
        return ident

    def rate_limit(self):
        """Mastodon's 300 requests / 5 min; returns (headers, exhausted)."""
        with self.lock:
            now = time.time()
            if now >= self.rate_reset:
                self.rate_remaining = self.RATE_LIMIT
                self.rate_reset = now + self.RATE_WINDOW
            exhausted = self.rate_remaining == 0
            if not exhausted:
                self.rate_remaining -= 1
            reset = datetime.fromtimestamp(self.rate_reset, timezone.utc)
            return ({"X-RateLimit-Limit": str(self.RATE_LIMIT),
                     "X-RateLimit-Remaining": str(self.rate_remaining),
                     "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}, exhausted)

    def timeline_page(self, req, conn):
        hdrs, exhausted = self.rate_limit()
        if exhausted:
            self.record(req, 429, self.auth_ok(req))
            return conn.respond(429, self.error_body(429), hdrs)
        try:
            limit = int(req.arg("limit", "20"))
        except ValueError:
            limit = 20
        limit = max(1, min(40, limit))
        ids = {}
        for p in ("min_id", "max_id", "since_id"):
            v = req.arg(p)
            if v:
                try:
                    ids[p] = int(v)
                except ValueError:
                    self.record(req, 400, self.auth_ok(req))
                    return conn.respond(400, {"error": "%s must be an id" % p}, hdrs)
        local = req.arg("local", "false").lower() == "true"
        remote = req.arg("remote", "false").lower() == "true"
        with self.lock:
            rows = sorted(self.timeline.items())
        rows = [(k, s) for k, s in rows
                if (not local or "@" not in str((s.get("account") or {}).get("acct", "")))
                and (not remote or "@" in str((s.get("account") or {}).get("acct", "")))
                and k > ids.get("since_id", -1) and k > ids.get("min_id", -1)
                and ("max_id" not in ids or k < ids["max_id"])]
        if "min_id" in ids:
            page = rows[:limit]        # the page right after min_id, oldest first ...
        else:
            page = rows[-limit:]       # ... otherwise the newest page
        page.reverse()                 # always served newest first
        if page:
            keep = {k: v for k, v in ((p, req.arg(p)) for p in ("limit", "local", "remote", "only_media")) if v}
            base = "http://%s/api/v1/timelines/public?" % req.headers.get("host", "127.0.0.1:%d" % self.port)
            nxt = base + urllib.parse.urlencode(dict(keep, max_id=page[-1][0]))
            prv = base + urllib.parse.urlencode(dict(keep, min_id=page[0][0]))
            hdrs["Link"] = '<%s>; rel="next", <%s>; rel="prev"' % (nxt, prv)
        self.record(req, 200, self.auth_ok(req))
        return conn.respond(200, [s for _, s in page], hdrs)


class JetstreamFake(Fake):
    kind = "jetstream"
    default_heartbeat = 30.0

    def __init__(self, args):
        super().__init__(args)
        self.events = []              # (time_us, cursor, encoded, event)
        self.last_time_us = 0
        self.next_cursor = 1

    def error_body(self, status):
        return {"error": status_line(status).decode().split(" ", 2)[2].strip()}

    def route(self, req, conn):
        if req.path != "/subscribe":
            self.record(req, 404, self.auth_ok(req))
            raise HttpError(404, {"error": "Not Found"})
        if not self.gate(req, conn, "stream", check_auth=False):
            return False
        h = req.headers
        key = h.get("sec-websocket-key", "")
        try:
            key_ok = len(base64.b64decode(key, validate=True)) == 16
        except ValueError:
            key_ok = False
        problem = None
        if req.method != "GET":
            problem = "method must be GET"
        elif h.get("upgrade", "").lower() != "websocket":
            problem = "Upgrade: websocket required"
        elif "upgrade" not in [t.strip().lower() for t in h.get("connection", "").split(",")]:
            problem = "Connection: Upgrade required"
        elif not key_ok:
            problem = "Sec-WebSocket-Key must be 16 base64-encoded bytes"
        if problem:
            self.record(req, 400, self.auth_ok(req))
            raise HttpError(400, {"error": problem})
        if h.get("sec-websocket-version") != "13":
            self.record(req, 426, self.auth_ok(req))
            conn.respond(426, {"error": "Sec-WebSocket-Version 13 required"},
                         {"Sec-WebSocket-Version": "13"}, close=True)
            return False
        wanted = [w for w in req.query.get("wantedCollections", []) if w]
        if len(wanted) > 100:
            self.record(req, 400, self.auth_ok(req))
            raise HttpError(400, {"error": "too many wantedCollections (max 100)"})
        cursor = req.arg("cursor")
        try:
            cursor = int(cursor) if cursor else None
        except ValueError:
            self.record(req, 400, self.auth_ok(req))
            raise HttpError(400, {"error": "cursor must be an integer"})
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode("ascii")).digest()).decode("ascii")

        def backlog(client):
            # Under the lock, together with registration: nothing is lost or sent twice
            # between the replay and the live tail.
            if not cursor or cursor <= 0:
                return []
            if cursor >= 10 ** 15:      # legacy: unix microseconds
                evs = sorted((e for e in self.events if e[0] >= cursor), key=lambda e: e[0])
            else:                       # v2: instance sequence number, inclusive
                evs = [e for e in self.events if e[1] >= cursor]
            return [e[2] for e in evs if client.wants(e[3])]

        self.open_stream(lambda rng, i: JetstreamSocket(self, conn, req, rng, i, accept, wanted),
                         req, conn, replay=backlog)
        return False

    def publish_one(self, event):
        if not isinstance(event, dict):
            raise HttpError(400, {"error": "a Jetstream event is a JSON object"})
        if isinstance(event.get("time_us"), int):
            self.last_time_us = max(self.last_time_us, event["time_us"])
        else:
            self.last_time_us = max(int(time.time() * 1e6), self.last_time_us + 1)
            event["time_us"] = self.last_time_us
        if isinstance(event.get("cursor"), int):
            self.next_cursor = max(self.next_cursor, event["cursor"] + 1)
        else:
            event["cursor"] = self.next_cursor
            self.next_cursor += 1
        encoded = jdump(event)
        self.events.append((event["time_us"], event["cursor"], encoded, event))
        for c in self.clients:
            if c.wants(event):
                c.push([encoded])
        return event["time_us"]


# ---------------------------------------------------------------------------------------------
# Server plumbing.

TLS_HANDSHAKE_TIMEOUT = 10.0


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        fake = self.server.fake
        sock = self.request
        if self.server.tls is not None:
            # The handshake runs here, in the connection's thread, not in the accept loop: a
            # client that refuses the certificate (or stalls) holds up nobody else.
            sock.settimeout(TLS_HANDSHAKE_TIMEOUT)
            try:
                sock = self.server.tls.wrap_socket(sock, server_side=True)
            except (ssl.SSLError, OSError) as e:
                log("TLS handshake failed: %s", e)
                with fake.lock:
                    fake.tls_errors.append({"t": now_ms(), "error": str(e)})
                    del fake.tls_errors[:-MAX_ATTEMPTS_KEPT]
                return
            sock.settimeout(None)
            with fake.lock:
                fake.tls_handshakes += 1
        try:
            self.serve(fake, Conn(sock))
        finally:
            if sock is not self.request:
                try:
                    sock.close()
                except OSError:
                    pass

    def serve(self, fake, conn):
        while True:
            try:
                req = conn.read_request()
            except HttpError as e:
                self._try(conn.respond, e.status, e.body, e.headers, True)
                return
            except (OSError, EOFError):
                return
            if req is None:
                return
            log("%s %s", req.method, req.target)
            close = req.headers.get("connection", "").lower() == "close"
            try:
                if req.path.startswith("/_ctl/"):
                    fake.control(req, conn)
                    keep = True
                else:
                    keep = fake.route(req, conn) is not False
            except HttpError as e:
                self._try(conn.respond, e.status, e.body, e.headers, close)
                keep = True
            except (OSError, EOFError) as e:
                log("connection error: %s", e)
                return
            if not keep or close:
                return

    @staticmethod
    def _try(fn, *args):
        try:
            fn(*args)
        except OSError:
            pass


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main(argv=None):
    ap = argparse.ArgumentParser(description="Fake X / Mastodon / Jetstream server for earshot tests")
    ap.add_argument("--kind", required=True, choices=("x", "mastodon", "jetstream"))
    ap.add_argument("--port-file", required=True, help="written atomically with the port once listening")
    ap.add_argument("--token", help="require Authorization: Bearer TOKEN (x, mastodon)")
    ap.add_argument("--heartbeat", type=float, help="seconds (default x 20, mastodon 15, jetstream 30)")
    ap.add_argument("--seed", type=int, default=1, help="chunk split / fragmentation seed")
    ap.add_argument("--split-delay-ms", type=float, default=1.0,
                    help="pause after the first in-message chunk cut of a batch (0 for benchmarks)")
    ap.add_argument("--max-connections", type=int, default=0,
                    help="x: concurrent streams allowed before 429 TooManyConnections (0 = no limit)")
    ap.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"),
                    help="serve TLS (https, wss) with this PEM certificate chain and key")
    args = ap.parse_args(argv)
    if args.heartbeat is not None and args.heartbeat <= 0:
        ap.error("--heartbeat must be > 0")
    tls = None
    if args.tls:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            tls.load_cert_chain(args.tls[0], args.tls[1])
        except (OSError, ssl.SSLError) as e:
            ap.error("--tls: %s" % e)
    fake = {"x": XFake, "mastodon": MastodonFake, "jetstream": JetstreamFake}[args.kind](args)
    server = Server(("127.0.0.1", 0), Handler)
    server.fake = fake
    server.tls = tls
    fake.port = server.server_address[1]
    tmp = "%s.tmp.%d" % (args.port_file, os.getpid())
    with open(tmp, "w") as f:
        f.write("%d\n" % fake.port)
    os.replace(tmp, args.port_file)
    log("%s listening on 127.0.0.1:%d%s (heartbeat %gs, seed %d)", args.kind, fake.port,
        " with TLS" if tls else "", fake.heartbeat, args.seed)

    def on_term(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    server.serve_forever(poll_interval=0.2)
    server.server_close()
    log("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
