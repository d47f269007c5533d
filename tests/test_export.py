"""Exports, checked with each format's own parser; the same bytes in every process; and the
atomic, no-clobber writer."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import MINI, Json, run_cli, write_dossier
from tools import dot_graphs

from cismoa_cli.cli.deliver import deliver
from cismoa_cli.errors import UsageError
from cismoa_cli.export import ExportFormat
from cismoa_cli.export import sqlite as sqlite_export
from cismoa_cli.export.data import dossier_json, implications_csv
from cismoa_cli.export.graph import to_dot, to_mermaid
from cismoa_cli.models import Dossier, reference_problems
from cismoa_cli.query import ImplicationFilter, Selection, select
from cismoa_cli.store import Loaded

HOSTILE_TEXT = (
    "a|b\n# not a heading <script>alert(1)</script> [x](javascript:alert(1)) "
    "![i](http://example.invalid/i.png) *bold* `code` &amp; \x1b[2J \u202e =1+1"
)


def everything(loaded: Loaded) -> Selection:
    return select(loaded.dossier, ImplicationFilter())


def hostile_selection(data: Json) -> Selection:
    """A dossier with hostile text in every text field (quotes need not match here)."""

    def poison(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (
                    HOSTILE_TEXT + v
                    if k in {"statement", "summary", "name", "quote", "hedge", "title", "place"}
                    and isinstance(v, str)
                    else poison(v)
                )
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [poison(v) for v in node]
        return node

    data = poison(data)
    data["source"]["tags"] = [HOSTILE_TEXT, "ok"]
    for actor in data["actors"]:
        actor["aliases"] = [HOSTILE_TEXT]
    return select(Dossier.model_validate(data), ImplicationFilter())


# --- JSON, CSV, DOT, Mermaid, SQLite ------------------------------------------------------


@pytest.mark.parametrize("actors", [(), ("ALP",), ("BET",), ("A07", "A31")])
def test_json_export_validates_back(mini: Loaded, varied: Loaded, actors: tuple[str, ...]) -> None:
    loaded = varied if "A07" in actors else mini
    selection = select(loaded.dossier, ImplicationFilter(actors=actors))
    again = Dossier.model_validate_json(dossier_json(selection))
    assert again == selection.dossier
    assert reference_problems(again) == []


def test_json_export_reads_back_through_the_cli(tmp_path: Path) -> None:
    exported = run_cli("--data", MINI, "export", "json", "--actor", "beta").stdout
    path = write_dossier(tmp_path, json.loads(exported), name="beta.json")
    shown = run_cli("--data", path, "validate")
    assert shown.code == 0, shown.stdout
    assert "  implications  1\n" in shown.stdout


# Every export, of the whole map and of one actor's view, by the command line in one process.
_EXPORT_ALL = """
import sys
from cismoa_cli.cli import app
from cismoa_cli.cli.deliver import deliver
from cismoa_cli.errors import UsageError
from cismoa_cli.export import ExportFormat
data, folder = sys.argv[1:]
for kind in ExportFormat:
    for view in ([], ["--actor", "A07"]):
        target = f"{folder}/{kind.value}{len(view)}"
        try:
            app(["--data", data, "export", kind.value, *view, "-o", target], prog_name="cismoa")
        except SystemExit as done:
            assert done.code == 0, (kind, view)
"""


def test_every_export_gives_the_same_bytes_in_any_process(varied: Loaded, tmp_path: Path) -> None:
    """Two processes with different string hashing (so that any order that depends on it,
    as a set's does, differs) write every format byte for byte alike."""

    def exported(seed: str) -> dict[str, bytes]:
        folder = tmp_path / seed
        folder.mkdir()
        subprocess.run(
            [sys.executable, "-c", _EXPORT_ALL, str(varied.path), str(folder)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        )
        return {path.name: path.read_bytes() for path in folder.iterdir()}

    first, second = exported("1"), exported("2")
    assert len(first) == 2 * len(ExportFormat) and all(first.values())
    assert first == second


def test_csv_round_trips(mini: Loaded, mini_json: Json) -> None:
    rows = list(csv.DictReader(io.StringIO(implications_csv(everything(mini)))))
    assert [r["id"] for r in rows] == [i.id for i in mini.dossier.implications]
    for row, item in zip(rows, mini.dossier.implications, strict=True):
        assert row["affects"].split(";") == list(item.affects)
        assert json.loads(row["evidence"]) == [e.model_dump() for e in item.evidence]
        assert row["statement"] == item.statement
    hostile = list(csv.DictReader(io.StringIO(implications_csv(hostile_selection(mini_json)))))
    assert hostile[0]["statement"].startswith("a|b\n# not a heading")  # newline round-trips


def test_csv_defuses_formulas(mini_json: Json) -> None:
    mini_json = json.loads(json.dumps(mini_json))
    mini_json["implications"][0]["statement"] = '=HYPERLINK("http://example.invalid")'
    selection = select(Dossier.model_validate(mini_json), ImplicationFilter())
    row = next(csv.DictReader(io.StringIO(implications_csv(selection))))
    assert row["statement"] == '\'=HYPERLINK("http://example.invalid")'


def test_dot_parses_with_one_edge_per_relation_and_per_voice_and_actor(
    mini: Loaded, mini_json: Json
) -> None:
    for selection in (everything(mini), hostile_selection(mini_json)):
        (graph,) = dot_graphs(to_dot(selection))
        dossier = selection.dossier
        flows = {(i.asserted_by, a) for i in dossier.implications for a in i.affects}
        assert len(graph.get_edges()) == len(dossier.relations) + len(flows)


MERMAID_LINE = re.compile(
    r'^(---|title: "[^"\n]*"|flowchart LR|  %% [^\n]+|  classDef \w+ [^\n]+'
    r'|  \w+(\["|\(\[")[^"\[\]<>|]*(<br>[^"\[\]<>|]*)?("\]|"\]\)):::\w+'
    r'|  \w+ \S+\|"[^"|]*"\| \w+|  linkStyle [\d,]+ [\w:#.,\- ]+'
    r'|  subgraph legend\["Legend"\]|    direction TB'
    r'|    legend_\w+(\["|\(\[")[^"]*("\]|"\]\)):::\w+|  end'
    r"|  style legend fill:none,stroke:#9ca3af)$"
)


def test_mermaid_lines_are_ours_only(mini: Loaded, mini_json: Json) -> None:
    """Every line is front matter, a class, a node, a link, a style or the legend: hostile
    text cannot add a line or end a label early."""
    for selection in (everything(mini), hostile_selection(mini_json)):
        for implications in (True, False):
            lines = to_mermaid(selection, implications=implications).splitlines()
            assert "flowchart LR" in lines
            assert all(MERMAID_LINE.match(line) for line in lines), lines


def test_sqlite_opens_with_clean_foreign_keys(mini: Loaded, tmp_path: Path) -> None:
    path = tmp_path / "cismoa.db"
    shown = run_cli("--data", MINI, "export", "sqlite", "-o", path)
    assert (shown.code, shown.stderr) == (0, f"cismoa: wrote {path}\n")
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {
            "source",
            "tags",
            "actors",
            "aliases",
            "voices",
            "interests",
            "relations",
            "implications",
            "affects",
            "evidence",
        } <= tables
        views = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='view'")}
        assert views == {"implication_details", "actor_items", "voice_items"}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        dossier = mini.dossier
        assert db.execute("SELECT count(*) FROM implications").fetchone() == (
            len(dossier.implications),
        )
        quotes = sum(len(item.evidence) for _, _, item in dossier.items())
        assert db.execute("SELECT count(*) FROM evidence").fetchone() == (quotes,)
        (article,) = db.execute("SELECT article FROM source").fetchone()
        for quote, start, end in db.execute('SELECT quote, start, "end" FROM evidence'):
            assert article[start:end] == quote


# --- writing files -----------------------------------------------------------------------


def test_write_then_refuse_without_force(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    first = run_cli("--data", MINI, "export", "markdown", "-o", str(target))
    assert (first.code, first.stdout, first.stderr) == (0, "", f"cismoa: wrote {target}\n")
    target.write_text("kept", encoding="utf-8")
    again = run_cli("--data", MINI, "export", "markdown", "-o", str(target))
    assert again.code == 1
    assert again.stderr == f"cismoa: error: {target}: already exists; add --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "kept"
    forced = run_cli("--data", MINI, "export", "markdown", "-o", str(target), "--force")
    assert forced.code == 0 and target.read_text(encoding="utf-8").startswith("# Stakeholder brief")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_force_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run_cli("--data", MINI, "export", "csv", "-o", str(target), "--force").code == 0
    assert target.stat().st_mode & 0o777 == 0o640


def test_dash_means_stdout() -> None:
    shown = run_cli("--data", MINI, "export", "mermaid", "-o", "-")
    assert shown.code == 0 and "\nflowchart LR\n" in shown.stdout and shown.stderr == ""


@pytest.mark.parametrize("name", ["claims.json", "article.txt"])
def test_never_overwrites_the_dossier_or_the_article(tmp_path: Path, name: str) -> None:
    path = write_dossier(tmp_path)
    target = path.parent / name
    before = target.read_bytes()
    shown = run_cli("--data", str(path), "export", "json", "-o", str(target), "--force")
    assert shown.code == 1
    assert (
        shown.stderr
        == f"cismoa: error: {target}: refusing to overwrite {name}, which cismoa reads\n"
    )
    assert target.read_bytes() == before


def test_a_failure_mid_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cismoa.db"
    target.write_bytes(b"old database")

    def half_then_fail(selection: Selection, article: str, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sqlite_export, "write_sqlite", half_then_fail)
    shown = run_cli("--data", MINI, "export", "sqlite", "-o", str(target), "--force")
    assert shown.code == 1
    assert shown.stderr == f"cismoa: error: {target}: not written: No space left on device\n"
    assert target.read_bytes() == b"old database"
    assert os.listdir(tmp_path) == ["cismoa.db"]


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        ("database or disk is full", "No space left on device"),
        ("disk I/O error", "SQLite: disk I/O error"),
    ],
)
def test_sqlite_failures_read_like_any_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str, message: str
) -> None:
    def failing(*args: object) -> None:
        raise sqlite3.OperationalError(failure)

    monkeypatch.setattr(sqlite_export, "_fill", failing)
    target = tmp_path / "cismoa.db"
    shown = run_cli("--data", MINI, "export", "sqlite", "-o", target)
    assert (shown.code, shown.stderr) == (1, f"cismoa: error: {target}: not written: {message}\n")
    assert list(tmp_path.iterdir()) == []


def test_binary_content_goes_to_a_pipe_never_to_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(written, encoding="utf-8"))
    deliver(b"\x00\x01 bytes", None, force=False, terminal=False)
    assert written.getvalue() == b"\x00\x01 bytes"
    refused = r"^this export is binary, not for a terminal: add -o FILE, or pipe it$"
    with pytest.raises(UsageError, match=refused):
        deliver(b"bytes", "-", force=False, terminal=True)


def test_sqlite_needs_a_file() -> None:
    shown = run_cli("--data", MINI, "export", "sqlite")
    assert shown.code == 2 and "an SQLite database needs a file: add -o FILE" in shown.stderr


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "brief.md"
    shown = run_cli("--data", MINI, "export", "markdown", "-o", str(target))
    assert shown.code == 1
    assert shown.stderr == f"cismoa: error: {target}: the folder {target.parent} does not exist\n"


def test_unknown_format_exits_2() -> None:
    shown = run_cli("--data", MINI, "export", "pdf")
    assert shown.code == 2 and "markdown" in shown.stderr
