"""Exports, checked with each format's own parser; and the atomic, no-clobber writer."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, DossierWriter, run_cli
from tools import dot_graphs

from cismoa_cli.export import sqlite as sqlite_export
from cismoa_cli.export.data import dossier_json, implications_csv
from cismoa_cli.export.graph import to_dot, to_mermaid
from cismoa_cli.export.markdown import brief
from cismoa_cli.models import Dossier, reference_problems
from cismoa_cli.query import ImplicationFilter, Selection, select
from cismoa_cli.store import Loaded, bundled_path

HOSTILE = (
    "a|b\n# not a heading <script>alert(1)</script> [x](javascript:alert(1)) "
    "![i](http://example.invalid/i.png) *bold* `code` &amp; \x1b[2J \u202e =1+1"
)


def everything(bundled: Loaded) -> Selection:
    return select(bundled.dossier, ImplicationFilter())


def hostile_selection(bundled_json: dict[str, Any]) -> Selection:
    """The bundled dossier with hostile text in every text field (quotes need not match here)."""

    def poison(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (
                    HOSTILE + v
                    if k in {"statement", "summary", "name", "quote", "hedge", "title", "place"}
                    and isinstance(v, str)
                    else poison(v)
                )
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [poison(v) for v in node]
        return node

    data = poison(bundled_json)
    data["source"]["tags"] = [HOSTILE, "ok"]
    for actor in data["actors"]:
        actor["aliases"] = [HOSTILE]
    return select(Dossier.model_validate(data), ImplicationFilter())


# --- Markdown ----------------------------------------------------------------------------


def test_example_brief_is_current(bundled: Loaded) -> None:
    """examples/brief.md is what `cismoa export markdown` makes of the bundled data."""
    committed = (REPO / "examples" / "brief.md").read_text(encoding="utf-8")
    assert committed == brief(everything(bundled)), (
        "regenerate: cismoa export markdown -o examples/brief.md --force"
    )


# --- JSON, CSV, DOT, Mermaid, SQLite ------------------------------------------------------


@pytest.mark.parametrize("actors", [(), ("CHN",), ("AFG",)])
def test_json_export_validates_back(bundled: Loaded, actors: tuple[str, ...]) -> None:
    selection = select(bundled.dossier, ImplicationFilter(actors=actors))
    again = Dossier.model_validate_json(dossier_json(selection))
    assert again == selection.dossier
    assert reference_problems(again) == []


def test_json_export_reads_back_through_the_cli(write_dossier: DossierWriter) -> None:
    exported = run_cli("export", "json", "--actor", "china").stdout
    path = write_dossier(json.loads(exported), name="china.json")
    shown = run_cli("--data", str(path), "validate")
    assert shown.code == 0, shown.stdout


def test_csv_round_trips(bundled: Loaded, bundled_json: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(implications_csv(everything(bundled)))))
    assert [r["id"] for r in rows] == [i.id for i in bundled.dossier.implications]
    for row, item in zip(rows, bundled.dossier.implications, strict=True):
        assert row["affects"].split(";") == list(item.affects)
        assert json.loads(row["evidence"]) == [e.model_dump() for e in item.evidence]
        assert row["statement"] == item.statement
    hostile = list(csv.DictReader(io.StringIO(implications_csv(hostile_selection(bundled_json)))))
    assert hostile[0]["statement"].startswith("a|b\n# not a heading")  # newline round-trips


def test_csv_defuses_formulas(bundled_json: dict[str, Any]) -> None:
    bundled_json = json.loads(json.dumps(bundled_json))
    bundled_json["implications"][0]["statement"] = '=HYPERLINK("http://example.invalid")'
    selection = select(Dossier.model_validate(bundled_json), ImplicationFilter())
    row = next(csv.DictReader(io.StringIO(implications_csv(selection))))
    assert row["statement"] == '\'=HYPERLINK("http://example.invalid")'


def test_dot_parses_with_one_edge_per_relation_and_per_voice_and_actor(
    bundled: Loaded, bundled_json: dict[str, Any]
) -> None:
    for selection in (everything(bundled), hostile_selection(bundled_json)):
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


def test_mermaid_lines_are_ours_only(bundled: Loaded, bundled_json: dict[str, Any]) -> None:
    """Every line is front matter, a class, a node, a link, a style or the legend: hostile
    text cannot add a line or end a label early."""
    for selection in (everything(bundled), hostile_selection(bundled_json)):
        for implications in (True, False):
            lines = to_mermaid(selection, implications=implications).splitlines()
            assert "flowchart LR" in lines
            assert all(MERMAID_LINE.match(line) for line in lines), lines


def test_sqlite_opens_with_clean_foreign_keys(bundled: Loaded, tmp_path: Path) -> None:
    path = tmp_path / "cismoa.db"
    shown = run_cli("export", "sqlite", "-o", str(path))
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
        assert views == {"implication_details", "actor_items"}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        dossier = bundled.dossier
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
    first = run_cli("export", "markdown", "-o", str(target))
    assert (first.code, first.stdout, first.stderr) == (0, "", f"cismoa: wrote {target}\n")
    target.write_text("kept", encoding="utf-8")
    again = run_cli("export", "markdown", "-o", str(target))
    assert again.code == 1
    assert again.stderr == f"cismoa: error: {target}: already exists; add --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "kept"
    forced = run_cli("export", "markdown", "-o", str(target), "--force")
    assert forced.code == 0 and target.read_text(encoding="utf-8").startswith("# Stakeholder brief")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_force_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run_cli("export", "csv", "-o", str(target), "--force").code == 0
    assert target.stat().st_mode & 0o777 == 0o640


def test_dash_means_stdout() -> None:
    shown = run_cli("export", "mermaid", "-o", "-")
    assert shown.code == 0 and "\nflowchart LR\n" in shown.stdout and shown.stderr == ""


@pytest.mark.parametrize("name", ["claims.json", "article.txt"])
def test_never_overwrites_the_dossier_or_the_article(
    write_dossier: DossierWriter, name: str
) -> None:
    path = write_dossier()
    target = path.parent / name
    before = target.read_bytes()
    shown = run_cli("--data", str(path), "export", "json", "-o", str(target), "--force")
    assert shown.code == 1
    assert (
        shown.stderr
        == f"cismoa: error: {target}: refusing to overwrite {name}, which cismoa reads\n"
    )
    assert target.read_bytes() == before


def test_bundled_dossier_is_protected_too() -> None:
    target = bundled_path()
    shown = run_cli("export", "json", "-o", str(target), "--force")
    assert shown.code == 1 and "refusing to overwrite claims.json" in shown.stderr


def test_a_failure_mid_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cismoa.db"
    target.write_bytes(b"old database")

    def half_then_fail(selection: Selection, article: str, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sqlite_export, "write_sqlite", half_then_fail)
    shown = run_cli("export", "sqlite", "-o", str(target), "--force")
    assert shown.code == 1
    assert shown.stderr == f"cismoa: error: {target}: not written: No space left on device\n"
    assert target.read_bytes() == b"old database"
    assert os.listdir(tmp_path) == ["cismoa.db"]


def test_sqlite_needs_a_file() -> None:
    shown = run_cli("export", "sqlite")
    assert shown.code == 2 and "an SQLite database needs a file: add -o FILE" in shown.stderr


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "brief.md"
    shown = run_cli("export", "markdown", "-o", str(target))
    assert shown.code == 1
    assert shown.stderr == f"cismoa: error: {target}: the folder {target.parent} does not exist\n"


def test_unknown_format_exits_2() -> None:
    shown = run_cli("export", "pdf")
    assert shown.code == 2 and "markdown" in shown.stderr
