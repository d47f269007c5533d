"""Where sentences end: closing quotes and brackets, titles of every length, space at the
edges, and the offsets of what is split."""

from __future__ import annotations

import pytest

from cismoa_cli.article import _TITLES, SegmentIndex, SegmentKind, segments, sentences

pytestmark = pytest.mark.unit


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize("title", sorted(_TITLES))
def test_no_title_ends_a_sentence_in_any_case(title: str) -> None:
    for written in (title.capitalize(), title.upper()):
        text = f"It was {written}. Smith who spoke. Then she left."
        assert texts(text) == [f"It was {written}. Smith who spoke.", "Then she left."]


def test_a_longer_word_ending_like_a_title_ends_a_sentence() -> None:
    assert texts("We met Gov. Ali in Sindh. Then we left.") == [
        "We met Gov. Ali in Sindh.",
        "Then we left.",
    ]
    assert texts("He saw the Kadr. Then he left.") == ["He saw the Kadr.", "Then he left."]
    assert texts("It grew. Capt. Lee came.") == ["It grew.", "Capt. Lee came."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Did it? Yes! It did.", ["Did it?", "Yes!", "It did."]),
        ('He said "Go." Then left.', ['He said "Go."', "Then left."]),
        ("It ended (so it seemed.) Then not.", ["It ended (so it seemed.)", "Then not."]),
        ("A list [see.] Next one.", ["A list [see.]", "Next one."]),
        (
            "He wrote \u2018nay.\u2019 Later \u201cyes.\u201d Done.",
            ["He wrote \u2018nay.\u2019", "Later \u201cyes.\u201d", "Done."],
        ),
        ('It ends. "Quoted" starts.', ["It ends.", '"Quoted" starts.']),
        ("It ends. (Aside) starts.", ["It ends.", "(Aside) starts."]),
        ("It ends. 2026 starts.", ["It ends.", "2026 starts."]),
        ("It ends. \u2018Quoted\u2019 starts.", ["It ends.", "\u2018Quoted\u2019 starts."]),
        ("It ends. \u201cQuoted\u201d starts.", ["It ends.", "\u201cQuoted\u201d starts."]),
        ("It ends. [Note] starts.", ["It ends.", "[Note] starts."]),
        ("It ends. 'Quoted' starts.", ["It ends.", "'Quoted' starts."]),
        ("It ends. lower case goes on.", ["It ends. lower case goes on."]),
        ("It ends.No space goes on.", ["It ends.No space goes on."]),
        ("One.\tTwo.", ["One.", "Two."]),
    ],
)
def test_where_a_sentence_ends(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_space_around_a_paragraph_is_not_part_of_it() -> None:
    text = "  \n  Lead line  \n\n\t One. Two.  \n"
    found = [(text[s.start : s.end], s.kind) for s in segments(text)]
    assert found == [
        ("Lead line", SegmentKind.LINE),
        ("One.", SegmentKind.SENTENCE),
        ("Two.", SegmentKind.SENTENCE),
    ]


def test_a_paragraph_may_run_over_several_lines() -> None:
    text = "One goes\non here. Two.\nStill two? Yes."
    assert texts(text) == ["One goes\non here.", "Two.", "Still two?", "Yes."]


def test_a_paragraph_ending_in_a_closing_quote_is_prose() -> None:
    text = 'Headline\n\nShe said "we will."\n\nTags'
    kinds = [s.kind for s in segments(text)]
    assert kinds == [SegmentKind.LINE, SegmentKind.SENTENCE, SegmentKind.LINE]


def test_a_paragraph_of_space_is_nothing() -> None:
    assert segments(" \t ") == []
    assert segments("") == []


def test_offsets_are_code_points_into_the_text() -> None:
    text = "\u00c9t\u00e9 fini. Caf\u00e9 ouvert."
    found = sentences(text)
    assert [(s.start, s.end) for s in found] == [(0, 9), (10, 22)]


def test_the_context_of_a_span_across_a_line_and_a_sentence() -> None:
    text = "Head\n\nOne here. Two there."
    index = SegmentIndex(text)
    assert [(s.start, s.end) for s in index.segments] == [(0, 4), (6, 15), (16, 26)]
    assert index.context(2, 8) == (0, 15)
    assert index.context(15, 16) == (15, 16)  # the space between two sentences
    assert index.context(16, 16) == (16, 26)  # a point at a sentence's start is in it
    assert index.context(15, 17) == (15, 26)
    assert index.context(14, 15) == (6, 15)


def test_a_paragraph_of_space_before_others_is_skipped() -> None:
    text = "   \n\nOne. Two.\n\n \t\n\nLast line"
    assert [(text[s.start : s.end], s.kind) for s in segments(text)] == [
        ("One.", SegmentKind.SENTENCE),
        ("Two.", SegmentKind.SENTENCE),
        ("Last line", SegmentKind.LINE),
    ]


@pytest.mark.parametrize("spaces", [1, 2, 3])
def test_any_run_of_space_at_a_paragraphs_end_is_left_out(spaces: int) -> None:
    text = "One. Two." + " " * spaces + "\n\nHead" + " " * spaces
    assert [text[s.start : s.end] for s in segments(text)] == ["One.", "Two.", "Head"]


def test_a_reference_works_citation_marks_stay_with_their_sentence() -> None:
    text = "Chad is landlocked.[5] Goods go by rail.[5][6] Critics disagree.[4, 7]\n\nImpact"
    assert texts(text) == [
        "Chad is landlocked.[5]",
        "Goods go by rail.[5][6]",
        "Critics disagree.[4, 7]",
    ]
    cited = "Chad is landlocked.[5] Goods go by rail.[5][6] Critics disagree.[4-7]"
    assert texts(cited) == [
        "Chad is landlocked.[5]",
        "Goods go by rail.[5][6]",
        "Critics disagree.[4-7]",
    ]
    # a bracket that is no citation mark does not end a sentence: the paragraph is a line
    assert [s.kind for s in segments("Chad is landlocked [see map]")] == [SegmentKind.LINE]


def test_a_transcripts_note_of_the_audience_ends_no_sentence_and_is_a_line() -> None:
    text = "The deal opens Europe to us. (Applause)\n\nThank you. Merci. (Laughter)"
    assert [(text[s.start : s.end], s.kind) for s in segments(text)] == [
        ("The deal opens Europe to us.", SegmentKind.SENTENCE),
        ("(Applause)", SegmentKind.LINE),
        ("Thank you.", SegmentKind.SENTENCE),
        ("Merci.", SegmentKind.SENTENCE),
        ("(Laughter)", SegmentKind.LINE),
    ]
    # a bracket after no stop is part of its line
    assert [s.kind for s in segments("It grew (Laughter)")] == [SegmentKind.LINE]
