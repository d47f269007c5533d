"""Quotes against the article: the exact test, the near-miss hints, and occurrences()."""

from __future__ import annotations

import pytest
from helpers import Json
from hypothesis import given, settings
from hypothesis import strategies as st

from cismoa_cli.evidence import (
    Finder,
    Match,
    citations,
    fold,
    occurrences,
    quote_problem,
    sentence_coverage,
)
from cismoa_cli.models import Dossier, Evidence

pytestmark = pytest.mark.unit

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
    assert occurrences(ARTICLE, "U.S.") == [Match(28, 32), Match(43, 47)]


def test_locate_falls_back_to_near_matches() -> None:
    assert occurrences(ARTICLE, "pakistan's leaders") == [
        Match(0, 19, "apostrophes and spacing and letter case")
    ]
    assert occurrences(ARTICLE, "nothing like it") == []


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


def test_a_message_shows_no_more_of_the_article_than_the_quote_is_long() -> None:
    # Offsets far apart around a short quote: the dossier chooses what would be printed.
    message = quote_problem(ARTICLE, Evidence(quote="team", start=0, end=40))
    assert message is not None and message.startswith("the article has 'Paki\u2026' at 0..40")
    long = "x" * 80
    message = quote_problem(ARTICLE * 2, Evidence(quote=long, start=0, end=80))
    assert message is not None and f"'{(ARTICLE * 2)[:59]}\u2026'" in message


def test_near_matches_keep_their_offsets_after_letters_that_fold_longer() -> None:
    article = "Stra\u00dfe \ufb01ne: the U.S.\n team left."
    (found,) = occurrences(article, "THE u.s. TEAM")
    assert article[found.start : found.end] == "the U.S.\n team"
    assert found.differs == "spacing and letter case"


def collapsed(text: str) -> str:
    return " ".join(text.translate(str.maketrans("\u2019", "'")).casefold().split())


TEXT = st.text(alphabet="ab \n\u2019'\u00dfSsA.", max_size=40)


@settings(max_examples=300)
@given(article=TEXT, phrase=TEXT)
def test_a_phrase_ruled_out_by_its_words_is_never_found(article: str, phrase: str) -> None:
    finder = Finder(article)
    found = finder.locate(phrase)
    if finder.absent(phrase):
        assert found == []
    for match in found:  # each place reads as the phrase, but for case, quote marks, spacing
        assert collapsed(article[match.start : match.end]) == collapsed(phrase)


def test_a_moved_quote_is_found_where_the_quotes_before_it_went() -> None:
    article = "Intro. " + "Filler words here. " * 5_000 + "The unique sentence."
    finder = Finder(article)
    at = article.index("The unique sentence.")
    assert finder.relocate("Filler words here.", 0, search=False) is None  # not unique
    assert finder.relocate("The unique sentence.", at - 90_000, search=False) is None  # too far
    assert finder.relocate("The unique sentence.", at - 90_000) == [Match(at, at + 20)]
    assert finder.searches == 1
    # Found by reading the article once; the next quote moved as far is found without that.
    assert finder.relocate("unique sentence.", at + 4 - 90_000, search=False) == [
        Match(at + 4, at + 20)
    ]
    assert finder.searches == 1


def test_fold_of_ascii_text_is_the_general_fold() -> None:
    from cismoa_cli.evidence import _QUOTE_MARKS

    for text in ("It's `quoted`", "MIXED Case, 12 digits!", "", "\x1b[2J\t~"):
        assert fold(text) == text.translate(_QUOTE_MARKS).casefold()
    assert fold("ÉTÉ \u2019x\u2019") == "été 'x'"
