"""``export``: the map, or the part a filter selects, in a format to hand on."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import UsageError
from ..export import ExportFormat
from .app import app
from .context import chosen_dossier, is_terminal
from .deliver import deliver
from .options import (
    ActorOption,
    AssertedByOption,
    CertaintyOption,
    DirectionOption,
    DomainOption,
    FilterOptions,
    ForceOption,
    HorizonOption,
    OutputOption,
    SearchOption,
    StatusOption,
    choices,
    word_completer,
    word_parser,
)


@app.command()
def export(
    ctx: typer.Context,
    kind: Annotated[
        ExportFormat,
        typer.Argument(
            metavar="FORMAT",
            help=choices(ExportFormat, repeatable=False),
            parser=word_parser(ExportFormat, "FORMAT"),
            autocompletion=word_completer(ExportFormat),
        ),
    ],
    output: OutputOption = None,
    force: ForceOption = False,
    now: Annotated[
        bool,
        typer.Option(
            "--now", help="qdpx only: stamp the project with the current time, not a fixed one."
        ),
    ] = False,
    actor: ActorOption = None,
    domain: DomainOption = None,
    direction: DirectionOption = None,
    certainty: CertaintyOption = None,
    horizon: HorizonOption = None,
    asserted_by: AssertedByOption = None,
    status: StatusOption = None,
    search: SearchOption = None,
) -> None:
    """Export a Markdown brief, an HTML report, JSON, CSV, DOT, Mermaid, SQLite, or a
    REFI-QDA project or codebook.

    Exports the whole map, or the part the implication filters select; with --actor, that
    actor's view only. The same input always gives the same output. Without -o (or with
    -o -) the export goes to stdout; a file is written whole or not at all, and an existing
    one is replaced only with --force.

    \b
    Examples:
      cismoa export markdown -o brief.md
      cismoa export markdown --actor china
      cismoa export sqlite -o cismoa.db
      cismoa export qdpx -o cismoa.qdpx
    """
    from datetime import datetime, timezone

    from ..export import Article, exporter
    from ..query import select

    if now and kind is not ExportFormat.QDPX:
        raise UsageError("--now stamps a REFI-QDA project: it goes with qdpx only")
    loaded = chosen_dossier(ctx)
    filters = FilterOptions(
        actor, domain, direction, certainty, horizon, asserted_by, status, search
    )
    selection = select(loaded.placed, filters.resolve(loaded.dossier))
    article = Article(loaded.article_path.name, loaded.article)
    stamp = datetime.now(timezone.utc) if now else None
    deliver(
        exporter(kind, stamp=stamp)(selection, article),
        output,
        force=force,
        protected=(loaded.path, loaded.article_path),
        terminal=is_terminal(ctx),
    )
