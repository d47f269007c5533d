"""The command line: the only place that reads argv, writes to stdout and stderr, and picks
the exit code. Commands are thin: resolve options, ask ``query``, hand the result to one
renderer, print once. Heavy modules (Pydantic models, Rich renderables) load inside the
commands that need them, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import CismoaError, DataError, ExitCode, UsageError
from .export import ExportFormat
from .render import Format
from .vocabulary import Certainty, Direction, Domain, Horizon

if TYPE_CHECKING:
    from rich.console import Console

    from .query import ImplicationFilter
    from .render.listing import Listing, View
    from .store import Loaded

EXIT_CODES = """\b
Exit codes:
  0    success (also when a reader such as head closes the output early)
  1    bad data, a failed check, or a refused write
  2    a bad option, an unknown actor or filter value
  130  interrupted (Ctrl-C)
"""


@dataclass(frozen=True)
class Settings:
    """The global options, shared with every command through the context."""

    data: Path | None = None
    color: bool = True
    debug: bool = False


class _ErrorBoundary(TyperGroup):
    """Turns every failure inside a command into one line on stderr and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe shows here, inside the boundary
            return result
        except CismoaError as error:
            _say(f"error: {error}")
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            _stop_writing_stdout()
            raise typer.Exit(ExitCode.OK) from None
        except Exception as error:
            # Typer's own exceptions (usage errors, exits) carry their exit codes already.
            if type(error).__module__.split(".")[0] == "typer":
                raise
            if _settings(ctx).debug:
                traceback.print_exc()
            else:
                _say(
                    f"internal error: {type(error).__name__}: {error} "
                    "(rerun with --debug to see the traceback)"
                )
            raise typer.Exit(ExitCode.FAILURE) from None


app = typer.Typer(
    cls=_ErrorBoundary,
    name="cismoa",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain Click help: it pipes cleanly, and keeps --help from loading Rich's help renderer.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXIT_CODES,
)


def _say(message: str) -> None:
    """One line on stderr, with anything from the data made harmless."""
    from .render.text import visible

    sys.stderr.write(f"cismoa: {visible(message)}\n")
    sys.stderr.flush()


def _stop_writing_stdout() -> None:
    # The reader has gone; point stdout at /dev/null so the interpreter's final flush
    # does not raise again ("Exception ignored ... BrokenPipeError").
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cismoa {__version__}\n")
        raise typer.Exit()


@app.callback()
def _global_options(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            envvar="CISMOA_DATA",
            metavar="PATH",
            help="Dossier to read instead of the bundled one; its article is found relative to it.",
            show_default=False,
        ),
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Never colour the output (as does NO_COLOR=1).")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an unexpected error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Explore the stakeholder map of a news analysis of Pakistan's CISMOA renewal.

    Who the actors are (Pakistan, the United States, China and others the article names),
    what each wants, how they relate, and what the article says the renewal implies: for
    whom, how certainly, and on whose word. Every item carries a verbatim quote from the
    article with its offsets.

    \b
    Examples:
      cismoa actors
      cismoa implications --actor China --direction risk
      cismoa export markdown -o brief.md
    """
    ctx.obj = Settings(data=data, color=not no_color, debug=debug)


# --- shared plumbing ---------------------------------------------------------------------


class SortField(str, Enum):
    ID = "id"
    AFFECTS = "affects"
    DOMAIN = "domain"
    DIRECTION = "direction"
    CERTAINTY = "certainty"
    HORIZON = "horizon"
    ASSERTED_BY = "asserted_by"


def _choices(choices: type[Enum]) -> str:
    values = ", ".join(str(member.value) for member in choices)
    return f"One of: {values}." + (
        "" if choices in (SortField, ExportFormat) else " Repeat for several."
    )


FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        metavar="FORMAT",
        help="table, tsv, json or csv. Default: a table on a terminal, tsv when piped.",
        show_default=False,
    ),
]


def _complete_actor(ctx: typer.Context, incomplete: str) -> list[str]:
    """Actor names and aliases for shell completion; nothing if the dossier cannot load."""
    try:
        from .query import actor_names

        loaded = _load(ctx)
    except Exception:
        return []
    names = dict.fromkeys(n for actor in loaded.dossier.actors for n in actor_names(actor))
    # Shells keep only what starts with the typed text as typed, so "u" offers "uSA": it
    # resolves all the same, since actor names are matched in any case.
    typed = len(incomplete)
    return [incomplete + n[typed:] for n in names if n.casefold().startswith(incomplete.casefold())]


ActorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--actor",
        "-a",
        metavar="NAME",
        help="An actor's id, name or alias, in any case (repeat for several).",
        autocompletion=_complete_actor,
        show_default=False,
    ),
]


def _dossier_path(ctx: typer.Context) -> Path:
    from .store import bundled_path

    return _settings(ctx).data or bundled_path()


def _load(ctx: typer.Context) -> Loaded:
    from .store import load

    return load(_dossier_path(ctx))


def _console(ctx: typer.Context) -> Console:
    from rich.console import Console

    # --no-color and NO_COLOR turn off every escape sequence, bold and italic included (Rich's
    # own no_color keeps those); a pipe or TERM=dumb gets none anyway.
    plain = not _settings(ctx).color or bool(os.environ.get("NO_COLOR"))
    return Console(color_system=None if plain else "auto", highlight=False)


def _emit(ctx: typer.Context, shown: Listing | View, fmt: Format | None) -> None:
    """Print once: a listing as a table on a terminal and TSV when piped; a view as its tree
    (plain when piped); either in the format asked for."""
    from .render.listing import View

    terminal = _is_terminal(ctx)
    if isinstance(shown, View):
        chosen = fmt or (Format.TABLE if terminal else shown.piped)
        listing = shown.listing
    else:
        chosen = fmt or (Format.TABLE if terminal else Format.TSV)
        listing = shown
    if chosen is not Format.TABLE:
        sys.stdout.write(listing.render(chosen))
    elif isinstance(shown, View):
        _console(ctx).print(shown.look)
    else:
        from .render.listing import to_table

        _console(ctx).print(to_table(listing, None if listing.rows else "nothing matches"))


def _is_terminal(ctx: typer.Context) -> bool:
    """Whether stdout is a terminal, by Rich's rule, without loading Rich for a plain pipe."""
    if os.environ.get("FORCE_COLOR") or os.environ.get("TTY_COMPATIBLE"):
        return _console(ctx).is_terminal  # Rich's overrides: let Rich apply them
    return sys.stdout.isatty()


def _actor_ids(loaded: Loaded, names: list[str] | None) -> list[str]:
    from .query import resolve_actors

    return [actor.id for actor in resolve_actors(loaded.dossier, names or [])]


# --- commands ----------------------------------------------------------------------------


OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help="Where to write; '-' or none: stdout."),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")]


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Dossier to check (default: --data, $CISMOA_DATA or the bundled one).",
            show_default=False,
        ),
    ] = None,
    fix_offsets: Annotated[
        bool,
        typer.Option(
            "--fix-offsets",
            help="Move each quote that is not at its offsets but occurs exactly once in the "
            "article to where it is; write the result to -o FILE, or over PATH with --force.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="With --fix-offsets: write here."),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="With --fix-offsets: replace FILE, or without -o rewrite PATH."
        ),
    ] = False,
) -> None:
    """Check a dossier and list every problem, or its counts.

    Checks the JSON and the schema, unique ids, references between items, every quote
    against the article, and the article's hash, and lists every problem, not just the
    first. Exit 0 when clean, 1 otherwise.

    With --fix-offsets it first moves each quote that is not at its offsets but occurs
    exactly once in the article to where it is, and lists every change; a quote that occurs
    several times or not at all is listed and left alone, never guessed.

    \b
    Examples:
      cismoa validate data/claims.json
      cismoa validate draft.json --fix-offsets --force
    """
    from .evidence import sentence_coverage
    from .store import inspect

    target = path or _dossier_path(ctx)
    if fix_offsets:
        target = _fix_offsets(target, output, force)
    elif output is not None or force:
        raise UsageError("-o and --force go with --fix-offsets")
    try:
        loaded = inspect(target)
    except DataError as error:
        _report_problems(error)
        raise typer.Exit(ExitCode.FAILURE) from None
    if loaded.problems:
        _report_problems(DataError(target, loaded.problems))
        raise typer.Exit(ExitCode.FAILURE)
    dossier = loaded.dossier
    cited, uncited = sentence_coverage(dossier, loaded.article)
    total = len(cited) + len(uncited)
    sys.stdout.write(
        f"{_visible(target)}: valid\n"
        f"  actors        {len(dossier.actors)}\n"
        f"  interests     {len(dossier.interests)}\n"
        f"  relations     {len(dossier.relations)}\n"
        f"  implications  {len(dossier.implications)}\n"
        f"  quotes        {loaded.quotes_verified} verified against "
        f"{_visible(loaded.article_path.name)}\n"
        f"  sentences     {len(cited)} of {total} article sentences cited\n"
    )


def _visible(text: Path | str) -> str:
    from .render.text import visible

    return visible(str(text))


def _fix_offsets(target: Path, output: Path | None, force: bool) -> Path:
    """Repair what can be repaired and write it; return the file to validate next."""
    import json

    from .authoring import apply_fixes, offset_fixes, relative_reference
    from .export.write import write_text
    from .render.listing import to_json
    from .store import MAX_BYTES, inspect, read_text

    if output is None and not force:
        raise UsageError(
            "--fix-offsets writes the repaired dossier: add -o FILE, or --force to rewrite it"
        )
    loaded = inspect(target)
    fixes = offset_fixes(loaded.dossier, loaded.article)
    for fix in fixes:
        sys.stdout.write(_visible(f"{target}: {fix}") + "\n")
    moved = sum(1 for fix in fixes if fix.new is not None)
    if not moved:
        _say("no offsets to fix")
        return target
    data = json.loads(read_text(target, max_bytes=MAX_BYTES))
    destination = output or target
    if destination != target:
        data["article"] = relative_reference(loaded.article_path, destination)
    text = to_json(apply_fixes(data, fixes))
    write_text(destination, text, force=force, protected=(loaded.article_path,))
    _say(f"moved {moved} of {len(fixes)} misplaced quotes; wrote {destination}")
    return destination


def _report_problems(error: DataError) -> None:
    from .render.text import visible

    lines = [visible(f"{error.path}: {problem}") for problem in error.problems]
    count = len(error.problems)
    lines.append(f"{count} problem{'s' if count != 1 else ''} found")
    sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema a dossier file must follow.

    \b
    Example:
      cismoa schema > dossier.schema.json
    """
    import json

    from .models import Dossier

    sys.stdout.write(json.dumps(Dossier.model_json_schema(), indent=2) + "\n")


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
    from .render.views import actors_listing

    _emit(ctx, actors_listing(_load(ctx).dossier), fmt)


@app.command()
def interests(ctx: typer.Context, actor: ActorOption = None, fmt: FormatOption = None) -> None:
    """List what each actor wants, with the quotes that say so.

    \b
    Examples:
      cismoa interests
      cismoa interests --actor "U.S."
    """
    from . import query
    from .render.views import interests_listing

    loaded = _load(ctx)
    items = query.interests(loaded.dossier, _actor_ids(loaded, actor))
    _emit(ctx, interests_listing(items), fmt)


@app.command()
def relations(ctx: typer.Context, actor: ActorOption = None, fmt: FormatOption = None) -> None:
    """List how the actors stand to each other, with quotes.

    \b
    Example:
      cismoa relations --actor china
    """
    from . import query
    from .render.views import relations_listing

    loaded = _load(ctx)
    items = query.relations(loaded.dossier, _actor_ids(loaded, actor))
    _emit(ctx, relations_listing(items), fmt)


DomainOption = Annotated[
    list[Domain] | None,
    typer.Option("--domain", "-d", case_sensitive=False, metavar="DOMAIN", help=_choices(Domain)),
]
DirectionOption = Annotated[
    list[Direction] | None,
    typer.Option(
        "--direction", case_sensitive=False, metavar="DIRECTION", help=_choices(Direction)
    ),
]
CertaintyOption = Annotated[
    list[Certainty] | None,
    typer.Option(
        "--certainty", case_sensitive=False, metavar="CERTAINTY", help=_choices(Certainty)
    ),
]
HorizonOption = Annotated[
    list[Horizon] | None,
    typer.Option("--horizon", case_sensitive=False, metavar="HORIZON", help=_choices(Horizon)),
]
VoiceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--asserted-by", metavar="VOICE", help="article, critics, or an actor (repeat for several)."
    ),
]
SearchOption = Annotated[
    str | None,
    typer.Option(
        "--search", "-s", metavar="TEXT", help="Text in the statement or a quote, any case."
    ),
]


def _implication_filter(
    loaded: Loaded,
    actor: list[str] | None,
    domain: list[Domain] | None,
    direction: list[Direction] | None,
    certainty: list[Certainty] | None,
    horizon: list[Horizon] | None,
    asserted_by: list[str] | None,
    search: str | None,
) -> ImplicationFilter:
    """The filter the implication options describe, with every actor name resolved."""
    from .query import ImplicationFilter, resolve_voice

    return ImplicationFilter(
        actors=tuple(_actor_ids(loaded, actor)),
        domains=tuple(domain or ()),
        directions=tuple(direction or ()),
        certainties=tuple(certainty or ()),
        horizons=tuple(horizon or ()),
        voices=tuple(resolve_voice(loaded.dossier, v) for v in asserted_by or ()),
        search=search,
    )


@app.command()
def implications(
    ctx: typer.Context,
    actor: ActorOption = None,
    domain: DomainOption = None,
    direction: DirectionOption = None,
    certainty: CertaintyOption = None,
    horizon: HorizonOption = None,
    asserted_by: VoiceOption = None,
    search: SearchOption = None,
    sort: Annotated[
        SortField | None,
        typer.Option("--sort", case_sensitive=False, metavar="FIELD", help=_choices(SortField)),
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
    from . import query
    from .render.views import implications_listing

    loaded = _load(ctx)
    where = _implication_filter(
        loaded, actor, domain, direction, certainty, horizon, asserted_by, search
    )
    items = query.implications(loaded.dossier, where, sort.value if sort else None)
    _emit(ctx, implications_listing(items), fmt)


@app.command()
def export(
    ctx: typer.Context,
    kind: Annotated[
        ExportFormat,
        typer.Argument(metavar="FORMAT", case_sensitive=False, help=_choices(ExportFormat)),
    ],
    output: OutputOption = None,
    force: ForceOption = False,
    actor: ActorOption = None,
    domain: DomainOption = None,
    direction: DirectionOption = None,
    certainty: CertaintyOption = None,
    horizon: HorizonOption = None,
    asserted_by: VoiceOption = None,
    search: SearchOption = None,
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
    from .export.produce import export_text, write_export
    from .query import select

    loaded = _load(ctx)
    where = _implication_filter(
        loaded, actor, domain, direction, certainty, horizon, asserted_by, search
    )
    selection = select(loaded.dossier, where)
    target = None if output in (None, "-") else Path(str(output))
    if target is None:
        if kind is ExportFormat.SQLITE:
            raise UsageError("an SQLite database needs a file: add -o FILE")
        sys.stdout.write(export_text(kind, selection, loaded.article_path.name))
        return
    write_export(
        kind,
        selection,
        loaded.article,
        loaded.article_path.name,
        target,
        force=force,
        protected=(loaded.path, loaded.article_path),
    )
    _say(f"wrote {target}")


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
    loaded = _load(ctx)
    if highlight:
        from .render.annotated import annotated_view

        _emit(ctx, annotated_view(loaded.dossier, loaded.article), fmt)
        return
    from .render.views import source_listing

    _emit(ctx, source_listing(loaded.dossier, loaded.article), fmt)


@app.command()
def actor(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="An actor's id, name or alias, in any case.",
            autocompletion=_complete_actor,
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
    from .query import resolve_actor
    from .render.trees import actor_view

    dossier = _load(ctx).dossier
    _emit(ctx, actor_view(dossier, resolve_actor(dossier, name)), fmt)


@app.command()
def tree(ctx: typer.Context, fmt: FormatOption = None) -> None:
    """Show the whole map as a tree.

    The source, then each actor with its interests and the implications that affect it.

    \b
    Example:
      cismoa tree | less
    """
    from .render.trees import map_view

    _emit(ctx, map_view(_load(ctx).dossier), fmt)


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
    from .query import matrix as cells
    from .render.matrix import matrix_view

    dossier = _load(ctx).dossier
    _emit(ctx, matrix_view(dossier, cells(dossier)), fmt)


@app.command()
def compare(
    ctx: typer.Context,
    first: Annotated[
        str, typer.Argument(metavar="A", help="An actor.", autocompletion=_complete_actor)
    ],
    second: Annotated[
        str, typer.Argument(metavar="B", help="Another actor.", autocompletion=_complete_actor)
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
    from . import query
    from .render.trees import compare_view

    dossier = _load(ctx).dossier
    a, b = query.resolve_actor(dossier, first), query.resolve_actor(dossier, second)
    if a.id == b.id:
        raise UsageError(f"{first!r} and {second!r} are both {a.name}; name two actors")
    _emit(ctx, compare_view(dossier, query.compare(dossier, a, b)), fmt)


@app.command()
def show(
    ctx: typer.Context,
    item_id: Annotated[
        str, typer.Argument(metavar="ID", help="An item's id, such as IMP-03 or PAK.")
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
    from .query import find_item
    from .render.trees import item_view

    loaded = _load(ctx)
    found = find_item(loaded.dossier, item_id)
    _emit(ctx, item_view(loaded.dossier, found, loaded.article), fmt)


@app.command()
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find, in any case.")],
    fmt: FormatOption = None,
) -> None:
    """Find text in every item and in its quotes, grouped by kind.

    Looks in actors, interests, relations and implications, ignoring case and quote style.

    \b
    Example:
      cismoa search sovereignty
    """
    from .query import search as find
    from .render.items import items_listing

    if not text.strip():
        raise UsageError("give some text to search for")
    found = find(_load(ctx).dossier, text)
    _emit(ctx, items_listing(f"Search: {text}", found), fmt)


@app.command()
def coverage(
    ctx: typer.Context,
    uncited: Annotated[
        bool, typer.Option("--uncited", help="Only the sentences no item cites.")
    ] = False,
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
    from .render.annotated import coverage_listing

    loaded = _load(ctx)
    _emit(ctx, coverage_listing(loaded.dossier, loaded.article, uncited_only=uncited), fmt)


@app.command()
def locate(
    ctx: typer.Context,
    phrase: Annotated[str, typer.Argument(help="Words from the article, as exactly as you can.")],
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            metavar="FILE",
            help="Search this text file instead of the dossier's article.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Find a phrase in the article, as evidence.

    Prints {"quote": ..., "start": ..., "end": ...}, one line per place the phrase occurs.
    A phrase not found exactly gets the nearest matches (ignoring quote style, case and
    spacing, or else the most alike passages) with what differs, and exit 1.

    \b
    Examples:
      cismoa locate "could strain its relationship with China"
      cismoa locate "Two" --article draft.txt
    """
    import json

    from .authoring import nearest_passages
    from .evidence import locate as find
    from .render.text import json_safe
    from .store import MAX_BYTES, read_text

    if not phrase.strip():
        raise UsageError("give a phrase to look for")
    text = read_text(article, max_bytes=MAX_BYTES) if article else _load_article(ctx)
    matches = find(text, phrase) or nearest_passages(text, phrase)
    for match in matches:
        line = json.dumps(match.evidence(text).model_dump(), ensure_ascii=False)
        sys.stdout.write(json_safe(line) + "\n")
    exact = [m for m in matches if m.differs is None]
    if len(exact) > 1:
        _say(f"the phrase occurs {len(exact)} times; keep the one you mean")
    if not exact:
        differs = matches[0].differs if matches else "everything"
        _say(f"not found exactly; the nearest differ in {differs}")
        raise typer.Exit(ExitCode.FAILURE)


def _load_article(ctx: typer.Context) -> str:
    """The dossier's article, even while the dossier's quotes are still being fixed."""
    from .store import inspect

    return inspect(_dossier_path(ctx)).article


@app.command()
def init(
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="The article, as UTF-8 text.")],
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Start a dossier for another article.

    Writes a valid skeleton: the title (the article's first line), the dateline (its second
    line, if short and not a sentence), its SHA-256, and empty lists. The dossier names the
    article relative to where it is written, so keep the two together.

    \b
    Example:
      cismoa init article.txt -o dossier.json
    """
    from .authoring import relative_reference, skeleton
    from .export.write import write_text
    from .render.listing import to_json
    from .store import MAX_BYTES, read_text

    text = read_text(article, max_bytes=MAX_BYTES)
    target = None if output in (None, "-") else Path(str(output))
    reference = relative_reference(article, target or Path("dossier.json"))
    dossier = to_json(skeleton(text, article.read_bytes(), reference))
    if target is None:
        sys.stdout.write(dossier)
        return
    write_text(target, dossier, force=force, protected=(article,))
    _say(f"wrote {target}")


# --- browse: the interactive explorer (its logic lives in cismoa_cli.browse) -------------


@app.command()
def browse(ctx: typer.Context) -> None:
    """Explore the dossier interactively in the terminal.

    Actors, the implications with every filter of `cismoa implications` and search as you
    type, each item's quotes inside their sentences, the article with every cited span, and
    the actor x domain matrix; export the selection in any format. Press ? for every key,
    q to quit. Needs a terminal; NO_COLOR is honoured.

    \b
    Examples:
      cismoa browse
      cismoa --data draft.json browse
    """
    loaded = _load(ctx)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("browse needs a terminal; for a pipe, use implications or export")
    from .browse.app import run

    code = run(loaded, debug=_settings(ctx).debug)
    if code:
        raise typer.Exit(code)


# --- end of browse -------------------------------------------------------------------------


def main() -> None:
    """The ``cismoa`` console script."""
    # Pydantic looks for plugins (observability hooks) through every installed package's
    # entry points the first time a model is built: a fifth of start-up, for nothing a
    # command-line run uses. Only the console script opts out; importing cismoa_cli does not.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app(prog_name="cismoa")
    except KeyboardInterrupt:
        # Typer maps Ctrl-C inside a command to 130; this covers the moments around it.
        sys.exit(ExitCode.INTERRUPTED)
