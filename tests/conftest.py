"""Shared fixtures: a private llm user directory for every test, DarkAI mocked at
httpx2's transport (pytest-httpx2), the local DarkAI server, and the real `llm` CLI
in a subprocess; and the hypothesis profiles."""

import os
import socket
import subprocess
import sys
import threading
from collections import deque

import pytest
import respx
from darkai_server import DarkAIServer
from hypothesis import settings

import llm_darkai

# HYPOTHESIS_PROFILE=deep runs the property tests by hand, tens of thousands of
# examples each; "ci", the default, keeps the whole suite well under five minutes.
settings.register_profile("ci", max_examples=300, deadline=None)
settings.register_profile("deep", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "ci")

# Settings from the developer's shell must not leak into a test.
FOREIGN_ENV = (
    "LLM_DARKAI_URL",
    "LLM_DARKAI_PROXY",
    "LLM_LOAD_PLUGINS",
    "LLM_RAISE_ERRORS",
    "LLM_MODEL",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    path = tmp_path / "llm-user"
    path.mkdir()
    monkeypatch.setenv("LLM_USER_PATH", str(path))
    for name in FOREIGN_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "")
    return path


class MockedDarkAI:
    """DarkAI behind pytest-httpx2's mock of httpx2's transport. Each reply,
    `respond` or `fail`, answers one request, in the order given, for the URL it
    names; every one must be asked for. `requests` are those sent, as respx
    records them (httpx's Request: pytest-httpx2 is built on respx)."""

    def __init__(self, router):
        self.router = router
        self.replies = deque()
        self.route = None

    def _serve(self, request):
        assert self.replies, f"no reply left for {request.method} {request.url}"
        url, reply = self.replies.popleft()
        assert request.url == url
        if isinstance(reply, Exception):
            raise reply
        return reply

    def _add(self, url, reply):
        if self.route is None:  # routed only when a test expects requests
            self.route = self.router.route().mock(side_effect=self._serve)
        self.replies.append((url, reply))

    def respond(self, status=200, *, url=llm_darkai.DEFAULT_URL, pieces=None, **kw):
        """An answer: `pieces` are its body as read, one per read, sync or async;
        otherwise respx's `content`, `text`, `html` or `json`."""
        stream = None if pieces is None else Pieces(pieces)
        self._add(url, respx.MockResponse(status, stream=stream, **kw))

    def fail(self, error, *, url=llm_darkai.DEFAULT_URL):
        """No answer: the request fails with `error`, an httpx2 exception."""
        self._add(url, error)

    @property
    def requests(self):
        return [call.request for call in self.router.calls]


class Pieces:
    """A body read in these pieces, by a sync or an async client; an exception
    among them is raised when its turn comes, as a connection breaking."""

    def __init__(self, pieces):
        self.pieces = pieces

    def __iter__(self):
        for piece in self.pieces:
            if isinstance(piece, Exception):
                raise piece
            yield piece

    async def __aiter__(self):
        for piece in self:
            yield piece


@pytest.fixture
def darkai(httpx2_mock):
    mocked = MockedDarkAI(httpx2_mock)
    yield mocked
    assert not mocked.replies, "replies left that no request asked for"


@pytest.fixture
def server():
    with DarkAIServer() as running:
        yield running


@pytest.fixture
def unanswering_address():
    """(host, port) where a TCP connection never completes, as at an address that
    drops packets: a listener with a full accept queue (backlog 0, one connection
    waiting in it), so the kernel drops every further SYN."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        address = listener.getsockname()
        with socket.create_connection(address):
            yield address


@pytest.fixture
def darkai_url(server, monkeypatch):
    """Point the plugin, in this process, at the local server."""
    monkeypatch.setenv("LLM_DARKAI_URL", server.url)
    return server.url


@pytest.fixture
def llm_env(darkai_url):
    """The environment of an `llm` subprocess: the test's own user dir and server."""
    return dict(os.environ)


@pytest.fixture
def run_llm(llm_env):
    def run(*args, input=None, env=None, timeout=60):
        return subprocess.run(
            [sys.executable, "-m", "llm", *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**llm_env, **(env or {})},
        )

    return run


@pytest.fixture
def stream_until_seen(llm_env, server):
    """Run llm with `args`; the server holds after its first chunk until `marker`
    is printed. Returns what was printed by then, and everything printed."""

    def stream(args, marker):
        process = subprocess.Popen(
            [sys.executable, "-m", "llm", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=llm_env,
        )
        seen = bytearray()
        marker_seen = threading.Event()

        def read():
            while byte := process.stdout.read(1):
                seen.extend(byte)
                if marker in seen:
                    marker_seen.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            assert marker_seen.wait(30), f"{marker!r} never printed: {bytes(seen)!r}"
            assert process.poll() is None
            printed = bytes(seen)
        finally:
            server.release.set()
        assert process.wait(30) == 0, process.stderr.read()
        reader.join(10)
        return printed, bytes(seen)

    return stream
