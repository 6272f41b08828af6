"""Failures: each ends in one clear line, transient ones are retried, text already
shown stays shown, and no secret leaks. Unit tests (pytest-httpx2, sync and async
alike) first, then the real CLI against a misbehaving local server."""

import asyncio
import contextlib
import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass

import httpx2
import llm
import pytest
from darkai_server import DarkAIServer, Reply
from hypothesis import given
from hypothesis import strategies as st

import llm_darkai
from llm_darkai import DarkAIError, Exchange, Settings, backoff_delay

URL = llm_darkai.DEFAULT_URL
CLOUDFLARE_PAGE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    b'<div id="cf-chl-widget"></div><script src="/cdn-cgi/challenge-platform/x.js">'
    b"</script></body></html>"
)


def event(text=None):
    if text is None:
        return b'data: {"event": "stream-end"}\n\n'
    return (
        b"data: "
        + json.dumps({"event": "text-chunk", "data": {"text": text}}).encode()
        + b"\n\n"
    )


# Unit: the same outcome from the sync and the async model ------------------


@dataclass
class Outcome:
    chunks: list
    error: Exception | None
    response: object

    @property
    def message(self):
        return str(self.error)


@pytest.fixture(params=["sync", "async"])
def ask(request, monkeypatch):
    monkeypatch.setattr(llm_darkai, "BACKOFF_BASE", 0.001)

    def run_sync(prompt, options):
        response = llm.get_model("darkai").prompt(prompt, **options)
        chunks = []
        try:
            for chunk in response:
                chunks.append(chunk)
        except llm.ModelError as exc:
            return Outcome(chunks, exc, response)
        return Outcome(chunks, None, response)

    async def run_async(prompt, options):
        response = llm.get_async_model("darkai").prompt(prompt, **options)
        chunks = []
        try:
            async for chunk in response:
                chunks.append(chunk)
        except llm.ModelError as exc:
            return Outcome(chunks, exc, response)
        return Outcome(chunks, None, response)

    def run(prompt="hi", **options):
        if request.param == "sync":
            return run_sync(prompt, options)
        return asyncio.run(run_async(prompt, options))

    return run


def add_events(darkai, *pieces):
    darkai.respond(headers={"content-type": "text/event-stream"}, pieces=pieces)


@pytest.mark.parametrize(
    "body, detail",
    [
        ({"error": "model overloaded"}, "model overloaded"),
        ({"message": "bad query"}, "bad query"),
        ({"detail": "not allowed"}, "not allowed"),
        ({"error": {"message": "nested reason"}}, "nested reason"),
    ],
)
def test_http_error_shows_status_and_server_message(ask, darkai, body, detail):
    darkai.respond(400, json=body)
    outcome = ask()
    assert isinstance(outcome.error, DarkAIError)
    assert (
        outcome.message == f"DarkAI returned an error: HTTP 400 Bad Request: {detail}"
    )


def test_http_error_html_page_is_summarised_not_dumped(ask, darkai):
    page = (
        "<html><head><title>Bad Gateway</title></head><body>"
        + "x" * 5000
        + "</body></html>"
    )
    darkai.respond(404, html=page)
    outcome = ask()
    assert outcome.message == (
        "DarkAI returned an error: HTTP 404 Not Found: "
        "an HTML page titled 'Bad Gateway'"
    )


def test_http_error_text_is_an_excerpt(ask, darkai):
    darkai.respond(400, text="no " * 1000)
    outcome = ask()
    assert outcome.message.startswith(
        "DarkAI returned an error: HTTP 400 Bad Request: no no"
    )
    assert len(outcome.message) < 300


def test_cloudflare_challenge_says_blocked_and_suggests_a_proxy(ask, darkai):
    darkai.respond(
        403,
        content=CLOUDFLARE_PAGE,
        headers={"server": "cloudflare"},
    )
    outcome = ask()
    assert "blocked by Cloudflare (HTTP 403" in outcome.message
    assert "proxy" in outcome.message and "LLM_DARKAI_PROXY" in outcome.message
    assert "<" not in outcome.message


def test_html_page_with_status_200_is_an_error(ask, darkai):
    darkai.respond(html="<html><title>Welcome to nginx!</title></html>")
    outcome = ask()
    assert outcome.message == (
        "DarkAI answered HTTP 200 but not with an event stream: "
        "an HTML page titled 'Welcome to nginx!'"
    )


def test_body_without_any_event_is_an_error(ask, darkai):
    add_events(darkai, b"hello, I am not an event stream\n")
    outcome = ask()
    assert outcome.message == (
        "DarkAI's answer was not an event stream: hello, I am not an event stream"
    )


def test_stream_closed_with_no_text_and_no_end_is_an_error(ask, darkai):
    add_events(darkai, b'data: {"event": "heartbeat"}\n\n')
    outcome = ask()
    assert "closed the stream without sending any text or stream-end" in outcome.message


def test_clean_close_after_text_keeps_it_and_records_no_end(ask, darkai):
    add_events(darkai, event("all "), event("there is"))
    outcome = ask()
    assert outcome.error is None and outcome.chunks == ["all ", "there is"]
    assert outcome.response.response_json["stream_end"] is False


def test_stream_end_with_no_text_is_an_empty_answer(ask, darkai):
    add_events(darkai, event())
    outcome = ask()
    assert outcome.error is None and outcome.chunks == []


def test_broken_stream_keeps_text_and_says_how_much_arrived(ask, darkai):
    broken = httpx2.RemoteProtocolError("peer closed connection")
    darkai.respond(pieces=[event("Hello "), event("wor"), broken])
    outcome = ask()
    assert outcome.chunks == ["Hello ", "wor"]
    assert outcome.message == (
        "DarkAI stream was interrupted after 9 characters: peer closed connection"
    )
    assert len(darkai.requests) == 1  # never retried once text was shown


@pytest.mark.parametrize("status", sorted(llm_darkai.RETRY_STATUSES))
def test_transient_statuses_are_retried(ask, darkai, status):
    darkai.respond(status, text="busy")
    add_events(darkai, event("finally"), event())
    outcome = ask()
    assert outcome.error is None and outcome.chunks == ["finally"]
    assert len(darkai.requests) == 2
    assert outcome.response.response_json["attempts"] == 2


def test_connect_errors_are_retried(ask, darkai):
    darkai.fail(httpx2.ConnectError("Connection refused"))
    add_events(darkai, event("up again"), event())
    assert ask().chunks == ["up again"]


def test_retries_give_up_and_say_how_many_attempts(ask, darkai):
    for _ in range(4):
        darkai.respond(503, json={"error": "down"})
    outcome = ask(retries=3)
    assert outcome.message == (
        "DarkAI returned an error: HTTP 503 Service Unavailable: down "
        "(gave up after 4 attempts)"
    )
    assert len(darkai.requests) == 4


def test_retries_zero_turns_retrying_off(ask, darkai):
    darkai.respond(503, json={"error": "down"})
    outcome = ask(retries=0)
    assert (
        outcome.message
        == "DarkAI returned an error: HTTP 503 Service Unavailable: down"
    )
    assert len(darkai.requests) == 1


def test_client_errors_are_not_retried(ask, darkai):
    darkai.respond(401, json={"error": "no"})
    assert "HTTP 401" in ask().message
    assert len(darkai.requests) == 1


def test_read_timeout_says_it_timed_out(ask, darkai):
    darkai.fail(httpx2.ReadTimeout("timed out"))
    outcome = ask(timeout=3)
    # The mock fails at once: the message gives the time really waited.
    assert outcome.message == (
        "DarkAI timed out: no data for 0 seconds (timeout=S to wait longer)"
    )
    assert len(darkai.requests) == 1


def test_connect_timeout_is_retried_and_named(ask, darkai):
    for _ in range(2):
        darkai.fail(httpx2.ConnectTimeout("timed out"))
    outcome = ask(timeout=3, retries=1)
    assert outcome.message == (
        f"Could not reach DarkAI at {URL}: connection timed out after 0 seconds "
        "(gave up after 2 attempts)"
    )


def test_proxy_that_cannot_be_reached_is_named(ask, darkai, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "http://bob:hunter2@proxy.example:3128")
    darkai.fail(httpx2.ConnectError("Connection refused"))
    outcome = ask(retries=0)
    assert outcome.message == (
        "Could not reach the proxy http://***@proxy.example:3128 on the way to "
        f"DarkAI at {URL}: Connection refused"
    )


def test_proxy_refusing_the_tunnel_is_named(ask, darkai):
    darkai.fail(httpx2.ProxyError("403 Forbidden"))
    outcome = ask(retries=0, proxy="http://proxy.example:3128")
    assert outcome.message == (
        "The proxy http://proxy.example:3128 would not connect to DarkAI at "
        f"{URL}: 403 Forbidden"
    )


def test_proxy_from_the_standard_variables_is_named(ask, darkai, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://carol:s3cret@corp-proxy:8080")
    darkai.fail(httpx2.ConnectError("Connection refused"))
    outcome = ask(retries=0)
    assert outcome.message.startswith(
        "Could not reach the proxy http://***@corp-proxy:8080 on the way to "
    )
    assert "s3cret" not in outcome.message


def test_proxy_bypassed_by_no_proxy_is_not_blamed(ask, darkai, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://corp-proxy:8080")
    monkeypatch.setenv("NO_PROXY", "darkai.foundation")
    darkai.fail(httpx2.ConnectError("Connection refused"))
    assert ask(retries=0).message == (
        f"Could not reach DarkAI at {URL}: Connection refused"
    )


def test_empty_prompt_is_refused_before_sending(ask, darkai):
    outcome = ask(prompt="")
    assert outcome.message == "Nothing to send: the prompt is empty"
    assert darkai.requests == []


def test_proxy_password_never_reaches_an_error(ask, darkai, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "http://bob:p%40ss@proxy.example:3128")
    darkai.fail(
        httpx2.ProxyError("cannot use http://bob:p%40ss@proxy.example:3128 (p@ss)")
    )
    outcome = ask(retries=0)
    assert "p%40ss" not in outcome.message and "p@ss" not in outcome.message
    assert "***@proxy.example" in outcome.message


# Unit: the retry and error decisions, pure ---------------------------------


def test_backoff_grows_exponentially_with_jitter():
    assert backoff_delay(1, rand=lambda: 0.0) == 0.25
    assert backoff_delay(1, rand=lambda: 1.0) == 0.5
    assert backoff_delay(3, rand=lambda: 1.0) == 2.0
    assert backoff_delay(30, rand=lambda: 1.0) == llm_darkai.BACKOFF_CAP


def test_retry_after_is_honoured_up_to_a_cap():
    assert backoff_delay(1, retry_after=3.0) == 3.0
    assert backoff_delay(1, retry_after=3600.0) == llm_darkai.RETRY_AFTER_CAP


@pytest.mark.parametrize(
    "value, seconds", [("7", 7.0), ("0", 0.0), ("soon", None), ("", None)]
)
def test_retry_after_header_is_parsed(value, seconds):
    assert llm_darkai.parse_retry_after(value) == seconds


def test_retry_after_http_date_is_parsed():
    from email.utils import formatdate

    seconds = llm_darkai.parse_retry_after(formatdate(time.time() + 30, usegmt=True))
    assert 25 < seconds <= 30


def test_no_retry_once_text_was_shown():
    exchange = Exchange(Settings(retries=5), "llama-3-70b", "hi")
    exchange.next_request()
    exchange.receive(
        httpx2.Response(200, headers={"content-type": "text/event-stream"})
    )
    assert exchange.feed(event("shown")) == "shown"
    with pytest.raises(DarkAIError):
        exchange.retry_delay(DarkAIError("boom", retryable=True))


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


STREAM = {"content-type": "text/event-stream"}


def test_read_timeout_states_the_time_since_the_last_data():
    clock = FakeClock()
    exchange = Exchange(Settings(timeout=600), "llama-3-70b", "hi", clock=clock)
    exchange.next_request()
    clock.now += 2
    exchange.receive(httpx2.Response(200, headers=STREAM))
    clock.now += 30
    exchange.feed(event("Hi"))
    clock.now += 41.04
    with pytest.raises(DarkAIError) as info:
        exchange.retry_delay(httpx2.ReadTimeout("timed out"))
    assert str(info.value) == (
        "DarkAI timed out after 2 characters: no data for 41 seconds "
        "(-o timeout S to wait longer)"
    )


def test_connect_timeout_states_the_time_waited_not_a_setting():
    clock = FakeClock()
    exchange = Exchange(Settings(timeout=600, retries=1), "m", "hi", clock=clock)
    for _ in range(2):
        exchange.next_request()
        clock.now += 5.01
        try:
            delay = exchange.retry_delay(httpx2.ConnectTimeout("timed out"))
        except DarkAIError as exc:
            error = exc
        clock.now += delay
    assert str(error) == (
        f"Could not reach DarkAI at {URL}: connection timed out after 5 seconds "
        "(gave up after 2 attempts)"
    )


def test_status_timeouts_suggest_its_own_option():
    clock = FakeClock()
    settings = Settings(timeout=1, timeout_option="--timeout S")
    exchange = Exchange(settings, "m", "hi", clock=clock)
    exchange.next_request()
    clock.now += 1.002
    with pytest.raises(DarkAIError, match=r"no data for 1 second \(--timeout S"):
        exchange.retry_delay(httpx2.ReadTimeout("timed out"))


@pytest.mark.parametrize(
    "seconds, words",
    [
        (1, "1 second"),
        (1.04, "1 second"),
        (0.4, "0.4 seconds"),
        (0, "0 seconds"),
        (2, "2 seconds"),
        (5.01, "5 seconds"),
        (12.4, "12 seconds"),
        (600, "600 seconds"),
    ],
)
def test_durations_read_as_english(seconds, words):
    assert llm_darkai.duration(seconds) == words


@given(st.floats(min_value=0, max_value=1e12))
def test_every_duration_is_a_plain_number_with_the_right_noun(seconds):
    number, noun = llm_darkai.duration(seconds).split(" ")
    assert re.fullmatch(r"[0-9]+(\.[0-9])?", number)
    assert noun == ("second" if number == "1" else "seconds")
    assert abs(float(number) - seconds) <= (0.05 if seconds < 10 else 0.5) + 1e-9


def test_each_retry_is_announced_in_one_line():
    lines = []
    exchange = Exchange(
        Settings(retries=2), "m", "hi", notify=lines.append, clock=FakeClock()
    )
    exchange.next_request()
    exchange.receive(httpx2.Response(503, headers={"retry-after": "3"}))
    exchange.feed(b'{"error": "overloaded"}')
    with pytest.raises(DarkAIError) as info:
        exchange.finish()
    assert exchange.retry_delay(info.value) == 3.0
    exchange.next_request()
    assert exchange.retry_delay(httpx2.ConnectError("refused")) < 1
    assert lines[0] == (
        "DarkAI returned an error: HTTP 503 Service Unavailable: overloaded; "
        "retrying in 3 seconds (attempt 2 of 3)"
    )
    assert re.fullmatch(
        rf"Could not reach DarkAI at {URL}: refused; "
        r"retrying in [0-9.]+ seconds? \(attempt 3 of 3\)",
        lines[1],
    )
    with pytest.raises(DarkAIError):
        exchange.next_request()
        exchange.retry_delay(httpx2.ConnectError("refused"))
    assert len(lines) == 2  # the last failure is the error, not a notice


def test_connection_failures_are_worded_by_the_operating_system():
    import socket

    class Group(Exception):  # ExceptionGroup's shape (Python 3.10 lacks it)
        def __init__(self, exceptions):
            self.exceptions = exceptions

    refused = ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 9)")
    group = Group([refused])
    try:
        try:
            raise OSError("All connection attempts failed") from group
        except OSError as exc:
            raise httpx2.ConnectError("All connection attempts failed") from exc
    except httpx2.ConnectError as exc:
        assert llm_darkai.os_reason(exc) == "Connection refused"
    unknown = socket.gaierror(-2, "Name or service not known")
    assert llm_darkai.os_reason(unknown) == "Name or service not known"
    assert llm_darkai.os_reason(httpx2.ReadError("peer closed")) is None


# End to end: the real CLI against a misbehaving server ---------------------


def assert_one_line_error(result, *fragments):
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def test_cli_retries_503_then_gives_up(run_llm, server):
    server.script(*[Reply(status=503, body=b'{"error": "overloaded"}')] * 3)
    result = run_llm("-m", "darkai", "hi")
    line = assert_one_line_error(
        result,
        "DarkAI returned an error: HTTP 503 Service Unavailable: overloaded "
        "(gave up after 3 attempts)",
    )
    assert "chat" not in line  # the advice on going on is for llm chat alone
    assert len(server.requests) == 3


def test_cli_recovers_from_a_transient_error(run_llm, server):
    server.script(Reply(status=502, body=b"bad gateway"), Reply(chunks=["recovered"]))
    result = run_llm("-m", "darkai", "hi")
    assert result.returncode == 0 and result.stdout == "recovered\n"
    assert result.stderr == ""  # not a terminal: no retry notice
    assert len(server.requests) == 2


def run_with_stderr_on_a_terminal(command, env):
    """Run `command` with its stderr on a pseudo-terminal: (exit status, stdout,
    the lines shown on the terminal)."""
    terminal, stderr = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, env=env)
    os.close(stderr)
    stdout, _ = process.communicate(timeout=60)
    shown = b""
    while True:
        try:
            data = os.read(terminal, 4096)
        except OSError:  # EIO: the process and its terminal are gone
            break
        if not data:
            break
        shown += data
    os.close(terminal)
    return process.returncode, stdout.decode(), shown.decode().splitlines()


ASYNC_PROMPT = """
import asyncio, llm
print(asyncio.run(llm.get_async_model("darkai").prompt("hi").text()))
"""


@pytest.mark.parametrize(
    "command",
    [["-m", "llm", "-m", "darkai", "hi"], ["-c", ASYNC_PROMPT]],
    ids=["cli", "async"],
)
def test_each_retry_is_announced_when_stderr_is_a_terminal(llm_env, server, command):
    server.script(
        Reply(status=503, body=b'{"error": "overloaded"}'),
        Reply(status=502, body=b"bad gateway"),
        Reply(chunks=["recovered"]),
    )
    status, stdout, lines = run_with_stderr_on_a_terminal(
        [sys.executable, *command], llm_env
    )
    assert status == 0 and stdout == "recovered\n"
    assert len(lines) == 2, lines
    assert re.fullmatch(
        r"DarkAI returned an error: HTTP 503 Service Unavailable: overloaded; "
        r"retrying in [0-9.]+ seconds? \(attempt 2 of 3\)",
        lines[0],
    )
    assert re.fullmatch(
        r"DarkAI returned an error: HTTP 502 Bad Gateway: bad gateway; "
        r"retrying in [0-9.]+ seconds? \(attempt 3 of 3\)",
        lines[1],
    )


def test_cli_honours_retry_after(run_llm, server):
    server.script(Reply(status=429, headers={"retry-after": "1"}), Reply(chunks=["ok"]))
    started = time.monotonic()
    result = run_llm("-m", "darkai", "hi")
    assert result.returncode == 0 and result.stdout == "ok\n"
    assert time.monotonic() - started >= 1.0


def test_cli_cloudflare_challenge(run_llm, server):
    server.script(
        Reply(status=403, headers={"content-type": "text/html"}, body=CLOUDFLARE_PAGE)
    )
    result = run_llm("-m", "darkai", "hi")
    assert_one_line_error(result, "blocked by Cloudflare", "proxy")
    assert len(server.requests) == 1


def test_cli_html_answer_with_status_200(run_llm, server):
    server.script(
        Reply(
            headers={"content-type": "text/html"}, body=b"<html><title>Parked</title>"
        )
    )
    assert_one_line_error(
        run_llm("-m", "darkai", "hi"), "not with an event stream", "'Parked'"
    )


def test_cli_cut_connection_keeps_text_shown(run_llm, server):
    server.script(Reply(chunks=["Once upon ", "a time", "never sent"], cut_after=2))
    result = run_llm("-m", "darkai", "hi")
    assert result.stdout.startswith("Once upon a time")
    assert_one_line_error(result, "DarkAI stream was interrupted after 16 characters")
    assert len(server.requests) == 1


def test_cli_clean_close_without_stream_end_keeps_text(run_llm, server, user_dir):
    server.script(Reply(chunks=["complete ", "enough"], end=False))
    result = run_llm("-m", "darkai", "hi")
    assert result.returncode == 0 and result.stdout == "complete enough\n"
    db = sqlite3.connect(user_dir / "logs.db")
    [(response_json,)] = db.execute("select response_json from turns").fetchall()
    assert json.loads(response_json)["stream_end"] is False


def test_cli_empty_stream_is_an_error(run_llm, server):
    server.script(Reply(chunks=[], end=False))
    assert_one_line_error(run_llm("-m", "darkai", "hi"), "without sending any text")


def test_cli_stall_times_out(run_llm, server):
    server.script(Reply(chunks=["partial "], stall=30))
    started = time.monotonic()
    result = run_llm("-m", "darkai", "-o", "timeout", "1", "hi")
    elapsed = time.monotonic() - started
    assert result.stdout.startswith("partial ")
    assert_one_line_error(
        result, "DarkAI timed out after 8 characters: no data for 1 second "
    )
    assert elapsed < 20


def test_cli_endless_line_is_cut_off(run_llm, server):
    server.script(Reply(endless_line=True))
    started = time.monotonic()
    result = run_llm("-m", "darkai", "hi")
    assert_one_line_error(result, "DarkAI sent a line longer than 1048576 bytes")
    assert time.monotonic() - started < 30


def closed_port_url():
    with DarkAIServer() as closed:
        return closed.url  # a port nothing listens on once the server stops


def test_cli_refused_port(run_llm):
    url = closed_port_url()
    result = run_llm(
        "-m", "darkai", "-o", "retries", "1", "hi", env={"LLM_DARKAI_URL": url}
    )
    assert_one_line_error(
        result,
        f"Could not reach DarkAI at {url}: Connection refused "
        "(gave up after 2 attempts)",
    )


def test_refused_connection_reads_the_same_sync_and_async(ask, monkeypatch):
    url = closed_port_url()
    monkeypatch.setenv("LLM_DARKAI_URL", url)
    assert (
        ask(retries=0).message == f"Could not reach DarkAI at {url}: Connection refused"
    )


def test_async_unanswered_connection_gives_up_after_the_connect_bound(
    monkeypatch, unanswering_address
):
    # The sync path is the CLI test below.
    url = "http://{}:{}/chat".format(*unanswering_address)
    monkeypatch.setenv("LLM_DARKAI_URL", url)

    async def ask():
        with pytest.raises(DarkAIError) as info:
            # The default -o timeout, 600 s, applies to the answer's data.
            await llm.get_async_model("darkai").prompt("hi", retries=0).text()
        return str(info.value)

    started = time.monotonic()
    message = asyncio.run(ask())
    assert message == (
        f"Could not reach DarkAI at {url}: connection timed out after 5 seconds"
    )
    assert time.monotonic() - started < 15


def test_cli_unanswered_connection_gives_up_well_within_a_minute(
    run_llm, unanswering_address
):
    url = "http://{}:{}/chat".format(*unanswering_address)
    started = time.monotonic()
    result = run_llm("-m", "darkai", "hi", env={"LLM_DARKAI_URL": url})
    elapsed = time.monotonic() - started
    assert_one_line_error(
        result,
        f"Could not reach DarkAI at {url}: connection timed out after 5 seconds "
        "(gave up after 3 attempts)",
    )
    assert elapsed < 40  # 3 attempts of 5 s and two short backoffs: about 16 s


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("timeout", "0", "timeout must be from 0.1 to 86400 seconds"),
        ("timeout", "-5", "timeout must be from 0.1 to 86400 seconds"),
        ("timeout", "1e10", "timeout must be from 0.1 to 86400 seconds"),
        ("timeout", "0.000000001", "timeout must be from 0.1 to 86400 seconds"),
        ("retries", "-1", "retries must be from 0 to 10"),
        ("retries", "11", "retries must be from 0 to 10"),
        ("retries", "100000000000000000000", "retries must be from 0 to 10"),
        ("retries", "two", "retries"),
        ("proxy", "nowhere", "proxy must be a proxy URL"),
    ],
)
def test_cli_bad_options_are_refused_before_any_request(
    run_llm, server, option, value, message
):
    result = run_llm("-m", "darkai", "-o", option, value, "hi")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert message in result.stderr
    assert server.requests == []


def test_cli_bad_endpoint_is_refused(run_llm, server):
    result = run_llm(
        "-m", "darkai", "hi", env={"LLM_DARKAI_URL": "ftp://darkai.example/chat"}
    )
    assert_one_line_error(result, "LLM_DARKAI_URL must be an http or https URL")


def test_cli_proxy_password_in_an_option_is_refused(run_llm, server, user_dir):
    result = run_llm(
        "-m", "darkai", "-o", "proxy", "http://bob:hunter2@127.0.0.1:9/", "hi"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "LLM_DARKAI_PROXY" in result.stderr and "hunter2" not in result.stderr
    assert server.requests == []
    assert (
        not (user_dir / "logs.db").exists()
        or b"hunter2" not in (user_dir / "logs.db").read_bytes()
    )


def test_cli_proxy_from_variable_is_used_and_never_logged(run_llm, server, user_dir):
    proxy = server.url.replace("http://", "http://bob:hunter2@").removesuffix("/chat")
    env = {"LLM_DARKAI_PROXY": proxy, "LLM_DARKAI_URL": "http://darkai.invalid/chat"}
    result = run_llm("-m", "darkai", "via proxy", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "llama-3-70b heard: via proxy\n"
    [request] = server.requests
    assert request.path == "http://darkai.invalid/chat"  # the absolute form: proxied
    assert request.headers["proxy-authorization"].startswith("Basic ")
    assert b"hunter2" not in (user_dir / "logs.db").read_bytes()
    assert "hunter2" not in run_llm("logs", "--json").stdout


def test_cli_refused_proxy_is_named_without_its_password(run_llm):
    env = {
        "LLM_DARKAI_PROXY": "http://bob:hunter2@127.0.0.1:9",
        "LLM_DARKAI_URL": "http://darkai.invalid/chat",
    }
    result = run_llm("-m", "darkai", "-o", "retries", "0", "hi", env=env)
    line = assert_one_line_error(
        result,
        "Could not reach the proxy http://***@127.0.0.1:9 on the way to DarkAI "
        "at http://darkai.invalid/chat: Connection refused",
    )
    assert "hunter2" not in line


def test_cli_unanswering_proxy_is_named(run_llm, unanswering_address):
    host, port = unanswering_address
    env = {
        "LLM_DARKAI_PROXY": f"http://{host}:{port}",
        "LLM_DARKAI_URL": "http://darkai.invalid/chat",
    }
    result = run_llm(
        "-m", "darkai", "-o", "retries", "0", "-o", "timeout", "1", "hi", env=env
    )
    assert_one_line_error(
        result,
        f"Could not reach the proxy http://{host}:{port} on the way to DarkAI at "
        "http://darkai.invalid/chat: connection timed out after 1 second",
    )


def test_cli_proxy_refusing_the_tunnel_is_named(run_llm, server):
    # The local server answers CONNECT with 501, as a proxy that will not tunnel.
    proxy = server.url.removesuffix("/chat")
    env = {"LLM_DARKAI_PROXY": proxy, "LLM_DARKAI_URL": "https://darkai.invalid/chat"}
    result = run_llm("-m", "darkai", "-o", "retries", "0", "hi", env=env)
    assert_one_line_error(
        result,
        f"The proxy {proxy} would not connect to DarkAI at "
        "https://darkai.invalid/chat: 501",
    )


def test_cli_standard_proxy_variables_keep_working(run_llm, server):
    env = {
        "HTTP_PROXY": server.url.removesuffix("/chat"),
        "LLM_DARKAI_URL": "http://darkai.invalid/chat",
    }
    result = run_llm("-m", "darkai", "hi", env=env)
    assert result.returncode == 0, result.stderr
    assert server.requests[0].path == "http://darkai.invalid/chat"


def test_cli_tls_certificates_are_verified(run_llm, tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    with DarkAIServer(tls=(str(cert), str(key))) as tls_server:
        result = run_llm("-m", "darkai", "hi", env={"LLM_DARKAI_URL": tls_server.url})
    assert_one_line_error(result, "TLS certificate verification failed")


def test_redirects_are_not_followed_but_explained(ask, darkai):
    darkai.respond(301, headers={"location": "https://new.example/chat"})
    outcome = ask()
    assert outcome.message == (
        "DarkAI returned an error: HTTP 301 Moved Permanently: redirected to "
        "https://new.example/chat; set LLM_DARKAI_URL to follow it"
    )
    assert len(darkai.requests) == 1


def test_cli_endpoint_password_is_never_printed(run_llm):
    env = {"LLM_DARKAI_URL": "http://bob:hunter2@127.0.0.1:9/chat"}
    line = assert_one_line_error(
        run_llm("-m", "darkai", "-o", "retries", "0", "hi", env=env),
        "Could not reach DarkAI at http://***@127.0.0.1:9/chat",
    )
    assert "hunter2" not in line
    status = run_llm("darkai", "status", env=env)
    assert status.returncode == 1 and "hunter2" not in status.stdout
    assert "endpoint: http://***@127.0.0.1:9/chat" in status.stdout
    refused = run_llm(
        "-m", "darkai", "hi", env={"LLM_DARKAI_URL": "ftp://bob:hunter2@x/"}
    )
    assert "hunter2" not in refused.stderr and "ftp://***@x/" in refused.stderr


# Found in review -------------------------------------------------------------

# A password holding `#`, `/`, `?` or `@` unescaped, anywhere around its secret.
CUT_PASSWORDS = st.builds(
    "{}SECRET{}".format,
    st.text(alphabet="#/?@:%a1", max_size=6),
    st.text(alphabet="#/?@:%a1", max_size=6),
)


@given(
    password=CUT_PASSWORDS,
    scheme=st.sampled_from(["http", "https", "socks5", "ftp", ""]),
    host=st.sampled_from(["darkai.example", "127.0.0.1:9", "[::1]:8080", "[::1"]),
    path=st.sampled_from(["", "/", "/chat", "/chat?key=k"]),
    space=st.sampled_from(["", " ", "\t"]),  # pasted around the value
)
def test_a_password_is_never_shown_whatever_it_holds(
    password, scheme, host, path, space
):
    url = (
        f"{scheme}://me:{password}@{host}{path}" if scheme else f"me:{password}@{host}"
    )
    url = space + url + space
    assert "SECRET" not in llm_darkai.hide_secrets(url)
    for check in (llm_darkai.check_endpoint, lambda u: llm_darkai.check_proxy(u, "-")):
        try:
            check(url)
        except ValueError as refused:
            assert "SECRET" not in str(refused)


def test_a_password_that_cuts_the_host_short_is_refused_and_hidden(
    ask, darkai, monkeypatch
):
    # urlsplit reads `me` as the host and 12 as its port: sent, it would go there
    monkeypatch.setenv("LLM_DARKAI_URL", "http://me:12/SECRET@darkai.example/chat")
    outcome = ask()
    assert outcome.message == (
        "LLM_DARKAI_URL must be an http or https URL, got 'http://***'; in a "
        "password, write # / ? as %23 %2F %3F, and @ elsewhere as %40"
    )
    assert darkai.requests == []


def test_cli_password_with_a_hash_is_never_printed_nor_logged(
    run_llm, server, user_dir
):
    env = {"LLM_DARKAI_URL": "http://me:pa#SECRET@darkai.example/chat"}
    assert_one_line_error(
        run_llm("-m", "darkai", "hi", env=env),
        "LLM_DARKAI_URL must be an http or https URL, got 'http://***'; in a "
        "password, write # / ? as %23 %2F %3F, and @ elsewhere as %40",
    )
    proxy = "http://u:123#SECRET@127.0.0.1:8080"  # read as host u, port 123
    refused = run_llm("-m", "darkai", "-o", "proxy", proxy, "hi")
    assert refused.returncode == 1 and "SECRET" not in refused.stderr
    assert "%23" in refused.stderr and server.requests == []
    logs = user_dir / "logs.db"
    assert not logs.exists() or b"SECRET" not in logs.read_bytes()


def test_text_before_a_failure_in_the_same_read_stays_shown(ask, darkai):
    import gzip

    body = event("hello ") * 3 + b"data: " + b"x" * (2 << 20) + b"\n\n"
    darkai.respond(
        headers={"content-type": "text/event-stream", "content-encoding": "gzip"},
        pieces=[gzip.compress(body)],
    )
    outcome = ask(retries=0)
    assert "".join(outcome.chunks) == "hello hello hello "
    assert outcome.message == "DarkAI sent a line longer than 1048576 bytes; giving up"


@pytest.mark.parametrize(
    "url", ["http://example..com/chat", f"http://{'a' * 64}.example/chat"]
)
def test_a_host_name_no_resolver_takes_is_refused_before_sending(
    ask, darkai, monkeypatch, url
):
    monkeypatch.setenv("LLM_DARKAI_URL", url)
    outcome = ask()
    assert outcome.message.startswith("LLM_DARKAI_URL must be an http or https URL")
    assert darkai.requests == []


def test_short_password_is_hidden_without_garbling_the_message(
    ask, darkai, monkeypatch
):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "http://me:e@proxy.example:3128")
    darkai.fail(httpx2.ConnectError("Connection refused"))
    assert ask(retries=0).message == (
        "Could not reach the proxy http://***@proxy.example:3128 on the way to "
        f"DarkAI at {URL}: Connection refused"
    )


def test_query_of_the_endpoint_is_never_shown(ask, darkai, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_URL", f"{URL}?token=SECRET123")
    darkai.fail(httpx2.ConnectError("Connection refused"), url=f"{URL}?token=SECRET123")
    outcome = ask(retries=0)
    assert outcome.message == f"Could not reach DarkAI at {URL}?***: Connection refused"


def test_a_system_prompt_alone_is_sent_as_its_text(darkai):
    # As other llm models send it: `llm -s 'Say hi' </dev/null`, or `--sf file`.
    add_events(darkai, event("Hi!"), event())
    assert llm.get_model("darkai").prompt("", system="Say hi").text() == "Hi!"
    [request] = darkai.requests
    assert json.loads(request.content)["query"] == "Say hi"


def test_a_blank_system_prompt_alone_is_refused_before_sending(darkai):
    with pytest.raises(DarkAIError, match="Nothing to send: the prompt is empty"):
        llm.get_model("darkai").prompt("", system=" \n").text()
    assert darkai.requests == []


# Compressed answers ------------------------------------------------------------


def add_gzip(darkai, body):
    darkai.respond(
        headers={"content-type": "text/event-stream", "content-encoding": "gzip"},
        pieces=[body],
    )


def test_gzip_answer_is_read(ask, darkai):
    import gzip

    add_gzip(darkai, gzip.compress(event("Hello ") + event("there") + event()))
    outcome = ask()
    assert outcome.error is None and "".join(outcome.chunks) == "Hello there"


def test_corrupt_gzip_says_the_answer_could_not_be_decoded(ask, darkai):
    add_gzip(darkai, b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage")
    outcome = ask(retries=0)
    assert outcome.message.startswith(
        "DarkAI's answer could not be decoded: its gzip data is corrupt ("
    )


def test_a_gzip_bomb_is_inflated_a_window_at_a_time(ask, darkai):
    import gzip
    import tracemalloc

    bomb = gzip.compress(b"\n" * (64 << 20))  # 65 KB that inflate to 64 MiB
    add_gzip(darkai, bomb)
    tracemalloc.start()
    try:
        outcome = ask(retries=0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert outcome.message.startswith("DarkAI's answer was not an event stream")
    assert peak < 16 << 20


def test_a_stream_cut_before_any_text_is_an_interruption_and_retried(ask, darkai):
    broken = httpx2.RemoteProtocolError("peer closed connection")
    darkai.respond(pieces=[b": thinking\n\n", broken])
    add_events(darkai, event("fine"), event())
    outcome = ask()
    assert outcome.error is None and outcome.chunks == ["fine"]
    darkai.respond(pieces=[b": thinking\n\n", broken])
    assert ask(retries=0).message == (
        "DarkAI stream was interrupted before any text: peer closed connection"
    )


def test_a_407_from_a_proxy_names_the_proxy(ask, darkai, monkeypatch):
    # To an http:// endpoint a proxy answers in DarkAI's stead.
    monkeypatch.setenv("LLM_DARKAI_URL", "http://darkai.example/chat")
    monkeypatch.setenv("LLM_DARKAI_PROXY", "http://me:hunter2@proxy.example:3128")
    darkai.respond(407, url="http://darkai.example/chat", text="auth")
    assert ask().message == (
        "The proxy http://***@proxy.example:3128 would not connect to DarkAI at "
        "http://darkai.example/chat: HTTP 407 Proxy Authentication Required"
    )


@pytest.mark.parametrize(
    "variable, value",
    [
        ("HTTP_PROXY", "http://user:secret/pw@127.0.0.1:1"),
        ("HTTPS_PROXY", "http://u:p@[::1"),
        ("ALL_PROXY", "socks4://user:secret@127.0.0.1:1080"),
        ("HTTP_PROXY", " http://user:secret@127.0.0.1:1"),  # httpx2 reads no scheme
        ("https_proxy", "http://u:secret@[::1"),  # the lower-case one is named
    ],
)
def test_a_bad_standard_proxy_variable_is_named_without_its_password(
    ask, darkai, monkeypatch, variable, value
):
    monkeypatch.setenv(variable, value)
    message = ask().message
    assert message.startswith(
        f"{variable} must be a proxy URL such as http://host:port"
    )
    assert "secret" not in message and darkai.requests == []


def test_space_around_the_endpoint_is_no_part_of_it(ask, darkai, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_URL", f"  {URL}\n")
    add_events(darkai, event("ok"), event())
    assert ask().chunks == ["ok"]


def test_cli_keep_alive_comments_alone_time_out(run_llm, server):
    server.script(*[Reply(keep_alive=15)] * 2)  # 3 s of comments, then text
    result = run_llm("-m", "darkai", "-o", "timeout", "0.5", "hi")
    line = assert_one_line_error(result, "DarkAI timed out: no complete event for 0.")
    assert line.endswith("(-o timeout S to wait longer)")
    status = run_llm("darkai", "status", "--timeout", "0.5")
    assert status.returncode == 1 and "no complete event for" in status.stdout


@pytest.mark.parametrize(
    "broken",
    [httpx2.RemoteProtocolError("peer closed connection"), httpx2.ReadTimeout("slow")],
    ids=["cut", "stalled"],
)
def test_an_error_page_cut_short_is_named_by_its_status_and_retried(
    ask, darkai, broken
):
    darkai.respond(503, pieces=[b'{"error": "bu', broken])
    add_events(darkai, event("fine"), event())
    outcome = ask()
    assert outcome.error is None and outcome.chunks == ["fine"]
    darkai.respond(503, pieces=[b'{"error": "bu', broken])
    message = ask(retries=0).message
    assert message.startswith("DarkAI returned an error: HTTP 503 Service Unavailable")


def test_an_empty_stream_after_a_retried_schema_answer_says_so(ask, darkai):
    # The text of the attempt cut short was not shown, so it was retried; what
    # the next attempt brought (nothing) is judged on its own.
    broken = httpx2.RemoteProtocolError("peer closed connection")
    darkai.respond(pieces=[event('{"name": '), broken])
    add_events(darkai, b"")
    outcome = ask(schema={"type": "object"}, retries=1, schema_retries=0)
    assert outcome.message == (
        "DarkAI closed the stream without sending any text or stream-end "
        "(gave up after 2 attempts)"
    )


@pytest.mark.parametrize(
    "variable, url",
    [
        ("LLM_DARKAI_URL", "http://café☕.example/chat"),
        ("LLM_DARKAI_PROXY", "http://proxy☕.example:8080"),
    ],
)
def test_a_host_httpx2_cannot_encode_is_refused_before_sending(
    ask, darkai, monkeypatch, variable, url
):
    # Python's IDNA takes it; httpx2's, stricter, does not: it must not escape.
    monkeypatch.setenv(variable, url)
    outcome = ask()
    assert isinstance(outcome.error, DarkAIError)
    assert outcome.message.startswith(f"{variable} must be a")
    assert darkai.requests == []


def test_a_forked_child_shares_no_connection_with_its_parent():
    # An error page read whole leaves its connection pooled: after a fork, both
    # would write their requests on that one socket, and read each other's answers.
    code = """
import os, sys, llm, llm_darkai
model = llm.get_model("darkai")
try:
    model.prompt("warm up", retries=0).text()
except llm.ModelError:
    pass
before = llm_darkai.sync_client(None)
pid = os.fork()
who = "child" if pid == 0 else "parent"
right = model.prompt(who, retries=0).text() == f"llama-3-70b heard: {who}"
if pid == 0:
    os._exit(0 if right and llm_darkai.sync_client(None) is not before else 1)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status) or not right)
"""
    with DarkAIServer() as server:
        server.script(Reply(status=500, body=b"oops"))
        env = {**os.environ, "LLM_DARKAI_URL": server.url}
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, timeout=60
        )
    assert result.returncode == 0, result.stderr
    assert len(server.requests) == 3


def test_standard_proxy_variables_httpx2_takes_are_taken(ask, darkai, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9 ")  # httpx2 reads the port
    Settings.resolve(llm.get_model("darkai").Options())
    monkeypatch.setenv("HTTPS_PROXY", "ftp://x:1")  # unused: NO_PROXY=* bypasses all
    monkeypatch.setenv("NO_PROXY", "*")
    add_events(darkai, event("direct"), event())
    assert ask().chunks == ["direct"]


def test_an_at_past_the_host_is_written_escaped_or_refused():
    # `to=me@example.com` or a password cut short at a `?`: no one can tell.
    with pytest.raises(ValueError) as refused:
        llm_darkai.check_endpoint(f"{URL}?to=me@example.com")
    assert str(refused.value) == (
        "LLM_DARKAI_URL must be an http or https URL, got 'https://***'; in a "
        "password, write # / ? as %23 %2F %3F, and @ elsewhere as %40"
    )
    url = f"{URL}?to=me%40example.com"
    assert llm_darkai.check_endpoint(url) == url
    assert llm_darkai.hide_secrets(url) == f"{URL}?***"


@pytest.mark.parametrize(
    "stalling",
    [b": keep-alive\n\n", b"x"],  # comments, or one event a byte at a time
    ids=["keep-alives", "trickle"],
)
def test_data_that_completes_no_event_times_out(stalling):
    clock = FakeClock()
    exchange = Exchange(Settings(timeout=1), "llama-3-70b", "hi", clock=clock)
    exchange.next_request()
    exchange.receive(httpx2.Response(200, headers=STREAM))
    exchange.feed(event("Hi") + b'data: {"event": "text-chunk", "data": {"text": "')
    for _ in range(3):
        clock.now += 0.4
        exchange.feed(stalling)
    assert str(exchange.failure) == (
        "DarkAI timed out after 2 characters: no complete event for 1.2 seconds, "
        "though data kept coming (-o timeout S to wait longer)"
    )


def test_an_answer_that_is_not_http_is_no_unreachable_endpoint(ask, darkai):
    darkai.fail(httpx2.RemoteProtocolError("illegal status line: bytearray(b'\\x00')"))
    assert ask(retries=0).message == (
        f"The answer from {URL} was not valid HTTP: illegal status line: "
        "bytearray(b'\\x00')"
    )


def test_the_chat_log_is_read_at_a_relative_path(tmp_path, monkeypatch):
    import sqlite3

    monkeypatch.chdir(tmp_path)
    conversation = llm.get_model("darkai").conversation()
    with contextlib.closing(sqlite3.connect("relative.db")) as db:
        db.execute("create table threads (id text)")
        db.execute("create table conversations (id text)")
        db.execute("insert into threads values (?)", [conversation.id])
        db.commit()
    assert llm_darkai.logged(conversation, "relative.db") is True
    assert llm_darkai.logged(conversation, "missing.db") is False
