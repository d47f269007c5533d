"""The error boundary: every failure inside a command becomes one line on stderr and an exit
code, and the global options are taken wherever they stand on the line."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from ..errors import CismoaError, ExitCode
from .context import settings


def say(message: str) -> None:
    """One line on stderr, of readable length, with anything from the data made harmless."""
    from ..textio import shortened, visible

    sys.stderr.write(f"cismoa: {visible(shortened(message))}\n")
    sys.stderr.flush()


def global_options_of(group: Any) -> dict[str, bool]:
    """The app's global options (the options of its own callback), each name with whether
    it takes a value. They may follow the command (`cismoa actors --data FILE`): they are
    moved in front of it before parsing, so one parser decides and `--help` shows them once."""
    return {name: not option.is_flag for option in group.params for name in option.opts}


def globals_first(args: list[str], options: dict[str, bool]) -> list[str]:
    """``args`` with every global option in ``options`` (and its value) moved before the
    command."""
    front: list[str] = []
    rest: list[str] = []
    words = iter(args)
    for word in words:
        if word == "--":
            rest += [word, *words]
            break
        name = word.split("=", 1)[0]
        if name not in options:
            rest.append(word)
            continue
        if options[name] and "=" not in word:
            value = next(words, None)
            if value is None:  # `--data` last, without its path: let the parser say so
                rest.append(word)
                continue
            front += [word, value]
        else:
            front.append(word)
    return front + rest


class CommandGroup(TyperGroup):
    """A group of commands that, called with nothing after it, shows its help on stderr and
    exits 2 (a usage mistake, as for any missing argument)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            sys.stderr.write(ctx.get_help() + "\n")
            raise typer.Exit(ExitCode.USAGE)
        return super().parse_args(ctx, args)


class ErrorBoundary(CommandGroup):
    """The app's group: global options anywhere, and one voice for every failure."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, globals_first(args, global_options_of(self)))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; a mistake on it is one line in cismoa's voice, exit 2."""
        run = functools.partial(
            super().main, args, prog_name, complete_var, False, windows_expand_args, **extra
        )
        if not standalone_mode:
            return run()
        try:
            result = run()
        except typer.TyperException as error:  # Click's own: a mistake on the command line
            say(f"error: {in_our_voice(error)}")
            sys.exit(getattr(error, "exit_code", ExitCode.USAGE))
        except CismoaError as error:
            say(f"error: {error}")
            sys.exit(error.exit_code)
        except typer.Abort:
            say("aborted")
            sys.exit(ExitCode.FAILURE)
        sys.exit(result if isinstance(result, int) else ExitCode.OK)

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
        except (typer.TyperException, typer.Exit, typer.Abort):
            raise  # Typer's own (usage errors, exits) carry their exit codes already
        except Exception as error:
            if settings(ctx).debug:
                traceback.print_exc()
            else:
                say(
                    f"internal error: {type(error).__name__}: {error} "
                    "(rerun with --debug to see the traceback)"
                )
            raise typer.Exit(ExitCode.FAILURE) from None


def in_our_voice(error: typer.TyperException) -> str:
    """Click's message about a mistake on the command line, as cismoa says it: lower case,
    on one line, with a did-you-mean where Click knows one, and where to read more."""
    unknown = getattr(error, "option_name", None)  # Click's "no such option"
    if unknown is not None:
        message = f"no such option {unknown}"
        possible = sorted(getattr(error, "possibilities", None) or ())
        if possible:
            message += f"; did you mean {' or '.join(possible)}?"
    else:
        format_message = getattr(error, "format_message", error.__str__)
        message = " ".join(format_message().split()).rstrip(".")
        message = message[:1].lower() + message[1:]
    context = getattr(error, "ctx", None)
    if context is not None:
        message += f" (see `{context.command_path} --help`)"
    return message


def stop_writing_stdout() -> None:
    """Point stdout at /dev/null once the reader has gone, so the interpreter's final flush
    does not raise again ("Exception ignored ... BrokenPipeError")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
