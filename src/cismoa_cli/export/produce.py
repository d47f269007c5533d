"""Any export format from a selection: as text, or written whole to a file.

Shared by ``cismoa export`` and the browser's ``e``, so both write the same bytes the same
way (through the atomic writer).
"""

from __future__ import annotations

from pathlib import Path

from ..query import Selection
from . import ExportFormat
from .write import write_atomic, write_text


def export_text(kind: ExportFormat, selection: Selection, article_name: str) -> str:
    """A text format of the selection (every format but SQLite)."""
    if kind is ExportFormat.MARKDOWN:
        from .markdown import brief

        return brief(selection, article_name)
    if kind is ExportFormat.JSON:
        from .data import dossier_json

        return dossier_json(selection)
    if kind is ExportFormat.CSV:
        from .data import implications_csv

        return implications_csv(selection)
    if kind is ExportFormat.SQLITE:
        raise ValueError("an SQLite database is written to a file, not as text")
    from .graph import to_dot, to_mermaid

    return to_dot(selection) if kind is ExportFormat.DOT else to_mermaid(selection)


def write_export(
    kind: ExportFormat,
    selection: Selection,
    article: str,
    article_name: str,
    target: Path,
    *,
    force: bool,
    protected: tuple[Path, ...],
) -> None:
    """Write the selection to ``target`` whole or not at all; replace a file only with
    ``force``; never touch the ``protected`` files (the dossier and its article)."""
    if kind is ExportFormat.SQLITE:
        from .sqlite import write_sqlite

        def fill(path: Path) -> None:
            write_sqlite(selection, article, path)

        write_atomic(target, fill, force=force, protected=protected)
    else:
        text = export_text(kind, selection, article_name)
        write_text(target, text, force=force, protected=protected)
