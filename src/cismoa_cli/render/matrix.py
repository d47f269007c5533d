"""The actor x domain matrix: how many implications touch each actor in each domain, and
which way they lean."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from ..findings import MatrixCell, Tally
from ..models import Actor
from . import Format
from .listing import Column, Listing, Row, View
from .table import safe_text

LEGEND = (
    "number = implications; \u25bc more risks than benefits (red), \u25b2 more benefits "
    "(green), \u25cf as many of each, or only neutral or mixed (yellow)"
)


def lean(cell: Tally) -> tuple[str, str]:
    """The marker and colour of a cell: the marker alone carries the meaning."""
    if cell.implications == 0:
        return "", "dim"
    if cell.net < 0:
        return "\u25bc", "red"
    if cell.net > 0:
        return "\u25b2", "green"
    return "\u25cf", "yellow"


def matrix_view(actors: Sequence[Actor], cells: Sequence[MatrixCell]) -> View:
    table = Table(title="Implications by actor and domain", caption=LEGEND, title_justify="left")
    table.add_column("actor", style="bold")
    for domain in dict.fromkeys(c.domain for c in cells):  # the dossier's, in its order
        table.add_column(safe_text(domain), justify="center")
    for actor in actors:
        row = [c for c in cells if c.actor == actor.id]
        shown: list[Text] = [safe_text(actor.name)]
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
        (c.actor, c.domain, c.implications, c.risks, c.benefits, c.net) for c in cells
    )
    records = [
        {
            "actor": c.actor,
            "domain": c.domain,
            "implications": c.implications,
            "risks": c.risks,
            "benefits": c.benefits,
            "net": c.net,
        }
        for c in cells
    ]
    return View(table, Listing("Matrix", columns, rows, records), piped=Format.TSV)
