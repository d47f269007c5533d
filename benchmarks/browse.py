"""How fast ``cismoa browse`` answers on a large dossier, timed through Textual's Pilot.

    python benchmarks/generate.py 100000 /tmp/cismoa-bench/100k
    python benchmarks/browse.py /tmp/cismoa-bench/100k/claims.json [--size 120x40]

The first screen is timed to Textual's Ready event (the first frame displayed); each
other figure is the median of several presses, from the key press to the screen being
redrawn (the press and Pilot's pause after it), on the large dossier and on a small one
(the mini fixture: what Textual, the harness and the screen cost alone), with the ratios
of the two and to the issue's budget: the first screen within 1 s of the data being
loaded, moving through the table and changing a filter within 100 ms. Loading the
dossier is timed apart: it is what every command pays.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from textual.pilot import Pilot

from cismoa_cli.browse.app import BrowseApp
from cismoa_cli.browse.filters import Choices, Field, Rows
from cismoa_cli.store import Loaded, load

FIRST_SCREEN = 1.0
STEP = 0.1


async def timed(pilot: Pilot[None], *keys: str) -> float:
    start = time.perf_counter()
    await pilot.press(*keys)
    await pilot.pause()
    return time.perf_counter() - start


Steps = dict[str, tuple[float, float | None]]  # step -> (median seconds, budget)


class Stamped(BrowseApp):
    """The browser, noting when its first frame is on the screen (Textual's Ready event)."""

    ready = 0.0

    def on_ready(self) -> None:
        self.ready = time.perf_counter()
        super().on_ready()


async def measure(loaded: Loaded, size: tuple[int, int]) -> Steps:
    """Median seconds of each step, on one dossier."""
    found: Steps = {}
    start = time.perf_counter()
    app = Stamped(loaded)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        found["first screen, from the data loaded"] = (app.ready - start, FIRST_SCREEN)
        await app.workers.wait_for_complete()  # the rows and the sentences, made behind it
        found["all prepared behind it (rows, sentences)"] = (time.perf_counter() - start, None)

        async def presses(keys: tuple[str, ...], times: int) -> list[float]:
            return [await timed(pilot, *keys) for _ in range(times)]

        async def actors() -> list[float]:
            # Alternate: an actor (a pass over every implication), then all actors again.
            seconds = []
            for n in range(4):
                await pilot.press("a", "home", *["down"] * (n % len(loaded.dossier.actors) + 1))
                seconds.append(await timed(pilot, "enter"))
                await pilot.press("home")
                seconds.append(await timed(pilot, "enter"))
            await pilot.press("1")
            return seconds

        async def toggles() -> list[float]:
            await pilot.press("f", "tab")
            seconds = []
            for _ in range(4):
                seconds.append(await timed(pilot, "space"))  # risk on
                seconds.append(await timed(pilot, "space"))  # and off
            await pilot.press("escape", "1")
            return seconds

        async def search() -> list[float]:
            await pilot.press("slash")
            seconds = [await timed(pilot, key) for key in "could"]
            await pilot.press("enter", "x")
            return seconds

        await pilot.press("1")
        steps: list[tuple[str, Callable[[], Awaitable[list[float]]]]] = [
            ("down, one row (and its detail)", lambda: presses(("down",), 20)),
            ("page down", lambda: presses(("pagedown",), 10)),
            ("choose an actor, then all actors", actors),
            ("toggle direction risk on, then off", toggles),
            ("search as you type, per key", search),
        ]
        for what, step in steps:
            found[what] = (statistics.median(await step()), STEP)
        found["open the article view (first time)"] = (await timed(pilot, "2"), None)
        found["next span of the selection"] = (
            statistics.median(await presses(("n",), 10)),
            STEP,
        )
        found["open the matrix view"] = (await timed(pilot, "3"), None)
    return found


async def own_work(loaded: Loaded, size: tuple[int, int]) -> dict[str, list[float]]:
    """The browser's own work per step, without the harness's waiting: the filter asked
    of the rows, the table and the detail brought up to date, the visible lines drawn."""
    found: dict[str, list[float]] = {}
    app = BrowseApp(loaded)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        table = app.table

        def draw() -> None:
            for y in range(table.size.height):
                table.render_line(y)

        def step(what: str, change: Callable[[], None]) -> None:
            start = time.perf_counter()
            change()
            app._show_detail(table.current)
            draw()
            found.setdefault(what, []).append(time.perf_counter() - start)

        def move() -> None:
            table.cursor += 1

        for _ in range(20):
            step("down, one row (and its detail)", move)
        actors = [a.id for a in loaded.dossier.actors]

        def choosing(choices: Choices) -> Callable[[], None]:
            return lambda: app.apply(choices)

        for actor in actors[:5]:  # each asked for the first time: a pass over every row
            step("choose an actor", choosing(replace(app.choices, actor=actor)))
            step("all actors again (remembered)", choosing(Choices()))
        for _ in range(3):
            step(
                "toggle direction risk on",
                choosing(Choices().with_values(Field.DIRECTION, ("risk",))),
            )
            step("and off (remembered)", choosing(Choices()))
            app.rows = Rows(loaded.dossier)  # forget, so that each round asks again,
            app.rows.warm()  # prepared as the browser prepares its rows as it opens
        for n in range(1, 6):
            step("search as you type, per key", choosing(Choices(search="could"[:n])))
        for _ in range(3):  # a reader quicker than the preparing
            app.rows = Rows(loaded.dossier)
            step("a first search key, not yet prepared", choosing(Choices(search="c")))
            app.rows = Rows(loaded.dossier)
            step("choose an actor, not yet prepared", choosing(Choices(actor=actors[0])))
        start = time.perf_counter()
        Rows(loaded.dossier).warm()
        found["preparing the rows, behind the first screen"] = [time.perf_counter() - start]
    return found


async def run(small: Path, large: Path, size: tuple[int, int]) -> None:
    loaded = []
    for path in (small, large):
        start = time.perf_counter()
        loaded.append(load(path))
        count = len(loaded[-1].dossier.implications)
        print(f"{path}: {count:,} implications, loaded in {time.perf_counter() - start:.2f} s")
    few, many = [await measure(each, size) for each in loaded]
    print(f"\nterminal {size[0]}x{size[1]}; each figure a median, from key press to redrawn")
    print("\n| step | small | large | large / small | large / budget |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for what, (seconds, budget) in many.items():
        base = few[what][0]
        vs_budget = f"{seconds / budget:.2f}" if budget else ""
        print(
            f"| {what} | {base * 1000:.0f} ms | {seconds * 1000:.0f} ms "
            f"| {seconds / base:.1f} | {vs_budget} |"
        )
    print("\nThe browser's own work on the large dossier, without the harness (median, max):")
    print("\n| step | median | max | median / budget |\n| --- | ---: | ---: | ---: |")
    for what, times in (await own_work(loaded[1], size)).items():
        median = statistics.median(times)
        print(
            f"| {what} | {median * 1000:.1f} ms | {max(times) * 1000:.1f} ms "
            f"| {median / STEP:.2f} |"
        )
    load1, load5, _ = os.getloadavg()
    print(f"\nload average during the run: {load1:.1f} (1 min), {load5:.1f} (5 min)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dossier", type=Path, help="the large dossier")
    parser.add_argument(
        "--small",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini" / "claims.json",
        help="the dossier to compare with: what the harness and the screen cost alone",
    )
    parser.add_argument("--size", default="120x40", help="terminal size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    asyncio.run(run(args.small, args.dossier, (width, height)))


if __name__ == "__main__":
    main()
