"""The README's promises hold: its Python examples run, and CI runs its test command."""

import re
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
