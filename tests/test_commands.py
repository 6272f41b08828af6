"""`llm darkai` commands, end to end: the model list, user-added models, status."""

import json
import os
import subprocess
import sys
import time

import pytest
from darkai_server import DarkAIServer, Reply

from llm_darkai import read_user_models

# The shapes a corrupt models file's message says were expected, as written here.
MODEL_SHAPE = '{"name": "NAME", "aliases": ["ALIAS", ...]}'
FILE_SHAPE = '{"models": [' + MODEL_SHAPE + ", ...]}"


def test_models_lists_every_model_with_name_aliases_and_default(run_llm):
    result = run_llm("darkai", "models")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "darkai/llama-3-70b    DarkAI name: llama-3-70b; "
        "aliases: llama-3-70b, llama-3.1-70b, darkai; default",
        "darkai/gpt-4o         DarkAI name: gpt-4o",
        "darkai/gpt-3.5-turbo  DarkAI name: gpt-3.5-turbo",
    ]


def test_models_json(run_llm):
    result = run_llm("darkai", "models", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0] == {
        "model_id": "darkai/llama-3-70b",
        "darkai_name": "llama-3-70b",
        "aliases": ["llama-3-70b", "llama-3.1-70b", "darkai"],
        "default": True,
        "source": "built-in",
    }
    assert [row["darkai_name"] for row in rows] == [
        "llama-3-70b",
        "gpt-4o",
        "gpt-3.5-turbo",
    ]
    assert [row["default"] for row in rows] == [True, False, False]


def test_added_model_is_registered_from_the_next_command(run_llm, server, user_dir):
    result = run_llm(
        "darkai", "models", "add", "llama-3-405b", "--alias", "l405", "--alias", "big"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Added darkai/llama-3-405b, alias l405, alias big\n"
    stored = json.loads((user_dir / "darkai-models.json").read_text())
    assert stored == {"models": [{"name": "llama-3-405b", "aliases": ["l405", "big"]}]}

    listed = run_llm("models", "list").stdout.splitlines()
    assert "DarkAI: darkai/llama-3-405b (aliases: l405, big)" in listed
    rows = json.loads(run_llm("darkai", "models", "--json").stdout)
    assert rows[-1]["source"] == "user" and rows[-1]["aliases"] == ["l405", "big"]

    answer = run_llm("-m", "l405", "hi")
    assert answer.returncode == 0 and answer.stdout == "llama-3-405b heard: hi\n"
    assert server.requests[0].json["model"] == "llama-3-405b"


def test_removed_model_is_gone(run_llm):
    assert (
        run_llm("darkai", "models", "add", "mixtral", "--alias", "mx").returncode == 0
    )
    result = run_llm("darkai", "models", "remove", "darkai/mixtral")
    assert result.returncode == 0 and result.stdout == "Removed darkai/mixtral\n"
    assert "mixtral" not in run_llm("models", "list").stdout
    unknown = run_llm("-m", "mx", "hi")
    assert unknown.returncode == 1 and "Unknown model: mx" in unknown.stderr


def test_a_model_is_removed_by_its_alias(run_llm):
    added = run_llm("darkai", "models", "add", "llama-3-405b", "--alias", "L405")
    assert added.returncode == 0, added.stderr
    result = run_llm("darkai", "models", "remove", "l405")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Removed darkai/llama-3-405b\n"
    assert "llama-3-405b" not in run_llm("darkai", "models").stdout


def test_a_model_is_added_by_its_darkai_id(run_llm, user_dir):
    result = run_llm("darkai", "models", "add", "darkai/foo", "--alias", "f")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Added darkai/foo, alias f\n"
    stored = json.loads((user_dir / "darkai-models.json").read_text())
    assert stored == {"models": [{"name": "foo", "aliases": ["f"]}]}
    assert run_llm("darkai", "models", "remove", "foo").returncode == 0


def refused(result, message, status=1):
    """A click error: exit status 1, or 2 for a bad command line, and no traceback."""
    assert result.returncode == status, result.stdout
    assert "Traceback" not in result.stderr
    assert "Error: " in result.stderr and message in result.stderr


def test_clashing_names_and_aliases_are_refused(run_llm, user_dir):
    refused(run_llm("darkai", "models", "add", "gpt-4o"), "darkai/gpt-4o is built in")
    refused(
        run_llm("darkai", "models", "add", "darkai/gpt-4o"), "darkai/gpt-4o is built in"
    )
    refused(run_llm("darkai", "models", "add", "darkai/"), "'darkai/' is not a valid")
    refused(
        run_llm("darkai", "models", "add", "new-one", "--alias", "4o"),
        "'4o' is already taken by the model gpt-4o",
    )
    refused(
        run_llm("darkai", "models", "add", "new-one", "--alias", "darkai"),
        "'darkai' is already taken by the model darkai/llama-3-70b",
    )
    refused(
        run_llm("darkai", "models", "add", "new-one", "--alias", "a", "--alias", "a"),
        "twice",
    )
    refused(
        run_llm("darkai", "models", "add", "bad name"), "'bad name' is not a valid name"
    )
    assert run_llm("darkai", "models", "add", "mine", "--alias", "m1").returncode == 0
    refused(
        run_llm("darkai", "models", "add", "other", "--alias", "m1"),
        "'m1' is already taken",
    )
    stored = json.loads((user_dir / "darkai-models.json").read_text())
    assert [entry["name"] for entry in stored["models"]] == ["mine"]


def test_adding_a_model_twice_says_it_is_already_added(run_llm, user_dir):
    assert run_llm("darkai", "models", "add", "mine").returncode == 0
    result = run_llm("darkai", "models", "add", "mine", "--alias", "m1")
    refused(result, "darkai/mine is already added: remove it first")
    assert "taken by the model darkai/mine" not in result.stderr


def test_removing_built_in_or_unknown_models_is_refused(run_llm):
    refused(
        run_llm("darkai", "models", "remove", "gpt-4o"),
        "built in and cannot be removed",
    )
    refused(
        run_llm("darkai", "models", "remove", "nothing"), "No model 'nothing' was added"
    )
    refused(
        run_llm("darkai", "models", "remove", "darkai"),
        "llama-3-70b is built in and cannot be removed",
    )


def test_missing_file_means_no_user_models(run_llm, user_dir):
    assert not (user_dir / "darkai-models.json").exists()
    assert len(json.loads(run_llm("darkai", "models", "--json").stdout)) == 3


def test_corrupt_file_warns_instead_of_breaking_llm(run_llm, user_dir):
    (user_dir / "darkai-models.json").write_text("{not json")
    listed = run_llm("models", "list")
    assert listed.returncode == 0
    assert "darkai/llama-3-70b" in listed.stdout
    assert listed.stderr.count("Warning:") == 1
    assert "darkai-models.json is not a valid" in listed.stderr
    answer = run_llm("-m", "darkai", "still works")
    assert answer.returncode == 0
    assert answer.stdout == "llama-3-70b heard: still works\n"
    assert answer.stderr.count("Warning:") == 1
    refused(run_llm("darkai", "models", "add", "x"), "fix it or delete it first")


def test_a_models_file_that_cannot_be_read_warns_and_llm_goes_on(run_llm, user_dir):
    path = user_dir / "darkai-models.json"
    path.mkdir()
    answer = run_llm("-m", "darkai", "still works")
    assert answer.stdout == "llama-3-70b heard: still works\n"
    assert answer.stderr == (
        f"Warning: {path} is not a valid DarkAI models file (it cannot be read: "
        f"Is a directory); its models are not loaded\n"
    )
    refused(run_llm("darkai", "models", "add", "x"), "fix it or delete it first")


def test_a_models_file_that_cannot_be_written_says_so(run_llm, user_dir):
    (user_dir / "darkai-models.lock").mkdir()  # held while the file is edited
    refused(
        run_llm("darkai", "models", "add", "x"),
        f"Could not write {user_dir / 'darkai-models.lock'}: Is a directory",
    )


def test_models_added_at_once_are_all_kept(llm_env, user_dir):
    adds = [
        subprocess.Popen(
            [sys.executable, "-m", "llm", "darkai", "models", "add", f"m{i}"],
            env=llm_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(8)
    ]
    assert [add.wait(timeout=120) for add in adds] == [0] * 8
    kept = read_user_models(user_dir / "darkai-models.json")
    assert sorted(kept) == [f"m{i}" for i in range(8)]
    assert [path.name for path in user_dir.glob("*.tmp")] == []
    umask = os.umask(0o022)  # read it: set it back at once
    os.umask(umask)
    mode = (user_dir / "darkai-models.json").stat().st_mode & 0o777
    assert mode == 0o666 & ~umask  # as any new file of the user's


def test_a_hand_edited_model_cannot_take_a_built_in_name_or_alias(run_llm, user_dir):
    path = user_dir / "darkai-models.json"
    models = [
        {"name": "z", "aliases": ["DarkAI"]},
        {"name": "gpt-4o"},
        {"name": "mine", "aliases": ["m"]},
        {"name": "other", "aliases": ["m"]},
    ]
    path.write_text(json.dumps({"models": models}))
    answer = run_llm("-m", "darkai", "hi")
    assert answer.stdout == "llama-3-70b heard: hi\n"
    assert answer.stderr.splitlines() == [
        f"Warning: {path}: darkai/z is not loaded: 'DarkAI' is taken by "
        "darkai/llama-3-70b",
        f"Warning: {path}: darkai/gpt-4o is not loaded: 'darkai/gpt-4o' is taken "
        "by darkai/gpt-4o",
        f"Warning: {path}: darkai/other is not loaded: 'm' is taken by darkai/mine",
    ]
    assert run_llm("-m", "m", "hi").stdout == "mine heard: hi\n"


def test_aliases_that_are_not_a_list_mean_a_corrupt_file(run_llm, user_dir):
    (user_dir / "darkai-models.json").write_text(
        json.dumps({"models": [{"name": "mine", "aliases": "abc"}]})
    )
    listed = run_llm("models", "list")
    assert listed.returncode == 0
    assert "darkai/mine" not in listed.stdout
    assert "(aliases: a, b, c)" not in listed.stdout
    assert listed.stderr.count("Warning:") == 1
    assert "darkai-models.json is not a valid DarkAI models file" in listed.stderr
    assert "model 'mine' needs a list of alias strings" in listed.stderr


def test_models_file_of_the_wrong_shape_warns_with_the_shape_expected(
    run_llm, user_dir
):
    # Valid JSON of another shape: one line naming the shape, not Python's words.
    path = user_dir / "darkai-models.json"
    path.write_text("[1, 2]")
    listed = run_llm("models", "list")
    assert listed.returncode == 0
    assert "darkai/llama-3-70b" in listed.stdout
    assert listed.stderr == (
        f"Warning: {path} is not a valid DarkAI models file (expected "
        f"{FILE_SHAPE}, found a list); its models are not loaded\n"
    )


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"{not json", "not JSON: Expecting property name enclosed in double quotes"),
        (b"\xff", "not JSON: 'utf-8' codec can't decode byte 0xff"),
        (b"null", f"expected {FILE_SHAPE}, found null"),
        (b'"models"', f"expected {FILE_SHAPE}, found a string"),
        (
            b'{"model": []}',
            f'expected {FILE_SHAPE}, found an object without a "models" list',
        ),
        (
            b'{"models": {}}',
            f'expected {FILE_SHAPE}, found an object without a "models" list',
        ),
        (b'{"models": [1]}', f"expected each model as {MODEL_SHAPE}, found a number"),
        (b'{"models": [["x"]]}', f"expected each model as {MODEL_SHAPE}, found a list"),
        (
            b'{"models": [{"name": 5}]}',
            f"expected each model as {MODEL_SHAPE}, "
            'found an object without a "name" string',
        ),
        (
            b'{"models": [{"name": "x", "aliases": [true]}]}',
            "model 'x' needs a list of alias strings",
        ),
    ],
)
def test_corrupt_models_file_says_what_it_holds_and_what_was_expected(
    tmp_path, content, problem
):
    path = tmp_path / "darkai-models.json"
    path.write_bytes(content)
    with pytest.raises(ValueError) as corrupt:
        read_user_models(path)
    prefix = f"{path} is not a valid DarkAI models file ({problem}"
    assert str(corrupt.value).startswith(prefix)
    assert str(corrupt.value).endswith(")")


def test_status_working(run_llm, server, user_dir):
    result = run_llm("darkai", "status")
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert lines["endpoint"] == server.url
    assert lines["model"] == "llama-3-70b"
    assert lines["http status"] == "200"
    assert float(lines["first byte ms"]) <= float(lines["first text ms"])
    assert lines["stream end"] == "yes"
    assert lines["verdict"] == "working"
    assert server.requests[0].json == {"query": "Hi", "model": "llama-3-70b"}
    assert not (user_dir / "logs.db").exists()


def test_status_calls_an_empty_answer_not_working(run_llm, server):
    server.script(Reply(chunks=[]))
    result = run_llm("darkai", "status")
    assert result.returncode == 1
    assert "verdict: not working: the answer was empty" in result.stdout


def test_status_json_for_another_model(run_llm, server):
    result = run_llm("darkai", "status", "-m", "darkai/gpt-4o", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["model"] == "gpt-4o" and report["verdict"] == "working"
    assert report["http_status"] == 200 and report["stream_end"] is True
    assert report["first_byte_ms"] > 0 and report["first_text_ms"] > 0
    assert server.requests[0].json["model"] == "gpt-4o"


def test_status_http_error(run_llm, server):
    server.script(Reply(status=503, body=b'{"error": "maintenance"}'))
    result = run_llm("darkai", "status", "--json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["http_status"] == 503
    assert report["verdict"] == (
        "not working: DarkAI returned an error: "
        "HTTP 503 Service Unavailable: maintenance"
    )
    assert len(server.requests) == 1  # a probe reports what it sees: no retries


def test_status_unreachable(run_llm):
    with DarkAIServer() as closed:
        url = closed.url
    result = run_llm("darkai", "status", env={"LLM_DARKAI_URL": url})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"verdict: not working: Could not reach DarkAI at {url}" in result.stdout
    assert "http status: -" in result.stdout


def test_status_not_an_event_stream(run_llm, server):
    server.script(
        Reply(headers={"content-type": "text/html"}, body=b"<html><title>Hi</title>")
    )
    result = run_llm("darkai", "status")
    assert result.returncode == 1
    assert (
        "verdict: not working: DarkAI answered HTTP 200 but not with an event stream"
        in (result.stdout)
    )


def test_status_reports_deeply_nested_json_as_not_working(run_llm, server):
    nested = b"[" * 100_000 + b"]" * 100_000
    server.script(Reply(body=b"data: " + nested + b"\n\n"))
    result = run_llm("darkai", "status")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [verdict] = [line for line in result.stdout.splitlines() if "verdict" in line]
    assert verdict.startswith("verdict: not working: ")


def test_status_reports_an_absurd_retry_after_as_not_working(run_llm, server):
    absurd = "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"
    server.script(Reply(status=503, headers={"retry-after": absurd}, body=b"busy"))
    result = run_llm("darkai", "status")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        "verdict: not working: DarkAI returned an error: "
        "HTTP 503 Service Unavailable: busy\n" in result.stdout
    )


def test_status_honours_the_timeout(run_llm, server):
    server.script(Reply(chunks=[], stall=30))
    started = time.monotonic()
    result = run_llm("darkai", "status", "--timeout", "1")
    assert result.returncode == 1
    assert (
        "verdict: not working: DarkAI timed out: no data for 1 second "
        "(--timeout S to wait longer)" in result.stdout
    )
    assert time.monotonic() - started < 20


def test_status_gives_up_connecting_after_the_connect_bound(
    run_llm, unanswering_address
):
    url = "http://{}:{}/chat".format(*unanswering_address)
    started = time.monotonic()
    result = run_llm("darkai", "status", env={"LLM_DARKAI_URL": url})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1] == (
        f"verdict: not working: Could not reach DarkAI at {url}: "
        "connection timed out after 5 seconds"
    )
    assert time.monotonic() - started < 20  # not --timeout's 30 s


def test_status_honours_the_proxy_variable_and_hides_its_password(run_llm, server):
    proxy = server.url.replace("http://", "http://bob:hunter2@").removesuffix("/chat")
    env = {"LLM_DARKAI_PROXY": proxy, "LLM_DARKAI_URL": "http://darkai.invalid/chat"}
    result = run_llm("darkai", "status", env=env)
    assert result.returncode == 0, result.stdout
    assert server.requests[0].path == "http://darkai.invalid/chat"
    assert "hunter2" not in result.stdout and "***@127.0.0.1" in result.stdout
    keys = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert keys[:3] == ["endpoint", "proxy", "model"]  # where, then what
    assert keys[-1] == "verdict"


def test_status_refuses_unknown_models_and_bad_settings(run_llm, server):
    refused(run_llm("darkai", "status", "-m", "gpt-4o-mini"), "not a DarkAI model")
    refused(
        run_llm("darkai", "status", "--timeout", "0"),
        "Invalid value for '--timeout'",
        2,
    )
    refused(
        run_llm("darkai", "status", env={"LLM_DARKAI_URL": "file:///etc/passwd"}),
        "LLM_DARKAI_URL must be an http or https URL",
    )
    assert server.requests == []


def test_status_names_a_proxy_from_the_standard_variables(run_llm):
    result = run_llm(
        "darkai",
        "status",
        "--timeout",
        "2",
        env={
            "LLM_DARKAI_URL": "http://darkai.example/chat",
            "HTTP_PROXY": "http://bob:hunter2@127.0.0.1:9",
        },
    )
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "endpoint: http://darkai.example/chat",
        "proxy: http://***@127.0.0.1:9",
    ]
    assert "hunter2" not in result.stdout + result.stderr
