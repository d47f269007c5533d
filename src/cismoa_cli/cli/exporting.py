"""``export``: the map, or the part a filter selects, in a format to hand on."""

from __future__ import annotations

from typing import Annotated

import typer

from ..export import ExportFormat
from .app import app
from .context import load
from .deliver import deliver
from .options import FilterOptions, ForceOption, OutputOption, choices, with_filter


@app.command()
@with_filter
def export(
    ctx: typer.Context,
    kind: Annotated[
        ExportFormat,
        typer.Argument(
            metavar="FORMAT",
            case_sensitive=False,
            help=choices(ExportFormat, repeatable=False),
        ),
    ],
    output: OutputOption = None,
    force: ForceOption = False,
    *,
    filters: FilterOptions,
) -> None:
    """Export a Markdown brief, JSON, CSV, DOT, Mermaid or SQLite.

    Exports the whole map, or the part the implication filters select; with --actor, that
    actor's view only. The same input always gives the same output. Without -o (or with
    -o -) the export goes to stdout; a file is written whole or not at all, and an existing
    one is replaced only with --force.

    \b
    Examples:
      cismoa export markdown -o brief.md
      cismoa export markdown --actor china
      cismoa export sqlite -o cismoa.db
    """
    from ..export import Article, exporter
    from ..query import select

    loaded = load(ctx)
    selection = select(loaded.dossier, filters.resolve(loaded.dossier))
    article = Article(loaded.article_path.name, loaded.article)
    deliver(
        exporter(kind)(selection, article),
        output,
        force=force,
        protected=(loaded.path, loaded.article_path),
        what=f"a {kind.value} export",
    )
