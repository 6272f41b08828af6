"""A stand-in for a model, for the local server's --play mode: NOT a model.

It reads only the plugin's own instructions in a query and answers as a model that
follows them would, so tools and schemas can be tried offline:

- the tool instruction: it calls an offered tool (the one the last user turn names,
  else the first), with arguments made from the tool's JSON schema; once the
  tool's result is back, it answers with a sentence quoting it;
- the schema instruction: it answers with a value made from the schema, or first
  with a wrong one (`invalid_first`), to show the plugin asking again.

Any other query gets None: the server echoes it, as it always does. The texts it
looks for are the plugin's own (imported from llm_darkai), not copies.
"""

import json
import re

from llm_darkai import (
    OUTPUT_INDENT,
    SCHEMA_INSTRUCTION,
    SCHEMA_RETRY,
    TOOL_ENTRY,
    TOOL_ERROR,
    TOOL_RESULT,
    TOOLS_INSTRUCTION,
    schema_problem,
    schema_validator,
)


def template_pattern(template, **fields):
    """A regular expression for `template`: its text as is, each {field} the
    pattern given for it, as a named group."""
    pieces = re.split(r"\{(\w+)\}", template)  # text, field, text, ..., text
    pieces[0::2] = map(re.escape, pieces[0::2])
    pieces[1::2] = (f"(?P<{field}>{fields[field]})" for field in pieces[1::2])
    return "".join(pieces)


TOOLS_START = TOOLS_INSTRUCTION.split("{tools}")[0]
TOOLS_END = TOOLS_INSTRUCTION.split("{tools}")[1].splitlines()[1]
TOOL_LINE = re.compile(
    template_pattern(TOOL_ENTRY, name=r"[^:\n]+", description=".*", schema=".*")
)
# A `Tool:` turn: its header line, then the tool's output, every line indented.
TOOL_TURN = re.compile(rf"^Tool: (.*)((?:\n{re.escape(OUTPUT_INDENT)}.*)*)", re.M)
RESULT = re.compile(template_pattern(TOOL_RESULT, name=".+"))
ERROR = re.compile(template_pattern(TOOL_ERROR, name=".+"))
SCHEMA_START = SCHEMA_INSTRUCTION.split("{schema}")[0]
RETRY_START = SCHEMA_RETRY.split("{problem}")[0]
USER_TURN = "\nUser: "


def play(query, invalid_first=False):
    """The stand-in's answer to `query`, or None when it carries no instruction."""
    if SCHEMA_START in query:
        start = query.index(SCHEMA_START) + len(SCHEMA_START)
        schema = json.JSONDecoder().raw_decode(query, start)[0]
        if invalid_first and RETRY_START not in query:
            return wrong_answer(schema)
        return json.dumps(example(schema))
    if TOOLS_START in query:
        return tool_answer(query)
    return None


def tool_answer(query):
    """A call to an offered tool, or, once a tool's result is back after the last
    user turn, a sentence quoting it; None if no tool could be read."""
    last_turn = query[max(query.rfind(USER_TURN), 0) :]
    sentences = [outcome_sentence(*turn) for turn in TOOL_TURN.findall(last_turn)]
    if any(sentences):
        return " ".join(filter(None, sentences))
    block = query.split(TOOLS_START, 1)[1].split(TOOLS_END, 1)[0]
    tools = {m["name"]: json.loads(m["schema"]) for m in TOOL_LINE.finditer(block)}
    if not tools:
        return None
    named = [name for name in tools if re.search(rf"\b{re.escape(name)}\b", last_turn)]
    name = (named or list(tools))[0]
    call = {"name": name, "arguments": example(tools[name] or {"type": "object"})}
    return json.dumps({"tool_calls": [call]})


def outcome_sentence(header, output):
    """`The tool NAME says: OUTPUT.` for a result, None for another `Tool:` line."""
    output = " ".join(output.split()).rstrip(".")
    if result := RESULT.fullmatch(header):
        return f"The tool {result['name']} says: {output}."
    if error := ERROR.fullmatch(header):
        return f"The tool {error['name']} failed: {output}."
    return None


# Values from a JSON schema ------------------------------------------------
# Simple values per type, objects with every property, arrays of two items
# (within minItems and maxItems), the first of an enum; local $refs, and the first
# choice of anyOf and oneOf. Enough for llm's schemas and its --functions.

WORDS = {"name": ("Alice", "Bob")}  # by property name; others get these:
OTHER_WORDS = ("example", "sample")
WRONG = {"string": 1, "integer": "one", "number": "one", "boolean": "yes", "null": 0}
WRONG_OTHERWISE = "Nothing to show."  # no JSON at all: wrong for any schema


MOST_HOPS = 32  # references followed before a schema is taken as a cycle
MOST_DEPTH = 8  # levels of a value made from a schema that refers to itself


def resolve(schema, root):
    """`schema`, with a local `$ref` followed and the first of a choice taken; `{}`
    (anything) for a boolean schema, a reference it cannot follow, or a cycle."""
    for _ in range(MOST_HOPS):
        if not isinstance(schema, dict):
            return {}
        if "$ref" in schema:
            path, schema = schema["$ref"], root
            for step in path.split("/")[1:]:  # "#/$defs/Name", ~1 for / and ~0 for ~
                step = step.replace("~1", "/").replace("~0", "~")
                schema = schema.get(step) if isinstance(schema, dict) else None
        elif schema.get("anyOf") or schema.get("oneOf"):
            schema = (schema.get("anyOf") or schema["oneOf"])[0]
        else:
            return schema
    return {}


def kind_of(schema):
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind:
        return kind
    if "properties" in schema:
        return "object"
    return "array" if "items" in schema else "string"


def example(schema, root=None, key="", index=0, depth=0):
    """A value that matches `schema`, as far as MOST_DEPTH levels down (a schema
    may refer to itself)."""
    root = schema if root is None else root
    schema = resolve(schema, root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if depth == MOST_DEPTH:
        return None
    kind = kind_of(schema)
    if kind == "object":
        properties = schema.get("properties", {})
        names = [
            *properties,
            *(n for n in schema.get("required", ()) if n not in properties),
        ]
        return {
            name: example(properties.get(name, {}), root, name, index, depth + 1)
            for name in names
        }
    if kind == "array":
        count = max(2, schema.get("minItems", 0))
        count = min(count, schema.get("maxItems", count))
        items = schema.get("items", {})
        return [example(items, root, key, i, depth + 1) for i in range(count)]
    if kind == "string":
        return WORDS.get(key.lower(), OTHER_WORDS)[index % 2]
    if kind == "integer":
        return max(1 + index, schema.get("minimum", 1 + index))
    if kind == "number":
        return max(1.5 + index, schema.get("minimum", 1.5 + index))
    if kind == "boolean":
        return True
    return None


def wrong_answer(schema):
    """An answer that does not match `schema`: its example, with the last property
    of an object, and the first item of an array, of the wrong type all the way
    down; prose with no JSON, should the schema take that value too."""
    value = wrong_value(schema, schema)
    if schema_problem(value, schema_validator(schema)) is None:
        return WRONG_OTHERWISE
    return json.dumps(value)


def wrong_value(schema, root, depth=0):
    schema = resolve(schema, root)
    value = example(schema, root, depth=depth)
    properties = schema.get("properties")
    if depth < MOST_DEPTH and isinstance(value, dict) and properties:
        last = list(properties)[-1]
        value[last] = wrong_value(properties[last], root, depth + 1)
        return value
    if depth < MOST_DEPTH and isinstance(value, list) and value and "items" in schema:
        value[0] = wrong_value(schema["items"], root, depth + 1)
        return value
    return WRONG.get(kind_of(schema), 0)  # 0 is no object and no array
