"""Checking a dossier: ``validate`` (and its offset repair) and ``schema``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DataError, ExitCode, UsageError
from .app import app
from .context import dossier_path, paused_collector, settings


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
    several times or not at all is listed and left alone, never guessed. Only the numbers
    change: the file keeps its layout, and a link keeps pointing at it.

    \b
    Examples:
      cismoa validate data/claims.json
      cismoa validate draft.json --fix-offsets --force
    """
    from ..evidence import sentence_coverage
    from ..store import load_with_problems
    from ..textio import counted, visible
    from ..vocabulary import Status, reads_like_date
    from .boundary import say

    target = path or dossier_path(ctx)
    allow_outside = settings(ctx).allow_outside
    if fix_offsets:
        from .authoring import repair_offsets

        target = repair_offsets(target, output, force=force, allow_outside=allow_outside)
    elif output is not None or force:
        raise UsageError("-o and --force go with --fix-offsets")
    try:
        with paused_collector():
            loaded = load_with_problems(target, allow_outside=allow_outside)
    except DataError as error:
        report_problems(error)
        raise typer.Exit(ExitCode.FAILURE) from None
    if loaded.problems:
        report_problems(DataError(target, loaded.problems))
        raise typer.Exit(ExitCode.FAILURE)
    dossier = loaded.dossier
    cited, uncited = sentence_coverage(dossier, loaded.article)
    total = len(cited) + len(uncited)
    sys.stdout.write(
        f"{visible(str(target))}: valid\n"
        f"  actors        {len(dossier.actors)}\n"
        f"  interests     {len(dossier.interests)}\n"
        f"  relations     {len(dossier.relations)}\n"
        f"  implications  {len(dossier.implications)}\n"
        f"  quotes        {loaded.quotes_verified} verified against "
        f"{visible(loaded.article_path.name)}\n"
        f"  sentences     {len(cited)} of {total} article sentences cited\n"
    )
    proposed = sum(item.status is Status.PROPOSED for _, _, item in dossier.items())
    if proposed:  # a draft: what `cismoa draft` proposed and nobody has accepted yet
        sys.stdout.write(f"  proposed      {counted(proposed, 'item')} still to review\n")
    if reads_like_date(dossier.source.place):  # valid, and yet surely not what was meant
        say(f"warning: source.place: {dossier.source.place!r} reads like a date, not a place")


def report_problems(error: DataError) -> None:
    """Every problem on a line of its own, then how many."""
    from ..textio import counted, visible

    lines = [visible(f"{error.path}: {problem}") for problem in error.problems]
    count = len(error.problems)
    lines.append(f"{counted(count, 'problem')} found")
    sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema a dossier file must follow.

    \b
    Example:
      cismoa schema > dossier.schema.json
    """
    import json

    from ..schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
