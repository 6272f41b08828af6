"""The schema answer corpus (schema_answer_corpus.py) run through extract_json:
a per-class table of what became of each answer, and no answer may end in a
wrong value or be accepted where it must be asked for again. Also the
properties of extraction, and its cost on hostile answers. No sockets."""

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from schema_answer_corpus import ASK_AGAIN, CASES

from llm_darkai import extract_json, schema_problem, schema_validator

OUTCOMES = ("right first time", "wrong value", "asked again", "wrongly accepted")


def extract_with_schema(answer, schema):
    """The plugin's reading of an answer, as Turn makes it."""
    validator = schema_validator(schema)
    return extract_json(answer, lambda value: schema_problem(value, validator), schema)


def same(a, b):
    # json.dumps tells 1 from 1.0 and True from 1, which == does not.
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def outcome(extract, case):
    """What `extract` (answer, schema -> (text, value, problem)) made of a case."""
    try:
        text, value, problem = extract(case.answer, case.schema)
    except ValueError:
        problem = "no value"
    if problem is not None:
        return "asked again"
    if case.expected is ASK_AGAIN:
        return "wrongly accepted"
    return "right first time" if same(value, case.expected) else "wrong value"


def tally(extract):
    """{class: Counter of outcomes}, classes in the corpus's order."""
    table = {}
    for case in CASES:
        table.setdefault(case.klass, Counter())[outcome(extract, case)] += 1
    return table


def table_text(table):
    width = max(map(len, table)) + 2
    lines = ["class".ljust(width) + " | ".join(OUTCOMES)]
    totals = Counter()
    for klass, counts in table.items():
        totals.update(counts)
        cells = (str(counts[name]).rjust(len(name)) for name in OUTCOMES)
        lines.append(klass.ljust(width) + " | ".join(cells))
    cells = (str(totals[name]).rjust(len(name)) for name in OUTCOMES)
    lines.append("total".ljust(width) + " | ".join(cells))
    return "\n".join(lines)


def test_the_corpus_has_no_wrong_value_and_nothing_wrongly_accepted(capsys):
    assert len(CASES) >= 110
    assert all(case.source for case in CASES)
    table = tally(extract_with_schema)
    with capsys.disabled():
        print("\n" + table_text(table))
    wrong = [
        (case.klass, case.answer[:60], outcome(extract_with_schema, case))
        for case in CASES
        if outcome(extract_with_schema, case) in ("wrong value", "wrongly accepted")
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.expected is not ASK_AGAIN],
    ids=lambda case: f"{case.klass}:{case.answer[:30]!r}",
)
def test_every_answer_that_has_a_value_gives_it_as_valid_json(case):
    text, value, problem = extract_with_schema(case.answer, case.schema)
    assert problem is None and same(value, case.expected)
    # What is printed and logged: strict JSON (no NaN), the value itself.
    assert same(json.loads(text, parse_constant=pytest.fail), case.expected)


# Properties ------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
INDENTS = st.sampled_from([None, 0, 1, 2, 4, "\t"])


@given(JSON_VALUES, INDENTS)
def test_any_json_value_comes_back_unchanged(value, indent):
    text = json.dumps(value, indent=indent)
    assert extract_json(text) == (text, json.loads(text), None)
    assert extract_json(f"Here it is:\n```json\n{text}\n```\nDone.")[0] == text


@given(
    st.one_of(
        st.lists(JSON_VALUES, min_size=1),
        st.dictionaries(st.text(), JSON_VALUES, min_size=1),
    ),
    INDENTS,
    st.data(),
)
def test_a_value_cut_off_anywhere_is_never_taken_as_complete(value, indent, data):
    text = json.dumps(value, indent=indent)
    cut = data.draw(st.integers(1, len(text) - 1))
    with pytest.raises(ValueError):
        extract_json(text[:cut])
    # Nor does an earlier complete value stand in for it.
    with pytest.raises(ValueError):
        extract_json("For example [1]. Answer: " + text[:cut])


MESSY = st.sampled_from(
    [*"{}[]\"',:1a #/*\n", "True", "None", "“", "”", "//", "...", '"a"', "'b'"]
)
SCHEMAS = st.sampled_from(
    [
        {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
        {"type": "array", "items": {"type": "integer"}},
        {"type": "object"},
        {"type": "array", "items": {"type": "boolean"}},
    ]
)


@given(st.lists(MESSY, max_size=30).map("".join), SCHEMAS)
def test_a_repaired_answer_always_validates(answer, schema):
    validator = schema_validator(schema)
    try:
        text, value, problem = extract_with_schema(answer, schema)
    except ValueError:
        return
    if problem is None:
        assert json.loads(text) == value
        assert schema_problem(value, validator) is None


# Hostile answers: linear time, and only ValueError -------------------------


HOSTILE = [
    lambda n: "[" * n,
    lambda n: "{" * n,
    lambda n: "[1," * n,
    lambda n: '{"a' + "x" * n,
    lambda n: "{'" * n,
    lambda n: '{"a": "' + "x" * n,
    lambda n: "/*" + "{" * n,
    lambda n: "[// ]\n" * n,
    lambda n: "[x] " * n,
    lambda n: '{"a": 1 ' * n,
    lambda n: "```json\n[\n" * n,
    lambda n: "{a:" * n,
    lambda n: "[" * n + "]" * n,
    lambda n: "[/*" * n + "*/x",  # every bracket in one comment: read once, not n times
]


@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda build: build(3)[:20])
def test_hostile_answers_give_a_value_or_a_reason_in_linear_time(hostile):
    # 20,000 repetitions: a pass per bracket over the rest of the answer would be
    # hundreds of millions of steps, and this test would not end. The benchmark
    # prints the seconds at two sizes.
    try:
        text, value, _ = extract_with_schema(hostile(20_000), {"type": "object"})
    except ValueError:
        return
    assert json.loads(text) == value


# Found by a review of this code: each once gave a wrong value or an error -----

DOG = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}
TAGS = {
    "type": "object",
    "properties": {"hashtags": {"type": "array", "items": {"type": "string"}}},
}
PRICE = {
    "type": "object",
    "properties": {"price": {"type": "number", "multipleOf": 0.01}},
}
EXAMPLE = 'For example: {"name": "Bob", "age": 30}\nThe answer:\n'


@pytest.mark.parametrize(
    "answer, schema",
    [
        # the final answer cannot be read, or does not fit: never the example
        (EXAMPLE + "{'name': 'Jack O'Sullivan', 'age': 40}", DOG),
        (EXAMPLE + '{"name": "Jack", "age": NaN}', DOG),
        (EXAMPLE + '{"name": "Jack", "age": 4O}', DOG),
        (EXAMPLE + '{"name": "Jack", "age": "forty"}', DOG),
        (EXAMPLE + "[/*" * 2_000 + ' */ x\n{"name": "Cleo", "age": 4}', DOG),
        # `#` before data is no comment; a comment ending in a comma held a value
        ('{"hashtags": [\n  #python,\n  #coding\n]}', TAGS),
        ('{"hashtags": [\n  "#ai",\n  # ml,\n]}', TAGS),
        # cut off inside its first string: no shorter value inside it
        ('["[]', {}),
        ('Answer: ["see [1, 2] and', {"type": "array"}),
        # numbers out of range
        ('{"price": 1e400}', PRICE),
        ('{"price": 1' + "0" * 400 + "}", PRICE),
    ],
)
def test_an_answer_with_no_safe_reading_is_asked_again(answer, schema):
    try:
        _, _, problem = extract_with_schema(answer, schema)
    except ValueError:
        return
    assert problem is not None


def test_an_unclosed_bracket_in_the_prose_does_not_hide_the_answer():
    answer = 'Ages lie in [0, 120). Answer: {"name": "Cleo", "age": 4}'
    assert extract_with_schema(answer, DOG)[1] == {"name": "Cleo", "age": 4}


def test_a_repaired_value_with_a_lone_surrogate_prints_as_utf_8():
    text, value, problem = extract_with_schema('{n: 1, "s": "\\ud83d"}', {})
    assert problem is None and json.loads(text) == value
    text.encode("utf-8")
