"""Output for a person at a terminal: long output through a pager, a long table streamed a
chunk at a time (the first rows show at once), no trailing spaces, and a sign of life on
stderr while a large dossier is checked. None of it happens when the output is piped.
"""

from __future__ import annotations

import os
import re
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
# Spaces at the end of a line, before any closing style codes.
_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def rendered(console: Console, renderables: Iterable[RenderableType]) -> Iterator[str]:
    """Each renderable as the text the console would print, without trailing spaces."""
    for renderable in renderables:
        with console.capture() as captured:
            console.print(renderable)
        yield _TRAILING.sub(r"\1", captured.get())


def pager_command(allowed: bool) -> list[str] | None:
    """The pager to use ($PAGER, or less), or None for none."""
    if not allowed:
        return None
    chosen = os.environ.get("PAGER", DEFAULT_PAGER).strip()
    if chosen in ("", "cat"):
        return None
    command = shlex.split(chosen)
    return command if shutil.which(command[0]) else None


def page(texts: Iterable[str], pager: list[str] | None, height: int) -> None:
    """Write ``texts`` to stdout; once they are taller than ``height`` lines, through the
    pager (started then, and handed everything so far and the rest as it comes)."""
    held: list[str] = []
    lines = 0
    chunks = iter(texts)
    for text in chunks:
        held.append(text)
        lines += text.count("\n")
        if pager is not None and lines > height:
            _through_pager(pager, held, chunks)
            return
    sys.stdout.write("".join(held))


def _through_pager(pager: list[str], held: list[str], rest: Iterator[str]) -> None:
    # Ctrl-C is the pager's to handle while it runs, as in git.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        process = subprocess.Popen(
            pager,
            stdin=subprocess.PIPE,
            text=True,
            encoding=sys.stdout.encoding or "utf-8",
            errors="replace",
        )
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
