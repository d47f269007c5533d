"""Listings for each kind of item, with the styles a terminal gives them.

Colour is never the only signal: direction and certainty are always spelled out in their
own columns; the colour of a statement repeats them (red risk, green benefit; bold when
asserted, italic when only possible or conditional).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..findings import ActorCounts, VoiceCounts
from ..models import Actor, Dossier, Evidence, Implication, Interest, Relation
from ..textio import Quoted
from ..vocabulary import Certainty, Direction, Status
from .listing import Column, Listing, Row

DIRECTION_STYLE = {
    Direction.RISK: "red",
    Direction.BENEFIT: "green",
    Direction.MIXED: "yellow",
    Direction.NEUTRAL: "",
}
CERTAINTY_STYLE = {
    Certainty.ASSERTED: "bold",
    Certainty.EXPECTED: "",
    Certainty.POSSIBLE: "italic",
    Certainty.CONDITIONAL: "italic dim",
}


def status_marked(
    columns: tuple[Column, ...], rows: tuple[Row, ...], statuses: Sequence[Status]
) -> tuple[tuple[Column, ...], tuple[Row, ...]]:
    """The columns and rows, and a last column "status" if any row is proposed (what a
    drafter proposed stands out on a terminal, what a reader accepted is dim). A listing of
    a reader's dossier has no such column, as it had none before drafts."""
    if Status.PROPOSED not in statuses:
        return columns, rows
    marked = tuple((*row, s.value) for row, s in zip(rows, statuses, strict=True))
    return (*columns, Column("status", _status_style)), marked


def _status_style(row: Row) -> str:
    return "bold" if row[-1] == Status.PROPOSED.value else "dim"


def quote_style(row: Row) -> str:
    return "italic"


def implication_style(item: Implication) -> str:
    """How a terminal shows an implication: colour for direction, weight for certainty."""
    return f"{DIRECTION_STYLE[item.direction]} {CERTAINTY_STYLE[item.certainty]}".strip()


def evidence_cell(evidence: Sequence[Evidence]) -> Quoted:
    """An item's quotes: each with its offsets in TSV, CSV and JSON, the words on a terminal."""
    return Quoted(tuple(evidence), tuple(e.quote for e in evidence))


def actors_listing(actors: Sequence[Actor], counts: Mapping[str, ActorCounts]) -> Listing:
    rows: list[Row] = []
    for actor in actors:
        count = counts[actor.id]
        rows.append(
            (
                actor.id,
                actor.name,
                actor.kind.value,
                count.interests,
                count.implications,
                count.risks,
                count.benefits,
            )
        )
    columns = (
        Column("id", lambda row: "bold"),
        Column("name"),
        Column("kind"),
        Column("interests"),
        Column("implications"),
        Column("risks", lambda row: "red" if row[5] else ""),
        Column("benefits", lambda row: "green" if row[6] else ""),
    )
    records = [
        {**actor.model_dump(mode="json"), "counts": _counts(counts[actor.id])} for actor in actors
    ]
    statuses = [actor.status for actor in actors]
    return Listing("Actors", *status_marked(columns, tuple(rows), statuses), records)


def _counts(count: ActorCounts) -> dict[str, int]:
    """What the table of actors counts, for JSON."""
    return {
        "interests": count.interests,
        "implications": count.implications,
        "risks": count.risks,
        "benefits": count.benefits,
    }


# The directions a voice's implications are counted by, as its listing names them.
_BY_DIRECTION = {
    "risks": Direction.RISK.value,
    "benefits": Direction.BENEFIT.value,
    "mixed": Direction.MIXED.value,
    "neutral": Direction.NEUTRAL.value,
}


def voices_listing(found: Sequence[VoiceCounts]) -> Listing:
    """Who asserts what: each voice, its claims, its implications by direction, and the
    actors they are about."""
    columns = (
        Column("id", lambda row: "bold"),
        Column("name"),
        Column("kind"),
        Column("interests"),
        Column("relations"),
        Column("implications"),
        Column("risks", lambda row: "red" if row[6] else ""),
        Column("benefits", lambda row: "green" if row[7] else ""),
        Column("mixed"),
        Column("neutral"),
        Column("about"),
    )
    rows: tuple[Row, ...] = tuple(
        (
            v.id,
            v.name,
            v.kind,
            v.interests,
            v.relations,
            v.implications,
            *(v.directions[d] for d in _BY_DIRECTION.values()),
            v.about,
        )
        for v in found
    )
    records = [
        {
            "id": v.id,
            "name": v.name,
            "kind": v.kind,
            "counts": {
                "interests": v.interests,
                "relations": v.relations,
                "implications": v.implications,
                **{key: v.directions[d] for key, d in _BY_DIRECTION.items()},
            },
            "about": list(v.about),
            "status": v.status.value,
        }
        for v in found
    ]
    statuses = [v.status for v in found]
    return Listing("Voices", *status_marked(columns, rows, statuses), records)


def interests_listing(items: Sequence[Interest]) -> Listing:
    columns = (
        Column("id"),
        Column("actor"),
        Column("statement", wide=True),
        Column("evidence", quote_style, wide=True),
    )
    rows = tuple((i.id, i.actor, i.statement, evidence_cell(i.evidence)) for i in items)
    statuses = [i.status for i in items]
    return Listing("Interests", *status_marked(columns, rows, statuses), list(items))


def relations_listing(items: Sequence[Relation]) -> Listing:
    columns = (
        Column("id"),
        Column("actors"),
        Column("kind"),
        Column("statement", wide=True),
        Column("evidence", quote_style, wide=True),
    )
    rows = tuple(
        (r.id, r.actors, r.kind.value, r.statement, evidence_cell(r.evidence)) for r in items
    )
    statuses = [r.status for r in items]
    return Listing("Relations", *status_marked(columns, rows, statuses), list(items))


def implications_listing(items: Sequence[Implication]) -> Listing:
    """The implications, in the columns of every implication table cismoa writes: the
    listing in any format, and `cismoa export csv` (the field order of the dossier; status
    last, and only if any of them is proposed)."""
    by_id = {item.id: item for item in items}

    def styled(row: Row) -> str:
        return implication_style(by_id[str(row[0])])

    columns = (
        Column("id"),
        Column("statement", styled, wide=True),
        Column("affects"),
        Column("domain"),
        Column("direction", lambda row: DIRECTION_STYLE[Direction(row[4])]),
        Column("certainty", lambda row: CERTAINTY_STYLE[Certainty(row[5])]),
        Column("horizon"),
        Column("asserted_by"),
        Column("hedge"),
        # On a terminal the statement says it; `cismoa show ID` gives the quotes in context.
        Column("evidence", wide=True, table=False),
    )
    rows = tuple(
        (
            i.id,
            i.statement,
            i.affects,
            *i.labels(),
            i.asserted_by,
            i.hedge,
            evidence_cell(i.evidence),
        )
        for i in items
    )
    statuses = [i.status for i in items]
    return Listing("Implications", *status_marked(columns, rows, statuses), list(items))


def source_listing(dossier: Dossier, article: str) -> Listing:
    source = dossier.source
    record = {**source.model_dump(mode="json"), "text": article}
    rows: tuple[Row, ...] = (
        ("title", source.title),
        ("place", source.place),
        ("tags", Quoted(source.tags, source.tags)),
        ("sha256", source.sha256),
        ("text", article),
    )
    return Listing(
        "Source",
        (Column("field", lambda row: "bold"), Column("value", wide=True, multiline=True)),
        rows,
        record,
    )
