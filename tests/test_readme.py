"""The README's promises hold: its Python examples run, and CI runs its test command."""

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
PYTHON_EXAMPLES = re.findall(r"```python\n(.*?)```", README, re.S)


def test_readme_has_a_sync_and_an_async_example():
    assert len(PYTHON_EXAMPLES) == 2
    assert "get_async_model" in PYTHON_EXAMPLES[1]


@pytest.mark.parametrize("example", PYTHON_EXAMPLES, ids=["sync", "async"])
def test_python_example_runs_against_the_local_server(example, llm_env, server):
    result = subprocess.run(
        [sys.executable, "-c", example],
        capture_output=True,
        text=True,
        env=llm_env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "llama-3-70b heard: Tell me a joke." in result.stdout
    assert len(server.requests) >= 2


def test_ci_runs_exactly_the_readme_test_command():
    command = re.search(r"## Run the tests\n\n```bash\n(.*?)\n```", README, re.S)
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert command and command.group(1) in ci


def test_readme_tells_how_to_pick_up_a_failed_chat():
    words = " ".join(README.split())
    assert "logged turn by turn, so `llm chat -c`" in words


def test_readme_shows_the_real_models_output(run_llm):
    result = run_llm("darkai", "models")
    assert result.returncode == 0
    assert f"$ llm darkai models\n{result.stdout}" in README


def test_benchmark_runs_with_the_test_extra_alone():
    # A smoke run on a small answer: the benchmark is the measure, so no timing
    # is asserted here, only that every section is measured and printed.
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "benchmark.py"),
            "--events",
            "2000",
            "--quick",
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    for heading in ("1. Import", "2. Per-prompt set-up", "3. Decoding", "4. Memory"):
        assert heading in result.stdout
    assert "llm-darkai's own cost" in result.stdout


def test_offline_server_on_a_taken_port_says_so_in_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "tests" / "darkai_server.py"),
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    )
