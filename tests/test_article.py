"""Sentence splitting: abbreviations, titles, and the headline, dateline and tag lines."""

from __future__ import annotations

from cismoa_cli.article import SegmentKind, context, segments, sentences
from cismoa_cli.store import Loaded


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_us_inside_a_sentence_is_not_an_end() -> None:
    text = "It weighs the U.S. and China. It is the U.S.-Pakistan tie."
    assert texts(text) == ["It weighs the U.S. and China.", "It is the U.S.-Pakistan tie."]


def test_us_at_the_end_of_a_sentence_ends_it() -> None:
    text = "Ties with the U.S. The renewal has sparked debate."
    assert texts(text) == ["Ties with the U.S.", "The renewal has sparked debate."]


def test_titles_never_end_a_sentence() -> None:
    assert texts("Dr. Khan spoke. Then Mr. Lee left.") == ["Dr. Khan spoke.", "Then Mr. Lee left."]


def test_lines_without_final_punctuation_are_not_sentences() -> None:
    text = "A Headline: About Things\n\nIslamabad, Pakistan\n\nBody one. Body two?\n\nTagOneTagTwo"
    kinds = [(text[s.start : s.end], s.kind) for s in segments(text)]
    assert kinds == [
        ("A Headline: About Things", SegmentKind.LINE),
        ("Islamabad, Pakistan", SegmentKind.LINE),
        ("Body one.", SegmentKind.SENTENCE),
        ("Body two?", SegmentKind.SENTENCE),
        ("TagOneTagTwo", SegmentKind.LINE),
    ]


def test_context_is_the_whole_sentences_a_span_touches() -> None:
    text = "One here. Two there. Three."
    start = text.index("there")
    assert context(text, start, start + 5) == (10, 20)
    assert context(text, text.index("here"), start) == (0, 20)
    assert context(text, len(text), len(text)) == (len(text), len(text))


def test_the_mini_article_in_segments(mini: Loaded) -> None:
    found = [(mini.article[s.start : s.end], s.kind) for s in segments(mini.article)]
    assert found == [
        ("Alpha and Beta Sign a Pact", SegmentKind.LINE),
        ("Lahore, Alpha", SegmentKind.LINE),
        ("Alpha has signed a trade pact with Beta.", SegmentKind.SENTENCE),
        ("Critics argue it could hurt Alpha\u2019s farmers.", SegmentKind.SENTENCE),
        ("The pact is expected to lift trade for both.", SegmentKind.SENTENCE),
        ("Beta wants new markets.", SegmentKind.SENTENCE),
        ("AlphaBetaTrade", SegmentKind.LINE),
    ]
