"""The HTML report read back with Python's HTML parser: one self-contained file, its
markup contract, every cited span marked exactly, the map laid out without overlaps, and
hostile text kept as text. tests/test_report_browser.py opens it in a real browser."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from itertools import combinations
from typing import Any

import pytest
from helpers import FIXTURES, REPO, REVIEW, run_cli
from htmlparse import parse
from hypothesis import given
from hypothesis import strategies as st
from test_diagrams import crowded, every_kind, hostile, mini
from tools import generated

from cismoa_cli.export.actormap import actor_map
from cismoa_cli.export.html import report
from cismoa_cli.export.mapsvg import map_svg
from cismoa_cli.export.marks import Span, marked_article
from cismoa_cli.export.svgcanvas import Box
from cismoa_cli.query import ImplicationFilter, Selection, select
from cismoa_cli.store import Loaded, load
from cismoa_cli.textio import visible
from cismoa_cli.vocabulary import Certainty, Status

# Raw control characters and the invisible reordering ones: none may reach the page.
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def article_of(name: str) -> str:
    return (FIXTURES / name / "article.txt").read_text(encoding="utf-8")


def mini_report() -> str:
    return report(mini(), article_of("mini"))


def hostile_report() -> str:
    return report(hostile(), article_of("hostile"))


def overlaps(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Nodes meeting nodes, labels meeting labels, labels meeting another's node."""
    return [
        (a, b)
        for a, b in combinations(boxes, 2)
        if a.meets(b) and not (a.owner and a.owner == b.owner and a.what != b.what)
    ]


# --- one self-contained file ---------------------------------------------------------------


@pytest.mark.parametrize("make", [mini_report, hostile_report])
def test_the_report_needs_nothing_from_outside(make: Any) -> None:
    html = make()
    page = parse(html)
    assert page.problems == []
    assert not page.all("link") and not page.all("img") and not page.all("iframe")
    assert [s.attributes for s in page.all("script")] == [{}]
    assert all(not a.attributes.get("src") for a in page.elements)
    assert all((a.attributes.get("href") or "#").startswith("#") for a in page.all("a"))
    assert not page.all("form")[0].attributes.get("action")


def test_the_policy_allows_only_the_reports_own_style_and_script() -> None:
    html = mini_report()
    (policy,) = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert html.index("Content-Security-Policy") < html.index("<style>")
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'"
    for tag, rule in (("style", "style-src"), ("script", "script-src")):
        (body,) = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.DOTALL)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert rules[rule] == f"'sha256-{digest}'"


@pytest.mark.parametrize("make", [mini_report, hostile_report])
def test_the_same_input_gives_the_same_bytes(make: Any) -> None:
    assert make() == make()


def test_every_item_is_an_element_with_its_id() -> None:
    for selection, article in ((mini(), "mini"), (hostile(), "hostile")):
        page = parse(report(selection, article_of(article)))
        ids = Counter(page.ids())
        for field, _, item in selection.dossier.items():
            assert ids[item.id] == (field != "voices"), item.id  # voices: on the map
        assert max(ids.values()) == 1
        rows = [e for e in page.all("tr") if "data-id" in e.attributes]
        assert [r.attributes["data-id"] for r in rows] == [
            i.id for i in selection.dossier.implications
        ]
        assert all(r.attributes["id"] == r.attributes["data-id"] for r in rows)
        assert not any("hidden" in r.attributes for r in rows)  # every row shows without JS


def test_a_status_facet_only_where_the_implications_differ_in_status() -> None:
    """Each row carries its status; the facet shows in the report of a draft under review
    (implications partly proposed), not where every implication has one status."""
    review = load(REVIEW)
    for selection, facet in [
        (select(review.dossier, ImplicationFilter()), True),
        # all proposed, as in a fresh draft
        (select(review.dossier, ImplicationFilter(statuses=(Status.PROPOSED,))), False),
        (mini(), False),  # all accepted, as in a reader's dossier
    ]:
        page = parse(report(selection, review.article))  # mini's article too
        implications = selection.dossier.implications
        rows = [e for e in page.all("tr") if "data-id" in e.attributes]
        assert {r.attributes["data-id"]: r.attributes["data-status"] for r in rows} == {
            i.id: i.status.value for i in implications
        }
        facets = [e.attributes["name"] for e in page.all("select")]
        assert ("status" in facets) is facet, facets
        said = [r.attributes["data-id"] for r in rows if "proposed" in r.text]
        assert said == [i.id for i in implications if i.status is Status.PROPOSED]


def test_the_map_is_one_svg_with_a_node_per_actor() -> None:
    page = parse(report(every_kind(), article_of("mini")))
    assert len(page.all("svg")) == 1
    nodes = [e.attributes["data-actor"] for e in page.elements if "data-actor" in e.attributes]
    assert nodes == [a.id for a in every_kind().dossier.actors]


# --- the article --------------------------------------------------------------------------


def check_marks(article: str, spans: dict[Span, list[str]]) -> None:
    page = parse(f"<div>{marked_article(article, spans)}</div>")
    assert page.problems == []
    assert page.elements[0].text == visible(article, keep="\n\r\t")
    heads = [m for m in page.all("mark") if "data-start" in m.attributes]
    assert sorted(
        (int(m.attributes["data-start"] or ""), int(m.attributes["data-end"] or "")) for m in heads
    ) == [(s.start, s.end) for s in spans]
    for head in heads:
        span = Span(
            int(head.attributes["data-start"] or ""), int(head.attributes["data-end"] or "")
        )
        assert head.attributes["id"] == span.anchor
        assert head.attributes["data-items"] == " ".join(spans[span])
        assert page.spans[span.anchor] == visible(article[span.start : span.end], keep="\n\r\t")


@given(
    st.text(st.sampled_from("ab \n<&\x1b"), min_size=1, max_size=40).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(
                st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).filter(
                    lambda p: p[0] < p[1]
                ),
                max_size=12,
            ),
        )
    )
)
def test_every_span_is_one_mark_holding_exactly_its_text(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    """Nested, overlapping and repeated spans alike: each is one head mark, and the head
    with its continuing pieces holds the span's text and nothing else."""
    article, pairs = case
    spans = {Span(s, e): [f"ID-{s}-{e}"] for s, e in sorted(set(pairs))}
    check_marks(article, spans)


def test_the_reports_marks_are_the_distinct_cited_spans(bundled: Loaded) -> None:
    page = parse(report(select(bundled.dossier, ImplicationFilter()), bundled.article))
    cited = {(e.start, e.end) for _, _, item in bundled.dossier.items() for e in item.evidence}
    heads = [m for m in page.all("mark") if "data-start" in m.attributes]
    assert len(heads) == len(cited)
    for start, end in cited:
        assert page.spans[f"_span-{start}-{end}"] == bundled.article[start:end]


# --- hostile text ---------------------------------------------------------------------------


def test_hostile_text_stays_text() -> None:
    html = hostile_report()
    page = parse(html)
    assert UNSAFE.search(html) is None
    assert {e.tag for e in page.elements} <= {e.tag for e in parse(mini_report()).elements}
    assert not any(name.startswith("on") for e in page.elements for name in e.attributes)
    links = [v for e in page.elements for k, v in e.attributes.items() if k.endswith("href")]
    assert links and all((v or "").startswith("#") for v in links)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    text = " ".join(e.text for e in page.all("main"))
    assert "<script>alert(1)</script>" in text and "\\x1b[2J" in text and "\\u202e" in text


# --- the map's layout -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        mini,
        hostile,
        every_kind,
        lambda: crowded(60),
        lambda: select(generated(1000)[0], ImplicationFilter()),
    ],
)
def test_no_two_nodes_or_labels_of_the_map_overlap(make: Any) -> None:
    selection: Selection = make()
    drawing = map_svg(actor_map(selection))
    assert overlaps(list(drawing.boxes)) == []
    texts = re.findall(r"<text ", drawing.svg)
    assert len(texts) == sum(1 for b in drawing.boxes if b.what == "label")
    assert all(
        b.x0 >= 0 and b.x1 <= drawing.width and b.y0 >= 0 and b.y1 <= drawing.height
        for b in drawing.boxes
    )


# --- the command -----------------------------------------------------------------------------


def test_the_firmest_come_first_and_say_whose_they_are(bundled: Loaded) -> None:
    """Certainty first, then the actors an implication touches, then its quotes; a claim
    that is not the article's own names its voice."""
    firmer = {"IMP-10", "IMP-14", "IMP-16"}  # critics'; two actors; two quotes
    dossier = bundled.dossier.model_copy(
        update={
            "implications": [
                i.model_copy(update={"certainty": Certainty.ASSERTED}) if i.id in firmer else i
                for i in bundled.dossier.implications
            ]
        }
    )
    html = report(select(dossier, ImplicationFilter()), bundled.article)
    risks = html[html.index("<h3>Firmest risks</h3>") : html.index("<h3>Firmest benefits")]
    listed = re.findall(r"<li><a href=\"#(IMP-\d+)\">.*?</li>", risks)
    assert listed == ["IMP-14", "IMP-16", "IMP-01", "IMP-02", "IMP-10"]
    says = dict(re.findall(r"<li><a href=\"#(IMP-\d+)\">.*?</a> (.*?)</li>", risks))
    assert says["IMP-10"].startswith('<span class="whose">According to critics:</span> Critics')
    assert "According to" not in says["IMP-01"]


def test_export_html_writes_the_report(tmp_path: Any) -> None:
    target = tmp_path / "report.html"
    shown = run_cli(
        "--data", str(FIXTURES / "mini" / "claims.json"), "export", "html", "-o", str(target)
    )
    assert (shown.code, shown.stderr) == (0, f"cismoa: wrote {target}\n")
    placed = select(load(FIXTURES / "mini" / "claims.json").placed, ImplicationFilter())
    assert target.read_text(encoding="utf-8") == report(placed, article_of("mini"))
    assert "84\u2013128, paragraph 3, sentence 2" in target.read_text(encoding="utf-8")


def test_an_actors_view_says_so(bundled: Loaded) -> None:
    china = select(bundled.dossier, ImplicationFilter(actors=("CHN",)))
    page = parse(report(china, bundled.article))
    (view,) = [p for p in page.all("p") if p.attributes.get("class") == "view"]
    assert view.text == "This report shows the view of China only."


def test_bundled_report_is_small_and_current(bundled: Loaded) -> None:
    """examples/report.html is what `cismoa export html` makes of the bundled data."""
    html = report(select(bundled.placed, ImplicationFilter()), bundled.article)
    assert len(html.encode("utf-8")) < 300_000
    committed = (REPO / "examples" / "report.html").read_text(encoding="utf-8")
    assert committed == html, "regenerate: cismoa export html -o examples/report.html --force"
