"""``cismoa browse`` beyond the table: the article following the filters and the search,
filter toggles readable as text, the matrix and its legend, the export formats, the actors
pane hidden, and the interests, relations and compare views."""

from __future__ import annotations

import io
import json
import re
from html import unescape

import pytest
from browsing import MINI, browse, eventually, lines_of, settled, shown_ids
from helpers import run_cli
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, Static

from cismoa_cli import query
from cismoa_cli.browse.app import BrowseApp
from cismoa_cli.browse.choosing import Toggles
from cismoa_cli.browse.claims import ClaimsPane
from cismoa_cli.browse.comparing import ComparePane
from cismoa_cli.browse.filters import Field
from cismoa_cli.browse.matrix import MatrixTable
from cismoa_cli.export import ExportFormat
from cismoa_cli.export.marks import cited_spans
from cismoa_cli.store import bundled_path

BUNDLED = bundled_path()


def reading(app: BrowseApp) -> str:
    pane = app._article_pane
    assert pane is not None
    return str(pane.query_one("#reading", Static).content)


def test_the_article_counts_the_spans_the_report_marks() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("2")
        await settled(pilot)
        marked = len(cited_spans(app.loaded.dossier, len(app.loaded.article)))
        quoted = {(e.start, e.end) for i in app.loaded.dossier.implications for e in i.evidence}
        said = f"{len(quoted)} of {marked} cited spans quoted by the 20 implications shown"
        assert said in reading(app)

    browse(BUNDLED, scenario, size=(120, 35))


def test_the_article_and_n_follow_the_filters_and_the_search() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"china", "enter")
        shown = [item for item in app.table.rows]
        assert shown and len(shown) < len(app.loaded.dossier.implications)
        await pilot.press("n")  # straight from the table: the first of the shown spans
        pane = app._article_pane
        assert pane is not None
        quoted = sorted({(e.start, e.end) for item in shown for e in item.evidence})
        assert pane.view.selected == quoted
        assert pane.view.current in quoted
        assert f"quoted by the {len(shown)} implications shown" in reading(app)
        ids = set(shown_ids(app))
        for _ in quoted:
            await pilot.press("n")
            current = pane.view.current
            assert current is not None
            citing = {item.id for item in pane.citations.citing(*current)}
            assert citing & ids, current
        # Clearing the search widens the marks again.
        await pilot.press("1")
        app.query_one("#search", Input).value = ""
        await pilot.press("2")
        await settled(pilot)
        assert len(pane.view.selected) > len(quoted)

    browse(BUNDLED, scenario, size=(120, 35))


def test_the_article_marks_only_the_chosen_actors_implications() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("a", "down", "enter", "2")
        await settled(pilot)
        pane = app._article_pane
        assert pane is not None
        assert app.choices.actor is not None
        mine = [i for i in app.loaded.dossier.implications if app.choices.actor in i.affects]
        assert pane.view.selected == sorted({(e.start, e.end) for i in mine for e in i.evidence})

    browse(MINI, scenario)


def test_filter_toggles_say_their_state_in_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        assert app.no_color
        await pilot.press("f", "space")  # the first domain, on
        toggles = app.screen.query_one(f"#{Field.DOMAIN.name}", Toggles)
        first, second = toggles.get_option_at_index(0), toggles.get_option_at_index(1)
        assert str(first.prompt).startswith("[x] ")
        assert str(second.prompt).startswith("[ ] ")
        shown = app.export_screenshot()
        assert "[x] security" in _text_of(shown)
        assert "[ ] sovereignty" in _text_of(shown)
        await pilot.press("space")  # and off again
        assert str(toggles.get_option_at_index(0).prompt).startswith("[ ] ")

    browse(MINI, scenario)


def _text_of(svg: str) -> str:
    """The characters of a screenshot, without its markup (Textual writes spaces as &#160;)."""
    return unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def test_the_matrix_opens_at_its_left_edge_and_fits_at_120_columns() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("3")
        await settled(pilot)
        matrix = app.query_one(MatrixTable)
        assert matrix.scroll_x == 0
        assert matrix.virtual_size.width <= matrix.scrollable_content_region.width
        shown = "\n".join(lines_of(matrix))
        for actor in app.loaded.dossier.actors:
            assert actor.name in shown
        assert "domestic" in shown and "politics" in shown
        legend = str(app.query_one("#legend", Static).content)
        assert "\u25bc more risks" in legend and "\u25b2 more benefits" in legend
        assert "\u25cf as many" in legend

    browse(BUNDLED, scenario, size=(120, 35))


def test_every_export_format_is_in_view() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("e")
        await settled(pilot)
        formats = app.screen.query_one("#format", OptionList)
        assert formats.option_count == len(ExportFormat)
        assert formats.max_scroll_y == 0  # none hidden below
        assert f"{len(ExportFormat)} formats" in str(formats.border_subtitle)

    browse(MINI, scenario, size=(80, 24))


def test_the_search_box_stands_apart_from_the_filter_line() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"alpha")
        status, search = app.query_one("#status"), app.query_one("#search")
        assert search.region.x - status.region.right >= 2

    browse(MINI, scenario, size=(80, 24))


def test_h_hides_the_actors_and_the_statements_get_their_room() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        actors = app.query_one("#actors")
        narrow = app.table.size.width
        await pilot.press("h")
        await settled(pilot)
        assert not actors.display
        assert app.table.size.width >= narrow + 28
        await pilot.press("a")  # choosing an actor shows them again
        assert actors.display and actors.has_focus
        await pilot.press("h")
        assert not actors.display and app.table.has_focus

    browse(MINI, scenario, size=(80, 24))


def test_interests_and_relations_follow_the_chosen_actor() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        dossier = app.loaded.dossier
        await pilot.press("4")
        interests = app.query_one("#interests-list", ClaimsPane)
        assert interests.count == len(dossier.interests)
        await pilot.press("a", "down", "enter", "4")  # the first actor
        chosen = dossier.actors[0].id
        assert interests.count == len(query.interests(dossier, [chosen]))
        assert f"as cismoa interests --actor {chosen}" in _rendered(interests)
        await pilot.press("5")
        relations = app.query_one("#relations-list", ClaimsPane)
        assert relations.count == len(query.relations(dossier, [chosen]))
        for relation in query.relations(dossier, [chosen]):
            assert relation.id in _rendered(relations)

    browse(MINI, scenario, size=(120, 35))


def _rendered(pane: ClaimsPane | ComparePane) -> str:
    """What the pane's text says, printed as plain text."""
    written = io.StringIO()
    Console(file=written, width=100, color_system=None).print(pane.query(Static).last().content)
    return written.getvalue()


def test_compare_shows_what_cismoa_compare_shows() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("6")
        await settled(pilot)
        pane = app.query_one(ComparePane)
        first, second = (a.id for a in app.loaded.dossier.actors[:2])
        shown = _rendered(pane)
        assert f"as cismoa compare {first} {second}" in shown
        told = run_cli("--data", str(MINI), "compare", first, second, "--format", "json")
        compared = json.loads(told.stdout)
        listed = [*compared["relations"], *compared["shared_implications"]]
        assert listed
        for item in listed:
            assert item["id"] in shown
        await pilot.press("a", "down", "down", "enter", "6")  # the second actor, chosen
        assert await eventually(pilot, lambda: f"compare {second} {first}" in _rendered(pane))
        pane.query_one("#first", Select).value = first
        assert await eventually(pilot, lambda: "Choose two different" in _rendered(pane))

    browse(MINI, scenario, size=(120, 35))
