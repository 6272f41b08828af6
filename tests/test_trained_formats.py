"""Tool calls in the formats models are trained on, and the rules that keep
ordinary text text: the trained-formats corpus (trained_formats_corpus.py, each
answer citing its source, split by source into a development and a held-out
half), the format table, values typed by the tool's schema, where a call may
stand, how long text is held, and what hostile answers cost. No sockets."""

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_tool_calls import LINE_ENDS, cut, read, rebuild
from tool_call_corpus import ANSWERS, VERDICTS, verdict
from trained_formats_corpus import DEVELOPMENT, HELD_OUT

import llm_darkai
from llm_darkai import ToolCallRecogniser, pythonic_calls, tag_patterns, typed_arguments


def offered(answer):
    """The tools of a corpus answer, with their input schemas where it has them."""
    return {name: (answer.schemas or {}).get(name) or {} for name in answer.tools}


# The corpus, by halves ---------------------------------------------------------

HALVES = {"development": ANSWERS + DEVELOPMENT, "held-out": HELD_OUT}
# What the recogniser leaves unread, each on purpose (the source reads it):
# a call in mid-sentence, a value cut off, a shape of several readings.
UNREAD = {
    "contamination_ls_issue",  # `...contents.functions.LS:1{...}` in mid-sentence
    "EXAMPLE_MISSING_CLOSING_BRACE",  # cut off: its arguments may be lost
    # Anthropic's content blocks: a text block beside the call
    "the assistant content of the get_weather example written out as JSON text",
    "test_parse_streaming_text_before_tool_call",  # `text before [f(...)]`
    "testPythonicParserUnschematizedScalars",  # `mode=fast`: a name, or a string?
    "Function_Calling_with_HF_document_summarizer",  # a call inside Python code
    "Chess.ipynb",  # likewise: `print(get_best_move())`
    "(the input wrapped in QueryEngineTool(...))",
    "test_parse_action_reasoning_step",  # a Python dict with a /* comment */
}


def unread_on_purpose(answer):
    return any(mark in answer.source for mark in UNREAD)


def test_each_half_is_read_without_a_wrong_or_false_call_and_95_percent_recognised(
    capsys,
):
    for half, answers in HALVES.items():
        table = {}
        for answer in answers:
            calls = read([answer.text], offered(answer)).calls
            table.setdefault(answer.family, Counter())[verdict(answer, calls)] += 1
        with capsys.disabled():
            print(f"\n{half:14}" + "".join(f"{column:>12}" for column in VERDICTS))
            for family, row in table.items():
                print(f"{family:14}" + "".join(f"{row[c]:>12}" for c in VERDICTS))
        total = sum(table.values(), Counter())
        assert total["wrong"] == 0 and total["false call"] == 0, half
        with_calls = total["recognised"] + total["missed"]
        assert total["recognised"] >= 0.95 * with_calls, half


@pytest.mark.parametrize(
    "answer",
    DEVELOPMENT + HELD_OUT,
    ids=[f"{a.family}-{i}" for i, a in enumerate(DEVELOPMENT + HELD_OUT)],
)
def test_each_trained_format_answer_reads_as_its_source_says(answer):
    reading = read([answer.text], offered(answer))
    expected = [tuple(call) for call in answer.calls]
    if unread_on_purpose(answer):
        assert reading.calls == [] and reading.shown == answer.text, answer.source
    else:
        assert reading.calls == expected, answer.source
    if not reading.calls:
        assert reading.shown == answer.text, answer.source
    assert rebuild(reading) == answer.text


@given(
    st.sampled_from(DEVELOPMENT + HELD_OUT),
    LINE_ENDS,
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_any_cut_of_a_trained_format_answer_reads_the_same(answer, line_end, points):
    text = answer.text.replace("\n", line_end)
    whole = read([text], offered(answer))
    assert read(cut(text, points), offered(answer)) == whole


# Found in review: answers that read one way whole and another cut.
CUT_SENSITIVE = {
    # a second call's `functions.` namespace cut short was taken for prose, and
    # the first call with it
    "functions.add(a=1)\nfunctions.add(a=2)": [("add", {"a": 1}), ("add", {"a": 2})],
    # a line end of CR LF after a fence's language closed the fence to calls
    'Sure:\r\n```json\r\n{"name": "add", "arguments": {"a": 1}}\r\n```': [
        ("add", {"a": 1})
    ],
}


@pytest.mark.parametrize("answer", CUT_SENSITIVE)
def test_an_answer_reads_the_same_at_every_cut(answer):
    whole = read([answer], {"add": {}})
    assert whole.calls == CUT_SENSITIVE[answer]
    for at in range(len(answer) + 1):
        assert read([answer[:at], answer[at:]], {"add": {}}) == whole, at


def test_every_format_in_the_table_has_answers_in_the_corpus():
    # A row no answer exercises is a format claimed and never shown.
    rows = llm_darkai._format_patterns()[0]
    used = Counter()
    for answer in ANSWERS + DEVELOPMENT + HELD_OUT:
        for row, whole, _ in rows:
            text = answer.text
            if any(whole.match(text, at) for at in range(len(text))):
                used[row] += 1
    assert [row.models for row, _, _ in rows if not used[row]] == []


# The format table ----------------------------------------------------------------


@given(st.sampled_from(llm_darkai.CALL_FORMATS), st.data())
def test_every_beginning_of_a_tag_is_known_as_one(row, data):
    # Whatever the cut, the part of a tag the stream has brought is held, never
    # shown as text, so that the tag is read whole when the rest comes.
    import re

    whole, beginning = tag_patterns(row.tag)
    text = data.draw(st.from_regex(whole, fullmatch=True))
    end = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert re.fullmatch(beginning, text[:end])


def test_a_format_is_a_row():
    # A made-up format: its row alone makes its answers calls.
    row = llm_darkai.Format(
        "Made-up", ("<<call ", llm_darkai.NAME, ">>"), ("object",), "<<end>>"
    )
    formats = llm_darkai.CALL_FORMATS
    try:
        llm_darkai.CALL_FORMATS = (*formats, row)
        llm_darkai._format_patterns.cache_clear()
        answer = 'Sure.\n<<call add>>{"a": 1}<<end>>'
        assert read([answer], ["add"])[:2] == ("Sure.\n", [("add", {"a": 1})])
    finally:
        llm_darkai.CALL_FORMATS = formats
        llm_darkai._format_patterns.cache_clear()
    assert read([answer], ["add"])[1] == []


# Values written as text, typed by the tool's schema ----------------------------

SCHEMA = {
    "properties": {
        "n": {"type": "integer"},
        "x": {"type": "number"},
        "ok": {"type": "boolean"},
        "data": {"type": "object"},
        "items": {"type": "array"},
        "maybe": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "text": {"type": "string"},
        "either": {"type": ["string", "integer"]},
    }
}


@pytest.mark.parametrize(
    "key, written, value",
    [
        ("n", "42", 42),
        ("n", "4.5", "4.5"),  # no integer: left as written
        ("x", "3.14", 3.14),
        ("ok", "true", True),
        ("ok", "False", False),  # Python's spelling
        ("ok", "yes", "yes"),
        ("data", '{"a": [1]}', {"a": [1]}),
        ("data", "[1]", "[1]"),
        ("items", '["a", "b"]', ["a", "b"]),
        ("maybe", "7", 7),
        ("maybe", "null", None),
        ("text", "42", "42"),  # a string is wanted
        ("either", "42", "42"),  # a string would do: left as written
        ("unknown", "42", "42"),  # no schema for it
    ],
)
def test_values_written_as_text_are_typed_by_the_schema(key, written, value):
    assert typed_arguments({key: written}, SCHEMA) == {key: value}


def test_qwen3_parameters_and_glm_key_values_are_typed_by_the_schema():
    schema = {"add": SCHEMA | {"required": ["n"]}}
    qwen = (
        "<tool_call>\n<function=add>\n<parameter=n>\n42\n</parameter>\n"
        "<parameter=text>\n42\n</parameter>\n</function>\n</tool_call>"
    )
    glm = (
        "<tool_call>add\n<arg_key>n</arg_key>\n<arg_value>42</arg_value>\n</tool_call>"
    )
    assert read([qwen], schema)[1] == [("add", {"n": 42, "text": "42"})]
    assert read([glm], schema)[1] == [("add", {"n": 42})]


def test_a_value_declared_a_string_is_kept_as_written_in_a_pythonic_call():
    schema = {"f": {"properties": {"s": {"type": "string"}, "n": {"type": "integer"}}}}
    assert pythonic_calls("[f(s=5, n='5')]", schemas=schema) == [
        ("f", {"s": "5", "n": "5"})
    ]
    assert read(["[f(s=True, n='5')]"], schema)[1] == [("f", {"s": "True", "n": 5})]


def test_pythonic_calls_may_name_hyphenated_tools_and_write_json_words():
    assert pythonic_calls('[get-weather(city="Paris", metric=true, at=null)]') == [
        ("get-weather", {"city": "Paris", "metric": True, "at": None})
    ]
    # a string is never rewritten: what looks like a hyphenated call in it is text
    assert pythonic_calls('[get-weather(city="x get-weather(y)")]') == [
        ("get-weather", {"city": "x get-weather(y)"})
    ]
    assert pythonic_calls("[search(query='Spider-Man (2002)')]") == [
        ("search", {"query": "Spider-Man (2002)"})
    ]


# Where a call may stand --------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        'db.users.find({ "name": "find" })',  # the issue's false call, in code
        'x = {"name": "find", "arguments": {}}.copy()',
        'Call it as {"name": "find", "arguments": {}}.get("name")',
        "Use get_weather(city='Paris') to get it, then tell me.",
        "get_weather(city='Paris')\nreturns the weather for a city.",
        "print(get_weather(city='Paris'))",
        "In Qwen's format: `<function=find>` then parameters.",
        "The [find(pattern='x')] list is how Llama writes it.",
        "Action: find\nAction Input: the pattern",  # no object of arguments
    ],
)
def test_a_call_inside_prose_or_code_is_text(answer):
    tools = {"find": {}, "get_weather": {}}
    assert read([answer], tools)[:2] == (answer, [])
    assert read(list(answer), tools)[:2] == (answer, [])


@pytest.mark.parametrize(
    "answer",
    [
        'I will search: {"name": "find", "arguments": {"pattern": "x"}}',
        '<think>done</think>{"name": "find", "arguments": {"pattern": "x"}}',
        'Sure.\n{"name": "find", "arguments": {"pattern": "x"}}\nOne moment.',
        "Let me check.\nfind(pattern='x')",
        'Thought: I should search.\nAction: find\nAction Input: {"pattern": "x"}',
        'Then: functions.find:0{"pattern": "x"}',
    ],
)
def test_a_call_standing_apart_is_read(answer):
    calls = read([answer], {"find": {}})[1]
    assert calls == [("find", {"pattern": "x"})]


def test_an_entry_without_arguments_calls_only_a_tool_that_needs_none():
    # The issue's second wrong reading: a fenced list describing the tools.
    schemas = {
        "get_weather": {
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
        "get_time": {"properties": {}},
    }
    listing = '```json\n[{"name": "get_weather"}, {"name": "get_time"}]\n```'
    assert read([listing], schemas)[:2] == (listing, [])
    assert read(['[{"name": "get_time"}]'], schemas)[1] == [("get_time", {})]
    assert read(['{"name": "get_weather", "arguments": {}}'], schemas)[1] == [
        ("get_weather", {})  # arguments written, if empty: the tool will say
    ]
    glm = "<tool_call>get_weather</tool_call>"
    assert read([glm], schemas)[:2] == (glm, [])


def test_two_pythonic_lists_on_one_line_are_both_read():
    answer = "[get_weather(city='Berlin')] and [find(pattern='restaurants')]"
    assert read([answer], ["get_weather", "find"])[1] == [
        ("get_weather", {"city": "Berlin"}),
        ("find", {"pattern": "restaurants"}),
    ]


# How long text is held ---------------------------------------------------------


def shown_as_fed(pieces, tools=("get_weather",)):
    recogniser = ToolCallRecogniser(tools)
    return [recogniser.feed(piece) for piece in pieces]


@pytest.mark.parametrize(
    "first, verdict_at",
    [
        ('{"type": "object", ', '{"type": "object", '),  # a JSON schema
        ('{"role": "user", ', '{"role": "user", '),
        ('{"kind": 1, ', '{"kind": 1, '),
    ],
)
def test_an_object_whose_first_key_rules_out_a_call_is_shown_at_once(first, verdict_at):
    assert shown_as_fed(["Schema:\n", first]) == ["Schema:\n", verdict_at]


def test_an_object_with_an_id_and_no_name_after_it_is_shown_within_the_margin():
    record = '{"id": "01jm8ec74wxsdatyn5pq1fp0s5", "model": "gpt-4o", "prompt": "Hi"}'
    padded = record[:-1] + ', "x": "' + "y" * 200 + '"}'
    shown = shown_as_fed(list(padded))
    released = next(i for i, text in enumerate(shown) if text)
    assert released <= len('{"id": ') + llm_darkai.NAME_KEY_MARGIN
    assert "".join(shown) == padded


@pytest.mark.parametrize(
    "answer",
    [
        "```python\nprint('hi')\n```",
        "```bash ls -la```",
        "Run ```$x``` now",
        "```\\n{}\\n```",
    ],
)
def test_a_fence_of_another_language_is_shown_as_soon_as_its_language_is_known(answer):
    shown = shown_as_fed(list(answer))
    waited = max(
        len(answer[: i + 1]) - len("".join(shown[: i + 1])) for i in range(len(answer))
    )
    assert waited <= len("```python"), shown
    assert "".join(shown) == answer


def test_apostrophes_in_prose_never_hold_text():
    # A screenplay: brackets and apostrophes, no call anywhere.
    scene = (
        "[INT. KITCHEN - NIGHT]\nJOHN: I can't believe it's over. {He sits.}\n"
        "MARY: Don't. [beat] It isn't. 'Cause we're not done.\n"
    ) * 40
    shown = shown_as_fed([scene[i : i + 8] for i in range(0, len(scene), 8)])
    lag = max((i + 1) * 8 - len("".join(shown[: i + 1])) for i in range(len(shown) - 1))
    assert lag <= 32 and "".join(shown) == scene[: len("".join(shown))]


def test_lines_that_cannot_begin_a_call_are_shown_at_once():
    # Line starts are decided: a word no offered tool's name begins is prose.
    answer = "The weather\nToday it is\nget ready\n- done\n# Done\n"
    assert shown_as_fed(list(answer), ("find", "add")) == list(answer)
    # a word an offered tool's name begins waits for its next character only
    assert shown_as_fed(["Hi.\nge", "t ready"], ("get_weather",)) == [
        "Hi.\n",
        "get ready",
    ]


# Hostile answers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "<tool_call>add\n<arg_key>",
        "<tool_call>\n<function=add>\n<parameter=a>\n",
        "<function=add><parameter=a>x",
        "<start_function_call>call:add{a:<escape>",
        "<|tool_call>call:add{a:",
        "functions.add:0",
        "\nAction: add\n",
        "\nadd(a=1)\n",
        "<｜tool▁call▁begin｜>function<｜tool▁sep｜>add\n```json\n",
        "<|channel|>commentary to=functions.add <|message|>",
        "[TOOL_CALLS]add[ARGS]",
        '<invoke name="add"><parameter name="a">',
        "\n",
    ],
)
def test_hostile_trained_format_answers_lose_no_text_in_linear_time(unit):
    answer = unit * (300_000 // len(unit))
    pieces = [answer[i : i + 64] for i in range(0, len(answer), 64)]
    assert rebuild(read(pieces, {"add": {}})) == answer
