"""The article itself: its text and metadata, its citations, and its sentences' coverage."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import app
from .context import chosen_dossier, emit
from .options import FormatOption, LimitOption


@app.command()
def source(
    ctx: typer.Context,
    highlight: Annotated[
        bool,
        typer.Option(
            "--highlight",
            help="Mark every cited span with the ids that cite it, and count the sentences "
            "cited and not cited.",
        ),
    ] = False,
    fmt: FormatOption = None,
) -> None:
    """Show the article, its metadata, and its citations.

    The title, dateline, tags and SHA-256, and the text. With --highlight, every quoted
    span is underlined and followed by the ids of the items that cite it, ⟦IMP-03⟧, and
    the sentences cited are counted; as tsv, csv or json, one row per sentence.

    \b
    Examples:
      cismoa source
      cismoa source --highlight
    """
    loaded = chosen_dossier(ctx)
    if highlight:
        from ..render.annotated import annotated_view

        emit(ctx, annotated_view(loaded.dossier, loaded.article), fmt)
        return
    from ..render.views import source_listing

    emit(ctx, source_listing(loaded.dossier, loaded.article), fmt)


@app.command()
def coverage(
    ctx: typer.Context,
    uncited: Annotated[
        bool, typer.Option("--uncited", help="Only the sentences no item cites.")
    ] = False,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List the article's sentences and which items cite each.

    The gaps an author still has to fill. Headlines, datelines and tag lines are not
    sentences; "U.S." inside a sentence does not end it.

    \b
    Examples:
      cismoa coverage
      cismoa --data draft.json coverage --uncited
    """
    from ..render.annotated import coverage_listing

    loaded = chosen_dossier(ctx)
    listing = coverage_listing(loaded.dossier, loaded.article, uncited_only=uncited)
    emit(ctx, listing, fmt, limit=limit)
