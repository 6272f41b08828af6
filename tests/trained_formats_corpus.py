# ruff: noqa: E501 -- answers are kept verbatim, one string each, so lines run long.
"""Trained-formats corpus: model answers in the tool-call formats models were
trained on, from sources the first corpus (tool_call_corpus.py) never used,
split by source into a development half and a held-out half.

DarkAI has no native tool calling; the plugin asks for
`{"tool_calls": [...]}` and has to read calls out of free text. Models
trained on their own format write that format anyway (Qwen3-Coder's XML
parameters, GLM's <arg_key>/<arg_value>, Mistral's [TOOL_CALLS]NAME[ARGS],
DeepSeek's and Kimi's special tokens, gpt-oss Harmony, LFM2, Olmo 3, Cohere,
Granite, Gemma...), and agent frameworks train or prompt other shapes
(Anthropic `tool_use`, MemGPT/Letta `function`/`params`, LangChain
`action`/`action_input`, ReAct `Action:` lines). This file collects them,
and answers that must stay text although they look close to calls.

How the cases were chosen
- Texts come verbatim from the test suites of projects that parse these
  formats from real model output (ollama's model/parsers and harmony tests,
  vLLM's newer tool-parser tests, ik_llama.cpp's function-call tests, the
  mlx-swift-lm tool tests, sglang's PythonicDetector tests, LlamaIndex's
  ReAct parser tests, MemGPT's JSON-repair test), from model documentation
  (openai/harmony's format guide), from notebooks that keep real outputs
  (Google's gemma-cookbook, a Gemma 3 27B tutorial), and from an issue
  thread where a user pasted a GLM answer.
- A test that feeds a parser only the inside of a block (ollama's
  `parseToolCall` tests get the text between `<tool_call>` and
  `</tool_call>`) is given here wrapped in the block the model writes around
  it, and a streaming test's chunks are joined; `source` says so. A text
  composed to show a documented shape says "shape from ..."; a text whose
  names or values were changed says "adapted: ...". Where a parser test
  reads a malformed or truncated block as no call, the case keeps that
  reading (`calls=()` in its format's family).
- `calls` is the expected reading, normalised as in tool_call_corpus.py: a
  `functions.` prefix and a `:N` call index removed, arguments always a dict
  (an arguments value written as a JSON string decoded, null or missing ->
  {}). `()` means the answer must stay text.
- Where a format writes argument values as bare strings (Qwen3 XML
  parameters, GLM arg_value, Gemma 4 <|"|> strings, LFM2 quoted values),
  `schemas` gives the tool's JSON input schema as the source defines it
  (name -> the "parameters" object, sometimes only its "properties"): a value
  is typed by its property's schema type (integer, number, boolean, object
  and array read as JSON; anyOf/type lists by their first non-null type); a
  value that does not convert, or a property without a schema, stays a
  string; a property declared "string" keeps the literal text. Without
  `schemas`, values a format writes bare stay strings (GLM `<arg_value>1`
  is "1"), while literals of a call syntax keep their type (Python and JSON
  literals in pythonic calls, FunctionGemma's bare numbers and booleans).
- `tools` names the tools offered. Every expected call uses an offered name.
- The "ordinary" answers are the plain-text cases of the same parser tests
  and documents, and near misses: prose and documents about the formats,
  code in other languages' fences, bare calls inside prose or code, JSON
  that is data (schemas, records, messages, tool definitions), Markdown
  and HTML around tool names. A near miss composed to show a shape says
  "pattern: ..." in `source`; it is no model's output. Real answers of
  whole models, which are data files of the collections they come from, are
  never copied here: tests/ordinary_corpus.py reads them at run time from
  fetched snapshots (AlpacaEval's outputs of claude-3-opus, dbrx-instruct,
  llama-2-70b-chat, gemma-7b-it, gpt-4-turbo, Qwen1.5-72B, mistral-medium
  and claude-2.1 among them), for the benchmark's section 10.

Split
- DEVELOPMENT and HELD_OUT hold whole sources (a test file, a notebook, a
  document, an issue thread): a format tuned
  on one half can be checked on the other. Every family has sources in both.
- DEVELOPMENT: ollama's qwen3coder, glm46, glm47, ministral, deepseek3,
  lfm2, olmo3, cohere, functiongemma and harmony tests; lmdeploy's glm47
  and gpt_oss tests; ik's function-call tests; vLLM's granite test; MemGPT's
  JSON-repair test; the Gemma 3 tutorial's tutorial.ipynb; the cookbook's
  Function_Calling_with_HF and Meme_Generator notebooks; llxprt-code's
  TextToolCallParser test; sglang's PythonicDetector tests; LangChain's
  agent output-parser tests; the ollama Command R+ template; the Anthropic
  tool-use docs; agno issue 5106; near misses: the Kimi-K2 tool-call
  guidance, llm's tools docs, ik_llama.cpp discussion 753, LangChain's
  MRKL format instructions, and composed patterns.
- HELD_OUT: vLLM's deepseekv3, deepseekv31, kimi_k2, qwen3coder, glm4_moe,
  olmo3, cohere_command, granite4 and granite_pythonic tests; mlx-swift-lm's
  ToolTests; openai/harmony's format guide and src/tests.rs; LlamaIndex's
  ReAct output-parser tests; MemGPT's Airoboros wrapper docstring; Letta's
  DeepSeek docstring; the Gemma 3 tutorial's generate.ipynb; the
  cookbook's Routing, document-summarizer and Chess notebooks; the
  tool-parser crate's Cohere docs; llama-stack's decode test; the
  hyphenated-name shapes; near misses: llama.cpp issue 15012, LlamaIndex's
  ReAct system header, and composed patterns.

Families
- "variants": entry shapes other than name+arguments: Anthropic `tool_use`
  with `input`, MemGPT/Letta `{"function": NAME, "params"|"arguments": {...}}`,
  Gemma 3's `{"id", "function": NAME, "parameters": {...}}` in
  ```function_call fences, LangChain `{"action": NAME, "action_input": {...}}`,
  ReAct `Action:`/`Action Input:` lines, Claude-style
  `<function_calls><invoke name=...><parameter name=...>` XML.
- "qwen3-xml": Qwen3 / Qwen3-Coder / Qwen3.5
  `<tool_call><function=NAME><parameter=K>V</parameter>`.
- "glm": GLM-4.5/4.6/4.7 `<tool_call>NAME<arg_key>K</arg_key><arg_value>V`.
- "mistral-args": Mistral / Ministral / Devstral `[TOOL_CALLS]NAME[ARGS]{...}`.
- "deepseek": DeepSeek V3/R1 (`function<｜tool▁sep｜>NAME` and a ```json
  fence) and V3.1 (`NAME<｜tool▁sep｜>{...}`) special tokens, as the sources
  write them (U+FF5C fullwidth bars, U+2581 lower blocks).
- "kimi": Kimi K2 `<|tool_calls_section_begin|>...functions.NAME:0...`, and
  the bare `functions.NAME:0{...}` Kimi writes without its tokens.
- "harmony": gpt-oss Harmony `<|channel|>commentary to=functions.NAME ...`,
  with and without `<|start|>assistant`, the recipient in the channel or the
  role part, after analysis or a commentary preamble.
- "lfm2": LFM2 `<|tool_call_start|>[f(a=1)]<|tool_call_end|>`.
- "olmo": Olmo 3 `<function_calls>f(a=1)</function_calls>`.
- "cohere": Command R7B / Command A `<|START_ACTION|>[...]<|END_ACTION|>`,
  Command R `Action: ```json [...]````.
- "granite": IBM Granite `<|tool_call|>[...]`, Granite 3.1 `<tool_call>[...]`,
  Granite 4 `<tool_call> {...} </tool_call>`, Granite's bare pythonic calls.
- "gemma": Gemma 3 pythonic calls in ```tool_code fences, Gemma 3 through
  LM Studio `[TOOL_REQUEST]NAME {...}[TOOL_REQUEST_END]`, FunctionGemma
  `<start_function_call>call:NAME{k:<escape>v<escape>}<end_function_call>`,
  Gemma 4 `<|tool_call>call:NAME{k:<|"|>v<|"|>}<tool_call|>`.
- "pythonic2": pythonic calls after a sentence, hyphenated names, several
  lists in one answer.
- "ordinary": answers that must stay text, with tools offered whose names
  appear in them.

Source abbreviations: ollama = ollama/ollama (model/parsers/*_test.go,
harmony/harmonyparser_test.go); vLLM = vllm-project/vllm
(tests/tool_parsers/); ik = ikawrakow/ik_llama.cpp
(tests/test-function-calls.cpp); lmdeploy = InternLM/lmdeploy
(tests/test_lmdeploy/serve/parsers/); mlx-swift-lm = ml-explore/mlx-swift-lm;
the Gemma 3 tutorial = gamemaker1/gemma3-function-calling-tutorial; the
cookbook = google-gemini/gemma-cookbook.
"""

from tool_call_corpus import Answer

_OL_QWEN = "ollama model/parsers/qwen3coder_test.go::"
_OL_GLM46 = "ollama model/parsers/glm46_test.go::"
_OL_GLM47 = "ollama model/parsers/glm47_test.go::"
_OL_MINISTRAL = "ollama model/parsers/ministral_test.go::TestMinistralParserStreaming, "
_OL_DS = "ollama model/parsers/deepseek3_test.go::TestDeepSeekParser, "
_OL_LFM2 = "ollama model/parsers/lfm2_test.go::TestLFM2Parser, "
_OL_OLMO = "ollama model/parsers/olmo3_test.go::"
_OL_COHERE = "ollama model/parsers/cohere_test.go::"
_OL_HARMONY = "ollama harmony/harmonyparser_test.go::"
_OL_FGEMMA = "ollama model/parsers/functiongemma_test.go::TestFunctionGemmaParser, "
_IK = "ik tests/test-function-calls.cpp, "
_VLLM_GRANITE = "vLLM tests/tool_parsers/test_granite_tool_parser.py::"
_VLLM_DS3 = "vLLM tests/tool_parsers/test_deepseekv3_tool_parser.py::TestDeepSeekV3ToolParser.test_config, "
_VLLM_DS31 = "vLLM tests/tool_parsers/test_deepseekv31_tool_parser.py::"
_VLLM_KIMI = "vLLM tests/tool_parsers/test_kimi_k2_tool_parser.py::"

_CALC_SCHEMA = {
    "calculate": {
        "type": "object",
        "properties": {
            "x": {"type": "number"},
            "y": {"type": "integer"},
            "enabled": {"type": "boolean"},
            "items": {"type": "array"},
        },
    }
}

_KIMI_GUIDE = "MoonshotAI/Kimi-K2 docs/tool_call_guidance.md"
_CPP_15012 = "ggml-org/llama.cpp issue 15012 (https://github.com/ggml-org/llama.cpp/issues/15012), the Qwen3-Coder and Qwen3-Instruct templates compared"
_CITY = {
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
}
_CITY_REQUIRED = {"get_weather": _CITY, "get_forecast": _CITY}
_ORDER = {
    "type": "object",
    "properties": {"order_id": {"type": "string"}},
    "required": ["order_id"],
}
_ORDER_REQUIRED = {"lookup_order": _ORDER, "cancel_order": _ORDER}


def _ordinary(source, text, tools, schemas=None):
    """An answer that must stay text, with `tools` offered."""
    return Answer("ordinary", source, text, tools, (), schemas)


DEVELOPMENT = [
    # ------------------------------------------------------------- qwen3-xml
    Answer(
        family="qwen3-xml",
        source=_OL_QWEN
        + "TestQwenToolParser, 'simple tool call' (wrapped in <tool_call>)",
        text="<tool_call>\n<function=get_current_temperature>\n<parameter=location>\nSan Francisco\n</parameter>\n<parameter=unit>\ncelsius\n</parameter>\n</function>\n</tool_call>",
        tools=("get_current_temperature",),
        calls=(
            (
                "get_current_temperature",
                {"location": "San Francisco", "unit": "celsius"},
            ),
        ),
    ),
    Answer(
        family="qwen3-xml",
        source=_OL_QWEN
        + "TestQwenToolParser, 'tool call with typed parameters' (wrapped in <tool_call>)",
        text='<tool_call>\n<function=calculate>\n<parameter=x>\n3.14\n</parameter>\n<parameter=y>\n42\n</parameter>\n<parameter=enabled>\ntrue\n</parameter>\n<parameter=items>\n["a", "b", "c"]\n</parameter>\n</function>\n</tool_call>',
        tools=("calculate",),
        calls=(
            (
                "calculate",
                {"x": 3.14, "y": 42, "enabled": True, "items": ["a", "b", "c"]},
            ),
        ),
        schemas=_CALC_SCHEMA,
    ),
    Answer(
        family="qwen3-xml",
        source=_OL_QWEN
        + "TestQwenToolParser, 'ampersands in parameter values' (ollama issue #12357; wrapped in <tool_call>)",
        text='<tool_call>\n<function=exec>\n<parameter=command>\nls && echo "done"\n</parameter>\n</function>\n</tool_call>',
        tools=("exec",),
        calls=(("exec", {"command": 'ls && echo "done"'}),),
    ),
    Answer(
        family="qwen3-xml",
        source=_OL_QWEN
        + "TestQwenToolParser, 'angle brackets in parameter values' (wrapped in <tool_call>)",
        text='<tool_call>\n<function=exec>\n<parameter=command>\nls && echo "a > b and a < b"\n</parameter>\n</function>\n</tool_call>',
        tools=("exec",),
        calls=(("exec", {"command": 'ls && echo "a > b and a < b"'}),),
    ),
    Answer(
        family="qwen3-xml",
        source=_OL_QWEN
        + "TestQwenToolParser, 'unicode in function names and parameters' (wrapped in <tool_call>)",
        text="<tool_call>\n<function=获取天气>\n<parameter=城市>\n北京\n</parameter>\n<parameter=message>\nHello! 你好! 🌟 مرحبا\n</parameter>\n</function>\n</tool_call>",
        tools=("获取天气",),
        calls=(("获取天气", {"城市": "北京", "message": "Hello! 你好! 🌟 مرحبا"}),),
    ),
    Answer(
        family="qwen3-xml",
        source=_OL_QWEN
        + "TestQwenParserStreaming, 'trailing whitespace between content and tool call' (content 'abc' then a call; the call body is ollama's 'simple tool call')",
        text="abc\n<tool_call>\n<function=get_current_temperature>\n<parameter=location>\nSan Francisco\n</parameter>\n<parameter=unit>\ncelsius\n</parameter>\n</function>\n</tool_call>",
        tools=("get_current_temperature",),
        calls=(
            (
                "get_current_temperature",
                {"location": "San Francisco", "unit": "celsius"},
            ),
        ),
    ),
    # ------------------------------------------------------------------- glm
    Answer(
        family="glm",
        source=_OL_GLM46
        + "TestGLM46ToolCallParsing, 'simple tool call' (wrapped in <tool_call>)",
        text="<tool_call>get-current-weather\n<arg_key>location</arg_key>\n<arg_value>New York, NY</arg_value>\n<arg_key>unit</arg_key>\n<arg_value>celsius</arg_value>\n</tool_call>",
        tools=("get-current-weather",),
        calls=(
            ("get-current-weather", {"location": "New York, NY", "unit": "celsius"}),
        ),
    ),
    Answer(
        family="glm",
        source=_OL_GLM46
        + "TestGLM46ToolCallParsing, 'tool call with typed parameters' (wrapped in <tool_call>)",
        text='<tool_call>calculate\n<arg_key>x</arg_key>\n<arg_value>3.14</arg_value>\n<arg_key>y</arg_key>\n<arg_value>42</arg_value>\n<arg_key>enabled</arg_key>\n<arg_value>true</arg_value>\n<arg_key>items</arg_key>\n<arg_value>["a", "b", "c"]</arg_value>\n</tool_call>',
        tools=("calculate",),
        calls=(
            (
                "calculate",
                {"x": 3.14, "y": 42, "enabled": True, "items": ["a", "b", "c"]},
            ),
        ),
        schemas=_CALC_SCHEMA,
    ),
    Answer(
        family="glm",
        source=_OL_GLM46
        + "TestGLM46ToolCallParsing, 'values with special characters' (wrapped in <tool_call>)",
        text='<tool_call>execute-command\n<arg_key>command</arg_key>\n<arg_value>ls && echo "done"</arg_value>\n<arg_key>message</arg_key>\n<arg_value>a < b and c > d</arg_value>\n</tool_call>',
        tools=("execute-command",),
        calls=(
            (
                "execute-command",
                {"command": 'ls && echo "done"', "message": "a < b and c > d"},
            ),
        ),
    ),
    Answer(
        family="glm",
        source=_OL_GLM46
        + "TestGLM46ToolCallParsing, 'empty value' (wrapped in <tool_call>)",
        text="<tool_call>test-function\n<arg_key>param1</arg_key>\n<arg_value></arg_value>\n</tool_call>",
        tools=("test-function",),
        calls=(("test-function", {"param1": ""}),),
    ),
    Answer(
        family="glm",
        source=_OL_GLM46
        + "TestGLM46ParserStreaming, 'content before tool call' (both steps joined)",
        text="<think>Let me call a tool</think>here is text<tool_call>function_name\n<arg_key>param</arg_key>\n<arg_value>value</arg_value>\n</tool_call>",
        tools=("function_name",),
        calls=(("function_name", {"param": "value"}),),
    ),
    Answer(
        family="glm",
        source=_OL_GLM47 + "TestGLM47ParserAdd",
        text="plan</think>Answer<tool_call>calculate<arg_key>count</arg_key><arg_value>3</arg_value><arg_key>enabled</arg_key><arg_value>true</arg_value></tool_call>",
        tools=("calculate",),
        calls=(("calculate", {"count": 3, "enabled": True}),),
        schemas={
            "calculate": {
                "type": "object",
                "properties": {
                    "count": {"type": "integer"},
                    "enabled": {"type": "boolean"},
                },
            }
        },
    ),
    Answer(
        family="glm",
        source=_OL_GLM47
        + "TestGLM47ParserToolCallIndexing (no schemas given: values stay strings)",
        text="plan</think>\n<tool_call>first<arg_key>a</arg_key><arg_value>1</arg_value></tool_call>\n<tool_call>second<arg_key>b</arg_key><arg_value>2</arg_value></tool_call>\n<tool_call>third<arg_key>c</arg_key><arg_value>3</arg_value></tool_call>",
        tools=("first", "second", "third"),
        calls=(("first", {"a": "1"}), ("second", {"b": "2"}), ("third", {"c": "3"})),
    ),
    Answer(
        family="glm",
        source="lmdeploy test_glm47_parser.py::TestGlm47ResponseParserStreaming::test_stream_chunk_mixed_default_reasoning_and_glm47_tool (chunks joined)",
        text="<think>first reason</think>\nAnswer: <tool_call>get_weather<arg_key>location</arg_key><arg_value>Beijing</arg_value></tool_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Beijing"}),),
    ),
    # ---------------------------------------------------------- mistral-args
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'simple tool call'",
        text='[TOOL_CALLS]get_weather[ARGS]{"location": "San Francisco"}',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco"}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'tool call with nested object'",
        text='[TOOL_CALLS]create_entities[ARGS]{"entities": [{"entityType": "Person", "name": "Jack", "observations": ["Works as a baker"]}]}',
        tools=("create_entities",),
        calls=(
            (
                "create_entities",
                {
                    "entities": [
                        {
                            "entityType": "Person",
                            "name": "Jack",
                            "observations": ["Works as a baker"],
                        }
                    ]
                },
            ),
        ),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'tool call with braces inside string'",
        text='[TOOL_CALLS]format[ARGS]{"template": "Hello {name}!"}',
        tools=("format",),
        calls=(("format", {"template": "Hello {name}!"}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'content after tool call'",
        text='[TOOL_CALLS]test[ARGS]{"a": 1}some content after',
        tools=("test",),
        calls=(("test", {"a": 1}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL
        + "'multiple tool calls in sequence' (each call with its own [TOOL_CALLS])",
        text='[TOOL_CALLS]get_weather[ARGS]{"location": "NYC"}[TOOL_CALLS]get_time[ARGS]{"timezone": "EST"}',
        tools=("get_weather", "get_time"),
        calls=(("get_weather", {"location": "NYC"}), ("get_time", {"timezone": "EST"})),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'content before tool call'",
        text="hello [TOOL_CALLS]get_weather[ARGS]{}",
        tools=("get_weather",),
        calls=(("get_weather", {}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'thinking then tool call'",
        text="let me think[/THINK][TOOL_CALLS]test[ARGS]{}",
        tools=("test",),
        calls=(("test", {}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "'backslash in string value'",
        text='[TOOL_CALLS]path[ARGS]{"dir": "C:\\\\Users\\\\test"}',
        tools=("path",),
        calls=(("path", {"dir": "C:\\Users\\test"}),),
    ),
    # -------------------------------------------------------------- deepseek
    Answer(
        family="deepseek",
        source=_OL_DS + "tool_call_simple (V3.1 format)",
        text='I\'ll check the weather.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>get_weather<｜tool▁sep｜>{"location":"Paris"}<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Paris"}),),
    ),
    Answer(
        family="deepseek",
        source=_OL_DS + "multiple_tool_calls (V3.1 format)",
        text='Getting weather for both cities.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>get_weather<｜tool▁sep｜>{"location":"Paris"}<｜tool▁call▁end｜><｜tool▁call▁begin｜>get_weather<｜tool▁sep｜>{"location":"London"}<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("get_weather",),
        calls=(
            ("get_weather", {"location": "Paris"}),
            ("get_weather", {"location": "London"}),
        ),
    ),
    Answer(
        family="deepseek",
        source=_OL_DS + "complex_tool_arguments (V3.1 format)",
        text='Processing data.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>process_data<｜tool▁sep｜>{"items":["item1","item2"],"config":{"enabled":true,"threshold":0.95}}<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("process_data",),
        calls=(
            (
                "process_data",
                {
                    "items": ["item1", "item2"],
                    "config": {"enabled": True, "threshold": 0.95},
                },
            ),
        ),
    ),
    Answer(
        family="deepseek",
        source=_OL_DS + "emoji_after_tool_call (V3.1 format, text after the block)",
        text='I\'ll help you.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>get_weather<｜tool▁sep｜>{"location":"Tokyo"}<｜tool▁call▁end｜><｜tool▁calls▁end｜>完成 ✅',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="deepseek",
        source=_OL_DS + "tool_call_with_special_chars (V3.1 format)",
        text='Processing data.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>execute_command<｜tool▁sep｜>{"command":"ls && echo \\"done\\"","path":"/home/user"}<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("execute_command",),
        calls=(
            ("execute_command", {"command": 'ls && echo "done"', "path": "/home/user"}),
        ),
    ),
    Answer(
        family="deepseek",
        source=_OL_DS + "empty_tool_call_args (V3.1 format)",
        text="Pinging server.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>ping<｜tool▁sep｜>{}<｜tool▁call▁end｜><｜tool▁calls▁end｜>",
        tools=("ping",),
        calls=(("ping", {}),),
    ),
    Answer(
        family="deepseek",
        source=_IK + "deepseek_r1_simple (V3/R1 format)",
        text='<think>Need weather.</think>I\'ll check weather.\n\n<｜tool▁calls▁begin｜>\n<｜tool▁call▁begin｜>\nfunction<｜tool▁sep｜>get_weather\n```json\n{"location": "Tokyo"}\n```\n<｜tool▁call▁end｜>\n<｜tool▁calls▁end｜>\n\nGetting weather info.',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="deepseek",
        source=_IK + "deepseek_r1_multiple (V3/R1 format)",
        text='<think>Weather and math.</think>Doing both tasks.\n\n<｜tool▁calls▁begin｜>\n<｜tool▁call▁begin｜>\nfunction<｜tool▁sep｜>get_weather\n```json\n{"location": "Tokyo"}\n```\n<｜tool▁call▁end｜>\n<｜tool▁call▁begin｜>\nfunction<｜tool▁sep｜>calculate\n```json\n{"expression": "15 * 23"}\n```\n<｜tool▁call▁end｜>\n<｜tool▁calls▁end｜>\n\nResults complete.',
        tools=("get_weather", "calculate"),
        calls=(
            ("get_weather", {"location": "Tokyo"}),
            ("calculate", {"expression": "15 * 23"}),
        ),
    ),
    Answer(
        family="deepseek",
        source=_IK + "deepseek_r1_no_reasoning (V3/R1 format)",
        text='Checking weather.\n\n<｜tool▁calls▁begin｜>\n<｜tool▁call▁begin｜>\nfunction<｜tool▁sep｜>get_weather\n```json\n{"location": "Tokyo"}\n```\n<｜tool▁call▁end｜>\n<｜tool▁calls▁end｜>\n\nDone.',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="deepseek",
        source=_IK
        + "deepseek_r1_no_separator ('actual format sometimes generated by models': function<NAME> instead of function<｜tool▁sep｜>NAME)",
        text='I\'ll help you add the new cleaning step for resetting device orientation. Let me break this down into tasks:\n\n<｜tool▁calls▁begin｜>\n<｜tool▁call▁begin｜>\nfunction<TodoWrite>\n```json\n{\n  "items": [\n    {\n      "description": "Create ResetOrientation cleaning step class",\n      "status": "pending"\n    },\n    {\n      "description": "Implement Android orientation reset using provided ADB command",\n      "status": "pending"\n    }\n  ]\n}\n```\n<｜tool▁call▁end｜>\n<｜tool▁calls▁end｜>',
        tools=("TodoWrite",),
        calls=(
            (
                "TodoWrite",
                {
                    "items": [
                        {
                            "description": "Create ResetOrientation cleaning step class",
                            "status": "pending",
                        },
                        {
                            "description": "Implement Android orientation reset using provided ADB command",
                            "status": "pending",
                        },
                    ]
                },
            ),
        ),
    ),
    # ------------------------------------------------------------------ kimi
    Answer(
        family="kimi",
        source=_IK + "token_response",
        text='I\'ll help you check the weather.\n\n<|tool_calls_section_begin|>\n<|tool_call_begin|>\nfunctions.get_weather:0<|tool_call_argument_begin|>\n{"location": "Tokyo"}\n<|tool_call_end|>\n<|tool_calls_section_end|>\n\nLet me get that information for you.',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="kimi",
        source=_IK + "multiple_token_calls",
        text='I\'ll help you with both tasks.\n\n<|tool_calls_section_begin|>\n<|tool_call_begin|>\nfunctions.get_weather:0<|tool_call_argument_begin|>\n{"location": "Tokyo"}\n<|tool_call_end|>\n<|tool_call_begin|>\nfunctions.calculate:1<|tool_call_argument_begin|>\n{"expression": "15 * 23"}\n<|tool_call_end|>\n<|tool_calls_section_end|>\n\nHere are the results.',
        tools=("get_weather", "calculate"),
        calls=(
            ("get_weather", {"location": "Tokyo"}),
            ("calculate", {"expression": "15 * 23"}),
        ),
    ),
    Answer(
        family="kimi",
        source=_IK + "simple_function_call (Kimi K2 without its special tokens)",
        text='functions.ping:0{"domain": "google.de"}',
        tools=("ping",),
        calls=(("ping", {"domain": "google.de"}),),
    ),
    Answer(
        family="kimi",
        source=_IK + "simple_multiple_calls",
        text='functions.calculate:0{"expression": "15 * 23"}functions.ping:1{"domain": "google.com"}',
        tools=("calculate", "ping"),
        calls=(
            ("calculate", {"expression": "15 * 23"}),
            ("ping", {"domain": "google.com"}),
        ),
    ),
    Answer(
        family="kimi",
        source=_IK
        + "contamination_ls_issue ('exact contamination issue from server logs', Kimi K2 in claude-code-ui)",
        text='I\'ll help you examine the workspace. Let me list the current directory contents.functions.LS:1{"path": "/tmp/example_workspace"}',
        tools=("LS",),
        calls=(("LS", {"path": "/tmp/example_workspace"}),),
    ),
    Answer(
        family="kimi",
        source=_IK + "streaming_mixed_format (token block, then a bare call)",
        text='<|tool_calls_section_begin|>\n<|tool_call_begin|>\nfunctions.get_weather:0<|tool_call_argument_begin|>\n{"location": "Tokyo"}\n<|tool_call_end|>\n<|tool_calls_section_end|>\nAlso: functions.ping:1{"host": "example.com"}',
        tools=("get_weather", "ping"),
        calls=(
            ("get_weather", {"location": "Tokyo"}),
            ("ping", {"host": "example.com"}),
        ),
    ),
    Answer(
        family="kimi",
        source=_IK + "streaming_multiple_incremental_steps",
        text='Let me help you.\nfunctions.step1:0{"action": "initialize"}\nThen I\'ll do this:\nfunctions.step2:1{"action": "process", "data": [1, 2, 3]}\nFinally:\nfunctions.step3:2{"action": "finalize", "result": "complete"}',
        tools=("step1", "step2", "step3"),
        calls=(
            ("step1", {"action": "initialize"}),
            ("step2", {"action": "process", "data": [1, 2, 3]}),
            ("step3", {"action": "finalize", "result": "complete"}),
        ),
    ),
    Answer(
        family="kimi",
        source=_IK + "content_cleaning_mixed_formats",
        text='First: <|tool_calls_section_begin|><|tool_call_begin|>functions.weather:0<|tool_call_argument_begin|>{"location": "NYC"}<|tool_call_end|><|tool_calls_section_end|> Then: functions.ping:1{"host": "test.com"} Finished.',
        tools=("weather", "ping"),
        calls=(("weather", {"location": "NYC"}), ("ping", {"host": "test.com"})),
    ),
    # --------------------------------------------------------------- harmony
    Answer(
        family="harmony",
        source=_OL_HARMONY
        + "TestHarmonyParserHeaderEvent, the full-message case with a call and the tool's answer",
        text='<|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"location":"San Francisco"}<|call|><|start|>functions.get_weather to=assistant<|message|>{"sunny": true, "temperature": 20}<|end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco"}),),
    ),
    Answer(
        family="harmony",
        source=_OL_HARMONY
        + "TestHarmonyParserHeaderEvent, analysis then a commentary call, output starting inside the assistant header (no <|start|>assistant)",
        text='<|channel|>analysis<|message|>User asks weather in SF. We need location. Use get_current_weather with location "San Francisco, CA".<|end|><|start|>assistant<|channel|>commentary to=functions.get_current_weather <|constrain|>json<|message|>{"location":"San Francisco, CA"}<|call|>',
        tools=("get_current_weather",),
        calls=(("get_current_weather", {"location": "San Francisco, CA"}),),
    ),
    Answer(
        family="harmony",
        source="shape from "
        + _OL_HARMONY
        + "TestHeaderParsing, 'assistant to=functions.get_weather<|channel|>commentary <|constrain|>json' (recipient in the role part of the header)",
        text='<|start|>assistant to=functions.get_weather<|channel|>commentary <|constrain|>json<|message|>{"location":"San Francisco"}<|call|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco"}),),
    ),
    Answer(
        family="harmony",
        source="shape from lmdeploy test_gpt_oss_parser.py REFERENCE stream (analysis 'Need tool. ', get_weather then get_time calls, final 'Result: sunny'), rendered in Harmony tokens",
        text='<|channel|>analysis<|message|>Need tool. <|end|><|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"location":"Beijing"}<|call|><|start|>assistant<|channel|>commentary to=functions.get_time <|constrain|>json<|message|>{"tz":"UTC"}<|call|>',
        tools=("get_weather", "get_time"),
        calls=(("get_weather", {"location": "Beijing"}), ("get_time", {"tz": "UTC"})),
    ),
    # ------------------------------------------------------------------ lfm2
    Answer(
        family="lfm2",
        source=_OL_LFM2 + "tool_call_simple",
        text='I\'ll check the weather.<|tool_call_start|>[get_weather(location="Paris")]<|tool_call_end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Paris"}),),
    ),
    Answer(
        family="lfm2",
        source=_OL_LFM2 + "multiple_tool_calls (two blocks)",
        text='Getting weather for both cities.<|tool_call_start|>[get_weather(location="Paris")]<|tool_call_end|><|tool_call_start|>[get_weather(location="London")]<|tool_call_end|>',
        tools=("get_weather",),
        calls=(
            ("get_weather", {"location": "Paris"}),
            ("get_weather", {"location": "London"}),
        ),
    ),
    Answer(
        family="lfm2",
        source=_OL_LFM2 + "complex_tool_arguments (Python literals)",
        text="Processing data.<|tool_call_start|>[process_data(items=['item1','item2'], config={'enabled': True, 'threshold': 0.95})]<|tool_call_end|>",
        tools=("process_data",),
        calls=(
            (
                "process_data",
                {
                    "items": ["item1", "item2"],
                    "config": {"enabled": True, "threshold": 0.95},
                },
            ),
        ),
    ),
    Answer(
        family="lfm2",
        source=_OL_LFM2
        + "python_style_multiple_calls (one list, no space after the comma)",
        text="Running commands.<|tool_call_start|>[bash(command='ls'),bash(command='pwd')]<|tool_call_end|>",
        tools=("bash",),
        calls=(("bash", {"command": "ls"}), ("bash", {"command": "pwd"})),
    ),
    Answer(
        family="lfm2",
        source=_OL_LFM2 + "python_style_mixed_types (JSON-style true)",
        text='Processing.<|tool_call_start|>[process(name="test", count=42, enabled=true)]<|tool_call_end|>',
        tools=("process",),
        calls=(("process", {"name": "test", "count": 42, "enabled": True}),),
    ),
    Answer(
        family="lfm2",
        source=_OL_LFM2 + "thinking_directly_to_tool_call",
        text="<think>Let me run this command...</think><|tool_call_start|>[bash(command='ls')]<|tool_call_end|>",
        tools=("bash",),
        calls=(("bash", {"command": "ls"}),),
    ),
    Answer(
        family="lfm2",
        source=_OL_LFM2 + "python_style_no_args",
        text="Pinging.<|tool_call_start|>[ping()]<|tool_call_end|>",
        tools=("ping",),
        calls=(("ping", {}),),
    ),
    # ------------------------------------------------------------------ olmo
    Answer(
        family="olmo",
        source=_OL_OLMO + "TestOlmo3Parser, 'content then tool call'",
        text='Let me check the weather.<function_calls>get_weather(location="NYC")</function_calls>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "NYC"}),),
    ),
    Answer(
        family="olmo",
        source=_OL_OLMO + "TestOlmo3Parser, 'multiple tool calls' (one per line)",
        text='<function_calls>get_weather(location="San Francisco")\nget_weather(location="New York")</function_calls>',
        tools=("get_weather",),
        calls=(
            ("get_weather", {"location": "San Francisco"}),
            ("get_weather", {"location": "New York"}),
        ),
    ),
    Answer(
        family="olmo",
        source=_OL_OLMO + "TestOlmo3Parser, 'tool call with null argument'",
        text="<function_calls>clear_value(field=null)</function_calls>",
        tools=("clear_value",),
        calls=(("clear_value", {"field": None}),),
    ),
    Answer(
        family="olmo",
        source=_OL_OLMO + "TestOlmo3Parser, 'tool call with nested dict'",
        text='<function_calls>create_request(data={"user": {"name": "John", "age": 30}, "active": true})</function_calls>',
        tools=("create_request",),
        calls=(
            (
                "create_request",
                {"data": {"user": {"name": "John", "age": 30}, "active": True}},
            ),
        ),
    ),
    Answer(
        family="olmo",
        source=_OL_OLMO + "TestOlmo3Parser, 'tool call with escaped quotes'",
        text='<function_calls>search(query="say \\"hello\\"")</function_calls>',
        tools=("search",),
        calls=(("search", {"query": 'say "hello"'}),),
    ),
    Answer(
        family="olmo",
        source=_OL_OLMO + "TestOlmo3Parser, 'tool call with no arguments'",
        text="<function_calls>get_current_time()</function_calls>",
        tools=("get_current_time",),
        calls=(("get_current_time", {}),),
    ),
    # ---------------------------------------------------------------- cohere
    Answer(
        family="cohere",
        source=_OL_COHERE
        + "TestCohereParseToolCall (Command A reasoning, chunks joined)",
        text='plan<|END_THINKING|><|START_ACTION|>[\n    {"tool_call_id": "0", "tool_name": "get_weather", "parameters": {"city": "Paris"}},    {"tool_call_id": "1", "tool_name": "get_time", "parameters": {}}\n]<|END_ACTION|>',
        tools=("get_weather", "get_time"),
        calls=(("get_weather", {"city": "Paris"}), ("get_time", {})),
    ),
    Answer(
        family="cohere",
        source=_OL_COHERE
        + "TestCohereParseMalformedActions, second case (missing comma between the two calls; both kept)",
        text='<|END_THINKING|><|START_ACTION|>[{"tool_call_id": "0", "tool_name": "a", "parameters": {}}{"tool_call_id": "1", "tool_name": "b", "parameters": {"x": "{not json}"}}]<|END_ACTION|>',
        tools=("a", "b"),
        calls=(("a", {}), ("b", {"x": "{not json}"})),
    ),
    Answer(
        family="cohere",
        source="shape from "
        + _OL_COHERE
        + "TestCohereParseToolCall, without the reasoning prefix (Command R7B: <|START_ACTION|> straight away)",
        text='<|START_ACTION|>[\n    {"tool_call_id": "0", "tool_name": "get_weather", "parameters": {"city": "Paris"}}\n]<|END_ACTION|>',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    # --------------------------------------------------------------- granite
    Answer(
        family="granite",
        source=_VLLM_GRANITE
        + "TestGraniteToolParser.test_config single_tool_call_output",
        text='<|tool_call|> [{"name": "get_weather", "arguments": {"city": "Tokyo"}}]',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Tokyo"}),),
    ),
    Answer(
        family="granite",
        source=_VLLM_GRANITE
        + "TestGraniteToolParser.test_config parallel_tool_calls_output",
        text='<|tool_call|> [\n  {"name": "get_weather", "arguments": {"city": "Tokyo"}},\n  {"name": "get_time", "arguments": {"timezone": "Asia/Tokyo"}}\n]',
        tools=("get_weather", "get_time"),
        calls=(
            ("get_weather", {"city": "Tokyo"}),
            ("get_time", {"timezone": "Asia/Tokyo"}),
        ),
    ),
    Answer(
        family="granite",
        source=_VLLM_GRANITE
        + "TestGraniteToolParser.test_granite_string_prefix_format (Granite 3.1 <tool_call> string)",
        text='<tool_call> [{"name": "get_weather", "arguments": {"city": "Tokyo"}}]',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Tokyo"}),),
    ),
    Answer(
        family="granite",
        source=_VLLM_GRANITE
        + "test_streaming_parallel_calls_batched_deltas ('granite emits arguments before name')",
        text='<|tool_call|> [{"arguments": {"city": "Tokyo"}, "name": "get_weather"}, {"arguments": {"timezone": "Asia/Tokyo"}, "name": "get_time"}]',
        tools=("get_weather", "get_time"),
        calls=(
            ("get_weather", {"city": "Tokyo"}),
            ("get_time", {"timezone": "Asia/Tokyo"}),
        ),
    ),
    Answer(
        family="granite",
        source=_VLLM_GRANITE
        + "TestGraniteToolParser.test_config surrounding_text_output",
        text='Let me check the weather for you.\n<|tool_call|> [{"name": "get_weather", "arguments": {"city": "Tokyo"}}]\nI\'ll get that information.',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Tokyo"}),),
    ),
    Answer(
        family="granite",
        source=_VLLM_GRANITE
        + "TestGraniteToolParser.test_config empty_arguments_output",
        text='<|tool_call|> [{"name": "refresh", "arguments": {}}]',
        tools=("refresh",),
        calls=(("refresh", {}),),
    ),
    # ----------------------------------------------------------------- gemma
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "content_before_tool_call (chunks joined)",
        text="Let me check.<start_function_call>call:get_weather{city:<escape>Paris<escape>}<end_function_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "numeric_arguments (chunks joined)",
        text="<start_function_call>call:add{a:1,b:2}<end_function_call>",
        tools=("add",),
        calls=(("add", {"a": 1, "b": 2}),),
    ),
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "boolean_arguments (chunks joined)",
        text="<start_function_call>call:set_flag{enabled:true,verbose:false}<end_function_call>",
        tools=("set_flag",),
        calls=(("set_flag", {"enabled": True, "verbose": False}),),
    ),
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "multiple_tool_calls (chunks joined)",
        text="<start_function_call>call:get_weather{city:<escape>Paris<escape>}<end_function_call><start_function_call>call:get_weather{city:<escape>London<escape>}<end_function_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Paris"}), ("get_weather", {"city": "London"})),
    ),
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "array_argument (chunks joined)",
        text="<start_function_call>call:process{items:[<escape>a<escape>,<escape>b<escape>,<escape>c<escape>]}<end_function_call>",
        tools=("process",),
        calls=(("process", {"items": ["a", "b", "c"]}),),
    ),
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "object_argument (chunks joined)",
        text="<start_function_call>call:update{data:{name:<escape>test<escape>,value:42}}<end_function_call>",
        tools=("update",),
        calls=(("update", {"data": {"name": "test", "value": 42}}),),
    ),
    Answer(
        family="gemma",
        source=_OL_FGEMMA + "content_after_tool_call (chunks joined)",
        text="<start_function_call>call:test{}<end_function_call>Done!",
        tools=("test",),
        calls=(("test", {}),),
    ),
    # -------------------------------------------------------------- ordinary
    Answer(
        family="ordinary",
        source=_OL_DS
        + "tool_output (a tool's output quoted back in DeepSeek tokens is no call)",
        text="Here's the weather: <｜tool▁output▁begin｜>Temperature: 22°C, Sunny<｜tool▁output▁end｜> Hope that helps!",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_DS + "multiple_tool_outputs",
        text="Results: <｜tool▁output▁begin｜>Paris: 22°C<｜tool▁output▁end｜> and <｜tool▁output▁begin｜>London: 18°C<｜tool▁output▁end｜>",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_QWEN
        + "TestQwenParserStreaming, 'partial tool open tag fakeout' (steps joined)",
        text="abc\n<tool_call fakeout",
        tools=("get_current_temperature",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_MINISTRAL + "'partial tool tag fakeout' (steps joined)",
        text="abc[TOOL not a tag",
        tools=("test",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_FGEMMA + "content_with_angle_brackets (chunks joined)",
        text="The result is a <value> tag",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_IK + "no_function_calls",
        text="I can help you with that. The weather in Tokyo is usually quite pleasant this time of year.",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_COHERE
        + "TestCohereParseStreamsBeforeDone, 'unrecognized tag' (a Command A tool plan, before any action)",
        text="x<|END_THINKING|><|TOOL_PLAN|>I should call the tool.",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_COHERE + "TestCohereParseLegacyResponseMarkers",
        text="plan<|END_THINKING|><|START_RESPONSE|>Hello there<|END_RESPONSE|>",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source=_OL_HARMONY
        + "TestHarmonyParserHeaderEvent, an analysis message with no recipient",
        text="<|start|>assistant<|channel|>analysis<|message|>What is 2 + 2?<|end|>",
        tools=("calc",),
        calls=(),
    ),
    # ---------------------------------------------------------- more sources
    Answer(
        family="variants",
        source="cpacker/MemGPT tests/test_json_parsers.py, EXAMPLE_DOUBLE_JSON (two MemGPT calls in one answer)",
        text='{\n  "function": "core_memory_append",\n  "params": {\n    "name": "human",\n    "content": "Brad, 42 years old, from Germany."\n  }\n}\n{\n  "function": "send_message",\n  "params": {\n    "message": "Got it! Your age and nationality are now saved in my memory."\n  }\n}\n',
        tools=("send_message", "core_memory_append"),
        calls=(
            (
                "core_memory_append",
                {"name": "human", "content": "Brad, 42 years old, from Germany."},
            ),
            (
                "send_message",
                {
                    "message": "Got it! Your age and nationality are now saved in my memory."
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="cpacker/MemGPT tests/test_json_parsers.py, EXAMPLE_BAD_TOKEN_END (a stray <|> after the object)",
        text='{\n  "function": "send_message",\n  "params": {\n    "inner_thoughts": "Oops, I got their name wrong! I should apologize and correct myself.",\n    "message": "Sorry about that! I assumed you were Chad. Welcome, Brad! "\n  }\n}<|>',
        tools=("send_message",),
        calls=(
            (
                "send_message",
                {
                    "inner_thoughts": "Oops, I got their name wrong! I should apologize and correct myself.",
                    "message": "Sorry about that! I assumed you were Chad. Welcome, Brad! ",
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="cpacker/MemGPT tests/test_json_parsers.py, EXAMPLE_HARD_LINE_FEEDS (raw line feeds inside the JSON string; MemGPT repairs them)",
        text='{\n  "function": "send_message",\n  "params": {\n    "message": "Let\'s create a list:\n- First, we can do X\n- Then, we can do Y!\n- Lastly, we can do Z :)"\n  }\n}\n',
        tools=("send_message",),
        calls=(
            (
                "send_message",
                {
                    "message": "Let's create a list:\n- First, we can do X\n- Then, we can do Y!\n- Lastly, we can do Z :)"
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="cpacker/MemGPT tests/test_json_parsers.py, EXAMPLE_MISSING_CLOSING_BRACE (the outer brace never comes; MemGPT repairs it)",
        text='{\n  "function": "send_message",\n  "params": {\n    "inner_thoughts": "Oops, I got their name wrong! I should apologize and correct myself.",\n    "message": "Sorry about that! I assumed you were Chad. Welcome, Brad! "\n  }\n',
        tools=("send_message",),
        calls=(
            (
                "send_message",
                {
                    "inner_thoughts": "Oops, I got their name wrong! I should apologize and correct myself.",
                    "message": "Sorry about that! I assumed you were Chad. Welcome, Brad! ",
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="gamemaker1/gemma3-function-calling-tutorial tutorial.ipynb, cell 27 (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='```thinking\nOkay, I need to add the bill to the user\'s expenses and then check if the total food expenses for the month exceed 1000. I will use the `make_expense_entry` function to add the expense. Since the date on the bill is May 04, 2025, I will use that as the date for the expense entry. The amount is 588. The category is food. After adding the expense, I\'ll use the `get_expense_entries` function to retrieve all food expenses for the current month (May 2025) and sum them up to compare with the budget.\n```\n\n```function_call\n{\n\t"id": "1",\n\t"function": "make_expense_entry",\n\t"parameters": {\n\t\t"amount": 588.0,\n\t\t"category": "food",\n\t\t"date": "2025-05-04",\n\t\t"notes": "Dinner bill"\n\t}\n}\n```',
        tools=("make_expense_entry", "get_expense_entries"),
        calls=(
            (
                "make_expense_entry",
                {
                    "amount": 588.0,
                    "category": "food",
                    "date": "2025-05-04",
                    "notes": "Dinner bill",
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="gamemaker1/gemma3-function-calling-tutorial tutorial.ipynb, cell 36 (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='```thinking\nThe `make_expense_entry` function call was successful. The expense entry was created with ID "c27228f2". Now I need to get all food expenses for May 2025 and calculate the total. I will use the `get_expense_entries` function to do that.\n```\n\n```function_call\n{\n\t"id": "2",\n\t"function": "get_expense_entries",\n\t"parameters": {\n\t\t"category": "food",\n\t\t"from_date": "2025-05-01",\n\t\t"to_date": "2025-05-31"\n\t}\n}\n```',
        tools=("make_expense_entry", "get_expense_entries"),
        calls=(
            (
                "get_expense_entries",
                {
                    "category": "food",
                    "from_date": "2025-05-01",
                    "to_date": "2025-05-31",
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="gamemaker1/gemma3-function-calling-tutorial tutorial.ipynb, cell 50 (two fenced calls) (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='```thinking\nOkay, I have the clothing and travel budgets. Clothing budget: 500, Travel budget: 2000. Now I need to fetch the expenses for each category for May 2025 using `get_expense_entries` and compare the totals with the budgets.\n```\n\n```function_call\n{\n\t"id": "3",\n\t"function": "get_expense_entries",\n\t"parameters": {\n\t\t"category": "clothing",\n\t\t"from_date": "2025-05-01",\n\t\t"to_date": "2025-05-31"\n\t}\n}\n```\n\n```function_call\n{\n\t"id": "4",\n\t"function": "get_expense_entries",\n\t"parameters": {\n\t\t"category": "travel",\n\t\t"from_date": "2025-05-01",\n\t\t"to_date": "2025-05-31"\n\t}\n}\n```',
        tools=("make_expense_entry", "get_expense_entries"),
        calls=(
            (
                "get_expense_entries",
                {
                    "category": "clothing",
                    "from_date": "2025-05-01",
                    "to_date": "2025-05-31",
                },
            ),
            (
                "get_expense_entries",
                {
                    "category": "travel",
                    "from_date": "2025-05-01",
                    "to_date": "2025-05-31",
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="shape from Anthropic tool-use docs (https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview), the assistant content of the get_weather example written out as JSON text",
        text='[\n  {\n    "type": "text",\n    "text": "<thinking>I need to use get_weather, and the user wants SF, which is likely San Francisco, CA.</thinking>"\n  },\n  {\n    "type": "tool_use",\n    "id": "toolu_01A09q90qw90lq917835lq9",\n    "name": "get_weather",\n    "input": {"location": "San Francisco, CA", "unit": "celsius"}\n  }\n]',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco, CA", "unit": "celsius"}),),
    ),
    Answer(
        family="variants",
        source="shape from Anthropic tool-use docs (https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview), a single tool_use block after a sentence",
        text='I\'ll look that up.\n{"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather", "input": {"location": "San Francisco, CA"}}',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco, CA"}),),
    ),
    Answer(
        family="variants",
        source="adapted: langchain-ai/langchain libs/langchain/tests/unit_tests/agents/test_structured_chat.py::test_parse_with_language, action_input made an object as the structured chat prompt asks for multi-input tools",
        text='I can use the `foo` tool to achieve the goal.\n\n    Action:\n    ```json\n    {\n      "action": "foo",\n      "action_input": {"bar": "baz"}\n    }\n    ```\n    ',
        tools=("foo",),
        calls=(("foo", {"bar": "baz"}),),
    ),
    Answer(
        family="variants",
        source="vybestack/llxprt-code packages/core/src/parsers/TextToolCallParser.test.ts, XML format (Claude-style), 'should parse single Claude-style XML tool call'",
        text='I\'ll help you with that.\n<function_calls>\n<invoke name="get_weather">\n<parameter name="location">San Francisco</parameter>\n<parameter name="units">celsius</parameter>\n</invoke>\n</function_calls>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco", "units": "celsius"}),),
    ),
    Answer(
        family="variants",
        source="vybestack/llxprt-code packages/core/src/parsers/TextToolCallParser.test.ts, XML format (Claude-style), 'should parse multiple Claude-style XML tool calls'",
        text='<function_calls>\n<invoke name="search">\n<parameter name="query">climate change</parameter>\n</invoke>\n</function_calls>\nAnd also:\n<function_calls>\n<invoke name="calculator">\n<parameter name="expression">2 + 2</parameter>\n</invoke>\n</function_calls>',
        tools=("search", "calculator"),
        calls=(
            ("search", {"query": "climate change"}),
            ("calculator", {"expression": "2 + 2"}),
        ),
    ),
    Answer(
        family="glm",
        source="https://github.com/agno-agi/agno/issues/5106 (GLM via llama.cpp, as the agno CLI showed the answer; its bullet removed)",
        text="I'll help you check for local, uncommitted changes. Let me first check if this is a git repository and then look for any uncommitted changes.\n  <tool_call>Run <arg_key>command</arg_key> <arg_value>git status --porcelain</arg_value> </tool_call>",
        tools=("Read", "Run"),
        calls=(("Run", {"command": "git status --porcelain"}),),
    ),
    Answer(
        family="cohere",
        source='shape from the Command R+ template of the ollama library (https://ollama.com/library/command-r-plus, template blob c90176f4de00: a past assistant tool call renders as Action: ```json [ {"tool_name": ..., "parameters": ...} ]); tool name from Cohere\'s internet_search example',
        text='Action: ```json\n[\n{\n"tool_name": "internet_search",\n"parameters": {"query": "biggest penguin in the world"}\n}\n]\n```',
        tools=("internet_search",),
        calls=(("internet_search", {"query": "biggest penguin in the world"}),),
    ),
    Answer(
        family="cohere",
        source="shape from the Command R+ template of the ollama library (blob c90176f4de00), two actions in one list, written without a comma between the objects as that template renders them",
        text='Action: ```json\n[\n{\n"tool_name": "internet_search",\n"parameters": {"query": "emperor penguin height"}\n}\n{\n"tool_name": "internet_search",\n"parameters": {"query": "king penguin height"}\n}\n]\n```',
        tools=("internet_search",),
        calls=(
            ("internet_search", {"query": "emperor penguin height"}),
            ("internet_search", {"query": "king penguin height"}),
        ),
    ),
    Answer(
        family="gemma",
        source="google-gemini/gemma-cookbook Gemma/[Gemma_3]Function_Calling_with_HF.ipynb, cell 24 (gemma-3-27b-it output)",
        text='\n```tool_code\nsearch(query="Which teams played in the Cricket ICC Champions Trophy 2025 final and who won?")\n```\n',
        tools=("search",),
        calls=(
            (
                "search",
                {
                    "query": "Which teams played in the Cricket ICC Champions Trophy 2025 final and who won?"
                },
            ),
        ),
    ),
    Answer(
        family="gemma",
        source="google-gemini/gemma-cookbook Gemma/[Gemma_3]Meme_Generator.ipynb, cell 9 (gemma3-4b-it output; the JAX warning on stderr left out)",
        text='Okay, I\'ll create a funny meme based on the image provided.\n\nHere\'s the meme I\'ll generate:\n\n```tool_code\ngenerate_meme(image="/content/meme.jpg", top_text="Me when I hear a creak", middle_text="It could be anything!", bottom_text="Probably just the cat.")\n```\n',
        tools=("generate_meme",),
        calls=(
            (
                "generate_meme",
                {
                    "image": "/content/meme.jpg",
                    "top_text": "Me when I hear a creak",
                    "middle_text": "It could be anything!",
                    "bottom_text": "Probably just the cat.",
                },
            ),
        ),
    ),
    Answer(
        family="gemma",
        source="vybestack/llxprt-code packages/core/src/parsers/TextToolCallParser.test.ts, 'should parse single tool call' (GemmaToolCallParser, written for gemma-3-12b through LM Studio)",
        text='Here is the result:\n[TOOL_REQUEST]\nlist_directory {"path": "/home"}\n[TOOL_REQUEST_END]',
        tools=("list_directory",),
        calls=(("list_directory", {"path": "/home"}),),
    ),
    Answer(
        family="gemma",
        source="vybestack/llxprt-code packages/core/src/parsers/TextToolCallParser.test.ts, 'should parse multiple tool calls'",
        text='Files in different places:\n[TOOL_REQUEST]\nlist_directory {"path": "/usr"}\n[TOOL_REQUEST_END]\nMore files:\n[TOOL_REQUEST]\nlist_directory {"path": "/tmp"}\n[TOOL_REQUEST_END]',
        tools=("list_directory",),
        calls=(
            ("list_directory", {"path": "/usr"}),
            ("list_directory", {"path": "/tmp"}),
        ),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_complete_tool_call",
        text="Here's a tool call: [get_weather(location='New York', unit='celsius')]",
        tools=("get_weather", "search"),
        calls=(("get_weather", {"location": "New York", "unit": "celsius"}),),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_text_before_tool_call",
        text="This is some text before [get_weather(location='London')]",
        tools=("get_weather", "search"),
        calls=(("get_weather", {"location": "London"}),),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_text_after_tool_call",
        text="[get_weather(location='Tokyo')] Here's the forecast:",
        tools=("get_weather", "search"),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_multiple_tool_calls (two lists joined by prose)",
        text="[get_weather(location='Berlin')] and [search(query='restaurants')]",
        tools=("get_weather", "search"),
        calls=(
            ("get_weather", {"location": "Berlin"}),
            ("search", {"query": "restaurants"}),
        ),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_nested_brackets_dict",
        text="[search(query='test', config={'options': [1, 2], 'nested': {'key': 'value'}})]",
        tools=("get_weather", "search"),
        calls=(
            (
                "search",
                {
                    "query": "test",
                    "config": {"options": [1, 2], "nested": {"key": "value"}},
                },
            ),
        ),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_multiple_tools_with_nested_brackets",
        text="[get_weather(location='Paris', data=[10, 20]), search(query='test', filters=['a', 'b'])]",
        tools=("get_weather", "search"),
        calls=(
            ("get_weather", {"location": "Paris", "data": [10, 20]}),
            ("search", {"query": "test", "filters": ["a", "b"]}),
        ),
    ),
    Answer(
        family="pythonic2",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_detect_and_parse_with_python_start_and_end_token (Llama 4 <|python_start|>, prose on both sides)",
        text="User wants to get the weather in Mars. <|python_start|>[get_weather(location='Mars', unit='celsius')]<|python_end|> In this way we will get the weather in Mars.",
        tools=("get_weather", "search"),
        calls=(("get_weather", {"location": "Mars", "unit": "celsius"}),),
    ),
    Answer(
        family="ordinary",
        source="gamemaker1/gemma3-function-calling-tutorial tutorial.ipynb, cell 42 (final answer after the tool results) (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text="```thinking\nI have successfully retrieved all food expenses for May 2025. The total amount spent on food is 1278.5. The food budget is 1000. Since 1278.5 > 1000, the user is over budget. Now I can respond to the user with the information.\n```\n\nYou have spent a total of 1278.5 on food this month. This exceeds your budget of 1000 by 278.5.",
        tools=("make_expense_entry", "get_expense_entries"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="gamemaker1/gemma3-function-calling-tutorial tutorial.ipynb, cell 46 (asks the user instead of calling; names the tool in backticks) (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='```thinking\nOkay, the user wants me to check if they have exceeded their clothes and travel budgets as well. I will call `get_expense_entries` twice, once for "clothing" and once for "travel", for the month of May 2025. I\'ll then compare the totals with their respective budgets. I don\'t have the budgets currently, so I will ask the user for those first.\n```\n\nCould you please tell me what your monthly budget is for clothing and travel?',
        tools=("make_expense_entry", "get_expense_entries"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="gamemaker1/gemma3-function-calling-tutorial tutorial.ipynb, cell 57 (a Markdown summary after the calls) (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text="```thinking\nI have retrieved the expenses for clothing and travel. Clothing total: 917. Travel total: 78. Clothing budget: 500. Travel budget: 2000. The user is over budget on clothing (917 > 500) and under budget on travel (78 < 2000). Now I will respond to the user with the summary.\n```\n\nHere's a summary of your spending this month:\n\n*   **Food:** 1278.5 (Over budget of 1000 by 278.5)\n*   **Clothing:** 917 (Over budget of 500 by 417)\n*   **Travel:** 78 (Under budget of 2000 by 1922)",
        tools=("make_expense_entry", "get_expense_entries"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="sgl-project/sglang test/registered/function_call/test_function_call_parser.py::TestPythonicDetector::test_parse_streaming_no_brackets",
        text="This is just normal text without any tool calls.",
        tools=("get_weather", "search"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vybestack/llxprt-code packages/core/src/parsers/TextToolCallParser.test.ts, 'should handle malformed JSON gracefully' (arguments that are not JSON: no call)",
        text="Bad args:\n[TOOL_REQUEST]\nlist_directory {path: /home}\n[TOOL_REQUEST_END]",
        tools=("list_directory",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="langchain-ai/langchain libs/langchain/tests/unit_tests/agents/output_parsers/test_react_single_input.py::test_finish",
        text="Thought: agent thought here\nFinal Answer: The temperature is 100",
        tools=("search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='langchain-ai/langchain libs/langchain/tests/unit_tests/agents/output_parsers/test_json.py::test_finish ({"action": "Final Answer"} is LangChain\'s answer, not a tool)',
        text='```\n{\n  "action": "Final Answer",\n  "action_input": "4"\n}\n```',
        tools=("search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ollama tools/tools_test.go::TestParser, 'json not a tool call' (chunks joined: a call-shaped object naming a tool that is not offered)",
        text='{"name": "search", "arguments": {"query": "What is the capital of Canada?"}}',
        tools=(
            "get_temperature",
            "get_conditions",
            "say_hello",
            "say_hello_world",
            "get_address",
            "add",
        ),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ollama tools/tools_test.go::TestParser, 'json code'",
        text='for { fmt.Println("hello") }',
        tools=(
            "get_temperature",
            "get_conditions",
            "say_hello",
            "say_hello_world",
            "get_address",
            "add",
        ),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ollama tools/tools_test.go::TestParser, 'list not a tool call' (chunks joined)",
        text="[special delivery]",
        tools=(
            "get_temperature",
            "get_conditions",
            "say_hello",
            "say_hello_world",
            "get_address",
            "add",
        ),
        calls=(),
    ),
    # ------------------------------------------ ordinary: near-miss answers
    # Answers about the formats, code in other languages' fences, bare calls
    # inside prose or code, JSON that is data, Markdown and HTML around tool
    # names. Quotes of documents cite them; "pattern: ..." texts were composed
    # to show the named shape and are no model's output.
    _ordinary(
        _KIMI_GUIDE
        + ", 'Manually Parsing Tool Calls' (the tokens and the functions.NAME:IDX id explained in backticks)",
        "The tool call requests generated by Kimi-K2 are wrapped by `<|tool_calls_section_begin|>` and `<|tool_calls_section_end|>`, \nwith each tool call wrapped by `<|tool_call_begin|>` and `<|tool_call_end|>`. The tool ID and arguments are separated by `<|tool_call_argument_begin|>`. \nThe format of the tool ID is `functions.{func_name}:{idx}`, from which we can parse the function name.",
        ("get_weather",),
    ),
    _ordinary(
        _KIMI_GUIDE + ", 'Preparing Tools'",
        "Suppose we have a function `get_weather` that can query the weather conditions in real-time. \nThis function accepts a city name as a parameter and returns the weather conditions.",
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        _KIMI_GUIDE + ", 'Chat with tools' (finish_reason in backticks)",
        "If Kimi-K2 believes a tool call is needed, it will return a result with `finish_reason='tool_calls'`. At this point, the returned result includes the tool call information.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a Kimi id functions.NAME:0 in a comment and a string of a ```python fence (the comment of extract_tool_call_info in "
        + _KIMI_GUIDE
        + ")",
        "The id names the function, so split it:\n\n```python\n# function_id: functions.get_weather:0\nfunction_name = function_id.split('.')[1].split(':')[0]\nassert function_name == \"get_weather\"\n```",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: Kimi's bare id functions.NAME:0 mid-sentence, then an object later on the line",
        'Kimi numbers its calls: functions.get_weather:0 is the first, functions.get_weather:1 the second, and each carries its own {"city": ...} object.',
        ("get_weather",),
    ),
    _ordinary(
        "simonw/llm docs/tools.md, 'Trying out tools' (the tool named in a ```bash fence and in backticks)",
        'LLM comes with a default tool installed, called `llm_version`. You can try that out like this:\n\n```bash\nllm --tool llm_version "What version of LLM is this?" --td\n```\nYou can also use `-T llm_version` as a shortcut for `--tool llm_version`.',
        ("llm_version",),
    ),
    _ordinary(
        "simonw/llm docs/tools.md, 'Trying out tools' (llm's rendering of a call, `Tool call: NAME({})`, quoted in a bare fence with its output)",
        "The output should look like this:\n```\nTool call: llm_version({})\n  0.26a0\n\nThe installed version of the LLM is 0.26a0.\n```",
        ("llm_version",),
    ),
    _ordinary(
        "ikawrakow/ik_llama.cpp discussion 753 (https://github.com/ikawrakow/ik_llama.cpp/discussions/753), a user quoting GLM-4.5-Air's call in a ```text fence",
        "It does things like this:\n\n```text\nLet me search for configuration files in the backend directory to help locate this information: <tool_call>ls <arg_key>dirPath</arg_key> <arg_value>backend</arg_value> </tool_call>\n```\n\nAnd then breaks Continue.dev.",
        ("ls",),
    ),
    _ordinary(
        "langchain-ai/langchain libs/langchain/langchain/agents/mrkl/prompt.py, FORMAT_INSTRUCTIONS (adapted: {tool_names} filled in; a model restating its format)",
        "Use the following format:\n\nQuestion: the input question you must answer\nThought: you should always think about what to do\nAction: the action to take, should be one of [search, calculator]\nAction Input: the input to the action\nObservation: the result of the action\n... (this Thought/Action/Action Input/Observation can repeat N times)\nThought: I now know the final answer\nFinal Answer: the final answer to the original input question",
        ("search", "calculator"),
    ),
    # about the formats, in backticks, quotes and other languages' fences
    _ordinary(
        "pattern: Qwen3-Coder's <function=NAME> and <parameter=K> tags explained in backticks",
        "Qwen3-Coder doesn't emit JSON: it writes `<function=get_weather>`, then one `<parameter=city>` tag per argument, and closes with `</function>`.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a whole Qwen3-Coder call shown in a ```markdown fence, prose after it",
        "Here's how the template documents it:\n\n```markdown\n<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n</function>\n</tool_call>\n```\n\nso the parser has to read XML, not JSON.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: GLM's <arg_key>/<arg_value> pair in backticks mid-sentence",
        "GLM-4.5 separates keys and values: `<arg_key>city</arg_key><arg_value>Paris</arg_value>`, one pair per argument, after the function name `get_weather`.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a whole GLM call as a string in a ```yaml fence (a parser's config)",
        'Add the example to the parser\'s test config:\n\n```yaml\nparser: glm45\nexample: "<tool_call>get_weather<arg_key>city</arg_key><arg_value>Paris</arg_value></tool_call>"\nexpect: get_weather\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a whole Harmony call quoted in backticks mid-sentence",
        'In Harmony a tool call goes to the commentary channel with a recipient, e.g. `<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"city": "Tokyo"}<|call|>`, while the answer goes to the final channel.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a Harmony header built in a ```python fence",
        'To render the header yourself:\n\n```python\nVALID_CHANNELS = ["analysis", "commentary", "final"]\nheader = "<|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>"\nbody = json.dumps({"city": "Tokyo"})\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: Mistral's [TOOL_CALLS]NAME[ARGS]{...} quoted in backticks mid-sentence",
        'Mistral Small 3.2 writes `[TOOL_CALLS]get_weather[ARGS]{"city": "Paris"}` instead of a JSON list, so parsers that expect `[TOOL_CALLS] [` miss it.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: [TOOL_CALLS] in string constants of a ```go fence",
        'The check in Go:\n\n```go\nconst toolCallsTag = "[TOOL_CALLS]"\n\nfunc isCall(s string) bool {\n\treturn strings.HasPrefix(s, toolCallsTag+"get_weather[ARGS]{")\n}\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a ReAct trace with Action/Action Input lines inside a ```text fence (a ```text fence never holds a call)",
        'A ReAct trace looks like this:\n\n```text\nThought: I need the weather first.\nAction: get_weather\nAction Input: {"city": "Paris"}\nObservation: 18°C and cloudy\n```\n\nThe agent stops after Action Input and waits for the Observation.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: ReAct's keywords as a Markdown list",
        "The agent's loop has three parts:\n- Action: the tool to run, e.g. `search`\n- Action Input: its arguments as JSON\n- Observation: what `search` returned",
        ("search",),
    ),
    _ordinary(
        "pattern: a Markdown heading 'Action: NAME' and prose under it",
        '## Action: search\n\nThe `search` action queries the index; its input is a plain string such as "weather in Paris".',
        ("search",),
    ),
    _ordinary(
        "pattern: ReAct lines quoted mid-sentence, an escaped object after 'Action Input:'",
        'LangChain expects the model to write "Action: search" on one line and "Action Input: {\\"query\\": \\"...\\"}" on the next; anything else is a parse error.',
        ("search",),
    ),
    _ordinary(
        "pattern: ReAct Action/Action Input lines in a ```yaml fence",
        "The same step as YAML:\n\n```yaml\nsteps:\n  - Action: get_weather\n    Action Input: {city: Paris}\n```",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: Claude's <invoke name=...> tags explained in backticks",
        'Claude\'s old text format nests `<invoke name="get_weather">` inside `<function_calls>`, with each argument as `<parameter name="city">Paris</parameter>`.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a whole Claude-style call in an ```html fence of a docs page",
        'The docs page shows it like this:\n\n```html\n<function_calls>\n<invoke name="get_weather">\n<parameter name="city">Paris</parameter>\n</invoke>\n</function_calls>\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: an XML config whose element is <invoke name=...> with more attributes, in an ```xml fence",
        'The route calls the service:\n\n```xml\n<route id="weather">\n  <invoke name="get_weather" endpoint="https://api.example.com/weather"/>\n</route>\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: DeepSeek's special tokens explained in backticks",
        "DeepSeek V3 opens the calls with `<｜tool▁calls▁begin｜>` and puts `<｜tool▁sep｜>` between `function` and the name, here `get_weather`.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: Command A's action block and a JSON list of calls, in backticks mid-sentence",
        'Command A wraps its actions in `<|START_ACTION|>` and `<|END_ACTION|>`; inside is a JSON list like `[{"tool_name": "get_weather", "parameters": {"city": "Paris"}}]`.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a FunctionGemma call in backticks mid-sentence",
        "FunctionGemma writes `<start_function_call>call:get_weather{city:<escape>Paris<escape>}<end_function_call>`, with `<escape>` around each string.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: Olmo 3's <function_calls> tags in backticks, a pythonic call after them",
        'Olmo 3 puts pythonic calls between `<function_calls>` and `</function_calls>`, for instance `get_weather(city="Paris")`, one per line.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: an LFM2 token in a ```bash fence",
        "Count how often the model called it:\n\n```bash\ngrep -c '<|tool_call_start|>\\[get_weather(' output.txt\n```",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a pythonic list mid-sentence",
        'Llama 3.2 answers with a list such as [get_weather(city="Paris")] when it wants the tool, so check for the brackets first.',
        ("get_weather",),
    ),
    # code in other languages' fences
    _ordinary(
        "pattern: a call site assigned in a ```python fence",
        '```python\nresult = get_weather(city="Paris")\nprint(result["temperature"])\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a call alone in a ```python fence, prose after it",
        'Call it directly:\n\n```python\nget_weather(city="Paris")\n```\n\nThis returns a dict.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: an object with name and arguments, unquoted keys, in a ```js fence",
        'In JavaScript the call object is just:\n\n```js\nconst call = {\n  name: "get_weather",\n  arguments: { city: "Paris" },\n};\nawait run(call);\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a JSON call object in a ```javascript fence",
        'Build the message like this:\n\n```javascript\nconst message = {"name": "get_weather", "arguments": {"city": "Paris"}};\nsocket.send(JSON.stringify(message));\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: the instructed tool_calls object as a constant of a ```js fence",
        'A test fixture for the parser:\n\n```js\nconst reply = {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]};\nexpect(parse(reply)).toHaveLength(1);\n```',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a TypeScript signature in a ```ts fence",
        "The tool's type:\n\n```ts\nfunction get_weather(city: string): Promise<Weather>;\n```",
        ("get_weather",),
    ),
    # bare calls in prose and code
    _ordinary(
        "pattern: a bare call opening a line and followed by prose on it",
        'get_weather(city="Paris") returns the current weather for Paris as a dict.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a bare call alone on a line, followed by explanatory lines",
        'To check the weather yourself, run:\n\nget_weather(city="Paris")\n\nIt returns a dict with `temperature` and `conditions`, which you can print.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a Python function signature and docstring, unfenced",
        'def get_weather(city: str, unit: str = "celsius") -> dict:\n    """Return the current weather for a city."""',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a call site with a positional argument, mid-sentence",
        'You can call it as get_weather("Paris") or pass the keyword, get_weather(city="Paris").',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a call assigned in a line of code, unfenced",
        'x = get_weather(city="Paris")',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: print(call) outside a tool_code fence",
        'print(get_weather(city="Paris"))',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a call named after 'The call' and followed by prose",
        'The call get_weather(city="Paris"), made twice, returned the same result both times.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: screenplay dialogue, a bare call right after a speaker's colon and prose after it",
        "ALICE: Did you call get_weather?\nBOB: get_weather(city='Paris'), that's what I typed. It said rain.\nALICE: Then why's the search tab still open?",
        ("get_weather", "search"),
    ),
    # JSON that is data, not a call
    _ordinary(
        "pattern: a tool's input schema in a ```json fence (first key type)",
        'The input schema of `get_weather`:\n\n```json\n{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}\n```',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        "pattern: a record whose keys include tool, among keys a call never has",
        '{"id": 1, "title": "Weather in Paris", "tool": "get_weather", "status": "done"}',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        "pattern: chat messages, role and content",
        '[{"role": "user", "content": "What is the weather in Paris?"}, {"role": "assistant", "content": "I will use get_weather for that."}]',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: an OpenAI request body with a tools definition, in a ```json fence",
        'Send this to the API:\n\n```json\n{\n  "model": "gpt-4o",\n  "messages": [{"role": "user", "content": "Weather in Paris?"}],\n  "tools": [\n    {\n      "type": "function",\n      "function": {\n        "name": "get_weather",\n        "description": "Get the current weather",\n        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}\n      }\n    }\n  ]\n}\n```',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        "pattern: LangChain's final answer, action Final Answer, unfenced after prose",
        'I have what I need.\n{"action": "Final Answer", "action_input": "It is 18°C in Paris; get_weather says cloudy."}',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a tool definition with name, description and parameters",
        '{"name": "get_weather", "description": "Get the current weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        "pattern: a fenced list of name-only entries describing tools that require arguments",
        'Available tools:\n```json\n[{"name": "get_weather"}, {"name": "get_forecast"}]\n```\nBoth need a city.',
        ("get_weather", "get_forecast"),
        _CITY_REQUIRED,
    ),
    _ordinary(
        'pattern: find({"name": ...}) inside a line of code',
        'tool = registry.find({"name": "get_weather"})',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        'pattern: find({"name": ...}) in backticks mid-sentence',
        'Look it up with `db.tools.find({"name": "get_weather"})` before calling it.',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    # Markdown and HTML
    _ordinary(
        "pattern: a Markdown table of tool names",
        "| Tool | Purpose |\n|---|---|\n| `get_weather` | current conditions |\n| `search` | web search |",
        ("get_weather", "search"),
    ),
    _ordinary(
        "pattern: Markdown links whose text is a tool name",
        "See [get_weather](https://example.com/docs/get_weather) and [search](https://example.com/docs/search) for details.",
        ("get_weather", "search"),
    ),
    _ordinary(
        "pattern: footnote markers [1] and their definitions",
        "The weather tool [1] wraps OpenWeatherMap; `get_weather` caches results for ten minutes [2].\n\n[1]: https://openweathermap.org\n[2]: see the README",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: inline HTML, <b>, <br> and <code>, at the answer's start",
        "<b>get_weather</b> returns the forecast.<br>Use <code>search</code> for anything else.",
        ("get_weather", "search"),
    ),
    _ordinary(
        "pattern: an HTML <details> block around an explanation",
        "<details>\n<summary>How get_weather works</summary>\n\nIt sends the city name to the API and returns the JSON it gets back.\n</details>",
        ("get_weather",),
    ),
    # apostrophes, quotes, functions. in sentences
    _ordinary(
        "pattern: apostrophe- and quote-heavy prose naming a tool",
        "I'd've checked get_weather's output, but it wasn't returned — the tool's 'city' argument can't be empty, and \"Paris, FR\" isn't what you'd typed.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: 'functions.py' and tool names in a sentence",
        "The helpers live in functions.py; `get_weather` is defined there alongside `get_forecast`.",
        ("get_weather", "get_forecast"),
    ),
    _ordinary(
        "pattern: a functions. prefix in prose, a colon after it",
        "In older logs the name arrives as functions.get_weather: strip the prefix before you look the tool up.",
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a tool definition, name and parameters as a schema, alone in a bare fence",
        'Here is the definition I registered:\n\n```\n{"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}\n```',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        "pattern: one OpenAI tools entry (type function, function with parameters) in a ```json fence",
        'Add this entry to `tools`:\n\n```json\n{"type": "function", "function": {"name": "get_weather", "description": "Get the current weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}\n```',
        ("get_weather",),
        _CITY_REQUIRED,
    ),
    _ordinary(
        "pattern: a Kimi bare call functions.NAME:0{...} in backticks mid-sentence",
        'Without its tokens Kimi sometimes writes `functions.get_weather:0{"city": "Paris"}` on a line by itself; the :0 is the call index.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a Kimi bare call at a line's start inside a ```text fence",
        'The log showed:\n\n```text\nfunctions.get_weather:0{"city": "Paris"}\n```\n\nso the tokens had been stripped by the server.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a pythonic list in backticks, alone on its line, prose after",
        '`[get_weather(city="Paris")]`\n\nis what Llama 3.2 writes when it wants the tool.',
        ("get_weather",),
    ),
    _ordinary(
        "pattern: a one-line answer with a call in backticks",
        'Use `get_weather(city="Paris")`.',
        ("get_weather",),
    ),
]

HELD_OUT = [
    # -------------------------------------------------------------- deepseek
    Answer(
        family="deepseek",
        source=_VLLM_DS3 + "single_tool_call_output (V3 format)",
        text='<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_weather\n```json\n{"city": "Tokyo", "unit": "celsius"}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Tokyo", "unit": "celsius"}),),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS3 + "parallel_tool_calls_output (V3 format)",
        text='<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_weather\n```json\n{"city": "Tokyo", "unit": "celsius"}\n```<｜tool▁call▁end｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>search_hotels\n```json\n{"location": "Tokyo", "check_in": "2025-01-15"}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("get_weather", "search_hotels"),
        calls=(
            ("get_weather", {"city": "Tokyo", "unit": "celsius"}),
            ("search_hotels", {"location": "Tokyo", "check_in": "2025-01-15"}),
        ),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS3 + "various_data_types_output (V3 format)",
        text='<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>test_function\n```json\n{"string_field": "hello", "int_field": 42, "float_field": 3.14, "bool_field": true, "null_field": null, "array_field": ["a", "b", "c"], "object_field": {"nested": "value"}, "empty_array": [], "empty_object": {}}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("test_function",),
        calls=(
            (
                "test_function",
                {
                    "string_field": "hello",
                    "int_field": 42,
                    "float_field": 3.14,
                    "bool_field": True,
                    "null_field": None,
                    "array_field": ["a", "b", "c"],
                    "object_field": {"nested": "value"},
                    "empty_array": [],
                    "empty_object": {},
                },
            ),
        ),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS3 + "empty_arguments_output (V3 format)",
        text="<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_current_time\n```json\n{}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>",
        tools=("get_current_time",),
        calls=(("get_current_time", {}),),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS3 + "surrounding_text_output (V3 format)",
        text='Let me check the weather for you.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_weather\n```json\n{"city": "Paris"}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Paris"}),),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS3 + "escaped_strings_output (V3 format)",
        text='<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>send_message\n```json\n{"text": "He said \\"hello\\"", "path": "C:\\\\Users\\\\file", "newline": "line1\\nline2"}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("send_message",),
        calls=(
            (
                "send_message",
                {
                    "text": 'He said "hello"',
                    "path": "C:\\Users\\file",
                    "newline": "line1\nline2",
                },
            ),
        ),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS31 + "test_extract_tool_calls_with_tool (V3.1 format)",
        text='normal text<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>foo<｜tool▁sep｜>{"x":1}<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        tools=("foo",),
        calls=(("foo", {"x": 1}),),
    ),
    Answer(
        family="deepseek",
        source=_VLLM_DS31
        + "test_extract_tool_calls_with_multiple_tools (V3.1 format, text after)",
        text='some prefix text<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>foo<｜tool▁sep｜>{"x":1}<｜tool▁call▁end｜><｜tool▁call▁begin｜>bar<｜tool▁sep｜>{"y":2}<｜tool▁call▁end｜><｜tool▁calls▁end｜> some suffix text',
        tools=("foo", "bar"),
        calls=(("foo", {"x": 1}), ("bar", {"y": 2})),
    ),
    # ------------------------------------------------------------------ kimi
    Answer(
        family="kimi",
        source=_VLLM_KIMI
        + "TestExtractToolCalls::test_extract_tool_calls[single_tool_call]",
        text='I\'ll check. <|tool_calls_section_begin|><|tool_call_begin|>functions.get_weather:0 <|tool_call_argument_begin|>{"city": "Beijing"}<|tool_call_end|><|tool_calls_section_end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Beijing"}),),
    ),
    Answer(
        family="kimi",
        source=_VLLM_KIMI
        + "TestExtractToolCalls::test_extract_tool_calls[three_tool_calls]",
        text='Multiple tasks. <|tool_calls_section_begin|><|tool_call_begin|>functions.get_weather:0 <|tool_call_argument_begin|>{"city": "New York"}<|tool_call_end|><|tool_call_begin|>functions.get_news:1 <|tool_call_argument_begin|>{"topic": "technology"}<|tool_call_end|><|tool_call_begin|>functions.send_email:2 <|tool_call_argument_begin|>{"to": "user@example.com", "subject": "Daily Update"}<|tool_call_end|><|tool_calls_section_end|>',
        tools=("get_weather", "get_news", "send_email"),
        calls=(
            ("get_weather", {"city": "New York"}),
            ("get_news", {"topic": "technology"}),
            ("send_email", {"to": "user@example.com", "subject": "Daily Update"}),
        ),
    ),
    Answer(
        family="kimi",
        source=_VLLM_KIMI
        + "TestExtractToolCalls::test_extract_tool_calls[angle_brackets_in_json]",
        text='Process HTML. <|tool_calls_section_begin|><|tool_call_begin|>functions.process_html:0 <|tool_call_argument_begin|>{"html": "<div>content</div>"}<|tool_call_end|><|tool_calls_section_end|>',
        tools=("process_html",),
        calls=(("process_html", {"html": "<div>content</div>"}),),
    ),
    Answer(
        family="kimi",
        source=_VLLM_KIMI
        + "TestExtractToolCalls::test_extract_tool_calls[multiline_json]",
        text='Formatted. <|tool_calls_section_begin|><|tool_call_begin|>functions.process_data:0 <|tool_call_argument_begin|>{\n  "name": "test",\n  "value": 123\n}<|tool_call_end|><|tool_calls_section_end|>',
        tools=("process_data",),
        calls=(("process_data", {"name": "test", "value": 123}),),
    ),
    Answer(
        family="kimi",
        source=_VLLM_KIMI
        + "TestExtractToolCalls::test_extract_tool_calls[no_functions_prefix]",
        text='No prefix. <|tool_calls_section_begin|><|tool_call_begin|>get_weather:0 <|tool_call_argument_begin|>{"city": "Tokyo"}<|tool_call_end|><|tool_calls_section_end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Tokyo"}),),
    ),
    Answer(
        family="kimi",
        source=_VLLM_KIMI
        + "TestExtractToolCalls::test_extract_tool_calls[empty_arguments]",
        text="Empty args. <|tool_calls_section_begin|><|tool_call_begin|>functions.test:0 <|tool_call_argument_begin|>{}<|tool_call_end|><|tool_calls_section_end|>",
        tools=("test",),
        calls=(("test", {}),),
    ),
    # ---------------------------------------------------------- more sources
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls[single_tool]",
        text="<tool_call>\n<function=get_current_weather>\n<parameter=city>\nDallas\n</parameter>\n<parameter=state>\nTX\n</parameter>\n<parameter=unit>\nfahrenheit\n</parameter>\n</function>\n</tool_call>",
        tools=("get_current_weather", "calculate_area"),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls[single_tool_with_content]",
        text="Sure! Let me check the weather for you.<tool_call>\n<function=get_current_weather>\n<parameter=city>\nDallas\n</parameter>\n<parameter=state>\nTX\n</parameter>\n<parameter=unit>\nfahrenheit\n</parameter>\n</function>\n</tool_call>",
        tools=("get_current_weather", "calculate_area"),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls[single_tool_multiline_param] (an object value over two lines, an integer)",
        text='<tool_call>\n<function=calculate_area>\n<parameter=shape>\nrectangle\n</parameter>\n<parameter=dimensions>\n{"width": 10, \n "height": 20}\n</parameter>\n<parameter=precision>\n2\n</parameter>\n</function>\n</tool_call>',
        tools=("get_current_weather", "calculate_area"),
        calls=(
            (
                "calculate_area",
                {
                    "shape": "rectangle",
                    "dimensions": {"width": 10, "height": 20},
                    "precision": 2,
                },
            ),
        ),
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls[parallel_tools]",
        text="<tool_call>\n<function=get_current_weather>\n<parameter=city>\nDallas\n</parameter>\n<parameter=state>\nTX\n</parameter>\n<parameter=unit>\nfahrenheit\n</parameter>\n</function>\n</tool_call>\n<tool_call>\n<function=get_current_weather>\n<parameter=city>\nOrlando\n</parameter>\n<parameter=state>\nFL\n</parameter>\n<parameter=unit>\nfahrenheit\n</parameter>\n</function>\n</tool_call>",
        tools=("get_current_weather", "calculate_area"),
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
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls[tool_with_typed_params]",
        text='Let me calculate that area for you.<tool_call>\n<function=calculate_area>\n<parameter=shape>\ncircle\n</parameter>\n<parameter=dimensions>\n{"radius": 15.5}\n</parameter>\n<parameter=precision>\n3\n</parameter>\n</function>\n</tool_call>',
        tools=("get_current_weather", "calculate_area"),
        calls=(
            (
                "calculate_area",
                {"shape": "circle", "dimensions": {"radius": 15.5}, "precision": 3},
            ),
        ),
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls_fallback_no_tags (no <tool_call> around the function)",
        text="<function=get_current_weather>\n<parameter=city>\nDallas\n</parameter>\n<parameter=state>\nTX\n</parameter>\n</function>",
        tools=("get_current_weather", "calculate_area"),
        calls=(("get_current_weather", {"city": "Dallas", "state": "TX"}),),
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source='vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls_type_conversion (the source\'s schema says "float", which vLLM reads as a number)',
        text='<tool_call>\n<function=test_types>\n<parameter=int_param>\n42\n</parameter>\n<parameter=float_param>\n3.14\n</parameter>\n<parameter=bool_param>\ntrue\n</parameter>\n<parameter=str_param>\nhello world\n</parameter>\n<parameter=obj_param>\n{"key": "value"}\n</parameter>\n</function>\n</tool_call>',
        tools=("test_types",),
        calls=(
            (
                "test_types",
                {
                    "int_param": 42,
                    "float_param": 3.14,
                    "bool_param": True,
                    "str_param": "hello world",
                    "obj_param": {"key": "value"},
                },
            ),
        ),
        schemas={
            "test_types": {
                "type": "object",
                "properties": {
                    "int_param": {"type": "integer"},
                    "float_param": {"type": "float"},
                    "bool_param": {"type": "boolean"},
                    "str_param": {"type": "string"},
                    "obj_param": {"type": "object"},
                },
            }
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls_anyof_type_conversion (Pydantic v2 anyOf/nullable schemas)",
        text='<tool_call>\n<function=test_anyof>\n<parameter=anyof_int>\n5\n</parameter>\n<parameter=anyof_str>\nhello\n</parameter>\n<parameter=anyof_array>\n["a", "b", "c"]\n</parameter>\n<parameter=anyof_obj>\n{"key": "value"}\n</parameter>\n<parameter=type_as_array>\n42\n</parameter>\n<parameter=multi_non_null>\nsome text\n</parameter>\n</function>\n</tool_call>',
        tools=("test_anyof",),
        calls=(
            (
                "test_anyof",
                {
                    "anyof_int": 5,
                    "anyof_str": "hello",
                    "anyof_array": ["a", "b", "c"],
                    "anyof_obj": {"key": "value"},
                    "type_as_array": 42,
                    "multi_non_null": "some text",
                },
            ),
        ),
        schemas={
            "test_anyof": {
                "type": "object",
                "properties": {
                    "anyof_int": {
                        "anyOf": [{"type": "integer"}, {"type": "null"}],
                        "default": 5,
                    },
                    "anyof_str": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "anyof_array": {
                        "anyOf": [
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "null"},
                        ]
                    },
                    "anyof_obj": {"anyOf": [{"type": "object"}, {"type": "null"}]},
                    "type_as_array": {"type": ["integer", "null"]},
                    "multi_non_null": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "integer"},
                            {"type": "null"},
                        ]
                    },
                },
            }
        },
    ),
    Answer(
        family="qwen3-xml",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls_missing_closing_parameter_tag (the city value never closed; vLLM still reads it)",
        text="Let me check the weather for you:\n<tool_call>\n<function=get_current_weather>\n<parameter=city>\nDallas\n<parameter=state>\nTX\n</parameter>\n<parameter=unit>\nfahrenheit\n</parameter>\n</function>\n</tool_call>",
        tools=("get_current_weather", "calculate_area"),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
        schemas={
            "get_current_weather": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city name"},
                    "state": {"type": "string", "description": "The state code"},
                    "unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                },
                "required": ["city", "state"],
            },
            "calculate_area": {
                "type": "object",
                "properties": {
                    "shape": {"type": "string"},
                    "dimensions": {"type": "object"},
                    "precision": {"type": "integer"},
                },
            },
        },
    ),
    Answer(
        family="qwen3-xml",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testXMLFunctionParser (one line, no <tool_call>)",
        text="<function=get_weather><parameter=location>Tokyo</parameter><parameter=unit>celsius</parameter></function>",
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo", "unit": "celsius"}),),
    ),
    Answer(
        family="qwen3-xml",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testXMLFunctionParserTypeConversion",
        text="<function=set_temperature><parameter=value>25</parameter><parameter=enabled>true</parameter></function>",
        tools=("set_temperature",),
        calls=(("set_temperature", {"value": 25, "enabled": True}),),
        schemas={
            "set_temperature": {
                "properties": {
                    "value": {"type": "integer"},
                    "enabled": {"type": "boolean"},
                }
            }
        },
    ),
    Answer(
        family="qwen3-xml",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testQwen35FormatNoArgs (Qwen3.5)",
        text="<tool_call>\n<function=get_current_datetime>\n</function>\n</tool_call>",
        tools=("get_current_datetime",),
        calls=(("get_current_datetime", {}),),
    ),
    Answer(
        family="qwen3-xml",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testQwen35FormatProcessor (Qwen3.5, chunks joined)",
        text="<tool_call>\n<function=get_weather>\n<parameter=location>\nTokyo\n</parameter>\n</function>\n</tool_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls[single_tool_call] (indented lines)",
        text="<tool_call>get_current_weather\n    <arg_key>city</arg_key>\n    <arg_value>Dallas</arg_value>\n    <arg_key>state</arg_key>\n    <arg_value>TX</arg_value>\n    <arg_key>unit</arg_key>\n    <arg_value>fahrenheit</arg_value>\n    </tool_call>",
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Dallas", "state": "TX", "unit": "fahrenheit"},
            ),
        ),
    ),
    Answer(
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls[multiple_tool_calls]",
        text="<tool_call>get_current_weather\n    <arg_key>city</arg_key>\n    <arg_value>Dallas</arg_value>\n    <arg_key>state</arg_key>\n    <arg_value>TX</arg_value>\n    <arg_key>unit</arg_key>\n    <arg_value>fahrenheit</arg_value>\n    </tool_call>\n    <tool_call>get_current_weather\n    <arg_key>city</arg_key>\n    <arg_value>Orlando</arg_value>\n    <arg_key>state</arg_key>\n    <arg_value>FL</arg_value>\n    <arg_key>unit</arg_key>\n    <arg_value>fahrenheit</arg_value>\n    </tool_call>",
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
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls[tool_call_with_content_before]",
        text="I'll help you check the weather. <tool_call>get_current_weather\n    <arg_key>city</arg_key>\n    <arg_value>Seattle</arg_value>\n    <arg_key>state</arg_key>\n    <arg_value>WA</arg_value>\n    <arg_key>unit</arg_key>\n    <arg_value>celsius</arg_value>\n    </tool_call>",
        tools=("get_current_weather",),
        calls=(
            (
                "get_current_weather",
                {"city": "Seattle", "state": "WA", "unit": "celsius"},
            ),
        ),
    ),
    Answer(
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls_with_thinking_tags",
        text="<think>I want to get the weather.</think>\n\nI will help you get the weather.\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing</arg_value>\n<arg_key>date</arg_key>\n<arg_value>2025-08-01</arg_value>\n</tool_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Beijing", "date": "2025-08-01"}),),
    ),
    Answer(
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls_mixed_content (prose between two calls)",
        text="I will help you get the weather info.\n\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing</arg_value>\n<arg_key>date</arg_key>\n<arg_value>2025-08-01</arg_value>\n</tool_call>\n\nmeaningwhile, I will also check the weather in Shanghai.\n\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Shanghai</arg_value>\n<arg_key>date</arg_key>\n<arg_value>2025-08-01</arg_value>\n</tool_call>",
        tools=("get_weather",),
        calls=(
            ("get_weather", {"city": "Beijing", "date": "2025-08-01"}),
            ("get_weather", {"city": "Shanghai", "date": "2025-08-01"}),
        ),
    ),
    Answer(
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls_empty_arguments",
        text="<tool_call>get_current_time\n</tool_call>",
        tools=("get_current_time",),
        calls=(("get_current_time", {}),),
    ),
    Answer(
        family="glm",
        source="vLLM tests/tool_parsers/test_glm4_moe_tool_parser.py::test_extract_tool_calls_incomplete_tool_call (no </tool_call>: vLLM reads no call)",
        text="<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing</arg_value>\n<arg_key>date</arg_key>\n<arg_value>2025-08-01</arg_value>",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="glm",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGLM4Parser",
        text="<tool_call>get_weather<arg_key>location</arg_key><arg_value>Berlin</arg_value><arg_key>unit</arg_key><arg_value>celsius</arg_value></tool_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Berlin", "unit": "celsius"}),),
    ),
    Answer(
        family="glm",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGLM4FormatProcessor",
        text="<tool_call>search<arg_key>query</arg_key><arg_value>machine learning</arg_value></tool_call>",
        tools=("search",),
        calls=(("search", {"query": "machine learning"}),),
    ),
    Answer(
        family="mistral-args",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testMistralParser (a space before [ARGS])",
        text='[TOOL_CALLS]get_weather [ARGS]{"location": "Paris"}',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Paris"}),),
    ),
    Answer(
        family="mistral-args",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testMistralParserWithCallId ([CALL_ID] between name and [ARGS])",
        text='[TOOL_CALLS]get_weather[CALL_ID]abc123xyz[ARGS]{"location": "Paris"}',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Paris"}),),
    ),
    Answer(
        family="mistral-args",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testMistralParserPreservesStartTagInArguments (the parser is given the text after [TOOL_CALLS]; wrapped here)",
        text='[TOOL_CALLS]get_note[ARGS]{"text": "literal [TOOL_CALLS] marker"}',
        tools=("get_note",),
        calls=(("get_note", {"text": "literal [TOOL_CALLS] marker"}),),
    ),
    Answer(
        family="mistral-args",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testMistralParserPreservesEndTagInArguments (wrapped as above)",
        text='[TOOL_CALLS]get_note[ARGS]{"text": "literal </s> marker"}',
        tools=("get_note",),
        calls=(("get_note", {"text": "literal </s> marker"}),),
    ),
    Answer(
        family="mistral-args",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testMistralFormatProcessor (chunks joined)",
        text='[TOOL_CALLS]get_weather [ARGS]{"location": "Tokyo"}',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="mistral-args",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testMistralFormatProcessorMultipleToolCalls (chunks joined)",
        text='[TOOL_CALLS]get_weather[ARGS]{"location": "Paris"}[TOOL_CALLS]get_time[ARGS]{"timezone": "UTC"}',
        tools=("get_weather", "get_time"),
        calls=(
            ("get_weather", {"location": "Paris"}),
            ("get_time", {"timezone": "UTC"}),
        ),
    ),
    Answer(
        family="kimi",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testKimiK2Parser (no <|tool_call_begin|>/<|tool_call_end|> inside the section)",
        text='<|tool_calls_section_begin|>functions.get_weather:0<|tool_call_argument_begin|>{"location": "London"}<|tool_calls_section_end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "London"}),),
    ),
    Answer(
        family="kimi",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testKimiK2FormatProcessor",
        text='<|tool_calls_section_begin|>functions.search:0<|tool_call_argument_begin|>{"query": "swift"}<|tool_calls_section_end|>',
        tools=("search",),
        calls=(("search", {"query": "swift"}),),
    ),
    Answer(
        family="harmony",
        source="openai/harmony docs/format.md, 'Receiving tool calls' (analysis, then the call)",
        text='<|channel|>analysis<|message|>Need to use function get_weather.<|end|><|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"location":"San Francisco"}<|call|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco"}),),
    ),
    Answer(
        family="harmony",
        source="openai/harmony docs/format.md, 'Preambles' (a commentary action plan for the user, then the call; <|constrain|> right after the recipient)",
        text='<|channel|>analysis<|message|>{long chain of thought}<|end|><|start|>assistant<|channel|>commentary<|message|>**Action plan**:\n1. Generate an HTML file\n2. Generate a JavaScript for the Node.js server\n3. Start the server\n---\nWill start executing the plan step by step<|end|><|start|>assistant<|channel|>commentary to=functions.generate_file<|constrain|>json<|message|>{"template": "basic_html", "path": "index.html"}<|call|>',
        tools=("generate_file",),
        calls=(("generate_file", {"template": "basic_html", "path": "index.html"}),),
    ),
    Answer(
        family="harmony",
        source="openai/harmony src/tests.rs::test_streamable_parser_tool_call_with_constrain_adjacent",
        text='<|start|>assistant<|channel|>commentary to=functions.get_weather<|constrain|>json<|message|>{"latitude":48.8566,"longitude":2.3522}<|call|>',
        tools=("get_weather",),
        calls=(("get_weather", {"latitude": 48.8566, "longitude": 2.3522}),),
    ),
    Answer(
        family="harmony",
        source="openai/harmony src/tests.rs::test_tool_call_with_constrain_marker_adjacent (recipient in the role part, message ended by <|end|>)",
        text='<|start|>assistant to=functions.get_weather<|channel|>commentary<|constrain|>json<|message|>{"location": "Tokyo"}<|end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo"}),),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserBasic",
        text="<|tool_call_start|>[get_weather(location='Paris', unit='celsius')]<|tool_call_end|>",
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Paris", "unit": "celsius"}),),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserObjectWrapperArgument ('LFM2 emits the full parameter object under a properties wrapper key'; unwrapped because the schema has no properties parameter)",
        text='<|tool_call_start|>[get_weather(properties={"location": "Tokyo", "unit": "celsius"})]<|tool_call_end|>',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Tokyo", "unit": "celsius"}),),
        schemas={
            "get_weather": {
                "properties": {
                    "location": {"type": "string"},
                    "unit": {"type": "string"},
                }
            }
        },
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserObjectValuedArgument",
        text='<|tool_call_start|>[configure(settings={"width": 10, "height": 20})]<|tool_call_end|>',
        tools=("configure",),
        calls=(("configure", {"settings": {"width": 10, "height": 20}}),),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserWithoutBrackets",
        text="<|tool_call_start|>current_time(timezone='UTC')<|tool_call_end|>",
        tools=("current_time",),
        calls=(("current_time", {"timezone": "UTC"}),),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserNestedParentheses",
        text="<|tool_call_start|>[run_script(code=\"response = requests.get('https://api.example.com/data')\")] <|tool_call_end|>",
        tools=("run_script",),
        calls=(
            (
                "run_script",
                {"code": "response = requests.get('https://api.example.com/data')"},
            ),
        ),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserMultipleToolsEOS, content1",
        text="<|tool_call_start|>[get_weather(location='Paris'), current_time(timezone=\"UTC\")]<|tool_call_end|>",
        tools=("get_weather", "current_time"),
        calls=(
            ("get_weather", {"location": "Paris"}),
            ("current_time", {"timezone": "UTC"}),
        ),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserMultipleToolsEOS, content2 (two blocks, text between)",
        text="<|tool_call_start|>[get_weather(location='London')]<|tool_call_end|> <text> <|tool_call_start|>[current_time(timezone='UTC')]<|tool_call_end|>",
        tools=("get_weather", "current_time"),
        calls=(
            ("get_weather", {"location": "London"}),
            ("current_time", {"timezone": "UTC"}),
        ),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserDelimitersInsideValue, quoted",
        text="<|tool_call_start|>[notify(note='a)]b')]<|tool_call_end|>",
        tools=("notify",),
        calls=(("notify", {"note": "a)]b"}),),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserPythonLiteralCollections",
        text="<|tool_call_start|>[configure(settings={'location': 'Tokyo', 'enabled': True, 'fallback': None, 'thresholds': [0, 1.5]})]<|tool_call_end|>",
        tools=("configure",),
        calls=(
            (
                "configure",
                {
                    "settings": {
                        "location": "Tokyo",
                        "enabled": True,
                        "fallback": None,
                        "thresholds": [0, 1.5],
                    }
                },
            ),
        ),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserUnschematizedScalars (mode=fast, a bare name, read as the string 'fast')",
        text="<|tool_call_start|>[configure(count=5, ratio=1.5, enabled=True, disabled=False, fallback=None, mode=fast)]<|tool_call_end|>",
        tools=("configure",),
        calls=(
            (
                "configure",
                {
                    "count": 5,
                    "ratio": 1.5,
                    "enabled": True,
                    "disabled": False,
                    "fallback": None,
                    "mode": "fast",
                },
            ),
        ),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserDeclaredStringsRemainStrings (a declared string schema keeps the literal text)",
        text="<|tool_call_start|>[configure(count=5, enabled=True, fallback=None)]<|tool_call_end|>",
        tools=("configure",),
        calls=(("configure", {"count": "5", "enabled": "True", "fallback": "None"}),),
        schemas={
            "configure": {
                "properties": {
                    "count": {"type": "string"},
                    "enabled": {"type": "string"},
                    "fallback": {"type": "string"},
                }
            }
        },
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserTypeConversion (quoted values typed by the schema)",
        text="<|tool_call_start|>[set_temperature(value='25', enabled='true')]<|tool_call_end|>",
        tools=("set_temperature",),
        calls=(("set_temperature", {"value": 25, "enabled": True}),),
        schemas={
            "set_temperature": {
                "properties": {
                    "value": {"type": "integer"},
                    "enabled": {"type": "boolean"},
                }
            }
        },
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testLFM2FormatProcessor",
        text="<|tool_call_start|>[calculator(expression='2+2')]<|tool_call_end|>",
        tools=("calculator",),
        calls=(("calculator", {"expression": "2+2"}),),
    ),
    Answer(
        family="lfm2",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testPythonicParserUnbalancedBracket ('a truncated list is incomplete output, not a call')",
        text="<|tool_call_start|>[notify(note='hi')<|tool_call_end|>",
        tools=("notify",),
        calls=(),
    ),
    Answer(
        family="gemma",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGemmaParser (FunctionGemma, bare values)",
        text="<start_function_call>call:get_weather{location:Paris,unit:celsius}<end_function_call>",
        tools=("get_weather",),
        calls=(("get_weather", {"location": "Paris", "unit": "celsius"}),),
    ),
    Answer(
        family="gemma",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGemmaParserEscapedStrings",
        text="<start_function_call>call:search{query:<escape>hello, world!<escape>}<end_function_call>",
        tools=("search",),
        calls=(("search", {"query": "hello, world!"}),),
    ),
    Answer(
        family="gemma",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGemmaFormatProcessor",
        text="<start_function_call>call:calculator{expression:2+2}<end_function_call>",
        tools=("calculator",),
        calls=(("calculator", {"expression": "2+2"}),),
    ),
    Answer(
        family="gemma",
        source='ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGemma4ParserTypeConversion (Gemma 4 <|tool_call>, <|"|> quotes; id typed by its integer schema)',
        text='<|tool_call>call:mail_read{account:<|"|>me@example.com<|"|>,mailbox:<|"|>INBOX<|"|>,id:<|"|>158348<|"|>}<tool_call|>',
        tools=("mail_read",),
        calls=(
            (
                "mail_read",
                {"account": "me@example.com", "mailbox": "INBOX", "id": 158348},
            ),
        ),
        schemas={
            "mail_read": {
                "properties": {
                    "account": {"type": "string"},
                    "mailbox": {"type": "string"},
                    "id": {"type": "integer"},
                }
            }
        },
    ),
    Answer(
        family="gemma",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGemmaNestedObjectValue (Gemma 4)",
        text='<|tool_call>call:search{filters:{"city":"Paris","limit":1}}<tool_call|>',
        tools=("search",),
        calls=(("search", {"filters": {"city": "Paris", "limit": 1}}),),
    ),
    Answer(
        family="gemma",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testGemma4FormatProcessor",
        text='<|tool_call>call:get_weather{city:<|"|>Tokyo<|"|>}<tool_call|>',
        tools=("get_weather",),
        calls=(("get_weather", {"city": "Tokyo"}),),
    ),
    Answer(
        family="gemma",
        source="google-gemini/gemma-cookbook Gemma/[Gemma_3]Function_Calling_Routing_and_Monitoring_using_Gemma_Google_Genai.ipynb, cell 56 (prose naming the tool, then ```tool_code)",
        text='Okay, I understand. The user is asking a general knowledge question about Messi. Since this isn\'t related to Vibe coding specifically, I should use the `web_search` tool to find information about him.\n\n```tool_code\nweb_search(query="who is Messi?")\n```\n',
        tools=("retrieve_docs", "web_search"),
        calls=(("web_search", {"query": "who is Messi?"}),),
    ),
    Answer(
        family="gemma",
        source="google-gemini/gemma-cookbook Gemma/[Gemma_3]Function_Calling_with_HF_document_summarizer.ipynb, cell 23 (the call assigned to a variable and printed)",
        text="\nOkay, I can help with that. I will read the file \"notes.txt\" and provide a summary of its contents.\n\n```tool_code\nsummary = read_file(filename='notes.txt')\nprint(summary)\n```\n",
        tools=("read_file",),
        calls=(("read_file", {"filename": "notes.txt"}),),
    ),
    Answer(
        family="gemma",
        source="google-gemini/gemma-cookbook Gemma/[Gemma_3]Chess.ipynb, cell 18 (the model turn; the call wrapped in print())",
        text="Okay, let's figure out the best move for Black!\n\n```tool_code\nprint(get_best_move())\n```",
        tools=("get_best_move",),
        calls=(("get_best_move", {}),),
    ),
    Answer(
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::TEST_CASES simple_nonstreaming",
        text="<function_calls>get_weather(city='San Francisco', metric='celsius')</function_calls>",
        tools=("get_weather", "register_user"),
        calls=(("get_weather", {"city": "San Francisco", "metric": "celsius"}),),
    ),
    Answer(
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::TEST_CASES more_types_nonstreaming (Python literals)",
        text="<function_calls>register_user(name='John Doe', age=37, address={'city': 'San Francisco', 'state': 'CA'}, role=None, passed_test=True, aliases=['John', 'Johnny'])</function_calls>",
        tools=("get_weather", "register_user"),
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
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::TEST_CASES more_types_nonstreaming_json_literals (null/true)",
        text="<function_calls>register_user(name='John Doe', age=37, address={'city': 'San Francisco', 'state': 'CA'}, role=null, passed_test=true, aliases=['John', 'Johnny'])</function_calls>",
        tools=("get_weather", "register_user"),
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
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::TEST_CASES escaped_string_nonstreaming",
        text="<function_calls>get_weather(city='Martha\\'s Vineyard', metric='\\\"cool units\\\"')</function_calls>",
        tools=("get_weather",),
        calls=(
            ("get_weather", {"city": "Martha's Vineyard", "metric": '"cool units"'}),
        ),
    ),
    Answer(
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::test_streaming_tool_call_with_large_steps (three calls, one per line; deltas joined)",
        text="<function_calls>get_weather(city='San Francisco', metric='celsius')\nget_weather()\ndo_something_cool(steps=[])</function_calls>",
        tools=("get_weather", "do_something_cool"),
        calls=(
            ("get_weather", {"city": "San Francisco", "metric": "celsius"}),
            ("get_weather", {}),
            ("do_something_cool", {"steps": []}),
        ),
    ),
    Answer(
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::TEST_CASES empty_dict_nonstreaming",
        text="<function_calls>do_something_cool(additional_data={})</function_calls>",
        tools=("do_something_cool",),
        calls=(("do_something_cool", {"additional_data": {}}),),
    ),
    Answer(
        family="olmo",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::test_streaming_mismatched_brackets_reported_once (brackets the model got wrong: no call)",
        text="<function_calls>foo(x=1])</function_calls>",
        tools=("foo",),
        calls=(),
    ),
    Answer(
        family="cohere",
        source="vLLM tests/tool_parsers/test_cohere_command_tool_parser.py::TOOL_CALL_CASES cmd3-single_tool_call (same text as cmd4-single_tool_call)",
        text='<|START_THINKING|> i will call foo with query1<|END_THINKING|><|START_ACTION|>\n[\n    {"tool_call_id": "0", "tool_name": "foo", "parameters": {"query": "query1"}}\n]\n<|END_ACTION|>',
        tools=("foo", "bar"),
        calls=(("foo", {"query": "query1"}),),
    ),
    Answer(
        family="cohere",
        source="vLLM tests/tool_parsers/test_cohere_command_tool_parser.py::TOOL_CALL_CASES cmd3-multiple_tool_calls",
        text='<|START_THINKING|>first I think about foo<|END_THINKING|><|START_ACTION|>\n[\n    {"tool_call_id": "0", "tool_name": "foo", "parameters": {"query": "query1"}},\n    {"tool_call_id": "1", "tool_name": "bar", "parameters": {"x": 42}}\n]\n<|END_ACTION|>',
        tools=("foo", "bar"),
        calls=(("foo", {"query": "query1"}), ("bar", {"x": 42})),
    ),
    Answer(
        family="cohere",
        source="docs.rs tool-parser parsers::cohere module docs (https://docs.rs/tool-parser/latest/tool_parser/parsers/cohere/index.html), Format: a response, then one action object not in a list",
        text='<|START_RESPONSE|>Let me help with that.<|END_RESPONSE|>\n<|START_ACTION|>\n{"tool_name": "search", "parameters": {"query": "rust programming"}}\n<|END_ACTION|>',
        tools=("search", "get_weather"),
        calls=(("search", {"query": "rust programming"}),),
    ),
    Answer(
        family="cohere",
        source="docs.rs tool-parser parsers::cohere module docs, Format: 'Or for multiple tool calls'",
        text='<|START_ACTION|>\n[\n{"tool_name": "search", "parameters": {"query": "rust"}},\n{"tool_name": "get_weather", "parameters": {"city": "Paris"}}\n]\n<|END_ACTION|>',
        tools=("search", "get_weather"),
        calls=(("search", {"query": "rust"}), ("get_weather", {"city": "Paris"})),
    ),
    Answer(
        family="granite",
        source="vLLM tests/tool_parsers/test_granite4_tool_parser.py::test_tool_call_parser_complex (text reassembled from the test: Granite 4 <tool_call> JSON, the bbox arguments written as a JSON string)",
        text='Here goes the bbox call: \n<tool_call> {"name": "find_bbox", "arguments": "{\\"coordinates\\": [[23.54, 43.1], [-12.2, 54.3], [4, 5]], \\"coordinate_type\\": \\"latlong\\"}"} </tool_call> Now the stock price call: \n <tool_call> {"name": "get_stock_price", "arguments": {"symbol": "AAPL", "start_date": "2021-01-01", "end_date": "2021-12-31"}} </tool_call> Now another bbox call: \n <tool_call> {"name": "find_bbox", "arguments": "{\\"coordinates\\": [[23.54, 43.1], [-12.2, 54.3], [4, 5]], \\"coordinate_type\\": \\"latlong\\"}"} </tool_call> See? I\'m a helpful assistant.',
        tools=("find_bbox", "get_stock_price"),
        calls=(
            (
                "find_bbox",
                {
                    "coordinates": [[23.54, 43.1], [-12.2, 54.3], [4, 5]],
                    "coordinate_type": "latlong",
                },
            ),
            (
                "get_stock_price",
                {
                    "symbol": "AAPL",
                    "start_date": "2021-01-01",
                    "end_date": "2021-12-31",
                },
            ),
            (
                "find_bbox",
                {
                    "coordinates": [[23.54, 43.1], [-12.2, 54.3], [4, 5]],
                    "coordinate_type": "latlong",
                },
            ),
        ),
    ),
    Answer(
        family="granite",
        source="vLLM tests/tool_parsers/test_granite4_tool_parser.py::test_streaming_preserves_content_between_complete_tool_calls (deltas joined)",
        text='<tool_call> {"name": "find_bbox", "arguments": {}} </tool_call>some explanation <tool_call> {"name": "get_stock_price", "arguments": {}} </tool_call>',
        tools=("find_bbox", "get_stock_price"),
        calls=(("find_bbox", {}), ("get_stock_price", {})),
    ),
    Answer(
        family="granite",
        source="vLLM tests/tool_parsers/test_granite_pythonic_tool_parser.py::TestExtractToolCalls::test_single_call (Granite pythonic: a bare call)",
        text='get_weather(location="San Francisco", unit="celsius")',
        tools=("get_weather", "search_web", "list_files"),
        calls=(("get_weather", {"location": "San Francisco", "unit": "celsius"}),),
    ),
    Answer(
        family="granite",
        source="vLLM tests/tool_parsers/test_granite_pythonic_tool_parser.py::TestExtractToolCalls::test_multiple_calls (one per line)",
        text='get_weather(location="Paris")\nsearch_web(query="vLLM release notes")',
        tools=("get_weather", "search_web", "list_files"),
        calls=(
            ("get_weather", {"location": "Paris"}),
            ("search_web", {"query": "vLLM release notes"}),
        ),
    ),
    Answer(
        family="granite",
        source="vLLM tests/tool_parsers/test_granite_pythonic_tool_parser.py::TestExtractToolCalls::test_no_args_call",
        text="list_files()",
        tools=("get_weather", "search_web", "list_files"),
        calls=(("list_files", {}),),
    ),
    Answer(
        family="granite",
        source="vLLM tests/tool_parsers/test_granite_pythonic_tool_parser.py::TestExtractToolCalls::test_mixed_content_and_call",
        text='Sure, let me check the weather.\nget_weather(location="London")',
        tools=("get_weather", "search_web", "list_files"),
        calls=(("get_weather", {"location": "London"}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use",
        text='Thought: I need to use a tool to help me answer the question.\nAction: add\nAction Input: {"a": 1, "b": 1}\n',
        tools=("add", "multiply"),
        calls=(("add", {"a": 1, "b": 1}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use_multiline (blank lines between the parts)",
        text='Thought: I need to use a tool to help me answer the question.\n\nAction: add\n\n\n\nAction Input: {"a": 1, "b": 1}\n',
        tools=("add", "multiply"),
        calls=(("add", {"a": 1, "b": 1}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use_with_nested_dicts",
        text='Thought: Gotta use a tool.\nAction: tool\nAction Input: {"a": 1, "b": {}}\n',
        tools=("tool",),
        calls=(("tool", {"a": 1, "b": {}}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use_ (the input wrapped in QueryEngineTool(...))",
        text='Thought: I need to use a tool to help me answer the question.\nAction: add\nAction Input: QueryEngineTool({"a": 1, "b": 1})\n',
        tools=("add", "multiply"),
        calls=(("add", {"a": 1, "b": 1}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use_extra_action_output (a gloss after the tool name)",
        text='Thought: I need to use a tool to help me answer the question.\nAction: add (add two numbers)\nAction Input: {"a": 1, "b": 1}\n',
        tools=("add", "multiply"),
        calls=(("add", {"a": 1, "b": 1}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use_multiline_action_input",
        text='Thought: I need to use a tool to help me answer the question.\nAction: add\nAction Input: {\n    "a": 1,\n    "b": 1\n}\n',
        tools=("add", "multiply"),
        calls=(("add", {"a": 1, "b": 1}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_tool_use_with_Chinese_characters",
        text='Thought: I need to use a tool to help me answer the question.\n\nAction: 加法\n\nAction Input: {"a": 1, "b": 1}\n',
        tools=("加法",),
        calls=(("加法", {"a": 1, "b": 1}),),
    ),
    Answer(
        family="variants",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_parse_action_reasoning_step (a Python dict with a comment, prose after it)",
        text="Thought: Gotta use a tool.\nAction: tool\nAction Input: {'pages': ['coffee'] /* comment */, 'load_kwargs': {}, 'query_str': ''}, along those lines.\n",
        tools=("tool",),
        calls=(("tool", {"pages": ["coffee"], "load_kwargs": {}, "query_str": ""}),),
    ),
    Answer(
        family="variants",
        source="shape from cpacker/MemGPT memgpt/local_llm/llm_chat_completion_wrappers/airoboros.py, Airoboros21Wrapper docstring 'Airoboros output'",
        text='{\n  "function": "send_message",\n  "params": {\n    "message": "Hello there! I am Sam, an AI developed by Liminal Corp. How can I assist you today?"\n  }\n}',
        tools=("send_message", "core_memory_append"),
        calls=(
            (
                "send_message",
                {
                    "message": "Hello there! I am Sam, an AI developed by Liminal Corp. How can I assist you today?"
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="letta letta/llm_api/deepseek.py, convert_deepseek_response_to_chatcompletion docstring 'Example response from DeepSeek' (deepseek-reasoner message content; copy read from astrotalk-labs/letta)",
        text='{"function": "send_message", "arguments": {"message": "Hey! Whales are such majestic creatures, aren\'t they? How\'s your day going? 🌊 "}}',
        tools=("send_message",),
        calls=(
            (
                "send_message",
                {
                    "message": "Hey! Whales are such majestic creatures, aren't they? How's your day going? 🌊 "
                },
            ),
        ),
    ),
    Answer(
        family="variants",
        source="gamemaker1/gemma3-function-calling-tutorial generate.ipynb, cell 8 (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='```thinking\nOkay, I need to find the weather in Pune. The user wants me to use the `wttr.in/<place>` API. Since I don\'t have direct access to external APIs, I need to use `run_python_code` to make a request to this API. Also, the user explicitly asked me to install the `requests` library before using it, so I should do that first. I will use `install_pip_packages` to install the `requests` library, and then I will use `run_python_code` to fetch the weather.\n```\n\n```function_call\n{\n\t"id": "1",\n\t"function": "install_pip_packages",\n\t"parameters": {\n\t\t"packages": [\n\t\t\t"requests"\n\t\t]\n\t}\n}\n```',
        tools=("run_python_code", "install_pip_packages", "run_shell_command"),
        calls=(("install_pip_packages", {"packages": ["requests"]}),),
    ),
    Answer(
        family="variants",
        source="gamemaker1/gemma3-function-calling-tutorial generate.ipynb, cell 10 (Python code inside a JSON string) (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='```thinking\nThe `install_pip_packages` function call was successful (empty result indicates success). Now I can proceed to fetch the weather using `run_python_code`. I will construct a Python script to use the `requests` library to access the `wttr.in/Pune` API and print the response.\n```\n\n```function_call\n{\n\t"id": "2",\n\t"function": "run_python_code",\n\t"parameters": {\n\t\t"code": "import requests\\n\\ntry:\\n    response = requests.get(\'http://wttr.in/Pune\')\\n    response.raise_for_status()  # Raise HTTPError for bad responses (4xx or 5xx)\\n    print(response.text)\\nexcept requests.exceptions.RequestException as e:\\n    print(f\\"An error occurred: {e}\\")"\n\t}\n}\n```',
        tools=("run_python_code", "install_pip_packages", "run_shell_command"),
        calls=(
            (
                "run_python_code",
                {
                    "code": "import requests\n\ntry:\n    response = requests.get('http://wttr.in/Pune')\n    response.raise_for_status()  # Raise HTTPError for bad responses (4xx or 5xx)\n    print(response.text)\nexcept requests.exceptions.RequestException as e:\n    print(f\"An error occurred: {e}\")"
                },
            ),
        ),
    ),
    Answer(
        family="pythonic2",
        source="meta-llama/llama-stack tests/unit/models/test_decode_assistant_message.py, test_content['llama4_content']",
        text='I\'ll help you get the weather information.\n\n[get_weather(location="San Francisco, CA")]',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco, CA"}),),
    ),
    Answer(
        family="pythonic2",
        source="shape from the OpenAI function-calling guide (function names may contain hyphens: ^[a-zA-Z0-9_-]{1,64}$) written in the Llama 3.2 pythonic format after a sentence",
        text="I'll check: [get-weather(city='Paris')]",
        tools=("get-weather",),
        calls=(("get-weather", {"city": "Paris"}),),
    ),
    Answer(
        family="pythonic2",
        source="shape from the OpenAI function-calling guide (hyphenated names) and Llama 3.2 parallel pythonic calls, several lists in one answer",
        text='First the weather: [get-weather(city="Paris")]\nThen the time there: [get-local-time(timezone="Europe/Paris"), get-weather(city="Lyon")]',
        tools=("get-weather", "get-local-time"),
        calls=(
            ("get-weather", {"city": "Paris"}),
            ("get-local-time", {"timezone": "Europe/Paris"}),
            ("get-weather", {"city": "Lyon"}),
        ),
    ),
    Answer(
        family="ordinary",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testJSONFormatProcessorNonToolJSONStaysText",
        text='{"status": "ok", "data": {"value": 42}}',
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testJSONFormatProcessorMissingArgumentsStaysText",
        text='{"name": "not_a_tool_call_payload"}',
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="ml-explore/mlx-swift-lm Tests/MLXLMTests/ToolTests.swift::testJSONFormatProcessorBraceTextNotToolCall (chunks joined)",
        text="Use {x} notation",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vLLM tests/tool_parsers/test_cohere_command_tool_parser.py::TOOL_CALL_CASES cmd3-citations_no_tool_calls (Command A citations, no action)",
        text="<|START_THINKING|>This is a rainbow <co>emoji: 🌈</co: 0:[1]><|END_THINKING|>\n<|START_RESPONSE|>foo <co>bar</co: 0:[1,2],1:[3,4]><|END_RESPONSE|>",
        tools=("foo", "bar"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vLLM tests/tool_parsers/test_cohere_command_tool_parser.py::TOOL_CALL_CASES cmd3-reasoning_only",
        text="<|START_THINKING|>just think, no response<|END_THINKING|>",
        tools=("foo", "bar"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="openai/harmony src/tests.rs::test_missing_message_token_requires_non_strict_mode (a commentary message with no recipient)",
        text="<|channel|>commentary Hello<|end|>",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vLLM tests/tool_parsers/test_granite_pythonic_tool_parser.py::TestExtractToolCalls::test_plain_text_passthrough",
        text="I don't need to call any tools to answer this.",
        tools=("get_weather", "search_web", "list_files"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_final_response",
        text="Thought: I have enough information to answer the question without using any more tools.\nAnswer: 2\n",
        tools=("add", "multiply"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="run-llama/llama_index llama-index-core/tests/agent/react/test_react_output_parser.py::test_extract_final_response_multiline_answer",
        text="Thought: I have enough information to answer the question without using any more tools.\nAnswer: Here is the answer:\n\nThis is the second line.\n",
        tools=("add", "multiply"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="google-gemini/gemma-cookbook Gemma/[Gemma_3]Chess.ipynb, cell 19 (the model's answer after the tool output; no call)",
        text="Okay! The best move for Black is to move their knight from E5 to G4.\n\nImagine the knight is a little horse jumping over the board. It can jump over other pieces! This move puts the horse in a good spot to attack White's king and maybe even take some of their pieces. It's like a surprise attack!",
        tools=("get_best_move",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="gamemaker1/gemma3-function-calling-tutorial generate.ipynb, cell 12 (a long Markdown explanation with backticked escape codes and apostrophes) (gemma3:27b via Ollama; restored from the notebook's rendering, which turns the model's ```thinking block into <blockquote> and its ```function_call fence into ```json, by render_markdown in cell 3)",
        text='This is a beautifully formatted weather report presented as a text-based UI. Here\'s a breakdown of the information and its visual elements:\n\n**Overall Structure:**\n\n*   **Framing:** The report is enclosed within a border created using Unicode box-drawing characters (like `\\u251c`, `\\u2514`, `\\u2500`, `\\u253c`). This gives it a visual "card" appearance.\n*   **Multi-Section:** It\'s divided into several sections using borders, effectively creating rows and columns.\n*   **Time Slots:** The main sections clearly delineate time slots: "Morning," "Noon," "Evening," and "Night."\n*   **Date:** The date "Sat 28 Jun" is prominently displayed.\n*   **Location:** Provides the location "Pune, Maharashtra, 411001, India" and geographical coordinates.\n\n**Information Displayed:**\n\n*   **Weather Icons:**  Uses Unicode characters to represent weather conditions (e.g., `_\'/"".-.` representing a cloud or rain).\n*   **Temperature:** Shows both high and low temperatures in Celsius (e.g., `+23(+25)`).\n*   **Wind Speed:** Displays wind speed in km/h (e.g., `18-21 km/h`).\n*   **Humidity:**  Shows humidity level (e.g., `0.0 mm | 71%`).\n*   **Precipitation:**  Indicates precipitation amount, if any.\n*   **Sun/Moon Information:** Although not explicitly stated, the time slots suggest the report considers daytime and nighttime conditions.\n\n**Color & Styling:**\n\n*   **ANSI Escape Codes:** The report utilizes ANSI escape codes (e.g., `\\u001b[46m\\u001b[30m`) for color and styling:\n    *   `\\u001b[46m`: Sets the background color to cyan.\n    *   `\\u001b[30m`: Sets the text color to black.\n    *   `\\u001b[0m`: Resets the colors to default.  This is used to end the colored text.\n\n**Specific Notes**\n\n*   **Unicode Box-Drawing:** The report expertly leverages Unicode box-drawing characters to create a visually appealing and structured layout, even within a text-only environment.\n*   **Clear and Concise:** The information is presented in a clear and concise manner.\n*   **Social Media Link:** Includes a link to the developer\'s Twitter account for updates.\n*   **Location Details:** Latitude and longitude coordinates are provided for precise location.\n\n**How to View Correctly:**\n\nTo view this report correctly, you need a terminal or text editor that supports Unicode characters and ANSI escape codes.  Most modern terminals (like those on Linux, macOS, and newer versions of Windows) will render this report as intended.\n\nThis is a well-designed and aesthetically pleasing way to present weather information in a terminal-based application. It\'s a creative use of text-based UI elements.\n',
        tools=("run_python_code", "install_pip_packages", "run_shell_command"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vLLM tests/tool_parsers/test_kimi_k2_tool_parser.py::TestExtractToolCalls::test_no_tools",
        text="This is a test",
        tools=("get_weather",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vLLM tests/tool_parsers/test_qwen3coder_tool_parser.py::test_extract_tool_calls_no_tools",
        text="This is a test response without any tool calls",
        tools=("get_current_weather", "calculate_area"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="vLLM tests/tool_parsers/test_olmo3_tool_parser.py::test_no_tool_call",
        text="How can I help you today?",
        tools=("get_weather",),
        calls=(),
    ),
    # ------------------------------------------ ordinary: near-miss answers
    # As in DEVELOPMENT's near misses, from other documents and patterns.
    _ordinary(
        _CPP_15012 + " (the <tool_call> tag named in prose)",
        "Qwen3-Coder uses a completely custom XML format for both defining and calling tools.\nQwen3-Instruct uses standard JSON for tool definitions and expects JSON output from the model, wrapped in a simple\n<tool_call> tag.",
        ("search_products",),
    ),
    _ordinary(
        _CPP_15012
        + " ('Key Takeaway': <function=...> and <parameter=...> in prose, footnote markers)",
        "Key Takeaway: The entire call is structured with custom XML tags like <function=...> and <parameter=...> [2]. This is why it fails in systems that expect JSON, causing parsing errors [1].",
        ("search_products",),
    ),
    _ordinary(
        "run-llama/llama_index llama-index-core/llama_index/core/agent/react/templates/system_header_template.md, 'Output Format' (adapted: {tool_names} filled in, {{ }} unescaped; a model restating its format in a bare fence)",
        'Please answer in the same language as the question and use the following format:\n\n```\nThought: The current language of the user is: (user\'s language). I need to use a tool to help me answer the question.\nAction: tool name (one of add, multiply) if using a tool.\nAction Input: the input to the tool, in a JSON format representing the kwargs (e.g. {"input": "hello world", "num_beams": 5})\n```',
        ("add", "multiply"),
    ),
    _ordinary(
        "pattern: the ReAct format with an example object after 'Action Input:', in a ```markdown fence",
        'Tell the model:\n\n```markdown\nAction: add\nAction Input: {"a": 2, "b": 3}\n```\n\nand stop generating at "Observation:".',
        ("add", "multiply"),
    ),
    _ordinary(
        "pattern: ReAct's Action line quoted in a sentence, a JSON object quoted after it",
        'The parser looks for a line starting with "Action:" (say, Action: multiply) and then for Action Input, which must be JSON like {"a": 6, "b": 7} or it gives up.',
        ("add", "multiply"),
    ),
    _ordinary(
        "pattern: Markdown bullets '- Action: NAME' in a how-to",
        "Steps the agent took:\n\n- Action: add — summed the two invoices\n- Action: multiply — applied the tax rate\n- Final Answer: 1,234.50",
        ("add", "multiply"),
    ),
    _ordinary(
        "pattern: a heading '### Action: NAME' in a README-like answer",
        "### Action: multiply\n\nTakes `a` and `b` and returns their product. Use `add` for sums.",
        ("add", "multiply"),
    ),
    _ordinary(
        "pattern: Qwen3 XML <function=NAME><parameter=K> in a ```python string",
        'Test it with a raw string:\n\n```python\nraw = "<tool_call>\\n<function=search_web>\\n<parameter=query>\\nrust async\\n</parameter>\\n</function>\\n</tool_call>"\nassert parse(raw)[0].name == "search_web"\n```',
        ("search_web",),
    ),
    _ordinary(
        "pattern: <function=NAME> quoted mid-sentence, no backticks",
        'The model kept writing "<function=search_web>" with nothing after it, so nothing ran.',
        ("search_web",),
    ),
    _ordinary(
        "pattern: Qwen3 XML parameters in an ```html fence of a blog post",
        "The raw output was:\n\n```html\n<function=search_web>\n<parameter=query>best hiking boots</parameter>\n</function>\n```\n\nwhich the UI rendered as broken HTML.",
        ("search_web",),
    ),
    _ordinary(
        "pattern: GLM <arg_key>/<arg_value> tags quoted in prose, unfenced and without backticks",
        "Each argument becomes an <arg_key> and an <arg_value>, so search_web's query is written as <arg_key>query</arg_key> followed by its value.",
        ("search_web",),
    ),
    _ordinary(
        "pattern: a whole GLM call in a ```js string",
        "```js\nconst sample = '<tool_call>search_web<arg_key>query</arg_key><arg_value>rust</arg_value></tool_call>';\nconsole.log(parseGlm(sample));\n```",
        ("search_web",),
    ),
    _ordinary(
        "pattern: Harmony channels explained in a bulleted list with backticks",
        "gpt-oss writes to three channels:\n\n* `analysis` for its reasoning,\n* `commentary` for tool calls such as `to=functions.get_stock_price`,\n* `final` for the answer you show.",
        ("get_stock_price",),
    ),
    _ordinary(
        "pattern: a Harmony message in a ```text fence",
        'The raw completion:\n\n```text\n<|start|>assistant<|channel|>commentary to=functions.get_stock_price <|constrain|>json<|message|>{"ticker": "AAPL"}<|call|>\n```\n\nThe `to=` part is the recipient.',
        ("get_stock_price",),
    ),
    _ordinary(
        "pattern: Harmony's recipient quoted mid-sentence",
        "When the header says to=functions.get_stock_price the message is a call; without it, it is a preamble.",
        ("get_stock_price",),
    ),
    _ordinary(
        "pattern: [TOOL_CALLS] explained in prose with a list in backticks",
        'Older Mistral models write `[TOOL_CALLS] [{"name": "get_stock_price", "arguments": {"ticker": "AAPL"}}]`; newer ones put the name before `[ARGS]`.',
        ("get_stock_price",),
    ),
    _ordinary(
        "pattern: [TOOL_CALLS] inside a ```rust fence",
        '```rust\nconst TOOL_CALLS: &str = "[TOOL_CALLS]";\nlet call = format!("{TOOL_CALLS}get_stock_price[ARGS]{}", args);\n```',
        ("get_stock_price",),
    ),
    _ordinary(
        "pattern: Kimi's functions.NAME:IDX id in a table",
        "| Id | Tool | Index |\n|---|---|---|\n| functions.read_file:0 | read_file | 0 |\n| functions.read_file:1 | read_file | 1 |",
        ("read_file",),
    ),
    _ordinary(
        "pattern: a Kimi id in a ```go fence",
        '```go\nid := "functions.read_file:0"\nname := strings.Split(strings.TrimPrefix(id, "functions."), ":")[0]\n```',
        ("read_file",),
    ),
    _ordinary(
        "pattern: 'functions.' in sentences, file names and module paths",
        "Open functions.ts and utils/functions.py; read_file is imported from app.functions.io in both.",
        ("read_file",),
    ),
    _ordinary(
        "pattern: DeepSeek's tool tokens named in a sentence, no backticks",
        "DeepSeek wraps each call in <｜tool▁call▁begin｜> and <｜tool▁call▁end｜>, and the name read_file sits after the separator.",
        ("read_file",),
    ),
    _ordinary(
        "pattern: Granite's <|tool_call|> token explained in backticks",
        'Granite 3 prefixes its list with `<|tool_call|>`, as in `<|tool_call|>[{"name": "read_file", "arguments": {"path": "a.txt"}}]`.',
        ("read_file",),
    ),
    _ordinary(
        "pattern: Gemma's ```tool_code convention explained, the call in a ```python fence",
        'Gemma 3 expects calls in a `tool_code` fence; in ordinary Python you would write:\n\n```python\ncontent = read_file(path="notes.txt")\n```',
        ("read_file",),
    ),
    _ordinary(
        "pattern: Claude's <invoke> XML quoted in a ```xml fence with a comment saying it is an example of a format",
        'For reference, the shape Anthropic documents (an example, not a request):\n\n```xml\n<!-- example -->\n<invoke name="read_file" version="2">\n  <param>notes.txt</param>\n</invoke>\n```',
        ("read_file",),
    ),
    _ordinary(
        "pattern: an XML config with <parameter=...>-like keys in a ```xml fence",
        "```xml\n<settings>\n  <parameter=timeout>30</parameter>\n  <parameter=retries>3</parameter>\n</settings>\n```\nThis is why read_file timed out.",
        ("read_file",),
    ),
    # code in other languages' fences
    _ordinary(
        "pattern: a call with keyword arguments in a ```python fence after a sentence ending in a colon",
        'Here is the code:\n```python\nsend_email(to="ana@example.com", subject="Hi", body="See you")\n```',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a pythonic list in a ```python fence",
        '```python\ncalls = [send_email(to="ana@example.com", subject="Hi")]\n```',
        ("send_email",),
    ),
    _ordinary(
        "pattern: JSON call objects in a ```js array",
        '```js\nconst queue = [\n  {"name": "send_email", "arguments": {"to": "ana@example.com"}},\n  {"name": "send_email", "arguments": {"to": "bo@example.com"}},\n];\n```',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a JSON call object in a ```bash fence (a curl body)",
        '```bash\ncurl -X POST localhost:8000/run -d \'{"name": "send_email", "arguments": {"to": "ana@example.com"}}\'\n```',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a Go struct literal naming a tool in a ```go fence",
        '```go\ncall := ToolCall{Name: "send_email", Arguments: map[string]any{"to": "ana@example.com"}}\n```',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a YAML tool definition in a ```yaml fence",
        "```yaml\ntools:\n  - name: send_email\n    parameters:\n      to: {type: string}\n      subject: {type: string}\n```",
        ("send_email",),
    ),
    # bare calls in prose and code
    _ordinary(
        "pattern: bare calls as examples in a list, each followed by prose",
        '- send_email(to="ana@example.com") sends a blank message\n- send_email(to="ana@example.com", subject="Hi") adds a subject',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a bare call on its own line between paragraphs",
        'First build the message.\n\nsend_email(to="ana@example.com", subject="Hi")\n\nThen check the outbox: if the call failed, nothing is there.',
        ("send_email",),
    ),
    _ordinary(
        "pattern: an unfenced Python def with a body",
        "def send_email(to, subject, body=''):\n    smtp.send(to, subject, body)\n    return True",
        ("send_email",),
    ),
    _ordinary(
        "pattern: a positional call site, unfenced, alone on the line",
        'send_email("ana@example.com", "Hi", "See you at 5")',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a call inside a condition, unfenced",
        'if send_email(to="ana@example.com", subject="Hi"):\n    print("sent")',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a call awaited in a line of JavaScript, unfenced",
        'const ok = await send_email({to: "ana@example.com"});',
        ("send_email",),
    ),
    _ordinary(
        "pattern: a call chained with a method, unfenced",
        'calculate(expression="2+2").result',
        ("calculate",),
    ),
    _ordinary(
        "pattern: a call inside a sentence after 'try'",
        'Try calculate(expression="2*21") and you\'ll get 42.',
        ("calculate",),
    ),
    _ordinary(
        "pattern: a call in a Python REPL transcript, unfenced",
        '>>> calculate(expression="2*21")\n42\n>>> calculate(expression="1/0")\nZeroDivisionError',
        ("calculate",),
    ),
    _ordinary(
        "pattern: a call followed by an arithmetic operator on its line",
        'calculate(expression="2+2") + 1 is 5.',
        ("calculate",),
    ),
    _ordinary(
        "pattern: screenplay, a stage direction naming a call",
        'INT. OFFICE - NIGHT\n\nMAYA types: calculate(expression="19*23"). The screen flickers.\n\nMAYA\n(whispering)\nFour hundred thirty-seven.',
        ("calculate",),
    ),
    # JSON that is data, not a call
    _ordinary(
        "pattern: a JSON Schema of a tool's input, unfenced",
        '{"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: order records in a ```json fence",
        'The orders lookup_order returned:\n\n```json\n[{"id": 1, "title": "Boots", "status": "shipped"}, {"id": 2, "title": "Socks", "status": "pending"}]\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a conversation as role/content messages in a ```json fence",
        '```json\n[\n  {"role": "system", "content": "You can call lookup_order."},\n  {"role": "user", "content": "Where is order 42?"}\n]\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: OpenAI's tools array alone, in a bare fence",
        'Declare the tool:\n\n```\n"tools": [{"type": "function", "function": {"name": "lookup_order", "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}}]\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: LangChain's Final Answer action in a ```json fence after a Thought",
        'Thought: I know the status now.\n```json\n{"action": "Final Answer", "action_input": "Order 42 was shipped; lookup_order confirms it."}\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a tool definition in Anthropic's shape, name and input_schema",
        '{"name": "lookup_order", "description": "Find an order by id", "input_schema": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a bare list of name-only entries naming tools that require arguments",
        'I can use these: [{"name": "lookup_order"}, {"name": "cancel_order"}]. Which order do you mean?',
        ("lookup_order", "cancel_order"),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: name-only entries listing tools that require arguments, a bare fence, first thing in the answer",
        '```\n[{"name": "lookup_order"}, {"name": "cancel_order"}]\n```',
        ("lookup_order", "cancel_order"),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a tool-usage log as JSON lines with extra keys",
        '{"tool": "lookup_order", "calls": 12, "errors": 0}\n{"tool": "cancel_order", "calls": 3, "errors": 1}',
        ("lookup_order", "cancel_order"),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        'pattern: collection.find({"name": ...}) in a line of JavaScript',
        'const doc = await tools.findOne({"name": "lookup_order"});',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    # Markdown and HTML
    _ordinary(
        "pattern: a Markdown table whose cells hold calls",
        '| Call | Result |\n|---|---|\n| translate(text="hi", to="fr") | salut |\n| translate(text="bye", to="de") | tschüss |',
        ("translate",),
    ),
    _ordinary(
        "pattern: a Markdown link with a call as its text",
        "See [translate(text, to)](https://example.com/api#translate) for the signature.",
        ("translate",),
    ),
    _ordinary(
        "pattern: footnotes after a sentence naming a tool, one footnote holding a call",
        'The translate tool handles 40 languages.[^1]\n\n[^1]: e.g. translate(text="hi", to="fr") gives "salut".',
        ("translate",),
    ),
    _ordinary(
        "pattern: HTML with <br> and a <code> call",
        'Type <code>translate(text="hi", to="fr")</code> in the console.<br>It prints <i>salut</i>.',
        ("translate",),
    ),
    _ordinary(
        "pattern: a <details> block holding a ```json schema",
        '<details>\n<summary>translate schema</summary>\n\n```json\n{"type": "object", "properties": {"text": {"type": "string"}, "to": {"type": "string"}}}\n```\n</details>',
        ("translate",),
    ),
    _ordinary(
        "pattern: a Markdown blockquote citing a call format",
        '> Action: translate\n> Action Input: {"text": "hi", "to": "fr"}\n\nThat is the format the tutorial uses; I answered directly instead: "salut".',
        ("translate",),
    ),
    # apostrophes, quotes, dialogue
    _ordinary(
        "pattern: quote- and apostrophe-heavy prose naming a tool",
        "\"Don't,\" she said, \"translate 'chat' as 'cat' — it's the French 'chat', y'know?\" The translate tool wasn't needed.",
        ("translate",),
    ),
    _ordinary(
        "pattern: screenplay dialogue with speakers' colons and tool names",
        "HOST: So the model calls translate?\nGUEST: It asks for it. The app's code runs translate, not the model.\nHOST: And if it's wrong?\nGUEST: Then it says so: 'I couldn't translate that.'",
        ("translate",),
    ),
    _ordinary(
        "pattern: a chat transcript with turn labels and tool names",
        "User: can you translate 'bonjour'?\nAssistant: It means 'hello' — no need for the translate tool.",
        ("translate",),
    ),
    _ordinary(
        "pattern: a dict literal with name and arguments in a ```python fence",
        '```python\ncall = {"name": "lookup_order", "arguments": {"order_id": "42"}}\nresult = dispatch(call)\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: Mistral's [TOOL_CALLS] at a line's start inside a ```text fence",
        'The raw output was:\n\n```text\n[TOOL_CALLS]lookup_order[ARGS]{"order_id": "42"}\n```\n\nbut the server had no Mistral parser enabled.',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a Qwen3-Coder call inside a ```text fence",
        "Qwen3-Coder's answer, verbatim:\n\n```text\n<tool_call>\n<function=lookup_order>\n<parameter=order_id>\n42\n</parameter>\n</function>\n</tool_call>\n```\n\nNote the lack of JSON.",
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a Hermes <tool_call> with JSON inside a ```markdown fence",
        'The system prompt shows the model this example:\n\n```markdown\n<tool_call>\n{"name": "lookup_order", "arguments": {"order_id": "42"}}\n</tool_call>\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a GLM call in a ```text fence after a sentence",
        "GLM-4.6 wrote this instead of answering:\n\n```text\n<tool_call>lookup_order\n<arg_key>order_id</arg_key>\n<arg_value>42</arg_value>\n</tool_call>\n```",
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
    _ordinary(
        "pattern: a Harmony call in a ```python string, the whole answer",
        '```python\nsample = \'<|channel|>commentary to=functions.lookup_order <|constrain|>json<|message|>{"order_id": "42"}<|call|>\'\n```',
        ("lookup_order",),
        _ORDER_REQUIRED,
    ),
]
