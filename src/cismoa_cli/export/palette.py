"""The colours and line styles every drawing of the actor map shares, so that DOT, Mermaid
and the report's own map read the same way. Colour always comes with words or marks."""

from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import Direction, RelationKind
from .actormap import Lean

# Stroke colours, dark enough for text on white and for lines on a dark page.
DIRECTION_COLOURS = {
    Direction.RISK: "#b3261e",
    Direction.BENEFIT: "#1e7b45",
    Direction.MIXED: "#a15c00",
    Direction.NEUTRAL: "#6b7280",
}

# An actor node's fill and outline by its lean.
LEAN_FILLS = {
    Lean.RISK: ("#f9d6d2", "#b3261e"),
    Lean.BENEFIT: ("#cfead8", "#1e7b45"),
    Lean.EVEN: ("#f3e7b5", "#8a6d00"),
    Lean.NONE: ("#ffffff", "#9ca3af"),
}

VOICE_FILL = ("#eef0f3", "#6b7280")


@dataclass(frozen=True)
class TieStyle:
    """How one kind of relation is drawn."""

    colour: str
    description: str  # the line in words, for legends
    double: bool = False  # two parallel lines
    width: float = 1.5
    dash: str | None = None  # an SVG dash pattern
    barred: bool = False  # a bar across each end


TIE_STYLES = {
    RelationKind.AGREEMENT: TieStyle("#1d4e89", "double line", double=True),
    RelationKind.ALLIANCE: TieStyle("#1d4e89", "thick line", width=4),
    RelationKind.PARTNERSHIP: TieStyle("#2f7f9e", "solid line", width=2),
    RelationKind.RIVALRY: TieStyle("#b3261e", "dashed line, barred ends", dash="7 4", barred=True),
    RelationKind.DEPENDENCY: TieStyle("#6b4f9e", "dotted line", width=2, dash="2 3"),
}
