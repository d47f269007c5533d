"""The Typer app and its global options."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.main import get_command_name
from typer.models import CommandFunctionType, CommandInfo

from .. import __version__
from .boundary import ErrorBoundary, named_command
from .context import Settings
from .conversion import PlainCommand

# Set when a shell asks the program for completions (Click's protocol, for prog "cismoa").
COMPLETING = "_CISMOA_COMPLETE"


class CismoaTyper(typer.Typer):
    """A Typer app whose commands convert their options without Pydantic (see
    ``conversion``), and whose run builds only the command the line names."""

    def command(
        self, name: str | None = None, **options: Any
    ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        options.setdefault("cls", PlainCommand)
        return super().command(name, **options)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # Typer builds every command of the app before it reads the line (about 20 ms for
        # cismoa's, most of what a short run costs beyond its imports). A line that names a
        # command needs that command alone; anything else (the app's help, a mistyped
        # command and its did-you-mean, a shell asking for completions) gets them all.
        given = kwargs["args"] if "args" in kwargs else (args[0] if args else None)
        words = sys.argv[1:] if given is None else list(given)
        wanted = named_command(words)
        every = self.registered_commands
        alone = [c for c in every if _command_name(c) == wanted]
        if len(alone) != 1 or COMPLETING in os.environ:
            return super().__call__(*args, **kwargs)
        groups, self.registered_groups = self.registered_groups, []
        self.registered_commands = alone
        try:
            return super().__call__(*args, **kwargs)
        finally:
            self.registered_commands, self.registered_groups = every, groups


def _command_name(command: CommandInfo) -> str | None:
    callback = command.callback
    return command.name or (get_command_name(callback.__name__) if callback else None)


EXIT_CODES = """\b
Exit codes:
  0    success (also when a reader such as head closes the output early)
  1    bad data, a failed check, or a refused write
  2    a bad option, an unknown actor or filter value
  130  interrupted (Ctrl-C)
"""

app = CismoaTyper(
    cls=ErrorBoundary,
    name="cismoa",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain Click help: it pipes cleanly, and keeps --help from loading Rich's help renderer.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXIT_CODES,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cismoa {__version__}\n")
        raise typer.Exit()


@app.callback()
def global_options(
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
    allow_outside: Annotated[
        bool,
        typer.Option(
            "--allow-outside",
            help="Read a dossier's article even where it lies outside the dossier's folder.",
        ),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Never page long output on a terminal (the pager is $PAGER, or less -FRX).",
        ),
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
    article with its offsets. Global options may stand before or after the command.

    \b
    Examples:
      cismoa actors
      cismoa implications --actor China --direction risk
      cismoa export markdown -o brief.md
    """
    ctx.obj = Settings(
        data=data,
        color=not no_color,
        debug=debug,
        allow_outside=allow_outside,
        pager=not no_pager,
    )
