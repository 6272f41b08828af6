# ruff: noqa: E501 -- answers are kept verbatim, one string each, so lines run long.
"""Tool-call corpus: model answers, taken from primary sources, with the
tool calls a reader of the answer should find in them.

llm-darkai offers tools "by instruction": the prompt lists the tools and asks
for `{"tool_calls": [{"name": "<tool name>", "arguments": {...}}]}`, and the
plugin has to find the calls in the model's free-text answer. Real models do
not follow that instruction to the letter; this file collects what they write
instead, and answers that must stay text although they look like calls.

How the cases were chosen
- Texts come, wherever possible, verbatim from the test suites and documents
  of projects that parse real model output: Meta's llama-models prompt-format
  documents and tool_utils tests, vLLM's tool-parser tests, llama.cpp's chat
  parser tests, gpt4free's tool emulation (`g4f/providers/tool_support.py`,
  `g4f/Provider/Qwen.py` tool_support_prompts, its unit test), OpenAI's API
  examples and the OpenAI community threads about `multi_tool_use.parallel`.
- Where a source documents a failure mode or a shape without quoting a whole
  answer, the text was composed to show exactly that shape; `source` then
  says "shape from ..." and names the document. Where a verbatim text had to
  be adapted (tool names, a wrapper), `source` says so.
- `calls` is the expected reading, normalised: a `functions.` prefix removed,
  arguments always a dict (a JSON string of an object decoded, null or missing
  arguments -> {}), `multi_tool_use.parallel` unwrapped into its inner calls.
  `()` means the answer must stay text.
- `tools` names the tools offered in that conversation. Every expected call
  uses an offered name, except the case marked "unknown tool name inside the
  instructed tool_calls wrapper", which is a call kept with its unknown name.

Families
- "llama": Llama 3.x JSON calls (`name` + `parameters`/`arguments`,
  `<|python_tag|>`, `;`-joined calls, prose around them, `<function=...>`).
- "pythonic": Llama 3.2/3.3/4 pythonic lists `[f(a=1), g()]`.
- "openai": OpenAI API shapes written as text (`type`/`function`/`id`,
  `arguments` as a JSON string, legacy `function_call`, `functions.` prefix,
  `multi_tool_use.parallel`), fences, prose around them.
- "gpt4free": what gpt4free's tool emulation accepts, and the failure modes
  its maintainers list in the Qwen tool_support_prompts (the instruction there
  is the same `{"tool_calls": [...]}` shape llm-darkai uses).
- "hermes": Hermes / Qwen `<tool_call>...</tool_call>`.
- "mistral": `[TOOL_CALLS][...]`.
- "xlam": a bare JSON list of calls, maybe fenced or after prose or `<think>`.
- "llama.cpp": llama.cpp's chat-parser tests, mostly the Hermes 2 Pro "good
  bad outputs" (`<function_call>`, `<tools>`, `<json>`, ```xml fences...).
- "ordinary": answers that must stay text, with tools on offer.

Source abbreviations: vLLM = vllm-project/vllm; llama-models =
meta-llama/llama-models; g4f = xtekky/gpt4free; the llama.cpp Hermes 2 Pro,
Llama 3.x, Mistral Nemo, Firefunction and Generic tests are cited in the
per-format files of ochafik/llama.cpp `tests/chat-parsers/` (the same strings
as the `test_template_output_parsers` cases of ggml-org/llama.cpp
`tests/test-chat.cpp` before its PEG rewrite).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    family: str  # one of the families above
    source: str  # where the answer comes from, precisely (repo path::test, document section, or URL)
    text: str  # the model's whole answer, verbatim as the source shows it (adaptations said in source)
    tools: tuple  # names of the tools offered to the model in that conversation
    calls: tuple  # expected calls in order: ((name, {args}), ...); () for an answer that must stay text
    schemas: dict = None  # tool name -> JSON input schema from the source, where it types string-written arguments


# What a reading of an answer is, judged against the calls expected of it.
VERDICTS = ("recognised", "wrong", "missed", "text", "false call")


def verdict(answer, calls):
    """Which of VERDICTS the calls read from `answer`, `[(name, arguments)]`, are."""
    expected = [tuple(call) for call in answer.calls]
    if not expected:
        return "text" if not calls else "false call"
    if calls == expected:
        return "recognised"
    return "wrong" if calls else "missed"


_VLLM_LLAMA = "vLLM tests/tool_parsers/test_llama3_json_tool_parser.py::"
_VLLM_PYTHONIC = "vLLM tests/tool_parsers/test_pythonic_tool_parser.py, "
_VLLM_LLAMA4 = (
    "vLLM tests/entrypoints/openai/tool_parsers/test_llama4_pythonic_tool_parser.py, "
)
_VLLM_HERMES = "vLLM tests/tool_parsers/test_hermes_tool_parser.py::"
_VLLM_MISTRAL = "vLLM tests/tool_use/test_mistral_tool_parser.py, "
_VLLM_XLAM = "vLLM tests/tool_use/test_xlam_tool_parser.py, "
_TOOL_UTILS = "llama-models models/llama3/tests/api/test_tool_utils.py::"
_CPP_HERMES = "ochafik/llama.cpp tests/chat-parsers/test-hermes-2-pro.cpp (test_hermes_2_pro_parser), "
_G4F_SUPPORT = "g4f g4f/providers/tool_support.py"
_G4F_QWEN = "g4f g4f/Provider/Qwen.py tool_support_prompts"

_SPECIAL = ("special_function", "python")
_SPECIAL_CALL = (("special_function", {"arg1": 1}),)
_SEARCH = ("searchTool", "getOpenIncidentsTool")
_READ_GLOB = ("read", "glob")
_WEATHER = ("get_weather",)

ANSWERS = [
    # ------------------------------------------------------------------ llama
    Answer(
        family="llama",
        source="llama-models models/llama3_1/prompt_format.md, 'JSON based tool calling', Model Response Format",
        text='<|python_tag|>{\n    "type": "function",\n    "name": "trending_songs",\n    "parameters": {\n        "n": "10",\n        "genre": "all"\n    }\n}<|eom_id|>',
        tools=("trending_songs",),
        calls=(("trending_songs", {"n": "10", "genre": "all"}),),
    ),
    Answer(
        family="llama",
        source="llama-models models/llama3_1/prompt_format.md, '`<function>` based tool calling', Model Response Format",
        text='<function=trending_songs>{"n": 10}</function><|eot_id|>',
        tools=("trending_songs",),
        calls=(("trending_songs", {"n": 10}),),
    ),
    Answer(
        family="llama",
        source="llama-models models/llama4/prompt_format.md, 'Tool calling with custom formats', Model Response Format",
        text='<function=trending_songs>{"n": 10}</function><|eot|>',
        tools=("trending_songs",),
        calls=(("trending_songs", {"n": 10}),),
    ),
    Answer(
        family="llama",
        source=_TOOL_UTILS
        + "TestToolUtils::test_maybe_extract_custom_tool_call (no closing </function>)",
        text='<function=getWeather>{"location":"New York","date":"2023-08-05"}',
        tools=("getWeather",),
        calls=(("getWeather", {"location": "New York", "date": "2023-08-05"}),),
    ),
    Answer(
        family="llama",
        source="llama-models models/llama3_1/prompt_format.md, 'Builtin Tool Calling' (brave_search), Model Response Format; builtin-tool shape `<tool>.call(query=...)`",
        text='<|python_tag|>brave_search.call(query="latest price of 1oz gold")<|eom_id|>',
        tools=("brave_search",),
        calls=(("brave_search", {"query": "latest price of 1oz gold"}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_simple",
        text='Here is the result: {"name": "getOpenIncidentsTool", "parameters": {}} Would you like to know more?',
        tools=_SEARCH,
        calls=(("getOpenIncidentsTool", {}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_with_arguments",
        text='{"name": "searchTool", "parameters": {"query": "test query", "limit": 10}}',
        tools=_SEARCH,
        calls=(("searchTool", {"query": "test query", "limit": 10}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_with_arguments_key",
        text='{"name": "searchTool", "arguments": {"query": "test"}}',
        tools=_SEARCH,
        calls=(("searchTool", {"query": "test"}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_multiple_json",
        text='{"name": "searchTool", "parameters": {"query": "test1"}}; {"name": "getOpenIncidentsTool", "parameters": {}}; {"name": "searchTool", "parameters": {"query": "test2"}}',
        tools=_SEARCH,
        calls=(
            ("searchTool", {"query": "test1"}),
            ("getOpenIncidentsTool", {}),
            ("searchTool", {"query": "test2"}),
        ),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_multiple_json_with_whitespace",
        text='{"name": "searchTool", "parameters": {"query": "test1"}} ; {"name": "getOpenIncidentsTool", "parameters": {}} ; {"name": "searchTool", "parameters": {"query": "test2"}}',
        tools=_SEARCH,
        calls=(
            ("searchTool", {"query": "test1"}),
            ("getOpenIncidentsTool", {}),
            ("searchTool", {"query": "test2"}),
        ),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA
        + "test_extract_tool_calls_multiple_json_with_surrounding_text",
        text='Here are the results: {"name": "searchTool", "parameters": {"query": "test1"}}; {"name": "getOpenIncidentsTool", "parameters": {}}; {"name": "searchTool", "parameters": {"query": "test2"}} Would you like to know more?',
        tools=_SEARCH,
        calls=(
            ("searchTool", {"query": "test1"}),
            ("getOpenIncidentsTool", {}),
            ("searchTool", {"query": "test2"}),
        ),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_deeply_nested_json",
        text='{"name": "complexTool", "parameters": {"level1": {"level2": {"level3": {"level4": {"value": "deep"}}}}}}',
        tools=("complexTool",),
        calls=(
            (
                "complexTool",
                {"level1": {"level2": {"level3": {"level4": {"value": "deep"}}}}},
            ),
        ),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_multiple_with_deep_nesting",
        text='{"name": "simpleTool", "parameters": {"value": "test"}}; {"name": "complexTool", "parameters": {"config": {"database": {"connection": {"pool": {"size": 10}}}}}}',
        tools=("simpleTool", "complexTool"),
        calls=(
            ("simpleTool", {"value": "test"}),
            (
                "complexTool",
                {"config": {"database": {"connection": {"pool": {"size": 10}}}}},
            ),
        ),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA
        + "test_extract_tool_calls_with_quotes_and_brackets_in_string",
        text='{"name": "searchTool", "parameters": {"query": "test {value} [complex]","nested": {"inner": "more {brackets}"}}}',
        tools=_SEARCH,
        calls=(
            (
                "searchTool",
                {
                    "query": "test {value} [complex]",
                    "nested": {"inner": "more {brackets}"},
                },
            ),
        ),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA
        + "test_extract_tool_calls_with_escaped_quotes_in_nested_json",
        text='{"name": "parserTool", "parameters": {"text": "He said \\"Hello {world}\\""}}',
        tools=("parserTool",),
        calls=(("parserTool", {"text": 'He said "Hello {world}"'}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_brace_in_trailing_text",
        text='{"name": "searchTool", "parameters": {"query": "test"}} I used {searchTool} for this.',
        tools=_SEARCH,
        calls=(("searchTool", {"query": "test"}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA + "test_extract_tool_calls_json_fragment_in_trailing_text",
        text='{"name": "searchTool", "parameters": {"query": "test"}} The arguments I passed were {"query": "test"}',
        tools=_SEARCH,
        calls=(("searchTool", {"query": "test"}),),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA
        + "test_extract_tool_calls_streaming_parallel_separators[;\\n]",
        text='{"name": "searchTool", "parameters": {"query": "test1"}};\n{"name": "getOpenIncidentsTool", "parameters": {}}',
        tools=_SEARCH,
        calls=(("searchTool", {"query": "test1"}), ("getOpenIncidentsTool", {})),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA
        + "test_extract_tool_calls_streaming_parallel_separators[\\n]",
        text='{"name": "searchTool", "parameters": {"query": "test1"}}\n{"name": "getOpenIncidentsTool", "parameters": {}}',
        tools=_SEARCH,
        calls=(("searchTool", {"query": "test1"}), ("getOpenIncidentsTool", {})),
    ),
    Answer(
        family="llama",
        source=_VLLM_LLAMA
        + "test_extract_tool_calls_missing_parameters_and_arguments_key (vLLM reads it as text; read here as a call by the corpus rule 'missing arguments -> {}')",
        text='{"name": "toolWithoutParams"}',
        tools=("toolWithoutParams",),
        calls=(("toolWithoutParams", {}),),
    ),
    Answer(
        family="llama",
        source="ochafik/llama.cpp tests/chat-parsers/test-llama-3-x.cpp (COMMON_CHAT_FORMAT_LLAMA_3_X parse)",
        text='{"name": "special_function", "parameters": {"arg1": 1}}',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    # -------------------------------------------------------------- pythonic
    Answer(
        family="pythonic",
        source="llama-models models/llama3_2/text_prompt_format.md, 'Zero shot function calling - system message', Model Response Format (same in models/llama3_3/prompt_format.md)",
        text="[get_weather(city='San Francisco', metric='celsius'), get_weather(city='Seattle', metric='celsius')]<|eot_id|>",
        tools=_WEATHER,
        calls=(
            ("get_weather", {"city": "San Francisco", "metric": "celsius"}),
            ("get_weather", {"city": "Seattle", "metric": "celsius"}),
        ),
    ),
    Answer(
        family="pythonic",
        source="llama-models models/llama3_3/prompt_format.md, 'Zero shot function calling - user message', Model Response Format",
        text="[get_user_info(user_id=7890, special='black')]<|eot_id|>",
        tools=("get_user_info",),
        calls=(("get_user_info", {"user_id": 7890, "special": "black"}),),
    ),
    Answer(
        family="pythonic",
        source="llama-models models/llama4/prompt_format.md, 'Zero shot function calling - system message', Model Response Format",
        text='[get_weather(city="San Francisco"), get_weather(city="Seattle")]<|eot|>',
        tools=_WEATHER,
        calls=(
            ("get_weather", {"city": "San Francisco"}),
            ("get_weather", {"city": "Seattle"}),
        ),
    ),
    Answer(
        family="pythonic",
        source="llama-models models/llama3_2/text_prompt_format.md, 'Zero shot function calling E2E format' (the assistant turn, up to its <|eot_id|>)",
        text='<|python_tag|>[get_weather(city="San Francisco", metric="celsius")]<|eot_id|>',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "San Francisco", "metric": "celsius"}),),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=simple_nonstreaming",
        text="[get_weather(city='San Francisco', metric='celsius')]",
        tools=_WEATHER,
        calls=(("get_weather", {"city": "San Francisco", "metric": "celsius"}),),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=more_types_nonstreaming",
        text="[register_user(name='John Doe', age=37, address={'city': 'San Francisco', 'state': 'CA'}, role=None, passed_test=True, aliases=['John', 'Johnny'])]",
        tools=("register_user",),
        calls=(
            (
                "register_user",
                {
                    "name": "John Doe",
                    "age": 37,
                    "address": {"city": "San Francisco", "state": "CA"},
                    "role": None,
                    "passed_test": True,
                    "aliases": ["John", "Johnny"],
                },
            ),
        ),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=parameterless_nonstreaming",
        text="[get_weather()]",
        tools=_WEATHER,
        calls=(("get_weather", {}),),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=empty_dict_nonstreaming",
        text="[do_something_cool(additional_data={})]",
        tools=("do_something_cool",),
        calls=(("do_something_cool", {"additional_data": {}}),),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=empty_list_nonstreaming",
        text="[do_something_cool(steps=[])]",
        tools=("do_something_cool",),
        calls=(("do_something_cool", {"steps": []}),),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=escaped_string_nonstreaming",
        text=r"""[get_weather(city='Martha\'s Vineyard', metric='\"cool units\"')]""",
        tools=_WEATHER,
        calls=(
            ("get_weather", {"city": "Martha's Vineyard", "metric": '"cool units"'}),
        ),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC + "TEST_CASES id=parallel_calls_nonstreaming",
        text="[get_weather(city='San Francisco', metric='celsius'), register_user(name='John Doe', age=37, address={'city': 'San Francisco', 'state': 'CA'}, role=None, passed_test=True, aliases=['John', 'Johnny'])]",
        tools=("get_weather", "register_user"),
        calls=(
            ("get_weather", {"city": "San Francisco", "metric": "celsius"}),
            (
                "register_user",
                {
                    "name": "John Doe",
                    "age": 37,
                    "address": {"city": "San Francisco", "state": "CA"},
                    "role": None,
                    "passed_test": True,
                    "aliases": ["John", "Johnny"],
                },
            ),
        ),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_PYTHONIC
        + "test_streaming_tool_call_with_large_steps (deltas joined)",
        text="[get_weather(city='San Francisco', metric='celsius'), get_weather(), do_something_cool(steps=[])]",
        tools=("get_weather", "do_something_cool"),
        calls=(
            ("get_weather", {"city": "San Francisco", "metric": "celsius"}),
            ("get_weather", {}),
            ("do_something_cool", {"steps": []}),
        ),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_LLAMA4 + "PYTHON_TAG_FUNCTION_OUTPUT (id=python_tag_nonstreaming)",
        text="<|python_start|>[get_weather(city='LA', metric='C')]<|python_end|>",
        tools=_WEATHER,
        calls=(("get_weather", {"city": "LA", "metric": "C"}),),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_LLAMA4 + "TEST_CASES id=parallel_calls_nonstreaming (no spaces)",
        text="[get_weather(city='LA',metric='C'),register_user(name='Doe',age=9)]",
        tools=("get_weather", "register_user"),
        calls=(
            ("get_weather", {"city": "LA", "metric": "C"}),
            ("register_user", {"name": "Doe", "age": 9}),
        ),
    ),
    Answer(
        family="pythonic",
        source=_VLLM_LLAMA4
        + "TEST_CASES, last case (<|python_start|> without <|python_end|>)",
        text="<|python_start|>[get_weather(city='LA', metric='C'), register_user(name='Doe', age=9)]",
        tools=("get_weather", "register_user"),
        calls=(
            ("get_weather", {"city": "LA", "metric": "C"}),
            ("register_user", {"name": "Doe", "age": 9}),
        ),
    ),
    Answer(
        family="pythonic",
        source=_TOOL_UTILS + "TestParsePythonList::test_multiple_function_calls",
        text='[get_boiling_point(liquid_name="water", celcius=True), get_melting_point(substance="ice", kelvin=False)]',
        tools=("get_boiling_point", "get_melting_point"),
        calls=(
            ("get_boiling_point", {"liquid_name": "water", "celcius": True}),
            ("get_melting_point", {"substance": "ice", "kelvin": False}),
        ),
    ),
    Answer(
        family="pythonic",
        source=_TOOL_UTILS
        + "TestParsePythonList::test_function_call_with_numeric_args",
        text="[calculate_volume(radius=5.2, height=10)]",
        tools=("calculate_volume",),
        calls=(("calculate_volume", {"radius": 5.2, "height": 10}),),
    ),
    Answer(
        family="pythonic",
        source=_TOOL_UTILS + "TestParsePythonList::test_function_call_with_empty_args",
        text="[initialize()]",
        tools=("initialize",),
        calls=(("initialize", {}),),
    ),
    Answer(
        family="pythonic",
        source=_TOOL_UTILS
        + "TestParsePythonList::test_function_call_with_string_containing_spaces",
        text='[analyze_text(content="Hello, world!", language="en")]',
        tools=("analyze_text",),
        calls=(("analyze_text", {"content": "Hello, world!", "language": "en"}),),
    ),
    Answer(
        family="pythonic",
        source=_TOOL_UTILS
        + "TestParsePythonList::test_function_names_with_underscores_lists_and_dicts",
        text='[get_boiling_point(liquid={"name":"water", "color":"translucent"}), convert_temperature(value=[100, 101], from_unit="C", to_unit="F")]',
        tools=("get_boiling_point", "convert_temperature"),
        calls=(
            (
                "get_boiling_point",
                {"liquid": {"name": "water", "color": "translucent"}},
            ),
            (
                "convert_temperature",
                {"value": [100, 101], "from_unit": "C", "to_unit": "F"},
            ),
        ),
    ),
    # ----------------------------------------------------------------- openai
    Answer(
        family="openai",
        source="developers.qodex.ai 'Chat Completions with Function Calling' (a recorded gpt-3.5-turbo-0125 response): its tool_calls entry, written as the whole answer",
        text='{"id":"call_H5zLfaW6i3LWQRqUAxuSJ8qS","type":"function","function":{"name":"get_current_weather","arguments":"{\\"location\\":\\"San Francisco\\"}"}}',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"location": "San Francisco"}),),
    ),
    Answer(
        family="openai",
        source="OpenAI Chat Completions tool_calls entry as documented in the OpenRouter SDK ChatToolCall example (openrouter.ai/docs/agent-sdk/typescript/api-reference/models/chattoolcall); shape from the OpenAI API reference; wrapped in the instructed tool_calls list",
        text='{"tool_calls": [{"id": "call_abc123", "type": "function", "function": {"name": "get_current_weather", "arguments": "{\\"location\\": \\"Boston, MA\\"}"}}]}',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"location": "Boston, MA"}),),
    ),
    Answer(
        family="openai",
        source="OpenAI API reference, chat completion object with tool_calls (arguments JSON string with newlines, as in the reference example); composed: tool_calls array fenced as ```json",
        text='```json\n[\n  {\n    "id": "call_abc123",\n    "type": "function",\n    "function": {\n      "name": "get_current_weather",\n      "arguments": "{\\n\\"location\\": \\"Boston, MA\\"\\n}"\n    }\n  }\n]\n```',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"location": "Boston, MA"}),),
    ),
    Answer(
        family="openai",
        source="OpenAI function calling guide (platform.openai.com/docs/guides/function-calling), parallel tool_calls example (Paris, Bogota, send_email); composed: sentence before, bare ``` fence",
        text='I\'ll look up both cities and then email Bob.\n\n```\n[\n    {\n        "id": "call_12345xyz",\n        "type": "function",\n        "function": {\n            "name": "get_weather",\n            "arguments": "{\\"location\\":\\"Paris, France\\"}"\n        }\n    },\n    {\n        "id": "call_67890abc",\n        "type": "function",\n        "function": {\n            "name": "get_weather",\n            "arguments": "{\\"location\\":\\"Bogotá, Colombia\\"}"\n        }\n    },\n    {\n        "id": "call_99999def",\n        "type": "function",\n        "function": {\n            "name": "send_email",\n            "arguments": "{\\"to\\":\\"bob@email.com\\",\\"body\\":\\"Hi bob\\"}"\n        }\n    }\n]\n```',
        tools=("get_weather", "send_email"),
        calls=(
            ("get_weather", {"location": "Paris, France"}),
            ("get_weather", {"location": "Bogotá, Colombia"}),
            ("send_email", {"to": "bob@email.com", "body": "Hi bob"}),
        ),
    ),
    Answer(
        family="openai",
        source="OpenAI 'Function calling and other API updates' (June 2023) / openai-cookbook 'How to call functions with chat models': legacy function_call message field, written as the answer",
        text='{"function_call": {"name": "get_current_weather", "arguments": "{\\n  \\"location\\": \\"Boston, MA\\"\\n}"}}',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"location": "Boston, MA"}),),
    ),
    Answer(
        family="openai",
        source="shape from the legacy OpenAI assistant message (role, content null, function_call) of the June 2023 function-calling guide; the model writes the whole message object",
        text='{\n  "role": "assistant",\n  "content": null,\n  "function_call": {\n    "name": "get_current_weather",\n    "arguments": "{\\n  \\"location\\": \\"Boston, MA\\",\\n  \\"unit\\": \\"celsius\\"\\n}"\n  }\n}',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"location": "Boston, MA", "unit": "celsius"}),),
    ),
    Answer(
        family="openai",
        source="https://community.openai.com/t/model-tries-to-call-unknown-function-multi-tool-use-parallel/490653/46 (the call a GPT model emitted: name multi_tool_use.parallel, arguments string quoted in the post); written as a name/arguments object",
        text='{"name": "multi_tool_use.parallel", "arguments": "{\\"tool_uses\\":[{\\"recipient_name\\":\\"functions.submit_document\\",\\"parameters\\":{}}]}"}',
        tools=("submit_document",),
        calls=(("submit_document", {}),),
    ),
    Answer(
        family="openai",
        source="multi_tool_use.parallel example of opencode's AGENTS.md 'Tool Calling' section (copied into many AGENTS.md files on GitHub), recipient_name/parameters/tool_uses shape as described in https://community.openai.com/t/gpt-4-0125-preview-hallucinating-tool-calls/609610/2; verbatim fenced block, sentence before composed",
        text='I\'ll read the three files in parallel.\n\n```json\n{\n  "recipient_name": "multi_tool_use.parallel",\n  "parameters": {\n    "tool_uses": [\n      {\n        "recipient_name": "functions.read",\n        "parameters": {\n          "filePath": "path/to/file.tsx"\n        }\n      },\n      {\n        "recipient_name": "functions.read",\n        "parameters": {\n          "filePath": "path/to/file.ts"\n        }\n      },\n      {\n        "recipient_name": "functions.read",\n        "parameters": {\n          "filePath": "path/to/file.md"\n        }\n      }\n    ]\n  }\n}\n```',
        tools=("read",),
        calls=(
            ("read", {"filePath": "path/to/file.tsx"}),
            ("read", {"filePath": "path/to/file.ts"}),
            ("read", {"filePath": "path/to/file.md"}),
        ),
    ),
    Answer(
        family="openai",
        source="shape from https://community.openai.com/t/model-tries-to-call-unknown-function-multi-tool-use-parallel/490653?page=2 (a single call named multi_tool_use.parallel whose tool_uses hold recipient_name functions.<name> + parameters), inside the instructed tool_calls wrapper",
        text='{"tool_calls": [{"name": "multi_tool_use.parallel", "arguments": {"tool_uses": [{"recipient_name": "functions.get_weather", "parameters": {"city": "Paris"}}, {"recipient_name": "functions.get_weather", "parameters": {"city": "London"}}]}}]}',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}), ("get_weather", {"city": "London"})),
    ),
    Answer(
        family="openai",
        source="shape from the multi_tool_use namespace text quoted in https://community.openai.com/t/gpt-4-0125-preview-hallucinating-tool-calls/609610/2 ('namespace.function_name for plugin and function tools'): name written with the functions. prefix",
        text='{"tool_calls": [{"name": "functions.get_weather", "arguments": {"city": "Paris"}}]}',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="openai",
        source="shape from https://community.openai.com/t/gpt-4-0125-preview-hallucinating-tool-calls/609610/2 (functions. namespace) and the OpenAI function object (arguments as a JSON string)",
        text='{"name": "functions.get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="openai",
        source="shape from the OpenAI tool_calls entry (type function + function object), with arguments written as an object instead of a string",
        text='{"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="openai",
        source="shape from gpt4free's Qwen tool_support_prompts (models prefix 'I will use a tool.' and wrap the JSON in ```json) applied to a GPT-style answer; composed",
        text='I\'ll check the current weather in Paris for you.\n\n```json\n{"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}\n```',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="openai",
        source="shape from gpt4free's Qwen tool_support_prompts ('do not add explanatory text before or after it'): fence, then a sentence after; composed",
        text='```json\n{\n  "tool_calls": [\n    {\n      "name": "get_weather",\n      "arguments": {\n        "city": "Paris",\n        "unit": "celsius"\n      }\n    }\n  ]\n}\n```\n\nOnce I have the result, I\'ll summarise it for you.',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris", "unit": "celsius"}),),
    ),
    Answer(
        family="openai",
        source="shape from llama.cpp Hermes 2 Pro parse tests (```\\n{...}\\n``` bare fences) with the instructed wrapper; composed",
        text='```\n{"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}, {"name": "get_time", "arguments": {"timezone": "Europe/Paris"}}]}\n```',
        tools=("get_weather", "get_time"),
        calls=(
            ("get_weather", {"city": "Paris"}),
            ("get_time", {"timezone": "Europe/Paris"}),
        ),
    ),
    Answer(
        family="openai",
        source="shape: one fenced block per call, as GPT models do when asked for several calls (cf. the several ```json blocks of opencode's AGENTS.md example); composed",
        text='First the weather:\n\n```json\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n```\n\nThen the local time:\n\n```json\n{"name": "get_time", "arguments": {"timezone": "Europe/Paris"}}\n```',
        tools=("get_weather", "get_time"),
        calls=(
            ("get_weather", {"city": "Paris"}),
            ("get_time", {"timezone": "Europe/Paris"}),
        ),
    ),
    Answer(
        family="openai",
        source="shape from the OpenAI tool_calls entry: extra keys id and type next to name/arguments in the instructed wrapper; composed",
        text='{"tool_calls": [{"id": "call_1", "type": "function", "name": "get_weather", "arguments": {"city": "Paris"}}]}',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    # --------------------------------------------------------------- gpt4free
    Answer(
        family="gpt4free",
        source="g4f etc/unittest/tool_support_provider.py::ToolPlanProviderMock (the provider's whole answer)",
        text='{"tool_calls":[{"name":"read","arguments":{"filePath":"README.md"}},{"name":"glob","arguments":{"pattern":"**/*.py"}}]}',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}), ("glob", {"pattern": "**/*.py"})),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " (the prompt asks: do not prefix it with phrases like 'Here is the tool call:', no ```json); "
        + _G4F_SUPPORT
        + " reads it through filter_json (a fence anywhere); composed",
        text='Here is the tool call:\n```json\n{"tool_calls": [{"name": "read", "arguments": {"filePath": "README.md"}}]}\n```',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " (... or 'I will use a tool.'); "
        + _G4F_SUPPORT
        + " _parse_json_maybe takes the {...} after prose; composed",
        text='I will use a tool.\n{"tool_calls": [{"name": "glob", "arguments": {"pattern": "src/**/*.ts"}}]}',
        tools=_READ_GLOB,
        calls=(("glob", {"pattern": "src/**/*.ts"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + " (a bare JSON list is taken as the calls: `elif isinstance(obj, list): calls = obj`); composed",
        text='[{"name": "read", "arguments": {"filePath": "README.md"}}, {"name": "glob", "arguments": {"pattern": "**/*.md"}}]',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}), ("glob", {"pattern": "**/*.md"})),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + ' (`name = c.get("name") or c.get("tool")`; a single object with a `tool` key); composed',
        text='{"tool": "read", "arguments": {"filePath": "README.md"}}',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + " (`tool` key for the name inside the tool_calls list); composed",
        text='{"tool_calls": [{"tool": "glob", "arguments": {"pattern": "*.json"}}]}',
        tools=_READ_GLOB,
        calls=(("glob", {"pattern": "*.json"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('The `arguments` value MUST be a JSON object (not a string, ...)'): arguments as a JSON string; "
        + _G4F_SUPPORT
        + " passes strings through; composed",
        text='{"tool_calls": [{"name": "read", "arguments": "{\\"filePath\\": \\"README.md\\"}"}]}',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('... not null'): arguments null; "
        + _G4F_SUPPORT
        + " turns a non-dict into {}; composed",
        text='{"tool_calls": [{"name": "glob", "arguments": null}]}',
        tools=_READ_GLOB,
        calls=(("glob", {}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT + ' (c.get("arguments") missing -> {}); composed',
        text='{"tool_calls": [{"name": "glob"}]}',
        tools=_READ_GLOB,
        calls=(("glob", {}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('do not invent tool names ... do not rename the listed tools'): unknown tool name inside the instructed tool_calls wrapper -- kept as a call with its unknown name (g4f itself drops it); composed",
        text='{"tool_calls": [{"name": "read_file", "arguments": {"filePath": "README.md"}}]}',
        tools=_READ_GLOB,
        calls=(("read_file", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('do not produce a fake tool result', '<tool_response> blocks'); "
        + _G4F_SUPPORT
        + " keeps only what follows </tool_response>; composed",
        text='<tool_response>\n{"files": ["README.md", "setup.py"]}\n</tool_response>\n{"tool_calls": [{"name": "read", "arguments": {"filePath": "README.md"}}]}',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('Do not attempt to run, simulate, guess, or imagine the tool's output'): the call, then an invented result and the model's own next turn, in llm-darkai's 'Tool: result of <name>:' transcript form; composed",
        text='{"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}\nTool: result of get_weather: sunny\nAssistant: It is sunny in Paris.',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " (fake tool result): two calls, then invented indented results and an answer; composed",
        text='{"tool_calls": [{"name": "read", "arguments": {"filePath": "README.md"}}, {"name": "glob", "arguments": {"pattern": "*.py"}}]}\nTool: result of read:\n  # Demo project\nTool: result of glob:\n  setup.py\nAssistant: The project is called Demo and has one Python file, setup.py.',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}), ("glob", {"pattern": "*.py"})),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + " _parse_stringified_tool_calls: the model echoes the '[Tool call: NAME] (id=ID)\\nArguments: {JSON}' history format; composed",
        text='[Tool call: read] (id=call_0)\nArguments: {"filePath": "README.md"}',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + " _parse_stringified_tool_calls (several echoed calls, id optional); composed",
        text='[Tool call: read]\nArguments: {"filePath": "docs/index.md"}\n\n[Tool call: glob] (id=call_1)\nArguments: {"pattern": "docs/*.md"}',
        tools=_READ_GLOB,
        calls=(
            ("read", {"filePath": "docs/index.md"}),
            ("glob", {"pattern": "docs/*.md"}),
        ),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('... or any proprietary function-calling markup'): Qwen's native <tool_call> markup instead of the instructed JSON; "
        + _G4F_SUPPORT
        + " finds the object inside; composed",
        text='<tool_call>\n{"name": "read", "arguments": {"filePath": "README.md"}}\n</tool_call>',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "README.md"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_QWEN
        + " ('Never mix a normal answer with a tool-call JSON in the same reply'); composed",
        text='Sure, I can help with that. Let me look at the files first.\n\n{"tool_calls": [{"name": "glob", "arguments": {"pattern": "**/*"}}]}',
        tools=_READ_GLOB,
        calls=(("glob", {"pattern": "**/*"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + " _parse_json_maybe (a trailing comma is removed before a second parse); composed",
        text='{"tool_calls": [{"name": "glob", "arguments": {"pattern": "**/*.py"},}]}',
        tools=_READ_GLOB,
        calls=(("glob", {"pattern": "**/*.py"}),),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + ' _parse_json_maybe (`if s.startswith("{") and not s.endswith("}"): s += "}"`: the closing brace is missing); composed.'
        " gpt4free closes the object and runs the call; llm-darkai does not: an unclosed"
        " value reads the same as one cut off, and closing a cut list can run a call"
        ' with lost arguments (`[{...}, {"name": "x"` closed is x with none), so'
        " the answer stays text",
        text='{"tool_calls": [{"name": "read", "arguments": {"filePath": "README.md"}}]',
        tools=_READ_GLOB,
        calls=(),
    ),
    Answer(
        family="gpt4free",
        source=_G4F_SUPPORT
        + " _strip_code_fences (a fence with no closing ```); composed",
        text='```json\n{"tool_calls": [{"name": "read", "arguments": {"filePath": "CHANGELOG.md"}}]}',
        tools=_READ_GLOB,
        calls=(("read", {"filePath": "CHANGELOG.md"}),),
    ),
    # ----------------------------------------------------------------- hermes
    Answer(
        family="hermes",
        source=_VLLM_HERMES + "test_hermes_parser_non_streaming_tool_call_between_tags",
        text='<tool_call>\n{"name": "final_answer", "arguments": {"trigger": true}}\n</tool_call>',
        tools=("final_answer",),
        calls=(("final_answer", {"trigger": True}),),
    ),
    Answer(
        family="hermes",
        source=_VLLM_HERMES
        + "test_hermes_parser_streaming (backslash-newline continuations of the Python literal removed)",
        text='<tool_call>{"name": "get_current_temperature","arguments": {"location":"San Francisco, California, United States", "unit": "celsius"}}</tool_call>',
        tools=("get_current_temperature",),
        calls=(
            (
                "get_current_temperature",
                {
                    "location": "San Francisco, California, United States",
                    "unit": "celsius",
                },
            ),
        ),
    ),
    Answer(
        family="hermes",
        source=_VLLM_HERMES
        + "test_hermes_streaming_content_then_tool_call_with_stream_interval",
        text='Sure, let me check the weather.<tool_call>{"name": "get_weather", "arguments": {"city": "NYC"}}</tool_call>',
        tools=_WEATHER,
        calls=(("get_weather", {"city": "NYC"}),),
    ),
    Answer(
        family="hermes",
        source=_VLLM_HERMES
        + "test_hermes_streaming_multiple_tool_calls_with_stream_interval",
        text='<tool_call>{"name": "search", "arguments": {"q": "cats"}}</tool_call><tool_call>{"name": "search", "arguments": {"q": "dogs"}}</tool_call>',
        tools=("search",),
        calls=(("search", {"q": "cats"}), ("search", {"q": "dogs"})),
    ),
    Answer(
        family="hermes",
        source=_VLLM_HERMES
        + "test_hermes_parser_non_streaming_tool_call_until_eos (no closing tag)",
        text='<tool_call>\n{"name": "final_answer", "arguments": {"trigger": true}}',
        tools=("final_answer",),
        calls=(("final_answer", {"trigger": True}),),
    ),
    Answer(
        family="hermes",
        source=_VLLM_HERMES
        + "test_hermes_parser_non_streaming_serialized_arguments (Granite 4 writes arguments as a JSON string)",
        text='<tool_call>\n{"name": "get_db_config", "arguments": "{\\"param\\": \\"max_connections\\"}"}\n</tool_call>',
        tools=("get_db_config",),
        calls=(("get_db_config", {"param": "max_connections"}),),
    ),
    Answer(
        family="hermes",
        source="vLLM tests/entrypoints/openai/tool_parsers/test_hermes_tool_parser.py, STREAM_FUNCTION_OUTPUT_SIMPLIFICATION joined (QwQ-32B output)",
        text='<tool_call>\n{"name": "internet_search", "arguments": {"question": "5MW燃气轮机设计参数 空气流量 压气机压比 转速 燃烧室出口温度 压气机级数 支点布局"}}\n</tool_call>',
        tools=("internet_search",),
        calls=(
            (
                "internet_search",
                {
                    "question": "5MW燃气轮机设计参数 空气流量 压气机压比 转速 燃烧室出口温度 压气机级数 支点布局"
                },
            ),
        ),
    ),
    Answer(
        family="hermes",
        source="shape from NousResearch/Hermes-Function-Calling README.md 'Prompt Format for Function Calling' (one <tool_call> per call, arguments before name), written as JSON; composed with two calls and text before",
        text='Let me look up both cities.\n<tool_call>\n{"arguments": {"location": "Paris, France"}, "name": "get_current_weather"}\n</tool_call>\n<tool_call>\n{"arguments": {"location": "London, UK"}, "name": "get_current_weather"}\n</tool_call>',
        tools=("get_current_weather",),
        calls=(
            ("get_current_weather", {"location": "Paris, France"}),
            ("get_current_weather", {"location": "London, UK"}),
        ),
    ),
    Answer(
        family="hermes",
        source="NousResearch/Hermes-Function-Calling README.md 'Prompt Format for Function Calling' (Hermes 2 Pro answer; a Python dict literal with single quotes, not JSON; the repo reads it with ast.literal_eval)",
        text="<tool_call>\n{'arguments': {'symbol': 'TSLA'}, 'name': 'get_stock_fundamentals'}\n</tool_call><|im_end|>",
        tools=("get_stock_fundamentals",),
        calls=(("get_stock_fundamentals", {"symbol": "TSLA"}),),
    ),
    # ---------------------------------------------------------------- mistral
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL + "test_extract_tool_calls id=single_tool_add",
        text='[TOOL_CALLS][{"name": "add", "arguments":{"a": 3.5, "b": 4}}]',
        tools=("add",),
        calls=(("add", {"a": 3.5, "b": 4}),),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL + "test_extract_tool_calls id=single_tool_weather",
        text='[TOOL_CALLS] [{"name": "get_current_weather", "arguments":{"city": "San Francisco", "state": "CA", "unit": "celsius"}}]',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "San Francisco", "state": "CA", "unit": "celsius"},
            ),
        ),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL + "test_extract_tool_calls id=argument_before_name",
        text='[TOOL_CALLS] [{"arguments":{"city": "San Francisco", "state": "CA", "unit": "celsius"}, "name": "get_current_weather"}]',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "San Francisco", "state": "CA", "unit": "celsius"},
            ),
        ),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL
        + "test_extract_tool_calls id=argument_before_name_and_name_in_argument",
        text='[TOOL_CALLS] [{"arguments":{"name": "John Doe"}, "name": "get_age"}]',
        tools=("get_age",),
        calls=(("get_age", {"name": "John Doe"}),),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL
        + "test_extract_tool_calls_streaming id=single_tool_add (odd spacing)",
        text='[TOOL_CALLS]  [ {"name":"add" , "arguments" : {"a": 3, "b": 4} } ]',
        tools=("add",),
        calls=(("add", {"a": 3, "b": 4}),),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL
        + "test_extract_tool_calls_streaming id=single_tool_add_strings",
        text='[TOOL_CALLS] [{"name": "add", "arguments":{"a": "3", "b": "4"}}]',
        tools=("add",),
        calls=(("add", {"a": "3", "b": "4"}),),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL
        + "test_extract_tool_calls_v11_tokenizer id=single_tool_add (Mistral Small 3.2: name then arguments, no list)",
        text='[TOOL_CALLS]add{"a": 3.5, "b": 4}',
        tools=("add",),
        calls=(("add", {"a": 3.5, "b": 4}),),
    ),
    Answer(
        family="mistral",
        source=_VLLM_MISTRAL
        + "test_extract_tool_calls_v11_tokenizer id=single_tool_weather",
        text='[TOOL_CALLS]get_current_weather{"city": "San Francisco", "state": "CA", "unit": "celsius"}',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "San Francisco", "state": "CA", "unit": "celsius"},
            ),
        ),
    ),
    Answer(
        family="mistral",
        source="ochafik/llama.cpp tests/chat-parsers/test-mistral-nemo.cpp (message_assist_call_id: call with an id)",
        text='[TOOL_CALLS][{"name": "special_function", "arguments": {"arg1": 1}, "id": "123456789"}]',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    # ------------------------------------------------------------------- xlam
    Answer(
        family="xlam",
        source=_VLLM_XLAM + "test_extract_tool_calls id=parallel_tool_calls",
        text='[{"name": "get_current_weather", "arguments": {"city": "Dallas", "state": "TX", "unit": "fahrenheit"}}, {"name": "get_current_weather", "arguments": {"city": "Orlando", "state": "FL", "unit": "fahrenheit"}}]',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
            (
                "get_current_weather",
                {"city": "Orlando", "state": "FL", "unit": "fahrenheit"},
            ),
        ),
    ),
    Answer(
        family="xlam",
        source=_VLLM_XLAM + "test_extract_tool_calls id=single_tool_with_think_tag",
        text='<think>I\'ll help you with that.</think>[{"name": "get_current_weather", "arguments": {"city": "Dallas", "state": "TX", "unit": "fahrenheit"}}]',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
    ),
    Answer(
        family="xlam",
        source=_VLLM_XLAM
        + "test_extract_tool_calls id=single_tool_with_json_code_block",
        text='I\'ll help you with that.\n```json\n[{"name": "get_current_weather", "arguments": {"city": "Dallas", "state": "TX", "unit": "fahrenheit"}}]\n```',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
    ),
    Answer(
        family="xlam",
        source=_VLLM_XLAM
        + "test_extract_tool_calls id=single_tool_with_tool_calls_tag",
        text='I\'ll check the weather for you.[TOOL_CALLS][{"name": "get_current_weather", "arguments": {"city": "Dallas", "state": "TX", "unit": "fahrenheit"}}]',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
    ),
    Answer(
        family="xlam",
        source=_VLLM_XLAM
        + "test_extract_tool_calls_list_structure id=list_structured_tool_call",
        text='[{"name": "get_current_weather", "arguments": {"city": "Seattle", "state": "WA", "unit": "celsius"}}]',
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Seattle", "state": "WA", "unit": "celsius"},
            ),
        ),
    ),
    Answer(
        family="xlam",
        source=_VLLM_XLAM + "test_preprocess_model_output (thinking tag case)",
        text='<think>I\'ll help you with that.</think>[{"name": "get_current_weather", "arguments": {"city": "Seattle"}}]',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"city": "Seattle"}),),
    ),
    # -------------------------------------------------------------- llama.cpp
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<tool_call>' case",
        text='<tool_call>\n{"name": "special_function", "arguments": {"arg1": 1}}\n</tool_call>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "message_assist_call_content case (text, then the call)",
        text='Hello, world!\nWhat\'s up?<tool_call>\n{"name": "special_function", "arguments": {"arg1": 1}}\n</tool_call>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES
        + "QwQ-32B case (thinking closed by </think>, no opening tag)",
        text='I\'m\nthinking</think>\n<tool_call>{"name": "special_function", "arguments": {"arg1": 1}}</tool_call>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<function=special_function>' case",
        text='<function=special_function>{"arg1": 1}</function>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<function name=\"special_function\">' case",
        text='<function name="special_function">\n{"arg1": 1}\n</function>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<tool>' case",
        text='<tool>\n  {"name": "special_function", "arguments": {"arg1": 1}}\n</tool>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<tools>' case",
        text='<tools>\n  {"name": "special_function", "arguments": {"arg1": 1}}\n</tools>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<response>' case",
        text='<response>\n  {"name": "special_function", "arguments": {"arg1": 1}}\n</response>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'```xml' + '<response>' case",
        text='```xml\n<response>\n    {"name": "special_function", "arguments": {"arg1": 1}}\n</response>\n```',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'```xml' fence around bare JSON",
        text='```xml\n  {"name": "special_function", "arguments": {"arg1": 1}}\n```',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "bare ``` fence, indented JSON",
        text='```\n  {"name": "special_function", "arguments": {"arg1": 1}}\n```',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "bare ``` fence",
        text='```\n{"name": "special_function", "arguments": {"arg1": 1}}\n```',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'```json' fence",
        text='```json\n  {"name": "special_function", "arguments": {"arg1": 1}}\n```',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES
        + "'```json' + '<function_call>' case (indented, trailing spaces)",
        text='```json\n\n                    <function_call> {"name": "special_function", "arguments": {"arg1": 1}} \n                    </function_call> \n``` ',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<json>' case",
        text='<json>\n  {"name": "special_function", "arguments": {"arg1": 1}}\n</json>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<xml>' case (object over several lines)",
        text='<xml>\n  {\n    "name": "special_function", "arguments": {"arg1": 1}\n  }\n</xml>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'<JSON>' case",
        text='<JSON>\n  {"name": "special_function", "arguments": {"arg1": 1}}\n</JSON>',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "bare object case",
        text='{"name": "special_function", "arguments": {"arg1": 1}}',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "bare object with a newline after the brace",
        text='{\n  "name": "special_function", "arguments": {"arg1": 1}}',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'Test multiple tool calls' (<tool_call> blocks)",
        text='<tool_call>\n{"name": "special_function", "arguments": {"arg1": 1}}\n</tool_call>\n<tool_call>\n{"name": "python", "arguments": {"code":"print(\'hello\')"}}\n</tool_call>',
        tools=_SPECIAL,
        calls=(
            ("special_function", {"arg1": 1}),
            ("python", {"code": "print('hello')"}),
        ),
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES + "'Test multiple tool calls' (<function=...> lines)",
        text='<function=special_function>{"arg1": 1}</function>\n<function=python>{"code":"print(\'hello\')"}</function>',
        tools=_SPECIAL,
        calls=(
            ("special_function", {"arg1": 1}),
            ("python", {"code": "print('hello')"}),
        ),
    ),
    Answer(
        family="llama.cpp",
        source=_CPP_HERMES
        + "'This is not a tool call:' case -- llama.cpp expects content 'This is not a tool call:' AND the call",
        text='This is not a tool call:\n{"name": "special_function", "arguments": {"arg1": 1}}',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source="ochafik/llama.cpp tests/chat-parsers/test-generic.cpp (Generic format: the instructed tool_calls wrapper, with an id)",
        text='{\n  "tool_calls": [\n    {\n      "name": "special_function",\n      "arguments": {\n        "arg1": 1\n      },\n      "id": "123456789"\n    }\n  ]\n}',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    Answer(
        family="llama.cpp",
        source="ochafik/llama.cpp tests/chat-parsers/test-firefunction-v2.cpp (Firefunction v2: leading space, 'functools' then a list)",
        text=' functools[{"name": "special_function", "arguments": {"arg1": 1}}]',
        tools=_SPECIAL,
        calls=_SPECIAL_CALL,
    ),
    # --------------------------------------------------------------- ordinary
    Answer(
        family="ordinary",
        source=_VLLM_LLAMA + "test_extract_tool_calls_no_json",
        text="This is just some text without any tool calls",
        tools=_SEARCH,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_LLAMA + "test_extract_tool_calls_invalid_json",
        text='{"name": "invalidTool", "parameters": {invalid json}',
        tools=("invalidTool",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_LLAMA + "test_extract_tool_calls_missing_name_key",
        text='{"parameters": {}}',
        tools=_SEARCH,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_PYTHONIC + "test_no_tool_call",
        text="How can I help you today?",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_XLAM + "test_extract_tool_calls_no_tools",
        text="This is a test",
        tools=("get_current_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_HERMES + "test_hermes_parser_streaming_just_forward_text",
        text="This is some prior text that has nothing to do with tool calling.",
        tools=("final_answer",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_HERMES
        + "test_hermes_parser_non_streaming_tool_call_invalid_json (closing brace missing)",
        text='<tool_call>\n{"name": "final_answer", "arguments": {"trigger": true}',
        tools=("final_answer",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_VLLM_HERMES
        + 'test_hermes_parser_non_streaming_bare_string_arguments (vLLM makes it a call with arguments "hello"; arguments that are not an object stay text here)',
        text='<tool_call>\n{"name": "do_thing", "arguments": "hello"}\n</tool_call>',
        tools=("do_thing",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_CPP_HERMES + "message_assist case",
        text="Hello, world!\nWhat's up?",
        tools=_SPECIAL,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_CPP_HERMES + "message_assist_thoughts case",
        text="<think>I'm\nthinking</think>Hello, world!\nWhat's up?",
        tools=_SPECIAL,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_CPP_HERMES
        + "message_assist_thoughts_unparsed_md case (an empty object in a ```json fence)",
        text="<think>I'm\nthinking</think>Hello, world!\nWhat's up?\n```json\n{}```",
        tools=_SPECIAL,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ochafik/llama.cpp tests/chat-parsers/test-generic.cpp (Generic format: this plain response object parses to the content only, no call)",
        text='{\n  "response": "Hello, world!\\nWhat\'s up?"\n}',
        tools=_SPECIAL,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ochafik/llama.cpp tests/chat-parsers/test-generic.cpp (a cut-off tool_call, parsed to no call)",
        text='{ "tool_call" : { "name" : "t',
        tools=_SPECIAL,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="llama-models models/llama3_1/prompt_format.md, 'Builtin Tool Calling' code interpreter Model Response Format (code written for the ipython environment, not a call of an offered tool)",
        text="<|python_tag|>def is_prime(n):\n    if n <= 1\n        return False\n    for i in range(2, int(n**0.5) + 1):\n        if n % i == 0:\n            return False\n    return True\n\nprint(is_prime(7))  # Output: True<|eom_id|>",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="llama-models models/llama3_1/prompt_format.md, first example, Model Response Format",
        text='Here\'s my response\n\n"What is a helpful assistant?"<|eot_id|>',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="llama-models models/llama3_1/prompt_format.md, wolfram_alpha example, final Model Response Format",
        text="The 100th decimal of pi is 7.<|eot_id|>",
        tools=("brave_search", "wolfram_alpha"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="llama-models models/llama3_2/text_prompt_format.md, 'Zero shot function calling E2E format', final Model Response Format",
        text="The weather in San Francisco is 25 C.<|eot_id|>",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS + "TestPythonListCheck::test_invalid_empty_list",
        text="[]",
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS
        + "TestPythonListCheck::test_invalid_list_with_non_function_call",
        text='[get_boiling_point(liquid_name="water"), 42]',
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS
        + "TestPythonListCheck::test_invalid_list_with_positional_args",
        text='[get_boiling_point("water", True)]',
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS + "TestPythonListCheck::test_invalid_nested_list",
        text='[[get_boiling_point(liquid_name="water")]]',
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS + "TestPythonListCheck::test_invalid_dict",
        text='{"func": get_boiling_point(liquid_name="water")}',
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS
        + "TestPythonListCheck::test_invalid_syntax (missing closing bracket)",
        text='[get_boiling_point(liquid_name="water", celcius=True',
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="pythonic",
        source=_TOOL_UTILS
        + "TestPythonListCheck::test_invalid_bare_function_call (no list, so not "
        "Llama's format; but the whole answer is one call of an offered tool with "
        "literal arguments, as Granite writes its calls bare: vLLM "
        "tests/tool_parsers/test_granite_pythonic_tool_parser.py reads them)",
        text='get_boiling_point(liquid_name="water")',
        tools=("get_boiling_point",),
        calls=(("get_boiling_point", {"liquid_name": "water"}),),
    ),
    Answer(
        family="ordinary",
        source=_TOOL_UTILS
        + "TestPythonListCheck::test_invalid_extra_char_function_call",
        text='[(get_boiling_point(liquid_name="water"),)]',
        tools=("get_boiling_point",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="llama-models models/llama4/prompt_format.md, system prompt rules: 'INCORRECT: [get_events(location=\"Singapore\")] <- If function not in list' (a pythonic call of a tool that was not offered)",
        text='[get_events(location="Singapore")]',
        tools=("get_weather", "calculate_route"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: npm docs 'package.json' (docs.npmjs.com, name/version/scripts/dependencies), answer to 'write me a package.json'",
        text='Here is a minimal package.json:\n\n```json\n{\n  "name": "my-awesome-package",\n  "version": "1.0.0",\n  "description": "",\n  "main": "index.js",\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1"\n  },\n  "keywords": [],\n  "author": "",\n  "license": "ISC"\n}\n```',
        tools=("read_file",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a JSON record answer (llm-darkai tests' plain JSON answers); has a name key but no arguments",
        text='{"name": "Alice", "age": 30}',
        tools=("get_user",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a structured log line with a JSON payload (JSON logging, e.g. python-json-logger output) quoted by the model",
        text='The failing request was logged as:\n2024-05-01T12:00:00Z INFO request finished {"name": "get_weather", "status": 500, "duration_ms": 1234}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a JSON list of records (same outer shape as an xLAM / gpt4free bare list of calls, but no arguments)",
        text='[{"name": "Alice", "age": 30}, {"name": "Bob", "age": 25}]',
        tools=("get_user",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: the instructed wrapper with no calls (gpt4free's parser finds none in it)",
        text='{"tool_calls": []}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: set-builder notation in a maths answer",
        text="The solution set is {x | x > 0}, i.e. all positive reals.",
        tools=("calculator",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: Jinja template (jinja.palletsprojects.com 'Template Designer Documentation' variables)",
        text="Use this template:\n\nHello {{ name }}! You have {{ count }} new messages.\n{% for m in messages %}- {{ m.subject }}\n{% endfor %}",
        tools=("send_email",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: curl example with a JSON body (curl manual, -d/--data with Content-Type: application/json)",
        text='You can create the user with:\n\ncurl -X POST https://api.example.com/users -H \'Content-Type: application/json\' -d \'{"name": "Alice", "email": "alice@example.com"}\'',
        tools=("create_user",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: ```bash fence holding a call-shaped JSON body sent to an HTTP API (curl manual -d), the tool name included",
        text='To call the weather service yourself:\n\n```bash\ncurl -s http://localhost:8080/call \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"name": "get_weather", "arguments": {"city": "Paris"}}\'\n```',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: ```python fence holding a call-shaped dict (code that dispatches tool calls, as in the OpenAI cookbook function-calling examples)",
        text='Here is how a dispatcher could look:\n\n```python\ncall = {"name": "get_weather", "arguments": {"city": "Paris"}}\nresult = TOOLS[call["name"]](**call["arguments"])\nprint(result)\n```',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: ```python fence with a tool_calls dict literal (code echoing the instructed shape)",
        text='```python\nreply = {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}\nassert parse(reply)\n```',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: ```yaml fence (GitHub Actions workflow syntax docs)",
        text="```yaml\nname: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest\n```",
        tools=("run_command",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: ```bash fence with shell commands",
        text='Run:\n\n```bash\nls -la\ngrep -rn "get_weather" src/\n```',
        tools=("run_command", "get_weather"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a function definition echoed back (name/description/parameters schema, the tool format of llama-models models/llama3_3/prompt_format.md); a Llama-JSON parser would see name+parameters",
        text='This is the tool I have:\n{"name": "get_weather", "description": "Get weather info for places", "parameters": {"type": "object", "properties": {"city": {"type": "string", "description": "The name of the city to get the weather for"}}, "required": ["city"]}}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: the OpenAI tool definition echoed back (llama-models models/llama3_1/prompt_format.md 'JSON based tool calling' input prompt / OpenAI tools parameter)",
        text='{\n    "type": "function",\n    "function": {\n        "name": "get_weather",\n        "description": "Get the current weather in a given location",\n        "parameters": {\n            "type": "object",\n            "properties": {\n                "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}\n            },\n            "required": ["location"]\n        }\n    }\n}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a bare JSON Schema (json-schema.org 'Getting started' object with properties/required)",
        text='{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a call to a tool that was NOT offered, in a lenient (Llama name+parameters) shape",
        text='{"name": "send_email", "parameters": {"to": "bob@example.com", "body": "Hi Bob"}}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a call to a tool that was NOT offered, in the OpenAI function shape",
        text='{"type": "function", "function": {"name": "delete_all_files", "arguments": "{}"}}',
        tools=("read", "glob"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: arguments that are not an object (a list) inside the instructed wrapper",
        text='{"tool_calls": [{"name": "get_weather", "arguments": ["Paris"]}]}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: arguments that are not an object (a prose string that is not JSON)",
        text='{"name": "get_weather", "arguments": "the weather in Paris"}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: the instructed shape used as a placeholder in prose (not valid JSON)",
        text='To use a tool I would answer with {"tool_calls": [...]} and then wait for the result.',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: call-shaped text with an ellipsis for arguments (not valid JSON)",
        text='{"tool_calls": [{"name": "get_weather", "arguments": {...}}]}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: the model quoting llm-darkai's instruction format (TOOLS_INSTRUCTION in llm_darkai.py), placeholders and all",
        text='You told me: To use tools, answer with only a JSON object, nothing before or after it:\n{"tool_calls": [{"name": "<tool name>", "arguments": {<arguments>}}]}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: markdown links",
        text="See [the weather docs](https://example.com/docs/weather) and [the FAQ](https://example.com/faq) for details.",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: numbered citations as search-augmented models write them",
        text="Paris is the capital of France [1]. It has about 2.1 million inhabitants [2].\n\n[1]: https://en.wikipedia.org/wiki/Paris\n[2]: https://www.insee.fr/",
        tools=("web_search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a JSON array of numbers",
        text="[1, 2, 3, 5, 8, 13]",
        tools=("calculator",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a Python list in prose",
        text="In Python, `sorted([3, 1, 2])` returns [1, 2, 3].",
        tools=("run_python",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a pythonic-looking call of an unoffered function inside prose",
        text='You can print it with print("hi") and then call exit().',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a pythonic-looking list of calls of an offered tool inside prose (llama-models models/llama4/prompt_format.md lists 'Let me check the weather: [get_weather(location=\"New York\")]' as INCORRECT output; here the list is only mentioned)",
        text='In the Llama format the call would be written [get_weather(city="Paris")], but I cannot run tools in this chat.',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: prose explaining the tool instead of calling it",
        text="I would call get_weather with city Paris to find out, but I don't have access to live data right now.",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a refusal",
        text="I'm sorry, but I can't help with that.",
        tools=("send_email",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a refusal naming the tool",
        text="The get_weather tool can't give forecasts more than 7 days ahead, so I can't tell you the weather for next month.",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: an API response body quoted as data (OpenWeatherMap 'Current weather data' example response: a name key holding a city)",
        text='The API returned:\n```json\n{"weather": [{"id": 800, "main": "Clear", "description": "clear sky"}], "main": {"temp": 282.55}, "name": "Paris"}\n```',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: weather data in a ```json fence (the arguments' keys, no tool name)",
        text='```json\n{"city": "Paris", "temperature": 18, "unit": "celsius"}\n```',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: MCP 'tools/call' JSON-RPC request from the Model Context Protocol specification (Server Features > Tools > Calling Tools), shown as an explanation",
        text='An MCP client sends:\n{"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "get_weather", "arguments": {"location": "New York"}}}',
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a markdown table",
        text="| City | Temp |\n|------|------|\n| Paris | 18 °C |\n| London | 15 °C |",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a reasoning block then a plain answer (xLAM / QwQ <think> style, cf. vLLM test_xlam_tool_parser.py test_preprocess_model_output)",
        text="<think>The user just says hello; no tool is needed.</think>Hello! How can I help you today?",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="NousResearch/Hermes-Function-Calling README.md 'Prompt Format for Function Calling', the final assistant answer after the tool result (up to <|im_end|>)",
        text="The stock fundamentals data for Tesla (TSLA) are as follows:\n- **Symbol**: TSLA\n- **Company Name**: Tesla, Inc.\n- **Sector**: Consumer Cyclical\n- **Industry**: Auto Manufacturers\n- **Market Capitalization**: $566,160,130,480\n- **Forward Price-to-Earnings Ratio (PE Ratio)**: 42.73\n- **Price-to-Book Ratio (PB Ratio)**: 9.04\n- **Dividend Yield**: N/A\n- **Trailing Earnings Per Share (EPS)**: $4.3\n- **Beta Value of the Stock**: 2.42\n- **52-Week High Price of the Stock**: $299.29\n- **52-Week Low Price of the Stock**: $152.37\n\nThis information provides a snapshot of Tesla's financial position and performance based on the fundamental data obtained from the yfinance API. It shows that Tesla has a substantial market capitalization and a relatively high P/E and P/B ratio compared to other stocks in its industry. The company does not pay a dividend at the moment, which is reflected by a 'Dividend Yield' of 'None'. The Beta value indicates that Tesla's stock has a moderate level of volatility relative to the market. The 52-week high and low prices give an idea of the stock's range over the past year. This data can be useful when assessing investment opportunities and making investment decisions.<|im_end|>",
        tools=("get_stock_fundamentals",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="NousResearch/Hermes-Function-Calling README.md at commit 09c5f910 'Run function call inference with query': the assistant's answer after the tool result (tool data in a ```json fence, Python None inside, the fence closed by a second ```json)",
        text='Here is the stock fundamentals data for Tesla (TSLA), as provided by the function:\n\n```json\n{\n  "company_name": "Tesla, Inc.",\n  "sector": "Consumer Cyclical",\n  "industry": "Auto Manufacturers",\n  "market_cap": 611384164352,\n  "pe_ratio": 49.604652,\n  "pb_ratio": 9.762013,\n  "dividend_yield": None,\n  "eps": 4.3,\n  "beta": 2.427,\n  "52_week_high": 299.29,\n  "52_week_low": 152.37\n}\n```json',
        tools=("get_stock_fundamentals",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: an empty JSON object answer",
        text="{}",
        tools=_WEATHER,
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="pattern: a C-like code block with braces",
        text='```c\nint main(void) {\n    printf("{\\"name\\": \\"x\\"}\\n");\n    return 0;\n}\n```',
        tools=("run_command",),
        calls=(),
    ),
]
