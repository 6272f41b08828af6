"""Tools and schemas end to end: the real `llm` CLI (and the Python API) against the
local server playing a model that follows the plugin's protocol, with llm's log
read back."""

import asyncio
import json
from importlib.metadata import version

import llm
import pytest
from darkai_server import Reply

import llm_darkai

LLM_VERSION = version("llm")  # what the llm_version tool answers
ADD = "def add(a: int, b: int) -> int:\n    'Add two integers.'\n    return a + b\n"
VERSION_CALL = '{"tool_calls": [{"name": "llm_version", "arguments": {}}]}'


def results_in(query):
    """The tool results the query carries, as the model reads them."""
    lines = query.splitlines()
    return [
        lines[index + 1].strip()
        for index, line in enumerate(lines)
        if line.startswith("Tool: result of ")
    ]


def answer_with_results(query):
    return ["The results: ", ", ".join(results_in(query))]


def logs(run_llm):
    result = run_llm("logs", "--json", "-n", "0")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_call_and_result_logged(rows, name, arguments, output):
    """`rows`: the logged response with the call, then the one with its result."""
    first, second = rows
    (call,) = first["tool_calls"]  # once: the stream events carry the call's id
    assert (call["name"], call["arguments"]) == (name, arguments)
    (result,) = second["tool_results"]
    assert (result["name"], result["output"]) == (name, output)
    assert result["tool_call_id"] == call["tool_call_id"]


# 1. A tool call, run by llm ------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_tool_call_runs_and_its_result_goes_back(run_llm, server, mode):
    server.script(Reply(chunks=[VERSION_CALL[:20], VERSION_CALL[20:]]))
    server.script(Reply(chunks=answer_with_results))
    extra = ["--async"] if mode == "async" else []
    result = run_llm("-m", "darkai", *extra, "-T", "llm_version", "What version?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"The results: {LLM_VERSION}\n"
    first, second = (request.json["query"] for request in server.requests)
    assert first.startswith("System: You can use these tools:\n- llm_version: ")
    assert first.endswith("User: What version?\nAssistant:")
    assert second == (
        f"{first} {VERSION_CALL}\n"
        f"Tool: result of llm_version:\n  {LLM_VERSION}\nAssistant:"
    )
    assert_call_and_result_logged(logs(run_llm), "llm_version", {}, LLM_VERSION)


def test_chain_limit_stops_a_model_that_always_calls(run_llm, server):
    server.default = Reply(chunks=[VERSION_CALL])
    result = run_llm("-m", "darkai", "-T", "llm_version", "--cl", "2", "Loop")
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: Chain limit of 2 exceeded."
    assert len(server.requests) == 2


# 2. Functions with arguments, several calls, every call shape --------------

ADD_CALLS = {
    "two calls in one answer": (
        '{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}, '
        '{"name": "add", "arguments": {"a": 30, "b": 4}}]}',
        ["3", "34"],
    ),
    "json fence": (
        '```json\n{"tool_calls": [{"name": "add", "arguments": {"a": 2, "b": 2}}]}'
        "\n```",
        ["4"],
    ),
    "bare fence": ('```\n{"name": "add", "arguments": {"a": 5, "b": 6}}\n```', ["11"]),
    "bare call": ('{"name": "add", "arguments": {"a": -1, "b": 1}}', ["0"]),
    "arguments as a JSON string": (
        '{"name": "add", "arguments": "{\\"a\\": 7, \\"b\\": 8}"}',
        ["15"],
    ),
}


@pytest.mark.parametrize("answer, outputs", ADD_CALLS.values(), ids=ADD_CALLS)
def test_functions_are_called_in_every_call_shape(run_llm, server, answer, outputs):
    server.script(Reply(chunks=[answer[:9], answer[9:]]))
    server.script(Reply(chunks=answer_with_results))
    result = run_llm("-m", "darkai", "--functions", ADD, "Add some numbers")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"The results: {', '.join(outputs)}\n"
    assert results_in(server.requests[1].json["query"]) == outputs
    first, second = logs(run_llm)
    assert [call["name"] for call in first["tool_calls"]] == ["add"] * len(outputs)
    assert [r["output"] for r in second["tool_results"]] == outputs
    assert {call["tool_call_id"] for call in first["tool_calls"]} == {
        r["tool_call_id"] for r in second["tool_results"]
    }


def test_a_failing_tool_goes_back_as_an_error_result(run_llm, server):
    server.script(Reply(chunks=['{"name": "add", "arguments": {"a": 1}}']))
    server.script(Reply(chunks=["Sorry."]))
    result = run_llm("-m", "darkai", "--functions", ADD, "Add")
    assert result.returncode == 0, result.stderr
    query = server.requests[1].json["query"]
    assert "\nTool: error from add:\n  TypeError: add() missing 1 required" in query


# 3. Plain text streams at once with tools offered ---------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_plain_answer_with_tools_is_printed_as_it_arrives(
    server, stream_until_seen, mode
):
    server.script(Reply(chunks=["first-chunk ", "second-chunk"], hold_after=1))
    extra = ["--async"] if mode == "async" else []
    args = ["-m", "darkai", *extra, "-T", "llm_version", "go"]
    before, after = stream_until_seen(args, b"first-chunk")
    assert before == b"first-chunk "
    assert after == b"first-chunk second-chunk\n"
    assert len(server.requests) == 1


def test_json_that_is_no_call_is_printed_once_its_first_key_shows_it(
    server, stream_until_seen
):
    server.script(Reply(chunks=['{"example": ', "1} is JSON."], hold_after=1))
    args = ["-m", "darkai", "-T", "llm_version", "go"]
    before, after = stream_until_seen(args, b'{"example": ')
    assert before == b'{"example": '
    assert after == b'{"example": 1} is JSON.\n'


# 4. What starts like a call but is not one is printed in full ---------------

NOT_CALLS = [
    '{"name": "send_email", "parameters": {"to": "ann"}} is how you would email.',
    'Write `{"name": "add", "arguments": {"a": 1, "b": 2}}` to call add.',
    '```json\n{"name": "Ann", "age": 3}\n```',
    '{"tool_calls": [{"name": "add", "arguments": {"a": 1',
]


@pytest.mark.parametrize("answer", NOT_CALLS)
def test_an_answer_that_only_starts_like_a_call_is_printed_in_full(
    run_llm, server, answer
):
    server.script(Reply(chunks=[answer[:3], answer[3:20], answer[20:]]))
    result = run_llm("-m", "darkai", "--functions", ADD, "Show me JSON")
    assert result.returncode == 0, result.stderr
    assert result.stdout == answer + "\n"
    assert len(server.requests) == 1
    (logged,) = logs(run_llm)
    assert logged["response"] == answer and logged["tool_calls"] == []


def test_held_text_stays_printed_when_the_connection_breaks(run_llm, server):
    server.script(Reply(chunks=['{"tool_calls": [', '{"name": "a'], cut_after=2))
    result = run_llm("-m", "darkai", "-T", "llm_version", "go")
    assert result.returncode == 1
    assert result.stdout.startswith('{"tool_calls": [{"name": "a')
    assert "interrupted after 27 characters" in result.stderr


# 5. Calls as real models write them ------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_llama_call_after_prose_runs_with_its_parameters(run_llm, server, mode):
    # Llama 3.1 writes `parameters` (llama-models prompt_format.md), often after
    # a sentence and in a fence; its arguments once went missing here.
    call = '{"name": "add", "parameters": {"a": 1, "b": 2}}'
    server.script(
        Reply(chunks=["I'll add them.\n```json\n", call[:20], call[20:] + "\n```"]),
        Reply(chunks=answer_with_results),
    )
    extra = ["--async"] if mode == "async" else []
    result = run_llm("-m", "darkai", *extra, "--functions", ADD, "Add 1 and 2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "I'll add them.\nThe results: 3\n"
    second = server.requests[1].json["query"]
    assert (
        "Assistant: I'll add them.\n" in second
        and "Tool: result of add:\n  3" in second
    )
    first, _ = logs(run_llm)
    assert [(c["name"], c["arguments"]) for c in first["tool_calls"]] == [
        ("add", {"a": 1, "b": 2})
    ]


# Trained formats whose arguments are written as text: the tool gets integers,
# typed by its schema, and the tags are never printed.
TRAINED_FORMAT_CALLS = {
    "Qwen3-Coder": "<tool_call>\n<function=add>\n<parameter=a>\n20\n</parameter>\n"
    "<parameter=b>\n3\n</parameter>\n</function>\n</tool_call>",
    "GLM-4.5": "<tool_call>add\n<arg_key>a</arg_key>\n<arg_value>20</arg_value>\n"
    "<arg_key>b</arg_key>\n<arg_value>3</arg_value>\n</tool_call>",
    "gpt-oss": "<|channel|>commentary to=functions.add <|constrain|>json"
    '<|message|>{"a": 20, "b": 3}<|call|>',
    "Granite, written bare": "Let me add them.\nadd(a=20, b=3)",
}


@pytest.mark.parametrize("shape", TRAINED_FORMAT_CALLS)
def test_a_call_in_a_trained_format_runs_with_typed_arguments(run_llm, server, shape):
    answer = TRAINED_FORMAT_CALLS[shape]
    # cut every few characters, as a stream of tokens would arrive
    server.script(
        Reply(chunks=[answer[i : i + 5] for i in range(0, len(answer), 5)]),
        Reply(chunks=answer_with_results),
    )
    result = run_llm("-m", "darkai", "--functions", ADD, "Add 20 and 3")
    assert result.returncode == 0, result.stderr
    prose = "Let me add them.\n" if shape.startswith("Granite") else ""
    assert result.stdout == prose + "The results: 23\n"
    first, _ = logs(run_llm)
    assert [(c["name"], c["arguments"]) for c in first["tool_calls"]] == [
        ("add", {"a": 20, "b": 3})
    ]


def test_a_tool_named_in_a_line_of_code_is_not_run(run_llm, server):
    # The false call: `find({ "name": "X" })`, a tool named X offered.
    answer = 'Query it with:\n\n    db.items.find({ "name": "add" })\n\nDone.'
    server.script(Reply(chunks=[answer[i : i + 7] for i in range(0, len(answer), 7)]))
    result = run_llm("-m", "darkai", "--functions", ADD, "How do I find it?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == answer + "\n"
    [only] = logs(run_llm)
    assert only["tool_calls"] == [] and only["response"] == answer


def test_an_openai_shaped_call_with_a_namespace_runs_the_offered_tool(run_llm, server):
    server.script(
        Reply(
            chunks=[
                '{"id": "call_1", "type": "function", "function": '
                '{"name": "functions.add", "arguments": "{\\"a\\": 2, \\"b\\": 3}"}}'
            ]
        ),
        Reply(chunks=answer_with_results),
    )
    result = run_llm("-m", "darkai", "--functions", ADD, "Add 2 and 3")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The results: 5\n"


def test_turns_the_model_invents_after_its_call_are_logged_not_shown(run_llm, server):
    invented = "Tool: result of add:\n  99\nAssistant: It is 99."
    server.script(
        Reply(chunks=['{"name": "add", "arguments": {"a": 1, "b": 2}}\n', invented]),
        Reply(chunks=answer_with_results),
    )
    result = run_llm("-m", "darkai", "--functions", ADD, "Add 1 and 2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The results: 3\n"
    assert "99" not in server.requests[1].json["query"]
    first, _ = logs(run_llm)
    assert first["response"] == ""
    assert first["response_json"] == {"unshown": invented}


# 6. llm chat and the Python API ---------------------------------------------


def test_chat_with_tools(run_llm, server):
    server.script(
        Reply(chunks=[VERSION_CALL]),
        Reply(chunks=answer_with_results),
        Reply(chunks=["Bye."]),
    )
    result = run_llm(
        "chat",
        "-m",
        "darkai",
        "-T",
        "llm_version",
        input="What version?\nthanks\nquit\n",
    )
    assert result.returncode == 0, result.stderr
    assert f"The results: {LLM_VERSION}" in result.stdout
    assert "Bye." in result.stdout
    third = server.requests[2].json["query"]
    assert third.endswith(
        f"User: What version?\nAssistant: {VERSION_CALL}\n"
        f"Tool: result of llm_version:\n  {LLM_VERSION}\n"
        f"Assistant: The results: {LLM_VERSION}\nUser: thanks\nAssistant:"
    )
    rows = logs(run_llm)
    assert len(rows) == 3 and rows[2]["response"] == "Bye."
    assert_call_and_result_logged(rows[:2], "llm_version", {}, LLM_VERSION)


def add(a: int, b: int) -> int:
    "Add two integers."
    return a + b


def script_two_additions(server):
    server.script(
        Reply(
            chunks=[
                '{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}, '
                '{"name": "add", "arguments": {"a": 3, "b": 4}}]}'
            ]
        ),
        Reply(chunks=answer_with_results),
    )


def test_python_api_chain_sync(server, darkai_url):
    script_two_additions(server)
    chain = llm.get_model("darkai").chain("Add 1+2 and 3+4", tools=[add])
    assert chain.text() == "The results: 3, 7"
    first, second = chain._responses
    assert [(c.name, c.arguments) for c in first.tool_calls()] == [
        ("add", {"a": 1, "b": 2}),
        ("add", {"a": 3, "b": 4}),
    ]
    assert results_in(server.requests[1].json["query"]) == ["3", "7"]


def test_python_api_chain_async(server, darkai_url):
    script_two_additions(server)

    async def run():
        chain = llm.get_async_model("darkai").chain("Add 1+2 and 3+4", tools=[add])
        text = await chain.text()
        first = chain._responses[0]
        return text, await first.tool_calls()

    text, calls = asyncio.run(run())
    assert text == "The results: 3, 7"
    assert [(c.name, c.arguments) for c in calls] == [
        ("add", {"a": 1, "b": 2}),
        ("add", {"a": 3, "b": 4}),
    ]
    assert results_in(server.requests[1].json["query"]) == ["3", "7"]


# 6. Schemas -----------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_schema_answer_prints_exactly_the_json(run_llm, server, mode):
    server.script(
        Reply(chunks=["Here you go:\n```json\n", '{"name": "Rex",', ' "age": 3}\n```'])
    )
    extra = ["--async"] if mode == "async" else []
    result = run_llm("-m", "darkai", *extra, "--schema", "name, age int", "A dog")
    assert result.returncode == 0, result.stderr
    assert result.stdout == '{"name": "Rex", "age": 3}\n'
    query = server.requests[0].json["query"]
    assert query.startswith(
        "System: Answer with only a JSON value that matches this JSON schema"
    )
    assert '"age": {"type": "integer"}' in query
    (logged,) = logs(run_llm)
    assert logged["response"] == '{"name": "Rex", "age": 3}'
    assert logged["schema_json"]["properties"]["age"] == {"type": "integer"}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wrong_schema_answer_is_asked_again(run_llm, server, mode):
    server.script(
        Reply(chunks=['{"name": "Rex", "age": "three"}']),
        Reply(chunks=['{"name": "Rex", "age": 3}']),
    )
    extra = ["--async"] if mode == "async" else []
    result = run_llm("-m", "darkai", *extra, "--schema", "name, age int", "A dog")
    assert result.returncode == 0, result.stderr
    assert result.stdout == '{"name": "Rex", "age": 3}\n'
    first, second = (request.json["query"] for request in server.requests)
    assert second == (
        first.removesuffix("Assistant:")
        + 'Assistant: {"name": "Rex", "age": "three"}\n'
        "User: That answer does not match the schema: "
        "'three' is not of type 'integer' (at $.age)\n"
        "Answer again with only a JSON value that matches the schema.\nAssistant:"
    )
    (logged,) = logs(run_llm)
    assert logged["response"] == '{"name": "Rex", "age": 3}'
    assert logged["response_json"] == {"schema_tries": 2}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_never_valid_schema_answers_end_in_one_error_line(run_llm, server, mode):
    server.default = Reply(chunks=["I would rather not say."])
    extra = ["--async"] if mode == "async" else []
    result = run_llm("-m", "darkai", *extra, "--schema", "name, age int", "A dog")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: DarkAI's answer did not match the schema after 3 tries: "
        "it holds no JSON value\n"
    )
    assert len(server.requests) == 1 + llm_darkai.DEFAULT_SCHEMA_RETRIES


def test_schema_retries_option_sets_the_number_of_tries(run_llm, server):
    server.default = Reply(chunks=['{"name": "Rex"}'])
    result = run_llm(
        "-m", "darkai", "--schema", "name, age int", "-o", "schema_retries", "0", "Dog"
    )
    assert result.returncode == 1
    assert result.stderr == (
        "Error: DarkAI's answer did not match the schema: "
        "'age' is a required property\n"
    )
    assert len(server.requests) == 1


def test_schema_multi(run_llm, server):
    answer = '{"items": [{"name": "Rex", "age": 3}, {"name": "Fido", "age": 5}]}'
    server.script(
        Reply(chunks=['{"items": [{"name": "Rex", "age": 3}, {"name": "Fido"}]}']),
        Reply(chunks=[answer]),
    )
    result = run_llm("-m", "darkai", "--schema-multi", "name, age int", "Two dogs")
    assert result.returncode == 0, result.stderr
    assert result.stdout == answer + "\n"
    first, second = (request.json["query"] for request in server.requests)
    assert '{"type": "object", "properties": {"items": {"type": "array"' in first
    assert "'age' is a required property (at $.items[1])" in second


def test_python_api_schema_sync_and_async(server, darkai_url):
    server.default = Reply(chunks=['Sure: {"name": "Rex", "age": 3}'])
    schema = {"type": "object", "properties": {"age": {"type": "integer"}}}
    sync = llm.get_model("darkai").prompt("A dog", schema=schema).text()

    async def run():
        return await llm.get_async_model("darkai").prompt("A dog", schema=schema).text()

    assert sync == asyncio.run(run()) == '{"name": "Rex", "age": 3}'


def test_tools_and_schema_in_one_prompt_are_refused(run_llm, server):
    result = run_llm(
        "-m", "darkai", "-T", "llm_version", "--schema", "name, age int", "Hi"
    )
    assert result.returncode == 1
    assert result.stderr == (
        "Error: DarkAI models cannot take tools and a schema in one prompt: the "
        "answer after the tools ran could not be checked against the schema. Ask "
        "for the schema in a prompt without tools\n"
    )
    assert server.requests == []


def test_an_invalid_schema_is_refused_before_any_request(run_llm, server):
    result = run_llm("-m", "darkai", "--schema", '{"type": "no-such-type"}', "Hi")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: The schema is not a valid JSON schema: ")
    assert len(result.stderr.splitlines()) == 1
    assert server.requests == []


def test_a_schema_answer_cut_off_is_asked_for_again(server, darkai_url):
    # Nothing of a schema answer is shown before it is complete, so a broken one
    # can be retried without showing anything twice.
    server.script(
        Reply(chunks=['{"name": "An', 'n", "age": 3}'], cut_after=1),
        Reply(chunks=['{"name": "Ann", "age": 3}']),
    )
    schema = llm.schema_dsl("name, age int")
    response = llm.get_model("darkai").prompt("a person", schema=schema)
    assert json.loads(response.text()) == {"name": "Ann", "age": 3}
    assert len(server.requests) == 2
    assert server.requests[0].json == server.requests[1].json


def test_a_schema_with_a_reference_to_nowhere_is_one_clear_error(server, darkai_url):
    server.script(Reply(chunks=['{"a": 1}']))
    with pytest.raises(llm.ModelError, match="The schema cannot be used: "):
        llm.get_model("darkai").prompt("x", schema={"$ref": "#/nowhere"}).text()
