"""Property-based fuzzing: mutations of the mini dossier (fields dropped, renamed or
retyped, offsets shifted, hostile strings injected) through validate and then any command
of the app, in any format, or an export to a file.

How many examples: the Hypothesis profile decides (conftest.py: about 50 per test locally,
300 with HYPOTHESIS_PROFILE=ci); the campaign marked slow runs 3,000.

Invariants: no traceback and no internal error; exit 0 or 1 (2 only for a name the data no
longer has); no raw control, escape or bidi character in anything printed; a Markdown
brief keeps its structure; no file is changed without --force.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from brief_checks import check_structure
from helpers import (
    COMMANDS,
    EXPORTS,
    FORMATS,
    FUZZ_TRIED,
    MINI,
    RAW,
    USES,
    Run,
    fixture_json,
    run_cli,
    takes_format,
    uses,
)
from htmlparse import parse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cismoa_cli.export.qdpx import project_qdpx
from cismoa_cli.models import Dossier
from cismoa_cli.qda.importing import dossier_json, import_project
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.textio import to_json

BASE = fixture_json(MINI)
ARTICLE = (MINI.parent / "article.txt").read_bytes()
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
    """The mini dossier after one to three random mutations of any kind."""
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
    """The mini dossier, still valid, with hostile text in some free-text fields."""
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
    """Validate, then run one drawn command (as USES runs it, in a drawn format) or export
    to a file that exists already."""
    path = write(folder, data)
    check(run_cli("validate", path))
    FUZZ_TRIED["validate"] += 1
    runnable = [command for command in sorted(COMMANDS) if USES[command]]
    command = choice.draw(st.sampled_from([*runnable, "export to a file"]))
    if command != "export to a file":
        args = choice.draw(st.sampled_from(uses(command, folder)))
        if takes_format(command):
            args = [*args, "--format", choice.draw(st.sampled_from(FORMATS))]
        shown = run_cli("--data", path, command, *args)
        check(shown, usage_ok=True)
        if command == "export" and args[0] == "markdown" and shown.code == 0:
            check_structure(shown.stdout)
        if command == "export" and args[0] == "html" and shown.code == 0:
            check_report(shown.stdout)
        for made in folder.glob("out-*"):
            made.unlink()
        FUZZ_TRIED[command] += 1
        return
    target = folder / "out.txt"
    target.write_bytes(b"old")
    force = choice.draw(st.booleans())
    kind = choice.draw(st.sampled_from(EXPORTS))
    shown = run_cli("--data", path, "export", kind, "-o", target, *(["--force"] if force else []))
    check(shown)
    if not (force and shown.code == 0):
        assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["article.txt", "claims.json", "out.txt"]
    FUZZ_TRIED["export to a file"] += 1


# The examples share the test's folder, and write everything they read afresh.
FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


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
    assert imported.dossier == dossier
    assert imported.article == article and imported.notes == []
    assert dossier_json(imported.dossier) == to_json(imported.dossier.model_dump())
    FUZZ_TRIED["qdpx"] += 1


@pytest.mark.slow
@settings(FUZZ, max_examples=3000)
@given(data=st.one_of(broken_dossiers(), hostile_dossiers()), choice=st.data())
def test_long_fuzzing_run(tmp_path: Path, data: dict[str, Any], choice: st.DataObject) -> None:
    exercise(tmp_path, data, choice)
