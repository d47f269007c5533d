"""The Typer app and its global options."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import __version__
from .boundary import ErrorBoundary
from .context import Settings

EXIT_CODES = """\b
Exit codes:
  0    success (also when a reader such as head closes the output early)
  1    bad data, a failed check, or a refused write
  2    a bad option, an unknown actor or filter value
  130  interrupted (Ctrl-C)
"""

app = typer.Typer(
    cls=ErrorBoundary,
    name="cismoa",
    # cismoa's own completion (see ``completion``): its candidates are never evaluated.
    add_completion=False,
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


def _show_completion(value: bool) -> None:
    if value:
        from .completion import SCRIPTS, current_shell

        sys.stdout.write(SCRIPTS[current_shell()])
        raise typer.Exit()


def _install_completion(value: bool) -> None:
    if value:
        from .completion import current_shell, install

        shell = current_shell()
        where = install(shell, Path.home())
        sys.stderr.write(f"cismoa: {shell} completion installed in {where}; it takes effect ")
        sys.stderr.write("in a new shell\n")
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
    install_completion: Annotated[
        bool,
        typer.Option(
            "--install-completion",
            callback=_install_completion,
            is_eager=True,
            help="Install completion for the current shell.",
        ),
    ] = False,
    show_completion: Annotated[
        bool,
        typer.Option(
            "--show-completion",
            callback=_show_completion,
            is_eager=True,
            help="Show completion for the current shell, to copy it or customize the installation.",
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
