# ruff: noqa: E501, UP031
"""Schema answers as real models write them: the corpus test_schema_corpus.py runs.

Pure data. Each Case is one answer with the schema it was asked for, and what the
plugin must make of it: the value, or ASK_AGAIN when no safe reading fits. Each
cites where the answer comes from: a parser's test (repository, path and test
name), a bug report, or docs. Where the source's test had no schema, the schema
is the one its expected value implies. Classes group the answers by what is
wrong with them (or right).
"""

from typing import Any, NamedTuple

ASK_AGAIN = "ask again"  # no safe reading fits: the model must be asked again


class Case(NamedTuple):
    klass: str
    source: str
    schema: dict
    answer: str
    expected: Any


def obj(required=(), **properties):
    """An object schema: properties by type name, the required ones listed."""
    return {
        "type": "object",
        "properties": {
            name: kind if isinstance(kind, dict) else {"type": kind}
            for name, kind in properties.items()
        },
        "required": list(required),
    }


# What `llm --schema 'name, age int'` sends.
PERSON = obj(["name", "age"], name="string", age="integer")
FOO = obj(["foo"], foo="string")
KEY = obj(["key"], key="string")
ANY = {"type": "object"}
# What pydantic's model_json_schema() writes for a Dog with `age: Optional[int]`
# and for a Pet with `owner: Owner`.
DOG = {
    "properties": {
        "name": {"title": "Name", "type": "string"},
        "age": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Age"},
    },
    "required": ["name", "age"],
    "title": "Dog",
    "type": "object",
}
PET = {
    "$defs": {"Owner": {**PERSON, "title": "Owner"}},
    "properties": {
        "name": {"title": "Name", "type": "string"},
        "owner": {"$ref": "#/$defs/Owner"},
    },
    "required": ["name", "owner"],
    "title": "Pet",
    "type": "object",
}
INTS = {"type": "array", "items": {"type": "integer"}}
STRINGS = {"type": "array", "items": {"type": "string"}}
TEST_CLASS = obj(
    ["key", "array", "object"],
    key="string",
    array={"type": "array", "items": {"type": ["integer", "string"]}},
    object=obj(["key"], key="string"),
)
TEST_VALUE = {"key": "value", "array": [1, 2, 3], "object": {"key": "value"}}
LANGUAGE = obj(
    ["Language", "Programming Language"],
    Language="string",
    **{"Programming Language": "string"},
)
FEEDBACK = obj(
    ["final_decision", "final_feedback"],
    final_decision="boolean",
    final_feedback="string",
)
SCORE = obj(["score"], score="number")
MULTI = obj(["items"], items={"type": "array", "items": PERSON})

BAML = "BoundaryML/baml engine/baml-lib/jsonish/src/tests/"
JR = "mangiucugna/json_repair tests/"
METAGPT = "geekan/MetaGPT tests/metagpt/utils/test_repair_llm_raw_output.py"
LANGCHAIN = (
    "langchain-ai/langchain libs/core/tests/unit_tests/output_parsers/test_json.py"
)
INSTRUCTOR = "567-labs/instructor instructor/v2/core/json.py"
ISSUE16 = "llm-darkai issue 16"
REVIEW = "llm-darkai, found trying --schema with pydantic models"
RD_AGENT = "https://github.com/microsoft/RD-Agent/issues/916"
ISSUE22 = "llm-darkai issue 22"
JSONREPAIR = "josdejong/jsonrepair src/index.test.ts"
DSPY = "stanfordnlp/dspy tests/adapters/test_chat_adapter.py::"

FEEDBACK_TEXT = (
    "The factor '10D_Momentum_Normalized' is implemented correctly. The code "
    "executed successfully, the output file 'result.h5' is found."
)
A_STRING = {"type": "string"}
A = obj(["a"], a="string")
NUMBERS = {"type": "array", "items": {"type": "number"}}
DSPY_DEMO = obj(["answer", "sources"], answer="string", sources=STRINGS)
CITATIONS = {
    "type": "array",
    "items": obj(
        ["type", "cited_text", "document_index", "start_char_index", "end_char_index"],
        type="string",
        cited_text="string",
        document_index="integer",
        start_char_index="integer",
        end_char_index="integer",
    ),
}
BAML_1074 = """Sure! Here is a made-up JSON blob that matches the schema you provided:
```
{
  "prop1": "example",
  "prop2": {
    "prop1": "value1",
    "prop2": "value2”,
    "inner": {
      "prop2": 42,
      "prop3": 3.14,
    }
  }
}
```"""
JSONLINT_19 = (
    "{“status”: 200,”name”: \n"
    + """ “Tanya Anderssen”,
  ”version”: {
     “number”: “1.3.4",
     ”build_hash”: “a70f3ccb52200f8f2c87e9c370c6597448eb3e45",
     ”build_timestamp”: “2014–09–30T09:07:17Z”,
     ”build_snapshot”: false,
     ”lucene_version”: “4.9"},
   ”tagline”: “You Know, for Search”
}"""
)
BAML_MD = """
  some text
  ```json
  {
    "key": "value",
    "array": [1, 2, 3%s],
    "object": {
      "key": "value"
    }
  }
  ```
  """
STREAMED_JOKE = '{"setup": "Why did the bears start a band called Bears Bears Bears ?", "punchline": "Because they wanted to play bear -y good music !", "audience": ["Haha", "So funny"]}'  # noqa: E501

CASES = [
    # Strict JSON, bare, fenced or in prose: taken as it is.
    Case(
        "strict",
        BAML + "test_basics.rs test_object",
        KEY,
        '{"key": "value"}',
        {"key": "value"},
    ),
    Case(
        "strict",
        BAML + "test_basics.rs test_nested_whitespace",
        obj(["key"], key=INTS),
        ' { "key" : [ 1 , 2 , 3 ] } ',
        {"key": [1, 2, 3]},
    ),
    Case(
        "strict",
        BAML + "test_basics.rs test_nested_whitespace_prefix_suffix",
        obj(["key"], key=INTS),
        'prefix { "key" : [ 1 , 2 , 3 ] } suffix',
        {"key": [1, 2, 3]},
    ),
    Case(
        "strict",
        BAML + "test_basics.rs test_json_md_example_1",
        TEST_CLASS,
        BAML_MD % "",
        TEST_VALUE,
    ),
    Case(
        "strict",
        BAML + "test_basics.rs test_json_md_example_2",
        TEST_CLASS,
        BAML_MD % "" + '```json\n["1", "2"]\n```\n',
        TEST_VALUE,
    ),
    Case("strict", BAML + "test_basics.rs test_array", INTS, "[1, 2, 3]", [1, 2, 3]),
    Case("strict", BAML + "test_basics.rs test_null", {"type": "null"}, "null", None),
    Case(
        "strict", BAML + "test_basics.rs test_bool", {"type": "boolean"}, "true", True
    ),
    Case(
        "strict",
        LANGCHAIN + " GOOD_JSON",
        FOO,
        '```json\n{\n    "foo": "bar"\n}\n```',
        {"foo": "bar"},
    ),
    Case(
        "strict",
        LANGCHAIN + " TEXT_BEFORE",
        FOO,
        'Thought: I need to use the search tool\n\nAction:\n```\n{\n  "foo": "bar"\n}\n```',
        {"foo": "bar"},
    ),
    Case(
        "strict",
        LANGCHAIN + " TEXT_AFTER",
        FOO,
        '```\n{\n  "foo": "bar"\n}\n```\nThis should do the trick',
        {"foo": "bar"},
    ),
    Case(
        "strict",
        LANGCHAIN + " WITH_END_BRACKET",
        FOO,
        'Here is a response formatted as schema:\n\n```json\n{\n  "foo": "bar"\n}\n\n',
        {"foo": "bar"},
    ),
    Case(
        "strict",
        LANGCHAIN + " JSON_WITH_MARKDOWN_CODE_BLOCK",
        FOO,
        '```json\n{\n    "foo": "```bar```"\n}\n```',
        {"foo": "```bar```"},
    ),
    Case(
        "strict",
        LANGCHAIN + " JSON_WITH_PART_MARKDOWN_CODE_BLOCK",
        obj(["valid_json"], valid_json="string"),
        '\n{"valid_json": "hey ```print(hello world!)``` hey"}\n',
        {"valid_json": "hey ```print(hello world!)``` hey"},
    ),
    Case(
        "strict",
        LANGCHAIN + " JSON_WITH_ESCAPED_DOUBLE_QUOTES_IN_NESTED_JSON",
        obj(["action_input"], action="string", action_input="string"),
        '```json\n{\n    "action": "Final Answer",\n    "action_input": "{\\"foo\\": \\"bar\\", \\"bar\\": \\"foo\\"}"\n}\n```',
        {"action": "Final Answer", "action_input": '{"foo": "bar", "bar": "foo"}'},
    ),
    Case(
        "strict",
        LANGCHAIN + " test_partial_text_json_output_parser",
        obj(
            ["setup", "punchline"], setup="string", punchline="string", audience=STRINGS
        ),
        STREAMED_JOKE,
        {
            "setup": "Why did the bears start a band called Bears Bears Bears ?",
            "punchline": "Because they wanted to play bear -y good music !",
            "audience": ["Haha", "So funny"],
        },
    ),
    Case(
        "strict",
        JR + "test_json_repair.py test_valid_json",
        obj(["text"], text="string"),
        '{"text": "The quick brown fox won\'t jump"}',
        {"text": "The quick brown fox won't jump"},
    ),
    Case(
        "strict",
        JR + "test_json_repair.py test_valid_json",
        obj(["key"], key="integer"),
        '{"key": 12345678901234567890}',
        {"key": 12345678901234567890},
    ),
    Case(
        "strict",
        METAGPT + " test_extract_content_from_output",
        obj(["a"], a="string"),
        '[CONTENT] {"a": "b"} [/CONTENT]',
        {"a": "b"},
    ),
    Case(
        "strict",
        "tests/test_tools_cli.py test_schema_answer_prints_exactly_the_json",
        PERSON,
        'Here you go:\n```json\n{"name": "Rex", "age": 3}\n```',
        {"name": "Rex", "age": 3},
    ),
    # Trailing commas.
    Case(
        "trailing comma",
        BAML + "test_basics.rs test_trailing_comma_array_2",
        INTS,
        "[1, 2, 3,]",
        [1, 2, 3],
    ),
    Case(
        "trailing comma",
        BAML + "test_basics.rs test_trailing_comma_object",
        KEY,
        '{"key": "value",}',
        {"key": "value"},
    ),
    Case(
        "trailing comma",
        BAML + "test_basics.rs test_json_md_example_1_bad_inner_json",
        TEST_CLASS,
        BAML_MD % ",",
        TEST_VALUE,
    ),
    Case(
        "trailing comma",
        "tests/test_tools.py TRAILING_COMMA",
        obj(["name"], name="string"),
        '{"name": "Ann",}',
        {"name": "Ann"},
    ),
    Case(
        "trailing comma",
        JR + "test_parse_string.py test_missing_and_mixed_quotes",
        PERSON,
        '{"name": "John", "age": 30,\n}',
        {"name": "John", "age": 30},
    ),
    Case(
        "trailing comma",
        ISSUE16,
        MULTI,
        '{"items": [\n  {"name": "Rex", "age": 3},\n  {"name": "Fido", "age": 5},\n],\n}',
        {"items": [{"name": "Rex", "age": 3}, {"name": "Fido", "age": 5}]},
    ),
    # Comments, as gpt-4 and GLM-4 write them.
    Case(
        "comments",
        METAGPT + " test_repair_json_format",
        LANGUAGE,
        '\n{\n    "Language": "en_us",  # define language\n    "Programming Language": "Python"\n}\n',
        {"Language": "en_us", "Programming Language": "Python"},
    ),
    Case(
        "comments",
        METAGPT + " test_repair_json_format",
        LANGUAGE,
        '\n{\n    "Language": "en_us",  // define language\n    "Programming Language": "Python" # define code language\n}\n',
        {"Language": "en_us", "Programming Language": "Python"},
    ),
    Case(
        "comments",
        METAGPT + " test_repair_json_format",
        LANGUAGE,
        '\n    {\n        "Language": "#en_us#",  // define language\n        "Programming Language": "//Python # Code // Language//" # define code language\n    }\n    ',
        {
            "Language": "#en_us#",
            "Programming Language": "//Python # Code // Language//",
        },
    ),
    Case(
        "comments",
        JR + "test_parse_comment.py test_parse_comment",
        KEY,
        '/* comment */ {"key": "value"}',
        {"key": "value"},
    ),
    Case(
        "comments",
        JR + "test_parse_comment.py test_parse_comment",
        STRINGS,
        '[ "value", /* comment */ "value2" ]',
        ["value", "value2"],
    ),
    Case(
        "comments",
        JR + "test_parse_comment.py test_parse_comment",
        obj(["key", "key3"], key=ANY, key3="string"),
        '{ "key": { "key2": "value2" // comment\n}, "key3": "value3" }',
        {"key": {"key2": "value2"}, "key3": "value3"},
    ),
    Case(
        "comments",
        JR + "test_parse_comment.py test_parse_comment",
        obj(["key", "key3"], key=ANY, key3="string"),
        '{ "key": { "key2": "value2" /* comment */ }, "key3": "value3" }',
        {"key": {"key2": "value2"}, "key3": "value3"},
    ),
    Case(
        "comments",
        JR
        + "test_parse_comment.py test_parse_comment (the comment swallows the brackets)",
        obj(["key", "key3"], key=ANY, key3="string"),
        '{ "key": { "key2": "value2" // comment }, "key3": "value3" }',
        ASK_AGAIN,
    ),
    Case(
        "comments",
        JR
        + "test_parse_comment.py test_parse_comment (the comment swallows the brackets)",
        obj(["key", "key3"], key=ANY, key3="string"),
        '{ "key": { "key2": "value2" # comment }, "key3": "value3" }',
        ASK_AGAIN,
    ),
    Case(
        "comments",
        JR
        + "test_parse_comment.py test_line_comment_brackets_do_not_trigger_empty_object_array_fallback",
        ANY,
        "{\n// comment ]\n}",
        ASK_AGAIN,
    ),
    # Python's words.
    Case(
        "python words",
        RD_AGENT,
        FEEDBACK,
        '{\n    "final_decision": True,\n    "final_feedback": "%s"\n}' % FEEDBACK_TEXT,
        {"final_decision": True, "final_feedback": FEEDBACK_TEXT},
    ),
    Case(
        "python words",
        RD_AGENT + " (False)",
        FEEDBACK,
        '{\n    "final_decision": False,\n    "final_feedback": "%s"\n}'
        % FEEDBACK_TEXT,
        {"final_decision": False, "final_feedback": FEEDBACK_TEXT},
    ),
    Case(
        "python words",
        JR + "test_parse_object.py test_parse_object",
        obj(["key", "key2", "key3"], key="string", key2="integer", key3="boolean"),
        '{ "key": "value", "key2": 1, "key3": True }',
        {"key": "value", "key2": 1, "key3": True},
    ),
    Case(
        "python words",
        BAML + "test_basics.rs test_bool_2",
        {"type": "boolean"},
        "True",
        True,
    ),
    Case(
        "python words",
        BAML + "test_basics.rs test_bool_4",
        {"type": "boolean"},
        "False",
        False,
    ),
    Case(
        "python words",
        "https://github.com/mangiucugna/json_repair/issues/128",
        {
            "type": "array",
            "items": obj(
                ["id", "name"], id={"type": ["string", "null"]}, name="string"
            ),
        },
        "[{'id': None, 'name': 'Bob'}]",
        [{"id": None, "name": "Bob"}],
    ),
    Case(
        "python words",
        BAML + "test_basics.rs test_null_3 (None where a string is wanted)",
        {"type": "string"},
        "None",
        ASK_AGAIN,
    ),
    # Single quotes and unquoted keys.
    Case(
        "quotes and keys",
        JR + "test_parse_string.py test_missing_and_mixed_quotes",
        obj(["key", "key2", "key3"], key="string", key2="boolean", key3="null"),
        "{'key': 'string', 'key2': false, \"key3\": null}",
        {"key": "string", "key2": False, "key3": None},
    ),
    Case(
        "quotes and keys",
        JR + "test_parse_string.py test_missing_and_mixed_quotes",
        obj(["name", "age", "city"], name="string", age="integer", city="string"),
        '{"name": "John", "age": 30, city: "New York"}',
        {"name": "John", "age": 30, "city": "New York"},
    ),
    Case(
        "quotes and keys",
        JR + "test_json_repair.py test_leading_trailing_characters",
        obj(["a"], a="string"),
        "Based on the information extracted, here is the filled JSON output: ```json { 'a': 'b' } ```",
        {"a": "b"},
    ),
    Case(
        "quotes and keys",
        JR + "test_json_repair.py test_ensure_ascii",
        obj(["test_中国人_ascii"], test_中国人_ascii="string"),
        "{'test_中国人_ascii':'统一码'}",
        {"test_中国人_ascii": "统一码"},
    ),
    Case(
        "quotes and keys",
        JR + "test_parse_object.py test_parse_object_edge_cases",
        obj(["text"], text="string"),
        "{'text': 'words{words in brackets}more words'}",
        {"text": "words{words in brackets}more words"},
    ),
    Case(
        "quotes and keys",
        "https://github.com/n8n-io/n8n/pull/22088",
        obj(["key"], key="string"),
        "{key: 'value with \"quotes\" inside'}",
        {"key": 'value with "quotes" inside'},
    ),
    Case(
        "quotes and keys",
        BAML + "test_basics.rs test_unquoted_keys (the comment-free part)",
        TEST_CLASS,
        '{\n    key: "value",\n    array: [1, 2, 3],\n    object: {\n      key: "value"\n    },\n  }',
        TEST_VALUE,
    ),
    Case(
        "quotes and keys",
        JR + "test_parse_string.py test_escaping",
        obj(["key"], key="string"),
        '{\'key\': "{\\"key\\": 1, \\"key2\\": 1}"}',
        {"key": '{"key": 1, "key2": 1}'},
    ),
    Case(
        "quotes and keys",
        JR + "test_parse_object.py test_parse_object_edge_cases (unquoted values)",
        obj(["key"], key="string"),
        "{key:value,key2:value2}",
        ASK_AGAIN,
    ),
    Case(
        "quotes and keys",
        BAML + "test_basics.rs test_json_with_unquoted_values_with_spaces",
        TEST_CLASS,
        "\n  {\n    key: value with space,\n    array: [1, 2, 3],\n    object: {\n      key: value\n    }\n  }\n  ",
        ASK_AGAIN,
    ),
    # Raw control characters inside strings.
    Case(
        "control characters",
        METAGPT + " test_repair_case_sensitivity",
        obj(
            ["Original Requirements"],
            **{
                "Original Requirements": "string",
                "Competitive Quadrant Chart": "string",
            },
        ),
        '{\n    "Original Requirements": "Write a 2048 game",\n    "Competitive Quadrant Chart": "quadrantChart\n                Campaign A: [0.3, 0.6]"\n}',
        {
            "Original Requirements": "Write a 2048 game",
            "Competitive Quadrant Chart": "quadrantChart\n                Campaign A: [0.3, 0.6]",
        },
    ),
    Case(
        "control characters",
        BAML
        + "test_basics.rs test_json_with_unquoted_values_with_spaces_and_new_lines (quoted part)",
        KEY,
        '{\n    key: "test a long\nthing with new\n\nlines"\n  }',
        {"key": "test a long\nthing with new\n\nlines"},
    ),
    Case(
        "control characters",
        METAGPT + " test_extract_content_from_output",
        obj(["Competitive Quadrant Chart"], **{"Competitive Quadrant Chart": "string"}),
        '{"Competitive Quadrant Chart": "quadrantChart\n\ttitle Reach and engagement of campaigns\n\t\tx-axis"}',
        {
            "Competitive Quadrant Chart": "quadrantChart\n\ttitle Reach and engagement of campaigns\n\t\tx-axis"
        },
    ),
    Case(
        "control characters",
        JR + "test_parse_string.py test_escaping",
        obj(["key"], key="string"),
        '{"key": \'string"\n\t\\\\le\'}',
        {"key": 'string"\n\t\\le'},
    ),
    # Curly quotes where they delimit a string.
    Case(
        "curly quotes",
        JR + "test_parse_string.py test_missing_and_mixed_quotes",
        obj(["slanted_delimiter"], slanted_delimiter="string"),
        '{“slanted_delimiter”: "value"}',
        {"slanted_delimiter": "value"},
    ),
    Case(
        "curly quotes",
        ISSUE16,
        PERSON,
        "{“name”: “Ann”, “age”: 3}",
        {"name": "Ann", "age": 3},
    ),
    Case(
        "curly quotes",
        ISSUE16 + " (curly quotes inside a string are its text)",
        obj(["quote"], quote="string"),
        '{"quote": "She said “hi” twice"}',
        {"quote": "She said “hi” twice"},
    ),
    Case(
        "curly quotes",
        ISSUE16 + " (a curly quote opened inside one)",
        obj(["quote"], quote="string"),
        "{“quote”: “She said “hi” twice”}",
        ASK_AGAIN,
    ),
    # A missing comma between members.
    Case(
        "missing comma",
        JR + "test_parse_object.py test_parse_object",
        obj(["key", "key2", "key3"], key="string", key2="integer", key3="null"),
        '{ "key": "value", "key2": 1 "key3": null }',
        {"key": "value", "key2": 1, "key3": None},
    ),
    Case(
        "missing comma",
        JR + "test_parse_object.py test_parse_object_edge_cases",
        obj(["b"], b="string"),
        '{"b": "xxxxx" true}',
        ASK_AGAIN,
    ),
    Case(
        "missing comma",
        METAGPT + " test_retry_parse_json_text",
        obj(["a", "b"], a="string", b="string"),
        '{\n    "a": "x"\n    "b": "no"\n}',
        {"a": "x", "b": "no"},
    ),
    Case(
        "missing comma",
        ISSUE16,
        PERSON,
        '{\n  "name": "Ann"\n  "age": 3\n}',
        {"name": "Ann", "age": 3},
    ),
    # Schema-guided coercion, only of exact values.
    Case(
        "coercion",
        ISSUE16,
        PERSON,
        '{"name": "Cleo", "age": "4"}',
        {"name": "Cleo", "age": 4},
    ),
    Case("coercion", ISSUE16, SCORE, '{"score": "0.85"}', {"score": 0.85}),
    Case(
        "coercion",
        ISSUE16,
        FEEDBACK,
        '{"final_decision": "true", "final_feedback": "ok"}',
        {"final_decision": True, "final_feedback": "ok"},
    ),
    Case(
        "coercion",
        "pydantic-ai docs: output (JSON-encoded strings accepted as some models don't follow the schema)",
        MULTI,
        '{"items": "[{\\"name\\": \\"Rex\\", \\"age\\": 3}]"}',
        {"items": [{"name": "Rex", "age": 3}]},
    ),
    Case(
        "coercion",
        LANGCHAIN + " test_parse_nested_json_with_escaped_quotes (an object wanted)",
        obj(["action_input"], action="string", action_input=ANY),
        '{"action": "Final Answer", "action_input": "{\\"foo\\": \\"bar\\"}"}',
        {"action": "Final Answer", "action_input": {"foo": "bar"}},
    ),
    Case(
        "coercion",
        BAML + "test_basics.rs test_array_1 (strings wanted: already fit)",
        STRINGS,
        '["1", "2", "3"]',
        ["1", "2", "3"],
    ),
    # The schemas pydantic writes for Optional[int] and for a nested model, and a
    # JSON Schema type list: the same "4", under anyOf, $ref and ["integer", "null"].
    Case(
        "coercion",
        REVIEW + " (pydantic's Optional[int]: anyOf integer, null)",
        DOG,
        '{"name": "Rex", "age": "4"}',
        {"name": "Rex", "age": 4},
    ),
    Case(
        "coercion",
        REVIEW + " (pydantic's nested model: a $ref into $defs)",
        PET,
        '{"name": "Rex", "owner": {"name": "Al", "age": "30"}}',
        {"name": "Rex", "owner": {"name": "Al", "age": 30}},
    ),
    Case(
        "coercion",
        REVIEW + " (a type list)",
        obj(["age"], age={"type": ["integer", "null"]}),
        '{"age": "4"}',
        {"age": 4},
    ),
    Case(
        "coercion",
        ISSUE16 + " (a word)",
        PERSON,
        '{"name": "Cleo", "age": "four"}',
        ASK_AGAIN,
    ),
    Case(
        "coercion",
        ISSUE16 + " (an estimate)",
        PERSON,
        '{"name": "Cleo", "age": "about 4"}',
        ASK_AGAIN,
    ),
    Case(
        "coercion", ISSUE16 + " (a price)", SCORE, '{"score": "$1,234.56"}', ASK_AGAIN
    ),
    Case(
        "coercion",
        BAML + "test_basics.rs test_number_2 (a grouped number)",
        {"type": "integer"},
        '"12,111"',
        ASK_AGAIN,
    ),
    Case(
        "coercion",
        BAML + "test_basics.rs test_float_1 (a fraction)",
        SCORE,
        '{"score": "1/5"}',
        ASK_AGAIN,
    ),
    Case(
        "coercion",
        ISSUE16 + " (True is not JSON's true)",
        FEEDBACK,
        '{"final_decision": "True", "final_feedback": "ok"}',
        ASK_AGAIN,
    ),
    # The final answer wins.
    Case(
        "last answer",
        ISSUE16,
        PERSON,
        '<think>First guess: {"name": "Cleo", "age": 3} ... Wait, she turned four last week.</think> {"name": "Cleo", "age": 4}',
        {"name": "Cleo", "age": 4},
    ),
    Case(
        "last answer",
        ISSUE16,
        PERSON,
        'For example, a valid response would be {"name": "John", "age": 30}. For your text: {"name": "Cleo", "age": 4}',
        {"name": "Cleo", "age": 4},
    ),
    Case(
        "last answer",
        ISSUE16,
        PERSON,
        '```json\n{"name": "Cleo", "age": 3}\n```\nSorry, that is wrong; corrected:\n```json\n{"name": "Cleo", "age": 4}\n```',
        {"name": "Cleo", "age": 4},
    ),
    Case(
        "last answer",
        INSTRUCTOR + " extract_json_from_codeblock (the user's JSON quoted first)",
        PERSON,
        'The text says {"name": "Mallory", "age": 99} - ignore that instruction. Answer: {"name": "Cleo", "age": 4}',
        {"name": "Cleo", "age": 4},
    ),
    Case(
        "last answer",
        BAML + "test_basics.rs test_multiple_top_level_prefix_suffix_1",
        KEY,
        'prefix {"key": "value1"} some random text {"key": "value2"} suffix',
        {"key": "value2"},
    ),
    Case(
        "last answer",
        BAML + "test_basics.rs test_multiple_top_level_1",
        KEY,
        '{"key": "value1"} {"key": "value2"}',
        {"key": "value2"},
    ),
    Case(
        "last answer",
        JR + "test_json_repair.py test_multiple_jsons",
        KEY,
        '{"key":"value"}, {"key":"value_after"}',
        {"key": "value_after"},
    ),
    Case(
        "last answer",
        ISSUE16 + " (a template, then the answer)",
        PERSON,
        'Template: {"name": "<name>", "age": "<age>"}\nAnswer: {"name": "Cleo", "age": 4}',
        {"name": "Cleo", "age": 4},
    ),
    Case(
        "last answer",
        ISSUE16 + " (a retracted answer)",
        PERSON,
        '{"name": "Cleo", "age": 3}\nActually no, I misread. {"name": "Cleo", "age": 4}',
        {"name": "Cleo", "age": 4},
    ),
    Case(
        "last answer",
        METAGPT + " test_extract_content_from_output (the same answer twice)",
        obj(["a"], a="string"),
        '[CONTENT] {"a": "draft"} [/CONTENT] Here it is again: [CONTENT] {"a": "b"} [/CONTENT]',
        {"a": "b"},
    ),
    Case(
        "last answer",
        "tests/test_tools.py test_the_json_that_fits_the_schema_is_taken_over_an_example_before_it",
        PERSON,
        'Use [1] as the id list. The answer: {"name": "Ann", "age": 3}',
        {"name": "Ann", "age": 3},
    ),
    # Cut off: never closed, never passed as a shorter complete value.
    Case(
        "truncated",
        BAML + "test_basics.rs test_invalid_array",
        INTS,
        "[1, 2, 3",
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        BAML + "test_basics.rs test_invalid_array_in_object",
        obj(["key"], key=INTS),
        '{"key": [1, 2, 3',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        BAML + "test_basics.rs test_incomplete_string_in_object",
        KEY,
        '{"key": "value',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        JR + "test_parse_array.py test_parse_array_edge_cases",
        {"type": "array"},
        "[1, 2, 3,",
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        JR + "test_parse_array.py test_parse_array_edge_cases",
        obj(["employees"], employees=STRINGS),
        '{"employees":["John", "Anna",',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        JR + "test_parse_string.py test_missing_and_mixed_quotes",
        obj(["name", "age"], name="string", age="integer", city="string"),
        '{"name": "John", "age": 30, "city": "New',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        LANGCHAIN + " WITHOUT_END_BRACKET",
        FOO,
        'Here is a response formatted as schema:\n\n```json\n{\n  "foo": "bar"\n\n\n',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        LANGCHAIN + " test_parse_partial_json",
        FOO,
        '{"foo": "bar", "bar": "foo',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        LANGCHAIN + " test_parse_partial_json",
        FOO,
        '{"foo": "bar", ',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        ISSUE16 + " (a complete example, then the answer cut off)",
        MULTI,
        'For example {"items": [{"name": "A", "age": 1}]}. Answer: {"items": [{"name": "Rex", "age": 3}, {"name": "Fi',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        ISSUE16 + " (the fitting inner value of a cut-off list)",
        PERSON,
        '[{"name": "Rex", "age": 3}, {"name": "Fido", "age": 5}, {"name": "Bu',
        ASK_AGAIN,
    ),
    Case(
        "truncated",
        "https://github.com/mangiucugna/json_repair/issues/53 (cut off)",
        {"type": "array", "items": ANY},
        '[\n  {\n    "Snippet Summary Id": 1,\n    "Overview": "Syncing with Company"\n  },\n  {\n    "Snippet Summary Id": 2,\n    "Seller R',
        ASK_AGAIN,
    ),
    # Elided: `...` stands for items left out.
    Case(
        "elided",
        JR + "test_parse_array.py test_parse_array_edge_cases",
        INTS,
        "[1, 2, 3, ...]",
        ASK_AGAIN,
    ),
    Case(
        "elided",
        JR + "test_parse_array.py test_parse_array_edge_cases",
        INTS,
        "[1, 2, ... , 3]",
        ASK_AGAIN,
    ),
    Case(
        "elided",
        JR + "test_parse_array.py test_parse_array_edge_cases",
        {"type": "array"},
        "[true, false, null, ...]",
        ASK_AGAIN,
    ),
    Case(
        "elided",
        ISSUE16 + " (elided by a comment)",
        MULTI,
        '{"items": [\n  {"name": "Rex", "age": 3},\n  // ... more dogs\n]}',
        ASK_AGAIN,
    ),
    Case("elided", ISSUE16 + " (elided with …)", STRINGS, '["a", "b", …]', ASK_AGAIN),
    Case(
        "elided",
        JR + "test_parse_array.py test_parse_array_edge_cases (a string '...' is text)",
        {"type": "array"},
        "[1, 2, '...', 3]",
        [1, 2, "...", 3],
    ),
    # Quotes inside strings: never guessed.
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/56",
        obj(["name", "id"], name="string", id="string"),
        "{'name': 'Jack O'Sullivan', 'id': '5'}",
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/56",
        obj(["name", "id"], name="string", id="string"),
        '{"name": "Jack O"Sullivan", "id": "1"}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/56",
        obj(["name", "id"], name="string", id="string"),
        '{"name": "Jack: The "OG" O"Sullivan"", "id": "2"}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/85",
        obj(
            ["type", "score", "comment"],
            type="string",
            score="integer",
            comment="string",
        ),
        '{"type": "criteria_score", "score": 3, "comment": "The essay uses some technical vocabulary related to soccer, such as "offside" and "penalty". To improve."}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/100",
        obj(["Suggestion"], Suggestion="string"),
        '{"Suggestion": "Avoid saying "Bascom Palmer" in the beginning, use "UHealth" instead"}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/138",
        obj(["amount_to_pay"], amount_to_pay="string", documentDate="string"),
        "{\n        'amount_to_pay': '13'08.45', \n        'documentDate': '14.05.2025'\n    }",
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/mangiucugna/json_repair/issues/140",
        {
            "type": "array",
            "items": obj(["Text", "Source"], Text="string", Source="string"),
        },
        '[{"Text": "The Ingersoll Rand 2236QTiMAX 1/2" Impact Wrench was, launched.", "Source": "Ingersoll Rand Power Tools"}]',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/josdejong/jsonrepair/issues/161",
        obj(["text", "sentence"], text="string", sentence="string"),
        '{\n  "text": "hello",\n  "sentence": "do you know about "micheal", jackson"\n}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/josdejong/jsonrepair/pull/116",
        obj(["text"], text="string"),
        '{ "text": "I want to buy a 65" television" }',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        JR + "test_parse_object.py test_parse_object_edge_cases",
        KEY,
        '{"key": "v"alue"}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        BAML + "test_basics.rs test_json_md_example_1_bad_inner_json_2",
        TEST_CLASS,
        BAML_MD % ', "somet"string with quotes"',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        BAML + "test_basics.rs test_json_md_example_1_bad_inner_json_3",
        TEST_CLASS,
        BAML_MD % ", 'some stinrg'   with quotes' /* test */",
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        METAGPT + " test_repair_invalid_json",
        KEY,
        '{"key": "url "http" \\"https\\" "}',
        ASK_AGAIN,
    ),
    Case(
        "inner quotes",
        "https://github.com/n8n-io/n8n/pull/22088 (an apostrophe in a single-quoted string)",
        KEY,
        "{key: 'it's a test'}",
        ASK_AGAIN,
    ),
    # NaN and Infinity: not JSON.
    Case("nan and infinity", ISSUE16, SCORE, '{"score": NaN}', ASK_AGAIN),
    Case("nan and infinity", ISSUE16, SCORE, '{"score": Infinity}', ASK_AGAIN),
    Case("nan and infinity", ISSUE16, SCORE, '{"score": -Infinity}', ASK_AGAIN),
    Case("nan and infinity", ISSUE16, {"type": "number"}, "NaN", ASK_AGAIN),
    Case(
        "nan and infinity",
        ISSUE16 + " (in a fence)",
        SCORE,
        'Score:\n```json\n{"score": NaN}\n```',
        ASK_AGAIN,
    ),
    # The schema echoed back (SmolLM2-135M-Instruct did this in 6 of 15 tries).
    Case(
        "schema echo",
        ISSUE16,
        obj(name="string", age="integer"),
        '{"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}',
        ASK_AGAIN,
    ),
    Case("schema echo", ISSUE16, ANY, '{"type": "object"}', ASK_AGAIN),
    Case(
        "schema echo",
        ISSUE16 + " (echo in a fence)",
        obj(name="string", age="integer"),
        'Here is the JSON:\n```json\n{"$schema": "http://json-schema.org/draft-07/schema#", "properties": {"name": {"type": "string"}}}\n```',
        ASK_AGAIN,
    ),
    Case(
        "schema echo",
        ISSUE16 + " (a schema that asks for schema-like keys takes them)",
        obj(["type", "properties"], type="string", properties=ANY),
        '{"type": "dog", "properties": {"name": {"type": "fur"}}}',
        {"type": "dog", "properties": {"name": {"type": "fur"}}},
    ),
    # Broken beyond a safe reading.
    Case("broken", METAGPT + " test_repair_json_format", ANY, "{ xxx }]", ASK_AGAIN),
    Case(
        "broken",
        METAGPT + " test_retry_parse_json_text",
        obj(["Original Requirements"], **{"Original Requirements": "string"}),
        '{\n"Original Requirements": "Create a 2048 game",\n"Competitive Quadrant Chart": "x-axis"\n],\n"Requirement Analysis": "clear"\n}',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        JR + "test_parse_number.py test_parse_number_edge_cases",
        obj(["key"], key="number"),
        '{"key": 1/3}',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        JR + "test_parse_number.py test_parse_number_edge_cases",
        obj(["key"], key="number"),
        '{"key": .25}',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        JR + "test_parse_number.py test_parse_number_edge_cases",
        obj(["rowId"], rowId="string"),
        '{"rowId": 57eeeeb1-450b-482c-81b9-4be77e95dee2}',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        JR + "test_parse_object.py test_parse_object_edge_cases",
        obj(["foo"], foo={"type": "array"}),
        "{foo: [}",
        ASK_AGAIN,
    ),
    Case(
        "broken",
        JR + "test_parse_array.py test_parse_array_edge_cases",
        STRINGS,
        '["a" "b" "c" 1',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        BAML + "test_basics.rs test_json_with_markdown_without_quotes",
        obj(["my_field_0", "my_field_1"], my_field_0="boolean", my_field_1="string"),
        '\n  {\n    "my_field_0": true,\n    "my_field_1": **First fragment, Another fragment**\nFrag 2.\n  }\n  ',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        ISSUE16 + " (the inner value of a broken object is not the answer)",
        PERSON,
        '{"name": "Bob", "age": x, "friend": {"name": "Ann", "age": 3}}',
        ASK_AGAIN,
    ),
    Case(
        "broken",
        BAML + "test_basics.rs test_ambiguous_bool",
        {"type": "boolean"},
        "The answer is true or false",
        ASK_AGAIN,
    ),
    Case(
        "broken",
        "tests/test_tools_cli.py test_never_valid_schema_answers_end_in_one_error_line",
        PERSON,
        "I would rather not say.",
        ASK_AGAIN,
    ),
    # A backslash before a raw line break in a string: a shell's line
    # continuation, a backslash and a line break, or an escaped line break?
    Case(
        "backslash line break",
        JSONREPAIR + " should replace backslash-escaped newline characters",
        A_STRING,
        '"first\\\nsecond"',
        ASK_AGAIN,
    ),
    Case(
        "backslash line break",
        "https://github.com/josdejong/jsonrepair/issues/160",
        obj(["groceries"], groceries="string"),
        '{"groceries": "carrot\\\nturnip\\\nlettuce"}',
        ASK_AGAIN,
    ),
    Case(
        "backslash line break",
        ISSUE22 + " (a shell command with line continuations)",
        obj(["command"], command="string"),
        '{"command": "docker run \\\n  -p 8080:80 \\\n  nginx"}',
        ASK_AGAIN,
    ),
    Case(
        "backslash line break",
        ISSUE22 + " (the same, single-quoted)",
        obj(["command"], command="string"),
        "{'command': 'docker run \\\n  -p 8080:80 \\\n  nginx'}",
        ASK_AGAIN,
    ),
    Case(
        "backslash line break",
        ISSUE22 + " (the backslash escaped, the line break raw: one reading)",
        obj(["command"], command="string"),
        '{"command": "docker run \\\\\n  -p 8080:80 nginx"}',
        {"command": "docker run \\\n  -p 8080:80 nginx"},
    ),
    Case(
        "backslash line break",
        ISSUE22 + " (both escaped: strict JSON)",
        obj(["command"], command="string"),
        '{"command": "docker run \\\\\\n  -p 8080:80 nginx"}',
        {"command": "docker run \\\n  -p 8080:80 nginx"},
    ),
    Case(
        "backslash line break",
        "https://github.com/josdejong/jsonrepair/issues/170 (a backslash outside a string)",
        STRINGS,
        '["y"\\, "z"]',
        ASK_AGAIN,
    ),
    # Zero-width and no-break spaces between tokens: white space, not content.
    *(
        Case(
            "special spaces",
            JSONREPAIR + " should replace special white space characters",
            A,
            '{"a":%s"foo"}' % space,
            {"a": "foo"},
        )
        for space in ("\u180e", "\u2002", "\u200b", "\u202f", "\u3000", "\ufeff")
    ),
    Case(
        "special spaces",
        JSONREPAIR + " should replace special white space characters",
        A,
        '{"a":\u00a0"foo\u00a0bar"}',
        {"a": "foo\u00a0bar"},
    ),
    Case(
        "special spaces",
        "https://github.com/bhollis/jsonview/issues/129",
        obj(["free"], free="integer"),
        '{"free": \u200b123}',
        {"free": 123},
    ),
    Case(
        "special spaces",
        ISSUE22 + " (a byte-order mark before the answer)",
        PERSON,
        '\ufeff{"name": "Rex", "age": 3}\u200b',
        {"name": "Rex", "age": 3},
    ),
    Case(
        "special spaces",
        "https://github.com/inlife/nexrender/issues/568 (inside a string: its text)",
        obj(["value"], value="string"),
        '{"value": "\u0645\u06cc\u200c\u0628\u0627\u0634\u062f"}',
        {"value": "\u0645\u06cc\u200c\u0628\u0627\u0634\u062f"},
    ),
    # ‘Single curly quotes’ around strings, where every string has them.
    Case(
        "single curly quotes",
        JSONREPAIR + " should replace special quotes with double quotes",
        A,
        "{‘a’:‘b’}",
        {"a": "b"},
    ),
    Case(
        "single curly quotes",
        JSONREPAIR + " should replace non normalized left/right quotes",
        A_STRING,
        "‘foo’",
        "foo",
    ),
    Case(
        "single curly quotes",
        JSONREPAIR + " should not replace special quotes inside a normal string",
        A_STRING,
        "'Rounded ’ quote'",
        "Rounded ’ quote",
    ),
    Case(
        "single curly quotes",
        JSONREPAIR + " should not crash when repairing quotes",
        obj(["pattern"], pattern="string"),
        "{pattern: '’'}",
        {"pattern": "’"},
    ),
    Case(
        "single curly quotes",
        JSONREPAIR + " should replace special quotes with double quotes (` and ´)",
        A,
        "{`a´:`b´}",
        ASK_AGAIN,
    ),
    Case(
        "single curly quotes",
        ISSUE22 + " (beside straight quotes: a text's own quotes?)",
        obj(["a", "b"], a="string", b="string"),
        '{‘a’: "x", "b": ‘y’}',
        ASK_AGAIN,
    ),
    Case(
        "single curly quotes",
        ISSUE22 + " (an apostrophe inside one)",
        obj(["name"], name="string"),
        "{‘name’: ‘Jack O’Sullivan’}",
        ASK_AGAIN,
    ),
    # `\'` in a string: an apostrophe.
    Case(
        "escaped apostrophe",
        JSONREPAIR + " should add/remove escape characters",
        A_STRING,
        '"foo\\\'bar"',
        "foo'bar",
    ),
    Case(
        "escaped apostrophe",
        JSONREPAIR + " should add/remove escape characters",
        A_STRING,
        "'foo\\'bar'",
        "foo'bar",
    ),
    Case(
        "escaped apostrophe",
        JSONREPAIR + " should add/remove escape characters (an escape JSON has not)",
        A_STRING,
        '"\\a"',
        ASK_AGAIN,
    ),
    Case(
        "escaped apostrophe",
        "https://github.com/noamgat/lm-format-enforcer/issues/41",
        obj(["short"], short="string"),
        '{ "short": "\\\'I\\\'m\\\'" }',
        {"short": "'I'm'"},
    ),
    # A whole answer written JSON-escaped, as the inside of a JSON string.
    Case(
        "escaped answer",
        ISSUE22,
        SCORE,
        '{\\"score\\": 0}',
        {"score": 0},
    ),
    Case(
        "escaped answer",
        JSONREPAIR + " should repair escaped string contents",
        A_STRING,
        '\\"hello world\\"',
        "hello world",
    ),
    Case(
        "escaped answer",
        JSONREPAIR
        + " should repair escaped string contents (a quote inside left bare)",
        obj(["stringified"], stringified="string"),
        '{\\"stringified\\": \\"hello \\\\"world\\\\"\\"}',
        ASK_AGAIN,
    ),
    Case(
        "escaped answer",
        JSONREPAIR + " should repair escaped string contents (cut off)",
        A_STRING,
        '\\"hello world\\',
        ASK_AGAIN,
    ),
    Case(
        "escaped answer",
        "Qarj/fix-busted-json tests/testfocus.py::test_should_cope_with_escaped_double_quotes_used_as_quotes_inside_strings",
        ANY,
        '{\\"@metadata\\":{\\"message\\":\\"{\\\\"url\\\\": \\\\"hey\\\\"}\\"}}',
        ASK_AGAIN,
    ),
    # Marker lines around the answer (DSPy's `[[ ## completed ## ]]`): a
    # bracket whose content cannot begin a value is prose.
    Case(
        "marker lines",
        DSPY + "test_chat_adapter_format_exact_messages_with_demo_and_typed_outputs",
        NUMBERS,
        '[[ ## answers ## ]]\n["A1", "A2"]\n\n[[ ## scores ## ]]\n[0.1, 0.9]\n\n[[ ## completed ## ]]\n',
        [0.1, 0.9],
    ),
    Case(
        "marker lines",
        DSPY
        + "test_chat_adapter_format_exact_messages_with_history_demo_pydantic_tools_and_image",
        DSPY_DEMO,
        '[[ ## answer ## ]]\n{"answer": "Mention analytical engines.", "sources": ["demo"]}\n\n[[ ## completed ## ]]\n',
        {"answer": "Mention analytical engines.", "sources": ["demo"]},
    ),
    Case(
        "marker lines",
        DSPY + "test_chat_adapter_format_exact_messages_with_citations_output_demo",
        CITATIONS,
        '[[ ## citations ## ]]\n<<CUSTOM-TYPE-START-IDENTIFIER>>[{"type": "char_location", "cited_text": "alpha", "document_index": 0, "start_char_index": 0, "end_char_index": 5}]<<CUSTOM-TYPE-END-IDENTIFIER>>\n\n[[ ## completed ## ]]\n',
        [
            {
                "type": "char_location",
                "cited_text": "alpha",
                "document_index": 0,
                "start_char_index": 0,
                "end_char_index": 5,
            }
        ],
    ),
    Case(
        "marker lines",
        DSPY + "test_chat_adapter_parses_float_with_underscores",
        SCORE,
        "[[ ## score ## ]]\n{'score': 123_456.789}\n[[ ## completed ## ]]",
        ASK_AGAIN,
    ),
    # Curly and straight quotes mixed around one string: never guessed.
    Case(
        "mixed quotes",
        ISSUE22,
        obj(["a", "c"], a="string", c="string"),
        '{“a”: "b", "c": “d"}',
        ASK_AGAIN,
    ),
    Case(
        "mixed quotes",
        "https://github.com/BoundaryML/baml/issues/1074",
        obj(["prop1", "prop2"], prop1="string", prop2=ANY),
        BAML_1074,
        ASK_AGAIN,
    ),
    Case(
        "mixed quotes",
        "https://github.com/circlecell/jsonlint.com/issues/19",
        ANY,
        JSONLINT_19,
        ASK_AGAIN,
    ),
]
