"""The small Rich pieces every tree is built from: an item's line, a quote with its
offsets."""

from __future__ import annotations

from ..evidence import offsets
from ..models import Evidence, Implication, Interest, Item, Relation, Voice, said
from ..textio import visible
from ..vocabulary import ARTICLE_VOICE, Certainty, voice_label
from .outline import Label
from .views import CERTAINTY_STYLE, DIRECTION_STYLE, implication_style


def quote_line(evidence: Evidence) -> Label:
    quote = visible(f"\u201c{evidence.quote}\u201d")
    return Label.of([(quote, ""), (f"  [{offsets(evidence)}]", "dim")], "italic")


def _said_by(item: Interest | Relation, names: dict[str, str]) -> list[tuple[str, str]]:
    """How surely and on whose word an interest or relation stands, when not flatly on the
    article's: `` (possible, asserted by critics)``."""
    said = [] if item.certainty is Certainty.ASSERTED else [item.certainty.value]
    if item.asserted_by != ARTICLE_VOICE:
        said.append(f"asserted by {voice_label(item.asserted_by, names)}")
    return [(visible(f" ({', '.join(said)})"), "dim")] if said else []


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
        pieces += [(visible(f"{item.kind.value}: {pair}"), "cyan"), *_said_by(item, names)]
        pieces += [("\n", ""), (visible(item.statement), "")]
    elif isinstance(item, Interest):
        pieces.append((visible(f"{names.get(item.actor, item.actor)} wants"), "cyan"))
        pieces += [*_said_by(item, names), (": ", "cyan"), (visible(item.statement), "")]
    else:
        kind = f"voice, {item.kind.value}" if isinstance(item, Voice) else item.kind.value
        pieces += [(visible(f"{item.name} · {kind}"), "cyan"), ("\n", "")]
        pieces.append((visible(said(item)), ""))
    return Label.of(pieces, "bold")
