"""A listing: rows under named columns, written as TSV, CSV, JSON or JSON lines here, and as
a Rich table by ``table.py`` (so that piped output never loads Rich).

Every format carries the same rows; only the look differs. JSON carries the models
themselves (``records``), with their field names, and is the one lossless format. In TSV
and CSV a list is joined as :mod:`cismoa_cli.textio` says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..textio import Cell, to_csv, to_json, to_jsonl, to_tsv
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
    table: bool = True  # shown in the terminal's table (the machine formats have every column)


@dataclass(frozen=True)
class Listing:
    """Rows for the text formats and records for JSON, built from one query result."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    # What --format json prints: JSON-ready values, or the models themselves (written as
    # their fields, in order, without first making a dictionary of each).
    records: Any

    def limited(self, count: int | None) -> Listing:
        """The first ``count`` rows (and records), or all of them."""
        if count is None:
            return self
        records = self.records[:count] if isinstance(self.records, list) else self.records
        return Listing(self.title, self.columns, self.rows[:count], records)

    def render(self, fmt: Format) -> str:
        """The listing as text in a machine format (TSV, CSV or JSON)."""
        if fmt is Format.JSON:
            return to_json(self.records)
        if fmt is Format.JSONL:
            return to_jsonl(self.records)
        header = [column.header for column in self.columns]
        return (to_csv if fmt is Format.CSV else to_tsv)(header, self.rows)


@dataclass(frozen=True)
class View:
    """A human view (a tree, a panel) and the same content as a listing for machines.

    On a terminal and, unlike a listing, also when piped, the view is printed (without
    colour when piped); ``--format tsv|csv|json`` prints the listing instead.
    """

    look: RenderableType
    # The listing, or what makes it: a tree of 100,000 implications printed as a tree need
    # not be listed as well (a tenth of `cismoa tree`'s time).
    listed: Listing | Callable[[], Listing]
    piped: Format = Format.TABLE

    @property
    def listing(self) -> Listing:
        """The same content as a listing, made when asked for."""
        return self.listed if isinstance(self.listed, Listing) else self.listed()
