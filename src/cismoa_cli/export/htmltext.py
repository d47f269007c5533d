"""The pieces of the HTML report made from the data: text escaped (control characters
spelled out, so none of it can become markup), links to items and to the quotes' marks in
the article, and a section of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..evidence import offsets
from ..models import Evidence
from ..textio import visible
from ..vocabulary import Direction
from .actormap import DIRECTION_MARKS, VOICE_NAMES
from .marks import Span
from .svgcanvas import flat


def collapsed_text(text: str) -> str:
    """Data text on one line, control characters spelled out (not yet escaped)."""
    return visible(flat(text))


def escaped(text: str) -> str:
    """Data text for HTML content or an attribute value."""
    return escape(collapsed_text(text))


def link(target: str, words: str) -> str:
    return f'<a href="#{escape(target)}">{words}</a>'


def id_link(item_id: str) -> str:
    return link(item_id, f"<code>{escape(item_id)}</code>")


def quote_links(evidence: Sequence[Evidence], length: int) -> str:
    """Each quote, linking to its mark in the article."""
    links = []
    for e in evidence:
        span = Span(min(e.start, length), min(e.end, length))
        links.append(
            f'<a class="quote" href="#{span.anchor}">\u201c{escaped(e.quote)}\u201d</a>'
            f' <span class="offsets">{escape(offsets(e))}</span>'
        )
    return "<br>".join(links)


def direction_mark(direction: Direction) -> str:
    return (
        f'<span class="dir dir-{direction.value}">{DIRECTION_MARKS[direction]}'
        f" {direction.value}</span>"
    )


def voice_name(voice: str, names: dict[str, str]) -> str:
    return VOICE_NAMES.get(voice) or names.get(voice, voice)


def section(anchor: str, heading: str, content: str) -> str:
    return (
        f'<section id="{anchor}" aria-labelledby="{anchor}-h">'
        f'<h2 id="{anchor}-h">{heading}</h2>{content}</section>'
    )
