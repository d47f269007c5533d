"""What the tests share: where the fixtures are, running cismoa (in-process, or as a process
of its own as a user runs it), the app's commands with the arguments each takes, and golden
files.

Code tests read the small fixtures (``MINI``, ``HOSTILE``), never the bundled reading of the
CISMOA article: its facts are tested in test_bundled_data.py alone, so that editing the data
breaks no test of the code. conftest.py points ``CISMOA_DATA`` at a file that does not exist,
so a test that forgets ``--data`` fails instead of reading the bundled dossier by accident.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
import typer.main
import typer.testing
from typer.core import TyperGroup
from typer.testing import CliRunner

from cismoa_cli.cli import app
from cismoa_cli.cli.boundary import global_options_of
from cismoa_cli.export import ExportFormat
from cismoa_cli.render import Format

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
MINI = FIXTURES / "mini" / "claims.json"
HOSTILE = FIXTURES / "hostile" / "claims.json"
# Three actors, one of whom asserts an implication: a voice that is neither the article nor critics.
VOICES = FIXTURES / "voices" / "claims.json"
# A draft under review: mini in format 2, with a proposed actor, voice (critics), interest,
# relation and implication, each beside an accepted one (the article's own voice is accepted).
REVIEW = FIXTURES / "review" / "claims.json"
BUNDLED = REPO / "data" / "claims.json"  # the repository's own, as authors edit it
GOLDEN = REPO / "tests" / "golden"
# Where a test that forgot --data finds its dossier: nowhere (set by conftest.py).
NO_DOSSIER = "/nonexistent/tests-name-their-dossier-with---data/claims.json"

Json = dict[str, Any]

# Everything the sanitiser spells out, except the newline and tab that formats use.
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
SGR = re.compile(r"\x1b\[[0-9;]*m")  # Rich's own styling, the one escape allowed (in colour)

# How many examples the fuzzing suite tried, and of what; conftest reports it at the end.
FUZZ_TRIED: Counter[str] = Counter()


# --- running cismoa ---------------------------------------------------------------------

# The command tree Typer builds from the app's signatures: built once, as CliRunner.invoke
# would build it again on every call (most of an in-process run's time).
APP_COMMAND = typer.main.get_command(app)


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str | Path, env: Mapping[str, str | None] | None = None) -> Run:
    """Run ``cismoa ARGS`` in-process, stdout and stderr kept apart; ``env`` is added to the
    environment for the run (a value of None removes the variable)."""
    words = [str(arg) for arg in args]
    code: object = 0
    with CliRunner().isolation(env=env) as (stdout, stderr, _):
        try:
            APP_COMMAND.main(args=words, prog_name="cismoa")
        except SystemExit as ended:
            code = ended.code
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = stdout.getvalue(), stderr.getvalue()
    exit_code = code if isinstance(code, int) else (0 if code is None else 1)
    return Run(exit_code, _text(out), _text(err))


def _text(written: bytes) -> str:
    return written.decode("utf-8", "replace").replace("\r\n", "\n")


def cismoa(
    *args: str | Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
    **options: Any,
) -> subprocess.CompletedProcess[str]:
    """``cismoa ARGS`` in a process of its own, as a user runs it (a hang fails on the
    timeout); ``env`` is added to this process's environment."""
    return subprocess.run(
        [sys.executable, "-m", "cismoa_cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=False,
        **options,
    )


def complete(words: str, env: Mapping[str, str] | None = None) -> list[str]:
    """The candidates the real program offers bash for the command line ``words`` (ending
    in a space to complete a new word), as the completion script asks for them."""
    done = cismoa("__complete", "bash", "--", words, env=env)
    assert done.returncode == 0, done.stderr
    kind, *candidates = done.stdout.splitlines()
    assert kind in ("words", "paths")
    return candidates


def printed(renderable: object, width: int = 80) -> str:
    """What a renderable looks like on a plain terminal of ``width`` columns, trailing
    spaces trimmed."""
    from rich.console import Console

    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(renderable)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


# --- dossiers on disk -------------------------------------------------------------------


def fixture_json(path: Path = MINI) -> Json:
    """A fresh copy of a fixture dossier's JSON, to change at will."""
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


# Fields format 2 added, with the value an item has when its file does not give them.
ADDED_DEFAULTS: dict[str, object] = {"status": "accepted", "cue": None, "condition": None}
CLAIM_DEFAULTS: dict[str, object] = {
    "asserted_by": "article",
    "certainty": "asserted",
    "hedge": None,
}


def as_format_1(dumped: Json) -> Json:
    """A format-2 dossier as JSON, read back as the format-1 file it was upgraded from: no
    "format", no places, no ``critics`` voice, no fields at format 2's defaults (an
    implication keeps its hedge, as format 1 had it). For a file that uses nothing new."""
    found = {key: value for key, value in dumped.items() if key not in ("format", "voices")}
    assert dumped.get("voices", []) in ([], [CRITICS_VOICE]), "not a format-1 dossier"
    for field in ("actors", "interests", "relations", "implications"):
        found[field] = [_item_as_format_1(field, item) for item in dumped.get(field, [])]
    return found


CRITICS_VOICE: Json = {
    "id": "critics",
    "name": "critics",
    "kind": "group",
    "aliases": [],
    "affiliation": None,
    "role": None,
    "evidence": [],
    "status": "accepted",
    "cue": None,
}


def _item_as_format_1(field: str, item: Json) -> Json:
    defaults = ADDED_DEFAULTS | (CLAIM_DEFAULTS if field in ("interests", "relations") else {})
    kept = {k: v for k, v in item.items() if k not in defaults or v != defaults[k]}
    evidence = [{k: e[k] for k in ("quote", "start", "end")} for e in item["evidence"]]
    return {**kept, "evidence": evidence}


def write_dossier(
    folder: Path,
    data: Json | None = None,
    *,
    change: Callable[[Json], None] | None = None,
    text: str | bytes | None = None,
    name: str = "claims.json",
    fixture: Path = MINI,
) -> Path:
    """A dossier in ``folder`` beside a copy of the fixture's article: the fixture itself, or
    ``data``, after ``change``; or the raw ``text`` given. Returns the dossier's path."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(fixture.parent / "article.txt", folder / "article.txt")
    path = folder / name
    if text is not None:
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return path
    dossier = data if data is not None else fixture_json(fixture)
    if change is not None:
        change(dossier)
    path.write_text(json.dumps(dossier, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def many_implications(folder: Path, count: int) -> Path:
    """The mini dossier with ``count`` copies of its first implication: a large file of
    valid data, written in ``folder``."""

    def grown(data: Json) -> None:
        template = data["implications"][0]
        data["implications"] = [{**template, "id": f"IMP-{n}"} for n in range(count)]

    return write_dossier(folder, change=grown)


def generated(count: int, folder: Path) -> Path:
    """A varied synthetic dossier of ``count`` implications among 50 actors (the benchmarks'
    generator), written in ``folder``."""
    script = REPO / "benchmarks" / "generate.py"
    subprocess.run(
        [sys.executable, str(script), str(count), str(folder)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return folder / "claims.json"


# --- the app's commands -------------------------------------------------------------------

# Every command, as the app defines them: a new command is in every "every command" test.
# (Not the hidden one the completion scripts ask: test_completion.py tests it.)
COMMANDS = {
    name: command
    for name, command in cast(TyperGroup, APP_COMMAND).commands.items()
    if not command.hidden
}
# The global options, each with whether it takes a value, as the app's parser sees them.
GLOBAL_OPTIONS = global_options_of(APP_COMMAND)

# How to run each command on the mini and the hostile fixture (they share their ids): one
# list of arguments per way to run it. "{article}" stands for the fixture's article,
# "{project}" for a REFI-QDA project exported from it, and "{out}" for a new file in the
# test's folder. test_cli.py fails if a command has no entry.
USES: dict[str, list[list[str]]] = {
    "actors": [[]],
    "voices": [[]],
    "actor": [["ALP"]],
    "interests": [[], ["--actor", "BET"]],
    "relations": [["--actor", "alp"]],
    "implications": [[], ["--direction", "risk", "--sort", "certainty"]],
    "tree": [[]],
    "matrix": [[]],
    "compare": [["ALP", "BET"]],
    "show": [["IMP-1"], ["REL-1"]],
    "search": [["a"]],
    "source": [[], ["--highlight"]],
    "coverage": [[], ["--uncited"]],
    "export": [
        # A database and a zip file need a file (or, for the zip, a pipe).
        *([kind.value] for kind in ExportFormat if kind.value not in ("sqlite", "qdpx")),
        ["sqlite", "-o", "{out}"],
        ["qdpx", "-o", "{out}"],
    ],
    "import": [["qdpx", "{project}", "-o", "{out}"]],
    "browse": [],  # it needs a terminal: tests/test_browse.py drives it with Textual's Pilot
    "validate": [[]],
    "schema": [[]],
    "init": [["{article}", "-o", "{out}"]],
    "draft": [["{article}", "-o", "{out}"]],
    "locate": [["Critics argue"]],
}


FORMATS = [fmt.value for fmt in Format]  # what --format takes
EXPORTS = [kind.value for kind in ExportFormat]


def takes_format(command: str) -> bool:
    """Whether a command has the --format option."""
    return any("--format" in p.opts for p in COMMANDS[command].params)


def uses(command: str, folder: Path) -> list[list[str]]:
    """The ways to run ``command`` that USES lists, placeholders filled in for ``folder``
    (which holds the dossier's article); each "{out}" a file of its own."""
    filled = []
    for n, args in enumerate(USES[command]):
        out = folder / f"out-{command}-{n}"
        article = folder / "article.txt"
        project = folder / "out-project.qdpx"
        if "{project}" in "".join(args) and not project.exists():
            run_cli("--data", folder / "claims.json", "export", "qdpx", "-o", project)
        filled.append([a.format(out=out, article=article, project=project) for a in args])
    return filled


# --- golden files ---------------------------------------------------------------------------

REGENERATE = os.environ.get("CISMOA_REGENERATE") == "1"


def matches_golden(path: Path, actual: str) -> None:
    """``actual`` is byte for byte the committed file at ``path``.

    With CISMOA_REGENERATE=1 the file is written instead, and the test fails, so that a run
    that regenerates can never pass unseen: review the diff, commit, and run again.
    """
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        pytest.fail(f"regenerated {path.relative_to(REPO)}: review the diff, commit it, rerun")
    assert path.exists(), f"{path} is missing: run CISMOA_REGENERATE=1 pytest {_caller()}"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, (
        f"{path.relative_to(REPO)} differs from the output: if the change is intended, "
        f"regenerate it with CISMOA_REGENERATE=1 pytest {_caller()} and review the diff"
    )


def _caller() -> str:
    """The test file running now, for the command that regenerates its golden files."""
    current = os.environ.get("PYTEST_CURRENT_TEST", "tests")
    return current.split("::", 1)[0]
