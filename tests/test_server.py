"""The bundled server from its command line, as a user runs it: every flag, and
--play, the stand-in for a model, through the real `llm` CLI; then the stand-in's
pure pieces (stand_in.py) on their own."""

import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import llm
import pytest
from darkai_server import in_pieces, parse_args, reply_from
from llm.tools import llm_version
from stand_in import example, play, wrong_answer

from llm_darkai import (
    SCHEMA_RETRY,
    TOOL_ERROR,
    TOOL_RESULT,
    Settings,
    ToolCallRecogniser,
    Turn,
    schema_instruction,
    schema_problem,
    schema_validator,
)

SERVER = Path(__file__).resolve().parent / "darkai_server.py"
LLM_VERSION = version("llm")
JOKE = "llama-3-70b heard: Tell me a joke."  # the echo, 34 characters
ADD = "def add(a: int, b: int) -> int: return a + b"


class Offline:
    """The server in a subprocess, started with `flags`, as in the README."""

    def __init__(self, *flags):
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), "--port", "0", *flags],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.first_line = self.process.stdout.readline()
        self.url = re.search(r"http://\S+", self.first_line).group()
        if "--play" in flags:
            self.second_line = self.process.stdout.readline()

    def llm(self, *args, input=None):
        return subprocess.run(
            [sys.executable, "-m", "llm", *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "LLM_DARKAI_URL": self.url},
        )

    def stop(self):
        """Everything the server printed after its first line."""
        self.process.terminate()
        printed = self.process.stdout.read()
        self.process.wait()
        return printed


@pytest.fixture(scope="module")
def playing():
    """One --play server for the tests that only ask it things."""
    server = Offline("--play")
    yield server
    server.stop()


@pytest.fixture
def offline():
    started = []

    def start(*flags):
        started.append(Offline(*flags))
        return started[-1]

    yield start
    for server in started:
        server.stop()


def joke(server, *options):
    return server.llm("-m", "darkai", "Tell me a joke.", *options)


def logged_response_json(server):
    logs = server.llm("logs", "-n", "1", "--json")
    return json.loads(logs.stdout)[0]["response_json"]


# Misbehaving on request --------------------------------------------------------


def test_no_stream_end_keeps_the_answer_and_logs_it(offline):
    server = offline("--no-stream-end")
    result = joke(server)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{JOKE}\n"
    assert logged_response_json(server) == {
        "darkai_model": "llama-3-70b",
        "stream_end": False,
        "events": 6,
        "attempts": 1,
    }


def test_status_is_retried_then_given_up(offline):
    result = joke(offline("--status", "503"))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        "Error: DarkAI returned an error: HTTP 503 Service Unavailable: overloaded "
        "(gave up after 3 attempts)\n"
    )


def test_status_sends_the_body_given_as_json_or_text():
    def reply(*flags):
        return reply_from(parse_args(["--status", "429", *flags])[1])

    assert reply().body == b'{"error": "overloaded"}'
    assert reply().headers == {"content-type": "application/json"}
    assert reply("--body", "slow down").body == b"slow down"
    assert reply("--body", "slow down").headers == {"content-type": "text/plain"}


def test_cut_after_keeps_the_text_and_says_it_was_interrupted(offline):
    result = joke(offline("--cut-after", "3"))
    assert result.returncode == 1
    assert result.stdout == "llama-3-70b heard: Tell "
    assert result.stderr.startswith(
        "Error: DarkAI stream was interrupted after 24 characters: "
    )


def test_chunks_sends_the_answer_in_that_many_events(offline):
    # Two events, the connection cut after the first: half the answer is kept.
    result = joke(offline("--chunks", "2", "--cut-after", "1"))
    assert result.returncode == 1
    assert result.stdout == JOKE[:17]
    assert "interrupted after 17 characters" in result.stderr


def test_stall_after_the_text_times_out(offline):
    result = joke(offline("--stall", "30"), "-o", "timeout", "0.5")
    assert result.returncode == 1
    assert result.stdout == JOKE
    assert result.stderr == (
        "Error: DarkAI timed out after 34 characters: no data for 0.5 seconds "
        "(-o timeout S to wait longer)\n"
    )


def test_delay_between_events_times_out_after_the_first(offline):
    result = joke(offline("--delay", "30"), "-o", "timeout", "0.5")
    assert result.returncode == 1
    assert result.stdout == "llama-3-70b "
    assert "timed out after 12 characters: no data for 0.5 seconds" in result.stderr


# Playing a model -------------------------------------------------------------


def test_play_says_it_is_a_stand_in_and_echoes_a_plain_prompt(playing):
    assert playing.second_line == (
        "Playing a model: a stand-in that calls offered tools and fills in schemas, "
        "not a model\n"
    )
    result = joke(playing)
    assert result.returncode == 0 and result.stdout == f"{JOKE}\n"


def test_play_calls_a_tool_and_quotes_its_result(playing):
    result = playing.llm("-m", "darkai", "-T", "llm_version", "What version?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"The tool llm_version says: {LLM_VERSION}.\n"


def test_play_fills_in_a_function_s_arguments(playing):
    result = playing.llm("-m", "darkai", "--functions", ADD, "What is 1 + 1?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The tool add says: 2.\n"


def test_play_in_a_chat_with_tools(playing):
    result = playing.llm(
        "chat", "-m", "darkai", "-T", "llm_version", input="What version?\nquit\n"
    )
    assert result.returncode == 0, result.stderr
    assert f"> The tool llm_version says: {LLM_VERSION}.\n" in result.stdout


def test_play_answers_a_schema(playing):
    result = playing.llm("-m", "darkai", "--schema", "name, age int", "A dog")
    assert result.returncode == 0, result.stderr
    assert result.stdout == '{"name": "Alice", "age": 1}\n'


def test_play_answers_a_multi_schema(playing):
    result = playing.llm("-m", "darkai", "--schema-multi", "name, age int", "Dogs")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "items": [{"name": "Alice", "age": 1}, {"name": "Bob", "age": 2}]
    }


def test_invalid_first_shows_the_re_ask(offline):
    server = offline("--play", "--invalid-first", "--show-queries")
    result = server.llm("-m", "darkai", "--schema", "name, age int", "A dog")
    assert result.returncode == 0, result.stderr
    assert result.stdout == '{"name": "Alice", "age": 1}\n'
    queries = server.stop()
    assert queries.count("query for llama-3-70b:\n") == 2
    assert (
        '    Assistant: {"name": "Alice", "age": "one"}\n'
        "    User: That answer does not match the schema: 'one' is not of type "
        "'integer' (at $.age)\n"
    ) in queries


def test_invalid_first_goes_with_play(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--invalid-first"])
    assert "--invalid-first goes with --play" in capsys.readouterr().err


def test_help_says_the_stand_in_is_not_a_model():
    parser, _ = parse_args([])
    assert "NOT a model" in " ".join(parser.format_help().split())


# The stand-in's pieces --------------------------------------------------------


def tools_query(*tools, prompt="What version?"):
    model = llm.get_model("darkai")
    tools = [llm.Tool.function(tool) for tool in tools]
    return Turn(llm.Prompt(prompt, model, tools=tools), Settings(), "x").query


def add(a: int, b: int) -> int:
    return a + b


def test_plain_queries_are_left_to_the_echo():
    assert play("Tell me a joke.") is None
    assert play("System: Be brief.\nUser: hi\nAssistant:") is None


def test_a_tool_list_it_cannot_read_is_left_to_the_echo():
    query = tools_query(llm_version).replace("- llm_version: ", "* llm_version ")
    assert play(query) is None


def calls_in(answer, tools=("llm_version", "add")):
    recogniser = ToolCallRecogniser(tools)
    recogniser.feed(answer)
    return recogniser.finish()[0]


def test_the_call_is_one_the_plugin_recognises():
    assert calls_in(play(tools_query(llm_version))) == [("llm_version", {})]


def test_the_tool_the_prompt_names_is_called():
    query = tools_query(llm_version, add, prompt="Use add, please")
    assert calls_in(play(query)) == [("add", {"a": 1, "b": 1})]
    assert calls_in(play(tools_query(llm_version, add)))[0][0] == "llm_version"


def test_results_and_errors_after_the_last_user_turn_are_quoted():
    call = play(tools_query(add))
    result = TOOL_RESULT.format(name="add")
    error = TOOL_ERROR.format(name="add")
    answered = f"{tools_query(add)} {call}\nTool: {result}\n  2\nAssistant:"
    assert play(answered) == "The tool add says: 2."
    failed = f"{tools_query(add)} {call}\nTool: {error}\n  boom\nAssistant:"
    assert play(failed) == "The tool add failed: boom."
    # A new user turn after them: the tool is called again.
    assert play(f"{answered} Fine.\nUser: Again?\nAssistant:") == call


SCHEMAS = [
    {"type": "object", "properties": {"name": {"type": "string"}}},
    {"type": "array", "items": {"type": "integer"}, "maxItems": 1},
    {"type": "array", "items": {"type": "boolean"}, "minItems": 3},
    {"type": "object", "required": ["id"], "properties": {}},
    {"enum": ["red", "green"]},
    {"type": ["null", "number"], "minimum": 10},
    {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    {
        "$defs": {
            "Dog": {"type": "object", "properties": {"age": {"type": "integer"}}}
        },
        "type": "object",
        "properties": {"dogs": {"type": "array", "items": {"$ref": "#/$defs/Dog"}}},
        "required": ["dogs"],
    },
    {},
]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_the_example_matches_and_the_wrong_answer_does_not(schema):
    validator = schema_validator(schema)
    assert schema_problem(example(schema), validator) is None
    wrong = wrong_answer(schema)
    try:
        value = json.loads(wrong)
    except ValueError:
        return  # prose, with no JSON in it: wrong for any schema
    assert schema_problem(value, validator) is not None


def test_a_schema_is_answered_and_a_wrong_answer_comes_first_on_request():
    instruction = schema_instruction({"type": "integer"})
    query = f"System: {instruction}\nUser: A number\nAssistant:"
    assert play(query) == "1"
    assert play(query, invalid_first=True) == '"one"'
    re_ask = SCHEMA_RETRY.format(problem="'one' is not of type 'integer'")
    again = f'{query} "one"\nUser: {re_ask}\nAssistant:'
    assert play(again, invalid_first=True) == "1"


@pytest.mark.parametrize("count", [1, 2, 3, 34, 100])
def test_in_pieces_cuts_the_text_into_that_many_at_most(count):
    pieces = in_pieces(JOKE, count)
    assert "".join(pieces) == JOKE and len(pieces) == min(count, len(JOKE))


def test_play_without_the_plugin_installed_says_so_in_one_line():
    # -S: no site-packages, so no llm_darkai to read the instructions from.
    result = subprocess.run(
        [sys.executable, "-S", str(SERVER), "--port", "0", "--play"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") <= 1 and "Traceback" not in result.stderr
    assert "pip install -e . first" in result.stderr


@pytest.mark.parametrize(
    "schema",
    [
        {"enum": []},
        True,
        {"type": "array", "items": True},
        {"properties": {"a": True}},
        {"properties": {"kids": {"type": "array", "items": {"$ref": "#"}}}},
        {"$ref": "#"},
        {"$defs": {"a/b": {"type": "integer"}}, "$ref": "#/$defs/a~1b"},
    ],
)
def test_the_stand_in_answers_any_schema_the_plugin_accepts(schema):
    # A schema that refers to itself, or to nothing, must not crash or hang it.
    schema_validator(schema)  # the plugin takes it
    for invalid_first in (False, True):
        query = f"{schema_instruction(schema)}\nUser: Invent\nAssistant:"
        assert isinstance(play(query, invalid_first=invalid_first), str)
