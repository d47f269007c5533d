"""The Markdown brief: its sections, headings, links and quotes, on the mini and hostile
fixtures and on dossiers made to break it; markdownlint-cli2 on real briefs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import brief_checks
import pytest
from brief_checks import (
    blockquotes,
    check_structure,
    headings,
    links,
    markdownlint,
    printings,
    unlinked,
)
from helpers import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from test_export import hostile_selection

from cismoa_cli.export.anchors import Headings, slug
from cismoa_cli.export.citations import place
from cismoa_cli.export.markdown import brief, md
from cismoa_cli.models import Dossier, Evidence, Interest, Item
from cismoa_cli.query import ImplicationFilter, Selection, select
from cismoa_cli.store import bundled_path, load
from cismoa_cli.vocabulary import DEFAULT_DOMAINS, Certainty, Direction

MINI = FIXTURES / "mini" / "claims.json"
HOSTILE = FIXTURES / "hostile" / "claims.json"


def selection_of(path: Path, *actors: str) -> Selection:
    return select(load(path).dossier, ImplicationFilter(actors=actors))


def colliding() -> Selection:
    """The mini dossier with names and ids chosen so that their headings' anchors collide
    with each other and with the brief's own sections."""
    data: dict[str, Any] = json.loads(MINI.read_text(encoding="utf-8"))
    named = data["actors"][0]["evidence"]
    names = [("JUDGMENTS", "Key"), ("INDEX", "Evidence"), ("RISK-2", "imp-1: economy,")]
    data["actors"] += [
        {"id": id_, "name": name, "kind": "group", "summary": "s", "evidence": named}
        for id_, name in names
    ]
    first = data["implications"][0]  # IMP-1: economy, risk
    data["implications"] += [
        {**first, "id": "imp-1"},  # IMP-1 in another case
        {**first, "id": "IMP.1"},  # anchors drop the dot: "imp1-…"
        {**first, "id": "IMP1", "affects": ["JUDGMENTS"]},
    ]
    return select(Dossier.model_validate(data), ImplicationFilter())


FIXTURE_BRIEFS: dict[str, Callable[[], str]] = {
    "mini": lambda: brief(selection_of(MINI)),
    "mini, one actor": lambda: brief(selection_of(MINI, "BET")),
    "hostile": lambda: brief(selection_of(HOSTILE)),
    "hostile, one actor": lambda: brief(selection_of(HOSTILE, "ALP")),
    "colliding": lambda: brief(colliding()),
}


def items_in(selection: Selection) -> list[Item]:
    dossier = selection.dossier
    return [*dossier.interests, *dossier.relations, *dossier.implications]


def section(markdown: str, title: str) -> str:
    """The Markdown of one level-2 section, without its heading."""
    start = markdown.index(f"\n## {title}\n") + len(title) + 5
    end = markdown.find("\n## ", start)
    return markdown[start : end if end >= 0 else None]


# --- Structure -------------------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURE_BRIEFS)
def test_structure_anchors_and_links_hold(name: str) -> None:
    check_structure(FIXTURE_BRIEFS[name]())


def test_hostile_text_keeps_the_structure(bundled_json: dict[str, Any]) -> None:
    poisoned = hostile_selection(bundled_json)
    text = brief(poisoned)
    check_structure(text)
    level2 = [h.text for h in headings(text) if h.level == 2]
    assert level2[:2] == ["Contents", "Key judgments"]
    assert level2[-3:] == ["Relations", "Actor map", "Evidence index"]
    assert len(level2) == 5 + len(poisoned.dossier.actors)
    assert "\x1b" not in text and "\u202e" not in text


def test_sections_come_in_order_and_the_contents_link_them() -> None:
    text = brief(selection_of(MINI))
    level2 = [h for h in headings(text) if h.level == 2]
    assert [h.text for h in level2] == [
        "Contents",
        "Key judgments",
        "Alpha (ALP)",
        "Beta (BET)",
        "Relations",
        "Actor map",
        "Evidence index",
    ]
    listed = [link.target[1:] for link in links(section(text, "Contents"))]
    assert listed == [h.anchor for h in level2[1:]]


def test_every_item_has_its_heading_and_every_id_links_to_it() -> None:
    for selection in (selection_of(MINI), selection_of(HOSTILE), colliding()):
        text = brief(selection)
        shown = headings(text)
        outside = unlinked(text)
        for item in items_in(selection):
            (own,) = [h for h in shown if h.level == 3 and h.text.split(":")[0] == item.id]
            mentions = [link for link in links(text) if link.text == item.id]
            assert all(link.target == f"#{own.anchor}" for link in mentions), item.id
            assert not re.search(rf"(?<![\w.-]){re.escape(item.id)}(?![\w.-])", outside), item.id
        assert any(link.text == item.id for link in links(text) for item in items_in(selection))


def test_anchors_stay_apart_when_names_and_ids_collide() -> None:
    shown = headings(brief(colliding()))
    texts = [h.text for h in shown]
    assert "Key (JUDGMENTS) (2)" in texts and "Evidence (INDEX)" in texts
    assert "Evidence index (2)" in texts  # the later heading gives way
    assert {"IMP-1: economy, risk", "imp-1: economy, risk (2)"} <= set(texts)
    assert {"IMP.1: economy, risk", "IMP1: economy, risk (2)"} <= set(texts)
    assert "imp-1: economy, (RISK-2) (2)" in texts  # "imp-1-economy-risk-2" was taken


def test_github_anchor_rule() -> None:
    assert slug("Key judgments") == "key-judgments"
    assert slug("United States (USA)") == "united-states-usa"
    assert slug("IMP-13: security, risk") == "imp-13-security-risk"
    assert slug("S_AS: ünï ¿qué? 3²") == "s_as-ünï-qué-3²"
    assert slug("a.b <c> & d") == "ab-c--d"
    headings_ = Headings()
    assert [headings_.add(t) for t in ("Top", "top", "A", "a", "a (2)", "!")] == [
        ("Top (2)", "top-2"),
        ("top (3)", "top-3"),
        ("A", "a"),
        ("a (2)", "a-2"),
        ("a (2) (2)", "a-2-2"),
        ("! (2)", "-2"),
    ]


# --- Placement: each implication in one place, each quote once -----------------------


def test_an_implication_stands_under_the_first_actor_it_affects() -> None:
    text = brief(selection_of(MINI))  # IMP-2 affects ALP, then BET
    alpha, beta = section(text, "Alpha (ALP)"), section(text, "Beta (BET)")
    assert "### IMP-2:" in alpha and "### IMP-2:" not in beta
    assert "Also affecting it: [IMP-2](#imp-2-economy-benefit)." in beta
    assert "Also affects [Beta](#beta-bet)." in alpha


def test_in_one_actors_view_its_implications_stand_under_it() -> None:
    text = brief(selection_of(MINI, "BET"))
    level2 = [h.text for h in headings(text) if h.level == 2]
    assert "Beta (BET)" in level2 and "Alpha (ALP)" not in level2
    assert "### IMP-2:" in section(text, "Beta (BET)")
    assert "Also affects Alpha." in text  # named, not linked: Alpha has no section here
    assert headings(text)[0].text.endswith("(Beta)")


@pytest.mark.parametrize("path", [MINI, HOSTILE], ids=["mini", "hostile"])
def test_each_quote_is_printed_once_and_none_more_than_twice(path: Path) -> None:
    selection = selection_of(path)
    text = brief(selection)
    quoted = blockquotes(text)
    assert len(set(quoted)) == len(quoted)
    shown = [*selection.dossier.actors, *items_in(selection)]
    counts = printings(text, [e.quote for item in shown for e in item.evidence])
    assert all(1 <= count <= 2 for count in counts.values()), counts


def test_an_item_whose_quote_lies_in_anothers_points_there() -> None:
    # Hostile: INT-1 quotes the start of IMP-2's quote, and IMP-2 is shown first.
    text = brief(selection_of(HOSTILE))
    interest = text[text.index("### INT-1:") :]
    interest = interest[: interest.index("\n### ", 1)]
    assert "\n> " not in interest
    assert "Quoted at [IMP-2](#imp-2-economy-benefit)." in interest


# --- Key judgments, index, escaping, bytes -----------------------------------------------


def test_key_judgments_put_the_firmest_first() -> None:
    judged = section(brief(selection_of(MINI)), "Key judgments")
    ids = [link.text for link in links(judged) if link.text.startswith("IMP")]
    assert ids == ["IMP-2", "IMP-1"]  # expected before possible
    assert "**benefit**, expected." in judged
    assert "**risk**, possible, according to critics." in judged  # not the article's own
    assert "Implications by actor: [Alpha](#alpha-alp) 2 (1 risk, 1 benefit)" in judged


def test_the_evidence_index_lists_printed_quotes_in_article_order() -> None:
    index = section(brief(selection_of(MINI)), "Evidence index")
    lines = [line for line in index.splitlines() if line.startswith("- ")]
    assert lines == [
        "- 43\u201383: [REL-1](#rel-1-agreement)",
        "- 84\u2013128: [IMP-1](#imp-1-economy-risk)",
        "- 129\u2013173: [IMP-2](#imp-2-economy-benefit)",
        "- 174\u2013197: [INT-1](#int-1-interest)",
    ]


def test_md_escapes_what_would_be_syntax() -> None:
    assert md("a|b [x](y) <b> *c* # d\ne") == "a\\|b \\[x\\](y) \\<b\\> \\*c\\* \\# d e"
    assert md("- item") == "\\- item" and md("1. one") == "1\\. one"
    # Nothing GitHub would turn into a link or an emoji; a colon before a space stays.
    assert md("https://x.invalid WWW.y.org a@b.co :smile: Note: ok") == (
        "https\\://x.invalid WWW\\.y.org a\\@b.co \\:smile: Note: ok"
    )


def test_same_bytes_whatever_the_hash_seed() -> None:
    def exported(seed: str) -> bytes:
        env = {**os.environ, "PYTHONHASHSEED": seed, "CISMOA_NO_CACHE": "1"}
        command = [sys.executable, "-m", "cismoa_cli", "--data", str(HOSTILE), "export", "markdown"]
        return subprocess.run(command, capture_output=True, env=env, check=True).stdout

    assert exported("1") == exported("2") != b""


# --- markdownlint-cli2 -----------------------------------------------------------------


def test_markdownlint_finds_nothing(tmp_path: Path, bundled_json: dict[str, Any]) -> None:
    bundled = load(bundled_path()).dossier
    briefs = {
        "bundled": brief(select(bundled, ImplicationFilter())),
        "china": brief(select(bundled, ImplicationFilter(actors=("CHN",)))),
        "poisoned": brief(hostile_selection(bundled_json)),
        **{name: make() for name, make in FIXTURE_BRIEFS.items()},
        # The settings disable line length only: the old brief's faults are still found.
        "faulty": "# T\n\n## A\n\n> q\n\n> r\n\n## A\n\nSee https://x.invalid " + "x" * 90 + "\n",
    }
    for name, text in briefs.items():
        (tmp_path / f"{name.replace(', ', '-').replace(' ', '-')}.md").write_text(text, "utf-8")
    warnings = markdownlint(sorted(tmp_path.iterdir()))
    assert all("faulty.md:" in line for line in warnings), warnings
    assert {line.split()[2].split("/")[0] for line in warnings} == {"MD024", "MD028", "MD034"}


def test_a_missing_markdownlint_fails_in_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(brief_checks, "MARKDOWNLINT", tmp_path / "absent")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="npm ci"):
        brief_checks.markdownlint([])
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="npm ci"):
        brief_checks.markdownlint([])


# --- Any dossier -------------------------------------------------------------------------

# Names and ids chosen to collide: with each other once lower-cased or stripped of dots, and
# with the brief's own headings.
_IDS = ["IMP-1", "imp-1", "IMP.1", "IMP1", "Contents", "top", "key-judgments", "A", "a-2"]
_NAMES = ["Key", "Evidence", "a", "A", "a (2)", "!", " ", "Ünï ¿", "x\ny", "IMP-1: economy,"]


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    def evidence() -> list[dict[str, Any]]:
        spans = draw(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 30)), min_size=1))
        return [{"quote": f"q{s}+{n}", "start": s, "end": s + n} for s, n in spans[:3]]

    actor_ids = draw(
        st.lists(
            st.sampled_from(["KEY", "INDEX", "A-2", "A_2", "RISK-2"]),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    ids = iter(draw(st.permutations(_IDS)))
    actors = [
        {
            "id": a,
            "name": draw(st.sampled_from(_NAMES) | st.text(min_size=1, max_size=8)),
            "kind": "group",
            "summary": "s",
            "evidence": evidence(),
        }
        for a in actor_ids
    ]
    implications = [
        {
            "id": next(ids),
            "statement": draw(st.text(min_size=1, max_size=20)),
            "affects": draw(st.lists(st.sampled_from(actor_ids), min_size=1, unique=True)),
            "domain": draw(st.sampled_from(DEFAULT_DOMAINS)),
            "direction": draw(st.sampled_from(list(Direction))).value,
            "certainty": draw(st.sampled_from(list(Certainty))).value,
            "horizon": "unspecified",
            "asserted_by": draw(st.sampled_from(["article", "critics"])),
            "evidence": evidence(),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    interests = [
        {
            "id": next(ids),
            "actor": draw(st.sampled_from(actor_ids)),
            "statement": "w",
            "evidence": evidence(),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    source = json.loads(MINI.read_text(encoding="utf-8"))["source"]
    return Dossier.model_validate(
        {"source": source, "actors": actors, "interests": interests, "implications": implications}
    )


@settings(max_examples=100, deadline=None)
@given(dossier=dossiers(), one_actor=st.booleans())
def test_any_dossier_gets_unique_anchors_links_that_resolve_and_each_quote_once(
    dossier: Dossier, one_actor: bool
) -> None:
    focus = (dossier.actors[0].id,) if one_actor else ()
    selection = select(dossier, ImplicationFilter(actors=focus))
    text = brief(selection)
    check_structure(text)
    quoted = blockquotes(text)
    assert len(set(quoted)) == len(quoted)
    # Each item's heading begins with its id, and every link to it is labelled with that id.
    items = {h.anchor: h.text for h in headings(text) if h.level == 3}
    assert sorted(text.split(":")[0] for text in items.values()) == sorted(
        item.id for item in items_in(selection)
    )
    for link in links(text):
        heading = items.get(unquote(link.target)[1:])
        assert heading is None or heading.split(":")[0] == link.text, link


# --- Which item prints which quote --------------------------------------------------------


def cites(item_id: str, *spans: tuple[int, int]) -> Interest:
    quotes = [Evidence(quote=f"q{s}-{e}", start=s, end=e) for s, e in spans]
    return Interest(id=item_id, actor="ALP", statement="s", evidence=tuple(quotes))


def test_the_first_item_citing_a_span_prints_it_and_the_others_point_there() -> None:
    placed = place([cites("B", (10, 20)), cites("A", (10, 20))])
    assert [e.start for e in placed.printed["B"]] == [10] and placed.printed["A"] == ()
    assert placed.elsewhere == {"B": (), "A": ("B",)}
    assert placed.printers == {(10, 20): "B"}


def test_a_span_inside_another_is_printed_only_there() -> None:
    placed = place(
        [cites("IN", (12, 15)), cites("OUT", (10, 20)), cites("BOTH", (10, 20), (11, 13))]
    )
    assert placed.printed["IN"] == () and placed.elsewhere["IN"] == ("OUT",)
    assert [(e.start, e.end) for e in placed.printed["OUT"]] == [(10, 20)]
    assert placed.printed["BOTH"] == () and placed.elsewhere["BOTH"] == ("OUT",)
    assert placed.printers == {(10, 20): "OUT"}


def test_overlapping_spans_are_each_printed_and_the_index_is_in_article_order() -> None:
    placed = place([cites("LATE", (15, 30), (40, 45)), cites("EARLY", (10, 20), (16, 18))])
    assert placed.elsewhere == {"LATE": (), "EARLY": ()}  # (16, 18) lies in (10, 20), its own
    assert [(e.start, e.end) for e in placed.printed["EARLY"]] == [(10, 20)]
    assert list(placed.printers) == [(10, 20), (15, 30), (40, 45)]
