"""``cismoa browse`` beyond the table: the article following the filters and the search,
filter toggles readable as text, the matrix and its legend, the export formats, the actors
pane hidden, and the interests, relations and compare views."""

from __future__ import annotations

from browsing import MINI, browse, settled, shown_ids
from textual.pilot import Pilot
from textual.widgets import Input, Static

from cismoa_cli.browse.app import BrowseApp
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
        assert f"{marked} cited spans · " in reading(app)
        quoted = {(e.start, e.end) for i in app.loaded.dossier.implications for e in i.evidence}
        assert f" {len(quoted)} of them quoted by the 20 implications shown" in reading(app)

    browse(BUNDLED, scenario, size=(120, 35))


def test_the_article_and_n_follow_the_filters_and_the_search() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"china", "enter")
        shown = [item for item in app.table.rows]
        assert shown and len(shown) < len(app.loaded.dossier.implications)
        await pilot.press("2")
        await settled(pilot)
        pane = app._article_pane
        assert pane is not None
        quoted = sorted({(e.start, e.end) for item in shown for e in item.evidence})
        assert pane.view.selected == quoted
        assert f"{len(quoted)} of them quoted by the {len(shown)} implications" in reading(app)
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
