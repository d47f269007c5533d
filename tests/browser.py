"""The system Chromium, driven by Playwright, for the HTML report's tests and screenshots.

Never ``playwright install``: the browser is Debian's ``chromium``. In CI (env ``CI`` set)
a browser that cannot start fails the tests; elsewhere they are skipped only when
Chromium is not installed at all.

Run as a script to take the screenshots of a report in docs/exports-and-formats.md:

    python tests/browser.py examples/report.html docs/report.png docs/map.png
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).parent / "js" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def missing_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they must run."""
    if os.environ.get("CI"):
        return None  # in CI a missing browser is a failure, not a skip
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        return f"{CHROMIUM} is not installed (CI installs it; the tests fail there without it)"
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A running headless Chromium (Playwright's Browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watch:
    """What a page did that a self-contained report must not: console errors and
    warnings, uncaught exceptions, requests for anything but itself, and dialogs."""

    url: str
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.console or self.errors or self.requests or self.dialogs)


def open_report(browser: Any, path: Path, **context: Any) -> tuple[Any, Watch]:
    """A new page showing the report at ``path``, and what it did while loading."""
    url = path.resolve().as_uri()
    watch = Watch(url)
    page = browser.new_context(**context).new_page()
    page.on(
        "console",
        lambda m: (
            watch.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
        ),
    )
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("request", lambda r: watch.requests.append(r.url) if r.url != url else None)

    def dialog(d: Any) -> None:
        watch.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(url)
    page.wait_for_load_state("load")
    return page, watch


@pytest.fixture
def browser_for_one_test() -> Iterator[Any]:
    """A Chromium closed as soon as the test ends, for a module that also runs Textual."""
    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium for a test module. Not for the whole session: while Playwright's event
    loop runs, a Textual app (cismoa browse, in other modules) cannot start its own."""
    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    with chromium() as running:
        yield running


def axe_violations(page: Any) -> list[str]:
    """What axe-core (tests/js/axe) finds wrong on the page as it stands, one line a rule and
    element. Skips when axe-core is not installed, except in CI, where it fails. The page
    must be opened with ``bypass_csp=True``: its policy lets no other script run."""
    if not AXE.exists():
        reason = f"axe-core is not installed: run npm ci in {AXE.parents[2]}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}) {' '.join(map(str, node['target']))}: {node['failureSummary']}"
        for v in found
        for node in v["nodes"]
    ]


# The page's boxes of the map's nodes (circles, voice boxes, legend samples) and labels, each
# with the node it belongs to, if any.
MAP_BOXES = """() => Array.from(document.querySelectorAll(
    "svg.map .node, svg.map .sample, svg.map text")).map((e) => {
  const r = e.getBoundingClientRect();
  const owner = e.closest("[data-actor], [data-voice]");
  return {what: e.tagName === "text" ? "label" : "node",
          owner: owner ? (owner.dataset.actor ?? "voice:" + owner.dataset.voice) : "",
          text: e.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
})"""


def overlapping(boxes: list[dict[str, Any]], slack: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of boxes that overlap by more than ``slack``: node and node, label and label,
    or a label and a node it does not belong to."""
    found = []
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            if a["owner"] and a["owner"] == b["owner"] and a["what"] != b["what"]:
                continue
            if (
                min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > slack
                and min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > slack
            ):
                found.append((f"{a['what']} {a['text']!r}", f"{b['what']} {b['text']!r}"))
    return found


def screenshots(report: Path, whole: Path, map_only: Path) -> None:
    """The top of the report, and its map at twice the resolution, as the docs show them."""
    with chromium() as browser:
        for scale, target in ((1, whole), (2, map_only)):
            page, watch = open_report(
                browser, report, viewport={"width": 1200, "height": 900}, device_scale_factor=scale
            )
            if target is whole:
                page.screenshot(path=str(target))
            else:
                # The sticky navigation bar would cover the map's top; the page's policy
                # forbids new style sheets, not setting a style from script.
                page.evaluate("document.querySelector('nav').style.position = 'static'")
                page.locator("svg.map").screenshot(path=str(target))
            assert watch.clean, watch
            page.context.close()


if __name__ == "__main__":
    screenshots(*(Path(arg) for arg in sys.argv[1:4]))
