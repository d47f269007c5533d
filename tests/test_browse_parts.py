"""The browser's pure parts: filters as ``cismoa implications`` options, remembered rows,
the article cut into screen lines, and which items cite a place."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from browsing import HOSTILE, MINI

from cismoa_cli import query
from cismoa_cli.browse.filters import Choices, Field, Rows, narrows, values_of
from cismoa_cli.browse.spans import Citations, Coverage, wrap
from cismoa_cli.browse.table import RowLayout
from cismoa_cli.store import load
from cismoa_cli.textio import visible
from cismoa_cli.vocabulary import DEFAULT_DOMAINS, Direction

FIXTURES = pytest.mark.parametrize("path", [MINI, HOSTILE], ids=["mini", "hostile"])


def test_choices_are_the_options_of_cismoa_implications() -> None:
    choices = (
        Choices(actor="ALP", search="it's")
        .toggle(Field.DIRECTION, "risk")
        .toggle(Field.DOMAIN, "regional stability")
        .toggle(Field.DIRECTION, "benefit")
    )
    assert choices.options() == [
        "--actor ALP",
        "--domain 'regional stability'",
        "--direction risk",
        "--direction benefit",
        "--search 'it'\"'\"'s'",
    ]
    assert choices.where() == query.ImplicationFilter(
        actors=("ALP",),
        domains=("regional stability",),
        directions=(Direction.RISK, Direction.BENEFIT),
        search="it's",
    )
    off = choices.toggle(Field.DIRECTION, "risk").toggle(Field.DIRECTION, "benefit")
    assert off.values(Field.DIRECTION) == ()
    assert Field.DIRECTION not in dict(off.toggled)


def test_who_asserts_offers_the_article_critics_and_the_actors_that_assert() -> None:
    dossier = load(HOSTILE).dossier
    assert values_of(Field.VOICE, dossier) == ["article", "critics", "ALP"]
    assert values_of(Field.DOMAIN, dossier) == list(DEFAULT_DOMAINS)


def test_a_filter_narrows_another_only_when_it_keeps_a_subset() -> None:
    wide = query.ImplicationFilter(directions=(Direction.RISK, Direction.BENEFIT), search="ab")
    assert narrows(wide, query.ImplicationFilter(directions=(Direction.RISK,), search="AbC"))
    assert narrows(query.ImplicationFilter(), wide)
    assert not narrows(wide, query.ImplicationFilter(search="abc"))  # direction opened up
    assert not narrows(wide, query.ImplicationFilter(directions=(Direction.RISK,), search="b"))
    assert not narrows(
        query.ImplicationFilter(actors=("ALP",)), query.ImplicationFilter(actors=("BET",))
    )


@FIXTURES
@pytest.mark.parametrize("warm", [False, True], ids=["as-asked", "warmed"])
def test_remembered_rows_are_always_those_of_query_implications(path: Path, warm: bool) -> None:
    dossier = load(path).dossier
    rows = Rows(dossier, remember=3)
    if warm:
        rows.warm()
    wheres = [
        Choices(actor=actor, search=search).with_values(Field.DIRECTION, directions).where()
        for actor in (None, *(a.id for a in dossier.actors))
        for directions in ((), ("risk",), ("risk", "benefit"), ("benefit",))
        for search in ("", "a", "al", "it’s")
    ]
    # One value, then two, of each other field, with and without an actor.
    for field in Field:
        values = values_of(field, dossier)
        for chosen in (values[:1], values[-1:], values[:2]):
            wheres += [
                Choices(actor=actor).with_values(field, tuple(chosen)).where()
                for actor in (None, dossier.actors[0].id)
            ]
    # Every order of asking, narrowing and widening, gives the answer of a fresh query.
    for where in itertools.chain(wheres, reversed(wheres), wheres[::3]):
        assert rows(where) == query.implications(dossier, where), where


def test_the_matrix_adds_up_to_the_counts_of_the_actors_pane() -> None:
    """The actors pane shows query.actor_counts, the matrix view query.matrix: every
    implication has one domain, so an actor's row of the matrix adds up to its counts."""
    dossier = load(HOSTILE).dossier
    counts = query.actor_counts(dossier)
    for actor in dossier.actors:
        row = [c for c in query.matrix(dossier) if c.actor == actor.id]
        added = tuple(
            sum(getattr(c, f) for c in row) for f in ("implications", "risks", "benefits")
        )
        mine = counts[actor.id]
        assert added == (mine.implications, mine.risks, mine.benefits)


@FIXTURES
@pytest.mark.parametrize("width", [8, 13, 40, 200])
def test_the_article_is_cut_into_lines_that_fit_and_lose_nothing(path: Path, width: int) -> None:
    article = load(path).article
    lines = wrap(article, width)
    for start, end in lines:
        assert len(visible(article[start:end])) <= width or " " not in article[start:end]
    # Between two lines there is only the space or the line break they were cut at.
    assert lines[0][0] == 0 and lines[-1][1] == len(article)
    for (_, end), (start, _) in itertools.pairwise(lines):
        assert article[end:start] in ("", " ", "\n")


def test_control_characters_count_as_wide_as_they_are_shown() -> None:
    article = "ab \x1b[2J cd ef"
    lines = wrap(article, 8)
    shown = [visible(article[s:e]) for s, e in lines]
    assert shown == ["ab", "\\x1b[2J", "cd ef"]


def test_coverage_counts_overlapping_spans() -> None:
    coverage = Coverage([(2, 6), (4, 8), (10, 12)])
    assert list(coverage.runs(0, 12)) == [
        (0, 2, 0),
        (2, 4, 1),
        (4, 6, 2),
        (6, 8, 1),
        (8, 10, 0),
        (10, 12, 1),
    ]
    assert list(coverage.runs(5, 7)) == [(5, 6, 2), (6, 7, 1)]
    assert list(Coverage([]).runs(0, 3)) == [(0, 3, 0)]


def test_citations_find_the_items_citing_a_place() -> None:
    dossier = load(MINI).dossier
    citations = Citations.of(dossier)
    quote = dossier.implications[0].evidence[0]
    assert [i.id for i in citations.citing(quote.start, quote.end)] == ["IMP-1"]
    assert citations.at(quote.start + 1) == (quote.start, quote.end)
    assert citations.at(0) is None  # the headline is cited by no one
    relation = dossier.relations[0].evidence[0]
    assert {i.id for i in citations.citing(relation.start, relation.end)} >= {"REL-1"}


def test_rows_fit_on_one_line_when_wide_and_stack_when_narrow() -> None:
    item = load(MINI).dossier.implications[0]
    wide = RowLayout(160, 6, 8)
    assert not wide.stacked and wide.height == 1
    (line,) = wide.lines(item)
    assert line.plain.split() == [
        "IMP-1",
        "ALP",
        "economy",
        "risk",
        "possible",
        "unspecified",
        "critics",
        *item.statement.split(),
    ]
    narrow = RowLayout(60, 6, 8)
    assert narrow.stacked and narrow.height == 2
    first, second = narrow.lines(item)
    assert first.plain == "IMP-1  ALP · economy · risk · possible · unspecified · critics"
    assert second.plain.strip() == item.statement
    # The same column headers as cismoa implications.
    header = narrow.header().plain
    assert header.split(None, 1) == [
        "id",
        "affects · domain · direction · certainty · horizon · asserted_by / statement",
    ]
