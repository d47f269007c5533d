"""The error boundary: every failure inside a command becomes one line on stderr and an exit
code, and the global options are taken wherever they stand on the line."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import typer
from typer.core import TyperGroup

from ..errors import CismoaError, ExitCode
from .context import settings

# The global options and whether each takes a value. They may follow the command
# (`cismoa actors --data FILE`): they are moved in front of it before parsing, so one
# parser decides and `--help` shows them once.
GLOBAL_OPTIONS = {
    "--data": True,
    "--no-color": False,
    "--debug": False,
    "--allow-outside": False,
    "--version": False,
}


def say(message: str) -> None:
    """One line on stderr, of readable length, with anything from the data made harmless."""
    from ..textio import shortened, visible

    sys.stderr.write(f"cismoa: {visible(shortened(message))}\n")
    sys.stderr.flush()


def globals_first(args: list[str]) -> list[str]:
    """``args`` with every global option (and its value) moved before the command."""
    front: list[str] = []
    rest: list[str] = []
    words = iter(args)
    for word in words:
        if word == "--":
            rest += [word, *words]
            break
        name = word.split("=", 1)[0]
        if name not in GLOBAL_OPTIONS:
            rest.append(word)
            continue
        front.append(word)
        value = next(words, None) if GLOBAL_OPTIONS[name] and "=" not in word else None
        if value is not None:
            front.append(value)
    return front + rest


class ErrorBoundary(TyperGroup):
    """The app's group: global options anywhere, and one voice for every failure."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, globals_first(args))

    def invoke(self, ctx: Any) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe shows here, inside the boundary
            return result
        except CismoaError as error:
            say(f"error: {error}")
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            stop_writing_stdout()
            raise typer.Exit(ExitCode.OK) from None
        except Exception as error:
            # Typer's own exceptions (usage errors, exits) carry their exit codes already.
            if type(error).__module__.split(".")[0] == "typer":
                raise
            if settings(ctx).debug:
                traceback.print_exc()
            else:
                say(
                    f"internal error: {type(error).__name__}: {error} "
                    "(rerun with --debug to see the traceback)"
                )
            raise typer.Exit(ExitCode.FAILURE) from None


def stop_writing_stdout() -> None:
    """Point stdout at /dev/null once the reader has gone, so the interpreter's final flush
    does not raise again ("Exception ignored ... BrokenPipeError")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
