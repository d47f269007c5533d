"""Property-based fuzzing: mutations of the bundled dossier (fields dropped, renamed or
retyped, offsets shifted, hostile strings injected) through validate, the listings, the
views and every export; and hostile dossiers through a REFI-QDA project and back.

Invariants: no traceback and no internal error; exit 0 or 1 (2 only for a name the data no
longer has); no raw control, escape or bidi character in anything printed; a Markdown
brief keeps its structure; no file is changed without --force.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from brief_checks import check_structure
from conftest import Run, run_cli
from htmlparse import parse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cismoa_cli.export.qdpx import project_qdpx
from cismoa_cli.models import Dossier
from cismoa_cli.qda.importing import import_project
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.store import bundled_path

BASE: dict[str, Any] = json.loads(bundled_path().read_text(encoding="utf-8"))
ARTICLE = (bundled_path().parent / "article.txt").read_bytes()
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
HOSTILE = [
    "[bold red]x",
    "[/]",
    "[link=https://example.invalid]y[/link]",
    "[nil]",
    ":smile:",
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b]52;c;Y2xpcA==\x07",
    "\x9b31m",
    "\r",
    "\u202e",
    "a|b",
    "\n# heading\n",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![i](http://example.invalid/i.png)",
    "=1+1",
    "+cmd",
    "-2",
    "@SUM(A1)",
    "\tTAB",
]
FREE_TEXT = {"statement", "summary", "name"}
FORMATS = ["table", "tsv", "json", "csv"]
COMMANDS = [
    ["actors"],
    ["interests"],
    ["relations"],
    ["implications"],
    ["implications", "--direction", "risk", "--sort", "certainty"],
    ["tree"],
    ["matrix"],
    ["search", "the"],
    ["source"],
    ["source", "--highlight"],
]
EXPORTS = ["markdown", "html", "json", "csv", "dot", "mermaid", "qdc"]

TRIED: Counter[str] = Counter()  # reported at the end of the run by conftest


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key or index path in a JSON tree."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, (*path, index))
    return found


def parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


OTHER_VALUES = st.one_of(
    st.integers(-(10**6), 10**6),
    st.text(max_size=4),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@st.composite
def broken_dossiers(draw: st.DrawFn) -> dict[str, Any]:
    """The bundled dossier after one to three random mutations of any kind."""
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        paths = places(data)
        path = draw(st.sampled_from(paths))
        holder, key = parent(data, path), path[-1]
        mutation = draw(st.sampled_from(["drop", "rename", "retype", "shift", "inject"]))
        if mutation == "drop":
            del holder[key]
        elif mutation == "rename" and isinstance(key, str):
            holder[key + draw(st.sampled_from(["x", "_", "s"]))] = holder.pop(key)
        elif mutation == "retype":
            holder[key] = draw(OTHER_VALUES)
        elif mutation == "shift" and key in ("start", "end") and type(holder[key]) is int:
            holder[key] += draw(st.integers(-5, 5))
        elif isinstance(holder[key], str):
            holder[key] = draw(st.sampled_from(HOSTILE)) + holder[key]
    return data


@st.composite
def hostile_dossiers(draw: st.DrawFn) -> dict[str, Any]:
    """The bundled dossier, still valid, with hostile text in some free-text fields."""
    data = copy.deepcopy(BASE)
    targets = [p for p in places(data) if p[-1] in FREE_TEXT or (len(p) > 1 and p[-2] == "aliases")]
    for path in draw(st.lists(st.sampled_from(targets), min_size=1, max_size=6)):
        holder, key = parent(data, path), path[-1]
        holder[key] = draw(st.sampled_from(HOSTILE)) + holder[key] + draw(st.sampled_from(HOSTILE))
    return data


def write(folder: Path, data: dict[str, Any]) -> Path:
    (folder / "article.txt").write_bytes(ARTICLE)
    path = folder / "claims.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def check(run: Run, *, usage_ok: bool = False) -> None:
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    allowed = {0, 1, 2} if usage_ok else {0, 1}
    assert run.code in allowed, (run.code, run.stderr)
    if run.code == 2:
        usage = ("unknown actor", "no item has the id", "name two actors")
        assert any(reason in run.stderr for reason in usage), run.stderr
    assert not RAW.search(run.stdout), RAW.findall(run.stdout)
    assert not RAW.search(run.stderr), RAW.findall(run.stderr)
    assert run.stderr.count("\n") <= 1 or run.code == 0  # a failure is one line


def check_report(text: str) -> None:
    """The HTML report stays well formed and holds only its own script and links."""
    page = parse(text)
    assert page.problems == []
    assert len(page.all("script")) == 1
    assert all((a.attributes.get("href") or "#").startswith("#") for a in page.all("a"))


def exercise(folder: Path, data: dict[str, Any], choice: st.DataObject) -> None:
    """Validate, then run one drawn command, view or export on the dossier."""
    path = write(folder, data)
    check(run_cli("validate", str(path)))
    TRIED["validate"] += 1
    what = choice.draw(st.sampled_from(["command", "view", "export", "export-file"]))
    actors = data.get("actors")
    actors = actors if isinstance(actors, list) else []
    names = [a.get("name") for a in actors if isinstance(a, dict)]
    name = choice.draw(st.sampled_from([n for n in names if isinstance(n, str)] or ["China"]))
    if what == "command":
        args = [
            *choice.draw(st.sampled_from(COMMANDS)),
            "--format",
            choice.draw(st.sampled_from(FORMATS)),
        ]
        check(run_cli("--data", str(path), *args))
    elif what == "view":
        view = choice.draw(
            st.sampled_from([["actor", name], ["compare", name, "CHN"], ["show", "IMP-05"]])
        )
        args = [*view, "--format", choice.draw(st.sampled_from(FORMATS))]
        check(run_cli("--data", str(path), *args), usage_ok=True)
    elif what == "export":
        kind = choice.draw(st.sampled_from(EXPORTS))
        actor = choice.draw(st.sampled_from([[], ["--actor", name]]))
        shown = run_cli("--data", str(path), "export", kind, *actor)
        check(shown, usage_ok=True)
        if kind == "markdown" and shown.code == 0:
            check_structure(shown.stdout)
        if kind == "html" and shown.code == 0:
            check_report(shown.stdout)
    else:
        target = folder / "out.txt"
        target.write_bytes(b"old")
        force = choice.draw(st.booleans())
        kind = choice.draw(st.sampled_from([*EXPORTS, "sqlite", "qdpx"]))
        shown = run_cli(
            "--data", str(path), "export", kind, "-o", str(target), *(["--force"] if force else [])
        )
        check(shown)
        if not (force and shown.code == 0):
            assert target.read_bytes() == b"old"
        assert sorted(p.name for p in folder.iterdir()) == ["article.txt", "claims.json", "out.txt"]
    TRIED[what] += 1


FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=broken_dossiers(), choice=st.data())
def test_broken_dossiers_fail_cleanly(
    tmp_path: Path, data: dict[str, Any], choice: st.DataObject
) -> None:
    exercise(tmp_path, data, choice)


@FUZZ
@given(data=hostile_dossiers(), choice=st.data())
def test_hostile_text_never_reaches_the_terminal(
    tmp_path: Path, data: dict[str, Any], choice: st.DataObject
) -> None:
    exercise(tmp_path, data, choice)


@settings(FUZZ, max_examples=100)
@given(data=hostile_dossiers())
def test_hostile_dossiers_come_back_from_a_qdpx_project(data: dict[str, Any]) -> None:
    dossier = Dossier.model_validate(data)
    article = ARTICLE.decode("utf-8")
    project = project_qdpx(select(dossier, ImplicationFilter()), article, "article.txt")
    imported = import_project(project, "fuzzed.qdpx")
    assert Dossier.model_validate(imported.dossier) == dossier
    assert imported.article == article and imported.notes == []
    TRIED["qdpx"] += 1


@pytest.mark.slow
@settings(FUZZ, max_examples=3000)
@given(data=st.one_of(broken_dossiers(), hostile_dossiers()), choice=st.data())
def test_long_fuzzing_run(tmp_path: Path, data: dict[str, Any], choice: st.DataObject) -> None:
    exercise(tmp_path, data, choice)
