"""A listing: rows under named columns, written as a Rich table, TSV, CSV or JSON.

Every format carries the same rows; only the look differs. JSON carries the models
themselves (``records``), with their field names, and is the one lossless format. In TSV
and CSV a list is joined as :mod:`cismoa_cli.textio` says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich import box
from rich.table import Table
from rich.text import Text

from ..textio import Cell, cell_text, to_csv, to_json, to_tsv, visible
from . import Format

if TYPE_CHECKING:
    from rich.console import RenderableType

Row = tuple[Cell, ...]


@dataclass(frozen=True)
class Column:
    """A column's header, and how a terminal styles its cell in a given row."""

    header: str
    style: Callable[[Row], str] | None = None
    wide: bool = False  # free text: keeps a readable width and wraps
    multiline: bool = False  # on a terminal, its newlines break lines instead of showing as \n


@dataclass(frozen=True)
class Listing:
    """Rows for the text formats and records for JSON, built from one query result."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    records: Any  # JSON-ready: what --format json prints

    def render(self, fmt: Format) -> str:
        """The listing as text in a machine format (TSV, CSV or JSON)."""
        if fmt is Format.JSON:
            return to_json(self.records)
        header = [column.header for column in self.columns]
        return (to_csv if fmt is Format.CSV else to_tsv)(header, self.rows)


@dataclass(frozen=True)
class View:
    """A human view (a tree, a panel) and the same content as a listing for machines.

    On a terminal and, unlike a listing, also when piped, the view is printed (without
    colour when piped); ``--format tsv|csv|json`` prints the listing instead.
    """

    look: RenderableType
    listing: Listing
    piped: Format = Format.TABLE


def to_table(listing: Listing, caption: str | None = None) -> Table:
    """A Rich table; every data cell is plain Text, never markup."""
    table = Table(
        title=plain(listing.title, "italic"),  # a title may carry data: never markup
        box=box.SIMPLE_HEAD,
        caption=caption,
        title_justify="left",
        header_style="bold",
    )
    if any(column.wide for column in listing.columns):
        return _stacked(table, listing)
    for column in listing.columns:
        table.add_column(column.header, overflow="fold")
    for row in listing.rows:
        cells = zip(listing.columns, row, strict=True)
        table.add_row(*(_styled(row, column, cell) for column, cell in cells))
    return table


def _stacked(table: Table, listing: Listing) -> Table:
    """The first column, then the others in one cell: the short ones on a line joined by
    " · ", each free-text one on a line of its own. Free text then wraps at any width
    instead of being squeezed into a narrow column; the content is the same."""
    first, *rest = listing.columns
    short = [c for c in rest if not c.wide]
    table.add_column(first.header, overflow="fold", max_width=14)
    heading = " · ".join(c.header for c in short)
    table.add_column(" / ".join([heading, *(c.header for c in rest if c.wide)]), overflow="fold")
    for row in listing.rows:
        cells = dict(zip(listing.columns, row, strict=True))
        filled = [c for c in short if cells[c] not in (None, "", ())]  # no empty " · · "
        stack = Text(" · ").join(_styled(row, c, cells[c]) for c in filled)
        for column in rest:
            if column.wide:
                stack.append("\n")
                stack.append_text(_styled(row, column, cells[column]))
        table.add_row(_styled(row, first, row[0]), stack)
    return table


def _styled(row: Row, column: Column, cell: Cell) -> Text:
    style = column.style(row) if column.style else ""
    return plain(cell_text(cell, ", "), style, keep="\n" if column.multiline else "")


def plain(text: str, style: str = "", keep: str = "") -> Text:
    """Data text for a terminal: never markup, never a control sequence (but for ``keep``)."""
    return Text(visible(text, keep=keep), style=style)
