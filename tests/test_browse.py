"""``cismoa browse``, driven by keys and mouse through Textual's own harness (``run_test``
and its ``Pilot``): every filter leaves what ``cismoa implications`` leaves, search, the
jumps between an item and its spans, exports, and hostile text shown as text."""

from __future__ import annotations

import functools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from browsing import HOSTILE, MINI, browse, cli_ids, eventually, lines_of, settled, shown_ids
from helpers import run_cli
from textual.pilot import Pilot
from textual.widgets import ContentSwitcher, Input, OptionList, Static

from cismoa_cli.article import Places
from cismoa_cli.browse.app import BrowseApp
from cismoa_cli.browse.choosing import FilterPanel, Toggles
from cismoa_cli.browse.exporting import Confirm, ExportPanel
from cismoa_cli.browse.filters import Field, values_of
from cismoa_cli.browse.help import HelpScreen
from cismoa_cli.browse.keys import APP_KEYS, OTHER_KEYS
from cismoa_cli.browse.matrix import MatrixTable
from cismoa_cli.browse.table import ImplicationTable
from cismoa_cli.models import Item
from cismoa_cli.store import load

FIXTURES = pytest.mark.parametrize("path", [MINI, HOSTILE], ids=["mini", "hostile"])


def test_the_command_line_starts_without_textual() -> None:
    imported = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import cismoa_cli.cli"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    assert "cismoa_cli.cli" in imported  # the report is there...
    assert "textual" not in imported  # ...and Textual is not in it


def test_browse_needs_a_terminal_and_a_good_dossier(tmp_path: Path) -> None:
    piped = run_cli("--data", str(MINI), "browse")
    assert piped.code == 2
    assert "browse needs a terminal" in piped.stderr
    # On a terminal (a pseudo-terminal here), a dossier that cannot load ends as anywhere.
    import pty

    leader, follower = pty.openpty()
    missing = subprocess.run(
        [sys.executable, "-m", "cismoa_cli", "--data", str(tmp_path / "nothing.json"), "browse"],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    os.close(follower)
    os.close(leader)
    assert missing.returncode == 1
    assert "nothing.json: no such file" in missing.stderr


@FIXTURES
def test_each_filter_value_leaves_the_rows_of_cismoa_implications(path: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("f")
        assert isinstance(app.screen, FilterPanel)
        for field in Field:
            toggles = app.screen.query_one(f"#{field.name}", Toggles)
            assert await eventually(pilot, functools.partial(getattr, toggles, "has_focus"))
            for value in values_of(field, app.loaded.dossier):
                await pilot.press("space")
                assert shown_ids(app) == cli_ids(path, f"--{field.value}", value), value
                await pilot.press("space", "down")
                assert shown_ids(app) == cli_ids(path)
            await pilot.press("tab")

    browse(path, scenario)


@FIXTURES
def test_filters_combine_as_the_options_of_cismoa_implications(path: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("f")
        # direction: risk and benefit (either), then only the security domain (both)
        await pilot.press("tab", "down", "space", "up", "space")
        either = ("--direction", "benefit", "--direction", "risk")
        assert shown_ids(app) == cli_ids(path, *either)
        await pilot.press("shift+tab", "space")
        assert shown_ids(app) == cli_ids(path, *either, "--domain", "security")
        status = str(app.query_one("#status", Static).content)
        assert "--domain security --direction benefit --direction risk" in status
        await pilot.press("escape")
        assert not isinstance(app.screen, FilterPanel)
        await pilot.press("x")  # clears them all
        assert shown_ids(app) == cli_ids(path)
        assert "no filters" in str(app.query_one("#status", Static).content)

    browse(path, scenario)


@FIXTURES
def test_choosing_an_actor_filters_as_actor_does(path: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("a")
        for actor in app.loaded.dossier.actors:
            await pilot.press("down", "enter")
            assert shown_ids(app) == cli_ids(path, "--actor", actor.id)
            status = str(app.query_one("#status", Static).content)
            assert f"--actor {actor.id}" in status
        await pilot.press("home", "enter")  # all actors again
        assert shown_ids(app) == cli_ids(path)
        await pilot.press("down", "down", "enter", "3")  # the second actor, then the matrix
        matrix = app.query_one("#matrix-table", MatrixTable)
        assert matrix.cursor_coordinate.row == 1

    browse(path, scenario)


def test_a_click_chooses_an_actor() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        # Each actor takes three lines below the two of "All actors" (and the border).
        await pilot.click("#actors", offset=(5, 1 + 2 + 3 + 1))
        assert app.choices.actor == "BET"
        assert shown_ids(app) == cli_ids(MINI, "--actor", "BET")

    browse(MINI, scenario)


def test_search_as_you_type_in_any_case() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash")
        assert await eventually(pilot, lambda: app.query_one("#search", Input).has_focus)
        typed = ""
        for key in "FaRMers":
            await pilot.press(key)
            typed += key
            assert shown_ids(app) == cli_ids(MINI, "--search", typed), typed
        assert shown_ids(app) == ["IMP-1"]
        await pilot.press("enter")  # back to the table, the search kept
        assert await eventually(pilot, lambda: app.table.has_focus)
        assert shown_ids(app) == ["IMP-1"]
        assert "--search FaRMers" in str(app.query_one("#status", Static).content)
        await pilot.press("slash", "end", "backspace")
        assert await eventually(pilot, lambda: app.query_one("#search", Input).has_focus)
        await pilot.press("escape")  # back too, and what was typed stays
        assert await eventually(pilot, lambda: app.table.has_focus)
        assert shown_ids(app) == cli_ids(MINI, "--search", "FaRMer")
        await pilot.press("q")  # a key for the table again, not a letter of the search
        assert not app.is_running

    browse(MINI, scenario)


def test_search_reads_the_quotes_too() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"argue")  # only in IMP-1's quote, not its statement
        assert shown_ids(app) == cli_ids(MINI, "--search", "argue") == ["IMP-1"]

    browse(MINI, scenario)


def detail_text(app: BrowseApp) -> str:
    return str(app.query_one("#detail", Static).content)


def test_the_keyboard_moves_through_the_table_and_the_detail_follows() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        table = app.table
        assert await eventually(pilot, lambda: table.has_focus)
        assert detail_text(app).startswith("IMP-1 · implication")
        await pilot.press("down")
        assert table.current is not None and table.current.id == "IMP-2"
        assert detail_text(app).startswith("IMP-2 · implication")
        await pilot.press("down")  # stays on the last row
        assert table.cursor == 1
        await pilot.press("home")
        assert table.cursor == 0
        await pilot.press("end")
        assert table.cursor == 1
        await pilot.press("k")
        assert table.cursor == 0
        await pilot.press("enter")  # the detail, whole
        assert app.screen.maximized is app.query_one("#detail-scroll")
        await pilot.press("escape")
        assert app.screen.maximized is None
        assert await eventually(pilot, lambda: table.has_focus)

    browse(MINI, scenario)


def test_a_click_moves_the_cursor_and_a_double_click_opens_the_row() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        height = app.table.layout_now.height
        await pilot.click(ImplicationTable, offset=(3, height))
        assert app.table.cursor == 1
        await pilot.click(ImplicationTable, offset=(3, 0), times=2)
        assert app.table.cursor == 0
        assert app.screen.maximized is app.query_one("#detail-scroll")

    browse(MINI, scenario)


def test_the_detail_has_every_label_the_hedge_and_each_quote_in_its_sentence() -> None:
    loaded = load(MINI)
    item = next(i for i in loaded.dossier.implications if i.id == "IMP-2")

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("down")
        shown = detail_text(app)
        assert item.statement in shown
        for label in ("Alpha (ALP), Beta (BET)", *item.labels(), "the article"):
            assert label in shown
        assert f"\u201c{item.hedge}\u201d" in shown
        evidence = item.evidence[0]
        assert f"\u00ab{evidence.quote}\u00bb" in shown
        paragraph, sentence = Places(loaded.article).place(evidence.start)
        where = (
            f"[{evidence.start}\u2013{evidence.end}, paragraph {paragraph}, sentence {sentence}]"
        )
        assert where in shown

    browse(MINI, scenario)


def test_a_relation_shows_both_actors() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        relation = app.loaded.dossier.relations[0]
        await pilot.press("2")
        pane = app._article_pane
        assert pane is not None
        pane.view.show_span((relation.evidence[0].start, relation.evidence[0].end))
        await pilot.pause()
        await pilot.press("enter")  # the items citing the span
        citing = pane.query_one("#citing", OptionList)
        assert await eventually(pilot, lambda: citing.has_focus)
        ids = [citing.get_option_at_index(n).id for n in range(citing.option_count)]
        assert relation.id in ids
        citing.highlighted = ids.index(relation.id)
        await pilot.press("enter")
        assert app.query_one(ContentSwitcher).current == "implications"
        shown = detail_text(app)
        assert shown.startswith(f"{relation.id} · relation")
        assert "Alpha (ALP) \u2194 Beta (BET)" in shown

    browse(MINI, scenario)


def spans_of(items: list[Item]) -> list[tuple[int, int]]:
    return sorted({(e.start, e.end) for item in items for e in item.evidence})


def test_s_shows_the_items_quotes_and_a_span_leads_back_to_its_items() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "s")  # IMP-2's quote, in the article
        await settled(pilot)
        assert app.query_one(ContentSwitcher).current == "article"
        pane = app._article_pane
        assert pane is not None
        item = app.loaded.dossier.implications[1]
        quote = item.evidence[0]
        assert pane.view.current == (quote.start, quote.end)
        top = int(pane.view.scroll_offset.y)
        shown = "".join(lines_of(pane.view))
        assert quote.quote[:20] in shown, (top, shown)
        await pilot.press("enter")
        citing = pane.query_one("#citing", OptionList)
        assert await eventually(pilot, lambda: citing.has_focus)
        assert citing.get_option_at_index(0).id == item.id
        await pilot.press("enter")  # back to the item
        assert app.query_one(ContentSwitcher).current == "implications"
        assert app.table.current is item
        assert await eventually(pilot, lambda: app.table.has_focus)

    browse(MINI, scenario)


def test_n_and_p_go_round_the_spans_of_the_selection() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        dossier = app.loaded.dossier
        await pilot.press("a", "down", "down", "enter")  # Beta
        assert app.choices.actor == "BET"
        expected = spans_of([i for i in dossier.implications if "BET" in i.affects])
        read = []
        for _ in range(len(expected) + 1):
            await pilot.press("n")
            pane = app._article_pane
            assert pane is not None
            read.append(pane.view.current)
        assert read == [*expected, expected[0]]  # and round again
        assert pane is not None
        await pilot.press("p")  # back round, to the last
        assert pane.view.current == expected[-1]
        reading = str(pane.query_one("#reading", Static).content)
        assert f"span {len(expected)} of {len(expected)}" in reading

    browse(MINI, scenario)


def test_clicking_a_cited_span_lists_its_items() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("2")
        await settled(pilot)
        pane = app._article_pane
        assert pane is not None
        view = pane.view
        quote = app.loaded.dossier.implications[0].evidence[0]
        line = view.line_of(quote.start)
        column = quote.start - view.lines()[line][0]
        await pilot.click(type(view), offset=(column + 1, line - int(view.scroll_offset.y)))
        assert view.current is not None
        assert view.current[0] <= quote.start < view.current[1]
        citing = pane.query_one("#citing", OptionList)
        ids = [citing.get_option_at_index(n).id for n in range(citing.option_count)]
        assert "IMP-1" in ids

    browse(MINI, scenario)


@FIXTURES
def test_choosing_a_matrix_cell_filters_to_its_actor_and_domain(path: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("3")
        await pilot.press("right", "right", "enter")  # the first actor, in economy
        assert app.query_one(ContentSwitcher).current == "implications"
        actor = app.loaded.dossier.actors[0].id
        assert shown_ids(app) == cli_ids(path, "--actor", actor, "--domain", "economy")

    browse(path, scenario)


def test_the_matrix_shows_the_marks_of_cismoa_matrix() -> None:
    matrix = run_cli("--data", str(MINI), "matrix", "--format", "json")
    cells = {(c["actor"], c["domain"]): c for c in json.loads(matrix.stdout)}

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("3")
        table = app.query_one("#matrix-table")
        shown = "\n".join(lines_of(table))
        economy = cells["ALP", "economy"]
        assert economy["implications"] == 2 and economy["net"] == 0
        assert "2 \u25cf" in shown  # one risk, one benefit: even
        assert "1 \u25b2" in shown  # Beta: one benefit

    browse(MINI, scenario)


async def open_export(pilot: Pilot[None], downs: int, target: Path) -> ExportPanel:
    await pilot.press("e")
    panel = pilot.app.screen
    assert isinstance(panel, ExportPanel)
    for _ in range(downs):
        await pilot.press("down")
    await pilot.press("enter")  # the format, then the file name
    name = panel.query_one("#file", Input)
    assert await eventually(pilot, lambda: name.has_focus)
    name.value = str(target)
    return panel


def test_export_writes_what_cismoa_export_writes(tmp_path: Path) -> None:
    brief = tmp_path / "brief.md"
    dossier = tmp_path / "selection.json"
    database = tmp_path / "selection.db"

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("a", "down", "enter")  # Alpha
        await open_export(pilot, 0, brief)
        await pilot.press("enter")
        await app.workers.wait_for_complete()  # the file is written in a thread
        assert await eventually(pilot, lambda: not isinstance(app.screen, ExportPanel))
        await open_export(pilot, 1, dossier)
        await pilot.click("#export")
        await app.workers.wait_for_complete()
        assert await eventually(pilot, lambda: not isinstance(app.screen, ExportPanel))
        await open_export(pilot, 5, database)
        await pilot.press("enter")
        await app.workers.wait_for_complete()

    browse(MINI, scenario)
    same = run_cli("--data", str(MINI), "export", "markdown", "--actor", "ALP")
    assert brief.read_text(encoding="utf-8") == same.stdout
    # The JSON export is a dossier: beside its article, it passes every check.
    shutil.copy(MINI.parent / "article.txt", tmp_path / "article.txt")
    selection = load(dossier).dossier
    assert [i.id for i in selection.implications] == cli_ids(MINI, "--actor", "ALP")
    with sqlite3.connect(database) as db:
        rows = db.execute("select id from implications order by id").fetchall()
    assert [r[0] for r in rows] == cli_ids(MINI, "--actor", "ALP")


def test_export_never_replaces_a_file_without_asking(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("mine\n", encoding="utf-8")

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await open_export(pilot, 0, target)
        await pilot.press("enter")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # keep it
        assert isinstance(app.screen, ExportPanel)
        assert "not replaced" in str(app.screen.query_one("#problem", Static).content)
        assert target.read_text(encoding="utf-8") == "mine\n"
        await pilot.press("enter")
        await pilot.press("y")  # now replace it
        await app.workers.wait_for_complete()
        assert await eventually(pilot, lambda: not isinstance(app.screen, (Confirm, ExportPanel)))

    browse(MINI, scenario)
    assert (
        target.read_text(encoding="utf-8")
        == run_cli("--data", str(MINI), "export", "markdown").stdout
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]  # no temporary file left


def test_export_refuses_to_write_over_the_dossier(tmp_path: Path) -> None:
    copy = tmp_path / "claims.json"
    shutil.copy(MINI, copy)
    shutil.copy(MINI.parent / "article.txt", tmp_path / "article.txt")
    before = copy.read_bytes()

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await open_export(pilot, 1, copy)
        await pilot.press("enter", "y")
        await app.workers.wait_for_complete()
        problem = app.screen.query_one("#problem", Static)
        assert await eventually(pilot, lambda: "refusing to overwrite" in str(problem.content))
        assert isinstance(app.screen, ExportPanel)

    browse(copy, scenario)
    assert copy.read_bytes() == before


def test_c_copies_the_items_evidence_as_json() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "c")
        item = app.loaded.dossier.implications[1]
        assert json.loads(app.clipboard) == [e.model_dump() for e in item.evidence]

    browse(MINI, scenario)


def test_question_mark_lists_every_key() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one(Static).content)
        for key in APP_KEYS:
            assert f"{key.shown} " in shown and (key.explained or key.does) in shown
        for keys, does in OTHER_KEYS:
            assert keys in shown and does in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)

    browse(MINI, scenario)


def test_q_quits() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running

    browse(MINI, scenario)


def test_hostile_text_is_shown_as_text() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        title = str(app.query_one("#title", Static).content)
        assert title.startswith("[bold red]Alarm[/] \\x1b[2J\\x1b]0;pwned\\x07")
        rows = "\n".join(lines_of(app.table))
        assert "<script>alert(1)</script> [x](javascript…" in rows
        detail = detail_text(app)
        for shown in (
            "[bold red]x[/] [/] [link=https://example.invalid]y[/link] [nil] :smile:",
            "\\x1b[2J \\x1b]0;title\\x07 \\x1b]52;c;Y2xpcA==\\x07 \\x9b31m \\r \\u202e",
        ):
            assert shown in detail
        actors = "\n".join(lines_of(app.query_one("#actors")))
        unwrapped = "".join(actors.split())  # the names wrap in the narrow pane
        assert "Alpha[boldred]x[/][/][link=https://example.invalid]y[/link]" in unwrapped
        await pilot.press("2")
        await settled(pilot)
        pane = app._article_pane
        assert pane is not None
        article = "\n".join(lines_of(pane.view))
        everything = "\n".join([title, rows, detail, actors, article])
        for raw in ("\x1b", "\x07", "\x9b", "\r", "\u202e"):
            assert raw not in everything
        assert "\\x1b]52;c;" in article

    browse(HOSTILE, scenario)


def test_no_color_turns_every_colour_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert BrowseApp(load(MINI)).no_color
    monkeypatch.delenv("NO_COLOR")
    assert not BrowseApp(load(MINI)).no_color
    assert "NO_COLOR" not in os.environ


class Broken(BrowseApp):
    """The browser with a bug: copying fails."""

    def action_copy(self) -> None:
        raise RuntimeError("boom [bold]x[/bold]")


@pytest.mark.parametrize("debug", [False, True])
def test_an_internal_error_is_one_line_unless_debug(
    debug: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    async def copy(pilot: Pilot[object]) -> None:
        await pilot.press("c")

    app = Broken(load(MINI), debug)
    app.run(headless=True, auto_pilot=copy)
    assert app.return_code == 1
    said = " ".join(capsys.readouterr().err.split())
    if debug:
        assert "Traceback" in said and "locals" in said
    else:
        assert said == (
            "cismoa: internal error: RuntimeError: boom [bold]x[/bold] "
            "(rerun with --debug to see the traceback)"
        )
