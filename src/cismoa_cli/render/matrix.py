"""The actor x domain matrix: how many implications touch each actor in each domain, and
which way they lean."""

from __future__ import annotations

from typing import Protocol

from rich.table import Table
from rich.text import Text

from ..models import Dossier
from ..query import MatrixCell
from ..vocabulary import Domain
from . import Format
from .listing import Column, Listing, Row, View, plain

LEGEND = (
    "number = implications; \u25bc more risks than benefits (red), \u25b2 more benefits "
    "(green), \u25cf as many of each, or only neutral or mixed (yellow)"
)


class Leaning(Protocol):
    """Implications counted somewhere (a cell, an actor's row): how many, and which way."""

    @property
    def implications(self) -> int: ...

    @property
    def net(self) -> int: ...


def lean(cell: Leaning) -> tuple[str, str]:
    """The marker and colour of a cell: the marker alone carries the meaning."""
    if cell.implications == 0:
        return "", "dim"
    if cell.net < 0:
        return "\u25bc", "red"
    if cell.net > 0:
        return "\u25b2", "green"
    return "\u25cf", "yellow"


def matrix_view(dossier: Dossier, cells: list[MatrixCell]) -> View:
    table = Table(title="Implications by actor and domain", caption=LEGEND, title_justify="left")
    table.add_column("actor", style="bold")
    for domain in Domain:
        table.add_column(domain.value, justify="center")
    by_actor = {actor.id: actor for actor in dossier.actors}
    for actor_id in by_actor:
        row = [c for c in cells if c.actor == actor_id]
        shown: list[Text] = [plain(by_actor[actor_id].name)]
        for cell in row:
            marker, style = lean(cell)
            shown.append(Text(f"{cell.implications} {marker}".strip(), style=style))
        table.add_row(*shown)
    columns = (
        Column("actor"),
        Column("domain"),
        Column("implications"),
        Column("risks"),
        Column("benefits"),
        Column("net"),
    )
    rows: tuple[Row, ...] = tuple(
        (c.actor, c.domain.value, c.implications, c.risks, c.benefits, c.net) for c in cells
    )
    records = [
        {
            "actor": c.actor,
            "domain": c.domain.value,
            "implications": c.implications,
            "risks": c.risks,
            "benefits": c.benefits,
            "net": c.net,
        }
        for c in cells
    ]
    return View(table, Listing("Matrix", columns, rows, records), piped=Format.TSV)
