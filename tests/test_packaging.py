"""Release-ready: the sdist and the wheel carry what they should, their metadata
passes `twine check --strict` and links back to the repository, every claimed
Python is tested, the GitHub workflows are valid, and what the README tells a user
who installed the wheel holds for the sdist it sends them to.

The sdist and the wheel are built once per session, the way a release builds them
(`python -m build`: the sdist, then the wheel from the unpacked sdist).
"""

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from email.parser import Parser
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
# What PyPI shows a user: the README before Development, with its lines joined.
USER_PART = " ".join(README.split("\n## Development\n", 1)[0].split())
WORKFLOWS = ROOT / ".github" / "workflows"

# Tracked files that serve the repository, not someone installing or testing the
# package: they stay out of the sdist.
REPOSITORY_ONLY = (".gitignore", ".ci/", ".github/")
# Files setuptools writes into every sdist.
GENERATED = ("PKG-INFO", "setup.cfg", "llm_darkai.egg-info/")


def git_files(*options):
    """`git ls-files` of this checkout, or None outside one."""
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        return None
    if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT:
        return None
    listing = subprocess.run(
        ["git", "ls-files", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(listing.stdout.splitlines())


def tracked_files(*options):
    files = git_files(*options)
    if files is None:
        pytest.skip("not a git checkout (an unpacked sdist, say)")
    return files


BUILD_TIMEOUT = 300  # seconds


def build(tmp_path_factory, out):
    """Build the sdist and the wheel into `out`: the exit status and the output."""
    # In a checkout, build from a copy of the project's own files, as a release
    # does from a fresh clone: setuptools reads back the SOURCES.txt that an editable
    # install left, which would hide a file missing from MANIFEST.in.
    source = ROOT
    files = git_files("--cached", "--others", "--exclude-standard")
    if files is not None:
        source = tmp_path_factory.mktemp("source")
        for name in files:
            if (ROOT / name).is_file():
                (source / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, source / name)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, f"python -m build took over {BUILD_TIMEOUT} s"
    return result.returncode, result.stdout + result.stderr


@pytest.fixture(scope="session")
def dists(tmp_path_factory):
    if "PYTEST_XDIST_WORKER" not in os.environ:
        out = tmp_path_factory.mktemp("dist")
        status, output = build(tmp_path_factory, out)
    else:
        # pytest-xdist's workers of one run share the parent of their base
        # directories. A build costs seconds of CPU, so the first worker to claim
        # a directory there builds for them all and the others wait for its outcome.
        out = tmp_path_factory.getbasetemp().parent / "dist"
        outcome = out / "outcome.json"
        try:
            out.mkdir()
        except FileExistsError:
            deadline = time.monotonic() + BUILD_TIMEOUT + 60
            while not outcome.exists():
                assert time.monotonic() < deadline, "another worker's build never ended"
                time.sleep(0.2)
        else:
            written = out / "outcome.partial"
            written.write_text(json.dumps(build(tmp_path_factory, out)))
            written.replace(outcome)  # whole, or not there yet
        status, output = json.loads(outcome.read_text())
    assert status == 0, output
    [sdist] = out.glob("*.tar.gz")
    [wheel] = out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="session")
def sdist_files(dists):
    with tarfile.open(dists[0]) as archive:
        names = [member.name for member in archive if member.isfile()]
    top = names[0].split("/")[0]
    assert all(name.startswith(f"{top}/") for name in names)
    return {name.removeprefix(f"{top}/") for name in names}


@pytest.fixture(scope="session")
def wheel_files(dists):
    with zipfile.ZipFile(dists[1]) as archive:
        return set(archive.namelist())


def read_metadata(dists, which):
    if which == "wheel":
        with zipfile.ZipFile(dists[1]) as archive:
            [name] = [
                n for n in archive.namelist() if n.endswith(".dist-info/METADATA")
            ]
            text = archive.read(name).decode()
    else:
        with tarfile.open(dists[0]) as archive:
            [member] = [
                m
                for m in archive
                if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")
            ]
            text = archive.extractfile(member).read().decode()
    return Parser().parsestr(text)


def claimed_pythons(metadata):
    prefix = "Programming Language :: Python :: 3."
    return [
        f"3.{classifier.removeprefix(prefix)}"
        for classifier in metadata.get_all("Classifier")
        if classifier.startswith(prefix) and classifier.removeprefix(prefix).isdigit()
    ]


def version_key(version):
    return tuple(int(part) for part in version.split("."))


# 1. The license ------------------------------------------------------------


def test_license_file_holds_the_apache_2_text():
    text = (ROOT / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert len(text.splitlines()) > 150  # the full text, not a pointer to it


@pytest.mark.parametrize("which", ["sdist", "wheel"])
def test_metadata_names_the_license_and_its_file(dists, which):
    metadata = read_metadata(dists, which)
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    # setuptools refuses a license classifier beside an SPDX expression.
    assert not any(c.startswith("License ::") for c in metadata.get_all("Classifier"))


def test_sdist_and_wheel_carry_the_license_text(dists, sdist_files, wheel_files):
    assert "LICENSE" in sdist_files
    [license_path] = [
        n for n in wheel_files if n.endswith(".dist-info/licenses/LICENSE")
    ]
    with zipfile.ZipFile(dists[1]) as archive:
        assert archive.read(license_path) == (ROOT / "LICENSE").read_bytes()


# 2. What the sdist and the wheel hold --------------------------------------


def test_sdist_holds_every_tracked_file_a_user_needs(sdist_files):
    tracked = tracked_files()
    needed = {f for f in tracked if not f.startswith(REPOSITORY_ONLY)}
    assert needed - sdist_files == set()
    # ...and nothing that is not part of the project: no caches, builds or venvs.
    known = tracked | tracked_files("--others", "--exclude-standard")
    extra = {f for f in sdist_files - known if not f.startswith(GENERATED)}
    assert extra == set()


def test_sdist_carries_what_its_tests_need(sdist_files):
    # Holds outside a git checkout too: pytest in an unpacked sdist needs these.
    for name in ("tests/conftest.py", "tests/darkai_server.py", "tests/benchmark.py"):
        assert name in sdist_files
    test_files = {f"tests/{p.name}" for p in (ROOT / "tests").glob("test_*.py")}
    assert test_files <= sdist_files


def test_wheel_holds_the_module_and_the_license_and_nothing_from_tests(wheel_files):
    package_files = {n for n in wheel_files if ".dist-info/" not in n}
    assert package_files == {"llm_darkai.py"}
    assert not any(n.startswith("tests/") or "/tests/" in n for n in wheel_files)
    dist_info = {n.split("/", 1)[1] for n in wheel_files if ".dist-info/" in n}
    assert dist_info == {
        "METADATA",
        "WHEEL",
        "RECORD",
        "entry_points.txt",
        "top_level.txt",
        "licenses/LICENSE",
    }


def test_wheel_registers_the_plugin_with_llm(dists):
    with zipfile.ZipFile(dists[1]) as archive:
        [name] = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
        entry_points = archive.read(name).decode()
    assert "[llm]\ndarkai = llm_darkai" in entry_points


# 3. Metadata ----------------------------------------------------------------


def test_twine_check_strict_passes_on_both_files(dists):
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dists)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2


def test_metadata_has_keywords_and_python_classifiers(dists):
    metadata = read_metadata(dists, "wheel")
    assert {"llm", "llm-plugin", "darkai"} <= set(metadata["Keywords"].split(","))
    pythons = claimed_pythons(metadata)
    minimum = metadata["Requires-Python"].removeprefix(">=")
    assert pythons[0] == minimum == "3.10"
    # One classifier for every minor version from the minimum up, none skipped.
    assert [version_key(p)[1] for p in pythons] == list(range(10, 10 + len(pythons)))
    assert "Programming Language :: Python :: 3 :: Only" in metadata.get_all(
        "Classifier"
    )
    # The README states the same floor.
    assert f"Python {minimum} or later" in README


def project_urls(metadata):
    return dict(entry.split(", ", 1) for entry in metadata.get_all("Project-URL"))


@pytest.mark.parametrize("which", ["sdist", "wheel"])
def test_metadata_links_the_repository_its_issues_and_its_changelog(dists, which):
    urls = project_urls(read_metadata(dists, which))
    assert set(urls) == {"Homepage", "Issues", "Changelog"}
    repository = urls["Homepage"]
    # The workflows run on GitHub, in a repository named as the project.
    assert re.fullmatch(r"https://github\.com/[\w.-]+/llm-darkai", repository)
    assert urls["Issues"] == f"{repository}/issues"
    assert urls["Changelog"] == f"{repository}/blob/main/CHANGELOG.md"


def test_changelog_is_in_the_sdist_with_an_entry_for_this_version(dists, sdist_files):
    assert "CHANGELOG.md" in sdist_files
    this_version = read_metadata(dists, "sdist")["Version"]
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert re.search(rf"^## {re.escape(this_version)}\b", changelog, re.M)


# 4. Every claimed Python is tested -------------------------------------------


def test_this_python_is_one_the_package_claims(dists):
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert running in claimed_pythons(read_metadata(dists, "wheel"))


def test_ci_runs_the_suite_on_the_oldest_and_newest_interpreters(dists):
    tracked_files()  # .ci/ is not in the sdist
    ci = (ROOT / ".ci" / "run").read_text()
    [listed] = re.findall(r'^EXTRA_PYTHONS="([^"]*)"', ci, re.M)
    versions = listed.split()
    claimed = claimed_pythons(read_metadata(dists, "wheel"))
    assert set(versions) <= set(claimed)
    assert min(versions, key=version_key) == claimed[0]
    assert max(version_key(v) for v in versions) >= (3, 13)
    assert '"$venv/bin/python" -m pytest -q' in ci


# 5. Release automation -------------------------------------------------------


def load_workflow(name):
    tracked_files()  # .github/ is not in the sdist
    return yaml.safe_load((WORKFLOWS / name).read_text())


def test_workflows_are_valid_against_githubs_schema():
    tracked_files()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOWS / "test.yml"),
            str(WORKFLOWS / "publish.yml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def readme_test_command():
    start = README.index("## Run the tests")
    return README[start:].split("```bash\n", 1)[1].split("\n```", 1)[0]


@pytest.mark.parametrize("name", ["test.yml", "publish.yml"])
def test_workflows_run_the_readme_test_command_on_every_claimed_python(name, dists):
    workflow = load_workflow(name)
    job = workflow["jobs"]["test"]
    assert job["strategy"]["matrix"]["python-version"] == claimed_pythons(
        read_metadata(dists, "wheel")
    )
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs == [readme_test_command()]


def test_tests_run_on_push_and_pull_request():
    workflow = load_workflow("test.yml")
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert set(triggers) == {"push", "pull_request"}


def test_publishing_tests_then_builds_then_uses_trusted_publishing():
    workflow = load_workflow("publish.yml")
    triggers = workflow.get("on", workflow.get(True))
    assert triggers == {"release": {"types": ["published"]}}
    jobs = workflow["jobs"]
    assert jobs["build"]["needs"] == ["test"]
    build_runs = " ".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert "python -m build" in build_runs and "twine check --strict" in build_runs
    publish = jobs["publish"]
    assert publish["needs"] == ["build"]
    assert publish["environment"] == "release"
    assert publish["permissions"] == {"id-token": "write"}
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert any(u.startswith("pypa/gh-action-pypi-publish@") for u in uses)
    # Trusted publishing: no token is passed to the action.
    assert "password" not in (WORKFLOWS / "publish.yml").read_text()


# 6. What the README tells a user who installed the wheel -------------------


def test_every_file_the_readme_user_part_names_is_in_the_sdist(sdist_files):
    # The wheel holds the module alone: a file the user part sends a user to
    # must come with the source distribution.
    named = set(
        re.findall(r"(?<![\w/.-])((?:[\w-]+/)*[\w-]+\.(?:py|md|toml))", USER_PART)
    )
    assert "tests/darkai_server.py" in named
    assert named - sdist_files == set()


def readme_unpacking():
    """The README's command to unpack the sdist, and the directory it makes."""
    [command] = re.findall(r"`(tar xzf [^`]+)`", USER_PART)
    [directory] = re.findall(r"`(llm_darkai-[^`]*/)`", USER_PART)
    return command, directory


def test_readme_unpacks_the_sdist_by_its_real_names(dists):
    command, directory = readme_unpacking()
    assert fnmatch.fnmatch(dists[0].name, command.split()[-1])
    with tarfile.open(dists[0]) as archive:
        top = archive.getnames()[0].split("/")[0]
    assert fnmatch.fnmatch(f"{top}/", directory)


def test_offline_server_runs_from_the_unpacked_sdist_with_the_installed_plugin(
    dists, tmp_path
):
    # As the README tells a pip user: unpack the sdist with its command, then
    # run Usage's server there; --play imports the plugin, the installed one.
    command, directory = readme_unpacking()
    shutil.copy(dists[0], tmp_path)
    subprocess.run(["bash", "-c", command], cwd=tmp_path, check=True, timeout=60)
    [source] = [p for p in tmp_path.glob(directory.rstrip("/")) if p.is_dir()]
    server = subprocess.Popen(
        [sys.executable, "tests/darkai_server.py", "--port", "0", "--play"],
        cwd=source,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        started = server.stdout.readline()
        assert "http://" in started, f"the server did not start: {started!r}"
        url = re.search(r"http://\S+", started).group()
        answer = subprocess.run(
            [sys.executable, "-m", "llm", "-m", "darkai", "-T", "llm_version", "Hi"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "LLM_DARKAI_URL": url},
        )
    finally:
        server.terminate()
        server.wait()
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout == f"The tool llm_version says: {version('llm')}.\n"
