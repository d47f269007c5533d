"""The HTML report in a real browser (the system Chromium, driven by Playwright): it opens
offline with no error and no request, marks every cited span, leads from items to spans
and back, filters as the command line does, runs no hostile text, and draws a map whose
nodes and labels do not overlap."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import MAP_BOXES, axe_violations, open_report, overlapping
from helpers import BUNDLED, FIXTURES, REVIEW, run_cli
from tools import write_generated

from cismoa_cli.export.html import report
from cismoa_cli.models import Dossier
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.store import Loaded, load

pytestmark = pytest.mark.client  # a real Chromium: .ci/run runs these in one job


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, bundled: Loaded) -> dict[str, Path]:
    """The report of the bundled data, of the hostile fixture, of a draft under review and
    of a generated dossier with 50 actors, as files."""
    folder = tmp_path_factory.mktemp("reports")
    generated = load(write_generated(1000, folder / "generated"))
    sources = {
        "bundled": bundled,
        "hostile": load(FIXTURES / "hostile" / "claims.json"),
        "review": load(REVIEW),
        "generated": generated,
    }
    paths = {}
    for name, loaded in sources.items():
        paths[name] = folder / f"{name}.html"
        html = report(select(loaded.dossier, ImplicationFilter()), loaded.article)
        paths[name].write_text(html, encoding="utf-8")
    return paths


@pytest.fixture
def page(browser: Any, reports: dict[str, Path]) -> Iterator[Any]:
    """The bundled data's report, open and clean."""
    opened, watch = open_report(
        browser, reports["bundled"], viewport={"width": 1200, "height": 900}
    )
    assert watch.clean, watch
    yield opened
    opened.context.close()


def visible_rows(page: Any) -> list[str]:
    ids: list[str] = page.eval_on_selector_all(
        "table.implications tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.id)"
    )
    return ids


def in_view(page: Any, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "e => { const r = e.getBoundingClientRect();"
            " return r.bottom > 0 && r.top < window.innerHeight; }",
        )
    )


@pytest.mark.parametrize("name", ["bundled", "hostile", "review", "generated"])
def test_opens_offline_with_no_error_and_no_request(
    browser: Any, reports: dict[str, Path], name: str
) -> None:
    for scheme in ("light", "dark"):
        opened, watch = open_report(browser, reports[name], color_scheme=scheme)
        assert watch.clean, watch
        assert opened.is_visible("#_filters")  # the script ran under the page's policy
        opened.context.close()


def test_every_distinct_cited_span_is_highlighted(page: Any, bundled: Loaded) -> None:
    cited = {(e.start, e.end) for _, _, item in bundled.dossier.items() for e in item.evidence}
    spans = page.evaluate(SPAN_TEXTS)
    assert len(spans) == len(cited)
    assert {(start, end) for start, end, _ in spans} == cited
    for start, end, text in spans:
        assert text == bundled.article[start:end]


def test_each_item_leads_to_its_spans_and_back(page: Any, bundled: Loaded) -> None:
    for item in bundled.dossier.implications:
        links = page.locator(f'tr[data-id="{item.id}"] a.quote')
        assert links.count() == len(item.evidence)
        for n, evidence in enumerate(item.evidence):
            links.nth(n).click()
            anchor = f"_span-{evidence.start}-{evidence.end}"
            assert page.evaluate("location.hash") == f"#{anchor}"
            mark = f"#{anchor}"
            # The page marks the span on its hashchange event: wait for it, do not race it.
            page.wait_for_function(
                "s => { const m = document.querySelector(s);"
                " return m !== null && m.matches(':target') && m.matches('.current'); }",
                arg=mark,
                timeout=10_000,
            )
            assert in_view(page, mark)
            # The pop-up names the items citing the span; one of them leads back.
            assert page.is_visible("#_cites")
            page.click(f'#_cites a[href="#{item.id}"]')
            assert page.evaluate("location.hash") == f"#{item.id}"
            assert in_view(page, f'tr[data-id="{item.id}"]')


# Each head mark's offsets, and the text of the head and of its continuing pieces.
SPAN_TEXTS = """() => Array.from(document.querySelectorAll("mark[data-start]")).map((head) => {
  let text = "";
  const article = document.getElementById("_text");
  const walk = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const marks = [];
    for (let e = walk.currentNode.parentElement; e.tagName === "MARK"; e = e.parentElement) {
      marks.push(e);
    }
    if (marks.some((m) => m === head || m.dataset.of === head.id)) {
      text += walk.currentNode.data;
    }
  }
  return [Number(head.dataset.start), Number(head.dataset.end), text];
})"""

# How many elements of each kind the page holds.
ELEMENTS = """() => {
  const counts = {};
  for (const e of document.querySelectorAll("*")) counts[e.tagName] = (counts[e.tagName] || 0) + 1;
  return counts;
}"""

FLAGS = {
    "actor": "--actor",
    "domain": "--domain",
    "direction": "--direction",
    "certainty": "--certainty",
    "horizon": "--horizon",
    "voice": "--asserted-by",
}


def cli_rows(*options: str) -> list[str]:
    shown = run_cli("--data", BUNDLED, "implications", *options, "--format", "json")
    assert shown.code == 0, shown.stderr
    return [row["id"] for row in json.loads(shown.stdout)]


def test_each_filter_shows_the_rows_the_command_line_lists(page: Any) -> None:
    everything = cli_rows()
    assert visible_rows(page) == everything
    tried = 0
    for name, flag in FLAGS.items():
        values = page.eval_on_selector_all(
            f'#_filters select[name="{name}"] option', "options => options.map(o => o.value)"
        )
        assert values[0] == ""  # "any"
        for value in values[1:]:
            page.select_option(f'#_filters select[name="{name}"]', value)
            assert visible_rows(page) == cli_rows(flag, value), (flag, value)
            tried += 1
        page.select_option(f'#_filters select[name="{name}"]', "")
    for words in ("long run", "CHINA", "Pakistan\u2019s", "pakistan's", "\u201cstrategic", "zzz"):
        page.fill('#_filters input[name="search"]', words)
        assert visible_rows(page) == cli_rows("--search", words), words
    page.select_option('#_filters select[name="direction"]', "risk")
    page.fill('#_filters input[name="search"]', "could")
    assert visible_rows(page) == cli_rows("--direction", "risk", "--search", "could")
    hidden = page.eval_on_selector_all(
        "table.implications tbody tr", "rows => rows.filter(r => r.hidden).map(r => r.dataset.id)"
    )
    assert sorted(hidden + visible_rows(page)) == sorted(everything)
    assert page.text_content("#_shown").startswith(
        f"{len(visible_rows(page))} of {len(everything)} implications shown; "
    )
    page.click('#_filters button[type="reset"]')
    # The form's fields are cleared after its reset event: the page filters again a moment
    # later, as a browser lets it.
    page.wait_for_function("() => !document.querySelector('table.implications tr[hidden]')")
    assert visible_rows(page) == everything
    assert tried > 20


def test_without_javascript_every_row_shows(browser: Any, reports: dict[str, Path]) -> None:
    opened, watch = open_report(browser, reports["bundled"], java_script_enabled=False)
    assert watch.clean, watch
    rows = opened.locator("table.implications tbody tr")
    assert rows.count() == len(cli_rows()) and all(r.is_visible() for r in rows.all())
    assert not opened.is_visible("#_filters")
    assert (
        opened.locator("noscript ul.spans li").count() == opened.locator("mark[data-start]").count()
    )
    opened.click("table.implications a.quote >> nth=0")
    assert opened.evaluate("location.hash").startswith("#_span-")
    opened.context.close()


def test_hostile_text_runs_nothing_and_adds_no_element(
    browser: Any, reports: dict[str, Path], tmp_path: Path
) -> None:
    """The hostile report has exactly the elements of the same report with its markup
    characters replaced: none of its text became an element, and no dialog opened."""
    hostile_data = json.loads((FIXTURES / "hostile" / "claims.json").read_text("utf-8"))
    article = (FIXTURES / "hostile" / "article.txt").read_text("utf-8")
    defang = str.maketrans("<>&", "\u2039\u203a+")

    def defanged(node: Any) -> Any:
        if isinstance(node, str):
            return node.translate(defang)
        if isinstance(node, list):
            return [defanged(v) for v in node]
        if isinstance(node, dict):
            return {k: defanged(v) for k, v in node.items()}
        return node

    tame = tmp_path / "tame.html"
    selection = select(Dossier.model_validate(defanged(hostile_data)), ImplicationFilter())
    tame.write_text(report(selection, article.translate(defang)), encoding="utf-8")
    counts = []
    for path in (reports["hostile"], tame):
        opened, watch = open_report(browser, path)
        assert watch.clean, watch
        for mark in opened.locator("mark[data-start]").all():
            mark.focus()  # the pop-up builds text from the data too
        assert opened.locator("#_cites li").count() > 0
        counts.append(opened.evaluate(ELEMENTS))
        assert opened.evaluate("document.scripts.length") == 1
        opened.context.close()
    assert counts[0] == counts[1]


@pytest.mark.parametrize("name", ["bundled", "hostile", "generated"])
@pytest.mark.parametrize("width", [1200, 390])
def test_no_two_nodes_or_labels_of_the_map_overlap(
    browser: Any, reports: dict[str, Path], name: str, width: int
) -> None:
    opened, _ = open_report(browser, reports[name], viewport={"width": width, "height": 900})
    boxes = opened.evaluate(MAP_BOXES)
    assert sum(1 for b in boxes if b["what"] == "node") >= 2
    assert overlapping(boxes) == []
    opened.context.close()


def test_the_keyboard_reaches_the_citing_items(page: Any) -> None:
    page.focus("mark[data-start]")
    first = page.eval_on_selector("mark[data-start]", "m => m.dataset.items.split(' ')[0]")
    assert page.is_visible("#_cites")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"#{first}"
    page.keyboard.press("Escape")
    assert not page.is_visible("#_cites")
    assert page.evaluate("document.activeElement.matches('mark[data-start]')")


def test_the_map_can_hide_who_says_it(page: Any) -> None:
    assert page.is_visible("svg.map .voice[data-voice]")
    page.uncheck("#_voices")
    assert not page.is_visible("svg.map .voice[data-voice]")
    assert not page.is_visible("svg.map .flow[data-from]")


def test_it_prints_without_controls_and_follows_the_colour_scheme(
    browser: Any, reports: dict[str, Path]
) -> None:
    backgrounds = []
    for scheme in ("light", "dark"):
        opened, _ = open_report(browser, reports["bundled"], color_scheme=scheme)
        backgrounds.append(
            opened.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        )
        if scheme == "light":
            opened.emulate_media(media="print")
            assert not opened.is_visible("nav") and not opened.is_visible("#_filters")
            assert opened.is_visible("svg.map") and opened.is_visible("table.heatmap")
        opened.context.close()
    assert backgrounds[0] != backgrounds[1]


# Boxes wider than they show (their content scrolls sideways; not the text only screen
# readers read, hidden on purpose), and labels of the map not
# wholly inside the map and the screen.
CUT = """() => {
  const wide = Array.from(document.querySelectorAll("body *"))
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && !e.matches(".sr"))
    .filter((e) => getComputedStyle(e).overflowX !== "visible")
    .map((e) => e.className || e.tagName);
  const map = document.querySelector("svg.map").getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const cut = Array.from(document.querySelectorAll("svg.map text")).filter((t) => {
    const r = t.getBoundingClientRect();
    return r.left < Math.max(0, map.left) - 0.5 || r.right > Math.min(width, map.right) + 0.5;
  }).map((t) => t.textContent);
  return {wide, cut};
}"""


@pytest.mark.parametrize("name", ["bundled", "hostile", "generated"])
def test_a_phone_sized_screen_needs_no_sideways_scrolling(
    browser: Any, reports: dict[str, Path], name: str
) -> None:
    """At 390 pixels the page, the map, the matrix and the tables fit the screen, and every
    label of the map shows whole."""
    opened, _ = open_report(browser, reports[name], viewport={"width": 390, "height": 844})
    assert opened.evaluate("document.documentElement.scrollWidth") <= 390
    assert opened.evaluate(CUT) == {"wide": [], "cut": []}
    opened.context.close()


def filters_of(page: Any) -> dict[str, str]:
    found: dict[str, str] = page.eval_on_selector_all(
        "#_filters select, #_filters input",
        "fields => Object.fromEntries(fields.filter(f => f.value).map(f => [f.name, f.value]))",
    )
    return found


def test_the_address_keeps_the_filters_and_a_link_restores_them(
    browser: Any, page: Any, reports: dict[str, Path]
) -> None:
    page.select_option('#_filters select[name="actor"]', "PAK")
    page.select_option('#_filters select[name="horizon"]', "long-term")
    page.fill('#_filters input[name="search"]', "critics argue")
    query = "?actor=PAK&horizon=long-term&search=critics+argue"
    assert page.evaluate("location.search") == query
    wanted = cli_rows("--actor", "PAK", "--horizon", "long-term", "--search", "critics argue")
    assert visible_rows(page) == wanted == ["IMP-13"]
    # Following a link inside the page keeps the filters in the address.
    page.click('tr[data-id="IMP-13"] th a')
    assert page.evaluate("location.search + location.hash") == f"{query}#IMP-13"

    linked, _ = open_report(browser, reports["bundled"])
    linked.goto(f"{reports['bundled'].resolve().as_uri()}{query}#IMP-13")
    assert filters_of(linked) == {"actor": "PAK", "horizon": "long-term", "search": "critics argue"}
    assert visible_rows(linked) == wanted
    assert in_view(linked, 'tr[data-id="IMP-13"]')
    # A choice the page does not offer is left out; the others still apply.
    linked.goto(f"{reports['bundled'].resolve().as_uri()}?actor=XXX&direction=benefit")
    assert filters_of(linked) == {"direction": "benefit"}
    assert visible_rows(linked) == cli_rows("--direction", "benefit")
    linked.click('#_filters button[type="reset"]')
    linked.wait_for_function("() => location.search === ''")
    assert visible_rows(linked) == cli_rows()
    linked.context.close()


def test_a_draft_under_review_filters_by_status_as_the_command_line_does(
    browser: Any, reports: dict[str, Path]
) -> None:
    """The report of a draft whose implications are partly proposed has a status facet,
    which shows the rows `--status` lists and stays in the address; a link restores it."""
    address = reports["review"].resolve().as_uri()

    def listed(*options: str) -> list[str]:
        shown = run_cli("--data", REVIEW, "implications", *options, "--format", "json")
        assert shown.code == 0, shown.stderr
        return [row["id"] for row in json.loads(shown.stdout)]

    opened, watch = open_report(browser, reports["review"])
    assert watch.clean, watch
    choices = opened.eval_on_selector_all(
        '#_filters select[name="status"] option', "options => options.map(o => o.value)"
    )
    assert choices == ["", "proposed", "accepted"]
    for status in ("proposed", "accepted"):
        opened.select_option('#_filters select[name="status"]', status)
        assert visible_rows(opened) == listed("--status", status) != [], status
        assert opened.evaluate("location.search") == f"?status={status}"
    opened.select_option('#_filters select[name="direction"]', "risk")
    assert opened.evaluate("location.search") == "?direction=risk&status=accepted"
    assert visible_rows(opened) == listed("--direction", "risk", "--status", "accepted")
    # A proposed row says so; an accepted one does not.
    assert "proposed" in opened.text_content('tr[data-id="IMP-2"]')
    assert "proposed" not in opened.text_content('tr[data-id="IMP-1"]')
    opened.context.close()

    linked, _ = open_report(browser, reports["review"])
    linked.goto(f"{address}?status=proposed")
    assert filters_of(linked) == {"status": "proposed"}
    assert visible_rows(linked) == listed("--status", "proposed") == ["IMP-2"]
    linked.goto(f"{address}?status=rejected")  # no such choice: left out
    assert filters_of(linked) == {} and visible_rows(linked) == listed()
    linked.context.close()


def test_selecting_an_actor_on_the_map_filters_to_it(page: Any) -> None:
    page.click('svg.map [data-actor="CHN"] .node')
    assert page.evaluate("location.hash") == "#CHN"
    assert in_view(page, "#CHN")
    assert filters_of(page) == {"actor": "CHN"}
    assert visible_rows(page) == cli_rows("--actor", "CHN")
    assert page.evaluate("location.search") == "?actor=CHN"


# Each head mark's items, and whether its pieces are quiet, and how it looks.
MARKS = """() => Array.from(document.querySelectorAll("mark[data-start]")).map((head) => {
  const pieces = [head, ...document.querySelectorAll(`mark[data-of="${head.id}"]`)];
  return {items: head.dataset.items.split(" "),
          quiet: pieces.map((p) => p.classList.contains("quiet")),
          background: getComputedStyle(head).backgroundColor};
})"""


def test_the_articles_marks_follow_the_filters(page: Any) -> None:
    before = page.evaluate(MARKS)
    assert not any(any(m["quiet"]) for m in before)
    page.select_option('#_filters select[name="actor"]', "CHN")
    shown = set(visible_rows(page))
    marks = page.evaluate(MARKS)
    lit = [m for m in marks if shown & set(m["items"])]
    assert 0 < len(lit) < len(marks)
    for mark in marks:
        quiet = mark not in lit
        assert mark["quiet"] == [quiet] * len(mark["quiet"]), mark
        # Quiet: no highlight at all (a dotted line is left); lit: as before.
        assert (mark["background"] == "rgba(0, 0, 0, 0)") == quiet, mark
    assert page.text_content("#_shown") == (
        f"{len(shown)} of 20 implications shown; {len(lit)} of {len(marks)}"
        " cited spans in the article stay marked."
    )
    page.click('#_filters button[type="reset"]')
    page.wait_for_function("() => !document.querySelector('mark.quiet')")
    assert page.text_content("#_shown") == "20 implications."


# Every place the Tab key stops, in order.
TAB_STOPS = """() => Array.from(document.querySelectorAll(
    "a[href], [tabindex], select, input, button")).filter(
  (e) => e.tabIndex >= 0 && !e.closest("[hidden]") && e.getClientRects().length > 0)"""


def focused(page: Any) -> str:
    return str(page.evaluate("document.activeElement.id || document.activeElement.tagName"))


def test_the_article_is_one_tab_stop_and_the_arrow_keys_move_between_marks(page: Any) -> None:
    heads = page.eval_on_selector_all("mark[data-start]", "marks => marks.map(m => m.id)")
    stops = page.evaluate(f"() => ({TAB_STOPS})().filter(e => e.closest('#_text')).length")
    assert stops == 1
    # From the last stop before the article, Tab enters it at its first mark, and the next
    # Tab leaves it.
    page.evaluate(
        f"() => {{ const all = ({TAB_STOPS})();"
        " all[all.findIndex(e => e.closest('#_text')) - 1].focus(); }"
    )
    page.keyboard.press("Tab")
    assert focused(page) == heads[0]
    page.keyboard.press("Tab")
    assert not page.evaluate("document.getElementById('_text').contains(document.activeElement)")
    page.focus(f"#{heads[0]}")
    for key, at in (("ArrowRight", 1), ("ArrowDown", 2), ("ArrowUp", 1), ("ArrowLeft", 0)):
        page.keyboard.press(key)
        assert focused(page) == heads[at], key
    assert page.is_visible("#_cites")  # the pop-up follows the focus
    page.keyboard.press("End")
    assert focused(page) == heads[-1]
    page.keyboard.press("ArrowRight")  # the last stays
    assert focused(page) == heads[-1]
    page.keyboard.press("Home")
    assert focused(page) == heads[0]
    # The mark last moved to is where Tab comes back to.
    page.keyboard.press("ArrowRight")
    assert page.eval_on_selector_all(
        "#_text mark[tabindex='0']", "marks => marks.map(m => m.id)"
    ) == [heads[1]]

    # With a filter on, the arrow keys visit the marks still lit, and only those.
    page.select_option('#_filters select[name="actor"]', "CHN")
    lit = page.eval_on_selector_all("mark[data-start]:not(.quiet)", "marks => marks.map(m => m.id)")
    assert page.eval_on_selector_all(
        "#_text mark[tabindex='0']", "marks => marks.map(m => m.id)"
    ) == [lit[0]]
    page.focus(f"#{lit[0]}")
    visited = [focused(page)]
    for _ in lit:
        page.keyboard.press("ArrowRight")
        visited.append(focused(page))
    assert visited == [*lit, lit[-1]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_to_fix(browser: Any, reports: dict[str, Path], scheme: str) -> None:
    """axe-core's checks (contrast among them) pass as the report opens, on the most deeply
    nested mark when it is selected, and with a filter quieting marks."""
    opened, _ = open_report(browser, reports["bundled"], color_scheme=scheme, bypass_csp=True)
    assert axe_violations(opened) == []
    deepest = opened.evaluate(
        "() => Array.from(document.querySelectorAll('mark[data-start]')).reduce((a, m) =>"
        " { const d = (e) => e.closest('#_text') === e ? 0 : 1 + d(e.parentElement);"
        " return d(m) > d(a) ? m : a; }).id"
    )
    opened.evaluate(f"location.hash = '#{deepest}'")
    opened.wait_for_function(f"() => document.getElementById('{deepest}').matches('.current')")
    assert axe_violations(opened) == []
    opened.select_option('#_filters select[name="actor"]', "CHN")
    assert axe_violations(opened) == []
    opened.context.close()
