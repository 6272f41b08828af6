"""Tool calls as real models write them: the recogniser on a corpus of real
answers (tool_call_corpus.py, each answer citing its source), the shapes one by
one, what is shown around a call, and what it costs. No sockets."""

from collections import Counter, namedtuple

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tool_call_corpus import ANSWERS, VERDICTS, verdict

import llm_darkai
from llm_darkai import ToolCallRecogniser, parse_tool_calls, pythonic_calls

Reading = namedtuple("Reading", "shown calls taken unshown")
TOOLS = ("get_weather", "add", "f")


def read(pieces, tools=TOOLS):
    """Feed an answer in pieces: what was shown, the calls, the calls' text and
    what followed them unshown."""
    recogniser = ToolCallRecogniser(tools)
    shown = "".join(recogniser.feed(piece) for piece in pieces)
    calls, rest = recogniser.finish()
    return Reading(shown + rest, calls, recogniser.taken, recogniser.unshown)


def rebuild(reading):
    """The answer again, from what was shown, taken as calls and not shown."""
    parts, last = [], 0
    for shown_before, text in reading.taken:
        parts += [reading.shown[last:shown_before], text]
        last = shown_before
    return "".join(parts) + reading.shown[last:] + reading.unshown


def cut(text, points):
    points = sorted({point % (len(text) + 1) for point in points})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


# The corpus ----------------------------------------------------------------

# Families whose every call must be read, exactly: what DarkAI's own models
# (Llama 3.1 70B, GPT-4o, GPT-3.5) write, and what gpt4free already reads.
MUST_READ = ("llama", "openai", "gpt4free")


def test_the_corpus_is_read_without_a_wrong_or_false_call(capsys):
    table = {}
    for answer in ANSWERS:
        reading = read([answer.text], answer.tools)
        row = table.setdefault(answer.family, Counter())
        row[verdict(answer, reading.calls)] += 1
    with capsys.disabled():
        print(f"\n{'family':10}" + "".join(f"{column:>12}" for column in VERDICTS))
        for family, row in table.items():
            print(f"{family:10}" + "".join(f"{row[column]:>12}" for column in VERDICTS))
    assert len(ANSWERS) >= 100 and sum(row["text"] for row in table.values()) >= 40
    assert not any(row["wrong"] or row["false call"] for row in table.values())
    for family in MUST_READ:
        assert table[family]["missed"] == 0, family


@pytest.mark.parametrize(
    "answer", ANSWERS, ids=[f"{a.family}-{i}" for i, a in enumerate(ANSWERS)]
)
def test_each_corpus_answer_reads_as_its_source_says(answer):
    reading = read([answer.text], answer.tools)
    assert reading.calls == [tuple(call) for call in answer.calls], answer.source
    if not answer.calls:
        assert reading.shown == answer.text, answer.source
    assert rebuild(reading) == answer.text


# Servers and models that end lines with CR LF: the same answers, so written.
LINE_ENDS = st.sampled_from(["\n", "\r\n"])


@given(
    st.sampled_from(ANSWERS), LINE_ENDS, st.lists(st.integers(min_value=0), max_size=6)
)
def test_any_cut_of_a_corpus_answer_reads_the_same(answer, line_end, points):
    text = answer.text.replace("\n", line_end)
    whole = read([text], answer.tools)
    assert read(cut(text, points), answer.tools) == whole


def test_a_corpus_answer_one_character_at_a_time_reads_the_same():
    for answer in ANSWERS:
        assert read(list(answer.text), answer.tools) == read(
            [answer.text], answer.tools
        )


# Pieces that make answers worth generating: every mark, tag and shape.
FRAGMENTS = [
    *"{}[]<>`\"'\\;,:() \n\r",
    "\r\n",
    "```json\r\n",
    "functions.",
    "functions.add(a=1)",
    "```",
    "```json\n",
    "```python\n",
    "\n```\n",
    "<tool_call>",
    "</tool_call>",
    "<|python_tag|>",
    "<|eom_id|>",
    "[TOOL_CALLS]",
    "<function=get_weather>",
    "</function>",
    "[Tool call: add]\nArguments: ",
    '{"name": "get_weather", "parameters": {"city": "Paris"}}',
    '{"tool_calls": [{"name": "nope", "arguments": {}}]}',
    '{"type": "function", "function": {"name": "add", "arguments": "{}"}}',
    "{'name': 'f', 'arguments': {'a': True}}",
    '[get_weather(city="P")]',
    '{"name": "Alice"}',
    "Tool: result\n",
    "Assistant:",
    "Hello ",
    # the trained formats' tags and arguments
    "<function=add>",
    "<parameter=a>",
    "\n1\n",
    "</parameter>",
    "add",
    "<arg_key>a</arg_key>",
    "<arg_value>1</arg_value>",
    "[TOOL_CALLS]add[ARGS]",
    "functions.add:0",
    "Action: add\nAction Input: ",
    '{"a": 1}',
    "add(a=1)",
    "<|message|>",
    "<|channel|>commentary to=functions.add ",
    "<start_function_call>call:add",
    "{a:<escape>x<escape>}",
    "<end_function_call>",
    "```tool_code\n",
    "Hi. ",
]


@given(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=14),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_no_answer_ever_loses_text_whatever_the_cuts(fragments, points):
    answer = "".join(fragments)
    whole = read([answer])
    assert rebuild(whole) == answer
    if not whole.calls:
        assert whole.shown == answer and not whole.unshown
    assert read(cut(answer, points)) == whole


# The instructed shape and its neighbours, whatever the cut ------------------

CALL_ANSWERS = {
    "tool_calls object": (
        '{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}]}',
        [("add", {"a": 1, "b": 2})],
    ),
    "two calls": (
        '  \n{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}, '
        '{"name": "llm_version", "arguments": {}}]}\n',
        [("add", {"a": 1, "b": 2}), ("llm_version", {})],
    ),
    "json fence": (
        '```json\n{"tool_calls": [{"name": "add", "arguments": {"a": 1, "b": 2}}]}'
        "\n```\n",
        [("add", {"a": 1, "b": 2})],
    ),
    "bare fence": (
        '```\n{"name": "add", "arguments": {"a": 5, "b": 6}}\n```',
        [("add", {"a": 5, "b": 6})],
    ),
    "fence never closed": ('```json\n{"name": "f", "arguments": {}}', [("f", {})]),
    "bare call": ('{"name": "add", "arguments": {"a": 1}}', [("add", {"a": 1})]),
    "arguments as a string": (
        '{"tool_calls": [{"name": "add", "arguments": "{\\"a\\": 1, \\"b\\": 2}"}]}',
        [("add", {"a": 1, "b": 2})],
    ),
    "arguments first": ('{"arguments": {}, "name": "f"}', [("f", {})]),
    "braces in strings": (
        '{"name": "f", "arguments": {"s": "}{\\"\\\\"}}',
        [("f", {"s": '}{"\\'})],
    ),
    "a trailing comma, as Python allows": (
        '{"name": "f", "arguments": {},}',
        [("f", {})],
    ),
    "a list": ('[{"name": "f", "arguments": {}}]', [("f", {})]),
}

TEXT_ANSWERS = {
    "prose": "The answer is 42.",
    "json example in prose": '{"example": 1} is a JSON object.',
    "empty object": "{}",
    "other keys": '{"name": "Bob", "age": 3}',
    "not an object inside": '{"tool_calls": "none"}',
    "no calls": '{"tool_calls": []}',
    "call without a name": '{"tool_calls": [{"arguments": {}}]}',
    "string arguments not an object": '{"name": "f", "arguments": "[1]"}',
    "unclosed object": '{"tool_calls": [{"name": "f"',
    "python fence": '```python\nprint("hi")\n```',
    "backticks in prose": "`x` is a variable",
    "only spaces": "   ",
    "lone brace": "{",
}


def cuts(text):
    """The answer whole, one character at a time, and cut in two everywhere."""
    yield [text]
    yield list(text)
    for point in range(1, len(text)):
        yield [text[:point], text[point:]]


@pytest.mark.parametrize("answer, calls", CALL_ANSWERS.values(), ids=CALL_ANSWERS)
def test_calls_are_recognised_whatever_the_cut(answer, calls):
    for pieces in cuts(answer):
        reading = read(pieces, (*TOOLS, "llm_version"))
        assert (reading.shown, reading.calls) == ("", calls), pieces


@pytest.mark.parametrize("answer", TEXT_ANSWERS.values(), ids=TEXT_ANSWERS)
def test_text_is_shown_in_full_whatever_the_cut(answer):
    for pieces in cuts(answer):
        assert read(pieces) == (answer, [], [], ""), pieces


# The shapes, on parsed values ----------------------------------------------

OFFERED = {"get_weather", "add"}


@pytest.mark.parametrize(
    "value, calls",
    [
        # meta-llama/llama-models models/llama3_1/prompt_format.md: `parameters`
        (
            {"name": "get_weather", "parameters": {"city": "Paris"}},
            [("get_weather", {"city": "Paris"})],
        ),
        # ... and `"type": "function"` beside them
        (
            {"type": "function", "name": "add", "parameters": {"a": 1}},
            [("add", {"a": 1})],
        ),
        # OpenAI's tool call: nested, arguments a JSON string, an id
        (
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "functions.add", "arguments": '{"a": 1}'},
            },
            [("add", {"a": 1})],
        ),
        # OpenAI's legacy function_call
        ({"function_call": {"name": "add", "arguments": "{}"}}, [("add", {})]),
        # GPT-4o's invented multi_tool_use.parallel, unwrapped
        (
            {
                "recipient_name": "multi_tool_use.parallel",
                "parameters": {
                    "tool_uses": [
                        {"recipient_name": "functions.add", "parameters": {"a": 1}},
                        {"recipient_name": "functions.get_weather", "parameters": {}},
                    ]
                },
            },
            [("add", {"a": 1}), ("get_weather", {})],
        ),
        # xLAM: a bare list; gpt4free: `tool` for `name`, arguments null or missing
        (
            [{"tool": "add", "arguments": None}, {"name": "get_weather"}],
            [("add", {}), ("get_weather", {})],
        ),
        # the instructed shape keeps a name that was not offered, as before
        ({"tool_calls": [{"name": "nope", "arguments": {}}]}, [("nope", {})]),
    ],
)
def test_shapes_models_write_are_calls(value, calls):
    assert parse_tool_calls(value, OFFERED) == calls


@pytest.mark.parametrize(
    "value",
    [
        {"name": "send_email", "parameters": {}},  # not offered, lenient shape
        [{"name": "add", "arguments": {}}, {"name": "nope", "arguments": {}}],
        {"name": "add", "arguments": [1, 2]},  # arguments that are no object
        {"name": "add", "arguments": "add one and two"},
        {"tool_calls": [{"name": "add", "arguments": ["Paris"]}]},
        {"tool_calls": []},
        {"tool_calls": [{"arguments": {}}]},
        {"name": "Alice", "age": 30},
        {"name": "add", "arguments": {}, "status": 500},  # a log record
        # a definition of the tool, not a call of it
        {
            "name": "get_weather",
            "description": "Get the weather",
            "parameters": {"type": "object", "properties": {"city": {}}},
        },
        {"name": "get_weather", "parameters": {"type": "object", "properties": {}}},
        {
            "type": "function",
            "function": {"name": "add", "description": "Add", "parameters": {}},
        },
        {"type": "tool_result", "name": "add", "arguments": {}},
        {"role": "assistant", "content": "Hi", "function_call": {"name": "add"}},
    ],
)
def test_what_only_looks_like_a_call_is_none(value):
    assert parse_tool_calls(value, OFFERED) is None


@pytest.mark.parametrize(
    "answer",
    [
        "[add(a=1, a=2)]",  # Python refuses the call: which `a` was meant?
        '[add(a={1: "x", "1": "y"})]',  # JSON has no key 1: "x" would be lost
        "[add(a={None: 1})]",
        "{'name': 'add', 'arguments': {1: 2, '1': 3}}",
        '{"name": "add", "arguments": {"a": NaN}}',  # json reads these; JSON has none
        '{"name": "add", "arguments": {"a": 1e999}}',
        "[add(a=1e999)]",
        "[add(a=b'bytes')]",
    ],
)
def test_arguments_are_never_changed_on_the_way_to_json(answer):
    assert read([answer], ["add"]).calls == []


def test_pythonic_calls_are_read_as_literals_never_run():
    assert pythonic_calls('[add(a=1, b=[2, 3]), get_weather(city="P")]') == [
        ("add", {"a": 1, "b": [2, 3]}),
        ("get_weather", {"city": "P"}),
    ]
    assert pythonic_calls("[functions.add(a=(1, 2))]") == [("add", {"a": [1, 2]})]
    for text in (
        '[add(a=__import__("os").system("true"))]',  # not a literal
        "[add(1, 2)]",  # positional arguments name nothing
        "[add(**values)]",
        "[add(a={1, 2})]",  # a set is no JSON
        "[]",
        "add(a=1)",
        "[1, 2]",
    ):
        assert pythonic_calls(text) is None, text


# What is shown around a call ------------------------------------------------


def test_prose_before_a_call_streams_at_once_and_the_call_is_held():
    recogniser = ToolCallRecogniser(["get_weather"])
    assert recogniser.feed("To get the weather, I'll use the tool.\n") == (
        "To get the weather, I'll use the tool.\n"
    )
    assert recogniser.feed('```json\n{"name": "get_weather", ') == ""
    assert recogniser.feed('"parameters": {"city": "Paris"}}\n```') == ""
    assert recogniser.feed("\nLet me know!") == "\nLet me know!"
    assert recogniser.finish() == ([("get_weather", {"city": "Paris"})], "")


def test_json_that_is_no_call_is_shown_the_moment_it_cannot_be_one():
    recogniser = ToolCallRecogniser(["get_weather"])
    assert recogniser.feed('Here: {"na') == "Here: "
    # "name" may begin a call, of a tool that was offered: held a moment more
    assert recogniser.feed('me": "Ali') == ""
    assert recogniser.feed('ce", "age": 30}') == '{"name": "Alice", "age": 30}'
    assert recogniser.feed(' and {"city') == ' and {"city'  # not a call's key


def test_an_answer_without_marks_passes_through_at_once():
    recogniser = ToolCallRecogniser(TOOLS)
    answer = "The weather in Paris is sunny; see https://example.org (today)."
    shown = [recogniser.feed(char) for char in answer]
    assert shown == list(answer)


def test_space_before_an_answer_that_is_only_a_call_is_not_shown():
    assert read(['  \n{"name": "add", "arguments": {}}\n']) == (
        "",
        [("add", {})],
        [(0, '  \n{"name": "add", "arguments": {}}\n')],
        "",
    )
    assert read(["  \nHello"]).shown == "  \nHello"


def test_turns_the_model_invents_after_its_call_are_not_shown():
    answer = (
        '{"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}\n'
        "Tool: result of get_weather:\n  sunny\nAssistant: It is sunny in Paris."
    )
    for pieces in ([answer], list(answer)):
        reading = read(pieces)
        assert reading.calls == [("get_weather", {"city": "Paris"})]
        assert reading.shown == ""
        assert reading.unshown.startswith("Tool: result of get_weather:")


def test_a_turn_word_before_any_call_or_inside_prose_is_shown():
    answer = "Tool: none needed.\nAssistant: hello"
    assert read([answer]).shown == answer
    after_prose = '{"name": "add", "arguments": {}}\nDone. Tool: x'
    assert read([after_prose]).shown == "\nDone. Tool: x"


@pytest.mark.parametrize(
    "answer",
    [
        '```python\nrequests.post(url, json={"name": "add", "arguments": {}})\n```',
        '```bash\ncurl -d \'{"name": "add", "arguments": {}}\' http://x\n```',
        '```yaml\n- {"name": "add", "arguments": {}}\n```',
        'Write `{"name": "add", "arguments": {}}` to call it.',
        "In Llama's format that is [add(a=1)], but I cannot run it.",
        '{"tool_calls": [{"name": "add", "arguments": {...}}]} is the format.',
        '{"result": {"name": "add", "arguments": {}}}',  # a call inside other JSON
        "{x | x > 0} and {{ name }}",
    ],
)
def test_calls_quoted_in_code_or_mentioned_in_a_sentence_are_text(answer):
    reading = read([answer])
    assert reading.calls == [] and reading.shown == answer


def test_several_calls_and_fences_in_one_answer():
    answer = (
        "First:\n```json\n"
        '{"name": "add", "parameters": {"a": 1}}\n```\n'
        "Then:\n```json\n"
        '{"name": "get_weather", "parameters": {}}\n```'
    )
    reading = read(list(answer))
    assert reading.calls == [("add", {"a": 1}), ("get_weather", {})]
    assert reading.shown == "First:\n\nThen:\n"


def test_held_text_is_released_when_the_answer_breaks_off():
    recogniser = ToolCallRecogniser(TOOLS)
    assert recogniser.feed('Sure. {"tool_calls": [{"na') == "Sure. "
    assert recogniser.release() == '{"tool_calls": [{"na'
    assert recogniser.release() == ""


def test_a_value_never_closed_is_text_at_the_end():
    answer = '{"tool_calls": [{"name": "add", "arguments": {"a": 1}}]'
    assert read([answer]) == (answer, [], [], "")


# Cost ------------------------------------------------------------------------


def test_a_long_held_call_is_scanned_once():
    recogniser = ToolCallRecogniser(["write"])
    recogniser.feed('{"name": "write", "arguments": {"text": "')
    for _ in range(20_000):
        assert recogniser.feed("xxxxx{}") == ""
    recogniser.feed('"}}')
    calls, _ = recogniser.finish()
    assert calls[0][1]["text"] == "xxxxx{}" * 20_000


@pytest.mark.parametrize(
    "unit",
    [
        "{",
        "[",
        "<",
        "`",
        "[[",
        "{ ",
        '{"name": "add", "arguments": ',
        '{"tool_calls": [',
        "[add(a=",
        "<tool_call>",
        "[TOOL_CALLS]",
        "<function=add>",
        '{"name": "add", "arguments": {}}\n',
        '{"name": "add", "arguments": {}}\nT',
        "x{" * 10,
    ],
)
def test_hostile_answers_lose_no_text_in_linear_time(unit):
    # 300,000 characters in 64-character reads: a pass per read over what is
    # held would be billions of steps, and this test would not end.
    answer = unit * (300_000 // len(unit))
    reading = read([answer[i : i + 64] for i in range(0, len(answer), 64)])
    assert rebuild(reading) == answer


@pytest.mark.parametrize(
    "answer",
    [
        " " * 300 + '{"name": "add", "arguments": {}}',
        "<tool_call>" + " " * 300 + '{"name": "add", "arguments": {}}</tool_call>',
        '{"name": "add", "arguments": {}}' + " ;" * 200 + '{"name": "f"}',
        "```json" + " " * 300 + '\n{"name": "add", "arguments": {}}\n```',
    ],
)
def test_lookahead_is_bounded_however_small_the_reads(answer):
    # A model streaming a token at a time: the same reading as the whole answer.
    assert read(list(answer)) == read([answer])


def test_lookahead_at_a_mark_is_bounded():
    margin = llm_darkai.CALL_MARGIN
    spaced = "{" + " " * margin + '"name": "add", "arguments": {}}'
    assert read([spaced]).calls == []
    tag = "<tool_call>" + " " * (margin - 20) + '{"name": "add", "arguments": {}}'
    assert read([tag]).calls == [("add", {})]
