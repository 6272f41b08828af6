"""llm-darkai's performance, each figure beside a baseline measured in the same run.

    python tests/benchmark.py [--events 200000] [--quick] [--only 2 9]

1. import: `import llm_darkai` after `import llm, llm.cli`, bytecode cached as on a
   user's machine (target: at most 2 ms). Beside it, a copy of this code and one
   of the plugin at BEFORE (read from git), found the same way and imported by
   turns, and, where valgrind is installed (not with --quick), the instructions
   each copy's import executes, which no other load on the machine changes
   (garbage collection off: a collection falls where allocation counts happen to
   say). A third copy leaves out the sections LAZY_SECTIONS names (tools and
   schemas): what the import would cost if their code were a second module,
   imported when a prompt first offers tools or a schema. llm imports every
   plugin on every command, so the plugin imports jsonschema only where it first
   needs it and builds its options class on first use. Its HTTP stack is llm's
   own, httpx2, which llm has imported already; beside it, what importing httpx,
   the second stack the plugin used before, costs after llm.
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
   the baseline: strict JSON only, the first value that fits), before issue 22
   (the plugin at commit 5c4c8cf, read from git) and after; and the cost of
   extraction per KB of answer, strict and repaired.
9. concurrency: 250, 500, 1,000 and 2,000 prompts at once, each answer a fixed
   time long, async through llm's Python API (asyncio.gather) and sync from up to
   1,000 threads, beside the ideal (100 connections at a time) and beside a bare
   httpx2 loop with a semaphore of 100 in front of its client (target: 2,000 async
   prompts within 1.5x of the ideal, each doubling at most 2.2x; sync alike).
   Beyond its 100 connections httpx2 queues requests in a list it walks on every
   release, at a cost that grows with the square of the queue: the plugin queues
   them itself, first come first served. Each answer is 1.5 s long (6 events 0.3 s
   apart); --quick sends 150 and 300 prompts of 0.25 s answers (both beyond the
   100 connections, so the queue is used), a smoke run whose ratios are mostly
   per-prompt overhead.
10. tool calls on corpora, the recogniser of `--module PATH` (or $LLM_DARKAI_MODULE;
   default: the installed llm_darkai), to measure a before and an after:
   a) per family, the development half (tool_call_corpus.py and
   trained_formats_corpus.DEVELOPMENT) and the held-out half (HELD_OUT), each
   answer read in one piece and in cut pieces: recognised, wrong, missed, text,
   false call, and the recognised rate per half; an answer's `schemas` go to
   the recogniser as it takes them (`schemas=`, else a dict name -> schema).
   b) the ordinary corpus (ordinary_corpus.py: real answers read from fetched
   snapshots of public model-output collections, never committed), fed in
   8-character pieces as a stream would arrive, once with common tool names
   offered (with input schemas, as llm makes them) and once with names from
   the answer itself (names alone): false calls, answers not all shown or not
   rebuilt (shown + taken + unshown), and the hold: for each character, the
   characters that arrived after its piece before it was shown; median, 99th,
   99.9th percentile and maximum, for all answers, for those naming no offered
   tool and by source kind; the characters held by how the held text begins,
   and the answers held longest. Without the data this part is skipped in one
   line; --quick reads every 16th answer.
11. one HTTP stack: the wall and CPU time of `llm -m darkai hi` against the local
   server, the plugin as it is beside the plugin at BEFORE (its last commit on
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
from collections import Counter
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

# The plugin before issues 21 and 22: its last commit on httpx.
BEFORE = "5c4c8cf"
# The sections of llm_darkai.py only a prompt with tools or a schema runs: from
# the first header to the second.
LAZY_SECTIONS = (b"# Tools, by instruction ---", b"# Settings ---")


def source_at(commit):
    """llm_darkai.py's bytes at `commit`; None where git or the commit is missing
    (a copy without history)."""
    try:
        return subprocess.run(
            ["git", "-C", str(HERE), "show", f"{commit}:llm_darkai.py"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


IMPORT_PROBE = """
import time, llm, llm.cli
started = time.perf_counter()
import {module}
print(time.perf_counter() - started)
"""


def import_env(path=()):
    env = {**os.environ, "LLM_LOAD_PLUGINS": ""}  # llm must not import it first
    # Bytecode is written as on a user's machine, so measure the cached import.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([*map(str, path), env.get("PYTHONPATH", "")])
    return env


def import_seconds(modules, runs, env):
    """The median import time of each of `modules`, imported by turns."""
    codes = [IMPORT_PROBE.format(module=module) for module in modules]
    times = [[] for _ in modules]
    for run in range(runs + 1):  # the first writes bytecode caches: not counted
        for code, taken in zip(codes, times, strict=True):
            output = subprocess.run(
                [sys.executable, "-c", code],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            if run:
                taken.append(float(output))
    return [statistics.median(taken) for taken in times]


INSTRUCTIONS_PROBE = """
import gc, os, sys
gc.disable()
import llm, llm.cli
os.getppid()
__import__(sys.argv[1])
os.getppid()
"""


def import_instructions(module, env):
    """The instructions `import module` executes after llm's, counted by
    callgrind; None if callgrind cannot see the marker. It writes its counts
    each time os.getppid is called, so the second file holds the import's
    alone: a count of the whole run would vary by more than a module's import
    from run to run."""
    with tempfile.TemporaryDirectory() as counts:
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={counts}/out",
                "--dump-before=os_getppid",
                sys.executable,
                "-c",
                INSTRUCTIONS_PROBE,
                module,
            ],
            env={**env, "PYTHONHASHSEED": "0"},
            check=True,
            capture_output=True,
        )
        between = Path(counts, "out.2")  # absent if the marker has another name
        if not between.exists():
            return None
        summary = between.read_text()
    return int(re.search(r"^summary: (\d+)", summary, re.M)[1])


def bench_import(runs, scratch, count_instructions):
    print(f"1. Import, after `import llm, llm.cli` (median of {runs})")
    env = import_env([scratch / "import"])
    modules = ["llm_darkai", "this_is_empty", "httpx2"]
    # Beside the code before, this code as a copy found the same way: the
    # installed one is found through the editable install's finder.
    (scratch / "import").mkdir()
    source = source_at(BEFORE)
    if source is not None:
        now = HERE.parent.joinpath("llm_darkai.py").read_bytes()
        first, last = (now.index(b"\n" + header) + 1 for header in LAZY_SECTIONS)
        copies = {"now": now, BEFORE: source, "lazy": now[:first] + now[last:]}
        for name, code in copies.items():
            (scratch / "import" / f"llm_darkai_{name}.py").write_bytes(code)
        modules += [f"llm_darkai_{name}" for name in copies]
    plugin, floor, httpx2_cost, *copied = import_seconds(modules, runs, env)
    print(f"   import llm_darkai          {ms(plugin)}   target <= 2 ms")
    if copied:
        now, before, lazy = copied
        print(f"   a copy of it               {ms(now)}   imported by turns with")
        print(
            f"   a copy of {BEFORE}          {ms(before)}   "
            f"(before issues 21 and 22; now {now / before:.2f}x)"
        )
        print(
            f"   tools and schemas left out {ms(lazy)}   "
            f"(a copy: as if imported on first use, {lazy / before:.2f}x)"
        )
    else:
        print(f"   before: skipped, git cannot show {BEFORE} here")
    print(f"   import an empty module     {ms(floor)}   (the import machinery)")
    print(
        f"   import httpx2              {ms(httpx2_cost)}   (llm's, imported already)"
    )
    if importlib.util.find_spec("httpx") is None:
        print("   import httpx               not installed here")
    else:
        (httpx_cost,) = import_seconds(["httpx"], runs, env)
        print(
            f"   import httpx               {ms(httpx_cost)}   "
            f"(a second stack: what the plugin paid before)"
        )
    if not (count_instructions and copied):
        return plugin
    if shutil.which("valgrind") is None:
        print("   instructions: skipped, valgrind is not installed here")
        return plugin
    now, before, lazy = (import_instructions(module, env) for module in modules[-3:])
    if None in (now, before, lazy):
        print("   instructions: skipped, this Python's os_getppid is not seen")
        return plugin
    print(f"   instructions, the copy     {now:>11,}")
    print(f"   instructions, {BEFORE}      {before:>11,}   (now {now / before:.2f}x)")
    print(f"   instructions, those out    {lazy:>11,}   ({lazy / before:.2f}x)")
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


def plugin_at(commit, scratch):
    """llm_darkai as it was at `commit`, imported under another name from git;
    None where git or the commit is missing (a copy without history)."""
    import importlib.util

    source = source_at(commit)
    if source is None:
        return None
    path = Path(scratch) / f"llm_darkai_{commit}.py"
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extraction_of(plugin):
    """The reading of an answer by `plugin`'s extract_json, as its Turn makes it."""

    def extract(answer, schema):
        validator = plugin.schema_validator(schema)
        check = lambda value: plugin.schema_problem(value, validator)  # noqa: E731
        return plugin.extract_json(answer, check, schema)

    return extract


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
    readings = [("before", before), ("after", extract_with_schema)]
    with tempfile.TemporaryDirectory() as scratch:
        if plugin := plugin_at(BEFORE, scratch):
            readings.insert(1, ("before issue 22", extraction_of(plugin)))
        rates = {}
        for name, extract in readings:
            table = tally(extract)
            print(f"schema corpus, {name}:\n{table_text(table)}")
            rates[name] = sum(counts[OUTCOMES[0]] for counts in table.values())
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
    middle = rates.get("before issue 22")
    middle = "" if middle is None else f"{middle}/{with_value} before issue 22, "
    print(
        f"schema answers: right first time {rates['before']}/{with_value} "
        f"before, {middle}{rates['after']}/{with_value} after (of the answers "
        f"that hold a value; {len(CASES)} answers in all); extraction "
        f"{costs[0]} strict, {costs[1]} repaired"
    )


# 9. Concurrency --------------------------------------------------------------

POOL = 100  # httpx2's connections per client, and the plugin's queue in front
CROWDS = (250, 500, 1000, 2000)
# Both beyond the pool, so the plugin's queue is used, and one a doubling of the
# other: all that a smoke run checks, at a fraction of the threads and time.
QUICK_CROWDS = (150, 300)
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


# 10. Tool calls on corpora -----------------------------------------------------

CYCLE = (1, 2, 3, 5, 7, 8, 13)  # the cut pieces' sizes, in turn
STREAM_PIECE = 8  # the ordinary answers arrive in pieces of 8 characters
WORST = 3  # the answers held longest, shown by tool names and source kind
MOST_PROBLEMS = 40  # false calls and text not shown, listed for each kind
LONG_HOLD = 64  # answers holding a character this long are counted


def recogniser_module(path=None):
    """llm_darkai, or the copy of it at `path` (to measure a before and after)."""
    if not path:
        import llm_darkai

        return llm_darkai
    import importlib.util

    spec = importlib.util.spec_from_file_location("llm_darkai_measured", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def recogniser_factory(module):
    """`new(tools, schemas)`: the schemas (tool name -> input schema) passed as
    `schemas=` if the constructor takes that, else as the tools themselves, a
    dict of name -> schema, as the plugin passes them since 1b69e10 (a
    recogniser from before reads the names from it, as from any iterable)."""
    import inspect

    recogniser = module.ToolCallRecogniser
    signature = inspect.signature(recogniser)
    takes = "schemas" in signature.parameters

    def new(tools, schemas=None):
        if takes and schemas is not None:
            return recogniser(tools, schemas=schemas)
        if schemas is not None:
            return recogniser({name: schemas.get(name) for name in tools})
        return recogniser(tools)

    new.signature = f"ToolCallRecogniser{signature}"
    return new


def cycle_pieces(text):
    pieces, start, n = [], 0, 0
    while start < len(text):
        size = CYCLE[n % len(CYCLE)]
        pieces.append(text[start : start + size])
        start, n = start + size, n + 1
    return pieces


def call_reading(new, answer, pieces):
    """(calls, text shown), or (None, the error) if the recogniser raised."""
    try:
        recogniser = new(answer.tools, getattr(answer, "schemas", None))
        shown = "".join(recogniser.feed(piece) for piece in pieces)
        calls, rest = recogniser.finish()
    except Exception as error:  # a recogniser being rewritten may raise
        return None, repr(error)
    return [tuple(call) for call in calls], shown + rest


def corpus_halves():
    from tool_call_corpus import ANSWERS

    try:
        import trained_formats_corpus as trained
    except ImportError:
        return (("development", list(ANSWERS)),), "trained_formats_corpus.py absent"
    return (
        ("development", [*ANSWERS, *trained.DEVELOPMENT]),
        ("held-out", list(trained.HELD_OUT)),
    ), None


def bench_call_corpora(new):
    from tool_call_corpus import VERDICTS, verdict

    halves, note = corpus_halves()
    if note:
        print(f"   {note}: the development half is tool_call_corpus.py alone")
    head = "".join(f"{column[:6]:>7}" for column in VERDICTS)
    for half, answers in halves:
        table, differ, errors, unread = {}, [], [], []
        for answer in answers:
            whole = call_reading(new, answer, [answer.text])
            cut = call_reading(new, answer, cycle_pieces(answer.text))
            verdicts = [
                "error" if calls is None else verdict(answer, calls)
                for calls, _ in (whole, cut)
            ]
            row = table.setdefault(answer.family, [Counter(), Counter()])
            row[0][verdicts[0]] += 1
            row[1][verdicts[1]] += 1
            if verdicts[0] in ("wrong", "missed", "false call"):
                unread.append(
                    f"{verdicts[0]}: {answer.family}, {answer.source}: read "
                    f"{whole[0]!r:.100}"
                )
            if cut != whole:
                same = "the text shown" if verdicts[0] == verdicts[1] else "the calls"
                differ.append(f"{answer.source} ({'/'.join(verdicts)}; {same} differ)")
            for how, (calls, error) in (("one piece", whole), ("cut", cut)):
                if calls is None:
                    errors.append(f"{how}, {answer.source}: {error}")
        print(f"   {half} half, {len(answers)} answers: one piece | cut pieces")
        print(f"   {'family':12}{head} |{head}")
        totals = [Counter(), Counter()]
        for family, (whole, cut) in table.items():
            totals[0].update(whole)
            totals[1].update(cut)
            print(
                f"   {family:12}"
                + "".join(f"{whole[c]:>7}" for c in VERDICTS)
                + " |"
                + "".join(f"{cut[c]:>7}" for c in VERDICTS)
            )
        with_calls = sum(1 for answer in answers if answer.calls)
        for label, total in zip(("one piece", "cut pieces"), totals, strict=True):
            rate = total["recognised"] / with_calls if with_calls else 0
            print(
                f"   {half}, {label}: recognised {total['recognised']}/{with_calls}"
                f" ({rate:.1%}) of the answers with calls; wrong {total['wrong']},"
                f" missed {total['missed']}; text kept {total['text']}/"
                f"{len(answers) - with_calls}, false calls {total['false call']};"
                f" errors {total['error']}"
            )
        for line in unread[:MOST_PROBLEMS]:
            print(f"   {line}")
        if len(unread) > MOST_PROBLEMS:
            print(f"   ... and {len(unread) - MOST_PROBLEMS} more wrong, missed, false")
        for source in differ:
            print(f"   read differently in cut pieces: {source}")
        for error in errors:
            print(f"   error: {error:.200}")


def names_a_tool(text, tools):
    return not set(tools).isdisjoint(re.findall(r"\w+", text))


def stream_reading(new, text, tools, schemas=None, piece=STREAM_PIECE):
    """Feed `text` in `piece`-character pieces: (calls, shown, taken, unshown,
    holds, most, openings), holds a Counter of hold -> characters: for each
    shown character, the characters of the answer that arrived after its own
    piece before it was shown; most: the longest hold and the first character
    held that long; openings: the characters held, by how each stretch of held
    text begins."""
    recogniser = new(tools, schemas)
    n = len(text)
    events, shown, count = [], [], 0  # events: (shown count after, arrived)
    for start in range(0, n, piece):
        out = recogniser.feed(text[start : start + piece])
        if out:
            shown.append(out)
            count += len(out)
        events.append((count, min(start + piece, n)))
    calls, rest = recogniser.finish()
    shown.append(rest)
    events.append((count + len(rest), n))
    shown = "".join(shown)
    taken, unshown = list(recogniser.taken), recogniser.unshown
    holds, most, openings = Counter(), (0, 0), Counter()
    # a shown character's place in the answer: its place in `shown` plus the
    # length of the calls taken before it
    breaks = [(before, len(call)) for before, call in taken]
    before = earlier = 0  # earlier: the characters arrived before this feed
    for after, arrived in events:
        a = before
        while a < after:
            offset, b = 0, after
            if breaks:
                offset = sum(length for at, length in breaks if at <= a)
                b = min([after, *(at for at, _ in breaks if a < at < after)])
            x, y = a + offset, b + offset
            if x >= earlier:  # all arrived in this feed: none held
                holds[0] += y - x
                a = b
                continue
            held = 0
            for k in range(x // piece, (y - 1) // piece + 1):
                count = min(y, (k + 1) * piece) - max(x, k * piece)
                hold = arrived - min((k + 1) * piece, n)
                holds[hold] += count
                held += count if hold else 0
                if hold > most[0]:
                    most = (hold, max(x, k * piece))
            if held:
                openings[opening(text, x)] += held
            a = b
        before, earlier = after, arrived
    return calls, shown, taken, unshown, holds, most, openings


def opening(text, at):
    """How held text begins: a fence and its language, a tag, a bracket, a
    word; space before it is skipped."""
    head = text[at : at + 40].lstrip()
    mark = re.match(r"`{3,}[\w+#-]*|<\|?[\w/|=]*|[\w.]+\(?|\S", head)
    return mark.group() if mark else "space"


def hold_figures(holds):
    total = sum(holds.values())
    if not total:
        return "no characters"
    figures, seen = {}, 0
    marks = ((0.5, "median"), (0.99, "99th"), (0.999, "99.9th"))
    for hold in sorted(holds):
        seen += holds[hold]
        for share, name in marks:
            if name not in figures and seen >= share * total:
                figures[name] = hold
    held = total - holds[0]
    return (
        f"median {figures['median']}, 99th percentile {figures['99th']}, 99.9th "
        f"{figures['99.9th']}, maximum {max(holds)} characters; {held:,} of "
        f"{total:,} characters held at all ({held / total:.3%})"
    )


def snippet(text, at, width=70):
    """The text around `at`, the character at `at` first after the >>>."""
    return f"{text[max(at - width, 0) : at]!r} >>> {text[at : at + width]!r}"


def rebuilt(shown, taken, unshown):
    parts, last = [], 0
    for before, call in taken:
        parts += [shown[last:before], call]
        last = before
    return "".join(parts) + shown[last:] + unshown


SOURCE_KINDS = ("general", "code-heavy", "docs")
COUNTED = ("answers", "false calls", "not all shown", "not rebuilt", "errors")


def read_ordinary(new, corpus, kind, problems):
    """Each answer streamed with `kind` tool names offered: counts and holds by
    source kind, the holds of the answers naming no offered tool, the answers'
    longest holds, and the problems found, added to `problems`."""
    import ordinary_corpus

    counts = {source: Counter() for source in SOURCE_KINDS}
    holds = {source: Counter() for source in SOURCE_KINDS}
    quiet, worst, openings = Counter(), [], Counter()
    for answer in corpus:
        tools = ordinary_corpus.COMMON if kind == "common" else answer.own
        if not tools:
            continue
        row = counts[answer.kind]
        row["answers"] += 1
        schemas = ordinary_corpus.COMMON_SCHEMAS if kind == "common" else None
        try:
            reading = stream_reading(new, answer.text, tools, schemas)
        except Exception as error:  # a recogniser being rewritten may raise
            row["errors"] += 1
            problems.append((kind, "error", answer, repr(error), 0))
            continue
        calls, shown, taken, unshown, held, most, begins = reading
        if calls:
            row["false calls"] += 1
            at = answer.text.find(taken[0][1]) if taken else 0
            problems.append((kind, "false call", answer, repr(calls), at))
        if shown != answer.text:
            row["not all shown"] += 1
            if not calls:
                at = len(os.path.commonprefix([shown, answer.text]))
                problems.append((kind, "text not shown", answer, "", at))
        if rebuilt(shown, taken, unshown) != answer.text:
            row["not rebuilt"] += 1
            continue
        holds[answer.kind].update(held)
        openings.update(begins)
        if not names_a_tool(answer.text, tools):
            quiet.update(held)
            row["quiet"] += 1
        worst.append((*most, answer))
    return counts, holds, quiet, worst, openings


def bench_ordinary_corpus(new, quick):
    import ordinary_corpus

    corpus = ordinary_corpus.load()
    if not corpus:
        print(
            f"   ordinary corpus: no data under {ordinary_corpus.mirror_root()} "
            "(fetch github:tatsu-lab/alpaca_eval, github:lmarena/arena-hard-auto "
            "and github:simonw/llm, see tests/ordinary_corpus.py): skipped"
        )
        return
    if quick:
        corpus = corpus[::16]
    for repo in ordinary_corpus.missing():
        print(f"   ordinary corpus: {repo} absent, its answers skipped")
    print(
        f"   ordinary corpus: {len(corpus):,} answers, "
        f"{sum(len(a.text) for a in corpus):,} characters, fed in "
        f"{STREAM_PIECE}-character pieces{' (--quick: every 16th)' if quick else ''}"
    )
    print(f"   {'tool names':22}" + "".join(f"{column:>14}" for column in COUNTED))
    problems, reports = [], []
    for kind in ("common", "own"):
        started = time.perf_counter()
        counts, holds, quiet, worst, openings = read_ordinary(
            new, corpus, kind, problems
        )
        seconds = time.perf_counter() - started
        total = sum(counts.values(), Counter())
        for source, row in (*counts.items(), ("all", total)):
            label = f"{kind}, {source}"
            print(f"   {label:22}" + "".join(f"{row[c]:>14,}" for c in COUNTED))
        print(f"   ({kind}: {seconds:.2f} s)")
        reports.append((kind, total["quiet"], holds, quiet, worst, openings))
    for kind, quiet_answers, holds, quiet, worst, openings in reports:
        every = sum(holds.values(), Counter())
        print(f"   hold, {kind} tool names, all answers: {hold_figures(every)}")
        print(
            f"   hold, {kind} tool names, the {quiet_answers:,} answers naming no "
            f"offered tool: {hold_figures(quiet)}"
        )
        for source, held in holds.items():
            print(f"      {source}: {hold_figures(held)}")
        long = sum(1 for most, _, _ in worst if most >= LONG_HOLD)
        print(f"      answers holding {LONG_HOLD} characters or more: {long}")
        common = ", ".join(f"{m!r} {c:,}" for m, c in openings.most_common(12))
        print(f"      characters held, by how the held text begins: {common}")
        worst.sort(key=lambda item: -item[0])
        for source in SOURCE_KINDS:
            longest = [item for item in worst if item[2].kind == source][:WORST]
            for most, at, answer in longest:
                print(f"      held {most} characters at {at}: {answer.source}")
                print(f"         {snippet(answer.text, at, 60)}")
    for kind in ("common", "own"):
        listed = [problem for problem in problems if problem[0] == kind]
        for _, what, answer, detail, at in listed[:MOST_PROBLEMS]:
            print(f"   {what} ({kind} tool names) {answer.source}: {detail:.160}")
            print(f"      at {at}: {snippet(answer.text, at)}")
        if len(listed) > MOST_PROBLEMS:
            print(f"   ... and {len(listed) - MOST_PROBLEMS} more ({kind} tool names)")


def bench_corpora(quick, module_path=None):
    module = recogniser_module(module_path)
    new = recogniser_factory(module)
    import hashlib

    digest = hashlib.sha256(Path(module.__file__).read_bytes()).hexdigest()[:12]
    print(
        f"10. Tool calls on corpora (recogniser from {module.__file__}, sha256 "
        f"{digest}..., {new.signature})"
    )
    bench_call_corpora(new)
    bench_ordinary_corpus(new, quick)


# 11. One HTTP stack -------------------------------------------------------------


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
        f"11. One HTTP stack: `llm -m darkai hi` against the local server "
        f"(median of {runs})"
    )
    before_file = scratch / "before" / "llm_darkai.py"
    before_file.parent.mkdir()
    source = source_at(BEFORE)
    if source is None:
        print(f"   before: skipped, git cannot show {BEFORE} here")
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
        (f"before ({BEFORE}, httpx)", before),
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
    parser.add_argument(
        "--module",
        default=os.environ.get("LLM_DARKAI_MODULE"),
        help="section 10: measure the recogniser of this copy of llm_darkai.py "
        "(default: $LLM_DARKAI_MODULE, else the installed one)",
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
        1: lambda: bench_import(1 if args.quick else 21, scratch, not args.quick),
        2: lambda: bench_setup(echo_url, 15),
        3: lambda: bench_decoding(long_url, args.events, 3 if args.quick else 5),
        4: lambda: bench_memory(short_url, long_url, short_events, args.events),
        5: lambda: bench_hostile(args.events, 1 / 16 if args.quick else 1),
        6: lambda: bench_cli(scratch, answers, 1 if args.quick else 5),
        7: lambda: bench_tool_calls(long_url, args.events, 3 if args.quick else 5),
        8: lambda: bench_schema_answers(*((20, 1 / 20) if args.quick else (200, 1))),
        9: lambda: bench_concurrency(
            crowd_url, answer_seconds, QUICK_CROWDS if args.quick else CROWDS
        ),
        10: lambda: bench_corpora(args.quick, args.module),
        11: lambda: bench_one_stack(scratch, echo_url, 3 if args.quick else 21),
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
