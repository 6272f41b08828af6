"""The README's shell sessions, run from the README in bash, in order, each output
checked against the one it shows: the Usage walkthrough (a newcomer pastes it into
a fresh clone) and the offline server's misbehaving examples under Development.

How a session is run: its ```bash blocks go, in order, into one bash script, run
from the checkout with no terminal and no stdin. Each block runs as written, inside
`{ ...; } >FILE 2>&1` (in the same shell, so its exports and background jobs stay),
which gives every block its own output, stdout and stderr together, as a terminal
would show them. A block may be followed at once by a plain ``` block: the output it
shows; a block without one must print nothing. `python` and `llm` are this
interpreter and its llm (a directory put first on PATH), TMPDIR is the test's own
(the walkthrough's `mktemp -d` makes its LLM_USER_PATH there), and 8765 becomes a
free port. After a block that starts the server, the script waits for its startup
line before going on, as a person reading it would.

What varies from run to run is made the same on both sides before comparing:
- the port: `127.0.0.1:<port>` is compared as `127.0.0.1:8765`;
- process ids: `pid N` and `kill N` in the server's startup line;
- `llm darkai status` timings: the numbers of `first byte ms:` and `first text ms:`;
- the llm version that `-T llm_version` reports: the README shows 0.36, and the
  installed version, if another, is read as 0.36 on the line naming llm_version.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
README_PORT = "8765"
README_LLM_VERSION = "0.36"
SERVER_STARTS = "python tests/darkai_server.py --port 8765"
STARTUP = re.compile(r"\(pid (\d+): Ctrl\+C or kill \1 stops it\)")


def section(text, heading):
    """The text under `heading` (a line `## heading` or `### heading`), up to the
    next heading of the same level or higher (but the title: a line of code may
    start with "# ")."""
    level, title = heading.split(" ", 1)
    body = text.split(f"\n{level} {title}\n", 1)[1]
    return re.split(rf"\n#{{2,{len(level)}}} ", body, maxsplit=1)[0]


def session(text):
    """[(bash block, the output shown after it, or None)], in order."""
    found = re.findall(r"```bash\n(.*?)\n```\n(?:```\n(.*?)```\n)?", text + "\n", re.S)
    return [(block, shown if shown else None) for block, shown in found]


WALKTHROUGH = session(section(README, "## Usage"))
MISBEHAVING = session(
    section(README, "### The offline server")
    + section(README, "### How tools and schemas are sent")
)


def normalise(text, port):
    text = text.replace(f"127.0.0.1:{port}", f"127.0.0.1:{README_PORT}")
    text = STARTUP.sub("(pid PID: Ctrl+C or kill PID stops it)", text)
    text = re.sub(r"^(first (?:byte|text) ms): [\d.]+$", r"\1: N", text, flags=re.M)
    installed = version("llm")
    return "\n".join(
        line.replace(installed, README_LLM_VERSION) if "llm_version" in line else line
        for line in text.split("\n")
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def shims(directory):
    """A directory whose `python` and `llm` are this interpreter and its llm."""
    directory.mkdir()
    for name, run in (("python", ""), ("llm", " -m llm")):
        shim = directory / name
        shim.write_text(f'#!/bin/sh\nexec "{sys.executable}"{run} "$@"\n')
        shim.chmod(0o755)
    return directory


def run_session(blocks, tmp_path, environ=()):
    """Run `blocks` as described above; [(block, what it printed, shown)]."""
    port = free_port()
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    script = [f"cd {ROOT}"]
    for index, (block, _) in enumerate(blocks):
        script += [
            "{",
            block.replace(README_PORT, str(port)),
            f'}} >"{outputs}/{index}" 2>&1',
        ]
        if SERVER_STARTS in block and "kill %1" not in block:
            script.append(
                f'for _ in $(seq 300); do grep -q "stops it" "{outputs}/{index}" '
                "&& break; sleep 0.05; done"
            )
    env = {
        **os.environ,
        "PATH": f"{shims(tmp_path / 'bin')}{os.pathsep}{os.environ['PATH']}",
        "TMPDIR": str(tmp_path),
        **{name: value.replace(README_PORT, str(port)) for name, value in environ},
    }
    started = time.monotonic()
    try:
        result = subprocess.run(
            ["bash", "-c", "\n".join(script)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        # Should a block have failed to stop its server, stop it here.
        for printed in outputs.iterdir():
            for pid in STARTUP.findall(printed.read_text()):
                try:
                    os.kill(int(pid), signal.SIGTERM)
                except ProcessLookupError:
                    pass
    # The exit status is the last block's; the examples of failures fail.
    assert result.stderr == "" and result.stdout == ""
    # About 14 s each on a 2-CPU machine; bounded loosely, for a busy one.
    assert time.monotonic() - started < 45
    return [
        (block, normalise((outputs / str(index)).read_text(), port), shown)
        for index, (block, shown) in enumerate(blocks)
    ]


def check(ran):
    for block, printed, shown in ran:
        expected = "" if shown is None else normalise(shown, README_PORT)
        assert printed == expected, f"after\n{block}\nprinted\n{printed}"


def test_walkthrough_is_the_usage_section_and_starts_from_nothing():
    first, _ = WALKTHROUGH[0]
    assert first.splitlines() == [
        'export LLM_USER_PATH="$(mktemp -d)"'
        "        # keeps experiments out of your real logs",
        "python tests/darkai_server.py --port 8765 --play &",
        "export LLM_DARKAI_URL=http://127.0.0.1:8765/chat",
    ]
    commands = [block for block, _ in WALKTHROUGH]
    assert commands[-1] == "kill %1"
    for flag in ("-s ", "-T llm_version", "--functions", "--schema ", "--schema-multi"):
        assert any(flag in command for command in commands), flag
    assert "llm -c " in "\n".join(commands)
    assert "llm darkai status" in commands


def test_walkthrough_prints_what_the_readme_shows(tmp_path):
    check(run_session(WALKTHROUGH, tmp_path))


def test_offline_server_examples_print_what_the_readme_shows(tmp_path, user_dir):
    # Run, as the README says, in the walkthrough's shell: its two exports set.
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    flags = [
        re.search(r"--port 8765 (.*) &", block).group(1) for block, _ in MISBEHAVING
    ]
    assert flags == [
        "--status 503",
        "--cut-after 3",
        "--delay 3",
        "--no-stream-end",
        "--play --invalid-first --show-queries",
    ]
    environ = {
        "LLM_USER_PATH": str(user_dir),
        "LLM_DARKAI_URL": "http://127.0.0.1:8765/chat",
    }
    check(run_session(MISBEHAVING, tmp_path, environ.items()))
