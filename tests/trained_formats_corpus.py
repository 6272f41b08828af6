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
- The "ordinary" answers are of two kinds: the plain-text cases of the same
  parser tests and documents, and real answers of eight models from
  AlpacaEval's recorded outputs (tatsu-lab/alpaca_eval, commit cd543a1,
  results/<model>/model_outputs.json; models the run-time ordinary corpus
  does not sample). From those, every answer of 80 to 1,800 characters
  holding a JSON object, a call site `name(`, a pythonic `[name(`, an
  XML/HTML tag or an `Action:` line was taken, and offered as tools up to
  three names it uses: "name" values of JSON objects, then functions it
  calls, then methods, then tag names, the names most likely to make the
  answer look like a call.

Split
- DEVELOPMENT and HELD_OUT hold whole sources (a test file, a notebook, a
  document, an issue thread, one model's AlpacaEval outputs): a format tuned
  on one half can be checked on the other. Every family has sources in both.
- DEVELOPMENT: ollama's qwen3coder, glm46, glm47, ministral, deepseek3,
  lfm2, olmo3, cohere, functiongemma and harmony tests; lmdeploy's glm47
  and gpt_oss tests; ik's function-call tests; vLLM's granite test; MemGPT's
  JSON-repair test; the Gemma 3 tutorial's tutorial.ipynb; the cookbook's
  Function_Calling_with_HF and Meme_Generator notebooks; llxprt-code's
  TextToolCallParser test; sglang's PythonicDetector tests; LangChain's
  agent output-parser tests; the ollama Command R+ template; the Anthropic
  tool-use docs; agno issue 5106; AlpacaEval outputs of claude-3-opus,
  dbrx-instruct, llama-2-70b-chat and gemma-7b-it.
- HELD_OUT: vLLM's deepseekv3, deepseekv31, kimi_k2, qwen3coder, glm4_moe,
  olmo3, cohere_command, granite4 and granite_pythonic tests; mlx-swift-lm's
  ToolTests; openai/harmony's format guide and src/tests.rs; LlamaIndex's
  ReAct output-parser tests; MemGPT's Airoboros wrapper docstring; Letta's
  DeepSeek docstring; the Gemma 3 tutorial's generate.ipynb; the
  cookbook's Routing, document-summarizer and Chess notebooks; the
  tool-parser crate's Cohere docs; llama-stack's decode test; the
  hyphenated-name shapes; AlpacaEval outputs of gpt-4-turbo, Qwen1.5-72B,
  mistral-medium and claude-2.1.

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
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="To normalize a vector, you need to divide each component of the vector by the vector's magnitude (length). This process results in a unit vector, which has a length of 1 and points in the same direction as the original vector.\n\nHere's how to normalize a vector:\n\n1. Calculate the magnitude (length) of the vector:\n   - For a 2D vector (x, y), the magnitude is: sqrt(x^2 + y^2)\n   - For a 3D vector (x, y, z), the magnitude is: sqrt(x^2 + y^2 + z^2)\n   - In general, for an n-dimensional vector (x1, x2, ..., xn), the magnitude is: sqrt(x1^2 + x2^2 + ... + xn^2)\n\n2. Divide each component of the vector by the magnitude:\n   - For a 2D vector (x, y), the normalized vector is: (x/magnitude, y/magnitude)\n   - For a 3D vector (x, y, z), the normalized vector is: (x/magnitude, y/magnitude, z/magnitude)\n   - In general, for an n-dimensional vector (x1, x2, ..., xn), the normalized vector is: (x1/magnitude, x2/magnitude, ..., xn/magnitude)\n\nExample:\nLet's normalize the 3D vector (3, 4, 5).\n\n1. Calculate the magnitude:\n   magnitude = sqrt(3^2 + 4^2 + 5^2) = sqrt(9 + 16 + 25) = sqrt(50) ≈ 7.0711\n\n2. Divide each component by the magnitude:\n   normalized_vector = (3/7.0711, 4/7.0711, 5/7.0711) ≈ (0.4243, 0.5657, 0.7071)\n\nThe resulting normalized vector is approximately (0.4243, 0.5657, 0.7071), which has a length of 1 and points in the same direction as the original vector (3, 4, 5).",
        tools=("sqrt",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The error in the given code is that it is missing a return statement. If a method is declared to return a value (in this case, an `int`), it must have a `return` statement that returns a value of the specified type.\n\nHere's the corrected code:\n\n```java\npublic int getNumber() {\n    int number = 0;\n    return number;\n}\n```\n\nIn the corrected code:\n- The method name `getnumber` has been changed to `getNumber` to follow the Java naming convention of using camel case for method names.\n- The `return` statement `return number;` has been added to return the value of the `number` variable.\n\nWithout the `return` statement, the method would not compile because it does not provide a value to be returned, even though it is declared to return an `int`.",
        tools=("getNumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [429] (commit cd543a1; instruction: 'What is the difference between HTML and JavaScript?')",
        text="HTML (Hypertext Markup Language) and JavaScript are two fundamental technologies used in web development, but they serve different purposes:\n\n1. Purpose:\n   - HTML is used to structure and define the content of a webpage.\n   - JavaScript is used to add interactivity, dynamic behavior, and functionality to a webpage.\n\n2. Syntax:\n   - HTML uses tags and attributes to define elements and their properties.\n   - JavaScript follows a programming language syntax with variables, functions, loops, and conditionals.\n\n3. Execution:\n   - HTML is rendered by the web browser to display the content of a webpage.\n   - JavaScript code is executed by the browser's JavaScript engine to perform actions and manipulate the webpage.\n\n4. Functionality:\n   - HTML provides the structure and semantics of the content, such as headings, paragraphs, images, and links.\n   - JavaScript enables dynamic behavior, such as responding to user interactions, modifying content, making calculations, and interacting with web APIs.\n\n5. Integration:\n   - HTML can include JavaScript code using the `<script>` tag.\n   - JavaScript can manipulate HTML elements and their properties using the Document Object Model (DOM) API.\n\n6. Learning curve:\n   - HTML is relatively easy to learn and understand, as it primarily involves markup and structuring content.\n   - JavaScript is a programming language that requires understanding of programming concepts, such as variables, functions, control flow, and object-oriented programming.\n\nIn summary, HTML is responsible for the structure and content of a webpage, while JavaScript adds interactivity and dynamic behavior to enhance the user experience. HTML provides the foundation, and JavaScript builds upon it to create interactive and dynamic web applications.",
        tools=("script",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [441] (commit cd543a1; instruction: 'what does the @ in python do')",
        text='In Python, the `@` symbol is used for decorator syntax. Decorators are a way to modify or enhance the behavior of functions or classes without directly changing their source code.\n\nWhen you place `@` before a function or class definition, it applies the decorator to that function or class. The decorator itself is a callable object (usually another function) that takes the decorated function or class as an argument and returns a modified version of it.\n\nHere\'s a simple example of a decorator that adds logging functionality to a function:\n\n```python\ndef log_decorator(func):\n    def wrapper(*args, **kwargs):\n        print(f"Calling {func.__name__} with args: {args}, kwargs: {kwargs}")\n        result = func(*args, **kwargs)\n        print(f"Finished {func.__name__} with result: {result}")\n        return result\n    return wrapper\n\n@log_decorator\ndef add(a, b):\n    return a + b\n\nresult = add(3, 5)\n```\n\nIn this example, the `log_decorator` is defined as a function that takes another function `func` as an argument. It defines an inner function `wrapper` that logs the function call with its arguments, calls the original function, logs the result, and returns the result.\n\nThe `@log_decorator` syntax before the `add` function definition applies the `log_decorator` to the `add` function. When `add(3, 5)` is called, it actually calls the modified version of the function returned by the decorator.\n\nThe output of this code would be:\n```\nCalling add with args: (3, 5), kwargs: {}\nFinished add with result: 8\n```\n\nDecorators can be used for various purposes, such as logging, timing, authentication, caching, and more. They provide a clean and reusable way to modify the behavior of functions or classes without cluttering their code.',
        tools=("log_decorator", "wrapper", "func"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [460] (commit cd543a1; instruction: 'Can you tell me how to format an url in rst?')",
        text="To format a URL in reStructuredText (RST), you can use the following syntax:\n\n1. Inline URLs:\n   ```\n   `Link text <URL>`_\n   ```\n   For example:\n   ```\n   Visit `OpenAI <https://openai.com>`_ for more information.\n   ```\n   This will render as: Visit [OpenAI](https://openai.com) for more information.\n\n2. Reference-style URLs:\n   ```\n   `Link text`_\n\n   .. _Link text: URL\n   ```\n   For example:\n   ```\n   Learn more about `reStructuredText`_.\n\n   .. _reStructuredText: https://docutils.sourceforge.io/rst.html\n   ```\n   This will render as: Learn more about [reStructuredText](https://docutils.sourceforge.io/rst.html).\n\n3. Standalone URLs:\n   If you want to display the URL itself as the link text, you can simply write the URL without any special formatting:\n   ```\n   https://www.example.com\n   ```\n   This will render as: https://www.example.com\n\nNote that in the reference-style URLs, the link target (URL) is defined separately at the bottom of the document or section, using the `.. _Link text: URL` syntax. The link text in the target definition should match the link text used in the inline reference.\n\nThese are the basic ways to format URLs in reStructuredText. The choice between inline and reference-style URLs often depends on personal preference and the readability of your document.",
        tools=("URL",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text="Certainly! Here's a Python function that determines whether a given number is prime:\n\n```python\ndef is_prime(number):\n    if number <= 1:\n        return False\n    \n    for i in range(2, int(number ** 0.5) + 1):\n        if number % i == 0:\n            return False\n    \n    return True\n```\n\nExplanation:\n\n1. The function `is_prime` takes a single parameter `number`, which is the number we want to check for primality.\n\n2. We start by checking if the number is less than or equal to 1. If it is, we return `False` because numbers less than or equal to 1 are not considered prime.\n\n3. If the number is greater than 1, we start a loop that iterates from 2 up to the square root of the number (inclusive). We use `int(number ** 0.5) + 1` to calculate the upper limit of the loop because we only need to check divisors up to the square root of the number.\n\n4. Inside the loop, we check if the number is divisible by any value of `i`. If it is, we return `False` because the number is not prime.\n\n5. If the loop completes without finding any divisors, it means the number is prime, and we return `True`.\n\nYou can use this function to determine whether a given number is prime or not. Here are a few examples:\n\n```python\nprint(is_prime(7))   # Output: True\nprint(is_prime(12))  # Output: False\nprint(is_prime(23))  # Output: True\nprint(is_prime(1))   # Output: False\n```\n\nThis function efficiently checks for primality by iterating only up to the square root of the number, reducing the number of iterations needed.",
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [564] (commit cd543a1; instruction: 'You are given two questions. Check if they are duplicates. Question1: ')",
        text="The two questions are related but not exact duplicates. They both ask about the differences between threading and multiprocessing in Python, but they have different focuses and additional details.\n\nQuestion 1 specifically asks about the advantages of multiprocessing over threading, besides the ability to bypass the Global Interpreter Lock (GIL). It is a more focused question comparing the two approaches.\n\nQuestion 2, on the other hand, is a broader question that asks for a general explanation of the differences between threading.Thread() and multiprocessing.Process(). It also inquires about how to manage a queue of jobs and limit the number of concurrent executions. Additionally, it seeks resources and explanations of the concepts behind threading and multiprocessing for handling complex tasks.\n\nWhile both questions revolve around the comparison of threading and multiprocessing, Question 2 covers a wider range of subtopics and asks for more extensive explanations and resources.\n\nIn summary, the questions are related and have some overlap, but they are not exact duplicates due to the differences in their specific focuses and the additional details requested in Question 2.",
        tools=("Thread", "Process"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="Here's a Java solution to the problem of determining if a given integer is a power of three:\n\n```java\nclass Solution {\n    public boolean isPowerOfThree(int n) {\n        if (n <= 0) {\n            return false;\n        }\n        \n        double logarithm = Math.log10(n) / Math.log10(3);\n        return Math.abs(logarithm - Math.round(logarithm)) < 1e-10;\n    }\n}\n```\n\nExplanation:\n1. First, we check if `n` is less than or equal to 0. If it is, we return `false` because negative numbers and 0 cannot be powers of three.\n\n2. We calculate the logarithm of `n` with base 3 using the change of base formula: `log_3(n) = log_10(n) / log_10(3)`. We use base 10 logarithms because they are readily available in the `Math` library.\n\n3. If `n` is a power of three, then `log_3(n)` should be an integer. However, due to floating-point precision limitations, the calculated logarithm may not be exactly an integer.\n\n4. To account for the precision issue, we compare the absolute difference between the calculated logarithm and its rounded value to a small threshold (e.g., `1e-10`). If the difference is less than the threshold, we consider the logarithm to be an integer.\n\n5. If the logarithm is an integer (within the threshold), we return `true` because `n` is a power of three. Otherwise, we return `false`.\n\nThis solution avoids using loops or recursion by utilizing the logarithm properties. It has a time complexity of O(1) since it performs a constant number of operations.\n\nNote: The threshold value `1e-10` is chosen based on the typical precision of floating-point numbers. You can adjust it according to your specific requirements.",
        tools=("isPowerOfThree", "log_3", "log_10"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [664] (commit cd543a1; instruction: 'Please prepare a table containing a summary of the information of the ')",
        text="Here is a table containing a summary of the information of the participants at the conference:\n\n| Name             | Role    | Email                 | Main Points                                                                                                         |\n|------------------|---------|----------------------|---------------------------------------------------------------------------------------------------------------------|\n| Crew Purdie      | Professor | cpurdie@email.com    | - Setting high standards for students and teachers<br>- Schools should be places where students can learn and be challenged |\n| Oliver Malachi   | Teacher | oliver@email.com     | - Teachers need to be well-prepared<br>- Teachers should have high expectations for their students                       |\n| Kolby Reese      | Parent  | kolbyreese82@email.com | - Parents need to be involved in their children's education                                                         |\n\nAdditional points discussed:\n- The importance of funding for schools",
        tools=("br",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [668] (commit cd543a1; instruction: 'You are given a Python command and are required to convert it into Rub')",
        text='The equivalent Ruby command for `print("Hello World!")` is:\n\n```ruby\nprint("Hello World!")\n```\n\nIn Ruby, the `print` method is used to display output without adding a new line at the end. If you want to add a new line after the output, you can use the `puts` method instead:\n\n```ruby\nputs("Hello World!")\n```\n\nBoth `print` and `puts` are commonly used in Ruby for displaying output to the console.',
        tools=("puts",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [669] (commit cd543a1; instruction: 'You are given a sentence in first-order logic. Translate it into natur')",
        text="The given first-order logic sentence \"∃x∀y(soldier(x)→general(x,y))\" can be translated into natural language as follows:\n\n\"There exists a soldier who is a general to every other soldier.\"\n\nIn other words, this sentence states that there is at least one individual (represented by 'x') who is a soldier, and for every other individual (represented by 'y'), if 'x' is a soldier, then 'x' is a general to 'y'.",
        tools=("soldier", "general"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [678] (commit cd543a1; instruction: 'Given a programming language and the name of a function, write a comma')",
        text='To show how to use the `input()` function in Python, you can use the `help()` command in the Python interactive shell or consult the official Python documentation.\n\nUsing the `help()` command:\n1. Open the Python interactive shell by running `python` or `python3` in your terminal or command prompt.\n2. Type `help(input)` and press Enter.\n\nThe `help()` command will display the documentation for the `input()` function, including its syntax, parameters, return value, and a brief description of its usage.\n\nOutput:\n```\nHelp on built-in function input in module builtins:\n\ninput(prompt=None, /)\n    Read a string from standard input.  The trailing newline is stripped.\n    \n    The prompt string, if given, is printed to standard output without a\n    trailing newline before reading input.\n    \n    If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n    On *nix systems, readline is used if available.\n```\n\nAlternatively, you can refer to the official Python documentation:\n1. Open a web browser and go to the Python documentation website: https://docs.python.org/\n2. Select the version of Python you are using (e.g., Python 3.x).\n3. In the search bar, type "input" and press Enter.\n4. Look for the `input()` function in the search results and click on it to view its documentation.\n\nThe documentation will provide detailed information about the `input()` function, including its syntax, parameters, return value, and examples of how to use it in Python code.\n\nBy using either the `help()` command or referring to the official Python documentation, you can easily find information on how to use the `input()` function in Python.',
        tools=("help",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='To add an image to an HTML page, you can use the <img> tag. Here\'s the syntax:\n\n<img src="image_url" alt="image_description">\n\nReplace "image_url" with the URL or file path of the image you want to display, and replace "image_description" with a brief description of the image for accessibility purposes.\n\nFor example:\n\n<img src="https://example.com/image.jpg" alt="A beautiful landscape">\n\nor\n\n<img src="/path/to/image.jpg" alt="A beautiful landscape">\n\nRemember to provide a meaningful "alt" attribute to describe the image for users who may not be able to see it.',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-3-opus-20240229/model_outputs.json [716] (commit cd543a1; instruction: 'Identify the programming language used to write the given code. if (20')",
        text="The code snippet you provided is written in the C programming language.\n\nThe `if` statement syntax and the usage of the `printf()` function, which is a standard library function in C used for printing formatted output to the console, are clear indicators that this code is written in C.",
        tools=("printf",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [300] (commit cd543a1; instruction: "How would a basic project in PyGame look like? I\'d like the example to")',
        text='Sure, here\'s a basic example of a Pygame project that includes keyboard event handling and an FPS counter in the top left corner of the window:\n\n```python\nimport pygame\nimport sys\n\n# Initialize Pygame\npygame.init()\n\n# Set up some constants\nWIDTH, HEIGHT = 800, 600\nFPS = 60\n\n# Set up the display\nscreen = pygame.display.set_mode((WIDTH, HEIGHT))\npygame.display.set_caption("Pygame Example")\n\n# Set up the clock\nclock = pygame.time.Clock()\n\n# Set up the font for the FPS counter\nfont = pygame.font.Font(None, 24)\n\n# Game loop\nrunning = True\nwhile running:\n    # Keep the loop running at the right speed\n    clock.tick(FPS)\n    # Process input (events)\n    for event in pygame.event.get():\n        # Check for closing the window\n        if event.type == pygame.QUIT:\n            running = False\n        # Check for ESC key press\n        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:\n            running = False\n\n    # Update\n\n    # Draw / render\n    screen.fill((0, 0, 0))\n    # Draw the FPS counter\n    fps_txt = font.render("FPS: " + str(int(clock.get_fps())), True, (255, 255, 255))\n    screen.blit(fps_txt, (10, 10))\n\n    # After drawing everything, flip the display\n    pygame.display.flip()\n\n# Done! Time to quit.\npygame.quit()\nsys.exit()\n```\n\nThis code initializes Pygame, sets up a window with a specified width, height, and FPS limit, and then enters a game loop. In the game loop, it checks for two events: a quit event (which occurs when the user closes the window), and a key down event for the ESC key. If either of these events occur, the loop is exited and the program ends. The loop also updates the screen with a black background and the FPS counter in the top left corner.',
        tools=("init", "set_mode", "set_caption"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [313] (commit cd543a1; instruction: 'can you please create a python script that outputs a derivative using ')",
        text='Sure, here\'s a simple Python script that calculates the derivative of a function at a point using the Average Rate of Change Formula. This script assumes that the user will provide the function as a string in the format "f(x) = ...". It then uses the `sympy` library to parse the function and calculate the derivative.\n\n```python\nimport sympy\n\ndef calculate_derivative(function, x, a, b):\n    # Parse the function string\n    f = sympy.sympify(function)\n\n    # Calculate the values of the function at a and b\n    f_a = f.subs(x, a)\n    f_b = f.subs(x, b)\n\n    # Calculate the derivative using the Average Rate of Change Formula\n    derivative = (f_b - f_a) / (b - a)\n\n    return derivative\n\n# Get user input\nfunction = input("Enter the function: ")\nx = sympy.Symbol(\'x\')\na = float(input("Enter the value of a: "))\nb = float(input("Enter the value of b: "))\n\n# Calculate and print the derivative\nderivative = calculate_derivative(function, x, a, b)\nprint("The derivative at x =", a, "is", derivative)\n```\n\nPlease note that this script requires the `sympy` library, which you can install using pip:\n\n```bash\npip install sympy\n```',
        tools=("calculate_derivative", "sympify", "subs"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="1. Calculate the magnitude (length) of the vector. The magnitude of a vector **v** = (v1, v2, v3, ..., vn) is given by the formula:\n\n|**v**| = sqrt(v1^2 + v2^2 + v3^2 + ... + vn^2)\n\n2. Divide each component of the vector by the magnitude. This will give you the normalized vector.\n\nnormalized **v** = (v1/|**v**|, v2/|**v**|, v3/|**v**|, ..., vn/|**v**|)\n\nFor example, if we have a vector **v** = (3, 4), the magnitude would be:\n\n|**v**| = sqrt(3^2 + 4^2) = 5\n\nThe normalized vector would be:\n\nnormalized **v** = (3/5, 4/5) = (0.6, 0.8)\n\nNote: The normalized vector has the same direction as the original vector, but its magnitude is 1.",
        tools=("sqrt",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The issue with the code is that it is missing a return statement. The method `getNumber()` is declared to return an `int`, but there is no `return` statement in the method body. To fix the error, you can add a `return` statement that returns the value of the `number` variable:\n\n```\npublic int getNumber(){\n  int number = 0;\n  return number;\n}\n```\n\nAlternatively, you can initialize the `number` variable with a value and return it directly:\n\n```\npublic int getNumber(){\n  return 0;\n}\n```\n\nThis will also fix the error and return the value `0` from the method.",
        tools=("getNumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="Here is a function that checks if any of the numbers in an array of 5 numbers is a prime number:\n\n```javascript\nfunction checkForPrime(arr) {\n    for(let i = 0; i < arr.length; i++) {\n        let isPrime = true;\n        if(arr[i] < 2) {\n            isPrime = false;\n        } else {\n            for(let j = 2; j <= Math.sqrt(arr[i]); j++) {\n                if(arr[i] % j === 0) {\n                    isPrime = false;\n                    break;\n                }\n            }\n        }\n        if(isPrime) {\n            console.log(arr[i]);\n            break;\n        }\n    }\n}\n\n// Example usage:\ncheckForPrime([1, 2, 3, 4, 5]);\n```\nThis function iterates through the array and checks if each number is prime. If it is, it prints the number to the console and breaks out of the loop. The function checks if a number is prime by checking if it has any divisors less than or equal to its square root. If it does, then it is not prime.\n\nNote that this function only checks the first prime number it finds and then stops. If you want to check all numbers in the array and print all primes, you can remove the `break` statement in the `if(isPrime)` block.",
        tools=("checkForPrime", "sqrt", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text="Sure, here's a simple Python script that demonstrates how to save a dictionary in JSON format to a file:\n```python\nimport json\n\n# create a dictionary to save\nmy_dict = {'key1': 'value1', 'key2': 'value2', 'key3': 'value3'}\n\n# open a file in write mode\nwith open('my_dict.json', 'w') as f:\n    # use json.dump() to write the dictionary to the file in JSON format\n    json.dump(my_dict, f)\n\nprint(\"Dictionary saved to my_dict.json in JSON format.\")\n```\nIn this script, we first import the `json` module, which provides functions for working with JSON data in Python.\n\nWe then create a dictionary called `my_dict` with some sample data.\n\nNext, we open a file called `my_dict.json` in write mode using the `open()` function. The `'w'` argument specifies that we want to write to the file.\n\nFinally, we use the `json.dump()` function to write the `my_dict` dictionary to the `my_dict.json` file in JSON format. The first argument to `json.dump()` is the dictionary we want to save, and the second argument is the file object we opened earlier.\n\nAfter running this script, you should see a new file called `my_dict.json` in the same directory as your Python script. The contents of the file should look like this:\n```json\n{\"key1\": \"value1\", \"key2\": \"value2\", \"key3\": \"value3\"}\n```\nThis is a JSON-formatted representation of the `my_dict` dictionary that we saved to the file.",
        tools=("dump",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [408] (commit cd543a1; instruction: 'can you write code?')",
        text="Yes, I can write code. I can generate code in several programming languages, including Python, Java, C++, JavaScript, and many others. Here is an example of a simple Python function that takes a list of numbers as input and returns the largest number in the list:\n\n```\ndef find_largest_number(numbers):\n result = numbers[0]\n for num in numbers:\n if num > result:\n result = num\n return result\n```\n\nThis function uses a variable `result` to keep track of the largest number seen so far. It initializes `result` to the first number in the list, then loops through the rest of the numbers in the list. If it finds a number that is larger than the current value of `result`, it updates `result` to be the larger number. Once it has checked all the numbers in the list, it returns the final value of `result`.\n\nI hope this helps! Let me know if you have any questions or if you would like to see code in a different programming language.",
        tools=("find_largest_number",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [417] (commit cd543a1; instruction: 'In TypeScript, how can I tell the type system \"I know that in theory t')",
        text="In TypeScript, you can use a type assertion to tell the type system that you know a value will have a specific type, even if TypeScript's type inference suggests it could have multiple types. A type assertion is like a type cast in other languages, but it doesn't perform any runtime type checking or conversion. It's purely a compile-time construct.\n\nHere's an example:\n\n```typescript\nlet unknownValue: string | number = Math.random() < 0.5 ? 'hello' : 42;\n\n// Tell TypeScript that unknownValue is actually a string (even though it could be a number)\nlet stringValue: string = unknownValue as string;\n\nconsole.log(stringValue.toUpperCase()); // This will now compile without errors\n```\n\nIn this example, `unknownValue` could be either a string or a number, but we know that it will always be a string at runtime. We tell TypeScript this by using a type assertion (`as string`). After the type assertion, TypeScript treats `stringValue` as a string, and we can call string methods on it without getting a compile error.\n\nRemember, type assertions should be used sparingly and carefully. If you're wrong about the runtime type of a value, your program will likely crash with a runtime type error. It's usually better to use type guards or other forms of runtime type checking when you're not completely sure about the type of a value.",
        tools=("random", "log", "toUpperCase"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [440] (commit cd543a1; instruction: 'Write a code block in Markdown containing an example of a code block i')",
        text='```\n```\nHere is an example of a code block in Markdown:\n\n```\n```python\ndef hello_world():\n    print("Hello, world!")\n```\n```\n```\n```',
        tools=("hello_world",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [441] (commit cd543a1; instruction: 'what does the @ in python do')",
        text='In Python, the `@` symbol is used as a decorator. A decorator is a design pattern that allows a user to add new functionality to an existing object or function, without modifying its structure. Decorators are represented by the `@` symbol followed by the decorator name on the line before the function to be decorated.\n\nHere\'s an example of a simple decorator that prints a message before and after a function is called:\n```python\ndef my_decorator(func):\n    def wrapper(*args, **kwargs):\n        print("Something is happening before the function is called.")\n        func(*args, **kwargs)\n        print("Something is happening after the function is called.")\n    return wrapper\n\n@my_decorator\ndef say_hello():\n    print("Hello!")\n\nsay_hello()\n```\nOutput:\n```vbnet\nSomething is happening before the function is called.\nHello!\nSomething is happening after the function is called.\n```\nIn this example, `my_decorator` is a decorator that takes a function as its argument and returns a new function called `wrapper`. The `wrapper` function prints a message before and after calling the original function. The `@my_decorator` syntax is equivalent to `say_hello = my_decorator(say_hello)`, which applies the decorator to the `say_hello` function.\n\nDecorators can also take arguments, and there are many built-in decorators in Python, such as `@staticmethod`, `@classmethod`, and `@property`.',
        tools=("my_decorator", "wrapper", "func"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text="Sure, here is a simple Python function that checks if a number is prime:\n\n```python\ndef is_prime(n):\n    if n <= 1:\n        return False\n    elif n <= 3:\n        return True\n    elif n % 2 == 0 or n % 3 == 0:\n        return False\n    i = 5\n    while i * i <= n:\n        if n % i == 0 or n % (i + 2) == 0:\n            return False\n        i += 6\n    return True\n```\n\nThis function works by checking if the input number `n` is less than or equal to 1 (in which case it's not prime), or if it's less than or equal to 3 (in which case it is prime). It then checks if `n` is divisible by 2 or 3, and if so, returns `False`.\n\nIf `n` passes all these checks, the function then checks for divisibility by all numbers of the form `6k ± 1` up to the square root of `n`. This is because all primes greater than 3 can be expressed in the form `6k ± 1`.\n\nIf `n` is divisible by any of these numbers, it's not prime, and the function returns `False`. Otherwise, it returns `True`.\n\nYou can use this function in your code to check if a number is prime or not.",
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [487] (commit cd543a1; instruction: "When you\'re stuck on a coding problem, the best place to look for help")',
        text='1. "SQL - How to Find Duplicate Values in a Database Table" - <https://www.w3schools.com/sql/sql_ref_duplicates.asp>\n2. "Finding Duplicate Values in a SQL Table" - <https://database.guide/how-to-find-duplicate-values-in-a-sql-table/>\n3. "SQL Server - Finding Duplicate Rows" - <https://www.sqlshack.com/sql-server-finding-duplicate-rows/>\n4. "Finding Duplicate Rows in SQL Server Using the ROW_NUMBER() Function" - <https://www.sqlservertutorial.net/sql-server-basics/sql-server-find-duplicate-rows/>\n5. "SQL: Finding Duplicate Values in a Column" - <https://www.techonthenet.com/sql/finding_duplicates.php>\n6. "SQL: How to Find Duplicates in a Table" - <https://www.sqltutorial.org/sql-duplicate-removal/>\n7. "SQL: Finding Duplicate Rows Using GROUP BY and HAVING" - <https://www.sqlservertutorial.net/sql-server-basics/sql-server-find-duplicate-rows-group-by-having/>\n8. "SQL: Finding Duplicate Rows Using the COUNT() Function" - <https://www.sqlservertutorial.net/sql-server-basics/sql-server-find-duplicate-rows-count/>\n9. "SQL: Finding Duplicate Rows Using the EXISTS Keyword" - <https://www.sqlservertutorial.net/sql-server-basics/sql-server-find-duplicate-rows-exists/>\n10. "SQL: Finding Duplicate Rows Using the INTERSECT Operator" - <https://www.sqlservertutorial.net/sql-server-basics/sql-server-find-duplicate-rows-intersect/>',
        tools=("ROW_NUMBER", "COUNT"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [490] (commit cd543a1; instruction: 'What are the steps to using random (yet coherent) text as filler conte')",
        text='1. First, you need to generate the random text that you want to use as filler content. There are many online tools and websites that can generate random text, also known as "lorem ipsum" text, for you. Some popular options include Lorem Ipsum, Blind Text Generator, and Lorem Ipsum Generator.\n\n2. Once you have generated the text, copy it to your clipboard.\n\n3. Open your Word document and click where you want to insert the filler content.\n\n4. Go to the "Insert" tab in the ribbon at the top of the screen.\n\n5. Click on the "Explore Quick Parts" button, which is located in the "Text" group.\n\n6. Select "Field" from the drop-down menu.\n\n7. In the "Field" dialog box, select "Formula" from the "Field names" list.\n\n8. In the "Formula" box, type "=rand()" (without the quotation marks) and then press Enter.\n\n9. Word will insert a certain number of paragraphs of random text. To specify the number of paragraphs and the number of sentences per paragraph, type "=rand(x,y)" (without the quotation marks) instead, where "x" is the number of paragraphs and "y" is the number of sentences per paragraph.\n\n10. If you want to use your own random text instead of the built-in random text, you can replace the "=rand()" formula with your own text. To do this, type "=lorem(x,y)" (without the quotation marks) in the "Formula" box, where "x" is the number of paragraphs and "y" is the number of sentences per paragraph. Then, replace the "lorem" part of the formula with your own text.\n\n11. Click "OK" to insert the filler content into your document.\n\n12. You can then format the filler content as desired, such as by changing the font, size, or color.\n\nThat\'s it! You have now used random (yet coherent) text as filler content within your Word document.',
        tools=("rand", "lorem"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [562] (commit cd543a1; instruction: "Answer the following question. How do I compare strings in Java? I\'ve ")',
        text='In Java, the `==` operator checks if two references point to the same object, while the `.equals()` method checks if two objects have the same value.\n\nWhen you compare strings using `==`, it checks if the two string variables point to the same string object in memory. If they do, it returns `true`; otherwise, it returns `false`.\n\nOn the other hand, the `.equals()` method checks if the two string objects have the same sequence of characters, regardless of whether they are the same object or not.\n\nTherefore, it is generally recommended to use the `.equals()` method when comparing strings in Java, as it checks for value equality rather than reference equality. This is especially important when comparing strings that may have been created separately, such as user input or strings read from a file.\n\nThe `==` operator should only be used when you explicitly want to check if two references point to the same object, such as when comparing primitive types or comparing objects that are known to be interned (i.e., created only once and reused).\n\nHere\'s an example to illustrate the difference:\n```java\nString s1 = "hello";\nString s2 = "hello";\nString s3 = new String("hello");\n\nSystem.out.println(s1 == s2); // true\nSystem.out.println(s1 == s3); // false\nSystem.out.println(s1.equals(s3)); // true\n```\nIn this example, `s1` and `s2` are the same string object, so `s1 == s2` returns `true`. However, `s3` is a new string object with the same value as `s1`, so `s1 == s3` returns `false`. But since both `s1` and `s3` have the same sequence of characters, `s1.equals(s3)` returns `true`.',
        tools=("String", "equals", "println"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [564] (commit cd543a1; instruction: 'You are given two questions. Check if they are duplicates. Question1: ')",
        text="Question 1 and Question 2 are not duplicates. Question 1 is specifically asking about the advantages of multiprocessing over threading, while Question 2 is asking for an explanation of the difference between threading.Thread() and multiprocessing.Process() objects, how to manage a queue of jobs, and when to use the threading and multiprocessing modules. Question 2 also includes a request for resources to learn more about these concepts.",
        tools=("Thread", "Process"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="Sure, here is a Java solution using a loop to solve the problem:\n\n```java\nclass Solution {\n    public boolean isPowerOfThree(int n) {\n        if (n <= 0) {\n            return false;\n        }\n        while (n % 3 == 0) {\n            n /= 3;\n        }\n        return n == 1;\n    }\n}\n```\n\nAnd here is a solution without using loops or recursion, by checking if the base-3 logarithm of the number is an integer:\n\n```java\nclass Solution {\n    public boolean isPowerOfThree(int n) {\n        if (n <= 0) {\n            return false;\n        }\n        double logBase3 = Math.log10(n) / Math.log10(3);\n        return (logBase3 - (int)logBase3) == 0;\n    }\n}\n```\n\nNote that the second solution may not be accurate due to the precision of floating point numbers.",
        tools=("isPowerOfThree", "log10"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [699] (commit cd543a1; instruction: 'A color description has been provided. Find the CSS code associated wi')",
        text="To create a light red color with a medium light shade of pink in CSS, you can use the following code:\n\n```css\nbackground-color: rgba(255, 182, 193, 0.5);\n```\n\nExplanation:\n\n* The `rgba()` function is used to specify a color with red, green, blue, and alpha (opacity) values.\n* The red value is set to 255, which corresponds to the maximum intensity of red.\n* The green value is set to 182, which gives a light pink shade.\n* The blue value is set to 193, which also contributes to the pink shade.\n* The alpha value is set to 0.5, which makes the color semi-transparent and gives a lighter appearance.\n\nNote that the exact shade of light red and pink may vary depending on the specific red, green, and blue values used. The above code is just one possible interpretation of the given color description.",
        tools=("rgba",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='To add an image to an HTML page, you can use the `<img>` tag. Here\'s the basic syntax:\n\n```html\n<img src="image_url" alt="alternate_text">\n```\n\nReplace `image_url` with the actual URL or file path of your image, and `alternate_text` with a brief description of the image. The `alt` attribute is important for accessibility, as it provides a text alternative for users who are unable to view the image.\n\nHere\'s an example:\n\n```html\n<img src="images/my_image.jpg" alt="A beautiful landscape">\n```\n\nThis code will display the image located at `images/my_image.jpg` on the page, with the alternate text "A beautiful landscape".',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [785] (commit cd543a1; instruction: 'Develop a C++ program that reads a text file line by line and counts t')",
        text='Here\'s a simple C++ program that reads a text file line by line and counts the number of occurrences of a specific word in the file:\n\n```cpp\n#include <iostream>\n#include <fstream>\n#include <string>\n\nint main() {\n    std::string targetWord, word;\n    int count = 0;\n\n    // Read the target word from user input\n    std::cout << "Enter the target word: ";\n    std::cin >> targetWord;\n\n    // Open the input file\n    std::ifstream inputFile("input.txt");\n\n    // Check if the file is open, and display an error message if not\n    if (!inputFile.is_open()) {\n        std::cerr << "Error opening the file." << std::endl;\n        return 1;\n    }\n\n    // Read the file line by line\n    while (std::getline(inputFile, word)) {\n        // Find the target word in the current line\n        size_t pos = 0;\n        while ((pos = word.find(targetWord, pos)) != std::string::npos) {\n            ++count; // Increment the counter when found\n            pos += targetWord.length(); // Move the search position forward\n        }\n    }\n\n    // Close the input file\n    inputFile.close();\n\n    // Display the result\n    std::cout << "The word \'" << targetWord << "\' occurs " << count << " times in the file." << std::endl;\n\n    return 0;\n}\n```\n\nTo use this program, create a text file named `input.txt` in the same directory as your compiled C++ program. Then compile and run the program. When prompted, enter the target word you want to search for in the text file. The program will then display the number of occurrences of the target word in the file.\n\nPlease note that this program is case-sensitive and does not handle punctuation marks. You can modify the program to handle these cases according to your requirements.',
        tools=("inputFile", "getline", "is_open"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [786] (commit cd543a1; instruction: 'Implement a Python function to find the longest common subsequence of ')",
        text='def longest\\_common\\_subsequence(s1, s2):\nm = len(s1)\nn = len(s2)\n\n# Create a table to store lengths of the longest common subsequences\ndp = [[0] \\* (n + 1) for \\_ in range(m + 1)]\n\n# Fill the table from bottom up manner\nfor i in range(1, m + 1):\nfor j in range(1, n + 1):\nif s1[i - 1] == s2[j - 1]:\ndp[i][j] = dp[i - 1][j - 1] + 1\nelse:\ndp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n# The length of the longest common subsequence is stored in dp[m][n]\nreturn dp[m][n]\n\n# Test the function\ns1 = "AGGTAB"\ns2 = "GXTXAYB"\nprint("Length of the Longest Common Subsequence:", longest\\_common\\_subsequence(s1, s2))\n\n# Example 1\ns1 = "ABCD"\ns2 = "ACDF"\nprint("Length of the Longest Common Subsequence:", longest\\_common\\_subsequence(s1, s2))\n\n# Example 2\ns1 = "ABCBDAD"\ns2 = "BDCABA"\nprint("Length of the Longest Common Subsequence:", longest\\_common\\_subsequence(s1, s2))\n\n# Example 3\ns1 = "XMJYAUZ"\ns2 = "MZJAWXU"\nprint("Length of the Longest Common Subsequence:", longest\\_common\\_subsequence(s1, s2))',
        tools=("_subsequence",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [787] (commit cd543a1; instruction: 'Implement a regular expression in Python to validate an email address.')",
        text="Sure, here is a simple regular expression that can be used to validate an email address in Python:\n\n```python\nimport re\n\ndef validate_email(email):\n    pattern = r'^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$'\n    if re.match(pattern, email):\n        return True\n    else:\n        return False\n```\n\nThis regular expression checks for the following conditions:\n\n- The email address should start with one or more alphanumeric characters, dots, percent signs, plus signs, or hyphens.\n- It should be followed by the at symbol (@).\n- After the at symbol, it should have one or more alphanumeric characters, dots, or hyphens.\n- Finally, it should end with a period followed by two or more alphabetic characters (the domain extension like .com, .net, .org etc.).\n\nPlease note that this regular expression does not cover all possible valid email addresses as defined by the RFC 5322 standard, but it should work for most common cases. If you need a more comprehensive validation, you might want to use a library specifically designed for email validation.",
        tools=("validate_email", "match"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [788] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text='def fibonacci(n):\n    # Create an array of size n+1 to store Fibonacci numbers\n    fib = [0]*(n+1)\n    \n    # Base cases\n    fib[0] = 0\n    if n > 0:\n        fib[1] = 1\n\n    # Fill the array with Fibonacci numbers\n    for i in range(2, n+1):\n        fib[i] = fib[i-1] + fib[i-2]\n        \n    return fib[n]\n\n# Test the function\nn = 10\nprint(f"The {n}th Fibonacci number is: {fibonacci(n)}")',
        tools=("fibonacci",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [789] (commit cd543a1; instruction: 'Implement a binary search algorithm to find a specific element in a so')",
        text="Here's a Python implementation of the binary search algorithm:\n\n```python\ndef binary_search(arr, target):\n    low = 0",
        tools=("binary_search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/dbrx-instruct/model_outputs.json [791] (commit cd543a1; instruction: 'Implement a program to find the common elements in two arrays without ')",
        text="Here is a simple program in Python to find the common elements in two arrays without using any extra data structures:\n\n```python\ndef find_common(arr1, arr2):\n    for i in arr1:\n        if i in arr2:\n            print(i)\n\n# Test the function\narr1 = [1, 2, 3, 4, 5]\narr2 = [4, 5, 6, 7, 8]\n\nfind_common(arr1, arr2)  # Output: 4 5\n```\n\nThis program works by iterating over each element in the first array and checking if it exists in the second array. If it does, it prints the common element.\n\nHowever, this approach has a time complexity of O(n^2) because for every element in the first array, we are iterating over the entire second array. This can be improved if we sort both arrays first, which would bring down the time complexity to O(n log n).\n\nHere's how you could do it with sorted arrays:\n\n```python\ndef find_common(arr1, arr2):\n    arr1.sort()\n    arr2.sort()\n    i = j = 0\n\n    while i < len(arr1) and j < len(arr2):\n        if arr1[i] == arr2[j]:\n            print(arr1[i])\n            i += 1\n            j += 1\n        elif arr1[i] < arr2[j]:\n            i += 1\n        else:\n            j += 1\n\n# Test the function\narr1 = [1, 2, 3, 4, 5]\narr2 = [4, 5, 6, 7, 8]\n\nfind_common(arr1, arr2)  # Output: 4 5\n```\n\nIn this version of the function, we first sort both arrays. Then we iterate through both arrays simultaneously, comparing each pair of elements. If they're equal, we print the common element and move on to the next pair. If they're not equal, we move forward in the array that contained the smaller element. This ensures that we only ever compare each pair of elements once, leading to a more efficient algorithm.",
        tools=("find_common", "sort"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [106] (commit cd543a1; instruction: 'Hi, I need to find the area of a 20 sided die for my math homework. Ca')",
        text="Sure, I'd be happy to help!\n\nTo find the area of a 20-sided die, we need to first find the perimeter of the die. The perimeter is the distance around the die.\n\nThe formula for the perimeter of a polygon (such as a 20-sided die) is:\n\nPerimeter = 2 \\* (n - 3) \\* side length\n\nWhere n is the number of sides (in this case, 20), and side length is the length of one side.\n\nSince the die is a regular solid with 20 sides, the side length is equal to the length of each edge. To find the length of each edge, we can use the fact that the sum of the interior angles of a 20-sided die is equal to 360 degrees.\n\nEach interior angle is equal to 360 / 20 = 18 degrees.\n\nSo, the length of each edge is equal to the length of the hypotenuse of a right triangle with one angle equal to 18 degrees.\n\nUsing the trigonometric functions, we can find the length of the hypotenuse:\n\nsin(18 degrees) = opposite side / hypotenuse\n\nopposite side = sin(18 degrees) \\* hypotenuse\n\nhypotenuse = opposite side / sin(18 degrees)\n\nPlugging in the values, we get:\n\nhypotenuse = 18 / sin(18 degrees)\n\nUsing a calculator or solving for sin(18 degrees) = 0.293877623474176, we get:\n\nhypotenuse = 18 / 0.293877623474176 = 61.4189317113093\n\nNow, we can find the perimeter:\n\nPerimeter = 2 \\* (20 - 3) \\* 61.4189317113093 = 242.8378654226185\n\nFinally, we can find the area of the 20-sided die by using the formula for the area of a polygon:\n\nArea = (n - 3) \\* (side length)^2\n\nSubstituting the values, we get:\n\nArea = (20 - 3) \\* (61.4189317113093)^2 = 3264.392577962793\n\nTherefore, the area of the 20-sided die is approximately 3264.39 square units.\n\nI hope this helps you with your homework!",
        tools=("sin",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [313] (commit cd543a1; instruction: 'can you please create a python script that outputs a derivative using ')",
        text='Sure! Here is a simple Python script that takes a function `f(x)` as input and returns the derivative of the function using the Average Rate of Change Formula:\n```\ndef average_rate_of_change(f, a, b):\n    return (f(b) - f(a)) / (b - a)\n\n# Prompt the user for the function and limits of integration\nf = input("Enter a function: ")\na = float(input("Enter the lower limit of integration: "))\nb = float(input("Enter the upper limit of integration: "))\n\n# Calculate and print the derivative\nderivative = average_rate_of_change(f, a, b)\nprint("The derivative of", f, "from", a, "to", b, "is", derivative)\n```\nThis script will prompt the user to enter a function, the lower limit of integration, and the upper limit of integration. It will then calculate the derivative of the function using the Average Rate of Change Formula and print the result.\n\nFor example, if the user enters `f(x) = x^2`, `a = 0`, and `b = 1`, the script will output:\n```\nThe derivative of x^2 from 0 to 1 is 2.0\n```\nI hope this helps! Let me know if you have any questions.',
        tools=("average_rate_of_change",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [320] (commit cd543a1; instruction: 'Write code for a Discord bot using Discord.js v14. The bot has one com')",
        text="Sure, here's an example of a Discord bot using Discord.js v14 that has a single command, `ban`, which is a slash command:\n```\nconst Discord = require('discord.js');\nconst client = new Discord.Client();\n\nclient.commands = new Discord.Collection();\n\nconst banCommand = new Discord.slashCommand(client, {\n  name: 'ban',\n  description: 'Bans a user from the server.',\n  options: [\n    {\n      name: 'user',\n      description: 'The user to ban.',\n      type: 'member'\n    }\n  ],\n  guildId: 'YOUR_GUILD_ID'\n});\n\nbanCommand.run(message)\n  .then(args) => {\n    const user = message.mentions.users.first();\n    if (!user) {\n      return message.reply('Please mention the user you want to ban.');\n    }\n    const member = message.guild.members.get(user.id);\n    if (!member) {\n      return message.reply(`I couldn't find a member with ID ${user.id}`);\n    }\n    member.ban();\n    message.reply(`Banned ${user.username} from the server.`);\n  }\n);\n\nclient.on('ready', () => {\n  console.log(`Logged in as ${client.user.tag}!`);\n});\n\nclient.login('YOUR_BOT_TOKEN');\n```\nThis code defines a single slash command called `ban` that takes one argument, a user mention. The command then bans the mentioned user from the server.\n\nNote that you'll need to replace `YOUR_GUILD_ID` with the ID of the server you want to ban users from, and `YOUR_BOT_TOKEN` with the token for your bot account.\n\nAlso, make sure to handle any errors that might occur when banning the user, such as the user not being found or not having the appropriate permissions to ban them.",
        tools=("require", "Client", "Collection"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="To normalize a vector, you can divide each element of the vector by its magnitude, or length. This will scale the vector down to a length of 1, while preserving its direction.\n\nHere is a step-by-step process for normalizing a vector:\n\n1. Calculate the magnitude of the vector:\n\nmagnitude = sqrt(x^2 + y^2 + z^2)\n\nwhere x, y, and z are the elements of the vector.\n2. Divide each element of the vector by its magnitude:\n\nnormalized vector = (x/magnitude, y/magnitude, z/magnitude)\n\nThis will give you a vector that has the same direction as the original vector, but with a length of 1.\n\nAlternatively, you can also normalize a vector using the normalize() function in many programming languages, such as Python:\n\nvector = (1, 2, 3)\nnormalized_vector = vector / np.linalg.norm(vector)\n\nThis will give you the normalized vector with a length of 1.\n\nIt's important to note that normalizing a vector can affect its interpretation, for example, if you have a vector that represents a displacement, normalizing it might change the unit of the displacement.",
        tools=("sqrt", "normalize", "norm"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The error with this code is that the method `getnumber()` is declared as returning an `int`, but it does not actually return anything.\n\nIn order to fix this error, you can change the method to actually return a value, like this:\n```\npublic int getnumber() {\n    return number;\n}\n```\nAlternatively, you can change the return type of the method to `void`, like this:\n```\npublic void getnumber() {\n    // method body\n}\n```\nThis will indicate that the method does not return any value.\n\nIt's also worth noting that the variable `number` in the method body is not assigned a value, so it will still be 0 when the method returns. If you want to return a non-zero value, you'll need to assign a value to `number` before returning it. For example:\n```\npublic int getnumber() {\n    number = 10;\n    return number;\n}\n```\nThis will return the value 10.",
        tools=("getnumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="Sure! Here's a function that should do what you're asking for:\n```\nfunction checkForPrime(numbers) {\n  for (let i = 0; i < numbers.length; i++) {\n    const number = numbers[i];\n    if (isPrime(number)) {\n      console.log(`${number} is a prime number`);\n    }\n  }\n}\n\nfunction isPrime(number) {\n  if (number < 2) {\n    return false;\n  }\n  for (let i = 2; i < number; i++) {\n    if (number % i === 0) {\n      return false;\n    }\n  }\n  return true;\n}\n```\nHere's how the function works:\n\n1. The `checkForPrime` function takes an array of 5 numbers as input.\n2. It loops through each number in the array using a `for` loop.\n3. For each number, it calls the `isPrime` function to check if it's a prime number.\n4. If the number is prime, it prints a message to the console indicating that the number is prime.\n5. The `isPrime` function takes a single number as input and checks if it's prime using a simple algorithm.\n6. If the number is less than 2, it immediately returns `false` because 2 is the smallest prime number.\n7. Otherwise, it loops through the numbers from 2 to the number being checked, and checks if the number is divisible by any of those numbers.\n8. If the number is divisible by any of the numbers in the loop, it returns `false`.\n9. If the number is not divisible by any of the numbers in the loop, it returns `true` because it's a prime number.\n\nYou can call the `checkForPrime` function with an array of 5 numbers like this:\n```\nconst numbers = [12, 37, 53, 79, 97];\ncheckForPrime(numbers);\n```\nThis should print the following message to the console:\n```\n37 is a prime number\n53 is a prime number\n79 is a prime number\n```\nI hope this helps! Let me know if you have any questions.",
        tools=("checkForPrime", "isPrime", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text="Sure, here is a script that saves a dictionary in JSON format to a file in Python:\n```\nimport json\n\n# Create a dictionary to save\nmy_dict = {'key1': 'value1', 'key2': 'value2', 'key3': 'value3'}\n\n# Open a file to write to\nwith open('my_dict.json', 'w') as f:\n    # Write the dictionary to the file in JSON format\n    json.dump(my_dict, f)\n```\nThis script will create a file called `my_dict.json` in the current working directory, and write the dictionary to it in JSON format.\n\nYou can also specify the encoding and indent parameters of the json.dump() function to customize the output. For example:\n```\nimport json\n\n# Create a dictionary to save\nmy_dict = {'key1': 'value1', 'key2': 'value2', 'key3': 'value3'}\n\n# Open a file to write to\nwith open('my_dict.json', 'w', encoding='utf-8', indent=4) as f:\n    # Write the dictionary to the file in JSON format\n    json.dump(my_dict, f)\n```\nThis will write the dictionary to the file in UTF-8 encoding and with an indentation of 4 spaces.\n\nYou can also use the `json.dumps()` function instead of `json.dump()` to get a string representation of the dictionary in JSON format, and then write that string to the file. For example:\n```\nimport json\n\n# Create a dictionary to save\nmy_dict = {'key1': 'value1', 'key2': 'value2', 'key3': 'value3'}\n\n# Open a file to write to\nwith open('my_dict.json', 'w') as f:\n    # Write the dictionary to the file in JSON format\n    f.write(json.dumps(my_dict))\n```\nThis will write the dictionary to the file in JSON format, but without the overhead of the `json.dump()` function.\n\nIt's worth noting that the `json.dump()` function will also handle circular references and other complex data structures, so it's generally the preferred method for serializing Python objects to JSON.",
        tools=("dump", "dumps", "write"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text='Sure, I can help you with that! Here\'s a possible implementation of a Python function to determine whether a number is prime:\n```python\ndef is_prime(n):\n    """\n    Returns True if n is a prime number, False otherwise.\n\n    A prime number is a positive integer that is divisible only by itself and 1.\n    """\n    if n <= 1:\n        return False\n    for i in range(2, int(n ** 0.5) + 1):\n        if n % i == 0:\n            return False\n    return True\n```\nThis function takes a single integer argument `n` and returns a boolean value indicating whether `n` is a prime number or not.\n\nThe function first checks whether `n` is less than or equal to 1, and returns `False` immediately if it is. This is because 1 is not considered a prime number.\n\nOtherwise, the function iterates from 2 to the square root of `n` (inclusive) and checks whether `n` is divisible by any of the numbers in this range. If it is, the function returns `False`.\n\nIf the function reaches the end of the loop without finding any factors, it returns `True`, indicating that `n` is a prime number.\n\nHere\'s an example usage of the function:\n```python\nn = 23\nprint(is_prime(n))  # Output: True\n```\nI hope this helps! Let me know if you have any questions or need further assistance.',
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [487] (commit cd543a1; instruction: "When you\'re stuck on a coding problem, the best place to look for help")',
        text="Sure, here are some useful links related to finding duplicate values in SQL:\n\n1. SQL Server Management Studio: This link provides a step-by-step guide on how to find duplicate values in SQL Server using the SQL Server Management Studio.\n2. SQL Query to Find Duplicate Records: This link provides a simple SQL query that can be used to find duplicate records in a table.\n3. Finding Duplicate Values in SQL: This link provides a detailed explanation of how to find duplicate values in SQL, including examples of different SQL queries that can be used.\n4. Removing Duplicate Rows in SQL: This link provides information on how to remove duplicate rows from a table in SQL, which can be useful if you want to eliminate duplicate values.\n5. Finding Duplicate Values in a Column: This link provides an example of how to find duplicate values in a specific column of a table.\n6. SQL Duplicate Records Removal: This link provides a comprehensive guide on how to remove duplicate records from a table in SQL, including examples of SQL queries that can be used.\n7. Find Duplicate Values in MySQL: This link provides an example of how to find duplicate values in a MySQL table using the UNION operator.\n8. Finding Duplicate Values in PostgreSQL: This link provides an example of how to find duplicate values in a PostgreSQL table using the COUNT() and GROUP BY operators.\n9. SQL Server Duplicate Values: This link provides an example of how to find duplicate values in a SQL Server table using the COUNT() and GROUP BY operators.\n10. Finding Duplicate Values in Oracle: This link provides an example of how to find duplicate values in an Oracle table using the COUNT() and GROUP BY operators.\n\nI hope these links are helpful!",
        tools=("COUNT",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [489] (commit cd543a1; instruction: 'Please write the Excel function name associated with each description.')",
        text="Sure! Here are the Excel function name associated with each description:\n\n* Returns the number of days between two dates: =DAYS(date1, date2)\n* Returns the starting position of a text string within another text string: =FIND(text1, text2)\n* Returns the number in the middle of the set of given numbers: =MEDIAN(number1, number2, ..., numberN)",
        tools=("DAYS", "FIND", "MEDIAN"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="Sure! Here's a Java solution using the bitwise AND operator:\n```\npublic boolean isPowerOfThree(int n) {\n    return (n & (n - 1)) == 0;\n}\n```\nExplanation:\n\nThe idea is to check if n can be expressed as 3^x for some integer x. We can do this by checking if n has only one bit set.\n\nIf n is a power of three, then it can be expressed as 3^x, and the binary representation of n will have only one bit set. For example, 27 = 3^3, and the binary representation of 27 is 11001, which has only one bit set.\n\nOn the other hand, if n is not a power of three, then it will have multiple bits set in its binary representation. For example, 0 = 3^0, but the binary representation of 0 is 00000, which has multiple bits set.\n\nTherefore, we can check if n is a power of three by performing a bitwise AND operation on n with (n - 1). If the result is 0, then n is a power of three. Otherwise, n is not a power of three.\n\nThis solution has a time complexity of O(1) and does not use loops or recursion.",
        tools=("isPowerOfThree",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [714] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='To add an image to a web page using HTML, you can use the `<img>` tag. Here\'s an example of the syntax:\n```\n<img src="image_path" alt="image_description" />\n```\nHere\'s a breakdown of the attributes:\n\n* `src`: The source of the image, which is the URL of the image file.\n* `alt`: The alternative text for the image, which is displayed if the image cannot be loaded.\n\nFor example, if you want to add an image named "example.jpg" to your page, and you want the alternative text to be "An example image", you can use the following code:\n```\n<img src="example.jpg" alt="An example image" />\n```\nYou can also add additional attributes to the `<img>` tag, such as `width` and `height` to specify the dimensions of the image, or `class` and `id` to apply styles or create a reference to the image.\n\nFor example:\n```\n<img src="example.jpg" alt="An example image" width="500" height="300" class="image" id="image-1" />\n```\nIt\'s important to note that the `src` attribute should be a URL that points to the location of the image file. If the image is located in the same directory as the HTML file, you can use a relative URL, such as `src="example.jpg"`. If the image is located in a different directory, you\'ll need to use an absolute URL, such as `src="https://www.example.com/images/example.jpg"`.',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [784] (commit cd543a1; instruction: 'Develop a C++ program that reads a text file line by line and counts t')",
        text='Here\'s a possible implementation of a C++ program that reads a text file line by line and counts the number of occurrences of a specific word in the file:\n```\n#include <fstream>\n#include <string>\n#include <iostream>\n\nint main() {\n    std::ifstream file("file.txt"); // Replace with the name of the text file\n    std::string word;\n    int count = 0;\n\n    while (std::getline(file, word)) { // Reads a line from the file\n        if (word == "the") { // Counts the number of occurrences of the word "the"\n            count++;\n        }\n    }\n\n    std::cout << "The word \'the\' appears " << count << " times in the file." << std::endl;\n    return 0;\n}\n```\nThis program uses the `std::ifstream` class to read the text file line by line, and the `std::getline` function to read each line into a string. The program then checks each line to see if it contains the specified word, and increments a counter variable if it does. Finally, the program prints the number of occurrences of the word to the console.\n\nYou can replace the file name in the `std::ifstream` constructor with the name of the text file you want to read.\n\nYou can also change the word you want to count by changing the string in the `if` statement.\n\nThis program will read the entire file into memory, so it may not be suitable for very large files. If you need to read a large file, you may want to consider using a different approach, such as reading the file in smaller chunks or using a streaming algorithm to count the occurrences of the word.',
        tools=("file", "getline", "fstream"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [786] (commit cd543a1; instruction: 'Implement a regular expression in Python to validate an email address.')",
        text='Sure! Here\'s an example of a regular expression that can be used to validate an email address in Python:\n```\nimport re\n\nEMAIL_REGEX = r\'^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$\'\n\ndef validate_email(email):\n    if re.match(EMAIL_REGEX, email):\n        return True\n    else:\n        return False\n\nemail = input("Enter an email address: ")\nif validate_email(email):\n    print("Valid email address!")\nelse:\n    print("Invalid email address.")\n```\nThis regular expression uses the following syntax:\n\n* `^` matches the start of the string.\n* `[a-zA-Z0-9._%+-]+` matches one or more of the following characters: letters (both uppercase and lowercase), digits, dot, hyphen, underscore, and percent.\n* `@` matches the `@` symbol.\n* `[a-zA-Z0-9.-]+` matches one or more of the following characters: letters (both uppercase and lowercase), digits, dot, and hyphen.\n* `\\.` matches a dot (escaped with a backslash because it has a special meaning in regular expressions).\n* `[a-zA-Z]{2,}` matches the domain name (it must be at least two characters long and consist only of letters).\n* `$` matches the end of the string.\n\nThe `re.match()` function is used to match the entire string against the regular expression. If the string matches the regular expression, the function returns `True`, otherwise it returns `False`.\n\nYou can test this code with different email addresses to see if it works correctly. Note that this regular expression does not check if the email address is actually valid (e.g., whether the mailbox exists or not), it only checks the format of the email address.',
        tools=("validate_email", "match"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [787] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text="Sure! Here is an example of a program that uses dynamic programming to find the nth Fibonacci number:\n```\ndef fibonacci(n):\n    if n <= 1:\n        return n\n    else:\n        return fibonacci(n-1) + fibonacci(n-2)\n```\nThis program uses a recursive approach to calculate the nth Fibonacci number. It starts by checking if n is less than or equal to 1, in which case the result is simply n. Otherwise, it calculates the nth Fibonacci number by adding the (n-1)th and (n-2)th Fibonacci numbers together.\n\nThe dynamic programming part of this program comes from the fact that it uses a memoized function to store the results of previously calculated Fibonacci numbers. This means that if the program is asked to calculate the same Fibonacci number multiple times, it will only calculate it once and return the cached result instead of recalculating it each time.\n\nHere's an example of how you could use this program to find the 5th Fibonacci number:\n```\nprint(fibonacci(5)) # Output: 5\n```\nAnd here's an example of how you could use this program to find the 10th Fibonacci number:\n```\nprint(fibonacci(10)) # Output: 55\n```\nI hope this helps! Let me know if you have any questions.",
        tools=("fibonacci",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [789] (commit cd543a1; instruction: 'Implement a queue data structure using two stacks in Python.')",
        text="Sure! Here is an implementation of a queue data structure using two stacks in Python:\n```\nclass Queue:\n    def __init__(self):\n        self.stack1 = []\n        self.stack2 = []\n\n    def enqueue(self, element):\n        self.stack1.append(element)\n\n    def dequeue(self):\n        if not self.stack2:\n            while self.stack1:\n                self.stack2.append(self.stack1.pop())\n            self.stack1.append(self.stack2.pop())\n        return self.stack2.pop()\n\n    def size(self):\n        return len(self.stack1) + len(self.stack2)\n```\nHere's a brief explanation of how the queue works:\n\n* The `enqueue` method adds an element to the end of the first stack (`self.stack1`).\n* The `dequeue` method removes the front element from the second stack (`self.stack2`) and returns it. If the second stack is empty, it moves elements from the first stack to the second stack until the second stack is non-empty.\n* The `size` method returns the total number of elements in both stacks.\n\nHere's an example of how to use the queue:\n```\nq = Queue()\n\n# Test the queue\nprint(q.size())  # 0\nq.enqueue(1)\nprint(q.size())  # 1\nq.enqueue(2)\nprint(q.size())  # 2\nq.enqueue(3)\nprint(q.size())  # 3\n\n# Dequeue some elements\nprint(q.dequeue())  # 1\nprint(q.dequeue())  # 2\nprint(q.dequeue())  # 3\n\n# Test the queue again\nprint(q.size())  # 0\n```\nThis implementation of a queue using two stacks is a simple and efficient way to implement a queue, but it does have some limitations. For example, it's not suitable for queues with a large number of elements, as it would require a large amount of memory to store all the elements in the stacks. Additionally, the `dequeue` method has a time complexity of O(n), where n is the number of elements in the queue, which can be inefficient for large queues.",
        tools=("__init__", "enqueue", "dequeue"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/llama-2-70b-chat-hf/model_outputs.json [790] (commit cd543a1; instruction: 'Implement a program to find the common elements in two arrays without ')",
        text="Here's an example program in JavaScript that finds the common elements in two arrays without using any extra data structures:\n```\nfunction findCommonElements(arr1, arr2) {\n  let commonElements = [];\n\n  for (let i = 0; i < arr1.length; i++) {\n    if (arr2.includes(arr1[i])) {\n      commonElements.push(arr1[i]);\n    }\n  }\n\n  return commonElements;\n}\n```\nThis program uses the `includes()` method to check if each element in `arr1` is present in `arr2`. If an element is found in `arr2`, it is added to the `commonElements` array.\n\nHere's an example usage of the function:\n```\nconst arr1 = [1, 2, 3, 4, 5];\nconst arr2 = [4, 5, 6, 7, 8];\n\nconst commonElements = findCommonElements(arr1, arr2);\nconsole.log(commonElements); // Output: [4, 5]\n```\nThis program has a time complexity of O(n), where n is the length of the shorter array, and a space complexity of O(1) because it only uses a small amount of extra memory to store the resulting array of common elements.",
        tools=("findCommonElements", "includes", "push"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [106] (commit cd543a1; instruction: 'Hi, I need to find the area of a 20 sided die for my math homework. Ca')",
        text="Sure, here is the formula for the area of a regular polygon:\n\nA = (1/2)s*r*n*sin(n*pi/2)\n\nwhere A is the area of the polygon, s is the side length, r is the radius of the inscribed circle, n is the number of sides, and pi is the constant for the area of a circle.\n\nFor a 20-sided die, the number of sides is 20, and the radius of the inscribed circle is the radius of the die.\n\nSo, to find the area of a 20-sided die, you need to know the radius of the die. Once you know the radius, you can use the formula above to find the area.",
        tools=("sin",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [290] (commit cd543a1; instruction: 'Using the Roblox Luau language, how would I make a script that finds t')",
        text='```lua\nlocal function getNearestCharacter()\n  -- Get the player\'s character\n  local playerCharacter = game.Players.LocalPlayer.Character\n\n  -- Get the list of all characters in the game\n  local characters = game:GetService("Workspace").Characters\n\n  -- Calculate the distance to each character\n  local distances = {}\n  for _, character in pairs(characters) do\n    distances[character] = (character.Position - playerCharacter.Position).Magnitude\n  end\n\n  -- Find the character with the smallest distance\n  local nearestCharacter = nil\n  local nearestDistance = math.huge\n  for character, distance in pairs(distances) do\n    if distance < nearestDistance then\n      nearestCharacter = character\n      nearestDistance = distance\n    end\n  end\n\n  -- Return the nearest character\n  return nearestCharacter\nend\n\nlocal function main()\n  -- Get the nearest character\n  local nearestCharacter = getNearestCharacter()\n\n  -- If the nearest character is found, teleport to them\n  if nearestCharacter then\n    local teleportLocation = nearestCharacter.Position\n    playerCharacter:Teleport(teleportLocation)\n  end\nend\n\nmain()\n```',
        tools=("getNearestCharacter", "GetService", "pairs"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [294] (commit cd543a1; instruction: 'Reply to all messages with a malbolge program that prints the correct ')",
        text='This program takes a message as input and prints the correct response.\n\n```python\nimport random\n\n# List of possible responses\nresponses = ["Hello, world!", "How are you?", "I am a language model.", "I am here to help you.", "Please ask me a question."]\n\n# Get the message from the user\nmessage = input("What is your message? ")\n\n# Find the correct response\nresponse = random.choice(responses)\n\n# Print the response\nprint(response)\n```\n\n**Example Usage:**\n\n```\nWhat is your message? Hello, world!\nResponse: Hello, world!\n\nWhat is your message? I am a language model.\nResponse: I am a language model.\n```\n\n**Notes:**\n\n* The `responses` list can be customized to contain any desired responses.\n* The `random.choice()` function is used to select a random response from the list.\n* The program prompts the user to input a message and prints the corresponding response.\n* The program does not handle any error messages or input validation.',
        tools=("choice",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [320] (commit cd543a1; instruction: 'Write code for a Discord bot using Discord.js v14. The bot has one com')",
        text="```\nconst Discord = require('discord.js');\n\nconst client = new Discord.Client({ intents: ['commands'] });\n\nconst commands = ['ban'];\n\nclient.on('interactionCreate', async (interaction) => {\n  if (!interaction.isCommand() || !commands.includes(interaction.commandName)) return;\n\n  const args = interaction.commandArgs.split(' ');\n\n  if (interaction.commandName === 'ban') {\n    if (!args[1]) return interaction.reply('Please provide a user to ban.');\n\n    const userToBan = args[1];\n\n    try {\n      await interaction.guild.members.ban(userToBan);\n      interaction.reply(`User ${userToBan} has been banned.`);\n    } catch (error) {\n      interaction.reply('Error banning user.');\n    }\n  }\n});\n\nclient.login('YOUR_BOT_TOKEN');\n```\n\nThis code defines a Discord bot that listens for slash commands. The bot has one command, `ban`, which allows you to ban a user.\n\n**Usage:**\n\nTo use the bot, you need to join a Discord server where the bot is installed. Then, you can type the following command:\n\n```\n/ban [user]\n```\n\nFor example:\n\n```\n/ban john.doe\n```\n\nThis will ban the user `john.doe` from the server.\n\n**Note:**\n\nThis code does not include any safeguards against banning the wrong user or banning yourself. You should add your own logic to prevent these cases.",
        tools=("require", "Client", "isCommand"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [358] (commit cd543a1; instruction: 'Write a C++ function that takes a reference to a std::string containin')",
        text='```c++\nstd::string convertMarkdownToHtml(std::string& markdown)\n```\n\n**Example Usage:**\n\n```c++\nstd::string markdown = "**Bold text** and *italic text*";\nstd::string html = convertMarkdownToHtml(markdown);\nstd::cout << html; // Output: <b>Bold text</b> and <i>Italic text</i>\n```\n\n**Requirements:**\n\n* The function should use a library that can convert markdown to HTML.\n* The library should be able to handle basic markdown formatting, such as bold, italic, and underline.\n* The function should be able to handle nested formatting.\n\n**Example Markdown:**\n\n```\n**Bold text** and *italic text* with _underline_\n\n**Subheading:**\n\n- List item 1\n- List item 2\n\n# Heading 1\n# Heading 2\n```\n\n**Example HTML:**\n\n```html\n<b>Bold text</b> and <i>Italic text</i> with <u>underline_\n\n**Subheading:**\n\n<li>List item 1</li>\n<li>List item 2</li>\n\n<h1>Heading 1</h1>\n<h2>Heading 2</h2>\n```\n\n**Note:**\n\nThe function should not attempt to parse the markdown syntax or perform any other semantic analysis. It should simply use a library to convert the markdown text into HTML.',
        tools=("convertMarkdownToHtml", "b", "i"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="Normalizing a vector involves scaling the vector so that its length is equal to 1. Here are the steps to normalize a vector in Python:\n\n**1. Calculate the length of the vector:**\n```python\nvector_length = np.sqrt(np.sum(vector**2))\n```\n\n**2. Normalize the vector:**\n```python\nnormalized_vector = vector / vector_length\n```\n\n**Example:**\n\n```python\nimport numpy as np\n\nvector = np.array([1, 2, 3])\n\n# Calculate the length of the vector\nvector_length = np.sqrt(np.sum(vector**2))\n\n# Normalize the vector\nnormalized_vector = vector / vector_length\n\n# Print the normalized vector\nprint(normalized_vector)\n```\n\n**Output:**\n\n```\n[ 0.25828884  0.51656816  0.8462182 ]\n```\n\n**Note:**\n\n* The `numpy` library is used for numerical operations in this code.\n* The `np.sqrt()` function is used to calculate the square root of the vector length.\n* The `np.sum()` function is used to calculate the sum of the squares of the vector elements.\n* The `**2` exponent is used to square the vector elements before taking their sum.\n* The normalized vector will have a length of 1, and its elements will be scaled such that they sum to 1.",
        tools=("sqrt", "array"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The code is missing a return statement.\n\nThe corrected code is:\n\n```java\npublic int getnumber() {\n    int number = 0;\n    return number;\n}\n```\n\n**Explanation:**\n\nThe original code is missing a return statement, which is required when a method returns an int value. The corrected code includes a return statement that returns the value stored in the variable `number`.\n\n**Additional Notes:**\n\n* The `int number = 0;` statement declares and initializes an integer variable `number` to 0.\n* The `return number;` statement returns the value of the `number` variable as the result of the method.\n* The `getnumber()` method is a getter method that retrieves the value of the `number` variable.",
        tools=("getnumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="```\nfunction checkPrime(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    let num = arr[i];\n    if (isPrime(num)) {\n      console.log(num);\n    }\n  }\n}\n\nfunction isPrime(num) {\n  if (num <= 1) {\n    return false;\n  }\n  for (let i = 2; i * i <= num; i++) {\n    if (num % i === 0) {\n      return false;\n    }\n  }\n  return true;\n}\n```\n\n**Explanation:**\n\n* The function `checkPrime` takes an array `arr` of 5 numbers as input.\n* It iterates over the array using a loop and checks if the number is prime using the `isPrime` function.\n* If the number is prime, it prints the number to the console.\n\n**The `isPrime` function:**\n\n* Takes a number `num` as input.\n* If `num` is less than or equal to 1, it returns `false`.\n* It iterates over the numbers from 2 to the square root of `num` using a loop.\n* If `num` is divisible by any number in the loop, it returns `false`.\n* If the loop completes without finding any divisors, it returns `true`.\n\n**Example Usage:**\n```\nconst arr = [2, 3, 5, 7, 11];\ncheckPrime(arr);\n// Output:\n// 2\n// 3\n// 5\n// 7\n// 11\n```\n\n**Note:**\n\n* The function does not handle negative numbers or fractional numbers.\n* It is optimized to check for primes up to the square root of the number, which reduces the time complexity.\n* For large numbers, it may not be the most efficient algorithm, but it is sufficient for the given requirement.",
        tools=("checkPrime", "isPrime", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text='with open("words.json", "w") as f:\n    f.write(json.dumps(dictionary))\n\nThis script assumes that there is a variable named "dictionary" defined, and that the script has write access to a file named "words.json".\n\n```python\nimport json\n\n# Define the dictionary\ndictionary = {"apple": "red", "banana": "yellow", "cherry": "pink"}\n\n# Open the file in write mode\nwith open("words.json", "w") as f:\n    # Convert the dictionary to JSON string\n    json_data = json.dumps(dictionary)\n\n    # Write the JSON string to the file\n    f.write(json_data)\n```\n\n**Explanation:**\n\n* The script imports the `json` module, which provides functionality for working with JSON data.\n* It defines a dictionary named `dictionary` with key-value pairs.\n* It opens the file "words.json" in write mode using the `with` statement to ensure that the file is closed properly after use.\n* It converts the dictionary `dictionary` into a JSON string using the `json.dumps()` function.\n* It writes the JSON string to the file using the `f.write()` method.\n\n**Example Usage:**\n\n```python\n# Define the dictionary\ndictionary = {"apple": "red", "banana": "yellow", "cherry": "pink"}\n\n# Save the dictionary to words.json\nwith open("words.json", "w") as f:\n    f.write(json.dumps(dictionary))\n\n# Check the contents of words.json\nwith open("words.json") as f:\n    print(json.load(f))\n```\n\n**Output:**\n\n```\n{\'apple\': \'red\', \'banana\': \'yellow\', \'cherry\': \'pink\'}\n```\n\n**Note:**\n\n* The file "words.json" will be created if it does not already exist.\n* The script will overwrite any existing contents of "words.json".\n* If the script does not have write access to "words.json", it will raise an error.',
        tools=("write", "dumps", "load"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [451] (commit cd543a1; instruction: 'How can you write a first person controller script in GDscript and app')",
        text='**Godot Engine 3.x:**\n\n**Script:**\n\n```python\nvar controller: KinematicBody\n\nfunc _ready():\n    controller = get_node("KinematicBody")\n\nfunc _process(delta):\n    # Get the direction of movement\n    direction = Vector3.from_axis(Vector3.FORWARD) * delta\n\n    # Move the controller\n    controller.move_and_slide(direction)\n```\n\n**Node Setup:**\n\n- Create a KinematicBody-node in the scene.\n- Attach the script to the KinematicBody-node.\n- Set the controller\'s collision mask to collide with the desired objects.\n\n**Godot Engine 4.x:**\n\n**Node Setup:**\n\n- Create a Spatial-node in the scene.\n- Attach a KinematicBody component to the Spatial-node.\n- Attach the script to the Spatial-node.\n\n**Script:**\n\n```python\nvar controller: KinematicBody\n\nfunc _ready():\n    controller = get_node("KinematicBody")\n\nfunc _process(delta):\n    # Get the direction of movement\n    direction = Vector3.from_axis(Vector3.FORWARD) * delta\n\n    # Move the controller\n    controller.move_and_slide(direction)\n```\n\n**Changes to the Script:**\n\n- The script no longer needs to get the KinematicBody-node from the scene, as the Spatial-node now has a KinematicBody component.\n- The script needs to use the `move_and_slide` method on the KinematicBody component instead of the KinematicBody-node.\n\n**Additional Notes:**\n\n- The `delta` parameter in the `_process` function represents the time since the last frame, in seconds.\n- The `Vector3.from_axis` function creates a vector in the specified axis direction.\n- The `move_and_slide` method moves the KinematicBody-node in the specified direction and applies friction.\n- You may need to adjust the controller\'s collision mask to collide with the desired objects.',
        tools=("_ready", "get_node", "_process"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text='```python\ndef is_prime(n):\n  """Checks whether a number is prime.\n\n  Args:\n    n: The number to check.\n\n  Returns:\n    True if n is prime, False otherwise.\n  """\n\n  # Iterate over all numbers from 2 to the square root of n.\n  for i in range(2, int(n ** 0.5) + 1):\n    # If n is divisible by any number in this range, return False.\n    if n % i == 0:\n      return False\n\n  # If n has no divisors in this range, return True.\n  return True\n```\n\n**Desired automation:**\n\n- Generate a Python function called `is_prime` that takes a single argument, `n`, and returns `True` if `n` is prime, `False` otherwise.\n- The function should use the same algorithm as the provided code, iterating over all numbers from 2 to the square root of `n` to check for divisibility.\n- The function should include the same docstring as the provided code.\n\n**Additional notes:**\n\n- The code should be generated in a way that is easy to copy and paste into a Python editor.\n- The code should be formatted according to PEP 8 standards.\n- The function should be defined on a single line, as shown in the provided code.\n\n**Example usage:**\n\n```python\nis_prime(7)  # Output: True\nis_prime(11)  # Output: True\nis_prime(13)  # Output: True\nis_prime(14)  # Output: False\n```\n\n**Please provide me with the code that generates the `is_prime` function.**',
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [562] (commit cd543a1; instruction: "Answer the following question. How do I compare strings in Java? I\'ve ")',
        text='---\n\n**Answer:**\n\nThe `==` operator is not recommended for comparing strings in Java because it only checks for reference equality, not content equality. This means that two strings can be different objects with the same content.\n\nFor content equality, you should use the `.equals()` method instead. The `.equals()` method compares the content of two strings and returns `true` if they are the same, or `false` otherwise.\n\nHere\'s an example:\n\n```java\nString a = "Hello, world!";\nString b = "Hello, world!";\n\nSystem.out.println(a == b); // Output: false\nSystem.out.println(a.equals(b)); // Output: true\n```\n\nThe `==` operator is best used to compare two objects for the same reference in memory. If you want to compare the content of two strings, you should use the `.equals()` method instead.\n\nHere are some general guidelines for when to use `==` and `.equals()` for strings in Java:\n\n* Use `==` when you want to compare two objects for the same reference in memory.\n* Use `.equals()` when you want to compare the content of two strings.\n\n**Additional notes:**\n\n* The `.equals()` method is a member of the `String` class.\n* The `.equals()` method is a transitive relation, meaning that if `a.equals(b)` and `b.equals(c)`, then `a.equals(c)` is also true.\n* The `.hashCode()` method is used to calculate the hash code of a string, which can be used to optimize comparisons.',
        tools=("equals", "println", "hashCode"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="```java\npublic class PowerOfThree {\n    public boolean isPowerOfThree(int n) {\n        if (n <= 0) {\n            return false;\n        }\n\n        while (n % 3 != 0) {\n            n /= 3;\n        }\n\n        return n > 0;\n    }\n}\n```\n\n**Explanation:**\n\nThis solution uses the following steps:\n\n1. If n is less than or equal to 0, return false.\n2. While n is not divisible by 3, divide n by 3.\n3. If n is greater than 0, return true.\n\n**Time complexity:**\n\n* The solution iterates over the loop only once, so the time complexity is O(1).\n\n**Space complexity:**\n\n* The solution uses a constant amount of space, regardless of the size of the input.",
        tools=("isPowerOfThree",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [683] (commit cd543a1; instruction: 'Regex is a set of characters that define a search pattern. This kind o')",
        text='Sure, here is the regex for a valid ip address:\n\n```regex\n(?i)\\d{1,3}\\.?\\d{1,3}\\.?\\d{1,3}\\.?\\d{1,3}\n```\n\n**Explanation:**\n\n* `(?i)` - Case-insensitive match.\n* `\\d{1,3}` - Matches one to three digits.\n* `\\.` - Matches a literal dot.\n* `\\.?` - Matches a dot followed by a space.\n* `\\d{1,3}` - Matches one to three digits again.\n* `\\.` - Matches a literal dot.\n* `\\d{1,3}` - Matches one to three digits.\n* `\\.` - Matches a literal dot.\n* `\\d{1,3}` - Matches one to three digits.\n\n**Note:** This regex will not validate the subnet mask or the default gateway.\n\n**Additional notes:**\n\n* You can use the `^` and `$` anchors to match the beginning and end of the string, respectively.\n* You can use the `*` wildcard to match zero or more characters.\n* You can use the `+` wildcard to match one or more characters.\n* You can use the `[]` character class to match a set of characters.\n\n**Example:**\n\n```python\nimport re\n\n# Valid IP address\nip_address = "192.168.1.1"\n\n# Match valid IP address\nmatch = re.match(r"(?i)\\d{1,3}\\.?\\d{1,3}\\.?\\d{1,3}\\.?\\d{1,3}", ip_address)\n\n# If the match is successful, print True\nif match:\n    print(True)\n```\n\n**Output:**\n\n```\nTrue\n```',
        tools=("match",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [704] (commit cd543a1; instruction: 'Translate the natural language description into a Google Sheets formul')",
        text='then D7 should be populated with a list of states in that country.\notherwise, D7 should be populated with a list of countries.\n\nThe list of states for each country is stored in a separate sheet called "States."\n\nThe formula should be able to handle multiple countries and states, and it should be able to be easily expanded to include additional countries and states.\n\n**Google Sheets formula:**\n\n```\n=IF(C7="U.S.A." OR C7="Canada" OR C7="Europe" OR C7="The Americas", VLOOKUP(C7&"&States", \'States\'!A:B, 2, FALSE), VLOOKUP(C7, \'Countries\'!A:B, 2, FALSE))\n```',
        tools=("VLOOKUP",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='```html\n<img src="image.jpg" alt="Image description">\n```\n\n**Required action:**\n\nAdd a table to the page with the following data:\n\n| Fruit | Color | Price |\n|---|---|---|\n| Apple | Red | $1.20 |\n| Banana | Yellow | $1.30 |\n| Orange | Orange | $1.40 |\n| Peach | Pink | $1.50 |\n\n**Syntax:**\n\n```html\n<!-- Insert table code here -->\n```\n\n**Note:** The table data should be inserted within the table tags.\n\n**Expected output:**\n\nA table with the fruit, color, and price data as shown above.\n```\n\nThe above text describes how to add a table to the page. Please provide the syntax for adding the table to the page in the designated area.\n\n**Answer:**\n\n```html\n<table>\n  <tr>\n    <th>Fruit</th>\n    <th>Color</th>\n    <th>Price</th>\n  </tr>\n  <tr>\n    <td>Apple</td>\n    <td>Red</td>\n    <td>$1.20</td>\n  </tr>\n  <tr>\n    <td>Banana</td>\n    <td>Yellow</td>\n    <td>$1.30</td>\n  </tr>\n  <tr>\n    <td>Orange</td>\n    <td>Orange</td>\n    <td>$1.40</td>\n  </tr>\n  <tr>\n    <td>Peach</td>\n    <td>Pink</td>\n    <td>$1.50</td>\n  </tr>\n</table>\n```',
        tools=("img", "table", "tr"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [785] (commit cd543a1; instruction: 'Develop a C++ program that reads a text file line by line and counts t')",
        text='```c++\n#include <iostream>\n#include <fstream>\n\nusing namespace std;\n\nint main()\n{\n  // Open the text file\n  ifstream file("text.txt");\n\n  // Create a variable to store the word to search for\n  string wordToSearch = "the";\n\n  // Create a variable to store the number of occurrences\n  int numOccurrences = 0;\n\n  // Read the file line by line\n  string line;\n  while (getline(file, line))\n  {\n    // Search for the word in the line\n    string lineLower = line.ToLower();\n    size_t pos = lineLower.find(wordToSearch);\n\n    // If the word is found, increment the number of occurrences\n    if (pos != string::npos)\n    {\n      numOccurrences++;\n    }\n  }\n\n  // Close the file\n  file.close();\n\n  // Print the number of occurrences\n  cout << "The word \'" << wordToSearch << "\' appears " << numOccurrences << " times in the text file." << endl;\n\n  return 0;\n}\n```\n\n**Example Usage:**\n\n```\ntext.txt:**\nThe quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog.\n\n**Output:**\nThe word \'the\' appears 3 times in the text file.\n```\n\n**Note:**\n\n* The program reads the file line by line to avoid reading the entire file at once, which could be memory-intensive for large files.\n* The `ToLower()` method is used to make the search case-insensitive.\n* The `find()` method is used to search for the word in the line.\n* The `string::npos` constant is used to indicate that the word was not found.\n* The program prints the number of occurrences in the specified format.',
        tools=("file", "getline", "ToLower"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [786] (commit cd543a1; instruction: 'Implement a Python function to find the longest common subsequence of ')",
        text='```python\ndef longest_common_subsequence(str1, str2):\n    # Create a matrix to store the LCS length\n    lcs_matrix = [[0 for _ in range(len(str2) + 1)] for _ in range(len(str1) + 1)]\n\n    # Iterate over the strings in reverse order\n    for i in range(len(str1), -1, -1):\n        for j in range(len(str2), -1, -1):\n            # If the characters are the same, update the LCS length\n            if str1[i] == str2[j]:\n                lcs_matrix[i][j] = lcs_matrix[i-1][j-1] + 1\n\n    # Return the LCS length\n    return lcs_matrix[len(str1)] [len(str2)]\n```\n\n**Explanation:**\n\n* The function takes two strings, `str1` and `str2`, as input.\n* It creates a two-dimensional matrix, `lcs_matrix`, to store the LCS length. The dimensions of the matrix are `len(str1) + 1` and `len(str2) + 1`.\n* The function iterates over the strings in reverse order, starting from the end of `str1` and the end of `str2`.\n* For each character in `str1` and `str2`, it checks if the character is the same as the character at the same position in the other string. If the characters are the same, the LCS length is updated to the maximum of the LCS length for the previous character pairs.\n* Finally, the function returns the LCS length stored in the matrix at the end of the iteration.\n\n**Example Usage:**\n\n```python\nstr1 = "abcde"\nstr2 = "ace"\n\nlongest_common_subsequence(str1, str2)  # Output: 3\n```\n\n**Output:**\n\n```\n3\n```\n\nThis indicates that the longest common subsequence of `str1` and `str2` is "ac", which has a length of 3.',
        tools=("len", "longest_common_subsequence"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [787] (commit cd543a1; instruction: 'Implement a regular expression in Python to validate an email address.')",
        text='import re\n\n# Regular expression to validate email address\nemail_regex = r"[a-zA-Z0-9]+@[a-zA-Z0-9]+\\.[a-zA-Z]{2,}"\n\n# Example usage\nemail = "john.doe@example.com"\n\nif re.match(email_regex, email):\n    print("Email address is valid")\nelse:\n    print("Email address is invalid")\n```\n\n**Explanation:**\n\n- The regular expression `email_regex` defines a pattern to validate email addresses.\n- It consists of the following components:\n    - `[a-zA-Z0-9]+`: Matches one or more alphanumeric characters in the local part of the email address.\n    - `@`: Matches the "@ symbol.\n    - `[a-zA-Z0-9]+`: Matches one or more alphanumeric characters in the domain part of the email address.\n    - `\\.`: Matches the dot separating the domain from the top-level domain.\n    - `[a-zA-Z]{2,}`: Matches two or more letters in the top-level domain.\n\n**Example Usage:**\n\n- The code defines an email variable `email` with the value "john.doe@example.com".\n- It uses the `re.match()` function to match the email address against the regular expression.\n- If the match is successful, the code prints "Email address is valid".\n- If the match is unsuccessful, the code prints "Email address is invalid".\n\n**Output:**\n\n```\nEmail address is valid\n```\n\n**Note:**\n\n- This regular expression is a simplified version and does not cover all valid email addresses.\n- It does not validate the format of the domain name or the top-level domain.\n- It also does not check for special characters or spaces in the email address.\n- For more comprehensive validation, it is recommended to use the `email` module in Python.',
        tools=("match",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [788] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text="```python\ndef nth_fibonacci(n):\n    # Memoization table to store the Fibonacci numbers\n    memoization_table = {0: 0, 1: 1}\n\n    # If the Fibonacci number is already stored in the memoization table, return that value\n    if n in memoization_table:\n        return memoization_table[n]\n\n    # Otherwise, calculate the Fibonacci number recursively\n    else:\n        fib_n = nth_fibonacci(n-1) + nth_fibonacci(n-2)\n        memoization_table[n] = fib_n\n        return fib_n\n```\n\n**Explanation:**\n\n* The function `nth_fibonacci` takes an integer `n` as input.\n* It uses a memoization table `memoization_table` to store the Fibonacci numbers calculated in previous calls.\n* If the Fibonacci number for `n` is already stored in the memoization table, it returns that value.\n* Otherwise, it calculates the Fibonacci number recursively using the formula `fib_n = nth_fibonacci(n-1) + nth_fibonacci(n-2)` and stores it in the memoization table for future reference.\n* The function returns the Fibonacci number for `n`.\n\n**Example Usage:**\n\n```python\nprint(nth_fibonacci(6))  # Output: 8\nprint(nth_fibonacci(10))  # Output: 55\n```\n\n**Output:**\n\n```\n8\n55\n```\n\n**Time Complexity:**\n\n* The function calculates Fibonacci numbers recursively, so its time complexity is exponential.\n* However, the memoization table prevents repeated calculations, so the time complexity is reduced to linear.\n\n**Space Complexity:**\n\n* The function uses a memoization table of size `n`, so its space complexity is O(n).",
        tools=("nth_fibonacci",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [789] (commit cd543a1; instruction: 'Implement a binary search algorithm to find a specific element in a so')",
        text="```python\ndef binary_search(arr, target):\n  low = 0\n  high = len(arr) - 1\n\n  while low <= high:\n    mid = (low + high) // 2\n    guess = arr[mid]\n\n    if guess == target:\n      return True\n    elif guess < target:\n      low = mid + 1\n    else:\n      high = mid - 1\n\n  return False\n```\n\n**Explanation:**\n\n* The algorithm takes two parameters: `arr` (a sorted array) and `target` (the element to find).\n* It initializes two pointers `low` and `high` to the first and last indices of the array, respectively.\n* While `low` is less than or equal to `high`, it means the search is still ongoing.\n* It calculates the midpoint `mid` of the current search space.\n* It compares the target with the element at `mid`.\n    * If the target is found, the function returns `True`.\n    * If the target is greater than the element at `mid`, it means the target must be in the right half of the current search space. Therefore, it updates `low` to `mid + 1`.\n    * If the target is less than the element at `mid`, it means the target must be in the left half of the current search space. Therefore, it updates `high` to `mid - 1`.\n* If the loop completes without finding the target, it returns `False`.\n\n**Time complexity:**\n\n* The algorithm performs a binary search on a sorted array of size `n`, so its time complexity is O(log n).\n* In the worst-case scenario, the algorithm will traverse the entire array, which takes O(n) time.\n\n**Space complexity:**\n\n* The algorithm uses a constant amount of space regardless of the size of the array.\n* The algorithm uses a few additional variables `low`, `high`, and `mid`, which have a constant space complexity.",
        tools=("binary_search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [790] (commit cd543a1; instruction: 'Implement a queue data structure using two stacks in Python.')",
        text="**Implementation:**\n\n```python\nclass Queue:\n    def __init__(self, capacity=None):\n        self.capacity = capacity\n        self.stack1 = []\n        self.stack2 = []\n\n    def enqueue(self, item):\n        if self.stack2:\n            self.stack2.append(item)\n        else:\n            self.stack1.append(item)\n\n    def dequeue(self):\n        if not self.stack2:\n            while self.stack1:\n                self.stack2.append(self.stack1.pop())\n        return self.stack2.pop()\n\n    def peek(self):\n        if not self.stack2:\n            while self.stack1:\n                self.stack2.append(self.stack1.pop())\n        return self.stack2[-1]\n```\n\n**Explanation:**\n\n* The `Queue` class has a capacity, which can be None.\n* Two stacks (`stack1` and `stack2`) are used to implement the queue.\n* Items are added to the rear of the queue by appending them to the end of `stack1`.\n* Items are removed from the front of the queue by appending them to the end of `stack2` and then removing them from the end of `stack2`.\n* The `peek` method allows you to see the front item in the queue without removing it.\n\n**Time complexity:**\n\n* Enqueue: O(1)\n* Dequeue: O(n)\n* Peek: O(n)\n\n**Space complexity:**\n\n* Enqueue: O(n)\n* Dequeue: O(n)\n* Peek: O(n)\n\n**Example:**\n\n```python\nqueue = Queue()\nqueue.enqueue(1)\nqueue.enqueue(2)\nqueue.enqueue(3)\n\nprint(queue.peek())  # Output: 1\n\nprint(queue.dequeue())  # Output: 1\n\nprint(queue.peek())  # Output: 2\n\nprint(queue.dequeue())  # Output: 2\n\nprint(queue.peek())  # Output: 3\n```",
        tools=("__init__", "enqueue", "dequeue"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [791] (commit cd543a1; instruction: 'Implement a program to find the common elements in two arrays without ')",
        text="```python\ndef find_common_elements(arr1, arr2):\n    for element in arr1:\n        if element in arr2:\n            print(element)\n```\n\n**Explanation:**\n\n* The program iterates over the first array `arr1` and checks if each element is present in the second array `arr2` using the `if element in arr2:` condition.\n* If the element is found in `arr2`, it prints the element.\n\n**Time Complexity:**\n\n* The program iterates over `arr1` only once, so the time complexity is O(n), where n is the number of elements in `arr1`.\n\n**Space Complexity:**\n\n* The program uses a constant amount of space, regardless of the size of the arrays.\n\n**Example Usage:**\n```python\narr1 = [1, 2, 3, 4, 5]\narr2 = [2, 3, 4, 5, 6, 7]\n\nfind_common_elements(arr1, arr2)\n```\n\n**Output:**\n```\n2\n3\n4\n5\n```\n\n**Note:**\n\n* The program assumes that the input arrays `arr1` and `arr2` are lists of integers.\n* It does not handle duplicate elements in the arrays.\n* The program does not return a list of common elements, but prints them directly.",
        tools=("find_common_elements",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gemma-7b-it/model_outputs.json [794] (commit cd543a1; instruction: 'If the endpoints of a line segment are (2, -2) and (10, 4), what is th')",
        text="The length of a line segment is given by the distance formula:\n\n$$d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$$\n\nwhere d is the length of the segment, (x_1, y_1) are the coordinates of one endpoint, and (x_2, y_2) are the coordinates of the other endpoint.\n\nSubstituting these values into the formula, we get:\n\n$$d = \\sqrt{(10 - 2)^2 + (4 - (-2))^2}$$\n\n$$d = \\sqrt{(8)^2 + (6)^2}$$\n\n$$d = \\sqrt(64 + 36) = \\sqrt(100) = 10$$\n\nTherefore, the length of the line segment is 10.",
        tools=("sqrt",),
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
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="To normalize a vector means to scale the vector so that it has a length (or magnitude) of 1. This process involves dividing each component of the vector by the magnitude of the vector. Here’s a step-by-step guide on how to normalize a vector:\n\n### Step-by-Step Guide to Normalize a Vector\n\n#### 1. Find the magnitude of the vector.\nSuppose you have a vector **v** = (v1, v2, ..., vn) in n-dimensional space. The magnitude (or length) of the vector, denoted as ||**v**||, is calculated using the formula:\n\\[ ||\\mathbf{v}|| = \\sqrt{v_1^2 + v_2^2 + \\cdots + v_n^2} \\]\n\n#### 2. Divide each component of the vector by its magnitude.\nTo normalize the vector, divide each component of the vector by its magnitude. The normalized vector **u** can be calculated using the formula:\n\\[ \\mathbf{u} = \\left( \\frac{v_1}{||\\mathbf{v}||}, \\frac{v_2}{||\\mathbf{v}||}, \\ldots, \\frac{v_n}{||\\mathbf{v}||} \\right) \\]\n\n### Example\n\nLet’s normalize the vector **v** = (3, 4) as an example.\n\n1. **Calculate the magnitude:**\n   \\[ ||\\mathbf{v}|| = \\sqrt{3^2 + 4^2} = \\sqrt{9 + 16} = \\sqrt{25} = 5 \\]\n\n2. **Divide each component by the magnitude:**\n   \\[ \\mathbf{u} = \\left(\\frac{3}{5}, \\frac{4}{5}\\right) \\]\n\nNow, vector **u** = (0.6, 0.8) is the normalized vector of **v**. It has a magnitude of 1, which can be confirmed by computing:\n\\[ \\sqrt{(0.6)^2 + (0.8)^2} = \\sqrt{0.36 + 0.64} = \\sqrt{1.0} = 1 \\]\n\nNormalization is widely used in various fields including computer graphics, physics, and machine learning to simplify calculations and avoid issues with scale in algorithms.",
        tools=("left",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The code snippet you provided has a syntax error due to a missing semicolon at the end of the line where the variable `number` is initialized. In Java, each statement must end with a semicolon. Additionally, the method body should be enclosed in braces `{}`. Here's the corrected version of your method:\n\n```java\npublic int getNumber() {\n    int number = 0;\n    return number; // You likely want to return the number, though this example always returns 0\n}\n```\n\nAlso, I've added a `return` statement, which is necessary for a method that declares a return type other than `void`. In this case, since the method signature indicates that an `int` will be returned (`public int getNumber()`), the method must return an integer value.",
        tools=("getNumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="Sure, here's a JavaScript function that takes an array of 5 numbers, checks each number to see if it's a prime number, and if it is, prints it to the console:\n\n```javascript\nfunction printPrimeNumbers(numbers) {\n    if (numbers.length !== 5) {\n        console.log(\"Please provide exactly 5 numbers.\");\n        return;\n    }\n\n    numbers.forEach(number => {\n        if (isPrime(number)) {\n            console.log(number);\n        }\n    });\n\n    function isPrime(num) {\n        if (num <= 1) return false;\n        if (num <= 3) return true;\n\n        if (num % 2 === 0 || num % 3 === 0) return false;\n\n        for (let i = 5; i * i <= num; i += 6) {\n            if (num % i === 0 || num % (i + 2) === 0) return false;\n        }\n        return true;\n    }\n}\n\n// Example usage:\nprintPrimeNumbers([3, 13, 4, 20, 29]);\n```\n\n### Explanation:\n1. **Function Overview**: The function `printPrimeNumbers` takes an array `numbers` as input.\n2. **Input Validation**: It first checks if the length of the array is exactly 5. If not, it prints an error message.\n3. **Loop Through Numbers**: The function uses `forEach` to check each number in the array.\n4. **Prime Check**: It calls the `isPrime` function to determine if a number is prime.\n5. **Prime Number Function**: The `isPrime` function checks if a number is prime using efficient conditions and loops.\n6. **Print Prime Numbers**: If `isPrime` returns `true`, the number is printed.\n\nWhen you run the function `printPrimeNumbers` with the example provided, it will print the numbers 3, 13, and 29 to the console as they are the prime numbers in the array.",
        tools=("printPrimeNumbers", "isPrime", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text='Sure, I can help you with that. Below is a Python script that demonstrates how to save a dictionary to a file in JSON format:\n\n```python\nimport json\n\n# Dictionary to save in JSON format\ndata = {\n    "name": "John",\n    "age": 30,\n    "city": "New York"\n}\n\n# Specify the filename to save the JSON data\nfilename = \'data.json\'\n\n# Writing JSON data\nwith open(filename, \'w\') as file:\n    json.dump(data, file, indent=4)\n\nprint(f"Data has been successfully saved in {filename}")\n```\n\nIn this script:\n- We first import the `json` module, which provides a way for Python dictionary to JSON conversion.\n- We define a dictionary called `data`.\n- We specify a filename where the JSON data will be stored.\n- We use `json.dump()` to write the dictionary into the file. The `indent=4` argument makes the output formatted in a more readable way (pretty-print).\n- Finally, we print a message indicating that the data has been successfully saved.\n\nYou can run this script as it is, and it will create a file named `data.json` containing the dictionary in JSON format.',
        tools=("John", "dump"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [429] (commit cd543a1; instruction: 'What is the difference between HTML and JavaScript?')",
        text="HTML (Hypertext Markup Language) and JavaScript are both essential technologies used in web development, but they serve different purposes:\n\n1. **HTML (Hypertext Markup Language)**:\n   - **Purpose**: HTML is used to structure and organize content on the web. It tells the browser how to display text, images, and other forms of media. HTML structures content using elements and tags, such as `<h1>` for headings, `<p>` for paragraphs, and `<a>` for links.\n   - **Functionality**: HTML is a markup language, not a programming language. It does not have logic or programming capabilities; it simply structures the content and specifies how it should be displayed in a web browser.\n   - **Usage**: HTML is used to create the basic framework and elements of a webpage. Every webpage uses HTML to define its structure.\n\n2. **JavaScript**:\n   - **Purpose**: JavaScript is used to create dynamic and interactive effects within web browsers. It can manipulate HTML and CSS to change the appearance and behavior of web pages in response to user actions.\n   - **Functionality**: JavaScript is a full-fledged programming language that supports logic, arithmetic operations, conditions, loops, functions, and much more. It can respond to user events like clicks, form submissions, and mouse movements.\n   - **Usage**: JavaScript is used for client-side behavior on a webpage. For example, it can validate user input in forms, create interactive elements like sliders and tabs, and even fetch data from servers without needing to reload the page (using AJAX).\n\nIn summary, HTML is used for structuring and presenting content on the web, whereas JavaScript is used for adding interactivity and manipulating that content dynamically. Together, they are used to build engaging and interactive web pages.",
        tools=("h1", "p", "a"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [440] (commit cd543a1; instruction: 'Write a code block in Markdown containing an example of a code block i')",
        text='Here is an example of how to present a code block in Markdown within another Markdown code block:\n\n`````markdown\n````markdown\n```python\n# Example Python code\ndef hello_world():\n    print("Hello, world!")\n```\n````\n`````\nThis Markdown code demonstrates how to nest a code block within another code block, using different levels of backticks.',
        tools=("hello_world",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [441] (commit cd543a1; instruction: 'what does the @ in python do')",
        text='In Python, the `@` symbol is used as a decorator symbol. A decorator is a function that modifies the behavior of another function or method. Decorators provide a flexible way to modify the functionality of callable objects (functions, methods, or classes) without permanently modifying the callable itself.\n\nHere\'s how decorators are typically used:\n\n```python\ndef decorator(func):\n    def wrapper(*args, **kwargs):\n        print("Something is happening before the function is called.")\n        result = func(*args, **kwargs)\n        print("Something is happening after the function is called.")\n        return result\n    return wrapper\n\n@decorator\ndef say_hello():\n    print("Hello!")\n\nsay_hello()\n```\n\nIn this example, `@decorator` is placed before the definition of `say_hello()`. This tells Python to pass the `say_hello` function through the `decorator` function, effectively wrapping its behavior with the additional code defined in `wrapper`.\n\nWhen `say_hello()` is called, it prints a message before and after the "Hello!" message due to the effect of the decorator.\n\nDecorators are commonly used in web frameworks like Flask and Django for routing URLs to functions, managing authentication and permissions, logging, and more. They are also a key part of defining properties, class methods, and static methods in class definitions.',
        tools=("decorator", "wrapper", "func"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [460] (commit cd543a1; instruction: 'Can you tell me how to format an url in rst?')",
        text='In reStructuredText (reST or RST), links can be created using a simple syntax. Here are the basic methods to include a URL in a reStructuredText document:\n\n### 1. Inline Links\n\nTo create an inline link, you enclose the link text in backticks (\\`) followed by an underscore (\\_), and then immediately provide the URL enclosed in angle brackets (\\< and \\>) after an equals sign and another underscore.\n\n**Example:**\n\n```rst\n`Link Text <http://example.com>`_\n```\n\nThis will be rendered as a hyperlink with "Link Text" pointing to "http://example.com".\n\n### 2. Anonymous Hyperlinks\n\nFor a quick, anonymous link where you might not need to reuse the link, you can use a double underscore instead of a single underscore. This is useful when the exact URL doesn\'t need to be repeated.\n\n**Example:**\n\n```rst\n`Link Text <http://example.com>`__\n```\n\n### 3. Named Hyperlinks\n\nIf you want to reuse the same URL multiple times throughout your document without having to repeat the URL each time, you can define a named hyperlink.\n\n**Example:**\n\n```rst\n.. _link-name: http://example.com\n\nThis is a reference to `Link Text <link-name>`_.\n```\n\nHere, `link-name` is a reference name for "http://example.com", which can be reused throughout the document.\n\n### 4. Direct Link (URL only)\n\nIf you want to include a URL directly without any link text, you can simply put the URL in angle brackets.\n\n**Example:**\n\n```rst\n<http://example.com>\n```\n\nThis will display the full URL as a clickable link.\n\n### Summary\n\nThese methods provide flexibility in how you can format URLs in reStructuredText, depending on your specific needs, whether you want to provide descriptive text, reuse URLs, or simply display the URL directly.',
        tools=("link-name",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text='Here\'s a Python function to determine whether a number is prime:\n\n```python\ndef is_prime(n):\n    """Check if a number is prime."""\n    if n <= 1:\n        return False\n    if n <= 3:\n        return True\n    if n % 2 == 0 or n % 3 == 0:\n        return False\n    i = 5\n    while i * i <= n:\n        if n % i == 0 or n % (i + 2) == 0:\n            return False\n        i += 6\n    return True\n```\n\n### Explanation:\n- **Input**: The function `is_prime` takes an integer `n`.\n- **Output**: It returns `True` if `n` is a prime number, and `False` otherwise.\n\n### How this function works:\n1. **Immediate checks**: If `n` is less than or equal to 1, it is not prime. Numbers 2 and 3 are directly returned as prime.\n2. **Even numbers and multiples of 3**: If `n` is divisible by 2 or 3, it is not prime.\n3. **General case**: For numbers greater than 3 that are not divisible by 2 or 3, the function checks divisibility starting from 5, incrementing by 6 each time (i.e., checking divisibility by numbers of the form 6k ± 1, which are the forms prime numbers beyond 3 can take).\n4. **Efficiency**: The loop only runs until the square root of `n`, which is the optimal check limit for primality.\n\n### Usage:\nHere\'s how you can use this function to check if a number is prime:\n\n```python\nprint(is_prime(29))  # Output: True\nprint(is_prime(10))  # Output: False\n```\n\nThis function will accurately and efficiently determine the primality of a number.',
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [489] (commit cd543a1; instruction: 'Please write the Excel function name associated with each description.')",
        text='Here are the Excel function names associated with each description:\n\n- Returns the number of days between two dates: `DATEDIF` (when specifically counting days, you can use `DATEDIF(start_date, end_date, "d")`) or simply subtracting one date from another (e.g., `end_date - start_date`).\n- Returns the starting position of a text string within another text string: `FIND` (case-sensitive) or `SEARCH` (not case-sensitive).\n- Returns the number in the middle of the set of given numbers: `MEDIAN`',
        tools=("DATEDIF",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [563] (commit cd543a1; instruction: 'You are given a question and two possible answers. The task is to eval')",
        text="**Evaluation of Answer 1:**\nThis answer is correct. The link provided leads to an ActiveState recipe which offers a cross-platform solution for reading a single character from the user input without the need to press enter. This method mimics the functionality of the `getch()` function commonly used in Windows. The solution involves using Python's `sys`, `tty`, and `termios` libraries on Unix-like systems, and the `msvcrt` library on Windows. This approach is ideal for situations where a program needs to handle a keystroke immediately without waiting for the user to press enter.\n\n**Evaluation of Answer 2:**\nThis answer is incorrect regarding the original question. The `input()` function in Python does indeed allow the program to pause and wait for user input, but it requires the user to press enter after their input, and it captures the entire line of input as a string. This does not meet the requirement of reading a single character instantly when the key is pressed. The `input()` function is not suitable for scenarios where the program needs to process each key press individually and immediately, such as handling real-time inputs in a game or interactive application.\n\nIn conclusion, the first answer provides a valid solution for reading a single character without needing to press enter, making it the correct response to the question. The second answer, while useful for different contexts, does not address the specific requirement of the question.",
        tools=("getch",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [564] (commit cd543a1; instruction: 'You are given two questions. Check if they are duplicates. Question1: ')",
        text="The two questions you provided are related but not duplicates. They both concern the topics of threading and multiprocessing in Python, but they focus on different aspects and have different scopes.\n\n**Question 1** is focused on understanding the advantages of multiprocessing over threading, specifically beyond the commonly known benefit of avoiding the Global Interpreter Lock (GIL). It seeks a comparison in terms of capabilities and advantages.\n\n**Question 2** is broader and more practical in nature. It involves understanding the basic differences between `threading.Thread()` and `multiprocessing.Process()`, how to manage a queue of jobs with limited parallel execution, and troubleshooting issues such as methods that can’t be pickled. This question also asks for resources to help understand and implement these concepts effectively, indicating a need for guidance on both theoretical and practical application levels.\n\nIn summary, while both questions deal with threading and multiprocessing, Question 1 asks for a specific comparison of advantages, while Question 2 seeks practical advice on implementation, usage, and resources for learning. Therefore, they are not duplicates but complementary, each addressing different facets of working with concurrency and parallelism in Python.",
        tools=("Thread", "Process"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="Here is a Java solution to determine if a given integer \\( n \\) is a power of three. The solution uses a mathematical property and avoids using loops or recursion.\n\nThe key insight here is to use the maximum power of three that fits within the range of signed 32-bit integers. The maximum value of \\( n \\) for which \\( n = 3^x \\) and \\( n \\) is within the range of 32-bit signed integers is \\( 3^{19} = 1162261467 \\). If \\( n \\) is a power of three, it must be a divisor of \\( 1162261467 \\).\n\n```java\npublic class Solution {\n    public boolean isPowerOfThree(int n) {\n        // 1162261467 is the largest power of 3 that fits in an integer (3^19)\n        return n > 0 && 1162261467 % n == 0;\n    }\n}\n\n// You can use this class to test the solution\npublic class Main {\n    public static void main(String[] args) {\n        Solution solution = new Solution();\n\n        // Test cases\n        System.out.println(solution.isPowerOfThree(27));    // Output: true\n        System.out.println(solution.isPowerOfThree(0));     // Output: false\n        System.out.println(solution.isPowerOfThree(-1));    // Output: false\n        System.out.println(solution.isPowerOfThree(9));     // Output: true\n        System.out.println(solution.isPowerOfThree(45));    // Output: false\n    }\n}\n```\n\nExplanation:\n- The method `isPowerOfThree` checks if \\( n \\) is greater than zero and if 1162261467 (which is \\( 3^{19} \\)) modulo \\( n \\) is zero. If \\( n \\) is a power of three, it must divide \\( 3^{19} \\) without leaving a remainder, hence the condition \\( 1162261467 \\% n == 0 \\).\n- The main class and its method serve to test the function `isPowerOfThree` with various inputs.",
        tools=("isPowerOfThree", "Solution", "println"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='To add an image to a webpage using HTML, you can use the `<img>` tag. Here is the basic syntax:\n\n```html\n<img src="url_to_image.jpg" alt="Description of the image">\n```\n\n### Explanation of the Attributes:\n- `src`: Specifies the URL of the image.\n- `alt`: Provides alternative text for the image if it cannot be displayed. This is also helpful for accessibility.\n\n### Example:\nSuppose you have an image named "photo.jpg" located in the same directory as your HTML file. Here is how you would add it to your webpage:\n\n```html\n<img src="photo.jpg" alt="A scenic view">\n```\n\nIf the image is hosted on a different server, you would include the full URL in the `src` attribute:\n\n```html\n<img src="https://example.com/photo.jpg" alt="A scenic view">\n```\n\nThis is all you need to add an image to a webpage using HTML.',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/gpt-4-turbo-2024-04-09/model_outputs.json [788] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text='Certainly! Below is a Python program that uses dynamic programming to find the nth Fibonacci number. This approach uses a bottom-up method, where we build up the solution from smaller sub-problems. This is efficient because we store the results of smaller problems in an array and use them to solve bigger problems.\n\n```python\ndef fibonacci(n):\n    # Base cases for the first two Fibonacci numbers\n    if n == 0:\n        return 0\n    if n == 1:\n        return 1\n\n    # Initialize the array to store Fibonacci numbers up till n\n    fib = [0] * (n + 1)\n    fib[0] = 0\n    fib[1] = 1\n    \n    # Fill the array from 2 to n\n    for i in range(2, n + 1):\n        fib[i] = fib[i - 1] + fib[i - 2]\n    \n    # The nth Fibonacci number\n    return fib[n]\n\n# Example usage\nn = 10  # You can change this value to compute another Fibonacci number\nprint(f"The {n}th Fibonacci number is: {fibonacci(n)}")\n```\n\n### Explanation:\n1. **Base Cases**: The function first handles the base cases where if `n` is 0, it returns 0, and if `n` is 1, it returns 1.\n2. **Array Initialization**: We initialize an array `fib` that will store the Fibonacci numbers up to `n`. `fib[0]` is set to 0 and `fib[1]` is set to 1.\n3. **Dynamic Programming Loop**: From `i = 2` to `n`, we fill the array using the relation `fib[i] = fib[i - 1] + fib[i - 2]`. This relation expresses each Fibonacci number as the sum of the two preceding ones.\n4. **Return Result**: Finally, `fib[n]` holds the nth Fibonacci number, which is returned.\n\nThis method is very efficient with a time complexity of \\(O(n)\\) and a space complexity of \\(O(n)\\). If space is a concern, this can be optimized further to use only constant space, but for clarity and ease of understanding, this version maintains a full array of results.',
        tools=("fibonacci",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [172] (commit cd543a1; instruction: 'In this math problem, we are asked to figure out the percentage of tot')",
        text="To find the total profit percent over the period of time, you would typically add up the profit percentages for each quarter and then divide by the number of quarters. However, since profit percentages are typically based on a 100% (the total revenue), adding them up directly would not give a correct result. Instead, you should consider each quarter's profit as a part of the whole year's profit. \n\nLet's denote the total annual profit as P. Then, the profit for each quarter can be represented as a fraction of P:\n\n- First quarter: 0.90P\n- Second quarter: 0.92P\n- Third quarter: 0.81P\n- Fourth quarter: 0.88P\n\nThe sum of these profits should equal the total annual profit, which is P. So, we can find the average profit percentage by adding up these fractions and dividing by 4 (the number of quarters):\n\n\\[\n\\text{Average profit percentage} = \\left(\\frac{0.90P + 0.92P + 0.81P + 0.88P}{4}\\right) \\div P\n\\]\n\n\\[\n\\text{Average profit percentage} = \\left(\\frac{3.51P}{4P}\\right)\n\\]\n\n\\[\n\\text{Average profit percentage} = \\frac{3.51}{4}\n\\]\n\n\\[\n\\text{Average profit percentage} = 0.8775\n\\]\n\n\\[\n\\text{Average profit percentage} = 87.75\\%\n\\]\n\nSo, the total profit percent over the period of time is 87.75%.",
        tools=("left",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [300] (commit cd543a1; instruction: "How would a basic project in PyGame look like? I\'d like the example to")',
        text="Here's a basic PyGame project that includes keyboard event handling to quit the game when the ESC key is pressed, and also displays the FPS (frames per second) counter in the top-left corner of the window:\n\n```python\nimport pygame\nimport time\n\n# Initialize PyGame\npygame.init()\n\n# Set up the display\nscreen_width = 640\nscreen_height = 480\nscreen = pygame.display.set_mode((screen_width, screen_height))\npygame.display.set_caption(\"Basic PyGame Example\")\n\n# Define colors\nWHITE = (255, 255, 255)\nBLACK = (0, 0, 0)\n\n# FPS variables\nclock = pygame.time.Clock()\nfps = 0\nfps_surface = None\nfps_font = pygame.font.SysFont('arial', 18)\n\n# Main game loop\nrunning = True\nwhile running:\n    # Handle events\n    for event in pygame.event.get():\n        if event.type == pygame.QUIT:\n            running = False\n        elif event.type == pygame.KEYDOWN:\n            if event.key == pygame.K_ESCAPE:\n                running = False\n\n    # Clear the screen\n    screen.fill(BLACK)\n\n    # Draw something (just a filled rectangle for this example)\n    pygame.draw.rect(screen, WHITE, (50, 50, 100, 100))\n\n    # Update the FPS counter\n    fps += 1\n    if fps % 60 == 0:\n        fps_surface = fps_font.render(f'FPS: {fps}', True, WHITE)\n        fps = 0\n\n    # Draw the FPS counter\n    screen.blit(fps_surface, (10, 10))\n\n    # Update the display\n    pygame.display.flip()\n\n    # Limit the frame rate to 60 FPS\n    clock.tick(60)\n\n# Clean up\npygame.quit()\n```\n\nIn this example, we create a window with a size of 640x480 pixels, and when the user presses the ESC key, the game exits. The FPS counter is updated every 60 frames and displayed in the top-left corner. Note that this is a very basic example, and you can expand upon it to create more complex games or animations.",
        tools=("init", "set_mode", "set_caption"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [313] (commit cd543a1; instruction: 'can you please create a python script that outputs a derivative using ')",
        text="Certainly! Here's a Python script that prompts the user for the function, the values of `a` and `b`, and then calculates the average rate of change (which is the derivative) using the given formula:\n```python\ndef calculate_derivative():\n    # Prompt the user for the function\n    function = input(\"Enter the function f(x): \")\n\n    # Prompt the user for the values of a and b\n    a = float(input(\"Enter the value of a: \"))\n    b = float(input(\"Enter the value of b: \"))\n\n    # Calculate the derivative using the Average Rate of Change Formula\n    derivative = (eval(function, {}, { 'x': b }) - eval(function, {}, { 'x': a })) / (b - a)\n\n    # Output the derivative\n    print(f\"The derivative of f(x) at x = {a} is: f'(x) = {derivative}\")\n\n# Call the function\ncalculate_derivative()\n```\nThis script uses the `eval()` function to evaluate the user-defined function at points `a` and `b`. Please note that using `eval()` can be risky if you're not in control of the input, as it can execute arbitrary code. In this case, it's assumed that the user will input a valid mathematical function.",
        tools=("calculate_derivative", "eval"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="To normalize a vector, you need to divide each component of the vector by its magnitude (or length). The magnitude of a vector is calculated using the Pythagorean theorem for 2D vectors or the 3D version of it for 3D vectors. Here's how you normalize a vector in different dimensions:\n\n1. **2D Vector** (x, y):\n   - Calculate the magnitude: `mag = sqrt(x^2 + y^2)`\n   - Normalize the vector: `nx = x / mag`, `ny = y / mag`\n\n2. **3D Vector** (x, y, z):\n   - Calculate the magnitude: `mag = sqrt(x^2 + y^2 + z^2)`\n   - Normalize the vector: `nx = x / mag`, `ny = y / mag`, `nz = z / mag`\n\nHere's a Python example using numpy for 3D vectors:\n\n```python\nimport numpy as np\n\ndef normalize_vector(vector):\n    mag = np.linalg.norm(vector)\n    if mag == 0:\n        return vector  # Handle the case of a zero vector\n    return vector / mag\n\n# Example usage\nv = np.array([3, 4, 0])  # A 3D vector\nnormalized_v = normalize_vector(v)\nprint(normalized_v)\n```\n\nThis will output the normalized form of the vector `[3, 4, 0]`, which is `[0.6, 0.8, 0]` since the magnitude of `[3, 4, 0]` is `5`.",
        tools=("sqrt", "normalize_vector", "norm"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The code you've provided is missing a few key elements to make it a valid method in Java. Here's the corrected version with explanations:\n\n```java\npublic int getNumber() { // Method name should start with a lowercase letter according to Java conventions\n    int number = 0; // No issues here, declaring a local variable 'number'\n    return number; // You need to return the value of 'number' so that the method can provide the result\n}\n```\n\nThe issues with the original code were:\n\n1. The method name `getnumber` should follow Java's naming conventions, which suggest using camelCase for method names. So, it should be `getNumber`.\n2. The method is declared to return an `int`, but there's no `return` statement. You need to include a `return` statement to send the value of `number` back to the caller.",
        tools=("getNumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="Sure, here's a JavaScript function that takes an array of 5 numbers as input and checks if any of them is a valid prime number. If a prime number is found, it will be printed to the console:\n\n```javascript\nfunction checkForPrime(numbers) {\n  function isPrime(num) {\n    if (num <= 1) return false;\n    if (num <= 3) return true;\n    if (num % 2 === 0 || num % 3 === 0) return false;\n    for (let i = 5; i * i <= num; i += 6) {\n      if (num % i === 0 || num % (i + 2) === 0) return false;\n    }\n    return true;\n  }\n\n  for (let number of numbers) {\n    if (isPrime(number)) {\n      console.log(number);\n    }\n  }\n}\n\n// Example usage\nconst numbersArray = [10, 17, 24, 31, 37];\ncheckForPrime(numbersArray);\n```\n\nIn this code, the `checkForPrime` function takes an array of numbers as its parameter. It uses an inner function `isPrime` to check if a number is prime. The `isPrime` function follows an optimized algorithm to determine if a number is prime or not. It then iterates through the input array and logs any prime numbers to the console.",
        tools=("checkForPrime", "isPrime", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text='Certainly! Here\'s a script that demonstrates how to save a dictionary in JSON format to a file in Python:\n\n```python\nimport json\n\n# Define the dictionary\ndata = {\n    "name": "John Doe",\n    "age": 30,\n    "city": "New York",\n    "hobbies": ["reading", "gaming", "hiking"]\n}\n\n# Specify the file path to save the JSON data\nfile_path = "data.json"\n\n# Use json.dump() to write the dictionary to a file\nwith open(file_path, "w") as file:\n    json.dump(data, file, indent=4)\n\nprint("Dictionary saved to JSON file successfully!")\n```\n\nIn this script, we first import the `json` module which provides functions for working with JSON data in Python. We then define a sample dictionary called `data`.\n\nNext, we specify the file path where we want to save the JSON data. In this example, it\'s `"data.json"`. \n\nWe use the `with open()` statement to open the file in write mode (`"w"`). The `json.dump()` function is then called, which takes the dictionary `data` and writes it to the file. The `indent` parameter is set to `4` to make the JSON output more readable.\n\nFinally, we print a success message to confirm that the dictionary has been saved to the JSON file.',
        tools=("dump",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [417] (commit cd543a1; instruction: 'In TypeScript, how can I tell the type system \"I know that in theory t')",
        text="In TypeScript, you can use the `as` keyword to explicitly tell the type system that you are casting a value to a specific type. This is called a type assertion. It's useful when you're confident that the value will be a particular type, even if the static type analysis doesn't catch it.\n\nHere's an example:\n\n```typescript\nlet value: string | number = \"hello\"; // value can be either a string or a number\n\n// Now, you know for sure that value is a string\nvalue = value as string;\n\n// TypeScript will no longer complain if you call a string-specific method\nvalue.toLowerCase();\n```\n\nIn this example, the `value` is initially declared as a union type `string | number`, meaning it can be either a string or a number. However, when we use `value as string`, we're telling TypeScript that we know `value` will be a string, and we want to treat it as such. This allows us to call string-specific methods without getting a type error.\n\nRemember that type assertions are a way to tell the compiler to trust you, but they don't provide any runtime type checks. If the value ends up being a different type, you might encounter runtime errors. So use them with caution.",
        tools=("toLowerCase",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [440] (commit cd543a1; instruction: 'Write a code block in Markdown containing an example of a code block i')",
        text='```\nHere\'s an example of a code block in Markdown:\n\n```python\ndef hello_world():\n    print("Hello, world!")\n    \nhello_world()\n```\n```\n\nIn this example, the code block is written in Python and it displays the classic "Hello, world!" message when executed. The triple backticks (`````) indicate the start and end of the code block, and the language (in this case, "python") can be specified between the opening backticks for syntax highlighting.',
        tools=("hello_world",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [441] (commit cd543a1; instruction: 'what does the @ in python do')",
        text='In Python, the `@` symbol is used for two main purposes:\n\n1. **Decorator syntax**: A decorator is a special type of function that allows you to modify or enhance the behavior of another function or class. The `@decorator` syntax is used to apply a decorator to a function or class. The decorator function is called with the original function or class as its argument and returns a new function or class that usually extends or modifies the original. For example:\n\n```python\ndef my_decorator(func):\n    def wrapper():\n        print("Something is happening before the function call.")\n        func()\n        print("Something is happening after the function call.")\n    return wrapper\n\n@my_decorator\ndef say_hello():\n    print("Hello!")\n\nsay_hello()\n```\n\n2. **Matrix multiplication**: In Python 3.5 and later, the `@` symbol is also used for matrix multiplication or the dot product between two arrays or matrices, as part of the `PEP 465` specification. This is particularly useful when working with libraries like NumPy. For example:\n\n```python\nimport numpy as np\n\nmatrix1 = np.array([[1, 2], [3, 4]])\nmatrix2 = np.array([[5, 6], [7, 8]])\n\nresult = matrix1 @ matrix2\nprint(result)\n```\n\nIn this case, `@` performs matrix multiplication, which is different from the element-wise multiplication (`*`) in NumPy.',
        tools=("my_decorator", "wrapper", "func"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text='Sure, here\'s a Python function that checks whether a number is prime or not using a simple algorithm:\n\n```python\ndef is_prime(n):\n    """\n    Returns True if the given number is prime, False otherwise.\n    \n    Args:\n    n (int): The number to check for primality.\n\n    Returns:\n    bool: True if n is prime, False otherwise.\n    """\n    if n <= 1:\n        return False\n    elif n <= 3:\n        return True\n    elif n % 2 == 0 or n % 3 == 0:\n        return False\n    i = 5\n    while i * i <= n:\n        if n % i == 0 or n % (i + 2) == 0:\n            return False\n        i += 6\n    return True\n```\n\nThis function first checks if the number is less than or equal to 1, which is not a prime number by definition. Then it checks if the number is 2 or 3, which are both primes. If the number is divisible by 2 or 3, it\'s not a prime. After that, it starts checking divisibility from 5 onwards in steps of 6 (since all primes greater than 3 can be expressed in the form 6k ± 1, where k is a non-negative integer). The loop continues until the square of `i` is greater than `n`, as a larger factor of `n` would have a corresponding factor that is less than or equal to the square root of `n`. If no factors are found, the number is prime.\n\nYou can use this function in your code by calling `is_prime(number)` and it will return `True` if the number is prime and `False` otherwise.',
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [562] (commit cd543a1; instruction: "Answer the following question. How do I compare strings in Java? I\'ve ")',
        text='In Java, strings are objects, and the `==` operator compares object references, not their values. This means that `==` checks if two string variables refer to the same object in memory, whereas `.equals()` compares the contents of the strings.\n\nHere\'s a breakdown of when to use `==` and `.equals()` for comparing strings in Java:\n\n1. **Using `==`:**\n\t* Use `==` when you want to check if two string variables refer to the same object in memory.\n\t* If you create a string variable, assign it a value, and then create another variable with the same value, `==` will return `false` because they are two different objects, even though they contain the same characters.\n```java\nString str1 = new String("Hello");\nString str2 = new String("Hello");\nSystem.out.println(str1 == str2); // false\n```\n2. **Using `.equals()`:**\n\t* Use `.equals()` when you want to compare the contents of the strings, regardless of whether they are different objects.\n\t* If you want to check if two strings have the same characters in the same order, use `.equals()`.\n```java\nString str1 = "Hello";\nString str2 = "Hello";\nSystem.out.println(str1.equals(str2)); // true\n```\n3. **`.equalsIgnoreCase()`:**\n\t* If you want to compare strings without considering the case, use `.equalsIgnoreCase()`.\n```java\nString str1 = "Hello";\nString str2 = "HELLO";\nSystem.out.println(str1.equalsIgnoreCase(str2)); // true\n```\nIn general, when comparing strings for equality in terms of their content, it\'s recommended to use `.equals()` or `.equalsIgnoreCase()`. The `==` operator should be used only when you\'re interested in checking if the variables refer to the exact same object in memory, which is less common in everyday string comparisons.',
        tools=("String", "equals", "println"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [563] (commit cd543a1; instruction: 'You are given a question and two possible answers. The task is to eval')",
        text="Answer 1: Correct. The link provided is to a recipe on the ActiveState site that demonstrates a cross-platform method for reading a single character from user input using Python. It includes solutions for Windows, Linux, and OSX, which is what the question asks for.\n\nAnswer 2: Incorrect. The `input()` function in Python does not read a single character; instead, it waits for the user to enter a complete line of text and then returns that input as a string. It does not serve the purpose described in the question, which is to read a single character input from the user, like the `getch()` function in Windows.",
        tools=("getch",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [565] (commit cd543a1; instruction: 'Design a programming problem related to the subject that has been give')",
        text="Problem: Longest Increasing Subsequence (LIS)\n\nGiven an array of integers, find the length of the longest increasing subsequence (LIS) in the array. An increasing subsequence is a sequence of elements in the array where each element is greater than or equal to the previous element.\n\nFor example, given the array `[10, 9, 2, 5, 3, 7, 101, 18]`, the longest increasing subsequence is `[2, 3, 7, 101]`, and its length is `4`.\n\nConstraints:\n1. The length of the input array `nums` will be between `1` and `10^5`.\n2. The elements in the array `nums` will be integers between `-10^9` and `10^9`.\n3. You must solve the problem using dynamic programming.\n\nWrite a function `longestIncreasingSubsequence(nums: List[int]) -> int` in Python that returns the length of the longest increasing subsequence. Additionally, provide a piece of erroneous code as a reference to increase misdirection:\n\n```python\ndef longestIncreasingSubsequence(nums):\n    n = len(nums)\n    dp = [1] * n\n    for i in range(n):\n        for j in range(i):\n            if nums[i] > nums[j]:\n                dp[i] = max(dp[i], dp[j] + 1)\n    return max(dp)\n```\n\nThis code is incorrect because it does not correctly update the `dp` array. The inner loop should iterate from `j = 0` to `j < i`, and the comparison should be `nums[i] > nums[j]` instead of `nums[i] >= nums[j]`. This will lead to incorrect results in some cases.",
        tools=("longestIncreasingSubsequence",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="Here's a Java solution using loops:\n\n```java\npublic class PowerOfThree {\n    public boolean isPowerOfThree(int n) {\n        if (n <= 0) {\n            return n == 1;\n        }\n        while (n % 3 == 0) {\n            n /= 3;\n        }\n        return n == 1;\n    }\n\n    public static void main(String[] args) {\n        PowerOfThree powerOfThree = new PowerOfThree();\n        System.out.println(powerOfThree.isPowerOfThree(27)); // true\n        System.out.println(powerOfThree.isPowerOfThree(0)); // false\n        System.out.println(powerOfThree.isPowerOfThree(-1)); // false\n    }\n}\n```\n\nNow, for a solution without loops or recursion:\n\n```java\npublic class PowerOfThree {\n    public boolean isPowerOfThree(int n) {\n        return n > 0 && (1162261467 % n == 0);\n    }\n\n    public static void main(String[] args) {\n        PowerOfThree powerOfThree = new PowerOfThree();\n        System.out.println(powerOfThree.isPowerOfThree(27)); // true\n        System.out.println(powerOfThree.isPowerOfThree(0)); // false\n        System.out.println(powerOfThree.isPowerOfThree(-1)); // false\n    }\n}\n```\n\nIn the loop-free solution, we take advantage of the fact that the largest power of 3 that fits within an integer (310) is 1162261467. We can check if n is a power of 3 by checking if 1162261467 is divisible by n. This works because 1162261467 is the modular inverse of 3 modulo 2^32 (the range of integers in Java). If n is a power of 3, dividing 1162261467 by n will result in an integer (no remainder).",
        tools=("isPowerOfThree", "PowerOfThree", "println"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [619] (commit cd543a1; instruction: 'Using a table, compare the career overviews of the given players in Ma')",
        text="| Player | Career Overview |\n| --- | --- |\n| Derek Jeter | - 20-year career (1995-2014) all with the New York Yankees<br>- 14-time All-Star<br>- 5-time Gold Glove Award winner<br>- 5-time Silver Slugger Award winner<br>- 5-time World Series champion<br>- Career batting average: .310<br>- 3,465 career hits (ranked 6th all-time) |\n| Albert Pujols | - 22-year career (2001-2022) with St. Louis Cardinals, Los Angeles Angels, and Los Angeles Dodgers<br>- 10-time All-Star<br>- 3-time NL MVP (2005, 2008, 2009)<br>- 6-time Silver Slugger Award winner<br>- 2-time World Series champion (2006, 2011)<br>- Career batting average: .298<br>- 703 career home runs (ranked 5th all-time) |\n  \nNote: Stats are accurate as of the end of the 2022 season.",
        tools=("br",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [664] (commit cd543a1; instruction: 'Please prepare a table containing a summary of the information of the ')",
        text="| Participants | Role | Key Points |\n| --- | --- | --- |\n| Professor Crew Purdie (cpurdie@email.com) | Main Speaker | - Importance of setting high standards for students and teachers<br>- Schools should challenge students |\n| Teacher Oliver Malachi (oliver@email.com) | Speaker | - Teachers should be well-prepared<br>- Teachers should have high expectations for students |\n| Parent Kolby Reese (kolbyreese82@email.com) | Speaker | - Importance of parent involvement in children's education |\n| Attendees | Participants | - Discussion on funding for schools |\n\nNote: The table above summarizes the key information about the main speakers and their main points discussed during the conference on improving the quality of education in schools. The attendees, while not individually listed, were part of the discussion on funding for schools.",
        tools=("br",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='To add an image to an HTML page, you can use the `<img>` tag. The `src` attribute specifies the source URL of the image, and the `alt` attribute provides alternative text for the image, which is useful for accessibility and when the image cannot be displayed. Here\'s the basic syntax:\n\n```html\n<img src="image-url-here" alt="Description of the image">\n```\n\nReplace "image-url-here" with the actual URL or path to your image file, and "Description of the image" with a brief description of the image content. For example:\n\n```html\n<img src="https://example.com/images/my-image.jpg" alt="A beautiful sunset on the beach">\n```\n\nThis will add an image of a sunset on the beach to your HTML page, and if the image cannot be loaded, it will display the alternative text "A beautiful sunset on the beach".',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [785] (commit cd543a1; instruction: 'Develop a C++ program that reads a text file line by line and counts t')",
        text='To create a C++ program that reads a text file line by line and counts the number of occurrences of a specific word, you can follow these steps:\n\n1. Include the necessary headers: `fstream` for file handling and `iostream` for input/output.\n2. Declare variables for the file stream, line, and counters.\n3. Open the file in read mode.\n4. Read the file line by line.\n5. Split each line into words and check if the word matches the target word.\n6. Increment the count if the word matches.\n7. Close the file.\n8. Print the result.\n\nHere\'s a sample implementation:\n\n```cpp\n#include <fstream>\n#include <iostream>\n#include <sstream>\n#include <string>\n\nint main() {\n    std::string filename = "input.txt"; // Replace with your file name\n    std::string target_word = "example"; // Replace with the word you want to count\n    int count = 0;\n\n    std::ifstream file(filename);\n    if (!file.is_open()) {\n        std::cerr << "Error opening the file." << std::endl;\n        return 1;\n    }\n\n    std::string line;\n    while (std::getline(file, line)) {\n        std::istringstream iss(line);\n        std::string word;\n        while (iss >> word) {\n            if (word == target_word) {\n                ++count;\n            }\n        }\n    }\n\n    file.close();\n\n    std::cout << "The word \\"" << target_word << "\\" appears " << count << " times in the file." << std::endl;\n\n    return 0;\n}\n```\n\nMake sure to replace `"input.txt"` with the path to your input file and `"example"` with the word you want to count. Compile and run the program to get the count of occurrences.',
        tools=("file", "getline", "iss"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [786] (commit cd543a1; instruction: 'Implement a Python function to find the longest common subsequence of ')",
        text='Sure, here\'s a Python function that implements the dynamic programming approach to find the longest common subsequence (LCS) of two input strings:\n\n```python\ndef longest_common_subsequence(s1, s2):\n    m = len(s1)\n    n = len(s2)\n\n    # Create a 2D matrix to store the lengths of LCS for substrings\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    # Build the dp matrix in bottom-up manner\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if s1[i - 1] == s2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    # Reconstruct the LCS from the dp matrix\n    lcs = ""\n    i, j = m, n\n    while i > 0 and j > 0:\n        if s1[i - 1] == s2[j - 1]:\n            lcs = s1[i - 1] + lcs\n            i -= 1\n            j -= 1\n        elif dp[i - 1][j] > dp[i][j - 1]:\n            i -= 1\n        else:\n            j -= 1\n\n    return lcs\n```\n\nHere\'s how you can use this function:\n\n```python\ns1 = "ABCDGH"\ns2 = "AEDFHR"\nprint(longest_common_subsequence(s1, s2))  # Output: ADH\n```\n\nThis function first creates a 2D matrix `dp` to store the lengths of LCS for substrings of `s1` and `s2`. It then fills the matrix using dynamic programming, and finally reconstructs the LCS from the matrix.',
        tools=("longest_common_subsequence",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [787] (commit cd543a1; instruction: 'Implement a regular expression in Python to validate an email address.')",
        text='To validate an email address using a regular expression in Python, you can use the `re` module. Here\'s a simple implementation:\n\n```python\nimport re\n\ndef is_valid_email(email):\n    pattern = r\'^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$\'\n    return bool(re.match(pattern, email))\n\n# Test the function\nemail = "example@email.com"\nif is_valid_email(email):\n    print(f"{email} is a valid email address.")\nelse:\n    print(f"{email} is not a valid email address.")\n```\n\nExplanation of the regular expression pattern:\n\n- `^` - Start of the string\n- `[a-zA-Z0-9._%+-]+` - Matches one or more of the allowed characters (letters, digits, period, underscore, percent, plus, or hyphen)\n- `@` - Matches the "@" symbol\n- `[a-zA-Z0-9.-]+` - Matches one or more of the allowed characters (letters, digits, period, or hyphen) for the domain part\n- `\\.` - Matches a period (escaped with a backslash)\n- `[a-zA-Z]{2,}` - Matches two or more letters (the top-level domain)\n- `$` - End of the string\n\nThis regular expression is a simplified version and may not cover all possible valid email addresses. For a more comprehensive validation, you might want to consider using a library like `validate_email` or `email-validator`.',
        tools=("is_valid_email", "bool", "match"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [788] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text='Sure, here\'s a Python program that uses dynamic programming to find the nth Fibonacci number:\n\n```python\ndef fibonacci(n):\n    # Create a list to store Fibonacci numbers up to n\n    fib = [0, 1] + [0] * (n - 1)\n    \n    # Use dynamic programming to compute Fibonacci numbers\n    for i in range(2, n + 1):\n        fib[i] = fib[i - 1] + fib[i - 2]\n    \n    return fib[n]\n\n# Example usage\nn = 10\nprint(f"The {n}th Fibonacci number is {fibonacci(n)}")\n```\n\nExplanation:\n\n1. We define a function `fibonacci` that takes an integer `n` as input and returns the nth Fibonacci number.\n2. We create a list `fib` with initial values `[0, 1]` for the first two Fibonacci numbers, and `n - 1` zeros to store the remaining Fibonacci numbers up to `n`.\n3. We use a `for` loop to iterate from `2` to `n` (inclusive), and compute each Fibonacci number `fib[i]` by adding the previous two numbers `fib[i - 1]` and `fib[i - 2]`.\n4. Finally, we return the `n`th Fibonacci number `fib[n]`.\n\nIn the example usage, we compute the 10th Fibonacci number and print it. You can change the value of `n` to find other Fibonacci numbers.',
        tools=("fibonacci",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [789] (commit cd543a1; instruction: 'Implement a binary search algorithm to find a specific element in a so')",
        text='Sure, here\'s an implementation of the binary search algorithm in Python:\n\n```python\ndef binary_search(arr, target):\n    left, right = 0, len(arr) - 1\n\n    while left <= right:\n        mid = (left + right) // 2\n\n        if arr[mid] == target:\n            return mid\n        elif arr[mid] < target:\n            left = mid + 1\n        else:\n            right = mid - 1\n\n    return -1  # If the target is not found in the array\n\n# Example usage\nsorted_array = [1, 3, 5, 7, 9, 11, 13]\nsearch_element = 9\n\nresult = binary_search(sorted_array, search_element)\n\nif result != -1:\n    print(f"Element {search_element} found at index {result}")\nelse:\n    print(f"Element {search_element} not found in the array")\n```\n\nIn this implementation, we maintain two pointers `left` and `right` that define the search range. We repeatedly calculate the middle index `mid` and compare the element at that index with the target. If the middle element is equal to the target, we return its index. If the middle element is less than the target, we narrow the search range to the right half of the array by updating `left = mid + 1`. Otherwise, we narrow the search range to the left half by updating `right = mid - 1`. This process continues until the target is found or the search range becomes empty (i.e., `left > right`), in which case we return -1 to indicate that the target is not in the array.',
        tools=("binary_search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [790] (commit cd543a1; instruction: 'Implement a queue data structure using two stacks in Python.')",
        text="Sure, here's an implementation of a queue using two stacks in Python:\n\n```python\nclass Queue:\n    def __init__(self):\n        self.stack1 = []\n        self.stack2 = []\n\n    def enqueue(self, item):\n        # Push the item into the first stack\n        self.stack1.append(item)\n\n    def dequeue(self):\n        # If both stacks are empty, queue is empty\n        if not self.stack1 and not self.stack2:\n            return None\n\n        # If stack2 is empty, transfer elements from stack1 to stack2\n        if not self.stack2:\n            while self.stack1:\n                self.stack2.append(self.stack1.pop())\n\n        # Dequeue the top element from stack2\n        return self.stack2.pop()\n\n    def is_empty(self):\n        return not self.stack1 and not self.stack2\n\n# Example usage\nqueue = Queue()\nqueue.enqueue(1)\nqueue.enqueue(2)\nqueue.enqueue(3)\n\nprint(queue.dequeue())  # Output: 1\nprint(queue.dequeue())  # Output: 2\n\nqueue.enqueue(4)\n\nprint(queue.dequeue())  # Output: 3\nprint(queue.dequeue())  # Output: 4\n```\n\nIn this implementation, the `enqueue` operation is simply pushing an item into `stack1`, while `dequeue` pops items from `stack2`. If `stack2` is empty, we transfer all elements from `stack1` to `stack2` before popping the top element. This ensures that the first item enqueued is always the first one dequeued, maintaining the First-In-First-Out (FIFO) property of a queue.",
        tools=("__init__", "enqueue", "dequeue"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/Qwen1.5-72B-Chat/model_outputs.json [791] (commit cd543a1; instruction: 'Implement a program to find the common elements in two arrays without ')",
        text="Sure, here's a Python program that finds the common elements in two arrays without using any extra data structures:\n\n```python\ndef find_common_elements(arr1, arr2):\n    common_elements = []\n    for num1 in arr1:\n        for num2 in arr2:\n            if num1 == num2 and num1 not in common_elements:\n                common_elements.append(num1)\n    return common_elements\n\n# Example usage\narr1 = [1, 2, 3, 4, 5]\narr2 = [4, 5, 6, 7, 8]\nprint(find_common_elements(arr1, arr2))  # Output: [4, 5]\n```\n\nThis program uses two nested loops to iterate over each element in both arrays. If an element in `arr1` matches an element in `arr2` and has not already been added to the `common_elements` list, it is appended to the list. The `not in` check ensures that duplicate common elements are not added to the result.\n\nNote that this approach has a time complexity of O(n^2), where n is the length of the longer array, as it compares each element in one array with each element in the other array. If the arrays are large, this solution may not be efficient.",
        tools=("find_common_elements",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [106] (commit cd543a1; instruction: 'Hi, I need to find the area of a 20 sided die for my math homework. Ca')",
        text='Sure! To find the area of a 20-sided die (also known as an icosahedron), we can use the formula for the surface area of a regular polyhedron:\n\nArea = (l^2 \\* sqrt(3))\\*a\n\nwhere:\nl = the length of an edge of the die\na = the number of faces on the die (in this case, 20)\n\nSince all the edges of a regular icosahedron are the same length, we can simply use "l" as the length of an edge.\n\nIf you don\'t know the length of an edge, you may need to measure it or make an educated guess based on the size of the die.\n\nFor example, if the length of an edge is 1 cm, then the area of the die would be:\n\nArea = (1^2 \\* sqrt(3)) \\* 20 = 10 \\* sqrt(3) ≈ 17.32 square centimeters.\n\nI hope that helps! Let me know if you have any other questions.',
        tools=("sqrt",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [300] (commit cd543a1; instruction: "How would a basic project in PyGame look like? I\'d like the example to")',
        text='Sure, here\'s a basic example of a PyGame project that includes keyboard event handling for the ESC key and an FPS counter in the top left corner of the window:\n```\nimport pygame\nimport sys\n\n# Initialize Pygame\npygame.init()\n\n# Set up some constants\nWIDTH = 800\nHEIGHT = 600\nFPS = 60\n\n# Set up the display\nscreen = pygame.display.set_mode((WIDTH, HEIGHT))\npygame.display.set_caption("My Pygame Project")\nclock = pygame.time.Clock()\n\n# Set up some variables\nrunning = True\n\nwhile running:\n    # Handle events\n    for event in pygame.event.get():\n        if event.type == pygame.QUIT:\n            running = False\n        elif event.type == pygame.KEYDOWN:\n            if event.key == pygame.K_ESCAPE:\n                running = False\n\n    # Clear the screen\n    screen.fill((0, 0, 0))\n\n    # Draw some text for the FPS counter\n    fps = clock.get_fps()\n    font = pygame.font.Font(None, 36)\n    text = font.render(f"FPS: {fps:.1f}", True, (255, 255, 255))\n    screen.blit(text, (10, 10))\n\n    # Update the display\n    pygame.display.flip()\n\n    # Limit the frame rate\n    clock.tick(FPS)\n\n# Quit Pygame\npygame.quit()\nsys.exit()\n```\nThis will create a window that is 800 pixels wide and 600 pixels tall, with the title "My Pygame Project". It will run at 60 frames per second, and will quit if the user presses the ESC key or closes the window. The current FPS will be displayed in the top left corner of the window.\n\nI hope this helps! Let me know if you have any other questions.',
        tools=("init", "set_mode", "set_caption"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="To normalize a vector, you need to divide each component of the vector by its magnitude (length). Here are the steps:\n\n1. Calculate the magnitude of the vector: The magnitude of a vector is the square root of the sum of the squares of its components. If the vector is represented as [x, y, z], the magnitude can be calculated as:\n\nmagnitude = sqrt(x^2 + y^2 + z^2)\n\n2. Divide each component by the magnitude: Once you have the magnitude, you can normalize the vector by dividing each component by the magnitude. This will result in a unit vector (a vector with a magnitude of 1) that points in the same direction as the original vector.\n\nnormalized\\_vector = [x/magnitude, y/magnitude, z/magnitude]\n\nFor example, if the vector is [3, 4, 0], the magnitude is sqrt(3^2 + 4^2 + 0^2) = 5. So the normalized vector is [3/5, 4/5, 0/5] = [0.6, 0.8, 0].",
        tools=("sqrt",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [381] (commit cd543a1; instruction: 'Explain the difference between sets and lists in Python.')",
        text="In Python, sets and lists are both used to store collections of data, but they have some key differences:\n\n1. Ordering: Lists are ordered collections of items, meaning the items have a specific index and maintain their position in the list. Sets, on the other hand, are unordered collections of unique items. The items in a set do not have a specific index and are not ordered in any particular way.\n2. Duplicates: Lists can contain duplicate items, whereas sets cannot. When you add an item to a set that is already present, it will not be added again, and the size of the set will not change.\n3. Membership testing: Testing for membership (i.e., checking if an item is in a collection) is faster in sets than in lists. This is because sets use hash tables to store their elements, allowing for constant time O(1) lookup, whereas lists have to search through their elements sequentially, resulting in linear time O(n) lookup.\n4. Mutability: Both lists and sets are mutable, meaning you can change their contents after they have been created. However, the ways in which you can modify them differ. In a list, you can change the value of an item at a specific index, add items to the end of the list using the append() method, or insert items at a specific index using the insert() method. In a set, you can only add new items (as long as they are not already present) using the add() method or remove items using the remove() or discard() methods.\n5. Common use cases: Lists are typically used when the order of items is important or when you need to store duplicate items. Sets are often used when you want to store unique items or when you need to perform operations that require fast lookup times, such as finding the intersection or union of two collections.",
        tools=("insert", "add", "remove"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The code you provided has a missing return statement. The `getNumber` method is declared to return an integer value, but it does not do so. Here's the corrected code:\n```java\npublic int getNumber() {\n    int number = 0;\n    return number;\n}\n```\nNote that the method name `getNumber` should start with a lowercase letter according to Java naming conventions. The corrected method name is `getNumber()`.",
        tools=("getNumber",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="Here's a function that meets your requirements:\n```\nfunction checkPrimes(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    if (isPrime(arr[i])) {\n      console.log(arr[i]);\n    }\n  }\n}\n\nfunction isPrime(num) {\n  if (num <= 1) return false;\n  if (num === 2) return true;\n  if (num % 2 === 0) return false;\n  let sqrt = Math.sqrt(num);\n  for (let i = 3; i <= sqrt; i += 2) {\n    if (num % i === 0) return false;\n  }\n  return true;\n}\n\n// Test the function\ncheckPrimes([1, 2, 3, 4, 5]); // Output: 2, 3, 5\n```\nThe `checkPrimes` function iterates through the input array and checks if each number is prime by calling the `isPrime` function. The `isPrime` function checks if the number is less than or equal to 1, and if so, it returns false. It then checks if the number is 2, and if so, it returns true. If the number is not 2 and is divisible by 2, it returns false. The function then calculates the square root of the number and iterates through the odd numbers up to the square root, checking if the number is divisible by any of them. If it is, the function returns false. If it makes it through the loop without finding any divisors, it returns true.\n\nNote that this code is written in ES6 syntax, if you want to use it in older browsers you might want to transpile it using a tool like Babel.",
        tools=("checkPrimes", "isPrime", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text='Here\'s a simple script that demonstrates how to save a dictionary in JSON format to a file in Python:\n```python\nimport json\n\n# create a dictionary to save\ndata = {\n    "name": "John Doe",\n    "age": 30,\n    "city": "New York"\n}\n\n# open the file for writing in JSON format\nwith open("data.json", "w") as f:\n    # use the json.dump() function to save the dictionary to the file\n    json.dump(data, f, indent=4)\n\n# print a message to confirm that the data was saved\nprint("Data saved to data.json")\n```\nThis script creates a dictionary called `data` and saves it to a file called `data.json` using the `json.dump()` function. The `indent` parameter is optional and is used to format the JSON output with indentation for readability.\n\nWhen you run this script, it will create a new file called `data.json` in the same directory as your Python script, and it will contain the following JSON data:\n```json\n{\n    "name": "John Doe",\n    "age": 30,\n    "city": "New York"\n}\n```\nYou can modify the `data` dictionary to include any key-value pairs you want to save, and the script will automatically convert it to JSON format and save it to the file.',
        tools=("dump",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [408] (commit cd543a1; instruction: 'can you write code?')",
        text='Yes, I can write code in many programming languages including Python, Java, C++, JavaScript, and others. I can also help you debug code, explain code snippets, and provide examples of how to use various programming constructs and libraries. If you have a specific question or problem related to programming, feel free to ask!\n\nHere is an example of a simple Python program that prints "Hello, World!" to the console:\n```\nprint("Hello, World!")\n```\nAnd here is an example of a Java program that does the same thing:\n```\npublic class HelloWorld {\n  public static void main(String[] args) {\n    System.out.println("Hello, World!");\n  }\n}\n```\nI hope that helps! Let me know if you have any other questions.',
        tools=("println",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [441] (commit cd543a1; instruction: 'what does the @ in python do')",
        text='In Python, the "@" symbol is used for a specific purpose in the context of classes and methods. It is used to denote a "matrix multiplication" operation when it is used in between two objects that have defined the appropriate `__matmul__()` method.\n\nFor example, consider the following code:\n```python\nclass Vector:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __matmul__(self, other):\n        return self.x * other.x + self.y * other.y\n\nv1 = Vector(1, 2)\nv2 = Vector(3, 4)\n\nresult = v1 @ v2\nprint(result) # Output: 11\n```\nIn the above code, we have defined a `Vector` class with an `__init__()` method to initialize the vector\'s x and y coordinates, and a `__matmul__()` method to define the behavior of the matrix multiplication operation. When we use the "@" symbol between two `Vector` objects (`v1 @ v2`), Python calls the `__matmul__()` method of the left operand (`v1`) with the right operand (`v2`) as the argument.\n\nNote that the "@" symbol is not commonly used for matrix multiplication in Python. Instead, the NumPy library provides a more powerful and efficient way to perform matrix operations. In NumPy, the "@" symbol can also be used for matrix multiplication, but it is equivalent to using the `dot()` function.\n\nIn summary, the "@" symbol is used in Python for matrix multiplication in the context of objects that have defined the `__matmul__()` method. However, its use is not very common outside of specific scientific computing contexts.',
        tools=("__matmul__", "__init__", "Vector"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [489] (commit cd543a1; instruction: 'Please write the Excel function name associated with each description.')",
        text='1. Returns the number of days between two dates: `=DATEDIF(start_date, end_date, "d")`\n2. Returns the starting position of a text string within another text string: `=FIND(substring, text, [start_num])`\n3. Returns the median number in the middle of the set of given numbers: `=MEDIAN(number1, number2, ...)` or `=PERCENTILE.EXC(range, 0.5)`\n\nNote: The `FIND` function is case-sensitive, while the `SEARCH` function is not case-sensitive. You can use either function depending on your needs.\n\nAlso, the `DATEDIF` function calculates the difference between two dates based on a specific interval unit (such as days, months, or years). The `"d"` argument specifies that the interval unit is days.\n\nFinally, the `MEDIAN` function calculates the median of a range or set of numbers, while the `PERCENTILE.EXC` function calculates the k-th percentile of a range or set of numbers. In this case, `0.5` specifies the 50th percentile, which is the median.',
        tools=("DATEDIF", "FIND", "MEDIAN"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [564] (commit cd543a1; instruction: 'You are given two questions. Check if they are duplicates. Question1: ')",
        text="No, these questions are not duplicates. The first question is asking about the advantages of multiprocessing over threading in Python, specifically in terms of performance and the Global Interpreter Lock (GIL). The second question is asking for a comparison between the `threading.Thread()` and `multiprocessing.Process()` classes, as well as guidance on how to use these modules to run a specified number of operations in parallel using a queue of jobs. Additionally, the second question is asking for resources that explain the concepts behind these modules and how to use them for complex tasks.\n\nIn summary, the first question is focused on understanding the performance differences between multiprocessing and threading, while the second question is focused on understanding how to use the `threading` and `multiprocessing` modules to run operations in parallel and seeking resources for further learning.",
        tools=("Thread", "Process"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [651] (commit cd543a1; instruction: 'Convert the given HTML into Markdown format. <code>Use `code` in your ')",
        text='To convert the given HTML into Markdown format, you need to replace the `<code>` tags with backticks (`). Here\'s the Markdown equivalent of the provided HTML:\n\n`Use ``code`` in your Markdown file.`\n\nThis will render as:\n\n`Use ``code`` in your Markdown file.`\n\nNote that in Markdown, backticks are used to create inline code or syntax highlighting for programming languages. To create a block of code, you can use triple backticks (```) before and after the code. For example:\n```\n```\nfunction helloWorld() {\n  console.log("Hello, world!");\n}\n```\n```\nwill render as:\n```\nfunction helloWorld() {\n  console.log("Hello, world!");\n}\n```\nIn this case, since the provided HTML only contains inline code, the Markdown equivalent also uses single backticks.',
        tools=("helloWorld", "log", "code"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [668] (commit cd543a1; instruction: 'You are given a Python command and are required to convert it into Rub')",
        text='In Ruby, the equivalent of Python\'s `print()` function is `puts()`. So, to print "Hello World!" in Ruby, you can use the following command:\n\n```\nputs "Hello World!"\n```\n\nThis will output:\n\n```\nHello World!\n```\n\nNote that, unlike Python, Ruby does not require parentheses around the argument to `puts()`. Also, Ruby automatically adds a newline character at the end of each string passed to `puts()`, so you don\'t need to explicitly add a newline character at the end of the string like you would in Python.',
        tools=("puts",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [669] (commit cd543a1; instruction: 'You are given a sentence in first-order logic. Translate it into natur')",
        text='There exists an individual (let\'s call him/her "x") such that for all individuals (let\'s call them "y"), if "x" is a soldier, then "x" is a general of "y".\n\nIn simpler terms, this statement implies that there is one individual who is a general of all soldiers.\n\nHowever, it is important to note that the statement does not necessarily mean that this individual is the only general or that all soldiers have the same general. It only means that there exists at least one individual who is a general of every soldier.\n\nAdditionally, it is worth noting that the statement assumes that the predicates "soldier" and "general" are well-defined and that the relation "general(x,y)" represents a meaningful relationship between individuals "x" and "y". Without further context, it is difficult to say exactly what these predicates and relations represent.',
        tools=("general",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [678] (commit cd543a1; instruction: 'Given a programming language and the name of a function, write a comma')",
        text='In Python, the `input()` function reads a line of text from the user and returns it as a string. Here\'s an example of how to use it:\n```\n# Ask the user for their name\nname = input("Please enter your name: ")\n\n# Print a greeting message using the user\'s name\nprint("Hello, " + name + "!")\n```\nWhen this code is run, it will display the following output:\n```\nPlease enter your name: Alice\nHello, Alice!\n```\nNote that the `input()` function always returns a string, so if you want to use the input as a number, you\'ll need to convert it to the appropriate type using the `int()`, `float()`, or `complex()` functions. For example:\n```\n# Ask the user for their age\nage = int(input("Please enter your age: "))\n\n# Print the age multiplied by 2\nprint("Your age multiplied by 2 is: ", age * 2)\n```\nThis will output something like:\n```\nPlease enter your age: 25\nYour age multiplied by 2 is: 50\n```\nI hope this helps! Let me know if you have any questions.',
        tools=("complex",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [699] (commit cd543a1; instruction: 'A color description has been provided. Find the CSS code associated wi')",
        text="It's not possible to provide an exact CSS code for the described color without knowing the specific shades of light red and medium light pink that you have in mind. However, you can create a custom color in CSS using the RGB (red, green, blue) or HSL (hue, saturation, lightness) color models. Here's an example using HSL:\n\n`light red with a medium light shade of pink` could be represented as:\n```css\nhsl(340, 60%, 80%)\n```\nThis sets the hue to 340 degrees (which is in the red-pink range), the saturation to 60% (which is fairly saturated), and the lightness to 80% (which is a light color). You can adjust these values to better match the specific color you have in mind.\n\nAlternatively, you could use the RGB color model, which specifies the red, green, and blue components of a color as numbers between 0 and 255. Here's an example:\n```css\nrgb(255, 153, 153)\n```\nThis sets the red component to 255 (which is the maximum value), the green component to 153, and the blue component to 153. This results in a light pink color that's slightly more reddish than the color represented by the HSL value above. Again, you can adjust these values to better match the specific color you have in mind.",
        tools=("hsl", "rgb"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='To add an image to an HTML page, use the `<img>` tag. Here is the basic syntax:\n\n`<img src="image-url" alt="alternate text description">`\n\nReplace "image-url" with the actual URL or file path of the image you want to display. The `alt` attribute provides alternative text that describes the image. This is important for accessibility purposes, as it allows screen readers to convey the image\'s content to users who are visually impaired.\n\nHere\'s an example:\n\n`<img src="images/example-image.png" alt="Example Image">`\n\nThis will display the image located at "images/example-image.png" with the alternate text "Example Image".',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [785] (commit cd543a1; instruction: 'Develop a C++ program that reads a text file line by line and counts t')",
        text='Here\'s a C++ program that reads a text file line by line and counts the number of occurrences of a specific word in the file:\n\n```cpp\n#include <iostream>\n#include <fstream>\n#include <string>\n\nint main() {\n    std::string filename, searchWord;\n    int count = 0;\n\n    // Get input for the file name and the word to search\n    std::cout << "Enter the file name: ";\n    std::cin >> filename;\n    std::cout << "Enter the word to search: ";\n    std::cin >> searchWord;\n\n    // Open the file\n    std::ifstream file(filename);\n\n    // Check if the file is open, if not display an error message and exit\n    if (!file.is_open()) {\n        std::cerr << "Error opening the file." << std::endl;\n        return 1;\n    }\n\n    // Read the file line by line\n    std::string line;\n    while (std::getline(file, line)) {\n        // Count the number of occurrences of the word in the current line\n        size_t pos = 0;\n        while ((pos = line.find(searchWord, pos)) != std::string::npos) {\n            ++count;\n            pos += searchWord.length();\n        }\n    }\n\n    // Close the file\n    file.close();\n\n    // Display the result\n    std::cout << "The word \'" << searchWord << "\' occurs " << count << " times in the file." << std::endl;\n\n    return 0;\n}\n```\n\nTo compile and run this program, save it as `word_count.cpp` and use the following commands:\n\n```sh\ng++ -o word_count word_count.cpp\n./word_count\n```\n\nThis will prompt you to enter the file name and the word to search for. The program will then display the number of occurrences of the specified word in the file.',
        tools=("file", "getline", "is_open"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [786] (commit cd543a1; instruction: 'Implement a Python function to find the longest common subsequence of ')",
        text='def longest_common_subsequence(s1, s2):\n    m = len(s1)\n    n = len(s2)\n\n    # Create a table to store lengths of the longest common subsequences\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    # Fill the table using bottom-up approach\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if s1[i - 1] == s2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    # Reconstruct the longest common subsequence from the table\n    lcs = []\n    i, j = m, n\n    while i > 0 and j > 0:\n        if s1[i - 1] == s2[j - 1]:\n            lcs.append(s1[i - 1])\n            i -= 1\n            j -= 1\n        elif dp[i - 1][j] > dp[i][j - 1]:\n            i -= 1\n        else:\n            j -= 1\n\n    return \'\'.join(reversed(lcs))\n\n\n# Test the function with example inputs\ns1 = "ABCBDAB"\ns2 = "BDCABA"\nprint(longest_common_subsequence(s1, s2))  # Output: "BCBA"',
        tools=("longest_common_subsequence", "reversed"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [787] (commit cd543a1; instruction: 'Implement a regular expression in Python to validate an email address.')",
        text='Here\'s a simple way to implement a regular expression for validating an email address in Python:\n\n```python\nimport re\n\ndef validate_email(email):\n    pattern = r\'^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$\'\n    if re.match(pattern, email):\n        return True\n    else:\n        return False\n\n# Test cases\nemails = ["test@example.com", "john.doe@example.co.uk", "jane_doe123@example.net", "invalid_email@example", "email@invalid"]\n\nfor email in emails:\n    print(f"Email: {email}, Valid: {validate_email(email)}")\n```\n\nThis code defines a function `validate_email` that takes an email address as input and uses a regular expression to check if it is valid or not. The pattern used in this example covers most common email formats but may not cover all possible edge cases. You can modify the pattern according to your specific requirements.\n\nThe test cases provided include valid and invalid email addresses to demonstrate how the function works.',
        tools=("validate_email", "match"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [788] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text="Here's a Python program to find the nth Fibonacci number using dynamic programming (bottom-up approach):\n\n```python\ndef fibonacci(n):\n    # Create an array of size n+1 and initialize its first two elements with 0 and 1\n    fib = [0]*(n+1)\n    fib[0] = 0\n    fib[1] = 1\n\n    # Iterate through the array starting from index 2, and calculate each Fibonacci number\n    for i in range(2, n+1):\n        fib[i] = fib[i-1] + fib[i-2]\n\n    # Return the nth Fibonacci number\n    return fib[n]\n\n# Test the function with different values of n\nprint(fibonacci(0))  # Output: 0\nprint(fibonacci(1))  # Output: 1\nprint(fibonacci(2))  # Output: 1\nprint(fibonacci(3))  # Output: 2\nprint(fibonacci(4))  # Output: 3\nprint(fibonacci(5))  # Output: 5\nprint(fibonacci(6))  # Output: 8\nprint(fibonacci(7))  # Output: 13\nprint(fibonacci(8))  # Output: 21\nprint(fibonacci(9))  # Output: 34\nprint(fibonacci(10)) # Output: 55\n```\n\nThis program uses a bottom-up approach by creating an array `fib` of size `n+1`, initializing its first two elements with `0` and `1`, then iterating through the array to calculate each subsequent Fibonacci number. The time complexity of this solution is O(n), as it only requires a single pass through the array.",
        tools=("fibonacci",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [789] (commit cd543a1; instruction: 'Implement a binary search algorithm to find a specific element in a so')",
        text='Here\'s a simple implementation of the binary search algorithm in Python:\n\n```python\ndef binary_search(arr, target):\n    low = 0\n    high = len(arr) - 1\n\n    while low <= high:\n        mid = (low + high) // 2\n        guess = arr[mid]\n\n        if guess == target:\n            return mid\n        elif guess < target:\n            low = mid + 1\n        else:\n            high = mid - 1\n\n    return -1  # target not found\n\n\n# Example usage:\narr = [1, 3, 5, 7, 9]\ntarget = 5\n\nresult = binary_search(arr, target)\n\nif result != -1:\n    print(f"Element found at index: {result}")\nelse:\n    print("Element not found in the array")\n```\n\nThis `binary_search` function takes a sorted array and a target element as input. It initializes two pointers, `low` and `high`, to the first and last indices of the array, respectively. The algorithm then enters a loop that continues until the `low` pointer is greater than the `high` pointer.\n\nIn each iteration, the middle index (`mid`) is calculated by averaging the `low` and `high` pointers. The value at this middle index (`guess`) is compared with the target element. If they are equal, the middle index is returned as the result. If the guess is less than the target, the search continues in the right half of the array by updating the `low` pointer. Otherwise, the search continues in the left half by updating the `high` pointer.\n\nIf the target element is not found after searching the entire array, the function returns `-1`.',
        tools=("binary_search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [790] (commit cd543a1; instruction: 'Implement a queue data structure using two stacks in Python.')",
        text='Here\'s an implementation of a queue data structure using two stacks in Python:\n\n```python\nclass Queue:\n    def __init__(self):\n        self.stack1 = []\n        self.stack2 = []\n\n    def enqueue(self, item):\n        """Add an item to the queue."""\n        while self.stack1:\n            self.stack2.append(self.stack1.pop())\n        self.stack1.append(item)\n        while self.stack2:\n            self.stack1.append(self.stack2.pop())\n\n    def dequeue(self):\n        """Remove and return the first item in the queue."""\n        if not self.stack1:\n            raise IndexError("The queue is empty.")\n        return self.stack1.pop()\n\n    def __len__(self):\n        """Return the number of items in the queue."""\n        return len(self.stack1)\n\n    def __str__(self):\n        """Return a string representation of the queue."""\n        return str(self.stack1[::-1])\n\nif __name__ == "__main__":\n    q = Queue()\n    q.enqueue(1)\n    q.enqueue(2)\n    q.enqueue(3)\n    print(q)  # Output: [1, 2, 3]\n    print(len(q))  # Output: 3\n    q.dequeue()\n    print(q)  # Output: [2, 3]\n```\n\nThis implementation uses two stacks, `stack1` and `stack2`, to create a queue. The `enqueue` method adds an item to the end of the queue by first moving all elements from `stack1` to `stack2`, then appending the new item to `stack1`, and finally moving all elements back to `stack1`. The `dequeue` method removes and returns the first item in the queue by simply popping from `stack1`. The `__len__` method returns the number of items in the queue, and the `__str__` method provides a string representation of the queue.',
        tools=("__init__", "enqueue", "dequeue"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/mistral-medium/model_outputs.json [791] (commit cd543a1; instruction: 'Implement a program to find the common elements in two arrays without ')",
        text="Here is a simple solution in Python to find the common elements in two arrays without using any extra data structures:\n\n```python\ndef common_elements(array1, array2):\n    result = []\n    \n    # Iterate through the first array\n    for num in array1:\n        # Check if the number is present in the second array\n        # and not already in the result list\n        if num in array2 and num not in result:\n            result.append(num)\n            \n    return result\n\n# Test the function\narray1 = [1, 2, 3, 4, 5]\narray2 = [4, 5, 6, 7, 8]\nprint(common_elements(array1, array2))  # Output: [4, 5]\n```\n\nThis program uses a nested loop (implicitly, as the `in` operator has a time complexity of O(n)) to compare each element of the first array with the elements of the second array. If an element is found in both arrays and it's not already in the result list, it's added to the result list.\n\nNote that this solution assumes that the input arrays do not contain duplicate values. If they can contain duplicates, you would need to modify the code to keep track of the count of occurrences for each common element.\n\nAlso, this solution has a time complexity of O(n^2), where n is the length of the smaller input array. If you're working with large arrays or need better performance, you may want to consider alternative approaches that use additional data structures, such as hash tables or sorted arrays.",
        tools=("common_elements",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [61] (commit cd543a1; instruction: 'Can you help me figure out how to sew a button on a shirt?')",
        text="Here are step-by-step instructions for sewing a button on a shirt:\n\n1. Gather your supplies - you'll need:\n- Button(s) that match the others on the shirt\n- Matching sewing thread\n- Needle\n- Scissors\n- Pins\n\n2. Find a good spot for the button placement. It should line up with the other buttons vertically. \n\n3. Place the button where you want it, with the button's holes facing up toward you. Put a pin vertically through one hole to hold the button in place temporarily.\n\n4. Thread your needle and make a knot at the end. Bring the needle up through the fabric behind the button's closest hole. \n\n5. Insert the needle vertically down through the button's opposite hole and out through the underside of the fabric. This anchors the button.\n\n6. Make several tight stitches to secure the button, stitching diagonally from hole to hole. I recommend at least 5-6 securing stitches.\n\n7. When finished, knot the thread on the underside of the fabric. Clip any excess thread with scissors.\n\n8. Check your work by pushing the button through the buttonhole and making sure it aligns properly and is anchored firmly. Make any needed adjustments.\n\nTake your time and don't rush. Let me know if you have any other questions! Having the right supplies, patience and following the steps should result in a nice secure button.",
        tools=("Button",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [79] (commit cd543a1; instruction: 'How can I fix a leaking roof?')",
        text="Here are some tips for fixing a leaking roof:\n\n- Inspect the roof to find the leak. Look for water stains on the ceiling inside the house or damp spots and moisture on the roof itself. Identify the specific location(s) that is leaking.\n\n- If the leak is caused by a small hole or crack, apply a waterproof roof patch sealant. Clean the area thoroughly, apply primer if needed, and allow it to dry before applying the sealant. Spread the sealant over the crack and smooth it out.\n\n- If the leak is around flashing, nails, or joints, the sealant may have worn away. Scrape out the old putty or sealant with a putty knife. Then reseal it with new flashing sealant or roof cement.\n\n- For shingles that have blown off or are missing, replace the damaged shingles. Lift the tabs on the shingles above, slide the new shingle into position, and nail it properly while avoiding over-nailing. Seal with roofing cement.\n\n- If there are signs of leakage around the roof vents, seals may be cracked. Re-caulk around the base of the vents where they meet the roof. Replace the vent cap if cracked.\n\n- Consider calling a professional roofer for leaks that persist, leaks in difficult to access areas, large damaged sections, or if you are uncomfortable working on the steep or high roof yourself. They can properly identify and repair the leak points.\n\nChecking for leaks throughout the year and addressing problems promptly can help avoid major roof deterioration. Take safety precautions when working on roofs as well.",
        tools=("location",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [147] (commit cd543a1; instruction: 'define a new language that contains words that are with numbers and le')",
        text='Here is an example of defining a new language with words containing both letters and numbers:\n\n```\nLetters = {a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z}\nDigits = {0,1,2,3,4,5,6,7,8,9}\n\nNewLanguageWords = {""} \n\nfor letter in Letters\n    for digit in Digits \n        for letter2 in Letters\n            NewLanguageWords.add(letter + digit + letter2)\n\nprint(NewLanguageWords) \n// Example words: \n// a1b, c7d, f5g, b2a,...\n```\n\nI\'ve created the new language to contain all combinations of a letter, number, and letter. The words are generated by nested loops iterating through the defined set of letters and digits, and concatenating them together.\n\nThe NewLanguageWords set contains all generated words, like "IL9op". You can expand on this by adding more letters, digits, special characters, word lengths etc. to create more complex words.\n\nLet me know if you need any clarification or have additional requirements for defining this new language!',
        tools=("add",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [262] (commit cd543a1; instruction: 'Given the following email text:<br>Thanks for your email, it has been ')",
        text='Sure, let me analyze the key parts of the email text:\n<br>\n- "perhaps a chatbot could improve things" - This suggests the sender is open to or interested in chatbots as a potential solution to improve things.\n- "let\'s arrange a chat soon" - This call to action about arranging a chat reinforces the interest in some kind of conversational solution.\n<br>\nBased on these statements indicating openness and interest towards chatbots as a solution, I would answer:\n<br>\nYes',
        tools=("br",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [290] (commit cd543a1; instruction: 'Using the Roblox Luau language, how would I make a script that finds t')",
        text='Here is how you can make a script to find the nearest character and teleport to them in Roblox Luau:\n\n```lua\nlocal Players = game:GetService("Players")\nlocal LocalPlayer = Players.LocalPlayer\n\n-- Function to get the nearest player\nlocal function getNearestPlayer()\n  local nearestPlayer\n  local nearestDistance = math.huge\n  \n  for i, player in ipairs(Players:GetPlayers()) do\n    if player ~= LocalPlayer then\n      local distance = (player.Character.HumanoidRootPart.Position - LocalPlayer.Character.HumanoidRootPart.Position).Magnitude\n      if distance < nearestDistance then\n        nearestDistance = distance\n        nearestPlayer = player\n      end\n    end\n  end\n  \n  return nearestPlayer\nend\n\n-- Main script\nlocal nearestPlayer = getNearestPlayer()\nif nearestPlayer then\n  LocalPlayer.Character.HumanoidRootPart.CFrame = nearestPlayer.Character.HumanoidRootPart.CFrame\nend\n```\n\nThe key points:\n\n- Get reference to LocalPlayer and Players service\n- Loop through all players to find nearest one\n- Compare distance using magnitude of position difference \n- Set LocalPlayer CFrame to match nearest player in main script\n\nLet me know if you have any other questions!',
        tools=("GetService", "getNearestPlayer", "ipairs"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [300] (commit cd543a1; instruction: "How would a basic project in PyGame look like? I\'d like the example to")',
        text='Here is an example PyGame project that prints the FPS counter in the top left corner and quits when the ESC key is pressed:\n\n```python\nimport pygame\n\n# Initialize PyGame\npygame.init() \n\n# Set up the display\nscreen = pygame.display.set_mode((500, 500))\n\n# Set title \npygame.display.set_caption("Basic PyGame")\n\n# Clock for managing FPS \nclock = pygame.time.Clock()\n\n# Main game loop\nrunning = True \nwhile running:\n\n    # Check for events\n    for event in pygame.event.get():\n        if event.type == pygame.QUIT:\n            running = False\n        if event.type == pygame.KEYDOWN:\n            if event.key == pygame.K_ESCAPE:\n                running = False\n    \n    # Fill background color\n    screen.fill((0, 0, 0))\n\n    # Display FPS \n    fps = str(int(clock.get_fps()))\n    fps_text = pygame.font.Font(None, 30).render(fps, 1, pygame.Color("white"))\n    screen.blit(fps_text, (10, 10))\n\n    # Update display and tick clock\n    pygame.display.flip()\n    clock.tick(60)\n    \n# Quit PyGame  \npygame.quit()\n```\n\nThe key points are:\n\n- Initialize PyGame and create the display surface\n- Main game loop with event handling for QUIT and ESC key \n- Fill background and render FPS text\n- Update display and tick clock to limit FPS\n- Quit PyGame cleanly on exit\n\nLet me know if you have any other questions!',
        tools=("init", "set_mode", "set_caption"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [313] (commit cd543a1; instruction: 'can you please create a python script that outputs a derivative using ')",
        text='Here is a python script that outputs a derivative using the average rate of change formula based on user input:\n\n```python\ndef derivative(f, a, b):\n    return (f(b) - f(a)) / (b - a)\n\nprint("Enter the function f(x):")\nfunc_str = input()\nf = lambda x: eval(func_str)\n\nprint("Enter the point a:")  \na = float(input())\n\nprint("Enter the point b:")\nb = float(input())\n\nprint("The derivative is:", derivative(f, a, b))\n```\n\nTo use it:\n- User inputs a function string like `"x**2"` \n- User inputs points a and b\n- Script evaluates the derivative using those points and prints it\n\nLet me know if you need any clarification or have additional requirements!',
        tools=("derivative", "eval"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [320] (commit cd543a1; instruction: 'Write code for a Discord bot using Discord.js v14. The bot has one com')",
        text="Here is code for a Discord bot with a slash command to ban members:\n\n```js\nconst { Client, GatewayIntentBits, Routes } = require('discord.js');\nconst { token } = require('./config.json'); \n\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\n\nclient.on('ready', () => {\n  console.log(`Logged in as ${client.user.tag}!`);\n});\n\nclient.on('interactionCreate', async interaction => {\n  if (!interaction.isChatInputCommand()) return;\n\n  if (interaction.commandName === 'ban') {\n    if (!interaction.member.permissions.has('BAN_MEMBERS')) {\n      return interaction.reply({ content: 'You do not have permission to ban members!', ephemeral: true });\n    }\n\n    const user = interaction.options.getUser('user');\n    if (!user) {\n      return interaction.reply({ content: 'No user provided!', ephemeral: true });\n    }\n\n    try {\n      await interaction.guild.members.ban(user);\n      return interaction.reply({ content: `Successfully banned ${user.tag}!`, ephemeral: true });\n    } catch (error) {\n      console.error(error);\n      return interaction.reply({ content: 'There was an error trying to ban the user!', ephemeral: true });\n    }\n  }\n});\n\nclient.once('ready', async () => {\n  const guild = client.guilds.cache.get('GUILD_ID');\n\n  await guild.commands.create({\n    name: 'ban',\n    description: 'Bans a member from the server',\n    options: [\n      {\n        name: 'user',\n        description: 'The member to ban',\n        required: true, \n        type: 'USER'\n      }\n    ]\n  });\n});\n\nclient.login(token);\n```\n\nThis creates a slash command called `/ban` that takes a user as an option. The bot checks if the calling user has ban permissions, gets the user from the options, bans them, and replies confirming. The command is registered after the bot is ready.",
        tools=("require", "Client", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [324] (commit cd543a1; instruction: 'Write me a high quality testing framework in Cypress that utilizes Doc')",
        text="Here is an example Cypress testing framework that utilizes Docker and screenshot capturing:\n\n```js\n// cypress/plugins/index.js\nmodule.exports = (on, config) => {\n  on('task', {\n    docker: require('@cypress/docker-dev')(on, config)\n  })\n}\n\n// cypress.config.js\nconst { defineConfig } = require('cypress')\n\nmodule.exports = defineConfig({\n  e2e: {\n    setupNodeEvents(on, config) {\n      // implement node event listeners here\n    },\n    baseUrl: 'http://myapp.test:3000', \n    screenshotsFolder: 'cypress/screenshots',\n    video: false\n  },\n})\n\n// cypress/support/commands.js\nCypress.Commands.add('dockerRun', (image, options = {}) => {\n  cy.task('docker', 'run', image, options)\n})\n\nCypress.Commands.add('dockerStop', (containerId) => {\n  cy.task('docker', 'stop', containerId)\n})\n\n// cypress/e2e/spec.cy.js\ndescribe('My App', () => {\n  let containerId\n\n  beforeEach(() => {\n    cy.dockerRun('myapplimage')\n      .then((id) => { containerId = id }) \n  })\n\n  afterEach(() => {\n    if (containerId) {\n      cy.dockerStop(containerId)\n    }\n  })\n\n  it('runs app in docker', () => {\n    cy.visit('/')\n    cy.screenshot('home-page') \n  })\n})\n```\n\nThis sets up Docker control from Cypress, runs a Docker container before each test, takes screenshots, and stops the container afterwards. Additional validation, wait commands etc. would be added depending on the application under test.",
        tools=("require", "defineConfig", "setupNodeEvents"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [358] (commit cd543a1; instruction: 'Write a C++ function that takes a reference to a std::string containin')",
        text="Here is a C++ function that converts markdown formatted text to HTML:\n\n```cpp\n#include <iostream>\n#include <string>\n\nstd::string markdownToHtml(const std::string &markdown) {\n    std::string html;\n    \n    // Rules for conversion:\n    // * Headers become h1, h2 tags\n    // * Bold text becomes <b>\n    // * Italic text becomes <i>\n    // * Links become anchor tags\n    \n    for(int i = 0; i < markdown.length(); i++) {\n        if(markdown[i] == '#') {\n            if(markdown[i+1] == '#')\n                html += \"<h2>\";\n            else \n                html += \"<h1>\";\n        }\n        else if(markdown[i] == '*' && markdown[i+1] != ' ')\n            html += markdown[i+1] == '*' ? \"</b>\" : \"<b>\";\n        else if(markdown[i] == '_' && markdown[i+1] != ' ') \n            html += markdown[i+1] == '_' ? \"</i>\" : \"<i>\";\n        else if(markdown[i] == '[' && markdown[i+1] != ' ') \n            html += \"<a href=\\\"\";\n        else if(markdown[i] == ']' && markdown[i-1] != ' ')\n            html += \"\\\">\";\n        else\n            html += markdown[i];\n    }\n    \n    return html;\n}\n```\n\nThis iterates through the markdown string and applies rules to convert formatting like headers, bold, italics, and links into their HTML tag equivalents. It returns the resulting HTML string.",
        tools=("markdownToHtml", "length", "iostream"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [361] (commit cd543a1; instruction: 'How to code the snake game in C that will be smooth and it will use im')",
        text="Here is some code to create a smooth snake game in C using images for animation:\n\n```c\n#include <stdio.h>\n#include <conio.h>\n#include <graphics.h> \n\n// Images\nIMAGE snake_body; \nIMAGE snake_head;\nIMAGE food;\n\n// Game loop\nwhile(1) {\n\n  // Get input  \n  if(kbhit()) {\n    switch(getch()) {\n      case 'w':\n        change_direction(UP); \n        break;\n      case 's': \n        change_direction(DOWN);\n        break;\n      //...\n    }\n  }\n\n  // Move snake\n  move_snake(); \n\n  // Check collision with boundaries\n  if(snake_collision()) {\n    game_over();\n  }\n\n  // Check eating food\n  if(snake_ate_food(food)) {\n    grow_snake();\n    reposition_food(); \n  }\n\n  // Draw graphics\n  cleardevice();\n  draw_images(); \n  delay(100);\n}\n\n// Draw images on screen\nvoid draw_images() {\n  draw_image(food);\n  \n  for(each snake part) {\n    if(head) \n      draw_image(snake_head);\n    else\n      draw_image(snake_body);  \n  }\n}\n```\n\nThe key points are:\n\n- Use images for all game objects \n- Game loop with input, move, draw cycle\n- Functions to handle game mechanics\n- Delay to control frame rate\n- Clear screen each frame  \n\nThis will create a smooth animating snake game in C using images.",
        tools=("kbhit", "switch", "getch"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [365] (commit cd543a1; instruction: 'How do I normalize a vector?')",
        text="Here are the steps to normalize a vector:\n\n1. Calculate the magnitude (length) of the vector using the pythagorean theorem. For a vector v = (x, y, z), the magnitude is calculated as:\n\n```\nmagnitude = sqrt(x^2 + y^2 + z^2)\n```\n\n2. Divide each component of the vector by the magnitude. This makes the magnitude equal to 1 while keeping the direction of the vector the same. The normalized vector u is calculated as:\n\n```\nu = (x/magnitude, y/magnitude, z/magnitude)\n```\n\nFor example, if the vector is v = (3, 4, 5), then:\n\n- The magnitude is sqrt(3^2 + 4^2 + 5^2) = sqrt(9 + 16 + 25) = sqrt(50) = 5\n- The normalized vector is u = (3/5, 4/5, 5/5) = (0.6, 0.8, 1)\n\nSo the normalized vector has length 1 and points in the same direction as the original vector. This process works to normalize any non-zero vector into a unit vector.",
        tools=("sqrt",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [391] (commit cd543a1; instruction: 'What is the error with this code: public int getnumber(){ int number =')",
        text="The error in this code is that the getnumber() method is declared to return an int, but there is no return statement.\n\nHere is the code with the issue fixed:\n\n```java\npublic int getNumber(){ \n  int number = 0;\n  return number;\n}\n```\n\nTo fix it:\n\n- The method signature says it will return an int\n- But there is no return statement inside the method\n- So a return statement needs to be added that returns the int variable `number`\n\nBy adding the `return number;` statement, it will now properly return the int value as declared in the method signature.",
        tools=("getnumber", "getNumber"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [405] (commit cd543a1; instruction: 'Write me a function in JavaScript that takes an array of 5 numbers as ')",
        text="Here is the function:\n\n```js\nfunction checkPrimes(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    let num = arr[i];\n    let isPrime = true;\n\n    if (num <= 1) {\n      continue;  \n    }\n\n    for (let j = 2; j < num; j++) {\n      if (num % j == 0) {\n        isPrime = false;\n        break;\n      }\n    }\n\n    if (isPrime) {\n      console.log(num);\n    }\n  }\n}\n```\n\nTo explain:\n\n- It takes the input array `arr` and loops through each number\n- For each number `num`:\n  - Check if it is <= 1, if so, skip to next iteration\n  - Loop from 2 to `num - 1` and check if any number divides it evenly. If yes, set `isPrime` to false and break out of loop\n  - If after inner loop `isPrime` is still true, then `num` is prime, so print it out\n\nSo this function takes an array of 5 numbers, checks each one if it is a valid prime number, and if yes, prints it out.\n\nTo call it:\n\n```js\ncheckPrimes([2, 5, 8, 17, 10]); \n// Prints: 2\n// Prints: 17\n```",
        tools=("checkPrimes", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [406] (commit cd543a1; instruction: 'write me script that shows the saves a dictionnary in json format in a')",
        text="Here is a Python script that saves a dictionary to a JSON file:\n\n```python\nimport json\n\n# Dictionary to save\ndata = {\n  'name': 'John',\n  'age': 30,\n  'cars': [\n    {'model': 'BMW 230', 'mpg': 27.5}, \n    {'model': 'Ford Edge', 'mpg': 24.1}\n  ]\n}\n\n# Open/create the JSON file and save the data\nwith open('data.json', 'w') as f:\n  json.dump(data, f)\n```\n\nTo break this down:\n\n- We first create a Python dictionary `data` with some sample data to save\n- We open a file called `data.json` for writing using the `open()` function. The `'w'` parameter indicates we want to write to the file\n- We then use `json.dump()` to save the `data` dict to the opened file. This serializes the dictionary into a JSON string and writes it to the file\n- Finally the file is automatically closed when we exit the `with` block\n\nSo this allows us to easily convert a Python dict to JSON and save it to a file. The JSON file can then be loaded later to retrieve the original dictionary data.",
        tools=("dump",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [410] (commit cd543a1; instruction: 'write code that imitates a fake chatbot using a modal where it shows t')",
        text='Here is an example code for a fake chatbot modal with a chat history of 2 messages each from the bot and human:\n\n```html\n<!-- Button to open the modal -->\n<button id="chatbotBtn">Chatbot</button>\n\n<!-- The Modal -->\n<div id="chatbotModal" class="modal">\n\n  <!-- Modal content -->\n  <div class="modal-content">\n    <span class="close">&times;</span>\n    \n    <h2>Chatbot</h2>\n    <div class="chat-history">\n      <div class="bot-msg">Hello! I\'m Chatbot.</div>\n      <div class="human-msg">Hi there. How are you?</div>  \n      <div class="bot-msg">I\'m doing great, thanks for asking!</div>\n      <div class="human-msg">No problem!</div>\n    </div>\n\n    <textarea id="userInput"></textarea>\n    <button id="sendBtn">Send</button>\n\n  </div>\n\n</div>\n\n<script>\n// JavaScript to show/hide modal\n</script>\n\n<style>\n/* CSS styles for modal */  \n</style>\n```\n\nThe key things:\n\n- Modal contains chat history div to show messages \n- Messages have classes to indicate if from bot or human\n- Textarea and button to allow user to enter/send messages\n- JavaScript would show/hide the modal \n- CSS to style the modal and messages\n\nLet me know if you need any clarification or have additional questions!',
        tools=("button", "div", "span"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [417] (commit cd543a1; instruction: 'In TypeScript, how can I tell the type system \"I know that in theory t')",
        text='Here are a few ways to tell the TypeScript type system that a value will have a more specific type than its declared type in certain situations:\n\n1. Use a type assertion:\n\n```ts\ninterface Box {\n  contents: string | number;\n}\n\nfunction printLength(box: Box) {\n  const len = (box.contents as string).length;\n  //               ^^^^^^^^^^^^\n  console.log(len);\n}\n```\n\nThe `as string` assertion tells TypeScript to treat `box.contents` as a string within the body of the `printLength` function, even though its declared type is `string | number`.\n\n2. Narrow the type with a check:\n\n```ts \nfunction printLength(box: Box) {\n  if (typeof box.contents === "string") {\n    console.log(box.contents.length); // TS now knows it\'s a string\n  }\n}\n```\n\n3. Use a user-defined type guard:\n\n```ts\nfunction isString(x: string | number): x is string {\n  return typeof x === "string";\n}\n\nfunction printLength(box: Box) {\n  if (isString(box.contents)) { \n    console.log(box.contents.length); // TS knows it\'s a string\n  }\n}\n```\n\nSo in summary, type assertions, control flow based checks, and custom type guards allow you to convey additional knowledge about a more specific type in cases where the declared type is not specific enough.',
        tools=("printLength", "isString", "log"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [429] (commit cd543a1; instruction: 'What is the difference between HTML and JavaScript?')",
        text="HTML and JavaScript are two core technologies used in web development that serve different purposes:\n\n- HTML (HyperText Markup Language) is used to structure and give meaning to web content by defining paragraphs, headings, images, links, etc. HTML uses opening and closing tags like <p></p> to format content. HTML controls the basic structure and content of a web page.\n\n- JavaScript is a programming language used to create interactivity and dynamic effects on web pages. JavaScript code is inserted into HTML pages and interacts with the Document Object Model (DOM) to manipulate page content and react to user events like clicks, hovers, form submissions etc. JavaScript controls the behavior and interactivity of web pages.\n\nSome key differences:\n\n- HTML is markup language, JavaScript is a programming language\n- HTML defines structure and content, JavaScript controls dynamic behavior \n- HTML runs on the browser, JavaScript runs on the client-side (browser) as well as server side (through Node.js etc)\n- HTML is used for static pages, JavaScript for interactive pages\n- HTML is simpler, JavaScript is more complex programming language\n\nIn summary, HTML provides the visual structure, while JavaScript adds interactivity and dynamic effects to websites. The two languages work closely together to create modern, interactive web pages but serve different purposes.",
        tools=("p",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [441] (commit cd543a1; instruction: 'what does the @ in python do')",
        text="The @ symbol in Python is used to decorate functions. Here are some key things to know about the @ decorator syntax in Python:\n\n- Decorators allow you to modify the behavior of a function without permanently changing the function itself. They wrap the function and execute code before and after the wrapped function is called.\n\n- The @ decorator syntax places the decorator before the definition of a function. For example:\n\n```python\n@decorator\ndef function():\n    pass\n```\n\nThis applies the `decorator` to `function`.\n\n- Decorators are actually just regular Python functions that take a function as an argument and return a wrapped function. The @ handles applying the decorator function for you.\n\n- Common decorators in Python include `@staticmethod`, `@classmethod`, `@property` to convert regular functions into special method types, and `@timeit` to measure execution time. There are many more use cases.\n\n- Multiple decorators can be chained and applied to the same function - the decorators will execute in the order listed.\n\nSo in short, the @ allows a convenient syntax for applying wrapper functions that modify the behavior of the following function. Decorators are an important concept in Python.",
        tools=("function",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [443] (commit cd543a1; instruction: 'Can we find a formula to generate all prime numbers, and is the distri')",
        text="Unfortunately, there is no known formula or algorithm that can generate all prime numbers. However, there are some insights about the distribution and patterns of prime numbers:\n\n- The distribution of primes is not truly random. There are some noticeable patterns, such as the tendency for primes to avoid ending in even digits, or the gaps between primes following certain probabilistic distributions. However, the overall distribution seems quite unpredictable and chaotic.\n\n- There are relationships that can generate some primes, such as Euclid's formula which generates an infinite number of primes of the form n2 + 1. There are also probabilistic models that can predict the likelihood of numbers being prime, even if they can't determine it for certain.\n\n- The Prime Number Theorem describes the approximate distribution of primes, showing that the frequency of primes at large numbers follows a logarithmic distribution. There are roughly n/log(n) prime numbers less than a given number n. \n\n- Number theorists continue to search for more patterns, relationships, and structure within the primes. While we don't have a full formula or way to generate all primes yet, more discoveries could yield insights towards that goal. But for now their overall distribution retains a degree of randomness amidst some detectable patterns.\n\nSo in summary - no known formula can produce all primes, but we understand some of the patterns even if we cannot predict each prime individually in a deterministic way. The quest to uncover more structure and insight around prime numbers continues among number theorists.",
        tools=("log",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [451] (commit cd543a1; instruction: 'How can you write a first person controller script in GDscript and app')",
        text='Here is an example of a simple first person controller script in GDScript for Godot 3.x using a KinematicBody node:\n\n```\nextends KinematicBody\n\nexport var speed = 10\nexport var acceleration = 5\nexport var gravity = 20\nexport var jump_power = 10\n\nvar velocity = Vector3()\n\nfunc _physics_process(delta):\n    var input_dir = Vector3()\n    if Input.is_action_pressed("move_forward"):\n        input_dir += -global_transform.basis.z\n    if Input.is_action_pressed("move_back"):\n        input_dir += global_transform.basis.z\n    if Input.is_action_pressed("move_left"):\n        input_dir += -global_transform.basis.x \n    if Input.is_action_pressed("move_right"):\n        input_dir += global_transform.basis.x\n        \n    input_dir = input_dir.normalized()\n        \n    velocity.x = move_toward(velocity.x, input_dir.x * speed, acceleration * delta)\n    velocity.z = move_toward(velocity.z, input_dir.z * speed, acceleration * delta)\n    velocity.y -= gravity * delta\n        \n    if is_on_floor() and Input.is_action_just_pressed("jump"):\n        velocity.y = jump_power\n        \n    velocity = move_and_slide(velocity, Vector3.UP)\n```\n\nThis handles movement input, gravity, jumping and moving the character using move_and_slide.\n\nIn Godot 4.x, the equivalent to KinematicBody is CharacterBody3D. The script would need to be updated like this:\n\n```\nextends CharacterBody3D\n\nexport var speed = 10 \n# Rest is the same...\n\nfunc _physics_process(delta):\n    \n    # Input handling is the same\n    \n    velocity = move_and_slide_with_snap(velocity, Vector3.DOWN, Vector3.UP)\n```\n\nThe main differences are extending CharacterBody3D instead of KinematicBody, and using move_and_slide_with_snap instead of move_and_slide. This handles snap vectors for smooth floor collisions.',
        tools=("Vector3", "_physics_process", "move_toward"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [452] (commit cd543a1; instruction: 'What are F-centers in crystallography ? How are they created and what ')",
        text='F-centers in crystallography refer to color centers or point defects in ionic crystals where an anion vacancy has trapped one or more electrons. Some key points about F-centers:\n\n- They are created when ionizing radiation (like X-rays, gamma rays, or high energy particles) knocks an anion out of its lattice site, creating a vacancy. This vacancy then traps one or more electrons that would otherwise be bound to the anion.\n\n- The trapped electron(s) absorb light in the visible spectrum, causing the normally transparent crystal to take on a colored tint - this is where the name "color centers" comes from. For example, F-centers in alkali halides like NaCl give them a blue-violet coloration.\n\n- At higher concentrations, F-centers can significantly affect the optical properties of the crystal, introducing optical absorption bands and reducing optical transparency. Electrical properties are also impacted - high densities of F-centers make the crystal exhibit n-type semiconductor behavior.\n\n- The concentration and depth profile of F-centers in a crystal depends on the irradiation dose. Higher doses create more lattice vacancies and can allow color centers to penetrate deeper into the crystal over time. Heating the crystal can allow the trapped electrons to become mobile and the crystal to repair some of the defects.\n\nSo in summary, F-centers are electron-trapping defects formed by radiation damage that introduce color tints and affect optical/electrical properties when present in significant densities in the ionic crystal.',
        tools=("electron",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [479] (commit cd543a1; instruction: 'The tone of the email should be changed and rewritten in a more profes')",
        text="Here is one way to rewrite the email to sound more professional:\n\nDear [name], \n\nI am writing to request taking vacation time on [date(s)]. I have checked my workload and scheduled assignments, and that day aligns with my availability.  \n\nIf approved, this time off would be greatly appreciated. Please let me know if you need any additional information from me. I'm happy to discuss further to ensure minimal disruption while I'm away.\n\nThank you for your consideration. Please let me know if you have any other questions.\n\nRegards,\n[Your name]\n\nI focused on using more formal language, providing context around my availability and workload, emphasizing minimal disruption, expressing appreciation for consideration, and opening the door for further discussion. Please let me know if you would like me to modify the tone or content further.",
        tools=("date",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [486] (commit cd543a1; instruction: 'You are provided with a description of the code, specifications, or pr')",
        text='Here is a Python function to determine if a number is prime:\n\n```python\ndef is_prime(num):\n    """\n    Determine if a number is prime\n    """\n    if num < 2:\n        return False\n    for i in range(2, int(num**0.5)+1):\n        if num % i == 0:\n            return False\n    return True\n```\n\nTo use it:\n\n```python\nprint(is_prime(7)) # True\nprint(is_prime(10)) # False\n```\n\nThe key steps are:\n\n1. Check if `num` is less than 2, if so it\'s not prime\n2. Iterate from 2 up to the square root of `num`\n3. Use the modulo operator (%) to check if any number in this range divides `num` evenly. If we find one that does, `num` is not prime \n4. If we did not find any factors in the range, `num` is prime.\n\nLet me know if you need any clarification or have additional requirements for the prime checking function!',
        tools=("is_prime",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [487] (commit cd543a1; instruction: "When you\'re stuck on a coding problem, the best place to look for help")',
        text="Here are some useful links about finding duplicate values in SQL:\n\nhttps://www.w3schools.com/sql/sql_duplicates.asp\n- This W3Schools page provides a simple example of how to use SELECT, GROUP BY, and HAVING to find duplicate rows in a table.\n\nhttps://www.sqlshack.com/how-to-identify-duplicate-rows-in-sql-server/\n- A SQLShack article going in-depth on several methods for finding duplicates, including ROW_NUMBER() and CTEs. Covers SQL Server specifically.\n\nhttps://www.postgresqltutorial.com/postgresql-duplicates/\n- Tutorial from PostgreSQLTutorial demonstrating duplicate detection using GROUP BY, COUNT(), HAVING, and other techniques in PostgreSQL.\n\nhttps://chartio.com/resources/tutorials/how-to-find-duplicate-values-in-sql/ \n- Chartio's guide to finding SQL duplicates across multiple columns. Includes strategies like SELECT DISTINCT and JOINs.\n\nhttps://www.datanamic.com/support/lt-help/dw-general/finding-duplicate-records-in-oracle.html\n- Examples of identifying Oracle database duplicates with rowid, row_number(), and MINUS set operators.\n\nI focused on finding general SQL techniques that should apply across multiple database platforms. Let me know if you need any clarification or have a specific DBMS in mind.",
        tools=("ROW_NUMBER", "COUNT", "row_number"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [490] (commit cd543a1; instruction: 'What are the steps to using random (yet coherent) text as filler conte')",
        text="Here are the main steps to use random lorem ipsum text as filler content in a Word document:\n\n1. Place your cursor where you want the random text to be inserted.\n\n2. Go to the Insert tab and click the Text group. Click the Text Box button and drag to draw a text box for the filler text.\n\n3. Right-click inside the text box and select Paragraph... to open the Paragraph dialog box.\n\n4. In the Indents and Spacing tab, make sure alignment is set to Justified. This will make the random text look more like real paragraphs.\n\n5. Click OK to close the Paragraph dialog box. \n\n6. Go back to the Insert tab and click Quick Parts in the Text group. Select Field... from the dropdown menu.\n\n7. In the Field dialog box, select =rand.lorem() in the Field names list. You can leave the default number of paragraphs and sentences.\n\n8. Click OK. This will insert random lorem ipsum text into the text box.\n\n9. You can insert multiple text boxes with =rand.lorem() fields wherever you need filler text content within your document.\n\n10. When finished, click outside of the text box to deselect it and continue working on your main document content. You can edit or delete the text boxes later as needed.",
        tools=("lorem",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [496] (commit cd543a1; instruction: 'Design a skill assessment questioner for R (Programming Language).')",
        text="Here is an example skill assessment questionnaire for the R programming language:\n\n1. What are the basic data types available in R?\na) Numeric, character, integer, complex, logical\nb) String, boolean, float, double, short\nc) Vector, matrix, array, data frame, list  \nd) Object, function, class, library, package\n\n2. Which function is used to install an R package from CRAN (Comprehensive R Archive Network)?\na) install.packages()\nb) require() \nc) library()\nd) load()\n\n3. What is the correct syntax to write a user-defined function in R?\na) my_func { }\nb) function my_func() { } \nc) def my_func():\nd) my_func = function() \n\n4. Which symbol is used to index values in a vector?\na) ( ) \nb) [ ]\nc) { }\nd) < >\n\n5. What does the following code print out?  \nx <- c(1,3,5,7)\nprint(x[c(T,F,T,F)])\na) 1 5 \nb) 3 7\nc) 1 3 5 7\nd) 1 7\n\nThe questionnaire covers basic topics in R like data types, packages, functions, vectors and indexing. More questions can be added on data frames, control structures, plotting, statistical modeling etc. based on the desired skill level to be assessed. The questions use common R concepts and syntax to evaluate the practical knowledge of the respondent.",
        tools=("c", "require", "library"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [497] (commit cd543a1; instruction: 'Write a template for First-Person LinkedIn profile summary.')",
        text="Here is a template for a First-Person LinkedIn profile summary:\n\nResults-driven [job title] with [X] years of experience leading [key area(s) of expertise and industry/field]. Skilled at [key skills and strengths] to achieve [metrics of success or impact]. [Personal or professional attribute] professional known for [accomplishments or trademarks]. \n\n[Optional sentence on work philosophy or passion] Currently focused on [goals for next role or current role]. Seeking to leverage my background in [areas of expertise] to make meaningful contributions to [mission of potential employer/role or current employer]. \n\nThroughout my career, I have led projects that [quantifiable results for past employer(s) - increased sales/revenue, optimized processes, built high-functioning teams]. I have been praised by leadership and peers for my [relevant soft skills - communication, strategic thinking, relationship building abilities]. \n\nOutside of work, I enjoy [hobbies, volunteer work or causes] that allow me to [share relevant traits - creativity, leadership, collaboration skills]. On LinkedIn and in my next career move, I look forward to connecting with professionals and opportunities related to [goals for future roles or broader mission]. Please reach out to learn more about my background and how I can add value through my diverse [professional expertise and soft skills].\n\nThe template aims to highlight transferable hard and soft skills, while quantifying past accomplishments. It maintains a first-person voice and focuses on areas of expertise that translate across roles and industries. The summary invites the reader to connect and learn more about background and fit. Let me know if you would like me to clarify or expand on any part of this LinkedIn profile summary template.",
        tools=("area", "employer"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [550] (commit cd543a1; instruction: 'Write a step-by-step guide for resolving GitHub merge conflicts.')",
        text='Here is a step-by-step guide for resolving GitHub merge conflicts:\n\n1. Pull the latest commits from the main branch to your local branch. This will make the conflict visible in your local repository.\n\n```\ngit pull origin main\n```\n\n2. Open the file(s) with conflicts. They will be marked with conflict markers showing the conflicting changes from the main branch and your branch.\n\n```\n<<<<<<< HEAD\n// Changes in your local branch\n=======\n// Incoming changes from main branch\n>>>>>>> main\n```\n\n3. Decide if you want to keep your local changes, changes from the main branch, or a combination of both. Remove the conflict markers once you have resolved the conflicts in the file.\n\n4. Add the resolved files to staging and double check the changes:\n\n```\ngit add .\ngit status\n```\n\n5. Commit the resolved merge:\n\n```\ngit commit -m "Resolved merge conflicts"\n```\n\n6. Push your local branch with resolved conflict to GitHub: \n\n```\ngit push origin your-branch\n```\n\n7. On GitHub, create a pull request to merge your branch into the main branch.\n\n8. If there are no more conflicts, merge the pull request. The merge conflict is now resolved on GitHub.\n\nLet me know if you have any other questions!',
        tools=("file",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source='tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [562] (commit cd543a1; instruction: "Answer the following question. How do I compare strings in Java? I\'ve ")',
        text="You're right that using == to compare Strings in Java can lead to unexpected behavior. Here's a quick rundown:\n\n- The == operator checks if two strings are the same exact object in memory. If you create two strings with the same content, they will still have different object references and == will return false.\n\n- The .equals() method checks if two strings have the same content rather than the same object reference. This is usually what you want when comparing Strings.\n\nSo in summary:\n\n- Use == to check if two strings are the same object\n- Use .equals() to check if two strings have the same value/content\n\nThe == operator works fine for primitive types like int, boolean etc. But for object references like Strings, it doesn't work as expected. \n\nThe reason is that Strings are immutable in Java. So when you create two String variables with the same content, the JVM optimizes and makes them point to the same internal String object. But there's no guarantee this will always happen, so .equals() is safer for checking equality.\n\nI'd recommend always using .equals() for String comparisons, except in some niche cases where you specifically want to check if two strings are the same object. This will save you from bugs down the line!",
        tools=("equals",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [563] (commit cd543a1; instruction: 'You are given a question and two possible answers. The task is to eval')",
        text="Answer 1 is correct. It provides a cross-platform way to read a single character from user input using the getch() method from the getpass module.\n\nAnswer 2 is incorrect. The input() function reads an entire line of input from the user, not a single character. While adding input() at the end of a program will pause execution so you can see the output in the terminal, it does not serve the specific purpose asked in the question of reading a single character.",
        tools=("getch",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [566] (commit cd543a1; instruction: 'Provide a Java solution to the following problem. Given an integer n, ')",
        text="Here is a Java solution to check if an integer is a power of 3 without using loops or recursion:\n\n```java\npublic boolean isPowerOfThree(int n) {\n    if (n <= 0) {\n        return false;\n    }\n    \n    while (n % 3 == 0) {\n        n /= 3;\n    }\n    \n    return n == 1;\n}\n```\n\nThe key ideas are:\n\n- Handle negative numbers and 0 as special cases first, return false for them\n- Repeatedly divide n by 3 using modulo operator, until it becomes 1\n- If after dividing by 3 repeatedly, n becomes 1, it must be a power of 3\n- Otherwise, return false\n\nThis uses a single while loop rather than recursion. It repeatedly divides by 3 to reach 1, instead of computing powers. By avoiding expensive power computation and using only division, it achieves O(log n) time complexity.",
        tools=("isPowerOfThree",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [651] (commit cd543a1; instruction: 'Convert the given HTML into Markdown format. <code>Use `code` in your ')",
        text="Here is the Markdown format for the given HTML:\n\n```markdown\n`Use `code` in your Markdown file.`\n```\n\nThe key aspects to note:\n\n- The backticks `` ` `` indicate an inline code block in Markdown\n- The HTML `<code>` tag is converted to backticks\n- The content inside the HTML tag is preserved inside the backticks",
        tools=("code",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [664] (commit cd543a1; instruction: 'Please prepare a table containing a summary of the information of the ')",
        text="Here is a summary table of the conference participants:\n\n| Name | Role | Email | Topics Discussed |\n|-|-|-|-|\n| Professor Crew Purdie | Main Speaker | cpurdie@email.com | - Importance of setting high standards for students and teachers<br>- Schools as places for learning and challenge |\n| Teacher Oliver Malachi | Speaker | oliver@email.com | - Teachers being well-prepared <br>- Teachers having high expectations for students | \n| Parent Kolby Reese | Speaker | kolbyreese82@email.com | - Importance of parent involvement in education |\n| General Discussion | - | - | - School funding |",
        tools=("br",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [699] (commit cd543a1; instruction: 'A color description has been provided. Find the CSS code associated wi')",
        text="Unfortunately I do not have enough context to definitively map that color description to a specific CSS color code. Light red with a medium light shade of pink could correspond to a wide range of pinkish-red hues. However, here are some CSS color codes that may match or be close to the description:\n\n- rgb(255, 182, 193) - A light red with a medium-light pink tone\n- #ffb6c1 - Hex code for the above RGB value \n- rgb(255, 160, 122) - Another lighter red/pink\n- #ffa47a - Hex code for the above RGB value\n- pink - A named CSS color keyword, though the exact shade of pink may vary\n\nWithout more details or context around the exact hue, shade and saturation intended, I can only provide some best guess CSS codes for a light red/pink color. Please provide more specific details if you need an exact color code match. Factors like how dark the red is, how bright the pink tone is, whether it leans more red or pink, etc. would help narrow it down.",
        tools=("rgb",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [715] (commit cd543a1; instruction: 'Write the HTML syntax for the required action. adding an image to the ')",
        text='Here is the HTML syntax for adding an image to a page:\n\n```html\n<img src="image.jpg" alt="Description of image">\n```\n\nBreakdown:\n\n- `<img>`: The image tag tells the browser that this is an image\n- `src="image.jpg"`: The source attribute specifies the path to the image file\n- `alt="Description of image"`: The alt attribute provides a text description of the image for accessibility purposes\n\nSo this code inserts an image called image.jpg into the page, and if for any reason the image file can\'t load, it will display the text "Description of image" instead.\n\nThe image tag is self-closing, meaning it doesn\'t need a separate closing tag. Just the single tag is all that is required to add an image.\n\nYou can also optionally specify attributes like width, height, align, etc. to control other aspects of how the image renders. But the src and alt attributes are the only required ones.',
        tools=("img",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [785] (commit cd543a1; instruction: 'Develop a C++ program that reads a text file line by line and counts t')",
        text='Here is C++ code to read a text file line by line and count the occurrences of a specific word:\n\n```cpp\n#include <iostream>\n#include <fstream>\n#include <string>\nusing namespace std;\n\nint main() {\n  ifstream infile("input.txt");\n  string line;\n  string word = "example"; \n  int count = 0;\n\n  if(infile.is_open()) {\n    while(getline(infile, line)) {\n      size_t pos = 0;\n      while((pos = line.find(word, pos)) != string::npos) {\n         count++;\n         pos += word.length();\n      }\n    }\n    infile.close();\n  }\n  else {\n    cout << "Unable to open file"; \n  }\n\n  cout << "The word " << word << " appears " << count << " times.";\n\n  return 0;\n}\n```\n\nThe key steps are:\n\n1. Open the input text file using ifstream\n2. Read each line using getline()\n3. Use find() to search for the word in each line \n4. Increment count each time the word is found\n5. Close the file after reading all lines\n6. Print out total count\n\nLet me know if you have any other questions!',
        tools=("infile", "getline", "find"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [786] (commit cd543a1; instruction: 'Implement a Python function to find the longest common subsequence of ')",
        text='Here is an implementation of a function to find the longest common subsequence of two strings using dynamic programming in Python:\n\n```python\ndef lcs(X, Y):\n    m = len(X)\n    n = len(Y)\n    \n    L = [[0] * (n+1) for _ in range(m+1)]\n    \n    for i in range(1, m+1):\n        for j in range(1, n+1):\n            if X[i-1] == Y[j-1]:\n                L[i][j] = L[i-1][j-1] + 1\n            else:\n                L[i][j] = max(L[i][j-1], L[i-1][j])\n    \n    return L[-1][-1]\n```\n\nThe key ideas:\n\n- Initialize a 2D array `L` of dimensions `(m+1, n+1)` to store longest common subsequence lengths\n- `L[i][j]` stores the length of LCS of `X[:i]` and `Y[:j]`  \n- If current characters match, copy diagonal value + 1 to current cell\n- If not, take max of values from top and left cells \n- Return value in bottom right corner\n\nThe runtime complexity is O(mn) as we iterate over both m and n.\n\nLet\'s test it:\n\n```python\nX = "AGGTAB" \nY = "GXTXAYB"\nprint(lcs(X, Y)) # 4\n```',
        tools=("lcs",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [787] (commit cd543a1; instruction: 'Implement a regular expression in Python to validate an email address.')",
        text="Here is a Python regex to validate an email address:\n\n```python\nimport re\n\nemail_regex = re.compile(r'([A-Za-z0-9]+[.-_])*[A-Za-z0-9]+@[A-Za-z0-9-]+(\\.[A-Z|a-z]{2,})+')\n\n```\n\nTo validate an email address:\n\n```python\nemail = 'test@example.com'\n\nif email_regex.fullmatch(email):\n    print('Valid Email')\nelse:\n    print('Invalid Email')\n```\n\nBreakdown of the regex:\n\n- `r'([A-Za-z0-9]+[.-_])*[A-Za-z0-9]+` - Matches the username part which can contain letters, numbers, `.`, `-`, `_`. \n- `@` - Requires an @ symbol after the username.\n- `[A-Za-z0-9-]+` - Matches the domain which can contain letters, numbers, and hyphens.\n- `(\\.[A-Z|a-z]{2,})+` - Matches the top-level domain which starts with a dot (.) followed by 2 or more letters.\n\nSo this will match valid email addresses like test@example.com.",
        tools=("compile", "fullmatch"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [788] (commit cd543a1; instruction: 'Write a program to find the nth Fibonacci number using dynamic program')",
        text="Here is a Python program to find the nth Fibonacci number using dynamic programming:\n\n```python\n# Dynamic Programming solution to find nth Fibonacci number\n\n# Dictionary to store solutions to subproblems\nfib_dict = {0: 0, 1: 1}\n\ndef fib(n):\n    # Base case\n    if n in fib_dict:\n        return fib_dict[n]\n\n    # Store solution to subproblem\n    fib_dict[n] = fib(n-1) + fib(n-2)\n    \n    return fib_dict[n]\n\nn = 10\nprint(f'{n}th Fibonacci number is {fib(n)}')\n```\n\nThis program uses a dictionary `fib_dict` to store solutions to already solved subproblems. We initialize it with base cases 0: 0 and 1: 1. \n\nThe `fib()` function takes in the number `n` and first checks if the solution is already computed using the dictionary. If yes, it directly returns the stored solution.\n\nIf not, it recursively calls `fib(n-1) + fib(n-2)` to compute and store the solution before returning it. This way, we avoid recomputing the same subproblems again and again.\n\nThe time complexity is reduced from exponential O(2^n) in the naive recursive solution to linear O(n) using dynamic programming with memoization.",
        tools=("fib",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [789] (commit cd543a1; instruction: 'Implement a binary search algorithm to find a specific element in a so')",
        text="Here is an implementation of binary search to find an element in a sorted array in Python:\n\n```python\ndef binary_search(arr, x):\n    low = 0\n    high = len(arr) - 1\n    while low <= high:\n        mid = (low + high) // 2\n        if arr[mid] == x:\n            return mid\n        elif arr[mid] > x:\n            high = mid - 1\n        else:\n            low = mid + 1\n    return -1\n\n```\n\nHere is how it works:\n\n1. Initialize `low` to the first index (0) and `high` to the last index (length - 1) of the array. This defines the search space.\n\n2. Compute the middle index as `mid = (low + high) // 2`.\n\n3. Compare the target `x` with the middle element of the array. \n\n4. If `x` matches, return the index `mid`.\n\n5. If `x` is less than the middle element, set the new `high` to `mid - 1`. This reduces the search space to the left half of the array.\n\n6. If `x` is greater than the middle element, set the new `low` to `mid + 1`. This reduces the search space to the right half of the array.\n\n7. Repeat steps 2-6 until `low > high`. At each iteration, the search space is halved.\n\n8. If the element is not found, return -1.\n\nThe time complexity of binary search on a sorted array of length n is O(log n). The space complexity is O(1) as no additional space is used.",
        tools=("binary_search",),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [790] (commit cd543a1; instruction: 'Implement a queue data structure using two stacks in Python.')",
        text="Here is an implementation of a queue using two stacks in Python:\n\n```python\nclass Queue:\n    def __init__(self):\n        self.instack = []\n        self.outstack = []\n    \n    def enqueue(self, item):\n        self.instack.append(item)\n    \n    def dequeue(self):\n        if not self.outstack:\n            while self.instack:\n                self.outstack.append(self.instack.pop())\n        return self.outstack.pop()\n```\n\nThe key idea is to use one stack (instack) to enqueue new items by appending them, and the other stack (outstack) to dequeue items by popping them. \n\nWhen dequeuing, if the outstack is empty, we first move all items from the instack to the outstack by popping from instack and appending to outstack. This reverses the order of items so the most recently added item is now at the top of outstack, ready to be popped.\n\nThis allows us to implement a FIFO queue using LIFO stacks by transferring items between the stacks when needed. The tradeoff is that deques have O(n) time complexity rather than the O(1) expected for a standard queue.",
        tools=("__init__", "enqueue", "dequeue"),
        calls=(),
    ),
    Answer(
        family="ordinary",
        source="tatsu-lab/alpaca_eval results/claude-2.1/model_outputs.json [791] (commit cd543a1; instruction: 'Implement a program to find the common elements in two arrays without ')",
        text="Here is the Python code to find common elements in two arrays without using any extra data structures:\n\n```python\ndef findCommon(arr1, arr2):\n    result = []\n    for i in arr1:\n        if i in arr2:\n            result.append(i)\n    return result\n\narr1 = [1, 3, 4, 6, 7, 9] \narr2 = [1, 2, 4, 5, 9, 10]\n\nprint(findCommon(arr1, arr2))\n```\n\nThe key steps are:\n\n1. Initialize an empty result array\n2. Iterate through the first array \n3. For each element, check if it exists in the second array using `in` operator\n4. If exists, append the element to the result array\n5. Return the result array\n\nThe time complexity is O(n^2) as nested iteration is happening. No extra data structure is used as we are storing common elements directly in the result array.",
        tools=("findCommon",),
        calls=(),
    ),
]
