"""llm-darkai's performance, each figure beside a baseline measured in the same run.

    python tests/benchmark.py [--events 200000] [--quick] [--only 2 9]

1. import: `import llm_darkai` after `import llm, llm.cli`, bytecode cached as on a
   user's machine (target: at most 2 ms). llm imports every plugin on every
   command, so the plugin imports jsonschema only where it first needs it and
   builds its options class on first use. Its HTTP stack is llm's own, httpx2,
   which llm has imported already; beside it, what importing httpx, the second
   stack the plugin used before, costs after llm.
2. per-prompt set-up: prompt() to first text, minus a bare httpx2 client kept open
   (target: at most 1 ms more). The plugin opens a new connection per prompt (it
   closes each at stream-end, as some SSE servers keep one open after their last
   event); the bare client does not, so the figure includes that.
3. decoding a long answer through llm's Python API, as a ratio of a bare
   `httpx2.Client.stream(...).iter_lines()` + `json.loads` loop (target: at most
   1.0x, llm's own handling included), and the plugin's own cost: that time minus
   llm's cost for the very chunks the plugin yielded, from a model that does
   nothing else (target: at most 0.75x). The original provider's way of reading
   (1 KiB reads, a buffer cut and re-copied per line) is shown too. The decoder
   cuts each read as bytes at its last line end, decodes those lines once and
   hands each event to json's C scanner; texts read together become one chunk.
4. memory: the peak the plugin holds while streaming a short and a 10x longer
   answer, texts dropped (target: the same).
5. hostile input: seconds per MB for a many-data-line event, a 1 MiB line arriving
   one byte per read and 64 MB of line ends in one read, each at two sizes (flat =
   linear), beside an ordinary answer.
6. the real `llm` CLI, logging on: a one-word, a 10 KB and a 1 MB answer, each
   beside `llm --version` and a null model plugin yielding the same chunks; the
   1 MB answer's cost over the one-word one (target: at most 0.5 s), its peak RSS
   (target: at most 120 MB), and the logging work for the 10 KB answer over the
   null model's (target: at most 1 ms). Ordinary answers log no response_json,
   since llm condenses any response_json against the answer text, at a cost that
   grows with the answer.
7. tool calls: a plain answer through llm's Python API with a tool offered, as a
   ratio of the same answer without (target: at most 1.1x), and the recogniser
   alone in seconds per MB on plain prose and on markdown thick with fences,
   JSON examples and links, beside the event decoder's cost for the same text.
8. schema answers: the first-try rate on the corpus (schema_answer_corpus.py) and
   its per-class table, before (the extract_json of before issue 16, kept below as
   the baseline: strict JSON only, the first value that fits) and after; and the
   cost of extraction per KB of answer, strict and repaired.
9. concurrency: 250, 500, 1,000 and 2,000 prompts at once, each answer a fixed
   time long, async through llm's Python API (asyncio.gather) and sync from up to
   1,000 threads, beside the ideal (100 connections at a time) and beside a bare
   httpx2 loop with a semaphore of 100 in front of its client (target: 2,000 async
   prompts within 1.5x of the ideal, each doubling at most 2.2x; sync alike).
   Beyond its 100 connections httpx2 queues requests in a list it walks on every
   release, at a cost that grows with the square of the queue: the plugin queues
   them itself, first come first served. Each answer is 1.5 s long (6 events 0.3 s
   apart); --quick sends 250 and 500 prompts of 0.25 s answers, a smoke run whose
   ratios are mostly per-prompt overhead.
10. one HTTP stack: the wall and CPU time of `llm -m darkai hi` against the local
   server, the plugin as it is beside the plugin at BEFORE_HTTPX2 (the last on
   httpx, read from git), run alternately through the same runner, neither
   installed. Skipped where git or httpx is missing (pytest-httpx2 brings httpx).

The local servers run in separate processes, so they do not share the GIL with
what is measured. Machines are noisy: read the ratios, not the absolute times.
"""

import argparse
import asyncio
import concurrent.futures
import importlib.util
import json
import multiprocessing
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from darkai_server import STREAM_END, DarkAIServer, Reply, text_event  # noqa: E402


def long_answer(events, text="word{n} "):
    return (
        b"".join(text_event(text.format(n=n)) for n in range(events - 1)) + STREAM_END
    )


def serve(default, ready):
    server = DarkAIServer(default=default)
    ready.put(server.url)
    server.httpd.serve_forever()


def start_server(default):
    ready = multiprocessing.Queue()
    process = multiprocessing.Process(target=serve, args=(default, ready), daemon=True)
    process.start()
    return process, ready.get(timeout=30)


def ms(seconds):
    return f"{seconds * 1000:8.2f} ms"


# 1. Import -----------------------------------------------------------------

IMPORT_PROBE = """
import time, llm, llm.cli
started = time.perf_counter()
import {module}
print(time.perf_counter() - started)
"""


def import_seconds(module, runs):
    env = {**os.environ, "LLM_LOAD_PLUGINS": ""}  # llm must not import it first
    # Bytecode is written as on a user's machine, so measure the cached import.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = IMPORT_PROBE.format(module=module)
    subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True
    )
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def bench_import(runs):
    plugin = import_seconds("llm_darkai", runs)
    floor = import_seconds("this_is_empty", runs)
    httpx2_cost = import_seconds("httpx2", runs)
    print(f"1. Import, after `import llm, llm.cli` (median of {runs})")
    print(f"   import llm_darkai          {ms(plugin)}   target <= 2 ms")
    print(f"   import an empty module     {ms(floor)}   (the import machinery)")
    print(
        f"   import httpx2              {ms(httpx2_cost)}   (llm's, imported already)"
    )
    if importlib.util.find_spec("httpx") is None:
        print("   import httpx               not installed here")
    else:
        httpx_cost = import_seconds("httpx", runs)
        print(
            f"   import httpx               {ms(httpx_cost)}   "
            f"(a second stack: what the plugin paid before)"
        )
    return plugin


# 2. Per-prompt set-up ------------------------------------------------------


def first_text_bare(client, url):
    started = time.perf_counter()
    with client.stream(
        "POST",
        url,
        content=b'{"query": "hi", "model": "llama-3-70b"}',
        headers={"accept": "text/event-stream", "content-type": "application/json"},
    ) as response:
        elapsed = None
        for line in response.iter_lines():  # to the end, so the connection is kept
            if elapsed is None and line.startswith("data:"):
                event = json.loads(line[5:])
                if event.get("event") == "text-chunk":
                    elapsed = time.perf_counter() - started
    return elapsed


def first_text_plugin(model):
    started = time.perf_counter()
    response = model.prompt("hi")
    iterator = iter(response)
    next(iterator)
    elapsed = time.perf_counter() - started
    for _ in iterator:
        pass
    return elapsed


def bench_setup(url, runs):
    import httpx2
    import llm

    os.environ["LLM_DARKAI_URL"] = url
    model = llm.get_model("darkai")
    client = httpx2.Client()
    first_text_plugin(model)  # the plugin's client is made once per process
    first_text_bare(client, url)
    bare, plugin = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        bare.append(first_text_bare(client, url))
        plugin.append(first_text_plugin(model))
    bare, plugin = statistics.median(bare), statistics.median(plugin)
    async_bare, async_plugin = asyncio.run(async_setup(url, runs))
    print(f"2. Per-prompt set-up: prompt() to first text (median of {runs})")
    print(f"   bare httpx2 client reused  {ms(bare)}")
    print(f"   llm + llm-darkai           {ms(plugin)}")
    print(f"   difference                 {ms(plugin - bare)}   target <= 1 ms")
    print(f"   async: bare AsyncClient    {ms(async_bare)}")
    print(f"   async: llm + llm-darkai    {ms(async_plugin)}")
    async_difference = async_plugin - async_bare
    print(f"   async: difference          {ms(async_difference)}   target <= 1 ms")
    return plugin - bare


async def async_first_text_bare(client, url):
    started = time.perf_counter()
    async with client.stream("POST", url, content=b'{"query": "hi"}') as response:
        elapsed = None
        async for line in response.aiter_lines():
            if elapsed is None and line.startswith("data:"):
                event = json.loads(line[5:])
                if event.get("event") == "text-chunk":
                    elapsed = time.perf_counter() - started
    return elapsed


async def async_first_text_plugin(model):
    started = time.perf_counter()
    iterator = aiter(model.prompt("hi"))
    await anext(iterator)
    elapsed = time.perf_counter() - started
    async for _ in iterator:
        pass
    return elapsed


async def async_setup(url, runs):
    import httpx2
    import llm

    model = llm.get_async_model("darkai")
    async with httpx2.AsyncClient() as client:
        await async_first_text_plugin(model)
        await async_first_text_bare(client, url)
        bare, plugin = [], []
        for _ in range(runs):
            bare.append(await async_first_text_bare(client, url))
            plugin.append(await async_first_text_plugin(model))
    return statistics.median(bare), statistics.median(plugin)


# 3. Decoding ---------------------------------------------------------------


def read_bare(client, url):
    count = 0
    with client.stream("POST", url, content=b"{}") as response:
        for line in response.iter_lines():
            if line.startswith("data:"):
                event = json.loads(line[5:])
                if event.get("event") == "text-chunk":
                    count += 1
                elif event.get("event") == "stream-end":
                    break
    return count


def read_original_style(client, url):
    """The original provider's way: 1 KiB reads, a buffer cut and re-copied per line."""
    count = 0
    buffer = b""
    with client.stream("POST", url, content=b"{}") as response:
        for chunk in response.iter_bytes(1024):
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                line = line.strip().decode()
                if line.startswith("data: "):
                    try:
                        event = json.loads(line[6:])
                    except json.JSONDecodeError:
                        continue
                    if event.get("event") == "text-chunk":
                        count += 1
                    elif event.get("event") == "stream-end":
                        return count
    return count


def read_plugin(model, chunks=None):
    # Texts that arrive in one read come as one chunk: count the words.
    count = 0
    for chunk in model.prompt("long"):
        count += chunk.count("word")
        if chunks is not None:
            chunks.append(chunk)
    return count


def null_model(chunks):
    """A model that yields `chunks` and does nothing else: llm's own cost."""
    import llm

    class Null(llm.Model):
        model_id = "null"
        can_stream = True

        def execute(self, prompt, stream, response, conversation):
            yield from chunks

    return Null()


def timed(function, *args):
    started = time.perf_counter()
    count = function(*args)
    return time.perf_counter() - started, count


def bench_decoding(url, events, runs):
    import httpx2
    import llm

    os.environ["LLM_DARKAI_URL"] = url
    model = llm.get_model("darkai")
    chunks = []
    read_plugin(model, chunks)  # the chunks llm gets, for the null model
    null = null_model(chunks)
    client = httpx2.Client()
    results = {"bare": [], "original": [], "plugin": [], "null": []}
    for _ in range(runs):
        for name, run in (
            ("bare", lambda: timed(read_bare, client, url)),
            ("original", lambda: timed(read_original_style, client, url)),
            ("plugin", lambda: timed(read_plugin, model)),
            ("null", lambda: timed(read_plugin, null)),
        ):
            seconds, count = run()
            assert count == events - 1, (name, count)
            results[name].append(seconds)
    bare, original, plugin, null_cost = (
        statistics.median(results[k]) for k in ("bare", "original", "plugin", "null")
    )
    own = plugin - null_cost
    print(f"3. Decoding a {events:,}-event answer (median of {runs})")
    print(f"   bare iter_lines + json.loads{ms(bare)}   1.00x")
    print(f"   original-style reading     {ms(original)}   {original / bare:.2f}x")
    print(
        f"   llm + llm-darkai           {ms(plugin)}   {plugin / bare:.2f}x   "
        f"target <= 1.0x"
    )
    print(f"   llm alone ({len(chunks):,} chunks)    {ms(null_cost)}")
    print(
        f"   llm-darkai's own cost      {ms(own)}   {own / bare:.2f}x   target <= 0.75x"
    )
    return own / bare


# 4. Memory -----------------------------------------------------------------


def plugin_peak(url, events):
    import llm_darkai

    settings = llm_darkai.Settings(url=url)
    exchange = llm_darkai.Exchange(settings, "llama-3-70b", f"{events}")
    tracemalloc.start()
    count = sum(text.count("word") for text in llm_darkai.stream_sync(exchange))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == events - 1
    return peak


def bench_memory(short_url, long_url, short, long):
    plugin_peak(short_url, short)  # warm: client, pools, caches
    small, large = plugin_peak(short_url, short), plugin_peak(long_url, long)
    print(
        "4. Memory the plugin holds while streaming (tracemalloc peak, texts dropped)"
    )
    print(f"   {short:>9,} events          {small / 1024:8.1f} KiB")
    print(
        f"   {long:>9,} events          {large / 1024:8.1f} KiB   "
        f"{large / small:.2f}x for {long // short}x the answer   target: ~1x"
    )
    return large / small


# 5. Hostile input ----------------------------------------------------------


def many_data_line_events(size):
    """Events of about 1 MB each, their JSON spread over 64-byte `data:` lines."""
    padding = b"data: " + b" " * 57 + b"\n"
    lines = (1000 * 1000 - 200) // len(padding)
    event = (
        b'data: {"event": "text-chunk",\n'
        + padding * lines
        + b'data: "data": {"text": "word "}}\n\n'
    )
    return event * max(1, size // len(event))


def long_line(size):
    return (
        b'data: {"event": "text-chunk", "data": {"text": "' + b"x" * size + b'"}}\n\n'
    )


def decode_seconds_per_mb(body, read_size):
    from llm_darkai import EventDecoder

    decoder = EventDecoder()
    pieces = [body[i : i + read_size] for i in range(0, len(body), read_size)]
    started = time.perf_counter()
    for piece in pieces:
        decoder.feed(piece)
    decoder.close()
    return (time.perf_counter() - started) / (len(body) / 1e6)


def bench_hostile(events, scale=1):
    """`scale` below 1 shrinks every input, for a quick smoke run."""
    ordinary = decode_seconds_per_mb(long_answer(events), 1 << 16)
    print("5. Hostile input: seconds per MB, at two sizes (flat = linear)")
    print(f"   ordinary answer, 64 KiB reads       {ordinary:8.4f} s/MB")
    mb = 1 << 20
    cases = (
        ("many-data-line events, 64 KiB reads", many_data_line_events, 2, 8, 1 << 16),
        ("a long line, one byte per read     ", long_line, 0.25, 1, 1),
        ("bare line ends, all in one read    ", lambda n: b"\n" * n, 16, 64, None),
    )
    ratios = []
    for label, make, small, large, read_size in cases:
        small, large = int(small * mb * scale), int(large * mb * scale)
        figures = []
        for size in (small, large):
            body = make(size - 200 if make is long_line else size)
            figures.append(decode_seconds_per_mb(body, read_size or len(body)))
        ratios.append(figures[1] / figures[0])
        print(
            f"   {label} {figures[0]:8.4f} and {figures[1]:8.4f} s/MB "
            f"({small / 1e6:.1f} and {large / 1e6:.1f} MB): {ratios[-1]:.2f}x, "
            f"{figures[1] / ordinary:.1f}x an ordinary answer"
        )
    return ratios


# 6. The CLI ------------------------------------------------------------------

NULL_PLUGIN = """
import json, os
import llm


class Null(llm.Model):
    \"\"\"Yields the chunks the benchmark recorded from llm-darkai, nothing else.\"\"\"

    model_id = "null"
    can_stream = True

    def execute(self, prompt, stream, response, conversation):
        with open(os.environ["NULL_CHUNKS"]) as file:
            yield from json.load(file)


@llm.hookimpl
def register_models(register):
    register(Null())
"""

CLI_RUNNER = """
import atexit, os, sys

import null_plugin
from llm.plugins import pm


@atexit.register
def report_peak_memory():
    # The child's own peak: getrusage would count the benchmark it was forked from.
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    os.write(2, f"\\n{peak}".encode())


pm.register(null_plugin, name="benchmark-null")
from llm.cli import cli

cli()
"""


def run_cli(scratch, args, chunks_file):
    """Seconds and peak RSS (MB) of one run of the llm CLI, output discarded."""
    env = {**os.environ, "NULL_CHUNKS": str(chunks_file)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(scratch / "cli_runner.py"), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    stderr = process.stderr.read().decode()
    process.wait()
    seconds = time.perf_counter() - started
    assert process.returncode == 0, stderr
    peak_kb = int(stderr.rsplit("VmHWM:", 1)[1].split()[0])
    return seconds, peak_kb / 1024


def logging_ms(model, null, runs):
    """What logging a response costs, through llm's own log_to_db: the plugin's
    response and the null model's, interleaved after one warm-up each."""
    import sqlite_utils
    from llm.migrations import migrate

    times = {"plugin": [], "null": []}
    for run in range(runs + 1):
        for name, source in (("plugin", model), ("null", null)):
            response = source.prompt("x")
            response.text()
            db = sqlite_utils.Database(memory=True)
            migrate(db)
            started = time.perf_counter()
            response.log_to_db(db)
            if run:
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def bench_cli(scratch, answers, runs):
    import llm

    (scratch / "null_plugin.py").write_text(NULL_PLUGIN)
    (scratch / "cli_runner.py").write_text(CLI_RUNNER)
    model = llm.get_model("darkai")
    print(f"6. The llm CLI, logging on, output to /dev/null (median of {runs})")
    print("   each through one runner that also registers a null model plugin")
    version = [run_cli(scratch, ["--version"], scratch / "none") for _ in range(runs)]
    base_seconds = statistics.median(v[0] for v in version)
    base_rss = statistics.median(v[1] for v in version)
    print(
        f"   llm --version                     {ms(base_seconds)}  {base_rss:6.1f} MB"
    )
    results = {}
    for label, url in answers:
        os.environ["LLM_DARKAI_URL"] = url
        chunks = [str(chunk) for chunk in model.prompt("x")]
        chunks_file = scratch / f"chunks-{len(results)}.json"
        chunks_file.write_text(json.dumps(chunks))
        rows = {}
        for name, args in (
            ("darkai", ["-m", "darkai", "x"]),
            ("null", ["-m", "null", "x"]),
        ):
            figures = [run_cli(scratch, args, chunks_file) for _ in range(runs)]
            rows[name] = (
                statistics.median(f[0] for f in figures),
                max(f[1] for f in figures),
            )
        results[label] = rows
        size = sum(map(len, chunks))
        print(
            f"   {label:<8} {size:>9,} chars, {len(chunks):>4} chunks: "
            f"llm-darkai {ms(rows['darkai'][0])} {rows['darkai'][1]:6.1f} MB   "
            f"null model {ms(rows['null'][0])} {rows['null'][1]:6.1f} MB"
        )
        if label == "10 KB":
            logged = logging_ms(model, null_model(chunks), max(runs, 5))
            print(
                f"   logging the 10 KB answer (log_to_db): llm-darkai "
                f"{logged['plugin']:.2f} ms, null model {logged['null']:.2f} ms, "
                f"difference {logged['plugin'] - logged['null']:.2f} ms   "
                f"target <= 1 ms"
            )
    word, large = results["one word"]["darkai"], results["long"]["darkai"]
    print(
        f"   long answer over a one-word one  {ms(large[0] - word[0])}   "
        f"target <= 500 ms for 1 MB"
    )
    print(
        f"   peak RSS for the long answer     {large[1]:8.1f} MB   "
        f"target <= 120 MB for 1 MB"
    )
    return results


# 7. Tool calls ----------------------------------------------------------------


def read_with_tool(model):
    count = 0
    for chunk in model.prompt("long", tools=[llm_version_tool()]):
        count += chunk.count("word")
    return count


def llm_version_tool():
    import llm
    from llm.tools import llm_version

    return llm.Tool.function(llm_version)


MARKDOWN = (
    "Here is how to configure it, step by step [1]:\n\n"
    '```json\n{"name": "demo", "version": "1.0.0", "scripts": '
    '{"test": "pytest"}}\n```\n\n'
    'Then call `get({"id": 3})` or see [the docs](https://example.org/a_b).\n'
    "A set {x | x > 0} and a list [1, 2, 3] are fine; <b>bold</b> too.\n\n"
)


def recogniser_seconds_per_mb(text, runs):
    import llm_darkai

    pieces = [text[i : i + 64] for i in range(0, len(text), 64)]
    best = float("inf")
    for _ in range(runs):
        recogniser = llm_darkai.ToolCallRecogniser(["get_weather", "add"])
        started = time.perf_counter()
        shown = "".join(map(recogniser.feed, pieces)) + recogniser.finish()[1]
        best = min(best, time.perf_counter() - started)
        assert shown == text
    return best / (len(text.encode()) / 1e6)


def bench_tool_calls(url, events, runs):
    import llm

    os.environ["LLM_DARKAI_URL"] = url
    model = llm.get_model("darkai")
    plain, with_tool = [], []
    for _ in range(runs):
        for results, read in ((plain, read_plugin), (with_tool, read_with_tool)):
            seconds, count = timed(read, model)
            assert count == events - 1
            results.append(seconds)
    plain, with_tool = statistics.median(plain), statistics.median(with_tool)
    print(f"7. Tool calls (median of {runs}; recogniser: best of {runs})")
    print(f"   {events:,}-event answer, no tools   {ms(plain)}   1.00x")
    print(
        f"   the same, a tool offered    {ms(with_tool)}   {with_tool / plain:.2f}x"
        f"   target <= 1.1x"
    )
    prose = (
        "The quick brown fox jumps over the lazy dog; it was (quite) fast. " * 16_000
    )
    markdown = MARKDOWN * (len(prose) // len(MARKDOWN))
    body = b"".join(text_event(piece) for piece in re.findall(".{1,64}", prose, re.S))
    # the decoder's seconds per MB of the text it yields, as the recogniser's
    decoder = decode_seconds_per_mb(body, 1 << 16) * len(body) / len(prose.encode())
    for label, text in (("plain prose", prose), ("markdown, JSON", markdown)):
        cost = recogniser_seconds_per_mb(text, runs)
        print(
            f"   recogniser, {label:15} {cost:8.4f} s/MB   "
            f"{cost / decoder:.2f}x the event decoder's {decoder:.4f} s/MB"
        )


# 8. Schema answers ------------------------------------------------------------


# The baseline for 8: extract_json as it was before issue 16, kept only here.
def extract_json_before(answer, check=None):
    import re

    decode = json.JSONDecoder().raw_decode
    problems, first = [], None

    def candidates():
        blocks = re.findall(r"(?is)```[ \t]*(?:json)?[ \t]*\r?\n(.*?)```", answer)
        for candidate in (answer.strip(), *(block.strip() for block in blocks)):
            try:
                value, end = decode(candidate)
            except (ValueError, RecursionError):
                continue
            if end == len(candidate):
                yield candidate, value
        for tried, start in enumerate(re.finditer(r"[{\[]", answer)):
            if tried == 100:
                break
            try:
                value, end = decode(answer, start.start())
            except (ValueError, RecursionError) as exc:
                problems.append(exc)
                continue
            yield answer[start.start() : end], value

    for text, value in candidates():
        problem = check(value) if check else None
        if problem is None:
            return text, value, None
        first = first or (text, value, problem)
    if first:
        return first
    raise ValueError("no JSON value")


def bench_schema_answers(runs, scale=1):
    """`scale` below 1 shrinks the hostile answers, for a quick smoke run."""
    from schema_answer_corpus import ASK_AGAIN, CASES
    from test_schema_corpus import (
        HOSTILE,
        OUTCOMES,
        extract_with_schema,
        table_text,
        tally,
    )

    def hostile_extraction(answer):
        try:
            extract_with_schema(answer, {"type": "object"})
        except ValueError:
            pass

    from llm_darkai import extract_json, schema_validator

    def before(answer, schema):
        validator = schema_validator(schema)  # jsonschema alone, as before

        def check(value):
            error = next(iter(validator.iter_errors(value)), None)
            return None if error is None else error.message

        return extract_json_before(answer, check)

    print(f"8. Schema answers (extraction: best of {runs})")
    rates = {}
    for name, extract in (("before", before), ("after", extract_with_schema)):
        table = tally(extract)
        print(f"schema corpus, {name}:\n{table_text(table)}")
        right = sum(counts[OUTCOMES[0]] for counts in table.values())
        rates[name] = right
    with_value = sum(case.expected is not ASK_AGAIN for case in CASES)
    strict = json.dumps([{"name": f"dog {n}", "age": n} for n in range(30)])
    repaired = strict.replace('"name"', "name").replace("}", ",}")
    costs = []
    for answer in (strict, "Here:\n```json\n" + repaired + "\n```"):
        kb = len(answer) / 1000
        seconds = min(timed(extract_json, answer)[0] for _ in range(runs))
        costs.append(f"{seconds * 1e6 / kb:.0f} µs/KB")
    sizes = (int(5_000 * scale), int(40_000 * scale))
    for hostile in HOSTILE:
        small, large = (
            min(timed(hostile_extraction, hostile(n))[0] for _ in range(3))
            for n in sizes
        )
        print(
            f"   hostile {hostile(3)[:20]!r:24} {small:7.3f} s and {large:7.3f} s at "
            f"{sizes[0]:,} and {sizes[1]:,} repetitions: {large / small:5.1f}x "
            f"(linear: 8x)"
        )
    print(
        f"schema answers: right first time {rates['before']}/{with_value} "
        f"before, {rates['after']}/{with_value} after (of the answers that "
        f"hold a value; {len(CASES)} answers in all); extraction "
        f"{costs[0]} strict, {costs[1]} repaired"
    )


# 9. Concurrency --------------------------------------------------------------

POOL = 100  # httpx2's connections per client, and the plugin's queue in front
CROWDS = (250, 500, 1000, 2000)  # --quick: the first two
MOST_THREADS = 1000


def timed_answer(quick):
    """An answer a fixed time long: 6 events, 0.3 s apart (0.05 s when quick)."""
    gap = 0.05 if quick else 0.3
    return Reply(chunks=[f"word{n} " for n in range(6)], delay=gap), 5 * gap


EXPECTED = "".join(f"word{n} " for n in range(6))


def bare_text(client, url, gate):
    with gate, client.stream("POST", url, content=b'{"query": "x"}') as response:
        return "".join(
            json.loads(line[5:])["data"]["text"]
            for line in response.iter_lines()
            if line.startswith("data:") and "text-chunk" in line
        )


async def bare_text_async(client, url, gate):
    async with gate, client.stream("POST", url, content=b'{"query": "x"}') as answer:
        return "".join(
            [
                json.loads(line[5:])["data"]["text"]
                async for line in answer.aiter_lines()
                if line.startswith("data:") and "text-chunk" in line
            ]
        )


async def crowd_async(prompts, url, plugin):
    import httpx2
    import llm

    if plugin:
        model = llm.get_async_model("darkai")
        responses = [model.prompt(f"n{n}") for n in range(prompts)]
        return await asyncio.gather(*(response.text() for response in responses))
    gate = asyncio.Semaphore(POOL)
    async with httpx2.AsyncClient(timeout=None) as client:
        return await asyncio.gather(
            *(bare_text_async(client, url, gate) for _ in range(prompts))
        )


def crowd_sync(prompts, url, plugin):
    import httpx2
    import llm

    threads = min(prompts, MOST_THREADS)
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        if plugin:
            model = llm.get_model("darkai")
            return list(
                pool.map(lambda n: model.prompt(f"n{n}").text(), range(prompts))
            )
        gate = threading.Semaphore(POOL)
        with httpx2.Client(timeout=None) as client:
            return list(
                pool.map(lambda _: bare_text(client, url, gate), range(prompts))
            )


def crowd_seconds(mode, prompts, url, plugin):
    started = time.perf_counter()
    if mode == "async":
        texts = asyncio.run(crowd_async(prompts, url, plugin))
    else:
        texts = crowd_sync(prompts, url, plugin)
    seconds = time.perf_counter() - started
    assert texts == [EXPECTED] * prompts, (mode, plugin, set(texts) - {EXPECTED})
    return seconds


def bench_concurrency(url, answer_seconds, crowds=CROWDS):
    import llm

    os.environ["LLM_DARKAI_URL"] = url
    assert llm.get_model("darkai").prompt("warm").text() == EXPECTED
    print(
        f"9. Concurrency: prompts at once, each answer {answer_seconds:g} s long; "
        f"ideal: {POOL} at a time"
    )
    print(
        "   prompts     ideal   llm-darkai  /ideal  /half   "
        "bare httpx2+semaphore /ideal  /half"
    )
    verdicts = {}
    for mode in ("async", "sync"):
        sizes = [n for n in crowds if mode == "async" or n <= MOST_THREADS]
        title = (
            "async: llm.get_async_model, asyncio.gather"
            if mode == "async"
            else f"sync: llm.get_model, one thread a prompt (at most {MOST_THREADS})"
        )
        print(f"   {title}")
        previous = {}
        worst_doubling = 0.0
        for prompts in sizes:
            ideal = -(-prompts // POOL) * answer_seconds
            row = f"   {prompts:>7,} {ideal:8.2f} s"
            for plugin in (True, False):
                seconds = crowd_seconds(mode, prompts, url, plugin)
                doubling = seconds / previous[plugin] if plugin in previous else None
                if plugin and doubling:
                    worst_doubling = max(worst_doubling, doubling)
                previous[plugin] = seconds
                half = f"{doubling:5.2f}x" if doubling else "      "
                row += f" {seconds:9.2f} s  {seconds / ideal:5.2f}x {half}"
                if plugin:
                    row += "      "
                    last = seconds / ideal
            print(row, flush=True)
        verdicts[mode] = (last, worst_doubling)
        print(
            f"   {mode}: {sizes[-1]:,} prompts at {last:.2f}x the ideal (target <= "
            f"1.5x), worst doubling {worst_doubling:.2f}x (target <= 2.2x)"
        )
    return verdicts


# 10. One HTTP stack -------------------------------------------------------------

BEFORE_HTTPX2 = "5c4c8cf"  # the plugin's last commit on httpx

PLUGIN_RUNNER = """
import importlib.util, os, sys

from llm.plugins import pm

# The plugin from a file, not its installed entry point (LLM_LOAD_PLUGINS is
# empty): the same runner serves the plugin as it is and as it was.
spec = importlib.util.spec_from_file_location("llm_darkai", os.environ["PLUGIN_FILE"])
plugin = sys.modules["llm_darkai"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(plugin)
pm.register(plugin, name="darkai")
from llm.cli import cli

cli()
"""


def prompt_seconds(scratch, plugin_file):
    """Wall and CPU seconds of one `llm -m darkai hi`: on a busy machine the CPU
    time, the process's own, varies less."""
    import resource

    env = {**os.environ, "PLUGIN_FILE": str(plugin_file), "LLM_LOAD_PLUGINS": ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # cached, as on a user's machine
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(scratch / "plugin_runner.py"), "-m", "darkai", "hi"],
        capture_output=True,
        text=True,
        env=env,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    assert result.stdout == "llama-3-70b heard: hi\n", result.stderr
    return seconds, cpu


def bench_one_stack(scratch, url, runs):
    print(
        f"10. One HTTP stack: `llm -m darkai hi` against the local server "
        f"(median of {runs})"
    )
    before_file = scratch / "before" / "llm_darkai.py"
    before_file.parent.mkdir()
    try:
        source = subprocess.run(
            ["git", "-C", str(HERE), "show", f"{BEFORE_HTTPX2}:llm_darkai.py"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        print(f"   before: skipped, git cannot show {BEFORE_HTTPX2} here")
        return None
    if importlib.util.find_spec("httpx") is None:
        print("   before: skipped, it needs httpx, not installed here")
        return None
    before_file.write_bytes(source)
    (scratch / "plugin_runner.py").write_text(PLUGIN_RUNNER)
    os.environ["LLM_DARKAI_URL"] = url
    plugins = {"before": before_file, "after": HERE.parent / "llm_darkai.py"}
    times = {name: [] for name in plugins}
    for run in range(runs + 1):  # the first writes bytecode caches: not counted
        for name, plugin_file in plugins.items():  # alternately, as drift goes
            figures = prompt_seconds(scratch, plugin_file)
            if run:
                times[name].append(figures)
    before, after = (
        [statistics.median(f[i] for f in times[name]) for i in (0, 1)]
        for name in plugins
    )
    print("                                  wall         CPU")
    for label, (wall, cpu) in (
        (f"before ({BEFORE_HTTPX2}, httpx)", before),
        ("after (httpx2, llm's own)", after),
        ("saved per prompt", (before[0] - after[0], before[1] - after[1])),
    ):
        print(f"   {label:<27}{ms(wall)}  {ms(cpu)}")
    return before, after


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument(
        "--only",
        type=int,
        nargs="*",
        help="the numbered sections to run (default: all)",
    )
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="llm-darkai-benchmark-"))
    (scratch / "this_is_empty.py").write_text("")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(scratch), os.environ.get("PYTHONPATH", "")]
    )
    os.environ["LLM_USER_PATH"] = str(scratch / "llm-user")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "LLM_DARKAI_PROXY"):
        os.environ.pop(name, None)
        os.environ.pop(name.lower(), None)

    print(
        f"llm-darkai benchmark: {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.platform()}\n"
    )
    echo, echo_url = start_server(Reply())
    long, long_url = start_server(Reply(body=long_answer(args.events)))
    short_events = max(args.events // 10, 2)
    short, short_url = start_server(Reply(body=long_answer(short_events)))
    word, word_url = start_server(Reply(chunks=["Hello."]))
    kb10, kb10_url = start_server(Reply(body=long_answer(2001, "word ")))
    # 1 MB at the default --events: 200,000 events of five characters.
    mb1, mb1_url = start_server(Reply(body=long_answer(args.events + 1, "word ")))
    timed, answer_seconds = timed_answer(args.quick)
    crowd, crowd_url = start_server(timed)
    answers = (("one word", word_url), ("10 KB", kb10_url), ("long", mb1_url))
    sections = {
        1: lambda: bench_import(5),
        2: lambda: bench_setup(echo_url, 15),
        3: lambda: bench_decoding(long_url, args.events, 3 if args.quick else 5),
        4: lambda: bench_memory(short_url, long_url, short_events, args.events),
        5: lambda: bench_hostile(args.events, 1 / 16 if args.quick else 1),
        6: lambda: bench_cli(scratch, answers, 1 if args.quick else 5),
        7: lambda: bench_tool_calls(long_url, args.events, 3 if args.quick else 5),
        8: lambda: bench_schema_answers(*((20, 1 / 20) if args.quick else (200, 1))),
        9: lambda: bench_concurrency(
            crowd_url, answer_seconds, CROWDS[:2] if args.quick else CROWDS
        ),
        10: lambda: bench_one_stack(scratch, echo_url, 3 if args.quick else 21),
    }
    try:
        for number in args.only or sections:
            sections[number]()
            print()
    finally:
        for process in (echo, long, short, word, kb10, mb1, crowd):
            process.terminate()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
