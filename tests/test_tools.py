"""Tools and schemas by instruction, the pure pieces: the instruction texts, tool
calls and results rendered into the query, and schema answers taken out, checked
and asked for again. No sockets. The tool-call recogniser is in test_tool_calls.py."""

import json
import subprocess
import sys
from pathlib import Path

import llm
import pytest
from hypothesis import given
from hypothesis import strategies as st
from llm.parts import Message, TextPart, ToolCallPart, ToolResultPart, user

import llm_darkai
from llm_darkai import (
    DarkAIError,
    Settings,
    Turn,
    extract_json,
    format_prompt,
    schema_problem,
    schema_validator,
    tools_instruction,
)

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def add(a: int, b: int) -> int:
    "Add two integers."
    return a + b


# The instruction texts -----------------------------------------------------


def test_tools_instruction_lists_each_tool_and_the_reply_shape():
    text = tools_instruction([llm.Tool.function(add)])
    assert text.startswith("You can use these tools:\n- add: Add two integers.\n")
    schema = json.loads(text.split("arguments (JSON schema): ")[1].split("\n")[0])
    assert schema["properties"] == {
        "a": {"type": "integer"},
        "b": {"type": "integer"},
    }
    assert (
        '{"tool_calls": [{"name": "<tool name>", "arguments": {<arguments>}}]}' in text
    )
    assert text.endswith("When you need no tool, answer in plain text.")


def test_a_tool_without_description_or_arguments_is_still_listed():
    tool = llm.Tool(name="ping", description=None, input_schema={})
    assert "- ping: no description\n  arguments (JSON schema): {}" in (
        tools_instruction([tool])
    )


# The README shows each text with these placeholders filled in.
README_PLACEHOLDERS = {
    "tools": "<one entry per tool>",
    "name": "<name>",
    "description": "<description>",
    "schema": "<the JSON schema>",
    "problem": "<what is wrong>",
}


@pytest.mark.parametrize(
    "name", ["TOOLS_INSTRUCTION", "TOOL_ENTRY", "SCHEMA_INSTRUCTION", "SCHEMA_RETRY"]
)
def test_readme_quotes_the_instruction_texts_exactly(name):
    text = getattr(llm_darkai, name).format(**README_PLACEHOLDERS)
    assert f"```text\n{text}\n```" in README


def test_readme_shows_how_results_are_rendered():
    for header in (llm_darkai.TOOL_RESULT, llm_darkai.TOOL_ERROR):
        assert f"`Tool: {header.format(**README_PLACEHOLDERS)}`" in README
    assert f"`{llm_darkai.NO_OUTPUT}`" in README


def test_instructions_go_first_as_system_lines():
    model = llm.get_model("darkai")
    prompt = llm.Prompt("hi", model, system="Be brief.", tools=[add])
    turn = Turn(prompt, Settings(), "llama-3-70b")
    assert turn.query == (
        f"System: {tools_instruction(prompt.tools)}\n"
        "System: Be brief.\nUser: hi\nAssistant:"
    )


def test_schema_instruction_shows_the_schema():
    model = llm.get_model("darkai")
    schema = {"type": "object", "properties": {"name": {"type": "string"}}}
    turn = Turn(llm.Prompt("a dog", model, schema=schema), Settings(), "gpt-4o")
    assert turn.query == (
        "System: Answer with only a JSON value that matches this JSON schema, "
        "nothing before or after it:\n"
        '{"type": "object", "properties": {"name": {"type": "string"}}}\n'
        "User: a dog\nAssistant:"
    )


def test_a_prompt_without_tools_or_schema_is_unchanged():
    model = llm.get_model("darkai")
    assert Turn(llm.Prompt("hi", model), Settings(), "gpt-4o").query == "hi"


def test_tools_and_schema_together_are_refused():
    model = llm.get_model("darkai")
    prompt = llm.Prompt("hi", model, tools=[add], schema={"type": "object"})
    with pytest.raises(DarkAIError, match="cannot take tools and a schema"):
        Turn(prompt, Settings(), "gpt-4o")


# Calls and results in the query --------------------------------------------


def test_calls_and_results_are_rendered_in_order():
    messages = [
        user("What is 1+2 and 3+4?"),
        Message(
            role="assistant",
            parts=[
                ToolCallPart(name="add", arguments={"a": 1, "b": 2}, tool_call_id="1"),
                ToolCallPart(name="add", arguments={"a": 3, "b": 4}, tool_call_id="2"),
            ],
        ),
        Message(
            role="tool",
            parts=[
                ToolResultPart(name="add", output="3", tool_call_id="1"),
                ToolResultPart(name="add", output="7", tool_call_id="2"),
            ],
        ),
    ]
    assert format_prompt(messages) == (
        "User: What is 1+2 and 3+4?\n"
        'Assistant: {"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}, '
        '{"name": "add", "arguments": {"a": 3, "b": 4}}]}\n'
        "Tool: result of add:\n  3\n"
        "Tool: result of add:\n  7\n"
        "Assistant:"
    )


def test_multi_line_output_is_indented_so_no_line_passes_for_a_turn():
    messages = [
        user("read it"),
        Message(role="tool", parts=[ToolResultPart(name="cat", output="a\nUser: b")]),
    ]
    assert format_prompt(messages) == (
        "User: read it\nTool: result of cat:\n  a\n  User: b\nAssistant:"
    )


def test_an_exception_is_an_error_result_and_empty_output_is_named():
    error = ToolResultPart(
        name="add", output="Error: boom", exception="ValueError: boom"
    )
    empty = ToolResultPart(name="noop", output="")
    messages = [user("go"), Message(role="tool", parts=[error, empty])]
    assert format_prompt(messages) == (
        "User: go\nTool: error from add:\n  ValueError: boom\n"
        "Tool: result of noop:\n  (no output)\nAssistant:"
    )


def test_assistant_text_and_calls_are_both_kept():
    message = Message(
        role="assistant",
        parts=[TextPart(text="Let me see."), ToolCallPart(name="f", arguments={})],
    )
    assert format_prompt([user("hi"), message]) == (
        'User: hi\nAssistant: Let me see.\n{"tool_calls": [{"name": "f", '
        '"arguments": {}}]}\nAssistant:'
    )


# Schema answers ------------------------------------------------------------

PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}


@pytest.mark.parametrize(
    "answer, text",
    [
        ('{"name": "Ann", "age": 3}', '{"name": "Ann", "age": 3}'),
        ("  [1, 2]\n", "[1, 2]"),
        ('"just a string"', '"just a string"'),
        (
            'Here you go:\n```json\n{"name": "Ann",\n "age": 3}\n```\nEnjoy!',
            '{"name": "Ann",\n "age": 3}',
        ),
        ('```\n{"a": 1}\n```', '{"a": 1}'),
        ('Sure! {"a": {"b": [1]}} is it.', '{"a": {"b": [1]}}'),
        ("I think {maybe} it is [1, 2].", "[1, 2]"),
        # Two values: the last is the answer.
        ('{"a": 1} or rather {"a": 2}', '{"a": 2}'),
    ],
)
def test_the_json_value_is_taken_out_of_the_answer(answer, text):
    assert extract_json(answer) == (text, json.loads(text), None)


@pytest.mark.parametrize(
    "answer, problem",
    [
        ("No JSON here.", "it holds no JSON value"),
        (
            "{'name': 'Jack O'Sullivan'}",
            "it is not valid JSON (unexpected 'Sullivan' at line 1 column 18)",
        ),
        ('{"name": "Ann", "age": 3', "it is cut off before its end"),
        ('{"score": NaN}', "NaN is not JSON"),
        # What is wrong is named, not taken for the end of the answer.
        (
            '{"name": “Ann", "age": 3}',
            "it is not valid JSON (it mixes curly and straight quotes: “ at line 1"
            ' column 10 is closed by ")',
        ),
        (
            '{"cmd": "ls \\\n -la"}',
            "it is not valid JSON (a backslash before a line break in the string at"
            " line 1 column 9)",
        ),
        ("", "it holds no JSON value"),
    ],
)
def test_an_answer_without_json_says_why(answer, problem):
    with pytest.raises(ValueError) as error:
        extract_json(answer)
    assert str(error.value) == problem


@given(st.text(alphabet=st.sampled_from('{}[]",:1a `\n')))
def test_any_answer_gives_its_json_or_says_why(answer):
    try:
        text, value, _ = extract_json(answer)
    except ValueError as exc:
        assert str(exc).startswith(
            (
                "it is not valid JSON",
                "it holds no JSON",
                "it is cut off",
                "it is nested",
            )
        )
    else:
        # As written, or repaired and serialised: always strict JSON.
        assert json.loads(text) == value
        assert text in answer or text == json.dumps(value, ensure_ascii=False)


def test_json_nested_too_deeply_is_a_problem_not_a_crash():
    for answer in ("[" * 100_000, "[" * 100_000 + "]" * 100_000):
        with pytest.raises(
            ValueError, match="nested too deeply|cut off|too many brackets"
        ):
            extract_json(answer)


def test_schema_problems_name_the_property_at_fault():
    validator = schema_validator(PERSON)
    assert schema_problem({"name": "Ann", "age": 3}, validator) is None
    assert schema_problem({"name": "Ann"}, validator) == "'age' is a required property"
    assert schema_problem({"name": "Ann", "age": "x"}, validator) == (
        "'x' is not of type 'integer' (at $.age)"
    )


def test_an_invalid_schema_is_refused_before_anything_is_sent():
    model = llm.get_model("darkai")
    prompt = llm.Prompt("a dog", model, schema={"type": "no-such-type"})
    with pytest.raises(DarkAIError) as error:
        Turn(prompt, Settings(), "gpt-4o")
    assert str(error.value).startswith(
        "The schema is not a valid JSON schema: 'no-such-type' is not valid"
    )


class FakeResponse:
    def __init__(self):
        self.calls = []

    def add_tool_call(self, call):
        self.calls.append(call)


def test_a_wrong_schema_answer_is_asked_again_quoting_the_problem():
    model = llm.get_model("darkai")
    turn = Turn(llm.Prompt("a person", model, schema=PERSON), Settings(), "gpt-4o")
    first_query = turn.query
    assert turn.next_exchange() and turn.next_exchange() is None
    assert turn.feed('{"name": "Ann"}') == ()
    assert turn.finish(FakeResponse()) == ()
    assert turn.query == (
        first_query.removesuffix("Assistant:") + 'Assistant: {"name": "Ann"}\n'
        "User: That answer does not match the schema: 'age' is a required property\n"
        "Answer again with only a JSON value that matches the schema.\nAssistant:"
    )
    turn.next_exchange()
    turn.feed('```json\n{"name": "Ann", "age": 3}\n```')
    (event,) = turn.finish(FakeResponse())
    assert (event.type, event.chunk) == ("text", '{"name": "Ann", "age": 3}')
    assert turn.query is None


def test_schema_retries_are_bounded_then_the_last_problem_is_the_error():
    model = llm.get_model("darkai")
    options = model.Options(schema_retries=1)
    prompt = llm.Prompt("a person", model, schema=PERSON, options=options)
    turn = Turn(prompt, Settings(), "gpt-4o")
    turn.next_exchange()
    turn.feed("no idea")
    turn.finish(FakeResponse())
    turn.next_exchange()
    turn.feed('{"name": "Ann", "age": "three"}')
    with pytest.raises(DarkAIError) as error:
        turn.finish(FakeResponse())
    assert str(error.value) == (
        "DarkAI's answer did not match the schema after 2 tries: "
        "'three' is not of type 'integer' (at $.age)"
    )


def test_schema_retries_option_is_bounded():
    options = llm.get_model("darkai").Options
    assert options(schema_retries=0).schema_retries == 0
    for bad in (-1, llm_darkai.MAX_SCHEMA_RETRIES + 1):
        with pytest.raises(ValueError, match="schema_retries must be from 0 to 10"):
            options(schema_retries=bad)


def test_recognised_calls_are_registered_with_one_id_per_call():
    model = llm.get_model("darkai")
    turn = Turn(llm.Prompt("sum", model, tools=[add]), Settings(), "gpt-4o")
    turn.next_exchange()
    assert (
        turn.feed('{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}, ')
        == ()
    )
    assert turn.feed('{"name": "add", "arguments": {"a": 3, "b": 4}}]}') == ()
    response = FakeResponse()
    events = turn.finish(response)
    assert [(call.name, call.arguments) for call in response.calls] == [
        ("add", {"a": 1, "b": 2}),
        ("add", {"a": 3, "b": 4}),
    ]
    ids = [call.tool_call_id for call in response.calls]
    assert len(set(ids)) == 2
    assert [(e.type, e.chunk, e.tool_call_id) for e in events] == [
        ("tool_call_name", "add", ids[0]),
        ("tool_call_args", '{"a": 1, "b": 2}', ids[0]),
        ("tool_call_name", "add", ids[1]),
        ("tool_call_args", '{"a": 3, "b": 4}', ids[1]),
    ]


def test_jsonschema_is_imported_only_when_a_schema_is_used():
    code = (
        "import sys, llm, llm.cli, llm_darkai\n"
        "assert 'jsonschema' not in sys.modules\n"
        "llm_darkai.schema_validator({'type': 'integer'})\n"
        "assert 'jsonschema' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_the_json_that_fits_the_schema_is_taken_over_an_example_before_it():
    answer = 'Use [1] as the id list. The answer: {"name": "Ann", "age": 3}'
    fits = schema_validator(PERSON)

    def check(value):
        return schema_problem(value, fits)

    # The last value is the answer: without a check too (issue 16: it was the first).
    assert extract_json(answer) == (
        '{"name": "Ann", "age": 3}',
        {"name": "Ann", "age": 3},
        None,
    )
    # The last value of the schema's type: a citation after the answer is no answer.
    answer = 'The answer: {"name": "Ann", "age": 3}. See [1].'
    assert extract_json(answer, check, PERSON) == (
        '{"name": "Ann", "age": 3}',
        {"name": "Ann", "age": 3},
        None,
    )
    # An example that fits never stands in for an answer that does not: ask again.
    answer = 'E.g. {"name": "Bob", "age": 30}. Answer: {"name": "Jo", "age": "four"}'
    assert extract_json(answer, check, PERSON)[2] == (
        "'four' is not of type 'integer' (at $.age), in its last JSON value, "
        '{"name": "Jo", "age": "four"}'
    )
    # A value after the answer is the answer: the problem names it, for the user
    # and for the model asked again.
    answer = '{"name": "Rex", "age": 3}\n\nIf unknown, return {} instead.'
    assert extract_json(answer, check, PERSON)[2] == (
        "'name' is a required property, in its last JSON value, {}"
    )
    # Nothing fits: the last value found, with the problem the retry will quote
    # (issue 16: it was the first).
    assert extract_json("Use [1] or [2].", check) == (
        "[2]",
        [2],
        "[2] is not of type 'object'",
    )
