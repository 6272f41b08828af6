"""DarkAI's chat models for llm.

The story, top to bottom: what DarkAI offers, how llm learns of it (hooks), the
protocol as pure code (prompt format, event decoder, errors and retry decisions,
tools and schemas by instruction, settings, one prompt's exchange and turn), the thin
sync and async HTTP shells that move bytes for it, the model classes, and the
`llm darkai` commands.

HTTP goes through httpx2, the stack llm itself depends on and imports at start-up,
so the plugin adds no second one and verifies certificates as llm's other models
do (the system's trust store). jsonschema is imported where first needed: llm
imports every plugin on every command, so whatever this module imports at the top
is paid even by users of other models. click costs nothing: llm has imported it
already.
"""

import contextlib
import functools
import json
import math
import os
import random
import re
import sys
import time
from urllib.parse import unquote, urlsplit

import click
import httpx2
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


# What `llm darkai models add` writes, and so what a hand-edited file must keep to.
USER_MODEL_SHAPE = '{"name": "NAME", "aliases": ["ALIAS", ...]}'
USER_MODELS_SHAPE = f'{{"models": [{USER_MODEL_SHAPE}, ...]}}'
_JSON_KINDS = {
    list: "a list",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def _json_kind(value, lacking):
    """What a JSON value is, in JSON's words: a message must not quote Python's."""
    if isinstance(value, dict):
        return f"an object without {lacking}"
    return _JSON_KINDS[type(value)]


def read_user_models(path):
    """The user's own models, {name: [aliases]}; ValueError if the file is corrupt,
    saying what it holds and what was expected."""

    def corrupt(problem):
        return ValueError(f"{path} is not a valid DarkAI models file ({problem})")

    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except OSError as exc:  # a directory, or no permission
        raise corrupt(f"it cannot be read: {exc.strerror}") from exc
    except ValueError as exc:  # UnicodeDecodeError among them
        raise corrupt(f"not JSON: {exc}") from exc
    entries = document.get("models") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        found = _json_kind(document, 'a "models" list')
        raise corrupt(f"expected {USER_MODELS_SHAPE}, found {found}")
    models = {}
    for entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str):
            found = _json_kind(entry, 'a "name" string')
            raise corrupt(f"expected each model as {USER_MODEL_SHAPE}, found {found}")
        aliases = entry.get("aliases", [])
        # A hand-edited "aliases": "abc" must not become the aliases a, b, c.
        if not isinstance(aliases, list) or not all(
            isinstance(alias, str) for alias in aliases
        ):
            raise corrupt(f"model {name!r} needs a list of alias strings")
        models[name] = aliases
    return models


_warned = set()


def warn_once(message):
    # llm asks for the models several times a command.
    if message not in _warned:
        _warned.add(message)
        click.echo(f"Warning: {message}", err=True)


def all_models():
    """Built-in models then the user's, {DarkAI name: aliases}. A user's model
    that would take a name or alias already taken (as a hand-edited file may)
    is left out, with a warning: it would silently change what `-m` means."""
    models = dict(MODELS)
    path = user_models_path()
    try:
        user = read_user_models(path)
    except ValueError as exc:
        # A broken file must not break every llm command, only lose its models.
        warn_once(f"{exc}; its models are not loaded")
        user = {}
    taken = {}  # every model ID and alias, in lower case: the model it is taken by
    for model, aliases in MODELS.items():
        taken.update((name.lower(), model) for name in (MODEL_PREFIX + model, *aliases))
    for model, aliases in user.items():
        names = [MODEL_PREFIX + model, *aliases]
        clash = next((name for name in names if name.lower() in taken), None)
        if clash is not None:
            warn_once(
                f"{path}: {MODEL_PREFIX + model} is not loaded: {clash!r} is taken "
                f"by {MODEL_PREFIX + taken[clash.lower()]}"
            )
            continue
        models[model] = tuple(aliases)
        taken.update((name.lower(), model) for name in names)
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
    exception's causes: the same in sync and async, where httpx2's own message
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
        # Redirects are not followed: httpx2 would turn the POST into a GET.
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


# Recognising calls. Real models seldom answer in exactly the instructed shape:
# they add a sentence before or after, a fence, a tag of their training format,
# `parameters` for `arguments`, OpenAI's nested shapes, a list, a pythonic call.
# tests/tool_call_corpus.py and tests/trained_formats_corpus.py hold what they
# write, each answer with its source.
#
# Leniency is safe by three rules, in any shape but the instructed one: a call
# counts only if every tool it names was offered; only if it stands apart from
# prose (the whole answer, the start of a line, or right after a colon, a tag or
# a fence; never inside a line of code, nor continued as code); and an entry
# with no arguments at all calls only a tool that requires none. The instructed
# `{"tool_calls": [...]}` may stand anywhere and name an unknown tool: llm then
# tells the model that tool does not exist.
#
# Streaming: prose passes through as it arrives. Only a candidate is held: from a
# mark that may open a call (`{`, `[`, `<`, a fence; after a line's end or a
# colon, a word that may begin a format's tag or an offered tool's name) until
# the call is complete, or released as text the moment it cannot be one.
# Patterns are compiled on first use, through re's cache: compiling them at
# import would double the import time of this module, paid by every llm command.

# The most text looked at to decide whether a call starts or ends at a mark.
CALL_MARGIN = 256
SHORT_LOOK = 24  # most marks are decided within a few characters: looked at first

# A format's tag is written with literal text and these pieces, each a regex for
# the whole piece and one for any beginning of it, so that a tag the stream has
# cut short is told from text that is no tag. A tag begins with literal text,
# and ends with literal text or a look-ahead, never with a piece that more text
# could lengthen.
NAME = (r"([\w.-]{1,64})", r"[\w.-]{0,64}")  # the tool's name
SPACE = (r"\s*", r"\s*")
WORD = (r"\w*", r"\w*")
DIGITS = (r"\d+", r"\d*")
BEFORE_TAG = (r"(?=<)", "")  # where the next tag begins
BEFORE_OBJECT = (r"(?=\{)", "")  # where the arguments' object begins
BEFORE_ARGUMENTS = (r"(?=[{`])", "")  # an object, or a fence around one
IDENTIFIER = (r"[\w-]{1,64}", r"[\w-]{0,64}")
REST_OF_LINE = (r"[^\n]{0,80}", r"[^\n]{0,80}")


def optional(*pieces):
    return None, pieces  # made a regex with the rest of its tag, on first use


def tag_patterns(pieces):
    """The regex of the text `pieces` write, and the regex of any beginning of
    it, the empty one included (regex text: they are compiled where used)."""
    whole, beginning = "", ""
    for piece in reversed(pieces):
        if type(piece) is str:
            starts = (re.escape(piece[:end]) for end in range(len(piece)))
            full, part = re.escape(piece), "|".join(starts)
        elif piece[0] is None:  # optional(...)
            inner, part = tag_patterns(piece[1])
            full = f"(?:{inner})?"
        else:
            full, part = piece
        beginning = (
            f"(?:{part}|{full}{beginning})" if beginning else f"(?:{part}|{full})"
        )
        whole = full + whole
    return whole, beginning


# The formats models are trained to call tools in, a row each: the tag that opens
# a call, with the tool's NAME in it unless the tag wraps entries that name their
# tools; how the arguments are written; what closes the call ("" where nothing
# does: the call ends with its value). Arguments are written as:
# - "entries": call entries in any of the CALL_SHAPES, in JSON or Python;
# - "object": a JSON object;
# - "parameters": `<parameter=KEY>VALUE</parameter>`, one after the other;
# - "key-values": `<arg_key>KEY</arg_key><arg_value>VALUE</arg_value>`, likewise;
# - "named parameters": `<parameter name="KEY">VALUE</parameter>`, likewise;
# - "escaped object": `{key:<escape>text<escape>,n:1}`, an object whose keys are
#   bare and whose strings are between `<escape>`s (Gemma 4: `<|"|>`s).
# Values written as text are typed by the tool's input schema. The README's
# table of formats is checked against this one.


class Format:
    __slots__ = ("models", "tag", "arguments", "closer")

    def __init__(self, models, tag, arguments, closer):
        self.models = models
        self.tag = tag
        self.arguments = arguments
        self.closer = closer


# Parts of tags that two rows share.
KIMI_CALL = (SPACE, NAME, ":", DIGITS, SPACE, "<|tool_call_argument_begin|>")
HARMONY_CHANNEL = (
    "<|channel|>",
    WORD,
    " to=",
    NAME,
    SPACE,
    optional("<|constrain|>"),
    WORD,
    "<|message|>",
)
CALL_FORMATS = (
    Format(
        "Hermes 2 Pro, Qwen 2.5, Qwen 3", ("<tool_call>",), ("entries",), "</tool_call>"
    ),
    Format(
        "GLM-4.5, GLM-4.6",
        ("<tool_call>", SPACE, NAME, SPACE, BEFORE_TAG),
        ("key-values",),
        "</tool_call>",
    ),
    Format(
        "Llama 3.1, Qwen3-Coder",
        ("<function=", NAME, ">"),
        ("object", "parameters"),
        "</function>",
    ),
    Format("Llama 3.1", ('<function name="', NAME, '">'), ("object",), "</function>"),
    Format("Llama 3.1", ("<|python_tag|>",), ("entries",), "<|eom_id|>"),
    Format("Llama 4", ("<|python_start|>",), ("entries",), "<|python_end|>"),
    Format("Mistral", ("[TOOL_CALLS]",), ("entries",), ""),
    Format(
        "Mistral Small 3.2, Magistral",
        (
            "[TOOL_CALLS]",
            NAME,
            SPACE,
            optional("[CALL_ID]", IDENTIFIER),
            optional("[ARGS]"),
            BEFORE_OBJECT,
        ),
        ("object",),
        "",
    ),
    Format(
        "DeepSeek V3, R1, V3.1",
        ("<｜tool▁calls▁begin｜>",),
        ("entries",),
        "<｜tool▁calls▁end｜>",
    ),
    Format(
        "DeepSeek V3, R1, V3.1",
        (
            "<｜tool▁call▁begin｜>",
            SPACE,
            optional("function<｜tool▁sep｜>"),
            NAME,
            optional("<｜tool▁sep｜>"),
            SPACE,
            BEFORE_ARGUMENTS,
        ),
        ("object",),
        "<｜tool▁call▁end｜>",
    ),
    Format(
        "DeepSeek R1, its separator left out",
        (
            "<｜tool▁call▁begin｜>",
            SPACE,
            "function<",
            NAME,
            ">",
            SPACE,
            BEFORE_ARGUMENTS,
        ),
        ("object",),
        "<｜tool▁call▁end｜>",
    ),
    Format(
        "Kimi K2",
        ("<|tool_calls_section_begin|>",),
        ("entries",),
        "<|tool_calls_section_end|>",
    ),
    Format(
        "Kimi K2", ("<|tool_call_begin|>", *KIMI_CALL), ("object",), "<|tool_call_end|>"
    ),
    Format(
        "Kimi K2, its call tokens left out",
        ("<|tool_calls_section_begin|>", *KIMI_CALL),
        ("object",),
        "<|tool_calls_section_end|>",
    ),
    Format(
        "Kimi K2, without its tokens, at a line's start",
        ("functions.", NAME, ":", DIGITS, BEFORE_OBJECT),
        ("object",),
        "",
    ),
    Format(
        "ReAct agents (LangChain, LlamaIndex), at a line's start",
        (
            "Action:",
            SPACE,
            NAME,
            REST_OF_LINE,
            SPACE,
            "Action Input:",
            SPACE,
            BEFORE_OBJECT,
        ),
        ("object",),
        "",
    ),
    Format("gpt-oss (Harmony)", HARMONY_CHANNEL, ("object",), "<|call|>"),
    Format(
        "gpt-oss (Harmony)",
        ("<|start|>assistant", SPACE, *HARMONY_CHANNEL),
        ("object",),
        "<|call|>",
    ),
    Format(
        "gpt-oss (Harmony)",
        (
            "<|start|>assistant to=",
            NAME,
            "<|channel|>",
            WORD,
            SPACE,
            optional("<|constrain|>"),
            WORD,
            "<|message|>",
        ),
        ("object",),
        "<|call|>",
    ),
    Format(
        "Claude, as text",
        ('<invoke name="', NAME, '">'),
        ("named parameters",),
        "</invoke>",
    ),
    Format(
        "FunctionGemma",
        ("<start_function_call>call:", NAME, BEFORE_OBJECT),
        ("escaped object",),
        "<end_function_call>",
    ),
    Format(
        "Gemma 4",
        ("<|tool_call>call:", NAME, BEFORE_OBJECT),
        ("escaped object",),
        "<tool_call|>",
    ),
    Format(
        "llxprt-code's text calls",
        ("[TOOL_REQUEST]", SPACE, NAME, SPACE, BEFORE_OBJECT),
        ("object",),
        "[TOOL_REQUEST_END]",
    ),
    Format("LFM2", ("<|tool_call_start|>",), ("entries",), "<|tool_call_end|>"),
    Format("Olmo 3", ("<function_calls>",), ("entries",), "</function_calls>"),
    Format(
        "Command R7B, Command A",
        ("<|START_ACTION|>",),
        ("entries",),
        "<|END_ACTION|>",
    ),
    Format("Granite 3", ("<|tool_call|>",), ("entries",), ""),
    Format(
        "gpt4free's rendering of calls",
        ("[Tool call: ", NAME, "]", REST_OF_LINE, "\nArguments: "),
        ("object",),
        "",
    ),
    # llama.cpp's "good bad outputs", seen from models asked for Hermes' format
    *(
        Format("Hermes 2 Pro, asked", (tag,), ("entries",), tag.replace("<", "</"))
        for tag in (
            "<function_call>",
            "<tools>",
            "<tool>",
            "<response>",
            "<json>",
            "<JSON>",
            "<xml>",
        )
    ),
)
# Where each style of arguments begins, and how a style written as text is read.
ARGUMENT_MARKS = {
    "object": "{",
    "parameters": "<parameter=",
    "key-values": "<arg_key>",
    "named parameters": "<parameter name=",
    "escaped object": "{",
}
# Special tokens that end a model's turn, left in the text by some servers.
END_TOKENS = (
    "<|eot_id|>",
    "<|eom_id|>",
    "<|eot|>",
    "<|im_end|>",
    "<|python_end|>",
    "<|call|>",
    "<|end|>",
    "<｜end▁of▁sentence｜>",
)
# Fences whose content may be a call; any other language's content never is.
CALL_FENCE_LANGUAGES = frozenset(
    {"", "json", "tool_call", "tool_code", "xml", "function_call"}
)
BARE_CALL_FENCES = frozenset({"tool_code"})  # fences of calls written bare
_FENCE = r"(`{3,})[ \t]*([\w+.-]*)([^\n`]*)\n"
_FENCE_LANGUAGE = r"[ \t]*([\w+.-]*)"
# Keys that name the tool, and keys its arguments may be under: an entry has one
# of the first and at most one of the second, besides CALL_EXTRA_KEYS.
NAME_KEYS = ("name", "tool", "recipient_name", "tool_name", "function", "action")
ARGUMENT_KEYS = ("arguments", "parameters", "args", "params", "input", "action_input")
CALL_EXTRA_KEYS = frozenset({"id", "type", "index", "tool_call_id", "call_id"})
# Keys that wrap calls, and the value a key must have to begin a call.
WRAPPER_KEYS = frozenset({"tool_calls", "function_call", "tool_uses"})
ENTRY_TYPES = ("function", "tool_use")  # the `type` a call entry may have
FIRST_KEY_VALUES = {"type": ENTRY_TYPES, "role": ("assistant",)}
CALL_KEYS = frozenset(
    {*WRAPPER_KEYS, *NAME_KEYS, *ARGUMENT_KEYS, *CALL_EXTRA_KEYS, *FIRST_KEY_VALUES}
)
# An object's first key, in JSON's quotes or, as Hermes 2 writes, Python's.
_KEY_START = r"""\{\s*(["'])([^"'\\]{1,40})\1\s*:\s*"""
_KEY_START_PARTIAL = r"""\{\s*(?:["']([^"'\\]{0,40})(?:["']\s*)?)?"""
_NAME_VALUE = r"""(["'])([^"'\\]{1,80})\1"""
_NAME_VALUE_PARTIAL = r"""(?:["'][^"'\\]{0,80})?"""
# How far after another first key (`"id": "call_...", "type": "function"`) a key
# naming the tool may come: OpenAI's and Anthropic's entries name it within 60.
NAME_KEY_MARGIN = 80
_NAME_KEY_AHEAD = r"""["'](?:""" + "|".join(NAME_KEYS) + r""")["']\s*:"""
_PYTHONIC_START = r"\[\s*([A-Za-z_][\w.-]*)\s*\("
_PYTHONIC_START_PARTIAL = r"\[\s*[\w.-]*\s*"
# A call written bare, as in a wrapper or a `tool_code` fence: `get_weather(...)`,
# or Llama 3.1's built-in tools, `<|python_tag|>brave_search.call(query="...")`.
_BARE_CALL = r"([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*\("
_BARE_CALL_PARTIAL = r"([\w.-]*)\s*"
# What may stand right before a call on its line: a colon, a tag's end, and
# Firefunction v2's marker, `functools[{...}]`.
CALL_LEADS = (":", ">", "functools")
# What continues a value as code on its line, after which it was no call.
_CODE_AFTER = r"[)\](+\-*/%=&|^~]|\.\w"
_SEPARATORS = r"[\s;,]*"
# The turns of the conversation format: after its calls, a model that writes
# one of these is inventing the tools' results or the next turn.
TURN_WORDS = ("Tool:", "User:", "Assistant:", "System:", "Observation:")
_JSON_MARKS = r'[\[\]{}"]'
_PYTHON_MARKS = r"[\[\](){}\"']"
_BRACKET_MARKS = r"[\[\]{}]"


def parse_tool_calls(value, offered):
    """`[(name, arguments)]` if the parsed JSON `value` is calls in one of the
    shapes models write, else None. `offered` maps the offered tools' names to
    their input schemas, or is a set of names whose schemas are not known."""
    for shape, lenient in CALL_SHAPES:
        entries = shape(value)
        if entries is None:
            continue
        calls = _read_entries(entries)
        if calls is None:
            return None
        if lenient and not all(
            name in offered and (written or not _requires_arguments(offered, name))
            for name, _, written in calls
        ):
            return None
        return [(name, arguments) for name, arguments, _ in calls]
    return None


def _requires_arguments(offered, name):
    schema = offered.get(name) if type(offered) is dict else None
    return type(schema) is dict and bool(schema.get("required"))


def _instructed(value):
    if type(value) is dict and value.keys() == {"tool_calls"}:
        return value["tool_calls"]
    return None


def _legacy_function_call(value):
    if type(value) is dict and value.keys() == {"function_call"}:
        return [value["function_call"]]
    return None


def _parallel_uses(value):  # the arguments of GPT-4o's multi_tool_use.parallel
    if type(value) is dict and value.keys() == {"tool_uses"}:
        return value["tool_uses"]
    return None


def _assistant_message(value):  # a whole OpenAI message, written out
    if type(value) is not dict or value.get("role") != "assistant":
        return None
    if value.keys() - {"role", "content", "tool_calls", "function_call"}:
        return None
    if value.get("content") or ("tool_calls" in value) == ("function_call" in value):
        return None
    return value.get("tool_calls") or [value["function_call"]]


def _list_of_calls(value):
    return value if type(value) is list else None


def _one_call(value):
    return [value] if type(value) is dict else None


# (shape, whether the rules of leniency apply to it), in order.
CALL_SHAPES = (
    (_instructed, False),
    (_legacy_function_call, True),
    (_parallel_uses, True),
    (_assistant_message, True),
    (_list_of_calls, True),
    (_one_call, True),
)


def _read_entries(entries):
    """`[(name, arguments, whether any were written)]` from a list of call
    entries; None if any is no call."""
    if type(entries) is not list or not entries:
        return None
    calls = []
    for entry in entries:
        call = _read_entry(entry)
        if call is None:
            return None
        if call[0] == "multi_tool_use.parallel":
            inner = _read_entries(_parallel_uses(call[1]))
            if inner is None:
                return None
            calls.extend(inner)
        else:
            calls.append(call)
    return calls


def _read_entry(entry):
    """`(name, arguments, whether any were written)` of one call entry, or None.

    One key of NAME_KEYS names the tool, at most one of ARGUMENT_KEYS holds its
    arguments: an object, as a JSON string, null or missing; an `id` or `"type":
    "function"` may stand beside them. Or OpenAI's `{"type": "function",
    "function": {...}}`, the arguments maybe beside `"function": {"name": ...}`.
    A definition of a function, with a description or a JSON schema for
    arguments, is no call.
    """
    if type(entry) is not dict or entry.get("type", "function") not in ENTRY_TYPES:
        return None
    function = entry.get("function")
    if type(function) is dict:
        beside = entry.keys() - CALL_EXTRA_KEYS - {"function"}
        if not beside:
            return _read_entry(function)
        if len(beside) > 1 or not beside <= {*ARGUMENT_KEYS} - function.keys():
            return None
        if any(key in function for key in ARGUMENT_KEYS):
            return None
        (key,) = beside
        return _read_entry({**function, key: entry[key]})
    name_keys = [key for key in NAME_KEYS if key in entry]
    argument_keys = [key for key in ARGUMENT_KEYS if key in entry]
    if len(name_keys) != 1 or len(argument_keys) > 1:
        return None
    if entry.keys() - CALL_EXTRA_KEYS - {*name_keys, *argument_keys}:
        return None
    name = entry[name_keys[0]]
    if type(name) is not str or not re.fullmatch(NAME[0], name):  # as in tags
        return None
    arguments = _arguments(entry[argument_keys[0]] if argument_keys else None)
    if arguments is None:
        return None
    return _tool_name(name), arguments, bool(argument_keys)


def _tool_name(name):
    """The name without the `functions.` namespace GPT models put before it."""
    return name[len("functions.") :] if name.startswith("functions.") else name


def _arguments(arguments):
    """The arguments as an object, or None (no call) if they are none."""
    if arguments is None or arguments == "":
        return {}
    if type(arguments) is str:
        try:
            arguments = json.loads(arguments, strict=False)
        except (ValueError, RecursionError):
            return None
    if type(arguments) is not dict:
        return None
    if arguments.get("type") == "object" and type(arguments.get("properties")) is dict:
        return None  # a JSON schema: the model is describing the tool
    return arguments


# Names with hyphens, which Python would read as a subtraction, stand in a
# pythonic call under these while it is parsed. Strings are passed over whole:
# `query="Spider-Man (2002)"` names no tool.
_HYPHENATED_CALL = (
    r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
    r"|(?<![\w.-])([A-Za-z_][\w.]*(?:-[\w.]+)+)(\s*\()"
)
_STAND_IN = "_darkai_tool_{}_"


def pythonic_calls(text, bare=False, schemas=None):
    """`[(name, arguments)]` of a Python list of calls with literal keyword
    arguments, `[get_weather(city="Paris")]`, as Llama 3.2 and later write, or,
    if `bare`, of one call alone, as in a tag or a `tool_code` fence; None
    otherwise. Read with ast, never evaluated. A value the tool's schema in
    `schemas` declares a string is kept as written (`count=5` is "5")."""
    import ast

    hyphenated = []

    def stand_in(match):
        string, name, parenthesis = match.groups()
        if string is not None:
            return string
        hyphenated.append(name)
        return _STAND_IN.format(len(hyphenated) - 1) + parenthesis

    if "-" in text and _STAND_IN.format("") not in text:
        text = re.sub(_HYPHENATED_CALL, stand_in, text)
    try:
        tree = ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    built_in = type(tree) is ast.Call and _built_in_tool(tree.func)
    if type(tree) is ast.Call and (bare or built_in):
        nodes = [tree]
    elif type(tree) is ast.List and tree.elts:
        nodes = tree.elts
    else:
        return None
    calls = []
    for node in nodes:
        if type(node) is not ast.Call or node.args:
            return None
        name = built_in or ast.unparse(node.func)
        stood_in = re.fullmatch(_STAND_IN.format(r"(\d+)"), name)
        name = _tool_name(hyphenated[int(stood_in.group(1))] if stood_in else name)
        properties = _properties((schemas or {}).get(name))
        arguments = {}
        for keyword in node.keywords:
            if keyword.arg is None or keyword.arg in arguments:  # **mapping, a=1, a=2
                return None
            try:
                value = _literal(keyword.value)
            except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
                return None
            if type(value) is not str and _schema_types(
                properties.get(keyword.arg)
            ) == ["string"]:
                value = ast.get_source_segment(text, keyword.value)
            arguments[keyword.arg] = value
        arguments = as_json(arguments)
        if arguments is _NOT_JSON:
            return None
        if hyphenated and _STAND_IN.format("")[:-1] in json.dumps(arguments):
            return None  # a stand-in inside a string: the text was changed
        calls.append((name, arguments))
    return calls


def _built_in_tool(func):
    """`NAME` of Llama 3.1's built-in `NAME.call(...)`, else None."""
    import ast

    if type(func) is ast.Attribute and func.attr == "call":
        if type(func.value) is ast.Name:
            return func.value.id
    return None


_NOT_JSON = object()


def _loads(text):
    """The JSON value of `text`, else the value of the Python literal it is,
    else _NOT_JSON. NaN and the infinities, which json reads, are none."""
    try:
        value = json.loads(text, strict=False)  # a raw line break has one reading
    except (ValueError, RecursionError):
        value = python_literal(text)
        if value is _NOT_JSON and text.startswith("["):
            return _list_without_commas(text)
        return value
    return as_json(value)


def _list_without_commas(text):
    """The items of a JSON list written without the commas between them, as
    Command R writes its actions at times; _NOT_JSON if it is not that."""
    decoder = json.JSONDecoder(strict=False)
    items, position = [], re.compile(r"\[\s*").match(text).end()
    while not text.startswith("]", position):
        try:
            item, position = decoder.raw_decode(text, position)
        except (ValueError, RecursionError):
            return _NOT_JSON
        items.append(item)
        position = re.compile(r"\s*,?\s*").match(text, position).end()
    return as_json(items) if not text[position + 1 :].strip() else _NOT_JSON


def python_literal(text):
    """The value of a Python literal that is also JSON's (a dict or a list), as
    Hermes 2 writes its calls: `{'name': 'f', 'arguments': {'a': True}}`; else
    _NOT_JSON. Read with ast, never evaluated."""
    import ast

    try:
        value = ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return _NOT_JSON
    return as_json(value) if type(value) in (dict, list) else _NOT_JSON


def as_json(value):
    """`value` in JSON's types, tuples made lists; _NOT_JSON if any of it has no
    JSON form: a key that is not a string (json.dumps would rewrite `1` and `None`
    as keys, merging `1` with `"1"`), a set, bytes, NaN or an infinity."""
    try:
        return _as_json(value)
    except (TypeError, RecursionError):
        return _NOT_JSON


def _as_json(value):
    kind = type(value)
    if kind is dict:
        if not all(type(key) is str for key in value):
            raise TypeError
        return {key: _as_json(item) for key, item in value.items()}
    if kind in (list, tuple):
        return [_as_json(item) for item in value]
    if kind is float and not math.isfinite(value):
        raise TypeError
    if kind in (str, int, float, bool) or value is None:
        return value
    raise TypeError


# How models write JSON's words in Python, and Python's in JSON.
_LITERAL_WORDS = {
    "True": True,
    "False": False,
    "None": None,
    "true": True,
    "false": False,
    "null": None,
}


def _literal(node):
    """The value of a literal's syntax tree, JSON's words allowed in it, as LFM2
    and Olmo 3 write them (`enabled=true`); ValueError if it is no literal."""
    import ast

    kind = type(node)
    if kind is ast.Name and node.id in _LITERAL_WORDS:
        return _LITERAL_WORDS[node.id]
    if kind is ast.Dict:
        if None in node.keys:  # `**mapping`
            raise ValueError
        return {
            _literal(key): _literal(value)
            for key, value in zip(node.keys, node.values, strict=True)
        }
    if kind in (ast.List, ast.Tuple):
        return [_literal(item) for item in node.elts]
    return ast.literal_eval(node)


def _argument_pairs(pattern, text):
    """The arguments `text` writes as `(key, value)` pairs of `pattern`, one
    after the other; None if it is not wholly that, or a key repeats."""
    pattern = re.compile(pattern, re.S)
    arguments, position = {}, 0
    while found := pattern.match(text, position):
        key, value = found.groups()
        if key in arguments:
            return None
        arguments[key] = value
        position = found.end()
    return arguments if not text[position:].strip() else None


# The tokens of FunctionGemma's and Gemma 4's objects: a string between escape
# marks, a JSON string, a bracket or separator, or a bare word (a key, one of
# JSON's literals, or else a string).
_ESCAPED_TOKEN = r"""(?sx)\s*(?:
    <escape>(.*?)<escape> | <\|"\|>(.*?)<\|"\|> | ("(?:[^"\\]|\\.)*")
    | ([{}\[\],:]) | ([^{}\[\],:"]+?)\s*(?=[{}\[\],:]|\Z) )"""


def _escaped_object(text):
    """The object of FunctionGemma's `{key:<escape>text<escape>,n:1}`, or None."""
    pattern, out, position = re.compile(_ESCAPED_TOKEN), [], 0
    while text[position:].strip():
        token = pattern.match(text, position)
        if token is None:
            return None
        escaped, gemma4, string, mark, word = token.groups()
        position = token.end()
        if word is not None:
            value = _loads(word)
            is_key = text.startswith(":", position)
            scalar = value is not _NOT_JSON and type(value) not in (dict, list)
            word = word if scalar and not is_key else json.dumps(word)
        text_value = escaped if escaped is not None else gemma4
        out.append(
            json.dumps(text_value) if text_value is not None else string or mark or word
        )
    value = _loads("".join(out))
    return value if type(value) is dict else None


# How each style of arguments written as text is read. Qwen3-Coder puts each
# value on lines of its own, and sometimes leaves a parameter unclosed.
ARGUMENT_READERS = {
    "parameters": functools.partial(
        _argument_pairs,
        r"\s*<parameter=([^>\n]{1,64})>\n?(.*?)\n?"
        r"(?:</parameter>|(?=<parameter=)|\Z)",
    ),
    "key-values": functools.partial(
        _argument_pairs,
        r"\s*<arg_key>(.*?)</arg_key>\s*<arg_value>(.*?)</arg_value>",
    ),
    "named parameters": functools.partial(
        _argument_pairs, r'\s*<parameter name="([^"\n]{1,64})">(.*?)</parameter>'
    ),
    "escaped object": _escaped_object,
}
# The JSON types a value written as a string may be read as, by the Python types
# json gives each; with the short names some tool definitions use, as vLLM reads them.
VALUE_TYPES = {
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}
VALUE_TYPES |= {
    "int": VALUE_TYPES["integer"],
    "float": VALUE_TYPES["number"],
    "bool": VALUE_TYPES["boolean"],
    "dict": VALUE_TYPES["object"],
    "list": VALUE_TYPES["array"],
}


# Keys a model may wrap the whole arguments in: LFM2 writes `properties={...}`.
WRAPPING_KEYS = ("properties", "arguments", "parameters")


def typed_arguments(arguments, schema):
    """`arguments` fitted to the tool's input `schema`: an object wrapped in a
    key the schema does not define unwrapped, and each string value typed by
    its property, as SGLang's and vLLM's Qwen3-Coder parsers type them: read as
    JSON where the property's types admit no string and the value reads as one
    of them; left a string otherwise."""
    properties = _properties(schema)
    if not properties:
        return arguments
    if len(arguments) == 1:
        ((key, inner),) = arguments.items()
        if key in WRAPPING_KEYS and key not in properties and type(inner) is dict:
            arguments = inner if inner.keys() <= properties.keys() else arguments
    return {
        key: _typed(value, properties.get(key)) if type(value) is str else value
        for key, value in arguments.items()
    }


def _properties(schema):
    properties = schema.get("properties") if type(schema) is dict else None
    return properties if type(properties) is dict else {}


def _typed(text, schema):
    kinds = _schema_types(schema)
    if "string" in kinds or not any(kind in VALUE_TYPES for kind in kinds):
        return text
    value = _loads(text.strip())
    if value is _NOT_JSON:
        value = _LITERAL_WORDS.get(text.strip(), _NOT_JSON)
    fits = any(type(value) in VALUE_TYPES.get(kind, ()) for kind in kinds)
    return value if fits else text


def _schema_types(schema):
    """The types a property's schema admits, its anyOf and oneOf included."""
    if type(schema) is not dict:
        return []
    kinds = schema.get("type")
    kinds = list(kinds) if type(kinds) is list else [kinds]
    for key in ("anyOf", "oneOf"):
        if type(schema.get(key)) is list:
            kinds += [kind for option in schema[key] for kind in _schema_types(option)]
    return [kind for kind in kinds if type(kind) is str]


@functools.cache
def _format_patterns():
    """For each row of CALL_FORMATS: the row, its tag's regex, and the regex of
    any beginning of its tag; one regex of every tag or beginning of one; and
    the first two characters of every tag, to pass most text by at a glance."""
    rows = []
    for row in CALL_FORMATS:
        whole, beginning = tag_patterns(row.tag)
        rows.append((row, re.compile(whole), re.compile(beginning)))
    any_tag = "|".join(
        f"{whole.pattern}|{beginning.pattern}\\Z" for _, whole, beginning in rows
    )
    initials = {row.tag[0][:2] for row in CALL_FORMATS}
    return rows, re.compile(any_tag), initials


@functools.cache
def _word_tag_initials():
    """The first characters of the formats' tags that begin with a word, and of
    the `functions.` namespace a call written bare may carry."""
    firsts = [row.tag[0] for row in CALL_FORMATS if type(row.tag[0]) is str]
    return {first[0] for first in firsts if first[0].isalpha()} | {"f"}


def _starts_turn(text):
    """Whether `text` begins a turn of the conversation; None if it may yet."""
    if text.startswith(TURN_WORDS):
        return True
    return None if any(word.startswith(text) for word in TURN_WORDS) else False


class _Brackets:
    """Where a bracketed value ends, found a piece at a time: each character is
    looked at once, and brackets inside strings don't count."""

    def __init__(self, marks):
        self.marks = marks  # the brackets, and the quotes that open strings
        self.depth = 0
        self.quote = None  # the quote of the string we are in
        self.escaped = False  # a backslash ended the last piece, in a string

    def feed(self, text, position=0):
        """The offset in `text` just past the value's last bracket, or None."""
        if self.escaped and position < len(text):
            position, self.escaped = position + 1, False
        while True:
            marks = r"[\\" + self.quote + "]" if self.quote else self.marks
            mark = re.compile(marks).search(text, position)
            if mark is None:
                return None
            char, position = mark.group(), mark.end()
            if char == "\\":
                if position == len(text):
                    self.escaped = True
                    return None
                position += 1
            elif self.quote:
                self.quote = None
            elif char in "\"'":
                self.quote = char
            elif char in "[({":
                self.depth += 1
            else:
                self.depth -= 1
                if self.depth == 0:
                    return position


class ToolCallRecogniser:
    """Finds the tool calls in an answer as it streams, and the text to show.

    `feed` returns the text to show now; `finish` returns the calls and the text
    still to show; `release` gives up (the answer broke off) and returns what was
    held. Every character of the answer is shown, or is part of a call (`taken`:
    each call's text, with the count of characters shown before it), or follows
    the calls in a turn the model invented (`unshown`: logged, never shown).
    Each character is scanned once or, near a mark, at most CALL_MARGIN times.
    """

    def __init__(self, tools=()):
        # The offered tools' input schemas by name, or their names alone.
        self.tools = dict(tools) if isinstance(tools, dict) else dict.fromkeys(tools)
        # The characters a call written bare or a word's tag may begin with.
        self._call_initials = {name[:1] for name in self.tools} | _word_tag_initials()
        self.calls = []
        self.taken = []
        self._unshown = []
        # Space before the first mark is held too: an answer that is only a
        # call, after a blank line or two, shows nothing.
        self._at_start = True
        self._line_blank = True  # nothing but space shown since the last line end
        # The last thing decided was a line's end or a colon: a word may follow
        # that opens a call.
        self._word_start = False
        self._recent = ""  # the last characters shown
        self._line_has_call = False  # a call was read on this line
        self._mode = self._deciding
        self._out = []  # the text to show, from the current feed
        self._shown = 0  # characters shown so far
        self._held = []  # a candidate's text so far: wrappers, spacing, value
        self._value_start = 0  # where the value begins in `_held`
        self._look = ""  # the text from a mark on, while it is being decided
        self._closers = []  # what closes each wrapper around the candidate
        self._fenced = False  # one of the wrappers is a fence
        self._fence_language = None  # the language of the last fence opened
        self._after_call = False  # the last thing decided was a call
        self._pending = None  # a call's reading, until its line is seen to end
        self._arguments_of = None  # the tool named by the tag, as `<function=NAME>`
        self._styles = ()  # how that tag's arguments may be written
        # The candidate value's language: json, literal (Python's), python (a
        # list of calls) or bare (a call written alone).
        self._kind = None
        self._style = None  # the style of arguments written as text
        self._body_tail = ""  # their last characters, where a closer may begin
        self._brackets = None
        self._backticks = 0  # the run of backticks that ended the last piece
        self._final = False

    @property
    def unshown(self):
        return "".join(self._unshown)

    def feed(self, text):
        self._run(text)
        out, self._out = "".join(self._out), []
        return out

    def finish(self):
        """`(calls, text still to show)` once the answer is complete."""
        self._final = True
        while self._mode == self._deciding and self._look:
            look, self._look = self._look, ""
            self._run(look)
        if self._pending:
            self._commit("")
        if self._mode in (self._deciding, self._in_value, self._in_body):
            self._show(self._release_held())
        return self.calls, self.feed("")

    def release(self):
        """What was held, to show: the answer broke off."""
        self._mode, self._pending = self._discarding, None
        return self._release_held()

    def _run(self, text):
        position = 0
        while position < len(text):
            position = self._mode(text, position)

    def _show(self, text):
        if text:
            self._out.append(text)
            self._shown += len(text)
            line = text.rpartition("\n")
            self._line_blank = (line[1] or self._line_blank) and not line[2].strip()
            if line[1]:
                self._line_has_call = False
            self._recent = (self._recent + text)[-16:]

    def _stands_apart(self):
        """Whether a value starting here stands apart from prose."""
        if self._line_blank or self._closers or self._after_call:
            return True
        if self._line_has_call:  # more calls after a call: `[f(a=1)] and [g()]`
            return True
        line = self._recent.rpartition("\n")[2]
        return line.rstrip().endswith(CALL_LEADS)

    def _take(self, text):
        """The held text and `text` are part of a call: not shown."""
        text = "".join(self._held) + text
        self._held = []
        if self.taken and self.taken[-1][0] == self._shown:
            self.taken[-1] = (self._shown, self.taken[-1][1] + text)
        elif text:
            self.taken.append((self._shown, text))

    def _release_held(self):
        text = "".join(self._held) + self._look
        self._held, self._look = [], ""
        return text

    # Modes: each scans `text` from `position` and returns where it stopped --

    def _prose(self, text, position):
        marks, start = re.compile(r"[{\[<`\n:]"), position
        # A line's end or a colon followed by a character no call begins with
        # is passed at once, as most are: only the other marks are decided.
        while found := marks.search(text, position):
            after = found.end()
            if found.group() not in "\n:" or after == len(text):
                break
            if text[after] in self._call_initials or text[after] in " \t":
                break
            if found.group() == "\n" and self.calls:
                break  # the model may go on to invent the next turn
            position = after
        end = found.start() if found else len(text)
        self._show(text[start:end])
        if found:
            self._mode = self._deciding
        return end

    def _deciding(self, text, position):
        earlier = self._look
        room = CALL_MARGIN - len(earlier)
        look = earlier + text[position : position + min(SHORT_LOOK, room)]
        decision = self._decide(look, self._final or len(look) >= CALL_MARGIN)
        if decision is None and len(text) - position > SHORT_LOOK:
            look = earlier + text[position : position + room]
            decision = self._decide(look, self._final or len(look) >= CALL_MARGIN)
        if decision is None:
            self._look = look
            return len(text)
        self._look, self._at_start, self._word_start = "", False, False
        action, end, *details = decision
        action(self, look[:end], *details)
        if end < len(earlier):  # what was looked at but not decided goes again
            self._run(earlier[end:])
            return position
        return position + end - len(earlier)

    def _in_value(self, text, position):
        end = self._brackets.feed(text, position)
        self._held.append(text[position:end])
        if end is None:
            return len(text)
        calls, lenient = self._read("".join(self._held[self._value_start :]))
        if calls is None:
            self._no_call()
        elif lenient and not self._closers:
            # They count once what follows them is known.
            self._pending, self._after_call = (self._pending or []) + calls, True
            self._mode = self._deciding
        else:
            self._called(calls)
        self._arguments_of = None
        return end

    def _in_body(self, text, position):
        """Arguments written as text: held up to the closer of their tag."""
        closer = self._closers[-1]
        window = self._body_tail + text[position:]
        found = window.find(closer)
        if found < 0:
            self._held.append(text[position:])
            self._body_tail = window[max(0, len(window) - len(closer) + 1) :]
            return len(text)
        end = position + found + len(closer) - len(self._body_tail)
        self._held.append(text[position:end])
        body = "".join(self._held[self._value_start :])[: -len(closer)]
        arguments = ARGUMENT_READERS[self._style](body)
        if arguments is None:
            self._no_call()
        else:
            self._closers.pop()
            self._called([(self._arguments_of, arguments)])
        self._arguments_of = None
        return end

    def _skipping(self, text, position):
        """A bracketed value that is no call: shown, and nothing in it is a call."""
        end = self._brackets.feed(text, position)
        self._show(text[position:end])
        if end is None:
            return len(text)
        self._mode = self._prose
        return end

    def _in_code(self, text, position):
        """Inline code: shown, and nothing in it is a call."""
        return self._show_until(text, position, r"[`\n]", self._prose, through=True)

    def _in_fence(self, text, position):
        """A fenced block that holds no call: shown, up to its closing fence."""
        for run in re.compile(r"`+").finditer(text, position):
            length = run.end() - run.start()
            if run.start() == position:
                length += self._backticks
            if length >= 3:
                self._show(text[position : run.end()])
                self._backticks, self._fenced = 0, False
                self._closers, self._mode = [], self._fence_closing
                return run.end()
        trailing = len(text) - len(text.rstrip("`"))
        if trailing == len(text) - position:
            self._backticks += trailing
        else:
            self._backticks = trailing
        self._show(text[position:])
        return len(text)

    def _fence_closing(self, text, position):
        """The rest of a closing fence's backticks, however the run was cut."""
        return self._show_until(text, position, r"[^`]", self._prose)

    def _show_until(self, text, position, pattern, then, through=False):
        """Show the text before the next match of `pattern` (and the match, if
        `through`), and go on in mode `then` if there was one."""
        found = re.compile(pattern).search(text, position)
        end = (found.end() if through else found.start()) if found else len(text)
        self._show(text[position:end])
        if found:
            self._mode = then
        return end

    def _discarding(self, text, position):
        self._unshown.append(text[position:])
        return len(text)

    # Deciding at a mark ----------------------------------------------------

    def _decide(self, look, final):
        """`(action, end, ...)`: what the text from a mark is, and how much of it
        the action takes; None while that is not known. Never None if `final`."""
        Self = ToolCallRecogniser
        if self._pending:
            return self._decide_line_end(look, final)
        expecting = self._after_call or self._closers or self._at_start
        start = 0
        if expecting:
            start, decision = self._decide_gap(look, final)
            if decision != "go on":
                return decision
        head = look[start:]
        char = head[0]
        if char == "\n":
            if self.calls:
                starts_turn = _starts_turn(head[1:])
                if starts_turn is None and not final:
                    return None
                if starts_turn:
                    return Self._invented, start
            return self._decide_word_start(head, start + 1)
        if char == ":" and not self._closers:
            # What follows a colon on its line may be a call: decided at its word.
            return self._decide_word_start(head, start + 1)
        if self._word_start and char in " \t":
            return self._decide_word_start(head, start)
        if char == "`":
            return self._decide_backticks(head, start, final)
        if self._arguments_of:
            return self._decide_arguments(head, start, final)
        if char in "<[":
            decision = self._decide_tag(head, start, final)
            if decision != "go on":
                return decision
        if (
            self._at_start
            or self._word_start
            or self._after_call
            or self._bare_calls_here()
        ):
            decision = self._decide_word(head, start, final)
            if decision != "go on":
                return decision
        if char in "{[":
            kind = self._call_start(head, final)
            if kind is None:
                return None
            if kind:
                return Self._value, start, kind
            if not expecting:
                return Self._skip, start
        return Self._not_a_call, start if expecting else start + 1

    def _offered(self, name):
        return _tool_name(name) in self.tools

    def _bare_calls_here(self):
        """Whether a call written bare may stand here: in a format's tag, or a
        fence of a language for calls in code (Gemma's `tool_code`)."""
        if not self._closers:
            return False
        return not self._fenced or self._fence_language in BARE_CALL_FENCES

    def _decide_word_start(self, head, start):
        """After a line's end or a colon: the space that follows is shown, and
        the word after it is decided if it may open a call, else shown too."""
        Self = ToolCallRecogniser
        start += re.compile(r"[ \t]*").match(head, start).end() - start
        if start < len(head) and head[start] not in self._call_initials:
            return Self._not_a_call, start  # prose goes on: no second decision
        return Self._before_word, start

    def _decide_word(self, head, start, final):
        """Where a word may open a call (a line's start, after a colon, a call or
        a tag's opening): a format's tag that begins with a word (`Action:`), or
        a call written bare, as Granite writes them; "go on" if neither."""
        if not head:
            return None if not final else "go on"
        if head[0] not in self._call_initials:
            return "go on"
        if head[0].isalpha():
            decision = self._decide_tag(head, start, final)
            if decision != "go on":
                return decision
        return self._decide_bare_call(head, start, final)

    def _decide_bare_call(self, head, start, final):
        """A call written bare of an offered tool starts `head`; None while one
        may, "go on" if none does."""
        bare = re.compile(_BARE_CALL).match(head)
        if bare and self._offered(bare.group(1).removesuffix(".call")):
            return ToolCallRecogniser._value, start, "bare"
        word = re.compile(_BARE_CALL_PARTIAL).fullmatch(head)
        if not final and word and self._may_name_a_tool(word.group(1)):
            return None
        return "go on"

    def _may_name_a_tool(self, word):
        """Whether `word` may be the beginning of a call of an offered tool,
        `functions.` before its name or not."""
        if self.tools and "functions.".startswith(word):
            return True
        word = _tool_name(word)
        return any(
            name.startswith(word) or f"{name}.call".startswith(word)
            for name in self.tools
        )

    def _decide_tag(self, head, start, final):
        """At `<` or `[`: the decision if a format's tag starts here, None while
        one may, "go on" if none does."""
        Self = ToolCallRecogniser
        rows, any_tag, initials = _format_patterns()
        if head[:2] not in initials and len(head) > 1 or not any_tag.match(head):
            return "go on"
        found = None
        for row, whole, beginning in rows:
            tag = whole.match(head)
            if tag and (not tag.re.groups or self._offered(tag.group(1))):
                if found is None or tag.end() > found[1].end():
                    found = row, tag
            elif not final and beginning.fullmatch(head):
                return None  # a longer tag may yet match
        if found is None:
            return "go on"
        row, tag = found
        if not tag.re.groups:
            return Self._open, start + tag.end(), row.closer
        name = _tool_name(tag.group(1))
        return Self._open, start + tag.end(), row.closer, name, row.arguments

    def _decide_arguments(self, head, start, final):
        """After a tag that names the tool: its arguments, in a style of the tag's."""
        Self = ToolCallRecogniser
        for style in self._styles:
            mark = ARGUMENT_MARKS[style]
            if head.startswith(mark):
                if style == "object":
                    return Self._value, start, "json"
                return Self._body, start, style
        if not final and any(ARGUMENT_MARKS[s].startswith(head) for s in self._styles):
            return None
        return Self._not_a_call, start

    def _decide_gap(self, look, final):
        """After a call or a wrapper: `(where what follows the spacing starts,
        the decision)`, the decision "go on" if it rests on what follows."""
        Self = ToolCallRecogniser
        spacing = _SEPARATORS if self._after_call else r"\s*"
        start = re.compile(spacing).match(look).end()
        if start == len(look):
            if not final:
                return start, None
            return start, (Self._take if self._after_call else Self._not_a_call, start)
        head = look[start:]
        closer = self._closers[-1] if self._closers else ""
        if closer and head.startswith(closer):
            if self._after_call:
                return start, (Self._close, start + len(closer))
            if self._arguments_of:
                return start, (Self._named_alone, start + len(closer))
            return start, (Self._empty_wrapper, start + len(closer))
        if not self._after_call:
            return start, (None if not final and closer.startswith(head) else "go on")
        for token in END_TOKENS:
            if head.startswith(token):
                return start, (Self._take, start + len(token))
        starts_turn = _starts_turn(head)
        if starts_turn:
            return start, (Self._invented, start)
        if not final and (
            starts_turn is None
            or closer.startswith(head)
            or any(token.startswith(head) for token in END_TOKENS)
        ):
            return start, None
        return start, "go on"

    def _decide_line_end(self, look, final):
        """After a call in a lenient shape: it counts unless code continues it
        on its line, as `)` or `.method` right after the value; a call written
        bare counts only if its line ends with it."""
        Self = ToolCallRecogniser
        rest = look.lstrip(" \t;,")
        if not rest:
            return None if not final else (Self._commit, 0)
        if self._kind == "bare":
            return self._decide_after_bare_call(look, final)
        if not final and look == ".":
            return None
        if re.compile(_CODE_AFTER).match(look):
            return Self._revert, 0
        return Self._commit, 0

    def _decide_after_bare_call(self, look, final):
        """A call written bare, outside any tag, counts only if nothing but
        space, an end token or more such calls follows it, to the answer's end:
        in prose or code it is an example."""
        Self = ToolCallRecogniser
        start = re.compile(r"\s*").match(look).end()
        rest = look[start:]
        if not rest:
            return None if not final else (Self._commit, start)
        if rest.startswith(END_TOKENS):
            return Self._commit, 0
        decision = self._decide_bare_call(rest, start, final)
        if decision != "go on":
            return decision
        if not final and any(token.startswith(rest) for token in END_TOKENS):
            return None
        return Self._revert, 0

    def _decide_backticks(self, head, start, final):
        """At backticks: inline code, a fence that may hold a call, or one that
        cannot, decided as soon as its language is."""
        Self = ToolCallRecogniser
        run = len(head) - len(head.lstrip("`"))
        if run == len(head) and not final:
            return None
        if run < 3:
            return Self._code, start + run
        fence = re.compile(_FENCE).match(head)
        if fence is None:
            language = re.compile(_FENCE_LANGUAGE).match(head, run)
            word = language.group(1).lower()
            if final or self._fenced:
                return Self._block, start + run
            if language.end() < len(head):  # the word is whole; no line end yet
                # Only space may follow a call fence's language on its line.
                rest = head[language.end() :]
                if word in CALL_FENCE_LANGUAGES and not rest.strip():
                    return None
                return Self._block, start + run
            if any(known.startswith(word) for known in CALL_FENCE_LANGUAGES):
                return None
            return Self._block, start + run
        call_fence = fence.group(2).lower() in CALL_FENCE_LANGUAGES
        if call_fence and not fence.group(3).strip() and not self._fenced:
            language = fence.group(2).lower()
            return Self._open_fence, start + fence.end(), fence.group(1), language
        return Self._block, start + fence.end()

    def _call_start(self, head, final):
        """Whether a value starting `head` may be a call: its language ("json",
        "literal" for Python's, "python" for pythonic calls) if it may, False if
        it cannot, None while that is not known."""
        apart = self._stands_apart()
        if head[0] == "[":
            after = re.compile(r"\[\s*").match(head).end()
            if after < len(head) and head[after] == "{":
                return self._call_start(head[after:], final)
            call = re.compile(_PYTHONIC_START).match(head)
            if call:
                return "python" if apart and self._offered(call.group(1)) else False
            if not final and re.compile(_PYTHONIC_START_PARTIAL).fullmatch(head):
                return None
            return False
        key = re.compile(_KEY_START).match(head)
        if key is None:
            partial = re.compile(_KEY_START_PARTIAL).fullmatch(head)
            if final or partial is None:
                return False
            begun = partial.group(1) or ""
            return None if any(key.startswith(begun) for key in CALL_KEYS) else False
        quote, first = key.groups()
        kind = "literal" if quote == "'" else "json"
        if first not in CALL_KEYS or not (apart or first == "tool_calls"):
            return False
        if first in WRAPPER_KEYS:
            return kind
        if first in NAME_KEYS or first in FIRST_KEY_VALUES:
            value = re.compile(_NAME_VALUE).match(head, key.end())
            if value is None:
                if not final and re.compile(_NAME_VALUE_PARTIAL).fullmatch(
                    head, key.end()
                ):
                    return None
                return kind if first in NAME_KEYS else False  # the shapes decide
            if first in FIRST_KEY_VALUES:
                if value.group(2) not in FIRST_KEY_VALUES[first]:
                    return False
                if first == "role":
                    return kind
            else:
                name = _tool_name(value.group(2))
                return (
                    kind
                    if self._offered(name) or name == "multi_tool_use.parallel"
                    else False
                )
        # Any other first key: a key naming the tool must follow it closely.
        ahead = key.end() + NAME_KEY_MARGIN
        if re.compile(_NAME_KEY_AHEAD).search(head, key.end(), ahead):
            return kind
        return False if final or len(head) >= ahead else None

    # Actions, once decided, on the text decided ----------------------------

    def _not_a_call(self, decided):
        self._show(self._release_held() + decided)
        self._after_call = False
        self._arguments_of = None
        if self._fenced:
            self._mode = self._in_fence
        else:
            self._mode, self._closers = self._prose, []

    def _no_call(self):
        """The candidate's value or arguments are no call: shown."""
        self._show(self._release_held())
        self._pending = None
        self._mode = self._in_fence if self._fenced else self._prose
        if not self._fenced:
            self._closers = []

    def _called(self, calls):
        self._line_has_call = True
        self.calls += [
            (name, typed_arguments(arguments, self.tools.get(name)))
            for name, arguments in calls
        ]
        self._take("")
        self._after_call = True
        self._mode = self._deciding

    def _commit(self, decided):
        calls, self._pending = self._pending, None
        self._held.append(decided)
        self._called(calls)

    def _revert(self, decided):
        self._pending = None
        self._not_a_call(decided)

    def _before_word(self, decided):
        self._not_a_call(decided)
        self._word_start, self._mode = True, self._deciding

    def _empty_wrapper(self, decided):
        self._show(self._release_held() + decided)
        self._closers, self._fenced, self._mode = [], False, self._prose

    def _named_alone(self, decided):
        """A tag that names a tool, closed with no arguments."""
        if _requires_arguments(self.tools, self._arguments_of):
            return self._not_a_call(decided)
        self._take(decided)
        self._closers.pop()
        self._called([(self._arguments_of, {})])
        self._arguments_of = None

    def _close(self, decided):
        self._take(decided)
        if self._closers.pop().startswith("`"):
            self._fenced = False

    def _invented(self, decided):
        self._take(decided)
        self._mode = self._discarding

    def _open_fence(self, decided, closer, language):
        # A fence inside a tag that names the tool holds its arguments.
        self._open(decided, closer, self._arguments_of, self._styles)
        self._fence_language = language

    def _open(self, decided, closer, arguments_of=None, styles=()):
        self._held.append(decided)
        self._closers.append(closer)
        self._fenced = self._fenced or closer.startswith("`")
        self._arguments_of, self._styles = arguments_of, styles
        self._after_call = False

    def _value(self, decided, kind):
        self._held.append(decided)
        self._after_call = False
        self._value_start = len(self._held)
        self._kind = kind
        self._brackets = _Brackets(_JSON_MARKS if kind == "json" else _PYTHON_MARKS)
        self._mode = self._in_value

    def _body(self, decided, style):
        self._held.append(decided)
        self._after_call = False
        self._value_start = len(self._held)
        self._style, self._body_tail = style, ""
        self._mode = self._in_body

    def _skip(self, decided):
        self._not_a_call(decided)
        self._brackets = _Brackets(_BRACKET_MARKS)
        self._mode = self._skipping

    def _code(self, decided):
        self._not_a_call(decided)
        self._mode = self._in_code

    def _block(self, decided):
        self._not_a_call(decided)
        self._mode = self._in_fence

    def _read(self, value):
        """The calls a complete candidate value holds, or None; and whether they
        are in a lenient shape, which must end its line."""
        if self._kind in ("python", "bare"):
            calls = pythonic_calls(value, self._kind == "bare", self.tools)
            if calls and all(self._offered(name) for name, _ in calls):
                return calls, True
            return None, True
        value = _loads(value)
        if self._arguments_of:  # an object, or _NOT_JSON: never None or a string
            arguments = _arguments(value)
            return (
                None if arguments is None else [(self._arguments_of, arguments)]
            ), True
        return parse_tool_calls(value, self.tools), _instructed(value) is None


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


def _refuse_constant(name):
    # json.loads takes NaN and Infinity by default; they are not JSON, and jq
    # and every strict reader refuse them.
    raise ValueError(f"{name} is not JSON")


def _finite(number):
    # json reads 1e400 as an infinity, which no strict reader prints back.
    value = float(number)
    if not math.isfinite(value):
        raise ValueError(f"{excerpt(number, 20)} is out of range: it is not JSON")
    return value


_decode_json = json.JSONDecoder(
    parse_constant=_refuse_constant, parse_float=_finite
).raw_decode
# How deep the repair scanner follows brackets: the values it writes are parsed,
# validated and serialised by recursive code, which must not run out of stack.
MAX_REPAIR_DEPTH = 200
# The scanner's work, in characters, per character of the answer: every failed
# reading is charged, so a hostile answer of brackets stays linear.
REPAIR_WORK_PER_CHAR = 8


def schema_instruction(schema):
    return SCHEMA_INSTRUCTION.format(schema=json.dumps(schema, ensure_ascii=False))


def _json_at(text, start=0):
    """`(value, end)` of the strict JSON value at `start`; ValueError if none."""
    try:
        return _decode_json(text, start)
    except RecursionError:
        raise ValueError("it is nested too deeply") from None


# The repairs: one pass of a small tokenizer over the text that follows JSON's
# grammar, writes strict JSON, and refuses whatever has more than one reading.
# Strings are single tokens: inside one, only a raw control character is escaped
# (and `\'` read as the apostrophe it is): see _json_string.
# A curly-quoted string holds no quote of its kind, curly or straight: which of
# them closes it cannot be told.
# Between tokens, zero-width spaces, byte-order marks and the Mongolian vowel
# separator are spaces too: Unicode does not count them as white space, but they
# are not content, and models and copied text leave them.
_ZERO_WIDTH = "\u180e\u200b\u2060\ufeff"
_SPACE = rf"[\s{_ZERO_WIDTH}]"
# The same, for str.strip: Python's white space (\s and str.isspace), and those.
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
    + _ZERO_WIDTH
)
_TOKEN = rf"""(?sx)
    (?P<space> {_SPACE}+ )
  | (?P<string> " (?: [^"\\] | \\. )* " )
  | (?P<single> ' (?: [^'\\] | \\. )* ' )
  | (?P<curly> “ [^“”"]* ” )
  | (?P<single_curly> ‘ [^‘’']* ’ )
  | (?P<comment> // [^\n]* | \# (?=[\s\#]|\Z) [^\n]* | /\* .*? \*/ )
  | (?P<number> -? [0-9] [0-9.eE+-]* )
  | (?P<word> [^\W\d] \w* )
  | (?P<mark> [{{}}\[\]:,] )
"""
_STRINGS = frozenset(("string", "single", "curly", "single_curly"))
# A curly opening quote: it, its closing quote, and the straight quote that a
# string opened with it may be closed with by mistake.
_CURLY_QUOTES = {"“": '“”"', "‘": "‘’'"}
_NUMBER = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"
_INTEGER = r"-?(?:0|[1-9][0-9]*)"
# Python's and JavaScript's spellings some models use for JSON's three words.
_WORDS = {"true": "true", "false": "false", "null": "null"}
_WORDS.update({"True": "true", "False": "false", "None": "null"})
# A comment that says items were left out: the value is not the whole answer.
_ELISION = r"(?i)\.\.\.|…|\betc\b|\bmore\b"
# A key and its colon, when a comma is missing before them.
_KEY_AHEAD = (
    r"""(?s)(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|“[^“”"]*”|‘[^‘’']*’"""
    rf"|[^\W\d]\w*){_SPACE}*:"
)
_CONTROL_ESCAPES = {code: f"\\u{code:04x}" for code in range(32)}
_CONTROL_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
# An answer written as the inside of a JSON string (`{\"a\": 1}`): every quote
# escaped, none bare, no backslash before a control character.
_ESCAPED_ANSWER = r'(?s)(?:[^"\\]|\\[^\x00-\x1f])*'


class _Unreadable(ValueError):
    """No safe reading: `at` is where the scanner stopped; `fatal` when the answer
    is cut off or elided, so that no value before it may stand for it. repair_json
    adds `depth`, the brackets open at `at`, and `started`, whether anything after
    the first bracket was read (if not, the bracket was prose)."""

    def __init__(self, problem, at, fatal=False, text=None):
        super().__init__(problem)
        self.at, self.fatal, self.text = at, fatal, text
        self.depth, self.started = 0, True

    def __str__(self):
        # The line and column are counted only for the problem that is shown:
        # counting them for every failed reading would cost the answer's length.
        problem = self.args[0]
        if self.text is None:
            return problem
        line = self.text.count("\n", 0, self.at) + 1
        column = self.at - self.text.rfind("\n", 0, self.at)
        return problem.format(where=f"line {line} column {column}")


# The escapes JSON has: any other is refused, and named.
_JSON_ESCAPES = set('"\\/bfnrtu')
# A backslash in a string before a control character or its closing quote has
# more than one reading: before a line break, is it a shell's line continuation,
# a backslash and a line break, or an escaped line break? Named by what follows.
_BACKSLASH_BEFORE = {chr(code): "a control character" for code in range(32)}
_BACKSLASH_BEFORE.update(dict.fromkeys("\r\n", "a line break"))
_BACKSLASH_BEFORE[""] = "the closing quote"


def _json_string(text, match, quotes):
    """The strict JSON for the string token `match` of any quotes, its text
    unchanged: raw control characters and double quotes escaped, `\\'` read as
    the apostrophe it is. _Unreadable for a backslash with no one reading (at the
    string's start, so that the search for the answer skips it whole), or for
    ‘single curly quotes’ in a value with other quotes: `quotes` holds the kinds
    of string read in it so far."""
    kind, word = match.lastgroup, match.group()
    if kind not in quotes:
        quotes.add(kind)
        # ‘Single curly quotes’ are also a text's own quotes and apostrophes:
        # they delimit strings only in a value where every string has them.
        if "single_curly" in quotes and len(quotes) > 1:
            raise _Unreadable(
                "it is not valid JSON (it mixes ‘single curly’ quotes with"
                " other quotes at {where})",
                match.start(),
                text=text,
            )
    if kind == "string" and "\\" not in word:  # by far the most common
        return word.translate(_CONTROL_ESCAPES)
    inner = re.sub(
        r"""(?s)\\(.?)|\"""", lambda pair: _escape(pair, text, match), word[1:-1]
    )
    return f'"{inner.translate(_CONTROL_ESCAPES)}"'


def _escape(pair, text, match):
    """What a backslash's `pair` (or a bare double quote) in the string token
    `match` is written as in JSON."""
    escaped = pair.group(1)
    if escaped is None:  # a double quote inside '...' or “...”
        return '\\"'
    if escaped == "'":
        return "'"
    if escaped in _JSON_ESCAPES:
        return pair.group()
    if escaped in _BACKSLASH_BEFORE:
        problem = f"a backslash before {_BACKSLASH_BEFORE[escaped]}"
    else:
        written = pair.group().replace("{", "{{").replace("}", "}}")
        problem = f"{written} is no JSON escape"
    raise _Unreadable(
        f"it is not valid JSON ({problem} in the string at {{where}})",
        match.start(),
        text=text,
    )


def repair_json(text, start=0):
    """`(json_text, end)`: the value at `start`, written as strict JSON.

    Repaired, outside strings: trailing commas; `//`, `#` and `/* */` comments;
    True, False and None; single-quoted and curly-quoted strings (‘single curly’
    ones where every string has them); unquoted identifier keys; a missing comma
    between an object's members; zero-width spaces and byte-order marks between
    tokens. Inside strings: raw control characters, and `\\'`. Refused
    (_Unreadable): anything else that is not JSON, a line comment that holds a
    bracket (it may have swallowed one), a backslash before a line break, NaN and
    Infinity, `...` for left-out items, and a value cut off before its end.
    """
    out, closers = [], []
    try:
        return _repair(text, start, out, closers)
    except _Unreadable as exc:
        # Only brackets read, fewer than the deepest followed, and no string at
        # fault: none of them held what can begin a value (as in DSPy's
        # `[[ ## completed ## ]]`), so the first was prose.
        exc.depth = len(closers)
        exc.started = (
            len(closers) == MAX_REPAIR_DEPTH
            or text[exc.at : exc.at + 1] in ('"', "'", "“", "‘")
            or any(piece not in ("{", "[") for piece in out)
        )
        raise


def _repair(text, at, out, closers):
    token = re.compile(_TOKEN).match
    expect = "value"  # or "key", "colon", "after" (a value inside a container)
    comma = None  # where the last comma was written: dropped before a bracket
    quotes = set()  # the kinds of string token read
    while True:
        match = token(text, at)
        if match is None:
            raise _unreadable(text, at)
        kind, word, at = match.lastgroup, match.group(), match.end()
        if kind == "space":
            continue
        if kind == "comment":
            if re.search(_ELISION, word):
                raise _Unreadable("it leaves items out", match.start(), fatal=True)
            if word[0] != "/" or word[1] == "/":
                # A bracket in a line comment may have been the value's, and a
                # comma at its end shows a value was written off as a comment:
                # which was meant cannot be told, so ask.
                if any(bracket in word for bracket in "{}[]"):
                    raise _Unreadable(
                        "it is not valid JSON (a comment holds a bracket at {where})",
                        match.start(),
                        text=text,
                    )
                if word.rstrip().endswith(","):
                    raise _Unreadable(
                        "it is not valid JSON (a comment ends in a comma at {where})",
                        match.start(),
                        text=text,
                    )
            continue
        if expect == "after":
            if word == ",":
                comma = len(out)
                out.append(",")
                expect = "key" if closers[-1] == "}" else "value"
                continue
            if word == closers[-1]:
                out.append(closers.pop())
                if not closers:
                    return "".join(out), at
                continue
            if closers[-1] == "}" and re.compile(_KEY_AHEAD).match(text, match.start()):
                # Two members with no comma between: the key's colon tells.
                out.append(",")
                expect = "key"
            else:
                raise _unexpected(text, match)
        if word in ("}", "]") and expect in ("key", "value") and closers:
            if word == closers[-1] and out[-1] in ("{", "[", ","):
                if out[-1] == ",":
                    del out[comma]  # a trailing comma
                out.append(closers.pop())
                if not closers:
                    return "".join(out), at
                expect = "after"
                continue
            raise _unexpected(text, match)
        if expect == "colon":
            if word != ":":
                raise _unexpected(text, match)
            out.append(":")
            expect = "value"
        elif expect == "key":
            if kind in _STRINGS:
                out.append(_json_string(text, match, quotes))
            elif kind == "word":
                out.append(f'"{word}"')
            else:
                raise _unexpected(text, match)
            expect = "colon"
        elif word in ("{", "["):
            if len(closers) == MAX_REPAIR_DEPTH:
                raise _Unreadable("it is nested too deeply", match.start())
            closers.append("}" if word == "{" else "]")
            out.append(word)
            expect = "key" if word == "{" else "value"
        else:
            out.append(_scalar(text, match, quotes))
            if not closers:
                return out[0], at
            expect = "after"


def _scalar(text, match, quotes):
    """The strict JSON for one scalar token, or _Unreadable; `quotes` as for
    _json_string."""
    kind, word = match.lastgroup, match.group()
    if kind in _STRINGS:
        return _json_string(text, match, quotes)
    if kind == "number" and re.fullmatch(_NUMBER, word):
        return word
    if word in _WORDS:
        return _WORDS[word]
    if word in ("NaN", "Infinity"):
        raise _Unreadable(f"{word} is not JSON", match.start())
    raise _unexpected(text, match)


def _unexpected(text, match):
    if match.end() == len(text):
        # A word or number the answer ends in may be cut: `n` of `null`.
        return _Unreadable("it is cut off before its end", len(text), fatal=True)
    unexpected = excerpt(match.group(), 20).replace("{", "{{").replace("}", "}}")
    return _Unreadable(
        f"it is not valid JSON (unexpected {unexpected!r} at {{where}})",
        match.start(),
        text=text,
    )


def _unreadable(text, at):
    """Why no token starts at `at`."""
    rest = text[at : at + 9]
    if quotes := _CURLY_QUOTES.get(rest[:1]):
        # What ends the string: the next of its quotes, not its closing one
        # (else the token would have matched). Only as far as that is read, so
        # that a hostile answer of quotes stays linear.
        end = re.compile(f"[{quotes}]").search(text, at + 1)
        if end and end.group() == quotes[2]:
            return _Unreadable(
                f"it is not valid JSON (it mixes curly and straight quotes: {quotes[0]}"
                f" at {{where}} is closed by {quotes[2]})",
                at,
                text=text,
            )
        if end:  # a curly string opened inside one
            return _Unreadable(
                f"it is not valid JSON (unexpected {quotes[0]!r} at {{where}})",
                end.start(),
                text=text,
            )
    if len(rest) < 2 or rest[0] in "\"'“‘" or rest.startswith("/*"):
        # The answer ends here, or in a string or comment without its end.
        return _Unreadable("it is cut off before its end", len(text), fatal=True)
    if rest.startswith(("...", "…")):
        return _Unreadable("it leaves items out (`...`)", at, fatal=True)
    if rest == "-Infinity":
        return _Unreadable("-Infinity is not JSON", at)
    unexpected = rest[0].replace("{", "{{").replace("}", "}}")
    return _Unreadable(
        f"it is not valid JSON (unexpected {unexpected!r} at {{where}})", at, text=text
    )


def _skip_value(text, at, depth):
    """Where the brackets of a value that could not be read close, scanning from
    `at` with `depth` still open; None if they never do."""
    token = re.compile(_TOKEN).match
    while depth and at < len(text):
        match = token(text, at)
        if match is None:
            at += 1
            continue
        depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(match.group(), 0)
        at = match.end()
    return None if depth else at


def _strict(text):
    """`(text, value, False)` if `text` is one strict JSON value, else None."""
    try:
        value, end = _json_at(text)
    except ValueError:
        return None
    return (text, value, False) if end == len(text) else None


def _read_whole(text):
    """`(json_text, value, repaired)` if `text` is one JSON value, as written or
    as the inside of a JSON string; ValueError."""
    if strict := _strict(text):
        return strict
    unescaped = _unescaped(text).strip(_SPACES)
    if unescaped and (strict := _strict(unescaped)):
        return strict[0], strict[1], True
    repaired, end = repair_json(text)
    if end != len(text):
        raise _Unreadable("more follows the value", end)
    return repaired, _json_at(repaired)[0], True


def _unescaped(text):
    """The text whose JSON string `text` is the inside of, if every quote in it
    is escaped (`{\\"score\\": 0}`: it has no other reading); else ""."""
    if '\\"' not in text or not re.fullmatch(_ESCAPED_ANSWER, text):
        return ""
    try:
        return _json_at(f'"{text.translate(_CONTROL_ESCAPES)}"')[0]
    except ValueError:  # an escape JSON has not: not a JSON string's inside
        return ""


def _as_written(text, repaired):
    """`(text, value, repaired)`: the value as written if that is strict JSON,
    else as repaired."""
    return _strict(text) or (repaired, _json_at(repaired)[0], True)


def _json_values(answer):
    """`(values, problem)`: the JSON values in an answer, in order, each
    `(text, value, repaired)`, and what was wrong with the last that could not be
    read (or, if none was begun, with the first bracket in the prose).

    The whole answer, if it is one value; else each fenced block that is one,
    and each object or array in the prose, outermost only: a value inside
    another is part of it, not an answer.
    """
    whole = answer.strip(_SPACES)
    problem = None
    if not whole:
        return [], None
    try:
        return [_read_whole(whole)], None
    except ValueError as exc:
        if str(exc).endswith("is not JSON"):
            problem = exc  # NaN: more to the point than "no JSON value"
    values = []
    fences = [m for m in re.finditer(_FENCED_BLOCK, answer) if m.group(1).strip()]
    next_fence = 0
    budget = REPAIR_WORK_PER_CHAR * len(answer) + 10_000
    at = 0
    while budget > 0:
        while next_fence < len(fences) and fences[next_fence].start() < at:
            next_fence += 1
        fence = fences[next_fence] if next_fence < len(fences) else None
        start = re.compile(_VALUE_START).search(answer, at)
        if fence and (start is None or fence.start() < start.start()):
            next_fence += 1
            budget -= len(fence.group(1))
            try:
                values.append(_read_whole(fence.group(1).strip(_SPACES)))
                at = fence.end()
            except ValueError:
                at = fence.start(1)  # what it holds is read as prose
            continue
        if start is None:
            break
        at = start.start()
        # The scanner reads first, json only the span it found: json's errors
        # count the lines before them, which in a long answer costs its length.
        try:
            repaired, end = repair_json(answer, at)
            scanned = end
            values.append(_as_written(answer[at:end], repaired))
        except _Unreadable as exc:
            end, scanned = _past_failure(answer, at, exc)
            # What was read is charged, though the search goes on before its
            # end: a comment of brackets read once per bracket would not be.
            scanned = max(scanned, exc.at)
            if exc.fatal or exc.started:
                # A value begun and broken, cut off or elided: it was the answer
                # so far, and nothing before it may stand in for it.
                values, problem = [], exc
            else:  # a bracket in the prose: what it says is no answer's fault
                problem = problem or exc
        except ValueError as exc:
            problem = exc  # brackets that close, around what json refuses
        budget -= scanned - at
        at = end
    if budget <= 0:  # not searched to its end: what came later may be the answer
        return [], ValueError("it has too many brackets to find the answer among")
    return values, problem


def _past_failure(answer, start, failure):
    """`(where to look on, how far was read)` after a value that could not be
    read: nowhere if it is cut off; right after its first bracket if that was
    prose; else past its closing bracket, so that nothing inside a broken value
    is taken for the answer; or, if that never comes, right after the failure."""
    if failure.fatal and failure.at >= len(answer):
        return len(answer), len(answer)
    if not failure.started:
        return start + 1, start + 1
    end = _skip_value(answer, failure.at, failure.depth)
    return (failure.at + 1, len(answer)) if end is None else (end, end)


def coerce_to_schema(value, schema):
    """`value` with the strings the schema wants as another type turned into it,
    where the string is exactly a JSON value of that type: "4" for an integer,
    "0.85" for a number, "true" for a boolean, "null" for null, a JSON-encoded
    object or array. The schema's type may be a list, its anyOf and oneOf
    options (pydantic's Optional) and local $refs (its nested models) count."""
    try:
        return _coerce(value, schema, schema)
    except (RecursionError, ValueError):
        return value


def _coerce(value, schema, root):
    options = _schema_options(schema, root)
    if isinstance(value, str):
        kinds = {kind for option in options for kind in _schema_types(option)}
        if "string" in kinds:
            return value
        if "integer" in kinds and re.fullmatch(_INTEGER, value):
            return int(value)
        if "number" in kinds and re.fullmatch(_NUMBER, value):
            return _json_at(value)[0]
        if "boolean" in kinds and value in ("true", "false"):
            return value == "true"
        if "null" in kinds and value == "null":
            return None
        if kinds & {"object", "array"} and value.strip()[:1] in ("{", "["):
            if encoded := _strict(value.strip()):
                return _coerce(encoded[1], schema, root)
        return value
    if isinstance(value, dict):
        properties = {}
        for option in reversed(options):  # the first option's property wins
            if isinstance(option.get("properties"), dict):
                properties.update(option["properties"])
        if properties:
            return {
                key: _coerce(item, properties.get(key), root)
                for key, item in value.items()
            }
    if isinstance(value, list):
        items = [option["items"] for option in options if "items" in option]
        if items:
            return [_coerce(item, items[0], root) for item in value]
    return value


def _schema_options(schema, root):
    """The schema and the schemas its anyOf and oneOf admit, local $refs
    followed; none where a $ref leads nowhere."""
    reference = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(reference, str) and reference.startswith("#"):
        schema = root
        for key in filter(None, reference[1:].split("/")):
            key = key.replace("~1", "/").replace("~0", "~")
            schema = schema.get(key) if isinstance(schema, dict) else None
    if not isinstance(schema, dict):
        return []
    options = [schema]
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key) if isinstance(schema.get(key), list) else ():
            options += _schema_options(option, root)
    return options


def extract_json(answer, check=None, schema=None):
    """`(text, value, problem)`: the JSON value in an answer, as printed and
    parsed, and what `check` (a value's problem, or None) says of it.

    The answer's values are the whole answer if it is one; else its fenced blocks
    and the objects and arrays in its prose, each repaired where that is safe
    (see repair_json). The LAST of them, of the schema's type where it names an
    object or an array, is the answer: drafts, examples and values quoted from
    the question come before it. An earlier value never stands in for it, even
    one that passes `check`: if the answer is wrong, it is asked for again. With
    `schema`, a value that fails is tried again with coerce_to_schema. `text` is
    the value as written, or serialised when it was repaired or coerced.
    ValueError says what is wrong.
    """
    values, problem = _json_values(answer)
    kinds = _container_types(schema)
    answers = [found for found in values if type(found[1]) in kinds] or values
    if not answers:
        raise ValueError(str(problem) if problem else "it holds no JSON value")
    text, value, repaired = answers[-1]
    problem = check(value) if check else None
    if problem is not None and schema is not None:
        coerced = coerce_to_schema(value, schema)
        if coerced != value and check(coerced) is None:
            value, repaired, problem = coerced, True, None
    judged = excerpt(text, 60)
    if problem is not None and len(answers) > 1 and judged not in problem:
        # Say which value was judged: the answer shows others (drafts, examples).
        problem = f"{problem}, in its last JSON value, {judged}"
    if problem is None and repaired:
        text = _dumps(value)
    return text, value, problem


def _container_types(schema):
    """The Python types of the objects and arrays `schema` asks for at its top."""
    kinds = schema.get("type") if isinstance(schema, dict) else None
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {
        python for name, python in (("object", dict), ("array", list)) if name in kinds
    }


def _dumps(value):
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        text.encode()
        return text
    except UnicodeEncodeError:  # a lone surrogate: UTF-8 has none, \u escapes do
        return json.dumps(value, allow_nan=False)
    except (RecursionError, ValueError):
        raise ValueError("it is not valid JSON (a number out of range)") from None


def schema_echo(value, schema):
    """Whether `value` is the schema given back rather than a value of it: the
    schema itself, or an object shaped as one (small models do this)."""
    if isinstance(value, dict) and value and value == schema:
        return True
    if not isinstance(value, dict) or not isinstance(value.get("properties"), dict):
        return False
    if not {"type", "$schema", "required"} & value.keys():
        return False
    # Unless the schema asks for an object with such keys itself.
    wanted = schema.get("properties") if isinstance(schema, dict) else None
    return not (isinstance(wanted, dict) and "properties" in wanted)


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

    if schema_echo(value, validator.schema):
        return "it is the schema itself, not a value that matches it"

    try:
        error = best_match(validator.iter_errors(value))
    except RecursionError:
        return "it is nested too deeply"
    except ArithmeticError:  # multipleOf on a huge integer
        return "a number in it is out of range"
    except Unresolvable as exc:
        raise DarkAIError(f"The schema cannot be used: {excerpt(str(exc))}") from None
    if error is None:
        return None
    if error.path:
        return f"{error.message} (at {error.json_path})"
    return error.message


# Settings ------------------------------------------------------------------


def split_url(url, schemes):
    """The parts of `url` if httpx2 can use it with one of `schemes`, else None."""
    try:
        parts = urlsplit(url)
        urlsplit(url.strip()).port  # noqa: B018 - raises ValueError on a bad port
        if parts.hostname:
            parts.hostname.encode("idna")  # as the sync client will, or fail
        scheme = httpx2.URL(url).scheme  # as httpx2 reads it: its IDNA is stricter
    except (ValueError, UnicodeError, httpx2.InvalidURL):
        return None
    if _password_cut_short(parts):
        return None
    return parts if scheme in schemes and parts.hostname else None


# An unescaped `#`, `/` or `?` in a password ends the host early: the URL then
# holds its `@` past the host, and would be sent to the wrong host. An `@` the
# URL means to hold there is written %40, as RFC 3986 allows, or it is refused:
# the two cannot be told apart.
ESCAPE_PASSWORD = "; in a password, write # / ? as %23 %2F %3F, and @ elsewhere as %40"


def _password_cut_short(parts):
    return "@" in parts.path + parts.query + parts.fragment


def _password_advice(url):
    try:
        cut_short = _password_cut_short(urlsplit(url))
    except ValueError:
        cut_short = "@" in url
    return ESCAPE_PASSWORD if cut_short else ""


def check_endpoint(url):
    if split_url(url, ("http", "https")) is None:
        raise ValueError(
            f"{URL_ENV} must be an http or https URL, got {hide_secrets(url)!r}"
            + _password_advice(url)
        )
    return url


def check_proxy(url, where):
    """A proxy URL as httpx2 takes it; `where` names the setting in messages."""
    parts = split_url(url, ("http", "https", "socks5", "socks5h"))
    if parts is None:
        raise ValueError(
            f"{where} must be a proxy URL such as http://host:port "
            f"(http, https, socks5 or socks5h)" + _password_advice(url)
        )
    return parts


def hide_secrets(url):
    """`url` as it may be shown: its user information and query hidden. The
    name goes with the password: a name alone may be a token. Where the URL
    does not read, or a password may have been cut short, which part is whose
    cannot be told: all but its scheme is hidden."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        parts = None
    if parts is None or _password_cut_short(parts):
        if "@" in url:
            scheme = re.match(r"\s*[A-Za-z][\w+.-]*://", url)
            return (scheme.group().strip() if scheme else "") + "***"
        address, question, _ = url.partition("?")
        return address + (question and "?***")
    host = parts.netloc.rpartition("@")[2]
    user = "***@" if "@" in parts.netloc else ""
    query = "***" if parts.query else ""
    return parts._replace(netloc=user + host, query=query).geturl()


def standard_proxies(proxies=None):
    """The standard variables' proxies by scheme, as httpx2 reads them: those
    for http, https and all, a bare `host:port` taken as http://, and none at
    all under NO_PROXY=*. `proxies` is urllib's getproxies(), if read already."""
    from urllib.request import getproxies

    proxies = getproxies() if proxies is None else proxies
    if "*" in (host.strip() for host in proxies.get("no", "").split(",")):
        return {}
    return {
        scheme: proxy if "://" in proxy else f"http://{proxy}"
        for scheme in ("http", "https", "all")
        if (proxy := proxies.get(scheme))
    }


def proxy_variable(scheme):
    """The variable the proxy for `scheme` comes from: the lower-case one wins."""
    lower = f"{scheme}_proxy"
    return lower if os.environ.get(lower) else lower.upper()


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
        timeout_option="-o timeout S",
    ):
        self.url = url
        self.timeout = timeout
        self.retries = retries
        self.proxy = proxy  # None leaves httpx2 to the standard proxy variables
        self.timeout_option = timeout_option  # how the user sets `timeout`: S

    @classmethod
    def resolve(cls, options, environ=os.environ):
        try:
            # Space around a pasted value is no part of it.
            url = check_endpoint(environ.get(URL_ENV, "").strip() or DEFAULT_URL)
            proxy = options.proxy or environ.get(PROXY_ENV, "").strip() or None
            if proxy and not options.proxy:
                check_proxy(proxy, PROXY_ENV)
            for scheme, standard in () if proxy else standard_proxies().items():
                # httpx2 reads them all when it makes a client, and would fail
                # on a bad one with a message that names none (and may show part
                # of its password).
                check_proxy(standard, proxy_variable(scheme))
        except ValueError as exc:
            raise DarkAIError(str(exc)) from None
        return cls(
            url=url,
            timeout=DEFAULT_TIMEOUT if options.timeout is None else options.timeout,
            retries=DEFAULT_RETRIES if options.retries is None else options.retries,
            proxy=proxy,
            # A command line (llm prompt, llm chat) has -o; Python has timeout=.
            timeout_option="-o timeout S"
            if click.get_current_context(silent=True)
            else "timeout=S",
        )

    def proxy_in_use(self):
        """The proxy requests go through: ours, or the standard variables' for
        the endpoint, read by the rules httpx2 reads them by."""
        if self.proxy:
            return self.proxy
        from urllib.request import getproxies, proxy_bypass_environment

        environment = getproxies()
        proxies = standard_proxies(environment)
        parts = urlsplit(self.url)
        proxy = proxies.get(parts.scheme) or proxies.get("all")
        if not proxy or proxy_bypass_environment(parts.hostname, environment):
            return None
        return proxy

    def redact(self, text):
        """`text` without the secrets of the proxy and endpoint URLs: the user
        information (plain or %-decoded, where a URL carries it), the password
        or a name alone anywhere, and the endpoint's query."""
        for url in (self.proxy_in_use(), self.url):
            parts = url and urlsplit(url)
            if not parts:
                continue
            user = parts.netloc.rpartition("@")[0]
            for secret in {user, unquote(user)} - {""}:
                text = text.replace(f"{secret}@", "***@")
            alone = parts.password if user.count(":") else user
            for secret in {alone, unquote(alone or "")} - {"", None}:
                if len(secret) >= 4:  # a shorter one would garble the text
                    text = text.replace(secret, "***")
            if parts.query:
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
        self.attempt_chars = 0  # text received in this attempt
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
        self.event_since = None  # the attempt's start, or its latest event

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
        """Begin an attempt: the arguments of its `client.build_request(...)`."""
        self.attempts += 1
        self.waiting_since = self.event_since = self.clock()
        if self.started is None:
            self.started = self.waiting_since
        self.decoder = EventDecoder()
        self.response, self.accepted = None, False
        self.error_body, self.inflater = b"", None
        self.failure, self.attempt_chars = None, 0
        timeout = self.settings.timeout
        return {
            "method": "POST",
            "url": self.settings.url,
            "content": self.body,
            "headers": HEADERS,
            # No bound on waiting for a free pooled connection: the shells let a
            # request through only when one is free (see `Slots`), and each
            # connection in use is bounded itself.
            "timeout": httpx2.Timeout(
                timeout, connect=min(CONNECT_TIMEOUT, timeout), pool=None
            ),
        }

    def receive(self, response):
        """The answer's status and headers arrived: is its body the event stream?"""
        self.response = response
        self.waiting_since = self.event_since = self.clock()
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
        proxy = self.settings.proxy_in_use()
        if status == 407 and proxy:
            # Only a proxy answers 407: to an http:// endpoint it answers itself.
            return self.error(
                f"The proxy {hide_secrets(proxy)} would not connect to DarkAI at "
                f"{self.settings.url}: HTTP 407 {response.reason_phrase}".strip()
            )
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
        self.waiting_since = now = self.clock()
        events, text = self.decoder.events, ""
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
        if events != self.decoder.events or not self.accepted:
            self.event_since = now
        elif now - self.event_since >= self.settings.timeout and not self.failure:
            # Keep-alive comments, or an event trickling in a byte at a time, are
            # as silent as no data at all: the timeout is for each event.
            waited = duration(now - self.event_since)
            self.failure = self._timed_out(
                f"no complete event for {waited}, though data kept coming"
            )
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
        if decoder.head and not decoder.events and not self.attempt_chars:
            detail = describe_body(decoder.head)
            raise self.error(f"DarkAI's answer was not an event stream: {detail}")
        if not decoder.ended and not self.attempt_chars:
            raise self.error(
                "DarkAI closed the stream without sending any text or stream-end"
            )
        return text

    def _shown(self, text):
        if text:
            if not self.chars:
                self.first_text = self.clock() - self.started
            self.chars += len(text)
            self.attempt_chars += len(text)
        return text

    def error_for(self, exc):
        """The DarkAIError for an httpx2 transport failure."""
        if self.response is not None and not self.accepted:
            return self._rejected()  # an error page, cut short: its status says most
        reason = os_reason(exc) or str(exc) or type(exc).__name__
        waited = duration(self.clock() - self.waiting_since)
        if isinstance(exc, httpx2.TimeoutException) and not isinstance(
            exc, httpx2.ConnectTimeout
        ):
            return self._timed_out(f"no data for {waited}")
        if self.shown:
            return self.error(
                f"DarkAI stream was interrupted after {self.shown} characters: {reason}"
            )
        if self.accepted:  # DarkAI was reached: its answer broke before any was shown
            received = (
                f"after {self.chars} characters" if self.chars else "before any text"
            )
            return self.error(
                f"DarkAI stream was interrupted {received}: {reason}",
                retryable=isinstance(exc, httpx2.TransportError),
            )
        if "CERTIFICATE_VERIFY_FAILED" in reason:
            return self.error(
                f"TLS certificate verification failed for {self.settings.url}: {reason}"
            )
        if isinstance(exc, httpx2.ConnectTimeout):
            reason = f"connection timed out after {waited}"
        proxy = self.settings.proxy_in_use()
        if isinstance(exc, httpx2.RemoteProtocolError) and "disconnected" not in reason:
            # Something answered, but not in HTTP: reached, not unreachable.
            through = f" (through the proxy {hide_secrets(proxy)})" if proxy else ""
            return self.error(
                f"The answer from {self.settings.url}{through} was not valid HTTP: "
                f"{reason}",
                retryable=True,
            )
        # Through a proxy, the only connection made is to the proxy: if that
        # failed, or the proxy would not open the way on, the proxy is the culprit.
        if proxy and isinstance(exc, httpx2.ProxyError):
            return self.error(
                f"The proxy {hide_secrets(proxy)} would not connect to DarkAI at "
                f"{self.settings.url}: {reason}",
                retryable=True,
            )
        if proxy and isinstance(exc, (httpx2.ConnectError, httpx2.ConnectTimeout)):
            return self.error(
                f"Could not reach the proxy {hide_secrets(proxy)} on the way to "
                f"DarkAI at {self.settings.url}: {reason}",
                retryable=True,
            )
        return self.error(
            f"Could not reach DarkAI at {self.settings.url}: {reason}",
            retryable=isinstance(exc, httpx2.TransportError),
        )

    def _timed_out(self, what):
        where = f" after {self.shown} characters" if self.shown else ""
        return self.error(
            f"DarkAI timed out{where}: {what} "
            f"({self.settings.timeout_option} to wait longer)"
        )

    def error(self, message, retryable=False):
        return DarkAIError(self.settings.redact(message), retryable=retryable)

    def retry_delay(self, failure):
        """Seconds to wait before trying again, or raise the DarkAIError for
        `failure` (one already, or an httpx2 error) as the last word.

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
        raise error from None  # the httpx2 error is already told in the message

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
            for _, text in message_turns(message)
        ):
            # format_prompt would send DarkAI a bare "Assistant:". A system
            # prompt alone is sent, as its text, as other llm models send it.
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
        self.recogniser = (
            ToolCallRecogniser({tool.name: tool.input_schema for tool in tools})
            if tools
            else None
        )
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
        calls, text = self.recogniser.finish() if self.recogniser else ([], "")
        response.response_json = self.summary()
        if self.schema:
            return self._check_schema_answer()
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
                answer,
                lambda value: schema_problem(value, self.validator),
                self.schema,
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
        if self.recogniser and self.recogniser.unshown:
            # The model went on to write the tools' results or the next turn
            # itself: fiction the real results replace, kept for the log only.
            summary = {**(summary or {}), "unshown": self.recogniser.unshown}
        return summary


# HTTP shells ---------------------------------------------------------------
# Clients live as long as the process: building one costs ~25 ms, and llm chat
# or a script sends many prompts. One per proxy setting; async ones per loop.
#
# In front of each client's pool, a queue of its own (`Slots`): httpx2 queues the
# requests beyond its pool too, but walks that whole queue each time a connection
# frees up, so 1,000 prompts at once took three times as long as 100 at a time.

POOL_SIZE = 100  # connections per client: at most this many prompts stream at once
KEEPALIVE = 20  # idle connections kept open, as httpx2's default

_sync_clients = {}  # proxy -> (client, slots)
_async_clients = None  # WeakKeyDictionary: loop -> {proxy: (client, keeper, slots)}


def _forget_clients():
    """A forked child must not share the parent's connections, nor its queues'
    state: it makes clients of its own."""
    global _async_clients
    _sync_clients.clear()
    _async_clients = None


if hasattr(os, "register_at_fork"):  # not on Windows, which cannot fork
    os.register_at_fork(after_in_child=_forget_clients)


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
    limits = httpx2.Limits(
        max_connections=POOL_SIZE, max_keepalive_connections=min(KEEPALIVE, POOL_SIZE)
    )
    try:
        # Certificates are always verified: there is no switch to turn that off.
        return factory(proxy=proxy, verify=True, follow_redirects=False, limits=limits)
    except ImportError as exc:  # socks5 without socksio
        raise DarkAIError(
            f"This proxy needs an extra package: pip install 'httpx2[socks]' ({exc})"
        ) from None


def sync_client(proxy):
    """The kept-open client for `proxy`, and the queue in front of it."""
    kept = _sync_clients.get(proxy)
    if kept is None:
        import concurrent.futures

        made = (
            _new_client(httpx2.Client, proxy),
            Slots(POOL_SIZE, concurrent.futures.Future),
        )
        # Threads may race to make the first one: one wins, the others close theirs.
        kept = _sync_clients.setdefault(proxy, made)
        if kept is made:
            import atexit

            atexit.register(made[0].close)
        else:
            made[0].close()
    return kept


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
        keeper = _close_with_loop(clients, proxy)
        slots = Slots(POOL_SIZE, loop.create_future)
        clients[proxy] = (_new_client(httpx2.AsyncClient, proxy), keeper, slots)
        await keeper.__anext__()
    client, _, slots = clients[proxy]
    return client, slots


# A request holds a connection only from `next_request` on, which starts the
# exchange's clocks: a prompt waiting its turn has sent nothing, and waiting is not
# silence from DarkAI. Nor is one held while sleeping before a retry.
#
# An abandoned answer (its loop broken out of, the response dropped) is closed
# when Python collects it, by the `finally` here: its connection and queue slot go
# back then. The response is opened with `send(stream=True)` and closed in that
# same `finally`, not by `client.stream(...)`: that is an async generator of its
# own, which the collector may close separately and at the same time as this one,
# and asyncio then reports "aclose(): asynchronous generator is already running".


def stream_sync(exchange):
    """The answer's text, one string per read (maybe empty), retrying as the
    exchange decides. One piece per read, not per event: texts that arrive
    together are shown together anyway, and llm pays per chunk."""
    client, slots = sync_client(exchange.settings.proxy)
    while True:
        try:
            with slots:
                request = client.build_request(**exchange.next_request())
                response = client.send(request, stream=True)
                try:
                    exchange.receive(response)
                    for data in response.iter_raw():
                        yield exchange.feed(data)
                        if exchange.done:
                            break
                    yield exchange.finish()
                    return
                finally:
                    response.close()
        except (DarkAIError, httpx2.HTTPError) as failure:
            delay = exchange.retry_delay(failure)
        time.sleep(delay)


async def stream_async(exchange):
    """`stream_sync` for asyncio: the same exchange, awaited."""
    import asyncio

    client, slots = await async_client(exchange.settings.proxy)
    while True:
        try:
            async with slots:
                request = client.build_request(**exchange.next_request())
                response = await client.send(request, stream=True)
                try:
                    exchange.receive(response)
                    async for data in response.aiter_raw():
                        yield exchange.feed(data)
                        if exchange.done:
                            break
                    yield exchange.finish()
                    return
                finally:
                    await response.aclose()
        except (DarkAIError, httpx2.HTTPError) as failure:
            delay = exchange.retry_delay(failure)
        await asyncio.sleep(delay)


# Models --------------------------------------------------------------------


@functools.cache
def build_options():
    """The models' options, as a pydantic class, built on first use: creating
    one costs ~0.7 ms, half of this module's import, and every llm command
    imports every plugin, whichever model it uses."""

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


class _SharedDarkAI:
    can_stream = True
    supports_tools = True  # by instruction: see "Tools, by instruction"
    supports_schema = True  # by instruction: see "Schemas, by instruction"
    Options = property(lambda model: build_options())  # llm asks models for it

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
        database = context.params.get("database")  # llm chat -d FILE
        saved = logged(conversation, database) if conversation else False
        if saved:
            exc.reword(
                f"{exc}. The chat has ended; llm chat --cid {conversation.id} "
                f"picks it up again"
            )
        elif saved is None:
            exc.reword(f"{exc}. The chat has ended")
        else:
            exc.reword(f"{exc}. The chat has ended, with nothing saved")
        raise


def logged(conversation, database=None):
    """Whether llm's log holds `conversation`, None if that cannot be told. Its
    responses say nothing: llm chat logs a turn only once its tools are done."""
    import sqlite3
    from pathlib import Path

    path = llm.user_dir() / "logs.db" if database is None else Path(database)
    if not path.exists():
        return False
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        ) as db:
            query = (
                "select id from threads where id = ? "
                "union select id from conversations where id = ?"
            )
            return bool(db.execute(query, [conversation.id] * 2).fetchone())
    except sqlite3.Error:
        return None


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
        # An empty answer is an answer, but not to "Hi": the model is not there.
        verdict = "working" if exchange.chars else "not working: the answer was empty"
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

    @contextlib.contextmanager
    def editing():
        """The user's models, read and written back whole under a lock, so that
        adds and removes run at once (by a script) keep each other's work."""
        path = user_models_path()
        try:
            lock = open(path.with_suffix(".lock"), "a")
        except OSError as exc:
            raise click.ClickException(unwritable(exc, path)) from None
        with lock:
            try:
                import fcntl
            except ImportError:  # Windows: no lock, but never a half-written file
                pass
            else:
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                user = read_user_models(path)
            except ValueError as exc:
                raise click.ClickException(
                    f"{exc}: fix it or delete it first"
                ) from None
            yield user
            save(path, user)

    def unwritable(exc, path):
        return f"Could not write {exc.filename or path}: {exc.strerror}"

    def save(path, user):
        entries = [{"name": n, "aliases": a} for n, a in user.items()]
        # A file of this process's own, so that no other writes into it, made
        # as any new file of the user's is (their umask), then put in place.
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(json.dumps({"models": entries}, indent=2) + "\n")
            os.replace(temporary, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise click.ClickException(unwritable(exc, path)) from None

    @models.command(name="add")
    @click.argument("name")
    @click.option("aliases", "--alias", multiple=True, help="An alias, repeatable")
    def add(name, aliases):
        """Add a model DarkAI offers under NAME, registered as darkai/NAME

        NAME may be given as darkai/NAME too. Example:

            llm darkai models add llama-3-405b --alias l405
        """
        name = name.removeprefix(MODEL_PREFIX) or name
        for value in (name, *aliases):
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]*", value):
                raise click.ClickException(
                    f"{value!r} is not a valid name: use letters, digits and . _ : -"
                )
        if len(set(aliases)) != len(aliases):
            raise click.ClickException("The same alias was given twice")
        with editing() as user:
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
                        f"{value!r} is already taken by the model "
                        f"{taken[value.lower()]}"
                    )
            user[name] = list(aliases)
        click.echo(
            f"Added {MODEL_PREFIX + name}" + "".join(f", alias {a}" for a in aliases)
        )

    @models.command(name="remove")
    @click.argument("name")
    def remove(name):
        "Remove a model you added, by its NAME, darkai/NAME or an alias"
        name = name.removeprefix(MODEL_PREFIX) or name
        with editing() as user:
            models = {**MODELS, **user}
            if name not in models:
                # An alias: the model it stands for. llm matches aliases in any case.
                name = next(
                    (n for n, a in models.items() if name.lower() in map(str.lower, a)),
                    name,
                )
            if name not in user:
                if name in MODELS:
                    raise click.ClickException(
                        f"{name} is built in and cannot be removed"
                    )
                raise click.ClickException(
                    f"No model {name!r} was added with models add"
                )
            del user[name]
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
            settings = Settings.resolve(build_options()(timeout=timeout, retries=0))
        except DarkAIError as exc:
            raise click.ClickException(str(exc)) from None
        settings.timeout_option = "--timeout S"
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
