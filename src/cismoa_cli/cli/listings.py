"""The listings: actors, interests, relations and implications, as rows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Annotated

import typer

from ..vocabulary import choose
from .app import app
from .context import chosen_dossier, emit
from .options import (
    ActorOption,
    AssertedByOption,
    CertaintyOption,
    DirectionOption,
    DomainOption,
    FilterOptions,
    FormatOption,
    HorizonOption,
    LimitOption,
    SearchOption,
    StatusOption,
    choices,
    word_completer,
)


@app.command()
def actors(
    ctx: typer.Context,
    status: StatusOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List the actors, with counts of what concerns each.

    For each actor: id, name, kind, and how many interests, implications, risks and
    benefits concern it. In a draft, a last column, status, says which a drafter proposed
    (--status proposed lists only those).

    \b
    Examples:
      cismoa actors
      cismoa actors --format json
      cismoa --data draft.json actors --status proposed
    """
    from ..query import actor_counts, with_status
    from ..render.views import actors_listing

    loaded = chosen_dossier(ctx)
    dossier = loaded.dossier
    actors = loaded.placer.items(with_status(dossier.actors, status or ()))
    emit(ctx, actors_listing(actors, actor_counts(dossier)), fmt, limit=limit)


@app.command()
def voices(
    ctx: typer.Context,
    status: StatusOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List who asserts what: the article, each voice it reports, each actor that speaks.

    For each voice: its kind, how many interests, relations and implications it asserts,
    its implications by direction, and the actors its claims are about. A voice is who
    says something, apart from who is affected: it is never counted among the actors.
    In a draft, a last column, status, says which voices (or speaking actors) a drafter
    proposed; the article's own voice is always accepted.

    \b
    Examples:
      cismoa voices
      cismoa voices --format json
    """
    from ..query import voices as voices_of
    from ..query import with_status
    from ..render.views import voices_listing

    found = with_status(voices_of(chosen_dossier(ctx).dossier), status or ())
    emit(ctx, voices_listing(found), fmt, limit=limit)


@app.command()
def interests(
    ctx: typer.Context,
    actor: ActorOption = None,
    status: StatusOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List what each actor wants, with the quotes that say so.

    In a draft, a last column, status, says which interests a drafter proposed.

    \b
    Examples:
      cismoa interests
      cismoa interests --actor "U.S."
      cismoa --data draft.json interests --status proposed
    """
    from .. import query
    from ..render.views import interests_listing

    loaded = chosen_dossier(ctx)
    dossier = loaded.dossier
    wanted = [a.id for a in query.resolve_actors(dossier, actor or ())]
    kept = query.with_status(query.interests(dossier, wanted), status or ())
    emit(ctx, interests_listing(loaded.placer.items(kept[:limit])), fmt, limit=limit)


@app.command()
def relations(
    ctx: typer.Context,
    actor: ActorOption = None,
    status: StatusOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List how the actors stand to each other, with quotes.

    In a draft, a last column, status, says which relations a drafter proposed.

    \b
    Examples:
      cismoa relations --actor china
      cismoa --data draft.json relations --status accepted
    """
    from .. import query
    from ..render.views import relations_listing

    loaded = chosen_dossier(ctx)
    dossier = loaded.dossier
    wanted = [a.id for a in query.resolve_actors(dossier, actor or ())]
    kept = query.with_status(query.relations(dossier, wanted), status or ())
    emit(ctx, relations_listing(loaded.placer.items(kept[:limit])), fmt, limit=limit)


class SortField(str, Enum):
    ID = "id"
    AFFECTS = "affects"
    DOMAIN = "domain"
    DIRECTION = "direction"
    CERTAINTY = "certainty"
    HORIZON = "horizon"
    ASSERTED_BY = "asserted_by"


@dataclass(frozen=True)
class Sorting:
    """``--sort FIELD``, or ``--sort -FIELD`` for the other way round."""

    field: SortField
    descending: bool


def _sorting(typed: str) -> Sorting:
    descending = typed.startswith("-")
    return Sorting(choose(SortField, typed.removeprefix("-"), "--sort"), descending)


def _complete_sorting(incomplete: str) -> list[str]:
    sign = "-" if incomplete.startswith("-") else ""
    words = word_completer(SortField)(incomplete.removeprefix("-"))
    return [sign + word for word in words]


@app.command()
def implications(
    ctx: typer.Context,
    actor: ActorOption = None,
    domain: DomainOption = None,
    direction: DirectionOption = None,
    certainty: CertaintyOption = None,
    horizon: HorizonOption = None,
    asserted_by: AssertedByOption = None,
    status: StatusOption = None,
    search: SearchOption = None,
    sort: Annotated[
        Sorting | None,
        typer.Option(
            "--sort",
            metavar="FIELD",
            help=choices(SortField, repeatable=False)
            + " A minus sign before it sorts the other way round (--sort=-certainty).",
            parser=_sorting,
            autocompletion=_complete_sorting,
            show_default=False,
        ),
    ] = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List what the renewal implies, for whom and how surely.

    Filters combine: every option must match (AND); a repeated option matches any of its
    values (OR). In a draft, --status proposed lists what is still to review, and a last
    column, status, says which implications a drafter proposed.

    \b
    Examples:
      cismoa implications --actor Pakistan --direction risk
      cismoa implications --certainty possible --asserted-by critics --format json
      cismoa implications --search sovereignty --sort=-certainty --limit 3
      cismoa --data draft.json implications --status proposed
    """
    from .. import query
    from ..render.views import implications_listing

    loaded = chosen_dossier(ctx)
    dossier = loaded.dossier
    filters = FilterOptions(
        actor, domain, direction, certainty, horizon, asserted_by, status, search
    )
    where = filters.resolve(dossier)
    field = sort.field.value if sort else None
    descending = sort is not None and sort.descending
    items = query.implications(dossier, where, field, descending=descending)[:limit]
    emit(ctx, implications_listing(loaded.placer.items(items)), fmt, limit=limit)
