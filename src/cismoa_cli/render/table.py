"""A listing as a Rich table for a terminal, a chunk at a time when it is long; and
``safe_text``, data text as Rich Text that is never markup and never a control sequence."""

from __future__ import annotations

from collections.abc import Iterator

from rich import box
from rich.table import Table
from rich.text import Text

from ..textio import Cell, Quoted, cell_text, visible
from .listing import Column, Listing, Row

CHUNK = 200  # rows a long table is laid out and printed at a time


def tables(listing: Listing, width: int, caption: str | None = None) -> Iterator[Table]:
    """The listing as Rich tables of at most CHUNK rows, the first with the title and the
    header: the first rows can be printed before the rest are laid out. A long table's
    columns get fixed widths (from ``width`` and the ids), so every chunk lines up."""
    if len(listing.rows) <= CHUNK:
        yield to_table(listing, caption)
        return
    widths = _fixed_widths(listing, width)
    for start in range(0, len(listing.rows), CHUNK):
        rows = listing.rows[start : start + CHUNK]
        part = Listing(listing.title, listing.columns, rows, None)
        yield to_table(part, None, first=start == 0, widths=widths)


def _fixed_widths(listing: Listing, width: int) -> tuple[int, int] | None:
    """Widths for a stacked table's two columns that fit every row: the ids' (at most 14)
    and the rest of the line."""
    if not any(column.wide and column.table for column in listing.columns):
        return None
    ids = max(len(cell_text(row[0])) for row in listing.rows)
    first = min(14, max(ids, len(listing.columns[0].header)))
    # 6: a column's padding on each side (4), and the table's edge on each side (2)
    return first, max(20, width - first - 6)


def to_table(
    listing: Listing,
    caption: str | None = None,
    *,
    first: bool = True,
    widths: tuple[int, int] | None = None,
) -> Table:
    """A Rich table; every data cell is plain Text, never markup. A table that continues
    another (not ``first``) has no title and no header."""
    table = Table(
        title=safe_text(listing.title, "italic") if first else None,  # data: never markup
        box=box.SIMPLE_HEAD,
        caption=caption,
        title_justify="left",
        header_style="bold",
        show_header=first,
    )
    shown = [n for n, column in enumerate(listing.columns) if column.table]
    if any(listing.columns[n].wide for n in shown):
        return _stacked(table, listing, shown, widths)
    for n in shown:
        table.add_column(listing.columns[n].header, overflow="fold")
    for row in listing.rows:
        table.add_row(*(_styled(row, listing.columns[n], row[n]) for n in shown))
    return table


def _stacked(
    table: Table, listing: Listing, shown: list[int], widths: tuple[int, int] | None
) -> Table:
    """The first column, then the others in one cell: the short ones on a line joined by
    " · ", each free-text one on a line of its own. Free text then wraps at any width
    instead of being squeezed into a narrow column; the content is the same."""
    first, *rest = shown
    short = [n for n in rest if not listing.columns[n].wide]
    wide = [n for n in rest if listing.columns[n].wide]
    ids, rest_width = widths or (None, None)
    table.add_column(listing.columns[first].header, overflow="fold", max_width=14, width=ids)
    heading = " · ".join(listing.columns[n].header for n in short)
    headers = [heading, *(listing.columns[n].header for n in wide)]
    table.add_column(" / ".join(headers), overflow="fold", width=rest_width)
    for row in listing.rows:
        filled = [n for n in short if row[n] not in (None, "", ())]  # no empty " · · "
        stack = Text(" · ").join(_styled(row, listing.columns[n], row[n]) for n in filled)
        for n in wide:
            stack.append("\n")
            stack.append_text(_styled(row, listing.columns[n], row[n]))
        table.add_row(_styled(row, listing.columns[first], row[first]), stack)
    return table


def _styled(row: Row, column: Column, cell: Cell) -> Text:
    style = column.style(row) if column.style else ""
    if isinstance(cell, Quoted):  # one entry to a line; the data's own newlines spelled out
        return Text("\n").join(safe_text(entry, style) for entry in cell.shown)
    return safe_text(cell_text(cell, ", "), style, keep="\n" if column.multiline else "")


def safe_text(text: str, style: str = "", keep: str = "") -> Text:
    """Data text for a terminal: never markup, never a control sequence (but for ``keep``)."""
    return Text(visible(text, keep=keep), style=style)
