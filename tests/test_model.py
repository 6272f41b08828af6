"""The models through llm's Python API, with HTTP mocked by pytest-httpx."""

import asyncio
import json

import llm
import pytest
from pydantic import ValidationError
from pytest_httpx import IteratorStream

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


def add_stream(httpx_mock, *texts, end=True, **kw):
    httpx_mock.add_response(
        url=URL,
        method="POST",
        headers={"content-type": "text/event-stream"},
        stream=IteratorStream(events(*texts, end=end)),
        **kw,
    )


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


def test_prompt_streams_the_answer(httpx_mock):
    add_stream(httpx_mock, "Why did ", "the chicken ", "cross the road?")
    response = llm.get_model("darkai").prompt("Tell me a joke.")
    assert list(response) == ["Why did ", "the chicken ", "cross the road?"]
    request = httpx_mock.get_request()
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
def test_request_carries_the_darkai_name_without_prefix(
    httpx_mock, model_id, darkai_name
):
    add_stream(httpx_mock, "ok")
    assert llm.get_model(model_id).prompt("hi").text() == "ok"
    assert json.loads(httpx_mock.get_request().content)["model"] == darkai_name


def test_system_prompt_is_part_of_the_query(httpx_mock):
    add_stream(httpx_mock, "ok")
    llm.get_model("darkai").prompt("hi", system="Be brief.").text()
    query = json.loads(httpx_mock.get_request().content)["query"]
    assert query == "System: Be brief.\nUser: hi\nAssistant:"


def test_conversation_sends_the_whole_history(httpx_mock):
    add_stream(httpx_mock, "hello")
    add_stream(httpx_mock, "again to you")
    conversation = llm.get_model("darkai").conversation()
    conversation.prompt("hi").text()
    conversation.prompt("again").text()
    queries = [json.loads(r.content)["query"] for r in httpx_mock.get_requests()]
    assert queries == ["hi", "User: hi\nAssistant: hello\nUser: again\nAssistant:"]


def test_ordinary_answer_logs_no_summary(httpx_mock):
    add_stream(httpx_mock, *["word "] * 500)
    response = llm.get_model("darkai/gpt-4o").prompt("hi")
    assert response.text() == "word " * 500
    assert response.response_json is None


def test_retried_answer_logs_a_small_summary(httpx_mock):
    httpx_mock.add_response(status_code=503, text="busy")
    add_stream(httpx_mock, *["word "] * 500)
    response = llm.get_model("darkai/gpt-4o").prompt("hi", retries=1)
    response.text()
    assert response.response_json == {
        "darkai_model": "gpt-4o",
        "stream_end": True,
        "events": 501,
        "attempts": 2,
    }


def test_async_model_gives_the_same_answer_and_request(httpx_mock):
    add_stream(httpx_mock, "Why did ", "the chicken ", "cross the road?")

    async def run():
        response = llm.get_async_model("llama-3-70b").prompt(
            "Tell me a joke.", system="S"
        )
        chunks = [chunk async for chunk in response]
        return chunks, response

    chunks, response = asyncio.run(run())
    assert chunks == ["Why did ", "the chicken ", "cross the road?"]
    body = json.loads(httpx_mock.get_request().content)
    assert body == {
        "query": "System: S\nUser: Tell me a joke.\nAssistant:",
        "model": "llama-3-70b",
    }
    assert response.response_json is None  # an ordinary answer logs no summary


def test_endpoint_can_be_overridden(httpx_mock, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_URL", "http://mirror.example:8080/v1/chat")
    httpx_mock.add_response(
        url="http://mirror.example:8080/v1/chat",
        stream=IteratorStream(events("mirrored")),
    )
    assert llm.get_model("darkai").prompt("hi").text() == "mirrored"


@pytest.mark.parametrize(
    "timeout, read, connect", [(None, 600.0, 5.0), (30, 30, 5.0), (2.5, 2.5, 2.5)]
)
def test_timeout_option_bounds_the_answer_and_connecting_has_its_own_bound(
    httpx_mock, timeout, read, connect
):
    add_stream(httpx_mock, "ok")
    options = {} if timeout is None else {"timeout": timeout}
    llm.get_model("darkai").prompt("hi", **options).text()
    request_timeout = httpx_mock.get_request().extensions["timeout"]
    # No bound on the wait for a free pooled connection: a queued prompt waits.
    assert request_timeout == {
        "connect": connect,
        "read": read,
        "write": read,
        "pool": None,
    }


def test_proxy_option_is_used(httpx_mock):
    add_stream(httpx_mock, "via proxy", proxy_url="http://proxy.example:3128/")
    response = llm.get_model("darkai").prompt("hi", proxy="http://proxy.example:3128")
    assert response.text() == "via proxy"


def test_proxy_from_environment_is_used(httpx_mock, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "http://user:s3cret@proxy.example:3128")
    add_stream(
        httpx_mock, "via proxy", proxy_url="http://user:s3cret@proxy.example:3128/"
    )
    assert llm.get_model("darkai").prompt("hi").text() == "via proxy"


def test_async_and_sync_share_options_and_results(httpx_mock):
    add_stream(httpx_mock, "same")
    add_stream(httpx_mock, "same")
    sync = llm.get_model("darkai").prompt("hi", timeout=5, retries=0)
    sync_text = sync.text()

    async def run():
        response = llm.get_async_model("darkai").prompt("hi", timeout=5, retries=0)
        return await response.text(), response

    async_text, async_response = asyncio.run(run())
    assert sync_text == async_text == "same"
    assert sync.response_json == async_response.response_json
    first, second = httpx_mock.get_requests()
    assert first.content == second.content
    assert first.extensions["timeout"] == second.extensions["timeout"]


@pytest.mark.parametrize(
    "options, message",
    [
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": -3}, "timeout must be a positive number"),
        ({"timeout": float("nan")}, "timeout must be a positive number"),
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
    httpx_mock, get_model, options, message
):
    with pytest.raises(ValidationError, match=message) as info:
        get_model("darkai").prompt("hi", **options)
    assert "hunter2" not in str(info.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    "url",
    ["ftp://darkai.example/chat", "darkai.example/chat", "http://", "http://h:port/"],
)
def test_bad_endpoint_is_refused_before_any_request(httpx_mock, monkeypatch, url):
    monkeypatch.setenv("LLM_DARKAI_URL", url)
    with pytest.raises(
        llm.ModelError, match="LLM_DARKAI_URL must be an http or https URL"
    ):
        llm.get_model("darkai").prompt("hi").text()
    assert httpx_mock.get_requests() == []


def test_bad_proxy_variable_is_refused_before_any_request(httpx_mock, monkeypatch):
    monkeypatch.setenv("LLM_DARKAI_PROXY", "nonsense")
    with pytest.raises(llm.ModelError, match="LLM_DARKAI_PROXY must be a proxy URL"):
        llm.get_model("darkai").prompt("hi").text()
    assert httpx_mock.get_requests() == []
