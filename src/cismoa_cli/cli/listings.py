"""The listings: actors, interests, relations and implications, as rows."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from .app import app
from .context import emit, load
from .options import ActorOption, FilterOptions, FormatOption, choices, with_filter, word_option


@app.command()
def actors(ctx: typer.Context, fmt: FormatOption = None) -> None:
    """List the actors, with counts of what concerns each.

    For each actor: id, name, kind, and how many interests, implications, risks and
    benefits concern it.

    \b
    Examples:
      cismoa actors
      cismoa actors --format json
    """
    from ..query import actor_counts
    from ..render.views import actors_listing

    dossier = load(ctx).dossier
    emit(ctx, actors_listing(dossier.actors, actor_counts(dossier)), fmt)


@app.command()
def interests(ctx: typer.Context, actor: ActorOption = None, fmt: FormatOption = None) -> None:
    """List what each actor wants, with the quotes that say so.

    \b
    Examples:
      cismoa interests
      cismoa interests --actor "U.S."
    """
    from .. import query
    from ..render.views import interests_listing

    dossier = load(ctx).dossier
    wanted = [a.id for a in query.resolve_actors(dossier, actor or ())]
    emit(ctx, interests_listing(query.interests(dossier, wanted)), fmt)


@app.command()
def relations(ctx: typer.Context, actor: ActorOption = None, fmt: FormatOption = None) -> None:
    """List how the actors stand to each other, with quotes.

    \b
    Example:
      cismoa relations --actor china
    """
    from .. import query
    from ..render.views import relations_listing

    dossier = load(ctx).dossier
    wanted = [a.id for a in query.resolve_actors(dossier, actor or ())]
    emit(ctx, relations_listing(query.relations(dossier, wanted)), fmt)


class SortField(str, Enum):
    ID = "id"
    AFFECTS = "affects"
    DOMAIN = "domain"
    DIRECTION = "direction"
    CERTAINTY = "certainty"
    HORIZON = "horizon"
    ASSERTED_BY = "asserted_by"


@app.command()
@with_filter
def implications(
    ctx: typer.Context,
    filters: FilterOptions,
    sort: Annotated[
        SortField | None,
        word_option(
            SortField, "--sort", metavar="FIELD", help=choices(SortField, repeatable=False)
        ),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """List what the renewal implies, for whom and how surely.

    Filters combine: every option must match (AND); a repeated option matches any of its
    values (OR).

    \b
    Examples:
      cismoa implications --actor Pakistan --direction risk
      cismoa implications --certainty possible --asserted-by critics --format json
      cismoa implications --search sovereignty --sort certainty
    """
    from .. import query
    from ..render.views import implications_listing

    dossier = load(ctx).dossier
    where = filters.resolve(dossier)
    items = query.implications(dossier, where, sort.value if sort else None)
    emit(ctx, implications_listing(items), fmt)
