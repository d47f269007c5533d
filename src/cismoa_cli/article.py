"""The article's structure: its prose sentences and its bare lines (headline, dateline, tags).

A paragraph that does not end like a sentence (a headline, a dateline, a run of tags) is a
*line*, not prose: it carries metadata, and no claim is expected to cite it. A list item
("- Pakistan could lose ...", "2) ...") is a sentence of its own, full stop or not, and a
Markdown heading ("## Risks") a line of its own, wherever they stand. Prose is split
into sentences at ``.``, ``!`` or ``?`` followed by a space and a capital letter, so the
"U.S." in "the U.S. and China" stays inside its sentence while the one in "with the U.S. The
renewal" ends one, unless one of its institutions follows ("the U.S. Navy"). Titles such as
"Dr." or "Gen." and a month's abbreviation ("Jan. 5") never end a sentence.

Windows (CRLF) and old Mac (CR) line endings break lines as LF does; offsets are always
counted in the article as stored. Every step is linear in the article's length.

Places: paragraphs are blocks separated by blank lines, numbered from 1; sentences and lines
are numbered from 1 within their paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

_BREAK = r"(?:\r\n|\r|\n)"
_PARAGRAPH = re.compile(rf"[^\r\n]+(?:{_BREAK}(?![ \t]*{_BREAK})[^\r\n]+)*")
# A stop, then space and what may open a sentence: a quote, a bracket, a digit or a letter
# (``_stops`` keeps the letters that are not lower case: "Élysée", "Österreich", and the
# letters of scripts without case open a sentence; "e.g. the" does not).
# A reference work's citation marks may follow the stop ("... N'Djamena.[5] Goods travel").
_CITATION = r"\[\d{1,3}(?:(?:, ?|[\u2013-])\d{1,3})*\]"
_SENTENCE_END = re.compile(
    rf"[.!?][\"')\]\u2019\u201d]*(?:{_CITATION})*"
    r"(?=\s+(?P<next>[\"'(\[\u2018\u201c0-9]|[^\W\d_]))"
)
_CITED = re.compile(rf"(?:{_CITATION})+\Z")
# A transcript's note of the audience after a stop ("... the ports of Europe. (Applause)"):
# a bracketed word or two that does not hide the end of the sentence before it.
_NOTE = re.compile(r"\([A-Z][a-z]+(?: [a-z]+)?\)")
_NOTED = re.compile(rf"(?<=[.!?\"\u201d])\s+{_NOTE.pattern}\Z")
_CLOSING = "\"')]\u2019\u201d"  # what may follow a sentence's final stop
_OPENING_QUOTES = '"\u201c'
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sen", "rep", "gov", "capt"}
    | {"maj", "sgt", "jr", "sr", "no", "vs", "etc", "fig", "adm", "brig", "cmdr", "amb", "rev"}
    # Months as datelines abbreviate them ("on Jan. 5"): a number follows, not a sentence.
    | {"jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_LONGEST_TITLE = max(map(len, _TITLES))
# A country's or a body's initials ("U.S.", "U.K.", "U.N.") before one of its institutions
# name it ("the U.S. Navy", "the U.S. Embassy"): no sentence ends there, as one does before
# any other word ("with the U.S. The renewal").
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\Z")
_INITIALS_REACH = 7  # the longest initials, "U.S.A.", and the character before them
_INSTITUTIONS = frozenset(
    {"Navy", "Army", "Air", "Marine", "Marines", "Coast", "Congress", "Senate", "House"}
    | {"Treasury", "State", "Department", "Embassy", "Ambassador", "President", "Secretary"}
    | {"Trade", "Commerce", "Defense", "Defence", "Forces", "Military", "Government"}
    | {"Administration", "Federal", "Supreme", "Court", "Central", "Command", "Special"}
    | {"Security", "Council", "General", "Representative", "Mission", "Agency", "Census"}
)
_WORD = re.compile(r"[A-Za-z]+")
# A whole word of a title's length at most, just before where the search stops (the dot).
_TITLE_WORD = re.compile(rf"(?<!\w)\w{{1,{_LONGEST_TITLE}}}\Z")
_LINE = re.compile(r"[^\r\n]+")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+\u2022\u2013\u2014]|\d{1,3}[.)]|[a-z][.)])[ \t]")
_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")


class SegmentKind(str, Enum):
    SENTENCE = "sentence"
    LINE = "line"


@dataclass(frozen=True)
class Segment:
    """A sentence or a bare line, as code-point offsets into the article (end exclusive),
    and its place: its paragraph, and its number within the paragraph (both from 1)."""

    start: int
    end: int
    kind: SegmentKind
    paragraph: int = 0
    sentence: int = 0


Unit = tuple[int, int, SegmentKind]


def segments(text: str) -> list[Segment]:
    """The article's sentences and bare lines, in order, each with its place."""
    return [
        Segment(*unit, paragraph, number)
        for paragraph, (start, end) in enumerate(paragraphs(text), 1)
        for number, unit in enumerate(_units(text, start, end), 1)
    ]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Each paragraph's span, without the space around it; blank ones are none."""
    spans = (_strip(text, m.start(), m.end()) for m in _PARAGRAPH.finditer(text))
    return [(start, end) for start, end in spans if start < end]


class Places:
    """The paragraph and sentence of any offset, splitting only the paragraphs asked about:
    placing a few quotes of a long article costs little more than finding its paragraphs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._paragraphs = paragraphs(text)
        self._ends = [end for _, end in self._paragraphs]
        # The ends of the units of each paragraph asked about (found once, then looked up:
        # a paragraph may hold many quotes).
        self._unit_ends: dict[int, list[int]] = {}

    def place(self, offset: int) -> tuple[int, int]:
        """The paragraph and sentence (from 1) the character at ``offset`` is in, or the
        next after it if it is between them (the last one at the very end)."""
        if not self._paragraphs:
            return 1, 1
        n = min(bisect_right(self._ends, offset), len(self._paragraphs) - 1)
        start, end = self._paragraphs[n]
        if n not in self._unit_ends:
            self._unit_ends[n] = self._split(start, end)
        ends = self._unit_ends[n]
        return n + 1, min(bisect_right(ends, offset), len(ends) - 1) + 1

    def _split(self, start: int, end: int) -> list[int]:
        """Where each unit of a paragraph ends, as ``segments`` splits it."""
        return [e for _, e, _ in _units(self.text, start, end)] or [end]


def _units(text: str, start: int, end: int) -> list[Unit]:
    """A paragraph's sentences and lines: a list item or a heading is a unit of its own
    (the item a sentence, the heading a line), full stop or not; the lines between them are
    prose or a bare line as a paragraph of their own would be."""
    lines = _lines(text, start, end)
    marked = _marked(text, lines)
    if not any(marked):
        return _prose(text, start, end)
    units: list[Unit] = []
    run: int | None = None  # where the current run of unmarked lines began
    in_item = False  # the last unit is a list item, which an indented line continues
    for (a, b), is_marked in zip(lines, marked, strict=True):
        if not is_marked:
            if in_item and text[a] in " \t":
                units[-1] = (units[-1][0], _strip(text, a, b)[1], units[-1][2])
                continue
            in_item = False
            run = a if run is None else run
            continue
        if run is not None:
            units += _prose(text, *_strip(text, run, a))
            run = None
        kind = SegmentKind.LINE if _HEADING.match(text, a, b) else SegmentKind.SENTENCE
        units.append((*_strip(text, a, b), kind))
        in_item = kind is SegmentKind.SENTENCE
    if run is not None:
        units += _prose(text, *_strip(text, run, end))
    return units


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _LINE.finditer(text, start, end)]


def _marked(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """For each line, whether it is a list item or a heading."""
    return [
        _LIST_ITEM.match(text, a, b) is not None or _HEADING.match(text, a, b) is not None
        for a, b in lines
    ]


def _ends_like_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (no space at its end) ends with ".", "!" or "?", and
    perhaps closing quotes or brackets, citation marks ("Douala.[5]") or a note of the
    audience ("Europe. (Applause)"): reading back from its end."""
    if text[end - 1 : end] == "]":
        cited = _CITED.search(text, max(start, end - 40), end)
        end = cited.start() if cited else end
    elif text[end - 1 : end] == ")":
        noted = _NOTED.search(text, max(start, end - 30), end)
        end = noted.start() if noted else end
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return end > start and text[end - 1] in ".!?"


def _stops(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The stops in ``text[start:end]`` after which a sentence may begin."""
    for stop in _SENTENCE_END.finditer(text, start, end):
        if not stop["next"].islower():
            yield stop


def _prose(text: str, start: int, end: int) -> list[Unit]:
    """Lines that do not end like a sentence are one bare line; prose is its sentences, up
    to its last line that ends like one (a letter's signature on the next line, "João
    Ferreira, Santarém", is a bare line of its own)."""
    if start == end:
        return []
    lines = [_strip(text, a, b) for a, b in _lines(text, start, end)]  # "water. \n" ends one
    if (
        len(lines) > 1
        and not _ends_like_sentence(text, *lines[0])
        and text[lines[1][0] : lines[1][0] + 1] in _OPENING_QUOTES
    ):
        # a line that names who speaks the quotation under it ("SOUNDBITE: ALICIA BENÍTEZ,
        # Paraguay's Minister" over '"This energy belongs ..."') is a line of its own
        return [(*lines[0], SegmentKind.LINE), *_prose(text, lines[1][0], end)]
    if not _ends_like_sentence(text, start, end):
        ending = next((b for a, b in reversed(lines) if _ends_like_sentence(text, a, b)), None)
        if ending is None:
            return [(start, end, SegmentKind.LINE)]
        return [*_prose(text, start, ending), (*_strip(text, ending, end), SegmentKind.LINE)]
    return [
        (a, b, SegmentKind.LINE if _NOTE.fullmatch(text, a, b) else SegmentKind.SENTENCE)
        for a, b in sentence_spans(text, start, end)
    ]


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, cut at its stops as prose is (never after a
    title: "Dr."), whether or not it ends with one: a list item may hold several."""
    spans: list[tuple[int, int]] = []
    begin = start
    for stop in _stops(text, start, end):
        if _is_title(text, begin, stop.start()) or _names_an_institution(text, begin, stop):
            continue
        spans.append(_strip(text, begin, stop.end()))
        begin = stop.end()
    spans.append(_strip(text, begin, end))
    return [(a, b) for a, b in spans if b > a]


def sentences(text: str) -> list[Segment]:
    """Only the prose sentences: what claims are expected to cite."""
    return [s for s in segments(text) if s.kind is SegmentKind.SENTENCE]


class SegmentIndex:
    """The article split once, for finding the sentences around any number of spans."""

    def __init__(self, text: str) -> None:
        self.segments = segments(text)
        self._starts = [s.start for s in self.segments]
        self._ends = [s.end for s in self.segments]

    def context(self, start: int, end: int) -> tuple[int, int]:
        """The span of the whole sentences (or lines) that a span ``start..end`` touches."""
        # Segments are in order and do not overlap: the first touched is the first to end
        # after ``start``, the last the last to begin before ``end`` (a point touches the
        # segment it is in).
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, max(end, start + 1)) - 1
        if first > last:
            return start, end
        return min(self._starts[first], start), max(self._ends[last], end)


def _names_an_institution(text: str, begin: int, stop: re.Match[str]) -> bool:
    """Whether a stop closes initials that one of their institutions follows ("U.S. Navy")."""
    word = _WORD.match(text, stop.start("next"))
    return (
        word is not None
        and word.group() in _INSTITUTIONS
        and _INITIALS.search(text, max(begin, stop.end() - _INITIALS_REACH), stop.end()) is not None
    )


def _is_title(text: str, begin: int, dot: int) -> bool:
    """Whether the word just before ``dot`` is a title such as "Dr". It looks back no further
    than the longest title, so a run of titles costs no more than its length."""
    # The usual case, a word longer than any title, is told without the search: letters
    # and digits are word characters, so no title-long word can start in those.
    longer = dot - _LONGEST_TITLE - 1
    if longer >= begin and text[longer:dot].isalnum():
        return False
    word = _TITLE_WORD.search(text, max(begin, dot - _LONGEST_TITLE), dot)
    return word is not None and word.group().lower() in _TITLES


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
