"""A local DarkAI-compatible server: real sockets, chunked Server-Sent Events.

The tests, the benchmark and anyone trying the plugin offline use it. By default it
answers every prompt by echoing the query back in small chunks; a test scripts the
next answers with `Reply(...)`, whose text may be computed from the query (to play a
model that follows the tool protocol), including ways to misbehave on purpose: error
statuses and pages, a connection cut mid-stream, a stall, an endless line.

Run it on its own:  python tests/darkai_server.py --port 8765
then:               LLM_DARKAI_URL=http://127.0.0.1:8765/chat llm -m darkai "Hello"

Its flags make every answer misbehave as a `Reply` field would (`--help` lists
them), and `--play` makes it stand in for a model that follows the plugin's tool
and schema instructions (see stand_in.py): a stand-in, not a model.
"""

import argparse
import json
import os
import re
import socket
import ssl
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise


def sse(event):
    return b"data: " + json.dumps(event).encode() + b"\n\n"


def text_event(text):
    return sse({"event": "text-chunk", "data": {"text": text}})


STREAM_END = sse({"event": "stream-end"})


def echo_chunks(model, query):
    """The default answer: the query said back, a word at a time."""
    return words(f"{model} heard: {query}")


def words(text):
    return re.findall(r"\S+\s*", text)


def in_pieces(text, count):
    """`text` in `count` pieces of about the same length (fewer if it is shorter)."""
    cuts = [len(text) * index // count for index in range(count + 1)]
    return [text[a:b] for a, b in pairwise(cuts) if a < b]


KEEP_ALIVE_GAP = 0.2  # seconds between keep-alive comments


@dataclass
class Reply:
    """What the server does with one request."""

    # text-chunk events; None echoes the query; a callable is given the query and
    # returns them (or None, to echo), so a test can play a model that follows
    # the tool protocol
    chunks: list | Callable | None = None
    chunk_count: int | None = None  # the answer's text re-cut into this many
    end: bool = True  # send stream-end after the chunks
    status: int = 200
    headers: dict = field(default_factory=dict)
    body: bytes | None = None  # sent as is, instead of events
    piece_size: int = 1 << 16  # `body` goes out in chunked pieces of this size
    delay: float = 0.0  # seconds between events
    hold_after: int | None = None  # events sent before waiting for `release`
    in_steps: bool = False  # each event after the first waits for `next_event`
    cut_after: int | None = None  # events sent before the connection is dropped
    stall: float = 0.0  # seconds of silence after the chunks, before the end
    keep_alive: int = 0  # comment lines sent KEEP_ALIVE_GAP apart before any event
    endless_line: bool = False  # one `data:` line that never ends


@dataclass
class Request:
    method: str
    path: str
    headers: dict
    body: bytes
    peer: tuple  # the client's address and port: one per connection

    @property
    def json(self):
        return json.loads(self.body)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the concurrency tests connect 110 clients at once


class DarkAIServer:
    def __init__(self, host="127.0.0.1", port=0, tls=None, default=None, show=None):
        self.default = default or Reply()  # the answer when none is scripted
        self.show = show  # called with each Request as it arrives, if given
        self.replies = deque()
        self.requests = []
        self.release = threading.Event()
        self.next_event = threading.Semaphore(0)  # one release per event, in steps
        self.httpd = _HTTPServer((host, port), _Handler)
        self.httpd.darkai = self
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls else "http"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.httpd.server_address[:2]
        return f"{self.scheme}://{host}:{port}/chat"

    def script(self, *replies):
        self.replies.extend(replies)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # each event leaves at once, as SSE servers do

    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except ConnectionResetError:
            pass  # a client may hang up on a kept-alive connection at any time

    def do_POST(self):
        server = self.server.darkai
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = Request("POST", self.path, headers, body, self.client_address)
        server.requests.append(request)
        if server.show:
            server.show(request)
        reply = server.replies.popleft() if server.replies else server.default
        try:
            self.answer(server, reply, request)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            self.close_connection = True

    def answer(self, server, reply, request):
        if reply.status != 200:
            return self.plain(reply)
        self.send_response(200)
        headers = {"content-type": "text/event-stream", **reply.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        if reply.body is not None:
            for start in range(0, len(reply.body), reply.piece_size):
                self.chunk(reply.body[start : start + reply.piece_size])
            return self.chunk(b"")
        if reply.endless_line:
            return self.endless()
        chunks = reply.chunks
        if callable(chunks):
            chunks = chunks(request.json.get("query", ""))
        if chunks is None:
            payload = request.json
            chunks = echo_chunks(payload.get("model"), payload.get("query", ""))
        if reply.chunk_count:
            chunks = in_pieces("".join(chunks), reply.chunk_count)
        for _ in range(reply.keep_alive):  # as servers do while a model thinks
            self.chunk(b": keep-alive\n\n")
            time.sleep(KEEP_ALIVE_GAP)
        for index, text in enumerate(chunks):
            if index == reply.cut_after:
                return self.cut()
            if index == reply.hold_after:
                server.release.wait(30)
            if reply.in_steps and index:
                server.next_event.acquire(timeout=30)
            if reply.delay and index:
                time.sleep(reply.delay)
            self.chunk(text_event(text))
        if reply.cut_after is not None and reply.cut_after >= len(chunks):
            return self.cut()
        if reply.stall:
            time.sleep(reply.stall)
        if reply.end:
            self.chunk(STREAM_END)
        self.chunk(b"")

    def plain(self, reply):
        body = reply.body or b""
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if "content-length" not in reply.headers:
            self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def cut(self):
        # Drop the connection mid-body, as a crashed server or a proxy would.
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def endless(self):
        self.chunk(b"data: ")
        piece = b"x" * (1 << 16)
        for _ in range(4096):  # 256 MiB at most, if nobody hangs up
            self.chunk(piece)
        self.cut()


# The command line ------------------------------------------------------------
# Each flag sets one field of the Reply given to every request:
# (flag, Reply field, type, metavar, help).
REPLY_FLAGS = (
    ("--delay", "delay", float, "S", "wait S seconds between events"),
    ("--chunks", "chunk_count", int, "N", "send each answer in N text events"),
    ("--stall", "stall", float, "S", "go silent for S seconds after the text"),
    ("--cut-after", "cut_after", int, "N", "drop the connection after N events"),
    ("--keep-alive", "keep_alive", int, "N", "send N keep-alive comments first"),
    ("--status", "status", int, "N", "answer with HTTP status N and --body, no events"),
)
ERROR_BODY = '{"error": "overloaded"}'  # as DarkAI's JSON errors read
STAND_IN = (
    "Playing a model: a stand-in that calls offered tools and fills in schemas, "
    "not a model"
)
SKIP = argparse.SUPPRESS  # a flag not given leaves its Reply field as it is


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    replies = parser.add_argument_group("every answer, misbehaving on request")
    for flag, name, kind, metavar, help in REPLY_FLAGS:
        replies.add_argument(
            flag, dest=name, type=kind, metavar=metavar, help=help, default=SKIP
        )
    replies.add_argument(
        "--no-stream-end",
        dest="end",
        action="store_false",
        default=SKIP,
        help="close the stream without DarkAI's stream-end event",
    )
    replies.add_argument(
        "--body",
        default=ERROR_BODY,
        help=f"the body sent with --status (default: {ERROR_BODY})",
    )
    parser.add_argument(
        "--show-queries",
        action="store_true",
        help="print each query the plugin sends: its instructions, a schema re-ask",
    )
    play = parser.add_argument_group(
        "a stand-in for a model",
        "NOT a model: it follows only the plugin's tool and schema instructions, "
        "so that tools and schemas can be tried offline.",
    )
    play.add_argument(
        "--play",
        action="store_true",
        help="call an offered tool with arguments made from its schema, then quote "
        "its result; answer a schema with a value made from it; echo the rest",
    )
    play.add_argument(
        "--invalid-first",
        action="store_true",
        help="with --play, answer a schema with a wrong value first, so the plugin "
        "asks again",
    )
    args = parser.parse_args(argv)
    if args.invalid_first and not args.play:
        parser.error("--invalid-first goes with --play")
    return parser, args


def reply_from(args):
    """The Reply the flags ask for."""
    given = vars(args)  # a flag not given is not there
    fields = {name: given[name] for _, name, *_ in REPLY_FLAGS if name in given}
    if "end" in given:
        fields["end"] = False
    if fields.get("status", 200) != 200:
        fields["body"] = args.body.encode()
        try:
            json.loads(args.body)
            fields["headers"] = {"content-type": "application/json"}
        except ValueError:
            fields["headers"] = {"content-type": "text/plain"}
    if args.play:
        try:
            from stand_in import play  # imports llm_darkai: only when playing
        except ImportError as exc:
            raise SystemExit(
                f"--play reads the plugin's instructions, and it is not installed "
                f"here ({exc}): pip install -e . first"
            ) from None

        def answer(query):
            text = play(query, invalid_first=args.invalid_first)
            return None if text is None else words(text)

        fields["chunks"] = answer
    return Reply(**fields)


def show_query(request):
    payload = request.json
    lines = payload.get("query", "").splitlines() or [""]
    print(f"query for {payload.get('model')}:", *lines, sep="\n    ", flush=True)


def main(argv=None):
    parser, args = parse_args(argv)
    default = reply_from(args)
    show = show_query if args.show_queries else None
    try:
        server = DarkAIServer(args.host, args.port, default=default, show=show)
    except OSError as exc:
        parser.exit(
            1, f"Error: cannot listen on {args.host}:{args.port}: {exc.strerror}\n"
        )
    pid = os.getpid()
    print(
        f"DarkAI-compatible server at {server.url} "
        f"(pid {pid}: Ctrl+C or kill {pid} stops it)"
    )
    if args.play:
        print(STAND_IN)
    sys.stdout.flush()
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
