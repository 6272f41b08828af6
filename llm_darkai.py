"""DarkAI's chat models for llm.

The story, top to bottom: what DarkAI offers, how llm learns of it (hooks), the
protocol as pure code (prompt format, event decoder, errors, retry decisions), the
thin sync and async HTTP shells that move bytes for it, the model classes, and the
`llm darkai` commands.

httpx and click are imported where first needed: llm imports every plugin on every
command, so whatever this module imports at the top is paid even by users of other
models.
"""

import json
import math
import os
import random
import re
import time
from urllib.parse import unquote, urlsplit

import llm
from llm.parts import StreamEvent, TextPart
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

DEFAULT_TIMEOUT = 600.0  # seconds, as the original provider
DEFAULT_RETRIES = 2
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
        return {
            entry["name"]: [str(alias) for alias in entry.get("aliases", [])]
            for entry in entries["models"]
        }
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
            import click

            click.echo(f"Warning: {exc}; its models are not loaded", err=True)
        user = {}
    for name, aliases in user.items():
        models.setdefault(name, tuple(aliases))
    return models


# The prompt format ---------------------------------------------------------


def message_text(message):
    return "".join(part.text for part in message.parts if isinstance(part, TextPart))


def format_prompt(messages):
    """DarkAI takes one string: gpt4free's `format_prompt` rule.

    One message goes as its text alone; a chain becomes `Role: text` lines and
    ends with `Assistant:` for the model to complete.
    """
    if len(messages) == 1:
        return message_text(messages[0])
    lines = [f"{m.role.capitalize()}: {message_text(m)}" for m in messages]
    lines.append("Assistant:")
    return "\n".join(lines)


# The event stream ----------------------------------------------------------


class DarkAIError(llm.ModelError):
    """A failure the user sees as one line; `retryable` if trying again may help.

    Messages quote servers (error pages, headers, exception texts): control
    characters are dropped, so none can retitle or clear the user's terminal.
    """

    def __init__(self, message, retryable=False, retry_after=None):
        super().__init__(re.sub(_UNPRINTABLE, " ", message))
        self.retryable = retryable
        self.retry_after = retry_after


# The C scanner behind json.loads, without the Python layers around it: half the
# cost per event, and this is the plugin's hot path. Data it cannot read whole goes
# to EventDecoder._read_unusual.
_scan_json = json.JSONDecoder().scan_once


class EventDecoder:
    """DarkAI's Server-Sent Events: bytes in, answer text out, no I/O.

    Feed it the body in whatever pieces the socket gives; each call returns the text
    of the events it completed (possibly ""). Whatever the cuts, the text is the
    same: a CRLF split between reads is one line end, and only whole lines are
    decoded from UTF-8. What it holds is bounded whatever the server sends: the
    unfinished line and the event being assembled are capped at `max_line`, and a
    huge read is worked through `WINDOW` bytes at a time.

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

    def feed(self, data):
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
        if self._tail:
            start = self._complete_tail(data, start, texts)
        if not self.ended:
            self._read(data, start, cut, texts)
        if not self.ended:
            self._hold(data, cut)
            self._after_cr = cut == len(data) and data[-1] == 13  # b"\r"
        return self._text(texts)

    def close(self):
        """The body ended: finish what an orderly stream would have finished."""
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


# Settings ------------------------------------------------------------------


def split_url(url, schemes):
    """The parts of `url` if httpx can use it with one of `schemes`, else None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return parts if parts.scheme in schemes and parts.hostname else None


def check_endpoint(url):
    if split_url(url, ("http", "https")) is None:
        raise ValueError(
            f"{URL_ENV} must be an http or https URL, got {hide_password(url)!r}"
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


def hide_password(url):
    try:
        password = urlsplit(url).password
    except ValueError:
        return url
    return url if password is None else url.replace(f":{password}@", ":***@", 1)


class Settings:
    """Where and how one prompt is sent, checked before anything is sent."""

    # A plain class, not a dataclass: @dataclass costs ~0.7 ms at import.
    __slots__ = ("url", "timeout", "retries", "proxy")

    def __init__(
        self,
        url=DEFAULT_URL,
        timeout=DEFAULT_TIMEOUT,
        retries=DEFAULT_RETRIES,
        proxy=None,
    ):
        self.url = url
        self.timeout = timeout
        self.retries = retries
        self.proxy = proxy  # None leaves httpx to the standard proxy variables

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

    def redact(self, text):
        """`text` with the passwords of the proxy and endpoint URLs, plain or
        %-encoded, replaced by ***."""
        for url in (self.proxy, self.url):
            password = url and urlsplit(url).password
            if password:
                for secret in {password, unquote(password)}:
                    text = text.replace(secret, "***")
        return text


# One prompt's exchange -----------------------------------------------------


class Exchange:
    """One prompt's trip to DarkAI across attempts: every decision, no I/O.

    The HTTP shells below move bytes and sleep; this says whether an answer is the
    event stream, turns bytes into text, names failures and decides on retries.
    """

    def __init__(self, settings, darkai_model, query):
        self.settings = settings
        self.darkai_model = darkai_model
        self.body = json.dumps({"query": query, "model": darkai_model}).encode()
        self.attempts = 0
        self.chars = 0  # text handed to the user so far, over all attempts
        self.response = None  # the latest answer, once its headers were read
        self.accepted = False  # its body is the event stream
        self.decoder = EventDecoder()
        self.error_body = b""
        self.inflater = None  # a zlib decompressor when the body is compressed
        self.started = None  # when the first attempt began
        self.first_byte = None  # seconds from start to the answer's headers
        self.first_text = None  # seconds from start to the first text

    @property
    def ended(self):
        return self.decoder.ended

    @property
    def status(self):
        return self.response.status_code if self.response else None

    @property
    def done(self):
        """Nothing more of this body is wanted: the stream ended, or enough of an
        error page was kept."""
        if self.accepted:
            return self.decoder.ended
        return len(self.error_body) >= ERROR_BODY_CAP

    def next_request(self):
        """Begin an attempt: the arguments of its `client.stream(...)` call."""
        self.attempts += 1
        if self.started is None:
            self.started = time.perf_counter()
        self.decoder = EventDecoder()
        self.accepted, self.error_body, self.inflater = False, b"", None
        return {
            "method": "POST",
            "url": self.settings.url,
            "content": self.body,
            "headers": HEADERS,
            "timeout": self.settings.timeout,
        }

    def receive(self, response):
        """The answer's status and headers arrived: is its body the event stream?"""
        self.response = response
        if self.first_byte is None:
            self.first_byte = time.perf_counter() - self.started
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
        error.args = (self.settings.redact(str(error)),)
        return error

    def feed(self, data):
        """Text from the next raw piece of the body (an error page's is only kept)."""
        text = ""
        for piece in self._inflated(data):
            if self.accepted:
                text += self.decoder.feed(piece)
                if self.decoder.ended:
                    break
            else:
                self.error_body += piece[: ERROR_BODY_CAP - len(self.error_body)]
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
                self.first_text = time.perf_counter() - self.started
            self.chars += len(text)
        return text

    def failed(self, exc):
        """The DarkAIError for an httpx transport failure."""
        import httpx

        reason = str(exc) or type(exc).__name__
        timeout = self.settings.timeout
        if isinstance(exc, httpx.TimeoutException) and not isinstance(
            exc, httpx.ConnectTimeout
        ):
            where = f" after {self.chars} characters" if self.chars else ""
            return self.error(
                f"DarkAI timed out{where}: no data for {timeout:g} seconds "
                f"(-o timeout S to wait longer)"
            )
        if self.chars:
            return self.error(
                f"DarkAI stream was interrupted after {self.chars} characters: {reason}"
            )
        if "CERTIFICATE_VERIFY_FAILED" in reason:
            return self.error(
                f"TLS certificate verification failed for {self.settings.url}: {reason}"
            )
        if isinstance(exc, httpx.ConnectTimeout):
            reason = f"connection timed out after {timeout:g} seconds"
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
        error = failure if isinstance(failure, DarkAIError) else self.failed(failure)
        if (
            error.retryable
            and not self.chars
            and self.attempts <= self.settings.retries
        ):
            return backoff_delay(self.attempts, error.retry_after)
        if self.attempts > 1:
            error.args = (f"{error.args[0]} (gave up after {self.attempts} attempts)",)
        raise error from None  # the httpx error is already told in the message

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


# HTTP shells ---------------------------------------------------------------
# Clients live as long as the process: building one costs ~25 ms, and llm chat
# or a script sends many prompts. One per proxy setting; async ones per loop.

_sync_clients = {}
_async_clients = None  # WeakKeyDictionary: event loop -> {proxy: (client, keeper)}


def _new_client(factory, proxy):
    try:
        # Certificates are always verified: there is no switch to turn that off.
        return factory(proxy=proxy, verify=True, follow_redirects=False)
    except ImportError as exc:  # socks5 without socksio
        raise DarkAIError(
            f"This proxy needs an extra package: pip install 'httpx[socks]' ({exc})"
        ) from None


def sync_client(proxy):
    client = _sync_clients.get(proxy)
    if client is None:
        import atexit

        import httpx

        client = _sync_clients[proxy] = _new_client(httpx.Client, proxy)
        atexit.register(client.close)
    return client


async def _close_with_loop(clients, proxy):
    # asyncio.run() closes every async generator of its loop before closing the
    # loop, so this one's `finally` closes the client while it still can, and
    # forgets it: a closed client still refers to its loop, which would keep the
    # loop alive as a key of _async_clients.
    try:
        yield
    finally:
        client, _ = clients.pop(proxy)
        await client.aclose()


async def async_client(proxy):
    global _async_clients
    import asyncio

    if _async_clients is None:
        import weakref

        _async_clients = weakref.WeakKeyDictionary()
    clients = _async_clients.setdefault(asyncio.get_running_loop(), {})
    if proxy not in clients:
        import httpx

        keeper = _close_with_loop(clients, proxy)
        clients[proxy] = (_new_client(httpx.AsyncClient, proxy), keeper)
        await keeper.__anext__()
    return clients[proxy][0]


def stream_sync(exchange):
    """The answer's text, one string per read (maybe empty), retrying as the
    exchange decides. One piece per read, not per event: texts that arrive
    together are shown together anyway, and llm pays per chunk."""
    import httpx

    client = sync_client(exchange.settings.proxy)
    while True:
        try:
            with client.stream(**exchange.next_request()) as response:
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

    client = await async_client(exchange.settings.proxy)
    while True:
        try:
            async with client.stream(**exchange.next_request()) as response:
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
                f"Seconds to wait for connecting and for each piece of the "
                f"answer (default {DEFAULT_TIMEOUT:g})"
            ),
        )
        retries: int | None = Field(
            default=None,
            description=(
                f"Times to retry a failed connection, 429 or 5xx before any text "
                f"arrives (default {DEFAULT_RETRIES}, 0 turns retrying off)"
            ),
        )
        proxy: str | None = Field(
            default=None,
            description=(
                f"Proxy URL for DarkAI requests; one with a password goes in "
                f"{PROXY_ENV}, since llm logs -o values"
            ),
        )

        @field_validator("timeout")
        @classmethod
        def _positive_timeout(cls, value):
            if value is not None and not (value > 0 and math.isfinite(value)):
                raise ValueError("timeout must be a positive number of seconds")
            return value

        @field_validator("retries")
        @classmethod
        def _non_negative_retries(cls, value):
            if value is not None and value < 0:
                raise ValueError("retries must be 0 or more")
            return value

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
    Options = _OptionsOnFirstUse()

    def __init__(self, darkai_model):
        self.darkai_model = darkai_model
        self.model_id = MODEL_PREFIX + darkai_model

    def exchange(self, prompt):
        settings = Settings.resolve(prompt.options)
        return Exchange(settings, self.darkai_model, format_prompt(prompt.messages))


class DarkAI(_SharedDarkAI, llm.Model):
    def execute(self, prompt, stream, response, conversation):
        exchange = self.exchange(prompt)
        try:
            for text in stream_sync(exchange):
                if text:
                    yield StreamEvent("text", text)
        finally:
            response.response_json = exchange.summary()


class AsyncDarkAI(_SharedDarkAI, llm.AsyncModel):
    async def execute(self, prompt, stream, response, conversation):
        exchange = self.exchange(prompt)
        try:
            async for text in stream_async(exchange):
                if text:
                    yield StreamEvent("text", text)
        finally:
            response.response_json = exchange.summary()


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
    report = {"endpoint": settings.url, "model": darkai_model}
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
    import click

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
        type=click.FloatRange(min=0, min_open=True),
        default=30.0,
        show_default=True,
        help="Seconds to wait for connecting and for each piece of the answer",
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
        report = probe(settings, darkai_model)
        report["endpoint"] = hide_password(settings.url)
        if settings.proxy:
            report["proxy"] = hide_password(settings.proxy)
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
