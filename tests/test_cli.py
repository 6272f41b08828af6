"""End to end: the real `llm` CLI in a subprocess, the local DarkAI server over real
sockets, and llm's SQLite log read back."""

import asyncio
import json
import os
import select
import sqlite3
import subprocess
import sys
import time

import llm
import pytest
from darkai_server import DarkAIServer, Reply


def logged_turns(user_dir):
    db = sqlite3.connect(user_dir / "logs.db")
    db.row_factory = sqlite3.Row
    return [dict(row) for row in db.execute("select * from turns order by id")]


def logs_json(run_llm, count=0):
    result = run_llm("logs", "--json", "-n", str(count))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_models_list_shows_the_models_and_aliases(run_llm):
    result = run_llm("models", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        "DarkAI: darkai/llama-3-70b (aliases: llama-3-70b, llama-3.1-70b, darkai)"
        in lines
    )
    assert "DarkAI: darkai/gpt-4o" in lines
    assert "DarkAI: darkai/gpt-3.5-turbo" in lines
    # The bare OpenAI names are untouched: no DarkAI line claims them.
    assert "OpenAI Chat: gpt-4o (aliases: 4o)" in lines
    darkai_lines = [line for line in lines if line.startswith("DarkAI")]
    assert not any(
        "gpt-4o," in line or line.endswith(" gpt-4o)") for line in darkai_lines
    )


def test_options_are_listed_with_descriptions(run_llm):
    result = run_llm("models", "list", "--options", "-m", "darkai")
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert (
        "timeout: float Seconds to wait for each piece of the answer (default 600); "
        "connecting waits at most 5" in out
    )
    assert "retries: int Times to retry" in out and "at most 10" in out
    assert "proxy: str Proxy URL for DarkAI requests" in out


def test_prompt_by_alias(run_llm, server):
    result = run_llm("-m", "llama-3-70b", "Tell me a joke.")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "llama-3-70b heard: Tell me a joke.\n"
    assert server.requests[0].json == {
        "query": "Tell me a joke.",
        "model": "llama-3-70b",
    }
    assert server.requests[0].headers["accept"] == "text/event-stream"


def test_no_stream_prints_the_same_text(run_llm):
    streamed = run_llm("-m", "darkai/gpt-4o", "same words")
    whole = run_llm("-m", "darkai/gpt-4o", "same words", "--no-stream")
    assert streamed.returncode == whole.returncode == 0
    assert streamed.stdout == whole.stdout == "gpt-4o heard: same words\n"


def test_answer_is_printed_as_it_arrives(server, stream_until_seen):
    # The server sends one chunk, then waits until the test has seen it printed.
    server.script(Reply(chunks=["first-chunk ", "second-chunk"], hold_after=1))
    before, after = stream_until_seen(["-m", "darkai", "go"], b"first-chunk")
    assert before == b"first-chunk "
    assert after == b"first-chunk second-chunk\n"


def test_system_prompt_is_sent_in_the_reference_format(run_llm, server):
    result = run_llm("-m", "darkai", "-s", "Be brief.", "hi")
    assert result.returncode == 0, result.stderr
    assert server.requests[0].json["query"] == "System: Be brief.\nUser: hi\nAssistant:"


@pytest.mark.parametrize("how", ["-s", "--sf"])
def test_a_system_prompt_alone_is_sent(run_llm, server, tmp_path, how):
    # `llm -m darkai -s 'Say hi' </dev/null`: as other llm models, not refused.
    system = tmp_path / "system.txt"
    system.write_text("Say hi")
    value = "Say hi" if how == "-s" else str(system)
    result = run_llm("-m", "darkai", how, value, input="")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "llama-3-70b heard: Say hi\n"
    assert server.requests[0].json["query"] == "Say hi"


def test_continue_sends_the_whole_conversation(run_llm, server, user_dir):
    server.script(Reply(chunks=["Hello", " there"]), Reply(chunks=["Fine."]))
    assert run_llm("-m", "darkai", "-s", "Be brief.", "hi").returncode == 0
    result = run_llm("-c", "how are you?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Fine.\n"
    assert server.requests[1].json == {
        "query": "System: Be brief.\nUser: hi\nAssistant: Hello there\n"
        "User: how are you?\nAssistant:",
        "model": "llama-3-70b",
    }
    first, second = logged_turns(user_dir)
    assert first["thread_id"] == second["thread_id"]


def test_chat_sends_the_history_every_turn(run_llm, server):
    server.script(Reply(chunks=["One."]), Reply(chunks=["Two."]))
    result = run_llm("chat", "-m", "darkai", input="first\nsecond\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "One." in result.stdout and "Two." in result.stdout
    queries = [request.json["query"] for request in server.requests]
    assert queries == [
        "first",
        "User: first\nAssistant: One.\nUser: second\nAssistant:",
    ]


def test_every_exchange_is_logged(run_llm, server, user_dir):
    server.script(Reply(chunks=["Why did ", "the chicken..."]))
    assert run_llm("-m", "darkai/gpt-4o", "-s", "Be funny.", "A joke?").returncode == 0
    [turn] = logged_turns(user_dir)
    assert turn["model"] == "darkai/gpt-4o"
    assert turn["response_json"] is None  # only unusual answers carry a summary
    [entry] = logs_json(run_llm)
    assert entry["model"] == "darkai/gpt-4o"
    assert entry["prompt"] == "A joke?"
    assert entry["system"] == "Be funny."
    assert entry["response"] == "Why did the chicken..."
    assert entry["conversation_id"] == turn["thread_id"]


def test_surrogate_halves_in_separate_events_print_and_log_as_one_character(
    run_llm, server
):
    # A server slicing text by UTF-16 units ends one event with "\ud83d" and
    # starts the next with "\udc14"; a half alone is shown as U+FFFD.
    server.script(Reply(chunks=["A \ud83d", "\udc14 B \udc14", " end"]))
    result = run_llm("-m", "darkai", "hi")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "A \U0001f414 B \ufffd end\n"
    assert logs_json(run_llm)[0]["response"] == "A \U0001f414 B \ufffd end"


def test_unended_long_answer_logs_a_small_summary(run_llm, server, user_dir):
    server.script(Reply(chunks=["word "] * 5000, end=False))
    assert run_llm("-m", "darkai", "long").returncode == 0
    [turn] = logged_turns(user_dir)
    assert len(turn["response_json"]) < 200
    assert json.loads(turn["response_json"]) == {
        "darkai_model": "llama-3-70b",
        "stream_end": False,
        "events": 5000,
        "attempts": 1,
    }


def test_options_reach_the_log(run_llm, user_dir):
    assert (
        run_llm(
            "-m", "darkai", "-o", "timeout", "30", "-o", "retries", "0", "hi"
        ).returncode
        == 0
    )
    [turn] = logged_turns(user_dir)
    assert json.loads(turn["options_json"]) == {"timeout": 30.0, "retries": 0}


def test_python_api_sync_and_async(darkai_url):
    model = llm.get_model("darkai")
    assert (
        model.prompt("sync", system="S").text()
        == "llama-3-70b heard: System: S\nUser: sync\nAssistant:"
    )

    async def ask():
        return await llm.get_async_model("llama-3-70b").prompt("async").text()

    assert asyncio.run(ask()) == "llama-3-70b heard: async"


def test_twenty_concurrent_async_prompts_get_their_own_answers(darkai_url, server):
    server.script(*[Reply(delay=0.01) for _ in range(20)])

    async def ask_all():
        model = llm.get_async_model("llama-3-70b")
        responses = [model.prompt(f"question number {n}") for n in range(20)]
        return await asyncio.gather(*(response.text() for response in responses))

    answers = asyncio.run(ask_all())
    assert answers == [f"llama-3-70b heard: question number {n}" for n in range(20)]
    assert len(server.requests) == 20


def test_more_concurrent_async_prompts_than_the_pool_holds_queue_for_it(
    darkai_url, server
):
    # httpx keeps at most 100 connections. Each answer takes about 1.6 s, so the
    # prompts queued behind the first 100 wait longer than -o timeout 1 for a
    # connection: waiting is not a timeout, as nothing has been sent yet.
    count = 110
    server.default = Reply(delay=0.4)

    async def ask_all():
        model = llm.get_async_model("llama-3-70b")
        responses = [model.prompt(f"number {n}", timeout=1) for n in range(count)]
        return await asyncio.gather(*(response.text() for response in responses))

    answers = asyncio.run(ask_all())
    assert answers == [f"llama-3-70b heard: number {n}" for n in range(count)]
    assert len(server.requests) == count


def test_prompts_in_one_process_share_one_client(darkai_url, server):
    import llm_darkai

    model = llm.get_model("darkai")
    clients = []
    for n in range(3):
        assert model.prompt(f"n{n}").text() == f"llama-3-70b heard: n{n}"
        clients.append(llm_darkai._sync_clients[None][0])
    assert clients[0] is clients[1] is clients[2] and not clients[0].is_closed


def test_async_clients_close_and_are_forgotten_with_their_loop(darkai_url):
    import gc

    import llm_darkai

    seen = []

    async def ask():
        answer = await llm.get_async_model("darkai").prompt("hi").text()
        loop_clients = llm_darkai._async_clients[asyncio.get_running_loop()]
        seen.append(loop_clients[None][0])
        return answer

    assert asyncio.run(ask()) == asyncio.run(ask()) == "llama-3-70b heard: hi"
    first, second = seen
    assert first is not second and first.is_closed and second.is_closed
    gc.collect()
    assert len(llm_darkai._async_clients) == 0


def three_events_in_one_write():
    from darkai_server import STREAM_END, text_event

    return b"".join(text_event(text) for text in ("Why ", "did ", "it?")) + STREAM_END


def test_texts_arriving_together_are_one_chunk(darkai_url, server):
    server.script(*[Reply(body=three_events_in_one_write()) for _ in range(2)])
    assert list(llm.get_model("darkai").prompt("hi")) == ["Why did it?"]

    async def chunks():
        return [chunk async for chunk in llm.get_async_model("darkai").prompt("hi")]

    assert asyncio.run(chunks()) == ["Why did it?"]


def test_texts_arriving_apart_stay_apart(darkai_url, server):
    # The server sends each event only once the one before it was yielded.
    server.script(*[Reply(chunks=["Why ", "did ", "it?"], in_steps=True)] * 2)

    def chunks():
        for chunk in llm.get_model("darkai").prompt("hi"):
            server.next_event.release()
            yield chunk

    assert list(chunks()) == ["Why ", "did ", "it?"]

    async def async_chunks():
        chunks = []
        async for chunk in llm.get_async_model("darkai").prompt("hi"):
            server.next_event.release()
            chunks.append(chunk)
        return chunks

    assert asyncio.run(async_chunks()) == ["Why ", "did ", "it?"]


def test_one_chunk_per_read_is_logged_whole(run_llm, server, user_dir):
    server.script(Reply(body=three_events_in_one_write()))
    result = run_llm("-m", "darkai", "hi")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Why did it?\n"
    [entry] = logs_json(run_llm)
    assert entry["response"] == "Why did it?"
    assert entry["response_json"] is None


# llm chat: a failed turn ends the chat with one line saying how to go on ------


def one_error_line(stderr):
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


def read_until(stream, text, timeout=30):
    """What `stream` gives until `text` has appeared, waiting at most `timeout`."""
    seen = b""
    deadline = time.monotonic() + timeout
    while text.encode() not in seen:
        ready, _, _ = select.select([stream], [], [], deadline - time.monotonic())
        assert ready, seen
        data = os.read(stream.fileno(), 4096)
        assert data, seen
        seen += data
    return seen.decode()


def test_chat_with_the_server_gone_between_turns(llm_env, user_dir):
    server = DarkAIServer().start()
    server.script(Reply(chunks=["One."]))
    chat = subprocess.Popen(
        [sys.executable, "-m", "llm", "chat", "-m", "darkai"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**llm_env, "LLM_DARKAI_URL": server.url},
    )
    chat.stdin.write(b"first\n")
    chat.stdin.flush()
    read_until(chat.stdout, "One.")
    server.stop()
    chat.stdin.write(b"second\n")
    chat.stdin.close()
    assert chat.wait(timeout=60) == 1
    [(thread_id,)] = sqlite3.connect(user_dir / "logs.db").execute(
        "select thread_id from turns"
    )
    assert one_error_line(chat.stderr.read().decode()) == (
        f"Error: Could not reach DarkAI at {server.url}: Connection refused "
        f"(gave up after 3 attempts). The chat has ended; llm chat --cid "
        f"{thread_id} picks it up again"
    )
    # And it does: the history so far goes with the next turn.
    with DarkAIServer() as again:
        resumed = subprocess.run(
            [sys.executable, "-m", "llm", "chat", "--cid", thread_id],
            input="second\nquit\n",
            capture_output=True,
            text=True,
            env={**llm_env, "LLM_DARKAI_URL": again.url},
            timeout=60,
        )
    assert resumed.returncode == 0, resumed.stderr
    assert again.requests[0].json["query"] == (
        "User: first\nAssistant: One.\nUser: second\nAssistant:"
    )


def test_chat_failing_within_a_tool_chain_says_nothing_was_saved(run_llm, server):
    # llm chat logs a turn only once its tools are done: there is nothing to resume.
    function = 'def add(a: int, b: int) -> int:\n    "Add"\n    return a + b\n'
    call = '{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}]}'
    server.script(Reply(chunks=[call]), Reply(status=400, body=b'{"error": "bad"}'))
    result = run_llm(
        "chat", "-m", "darkai", "--functions", function, input="add 1 and 2\n"
    )
    assert one_error_line(result.stderr) == (
        "Error: DarkAI returned an error: HTTP 400 Bad Request: bad. "
        "The chat has ended, with nothing saved"
    )


def test_chat_with_the_connection_cut_mid_answer(run_llm, server):
    server.script(Reply(chunks=["Once ", "upon", "never sent"], cut_after=2))
    result = run_llm("chat", "-m", "darkai", input="tell me\nmore\n")
    assert result.returncode == 1
    assert "Once upon" in result.stdout
    line = one_error_line(result.stderr)
    assert line.startswith("Error: DarkAI stream was interrupted after 9 characters: ")
    assert line.endswith(". The chat has ended, with nothing saved")
    assert len(server.requests) == 1


def test_chat_with_503s_after_the_retries(run_llm, server, user_dir):
    server.script(
        Reply(chunks=["One."]), *[Reply(status=503, body=b'{"error": "busy"}')] * 3
    )
    result = run_llm("chat", "-m", "darkai", input="first\nsecond\nthird\n")
    assert result.returncode == 1
    [(thread_id,)] = sqlite3.connect(user_dir / "logs.db").execute(
        "select thread_id from turns"
    )
    assert one_error_line(result.stderr) == (
        "Error: DarkAI returned an error: HTTP 503 Service Unavailable: busy "
        f"(gave up after 3 attempts). The chat has ended; llm chat --cid "
        f"{thread_id} picks it up again"
    )
    assert len(server.requests) == 4
