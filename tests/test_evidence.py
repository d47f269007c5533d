"""Quotes against the article: the exact test, the near-miss hints, and locate()."""

from __future__ import annotations

from helpers import Json

from cismoa_cli.evidence import Match, citations, locate, quote_problem, sentence_coverage
from cismoa_cli.models import Dossier, Evidence

ARTICLE = "Pakistan\u2019s  leaders met the U.S. team. The U.S. agreed."


def ev(quote: str, start: int) -> Evidence:
    return Evidence(quote=quote, start=start, end=start + len(quote))


def test_exact_quote_passes() -> None:
    assert quote_problem(ARTICLE, ev("leaders met", 12)) is None


def test_apostrophes_only() -> None:
    assert quote_problem(ARTICLE, ev("Pakistan's", 0)) == (
        "the quote differs from the article only in its apostrophes at offset 8"
    )


def test_spacing_only() -> None:
    assert quote_problem(ARTICLE, Evidence(quote="\u2019s leaders", start=8, end=19)) == (
        "the quote differs from the article only in its spacing at offset 11"
    )


def test_case_and_apostrophes() -> None:
    assert quote_problem(ARTICLE, ev("PAKISTAN's", 0)) == (
        "the quote differs from the article only in its apostrophes and letter case at offset 1"
    )


def test_quote_elsewhere_is_pointed_to() -> None:
    message = quote_problem(ARTICLE, ev("agreed", 3))
    assert message == "the article has 'istan\u2019' at 3..9, not the quote; it stands at 48..54"


def test_quote_nowhere() -> None:
    message = quote_problem(ARTICLE, ev("treaty", 0))
    assert message is not None and message.endswith("the quote is nowhere in the article")


def test_locate_lists_every_exact_place() -> None:
    assert locate(ARTICLE, "U.S.") == [Match(28, 32), Match(43, 47)]


def test_locate_falls_back_to_near_matches() -> None:
    assert locate(ARTICLE, "pakistan's leaders") == [
        Match(0, 19, "apostrophes and spacing and letter case")
    ]
    assert locate(ARTICLE, "nothing like it") == []


def test_sentence_coverage_counts_overlaps(mini_json: Json) -> None:
    data = {**mini_json, "actors": [], "interests": [], "relations": [], "implications": []}
    empty = Dossier.model_validate(data)
    article = "First one. Second one. Third one."
    cited, uncited = sentence_coverage(empty, article)
    assert (len(cited), len(uncited)) == (0, 3)
    actor = {
        **mini_json["actors"][0],
        "evidence": [{"quote": "one. Second", "start": 6, "end": 17}],
    }
    cited, uncited = sentence_coverage(Dossier.model_validate({**data, "actors": [actor]}), article)
    assert [article[s.start : s.end] for s in uncited] == ["Third one."]


def test_citations_name_every_item_a_span_crosses(mini_json: Json) -> None:
    article = "First one. Second one. Third one."
    long = {
        **mini_json["actors"][0],
        "id": "LONG",
        "evidence": [{"quote": "one. Second one. Third", "start": 6, "end": 28}],
    }
    short = {
        **mini_json["actors"][0],
        "id": "SHORT",
        "evidence": [{"quote": "Second", "start": 11, "end": 17}],
    }
    data = {
        **mini_json,
        "actors": [long, short],
        "interests": [],
        "relations": [],
        "implications": [],
    }
    found = citations(Dossier.model_validate(data), article)
    assert [(article[s.start : s.end], ids) for s, ids in found] == [
        ("First one.", ["LONG"]),
        ("Second one.", ["LONG", "SHORT"]),
        ("Third one.", ["LONG"]),
    ]
