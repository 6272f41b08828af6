"""DarkAI's chat models for llm.

The story, top to bottom: what DarkAI offers, how llm learns of it (hooks), the
protocol as pure code (prompt format, event decoder, errors and retry decisions,
tools and schemas by instruction, settings, one prompt's exchange and turn), the thin
sync and async HTTP shells that move bytes for it, the model classes, and the
`llm darkai` commands.

httpx and jsonschema are imported where first needed: llm imports every plugin on
every command, so whatever this module imports at the top is paid even by users of
other models. click costs nothing: llm has imported it already.
"""

import contextlib
import json
import os
import random
import re
import sys
import time
from urllib.parse import unquote, urlsplit

import click
import llm
from llm.parts import StreamEvent, TextPart, ToolCallPart, ToolResultPart
from pydantic import ConfigDict, Field, field_validator

DEFAULT_URL = "https://darkai.foundation/chat"
URL_ENV = "LLM_DARKAI_URL"
PROXY_ENV = "LLM_DARKAI_PROXY"
USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36"
)
HEADERS = {
    "accept": "text/event-stream",
    # The plugin inflates bodies itself, a window at a time (see Exchange), so it
    # asks only for what it can read that way.
    "accept-encoding": "gzip, deflate",
    "content-type": "application/json",
    "user-agent": USER_AGENT,
}

MODEL_PREFIX = "darkai/"
DEFAULT_MODEL = "llama-3-70b"
# DarkAI's own model names and their llm aliases. The bare `gpt-4o` and
# `gpt-3.5-turbo` stay OpenAI's in llm, so those two get no alias.
MODELS = {
    "llama-3-70b": ("llama-3-70b", "llama-3.1-70b", "darkai"),
    "gpt-4o": (),
    "gpt-3.5-turbo": (),
}
USER_MODELS_FILE = "darkai-models.json"

MIN_TIMEOUT, MAX_TIMEOUT = 0.1, 86400.0  # seconds
DEFAULT_TIMEOUT = 600.0  # seconds of silence from DarkAI, as the original provider
# Connecting gets its own, short bound, as the vendor SDKs: an address that never
# answers must not keep the user waiting for DEFAULT_TIMEOUT per attempt.
CONNECT_TIMEOUT = 5.0
DEFAULT_RETRIES = 2
MAX_RETRIES = 10
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
BACKOFF_BASE = 0.5  # seconds before the first retry, doubled each time
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 20.0  # a Retry-After longer than this is cut to it

# Characters no one-line message may hold: C0 and C1 controls (escape sequences
# among them), line and paragraph separators, and bidirectional overrides.
_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+"
_SURROGATES = "[\ud800-\udfff]"

MAX_LINE = 1 << 20  # a hostile server must not make us buffer without bound
WINDOW = 1 << 18  # bytes of a read decoded at a time, however large the read
ERROR_BODY_CAP = 64 * 1024  # enough of an error page to say what it is
HEAD_BYTES = 512  # kept from every answer, to describe one that had no events


# Hooks ---------------------------------------------------------------------


@llm.hookimpl
def register_models(register):
    for name, aliases in all_models().items():
        register(DarkAI(name), AsyncDarkAI(name), aliases=aliases)


@llm.hookimpl
def register_commands(cli):
    cli.add_command(darkai_commands())


def user_models_path():
    return llm.user_dir() / USER_MODELS_FILE


def read_user_models(path):
    """The user's own models, {name: [aliases]}; ValueError if the file is corrupt."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        return {}
    try:
        entries = json.loads(text)
        models = {}
        for entry in entries["models"]:
            name, aliases = entry["name"], entry.get("aliases", [])
            # A hand-edited "aliases": "abc" must not become the aliases a, b, c.
            if not isinstance(aliases, list) or not all(
                isinstance(value, str) for value in (name, *aliases)
            ):
                raise TypeError(f"model {name!r} needs a list of alias strings")
            models[name] = aliases
        return models
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"{path} is not a valid DarkAI models file ({exc})") from exc


_warned = set()


def all_models():
    """Built-in models then the user's, {DarkAI name: aliases}."""
    models = dict(MODELS)
    try:
        user = read_user_models(user_models_path())
    except ValueError as exc:
        # A broken file must not break every llm command, only lose its models;
        # llm asks for the models several times a command, so warn once.
        if str(exc) not in _warned:
            _warned.add(str(exc))
            click.echo(f"Warning: {exc}; its models are not loaded", err=True)
        user = {}
    for name, aliases in user.items():
        models.setdefault(name, tuple(aliases))
    return models


# The prompt format ---------------------------------------------------------


def message_text(message):
    return "".join(part.text for part in message.parts if isinstance(part, TextPart))


def message_turns(message):
    """The `(role, text)` turns of one message, its tool calls and results too."""
    if message.role == "tool":
        return [
            ("tool", tool_result_text(part))
            for part in message.parts
            if isinstance(part, ToolResultPart)
        ]
    text = message_text(message)
    calls = [part for part in message.parts if isinstance(part, ToolCallPart)]
    if calls:
        text = f"{text}\n{tool_calls_json(calls)}" if text else tool_calls_json(calls)
    return [(message.role, text)]


def format_prompt(messages, instructions=(), follow_ups=()):
    """DarkAI takes one string: gpt4free's `format_prompt` rule.

    One message goes as its text alone; a chain becomes `Role: text` lines and
    ends with `Assistant:` for the model to complete. The plugin's own
    `instructions` go first, as `System:` lines; `follow_ups` are `(role, text)`
    turns after the messages.
    """
    turns = [("system", text) for text in instructions]
    for message in messages:
        turns.extend(message_turns(message))
    turns.extend(follow_ups)
    if len(turns) == 1:
        return turns[0][1]
    lines = [f"{role.capitalize()}: {text}" for role, text in turns]
    lines.append("Assistant:")
    return "\n".join(lines)


# The event stream ----------------------------------------------------------


# The C scanner behind json.loads, without the Python layers around it: half the
# cost per event, and this is the plugin's hot path. Data it cannot read whole
# (padded with spaces, or no JSON at all) goes to _parse_json.
_scan_json = json.JSONDecoder().scan_once


class EventDecoder:
    """DarkAI's Server-Sent Events: bytes in, answer text out, no I/O.

    Feed it the body in whatever pieces the socket gives; each call returns the text
    of the events it completed (possibly ""). Whatever the cuts, the text is the
    same: a CRLF split between reads is one line end, and only whole lines are
    decoded from UTF-8. What it holds is bounded whatever the server sends: the
    unfinished line and the event being assembled are capped at `max_line`, and a
    huge read is worked through `WINDOW` bytes at a time.

    A failure (a line or event over the cap) after some text in the same read
    comes from the next call, so that text is still returned and shown.

    Where SSE is strict it is lenient on purpose: an unterminated last event is
    still read when the body ends, and a `data:` line holding a whole JSON object
    is an event of its own when another `data:` line follows it (a server that
    leaves out the blank lines between events).
    """

    def __init__(self, max_line=MAX_LINE):
        self.max_line = max_line
        self.events = 0  # JSON events read, of any name
        self.ended = False  # `stream-end` arrived; nothing after it is read
        self.head = b""  # the first bytes, to say what came back if not events
        self._window = min(WINDOW, max_line)  # so a window's lines fit the cap
        self._tail = bytearray()  # the unfinished last line
        self._after_cr = False  # the last read ended on CR: an LF next is its pair
        self._at_start = True  # a byte order mark may open the stream
        self._data = None  # the event's data: one line (str), or a list of lines
        self._data_size = 0
        self._high = ""  # a high surrogate waiting for its low half
        self.failure = None  # the DarkAIError the next call raises

    def feed(self, data):
        if self.failure:
            raise self.failure
        if self.ended or not data:
            return ""
        if len(self.head) < HEAD_BYTES:
            self.head += data[: HEAD_BYTES - len(self.head)]
        start = 0
        if self._after_cr:
            self._after_cr = False
            if data[0] == 10:  # b"\n"
                start = 1
        cut = max(data.rfind(b"\n", start), data.rfind(b"\r", start)) + 1
        if cut <= start:
            self._hold(data, start)
            return ""
        texts = []
        try:
            if self._tail:
                start = self._complete_tail(data, start, texts)
            if not self.ended:
                self._read(data, start, cut, texts)
            if not self.ended:
                self._hold(data, cut)
                self._after_cr = cut == len(data) and data[-1] == 13  # b"\r"
        except DarkAIError as exc:
            self.failure = exc
        return self._text(texts, final=self.failure is not None)

    def close(self):
        """The body ended: finish what an orderly stream would have finished."""
        if self.failure:
            raise self.failure
        if self.ended:
            return ""
        texts = []
        last, self._tail = self._tail, bytearray()
        self._read_lines([self._decode(last), ""] if last else [""], texts)
        return self._text(texts, final=True)

    def _hold(self, data, start):
        if len(self._tail) + len(data) - start > self.max_line:
            raise self._too_long("a line")
        self._tail += data[start:] if start else data

    def _too_long(self, what):
        self._tail, self._data = bytearray(), None
        return DarkAIError(
            f"DarkAI sent {what} longer than {self.max_line} bytes; giving up"
        )

    def _line_end(self, data, start):
        """The index just after the first line end at or after `start`, and the
        length of the line before it."""
        lf = data.find(b"\n", start)
        cr = data.find(b"\r", start, lf if lf >= 0 else len(data))
        if cr < 0:
            return lf + 1, lf - start
        return (cr + 2 if data[cr + 1 : cr + 2] == b"\n" else cr + 1), cr - start

    def _complete_tail(self, data, start, texts):
        """Read the held line, completed by this read's first line; return where
        the rest of the read starts."""
        end, length = self._line_end(data, start)
        if len(self._tail) + length > self.max_line:
            raise self._too_long("a line")
        line, self._tail = self._tail, bytearray()
        line += data[start:end]
        self._read_lines(self._lines(line), texts)
        return end

    def _read(self, data, start, stop, texts):
        """Read the whole lines of data[start:stop], a window at a time, so a read
        of a million line ends never becomes a million strings at once."""
        while start < stop and not self.ended:
            end = stop
            if stop - start > self._window:
                limit = start + self._window
                lf, cr = (
                    data.rfind(b"\n", start, limit),
                    data.rfind(b"\r", start, limit),
                )
                end = max(lf, cr) + 1
                if end > start:
                    if cr == end - 1 and data[end : end + 1] == b"\n":
                        end += 1  # never part a CRLF
                else:  # one line longer than the window
                    end, length = self._line_end(data, limit)
                    if length + self._window > self.max_line:
                        raise self._too_long("a line")
            self._read_lines(self._lines(data[start:end]), texts)
            start = end

    def _decode(self, data):
        text = data.decode("utf-8", "replace")
        if self._at_start:
            self._at_start = False
            if text[:1] == "\ufeff":
                text = text[1:]
        return text

    def _lines(self, data):
        """Whole lines as strings: one decode and one split for many lines, since
        this is the plugin's hot path. SSE ends lines with LF, CRLF or CR."""
        text = self._decode(data)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        lines.pop()  # the empty string after the final line end
        return lines

    def _read_lines(self, lines, texts):
        data = self._data
        for line in lines:
            if line:
                if line.startswith("data:"):
                    value = line[6:] if line[5:6] == " " else line[5:]
                elif line == "data":
                    value = ""
                else:  # a comment (":...") or a field DarkAI does not use
                    continue
                if data is None:
                    data = value
                else:
                    data = self._more_data(data, value, texts)
                    if self.ended:
                        break
                continue
            if data is None:
                continue
            if type(data) is list:
                data, self._data_size = "\n".join(data), 0
            try:
                event, end = _scan_json(data, 0)
                if end != len(data):
                    event = _parse_json(data)
            except (ValueError, StopIteration, RecursionError):
                event = _parse_json(data)
            data = None
            # Inline, not a method per event: this loop is the plugin's hot path.
            if type(event) is dict:
                self.events += 1
                kind = event.get("event")
                if kind == "text-chunk":
                    body = event.get("data")
                    text = body.get("text") if type(body) is dict else None
                    if text and type(text) is str:
                        texts.append(text)
                elif kind == "stream-end":
                    self.ended = True
                    self._tail = bytearray()
                    break
        self._data = data

    def _more_data(self, data, value, texts):
        """The event's data after another `data:` line."""
        if type(data) is str:
            if type(_parse_json(data)) is dict:
                # A whole event already: read it as one, and start the next.
                self._data = None
                self._read_lines(["data:" + data, ""], texts)
                return value
            data, self._data_size = [data], len(data)
        data.append(value)
        self._data_size += len(value) + 1
        if self._data_size > self.max_line:
            raise self._too_long("an event")
        return data

    def _text(self, texts, final=False):
        text = "".join(texts)
        if self._high:
            text, self._high = self._high + text, ""
        if text and re.search(_SURROGATES, text):
            # A server that slices text by UTF-16 units may split a pair across
            # events: join the halves, replace a lone one with U+FFFD.
            if not (final or self.ended) and "\ud800" <= text[-1] <= "\udbff":
                text, self._high = text[:-1], text[-1]
            text = text.encode("utf-16-le", "surrogatepass").decode(
                "utf-16-le", "replace"
            )
        return text


def _parse_json(data):
    """The JSON value in `data`, None if there is none (or it nests absurdly)."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


# Errors --------------------------------------------------------------------


class DarkAIError(llm.ModelError, click.ClickException):
    """A failure the user sees as one line; `retryable` if trying again may help.

    Messages quote servers (error pages, headers, exception texts): control
    characters are dropped, so none can retitle or clear the user's terminal.
    A ClickException too, so that where llm lets it through (`llm chat` has no
    error handler) click prints it as one `Error: ...` line, not a traceback.
    """

    def __init__(self, message, retryable=False, retry_after=None):
        super().__init__(re.sub(_UNPRINTABLE, " ", message))
        self.retryable = retryable
        self.retry_after = retry_after

    def reword(self, message):
        self.message = re.sub(_UNPRINTABLE, " ", message)
        self.args = (self.message,)


def duration(seconds):
    """`seconds` as a message says it: "1 second", "0.4 seconds", "12 seconds"."""
    number = (
        f"{seconds:.1f}".removesuffix(".0") if seconds < 10 else str(round(seconds))
    )
    return f"{number} second" if number == "1" else f"{number} seconds"


def os_reason(exc):
    """The operating system's words for why a connection failed, found in the
    exception's causes: the same in sync and async, where httpx's own message
    differs (anyio says only "All connection attempts failed")."""
    import ssl

    pending, seen = [exc], set()
    while pending:
        cause = pending.pop(0)
        if id(cause) in seen:
            continue
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.errno and cause.strerror:
            # asyncio words it "Connect call failed (...)"; the errno does not
            # vary. Name resolution (negative errno) and TLS errors have their own.
            if cause.errno > 0 and not isinstance(cause, ssl.SSLError):
                return os.strerror(cause.errno)
            return cause.strerror
        pending.extend(getattr(cause, "exceptions", ()))  # an ExceptionGroup's
        pending.extend(c for c in (cause.__cause__, cause.__context__) if c)
    return None


def excerpt(text, limit=200):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe_body(body, content_type=""):
    """What an answer says, in a few words: its JSON error, an HTML page's title, or
    an excerpt. Never a whole page."""
    text = body.decode("utf-8", "replace").strip()
    if "json" in content_type or text.startswith("{"):
        payload = _parse_json(text)
        if isinstance(payload, dict):
            for key in ("error", "message", "detail"):
                value = payload.get(key)
                if isinstance(value, dict):
                    value = value.get("message") or value
                if value:
                    try:
                        return excerpt(
                            value if type(value) is str else json.dumps(value)
                        )
                    except (RecursionError, ValueError):
                        return f"a JSON {key} too deeply nested to show"
    start = text[:1000].lower()
    if "html" in content_type or "<html" in start or "<!doctype html" in start:
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
        if title and title.group(1).strip():
            return f"an HTML page titled {excerpt(title.group(1), 80)!r}"
        return "an HTML page"
    return excerpt(text) if text else "an empty body"


def is_cloudflare_challenge(status, headers, body):
    if status not in (403, 503):
        return False
    if headers.get("cf-mitigated") == "challenge":
        return True
    text = body[:ERROR_BODY_CAP].decode("utf-8", "replace")
    markers = ("cf-chl", "cf_chl", "challenge-platform", "cf-browser-verification")
    return "Just a moment..." in text or any(marker in text for marker in markers)


def parse_retry_after(value):
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None  # not a date, or one no clock can reach


def http_error(status, reason, headers, body):
    """The DarkAIError for a non-2xx answer."""
    if is_cloudflare_challenge(status, headers, body):
        return DarkAIError(
            f"DarkAI request was blocked by Cloudflare (HTTP {status}, a browser "
            f"challenge page). Try again later, or send it through a proxy: "
            f"-o proxy URL or {PROXY_ENV}"
        )
    detail = describe_body(body, headers.get("content-type", ""))
    if 300 <= status < 400 and headers.get("location"):
        # Redirects are not followed: httpx would turn the POST into a GET.
        detail = f"redirected to {headers['location']}; set {URL_ENV} to follow it"
    label = "is rate limiting requests" if status == 429 else "returned an error"
    status_line = f"HTTP {status} {reason}".strip()
    return DarkAIError(
        f"DarkAI {label}: {status_line}: {detail}",
        retryable=status in RETRY_STATUSES,
        retry_after=parse_retry_after(headers.get("retry-after")),
    )


def backoff_delay(attempt, retry_after=None, rand=random.random):
    """Seconds to wait before retry number `attempt` (1 for the first retry)."""
    if retry_after is not None:
        return min(retry_after, RETRY_AFTER_CAP)
    # Half to full of an exponential step: spread out clients that failed together.
    return min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1)) * (0.5 + rand() / 2)


# Tools, by instruction -----------------------------------------------------
# DarkAI takes a string and returns text: it has no tool calling. As gpt4free
# does for such providers, the query lists the tools and a JSON reply shape, and
# an answer of that shape is taken as the model's calls.

TOOLS_INSTRUCTION = """\
You can use these tools:
{tools}
To use tools, answer with only a JSON object, nothing before or after it:
{{"tool_calls": [{{"name": "<tool name>", "arguments": {{<arguments>}}}}]}}
The list holds one or more calls. Each result comes back to you in a "Tool:" \
line. When you need no tool, answer in plain text."""
TOOL_ENTRY = "- {name}: {description}\n  arguments (JSON schema): {schema}"
TOOL_RESULT = "result of {name}:"
TOOL_ERROR = "error from {name}:"
# Every line of a tool's output is indented, so that no line of it can pass
# for a turn of the conversation (`User: ...`) or for the next result.
OUTPUT_INDENT = "  "
NO_OUTPUT = "(no output)"


def tools_instruction(tools):
    entries = [
        TOOL_ENTRY.format(
            name=tool.name,
            description=" ".join((tool.description or "no description").split()),
            schema=json.dumps(tool.input_schema or {}, ensure_ascii=False),
        )
        for tool in tools
    ]
    return TOOLS_INSTRUCTION.format(tools="\n".join(entries))


def tool_calls_json(calls):
    """Calls made earlier, in the shape the instruction asks for."""
    entries = [{"name": call.name, "arguments": call.arguments or {}} for call in calls]
    return json.dumps({"tool_calls": entries}, ensure_ascii=False)


def tool_result_text(part):
    if part.exception:
        header, output = TOOL_ERROR.format(name=part.name), part.exception
    else:
        header, output = TOOL_RESULT.format(name=part.name), part.output
    lines = str(output).splitlines() or [NO_OUTPUT]
    return header + "".join(f"\n{OUTPUT_INDENT}{line}" for line in lines)


# Patterns are compiled on first use, through re's cache: compiling them at import
# would double the import time of this module, paid by every llm command.
_FENCE_OPEN = r"(?i)```[ \t]*(?:json)?[ \t]*\r?\n"
_FENCE_OPEN_START = r"(?i)`{1,3}(?:[ \t]*(?:j(?:s(?:on?)?)?)?[ \t]*\r?)?"
_FENCE_CLOSE = r"\s*```\s*"
_FENCE_CLOSE_START = r"\s*`{0,3}"
# After `{`: the first key, or the first character that cannot begin one.
_FIRST_KEY = r'\{\s*(?:"((?:[^"\\]|\\.)*)"|[^"\s])'
_CALL_KEYS = ("tool_calls", "name", "arguments")
# The most space, fence and key text allowed before a call's object and after
# it: enough for any formatting a model uses, and it bounds the work per piece.
CALL_MARGIN = 256
_OBJECT_MARKS = r'[{}"]'
_STRING_MARKS = r'["\\]'


def parse_tool_calls(text):
    """`[(name, arguments)]` if `text` is JSON in one of the call shapes, else None.

    The shapes: `{"tool_calls": [{"name": ..., "arguments": {...}}, ...]}`, or a
    single `{"name": ..., "arguments": {...}}`; arguments may be a JSON string of
    an object.
    """
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if type(value) is not dict:
        return None
    if value.keys() == {"tool_calls"}:
        entries = value["tool_calls"]
        if type(entries) is not list or not entries:
            return None
    elif value.keys() == {"name", "arguments"}:
        entries = [value]
    else:
        return None
    calls = []
    for entry in entries:
        if type(entry) is not dict:
            return None
        name, arguments = entry.get("name"), entry.get("arguments", {})
        if type(arguments) is str:
            try:
                arguments = json.loads(arguments)
            except (ValueError, RecursionError):
                return None
        if not name or type(name) is not str or type(arguments) is not dict:
            return None
        calls.append((name, arguments))
    return calls


class ToolCallRecogniser:
    """Decides, as early as the answer allows, whether it is a tool call.

    `feed` returns the text to show now. An answer whose first non-space
    character is neither `{` nor a fence cannot be a call: it passes through at
    once. One that starts like a call is held until it is decided: by its first
    key, when its object closes, or at the end (`finish`). Held text that turns
    out not to be a call is released in full.

    Each piece is looked at once, so holding a long call costs time in
    proportion to its length; what comes before and after the object is bounded
    by CALL_MARGIN.
    """

    def __init__(self):
        self.pieces = []  # the text held
        self.passing = False  # decided: the answer is text
        self.calls = None  # [(name, arguments)] once the object parsed as calls
        self._head = ""  # the first characters, where the object must start
        self._start = None  # the object's offset in the held text
        self._fenced = False
        self._key_seen = False
        self._scanned = 0  # held characters before the piece being scanned
        self._depth = 0
        self._in_string = False
        self._escaped = False  # a backslash in a string ended the last piece
        self._end = None  # the offset just past the object's closing brace
        self._rest = ""  # what followed the object

    def feed(self, text):
        if self.passing:
            return text
        self.pieces.append(text)
        return self._release() if self._decide(text, final=False) is False else ""

    def finish(self):
        """The calls if the whole answer was one (`[]` otherwise), and the text
        still to show."""
        if self.passing:
            return [], ""
        if self._decide("", final=True):
            return self.calls, ""
        return [], self._release()

    def release(self):
        """Give up on the answer (it broke off): what was held, to show."""
        return "" if self.passing else self._release()

    def _release(self):
        self.passing = True
        text, self.pieces = "".join(self.pieces), []
        return text

    def _decide(self, new, final):
        """True: the answer is calls; False: text; None: not known yet."""
        if len(self._head) < 2 * CALL_MARGIN:
            self._head += new[: 2 * CALL_MARGIN - len(self._head)]
        if self._start is None:
            start = self._object_start(self._head[:CALL_MARGIN], final)
            if start is None:
                return False if len(self._head) >= CALL_MARGIN else None
            if start < 0:
                return False
            self._start = self._scanned = start
            new = "".join(self.pieces)[start:]
        if self._end is None:
            if not self._key_seen:
                window = self._head[self._start : self._start + CALL_MARGIN]
                key = re.match(_FIRST_KEY, window)
                if key is None and len(window) == CALL_MARGIN:
                    return False
                if key:
                    if key.group(1) not in _CALL_KEYS:
                        return False
                    self._key_seen = True
            end = self._close_object(new)
            if end is None:
                return False if final else None
            self._end = self._scanned + end
            text = "".join(self.pieces)
            self.calls = parse_tool_calls(text[self._start : self._end])
            if self.calls is None:
                return False
            new = text[self._end :]
        self._rest += new
        rest = self._rest
        if len(rest) > CALL_MARGIN:
            return False
        if self._fenced:
            if re.fullmatch(_FENCE_CLOSE, rest):
                return True if final else None
            if not final and re.fullmatch(_FENCE_CLOSE_START, rest):
                return None
            return False
        if rest.strip():
            return False
        return True if final else None

    def _object_start(self, head, final):
        """Where the object starts in `head`; -1 if the answer cannot be a call;
        None if that is not known yet."""
        body = head.lstrip()
        if not body:
            return -1 if final else None
        if body[0] == "`":
            fence = re.match(_FENCE_OPEN, body)
            if fence is None:
                if final or not re.fullmatch(_FENCE_OPEN_START, body):
                    return -1
                return None
            body = body[fence.end() :].lstrip()
            if not body:
                return -1 if final else None
            self._fenced = True
        return len(head) - len(body) if body[0] == "{" else -1

    def _close_object(self, text):
        """Count the braces of the next piece of the object, `text`: where in it
        the object ends, or None while it is still open. Braces in strings don't
        count."""
        position = 0
        if self._escaped and text:
            position, self._escaped = 1, False
        depth, in_string = self._depth, self._in_string
        next_object_mark, next_string_mark = (
            re.compile(_OBJECT_MARKS).search,
            re.compile(_STRING_MARKS).search,
        )
        while True:
            find = next_string_mark if in_string else next_object_mark
            mark = find(text, position)
            if mark is None:
                break
            char, position = mark.group(), mark.end()
            if char == "\\":
                if position == len(text):  # the escaped character is still to come
                    self._escaped = True
                    break
                position += 1
            elif char == '"':
                in_string = not in_string
            elif char == "{":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return position
        self._depth, self._in_string = depth, in_string
        self._scanned += len(text)
        return None


# Schemas, by instruction ---------------------------------------------------
# DarkAI cannot be held to a schema: the query shows it, and the answer's JSON
# is taken out, checked with jsonschema, and asked for again while it is wrong.

SCHEMA_INSTRUCTION = """\
Answer with only a JSON value that matches this JSON schema, nothing before or \
after it:
{schema}"""
SCHEMA_RETRY = """\
That answer does not match the schema: {problem}
Answer again with only a JSON value that matches the schema."""
DEFAULT_SCHEMA_RETRIES = 2
MAX_SCHEMA_RETRIES = 10

_FENCED_BLOCK = r"(?is)```[ \t]*(?:json)?[ \t]*\r?\n(.*?)```"
_VALUE_START = r"[{\[]"
_decode_json = json.JSONDecoder().raw_decode
# Places in the prose tried as the start of the value: each try can cost as much
# as the answer is long, so a hostile answer of brackets must not get them all.
MAX_JSON_STARTS = 100


def schema_instruction(schema):
    return SCHEMA_INSTRUCTION.format(schema=json.dumps(schema, ensure_ascii=False))


def _json_at(text, start=0):
    """`(value, end)` of the JSON value at `start`; ValueError if there is none."""
    try:
        return _decode_json(text, start)
    except RecursionError:
        raise ValueError("it is nested too deeply") from None


def extract_json(answer, check=None):
    """`(text, value, problem)`: the JSON value in an answer, as written and
    parsed, and what `check` (a value's problem, or None) says of it.

    The whole answer if it is JSON; else the first fenced block that is; else
    the first object or array in the prose. With `check`, the first of those
    that passes it is taken, so an example earlier in the prose does not hide
    the answer; if none does, the first. ValueError says what is wrong.
    """
    problems = []
    first = None
    for text, value in _json_candidates(answer, problems):
        problem = check(value) if check else None
        if problem is None:
            return text, value, None
        first = first or (text, value, problem)
    if first:
        return first
    if problems:
        raise ValueError(f"it is not valid JSON ({problems[0]})")
    raise ValueError("it holds no JSON value")


def _json_candidates(answer, problems):
    """The JSON values `extract_json` considers, in its order of preference; the
    problems of values that did not parse are appended to `problems`."""
    blocks = [block.strip() for block in re.findall(_FENCED_BLOCK, answer)]
    for candidate in (answer.strip(), *blocks):
        try:
            value, end = _json_at(candidate)
        except ValueError:
            continue
        if end == len(candidate):
            yield candidate, value
    for tried, start in enumerate(re.finditer(_VALUE_START, answer)):
        if tried == MAX_JSON_STARTS:
            break
        try:
            value, end = _json_at(answer, start.start())
        except ValueError as exc:
            problems.append(exc)
            continue
        yield answer[start.start() : end], value


def schema_validator(schema):
    """A jsonschema validator for `schema`; DarkAIError if it is not a valid one.

    jsonschema is imported here, only when a schema is used: importing it costs
    more than this whole module.
    """
    import jsonschema

    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise DarkAIError(
            f"The schema is not a valid JSON schema: {excerpt(exc.message)}"
        ) from None
    return validator_class(schema)


def schema_problem(value, validator):
    """What is wrong with `value`, in jsonschema's words, or None if it fits."""
    from jsonschema.exceptions import best_match
    from referencing.exceptions import Unresolvable

    try:
        error = best_match(validator.iter_errors(value))
    except RecursionError:
        return "it is nested too deeply"
    except Unresolvable as exc:
        raise DarkAIError(f"The schema cannot be used: {excerpt(str(exc))}") from None
    if error is None:
        return None
    if error.path:
        return f"{error.message} (at {error.json_path})"
    return error.message


# Settings ------------------------------------------------------------------


def split_url(url, schemes):
    """The parts of `url` if httpx can use it with one of `schemes`, else None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        if parts.hostname:
            parts.hostname.encode("idna")  # as the sync client will, or fail
    except (ValueError, UnicodeError):
        return None
    return parts if parts.scheme in schemes and parts.hostname else None


def check_endpoint(url):
    if split_url(url, ("http", "https")) is None:
        raise ValueError(
            f"{URL_ENV} must be an http or https URL, got {hide_secrets(url)!r}"
        )
    return url


def check_proxy(url, where):
    """A proxy URL as httpx takes it; `where` names the setting in messages."""
    parts = split_url(url, ("http", "https", "socks5", "socks5h"))
    if parts is None:
        raise ValueError(
            f"{where} must be a proxy URL such as http://host:port "
            f"(http, https, socks5 or socks5h)"
        )
    return parts


def hide_secrets(url):
    """`url` as it may be shown: its password and query hidden."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.password is not None:
        url = url.replace(f":{parts.password}@", ":***@", 1)
    return url.replace(f"?{parts.query}", "?***", 1) if parts.query else url


class Settings:
    """Where and how one prompt is sent, checked before anything is sent."""

    # A plain class, not a dataclass: @dataclass costs ~0.7 ms at import.
    __slots__ = ("url", "timeout", "retries", "proxy", "timeout_option")

    def __init__(
        self,
        url=DEFAULT_URL,
        timeout=DEFAULT_TIMEOUT,
        retries=DEFAULT_RETRIES,
        proxy=None,
        timeout_option="-o timeout",
    ):
        self.url = url
        self.timeout = timeout
        self.retries = retries
        self.proxy = proxy  # None leaves httpx to the standard proxy variables
        self.timeout_option = timeout_option  # how the user sets `timeout`

    @classmethod
    def resolve(cls, options, environ=os.environ):
        try:
            url = check_endpoint(environ.get(URL_ENV) or DEFAULT_URL)
            proxy = options.proxy or environ.get(PROXY_ENV) or None
            if proxy and not options.proxy:
                check_proxy(proxy, PROXY_ENV)
        except ValueError as exc:
            raise DarkAIError(str(exc)) from None
        return cls(
            url=url,
            timeout=DEFAULT_TIMEOUT if options.timeout is None else options.timeout,
            retries=DEFAULT_RETRIES if options.retries is None else options.retries,
            proxy=proxy,
        )

    def proxy_in_use(self):
        """The proxy requests go through: ours, or the standard variables' for
        the endpoint, read by the rules httpx reads them by."""
        if self.proxy:
            return self.proxy
        from urllib.request import getproxies, proxy_bypass_environment

        proxies = getproxies()
        parts = urlsplit(self.url)
        proxy = proxies.get(parts.scheme) or proxies.get("all")
        if not proxy or proxy_bypass_environment(parts.hostname, proxies):
            return None
        return proxy if "://" in proxy else f"http://{proxy}"

    def redact(self, text):
        """`text` without the secrets of the proxy and endpoint URLs: a password
        (plain or %-encoded, where a URL carries it) and the endpoint's query."""
        for url in (self.proxy_in_use(), self.url):
            parts = url and urlsplit(url)
            if parts and parts.password:
                for secret in {parts.password, unquote(parts.password)}:
                    text = text.replace(f":{secret}@", ":***@")
                    if len(secret) >= 4:  # a shorter one would garble the text
                        text = text.replace(secret, "***")
            if parts and parts.query:
                text = text.replace(f"?{parts.query}", "?***")
        return text


# One prompt's exchange -----------------------------------------------------


class Exchange:
    """One prompt's trip to DarkAI across attempts: every decision, no I/O.

    The HTTP shells below move bytes and sleep; this says whether an answer is the
    event stream, turns bytes into text, names failures and decides on retries.
    `notify`, if given, is handed a one-line notice before each retry; `clock` is
    the monotonic clock every wait it reports is measured with.
    """

    def __init__(
        self,
        settings,
        darkai_model,
        query,
        notify=None,
        clock=time.monotonic,
        shows_text=True,
    ):
        self.settings = settings
        self.darkai_model = darkai_model
        self.body = json.dumps({"query": query, "model": darkai_model}).encode()
        self.notify = notify
        self.clock = clock
        # Whether text reaches the user as it arrives; a schema answer's does not,
        # so a broken one can be asked for again without showing anything twice.
        self.shows_text = shows_text
        self.attempts = 0
        self.chars = 0  # text received so far, over all attempts
        self.failure = None  # what went wrong after text in the same read
        self.response = None  # the latest answer, once its headers were read
        self.accepted = False  # its body is the event stream
        self.decoder = EventDecoder()
        self.error_body = b""
        self.inflater = None  # a zlib decompressor when the body is compressed
        self.started = None  # when the first attempt began
        self.first_byte = None  # seconds from start to the answer's headers
        self.first_text = None  # seconds from start to the first text
        self.waiting_since = None  # the attempt's start, or its latest data

    @property
    def ended(self):
        return self.decoder.ended

    @property
    def status(self):
        return self.response.status_code if self.response else None

    @property
    def shown(self):
        """Characters the user has seen: a retry would show them twice."""
        return self.chars if self.shows_text else 0

    @property
    def done(self):
        """Nothing more of this body is wanted: the stream ended or failed, or
        enough of an error page was kept."""
        if self.failure or self.decoder.failure:
            return True
        if self.accepted:
            return self.decoder.ended
        return len(self.error_body) >= ERROR_BODY_CAP

    def next_request(self):
        """Begin an attempt: the arguments of its `client.stream(...)` call."""
        import httpx

        self.attempts += 1
        self.waiting_since = self.clock()
        if self.started is None:
            self.started = self.waiting_since
        self.decoder = EventDecoder()
        self.accepted, self.error_body, self.inflater = False, b"", None
        self.failure = None
        timeout = self.settings.timeout
        return {
            "method": "POST",
            "url": self.settings.url,
            "content": self.body,
            "headers": HEADERS,
            # No bound on waiting for a free pooled connection: the shells let a
            # request through only when one is free (see `Slots`), and each
            # connection in use is bounded itself.
            "timeout": httpx.Timeout(
                timeout, connect=min(CONNECT_TIMEOUT, timeout), pool=None
            ),
        }

    def receive(self, response):
        """The answer's status and headers arrived: is its body the event stream?"""
        self.response = response
        self.waiting_since = self.clock()
        if self.first_byte is None:
            self.first_byte = self.waiting_since - self.started
        content_type = response.headers.get("content-type", "")
        not_events = content_type.startswith(("text/html", "application/json"))
        self.accepted = 200 <= response.status_code < 300 and not not_events
        encoding = response.headers.get("content-encoding", "identity").lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            import zlib

            # gzip has a header; deflate is zlib-wrapped, as HTTP defines it.
            self.inflater = zlib.decompressobj(31 if "gzip" in encoding else 15)
        elif encoding != "identity":
            raise self.error(
                f"DarkAI answered in a content-encoding the plugin cannot read: "
                f"{excerpt(encoding, 40)!r}"
            )

    def _rejected(self):
        response, body = self.response, self.error_body
        status, headers = response.status_code, response.headers
        if 200 <= status < 300:
            detail = describe_body(body, headers.get("content-type", ""))
            return self.error(
                f"DarkAI answered HTTP {status} but not with an event stream: {detail}"
            )
        error = http_error(status, response.reason_phrase, headers, body)
        error.reword(self.settings.redact(str(error)))
        return error

    def feed(self, data):
        """Text from the next raw piece of the body (an error page's is only kept)."""
        self.waiting_since = self.clock()
        text = ""
        try:
            for piece in self._inflated(data):
                if self.accepted:
                    text += self.decoder.feed(piece)
                    if self.decoder.ended:
                        break
                else:
                    self.error_body += piece[: ERROR_BODY_CAP - len(self.error_body)]
        except DarkAIError as exc:
            # The text before the failure is the user's; finish() raises it.
            self.failure = exc
        return self._shown(text)

    def _inflated(self, data):
        """The body's bytes, inflated a window at a time: a few KB of gzip can
        inflate to gigabytes, and must not do so in one piece."""
        if self.inflater is None:
            yield data
            return
        import zlib

        try:
            while data:
                yield self.inflater.decompress(data, WINDOW)
                data = self.inflater.unconsumed_tail
        except zlib.error as exc:
            self.inflater = None
            raise self.error(
                f"DarkAI's answer could not be decoded: its "
                f"{self.response.headers['content-encoding']} data is corrupt ({exc})"
            ) from None

    def finish(self):
        """The body is over: the last text, or the error for what came instead."""
        if self.failure:
            raise self.failure
        if not self.accepted:
            raise self._rejected()
        text = self._shown(self.decoder.close())
        decoder = self.decoder
        if decoder.head and not decoder.events and not self.chars:
            detail = describe_body(decoder.head)
            raise self.error(f"DarkAI's answer was not an event stream: {detail}")
        if not decoder.ended and not self.chars:
            raise self.error(
                "DarkAI closed the stream without sending any text or stream-end"
            )
        return text

    def _shown(self, text):
        if text:
            if not self.chars:
                self.first_text = self.clock() - self.started
            self.chars += len(text)
        return text

    def error_for(self, exc):
        """The DarkAIError for an httpx transport failure."""
        import httpx

        reason = os_reason(exc) or str(exc) or type(exc).__name__
        waited = duration(self.clock() - self.waiting_since)
        if isinstance(exc, httpx.TimeoutException) and not isinstance(
            exc, httpx.ConnectTimeout
        ):
            where = f" after {self.shown} characters" if self.shown else ""
            return self.error(
                f"DarkAI timed out{where}: no data for {waited} "
                f"({self.settings.timeout_option} S to wait longer)"
            )
        if self.shown:
            return self.error(
                f"DarkAI stream was interrupted after {self.shown} characters: {reason}"
            )
        if "CERTIFICATE_VERIFY_FAILED" in reason:
            return self.error(
                f"TLS certificate verification failed for {self.settings.url}: {reason}"
            )
        if isinstance(exc, httpx.ConnectTimeout):
            reason = f"connection timed out after {waited}"
        # Through a proxy, the only connection made is to the proxy: if that
        # failed, or the proxy would not open the way on, the proxy is the culprit.
        proxy = self.settings.proxy_in_use()
        if proxy and isinstance(exc, httpx.ProxyError):
            return self.error(
                f"The proxy {hide_secrets(proxy)} would not connect to DarkAI at "
                f"{self.settings.url}: {reason}",
                retryable=True,
            )
        if proxy and isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
            return self.error(
                f"Could not reach the proxy {hide_secrets(proxy)} on the way to "
                f"DarkAI at {self.settings.url}: {reason}",
                retryable=True,
            )
        return self.error(
            f"Could not reach DarkAI at {self.settings.url}: {reason}",
            retryable=isinstance(exc, httpx.TransportError),
        )

    def error(self, message, retryable=False):
        return DarkAIError(self.settings.redact(message), retryable=retryable)

    def retry_delay(self, failure):
        """Seconds to wait before trying again, or raise the DarkAIError for
        `failure` (one already, or an httpx error) as the last word.

        Never once text was shown: a retry would print it twice.
        """
        error = failure if isinstance(failure, DarkAIError) else self.error_for(failure)
        if (
            error.retryable
            and not self.shown
            and self.attempts <= self.settings.retries
        ):
            delay = backoff_delay(self.attempts, error.retry_after)
            if self.notify:
                self.notify(self.retry_notice(error, delay))
            return delay
        if self.attempts > 1:
            error.reword(f"{error} (gave up after {self.attempts} attempts)")
        raise error from None  # the httpx error is already told in the message

    def retry_notice(self, error, delay):
        """One short line: what failed, and when the next attempt comes."""
        return (
            f"{excerpt(str(error), 120)}; retrying in {duration(delay)} "
            f"(attempt {self.attempts + 1} of {self.settings.retries + 1})"
        )

    def summary(self):
        """The response_json llm logs, or None for an ordinary answer.

        llm condenses any response_json against the answer's text, at a cost that
        grows with the answer (3.7 s for 1 MB), so it is kept for what a log reader
        needs to see: an answer that did not end with stream-end, or needed retries.
        """
        if self.decoder.ended and self.attempts == 1:
            return None
        return {
            "darkai_model": self.darkai_model,
            "stream_end": self.decoder.ended,
            "events": self.decoder.events,
            "attempts": self.attempts,
        }


# One prompt's turn --------------------------------------------------------


class Turn:
    """What one prompt asks of DarkAI and what the answers mean: every decision
    the models make, no I/O.

    It writes the query, with the tool or schema instruction; it passes the
    answer's text on, or holds what may be a tool call; at the end of each answer
    it registers the calls, or checks the schema answer and writes the query that
    asks again, quoting what was wrong.
    """

    def __init__(self, prompt, settings, darkai_model, notify=None):
        self.settings = settings
        self.darkai_model = darkai_model
        self.notify = notify  # where retry notices go, if anywhere
        if not any(
            text.strip()
            for message in prompt.messages
            if message.role != "system"
            for _, text in message_turns(message)
        ):
            # format_prompt would send DarkAI a bare "Assistant:", or the
            # system prompt alone.
            raise DarkAIError("Nothing to send: the prompt is empty")
        self.schema = prompt.schema
        tools = prompt.tools
        if tools and self.schema:
            # llm sends the schema with the first prompt of a tool chain only, so
            # the answer that follows the tools' results could not be checked.
            raise DarkAIError(
                "DarkAI models cannot take tools and a schema in one prompt: "
                "the answer after the tools ran could not be checked against the "
                "schema. Ask for the schema in a prompt without tools"
            )
        self.instructions = []
        if tools:
            self.instructions.append(tools_instruction(tools))
        if self.schema:
            self.validator = schema_validator(self.schema)
            self.instructions.append(schema_instruction(self.schema))
        retries = getattr(prompt.options, "schema_retries", None)
        self.schema_retries = DEFAULT_SCHEMA_RETRIES if retries is None else retries
        self.messages = prompt.messages
        self.follow_ups = []  # the schema answers that were wrong, and the replies
        self.query = format_prompt(self.messages, self.instructions)
        self.recogniser = ToolCallRecogniser() if tools else None
        self.answer = []  # a schema answer's pieces: none is shown before it fits
        self.answer_attempt = 0  # the exchange's attempt they came from
        self.exchange = None
        self.exchanges = 0

    def next_exchange(self):
        """The exchange that sends the next query, or None when there is none."""
        if self.query is None:
            return None
        self.exchange = Exchange(
            self.settings,
            self.darkai_model,
            self.query,
            notify=self.notify,
            shows_text=not self.schema,
        )
        self.query = None
        self.exchanges += 1
        return self.exchange

    def feed(self, text):
        """The events to show for the next text of the answer."""
        if self.schema:
            if self.exchange.attempts != self.answer_attempt:
                # A broken answer was asked for again: start afresh.
                self.answer, self.answer_attempt = [], self.exchange.attempts
            self.answer.append(text)
            return ()
        if self.recogniser:
            text = self.recogniser.feed(text)
        return (StreamEvent("text", text),) if text else ()

    def failed(self, response):
        """The answer broke off: its summary for the log, and the events for the
        text held so far, which is the user's."""
        response.response_json = self.summary()
        text = self.recogniser.release() if self.recogniser else ""
        return (StreamEvent("text", text),) if text else ()

    def finish(self, response):
        """The answer is complete: the events still to show. Registers its tool
        calls with `response`; a wrong schema answer sets the next query."""
        response.response_json = self.summary()
        if self.schema:
            return self._check_schema_answer()
        if not self.recogniser:
            return ()
        calls, text = self.recogniser.finish()
        events = [StreamEvent("text", text)] if text else []
        for name, arguments in calls:
            call_id = f"darkai_{os.urandom(8).hex()}"
            response.add_tool_call(
                llm.ToolCall(name=name, arguments=arguments, tool_call_id=call_id)
            )
            # The same id as the call: llm would log the call twice otherwise.
            events.append(StreamEvent("tool_call_name", name, tool_call_id=call_id))
            events.append(
                StreamEvent(
                    "tool_call_args",
                    json.dumps(arguments, ensure_ascii=False),
                    tool_call_id=call_id,
                )
            )
        return events

    def _check_schema_answer(self):
        answer, self.answer = "".join(self.answer), []
        try:
            text, _, problem = extract_json(
                answer, lambda value: schema_problem(value, self.validator)
            )
        except ValueError as exc:
            problem = str(exc)
        if problem is None:
            return (StreamEvent("text", text),)
        problem = excerpt(problem, 500)
        if self.exchanges > self.schema_retries:
            tries = f" after {self.exchanges} tries" if self.exchanges > 1 else ""
            raise DarkAIError(
                f"DarkAI's answer did not match the schema{tries}: {problem}"
            )
        self.follow_ups += [
            ("assistant", answer),
            ("user", SCHEMA_RETRY.format(problem=problem)),
        ]
        self.query = format_prompt(self.messages, self.instructions, self.follow_ups)
        return ()

    def summary(self):
        """The response_json llm logs: the exchange's, and the schema tries."""
        summary = self.exchange.summary()
        if self.exchanges > 1:
            summary = {**(summary or {}), "schema_tries": self.exchanges}
        return summary


# HTTP shells ---------------------------------------------------------------
# Clients live as long as the process: building one costs ~25 ms, and llm chat
# or a script sends many prompts. One per proxy setting; async ones per loop.
#
# In front of each client's pool, a queue of its own (`Slots`): httpx queues the
# requests beyond its pool too, but walks that whole queue each time a connection
# frees up, so 1,000 prompts at once took three times as long as 100 at a time.

POOL_SIZE = 100  # connections per client: at most this many prompts stream at once
KEEPALIVE = 20  # idle connections kept open, as httpx's default

_sync_clients = {}  # proxy -> client
_sync_slots = {}  # client -> its Slots
_async_clients = None  # WeakKeyDictionary: loop -> {proxy: (client, keeper, slots)}


class Slots:
    """A client's connections, handed out first come, first served.

    `with slots:` in threads, or `async with slots:` in the event loop it belongs
    to, around one request: it waits while every connection is in use, and when
    done hands its connection straight to whoever has waited longest, never to a
    newcomer. A waiter is a future, of the thread's kind or the loop's, that the
    hand-over resolves; one that stops waiting leaves the queue at once.

    Not a semaphore: threading's lets a newcomer take a connection released to a
    waiter, and asyncio's order and its handling of a waiter cancelled as it was
    woken changed within 3.10 and 3.11 (CPython gh-90155).
    """

    def __init__(self, size, new_waiter):
        import collections
        import threading

        self.free = size
        self.waiting = collections.deque()
        self.new_waiter = new_waiter
        self.lock = threading.Lock()  # for the threads sharing a sync client

    def _take(self):
        """None if a connection was free and is now held, else a waiter."""
        with self.lock:
            if self.free:
                self.free -= 1
                return None
            waiter = self.new_waiter()
            self.waiting.append(waiter)
            return waiter

    def _give_back(self):
        with self.lock:
            while self.waiting:
                waiter = self.waiting.popleft()
                if not waiter.done():  # else cancelled, and on its way out
                    waiter.set_result(None)
                    return
            self.free += 1

    @contextlib.contextmanager
    def _leaving(self, waiter):
        """Out of the queue if the wait ends in an exception (cancelled, or
        interrupted): or, if the connection was handed over already, it goes on
        to the next in line."""
        try:
            yield
        except BaseException:
            with self.lock:
                try:
                    self.waiting.remove(waiter)
                    handed = False
                except ValueError:
                    handed = not waiter.cancelled()
            if handed:
                self._give_back()
            raise

    def __enter__(self):
        waiter = self._take()
        if waiter is not None:
            with self._leaving(waiter):
                waiter.result()

    def __exit__(self, *exc):
        self._give_back()

    async def __aenter__(self):
        waiter = self._take()
        if waiter is not None:
            with self._leaving(waiter):
                await waiter

    async def __aexit__(self, *exc):
        self._give_back()


def _new_client(factory, proxy):
    import httpx

    limits = httpx.Limits(
        max_connections=POOL_SIZE, max_keepalive_connections=min(KEEPALIVE, POOL_SIZE)
    )
    try:
        # Certificates are always verified: there is no switch to turn that off.
        return factory(proxy=proxy, verify=True, follow_redirects=False, limits=limits)
    except ImportError as exc:  # socks5 without socksio
        raise DarkAIError(
            f"This proxy needs an extra package: pip install 'httpx[socks]' ({exc})"
        ) from None


def sync_client(proxy):
    """The kept-open client for `proxy`, and the queue in front of it."""
    client = _sync_clients.get(proxy)
    if client is None:
        import concurrent.futures

        import httpx

        # Threads may race to make the first one: one wins, the others close theirs.
        made = _new_client(httpx.Client, proxy)
        _sync_slots[made] = Slots(POOL_SIZE, concurrent.futures.Future)
        client = _sync_clients.setdefault(proxy, made)
        if client is made:
            import atexit

            atexit.register(client.close)
        else:
            made.close()
            del _sync_slots[made]
    return client, _sync_slots[client]


async def _close_with_loop(clients, proxy):
    # asyncio.run() closes every async generator of its loop before closing the
    # loop, so this one's `finally` closes the client while it still can, and
    # forgets it: a closed client still refers to its loop, which would keep the
    # loop alive as a key of _async_clients.
    try:
        yield
    finally:
        client = clients.pop(proxy)[0]
        await client.aclose()


async def async_client(proxy):
    """The loop's client for `proxy`, and the queue in front of it."""
    global _async_clients
    import asyncio

    if _async_clients is None:
        import weakref

        _async_clients = weakref.WeakKeyDictionary()
    loop = asyncio.get_running_loop()
    clients = _async_clients.setdefault(loop, {})
    if proxy not in clients:
        import httpx

        keeper = _close_with_loop(clients, proxy)
        slots = Slots(POOL_SIZE, loop.create_future)
        clients[proxy] = (_new_client(httpx.AsyncClient, proxy), keeper, slots)
        await keeper.__anext__()
    client, _, slots = clients[proxy]
    return client, slots


# A request holds a connection only from `next_request` on, which starts the
# exchange's clocks: a prompt waiting its turn has sent nothing, and waiting is not
# silence from DarkAI. Nor is one held while sleeping before a retry.


def stream_sync(exchange):
    """The answer's text, one string per read (maybe empty), retrying as the
    exchange decides. One piece per read, not per event: texts that arrive
    together are shown together anyway, and llm pays per chunk."""
    import httpx

    client, slots = sync_client(exchange.settings.proxy)
    while True:
        try:
            with slots, client.stream(**exchange.next_request()) as response:
                exchange.receive(response)
                for data in response.iter_raw():
                    yield exchange.feed(data)
                    if exchange.done:
                        break
                yield exchange.finish()
                return
        except (DarkAIError, httpx.HTTPError) as failure:
            delay = exchange.retry_delay(failure)
        time.sleep(delay)


async def stream_async(exchange):
    """`stream_sync` for asyncio: the same exchange, awaited."""
    import asyncio

    import httpx

    client, slots = await async_client(exchange.settings.proxy)
    while True:
        try:
            async with slots, client.stream(**exchange.next_request()) as response:
                exchange.receive(response)
                async for data in response.aiter_raw():
                    yield exchange.feed(data)
                    if exchange.done:
                        break
                yield exchange.finish()
                return
        except (DarkAIError, httpx.HTTPError) as failure:
            delay = exchange.retry_delay(failure)
        await asyncio.sleep(delay)


# Models --------------------------------------------------------------------


def build_options():
    """The models' options, as a pydantic class (see `_OptionsOnFirstUse`)."""

    class Options(llm.Options):
        # A refused proxy URL may carry a password: keep it out of the message.
        model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

        timeout: float | None = Field(
            default=None,
            description=(
                f"Seconds to wait for each piece of the answer (default "
                f"{DEFAULT_TIMEOUT:g}); connecting waits at most {CONNECT_TIMEOUT:g}"
            ),
        )
        retries: int | None = Field(
            default=None,
            description=(
                f"Times to retry a failed connection, 429 or 5xx before any text "
                f"arrives (default {DEFAULT_RETRIES}, at most {MAX_RETRIES}, 0 turns "
                f"retrying off)"
            ),
        )
        proxy: str | None = Field(
            default=None,
            description=(
                f"Proxy URL for DarkAI requests; one with a password goes in "
                f"{PROXY_ENV}, since llm logs -o values"
            ),
        )

        schema_retries: int | None = Field(
            default=None,
            description=(
                f"Times to ask again when an answer does not match --schema "
                f"(default {DEFAULT_SCHEMA_RETRIES}, at most {MAX_SCHEMA_RETRIES})"
            ),
        )

        @field_validator("timeout")
        @classmethod
        def _timeout_in_range(cls, value):
            # The sockets below take no more than a day, nor is more useful.
            return in_range("timeout", value, MIN_TIMEOUT, MAX_TIMEOUT, " seconds")

        @field_validator("retries")
        @classmethod
        def _retries_in_range(cls, value):
            return in_range("retries", value, 0, MAX_RETRIES)

        @field_validator("schema_retries")
        @classmethod
        def _schema_retries_in_range(cls, value):
            return in_range("schema_retries", value, 0, MAX_SCHEMA_RETRIES)

        @field_validator("proxy")
        @classmethod
        def _proxy_without_password(cls, value):
            if value is not None and check_proxy(value, "proxy").password is not None:
                raise ValueError(
                    f"proxy must not carry a password: llm logs -o values in plain "
                    f"text. Set {PROXY_ENV} to the proxy URL instead"
                )
            return value

    return Options


def in_range(name, value, low, high, unit=""):
    """`value` if it is unset or from `low` to `high`; else ValueError."""
    if value is not None and not low <= value <= high:
        raise ValueError(f"{name} must be from {low:g} to {high:g}{unit}")
    return value


class _OptionsOnFirstUse:
    """Builds the Options class the first time llm asks for it.

    Creating a pydantic class costs ~0.7 ms, half of this module's import, and
    every llm command imports every plugin, whichever model it uses.
    """

    def __get__(self, instance, owner):
        _SharedDarkAI.Options = options = build_options()
        return options


class _SharedDarkAI:
    can_stream = True
    supports_tools = True  # by instruction: see "Tools, by instruction"
    supports_schema = True  # by instruction: see "Schemas, by instruction"
    Options = _OptionsOnFirstUse()

    def __init__(self, darkai_model):
        self.darkai_model = darkai_model
        self.model_id = MODEL_PREFIX + darkai_model

    def turn(self, prompt):
        settings = Settings.resolve(prompt.options)
        return Turn(prompt, settings, self.darkai_model, notify=retry_notices())


def retry_notices():
    """Where retry notices go: stderr when it is a terminal, so a person waiting
    sees why; nowhere otherwise, so scripts and logs stay clean."""
    if sys.stderr is not None and sys.stderr.isatty():
        return lambda line: click.echo(line, err=True)
    return None


@contextlib.contextmanager
def chat_advice(conversation):
    """In `llm chat`, whose loop ends at a model's first error, the error also says
    how to go on. The failed turn is not logged; the ones before it are."""
    try:
        yield
    except DarkAIError as exc:
        context = click.get_current_context(silent=True)
        llm_chat = getattr(sys.modules.get("llm.cli"), "chat", None)
        if context is None or context.command is not llm_chat:
            raise
        if conversation and (conversation.responses or conversation.loaded_messages):
            exc.reword(
                f"{exc}. The chat has ended; llm chat --cid {conversation.id} "
                f"picks it up again"
            )
        else:
            exc.reword(f"{exc}. The chat has ended, with nothing saved")
        raise


class DarkAI(_SharedDarkAI, llm.Model):
    def execute(self, prompt, stream, response, conversation):
        with chat_advice(conversation):
            turn = self.turn(prompt)
            while exchange := turn.next_exchange():
                try:
                    for text in stream_sync(exchange):
                        yield from turn.feed(text)
                except DarkAIError:
                    yield from turn.failed(response)
                    raise
                yield from turn.finish(response)


class AsyncDarkAI(_SharedDarkAI, llm.AsyncModel):
    async def execute(self, prompt, stream, response, conversation):
        with chat_advice(conversation):
            turn = self.turn(prompt)
            while exchange := turn.next_exchange():
                try:
                    async for text in stream_async(exchange):
                        for event in turn.feed(text):
                            yield event
                except DarkAIError:
                    for event in turn.failed(response):
                        yield event
                    raise
                for event in turn.finish(response):
                    yield event


# Commands ------------------------------------------------------------------


def model_rows():
    """Every DarkAI model as `llm darkai models` shows it."""
    builtin = set(MODELS)
    return [
        {
            "model_id": MODEL_PREFIX + name,
            "darkai_name": name,
            "aliases": list(aliases),
            "default": name == DEFAULT_MODEL,
            "source": "built-in" if name in builtin else "user",
        }
        for name, aliases in all_models().items()
    ]


def darkai_name_for(model):
    """The DarkAI name behind an llm model id, alias or DarkAI name of ours."""
    for name, aliases in all_models().items():
        if model in (name, MODEL_PREFIX + name, *aliases):
            return name
    return None


def probe(settings, darkai_model):
    """Send one tiny prompt and report what happened: `llm darkai status`."""
    exchange = Exchange(settings, darkai_model, "Hi")
    report = {"endpoint": hide_secrets(settings.url)}
    proxy = settings.proxy_in_use()
    if proxy:
        report["proxy"] = hide_secrets(proxy)
    report["model"] = darkai_model
    try:
        for _ in stream_sync(exchange):
            pass
        verdict = "working"
    except Exception as exc:  # a probe's every failure is its verdict
        verdict = f"not working: {exc}"

    def ms(seconds):
        return None if seconds is None else round(seconds * 1000, 1)

    report.update(
        http_status=exchange.status,
        first_byte_ms=ms(exchange.first_byte),
        first_text_ms=ms(exchange.first_text),
        stream_end=exchange.ended,
        characters=exchange.chars,
        verdict=verdict,
    )
    return report


def darkai_commands():
    @click.group(name="darkai")
    def darkai():
        "Commands for the DarkAI models"

    @darkai.group(name="models", invoke_without_command=True)
    @click.option("json_", "--json", is_flag=True, help="Output as JSON")
    @click.pass_context
    def models(ctx, json_):
        "List the DarkAI models, or add and remove your own"
        if ctx.invoked_subcommand:
            return
        rows = model_rows()
        if json_:
            click.echo(json.dumps(rows, indent=2))
            return
        width = max(len(row["model_id"]) for row in rows)
        for row in rows:
            notes = [f"DarkAI name: {row['darkai_name']}"]
            if row["aliases"]:
                notes.append("aliases: " + ", ".join(row["aliases"]))
            if row["default"]:
                notes.append("default")
            if row["source"] == "user":
                notes.append("added by you")
            click.echo(f"{row['model_id']:<{width}}  " + "; ".join(notes))

    def load_for_edit():
        path = user_models_path()
        try:
            return path, read_user_models(path)
        except ValueError as exc:
            raise click.ClickException(f"{exc}: fix it or delete it first") from None

    def save(path, user):
        entries = [{"name": n, "aliases": a} for n, a in user.items()]
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"models": entries}, indent=2) + "\n")
        temporary.replace(path)

    @models.command(name="add")
    @click.argument("name")
    @click.option("aliases", "--alias", multiple=True, help="An alias, repeatable")
    def add(name, aliases):
        """Add a model DarkAI offers under NAME, registered as darkai/NAME

        Example:

            llm darkai models add llama-3-405b --alias l405
        """
        path, user = load_for_edit()
        for value in (name, *aliases):
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]*", value):
                raise click.ClickException(
                    f"{value!r} is not a valid name: use letters, digits and . _ : -"
                )
        if len(set(aliases)) != len(aliases):
            raise click.ClickException("The same alias was given twice")
        if name in all_models():
            built_in = name in MODELS
            raise click.ClickException(
                f"{MODEL_PREFIX + name} is "
                + ("built in" if built_in else "already added: remove it first")
            )
        taken = {}
        for known in llm.get_models_with_aliases():
            for taken_name in (known.model.model_id, *known.aliases):
                taken[taken_name.lower()] = known.model.model_id
        for value in (MODEL_PREFIX + name, *aliases):
            if value.lower() in taken:
                raise click.ClickException(
                    f"{value!r} is already taken by the model {taken[value.lower()]}"
                )
        user[name] = list(aliases)
        save(path, user)
        click.echo(
            f"Added {MODEL_PREFIX + name}" + "".join(f", alias {a}" for a in aliases)
        )

    @models.command(name="remove")
    @click.argument("name")
    def remove(name):
        "Remove a model you added, by its NAME or darkai/NAME"
        path, user = load_for_edit()
        name = name.removeprefix(MODEL_PREFIX)
        if name not in user:
            if name in MODELS:
                raise click.ClickException(f"{name} is built in and cannot be removed")
            raise click.ClickException(f"No model {name!r} was added with models add")
        del user[name]
        save(path, user)
        click.echo(f"Removed {MODEL_PREFIX + name}")

    @darkai.command()
    @click.option(
        "model", "-m", "--model", default=DEFAULT_MODEL, help="Model to probe"
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(min=MIN_TIMEOUT, max=MAX_TIMEOUT),
        default=30.0,
        show_default=True,
        help=(
            f"Seconds to wait for each piece of the answer; connecting waits at "
            f"most {CONNECT_TIMEOUT:g}"
        ),
    )
    @click.option("json_", "--json", is_flag=True, help="Output as JSON")
    def status(model, timeout, json_):
        """Find out live whether DarkAI answers

        Sends one tiny prompt to the configured endpoint (LLM_DARKAI_URL,
        LLM_DARKAI_PROXY and the standard proxy variables apply) and logs nothing.
        Exits with 0 when it works, 1 when it does not.
        """
        darkai_model = darkai_name_for(model)
        if darkai_model is None:
            raise click.ClickException(
                f"{model!r} is not a DarkAI model: see llm darkai models"
            )
        try:
            settings = Settings.resolve(
                _SharedDarkAI.Options(timeout=timeout, retries=0)
            )
        except DarkAIError as exc:
            raise click.ClickException(str(exc)) from None
        settings.timeout_option = "--timeout"
        report = probe(settings, darkai_model)
        if json_:
            click.echo(json.dumps(report, indent=2))
        else:
            for key, value in report.items():
                if value is None:
                    value = "-"
                elif isinstance(value, bool):
                    value = "yes" if value else "no"
                click.echo(f"{key.replace('_', ' ')}: {value}")
        if report["verdict"] != "working":
            raise SystemExit(1)

    return darkai
