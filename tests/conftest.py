"""Shared fixtures: a private llm user directory for every test, the local DarkAI
server, and the real `llm` CLI in a subprocess; and the hypothesis profiles."""

import os
import socket
import subprocess
import sys
import threading

import pytest
from darkai_server import DarkAIServer
from hypothesis import settings

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
