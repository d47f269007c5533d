"""The small Rich pieces every tree is built from: an item's line, a quote with its
offsets."""

from __future__ import annotations

from ..models import Evidence, Implication, Interest, Item, Relation
from ..textio import visible
from ..vocabulary import voice_label
from .outline import Label
from .views import CERTAINTY_STYLE, DIRECTION_STYLE, implication_style


def quote_line(evidence: Evidence) -> Label:
    quote = visible(f"\u201c{evidence.quote}\u201d")
    return Label.of([(quote, ""), (f"  [{evidence.start}\u2013{evidence.end}]", "dim")], "italic")


def item_line(item: Item, names: dict[str, str]) -> Label:
    """One line naming an item: its id, its labels in words, and its statement."""
    pieces = [(item.id, ""), ("  ", "")]
    if isinstance(item, Implication):
        affected = ", ".join(names.get(a, a) for a in item.affects)
        pieces += [
            (item.direction.value, DIRECTION_STYLE[item.direction]),
            (" · ", ""),
            (item.certainty.value, CERTAINTY_STYLE[item.certainty]),
            (f" · {item.horizon.value} · ", ""),
            (visible(f"asserted by {voice_label(item.asserted_by, names)}"), ""),
            (" · affects ", ""),
            (visible(affected), ""),
            ("\n", ""),
            (visible(item.statement), implication_style(item)),
        ]
    elif isinstance(item, Relation):
        pair = " \u2194 ".join(names.get(a, a) for a in item.actors)
        pieces += [(visible(f"{item.kind.value}: {pair}"), "cyan"), ("\n", "")]
        pieces.append((visible(item.statement), ""))
    elif isinstance(item, Interest):
        pieces.append((visible(f"{names.get(item.actor, item.actor)} wants: "), "cyan"))
        pieces.append((visible(item.statement), ""))
    else:
        pieces += [(visible(f"{item.name} · {item.kind.value}"), "cyan"), ("\n", "")]
        pieces.append((visible(item.summary), ""))
    return Label.of(pieces, "bold")
