"""Exports: one entry per format, each a pure function from a selection to what is written.

Light on purpose (no exporter is imported until it runs), so the command line can name the
formats cheaply. :func:`exporter` is the one mapping from format to exporter; mypy checks
that it covers every format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import assert_never

if TYPE_CHECKING:
    from ..query import Selection


class ExportFormat(str, Enum):
    MARKDOWN = "markdown"
    JSON = "json"
    CSV = "csv"
    DOT = "dot"
    MERMAID = "mermaid"
    SQLITE = "sqlite"
    HTML = "html"
    QDPX = "qdpx"
    QDC = "qdc"

    @property
    def suffix(self) -> str:
        """The file name ending a file of this format usually has."""
        return _SUFFIXES.get(self.value, f".{self.value}")


_SUFFIXES = {"markdown": ".md", "mermaid": ".mmd", "sqlite": ".db"}


@dataclass(frozen=True)
class Article:
    """The article an export cites: its file name (as the dossier names it) and its text."""

    name: str
    text: str


@dataclass(frozen=True)
class FileWriter:
    """An export that can only be written to a file (a database): ``fill`` writes it there."""

    what: str  # for messages: "an SQLite database"
    fill: Callable[[Path], None]


@dataclass(frozen=True)
class TextStream:
    """Text made a piece at a time (a large report), written out as it is made rather than
    held whole."""

    pieces: Callable[[], Iterable[str]]


Exported = str | bytes | FileWriter | TextStream  # text, binary, a file to fill, text by parts
Exporter = Callable[["Selection", Article], Exported]


def exporter(fmt: ExportFormat, *, stamp: datetime | None = None) -> Exporter:
    """The function that exports ``fmt``; a REFI-QDA project carries the time ``stamp``
    (by default a fixed one, so the same input gives the same bytes)."""
    if fmt is ExportFormat.MARKDOWN:
        from .markdown import brief

        return lambda selection, article: brief(selection, article.name)
    if fmt is ExportFormat.JSON:
        from .data import dossier_json

        return lambda selection, article: dossier_json(selection)
    if fmt is ExportFormat.CSV:
        from .data import implications_csv

        return lambda selection, article: implications_csv(selection)
    if fmt is ExportFormat.DOT:
        from .graph import to_dot

        return lambda selection, article: to_dot(selection)
    if fmt is ExportFormat.MERMAID:
        from .graph import to_mermaid

        return lambda selection, article: to_mermaid(selection)
    if fmt is ExportFormat.HTML:
        from .html import report_pieces

        return lambda selection, article: TextStream(
            lambda: report_pieces(selection, article.text, article.name)
        )
    if fmt is ExportFormat.QDPX:
        from .qdpx import FIXED_TIME, project_qdpx

        when = stamp or FIXED_TIME
        return lambda selection, article: project_qdpx(
            selection, article.text, article.name, timestamp=when
        )
    if fmt is ExportFormat.QDC:
        from .qdpx import codebook_qdc

        return lambda selection, article: codebook_qdc(selection).decode("utf-8")
    if fmt is ExportFormat.SQLITE:
        from .sqlite import write_sqlite

        return lambda selection, article: FileWriter(
            "an SQLite database", lambda path: write_sqlite(selection, article.text, path)
        )
    assert_never(fmt)
