"""Where a result goes: stdout, or a file named by ``-o`` (``-o -`` meaning stdout), written
whole or not at all, replaced only with ``--force``; "wrote FILE" goes to stderr."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import UsageError
from ..export import Exported, FileWriter, TextStream
from ..export.write import write_exported
from .boundary import say
from .options import output_path


def deliver(
    content: Exported,
    output: str | None,
    *,
    force: bool,
    protected: tuple[Path, ...] = (),
    terminal: bool = False,
    note: str = "",
) -> None:
    """Write ``content`` to stdout or to the file ``output`` names; binary content goes to a
    file or a pipe, never to a ``terminal``. A ``note`` on what was written follows "wrote
    FILE" on its line, or stands alone on stderr."""
    target = output_path(output)
    if target is not None and _is_stdout(target):
        target = None  # -o /dev/stdout: the same as -o -
    if target is None:
        _to_stdout(content, terminal=terminal)
        if note:
            say(note)
        return
    write_exported(target, content, force=force, protected=protected)
    say(f"wrote {target}" + (f"; {note}" if note else ""))


def _to_stdout(content: Exported, *, terminal: bool) -> None:
    if isinstance(content, FileWriter):
        raise UsageError(f"{content.what} needs a file: add -o FILE")
    if isinstance(content, str):
        sys.stdout.write(content)
        return
    if isinstance(content, TextStream):
        sys.stdout.writelines(content.pieces())
        return
    if terminal:
        raise UsageError("this export is binary, not for a terminal: add -o FILE, or pipe it")
    sys.stdout.flush()
    sys.stdout.buffer.write(content)
    sys.stdout.buffer.flush()


def _is_stdout(target: Path) -> bool:
    """Whether ``target`` is this process's own stdout (``/dev/stdout``, ``/dev/fd/1``)."""
    try:
        mine, named = os.fstat(sys.stdout.fileno()), os.stat(target)
    except (OSError, ValueError, AttributeError):
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)
