"""Ordinary-answer corpus: thousands of real model answers, none a tool call, to
measure what the tool-call recogniser does to text that must stay text: false
calls, text lost, and how long each character is held before it is shown.

The answers are not in this repository. They are read at run time from public
model-output collections, fetched as bare git snapshots; by the project's rule
data files brought by a fetch are never committed, so this file holds only the
loader: which files, which answers, and the tool names offered with each.

Sources (each answer's `source` names repository, commit, path and index)
- tatsu-lab/alpaca_eval, commit cd543a149df89434d8a54582c0151c0b945c3d20,
  `results/<model>/model_outputs.json`: the recorded outputs of each model on
  the 805 AlpacaEval instructions (a JSON list; the answer is `output`).
  https://github.com/tatsu-lab/alpaca_eval/tree/main/results
- lmarena/arena-hard-auto, commit 196f6b826783b3da7310e361a805fa36f0be83f3,
  `data/arena-hard-v0.1/model_answer/<model>.jsonl` (500 questions, most of them
  programming) and `data/arena-hard-v2.0/model_answer/o3-mini-2025-01-31.jsonl`
  (750): one JSON object a line; the answer is
  `messages[-1]["content"]["answer"]`. Code-heavy: fences, JSON, call sites.
  https://github.com/lmarena/arena-hard-auto/tree/main/data
- simonw/llm, commit f3f4f29c6e5e623c3776cbf6455dda2345638214, `docs/**/*.md`:
  the documentation of the `llm` CLI this plugin serves, cut into sections at
  its headings (outside code fences), each section one "answer": the text a
  model quotes when asked about llm, tools and schemas included, with JSON,
  shell sessions and Python calls. Not model output; its kind is "docs", and
  its index is the section's place among the file's sections of 200
  characters or more.
  https://github.com/simonw/llm/tree/main/docs

How to obtain the data: with the library tool `fetch`:
`github:tatsu-lab/alpaca_eval`, `github:lmarena/arena-hard-auto` and
`github:simonw/llm`; each arrives as a bare git directory,
`/work/.mirror/<owner>+<name>/repo`. `load()` reads the files with
`git --git-dir=... show <commit>:<path>` (the pinned commit above, or HEAD if the
snapshot lacks it, the commit used being named in each source). The directory
holding the mirrors is `load`'s argument, else $LLM_DARKAI_ORDINARY, else
/work/.mirror. A collection that is absent is skipped (see `missing`).

Sampling is fixed and deterministic: every answer of the models DarkAI serves
or that are closest to them (Llama 3 70B Instruct, Llama 3.1 70B, GPT-4o,
GPT-3.5 Turbo), every 4th answer of eight other models (each from its own
offset, so that the instructions vary), all of arena-hard v0.1's GPT-4 (0314)
and GPT-3.5 Turbo (0125) answers, every 2nd of GPT-4 (0613) and o3-mini, and
every section of llm's docs. 6,822 answers (4,829 general, 1,625 code-heavy,
368 docs), 11.6 million characters.

Each answer comes with two sets of tool names to offer: COMMON, the same
everyday names for every answer (several of them, "python", "find", "add",
"search", are words an ordinary answer uses), with the input schemas in
COMMON_SCHEMAS, as llm makes them from a function's signature; and `own`: up to
8 identifiers taken from the answer itself (call sites `name(`, words in
backticks, quoted dict keys, snake_case and camelCase words in code fences;
failing those, its most frequent long words), the names most likely to make
the answer look like a call, offered as names alone (schemas unknown).
"""

import json
import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

COMMON = (
    "get_weather",
    "search",
    "web_search",
    "run_command",
    "read_file",
    "write_file",
    "calculator",
    "get_current_time",
    "send_email",
    "python",
    "lookup",
    "find",
    "add",
)


def _schema(required=(), **properties):
    """An input schema as llm makes one from a function's signature."""
    return {
        "type": "object",
        "properties": {name: {"type": kind} for name, kind in properties.items()},
        "required": list(required),
    }


# COMMON's input schemas, as llm would make them from plain Python functions
COMMON_SCHEMAS = {
    "get_weather": _schema(["city"], city="string"),
    "search": _schema(["query"], query="string"),
    "web_search": _schema(["query"], query="string"),
    "run_command": _schema(["command"], command="string"),
    "read_file": _schema(["path"], path="string"),
    "write_file": _schema(["path", "content"], path="string", content="string"),
    "calculator": _schema(["expression"], expression="string"),
    "get_current_time": _schema(timezone="string"),
    "send_email": _schema(
        ["to", "subject", "body"], to="string", subject="string", body="string"
    ),
    "python": _schema(["code"], code="string"),
    "lookup": _schema(["term"], term="string"),
    "find": _schema(["pattern"], pattern="string"),
    "add": _schema(["a", "b"], a="integer", b="integer"),
}
assert tuple(COMMON_SCHEMAS) == COMMON

ALPACA = ("tatsu-lab/alpaca_eval", "cd543a149df89434d8a54582c0151c0b945c3d20")
ARENA = ("lmarena/arena-hard-auto", "196f6b826783b3da7310e361a805fa36f0be83f3")
DOCS = ("simonw/llm", "f3f4f29c6e5e623c3776cbf6455dda2345638214")

# (repository, path, model, step, offset): answers offset, offset + step, ...
_ALPACA_ALL = (
    "Meta-Llama-3-70B-Instruct",
    "Meta-Llama-3.1-70B-Instruct-Turbo",
    "gpt-4o-2024-05-13",
    "gpt-3.5-turbo-1106",
)
_ALPACA_SOME = (
    "gpt4_1106_preview",
    "claude-3-5-sonnet-20240620",
    "Mixtral-8x22B-Instruct-v0.1",
    "Qwen2-72B-Instruct",
    "gemini-pro",
    "mistral-large-2402",
    "deepseek-llm-67b-chat",
    "Yi-34B-Chat",
)
# Near-miss answers chosen from these first lay in tests/trained_formats_corpus.py;
# as data of the collection, they are read here instead, every other answer.
_ALPACA_HALF = (
    "claude-3-opus-20240229",
    "dbrx-instruct",
    "llama-2-70b-chat-hf",
    "gemma-7b-it",
    "gpt-4-turbo-2024-04-09",
    "Qwen1.5-72B-Chat",
    "mistral-medium",
    "claude-2.1",
)
_ARENA_V01 = "data/arena-hard-v0.1/model_answer/{}.jsonl"
SAMPLES = (
    *((ALPACA, f"results/{m}/model_outputs.json", m, 1, 0) for m in _ALPACA_ALL),
    *(
        (ALPACA, f"results/{m}/model_outputs.json", m, 4, i % 4)
        for i, m in enumerate(_ALPACA_SOME)
    ),
    *((ALPACA, f"results/{m}/model_outputs.json", m, 2, 0) for m in _ALPACA_HALF),
    (ARENA, _ARENA_V01.format("gpt-4-0314"), "gpt-4-0314", 1, 0),
    (ARENA, _ARENA_V01.format("gpt-3.5-turbo-0125"), "gpt-3.5-turbo-0125", 1, 0),
    (ARENA, _ARENA_V01.format("gpt-4-0613"), "gpt-4-0613", 2, 1),
    (
        ARENA,
        "data/arena-hard-v2.0/model_answer/o3-mini-2025-01-31.jsonl",
        "o3-mini-2025-01-31",
        2,
        0,
    ),
    (DOCS, "docs/", "documentation", 1, 0),  # a folder: its *.md, by section
)


@dataclass(frozen=True)
class Ordinary:
    repo: str  # owner/name
    commit: str  # the commit read
    path: str  # the file in it
    model: str  # the model that wrote the answer
    index: int  # the answer's place in the file (0-based)
    text: str  # the answer, verbatim
    own: tuple  # up to 8 identifiers from the answer, to offer as tool names

    @property
    def source(self):
        return f"{self.repo}@{self.commit[:7]} {self.path} [{self.index}]"

    @property
    def kind(self):
        if self.repo == DOCS[0]:
            return "docs"
        return "code-heavy" if self.repo == ARENA[0] else "general"


_KEYWORDS = frozenset(
    "if elif else for while return switch catch case def function class and or "
    "not in is sizeof with try except from import new typeof await async lambda "
    "yield print".split()
)
_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_NAME_PATTERNS = (
    re.compile(rf"(?<![\w$])({_IDENT})\("),  # a call site: name(
    re.compile(rf"`({_IDENT})(?:\(\))?`"),  # `name` or `name()`
    re.compile(rf"[\"']({_IDENT})[\"']\s*:"),  # a quoted dict key
)
_FENCE = re.compile(r"```[^\n]*\n(.*?)(?:```|\Z)", re.S)
_WORD = re.compile(r"\b[a-z]{5,}\b")
_CODE_WORD = re.compile(r"\b([a-z][a-z0-9]*_[a-z0-9_]+|[a-z]+[A-Z][A-Za-z0-9]*)\b")


def own_names(text, limit=8):
    """Up to `limit` identifiers from the answer, first by kind (call sites,
    backticks, dict keys, code words in fences), then by first occurrence; for
    an answer with none (most prose), its 3 most frequent words of 5 letters or
    more, lower-cased (ties: the first to occur)."""
    names = {}
    searches = [(p, text) for p in _NAME_PATTERNS]
    searches += [(_CODE_WORD, block) for block in _FENCE.findall(text)]
    for pattern, where in searches:
        for match in pattern.finditer(where):
            name = match.group(1)
            if len(name) > 1 and name not in _KEYWORDS:
                names.setdefault(name, None)
                if len(names) == limit:
                    return tuple(names)
    if not names:
        words = _WORD.findall(text.lower())
        first = {word: -n for n, word in enumerate(reversed(words))}
        counts = Counter(words)
        names = sorted(counts, key=lambda word: (-counts[word], -first[word]))[:3]
    return tuple(names)


def mirror_root(root=None):
    return Path(root or os.environ.get("LLM_DARKAI_ORDINARY") or "/work/.mirror")


def sections(markdown, shortest=200):
    """A markdown document cut before each heading outside a code fence."""
    parts, lines, fence = [], [], None
    for line in markdown.splitlines(keepends=True):
        mark = re.match(r"\s*(`{3,}|~{3,})", line)
        if mark and fence is None:
            fence = mark.group(1)
        elif mark and mark.group(1).startswith(fence):
            fence = None
        elif fence is None and re.match(r"#{1,6} ", line) and lines:
            parts.append("".join(lines))
            lines = []
        lines.append(line)
    parts.append("".join(lines))
    return [part for part in parts if len(part.strip()) >= shortest]


def _git_dir(root, repo):
    return mirror_root(root) / repo.replace("/", "+") / "repo"


def missing(root=None):
    """The collections that are not in the mirror directory."""
    return sorted(
        {repo for (repo, _), *_ in SAMPLES if not _git_dir(root, repo).is_dir()}
    )


def _git(git_dir, *args):
    result = subprocess.run(
        ["git", "--git-dir", str(git_dir), *args], capture_output=True
    )
    return result.stdout.decode("utf-8") if result.returncode == 0 else None


def _commit(git_dir, commit):
    """The pinned commit, or HEAD if the snapshot lacks it."""
    for revision in (commit, "HEAD"):
        used = _git(git_dir, "rev-parse", "--verify", "-q", f"{revision}^{{commit}}")
        if used:
            return used.strip()
    return None


def _files(git_dir, commit, path):
    """(path, content) of the file, or of the folder's *.md files, sorted."""
    if not path.endswith("/"):
        content = _git(git_dir, "show", f"{commit}:{path}")
        return [] if content is None else [(path, content)]
    listing = _git(git_dir, "ls-tree", "-r", "--name-only", commit, path) or ""
    names = sorted(name for name in listing.splitlines() if name.endswith(".md"))
    return [(name, _git(git_dir, "show", f"{commit}:{name}") or "") for name in names]


def _answers(name, content):
    if name.endswith(".md"):
        return sections(content)
    if name.endswith(".jsonl"):
        rows = [json.loads(line) for line in content.split("\n") if line.strip()]
        return [row["messages"][-1]["content"]["answer"] for row in rows]
    return [row["output"] for row in json.loads(content)]


@lru_cache(maxsize=4)
def _load(root):
    corpus = []
    for (repo, commit), path, model, step, offset in SAMPLES:
        git_dir = _git_dir(root, repo)
        used = _commit(git_dir, commit) if git_dir.is_dir() else None
        if used is None:
            continue
        for name, content in _files(git_dir, used, path):
            answers = _answers(name, content)
            for index in range(offset, len(answers), step):
                text = answers[index]
                if isinstance(text, str) and text.strip():
                    corpus.append(
                        Ordinary(repo, used, name, model, index, text, own_names(text))
                    )
    return tuple(corpus)


def load(root=None):
    """The corpus, in SAMPLES order; empty if no collection is in `root`."""
    return _load(str(mirror_root(root)))


if __name__ == "__main__":
    corpus = load()
    print(f"{len(corpus)} answers, {sum(len(a.text) for a in corpus):,} characters")
    for repo in missing():
        print(f"missing: {repo}")
