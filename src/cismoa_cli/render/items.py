"""Mixed items (actors, interests, relations, implications) as one flat listing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models import Actor, Implication, Interest, Item, Relation, Voice, item_type, said
from .listing import Column, Listing, Row
from .views import evidence_cell, quote_style


def item_actors(item: Item) -> tuple[str, ...]:
    if isinstance(item, Actor):
        return (item.id,)
    if isinstance(item, Voice):
        return (item.affiliation,) if item.affiliation else ()
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
        kind = item.kind.value if isinstance(item, Actor | Voice | Relation) else None
        row: Row = (item.id, item_type(item), kind, item_actors(item))
        if isinstance(item, Implication):
            row += (*item.labels(), item.asserted_by)
        else:
            row += (None, None, None, None, None)
        rows.append((*row, said(item), evidence_cell(item.evidence)))
    if records is None:
        records = [{"type": item_type(i), **i.model_dump(mode="json")} for i in items]
    return Listing(title, columns, tuple(rows), records)
