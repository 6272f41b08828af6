"""A reference reading of DarkAI's event streams, for differential tests.

Written to be obviously right rather than fast: the WHATWG rules for interpreting
an event stream, step by step
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation),
then DarkAI's reading of the events on top. Whole streams only, no cuts.
"""

import json
import re

LINE_END = re.compile(r"\r\n|\r|\n")  # CRLF first: it is one line end, not two


def sse_data(stream):
    """The data of every event a complete byte stream dispatches, in order."""
    text = stream.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    # What follows the last line end is not a line; at the end of the stream the
    # event being assembled is discarded, so it is simply never read.
    lines = LINE_END.split(text)[:-1]
    dispatched = []
    data = ""
    for line in lines:
        if line == "":
            if data:
                dispatched.append(data[:-1])  # without its one trailing LF
            data = ""
            continue
        if line.startswith(":"):
            continue  # a comment
        if ":" in line:
            field, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            field, value = line, ""
        if field == "data":
            data += value + "\n"
        # event, id, retry and unknown fields do not matter to DarkAI's reading
    return dispatched


def darkai_answer(stream):
    """(text, ended, events): the answer text, whether `stream-end` came, and how
    many events (JSON objects) were read, up to and including `stream-end`."""
    texts = []
    ended = False
    events = 0
    for data in sse_data(stream):
        try:
            event = json.loads(data)
        except (ValueError, RecursionError):
            continue
        if not isinstance(event, dict):
            continue
        events += 1
        if event.get("event") == "stream-end":
            ended = True
            break
        if event.get("event") == "text-chunk":
            body = event.get("data")
            text = body.get("text") if isinstance(body, dict) else None
            if isinstance(text, str) and text:
                texts.append(text)
    return fix_surrogates("".join(texts)), ended, events


def fix_surrogates(text):
    """Pair a high surrogate with the low one right after it; any other surrogate
    becomes U+FFFD."""
    out = []
    i = 0
    while i < len(text):
        unit = ord(text[i])
        after = ord(text[i + 1]) if i + 1 < len(text) else 0
        if 0xD800 <= unit <= 0xDBFF and 0xDC00 <= after <= 0xDFFF:
            out.append(chr(0x10000 + ((unit - 0xD800) << 10) + (after - 0xDC00)))
            i += 2
        elif 0xD800 <= unit <= 0xDFFF:
            out.append("\ufffd")
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
