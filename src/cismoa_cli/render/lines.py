"""The small Rich pieces every tree is built from: an item's line, a quote with its
offsets."""

from __future__ import annotations

from rich.text import Text

from ..evidence import offsets
from ..models import Evidence, Implication, Interest, Item, Relation, Voice, said
from ..vocabulary import ARTICLE_VOICE, Certainty, voice_label
from .table import plain
from .views import CERTAINTY_STYLE, DIRECTION_STYLE, implication_style


def quote_line(evidence: Evidence) -> Text:
    line = plain(f"\u201c{evidence.quote}\u201d", "italic")
    line.append(f"  [{offsets(evidence)}]", style="dim")
    return line


def _said_by(item: Interest | Relation, names: dict[str, str]) -> Text:
    """How surely and on whose word an interest or relation stands, when not flatly on the
    article's: `` (possible, asserted by critics)``."""
    said = [] if item.certainty is Certainty.ASSERTED else [item.certainty.value]
    if item.asserted_by != ARTICLE_VOICE:
        said.append(f"asserted by {voice_label(item.asserted_by, names)}")
    return plain(f" ({', '.join(said)})", "dim") if said else Text("")


def item_line(item: Item, names: dict[str, str]) -> Text:
    """One line naming an item: its id, its labels in words, and its statement."""
    line = Text(item.id, style="bold")
    line.append("  ")
    if isinstance(item, Implication):
        line.append(item.direction.value, style=DIRECTION_STYLE[item.direction])
        line.append(" · ")
        line.append(item.certainty.value, style=CERTAINTY_STYLE[item.certainty])
        line.append(f" · {item.horizon.value} · ")
        line.append_text(plain(f"asserted by {voice_label(item.asserted_by, names)}"))
        line.append(" · affects ")
        line.append_text(plain(", ".join(names.get(a, a) for a in item.affects)))
        line.append("\n")
        line.append_text(plain(item.statement, implication_style(item)))
    elif isinstance(item, Relation):
        pair = " \u2194 ".join(names.get(a, a) for a in item.actors)
        line.append_text(plain(f"{item.kind.value}: {pair}", "cyan"))
        line.append_text(_said_by(item, names))
        line.append("\n")
        line.append_text(plain(item.statement))
    elif isinstance(item, Interest):
        line.append_text(plain(f"{names.get(item.actor, item.actor)} wants", "cyan"))
        line.append_text(_said_by(item, names))
        line.append_text(plain(": ", "cyan"))
        line.append_text(plain(item.statement))
    else:
        kind = f"voice, {item.kind.value}" if isinstance(item, Voice) else item.kind.value
        line.append_text(plain(f"{item.name} · {kind}", "cyan"))
        line.append("\n")
        line.append_text(plain(said(item)))
    return line
