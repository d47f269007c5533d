"""Driving ``cismoa browse`` in tests: start it on a dossier with Textual's own harness,
read what it shows, and ask the command line the same question."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

from helpers import FIXTURES, run_cli
from textual.pilot import Pilot
from textual.widget import Widget

from cismoa_cli.browse.app import BrowseApp
from cismoa_cli.store import load

MINI = FIXTURES / "mini" / "claims.json"
HOSTILE = FIXTURES / "hostile" / "claims.json"

Scenario = Callable[[BrowseApp, Pilot[None]], Awaitable[None]]


def still(path: Path) -> BrowseApp:
    """The browser on the dossier at ``path``, without animations: a tab's underline that
    slides would make a screenshot depend on the machine's speed."""
    app = BrowseApp(load(path))
    app.animation_level = "none"
    return app


def browse(path: Path, scenario: Scenario, size: tuple[int, int] = (100, 30)) -> None:
    """Run ``scenario`` against the browser opened on the dossier at ``path``."""

    async def run() -> None:
        app = still(path)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await scenario(app, pilot)

    asyncio.run(run())


@functools.cache
def cli_ids(path: Path, *options: str) -> list[str]:
    """The ids ``cismoa implications OPTIONS`` lists for the dossier at ``path``."""
    run = run_cli("--data", str(path), "implications", *options, "--format", "json")
    assert run.code == 0, run.stderr
    return [row["id"] for row in json.loads(run.stdout)]


def shown_ids(app: BrowseApp) -> list[str]:
    """The ids of the rows of the implications table."""
    return [item.id for item in app.table.rows]


def lines_of(widget: Widget) -> list[str]:
    """What a line-by-line widget shows, one string per screen line."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def pressing(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """For a snapshot: press the keys, then let the screen settle (the footer redraws its
    keys once the focus has moved, a moment after the press)."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(*keys)
        await settled(pilot)

    return run_before


async def eventually(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 10
) -> bool:
    """Whether ``condition`` holds within ``timeout`` seconds of the app running on: focus
    moves and views change a moment after the key that moved them, longer on a busy machine."""
    waited = 0.0
    while not condition():
        if waited >= timeout:
            return False
        await pilot.pause(0.05)
        waited += 0.05
    return True


async def settled(pilot: Pilot[None], timeout: float = 10) -> None:
    """Let a newly shown view be laid out and drawn (on a busy machine, a while after the
    key that showed it): the same screen twice in a row, 0.1 s apart, with the footer's
    keys on it (the footer takes them down and puts them back when the focus moves)."""
    previous = ""
    waited = 0.0
    while waited < timeout:
        await pilot.wait_for_scheduled_animations()
        await pilot.pause(0.1)
        waited += 0.1
        shown = pilot.app.export_screenshot()
        if shown == previous and "Quit" in shown:
            return
        previous = shown
