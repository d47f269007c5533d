"""Exit codes and the typed errors that carry them.

Domain code raises these and never prints or exits; the command line (``cli/``) turns each
into one line on stderr and its exit code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """What ``cismoa`` returns to the shell."""

    OK = 0
    FAILURE = 1  # bad data, a failed check, a refused write
    USAGE = 2  # a bad option, an unknown actor or filter value
    INTERRUPTED = 130  # Ctrl-C


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dossier, at a place a reader can find."""

    where: str  # "12:5" for JSON syntax, "implications[3].affects[0]" for a field
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class CismoaError(Exception):
    """An expected failure with a message for the user and an exit code."""

    exit_code: ExitCode = ExitCode.FAILURE


class DataError(CismoaError):
    """A dossier or article that cannot be read or does not check out."""

    def __init__(self, path: object, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        first = f"{self.path}: {problems[0]}" if problems else self.path
        more = len(problems) - 1
        suffix = f" (and {more} more; run `cismoa validate` to list them all)" if more else ""
        super().__init__(first + suffix)


class UsageError(CismoaError):
    """A value on the command line that names nothing the dossier knows."""

    exit_code = ExitCode.USAGE


class WriteError(CismoaError):
    """An output file that was not written, and why; the old file is left as it was."""
