"""Output for a person at a terminal: long output through a pager, a long table streamed a
chunk at a time (the first rows show at once), no trailing spaces, and a sign of life on
stderr while a large dossier is checked. None of it happens when the output is piped.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

DEFAULT_PAGER = "less -FRX"  # -F: no pager for what fits; -R: colour; -X: leave it on screen
PROGRESS_AFTER = 0.5  # seconds of loading before saying so
_STYLE_DIGITS = frozenset("0123456789;")


def rendered(console: Console, renderables: Iterable[RenderableType]) -> Iterator[str]:
    """Each renderable as the text the console would print, without trailing spaces; what
    prints itself a chunk at a time (a tree's outline) as it comes."""
    from ..render.outline import Printed

    for renderable in renderables:
        if isinstance(renderable, Printed):
            for text in renderable.texts(console):
                yield without_trailing_spaces(text)
            continue
        with console.capture() as captured:
            console.print(renderable)
        yield without_trailing_spaces(captured.get())


def without_trailing_spaces(text: str) -> str:
    """``text`` with the spaces at the end of each line removed, also where style codes
    (``ESC[...m``) close the line after them; in time linear in the length of ``text``,
    however long a line's run of spaces (a regular expression searching for them backtracks
    over every run that does not end a line: quadratic in the terminal's width)."""
    return "\n".join(_line_without_trailing_spaces(line) for line in text.split("\n"))


def _line_without_trailing_spaces(line: str) -> str:
    codes = len(line)  # where the style codes that end the line begin
    while line.endswith("m", 0, codes):
        opening = line.rfind("\x1b[", 0, codes)
        if opening < 0 or not _STYLE_DIGITS.issuperset(line[opening + 2 : codes - 1]):
            break
        codes = opening
    return line[:codes].rstrip(" ") + line[codes:]


def pager_command(allowed: bool) -> list[str] | None:
    """The pager to use ($PAGER, or less), or None for none: also, with a note on stderr,
    when $PAGER cannot be used (it does not split into words, is empty, or names no
    program to be found)."""
    if not allowed:
        return None
    chosen = os.environ.get("PAGER", DEFAULT_PAGER)
    if chosen.strip() == "cat":
        return None
    try:
        command = shlex.split(chosen)
    except ValueError as error:  # an unbalanced quote
        _unusable(chosen, f"cannot be split into words ({error})")
        return None
    if not command or not command[0]:
        _unusable(chosen, "names no program")
        return None
    if shutil.which(command[0]) is None:
        _unusable(chosen, f"{command[0]} is not a program found on PATH")
        return None
    return command


def _unusable(chosen: str, why: str) -> None:
    from .boundary import say

    say(f"PAGER={chosen!r} {why}; showing the output without a pager")


def page(texts: Iterable[str], pager: list[str] | None, height: int) -> None:
    """Write ``texts`` to stdout; once they are taller than ``height`` lines, through the
    pager (started then, and handed everything so far and the rest as it comes), or, with
    no pager, straight on as they come."""
    held: list[str] = []
    lines = 0
    chunks = iter(texts)
    for text in chunks:
        held.append(text)
        lines += text.count("\n")
        if lines > height:
            if pager is None or not _through_pager(pager, held, chunks):
                _straight(held, chunks)
            return
    sys.stdout.write("".join(held))


def _straight(held: list[str], rest: Iterator[str]) -> None:
    sys.stdout.write("".join(held))
    for text in rest:
        sys.stdout.write(text)


def _through_pager(pager: list[str], held: list[str], rest: Iterator[str]) -> bool:
    """Whether the pager could be started (and has shown it all)."""
    try:
        process = subprocess.Popen(
            pager,
            stdin=subprocess.PIPE,
            text=True,
            encoding=sys.stdout.encoding or "utf-8",
            errors="replace",
        )
    except OSError as error:  # found, but not a program this system can start
        _unusable(shlex.join(pager), f"cannot be started ({error.strerror or error})")
        return False
    # Ctrl-C is the pager's to handle while it runs, as in git.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        stdin: IO[str] | None = process.stdin
        assert stdin is not None
        try:
            stdin.write("".join(held))
            for text in rest:
                stdin.write(text)
            stdin.close()
        except BrokenPipeError:  # the reader quit the pager early: nothing more to show
            pass
        process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


@contextmanager
def progress(message: str, on: bool) -> Iterator[None]:
    """A spinner on stderr saying ``message`` if the work takes more than half a second and
    stderr is a terminal (``on``; a plain line where the terminal cannot redraw one);
    nothing otherwise."""
    if not on:
        yield
        return
    from rich.console import Console

    console = Console(stderr=True)
    status = console.status(message)
    lock = threading.Lock()
    state = {"done": False, "shown": False}

    def show() -> None:
        with lock:
            if state["done"]:
                return
            if console.is_dumb_terminal:  # TERM=dumb: no spinner, a line that stays
                console.print(f"{message}…", markup=False, highlight=False)
                return
            status.start()
            state["shown"] = True

    timer = threading.Timer(PROGRESS_AFTER, show)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["shown"]:
                status.stop()
