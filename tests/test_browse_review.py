"""Reviewing a draft in ``cismoa browse``: proposals marked in words, each key (y accepts, r
rejects, l relabels) writing the dossier at once and the screen following it, a write that
fails leaving the file as it was and saying why, the status filter, and the voices view."""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from browsing import MINI, browse, eventually, lines_of, settled, shown_ids
from rich.console import Console
from rich.segment import Segment
from textual.pilot import Pilot
from textual.widgets import ContentSwitcher, Static, Tab, Tabs

from cismoa_cli import query, review
from cismoa_cli.browse.app import VIEWS, BrowseApp
from cismoa_cli.browse.choosing import FilterPanel, Toggles
from cismoa_cli.browse.filters import Field
from cismoa_cli.browse.reviewing import DossierFile, LabelPanel
from cismoa_cli.browse.voices import VoicesList
from cismoa_cli.errors import WriteError
from cismoa_cli.models import Implication
from cismoa_cli.render.trees import compare_view
from cismoa_cli.store import bundled_path, load
from cismoa_cli.vocabulary import Direction, Status

DRAFT = Path(__file__).parent / "fixtures" / "draft" / "dossier.json"
SIZE = (100, 30)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A copy of the drafted dossier and its article, to review."""
    folder = tmp_path / "draft"
    shutil.copytree(DRAFT.parent, folder)
    return folder / "dossier.json"


class Said:
    """What the browser told its reader (its notifications), in order."""

    def __init__(self, app: BrowseApp) -> None:
        self.lines: list[str] = []
        self.errors: list[str] = []
        shown = app.notify

        def notify(message: str, **options: Any) -> None:
            self.lines.append(message)
            if options.get("severity") == "error":
                self.errors.append(message)
            shown(message, **options)

        app.notify = notify  # type: ignore[method-assign]


def status_line(app: BrowseApp) -> str:
    return str(app.query_one("#status", Static).content)


def detail_text(app: BrowseApp) -> str:
    return str(app.query_one("#detail", Static).content)


def test_proposals_are_marked_in_words_in_the_table_detail_and_status(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        lines = lines_of(app.table)
        assert lines[0].startswith("IMP-01 ? ")
        assert "? 34 to review" in status_line(app)
        assert "IMP-01 · implication · ? proposed, cue \u201crisks\u201d" in detail_text(app)

    browse(draft, scenario, SIZE)


def test_a_readers_dossier_shows_no_mark() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        assert not any(" ? " in line for line in lines_of(app.table))
        assert "to review" not in status_line(app)
        assert "proposed" not in detail_text(app)

    browse(MINI, scenario, SIZE)


def test_y_accepts_the_item_writes_the_file_and_the_screen_follows(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        said = Said(app)
        await pilot.press("down", "y")  # IMP-02
        written = load(draft).dossier
        assert review.find(written, "IMP-02")[2].status is Status.ACCEPTED
        assert review.proposed(written) == 33
        assert lines_of(app.table)[2].startswith("IMP-02   ")  # no mark
        assert app.table.current is not None and app.table.current.id == "IMP-02"
        assert "? 33 to review" in status_line(app)
        assert "proposed" not in detail_text(app)
        assert said.lines[-1] == "Accepted IMP-02; wrote dossier.json"
        before = draft.read_bytes()
        await pilot.press("y")  # accepted already: nothing to write
        assert draft.read_bytes() == before
        assert said.lines[-1] == "IMP-02 is accepted already."

    browse(draft, scenario, SIZE)


def test_r_rejects_the_item_and_the_cursor_moves_to_the_next(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "r")  # IMP-02
        written = load(draft).dossier
        assert [i.id for i in written.implications][:3] == ["IMP-01", "IMP-03", "IMP-04"]
        assert shown_ids(app) == [i.id for i in written.implications]
        assert app.shown is not None and app.shown.id == "IMP-03"
        assert detail_text(app).startswith("IMP-03")
        assert "18 of 18 implications" in status_line(app)

    browse(draft, scenario, SIZE)


def test_a_key_typed_ahead_acts_on_the_row_under_the_cursor(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        assert app.table.has_focus and app.shown is not None and app.shown.id == "IMP-01"
        # The cursor moves and "r" comes before the table's message reaches the detail, as
        # keys typed ahead (or sent in one burst over ssh) do.
        app.table.cursor = 2
        await app.action_reject()
        ids = [i.id for i in load(draft).dossier.implications]
        assert "IMP-03" not in ids and ids[:2] == ["IMP-01", "IMP-02"]

    browse(draft, scenario, SIZE)


def test_l_relabels_from_the_dossiers_words_and_esc_writes_nothing(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        said = Said(app)
        before = draft.read_bytes()
        await pilot.press("l")
        assert isinstance(app.screen, LabelPanel)
        await pilot.press("tab", "tab")  # affects, domain, then direction
        direction = app.screen.query_one("#direction", Toggles)
        assert await eventually(pilot, lambda: direction.has_focus)
        assert direction.chosen == ("risk",)
        await pilot.press("home", "space")  # benefit, in place of risk
        assert direction.chosen == ("benefit",)
        await pilot.press("escape")
        assert draft.read_bytes() == before  # cancelled
        await pilot.press("l", "tab", "tab")
        await settled(pilot)
        await pilot.press("home", "space", "w")
        assert not isinstance(app.screen, LabelPanel)
        item = review.find(load(draft).dossier, "IMP-01")[2]
        assert isinstance(item, Implication)
        assert item.direction is Direction.BENEFIT
        assert item.status is Status.PROPOSED  # relabelled, still to accept
        assert "direction    benefit" in detail_text(app)
        assert said.lines[-1] == "Relabelled IMP-01: direction; wrote dossier.json"
        await pilot.press("l", "w")  # nothing changed: nothing written
        assert said.lines[-1] == "IMP-01: no label changed; nothing written."

    browse(draft, scenario, SIZE)


def test_a_read_only_file_is_left_as_it_was_and_the_reader_told(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        said = Said(app)
        os.chmod(draft, 0o444)
        before = draft.read_bytes()
        for key in ("y", "r"):
            await pilot.press(key)
            assert draft.read_bytes() == before
            assert "is read-only; make it writable first" in said.errors[-1]
        assert review.proposed(app.loaded.dossier) == 34  # the screen unchanged too
        assert lines_of(app.table)[0].startswith("IMP-01 ? ")
        assert sorted(p.name for p in draft.parent.iterdir()) == ["article.txt", "dossier.json"]

    browse(draft, scenario, SIZE)


def test_a_file_changed_on_disk_meanwhile_is_not_written_over(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        said = Said(app)
        changed = draft.read_text(encoding="utf-8").replace("IMP-19", "IMP-20")
        draft.write_text(changed, encoding="utf-8")
        await pilot.press("y")
        assert draft.read_text(encoding="utf-8") == changed
        assert "changed on disk since cismoa browse read it" in said.errors[-1]
        assert review.proposed(app.loaded.dossier) == 34

    browse(draft, scenario, SIZE)


def test_rejecting_an_actor_still_named_is_refused_saying_by_what(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        said = Said(app)
        before = draft.read_bytes()
        # as when the actor is chosen from the article: in the detail, which has the focus
        app._show_detail(review.find(app.loaded.dossier, "LAO")[2])
        app.query_one("#detail-scroll").focus()
        await pilot.press("r")
        assert draft.read_bytes() == before
        assert said.errors[-1].startswith("LAO is named by 4 other items (INT-LAO-1,")

    browse(draft, scenario, SIZE)


def test_the_status_filter_keeps_the_proposals_or_the_accepted(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "y", "f")  # IMP-02 accepted, then the filters
        assert isinstance(app.screen, FilterPanel)
        toggles = app.screen.query_one(f"#{Field.STATUS.name}", Toggles)
        assert toggles.values == ["proposed", "accepted"]
        toggles.focus()
        await pilot.press("down", "space")  # accepted
        assert shown_ids(app) == ["IMP-02"]
        assert "--status accepted" in status_line(app)
        await pilot.press("space", "up", "space")  # proposed
        assert len(shown_ids(app)) == 18 and "IMP-02" not in shown_ids(app)

    browse(draft, scenario, SIZE)


def test_7_lists_the_voices_and_y_accepts_the_voice_highlighted(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("7")
        voices = app.query_one("#voices-list", VoicesList)
        assert await eventually(pilot, lambda: voices.has_focus)
        listed = [str(voices.get_option_at_index(n).prompt) for n in range(voices.option_count)]
        assert listed[0].startswith("the article (article) · article")
        officials = next(line for line in listed if "(chinese-officials)" in line)
        assert "· voice" not in officials  # the kind, as cismoa voices names it
        assert "? proposed" in officials
        assert "of China (CHN)" in officials
        assert "asserts 1 implication: IMP-07" in officials
        await pilot.press("down", "y")  # from the article to the first voice
        first = app.loaded.dossier.voices[0]
        assert first.status is Status.ACCEPTED
        assert review.find(load(draft).dossier, first.id)[2].status is Status.ACCEPTED
        prompt = str(voices.get_option_at_index(1).prompt)
        assert first.id in prompt and "? proposed" not in prompt

    browse(draft, scenario, SIZE)


def test_the_bundled_dossier_is_not_reviewed_in_place() -> None:
    bundled = bundled_path()
    dossier = load(bundled).dossier
    before = bundled.read_bytes()
    with pytest.raises(WriteError, match="not reviewed in place; copy its folder"):
        DossierFile(bundled).write(dossier)
    assert bundled.read_bytes() == before


def test_a_file_gone_since_it_was_read_is_not_written(draft: Path) -> None:
    file = DossierFile(draft)
    dossier = load(draft).dossier
    draft.unlink()
    with pytest.raises(WriteError, match=r"dossier\.json: not written: No such file"):
        file.write(dossier)
    assert not draft.exists()


def test_the_review_keys_act_only_where_an_item_is_in_view(draft: Path) -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        said = Said(app)
        before = draft.read_bytes()
        await pilot.press("3", "y", "r")  # the matrix: no item in view
        await settled(pilot)
        assert draft.read_bytes() == before
        await pilot.press("7", "y")  # the voices, the article highlighted: not a voice
        assert draft.read_bytes() == before
        assert said.lines[-1].startswith("No voice to review here")

    browse(draft, scenario, SIZE)


def showing(switcher: ContentSwitcher, view: str) -> bool:
    return switcher.current == view


def test_every_views_tab_is_in_view_at_80_columns_and_its_number_opens_it() -> None:
    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        tabs = app.query_one("#views", Tabs)
        shown = [str(tab.label) for tab in tabs.query(Tab)]
        assert shown == [f"{n} {title}" for n, (_, title) in enumerate(VIEWS, 1)]
        for tab in tabs.query(Tab):
            assert tab.region.right <= 80, tab.label
        switcher = app.query_one(ContentSwitcher)
        for n, (view, _) in enumerate(VIEWS, 1):
            await pilot.press(str(n))
            assert await eventually(pilot, functools.partial(showing, switcher, view))
            assert tabs.active == f"tab-{view}"

    browse(MINI, scenario, (80, 24))


def test_compare_fits_a_pane_narrower_than_the_terminal() -> None:
    dossier = load(MINI).dossier
    first, second = dossier.actors[:2]
    look = compare_view(query.compare(dossier, first, second), dossier.names()).look
    console = Console(width=120, color_system=None)
    lines = console.render_lines(look, console.options.update_width(48), pad=False)
    texts = ["".join(segment.text for segment in line).rstrip() for line in lines]
    assert max(Segment.get_line_length(line) for line in lines) <= 48
    # The table whole, its right edge in the width (cut, it would have none).
    top = next(n for n, text in enumerate(texts) if text.startswith("\u250f"))
    assert texts[top].endswith("\u2513") and len(texts[top]) <= 48
