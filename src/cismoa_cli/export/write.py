"""Writing a file so that it is either wholly the new content or wholly the old one.

The content goes to a temporary file in the target's folder, is flushed to disk, and then
takes the target's name in one step (``os.replace``, or ``os.link`` when the target must
not exist yet). A failure at any point leaves the old file as it was and no temporary
file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import WriteError


def write_atomic(
    target: Path,
    fill: Callable[[Path], None],
    *,
    force: bool,
    protected: tuple[Path, ...] = (),
) -> None:
    """Create or (with ``force``) replace ``target`` with what ``fill`` writes to a path.

    Refuses to touch any of the ``protected`` files (the dossier and its article).
    """
    for path in protected:
        if _same_file(target, path):
            raise WriteError(f"{target}: refusing to overwrite {path.name}, which cismoa reads")
    if target.is_dir():
        raise WriteError(f"{target}: is a folder; name a file to write")
    folder = target.parent
    if not folder.is_dir():
        raise WriteError(f"{target}: the folder {folder} does not exist")
    if target.exists() and not force:
        raise WriteError(f"{target}: already exists; add --force to replace it")
    mode = _mode_for(target)
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise WriteError(f"{target}: cannot write in {folder}: {error.strerror}") from None
    os.close(handle)
    temporary = Path(name)
    try:
        fill(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, target)
        else:
            _link_new(temporary, target)
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(f"{target}: not written: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_text(target: Path, text: str, *, force: bool, protected: tuple[Path, ...] = ()) -> None:
    """``write_atomic`` for text, as UTF-8 with the newlines as given."""

    def fill(path: Path) -> None:
        path.write_bytes(text.encode("utf-8"))

    write_atomic(target, fill, force=force, protected=protected)


def _link_new(temporary: Path, target: Path) -> None:
    # os.link fails if the target appeared since the check above: never clobber it.
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise WriteError(f"{target}: already exists; add --force to replace it") from None
    except OSError:
        # A filesystem without hard links: the check above is the best that can be done.
        if target.exists():
            raise WriteError(f"{target}: already exists; add --force to replace it") from None
        os.replace(temporary, target)


def _mode_for(target: Path) -> int:
    """Keep a replaced file's permissions; give a new one the usual, umask-respecting mode."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False
