"""The views: one actor, the whole map, the matrix, two actors side by side, one item, and
a search across every kind of item."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import UsageError
from .app import app
from .context import chosen_dossier, emit
from .options import FormatOption, LimitOption, complete_actor, complete_item


@app.command()
def actor(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="An actor's id, name or alias, in any case.",
            autocompletion=complete_actor,
        ),
    ],
    fmt: FormatOption = None,
) -> None:
    """Show everything about one actor, as a tree.

    Its summary and aliases, its interests with their quotes, its relations, and the
    implications that affect it, grouped by domain.

    \b
    Examples:
      cismoa actor "U.S."
      cismoa actor beijing --format json
    """
    from dataclasses import replace

    from ..query import profile, resolve_actor
    from ..render.trees import actor_view

    loaded = chosen_dossier(ctx)
    dossier, placer = loaded.dossier, loaded.placer
    found = profile(dossier, resolve_actor(dossier, name))
    found = replace(  # the quotes shown, placed: not every quote of the dossier
        found,
        actor=placer.item(found.actor),
        interests=placer.items(found.interests),
        relations=placer.items(found.relations),
        implications=placer.items(found.implications),
    )
    emit(ctx, actor_view(found, dossier.speakers()), fmt)


@app.command()
def tree(ctx: typer.Context, fmt: FormatOption = None) -> None:
    """Show the whole map as a tree.

    The source, then each actor with its interests and the implications that affect it.

    \b
    Example:
      cismoa tree | less
    """
    from ..query import profile
    from ..render.trees import map_view

    dossier = chosen_dossier(ctx).placed
    profiles = [profile(dossier, actor) for actor in dossier.actors]
    emit(ctx, map_view(dossier.source, profiles, dossier.speakers()), fmt)


@app.command()
def matrix(ctx: typer.Context, fmt: FormatOption = None) -> None:
    """Count implications by actor and domain.

    Each cell is marked ▼ (more risks than benefits), ▲ (more benefits) or ● (even). As
    tsv, csv or json: one row per actor and domain with its implications, risks, benefits
    and net.

    \b
    Examples:
      cismoa matrix
      cismoa matrix --format csv > matrix.csv
    """
    from .. import query
    from ..render.matrix import matrix_view

    dossier = chosen_dossier(ctx).dossier
    emit(ctx, matrix_view(dossier.actors, query.matrix(dossier)), fmt)


@app.command()
def compare(
    ctx: typer.Context,
    first: Annotated[
        str, typer.Argument(metavar="A", help="An actor.", autocompletion=complete_actor)
    ],
    second: Annotated[
        str, typer.Argument(metavar="B", help="Another actor.", autocompletion=complete_actor)
    ],
    fmt: FormatOption = None,
) -> None:
    """Put two actors side by side.

    What each wants, the implications that touch both, the relations between them, and the
    domains where one leans to risk and the other to benefit.

    \b
    Example:
      cismoa compare Pakistan China
    """
    from .. import query
    from ..render.trees import compare_view

    dossier = chosen_dossier(ctx).placed
    a, b = query.resolve_actor(dossier, first), query.resolve_actor(dossier, second)
    if a.id == b.id:
        raise UsageError(f"{first!r} and {second!r} are both {a.name}; name two actors")
    emit(ctx, compare_view(query.compare(dossier, a, b), dossier.speakers()), fmt)


@app.command()
def show(
    ctx: typer.Context,
    item_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="An item's id, such as IMP-03 or PAK.",
            autocompletion=complete_item,
        ),
    ],
    fmt: FormatOption = None,
) -> None:
    """Show one item whole, each quote inside its sentence.

    Its labels and statement, and each quote marked «like this» inside the sentence it comes
    from, with its offsets.

    \b
    Examples:
      cismoa show IMP-13
      cismoa show REL-PAK-CHN --format json
    """
    from ..query import find_item
    from ..render.trees import item_view

    loaded = chosen_dossier(ctx)
    found = loaded.placer.item(find_item(loaded.dossier, item_id))
    emit(ctx, item_view(loaded.dossier, found, loaded.article), fmt)


@app.command()
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find, in any case.")],
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """Find text in every item and in its quotes, grouped by kind.

    Looks in actors, interests, relations and implications, ignoring case and quote style.

    \b
    Example:
      cismoa search sovereignty
    """
    from .. import query
    from ..render.items import items_listing

    if not text.strip():
        raise UsageError("give some text to search for")
    loaded = chosen_dossier(ctx)
    found = loaded.placer.items(query.search(loaded.dossier, text)[:limit])
    emit(ctx, items_listing(f"Search: {text}", found), fmt, limit=limit)
