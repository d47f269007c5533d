"""``browse``: the interactive explorer (Textual, imported only when this command runs)."""

from __future__ import annotations

import sys

import typer

from ..errors import UsageError
from .app import app
from .context import chosen_dossier, settings


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
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("browse needs a terminal; for a pipe, use implications or export")
    loaded = chosen_dossier(ctx)
    from ..browse.app import run

    code = run(loaded, debug=settings(ctx).debug)
    if code:
        raise typer.Exit(code)
