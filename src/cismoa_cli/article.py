"""The article's structure: its prose sentences and its bare lines (headline, dateline, tags).

A paragraph that does not end like a sentence (a headline, a dateline, a run of tags) is a
*line*, not prose: it carries metadata, and no claim is expected to cite it. Prose is split
into sentences at ``.``, ``!`` or ``?`` followed by a space and a capital letter, so the
"U.S." in "the U.S. and China" stays inside its sentence while the one in "with the U.S. The
renewal" ends one. Titles such as "Dr." or "Gen." and a month's abbreviation ("Jan. 5")
never end a sentence.

Windows (CRLF) and old Mac (CR) line endings break lines as LF does; offsets are always
counted in the article as stored. Every step is linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum

_BREAK = r"(?:\r\n|\r|\n)"
_PARAGRAPH = re.compile(rf"[^\r\n]+(?:{_BREAK}(?![ \t]*{_BREAK})[^\r\n]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u2019\u201d]*(?=\s+[\"'(\[\u2018\u201cA-Z0-9])")
_FINAL = re.compile(r"[.!?][\"')\]\u2019\u201d]*\s*$")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sen", "rep", "gov", "capt"}
    | {"maj", "sgt", "jr", "sr", "no", "vs", "etc", "fig", "adm", "brig", "cmdr", "amb", "rev"}
    # Months as datelines abbreviate them ("on Jan. 5"): a number follows, not a sentence.
    | {"jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_LONGEST_TITLE = max(map(len, _TITLES))
# A whole word of a title's length at most, just before where the search stops (the dot).
_TITLE_WORD = re.compile(rf"(?<!\w)\w{{1,{_LONGEST_TITLE}}}\Z")


class SegmentKind(str, Enum):
    SENTENCE = "sentence"
    LINE = "line"


@dataclass(frozen=True)
class Segment:
    """A sentence or a bare line, as code-point offsets into the article (end exclusive)."""

    start: int
    end: int
    kind: SegmentKind


def segments(text: str) -> list[Segment]:
    """The article's sentences and bare lines, in order."""
    found: list[Segment] = []
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = _strip(text, paragraph.start(), paragraph.end())
        if start == end:
            continue
        if not _FINAL.search(text, start, end):
            found.append(Segment(start, end, SegmentKind.LINE))
            continue
        begin = start
        for stop in _SENTENCE_END.finditer(text, start, end):
            if _is_title(text, begin, stop.start()):
                continue
            found.append(Segment(*_strip(text, begin, stop.end()), SegmentKind.SENTENCE))
            begin = stop.end()
        found.append(Segment(*_strip(text, begin, end), SegmentKind.SENTENCE))
    return found


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


def _is_title(text: str, begin: int, dot: int) -> bool:
    """Whether the word just before ``dot`` is a title such as "Dr". It looks back no further
    than the longest title, so a run of titles costs no more than its length."""
    word = _TITLE_WORD.search(text, max(begin, dot - _LONGEST_TITLE), dot)
    return word is not None and word.group().lower() in _TITLES


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
