"""What the SVG map is drawn on: a canvas that keeps the box of every node and label it
holds, so that a label can be placed where it meets nothing, and the text and coordinate
forms every part of the map shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from ..textio import visible
from .textsize import text_width

TITLE_SIZE = 16
NAME_SIZE = 13
SMALL_SIZE = 11
ASCENT, DESCENT = 0.93, 0.24  # of the font size, as browsers box a line of DejaVu Sans
MAX_NAME = 40  # characters of a name shown; the whole name is in the node's tooltip
MARGIN = 3.0  # kept between labels: a map scaled down to a phone rounds text boxes up
_SPACES = re.compile("[ \t\n\r]+")


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: a node or a label as the page will box it."""

    x0: float
    y0: float
    x1: float
    y1: float
    what: str  # "node" or "label"
    owner: str = ""  # the node a label belongs to, if any

    def meets(self, other: Box) -> bool:
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )


@dataclass
class Canvas:
    """The SVG being drawn and the boxes taken so far."""

    parts: list[str] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)

    def free(self, box: Box) -> bool:
        """Whether ``box``, with a margin for browsers rounding small text, meets nothing."""
        wide = Box(box.x0 - MARGIN, box.y0 - MARGIN, box.x1 + MARGIN, box.y1 + MARGIN, box.what)
        return not any(wide.meets(taken) for taken in self.boxes)

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float,
        css: str,
        *,
        anchor: str = "start",
        owner: str = "",
    ) -> None:
        width = text_width(text, size)
        x0 = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
        box = Box(
            x0, baseline - ASCENT * size, x0 + width, baseline + DESCENT * size, "label", owner
        )
        self.boxes.append(box)
        anchor_attribute = "" if anchor == "start" else f' text-anchor="{anchor}"'
        self.parts.append(
            f'<text x="{px(x)}" y="{px(baseline)}" font-size="{size}" class="{css}"'
            f"{anchor_attribute}>{escape(text)}</text>"
        )


def flat(text: str) -> str:
    """Text on one line: each run of spaces, tabs and line ends one space, as HTML shows it
    (other control characters stay, for :func:`visible` to spell out)."""
    return _SPACES.sub(" ", text).strip(" ")


def cut(text: str, most: int = MAX_NAME) -> str:
    """Data text for one line of the map: visible, flattened, at most ``most`` characters."""
    line = visible(flat(text))
    return line if len(line) <= most else line[: most - 1] + "\u2026"


def px(value: float) -> str:
    """A coordinate: one decimal at most, no trailing zeros, never "-0"."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
