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
  vLLM's newer tool-parser tests, ik_llama.cpp's function-call tests,
  lmdeploy's parser tests), from model documentation and chat templates, and
  from issue threads where users pasted raw output.
- A test that feeds a parser only the inside of a block (ollama's
  `parseToolCall` tests get the text between `<tool_call>` and
  `</tool_call>`) is given here wrapped in the block the model writes around
  it; `source` says "wrapped". A text composed to show a documented shape
  says "shape from ..."; a text whose names were changed says "adapted: ...".
- `calls` is the expected reading, normalised as in tool_call_corpus.py: a
  `functions.` prefix and a `:N` call index removed, arguments always a dict
  (null or missing -> {}). `()` means the answer must stay text.
- Where a format writes argument values as bare strings (Qwen3 XML
  parameters, GLM arg_value), `schemas` gives the tool's JSON input schema
  as the source defines it: a value is typed by its property's schema type
  (integer, number, boolean, object and array read as JSON); a value that
  does not convert, or a property without a schema, stays a string.
- `tools` names the tools offered. Every expected call uses an offered name.

Split
- DEVELOPMENT and HELD_OUT hold whole sources: a format tuned on one half can
  be checked on the other. Every family has at least one source in each half.

Families
- "variants": entry shapes other than name+arguments: Anthropic `tool_use`
  with `input`, `args`/`params`, OpenAI-style `function: {name}` with a
  sibling `parameters`, MemGPT/Letta `{"function": NAME, "params": {...}}`,
  LangChain `{"action": NAME, "action_input": {...}}`, ReAct
  `Action:`/`Action Input:` lines.
- "qwen3-xml": Qwen3 / Qwen3-Coder `<tool_call><function=NAME><parameter=K>`.
- "glm": GLM-4.5/4.6/4.7 `<tool_call>NAME<arg_key>K</arg_key><arg_value>V`.
- "mistral-args": Mistral / Ministral / Devstral `[TOOL_CALLS]NAME[ARGS]{...}`.
- "deepseek": DeepSeek V3/R1 (`function<｜tool▁sep｜>NAME` and a ```json
  fence) and V3.1 (`NAME<｜tool▁sep｜>{...}`) special tokens.
- "kimi": Kimi K2 `<|tool_calls_section_begin|>...functions.NAME:0...`, and
  the bare `functions.NAME:0{...}` Kimi writes without its tokens.
- "harmony": gpt-oss Harmony `<|channel|>commentary to=functions.NAME ...`.
- "lfm2": LFM2 `<|tool_call_start|>[f(a=1)]<|tool_call_end|>`.
- "olmo": Olmo 3 `<function_calls>f(a=1)</function_calls>`.
- "cohere": Command R7B / Command A `<|START_ACTION|>[...]<|END_ACTION|>`,
  Command R `Action: ```json [...]````.
- "granite": IBM Granite `<|tool_call|>[...]` / `<tool_call>[...]`.
- "gemma": Gemma 3 pythonic calls (```tool_code fences), FunctionGemma
  `<start_function_call>call:NAME{k:<escape>v<escape>}<end_function_call>`.
- "pythonic2": pythonic calls after a sentence, hyphenated names, several
  lists in one answer.
- "ordinary": answers that must stay text, with tools offered whose names
  appear in them.

Source abbreviations: ollama = ollama/ollama (model/parsers/*_test.go,
harmony/harmonyparser_test.go); vLLM = vllm-project/vllm
(tests/tool_parsers/); ik = ikawrakow/ik_llama.cpp
(tests/test-function-calls.cpp); lmdeploy = InternLM/lmdeploy
(tests/test_lmdeploy/serve/parsers/).
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
        source=_OL_MINISTRAL + "simple tool call",
        text='[TOOL_CALLS]get_weather[ARGS]{"location": "San Francisco"}',
        tools=("get_weather",),
        calls=(("get_weather", {"location": "San Francisco"}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "nested arguments (create_entities)",
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
        source=_OL_MINISTRAL + "braces inside a string value (format)",
        text='[TOOL_CALLS]format[ARGS]{"template": "Hello {name}!"}',
        tools=("format",),
        calls=(("format", {"template": "Hello {name}!"}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "content after a tool call",
        text='[TOOL_CALLS]test[ARGS]{"a": 1}some content after',
        tools=("test",),
        calls=(("test", {"a": 1}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "two calls, each with its own [TOOL_CALLS]",
        text='[TOOL_CALLS]get_weather[ARGS]{"location": "NYC"}[TOOL_CALLS]get_time[ARGS]{"timezone": "EST"}',
        tools=("get_weather", "get_time"),
        calls=(("get_weather", {"location": "NYC"}), ("get_time", {"timezone": "EST"})),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "content then a call with empty arguments",
        text="hello [TOOL_CALLS]get_weather[ARGS]{}",
        tools=("get_weather",),
        calls=(("get_weather", {}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "thinking then a call",
        text="let me think[/THINK][TOOL_CALLS]test[ARGS]{}",
        tools=("test",),
        calls=(("test", {}),),
    ),
    Answer(
        family="mistral-args",
        source=_OL_MINISTRAL + "Windows path with escaped backslashes",
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
        source=_OL_MINISTRAL + "'[TOOL' that is not a tag (steps joined)",
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
        + "TestHarmonyParserNonStreaming, an analysis message without a recipient",
        text="<|start|>assistant<|channel|>analysis<|message|>What is 2 + 2?<|end|>",
        tools=("calc",),
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
]
