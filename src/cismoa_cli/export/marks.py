"""The article as HTML with every cited span marked in place.

Each distinct cited span is one ``<mark id="_span-START-END" data-start data-end
data-items>``, its offsets the evidence's (code points, end exclusive) and ``data-items``
the ids citing it, space-separated, in file order. Spans nest as they do in the text. Where
one span starts inside another and ends after it, HTML cannot nest them, so the later part
continues in further ``<mark data-of="_span-START-END">`` pieces: the head and its pieces
together hold exactly the span's text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from ..models import Dossier
from ..textio import visible


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    @property
    def anchor(self) -> str:
        """The mark's id; item ids cannot start with "_", so it never meets one."""
        return f"_span-{self.start}-{self.end}"


def cited_spans(dossier: Dossier, length: int) -> dict[Span, list[str]]:
    """Each distinct cited span within the article's ``length``, with the ids citing it in
    file order, sorted by position."""
    cited: dict[Span, list[str]] = {}
    for _, _, item in dossier.items():
        for evidence in item.evidence:
            start, end = min(evidence.start, length), min(evidence.end, length)
            if start < end:
                ids = cited.setdefault(Span(start, end), [])
                if item.id not in ids:
                    ids.append(item.id)
    return dict(sorted(cited.items()))


def marked_article(article: str, spans: dict[Span, list[str]]) -> str:
    """The article's text, escaped, with a ``<mark>`` for each span."""
    starting: dict[int, list[Span]] = {}
    ending: dict[int, set[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
        ending.setdefault(span.end, set()).add(span)
    boundaries = sorted({0, len(article), *starting, *ending})
    out: list[str] = []
    open_marks: list[Span] = []  # innermost last
    for here, there in zip(boundaries, [*boundaries[1:], len(article)], strict=True):
        closing = ending.get(here, set())
        if closing:
            # Close from the innermost out until every span ending here is closed; the
            # others closed on the way reopen as continuations, the longest outermost.
            reopen: list[Span] = []
            while closing & set(open_marks):
                span = open_marks.pop()
                out.append("</mark>")
                if span not in closing:
                    reopen.append(span)
            for span in sorted(reopen, key=lambda s: -s.end):
                out.append(f'<mark data-of="{span.anchor}">')
                open_marks.append(span)
        for span in sorted(starting.get(here, ()), key=lambda s: -s.end):
            out.append(_head(span, spans[span]))
            open_marks.append(span)
        out.append(_text(article[here:there]))
    return "".join(out)


def _head(span: Span, ids: Iterable[str]) -> str:
    return (
        f'<mark id="{span.anchor}" tabindex="0" data-start="{span.start}" data-end="{span.end}"'
        f' data-items="{escape(" ".join(ids))}">'
    )


def _text(text: str) -> str:
    """Article text for HTML: escaped, control characters spelled out; tabs and line ends
    kept, a carriage return as a character reference (the page then holds it exactly, and no
    raw control character reaches a terminal the file is printed to)."""
    return escape(visible(text, keep="\n\r\t"), quote=False).replace("\r", "&#13;")
