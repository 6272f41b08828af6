"""Failures: each ends in one clear line, transient ones are retried, text already
shown stays shown, and no secret leaks. Unit tests (pytest-httpx, sync and async
alike) first, then the real CLI against a misbehaving local server."""

import asyncio
import json
import sqlite3
import subprocess
import time
from dataclasses import dataclass

import httpx
import llm
import pytest
from darkai_server import DarkAIServer, Reply
from pytest_httpx import IteratorStream

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

    def run_sync(options):
        response = llm.get_model("darkai").prompt("hi", **options)
        chunks = []
        try:
            for chunk in response:
                chunks.append(chunk)
        except llm.ModelError as exc:
            return Outcome(chunks, exc, response)
        return Outcome(chunks, None, response)

    async def run_async(options):
        response = llm.get_async_model("darkai").prompt("hi", **options)
        chunks = []
        try:
            async for chunk in response:
                chunks.append(chunk)
        except llm.ModelError as exc:
            return Outcome(chunks, exc, response)
        return Outcome(chunks, None, response)

    def run(**options):
        if request.param == "sync":
            return run_sync(options)
        return asyncio.run(run_async(options))

    return run


def add_events(httpx_mock, *pieces, **kw):
    httpx_mock.add_response(
        url=URL,
        headers={"content-type": "text/event-stream"},
        stream=IteratorStream(list(pieces)),
        **kw,
    )


@pytest.mark.parametrize(
    "body, detail",
    [
        ({"error": "model overloaded"}, "model overloaded"),
        ({"message": "bad query"}, "bad query"),
        ({"detail": "not allowed"}, "not allowed"),
        ({"error": {"message": "nested reason"}}, "nested reason"),
    ],
)
def test_http_error_shows_status_and_server_message(ask, httpx_mock, body, detail):
    httpx_mock.add_response(url=URL, status_code=400, json=body)
    outcome = ask()
    assert isinstance(outcome.error, DarkAIError)
    assert (
        outcome.message == f"DarkAI returned an error: HTTP 400 Bad Request: {detail}"
    )


def test_http_error_html_page_is_summarised_not_dumped(ask, httpx_mock):
    page = (
        "<html><head><title>Bad Gateway</title></head><body>"
        + "x" * 5000
        + "</body></html>"
    )
    httpx_mock.add_response(url=URL, status_code=404, html=page)
    outcome = ask()
    assert outcome.message == (
        "DarkAI returned an error: HTTP 404 Not Found: "
        "an HTML page titled 'Bad Gateway'"
    )


def test_http_error_text_is_an_excerpt(ask, httpx_mock):
    httpx_mock.add_response(url=URL, status_code=400, text="no " * 1000)
    outcome = ask()
    assert outcome.message.startswith(
        "DarkAI returned an error: HTTP 400 Bad Request: no no"
    )
    assert len(outcome.message) < 300


def test_cloudflare_challenge_says_blocked_and_suggests_a_proxy(ask, httpx_mock):
    httpx_mock.add_response(
        url=URL,
        status_code=403,
        content=CLOUDFLARE_PAGE,
        headers={"server": "cloudflare"},
    )
    outcome = ask()
    assert "blocked by Cloudflare (HTTP 403" in outcome.message
    assert "proxy" in outcome.message and "LLM_DARKAI_PROXY" in outcome.message
    assert "<" not in outcome.message


def test_html_page_with_status_200_is_an_error(ask, httpx_mock):
    httpx_mock.add_response(
        url=URL, html="<html><title>Welcome to nginx!</title></html>"
    )
    outcome = ask()
    assert outcome.message == (
        "DarkAI answered HTTP 200 but not with an event stream: "
        "an HTML page titled 'Welcome to nginx!'"
    )


def test_body_without_any_event_is_an_error(ask, httpx_mock):
    add_events(httpx_mock, b"hello, I am not an event stream\n")
    outcome = ask()
    assert outcome.message == (
        "DarkAI's answer was not an event stream: hello, I am not an event stream"
    )


def test_stream_closed_with_no_text_and_no_end_is_an_error(ask, httpx_mock):
    add_events(httpx_mock, b'data: {"event": "heartbeat"}\n\n')
    outcome = ask()
    assert "closed the stream without sending any text or stream-end" in outcome.message


def test_clean_close_after_text_keeps_it_and_records_no_end(ask, httpx_mock):
    add_events(httpx_mock, event("all "), event("there is"))
    outcome = ask()
    assert outcome.error is None and outcome.chunks == ["all ", "there is"]
    assert outcome.response.response_json["stream_end"] is False


def test_stream_end_with_no_text_is_an_empty_answer(ask, httpx_mock):
    add_events(httpx_mock, event())
    outcome = ask()
    assert outcome.error is None and outcome.chunks == []


def broken_stream(*pieces):
    def body():
        yield from pieces
        raise httpx.RemoteProtocolError("peer closed connection")

    return IteratorStream(body())


def test_broken_stream_keeps_text_and_says_how_much_arrived(ask, httpx_mock):
    httpx_mock.add_response(
        url=URL, stream=broken_stream(event("Hello "), event("wor"))
    )
    outcome = ask()
    assert outcome.chunks == ["Hello ", "wor"]
    assert outcome.message == (
        "DarkAI stream was interrupted after 9 characters: peer closed connection"
    )
    assert len(httpx_mock.get_requests()) == 1  # never retried once text was shown


@pytest.mark.parametrize("status", sorted(llm_darkai.RETRY_STATUSES))
def test_transient_statuses_are_retried(ask, httpx_mock, status):
    httpx_mock.add_response(url=URL, status_code=status, text="busy")
    add_events(httpx_mock, event("finally"), event())
    outcome = ask()
    assert outcome.error is None and outcome.chunks == ["finally"]
    assert len(httpx_mock.get_requests()) == 2
    assert outcome.response.response_json["attempts"] == 2


def test_connect_errors_are_retried(ask, httpx_mock):
    httpx_mock.add_exception(httpx.ConnectError("Connection refused"), url=URL)
    add_events(httpx_mock, event("up again"), event())
    assert ask().chunks == ["up again"]


def test_retries_give_up_and_say_how_many_attempts(ask, httpx_mock):
    for _ in range(4):
        httpx_mock.add_response(url=URL, status_code=503, json={"error": "down"})
    outcome = ask(retries=3)
    assert outcome.message == (
        "DarkAI returned an error: HTTP 503 Service Unavailable: down "
        "(gave up after 4 attempts)"
    )
    assert len(httpx_mock.get_requests()) == 4


def test_retries_zero_turns_retrying_off(ask, httpx_mock):
    httpx_mock.add_response(url=URL, status_code=503, json={"error": "down"})
    outcome = ask(retries=0)
    assert (
        outcome.message
        == "DarkAI returned an error: HTTP 503 Service Unavailable: down"
    )
    assert len(httpx_mock.get_requests()) == 1


def test_client_errors_are_not_retried(ask, httpx_mock):
    httpx_mock.add_response(url=URL, status_code=401, json={"error": "no"})
    assert "HTTP 401" in ask().message
    assert len(httpx_mock.get_requests()) == 1


def test_read_timeout_says_it_timed_out(ask, httpx_mock):
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"), url=URL)
    outcome = ask(timeout=3)
    assert outcome.message == (
        "DarkAI timed out: no data for 3 seconds (-o timeout S to wait longer)"
    )
    assert len(httpx_mock.get_requests()) == 1


def test_connect_timeout_is_retried_and_named(ask, httpx_mock):
    for _ in range(2):
        httpx_mock.add_exception(httpx.ConnectTimeout("timed out"), url=URL)
    outcome = ask(timeout=3, retries=1)
    assert outcome.message == (
        f"Could not reach DarkAI at {URL}: connection timed out after 3 seconds "
        "(gave up after 2 attempts)"
    )


def test_proxy_password_never_reaches_an_error(ask, httpx_mock, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "http://bob:p%40ss@proxy.example:3128")
    httpx_mock.add_exception(
        httpx.ProxyError("cannot use http://bob:p%40ss@proxy.example:3128 (p@ss)"),
        url=URL,
        is_reusable=True,
    )
    outcome = ask(retries=0)
    assert "p%40ss" not in outcome.message and "p@ss" not in outcome.message
    assert "bob:***@proxy.example" in outcome.message


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
    exchange.receive(httpx.Response(200, headers={"content-type": "text/event-stream"}))
    assert exchange.feed(event("shown")) == "shown"
    with pytest.raises(DarkAIError):
        exchange.retry_delay(DarkAIError("boom", retryable=True))


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
    assert_one_line_error(
        result,
        "DarkAI returned an error: HTTP 503 Service Unavailable: overloaded "
        "(gave up after 3 attempts)",
    )
    assert len(server.requests) == 3


def test_cli_recovers_from_a_transient_error(run_llm, server):
    server.script(Reply(status=502, body=b"bad gateway"), Reply(chunks=["recovered"]))
    result = run_llm("-m", "darkai", "hi")
    assert result.returncode == 0 and result.stdout == "recovered\n"
    assert len(server.requests) == 2


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
        result, "DarkAI timed out after 8 characters: no data for 1 seconds"
    )
    assert elapsed < 20


def test_cli_endless_line_is_cut_off(run_llm, server):
    server.script(Reply(endless_line=True))
    started = time.monotonic()
    result = run_llm("-m", "darkai", "hi")
    assert_one_line_error(result, "DarkAI sent a line longer than 1048576 bytes")
    assert time.monotonic() - started < 30


def test_cli_refused_port(run_llm):
    with DarkAIServer() as closed:
        url = closed.url  # a port nothing listens on once the server stops
    result = run_llm(
        "-m", "darkai", "-o", "retries", "1", "hi", env={"LLM_DARKAI_URL": url}
    )
    assert_one_line_error(
        result, f"Could not reach DarkAI at {url}:", "(gave up after 2 attempts)"
    )


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("timeout", "0", "timeout must be a positive number of seconds"),
        ("timeout", "-5", "timeout must be a positive number of seconds"),
        ("retries", "-1", "retries must be 0 or more"),
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


def test_cli_proxy_password_not_in_connection_errors(run_llm):
    env = {
        "LLM_DARKAI_PROXY": "http://bob:hunter2@127.0.0.1:9",
        "LLM_DARKAI_URL": "http://darkai.invalid/chat",
    }
    result = run_llm("-m", "darkai", "-o", "retries", "0", "hi", env=env)
    line = assert_one_line_error(result, "Could not reach DarkAI")
    assert "hunter2" not in line


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


def test_redirects_are_not_followed_but_explained(ask, httpx_mock):
    httpx_mock.add_response(
        url=URL, status_code=301, headers={"location": "https://new.example/chat"}
    )
    outcome = ask()
    assert outcome.message == (
        "DarkAI returned an error: HTTP 301 Moved Permanently: redirected to "
        "https://new.example/chat; set LLM_DARKAI_URL to follow it"
    )
    assert len(httpx_mock.get_requests()) == 1


def test_cli_endpoint_password_is_never_printed(run_llm):
    env = {"LLM_DARKAI_URL": "http://bob:hunter2@127.0.0.1:9/chat"}
    line = assert_one_line_error(
        run_llm("-m", "darkai", "-o", "retries", "0", "hi", env=env),
        "Could not reach DarkAI at http://bob:***@127.0.0.1:9/chat",
    )
    assert "hunter2" not in line
    status = run_llm("darkai", "status", env=env)
    assert status.returncode == 1 and "hunter2" not in status.stdout
    assert "endpoint: http://bob:***@127.0.0.1:9/chat" in status.stdout
    refused = run_llm(
        "-m", "darkai", "hi", env={"LLM_DARKAI_URL": "ftp://bob:hunter2@x/"}
    )
    assert "hunter2" not in refused.stderr and "ftp://bob:***@x/" in refused.stderr
