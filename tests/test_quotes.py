"""Quotes against the article at their edges: half-open spans, the article's last code point,
where a misplaced quote is said to stand, and which sentences a span cites."""

from __future__ import annotations

import pytest
from helpers import VOICES, Json, fixture_json

from cismoa_cli import evidence
from cismoa_cli.evidence import (
    Finder,
    Folded,
    Match,
    citations,
    fold,
    occurrences,
    quote_problem,
    quote_problems,
    sentence_coverage,
    spans,
)
from cismoa_cli.models import Dossier, Evidence

pytestmark = pytest.mark.unit

ARTICLE = "One here. Two there. Three."  # sentences at 0..9, 10..20, 21..27


def at(article: str, quote: str, start: int | None = None) -> Evidence:
    begin = article.index(quote) if start is None else start
    return Evidence(quote=quote, start=begin, end=begin + len(quote))


def citing(mini_json: Json, *quotes: tuple[str, int, int]) -> Dossier:
    """The mini dossier's first actor alone, once per quote, each with an id of its own."""
    actors = [
        {
            **mini_json["actors"][0],
            "id": f"Q{n}",
            "evidence": [{"quote": q, "start": s, "end": e}],
        }
        for n, (q, s, e) in enumerate(quotes, 1)
    ]
    data = {**mini_json, "actors": actors, "interests": [], "relations": []}
    return Dossier.model_validate({**data, "implications": []})


def cited(dossier: Dossier, article: str) -> list[tuple[str, list[str]]]:
    return [(article[s.start : s.end], ids) for s, ids in citations(dossier, article)]


# --- which sentences a span cites ---------------------------------------------------------


def test_a_span_ending_where_the_next_sentence_begins_cites_only_its_own(
    mini_json: Json,
) -> None:
    article = "One. Two. Three."
    dossier = citing(mini_json, ("One. ", 0, 5))
    assert cited(dossier, article) == [("One.", ["Q1"]), ("Two.", []), ("Three.", [])]


def test_a_span_starting_where_a_sentence_ends_does_not_cite_it(mini_json: Json) -> None:
    article = "One. Two. Three."
    dossier = citing(mini_json, (" Two.", 4, 9))
    assert cited(dossier, article) == [("One.", []), ("Two.", ["Q1"]), ("Three.", [])]


def test_a_span_between_two_sentences_cites_neither(mini_json: Json) -> None:
    article = "One.  Two."
    dossier = citing(mini_json, ("  ", 4, 6))
    assert cited(dossier, article) == [("One.", []), ("Two.", [])]


def test_spans_open_and_close_as_the_sentences_go_by(mini_json: Json) -> None:
    article = "A one. B two. C three. D four."
    dossier = citing(
        mini_json,
        ("C three", 14, 21),
        ("A one", 0, 5),
        ("two. C", 9, 15),
        ("D", 23, 24),
    )
    assert cited(dossier, article) == [
        ("A one.", ["Q2"]),
        ("B two.", ["Q3"]),
        ("C three.", ["Q1", "Q3"]),
        ("D four.", ["Q4"]),
    ]
    covered, uncovered = sentence_coverage(dossier, article)
    assert (len(covered), uncovered) == (4, [])


def test_the_cited_and_uncited_sentences_of_a_fixture() -> None:
    data = fixture_json(VOICES)
    article = (VOICES.parent / "article.txt").read_text(encoding="utf-8")
    del data["implications"][1]
    covered, uncovered = sentence_coverage(Dossier.model_validate(data), article)
    assert [article[s.start : s.end] for s in uncovered] == [
        "The pact is expected to lift trade for both."
    ]
    assert len(covered) == 3


def test_spans_are_in_article_order_with_their_items() -> None:
    dossier = Dossier.model_validate(fixture_json(VOICES))
    found = spans(dossier)
    assert found == sorted(found)
    assert len(found) == 7
    article = (VOICES.parent / "article.txt").read_text(encoding="utf-8")
    first = article.index("Alpha has signed")
    assert found[:2] == [(first, first + 16, "ALP"), (first, first + 40, "REL-1")]
    assert found[-1][2] == "INT-1"  # "Beta wants" and then, ending later, the whole sentence


# --- the article's last code point ----------------------------------------------------------


def test_a_quote_ending_at_the_articles_end_stands() -> None:
    assert quote_problem(ARTICLE, at(ARTICLE, "Three.")) is None
    assert evidence.at_offsets(ARTICLE, at(ARTICLE, "Three."))


def test_a_wrong_quote_ending_at_the_articles_end_is_not_past_it() -> None:
    wrong = Evidence(quote="Four.", start=21, end=26)
    assert quote_problem(ARTICLE, wrong) == (
        "the article has 'Three' at 21..26, not the quote; the quote is nowhere in the article"
    )
    wrong_to_the_end = Evidence(quote="Four!!", start=21, end=27)
    message = quote_problem(ARTICLE, wrong_to_the_end)
    assert message is not None and message.startswith("the article has 'Three.' at 21..27")


def test_offsets_one_past_the_end() -> None:
    past = Evidence(quote="Three.", start=21, end=28)
    assert not evidence.at_offsets(ARTICLE, past)
    assert quote_problem(ARTICLE, past) == (
        "offsets 21..28 run past the end of the article (27 code points); it stands at 21..27"
    )
    assert quote_problem(ARTICLE, past, hint=False) == (
        "offsets 21..28 run past the end of the article (27 code points); not looked for "
        f"elsewhere (the article was searched for {evidence.MAX_HINTS} others)"
    )


def test_start_after_end_is_said_before_anything_else() -> None:
    assert quote_problem(ARTICLE, Evidence(quote="x", start=30, end=29)) == (
        "start (30) is after end (29)"
    )
    assert quote_problem(ARTICLE, Evidence(quote="", start=5, end=5)) is None


# --- where else a quote stands --------------------------------------------------------------


def test_a_quote_standing_in_several_places_names_the_first_three() -> None:
    article = "ab. " * 5
    message = quote_problem(article, Evidence(quote="ab.", start=1, end=4))
    assert message == (
        "the article has 'b. ' at 1..4, not the quote; it stands at 0..3, 4..7, 8..11"
    )


def test_a_near_match_elsewhere_says_what_differs() -> None:
    message = quote_problem(ARTICLE, Evidence(quote="two  THERE", start=0, end=10))
    assert message == (
        "the article has 'One here. ' at 0..10, not the quote; "
        "a near match (spacing and letter case) is at 10..19"
    )


def test_a_difference_is_placed_at_its_first_code_point() -> None:
    assert quote_problem(ARTICLE, Evidence(quote="Two tHere", start=10, end=19)) == (
        "the quote differs from the article only in its letter case at offset 15"
    )
    article = "ab  cd"
    assert quote_problem(article, Evidence(quote="ab cd ", start=0, end=6)) == (
        "the quote differs from the article only in its spacing at offset 3"
    )


def test_the_article_text_shown_is_cut_to_the_quotes_length() -> None:
    article = "x" * 100
    assert quote_problem(article, Evidence(quote="abc", start=0, end=3)) == (
        "the article has 'xxx' at 0..3, not the quote; the quote is nowhere in the article"
    )
    assert quote_problem(article, Evidence(quote="abc", start=0, end=4)) == (
        "the article has 'xxx\u2026' at 0..4, not the quote; the quote is nowhere in the article"
    )
    long_quote = "y" * 70
    message = quote_problem(article, Evidence(quote=long_quote, start=0, end=70))
    assert message is not None and message.startswith(f"the article has '{'x' * 59}\u2026' at")
    exact = "z" * 60
    message = quote_problem(article, Evidence(quote=exact, start=0, end=60))
    assert message is not None and message.startswith(f"the article has '{'x' * 60}' at")


# --- every quote of a dossier ---------------------------------------------------------------


def test_quote_problems_name_the_item_and_count_the_rest(mini_json: Json) -> None:
    article = (VOICES.parent / "article.txt").read_text(encoding="utf-8")
    data = fixture_json(VOICES)
    data["implications"][0]["evidence"][0]["start"] += 1
    data["actors"][2]["evidence"].append({"quote": "Delta", "start": 0, "end": 5})
    problems, verified = quote_problems(Dossier.model_validate(data), article)
    assert [p.where for p in problems] == [
        "actors[2] (GAM).evidence[1]",
        "implications[0] (IMP-1).evidence[0]",
    ]
    assert verified == 6
    assert problems[0].message.endswith("the quote is nowhere in the article")


def test_after_the_hint_limit_misplaced_quotes_are_only_listed(
    mini_json: Json, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence, "MAX_HINTS", 1)
    article = "ab. " * 5 + "cd. " * 5
    dossier = citing(mini_json, ("ab.", 1, 4), ("cd.", 21, 24), ("cd.", 25, 28))
    problems, verified = quote_problems(dossier, article)
    assert verified == 0
    messages = [p.message for p in problems]
    assert messages[0].endswith("it stands at 0..3, 4..7, 8..11")
    assert messages[1].endswith("not looked for elsewhere (the article was searched for 1 others)")
    assert len(messages) == 3


# --- finding phrases ------------------------------------------------------------------------


def test_a_moved_quote_is_sought_within_reach_of_its_old_place() -> None:
    filler = "word " * 300  # 1,500 characters
    article = filler + "The one sentence. " + filler + "Then more."
    start = article.index("The one sentence.")
    finder = Finder(article)
    near = finder.relocate("The one sentence.", start - 1000, search=False)
    assert near == [Match(start, start + 17)]
    assert finder.relocate("one sentence.", start + 4 + 1000, search=False) == [
        Match(start + 4, start + 17)
    ]
    assert finder.searches == 0


def test_the_shorter_reach_is_tried_first() -> None:
    article = "Same words. " + "x " * 2000 + "Same words."
    finder = Finder(article)
    later = article.rindex("Same words.")
    # Within 1,024 characters either side, the nearer place; past that, the first within 65,536.
    for around in (later - 1024, later - 10, later + 1024):
        assert finder._near("Same words.", around) == later
    for around in (later - 1025, later + 1025):
        assert finder._near("Same words.", around) == 0
    assert finder._near("Same words.", later + 65536) == later
    assert finder._near("Same words.", later + 65537 + 11) == -1
    assert finder._near("Same words.", 0) == 0


def test_a_quote_that_could_stand_twice_is_looked_for_everywhere() -> None:
    article = "Alpha met Beta. Beta met Alpha. Alpha met Beta."
    finder = Finder(article)
    assert finder.relocate("Alpha met Beta.", 1, search=False) is None
    assert finder.relocate("Alpha met Beta.", 1) == [Match(0, 15), Match(32, 47)]
    assert finder.searches == 1


def test_a_pair_of_words_standing_once_makes_a_quote_unique() -> None:
    article = "a b. c c. b a. c c."  # "a b" and "b a" once; their words and "c c" twice
    finder = Finder(article)
    assert finder._once(". a b.")
    assert not finder._once(". c c.")
    assert finder.relocate(". c c.", 3, search=False) is None
    assert finder.relocate("a b.", 1, search=False) is None  # its edges may be parts of words
    assert finder.relocate(". b a.", 9, search=False) == [Match(8, 14)]


def test_absent_words_rule_a_phrase_out() -> None:
    finder = Finder("The renewal was signed.")
    assert finder.absent("The treaty was signed")
    assert not finder.absent("renewal was")
    assert not finder.absent("xyzrenewal was signedxyz")  # its edges may be parts of words
    assert finder.relocate("The treaty was", 0) == []
    assert finder.searches == 0


def test_inner_words_leave_out_partial_edges() -> None:
    inner = evidence._inner_words
    assert inner("one two three") == ["two"]
    assert inner(" one two three ") == ["two"]
    assert inner(", one two three.") == ["one", "two", "three"]
    assert inner("one") == []
    assert inner("") == []


def test_letters_that_fold_longer_keep_the_way_back() -> None:
    article = "Gro\u00df und gro\u00df, \u00df!"
    folded = Folded(article)
    assert folded.text == "gross und gross, ss!"
    origins = [folded.origin(i) for i in range(len(folded.text))]
    assert [article[o] for o in origins] == list(
        "Gro\u00df\u00df und gro\u00df\u00df, \u00df\u00df!"
    )
    assert Folded("plain").origin(3) == 3


def test_long_folds_are_found_block_by_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence, "_BLOCK", 4)
    article = "abcd" * 3 + "\u00df" + "efgh" * 2 + "\ufb01"
    assert evidence._lengthened(article) == [(12, 12, 2), (22, 21, 2)]


def test_locate_near_in_a_text_with_long_folds() -> None:
    article = "Die Stra\u00dfe ist lang. DIE STRASSE"
    assert occurrences(article, "die strasse") == [
        Match(0, 10, "letter case"),
        Match(21, 32, "letter case"),
    ]
    assert occurrences(article, "   ") == []


def test_fold_composes_and_straightens() -> None:
    assert fold("Cafe\u0301 `x`") == "caf\u00e9 'x'"
    assert fold("\u201cQ\u201d") == '"q"'


def test_an_empty_span_is_not_backwards() -> None:
    assert quote_problem(ARTICLE, Evidence(quote="Two", start=10, end=10)) == (
        "the article has '' at 10..10, not the quote; it stands at 10..13"
    )


def test_a_quote_longer_or_shorter_than_its_span_is_placed_where_they_part() -> None:
    longer = Evidence(quote="Two  there", start=10, end=19)
    assert quote_problem(ARTICLE, longer) == (
        "the quote differs from the article only in its spacing at offset 14"
    )
    trailing = Evidence(quote="Two there ", start=10, end=19)
    assert quote_problem(ARTICLE, trailing) == (
        "the quote differs from the article only in its spacing at offset 19"
    )
    shorter = Evidence(quote="Two there", start=10, end=20)
    assert quote_problem("One here. Two there  Three.", shorter) == (
        "the quote differs from the article only in its spacing at offset 19"
    )


def test_a_match_as_evidence_quotes_the_article() -> None:
    assert Match(10, 13).evidence(ARTICLE) == Evidence(quote="Two", start=10, end=13)


def test_a_quote_at_the_articles_very_start_is_found_near() -> None:
    finder = Finder("Unique start here. Other words follow.")
    assert finder.relocate("Unique start here.", 3, search=False) == [Match(0, 18)]


FILLER = "lorem ipsum dolor "


def far_apart() -> tuple[str, int, int]:
    """An article of 300,000 characters with two quotes, at 200,000 and about 285,000."""
    article = FILLER * 11_112 + "The first quote here. " + FILLER * 4_700
    article += "A second quote there. " + FILLER * 1_200
    return article, article.index("The first quote here."), article.index("A second quote there.")


@pytest.mark.parametrize("moved", [60_000, 100_000], ids=["found-near", "found-by-search"])
def test_the_next_quote_is_sought_as_far_as_the_last_one_moved(moved: int) -> None:
    article, first, second = far_apart()
    finder = Finder(article)
    assert finder.relocate("The first quote here.", first - moved) == [Match(first, first + 21)]
    # The second moved further still: beyond reach of where it was, within reach of the guess.
    was = second - moved - 6_000
    assert finder.relocate("A second quote there.", was, search=False) == [
        Match(second, second + 21)
    ]
    assert Finder(article).relocate("A second quote there.", was, search=False) is None


def test_a_letter_that_folds_longer_at_the_very_start() -> None:
    assert evidence._lengthened("\u00dfa") == [(0, 0, 2)]
    assert Folded("\u00dfa").origin(2) == 1


def test_every_lookup_counts_as_a_search() -> None:
    finder = Finder(ARTICLE)
    finder.locate("Two")
    finder.locate("nowhere")
    assert finder.searches == 2


def test_the_hint_limit_counts_every_search(
    mini_json: Json, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence, "MAX_HINTS", 2)
    article = "ab. " * 5 + "cd. " * 5 + "ef. " * 5
    dossier = citing(mini_json, ("ab.", 1, 4), ("cd.", 21, 24), ("ef.", 41, 44))
    problems, _ = quote_problems(dossier, article)
    looked = ["not looked for" not in p.message for p in problems]
    assert looked == [True, True, False]


def test_a_near_match_never_begins_inside_a_letter_that_folds_longer() -> None:
    # "\u00df" folds to "ss": an "s" inside it is no match, the one after it is.
    assert occurrences("\u00dfx s", "S") == [Match(3, 4, "letter case")]
