"""``__complete``: the hidden command the completion scripts ask for candidates."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .app import app
from .completion import SHELLS, candidates, line_words


@app.command(
    "__complete",
    hidden=True,
    add_help_option=False,
    context_settings={"ignore_unknown_options": True},
)
def complete(
    shell: Annotated[str, typer.Argument()],
    words: Annotated[list[str] | None, typer.Argument()] = None,
) -> None:
    """Print what completes the last of WORDS: `words` or `paths`, then one candidate a
    line. bash gives its line up to the cursor as one word; zsh and fish give the words."""
    if shell not in SHELLS:
        raise typer.BadParameter(f"{shell!r} is not one of {', '.join(SHELLS)}")
    given = words or [""]
    if shell == "bash":
        given = line_words(given[0])
    answer = candidates(given, app)
    sys.stdout.write("".join(f"{line}\n" for line in answer.lines()))
