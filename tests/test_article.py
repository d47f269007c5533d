"""Sentence splitting: abbreviations, titles, and the headline, dateline and tag lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import HOSTILE, MINI, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from cismoa_cli import article
from cismoa_cli.article import Places, SegmentIndex, SegmentKind, segments, sentences
from cismoa_cli.store import Loaded

pytestmark = pytest.mark.unit


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_us_inside_a_sentence_is_not_an_end() -> None:
    text = "It weighs the U.S. and China. It is the U.S.-Pakistan tie."
    assert texts(text) == ["It weighs the U.S. and China.", "It is the U.S.-Pakistan tie."]


def test_us_at_the_end_of_a_sentence_ends_it() -> None:
    text = "Ties with the U.S. The renewal has sparked debate."
    assert texts(text) == ["Ties with the U.S.", "The renewal has sparked debate."]


def test_initials_before_one_of_their_institutions_end_no_sentence() -> None:
    text = (
        "The deal lets the U.S. Navy use the port. The U.N. Security Council met in the "
        "U.K. Treasury's hall. It was signed with the U.S. The Navy was absent."
    )
    assert texts(text) == [
        "The deal lets the U.S. Navy use the port.",
        "The U.N. Security Council met in the U.K. Treasury's hall.",
        "It was signed with the U.S.",
        "The Navy was absent.",
    ]


def test_a_sentence_may_open_with_any_capital_or_a_letter_of_a_script_without_case() -> None:
    text = (
        "It may hurt India. \u00c9lys\u00e9e officials spoke. \u00d6sterreich may lose. "
        "\u5317\u4eac said so. \u0627\u0644\u0642\u0627\u0647\u0631\u0629 agreed. "
        "See e.g. \u00e9tudes on it."
    )
    assert [t.split()[0] for t in texts(text)] == [
        "It",
        "\u00c9lys\u00e9e",
        "\u00d6sterreich",
        "\u5317\u4eac",
        "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
        "See",
    ]


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


def test_a_line_after_the_last_sentence_of_a_paragraph_is_a_line_of_its_own() -> None:
    # a letter and its signature, with no blank line between them; a line wrapped inside a
    # sentence stays in it
    text = "Sir, I welcome the\nprotocol. It could help us.\nJoao Ferreira, Santarem\nLisbon"
    assert [(text[s.start : s.end], s.kind) for s in segments(text)] == [
        ("Sir, I welcome the\nprotocol.", SegmentKind.SENTENCE),
        ("It could help us.", SegmentKind.SENTENCE),
        ("Joao Ferreira, Santarem\nLisbon", SegmentKind.LINE),
    ]


def test_a_trailing_space_does_not_hide_a_sentences_end() -> None:
    text = "Peru could lose water. \nAna Lopes, Lima"
    assert [s.kind for s in segments(text)] == [SegmentKind.SENTENCE, SegmentKind.LINE]


def test_a_line_over_a_quotation_is_a_line_of_its_own() -> None:
    # a script names who speaks the quotation under it; a line wrapped inside a sentence,
    # whose next line opens with no quotation mark, stays in it
    text = (
        'SOUNDBITE: ANA LOPES, minister\n"We will build. It could help."\n\nThe pact was\nsigned.'
    )
    assert [(text[s.start : s.end], s.kind) for s in segments(text)] == [
        ("SOUNDBITE: ANA LOPES, minister", SegmentKind.LINE),
        ('"We will build.', SegmentKind.SENTENCE),
        ('It could help."', SegmentKind.SENTENCE),
        ("The pact was\nsigned.", SegmentKind.SENTENCE),
    ]


def test_context_is_the_whole_sentences_a_span_touches() -> None:
    text = "One here. Two there. Three."
    start = text.index("there")
    context = SegmentIndex(text).context
    assert context(start, start + 5) == (10, 20)
    assert context(text.index("here"), start) == (0, 20)
    assert context(len(text), len(text)) == (len(text), len(text))


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


LINE_BREAKS = {"CRLF": "\r\n", "CR": "\r"}


def unbroken(text: str) -> str:
    """``text`` with every line break written as LF."""
    return re.sub(r"\r\n?", "\n", text)


@pytest.mark.parametrize("breaks", LINE_BREAKS)
@pytest.mark.parametrize("dossier", [MINI, HOSTILE], ids=["mini", "hostile"])
def test_windows_and_old_mac_line_breaks_split_as_lf_does(dossier: Path, breaks: str) -> None:
    lf = (dossier.parent / "article.txt").read_text(encoding="utf-8")
    other = lf.replace("\n", LINE_BREAKS[breaks])
    expected, found = segments(lf), segments(other)
    assert len(found) == len(expected) and SegmentKind.SENTENCE in {s.kind for s in found}
    # The same sentences and lines, at offsets counted in the article as stored.
    assert [(unbroken(other[s.start : s.end]), s.kind) for s in found] == [
        (lf[s.start : s.end], s.kind) for s in expected
    ]
    assert [unbroken(other[: s.start]) for s in found] == [lf[: s.start] for s in expected]


def test_a_blank_line_of_any_kind_ends_a_paragraph() -> None:
    text = "A Headline\r\n \r\nBody one. Body two.\r\rTags\n\t\nMore here."
    assert [(text[s.start : s.end], s.kind) for s in segments(text)] == [
        ("A Headline", SegmentKind.LINE),
        ("Body one.", SegmentKind.SENTENCE),
        ("Body two.", SegmentKind.SENTENCE),
        ("Tags", SegmentKind.LINE),
        ("More here.", SegmentKind.SENTENCE),
    ]


def test_a_title_ends_no_sentence_however_long_the_run_before_it() -> None:
    text = "Mr. A met Dr. B. Then St. C spoke to Prof. D and Xdr. E left."
    assert texts(text) == ["Mr. A met Dr. B.", "Then St. C spoke to Prof. D and Xdr.", "E left."]


def test_the_index_gives_the_context_of_each_span() -> None:
    text = "One here. Two there. Three.\n\nA line"
    index = SegmentIndex(text)
    for start, end in [(0, 3), (10, 20), (4, 14), (27, 27), (29, 31), (len(text), len(text))]:
        touched = [s for s in segments(text) if s.start < max(end, start + 1) and s.end > start]
        expected = (
            (min(touched[0].start, start), max(touched[-1].end, end)) if touched else (start, end)
        )
        assert index.context(start, end) == expected


LISTED = (
    "Risks Ahead\n\n"
    "The report weighs three risks:\n"
    "- Pakistan could lose its balance\n"
    "- China may reassess its investments\n"
    "2) Critics argue the deal could cost it dearly.\n\n"
    "## What comes next\n"
    "Talks resume in May. Dr. Khan will lead them."
)


def test_a_list_item_or_heading_is_a_unit_of_its_own_without_a_full_stop() -> None:
    found = [(LISTED[s.start : s.end], s.kind, s.paragraph, s.sentence) for s in segments(LISTED)]
    assert found == [
        ("Risks Ahead", SegmentKind.LINE, 1, 1),
        ("The report weighs three risks:", SegmentKind.LINE, 2, 1),
        ("- Pakistan could lose its balance", SegmentKind.SENTENCE, 2, 2),
        ("- China may reassess its investments", SegmentKind.SENTENCE, 2, 3),
        ("2) Critics argue the deal could cost it dearly.", SegmentKind.SENTENCE, 2, 4),
        ("## What comes next", SegmentKind.LINE, 3, 1),
        ("Talks resume in May.", SegmentKind.SENTENCE, 3, 2),
        ("Dr. Khan will lead them.", SegmentKind.SENTENCE, 3, 3),
    ]


def test_places_of_any_offset_agree_with_the_segments() -> None:
    signed = (
        "Sir, The dam will ruin us. We will lose. \nAna Lopes, Lima\n\n"
        'CUE: ANA LOPES, x\n"We lose."'
    )
    for text in (LISTED, signed, (MINI.parent / "article.txt").read_text(encoding="utf-8")):
        places = Places(text)
        every = segments(text)
        for segment in every:
            for offset in (segment.start, (segment.start + segment.end) // 2, segment.end - 1):
                assert places.place(offset) == (segment.paragraph, segment.sentence)
        assert places.place(len(text)) == (every[-1].paragraph, every[-1].sentence)


def test_coverage_counts_list_items_as_sentences(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(LISTED, encoding="utf-8")
    assert run_cli("init", tmp_path / "article.txt", "-o", tmp_path / "d.json").code == 0
    shown = run_cli("--data", tmp_path / "d.json", "coverage", "-f", "json").stdout
    covered = json.loads(shown)
    assert covered["total"] == 5
    assert [(s["paragraph"], s["sentence"]) for s in covered["sentences"]][:3] == [
        (2, 2),
        (2, 3),
        (2, 4),
    ]


def test_military_titles_and_months_never_end_a_sentence() -> None:
    text = "Gen. Asim Rao met Adm. Lee on Jan. 5 in Kabul. Brig. Noor spoke on Sept. 9. It ended."
    assert texts(text) == [
        "Gen. Asim Rao met Adm. Lee on Jan. 5 in Kabul.",
        "Brig. Noor spoke on Sept. 9.",
        "It ended.",
    ]


def test_an_indented_line_after_a_list_item_continues_it() -> None:
    text = "Risks:\n- Alpha could fail\n  within a year\nBeta said so.\n- Gamma may not"
    found = [(text[s.start : s.end], s.sentence) for s in segments(text)]
    assert found == [
        ("Risks:", 1),
        ("- Alpha could fail\n  within a year", 2),
        ("Beta said so.", 3),
        ("- Gamma may not", 4),
    ]
    places = Places(text)
    assert places.place(text.index("within")) == (1, 2)
    assert places.place(text.index("Beta")) == (1, 3)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="abDrMsSt\u00e9\u00df19_", min_size=1, max_size=9), min_size=1, max_size=6
    ),
    mark=st.sampled_from([". ", "! ", ".) ", ". \u00e9"]),
)
def test_a_long_word_before_a_stop_is_never_a_title(words: list[str], mark: str) -> None:
    """Splitting tells a word longer than any title without looking it up, and still splits
    as it did: by the word just before the stop, a title when it is one."""
    text = " ".join(f"{word}{mark}Next" for word in words)
    for stop in re.finditer(r"[.!?]", text):
        begin = max(0, stop.start() - 12)
        found = article._TITLE_WORD.search(
            text, max(begin, stop.start() - article._LONGEST_TITLE), stop.start()
        )
        looked_up = found is not None and found.group().lower() in article._TITLES
        assert article._is_title(text, begin, stop.start()) is looked_up
