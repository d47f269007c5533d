"""The ``e`` panel of ``cismoa browse`` writes off the UI thread: while an export is being
built and written the browser keeps answering, the panel waits for it, and then the file
lands and is reported, or the refusal shows in the panel, as before."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from browsing import MINI, Scenario, eventually, still
from helpers import run_cli
from textual.pilot import Pilot
from textual.widgets import Input, Static

from cismoa_cli.browse.app import BrowseApp
from cismoa_cli.browse.exporting import ExportPanel
from cismoa_cli.export import Exported
from cismoa_cli.export.write import write_exported


async def export_to(pilot: Pilot[None], target: Path) -> ExportPanel:
    """Open the panel, keep its first format (Markdown), name ``target`` and press Enter."""
    await pilot.press("e")
    panel = pilot.app.screen
    assert isinstance(panel, ExportPanel)
    await pilot.press("enter")  # the format; the file name next
    name = panel.query_one("#file", Input)
    assert await eventually(pilot, lambda: name.has_focus)
    name.value = str(target)
    await pilot.press("enter")
    return panel


def browse(scenario: Scenario) -> None:
    """Run ``scenario`` against the browser on the mini fixture, notifications shown (Textual's
    harness leaves them out unless asked)."""

    async def run() -> None:
        app = still(MINI)
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await pilot.pause()
            await scenario(app, pilot)

    asyncio.run(run())


def toasts(app: BrowseApp) -> str:
    """The text of the notifications on screen."""
    return "\n".join(str(toast.render()) for toast in app.screen.query("Toast"))


def test_the_export_is_written_off_the_ui_thread_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.md"
    started, release = threading.Event(), threading.Event()
    writers: list[threading.Thread] = []

    def held(target: Path, content: Exported, *, force: bool, protected: tuple[Path, ...]) -> None:
        writers.append(threading.current_thread())
        started.set()
        assert release.wait(30)
        write_exported(target, content, force=force, protected=protected)

    monkeypatch.setattr("cismoa_cli.browse.exporting.write_exported", held)

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        panel = await export_to(pilot, target)
        assert await eventually(pilot, started.is_set)
        # The write is held in its thread; the browser still answers keys, and the panel
        # stays open (Esc waits) so that what lands is reported.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is panel and not target.exists()
        release.set()
        await app.workers.wait_for_complete()
        assert await eventually(pilot, lambda: not isinstance(app.screen, ExportPanel))
        assert await eventually(pilot, lambda: f"Wrote {target}" in toasts(app))

    browse(scenario)
    assert writers and all(w is not threading.main_thread() for w in writers)
    assert (
        target.read_text(encoding="utf-8")
        == run_cli("--data", str(MINI), "export", "markdown").stdout
    )


def test_a_write_that_fails_in_its_thread_shows_in_the_panel(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "brief.md"

    async def scenario(app: BrowseApp, pilot: Pilot[None]) -> None:
        panel = await export_to(pilot, target)
        await app.workers.wait_for_complete()
        problem = panel.query_one("#problem", Static)
        assert await eventually(pilot, lambda: "does not exist" in str(problem.content))
        assert app.screen is panel and toasts(app) == ""
        # The panel answers again: Esc closes it.
        await pilot.press("escape")
        assert await eventually(pilot, lambda: not isinstance(app.screen, ExportPanel))

    browse(scenario)
    assert not target.parent.exists()
