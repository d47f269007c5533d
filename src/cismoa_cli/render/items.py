"""Mixed items (actors, interests, relations, implications) as one flat listing, and the
small Rich pieces every tree is built from: an item's line, a quote with its offsets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from ..models import Actor, Evidence, Implication, Interest, Item, Relation, item_type
from ..vocabulary import voice_label
from .listing import Column, Listing, Row, plain
from .views import (
    CERTAINTY_STYLE,
    DIRECTION_STYLE,
    evidence_cell,
    implication_style,
    quote_style,
)


def item_actors(item: Item) -> tuple[str, ...]:
    if isinstance(item, Actor):
        return (item.id,)
    if isinstance(item, Interest):
        return (item.actor,)
    if isinstance(item, Relation):
        return item.actors
    return item.affects


def items_listing(title: str, items: Sequence[Item], records: Any = None) -> Listing:
    """Any items as rows of the same columns; the fields an item lacks are left empty."""
    columns = (
        Column("id", lambda row: "bold"),
        Column("type"),  # actor, interest, relation or implication
        Column("kind"),  # an actor's kind (state, region, ...) or a relation's (rivalry, ...)
        Column("actors"),
        Column("domain"),
        Column("direction"),
        Column("certainty"),
        Column("horizon"),
        Column("asserted_by"),
        Column("statement", wide=True),
        Column("evidence", quote_style, wide=True),
    )
    rows: list[Row] = []
    for item in items:
        statement = item.statement if not isinstance(item, Actor) else item.summary
        kind = item.kind.value if isinstance(item, Actor | Relation) else None
        row: Row = (item.id, item_type(item), kind, item_actors(item))
        if isinstance(item, Implication):
            row += (*item.labels(), item.asserted_by)
        else:
            row += (None, None, None, None, None)
        rows.append((*row, statement, evidence_cell(item.evidence)))
    if records is None:
        records = [{"type": item_type(i), **i.model_dump(mode="json")} for i in items]
    return Listing(title, columns, tuple(rows), records)


def quote_line(evidence: Evidence) -> Text:
    line = plain(f"\u201c{evidence.quote}\u201d", "italic")
    line.append(f"  [{evidence.start}\u2013{evidence.end}]", style="dim")
    return line


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
        line.append("\n")
        line.append_text(plain(item.statement))
    elif isinstance(item, Interest):
        line.append_text(plain(f"{names.get(item.actor, item.actor)} wants: ", "cyan"))
        line.append_text(plain(item.statement))
    else:
        line.append_text(plain(f"{item.name} · {item.kind.value}", "cyan"))
        line.append("\n")
        line.append_text(plain(item.summary))
    return line
