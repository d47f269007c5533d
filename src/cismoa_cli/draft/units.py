"""The units a claim may stand in: the article's sentences (``article.py``'s splitter) and
its list lines, with headings and bare lines set apart.

``article.py`` already makes each list item, heading and continued item a segment of its
own; ``list_lines`` only takes a list item's marker ("- ", "2) ") off the unit, so that a
claim's quote starts at its words, cuts a list item of several sentences into them, and cuts
a bare segment of several lines into its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ..article import Segment, SegmentKind, segments, sentence_spans

_LINE = re.compile(r"[^\r\n]+")
# A list item's marker: a dash, bullet or star, or a number or letter and a dot or bracket.
_MARKER = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014]|\d{1,3}[.)]|[a-z][.)])[ \t]+")


class UnitKind(str, Enum):
    SENTENCE = "sentence"
    ITEM = "item"  # a list item
    LINE = "line"  # a heading, a title, a dateline, a byline: no claim expected


@dataclass(frozen=True)
class Unit:
    """A sentence, list item or bare line, as code-point offsets (end exclusive)."""

    start: int
    end: int
    kind: UnitKind


def units(text: str) -> list[Unit]:
    """The article's units in order: sentences, list items, bare lines."""
    return [
        Unit(start, end, kind)
        for segment in segments(text)
        for start, end, kind in list_lines(text, segment)
    ]


def list_lines(text: str, segment: Segment) -> list[tuple[int, int, UnitKind]]:
    """A segment cut at each line that opens with a list marker, markers left out; a bare
    line of several lines cut into its lines."""
    kind = UnitKind.SENTENCE if segment.kind is SegmentKind.SENTENCE else UnitKind.LINE
    lines = list(_LINE.finditer(text, segment.start, segment.end))
    marked = [_MARKER.match(text, line.start(), line.end()) for line in lines]
    if len(lines) == 1 and marked[0] is None:
        return [(segment.start, segment.end, kind)]
    if not any(marked) and kind is UnitKind.SENTENCE:
        return [(segment.start, segment.end, kind)]
    found: list[tuple[int, int, UnitKind]] = []
    for line, marker in zip(lines, marked, strict=True):
        start = marker.end() if marker else line.start()
        end = line.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if marker is not None:
            found.append((start, end, UnitKind.ITEM))
        elif found and kind is UnitKind.SENTENCE and found[-1][2] is UnitKind.ITEM:
            # A list item that runs on to the next line, without a marker.
            found[-1] = (found[-1][0], end, UnitKind.ITEM)
        else:
            found.append((start, end, kind))
    # A list item of several sentences ("1. Guyana is the clear winner. Its farms ...") is
    # as many units: a hedge or a condition of one sentence is not the others'.
    return [
        (a, b, unit_kind)
        for start, end, unit_kind in found
        if end > start
        for a, b in (
            sentence_spans(text, start, end) if unit_kind is UnitKind.ITEM else [(start, end)]
        )
    ]
