"""EventDecoder: bytes in, text out, right for every valid way a stream arrives."""

import json

import pytest

from llm_darkai import DarkAIError, EventDecoder


def sse(event, data_prefix=b"data: ", end=b"\n"):
    return data_prefix + json.dumps(event).encode() + end + end


def chunk(text, **kw):
    return sse({"event": "text-chunk", "data": {"text": text}}, **kw)


STREAM_END = sse({"event": "stream-end"})

# Every valid feature at once: multi-byte UTF-8, CRLF and LF line ends, `data:`
# with and without the space, comments, other fields, unknown event names, lines
# that are not JSON, JSON that is not an event, and an answer after stream-end.
RICH_STREAM = b"".join(
    [
        b": a comment line\n",
        b"retry: 3000\n",
        chunk("Why did "),
        b"event: message\nid: 7\n",
        chunk("the chicken ", end=b"\r\n"),
        chunk("cross ", data_prefix=b"data:"),
        sse({"event": "heartbeat"}),
        b"data: {not json\n\n",
        b"data: [1, 2, 3]\n\n",
        chunk("the road? \u00e9\u00e8 \u4e2d\u6587 \U0001f414"),
        sse({"event": "text-chunk", "data": {"nothing": "here"}}),
        STREAM_END,
        chunk("NOT PART OF THE ANSWER"),
    ]
)
RICH_TEXT = "Why did the chicken cross the road? \u00e9\u00e8 \u4e2d\u6587 \U0001f414"


def decode(pieces, decoder=None):
    decoder = decoder or EventDecoder()
    texts = [decoder.feed(piece) for piece in pieces]
    texts.append(decoder.close())
    return "".join(texts), decoder


def test_protocol_example_decodes_to_the_answer():
    text, decoder = decode(
        [chunk("Why did "), chunk("the chicken cross the road?"), STREAM_END]
    )
    assert text == "Why did the chicken cross the road?"
    assert decoder.ended and decoder.events == 3


def test_every_feature_in_one_read():
    text, decoder = decode([RICH_STREAM])
    assert text == RICH_TEXT
    assert decoder.ended
    # text-chunk x5, heartbeat, stream-end; the junk lines are not events
    assert decoder.events == 7


@pytest.mark.parametrize("cut", range(1, len(RICH_STREAM)))
def test_same_answer_whatever_the_cut(cut):
    text, decoder = decode([RICH_STREAM[:cut], RICH_STREAM[cut:]])
    assert text == RICH_TEXT
    assert decoder.ended and decoder.events == 7


def test_same_answer_one_byte_at_a_time():
    pieces = [RICH_STREAM[i : i + 1] for i in range(len(RICH_STREAM))]
    assert decode(pieces)[0] == RICH_TEXT


MULTI_LINE = b'data: {"event": "text-chunk",\ndata: "data": {"text": "c"}}\n\n'


@pytest.mark.parametrize("line_end", [b"\r\n", b"\r"], ids=["CRLF", "CR"])
def test_crlf_and_cr_line_ends_whatever_the_cut(line_end):
    stream = (chunk("a") + chunk("b") + MULTI_LINE + STREAM_END).replace(
        b"\n", line_end
    )
    for cut in range(len(stream)):
        text, decoder = decode([stream[:cut], stream[cut:]])
        assert text == "abc" and decoder.events == 4


def test_nothing_after_stream_end_is_read():
    decoder = EventDecoder()
    assert decoder.feed(chunk("x") + STREAM_END) == "x"
    assert decoder.feed(chunk("late")) == ""
    assert decoder.close() == ""
    assert decoder.events == 2


def test_multi_line_data_is_joined_as_sse_says():
    stream = b'data: {"event": "text-chunk",\ndata:  "data": {"text": "joined"}}\n\n'
    assert decode([stream])[0] == "joined"


def test_events_without_blank_lines_between_them_are_still_read():
    stream = chunk("a", end=b"\n")[:-1] + chunk("b", end=b"\n")[:-1]
    assert decode([stream])[0] == "ab"


def test_last_event_without_its_blank_line_is_kept_at_close():
    decoder = EventDecoder()
    assert decoder.feed(chunk("a")[:-1]) == ""
    assert decoder.close() == "a"


def test_unterminated_last_line_is_kept_at_close():
    assert decode([chunk("a").rstrip(b"\n")])[0] == "a"


def test_empty_text_chunks_are_dropped():
    assert decode([chunk(""), chunk("x")])[0] == "x"


def test_stream_without_events_has_none():
    text, decoder = decode([b"<html><title>Oops</title></html>"])
    assert text == "" and decoder.events == 0
    assert decoder.head.startswith(b"<html>")


def test_line_longer_than_the_cap_is_an_error():
    decoder = EventDecoder(max_line=1000)
    decoder.feed(b"data: " + b"x" * 900)
    with pytest.raises(DarkAIError, match="longer than 1000 bytes"):
        decoder.feed(b"x" * 200)


def test_long_lines_under_the_cap_are_fine():
    decoder = EventDecoder(max_line=1000)
    event = chunk("y" * 900)
    assert decoder.feed(event[:500]) + decoder.feed(event[500:]) == "y" * 900


def test_held_state_stays_small_however_long_the_answer():
    decoder = EventDecoder()
    piece = chunk("word ") * 1000
    for _ in range(200):
        decoder.feed(piece[:-7])
        decoder.feed(piece[-7:])
        assert len(decoder._tail) < 100 and decoder._data is None
    assert len(decoder.head) == 512


def test_json_padded_with_spaces_is_read():
    assert (
        decode([b'data:   {"event": "text-chunk", "data": {"text": "pad"}}  \n\n'])[0]
        == "pad"
    )


def test_json_with_trailing_junk_is_skipped():
    stream = b'data: {"event": "text-chunk", "data": {"text": "no"}} junk\n\n' + chunk(
        "yes"
    )
    text, decoder = decode([stream])
    assert text == "yes" and decoder.events == 1
