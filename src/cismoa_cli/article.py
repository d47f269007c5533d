"""The article's structure: its prose sentences and its bare lines (headline, dateline, tags).

A paragraph that does not end like a sentence (a headline, a dateline, a run of tags) is a
*line*, not prose: it carries metadata, and no claim is expected to cite it. Prose is split
into sentences at ``.``, ``!`` or ``?`` followed by a space and a capital letter, so the
"U.S." in "the U.S. and China" stays inside its sentence while the one in "with the U.S. The
renewal" ends one. Titles such as "Dr." never end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u2019\u201d]*(?=\s+[\"'(\[\u2018\u201cA-Z0-9])")
_FINAL = re.compile(r"[.!?][\"')\]\u2019\u201d]*\s*$")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sen", "rep", "gov", "capt"}
    | {"maj", "sgt", "jr", "sr", "no", "vs", "etc", "fig"}
)


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


def context(
    text: str, start: int, end: int, found: Sequence[Segment] | None = None
) -> tuple[int, int]:
    """The span of the whole sentences (or lines) that a span ``start..end`` touches.

    ``found`` is ``segments(text)`` when the caller already has it: a reader asking for the
    context of one quote after another then never re-splits the article.
    """
    found = segments(text) if found is None else found
    # Segments are in order and do not overlap, so their ends ascend too.
    first = bisect_right(found, start, key=lambda s: s.end)
    touched = []
    for segment in found[first:]:
        if segment.start >= max(end, start + 1):
            break
        touched.append(segment)
    if not touched:
        return start, end
    return min(touched[0].start, start), max(touched[-1].end, end)


def _is_title(text: str, begin: int, dot: int) -> bool:
    word = re.search(r"(\w+)$", text[begin:dot])
    return word is not None and word.group(1).lower() in _TITLES


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
