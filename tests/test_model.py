"""The models through llm's Python API, with HTTP mocked by pytest-httpx2."""

import asyncio
import base64
import json
import sys

import llm
import pytest
from pydantic import ValidationError
from socks_proxy import SocksProxy

import llm_darkai

URL = llm_darkai.DEFAULT_URL


def events(*texts, end=True):
    body = [
        b"data: "
        + json.dumps({"event": "text-chunk", "data": {"text": t}}).encode()
        + b"\n\n"
        for t in texts
    ]
    if end:
        body.append(b'data: {"event": "stream-end"}\n\n')
    return body


def add_stream(darkai, *texts, end=True):
    darkai.respond(
        headers={"content-type": "text/event-stream"}, pieces=events(*texts, end=end)
    )


def only_request(darkai):
    [request] = darkai.requests
    return request


def test_models_are_registered_with_their_aliases():
    by_id = {m.model.model_id: m for m in llm.get_models_with_aliases()}
    assert set(by_id["darkai/llama-3-70b"].aliases) == {
        "llama-3-70b",
        "llama-3.1-70b",
        "darkai",
    }
    assert by_id["darkai/gpt-4o"].aliases == []
    assert by_id["darkai/gpt-3.5-turbo"].aliases == []
    for name in ("darkai", "llama-3-70b", "llama-3.1-70b"):
        assert llm.get_model(name).model_id == "darkai/llama-3-70b"
    # The bare names stay OpenAI's.
    assert llm.get_model("gpt-4o").model_id == "gpt-4o"
    assert not isinstance(llm.get_model("gpt-3.5-turbo"), llm_darkai.DarkAI)


def test_prompt_streams_the_answer(darkai):
    add_stream(darkai, "Why did ", "the chicken ", "cross the road?")
    response = llm.get_model("darkai").prompt("Tell me a joke.")
    assert list(response) == ["Why did ", "the chicken ", "cross the road?"]
    request = only_request(darkai)
    assert request.url == "https://darkai.foundation/chat"  # the default endpoint
    assert json.loads(request.content) == {
        "query": "Tell me a joke.",
        "model": "llama-3-70b",
    }
    assert request.headers["accept"] == "text/event-stream"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == llm_darkai.USER_AGENT


@pytest.mark.parametrize(
    "model_id, darkai_name",
    [
        ("darkai/gpt-4o", "gpt-4o"),
        ("darkai/gpt-3.5-turbo", "gpt-3.5-turbo"),
        ("llama-3.1-70b", "llama-3-70b"),
    ],
)
def test_request_carries_the_darkai_name_without_prefix(darkai, model_id, darkai_name):
    add_stream(darkai, "ok")
    assert llm.get_model(model_id).prompt("hi").text() == "ok"
    assert json.loads(only_request(darkai).content)["model"] == darkai_name


def test_system_prompt_is_part_of_the_query(darkai):
    add_stream(darkai, "ok")
    llm.get_model("darkai").prompt("hi", system="Be brief.").text()
    query = json.loads(only_request(darkai).content)["query"]
    assert query == "System: Be brief.\nUser: hi\nAssistant:"


def test_conversation_sends_the_whole_history(darkai):
    add_stream(darkai, "hello")
    add_stream(darkai, "again to you")
    conversation = llm.get_model("darkai").conversation()
    conversation.prompt("hi").text()
    conversation.prompt("again").text()
    queries = [json.loads(r.content)["query"] for r in darkai.requests]
    assert queries == ["hi", "User: hi\nAssistant: hello\nUser: again\nAssistant:"]


def test_ordinary_answer_logs_no_summary(darkai):
    add_stream(darkai, *["word "] * 500)
    response = llm.get_model("darkai/gpt-4o").prompt("hi")
    assert response.text() == "word " * 500
    assert response.response_json is None


def test_retried_answer_logs_a_small_summary(darkai):
    darkai.respond(503, text="busy")
    add_stream(darkai, *["word "] * 500)
    response = llm.get_model("darkai/gpt-4o").prompt("hi", retries=1)
    response.text()
    assert response.response_json == {
        "darkai_model": "gpt-4o",
        "stream_end": True,
        "events": 501,
        "attempts": 2,
    }


def test_async_model_gives_the_same_answer_and_request(darkai):
    add_stream(darkai, "Why did ", "the chicken ", "cross the road?")

    async def run():
        response = llm.get_async_model("llama-3-70b").prompt(
            "Tell me a joke.", system="S"
        )
        chunks = [chunk async for chunk in response]
        return chunks, response

    chunks, response = asyncio.run(run())
    assert chunks == ["Why did ", "the chicken ", "cross the road?"]
    body = json.loads(only_request(darkai).content)
    assert body == {
        "query": "System: S\nUser: Tell me a joke.\nAssistant:",
        "model": "llama-3-70b",
    }
    assert response.response_json is None  # an ordinary answer logs no summary


def test_endpoint_can_be_overridden(darkai, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_URL", "http://mirror.example:8080/v1/chat")
    darkai.respond(url="http://mirror.example:8080/v1/chat", pieces=events("mirrored"))
    assert llm.get_model("darkai").prompt("hi").text() == "mirrored"


@pytest.mark.parametrize(
    "timeout, read, connect", [(None, 600.0, 5.0), (30, 30, 5.0), (2.5, 2.5, 2.5)]
)
def test_timeout_option_bounds_the_answer_and_connecting_has_its_own_bound(
    darkai, timeout, read, connect
):
    add_stream(darkai, "ok")
    options = {} if timeout is None else {"timeout": timeout}
    llm.get_model("darkai").prompt("hi", **options).text()
    request_timeout = only_request(darkai).extensions["timeout"]
    # No bound on the wait for a free pooled connection: a queued prompt waits.
    assert request_timeout == {
        "connect": connect,
        "read": read,
        "write": read,
        "pool": None,
    }


# The proxies: the local server, which answers a proxied request as any other,
# stands in for one; DarkAI's address exists only as the request line it gets.
PROXIED_URL = "http://darkai.invalid/chat"


def text_of(get_model, **options):
    response = get_model("darkai").prompt("hi", **options)
    if get_model is llm.get_model:
        return response.text()

    async def run():
        return await response.text()

    return asyncio.run(run())


@pytest.mark.parametrize("get_model", [llm.get_model, llm.get_async_model])
def test_proxy_option_is_used(get_model, server, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_URL", PROXIED_URL)
    proxy = server.url.removesuffix("/chat")
    assert text_of(get_model, proxy=proxy) == "llama-3-70b heard: hi"
    [request] = server.requests
    assert request.path == PROXIED_URL  # the absolute form: sent to a proxy


@pytest.mark.parametrize("get_model", [llm.get_model, llm.get_async_model])
def test_proxy_from_environment_is_used_with_its_password(
    get_model, server, monkeypatch
):
    monkeypatch.setenv("LLM_DARKAI_URL", PROXIED_URL)
    proxy = server.url.replace("http://", "http://user:s3cret@").removesuffix("/chat")
    monkeypatch.setenv("LLM_DARKAI_PROXY", proxy)
    assert text_of(get_model) == "llama-3-70b heard: hi"
    [request] = server.requests
    assert request.path == PROXIED_URL
    credentials = base64.b64encode(b"user:s3cret").decode()
    assert request.headers["proxy-authorization"] == f"Basic {credentials}"


@pytest.mark.parametrize("get_model", [llm.get_model, llm.get_async_model])
def test_socks5_proxy_is_used(get_model, server, darkai_url, monkeypatch):
    host, port = server.httpd.server_address
    with SocksProxy() as proxy:
        monkeypatch.setenv("LLM_DARKAI_PROXY", proxy.url)
        assert text_of(get_model) == "llama-3-70b heard: hi"
    assert proxy.targets == [(host, port)]


def test_socks5_proxy_without_its_extra_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "socksio", None)  # as if not installed
    monkeypatch.setattr(llm_darkai, "_sync_clients", {})
    response = llm.get_model("darkai").prompt("hi", proxy="socks5://127.0.0.1:9")
    with pytest.raises(llm.ModelError) as info:
        response.text()
    assert str(info.value).startswith(
        "This proxy needs an extra package: pip install 'httpx2[socks]' ("
    )


def test_async_and_sync_share_options_and_results(darkai):
    add_stream(darkai, "same")
    add_stream(darkai, "same")
    sync = llm.get_model("darkai").prompt("hi", timeout=5, retries=0)
    sync_text = sync.text()

    async def run():
        response = llm.get_async_model("darkai").prompt("hi", timeout=5, retries=0)
        return await response.text(), response

    async_text, async_response = asyncio.run(run())
    assert sync_text == async_text == "same"
    assert sync.response_json == async_response.response_json
    first, second = darkai.requests
    assert first.content == second.content
    assert first.extensions["timeout"] == second.extensions["timeout"]


@pytest.mark.parametrize(
    "options, message",
    [
        ({"timeout": 0}, "timeout must be from 0.1 to 86400 seconds"),
        ({"timeout": -3}, "timeout must be from 0.1 to 86400 seconds"),
        ({"timeout": float("nan")}, "timeout must be from 0.1 to 86400 seconds"),
        ({"timeout": "soon"}, "timeout"),
        ({"retries": -1}, "retries must be from 0 to 10"),
        ({"retries": 11}, "retries must be from 0 to 10"),
        ({"retries": 10**20}, "retries must be from 0 to 10"),
        ({"retries": 1.5}, "retries"),
        ({"retries": "many"}, "retries"),
        ({"proxy": "not a url"}, "proxy must be a proxy URL"),
        ({"proxy": "ftp://proxy.example"}, "proxy must be a proxy URL"),
        ({"proxy": "http://bob:hunter2@proxy.example:3128"}, "LLM_DARKAI_PROXY"),
    ],
)
@pytest.mark.parametrize("get_model", [llm.get_model, llm.get_async_model])
def test_bad_options_are_refused_before_any_request(
    darkai, get_model, options, message
):
    with pytest.raises(ValidationError, match=message) as info:
        get_model("darkai").prompt("hi", **options)
    assert "hunter2" not in str(info.value)
    assert darkai.requests == []


@pytest.mark.parametrize(
    "url",
    ["ftp://darkai.example/chat", "darkai.example/chat", "http://", "http://h:port/"],
)
def test_bad_endpoint_is_refused_before_any_request(darkai, monkeypatch, url):
    monkeypatch.setenv("LLM_DARKAI_URL", url)
    with pytest.raises(
        llm.ModelError, match="LLM_DARKAI_URL must be an http or https URL"
    ):
        llm.get_model("darkai").prompt("hi").text()
    assert darkai.requests == []


def test_bad_proxy_variable_is_refused_before_any_request(darkai, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "nonsense")
    with pytest.raises(llm.ModelError, match="LLM_DARKAI_PROXY must be a proxy URL"):
        llm.get_model("darkai").prompt("hi").text()
    assert darkai.requests == []
