"""The cited spans of the article: which places are cited, by which items, and the article
cut into screen lines. Pure functions and data, no Textual."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from rich.cells import cell_len, get_character_cell_size

from ..evidence import spans
from ..models import Dossier, Implication, Item
from ..textio import escape_char, visible

Span = tuple[int, int]  # start, end: code points into the article, end exclusive


class Coverage:
    """How many spans cover each place of the article, as runs of equal count."""

    def __init__(self, cited: Iterable[Span]) -> None:
        changes: dict[int, int] = {}
        for start, end in cited:
            if start < end:
                changes[start] = changes.get(start, 0) + 1
                changes[end] = changes.get(end, 0) - 1
        self.bounds = sorted(changes)
        self.counts = list(accumulate(changes[b] for b in self.bounds))

    def runs(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """(start, end, count) for each run of equal coverage inside ``start..end``."""
        here = start
        index = bisect_right(self.bounds, start) - 1
        while here < end:
            count = self.counts[index] if index >= 0 else 0
            upto = self.bounds[index + 1] if index + 1 < len(self.bounds) else end
            stop = min(upto, end)
            yield here, stop, count
            here = stop
            index += 1


@dataclass(frozen=True)
class Citations:
    """Every cited span with the items citing it."""

    cited: list[tuple[int, int, str]]  # (start, end, item id), in article order
    items: dict[str, Item]
    longest: int

    @classmethod
    def of(cls, dossier: Dossier) -> Citations:
        cited = spans(dossier)
        items = {item.id: item for _, _, item in dossier.items()}
        return cls(cited, items, max((e - s for s, e, _ in cited), default=0))

    def distinct(self) -> int:
        """How many different places are cited (by any item, as the HTML report marks them)."""
        return len({(s, e) for s, e, _ in self.cited if s < e})

    def coverage(self) -> Coverage:
        return Coverage((s, e) for s, e, _ in self.cited)

    def citing(self, start: int, end: int) -> list[Item]:
        """The items whose quotes overlap ``start..end``."""
        # A span that overlaps starts before ``end`` and at most ``longest`` before ``start``.
        low = bisect_left(self.cited, (start - self.longest,))
        high = bisect_left(self.cited, (end,))
        ids = dict.fromkeys(i for s, e, i in self.cited[low:high] if e > start)
        return [self.items[i] for i in ids]

    def at(self, offset: int) -> Span | None:
        """The shortest cited span covering ``offset``, if any."""
        low = bisect_left(self.cited, (offset - self.longest,))
        high = bisect_right(self.cited, (offset, float("inf")))
        here = [(e - s, s, e) for s, e, _ in self.cited[low:high] if s <= offset < e]
        return (min(here)[1], min(here)[2]) if here else None


def selection_spans(shown: Iterable[Implication]) -> list[Span]:
    """The places the shown implications cite, each once, in article order: what the
    filters and the search keep, as the table lists it."""
    return sorted({(e.start, e.end) for item in shown for e in item.evidence})


def wrap(article: str, width: int) -> list[Span]:
    """The article cut into screen lines of at most ``width`` cells, at spaces where it can,
    at its own line breaks always; each line as the span of the article it shows.

    A control character counts as wide as its visible spelling (``\\x1b`` is four cells).
    """
    width = max(width, 8)
    lines: list[Span] = []
    start = 0
    for line in article.split("\n"):
        end = start + len(line)
        if cell_len(line) == len(line) and visible(line) == line:
            lines += _wrap_plain(article, start, end, width)
        else:
            lines += _wrap_measured(article, start, end, width)
        start = end + 1
    return lines


def _wrap_plain(article: str, start: int, end: int, width: int) -> list[Span]:
    """Lines of text whose every character is one cell: cut by counting characters."""
    lines: list[Span] = []
    while end - start > width:
        space = article.rfind(" ", start, start + width + 1)
        if space <= start:
            lines.append((start, start + width))
            start += width
        else:
            lines.append((start, space))
            start = space + 1
    lines.append((start, end))
    return lines


def _wrap_measured(article: str, start: int, end: int, width: int) -> list[Span]:
    """Lines of text with wide or control characters: cut by measuring each one."""
    lines: list[Span] = []
    used = 0
    space = -1
    line_start = start
    for here in range(start, end):
        char = article[here]
        cells = len(escape_char(char)) if visible(char) != char else get_character_cell_size(char)
        if used + cells > width and here > line_start:
            if space > line_start:
                lines.append((line_start, space))
                line_start = space + 1
            else:
                lines.append((line_start, here))
                line_start = here
            used = cell_len(visible(article[line_start:here]))
            space = -1
        if char == " ":
            space = here
        used += cells
    lines.append((line_start, end))
    return lines
