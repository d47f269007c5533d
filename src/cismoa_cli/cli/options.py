"""Options shared by several commands, declared once: the output format, actors, the
implication filter (handed to a command as one object), and where to write."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import UsageError
from ..render import Format
from ..vocabulary import ARTICLE_VOICE, Certainty, Direction, Horizon, Status, Word, choose

if TYPE_CHECKING:
    from ..models import Dossier
    from ..query import ImplicationFilter


def choices(values: type[Enum], *, repeatable: bool = True) -> str:
    """Help text naming every value of a vocabulary."""
    listed = ", ".join(str(member.value) for member in values)
    return f"One of: {listed}." + (" Repeat for several." if repeatable else "")


def word_parser(vocabulary: type[Word], what: str) -> Callable[[str], Word]:
    """Read a word of ``vocabulary`` typed in any case; a typo is a usage error that says
    which words there are and the nearest one."""
    return lambda typed: choose(vocabulary, typed, what)


def word_completer(vocabulary: type[Enum]) -> Callable[[str], list[str]]:
    """Complete a word of ``vocabulary``, in its own spelling, from what was typed in any
    case."""

    def complete(incomplete: str) -> list[str]:
        typed = incomplete.casefold()
        return [str(m.value) for m in vocabulary if str(m.value).casefold().startswith(typed)]

    return complete


def word_option(vocabulary: type[Enum], *flags: str, metavar: str, help: str | None = None) -> Any:
    """An option whose value is a word of ``vocabulary`` (repeat it if its type is a list)."""
    return typer.Option(
        *flags,
        metavar=metavar,
        help=help or choices(vocabulary),
        parser=word_parser(vocabulary, flags[0]),
        autocompletion=word_completer(vocabulary),
        show_default=False,
    )


def _offered(
    ctx: typer.Context, incomplete: str, names: Callable[[Dossier], Iterable[str]]
) -> list[str]:
    """What a shell may complete ``incomplete`` to: the ``names`` the dossier being used
    (--data, $CISMOA_DATA or the bundled one) gives, in their own spelling; nothing if it
    cannot load, and nothing a shell could misread (no control character from the data)."""
    from ..errors import CismoaError
    from ..store import bundled_path, load
    from ..textio import visible

    root = ctx.find_root().params
    try:
        where = root.get("data") or bundled_path()
        dossier = load(where, allow_outside=bool(root.get("allow_outside"))).dossier
    except CismoaError:
        return []
    wanted = incomplete.casefold()
    found = dict.fromkeys(names(dossier))
    return [n for n in found if n.casefold().startswith(wanted) and visible(n) == n]


def complete_actor(ctx: typer.Context, incomplete: str) -> list[str]:
    """Actor ids, names and aliases."""
    from ..query import actor_names

    return _offered(ctx, incomplete, lambda d: (n for a in d.actors for n in actor_names(a)))


def complete_voice(ctx: typer.Context, incomplete: str) -> list[str]:
    """Who may assert an item: the article, a voice, or an actor."""
    from ..query import actor_names

    def voices(dossier: Dossier) -> Iterable[str]:
        yield ARTICLE_VOICE
        yield from (n for v in dossier.voices for n in (v.id, v.name, *v.aliases))
        yield from (n for actor in dossier.actors for n in actor_names(actor))

    return _offered(ctx, incomplete, voices)


def complete_domain(ctx: typer.Context, incomplete: str) -> list[str]:
    """The dossier's domains."""
    return _offered(ctx, incomplete, lambda d: d.domain_names())


def complete_item(ctx: typer.Context, incomplete: str) -> list[str]:
    """Every item's id."""
    return _offered(ctx, incomplete, lambda d: (item.id for _, _, item in d.items()))


FormatOption = Annotated[
    Format | None,
    word_option(
        Format,
        "--format",
        "-f",
        metavar="FORMAT",
        help="table, tsv, json, jsonl or csv. Default: a table on a terminal, tsv when piped.",
    ),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--actor",
        "-a",
        metavar="NAME",
        help="An actor's id, name or alias, in any case (repeat for several).",
        autocompletion=complete_actor,
        show_default=False,
    ),
]


def _count(typed: str) -> int:
    if not typed.strip().isdigit() or int(typed) < 1:
        raise UsageError(f"--limit: {typed!r} is not a whole number of rows, 1 or more")
    return int(typed)


LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        metavar="N",
        help="Only the first N rows.",
        parser=_count,
        show_default=False,
    ),
]


def _file_name(typed: str) -> str:
    if "\x00" in typed:  # as Typer says it of a path option: no file name holds one
        raise ValueError("embedded null character in path")
    return typed


OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Where to write; '-' or none: stdout.",
        parser=_file_name,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")]


@dataclass(frozen=True)
class FilterOptions:
    """The implication filter as typed on the command line, before names are resolved."""

    actor: list[str] | None = None
    domain: list[str] | None = None
    direction: list[Direction] | None = None
    certainty: list[Certainty] | None = None
    horizon: list[Horizon] | None = None
    asserted_by: list[str] | None = None
    status: list[Status] | None = None
    search: str | None = None

    def resolve(self, dossier: Dossier) -> ImplicationFilter:
        """The filter these options describe, with every actor name resolved."""
        from ..query import ImplicationFilter, resolve_actors, resolve_domain, resolve_voice

        return ImplicationFilter(
            actors=tuple(a.id for a in resolve_actors(dossier, self.actor or ())),
            domains=tuple(resolve_domain(dossier, d) for d in self.domain or ()),
            directions=tuple(self.direction or ()),
            certainties=tuple(self.certainty or ()),
            horizons=tuple(self.horizon or ()),
            voices=tuple(resolve_voice(dossier, v) for v in self.asserted_by or ()),
            statuses=tuple(self.status or ()),
            search=self.search,
        )


# The implication filter's options, for a command to declare in this order (ActorOption,
# above, first) and hand to FilterOptions.
DomainOption = Annotated[
    list[str] | None,
    typer.Option(
        "--domain",
        "-d",
        metavar="DOMAIN",
        help="One of the dossier's domains (by default security, sovereignty, economy, "
        "diplomacy, regional stability, domestic politics), in any case. Repeat for several.",
        autocompletion=complete_domain,
        show_default=False,
    ),
]
DirectionOption = Annotated[
    list[Direction] | None, word_option(Direction, "--direction", metavar="DIRECTION")
]
CertaintyOption = Annotated[
    list[Certainty] | None, word_option(Certainty, "--certainty", metavar="CERTAINTY")
]
HorizonOption = Annotated[
    list[Horizon] | None, word_option(Horizon, "--horizon", metavar="HORIZON")
]
AssertedByOption = Annotated[
    list[str] | None,
    typer.Option(
        "--asserted-by",
        metavar="VOICE",
        help="article, a voice or an actor: id, name or alias, in any case (repeat for several).",
        autocompletion=complete_voice,
    ),
]
# Also the listings' filter of their own items (actors, voices, interests, relations).
StatusOption = Annotated[
    list[Status] | None,
    word_option(
        Status,
        "--status",
        metavar="STATUS",
        help="proposed (a drafter's, still to review) or accepted (a reader's). "
        "Repeat for several.",
    ),
]
SearchOption = Annotated[
    str | None,
    typer.Option(
        "--search", "-s", metavar="TEXT", help="Text in the statement or a quote, any case."
    ),
]


def output_path(output: str | None) -> Path | None:
    """The file ``-o`` names, or None for stdout (no -o, or ``-o -``)."""
    return None if output in (None, "-") else Path(str(output))
